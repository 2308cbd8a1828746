"""Topics from the taxonomy and keywords by jieba's TF-IDF (PRODUCT.md section 6).

Two independent pieces:

* :func:`assign_topics` counts taxonomy keywords with plain regexes (no jieba), so it
  is cheap and deterministic.
* :func:`extract_keywords` runs jieba's TF-IDF with briefreader's domain dictionary,
  segmenting with rjieba (jieba's algorithm and dictionary in Rust, ~30x faster).
  The segmenter and jieba's idf.txt load on first use only (~0.25 s), off the import
  path; jieba itself is never imported, so nothing logs. The idf table is read from a
  compact copy in the cache folder, made on first use (see _idf_table).
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import importlib.util
import re
import struct
import threading
import zlib
from array import array
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from . import segment
from .model import Topic
from .textsearch import fold, normalize_term, term_pattern

DATA_DIR = Path(__file__).parent / "data"
USERDICT = segment.USERDICT  # the domain dictionary: segment.py adds it to the one segmenter every module uses
STOPWORDS = DATA_DIR / "stopwords.txt"

# A title mention is worth this many body mentions: a topic named in the headline is
# what the briefing is about, so one title hit alone reaches the default threshold 2.
TITLE_WEIGHT = 2
# A topic must also reach this share of the strongest topic's evidence: a long
# festival report that mentions 元宇宙 in passing is not a metaverse briefing, and a
# filter by topic should not list it.
RELATIVE_CUTOFF = 0.4
# A topic named in neither the headline nor the opening (the first OPENING_SHARE of the text,
# at least OPENING_MIN characters) is named in passing unless the text comes back to it:
# it needs LATE_EXTRA more hits. Usefix s26, on the dev corpus's 278 topic assignments
# (1,690 briefings): the 68 weak ones (no title hit, at most 2 plain hits) judged by reading:
# of 37 passing mentions (a statistics bulletin's 电子商务 and 园区, a law's 人才培养, a forum's
# 人工智能 once or twice near the end) 20 lose the chip, of 20 right ones 1 (益阳：“数字”是优长,
# its two 数字经济 in its last tenth), of 11 unsure 5; 278 -> 252.
# Supporting words do not place a topic: a budget's 就业 line early is no opening hit.
OPENING_SHARE = 0.25
OPENING_MIN = 200
LATE_EXTRA = 1


# --- taxonomy topics -------------------------------------------------------------


# A keyword written in parentheses, "(海外)", is a supporting word: it counts only in a
# briefing that also has one of the topic's plain keywords. 海外, 出口, 就业 or 主播
# alone are any mention of abroad, any trade figure, a budget's 社会保障和就业 line, a
# television anchor; next to 出海, 人才 or 直播带货 they are more of the same subject.
_SUPPORTING = re.compile(r"^[(（](.+)[)）]$")


@lru_cache(maxsize=256)
def _topic_regex(keywords: tuple[str, ...]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """One alternation per topic, longest keyword first, and its supporting terms.

    A single left-to-right scan counts each stretch of text once, so 直播经济 counts as
    one hit for live_streaming, not as 直播经济 + 直播, and 网络零售额 as 网络零售 alone
    when 零售额 is a supporting word.
    """
    terms: dict[str, bool] = {}  # folded term -> supporting
    for keyword in keywords:
        keyword = keyword.strip()
        supporting = _SUPPORTING.match(keyword)
        term = normalize_term((supporting.group(1) if supporting else keyword).strip())
        if term:
            terms[term] = terms.get(term, True) and supporting is not None  # plain wins
    if not terms:
        return None, frozenset()
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    regex = re.compile("|".join(term_pattern(t) for t in ordered))
    return regex, frozenset(t for t, supporting in terms.items() if supporting)


def topic_evidence(title: str, text: str, taxonomy: dict[str, Topic]) -> dict[str, tuple[int, bool]]:
    """Per topic id: its weighted keyword hits (title hits count TITLE_WEIGHT times; supporting
    words only where a plain keyword of the topic occurs too), and whether it is named only
    late: no keyword of it in the headline and no plain keyword in the opening
    (:func:`opening`)."""
    folded_title, folded_text = fold(title), fold(text)
    start = opening(len(folded_text))
    evidence: dict[str, tuple[int, bool]] = {}
    for topic_id, topic in taxonomy.items():
        regex, supporting = _topic_regex(topic.keywords)
        if regex is None:
            continue
        in_title = regex.findall(folded_title)
        in_text = [(m.start(), m.group()) for m in regex.finditer(folded_text)]
        if supporting and all(hit in supporting for hit in (*in_title, *(hit for _, hit in in_text))):
            continue  # supporting words alone (or nothing)
        hits = TITLE_WEIGHT * len(in_title) + len(in_text)
        if hits:
            late = not in_title and all(at >= start for at, hit in in_text if hit not in supporting)
            evidence[topic_id] = (hits, late)
    return evidence


def opening(length: int) -> int:
    """Where a text of ``length`` characters stops saying what it is about: its first
    OPENING_SHARE, at least OPENING_MIN characters."""
    return max(OPENING_MIN, int(length * OPENING_SHARE))


def topic_scores(title: str, text: str, taxonomy: dict[str, Topic]) -> dict[str, int]:
    """Weighted keyword hits per topic id (:func:`topic_evidence`)."""
    return {topic_id: hits for topic_id, (hits, _) in topic_evidence(title, text, taxonomy).items()}


def assign_topics(title: str, text: str, taxonomy: dict[str, Topic], threshold: int) -> list[str]:
    """Ids of the topics the briefing is about, strongest evidence first.

    A topic needs at least ``threshold`` weighted keyword hits (title hits count
    TITLE_WEIGHT times), one more when it is named only late (LATE_EXTRA), and at least
    RELATIVE_CUTOFF of the best topic's hits.
    Keywords may be written in either script (normalized to Simplified); Latin keywords
    such as ``AI`` match as whole words only, case-insensitively. Ties keep taxonomy
    order.
    """
    evidence = topic_evidence(title, text, taxonomy)
    if not evidence:
        return []
    order = {topic_id: i for i, topic_id in enumerate(taxonomy)}
    best = max(hits for hits, _ in evidence.values())
    floor = max(threshold, 1, RELATIVE_CUTOFF * best)
    chosen = [t for t, (hits, late) in evidence.items() if hits >= floor + (LATE_EXTRA if late else 0)]
    return sorted(chosen, key=lambda t: (-evidence[t][0], order[t]))


# --- keywords: jieba's TF-IDF over rjieba segmentation ------------------------------
#
# jieba's pure-Python segmenter runs at ~1 MB/s and its first call costs ~1 s (prefix
# dict ~0.5 s, from its cache or not; posseg tables and idf.txt ~0.4 s). rjieba is a
# Rust binding of the same algorithm and dictionary: on a 5 KB briefing it segments in
# ~0.15 ms instead of ~5 ms and gives the same top-8 keywords on 517 of 517 test
# documents; it loads in ~0.08 s. Ranking is jieba's TF-IDF (analyse.TFIDF.extract_tags),
# with jieba's own idf.txt read directly, so that jieba itself is never imported
# (benchmarks/bench_keywords.py measures all of this and the agreement with jieba).

# Only the beginning of a briefing is read for keywords: what a briefing is about is
# decided by its headline and first pages, and the cap bounds the time (and the
# memory of the word counts) of a pathological file, e.g. a 1 MB single-line dump.
# 60,000 characters is ~180 KB of Chinese in UTF-8, far beyond a typical 1-10 KB
# briefing, so ordinary briefings are read whole.
KEYWORD_TEXT_LIMIT = 60_000

# jieba's KeywordExtractor.STOP_WORDS, dropped (case-insensitively) before ranking.
_JIEBA_STOP_WORDS = frozenset(
    (
        "the",
        "of",
        "is",
        "and",
        "to",
        "in",
        "that",
        "we",
        "for",
        "an",
        "are",
        "by",
        "be",
        "as",
        "on",
        "with",
        "can",
        "if",
        "from",
        "which",
        "you",
        "it",
        "this",
        "then",
        "at",
        "have",
        "all",
        "not",
        "one",
        "has",
        "or",
    )
)
_keywords_lock = threading.Lock()
_cut: Callable[..., list[str]] | None = None  # the segmenter (segment.cut) once idf and stop words are loaded
_idf: dict[str, float] = {}
_median_idf = 0.0
_max_idf = 0.0  # the largest idf, or the median if larger (unknown words get the median)
_stopwords: set[str] = set()


def _jieba_idf_path() -> Path:
    """jieba's analyse/idf.txt, located without importing jieba (~0.1 s and a logger)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("briefreader's keywords need jieba's idf.txt: pip install jieba")
    return Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"


