"""Word segmentation for the core: one segmenter with briefreader's domain dictionary, the same for every user.

rjieba (jieba's algorithm and dictionary in Rust) cuts Chinese text into words for the keywords (topics), a
figure's subject (metrics) and a counted noun's end (figures). It builds its default instance, jieba's dictionary,
at import; briefreader's domain words (data/userdict.txt: 元宇宙, 数实融合, 区政协 …) are added to that instance
here, once per process, before anything is cut. So a phrase is cut the same way whichever module asks first: an
ingest worker runs figures before topics, ``briefreader figures --stdin`` never runs topics at all, and before this
module the words were added only when topics' keywords were first loaded (3个项目数实融合 counted projects or nothing
depending on that order). Nothing else in briefreader imports rjieba (tests/core/test_segment.py checks).

Loaded on first use (~0.08 s), never at import time: importing this module costs nothing.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
USERDICT = DATA_DIR / "userdict.txt"

# Userdict lines as jieba parses them: "word [freq] [tag]".
_USERDICT_LINE = re.compile(r"^(.+?)(?: ([0-9]+))?(?: ([a-z]+))?$")

_lock = threading.Lock()
_segmenter: Any = None  # rjieba, with the domain words added; published last (other threads wait on the lock)


def load_userdict() -> list[tuple[str, int | None, str | None]]:
    """The domain dictionary's entries: (word, frequency or None, part-of-speech tag or None)."""
    try:
        lines = USERDICT.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        match = _USERDICT_LINE.match(line.strip())
        if match:
            word, freq, tag = match.groups()
            entries.append((word, int(freq) if freq else None, tag))
    return entries


def _loaded() -> Any:
    global _segmenter
    if _segmenter is not None:
        return _segmenter
    with _lock:
        if _segmenter is None:
            # jieba's default instance: our words are added to it rather than to a second one (+65 ms, +25 MB)
            import rjieba

            for word, freq, tag in load_userdict():
                rjieba.add_word(word, freq, tag)
            _segmenter = rjieba
    return _segmenter


# rjieba takes UTF-8 only and refuses a lone surrogate (text from elsewhere through the public figures API):
# each becomes U+FFFD, one character for one, so the words' offsets stay the text's
_SURROGATE = re.compile("[\ud800-\udfff]")


def cut(text: str, hmm: bool = True) -> list[str]:
    """``text`` cut into words (jieba's algorithm, with the HMM for unknown words as jieba's default)."""
    words: list[str] = _loaded().cut(_SURROGATE.sub("\ufffd", text), hmm)
    return words


def tag(text: str, hmm: bool = True) -> list[tuple[str, str]]:
    """``text`` cut into words with jieba's part-of-speech tags."""
    tagged: list[tuple[str, str]] = _loaded().tag(_SURROGATE.sub("\ufffd", text), hmm)
    return tagged
