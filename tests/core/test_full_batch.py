"""Library.full_many (review s10 F3): loops that open many PDF, Word or mail briefings
again (the digest, ``figures`` over a folder, across's rows without the index) read
them by one pool of workers a batch, not a worker forked per file, with each file still
its own job under the limits: one bad file never stops the others."""

from __future__ import annotations

import multiprocessing
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.bombs import bomb_pdf

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver, RLIMIT_AS and /proc")

sys.path.insert(0, str(Path(__file__).parents[1]))
fm = pytest.importorskip("helpers.formats_make")
pytest.importorskip("reportlab")

MB = 2**20


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real files of the heavy formats, made with reportlab and python-docx, and two text briefings."""
    root = tmp_path_factory.mktemp("heavy") / "b"
    root.mkdir()
    fm.redhead_pdf(root / "redhead.pdf")
    fm.redhead_pdf(root / "redhead_long.pdf", pages=2, header="吉林省人民政府公报")
    fm.table_pdf(root / "table.pdf")
    fm.footnote_pdf(root / "footnote.pdf")
    fm.two_column_pdf(root / "columns.pdf", scan_page=False)
    fm.redhead_docx(root / "redhead.docx")
    fm.eml_gb2312_qp(root / "mail.eml", attach_pdf=fm.pdf_bytes())
    samples = sorted((Path(__file__).parents[2] / "briefings").glob("*.txt"))[:2]
    for n, sample in enumerate(samples):
        shutil.copy(sample, root / f"text{n}.txt")
    return root


@pytest.fixture
def config(sample_config, folder: Path, tmp_path: Path):
    return replace(sample_config, briefings=folder, cache_dir=tmp_path / "cache")


def _seen(b) -> tuple:
    return (b.id, b.title, b.text, [(f.kind, f.text, f.value, f.unit) for f in b.figures], b.problems)


def test_full_many_reads_as_full_does_in_one_pool_a_batch(config, monkeypatch) -> None:
    import briefreader.library as library
    import briefreader.pool as pool

    one_by_one = library.load_library(config)
    assert one_by_one.briefings and not any(b.loaded for b in one_by_one.briefings)
    expected = [_seen(one_by_one.full(b)) for b in one_by_one.briefings]

    pools: list[int] = []
    real = pool.parallel_map

    def counted(fn, jobs, **kw):
        pools.append(len(jobs))
        return real(fn, jobs, **kw)

    guarded = library.read_guarded

    def single(path, root):
        assert not str(path).endswith(library._LIMITED), "a worker forked for one file"
        return guarded(path, root)  # a text file: read here, as before

    monkeypatch.setattr(pool, "parallel_map", counted)
    monkeypatch.setattr(library, "read_guarded", single)
    monkeypatch.setattr(library, "FULL_FIRST", 64)
    library.PARSED.clear()  # files of several briefings (a mail and its attachments) are kept across libraries
    batched = library.load_library(config)
    got = [_seen(b) for b in batched.full_many(batched.briefings)]
    assert got == expected
    heavy = {b.path for b in batched.briefings if b.path.endswith((".pdf", ".docx", ".eml"))}
    assert pools == [len(heavy)]  # one pool for every heavy file of the batch, each file read once
    assert any("通告" in text for _id, _title, text, _figures, _problems in got)
    one_by_one.close()
    batched.close()


def test_a_bad_file_among_them_is_its_own_problem_and_the_others_are_read(config, tmp_path, monkeypatch) -> None:
    import briefreader.library as library

    lib = library.load_library(replace(config, briefings=_copy(config.briefings, tmp_path / "copy")))
    target = next(b for b in lib.briefings if b.path.endswith("table.pdf"))
    Path(target.path).write_bytes(_bomb_pdf(400))  # replaced after the scan: opened, not listed
    monkeypatch.setattr(library, "JOB_MEMORY", 200 * MB)
    out = {b.id: b for b in lib.full_many(lib.briefings)}
    assert any(p.kind == "unreadable" and "too large" in p.message for p in out[target.id].problems)
    others = [b for bid, b in out.items() if bid != target.id]
    assert len(others) == len(lib.briefings) - 1
    assert all(b.text and not any(p.kind == "unreadable" for p in b.problems) for b in others)
    lib.close()


def test_a_consumer_that_stops_early_reads_a_small_batch_and_leaves_no_worker(config, monkeypatch) -> None:
    import briefreader.library as library
    import briefreader.pool as pool

    pools: list[int] = []
    real = pool.parallel_map

    def counted(fn, jobs, **kw):
        pools.append(len(jobs))
        return real(fn, jobs, **kw)

    lib = library.load_library(config)
    monkeypatch.setattr(pool, "parallel_map", counted)
    monkeypatch.setattr(library, "FULL_FIRST", 4)
    ordered = sorted(lib.briefings, key=lambda b: not b.path.endswith(".pdf"))  # PDFs first
    fulls = lib.full_many(ordered)
    assert next(fulls).text
    workers = [p for p in multiprocessing.active_children() if p.name == "briefreader-worker"]
    assert workers
    fulls.close()  # as `figures --limit` stops
    assert not any(p.is_alive() for p in workers)
    assert pools == [4]  # the first batch's files only, not the folder's
    lib.close()


def test_digest_and_figures_cli_agree_with_the_one_by_one_path(config, monkeypatch, capsys) -> None:
    import briefreader.library as library
    from briefreader.digest import build_digest

    lib = library.load_library(config)
    batched = build_digest(lib, lib.briefings, labels={})
    lib.close()

    def one_by_one(self, briefings, stop=None):  # stop: asked before each file (session 13), never set here
        yield from map(self.full, briefings)

    monkeypatch.setattr(library.Library, "full_many", one_by_one)
    lib = library.load_library(config)
    assert build_digest(lib, lib.briefings, labels={}) == batched
    assert "吉林省" in batched
    lib.close()


_bomb_pdf = bomb_pdf  # tests/helpers/bombs.py: one copy for the limit tests


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
