"""The query language of PRODUCT.md section 6, shared by the TUI filter and the CLI.

A query is a list of terms separated by white space; a briefing matches when every
term does (there is no OR)::

    直播 电商             every word appears in the title or body
    "信息消费节"           exact phrase (may contain spaces; “…” works too)
    -广告  -"线下活动"     negation; works on any term, e.g. -topic:ai
    topic:元宇宙          topic by id, Chinese label or English label; a unique prefix
                          is enough (topic:live → live_streaming)
    source:新民晚报        substring of the outlet; source:"a b" for spaces
    date:2025  date:2025-05  date:2025-05-17
    after:2023-01-01  before:2024
    is:bookmarked  has:note
    is:unread  is:read  is:new   (new: first seen in this session, i.e. arrived since the last)
    is:duplicate          briefings that have another version (the same story elsewhere)
    story:ID              every version of the story briefing ID is in (any version's id;
                          a prefix, as the CLI takes ids: each briefing it starts and theirs)
    money>1000亿  money>=5e8  percent>=10  percent<-5  area>1平方公里  count>100

A word or phrase "appears" when its Chinese characters, letters and digits occur in
that order with only punctuation or spaces between them (textsearch.py has the exact
rule): Chinese matches anywhere, a Latin word or number from its start, and the last
one as a prefix, so "AI+消费" finds "ai消费" and "digi" finds "digital" as you type.

Matching is case-, width- and script-insensitive: query words are converted to
Simplified (OpenCC t2s) and folded (full-width letters/digits to ASCII, casefold);
briefing text is already Simplified and is folded once per briefing (cached by
id + fingerprint).

Dates respect the briefing's precision: a briefing dated "2023" (year precision) is
the whole interval 2023-01-01..2023-12-31, and a term matches only when the whole
interval satisfies it. ``date:X`` means inside X; ``after:X`` means strictly after the
last day of X; ``before:X`` strictly before the first day of X. So a 2023 briefing is
``after:2022-12-31`` and ``before:2024`` but not ``after:2023-06-01`` nor
``date:2023-05``. Briefings without a date match no date term.

Figure terms compare a number (with Chinese scale words 万, 亿, 千亿, 万亿; or
``5e8``; or in Chinese numerals as the figures parser reads them: 十亿, 三千亿元,
一千二百家, 百分之十二点五) against ``Figure.value`` of the briefing's figures of that kind, any one of
which may satisfy the term. Units: percent in percent points, area in square metres
(平方公里, 公顷, 亩, km2 are converted), count as a plain number (a trailing measure word
such as 家 is ignored). Money is never converted between currencies (no rate is
guessed): a bound with a currency compares that currency's figures only
(``money>100亿美元``: USD figures over 10 bn USD; 美元, 港币, 日元, USD, HK$ … as
figures/units.py reads them, after the number or before it as the extractor reads them,
``money>USD5亿``, ``money>人民币100亿元``, ``money>100亿元人民币``; 元 / 人民币 / RMB
mean CNY, and 元 beside another currency is its unit word, so a Hong Kong briefing's
bare 元, read as HKD, is not 元 here); a bound without one (``money>100亿``), or with a
bare ``$`` or ``¥`` (whose dollar or yuan/yen the text's region decides), compares every
money figure's number as written, whatever its currency.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING, Any, Literal, Protocol, Union

from .model import Briefing, Topic
from .punct import HAN_BASIC, HAN_EXT_A
from .textsearch import fold, needle_form, normalize_term, search_form

if TYPE_CHECKING:
    from .stories import StoryMap

# --- errors ------------------------------------------------------------------------


class QuerySyntaxError(ValueError):
    """A query that cannot be understood.

    ``position`` is the 0-based offset of the offending character in the query text;
    the message shows it 1-based as ``col N`` for people.
    """

    def __init__(self, position: int, reason: str) -> None:
        super().__init__(f"col {position + 1}: {reason}")
        self.position = position
        self.reason = reason


class FiguresPending(QuerySyntaxError):
    """A figure term the index cannot answer yet: its rows' figures are still being read
    (a cold start's second pass, index schema 26). Shown as a query's error, never as an
    empty list. ``done`` of ``total`` rows have their figures."""

    def __init__(self, position: int, done: int, total: int) -> None:
        super().__init__(position, f"figures still being read ({done} of {total})")
        self.done, self.total = done, total


# --- AST ---------------------------------------------------------------------------
# ``pos`` is where the term's value starts in the query text; it is only for error
# messages, so it takes no part in equality (two queries with the same terms are
# the same query, which is what refinement checks rely on).


@dataclass(frozen=True, slots=True)
class Text:
    needle: str  # Simplified and folded
    quoted: bool = False
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class TopicTerm:
    label: str  # folded; resolved against the taxonomy by compile_query
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class SourceTerm:
    needle: str
    pos: int = field(default=0, compare=False)


DateOp = Literal["on", "after", "before"]


@dataclass(frozen=True, slots=True)
class DateTerm:
    op: DateOp
    first: dt.date  # the interval the written date stands for
    last: dt.date
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class MarkTerm:
    mark: Literal["bookmarked", "note", "read", "unread", "new"]
    pos: int = field(default=0, compare=False)


CompareOp = Literal[">", ">=", "<", "<=", "="]


@dataclass(frozen=True, slots=True)
class StoryTerm:
    """``story:ID`` (``of`` is the briefing id as typed) or ``is:duplicate`` (``of`` None)."""

    of: str | None
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class FigureTerm:
    kind: Literal["money", "percent", "area", "count"]
    op: CompareOp
    value: float
    unit: str = ""  # money: the ISO code the bound names (CNY, USD …); "" compares every currency
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Not:
    term: "Atom"
    pos: int = field(default=0, compare=False)


Atom = Union[Text, TopicTerm, SourceTerm, DateTerm, MarkTerm, StoryTerm, FigureTerm]
Term = Union[Atom, Not]


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.terms


# --- parsing -----------------------------------------------------------------------

FIELDS = ("topic", "source", "date", "after", "before", "is", "has", "story")
FIGURE_KINDS = ("money", "percent", "area", "count")
_FIELD_LIST = ", ".join(FIELDS + FIGURE_KINDS)

# Opening quote -> the quotes that may close it. Chinese input methods type “ ”.
_QUOTES = {'"': '"', "“": '”"', "”": '”"', "＂": '＂"', "「": "」", "『": "』"}
_COLONS = ":："
_MINUS = "-－"

_FIELD_RE = re.compile(r"([A-Za-z]+)[:：]")
_COMPARE_RE = re.compile(r"([A-Za-z]+)(>=|<=|=>|=<|==|>|<|=|＞＝|＜＝|＞|＜|＝)")


def parse(text: str) -> Query:
    """Parse a query; raises :class:`QuerySyntaxError` (and nothing else) on mistakes."""
    return Query(tuple(_Parser(text).terms()))


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0

    def terms(self) -> list[Term]:
        terms: list[Term] = []
        while True:
            self._skip_space()
            if self.i >= len(self.text):
                return terms
            terms.append(self._term())

    def _skip_space(self) -> None:
        while self.i < len(self.text) and self.text[self.i].isspace():
            self.i += 1

    def _term(self) -> Term:
        start = self.i
        if self.text[start] in _MINUS:
            self.i += 1
            if self.i >= len(self.text) or self.text[self.i].isspace():
                raise QuerySyntaxError(start, "expected a word after '-'")
            if self.text[self.i] in _MINUS:
                raise QuerySyntaxError(self.i, "double negation '--'")
            return Not(self._atom(), pos=start)
        return self._atom()

    def _atom(self) -> Atom:
        start = self.i
        if self.text[start] in _QUOTES:
            phrase = self._quoted()
            return Text(_text_needle(phrase, start), quoted=True, pos=start)
        word = self._word()
        m = _FIELD_RE.match(word)
        # "CEO：张三" is text; only a known field may use the full-width colon.
        if m and (word[m.end() - 1] == ":" or m.group(1).lower() in FIELDS):
            return self._field(m.group(1), start, start + m.end(), word[m.end() :])
        if m := _COMPARE_RE.match(word):
            op = unicodedata.normalize("NFKC", m.group(2))
            return self._figure(m.group(1), op, start, start + m.end(), word[m.end() :])
        return Text(_text_needle(word, start), pos=start)

    def _word(self) -> str:
        """Characters up to white space or a quote (a quote starts a new term)."""
        start = self.i
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch.isspace() or ch in _QUOTES:
                break
            self.i += 1
        return self.text[start : self.i]

    def _quoted(self) -> str:
        start = self.i
        closers = _QUOTES[self.text[start]]
        end = start + 1
        while end < len(self.text) and self.text[end] not in closers:
            end += 1
        if end >= len(self.text):
            raise QuerySyntaxError(start, "unterminated quote")
        self.i = end + 1
        return self.text[start + 1 : end]

    def _value(self, name: str, name_pos: int, rest: str) -> str:
        """The value of ``name:``: the rest of the word, or a quoted string right after."""
        if not rest and self.i < len(self.text) and self.text[self.i] in _QUOTES:
            return self._quoted()
        if not rest:
            raise QuerySyntaxError(name_pos, f"missing value after {name}:")
        return rest

    def _field(self, raw_name: str, name_pos: int, pos: int, rest: str) -> Atom:
        name = raw_name.lower()
        if name not in FIELDS:
            hint = " (use money>…)" if name in FIGURE_KINDS else ""
            raise QuerySyntaxError(name_pos, f'unknown field "{raw_name}" (expected {_FIELD_LIST}){hint}')
        value = self._value(name, name_pos, rest)
        if name == "topic":
            return TopicTerm(_needle(value, pos), pos=pos)
        if name == "source":
            return SourceTerm(_needle(value, pos), pos=pos)
        if name in ("date", "after", "before"):
            first, last = _parse_date(value, pos)
            op: DateOp = "on" if name == "date" else name  # type: ignore[assignment]
            return DateTerm(op, first, last, pos=pos)
        if name == "story":  # a briefing id as written: ids are file paths, not folded
            if not value.strip():
                raise QuerySyntaxError(pos, "empty briefing id after story:")
            return StoryTerm(value.strip(), pos=pos)
        if name == "is" and value.lower() in ("duplicate", "duplicated", "dup"):
            return StoryTerm(None, pos=pos)
        return _mark(name, value, pos)

    def _figure(self, raw_kind: str, op: str, kind_pos: int, pos: int, rest: str) -> Atom:
        kind = raw_kind.lower()
        if kind not in FIGURE_KINDS:
            if kind in FIELDS:
                reason = f'"{raw_kind}" takes a colon, e.g. {kind}:…'
            else:
                reason = f'unknown figure kind "{raw_kind}" (expected {", ".join(FIGURE_KINDS)})'
            raise QuerySyntaxError(kind_pos, reason)
        if not rest:
            raise QuerySyntaxError(pos, f"missing number after {raw_kind}{op}")
        op = {"=>": ">=", "=<": "<=", "==": "="}.get(op, op)
        unit = _currency_of(rest, pos) if kind == "money" else ""
        return FigureTerm(kind, op, _parse_amount(kind, rest, pos), unit, pos=pos)  # type: ignore[arg-type]


def _needle(raw: str, pos: int) -> str:
    needle = normalize_term(raw.strip())
    if not needle:
        raise QuerySyntaxError(pos, "empty phrase" if not raw.strip() else "empty word")
    return needle


def _text_needle(raw: str, pos: int) -> str:
    needle = _needle(raw, pos)
    if needle_form(needle) is None:  # words match by their letters, digits and hanzi
        raise QuerySyntaxError(pos, f'nothing to search for in "{raw.strip()}" (only punctuation)')
    return needle


def _mark(name: str, value: str, pos: int) -> MarkTerm:
    value = value.lower()
    if name == "is" and value in ("bookmarked", "bookmark"):
        return MarkTerm("bookmarked", pos=pos)
    if name == "is" and value in ("read", "unread", "new"):
        return MarkTerm(value, pos=pos)  # type: ignore[arg-type]
    if name == "has" and value in ("note", "notes"):
        return MarkTerm("note", pos=pos)
    expected = "bookmarked, unread, read, new or duplicate" if name == "is" else "note"
    raise QuerySyntaxError(pos, f'unknown value "{value}" for {name}: (expected {expected})')


# --- dates -------------------------------------------------------------------------

_RANGE_MARK = re.compile(r"\d\s*(?:\.\.|[~～至到—–]|-(?=\d{4}))\s*\d")
_DATE_RE = re.compile(r"(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$")


def _parse_date(value: str, pos: int) -> tuple[dt.date, dt.date]:
    """``2025`` / ``2025-05`` / ``2025-05-17`` (or 2025年5月17日) as an interval."""
    m = _DATE_RE.match(unicodedata.normalize("NFKC", value))
    if not m:
        # (a range typed as one value, date:2021-06..2021-07, is two terms: review s47 newuser U2)
        ranged = "; a range is two terms: after:X before:Y" if _RANGE_MARK.search(value) else ""
        raise QuerySyntaxError(pos, f'bad date "{value}" (expected YYYY, YYYY-MM or YYYY-MM-DD{ranged})')
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)  # type: ignore[arg-type]
        if day is None:
            first = dt.date(year, month, 1)  # type: ignore[arg-type]
            return first, _month_end(first)
        day_date = dt.date(year, month, day)  # type: ignore[arg-type]
        return day_date, day_date
    except ValueError:
        raise QuerySyntaxError(pos, f'no such date "{value}"') from None


def _month_end(first: dt.date) -> dt.date:
    if first.month == 12:
        return dt.date(first.year, 12, 31)
    return dt.date(first.year, first.month + 1, 1) - dt.timedelta(days=1)


def briefing_interval(b: Briefing) -> tuple[dt.date, dt.date] | None:
    """The days a briefing's date may stand for, given its precision."""
    if b.date is None:
        return None
    if b.date_precision == "year":
        return dt.date(b.date.year, 1, 1), dt.date(b.date.year, 12, 31)
    if b.date_precision == "month":
        first = dt.date(b.date.year, b.date.month, 1)
        return first, _month_end(first)
    return b.date, b.date


# --- amounts -----------------------------------------------------------------------

_NUMBER_RE = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)(e[+-]?[0-9]+)?", re.I)
_LATIN_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
MAX_AMOUNT = 64  # characters: no amount is longer, and the unit rules stay linear


