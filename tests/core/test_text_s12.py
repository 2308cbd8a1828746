"""Session 12, article text (issue 12): unit cases written from general knowledge of how
pages are set, each for a general rule found on real pages (named in the commit that
made it)."""

from __future__ import annotations

from briefreader.ingest.html import html_to_doc

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
