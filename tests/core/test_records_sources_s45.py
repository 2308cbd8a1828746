"""Who a record's byline and source fields name (session 45, issue 12; judge K2, review s44 R2).

An aggregator's export (聚合数据's news API, dev s44b_02) names each item's outlet in "author_name" while every link is
the aggregator's own host (mini.eastday.com, 东方网's address): the outlet the byline names is the source, not the
host. A dump's "source" column that gives the editor (叶桢, dev s41b_03) names no outlet: a person is never a source."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries
from briefreader.ingest.records import _byline, _credited_outlet, parse_json_records

BODY = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况。各项指标总体平稳，就业形势保持稳定。"


def _item(n: int, author: str, **more: str) -> dict[str, str]:
    return {
        "title": f"第{n}条新闻标题：经济运行总体平稳",
        "date": f"2023-01-2{n} 10:00:00",
        "author_name": author,
        "url": f"https://mini.eastday.com/mobile/23012{n}100000.html",
        **more,
    }


def _sources(items: list[dict[str, str]], suffix: str = ".json") -> list[str]:
    data = ("const news = " + json.dumps({"result": {"data": items}}, ensure_ascii=False)).encode("utf-8")
    got = ingest_entries(data, id="news.json", suffix=suffix)
    assert len(got) == len(items)
    return [b.source for b in got]


def test_a_byline_field_naming_outlets_gives_the_source_over_the_aggregators_host() -> None:
    items = [_item(1, "澎湃新闻"), _item(2, "文汇报"), _item(3, "人民网，供稿：人民资讯"), _item(4, "每日看点快看")]
    # (the self-media account in the export's outlet column publishes its item: not the carrier's host 东方网)
    assert _sources(items) == ["澎湃新闻", "文汇报", "人民网", "每日看点快看"]


def test_a_credit_naming_an_outlet_is_that_outlet_alone() -> None:
    assert _credited_outlet("人民网，供稿：人民资讯") == "人民网"
    assert _credited_outlet("来源：新华社") == "新华社"
    assert _credited_outlet("澎湃新闻") == "澎湃新闻"
    assert _credited_outlet("每日看点快看") == ""
    assert _credited_outlet("张伟") == ""
    assert _credited_outlet("今日头条") == ""  # (an aggregator's name publishes nothing)
    assert _credited_outlet("新华社" * 30) == ""  # (a long value is no credit)


def test_a_byline_field_of_persons_gives_no_source_and_keeps_the_authors() -> None:
    items = [_item(1, "王小明"), _item(2, "张伟"), _item(3, "澎湃新闻")]
    records = parse_json_records(json.dumps(items, ensure_ascii=False))
    assert records is not None
    # one outlet in three bylines: no outlet column; the persons stay bylines, the outlet is the byline's outlet
    assert [(r.source, r.author) for r in records] == [("", "王小明"), ("", "张伟"), ("", "澎湃新闻")]
    got = ingest_entries(json.dumps(items, ensure_ascii=False).encode("utf-8"), id="a.json", suffix=".json")
    assert got[2].source == "澎湃新闻"
    assert "王小明" not in {b.source for b in got}
    assert "王小明" in got[0].authors


def test_a_person_in_a_source_field_is_the_byline_not_the_source() -> None:
    items = [
        {"title": "美银基金经理调查：股票持仓降至低点", "content": BODY, "source": "叶桢"},
        {"title": "英镑跌破1.32 英议长排除第三次投票", "content": BODY, "source": "祁月"},
        {"title": "美联储决议袭来 可能带来哪些意外", "content": BODY, "source": "黄金头条"},
        {"title": "量化交易：开启全球投资的未来", "content": BODY, "source": "WEEX 交易计划"},
    ]
    records = parse_json_records(json.dumps(items, ensure_ascii=False))
    assert records is not None
    assert [r.source for r in records] == ["", "", "黄金头条", "WEEX 交易计划"]
    assert [r.author for r in records[:2]] == ["叶桢", "祁月"]


def test_a_rare_surname_counts_only_in_a_field_known_to_hold_names() -> None:
    assert _byline("叶桢") and _byline("记者 张伟")
    assert not _byline("祁月")  # (alone: 祁 is no common surname, the value no sure name)
    assert _byline("祁月", named=True)
    # outlets, offices and places that open with a surname's character are no persons in any field
    for value in ("东方网", "金融界", "新华社", "石榴云", "周到", "宁波市", "江宁区", "文汇报"):
        assert not _byline(value, named=True), value


def test_a_source_column_of_outlets_keeps_them_beside_a_byline() -> None:
    items = [
        {"title": "第一条新闻标题：经济运行总体平稳", "content": BODY, "source": "金融界", "author": "叶桢"},
        {"title": "第二条新闻标题：就业形势保持稳定", "content": BODY, "source": "东方网", "author": "杜玉"},
    ]
    records = parse_json_records(json.dumps(items, ensure_ascii=False))
    assert records is not None
    assert [(r.source, r.author) for r in records] == [("金融界", "叶桢"), ("东方网", "杜玉")]
