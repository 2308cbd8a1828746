"""Session 43's review (ROLE=review): each finding as a test, strict xfail until fixed (notes/s43_review.md)."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes

P = "国务院办公厅关于进一步优化营商环境的意见，要求各地区各部门认真贯彻落实。"


def _brief(text: str, suffix: str = ".txt"):
    return ingest_bytes(text.encode(), id="r", path=f"/tmp/review/r{suffix}", suffix=suffix)


# R2 (0ed4c0a1, fields.py + metadata._field_candidates): an interview's questions, "记者：…" lines two apart in the
# text's last 12 (or first 30) lines, are read as a block of two author fields and leave the body. Real text: dev
# s19_06 (cnbeta's feed relaying a CCTV report, entry 3): "记者：你刚才提到投“毒”的概念，这种东西不好吧。" and
# "记者：抹黑一下。" are lost at e44605a7 (kept at 3ddb33d9); the question ending in "？" stays. A reporter's
# question is the text: a field's value is a name, not a sentence.
_INTERVIEW_FOOT = "\n".join(
    [
        "大模型遭“投毒”？给AI“洗脑”已成产业链",
        "",
        *[P] * 6,
        "力思文化传媒有限公司 李总：因为全网的人投“毒”投太多了。你看我们现在（干）GEO的都是投“毒”，投的信息源太多。",
        "记者：你刚才提到投“毒”的概念，这种东西不好吧。",
        "力思文化传媒有限公司 李总：是不好，但是每个商家都喜欢，都希望是别人别投“毒”，自己投“毒”。",
        "记者：抹黑一下。",
        "力思文化传媒有限公司 李总：对。抹黑一下这能力还是能实现的。现在他们好多公司做不上去的。",
        "记者：是谁在帮品牌干这些？",
        "力思文化传媒有限公司 李总：都是各种GEO公司。",
        P,
    ]
)
_INTERVIEW_HEAD = (
    "市长谈营商环境优化\n2025-04-01 来源：人民网\n\n"
    + P
    + "\n记者：请您介绍一下今年的主要工作。\n市长：今年我们重点抓三件事。"
    + P
    + "\n记者：营商环境方面有哪些新举措。\n市长：我们出台了二十条措施。"
    + P
    + "\n"
    + P * 2
    + "\n"
)


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        (_INTERVIEW_FOOT, ["记者：你刚才提到投“毒”的概念，这种东西不好吧。", "记者：抹黑一下。"]),
        (_INTERVIEW_HEAD, ["记者：请您介绍一下今年的主要工作。", "记者：营商环境方面有哪些新举措。"]),
    ],
    ids=["foot_s19_06", "head_qa"],
)
def test_r2_an_interviews_questions_stay_in_its_text(text: str, questions: list[str]) -> None:
    b = _brief(text)
    for q in questions:
        assert q in b.text, (q, b.text[-400:])


def test_r2_guard_a_credit_block_still_leaves_the_text() -> None:
    # the commit's own kind (dev s42b_07-09): a closing 作者/来源/日期 block is fields, not text
    b = _brief(
        "某地出台新政策支持企业发展\n\n"
        + P * 3
        + "\n\n作者：曹继军 ，颜维琦\n来源：光明日报\n日期：2012年10月27日 06:19\n"
        "链接：http://news.ifeng.com/gundong/detail_2012_10/27/18599272_0.shtml\n"
    )
    assert "链接" not in b.text and b.source == "光明日报", (b.source, b.text[-200:])


# R4 (0ed4c0a1): a notice's event block ("时间：… / 主题：…") is read as the text's header, its 主题 (the meeting's
# theme) offered as the headline at 90 and taken over the notice's own first line. 3ddb33d9 kept the headline.
_NOTICE = (
    "关于召开2026年数字经济座谈会的通知\n\n各有关单位：\n时间：2026年3月5日上午9时\n主题：数字经济与产业升级\n"
    "地点：市政府三楼会议室\n\n" + P * 3 + "\n\n市发展改革委\n2026年2月20日\n"
)


def test_r4_a_notices_meeting_theme_is_not_its_headline() -> None:
    b = _brief(_NOTICE)
    assert b.title == "关于召开2026年数字经济座谈会的通知", b.title
    # the meeting's lines are the notice's text
    assert "主题：数字经济与产业升级" in b.text and "地点：市政府三楼会议室" in b.text


# R5 (cd0e184b, records._tabular): a JSON table of more than _FIELDS_MAX (200) columns is checked on its first 200
# only and then read whole: a later column that is no dict ("columns" orient) or a list of another length (a dict of
# lists) raises (AttributeError / IndexError / TypeError), and the library shows the file as "failed to read" where
# 3ddb33d9 read it. Valid JSON; constructed (no dev JSON has 200 columns).
def _wide(last: object, orient: str) -> bytes:
    import json

    if orient == "columns":
        table: dict[str, object] = {"title": {"0": "第一条新闻标题在这里", "1": "第二条新闻标题在这里"}}
        table["content"] = {"0": P * 3, "1": P * 3}
        table.update({f"c{i}": {"0": "x", "1": "y"} for i in range(200)})
    else:
        table = {"title": ["第一条新闻标题在这里", "第二条新闻标题在这里"], "content": [P * 3, P * 3]}
        table.update({f"c{i}": ["x", "y"] for i in range(200)})
    table["late"] = last
    return json.dumps(table, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("last", "orient"), [("a string", "columns"), (["only one"], "lists"), (5, "lists")], ids=["str", "short", "int"]
)
def test_r5_a_wide_json_table_with_an_odd_late_column_is_read_not_raised(last: object, orient: str) -> None:
    b = ingest_bytes(_wide(last, orient), id="r", path="/tmp/review/r.json", suffix=".json")  # (no exception)
    assert b.text or orient == "columns"  # (3ddb33d9 read the dict of lists' text; the columns orient gave none)


# R6 (832b39bf for tab-separated corpora, f5e65c9c for CSV; roles.HEADLINE_MEAN_MIN = 8): a corpus whose headline
# column averages 6 to 8 characters ("央行宣布降准", "两会今日开幕", "春运今日启动": 6.75 here) has its headlines read by
# no column any more (each title generated from the lead), where 3ddb33d9 read them (its TAB_HEADLINE_MIN was 6).
# The source column is read rightly now (新华社, not the lead's 国务院办公厅): the guard. Constructed.
_SHORT_HEADS = [
    "央行宣布降准",
    "国务院常务会议召开",
    "两会今日开幕",
    "股市全线大涨",
    "多地迎来降雪",
    "新能源车销量创新高",
]
_SHORT_HEADS += ["春运今日启动", "房价环比回落"]


def _corpus(suffix: str) -> list:
    from briefreader.ingest import ingest_entries

    sep = "\t" if suffix == ".txt" else ","
    rows = [sep.join([h, "新华社", f"2024-01-0{i + 1}", P * 3]) for i, h in enumerate(_SHORT_HEADS)]
    text = ("" if suffix == ".txt" else "c1,c2,c3,c4\n") + "\n".join(rows) + "\n"
    return ingest_entries(text.encode(), id="r", path=f"/tmp/review/r{suffix}", suffix=suffix)


@pytest.mark.parametrize("suffix", [".txt", ".csv"])
def test_r6_a_corpus_of_short_headlines_keeps_them(suffix: str) -> None:
    assert [b.title for b in _corpus(suffix)] == _SHORT_HEADS


@pytest.mark.parametrize("suffix", [".txt", ".csv"])
def test_r6_guard_the_source_column_is_read(suffix: str) -> None:
    assert {b.source for b in _corpus(suffix)} == {"新华社"}


# R7 (0ed4c0a1; 5ead3606 made a Latin key at a line's start surer): "from" is a source label, and a source field's
# value is cut to its first word: a pasted e-mail's header "From: John Smith <john.smith@example.com>" gives the
# source "John", a line "from: the ministry said" the source "the" - confident wrong sources where 3ddb33d9 gave none
# (precision first). Constructed.
_MAIL = (
    "转发：关于开展营商环境评估的通知\nFrom: John Smith <john.smith@example.com>\n"
    "Sent: Monday, January 1, 2024 9:00 AM\nTo: 李四\nSubject: 关于开展营商环境评估的通知\n\n" + P * 3
)


@pytest.mark.parametrize(
    "text", [_MAIL, "Some title here about policy\n\nfrom: the ministry said\n\n" + P * 3], ids=["mail", "prose"]
)
def test_r7_a_from_line_names_no_source_by_its_first_word(text: str) -> None:
    assert _brief(text).source == ""
