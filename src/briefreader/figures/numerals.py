"""Chinese and Arabic number parsing.

Pure functions, no regex state of their own beyond small tables, so they are easy to
test table-driven. Every parser returns ``None`` for input it does not understand
rather than raising: the extractor treats ``None`` as "not a number".
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
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
# 廿 20, 卅 30, 卌 40: one character for two (卅六億元 = 36億元, 十五至卅五萬元), in Taiwan's press and dates
TENS: dict[str, int] = {"廿": 2, "卅": 3, "卌": 4}
CN_NUMERAL_CHARS = CN_DIGIT_CHARS + CN_SCALE_CHARS + "".join(TENS)


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
    s = s.replace(",", "").replace("，", "")
    if " " in s or "\u2009" in s or "\xa0" in s or "\u202f" in s:  # 132 000 (Hong Kong government style)
        s = "".join(s.split()).replace("\u2009", "").replace("\u202f", "")
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
    value = _parse_mixed_integer(s)
    return None if value is None else int(value)


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
    """``万``, ``百``, ``千亿``: a scale word with no digit, as in 万家灯火, 千行百业 (and 兆, which
    the extractor reads as a number only before a currency: 上兆美元)."""
    return bool(s) and all(ch in "百千万亿兆" for ch in s)


@lru_cache(maxsize=8192)
def number_value(num: str, scale: str = "") -> float | None:
    """A number token (Arabic or Chinese) times an optional scale suffix (1.5 + 万亿).

    Cached: news repeats its numerals (两, 十, 1.5 + 万) and the extractor asks for each
    candidate. A decimal times a scale is computed in decimal, so 8697.38万 is
    86973800.0, not 86973799.99999999."""
    if not num:
        return None
    if len(num) > 1 and num[0] in "〇零" and all(ch in "〇零万亿" for ch in num):
        return None  # 〇〇万元: a placeholder (an amount left out), not 10,000
    base = parse_arabic(num) if num[0].isascii() else parse_chinese(num)
    if base is None:
        return None
    factor = scale_factor(scale) if scale else 1
    if factor is None:
        return None
    if factor != 1 and base != int(base):
        try:
            return _finite(float(Decimal(repr(base)) * factor))
        except (InvalidOperation, OverflowError):
            return None
    try:
        return _finite(base * factor)
    except OverflowError:  # float * an int beyond the float range
        return None


# Character folds that keep length (so offsets into the original stay valid): full-width
# digits and signs, Traditional and financial forms of the numerals and their units.
_FOLD_1TO1 = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # ！-～ → ASCII
_FOLD_1TO1.update(
    {
        ord(a): b
        for a, b in zip(
            "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩倆俩点點个個圓幾數",
            "一二二三三四五六六七八九十百千万亿两两两点点个个元几数",
            strict=False,
        )
    }
)
_FOLD_1TO1[0x3007] = 0x3007  # 〇 stays
_FOLD_1TO1.update({0xFE52: ord("."), 0x2024: ord(".")})  # the other full stops NFKC reads as ".": ﹒ (Big5 A144), ․
# Not length-preserving: only for parse_number, never applied to extract's text.
_FOLD_WIDE = {"廿": "二十", "卅": "三十", "卌": "四十"}
_SIGN = ("负", "負", "-", "−", "－")
# the scale words a decimal in words may be counted in (十二点五万, 一点五亿, 三点二五万亿, 四点五千万)
_DECIMAL_SCALES = "百千万亿兆"
_HEDGE_INSIDE_RE = re.compile(r"(?<=[\d零〇一二两三四五六七八九十百千万亿])[余多几](?=[十百千万亿兆]|$)")


def fold_numeral_chars(text: str) -> str:
    """Full-width, Traditional and financial numerals to their plain form, same length."""
    return text.translate(_FOLD_1TO1)


def _parse_mixed_integer(s: str) -> float | None:
    """Arabic runs mixed with Chinese units: 100万三千, 200亿零四千230, 1百01, 1万600."""
    tokens: list[tuple[str, float]] = []  # ("d", digit value) | ("a", arabic) | ("u", unit)
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isascii() and (ch.isdigit() or ch == "."):
            j = i
            while j < len(s) and s[j].isascii() and (s[j].isdigit() or s[j] == "."):
                j += 1
            value = parse_arabic(s[i:j])
            if value is None:
                return None
            # A decimal (10.1万) may only be followed by scale words to the end.
            if "." in s[i:j] and not all(c in SUFFIX_SCALES for c in s[j:]):
                return None
            tokens.append(("a", value))
            i = j
        elif ch in DIGITS:
            j = i
            while j < len(s) and s[j] in DIGITS:
                j += 1
            if j - i >= 3:  # 一一一万 = 111万: three or more digits in a row are written digit by digit
                tokens.append(("a", int("".join(str(DIGITS[c]) for c in s[i:j]))))
                i = j
                continue
            tokens.append(("d", DIGITS[ch]))
            i += 1
        elif ch in TENS:  # 卅六 = 三十六
            tokens += [("d", TENS[ch]), ("u", 10)]
            i += 1
        elif ch in SUFFIX_SCALES:  # 兆 = 10^12 here (五兆六十二亿); the extractor never sends it
            tokens.append(("u", SUFFIX_SCALES[ch]))
            i += 1
        else:
            return None
    # Big units (万 10^4, 亿 10^8, 兆 10^12) close sections: a larger one takes in the
    # sections below it (一千一百万一千亿 = (1100万 + 1000) × 亿; 一万亿 = 10^12), a
    # smaller one starts the next section (五兆六十二亿 = 5×10^12 + 62×10^8), and one
    # right after another multiplies (四万万 = 4×10^8).
    parts: list[tuple[float, int]] = []  # closed sections: (value, big unit)
    section = 0.0  # below the current big unit
    number: float | None = None
    small = 10**13  # the last small unit in this section: each must be smaller (十一十二)
    last_unit = 0
    prev_kind = ""
    after_unit = False  # the pending digit came right after a small unit (百二)
    for kind, value in tokens:
        if kind in "da":
            if number is not None and not (kind == "d" and value == 0) and prev_kind != "zero":
                return None  # two numbers in a row: 二三百, 3三
            number = value
            after_unit = kind == "d" and prev_kind == "u"
            prev_kind = "zero" if kind == "d" and value == 0 else kind
            continue
        unit = int(value)
        if unit < 10_000:
            if unit >= small:
                return None
            section += (number or 1) * unit  # bare 十 = 10; 一万零百一十一: 零百 = 100
            small, last_unit = unit, unit
        else:
            if number and after_unit and 10 <= last_unit < 10_000:
                number *= last_unit // 10  # 百二万 = 120万, 千五亿 = 1500亿
            section += number or 0
            adjacent = prev_kind == "u" and last_unit >= 10_000 and number is None and not section
            if adjacent and parts:  # 四万万, 一万亿: multiplies what came before
                val, _ = parts.pop()
            else:
                if parts and parts[-1][1] == unit:
                    return None  # 一万一万, 一亿一亿: two numbers
                val = section or (0 if parts else 1)  # bare 万 = 10000
                while parts and parts[-1][1] < unit:
                    val += parts.pop()[0]
                if not val:
                    return None
            parts.append((val * unit, unit))
            section, small, last_unit = 0.0, 10**13, unit
        number = None
        prev_kind = "u"
    if number:
        # 一万二 = 12000, 两千六 = 2600: a single trailing digit right after a unit.
        if prev_kind == "d" and tokens[-2][0] == "u" and last_unit >= 10:
            number *= last_unit // 10
    try:
        return sum(v for v, _ in parts) + section + (number or 0)
    except OverflowError:  # 亿亿亿…: past the float range, no figure (parse_number never raises)
        return None


def _parse_fraction(s: str) -> float | None:
    """五分之一 0.2, 三百五又三分之一 350.33, 1/2, 1 3/5, 负3分之负一百五十七 52.33."""
    m = re.fullmatch(r"(?:(?P<whole>.+?)又)?(?P<den>[^分]+)分之(?P<num>.+)", s)
    if m:
        den, num = parse_number(m["den"]), parse_number(m["num"])
        whole = parse_number(m["whole"]) if m["whole"] else 0.0
    else:
        # (1又1/2: the whole joined by 又 as in words, 一又二分之一)
        m = re.fullmatch(r"(?:(?P<whole>-?\d+)[ 又])?(?P<num>-?\d+)/(?P<den>\d+)", s)
        if not m:
            return None
        den, num = float(m["den"]), float(m["num"])
        whole = float(m["whole"]) if m["whole"] else 0.0
    if den is None or num is None or whole is None or den == 0:
        return None
    return _finite(whole + (num / den if whole >= 0 else -num / den))


def parse_number(text: str, scale: str = "") -> float | None:
    """The value of a written number, or None when it is not one number.

    Public API. Arabic, Chinese, mixed and full-width forms; Traditional and financial
    numerals; a sign; a 点 or ``.`` decimal; scale words: ``1.2万`` 12000, ``三千亿``
    3e11, ``一万二`` 12000, ``100万三千`` 1003000, ``壹佰贰拾`` 120, ``二〇〇二`` 2002,
    ``负一百二十万`` -1.2e6, ``３.５万`` 35000. A trailing 元/圆 (整) is allowed:
    ``壹拾壹元整`` 11, ``壹拾壹元壹角壹分`` 11.11.

    None for what is not one value: ``三四`` (three or four), ``十一十二`` (two numbers),
    ``数十亿`` (vague), ``点五``, ``10.1万零100``. ``scale`` multiplies the result
    (``parse_number("1.5", "万")`` is 15000).
    """
    if not text:
        return None
    mixed = re.fullmatch(r"\s*(-?\d+)\s+(\d+)/(\d+)\s*", text)  # 1 3/5
    if mixed and int(mixed[3]):
        whole, num, den = (int(g) for g in mixed.groups())
        return _finite(whole + (num / den if whole >= 0 else -num / den))
    s = "".join(text.split()).translate(_FOLD_1TO1)
    for old, new in _FOLD_WIDE.items():
        s = s.replace(old, new)
    s = s.replace(",", "")
    if "分之" in s or "/" in s:
        return _parse_fraction(s)
    # 十余万, 一千多万, 二十几万, 一百零几万: the number as written; the hedge ("more
    # than") is the extractor's to keep. 几十, 数百 (vague from the start) stay None.
    s = _HEDGE_INSIDE_RE.sub("", s)
    sign = 1.0
    if s.startswith(_SIGN):
        sign, s = -1.0, s[1:]
    cents = 0.0
    if s[-1:] in "整正" and s[-2:-1] in ("元", "圆"):
        s = s[:-1]
    for mark in ("元", "圆"):
        if mark in s:
            s, _, tail = s.partition(mark)
            jiao = fen = 0
            if tail:
                m = re.fullmatch(r"(?:([零一二两三四五六七八九\d])[角毛])?(?:零?([一二两三四五六七八九\d])分)?", tail)
                if not m or not tail:
                    return None
                jiao = (DIGITS.get(m[1]) if m[1] in DIGITS else int(m[1])) if m[1] else 0
                fen = (DIGITS.get(m[2]) if m[2] in DIGITS else int(m[2])) if m[2] else 0
            cents = jiao / 10 + fen / 100
            break
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        # 十二点五万, 三点二五亿, 12点5万: a decimal said in words, then the scale words it is counted in (as 12.5万)
        digits_end = len(frac)
        while digits_end and frac[digits_end - 1] in _DECIMAL_SCALES:
            digits_end -= 1
        frac, after = frac[:digits_end], frac[digits_end:]
        if not whole or not frac:
            return None
        integer = _parse_whole(whole)
        if integer is None:
            return None
        if all(ch in DIGITS for ch in frac):
            digits = "".join(str(DIGITS[ch]) for ch in frac)
        elif frac.isascii() and frac.isdigit():
            digits = frac
        else:
            return None
        factor = scale_factor(after) if after else 1
        if factor is None:
            return None
        try:  # in decimal: 十二点五万 is 125000.0, not 124999.99999999999
            value = _finite(float(Decimal(f"{int(integer)}.{digits}") * factor))
        except (InvalidOperation, OverflowError):
            return None
    else:
        value = _parse_whole(s)
    if value is None:
        return None
    value = sign * (value + cents)
    if scale:
        factor = scale_factor(scale)
        if factor is None:
            return None
        value *= factor
    return _finite(value)


def _parse_whole(s: str) -> float | None:
    if all(ch in DIGITS for ch in s):
        if len(s) == 2:  # 一一 is 11; 三四, 三五 are "three or four (five)"
            return None if approx_pair_bounds(s) else float(DIGITS[s[0]] * 10 + DIGITS[s[1]])
        return parse_chinese(s)
    if s.isascii():
        return parse_arabic(s)
    value = _parse_mixed_integer(s)
    return _finite(value) if value is not None else None


def approx_pair_bounds(num: str) -> tuple[float, float] | None:
    """三四十 → (30, 40), 十七八 → (17, 18), 八九 → (8, 9), 三五百 → (300, 500).

    Two adjacent digits, the second one (or, for 三五, two) above the first, read as
    "this or that": each bound is the numeral with one of them.
    """
    for i in range(len(num) - 1):
        a, b = num[i], num[i + 1]
        if a in DIGITS and b in DIGITS and DIGITS[a] and (DIGITS[b] - DIGITS[a] == 1 or (a, b) == ("三", "五")):
            if i + 2 < len(num) and num[i + 2] in DIGITS:
                return None
            low = parse_chinese(num[: i + 1] + num[i + 2 :])
            high = parse_chinese(num[:i] + num[i + 1 :])
            if low is not None and high is not None and low < high:
                return low, high
            return None
    return None
