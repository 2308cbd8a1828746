"""Simplified/Traditional: detection and conversion with OpenCC.

The one place briefreader converts scripts: ingest (Traditional sources to
Simplified), the query language and topics (what a person types), the TUI and
the CLI (showing Traditional). Converters are built lazily (OpenCC loads its
dictionaries on first use, ~0.1 s) and shared; OpenCC's ``convert`` is thread-safe
for concurrent reads. Importing this module costs nothing, so the TUI can.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_lock = threading.Lock()

# A text is Traditional when this share of its distinct characters changes under
# t2s. Simplified text scores ~0; Traditional text 0.15-0.4, because many common
# characters (的, 在, 上) are the same in both scripts.
HANT_THRESHOLD = 0.05


@lru_cache(maxsize=4)
def _converter(config: str):
    with _lock:
        import opencc

        return opencc.OpenCC(config)


def _convert(config: str, text: str) -> str:
    if not text or text.isascii():
        return text
    try:
        return _converter(config).convert(text)
    except UnicodeError:  # lone surrogates cannot cross into OpenCC's C++ side
        return text


def to_simplified(text: str) -> str:
    return _convert("t2s", text)


# How Traditional is written differs by region: OpenCC's generic forms (爲, 啓, 臺, 裏)
# are what neither Taiwan (為, 啟, 臺, 裡; 軟體) nor Hong Kong (為, 啓, 台) prints.
REGION_CONFIGS = {"tw": "s2twp", "hk": "s2hk", "generic": "s2t"}
REGIONS = ("auto", *REGION_CONFIGS)  # config's display.traditional; auto: the source's own
_DETECT = {"tw": "s2tw", "hk": "s2hk", "generic": "s2t"}  # character forms only, no phrases
DETECT_CHARS = 4_000  # distinct-enough sample; detection never reads a whole 8 MB source


def to_traditional(text: str, region: str = "generic") -> str:
    return _convert(REGION_CONFIGS.get(region, "s2t"), text)


def detect_region(text: str) -> str | None:
    """The region whose Traditional forms ``text`` uses (``tw``, ``hk``, ``generic``),
    None when it is not Traditional or nothing tells them apart.

    Each region's converter is run over the text's own Simplified form; the one that
    gives back the most of its characters wrote it. Characters the regions agree on
    (most) count for none of them."""
    sample = "".join(_HAN.findall(text[: DETECT_CHARS * 4]))[:DETECT_CHARS]
    if not sample:
        return None
    simplified = to_simplified(sample)
    if len(simplified) != len(sample) or simplified == sample:
        return None
    forms = {region: _convert(config, simplified) for region, config in _DETECT.items()}
    if any(len(form) != len(sample) for form in forms.values()):
        return None
    differing = [i for i in range(len(sample)) if len({form[i] for form in forms.values()}) > 1]
    if not differing:
        return None
    scores = {region: sum(form[i] == sample[i] for i in differing) for region, form in forms.items()}
    best = max(scores.values())
    winners = [region for region, score in scores.items() if score == best]
    return winners[0] if len(winners) == 1 else None


def detect_script(text: str) -> str:
    """``hant`` when enough distinct Han characters are Traditional-only, else ``hans``."""
    chars = sorted(set(_HAN.findall(text)))
    if not chars:
        return "hans"
    converted = to_simplified("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never expected; be safe rather than wrong
        return "hans"
    changed = sum(1 for a, b in zip(chars, converted) if a != b)
    return "hant" if changed / len(chars) >= HANT_THRESHOLD else "hans"
