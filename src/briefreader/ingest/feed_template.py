"""The furniture a feed's software and a site's template print into every entry's body: a templated meta line or
footer (templated_lines, below), and the back-link paragraph an entry closes with (without_self_link, at the end).

A site's page template puts the same line at the top or the foot of each article ("时间：2024-07-30 浏览：10 设置",
"2024-08-05 发布者：胡非 访问次数：10", a blog platform's "posted @ 2025-12-23 20:53 作者 阅读(16) 评论(0) 收藏 举报",
a list's "书托邦 1.2万"), and a feed made from those pages carries it in each item. One such line names no pattern
we could list (its labels are the site's, its counts and names change from item to item), but within one feed it is
plain to see: the same line, its numbers aside, at the same edge of many items. What varies in it is the item's own
(its date, a count, a poster's name); what recurs is the template's (labels, buttons).

Read so by structure only: a line at an entry's start or end (EDGE_LINES) whose words, digits masked, recur at that
edge of many entries (TEMPLATE_SHARE of its words, in SHARED_SHARE of the entries, 3 at least), that holds a count
(a number that is no date, time or address) and is no sentence. A line every entry repeats word for word with no
count (a signature, "研究生培养处"; a source line, "来源：…") is no business of this module: it is the entry's text
or metadata's to read. The templated line goes; what it says of its entry (its date, when it gives the year; its
source, "来源：…") is put first in the entry, where metadata reads a date line, so its date and source are kept and
its counters, buttons and posters' names go. (dev s42f_01/09
XinArkh, s42f_11/16 pharaoh2012/rssfetch, s19_13 bjnews list feed; tests/core/test_feed_template.py)
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from typing import NamedTuple

from .patterns import ALL_SOURCE_LABELS

EDGE_LINES = 3  # lines of text at each end of an entry looked at
EDGE_WINDOW = 4000  # characters of each end of an entry's markup looked at
TEMPLATE_LINE_MAX = 120  # characters of a templated line's text (a meta line, a footer; not a paragraph)
TEMPLATE_SHARE = 0.6  # of a line's word characters in words that recur at its edge, for it to be the template's
SHARED_ENTRIES_MIN = 3  # entries that hold a word at an edge for it to recur
SHARED_SHARE = 0.3  # ... and this share of the entries with text

# where a line of markup ends (a line break in HTML is a space: only a block's edge ends a line)
_BLOCK = re.compile(
    r"<(?:br|hr|/?(?:p|div|section|article|header|footer|aside|li|ul|ol|dl|dt|dd|table|tr|h[1-6]|blockquote|pre"
    r"|center|figure|figcaption))\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^<>]{0,4000}>")
_CELL = re.compile(r"<t[dh]\b[^<>]{0,4000}>", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# a line's words, digits masked: runs between spaces, brackets and separators, a label with its colon
_WORD = re.compile(r"[^\s:：()（）\[\]【】|｜,，;；·]+[:：]?|[:：]")
_SENTENCE = re.compile(r"[。！？!?]")
# the item's own date and time in a templated line, as written: 2024-07-30, 2024/7/30 09:05, 2024年7月30日 9:05,
# 03月08日 21:03, 01-23 11:08, 3天前 (kept for metadata to read, never counted as a count)
_DATE = re.compile(
    # (a day without its year only with "-", "/" or 月日: "1.2万" is a count)
    r"(?<![\d.])(?:(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
    r"|\d{1,2}\s*(?:[-/]\s*\d{1,2}|月\s*\d{1,2}\s*日))(?![\d.])"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"|(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?!\d)"
    r"|\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前"
)
# a number that is a figure, not a tally: a decimal (but a tally's "1.2万", "3.5k"), a share, an amount, a measure
_FIGURE = re.compile(
    r"\d[.．]\d+(?!\d|\s*[万萬千kKwW])|\d\s*(?:[%％‰℃°元圆円亿億¥$€£]|美元|港元|港币|人民币|公里|千米|米|吨|公斤|千克|平方)"
    r"|[¥$€£]\s*\d"
)
# a field naming the line's source (patterns.ALL_SOURCE_LABELS, the one table of them), its value up to a space
_SOURCE_FIELD = re.compile(
    rf"(?P<label>{'|'.join(sorted(map(re.escape, ALL_SOURCE_LABELS), key=lambda x: (-len(x), x)))})\s*[:：]\s*"
    r"(?P<value>[^\s:：]{1,40})(?P<glued>[:：])?"
)
# an address's digits are no count ("原文网址：https://blog.udn.com/…/180085085")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S{1,2000}|[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64})+")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*[-/.年]")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
# a line that is one bracketed note: an editor's credit or a closing mark ("（记者 李明）", "（完）", "（来源：…）"),
# the article's own, never a template's counters (阅读(16) 评论(0) are labels with their counts)
_NOTE = re.compile(r"[(（【\[][^()（）【】\[\]]{0,100}[)）】\]]")


def _line_text(markup: str) -> str:
    """A line's text: an inline element's tags part no words ("<span>202</span><span>4</span>年" is 2024年), a
    table's cells do."""
    return " ".join(html.unescape(_TAG.sub("", _CELL.sub(" ", markup))).split())


