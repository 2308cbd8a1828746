"""s18 19-stories' note on _prune_versions: an index renamed ``<name>.prune-<pid>`` that could
not be put back (a new index had taken its name), or whose pruning process died between the
rename and the delete, stayed in the cache folder for good: no glob of an index name matched it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from briefreader.index import Index, index_path
from briefreader.model import Briefing


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _made(cache: Path, root: Path, version: str) -> Path:
    with Index.open(cache, root, version) as index:
        index.store("a.txt", 1, 1, Briefing(id="a", path="", fingerprint="1", title="t", text="共同富裕"))
        index.commit()
    return index_path(cache, root, version)


def test_a_prune_leftover_is_deleted_or_put_back_once_its_pruner_is_gone(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    ours = _made(cache, root, "code1:cfg")
    # a leftover whose name a new index took: nobody can open it by name, so it goes
    taken = ours.with_name(f"{ours.name}.prune-{_dead_pid()}")
    shutil.copyfile(ours, taken)  # another file (a link would share the lock of the one open)
    with Index.open(cache, root, "code1:cfg") as index:
        assert index.usable
    assert not taken.exists() and ours.exists()
    # a leftover whose name is free: put back, then pruned as any other version's index
    theirs = _made(cache, root, "code0:cfg")
    lost = theirs.with_name(f"{theirs.name}.prune-{_dead_pid()}")
    os.rename(theirs, lost)
    with Index.open(cache, root, "code1:cfg"):
        pass
    assert not lost.exists() and not theirs.exists() and ours.exists()  # code1 made again: code0 pruned
    # a pruner still at it (its process alive: this one's parent here) is left alone
    busy = ours.with_name(f"{ours.name}.prune-{os.getppid()}")
    shutil.copyfile(ours, busy)
    with Index.open(cache, root, "code1:cfg"):
        pass
    assert busy.exists()
    assert [p.name for p in cache.iterdir() if ".prune-" in p.name] == [busy.name]
