"""ingest.readability_exact: readability's scoring with less work, the same article (issue 19, session 39).

The subclass remakes five of readability 0.9's methods (debug lines formatted only when logged, its clean's patterns
compiled once, only elements with a class or an id asked for them, a div's block descendant found by its tag before its
children are serialised). These tests hold its article to the one readability's own methods give (html's
LightDocument, the same parse and cleaning) on the real pages of the dev and retired splits (never a held-out one)
and on hostile pieces for each change, with the same debug lines when they are logged, and check that a readability
whose methods are not the ones copied keeps its own.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from briefreader.ingest import html, readability_exact

REALWORLD = Path(__file__).parents[1] / "data" / "realworld"
# dev, and the retired splits (heldout..heldout11 kept their folder names when retired); never a held-out split
FOLDERS = ["dev", *(f"heldout{n}" for n in ["", *range(2, 12)]), *(f"dev-retired{n}" for n in range(12, 34))]
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


def _classes() -> tuple[type, type]:
    """(readability's own methods, the exact ones): html's LightDocument and the subclass it runs."""
    html._readability_summary("<html><body><p>x</p></body></html>")  # makes html._light_document
    exact = html._light_document
    assert exact is not None
    own = exact.__mro__[1]
    assert own.__name__ == "LightDocument"
    return own, exact


def _summary(cls: type, markup: str) -> str:
    try:
        return cls(markup).summary(html_partial=True)
    except Exception as error:  # noqa: BLE001 - the same failure is expected of both
        return type(error).__name__


def test_the_installed_readability_gets_the_exact_methods() -> None:
    own, exact = _classes()
    assert exact is not own  # readability 0.9's methods are the ones copied: the subclass is in use
    for name in readability_exact._METHODS:
        assert name in exact.__dict__


def test_real_pages_give_the_same_article() -> None:
    own, exact = _classes()
    pages = _pages()
    assert len(pages) > 300
    articles = 0
    for page in pages[::3]:  # readability is ~10 ms a page, twice here: a third of the pages
        markup = page.read_bytes().decode("utf-8", errors="replace")
        expected = _summary(own, markup)
        assert _summary(exact, markup) == expected, page
        articles += len(expected) > 200
    assert articles > 60  # articles, not failures or empty summaries


# a paragraph long enough to count (readability's min_text_length is 25) and to be kept
PROSE = "这是一段足够长的正文，用来让评分算法把它当作文章的一部分，并且它有逗号，还有句号。" * 3


@pytest.mark.parametrize(
    "body",
    [
        # divs whose child is a block tag the pattern finds by prefix (<p... matches <param>, <picture>, <path>), by
        # case, inside an inline child, or only in a grandchild; a tag the pattern does not find (<tbody>, <dd>)
        f"<div><param name=a><span>{PROSE}</span></div><div><picture></picture>{PROSE}</div>",
        f"<div><svg><path d='M0'/></svg>{PROSE}</div><div><PRE>{PROSE}</PRE></div><div><Img src=a.png>{PROSE}</div>",
        f"<div><dd>{PROSE}</dd></div><div><table><tbody><tr><td>{PROSE}</td></tr></tbody></table></div>",
        f"<div><span><p>{PROSE}</p></span></div><div><b><div>{PROSE}</div></b>tail {PROSE}</div>",
        f"<div><blockquote>{PROSE}</blockquote><dl><dt>a</dt></dl><ol><li>{PROSE}</li></ol><ul><li>x</li></ul></div>",
        # the pattern in text or an attribute, not in a tag; a tag lxml writes otherwise (a prefix, non-ASCII)
        f"<div><span title='<p>'>{PROSE}</span> &lt;div&gt; &lt;p {PROSE}</div><div><svg:p>{PROSE}</svg:p></div>",
        f"<div><p中>{PROSE}</p中></div><div><p-x>{PROSE}</p-x></div><div><o:p>{PROSE}</o:p>{PROSE}</div>",
        # a tag that lost its ">": an attribute named "<div" or "<img", written raw in the serialisation (review s39 R5)
        f"<div><a href='/x' <div>{PROSE}</a></div><div><span x=1 <img src=a.png>{PROSE}</span></div>",
        # tags the pattern finds only ignoring case beyond ASCII (a dotless i, the Kelvin sign): serialised escaped
        f"<div><d\u0131v>{PROSE}</d\u0131v></div><div><bloc\u212aquote>{PROSE}</bloc\u212aquote></div>",
        f"<div><\u0130mg src=a>{PROSE}</div><div><span>{PROSE}</span></div>",
        # clean()'s three patterns: a run of 255 blanks and more, line breaks among blanks, tabs and double spaces
        f"<div><p>{PROSE}{' ' * 300}{PROSE}</p><p>{PROSE}\n \n\t{PROSE}</p><p>{PROSE}\u3000\u3000\xa0  \t{PROSE}</p></div>",
        f"<div><p>{PROSE}{chr(0x2003) * 260}\n{PROSE}</p><p><a href=a>{PROSE}</a>{PROSE}</p></div>",
        # a paragraph that is blanks between two words: 255 and more (not spaces or tabs) become one space
        "<div><p>短" + "\u3000" * 300 + "句</p></div><div><p>短" + "\u3000" * 254 + "句</p></div>",
        # class and id: empty, one of them, the unlikely ones (kept inside a <pre>, or holding an <article>)
        f"<div class='' id=''><p>{PROSE}</p></div><div class=comment><p>{PROSE}</p></div>"
        f"<div id=sidebar><article><p>{PROSE}</p></article></div><pre><span class=footer>{PROSE}</span></pre>"
        f"<div class='main comment'><p>{PROSE}</p></div><div class=' '><p>{PROSE}</p></div>",
        # sanitize's branches: headings with links, a call to action, forms, a video iframe and another, lists of
        # links, an empty block between long ones, images
        f"<h2 class=comment>h</h2><h3><a href=x>all links</a></h3><p>Subscribe <a href=s>now</a></p>"
        f"<form><p>{PROSE}</p></form><iframe src='https://www.youtube.com/embed/x'></iframe><iframe src=x></iframe>"
        f"<ul><li><a href=a>{PROSE}</a></li></ul><div><p>{PROSE * 4}</p></div><div></div><div><p>{PROSE * 4}</p></div>"
        f"<div><img src=a><img src=b><img src=c><p>x</p></div><table><tr><td>{PROSE}</td></tr></table>",
        # too little for the ruthless pass: readability's second, lenient parse
        "<div class=comment><p>short</p></div><p>tiny</p>",
    ],
)
def test_hostile_pieces_give_the_same_article(body: str) -> None:
    own, exact = _classes()
    markup = f"<html><head><title>t</title></head><body><article>{body}<p>{PROSE}</p></article></body></html>"
    expected = _summary(own, markup)
    assert _summary(exact, markup) == expected
    bare = f"<html><body>{body}</body></html>"  # no <article> around it: readability's own choice of block
    assert _summary(exact, bare) == _summary(own, bare)


def test_debug_lines_are_the_same_when_logged() -> None:
    own, exact = _classes()
    page = _pages()[7].read_bytes().decode("utf-8", errors="replace")
    body = f"<html><body><div class=comment><p>{PROSE}</p></div><div id=x><div></div><p>{PROSE}</p></div></body></html>"

    class Lines(logging.Handler):  # on readability's own logger: html._quiet_readability stops it propagating
        def __init__(self) -> None:
            super().__init__(logging.DEBUG)
            self.lines: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.lines.append(record.getMessage())

    parent, logger = logging.getLogger("readability"), logging.getLogger("readability.readability")
    was = parent.disabled, logger.disabled, logger.level
    parent.disabled = logger.disabled = False
    logger.setLevel(logging.DEBUG)
    lines = {}
    try:
        for cls in (own, exact):
            handler = Lines()
            logger.addHandler(handler)
            try:
                for markup in (page, body):
                    _summary(cls, markup)
            finally:
                logger.removeHandler(handler)
            lines[cls] = handler.lines
    finally:
        parent.disabled, logger.disabled = was[:2]
        logger.setLevel(was[2])
    assert len(lines[own]) > 20  # the lines the subclass formats only when logged: there, and the same
    assert any(line.startswith("Branch") for line in lines[own])
    assert any(line.startswith("Not removing") for line in lines[own])
    assert lines[exact] == lines[own]


def test_another_readability_keeps_its_own_methods(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release whose module differs from 0.9's (a digest of its file), a Document whose method was replaced at run
    time, or a module whose file cannot be read: readability's own methods, never the copies."""
    own, _exact = _classes()
    assert readability_exact.exact_document(own) is not own
    from readability.readability import Document

    def sanitize(self, node, candidates, keep_all_images=False):  # another library's patch
        return "changed"

    monkeypatch.setattr(Document, "sanitize", sanitize)
    assert readability_exact.exact_document(own) is own
    monkeypatch.undo()
    assert readability_exact.exact_document(own) is not own
    monkeypatch.setattr(readability_exact, "_MADE_FROM", "0" * 64)  # a newer release's file
    assert readability_exact.exact_document(own) is own
    monkeypatch.undo()
    monkeypatch.setattr(readability_exact, "source_digest", lambda: None)  # no file to read (a zipped install)
    assert readability_exact.exact_document(own) is own
