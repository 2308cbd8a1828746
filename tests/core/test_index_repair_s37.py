"""An index damaged before d3e7ab52 stays damaged (session 36's new-user pass: a CSV of 10 records
kept 8 rows, stamped with the file's size and mtime, so every later check of stamps took the file
as read, and the list showed 2357 of 2359 briefings for good). Each row now keeps how many rows its
file's read gave (briefings.entries): a file with fewer rows than that is read again, by every
path that checks the folder against the index (the CLI's load, the TUI's warm start and its check
of the folder, the column-wise list's, the watcher's)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefreader import liststore
from briefreader.config import load_config
from briefreader.index import Index
from briefreader.library import load_library, refresh, refresh_paths

ROOT = Path(__file__).resolve().parents[2]
CSV = (
    ROOT
    / "tests/data/realworld/dev/s35_04_aggregator_csv_export_quoted_titles_gmt_stamps_hk_daily_and_tw_outlet_rows_20230822_trad.csv"
)


def _config(tmp_path: Path):
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "briefings", folder)
    shutil.copy(CSV, folder / "records.csv")
    path = tmp_path / "config.toml"
    path.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    return load_config(path)


def _records(library) -> int:
    return len([b for b in library.briefings if b.id.startswith("records#")])


def _damage(library, lose: int = 2) -> None:
    """What the session 36 race left: the CSV's last rows gone, the others stamped as read."""
    index = library.index
    rows = index._conn.execute(  # noqa: SLF001
        "SELECT rowid FROM briefings WHERE relpath LIKE 'records.csv/#%' ORDER BY rowid DESC LIMIT ?", (lose,)
    ).fetchall()
    assert len(rows) == lose
    with index._lock:  # noqa: SLF001
        index._forget_locked([r for (r,) in rows])  # noqa: SLF001
        index._commit_locked()  # noqa: SLF001


def _index_rows(config) -> int:
    with Index.open(config.cache_dir, config.briefings, library_version(config)) as index:
        return len([r for r in index.relpaths() if r.startswith("records.csv/#")])


def library_version(config) -> str:
    from briefreader.library import analysis_version

    return analysis_version(config)


@pytest.fixture
def damaged(tmp_path: Path):
    config = _config(tmp_path)
    library = load_library(config)
    try:
        assert _records(library) == 10
        _damage(library)
    finally:
        library.close()
    assert _index_rows(config) == 8
    return config


def test_a_load_reads_a_file_whose_rows_are_fewer_than_its_read_gave(damaged) -> None:
    library = load_library(damaged)  # the CLI's load: the folder checked against the index
    try:
        assert _records(library) == 10
        assert library.stats.ingested == 1  # that file alone is read again
    finally:
        library.close()
    assert _index_rows(damaged) == 10  # repaired in the index, not only in this list


def test_a_warm_start_shows_the_index_then_its_folder_check_repairs_it(damaged) -> None:
    library = load_library(damaged, verify=False)  # the TUI's warm start: the index as it is
    try:
        assert _records(library) == 8
        fresh = refresh(library, damaged)  # then the folder is checked
        assert fresh is not None
        try:
            assert _records(fresh) == 10
        finally:
            fresh.close()
    finally:
        library.close()
    assert _index_rows(damaged) == 10


def test_a_column_wise_list_repairs_it_too(damaged, monkeypatch) -> None:
    monkeypatch.setattr(liststore, "STORE_MIN", 1)
    library = load_library(damaged, verify=False)
    try:
        assert not isinstance(library.briefings, list)  # the column-wise list (liststore)
        assert _records(library) == 8
        fresh = refresh(library, damaged)
        assert fresh is not None
        assert _records(fresh) == 10
        fresh.close()
    finally:
        library.close()
    assert _index_rows(damaged) == 10


def test_the_watcher_reads_such_a_file_again_when_it_is_touched(damaged) -> None:
    library = load_library(damaged, verify=False)
    try:
        fresh = refresh_paths(library, damaged, [damaged.briefings / "records.csv"])
        assert fresh is not None
        try:
            assert _records(fresh) == 10
        finally:
            fresh.close()
    finally:
        library.close()


def test_a_whole_index_is_not_read_again(tmp_path: Path) -> None:
    """The count costs a warm start nothing: an index that is whole reads no file."""
    config = _config(tmp_path)
    load_library(config).close()
    library = load_library(config)
    try:
        assert library.stats.ingested == 0
        assert _records(library) == 10
        assert refresh(library, config) is None
    finally:
        library.close()


def test_an_entry_the_index_cannot_take_does_not_make_its_file_read_at_every_check(tmp_path: Path, monkeypatch) -> None:
    """A file one of whose entries the index cannot store (store returns 0): its rows keep the count of those it took,
    so the next load reads nothing again (the entry is missing from the index, as before the count)."""
    config = _config(tmp_path)
    real_store = Index.store
    refused: list[str] = []

    def store(self: Index, relpath: str, *args, **kwargs) -> int:
        if relpath.startswith("records.csv/#") and not refused:
            refused.append(relpath)
            return 0
        return real_store(self, relpath, *args, **kwargs)

    monkeypatch.setattr(Index, "store", store)
    load_library(config).close()
    monkeypatch.setattr(Index, "store", real_store)
    assert refused and _index_rows(config) == 9
    library = load_library(config)
    try:
        assert library.stats.ingested == 0  # whole as stored: not read again
        assert refresh(library, config) is None
    finally:
        library.close()
