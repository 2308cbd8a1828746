"""Same story, many outlets: near-duplicate briefings (issue 17).

A briefing's *story text* is its title and body, folded (Simplified, half-width,
case-folded) with everything but letters, digits and CJK removed, so a republished
press release with another headline, an outlet's trailer, other punctuation or
Traditional script (ingest already made the body Simplified) keeps most of its
character shingles (K characters each). Two briefings are one story when

* their shingle sets' Jaccard similarity is at least JACCARD, or
* the smaller one is mostly inside the larger (containment at least CONTAINMENT and
  at least MIN_CONTAINED shingles): a feed's truncated summary of the page,

unless their numbers disagree: each states at least MIN_NUMBERS distinct numbers and
fewer than NUMBERS_AGREE of the smaller set's are the other's, or (alike only by
containment) the shorter text states a figure and fewer than NUMBERS_AGREE of its figures
are the longer one's (a teaser or a shorter copy keeps the figures it quotes; a template's
feed entry, "X区…2032年目标和2845万元", inside another district's article with other
amounts does not), unless the two are alike at SAME_TEXT (an updated article whose one
figure changed is its new version: two figures are asked there, review s18 R24). A copy of an article
keeps its figures; a monthly release or a press office's template filled in again
(the same sentences, another month's amounts and rates) keeps its wording and changes
its numbers, and it is another briefing, not a version to fold away (tester s16 L2:
2,000 template-made briefings years apart were folded as 115 "stories").

Nor are they one story when each says a period the other does not (:func:`periods_differ`):
a year, quarter or month in the headline or the body's opening that only one of them names,
and one only the other names. A notice re-issued for the next year or month keeps its
template word for word (关于我市居民瓶装液化石油气基准价的通知 of March and of April, another
price; a 2024年度 and a 2025年度 funding call: alike at 0.87-0.91, above SAME_TEXT); a copy,
a teaser or an update speaks of the same period (a residue's dates come later in the text).

Nor are they one story when their headlines are one template filled in twice
(:func:`titles_differ`): the two share most of their headline and each puts something of
its own in the same place (一季度 / 二季度、三季度, 第一批 / 第二批, 工业和信息化局 / 企业发展
服务中心, 粮食储备 / 食用植物油储备): an issuer's quarterly call, a fund's next list, a
sister bureau's notice, whose bodies are the same template and alike at 0.6-0.83. A
copy's headline adds to the other's (图解：《X》 / X, 统计局：X) or is another sentence
altogether; a text alike at SAME_TEXT is one text whatever its headline says (an update).

The title's shingles count three times, on purpose: two different articles that share
a lead paragraph (a live-update feed whose entries all open with the same 100
characters, as HKET's does) differ by their headlines, which then weigh a lot in a
short text and little in a long one, where a republished copy's new headline must not
matter.

Scale: exact Jaccard needs every shingle set (kilobytes per briefing) and every pair;
MinHash (one permutation, binned: see below) keeps NUM_PERM 32-bit minima per briefing and LSH bands
(BANDS × ROWS) find the candidates in O(1) per briefing; candidates are then checked
with the signature's Jaccard estimate. See benchmarks/bench_across.py for the
precision/recall of both on the labelled real set and their cost.

Containment (session 18): a teaser inside its page has Jaccard |A|/|B|, 0.10-0.23 on the
real pairs, which 32 bands of 2 rows rarely meet (2 shared bands: p ~0.02-0.3). Each
signature also keeps LEAD_VALUES MinHash values of the first LEAD_CHARS characters of
the body's story text (a summary is the page's beginning) in LEAD_BANDS bands; one shared
lead band makes a candidate. Checking a candidate for containment, the minima say more
than the Jaccard estimate: in a bin where the smaller text's minimum is below the
larger's, that shingle is not in the larger; where equal, it is in both. The share of
equal among those two (bins where the union's minimum is the smaller's) estimates
|A∩B|/|A| directly (a contained text has none below), where J·(|A|+|B|)/((1+J)·|A|)
multiplied the estimate's noise by |B|/|A|: a 53-shingle feed entry was "0.88 inside" a
933-shingle article it shares 32% with (3 of 64 bins equal). Measured on the real gold
and the generated corpora: /work/notes/s18_19stories.md. The alternative, r=1 bands on
every bin (what an LSH Ensemble asks of a 10%-size query), found the same real pairs
at 64 band rows a briefing instead of 34 and ~14x the rows read per insert.
"""

from __future__ import annotations

import hashlib
import re
import sys
import zlib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import eq, lt

from .punct import HAN

__all__ = [
    "JACCARD",
    "CONTAINMENT",
    "Signature",
    "StoryIndex",
    "StoryMap",
    "cluster",
    "cluster_exact",
    "jaccard",
    "number_sketch",
    "numbers_disagree",
    "period_sketch",
    "periods_differ",
    "places_differ",
    "same_story",
    "shingles",
    "signature",
    "story_text",
    "story_title",
    "template_veto",
    "titles_differ",
]

