"""PDF: the text layer in reading order, with PDFium (pypdfium2).

PDFium gives the page's text runs ("rects": one run of a line, split where a column
gutter or a font change falls) with their boxes and font sizes. From them:
columns (a vertical gutter no run crosses, with runs on both sides), the running
header, footer and page number (lines in the page margins that repeat on other
pages, or are only a number), and paragraphs rebuilt from lines (a line that reaches
the column's right edge and the next not indented continues: a CJK line carries no
hyphen or space, so its end says nothing by itself). The first page gives the title
(the largest type that is not the 红头 issuer line "…文件") and the issuer; the
document's own metadata is used only where the page gives nothing, since it is
mostly what the authoring tool wrote ("Microsoft Word - 文档1").
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model import Problem
from ..punct import HAN, SENTENCE_OR_CLAUSE_END
from .formats import ISSUER_LINE as _ISSUER_LINE
from .formats import Part

MAX_PAGES = 1000  # a briefing has tens; a scanned book of thousands is read in part, said
MAX_CHARS = 3_000_000  # text kept from one PDF (a 1000-page report is ~1.5 M characters)
MAX_PAGE_CHARS = 20_000  # one page of dense small type has ~5,000
# PDFium is not thread-safe, and the reader opens documents from a worker thread
# while the library may ingest in another: one document at a time per process.
_LOCK = threading.Lock()
_MARGIN = 0.09  # share of the page height at top and bottom where running heads live
_BAND = 0.2  # how far in a letterhead or a running head at a fixed height may reach
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—~·•|]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?|"
    r"[ivxlcdm]{1,6}|page\s*\d+(?:\s*of\s*\d+)?|\d+\s*of\s*\d+)[\s\-–—~·•|]*$",
    re.IGNORECASE,
)
# a footer's or header's page mark with the total: the line that holds it is the page's furniture, whatever else it
# says ("请务必仔细阅读正文之后的各项信息披露与声明 第 26 页 共 29 页 简单金融 成就梦想", dev s29_14: one page, so no
# repetition across pages tells it)
_PAGE_OF = re.compile(r"第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|\bpage\s*\d+\s*of\s*\d+\b", re.IGNORECASE)
_TERMINAL = "。！？!?；;：:…」』”）)】"
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
# hanzi (with the Kangxi and CJK radicals some fonts map 車 and 見 to) and CJK punctuation
_HAN = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20]")
_LEADER = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|．{4,})\s*\d{1,4}\s*$")  # "甲、總述 ........ 1"
_NAME = re.compile(r"[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z&·\s]{1,15}")  # no digit, no punctuation
_SOFT_SPACE = "\x00"  # a space between hanzi that is only the typesetter's (never in a PDF's text: PDFium drops NUL)
_DOC_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
# a web page printed to PDF by a browser or a page renderer (Creator "Mozilla/5.0 …", "Chromium", "wkhtmltopdf 0.12.6";
# Producer "Skia/PDF m115"): its CreationDate is the day someone printed the page, never the page's own (dev s41_05: a
# post printed in 2023 showed as of that day; the page's own day, when it shows one, is read from its text)
_PRINTED_PAGE = re.compile(r"wkhtmltopdf|Chromium|Chrome/|HeadlessChrome|Mozilla/|Skia/PDF|PhantomJS|Puppeteer", re.I)
_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint)\s*-|untitled|无标题|文档\d*$)|\.(?:docx?|wps|pdf|txt)$", re.IGNORECASE
)


@dataclass(slots=True)
class _Line:
    page: int
    x0: float
    y0: float  # PDF space: y grows upwards
    x1: float
    y1: float
    text: str
    size: float
    column: int = 0  # 0 full width, 1 left, 2 right
    block: int = 0  # a run of columns between full-width lines
    cells: bool = False  # runs far apart on one line: a table row, a line of its own
    ocr: bool = False  # an OCR layer's invisible text: its type size is an estimate from the scan
    running: bool = False  # a running head kept once (a letterhead's name): never the title


def read_pdf(data: bytes) -> list[Part]:
    import time

    import pypdfium2 as pdfium

    from . import pdfcache  # a big PDF's text kept between reads (tester s15 P1; pdfcache s16)

    kept = pdfcache.get(data)
    if kept is not None:
        return kept
    start = time.monotonic()
    with _LOCK:
        parts = _open(pdfium, data)
    if time.monotonic() - start >= pdfcache.MIN_SECONDS:
        pdfcache.put(data, parts)
    return parts


def _open(pdfium, data: bytes) -> list[Part]:
    part = Part(format="pdf")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            part.problems.append(
                Problem("encrypted", "an encrypted PDF (it needs a password): save an unprotected copy to read it")
            )
        else:
            part.problems.append(Problem("corrupt", f"not a readable PDF ({_reason(msg)})"))
        return [part]
    try:
        return [_read(pdf, part)]
    except pdfium.PdfiumError as exc:  # a page PDFium cannot load mid-way
        part.problems.append(Problem("corrupt", f"a damaged PDF ({_reason(str(exc))})"))
        return [part]
    finally:
        pdf.close()


def _reason(msg: str) -> str:
    m = re.search(r"PDFium: ([^)]+)", msg)
    return (m[1] if m else msg)[:120]


def _read(pdf, part: Part) -> Part:
    import pypdfium2.raw as raw

    total = len(pdf)
    pages: list[list[_Line]] = []
    heights: list[float] = []
    scanned: set[int] = set()  # pages without text that show a picture
    chars = 0
    tagged = bool(raw.FPDFCatalog_IsTagged(pdf.raw))  # Word and WPS tag by default
    for i in range(min(total, MAX_PAGES)):
        page = pdf[i]
        try:
            width, height = page.get_size()
            tp = page.get_textpage()
            try:
                lines = _page_lines(tp, raw, i, width, _artifacts(page, raw) if tagged else [])
            finally:
                tp.close()
            if not lines and _has_image(page, raw):
                scanned.add(i)
        finally:
            page.close()
        pages.append(lines)
        heights.append(height)
        chars += sum(len(ln.text) for ln in lines)
        if chars > MAX_CHARS:
            part.problems.append(
                Problem(
                    "truncated", f"more than {MAX_CHARS:,} characters: only the first {i + 1} of {total} pages are read"
                )
            )
            break
    else:
        if total > MAX_PAGES:
            part.problems.append(Problem("truncated", f"{total} pages: only the first {MAX_PAGES} are read"))
    heads = _drop_running_heads(pages, heights)  # a scanner's "Page 1" is no text layer either
    if not any(pages):
        if scanned:
            part.problems.append(
                Problem(
                    "no_text_layer",
                    "a PDF without a text layer (a scan or images "
                    "of text): run OCR on it (e.g. ocrmypdf) to read it here",
                )
            )
        else:
            part.problems.append(Problem("empty", "a PDF with no text and no images"))
        return part
    blank = [n + 1 for n, lines in enumerate(pages) if not lines and n in scanned]
    if blank:
        shown = ", ".join(map(str, blank[:10])) + ("…" if len(blank) > 10 else "")
        part.problems.append(
            Problem(
                "truncated", f"{len(blank)} of {len(pages)} pages have no text layer (scanned?): page {shown} not read"
            )
        )
    sample = "".join(ln.text for p in pages[:20] for ln in p)
    odd = sum(1 for ch in sample if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd" or ord(ch) < 32)
    if odd > 0.3 * len(sample):
        part.problems.append(
            Problem(
                "no_text_layer",
                "the PDF's text layer is unreadable (fonts without a "
                "Unicode map): run OCR on it (e.g. ocrmypdf --force-ocr) to read it here",
            )
        )
        return part
    meta = pdf.get_metadata_dict(skip_empty=True)
    first = pages[0] if pages[0] else next(p for p in pages if p)
    body_size = _median_size(pages)
    title_lines, issuer = _first_page(first, body_size)
    notes = _footnotes(pages, heights, body_size)
    paragraphs = _paragraphs(
        [ln for p in pages for ln in p if ln not in title_lines and not (issuer and ln.text == issuer[1])], body_size
    )
    paragraphs += _paragraphs(notes, body_size)  # after the text, as endnotes
    title = "".join(ln.text.strip() for ln in title_lines)
    part.body = "\n".join(([title] if title else []) + paragraphs)
    part.hints = {"title": title, "source": issuer[0] if issuer else ""}
    # an e-paper's running head over every page ("人民日报 2025年12月9日星期二"): the paper and its day, read by
    # metadata below any date line of the text (and above the file's CreationDate, the day it was made: tester s19
    # T18). Only a head holding a whole day, the first page's first.
    if dated := next((h for h in heads if re.search(_DAY, h)), ""):
        part.hints["running_head"] = dated
    meta_title = " ".join(str(meta.get("Title", "")).split())
    if meta_title and not _JUNK_TITLE.search(meta_title) and len(meta_title) >= 4:
        part.fallback["title"] = meta_title
    printed = _PRINTED_PAGE.search(f"{meta.get('Creator', '')} {meta.get('Producer', '')}")
    if not printed and (m := _DOC_DATE.match(str(meta.get("CreationDate", "")))):
        try:
            part.fallback["date"] = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        except ValueError:
            pass
    author = " ".join(str(meta.get("Author", "")).split())
    if author and _CJK.search(author) and len(author) <= 30:
        part.fallback["author"] = author  # a person as often as an outlet: never the source
    part.units = len(pages)
    return part


def _artifacts(page, raw) -> list[tuple[float, float, float, float]]:
    """The boxes of text a tagged PDF marks as /Artifact: running heads, page
    numbers, watermarks. Such a document says what is not content, even on a page
    whose header has no other page to repeat on."""
    import ctypes

    boxes = []
    name = (ctypes.c_ushort * 16)()
    size = ctypes.c_ulong()
    left, b, r, t = (ctypes.c_float() for _ in range(4))
    for k in range(min(raw.FPDFPage_CountObjects(page), 5000)):
        obj = raw.FPDFPage_GetObject(page, k)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        for j in range(min(raw.FPDFPageObj_CountMarks(obj), 8)):
            mark = raw.FPDFPageObj_GetMark(obj, j)
            if (
                raw.FPDFPageObjMark_GetName(mark, name, ctypes.sizeof(name), ctypes.byref(size))
                and bytes(name)[: max(0, size.value - 2)].decode("utf-16-le", "replace") == "Artifact"
            ):
                if raw.FPDFPageObj_GetBounds(obj, left, b, r, t):
                    boxes.append((left.value - 1, b.value - 1, r.value + 1, t.value + 1))
                break
    return boxes


def _page_lines(
    tp, raw, page: int, width: float, skip: list[tuple[float, float, float, float]] | None = None
) -> list[_Line]:
    """The page's lines in reading order (columns read one after the other).

    Built from characters, not from PDFium's text runs: a run can span both
    columns when their lines share a baseline. A run ends at a line break, a
    change of baseline, or a gap wider than one and a half characters."""
    import ctypes

    n = min(tp.count_chars(), MAX_PAGE_CHARS)
    text = tp.get_text_range(0, n) if n > 0 else ""
    # PDFium counts a character outside the BMP (𩠌, a rare name's hanzi) as two
    # UTF-16 units, Python as one: the index of each character in PDFium's count
    index, k = [], 0
    for ch in text:
        index.append(k)
        k += 2 if ord(ch) > 0xFFFF else 1
    if k != n:
        return _rect_lines(tp, raw, page, width, skip)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    matrix = raw.FS_MATRIX()
    runs: list[_Line] = []
    cur: _Line | None = None
    for pos, (k, ch) in enumerate(zip(index, text, strict=False)):
        if ch in "\r\n" or ch == "\ufffe":
            cur = None
            continue
        if ch == _SOFT_SPACE:
            continue
        if ch.isspace():
            # a space PDFium made up for the gap a typesetter leaves between CJK and
            # Latin ("2024 年 4 月"): not in the text
            if cur is not None and not (
                raw.FPDFText_IsGenerated(tp, k) == 1
                and (_CJK.match(cur.text[-1:]) or _CJK.match(text[pos + 1 : pos + 2]))
            ):
                cur.text += ch
            continue
        if not raw.FPDFText_GetCharBox(tp, k, left, right, bottom, top):
            continue
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if skip and any(a <= (x0 + x1) / 2 <= c and b <= (y0 + y1) / 2 <= d for a, b, c, d in skip):
            continue  # an artifact: a running head, a page number
        if cur is not None:
            tol = cur.size
            if abs((y0 + y1) / 2 - (cur.y0 + cur.y1) / 2) > 0.6 * tol or x0 > cur.x1 + 1.5 * tol or x0 < cur.x1 - tol:
                cur = None
        if cur is not None and cur.text.endswith(" ") and x0 - cur.x1 < cur.size:
            # a space set between two hanzi closer than a character's width is the
            # typesetter's (justified or letter-spaced type: "審 核 報 告"), not the
            # writer's; kept for now as a mark, so that a run spaced throughout can
            # still be read as such (_unspace)
            body = cur.text.rstrip(" ")
            if _HAN.match(body[-1:]) and _HAN.match(ch):
                cur.text = body + _SOFT_SPACE
        if cur is None:
            angle = raw.FPDFText_GetCharAngle(tp, k)  # checked where a run starts: a slanted
            if 0.05 < angle < 6.23:  # watermark ("内部资料") starts a run at every character
                continue
            size = _font_size(tp, raw, k, matrix) or (y1 - y0) or 10.0
            cur = _Line(page, x0, y0, x1, y1, ch, round(size, 1))
            obj = raw.FPDFText_GetTextObject(tp, k)
            cur.ocr = bool(obj) and raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
            runs.append(cur)
        else:
            cur.text += ch
            cur.x1 = max(cur.x1, x1)
            cur.y0, cur.y1 = min(cur.y0, y0), max(cur.y1, y1)
    for r in runs:  # an OCR layer or a letter-spaced title puts a space after every character: not text
        spaced = r.text.replace(_SOFT_SPACE, " ")
        r.text = unspaced if (unspaced := _unspace(spaced)) != spaced else r.text.replace(_SOFT_SPACE, "")
    return _order(_without_overprints(runs), width)


OVERPRINT = 0.2  # of a run's type size: how far a copy drawn over it may be offset (a fake bold's stroke: ~0.3 pt)
OVERPRINT_LOOK = 8  # runs back a copy is looked for (it follows the run it repeats)


def _without_overprints(runs: list[_Line]) -> list[_Line]:
    """The runs less those drawn again over one before: text set twice at the same place, a hair apart (a fake bold,
    a cover's title overprinted: dev s29_13 "2011 年年度报告 2011 年年度报告") is one text to a reader. A copy lies
    inside the earlier run's box and its words are part of that run's."""
    kept: list[_Line] = []
    for r in runs:
        words = r.text.strip()
        tol = OVERPRINT * r.size
        if words and any(
            o.x0 - tol <= r.x0 and r.x1 <= o.x1 + tol and o.y0 - tol <= r.y0 and r.y1 <= o.y1 + tol and words in o.text
            for o in kept[-OVERPRINT_LOOK:]
        ):
            continue
        kept.append(r)
    return kept


def _font_size(tp: Any, raw: Any, k: int, matrix: Any) -> float:
    """The size a character is set at on the page: the font's size times the
    scale of its text matrix. Word's PDF export, Distiller and iText set the font
    at size 1 and scale the matrix (10.5 pt type is "1 Tf" in a 10.5 matrix), some
    converters the other way round (319 Tf in a 0.05 matrix): the font size alone
    is no size, and every line break and title read from it goes wrong."""
    size = raw.FPDFText_GetFontSize(tp, k)
    if size and raw.FPDFText_GetMatrix(tp, k, matrix):
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        if scale > 0:
            size *= scale
    return float(size)


def _has_image(page, raw) -> bool:
    """A picture on the page (a scan), in a form XObject too; the first few hundred objects."""
    stack = [(raw.FPDFPage_CountObjects(page), lambda k: raw.FPDFPage_GetObject(page, k))]
    seen = 0
    while stack and seen < 500:
        count, get = stack.pop()
        for k in range(min(count, 500)):
            seen += 1
            obj = get(k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                return True
            if kind == raw.FPDF_PAGEOBJ_FORM and len(stack) < 4:
                stack.append((raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j)))
    return False


def _unspace(text: str) -> str:
    """A run set one character, one space ("国 务 院 1 5 %", an OCR layer) is read
    without the spaces; any other space is as written ("保供稳价　全力保障": a
    headline's two halves a full character apart; a narrower space between hanzi
    is gone before this)."""
    tokens = text.split(" ")
    if (
        len(tokens) >= 4
        and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens)
        and len(_CJK.findall(text)) >= 0.5 * len(text.replace(" ", ""))
    ):
        return "".join(tokens)
    return text


def _rect_lines(tp, raw, page: int, width: float, skip=None) -> list[_Line]:
    """PDFium's own runs, where the characters cannot be indexed (a page cut at
    MAX_PAGE_CHARS inside a surrogate pair)."""
    runs: list[_Line] = []
    for k in range(tp.count_rects()):
        x0, y0, x1, y1 = tp.get_rect(k)
        if skip and any(a <= (x0 + x1) / 2 <= c and b <= (y0 + y1) / 2 <= d for a, b, c, d in skip):
            continue
        text = tp.get_text_bounded(x0, y0, x1, y1).replace("\r", "").replace("\n", " ")
        if not text.strip():
            continue
        idx = raw.FPDFText_GetCharIndexAtPos(
            tp, (x0 + x1) / 2, (y0 + y1) / 2, max(2.0, (x1 - x0) / 2), max(2.0, (y1 - y0) / 2)
        )
        size = _font_size(tp, raw, idx, raw.FS_MATRIX()) if idx >= 0 else (y1 - y0)
        runs.append(_Line(page, x0, y0, x1, y1, text, round(size or (y1 - y0), 1)))
    return _order(runs, width)


def _order(runs: list[_Line], width: float) -> list[_Line]:
    if not runs:
        return []
    gutter = _gutter(runs, width)
    for r in runs:
        r.column = 0 if gutter is None or r.x0 < gutter < r.x1 else (1 if r.x1 <= gutter else 2)
    lines = _join_runs(runs)
    # Reading order: top to bottom; between two full-width lines, the left column
    # then the right one.
    lines.sort(key=lambda ln: -ln.y1)
    block = 0
    for n, ln in enumerate(lines):
        if n and (ln.column == 0) != (lines[n - 1].column == 0):
            block += 1  # from full width into the columns, or back
        ln.block = block
    order = {id(ln): n for n, ln in enumerate(lines)}
    lines.sort(key=lambda ln: (ln.block, ln.column != 0 and ln.column, order[id(ln)]))
    return lines


def _gutter(runs: list[_Line], width: float) -> float | None:
    """The centre of the widest vertical band in the middle of the page that
    (almost) no run crosses, with runs side by side on its left and right: the
    page is set in two columns. The few runs that cross it are full width (a
    title, a table, a running head)."""
    if len(runs) < 6:
        return None
    step = max(1.0, width / 200)
    xs = [width * 0.3 + i * step for i in range(int(width * 0.4 / step) + 1)]
    counts = [sum(1 for r in runs if r.x0 < x < r.x1) for x in xs]
    low = min(counts)
    if low > max(2, len(runs) // 8):
        return None
    best: tuple[int, float] | None = None  # (steps in the band, its centre)
    start = None
    for i, c in enumerate(counts + [low + 1]):
        if c == low and start is None:
            start = i
        elif c != low and start is not None:
            if best is None or i - start > best[0]:
                best = (i - start, (xs[start] + xs[i - 1]) / 2)
            start = None
    g = best[1]  # type: ignore[index]
    left = [r for r in runs if r.x1 <= g]
    right = [r for r in runs if r.x0 >= g]
    if len(left) < 3 or len(right) < 3:
        return None
    lo, hi = min(r.y0 for r in left), max(r.y1 for r in left)
    beside = sum(1 for r in right if lo <= (r.y0 + r.y1) / 2 <= hi)
    # a column of text fills its width; a table's cells do not
    widths = sorted(r.x1 - r.x0 for r in left)
    span = g - min(r.x0 for r in left)
    return g if beside >= 3 and widths[len(widths) // 2] >= 0.5 * span else None


def _join_runs(runs: list[_Line]) -> list[_Line]:
    """Runs side by side in one column are one line: a font change or a table's
    cells split a line into runs, and digits sit lower than hanzi, so lines are
    grouped by the middle of their boxes, then read left to right. A gap of a
    character or more (a table cell, a tab) stays a space; a narrower one between
    hanzi is the typesetter's."""
    marks = _marks(runs)
    taken = {id(m) for ms in marks.values() for m in ms}
    runs = [r for r in runs if id(r) not in taken]
    runs.sort(key=lambda r: (r.column, -(r.y0 + r.y1) / 2))
    groups: list[list[_Line]] = []
    for r in runs:
        g = groups[-1] if groups else None
        if (
            g
            and g[0].column == r.column
            and abs((g[0].y0 + g[0].y1) / 2 - (r.y0 + r.y1) / 2) < 0.5 * min(g[0].size, r.size)
        ):
            g.append(r)
        else:
            groups.append([r])
    out: list[_Line] = []
    for g in groups:
        mine = [m for r in g for m in marks.get(id(r), ())]
        g.sort(key=lambda r: r.x0)
        line = g[0]
        for m in sorted(mine, key=lambda m: m.x0):  # a mark left of the line's first run
            if m.x1 <= line.x0 + 0.5 * line.size:
                line.text = _mark_text(m, line) + line.text
                line.x0 = min(line.x0, m.x0)
                mine.remove(m)
        for r in g[1:]:
            while mine and mine[0].x0 < r.x0:  # a note mark set small and raised after a word
                m = mine.pop(0)
                line.text += _mark_text(m, line)
                line.x1 = max(line.x1, m.x1)
            if r.x0 < line.x1 - line.size:  # overprinted (bold by double printing, a stamp): not a neighbour
                out.append(r)
                continue
            gap = r.x0 - line.x1
            cjk = _CJK.match(r.text) and _CJK.search(line.text[-1:])
            line.text += " " if gap > r.size or (gap > 0.25 * r.size and not cjk) else ""
            line.cells = line.cells or gap > 2 * r.size
            line.text += r.text
            line.x1, line.y0, line.y1 = r.x1, min(line.y0, r.y0), max(line.y1, r.y1)
            line.size = max(line.size, r.size)
            line.ocr = line.ocr or r.ocr
        for m in mine:
            line.text += _mark_text(m, line)
            line.x1 = max(line.x1, m.x1)
        line.text = _letter_spaced(line.text)
        # a contents line: its own (its tail only: the pattern alone is quadratic in a long run of dots, review s14 R6)
        line.cells = line.cells or bool(_LEADER.search(line.text[-80:]))
        out.append(line)
    return out


