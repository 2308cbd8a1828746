"""The metric a figure measures: its subject, read from its sentence (issue 17).

``软件和信息服务业营业收入达到1.5万亿元，同比增长13%`` → both figures measure
``软件和信息服务业营收``. The subject is read from the figure's clause (the text between
two clause marks) with rjieba's segmentation and part-of-speech tags plus a few rules:

1. Left of the figure: strip the predicate and hedge words that end the clause
   (达到, 同比增长, 约, 分别 ...), then take the run of noun-like words just before it
   (nouns, verbal nouns, abbreviations, Latin words, and 和/及/与 between two of
   them). Places (``ns``), times (``t``, 2023年, 前三季度), numerals and 的 are dropped,
   so the same metric from different outlets, places and periods groups together.
2. A count's subject is the noun after its measure word (17名男子 → 男子); any figure
   with nothing on its left takes the noun after 的 (一套130多平米的大房子 → 大房子). Where the words
   after the measure word are an attribute (10个全国领先、有竞争力的直播电商平台, 8组精彩的数字平台成果,
   培育10家以上具有国际竞争力的创新型头部企业), the count's subject is the noun phrase the figures
   extractor counted (its English noun: "10 platforms"), else the head noun after 的 (a noun of
   figures' NOUNS table), never the attribute (领先, 精彩) or a verb on the left (培育).
3. A figure with no subject of its own, right after a figure's clause in the same
   sentence, measures the same thing (营收达到1.5万亿元，同比增长13%; 城市上涨0.3%，农村上涨0.4% keeps
   each one's own).
4. Normalised: Simplified script, folded, a short synonym table (营业收入 → 营收).

Precision first: a figure whose subject cannot be read gets ``""`` (shown as "—"),
never a guess from another sentence. Measured on tests/data/realworld (metrics_gold.toml):
see benchmarks/bench_across.py and the numbers in its docstring.
"""

from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from . import segment  # costs nothing at import (rjieba loads on first use)
from .figures.units import NOUNS
from .hanzi import to_simplified  # costs nothing at import (its converters load on first use)
from .model import Figure
from .punct import SENTENCE_OR_LINE_END

__all__ = ["CLAUSE_MARKS", "figure_metrics", "grouping_scores", "metric_of", "normalise"]

# A clause ends at these; a figure's subject is never looked for across one.
CLAUSE_MARKS = '，,；;。！？!?\n：:（）()【】「」“”"'
_CLAUSE_RE = re.compile("[" + re.escape(CLAUSE_MARKS) + "]")
# How far either side of a figure the clause is read (bounded work on a long line).
WINDOW = 60

