"""Per-job limits in the ingest workers (issue 19): a file that costs unbounded time or
memory inside a C library ends its worker, is reported as a problem ("took too long",
"too large to read"), is never run again, and the other files go on."""

from __future__ import annotations

import os
import re
import sys
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver, RLIMIT_AS and /proc")

MB = 2**20


def _reader(job: tuple[str, int, str]) -> str:
    """A fake reader for parallel_map: logs each start, then per kind of job returns at
    once, spins in C (a regex that backtracks exponentially: Python's signal handlers
    never run there), or allocates 1 GB."""
    log, n, kind = job
    with open(log, "a") as fh:
        fh.write(f"{n}\n")
    if kind == "stuck":
        re.match(r"(a+)+$", "a" * 64 + "b")  # hours, inside the re engine
    elif kind == "waits":  # a loaded machine: wall time passes, little processor time
        time.sleep(3)
    elif kind == "greedy":
        blob = bytearray(1024 * MB)
        return str(len(blob))
    return f"read {n}"


def _lost(job: tuple[str, int, str], reason: str) -> str:
    return f"lost {job[1]}: {reason}"


def _runs(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()]


def test_a_job_stuck_in_c_ends_its_worker_is_reported_once_and_the_others_go_on(tmp_path) -> None:
    from briefreader.pool import Limits, parallel_map

    log = tmp_path / "runs.txt"
    kinds = {7: "stuck"}
    jobs = [(str(log), n, kinds.get(n, "ok")) for n in range(40)]
    start = time.monotonic()
    out = list(
        parallel_map(_reader, jobs, workers=2, chunksize=8, limits=Limits(seconds=1.5, memory=512 * MB), on_lost=_lost)
    )
    assert time.monotonic() - start < 60
    assert out[7] == "lost 7: took too long to read (stopped after 2 s of processor time)"
    assert out[:7] + out[8:] == [f"read {n}" for n in range(40) if n != 7]  # in order, none lost with it
    runs = _runs(log)
    assert runs.count(7) == 1  # never run again, neither in another worker nor in-process
    assert sorted(runs) == list(range(40))


def test_the_time_limit_is_processor_time_so_a_waiting_job_is_not_lost(tmp_path) -> None:
    # A wall-time limit lost a legitimate file for good on a loaded machine (its verdict is
    # stored with the file's stamp; reviewer's P1): the limit is CPU time (RLIMIT_CPU), the
    # wall time only a backstop at WALL_FACTOR times it.
    from briefreader.pool import WALL_FACTOR, Limits, parallel_map

    log = tmp_path / "runs.txt"
    jobs = [(str(log), n, "waits" if n == 2 else "ok") for n in range(6)]
    out = list(parallel_map(_reader, jobs, workers=2, limits=Limits(seconds=1, memory=512 * MB), on_lost=_lost))
    assert out == [f"read {n}" for n in range(6)]
    assert WALL_FACTOR >= 5


def test_a_job_over_the_memory_cap_is_too_large_and_the_worker_goes_on(tmp_path) -> None:
    from briefreader.pool import Limits, parallel_map

    log = tmp_path / "runs.txt"
    jobs = [(str(log), n, "greedy" if n in (3, 20) else "ok") for n in range(30)]
    out = list(parallel_map(_reader, jobs, workers=2, limits=Limits(seconds=60, memory=256 * MB), on_lost=_lost))
    assert out[3] == out[20].replace("20", "3") == "lost 3: too large to read (it needed more than 256 MB of memory)"
    assert [o for n, o in enumerate(out) if n not in (3, 20)] == [f"read {n}" for n in range(30) if n not in (3, 20)]
    assert sorted(_runs(log)) == list(range(30))