K = 4  # characters per shingle (4: a Chinese word pair; see the bench for 3 and 5)
JACCARD = 0.6
CONTAINMENT = 0.8
MIN_CONTAINED = 40  # shingles: a one-line summary is no evidence of anything
MIN_SHINGLES = 8  # fewer: no story (an empty or one-line briefing is its own)
NUM_PERM = 64
MIN_BANDS = 2  # shared bands that make a candidate (index.py asks the same)
BANDS, ROWS = 32, 2  # candidates from ~0.2 Jaccard: a truncated copy (J ~0.4, containment ~1) is still met
# A band key this many briefings share is a template's (boilerplate, a feed's headline
# pattern, one release copied thousands of times): later briefings are not added to it.
# Its first members still let a new copy find its story (through it and its other
# bands), and a briefing's candidates stay at most BANDS * BUCKET_CAP: without the cap,
# 50,000 copies of five texts made every new one compare with all earlier copies
# (quadratic: a cold start of that folder never finished its stories).
BUCKET_CAP = 32
MAX_CHARS = 20_000  # the first 20,000 characters decide: bounded work per briefing
# Without an index, stories come from MinHash over every text in memory (~0.4 ms a
# briefing, on a thread that shares the interpreter with the UI: at 100,000 the TUI's
# read-state test took 151 s). Above this many, the list does not find them unasked;
# a story term (is:duplicate, story:) or the versions view asks (issue 19).
TEXT_STORIES_UNASKED = 5_000
TITLE_WEIGHT = 3  # measured on the real feed entries that share a lead (see the bench)
# The lead: the first LEAD_CHARS characters of the body's story text, LEAD_VALUES MinHash
# values in LEAD_BANDS bands of LEAD_ROWS (19-stories s18, on the real gold with 2 bands:
# 60 characters met one teaser more than 40 or 100; 4 bands met no more than 2).
LEAD_CHARS = 60
LEAD_BANDS, LEAD_ROWS = 2, 2
LEAD_VALUES = LEAD_BANDS * LEAD_ROWS
LEAD_WEIGHT = MIN_BANDS  # one shared lead band makes a candidate
# Containment from the minima needs this many bins where the union's minimum is the smaller
# text's: fewer is no evidence (a 93-shingle teaser in a 902-shingle page has ~6).
MIN_EVIDENCE = 5
# The numbers veto: a bottom-k sketch of the distinct figures' numbers (16-bit hashes, the
# NUMBERS_KEPT smallest: 64 bytes a briefing in the index; 16 let 2 of 231 pairs of the test's
# monthly releases through, the window's estimate too coarse), compared where both sketches
# see the same range of hashes. Fewer than MIN_NUMBERS there: no evidence, no veto.
NUMBERS_KEPT = 32
MIN_NUMBERS = 4
# Alike at this Jaccard or more, two texts are one text whose figures may be updated: an
# article whose one figure changed (a toll 3 -> 5: J 0.94, estimate 0.98) is its new version,
# so the numbers-inside veto needs two figures of the shorter there, not one (review s18
# R24); a copy whose every figure changed (a template filled in again) is still vetoed.
# Below it one figure is evidence: template feed entries (one headline pattern, another
# district and amount) are alike at 0.6-0.85. Not asking the veto at all from JACCARD (the
# reviewer's first suggestion) took the generated corpus (n=3000, seed 11) from P 0.98 to
# 0.46; from 0.8, 0.92; from 0.85 or 0.9, 0.98 (R 1.00 in each).
SAME_TEXT = 0.85
NUMBERS_AGREE = 0.5
# The headline template veto (titles_differ): the characters of the folded headlines kept in
# the signature, and the share of the longer headline two must have in common to be one
# template (matched in order; the rest is what each filled in). An outlet's own headline for
# a copy shares less: the real gold's rewritten ones 0.5-0.73 (反川普抗议歌曲 如雨后春笋般冒出 /
# 反川普 抗议歌曲涌现; 发现12具尸体 / 发现7具断头尸), the Shenzhen feed's templates 0.84-0.96.
TITLE_CHARS = 80
TEMPLATE_SHARE = 0.8
SLOT_GAP = 2  # characters in common inside one filled-in place
# A trimmed copy (review s23 R9: an outlet's first 12 of 20 paragraphs, headed 出台 for 发布)
# is inside its text but for its headline (at least CONTAINED of it), and the longer holds at
# least HOLDS_MORE of its shingles more than the headlines' difference accounts for
# (TITLE_WEIGHT + 1 a character: a template repeats its headline's slot in the body). The
# Shenzhen feed's template pairs are 0.77-0.95 inside, and as long as each other but for the slot.
CONTAINED = 0.9
HOLDS_MORE = 0.05
LABEL = 4  # characters one headline adds at its start or end that label the same document (图解, 政策解读)
# The period veto (periods_differ) reads the headline and the body's first PERIOD_CHARS characters: where
# a notice or a release says what it is for (自4月10日零点起, 现组织开展2025年度…); a page's residue (related
# stories, its own date lines) comes after. The periods are kept as they are (a few small numbers; session 25
# kept 16-bit hashes of them, as the number sketch does, which a set this small does not need).
PERIOD_CHARS = 200
QUARTER = 100  # a quarter's number is stored above it: 101-104, apart from months (1-12) and years (1900-2099)

_DROP = re.compile(f"[^0-9a-z{HAN}]+")
# The numbers of the veto are the figures: a number right before a percent sign or a word (a unit, a scale,
# a counted noun: 5.2%, 373亿元, 12家), never a date, a time or an ordinal (2023年, 1—10月, 2023-01-11, 第11届),
# which a copy's page residue adds and a template's issue changes (review s16 R8)
_FIGURE_NUMBER = re.compile(
    r"(?<![第0-9０-９.．/:：\-－])([0-9０-９]+(?:[.．][0-9０-９]+)?)"
    rf"(?=[%％‰]|(?![年月日時时分秒屆届次期號号點点])[{HAN}])"
)
_WIDE = str.maketrans("０１２３４５６７８９．", "0123456789.")
# A period: a year (2025年, 2025年度), a month (4月, 12月份), a quarter (一季度, 3季度) or an ISO date's year
# and month; days are left out (an update of the same story moves on a day).
_PERIOD = re.compile(
    r"(?<![0-9])(?:((?:19|20)[0-9]{2})年|([0-9]{1,2})月|((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.][0-9]{1,2}"
    r"|([一二三四1-4])季度)"
)
_DIGIT_GAP = re.compile(r"(?<=[0-9])\s+(?=[0-9年月])")  # 202 4年度 (a feed's stray blank)


def story_text(text: str) -> str:
    """The folded, punctuation-free text whose shingles are compared."""
    from .textsearch import fold

    return _DROP.sub("", fold(text[:MAX_CHARS]))


def shingles(title: str, text: str, k: int = K) -> set[int]:
    """The K-character shingles of the story text, as stable 32-bit hashes (crc32 of
    the UTF-32 bytes: the same in every process, unlike ``hash``; one encode per text,
    a slice per shingle). The title's count TITLE_WEIGHT times (salted copies), so
    that in a short text the headline decides."""
    crc = zlib.crc32
    width = 4 * k
    body = story_text(text).encode("utf-32-le")
    out = {crc(body[i : i + width]) for i in range(0, len(body) - width + 1, 4)}
    head = story_text(title).encode("utf-32-le")
    for salt in range(TITLE_WEIGHT):
        seed = crc(b"\x00title%d" % salt)  # crc32's running value: a salted copy of each shingle
        out.update(crc(head[i : i + width], seed) for i in range(0, len(head) - width + 1, 4))
    return out


