"""Speed of each format reader (issue 14), and a cold ingest of a mixed folder.

    python benchmarks/bench_formats.py [--repeat 5] [--pages 300] [--roundtrip]

Files are made here with the tools the tests use (tests/helpers/formats_make.py:
reportlab, python-docx, email, zipfile), so the numbers need no corpus. For each
format: the median time per file over ``--repeat`` runs, for the reader alone
(bytes to text) and for the whole pipeline (ingest_path: metadata, figures…); for
PDF also pages/s on a long report, and peak memory growth. For .docx, python-docx
against mammoth (if installed), both to text. Then load_library on a folder of
every format, no cache (cold). Small sizes: run it on a quiet machine for absolute
numbers; the ratios hold on a loaded one.
"""

from __future__ import annotations

import argparse
import io
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from helpers import formats_make as fm  # noqa: E402

from briefreader.ingest import ingest_path  # noqa: E402
from briefreader.ingest.formats import _read  # noqa: E402


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def roundtrip(split: str, columns: int = 1, tagged: bool = False) -> None:
    """PDF paragraphs against their source, on real articles typeset by a real word
    processor: each real-world article of ``split`` (its text as briefreader reads
    the page) becomes a .docx (title, justified paragraphs with a two-character
    first-line indent, a running header and a page-number footer), LibreOffice makes
    the PDF, and the PDF reader's paragraphs are compared with the source's, exactly
    (whitespace aside). With ``columns=2`` the body is set in two columns of 10.5 pt
    under a full-width title (articles of 1,500 characters or more). ``tagged``
    exports a tagged PDF (as Word and WPS do by default), whose running heads are
    marked as artifacts. Needs soffice (Debian: libreoffice-writer-nogui) and a CJK
    font; skipped, saying so, without them."""
    import subprocess

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    from briefreader.ingest.pdf import read_pdf

    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"roundtrip ({split}): skipped, no soffice")
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench_roundtrip_"))
    try:
        golds: dict[str, list[str]] = {}
        for page in sorted((REPO / "tests" / "data" / "realworld" / split).glob("*.htm*")):
            b = ingest_path(page, page.parent)[0]
            if len("".join(b.paragraphs)) < (400 if columns == 1 else 1500):
                continue
            d = docx.Document()
            normal = d.styles["Normal"]
            normal.font.size = Pt(16 if columns == 1 else 10.5)
            normal.font.name = "WenQuanYi Zen Hei"
            normal.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Zen Hei")
            title = d.add_paragraph(b.title)
            title.alignment = WD_ALIGN_PARAGRAPH.CENTER
            title.runs[0].font.size = Pt(22)
            if columns == 2:  # a continuous section break, then two columns
                cols = d.add_section(0)._sectPr.find(qn("w:cols"))
                if cols is None:
                    cols = OxmlElement("w:cols")
                    d.sections[-1]._sectPr.append(cols)
                cols.set(qn("w:num"), "2")
                cols.set(qn("w:space"), "425")
            for para in b.paragraphs:
                q = d.add_paragraph(para)
                q.paragraph_format.first_line_indent = Pt(32 if columns == 1 else 21)
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            section = d.sections[0]
            section.header.paragraphs[0].text = (b.source or "简报") + "　内部参考"
            run = section.footer.paragraphs[0].add_run()
            for kind in ("begin", "PAGE", "end"):
                el = OxmlElement("w:instrText" if kind == "PAGE" else "w:fldChar")
                if kind == "PAGE":
                    el.text = kind
                else:
                    el.set(qn("w:fldCharType"), kind)
                run._r.append(el)
            d.save(str(tmp / f"{page.stem}.docx"))
            golds[page.stem] = [b.title, *b.paragraphs]
        target = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' if tagged else "pdf"
        subprocess.run(
            [
                soffice,
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(tmp / "pdf"),
                *sorted(str(p) for p in tmp.glob("*.docx")),
            ],
            capture_output=True,
            timeout=600,
        )

        def norm(s: str) -> str:
            return "".join(s.replace("\xad", "").split())  # a soft hyphen is not printed

        exact = total = titles = extra = pages = 0
        times = []
        for stem, gold in golds.items():
            pdf = tmp / "pdf" / f"{stem}.pdf"
            if not pdf.exists():
                continue
            started = time.perf_counter()
            part = read_pdf(pdf.read_bytes())[0]
            times.append(time.perf_counter() - started)
            pages += part.units
            got = [norm(x) for x in part.body.split("\n")]
            want = {norm(x) for x in gold[1:]}
            exact += sum(norm(p) in set(got) for p in gold[1:])
            total += len(gold) - 1
            titles += norm(part.hints.get("title", "")) == norm(gold[0])
            extra += sum(1 for x in got[1:] if x not in want)
        print(
            f"roundtrip ({split}, {columns} column(s){', tagged' if tagged else ''}, {len(times)} LibreOffice PDFs, {pages} pages): paragraphs exact {exact}/{total}, "
            f"titles {titles}/{len(times)}, lines not in the source {extra}, "
            f"median {statistics.median(times) * 1000:.0f} ms per file"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--roundtrip", action="store_true", help="also score PDFs LibreOffice makes of the real articles")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_formats_"))
    try:
        files = {
            "pdf (红头, 1 page)": fm.redhead_pdf(tmp / "notice.pdf"),
            "pdf (2 columns, 3 pages)": fm.two_column_pdf(tmp / "bulletin.pdf"),
            "docx (table)": fm.docx_file(tmp / "cpi.docx"),
            "eml (GB2312 QP + PDF)": fm.eml_gb2312_qp(tmp / "mail.eml", attach_pdf=fm.pdf_bytes(fm.redhead_pdf)),
            "eml (Big5 base64)": fm.eml_big5_b64(tmp / "tw.eml"),
            "mhtml": fm.mhtml_file(tmp / "page.mhtml"),
            "epub (2 chapters)": fm.epub_file(tmp / "issue.epub"),
        }
        print(f"{'format':28} {'reader ms':>10} {'pipeline ms':>12} {'files/s':>8}")
        for label, path in files.items():
            data = path.read_bytes()
            fmt = {".pdf": "pdf", ".docx": "docx", ".eml": "eml", ".mhtml": "mhtml", ".epub": "epub"}[path.suffix]
            reader = _median(lambda: _read(fmt, data), args.repeat)
            whole = _median(lambda: ingest_path(path, tmp), args.repeat)
            print(f"{label:28} {reader * 1000:10.1f} {whole * 1000:12.1f} {1 / whole:8.1f}")

        try:
            import mammoth
        except ImportError:
            mammoth = None
        if mammoth is not None:
            data = files["docx (table)"].read_bytes()
            m = _median(lambda: mammoth.extract_raw_text(io.BytesIO(data)), args.repeat)
            d = _median(lambda: _read("docx", data), args.repeat)
            table = mammoth.extract_raw_text(io.BytesIO(data)).value
            row = "one line" if "全国\t" in table else "one paragraph per cell"
            print(
                f"docx to text: python-docx {d * 1000:.1f} ms, mammoth {m * 1000:.1f} ms; "
                f"mammoth gives a table row as {row}, python-docx as one line"
            )

        long_pdf = fm.long_pdf(tmp / "report.pdf", pages=args.pages)
        data = long_pdf.read_bytes()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        reader = _median(lambda: _read("pdf", data), max(1, args.repeat // 2))
        whole = _median(lambda: ingest_path(long_pdf, tmp), max(1, args.repeat // 2))
        grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        print(
            f"pdf, {args.pages} pages ({len(data) // 1024} KB): reader {reader:.2f} s "
            f"({args.pages / reader:.0f} pages/s), pipeline {whole:.2f} s ({args.pages / whole:.0f} pages/s), "
            f"peak memory +{grew:.0f} MB"
        )

        folder = tmp / "mixed"
        folder.mkdir()
        for n in range(4):
            for path in files.values():
                shutil.copy(path, folder / f"{path.stem}_{n}{path.suffix}")
            shutil.copy(REPO / "briefings" / "000_6725c00bccd9a398.txt", folder / f"note_{n}.txt")
        from briefreader.config import read_config
        from briefreader.library import load_library

        config = read_config(REPO / "config.toml")
        config.briefings = folder
        t = time.perf_counter()
        lib = load_library(config, use_cache=False)
        took = time.perf_counter() - t
        count = len(list(folder.iterdir()))
        print(
            f"cold ingest, mixed folder of {count} files: {took:.2f} s ({count / took:.1f} files/s), "
            f"{len(lib.briefings)} briefings, {len(lib.problems)} problem lines"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.roundtrip:  # last: its LibreOffice runs would hide the memory peak above
        for split in ("dev", "heldout"):
            roundtrip(split)
            roundtrip(split, columns=2)
            roundtrip(split, tagged=True)


if __name__ == "__main__":
    main()
