"""English renderings of figures, the way an analyst would write them in a report.

``RMB 300 bn``, ``over RMB 300 bn``, ``RMB 500,000``, ``6.74 km²``, ``+13%``,
``8,000+ companies``, ``2 to 3 platforms``, ``by 2027``, ``one fifth``.
"""

from __future__ import annotations

import math

from .units import AREA_NAMES_EN, AREAS, AREAS_AS_WRITTEN

CURRENCY_PREFIX = {"CNY": "RMB"}  # analysts write RMB; other ISO codes stay as they are

# (qualifier, hedge word) → the English word in front of the number.
HEDGE_WORDS = {
    "over": "over",
    "under": "under",
    "approx": "about",
    "nearly": "nearly",
}

# a bound's words after "up"/"down" (a change: percent.signed)
_CHANGE_HEDGES = {"under ": "less than ", "up to ": "at most "}

_MAGNITUDES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ORDINAL_DENOMINATORS = {
    2: "half",
    3: "third",
    4: "quarter",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def plain(x: float) -> str:
    """``8000`` → ``8,000``; ``15.3`` → ``15.3``; ``4.256``: the digits written, up to
    four decimals (425.6万 is TWD 4.256 mn, not 4.26), no trailing zeros."""
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def magnitude(x: float) -> tuple[str, str]:
    """Split a large number into mantissa and suffix: 3e11 → (``300``, ``bn``)."""
    for size, word in _MAGNITUDES:
        if abs(x) >= size:
            return plain(x / size), word
    return plain(x), ""


def _with_scale(x: float) -> str:
    mant, word = magnitude(x)
    return f"{mant} {word}" if word else mant


DASH = "\u2013"  # en dash, as ranges are printed: HKD 20,000–30,000


def _range(low: float, high: float) -> str:
    """``1–2 mn`` when both ends share a magnitude, else ``500,000–1 mn``."""
    lo_m, lo_w = magnitude(low)
    hi_m, hi_w = magnitude(high)
    if lo_w == hi_w:
        return f"{lo_m}{DASH}{hi_m}" + (f" {hi_w}" if hi_w else "")
    return f"{_with_scale(low)}{DASH}{_with_scale(high)}"


_VAGUE_PREFIX = ("several", "tens of", "hundreds of")
_GROUP_MONEY = ("", "thousand", "mn", "bn", "tn")
_GROUP_COUNT = ("", "thousand", "million", "billion", "trillion")


def _vague_parts(low: float) -> tuple[str, int]:
    """数十亿 (low 1e9) → ("several", 3); 数百万 (1e6 × 100) → ("hundreds of", 2)."""
    k = max(0, round(math.log10(low))) if low > 0 else 0
    return _VAGUE_PREFIX[k % 3], k // 3


def money_span(low: float, high: float, currency: str, vague: bool = False) -> str:
    """三四十万港元 → ``HKD 300,000–400,000``; 数十亿元 → ``several RMB bn``;
    几十万块 → ``RMB hundreds of thousands``."""
    cur = CURRENCY_PREFIX.get(currency, currency)
    if not vague:
        return f"{cur} {_range(low, high)}" if cur else f"{_range(low, high)} yuan"
    prefix, group = _vague_parts(low)
    if not cur:  # region unknown: "hundreds of yuan", "several bn yuan"
        if group >= 2:
            return f"{prefix} {_GROUP_MONEY[group]} yuan"
        if group == 1:
            return f"{prefix} {'thousand' if prefix == 'several' else 'thousands of'} yuan"
        return f"{'a few' if prefix == 'several' else prefix} yuan"
    if group >= 2:
        return f"{prefix} {cur} {_GROUP_MONEY[group]}"
    if group == 1:
        return f"{cur} {prefix} {'thousand' if prefix == 'several' else 'thousands'}"
    return f"{'a few' if prefix == 'several' else prefix} {cur}"  # tens of RMB


def count_span(low: float, high: float, noun: str = "", vague: bool = False) -> str:
    """三四家 → ``3–4 companies``; 数十家 → ``dozens of companies``; 数万人 →
    ``tens of thousands of people``."""
    tail = f" {noun}" if noun else ""
    if not vague:
        return f"{_range(low, high)}{tail}"
    prefix, group = _vague_parts(low)
    if group == 0:
        word = {"several": "several", "tens of": "dozens", "hundreds of": "hundreds"}[prefix]
        return f"{word}{' of' if noun and word != 'several' else ''}{tail}"
    unit = _GROUP_COUNT[group]
    if prefix == "several":
        return f"several {unit}{tail}"
    return f"{prefix} {unit}s{' of' if noun else ''}{tail}"


def hedge_prefix(qualifier: str, hedge_en: str | None = None) -> str:
    word = hedge_en if hedge_en is not None else HEDGE_WORDS.get(qualifier, "")
    return f"{word} " if word else ""


def money(
    value: float,
    currency: str,
    qualifier: str = "exact",
    low: float | None = None,
    high: float | None = None,
    hedge_en: str | None = None,
    word: str = "yuan",
    plus: bool = False,
) -> str:
    """``word``: what the amount is in when no currency is known (yuan; dollars for a bare $); ``plus``: a
    range's high end said with 多 (10至20多万元: RMB 100,000–200,000+)."""
    cur = CURRENCY_PREFIX.get(currency, currency)
    more = "+" if plus else ""
    if not cur:  # region unknown: the amount, in yuan, without guessing whose
        if qualifier == "range" and low is not None and high is not None:
            return f"{_range(low, high)}{more} {word}"
        return f"{hedge_prefix(qualifier, hedge_en)}{_with_scale(value)} {word}"
    if qualifier == "range" and low is not None and high is not None:
        return f"{cur} {_range(low, high)}{more}"
    return f"{hedge_prefix(qualifier, hedge_en)}{cur} {_with_scale(value)}"


def percent(
    value: float,
    qualifier: str = "exact",
    signed: bool = False,
    unit: str = "%",
    low: float | None = None,
    high: float | None = None,
    hedge_en: str | None = None,
    decimals: int = 0,
) -> str:
    """``15.3%``, ``+13%``, ``-5%``, ``over 40%``, ``10% to 15%``; ``pp`` for 百分点, ``bp`` for 基点. ``decimals``: the
    decimals written (下降1.0%: ``-1.0%``, a statistic's precision kept). A change with a hedge says its direction in
    words (下跌超过23%: ``down over 23%``, not "over -23%", which reads as a smaller fall)."""
    suffix = "%" if unit == "%" else " bp" if unit == "bp" else " pp"

    def digits(v: float) -> str:
        text = plain(v)
        shown = len(text.split(".")[1]) if "." in text else 0
        return f"{v:,.{decimals}f}" if decimals > shown else text

    def one(v: float) -> str:
        sign = "+" if signed and v > 0 else ""  # a minus comes with the number itself
        return f"{sign}{digits(v)}{suffix}"

    if qualifier == "range" and low is not None and high is not None:
        if low < 0 < high or high < 0:  # -10% to -5%: a dash between minus signs misreads
            return f"{one(low)} to {one(high)}"
        return f"{one(low)[: -len(suffix)]}{DASH}{digits(high)}{suffix}"  # 10–15%, +30–40%
    hedge = hedge_prefix(qualifier, hedge_en)
    if hedge and signed and value != 0:  # (a level below zero keeps its sign: 约为-5% is about -5%, not a fall)
        # after a direction a bound reads as English says it: 增长不到5% "up less than 5%", 增速不超过5% "up at most
        # 5%" (not "up under 5%", "up up to 5%")
        hedge = _CHANGE_HEDGES.get(hedge, hedge)
        return f"{'up' if value > 0 else 'down'} {hedge}{digits(abs(value))}{suffix}"
    return f"{hedge}{one(value)}"


def area(
    value: float,
    qualifier: str = "exact",
    low: float | None = None,
    high: float | None = None,
    hedge_en: str | None = None,
    plus: bool = False,
    metres: bool = False,
    unit: str = "",
    vague: bool = False,
) -> str:
    """Square metres in, ``6.74 km²`` or ``20,000 m²`` out; ``plus``: a range's high end said with 多
    (100至200多平方米: 100–200+ m²); ``unit``: the unit as written (units.AREAS). One English readers know only roughly
    (units.AREAS_AS_WRITTEN: 亩, 坪, square feet, acres) is said as written, then three significant digits in metric
    (25万亩: ``250,000 mu (167 km²)``, 15坪: ``15 ping (49.6 m²)``, not "49.587 m²"). ``metres``: written in square
    metres (120万平方米 of floor space): kept in m² with its scale, ``1.2 mn m²``; a floor area is not a piece of land,
    and km² misreads it (tester s17 F7). ``vague``: a range read from 数/几 + a scale says its order in words, never
    two made-up ends (数十公顷: ``dozens of ha``, 数千英亩: ``several thousand acres (4.05–40.5 km²)``; were
    "100,000 m²–1 km²" and "4.0469–40.469 km²")."""
    written = AREA_NAMES_EN.get(unit, "") if unit in AREAS_AS_WRITTEN else ""

    def one(v: float, digits: int = 5) -> str:
        # 坪 and 平方呎 are converted: five significant digits, not 3,066.6667 km²
        v = float(f"{v:.{digits}g}")
        if metres:
            return f"{_with_scale(v)} m²"
        if 0 < v < 0.1:
            return f"{plain(round(v * 1e4, 6))} cm²"  # 25平方厘米: 25 cm², not 0.0025 m²
        return f"{plain(v / 1e6)} km²" if v >= 1e6 else f"{plain(v)} m²"

    def span(lo: float, hi: float, digits: int, more: str = "") -> str:
        if metres:  # 1.2–1.5 mn m², 1–2+ mn m²
            (lo_m, lo_w), (hi_m, hi_w) = (magnitude(float(f"{v:.{digits}g}")) for v in (lo, hi))
            if lo_w == hi_w:
                return f"{lo_m}{DASH}{hi_m}{more}{f' {hi_w}' if hi_w else ''} m²"
            return f"{_with_scale(lo)}{DASH}{_with_scale(hi)}{more} m²"
        top, unit = one(hi, digits).rsplit(" ", 1)
        if (lo >= 1e6) == (hi >= 1e6):  # 10–20 km², 500–800 m²
            return f"{one(lo, digits).rsplit(' ', 1)[0]}{DASH}{top}{more} {unit}"
        return f"{one(lo, digits)}{DASH}{top}{more} {unit}"

    if vague and qualifier == "range" and low is not None and high is not None and unit in AREA_NAMES_EN:
        per = AREAS[unit]
        words = count_span(low / per, high / per, AREA_NAMES_EN[unit], vague=True)
        return f"{words} ({span(low, high, 3)})" if written else words
    if written:
        per = AREAS[unit]
        if qualifier == "range" and low is not None and high is not None:
            said = f"{_range(low / per, high / per)}{'+' if plus else ''} {written}"
            return f"{said} ({span(low, high, 3)})"
        if value == per:
            written = singular(written)  # 1英亩: "1 acre" (review s46 R8); mu, ping and sq ft have no plural
        return f"{hedge_prefix(qualifier, hedge_en)}{_with_scale(value / per)} {written} ({one(value, 3)})"
    if qualifier == "range" and low is not None and high is not None:
        return span(low, high, 5, "+" if plus else "")
    return f"{hedge_prefix(qualifier, hedge_en)}{one(value)}"


def quantity(
    value: float,
    symbol: str,
    qualifier: str = "exact",
    low: float | None = None,
    high: float | None = None,
    hedge_en: str | None = None,
    plus: bool = False,
    vague: bool = False,
) -> str:
    """A physical quantity in the unit it was written in: ``7.827 mn t``, ``about 200,000 L``, ``40–50 mn L``,
    ``1.2 mn kW``; 数百万吨 ``several mn t`` (vague: the low end's order, as a count's)."""
    if qualifier == "range" and low is not None and high is not None:
        if vague:
            return f"{count_span(low, high, vague=True)} {symbol}"
        return f"{_range(low, high)}{'+' if plus else ''} {symbol}"
    return f"{hedge_prefix(qualifier, hedge_en)}{_with_scale(value)} {symbol}"


_SINGULAR = {
    "people": "person",
    "staff": "staff",
    "head": "head",
    "series": "series",
    "men": "man",  # 5男1女: 1 woman, not 1 women
    "women": "woman",
    "children": "child",
}


def singular(noun: str) -> str:
    """The English plural nouns of units.py in the singular: companies → company;
    batches of goods → batch of goods (a group: only its own noun)."""
    group, of, held = noun.partition(" of ")
    if of:
        return f"{singular(group)}{of}{held}"
    *head, last = noun.split(" ")
    if last in _SINGULAR:
        last = _SINGULAR[last]
    elif last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*head, last])


