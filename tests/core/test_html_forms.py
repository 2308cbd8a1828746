"""A page inside a <form> is a page (issue 12, session 8). ASP.NET WebForms wrap the whole
page in <form id="Form1">; dropping every <form> as chrome left such pages empty (4 of
53 reference pages of immortal-autumn/Chinese-Web-Content-Extraction-Dataset outside the
corpus: blogs on blog.yesky.com, donews, a thesis page). A search or comment form stays
chrome, and a page archived without <html>/<body> is still read as a page."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.html import html_to_doc

PROSE = [
    "本报讯 13岁，正是花季的年龄，可13岁的李某却成了一名母亲。",
    "昨日8时40分许，她在长春市某医院生下一名重3000克的女婴，母女平安。",
    "记者了解到，李某去年辍学后便独自在外打工，家人对此并不知情。",
    "医院方面表示，将协助当地妇联为这对母女提供必要的帮助。",
]
NAV = "".join(f"<li><a href='/c{i}'>频道{i}</a></li>" for i in range(40))


def test_a_page_wrapped_in_a_form_keeps_its_article() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><body><form name=Form1 method=post action=255509.aspx id=Form1>"
        "<input type=hidden name=__VIEWSTATE value=abc>"
        f"<div id=header><ul>{NAV}</ul></div><div class=post>{body}</div>"
        "</form></body></html>"
    )
    b = ingest_bytes(html.encode(), id="f", suffix=".html")
    assert all(p in b.text for p in PROSE[1:])
    assert not [p for p in b.problems if p.kind == "empty"]


def test_a_search_or_comment_form_is_still_chrome() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        f"<html><body><div class=post>{body}</div>"
        "<form action=/search><label>站内搜索：</label><input name=q><button>搜索</button></form>"
        "<form action=/comment><p>发表评论</p><p>昵称：</p><textarea>请文明发言！</textarea></form>"
        "</body></html>"
    )
    text = html_to_doc(html).text
    assert PROSE[1] in text and "站内搜索" not in text and "发表评论" not in text and "文明发言" not in text


def test_a_page_archived_without_html_and_body_tags_is_read_as_a_page() -> None:
    """A crawl's record: <text id=URL title=…> then the page's markup, no <html> or <body>;
    it was read whole, navigation and all, like a feed entry."""
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    filler = "".join(f"<div class=ad>广告位{i}招商热线</div>" for i in range(1000))
    html = (
        '<text id="http://blog.example.cn/a/255509.aspx" title="13岁女孩辍学后生下女婴">'
        f"<script>var x=1;</script><div id=header><ul>{NAV}</ul></div><div class=post>{body}</div>{filler}</text>"
    )
    assert len(html) > 20_000
    text = html_to_doc(html).text
    assert PROSE[1] in text and "频道3" not in text


def test_a_long_feed_entry_with_many_links_is_read_whole() -> None:
    """A blog post's own reading list is its text: no script and no form, no page."""
    refs = "".join(f"<li><a href='https://e.org/{i}'>经典文章第{i}篇：缓存与性能</a></li>" for i in range(40))
    entry = "".join(f"<p>{p}</p>" for p in PROSE * 120) + f"<ul>{refs}</ul>"
    assert len(entry) > 20_000
    text = html_to_doc(entry).text
    assert "经典文章第39篇：缓存与性能" in text
