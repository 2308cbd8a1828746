"""PDF (issue 14): real PDFs made with reportlab's built-in CID font STSong-Light,
read with pypdfium2: a 红头 document, a two-column bulletin with running heads and a
page with no text layer, a scan, an encrypted file, a long report. Words from
tests/data/realworld (see tests/helpers/formats_make.py for the provenance)."""

from __future__ import annotations

import resource
import shutil
import time
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from helpers import formats_make as fm  # noqa: E402

from briefreader.ingest import ingest_path, original_text  # noqa: E402
from briefreader.ingest.pdf import MAX_PAGES  # noqa: E402


def _one(path: Path):
    found = ingest_path(path, path.parent)
    assert len(found) == 1
    return found[0]


def test_redhead_document_issuer_number_title_date(tmp_path) -> None:
    b = _one(fm.redhead_pdf(tmp_path / "notice.pdf"))
    assert b.format == "pdf" and not b.problems
    assert b.title == fm.JILIN_TITLE  # set on two lines, joined; the issuer line "…文件" is not the title
    assert b.source == fm.JILIN_ISSUER
    assert b.date_iso == "2022-01-28"  # 成文日期 at the end, not the PDF's CreationDate (today)
    assert fm.JILIN_NUMBER in b.text
    # paragraphs rebuilt from lines hard-wrapped every 30 characters
    for para in fm.JILIN_PARAS:
        assert para in b.paragraphs
    assert "— 1 —" not in b.text and "文件" not in b.text.split("\n")[0]


def test_signature_date_in_chinese_numerals(tmp_path) -> None:
    b = _one(fm.redhead_pdf(tmp_path / "notice.pdf", date_line="二〇二二年一月二十八日"))
    assert b.date_iso == "2022-01-28" and b.source == fm.JILIN_ISSUER


def test_a_slanted_watermark_is_not_text(tmp_path) -> None:
    b = _one(fm.redhead_pdf(tmp_path / "marked.pdf", pages=2, watermark="内部资料注意保密"))
    assert not any(set(p) <= set("内部资料注意保密") for p in b.paragraphs), b.paragraphs
    assert all(p in b.paragraphs for p in fm.JILIN_PARAS)


def test_running_header_and_page_numbers_leave_a_long_document(tmp_path) -> None:
    b = _one(fm.redhead_pdf(tmp_path / "gazette.pdf", pages=3, header="吉林省人民政府公报"))
    assert "公报" not in b.text and "—" not in "".join(p for p in b.paragraphs if len(p) < 8)
    assert not any(p.strip("—- 0123456789") == "" for p in b.paragraphs)
    # a paragraph that runs over a page break is one paragraph
    assert all(p in fm.JILIN_PARAS or p == fm.JILIN_NUMBER for p in b.paragraphs)


def test_two_columns_read_left_then_right_and_a_page_without_text_is_said(tmp_path) -> None:
    b = _one(fm.two_column_pdf(tmp_path / "bulletin.pdf"))
    assert b.title == fm.CPI_TITLE and b.source == fm.CPI_SOURCE and b.date_iso == "2024-05-11"
    first = fm.CPI_PARAS[0]
    assert b.paragraphs[0].startswith(first)  # the left column's paragraph runs on into the right one
    assert "统计信息快报" not in b.text and "第18期" not in b.text and "第 1 页" not in b.text
    figures = {f.text for f in b.figures}
    assert {"上涨0.3%", "下降2.7%", "上涨0.9%"} <= figures  # "2.7%" was split over two lines
    assert [p.kind for p in b.problems] == ["truncated"] and "page 3" in b.problems[0].message


def test_a_footnote_does_not_cut_a_paragraph_running_over_the_page(tmp_path) -> None:
    b = _one(fm.footnote_pdf(tmp_path / "notes.pdf"))
    assert all(p in b.paragraphs for p in fm.JILIN_PARAS), b.paragraphs
    assert b.paragraphs[-1].startswith("①") and "第二十条" in b.paragraphs[-1]  # kept, as an endnote


def test_a_table_is_rows_not_columns(tmp_path) -> None:
    b = _one(fm.table_pdf(tmp_path / "table.pdf"))
    rows = [p for p in b.paragraphs if len(p) < 20]
    assert len(rows) == len(fm.CPI_TABLE)
    for row, got in zip(fm.CPI_TABLE, rows, strict=False):  # a row a line, its cells in order
        assert got.split() == list(row) or "".join(got.split()) == "".join(row), got
    assert fm.CPI_PARAS[0] in b.paragraphs and fm.JILIN_PARAS[1] in b.paragraphs


def test_a_pdf_under_another_name_is_read_as_a_pdf(tmp_path) -> None:
    data = fm.redhead_pdf(tmp_path / "notice.pdf").read_bytes()
    (tmp_path / "notice.pdf.txt").write_bytes(data)
    b = _one(tmp_path / "notice.pdf.txt")
    assert b.format == "pdf" and b.title == fm.JILIN_TITLE and not b.problems