def number_sketch(title: str, text: str) -> tuple[int, ...]:
    """The NUMBERS_KEPT smallest 16-bit hashes of the distinct numbers of the
    texts that are figures (_FIGURE_NUMBER; full-width digits read as ASCII), ascending."""
    runs = {run.translate(_WIDE) for part in (title, text[:MAX_CHARS]) for run in _FIGURE_NUMBER.findall(part)}
    return tuple(sorted({zlib.crc32(run.encode()) & 0xFFFF for run in runs})[:NUMBERS_KEPT])


def numbers_not_inside(small: Sequence[int], large: Sequence[int], least: int = 1) -> bool:
    """The shorter text's number sketch says figures the longer one does not: over the
    hashes both sketches cover, it states at least ``least`` and fewer than NUMBERS_AGREE of
    them are the other's. A copy, a teaser or a summary quotes its page's figures. An
    empty ``large`` says nothing (a signature stored before session 16 has no sketch)."""
    if not small or not large:
        return False
    top = min(small[-1] if len(small) >= NUMBERS_KEPT else 0xFFFF, large[-1] if len(large) >= NUMBERS_KEPT else 0xFFFF)
    seen = {x for x in small if x <= top}
    return len(seen) >= max(1, least) and len(seen.intersection(large)) < NUMBERS_AGREE * len(seen)


def numbers_veto(a: Sequence[int], b: Sequence[int], size_a: int, size_b: int, same_text: bool = False) -> bool:
    """The numbers veto of two texts of ``size_a`` and ``size_b`` shingles: they disagree
    (:func:`numbers_disagree`) or the shorter one's are not inside the longer one's, which
    two texts alike at SAME_TEXT (``same_text``) show by two figures at least (see there)."""
    small, large = (a, b) if (size_a, len(a)) <= (size_b, len(b)) else (b, a)
    return numbers_disagree(a, b) or numbers_not_inside(small, large, 2 if same_text else 1)


def numbers_disagree(a: Sequence[int], b: Sequence[int]) -> bool:
    """Two number sketches (:func:`number_sketch`) that say different figures: over the
    hashes both sketches cover, the smaller side shares fewer than NUMBERS_AGREE."""
    if len(a) < MIN_NUMBERS or len(b) < MIN_NUMBERS:
        return False
    top = min(a[-1] if len(a) >= NUMBERS_KEPT else 0xFFFF, b[-1] if len(b) >= NUMBERS_KEPT else 0xFFFF)
    seen_a = {x for x in a if x <= top}
    seen_b = {x for x in b if x <= top}
    small = min(len(seen_a), len(seen_b))
    return small >= MIN_NUMBERS and len(seen_a & seen_b) < NUMBERS_AGREE * small


def period_sketch(title: str, text: str) -> tuple[int, ...]:
    """The periods (_PERIOD) the headline's first TITLE_CHARS and the body's first PERIOD_CHARS
    characters name, ascending: a year as itself (2025), a month as its number (4), a quarter
    as QUARTER + its number (101). Bounded input, a handful of small numbers: kept whole."""
    head = _DIGIT_GAP.sub("", f"{title[:TITLE_CHARS]}\n{text[:PERIOD_CHARS]}".translate(_WIDE))
    found: set[int] = set()
    for year, month, iso_year, iso_month, quarter in _PERIOD.findall(head):
        if year or iso_year:
            found.add(int(year or iso_year))
        if month or iso_month:
            found.add(int(month or iso_month))
        if quarter:
            found.add(QUARTER + ("一二三四".find(quarter) + 1 or int(quarter)))
    return tuple(sorted(found))


def periods_differ(a: Sequence[int], b: Sequence[int]) -> bool:
    """Two texts' periods (:func:`period_sketch`) of which each names one the other does
    not: one notice re-issued for another year, quarter or month. One side's extra periods
    alone (a dateline, an update's day) are no evidence."""
    return bool(a) and bool(b) and not set(a) <= set(b) and not set(b) <= set(a)


def story_title(title: str) -> str:
    """The folded headline the template veto compares (its first TITLE_CHARS characters)."""
    return story_text(title)[:TITLE_CHARS]


def titles_differ(a: str, b: str) -> bool:
    """Two folded headlines (:func:`story_title`) that are one template filled in twice:
    at least TEMPLATE_SHARE of the longer is common to both, in order, and at least one
    place holds something different in each (a substitution, not only an insertion: 图解X
    and X are one document's, 2025年第二批 and 2026年第一批 two). A short addition at either
    end (LABEL characters: 图解X and X, X政策解读) labels the same document and is no part of
    the share: 图解：《高端装备…》政策解读 and 智能终端… are one template. Either empty: no veto."""
    if not a or not b or a == b:
        return False
    from difflib import SequenceMatcher

    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    size_a, size_b = len(a), len(b)
    for k in {0, len(ops) - 1}:
        op, i1, i2, j1, j2 = ops[k]
        if op in ("delete", "insert") and max(i2 - i1, j2 - j1) <= LABEL:
            size_a -= i2 - i1
            size_b -= j2 - j1
    common = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    if common < TEMPLATE_SHARE * max(size_a, size_b):
        return False
    # a place where each has its own: a replacement, or a deletion and an insertion a
    # character or two apart (粮食储备 / 食用植物油储备 aligns 食: -粮 =食 +用植物油)
    own_a = own_b = False
    for op, i1, i2, _, _ in ops:
        if op == "equal" and i2 - i1 > SLOT_GAP:
            own_a = own_b = False
        own_a |= op in ("replace", "delete")
        own_b |= op in ("replace", "insert")
        if own_a and own_b:
            return True
    return False


