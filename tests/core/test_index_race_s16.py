"""Guards tester s15 F1: a running reader's word and figure filters found no file that
another process (a `list` run beside it) had indexed meanwhile. The reader's list entry
holds the key its own store gave the file; the other process then (1) stored the same file
again under a new key, or (2) pruned the reader's fresh rows as files its scan had not seen.
A file stored again now keeps its key, and prune() keeps the rows of files that are on disk
as stored but that the caller never saw."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers.configs import folder_config

from briefreader.index import CONTENTLESS_DELETE, Index
from briefreader.library import load_library, refresh_paths
from briefreader.model import Briefing

ROOT = Path(__file__).resolve().parents[2]


def _briefing(text: str, name: str = "r") -> Briefing:
    from briefreader.figures import extract_figures

    return Briefing(id=name, path="", fingerprint=name, title="", text=text, figures=extract_figures(text))


@pytest.mark.skipif(not CONTENTLESS_DELETE, reason="an SQLite without contentless delete gives a new key")
def test_a_file_stored_again_keeps_its_key_and_loses_its_old_words(tmp_path: Path):
    root = tmp_path / "corpus"
    root.mkdir()
    with Index.open(tmp_path / "cache", root, "v1") as index:
        other = index.store("b.txt", 1, 1, _briefing("其他简报，投资50万元。", "b"))
        key = index.store("a.txt", 1, 1, _briefing("海豚项目投资达300万元。", "a"))
        again = index.store("a.txt", 2, 2, _briefing("鲸鱼项目投资达700万元。", "a"))
        assert again == key != other
        assert index.search("海豚") == set() and index.search("鲸鱼") == {key}
        assert index.figure_search("money", ">", 5e6) == {key}
        assert index.figure_search("money", "<", 5e6) == {other}
        assert index.listed_count() == 2
        conn = index._conn
        assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM figdetail").fetchone()[0] == 2


def test_prune_keeps_a_file_another_process_stored_after_the_scan(tmp_path: Path):
    root = tmp_path / "corpus"
    root.mkdir()
    arrived, removed, changed = root / "arrived.txt", root / "removed.txt", root / "changed.txt"
    for p in (arrived, removed, changed):
        p.write_text("海豚项目投资达300万元。\n", encoding="utf-8")
    with Index.open(tmp_path / "cache", root, "v1") as index:
        for p in (arrived, removed, changed):
            st = p.stat()
            index.store(p.name, st.st_size, st.st_mtime_ns, _briefing("海豚项目投资达300万元。", p.stem))
        removed.unlink()
        changed.write_text("鲸鱼\n", encoding="utf-8")
        # a scan that saw none of them (it listed the folder before they came): only the file
        # on disk as its row says stays
        assert index.prune([]) == 2
        assert set(index.relpaths()) == {"arrived.txt"}
        # a scan that saw the file and did not keep one of its rows (a feed that lost an
        # entry) still prunes that row
        st = arrived.stat()
        index.store(
            "arrived.txt/#0000abcd", st.st_size, st.st_mtime_ns, _briefing("一条", "e"), os.fsencode("arrived.txt")
        )
        assert index.prune(["arrived.txt"]) == 1
        assert set(index.relpaths()) == {"arrived.txt"}


def test_a_running_readers_filter_finds_a_file_another_process_stored_again(tmp_path: Path):
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "briefings", folder)
    config = folder_config(tmp_path, folder)
    reader = load_library(config)  # the TUI's library
    new = folder / "r_2.txt"
    new.write_text("竞态测试第2号\n\n2025年5月2日，海豚2号项目投资达200万元。\n", encoding="utf-8")
    reader = refresh_paths(reader, config, [new])  # its folder watcher stores the new file
    assert reader is not None
    (entry,) = [b for b in reader.briefings if b.id == "r_2"]
    # a `list` that scanned the folder before the reader stored the file reads and stores
    # it too, and prunes with what its scan saw (not the new file)
    st = new.stat()
    from briefreader.ingest import ingest_path

    other = Index.open(config.cache_dir, folder.resolve(), reader.index.pipeline_version)
    try:
        (b,) = ingest_path(new, folder.resolve())
        other.store("r_2.txt", st.st_size, st.st_mtime_ns, b)
        other.prune([p.name for p in folder.iterdir() if p != new])
        other.commit()
    finally:
        other.close()
    assert entry.key in (reader.index.search("海豚2号") or set())
    assert entry.key in (reader.index.figure_search("money", ">=", 2e6) or set())


@pytest.mark.parametrize("column_wise", [False, True])
def test_a_file_another_process_listed_first_is_taken_by_the_readers_watcher(tmp_path, monkeypatch, column_wise):
    # the other order: a `list` stores the new file before the reader's watcher batch comes;
    # the index then has it as it is on disk, and refresh_paths passed it over as "touched"
    # though the reader's list never had it
    from briefreader import liststore

    folder = tmp_path / "c"
    shutil.copytree(ROOT / "briefings", folder)
    config = folder_config(tmp_path, folder)
    load_library(config).close()
    if column_wise:
        monkeypatch.setattr(liststore, "STORE_MIN", 1)
    reader = load_library(config, verify=False)
    assert liststore.is_store(reader.briefings) == column_wise
    new = folder / "r_1.txt"
    new.write_text("竞态测试\n\n海豚1号项目投资达100万元。\n", encoding="utf-8")
    load_library(config).close()  # the other process
    fresh = refresh_paths(reader, config, [new])
    assert fresh is not None
    keys = [b.key for b in fresh.briefings if b.id == "r_1"]
    assert len(keys) == 1 and keys[0] in (fresh.index.search("海豚1号") or set())