# Words between a subject and its figure: predicates, bases of comparison, hedges.
# Stripped from the end of the left context repeatedly, longest first.
_PREDICATES = sorted(
    {
        "达到",
        "达",
        "为",
        "是",
        "有",
        "约为",
        "约",
        "近",
        "将近",
        "接近",
        "超过",
        "超",
        "逾",
        "突破",
        "仅",
        "只",
        "只有",
        "高达",
        "共",
        "共计",
        "累计",
        "合计",
        "总计",
        "实现",
        "完成",
        "录得",
        "报",
        "升至",
        "降至",
        "增至",
        "跌至",
        "增长",
        "增加",
        "上涨",
        "上升",
        "提高",
        "提升",
        "下降",
        "下跌",
        "减少",
        "降低",
        "回落",
        "跌",
        "涨",
        "升",
        "降",
        "同比",
        "环比",
        "比上年",
        "比上年同期",
        "较上年",
        "较上年同期",
        "较去年",
        "比去年",
        "同期",
        "比",
        "较",
        "分别",
        "均",
        "都",
        "也",
        "亦",
        "还",
        "则",
        "已",
        "已经",
        "将",
        "预计",
        # target verbs: 零售额力争达到6000亿元 measures 零售额 (strive to, is expected to)
        "力争",
        "争取",
        "有望",
        "力求",
        "或",
        "或达",
        "可",
        "可达",
        "能",
        "能达到",
        "大约",
        "左右",
        "以上",
        "至少",
        "不少于",
        "不超过",
        "最高",
        "最多",
        "下调至",
        "上调至",
        "调整为",
        "由",
        "从",
        "在",
        "按",
        "以",
        "于",
        "占",
        "占比",
        "达到了",
        "了",
        "的",
        "上浮",
        "下调",
        "收费",
        "缴费",
        "减按",
        "每",
        "平均",
        "年均",
        "月均",
        "日均",
        "隔夜",
        "高于",
        "低于",
        "快于",
        "慢于",
        "多于",
        "少于",
        "领回了",
        "领回",
        "领到",
        "带动",
        "拉动",
    },
    key=lambda w: (-len(w), w),  # longest first; ties by text, so the pattern is the same every start
)
# Leading words that are framing, not subject.
_LEADERS = ("其中", "此外", "另外", "同时", "目前", "全年", "今年", "去年", "当年", "本年", "截至", "截止")
# Tags (jieba's set) a subject is made of.
_STOP_TAGS = frozenset(
    {"x", "uj", "ul", "uz", "ug", "uv", "ud", "u", "p", "r", "rr", "rz", "d", "m", "mq", "c", "f", "y", "e", "o", "z"}
)
# Stops that may sit between a subject and its figure (每个, 仅, 了, 其): skipped before the run starts.
_SKIP_BEFORE = frozenset({"d", "r", "rr", "rz", "ul", "uj", "u", "m", "mq", "f", "y"})
_JOINERS = frozenset({"和", "及", "与", "以及", "、", "/", "兑", "对"})
# Framing words dropped wherever they stand (whole-country scope, time units, 'in total').
_DROP_WORDS = frozenset(
    {
        "全国",
        "全省",
        "全市",
        "全球",
        "全体",
        "地区",  # 东部地区, 中部地区: a reporting region (its direction word is tagged f and dropped too)
        "本市",
        "本省",
        "我国",
        "国内",
        "内地",  # 香港与内地官员: a reporting region like 国内
        "小时",
        "小时内",
        "天",
        "每天",
        "每月",
        "每年",
        "按季",
        "隔夜",
        "一共",
        "总共",
        "淡季",
        "旺季",
        "迄今",
        "以来",
        "目前",
        "当前",
        "现行",
        "实现",
        "完成",
        "录得",
    }
)  # 本市软件业实现营业收入: the verb is transparent
# Head words a subject may end on although jieba tags them as verbs (收入 v).
_VERB_HEADS = frozenset(
    {
        "收入",
        "投资",
        "消费",
        "出口",
        "进口",
        "贷款",
        "存款",
        "营收",
        "支出",
        "补贴",
        "交易",
        "运输",
        "增长",
        "用水",
        "生产",
        "销售",
        "成交",
        "融资",
        "发行",
        "扣除",
        "减免",
        "投入",
        "回报",
        "成本",
        "盈余",
        "亏损",
        "增产",
        "造林",
        "治理",
        "出售",
        "售价",
        "零售",
        "批发",
    }
)
# Subjects too general to stand alone: the noun after the figure (每月2000元的标准) is
# only taken when it is not one of these.
_GENERIC = frozenset(
    {
        "标准",
        "价格",
        "费用",
        "金额",
        "水平",
        "规模",
        "比例",
        "数额",
        "资金",
        "款项",
        "钱",
        "基础",
        "当中",
        "调整",
        "现行标准",
        "一单",
        "人",
        "每人",
        "每托位",
    }
)
# One word for one thing across outlets (applied to the joined subject).
SYNONYMS: tuple[tuple[str, str], ...] = (
    ("营业收入", "营收"),
    ("主营业务收入", "主营收入"),
    ("营业额", "营收"),
    ("国内生产总值", "GDP"),
    ("居民消费价格指数", "CPI"),
    ("居民消费价格", "CPI"),
    ("社会消费品零售总额", "社零总额"),
    ("固定资产投资额", "固定资产投资"),
    ("进出口总值", "进出口总额"),
    ("进出口额", "进出口总额"),
    ("生产总值", "GDP"),  # 地区生产总值: a region's GDP is GDP (地区, a place, is dropped)
    ("成交均价", "均价"),
    ("房企", "房地产开发企业"),
    ("软信业", "软件和信息服务业"),  # Shanghai's usual short form
)
# Joiners between two nouns, one spelling (定金及预收款 = 定金和预收款; 和 as in
# 软件和信息服务业); per token, so 和平 or 参与 are never touched.
_JOINER_FORM = {"及": "和", "与": "和", "以及": "和"}
# Numerals and units of time: a token tagged m without them is no number (款).
_NUMERAL_CHARS = re.compile("[0-9０-９零〇一二两三四五六七八九十百千万萬亿億几半年月日号天周季时分秒]")
_EFFECT = "影响"
# Modifiers that qualify a period or a forecast, not the thing measured.
_MODIFIER_RE = re.compile("预计|预期|年均|月均|日均|累计|全年|当年|年增率$|增速$")  # X的增速 measures X
_PAREN_RE = re.compile(r"[（(][^（）()]{0,30}[）)]")
_TIME_RE = re.compile(
    r"(\d{2,4}|[一二两三四五六七八九十〇零]{1,4})(年|月|日|季度)(份|度)?|[上下]半年|前?[一二三四]季度|全年|年度|年末|年底|年初|月份|每[年月日天]"
)
_NOISE_RE = re.compile(r"[\s\d.%％·\-—~～/]+")


