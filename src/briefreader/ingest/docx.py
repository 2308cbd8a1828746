"""Word (.docx): paragraphs, headings and tables in body order, with python-docx.

A heading styled Title (or the first Heading 1 before any text) is the title; each
table row is one line, its cells apart (figures in a table are read like any
other). The core properties (title, created, author) are used only where the text
gives none: they are mostly what the template or the last editor left.
The zip is checked for size and entry count before python-docx inflates it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Problem
from .formats import ISSUER_LINE, Part, open_zip
from .html import CELL_SEP

MAX_BLOCKS = 50_000  # paragraphs and table rows; a briefing has hundreds
_TEMPLATE_STAMP = dt.datetime(2013, 12, 23, 23, 15)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_THIS_YEAR = dt.date.today().year


def read_docx(data: bytes) -> list[Part]:
    import io

    part = Part(format="docx")
    zf, problem = open_zip(data, "Word document")
    if problem is not None:
        part.problems.append(problem)
        return [part]
    notes = _notes(zf)
    numbering = _Numbering.read(zf)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        try:
            doc = docx.Document(io.BytesIO(data))
        except KeyError:  # a relationship to a part the package lacks (see _without_missing_parts)
            if (mended := _without_missing_parts(zf)) is None:
                raise
            doc = docx.Document(io.BytesIO(mended))  # (no problem said: the text is whole, as Word shows it)
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        part.problems.append(Problem("corrupt", f"not a readable Word document ({type(exc).__name__})"))
        return [part]
    except Exception as exc:  # noqa: BLE001 - lxml's XMLSyntaxError and kin on damaged parts
        part.problems.append(Problem("corrupt", f"a damaged Word document ({type(exc).__name__})"))
        return [part]
    finally:
        zf.close()  # type: ignore[union-attr]
    lines, title = _body(doc, part, numbering)
    props = doc.core_properties
    issuer = ""
    for k, line in enumerate(lines[:3]):  # a 红头 document's issuer line: the source
        if m := ISSUER_LINE.match("".join(line.split())):
            issuer = m["issuer"]
            del lines[k]
            break
    part.body = "\n".join(lines + notes)  # footnotes and endnotes after the text, as a PDF's are
    part.hints = {"title": title, "source": issuer}
    if props.title and props.title.strip():
        part.fallback["title"] = " ".join(props.title.split())
    when = props.created or props.modified
    # python-docx's template stamps every document it makes 2013-12-23 23:15
    if when is not None and when.replace(tzinfo=None) != _TEMPLATE_STAMP and 1990 <= when.year <= _THIS_YEAR + 1:
        part.fallback["date"] = when.date()
    if props.author and any("\u4e00" <= ch <= "\u9fff" for ch in props.author):
        part.fallback["author"] = " ".join(props.author.split())  # whoever saved it last, often a person
    part.units = len(lines)
    return [part]


# A Word file whose package points to parts it does not hold (a picture's relationship with no picture: a phone's or an
# online editor's export, a file whose media an archiver stripped): python-docx loads every related part and stops
# at the first missing one (KeyError), so the text was never read. The package again without those relationships
# reads as Word would show it, the pictures missing; an external link's relationship and every present part stay.
_RELS = re.compile(r"(?:^|/)_rels/([^/]*)\.rels$")


def _without_missing_parts(zf) -> bytes | None:
    """The package's bytes with every internal relationship to a missing part dropped, or None when none is."""
    import io
    import posixpath
    import zipfile
    from urllib.parse import unquote

    from lxml import etree

    from .formats import read_member

    names = set(zf.namelist())
    mended: dict[str, bytes] = {}
    for name in names:
        if _RELS.search(name) is None:
            continue
        raw = read_member(zf, name)
        try:
            root = etree.fromstring(raw or b"", etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            continue
        base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/document.xml.rels: word
        dropped = False
        for rel in list(root):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            path = posixpath.normpath(path)
            if path not in names and unquote(path) not in names:
                root.remove(rel)
                dropped = True
        if dropped:
            mended[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if not mended:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in zf.infolist():
            body = mended.get(info.filename)
            if body is None and (body := read_member(zf, info.filename)) is None:
                continue  # (a part past the bound or damaged: as if missing)
            copy.writestr(info.filename, body)
    return out.getvalue()


def _body(doc, part: Part, numbering: _Numbering | None = None) -> tuple[list[str], str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    title = ""
    display: list[int] = []  # the lines of a title set large and centred at the top
    styles: dict = {}  # by style id: python-docx scans every style for each lookup (5,000 paragraphs took 23 s)
    for n, block in enumerate(_blocks(doc.element.body, doc._body, Paragraph, Table)):
        if n >= MAX_BLOCKS:
            part.problems.append(Problem("truncated", f"more than {MAX_BLOCKS:,} paragraphs: the rest not read"))
            break
        if isinstance(block, Paragraph):
            raw, boxes = _paragraph_text(block._p)
            lines.extend(boxes)  # a text box (a 红头 template's issuer line) before its anchor's text
            text = " ".join(raw.split()) if not _cjk(raw) else raw.strip()
            if not text:
                continue
            if numbering is not None and (label := numbering.label(block._p)) and not _OWN_NUMBER.match(text):
                text = label + text
            sid = block._p.style
            found = styles[sid] if sid in styles else styles.setdefault(sid, block.style)
            style = (found.name if found is not None else "") or ""
            if not title and (style in ("Title", "标题") or (style in ("Heading 1", "标题 1", "标题1") and not lines)):
                title = text
            if len(lines) < 8 and _display(block, text) and (not display or display[-1] == len(lines) - 1):
                display.append(len(lines))  # consecutive lines of one title
            lines.append(text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and id(cell._tc) not in seen:  # a merged cell is listed once per column
                        cells.append(value)
                    seen.add(id(cell._tc))
                if cells:  # apart as an HTML table's cells are: a space next to hanzi is folded away
                    lines.append(CELL_SEP.join(cells))
    if display and not title:
        title = "".join(lines[k] for k in display[:3])
        del lines[display[0] : display[-1] + 1]
        lines.insert(0, title)  # first, as one line, whatever stood above it (a 文号)
    return lines, title


def _display(block, text: str) -> bool:
    """Set like a 公文's title: centred, large (16 pt or more: 二号 is 22 pt), not the
    issuer line "…文件", not a document number, not a sentence."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from .patterns import DOC_NUMBER

    if block.alignment != WD_ALIGN_PARAGRAPH.CENTER and (
        block.style is None or block.style.paragraph_format.alignment != WD_ALIGN_PARAGRAPH.CENTER
    ):
        return False
    if not 4 <= len(text) <= 60 or text.endswith(("。", "：", ":")) or text.endswith("文件") or DOC_NUMBER.search(text):
        return False
    sizes = [r.font.size.pt for r in block.runs if r.font.size is not None]
    if not sizes and block.style is not None and block.style.font.size is not None:
        sizes = [block.style.font.size.pt]
    return bool(sizes) and max(sizes) >= 16


def _notes(zf) -> list[str]:
    """The text of the footnotes and endnotes (python-docx does not read them), each
    note one line; the separator notes Word keeps there are skipped."""
    from lxml import etree

    from .formats import read_member

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out: list[str] = []
    for name, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        raw = read_member(zf, name)
        if not raw:
            continue
        try:
            root = etree.fromstring(raw, etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
        except etree.XMLSyntaxError:
            continue
        if root is None:
            continue
        for note in root.iter(w + tag):
            if note.get(w + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = "".join(t.text or "" for t in note.iter(w + "t")).strip()
            if text:
                out.append(text)
            if len(out) >= MAX_BLOCKS:
                return out
    return out


def _paragraph_text(p) -> tuple[str, list[str]]:
    """A paragraph's text as it reads with tracked changes accepted (inserted runs
    are in, deleted ones are w:delText, not w:t), and the paragraphs of the text
    boxes anchored in it. python-docx's Paragraph.text skips runs inside w:ins."""
    from docx.oxml.ns import qn

    t, tab, br, cr = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
    box, fallback = qn("w:txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    out: list[str] = []
    boxes: list[str] = []
    unfilled = _unfilled(p)

    def walk(el, depth: int) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag == t:
                if child not in unfilled:
                    out.append(child.text or "")
            elif tag == _SDT and _placeholder(child):
                continue  # a content control still showing its prompt ("单击此处输入文字。")
            elif tag == tab:
                out.append("\t")
            elif tag in (br, cr):
                out.append("\n")
            elif tag == fallback:
                continue  # the same drawing again, for old readers
            elif tag == box:
                for q in child.iter(qn("w:p")):
                    line = "".join(x.text or "" for x in q.iter(t)).strip()
                    if line:
                        boxes.append(line)
            elif depth < 32 and isinstance(tag, str):
                walk(child, depth + 1)

    walk(p, 0)
    return "".join(out), boxes


_SDT = _W + "sdt"


def _placeholder(sdt) -> bool:
    """Is a content control (w:sdt) showing its placeholder, the template's prompt, not the writer's text?"""
    pr = sdt.find(_W + "sdtPr")
    return pr is not None and pr.find(_W + "showingPlcHdr") is not None


def _unfilled(p) -> set:
    """The w:t elements of a paragraph's form fields left as the template filled them: a text field (FORMTEXT) whose
    result is its own default ("点击此处添加与国际标准一致性程度的标识", a standard's template prompt: dev s30_09).
    A filled field ("27.120.99" for "点击此处添加ICS号") is the writer's text and stays."""
    fld, text = _W + "fldChar", _W + "t"
    if p.find(f".//{fld}") is None:
        return set()
    stack: list[tuple[str, bool, list]] = []  # (default, in the result, its w:t elements)
    out: set = set()
    for el in p.iter(fld, text):
        if el.tag == fld:
            kind = el.get(_W + "fldCharType")
            if kind == "begin":
                default = el.find(f"{_W}ffData/{_W}textInput/{_W}default")
                stack.append((default.get(_W + "val", "") if default is not None else "", False, []))
            elif kind == "separate" and stack:
                stack[-1] = (stack[-1][0], True, stack[-1][2])
            elif kind == "end" and stack:
                default, _, texts = stack.pop()
                if default.strip() and "".join(x.text or "" for x in texts).strip() == default.strip():
                    out.update(texts)
        elif stack and stack[-1][1]:
            stack[-1][2].append(el)
    return out


def _blocks(element, parent, Paragraph, Table, depth: int = 0):
    """Paragraphs and tables in body order, including those inside content controls
    (w:sdt: templates put whole sections in them; iter_inner_content skips them)."""
    from docx.oxml.ns import qn

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag == qn("w:sdt") and depth < 8 and not _placeholder(child):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent, Paragraph, Table, depth + 1)


# A list's number Word draws from numbering.xml, not written in the paragraph ("一、" "a)" "1）" before a notice's
# items and headings: dev s30_07 read "任务来源及计划要求" for "一、任务来源及计划要求"). Each paragraph with a w:numPr
# (numId, level) counts on its list's level; a higher level's item starts the deeper ones again; the level's lvlText
# ("%1、", "（%1）", "%1.%2") says how the numbers are written, its numFmt in what digits. A bullet, a format not
# read here, or a text already opening with its own number ("一、…" typed) gets no label: a wrong number is worse
# than none.
_CHINESE_DIGITS = "〇一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
NUMBER_MAX = 999  # a list item's number written in words or letters; beyond it the label is left out
_OWN_NUMBER = re.compile(
    r"^\s*(?:[(（]?[一二三四五六七八九十百〇]+[)）、.．]|[(（]?\d{1,3}[)）、.．](?!\d)|[(（]\d{1,3}[)）]|[①-⑳]"
    r"|[A-Za-z][)）.、](?![A-Za-z])|第[一二三四五六七八九十百\d]+[章节條条款部分])"
)


def _chinese_count(n: int) -> str:
    """一 … 九十九 … 九百九十九, as Word's chineseCounting writes a list's number (十一, not 一十一)."""
    if n < 10:
        return _CHINESE_DIGITS[n]
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{_CHINESE_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _CHINESE_DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "〇"
    return out + (_CHINESE_DIGITS[ones] if ones else "")


def _letters(n: int) -> str:
    """a … z, aa … zz as Word writes lowerLetter (the letter repeated)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _formatted(n: int, fmt: str) -> str | None:
    """A list number ``n`` in Word's numFmt, or None for a format not read here (a bullet, "none", an exotic one)."""
    if n < 1 or n > NUMBER_MAX:
        return None
    if fmt in ("decimal", "decimalZero", "decimalHalfWidth"):
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "chineseLegalSimplified"):  # fmt: skip
        return _chinese_count(n) if fmt != "ideographDigital" else "".join(_CHINESE_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional" and n <= len(_STEMS):
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and n <= len(_BRANCHES):
        return _BRANCHES[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n) if fmt == "lowerLetter" else _letters(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    return None


@dataclass(slots=True)
class _Level:
    fmt: str
    text: str  # lvlText: "%1、"
    start: int = 1
    suffix: str = "tab"  # w:suff: what stands between the number and the text (tab, space, nothing)


class _Numbering:
    """numbering.xml read: each list instance's levels (numId -> ilvl -> _Level), and the counts so far."""

    def __init__(
        self, lists: dict[str, dict[int, _Level]], styles: dict[str, tuple[str, int]], counters: dict[str, str]
    ) -> None:
        self.lists = lists
        self.styles = styles  # a paragraph style's own numbering (a heading style numbered "第一章"): (numId, ilvl)
        # the count each list instance goes on: Word counts per abstractNum, two numIds over one continue one sequence,
        # unless the instance restarts it (a startOverride: its own count) (ECMA-376 17.9; review s30 R8)
        self.counters = counters
        self.counts: dict[str, dict[int, int]] = {}

    @classmethod
    def read(cls, zf) -> _Numbering | None:
        from lxml import etree

        from .formats import read_member

        raw = read_member(zf, "word/numbering.xml")
        if not raw:
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        try:
            root = etree.fromstring(raw, parser)
        except etree.XMLSyntaxError:
            return None
        if root is None:
            return None
        w = _W
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.iter(w + "abstractNum"):
            abstract[node.get(w + "abstractNumId", "")] = _levels_of(node)
        lists: dict[str, dict[int, _Level]] = {}
        counters: dict[str, str] = {}
        for num in root.iter(w + "num"):
            ref = num.find(w + "abstractNumId")
            ref_id = ref.get(w + "val", "") if ref is not None else ""
            levels = dict(abstract.get(ref_id, {}))
            restarts = num.find(f".//{w}startOverride") is not None
            counters[num.get(w + "numId", "")] = num.get(w + "numId", "") if restarts else f"abstract {ref_id}"
            for override in num.iter(w + "lvlOverride"):  # a list instance restarted at its own number
                k = _int(override.get(w + "ilvl"))
                given = _levels_of(override)
                if k in given:
                    levels[k] = given[k]
                start = override.find(w + "startOverride")
                if start is not None and k in levels:
                    old = levels[k]
                    levels[k] = _Level(old.fmt, old.text, _int(start.get(w + "val"), 1), old.suffix)
            lists[num.get(w + "numId", "")] = levels
        styles: dict[str, tuple[str, int]] = {}
        raw_styles = read_member(zf, "word/styles.xml")
        if raw_styles:
            try:
                sroot = etree.fromstring(raw_styles, parser)
            except etree.XMLSyntaxError:
                sroot = None
            for style in sroot.iter(w + "style") if sroot is not None else ():
                pr = style.find(f"{w}pPr/{w}numPr")
                if pr is not None and (num_id := pr.find(w + "numId")) is not None:
                    level = pr.find(w + "ilvl")
                    styles[style.get(w + "styleId", "")] = (
                        num_id.get(w + "val", ""),
                        _int(level.get(w + "val") if level is not None else None),
                    )
        return cls(lists, styles, counters)

    def label(self, p) -> str:
        """The number Word draws before paragraph ``p`` (its list's count advanced), "" for none."""
        w = _W
        pr = p.find(w + "pPr")
        num_pr = pr.find(w + "numPr") if pr is not None else None
        style = pr.find(w + "pStyle") if pr is not None else None
        num_id, level = "", 0
        if num_pr is not None:
            found, lv = num_pr.find(w + "numId"), num_pr.find(w + "ilvl")
            num_id = found.get(w + "val", "") if found is not None else ""
            level = _int(lv.get(w + "val") if lv is not None else None)
        elif style is not None and (given := self.styles.get(style.get(w + "val", ""))):
            num_id, level = given
        levels = self.lists.get(num_id)
        if not levels or level not in levels or not 0 <= level < 9:
            return ""
        counts = self.counts.setdefault(self.counters.get(num_id, num_id), {})
        counts[level] = counts.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a higher item starts the deeper list again
        text = levels[level].text
        if not text or "%" not in text:
            return ""
        out = text
        for k in range(level + 1):
            mark = f"%{k + 1}"
            if mark not in out:
                continue
            if k not in levels:
                return ""
            n = counts.get(k, levels[k].start)
            written = _formatted(n, levels[k].fmt)
            if written is None:
                return ""
            out = out.replace(mark, written)
        if "%" in out:
            return ""
        out = out.strip()
        # a number Word sets apart from its text (a tab by default, w:suff; "%1\u3000") when the number ends in a
        # digit or a letter: "5.1 确定评价范围和内容", not "5.1确定…"; "一、" and "（一）" are apart by their mark
        apart = levels[level].suffix != "nothing" or text[-1:].isspace()
        return out + " " if out and apart and out[-1].isalnum() and out[-1].isascii() else out


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _levels_of(node) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in node.iter(_W + "lvl"):
        k = _int(lvl.get(_W + "ilvl"))
        fmt, text, start = lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText"), lvl.find(_W + "start")
        suffix = lvl.find(_W + "suff")
        out[k] = _Level(
            fmt.get(_W + "val", "") if fmt is not None else "decimal",
            text.get(_W + "val", "") if text is not None else "",
            _int(start.get(_W + "val") if start is not None else None, 1),
            suffix.get(_W + "val", "tab") if suffix is not None else "tab",
        )
    return out


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text[:200])
