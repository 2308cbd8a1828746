"""Guards the ingest pipeline on files the tests write themselves: encodings, formats, bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefreader.ingest import FATAL, ingest_bytes, ingest_file
from briefreader.ingest.clean import drop_boilerplate, drop_pinyin_artifacts, join_broken_lines, normalize_width
from briefreader.ingest.decode import decode_bytes
from briefreader.ingest.metadata import infer_year, parse_date

ARTICLE_HANS = (
    "上海发布数字经济新政策\n"
    "新华社上海3月5日电(记者 王明)上海市今天发布新一轮数字经济政策,支持企业数字化转型。"
    "根据政策,到2027年,全市数字经济核心产业增加值将超过6000亿元。\n"
    "政策提出,将建设十个数字化转型示范园区,培育一批专精特新企业,推动人工智能与实体经济深度融合。\n"
)
ARTICLE_HANT = (
    "臺北發布數位經濟新政策\n"
    "中央社臺北3月5日電(記者 陳華)行政院今天發布新一輪數位經濟政策,支持企業數位化轉型。"
    "根據政策,到2027年,數位經濟產業產值將超過新臺幣兆元。2024年產值已達5000億元。\n"
    "政策提出,將建設十個數位轉型示範園區,培育一批創新企業,推動人工智慧與實體經濟深度融合。\n"
)


def ingest(data: bytes, name: str = "a.txt"):
    return ingest_bytes(data, id=Path(name).stem, path=name, suffix=Path(name).suffix)


def kinds(b) -> set[str]:
    return {p.kind for p in b.problems}


# --- encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_simplified_in_every_encoding(encoding: str) -> None:
    data = ARTICLE_HANS.encode(encoding)
    b = ingest(data)
    assert not kinds(b) & FATAL, b.problems
    assert "数字经济核心产业增加值将超过6000亿元" in b.text
    assert b.title == "上海发布数字经济新政策"
    assert b.script == "hans"


@pytest.mark.parametrize("encoding", ["big5", "cp950", "utf-8", "utf-16"])
def test_traditional_in_every_encoding(encoding: str) -> None:
    b = ingest(ARTICLE_HANT.encode(encoding))
    assert not kinds(b) & FATAL, b.problems
    assert b.script == "hant"
    assert "数位经济" in b.text  # stored Simplified
    assert "數位" not in b.text
    assert b.title == "台北发布数位经济新政策"
    assert b.source == "中央社"
    assert b.authors == ["陈华"]
    assert b.date == dt.date(2024, 3, 5)  # the year from the text, not the 2027 target


def test_gbk_is_not_mistaken_for_big5() -> None:
    # Many GBK byte strings are valid Big5 too: the plausibility score must decide.
    text = "中国信息消费节在上海开幕,记者从会上获悉,活动将持续一个月。" * 3
    decoded = decode_bytes(text.encode("gbk"))
    assert decoded.text == text
    assert decoded.encoding == "gb18030"


def test_big5_is_not_mistaken_for_gbk() -> None:
    text = "臺灣資訊消費節在臺北開幕,記者從會上獲悉,活動將持續一個月。" * 3
    decoded = decode_bytes(text.encode("big5"))
    assert decoded.text == text


def test_crlf_and_lone_cr_become_newlines() -> None:
    b = ingest(ARTICLE_HANS.replace("\n", "\r\n").encode("utf-8"))
    assert "\r" not in b.text and "\r" not in b.original
    assert len(b.paragraphs) == 2
    b = ingest(ARTICLE_HANS.replace("\n", "\r").encode("utf-8"))
    assert len(b.paragraphs) == 2


def test_utf8_with_a_few_damaged_bytes_is_still_read() -> None:
    data = ARTICLE_HANS.encode("utf-8")
    data = data[:40] + b"\xff" + data[40:]
    b = ingest(data)
    assert not kinds(b) & FATAL
    assert "mojibake" in kinds(b)  # the damage is reported, the rest is read
    assert "数字经济核心产业" in b.text


# --- formats --------------------------------------------------------------------------


HTML_WITH_FRONT_MATTER = """---
title: '测试标题 _元宇宙_ 新进展'
date: 2024-03-01
author: 某某日报
categories: [科技]
---
<html><head><title>ignored</title><style>p { color: red; }</style>
<script>var x = "9999亿元";</script></head>
<body><nav>首页 | 新闻</nav>
<div><p>某某日报记者 李四</p>
<p>第一段,包含<a href="x">链接文字</a>&amp;实体&lt;b&gt;。</p>
<p>第二<br>段<ruby>汉<rt>hàn</rt></ruby>字。</p>
<p>跨越源代码
换行的句子。</p></div>
<footer>版权所有 联系电话</footer></body></html>
"""


def test_html_with_front_matter() -> None:
    b = ingest(HTML_WITH_FRONT_MATTER.encode("utf-8"), "page.html")
    assert b.format == "html"
    assert b.title == "测试标题 “元宇宙” 新进展"
    assert b.date == dt.date(2024, 3, 1) and b.date_precision == "day"
    assert b.source == "某某日报"
    assert b.authors == ["李四"]
    assert "第一段,包含链接文字&实体<b>。" in b.text
    assert "第二\n段汉字。" in b.text  # <br> breaks, ruby annotation dropped
    assert "跨越源代码换行的句子。" in b.text  # a source line break between CJK is no space
    for noise in ("9999", "color", "首页", "版权所有", "<p>", "&amp;", "hàn"):
        assert noise not in b.text


def test_html_detected_without_extension() -> None:
    b = ingest(
        b"<div><p>\xe4\xb8\x80\xe6\xae\xb5\xe8\xaf\x9d\xe3\x80\x82</p><p>\xe4\xba\x8c\xe3\x80\x82</p></div>", "x.txt"
    )
    assert b.format == "html"
    assert b.text == "一段话。\n二。"


def test_markdown_with_front_matter() -> None:
    md = (
        "---\ntitle: 直播经济观察\ndate: 2025-01\nsource: 观察网\n---\n"
        "# 直播经济观察\n\n**直播电商**成为[消费](http://x.invalid)新引擎。\n\n"
        "![图](a.png)\n\n> 引用的一句话。\n"
    )
    b = ingest(md.encode("utf-8"), "note.md")
    assert b.format == "markdown"
    assert b.title == "直播经济观察"
    assert b.date == dt.date(2025, 1, 1) and b.date_precision == "month"
    assert b.source == "观察网"
    assert "直播电商成为消费新引擎。" in b.text
    assert "**" not in b.text and "](" not in b.text and "a.png" not in b.text


def test_malformed_front_matter_is_reported_and_text_kept() -> None:
    b = ingest("---\ntitle: [unclosed\n---\n正文第一段内容在这里,讲述了一件事情的经过和结果。\n".encode("utf-8"))
    assert "front_matter" in kinds(b)
    assert not kinds(b) & FATAL
    assert "正文第一段" in b.text


# --- bad files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"  \n\r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"abc\x00\x00\x00\x01\x02def" * 50, "binary"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_files_are_problems(data: bytes, kind: str) -> None:
    b = ingest(data)
    assert kind in kinds(b)
    assert b.text == ""


def test_unreadable_file(tmp_path: Path) -> None:
    b = ingest_file(tmp_path / "missing.txt", tmp_path)
    assert kinds(b) == {"unreadable"}


def test_control_and_bidi_characters_never_survive() -> None:
    raw = "标题\n正文\x1b]0;evil\x07有\x1b[2J控制\u202e字符\x01和\x7f颜\u2066色。\n".encode("utf-8")
    b = ingest(raw)
    for text in (b.text, b.original, b.title):
        assert not any(c in text for c in "\x1b\x07\x01\x7f\u202e\u2066")
    assert "正文有控制字符和颜色。" in b.text


# --- cleaning rules ---------------------------------------------------------------------


def test_pinyin_artifacts_only_with_tone_marks() -> None:
    assert drop_pinyin_artifacts("發(fā)展和區(qū)域") == "發展和區域"
    assert drop_pinyin_artifacts("人工智能(AI)与直播(de)") == "人工智能(AI)与直播(de)"
    assert drop_pinyin_artifacts("發(fā)(fā)") == "發"


def test_width_normalization_keeps_cjk_punctuation() -> None:
    assert normalize_width("增长１５．３％，达到ＡＩ") == "增长15.3%，达到AI"


def test_hard_wrapped_lines_are_joined_but_headings_are_not() -> None:
    text = (
        "一、概况\n这是一个很长的句子，被来源网站在中间硬换行了，我们需要把它接回到\n一起的下一行。\n1. 小标题\n正文。"
    )
    assert join_broken_lines(text) == (
        "一、概况\n这是一个很长的句子，被来源网站在中间硬换行了，我们需要把它接回到一起的下一行。\n1. 小标题\n正文。"
    )
    # A long headline without punctuation is not glued to the dateline below it.
    headline = "今年前两个月全国新能源汽车产销两旺出口同比增长近三成\n新华社北京3月12日电（记者 王悦阳）记者获悉。"
    assert join_broken_lines(headline) == headline


def test_trailer_of_headline_links_is_dropped() -> None:
    body = "正文最后一段。\n关键词:\n- 某某新闻标题一2022-07-28\n- 某某新闻标题二2022-07-28\n- 标题三2022-07-28"
    assert drop_boilerplate(body) == "正文最后一段。"
    links = "正文。\n- 链接一2022-07-28\n- 链接二2022-07-28\n- 链接三2022-07-28"
    assert drop_boilerplate(links) == "正文。"


def test_short_list_at_the_end_is_not_a_trailer() -> None:
    body = "措施包括:\n- 加强人才培养\n- 优化营商环境"
    assert drop_boilerplate(body) == body


def test_captions_are_dropped() -> None:
    body = "【资料图】\n图说:峰会现场。主办方供图。\n正文。\n发布会现场。某某委员会供图当日,活动启动。"
    assert drop_boilerplate(body) == "正文。\n当日,活动启动。"


# --- metadata ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 26 Jul 2022 18:55:00 GMT", (dt.date(2022, 7, 27), "day")),  # UTC read in UTC+8 (issue 12, session 6)
        ("2022-07-28 08:23:56", (dt.date(2022, 7, 28), "day")),
        ("2023年5月", (dt.date(2023, 5, 1), "month")),
        ("2023", (dt.date(2023, 1, 1), "year")),
        (dt.date(2020, 2, 29), (dt.date(2020, 2, 29), "day")),
        ("2023-02-30", None),
        ("not a date", None),
    ],
)
def test_parse_date(value, expected) -> None:
    assert parse_date(value) == expected


def test_infer_year_prefers_event_names_over_targets() -> None:
    text = "5月17日,2025上海信息消费节开幕。到2027年,产业规模将翻番。2024年营收超过3000亿元。"
    assert infer_year(text, text[:20]) == 2025
    assert infer_year("《三年行动计划(2025-2027)》发布,到2027年建成。", "") == 2025


def test_document_number_gives_year_precision() -> None:
    raw = "主动公开\n某区科学技术委员会\n某科〔2021〕7号\n关于某某事项的答复\n某某委员:\n您的提案收悉,现答复如下,感谢您对我区工作的关心和支持。\n"
    b = ingest(raw.encode("utf-8"))
    assert b.title == "关于某某事项的答复"
    assert b.date == dt.date(2021, 1, 1) and b.date_precision == "year"
    assert b.source == "某区科学技术委员会"


def test_title_derived_from_lead_when_there_is_no_headline() -> None:
    raw = "某某网讯 记者张三北京报道 3月1日,2024中关村论坛在北京开幕,论坛以创新为主题。更多内容。\n第二段内容。\n"
    b = ingest(raw.encode("utf-8"))
    assert b.title == "2024中关村论坛在北京开幕,论坛以创新为主题"
    assert b.source == "某某网"
    assert b.authors == ["张三"]
    assert b.date == dt.date(2024, 3, 1)
