"""Which region a briefing is from, for the currency of a bare 元 (圆, 块钱, 億元 ...).

A bare 元 is renminbi in a mainland text, Hong Kong dollars in a Hong Kong one, patacas
in Macau and New Taiwan dollars in Taiwan. The region is read from three things, each
a vote: the publisher (``source``), what the original page says about itself (a zh-HK
language tag, a .hk or .tw link: :func:`briefreader.hanzi.detect_region`), its script
(Simplified counts for the mainland) and words only one region uses (新台币, 行政院, 港元, 立法会 ...).
A currency written
in the text (港元, 新台币, US$, a (美元,下同) note) always wins over the region.

When nothing decides (a Traditional text with no regional word and no known source),
the region is ``unknown`` and a bare 元 is shown as "yuan" without a currency code,
rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .units import REGION_CURRENCY, REGION_SOURCES, REGION_WORDS

_SAMPLE = 20_000  # characters read for regional words: a briefing's opening says it
_SOURCE_VOTE = 6
_SCRIPT_VOTE = 3
_SIMPLIFIED_VOTE = 3
_DECIDES = 3  # a region other than the mainland needs this many points and the lead


@dataclass(frozen=True, slots=True)
class Region:
    """``name``: mainland | hk | mo | tw | unknown; ``currency``: ISO code of a bare 元
    ("" when unknown); ``reason``: why, in words, for the panel and ``--json``."""

    name: str
    currency: str
    reason: str


MAINLAND = Region("mainland", "CNY", "default: no regional signal")
_ALIASES = {
    "cn": "mainland",
    "mainland": "mainland",
    "prc": "mainland",
    "hk": "hk",
    "hongkong": "hk",
    "mo": "mo",
    "macau": "mo",
    "macao": "mo",
    "tw": "tw",
    "taiwan": "tw",
    "unknown": "unknown",
}


def detect_region(text: str, source: str = "", script: str | None = None, original: str | None = None) -> Region:
    """The region of a briefing from its (Simplified) ``text``, its ``source`` line,
    its ``script`` (``hans``/``hant``) and, for Traditional, its ``original`` text."""
    from .extract import fold_text  # the rules' fold table: Traditional forms of every word below

    votes: dict[str, int] = {name: 0 for name in REGION_CURRENCY}
    why: dict[str, list[str]] = {name: [] for name in REGION_CURRENCY}
    # the tables are Simplified; a caller may pass Traditional text and a Traditional
    # source line (東方日報, 立法會): folded first, so they are read the same
    sample = fold_text(text[:_SAMPLE])
    source = fold_text(source) if source else source
    for name, words in REGION_WORDS.items():
        for word, weight in words:
            if word in sample:  # distinct words, not counts: 香港 ten times is one place name
                votes[name] += weight
                why[name].append(word)
    if source:
        low = source.lower()
        for name, outlets in REGION_SOURCES.items():
            if any(o.lower() in low for o in outlets):
                votes[name] += _SOURCE_VOTE
                why[name].insert(0, f"source {source}")
    if original:
        from ..hanzi import detect_region as page_region

        said = page_region(original)
        if said in ("tw", "hk"):
            votes[said] += _SCRIPT_VOTE
            why[said].insert(0, f"the page says {'Taiwan' if said == 'tw' else 'Hong Kong'}")
    if script in ("hans", None):
        votes["mainland"] += _SIMPLIFIED_VOTE
    best = max((n for n in votes if n != "mainland"), key=lambda n: votes[n])
    if votes[best] >= _DECIDES and votes[best] > votes["mainland"]:
        return Region(best, REGION_CURRENCY[best], ", ".join(why[best]))
    if script == "hant" and votes["mainland"] < _DECIDES:
        return Region("unknown", "", "Traditional script, no regional word or known source")
    if why["mainland"]:
        return Region("mainland", "CNY", ", ".join(why["mainland"]))
    return MAINLAND


def resolve_region(region: Region | str | None, text: str) -> Region:
    """``region`` as given (a Region, or a name: mainland/cn, hk, mo, tw), or detected
    from the words of ``text`` when None."""
    if isinstance(region, Region):
        return region
    if region is None:
        return detect_region(text)
    name = _ALIASES.get(region.strip().lower().replace(" ", ""))
    if name is None:
        raise ValueError(f"unknown region {region!r}: use mainland, hk, mo or tw")
    if name == "unknown":
        return Region("unknown", "", "given")
    return Region(name, REGION_CURRENCY[name], "given")
