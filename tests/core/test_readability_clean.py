"""html._light_clean, in place of readability-lxml's Cleaner (issue 19, session 38): the same tree, so the same article.

readability runs lxml_html_clean's Cleaner (scripts, javascript, comments, style, links, processing instructions) on
every page it parses: a copy of the tree and four Python walks over it. _light_clean makes the same edits in place
from what XPath finds. These tests hold it to the Cleaner's result node for node and attribute for attribute on the
real pages of the dev and retired splits (never a held-out one), on hostile pieces for each of its branches, and
hold readability's article (its summary, which html._article reads) to the one it gave with its own Cleaner.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import lxml.etree as etree
import pytest
from readability import Document
from readability.htmls import build_doc
from readability.readability import html_cleaner

from briefreader.ingest import html

REALWORLD = Path(__file__).parents[1] / "data" / "realworld"
# dev, and the retired splits (heldout..heldout11 kept their folder names when retired); never a held-out split
FOLDERS = ["dev", *(f"heldout{n}" for n in ["", *range(2, 12)]), *(f"dev-retired{n}" for n in range(12, 33))]
PAGE = re.compile(r"\.(?:s?html?|xhtml)$", re.IGNORECASE)


def _pages() -> list[Path]:
    pages = []
    for folder in FOLDERS:
        assert not re.fullmatch(r"heldout(?:3\d|[4-9]\d)", folder)
        pages += sorted(
            p
            for p in (REALWORLD / folder).rglob("*")
            if PAGE.search(p.name) and p.is_file() and p.stat().st_size <= html.MAX_READABILITY
        )
    return pages


PAGES = _pages()


def _both(markup: str | bytes) -> tuple[bytes, bytes]:
    doc, _ = build_doc(markup)
    mine = copy.deepcopy(doc)
    return etree.tostring(html_cleaner.clean_html(doc)), etree.tostring(html._light_clean(mine))


def test_real_pages_clean_to_the_cleaners_tree() -> None:
    assert len(PAGES) > 300  # the corpus is there: the comparison below is over real pages
    seen = {"script": 0, "style": 0, "link": 0, "comment": 0, "on": 0, "style=": 0, "javascript:": 0}
    for page in PAGES[::2]:  # every other page (~10 ms of CPU a page)
        doc, _ = build_doc(page.read_bytes().decode("utf-8", errors="replace"))
        seen["script"] += bool(doc.xpath("//script"))
        seen["style"] += bool(doc.xpath("//style"))
        seen["link"] += bool(doc.xpath("//link"))
        seen["comment"] += bool(doc.xpath("//comment()"))
        seen["on"] += bool(doc.xpath("//@*[starts-with(name(), 'on')]"))
        seen["style="] += bool(doc.xpath("//@style"))
        seen["javascript:"] += bool(doc.xpath("//@href[contains(., 'javascript:')]"))
        mine = html._light_clean(copy.deepcopy(doc))
        assert etree.tostring(html_cleaner.clean_html(doc)) == etree.tostring(mine), page
        # what the Cleaner removes and readability would read as text is gone
        assert not mine.xpath("//script | //style | //link | //comment() | //processing-instruction()"), page
        assert not mine.xpath("//@style | //@*[starts-with(name(), 'on')]"), page
    # the pages hold what the Cleaner is there for, so the equality above is not over pages it leaves alone
    assert all(count > 10 for count in seen.values()), seen


def test_readability_gives_the_same_article_with_the_light_clean() -> None:
    pages = PAGES[1::12]  # readability is ~15 ms a page: a spread of the pages above
    assert len(pages) > 30
    same = 0
    for page in pages:
        markup = page.read_bytes().decode("utf-8", errors="replace")
        try:
            expected = Document(markup).summary(html_partial=True)
        except Exception as error:  # noqa: BLE001 - the same failure is expected of both
            expected = type(error).__name__
        try:
            got = html._readability_summary(markup)
        except Exception as error:  # noqa: BLE001
            got = type(error).__name__
        assert got == expected, page
        same += len(expected) > 200
    assert same > 20  # articles, not failures or empty summaries


@pytest.mark.parametrize(
    "markup",
    [
        # each of the Cleaner's edits, one at a time and together
        "<html><head><script>var a = '<p>not text</p>';</script><style>p { color: red }</style>"
        "<link rel=stylesheet href=x.css><?php echo 1 ?></head><body><!-- a comment --><p>text</p>"
        "<script>x()</script>tail<style>b {}</style>tail2</body></html>",
        '<p onclick="a>b" width="3" style="color: red">x</p><div onmouseover=x() id=a>y</div>',
        '<a href=" https://twitter.com ">share</a><a href="https://x.com/a ">post</a><a href="/rel ">r</a>',
        '<a href="javascript:void(0)">a</a><a href="JavaScript:go()">b</a><a href=" java\nscript:x">c</a>'
        '<a href="java&#9;script:x">d</a><a href="%6A%61vascript:x">e</a><a href="jav+ascript:x">f</a>'
        '<a href="vbscript:x">g</a><a href="about:blank">h</a><a href="mocha:x">i</a><a href="data:text/html,x">j</a>',
        '<img src="data:image/png;base64,AAAA"><img src="data:image/svg+xml;base64,AAAA"><img src=" a.png ">',
        '<form action="javascript:x"><button formaction=" javascript:y ">b</button></form>'
        '<blockquote cite="javascript:z">q</blockquote><td background=" javascript:w">t</td>',
        '<iframe srcdoc="<script>x</script>" src="https://www.youtube.com/embed/x ">v</iframe><p SRCDOC=a>p</p>',
        '<svg><a><set attributeName="href" to="javascript:x"/><animate attributeName=" HREF " values="a;b" '
        'from=a by=b /><animateTransform attributeName="xlink:href" to="x"/><set attributeName=fill to=red />'
        "</a></svg>",
        "<image src=a.png><image>",
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>',
        "<p>a<!--[if IE]><p>ie</p><![endif]-->b</p>",
        # the pages left to the Cleaner itself (links lxml reads in ways of its own)
        '<object codebase="http://a/" data="b.swf" archive="c d"><param valuetype=ref value=" javascript:x "></object>',
        '<meta http-equiv="Refresh" content="0; url=javascript:x"><p>x</p>',
        '<meta http-equiv="REFRESH" content="5;URL= /next "><p>x</p>',
        '<p><a href="http://a/b?c=1&d=2" onclick="go()">x</a><a href="">e</a><a href>f</a></p>',
    ],
)
def test_hostile_pieces_clean_to_the_cleaners_tree(markup: str) -> None:
    expected, got = _both(markup)
    assert got == expected


def test_the_pages_left_to_the_cleaner_are_only_those_it_reads_its_own_way() -> None:
    def own(markup: str) -> bool:
        return bool(build_doc(markup)[0].xpath(html._CLEANER_OWN))

    assert own("<object data=x></object>") and own("<param value=x>") and own('<meta http-equiv="reFresh" content=1>')
    assert not own('<meta http-equiv="Content-Type" content="text/html"><p>x</p>')
    assert not own("<p>objects, params and refresh in text</p>")


def test_a_cleaner_without_the_helpers_it_shares_cleans_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """_light_clean reuses lxml_html_clean's private helpers; a release without one must give the Cleaner's tree (the
    Cleaner run), not an error that sends the page to the fallback main-content path with another text."""
    import sys
    import types

    monkeypatch.setitem(sys.modules, "lxml_html_clean.clean", types.ModuleType("lxml_html_clean.clean"))  # renamed
    markup = '<p onclick="x()">a<script>s()</script><!-- c --><a href=" javascript:y ">b</a></p><style>p{}</style>'
    expected, got = _both(markup)
    assert got == expected and b"script" not in got and b"onclick" not in got