def count(
    value: float,
    noun: str = "",
    qualifier: str = "exact",
    suffix_plus: bool = False,
    low: float | None = None,
    high: float | None = None,
    hedge_en: str | None = None,
) -> str:
    """``8,000+ companies`` (余/多/以上), ``over 10,000 companies``, ``2 to 3 platforms``;
    one of them in the singular (马来西亚1人 → ``1 person``, not ``1 people``); a range whose high
    end is hedged with 多 (10至20多名) keeps its ``+``: ``10–20+ people``."""
    if value == 1 and qualifier == "exact" and noun:
        noun = singular(noun)
    if hedge_en == "as much as":  # 高达1057名: things counted are "as many as"
        hedge_en = "as many as"
    tail = f" {noun}" if noun else ""
    if qualifier == "range" and low is not None and high is not None:
        return f"{_range(low, high)}{'+' if suffix_plus else ''}{tail}"
    if qualifier == "over" and suffix_plus:
        return f"{_with_scale(value)}+{tail}"
    return f"{hedge_prefix(qualifier, hedge_en)}{_with_scale(value)}{tail}"


def ratio(
    numerator: int | None, denominator: int | None, value: float, qualifier: str = "exact", hedge_en: str | None = None
) -> str:
    """``one fifth``, ``two thirds``; 四成 (numerator/10 without words) → ``40%``."""
    prefix = hedge_prefix(qualifier, hedge_en)
    if (
        numerator is not None
        and denominator in _ORDINAL_DENOMINATORS
        and 0 < numerator < denominator
        and numerator <= 10
    ):
        if denominator == 2:
            return f"{prefix}half"
        word = _ORDINAL_DENOMINATORS[denominator] + ("s" if numerator > 1 else "")
        return f"{prefix}{_ONES[numerator]} {word}"
    if numerator is not None and denominator in _ORDINAL_DENOMINATORS and denominator < numerator <= 10:
        # 三分之五, 二分之三: an improper fraction in the same words (five thirds, three halves)
        word = "halves" if denominator == 2 else _ORDINAL_DENOMINATORS[denominator] + "s"
        return f"{prefix}{_ONES[numerator]} {word}"
    pct = value * 100
    # a share under a hundredth of a percent keeps its significant digits (万分之0.475: 0.00475%, tester s25 T10), past
    # plain's four decimals and a float's rounding
    return f"{prefix}{plain(pct) if abs(pct) >= 0.01 or pct == 0 else f'{pct:.4g}'}%"


def year(value: int, month: int | None = None, how: str = "by") -> str:
    """``by 2030``; ``by Mar 2024`` where the month is written (到2024年3月份); ``how``: what the words say of the year,
    ``by`` (到2030年, 2030年前), ``in`` (将于2026年举行: a year something happens in) or ``around`` (2030年前后)."""
    return f"{how} {_MONTHS[month - 1]} {value}" if month else f"{how} {value}"


def date(year_: int | None, month: int | None, day: int | None) -> str:
    """``28 Jul 2022``, ``Sep 2024``, ``17 May``, ``2024``."""
    parts: list[str] = []
    if day:
        parts.append(str(day))
    if month:
        parts.append(_MONTHS[month - 1])
    if year_:
        parts.append(str(year_))
    return " ".join(parts)
