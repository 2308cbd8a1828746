"""Compact layouts of the figures tables, built from an index that exists (issue 19: the index at
most 0.5x the corpus; the figures tables were 0.26x of the 100,000 mix's 0.72x in session 26).

    python benchmarks/bench_figure_layouts.py CONFIG [--runs 5]

Each layout is written fresh (so page fill is alike) into a scratch file with only the figures
tables, from the index's own rows, and dbstat gives each b-tree:
* P0  schema 22 as it is: figs (14 columns, kind and unit as text), figdetail (zlib JSON
      [region, sentences] a briefing), figs_group (sort group expression, value), figs_metric;
* P1  the sort group and the unit as small integer codes (figs.g, figs.u), the same columns
      otherwise, figs_group on (g, value);
* P2b P1's codes, figs only (id, g, u, value, high, metric, text): what figure queries, the
      figures view's filter (instr on the text) and its orders read; the rest (English, start,
      length, qualifier, sentence, a range's own ends) in one zlib pack a briefing with the
      region and sentences (figdetail's), columnar: varint deltas, flags, strings joined;
* P3b P2b with the text in the pack too.
Then the queries each layout changes, CPU ms, median of RUNS, with the answers compared:
figures-view counts and value-order windows (P1's codes are not in name order once a new
currency arrives, so the value order walks its groups one by one, as the metric order does),
and for the packs the English order (every pack decoded) and a text filter.

Session 27, the 100,000 mix (1,139 MB, 2,386,247 figures; frozen 5bed516), load 4.6-5.1 (dbstat MiB):
  P0 276.3 (figs 141.3, figdetail 66.0, figs_group 50.6, figs_metric 18.3); P1 249.7 (-26.6: figs
  127.1, figs_group 38.2); P2b 233.0 (-43.3: figs 73.4, pack 103.0); P3b 215.8 (-60.4: figs 47.2,
  pack 112.1). JSON packs instead of columnar (a first try): P2 241.4, P3 226.3 (a figure's short
  strings and small integers compress poorly a briefing at a time: ~24 figures a pack save little
  over SQLite's own record format). CPU, P0 / P1: count money>1亿 9.3 / 5.4 ms; money>1亿 by value,
  first 60 0.0 / 10.3 (P1's walk counts its groups first), rows 100,000+ 4.0 / 11.9; every figure
  by value at row 1,000,000 26 / 111 (a count kept per group would make it one walk). P0 / P3b:
  English order 2,124 / 2,954; text filter (instr 亿) 196 / 1,590 (every pack read: the text must
  stay a column). figlo + fighi (22 MiB) stay: figure_search through figs_group instead took
  0.3-3.1 s where they take 9-36 ms (money>1: 3,101 vs 36 ms; count>5: 397 vs 26; same keys).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3 as std_sqlite3  # Python's own: it has dbstat (pysqlite3-binary does not)
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_cpu_ms  # noqa: E402


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def btrees(path: Path) -> tuple[float, str]:
    rows = std_sqlite3.connect(path).execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
    found = rows.fetchall()
    total = sum(size for _, size in found) / 2**20
    return total, ", ".join(f"{name} {size / 2**20:.1f}" for name, size in found if size > 2**20)


def _varint(n: int, out: bytearray) -> None:
    n = (n << 1) ^ (n >> 63) if n < 0 else n << 1  # zigzag
    while True:
        low, n = n & 0x7F, n >> 7
        if not n:
            out.append(low)
            return
        out.append(low | 0x80)


def detail_of(blob: bytes) -> tuple[Any, list[str]]:
    """A figdetail row's [region, sentences]: schema 23's packing (index.unpack_detail), or zlib alone (22)."""
    from briefreader.index import unpack_detail

    try:
        return unpack_detail(blob)
    except ValueError:
        return tuple(json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass")))  # type: ignore[return-value]


def pack(head: bytes, figs: list[tuple], with_text: bool) -> bytes:
    """One briefing's pack: [region, sentences] JSON, then per figure its start (a delta),
    length, qualifier and sentence as varints and a flag byte for a range's own ends (none,
    the value, or a double that follows), then the strings joined by \\x1f."""
    ints = bytearray()
    prev = 0
    for f in figs:
        value, qual, sent, start, span, low, top = f[3], f[6], f[7], f[9], f[10], f[11], f[12]
        _varint(start - prev, ints)
        prev = start
        for n in (span, qual if isinstance(qual, int) else 0, sent):
            _varint(n, ints)
        flag = (0 if low is None else 1 if low == value else 2) | (
            (0 if top is None else 1 if top == value else 2) << 2
        )
        ints.append(flag)
        for v, f_ in ((low, flag & 3), (top, flag >> 2)):
            if f_ == 2:
                ints += struct.pack("<d", v)
    strings = "\x1f".join(([f[13] for f in figs] if with_text else []) + [f[14] for f in figs])
    body = struct.pack("<II", len(head), len(ints)) + head + bytes(ints) + strings.encode("utf-8", "surrogatepass")
    return zlib.compress(body, 9)


def strings_of(blob: bytes) -> list[str]:
    body = zlib.decompress(blob)
    head, ints = struct.unpack_from("<II", body)
    return body[8 + head + ints :].decode("utf-8", "surrogatepass").split("\x1f")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    from bench_index import sizes

    from briefreader.index import FIG_BITS, _group_sql, kind_sql, sqlite3

    index = sizes(a.config)
    src = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    page = src.execute("PRAGMA page_size").fetchone()[0]
    group = _group_sql("kind", "unit")
    names = [g for (g,) in src.execute(f"SELECT DISTINCT {group} FROM figs ORDER BY 1")]
    code = {g: n for n, g in enumerate(reversed(names))}  # not in name order, as codes given on arrival
    units = {u: n for n, (u,) in enumerate(src.execute("SELECT DISTINCT unit FROM figs"))}
    start = time.process_time()
    rows = src.execute(
        f"SELECT id, {group}, kind, value, high, metric, qual, sent, unit, start, span, low, top, text, en"
        " FROM figs ORDER BY id"
    ).fetchall()
    detail = dict(src.execute("SELECT doc, data FROM figdetail"))
    src.close()
    print(f"{len(rows):,} figures, {len(detail):,} briefings with figures ({time.process_time() - start:.0f} s CPU)")
    by_doc: dict[int, list[tuple]] = {}
    for r in rows:
        by_doc.setdefault(r[0] >> FIG_BITS, []).append(r)

    work = Path(tempfile.mkdtemp(prefix="brfiglayouts-"))
    conns = {}
    try:

        def fresh(name: str, ddl: list[str]):
            conn = sqlite3.connect(work / f"{name}.sqlite3")
            conn.execute(f"PRAGMA page_size={page}")
            for statement in ddl:
                conn.execute(statement)
            conns[name] = conn
            return conn

        conn = fresh(
            "P0",
            [
                "CREATE TABLE figs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value REAL, high REAL,"
                " metric INTEGER NOT NULL, qual INTEGER NOT NULL, sent INTEGER NOT NULL, unit TEXT NOT NULL,"
                " start INTEGER NOT NULL, span INTEGER NOT NULL, low REAL, top REAL, text TEXT NOT NULL,"
                " en TEXT NOT NULL)",
                "CREATE TABLE figdetail (doc INTEGER PRIMARY KEY, data BLOB NOT NULL)",
            ],
        )
        conn.executemany("INSERT INTO figs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [r[:1] + r[2:] for r in rows])
        conn.executemany("INSERT INTO figdetail VALUES (?,?)", sorted(detail.items()))
        conn.execute(f"CREATE INDEX figs_group ON figs ({group}, value)")
        conn.execute("CREATE INDEX figs_high ON figs (kind, high) WHERE high IS NOT NULL")

        conn = fresh(
            "P1",
            [
                "CREATE TABLE figs (id INTEGER PRIMARY KEY, g INTEGER NOT NULL, value REAL, high REAL,"
                " metric INTEGER NOT NULL, qual INTEGER NOT NULL, sent INTEGER NOT NULL, u INTEGER NOT NULL,"
                " start INTEGER NOT NULL, span INTEGER NOT NULL, low REAL, top REAL, text TEXT NOT NULL,"
                " en TEXT NOT NULL)",
                "CREATE TABLE figdetail (doc INTEGER PRIMARY KEY, data BLOB NOT NULL)",
            ],
        )
        conn.executemany(
            "INSERT INTO figs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(r[0], code[r[1]], *r[3:8], units[r[8]], *r[9:]) for r in rows],
        )
        conn.executemany("INSERT INTO figdetail VALUES (?,?)", sorted(detail.items()))
        conn.execute("CREATE INDEX figs_group ON figs (g, value)")

        for name, with_text in (("P2b", False), ("P3b", True)):
            text = "" if with_text else ", text TEXT NOT NULL"
            conn = fresh(
                name,
                [
                    "CREATE TABLE figs (id INTEGER PRIMARY KEY, g INTEGER NOT NULL, u INTEGER NOT NULL, value REAL,"
                    f" high REAL, metric INTEGER NOT NULL{text})",
                    "CREATE TABLE figpack (doc INTEGER PRIMARY KEY, data BLOB NOT NULL)",
                ],
            )
            conn.executemany(
                f"INSERT INTO figs VALUES (?,?,?,?,?,?{'' if with_text else ',?'})",
                [(r[0], code[r[1]], units[r[8]], r[3], r[4], r[5], *(() if with_text else (r[13],))) for r in rows],
            )
            packs = []
            for doc in sorted(set(by_doc) | set(detail)):
                region, sentences = detail_of(detail[doc]) if doc in detail else (None, [])
                head = json.dumps([region, sentences], ensure_ascii=False, separators=(",", ":"))
                packs.append((doc, pack(head.encode("utf-8", "surrogatepass"), by_doc.get(doc, []), with_text)))
            conn.executemany("INSERT INTO figpack VALUES (?,?)", packs)
            conn.execute("CREATE INDEX figs_group ON figs (g, value)")
        for name in ("P1", "P2b", "P3b"):
            conns[name].execute("CREATE INDEX figs_metric ON figs (metric) WHERE metric != 0")
        conns["P0"].execute("CREATE INDEX figs_metric ON figs (metric) WHERE metric != 0")
        base = None
        for name, conn in conns.items():
            conn.commit()
            total, parts = btrees(work / f"{name}.sqlite3")
            base = total if base is None else base
            print(f"  {name:4} {total:7.1f} MiB ({total - base:+6.1f})  {parts}", flush=True)

        def q(conn, sql, args=()):
            return conn.execute(sql, args).fetchall()

        kinds, kind_args = kind_sql("money", "", group, "unit")
        money = [code[g] for g in names if g.startswith("money ")]  # in name order

        def walk(conn, cond: str, args: tuple, start: int, n: int, codes: list[int]) -> list[int]:
            """The value order through codes: each group's figures by (value, id), groups in name order."""
            marks = ",".join(map(str, codes))
            counts = dict(q(conn, f"SELECT g, count(*) FROM figs WHERE g IN ({marks}) {cond} GROUP BY g", args))
            found: list[int] = []
            at = 0
            for g in codes:
                k = counts.get(g, 0)
                if at + k > start and at < start + n:
                    first = max(start, at) - at
                    take = min(start + n, at + k) - at - first
                    sql = f"SELECT id FROM figs WHERE g = ? {cond} ORDER BY value, id LIMIT ? OFFSET ?"
                    found += [r[0] for r in q(conn, sql, (g, *args, take, first))]
                at += k
                if at >= start + n:
                    break
            return found

        every = [code[g] for g in names]
        p0, p1 = conns["P0"], conns["P1"]
        by_value = f"ORDER BY {group}, value, id"
        checks = {
            "count money>1亿": (
                lambda: q(p0, f"SELECT count(*) FROM figs WHERE {kinds} AND value > ?", (*kind_args, 1e8)),
                lambda: q(p1, f"SELECT count(*) FROM figs WHERE g IN ({','.join(map(str, money))}) AND value > ?", (1e8,)),
            ),
            "money>1亿 by value, first 60": (
                lambda: [r[0] for r in q(p0, f"SELECT id FROM figs WHERE {kinds} AND value > ? {by_value} LIMIT 60", (*kind_args, 1e8))],
                lambda: walk(p1, "AND value > ?", (1e8,), 0, 60, money),
            ),
            "money>1亿 by value, rows 100,000+": (
                lambda: [r[0] for r in q(p0, f"SELECT id FROM figs WHERE {kinds} AND value > ? {by_value} LIMIT 60 OFFSET 100000", (*kind_args, 1e8))],
                lambda: walk(p1, "AND value > ?", (1e8,), 100000, 60, money),
            ),
            "every figure by value, row 1,000,000": (
                lambda: [r[0] for r in q(p0, f"SELECT id FROM figs {by_value} LIMIT 60 OFFSET 1000000")],
                lambda: walk(p1, "", (), 1000000, 60, every),
            ),
        }  # fmt: skip
        print(f"queries, CPU ms (median of {a.runs}; {load()}):")
        for label, (old, new) in checks.items():
            t0, r0 = median_cpu_ms(old, a.runs)
            t1, r1 = median_cpu_ms(new, a.runs)
            print(f"  {label:38} P0 {t0:8.1f}  P1 {t1:8.1f}  {'same' if r0 == r1 else 'DIFFERENT'}", flush=True)

        def en_columns():
            groups: dict[str, list[int]] = {}
            for v, rowid in p0.execute("SELECT en, id FROM figs"):
                groups.setdefault(v, []).append(rowid)
            return [rowid for v in sorted(groups) for rowid in groups[v]][:60]

        def en_packs():
            groups: dict[str, list[int]] = {}
            for doc, blob in conns["P3b"].execute("SELECT doc, data FROM figpack"):
                found = strings_of(blob)
                for n, v in enumerate(found[len(found) // 2 :]):
                    groups.setdefault(v, []).append((doc << FIG_BITS) + n)
            return [rowid for v in sorted(groups) for rowid in groups[v]][:60]

        def text_packs():
            total = 0
            for _, blob in conns["P3b"].execute("SELECT doc, data FROM figpack"):
                found = strings_of(blob)
                total += sum("亿" in t for t in found[: len(found) // 2])
            return total

        packed = {
            "English order, first 60 (whole sort)": (en_columns, en_packs),
            "text filter (instr 亿), count": (
                lambda: q(p0, "SELECT count(*) FROM figs WHERE instr(text, ?) > 0", ("亿",))[0][0],
                text_packs,
            ),
        }
        for label, (old, new) in packed.items():
            t0, r0 = median_cpu_ms(old, min(3, a.runs))
            t1, r1 = median_cpu_ms(new, min(3, a.runs))
            print(f"  {label:38} P0 {t0:8.1f}  P3b {t1:7.1f}  {'same' if r0 == r1 else 'DIFFERENT'}", flush=True)
        print(f"({load()})")
    finally:
        for conn in conns.values():
            conn.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
