"""Regex building blocks shared by the core's rule modules (figures, ingest): one place (review s25 N1)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex group matching any of ``words`` as literals, the longest first (so 超过 wins over 超, and
    a word is never cut to a shorter one it starts with)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