def places_differ(a: str, b: str) -> bool:
    """Two folded headlines (:func:`story_title`) that are one template (:func:`titles_differ`)
    each naming a place the other does not (jieba's ``ns`` tag, :func:`_place`): one notice filled in for two
    destinations or districts. Kept apart even when their texts are alike at SAME_TEXT, where
    an update's reworded headline is no evidence: an update names its places again or adds
    one (四川 / 四川雅安), it does not trade one for another. Only asked of pairs alike at
    SAME_TEXT whose headlines differ (tagging costs ~50 µs)."""
    if not a or not b or a == b or not titles_differ(a, b):
        return False
    from .segment import tag

    places_a = {word for word, pos in tag(a) if _place(word, pos)}
    places_b = {word for word, pos in tag(b) if _place(word, pos)}
    return bool(places_a - places_b) and bool(places_b - places_a)


# jieba tags some districts as names (越秀区: nr): a proper noun ending in a place suffix is a place too;
# a common noun is not (小区, 园区, 地区: n).
_PLACE_END = frozenset("省市县区镇乡州洲")


def _place(word: str, pos: str) -> bool:
    return pos == "ns" or (pos in ("nr", "nz", "nt") and len(word) > 1 and word[-1] in _PLACE_END)


def template_veto(size_a: int, size_b: int, title_a: str, title_b: str, contained: float) -> bool:
    """Two alike texts of ``size_a`` and ``size_b`` shingles, ``contained`` the share of the
    smaller inside the larger, under the folded headlines ``title_a`` and ``title_b``, are one
    template filled in twice (:func:`titles_differ`) unless the smaller is a trimmed copy or a
    teaser of the larger (CONTAINED, HOLDS_MORE): a copy may be headed with a synonym (发布/
    出台, 美方/美国); a template's two fillings each have their slot in the body too, and are
    as long as each other but for the slot. ``|L| - |S|`` is a lower bound of what the larger
    holds of its own."""
    slot = (TITLE_WEIGHT + 1) * abs(len(title_a) - len(title_b))  # shingles a longer slot adds
    if contained >= CONTAINED and abs(size_a - size_b) - slot >= HOLDS_MORE * max(size_a, size_b):
        return False
    return titles_differ(title_a, title_b)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def same_story(
    a: set[int],
    b: set[int],
    numbers_a: Sequence[int] = (),
    numbers_b: Sequence[int] = (),
    title_a: str = "",
    title_b: str = "",
    periods_a: Sequence[int] = (),
    periods_b: Sequence[int] = (),
) -> bool:
    """The exact test (the baseline, and the reference MinHash approximates); the titles
    are :func:`story_title`'s, the periods :func:`period_sketch`'s."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return False
    inter = len(a & b)
    j = inter / (len(a) + len(b) - inter)
    small = min(len(a), len(b))
    alike = j >= JACCARD or (small >= MIN_CONTAINED and inter / small >= CONTAINMENT)
    if not alike or periods_differ(periods_a, periods_b):
        return False
    if numbers_veto(numbers_a, numbers_b, len(a), len(b), same_text=j >= SAME_TEXT):
        return False
    if j >= SAME_TEXT:
        return not places_differ(title_a, title_b)
    return not template_veto(len(a), len(b), title_a, title_b, inter / small)


# --- MinHash ---------------------------------------------------------------------------
# One-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification
# (Shrivastava and Li 2014): each shingle hash is mixed once, its top 6 bits choose one
# of NUM_PERM bins and each bin keeps its smallest value; an empty bin borrows the next
# non-empty bin's value, offset by the distance. The bins line up between briefings as
# k permutations' minima do, so the banding and the Jaccard estimate are unchanged.
# It replaced datasketch's 64-permutation MinHash: one sort of the hashes instead of
# 64 affine hashes of each (numpy): 2.8 -> 0.4 ms a briefing of the generated corpus
# (shingles 0.5 -> 0.4 ms with one UTF-32 encode), no numpy/scipy import in every ingest
# worker, the same P/R on the real set and as close to exact Jaccard on 325 transformed
# real pairs (agreement 95.4% vs datasketch's 95.1%; benchmarks/bench_across_ingest.py).

_ALIKE, _SAME_TEXT = 1, 2  # how two signatures are alike (Signature._alike)
# NUM_PERM 32-bit words packed in one integer, word i at bit 32i (Signature.packed), and the masks
# that count words at once (SWAR): _LOW31 the low 31 bits of each word, _TOP its bit 31; _EVEN the
# even words (a 64-bit slot each, the odd word's half zero) and _GUARD bit 32 of each slot.
_PACKED_HEAD = 4 * (1 + NUM_PERM)  # a stored blob's size word and minima
_WORDS_ALL = (1 << (32 * NUM_PERM)) - 1
_LOW31 = int.from_bytes(b"\xff\xff\xff\x7f" * NUM_PERM, "little")
_TOP = _WORDS_ALL ^ _LOW31
_EVEN = int.from_bytes(b"\xff\xff\xff\xff\x00\x00\x00\x00" * (NUM_PERM // 2), "little")
_GUARD = int.from_bytes(b"\x00\x00\x00\x00\x01\x00\x00\x00" * (NUM_PERM // 2), "little")


def _equal_words(x: int) -> int:
    """How many of the NUM_PERM words of ``x`` (one packed signature XOR another) are 0: the
    minima the two share. A word's bit 31 of ((x & _LOW31) + _LOW31) | x is set exactly
    when the word is not 0 (the sum stays inside its word: at most 2**32 - 2)."""
    return NUM_PERM - ((((x & _LOW31) + _LOW31) | x) & _TOP).bit_count()


def _words_below(a: int, b: int) -> int:
    """How many words of packed ``a`` are below b's at the same place (unsigned). Even and
    odd words apart, each in a 64-bit slot: (2**32 + a_i) - b_i is in (0, 2**33), so no slot
    borrows from the next, and its bit 32 stays set exactly when a_i >= b_i."""
    even = (((a & _EVEN) | _GUARD) - (b & _EVEN)) & _GUARD
    odd = ((((a >> 32) & _EVEN) | _GUARD) - ((b >> 32) & _EVEN)) & _GUARD
    return NUM_PERM - even.bit_count() - odd.bit_count()


_BIN_BITS = 26  # 32-bit mixed hashes: 6 bits choose the bin (NUM_PERM = 64), 26 remain
_MIX = 0x9E3779B1  # Knuth's multiplicative constant: the top bits of crc32 * it are well spread


@dataclass(frozen=True, slots=True)
class Signature:
    """A briefing's MinHash minima, its shingle count (for containment), its number
    sketch (for the veto; empty in signatures stored before session 16: no veto) and its
    lead's MinHash values (for candidates; empty before session 18: no lead bands) and its
    folded headline (for the template veto; empty before session 22: no veto)."""

    values: tuple[int, ...]
    size: int
    numbers: tuple[int, ...] = ()
    lead: tuple[int, ...] = ()
    title: str = ""
    periods: tuple[int, ...] = ()

    def to_bytes(self) -> bytes:
        """The size word (its top bit: lead values follow the minima; the next: a title
        follows them; the third: periods follow), NUM_PERM minima, the LEAD_VALUES lead values
        if any, the title's length and its UTF-16 code units if any, the periods' count and
        16-bit words if any, then the number sketch's 16-bit words. A blob stored before
        session 18 (22, 25) has no flag and reads as it did."""
        import struct

        n, k, m = len(self.values), len(self.numbers), len(self.lead)
        flag = (_LEAD_FLAG if m else 0) | (_TITLE_FLAG if self.title else 0) | (_PERIODS_FLAG if self.periods else 0)
        title = _title_words(self.title)
        periods = (len(self.periods), *self.periods) if self.periods else ()
        return struct.pack(
            f"<I{n}I{m}I{len(title)}H{len(periods)}H{k}H",
            self.size | flag,
            *self.values,
            *self.lead,
            *title,
            *periods,
            *self.numbers,
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signature":
        """What :meth:`to_bytes` wrote."""
        import struct

        head = 4 * (1 + NUM_PERM) if len(data) >= 4 * (1 + NUM_PERM) else 4 * (len(data) // 4)
        size, *values = struct.unpack(f"<I{head // 4 - 1}I", data[:head])
        lead: tuple[int, ...] = ()
        if size & _LEAD_FLAG and len(data) >= head + 4 * LEAD_VALUES:
            lead = struct.unpack(f"<{LEAD_VALUES}I", data[head : head + 4 * LEAD_VALUES])
            head += 4 * LEAD_VALUES
        title = ""
        if size & _TITLE_FLAG and len(data) >= head + 2:
            title, head = _read_title(memoryview(data), head)
        periods: tuple[int, ...] = ()
        if size & _PERIODS_FLAG and len(data) >= head + 2:
            periods, head = _read_periods(memoryview(data), head)
        numbers = struct.unpack(f"<{(len(data) - head) // 2}H", data[head:])
        return cls(tuple(values), size & _SIZE_MASK, numbers, lead, title, periods)

    def bands(self) -> list[int]:
        """One 63-bit key per band, the BANDS of the minima then the LEAD_BANDS of the
        lead (:meth:`lead_bands`); equal keys make two briefings candidates."""
        keys = []
        for band in range(BANDS):
            chunk = self.values[band * ROWS : (band + 1) * ROWS]
            digest = hashlib.blake2b(repr((band, chunk)).encode(), digest_size=8).digest()
            keys.append(int.from_bytes(digest, "little") >> 1)
        return keys + self.lead_bands()

    def lead_bands(self) -> list[int]:
        """The lead's band keys (the last of :meth:`bands`): each counts LEAD_WEIGHT."""
        keys = []
        for band in range(len(self.lead) // LEAD_ROWS):
            chunk = self.lead[band * LEAD_ROWS : (band + 1) * LEAD_ROWS]
            digest = hashlib.blake2b(repr(("lead", band, chunk)).encode(), digest_size=8).digest()
            keys.append(int.from_bytes(digest, "little") >> 1)
        return keys

    def estimate(self, other: "Signature") -> float:
        same = sum(1 for x, y in zip(self.values, other.values, strict=False) if x == y)
        return same / len(self.values)

    def matches(self, other: "Signature") -> bool:
        """same_story() with the Jaccard and the containment estimated from the minima."""
        alike = self._alike(other.size, other.values)
        if not alike or periods_differ(self.periods, other.periods):
            return False
        if numbers_veto(self.numbers, other.numbers, self.size, other.size, alike == _SAME_TEXT):
            return False  # checked first: ~1 µs, the headlines' alignment ~20-100 µs
        if alike == _SAME_TEXT:
            return not places_differ(self.title, other.title)
        contained = self._contained(other.size, other.values)
        return not template_veto(self.size, other.size, self.title, other.title, contained)

    def packed(self) -> int | None:
        """The minima as one integer, word i at bits 32i (the stored blob's words 1..NUM_PERM
        read little-endian): :meth:`matches_bytes`' ``mine``. None unless NUM_PERM 32-bit values."""
        import struct

        if len(self.values) != NUM_PERM:
            return None
        try:
            return int.from_bytes(struct.pack(f"<{NUM_PERM}I", *self.values), "little")
        except struct.error:  # a value beyond 32 bits: signature() makes none
            return None

    def matches_bytes(self, data: bytes, mine: int | None = None) -> bool:
        """:meth:`matches` against a stored signature (:meth:`to_bytes`), read in place:
        the index checks every LSH candidate, ~100 a briefing on template-made corpora,
        and unpacking each into a Signature cost twice the comparison. ``mine``: this
        signature's :meth:`packed`, made once for all of a briefing's candidates; the
        minima are then compared as two integers (_alike_packed), the same answer."""
        head = 4 * (len(self.values) + 1)
        if sys.byteorder != "little" or len(data) < head:
            return self.matches(Signature.from_bytes(data))
        view = memoryview(data)
        words = view[:head].cast("I")
        size = words[0] & _SIZE_MASK
        if words[0] & _LEAD_FLAG:
            head += 4 * LEAD_VALUES
        if len(data) < head or (len(data) - head) % 2:
            return self.matches(Signature.from_bytes(data))
        if mine is not None and len(self.values) == NUM_PERM:  # (and the blob: len(data) >= _PACKED_HEAD)
            alike = self._alike_packed(size, mine, int.from_bytes(data[4:_PACKED_HEAD], "little"))
        else:
            alike = self._alike(size, words[1:])
        if not alike:
            return False
        title = ""
        if words[0] & _TITLE_FLAG and len(data) >= head + 2:
            title, head = _read_title(view, head)
        if words[0] & _PERIODS_FLAG and len(data) >= head + 2:
            periods, head = _read_periods(view, head)
            if periods_differ(self.periods, periods):
                return False
        if numbers_veto(self.numbers, view[head:].cast("H"), self.size, size, alike == _SAME_TEXT):
            return False
        if alike == _SAME_TEXT:
            return not places_differ(self.title, title)
        return not template_veto(self.size, size, self.title, title, self._contained(size, words[1:]))

    def _matches(self, other_size: int, other_values: Sequence[int]) -> bool:
        """Alike by the minima alone (the numbers not asked)."""
        return bool(self._alike(other_size, other_values))

    def _contained(self, other_size: int, other_values: Sequence[int]) -> float:
        """The share of the smaller text inside the larger, read from the minima (the module
        doc); 0.0 on fewer than MIN_EVIDENCE bins."""
        same = sum(map(eq, self.values, other_values))
        if (self.size, 0) <= (other_size, 1):
            below = sum(map(lt, self.values, other_values))
        else:
            below = sum(map(lt, other_values, self.values))
        return same / (same + below) if same + below >= MIN_EVIDENCE else 0.0

    def _alike_packed(self, other_size: int, mine: int, other: int) -> int:
        """:meth:`_alike` on NUM_PERM minima packed as integers (:meth:`packed`): its two counts
        by whole-integer arithmetic, each a few operations on 2,048 bits instead of 64
        comparisons (issue 19, session 43: the story check of a briefing added to a 100,000
        library reads ~40 candidates; _equal_words and _words_below are its counts exactly,
        tests/core/test_stories_packed_s43.py); the same decisions in the same order."""
        if self.size < MIN_SHINGLES or other_size < MIN_SHINGLES:
            return 0
        same = _equal_words(mine ^ other)
        if same >= SAME_TEXT * NUM_PERM:
            return _SAME_TEXT
        if same >= JACCARD * NUM_PERM:
            return _ALIKE
        if min(self.size, other_size) < MIN_CONTAINED:
            return 0
        if (self.size, 0) <= (other_size, 1):
            below = _words_below(mine, other)
        else:
            below = _words_below(other, mine)
        return _ALIKE if same + below >= MIN_EVIDENCE and same >= CONTAINMENT * (same + below) else 0

    def _alike(self, other_size: int, other_values: Sequence[int]) -> int:
        """0: not alike; _SAME_TEXT: one text (the estimate at SAME_TEXT or more); _ALIKE: by the
        Jaccard estimate or the smaller inside the larger."""
        if self.size < MIN_SHINGLES or other_size < MIN_SHINGLES:
            return 0
        same = sum(map(eq, self.values, other_values))
        if same >= SAME_TEXT * len(self.values):
            return _SAME_TEXT
        if same >= JACCARD * len(self.values):
            return _ALIKE
        if min(self.size, other_size) < MIN_CONTAINED:
            return 0
        # the bins whose union minimum is the smaller text's: equal (in both) or below the
        # larger's (not in it); see the module doc
        if (self.size, 0) <= (other_size, 1):
            below = sum(map(lt, self.values, other_values))
        else:
            below = sum(map(lt, other_values, self.values))
        return _ALIKE if same + below >= MIN_EVIDENCE and same >= CONTAINMENT * (same + below) else 0


def lead_values(text: str, folded: str | None = None) -> tuple[int, ...]:
    """LEAD_VALUES MinHash values of the K-character shingles of the first LEAD_CHARS
    characters of the body's story text (crc32 as :func:`shingles`), or () when it has
    fewer than MIN_SHINGLES: the lead bands' input. One multiply and XOR salt a value.
    ``folded``: story_text(text) when the caller has it (signature() does)."""
    lead = (story_text(text) if folded is None else folded)[:LEAD_CHARS].encode("utf-32-le")
    width = 4 * K
    hashes = {zlib.crc32(lead[i : i + width]) for i in range(0, len(lead) - width + 1, 4)}
    if len(hashes) < MIN_SHINGLES:
        return ()
    return tuple(min(((h ^ salt) * mult) & 0xFFFFFFFF for h in hashes) for salt, mult in _LEAD_MIXES)


_LEAD_FLAG = 1 << 31  # in the stored size word: lead values follow (a size is under 2**30)
_TITLE_FLAG = 1 << 30  # in the stored size word: the title follows the lead values
_PERIODS_FLAG = 1 << 29  # in the stored size word: the periods follow the title
_SIZE_MASK = _PERIODS_FLAG - 1  # a size is at most ~(MAX_CHARS + the title's) shingles


def _title_words(title: str) -> tuple[int, ...]:
    """The stored title: its length in UTF-16 code units, then the units (story_text keeps
    only the Basic Multilingual Plane: one unit a character)."""
    if not title:
        return ()
    units = memoryview(title.encode("utf-16-le")).cast("H")
    return (len(units), *units)


def _read_title(view: memoryview, head: int) -> tuple[str, int]:
    """The title stored at byte ``head`` (:func:`_title_words`) and the offset after it."""
    n = int.from_bytes(view[head : head + 2], "little")
    end = min(head + 2 + 2 * n, len(view))
    return bytes(view[head + 2 : end]).decode("utf-16-le", errors="replace"), end


def _read_periods(view: memoryview, head: int) -> tuple[tuple[int, ...], int]:
    """The periods stored at byte ``head`` (their count, then the 16-bit words) and the offset after them."""
    n = int.from_bytes(view[head : head + 2], "little")
    end = min(head + 2 + 2 * n, len(view) - (len(view) - head) % 2)
    return tuple(view[head + 2 : end].cast("H")), end


# (salt, odd multiplier) per lead value: fixed, the same in every process
_LEAD_MIXES = [(zlib.crc32(b"lead%d" % n), (_MIX * (2 * n + 3)) & 0xFFFFFFFF | 1) for n in range(LEAD_VALUES)]


def signature_of(
    shingle_set: Iterable[int],
    numbers: tuple[int, ...] = (),
    lead: tuple[int, ...] = (),
    title: str = "",
    periods: tuple[int, ...] = (),
) -> Signature | None:
    # A list, not a set: an odd multiplier is a bijection mod 2**32, so distinct shingles
    # stay distinct (hashing them again was a fifth of this function, issue 19).
    distinct = shingle_set if isinstance(shingle_set, (set, frozenset)) else set(shingle_set)
    mixed = sorted([(h * _MIX) & 0xFFFFFFFF for h in distinct])
    if len(mixed) < MIN_SHINGLES:
        return None
    low = (1 << _BIN_BITS) - 1
    bins: list[int | None] = []
    for b in range(NUM_PERM):  # sorted: a bin's minimum is the first value at or above its start
        i = bisect_left(mixed, b << _BIN_BITS)
        bins.append(mixed[i] & low if i < len(mixed) and mixed[i] >> _BIN_BITS == b else None)
    values = []
    for b in range(NUM_PERM):
        d = 0
        while bins[(b + d) % NUM_PERM] is None:  # at least one bin is full (>= MIN_SHINGLES hashes)
            d += 1
        values.append(bins[(b + d) % NUM_PERM] + (d << _BIN_BITS))  # type: ignore[operator]
    return Signature(tuple(values), len(mixed), numbers, lead, title, periods)


def signature(title: str, text: str) -> Signature | None:
    """The MinHash signature of a briefing; None when it is too short to compare.
    The same as ``signature_of(shingles(title, text), number_sketch(title, text), lead_values(text), …)``, the body's
    shingles hashed at
    once with numpy (a crc32 call per shingle was most of this function, issue 19)."""
    # numpy where it is loaded (the workers' forkserver imports it, WORKER_MODULES): a small
    # folder read in the reader's own process does not import it (~0.1 s) for this. Loaded
    # or being loaded by another thread: the import statement waits on the module's import
    # lock (sys.modules alone gave a partly initialised module: AttributeError, tester's note).
    try:
        if "numpy" not in sys.modules:
            raise ImportError
        import numpy as np
    except ImportError:
        return _reference(title, text)
    folded = story_text(text)
    body = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint8).reshape(-1, 4)
    if len(body) < K or body[:, 2:].any():  # story_text keeps only BMP characters; be safe
        return _reference(title, text)
    tables, zero = _crc_tables(np)
    n = len(body) - K + 1
    hashes = np.full(n, zero, dtype=np.uint32)
    low_bytes, high_bytes = body[:, 0].astype(np.intp), body[:, 1].astype(np.intp)  # one index array each, not 2K
    for j in range(K):
        hashes ^= tables[2 * j].take(low_bytes[j : j + n])  # the character's low byte in slot j
        hashes ^= tables[2 * j + 1].take(high_bytes[j : j + n])  # and its high byte
    lead = _lead_values_np(np, hashes[: min(LEAD_CHARS, len(body)) - K + 1])  # the lead's windows are the first
    head = story_text(title).encode("utf-32-le")
    width = 4 * K
    extra = [zlib.crc32(head[i : i + width], seed) for seed in _TITLE_SEEDS for i in range(0, len(head) - width + 1, 4)]
    if extra:
        hashes = np.concatenate([hashes, np.array(extra, dtype=np.uint32)])
    mixed = np.sort(hashes * np.uint32(_MIX))  # uint32 wraps: (h * _MIX) & 0xFFFFFFFF, sorted
    if len(mixed) > 1:  # distinct: np.unique gave the same at 6x the cost (numpy 2.x's hash table, then a sort)
        keep = np.empty(len(mixed), dtype=bool)
        keep[0] = True
        np.not_equal(mixed[1:], mixed[:-1], out=keep[1:])
        mixed = mixed[keep]
    if len(mixed) < MIN_SHINGLES:
        return None
    starts = np.arange(NUM_PERM, dtype=np.uint32) << np.uint32(_BIN_BITS)
    at = np.searchsorted(mixed, starts)
    first = mixed[np.minimum(at, len(mixed) - 1)]
    full = (at < len(mixed)) & ((first >> np.uint32(_BIN_BITS)) == np.arange(NUM_PERM, dtype=np.uint32))
    # rotation densification, as signature_of: each bin takes the next full bin's minimum (cyclically), plus
    # the distance d << _BIN_BITS. The next full bin at or after b: the smallest full place >= b in two rounds.
    places = np.arange(NUM_PERM)
    ahead = np.where(full, places, 2 * NUM_PERM)
    ahead = np.minimum.accumulate(np.concatenate([ahead, ahead + NUM_PERM])[::-1])[::-1][:NUM_PERM]
    d = ahead - places
    source = ahead % NUM_PERM
    values = (first[source].astype(np.int64) & ((1 << _BIN_BITS) - 1)) + (d.astype(np.int64) << _BIN_BITS)
    return Signature(
        tuple(values.tolist()),
        len(mixed),
        number_sketch(title, text),
        lead,
        story_title(title),
        period_sketch(title, text),
    )