_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def _marks(runs: list[_Line]) -> dict[int, list[_Line]]:
    """Short runs set small beside a line of larger type, inside its height: a
    footnote's mark ("常住人口¹"), an exponent (m², 10⁵), a subscript (CO₂). By their
    middle they are a line of their own, set a few points higher or lower, and would
    cut the sentence they sit in (or glue a note's "1" to a number: "人口11761.48万").
    Keyed by the id of the run each belongs to."""
    out: dict[int, list[_Line]] = {}
    band = 8.0  # runs by the height they cover, so that a page of thousands of runs stays linear
    bands: dict[int, list[_Line]] = {}
    for r in runs:
        if len(r.text.strip()) > 4:
            for b in range(int(r.y0 // band), int(r.y1 // band) + 1)[:64]:
                bands.setdefault(b, []).append(r)
    for m in runs:
        text = m.text.strip()
        if not text or len(text) > 4:
            continue
        mid = (m.y0 + m.y1) / 2
        best = None
        for r in bands.get(int(mid // band), ()):
            if (
                r.column == m.column
                and m.size <= 0.8 * r.size
                and r.y0 <= mid <= r.y1
                and r.x0 - r.size <= m.x0 <= r.x1 + r.size
                and (best is None or abs((r.y0 + r.y1) / 2 - mid) < abs((best.y0 + best.y1) / 2 - mid))
            ):
                best = r
        if best is not None:
            m.text = text
            out.setdefault(id(best), []).append(m)
    return out


def _mark_text(m: _Line, line: _Line) -> str:
    """A mark as it reads inline: digits raised or lowered as such (¹, ₂), so that a
    note's number never joins the figure beside it."""
    raised = (m.y0 + m.y1) / 2 > (line.y0 + line.y1) / 2
    return m.text.translate(_SUPERSCRIPT if raised else _SUBSCRIPT)


def _letter_spaced(text: str) -> str:
    """A line of single hanzi set far apart ("前  言", "審 計 部": a heading spread
    over the width it is given) is a word, not cells."""
    tokens = text.split()
    if len(tokens) >= 2 and all(len(t) == 1 and _HAN.match(t) for t in tokens):
        return "".join(tokens)
    return text


# A line that reads as prose (a sentence or clause mark) is a running head only with its digits
# too: the pages of a templated bulletin (one district, month or company a page) repeat their
# sentences with other numbers, and the numbers are the content (tester s17 X18: 16 figures of an
# 8-page bulletin dropped, one-line-a-page PDFs read as empty). A head's page or issue number
# ("2024年报告 第3页", "— 3 —") still differs freely: such lines carry no prose mark.
_PROSE = re.compile(f"[{SENTENCE_OR_CLAUSE_END}，,]")


def _key(text: str) -> str:
    flat = "".join(text.split())
    return flat if _PROSE.search(flat) else re.sub(r"\d+", "#", flat)


def _drop_running_heads(pages: list[list[_Line]], heights: list[float]) -> list[str]:
    """Remove page numbers, lines in the top or bottom margin that recur on other
    pages (digits aside: "2024年报告 第3页"), and, deeper into the page's top and
    bottom, lines that recur at the same height on other pages: a letterhead
    ("地址：… 電話：…" over every page of a letter), an organisation's name set on
    every page. A page number is also the page's first or last line, alone, in a
    wider band (an OCR layer's "1" a little above the margin). Returns the running heads dropped from the top
    margin of the first page with text (an e-paper's paper and day)."""

    def margin(ln: _Line, h: float, share: float = _MARGIN) -> bool:
        return ln.y0 > h * (1 - share) or ln.y1 < h * share

    seen: Counter[str] = Counter()
    where: dict[str, list[tuple[int, float]]] = {}
    for n, (lines, h) in enumerate(zip(pages, heights, strict=False)):
        seen.update({_key(ln.text) for ln in lines if margin(ln, h)})
        for ln in lines:
            if margin(ln, h, _BAND):
                where.setdefault(_key(ln.text), []).append((n, ln.y1))
    need = max(2, round(0.4 * len(pages)))

    def running(ln: _Line, h: float) -> bool:
        if margin(ln, h):
            return seen[_key(ln.text)] >= need
        if len(pages) < 3 or not margin(ln, h, _BAND):
            return False  # two pages alike may be a copy (an invoice's original and duplicate)
        tol = max(2.0, 0.5 * ln.size)
        return len({n for n, y in where.get(_key(ln.text), ()) if abs(y - ln.y1) <= tol}) >= need

    first = True
    heads: list[str] = []
    before = [list(lines) for lines in pages]
    for n, (lines, h) in enumerate(zip(pages, heights, strict=False)):
        ends = {id(lines[0]), id(lines[-1])} if lines else set()
        kept = []
        for ln in lines:
            if _PAGE_NUMBER.match(ln.text) and (margin(ln, h) or (id(ln) in ends and margin(ln, h, _BAND))):
                continue
            if margin(ln, h) and _PAGE_OF.search(ln.text):
                continue
            if len(pages) > 1 and running(ln, h):
                # a name set on every page below the margin (a letterhead's "滴滴") says
                # once, on the first page, who wrote: kept there, never as the title
                if first and not margin(ln, h) and _NAME.fullmatch(ln.text.strip()):
                    ln.running = True
                else:
                    if first and ln.y0 > h * (1 - _MARGIN):
                        heads.append(ln.text.strip())
                    continue
            kept.append(ln)
        pages[n] = kept
        first = first and not kept
    # a rule that would leave nothing of a document with text removed the document, not its chrome
    if not any(pages) and any(_PROSE.search(ln.text) for lines in before for ln in lines):
        pages[:] = before
        return []
    return heads


def _footnotes(pages: list[list[_Line]], heights: list[float], body: float) -> list[_Line]:
    """Take out each page's footnotes: lines in smaller type below the last line of
    body text, in the lower part of the page. Left in place they would cut a
    paragraph that runs on to the next page."""
    notes: list[_Line] = []
    for n, (lines, h) in enumerate(zip(pages, heights, strict=False)):
        body_lines = [ln for ln in lines if abs(ln.size - body) < 0.6]
        if not body_lines:
            continue
        floor = min(ln.y0 for ln in body_lines)
        mine = [ln for ln in lines if ln.size < 0.85 * body and ln.y1 <= floor and ln.y1 < 0.3 * h]
        if mine:
            notes.extend(mine)
            pages[n] = [ln for ln in lines if ln not in mine]
    return notes


def _median_size(pages: list[list[_Line]]) -> float:
    sizes = Counter()
    for lines in pages[:50]:
        for ln in lines:
            sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


# a line that is a day and at most a name beside it, apart by a blank ("2021年12月27日　国家统计局",
# "国家统计局 2021-12-27"): a release's date line, whatever its type. (Read here, not with metadata's reader: the
# PDF cache is keyed by this file's source, so what it stores must not depend on another module's rules.)
_DAY = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
_NAME_BESIDE = r"[^\s，。,.；;：:！？!?、]{2,20}"
# (after a day that ends in 日 the name may follow with no blank: "2021年12月27日国家统计局", a text layer that lost
# the full-width space: tester s18/s19 T1)
_DATE_LINE = re.compile(
    rf"^(?:{_NAME_BESIDE}[\s\u3000]+)?(?:{_DAY})(?:\s*\d{{1,2}}[:：]\d{{2}})?(?:[\s\u3000]+{_NAME_BESIDE})?$"
    rf"|^(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日[{HAN}]{{2,20}}$"
)


def _first_page(lines: list[_Line], body: float) -> tuple[list[_Line], tuple[str, str] | None]:
    """The title's lines (the largest type in the top of the first page, past the
    issuer line of a 红头 document, larger than the document's body type: a cover
    page may hold little else) and the issuer (name, line as written)."""
    from .patterns import DOC_NUMBER

    top = lines[:12]
    issuer = None
    for ln in top[:3]:
        if m := _ISSUER_LINE.match("".join(ln.text.split())):
            # "立法會CB(3)710/2026(01)號文件": the number a receiving body stamps on a
            # paper, not an issuer; no more the text than a 红头 issuer line is
            issuer = ("" if re.search(r"\d", m["issuer"]) else m["issuer"], ln.text)
            break
    candidates = [
        ln
        for ln in top
        if not (issuer and ln.text == issuer[1])
        and not ln.running
        and not DOC_NUMBER.search(ln.text)
        and 1 <= len(ln.text.strip()) <= 60
    ]
    if not candidates:
        return [], issuer
    biggest = (
        max(ln.size for ln in candidates if len(ln.text.strip()) >= 2)
        if any(len(ln.text.strip()) >= 2 for ln in candidates)
        else 0.0
    )
    if biggest < body * 1.15:
        return [], issuer
    title: list[_Line] = []
    for ln in candidates:
        if abs(ln.size - biggest) < 0.6:
            if title and lines.index(ln) != lines.index(title[-1]) + 1:
                break
            if title and _DATE_LINE.match(ln.text.strip()):
                # a date line set in the title's type ("2021年12月27日　国家统计局" under the headline): the
                # release's day and issuer, read as metadata from the text, never the title's end (tester s18 T1)
                break
            title.append(ln)
        elif title:
            break
    return title[:4], issuer


def _quantile(values: list[float], q: float, whole) -> float:
    real = sorted(v for v in values if 0.0 < v < 1e9)
    return real[int(q * (len(real) - 1))] if len(real) >= 3 else whole(values)


# an entry of a table of contents: a heading, leader dots, its page ("贰、课程目标........ 6"); the next line is the
# next entry, whatever the width (dev-retired19 s22_05: the contents page read as one paragraph, so no contents line was
# seen). An entry's heading wrapped over two lines still joins the line with its page (dev-retired25 s28h_01).
_LEADER_END = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|．{4,})\s*\d{1,4}$")


def _paragraphs(lines: list[_Line], body_size: float) -> list[str]:
    """Lines to paragraphs: a new one where the type size changes, the line is
    indented, the previous line stopped short of the column's edge, or a blank
    line's worth of space opens; otherwise the line continues the last."""
    # A column's edges are where most of its lines start and end: a centred title
    # wider than the text, or an indented first line, does not move them.
    starts: dict[tuple[int, int, int], list[float]] = {}
    ends: dict[tuple[int, int, int], list[float]] = {}
    for ln in lines:
        k = (ln.page, ln.block, ln.column)
        long = len(ln.text.strip()) >= 8
        starts.setdefault(k, []).append(ln.x0 if long else 1e9)
        ends.setdefault(k, []).append(ln.x1 if long else 0.0)
    # a page or block with few lines (the end of a document) takes its column's
    # edges over the whole document
    whole_starts: dict[int, list[float]] = {}
    whole_ends: dict[int, list[float]] = {}
    for k, v in starts.items():
        whole_starts.setdefault(k[2], []).extend(v)
        whole_ends.setdefault(k[2], []).extend(ends[k])
    left = {
        k: _quantile(v if sum(x < 1e9 for x in v) >= 5 else whole_starts[k[2]], 0.1, min) for k, v in starts.items()
    }
    right = {k: _quantile(v if sum(x > 0 for x in v) >= 5 else whole_ends[k[2]], 0.8, max) for k, v in ends.items()}
    # the usual distance from one line to the next (bottoms: a lone "。" has a low top)
    # over the document; a page's column of enough lines set a quarter further apart,
    # or as close, has its own (a foreword set double-spaced before a report set single)
    steps: dict[tuple[int, int, int], list[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        if (a.page, a.block, a.column) == (b.page, b.block, b.column) and 0 < a.y0 - b.y0 < 3 * a.size:
            steps.setdefault((a.page, a.block, a.column), []).append(a.y0 - b.y0)
    every = sorted(v for vs in steps.values() for v in vs)
    whole_pitch = every[len(every) // 2] if every else 1.5 * body_size
    pitch_of = {}
    for k, v in steps.items():
        local = sorted(v)[len(v) // 2]
        if len(v) >= 5 and not whole_pitch / 1.25 < local < whole_pitch * 1.25:
            pitch_of[k] = local
    # Where paragraphs are indented, the indent alone starts one: a paragraph running
    # over a page or column break goes on even after a full stop at the line's end.
    indenting = sum(1 for ln in lines if ln.x0 > left[(ln.page, ln.block, ln.column)] + 1.5 * ln.size) > 0.05 * len(
        lines
    )
    out: list[str] = []
    prev: _Line | None = None
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        k = (ln.page, ln.block, ln.column)
        indented = ln.text[:1] in (" ", "\u3000", "\t") or ln.x0 > left[k] + 1.5 * ln.size
        if prev is not None and out:
            pk = (prev.page, prev.block, prev.column)
            same_flow = pk == k
            # at the column's edge, or most of the way with the sentence open (a
            # ragged right: half-width digits make a line of as many characters shorter)
            at_edge = prev.x1 >= right[pk] - 1.5 * prev.size
            full = at_edge or (out[-1][-1:] not in _TERMINAL and prev.x1 - left[pk] >= 0.6 * (right[pk] - left[pk]))
            gap = prev.y0 - ln.y1 if same_flow else 0.0
            step = prev.y0 - ln.y0 if same_flow else 0.0
            # a page's own pitch only for a line that reaches the edge: a shorter one
            # (a reference list's URL) goes on only at the document's usual distance
            pitch = pitch_of.get(pk, whole_pitch) if at_edge else whole_pitch
            same_size = abs(prev.size - ln.size) < (0.1 * max(prev.size, ln.size) if prev.ocr and ln.ocr else 0.6)
            heading = (
                prev.size > body_size * 1.15 and same_size and same_flow and gap < prev.size
            )  # a title set on two lines
            joins = not _LEADER_END.search(out[-1]) and (
                heading
                or not (prev.cells or ln.cells)
                and (
                    same_size
                    and full
                    and not indented
                    and step < 1.35 * pitch
                    and (same_flow or indenting or out[-1][-1:] not in _TERMINAL)
                )
            )
            if joins:
                sep = " " if re.match(r"[A-Za-z0-9(]", text) and re.search(r"[A-Za-z][,.;:]?$", out[-1]) else ""
                out[-1] = out[-1] + sep + text
                prev = ln
                continue
        out.append(text)
        prev = ln
    return out
