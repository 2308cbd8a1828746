"""Key figures: Chinese number parsing, figure extraction and English renderings.

Public API (stable; documented in the README)::

    from briefreader.figures import parse_number, extract_figures, detect_region
    parse_number(text, scale="") -> float | None
    extract_figures(text, region=None, limit=None) -> list[Figure]   # PRODUCT.md section 4
    detect_region(text, source="", script=None, original=None, url="") -> Region

Pure Python and stdlib only (no Textual); importing compiles a handful of regexes.

Conventions beyond PRODUCT.md section 4 (documented choices):

- ``value`` of a range (2个至3个, 100-200万美元, 两到三万) is its low end; ``low``/``high``
  hold both. Approximate pairs (三四十万) are ranges; vague amounts (数十亿, 几百) are
  ranges from the unit to ten times it with ``en`` "several RMB bn"; 3000多 is ``over``
  with ``high`` the next step (4000).
- Hedges set bounds: ``over`` → ``low = value``; ``under``/``nearly`` → ``high = value``.
- 最高/最多/不超过 ("up to") are ``under`` with ``en`` "up to ..."; 至少/不少于 are
  ``over`` with "at least ...". The spec has no ``max``/``min`` qualifier.
- Growth: 增长13% is ``percent`` 13 with ``en`` "+13%"; declines (下降5%) carry the sign
  in ``value`` (-5). 提高到20% is a level, not a change. 个百分点 gives ``unit = "pp"``.
- ``ratio``: ``value`` is a fraction (五分之一 → 0.2, 四成 → 0.4), ``unit`` is empty.
- ``year`` (deadline: 到2027年, 预计将于2027年, 2025年前): ``value`` = the year, ``unit = "year"``,
  ``en`` "by 2027".
- ``date``: ``value`` = the year (2024年9月 → 2024.0; never 20240900.0), ``None`` when
  the year is not written (5月17日); ``unit`` = precision (day/month/year), ``en`` the
  date ("Sep 2024"). 二〇〇二年 is a date too.
- Counts: ``unit`` is the measure word (家, 个, 所, 名, 人次 ...) in its Simplified form
  (輛 → 辆); ``en`` names the noun when a small table knows it ("8,000+ companies"), else
  just the number ("8,000+"). People counted without a measure word have ``unit`` ""
  (36死47伤 → "36 dead", "47 injured"; 常住人口突破500万 → "over 5 mn people"). An average
  may be a fraction (平均每户2.62人); other counts are whole numbers.
- Currency: written (港元, US$, HKD13.5, 9000元日币) wins; a currency written before the
  number (新台币5926亿元, 港币30元) names that figure's currency and, like a (美元,下同)
  note, that of the bare 元 after it; otherwise a bare 元 is the region's (region.py). 兆 is
  10^12 (Taiwan) in money only; 3亿5000万元, 2兆2,209亿元, 43兆4428.26億元 and 41萬1930輛
  are one compound number. A 万/亿 sum with no 元 is money when its words say so
  (规模达3000亿, 花1.08亿买下).
- ``sentence`` is capped at 400 characters either side of the figure, so a megabyte
  line without punctuation does not copy a megabyte per figure.
- One figure per span; a figure repeated in the same sentence, or stated in the lead (the
  first paragraph, unless it is a numbered item such as 第八十二条) and again in the same
  words in the body, is listed once.
"""

from __future__ import annotations

from typing import Any

from ..model import Figure
from .extract import extract_figures
from .numerals import parse_number
from .region import Region, detect_region

__all__ = ["Region", "currency_basis", "detect_region", "extract_figures", "figures_to_json", "parse_number"]


def currency_basis(fig: Figure, region: Region) -> dict[str, str] | None:
    """How a money figure's currency was decided, for ``figures --json`` (None for other kinds):
    ``how`` is "written" (a currency word, symbol or code in the figure: 港元, US$, HKD13.5),
    "region" (a bare 元/万/亿 read as the briefing's region's currency), "context" (a currency
    the text gives elsewhere: a 人民币，下同 note, 新台币 before the number, a mainland place the
    sentence names) or "none" (a bare 元 in a text whose region is not known: no currency); with
    the ``region`` read and its ``reason``."""
    if fig.kind != "money":
        return None
    from .extract import fold_text
    from .units import CURRENCIES, CURRENCY_CODES, CURRENCY_SYMBOLS

    written = fold_text(fig.text)
    named = {CURRENCIES[w] for w in CURRENCIES if w in written}
    named |= {code for sym, code in CURRENCY_SYMBOLS.items() if sym in written}
    named |= {iso for code, iso in CURRENCY_CODES.items() if code in written.upper()}
    if fig.unit and fig.unit in named:
        how = "written"
    elif not fig.unit:
        how = "none"
    elif fig.unit == region.currency:
        how = "region"
    else:
        how = "context"
    return {"how": how, "region": region.name, "reason": region.reason}


def figures_to_json(figures: list[Figure], id: str | None = None) -> list[dict[str, Any]]:  # noqa: A002
    """Plain dicts for ``briefreader figures --json``; ``id`` is added when given."""
    rows = []
    for fig in figures:
        row = fig.to_dict()
        if id is not None:
            row = {"id": id, **row}
        rows.append(row)
    return rows
