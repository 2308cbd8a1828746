"""Hostile files, session 8: what the other guards (test_limits, test_fuzz, test_feeds,
test_formats_files, test_figures_bounds, tui/test_terminal_safety, test_hostile_names)
did not try. Every byte of a file is untrusted: each case is read the way the library
reads it (``ingest_entries``/``ingest_path``, ``library.analyse``, the CLI), and must
end in bounded time and memory, as a briefing or a problem, never an exception, with no
control sequence reaching the output.

Measured on a loaded 2-core machine (load 9-11) before the fixes of this file's commit:
- a .docx of 200,000 unstyled paragraphs (94 KB zipped): 284 s in read_docx
  (python-docx scans every style for each paragraph's style lookup); after: 4.7 s;
- a mail with a 1.7 MB Subject of encoded words: 27 s (email.header.decode_header
  is quadratic); a 10 MB one did not end in 180 s; after: 0.7 s;
- a mail whose 45 MB base64 body decodes to 17.8 M characters: 169 s, 1.26 GB (a
  part's text had no bound, a text file's is MAX_BYTES); after: 30 s, 524 MB;
- an EPUB of 24 KB whose spine lists one 10 KB chapter 4,000 times: 500 briefings, 86 s;
  after: one, 0.75 s.
"""

from __future__ import annotations

import base64
import io
import multiprocessing
import os
import queue
import resource
import time
import traceback
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers.unsafe import offending

from briefreader.figures import extract_figures
from briefreader.ingest import MAX_FIGURES, ingest_entries

SENTENCE = "据统计，2023年上海数字经济规模超过3000亿元，同比增长15.3%，新增企业8000余家。"
WATCHDOG = 60.0  # seconds: the slowest case takes a few; a quadratic one minutes


# --- the watchdog: a child process, its time and its peak memory -------------------------


def _child(results: Any, work: Any, args: tuple) -> None:
    try:
        # A forked child starts with its parent's resident pages (a long test run's: hundreds of MB);
        # what is bounded is what the work adds to them.
        inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        value = work(*args)
        peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - inherited) / 1024
        results.put(("ok", value, time.perf_counter() - start, peak_mb))
    except BaseException:  # noqa: BLE001 - reported to the parent as text
        results.put(("error", traceback.format_exc(), 0.0, 0.0))


