"""Documents that are not plain text: PDF, Word, e-mail, saved web pages, EPUB.

Each reader module (pdf, docx, eml, mhtml, epub) turns a file's bytes into
:class:`Part` s: a text or HTML body with the fields the container itself gives
(a mail's subject, a PDF's first-page title), or an attachment's bytes. Every part
then goes through the same pipeline as a text file (``ingest._document``), so
cleaning, script, metadata candidates, figures and topics are the same everywhere.

A reader never raises on a bad file: its problems come back on the part. The
bytes are untrusted: zip archives are bounded in entries and uncompressed size
before anything is inflated, PDFs in pages, mail in nesting depth.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Briefing, Problem

# suffix -> format; the readers are imported when a file of theirs is read
FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".eml": "eml",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".epub": "epub",
}
BINARY = frozenset({"pdf", "docx", "doc", "epub"})  # the original view shows the extracted text
MAX_FILE_BYTES = 64 * 1024 * 1024  # a 300-page report with images is ~20 MB
MAX_NESTING = 3  # a mail attached to a mail attached to a mail
MAX_ATTACHMENTS = 50
# zip containers (docx, epub): bounded before anything is inflated
MAX_ZIP_ENTRIES = 5000
MAX_ZIP_BYTES = 200 * 1024 * 1024  # declared uncompressed size of all entries
MAX_ZIP_PART = 32 * 1024 * 1024  # one entry read into memory
# a 红头 document's issuer line, "吉林省人民政府文件", "国家发展改革委 财政部文件"
ISSUER_LINE = re.compile(r"^(?P<issuer>\S.{1,40}?)\s*文\s*件$")
_LABEL = {
    "pdf": "PDF",
    "docx": "Word document",
    "doc": "Word document",
    "epub": "EPUB book",
    "eml": "e-mail",
    "mhtml": "saved web page",
}


@dataclass(slots=True)
class Part:
    """One document found in a file, or one attachment to read as a file of its own."""

    format: str
    key: str = ""  # entry key in its file ("" for the file's own document)
    body: str = ""  # one paragraph per line, or HTML when ``html``
    html: bool = False
    hints: dict[str, Any] = field(default_factory=dict)  # title, date, source, author: as given
    fallback: dict[str, Any] = field(default_factory=dict)  # used only where the text gives none
    link: str = ""
    problems: list[Problem] = field(default_factory=list)
    units: int = 0  # pages, chapters: for the benchmarks
    attachment: tuple[str, bytes] | None = None  # (suffix, bytes) of an attached file
    name: str = ""  # the attachment's file name


def format_of(suffix: str) -> str | None:
    return FORMATS.get(suffix)


def _decode(data: bytes) -> str:
    from .decode import decode_bytes

    return decode_bytes(data).text or ""


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and other Office binaries


def _sniff(fmt: str, data: bytes) -> str:
    """What a Word file really is: sites serve HTML, web archives and .docx under a
    .doc name, and a renamed .doc under .docx."""
    if fmt not in ("doc", "docx"):
        return fmt
    head = data[:2048].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_OLE):
        return "doc"
    if head.startswith(b"mime-version") or b"multipart/related" in head:
        return "mhtml"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if b"<html" in head or b"<!doctype html" in head or b"xmlns:w=" in head:
        return "html"
    return fmt


def _read(fmt: str, data: bytes) -> list[Part]:
    fmt = _sniff(fmt, data)
    if fmt == "html":  # a Word "web page" under a .doc name: the HTML path
        return [Part("doc", body=_decode(data), html=True)]
    if fmt == "rtf":
        return [
            Part(
                "doc",
                problems=[
                    Problem("unsupported", "an RTF file under a Word name: save it as .docx (or plain text) to read it")
                ],
            )
        ]
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data)
    if fmt == "doc":
        return [
            Part(
                "doc",
                problems=[
                    Problem(
                        "unsupported",
                        "a legacy Word .doc file: save it as .docx "
                        "(Word: Save As; LibreOffice: soffice --convert-to docx) to read it",
                    )
                ],
            )
        ]
    if fmt == "eml":
        from .eml import read_eml

        return read_eml(data)
    if fmt == "mhtml":
        from .mhtml import read_mhtml

        return read_mhtml(data)
    from .epub import read_epub

    return read_epub(data)


def format_briefings(data: bytes, *, id: str, path: str, suffix: str, depth: int = 0) -> list[Briefing]:
    """The briefings of a file in one of FORMATS (never empty)."""
    from ..safe import strip_controls
    from . import MAX_BYTES, PLAIN, _document, ingest_entries  # the pipeline shared with text files
    from .mojibake import undo_double_decoding

    fmt = FORMATS[suffix]
    fingerprint = "sha256:" + hashlib.sha256(data).hexdigest()
    stub = Briefing(
        id=id, path=path, fingerprint=fingerprint, title=id, text="", size=len(data), format=fmt, encoding=""
    )
    if len(data) > MAX_FILE_BYTES:
        stub.problems.append(Problem("unreadable", f"larger than {MAX_FILE_BYTES // 2**20} MB: not read"))
        return [stub]
    if not data.strip():
        stub.problems.append(Problem("empty", "an empty file"))
        return [stub]
    try:
        parts = _read(fmt, data)
    except Exception as exc:  # noqa: BLE001 - a library's surprise on hostile bytes is this file's problem
        parts = [
            Part(fmt, problems=[Problem("corrupt", f"cannot read this {_LABEL.get(fmt, fmt)}: {type(exc).__name__}")])
        ]
    out: list[Briefing] = []
    used: set[str] = set()
    for part in parts:
        if part.attachment is not None:
            out.extend(_attachment(stub, part, used, depth, ingest_entries))
            continue
        b = replace(stub, problems=list(part.problems), entry=part.key, id=f"{id}#{part.key}" if part.key else id)
        if part.key:
            b.fingerprint = (
                "sha256:" + hashlib.sha256(f"{part.key}\0{part.body}".encode("utf-8", "surrogatepass")).hexdigest()
            )
        if any(p.kind in _STOP for p in part.problems):
            out.append(b)
            continue
        # Chinese a tool had read as Latin-1 and saved again (a Big5 mail's body and subject), read
        # back before the control filter (ingest.ingest_entries does so for a text file)
        body, repaired = undo_double_decoding(part.body)
        for key, value in part.hints.items():
            if isinstance(value, str) and value:
                part.hints[key], hint_repaired = undo_double_decoding(value)
                repaired = repaired or hint_repaired
        if repaired is not None:
            b.problems.append(repaired)
        # a text file's bound and control filter for a part's text too (a 45 MB mail body took
        # 169 s, 1.3 GB; a mail's ESC reached the original view)
        body = strip_controls(body)
        if len(body) > MAX_BYTES // 4 and len(raw := body.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            body = raw[:MAX_BYTES].decode("utf-8", "ignore")
            cut = f"more than {MAX_BYTES // 2**20} MB of text: only the start was read"
            b.problems.append(Problem("too_large", cut))
        # a binary document's text is plain text; a mail's text/plain part is sniffed (some mailers send markup so)
        kind = ".html" if part.html else PLAIN if fmt in BINARY else ".txt"
        b = _document(b, body, kind, hints=part.hints, link=part.link)
        b.format = fmt
        _fall_back(b, part)
        if fmt in BINARY or part.html:  # the original view says what it shows
            label = _LABEL.get(fmt, fmt)
            b.original = (
                f"[the HTML part of this {label}]\n\n"
                if part.html
                else f"[the text briefreader extracted from this {label}; the file itself is binary]\n\n"
            ) + b.original
        out.append(b)
    return out or [replace(stub, problems=[Problem("empty", f"no text in this {_LABEL.get(fmt, fmt)}")])]


# problems after which a part has no text to read (the library lists FATAL ones only as problems)
_STOP = frozenset({"no_text_layer", "encrypted", "corrupt", "unsupported", "empty", "unreadable"})


_HAN_DATE = re.compile(
    r"^\s*([〇○Ｏ零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日\s*$"
)
_ZEROS = str.maketrans("○ＯO", "〇〇〇")  # the circle and the letter a signature writes for 〇


def _han_int(s: str) -> int:
    """二〇二四 2024, 十二 12, 二十六 26 by figures.numerals.parse_chinese, the project's one reader of Chinese
    numerals; 0 for no number (三四, "three or four"), which no date has."""
    from ..figures.numerals import parse_chinese

    value = parse_chinese(s.translate(_ZEROS))
    return int(value) if value is not None and value.is_integer() else 0


def han_date(line: str) -> dt.date | None:
    """A 成文日期 in Chinese numerals, "二〇二四年一月二十六日", as official documents sign."""
    m = _HAN_DATE.match(line)
    if not m:
        return None
    try:
        return dt.date(_han_int(m[1]), _han_int(m[2]), _han_int(m[3]))
    except ValueError:
        return None


def _fall_back(b: Briefing, part: Part) -> None:
    """A title, date or source the document's properties give, where its text gave none;
    first a signature date in Chinese numerals at the end of the text."""
    from .metadata import plausible  # (the one date range: 1949 to next year)

    fb = part.fallback
    if b.date is None or b.date_precision == "year":  # a 文号's year is coarser than the signature
        for line in b.text.split("\n")[-6:][::-1]:
            if (d := han_date(line)) is not None and plausible(d) and (b.date is None or b.date.year == d.year):
                b.date, b.date_precision = d, "day"
                break
    if (b.title == b.id or not b.title) and fb.get("title"):
        b.title = fb["title"]
    if b.date is None and isinstance(fb.get("date"), dt.date):
        d = fb["date"]
        d = d.date() if isinstance(d, dt.datetime) else d
        if _made_when_written(d, b):
            b.date, b.date_precision = d, "day"
    if not b.source and fb.get("source"):
        b.source = fb["source"]
    if not b.authors and fb.get("author") and _printed(fb["author"], b):
        b.authors = [fb["author"]]


def _made_when_written(day: dt.date, b: Briefing) -> bool:
    """Whether a document property's day (the file made or saved) can be the text's: within a year of the year the
    text is of (its title and opening, metadata.infer_year). A Word file made two years after the bulletin it holds
    is a copy, converted or re-saved (dev-retired17 s20_11: 杭州's 2024 environment bulletin, 'created' 2026-02-25,
    no date shown), and one made years before its text is a template's; either dates the file, not the text."""
    from .metadata import infer_year

    year = infer_year(f"{b.title}\n{b.text[:_YEAR_SCAN]}", b.title)
    return year is None or year - 1 <= day.year <= year + 1