@functools.lru_cache(maxsize=8192)
def _tag(text: str) -> tuple[tuple[str, str], ...]:
    # segment.py's segmenter (rjieba with the domain dictionary, loaded on first use): the one topics and figures cut
    # with, whichever of them ran first in this process
    return tuple(segment.tag(text))


def _raw_clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's text left and right of the figure (each at most WINDOW chars), as written: neither holds a
    clause mark (a line's end among them)."""
    left = _PAREN_RE.sub("", text[max(0, start - WINDOW) : start])  # 影响CPI（居民消费价格指数）下降
    right = text[end : end + WINDOW]
    cut = [m.end() for m in _CLAUSE_RE.finditer(left)]
    if cut:
        left = left[cut[-1] :]
    m = _CLAUSE_RE.search(right)
    if m:
        right = right[: m.start()]
    return left, right


# figure_metrics' clauses of one text, converted at once (_clauses): (text, {(start, end): (left, right)}) per thread
_known = threading.local()


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's text left and right of the figure (each at most WINDOW chars), in Simplified script."""
    known: tuple[str, dict[tuple[int, int], tuple[str, str]]] | None = getattr(_known, "clauses", None)
    if known is not None and known[0] is text and (found := known[1].get((start, end))) is not None:
        return found
    left, right = _raw_clause(text, start, end)
    # Briefing text is Simplified already; text from elsewhere (figures --stdin) may not be
    return to_simplified(left), to_simplified(right)


def _clauses(text: str, spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int], tuple[str, str]]:
    """:func:`_clause` of each span of ``text``, converted to Simplified in one call: each clause was one OpenCC
    call of ~10 us, two a figure and again for a count's and an inheriting figure's (issue 19: a quarter of the
    metrics' time). No clause holds a line's end (a clause mark), and no OpenCC phrase spans one (it converts
    "a\nb" as "a" and "b", as hanzi's own split at NUL and kept characters relies on), so the clauses joined by
    line ends convert to the same clauses; when the pieces do not come back one for one (a lone surrogate
    leaves the whole text unconverted: each piece then), each is converted alone."""
    raw = {span: _raw_clause(text, *span) for span in spans}
    pieces = [piece for pair in raw.values() for piece in pair]
    joined = "\n".join(pieces)
    converted = to_simplified(joined).split("\n") if joined else pieces
    if len(converted) != len(pieces) or not _encodable(joined):
        converted = [to_simplified(piece) for piece in pieces]
    return {span: (converted[2 * i], converted[2 * i + 1]) for i, span in enumerate(raw)}


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_PREDICATE_TAIL = re.compile("(?:" + "|".join(map(re.escape, _PREDICATES)) + ")+$")


