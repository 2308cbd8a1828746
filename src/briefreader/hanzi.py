"""Simplified/Traditional: detection and conversion with OpenCC.

The one place briefreader converts scripts: ingest (Traditional sources to
Simplified), the query language and topics (what a person types), the TUI and
the CLI (showing Traditional). Converters are built lazily (OpenCC loads its
dictionaries on first use, ~0.1 s) and shared; OpenCC's ``convert`` is thread-safe
for concurrent reads. Importing this module costs nothing, so the TUI can.
"""

from __future__ import annotations

import re
import sys
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from .punct import HAN

_HAN = re.compile(f"[{HAN}]")
_lock = threading.Lock()

# A text is Traditional when this share of its distinct characters changes under
# t2s. Simplified text scores ~0; Traditional text 0.15-0.4, because many common
# characters (的, 在, 上) are the same in both scripts.
HANT_THRESHOLD = 0.05


_converters: dict[str, Any] = {}  # one per configuration (five at most), built once


def _converter(config: str) -> Any:
    made = _converters.get(config)
    if made is None:
        with _lock:  # a thread asking while another builds it waits, rather than building a second
            made = _converters.get(config)
            if made is None:
                import opencc

                made = _converters[config] = opencc.OpenCC(config)
    return made


def _block(ch: str) -> int:
    """How rare a character's block is: the Unified Ideographs (and compatibility forms,
    which map into them) 0, Extension A 1, the supplementary planes 2. Later blocks hold
    rarer characters, and fonts cover them less (most terminal fonts stop at the BMP)."""
    cp = ord(ch[0]) if ch else 0
    return 2 if cp > 0xFFFF else 1 if 0x3400 <= cp <= 0x4DBF else 0


@lru_cache(maxsize=8)
def _kept(config: str) -> re.Pattern[str] | None:
    """The characters ``config`` would turn into a form from a rarer block, as a split
    pattern: 餸 (Cantonese "dish", common in Hong Kong papers) becomes 𩠌 (U+2980C) under
    every OpenCC configuration, 劏 (劏房) becomes 㓥; no terminal font shows the first, and
    neither is what a reader of either script writes. Read from OpenCC's own tables, so the
    list follows its dictionaries (~900 characters, ~15 ms once per configuration)."""
    ideographs = [chr(cp) for cp in (*range(0x3400, 0xA000), *range(0xF900, 0xFB00))]
    try:
        converted = str(_converter(config).convert("\n".join(ideographs))).split("\n")
    except Exception:  # noqa: BLE001 - no table, plain conversion
        return None
    if len(converted) != len(ideographs):
        return None
    keep = [a for a, b in zip(ideographs, converted, strict=True) if a != b and _block(b) > _block(a)]
    return re.compile("([" + "".join(keep) + "])") if keep else None


def _convert(config: str, text: str) -> str:
    if not text or text.isascii():
        return text
    if "\x00" in text:
        # OpenCC's two-step configurations (hk2s, s2tw, s2twp, s2hk) end their output at a
        # NUL, the rest of the text lost; every other code point passes (checked over the BMP)
        return "\x00".join(_convert(config, part) for part in text.split("\x00"))
    try:
        convert = _converter(config).convert
        kept = _kept(config)
        if kept is None or not kept.search(text):
            return str(convert(text))
        # converted around each kept character, which stays as written
        parts = kept.split(text)
        parts[::2] = [str(convert(part)) if part else part for part in parts[::2]]
        return "".join(parts)
    except UnicodeError:  # lone surrogates cannot cross into OpenCC's C++ side
        return text


def to_simplified(text: str) -> str:
    # hk2s is t2s after mapping Hong Kong's variant forms to OpenCC's standard ones: t2s
    # alone keeps 衞 (衞生署, in every Hong Kong paper), 敍, 枱, 衹 as they are. Over the
    # real-world corpus (12 MB) the two differ only there, same length, same speed.
    return _convert("hk2s", text)


