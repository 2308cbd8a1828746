"""Guards session 15's smaller index (schema 13: figlo/fighi for figspan, 31-bit story band
keys): a library whose index schema 12 wrote is rebuilt on the next run, with no
traceback, and keeps what the user made (read marks, notes, bookmarks are not in the index);
figure queries of every operator read the same from the new tables."""

from __future__ import annotations

import json
import math
from pathlib import Path

from helpers.cli import cli

from briefreader import index as index_module
from briefreader.index import SCHEMA_VERSION, Index, band_key
from briefreader.model import Briefing, Figure

A, B = "000_6725c00bccd9a398", "004_bbc993df6f2fe461"
sqlite3 = index_module.sqlite3


def _ids(capsys, *query: str) -> list[str]:
    code, out, _ = cli(capsys, "list", *query, "--json")
    assert code == 0
    return sorted(b["id"] for b in json.loads(out))


def _as_schema_12(path: Path) -> None:
    """Make the index file what schema 12 wrote: figspan with its two indexes, 63-bit band
    keys, user_version 12."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE figspan (doc INTEGER NOT NULL, kind TEXT NOT NULL, lo REAL NOT NULL, hi REAL NOT NULL,
                              PRIMARY KEY (doc, kind)) WITHOUT ROWID;
        CREATE INDEX figspan_lo ON figspan (kind, lo);
        CREATE INDEX figspan_hi ON figspan (kind, hi);
        INSERT INTO figspan SELECT l.doc, l.kind, l.lo, h.hi FROM figlo l JOIN fighi h USING (doc, kind);
        DROP TABLE figlo;
        DROP TABLE fighi;
        UPDATE storybands SET band = band + 4611686018427387904;
        PRAGMA user_version = 12;
        """
    )
    conn.commit()
    conn.close()


def test_a_schema_12_library_is_rebuilt_and_keeps_marks_notes_and_bookmarks(cli_env: Path, capsys):
    everything = _ids(capsys)
    assert len(everything) == 5
    before = {q: _ids(capsys, q) for q in ("money>1亿", "percent<10", "count>=3", "上海", "数字经济")}
    assert cli(capsys, "read", A)[0] == 0
    assert cli(capsys, "bookmark", B)[0] == 0
    assert cli(capsys, "note", A, "核对数字")[0] == 0
    (path,) = (cli_env / "cache").glob("index-*.sqlite3")
    _as_schema_12(path)

    code, out, err = cli(capsys, "list", "--json")
    assert code == 0 and "Traceback" not in err
    assert sorted(b["id"] for b in json.loads(out)) == everything
    conn = sqlite3.connect(path)  # the same file, made again at this schema
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 13
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"figlo", "fighi"} <= tables and "figspan" not in tables
        assert conn.execute("SELECT max(band) FROM storybands").fetchone()[0] < 2**31
    finally:
        conn.close()
    assert _ids(capsys, "is:read") == [A]
    assert _ids(capsys, "is:bookmarked") == [B]
    assert _ids(capsys, "has:note") == [A]
    assert {q: _ids(capsys, q) for q in before} == before
    assert any(before.values())


def _briefing(n: int, figures: list[Figure]) -> Briefing:
    return Briefing(id=str(n), path="", fingerprint=str(n), title="", text="上海" * 10, figures=figures)


def _fig(kind: str, value: float | None, low: float | None = None, high: float | None = None) -> Figure:
    return Figure(kind=kind, text="x", value=value, low=low, high=high, unit="", start=0, end=1)


def test_figure_spans_answer_every_operator_and_go_with_their_briefing(tmp_path: Path):
    figures = {
        1: [_fig("money", 5e8), _fig("money", 2e11), _fig("percent", 3.0)],
        2: [_fig("money", None, low=1e9, high=3e9)],  # a range: either end compares
        3: [_fig("money", math.nan), _fig("count", 7.0)],  # NaN is never a hit
        4: [_fig("money", None, low=None, high=4e11), _fig("percent", -0.0)],
    }
    with Index.open(tmp_path, tmp_path, "v") as index:
        keys = {n: index.store(f"{n}.txt", 1, 1, _briefing(n, f)) for n, f in figures.items()}
        by_key = {k: n for n, k in keys.items()}

        def found(kind: str, op: str, value: float) -> set[int]:
            return {by_key[k] for k in index.figure_search(kind, op, value)}

        assert found("money", ">", 1e11) == {1, 4}
        assert found("money", ">=", 3e9) == {1, 2, 4}
        assert found("money", "<", 1e9) == {1}
        assert found("money", "<=", 1e9) == {1, 2}
        assert found("money", "=", 3e9) == {2}
        assert found("percent", "<=", 0) == {4} and found("percent", ">", 2.5) == {1}
        assert found("count", "=", 7) == {3} and found("count", ">", 7) == set()
        # rewritten and removed: their spans go with them (no orphans)
        index.store("1.txt", 2, 2, _briefing(1, [_fig("money", 1.0)]))
        index.prune({"1.txt", "2.txt", "3.txt"})
        index.commit()
        conn = index._conn
        docs = {r for (r,) in conn.execute("SELECT rowid FROM briefings")}
        for table in ("figlo", "fighi"):
            assert {d for (d,) in conn.execute(f"SELECT doc FROM {table}")} <= docs, table
        assert conn.execute("SELECT count(*) FROM figlo").fetchone()[0] == 3  # 1: money; 2: money; 3: count
        assert conn.execute("SELECT count(*) FROM fighi").fetchone()[0] == 3


def test_band_keys_are_the_low_31_bits():
    assert band_key(2**62 + 5) == 5 and band_key(2**31 - 1) == 2**31 - 1 and band_key(2**31) == 0