def _lead_values_np(np, windows):  # type: ignore[no-untyped-def]
    """:func:`lead_values` from the crc32 of the lead's K-character windows (the first ones of
    signature's body hashes, which are crc32 of the same bytes): the distinct hashes, then one
    min a mix over them, uint32 arithmetic wrapping as the & 0xFFFFFFFF there."""
    hashes = np.unique(windows)
    if len(hashes) < MIN_SHINGLES:
        return ()
    salts, mults = _lead_mixes_np(np)
    return tuple(((hashes[None, :] ^ salts[:, None]) * mults[:, None]).min(axis=1).tolist())


_LEAD_MIXES_NP: list = []  # type: ignore[type-arg]


def _lead_mixes_np(np):  # type: ignore[no-untyped-def]
    if not _LEAD_MIXES_NP:
        _LEAD_MIXES_NP.append(
            (
                np.array([salt for salt, _ in _LEAD_MIXES], dtype=np.uint32),
                np.array([mult for _, mult in _LEAD_MIXES], dtype=np.uint32),
            )
        )
    return _LEAD_MIXES_NP[0]


def _reference(title: str, text: str) -> Signature | None:
    """:func:`signature` without numpy: from the shingle set."""
    return signature_of(
        shingles(title, text),
        number_sketch(title, text),
        lead_values(text),
        story_title(title),
        period_sketch(title, text),
    )


