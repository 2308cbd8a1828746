"""Review s17 R9 on _prune_versions (tester s17 P5's deletion of other versions' indexes):
(a) a sibling was probed with an exclusive lock, let go, then deleted: a process opening it
in between lost the index under it; (b) two installs used in turn (pipx and a development
venv) deleted each other's index at every switch, a full re-read each time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import briefreader.index as index_module
from briefreader.index import Index, index_path
from briefreader.model import Briefing

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    try:
        conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=rw", uri=True)
        conn.execute("SELECT count(*) FROM briefings").fetchall()
        print("open", flush=True)
    except sqlite3.Error:
        print("absent", flush=True)
    sys.stdin.read()
    """
)


def _written_by(path: Path, install: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('install', ?)", (install,))
    conn.commit()
    conn.close()


def test_another_installs_index_is_kept_and_both_stay_warm(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    pipx = tmp_path / "pipx" / "briefreader"  # the other install's package folder: still there
    pipx.mkdir(parents=True)
    theirs = index_path(cache, root, "codeP:cfg")
    with Index.open(cache, root, "codeP:cfg") as index:
        index.store("a.txt", 1, 1, Briefing(id="a", path="", fingerprint="1", title="t", text="共同富裕"))
        index.commit()
    _written_by(theirs, str(pipx))
    for _ in range(2):  # the dev venv, then pipx again, then the dev venv: nothing rebuilt after the first
        with Index.open(cache, root, "codeD:cfg") as ours:
            assert ours.usable
        assert theirs.exists()
        with Index.open(cache, root, "codeP:cfg") as again:
            assert again.stats.rebuilt == 0 and len(list(again.rows(root))) == 1
    # an install whose folder is gone (uninstalled, or upgraded elsewhere): its index goes
    gone = tmp_path / "old-venv" / "briefreader"
    _written_by(theirs, str(gone))
    index_path(cache, root, "codeD:cfg").unlink()
    with Index.open(cache, root, "codeD:cfg"):
        pass
    assert not theirs.exists()


def test_an_index_opened_while_it_is_being_pruned_is_never_deleted_under_its_reader(
    tmp_path: Path, monkeypatch
) -> None:
    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    with Index.open(cache, root, "code1:cfg"):
        pass
    sibling = index_path(cache, root, "code1:cfg")
    holders: list[subprocess.Popen[str]] = []
    said: list[str] = []
    real_delete = index_module._delete_db

    def delete(path: Path) -> None:
        # the race's window: another process (the old version's reader) opens the sibling by its
        # name after the probe and before the unlink
        if not holders:
            holder = subprocess.Popen(
                [sys.executable, "-c", HOLDER, str(sibling)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
            holders.append(holder)
            assert holder.stdout is not None
            said.append(holder.stdout.readline().strip())
        real_delete(path)

    monkeypatch.setattr(index_module, "_delete_db", delete)
    try:
        with Index.open(cache, root, "code2:cfg"):
            pass
    finally:
        for holder in holders:
            holder.communicate("", timeout=30)
    assert said in (["open"], ["absent"])
    if said == ["open"]:  # it got the index: the file it reads must still be there
        assert sibling.exists()
    assert not any(p.name.count(".prune-") for p in cache.iterdir())  # nothing left half-done

    # a sibling held open all along: renamed, refused, put back under its name
    monkeypatch.setattr(index_module, "_delete_db", real_delete)
    with Index.open(cache, root, "code1:cfg"):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(sibling)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        index_path(cache, root, "code2:cfg").unlink(missing_ok=True)  # code1, made again, deleted it
        with Index.open(cache, root, "code2:cfg"):
            pass
        assert sibling.exists()
        assert not [p for p in cache.iterdir() if ".prune-" in p.name]
    finally:
        holder.communicate("", timeout=30)
