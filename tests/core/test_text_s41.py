"""Session 41 (12-text): no file that is text comes out empty or unread.

- a JSON lines file whose records hold markup with its double quotes left unescaped ({"article":"<div class="view">…"},
  an Elasticsearch bulk file written by joining strings, dev s40c_02: "not read" x3) gives its records: a quote closes
  a string only where JSON lets a string end;
- a .json file that still does not parse (cut mid-string) gives the prose of its strings, said so; one that holds no
  JSON at all (a page, a text saved under that name) is read as what it is;
- data that parses but holds no article is still no article (session 20's interface messages).

Inputs are written in those shapes; the guards keep what was right, and hostile input stays linear."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries
from briefreader.ingest.records import json_prose, parse_json_records

_BODY = (
    "根据有关规定，现将本年度考核工作的有关事宜通知如下，请各单位认真组织实施。"
    "各单位要按时报送材料，逾期不再受理，联系人电话为83970030。"
)


def _bulk_line(title: str, body: str = _BODY) -> str:
    # the record as the dump wrote it: the article's HTML with its attributes' quotes unescaped
    article = (
        f'<div class="view TRS_UEDITOR"><p style="text-align: center;">{body}</p><img src="./a.png" alt="1.png"></div>'
    )
    return '{"index":{}}\n' + (
        f'{{"urlsource":"http://zyj.example.gov.cn/tzgg/t1.html","title":"{title}","date":"2021-03-19",'
        f'"source":"北京市某某管理局","article":"{article}","attachment":[]}}'
    )


def _briefings(data: str, suffix: str = ".json"):
    return ingest_entries(data.encode(), id="t", path="t" + suffix, suffix=suffix)


def test_records_whose_markup_keeps_its_quotes_unescaped_are_read():
    bulk = "\n".join(_bulk_line(f"关于第{n}批考核工作的通知") for n in (1, 2, 3)) + "\n"
    bs = _briefings(bulk)
    assert [b.title for b in bs] == [f"关于第{n}批考核工作的通知" for n in (1, 2, 3)]
    for b in bs:
        assert not b.problems, b.problems
        assert "逾期不再受理" in b.text and b.date_iso == "2021-03-19" and b.source == "北京市某某管理局"
        assert "TRS_UEDITOR" not in b.text and "urlsource" not in b.text and "index" not in b.text
    # the same record as one JSON document (not lines) reads the same
    (one,) = _briefings(_bulk_line("关于第一批考核工作的通知").splitlines()[1])
    assert one.title == "关于第一批考核工作的通知" and "逾期不再受理" in one.text


def test_a_quote_that_could_close_a_string_is_not_escaped_away():
    # valid JSON is read as before: an escaped quote, a quote before a comma inside a value ('"a", "b"' in prose)
    valid = [{"title": "一条新闻的标题在这里", "content": 'He said "yes", then left. ' + _BODY, "date": "2021-03-19"}]
    (b,) = _briefings(json.dumps(valid, ensure_ascii=False))
    assert 'He said "yes", then left.' in b.text
    # a line nothing mends stays a lost line, said so; the file's other records are read
    good = json.dumps({"title": "第二条新闻的标题", "content": _BODY}, ensure_ascii=False)
    bs = _briefings('{"title":"第一条新闻的标题","content":"<p class="a"' + "\n" + good + "\n")
    assert [b.title for b in bs] == ["第二条新闻的标题"]
    assert any(p.kind == "truncated" and "line 1" in p.message for p in bs[0].problems), bs[0].problems


def test_a_json_file_cut_mid_string_gives_the_prose_of_its_strings():
    cut = json.dumps({"title": "关于第一批考核工作的通知", "content": _BODY * 3}, ensure_ascii=False)[:-40]
    (b,) = _briefings(cut)
    assert "现将本年度考核工作的有关事宜通知如下" in b.text, b.text
    assert '"content"' not in b.text and "title" not in b.text
    assert [p.kind for p in b.problems] == ["truncated"] and "not valid JSON" in b.problems[0].message
    assert parse_json_records(cut) is None  # (the records reader itself finds none: the prose is the last reading)
    # JSON in a script's call ("cb({…})") likewise
    (p,) = _briefings("cb(" + json.dumps({"content": _BODY}, ensure_ascii=False) + ");")
    assert "逾期不再受理" in p.text and "cb(" not in p.text and "content" not in p.text, p.text


def test_a_json_named_file_that_holds_no_json_is_read_as_what_it_is():
    (page,) = _briefings(
        f"<html><head><title>通知</title></head><body><h1>关于考核工作的通知</h1><p>{_BODY}</p></body></html>"
    )
    assert page.title == "关于考核工作的通知" and "逾期不再受理" in page.text and "<p>" not in page.text
    assert not page.problems
    (text,) = _briefings(f"关于考核工作的通知\n\n{_BODY}\n")
    assert "逾期不再受理" in text.text and not text.problems


def test_data_that_parses_is_still_no_article():
    # (session 20: interface messages; session 10: an API's list of ids) - neither read as prose
    messages = {"login": "请输入用户名和密码，然后点击登录按钮继续操作。", "error": "网络连接失败，请稍后再试一次。"}
    for data in (json.dumps(messages, ensure_ascii=False), '{"code": 0, "data": {"list": [{"id": 1, "name": "x"}]}}'):
        (b,) = _briefings(data)
        assert [p.kind for p in b.problems] == ["empty"] and not b.text
        assert json_prose(data) == ""
    lines = "\n".join(
        json.dumps({"id": i, "msg": "网络连接失败，请稍后再试一次，谢谢您的耐心等待。"}, ensure_ascii=False)
        for i in range(3)
    )
    assert json_prose(lines) == ""


def test_hostile_json_is_mended_or_refused_in_linear_time():
    import time

    cases = [
        '{"a":"' + '"x' * 500_000 + '"}',  # a million quotes none of which closes
        '{"a":"' + '\\"' * 500_000 + "\n",  # escaped quotes to a line's end
        '{"a":' + '"\\\n' * 333_000,  # literals cut by a backslash and a line break
        '{"a":"' + '"' + " " * 500_000 + "," + " " * 500_000 + "x}",  # a blank run around a comma
        "\n".join('{"t":"<p class="a">' + "内容" * 20 for _ in range(100_000)),  # 100,000 lines, none mendable
    ]
    for data in cases:
        start = time.process_time()
        bs = _briefings(data)
        assert bs and time.process_time() - start < 10, data[:40]