def _query_form(word: str) -> str:
    return unicodedata.normalize("NFKC", word).lower()


@functools.cache
def _currency_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(written after the number, written before it), longest first, as a query folds them.

    From figures/units.py, the extractor's own tables: 港币, 新台币, 英镑, 元, usd, rmb
    after; us$, hk$, ¥, and the codes and words the extractor reads before a number too
    (USD5亿, 人民币100亿元: review s17 R11, refused as "expected a number") before.
    """
    from .figures.units import BARE_CURRENCY_WORDS, CURRENCIES, CURRENCY_CODES, CURRENCY_SYMBOLS

    after = {_query_form(w) for w in (*CURRENCIES, *BARE_CURRENCY_WORDS, *CURRENCY_CODES, *CURRENCY_SYMBOLS)}
    before = {_query_form(w) for w in (*CURRENCY_SYMBOLS, *CURRENCY_CODES, *CURRENCIES)}
    return (tuple(sorted(after, key=len, reverse=True)), tuple(sorted(before, key=len, reverse=True)))


def _starts_number(char: str) -> bool:
    """What an amount may start with after a currency written before it: a digit, or a
    Chinese numeral (人民币一百亿元, 人民币廿亿元, financial 壹佰) that figures.parse_number
    then reads. From figures.numerals, the parser's own tables: a second hand-written
    list here had already drifted from them (review s18 R8)."""
    from .figures.numerals import CN_NUMERAL_CHARS, fold_numeral_chars

    folded = fold_numeral_chars(char)
    return len(folded) == 1 and (folded in "0123456789." or folded in CN_NUMERAL_CHARS)


def _currency_before(text: str) -> str:
    """The currency written before the amount (``us$``, ``usd``, ``人民币``), or ""."""
    for symbol in _currency_words()[1]:
        if text.startswith(symbol) and _starts_number(text[len(symbol) : len(symbol) + 1]):
            return symbol
    return ""


def _currencies_after(text: str) -> tuple[str, list[str]]:
    """``text`` without the currency words at its end (at most two: 100亿元人民币, as the
    extractor reads 元 then 人民币), and those words in their order."""
    words: list[str] = []
    for _ in range(2):
        word = next((w for w in _currency_words()[0] if text.endswith(w) and len(text) > len(w)), "")
        if not word:
            break
        words.insert(0, word)
        text = text[: -len(word)]
    return text, words


_BARE_SIGNS = frozenset({"$", "¥", "￥"})


@functools.cache
def _currency_codes() -> dict[str, str]:
    """A currency as a query writes it (folded, Simplified) → the ISO code the extractor
    gives a figure in it: figures/units.py's words, symbols and codes, every code it
    gives, and the bare words, which mean the mainland's currency here (元, 块钱 → CNY;
    蚊, the Cantonese dollar → HKD)."""
    from .figures.units import CURRENCIES, CURRENCY_CODES, CURRENCY_SYMBOLS

    table: dict[str, str] = {}
    for words in (CURRENCIES, CURRENCY_CODES, CURRENCY_SYMBOLS):
        table |= {_query_form(word): code for word, code in words.items()}
    table |= {_query_form(code): code for code in set(table.values())}
    return table | {"元": "CNY", "圆": "CNY", "块钱": "CNY", "蚊": "HKD"}


def _currency_of(raw: str, pos: int = 0) -> str:
    """The ISO code of the currency a money bound names (``100亿美元`` → USD, ``US$5m`` →
    USD, ``USD5亿`` → USD, ``100亿元人民币`` → CNY, ``1亿元`` → CNY); "" when it names none
    (``100亿``, ``5e8``). Two currencies that differ (``USD5亿日元``) are refused."""
    from .figures.units import BARE_CURRENCY_WORDS

    text = _query_form(raw).strip()
    if any("\u3400" <= ch <= "\u9fff" for ch in text):
        from .hanzi import to_simplified

        text = to_simplified(text)
    codes = _currency_codes()
    before = _currency_before(text)
    _, after = _currencies_after(text[len(before) :])
    # a bare 元 beside a currency named (USD5亿元, 100亿元人民币) is its unit word, not CNY
    named = {codes.get(w, "") for w in (before, *after) if w and w not in _BARE_SIGNS and w not in BARE_CURRENCY_WORDS}
    if len(named) > 1:
        raise QuerySyntaxError(pos, f'two currencies in "{raw}"')
    if named:
        return named.pop()
    if before:
        # a bare sign names no one currency: $ is the US, Hong Kong, Taiwan and Singapore dollar by the text's
        # region, ¥ the yuan or the yen (review s17 R3: money>$100 missed a Hong Kong briefing's $350)
        return ""
    return codes.get(after[-1], "") if after else ""


@functools.cache
def _area_units() -> tuple[tuple[str, float], ...]:
    """Area words → square metres, longest first: figures/units.py's table (坪, 平方呎 …)
    plus ``ha``, which people type but Chinese text does not write."""
    from .figures.units import AREAS

    table = {_query_form(unit): factor for unit, factor in AREAS.items()} | {"ha": 1e4}
    return tuple(sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True))


def _parse_amount(kind: str, raw: str, pos: int) -> float:
    if len(raw) > MAX_AMOUNT:
        raise QuerySyntaxError(pos, f"amount longer than {MAX_AMOUNT} characters")
    text = _query_form(raw).strip()
    if any("\u3400" <= ch <= "\u9fff" for ch in text):  # 港幣 → 港币, as the tables write it
        from .hanzi import to_simplified

        text = to_simplified(text)
    if kind == "percent" and text[:1] in ("-", "\u2212") and text[1:2].isdigit():
        # a fall: declines are stored signed (下降20% → -20), so percent<-5 asks for falls of
        # more than 5% (tester s16 U7: "expected a number"); money and counts stay unsigned
        return -_parse_amount(kind, raw.strip()[1:], pos + 1)
    if text[:1] in ("-", "\u2212"):  # money>-5, percent<--5 (read as 5 before)
        raise QuerySyntaxError(pos, f'expected a number, not "{raw}"')
    if kind == "money":  # US$5亿, ¥100万, USD5亿, 人民币100亿元
        text = text[len(_currency_before(text)) :]
    m = _NUMBER_RE.match(text)
    if not m:
        value = _chinese_amount(kind, text)  # money>十亿, count>一千二百家, percent>百分之十
        if value is None:
            raise QuerySyntaxError(pos, f'expected a number, not "{raw}"')
        if not math.isfinite(value):
            raise QuerySyntaxError(pos, f'number too large: "{raw}"')
        return value
    try:
        number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    except ValueError:
        raise QuerySyntaxError(pos, f'expected a number, not "{raw}"') from None
    suffix = text[m.end() :]
    multiplier = _unit_multiplier(kind, suffix)
    if multiplier is None:
        raise QuerySyntaxError(pos + m.end(), f'cannot read "{raw}" as a {kind} amount')
    value = number * multiplier
    if not math.isfinite(value):
        raise QuerySyntaxError(pos, f'number too large: "{raw}"')
    return value


def _chinese_amount(kind: str, text: str) -> float | None:
    """An amount written in Chinese numerals (十亿, 三千亿元, 两千万美元, 一千二百家,
    百分之十二点五), read by the figures' own parser (figures.parse_number): the longest
    start that is one number, with a unit after it that ``kind`` reads. None otherwise."""
    from .figures import parse_number

    if kind == "percent" and text.startswith("百分之"):
        value = parse_number(text[3:])
        return value if value is not None and value >= 0 else None
    for end in range(len(text), 0, -1):
        value = parse_number(text[:end])
        if value is None or value < 0:
            continue
        multiplier = _unit_multiplier(kind, text[end:])
        if multiplier is not None:
            return value * multiplier
    return None


def _unit_multiplier(kind: str, suffix: str) -> float | None:
    """What ``suffix`` multiplies the number by for ``kind``; None when unreadable."""
    if kind == "percent":
        return 1.0 if suffix in ("", "%", "percent") else None
    if kind == "money":  # 亿美元, 亿元人民币 (元 then 人民币, as the extractor reads them)
        suffix = _currencies_after(suffix)[0] if suffix not in _currency_words()[0] else ""
        return _LATIN_SCALE.get(suffix) or _cjk_scale(suffix)
    if kind == "area":
        for unit, factor in _area_units():
            if suffix.endswith(unit):
                scale = _cjk_scale(suffix[: -len(unit)])
                return None if scale is None else scale * factor
        return 1.0 if suffix == "" else None
    # count: scale words, then an optional measure word (家, 个, 人次 …) that we ignore
    m = _COUNT_SUFFIX_RE.match(suffix)
    return _cjk_scale(m.group(1)) if m else None


def _cjk_scale(suffix: str) -> float | None:
    """``""`` → 1, ``万`` → 1e4, ``千亿`` → 1e11; None otherwise (the figures' one rule)."""
    from .figures.numerals import scale_factor

    factor = scale_factor(suffix.replace("萬", "万").replace("億", "亿"))
    if factor is None:
        return None
    try:
        return float(factor)
    except OverflowError:  # 亿亿亿…: past the float range; the caller says "number too large"
        return math.inf


_COUNT_SUFFIX_RE = re.compile(f"([十百千万萬亿億]*)[{HAN_EXT_A}{HAN_BASIC}]*$")


# --- evaluation --------------------------------------------------------------------


class Marks(Protocol):
    """The notes store as the query language sees it."""

    def is_bookmarked(self, id: str) -> bool: ...

    def has_note(self, id: str) -> bool: ...

    # Read state is keyed by fingerprint (it follows renamed files): readstate.StateMarks.
    def is_read(self, fingerprint: str) -> bool: ...

    def is_new(self, fingerprint: str) -> bool: ...


class _NoMarks:
    def is_bookmarked(self, id: str) -> bool:
        return False

    def has_note(self, id: str) -> bool:
        return False

    def is_read(self, fingerprint: str) -> bool:
        return False

    def is_new(self, fingerprint: str) -> bool:
        return False


NO_MARKS: Marks = _NoMarks()


class Search(Protocol):
    """Answers word and figure terms for list entries (briefings with ``loaded``
    False, whose text and figures are not in memory) as sets of ``Briefing.key``:
    library.IndexSearch. None means it cannot answer, and such a term then matches
    no list entry."""

    def words(self, needle: str) -> set[int] | None: ...

    def figures(self, kind: str, op: str, value: float, unit: str = "") -> set[int] | None: ...


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """The folded title and body of one briefing held in full, which text terms search."""

    form: str  # title and body as textsearch.search_form
    origin: str  # the Briefing.text these were made from (the same object, no copy)


_docs: dict[tuple[str, str], SearchDoc] = {}
_docs_lock = threading.Lock()


def search_doc(b: Briefing) -> SearchDoc:
    """Folded title and body, computed once per briefing.

    Keyed by (id, fingerprint); the identity check on the text catches a different
    Briefing object under the same key (re-ingested by a newer pipeline, or a test).
    """
    key = (b.id, b.fingerprint)
    doc = _docs.get(key)
    if doc is None or doc.origin is not b.text:
        doc = SearchDoc(search_form(fold(b.title) + "\n" + fold(b.text)), b.text)
        with _docs_lock:
            _docs[key] = doc
    return doc


@functools.lru_cache(maxsize=4096)  # a corpus has a few hundred outlets; entries share the strings
def source_form(source: str) -> str:
    """A source as ``source:`` compares it, folded and in Simplified script."""
    return normalize_term(source)


Predicate = Callable[[Briefing, Marks], bool]

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b or math.isclose(a, b),
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b or math.isclose(a, b),
    "=": math.isclose,
}


