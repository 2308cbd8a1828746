"""A PDF's extracted text is kept between reads (tester s15 P1: a 381-page PDF took
5-10 s on every show / TUI open). ingest/pdfcache.py, hooked in pdf.read_pdf."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from helpers import formats_make as fm  # noqa: E402

from briefreader.ingest import ingest_path, pdf, pdfcache  # noqa: E402


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every PDF is kept (no minimum read time); the extractor's calls counted."""
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pdfcache, "MIN_SECONDS", 0.0)
    made: list[int] = []
    real = pdf._open

    def counted(pdfium, data):
        made.append(len(data))
        return real(pdfium, data)

    monkeypatch.setattr(pdf, "_open", counted)
    return made


def _entries() -> list[Path]:
    return sorted(pdfcache.folder().glob("*.json.z"))


def test_second_open_does_not_extract_again(tmp_path: Path, calls: list[int]) -> None:
    path = fm.redhead_pdf(tmp_path / "notice.pdf", pages=2)
    first = ingest_path(path, tmp_path)[0]
    second = ingest_path(path, tmp_path)[0]
    assert len(calls) == 1
    assert second.text == first.text and second.title == first.title == fm.JILIN_TITLE
    assert second.date_iso == first.date_iso and second.source == first.source
    assert pdf.read_pdf(path.read_bytes()) == pdf.read_pdf(path.read_bytes())  # parts kept whole (dates too)
    assert len(calls) == 1 and len(_entries()) == 1
    assert oct(pdfcache.folder().stat().st_mode & 0o777) == "0o700"


@pytest.mark.parametrize(
    "damage",
    ["truncated", "garbage", "empty", "other_header", "bad_json", "bad_shape", "trailing", "symlink", "folder"],
)
def test_a_damaged_entry_is_ignored_and_replaced(tmp_path: Path, calls: list[int], damage: str) -> None:
    data = fm.pdf_bytes(pages=1)
    good = pdf.read_pdf(data)
    [entry] = _entries()
    raw = entry.read_bytes()
    head = raw[: raw.index(b"\n", len(b"briefreader-pdftext 1\n")) + 1]
    wrong = [{"format": "pdf", "key": "", "body": "假的文字", "html": False, "hints": {}, "fallback": {}}]
    entry.unlink()
    if damage == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        entry.write_bytes(os.urandom(300))
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "other_header":  # another file's entry under this name
        entry.write_bytes(b"briefreader-pdftext 1\n" + b"0" * 40 + b"\n" + raw[len(head) :])
    elif damage == "bad_json":
        entry.write_bytes(head + zlib.compress(b"[{not json"))
    elif damage == "bad_shape":  # a part without its fields: never half a text
        entry.write_bytes(head + zlib.compress(repr(wrong).replace("'", '"').replace("False", "false").encode()))
    elif damage == "trailing":
        entry.write_bytes(raw + b"more")
    elif damage == "symlink":
        other = tmp_path / "elsewhere"
        other.write_bytes(raw)
        entry.symlink_to(other)
    elif damage == "folder":
        entry.mkdir()
    again = pdf.read_pdf(data)
    assert again == good and "假的文字" not in again[0].body
    assert len(calls) == 2  # read again
    if damage != "folder":  # a folder in its place is left alone (nothing written over it)
        assert entry.is_file() and not entry.is_symlink()
        assert pdf.read_pdf(data) == good and len(calls) == 2  # the replaced entry serves


def test_a_changed_file_is_read_again(tmp_path: Path, calls: list[int]) -> None:
    path = fm.redhead_pdf(tmp_path / "notice.pdf", pages=1)
    before = ingest_path(path, tmp_path)[0]
    stat = path.stat()
    fm.redhead_pdf(path, pages=1, date_line="2023年3月5日")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: the bytes decide
    after = ingest_path(path, tmp_path)[0]
    assert len(calls) == 2
    assert (before.date_iso, after.date_iso) == ("2022-01-28", "2023-03-05")


def test_a_changed_reader_reads_again(tmp_path: Path, calls: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    data = fm.pdf_bytes(pages=1)
    pdf.read_pdf(data)
    monkeypatch.setattr(pdfcache, "_version", "another extractor")
    pdf.read_pdf(data)
    assert len(calls) == 2


def test_the_cap_evicts_the_least_recently_used(
    tmp_path: Path, calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    datas = [fm.pdf_bytes(pages=n) for n in (1, 2, 3)]
    pdf.read_pdf(datas[0])
    one = _entries()[0].stat().st_size
    monkeypatch.setattr(pdfcache, "MAX_BYTES", int(one * 2.5))
    old = 1_000_000_000
    for e in _entries():
        os.utime(e, ns=(old, old))
    pdf.read_pdf(datas[1])
    newest = {e.name for e in _entries()} - {pdfcache.key(datas[0]) + ".json.z"}
    for e in _entries():
        if e.name in newest:
            os.utime(e, ns=(old + 10, old + 10))
    pdf.read_pdf(datas[0])  # a hit: datas[0] is now the most recently used
    assert len(calls) == 2
    pdf.read_pdf(datas[2])  # over the cap: datas[1]'s entry goes, the least recently used
    names = {e.name for e in _entries()}
    assert pdfcache.key(datas[1]) + ".json.z" not in names
    assert pdfcache.key(datas[2]) + ".json.z" in names
    assert sum(e.stat().st_size for e in pdfcache.folder().iterdir()) <= pdfcache.MAX_BYTES


def test_a_fast_read_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pdfcache, "MIN_SECONDS", 3600.0)
    pdf.read_pdf(fm.pdf_bytes(pages=1))
    assert not pdfcache.folder().exists() or not _entries()
