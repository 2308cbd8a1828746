"""A compilation: many articles in one Markdown text, each under a heading of its own with its day on a line below it
("## 中大研究院逾七十項課程招生" / "**Date:** 1993-01-02" / "### Content" / the release; a press office's archive cut
into yearly parts, dev-retired37 s40h_07/08). Read as one document, every release after the first was lost in the
first one's text and the title was the first headline.

What decides is the structure, never a heading's words: two or more headings of one level, EVERY one of them followed
within its first lines by a line that is a day (alone, or after a short label: "Date:", "日期：", "发布时间："), and
every section holding prose of its own. A single article's dated sub-headings fail it (a chapter heading over "第一条…",
a kicker over a headline over a byline: dev s9_14, s9_37, 26_shanghai_port), as does a timeline with some sections
undated: precision first, a false split loses an article's text. Bounded: one pass over the lines, at most
MAX_SECTIONS sections, each heading's first lines only looked at for its day.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .feed import MAX_ENTRIES as MAX_SECTIONS  # (a file's entries, whatever holds them)

SECTIONS_MIN = 2
DATE_LINES = 3  # non-blank lines under a heading where its day must stand
TEXT_MIN = 40  # characters of a section's own text
PROSE_MIN = 10  # characters of a sentence above the first article that make the file one document
_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.{0,300}?)[ \t#]*$")
HEADING_MAX = 320  # characters of a line read as a heading (its headline is at most 300): a longer line is none, and
# is never matched (the lazy headline would read the rest of the line once per length: review s44 R5)
DATE_LINE_MAX = 120  # characters of a line read as a day's line (a label, a day, markup)
# a day's line: the markup of emphasis, a quote's ">", a list's "-" around it, then a short label and its colon, or none
_DATE_LINE = re.compile(r"^[\s>*_\-]*(?:([^:：\n]{1,16}?)[*_]*\s*[:：][*_\s]*)?(.{6,40}?)[*_\s]*$")
_FIELD_LINE = re.compile(r"^[\s>*_\-]*[^:：\n。，]{1,16}?[*_]*\s*[:：]")
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")
_LABEL_WORDS = re.compile(r"date|time|day|published|posted|日期|时间|時間|日|发布|發布|发表|發表", re.IGNORECASE)


def sections(text: str, is_date: Callable[[str], bool]) -> list[tuple[str, str, str]] | None:
    """(headline, day as written, the section's Markdown without its day's line) for each article of a compilation
    (see above), else None; at most MAX_SECTIONS + 1 (one past says there are more). ``is_date``: whether a value is
    a plausible day (roles.is_date)."""
    if "#" not in text:
        return None
    lines = text.split("\n")
    heads: list[tuple[int, int, str]] = []  # (line, level, headline)
    for n, line in enumerate(lines):
        if line[:1] == "#" and (m := _heading(line)):
            if len(heads) > 4 * MAX_SECTIONS:
                lines = lines[:n]  # (the rest not read: a section more than the cap says so)
                break
            heads.append((n, len(m[1]), m[2].strip()))
    if len(heads) < SECTIONS_MIN:
        return None
    # the level of the articles: the highest level holding two headings or more, each dated (see above)
    for level in sorted({lv for _, lv, _ in heads}):
        mine = [(n, h) for n, lv, h in heads if lv == level]
        if len(mine) < SECTIONS_MIN:
            continue
        if _prose(lines[: mine[0][0]]):
            return None  # a lead paragraph above the first dated section: one document (a chronicle, a timeline)
        found = _read(lines, heads, level, mine[: MAX_SECTIONS + 1], is_date)
        if found is not None:
            return found
        return None  # (a level of several headings not all dated: a document's own sections, no compilation)
    return None


def _prose(lines: list[str]) -> bool:
    """Do these lines hold a sentence of their own (not a heading, not a "label: value" field)? A compilation has at
    most a container heading above its first article ("# Articles Compilation 1993 - Part 1"); a chronicle (大事记)
    or a timeline whose entries are each dated has its own heading and lead paragraph there, and is one document:
    split, that lead would be in no article (review s44 R7; precision first)."""
    own = _own_text(lines)
    return len(own) >= PROSE_MIN and _SENTENCE_END.search(own) is not None


def _own_text(lines: list[str]) -> str:
    """The lines' own text, joined: no headings and no "label: value" field lines (the one test of both the prose
    above a compilation's first article and each article's own text)."""
    return "".join(line.strip() for line in lines if not _heading(line) and not _FIELD_LINE.match(line[:200]))


def _heading(line: str) -> re.Match[str] | None:
    return _HEADING.match(line.rstrip("\r")) if len(line) <= HEADING_MAX else None


def _read(
    lines: list[str],
    heads: list[tuple[int, int, str]],
    level: int,
    mine: list[tuple[int, str]],
    is_date: Callable[[str], bool],
) -> list[tuple[str, str, str]] | None:
    ends: dict[int, int] = {}
    open_: int | None = None
    for m, lv, _ in heads:  # (one pass: a section ends at the next heading of its level or above)
        if open_ is not None and lv <= level:
            ends[open_], open_ = m, None
        if lv == level:
            open_ = m
    if open_ is not None:
        ends[open_] = len(lines)
    out: list[tuple[str, str, str]] = []
    for n, headline in mine:
        body = lines[n + 1 : ends[n]]
        day, at = "", -1
        seen = 0
        for k, line in enumerate(body):
            if not line.strip():
                continue
            seen += 1
            if seen > DATE_LINES:
                break
            m = _DATE_LINE.match(line.rstrip("\r")) if len(line) <= DATE_LINE_MAX else None
            if m and (not m[1] or _LABEL_WORDS.search(m[1])) and is_date(m[2]):
                day, at = m[2].strip(), k
                break
        if at < 0:
            return None
        rest = [line for k, line in enumerate(body) if k != at]
        # its own text: prose, no headings and no "label: value" lines (a scraped page's "> 来源: …", "> 截止时间: …"
        # block under its <title> heading is the page's fields, and the same notice's <h1> below it no second
        # article: dev s37_04)
        own = _own_text(rest)
        if len(own) < TEXT_MIN or not _SENTENCE_END.search(own):
            return None
        out.append((headline, day, "\n".join(rest).strip("\n")))
    return out