def _lines(markup: str, offset: int, plain: bool) -> list[tuple[int, int, str]]:
    """(start, end, text) of each line of text in a piece of an entry (offsets into the entry's body)."""
    edges = [m.start() for m in (re.finditer(r"\n", markup) if plain else _BLOCK.finditer(markup))]
    bounds = [0, *edges, len(markup)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if text := _line_text(markup[a:b]):
            out.append((offset + a, offset + b, text))
    return out


def _edges(body: str, plain: bool) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """An entry's first and last EDGE_LINES lines (never the same line twice)."""
    head = _lines(body[:EDGE_WINDOW], 0, plain)[:EDGE_LINES]
    start = max(0, len(body) - EDGE_WINDOW)
    tail = _lines(body[start:], start, plain)[-EDGE_LINES:]
    seen = {a for a, _, _ in head}
    return head, [line for line in tail if line[0] not in seen and line[0] >= (head[-1][1] if head else 0)]


def _words(text: str) -> list[str]:
    return _WORD.findall(_DIGITS.sub("#", _ADDRESS.sub(" ", text)))


def _source_fields(markup: str) -> list[str] | None:
    """The line's source fields ("来源：杭州市发改委" in "发布时间：… 来源：杭州市发改委 浏览次数：12"), each as
    label and value, for metadata to read as it read them in the line; None when a value's end is not plain (glued to
    the next field's label: "来源：杭州市发改委浏览次数：12"), [] when the line names no source."""
    from ..hanzi import to_simplified

    spaced = to_simplified(" ".join(html.unescape(_TAG.sub(" ", _CELL.sub(" ", markup))).split()))
    fields = []
    for m in _SOURCE_FIELD.finditer(spaced):
        if m["glued"]:
            return None
        fields.append(f"{m['label']}：{m['value']}")
    return fields


def _has_count(text: str) -> bool:
    """Does a line hold a count (浏览：10, 阅读(16), 1.2万: a number that is no date, time or address) and no figure
    (a decimal, a share, an amount, a measure: "上证指数 3250.12 涨0.52%", "气温 12℃" recur in a data feed's items
    and are their text, never a template's)?"""
    rest = _TIME.sub(" ", _DATE.sub(" ", _ADDRESS.sub(" ", text)))
    return bool(_DIGITS.search(rest)) and not _FIGURE.search(rest)


class Span(NamedTuple):
    start: int  # of the templated line in the entry's body
    end: int
    kept: str  # what the line says of its entry for metadata: its date and time, its source ("" when nothing)


def templated_lines(bodies: list[str], plain: list[bool] | None = None) -> list[list[Span]]:
    """For each of a feed's entries, its templated lines (see the module); [] for an entry with none."""
    plain = plain or [False] * len(bodies)
    # (a body's text told without copying it: a feed of 2,000 entries of 1 MB each)
    edges = [_edges(b, p) if b and not b.isspace() else ([], []) for b, p in zip(bodies, plain, strict=True)]
    having = sum(1 for b in bodies if b and not b.isspace())
    need = max(SHARED_ENTRIES_MIN, math.ceil(having * SHARED_SHARE))
    out: list[list[Span]] = [[] for _ in bodies]
    if having < SHARED_ENTRIES_MIN:
        return out
    for side in (0, 1):
        # (a word counted once per entry: at this edge of how many entries it stands)
        counts: Counter[str] = Counter()
        for found in edges:
            counts.update({w for _, _, text in found[side] if len(text) <= TEMPLATE_LINE_MAX for w in _words(text)})
        shared = {w for w, n in counts.items() if n >= need}
        if not shared:
            continue
        for i, found in enumerate(edges):
            for start, end, text in found[side]:
                if len(text) > TEMPLATE_LINE_MAX:  # (a paragraph, never a template's line: nor its words counted)
                    continue
                words = _words(text)
                total = sum(len(w) for w in words)
                if (
                    not total
                    or _SENTENCE.search(text)
                    or _NOTE.fullmatch(text.strip())
                    or not _has_count(text)
                    or sum(len(w) for w in words if w in shared) < TEMPLATE_SHARE * total
                ):
                    continue
                # (a date with its year: a day without one, "01-23 11:08", is no date metadata can read)
                dated = [m[0].strip() for m in _DATE.finditer(text) if _YEAR.match(m[0])]
                sources = _source_fields(bodies[i][start:end])
                if sources is None:
                    continue  # (a source named in it, but not where its value ends: the line is left to metadata)
                out[i].append(Span(start, end, " ".join([*dated, *sources])))
    return out


def templated_body(
    body: str, spans: list[Span], plain: bool = False, cut: int | None = None, dates: bool = True
) -> str:
    """The body without its templated lines, cut at ``cut`` when given (where the entry's own text ends: feed_tails
    of the bodies without them, ``dates`` False); what each line said of its entry (Span.kept: its date, its source)
    kept as a line of its own at the entry's start, where a cut of the entry's end cannot take it."""
    for span in sorted(spans, reverse=True):
        body = body[: span.start] + ("" if plain else "<p></p>") + body[span.end :]
    if cut is not None:
        body = body[:cut]
    if not dates:
        return body
    # (all at the entry's start, where metadata reads a date line first and takes it out of the text: a date line
    # under the text may go with a closing notice the cleaning cuts, "转载请注明原文链接：…" and all under it)
    lines = "".join((f"{s.kept}\n" if plain else f"<p>{html.escape(s.kept)}</p>") for s in spans if s.kept)
    return lines + body


# The back-link a feed's software closes an entry with: a short last paragraph that links to the entry's own address
# ("The post <a href=…>its title</a> appeared first on <a>the blog</a>.": Yoast's footer under every entry of a
# WordPress feed; "本文链接：<a href=…>…</a>", "<a href=…>阅读全文</a>"). An entry pointing at itself says nothing
# of its own. What the paragraph IS decides (a link to the entry's own address, a paragraph's length, the entry's text
# above it), not its words: it holds in whatever language the generator is set to.
SELF_LINK_BLOCK_MAX = 200  # characters of the closing paragraph's text
SELF_LINK_ABOVE_MIN = 32  # letters of the entry's own text above it
SELF_LINK_WINDOW = 4000  # characters of the entry's end looked at
_BLOCK_START = re.compile(r"<(?:p|div|section|footer|blockquote|li|h[1-6]|br|hr)\b", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"'<>]{1,2000})["']""", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_ANCHOR = re.compile(r"<a\b([^<>]{0,2000})>(.{0,2000}?)</a\s*>", re.IGNORECASE | re.DOTALL)


def _address(url: str) -> str:
    """An address as two spellings of one page share it: no scheme, "www.", fragment or closing slash."""
    url = html.unescape(url).strip().split("#", 1)[0]
    url = re.sub(r"^(?:https?:)?//(?:www\.)?", "", url, flags=re.IGNORECASE)
    host, _, rest = url.partition("/")
    return f"{host.lower()}/{rest}".rstrip("/")


def without_self_link(body: str, link: str, title: str = "") -> str:
    """An entry's body without its closing back-link paragraph (see SELF_LINK_BLOCK_MAX), else as it is. The link
    back is the entry pointing at itself by its own name: its anchor is the entry's title or its address ("The post
    <a>TITLE</a> appeared first on …", "本文链接：<a>URL</a>"); a line that links the article under another name is the
    entry's word (an aggregator's "来源：<a>新华网</a>", a dateline's "<a>原文</a>", a link blog's commentary:
    review s31 R1, R2). Each block's markup is read once, from the end (R10: empty closing blocks re-read the tail)."""
    if not link or "href" not in body[-SELF_LINK_WINDOW:].lower() or "<" not in body:
        return body
    own = _address(link)
    if own.count("/") < 1:
        return body  # (a site's home page is no entry's own address)
    named = " ".join(html.unescape(title).split())
    offset = max(0, len(body) - SELF_LINK_WINDOW)
    end = len(body)
    for start in reversed([m.start() for m in _BLOCK_START.finditer(body, offset)]):
        text = " ".join(html.unescape(_ANY_TAG.sub(" ", body[start:end])).split())
        if not text:
            end = start  # an empty block closing the markup: the paragraph is above it
            continue
        if len(text) > SELF_LINK_BLOCK_MAX:
            return body
        backs = (
            m
            for m in _ANCHOR.finditer(body, start, end)
            if (href := _HREF.search(m[1])) is not None and _address(href[1]) == own
        )
        if not any(
            (words := " ".join(html.unescape(_ANY_TAG.sub(" ", m[2])).split()))
            and (words == named or _address(words) == own)
            for m in backs
        ):
            return body
        above = body[:start]
        if sum(ch.isalnum() for ch in _ANY_TAG.sub("", above)) < SELF_LINK_ABOVE_MIN:
            return body  # the back-link is all the entry says: kept
        return above.rstrip()
    return body
