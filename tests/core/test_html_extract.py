"""Guards a page's article: found by readability-lxml on full pages, the whole text of a
fragment; hidden elements, comment sections, scripts and styles never reach the text;
no class-name rule drops an article (issue 12). Each test failed on the class-name
rules that came before."""

from __future__ import annotations

import datetime as dt

from briefreader.ingest import ingest_bytes
from briefreader.ingest.html import html_to_doc

ARTICLE = (
    "国家卫生健康委17日表示，近阶段相关部门持续依托短缺药品供应保障工作会商联动机制，"
    "加强监测预警和分类应对，全力保障临床用药需求。"
)
SECOND = "国家药监局持续采集短缺药品生产供应及停产报告信息，积极推动相关原料药复产和制剂生产。"
RELATED = [
    "新华全媒头条丨黄河流域文物保护传承观察",
    "半月谈丨谁在高仿部委央企行骗",
    "卫星影像看变局中的世界",
    "多项促民营经济发展政策举措酝酿出台",
    "哥白尼手稿复刻本在北京展出",
]


def page(article_html: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="/c{i}">频道{i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/n{i}.html">{t}</a></li>' for i, t in enumerate(RELATED))
    return (
        f"<!doctype html><html><head><title>短缺药品保供稳价_新华网</title></head><body>"
        f"<div class=top><ul>{nav}</ul></div>{article_html}{extra}"
        f"<div class=side><h3>推荐阅读</h3><ul>{related}</ul></div>"
        f"<div class=foot>新华网版权所有 京ICP备00000000号</div></body></html>"
    )


def test_an_article_in_a_post_header_div_is_kept() -> None:
    """A class-name rule ("header") deleted this page's whole article: it was empty."""
    html = page(f'<div class="post_header"><h1>短缺药品保供稳价</h1><p>{ARTICLE}</p><p>{SECOND}</p></div>')
    b = ingest_bytes(html.encode(), id="x", suffix=".html")
    assert ARTICLE in b.text and SECOND in b.text
    assert not [p for p in b.problems if p.kind == "empty"]


def test_related_headlines_navigation_and_copyright_are_not_the_article() -> None:
    html = page(f"<div class=main><p>{ARTICLE}</p><p>{SECOND}</p></div>")
    doc = html_to_doc(html)
    assert ARTICLE in doc.text and SECOND in doc.text
    for chrome in [*RELATED, "频道3", "版权所有"]:
        assert chrome not in doc.text, chrome


def test_hidden_elements_never_reach_the_text() -> None:
    hidden = (
        '<div style="display: none">隐藏的广告文字一</div><p hidden>隐藏的广告文字二</p>'
        '<span aria-hidden="true">隐藏的广告文字三</span><div style="visibility:hidden">隐藏的广告文字四</div>'
    )
    for html in (f"<div><p>{ARTICLE}</p>{hidden}</div>", page(f"<div><p>{ARTICLE}</p>{hidden}<p>{SECOND}</p></div>")):
        text = html_to_doc(html).text
        assert ARTICLE in text and "隐藏" not in text


def test_comment_sections_never_reach_the_text() -> None:
    comments = (
        '<div id="comments"><p>网友甲：这篇文章写得很好，政策终于落地了，希望尽快见效。</p>'
        "<p>网友乙：还没有评论，快来抢沙发吧！</p></div>"
    )
    for html in (
        f"<div><p>{ARTICLE}</p>{comments}</div>",
        page(f"<div class=main><p>{ARTICLE}</p><p>{SECOND}</p>{comments}</div>"),
    ):
        text = html_to_doc(html).text
        assert ARTICLE in text and "网友" not in text and "抢沙发" not in text


def test_scripts_styles_and_templates_never_reach_the_text() -> None:
    html = page(
        f"<div><script>var readCount = 1;</script><style>.a{{color:red}}</style>"
        f"<template><p>模板文字</p></template><p>{ARTICLE}</p><p>{SECOND}</p></div>"
    )
    text = html_to_doc(html).text
    assert ARTICLE in text and "readCount" not in text and "color" not in text and "模板" not in text


def test_a_fragment_is_read_whole() -> None:
    """A feed entry or a pasted snippet has no page around it: every paragraph is text."""
    html = "<p>第一段。</p><ul><li>一项措施</li><li>二项措施</li></ul><p>末段。</p>"
    assert html_to_doc(html).text.split() == ["第一段。", "一项措施", "二项措施", "末段。"]


def test_date_and_source_lines_beside_the_article_are_read() -> None:
    """The line under a headline ("2019-09-07 15:10:53 来源：EETOP") is outside the
    article's element on most pages: it is read as metadata, not lost, not in the text."""
    html = page(
        f"<div class=info>2019-09-07 15:10:53 来源：EETOP</div><div class=main><p>{ARTICLE}</p><p>{SECOND}</p></div>"
    )
    b = ingest_bytes(html.encode(), id="x", suffix=".html")
    assert (b.date, b.source) == (dt.date(2019, 9, 7), "EETOP")
    assert "来源" not in b.text


def test_a_page_past_the_readability_bound_is_read_whole() -> None:
    """Readability's cost grows with the tree (seconds for thousands of sibling blocks):
    past MAX_READABILITY the page's whole text is kept, for the line rules to clean."""
    from briefreader.ingest.html import MAX_READABILITY

    blocks = "".join(
        f"<div><p>第{i}段，规模达到{i}亿元，同比增长。</p><a href=/x{i}>链接{i}</a></div>"
        for i in range(MAX_READABILITY // 60)
    )
    html = f"<html><body>{blocks}</body></html>"
    assert len(html) > MAX_READABILITY
    text = html_to_doc(html).text
    assert "第0段" in text and f"第{MAX_READABILITY // 60 - 1}段" in text


def test_an_article_a_script_would_reveal_is_not_dropped() -> None:
    """Some saved pages hide their article (display:none) until a script shows it;
    when hiding would remove most of the page, nothing is taken for hidden."""
    html = page(f'<div id="content" style="display:none"><p>{ARTICLE}</p><p>{SECOND}</p><p>{ARTICLE}</p></div>')
    b = ingest_bytes(html.encode(), id="x", suffix=".html")
    assert ARTICLE in b.text and SECOND in b.text


def test_a_standfirst_above_the_photo_stays_with_the_article() -> None:
    """A lead paragraph in its own element, then a captioned photo, then the article:
    readability scores the blocks apart and left the lead out."""
    lead = (
        "大鼠戊肝和新冠肺炎夹击，家庭主妇到街市买菜高危，出现多宗确诊个案的街市停市三日大清洗后昨重开，"
        "但卫生环境仍然令人担忧。"
    )
    body = "".join(f"<p>{ARTICLE}{i}</p><p>{SECOND}</p>" for i in range(3))
    html = page(
        f'<div class="lead"><p>{lead}</p></div><div class="photo"><p>红磡街市昨日重开。（李华辉摄）</p></div>'
        f'<div class="content">{body}</div>'
    )
    text = html_to_doc(html).text
    assert lead in text and text.index(lead) < text.index(ARTICLE)


def test_json_ld_nested_past_the_parser_is_ignored() -> None:
    html = (
        '<html><head><script type="application/ld+json">'
        + "[" * 100_000
        + f"</script></head><body><p>{ARTICLE}</p></body></html>"
    )
    assert ingest_bytes(html.encode(), id="x", suffix=".html").text == ARTICLE


def test_a_page_lxml_cannot_hold_is_read_and_nothing_is_printed(capfd) -> None:
    """&#x1b; and &#0; decode to control characters lxml refuses: readability used to
    fail and log a traceback to stderr (under the TUI's screen)."""
    html = page(f"<div class=main><p>{ARTICLE}&#x1b;&#0;</p><p>{SECOND}</p></div>")
    b = ingest_bytes(html.encode(), id="x", suffix=".html")
    assert ARTICLE in b.text and SECOND in b.text and "频道3" not in b.text
    out, err = capfd.readouterr()
    assert out == "" and err == ""
