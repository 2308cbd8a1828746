"""Topics from the taxonomy and keywords from jieba (PRODUCT.md section 6).

Two independent pieces:

* :func:`assign_topics` counts taxonomy keywords with plain regexes (no jieba), so it
  is cheap and deterministic.
* :func:`extract_keywords` runs jieba's TF-IDF with briefreader's domain dictionary.
  jieba is imported on first use only (it costs ~0.5 s and logs to stderr), keeps its
  prefix-dict cache in briefreader's cache folder instead of /tmp, and never logs.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Topic
from .textsearch import fold, normalize_term, term_pattern

DATA_DIR = Path(__file__).parent / "data"
USERDICT = DATA_DIR / "userdict.txt"
STOPWORDS = DATA_DIR / "stopwords.txt"

# A title mention is worth this many body mentions: a topic named in the headline is
# what the briefing is about, so one title hit alone reaches the default threshold 2.
TITLE_WEIGHT = 2
# A topic must also reach this share of the strongest topic's evidence: a long
# festival report that mentions 元宇宙 in passing is not a metaverse briefing, and a
# filter by topic should not list it.
RELATIVE_CUTOFF = 0.4


# --- taxonomy topics -------------------------------------------------------------


@lru_cache(maxsize=256)
def _topic_regex(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation per topic, longest keyword first.

    A single left-to-right scan counts each stretch of text once, so 直播经济 counts as
    one hit for live_streaming, not as 直播经济 + 直播.
    """
    terms = {normalize_term(k.strip()) for k in keywords if k.strip()}
    if not terms:
        return None
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    return re.compile("|".join(term_pattern(t) for t in ordered))


def topic_scores(
    title: str, text: str, taxonomy: dict[str, Topic]
) -> dict[str, int]:
    """Weighted keyword hits per topic id (title hits count TITLE_WEIGHT times)."""
    folded_title, folded_text = fold(title), fold(text)
    scores: dict[str, int] = {}
    for topic_id, topic in taxonomy.items():
        regex = _topic_regex(topic.keywords)
        if regex is None:
            continue
        hits = TITLE_WEIGHT * len(regex.findall(folded_title))
        hits += len(regex.findall(folded_text))
        if hits:
            scores[topic_id] = hits
    return scores


def assign_topics(
    title: str, text: str, taxonomy: dict[str, Topic], threshold: int
) -> list[str]:
    """Ids of the topics the briefing is about, strongest evidence first.

    A topic needs at least ``threshold`` weighted keyword hits (title hits count
    TITLE_WEIGHT times) and at least RELATIVE_CUTOFF of the best topic's hits.
    Keywords may be written in either script (normalized to Simplified); Latin keywords
    such as ``AI`` match as whole words only, case-insensitively. Ties keep taxonomy
    order.
    """
    scores = topic_scores(title, text, taxonomy)
    if not scores:
        return []
    order = {topic_id: i for i, topic_id in enumerate(taxonomy)}
    floor = max(threshold, 1, RELATIVE_CUTOFF * max(scores.values()))
    chosen = [t for t, score in scores.items() if score >= floor]
    return sorted(chosen, key=lambda t: (-scores[t], order[t]))


# --- jieba keywords ----------------------------------------------------------------

_jieba_lock = threading.Lock()
_extractor: Any = None  # jieba.analyse.TFIDF once initialised
_stopwords: set[str] = set()


def _jieba_cache_dir() -> Path:
    from .config import user_cache_dir

    return user_cache_dir() / "jieba"


def _silence_jieba_logger() -> None:
    # jieba attaches its own stderr handler at import; drop it so that nothing (not
    # even "Dump cache file failed") reaches the terminal underneath the TUI.
    logger = logging.getLogger("jieba")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.addHandler(logging.NullHandler())
    logger.setLevel(logging.WARNING)
    logger.propagate = False


def _init_jieba() -> Any:
    """Import and configure jieba once per process; returns the TF-IDF extractor."""
    global _extractor
    if _extractor is not None:
        return _extractor
    with _jieba_lock:
        if _extractor is not None:
            return _extractor
        with warnings.catch_warnings():
            # jieba leaves its idf.txt open and may import pkg_resources.
            warnings.simplefilter("ignore")
            import jieba
            import jieba.analyse

        _silence_jieba_logger()
        cache_dir = _jieba_cache_dir()
        try:
            cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            pass  # jieba then fails to write its cache (silently) and rebuilds next time
        jieba.dt.tmp_dir = os.fspath(cache_dir)
        jieba.dt.cache_file = "jieba.cache"  # relative: joined to tmp_dir by jieba
        jieba.dt.initialize()
        jieba.dt.load_userdict(os.fspath(USERDICT))

        # The module's default extractor: building another TFIDF re-reads idf.txt
        # (~0.4 s). It tokenizes with jieba.dt, configured above; our stop words are
        # filtered afterwards instead of mutating jieba's shared set.
        _stopwords.update(_load_stopwords())
        _extractor = jieba.analyse.default_tfidf
        return _extractor


def _load_stopwords() -> set[str]:
    try:
        lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


# Numbers in any dress (2025, 3000亿, 1.5万, 第三, 五角), single characters and short
# Latin tokens (CN, IP, B) are never keywords a reader would pick.
_NUMERIC = re.compile(r"^[\d.,%％+\-~～]+|^[\d零〇一二三四五六七八九十百千万亿两第]+[年月日号个家项条名亿万元%届次期批轮级大位]?$")
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

    jieba TF-IDF over the body with the title repeated (a headline word is a keyword),
    using briefreader's domain dictionary so that 元宇宙, 直播经济, 在线新经济 stay whole,
    minus stop words, numbers, single characters and short Latin fragments.
    """
    if k <= 0 or not (title.strip() or text.strip()):
        return []
    extractor = _init_jieba()
    document = "\n".join((title, title, text))
    ranked = extractor.extract_tags(document, topK=None, withWeight=False)
    keywords: list[str] = []
    for word in ranked:
        if _is_keyword(word) and word not in keywords:
            keywords.append(word)
            if len(keywords) == k:
                break
    return keywords
