"""Mojibake: repair what can be repaired, mark what cannot.

Two repairs are tried, each only when the result reads better than the input:
UTF-8 read as cp1252/Latin-1 (``â€œ``, ``Ã©``), and UTF-8 read as GBK/Big5 (a line
of rare characters such as ``娴嬭瘯``). What stays broken (bytes already replaced by
``?`` or U+FFFD by some earlier tool) is found by a density of tell-tale signs and
reported as a problem, never silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..punct import HAN_BASIC, HAN_EXT_A
from .decode import plausibility

_HAN = HAN_EXT_A + HAN_BASIC
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_LATIN_RUN = re.compile(
    r"[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0080-\u00bf]{2,}"
)
# Signs of damage: U+FFFD; "?" glued between non-ASCII text; Greek/Cyrillic, box
# drawing, private-use characters or tone-marked Latin glued to Chinese; lone
# Latin letters wedged between Chinese characters and punctuation.
_SIGN = re.compile(
    rf"\ufffd"
    rf"|(?<=[{_HAN}])\?(?=[^\s\"'“”,.，。!！?？)）])"
    rf"|(?<=[{_HAN}])[\u0370-\u04ff\u2500-\u257f\ue000-\uf8ff]|[\u0370-\u04ff\u2500-\u257f\ue000-\uf8ff](?=[{_HAN}])"
    rf"|(?<![(（a-z{_TONED}])[a-z]*[{_TONED}][a-z]*\)"  # pinyin with its "(" lost
    rf"|(?<=[;,])[a-z](?=[{_HAN}])"
)
# What every sign above contains: a text without any has none (one plain scan: _SIGN's
# lookarounds at every character cost ~1% of ingest, issue 19).
_SIGN_PART = re.compile(rf"[\ufffd?\u0370-\u04ff\u2500-\u257f\ue000-\uf8ff{_TONED}]|[;,][a-z]")
_WINDOW = 8


@dataclass(frozen=True, slots=True)
class Damage:
    start: int
    end: int
    excerpt: str


def _repair_latin(match: re.Match[str]) -> str:
    run = match.group()
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if any(ord(c) > 0x2FF for c in fixed):
            return fixed
    return run


def _repair_line_codec(line: str) -> str:
    """A whole line of UTF-8 read as GBK or Big5 decodes back to sensible text."""
    if plausibility(line) > 0.7:
        return line
    for codec in ("gbk", "big5"):
        try:
            fixed = line.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if plausibility(fixed) > 0.9:
            return fixed
    return line


def repair_mojibake(text: str) -> str:
    if _LATIN_RUN.search(text):
        text = _LATIN_RUN.sub(_repair_latin, text)
    if re.search(f"[{_HAN}]", text):
        text = "\n".join(_repair_line_codec(line) for line in text.split("\n"))
    return text


def find_damage(text: str) -> list[Damage]:
    """Spans that still look like mojibake: U+FFFD alone, or two signs close together."""
    if _SIGN_PART.search(text) is None:
        return []
    signs = [m.start() for m in _SIGN.finditer(text)]
    spans: list[Damage] = []
    i = 0
    while i < len(signs):
        j = i
        while j + 1 < len(signs) and signs[j + 1] - signs[j] <= _WINDOW:
            j += 1
        start, end = signs[i], signs[j] + 1
        if j > i or text[start] == "\ufffd":
            lo, hi = max(0, start - 4), min(len(text), end + 6)
            spans.append(Damage(start, end, text[lo:hi].replace("\n", " ")))
        i = j + 1
    return spans
