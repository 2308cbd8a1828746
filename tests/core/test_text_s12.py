"""Session 12, article text (issue 12): unit cases written from general knowledge of how
pages are set, each for a general rule found on real pages (named in the commit that
made it)."""

from __future__ import annotations

from briefreader.ingest.html import html_to_doc
from briefreader.ingest.markdown import markdown_to_text

BODY = [
    "2015年，全县人民在县委、县政府的正确领导下，积极应对各种风险挑战，国民经济保持平稳增长。",
    "国民经济继续健康稳定发展。全县实现生产总值110亿元，按可比价格计算，比上年增长9.3％。",
    "财政收入大幅增长。全县实现财政总收入为23亿元，比上年增长16.0％，其中公共财政预算收入14亿元。",
    "农业综合生产能力稳步提高。全县农业总产值28亿元，按可比价格计算，比上年增长5.04%。",
]


# --- the head ends where the article starts, not where its first line first appears ------


def test_a_headline_repeated_as_the_first_line_keeps_the_date_row_in_the_head() -> None:
    """A gov page prints its headline, then a row 来源/访问量/发布日期, then the article,
    which opens with the headline again: the row is the head's last line (metadata reads
    the date there), not lost between two copies of the headline."""
    headline = "某县2015年国民经济和社会发展统计公报"
    html = (
        "<!DOCTYPE html><html><head><title>统计公报</title></head><body>"
        '<div class="nav"><a href="/">网站首页</a> <a href="/sj">数据开放</a></div>'
        f'<div class="article"><h2>{headline}</h2>'
        '<div class="attr"><span>来源：</span><span>访问量：199</span>'
        "<span>发布日期：2017-05-15 10:49:00</span></div>"
        f'<div class="content"><p align="center">{headline}</p>'
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>（某县统计局）</p></div></div>"
        '<div class="foot">主办单位：某县人民政府办公室</div></body></html>'
    )
    doc = html_to_doc(html)
    assert "2015年，全县人民" in doc.text
    head = doc.head.split("\n")
    assert "发布日期：2017-05-15 10:49:00" in head[-1]
    assert head[-2] == headline


# --- Markdown: a quoted note above the document's headline is the copy's, not the article --


def test_a_quoted_note_above_the_headline_goes() -> None:
    note = "> 本文由脚本自官方公开页面提取，仅供检索。\n> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n\n"
    body = "# 某市交通委员会关于实行专用车道管理的通告\n\n目前，西延伸工程已具备试运营条件。\n\n> 特此通告。\n"
    text = markdown_to_text(note + body)
    assert "著作权法" not in text and "提取" not in text
    assert text.split("\n")[0] == "某市交通委员会关于实行专用车道管理的通告"
    assert "特此通告。" in text  # a quote under the headline is the article's


def test_a_quoted_summary_above_section_headings_stays() -> None:
    """An archived feature opens with its summary quoted, then its sections (### 生产): no
    headline (h1) stands under the quote, so the quote is the article's standfirst."""
    text = markdown_to_text(
        "> 多家生产企业均表示产能充足，但诸多原因造成了短缺。\n\n### 生产\n\n试剂盒作为确诊的重要手段。\n"
    )
    assert "多家生产企业均表示产能充足" in text
    text = markdown_to_text("原文链接：某网\n\n> 来源：某网\n\n# 标题\n\n正文。\n")
    assert "来源：某网" in text  # a line above the quote: not a quoted note alone
