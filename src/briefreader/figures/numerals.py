"""Chinese and Arabic number parsing.

Pure functions, no regex state of their own beyond small tables, so they are easy to
test table-driven. Every parser returns ``None`` for input it does not understand
rather than raising: the extractor treats ``None`` as "not a number".
"""

from __future__ import annotations

import math

DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
# Small units multiply the digit before them; 万 and 亿 close a whole section.
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
SCALES: dict[str, int] = {**SMALL_UNITS, **BIG_UNITS}
# 兆 is 10^12 in Taiwan (2兆2,209亿元); only as a suffix scale, never inside a numeral,
# so 千兆 (gigabit) and 兆瓦 (megawatt) are not read as numbers.
SUFFIX_SCALES: dict[str, int] = {**SCALES, "兆": 10**12}

CN_DIGIT_CHARS = "".join(DIGITS)
CN_SCALE_CHARS = "".join(SCALES)
CN_NUMERAL_CHARS = CN_DIGIT_CHARS + CN_SCALE_CHARS


def scale_factor(scale: str) -> int | None:
    """``万亿`` → 10**12, ``千亿`` → 10**11: suffix scale words multiply."""
    factor = 1
    for ch in scale:
        if ch not in SUFFIX_SCALES:
            return None
        factor *= SUFFIX_SCALES[ch]
    return factor


def _finite(value: float | int) -> float | None:
    """``value`` as a float, or None past the float range: a 400-digit run is not a figure."""
    try:
        value = float(value)
    except OverflowError:
        return None
    return value if math.isfinite(value) else None


def parse_arabic(s: str) -> float | None:
    """``3,000`` → 3000, ``15.3`` → 15.3 (ASCII digits; ingest folds full-width)."""
    s = s.replace(",", "")
    try:
        return _finite(float(s))
    except ValueError:
        return None


def _parse_cn_integer(s: str) -> int | None:
    """Integer part of a Chinese numeral: ``一千二百`` 1200, ``三千亿`` 3e11, ``二〇二四`` 2024."""
    if not s:
        return None
    if all(ch in DIGITS for ch in s):
        # Positional digits (二〇二四). A two-digit run like 三四 is "three or four",
        # not 34; callers handle that through :func:`cn_approx_pair`.
        if len(s) == 1 or len(s) >= 3 or "〇" in s or "零" in s:
            return int("".join(str(DIGITS[ch]) for ch in s))
        return None
    total = 0  # finished 亿 sections
    section = 0  # finished part below the current 万/亿
    number = 0  # pending digit
    last_unit = 0  # value of the last small/big unit, for 一万二 = 12000
    zero_seen = False
    for ch in s:
        if ch in DIGITS:
            if number and not zero_seen and DIGITS[ch] != 0:
                return None  # 二三百 and the like: ambiguous
            number = DIGITS[ch]
            zero_seen = DIGITS[ch] == 0
            if zero_seen:
                number = 0
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            section += (number or 1) * unit  # bare 十 = 10, 百 = 100
            number = 0
            last_unit = unit
            zero_seen = False
        elif ch in BIG_UNITS:
            unit = BIG_UNITS[ch]
            section += number
            if section == 0 and total == 0:
                section = 1  # bare 万 = 10000 (but 一万亿: 亿 scales what came before)
            if unit == 100_000_000:
                total = (total + section) * unit
            else:
                total += section * unit
            section = 0
            number = 0
            last_unit = unit
            zero_seen = False
        else:
            return None
    if number:
        # 一万二 = 12000, 三千五 = 3500: a trailing digit right after a unit counts in
        # the next lower position. After 零 (一千零五) it is a plain unit digit.
        prev_char = s[-2] if len(s) >= 2 else ""
        if prev_char in SCALES and last_unit >= 10:
            number *= last_unit // 10
    return total + section + number


def parse_chinese(s: str) -> float | None:
    """Parse a Chinese numeral with an optional ``点`` decimal part.

    ``十二点五`` → 12.5, ``一千二百`` → 1200, ``两`` → 2, ``三千亿`` → 3e11.
    """
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        integer = _parse_cn_integer(whole)
        if integer is None or not frac or not all(ch in DIGITS for ch in frac):
            return None
        return _finite(float(f"{integer}." + "".join(str(DIGITS[ch]) for ch in frac)))
    value = _parse_cn_integer(s)
    return None if value is None else _finite(value)


def cn_approx_pair(s: str) -> tuple[int, int] | None:
    """``三四`` → (3, 4): two adjacent digits mean "three or four"."""
    if len(s) == 2 and all(ch in DIGITS for ch in s):
        a, b = DIGITS[s[0]], DIGITS[s[1]]
        if a and b == a + 1:
            return a, b
    return None


def is_bare_scale(s: str) -> bool:
    """``万``, ``百``, ``千亿``: a scale word with no digit, as in 万家灯火, 千行百业."""
    return bool(s) and all(ch in "百千万亿" for ch in s)


def parse_number(num: str, scale: str = "") -> float | None:
    """A number token (Arabic or Chinese) times an optional scale suffix (1.5 + 万亿)."""
    if not num:
        return None
    base = parse_arabic(num) if num[0].isascii() else parse_chinese(num)
    if base is None:
        return None
    factor = scale_factor(scale) if scale else 1
    if factor is None:
        return None
    try:
        return _finite(base * factor)
    except OverflowError:  # float * an int beyond the float range
        return None