def test_scan_without_text_layer_is_a_problem_not_an_empty_briefing(tmp_path) -> None:
    b = _one(fm.scan_pdf(tmp_path / "scan.pdf"))
    assert [p.kind for p in b.problems] == ["no_text_layer"]
    assert "OCR" in b.problems[0].message


def test_an_ocr_layer_is_read_without_its_letter_spacing(tmp_path) -> None:
    b = _one(fm.ocr_pdf(tmp_path / "ocr.pdf"))
    assert not b.problems
    assert fm.JILIN_PARAS[1] in b.paragraphs, b.paragraphs  # "一 、 吉 林 省 …" read as written


def test_a_pdf_with_nothing_on_it_is_empty_not_a_scan(tmp_path) -> None:
    b = _one(fm.blank_pdf(tmp_path / "blank.pdf"))
    assert [p.kind for p in b.problems] == ["empty"]


def test_encrypted_pdf_is_a_problem(tmp_path) -> None:
    b = _one(fm.encrypted_pdf(tmp_path / "locked.pdf"))
    assert [p.kind for p in b.problems] == ["encrypted"]


@pytest.mark.parametrize("cut", [0, 100, 0.5, 0.98])
def test_truncated_or_corrupt_pdf_is_one_problem(tmp_path, cut) -> None:
    data = fm.redhead_pdf(tmp_path / "whole.pdf").read_bytes()
    n = cut if isinstance(cut, int) else int(len(data) * cut)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data[:n] if n else b"%PDF-1.4\n" + bytes(range(256)) * 8)
    b = _one(bad)
    # PDFium repairs what it can (a cut near the end keeps the text); otherwise one problem
    assert b.problems and len(b.problems) == 1 or b.text, b.problems
    if b.problems:
        assert b.problems[0].kind in {"corrupt", "no_text_layer"}


def test_the_original_view_shows_the_extracted_text_and_says_so(tmp_path) -> None:
    b = _one(fm.redhead_pdf(tmp_path / "notice.pdf"))
    b.original = ""  # as a list entry from the index cache
    shown = original_text(b)
    assert shown.startswith("[the text briefreader extracted from this PDF")
    assert fm.JILIN_PARAS[2][:20] in shown and "%PDF" not in shown


def test_a_300_page_pdf_in_bounded_time_and_memory(tmp_path) -> None:
    path = fm.long_pdf(tmp_path / "report.pdf", pages=300)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    b = _one(path)
    took = time.perf_counter() - started
    grew_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(b.text) > 100_000 and "\n300\n" not in b.text
    # measured 4.3 s (whole pipeline) and +24 MB on a loaded 2-core machine; loose bounds for CI
    assert took < 60 and grew_mb < 400, (took, grew_mb)
    assert MAX_PAGES >= 300


def _has_font(name: str) -> bool:
    import subprocess

    try:
        return bool(subprocess.run(["fc-list", name], capture_output=True, text=True, timeout=30).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.skipif(
    shutil.which("soffice") is None or not _has_font("WenQuanYi Zen Hei"),
    reason="needs LibreOffice (soffice) and fonts-wqy-zenhei",
)
def test_word_processor_pdf_tagged_artifacts_and_rare_hanzi(tmp_path) -> None:
    """A PDF as word processors make them: LibreOffice exports a one-page .docx with a
    running header and a page-number footer as a tagged PDF (Word and WPS tag by
    default); the header is marked /Artifact, which is the only way to know it on a
    page with no other page to repeat on. A hanzi outside the BMP (𩠌, two UTF-16
    units in PDFium's count) keeps the characters after it in place."""
    import subprocess

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "WenQuanYi Zen Hei"  # Debian's fonts-wqy-zenhei: has the glyph for 𩠌
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Zen Hei")
    d.sections[0].header.paragraphs[0].text = "统计信息快报　内部参考"
    run = d.sections[0].footer.paragraphs[0].add_run()
    for kind in ("begin", "PAGE", "end"):
        el = OxmlElement("w:instrText" if kind == "PAGE" else "w:fldChar")
        if kind == "PAGE":
            el.text = kind
        else:
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
    d.add_paragraph(fm.CPI_TITLE)
    rare = "家庭主妇到街市买𩠌高危，" + fm.CPI_PARAS[1]
    for para in (fm.CPI_PARAS[0], rare):
        d.add_paragraph(para)
    d.save(str(tmp_path / "brief.docx"))
    target = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(tmp_path), str(tmp_path / "brief.docx")],
        capture_output=True,
        timeout=180,
    )
    b = _one(tmp_path / "brief.pdf")
    assert "内部参考" not in b.text
    assert rare in b.paragraphs and fm.CPI_PARAS[0] in b.paragraphs
