"""tantivy against the index's FTS5 search table, on the same documents (issue 19: "a different
engine, for example tantivy ... yours to choose with measurements; say why").

    python benchmarks/bench_tantivy.py CONFIG [--docs 20000] [--runs 5]

The first DOCS briefings (by key) of an index that exists: their search documents are read
back from the FTS5 table itself (fts5vocab's instances: exactly what was indexed, no ingest),
then indexed twice, each the way it would be used:
* FTS5 as index.py makes it (one column, contentless, positions, ascii tokenizer), and
* tantivy (the Python package ``tantivy``; not a dependency of briefreader: install it in a
  scratch environment and put it on PYTHONPATH), one text field with positions and the
  whitespace tokenizer (the documents are already tokens: a Han character, a Latin run, the
  run break), and the briefing's key as a fast field.
It prints each one's size on disk and build CPU, and per query word (two characters, longer
words, a Latin prefix as typed, a word across runs) the CPU of finding every matching key
(median of RUNS), and whether the three answers agree: FTS5, tantivy, and the in-memory word
rule (textsearch.needle_form in search_form) on the documents read back.

Session 27, the first 20,000 briefings of the 100,000 mix (33.4 M tokens; frozen 5bed516, tantivy
0.27.0 in a scratch environment), load 7.8-8.2: FTS5 77.5 MiB (the index's search table is 388 MiB
at 100,000: linear), build 5.7 s CPU; tantivy 55.0 MiB = 0.71x, one segment, build 3.6 s CPU. Every
query's answer equal in all three (36/36 words). CPU of every matching key: two characters FTS5
4.4-9.5 ms, tantivy 3.8-4.9 (counting only 1.3-2.8); 4-6 characters 6.1-13.0 vs 4.3-8.5; digit
prefixes 2 / 20 / 202: 19.7 / 13.6 / 8.8 vs 5.1 / 5.1 / 3.8. Extrapolated to 100,000: the search
table 388 -> ~275 MiB, the index 0.72x -> ~0.63x the corpus: not 0.5x alone. Not adopted for that:
the search table would leave SQLite's transactions (a briefing's row, figures and words are stored
and deleted in one commit now; two stores need their own crash recovery), its one-writer lock
beside the TUI's and the CLI's processes, a delete needs an indexed key field, and a compiled
dependency for ~0.1x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_cpu_ms  # noqa: E402

WORDS = [  # folded query words: as query.py hands them to Index.search
    *("张江", "直播", "电商", "上海", "临港", "数字", "经济", "消费", "人工", "智能", "芯片", "元宇"),
    *("信息消费", "数字经济", "元宇宙", "人工智能产业", "集成电路", "直播电商", "上海人工智能", "新型基础设施"),
    *("元", "的", "2023年", "50亿", "100万元", "第1"),
    # Latin and digit runs: a whole token, the last one a prefix as typed (the generated mix has
    # digits but no Latin words: these find nothing there, real corpora have them)
    *("2", "20", "202", "8000", "ai", "vr", "5g", "mcn", "ai+消费", "gdp"),
]


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def documents(conn, limit: int) -> dict[int, list[str]]:
    """The tokens of each briefing with key <= ``limit``, in order, from fts5vocab's instances."""
    conn.execute("CREATE VIRTUAL TABLE temp.vi USING fts5vocab(main, search, instance)")
    ids: dict[str, int] = {}
    terms: list[str] = []
    offs: dict[int, array] = {}
    tids: dict[int, array] = {}
    for term, doc, off in conn.execute("SELECT term, doc, offset FROM temp.vi WHERE doc <= ?", (limit,)):
        tid = ids.get(term)
        if tid is None:
            tid = ids[term] = len(terms)
            terms.append(term)
        if doc not in offs:
            offs[doc], tids[doc] = array("i"), array("i")
        offs[doc].append(off)
        tids[doc].append(tid)
    out = {}
    for doc in offs:
        order = sorted(range(len(offs[doc])), key=offs[doc].__getitem__)
        out[doc] = [terms[tids[doc][i]] for i in order]
    return out