def resolve_topic(term: TopicTerm, taxonomy: dict[str, Topic]) -> str:
    """The topic id a ``topic:`` value names: exact id/label, else a unique prefix."""
    names = {topic_id: {fold(topic_id), normalize_term(t.zh), fold(t.en)} for topic_id, t in taxonomy.items()}
    for topic_id, labels in names.items():
        if term.label in labels:
            return topic_id
    found = [tid for tid, labels in names.items() if any(n.startswith(term.label) for n in labels)]
    if len(found) == 1:
        return found[0]
    if found:
        raise QuerySyntaxError(term.pos, f'ambiguous topic "{term.label}" ({", ".join(found)})')
    expected = ", ".join(taxonomy) or "no topics configured"
    raise QuerySyntaxError(term.pos, f'unknown topic "{term.label}" (expected {expected})')


def _lazy(compute: Callable[[], set[int] | None]) -> Callable[[], set[int]]:
    """A set computed on first use: an index search only when a list entry asks."""
    box: list[set[int]] = []

    def get() -> set[int]:
        if not box:
            box.append(compute() or set())
        return box[0]

    return get


def _negated(inner: Predicate) -> Predicate:
    return lambda b, marks: not inner(b, marks)


StorySource = Callable[[], "StoryMap"]  # called once per compiled story term (stories.StoryMap)