_TITLE_SEEDS = [zlib.crc32(b"\x00title%d" % salt) for salt in range(TITLE_WEIGHT)]  # as shingles()
_TABLES: list = []  # type: ignore[type-arg]


def _crc_tables(np):  # type: ignore[no-untyped-def]
    """crc32 of a K-character UTF-32 window as an XOR of per-byte tables: crc32 is
    affine over GF(2) for a fixed length, crc(x) = L(x) ^ crc(0), and L of a window is
    the XOR of L of each of its bytes alone in its place. A BMP character has two
    non-zero bytes, so 2K tables of 256 (8 KB: they stay in the L1 cache, where one
    table per character slot, 1 MB, missed it in the pipeline); ``zero`` = crc(0) of the
    window's length. Built once per process from 8 basis values a table."""
    if not _TABLES:
        width = 4 * K
        zero = zlib.crc32(bytes(width))
        tables = []
        for place in [4 * j + b for j in range(K) for b in (0, 1)]:
            table = np.zeros(256, dtype=np.uint32)
            for bit in range(8):
                probe = bytearray(width)
                probe[place] = 1 << bit
                table[1 << bit : 2 << bit] = table[: 1 << bit] ^ np.uint32(zlib.crc32(bytes(probe)) ^ zero)
            tables.append(table)
        _TABLES.append((tables, np.uint32(zero)))
    return _TABLES[0]


