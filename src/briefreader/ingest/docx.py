"""Word (.docx): paragraphs, headings and tables in body order, with python-docx.

A heading styled Title (or the first Heading 1 before any text) is the title; each
table row is one line, its cells apart (figures in a table are read like any
other). The core properties (title, created, author) are used only where the text
gives none: they are mostly what the template or the last editor left.
The zip is checked for size and entry count before python-docx inflates it.
"""

from __future__ import annotations

from ..model import Problem
from .formats import Part, open_zip

MAX_BLOCKS = 50_000  # paragraphs and table rows; a briefing has hundreds


def read_docx(data: bytes) -> list[Part]:
    import io

    part = Part(format="docx")
    zf, problem = open_zip(data, "Word document")
    if problem is not None:
        part.problems.append(problem)
        return [part]
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
    part.body = "\n".join(lines)
    part.hints = {"title": title}
    if props.title and props.title.strip():
        part.fallback["title"] = " ".join(props.title.split())
    when = props.created or props.modified
    if when is not None:
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
            style = (block.style.name if block.style is not None else "") or ""
            if not title and (style == "Title" or (style == "Heading 1" and not lines)):
                title = text
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
                if cells:
                    lines.append("　".join(cells))
    return lines, title


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