def _strip_predicates(left: str) -> str:
    """``left`` without the predicate and hedge words at its end (one regex: this runs
    for every figure of every briefing at ingest)."""
    m = _PREDICATE_TAIL.search(left)
    return left[: m.start()] if m else left


def _noun_run(tokens: Sequence[tuple[str, str]], from_end: bool) -> list[str]:
    """The run of subject words at the end (or the start) of ``tokens``.

    jieba's tags are noisy on news text (收入 v, 贡献率 nr, 类 q), so a run is
    everything up to a *stop*: punctuation, 的, a preposition, a pronoun, an adverb,
    a numeral or a verb that is not a known head noun (营业收入, 政府投入)."""
    seq = list(reversed(tokens)) if from_end else list(tokens)
    run: list[str] = []
    scoped = False  # a place or framing word was dropped before the run started
    modifiers = 0  # words of the run tagged b (记账式, 大型): the only kind a verb may follow after a figure
    for n, (word, tag) in enumerate(seq):
        if tag == "nr" and len(word) >= 3 and word[-1] in _ADMIN_SUFFIXES:
            tag = "ns"  # 杨浦区, tagged a person's name: a place
        if word in _DROP_WORDS or _TIME_RE.fullmatch(word) or tag in ("t", "ns"):
            scoped = scoped or not run
            continue  # times, places and framing words inside a subject are dropped, not a stop
        if word in _JOINERS:
            if run:
                run.append(_JOINER_FORM.get(word, word))
                continue
            if scoped and not from_end:
                continue  # 11名香港与内地官员: a list of places before the noun, not a second subject
            break
        if from_end and run and n + 1 < len(seq) and _figure_ends(seq[n + 1], word, tag):
            break  # 领军人才 in 顶尖人才50人、领军人才200人: 人 after 50 is that figure's unit
        if word.isspace() and run and run[-1].isascii() and n + 1 < len(seq) and _latin(seq[n + 1][0]):
            run.append(" ")  # CITY CAFE咖啡: a space between two Latin words is inside the name
            continue
        if tag == "m" and not _NUMERAL_CHARS.search(word):
            tag = "n"  # 款 in 成交价款: jieba calls it a numeral
        verb = tag.startswith("v") and tag != "vn" and word not in _VERB_HEADS
        if verb and run and n + 1 < len(seq) and _compound_noun(seq[n + 1]) and (from_end or modifiers == len(run)):
            # a verb between two nouns is inside the name (房地产开发投资, 房企到位资金); after a figure only
            # when a modifier opens it (记账式贴现国债): 企业发放资金 is a noun and its predicate
            verb = False
        if verb and run and from_end and _types(run[::-1]):
            verb = False  # the stem of a 型 modifier (知识 in 知识密集型, 创新 in 创新驱动型: tester s22 T13)
        stop = (
            _NOISE_RE.fullmatch(word) is not None
            or _CLAUSE_RE.fullmatch(word) is not None
            or (tag in _STOP_TAGS and tag != "n")
            or verb
        )
        if stop:
            if run or tag not in _SKIP_BEFORE:
                break
            continue  # 每个 / 仅 / 了 between the subject and its figure
        run.append(word)
        modifiers += tag == "b"
    if from_end:
        run.reverse()
        tags = dict(tokens)
        # a verb let in between two nouns opens nothing: 发放稳岗返还资金 when the noun
        # before it (企业 of 721.1万户企业) was a figure's
        while (
            len(run) > 1
            and tags.get(run[0], "")[:1] == "v"
            and tags[run[0]] != "vn"
            and run[0] not in _VERB_HEADS
            and not _types(run[1:])
        ):
            run.pop(0)
    while run and run[-1] in _JOINERS:
        run.pop()
    while run and run[0] in _JOINERS:
        run.pop(0)
    return run