# How Traditional is written differs by region: OpenCC's generic forms (爲, 啓, 臺, 裏)
# are what neither Taiwan (為, 啟, 臺, 裡) nor Hong Kong (為, 啓, 台) prints.
# ``standard`` is the common printed forms (OpenCC's s2tw): what a source whose region is
# not known is shown in. Characters only, never a region's vocabulary: s2twp's Taiwan
# glossary (an IT one) rewrote policy prose wrongly, 印发文件 -> 印發檔案, 法定程序 -> 法定程式,
# 经济运行 -> 經濟執行, 优化 -> 最佳化 (tester s24 T16; PRODUCT.md: the source's words in another
# script), so tw is s2tw's Taiwan standard forms.
REGION_CONFIGS = {"tw": "s2tw", "hk": "s2hk", "standard": "s2tw", "generic": "s2t"}
REGIONS = ("auto", "tw", "hk", "generic")  # config's display.traditional; auto: the source's own


# Phrases OpenCC's STPhrases converts wrongly for news text, with the form every region
# prints: its 折合 -> 摺合 ("to fold", in the sentence that carries every currency
# conversion; the MOE dictionary and Taiwan's and Hong Kong's papers write 折合).
# Its 回归 -> 迴歸 is the statistician's regression; a return (香港回归祖国, 回归本质) is
# 回歸 in every region (tester s23 T13): 回歸, except in the regression terms and the tropics.
PHRASE_FIXES = {
    "折合": "折合",
    "回归": "回歸",
    "回归分析": "迴歸分析",
    "回归模型": "迴歸模型",
    "回归系数": "迴歸係數",
    "回归方程": "迴歸方程",
    "线性回归": "線性迴歸",
    "逻辑回归": "邏輯迴歸",
    "回归线": "迴歸線",  # the tropics (北回归线) and the tropical year (review s23 R6)
    "回归年": "迴歸年",
    # its 市场准入 -> 市場準入: 准 is "permit" (准入, 准许), its other 准入 phrases keep it (tester s24 T17)
    "市场准入": "市場准入",
}
_PHRASE_FIXES_RE = re.compile("|".join(map(re.escape, sorted(PHRASE_FIXES, key=len, reverse=True))))
# 签 is two characters in Traditional: 簽 signs (签署, 签证, 免签, 网签, 面签, 补签 ...), 籤 is a slip or a
# lot (抽签, 标签, 中签, 牙签). OpenCC's character default is 籤 and only its listed phrases say 簽, so
# every compound it does not list came out a lot: 免籤, 網籤, 面籤, 補籤, 聯籤, 拒籤. The signing sense
# is the productive one; the slips are these few words, where 籤 stays whatever OpenCC says (_slip:
# 中签率 and 新股中签, not 集中签批 or 活动中签售).
SLIP_WORDS = (
    "抽签", "标签", "书签", "便签", "价签", "货签", "中签", "牙签", "求签", "竹签", "木签", "铁签", "签筒", "灵签",
    "上上签", "下下签", "签诗", "签文", "签语", "摇签", "解签", "肉签", "烤签", "签子", "签条", "题签", "浮签",
)  # fmt: skip
_SLIP_RE = re.compile("|".join(SLIP_WORDS))
# a private-use character between words: no OpenCC phrase holds it, so none spans it
_WORD_BREAK = "\ue000"


def to_traditional(text: str, region: str = "standard") -> str:
    """``text`` (Simplified) in Traditional as ``region`` prints it.

    OpenCC matches its longest phrase anywhere, across word boundaries: 被发明 gave
    被髮明 (被 + 发明), 发展 in 的发展 髮展, 历史 曆史, 一个 一箇, 出租 齣租 (OpenCC issue
    #1497). Each word of two or more characters is converted on its own (jieba's words,
    the segmenter the figures and the index use), so no phrase straddles two words; a
    one-character word keeps the whole text's reading, which its neighbours decide (一只 ->
    一隻). Over 150 real dev articles (222,691 characters) the two differed in 65 places:
    every multi-character one a fix, or the same word in another accepted form (發佈)."""
    config = REGION_CONFIGS.get(region, "s2tw")
    whole = _convert(config, text)
    if len(whole) != len(text) or not _HAN.search(text):
        return whole
    from . import segment

    words = segment.cut(text, hmm=False)
    bounds = list(accumulate(map(len, words), initial=0))  # where each word starts, and the end
    if len(words) < 2:
        return _fixed(text, whole, bounds)
    split = _convert(config, _WORD_BREAK.join(words)).split(_WORD_BREAK)
    if len(split) != len(words) or any(len(a) != len(b) for a, b in zip(split, words, strict=True)):
        return _fixed(text, whole, bounds)
    out: list[str] = []
    for word, alone, at in zip(words, split, bounds, strict=False):
        out.append(alone if len(word) > 1 else whole[at])
    return _fixed(text, "".join(out), bounds)