_YEAR_SCAN = 5000  # characters of the text read for its year: its opening says what year it is about


def _printed(name: str, b: Briefing) -> bool:
    """Whether a document property's author is printed in the document (text, title, as read).
    The property is whoever saved the file: a WPS/Word account name (举个栗子 above 深圳市统计局's
    report, tester s14 F11), Administrator, a colleague; a real author's name is on the page."""
    from ..hanzi import to_simplified

    folded = to_simplified(" ".join(name.split()))
    if not folded:
        return False
    # the text as read too: a byline line that became the source and date is cut from b.text
    return folded in b.text or folded in b.title or folded in to_simplified(b.original[:_PRINTED_SCAN])


_PRINTED_SCAN = 200_000  # characters of the document read looking for the name


_UNSAFE_KEY = re.compile(r"[\x00-\x1f\x7f/\\#]")


def _attachment(stub: Briefing, part: Part, used: set[str], depth: int, ingest_entries: Any) -> list[Briefing]:
    """An attached file read as a file of its own; its briefings' ids are the mail's id
    plus the attachment's name (``mail#report.pdf``)."""
    suffix, data = part.attachment  # type: ignore[misc]
    name = _UNSAFE_KEY.sub("_", part.name).strip()[:80] or f"attachment{suffix}"
    key, n = name, 2
    while key in used:
        key, n = f"{name}~{n}", n + 1
    used.add(key)
    sub_id = f"{stub.id}#{key}"
    if depth >= MAX_NESTING:
        return [
            replace(
                stub,
                id=sub_id,
                entry=key,
                problems=[Problem("truncated", f"attachment {key}: nested more than {MAX_NESTING} deep, not read")],
            )
        ]
    if suffix in FORMATS:
        found = format_briefings(data, id=sub_id, path=stub.path, suffix=suffix, depth=depth + 1)
    else:
        found = ingest_entries(data, id=sub_id, path=stub.path, suffix=suffix)
    out = []
    fb = part.fallback  # what the container knows of its attachment (a mail's day and sender)
    for b in found:
        read = not any(p.kind in _STOP for p in b.problems)  # an attachment not read is dated by nothing
        if read and b.date is None and isinstance(fb.get("date"), dt.date):
            d = fb["date"]
            b.date, b.date_precision = (d.date() if isinstance(d, dt.datetime) else d), "day"
        if read and not b.source and fb.get("source"):
            b.source = fb["source"]
        # one row per briefing: an attachment's own entries (a feed, a mail's attachments) flattened
        sub = b.id[len(sub_id) + 1 :] if b.id.startswith(sub_id + "#") else ""
        b.entry = key + (f"~{sub}" if sub else "")
        b.id = f"{stub.id}#{b.entry}"
        b.problems = [replace(p, message=f"attachment {key}: {p.message}") for p in b.problems]
        out.append(b)
    return out


