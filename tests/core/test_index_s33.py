"""Issue 19, session 33: the index writer's cost no longer grows with the library.

A batch of stores dirties pages all over the random-keyed b-trees; with SQLite's default
wal_autocheckpoint (1,000 pages) every commit of a big library was followed by a
checkpoint copying each of those pages into the file again. The index's connection now
lets the WAL hold WAL_CHECKPOINT_PAGES before a checkpoint (benchmarks/bench_writer.py
growth: the same briefings into the index at 2,500 and 10,000 briefings). What is stored
is the same; the WAL is still cut back (journal_size_limit) and folded in at close.
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

from briefreader.index import WAL_CHECKPOINT_PAGES, WAL_LIMIT, Index
from briefreader.model import Briefing


def _briefing(n: int) -> Briefing:
    rng = random.Random(n)  # many distinct characters: postings on many pages
    words = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(1500))
    text = f"第{n}篇：上海人工智能产业规模达到{n}亿元，同比增长{n % 30}%。{words}"
    return Briefing(id=str(n), path="", fingerprint=f"sha256:{n:064x}", title=f"标题{n}", text=text)


def _rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return [
            *conn.execute("SELECT rowid, relpath, title, listed FROM briefings ORDER BY rowid"),
            *conn.execute("SELECT * FROM stories ORDER BY doc"),
            *conn.execute("SELECT * FROM figs ORDER BY id"),
        ]
    finally:
        conn.close()


def test_the_index_lets_the_wal_hold_more_pages_than_sqlites_default(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    assert WAL_CHECKPOINT_PAGES > 1000  # SQLite's default, which checkpointed after every batch
    with Index.open(tmp_path / "cache", root, "v") as index:
        assert index._conn is not None
        assert index._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_PAGES
        assert index._conn.execute("PRAGMA journal_size_limit").fetchone()[0] == WAL_LIMIT


def test_commits_below_the_limit_leave_their_pages_in_the_wal_until_close(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    with Index.open(tmp_path / "cache", root, "v") as index:
        for n in range(300):
            index.store(f"{n}.txt", 1, 1, _briefing(n))
            if n % 50 == 49:
                index.commit()  # six commits, over SQLite's default of 1,000 pages in all
        assert index._conn is not None
        # the frames in the WAL since it last restarted: all six commits' (the default
        # checkpointed and restarted it once it held 1,000 pages)
        _busy, frames, _copied = index._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert frames > 1500
        path = index.path
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0  # folded in at close
    # what was stored reads back whole from the file alone
    rows = _rows(path)
    assert sum(1 for r in rows if len(r) == 4 and isinstance(r[1], str)) == 300