def form_of(tokens: list[str]) -> str:
    """textsearch.search_form of the text a document was made from (its runs, rebuilt)."""
    from briefreader.textsearch import RUN_BREAK, SEP, _is_cjk

    runs, run = [], []
    for t in [*tokens, RUN_BREAK]:
        if t == RUN_BREAK:
            if run:
                runs.append("".join(run) if _is_cjk(run[0]) else run[0])
            run = []
        else:
            run.append(t)
    return SEP + SEP.join(runs) + SEP


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    import tantivy

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_index import sizes

    from briefreader.index import _FTS_OPTIONS, COMMIT_EVERY, FTS_HASHSIZE, sqlite3
    from briefreader.textsearch import _RUN, RUN_BREAK, _is_cjk, fts_query, needle_form

    index = sizes(a.config)
    conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    start = time.process_time()
    docs = documents(conn, a.docs)
    conn.close()
    tokens = sum(len(t) for t in docs.values())
    print(f"{len(docs):,} documents, {tokens:,} tokens read back ({time.process_time() - start:.0f} s CPU, {load()})")
    work = Path(tempfile.mkdtemp(prefix="brtantivy-"))
    try:
        fts = work / "fts.sqlite3"
        db = sqlite3.connect(fts)
        db.execute(f"CREATE VIRTUAL TABLE search USING fts5(body, {_FTS_OPTIONS})")
        db.execute(f"INSERT INTO search(search, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
        start = time.process_time()
        for i, (doc, toks) in enumerate(sorted(docs.items()), 1):
            db.execute("INSERT INTO search(rowid, body) VALUES (?, ?)", (doc, " ".join(toks)))
            if i % COMMIT_EVERY == 0:
                db.commit()
        db.commit()
        fts_cpu = time.process_time() - start
        db.execute("VACUUM")
        fts_size = fts.stat().st_size
        print(f"FTS5 (index.py's options): {fts_size / 2**20:.2f} MiB, build {fts_cpu:.1f} s CPU ({load()})")

        builder = tantivy.SchemaBuilder()
        builder.add_text_field("body", tokenizer_name="whitespace", index_option="position")
        builder.add_integer_field("doc", fast=True, indexed=False)
        schema = builder.build()
        tdir = work / "tantivy"
        tdir.mkdir()
        tindex = tantivy.Index(schema, path=str(tdir))
        start = time.process_time()
        t0 = time.perf_counter()
        writer = tindex.writer(heap_size=128_000_000, num_threads=1)
        for doc, toks in sorted(docs.items()):
            writer.add_document(tantivy.Document(body=" ".join(toks), doc=doc))
        writer.commit()
        writer.wait_merging_threads()
        tv_cpu, tv_wall = time.process_time() - start, time.perf_counter() - t0
        tindex.reload()
        searcher = tindex.searcher()
        tv_size = sum(p.stat().st_size for p in tdir.rglob("*") if p.is_file())
        print(
            f"tantivy (whitespace tokens, positions): {tv_size / 2**20:.2f} MiB = {tv_size / fts_size:.2f}x FTS5,"
            f" {searcher.num_segments} segments, build {tv_cpu:.1f} s CPU ({tv_wall:.1f} s wall, {load()})"
        )

        def fts_keys(word):
            match = fts_query(word)
            return {r for (r,) in db.execute("SELECT rowid FROM search WHERE search MATCH ?", (match,))}

        def tv_query(word):
            parts = _RUN.findall(word)
            words: list[str] = []
            for n, part in enumerate(parts):
                if n:
                    words.append(RUN_BREAK)
                words.extend(part if _is_cjk(part) else [part])
            prefix = not _is_cjk(parts[-1])
            if len(words) == 1:
                if prefix:
                    import re

                    return tantivy.Query.regex_query(schema, "body", re.escape(words[0]) + ".*")
                return tantivy.Query.term_query(schema, "body", words[0])
            if prefix:
                return tantivy.Query.phrase_prefix_query(schema, "body", words)
            return tantivy.Query.phrase_query(schema, "body", words)

        def tv_keys(word):  # every match, its key as the order key (the fast field: no scoring)
            hits = searcher.search(tv_query(word), limit=max(1, len(docs)), order_by_field="doc").hits
            return {key for key, _ in hits}

        def tv_count(word):  # the matching documents counted only: tantivy's floor for a query
            return searcher.search(tv_query(word), limit=1, count=True).count

        forms = {doc: form_of(toks) for doc, toks in docs.items()}
        agree = 0
        print(
            f"{'word':14} {'docs':>7} {'FTS5 ms':>9} {'tantivy ms':>11} {'count only':>11}  agree ({a.runs} runs, CPU)"
        )
        for word in WORDS:
            needle = needle_form(word)
            memory = {doc for doc, form in forms.items() if needle and needle in form}
            f_ms, f_keys = median_cpu_ms(lambda: fts_keys(word), a.runs)
            t_ms, t_keys = median_cpu_ms(lambda: tv_keys(word), a.runs)
            c_ms, count = median_cpu_ms(lambda: tv_count(word), a.runs)
            same = f_keys == memory == t_keys and count == len(memory)
            agree += same
            print(f"{word:14} {len(memory):7d} {f_ms:9.1f} {t_ms:11.1f} {c_ms:11.1f}  {'yes' if same else 'NO'}")
        print(f"agree on {agree}/{len(WORDS)} words ({load()})")
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