class StoryIndex:
    """Story ids assigned as briefings arrive: a briefing joins the story of the first
    earlier one its LSH bands meet whose signature matches; else it starts its own."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[int]] = {}
        self._sigs: dict[int, Signature] = {}
        self.story: dict[int, int] = {}

    def add(self, key: int, sig: Signature | None) -> int:
        story = key
        if sig is not None:
            bands = sig.bands()
            main = len(bands) - len(sig.lead) // LEAD_ROWS  # then the lead bands
            shared: dict[int, int] = {}
            for n, band in enumerate(bands):
                weight = 1 if n < main else LEAD_WEIGHT
                for other in self._buckets.get(band, ()):
                    shared[other] = shared.get(other, 0) + weight
            # two shared bands (or one lead band) at least, as the index asks; the earliest story that
            # matches, so candidates are tried by story and the first match ends it
            candidates = sorted((self.story[o], o) for o, count in shared.items() if count >= MIN_BANDS)
            for other_story, other in candidates:
                if other_story < story and sig.matches(self._sigs[other]):
                    story = other_story
                    break
            for band in bands:
                bucket = self._buckets.setdefault(band, [])
                if len(bucket) < BUCKET_CAP:
                    bucket.append(key)
            self._sigs[key] = sig
        self.story[key] = story
        return story


def cluster(items: Sequence[tuple[str, str]]) -> list[int]:
    """The story of each (title, text): the index of its story's first member."""
    index = StoryIndex()
    return [index.add(i, signature(title, text)) for i, (title, text) in enumerate(items)]


