"""Guards issue 19's incremental ingest through the library's three refresh paths (a
verified load, refresh() and refresh_paths(), the folder watcher's): added files are
the only ones analysed, and removed ones leave no row behind in the index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefreader.library as library
from briefreader.config import read_config
from briefreader.library import load_library, refresh, refresh_paths

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "briefings").glob("*.txt"))


def _write(folder: Path, first: int, n: int) -> list[Path]:
    paths = []
    for i in range(first, first + n):
        text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
        path = folder / f"{i // 20:02d}" / f"f{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{text}\n第{i}条补充，编号{i:04d}。\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def config(tmp_path: Path):
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp_path / "b"
    config.cache_dir = tmp_path / "cache"
    _write(config.briefings, 0, 40)  # under PARALLEL_THRESHOLD: analysed here, so counted here
    return config


@pytest.fixture
def analysed(monkeypatch) -> list[Path]:
    """The files analyse() is called on, in this process."""
    seen: list[Path] = []
    real = library.analyse
    monkeypatch.setattr(
        library, "analyse", lambda path, *a: seen.append(Path(path)) or real(path, *a)
    )  # a str or a Path
    return seen


def _orphans(lib) -> dict[str, int]:
    """Rows of every per-briefing table whose briefing row is gone."""
    conn = lib.index._conn
    out = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if "doc" in columns and table != "briefings":
            (n,) = conn.execute(
                f"SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT rowid FROM briefings)"
            ).fetchone()
            out[table] = n
    return out


def _row_count(lib) -> int:
    return lib.index._conn.execute("SELECT count(*) FROM briefings").fetchone()[0]


def test_a_verified_load_analyses_only_the_added_files(config, analysed) -> None:
    load_library(config).close()
    assert len(analysed) == 40
    analysed.clear()
    added = _write(config.briefings, 40, 12)
    lib = load_library(config)
    assert sorted(analysed) == sorted(added)
    assert (lib.stats.ingested, lib.stats.cached, len(lib.briefings)) == (12, 40, 52)
    lib.close()


def test_refresh_analyses_only_the_added_files_and_drops_the_removed(config, analysed) -> None:
    lib = load_library(config, verify=False)  # the TUI's warm start, then refresh() checks the folder
    analysed.clear()
    added = _write(config.briefings, 40, 7)
    removed = sorted(config.briefings.rglob("*.txt"))[:5]
    for path in removed:
        path.unlink()
    fresh = refresh(lib, config)
    lib.close()
    assert fresh is not None
    assert sorted(analysed) == sorted(added)
    assert (fresh.stats.ingested, fresh.stats.pruned, len(fresh.briefings)) == (7, 5, 42)
    assert _row_count(fresh) == 42
    assert not any(_orphans(fresh).values()), _orphans(fresh)
    gone = {library._rel(p, fresh.root).removesuffix(".txt") for p in removed}
    assert not gone & {b.id for b in fresh.briefings}
    fresh.close()


def test_refresh_paths_reads_only_what_the_watcher_reports(config, analysed) -> None:
    lib = load_library(config)
    analysed.clear()
    added = _write(config.briefings, 40, 3)
    removed = sorted(config.briefings.rglob("*.txt"))[7]
    removed.unlink()
    changed = sorted(config.briefings.rglob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n又及：新增内容。\n", encoding="utf-8")
    fresh = refresh_paths(lib, config, [*added, removed, changed])
    assert fresh is not None
    assert sorted(analysed) == sorted([*added, changed])  # the other 38 files are not read
    assert (fresh.stats.ingested, fresh.stats.pruned) == (4, 1)  # the changed file replaces its own row
    assert len(fresh.briefings) == _row_count(fresh) == 42
    assert not any(_orphans(fresh).values()), _orphans(fresh)
    # What the index says agrees with reading the folder again from nothing.
    again = load_library(config)
    assert again.stats.ingested == 0
    assert [b.id for b in again.briefings] == [b.id for b in fresh.briefings]
    assert [b.title for b in again.briefings] == [b.title for b in fresh.briefings]
    again.close()
    fresh.close()


def test_removing_a_whole_folder_leaves_no_rows(config) -> None:
    lib = load_library(config)
    shutil.rmtree(config.briefings / "01")
    fresh = refresh(lib, config)
    lib.close()
    assert fresh is not None and fresh.stats.pruned == 20
    assert len(fresh.briefings) == _row_count(fresh) == 20
    assert not any(_orphans(fresh).values()), _orphans(fresh)
    fresh.close()
