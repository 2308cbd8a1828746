"""What other index layouts would take on disk, measured on an index that exists (issue 19's
index-size target: at most 0.5x the corpus). No ingest: the search table's documents are read
back from the index itself (fts5vocab's instances, in order), so any variant is built from
exactly what was indexed. Brought to index schema 22 in session 26 (the ``words`` table, the
folded ``texts`` and figs_kind are gone; the phrase-checking study of schema 20 with them).

    python benchmarks/bench_index_layouts.py CONFIG [--only NAME ...]

Prints, against the corpus bytes (the load beside each line; sizes do not depend on it):
* the index as built, after VACUUM, and with one part dropped or recoded (figs.text,
  figdetail, stories and their bands, figs' kind as a code, the search table): what each
  part costs (bench_index.py --btrees gives each b-tree as built, from dbstat);
* the index with a part rewritten in Python (session 28): figdetail as schema 22 kept it (zlib
  alone: what schema 23's preset dictionary saves), stories.sig without its folded headline, and
  with its minima packed in 26 bits too (sizes only: no code reads those layouts);
* the search table rebuilt from the read-back documents: as built, after FTS5's optimize,
  and without positions (what phrases cost).

Session 28, the 20,000 mix (233.9 MiB) indexed by schema 22, load 8-10: as built 160.36 MiB
(0.685x); figdetail re-encoded as schema 23 157.24 (0.672x; figdetail 13.18 -> 10.07); stories.sig
without the headline 159.77 (-0.59), packed as well 158.93 (-1.43: not adopted, 0.006x of the
corpus for a slower candidate check); search after optimize 77.38 MB against 77.61 as built,
without positions 12.21 (positions are 65 of its 77.6 MB: the price of phrases).

Session 26, the 100,000 mix (1,139 MB), schema 22 (bench_index.py --btrees --fts-stats): index
825 MB = 0.72x; search 388 MB (0.34x; 59.7 M (term, briefing) pairs, 167 M tokens, 18.3 M of them
the break between runs; a bit-packed positional floor ~232 MB), figs with its two indexes 219 MB,
figdetail 66, briefings 52, storybands 40, stories 36, figlo + fighi 22.

Measured 2026-12-04 12:00-12:05 (session 22), the 10,000 mix (118 MB) indexed by HEAD 1dfe95c
(index 108 MB on disk = 0.92x; 106.0 MB = 0.899x after VACUUM), load 6.8-8.4:
  dropped or recoded: figs_kind -4.4 MB, figs.text -2.4, figdetail -6.5, figs' kind as a code
  -2.8; both FTS5 tables -60.7 (the rest alone is 45.3 MB = 0.384x: with FTS5 of any kind,
  0.5x needs the rest smaller too)
  word tables: positional 54.50 MB (0.462x), words 6.10 (0.052x); one table without positions
  21.03 (0.178x, for 60.6); positional without a run's last character 49.58 (0.420x)
  folded text 43.7 MB; zlib a briefing 24.5 MB (0.208x), with a preset dictionary 17.0 (0.144x)
  phrases: all bigrams vs the phrase 5,792/5,792 (元宇宙), 6,636/6,631 (数字经济), 385/379
  (上海人工智能): the table without positions finds a superset (<=1.6% more), and checking
  each candidate costs 32-36 us of CPU: ~200 ms for a common phrase at 10,000, ~2 s at
  100,000, past the filter's 50 ms a keystroke unless only the rows on screen are checked.
  (Measured by the schema-20 version of this script: git show 1026b8e:benchmarks/bench_index_layouts.py.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def documents(conn) -> dict[int, str]:
    """Each briefing's positional document, from the index's instances in order."""
    conn.execute("CREATE VIRTUAL TABLE temp.vi USING fts5vocab(main, search, instance)")
    docs: dict[int, list[tuple[int, str]]] = {}
    for term, doc, off in conn.execute("SELECT term, doc, offset FROM temp.vi"):
        docs.setdefault(doc, []).append((off, term))
    return {d: " ".join(t for _, t in sorted(v)) for d, v in docs.items()}


def dropped(index: Path, corpus: int, work: Path, only: list[str]) -> None:
    from briefreader.index import sqlite3

    variants = {  # schema 22's tables (figs_kind went in 22: "no figs_kind" was s22's -4.4 MB at 10,000)
        "as built (VACUUM)": [],
        "no figs.text": ["DROP VIEW figrows", "ALTER TABLE figs DROP COLUMN text"],
        "no figdetail": ["DROP TABLE figdetail"],
        "no stories, no storybands": ["DROP TABLE stories", "DROP TABLE storybands"],
        "no search (FTS5): the rest alone": ["DROP TABLE search"],
        "figs' kind as a code": [
            "CREATE TABLE k (code INTEGER PRIMARY KEY, kind TEXT)",
            "INSERT INTO k VALUES (1, 'money'), (2, 'percent')",  # SORT_GROUPS: their unit makes the group
            "INSERT INTO k(kind) SELECT DISTINCT kind FROM figs WHERE kind NOT IN ('money', 'percent') ORDER BY kind",
            "CREATE TABLE figs2 AS SELECT f.id AS id, k.code AS kind, value, high, metric, qual, sent, unit, start,"
            " span, low, top, text, en FROM figs f JOIN k ON k.kind = f.kind",
            "DROP VIEW figrows",
            "DROP TABLE figs",
            "ALTER TABLE figs2 RENAME TO figs",
            "CREATE INDEX figs_group ON figs (kind, CASE WHEN kind IN (1, 2) THEN unit END, value)",
            "CREATE INDEX figs_metric ON figs (metric) WHERE metric != 0",
            "CREATE INDEX figs_high ON figs (kind, high) WHERE high IS NOT NULL",
        ],
    }
    for name, sqls in variants.items():
        if only and not any(o in name for o in only):
            continue
        copy = work / "copy.sqlite3"
        shutil.copy(index, copy)
        conn = sqlite3.connect(copy)
        for sql in sqls:
            conn.execute(sql)
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        size = copy.stat().st_size
        copy.unlink()
        print(f"  {name:44} {size / 2**20:8.2f} MB {size / corpus:.3f}x ({load()})", flush=True)


def _figdetail_zlib(conn) -> None:
    """figdetail as schema 22 kept it (zlib of the JSON alone), from schema 23's rows."""
    import json
    import zlib

    from briefreader.index import unpack_detail

    rows = []
    for doc, blob in conn.execute("SELECT doc, data FROM figdetail").fetchall():
        region, sentences = unpack_detail(blob)
        data = json.dumps([region, sentences], ensure_ascii=False, separators=(",", ":"))
        rows.append((zlib.compress(data.encode("utf-8", "surrogatepass"), 9), doc))
    conn.executemany("UPDATE figdetail SET data = ? WHERE doc = ?", rows)