def _story_predicate(term: StoryTerm, stories: StorySource | None) -> Predicate:
    test = _story_id_test(term, stories)
    return lambda b, marks: test(b.id)


def _story_id_test(term: StoryTerm, stories: StorySource | None) -> Callable[[str], bool]:
    """A story term's test of a briefing's id (all it reads): a column-wise list's
    filter runs it over its id column."""
    if stories is None:
        raise QuerySyntaxError(term.pos, "story terms need the briefings' stories, which are not known here")
    try:
        found = stories()
    except FiguresPending as exc:  # a cold start's second pass still reads them (across.story_map)
        raise FiguresPending(term.pos, exc.done, exc.total) from None
    if term.of is None:
        return found.duplicates().__contains__
    # An id as the CLI takes it, a prefix ("story:97" for 97_xinhua_…; typed in the
    # filter, it narrows as it goes): each briefing it starts, and every version of
    # their stories. Only briefings with other versions are in the map.
    of, story = term.of, found.story
    stories_of = {sid for bid, sid in story.items() if bid.startswith(of)}
    return lambda i: i.startswith(of) or story.get(i) in stories_of


def memory_stories(briefings: Sequence[Briefing]) -> StorySource | None:
    """The stories of briefings held in full (no index), computed on first use from
    their text; None when some are list entries (their text is in the index's rows)."""
    if not all(b.loaded for b in briefings):
        return None
    box: list[StoryMap] = []

    def get() -> StoryMap:
        if not box:
            from .stories import StoryMap

            ordered = sorted(briefings, key=lambda b: (b.key or 0, b.path, b.entry))
            box.append(StoryMap.from_texts((b.id, b.title, b.text) for b in ordered))
        return box[0]

    return get


