"""Word (.docx): paragraphs, headings and tables in body order, with python-docx.

A heading styled Title (or the first Heading 1 before any text) is the title; each
table row is one line, its cells apart (figures in a table are read like any
other). The core properties (title, created, author) are used only where the text
gives none: they are mostly what the template or the last editor left.
The zip is checked for size and entry count before python-docx inflates it.
"""

from __future__ import annotations

import datetime as dt

from ..model import Problem
from .formats import ISSUER_LINE, Part, open_zip
from .html import CELL_SEP

MAX_BLOCKS = 50_000  # paragraphs and table rows; a briefing has hundreds
_TEMPLATE_STAMP = dt.datetime(2013, 12, 23, 23, 15)
_THIS_YEAR = dt.date.today().year


def read_docx(data: bytes) -> list[Part]:
    import io

    part = Part(format="docx")
    zf, problem = open_zip(data, "Word document")
    if problem is not None:
        part.problems.append(problem)
        return [part]
    notes = _notes(zf)
    zf.close()  # type: ignore[union-attr]
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        part.problems.append(Problem("corrupt", f"not a readable Word document ({type(exc).__name__})"))
        return [part]
    except Exception as exc:  # noqa: BLE001 - lxml's XMLSyntaxError and kin on damaged parts
        part.problems.append(Problem("corrupt", f"a damaged Word document ({type(exc).__name__})"))
        return [part]
    lines, title = _body(doc, part)
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


def _body(doc, part: Part) -> tuple[list[str], str]:
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

    def walk(el, depth: int) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag == t:
                out.append(child.text or "")
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


def _blocks(element, parent, Paragraph, Table, depth: int = 0):
    """Paragraphs and tables in body order, including those inside content controls
    (w:sdt: templates put whole sections in them; iter_inner_content skips them)."""
    from docx.oxml.ns import qn

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag == qn("w:sdt") and depth < 8:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent, Paragraph, Table, depth + 1)


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text[:200])
