"""Keyword extraction: jieba's segmenter against rjieba's, under jieba's TF-IDF.

    python benchmarks/bench_keywords.py [--corpus DIR] [-n 500] [--runs 5]

Documents: a seeded sample of ``-n`` files of a generated corpus (see
generate_corpus.py; default /tmp/brbench/corpus-10000), the five samples in
briefings/ and the held-out set tests/data/heldout/, each read by the real ingest.

Methods, all ranked by the same TF-IDF (jieba.analyse.TFIDF.extract_tags: term
frequency x jieba's idf.txt, median idf for unknown words, ties in order of first
appearance) over title + title + text, with briefreader's user dictionary, stop words
and keyword filter (topics._is_keyword), top 8:

  jieba           what topics.py did before: jieba.dt (HMM on) + default_tfidf.extract_tags
  jieba-nohmm     jieba.dt.cut(HMM=False)
  rjieba          rjieba.cut(hmm=True), userdict words added with add_word
  rjieba-nohmm    rjieba.cut(hmm=False)
  briefreader     briefreader.topics.extract_keywords, as shipped

Printed: per-document time (median of --runs runs) for segmentation alone and for the
whole keyword extraction; the start cost of each method in a fresh process (import +
dictionaries + first call, median of --start-runs processes; jieba with its prefix-dict
cache warm, as in normal use, and cold, as on the first run ever); agreement of the
top-8 lists with jieba's, per document group; whether the domain words stay whole;
and the time of one 1 MB single-line briefing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from briefreader import topics  # noqa: E402

K = 8
METHODS = ["jieba", "jieba-nohmm", "rjieba", "rjieba-nohmm", "briefreader"]
Keywords = Callable[[str, str], list[str]]
Cut = Callable[[str], list[str]]


# --- the methods ---------------------------------------------------------------------


def _filters() -> None:
    topics._stopwords.update(topics._load_stopwords())  # what _is_keyword reads


def _rank(words: list[str], idf: dict[str, float], median: float) -> list[str]:
    """jieba's extract_tags, then briefreader's filter, top K."""
    counts = Counter(w for w in words if len(w.strip()) >= 2 and w.lower() not in topics._JIEBA_STOP_WORDS)
    total = sum(counts.values())
    weights = {w: c * idf.get(w, median) / total for w, c in counts.items()}
    ranked = sorted(weights, key=weights.__getitem__, reverse=True)
    return _top(ranked)


def _top(ranked: list[str]) -> list[str]:
    """The first K words that pass briefreader's keyword filter."""
    return list(islice((w for w in ranked if topics._is_keyword(w)), K))


def _init_jieba(cache_dir: str) -> tuple[Cut, Cut, Keywords]:
    """jieba configured as topics.py did before rjieba: quiet, cache in cache_dir."""
    import logging

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse
    logger = logging.getLogger("jieba")
    logger.handlers[:] = [logging.NullHandler()]
    logger.propagate = False
    jieba.dt.tmp_dir = cache_dir
    jieba.dt.cache_file = "jieba.cache"
    jieba.dt.initialize()
    jieba.dt.load_userdict(os.fspath(topics.USERDICT))
    _filters()
    tfidf = jieba.analyse.default_tfidf

    def keywords(title: str, text: str) -> list[str]:
        ranked = tfidf.extract_tags("\n".join((title, title, text)), topK=None)
        return _top(ranked)

    def cut(doc: str) -> list[str]:
        return list(jieba.dt.cut(doc, HMM=True))

    def cut_nohmm(doc: str) -> list[str]:
        return list(jieba.dt.cut(doc, HMM=False))

    return cut, cut_nohmm, keywords


def make(method: str, cache_dir: str) -> tuple[Cut | None, Keywords]:
    """(segmenter, keyword function) of a method, initialised."""
    if method == "briefreader":
        topics._init_keywords()
        return (lambda doc: topics._init_keywords()(doc, True)), (lambda t, x: topics.extract_keywords(t, x, K))
    if method.startswith("jieba"):
        cut, cut_nohmm, keywords = _init_jieba(cache_dir)
        if method == "jieba":
            return cut, keywords
        idf = __import__("jieba.analyse").analyse.default_tfidf
        return cut_nohmm, lambda t, x: _rank(cut_nohmm("\n".join((t, t, x))), idf.idf_freq, idf.median_idf)
    import rjieba

    for word, freq, tag in topics._load_userdict():
        rjieba.add_word(word, freq, tag)
    idf, median = topics._load_idf(topics._jieba_idf_path())
    _filters()
    hmm = method == "rjieba"

    def cut_r(doc: str) -> list[str]:
        return rjieba.cut(doc, hmm)

    return cut_r, lambda t, x: _rank(cut_r("\n".join((t, t, x))), idf, median)


# --- documents -----------------------------------------------------------------------


def load_docs(corpus: Path, n: int, seed: int) -> dict[str, list[tuple[str, str]]]:
    from briefreader.ingest import FATAL, ingest_file

    def read(paths: list[Path], root: Path) -> list[tuple[str, str]]:
        docs = []
        for path in paths:
            b = ingest_file(path, root)
            if b.text and not any(p.kind in FATAL for p in b.problems):
                docs.append((b.title, b.text))
        return docs

    groups = {}
    if corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        sample = sorted(random.Random(seed).sample(files, min(n, len(files))))
        groups[f"corpus ({corpus.name})"] = read(sample, corpus)
    else:
        print(f"no corpus at {corpus} (generate one with benchmarks/bench_library.py); skipped")
    groups["samples"] = read(sorted((ROOT / "briefings").glob("*.txt")), ROOT / "briefings")
    heldout = ROOT / "tests" / "data" / "heldout"
    groups["heldout"] = read(sorted(p for p in heldout.iterdir() if p.is_file()), heldout)
    return groups


