"""What the positional search table would take on disk under other FTS5 options (issue 19's
index-size target), measured on the same documents: no ingest is timed.

    python benchmarks/bench_fts_options.py CORPUS [--docs FILE] [--only NAME ...]

Every file of CORPUS is analysed once, as a worker does (library._analyse_star), and its search
document (index.search_document: bigram tokens) kept (in ``--docs``, a pickle, reused when it
exists). Each variant then builds the ``search`` table alone in a fresh database, with the
index's hash size and its commit batch, optionally ``optimize``, then VACUUM: its bytes against
the corpus's, and the insert and optimize CPU. ``detail=column``/``none`` are listed for what
positions cost: neither answers a phrase (FTS5 refuses phrase queries without positions), so a
phrase would have to be checked against text the index does not keep.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from profile_ingest import TAXONOMY  # noqa: E402

COMMON = "content='', tokenize='ascii', columnsize=1, contentless_delete=1"
VARIANTS = {  # name -> (options, pgsz or None, optimize)
    "full (as the index)": (f"detail=full, {COMMON}", None, False),
    "full + optimize": (f"detail=full, {COMMON}", None, True),
    "full pgsz=8000 + optimize": (f"detail=full, {COMMON}", 8000, True),
    "full pgsz=2000 + optimize": (f"detail=full, {COMMON}", 2000, True),
    "full columnsize=0 + optimize": ("detail=full, content='', tokenize='ascii', columnsize=0", None, True),
    "column + optimize (no phrases)": (f"detail=column, {COMMON}", None, True),
    "none + optimize (no phrases)": (f"detail=none, {COMMON}", None, True),
}


def documents(corpus: Path, cache: Path | None) -> list[str]:
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    import briefreader.library as library
    from briefreader.config import read_config

    root = corpus.resolve()
    paths, _ = library.scan(root)
    folder = Path(tempfile.mkdtemp())
    cfg = folder / "c.toml"
    cfg.write_text(f'[library]\nbriefings = "{root}"\ncache = "{folder}"\n[topics]{TAXONOMY}', encoding="utf-8")
    config = read_config(cfg)
    docs = [
        str(doc)
        for p in paths
        for _, doc in library._analyse_star((p, root, config.topics, config.topic_threshold, True))
    ]
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(docs, fh)
    return docs


def build(docs: list[str], options: str, pgsz: int | None, optimize: bool) -> tuple[int, float, float]:
    from briefreader.index import COMMIT_EVERY, FTS_HASHSIZE, sqlite3

    path = Path(tempfile.mkdtemp()) / "v.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE VIRTUAL TABLE search USING fts5(body, {options})")
    conn.execute(f"INSERT INTO search(search, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
    if pgsz:
        conn.execute(f"INSERT INTO search(search, rank) VALUES ('pgsz', {pgsz})")
    start = time.process_time()
    for i, doc in enumerate(docs, 1):
        conn.execute("INSERT INTO search(rowid, body) VALUES (?, ?)", (i, doc))
        if i % COMMIT_EVERY == 0:
            conn.commit()
    conn.commit()
    inserted = time.process_time() - start
    start = time.process_time()
    if optimize:
        conn.execute("INSERT INTO search(search) VALUES ('optimize')")
        conn.commit()
    optimized = time.process_time() - start
    conn.execute("VACUUM")
    conn.close()
    size = os.path.getsize(path)
    os.unlink(path)
    return size, inserted, optimized


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--docs", type=Path, help="a pickle of the documents (made when missing)")
    parser.add_argument("--only", nargs="*", default=[], help="variants whose name contains one of these")
    args = parser.parse_args()
    corpus = sum(p.stat().st_size for p in args.corpus.rglob("*") if p.is_file())
    docs = documents(args.corpus, args.docs)
    print(f"corpus {corpus / 2**20:.1f} MB, {len(docs):,} briefings (load {os.getloadavg()[0]:.1f})")
    for name, (options, pgsz, optimize) in VARIANTS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        size, inserted, optimized = build(docs, options, pgsz, optimize)
        print(
            f"{name:34} {size / 2**20:7.2f} MB  {size / corpus:.3f}x corpus"
            f"  insert {inserted:.1f} s CPU, optimize {optimized:.2f} s"
        )


if __name__ == "__main__":
    main()
