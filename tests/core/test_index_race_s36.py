"""Guards the new-user pass of session 36: a CSV's last two rows were lost from the index for
good. The reader (a TUI's cold start) committed its stores every COMMIT_EVERY briefings, so a
batch could end inside a file of many entries (a feed, a CSV of records). A `list` run beside
it (bash completion) found 8 of the file's 10 rows on disk as stamped, took them for the whole
file, and its prune then dropped the two the reader stored after its scan: the file was
recorded as read and never read again (2357 listed, 2359 without the cache). A batch now ends
only after a file's last entry, so another process sees all of a file's entries or none."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefreader import index as index_module
from briefreader.config import load_config
from briefreader.index import Index
from briefreader.library import load_library
from briefreader.model import Briefing

ROOT = Path(__file__).resolve().parents[2]
CSV = (
    ROOT
    / "tests/data/realworld/dev/s35_04_aggregator_csv_export_quoted_titles_gmt_stamps_hk_daily_and_tw_outlet_rows_20230822_trad.csv"
)


def _committed(path: Path) -> list[str]:
    """The rows another process would read now (committed ones only). Through the index's own
    SQLite library: the standard library's sqlite3 beside pysqlite3 in one process is a second
    library, whose closed connection dropped the writer's POSIX locks and hid its later commits
    (test_index_one_process_s37)."""
    sqlite3 = index_module.sqlite3
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT relpath FROM briefings")]
    except sqlite3.Error:  # the table is not made yet
        return []
    finally:
        conn.close()


def test_a_batch_is_committed_only_after_a_files_last_entry(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(index_module, "COMMIT_EVERY", 2)
    root = tmp_path / "corpus"
    root.mkdir()
    with Index.open(tmp_path / "cache", root, "v1") as index:
        for n in range(5):
            b = Briefing(id=f"f#{n}", path="", fingerprint=str(n), title="", text=f"第{n}条消息正文。")
            index.store(f"f.csv/#{n}", 1, 1, b, b"f.csv", last=n == 4)
            if n < 4:  # past COMMIT_EVERY, but inside the file: another process sees none of it
                assert not [r for r in _committed(index.path) if r.startswith("f.csv/")]
        assert len([r for r in _committed(index.path) if r.startswith("f.csv/")]) == 5


def test_a_cold_load_never_lets_another_process_see_part_of_a_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(index_module, "COMMIT_EVERY", 1)  # a batch would end after every row
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "briefings", folder)
    shutil.copy(CSV, folder / "records.csv")
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    seen: list[int] = []
    real_store = Index.store

    def store(self: Index, relpath: str, *args, **kwargs) -> int:
        seen.append(len([r for r in _committed(self.path) if r.startswith("records.csv/")]))
        return real_store(self, relpath, *args, **kwargs)

    monkeypatch.setattr(Index, "store", store)
    library = load_library(config)
    try:
        rows = len([b for b in library.briefings if b.id.startswith("records#")])
    finally:
        library.close()
    assert rows == 10  # the CSV's ten records
    # before each store, another process saw the CSV's rows all or none
    assert set(seen) <= {0, rows}, seen
