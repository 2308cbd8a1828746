"""Tester s17 P5: a new version's index deletes the same folder's indexes of other
versions (another code digest) that no process has open; another config's is kept."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from briefreader.index import Index, index_path


def test_a_new_versions_index_removes_the_unused_ones_of_other_versions(tmp_path: Path) -> None:
    cache, root, other_root = tmp_path / "cache", tmp_path / "b", tmp_path / "c"
    root.mkdir()
    other_root.mkdir()
    for version in ("code1:cfgA", "code1:cfgB", "code2:cfgA"):
        with Index.open(cache, root, version):
            pass
    with Index.open(cache, other_root, "code1:cfgA"):  # another folder's: never ours to delete
        pass
    old_schema = index_path(cache, root, "code0:cfgA")  # an index of an older schema
    conn = sqlite3.connect(old_schema)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("CREATE TABLE briefings (x)")
    conn.commit()
    conn.close()
    held = index_path(cache, root, "code2:cfgA")
    # Another process (the reader of that version) has its index open.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sqlite3, sys
                conn = sqlite3.connect(sys.argv[1])
                conn.execute("SELECT count(*) FROM briefings").fetchall()
                print("open", flush=True)
                sys.stdin.read()
                """
            ),
            str(held),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with Index.open(cache, root, "code3:cfgA") as index:
            assert index.usable
    finally:
        holder.communicate("", timeout=30)
    for gone in (index_path(cache, root, "code1:cfgA"), index_path(cache, root, "code1:cfgB"), old_schema):
        assert not any(Path(f"{gone}{x}").exists() for x in ("", "-wal", "-shm")), gone
    assert held.exists()  # open in another process: kept
    assert index_path(cache, other_root, "code1:cfgA").exists()
    assert index_path(cache, root, "code3:cfgA").exists()

    # An index opened again (not made) deletes nothing: the held one, now free, stays.
    with Index.open(cache, root, "code3:cfgA"):
        pass
    assert held.exists()
    # The same version with another config is another index: made, it deletes the free
    # one of another version and keeps its sibling of the same version.
    with Index.open(cache, root, "code3:cfgB"):
        pass
    assert not held.exists()
    assert index_path(cache, root, "code3:cfgA").exists() and index_path(cache, root, "code3:cfgB").exists()
