"""Rows stored pending (index schema 26, issue 19's two-pass cold start): a row is first stored
with its list fields and search document only, then finished (figures, metrics, story,
keywords) in the order rows were stored. Finished in order, the index answers as a one-go
ingest's does; interrupted between the passes, the pending rows are never trusted (their
files are read again at the next start) and, until then, every reader of figure, metric
and story rows says it cannot answer, and a figure filter says the figures are still
being read instead of matching nothing. The reader's cold start (load_library with
``partial``) reads in two passes: its index and list equal a one-go read's, and so after
a pool.Stopped or a SIGKILL between the passes and a start again."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

from briefreader import index as index_module
from briefreader import library as lib
from briefreader.config import read_config
from briefreader.index import PENDING_MTIME, Index, Prepared
from briefreader.library import load_library
from briefreader.query import FiguresPending, IncrementalFilter, filter_briefings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402
from helpers.story_corpus import make_story_corpus  # noqa: E402

KINDS = {"txt": 6, "md": 2, "fragment": 2, "page": 2, "gov": 1, "feed": 0.3}
FIGURE_TERMS = [("money", ">", 1e8), ("percent", ">", 10.0), ("money", "<", 1e6), ("count", ">=", 3.0)]


def _config(tmp: Path, cache: str):
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp / "briefings"
    config.cache_dir = tmp / cache
    return config


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pending")
    generate(tmp / "briefings", 100, seed=40, kinds=KINDS)
    make_story_corpus(tmp / "briefings" / "stories")
    make_story_corpus(tmp / "briefings" / "stories2")  # the same stories again: joined to the first
    return tmp


def _answers(library) -> dict:
    """What the index answers from the rows a second pass makes, by relative path (keys
    may differ between two indexes)."""
    index = library.index
    assert index is not None
    rel = {row.rowid: row.relpath for row in index.rows(library.root)}
    out: dict = {}
    for kind, op, value in FIGURE_TERMS:
        out[f"{kind}{op}{value}"] = sorted(rel[k] for k in index.figure_search(kind, op, value))
    stories = index.story_ids()
    assert stories is not None
    out["stories"] = sorted((rel[doc], rel[story]) for doc, story in stories.items())
    out["metrics"] = index.metric_counts()
    counts = index.figure_counts()
    assert counts is not None
    out["counts"] = sorted((rel[k], n) for k, n in counts.items())
    figures = {}
    for key, path in rel.items():
        found = index.briefing_figures(key)
        assert found is not None
        figures[path] = ([(f.kind, f.text, f.value, f.unit, f.sentence) for f in found[0]], found[1])
    out["figures"] = figures
    out["list"] = sorted((rel[b.key], b.title, b.keywords, [p.kind for p in b.problems]) for b in library.briefings)
    return out


@pytest.fixture(scope="module")
def one_go(folder):
    library = load_library(_config(folder, "one"))
    assert library.stats.ingested >= lib.PARALLEL_THRESHOLD  # read by workers
    answers = _answers(library)
    assert any(a != b for a, b in answers["stories"]), "the corpus has stories of two versions"
    assert answers["metrics"] and answers["money>100000000.0"]
    library.close()
    return answers


def _two_pass(config, finish_upto: float) -> tuple[Index, list[tuple[int, int]]]:
    """Store every file of the folder pending in the order a cold start stores them (pass 1:
    no figures, keywords, metrics or story), then finish the first ``finish_upto`` of them in
    that order (pass 2), as a cold start interrupted between the passes leaves its index."""
    root = config.briefings.resolve()
    index = Index.open(config.cache_dir, root, lib.analysis_version(config))
    files, _ = lib.scan_entries(root)
    done: list[tuple[int, int, object, Prepared, bool]] = []
    for rel, path in files:
        st = Path(path).stat()
        analysed = lib._analyse_star((path, root, config.topics, config.topic_threshold, True))
        for m, (briefing, prepared) in enumerate(analysed):
            row = copy.copy(briefing)
            row.figures, row.keywords = [], []
            row.problems = [p for p in briefing.problems if p.kind != "truncated"]
            row_rel = f"{rel}/#{briefing.entry}" if briefing.entry else rel
            last = m == len(analysed) - 1
            key = index.store(
                row_rel,
                st.st_size,
                st.st_mtime_ns,
                row,
                lib._raw_rel(rel, bool(briefing.entry)),
                Prepared(prepared.document, [], None, None),
                last,
                len(analysed),
                pending=True,
            )
            assert key
            done.append((key, st.st_mtime_ns, briefing, prepared, last))
    index.commit()
    pending = index.pending_rows()
    assert pending == (len(done), len(done))
    cut = int(len(done) * finish_upto)
    for key, mtime, briefing, prepared, last in done[:cut]:
        assert index.finish(key, mtime, briefing, prepared, last)
    index.commit()
    return index, [(key, mtime) for key, mtime, *_ in done]


def test_finished_in_order_the_index_answers_as_a_one_go_ingest(folder, one_go):
    config = _config(folder, "two")
    index, done = _two_pass(config, 1.0)
    assert index.pending_rows() == (0, len(done)) and not index.figures_pending()
    assert not index.finish(done[0][0], done[0][1], lib.Briefing(id="x", path="", fingerprint="", title="", text=""))
    index.close()
    library = load_library(config)  # every row finished with its file's stamp: nothing read again
    assert library.stats.ingested == 0
    assert _answers(library) == one_go
    library.close()


def test_an_interrupted_second_pass_is_finished_at_the_next_start(folder, one_go):
    config = _config(folder, "cut")
    index, done = _two_pass(config, 0.5)
    pending, total = index.pending_rows()
    assert total == len(done) and pending == len(done) - len(done) // 2
    # until finished, no reader of the second pass's rows answers from part of them
    assert index.figures_pending()
    assert index.figure_search("money", ">", 1.0) is None
    assert index.story_ids() is None and index.metric_counts() is None and index.figure_counts() is None
    assert index.briefing_figures(done[0][0]) is None and index.figure_window() is None
    assert index.search("上海") is not None  # words are the first pass's: they do not wait
    index.close()
    # a pending row is never trusted: its stamp is no file's, so the start reads its file again
    library = load_library(config)
    files = len(lib.scan_entries(library.root)[0])
    assert 0 < library.stats.ingested < files  # the pending rows' files, not the finished ones'
    assert library.index.pending_rows() == (0, len(done))
    assert _answers(library) == one_go
    library.close()


def test_a_figure_filter_says_the_figures_are_still_being_read(folder):
    config = _config(folder, "filter")
    index, done = _two_pass(config, 0.25)
    index.close()
    # a warm start that trusts the index paints the list before the folder check reads the rest
    library = load_library(config, verify=False)
    assert library.index is not None and library.index.figures_pending()
    assert not any(b.loaded for b in library.briefings)
    with pytest.raises(FiguresPending) as raised:
        filter_briefings(library.briefings, "money>1", taxonomy=config.topics, search=library.search)
    assert raised.value.done == len(done) // 4 and raised.value.total == len(done)
    assert "figures still being read" in str(raised.value)
    live = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
    with pytest.raises(FiguresPending):
        live.select("上海 money>1")
    words = filter_briefings(library.briefings, "上海", taxonomy=config.topics, search=library.search)
    assert words  # word terms are answered meanwhile
    fresh = lib.refresh(library, config)  # the folder check: the pending rows' files read again
    assert fresh is not None and not fresh.index.figures_pending()
    assert filter_briefings(fresh.briefings, "money>1", taxonomy=config.topics, search=fresh.search)
    fresh.close()
    library.close()


def test_a_pending_row_removed_or_stored_again_keeps_the_count(folder):
    config = _config(folder, "count")
    index, done = _two_pass(config, 0.0)
    rows = {r.rowid: r.relpath for r in index.rows(config.briefings.resolve())}
    first = rows[done[0][0]]
    keep = [rel for key, rel in rows.items() if key != done[0][0] and rel.split("/#")[0] != first.split("/#")[0]]
    index.prune(keep)
    pending, total = index.pending_rows()
    assert pending == total == len(keep)
    index.close()
    library = load_library(config)
    assert library.index.pending_rows() == (0, len(done))
    assert all(r.mtime_ns != PENDING_MTIME for r in library.index.rows(library.root))
    library.close()


def _two_pass_start(config, monkeypatch) -> tuple:
    """A cold start of the reader (``partial``): what the index held when the second pass
    began, and the library."""
    began = []
    finish = lib._finish_pending

    def second(index, *args):
        began.append(index.pending_rows())
        return finish(index, *args)

    monkeypatch.setattr(lib, "_finish_pending", second)
    shown: list = []
    library = load_library(config, partial=shown.append)
    return began, library


def test_a_cold_start_in_two_passes_reads_as_one_go(folder, one_go, monkeypatch):
    config = _config(folder, "start")
    began, library = _two_pass_start(config, monkeypatch)
    rows = len(list(library.index.rows(library.root)))
    assert began == [(rows, rows)]  # the whole list stored (pending) before any figure was read
    assert library.index.pending_rows() == (0, rows)
    assert _answers(library) == one_go
    assert not list(config.cache_dir.glob("spool-*"))  # the spool files are gone
    library.close()
    again = load_library(config)
    assert again.stats.ingested == 0
    again.close()


def test_a_start_stopped_between_the_passes_is_finished_at_the_next(folder, one_go, monkeypatch):
    from briefreader.pool import Stopped

    config = _config(folder, "stopped")
    finish = Index.finish
    calls = []

    def stopping(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > 20:
            raise Stopped
        return finish(self, *args, **kwargs)

    monkeypatch.setattr(Index, "finish", stopping)
    monkeypatch.setattr(index_module, "COMMIT_EVERY", 8)  # some finished rows committed before the stop
    with pytest.raises(Stopped):
        load_library(config, partial=lambda found: None)
    monkeypatch.setattr(Index, "finish", finish)
    library = load_library(config)
    assert 0 < library.stats.ingested < len(lib.scan_entries(library.root)[0])
    assert library.index.pending_rows()[0] == 0
    assert _answers(library) == one_go
    library.close()


KILLED = """
import os, signal, sys
from briefreader import index as index_module
from briefreader import library as lib
from briefreader.config import read_config
from briefreader.index import Index