_ADMIN_SUFFIXES = frozenset("省市区县镇乡州")  # the last character of a place's name


_DIGITS = re.compile("[0-9０-９零〇一二两三四五六七八九十百千万萬亿億]")


def _figure_ends(number: tuple[str, str], word: str, tag: str) -> bool:
    """``word``, right after the token ``number``, ends another figure: its measure word
    (50人, 120家, 71岁) or, after a number that has its measure (721.1万户), its noun;
    a word after a bare number is that number's thing (千万中奖张数, 200万特奖)."""
    text, number_tag = number
    if number_tag != "m" or not _DIGITS.search(text):
        return False
    return not _DIGITS.match(text[-1]) or len(word) == 1 or tag in ("q", "m")


def _latin(word: str) -> bool:
    return word.isascii() and word.isalnum()


def _types(words: Sequence[str]) -> bool:
    """``words`` (in text order) open with a bound 型 modifier (密集型, 驱动 型, 型): the word
    before them is its stem. Not a word of its own (新型, 大中型): 筹集/达到 stay verbs."""
    if len(words) > 1 and words[1] == "型":
        return True
    first = words[0] if words else ""
    return first == "型" or (first.endswith("型") and len(first) >= 3 and not set(first[:-1]) <= _SIZE_CHARS)


_SIZE_CHARS = frozenset("大中小新重轻微巨超")  # 大中型, 超大型: a size, not a bound modifier


def _compound_noun(token: tuple[str, str]) -> bool:
    """A word that can open a noun compound before a verb: a noun or an abbreviation
    (房地产 j, 房企 j), not a place, a time or a framing word (dropped, not joined)."""
    word, tag = token
    return tag[:1] in ("n", "j") and tag != "ns" and word not in _DROP_WORDS and not _TIME_RE.fullmatch(word)


@functools.lru_cache(maxsize=8192)  # subjects repeat across a corpus's figures
def normalise(subject: str) -> str:
    """The grouping key of a subject: Simplified, folded, no times, one synonym each."""
    if not subject:
        return ""
    from .textsearch import normalize_term

    s = normalize_term(subject)
    s = _TIME_RE.sub("", s)
    s = _MODIFIER_RE.sub("", s)
    for word, canonical in SYNONYMS:
        s = s.replace(word.casefold(), canonical.casefold())
    s = re.sub(r"(?<=[a-z0-9]) (?=[a-z0-9])", "\x00", s)  # CITY CAFE: one space between Latin words stays
    s = re.sub(r"[的\s]", "", s).replace("\x00", " ")
    s = re.sub(  # CPI, GDP, NDF, CITY CAFE; cache line cased as one name
        r"[a-z]+(?: [a-z0-9]+)*", lambda m: m.group().upper() if max(map(len, m.group().split())) <= 4 else m.group(), s
    )
    s = s.strip("和及与、/·-")
    return s if len(s) >= 2 or (s and s.isascii() and s.isalnum()) else ""


@functools.lru_cache(maxsize=8192)  # a function of the clause alone, and clauses repeat (issue 19: _noun_run's time)
def _subject_left(left: str) -> str:
    if left.startswith(_LEADERS):  # (most subjects open with none: one test, not twelve)
        for leader in _LEADERS:
            if left.startswith(leader):
                left = left[len(leader) :]
    left = _strip_predicates(left.strip())
    if not left:
        return ""
    subject = "".join(_noun_run(_tag(left), from_end=True))
    return "" if subject in _GENERIC else subject


def _bare(text: str, start: int, end: int) -> bool:
    """True when the figure's clause says nothing but predicates and framing on its
    left (营收达到1.5万亿元，同比增长13%): only then does it inherit a subject."""
    left, _ = _clause(text, start, end)
    left = _NOISE_RE.sub("", _TIME_RE.sub("", left))
    for word in (*_LEADERS, *_DROP_WORDS):
        left = left.replace(word, "")
    return not _strip_predicates(left)


