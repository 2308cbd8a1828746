"""Text normalization shared by topic matching and the query language.

Briefing titles and bodies are already Simplified (ingest converts them), so only the
short strings a person types or configures need the expensive Traditional-to-Simplified
step; both sides then get the same cheap fold (full-width letters and digits to ASCII,
as ingest does, then casefold) so that ``ＡＩ``, ``AI`` and ``ai`` are one word. CJK
punctuation is left alone, as in the normalized text.
"""

from __future__ import annotations

import re
import threading
from typing import Any

_converter: Any = None
_converter_lock = threading.Lock()


def to_simplified(text: str) -> str:
    """``text`` in Simplified script (OpenCC t2s, loaded on first use)."""
    global _converter
    if not text or text.isascii():
        return text
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    try:
        return _converter.convert(text)
    except UnicodeError:  # lone surrogates cannot cross into OpenCC's C++ side
        return text


# Full-width ASCII letters and digits, ％ and ． (the subset ingest normalizes).
_FULL_WIDTH = re.compile("[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _narrow(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0xFEE0)


def fold(text: str) -> str:
    """Width- and case-insensitive form for matching.

    Returns ``text`` itself when nothing changes, so that caching the folded body of
    a mostly-CJK briefing costs no extra memory. (A regex search first: str.translate
    is 20x slower on CJK text, and normalized text rarely has full-width letters.)
    """
    if _FULL_WIDTH.search(text):
        text = _FULL_WIDTH.sub(_narrow, text)
    folded = text.casefold()
    return text if folded == text else folded


def normalize_term(text: str) -> str:
    """A user- or config-supplied term: Simplified, then folded."""
    return fold(to_simplified(text))


_LATIN_EDGE = re.compile(r"[0-9a-z]")


def term_pattern(term: str) -> str:
    """A regex for a folded term; Latin-edged terms only match as whole words.

    ``ai`` must not count inside ``aigc`` or ``sap``, while ``ai手机`` and ``ai+消费``
    are real hits: a CJK neighbour is a boundary, a Latin letter or digit is not.
    """
    pattern = re.escape(term)
    if _LATIN_EDGE.match(term[:1]):
        pattern = r"(?<![0-9a-z])" + pattern
    if _LATIN_EDGE.match(term[-1:]):
        pattern += r"(?![0-9a-z])"
    return pattern