# jieba's idf.txt as text took ~0.26-0.38 s to parse (split, 270,000 floats, a sort for
# the median) at every cold start (the forkserver's warm-up, or any process that ranks
# keywords). Its compact copy in the cache folder (made on first use) loads in about half
# that: the words as one UTF-8 block and their idfs as doubles, the median and maximum
# in the header; what is left is building the dict (issue 19).
_IDF_MAGIC = b"briefreader-idf 1\n"
_IDF_HEADER = struct.Struct("<qddqI")  # words, median, maximum, bytes after the header, their crc32


def _idf_cache_path(source: Path) -> Path:
    """The compact copy of ``source`` (by its path, size and mtime: a new jieba makes a new one)."""
    from .config import user_cache_dir

    st = source.stat()
    key = hashlib.sha256(f"{source.resolve()}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return user_cache_dir() / f"idf-{key}.bin"


def _read_idf_cache(path: Path) -> tuple[dict[str, float], float, float] | None:
    """The table, median and maximum from a compact copy; None when it is missing or
    not one we wrote whole (then the text is parsed and the copy written again)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    start = len(_IDF_MAGIC) + _IDF_HEADER.size
    if not data.startswith(_IDF_MAGIC) or len(data) < start:
        return None
    count, median, largest, size, crc = _IDF_HEADER.unpack_from(data, len(_IDF_MAGIC))
    end = start + 8 * count
    if count < 0 or len(data) != start + size or len(data) < end or zlib.crc32(data[start:]) != crc:
        return None  # cut short, or written by something else
    values = array("d")
    values.frombytes(data[start:end])
    try:
        words = data[end:].decode("utf-8").split("\n") if count else []
    except UnicodeDecodeError:
        return None
    if len(words) != count:
        return None
    return dict(zip(words, values, strict=True)), median, largest


def _write_idf_cache(path: Path, idf: dict[str, float], median: float, largest: float) -> None:
    """Write the compact copy (a temporary file renamed over it: a reader never sees half)."""
    import os
    import tempfile

    if any("\n" in word for word in idf):  # never in jieba's file (it splits on whitespace)
        return
    body = array("d", idf.values()).tobytes() + "\n".join(idf).encode("utf-8")
    blob = _IDF_MAGIC + _IDF_HEADER.pack(len(idf), median, largest, len(body), zlib.crc32(body)) + body
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".idf-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only or missing cache folder: the text is parsed each time, as before


def _idf_table(source: Path) -> tuple[dict[str, float], float, float]:
    """jieba's idf table, its median and its maximum: from the compact copy when there
    is one, else parsed from ``source`` (and the copy written for next time)."""
    try:
        cache = _idf_cache_path(source)
    except (OSError, ImportError):
        cache = None
    found = _read_idf_cache(cache) if cache is not None else None
    if found is not None:
        return found
    idf, median = _load_idf(source)
    largest = max([median, *idf.values()])
    if cache is not None:
        _write_idf_cache(cache, idf, median, largest)
    return idf, median, largest


def _load_idf(path: Path) -> tuple[dict[str, float], float]:
    """jieba's IDFLoader: ``word idf`` per line, and the median idf for unknown words."""
    content = path.read_text(encoding="utf-8")
    parts = content.split()  # ~2x faster than jieba's loop over lines
    if len(parts) == 2 * (content.count("\n") + (not content.endswith("\n"))):  # all "word idf"
        idf = dict(zip(parts[0::2], map(float, parts[1::2]), strict=False))
    else:  # a word with odd whitespace, a blank line: jieba's own parsing
        fields = (line.strip().split(" ") for line in content.splitlines())
        idf = {f[0]: float(f[1]) for f in fields if len(f) == 2}
    median = sorted(idf.values())[len(idf) // 2] if idf else 0.0
    return idf, median


_load_userdict = segment.load_userdict  # (benchmarks/bench_keywords.py reads it here)


def _init_keywords() -> Callable[..., list[str]]:
    """Load the segmenter (segment.py: rjieba with the domain dictionary), idf and stop words once per process."""
    global _cut, _idf, _median_idf, _max_idf
    if _cut is not None:
        return _cut
    with _keywords_lock:
        if _cut is not None:
            return _cut
        # The segmenter is segment.py's: rjieba's default instance with our words added, the
        # same one metrics (a figure's subject) and figures (a counted noun) cut with, so a
        # phrase is cut alike whichever module loads it first. It prints nothing.
        segment.cut("")
        _idf, _median_idf, _max_idf = _idf_table(_jieba_idf_path())  # not copied: 270,000 entries
        _stopwords.update(_load_stopwords())
        _cut = segment.cut  # published last: other threads wait on the lock until here
        return _cut


def _load_stopwords() -> set[str]:
    try:
        lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


# Numbers in any dress (2025, 3000亿, 1.5万, 第三, 五角), single characters and short
# Latin tokens (CN, IP, B) are never keywords a reader would pick.
_NUMERIC = re.compile(
    r"^[\d.,%％+\-~～]+|^[\d零〇一二三四五六七八九十百千万亿两第]+[年月日号个家项条名亿万元%届次期批轮级大位]?$"
)
_LATIN_JUNK = re.compile(r"^[A-Za-z0-9._\-+]{1,3}$|^[\W_]+$")


def _is_keyword(word: str) -> bool:
    word = word.strip()
    if len(word) < 2 or word in _stopwords:
        return False
    if _NUMERIC.match(word) or _LATIN_JUNK.match(word):
        return False
    return True


def extract_keywords(title: str, text: str, k: int = 8) -> list[str]:
    """The ``k`` most characteristic words of a briefing, best first.

    jieba's TF-IDF (term frequency x jieba's idf, the median idf for unknown words)
    over the title twice (a headline word is a keyword) and the body, the first
    KEYWORD_TEXT_LIMIT characters of them, segmented by rjieba with briefreader's domain
    dictionary so that 元宇宙, 直播经济, 在线新经济 stay whole; minus stop words,
    numbers, single characters and short Latin fragments. Ties keep the order of first
    appearance, so the result is deterministic.
    """
    if k <= 0 or not (title.strip() or text.strip()):
        return []
    cut = _init_keywords()
    document = "\n".join((title, title, text))[:KEYWORD_TEXT_LIMIT]
    counts = Counter(cut(document, True))  # hmm=True as jieba; order = first appearance
    # jieba divides by the total count too; a common factor does not change the order.
    # Scored by count, highest first, and only while a word of that count could still
    # be among the k best (count x the largest idf reaches the k-th score so far): most
    # words occur once and never need their idf, a lookup in a 270,000-word table that
    # costs ~1 us (cache misses) and was two thirds of this function (issue 19).
    # The words by count, highest first, each count's in first appearance (a stable sort
    # of their places, keyed in C): grouping ~550 distinct words into lists a count, one
    # tuple each, was a third of this function once the idf lookups were gone (issue 19).
    words = list(counts)  # i, a word's place here, is its first appearance: the tie-break
    tallies = list(counts.values())
    idf, median = _idf.get, _median_idf
    found: list[tuple[float, int, str]] = []
    kth = -1.0
    level = 0  # the count whose words are being scored
    for i in sorted(range(len(words)), key=tallies.__getitem__, reverse=True):
        count = tallies[i]
        if count != level:  # a new count: the k-th score of the counts above, then the stop test
            if len(found) >= k:
                kth = heapq.nlargest(k, (f[0] for f in found))[-1]
                if count * _max_idf < kth:
                    break
            level = count
        word = words[i]
        score = count * idf(word, median)
        if (len(found) < k or score >= kth) and word.strip().lower() not in _JIEBA_STOP_WORDS and _is_keyword(word):
            found.append((score, i, word))
    found.sort(key=lambda f: (-f[0], f[1]))  # as jieba's stable sort of first-appearance order
    out = [word for _, _, word in found[:k]]
    return out
