"""English renderings of figures, the way an analyst would write them in a report.

``RMB 300 bn``, ``over RMB 300 bn``, ``RMB 500,000``, ``6.74 km²``, ``+13%``,
``8,000+ companies``, ``2 to 3 platforms``, ``by 2027``, ``one fifth``.
"""

from __future__ import annotations

CURRENCY_PREFIX = {"CNY": "RMB"}  # analysts write RMB; other ISO codes stay as they are

# (qualifier, hedge word) → the English word in front of the number.
HEDGE_WORDS = {
    "over": "over",
    "under": "under",
    "approx": "about",
    "nearly": "nearly",
}

_MAGNITUDES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ORDINAL_DENOMINATORS = {
    2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh",
    8: "eighth", 9: "ninth", 10: "tenth",
}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def plain(x: float) -> str:
    """``8000`` → ``8,000``; ``15.3`` → ``15.3``; at most two decimals, no trailing zeros."""
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def magnitude(x: float) -> tuple[str, str]:
    """Split a large number into mantissa and suffix: 3e11 → (``300``, ``bn``)."""
    for size, word in _MAGNITUDES:
        if abs(x) >= size:
            return plain(x / size), word
    return plain(x), ""


def _with_scale(x: float) -> str:
    mant, word = magnitude(x)
    return f"{mant} {word}" if word else mant


def _range(low: float, high: float) -> str:
    """``1 to 2 mn`` when both ends share a magnitude, else ``500,000 to 1 mn``."""
    lo_m, lo_w = magnitude(low)
    hi_m, hi_w = magnitude(high)
    if lo_w == hi_w:
        return f"{lo_m} to {hi_m}" + (f" {hi_w}" if hi_w else "")
    return f"{_with_scale(low)} to {_with_scale(high)}"


def hedge_prefix(qualifier: str, hedge_en: str | None = None) -> str:
    word = hedge_en if hedge_en is not None else HEDGE_WORDS.get(qualifier, "")
    return f"{word} " if word else ""


def money(value: float, currency: str, qualifier: str = "exact", low: float | None = None,
          high: float | None = None, hedge_en: str | None = None) -> str:
    cur = CURRENCY_PREFIX.get(currency, currency)
    if qualifier == "range" and low is not None and high is not None:
        return f"{cur} {_range(low, high)}"
    return f"{hedge_prefix(qualifier, hedge_en)}{cur} {_with_scale(value)}"


def percent(value: float, qualifier: str = "exact", signed: bool = False, unit: str = "%",
            low: float | None = None, high: float | None = None,
            hedge_en: str | None = None) -> str:
    """``15.3%``, ``+13%``, ``-5%``, ``over 40%``, ``10% to 15%``; ``pp`` for 百分点."""
    suffix = "%" if unit == "%" else " pp"

    def one(v: float) -> str:
        sign = "+" if signed and v > 0 else ""  # a minus comes with the number itself
        return f"{sign}{plain(v)}{suffix}"

    if qualifier == "range" and low is not None and high is not None:
        return f"{one(low)} to {one(high)}"
    return f"{hedge_prefix(qualifier, hedge_en)}{one(value)}"


def area(value: float, qualifier: str = "exact", low: float | None = None,
         high: float | None = None, hedge_en: str | None = None) -> str:
    """Square metres in, ``6.74 km²`` or ``20,000 m²`` out."""

    def one(v: float) -> str:
        return f"{plain(v / 1e6)} km²" if v >= 1e6 else f"{plain(v)} m²"

    if qualifier == "range" and low is not None and high is not None:
        return f"{one(low)} to {one(high)}"
    return f"{hedge_prefix(qualifier, hedge_en)}{one(value)}"


def count(value: float, noun: str = "", qualifier: str = "exact", suffix_plus: bool = False,
          low: float | None = None, high: float | None = None,
          hedge_en: str | None = None) -> str:
    """``8,000+ companies`` (余/多/以上), ``over 10,000 companies``, ``2 to 3 platforms``."""
    tail = f" {noun}" if noun else ""
    if qualifier == "range" and low is not None and high is not None:
        return f"{_range(low, high)}{tail}"
    if qualifier == "over" and suffix_plus:
        return f"{_with_scale(value)}+{tail}"
    return f"{hedge_prefix(qualifier, hedge_en)}{_with_scale(value)}{tail}"


def ratio(numerator: int | None, denominator: int | None, value: float,
          qualifier: str = "exact", hedge_en: str | None = None) -> str:
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
    return f"{prefix}{plain(value * 100)}%"


def year(value: int) -> str:
    return f"by {value}"


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