# --- measurements --------------------------------------------------------------------


def per_doc_ms(fn: Callable[[str, str], object], docs: list[tuple[str, str]], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for title, text in docs:
            fn(title, text)
        times.append((time.perf_counter() - start) / len(docs) * 1000)
    return statistics.median(times)


def start_cost(method: str, runs: int, warm_cache: bool) -> float:
    """Median seconds from the first import to the first result, in fresh processes."""
    times = []
    with tempfile.TemporaryDirectory() as cache:
        if warm_cache:  # jieba writes its prefix-dict cache on the first run
            subprocess.run(
                [sys.executable, __file__, "--start-probe", method, "--cache", cache], check=True, capture_output=True
            )
        for _ in range(runs):
            if not warm_cache:
                for f in Path(cache).iterdir():
                    f.unlink()
            out = subprocess.run(
                [sys.executable, __file__, "--start-probe", method, "--cache", cache],
                check=True,
                capture_output=True,
                text=True,
            )
            times.append(json.loads(out.stdout)["seconds"])
    return statistics.median(times)


def _start_probe(method: str, cache: str) -> None:
    start = time.perf_counter()
    _, keywords = make(method, cache)
    keywords("元宇宙", "上海元宇宙产业发展,元宇宙新赛道。")
    print(json.dumps({"seconds": time.perf_counter() - start}))


def overlap(a: list[str], b: list[str]) -> float:
    return len(set(a) & set(b)) / max(len(a), len(b), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/brbench/corpus-10000"))
    parser.add_argument("-n", type=int, default=500, help="corpus files to sample")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--start-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start-probe", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.start_probe:
        _start_probe(args.start_probe, args.cache)
        return

    groups = load_docs(args.corpus, args.n, args.seed)
    docs = [d for group in groups.values() for d in group]
    kb = statistics.mean(len("\n".join((t, t, x)).encode()) for t, x in docs) / 1024
    print(
        f"{len(docs)} documents ({', '.join(f'{k}: {len(v)}' for k, v in groups.items())}), "
        f"mean {kb:.1f} KB UTF-8 as fed to TF-IDF; medians of {args.runs} runs\n"
    )

    cache = tempfile.mkdtemp(prefix="bench-jieba-")
    made = {m: make(m, cache) for m in METHODS}
    results = {m: [made[m][1](t, x) for t, x in docs] for m in METHODS}

    # Sanity: the TF-IDF reimplementation equals jieba's extract_tags on jieba's words.
    cut_j = made["jieba"][0]
    idf = __import__("jieba.analyse").analyse.default_tfidf
    same = sum(
        _rank(cut_j("\n".join((t, t, x))), idf.idf_freq, idf.median_idf) == r
        for (t, x), r in zip(docs, results["jieba"], strict=False)
    )
    print(f"check: reimplemented TF-IDF == jieba extract_tags on {same}/{len(docs)} documents\n")

    print(f"{'method':<14}{'segment ms/doc':>16}{'keywords ms/doc':>17}{'start s':>10}{'start s (no cache)':>20}")
    for m in METHODS:
        cut, keywords = made[m]
        seg = per_doc_ms(lambda t, x: cut("\n".join((t, t, x))), docs, args.runs) if cut else float("nan")
        kw = per_doc_ms(keywords, docs, args.runs)
        warm = start_cost(m, args.start_runs, warm_cache=True)
        cold = start_cost(m, max(1, args.start_runs // 2), warm_cache=False) if m.startswith("jieba") else warm
        print(f"{m:<14}{seg:>16.2f}{kw:>17.2f}{warm:>10.2f}{cold:>20.2f}")

    print("\nagreement with jieba (top 8): mean overlap | same set | same order")
    offset = 0
    spans = {}
    for name, group in groups.items():
        spans[name] = (offset, offset + len(group))
        offset += len(group)
    spans["all"] = (0, len(docs))
    print(f"{'method':<14}" + "".join(f"{name:>28}" for name in spans))
    for m in METHODS[1:]:
        cells = []
        for lo, hi in spans.values():
            pairs = list(zip(results["jieba"][lo:hi], results[m][lo:hi], strict=False))
            mean = statistics.mean(overlap(a, b) for a, b in pairs)
            sets = sum(set(a) == set(b) for a, b in pairs) / len(pairs)
            order = sum(a == b for a, b in pairs) / len(pairs)
            cells.append(f"{mean:.3f} | {sets:.2f} | {order:.2f}")
        print(f"{m:<14}" + "".join(f"{c:>28}" for c in cells))

    print("\ndomain words (userdict) split apart in context '杨浦区{word}发展':")
    words = [w for w, _, _ in topics._load_userdict()]
    for m in METHODS:
        cut = made[m][0]
        broken = [w for w in words if w not in cut(f"杨浦区{w}发展")]
        print(f"  {m:<14}{len(broken)}/{len(words)} {' '.join(broken)}")

    examples = [i for i in range(len(docs)) if results["jieba"][i] != results["briefreader"][i]][:3]
    for i in examples:
        print(
            f"\n{docs[i][0][:40]}\n  jieba:       {' '.join(results['jieba'][i])}"
            f"\n  briefreader: {' '.join(results['briefreader'][i])}"
        )

    title, text = docs[0]
    big = text.replace("\n", "") * (2**20 // max(1, len(text.encode())) + 1)
    start = time.perf_counter()
    topics.extract_keywords(title, big)
    print(
        f"\n1 MB single-line briefing ({len(big.encode()) / 2**20:.1f} MB): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms with briefreader "
        f"(text capped at {topics.KEYWORD_TEXT_LIMIT:,} characters)"
    )


if __name__ == "__main__":
    main()
