"""A script's data module written as a JavaScript object literal (session 45, issue 12; judge K3, dev s44b_03).

"var news = {reason: '…', result: {data: [{topic: '…', source: '…', date: '…', url: '…',}]}}": unquoted keys, single
quotes, trailing commas. It was not read ("not read": its "key: value" lines taken for a labelled card). It is
converted to the JSON it means by one bounded forward scan, never evaluated; anything that is code gives nothing."""

from __future__ import annotations

import json
import time

from briefreader.ingest import ingest_entries
from briefreader.ingest.records import (
    OBJECT_LITERAL_DEPTH,
    looks_like_records,
    object_literal,
    parse_json_records,
    script_data,
)

MODULE = """// mock data for the news page
var news = {
    reason: '成功的返回',
    result: {
        stat: "1",
        data: [{
                date: '2022-05-25 08:41:00',
                img: '//img.example.com/news/20220525/1_mwpm_03201609.jpeg',
                source: '人民资讯',
                topic: '1死5伤，常州一居民楼爆炸致房屋坍塌，附近多家门店已面目全非……',
                url: 'http://mini.eastday.com/nsa/220525084148857889865.html'
            },
            /* the second story */
            {
                date: "2022-05-25 10:36:00",
                source: '上观新闻',
                topic: '这个欧洲国家宣布进入战时紧急状态！',
                url: 'http://mini.eastday.com/nsa/220525103657348492380.html',
            },
        ]
    }
};
function show() { document.title = news.result.data[0].topic; }
"""


def _literal(js: str) -> object:
    converted = object_literal(js, 0)
    return None if converted is None else json.loads(converted)


def test_an_object_literal_module_is_read_as_its_records() -> None:
    assert not looks_like_records(MODULE)  # (its "key: value" lines are no labelled card)
    got = ingest_entries(MODULE.encode("utf-8"), id="news.json", suffix=".json")
    assert [b.title for b in got] == [
        "1死5伤，常州一居民楼爆炸致房屋坍塌，附近多家门店已面目全非……",
        "这个欧洲国家宣布进入战时紧急状态！",
    ]
    assert [b.source for b in got] == ["人民资讯", "上观新闻"]
    assert [b.date_iso for b in got] == ["2022-05-25", "2022-05-25"]
    for b in got:
        assert "topic" not in b.text and "mwpm" not in b.text and "function" not in b.text
    assert [b.title for b in ingest_entries(MODULE.encode("utf-8"), id="news.js", suffix=".js")] == [
        b.title for b in got
    ]


def test_the_literal_converts_to_the_json_it_means() -> None:
    js = (
        "{a: 'it\\'s \"quoted\"', 'b': \"\\x41\\u4e2d\\u{6587}\", c: [1, -2.5, .5, 0x1F, +3,], d: undefined, "
        "e: true, 7: null, $f: {g: NaN,}, // a comment\n h: 'tab\\there', i: '反斜杠\\\\'}"
    )
    assert _literal(js) == {
        "a": 'it\'s "quoted"',
        "b": "A中文",
        "c": [1, -2.5, 0.5, 31, 3],
        "d": None,
        "e": True,
        "7": None,
        "$f": {"g": None},
        "h": "tab\there",
        "i": "反斜杠\\",
    }
    assert _literal("[{标题: '中文的键'}]") == [{"标题": "中文的键"}]
    assert _literal("{a: '', b: \"\", c: '\\ud83d\\ude00 \\ud800x'}") == {"a": "", "b": "", "c": "😀 \ufffdx"}
    assert _literal("{a: 1} ; var b = 2") == {"a": 1}  # (what follows the literal is code, not read)


def test_code_is_no_data() -> None:
    for js in (
        "{a: foo}",
        "{a: foo()}",
        "{a: 1+2}",
        "{a: 1 2}",
        "{a: `template ${x}`}",
        "{a: 'unclosed}",
        "{a: [1, 2}",
        "{a: 'x' + 'y'}",
        "{a: new Date()}",
        "{a: /re/g}",
    ):
        assert object_literal(js, 0) is None, js
    assert script_data("var x = {a: foo};") is None
    assert script_data("var x = 5;") is None  # (no bracket: no data module)
    assert script_data("console.log({a: 1})") is None


def test_hostile_literals_stay_bounded() -> None:
    cases = {
        "unclosed quote, 1 MB on one line": "var x = {a: 'abc" + "x" * 1_000_000,
        "unclosed quote, many lines": "var x = {a: '" + ("x" * 100 + "\n") * 10_000,
        "unclosed comment": "var x = {a: 1, /*" + "x" * 1_000_000,
        "a run of backslashes": "var x = {a: '" + "\\" * 1_000_001,
        "deep objects": "var x = " + "{a:" * 100_000 + "1" + "}" * 100_000,
        "deep arrays": "var x = " + "[" * 1_000_000,
    }
    # past the token bound: read as far as the bound, its brackets closed (review s46 R7, session 46), in bounded time
    cut = {
        "a 1 MB one-liner of objects": "var x = [" + "{a:'b',}," * 110_000 + "]",
        "a 1 MB one-liner, unclosed": "var x = [" + "{a:'b',}," * 110_000,
        "a million keys": "var x = {" + "k:1," * 250_000 + "}",
    }
    for name, js in {**cases, **cut}.items():
        started = time.perf_counter()
        got = script_data(js)
        if name in cases:
            assert got is None, name  # (too deep, or not closed: not read)
        else:
            assert got is not None and 0 < len(json.loads(got)) < 110_000, name
        looks_like_records(js)
        parse_json_records(js)  # (the text itself, not a module's value: it returns, whatever it finds)
        assert time.perf_counter() - started < 8.0, name  # (~1 s on a loaded two-core machine)
    nested = "var x = " + "[" * (OBJECT_LITERAL_DEPTH - 1) + "'a'" + "]" * (OBJECT_LITERAL_DEPTH - 1)
    assert script_data(nested) is not None  # (nesting within the bound is read)


def test_a_list_of_records_whose_headline_field_no_list_names_is_read_by_its_values() -> None:
    answer = {
        "code": 0,
        "result": {
            "items": [
                {"topic": "国务院常务会议部署稳就业工作", "pub": "2024-03-01 09:00", "site": "新华网"},
                {"topic": "央行宣布下调存款准备金率0.5个百分点", "pub": "2024-03-02 10:00", "site": "人民网"},
                {"topic": "国家统计局发布一季度经济数据", "pub": "2024-03-03 11:00", "site": "中新网"},
            ]
        },
    }
    records = parse_json_records(json.dumps(answer, ensure_ascii=False))
    assert records is not None
    assert [r.title for r in records] == [item["topic"] for item in answer["result"]["items"]]  # type: ignore[index]
    # a menu (short labels and links, no day) is no list of headlines
    menu = {
        "nav": {
            "links": [{"label": "首页", "href": "https://a.example/"}, {"label": "新闻", "href": "https://a.example/n"}]
        }
    }
    assert parse_json_records(json.dumps(menu, ensure_ascii=False)) is None