config = read_config(lib.Path(sys.argv[1]))
config.briefings, config.cache_dir = lib.Path(sys.argv[2]), lib.Path(sys.argv[3])
finish = Index.finish
calls = []

def killing(self, *args, **kwargs):
    calls.append(1)
    if len(calls) > 25:
        self.commit()  # what a batch's commit had written
        os.kill(os.getpid(), signal.SIGKILL)
    return finish(self, *args, **kwargs)

Index.finish = killing
lib.load_library(config, partial=lambda found: None)
"""


def test_a_start_killed_between_the_passes_is_finished_at_the_next(folder, one_go):
    import subprocess

    config = _config(folder, "killed")
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(
        [sys.executable, "-c", KILLED, str(ROOT / "config.toml"), str(config.briefings), str(config.cache_dir)],
        env=env,
        timeout=600,
        capture_output=True,
    )
    assert run.returncode == -9, run.stderr.decode(errors="replace")[-2000:]
    assert list(config.cache_dir.glob("spool-*"))  # left by the killed start
    library = load_library(config)
    assert 0 < library.stats.ingested < len(lib.scan_entries(library.root)[0])
    assert library.index.pending_rows()[0] == 0
    assert _answers(library) == one_go
    library.close()
    shown: list = []
    load_library(_config(folder, "killed"), partial=shown.append).close()  # a start with a spool
    assert not list(config.cache_dir.glob("spool-*"))  # the killed start's folder deleted


def test_a_cold_start_without_a_usable_index_reads_in_one_go(folder, tmp_path):
    config = _config(folder, "unused")
    config.cache_dir = tmp_path / "a file"
    config.cache_dir.write_text("not a folder")  # the index cannot be made: the reader goes on without it
    library = load_library(config, partial=lambda found: None)
    assert library.index is None and library.stats.ingested >= lib.PARALLEL_THRESHOLD
    assert all(b.loaded for b in library.briefings) and any(b.figures for b in library.briefings)