def warm(region: str = "standard") -> None:
    """Load what the Traditional view's first conversion would: OpenCC's tables for
    ``region`` and rjieba's dictionary (~0.15 s idle, over a second on a busy machine).
    The TUI calls it in a thread once the list is on screen, so the first `t` is not a
    pause. Both loads are locked: a conversion meanwhile waits for them rather than making its own."""
    to_traditional("发展", region)  # a two-character word: the converter, its kept characters and a cut


def _fixed(text: str, converted: str, bounds: Sequence[int]) -> str:
    """``converted`` with :data:`PHRASE_FIXES` put back where ``text`` has them, and 签 a
    signature (簽) outside :data:`SLIP_WORDS`; ``bounds``: the segmenter's word bounds in ``text``."""
    fixes = _PHRASE_FIXES_RE.search(text) is not None
    signs = "签" in text and "籤" in converted
    if not fixes and not signs:
        return converted
    chars = list(converted)
    for m in _PHRASE_FIXES_RE.finditer(text):
        chars[m.start() : m.end()] = PHRASE_FIXES[m.group()]
    if signs:
        slips = {
            i for m in _SLIP_RE.finditer(text) if _slip(text, m.start(), m.end(), bounds) for i in range(*m.span())
        }
        for i in (m.start() for m in re.finditer("签", text)):
            if chars[i] == "籤" and i not in slips:
                chars[i] = "簽"
    return "".join(chars)


# 签 + these begins a signing word (签署, 签约, 签售 ...): a slip word ending in 签 before one is
# no slip (活动中签售 is 活动|中|签售, not 中签 + 售)
_SIGNING_NEXT = frozenset("署约订發发字名收批售证章单到注呈报核派押")


def _slip(text: str, start: int, end: int, bounds: Sequence[int]) -> bool:
    """Whether the slip word at text[start:end] is one: inside one of the segmenter's words
    (中签率, 抽签), or over whole words (新股|中|签; jieba keeps 中签, 上上签 apart) that no
    signing word follows. A slip word cutting into a longer word is none: 集中|签批 signs
    (review s25 R7). ``bounds``: the word bounds to_traditional's cut of the text gave (sorted)."""
    word = bisect_right(bounds, start) - 1  # the word the slip word starts in
    if 0 <= word < len(bounds) - 1 and end <= bounds[word + 1]:
        return True  # inside it
    at_bound = set(bounds)
    if start not in at_bound or end not in at_bound:
        return False  # cuts into a word: 集|中签|批 across 集中 and 签批
    return not (text.endswith("签", start, end) and text[end : end + 1] in _SIGNING_NEXT)


def detect_region(original: str) -> str | None:
    """The region a source was published in (``hk``, ``tw``) when it says so; None
    otherwise. See :func:`briefreader.views.source_region` (markup, not characters:
    Hong Kong papers print the forms OpenCC calls Taiwanese)."""
    from .views import source_region

    return source_region(original)


# Every character seen: None when it is not Han, else whether to_simplified changes it
# (each converts alone: no conversion rule spans a line break).
_CHANGES: dict[str, bool | None] = {}


# With numpy: one state a code point, 0 not seen yet, 1 not Han, 2 Han, 3 Han that
# to_simplified changes (1.1 MB a process, made on first use).
_STATES: Any = None
_NOT_HAN, _HAN_SAME, _HAN_CHANGES = 1, 2, 3


def detect_script(text: str) -> str:
    """``hant`` when enough distinct Han characters are Traditional-only, else ``hans``;
    ``hans`` for Japanese (:func:`is_japanese`): ingest converts only a ``hant`` text."""
    # numpy where it is loaded (the workers' forkserver imports it, library.WORKER_MODULES;
    # as stories.signature): set(text) makes a string object a character above U+00FF,
    # most of the 0.32 ms a file this took (two calls a briefing; 0.05 ms with numpy, the
    # benchmark's mix, issue 19). A small folder read in the reader's own process does
    # not import numpy for this.
    if "numpy" in sys.modules and len(text) > 64:
        try:
            import numpy as np
        except ImportError:
            pass
        else:
            return _detect_script_np(np, text)
    return _detect_script_sets(text)


