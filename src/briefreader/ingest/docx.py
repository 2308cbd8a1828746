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
            text = " ".join(block.text.split()) if not _cjk(block.text) else block.text.strip()
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