def _compile_atom(
    term: Atom, taxonomy: dict[str, Topic], search: Search | None, stories: StorySource | None = None
) -> Predicate:
    if isinstance(term, Text):
        needle, form = term.needle, needle_form(term.needle)
        assert form is not None  # parse refuses a word with nothing to search for
        hits = _lazy(lambda: search.words(needle) if search else None)
        return lambda b, marks: (form in search_doc(b).form) if b.loaded else (b.key in hits())
    if isinstance(term, TopicTerm):
        topic_id = resolve_topic(term, taxonomy)
        return lambda b, marks: topic_id in b.topics
    if isinstance(term, SourceTerm):
        needle = term.needle
        return lambda b, marks: needle in source_form(b.source)
    if isinstance(term, DateTerm):
        return _date_predicate(term)
    if isinstance(term, MarkTerm):
        if term.mark == "bookmarked":
            return lambda b, marks: marks.is_bookmarked(b.id)
        if term.mark == "read":
            return lambda b, marks: marks.is_read(b.fingerprint)
        if term.mark == "unread":
            return lambda b, marks: not marks.is_read(b.fingerprint)
        if term.mark == "new":
            return lambda b, marks: marks.is_new(b.fingerprint)
        return lambda b, marks: marks.has_note(b.id)
    if isinstance(term, StoryTerm):
        return _story_predicate(term, stories)
    return _figure_predicate(term, search)


def _date_predicate(term: DateTerm) -> Predicate:
    def test(b: Briefing, marks: Marks) -> bool:
        span = briefing_interval(b)
        if span is None:
            return False
        first, last = span
        if term.op == "after":
            return first > term.last
        if term.op == "before":
            return last < term.first
        return term.first <= first and last <= term.last

    return test


def figure_hits(search: Any, term: FigureTerm, *, array: bool = False) -> Any:
    """``search``'s answer for a figure term: the currency is passed only when the term
    names one (a Search that predates currencies answers the rest)."""
    ask = search.figure_array if array else search.figures
    if term.unit:
        return ask(term.kind, term.op, term.value, unit=term.unit)
    return ask(term.kind, term.op, term.value)


def _figure_predicate(term: FigureTerm, search: Search | None) -> Predicate:
    compare = _COMPARE[term.op]
    unit = term.unit

    def answer() -> set[int] | None:
        found = figure_hits(search, term) if search else None
        if found is None:  # the index could not answer: while its figures are being read, say so
            pending = getattr(search, "pending", None)
            progress = pending() if pending is not None else None
            if progress is not None and progress[0]:
                raise FiguresPending(term.pos, progress[1] - progress[0], progress[1])
        return found

    hits = _lazy(answer)

    def test(b: Briefing, marks: Marks) -> bool:
        if not b.loaded:
            return b.key in hits()
        for fig in b.figures:
            if fig.kind != term.kind or (unit and fig.unit != unit):
                continue
            # A range without a single value ("300亿至500亿元") may match by either end.
            values = [fig.value] if fig.value is not None else [fig.low, fig.high]
            if any(v is not None and compare(v, term.value) for v in values):
                return True
        return False

    return test


def _cost(term: Term) -> int:
    """Cheap terms first so that most briefings never reach the substring scans."""
    atom = term.term if isinstance(term, Not) else term
    return 1 if isinstance(atom, (Text, SourceTerm)) else 0


def compile_parsed(
    query: Query, *, taxonomy: dict[str, Topic], search: Search | None = None, stories: StorySource | None = None
) -> Predicate:
    """A predicate for a parsed query (QuerySyntaxError for an unknown topic).

    ``search`` answers word and figure terms for list entries (see :class:`Search`);
    ``stories`` gives the stories story terms read (across.story_map: the index's, or
    :func:`memory_stories`), called only when the query has one.
    """
    predicates: list[Predicate] = []
    for term in sorted(query.terms, key=_cost):
        if isinstance(term, Not):
            inner = _compile_atom(term.term, taxonomy, search, stories)
            predicates.append(_negated(inner))
        else:
            predicates.append(_compile_atom(term, taxonomy, search, stories))
    if not predicates:
        return lambda b, marks: True
    if len(predicates) == 1:
        return predicates[0]

    def every(b: Briefing, marks: Marks) -> bool:  # a loop, not all(genexpr): one call per briefing
        for p in predicates:
            if not p(b, marks):
                return False
        return True

    return every


