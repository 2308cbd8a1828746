"""What other index layouts would take on disk, measured on an index that exists (issue 19's
index-size target: at most 0.5x the corpus), and what answering a phrase without positions
would cost. No ingest: the positional table's documents are read back from the index itself
(fts5vocab's instances, in order), so any variant is built from exactly what was indexed.

    python benchmarks/bench_index_layouts.py CONFIG [--only NAME ...] [--keep DIR]

Prints, against the corpus bytes (the load beside each line; sizes do not depend on it):
* the index as built, after VACUUM, and with one part dropped or recoded (figs_kind, figs' kind
  as a code, figs.text, figdetail, both FTS tables): what each part costs;
* the word tables rebuilt from the read-back documents: positional as now, ``words`` as now,
  one detail=none table of every token plus the words tokens (no positions), the positional
  table without the one-character tokens that end a run;
* the folded text a phrase would be checked against without positions (runs joined by NUL),
  zlib per briefing, and with a preset dictionary;
* for a few phrases of bench.py's typed queries: the briefings holding all their bigrams (what
  a table without positions finds), those holding the phrase (the positional table), and the
  CPU of checking each candidate against its compressed text.

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
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
import time
import zlib
from pathlib import Path

PHRASES = ["元宇宙", "信息消费", "数字经济", "人工智能产业", "集成电路", "上海人工智能"]


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

    variants = {
        "as built (VACUUM)": [],
        "no figs_kind": ["DROP INDEX figs_kind"],
        "no figs.text": ["DROP VIEW figrows", "ALTER TABLE figs DROP COLUMN text"],
        "no figdetail": ["DROP TABLE figdetail"],
        "no search, no words (FTS5)": ["DROP TABLE search", "DROP TABLE words"],
        "figs' kind as a code": [
            "CREATE TABLE k (code INTEGER PRIMARY KEY, kind TEXT)",
            "INSERT INTO k(kind) SELECT DISTINCT kind FROM figs",
            "CREATE TABLE figs2 AS SELECT f.id AS id, k.code AS kind, value, high, metric, qual, sent, unit, start,"
            " span, low, top, text, en FROM figs f JOIN k ON k.kind = f.kind",
            "DROP VIEW figrows",
            "DROP TABLE figs",
            "ALTER TABLE figs2 RENAME TO figs",
            "CREATE INDEX figs_kind ON figs (kind, value)",
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


def tables(docs: dict[int, str], corpus: int, work: Path, only: list[str]) -> None:
    from briefreader.index import COMMIT_EVERY, FTS_HASHSIZE, sqlite3
    from briefreader.punct import HAN_ALL
    from briefreader.textsearch import word_tokens

    common = "content='', tokenize='ascii', columnsize=1, contentless_delete=1"
    single = re.compile(f"(?<![^ ])[{HAN_ALL}](?![^ ])")
    variants = {
        "search: positional, as built": (f"detail=full, {common}", lambda d: d),
        "words: as built": (f"detail=none, {common}", word_tokens),
        "one table, no positions (search + words tokens)": (
            f"detail=none, {common}",
            lambda d: f"{d} {word_tokens(d)}",
        ),
        "search without a run's last character": (f"detail=full, {common}", lambda d: single.sub("", d)),
    }
    for name, (options, make) in variants.items():
        if only and not any(o in name for o in only):
            continue
        path = work / "fts.sqlite3"
        conn = sqlite3.connect(path)
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, {options})")
        conn.execute(f"INSERT INTO t(t, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
        start = time.process_time()
        for i, (doc, text) in enumerate(sorted(docs.items()), 1):
            conn.execute("INSERT INTO t(rowid, body) VALUES (?, ?)", (doc, make(text)))
            if i % COMMIT_EVERY == 0:
                conn.commit()
        conn.commit()
        spent = time.process_time() - start
        conn.execute("VACUUM")
        conn.close()
        size = path.stat().st_size
        path.unlink()
        print(
            f"  {name:52} {size / 2**20:8.2f} MB {size / corpus:.3f}x insert {spent:.1f} s CPU ({load()})", flush=True
        )


def folded_text(doc: str, cjk: re.Pattern[str]) -> str:
    """The runs a positional document was made of (a Chinese run: its bigrams' first
    characters, then the one-character token at its end), joined by NUL."""
    runs, run = [], []
    for token in doc.split(" "):
        if cjk.match(token):
            run.append(token[0])
            if len(token) == 1:
                runs.append("".join(run))
                run = []
        elif token:
            runs.append(token)
    return "\0".join(runs)


def phrases(conn, docs: dict[int, str], corpus: int) -> None:
    from briefreader.punct import HAN_ALL

    cjk = re.compile(f"[{HAN_ALL}]")
    texts = {d: folded_text(v, cjk).encode() for d, v in docs.items()}
    packed = {d: zlib.compress(t, 9) for d, t in texts.items()}
    sample = b"".join(list(texts.values())[:400])[:32768]

    def with_dict(t: bytes) -> bytes:
        c = zlib.compressobj(9, zdict=sample)
        return c.compress(t) + c.flush()

    raw, z = sum(map(len, texts.values())), sum(map(len, packed.values()))
    zd = sum(len(with_dict(t)) for t in texts.values())
    print(
        f"  folded text: {raw / 2**20:.1f} MB UTF-8; zlib-9 a briefing {z / 2**20:.1f} MB ({z / corpus:.3f}x);"
        f" with a 32 KB preset dictionary {zd / 2**20:.1f} MB ({zd / corpus:.3f}x)"
    )
    for phrase in PHRASES:
        bigrams = [phrase[i : i + 2] for i in range(len(phrase) - 1)]
        found: set[int] | None = None
        for b in bigrams:
            rows = {r for (r,) in conn.execute("SELECT rowid FROM search WHERE search MATCH ?", (f'"{b}"',))}
            found = rows if found is None else found & rows
        candidates = found or set()
        match = '"' + " ".join(bigrams) + '"'
        true = {r for (r,) in conn.execute("SELECT rowid FROM search WHERE search MATCH ?", (match,))}
        start = time.process_time()
        checked = sum(1 for d in candidates if phrase in zlib.decompress(packed[d]).decode())
        spent = time.process_time() - start
        print(
            f"  {phrase}: all its bigrams {len(candidates):,}, the phrase {len(true):,} (checked {checked:,});"
            f" check {spent * 1000:.0f} ms CPU, {spent / max(len(candidates), 1) * 1e6:.0f} us a candidate ({load()})",
            flush=True,
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
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        start = time.process_time()
        docs = documents(conn)
        print(f"word tables from the {len(docs):,} documents read back ({time.process_time() - start:.0f} s CPU):")
        tables(docs, corpus, work, a.only)
        print("phrases without positions:")
        phrases(conn, docs, corpus)
        conn.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