# A term between an amount and what it buys (301亿元7天期逆回购, 650亿元182天记账式贴现国债, 50亿元3年期国债):
# the instrument's tenor, not its subject
_TENOR_RE = re.compile(r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})个?(?:天|日|周|月|年)期?")


@functools.lru_cache(maxsize=8192)  # as _subject_left
def _subject_right(right: str, kind: str) -> str:
    """The noun right after the figure (17名男子, 4万元盈余, 300多万的订单)."""
    right = right.strip()
    if right.startswith("的"):
        right = right[1:]
    if kind == "money" and (tenor := _TENOR_RE.match(right)):
        right = right[tenor.end() :]
    tokens = _tag(right[:24])
    run = _noun_run(tokens, from_end=False)
    if not run:
        return ""
    # the run must end on a noun (调整为30% is a verb, 100元运营补贴 a noun)
    tags = dict(tokens)
    if not (tags.get(run[-1], "n")[:1] in ("n", "j", "l", "e", "q", "b") or run[-1] in _VERB_HEADS):
        return ""
    subject = "".join(run)
    return "" if subject in _GENERIC else subject


def metric_of(text: str, start: int, end: int, kind: str) -> str:
    """The normalised subject of the figure at ``text[start:end]``; ``""`` when none."""
    if kind in ("date", "year"):
        return ""
    left, right = _clause(text, start, end)
    subject = _subject_right(right, kind)
    if not subject:
        at = max(left.rfind("分别"), left.rfind("分別"))
        listed = left[:at].split("、") if at >= 0 else []
        if (
            len(listed) > 1
            and not _subject_left(left[at + 2 :])
            and not all(_PERIOD_ITEM_RE.fullmatch(item.strip()) for item in listed[:-1])
        ):
            # one of a 分别 list's figures (A、B和C…分别增长x、y和z, nothing named between):
            # which subject is its own only the whole list says (figure_metrics' _respectively);
            # the noun before 分别 is the last item's, so none rather than a wrong one (tester s22 T7)
            return ""
        subject = _subject_left(left)
    return normalise(subject)


# months as a period (今年前10个月, 3月份): the one table of period words, for both uses below
_MONTHS = r"(?:今年|去年|明年|本年|全年)?前?\d{1,2}个?月份?"
# a list of periods (2023年、2024年…金额分别为x、y): one subject measured twice, not a subject a figure
_PERIOD_ITEM_RE = re.compile(rf"(?:\d{{2,4}}年度?|{_MONTHS}|第?[一二三四1-4]季度|[上下]半年)")
_SENTENCE_END_RE = re.compile(f"[{SENTENCE_OR_LINE_END}]")  # the same table as figures' (punct)


def _sentence_of(ends: list[int], pos: int) -> int:
    """The start of the sentence at ``pos`` (as _sentence_start), from the sentence
    ends found once per text: the last end at or before ``pos``, at most 400 back."""
    i = bisect_right(ends, pos) - 1
    return max(pos - 400, 0, ends[i] if i >= 0 else 0)


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in SENTENCE_OR_LINE_END))


_COUNT_RE = re.compile(r"[\d一二两三四五六七八九十百千万几数]+[名个位家项只台辆件]")  # 一名: a count, no item
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及|或)\s*")  # between two figures of one list
_RESPECTIVELY = "分别"
_PERIOD_RE = re.compile(_MONTHS)  # cut from a list's subject: 今年前10 月营业额


def _respectively(text: str, figures: Sequence[Figure]) -> dict[int, str]:
    """Rule 6: ``A、B和C价格分别上涨1.4%、0.2%和0.1%``: the k-th figure of a list after
    分别 measures the k-th subject of the list before it, each with the last one's head
    word(s) (价格) when it lacks them. Only when the counts agree; figure index -> metric."""
    out: dict[int, str] = {}
    i = 0
    while i < len(figures):
        j = i
        while j + 1 < len(figures) and _LIST_GAP.fullmatch(text[figures[j].end : figures[j + 1].start]):
            j += 1
        if j > i:
            left, _ = _clause(text, figures[i].start, figures[i].end)
            at = left.rfind(_RESPECTIVELY)
            if at > 0:
                items = _list_items(_strip_predicates(left[:at].strip()), j - i + 1)
                if items:
                    for k, metric in enumerate(items):
                        out[i + k] = metric
        i = j + 1
    return out