# --- real files, through the library ----------------------------------------------------


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _bomb_pdf(inflated_mb: int) -> bytes:
    """One page whose content stream is 650 KB of Flate that inflates to ``inflated_mb``
    MB of drawing operators: PDFium inflates it whole (300 MB took 9 s and 631 MB)."""
    line = b"BT 72 720 Td (x) Tj ET\n"
    chunk = line * (MB // len(line))
    deflate = zlib.compressobj(9)
    stream = b"".join(deflate.compress(chunk) for _ in range(inflated_mb)) + deflate.flush()
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def _deep_pdf(levels: int) -> bytes:
    """A page tree nested ``levels`` deep, one page at the bottom."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for k in range(levels):
        parent = b" /Parent %d 0 R" % (k + 1) if k else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (k + 3, parent))
    page = levels + 2
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>" % (page - 1, page + 1))
    text = b"BT /F1 12 Tf 72 720 Td (deep) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    return _pdf(objects)


def test_hostile_pdfs_are_problems_and_never_read_again(sample_config, tmp_path, monkeypatch) -> None:
    import briefreader.library as library

    folder = tmp_path / "b"
    folder.mkdir()
    samples = sorted((Path(__file__).parents[2] / "briefings").glob("*.txt"))[:3]
    for n, sample in enumerate(samples):
        (folder / f"good{n}.txt").write_bytes(sample.read_bytes())
    (folder / "bomb.pdf").write_bytes(_bomb_pdf(400))
    (folder / "deep.pdf").write_bytes(_deep_pdf(100_000))
    monkeypatch.setattr(library, "JOB_MEMORY", 200 * MB)
    config = replace(sample_config, briefings=folder)

    start = time.monotonic()
    lib = library.load_library(config)  # 5 files: below PARALLEL_THRESHOLD, PDFs still go to a worker
    assert time.monotonic() - start < 90
    assert sorted(b.id for b in lib.briefings) == ["good0", "good1", "good2"]
    why = {p.relpath: p.problem for p in lib.problems}
    assert why["bomb.pdf"].kind == "unreadable"
    assert "too large" in why["bomb.pdf"].message  # PDFium aborts on a failed allocation, or Python's MemoryError
    assert "deep.pdf" in why  # PDFium refuses a page tree past its depth limit
    assert lib.stats.serial_reason == ""

    again = library.load_library(config)  # the index keeps the verdict with the file's stamp
    assert again.stats.ingested == 0
    assert {p.relpath: p.problem.message for p in again.problems}["bomb.pdf"] == why["bomb.pdf"].message

    os.utime(folder / "bomb.pdf", (time.time() + 5, time.time() + 5))  # changed: read again, and lost again
    third = library.load_library(config)
    assert third.stats.ingested == 1
    assert "too large" in {p.relpath: p.problem.message for p in third.problems}["bomb.pdf"]


def test_a_consumer_that_stops_early_leaves_no_worker_running(tmp_path) -> None:
    import multiprocessing

    from briefreader.pool import Limits, parallel_map

    log = tmp_path / "runs.txt"
    jobs = [(str(log), n, "ok") for n in range(400)]
    results = parallel_map(_reader, jobs, workers=2, limits=Limits(seconds=60, memory=512 * MB), on_lost=_lost)
    assert [next(results) for _ in range(3)] == ["read 0", "read 1", "read 2"]
    workers = [p for p in multiprocessing.active_children() if p.name == "briefreader-worker"]
    assert len(workers) == 2
    results.close()  # GeneratorExit in parallel_map: its workers are ended, not left to finish
    assert not any(p.is_alive() for p in workers)
    assert len(_runs(log)) < 400


def test_opening_a_pdf_reads_it_in_a_worker_under_the_limits(sample_config, tmp_path, monkeypatch) -> None:
    # Opening a briefing (Library.full) and `o` (original_text) read its file again: a PDF
    # or Word file was read in the reader's own process with no limit, so a file replaced
    # by a bomb after the scan took the reader's memory (the limits' gap, session 9).
    import briefreader.library as library
    from briefreader.ingest import original_text
    from briefreader.model import Briefing

    sys.path.insert(0, str(Path(__file__).parents[1]))
    fm = pytest.importorskip("helpers.formats_make")
    pytest.importorskip("reportlab")
    folder = tmp_path / "b"
    folder.mkdir()
    fm.redhead_pdf(folder / "good.pdf")
    (folder / "bomb.pdf").write_bytes(_bomb_pdf(400))
    monkeypatch.setattr(library, "JOB_MEMORY", 200 * MB)
    lib = library.load_library(replace(sample_config, briefings=folder))
    good = lib.by_id["good"]
    assert lib.full(good).text and "通告" in original_text(replace(good, original=""))  # a good PDF reads as before

    start = time.monotonic()
    bomb = Briefing(id="bomb", path=str(folder / "bomb.pdf"), fingerprint="", title="bomb", text="", format="pdf")
    shown = original_text(bomb)
    assert shown.startswith(f"[cannot read {folder / 'bomb.pdf'}: too large")  # PDFium's abort, or MemoryError
    opened = lib.full(replace(bomb, loaded=False))  # a list entry, read again when opened
    assert any(p.kind == "unreadable" and "too large" in p.message for p in opened.problems)
    assert time.monotonic() - start < 60
    assert library.read_guarded(folder / "good.pdf", folder)[0].text == lib.full(good).text