def cluster_exact(items: Sequence[tuple[str, str]]) -> list[int]:
    """The baseline: exact shingle Jaccard over every pair (quadratic), same joining
    rule as :func:`cluster` (a briefing joins the first earlier story it matches)."""
    sets = [shingles(title, text) for title, text in items]
    numbers = [number_sketch(title, text) for title, text in items]
    titles = [story_title(title) for title, _ in items]
    periods = [period_sketch(title, text) for title, text in items]
    story = list(range(len(items)))
    for i in range(len(sets)):
        for j in range(i):
            if same_story(sets[i], sets[j], numbers[i], numbers[j], titles[i], titles[j], periods[i], periods[j]):
                story[i] = min(story[i], story[j])
    return story


@dataclass(frozen=True, slots=True)
class StoryMap:
    """Which story each briefing is in, by briefing id: the story's id is the id of its
    first version (the earliest ingested, which the index's story ids also name). A
    briefing with no other version is its own story and need not be listed.

    What the query terms ``is:duplicate`` / ``story:ID`` and the list's story rows read;
    made by across.story_map from the index's stories table, or from the briefings'
    text in memory (:meth:`from_texts`) when there is no index: the same joining rule
    in the same order, so both give the same map."""

    story: dict[str, str]  # briefing id -> story id, for briefings that have another version
    members: dict[str, tuple[str, ...]]  # story id -> its versions' ids, in ingest order

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> "StoryMap":
        """(briefing id, story id) pairs in ingest order; singletons are dropped."""
        members: dict[str, list[str]] = {}
        for bid, sid in pairs:
            members.setdefault(sid, []).append(bid)
        shared = {sid: tuple(ids) for sid, ids in members.items() if len(ids) > 1}
        return cls({bid: sid for sid, ids in shared.items() for bid in ids}, shared)

    @classmethod
    def from_texts(cls, items: Iterable[tuple[str, str, str]]) -> "StoryMap":
        """(id, title, text) in ingest order: MinHash signatures and the StoryIndex."""
        index = StoryIndex()
        ids: list[str] = []
        for n, (bid, title, text) in enumerate(items):
            ids.append(bid)
            index.add(n, signature(title, text) if text else None)
        return cls.from_pairs((bid, ids[index.story[n]]) for n, bid in enumerate(ids))

    def __len__(self) -> int:
        """Stories with more than one version."""
        return len(self.members)

    def story_of(self, briefing_id: str) -> str:
        return self.story.get(briefing_id, briefing_id)

    def size(self, briefing_id: str) -> int:
        """How many versions the story of ``briefing_id`` has (1: none but itself)."""
        sid = self.story.get(briefing_id)
        return 1 if sid is None else len(self.members[sid])

    def duplicates(self) -> frozenset[str]:
        """The ids of every briefing that has another version."""
        return frozenset(self.story)

    def versions(self, briefing_id: str) -> tuple[str, ...]:
        """Every version of the story ``briefing_id`` is in, itself included, in ingest order."""
        sid = self.story.get(briefing_id)
        return (briefing_id,) if sid is None else self.members[sid]


EMPTY_STORIES = StoryMap({}, {})