def index_keys(query: Query, search: Search | None) -> set[int] | None:
    """Keys of the list entries matching ``query`` when the index answers every term
    (words and figures, negated or not); None when a term needs the entry itself or
    the index cannot answer. The same answer as the predicate, as a set operation:
    at 100,000 entries, a set lookup per entry instead of a predicate call."""
    if search is None:
        return None
    wanted: list[set[int]] = []
    unwanted: list[set[int]] = []
    for term in query.terms:
        atom = term.term if isinstance(term, Not) else term
        if isinstance(atom, Text):
            hits = search.words(atom.needle)
        elif isinstance(atom, FigureTerm):
            hits = figure_hits(search, atom)
        else:
            return None
        if hits is None:
            return None
        (unwanted if isinstance(term, Not) else wanted).append(hits)
    if not wanted:  # only negations: the complement needs every key
        return None
    wanted.sort(key=len)
    return wanted[0].intersection(*wanted[1:]).difference(*unwanted)  # new sets: the hits are shared


def compile_query(
    text: str, *, taxonomy: dict[str, Topic], search: Search | None = None, stories: StorySource | None = None
) -> Predicate:
    """``parse`` + resolve topics: a predicate ``(briefing, marks) -> bool``."""
    return compile_parsed(parse(text), taxonomy=taxonomy, search=search, stories=stories)


def unknown_story(query: Query, ids: Iterable[str]) -> StoryTerm | None:
    """The first ``story:ID`` no briefing id starts with, else None. An unknown id is an
    error wherever an id is taken (`show zzz` says so): `list story:zzz` and the TUI's
    filter matched nothing in silence (tester s18 U5). ``ids``: the library's."""
    atoms = (t.term if isinstance(t, Not) else t for t in query.terms)
    wanted = [t for t in atoms if isinstance(t, StoryTerm) and t.of]
    if wanted and not isinstance(ids, (list, tuple, dict, set, frozenset)):
        ids = list(ids)
    for term in wanted:
        of = term.of or ""
        if not any(i.startswith(of) for i in ids):
            return term
    return None


def filter_briefings(
    briefings: Sequence[Briefing],
    text: str,
    *,
    taxonomy: dict[str, Topic],
    marks: Marks = NO_MARKS,
    search: Search | None = None,
    stories: StorySource | None = None,
) -> list[Briefing]:
    """The briefings matching ``text``, in their original order (all for ""). Story
    terms read ``stories``, else the stories among ``briefings`` when held in full."""
    predicate = compile_query(text, taxonomy=taxonomy, search=search, stories=stories or memory_stories(briefings))
    return [b for b in briefings if predicate(b, marks)]


# --- incremental filtering ---------------------------------------------------------


def refines(new: Query, old: Query) -> bool:
    """True when every briefing matching ``new`` surely matches ``old``.

    Then ``new`` can filter ``old``'s result instead of the whole corpus. That is the
    common case while typing: a word grows (直 → 直播, since a longer needle's hits
    contain a shorter needle) or a term is added.
    """
    return all(any(_implies(n, o) for n in new.terms) for o in old.terms)


def _implies(new: Term, old: Term) -> bool:
    if new == old:
        return True
    if isinstance(new, Text) and isinstance(old, Text):
        old_form, new_form = needle_form(old.needle), needle_form(new.needle)
        return old_form is not None and new_form is not None and old_form in new_form
    return False


_FLIP = bytes([1, 0]) + bytes(range(2, 256))  # a mask's 0 <-> 1
FIELD_MASKS = 32  # list-field term masks an IncrementalFilter keeps (100 KB each at 100,000)
# Word and figure term masks from the index an IncrementalFilter keeps (1 MB each at 1,000,000): typing
# "上海 人工智能产业" laid 上海's keys (library.IndexSearch keeps the index's answer) over the list again at
# each of the next eight keystrokes: np.isin of 1,000,000 keys and ~700,000 hits, 16-38 ms of CPU a term
# (issue 19, session 31).
INDEX_MASKS = 16

# What a topic:, source: or date term reads of a briefing (its test reads nothing else):
# briefings with equal values share one test (see IncrementalFilter._field_codes).
_FIELD_KEYS: dict[type, Callable[[Briefing], Any]] = {
    TopicTerm: lambda b: tuple(b.topics),
    SourceTerm: lambda b: b.source,
    DateTerm: lambda b: (b.date, b.date_precision),
}


# The same fields in a column-wise list (liststore.ListStore.field_codes).
_STORE_FIELDS: dict[type, str] = {TopicTerm: "topics", SourceTerm: "source", DateTerm: "date"}


# The index's answers are laid over the list's keys through a table of one byte per key up to the
# largest, while that is at most TABLE_SPREAD times the keys (+ 2**20): 1,000,000 keys and 700,000 hits
# in 4-5 ms of CPU where np.isin(kind="table") took 19-30 (issue 19, session 31).
TABLE_SPREAD = 8


def lay_over(keys: Any, found: Any) -> bytes:
    """One byte per key of ``keys`` (a numpy int64 array), 1 where ``found`` (keys) holds it."""
    import numpy as np

    if not len(keys):
        return b""
    top, bottom = int(keys.max()), int(keys.min())
    if bottom < 0 or top > TABLE_SPREAD * len(keys) + (1 << 20):
        return np.isin(keys, found).tobytes()  # bools: the bytes 0 and 1 (kind: numpy picks)
    hits = np.asarray(found, dtype=np.int64)
    table = np.zeros(top + 1, dtype=np.uint8)
    table[hits[(hits >= 0) & (hits <= top)]] = 1
    return table[keys].tobytes()  # type: ignore[no-any-return]


