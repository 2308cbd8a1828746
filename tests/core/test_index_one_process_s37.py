"""Session 36 saw, in one process, a connection to the index closed while the writer's transaction
was open hide the writer's later commits from new connections. What does that: TWO SQLite libraries
in one process. d3e7ab52's test read the index through the standard library's sqlite3 (3.40 here)
while the index wrote through pysqlite3 (3.51): each library keeps its own table of the locks its
connections hold, so closing the standard library's connection dropped the POSIX locks of the
writer's file descriptors (they are per process), and the writer's later commits went unseen (then
"disk I/O error"). With one library, SQLite keeps a closed connection's descriptor open while
another connection of the process holds a lock, and nothing is hidden.

The app opens the index only through briefreader.index's sqlite3 (the TUI's first-screen peek, the
load's writer and the check of the folder are three connections of one process); the only module
that takes the standard library's sqlite3 is readstate, on a file of its own. These tests keep it so."""

from __future__ import annotations

import ast
from pathlib import Path

from briefreader import index as index_module
from briefreader.index import Index, index_path
from briefreader.model import Briefing

SRC = Path(index_module.__file__).resolve().parent


def _briefing(n: int) -> Briefing:
    return Briefing(id=f"f#{n}", path="", fingerprint=str(n), title="", text=f"第{n}条消息正文。")


def _count(path: Path) -> int:
    conn = index_module.sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
    finally:
        conn.close()


def test_closing_another_connection_of_the_process_hides_no_commit(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    cache = tmp_path / "cache"
    with Index.open(cache, root, "v1") as writer:
        writer.store("f.csv/#0", 1, 1, _briefing(0), b"f.csv", last=False)  # a file's batch: its transaction open
        peek = Index.open(cache, root, "v1")  # as the TUI's first screen and the folder check open theirs
        assert peek.usable and list(peek.rows(root)) == []
        peek.close()  # while the writer's transaction is open
        writer.store("f.csv/#1", 1, 1, _briefing(1), b"f.csv", last=True)
        writer.commit()
        path = index_path(cache, root, "v1")
        assert _count(path) == 2
        writer.store("g.txt", 1, 1, _briefing(2))
        writer.commit()  # a later commit too
        assert _count(path) == 3
        again = Index.open(cache, root, "v1")
        try:
            assert len(list(again.rows(root))) == 3
        finally:
            again.close()


def _stdlib_sqlite3_importers() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
                found.add(path.relative_to(SRC).as_posix())
            elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
                found.add(path.relative_to(SRC).as_posix())
    return found


def test_the_index_is_opened_through_one_sqlite_library() -> None:
    # index.py: only as the fallback when pysqlite3 is missing (then it is the one library);
    # readstate.py: its own file (readstate.sqlite3), never an index
    assert _stdlib_sqlite3_importers() == {"index.py", "readstate.py"}
    readstate = (SRC / "readstate.py").read_text(encoding="utf-8")
    assert "index_path" not in readstate and "from .index" not in readstate
    uses = {
        p.relative_to(SRC).as_posix()
        for p in SRC.rglob("*.py")
        if ".connect(" in p.read_text(encoding="utf-8") and "sqlite3" in p.read_text(encoding="utf-8")
    }
    assert uses == {"index.py", "readstate.py"}, uses  # every other module goes through Index