def _compact_signature(blob: bytes) -> bytes:
    """A stories.sig as a compact layout would keep it (not read by any code: its size only):
    the size word, the 64 minima as 26-bit fields packed end to end (208 bytes, not 256) and each minimum borrowed by rotation (stories.signature_of: bin distance << 26) as its place
    and distance, then the lead values, periods and number sketch as now, no folded headline
    (story_title of briefings.title, read where the template veto asks)."""
    from briefreader.stories import NUM_PERM, Signature

    sig = Signature.from_bytes(blob)
    bits = 0
    for n, v in enumerate(sig.values):
        bits |= (v & ((1 << 26) - 1)) << (26 * n)
    rotated = [(n, v >> 26) for n, v in enumerate(sig.values) if v >> 26]
    out = bytearray(sig.size.to_bytes(4, "little"))
    out += bits.to_bytes((26 * NUM_PERM + 7) // 8, "little")
    out += bytes([len(rotated)]) + b"".join(bytes(pair) for pair in rotated)
    out += b"".join(v.to_bytes(4, "little") for v in sig.lead)
    out += b"".join(v.to_bytes(2, "little") for v in (len(sig.periods), *sig.periods))
    out += b"".join(v.to_bytes(2, "little") for v in sig.numbers)
    return bytes(out)


def _stories_compact(conn, *, title: bool) -> None:
    from briefreader.stories import Signature

    rows = []
    for doc, blob in conn.execute("SELECT doc, sig FROM stories WHERE sig IS NOT NULL").fetchall():
        if title:  # only the headline out: the rest as stored
            sig = Signature.from_bytes(blob)
            rows.append((Signature(sig.values, sig.size, sig.numbers, sig.lead, "", sig.periods).to_bytes(), doc))
        else:
            rows.append((_compact_signature(blob), doc))
    conn.executemany("UPDATE stories SET sig = ? WHERE doc = ?", rows)


def recoded(index: Path, corpus: int, work: Path, only: list[str]) -> None:
    """Parts rewritten by Python (their size only; session 28): figdetail as schema 22 (what
    schema 23's preset dictionary saves), stories.sig without its folded headline, and with
    the minima packed in 26 bits as well."""
    from briefreader.index import sqlite3

    variants = {
        "figdetail as schema 22 (zlib, no dictionary)": _figdetail_zlib,
        "stories.sig without the headline": lambda c: _stories_compact(c, title=True),
        "stories.sig packed (26-bit minima, no headline)": lambda c: _stories_compact(c, title=False),
    }
    for name, recode in variants.items():
        if only and not any(o in name for o in only):
            continue
        copy = work / "copy.sqlite3"
        shutil.copy(index, copy)
        conn = sqlite3.connect(copy)
        try:
            recode(conn)
        except ValueError as exc:  # figdetail of schema 22 already
            print(f"  {name:44} not measured: {exc}")
            conn.close()
            copy.unlink()
            continue
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        size = copy.stat().st_size
        copy.unlink()
        print(f"  {name:44} {size / 2**20:8.2f} MB {size / corpus:.3f}x ({load()})", flush=True)


def tables(docs: dict[int, str], corpus: int, work: Path, only: list[str]) -> None:
    """The search table rebuilt from the read-back documents: as built, after FTS5's
    optimize, and without positions (detail=none: what a phrase needs them for)."""
    from briefreader.index import _FTS_OPTIONS, COMMIT_EVERY, FTS_HASHSIZE, sqlite3

    variants = {
        "search: positional, as built": (_FTS_OPTIONS, False),
        "search: positional, then optimize": (_FTS_OPTIONS, True),
        "search: no positions (detail=none; no phrases)": (_FTS_OPTIONS.replace("detail=full", "detail=none"), False),
    }
    for name, (options, optimize) in variants.items():
        if only and not any(o in name for o in only):
            continue
        path = work / "fts.sqlite3"
        conn = sqlite3.connect(path)
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, {options})")
        conn.execute(f"INSERT INTO t(t, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
        start = time.process_time()
        for i, (doc, text) in enumerate(sorted(docs.items()), 1):
            conn.execute("INSERT INTO t(rowid, body) VALUES (?, ?)", (doc, text))
            if i % COMMIT_EVERY == 0:
                conn.commit()
        conn.commit()
        if optimize:
            conn.execute("INSERT INTO t(t) VALUES ('optimize')")
            conn.commit()
        spent = time.process_time() - start
        conn.execute("VACUUM")
        conn.close()
        size = path.stat().st_size
        path.unlink()
        print(
            f"  {name:52} {size / 2**20:8.2f} MB {size / corpus:.3f}x insert {spent:.1f} s CPU ({load()})", flush=True
        )


def main() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_index import sizes

    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    ap.add_argument("--only", nargs="*", default=[], help="variants whose name holds one of these")
    a = ap.parse_args()
    from briefreader.config import read_config
    from briefreader.index import sqlite3

    root = read_config(a.config).briefings.resolve()
    corpus = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    index = sizes(a.config)
    work = Path(tempfile.mkdtemp(prefix="brlayouts-"))
    try:
        print("the index with a part dropped or recoded:")
        dropped(index, corpus, work, a.only)
        print("the index with a part rewritten:")
        recoded(index, corpus, work, a.only)
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        start = time.process_time()
        docs = documents(conn)
        print(f"the search table from the {len(docs):,} documents read back ({time.process_time() - start:.0f} s CPU):")
        tables(docs, corpus, work, a.only)
        conn.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