def _list_items(subject: str, n: int) -> list[str] | None:
    subject = _PERIOD_RE.sub("", re.sub(r"\s+", "", subject))  # 今年前10 月营业额: the period splits the name
    parts = [p for p in subject.split("、") if p]
    if len(parts) == n - 1:  # 超级市场与零售式量贩店营业额: the last pair joined by a word
        for joiner in ("以及", "和", "与", "及"):
            head, sep, tail = parts[-1].rpartition(joiner)
            if sep and head and tail:
                parts[-1:] = [head, tail]
                break
    if len(parts) != n:
        return None
    names = [normalise(_subject_left(p)) or normalise(p) for p in parts]  # 居住 (a verb) is still an item
    if not names[-1] or not all(names):
        return None
    whole = normalise(parts[-1])
    own = whole[: len(whole) - len(names[-1])]
    if own and whole.endswith(names[-1]) and not _COUNT_RE.fullmatch(own):
        # 东部、中部、西部地区实际使用外资: the last item's own words (西部地区) came before the
        # subject the items share, and the noun run kept the shared part alone (tester s22 T7:
        # the west's growth was named as the national metric); not a count (一名副总经理及一名项目经理)
        shared, tail = names[-1], _tag(names[-1])[-1][0]
        if any(name == tail for name in names[:-1]):
            return None  # an item read as the head word alone (中证1000指数 -> 指数): its own words lost
        # an item with its own head word (上证指数 before 北证50指数) takes nothing more
        return [name if name.endswith(tail) else normalise(name + shared) for name in names[:-1]] + [whole]
    words = [w for w, _ in _tag(names[-1])]
    head = "".join(words[-2:]) if len(words) >= 2 and len(words[-1]) == 1 else words[-1]  # 买家数, 价格
    if len(words) < 2:
        return None  # the last subject is its head only: nothing to share
    return [name if name.endswith(head) else normalise(name + head) for name in names[:-1]] + [names[-1]]


_NOUNS_BY_EN: dict[str, tuple[str, ...]] = {}  # figures' counted nouns by their English ("platforms": 平台)
for _zh, _en in NOUNS.items():
    _NOUNS_BY_EN[_en] = (*_NOUNS_BY_EN.get(_en, ()), _zh)
_NOUN_ENDINGS = tuple(NOUNS)


def _counted(text: str, fig: Figure, metric: str) -> str:
    """The subject of a count, from the thing it counts (rule 2): ``metric`` when it names that thing already."""
    _, right = _clause(text, fig.start, fig.end)
    right = right.strip()
    if "的" not in right:
        return metric  # no attribute phrase (most counts: one look, no segmenting)
    lead = "".join(_noun_run(_tag(right[:24]), from_end=False))
    if lead:
        # only where the words after the measure word are an attribute: 的 or a 、 after them (8组精彩的…,
        # 10个全国领先、有…的); a noun said right after it is the subject (5家企业的负责人, 16个单位和12…)
        at = right.find(lead)
        if at < 0 or right[at + len(lead) : at + len(lead) + 1] not in ("的", "、"):
            return metric
        if (de := right.find("的", at)) < 0 or _CLAUSE_RE.search(right, at, de):
            return metric
    elif not (metric and len(tokens := _tag(metric)) == 1 and tokens[0][1] in ("v", "vn")):
        return metric  # the subject on the left stays, unless it is a verb alone (培育10家以上…企业)
    head = ""
    keys = _NOUNS_BY_EN.get(fig.en.rsplit(" ", 1)[-1], ())
    found = [(at, key) for key in keys if (at := right.find(key)) >= 0]
    if found:  # the noun the extractor counted (10个国家的代表 counts 国家: "10 countries")
        at, key = min(found)
        head = "".join(_noun_run(_tag(right[: at + len(key)]), from_end=True))
    elif (de := right.find("的")) > 0 and not metric.endswith(_NOUN_ENDINGS):
        # 8组精彩的数字平台成果: the head after 的 (a noun the extractor counts), not the attribute before it
        run = "".join(_noun_run(_tag(right[de + 1 :]), from_end=False))
        head = run if run.endswith(_NOUN_ENDINGS) else ""
    if not head or head in _GENERIC:
        return metric
    head = normalise(head)
    return metric if not head or head in metric else head  # (专业机构、龙头企业, 特色产业园区 keep their words)