def open_zip(data: bytes, what: str) -> tuple[zipfile.ZipFile | None, Problem | None]:
    """A zip container whose declared sizes are within bounds (a zip bomb is refused
    before anything is inflated; zipfile never reads past an entry's declared size)."""
    import io

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return None, Problem("corrupt", f"not a readable {what} (damaged zip: {str(exc)[:80]})")
    if len(infos) > MAX_ZIP_ENTRIES:
        return None, Problem(
            "unreadable", f"a {what} of {len(infos):,} parts (more than {MAX_ZIP_ENTRIES:,}): not read"
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_BYTES or any(i.file_size > MAX_ZIP_PART and not _media(i.filename) for i in infos):
        return None, Problem(
            "unreadable",
            f"a {what} that inflates to {total // 2**20:,} MB (a zip bomb, or far past any briefing): not read",
        )
    return zf, None


def _media(name: str) -> bool:
    return bool(re.search(r"\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|mp[34]|wav|ttf|otf|woff2?)$", name, re.I))


def read_member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """One entry of a checked zip, or None when it is missing, too large or damaged."""
    try:
        info = zf.getinfo(name)
        if info.file_size > MAX_ZIP_PART:
            return None
        with zf.open(info) as fh:
            return fh.read(MAX_ZIP_PART + 1)[:MAX_ZIP_PART]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None