def _detect_script_sets(text: str) -> str:
    """detect_script's answer from set(text)."""
    # set(text) first: findall made a string per character of the text; and a character
    # is classified and converted once per process, kept in _CHANGES (issue 19).
    global _CHANGES
    memo = _CHANGES  # this call's own reference: another thread may start a new one
    distinct = set(text)
    if not _KANA_CHARS.isdisjoint(distinct) and is_japanese(text):
        return "hans"  # Japanese: no conversion (see is_japanese)
    new = [c for c in distinct if c not in memo]
    if new:
        han = [c for c in new if _HAN.match(c)]
        converted = to_simplified("\n".join(han)).split("\n") if han else []
        if len(converted) != len(han):  # never expected; be safe rather than wrong
            return "hans"
        if len(memo) > 200_000:  # a file of every code point: bounded, not a leak
            memo = _CHANGES = {c: memo[c] for c in distinct if c in memo}
        memo.update(dict.fromkeys(new))
        memo.update((a, a != b) for a, b in zip(han, converted, strict=True))
    found = [memo[c] for c in distinct]
    han_count = len(found) - found.count(None)
    if not han_count:
        return "hans"
    return "hant" if found.count(True) / han_count >= HANT_THRESHOLD else "hans"


def _detect_script_np(np: Any, text: str) -> str:
    """detect_script's answer from a sorted array of the text's code points."""
    global _STATES
    states = _STATES
    if states is None:
        states = _STATES = np.zeros(0x110000, dtype=np.uint8)
    points = np.sort(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
    keep = np.empty(len(points), dtype=bool)
    keep[0] = True
    np.not_equal(points[1:], points[:-1], out=keep[1:])
    points = points[keep]  # distinct, ascending
    if any(np.searchsorted(points, hi, "right") > np.searchsorted(points, lo) for lo, hi in _KANA_RANGES):
        if is_japanese(text):
            return "hans"  # Japanese: no conversion (see is_japanese)
    found = states[points]
    unseen = points[found == 0]
    if len(unseen):
        new = [chr(cp) for cp in unseen.tolist()]
        han = [c for c in new if _HAN.match(c)]
        converted = to_simplified("\n".join(han)).split("\n") if han else []
        if len(converted) != len(han):  # never expected; be safe rather than wrong
            return "hans"
        changed = {a: _HAN_CHANGES if a != b else _HAN_SAME for a, b in zip(han, converted, strict=True)}
        # each state written once, final: a thread reading meanwhile sees 0 (and sorts the
        # character itself) or the state
        states[unseen] = np.array([changed.get(c, _NOT_HAN) for c in new], dtype=np.uint8)
        found = states[points]
    han_count = int(np.count_nonzero(found >= _HAN_SAME))
    if not han_count:
        return "hans"
    return "hant" if int(np.count_nonzero(found == _HAN_CHANGES)) / han_count >= HANT_THRESHOLD else "hans"


# ----- Japanese: kana say a text is not Chinese ----------------------------------------

# Hiragana, katakana and their extensions, half-width katakana; not the katakana middle dot
# (・, U+30FB) nor the prolonged sound mark (ー, U+30FC), which Chinese text uses between and
# after foreign names.
_HIRAGANA_RANGES = ((0x3041, 0x3096), (0x309D, 0x309F))
_KANA_RANGES = (*_HIRAGANA_RANGES, (0x30A1, 0x30FA), (0x30FD, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9D))


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


_KANA_CLASS = _char_class(_KANA_RANGES)  # one table: the regexes and the numpy check agree
_KANA = re.compile(f"[{_KANA_CLASS}]")
_HIRAGANA = re.compile(f"[{_char_class(_HIRAGANA_RANGES)}]")
_KANA_CHARS = frozenset(chr(cp) for lo, hi in _KANA_RANGES for cp in range(lo, hi + 1))
_KANA_OR_HAN = re.compile(f"[{_KANA_CLASS}{HAN}]")
KANA_SHARE = 0.1  # Japanese prose is 30-70 % kana; a Chinese text quoting a shop name (の) far under
JAPANESE_SAMPLE = 100_000  # characters looked at: a Japanese text shows its kana at once


def is_japanese(text: str) -> bool:
    """Whether ``text`` is Japanese: at least two hiragana other than の, hiragana making a
    tenth of its kana and Han characters. Its kanji are neither Simplified nor Traditional
    Chinese (億円の規模 would become 亿円の规模): no script conversion applies to it (tester s14 F6)."""
    sample = text[:JAPANESE_SAMPLE]
    if not _KANA.search(sample):
        return False
    # Hiragana only: Japanese prose always has its particles (は を に が て), while Chinese
    # writes katakana for names and brands (臺灣的ユニクロ門市 is Chinese, review s15 R10), and
    # の alone is a Chinese shop-name flourish.
    hiragana = _HIRAGANA.findall(sample)
    particles = sum(1 for c in hiragana if c != "の")
    return particles >= 2 and len(hiragana) >= KANA_SHARE * len(_KANA_OR_HAN.findall(sample))


# ----- a Traditional source shown in its own characters ---------------------------------

LEARN_CHARS = 300_000  # how much of a source is read to learn its forms: ~70 ms (1M: 0.23 s, on the UI thread)
LEARN_SCAN = 20 * LEARN_CHARS  # how far into a source its text is looked for (bounded time)
_RUN_END = re.compile("[\n<>]")  # a run of a line ends at a line's end or markup's bracket


def _learnable(original: str) -> str:
    """The first LEARN_CHARS characters of ``original``'s runs that hold Han characters, one
    a line: a page saved with its stylesheets, scripts and images inlined (monolith's 1 MB
    of base64 ahead of a press release) showed the Traditional view in forms it did not
    write, all of its first LEARN_CHARS characters markup (tester s24 T25)."""
    if len(original) <= LEARN_CHARS:
        return original
    runs: list[str] = []
    size = pos = 0
    limit = min(len(original), LEARN_SCAN)
    # from one Han character to the next, C-speed searches over what lies between (markup, base64):
    # no list of every run (review s24 R13), no pattern that backtracks over a long one
    while size <= LEARN_CHARS and (han := _HAN.search(original, pos, limit)) is not None:
        start = max(pos, *(original.rfind(c, pos, han.start()) + 1 for c in "\n<>"))
        end = _RUN_END.search(original, han.start(), limit)
        pos = end.start() + 1 if end else limit
        runs.append(original[start : end.start() if end else limit])
        size += len(runs[-1]) + 1
    return "\n".join(runs)[:LEARN_CHARS]


class SourceForms:
    """How one Traditional source writes the characters of its Simplified text.

    A briefing's text is Simplified (search, topics and figures work on it); converting it
    back with s2t is a round trip that changes words, because t2s merges characters: 發 and
    髮 are both 发 (s2t reads 理发放 as 理髮 "haircut"), 係 and 系 are 系, 計畫 becomes 计划 and
    comes back 計劃, 印製 印制 (tester s14 F2). The source itself says which one it wrote:
    its text converted with t2s keeps its length, so each character pairs with its
    Simplified form. A Simplified character the source writes one way is given that form;
    one it writes several ways (系 as 系 and 係) the form it has beside the same neighbour
    (right, then left), else its commonest; a character the source does not hold (a word
    typed in a query) is converted as before, by character forms only (``region``; never
    Taiwan's vocabulary: the source's words are its own).
    """

    def __init__(self, original: str, region: str = "standard", only: str | None = None) -> None:
        """``only``: learn the forms of these characters alone (what converting a text of
        them reads: index.written_title learns a title's ~20 characters, not a page's
        thousands, ~1.5 of 2-4 ms a Traditional briefing in the worker)."""
        self.region = region
        forms: dict[str, Counter[str]] = {}
        self._right: dict[tuple[str, str], Counter[str]] = {}
        self._left: dict[tuple[str, str], Counter[str]] = {}
        pairs = list(self._aligned(_learnable(original)))
        if only is None:
            for simplified, traditional in pairs:
                for a, b in set(zip(simplified, traditional, strict=True)):
                    if _HAN.match(a):
                        forms.setdefault(a, Counter())[b] = 0
        elif wanted := sorted({c for c in only if _HAN.match(c)}):
            # each character's places by str.find: a character class compiled for every title (each one new to
            # re's cache) and a Counter made at every place were two thirds of this (issue 19, session 47); the
            # same forms, each character's in the order of its places
            for simplified, traditional in pairs:
                for a in wanted:
                    i = simplified.find(a)
                    if i < 0:
                        continue
                    seen = forms.setdefault(a, Counter())
                    while i >= 0:
                        seen[traditional[i]] = 0
                        i = simplified.find(a, i + 1)
        ambiguous = {a for a, seen in forms.items() if len(seen) > 1}
        if ambiguous:
            pattern = re.compile("[" + "".join(sorted(ambiguous)) + "]")
            for simplified, traditional in pairs:
                for m in pattern.finditer(simplified):
                    i, a = m.start(), m.group()
                    b = traditional[i]
                    forms[a][b] += 1
                    if i + 1 < len(simplified):
                        self._right.setdefault((a, simplified[i + 1]), Counter())[b] += 1
                    if i:
                        self._left.setdefault((simplified[i - 1], a), Counter())[b] += 1
        self._seen = frozenset(forms)
        self._table = {ord(a): next(iter(seen)) for a, seen in forms.items() if len(seen) == 1 and a not in seen}
        self._forms = {a: seen for a, seen in forms.items() if a in ambiguous}
        self._ambiguous = re.compile("[" + "".join(sorted(ambiguous)) + "]") if ambiguous else None

    @staticmethod
    def _aligned(original: str) -> list[tuple[str, str]]:
        """(Simplified, as written) pairs of equal length: the whole text, or where t2s
        changed a length (never seen; OpenCC's tables pair phrases of one length), its lines."""
        simplified = to_simplified(original)
        if len(simplified) == len(original):
            return [(simplified, original)]
        lines = original.split("\n")
        return [(s, t) for s, t in zip((to_simplified(line) for line in lines), lines, strict=True) if len(s) == len(t)]

    def _choose(self, a: str, before: str, after: str, phrase: Callable[[int], str], i: int) -> str:
        """The form of ``a`` (written several ways in the source; at ``i`` in the text)
        between ``before`` and ``after``: the one the source writes beside the same neighbour
        (right, then left); with neither neighbour seen, s2t's reading of the phrase
        (``phrase(i)``, the form at ``i`` of the text converted) when the source writes that
        form too, else the source's
        commonest (review s15 R12: 头发 in a source of 理髮 and many 發 gave 頭發)."""
        for seen in (self._right.get((a, after)), self._left.get((before, a))):
            if seen:
                return seen.most_common(1)[0][0]
        forms = self._forms[a]
        guess = phrase(i)
        return guess if guess in forms else forms.most_common(1)[0][0]

    def convert(self, text: str) -> str:
        """``text`` (Simplified, taken from this source) in the source's own characters."""
        if not text or text.isascii():
            return text
        out = text.translate(self._table)
        made: list[str] = []  # s2t of the whole text, made once when first asked

        def s2t() -> str:
            if not made:
                made.append(to_traditional(text, self.region))
            return made[0]

        def phrase(i: int) -> str:
            whole = s2t()
            return whole[i] if len(whole) == len(text) else ""

        if self._ambiguous is not None and self._ambiguous.search(text):
            chars = list(out)
            for m in self._ambiguous.finditer(text):
                i = m.start()
                chars[i] = self._choose(m.group(), text[i - 1 : i], text[i + 1 : i + 2], phrase, i)
            out = "".join(chars)
        unseen = [c for c in set(text) if c not in self._seen and _HAN.match(c)]
        if unseen:
            whole = s2t()
            if len(whole) == len(text):  # phrases kept (s2t's own 理发 -> 理髮 for a word the source lacks)
                chars = list(out)
                for m in re.finditer("[" + "".join(unseen) + "]", text):
                    chars[m.start()] = whole[m.start()]
                out = "".join(chars)
            else:
                out = out.translate({ord(c): to_traditional(c, self.region) for c in unseen})
        return out


@lru_cache(maxsize=8)
def source_forms(original: str, region: str = "standard") -> SourceForms:
    """The :class:`SourceForms` of ``original``, kept for the last few sources shown (the
    TUI converts an article a window at a time)."""
    return SourceForms(original, region)