def figure_metrics(text: str, figures: Iterable[Figure]) -> list[str]:
    """The metric of each figure of ``text`` (figures in text order), with rule 3:
    a figure with no subject of its own takes the last one read in its sentence."""
    figures = list(figures)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)] if figures else []  # once, not 5 rfinds a figure
    _known.clauses = (text, _clauses(text, [(f.start, f.end) for f in figures if f.kind not in ("date", "year")]))
    try:
        return _figure_metrics(text, figures, ends)
    finally:
        _known.clauses = None


def _figure_metrics(text: str, figures: list[Figure], ends: list[int]) -> list[str]:
    out: list[str] = []
    last, last_sentence, last_end = "", -1, 0
    listed = _respectively(text, figures) if _RESPECTIVELY in text or "分別" in text else {}  # either script
    for n, fig in enumerate(figures):
        if n in listed and fig.kind not in ("date", "year"):
            metric = listed[n]
        else:
            metric = metric_of(text, fig.start, fig.end, fig.kind) if fig.kind not in ("date", "year") else ""
            if fig.kind == "count":
                metric = _counted(text, fig, metric)
        sentence = _sentence_of(ends, fig.start)
        if sentence == last_sentence and fig.kind not in ("date", "year", "count"):
            between = text[last_end : fig.start]
            if metric and last and metric != last:
                metric = _elided(metric, last)
            if not metric and len(_CLAUSE_RE.findall(between)) <= 1 and _bare(text, fig.start, fig.end):
                metric = last  # only from the clause just before: 临时停车…免费 in between has its own subject
            elif metric.startswith(_EFFECT) and last and not last.startswith(_EFFECT):
                # 猪肉价格上涨1.4%，影响CPI上涨约0.02个百分点: the effect of pork on the CPI
                metric = f"{last}对{metric[len(_EFFECT) :]}影响"
        if metric and fig.kind not in ("date", "year", "count") and "影响" not in metric:
            last, last_sentence = metric, sentence
        last_end = fig.end
        out.append(metric)
    return out


def _elided(metric: str, last: str) -> str:
    """Rule 5: a one-word subject after a longer one in the same sentence names its
    head only, the rest said once (商品房销售面积…；销售额 → 商品房销售额; 房地产开发
    投资…；中部地区投资 → 房地产开发投资). It takes the words of ``last`` before the
    word where it would start: only at a word boundary, so 出口 after 进出口总额 stays."""
    if metric.isascii() or len(_tag(metric)) != 1:
        return metric
    at = 0
    for word, _ in _tag(last)[:-1]:
        at += len(word)
        if last.startswith(metric[0], at):
            return last[:at] + metric
    return metric


def grouping_scores(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of a grouping against gold labels, with the
    number of predicted and gold same-group pairs. An empty predicted label is a
    group of its own (a figure whose subject was not read groups with nothing)."""
    from itertools import combinations

    pred_pairs = gold_pairs = both = 0
    for (p1, g1), (p2, g2) in combinations(zip(predicted, gold, strict=True), 2):
        same_p = bool(p1) and p1 == p2
        same_g = g1 == g2
        pred_pairs += same_p
        gold_pairs += same_g
        both += same_p and same_g
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    return precision, recall, pred_pairs, gold_pairs
