"""EPUB (.epub): one briefing per chapter.

Why per chapter: an EPUB that reaches an analyst is a periodical issue or a report
collection far more often than a novel, and its chapters are articles, each with its
own title, figures and topics; one briefing per book would bury them in one list row
and one search hit. A chapter of a report book is still a readable unit. Chapters
with little text (a cover, a table of contents, a copyright page) are skipped; a book
of one real chapter is one briefing with the file's own id. The book's dc:publisher
and dc:date are every chapter's source and date hints (a chapter's own dateline wins).

The spine gives the order; XHTML goes through the HTML path. The zip is checked
for size and entry count first; the package XML is parsed without entities or
network access.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from typing import Any

from ..model import Problem
from .formats import Part, open_zip, read_member

MAX_CHAPTERS = 500
MIN_CHAPTER = 120  # characters of text: below, a cover or a contents page


def _xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    return etree.fromstring(data, parser)


def _text(xhtml: str) -> str:
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>|<[^>]+>", "", xhtml)
    return "".join(body.split())


def _text_len(xhtml: str) -> int:
    return len(_text(xhtml))


# a sentence: a cover or a contents page has none; a short chapter of a short book does (tester s16 X6)
_SENTENCE = re.compile(r"[\u3400-\u9fff][^。！？!?]{4,}[。！？!?]")


def _toc_labels(zf: Any, opf: Any, manifest: Any, base: str) -> dict[str, str]:
    """Chapter titles from the table of contents (EPUB 3 nav, else EPUB 2 NCX), by
    the chapter's path: the title of a chapter whose page has no heading."""
    labels: dict[str, str] = {}
    nav = next((el for el in manifest.values() if "nav" in (el.get("properties") or "").split()), None)
    ncx = next((el for el in manifest.values() if el.get("media-type") == "application/x-dtbncx+xml"), None)
    for item, is_nav in ((nav, True), (ncx, False)):
        if item is None or labels:
            continue
        path = posixpath.normpath(posixpath.join(base, item.get("href", "")))
        raw = read_member(zf, path)
        root = _xml(raw) if raw else None
        if root is None:
            continue
        here = posixpath.dirname(path)
        if is_nav:
            pairs = [(a.get("href", ""), " ".join("".join(a.itertext()).split())) for a in root.iter("{*}a")]
        else:
            pairs = [
                (
                    p.find(".//{*}content").get("src", "") if p.find(".//{*}content") is not None else "",
                    " ".join("".join(p.find(".//{*}navLabel").itertext()).split())
                    if p.find(".//{*}navLabel") is not None
                    else "",
                )
                for p in root.iter("{*}navPoint")
            ]
        for href, label in pairs[: MAX_CHAPTERS * 2]:
            target = posixpath.normpath(posixpath.join(here, href.split("#")[0])) if href else ""
            if target and label and target not in labels:
                labels[target] = label[:200]
    return labels


def read_epub(data: bytes) -> list[Part]:
    fail = Part(format="epub")
    zf, problem = open_zip(data, "EPUB book")
    if problem is not None:
        fail.problems.append(problem)
        return [fail]
    try:
        container = read_member(zf, "META-INF/container.xml")  # type: ignore[arg-type]
        root = _xml(container) if container else None
        opf_path = ""
        if root is not None:
            for el in root.iter("{*}rootfile"):
                opf_path = el.get("full-path", "")
                break
        opf_data = read_member(zf, opf_path) if opf_path else None  # type: ignore[arg-type]
        opf = _xml(opf_data) if opf_data else None
        if opf is None:
            fail.problems.append(Problem("corrupt", "not a readable EPUB book (no package document)"))
            return [fail]
        meta = {}
        for field in ("title", "publisher", "creator", "date"):
            el = next(iter(opf.iter("{http://purl.org/dc/elements/1.1/}" + field)), None)
            if el is not None and (el.text or "").strip():
                meta[field] = " ".join(el.text.split())
        manifest = {el.get("id"): el for el in opf.iter("{*}item")}
        base = posixpath.dirname(opf_path)
        labels = _toc_labels(zf, opf, manifest, base)
        chapters: list[Part] = []
        read: set[str] = set()
        for ref in opf.iter("{*}itemref"):
            item = manifest.get(ref.get("idref"))
            if item is None or "html" not in (item.get("media-type") or ""):
                continue
            href = posixpath.normpath(posixpath.join(base, item.get("href", "")))
            if href in read:  # a spine listing one page 4,000 times made 500 briefings of it (86 s)
                continue
            read.add(href)
            raw = read_member(zf, href)  # type: ignore[arg-type]
            if raw is None:
                continue
            from .decode import decode_bytes

            text = decode_bytes(raw).text or ""
            letters = _text(text)
            if len(letters) < MIN_CHAPTER and not _SENTENCE.search(letters):
                continue
            key = hashlib.sha1(href.encode("utf-8", "surrogatepass")).hexdigest()[:8]
            chapters.append(
                Part(
                    format="epub",
                    key=key,
                    body=text,
                    html=True,
                    hints={"source": meta.get("publisher") or meta.get("creator", ""), "date": meta.get("date", "")},
                )
            )
            if href in labels:  # the contents' label: the title of a chapter with no heading of its own
                own = re.search(r"<h[1-3]\b|<title>\s*[^<\s]", text, re.IGNORECASE)
                (chapters[-1].fallback if own else chapters[-1].hints)["title"] = labels[href]
            if len(chapters) >= MAX_CHAPTERS:
                chapters[-1].problems.append(
                    Problem("truncated", f"more than {MAX_CHAPTERS} chapters: the rest not read")
                )
                break
    finally:
        zf.close()  # type: ignore[union-attr]
    if not chapters:
        fail.problems.append(Problem("empty", "an EPUB book with no chapter of text"))
        return [fail]
    if len(chapters) == 1:
        chapters[0].key = ""
        chapters[0].hints.setdefault("title", meta.get("title", ""))
    for c in chapters:
        c.fallback.setdefault("title", meta.get("title", ""))
        c.units = 1
    return chapters