def bounded(label: str, work: Any, *args: Any, memory_mb: float = 600) -> Any:
    """``work(*args)`` in a child (forked: it shares what is imported); fails on an
    exception, past WATCHDOG seconds, or past ``memory_mb`` of peak resident memory above what it inherited."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    results = ctx.Queue()
    child = ctx.Process(target=_child, args=(results, work, args), daemon=True)
    child.start()
    try:
        status, value, elapsed, peak = results.get(timeout=WATCHDOG)
    except queue.Empty:
        child.kill()
        child.join()
        pytest.fail(f"{label}: still running after {WATCHDOG:.0f} s")
    child.join()
    print(f"\n{label}: {elapsed:.2f} s, peak {peak:.0f} MB")
    if status == "error":
        pytest.fail(f"{label} raised:\n{value}")
    assert peak < memory_mb, f"{label}: {peak:.0f} MB"
    return value


def _read(data: bytes, suffix: str) -> list[dict[str, Any]]:
    return [
        {
            "id": b.id,
            "title": b.title,
            "text": len(b.text),
            "secret": "SECRET" in b.title + b.text + b.original,
            "problems": [p.kind for p in b.problems],
            "unsafe": offending(b.title + b.text + b.source + b.original + "".join(p.message for p in b.problems)),
        }
        for b in ingest_entries(data, id="x", path=f"/nonexistent/x{suffix}", suffix=suffix)
    ]


# --- Word: a long document without paragraph styles ----------------------------------------


def _docx(paragraphs: int) -> bytes:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("上海发布元宇宙产业发展行动方案", style="Title")
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    unstyled = f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>".encode() * paragraphs
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":  # Word writes no w:pStyle for Normal text
                data = data.replace(b"<w:sectPr", unstyled + b"<w:sectPr", 1)
            zf.writestr(info.filename, data)
    return out.getvalue()


def test_a_long_word_document_looks_each_style_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # python-docx finds a paragraph's default style by scanning every style of the
    # document, for each paragraph: 5,000 Normal paragraphs took 23 s, 200,000 took 284 s.
    from docx.oxml.styles import CT_Styles

    calls = []
    default_for = CT_Styles.default_for
    monkeypatch.setattr(CT_Styles, "default_for", lambda self, t: calls.append(t) or default_for(self, t))
    [b] = _read(_docx(2000), ".docx")
    assert b["title"] == "上海发布元宇宙产业发展行动方案" and b["text"] > 2000 * 30
    assert len(calls) < 50, len(calls)  # per style id (and the first lines' title check), not per paragraph


def test_a_word_document_of_200000_paragraphs_in_bounded_time() -> None:
    data = _docx(200_000)
    assert len(data) < 200_000  # a small file: the size check cannot refuse it
    [b] = bounded("docx, 200,000 paragraphs", _read, data, ".docx")
    assert "truncated" in b["problems"] and not b["unsafe"]


# --- e-mail -----------------------------------------------------------------------------------


def test_a_subject_of_a_million_encoded_words_is_cut_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    import email.header

    from briefreader.ingest.eml import MAX_HEADER

    seen: list[int] = []
    decode = email.header.decode_header
    monkeypatch.setattr(email.header, "decode_header", lambda v: seen.append(len(str(v))) or decode(v))
    data = b"Subject: " + b"=?utf-8?b?5LiK5rW3?= " * 20_000 + b"\r\nFrom: a@b.c\r\n\r\n" + SENTENCE.encode() + b"\r\n"
    [b] = _read(data, ".eml")  # here, not in a child: ``seen`` is this process's
    assert b["title"].startswith("上海上海") and len(b["title"]) <= 200
    assert max(seen) <= MAX_HEADER  # decode_header is quadratic: it never sees the whole header
    data = b"Subject: " + b"=?utf-8?b?5LiK5rW3?= " * 500_000 + b"\r\nFrom: a@b.c\r\n\r\nbody\r\n"  # 10 MB
    bounded("Subject of 500,000 encoded words", _read, data, ".eml")


def _mail(body: bytes, *, html: bool = False) -> bytes:
    kind = "html" if html else "plain"
    return (
        b"Subject: big\r\nFrom: a@b.c\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: text/{kind}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n".encode()
        + base64.encodebytes(body)
    )


@pytest.mark.parametrize("suffix", [".eml", ".mhtml"])
def test_a_huge_mail_or_archive_body_is_cut_like_a_text_file(monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    # The bound of a text file (MAX_BYTES, 8 MB) held for no part of a mail or a web
    # archive: a 45 MB body (60 MB of base64) was read whole, 169 s and 1.3 GB.
    import briefreader.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 64 * 1024)  # the same rule, at a size a test can afford
    body = (SENTENCE * 5000).encode()  # 525 KB
    data = _mail(
        b"<html><body><p>" + body + b"</p></body></html>" if suffix == ".mhtml" else body, html=suffix == ".mhtml"
    )
    if suffix == ".mhtml":
        data = (
            data.replace(
                b"Content-Type: text/html",
                b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html',
                1,
            )
            + b"\r\n--B--\r\n"
        )
    [b] = _read(data, suffix)
    assert "too_large" in b["problems"]
    assert 10_000 < b["text"] <= 64 * 1024, b["text"]  # of 225,000 characters


def test_a_mail_of_10000_flat_parts_and_10000_attachments() -> None:
    for disposition in ("", 'Content-Disposition: attachment; filename="a{i}.txt"\r\n'):
        parts = "".join(
            f"--B\r\nContent-Type: text/plain; charset=utf-8\r\n{disposition.format(i=i)}\r\n第{i}段\x1b[31m正文。\r\n"
            for i in range(10_000)
        )
        data = f'Subject: t\r\nFrom: a@b.c\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n{parts}--B--\r\n'
        found = bounded("mail of 10,000 parts", _read, data.encode(), ".eml")
        assert 1 <= len(found) <= 51 and not any(b["unsafe"] for b in found)  # MAX_ATTACHMENTS, and the body


# --- EPUB --------------------------------------------------------------------------------------

_CONTAINER = (
    '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
    '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
    "</container>"
)


def _epub(hrefs: list[str], files: dict[str, str], title: str = "t", doctype: str = "") -> bytes:
    man = "".join(f'<item id="i{k}" href="{h}" media-type="application/xhtml+xml"/>' for k, h in enumerate(hrefs))
    spine = "".join(f'<itemref idref="i{k}"/>' for k in range(len(hrefs)))
    opf = (
        f'<?xml version="1.0"?>{doctype}<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></metadata>'
        f"<manifest>{man}</manifest><spine>{spine}</spine></package>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", _CONTAINER)
        zf.writestr("OEBPS/content.opf", opf)
        for name, text in files.items():
            zf.writestr(name, text)
    return out.getvalue()


_CHAPTER = f"<html><body><h1>第一章</h1><p>{SENTENCE * 4}</p></body></html>"


def test_a_spine_that_repeats_one_chapter_reads_it_once() -> None:
    data = _epub(["c1.xhtml"] * 4000, {"OEBPS/c1.xhtml": _CHAPTER * 20})
    assert len(data) < 50_000
    found = bounded("EPUB spine of one chapter 4,000 times", _read, data, ".epub")
    assert len(found) == 1, len(found)  # was 500 briefings of the same page


def test_epub_paths_and_entities_reach_no_file_outside_the_book(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xhtml"
    secret.write_text(f"<html><body><p>SECRET{SENTENCE * 3}</p></body></html>", encoding="utf-8")
    rel = os.path.relpath(secret, "/")
    hrefs = [f"../../../../../../../../{rel}", str(secret), f"file://{secret}", "c1.xhtml"]
    xxe = f'<!DOCTYPE package [<!ENTITY x SYSTEM "file://{secret}">]>'
    files = {"OEBPS/c1.xhtml": _CHAPTER, "../../evil.xhtml": _CHAPTER.replace("第一章", "EVIL")}
    for data in (_epub(hrefs, files), _epub(hrefs, files, title="&x;", doctype=xxe)):
        found = _read(data, ".epub")
        assert len(found) == 1 and not found[0]["secret"] and found[0]["problems"] == []  # c1.xhtml only


# --- PDF: lies in the structure -----------------------------------------------------------------


def _pdf(objs: list[bytes], startxref: int | None = None) -> bytes:
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, startxref or xref)
    return out


_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"
PDFS = {
    "a page count of two billion": _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", _PAGE]
    ),
    "a page tree that contains itself": _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>", _PAGE]
    ),
    "an xref past the end": _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE],
        startxref=999_999_999,
    ),
    "20,000 pages": _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (i + 3) for i in range(20_000)) + b"] /Count 20000 >>",
        ]
        + [_PAGE] * 20_000
    ),
    "an array nested 200,000 deep": _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 200_000 + b"]" * 200_000 + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _PAGE,
        ]
    ),
}


@pytest.mark.parametrize("data", PDFS.values(), ids=PDFS.keys())
def test_a_pdf_that_lies_about_its_structure_is_a_problem(data: bytes) -> None:
    [b] = bounded("PDF", _read, data, ".pdf")
    assert b["problems"] and b["text"] == 0  # no page has text: said, never raised


# --- figures: number runs the grammar could chew on ------------------------------------------

RUNS = {
    "一 x 100,000": "一" * 100_000,
    "10,000 digits": "9" * 10_000 + "亿元",
    "digits joined by 、": "、".join("1234567890" for _ in range(10_000)) + "万元",
    "digits joined by -": "-".join(str(i) for i in range(20_000)) + "%",
    "ranges of ranges": "1至2至" * 20_000 + "3亿元",
    "hedges": "约逾超过近" * 20_000 + "3亿元",
    "scales": "万亿千百十" * 20_000 + "元",
}


def _figures(text: str) -> tuple[int, bool]:
    found = extract_figures(text, limit=MAX_FIGURES)
    return len(found), all(text[f.start : f.end] == f.text for f in found)


@pytest.mark.parametrize("text", RUNS.values(), ids=RUNS.keys())
def test_pathological_number_runs_extract_in_bounded_time(text: str) -> None:
    count, offsets = bounded("figures", _figures, text, memory_mb=400)
    assert offsets and count <= MAX_FIGURES


# --- the terminal: every format's fields, through the CLI ------------------------------------

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b]8;;http://evil.example/\x1b\\\x9b31m\x9d0;t\x9c\u202e\u2066\x07\x08\r"
MARKUP = "[bold]B[/bold][@click=app.quit]Q[/]"


def _hostile_folder(folder: Path) -> None:
    title = f"标题{ESCAPES}{MARKUP}"
    body = f"<p>{SENTENCE}{ESCAPES}{MARKUP}</p>"
    folder.mkdir()
    (folder / "page.html").write_text(
        f"<html><head><title>{title}</title></head><body>{body * 3}</body></html>", encoding="utf-8"
    )
    (folder / "note.md").write_text(
        f'---\ntitle: "{title.encode("unicode_escape").decode()}"\nsource: 新华社{MARKUP}\n---\n{SENTENCE}{ESCAPES}\n',
        encoding="utf-8",
    )
    (folder / "feed.rss").write_text(
        f'<rss version="2.0"><channel><title>源{MARKUP}</title><item><title>{title.replace(chr(0x1B), "&#27;")}</title>'
        f"<description><![CDATA[{body}]]></description></item></channel></rss>",
        encoding="utf-8",
    )
    subject = "=?utf-8?b?" + base64.b64encode(title.encode()).decode() + "?="
    (folder / "mail.eml").write_bytes(
        f"Subject: {subject}\r\nFrom: =?utf-8?b?{base64.b64encode(('新华社' + ESCAPES).encode()).decode()}?= <a@b.c>\r\n".encode()
        + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes((SENTENCE + ESCAPES + MARKUP).encode() * 3)
    )
    (folder / "book.epub").write_bytes(
        _epub(
            ["c1.xhtml"],
            {"OEBPS/c1.xhtml": f"<html><body><h1>{title.replace(chr(0x1B), '')}</h1>{body * 4}</body></html>"},
        )
    )
    (folder / "raw.txt").write_bytes(
        title.encode()
        + b"\n\n"
        + SENTENCE.encode("utf-16-le", "surrogatepass")
        + b"\xed\xa0\x80\xff\xfe"
        + SENTENCE.encode()
    )


def test_no_format_passes_a_control_sequence_to_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefreader.cli import main

    folder = tmp_path / "b"
    _hostile_folder(folder)
    base = ["--no-cache", "--briefings", str(folder), "--notes", str(tmp_path / "n.toml")]
    assert main([*base, "list", "--json"]) in (0, 1)
    import json

    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert {r["id"].split("#")[0] for r in rows} >= {"page", "note", "feed", "mail", "book"}, (
        out
    )  # raw.txt: a problem or a row
    runs = [["list"], ["check"]] + [["show", r["id"]] for r in rows] + [["figures", r["id"]] for r in rows]
    for args in runs:
        main([*base, *args])
        out, err = capsys.readouterr()
        assert not offending(out.replace("\n", "").replace("\t", "") + err.replace("\n", "")), (args, out[:300])
        assert "\x1b" not in out + err and "\x9b" not in out + err
    # markup is text in plain output (it is escaped in the TUI: tui/test_terminal_safety)
    main([*base, "list"])
    assert "[@click=app.quit]Q[/]" in capsys.readouterr().out


# --- Markdown: link and emphasis openers -------------------------------------------------------

MARKDOWN = {
    "![": "![",
    "[": "[",
    "[a": "[a",
    "*_": "*_",
    "![](": "![](",
}


def _markdown(unit: str) -> dict[str, Any]:
    from briefreader.ingest.markdown import MAX_PARSED

    line = unit * ((MAX_PARSED - 200) // len(unit.encode()))  # just under the size the parser still reads
    [b] = _read((line + "\n\n" + SENTENCE).encode(), ".md")
    return b


@pytest.mark.parametrize("unit", MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_of_openers_costs_no_more_than_prose(unit: str) -> None:
    # markdown-it scans deep at each "[" (bounded by maxNesting, not by the line): 250 KB
    # of "![" took 15 s, 19x as much prose; past MAX_OPENERS the linear rules read it.
    start = time.perf_counter()
    prose = _markdown("据统计，2023年上海[数字经济](http://x.cn/a)规模**超过**3000亿元。\n\n")
    normal = time.perf_counter() - start
    b = bounded(f"256 KB of {unit!r}", _markdown, unit)  # first under the watchdog
    start = time.perf_counter()
    _markdown(unit)
    hostile = time.perf_counter() - start
    print(f"prose: {normal:.2f} s, {unit!r}: {hostile:.2f} s")
    assert b["text"] >= len(SENTENCE) and not b["unsafe"] and prose["text"] > 1000
    assert hostile < 3 * normal + 1.0


def test_few_openers_are_still_parsed() -> None:
    from briefreader.ingest.markdown import MAX_OPENERS, markdown_to_text

    links = "".join(f"第{i}条[报告](http://x.cn/{i})，**重点**。\n\n" for i in range(MAX_OPENERS // 6))
    assert "](" not in markdown_to_text(links) and "**" not in markdown_to_text(links)
    table = "| 项目 | 金额 |\n|---|---|\n| 投资 | 3000亿元 |\n" + links
    assert "投资 | 3000亿元" in markdown_to_text(table)  # the parser's table, not the linear rules


# --- one file that breaks the pipeline never stops the run -------------------------------------


def test_a_file_that_makes_the_pipeline_raise_is_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every reader is meant never to raise; a surprise on hostile bytes (a RecursionError
    # deep in a library, a bug) stopped the whole load, and no other file was listed.
    import briefreader.ingest as ingest
    from briefreader.config import read_config
    from briefreader.library import load_library

    real = ingest.extract_metadata

    def breaks(text: str, *args: Any, **kwargs: Any) -> Any:
        if "BREAKS" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(ingest, "extract_metadata", breaks)
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "bad.txt").write_text(f"标题\n\nBREAKS{SENTENCE}\n", encoding="utf-8")
    (folder / "good.txt").write_text(f"上海数字经济\n\n{SENTENCE}\n", encoding="utf-8")
    config = read_config(Path(__file__).resolve().parents[2] / "config.toml")
    config.briefings, config.cache_dir = folder, tmp_path / "cache"
    lib = load_library(config)
    assert [b.id for b in lib.briefings] == ["good"]
    assert [(p.relpath, p.problem.kind) for p in lib.problems] == [("bad.txt", "corrupt")]
    assert "RecursionError" in lib.problems[0].problem.message