class IncrementalFilter:
    """Filters one corpus as the query is typed, reusing the previous result.

    Call :meth:`reset` when the corpus or the notes store (bookmarks, notes) changes:
    a cached result is only valid for the marks it was computed with.
    """

    def __init__(
        self,
        briefings: Sequence[Briefing],
        *,
        taxonomy: dict[str, Topic],
        marks: Marks = NO_MARKS,
        search: Search | None = None,
        stories: StorySource | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.marks = marks
        self.search = search
        self.stories = stories  # story terms; else the briefings' own, when held in full
        self._generation = 0
        self._key_array: Any = None  # the keys as a numpy array, made on first use
        # Per list field: (one briefing per distinct value, each entry's value number).
        self._codes: dict[type, tuple[list[Briefing], Any]] = {}
        self._store = False  # a column-wise list (liststore.is_store)
        # outlet_hint's distinct sources as source: compares them, for the field codes they were made from
        self._outlet_forms: tuple[list[Briefing], list[str], frozenset[str]] | None = None
        self.reset(briefings)

    def reset(self, briefings: Sequence[Briefing] | None = None) -> None:
        from .liststore import is_store

        store: Any = briefings
        if briefings is not None:
            self._store = is_store(briefings)
        if briefings is not None and self._store:
            # A column-wise list (liststore.ListStore, issue 19): its keys, fingerprints
            # and field values are read as columns, never as 1,000,000 entries.
            self.briefings = briefings
            self._keys = self._key_array = store.column_keys()
            self._codes = {}
            self._fingerprints = store.fingerprint_column()
            self._memory_stories = None  # list entries: stories come from the index
        elif briefings is not None:
            # Not copied when a list: a mask from select() refers to this very list.
            self.briefings = briefings if isinstance(briefings, list) else list(briefings)
            # Every entry answered by the index: keep their keys in corpus order.
            listed = all(not b.loaded for b in self.briefings)
            self._keys = [b.key for b in self.briefings] if listed else None
            self._key_array = None  # the same keys as a numpy array, made on first use
            self._codes = {}
            self._fingerprints = [b.fingerprint for b in self.briefings]
            self._memory_stories = memory_stories(self.briefings)
        self._last: tuple[Query, bytes] | None = None
        # topic:, source: and date terms read list fields, which only a reset changes:
        # each term's mask is made by one pass and kept (see _set_mask).
        self._field_bits: dict[Atom, bytes] = {}
        # Word and figure terms' masks from the index (INDEX_MASKS), for the same list and index: a new
        # dict, so a select() still running for the old list fills the old one
        self._index_masks: dict[Atom, bytes] = {}
        # A select() still running in a cancelled worker must not store a selection
        # computed before the reset (under the old bookmarks and notes).
        self._generation += 1

    def prepare(self) -> None:
        """Make now what a query's first keystroke would otherwise wait for: numpy, the
        key array the index's answers are laid over, and the distinct values of the
        list fields (issue 19: at 100,000 entries these were most of the slowest
        keystrokes). The TUI calls it in a thread once the list is shown; select() may
        run meanwhile (each piece is made for the list it was started on)."""
        # The parser's first Chinese word loads OpenCC's converter (~80 ms) and its
        # first amount the currency tables: a query parsed here pays both.
        parse("張 money>1")
        try:
            import numpy as np
        except ImportError:  # no numpy: select() uses sets and predicate passes
            return
        keys = self._keys
        if keys is not None and self._key_array is None:
            array = np.fromiter(keys, dtype=np.int64, count=len(keys))
            if keys is self._keys:
                self._key_array = array
        for kind in _FIELD_KEYS:
            self._field_codes(kind)
        if self._store:  # the field codes' sorts (1,000,000 entries: ~50 MB freed, kept by the C heap)
            from .liststore import give_back_heap

            give_back_heap()

    def _field_codes(self, kind: type) -> tuple[list[Briefing], Any] | None:
        """One briefing per distinct value of ``kind``'s field, and the number of each
        entry's value (a numpy array); None without numpy."""
        codes, briefings = self._codes, self.briefings  # read once: a reset() replaces both
        found = codes.get(kind)
        if found is not None:
            return found
        try:
            import numpy as np
        except ImportError:
            return None
        from .liststore import is_store

        if is_store(briefings):  # a column-wise list: its columns' distinct values
            firsts, numbers_of = briefings.field_codes(_STORE_FIELDS[kind])
            found = [briefings[p] for p in firsts], numbers_of
            codes[kind] = found
            return found
        key = _FIELD_KEYS[kind]
        numbers: dict[Any, int] = {}
        shown: list[Briefing] = []

        def number(b: Briefing) -> int:
            value = key(b)
            n = numbers.get(value)
            if n is None:
                n = numbers[value] = len(shown)
                shown.append(b)
            return n

        found = shown, np.fromiter(map(number, briefings), dtype=np.int32, count=len(briefings))
        codes[kind] = found
        return found

    def _field_mask(self, atom: Atom, test: Predicate) -> bytes | None:
        """``test`` once per distinct value of the field it reads, spread over the list
        by numpy: topic:元宇宙 over 100,000 entries in ~1 ms instead of ~100 ms."""
        found = self._field_codes(type(atom))
        if found is None:
            return None
        import numpy as np

        shown, numbers = found
        marks = self.marks
        table = np.fromiter((test(b, marks) for b in shown), dtype=np.uint8, count=len(shown))
        return table[numbers].tobytes()  # type: ignore[no-any-return]

    def outlet_hint(self, text: str) -> tuple[str, int] | None:
        """``("source:X", how many briefings it finds)`` when ``text`` is one plain word or
        phrase that is the whole name of an outlet in the list (苹果日报 or 蘋果日報 for
        苹果日报); None otherwise (and without numpy).

        A plain word searches titles and bodies (PRODUCT.md section 6), so typing an
        outlet's name finds the briefings that mention it, not those it published (new
        user s46 N6): the filter bar offers the ``source:`` term beside them. Only a whole
        name: a word inside many outlets' names (新闻, 中国) would offer noise. Reads the
        list's distinct sources (the field codes ``source:`` terms use), not its entries,
        and leaves select()'s last query alone."""
        try:
            terms = parse(text).terms
        except QuerySyntaxError:
            return None
        if len(terms) != 1 or not isinstance(terms[0], Text):
            return None
        needle = terms[0].needle
        if len(needle) < 2:
            return None
        found = self._field_codes(SourceTerm)
        if found is None:
            return None
        import numpy as np

        shown, numbers = found
        kept = self._outlet_forms
        if kept is None or kept[0] is not shown:  # once a list, not at each keystroke (thousands of outlets at 10^6)
            forms = [source_form(b.source) for b in shown]
            kept = self._outlet_forms = (shown, forms, frozenset(forms))
        _, forms, names = kept
        if needle not in names:
            return None
        hits = [n for n, form in enumerate(forms) if needle in form]  # what source:X finds
        term = f'source:"{needle}"' if " " in needle else f"source:{needle}"
        return term, int(np.isin(numbers, hits).sum())

    def select(self, text: str) -> bytes:
        """One byte per briefing in corpus order, 1 where it matches ``text``.

        A mask rather than a list: the TUI lays it out per group without touching the
        briefings again (tui.widgets.briefing_list.Layout). QuerySyntaxError leaves
        state unchanged.

        Since index schema 21 every word is one FTS5 phrase: the mask is whole at once
        (schema 20 checked longer words briefing by briefing and showed the first rows early).
        """
        query = parse(text)
        stories = self.stories or self._memory_stories
        predicate = compile_parsed(query, taxonomy=self.taxonomy, search=self.search, stories=stories)
        generation, last = self._generation, self._last  # read once: other workers may overlap
        count = len(self.briefings)
        masked = self._set_mask(query) if query.terms else None
        if not query.terms:
            mask = b"\x01" * count
        elif masked is not None:
            mask = masked  # C speed: no predicate call per entry
        elif self._keys is not None and (keys := index_keys(query, self.search)) is not None:
            mask = bytes(map(keys.__contains__, self._keys))
        else:
            candidates: Iterable[int] = range(count)
            if last is not None and refines(query, last[0]):
                candidates = compress(range(count), last[1])  # only what the last query kept
            selected = bytearray(count)
            briefings, marks = self.briefings, self.marks
            for i in candidates:
                if predicate(briefings[i], marks):
                    selected[i] = 1
            mask = bytes(selected)
        if generation == self._generation:
            self._last = (query, mask)
        return mask

    def _set_mask(self, query: Query) -> bytes | None:
        """The mask built from sets when every term is read state (``is:read``,
        ``is:unread``), answered by the index, or a list field (topic, source, date):
        one C-speed pass per term instead of a predicate call per briefing (is:unread
        over 100,000: ~70 ms -> ~10 ms). A list field's mask is kept until reset(), so
        typing on after ``topic:元宇宙`` does not read 100,000 entries each key; so is a word
        or figure term's from the index (INDEX_MASKS), so typing on after ``上海`` does not lay
        its hits over the list again at each key."""
        count = len(self.briefings)
        index_masks = self._index_masks  # read once: a reset() replaces it
        result: int | None = None
        for term in query.terms:
            negated = isinstance(term, Not)
            atom = term.term if isinstance(term, Not) else term
            if isinstance(atom, MarkTerm) and atom.mark in ("read", "unread"):
                is_read = getattr(self.marks, "is_read", None)
                if is_read is None:
                    return None
                bits = self._read_bits(is_read)
                negated ^= atom.mark == "unread"
            elif isinstance(atom, MarkTerm) and self._store:
                # a column-wise list (liststore): from its id and fingerprint columns, not
                # every entry made for the predicate (1,000,000: ~28 s a keystroke)
                name = {"bookmarked": "is_bookmarked", "note": "has_note", "new": "is_new"}[atom.mark]
                test = getattr(self.marks, name, None)
                if test is None:
                    return None
                column = self._fingerprints if atom.mark == "new" else self.briefings.ids()  # type: ignore[attr-defined]
                bits = bytes(map(bool, map(test, column)))
            elif isinstance(atom, StoryTerm) and self._store:
                # a column-wise list: the id column, not every entry made (1,000,000: ~28 s)
                test = _story_id_test(atom, self.stories or self._memory_stories)
                bits = bytes(map(test, self.briefings.ids()))  # type: ignore[attr-defined]
            elif isinstance(atom, (Text, FigureTerm)) and self._keys is not None and self.search is not None:
                found = index_masks.get(atom)
                if found is None or len(found) != count:
                    found = self._index_bits(atom)
                    if found is None:
                        return None
                    if len(index_masks) >= INDEX_MASKS:
                        index_masks.pop(next(iter(index_masks)), None)
                    index_masks[atom] = found
                bits = found
            elif isinstance(atom, (TopicTerm, SourceTerm, DateTerm)):
                bits = self._field_bits.get(atom)  # type: ignore[assignment]
                if bits is None:
                    test, marks = _compile_atom(atom, self.taxonomy, None), self.marks
                    bits = self._field_mask(atom, test)
                    if bits is None:
                        bits = bytes([test(b, marks) for b in self.briefings])
                    if len(self._field_bits) >= FIELD_MASKS:
                        self._field_bits.pop(next(iter(self._field_bits)), None)
                    self._field_bits[atom] = bits
            else:
                return None
            if negated:
                bits = bits.translate(_FLIP)
            value = int.from_bytes(bits, "big")
            result = value if result is None else result & value
        if result is None:
            return None
        return result.to_bytes(count, "big")

    def _read_bits(self, is_read: Callable[[str], bool]) -> bytes:
        """One byte per entry, 1 where it is read. A column-wise list whose marks test a
        set's own membership (readstate.StateMarks: the read set's ``__contains__``) is
        matched against that set by numpy over its fingerprint digests
        (liststore.DigestColumn.isin), no fingerprint string made per entry."""
        from .liststore import DigestColumn

        read = getattr(is_read, "__self__", None)
        column = self._fingerprints
        if isinstance(column, DigestColumn) and isinstance(read, (set, frozenset)):
            return column.isin(read).tobytes()  # bools are the bytes 0 and 1
        return bytes(map(is_read, column))

    def _index_bits(self, atom: Text | FigureTerm) -> bytes | None:
        """One byte per list entry, 1 where the index finds ``atom``; None when it
        cannot answer. From numpy arrays of keys when the search gives them
        (library.IndexSearch): at 1,000,000 entries a 900,000-key Python set and a
        lookup per entry cost ~10x what the SQLite query does."""
        assert self._keys is not None and self.search is not None
        arrays = getattr(self.search, "word_array", None)
        if arrays is not None:
            if not isinstance(atom, Text):
                found = figure_hits(self.search, atom, array=True)
            else:
                found = arrays(atom.needle)
            if found is not None:
                import numpy as np

                keys = self._key_array
                if keys is None:
                    keys = self._key_array = np.fromiter(self._keys, dtype=np.int64, count=len(self._keys))
                if not len(found):
                    return bytes(len(self._keys))
                return lay_over(keys, found)
        hits = self.search.words(atom.needle) if isinstance(atom, Text) else figure_hits(self.search, atom)
        return None if hits is None else bytes(map(hits.__contains__, self._keys))

    def __call__(self, text: str) -> list[Briefing]:
        """Matching briefings in corpus order; QuerySyntaxError leaves state unchanged."""
        mask = self.select(text)
        if self._store:  # made for the matches only
            import numpy as np

            briefings = self.briefings
            return [briefings[p] for p in np.flatnonzero(np.frombuffer(mask, dtype=np.uint8)).tolist()]
        return list(compress(self.briefings, mask))
