"""Title, date (with its precision), source and authors.

Every place a field can be is read, and each reading is a candidate scored by how
explicit its place is (front matter and a feed's fields, then <meta>/Open Graph/JSON-LD
and government document tables, then lines that are wholly metadata: date lines with
the outlet before or after, bylines, 来源 lines, a closing （完）date, a signature
block; then datelines, URLs, date codes and document numbers). The best candidate of
each field wins. Dates come only from such places, never from a sentence, and only
between 1949 and next year. The lines used as metadata leave the body, so the
article does not repeat them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .. import segment
from ..punct import MARK_PAIRS, SENTENCE_END, SENTENCE_END_ZH, SENTENCE_OR_CLAUSE_END
from ..rx import alternation as _alternation
from .clean import _UI_WORD
from .dateline_places import DATELINE_PLACES
from .fields import (
    PLATFORM,
    WINDOW,
    Field,
    LineFields,
    account_after,
    fields_of_line,
    info_label,
    info_labels,
    post_on_platform,
    read_fields,
)
from .names import COMPOUND_SURNAMES, SURNAMES, name_shaped
from .outlets import (
    OUTLETS,
    canonical_outlet,
    host_of,
    is_aggregator_name,
    is_platform,
    is_portal_name,
    known_outlets,
    names_known_outlet,
    office_of_host,
    outlet_for_url,
    outlet_named,
    outlet_of_label,
)
from .patterns import DOC_NUMBER as _DOC_NUMBER
from .patterns import (
    FILED_WORDS,
    GOV_DOCUMENT_KINDS,
    ISSUER_LABELS,
    OUTLET_END,
    PRINTED_IN,
    REPOST_LABELS,
    SOURCE_LABELS,
    dateline_proper,
    match_dateline,
    signature_tail,
)
from .patterns import HAN as _HAN
from .patterns import NAMES as _NAMES
from .patterns import OUTLET as _OUTLET_SHAPE
from .patterns import is_outlet as _is_outlet
from .patterns import is_section as _is_section_name

# "来源", "稿源", "出处", "信息来源"…: the labels of the text's own source (patterns.SOURCE_LABELS, the one table)
_SOURCE_LABEL = _alternation(SOURCE_LABELS)
_HEADER_LINES = 8  # metadata lines live at the top
_DIGEST_LINES = 2000  # a digest's stories are looked for this far
# An unlabelled date or source line counts this many lines from the article at most (on
# the dev pages the article's own sits 1 to 9 lines away; a portal's clock sits at the top)
_HEAD_REACH = 12
_BESIDE_REACH = 3  # page lines this near the article may carry its category beside its date
_BESIDE_WORDS = 2  # ...its category, or a column and a section, at most
_DIGEST_MIN = 3  # datelines of one outlet that make a digest of its stories
_TITLE_MAX = 40
_DAY_BADGE = re.compile(r"^\s*(?:0?[1-9]|[12]\d|3[01])\s*$")
_HEAD_TITLE_REACH = 6  # lines above the article where a page shows its headline and date
_ELEMENT_LABEL_MAX = 4  # "发布于", "Posted", "于发布": a date element's own label
# an outlet named by the page's address only: below the page's own names for itself
# (og:site_name 55, a site name 35), above a <title>'s part (33, 31) and a rights holder
_ADDRESS_SCORE = 34
_SITE_LEVEL = 40
# the most common Chinese surnames (about 85% of people): a two- or three-character value that
# starts with one and has no outlet's or office's ending reads as a person's name
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


def _looks_like_person(value: str) -> bool:
    return (
        2 <= len(value) <= 3
        and value[0] in _SURNAMES
        and bool(re.fullmatch(f"[{_HAN}]+", value))
        and not _is_outlet(value)
        and not _ISSUER.match(value)
        and _squeeze(value) not in known_outlets()
    )  # below this a source candidate is the site's own name, not the article's word


_H1_TAIL = 8  # characters a control glued inside an <h1> adds to its headline ("播报文章")

# The endings of an organisation's own name, by kind: ONE table for every place a name is judged an organisation's
# (a source token, a signature block, a labelled 编制部门 or 预算主管部门, a cover line, the issuer a title names, a
# <title>'s last part, a candidate that might be a person's name). 中心 alone is a page's section as often (新闻中心),
# so only kinds of centres are named; an office's name may end in 部 too, but not 顶部, 全部 (_ISSUER).
# A "*" marks an ending an office's name has by itself wherever it stands (_ISSUER_ENDINGS, derived: review s20 R8).
_MARKED_ENDINGS: dict[str, str] = {
    # (调查队: the statistics bureau's survey teams, 国家统计局合肥调查队, co-issuers of a city's 统计公报)
    # (议会: a council's or a parliament's own name, 台南市议会, 欧洲议会; 党团: a party's caucus in one, 国民党团)
    # (调查组, 工作组: the team a government sets up to investigate an accident or a disaster signs the report's cover,
    # "国务院灾害调查组" over its month)
    "government": "*人民政府 政府 *委员会 常委会 管委会 *办公厅 *办公室 办事处 *管理局 管理处 管理所 *局 *厅 *署 *委 "
    "*议会 *党团 *法院 *检察院 派出所 *服务中心 研究中心 信息中心 发展中心 监测中心 *调查队 *调查总队 "
    "调查组 工作组 专家组 领导小组 评估组 检查组 督查组 巡视组",
    "education": "大学 学院 中学 小学 学校 幼儿园 *研究院 研究所 科学院 图书馆 博物馆 医院 卫生院 福利院 敬老院 养老院",
    "press": "日报 晚报 时报 周报 新闻网 新闻社 通讯社 电视台 广播电台 报社 杂志社 出版社",
    "society": "*协会 学会 联合会 商会 工会 基金会 促进会 研究会 联盟 总会",
    "company": "有限公司 股份公司 公司 集团 银行 交易所 事务所",
}
_ORG_ENDINGS: dict[str, tuple[str, ...]] = {
    k: tuple(e.lstrip("*") for e in v.split()) for k, v in _MARKED_ENDINGS.items()
}
# ...and endings too loose to make a name by themselves, read only where something else already says the value is a
# name (a signer's line above its date, a source candidate weighed against a person's name): 中心 and 办 (新闻中心 is
# a section), 会 (李会 is a person), an outlet's short endings (国内新闻 is a section)
_LOOSE_ENDINGS: dict[str, tuple[str, ...]] = {
    "office": ("办", "中心"),
    "group": ("会", "团队", "组织"),
    "press": tuple("报 网 社 台 刊 杂志 传媒 媒体 新闻 频道".split()),
}


def _endings(*kinds: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted({e for ends in kinds for e in ends}, key=lambda e: (-len(e), e))) + ")"


_ORG_ENDING = re.compile(_endings(*_ORG_ENDINGS.values()) + "$")
# an office by its name: the endings of the table an office's name has by itself wherever it stands (or 部), or one
# of the names with no such ending. The table's other government endings (政府: "区政府" is the short form a text
# uses beside the full 人民政府; 管理处, 研究中心...) make a name only where organisation_name reads one.
_ISSUER_ENDINGS = tuple(e[1:] for v in _MARKED_ENDINGS.values() for e in v.split() if e.startswith("*"))
# 署 ends an office's name (审计署, 运输署) but also the verbs 部署 (deploy) and 签署 (sign): "国务院常务会议部署", a
# headline's first line, names no office
_VERB_ENDING = r"[部签]署$"
_ISSUER = re.compile(
    rf"^(?![{_HAN}]*{_VERB_ENDING})[{_HAN}]{{1,24}}(?:{_endings(_ISSUER_ENDINGS)}|(?<![顶底全外内])部)$"
    r"|^(?:国务院|政务院|全国人大常委会)$"
    # Taiwan's presidential office and its five branches: names of their own, with no office's ending
    r"|^(?:总统府|行政院|立法院|司法院|考试院|监察院)$"
)
_ORG_CHARS = re.compile(rf"^[{_HAN}A-Za-z0-9（）()·]+$")
# "本局", "该校", "各区政府", "全市各部门": no one in particular (全国 opens a name: 全国总工会, review s18 R5)
_ORG_PRONOUN = re.compile(r"^(?:[本我该各贵此其某这那]|全(?!国))")
_NOT_IN_A_NAME = frozenset({"v", "r", "d", "p"})


_ORG_VALUE_MAX = 120  # a name of 40 characters, spaced out by a justified line, and its blanks


def _three_character_office(name: str) -> bool:
    """外交部, 统计局: an office's ending after a domain of two characters. Not when the last two are a word of
    their own in the dictionary (新格局, 大变局, 新部署: 格局, 变局, 部署) or the first is a direction's
    (东北部, 中西部: review s19 R13). (公安部, 国防部 are missed so: precision first.)"""
    return bool(_ISSUER.match(name)) and name[0] not in "东西南北中" and len(segment.tag(name[1:], hmm=False)) > 1


@lru_cache(maxsize=4096)
def organisation_name(value: str) -> str:
    """``value`` as an organisation's name, when it reads as one, else "".

    Its ending is an office's, a school's, a paper's, a society's or a company's (_ORG_ENDINGS, or an office's
    部 as _ISSUER reads it) after at least two characters of its own; no pronoun opens it (本局, 该校); and the
    segmenter finds no verb, pronoun, adverb or preposition in it ("欢迎居民参加本次交流会" is a sentence). The
    spaces a justified line puts between Han characters are not the name's ("上 海 市 财 政 局")."""
    if len(value) > _ORG_VALUE_MAX:  # bounded: a 1 MB line's prefixes were each read whole (45 s)
        return ""
    name = re.sub(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])", "", value.strip())
    # (three characters when an office's: 外交部, 财政部, 教育部: review s18 R5)
    if not (3 <= len(name) <= 40) or not _ORG_CHARS.match(name) or _ORG_PRONOUN.match(name):
        return ""
    if len(name) == 3 and not _three_character_office(name):
        return ""
    m = _ORG_ENDING.search(name)
    if not (m and m.start() >= 2) and not _ISSUER.match(name) or re.search(_VERB_ENDING, name):
        return ""
    return "" if any(t in _NOT_IN_A_NAME for _, t in segment.tag(name)) else name


# what a byline says when it names no one: "作者：佚名" (anonymous), 匿名, 未知, 不详; "简介" of 作者简介 (the
# author's bio box) is a heading
_NO_ONE = re.compile(
    r"^(?:佚名|匿名|未知|不详|无名|无名氏|简介|介绍|本站|admin|administrator|匿名用户)$", re.IGNORECASE
)
_PAREN_AUTHORS = re.compile(rf"^\s*[(（](?:(?:记者|通讯员|文|作者)[:：]?\s*)?(?P<names>{_NAMES})[)）]")
_REPORTER = re.compile(rf"记者\s*(?P<name>[{_HAN}]{{2,3}})(?:[{_HAN}]{{2,3}})?报[道导]")
# "证券时报记者 张淑贤", "21世纪经济报道记者 叶麦穗 广州报道", "经济日报 记者萧君晖／台北报导"
# (a bare 文 stands apart, at the start or after a space, or is followed by its mark: "文/王小明",
# "新京报 文 王帅"; glued inside words it is no role: "推进公文处理" is a headline)
_BYLINE = re.compile(
    rf"^(?P<outlet>[{_HAN}A-Za-z0-9]{{2,14}}?)?\s*"
    rf"(?:(?:记者|通讯员|作者)\s*[:：/]?|(?:^|(?<=\s))文\s*[:：/／]|(?:^|(?<=\s))文(?=\s))\s*(?P<names>{_NAMES}?)"
    rf"(?:\s*[/／]?\s*[{_HAN}]{{2,4}}报[道导])?$"
)
# "2022-07-28 08:23:56", "发布时间：2024年5月6日", "2023-12-12 07:01 来源：经济日报",
# "第一财经 2024-06-27 10:12:45"
_DATE_LINE = re.compile(
    r"^(?:(?:发布时间|发布日期|时间|日期)[:：]\s*|(?P<outlet>\S{2,14}?)\s*)?"
    r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"(?:\s*{_SOURCE_LABEL}[:：]\s*(?P<source>\S{{2,20}}))?$"
)
_ROC_CODE = re.compile(r"(?<!\d)(?P<y>1[0-2]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$")  # CNA: 1130418
_ADMIN_LINE = re.compile(
    rf"^(?:办理结果|公开方式|主动公开|依申请公开|索引号|发布机构|发文字号|成文日期|主题分类|{_SOURCE_LABEL}|作者|编辑)"
)
_GOV_TITLE = re.compile(rf"^(?:关于|对).{{4,60}}(?:{_alternation(GOV_DOCUMENT_KINDS)})$")
_LIST_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])")
_AGGREGATOR = re.compile(
    rf"^(?:[{_HAN}]{{0,4}}(?:简讯|快讯|资讯|速递|热点|聚焦|快报|头条|热闻|播报|快看|速看|观察|滚动|热门|看点|要闻|速读|动态|最新|实时)[!！]?\s*[:：丨|])\s*"
)
_LEAD_TIME = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|昨天|昨日|今天|今日|近日|日前|前不久)(?:[上下]午|晚间?)?[,，]?\s*"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SENTENCE_END = re.compile(f"[{SENTENCE_OR_CLAUSE_END}]")


@dataclass(slots=True)
class Metadata:
    title: str = ""
    date: dt.date | None = None
    precision: str | None = None
    source: str = ""
    authors: list[str] = field(default_factory=list)
    body: str = ""
    link: str = ""  # the article's URL: a feed's or record's, front matter's, the page's canonical
    # the title is made from the lead's first clause (PRODUCT.md 3.6: the list needs a line to show), no headline the
    # source gives: shown dimmed, never passed off as a headline, and scored as no title claimed
    title_generated: bool = False


# --- value parsing -----------------------------------------------------------------

# Chinese-language publishers (the mainland, Hong Kong, Macau, Taiwan, Singapore) all
# keep UTC+8. A moment stamped in UTC ("GMT", "+0000", "Z": a feed generator's or a
# CMS's zone, not the newsroom's) is read on their calendar; otherwise a morning paper's
# items, stamped 20:30 GMT the evening before, are dated a day early.
PUBLISHER_ZONE = dt.timezone(dt.timedelta(hours=8))


_ISO_UTC = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*"
    r"(?:Z|[+-]00:?00|(?P<word>UTC|GMT)(?:[+-]0{1,2}(?::?00)?)?)$",
    re.IGNORECASE,
)


def publisher_time(moment: dt.datetime) -> dt.datetime:
    """A moment as the publisher's wall-clock time (naive): as written when the writer
    gave a local offset (its own calendar), in UTC+8 when it was stamped in UTC."""
    if moment.tzinfo is not None and moment.utcoffset() == dt.timedelta(0):
        moment = moment.astimezone(PUBLISHER_ZONE)
    return moment.replace(tzinfo=None)


_EPOCH = re.compile(r"1\d{9}(?:\d{3})?(?:\.\d+)?")  # Unix seconds (2001-2033) or milliseconds


def parse_date(value: Any, *, as_written: bool = False) -> tuple[dt.date, str] | None:
    """A date and its precision from a front matter value or a string.

    A moment stamped in UTC is read in UTC+8 (:func:`publisher_time`), as feed software,
    meta tags and front matter mean it; ``as_written`` keeps its day instead (the other of
    the stamp's two days, which the text may name: _day_the_page_shows)."""
    if isinstance(value, dt.datetime):  # a YAML timestamp
        return (value if as_written else publisher_time(value)).date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and 1900 <= value <= 2100:
        return dt.date(value, 1, 1), "year"
    if isinstance(value, str) and _EPOCH.fullmatch(value.strip()):
        value = float(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1e9 <= value < 1e14:
        # a Unix time (seconds, or milliseconds as APIs give it): a moment, read in UTC+8
        seconds = value / 1000 if value >= 1e11 else value
        return publisher_time(dt.datetime.fromtimestamp(seconds, dt.timezone.utc)).date(), "day"
    if not isinstance(value, str):
        return None
    s = value.strip()
    if _ISO_UTC.match(s) and not as_written:  # "2020-08-07T20:30:00Z" (og/JSON-LD stamps)
        try:
            if (m := _ISO_UTC.match(s)) and m["word"]:  # "2024-05-01 20:30:00 UTC": the zone as a word
                s = s[: m.start("word")].rstrip() + "+00:00"
            return publisher_time(dt.datetime.fromisoformat(s.replace(" ", "T", 1).replace("z", "Z"))).date(), "day"
        except ValueError:
            pass
    if len(s) == 8 and s.isdigit() and s[:2] in ("19", "20"):
        # a field's whole value a compact day ("20071011": a transcript corpus's date column, an LDC docid's day);
        # a day that is no date (20071399) is none
        return _safe_date(int(s[:4]), int(s[4:6]), int(s[6:]), "day")
    m = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]), "day")
    if (m := _SLASH_DATE.match(s)) and (ymd := _slash_date(m)):
        return _safe_date(*ymd, "day")  # a field's "9/17/2004 10:30:00 AM" (ASP.NET, en-US)
    m = re.match(r"^(\d{4})[-/.年](\d{1,2})月?$", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), 1, "month")
    m = re.match(r"^(\d{4})年?$", s)
    if m:
        return _safe_date(int(m[1]), 1, 1, "year")
    try:  # RFC 2822: "Tue, 26 Jul 2022 18:55:00 +0800" -- the day as written, or in UTC+8 if stamped in UTC
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return _worded_value(s)
    if parsed and parsed.tzinfo is not None and parsed.timestamp() == 0:
        return None  # the epoch in another zone ("Wed, 31 Dec 1969 19:00:00 -0500"): no time was set
    return ((parsed if as_written else publisher_time(parsed)).date(), "day") if parsed else None


def stamp_days(value: Any) -> tuple[dt.date, dt.date] | None:
    """A moment stamped with its zone ("2023-09-12T20:00:00Z", "Tue, 26 Jul 2022 23:30:00 -0500"):
    its day as written and its day in UTC+8, when the two differ; else None. A moment with no
    zone ("2024-03-05T17:30:00") is read as written, but a server may have written it in UTC:
    its other day is the one it falls on in UTC+8 if so."""
    if not isinstance(value, str) or not re.search(r"\d[:：]\d\d", value):
        return None
    s = value.strip()
    try:
        if (m := _ISO_UTC.match(s)) and m["word"]:
            s = s[: m.start("word")].rstrip() + "+00:00"
        if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", s):
            moment = dt.datetime.fromisoformat(s.replace(" ", "T", 1).replace("z", "Z"))
        else:
            moment = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)  # the other reading: UTC
    try:  # (9999-12-31T20:00:00 has no day in UTC+8: no other day, not an error)
        written, here = moment.date(), moment.astimezone(PUBLISHER_ZONE).date()
    except OverflowError:
        return None
    return (written, here) if written != here else None


def _safe_date(y: int, m: int, d: int, precision: str) -> tuple[dt.date, str] | None:
    try:
        return dt.date(y, m, d), precision
    except ValueError:
        return None


# what follows a number that is an amount: a scale, "more than", a currency or a measure word (not 人 or 家 before
# another Han character: "2025人工智能大会", "2024家居展" are years naming events)
_AMOUNT_AFTER = re.compile(
    r"\s*(?:万|萬|亿|億|千|百|多|余|餘|来|元|块|塊|个|個|名|位|件|项|項|辆|輛|套|户|戶|座|张|張|亩|畝|吨|噸|次|份|篇|股|"
    rf"美元|欧元|歐元|港元|英镑|日元|人次|[人家](?![{_HAN}]))"
)


# a word after the number that the segmenter reads as a name, not as the number's unit: "2026张江在线新经济大会"
# (张江, a place, not 张 sheets), 2025万州区…, 2023元宇宙大会, 2022个人所得税…: the number is the year of the
# name's event (the lead s21: 18 undated briefings of the 10,000-file benchmark since 1c80f7b)
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "l"})


def _amount_after(text: str, end: int) -> bool:
    """Does a unit follow the number ending at ``end`` ("2000万元", "2000张门票", "2000余名", "1990多家")? A unit
    the segmenter reads as the start of a name is none ("2026张江…"); a word of several characters is a unit."""
    if not (m := _AMOUNT_AFTER.match(text, end)):
        return False
    if len(m[0].strip()) > 1:
        return True  # 美元, 人次 …
    from ..hanzi import to_simplified

    word, tag = segment.tag(to_simplified(text[m.end() - 1 : m.end() + 7]), hmm=False)[0]
    return not (tag in _NAME_TAGS or (tag == "n" and len(word) >= 3))


# a year written in Chinese numerals, digit by digit ("二〇〇九", "二零零九", and with the zeros typed as Arabic ones,
# "二00九"): a year in words is a year as much as one in figures
_CN_YEAR = re.compile(
    r"(?<![一二三四五六七八九十〇零○0-9])([一二][〇零○0九][〇零○0一二三四五六七八九][〇零○0一二三四五六七八九])(?![〇零○0-9])"
)
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


def _digit_years(text: str) -> str:
    """The text with each year in Chinese numerals written in figures (the same length: positions hold)."""
    return _CN_YEAR.sub(
        lambda m: m[1].translate(_CN_YEAR_DIGITS) if m[1].translate(_CN_YEAR_DIGITS)[:2] in ("19", "20") else m[1], text
    )


def infer_year(text: str, lead: str) -> int | None:
    """The year a text was most likely written in, for a dateline without one.

    Years used as event names (``2025上海信息消费节``) weigh most, plain mentions
    less, targets and range ends (``到2027年``, ``2025-2027``) not at all. A year in
    Chinese numerals ("二00九中国(厦门)国际游艇帆船展览会") counts as one in figures.
    """
    text, lead = _digit_years(text), _digit_years(lead)
    scores: dict[int, float] = {}
    for m in _YEAR.finditer(text):
        year, before, after = int(m[1]), text[max(0, m.start() - 3) : m.start()], text[m.end() : m.end() + 2]
        if re.search(r"(?:到|至|力争|预计|目标|[-~—－至])$", before):
            weight = 0.0
        elif _amount_after(text, m.end()) or re.search(r"\d[.,]$", before):
            weight = 0.0  # "2000万元", "1990多家", "2019亿元", "2000余名": an amount, no year (tester s17 T1)
        elif after[:1] == "年":
            weight = 1.0
        elif re.match(rf"[{_HAN}A-Za-z]", after[:1]):
            weight = 3.0
        elif re.match(r"[-~—－]\d", after):
            weight = 1.0
        else:
            weight = 0.5
        if m.start() < len(lead):
            weight *= 2
        scores[year] = scores.get(year, 0.0) + weight
    best = max(scores.items(), key=lambda kv: (kv[1], kv[0]), default=None)
    return best[0] if best and best[1] > 0 else None


# --- helpers ---------------------------------------------------------------------


# a reporter's role before or between the names of a byline ("实习记者 樊亮 张明超 记者惠禾", tester s22 T17): no name
_ROLE = re.compile(r"^(?:本报|本台|本刊)?(?:实习|见习|特约|首席|摄影)?(?:记者|通讯员)|^实习生")


def _split_names(names: str) -> list[str]:
    out = []
    for n in re.split(r"[ 、]+", names.strip()):
        rest = _ROLE.sub("", n) if len(n) > 2 or _ROLE.fullmatch(n) else n
        if rest and (rest == n or re.fullmatch(f"[{_HAN}]{{2,4}}|[A-Za-z][A-Za-z.'-]+", rest)):
            out.append(rest)
    return out


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v) for v in value if v is not None)
    if isinstance(value, dict):
        # "source: {name: 新华社}": a mapping's name, never its repr (tester s16 M4)
        named = next((value[k] for k in ("name", "title", "value", "text", "@name") if value.get(k)), None)
        return _text(named) if isinstance(named, (str, int, float)) else ""
    return "" if value is None else " ".join(str(value).split())


# markup a CMS left in a title field ("…力量<div>——热烈祝贺…</div>", "…播毒<br>"): never shown
_TAG = re.compile(r"</?(?P<name>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>")


# a paper's page before the headline, as a feed of its print edition titles each item ("02版 -  <headline>",
# "第A3版：<headline>"): where it was printed, no part of what it says
_PAGE_PREFIX = re.compile(r"^第?[A-Z]?\d{1,2}\s*版\s*(?:[-–—|｜:：]\s*)(?=\S)")


_QUOTED_WHOLE = re.compile(r"^《(?P<inner>[^《》]{4,118})》$")
_TITLE_FIELD_MIN = 4  # characters of a labelled headline's value, at least


def _labelled_title(title: str) -> str:
    """The headline a title field's label stands before, read by the one labelled-field reader (fields.py): the
    field's own label as a paste or a scrape keeps it ("新闻:法国农民因…", "标题：…", "title: …") names what the line
    is, no word of the headline; so does a copy's note of the headline it was first published under
    ("原标题：家临江：别管中兴了…", "（原标题：…）", "本文原标题：《游启明：…》", out of the title marks it may be
    quoted in: dev-retired29 s32h_07, dev-retired30 s33h_08, dev s28_09, dev s42b_03). Any other field's label stays."""
    found = fields_of_line(title)
    if not found or not found[0].first or found[0].field not in ("title", "original_title"):
        return title
    value = found[0].value
    if found[0].field == "original_title" and (quoted := _QUOTED_WHOLE.match(value.strip())):
        value = quoted["inner"]
    return value if len(value.replace(" ", "")) >= _TITLE_FIELD_MIN else title


def clean_title(title: str) -> str:
    title = _TAG.sub(lambda m: " " if m["name"].lower() == "br" else "", title)
    title = " ".join(title.split())
    title = _labelled_title(title)
    title = _AGGREGATOR.sub("", title)
    if len(rest := _PAGE_PREFIX.sub("", title, count=1)) >= 4:
        title = rest
    title = _UNDERSCORED.sub(r"“\1”", title)  # _元宇宙_ -> “元宇宙”
    # a headline set in black brackets whole ("【地铁延伸工程公布】", as WeChat and forums set it off)
    if (m := _BLACK_BRACKETED.fullmatch(title)) is not None:
        title = m[1]
    return title.strip(" -_|·")[:120]


# (compiled once: the call sites are asked ~10,000-40,000 times a 5,000-briefing ingest; issue 19, session 49)
_UNDERSCORED = re.compile(r"(?:^|(?<=\s))_([^_\s]{1,20})_")
_BLACK_BRACKETED = re.compile(r"\s*【([^【】]{4,118})】\s*")


# ONE reader of a heading or a title field that holds the headline and, glued on or set off, the outlet and the day
# it ran, as a copy of a page runs them together: "外交部：中国经济长期向好的基本面不会改变环球网2022-10-20" (a
# .docx's heading, dev s43b_02, 环球网), "市场家临江：别管中兴了盯着腾讯破400元2018年4月17日16:36:36" (a copied
# page's headline line, dev-retired29 s32h_07), "标题 | 环球网 | 2022-10-20". The day closes the value (with its time
# or not); the outlet stands right before it, glued or after a separator, a name the outlet
# table knows. The headline is what is left; the outlet and the day are offered as candidates where the value is
# read (_split_title, _headline_candidates). A day alone closing a headline, its time with it or not, may be the
# headline's own: a programme's or a series' issue ("外交部例行记者会 2024-10-17"), an event's time ("关于暂停供水的
# 通知 2024-05-06 08:00", test_metadata_s17): it stays unless the caller knows the headline apart (bare=True; an
# <h1>'s time the <title> lacks is read where the <h1> is, _H1_STAMP).
# (never in brackets: "全市防空警报试鸣（2024年9月21日 10:00）" names its event's time, review s15 R20)
_HEADLINE_STAMP = re.compile(
    r"(?<![(（\[【\d])(?P<date>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}))"
    r"\s?(?P<time>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$"
)
# ...or a month, a day and a time glued to an outlet's name, no year ("…高额利润腾讯科技07-2617:11": a portal's line
# under its headline, joined to it; dev-retired39 s42h_06): the headline and the outlet, no day
_YEARLESS_STAMP = re.compile(r"(?<![\d\-/.])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s?(?:[01]?\d|2[0-3]):[0-5]\d$")
_HEADLINE_SEP = " \t|｜丨_·/-–—"
_HEADLINE_OUTLET_MAX = 14  # characters of an outlet's name glued before the day
_HEADLINE_STAMP_REACH = 40  # characters from the value's end where its stamp stands
SPLIT_HEADLINE_MIN = 8  # characters of the headline left, at least (a shorter one is a label and a day)


@dataclass(slots=True)
class HeadlineParts:
    headline: str
    outlet: str
    day: tuple[dt.date, str] | None  # (None: a yearless stamp)


def split_headline(value: str, bare: bool = False) -> HeadlineParts | None:
    """The headline, the outlet and the day of a heading that holds all three (see _HEADLINE_STAMP); None when it
    holds no stamp, or a day with no outlet, which may be the headline's own (unless ``bare``: the caller knows the
    headline)."""
    tail_at = max(0, len(value) - _HEADLINE_STAMP_REACH)
    m = _HEADLINE_STAMP.search(value, tail_at)
    day: tuple[dt.date, str] | None = None
    if m is not None:
        if not (day := _compact_or_plain_date(m["date"])):
            return None
    elif (m := _YEARLESS_STAMP.search(value, tail_at)) is not None:
        bare = False  # (a month, a day and a time: the page's stamp only after an outlet's name)
    else:
        return None
    rest = value[: m.start()].rstrip(_HEADLINE_SEP)
    outlet = ""
    # the longest name the table knows that the rest ends with (glued: no separator before the day)
    for k in range(min(_HEADLINE_OUTLET_MAX, len(rest) - SPLIT_HEADLINE_MIN), 1, -1):
        if rest[-k] not in _HEADLINE_SEP and (names_known_outlet(rest[-k:]) or (not day and _seam_outlet(rest[-k:]))):
            # (before a yearless stamp, a known brand's channel too: 腾讯科技)
            outlet = rest[-k:]
            break
    headline = rest[: len(rest) - len(outlet)].rstrip(_HEADLINE_SEP) if outlet else rest
    if len(headline) < SPLIT_HEADLINE_MIN or not (outlet or bare):
        return None
    return HeadlineParts(headline, outlet, day)


def _looks_like_headline(line: str) -> bool:
    han = len(re.findall(f"[{_HAN}]", line))
    return (
        5 <= len(line) <= 64
        and han >= 4
        and not line.endswith(("。", "；", ";", "：", ":", "，", ","))
        and "。" not in line
        and not match_dateline(line)
        and not _ADMIN_LINE.match(line)
        and not _LIST_HEAD.match(line)
        and not _DOC_NUMBER.search(line)
        and not _issuer_token(line)
        and not _BYLINE.match(line)
        and not _DATE_LINE.match(line)
        and not _NAVIGATION.search(line)
        and not _is_menu(line)
        and not _SPEAKER_TAG.match(line)
        and not _CAPTION.match(line)
    )


# a figure's or a table's caption ("图1：列车相撞后的情况", "表 2-1 …"): what a picture shows, no headline (an OCR'd
# report from its contents page on, dev-retired33 s36h_04); its number set off by a colon or a blank ("图10万人涌入
# 西湖赏花" is a headline: the reviewer's s38 note); a picture's place held in brackets ("[第一图：一碗饭]", "（图：理文
# 提供）": a plain text's placeholder for its image, dev-retired34 s37h_09)
_CAPTION = re.compile(
    r"^\s*(?:(?:[图圖表]|附[图圖表])\s*[\dA-Z一二三四五六七八九十]+(?:[-.－]\d+)*\s*(?:[:：]|\s)"
    r"|[\[【［(（]\s*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*)?[图圖](?:片|\s*[\d一二三四五六七八九十]{1,3})?\s*[:：])"
)


# a broadcast script's speaker or scene tag, "==警消人员==", "【主持人】", "（旁白）" alone on its line: no headline
_SPEAKER_TAG = re.compile(r"^\s*(?:[=＝]{2,}[^=＝]{1,12}[=＝]{2,}|【[^】]{1,6}】|[(（][^)）]{1,6}[)）])\s*$")


# a breadcrumb or the page's "you are here" line: "首页 >> 汽车频道 >> 评测对比", "当前位置：首页 > 新闻"
_NAVIGATION = re.compile(
    r"(?:>|»|›|＞).*(?:>|»|›|＞)|^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：]"
)


_HOME_LINK = re.compile(r"(?:^|\s)(?:首页|主页|网站首页|返回首页)(?:\s|$)")

_BUTTON = re.compile(
    r"^[【\[]?(?:推荐|我要说说|我来说两句|我要评论|发表评论|纠错|我要纠错|举报|转发|点赞|订阅|返回|顶部|返回顶部)[】\]]?$"
)


def _is_menu(line: str) -> bool:
    """A menu: five or more words of at most four characters ("首页 组织机构 工作动态 纲要规划 …"),
    or a row of the page's buttons ("推荐 我要说说", "【打印】【关闭】")."""
    words = line.split()
    if len(words) >= 5 and all(len(w) <= 4 for w in words):
        # A headline of parallel slogans ("稳增长 调结构 惠民生 防风险 保稳定") is short words
        # too: a menu has more items, items of several lengths, or the home page's link.
        return len(words) >= 7 or len({len(w) for w in words}) > 1 or bool(_HOME_LINK.search(line))
    return len(words) >= 2 and all(_BUTTON.match(w) or _CHROME_WORDS.match(w) for w in words)


# where a headline run into the text's first line may end: a blank, or the text's own opening (a dateline, a reporter's
# credit in brackets) after it
_RUN_IN_GAP = re.compile(r"[ \t\u3000]+")
_RUN_IN_OPENING = re.compile(
    r"[【\[(（]\s*(?:本报|记者|記者|通讯员|通訊員|中央社|新华社|新華社)|本报讯|本報訊|记者|記者"
)
_RUN_IN_TAG = re.compile(r"[【\[][^】\]]{1,4}[】\]]\s*$")
_RUN_IN_MAX = 48  # a headline's length at most, run in or not
_RUN_IN_SHARED = (0.3, 0.6)  # its pairs of characters the lead's first sentence repeats: after a mark, glued


def _pairs(text: str) -> set[str]:
    t = _UNMARKED.sub("", text)
    return {t[k : k + 2] for k in range(len(t) - 1)}


def run_in_headline(line: str) -> str:
    """A headline run into the text's first line, as a plain-text copy or a corpus line keeps it ("台北市政府宣布明年起
    調漲停車費 台北市交通局表示，…", "山西省2023年粮食总产量达到284.2亿斤山西省统计局数据显示，2023年…"): the words
    before the lead, when they read as a headline (no punctuation, a headline's length) and the lead's first sentence
    restates them (the pairs of characters they share: a third after a blank or the lead's dateline, three fifths
    where nothing marks the seam, the lead opening with the headline's first word). "" when no such seam is found."""
    line = line.strip()
    if len(line) <= _TITLE_MAX or not re.search(r"[，,。！？!?；;]", line[: _RUN_IN_MAX * 4]):
        return ""
    seams: list[tuple[int, float]] = []
    # the lead's own dateline glued after the headline ("…灾情侦察中新网成都6月18日电 (…)记者18日…"): the surest seam,
    # tried first (a blank inside the headline would cut it short)
    # (the last place it reads from: "灾情侦察中新网…电" reads as a dateline too, its outlet's name cut at three
    # characters or more, "新网…电" being none)
    # (本报, "this paper", is a whole outlet's name in two characters; a bracketed tag of the item's kind before the
    # dateline, "…54个【消息】 本报太原2月14日讯", is the lead's, not the headline's)
    dated = [
        k
        for k in range(8, min(len(line), _RUN_IN_MAX + 1))
        if (m := dateline_proper(line[k : k + 40])) and (len(o := m["outlets"].rstrip("、和")) >= 3 or o == "本报")
    ][-1:]
    for at in dated:
        title = _RUN_IN_TAG.sub("", line[:at]).strip()
        if 8 <= len(title) and not re.search(r"[，,、：:。；;]", title) and _looks_like_headline(title):
            return title
    for m in _RUN_IN_GAP.finditer(line, 0, _RUN_IN_MAX + 1):
        seams.append((m.start(), _RUN_IN_SHARED[0]))
    for m in _RUN_IN_OPENING.finditer(line, 6, _RUN_IN_MAX + 1):
        seams.append((m.start(), _RUN_IN_SHARED[0]))
    head = line[:2]
    if re.fullmatch(f"[{_HAN}]{{2}}", head):
        k = line.find(head, 8)
        while 0 < k <= _RUN_IN_MAX:
            seams.append((k, _RUN_IN_SHARED[1]))
            k = line.find(head, k + 1)
    for at, share in sorted(seams):
        title, lead = line[:at].strip(), line[at:].strip()
        if (
            len(title) < 8
            or _SENTENCE_END.search(title)
            or re.search(r"[，,、：:]", title)
            or not _looks_like_headline(title)
        ):
            continue
        sentence = re.split(f"[{SENTENCE_END}]", lead[: _RUN_IN_MAX * 4], maxsplit=1)[0]
        pairs = _pairs(title)
        if len(sentence) >= 10 and pairs and len(pairs & _pairs(sentence)) >= share * len(pairs):
            return title
    return ""


def title_from_lead(lead: str) -> str:
    """A headline made from the lead sentence, for sources that have none (a headline run into it is cut off it)."""
    return lead_title(lead)[0]


def lead_title(lead: str) -> tuple[str, bool]:
    """:func:`title_from_lead` and whether it is generated: a headline run into the lead is the source's own
    (False); the lead's first clause is made up here (True)."""
    if run_in := run_in_headline(lead):
        return run_in, False
    made = _lead_clause(lead)
    return made, bool(made)


def _lead_clause(lead: str) -> str:
    text = _LEAD_TIME.sub("", lead.strip())
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip(" ,，、")
    if len(first) <= _TITLE_MAX:
        return first
    # Cut at the last clause break that is not inside quotes or brackets.
    depth, cut = 0, -1
    for i, ch in enumerate(first[:_TITLE_MAX]):
        depth += ch in "“「《(（" and 1 or ch in "”」》)）" and -1 or 0
        if depth == 0 and ch in "，,；;":
            cut = i
    return first[:cut] if cut >= 12 else first[:_TITLE_MAX] + "…"


# --- the extractor -----------------------------------------------------------------


# --- candidates -----------------------------------------------------------------------
# Every place a title, a date or a source can be is read, and each reading is a
# candidate with a score for how explicit its place is; the best one wins. Only lines
# that are wholly metadata (an "info line": dates, labelled fields, an outlet, a byline)
# give dates, so a number in a sentence never becomes a date.

_THIS_YEAR = dt.date.today().year
MIN_YEAR = 1949


# the Unix epoch's day: what a feed generator or a database prints for a missing time ("Thu, 01 Jan 1970 08:00:00
# +0800", "1970-01-01 00:00:00"), far more often than an article of that day: no date
_EPOCH_DAY = dt.date(1970, 1, 1)


def plausible(date: dt.date | None) -> bool:
    return date is not None and MIN_YEAR <= date.year <= _THIS_YEAR + 1 and date != _EPOCH_DAY


_DATE_CORE = (
    r"(?P<y>(?:19|20)\d{2})\s*(?P<s1>[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})\s*日?"
    # (a time, with seconds and UTC+8's zone: the day as written)
    r"(?:\s*[T ]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d{1,6})?)?(?:\s*[+＋]08:?00)?)?"
    r"|(?P<ym_y>(?:19|20)\d{2})年(?P<ym_m>\d{1,2})月(?!\d)"
    # 二〇二四年五月六日: how official documents sign (二〇二二年十二月: a report's cover, to the month)
    r"|(?P<cy>[〇○零一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,2})月(?:(?P<cd>[一二三四五六七八九十]{1,3})日)?"
    # Taiwan's calendar: 民国113年4月18日, 113年4月18日 (three digits: 2011 on)
    r"|(?:(?:中华)?民国\s*(?P<ry>\d{2,3})|(?P<ry3>1[0-2]\d))\s*年\s*(?P<rm>\d{1,2})\s*月\s*(?P<rd>\d{1,2})\s*日"
    # ...and as Taiwan's government sites write it: 112/09/01, 112-09-01 (2011 on; a
    # three-digit year before a month and a day is no other calendar's)
    r"|(?<![\d/.-])(?P<rsy>1[0-2]\d)(?P<rs>[/-])(?P<rsm>0?[1-9]|1[0-2])(?P=rs)(?P<rsd>0?[1-9]|[12]\d|3[01])(?![\d/.-])"
)
_DATE_TOKEN = re.compile(rf"^(?:{_DATE_CORE})$")
_DATE_ANY = re.compile(_DATE_CORE)
# "10:30", "上午10:30", "下午 3:05", "10時30分", "10:30 AM": a time beside a date
_TIME_TOKEN = re.compile(
    r"^(?:(?:香港|北京|台北|澳门)时间)?(?:上午|下午|中午|晚上|晚间|凌晨|早上|傍晚)?\s*\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?|时正?)"
    r"\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.)?$"
)
# A metadata line's labels and the field each names are fields.py's (info_labels: ONE table of labels for every
# reader); its field "issuer" reads here as a source (an office's 发布机构 is the text's source on its own page), as
# do a credit's and an update's labels by the words before them (_labelled_parts).
_INFO_FIELD = {"issuer": "source"}
# a page's update or revision date counts below every date of its publication (any other
# date line, a meta tag, the URL), and is read only when there is none
_UPDATED_PENALTY = 40
_UPDATED_BEFORE = re.compile(r"(?:更新|修订|修改|最后|最近)\s*$")
# what a 来源 label right after these words credits: data, a picture, a video, not the article
# (素材: the material an account wrote from, "素材来源：9News" under the account's own "来源：最西澳", dev s40b_09)
_CREDIT_OF = re.compile(r"(?:资料|数据|图片|照片|图表|图|题图|配图|插图|封面|影片|视频|画面|音频|音乐|动图|素材)\s*$")
_SPLIT = re.compile(r"[\s\u3000]*[|丨｜\s\u3000][\s\u3000]*|(?<=[)）】\]])|(?=[(（【\[])|\s*[/／]\s*(?=[^\d])")
_CHROME_WORDS = re.compile(
    r"^[【\[(（]?(?:字号|字体|[大中小]|打印|列印|关闭|关闭窗口|打印本页|分享|分享到|收藏|默认|简|繁|简体|繁体|"
    r"文字大小|字体大小|放大|缩小|评论|我要评论|(?:星期|周|礼拜)[一二三四五六日天]|上午|下午|中午|晚上|凌晨|"
    r"更新|发布|发表|楼主|网友评论|新闻公报|新闻稿|(?:网友)?评论\s*\d+\s*条|\d+\s*条(?:评论)?|"
    r"浏览次数|次|评论|[\d]+|\d+人参与(?:评论)?|\d+条评论|评论\(?\d+\)?|阅读\(?\d+\)?)[】\])）]?(?:打印|关闭)?[:：]?$"
    r"|^[(（](?:星期|周|礼拜)?[一二三四五六日天][)）]$"  # a weekday in brackets beside the date: 3月5日（二）
)
# a link or button beside a page's date ("2022年02月12日 查看旧版(2007年11月18号以前)",
# "返回首页", "切换到繁体", "下一篇"): an action on a part of the site, with the remark in
# brackets that belongs to it; read as chrome, and its bracket never gives the date
_UI_LINK = re.compile(
    r"(?:^|(?<=[\s|丨｜]))[【\[]?(?:(?:查看|返回|进入|点击|点击查看|切换|切换到|切换至|浏览|阅读|下载|打开|回到|访问)?"
    r"(?:旧版|新版|原文|全文|详情|首页|往期|往期回顾|更多|大图|原图|专题|客户端|手机版|电脑版|网页版|"
    r"繁体版?|简体版?|数字报|电子版|版面|目录|上一篇|下一篇|上一版|下一版|上一页|下一页|本版|过往报纸))[】\]]?"
    r"(?:\s*[(（][^()（）]{0,30}[)）])?(?=[\s|丨｜]|$)"
)
_LATIN_OUTLET = re.compile(r"^[A-Z][A-Za-z0-9.&\-]{1,30}$")  # Reuters, AFP; "maomaobear" is a user's handle
_CLOSING_CREDIT = re.compile(rf"[(（](?P<outlet>[{_HAN}]{{1,12}}?)(?:记者|通讯员)\s*(?P<names>{_NAMES})[)）]\s*$")
# a post's short link after its closing credit ("…（总台央视记者史伟 邢彬 彭汉明） http://t.cn/A6LI4tYI"): the text
# ends at the credit
_TRAILING_LINK = re.compile(r"\s+https?://\S{1,80}\s*$")
# an outlet's name alone in brackets closing the last sentence: "…过去一周上升了39%。（卫星新闻）"
# (a blank may stand before the bracket, and the brackets may be ASCII: "…大幅下降。 (中国日报)")
# (or alone on the text's last line: "…战略性配置。\n（证券时报网）")
_CLOSING_OUTLET = re.compile(
    rf"(?:^\s*|[{SENTENCE_END_ZH}”」』]\s?)[(（](?P<outlet>[{_HAN}A-Za-z0-9]{{2,12}})[)）]\s*$"
)
_CLOSING_OUTLET_SCORE = 80
# ...or the site that presents the post, in the last clause of its closing credit: "本文由 LCTT 原创编译，Linux中国 荣誉
# 推出" (a translation project's posts on its site: dev s35_01, s35_02): the presenter is the publisher, the project
# its translators
_PRESENTED_BY = re.compile(rf"^(?P<who>[{_HAN}A-Za-z0-9][{_HAN}A-Za-z0-9 ]{{1,15}}?)\s*(?:荣誉推出|榮譽推出|隆重推出)$")
_PRESENTED_SCORE = 70
_CLAUSE_WORD = re.compile(r"[的了是们着这那把被将已即于在由该届]")  # (a time, a verb or a pronoun of its own)
# ...or a labelled source note closing the text, with the reporter and the place after the outlet: "…乐观看待。(新闻来源
# : 工商时报一王淑以／台北报导)" (a Taiwan finance site's rows: dev s32_08; the dash between outlet and reporter may
# come out as 一): the outlet is the note's first name
_CLOSING_NOTE = re.compile(
    rf"[(（]\s*(?:新闻|新聞)?(?:来源|來源)\s*[:：]\s*(?P<outlet>[{_HAN}A-Za-z0-9]{{2,12}}?)\s*"
    rf"(?:[一—–\-－]\s*[{_HAN}]{{2,4}}\s*)?(?:[／/]\s*[{_HAN}]{{2,6}}?\s*(?:报导|报道|報導|報道))?\s*[)）]\s*$"
)
_HANDLE = re.compile(r"^[a-z][a-z0-9_.\-]{2,20}$")
_CLOSE_MARK = re.compile(r"^[(（\[【](?:完|终|全文完)[)）\]】]$")
# 上海报道, 发自上海: reported from
_PLACE_REPORT = re.compile(rf"^(?:记者\s*)?[{_HAN}]{{2,4}}(?:报道|报导)$|^发自[{_HAN}]{{2,6}}$")
_PERSON = re.compile(rf"^[{_HAN}]{{2,4}}$")
# a role word closing a labelled value: what stands before it is a person's byline
_ROLE_CLOSING = re.compile(r"^\s*(?:记者|編輯|编辑|通讯员|通訊員|报道|报导|報導|報道|摄影?|攝影?|撰文)\s*[)）]?\s*$")
_ROLE_GLUED = re.compile(
    rf"^(?P<outlet>《[^《》]{{2,20}}》|[{_HAN}A-Za-z0-9·]{{2,20}}?)(?:记者|通讯员|特约记者|见习记者)\s*(?P<names>{_NAMES})?$"
)
# who relayed the text, not who wrote it: "酷勤网收集", "本站整理", "网友转载"
_RELAY_CREDIT = re.compile(rf"^[{_HAN}A-Za-z0-9.]{{1,14}}(?:收集|整理|转载|转贴|录入|搬运)$")
# a date written in words: "July 1, 2020", "Wednesday, July 1st, 2020", "1 July 2020",
# and WordPress's localised "十一月 6th, 2009"; rewritten as ISO before a line is read
_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_NAME = (
    r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|[一二三四五六七八九十]{1,2}月)"
)
_WORDED_DATE = re.compile(
    r"(?<![A-Za-z])(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH_NAME}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME.replace('mon>', 'mon2>')},?\s+)"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


# a field's whole value a day in words, as a record's date column or a feed's field holds it: "Jun 17, 2019",
# "3 Jan 2022", "03-Jan-2022" (dashes for the blanks), a time after it at most ("Aug 16, 2024 10:30")
_DASHED_WORDED = re.compile(r"^(\d{1,2})-([A-Za-z]{3,9}\.?)-((?:19|20)\d{2})\b")
_TIME_ONLY = re.compile(r"^\s*(?:[T ]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|am|pm)?)?\s*$")
_WORDED_VALUE_MAX = 60  # characters of such a value


def _worded_value(value: str) -> tuple[dt.date, str] | None:
    """A date field's value written in words (the reader a line's worded dates go through, _WORDED_DATE), read as the
    day it says; None when the value says more than a day and a time."""
    if len(value) > _WORDED_VALUE_MAX:
        return None
    value = _DASHED_WORDED.sub(r"\1 \2 \3", value.strip())
    if not (m := _WORDED_DATE.match(value)) or not _TIME_ONLY.match(value[m.end() :]):
        return None
    month, day = _worded_month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])
    return _safe_date(int(m["y"]), month, day, "day") if month else None


def _worded_month(name: str) -> int | None:
    name = name.lower().rstrip(".")
    if name.endswith("月"):
        n = _cn_number(name[:-1])
        return n if n is not None and 1 <= n <= 12 else None
    return next((k + 1 for k, full in enumerate(_MONTHS) if full.startswith(name[:3]) and full.startswith(name)), None)


_FOUR_DIGITS = re.compile(r"\d{4}")


def _iso_worded_dates(line: str) -> str:
    """ "十一月 6th, 2009" -> "2009-11-06", so that a written-out date is one token."""

    def iso(m: re.Match[str]) -> str:
        if m["d2"] and re.match(r"\s+\d{1,2}:\d{2}", m.string[m.end() :]):
            return m.group(0)  # "1 Sep 2023 10:30:00 +0800": an RFC 2822 stamp, its zone read apart
        month = _worded_month(m["mon"] or m["mon2"])
        day = int(m["d"] or m["d2"])
        return f"{m['y']}-{month:02d}-{day:02d}" if month and 1 <= day <= 31 else m.group(0)

    if not _FOUR_DIGITS.search(line):
        return line
    # (a worded date holds its month's name, a Chinese one before 月 or an English one's first three letters: ASCII
    # letters in any case, "sep" also with the long s re's IGNORECASE folds to s; a line with none is never rewritten,
    # and the pattern's scan, case-folded, was a twentieth of metadata's CPU: issue 19, session 48)
    low = line.lower()
    if "月" not in line and not _MONTH_HEAD.search(low):
        return line
    return _WORDED_DATE.sub(iso, line)


_MONTH_HEADS = (*(m[:3] for m in _MONTHS), "ſep")
# (any of the heads as one scan of the line, not one substring test for each: session 49)
_MONTH_HEAD = re.compile("|".join(map(re.escape, _MONTH_HEADS)))


# Month/day/year with slashes, as ASP.NET's en-US culture prints a date ("9/17/2004 10:30:00 AM"), or with
# dashes ("@ 05-19-2013", a Hong Kong site's byline). Read only when the order is certain: a part over 12 is the
# day (17/9/2004 is day-first too), or both are 12 or less and a 12-hour clock (AM/PM, en-US's own) follows;
# "3/4/2004" alone could be either and stays unread.
_SLASH_DATE = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/\-])"
    r"(?P<time>\s+\d{1,2}:\d{2}(?::\d{2})?(?P<ampm>\s*(?:AM|PM|am|pm|上午|下午))?)?"
)


def _slash_date(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a slashed day-and-month date whose order is certain, else None."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if 1 <= a <= 12 < b <= 31:
        return y, a, b  # month first (US)
    if 1 <= b <= 12 < a <= 31:
        return y, b, a  # day first
    if 1 <= a <= 12 and 1 <= b <= 12 and m["ampm"]:
        return y, a, b  # en-US: M/d/yyyy h:mm:ss tt
    return None


def _iso_slash_dates(line: str) -> str:
    """ "9/17/2004 10:30:00 AM" -> "2004-09-17 10:30:00 AM" where the order is certain."""

    def iso(m: re.Match[str]) -> str:
        ymd = _slash_date(m)
        return f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}{m['time'] or ''}" if ymd else m.group(0)

    return _SLASH_DATE.sub(iso, line) if "/" in line or "-" in line else line


def _tokens(text: str) -> list[str]:
    """Whitespace- and bar-separated parts, with each date a part of its own
    ("2024年12月30日杨浦时报" is a date and an outlet)."""
    out: list[str] = []
    for part in _SPLIT.split(text):
        if not part or not part.strip():
            continue
        pos = 0
        for m in _DATE_ANY.finditer(part):
            if m.start() > pos:
                out.append(part[pos : m.start()])
            out.append(m.group(0).strip())
            pos = m.end()
        if pos < len(part):
            out.append(part[pos:])
    split: list[str] = []
    for t in out:
        m = _GLUED_TIME.match(t) or _WEEKDAY_TIME.match(t)
        if not m and (w := _WEEKDAY_GLUED.match(t)) and _TIME_TOKEN.match(w[2]):
            m = w  # "星期三上午11时正": a meeting's weekday, then its hour (a council's agenda, a notice of a hearing)
        split += [m[1], m[2]] if m else [t]
    return [t.strip() for t in split if t.strip()]


_OWN_REPORTER = re.compile(r"^本(?:报|刊|台|网|社)(?:特约|见习|实习)?(?:记者|通讯员)$")  # 本报记者: the paper's own
# an outlet's desk credited beside the day ("编译中心 2014年12月13日 09:33", "热血编辑部 @ 05-19-2013"): a byline, as
# a reporter's role is, never the source (编辑部 ends as a ministry does); an outlet's name before it is the outlet's
# ("新华社国际部" no, "人民日报编辑部": 人民日报)
_DESK = re.compile(
    rf"^(?P<outlet>[{_HAN}A-Za-z0-9《》·]{{0,12}}?)"
    r"(?:编辑部|编辑室|编辑组|编辑中心|编译中心|编译组|编译部|新闻中心|采编中心|采访中心|国际中心|外电组|编委会"
    # (an editorial's credit, the paper's voice: "晶报社论", "人民日报评论员", dev-retired37 s40h_02)
    r"|社论|评论员)$"
)
_GLUED_TIME = re.compile(r"^(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)(?![\d:：])(\S.*)$")
_WEEKDAY_GLUED = re.compile(r"^((?:星期|周|礼拜)[一二三四五六日天])(\S{2,12})$")
_WEEKDAY_TIME = re.compile(r"^((?:星期|周|礼拜)[一二三四五六日天])(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$")  # 星期二14:20


_PUBLICATION = re.compile(r"《([^《》]{2,20})》")
_GLUED_PUBLICATION = re.compile(rf"(?<=[{_HAN}])《")
# (and the page's section after it, an e-paper's running head: "第01版 要闻", "第05版要闻")
# ...or labelled with its code: "版次：SA98", "版面：A12" (a school's page reprinting a paper's feature, dev-retired37
# s40h_01: "来源：南方都市报2015年10月30日 版次：SA98作者：庄树雄")
_PRINT_PAGE = re.compile(
    rf"(?:第\s*[A-Z]?\d{{1,3}}\s*版|(?<![A-Za-z0-9])[A-Z]\d{{1,2}}\s*版)(?:\s*[:：]?\s*[{_HAN}]{{2,4}}(?=\s|$))?"
    r"|版[次面]\s*[:：]\s*[A-Z]{0,3}\d{1,3}(?![\d:：])"
)
_SPACED_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_POSTED_ON = re.compile(
    rf"^(?:posted|published|updated)(?:\s+on)?\s*:?\s+|\s+by\s+(?:[A-Za-z][\w.\-]{{0,30}}|[{_HAN}A-Za-z0-9_·]{{2,20}})$",
    re.IGNORECASE,
)
# the post's age as the page shows it beside its date ("@ 05-19-2013 / 2 years ago", "3天前"): the reader's
# clock, no field (never a handle "years", "ago")
_AGO = re.compile(
    r"(?:^|(?<=[\s/|｜·]))\d{1,4}\s*(?:(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|(?:秒|分钟|分鐘|小时|小時|天|日|周|週|个月|個月|月|年)前)(?=[\s/|｜·]|$)",
    re.IGNORECASE,
)
_MONTH_LINK = re.compile(r"^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2})\s*(?:[(（]\d+[)）])?$")
_OFFICIAL_ACCOUNT = re.compile(rf"^(?P<outlet>[{_HAN}A-Za-z0-9]{{2,16}}?)官方(?:账号|帐号|微博|微信|号)$")
_POSTED = re.compile(rf"^(?:发布于|发表于|发布在|IP属地[:：]?)\s*(?P<rest>[{_HAN}A-Za-z0-9]*)$")


def _posted_from(token: str) -> str | None:
    """A platform's note on a post: "发布于北京" (where it was posted: no source, ""), "经济日报官方账号"
    (the outlet's own account: that outlet), or the two glued ("发布于北京经济日报官方账号").
    None when the token is neither."""
    if not (m := _POSTED.match(token)):
        if a := _OFFICIAL_ACCOUNT.match(token):
            return _account_outlet(a["outlet"])
        return None
    rest = m["rest"]
    if len(rest) <= 6:
        return ""  # a place
    for k in range(2, 5):  # a place of two to four characters, then the account's name
        tail = rest[k:]
        if a := _OFFICIAL_ACCOUNT.match(tail):
            return _account_outlet(a["outlet"])
        if _is_outlet(tail):
            return tail
    return ""  # where and by whom it was posted, read as the platform's note


def _named_outlet(name: str) -> bool:
    """An outlet by its shape (…日报, …网, …社) or by name: one the address table knows whatever its
    ending ("香港01", "ETtoday新闻云", "财讯", "美国之音")."""
    return _is_outlet(name) or _squeeze(name) in known_outlets()


def _account_outlet(name: str) -> str:
    """Whose "官方账号" (official account) it is: an organisation ("环球时报新媒体", "经济日报"), never a
    person ("张三官方账号")."""
    return "" if _looks_like_person(name) or _PERSON.match(name) and not _is_outlet(name) else name


@dataclass(slots=True)
class InfoLine:
    date: tuple[dt.date, str] | None = None
    source: str = ""
    authors: list[str] = field(default_factory=list)
    closing: bool = False  # "（完）" stands in it
    labelled: bool = False
    source_labelled: bool = False  # the source was a 来源 label's value: an outlet by the page's word
    updated: bool = False  # the only date is when the page was updated or revised ("最後修訂日期")
    desk: bool = False  # an outlet's desk is credited ("编译中心"): the line names who wrote it


def _cn_number(text: str) -> int | None:
    """一 .. 三十一 (month and day numerals), 二〇〇九 (a year digit by digit, its zeros also typed as the circle ○), by
    figures.numerals.parse_chinese, the project's one reader of Chinese numerals; None when the text is no number
    ("一一", "十十")."""
    from ..figures.numerals import parse_chinese  # (lazy: the figures package's import is not the ingest's)

    value = parse_chinese(text.replace("○", "〇"))
    return int(value) if value is not None and value.is_integer() else None


def _parse_date_token(m: re.Match[str]) -> tuple[dt.date, str] | None:
    if m["y"]:
        parsed = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day")
    elif m["ry"] or m["ry3"]:
        parsed = _safe_date(int(m["ry"] or m["ry3"]) + 1911, int(m["rm"]), int(m["rd"]), "day")
    elif m["rsy"]:
        parsed = _safe_date(int(m["rsy"]) + 1911, int(m["rsm"]), int(m["rsd"]), "day")
    elif m["cy"]:
        year, month = _cn_number(m["cy"]), _cn_number(m["cm"])
        day = _cn_number(m["cd"]) if m["cd"] else 1
        if year is None or month is None or day is None:
            parsed = None
        else:
            parsed = _safe_date(year, month, day, "day" if m["cd"] else "month")
    else:
        parsed = _safe_date(int(m["ym_y"]), int(m["ym_m"]), 1, "month")
    return parsed if parsed and plausible(parsed[0]) else None


_SOURCE_LEAD = re.compile(
    rf"^(?:本文)?{_alternation((*SOURCE_LABELS, '来自', *REPOST_LABELS, *PRINTED_IN))}(?:于|自)?\s*[:：]?\s*"
)
# what follows the outlet's name: a date, an issue ("2013年第27期"), a wire code, 报道
_SOURCE_TRAIL = re.compile(
    rf"(?:\d{{1,2}}月\d{{1,2}}日.*|(?:19|20)\d{{2}}年.*|第\d+期.*|(?<=[{_HAN}》])\s*[A-Z]{{2,8}}|报道)$"
)
_LATIN_TAIL = re.compile(rf"(?<=[{_HAN}》])\s*[A-Z]{{2,8}}$")
_COPY_KIND = re.compile(r"\s*(?:原创稿件|原创稿|原创|独家稿件|独家稿|独家|首发|专稿)$")
_COMPILED = re.compile(r"(?<=..)(?<!新闻)综合(?:报道|报导|消息|新闻)?$")
_COMPILED_BY = re.compile(r"^(?P<who>[^、，,\s]{2,20}?)(?<!新闻)综合(?!报道|报导|消息|新闻)[^、，,\s]{2,20}")
# (the separators are kept out of the items, so a value splits one way only: no backtracking on "和和和…")
_COMPILED_FROM = re.compile(r"^综合(?:自|了)?\s*[^、，,\s及和与]{2,20}(?:[、，,及和与]\s*[^、，,\s及和与]{2,20})+$")
# a caption's credit names where a picture came from, not the article
_PICTURE_CREDIT = re.compile(r"图片|图源|摄影|配图|供图|截图|截屏|视频来[自源]|以下|^受访者")
# stock-photo libraries: a 来源 naming one credits a picture, never the article
_PICTURE_AGENCY = re.compile(
    r"^(?:视觉中国|图虫(?:创意|网)?|东方IC|摄图网|全景(?:网|视觉)|千图网|包图网|站酷海洛|汇图网|"
    r"Getty(?:\s*Images)?|Shutterstock|Pixabay|Unsplash|Pexels|IC\s*photo|VCG)\b",
    re.IGNORECASE,
)
_SOURCE_REMARK = re.compile(
    r"\s*[(（](?:有删节|有删减|有删改|有改动|略有删节|略有删减|略有删改|节选|摘编|摘录|"
    r"(?:微信)?(?:ID|id|微信号|公众号)\s*[:：][^()（）]{1,30})[)）]\s*$"
)
_AGENCY_CREDIT = re.compile(
    r"(?:图片)?(?:来源|出处)\s*[:：]\s*(?:" + _PICTURE_AGENCY.pattern.removeprefix("^") + r")", re.IGNORECASE
)
_REMARK_ANYWHERE = re.compile(_SOURCE_REMARK.pattern.removesuffix("\\s*$") + r"(?=\s|$|[|｜丨])")
# what a 来源 label says when the site names no outlet: "网络" (the internet), "转载文章"
# (a repost), "本站原创", "综合", "网友投稿", "佚名", "未知"
_GENERIC_SOURCE = re.compile(
    r"^(?:来源|来自)?(?:网络|互联网|网上|网友|网民|本站|本网|本报|本刊|本台|原创|综合|转载|转帖|整理|投稿|"
    r"未知|不详|佚名|其他|其它|自媒体|媒体|官网|官方|管理员|admin|网站|站长|作者|编辑|无)+"
    r"(?:文章|原创|整理|投稿|转载|综合|资料|来源|发布|编辑|报道|消息)?$",
    re.IGNORECASE,
)
_NOT_SOURCE = re.compile(
    r"^(?:下载|打开|返回|关注|登录|注册|分享|订阅|更多|首页|点击|扫码|最新|相关|热门|推荐|精彩|"
    # a time zone, not the start of "am730"; a North American or an Asia-Pacific zone too ("2025-01-07 01:15 ET", a
    # Los Angeles paper's stamp: dev s40b_11), a zone's letters standing alone: "ET新闻网", "MT新闻" are names (review
    # s40's note on c60e2a06)
    r"(?:HKT|GMT|UTC|CST|AM|PM)(?![A-Za-z0-9])"
    rf"|(?:[ECMP][SD]?T|AK[SD]T|HST|BST|CES?T|[JK]ST|SGT|MYT|AE[SD]T|AW[SD]T|NZ[SD]T)(?![A-Za-z0-9{_HAN}]))",
    re.IGNORECASE,
)


# _source_value's patterns, compiled once (it runs for every candidate line)
_AGENCY_RELEASE = re.compile(r"(?<=社)发$")
_NAME_LIST_SEP = re.compile(r"[、，,]")
_IN_TITLE_MARKS = re.compile(r"《[^《》]{2,30}》")
_FULL_STOP = re.compile(r"\s*(?:。|[！？](?=\s|$))")  # ("Yahoo！奇摩新闻": a ！ inside a name is the name's)
_REGIONAL_CHANNEL = re.compile(rf"(?<=网)[{_HAN}]{{2,8}}频道$")
_CONTRIBUTORS = re.compile(r"贡献者$|contributors$", re.IGNORECASE)
_URL_START = re.compile(r"^(?:https?://|www\.)")


# the provincial-level names a scraper's region label starts with ("来源: 浙江宁波-鄞州区", "来源: 重庆")
_PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 "
    "湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)
_REGION_SHAPE = re.compile(rf"^[{_HAN}]{{2,12}}(?:\s*[-－—–]\s*[{_HAN}]{{2,8}})?$")
_ADMIN_SUFFIX = frozenset("省市区县旗州盟")


def _region_label(value: str) -> bool:
    """Is the value a place and no more ("浙江宁波-鄞州区", "广东湛江", "重庆"): where a scraper or a CMS files the
    page, not who issued it? Two place names or more, or one provincial-level name; one place's name alone may be an
    office's own short name (上海海关, 福大). Only a value led by a provincial-level name is segmented: every
    source candidate passes here, and the segmenter's load has no place in a cold start's rows (its forkserver warms
    without it: tests/core/test_cold_start_s35.py)."""
    if not _REGION_SHAPE.match(value):
        return False
    from ..hanzi import to_simplified

    plain = to_simplified(value)
    if plain[:2] not in _PROVINCES and plain[:3] not in _PROVINCES:
        return False
    if plain in _PROVINCES:
        return True
    words = [(w, t) for w, t in segment.tag(plain, hmm=False) if w.strip(" -－—–")]
    if not words or not all(t == "ns" or w in _ADMIN_SUFFIX for w, t in words):
        return False
    return sum(t == "ns" for _, t in words) >= 2 or plain in _PROVINCES


def _site_of_page_title(value: str) -> str:
    """A source given as the page's whole <title>, the link's text a repost credits ("来源：[双语全文！
    习近平2020年新年贺词：只争朝夕，不负韶华！ - 中国日报网](…)", dev-retired32 s35h_01): the site's name after
    the headline, when a headline's measure (10 Han characters) stands before it and the part after the last
    separator is an outlet's, a site's or an office's name; any other value as it is."""
    if len(value) > _ORG_VALUE_MAX * 2 or not _TITLE_SEP.search(value):
        return value
    pieces = _TITLE_SEP_KEEP.split(value)
    last = pieces[-1].strip()
    if (
        len(pieces) >= 3
        and len(_HAN_CHAR.findall("".join(pieces[:-2]))) >= 10
        and (_is_outlet(last) or _SITE_PART.search(last) or organisation_name(last))
    ):
        return last
    return value


# a page's control at the end of a value, as cleaning knows its words (clean._UI_WORD: one table)
_GLUED_CONTROL = re.compile(rf"(?:{_UI_WORD.pattern})$")
_GLUED_CONTROL_REACH = 24  # characters at a value's end where such a control is looked for (bounded: issue 19)


def _source_value(value: str) -> str:
    """An outlet or issuer from a labelled value: "来源：人民日报", "本文来源于国家统计局",
    "TNW中文站10月14日报道" and "香港经济日报HKET" name the outlet and no more; a URL,
    a time zone or a button is not a source."""
    # (no value, no name: a page's meta fields are asked for one by one, most of them missing)
    if not (value := value.strip()):
        return ""
    # a remark in brackets after the name: "（有删节）", "（节选）", "（ID：mmfb）" (a WeChat account's id)
    value = _SOURCE_REMARK.sub("", value)
    value = _SOURCE_LEAD.sub("", value.strip(" ：:()（）【】[]〔〕"))
    # "人民网 原创稿", "新华网原创": the kind of copy after the outlet's name (its own, first published there), set
    # apart, or glued to a name the tables know (dev-retired42 s45h_02's meta source)
    if (kind := _COPY_KIND.search(value)) and len(left := value[: kind.start()].strip()) >= 2:
        if kind.group()[:1].isspace() or _named_outlet(left):
            value = left
    value = _site_of_page_title(value)
    # a name ends at a full stop: "网易时尚 。内部来源" (the portal's flag for its own copy after it)
    value = _FULL_STOP.split(value, maxsplit=1)[0]
    # "南方日报返回列表": a page's control glued after the outlet (a <span> of the date line, then the link back to
    # the list, no blank between: dev s28_02); the control goes when an outlet's name is left
    ui = _GLUED_CONTROL.search(value[-_GLUED_CONTROL_REACH:])
    if ui and len(ui.group()) >= 2 and _named_outlet(left := value[: -len(ui.group())]):
        value = left
    # "公众号“某某发布”", "微信公众号：某某发布", "微博@某某": the account's name (fields.account_after: a platform's
    # word, then the name; a clause after it is no part of it: "微信公众号“经济日报”，版权归原作者所有")
    if account := account_after(value):
        value = account
    elif post_on_platform(value):
        return ""  # "百家号文章", "微博视频": a kind of post on the platform, no publisher (review s44 R6)
    value = _site_part(value)
    # "安全客-有思想的安全新媒体", "奇客Solidot–传递最新科技情报": a feed's title, its name then what it says of
    # itself (no outlet, section, office or site's word: a phrase longer than a section's name)
    if (m := _NAME_THEN_SLOGAN.match(value)) and _slogan(m["rest"]):
        value = m["name"]
    # "上海市发改委信息公开": an office's disclosure column, as a CMS names where the page sits: the office
    # (tester s24 T22)
    if (m := _DISCLOSURE.search(value)) and (office := value[: m.start()].strip(" -_|")) and _ISSUER.match(office):
        value = office
    if _COMPILED_FROM.match(value):
        return ""  # "综合抖音黑板报、南方都市报": compiled from several by whoever posted it, none the source
    if role := _ROLE_IN_VALUE.search(value):
        # "中央社 記者王小明" names the outlet, then its reporter; "編輯 王小明", "記者王小明／台北報導"
        # name a person only: an editor or a reporter is never the source
        before = value[: role.start()].strip(" ：:/／|·-")
        value = before if before and (_is_outlet(before) or before.startswith("《")) else ""
        if not value:
            return ""
    if _squeeze(value) not in known_outlets():
        trimmed = _SOURCE_TRAIL.sub("", value)
        # "香港经济日报HKET": the outlet, then its Latin brand; "北大未名BBS": no outlet without its Latin word
        latin_only = bool(_LATIN_TAIL.search(value)) and _LATIN_TAIL.sub("", value) == trimmed
        if not (latin_only and trimmed and not _is_outlet(trimmed) and not _named_outlet(trimmed)):
            value = trimmed
    value = value.strip(" ：:-|()（）【】[]〔〕")
    # "环球时报综合报道", "新华网综合": the outlet compiled the report from several
    if (m := _COMPILED.search(value)) and _named_outlet(value[: m.start()]):
        value = value[: m.start()]
    # "广西新闻频道综合南宁铁路、百度百科": the outlet compiled it from the places after 综合
    if (m := _COMPILED_BY.match(value)) and _named_outlet(m["who"]):
        value = m["who"]
    if _PICTURE_CREDIT.search(value) or _PICTURE_AGENCY.match(value):
        return ""
    value = _AGENCY_RELEASE.sub("", value)  # "新华社发": released by the agency (a photo's or a wire's credit)
    # "@中国科学院大学、长安街知事": the first of the names, without the handle's @;
    # "《中国新闻周刊》": a publication's name without its title marks
    value = _NAME_LIST_SEP.split(value.lstrip("@＠"))[0].strip()
    if "·" in value and _is_outlet(first := value.split("·")[0].strip()):
        value = first  # "澎湃新闻·澎湃号·政务": the outlet, then its channel (《东方早报·上海书评》 is one title)
    if _IN_TITLE_MARKS.fullmatch(value):
        value = value[1:-1]
    if (m := _REGIONAL_CHANNEL.search(value)) and _is_outlet(value[: m.start()]):
        value = value[: m.start()]  # 新华网黑龙江频道: the outlet's regional page (网易游戏频道 is 网易's own channel)
    if value.endswith("频道") and _is_section_name(value[:-2]):
        # "来源：时政频道": the site's channel the page sits in (a section's name), no outlet (dev-retired25 s28h_06)
        return ""
    if _CONTRIBUTORS.search(value):
        return ""  # "维基媒体项目贡献者": a wiki's many writers, no outlet
    if not value or _URL_START.match(value) or _NOT_SOURCE.match(value):
        return ""
    if _GENERIC_SOURCE.match(value) or _region_label(value):
        return ""
    # "头条日报 Headline Daily", "香港经济日报 HKET": an outlet named in both scripts is its Chinese name
    if (m := _BILINGUAL.match(value)) and _is_outlet(m[1]):
        value = m[1]
    # "中國廣播公司全球資訊網", "行政院全球資訊網": Taiwan's word for an organisation's web site after its name: the
    # organisation
    if (m := _WWW_SITE.match(value)) and organisation_name(m["org"]):
        value = m["org"]
    return value[:30]


_WWW_SITE = re.compile(rf"^(?P<org>[{_HAN}]{{2,20}}?)全球资讯网$")
_MARK_CLOSERS = frozenset(MARK_PAIRS.values())


def _balanced_name(value: str) -> str:
    """A name up to its first unmatched mark: a scraper's field cut out of a sentence keeps a mark whose partner it
    lost ("人民日报》（电子版", a Google-News record's source): what stands before it is the name, the rest a fragment.
    A value whose marks all pair, or with less than two characters before the stray one, is as written."""
    stack: list[tuple[str, int]] = []
    stray = -1
    for i, ch in enumerate(value):
        if ch in MARK_PAIRS:
            stack.append((MARK_PAIRS[ch], i))
        elif ch in _MARK_CLOSERS:
            if stack and stack[-1][0] == ch:
                stack.pop()
            else:
                stray = i
                break
    if stray < 0 and stack:
        stray = stack[0][1]
    if stray < 0:
        return value
    name = value[:stray].strip(" ：:-|·")
    return name if len(name) >= 2 else value


_DISCLOSURE = re.compile(r"(?:信息公开|政务公开)(?:专栏|目录|平台|网)?$")
_NAME_THEN_SLOGAN = re.compile(
    rf"^(?P<name>[{_HAN}A-Za-z0-9.]{{2,12}}?)\s*[-–—|｜]\s*(?P<rest>[{_HAN}A-Za-z0-9，, ]{{6,30}})$"
)


def _slogan(words: str) -> bool:
    """A site's words about itself after its name, not a second name: no outlet, section, office or organisation."""
    words = words.strip()
    return not (
        _is_outlet(words)
        or _is_section_name(words)
        or _ISSUER.match(words)
        or organisation_name(words)
        or _SITE_PART.search(words)
        or _squeeze(words) in known_outlets()
    )


# a role that names a person after it (not 编辑部, the desk: "《求是》编辑部" is a body)
_ROLE_IN_VALUE = re.compile(
    r"(?:责任编辑|实习记者|特约记者|见习记者|本报记者|记者|编辑|责编|通讯员|撰文|撰稿|作者|摄影|编译|主编|编审|小编)"
    r"(?![部室组])"
)
_BILINGUAL = re.compile(rf"^([{_HAN}]{{2,14}})\s+[A-Za-z][A-Za-z0-9 .&'\-]{{1,40}}$")
# between a site's name and its section or its repeat in one field: "聯合新聞網 | 聯合新聞網"
# (a JSON-LD publisher), "上報 / 焦點" (a <title>'s last part); spaced, or a full-width bar
_NAME_SEP = re.compile(r"\s+[|｜/／\-–—·]+\s+|\s*[｜丨]\s*")


def _site_part(value: str) -> str:
    """The outlet in a field that names the site with its section or twice: the first part
    that reads as an outlet, else the first part (a site's name leads its section's)."""
    parts = list(dict.fromkeys(p.strip() for p in _NAME_SEP.split(value) if p.strip()))
    if len(parts) < 2:
        return parts[0] if parts else value
    outlets = [p for p in parts if _is_outlet(p) or ((m := _BILINGUAL.match(p)) and _is_outlet(m[1]))]
    return (outlets or parts)[0]


_ADDRESS = re.compile(
    r"^(?:https?:/*\S*|www\.\S+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|hk|tw)(?:\.[a-z]{2})?/?)$",
    re.IGNORECASE,  # BUSINESS.SOHU.COM: a host name in capitals is still an address, not an outlet
)
_COUNTER = re.compile(r"^[(（\[【]?\d*[)）\]】]?$")


# an edition's name before the paper's: og:site_name "今日信報" (the day's print edition)
_EDITION = re.compile(rf"^(?:今日|每日|即時|即时)(?P<brand>[{_HAN}]{{2,6}})$")


def _edition_brand(site: str, html_title: str) -> str:
    """The paper, when the site's name is one of its editions and the page's <title>
    names the paper by itself ("今日信報" on a page titled "… - 信報網站 hkej.com").
    Without that second name, "今日X" may be the outlet's own name and stays."""
    m = _EDITION.match(site.strip())
    if not m:
        return site
    brand = m["brand"]
    parts = [p.strip() for p in _TITLE_SEP.split(html_title) if p.strip()]
    return brand if any(p.startswith(brand) and site not in p for p in parts) else site


def site_names(html_title: str, headline: str, named: list[str]) -> tuple[str, ...]:
    """The names a page gives itself: the parts of its <title> beside the headline
    ("…_大陆新闻_娱乐_腾讯网", "…-搜狐音乐"), og:site_name, a copyright holder, a
    feed's channel title. Read from the page, never from a list of sites."""
    parts = [p.strip(" -–—|｜_»") for p in _TITLE_SEP.split(html_title or "") if p.strip(" -–—|｜_»")]
    head = _squeeze(headline)
    # a part the headline itself contains ("书记市长这一周 | …": a column's name leading it) is no site
    # (a <title> of the site's name alone, " - 星島日報網頁", has no headline: a part named as a site's is the site's)
    names = [
        p
        for p in parts
        if (
            head
            and _squeeze(p) != head
            and head not in _squeeze(p)
            and _squeeze(p) not in head
            and (len(p) <= 16 or _org_with_latin(p))  # ("汉坤律师事务所 Han Kun Law Offices": a name in two scripts)
        )
        or (not head and len(p) <= 16 and (_is_outlet(p) or _SITE_PART.search(p) and len(p) >= 4))
    ]
    return tuple(dict.fromkeys(n for n in [*names, *named] if n))


# the generic end of a site's or channel's name: 新浪|网, 搜狐|音乐, 腾讯|娱乐
_CHANNEL_END = re.compile(r"(?:网|在线|频道|音乐|娱乐|体育|财经|科技|新闻|汽车|时尚|健康|教育|读书|游戏|评论|资讯)$")


def _site_like(part: str) -> bool:
    """Can a <title>'s last part name the site? Not a section (国内新闻, 时政), a date or a
    word of one or two characters."""
    from .patterns import _NOT_OUTLET

    part = part.strip()
    return (
        len(part) >= 3
        and not _NOT_OUTLET.search(part + ("新闻" if not part.endswith("新闻") else ""))
        and not _DATE_ANY.search(part)
        and not re.fullmatch(r"[\d\s\-/:.]+", part)
        and not re.search(r"(?:中心|频道|首页|栏目|专题|正文|列表)$", part)  # 新闻中心: a page of the site
    )


def site_kin(token: str, sites: tuple[str, ...]) -> bool:
    """Is ``token`` a name of the site's own family: 新浪娱乐 beside 新浪网, 腾讯音乐
    beside 腾讯网, 搜狐娱乐 beside 搜狐音乐? The site's brand (its name without a
    generic end) and a channel word after it; a name with no generic end (a blog's 某某志) has
    no family."""
    if not (3 <= len(token) <= 8) or not _ALL_HAN.fullmatch(token) or not _CHANNEL_END.search(token):
        return False
    for s in sites:
        stem = _CHANNEL_END.sub("", s)
        if len(stem) >= 2 and stem != s and _ALL_HAN.fullmatch(stem) and token.startswith(stem):
            return True
    return False


# (compiled once: the call sites are asked ~10,000-40,000 times a 5,000-briefing ingest; issue 19, session 49)
_ALL_HAN = re.compile(f"[{_HAN}]+")


_RFC_2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b")


def _rfc_date(value: str) -> tuple[dt.date, str] | None:
    """An RFC 2822 date as a label's value: the day as written, or in UTC+8 when stamped in UTC."""
    value = value.strip()
    if not _RFC_2822.match(value):
        return None
    parsed = parse_date(value)
    return parsed if parsed and plausible(parsed[0]) else None


# An outlet's name in several Latin words, maybe with its Chinese name or edition after it:
# "BBC News 中文", "The Daily Planet", "Reuters 路透", "The New York Times 中文网". Glued into one
# token (a word joiner for each space) so that a line does not read "The" as the source.
_LATIN_WORD = r"[A-Z][A-Za-z0-9.&'’\-]*"
_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z0-9])(?P<latin>{_LATIN_WORD}(?:[ \u00a0]+(?:{_LATIN_WORD}|of|and|for|&)){{0,5}})"
    rf"(?:[ \u00a0]+(?P<han>[{_HAN}]{{2,5}}))?(?![A-Za-z0-9{_HAN}])"  # not "MLF操作"
)
_PRESS_WORD = re.compile(
    r"\b(?:News|Times|Post|Daily|Media|Press|Journal|Herald|Tribune|Telegraph|Guardian|Economist|Agency|"
    r"Radio|TV|Network|Wire|Weekly|Magazine|Observer|Standard|Chronicle|Gazette|Broadcasting)\b"
)
_CHINESE_EDITION = re.compile(r"^中文(?:网|網|版|站)?$")
_JOIN = "\u2060"
_JOIN_OTHER = "\u2061"  # several Latin words that are no outlet: a place or a person ("Hong Kong")


def _latin_outlet(latin: str, han: str, labelled: bool) -> bool:
    """Is "latin han" an outlet's name? Several words or a Chinese name after the Latin one;
    none a time zone or AM/PM; on an unlabelled line it must read as the press ("The …",
    News, Times, Daily…, a Chinese edition or a Chinese name the tables know)."""
    words = latin.split()
    if any(_NOT_SOURCE.match(w) and len(w) <= 3 for w in words) or (len(words) < 2 and not han):
        return False
    if han and not (_CHINESE_EDITION.match(han) or _named_outlet(han) or labelled and len(han) <= 4):
        return False  # "来源：Reuters 路透": a labelled source's Chinese name
    return labelled or words[0] == "The" or bool(_PRESS_WORD.search(latin)) or bool(han)


def _glue_latin_outlets(text: str, labelled: bool) -> str:
    def glue(m: re.Match[str]) -> str:
        latin, han = m["latin"].strip(), m["han"] or ""
        if not _latin_outlet(latin, han, labelled):
            words = latin.split()
            other = len(words) >= 2 and not any(_NOT_SOURCE.match(w) and len(w) <= 3 for w in words)
            return _JOIN_OTHER.join(words) + m[0][len(m["latin"]) :] if other else m[0]
        return _JOIN.join(latin.split()) + (_JOIN + han if han else "")

    return _LATIN_NAME.sub(glue, text)


def _unglue(text: str) -> str:
    return text.replace(_JOIN, " ").replace(_JOIN_OTHER, " ").strip()


def parse_info_line(line: str, sites: tuple[str, ...] = (), beside: bool = False) -> InfoLine | None:
    """:func:`_read_info_line` with the join markers turned back into spaces: the one place
    they are restored, so that none leaves the module in any field.

    A line's reading depends on the line, the page's ``sites`` and ``beside`` only, and a page's
    candidates ask about the same top and bottom lines again and again (37% of the calls on the
    dev corpus; the reading was a third of metadata's time, 19-perf's s28 profile): a short line's
    reading is remembered, and each caller gets a copy of its own."""
    if len(line) > _INFO_MEMO_LINE:
        return _parsed_info_line(line, sites, beside)
    info = _remembered_info_line(line, sites, beside)
    return None if info is None else replace(info, authors=list(info.authors))


_INFO_MEMO_LINE = 400  # characters: a metadata line is at most 120 once normalised; longer lines are read anew


# "Date of Incident: 17 September 2019", "Meeting Date: …": an English label naming an event's day (as
# _EVENT_DAY_WORD does for 事故日期, 会议时间), the day of what the text is about, not the text's own (a bilingual
# report cover, dev-retired33 s36h_03: "Date of Issue" is the report's)
_EVENT_DAY_EN = re.compile(
    r"^\s*(?:date\s+of\s+(?:the\s+)?(?:incident|accident|event|occurrence|meeting|exam(?:ination)?)|"
    r"(?:incident|accident|event|meeting|exam(?:ination)?)\s+date)\s*[:：]",
    re.IGNORECASE,
)


def _event_day_line(line: str) -> bool:
    """Is the line a field of the day of an event the text reports or announces, and nothing else
    ("事故日期：2019年9月17日", "会议时间：…", "Date of Incident: 17 September 2019")?"""
    if _EVENT_DAY_EN.match(line):
        return True
    if len(line) > 60:
        return False
    head, parts = _labelled_parts(line)
    return not head.strip() and len(parts) == 1 and parts[0][0] == "event" and bool(_DATE_ANY.search(parts[0][1]))


def _parsed_info_line(line: str, sites: tuple[str, ...], beside: bool) -> InfoLine | None:
    if _EVENT_DAY_EN.match(line):
        return None
    info = _read_info_line(line, sites, beside)
    if info is None and (inner := _BRACKETED_LABEL.match(line.strip())):
        # "（本稿完成日期：2023年3月9日）": a labelled date line set in brackets on a draft's cover reads as the line
        info = _read_info_line(inner["inner"], sites, beside)
        info = info if info is not None and info.labelled and info.date else None
    if info is not None:
        info.source = _unglue(info.source)
        info.authors = list(dict.fromkeys(_unglue(a) for a in info.authors))
    return info


# (only under a label of the document's own day: "（报名截止时间：…）", "（会议时间：…）" under a notice's headline date
# an event the notice announces, not the notice: review s31 R13)
_BRACKETED_LABEL = re.compile(
    r"^[(（](?P<inner>(?:本稿|本文|本件)?(?:完成|发布|發布|印发|印發|成文|公布|签发|簽發|定稿)(?:日期|时间|時間)\s*[:：]"
    r"[^()（）]{4,40})[)）]$"
)


# (never handed out: parse_info_line copies it)
_remembered_info_line = lru_cache(maxsize=4096)(_parsed_info_line)


# (its count of shares may stand glued before it, the line's words run together: "来源:最西澳159分享到:", dev s40b_09)
_SHARE_BAR = re.compile(
    rf"(?:^|(?<=[\s:：])|(?<=[{_HAN}])\d{{1,7}}\s?)(?:分享到|分享至|分享|轉發到|转发到|share(?:\s+(?:on|to))?)\s*[:：]",
    re.IGNORECASE,
)


# a page's row of fields set off by bars: "京港台：2024-11-27 04:55 | 来源：Newtalk | 评论条 | 我来说几句" (dev s40b_20)
_ROW_BAR = re.compile(r"[ \t\u3000]*[|丨｜][ \t\u3000]*")
_ROW_CONTROL_MAX = 6  # characters of a control the row sets among its fields (a comment prompt, a tally's word)
_INFO_ROW_MAX = 160  # characters of a row read part by part
_INFO_RAW_MAX = 1000  # characters of a line as written, at most, for it to be read as a metadata line at all


def _read_info_line(line: str, sites: tuple[str, ...] = (), beside: bool = False) -> InfoLine | None:
    """:func:`_read_info_fields`, and a row of fields set off by bars with the page's controls among them: without
    its controls (a part of a few words, no date, that reads as no field: "评论条", "我来说几句", a reader's buttons
    on the row, never text), the row is its fields when it gives a date and a labelled field or a byline. A date
    (and a name) among controls is a menu with the site's clock and name, not a row of the article's fields."""
    info = _read_info_fields(line, sites, beside)
    if info is not None or len(line) > _INFO_ROW_MAX or not _ROW_BAR.search(line):
        return info
    parts = [p for p in _ROW_BAR.split(line.strip()) if p.strip()]
    kept = [
        p
        for p in parts
        if len(_squeeze(p)) > _ROW_CONTROL_MAX or _DATE_ANY.search(p) or _read_info_fields(p, sites, beside) is not None
    ]
    if len(parts) < 3 or len(kept) == len(parts) or len(kept) < 2:
        return None
    info = _read_info_fields(" | ".join(kept), sites, beside)
    return info if info is not None and info.date and (info.labelled or info.authors) else None


def _read_info_fields(line: str, sites: tuple[str, ...] = (), beside: bool = False) -> InfoLine | None:
    """A line made only of metadata, read as fields; None when any part of it is text.

    ``2026年9月28日 上海报道``, ``记者 林晓 2022年6月16日``, ``2024年12月30日 杨浦时报``,
    ``（完）2025年1月20日``, ``2019-09-07 15:10:53 来源：EETOP``, ``发布时间：2024/10/17 09:09``,
    ``第一财经 2024-06-27 10:12:45``, ``证券时报记者 张淑贤``; with the page's own
    ``sites`` (:func:`site_names`), ``http://ent.QQ.com 2009年11月09日11:30 腾讯音乐``.
    ``beside``: the line stands outside the article (a page's line around it), where a
    date may carry one short word of the page's own, its category ("其它内容 十一月 6th,
    2009"); in the text such a line may be a heading, and stays.
    """
    if len(line) > _INFO_RAW_MAX:
        # a line this long is prose or a dump, never a metadata line, and its normalising took time quadratic in a
        # run of blanks (a line of 20,000 spaces between two letters closing a text: 28 s)
        return None
    # "首页 > 头版新闻": a breadcrumb names the site's sections, never an outlet
    crumb = bool(_HOME_CRUMB.match(line.strip()))
    # "分享到： QQ空间 新浪微博 人人网": after a share label come the sites a reader may post it to, no source
    if ":" in line or "：" in line:  # (the label's colon: without one the bar's pattern never matches)
        line = _SHARE_BAR.split(line, maxsplit=1)[0]
    line = _normalise_info_line(line)
    if not line or len(line) > 120:
        return None
    info = InfoLine()
    if (m := _COPYRIGHT_SOURCE.match(line)) and m.end() >= len(line.rstrip(" .")) - 1:
        info.source = m["who"]
        return info
    head, parts = _labelled_parts(line)
    if parts and parts[0][0] == "event":
        return None  # "会议时间：2024年3月15日上午9时": what the notice announces, its text, no field of the notice's
    tokens = _tokens(_CREDIT_OF.sub("", head) if parts and parts[0][0] == "credit" else head)
    updated = _read_labelled(info, parts, tokens)
    st = _LineState(info, sites, beside, labelled=bool(parts), tokens=tokens)
    for token in tokens:
        token = token.strip(" ,，;；")
        if not token:
            continue
        step = _read_token(st, token)
        if step is _REJECT:
            return None
        if step is _NEXT:
            st.pending_role = st.after_outlet = False
    if updated and not info.date:
        info.date, info.updated = updated, True
    if crumb:
        info.source = ""
    if not (info.date or info.source or info.authors or info.labelled):
        return None
    info.authors = list(dict.fromkeys(info.authors))
    return info


_HOME_CRUMB = re.compile(r"^(?:首页|主页|网站首页|返回首页|home)\s*[>›»＞]", re.IGNORECASE)


_BAR_LABEL = re.compile(
    rf"(^|\s)({_SOURCE_LABEL}|作者|编辑|责任编辑|责编|文|图|记者|撰文|摄影|审核|校对|编审|主编|美编|排版|统筹|监制|出品)\s*[丨|｜]\s*(?=\S)"
)


_BULLET = re.compile(r"^[-*•·]\s*")
# "发布时间 2024-05-17", "来源 上观新闻": a label set off by a space as pages and forums write it (tester s22 T18), at
# the line's start, after a space or a date's digit (数据来源 is data's credit), then a date or a name (the text's
# cleaning glued a date to the label: "发布时间2024-05-17", "2024-05-17来源 上观新闻")
_SPACED_LABEL = re.compile(
    r"(?:^|(?<=[\s\d]))(?:(?P<date>发布时间|发布日期|发稿时间|成文日期|更新时间)[ \t\u3000]*(?=(?:19|20)\d{2}[-/.年])"
    rf"|(?P<source>{_SOURCE_LABEL})[ \t\u3000]+(?=[^\s\d:：|丨｜]))"
)
# "时　　间　2012年6月6日", "日　　期：…": a field's label of two or three characters spaced to a column's width, as
# official documents and records set their header fields (a legislature's meeting record, dev-retired34 s37h_05), then
# a colon or a blank (one space once the text's blanks are folded: "时 间 2012年…"): read as the label written close,
# when it is one
_WIDE_LABEL = re.compile(
    rf"^(?P<a>[{_HAN}])[ \u3000]{{1,4}}(?P<b>[{_HAN}])(?:[ \u3000]{{1,4}}(?P<c>[{_HAN}]))?"
    r"(?:[ \t\u3000]*[:：]|[ \t\u3000])[ \t\u3000]*(?=\S)"
)
# "09-11-21 13:34" (yy-MM-dd and the minute, a CMS's stamp: inews.nmgnews.com.cn, dev s39b_17): a year of two
# digits, read only with the time after it (a day and its minute on a page's stamp line, never a range or a code)
_SHORT_YEAR_STAMP = re.compile(
    r"(?<![\d/.:-])(?P<y>\d{2})-(?P<md>(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?=[ \t]*\d{1,2}:\d{2}(?![\d.:]))"
)


def _full_year_stamp(m: re.Match[str]) -> str:
    year = int(m["y"])
    return f"{2000 + year if year <= _THIS_YEAR % 100 else 1900 + year}-{m['md']} "


# "上午9时7分、下午2时41分": a record's sittings of one day, two times listed; each a time of its own
_LISTED_TIMES = re.compile(r"(?<=\d分|\d时)、(?=(?:上午|下午|中午|晚上|凌晨)?\d{1,2}时)")
# "中華民國101年6月6（星期三）": a day whose 日 a typed record left out before the weekday in brackets (dev-retired34
# s37h_05): the weekday says the number is the day
_DAY_BEFORE_WEEKDAY = re.compile(r"(\d\s*年\s*\d{1,2}\s*月\s*\d{1,2})(?=[(（](?:星期|周|礼拜)[一二三四五六日天][)）])")
_UPDATED_ON = re.compile(r"(?:^|(?<=\s))(?:最[后後]|最近)?更新[于於]\s*[:：]?\s*(?=(?:19|20)\d{2}|\d{1,2}月)")
# "Last updated 2024-05-01 10:00", "Last modified: …": the same in English (its "Last" is no outlet's name)
_LAST_UPDATED = re.compile(
    r"^last[ \t]+(?:updated|modified|revised|edited)(?:[ \t]+on)?[ \t]*[:：]?[ \t]*(?=(?:19|20)\d{2}|\d{1,2}[-/. ])",
    re.IGNORECASE,
)


def _normalise_info_line(line: str) -> str:
    """One spelling for the forms a metadata line's parts take."""
    # (each rewrite is tried only when the line holds what its pattern cannot match without - a bracket, a colon, a
    # bar, 年, 、, 更新, "by", "ago", 前 - told by a substring test: the patterns' scans were a fifth of metadata's CPU
    # on the lines it asks about, most of them prose that none of them touches; issue 19, session 48)
    line = _iso_slash_dates(_iso_worded_dates(_BULLET.sub("", line.strip())))
    line = _UI_LINK.sub(" ", line).strip()
    bracket = "(" in line or "（" in line
    # a remark in brackets after a source's name ("来源：某某日报（有删节）", "（ID：mmfb）"); a stock-photo
    # library after a 来源 label credits a picture ("来源：东方IC"): neither is part of the line's fields
    line = (_REMARK_ANYWHERE.sub(" ", line) if bracket else line).strip()
    line = (_AGENCY_CREDIT.sub(" ", line) if ":" in line or "：" in line else line).strip()
    # "来源丨贵阳日报 编辑丨赵子滟": WeChat's editors set a label off with a bar (丨, |, ｜) as often as a colon
    # (only when every bar on the line follows such a label: "首页 | 新闻 | 来源 | 时间" is a menu)
    if (
        ("丨" in line or "|" in line or "｜" in line)
        and _BAR_LABEL.search(line)
        and len(_BAR_LABEL.findall(line)) == len(re.findall("[丨|｜]", line))
    ):
        line = _BAR_LABEL.sub(r"\1\2：", line)
    line = _SPACED_LABEL.sub(lambda m: (m["date"] or m["source"]) + "：", line)
    if (wide := _WIDE_LABEL.match(line)) and info_label(label := wide["a"] + wide["b"] + (wide["c"] or "")):
        line = label + "：" + line[wide.end() :]
    if "年" in line and ("(" in line or "（" in line):
        line = _DAY_BEFORE_WEEKDAY.sub(r"\1日", line)
    if "、" in line:
        line = _LISTED_TIMES.sub(" ", line)
    if ":" in line:
        line = _SHORT_YEAR_STAMP.sub(_full_year_stamp, line)
    # "2024 年 1 月 5 日": a date spaced out is one token; "Posted on 2024-01-05 by admin": a blog's
    # words around its date
    if "年" in line:
        line = _SPACED_DATE.sub(r"\1年\2月\3日", line)
    # "更新于 2025年12月2日 14:20" (HK and Taiwan pages: 更新於): an update's date, as "更新时间：" says it
    if "更新" in line:
        line = _UPDATED_ON.sub("更新时间：", line)
    if line[:1] in ("l", "L"):
        line = _LAST_UPDATED.sub("更新时间：", line)
    if line[:1] in ("p", "P", "u", "U") or "by" in line.lower():
        line = _POSTED_ON.sub(" ", line)
    line = line.strip()
    line = (_AGO.sub(" ", line) if "前" in line or "ago" in line.lower() else line).strip()
    # "《人民日报》（2025年03月10日第 01 版）": the print edition's page
    return _PRINT_PAGE.sub(" ", line) if "版" in line else line


_GLUED_DATE_WORD = re.compile(rf"(?:^|(?<=\s))[{_HAN}]{{1,4}}$")
# the words before 时间/日期 that name an event the text announces (its subject's day, not the text's): a meeting, an
# exam, a sign-up or its deadline, an activity, a tender, a course, an opening, a start or end, a coming into force, a
# show, a sale (as the text is Simplified here); and a scraper's own stamp of when it took its copy ("> 抓取时间:
# 2026/1/5 11:27:34" over a scraped notice, dev s37_01-06: the crawl's day, never the text's); the day of the incident
# a report investigates ("事故日期：2019年9月17日" over "出版日期：2020年3月3日" on an investigation report's cover,
# dev-retired33 s36h_03: the report came out on the second)
_EVENT_DAY_WORD = re.compile(
    r"事故|事发|案发|发生|会议|考试|笔试|面试|报名|截止|活动|开标|投标|招标|申报|培训|举办|举行|开始|结束|生效|实施|施行|报到|缴费|开幕|闭幕|"
    r"开放|演出|比赛|演唱会|开卖|开售|发售|销售|促销|预约|领取|接种|开课|开学|开庭|营业|抓取|爬取|采集|入库"
)


def _labelled_parts(line: str) -> tuple[str, list[tuple[str, str]]]:
    """The line's unlabelled start and its labelled fields: "来源：X 作者：Y" -> (label, value)
    pairs; a picture's or data's credit and an update's date get labels of their own."""
    parts: list[tuple[str, str]] = []
    labels = info_labels(line)
    head = line[: labels[0].start] if labels else line
    # "见报日期：", "刊登时间：", "录入时间：": the words glued before 日期/时间 are the label's own
    # (when the paper ran it, when it was entered), not a name before the line's fields
    event = False
    if labels and labels[0].label in ("日期", "时间") and (glued := _GLUED_DATE_WORD.search(head)):
        head = head[: glued.start()]
        # "会议时间：2024年3月15日上午9时", "考试时间：…", "报名截止时间：…": the day of what the text announces, not
        # the text's own. Only a glued word naming such an event makes it so; any other (公开日期, 发布时间, 公告日期,
        # 生成日期, 信息时间: the gov.cn header's labels, review s32 R11) keeps the label the text's day
        event = bool(_EVENT_DAY_WORD.search(glued.group()))
    for k, m in enumerate(labels):
        end = labels[k + 1].start if k + 1 < len(labels) else len(line)
        label = "event" if event and k == 0 else _INFO_FIELD.get(m.field, m.field)
        if label == "source" and _CREDIT_OF.search(line[: m.start]):
            label = "credit"  # "資料來源：衛福部", "图片来源：新华社": where a figure or a picture came from
        elif label == "date" and _UPDATED_BEFORE.search(line[: m.start]):
            label = "updated"  # "最後修訂日期": when the page changed, not when it was published
        value = line[m.end : end].strip()
        parts.append((label, _glue_latin_outlets(value, True) if label == "source" else value))
    head = _glue_latin_outlets(head, False)
    if "《" in head:
        head = _GLUED_PUBLICATION.sub(" 《", head)  # "记者 向子丰《人民日报》": a name, then the paper
    return head, parts


_LABELLED_URL = re.compile(r"(?:https?://|www\.)[^\s|｜]+", re.IGNORECASE)


_SECOND_NAME = re.compile(rf"^[（(][{_HAN}]{{2,15}}[）)]$")
# a company's Latin brand, then its registered name: "Oxford Roadmapping 澳恪森数智科技服务(广州)有限公司" (a Hugo
# post's 本图文来源 line, dev s47b_02; the brand's words joined by U+2060 once _glue_latin_outlets has read them): one
# name, the registered one counts
_BRAND_THEN_ORG = re.compile(
    rf"^[A-Za-z][A-Za-z0-9&.'\-]*(?:[\s\u2060]+[A-Za-z][A-Za-z0-9&.'\-]*){{0,3}}\s+(?P<org>[{_HAN}][{_HAN}A-Za-z0-9（）()·]+)$"
)


def _read_labelled(info: InfoLine, parts: list[tuple[str, str]], tokens: list[str]) -> tuple[dt.date, str] | None:
    """The labelled fields into ``info``; what is left of their values joins ``tokens``.
    Returns an update's date (used only when the line gives no other)."""
    updated: tuple[dt.date, str] | None = None
    for label, value in parts:
        info.labelled = True
        if label == "source" and (url := _LABELLED_URL.match(value)):
            # "来源：http://www.people.com.cn": the outlet the address names (its table), else none
            named = outlet_for_url(url[0] if "://" in url[0] else "http://" + url[0])
            if named and not info.source:
                info.source, info.source_labelled = named, True
            tokens += _tokens(value[url.end() :])
        elif label == "source":
            if (brand := _BRAND_THEN_ORG.match(value.strip())) and organisation_name(brand["org"]):
                value = brand["org"]
            # the value may carry a date or time after it: "来源：经济日报 2024-01-02"
            bits = _tokens(value)
            src = bits[0] if bits else ""
            if len(bits) > 1 and _SECOND_NAME.match(bits[1]) and value.startswith(src + bits[1]):
                # "来源：研究生院（党委研究生工作部）": one office under two names (a university's or a Party body's,
                # as they sign): the first is the source, the bracketed one no text
                bits = [src, *bits[2:]]
            if (d := _DATE_TOKEN.match(src)) is None and not info.source:
                info.source = _source_value(value if len(bits) > 1 and _SOURCE_TRAIL.search(value) else src)
                rest = value.split(info.source, 1)[1] if info.source and info.source in value else ""
                if (
                    _PERSON.match(info.source)
                    and (len(info.source) <= 3 or info.source[:2] in COMPOUND_SURNAMES)
                    and (role := _ROLE_CLOSING.match(rest))
                    and not _named_outlet(info.source)
                ):
                    # "来源：欧阳小明 记者", "来源：司马相如 摄": a byline after the label, not an outlet
                    # (an outlet's role is followed by its reporter's name: "来源：半月谈 记者 张三");
                    # an editor or a photographer wrote no text. Four characters make a name only after a
                    # compound surname: "来源: 网易商业报道" is a portal's channel reporting, no person
                    info.authors += [] if re.search("[编編摄攝]", role[0]) else [info.source]
                    info.source = ""
                info.source_labelled = bool(info.source)
            tokens += bits[1:] if d is None else bits
        elif label == "author":
            names = [n for n in re.split(r"[ 、,，]+", value) if n]
            if names and all(_PERSON.match(n) for n in names):
                info.authors += names
            else:
                tokens += _tokens(value)
        elif label == "date":
            if not _DATE_ANY.search(value) and (rfc := _rfc_date(value)):
                info.date = info.date or rfc  # 日期：Thu, 02 Jul 2020 02:53:55 +0000 (a feed's pubDate)
            else:
                tokens += _tokens(value)
        elif label == "updated":
            bits = _tokens(value)
            for bit in bits:
                if (d := _DATE_TOKEN.match(bit)) and (parsed := _parse_date_token(d)):
                    updated = updated or parsed
            tokens += [b for b in bits if not _DATE_TOKEN.match(b)]
        # editors, proof-readers, counters, font size: read and dropped
    return updated


@dataclass(slots=True)
class _LineState:
    """What reading a metadata line's tokens one by one carries from token to token."""

    info: InfoLine
    sites: tuple[str, ...]
    beside: bool  # the line stands outside the article
    labelled: bool  # the line has labelled fields
    tokens: list[str]
    _dated: bool | None = None
    _near_date: bool | None = None
    pending_role: bool = False  # a role word ("记者") was read: a name next is its person
    pending_credit: bool = False  # a credit word ("摄", "编辑"): a name next took the picture or edited
    after_outlet: bool = False  # the token before was the outlet
    timed: bool = False  # a time was read (a date line's "07:30")
    strays: int = 0  # short words let stand beside the fields

    @property
    def date_first(self) -> bool:
        """Does the line open with its date ("2024年4月4日 時事脈搏 港聞")?"""
        return bool(self.tokens) and bool(_DATE_TOKEN.match(self.tokens[0].strip(" ,，;；")))

    @property
    def dated(self) -> bool:
        """Is a token a date? (asked of few lines: most are text from their first token)"""
        if self._dated is None:
            self._dated = any(_DATE_TOKEN.match(t) for t in self.tokens)
        return self._dated

    @property
    def near_date(self) -> bool:
        """Does a token hold a date?"""
        if self._near_date is None:
            self._near_date = any(_DATE_ANY.search(t) for t in self.tokens)
        return self._near_date


# what reading one token tells the loop: go on (the role and outlet context end), go on
# keeping the context, or give up on the line (a part of it is text)
_NEXT, _KEEP, _REJECT = object(), object(), object()
# a page's tally of its readers beside the date: "阅读10544次", "--阅读·", "浏览：1.2万", "328人阅读"
_TALLY = re.compile(
    r"^[-—·•|\s]*(?:[\d.,]+\s*[万千kK+]?\s*(?:次|人)?)?(?:阅读|浏览|点击|访问|阅览|观看|播放|喜欢|点赞|收藏|转发|评论|回复|投币)"
    r"(?:量|数|次数|人数)?\s*[:：]?\s*(?:[\d.,]+\s*[万千kK+]?|--)?\s*(?:次|人)?[-—·•|\s]*$"
    r"|^\d+(?:\.\d+)?\s*[万千kK]\+?$"  # the tally's number on its own: "阅读 1.2万"
)
_ROLE_WORDS = frozenset({"记者", "通讯员", "特约记者", "见习记者", "文", "撰文", "作者", "整合", "编译", "综合"})
_CREDIT_WORDS = frozenset({"图", "摄", "摄影", "图文", "编辑", "责编", "责任编辑", "美编", "校对"})
_ROLE_NAMES = re.compile(rf"^(?:记者|通讯员|作者)(?P<names>[{_HAN}]{{2,4}}(?:、[{_HAN}]{{2,4}})*)$")
_POSTER_PLACE = re.compile(rf"^来自[{_HAN}]{{2,8}}(?:省|市|自治区|特别行政区)$")


_OUTLET_DASH = re.compile(r"\s*[—–\-－]+\s*")


def _joined_outlets(token: str) -> bool:
    """Two outlets joined by a dash, as a portal credits a copy: "金羊网—新快报"."""
    if not _OUTLET_DASH.search(token) or len(token) > 24:
        return False
    parts = [p for p in _OUTLET_DASH.split(token) if p]
    # (each an outlet's shape, one a named outlet: 新快报 ends as a bulletin, 快报, does)
    return len(parts) == 2 and all(_OUTLET_SHAPE.match(p) for p in parts) and any(_named_outlet(p) for p in parts)


# two offices of one place glued on a cover ("深圳市妇女儿童工作委员会深圳市性别平等促进办公室"): the place's
# name opens both, each an office by _ISSUER
_PLACE = re.compile(rf"[{_HAN}]{{2,6}}?[省市县区]")


def _first_issuer(value: str) -> str:
    """The first of two offices of one place glued together; any other value as it is."""
    if m := _PLACE.match(value):
        k = value.find(m[0], m.end() + 1)
        if k > 0 and _ISSUER.match(value[:k]) and _ISSUER.match(value[k:]):
            return value[:k]
    return value


# an issuer's press release or communiqué named beside its date ("總統府新聞稿", "国家统计局新闻公报")
_RELEASE = re.compile(rf"^(?P<issuer>[{_HAN}A-Za-z0-9]{{2,24}}?)(?:新闻稿|新闻公报|新闻通稿|通稿)$")


def _issuer_name(value: str) -> str:
    """``value`` when it names an office, an organisation or an outlet, else ""."""
    return value if _ISSUER.match(value) or _named_outlet(value) or organisation_name(value) else ""


def _issuer_token(token: str) -> bool:
    """An office's name by its ending, the ending not a word of its own after an adjective: "应变克难开新局" (a
    headline, "open a new situation": 新 + 局) ends as a bureau does (tester s19 T18: it became the source). An
    office's ending is its own segment after a noun or a verb ("交通运输|部", "投资促进|局"), or part of a word
    ("统计局")."""
    if not _ISSUER.match(token):
        return False
    # (only a plain noun's ending after a one-character adjective after a verb: 开|新|局 is 'v','a','n'; 国家卫健委 is
    # …健 'a', 委 'zg', an office: review s20 R13)
    tags = segment.tag(token, hmm=False)
    return not (
        len(tags) >= 3
        and len(tags[-1][0]) == 1
        and tags[-1][1] == "n"
        and len(tags[-2][0]) == 1
        and tags[-2][1] == "a"
        and tags[-3][1] == "v"
    )


# a foreign name in transliteration: its parts (two to four, each of one to eight characters) set apart by a middle dot
_TRANSLITERATED = re.compile(rf"^[{_HAN}]{{1,8}}(?:[·•‧・][{_HAN}]{{1,8}}){{1,3}}$")
_OUTLET_PART = re.compile(rf"{OUTLET_END}(?:[·•‧・]|$)")
_BYLINE_NAME = re.compile(rf"^[{_HAN}]{{3}}$")  # a columnist's full name (a word of two is as often a place)


_DOTS = re.compile(r"[·•‧・]")
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})


def _place_pair(token: str) -> bool:
    """A place and what lies in it, set apart by a middle dot as a transliterated name's parts are ("中国·上海",
    "北京•朝阳", "中国·东盟博览会": review s47 R2): its first part is a place's name to the segmenter and no part reads
    as a person's ("亚历山大·杜金" is a name: 杜金's is)."""
    parts = _DOTS.split(token)
    first = segment.tag(parts[0], hmm=False)
    if not (len(first) == 1 and first[0][1] == "ns"):
        return False
    return not any(t in _PERSON_TAGS for p in parts[1:] for _, t in segment.tag(p, hmm=False))


def _dateline_place(token: str) -> bool:
    """A province's, a prefecture's, a Hong Kong, Macau or Taiwan city's or a foreign city's name, alone or with the
    wire's 讯 or 电; the line's round brackets may stand around it and its day ("（香港 2026年5月4日）", "（2026年5月4日
    东京）": the dateline set in brackets under a headline)."""
    token = token.lstrip("(（").rstrip(")）")
    return token in DATELINE_PLACES or (len(token) > 2 and token[-1] in FILED_WORDS and token[:-1] in DATELINE_PLACES)


# (compiled once: the call sites are asked ~10,000-40,000 times a 5,000-briefing ingest; issue 19, session 49)
_WORD_CHARACTER = re.compile(rf"[{_HAN}A-Za-z0-9]")


def _read_token(st: _LineState, token: str) -> object:
    """One token of a metadata line: a date, a closing mark, a role and its names, an outlet,
    chrome to skip; anything else means the line is text (``_REJECT``)."""
    info = st.info
    if m := _DATE_TOKEN.match(token):
        parsed = _parse_date_token(m)
        if parsed is None:
            return _REJECT  # "3893年" is not a date line
        info.date = info.date or parsed
        st.timed = st.timed or bool(_TIME_IN_LINE.search(token))  # "2024年3月8日07:30"
    elif (m2 := _DATE_ANY.match(token)) and _CLOSE_MARK.match(token[: m2.start()] or "x"):
        info.closing = True
    elif _CLOSE_MARK.match(token):
        info.closing = True
    elif _TIME_TOKEN.match(token):
        st.timed = True
        return _KEEP
    elif _CHROME_WORDS.match(token) or _COUNTER.match(token) or _TALLY.match(token):
        return _KEEP
    elif (
        st.timed
        and info.date
        and token == st.tokens[-1]
        and re.fullmatch(f"[{_HAN}]{{2,3}}", token)
        and not _is_outlet(token)
        and not _named_outlet(token)
    ):
        return _KEEP  # "2025年8月20日 07:30 上海": where it was posted, after the time (WeChat's header)
    elif _ADDRESS.match(token):
        return _KEEP  # the site's address beside its date: part of the metadata line
    elif token in _ROLE_WORDS or _OWN_REPORTER.match(token):
        st.pending_role = True
        return _KEEP
    elif desk := _DESK.match(token):
        outlet = desk["outlet"].strip("《》·")
        # the outlet's own name before its desk, or the brand of a name the site gives itself ("热血编辑部" on
        # 热血新闻's page, "棱角编辑部" under 棱角媒体's rights line): the site's name, not the desk's
        own = next((s for s in st.sites if len(outlet) >= 2 and s.startswith(outlet) and s != outlet), "")
        # (本报, 本刊, 本网: the paper speaking of itself names no outlet, as after a 来源 label: review s20 R14)
        if outlet and not _is_self(outlet) and (_named_outlet(outlet) or own):
            info.source = info.source or (outlet if _named_outlet(outlet) else own)
        info.desk = True
        st.pending_role = True  # "编译中心 王小明": the desk's reporter may follow
        return _KEEP
    elif token in _CREDIT_WORDS:
        st.pending_credit = True  # "文／王小明　圖／李四": the next name took the picture or edited it
        return _KEEP
    elif st.pending_credit and _PERSON.match(token):
        st.pending_credit = False
        return _KEEP
    elif _PLACE_REPORT.match(token):
        pass
    elif st.dated and _dateline_place(token):
        # "2026年5月4日 香港", "香港 2026年5月4日", "2026-05-04 香港訊": where the report was filed, beside its day (new
        # user s48 U2: such a line, the briefing's only date, was text and the briefing undated); a known place only
        return _KEEP
    elif st.pending_role and info.authors and _ROLE_CLOSING.match(token):
        return _NEXT  # "记者 王小明 李四 报导": the role word closing the names is no name
    elif (
        st.pending_role
        and _PERSON.match(token)
        and (not info.desk or _looks_like_person(token))
        # "文／林叶蓝／今周刊": after the writer's name, a name shaped as an outlet's (no surname opening a short one)
        # is the publication the byline ends with, not a second writer
        and not (info.authors and _named_outlet(token) and not (len(token) <= 3 and token[0] in _SURNAMES))
    ):
        # (after a desk only a person's name is its reporter: "编辑部 声明 王明 李华" is a sentence's words)
        info.authors.append(token)
        return _KEEP
    elif m := _ROLE_NAMES.match(token):
        # (not 文: "文章归档" is a menu item, not 文 + a name); "记者王小明、李四": each
        info.authors += m["names"].split("、")
    elif not _WORD_CHARACTER.search(token):
        return _KEEP  # brackets and dashes
    elif m := _ROLE_GLUED.match(token):
        # "《中国企业家》记者": a name in title marks is a publication, whatever its ending;
        # "新华日报·交汇点记者": the paper, then its app or channel
        outlet = m["outlet"].split("·")[0]
        if _named_outlet(outlet) or outlet.startswith("《"):  # (the table knows 香港01: no outlet ending)
            info.source = info.source or outlet.strip("《》")
        if m["names"]:
            info.authors += _split_names(m["names"])
        else:
            st.pending_role = True
            return _KEEP
    elif _joined_outlets(token):
        info.source = info.source or token  # "金羊网—新快报", "环球时报-环球网": the site, then its paper
        st.pending_role, st.after_outlet = False, True
        return _KEEP
    elif (m := _RELEASE.match(token)) and (name := _issuer_name(m["issuer"])):
        info.source = info.source or name  # "總統府新聞稿" beside its day: the release's issuer
        st.pending_role, st.after_outlet = False, True
        return _KEEP
    elif (
        _named_outlet(token)
        or (_ISSUER.match(token) and _issuer_token(_source_value(token) or token))  # ("本文来源于国家统计局")
        or site_kin(token, st.sites)
    ) and _source_value(token):
        info.source = info.source or _first_issuer(_source_value(token))
        st.pending_role, st.after_outlet = False, True
        return _KEEP
    elif (
        token is st.tokens[0]
        and not st.beside  # (a page's side list pairs a search term with its day: "六合彩 2020-02-01")
        and len(st.tokens) > 2
        and _DATE_TOKEN.match(st.tokens[1])
        and _TIME_TOKEN.match(st.tokens[2])  # the post's stamp, to the second or minute
        and _BYLINE_NAME.match(token)
        and not re.search(r"[市省县区州镇乡村庄港湾岛山]$", token)
        and not any(t in _NOT_IN_A_NAME or t in ("ns", "m", "t") for _, t in segment.tag(token))
        # a word of the dictionary is no one's full name (张家口, 张家界: places jieba tags as persons', review s19 R13)
        and len(segment.tag(token, hmm=False)) > 1
    ):
        info.authors.append(token)  # "信海光2015-07-03 12:06:51": a columnist's name before the day of the post
    elif st.after_outlet and _PERSON.match(token) and st.dated:
        # a name right after the outlet on a dated line is its reporter; a place ("北京",
        # "台北市") may stand there too, so only a three-character name with no place
        # ending is kept as the author
        if len(token) == 3 and not re.search(r"[市省县区州镇乡村]$", token):
            info.authors.append(token)
    elif (
        (st.dated or st.labelled)
        and token is st.tokens[-1]
        and _TRANSLITERATED.match(token)
        and not _OUTLET_PART.search(token)
        and not _place_pair(token)
    ):
        # "更新于2022年8月6日 15:27 露西•凯拉韦": a writer's name in transliteration (its parts set apart by a middle
        # dot) closing a dated line, as FT中文网 prints its byline beside the story's time (dev-retired40 s43h_01)
        info.authors.append(token)
    elif _POSTER_PLACE.match(token):
        return _KEEP  # where the poster was: "来自内蒙古自治区"
    elif (posted := _posted_from(token)) is not None:
        # a platform's "发布于北京", "经济日报官方账号" (spans glued): where it was posted, whose account
        info.source = info.source or posted
    elif (m := _PUBLICATION.fullmatch(token)) and st.dated:
        info.source = info.source or m[1]  # "2005年03月21日 11:21 《理财周刊》": the publication
    elif _NOT_SOURCE.match(token) and len(token) <= 3:
        return _KEEP  # "HKT" beside a time
    elif _JOIN in token and re.fullmatch(rf"[A-Za-z0-9.&'’\-{_HAN}{_JOIN}]+", token):
        info.source = info.source or token  # "2024-01-02 BBC News 中文"
    elif _JOIN_OTHER in token:
        # "2024-05-01 Hong Kong": a place or a name beside the date, not "Hong" the source
        return _KEEP if st.dated else _REJECT
    elif _LATIN_OUTLET.match(token) and st.dated:
        info.source = info.source or token  # "2024-01-02 Reuters"
    elif _HANDLE.match(token) and st.dated:
        info.authors.append(token)  # "maomaobear 2015-06-19 11:20:11": a user's handle, its author
    elif _RELAY_CREDIT.match(token):
        return _KEEP  # "酷勤网收集": who collected the copy, not its source
    elif st.labelled and len(token) <= 4 and st.strays < 2:
        st.strays += 1  # beside labelled fields, a place or a button ("北京", "举报")
    elif st.beside and st.strays < (_BESIDE_WORDS if st.date_first else 1) and len(token) <= 6 and st.near_date:
        # outside the article, beside its date: a category ("其它内容"), or after the date a column and its section
        # ("2024年4月4日 時事脈搏 港聞" right above a headline, dev s39b_21; two words before a date are a list item's
        # headline: "春节特辑 年夜饭 2024-02-09")
        st.strays += 1
    else:
        return _REJECT
    return _NEXT


@dataclass(slots=True)
class _Best:
    """The best candidate so far for one field."""

    value: Any = None
    score: float = -1.0
    origin: str = ""
    # every candidate, best first at the end: a source that fails the last checks (a
    # person's name from a loose place) gives way to the next, not to nothing
    offers: list[tuple[float, int, Any, str]] = field(default_factory=list)

    def offer(self, value: Any, score: float, origin: str) -> None:
        if value:
            self.offers.append((score, -len(self.offers), value, origin))
        if value and score > self.score:
            self.value, self.score, self.origin = value, score, origin

    def ranked(self) -> list[tuple[Any, float, str]]:
        """The candidates best first (the first offered first among equals)."""
        return [(v, sc, o) for sc, _, v, o in sorted(self.offers, key=lambda t: (t[0], t[1]), reverse=True)]


# (after a blank, the middle dot that sets an issue's number off its day: "双周进展汇报 第064期·2026年03月10日", or
# a closing bracket: "【参考信息（试1期）】2022-11-02")
_HEADLINE_DATE = re.compile(
    r"(?:\s|^|(?<=期)·|(?<=[)）\]】]))[(（\[【]?\s*(?P<date>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*[)）\]】]?$"
)


# a listed company's short name glued to its stock code (six digits in Shanghai and Shenzhen, five in Hong Kong) in
# a bracket tag that opens a title: "[ST龙大002726]", "【*ST南置(002305)】"
_FILER_TAG = re.compile(
    rf"^\s*[\[【]\s*(?P<name>\*?(?:ST|S\*ST)?[{_HAN}A-Za-z]{{2,8}}?)\s*[(（]?(?:\d{{6}}|\d{{5}})[)）]?\s*[\]】]"
)
_FILING_END = re.compile(rf"(?:{_alternation((*GOV_DOCUMENT_KINDS, '意见书', '决议', '说明', '摘要', '章程'))})\s*$")
# an issue's title: a name, its day (a compact day or a whole one) and a word or two for the page, nothing else
_ISSUE_TITLE = re.compile(
    rf"(?P<name>[{_HAN}A-Za-z][{_HAN}A-Za-z·]{{1,15}}?)\s*(?P<date>(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    rf"|(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?)(?:\s*[{_HAN}]{{1,8}})?"
)


def _compact_or_plain_date(value: str) -> tuple[dt.date, str] | None:
    if re.fullmatch(r"\d{8}", value):
        parsed = _safe_date(int(value[:4]), int(value[4:6]), int(value[6:]), "day")
    else:
        parsed = parse_date(value)
    return parsed if parsed and plausible(parsed[0]) else None


_HEADLINE_OUTLET = re.compile(rf"^(?P<outlet>[{_HAN}A-Za-z0-9]{{2,14}}?)\s*[|｜丨]\s*\S")
_JS = re.compile(r"function\s*\(|[{};]|\bvar\b|document\.|window\.|\$\(|=\s*['\"]")
# a hyphen between hanzi, or after a headline's closing punctuation ("…城！-新华网"), separates
# ("Blog » Post": WordPress's and other blog engines' separator, spaced)
# ...a dash with a blank on one side only is one too, beside Han text or a percent ("标题- 阳光易购商圈新闻",
# "标题 -网站", "…跌11%- 星島日報網頁")
_TITLE_SEP_CORE = (
    rf"[|｜_]|\s[-–—»]\s|--|——|(?<=[{_HAN}！？」』”）》】])-(?=[{_HAN}])"
    rf"|(?<=[{_HAN}！？」』”）》】%％])-\s(?=\s*\S)|(?<=\S)\s-(?=[{_HAN}【])"
)
# (a match starts only at the first blank of a run: tried from every blank of a long run, the leading \s* made the
# split quadratic, "标" + 5,000 blanks + "x" took 4.5 s: review s18 R21)
_TITLE_SEP = re.compile(rf"(?<!\s)\s*(?:{_TITLE_SEP_CORE})\s*")
_TITLE_SEP_KEEP = re.compile(rf"((?<!\s)\s*(?:{_TITLE_SEP_CORE})\s*)")
_SITE_PART = re.compile(r"(?:网|网页|网站|频道|首页|新闻|在线|客户端|官网|门户|博客|论坛|社区)$|^[\x00-\x7f]+$")
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-/_]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])/(?P<d2>0[1-9]|[12]\d|3[01])/"
    r"|/t(?P<y3>(?:19|20)\d{2})(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])_"
)
_LAW_ADOPTED = re.compile(
    r"^[(（](?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^()（）]{2,120}"
    r"(?:通过|公布|发布|修正|修订|施行)[^()（）]{0,200}[)）]$"
)
# "2020年5月14日 上海市第十五届人民代表大会常务委员会第二十一次会议…第一次修正",
# "1949年12月23日 政务院发布": a law's adoption and amendment history
_REVISED = re.compile(
    r"^[(（]?(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?P<rest>.{2,160}?"
    r"(?:通过|发布|公布|修订|修正|批准|施行))[)）]?\s*$"
)
# (the body before its order's number: "河北省人民政府令〔2023〕第10号公布", a provincial government's order with its
# year in brackets, as a regulations list's summary gives it: dev s38_10)
_LAW_BODY = re.compile(
    rf"(?:《)?(?P<body>[{_HAN}]{{0,12}}?(?:人民代表大会常务委员会|人民代表大会|国务院|政务院|人民政府|"
    rf"委员会|办公厅|政府|部|总局|局|署))(?=令第|令[〔\[［]|第|关于|会议|《|发布|公布|通过|[{_HAN}]{{0,4}}会议)"
)
_COPYRIGHT_SOURCE = re.compile(
    r"(?:©|版权所有\s*[:：]?|Copyright\s*(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    # (a name starts with a letter or a digit and holds a letter: not "-2006", ".shtml")
    rf"(?P<who>(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.\-]{{2,39}}(?<![.\-])|[{_HAN}]{{2,20}})",
    re.IGNORECASE,
)
_RIGHTS_WORDS = re.compile(
    r"^(?:copyright|all|rights|reserved|版权)$|版权归|转载|授权|未经|禁止|不得|所有权|作者", re.IGNORECASE
)
# "© 大号冲塔 for 中国数字时代": an editor's name, then the publication it works for
_COPYRIGHT_FOR = re.compile(rf"\s+for\s+(?P<who>[{_HAN}]{{2,20}}|[A-Za-z][A-Za-z0-9.&\-]{{2,40}})")
# "老生常谈 © 作者大萌 2020年9月": the site's name before the sign, its author after it (a personal site's footer,
# dev-retired29 s32h_09): the name before the sign holds the page
_SITE_BEFORE_SIGN = re.compile(rf"(?:^|(?<=\s))(?P<site>[{_HAN}]{{2,20}})\s*$")
# ...when a NAME stands before the sign and an author's name after 作者 (review s36 R2): not a rights phrase
# ("版权所有 © 作者保留所有权利。", "本文系原创 © 作者…"), a picture's label ("题图 © 作者", "照片 © 作者") or an end
# mark ("全文完 © 作者小明"); nor a credit's role ("文字 © 作者李四", "撰文 © 作者…": who wrote the words, review s36
# note)
_NOT_SITE_BEFORE_SIGN = re.compile(
    r"版权|原创|保留|本文|全文|^完|完$|图|照片|摄影|封面|影像|视频|声明|转载|授权|所有|^(?:文字|文|撰文|撰稿|编辑|编译|翻译|译)$"
)
_AUTHOR_AFTER_SIGN = re.compile(
    rf"©\s*作者\s*(?:[{_HAN}]{{1,6}}|[A-Za-z][A-Za-z0-9_.\-]{{1,30}})(?:\s|$|(?=(?:19|20)\d{{2}}))"
)


# a rights line stamped with a month ("大萌 © 202009" under the headline, "老生常谈 © 作者大萌 2020年9月" closing the
# post: dev-retired29 s32h_09): a site's copyright notice gives years ("© 2008-2024"), a month is the post's own
_RIGHTS_MONTH = re.compile(
    rf"©\s*(?:作者\s*[{_HAN}A-Za-z]{{1,12}}?\s*)?(?P<y>(?:19|20)\d{{2}})"
    r"(?:\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?!\s*\d)|(?P<m2>0[1-9]|1[0-2]))\s*$"
)
_RIGHTS_MONTH_SCORE = 21  # above a document number's year only


def _rights_month(r: _Reading) -> None:
    for line in [*r.lines[:3], *r.lines[-_CREDITS_REACH:]]:
        if (m := _RIGHTS_MONTH.search(line.strip()[-60:])) and (
            month := _safe_date(int(m["y"]), int(m["m"] or m["m2"]), 1, "month")
        ):
            if plausible(month[0]):
                r.date.offer(month, _RIGHTS_MONTH_SCORE, "rights line's month")
                return


def rights_site(text: str) -> str:
    """The site a "<site> © 作者<name>" line names: the line tells the two apart, the author after the sign."""
    for m in _COPYRIGHT_SOURCE.finditer(text[:2000]):
        if m["who"].startswith("作者") and text[m.start()] == "©" and _AUTHOR_AFTER_SIGN.match(text, m.start()):
            site = _SITE_BEFORE_SIGN.search(text[max(0, m.start() - 40) : m.start()])
            if site and not _RIGHTS_WORDS.search(site["site"]) and not _NOT_SITE_BEFORE_SIGN.search(site["site"]):
                return "" if _is_self(site["site"]) else site["site"]
    return ""


def copyright_holder(text: str) -> str:
    """Who a copyright line names: the publication after "for" when an editor stands first."""
    m = _COPYRIGHT_SOURCE.search(text)
    if not m:
        return ""
    if f := _COPYRIGHT_FOR.match(text, m.end()):
        return f["who"]
    # "Copyright © zboygirl", "© lucy@联络家": a blog owner's handle, no outlet (a domain has a dot)
    if (_HANDLE.match(m["who"]) and "." not in m["who"]) or text[m.end() : m.end() + 1] in ("@", "＠"):
        return ""
    # "© 本文版权归 私~川流 所有", "版权所有 未经授权请勿转载", "版权所有 Copyright ©…": a statement, or a
    # word of the notice, is no holder (the holder of "本文版权归X所有" is a person or the author)
    if _RIGHTS_WORDS.search(m["who"]):
        return ""
    if m["who"].isascii() and (more := _LATIN_HOLDER_GOES_ON.match(text, m.end())):
        # "© The Financial Times Ltd 2022", "© Now TV Limited": a name in Latin letters of several words, read whole,
        # less an article before it and a company's ending after it ("The" alone named the outlet 'The')
        whole = _CORPORATE_END.sub("", (m["who"] + more.group()).rstrip(".")).strip()
        whole = re.sub(r"^the\s+", "", whole, flags=re.IGNORECASE)
        return whole if len(whole) >= 2 else ""
    return "" if m["who"].lower() == "the" else m["who"]


# the words after a rights holder's first in Latin letters: capitalised, up to the notice's own words ("All Rights
# Reserved") or a year; and a company's ending, no part of the name its readers know
_LATIN_HOLDER_GOES_ON = re.compile(r"(?:[ \t]+(?!(?:All|Rights|Reserved|by|By)\b)[A-Z][A-Za-z0-9&'’\-]*\.?){1,5}")
_CORPORATE_END = re.compile(
    r"(?:[ \t,]+(?:Ltd|Limited|Inc|Incorporated|Co|Corp|Corporation|Company|LLC|PLC|plc|Group|Holdings)\.?)+$"
)


# "版权作品，未经环球网 huanqiu.com 书面授权，严禁转载": the rights statement names its holder as the one whose
# permission a copy needs (dev-retired16 s19_04, whose page has no other line naming the site)
_PERMISSION_OF = re.compile(
    rf"未经(?P<who>[{_HAN}A-Za-z0-9]{{2,20}}?)\s*(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?\s*"
    r"(?:的)?(?:书面|正式|事先|明确)?(?:授权|许可|同意)"
)


def permission_holder(text: str) -> str:
    """Whose permission a rights statement says a copy needs, when that is an outlet: the outlet its
    address names ("未经环球网 huanqiu.com 书面授权"), or its name when it reads as an outlet's
    ("未经新京报书面授权"); never a self-reference (本网, 本站) or anyone else ("未经作者许可")."""
    for m in _PERMISSION_OF.finditer(text):
        if m["host"] and (named := outlet_for_url("http://" + m["host"].lower())):
            return named
        who = m["who"]
        if not _is_self(who) and not _RIGHTS_WORDS.search(who) and _named_outlet(who):
            return who
    return ""


# a disclaimer names the house that published the piece: "本文不代表环球律师事务所的法律意见", "不构成金杜律师事务所
# 对任何事项的意见" (a law firm's or a research house's review, signed by its authors only)
_DISCLAIMER_OF = re.compile(
    rf"不(?:代表|构成|视为)(?P<who>[{_HAN}A-Za-z0-9&（）()]{{2,30}}?)\s*(?:的|之|对)"
    r"(?:任何)?(?:正式)?(?:观点|立场|意见|法律意见|建议|看法|任何)"
)


def disclaimer_holder(text: str) -> str:
    """The organisation a disclaimer speaks for ("不代表环球律师事务所的法律意见"), by its name's ending; never a
    self-reference ("本所", "本公众号") or a person ("作者")."""
    for m in _DISCLAIMER_OF.finditer(text):
        who = re.sub(r"^(?:本文|作者|其)?(?:所在的?|任职的?|所属的?)?", "", m["who"])
        if not _is_self(who) and organisation_name(who) == who:
            return who
    return ""


_COMPANY = re.compile(r"(?:股份)?有限(?:责任)?公司$|(?:传媒|报业)?集团$")


def _company_outlet(holder: str, own_words: str) -> str:
    """The outlet a company holds the rights for: "江苏扬子晚报有限公司" publishes 扬子晚报, the name
    the page itself uses (its keywords, description); the company as it is otherwise."""
    name = _COMPANY.sub("", holder)
    if name == holder or len(name) < 2:
        return holder
    named = [
        name[i:j]
        for i in range(len(name))
        for j in range(len(name), i + 1, -1)
        if (i, j) != (0, len(name)) and j - i >= 2 and name[i:j] in own_words and _is_outlet(name[i:j])
    ]
    return max(named, key=len) if named else (name if _is_outlet(name) else holder)


_DROPPED_REACH = 40  # lines at the end of the text before cleaning where a dropped footer is looked for


def _dropped_lines(before: str, body: str) -> list[str]:
    """The last lines of the text before its chrome was dropped that the body lost: a
    footer removed as chrome may still name the publication ("© … for 中国数字时代")."""
    tail = [line.strip() for line in before.rstrip().split("\n")[-_DROPPED_REACH:] if line.strip()]
    kept = {_squeeze(line) for line in body.split("\n")[-4 * _DROPPED_REACH :]}
    return [line for line in tail if _squeeze(line) not in kept]


_PASSAGE_STEP = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?P<rest>.{2,160}?)(?:通过|修正|修订|公布|批准)"
)


def _latest_passage(line: str) -> tuple[tuple[dt.date, str], str] | None:
    """A law's passage note in brackets, however many amendments it lists: the latest
    step's date and the body that took it (its 第N届 dropped: the body is one)."""
    line = line.strip()
    if not (line[:1] in "(（" and line[-1:] in ")）" and 20 <= len(line) <= 4000):
        return None
    best: tuple[tuple[dt.date, str], str] | None = None
    for m in _PASSAGE_STEP.finditer(line):
        parsed = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day")
        if not parsed or not plausible(parsed[0]):
            continue
        if best is None or parsed[0] >= best[0][0]:
            body = _LAW_BODY.search(re.sub(r"^\s*(?:经|由)", "", m["rest"]))
            best = (parsed, re.sub(r"第[一二三四五六七八九十百\d]+届", "", body["body"]) if body else "")
    return best


# Where a <time> dates another article or the page itself, not this one: a list's item,
# a sidebar, a footer, navigation, a link, a comment, a related or recommended block.
_OTHER_TIME_TAGS = frozenset({"li", "dt", "dd", "aside", "footer", "nav", "a", "td"})
_OTHER_TIME_NAME = re.compile(
    r"related|recommend|comment|repl(?:y|ies)|sidebar|side-bar|footer|popular"
    # the site's bar with today's date, a whole part of a class ("site-topbar", not "pt-navbarmobile")
    r"|(?:^|(?<=[\s_-]))(?:topbar|top-bar|navbar|menu|masthead|weather|today|clock|calendar)(?=$|[\s_-])"
    r"|(?<![a-z_])(?:aside|hot|rank|list|more)(?![a-z_])"  # not Next.js's root "__next"
)


def time_element(tree) -> str:
    """The ``datetime`` of the article's ``<time>`` element (a parsed page's tree), or ""."""
    return _dated_element(tree, "time[datetime]", lambda node: node.attributes.get("datetime") or "")


def published_elements(tree) -> dict[str, str]:
    """The publication time the page's elements give, as meta keys: microdata
    (``itemprop="datePublished"``, ``<time pubdate>``) and the article's ``<time datetime>``.
    Both are read by the same checks (:func:`_dated_element`): one in a list, a sidebar, a
    footer, a link or the site's header dates another article or the page, not this one."""
    out: dict[str, str] = {}
    passed_over: list[str] = []
    microdata = _dated_element(
        tree,
        '[itemprop="datePublished"], time[pubdate]',
        lambda node: node.attributes.get("content") or node.attributes.get("datetime") or node.text(deep=True),
        _YEAR,  # "Sep 1, 2023" as well
        passed_over,
    )
    if microdata:
        out["itemprop:datepublished"] = microdata
    # a <meta itemprop="datePublished"> is also read by the page's loop over <meta> elements,
    # under its bare name, wherever it stands: the values these checks passed over (a related
    # list's items, a footer) are named so that reading does not take them back
    if passed_over:
        out["itemprop:passed-over"] = _PASSED_SEP.join(dict.fromkeys(passed_over))
    if value := time_element(tree):
        out["time:datetime"] = value
    # a post's time as a tooltip on its short form ("07月07日 12:16", "3小时前" shown; title="2020-07-07 12:16"):
    # the first such element, by the same checks (a related post's or a comment's is skipped)
    if value := _dated_element(tree, "[title]", _tooltip_time):
        out["title:datetime"] = value
    # a post's time as the label of a control beside its headline (a CMS's Bootstrap badge, <button
    # class="btn">2018-01-15 09:55:13</button>): a whole day and time, nothing else, by the same checks
    if value := _dated_element(tree, "button, [role=button]", _button_time):
        out["button:datetime"] = value
    return out


def _button_time(node: Any) -> str:
    """A control whose whole label is a day and time, alone in its box (a CMS's post-time badge), dates the page; one
    beside other words (直播预告 2024-03-20 19:30, a booking slot) is the time of something else (review s28 R3)."""
    text = " ".join(node.text(deep=True).split())
    if not _TOOLTIP_TIME.fullmatch(text):
        return ""
    for step in ("prev", "next"):
        near = getattr(node, step)
        while near is not None and near.tag == "-text" and not near.text(deep=False).strip():
            near = getattr(near, step)
        if near is not None and near.tag in _LABEL_TAGS and any(ch.isalnum() for ch in near.text(deep=True)):
            return ""  # labelled in its line: 直播预告 [2024-03-20 19:30]
    return text


# what can label a control in its own line (a text run or an inline element beside it), as opposed to the page's
# blocks around a lone badge (the headline, the body)
_LABEL_TAGS = frozenset({"-text", "span", "a", "label", "em", "strong", "b", "i", "small", "font", "button"})


_TOOLTIP_TIME = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")


def _tooltip_time(node: Any) -> str:
    title = (node.attributes.get("title") or "").strip()
    return title if _TOOLTIP_TIME.fullmatch(title) else ""


# A WeChat article (mp.weixin.qq.com) sets its date and account by script: "var ct = "1659274471"" (the
# post's Unix time), "var nickname = htmlDecode("掌上绥德")" (the account that published it); the page's
# own date element is empty until the script runs
_WECHAT_CT = re.compile(r'\bvar\s+ct\s*=\s*"(\d{9,10})"')
_WECHAT_NICKNAME = re.compile(r'\bvar\s+nickname\s*=\s*(?:htmlDecode\(\s*)?"([^"<>]{2,40})"')


def wechat_fields(markup: str) -> dict[str, str]:
    """A WeChat article's post time (UTC, read in UTC+8) and account, as meta keys."""
    if "rich_media" not in markup or not (ct := _WECHAT_CT.search(markup)):
        return {}
    moment = dt.datetime.fromtimestamp(int(ct[1]), dt.timezone.utc)
    out = {"wechat:ct": moment.strftime("%Y-%m-%dT%H:%M:%SZ")}
    if nick := _WECHAT_NICKNAME.search(markup):
        out["wechat:nickname"] = nick[1].strip()
    return out


_HEADLINE_MIN = 8  # characters of an <h1>'s text for it to be a headline (a site's logo is its name or a picture)


def _holds_headline(node: Any) -> bool:
    """Does the element hold a headline: an <h1> of a headline's length with no picture in it (a site's own <header>
    puts its logo in one)?"""
    h1 = node.css_first("h1")
    return h1 is not None and h1.css_first("img") is None and len(h1.text(deep=True).strip()) >= _HEADLINE_MIN


def _dated_element(
    tree, selector: str, read, dated: re.Pattern[str] = _DATE_ANY, passed_over: list[str] | None = None
) -> str:
    """The value (``read(node)``) of the first element matching ``selector`` that dates the
    article: not in a list, sidebar, footer, link, comment or related block, nor in the
    site's own ``<header>`` (outside any ``<article>``: the site's "today" date). A page
    whose dated elements sit in several ``<article>`` elements is a list of articles: none.
    The values not taken are added to ``passed_over``."""
    passed = passed_over if passed_over is not None else []
    found: list[tuple[str, object]] = []
    for node in tree.css(selector):
        value = (read(node) or "").strip()
        if not value or not dated.search(value):
            continue
        article, site_header, other = None, False, False
        parent = node.parent
        while parent is not None and parent.tag not in ("body", "html", "-document"):
            names = f"{parent.attributes.get('class') or ''} {parent.attributes.get('id') or ''}".lower()
            if parent.tag in _OTHER_TIME_TAGS or (names.strip() and _OTHER_TIME_NAME.search(names)):
                other = True
                break
            if parent.tag == "article" and article is None:
                article = parent
            if parent.tag == "header" and article is None and not _holds_headline(parent):
                # a <header>; the site's unless an <article> holds it or it holds the headline (a theme's post header,
                # <header class="td-post-title"><h1>…</h1>…<time>, outside any <article>: dev s40b_08)
                site_header = True
            parent = parent.parent
        if other or (site_header and article is None):
            if len(passed) < _PASSED_MAX:
                passed.append(value[:60])
            continue
        found.append((value[:60], article))
    articles = {a.mem_id for _, a in found if a is not None}
    if not found or len(articles) > 1:
        passed.extend(v for v, _ in found[: max(0, _PASSED_MAX - len(passed))])
        return ""
    passed.extend(v for v, _ in found[1 : 1 + max(0, _PASSED_MAX - len(passed))] if v != found[0][0])
    return found[0][0]


_PASSED_SEP = "\u241e"  # between the values an element check passed over (a record separator's symbol)
_PASSED_MAX = 50


def url_date(url: str, image: bool = False) -> tuple[dt.date, str] | None:
    """A publication day in a URL's path: /2024-10/17/, /20241017/, t20240506_, 1776123-20241017.htm.
    ``image``: the address of a picture (og:image), whose file name is an id, not an article's number."""
    from urllib.parse import urlsplit

    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for m in _URL_DATE.finditer(path):
        y, mo, d = (
            (m["y"], m["m"], m["d"])
            if m["y"]
            else (m["y2"], m["m2"], m["d2"])
            if m["y2"]
            else (m["y3"], m["m3"], m["d3"])
        )
        parsed = _safe_date(int(y), int(mo), int(d), "day")
        if parsed and plausible(parsed[0]):
            return parsed
    # the month's folder, then an id that opens with the whole day: /201403/201403191393958.html (not the 20th)
    m = re.search(r"/((?:19|20)\d{2})-?(0[1-9]|1[0-2])/\1-?\2(0[1-9]|[12]\d|3[01])", path)
    # (an article's number after the day, "/2019-05/07123456.html"; an image's file name is an id of its own,
    # "/201305/309964_10151632667431154_n.jpg" is no 30th: ``image`` reads the day's folder only)
    after_day = r"(?=/|\D)" if image else r"(?=/|\d{3,}|\D)"
    m = m or re.search(r"/((?:19|20)\d{2})-?(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])" + after_day, path)
    # the year's folder, then the day's: /2024/0501/ (人民网), /2024/05-01/ (中新网)
    m = m or re.search(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])/", path)
    if m:
        parsed = _safe_date(int(m[1]), int(m[2]), int(m[3]), "day")
        if parsed and plausible(parsed[0]):
            return parsed
    return None


# a month's folder with nothing of the day after it: /2005-07/4651.htm, /2019/05/<slug> (a CMS files its pages
# by the month they were published in)
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[-/_](0[1-9]|1[0-2])/(?!\d{1,2}(?:/|\.|$))")


def url_month(url: str) -> tuple[dt.date, str] | None:
    """A publication month in a URL's path, when it holds no day (url_date)."""
    from urllib.parse import urlsplit

    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    if (m := _URL_MONTH.search(path)) and (parsed := _safe_date(int(m[1]), int(m[2]), 1, "month")):
        return parsed if plausible(parsed[0]) else None
    return None


def _site_like_tail(word: str) -> bool:
    """Is the first word after a headline in a <title> the site's name ("河南日报网-…")?"""
    return bool(_is_outlet(word) or _SITE_PART.search(word) or re.search(r"[-_|｜]", word))


def _bilingual_site(part: str) -> bool:
    """An outlet's name with its Latin brand or address: "公視新聞網 PNN", "Rti 中央廣播電臺",
    "香港經濟日報 hket.com" (every word but the outlet's is Latin)."""
    words = part.split()
    return (
        2 <= len(words) <= 4
        and len(part) <= 30
        and any(_is_outlet(w) for w in words)
        and all(_is_outlet(w) or re.fullmatch(r"[\x21-\x7e]+", w) for w in words)
    )


# "君合律师事务所 JunHe", "中国信息通信研究院 CAICT": an organisation's name, then the same in Latin letters
_BILINGUAL_NAME = re.compile(rf"^(?P<han>[{_HAN}()（）]{{2,30}})\s+[A-Za-z][A-Za-z0-9&.,'’ -]{{1,60}}$")


def _org_with_latin(part: str) -> str:
    """The Chinese name of an organisation named in both scripts at a <title>'s end, else ""."""
    return organisation_name(m["han"]) if (m := _BILINGUAL_NAME.match(part)) else ""


# a label the headline itself carries, not a section
_HEADLINE_LABEL = re.compile(r"^(?:独家|专访|独家专访|快讯|突发|直击|视频|图集|组图|现场|更新|最新)$")
_SECTION_MAX = 4  # a section before the headline: 港闻, 国际, 即时新闻; "金价再创新高 | …" is the headline's


# a site's name and its slogan about itself: "联合新闻网：最懂你的新闻网站", "某某网：权威的资讯门户"
_SLOGAN = re.compile(
    rf"^(?P<name>[{_HAN}A-Za-z0-9 .\-]{{2,20}}?)\s*[:：]\s*[{_HAN}A-Za-z0-9，,、 ]{{0,24}}"
    r"(?:网站|网|平台|门户|资讯|新闻|媒体|频道)$"
)


# ...and as the whole <title> (or og:title), after a blank: "風傳媒　一個有國際觀、專注揭弊、觀點犀利批判性的新媒體！"
# (the site's name and what it says of itself, the same on every page): no headline at all
# The words describe a site, "…的新媒体" (what it is like, with 的): a headline after the site's name
# ("澎湃新闻：我国加快建设工业互联网", a clause ending in 网) is none (review s21 R8)
_WHOLE_SLOGAN = re.compile(
    rf"^(?P<name>[{_HAN}A-Za-z0-9.\-]{{2,12}})(?:\s*[:：]\s*|[\s\u3000]+)[{_HAN}A-Za-z0-9，,、 ]{{1,40}}?的"
    rf"[{_HAN}A-Za-z0-9]{{0,6}}?(?:网站|网|平台|门户|资讯|新闻|媒体|频道)[！!]?$"
)


# an account's page on a platform, after the post's headline in the <title>: "… - @头条新闻的微博 - 微博"
_ACCOUNT_PAGE = re.compile(r"^[@＠](?P<name>[^\s@＠]{2,30}?)的(?:微博|博客|主页|空间)$")


_HAN_CHAR = re.compile(f"[{_HAN}]")


_BLANK_RUN = re.compile(r"\s{9,}")  # longer than any real title's spacing


# a forum's board or a site's section by its ending (a remark in brackets may stand before it: "(SFL)版")
_BOARD = re.compile(
    rf"[{_HAN}A-Za-z0-9]{{2,12}}(?:\s*[(（][^()（）]{{1,12}}[)）])?\s*(?:版|频道|栏目|专栏|板块|版块|讨论区)"
)


# an outlet's edition, its place in brackets after it: "明報加東版(多倫多)" (www.mingpaocanada.com, dev s39b_14)
_EDITION_TAIL = re.compile(rf"[{_HAN}]{{1,3}}版(?:\s*[(（][{_HAN}A-Za-z ]{{1,10}}[)）])?$")


def _outlet_edition(part: str) -> bool:
    """Is ``part`` an outlet's edition ("明报加东版(多伦多)", "人民日报海外版"): an outlet's name, a region, 版?"""
    part = part.strip()
    if len(part) > 24 or not (tail := _EDITION_TAIL.search(part)):
        return False
    return any(
        _is_outlet(part[:k]) or names_known_outlet(part[:k])
        for k in range(2, tail.end() - 1)
        if _EDITION_TAIL.fullmatch(part[k:])
    )


_GLUED_DASH_TAIL = re.compile(rf"(?<=[{_HAN}！？」』”）》】])(?:—(?!—)[{_HAN}A-Za-z0-9]{{1,12}}){{1,3}}$")


# (compiled once: the call sites are asked ~10,000-40,000 times a 5,000-briefing ingest; issue 19, session 49)
_LONE_SITE = re.compile(r"[-–—|｜_»]\s+(?P<site>\S.*)$")
_WRAPPED_HEADLINE = re.compile(r"(?P<name>[^()（）]{2,16}?)\s*[(（](?P<rest>.+)[)）]")


def title_from_page_title(page_title: str, site: str = "", headline: str = "", orgs: bool = True) -> str:
    """``<title>`` without the site: "标题_中国政府网", "标题 - 观察者网", "栏目|标题|网站".

    ``headline`` is the page's own (its <h1> or og:title): the part of the <title> it is."""
    # A run of blanks is one blank: the separator patterns scan each run from every position
    # of it, so a <title> of 10,000 blank pairs took 18.8 s (review s15 R6; s14 R2's other half).
    page_title = _BLANK_RUN.sub(" ", page_title.strip())
    if (lone := _LONE_SITE.match(page_title)) and (
        _is_outlet(lone["site"]) or _SITE_PART.search(lone["site"]) or _bilingual_site(lone["site"])
    ):
        return ""  # " - 星島日報網頁": the headline before the site's name is empty
    if (slogan := _WHOLE_SLOGAN.match(page_title)) and (_is_outlet(slogan["name"]) or slogan["name"] == site):
        return ""
    # (a headline may open with a minus or a dash of its own: "-8℃！北京迎来今冬最冷一天", "—— 一位老兵的回忆":
    # review s18 R26)

    def han(t: str) -> int:
        return len(_HAN_CHAR.findall(t))

    named = lambda p: (  # noqa: E731
        p == site
        or _is_outlet(p)
        or bool(_ISSUER.match(p))
        or bool(_SITE_PART.search(p))
        or _bilingual_site(p)
        or _outlet_edition(p)
    )
    # at the end, an organisation's own name too: a school's or an office's site ("标题--学校新闻-绍兴市第一中学";
    # ``orgs``)
    named_last = lambda p: named(p) or (orgs and bool(organisation_name(p) or _org_with_latin(p)))  # noqa: E731
    # at the end, the site's name with its slogan after a colon ("联合新闻网：最懂你的新闻网站"; at the
    # start, "上海市交通委：…" is the headline's speaker)
    named_last = lambda p, own=named_last: (  # noqa: E731
        own(p) or bool((m := _SLOGAN.match(p)) and named(m["name"])) or bool(_ACCOUNT_PAGE.match(p))
    )
    # "成報新聞(美國擴「潔淨網絡」…)": the site's name with the headline in brackets after it
    wrapped = _WRAPPED_HEADLINE.fullmatch(page_title)
    if wrapped and named(wrapped["name"].strip()) and han(wrapped["rest"]) > 4:
        return wrapped["rest"].strip()
    # "跨性别男性免疫反应差异需关注—新闻—科学网" (news.sciencenet.cn, dev s39b_19): a lone dash glued between the
    # headline and the names after it; a separator only where the last is the site's ("中国—东盟博览会" is one name)
    # (from the end, only while each part is the site's or a section's: the headline's own dash stays, "中国—东盟…"
    # reads as one name, review s39 R6)
    if tail := _GLUED_DASH_TAIL.search(page_title):
        parts = tail.group().split("—")[1:]
        keep = len(parts)
        while keep and (named_last(parts[keep - 1]) if keep == len(parts) else named(parts[keep - 1])):
            keep -= 1
        if keep < len(parts):
            page_title = page_title[: tail.start()] + "".join("—" + p for p in parts[:keep])
            page_title += "".join(" - " + p for p in parts[keep:])
    pieces = _TITLE_SEP_KEEP.split(page_title)  # text, separator, text, ...
    if len(pieces) <= 1:
        return page_title
    # The site, its sections, its domain and a date are peeled off the end (where
    # Chinese sites put them: 标题_栏目_网站); off the start only the site itself, so
    # a headline's own label ("专访｜…") stays.
    # (by index, each piece read once: slicing the list at every step was quadratic in a run of separators, and
    # a <title> of 40,000 "|" took 13 s)
    peeled: set[str] = set()  # the separators the site and its sections were joined with
    by_org = False  # an organisation's name was peeled
    lo, hi = 0, len(pieces)
    while hi - lo > 1 and (
        named_last(pieces[hi - 1].strip())
        or han(pieces[hi - 1]) <= 4
        or (peeled and _BOARD.fullmatch(pieces[hi - 1].strip()) is not None)
    ):
        # (before the site's name, its board or section: "标题 - 外国语学院(SFL)版 - 北大未名BBS")
        by_org = by_org or (
            orgs
            and not named(pieces[hi - 1].strip())
            and bool(organisation_name(pieces[hi - 1]) or _org_with_latin(pieces[hi - 1].strip()))
        )
        peeled.add(pieces[hi - 2].strip())
        hi -= 2
    led: set[str] = set()  # the separators the site's name at the start was joined with
    while hi - lo > 1 and named(pieces[lo].strip()):
        led.add(pieces[lo + 1].strip())
        lo += 2
    pieces = pieces[lo:hi]
    if len(pieces) > 1 and (h := _squeeze(headline)) and len(h) >= 6:
        # the page's own headline is one of the parts: that part ("港聞 | 標題 | 明報新聞網")
        for part in pieces[::2]:
            if _squeeze(part) == h:
                return part.strip()
    # a section's name before the headline, joined with the separator the site was joined
    # with (the CMS's fields: 栏目 | 标题 | 网站); a label the headline itself carries
    # (专访｜…) or a separator of its own is kept
    rest = han("".join(pieces))  # Han characters from pieces[lo] on
    lo = 0
    # (after the site's name at the start, "無綫新聞 - 財經 - 標題" (dev s18_36), only a section's own name:
    # 网站 - 栏目 - 标题; "人民网 - 北京 - …" keeps its place)
    while (
        len(pieces) - lo > 1
        and (pieces[lo + 1].strip() in peeled or (pieces[lo + 1].strip() in led and _is_section_name(pieces[lo])))
        and len(_squeeze(pieces[lo])) <= _SECTION_MAX
        and not _HEADLINE_LABEL.match(_squeeze(pieces[lo]))
        and not re.search(r"[\d\W_]", _squeeze(pieces[lo]))
        and rest - han(pieces[lo]) - han(pieces[lo + 1]) > 4
    ):
        rest -= han(pieces[lo]) + han(pieces[lo + 1])
        lo += 2
    if by_org and any(pieces[k].strip() in peeled for k in range(lo + 1, len(pieces), 2)):
        # the organisation peeled, a part joined as the site's parts were is left: it was no site's name after all
        # ("议程_中国经济学年会秘书处_CN_北京大学中国经济研究中心" is read as it was)
        return title_from_page_title(page_title, site, headline, orgs=False)
    return "".join(pieces[lo:]).strip()


# a page editor's default title, never changed: Dreamweaver's 无标题文档, FrontPage's 新建网页 1; or a template's
# name for the kind of page it makes, never filled in ("文章页", "新闻详情页", "内容页": FT中文网's story template,
# dev-retired40 s43h_01)
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:无标题(?:文档|页|网页)?|未命名(?:文档|页面)?|新建网页\s*\d*|untitled(?:\s+(?:document|page))?|new\s+page\s*\d*|"
    r"(?:文章|新闻|资讯|信息|内容|正文)?(?:详情|详细|内容|正文)?页面?|(?:文章|新闻|资讯|信息|内容)(?:详情|详细|内容)|"
    r"document|index|default|home|page\s*\d*)$",
    re.IGNORECASE,
)


def _headline_ok(text: str) -> bool:
    return (
        bool(text)
        and not _JS.search(text)
        and not _PLACEHOLDER_TITLE.match(text.strip())
        and 2 <= len(text) <= 90
        and len(re.findall(f"[{_HAN}A-Za-z]", text)) >= 2
        and not parse_info_line(text)
    )


_BLANKS = re.compile(r"[\s\u3000]+")


def _squeeze(t: str) -> str:
    return _BLANKS.sub("", t)


def _plain_date(value: Any, as_written: bool = False) -> tuple[dt.date, str] | None:
    if isinstance(value, (list, tuple)) and len(value) == 1:
        value = value[0]  # "date: [2025-12-02]": a list of one date is that date
    parsed = parse_date(value, as_written=as_written) if value not in (None, "") else None
    if parsed is None and isinstance(value, str):
        m = _DATE_ANY.search(value[:40])
        parsed = _parse_date_token(m) if m else None
    return parsed if parsed and plausible(parsed[0]) else None


# a copy's note on where its original is: "原文地址来自澎湃新闻", "原文链接：财新网 「标题」",
# "原文来自「好奇心日报」：" (the outlet in quotation marks), "原文来自订阅号「经济观察报书评」：" (an account's);
# ``then``: the note goes on after a colon (the copy's title or its link): the marks held a name, not that title
_ORIGINAL_AT = re.compile(
    rf"(?:原文(?:地址|链接|网址|出处)?\s*(?:来自|来源于|出自|[:：])|(?:文章|本文)\s*(?:来自|来源于|出自|转载自|转自))\s*"
    rf"(?:(?P<platform>{PLATFORM})\s*[:：@]?\s*)?"
    rf"(?:[「『“《](?P<quoted>[{_HAN}A-Za-z0-9]{{2,20}})[」』”》](?P<then>\s*[:：]\s*\S)?"
    rf"|(?P<name>[{_HAN}A-Za-z0-9]{{2,30}}))"
)


# a republication note: "本文經《天下雜誌》授權轉載", "（本文获财经杂志授权发布）", "本文转载自端传媒",
# "原文刊於關鍵評論網": the outlet that first published the article
_REPUBLISHED = re.compile(
    rf"^[(（【\[]?\s*(?:本文|本篇|本篇文章|文章|此文|以上内容)?\s*(?:"
    rf"(?:经|获|由|已获|已经|获得|经过)\s*(?P<by>《[^《》]{{2,20}}》|[{_HAN}A-Za-z0-9]{{2,20}}?)\s*(?:独家)?授权(?:转载|刊登|发布|刊出|转发|使用)"
    rf"|(?:(?:经|获|已获|获得)\s*授权\s*)?{_alternation((*REPOST_LABELS, *PRINTED_IN))}\s*[:：]?\s*"
    rf"(?P<in>《[^《》]{{2,20}}》|[{_HAN}A-Za-z0-9]{{2,20}}))"
)


# a republication note names the outlet that published the text first: over the carrier's name (a feed's channel,
# 79) as a closing source note (80) is
_REPUBLISHED_SCORE = 80
_FOLLOWED_ACCOUNT_SCORE = 60  # an account's name above its follow button and the post's time
_ACCOUNT_NAME_MAX = 12  # characters of an account's or a publication's name in a copy's note
_PRESS_ENDING = re.compile(r"(?:报|報|刊|杂志|雜誌|网|網|新闻|新聞)$")  # 日报, 周刊 and 週刊 end so too


def _platform_account(name: str) -> str:
    """An account's name a platform's word introduced in a copy's note (fields.account_after): the publisher's, when it
    is short and neither a person's, a generic word nor the copy's self-reference."""
    if not name or len(name) > _ACCOUNT_NAME_MAX or _looks_like_person(name) or name_shaped(name):
        return ""
    # (a clause is no name: "本文来自微信公众号发布的消息")
    return "" if _GENERIC_SOURCE.match(name) or _is_self(name) or _FUNCTION_WORD.search(name) else name


def _republished_outlet(line: str) -> str:
    """The outlet a republication note names, if it names one (a publication in title
    marks, or a name with an outlet's ending, or an account after a platform's word: "本文转载自微信公众号“枪稿”");
    a person who authorised it is none."""
    line = line.strip()
    if len(line) > 80 or not (m := _REPUBLISHED.match(line)):
        return ""
    if m["in"] and (account := account_after(line[m.start("in") :])):
        return _platform_account(account)
    name = (m["by"] or m["in"] or "").strip()
    if name.startswith("《"):
        # "摘自《论语·学而》": a book or a chapter in title marks is no outlet; a publication is
        # one the tables know or one its ending names ("《理财周刊》", "《南方周末》报")
        name = name.strip("《》")
        return name if _named_outlet(name) or _PRESS_ENDING.search(name) else ""
    if _is_outlet(name) or names_known_outlet(name):  # (香港01: the table's)
        return name
    # "转载自端传媒网站", "原刊于关键评论网，作者…": the shortest head that is an outlet
    return next((name[:n] for n in range(2, len(name)) if _is_outlet(name[:n])), "")


_LAST_CLAUSE = re.compile(r"[，,；;]\s*")
# "原文連結：https://…", "原文网址: …", "本文出处：…": the original's address
_ORIGINAL_ADDRESS = re.compile(
    r"^[(（]?\s*(?:本文|文章)?\s*(?:原文|出处|来源)\s*(?:链接|網址|网址|地址|出处)?\s*[:：]\s*(?P<url>https?://[^\s<>()（）]+)"
)


def _original_address_outlet(line: str) -> str:
    """The outlet (not a platform) whose address a copy's note gives as its original's."""
    if len(line) > 300 or not (m := _ORIGINAL_ADDRESS.match(line.strip())):
        return ""
    return outlet_for_url(m["url"])


def _original_outlet(line: str) -> str:
    """The outlet a copy's note names: the shortest run after the label that reads as
    one (the note may run on into the next block: "…来自澎湃新闻医院内儿童…")."""
    if len(line) > 120 or not (m := _ORIGINAL_AT.search(line)):
        return _republished_outlet(line)
    if m["platform"]:  # "本文来自微信公众号“巴比特资讯”": an account's name, the platform's word says so
        return _platform_account(account_after(line[m.start("platform") :]))
    if m["quoted"]:  # the marks delimit the name: the outlet's, or none
        return m["quoted"] if _named_outlet(m["quoted"]) or _PRESS_ENDING.search(m["quoted"]) else ""
    name = m["name"]
    if _is_outlet(name):  # the whole run up to a space or a mark: 人民日报海外版
        return name
    if _account_by_id(line) == name:
        return name
    return next((name[:n] for n in range(2, min(len(name), 14) + 1) if _is_outlet(name[:n])), "")


# an account's id in brackets after its name: "（微信ID：wallstreetcn）", "(微信号: cctvnewscenter)", "（公众号ID：…）",
# "（ID：shenyeshitang521）"; after a platform's word before the name ("公众号：二更食堂（shenyeshitang521）"), the id
# alone
_WECHAT_ID_AFTER = re.compile(
    r"\s*[(（]\s*(?:(?:微信|公众号|微信公众号)\s*(?:ID|id|Id|号)|ID|id)\s*[:：]?\s*[A-Za-z][A-Za-z0-9_\-]{3,30}\s*[)）]"
)
_BARE_ID_AFTER = re.compile(r"\s*[(（]\s*[A-Za-z][A-Za-z0-9_\-]{3,30}\s*[)）]")


def _account_by_id(line: str) -> str:
    """The name a copy's note gives with its account's id after it ("本文来自华尔街见闻（微信ID：wallstreetcn）", dev
    s41b_03): an account's, as the platform names it (the id says so), else ""."""
    if len(line) > 120 or not (m := _ORIGINAL_AT.search(line)) or not (name := m["name"]):
        return ""
    after = m.end("name")
    if not (_WECHAT_ID_AFTER.match(line, after) or (m["platform"] and _BARE_ID_AFTER.match(line, after))):
        return ""
    if len(name) > _ACCOUNT_NAME_MAX:
        return ""
    return "" if _looks_like_person(name) or name_shaped(name) else name


def _original_account(line: str) -> str:
    """The name in marks a copy's note gives when the note goes on, after a colon, with the copy's
    title or link ("原文来自「知识分子」：~~[<title>](…)~~", "原文来自订阅号「经济观察报书评」：…"): the title
    stands after the colon, so the marks hold the name of where it came from (an account's, a
    publication's); a person's name is none."""
    if len(line) > 120 or not (m := _ORIGINAL_AT.search(line)) or not (name := m["quoted"]) or not m["then"]:
        return ""
    if len(name) > _ACCOUNT_NAME_MAX or _looks_like_person(name) or name_shaped(name):
        return ""
    # (the copy's own title in the marks, repeated after the colon, names no one)
    return "" if _squeeze(name) in _squeeze(line[m.end("quoted") :]) else name


def _quoted_original(line: str) -> str:
    """The name in marks a copy's note gives (原文来自「每日人物」) when neither the tables nor
    its ending say it is an outlet: an account's or a publication's name, or an article's
    title; a person's name is none."""
    if len(line) > 120 or not (m := _ORIGINAL_AT.search(line)) or not (name := m["quoted"]):
        return ""
    return "" if _looks_like_person(name) or name_shaped(name) else name


# a bracketed note closing the article that opens with its source label
_SOURCE_NOTE = re.compile(
    rf"^[(（]\s*(?:本文|文章|稿件)?{_alternation((*SOURCE_LABELS, *REPOST_LABELS, *PRINTED_IN))}\s*[:：]\s*"
    r"(?P<source>[^\s:：()（）]{2,20})(?=[\s)）])"
)
_SELF = frozenset({"本报", "本刊", "本台", "本网", "本站"})
# "本报", "本报记者报道", "本台讯", "本網專訊": the paper speaking of itself, never a name
_SELF_REF = re.compile(r"^本(?:报|刊|台|网|站|社)")


# grammatical words that no outlet's or place's name holds
# (and 与 "and": "鉴于整合个人网路与资讯…" is a sentence about information, no outlet 鉴于整合个人网 filing from 路与资:
# dev-retired32 s35h_09)
_FUNCTION_WORD = re.compile(r"[的了是们着这那把被吗呢与]")


# a dateline with its year: "上观新闻2021年1月4日讯", "中新网2021年1月4日电", "证券时报网2021年1月4日讯" (the
# outlet, then its full date: the outlet's shortest reading may be cut inside its name, 证券时报|网, so it is not
# atomic: one outlet and a year right after it leave nothing to backtrack over but a name's few ends); with a
# place after the outlet or none ("上海2021年1月4日电 ", "2021年1月4日讯 "), then a break, a bracket or 记者
_YEAR_DATELINE = re.compile(
    rf"^(?P<outlets>[{_HAN}A-Za-z0-9]{{1,12}}?{OUTLET_END})?(?P<place>[{_HAN}]{{2,6}}?)?(?:19|20)\d{{2}}年"
    r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:讯|电)"
)
_BARE_DATELINE_END = re.compile(r"[\s\u3000(（:：]|记者|$")
# CNA's dateline with its year: "（中央社记者王小明台北2025年12月2日电）"
_PAREN_YEAR_DATELINE = re.compile(
    rf"^[(（](?P<outlets>[{_HAN}]{{1,8}}?{OUTLET_END})(?:记者(?P<names>[{_HAN}]{{2,3}}))?(?P<place>[{_HAN}]{{2,4}}?)"
    r"(?:19|20)\d{2}年(?P<month>\d{1,2})月(?P<day>\d{1,2})日电[)）]"
)


# a short outlet's 讯 with the day glued after it (the space between them lost): "奉贤新城讯2025年12月3日，…"
_SHORT_THEN_DAY = re.compile(
    rf"^(?!(?:快|简|资|通|喜|电|来|音|短|新)讯)(?P<outlets>[{_HAN}]{{2,6}})讯(?=\s*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月)"
)


def _year_dateline(line: str) -> re.Match[str] | None:
    """A dateline that carries its year (:data:`_YEAR_DATELINE`); one naming no outlet must end the
    dateline there ("上海2021年1月4日电 静安区…"; "北京2021年1月4日电视台…" is a sentence)."""
    if m := _PAREN_YEAR_DATELINE.match(line) or _SHORT_THEN_DAY.match(line):
        return m
    m = _YEAR_DATELINE.match(line)
    if m and not m["outlets"] and not _BARE_DATELINE_END.match(line, m.end()):
        return None
    return m


# What every dateline shape holds (patterns.match_dateline's and _year_dateline's): a bracket it opens with (CNA's
# "（中央社…电）", "【明報專訊】", "〔記者…報導〕") or its word for filing (讯, 电, 消息). A line with neither is no
# dateline, told in one scan of it instead of ten patterns tried (issue 19: metadata asks ~60 lines a briefing, most
# of them text); tests/core/test_metadata_s45.py checks every shape's match against it.
_DATELINE_OPENERS = ("(", "（", "【", "〔", "[")
_DATELINE_WORDS = ("讯", "电", "消息")  # (_dateline tests each by name: keep the two in step)


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline at the line's start. One with neither place nor day ("新华社电 ", "中新网电（记者…）")
    is its outlet and 电 alone, so it must be followed by a break, not by more words:
    "上网电价中由政府制定的电价…" (grid prices) is a sentence, not 上网 + 电."""
    # (_DATELINE_WORDS as three substring tests: a generator over the tuple cost more than the test, 280,000 lines)
    if not line.startswith(_DATELINE_OPENERS) and "讯" not in line and "电" not in line and "消息" not in line:
        return None
    m = match_dateline(line) or _year_dateline(line)
    if m is None:
        return None
    g = m.groupdict()
    if _FUNCTION_WORD.search((g.get("outlets") or "") + (g.get("place") or "")):
        return None  # "台积电的确是台湾的用电大户": words of a sentence, no outlet and place
    if m.group(0).endswith("电") and not (g.get("month") or g.get("day")):
        # an undated 电 with a place too must end there: "最近台湾电力紧张…" is a time word, 台湾 and 电力, not
        # an outlet 最近台 filing from 湾 (tester s23 T2); "新华社北京电 " and "新华社北京电（记者…）" end so
        after = line[m.end() : m.end() + 2]
        if (not g.get("place") and len(g.get("outlets") or "") < 3) or (
            re.match(f"[{_HAN}]", after[:1]) and not after.startswith(("记者", "据"))
        ):
            return None
    return m


# a wire's dateline with a dash: "路透北京10月12日 - ", "彭博社纽约3月5日 —" (the outlet, the place, the day)
_DASH_DATELINE = re.compile(
    rf"^(?P<head>[{_HAN}A-Za-z]{{2,14}}?)(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日\s*[-–—－]\s"
)


@lru_cache(maxsize=1)
def _aliases() -> frozenset[str]:
    """The names source lines give the table's outlets (路透, 法广, 中新网), in Simplified."""
    from ..hanzi import to_simplified

    return frozenset(to_simplified(a) for o in OUTLETS if o.kind in ("outlet", "abroad") for a in o.aliases)


@lru_cache(maxsize=1)
def _table_names() -> frozenset[str]:
    """Every name the outlet table gives an outlet, an office, a portal or a platform (网易, 新浪), in Simplified."""
    from ..hanzi import to_simplified

    return frozenset(_squeeze(to_simplified(n)) for o in OUTLETS for n in (o.name, *o.aliases) if n)


# a channel word after an outlet's name: its blog site, its channel ("多维博客": 多维新闻's blogs)
_OUTLET_CHANNEL = re.compile(r"(?:博客|网|频道|新闻|在线)$")


def _outlet_channel(name: str) -> bool:
    """Is ``name`` a known outlet's own channel: the table's name for it, or the name source lines
    give it, with a channel word after it ("多维博客": 多维 is 多維新聞's)?"""
    stem = _OUTLET_CHANNEL.sub("", name.strip())
    return len(stem) >= 2 and stem != name.strip() and (stem in _aliases() or _squeeze(stem) in known_outlets())


def _dash_dateline(line: str) -> tuple[str, int, int] | None:
    """(outlet, month, day) of a wire's dateline with a dash, when its start is an outlet the
    table knows (by name or the name source lines give it) and the rest a place of 2-6 characters."""
    if not (m := _DASH_DATELINE.match(line)):
        return None
    head = m["head"]
    for k in range(2, len(head) - 1):
        outlet, place = head[:k], head[k:]
        if 2 <= len(place) <= 6 and (_squeeze(outlet) in known_outlets() or outlet in _aliases()):
            return outlet, int(m["month"]), int(m["day"])
    return None


def _host(url: str) -> str:
    """A site's address as its name: https://chengpou.com.mo/… -> chengpou.com.mo."""
    host = host_of(url)
    return re.sub(r"^(?:www|m|news)\.", "", host) if "." in host else ""


def _is_self(outlet: str) -> bool:
    return bool(_SELF_REF.match(outlet))


_DANGLING_LABEL = re.compile(
    # (the two elements may be apart by a paragraph break: a blank line between blocks)
    rf"((?:{_SOURCE_LABEL}|发布时间|发布日期|作者|责任编辑)\s*[:：])"
    r"[ \t]*\n(?:[ \t]*\n)?(?=[^\n]{1,40}(?:\n|$))"
)


def _join_labels(text: str) -> str:
    """A label whose value sits in the next element ("来源：" / "人民日报") on one line."""
    return _DANGLING_LABEL.sub(r"\1", text) if ("：" in text or ":" in text) else text


@dataclass(slots=True)
class _Reading:
    """One document's candidates, and what the steps that offer them share."""

    lines: list[str]
    convert: Any
    link: str = ""
    html_title: str = ""
    hm: dict[str, str] = field(default_factory=dict)
    title: _Best = field(default_factory=_Best)
    date: _Best = field(default_factory=_Best)
    source: _Best = field(default_factory=_Best)
    authors: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # lines read as metadata: they leave the body
    site: str = ""  # the name the page gives itself (og:site_name…)
    site_outlet: str = ""  # the paper a "本报讯" means
    carried: bool = False  # a feed's entry: its channel carries it, a default its own credit names over
    sites: tuple[str, ...] = ()  # every name the page gives itself
    doc_year: int | None = None  # a document number's year (〔2024〕3号)
    lead_index: int | None = None  # the lead paragraph's line
    roc: re.Match[str] | None = None  # CNA's date code at the end of the source (1130418)
    # a stamped moment's day on the other calendar (as written vs UTC+8), where the two differ
    other_day: dict[dt.date, dt.date] = field(default_factory=dict)
    listing: bool = False  # a list of posts (a blog's index): no post's heading is its headline
    listed: set[int] = field(default_factory=set)  # a list page's items, a headline and its day each (no byline)
    stamped_h1: str = ""  # an <h1> with the page's time in it, as the text may show it ("标题2014-04-30 23:54"), or a
    # heading with its outlet and day (_split_title)
    nav: set[int] = field(default_factory=set)  # the text's lines at its top that are the site's menus
    title_convert: Any = None  # convert for a headline: the spaces that set its parts apart stay (_keeping_breaks)
    fields: LineFields = field(default_factory=LineFields)  # each line's labelled fields, read once (fields.py)


# The fields that hold a headline (html.py's and the page's names for them)
_TITLE_KEYS = frozenset({"articletitle", "og:title", "twitter:title", "jsonld:headline", "title", "h1"})
# A space that sets a headline's parts apart is the headline's own separator, where a comma would stand in a
# sentence: before the day the headline names ("每日市政摘要 2026-05-22") and after a closing quote or bracket
# before the next words ("…响应「2026台北灯节」 以光影传递…", an <h1>'s <br>). Cleaning folds a space beside a
# digit or a CJK mark as typesetting noise ("交出了 8 组", "增长 5.2%", "经济？ 陈茂波"), which elsewhere it is.
# Kept only between two parts of TITLE_PART_MIN characters or more.
TITLE_PART_MIN = 4
_TITLE_DAY = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")
_TITLE_CLOSING = "」』”》）)"
_HAN_START = re.compile(f"[{_HAN}]")


def _keeping_breaks(convert: Callable[[str], str]) -> Callable[[str], str]:
    """``convert`` for a headline: each run of its parts between kept spaces converted alone, joined by a space."""

    def kept(a: str, b: str) -> bool:
        return (
            len(a) >= TITLE_PART_MIN
            and len(b) >= TITLE_PART_MIN
            and bool(_TITLE_DAY.match(b) or (a[-1] in _TITLE_CLOSING and _HAN_START.match(b)))
        )

    def title_convert(value: str) -> str:
        parts = value.split()
        if len(parts) < 2:
            return convert(value)
        runs = [parts[0]]
        for before, part in itertools.pairwise(parts):
            if kept(before, part):
                runs.append(part)
            else:
                runs[-1] += " " + part
        return " ".join(c for run in runs if (c := convert(run)))

    return title_convert


def extract_metadata(
    body: str,
    front: dict[str, Any],
    html_meta: dict[str, str] | None = None,
    html_title: str = "",
    convert=lambda s: s,
    raw_tail: str = "",
    page_head: str = "",
    page_tail: str = "",
    link: str = "",
    before_cleaning: str = "",
    listing: bool = False,
    path: str = "",
) -> Metadata:
    """Metadata from every place it can be, each a scored candidate.

    ``convert`` puts front matter and HTML meta in Simplified; ``raw_tail`` is the
    end of the source before cleaning, where CNA puts its date code (1130418).
    ``page_head``/``page_tail`` are a page's lines around its main content (already
    normalized): the date and source line often stands just outside it.
    ``before_cleaning`` is the text before its chrome was dropped: a footer dropped as
    chrome still names the publication (read only when nothing better does).
    ``listing``: the page is a list of posts (a blog's index), so its first post's
    heading is not the page's headline.
    ``path`` is the file's path: a date in its name anchors the year of a day the text gives without one.

    The steps offer candidates in a fixed order (among equal scores the first offered
    wins), then the best of each field is taken.
    """
    # one space for each run of blanks: the separators' \s* around every split point of a long run of them took
    # time quadratic in its length (review s14 R2: a <title> of 20,000 blanks, 19 s)
    html_title = " ".join(html_title.split())
    r = _Reading(lines=_join_labels(body).split("\n"), convert=convert, link=link, html_title=html_title)
    r.listing = listing
    r.title_convert = _keeping_breaks(convert)
    # 1. explicit fields: front matter (and a feed entry's fields), HTML meta, JSON-LD, the address
    front = _front_aliases(front, convert)
    _front_candidates(r, front)
    r.hm = {
        k.strip(): (r.title_convert if k.strip() in _TITLE_KEYS else convert)(v) for k, v in (html_meta or {}).items()
    }
    _page_site(r)
    _title_candidates(r)
    _meta_date_candidates(r)
    _meta_source_candidates(r)
    _address_candidates(r)
    _page_names(r, front)
    # 2. a page's lines around its content: date and source lines, bylines
    for extra, base in ((page_head, 78), (page_tail, 50)):
        _page_line_candidates(r, extra, base, head=extra is page_head)
    # 3. header lines of the text (a bulletin-board post's header first); 4. the dateline; 4b. a
    # digest's repeated datelines
    _bbs_candidates(r)
    _field_candidates(r, tables=True)
    _header_candidates(r)
    _headline_again(r)
    _field_candidates(r, tables=False)
    _dateline_candidates(r, raw_tail, body, path)
    _digest_candidates(r)
    _credited_headline(r)
    # 5. the end: a closing "（完）date", a signature block, a date code; last resorts
    _closing_candidates(r)
    _issuer_candidates(r, page_head, page_tail, before_cleaning, body)
    _account_card(r, page_tail)
    _last_resort_sources(r, page_tail, raw_tail, before_cleaning, body)
    _rights_month(r)
    _split_title(r)
    _headline_candidates(r)
    _filing_header(r)
    _posted_stamp(r, before_cleaning or body)
    _trim_page_title(r, page_head)
    _nearest_headline(r, page_head)
    shown = r.title.value or ""  # the headline as the page shows it, with its section label
    _drop_section_label(r, page_head)

    _path_candidates(r, path)
    _description_day(r, front)
    _drop_compiled(r)
    _day_the_page_shows(r)
    _weekday_year(r, body, path)
    meta = Metadata()
    if r.date.value:
        meta.date, meta.precision = r.date.value
    meta.source = _choose_source(r.source, r.sites, r.authors, body[:20000], r.site)
    _body_and_title(r, meta, shown)
    _in_simplified(meta, body)
    # one outlet, one name: "rthk.hk", "香港电台-港闻" and 香港电台 group as one source (tester s20 T1)
    meta.source = canonical_outlet(meta.source)
    return meta


# the day a post's own summary says it came out: "description: Apache APISIX 3.7.0 版本于 2023 年 11 月 21 日发布。…" (a
# Docusaurus post dated only by its path: dev s35_11); the last resort, below any date a field, a line or an address
# gives
# (what HAS come out: "将于 2024 年 1 月 15 日正式发布" announces a day to come: review s35 R6)
_DESCRIBED_DAY = re.compile(
    r"(?<![将將拟擬])(?<!预计|預計|计划|計劃|有望)于\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:正式)?(?:发布|發佈|發布|推出|上线|上線)"
)
_DESCRIBED_DAY_SCORE = 20


_REVISED_MAX = 300  # characters of a description read as a promulgation note


def _description_day(r: _Reading, front: dict[str, Any]) -> None:
    described = _text(front.get("description")) or r.hm.get("description", "")
    if (m := _DESCRIBED_DAY.search(described[:300])) and (day := _safe_date(int(m[1]), int(m[2]), int(m[3]), "day")):
        if plausible(day[0]):
            r.date.offer(day, _DESCRIBED_DAY_SCORE, "day the description says it came out")
    if (m := _REVISED.match(described[:_REVISED_MAX].strip())) and (
        day := _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day")
    ):
        # a regulation's summary that is its promulgation note ("(2023年11月17日河北省人民政府令〔2023〕第10号公布，
        # 自2024年1月1日起施行)", a regulations list's 摘要 column): the day and the body, as the note in its text does
        if plausible(day[0]):
            r.date.offer(day, 66, "promulgation note in the description")
            if body_m := _LAW_BODY.search(re.sub(r"^\s*(?:经|由)", "", m["rest"])):
                r.source.offer(re.sub(r"第[一二三四五六七八九十百\d]+届", "", body_m["body"]), 66, "adopting body")


def _in_simplified(meta: Metadata, body: str) -> None:
    """Title and source in Simplified, whatever script the body was judged in: search and topics fold only what a
    person types (textsearch), so a Traditional title is found by no Simplified query (tester s21 T11/U4: a Macau
    government feed entry whose body is a link's word, 'Link', has no Han to judge; its title stayed Traditional).
    A value of the body's own script passes unchanged (ingest converted a Traditional body's fields), and so does
    one with a single Traditional-looking character: 濛 in a Simplified 细雨濛濛 or a name is written so (authors are
    names: kept as written). A Japanese text's kanji are no Chinese script (hanzi.is_japanese)."""
    from ..hanzi import detect_script, is_japanese, to_simplified

    if is_japanese(body) or is_japanese(meta.title):
        return

    def simplified(s: str) -> str:
        if not s or s.isascii() or detect_script(s) != "hant":
            return s
        converted = to_simplified(s)
        changed = len(converted) != len(s) or sum(a != b for a, b in zip(s, converted, strict=True)) >= 2
        return converted if changed else s

    meta.title, meta.source = simplified(meta.title), simplified(meta.source)


# front matter's publication date by the names static-site generators and exporters give it
# (Jekyll and Hexo: date; Hugo: publishDate; Astro: pubDate, pubDatetime; Ghost: published_at)
_FRONT_DATES = (
    "date", "published", "pubdate", "publishdate", "publish_date", "pubdatetime", "published_at",
    "publishedat", "date_published", "datepublished", "publish_time", "publishtime", "pubtime", "created", "time",
)  # fmt: skip
_FRONT_UPDATED = ("lastmod", "updated", "last_modified_at", "modified", "updated_at", "lastmodified")


_FRONT_ACCOUNT = (
    "account", "account_name", "mp_name", "mpname", "official_account", "wechat_account", "wechat_name", "gzh",
    "gzh_name", "biz_name", "公众号", "公众号名称", "微信公众号",
)  # fmt: skip
_ARCHIVE_STAMP_SCORE = 55
_WIKI_PAGE_SCORE = 39  # a wiki page's own dates: below a date in the headline (40)
# an address or a mail box where a name is asked for: "https://mp.weixin.qq.com/s/…", "www.example.com/a", "a@b.cn"
_ADDRESS_VALUE = re.compile(r"^(?:https?://|www\.|[\w.+-]+@[\w-]+\.)\S*$", re.IGNORECASE)
_RUNNING_HEAD_SCORE = 56
# A feed's channel is the carrier of its entries, the default for each: an entry's own word on whose text it is (a
# 来源 line 82, a dateline 80, a closing credit "（光明日报）" or a republication note "原文刊於《明報》" 80) names the
# publisher over it, as an aggregator's or a repost blog's items credit their outlets; below those, above a name an
# unlabelled header line may hold (78: the headline repeated, "…续报", reads as one) and anything less explicit. A
# channel that names an outlet or an office stands a little over one in other words.
_CHANNEL_SCORE = 79
_NAMED_CHANNEL_SCORE = 79.5
# a document's or a paper's number, never a name: "立法会CB(3)710/2026(01)号" (LegCo's stamp, which a PDF
# reader may take for a 红头 issuer line "…文件"), "国办发〔2024〕3号"
_FILE_NUMBER = re.compile(r"(?:\d|[)）〕\]］】])\s*[号號](?:文件)?\s*$|\d\s*/\s*(?:19|20)\d{2}")


# the end of an address's name, as a site's name in Latin letters may keep it ("Eastmoney.com", "Enorth.com.cn")
_NAME_TLD = re.compile(r"(?:\.(?:com|net|org|cn|hk|tw|fr|uk|co|jp|sg))+$", re.IGNORECASE)


def _spells_own_site(name: str, link: str) -> bool:
    """Is a name in Latin letters the item's own address spelt out ("Xinhua Net" for www.xinhuanet.com, "Www.rfi.fr"
    for www.rfi.fr)? Its letters, less a leading www and the address's ending, are a label of the link's host, or
    open with one of four letters or more ("Storm Media" at www.storm.mg). A feed reader's "<site> - <section>"
    ("CNA - Politics") is judged by the site's part."""
    name = re.split(r"\s+[-–—|]\s+", name.strip(), maxsplit=1)[0]
    if not link or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .\-]{2,40}", name):
        return False
    letters = re.sub(r"[^a-z0-9]", "", _NAME_TLD.sub("", re.sub(r"^www\.", "", name, flags=re.IGNORECASE)).lower())
    labels = {w for w in host_of(link).split(".") if w not in ("www", "m", "news", "com", "net", "org", "cn")}
    return len(letters) >= 3 and (letters in labels or any(len(w) >= 4 and letters.startswith(w) for w in labels))


_SECTION_DAY_TAIL = re.compile(
    rf"\s+[(（][{_HAN}A-Za-z]{{1,6}}[)）]\s*(?:19|20)\d{{2}}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\s*$"
)


def _outlet_part(part: str) -> bool:
    """A headline's last part that is an outlet's name, alone or with its Latin brand after it ("公视新闻网 PNN",
    "香港经济日报 HKET": the name in both scripts)."""
    return _is_outlet(part) or bool((m := _BILINGUAL.match(part)) and _is_outlet(m[1]))


_FLASH_HEADLINE = re.compile(r"^\s*【(?P<head>[^【】\n]{8,80})】\s*(?P<rest>\S.*)$", re.DOTALL)
# an outlet's name the table knows, then a colon, then the headline: "BBC：…", "路透：…"
_TITLE_OUTLET = re.compile(rf"^(?P<outlet>[{_HAN}A-Za-z][{_HAN}A-Za-z0-9 ]{{1,11}}?)\s*[：:]\s*\S.{{3}}")
_TITLE_OUTLET_SCORE = 45
_STAMPED_ISSUE = re.compile(r"(?<=\S)\s+\S{0,6}?(?:19|20)\d{2}(?:[-/.]?\d{2}){2}\S{0,4}$")


# a person's name in Latin letters: "Alice Wang", "Linus Torvalds", "J. Smith"
_LATIN_PERSON = re.compile(r"[A-Z][a-z]*\.?(?:[ -][A-Z][a-z]*\.?){1,2}")
_ORG_AUTHOR_REACH = 3000  # characters of the text where the author's name is looked for


def _organisation_author(r: _Reading, value: str, title: str) -> bool:
    """Is a front matter author an organisation's name the post itself speaks of: no person's (a Han name of two to
    three characters, a Latin given and family name, a lower-case handle), named again in its title or text?"""
    value = value.strip()
    if not 2 <= len(value) <= 20 or _looks_like_person(value) or _HANDLE.match(value) or _LATIN_PERSON.fullmatch(value):
        return False
    if re.fullmatch(f"[{_HAN}]{{2,3}}", value) or not re.search(f"[{_HAN}A-Z]", value):
        return False  # (a short Han name may be a person's the surname list misses; a lower-case word a handle)
    if re.fullmatch(f"[{_HAN}]+", value) and (value[:2] in COMPOUND_SURNAMES or name_shaped(value)):
        return False  # "欧阳娜娜": a two-character surname and a given name (review s40 R4)
    if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*", value):
        return False  # "Jason", "ZhangWei": a given name, a name in pinyin written as one word (review s40 R4)
    seen = (title + "\n" + "\n".join(r.lines)[:_ORG_AUTHOR_REACH]).lower()
    return value.lower() in seen


# an app's name after a dash closing a feed channel's title ("…-即刻App", "… | 某某客户端")
_APP_AFTER = re.compile(r"\s*[-–—－|｜]\s*[^\s\-–—－|｜]{1,12}?(?:客户端|APP|App|app)$")


def _known_outlet_part(value: str) -> str:
    """ "Liberty Times - International": a record's source field with an outlet the table knows, then its section
    after a spaced separator (dev s33_08): the outlet. Else the value as it is."""
    parts = [p.strip() for p in _NAME_SEP.split(value) if p.strip()]
    if len(parts) >= 2 and names_known_outlet(parts[0]) and not any(_named_outlet(p) for p in parts[1:]):
        return parts[0]
    return value


_COLUMN_MAX = 12  # characters of a column's or a category's name in a <title>
_CLAUSE_MARKS = re.compile(r"[，,：:！!？?“”「」《》。；;]")


def _column_part(part: str, head: Sequence[str]) -> bool:
    """Is ``part`` a column's or a category's name set between a <title>'s headline (``head``, its pieces) and the
    site's name (above)?"""
    part = part.strip()
    headline = _squeeze("".join(head))
    return (
        2 <= len(part) <= _COLUMN_MAX
        and not _CLAUSE_MARKS.search(part)
        and len(headline) >= max(8, 2 * len(part))
        and not re.search(r"\d", part)
    )


def _front_candidates(r: _Reading, front: dict[str, Any]) -> None:
    """Front matter (and a feed entry's or a record's fields): the most explicit place."""
    convert, title, date, source = r.convert, r.title, r.date, r.source
    if t := _text(front.get("title") or front.get("headline")):
        # "运动音乐全才 (港闻) 2017/09/08": a feed's label after the headline, its section and day
        t = _SECTION_DAY_TAIL.sub("", t) if len(_SECTION_DAY_TAIL.sub("", t)) >= 4 else t
        # "詹彩虹內定中華信評總座｜蘋果新聞網｜蘋果日報": a record's headline with the site's names after it (each
        # part an outlet's name): the headline, and the last name as the site's
        pieces = _TITLE_SEP_KEEP.split(t)
        hi = len(pieces)
        while hi > 2 and _outlet_part(convert(pieces[hi - 1].strip())):
            hi -= 2
        if hi < len(pieces) and len(_squeeze(convert("".join(pieces[:hi])))) >= 4:
            source.offer(_source_value(convert(pieces[-1].strip())), 33, "<title> site")
            # "…推动乡村振兴_滚动新闻_中国政府网", "…的通知_农业、畜牧业、渔业_中国政府网": a page's <title> names the
            # column or the category the page sits in between the headline and the site, set off as the site is; a
            # short part with no clause's mark, under a headline at least twice its length (dev-retired42 s45h_01)
            while (
                hi > 2
                and pieces[hi - 2].strip() == pieces[-2].strip()
                and _column_part(pieces[hi - 1], pieces[: hi - 2])
            ):
                hi -= 2
            t = "".join(pieces[:hi])
        # "【香港豪宅单个车位1200万港元成交 刷新全球最贵纪录】香港岛湾仔区…。（财新）": a flash whose title field is the
        # whole flash, its headline in the brackets that open it and its prose after them (a column's kicker,
        # "【资安日报】9月21日，…", is short and the headline follows it)
        flash = _FLASH_HEADLINE.match(t)
        if (
            flash
            and "。" in flash["rest"]
            and len(flash["rest"]) >= 40
            and len(re.findall(_HAN_CHAR, flash["head"])) >= 6
        ):
            t = flash["head"]
        if r.lines and _squeeze(r.lines[0]) == _squeeze(t) and len(r.lines) > 1 and _headline_goes_on(t, r.lines[1]):
            # a PDF's title lines set in two sizes, read from the larger: the headline wrapped over two lines
            t = t.rstrip() + r.lines[1].strip()  # (both lines stay in the text, as the first one did)
        title.offer(clean_title(r.title_convert(t)), 100, "front matter")
        if (report := _report_under_name(r.lines, t.strip())) and organisation_name(t.strip()):
            # a PDF's Title property that names the company alone, over the cover's year and kind of report
            # ("东北电气发展股份有限公司" / "2018 年第一季度报告"): the report is the title
            title.offer(clean_title(r.title_convert(f"{t.strip()} {report}")), 101, "front matter and cover")
        # "BBC：美国女死刑犯…": a repost's headline names the outlet it is taken from before a colon; below every
        # place that names a publisher (a feed's channel 71, a 来源 line), over none
        # (an office before a colon is its statement's speaker: "教育部：…" says what the ministry said)
        credit = _TITLE_OUTLET.match(convert(t))
        if credit and names_known_outlet(credit["outlet"]) and not _ISSUER.match(credit["outlet"]):
            source.offer(credit["outlet"], _TITLE_OUTLET_SCORE, "outlet before the headline")
    # a moment stamped in UTC ("Wed, 22 Dec 2021 17:55:14 GMT", RSSHub's archive) is dated in UTC+8, as a feed's
    # pubDate is (tester s22 T3); its day as written stays the other day, taken when the text names it and not
    # this one (the 证券时报网 sample, "7月26日，…正式开幕" under 18:55 GMT on the 26th: _day_the_page_shows)
    dated: tuple[tuple[tuple[str, ...], int, str], ...] = (
        (_FRONT_DATES, 100, "front matter"),
        (_FRONT_UPDATED, 100 - _UPDATED_PENALTY, "front matter update"),
    )
    if _plain_date(front.get("datecreated")):
        # a wiki's page (wiki.js: "date" is its last edit, "dateCreated" its making): when the page was made and
        # edited, not when its text was; below any date the text states (its headline's issue day), read only
        # when it states none, the making before the edit
        dated = (
            (("datecreated",), _WIKI_PAGE_SCORE, "wiki page made"),
            (("date",), _WIKI_PAGE_SCORE - 10, "wiki edit"),
        )
    for keys, score, origin in dated:
        # (only a last edit's date, Hugo's lastmod, Hexo's updated: the post is at least that old)
        key = next((k for k in keys if k in front and _plain_date(front[k])), "")
        if parsed := _plain_date(front.get(key)):
            date.offer(parsed, score, origin)
            # (only a stamp in UTC has another day: a feed's entry comes with its moment in the publisher's time)
            if (written := _plain_date(front[key], as_written=True)) and written[0] != parsed[0]:
                r.other_day[parsed[0]] = written[0]
            break
    for key in ("source", "publisher", "outlet", "media", "site"):
        if front.get(key) and not _FILE_NUMBER.search(convert(_text(front[key]))):
            value = convert(_text(front[key]))
            if _ADDRESS_VALUE.match(value.strip()):
                # "source: https://mp.weixin.qq.com/s/…" (a WeChat archiver's field): where the text was taken
                # from, an address, never a name; the page's link, and an outlet only if its host names one
                r.link = r.link or value.strip()
                continue
            if _PIPELINE_WORD.match(value.strip()):
                # "source": "auto", "rss", "api": how the record was collected, a pipeline's word, no name (dev
                # s37_08: 36氪's items all "auto")
                continue
            # a feed archiver's field with the feed's whole title: "安全客-有思想的安全新媒体" (tester s24 T12)
            if (slogan := _NAME_THEN_SLOGAN.match(value.strip())) and _slogan(slogan["rest"]):
                value = slogan["name"]
            # a scraper's field that kept the page's label: "来源：人民日报" is 人民日报
            value = _source_value(value) if _SOURCE_LEAD.match(value) else value
            if _spells_own_site(value, r.link):
                # a record's source field that spells the item's own address ("Xinhua Net" at www.xinhuanet.com,
                # "Eastmoney.com" at finance.eastmoney.com: a news API's listing) names the site that carries the
                # item, as a feed's channel does: an outlet the text credits goes over it ("…（界面新闻）"), and the
                # site is called by the name the outlet table gives its address (新华网), the same outlet
                r.carried = True
                source.offer(outlet_for_url(r.link) or _balanced_name(value), _CHANNEL_SCORE, "feed channel")
                break
            source.offer(_known_outlet_part(_balanced_name(value)), 100, "front matter")
            break
    # the account that posted it, as a WeChat archiver's front matter names it ("account: 中国政府网", "mp_name",
    # "公众号"): its publisher, below a declared source; a person's account is judged as any source
    if account := next((convert(_text(front[k])) for k in _FRONT_ACCOUNT if _text(front.get(k)).strip()), ""):
        if (poster := _source_value(account)) and not is_aggregator_name(poster) and not _HANDLE.match(poster):
            source.offer(poster, 90, "wechat account")
    # "新闻联播 文字版20260822": a channel's title that names the day's issue after its name (a stamp, with a word for
    # the edition) is the programme's name before it: no publisher's name carries a date
    # (a section's name, "新闻滚动", "国内新闻", is the column's, no carrier: dev s33_07's records)
    if (channel := _STAMPED_ISSUE.sub("", convert(_text(front.get("channel"))))) and not _is_section_name(channel):
        # a feed's channel: one that names an outlet or an office (人民网, 明報新聞網) publishes its entries, as
        # front matter says; a title in other words ("每日新闻精选", an account's "上海发布") is the feed's name for
        # itself: below an entry's own 来源 line (82) or dateline (80), above anything less explicit
        # "一觉醒来世界发生了什么-即刻App": an account's or a topic's feed on an app, named before the app's name: the
        # account publishes (as a WeChat account does on its platform; dev s42f_02)
        if (app := _APP_AFTER.search(channel)) and len(_squeeze(channel[: app.start()])) >= 2:
            channel = channel[: app.start()].strip()
        named = _named_outlet(channel) or bool(_ISSUER.match(channel))
        carrier_score = _NAMED_CHANNEL_SCORE if named else _CHANNEL_SCORE
        r.carried = True
        source.offer(channel, carrier_score, "front matter" if named else "feed channel")
    for key in ("author", "authors", "reporter"):
        value = convert(_text(front.get(key)))
        # an outlet by its shape, the table's name (36氪, IT之家: tester s22 T2) or its address's name (36kr)
        if value and (_named_outlet(value) or _ISSUER.match(value) or outlet_of_label(value)):
            # (a feed entry's creator under a channel that publishes it is the channel's desk or contributor,
            # "苦勞論壇" under 苦勞網: below the channel; feed.py makes it the entry's source when the channel
            # names none)
            author_score = _CHANNEL_SCORE - 0.5 if front.get("channel") else 95
            source.offer(outlet_of_label(value) or value, author_score, "front matter author")
        elif value and key == "author" and not front.get("channel") and _organisation_author(r, value, t or ""):
            # a site's post whose author is the community or the company that publishes it, named in its own title or
            # text ("author: 'openGauss'" over "openGauss社区官方网站正式上线", a partner's "软通动力", dev s40_06-13):
            # the publisher, below any outlet or label the post names
            source.offer(value, 60, "front matter")
        elif value:
            names = re.sub(rf"^(?:[{_HAN}A-Za-z0-9]{{2,14}}?\s*)?记者\s*", "", value)
            names = re.sub(rf"\s*[/／]\s*[{_HAN}]{{2,4}}报[道导]$", "", names)
            r.authors += _split_names(names) if re.fullmatch(_NAMES, names) else [names]
        if value:
            break
    cats = front.get("categories") or front.get("tags") or []
    for c in cats if isinstance(cats, list) else [cats]:
        c = convert(_text(c))
        if _is_outlet(c):
            source.offer(c, 60, "front matter category")
            break
    # a PDF's running head naming the paper and its day ("人民日报 2025年12月9日星期二", pdf.py's hint): the issue's
    # day and paper, below any date or source line of the text, above a rights line or a guess
    if (head := convert(_text(front.get("running_head")))) and (info := parse_info_line(head)):
        date.offer(info.date, _RUNNING_HEAD_SCORE, "running head")
        source.offer(info.source, _RUNNING_HEAD_SCORE - 6, "running head")
    # an archive's own stamp for the item (frontmatter.archive_header: "<!--1602002919000-->" on
    # the first line): below any date the text shows, above a rights line's year or a guess
    if (stamp := front.get("archive_stamp")) and (parsed := _plain_date(stamp)):
        date.offer(parsed, _ARCHIVE_STAMP_SCORE, "archive stamp")
    for key in ("url", "link", "source_url", "original_url", "canonical", "headline_link"):
        if isinstance(front.get(key), str) and re.match(r"https?://", front[key].strip()):
            r.link = r.link or front[key].strip()
            break


def _page_site(r: _Reading) -> None:
    """The site's own name (og:site_name, the edition's brand), and whether it is an outlet."""
    hm = r.hm
    # (JSON-LD's WebSite item, as html reads it from an @graph: Yoast and other SEO plugins name the site there)
    site = hm.get("og:site_name") or hm.get("sitename") or hm.get("site_name") or hm.get("jsonld:website") or ""
    site_parts = [p for p in _TITLE_SEP.split(site) if p]
    site = next((p for p in site_parts if _is_outlet(p)), site_parts[0] if site_parts else "")
    # "信報網站 hkej.com" (dev s39b_21): the name, then its address; the address is no part of it
    if (named := _NAME_THEN_HOST.match(site)) and _HAN_CHAR.search(named["name"]):
        site = named["name"]
    # the site's name with the start of its slogan ("風傳媒　一個有國際觀" of the <title>'s whole slogan): the name
    for declared in (hm.get("og:title", ""), r.convert(r.html_title or "")):
        if (s := _WHOLE_SLOGAN.match(declared.strip())) and _is_outlet(s["name"]) and site.startswith(s["name"]):
            site = s["name"]
            break
    r.site = _edition_brand(site, r.convert(r.html_title or ""))
    r.site_outlet = r.site if _is_outlet(r.site) else ""
    # the <h1> that is one link to the site's front page (html's h1:home) is the site's name over
    # every page: a blog's "阿明", when no field names the site
    if not r.site and 2 <= len(home := hm.get("h1:home", "")) <= 20:
        # (in parts, "蘋果日報 | APPLE DAILY": the part that reads as an outlet, as of og:site_name)
        home_parts = [p for p in _TITLE_SEP.split(home) if p]
        r.site = next((p for p in home_parts if _is_outlet(p)), home)


_SITE_TITLE_SCORE = 40  # below a headline line (50) and any <h1> (58)
_NAME_THEN_HOST = re.compile(r"^(?P<name>\S.{0,30}?)\s+(?:www\.)?[A-Za-z0-9-]{2,30}(?:\.[A-Za-z]{2,6}){1,3}$")
# a site's code as its whole <title>: one Latin word of letters (and digits), no blank ("bjtpb", "qhy", "sxgov")
_SITE_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,11}$")


def _names_the_site(value: str, r: _Reading) -> bool:
    """Is this <title> only the site's name: its code (one Latin word over a page in Chinese), the name it declares
    (og:site_name), or an outlet's name the table knows?"""
    squeezed = _squeeze(value)
    if _SITE_CODE.match(squeezed) and len(re.findall(f"[{_HAN}]", "".join(r.lines[:40]))) >= 40:
        return True
    return bool(squeezed) and (
        squeezed in {_squeeze(n) for n in (r.site, *r.sites) if n} or canonical_outlet(squeezed) in known_outlets()
    )


def _title_candidates(r: _Reading) -> None:
    """The headline the page declares: meta fields, the <title> without the site, the <h1>."""
    hm, site, convert, title = r.hm, r.site, r.convert, r.title
    for key, score in (
        ("articletitle", 88),
        ("og:title", 80),
        ("twitter:title", 78),
        ("jsonld:headline", 82),
        ("title", 60),
    ):
        value = title_from_page_title(hm.get(key, ""), site, hm.get("h1", ""))  # it may carry the site too
        if _headline_ok(value):
            title.offer(clean_title(value), score, key)
    if r.html_title:
        t = title_from_page_title(r.title_convert(r.html_title), site, hm.get("h1", "") or hm.get("og:title", ""))
        if _headline_ok(t):
            # a <title> that only names the site ("bjtpb", "qhy": its code; its own name) is below any headline the
            # page shows (its <h1>, a headline line), kept when there is none (tester s20 T13)
            title.offer(clean_title(t), _SITE_TITLE_SCORE if _names_the_site(t, r) else 62, "<title>")
        else:
            t = ""  # (the site's name and its section only, "北医新闻网_(新闻)": that name is no headline)
        # the site named in the <title> ("…_凤凰网"), when nothing better names the outlet
        parts = [p.strip() for p in _TITLE_SEP.split(convert(r.html_title)) if p.strip()]
        # the account whose post the page is ("@头条新闻的微博"): its publisher, as a WeChat account's name is
        if account := next((m["name"] for p in parts if (m := _ACCOUNT_PAGE.match(p))), ""):
            r.source.offer(_source_value(account), 60, "platform account")
        named = [p for p in parts if p != t and _is_outlet(p)]
        # the last part, when it is an organisation's own name, is the site's owner over a section before it
        # ("标题--学校新闻-绍兴市第一中学": the school, not its 学校新闻)
        if len(parts) >= 2 and parts[-1] != t and organisation_name(parts[-1]):
            named.append(parts[-1])
        # ...or the first, when the office puts its name before its section ("運輸署 - 交通通告")
        elif not named and len(parts) >= 2 and parts[0] != t and organisation_name(parts[0]):
            named.append(parts[0])
        if named:
            r.source.offer(_source_value(named[-1]), 33, "<title> site")
            r.site_outlet = r.site_outlet or _source_value(named[-1])
        elif site_first := _LEADING_SITE.match(convert(r.html_title)):
            # the site's name before a colon, the page's own words after it ("rthk.hk 香港电台网站: 节目:集"): the
            # outlet its address names, or the name when it reads as a site's
            lead = site_first["site"].strip()
            host = re.search(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", lead)
            if host and (by_host := outlet_for_url("http://" + host[0].lower())):
                r.source.offer(convert(by_host), 33, "<title> site")
            elif re.search(r"(?:网站|官网|门户)$", lead):  # (not an outlet a headline quotes: "新华社：…")
                r.source.offer(_source_value(lead), 33, "<title> site")
    if h1 := hm.get("h1", ""):
        if (
            (stamp := _H1_STAMP.search(h1))
            and stamp.start() > 0
            and (day := _compact_or_plain_date(stamp["date"]))
            and not any(
                _squeeze(stamp.group(0)) in _squeeze(t) for t in (convert(r.html_title), hm.get("og:title", "")) if t
            )
        ):
            # "标题 2014-04-30 23:54": the page's time shown inside its <h1>, a stamp (with its hour), not the
            # headline's words (a programme's issue, "外交部例行记者会 2024-10-17", has no hour). Not when the
            # <title> or og:title carries the same date and time (the template adds its stamp to the <h1> only: a
            # headline that names its event's time keeps it everywhere), nor in brackets ("全市防空警报试鸣
            # （2024年9月21日 10:00）": the event's time, review s15 R20)
            r.stamped_h1, h1 = h1, h1[: stamp.start()].rstrip()
            r.date.offer(day, 72, "stamp in the <h1>")
        h1 = _declared_over_h1(h1, hm, site, convert(r.html_title or ""))
        if _headline_ok(h1):
            # An <h1> that the <title> or og:title repeats is the headline as the page
            # shows it (with its 【label】 and spacing): it wins over their versions.
            # One they do not repeat may be the site's logo or a section name.
            key = re.sub(r"^[【\[][^】\]]{1,10}[】\]]", "", _squeeze(h1))[:8]  # past a 【label】 the <title> drops
            site_like = (
                _is_outlet(h1)
                or _SITE_PART.search(h1)
                or len(_squeeze(h1)) < 6
                or h1 == site
                or _squeeze(h1) == _squeeze(hm.get("h1:home", ""))  # the link to the front page: the site's
            )
            agree = not site_like and any(
                key in _squeeze(t)
                for t in (convert(r.html_title or ""), hm.get("og:title", ""), hm.get("jsonld:headline", ""))
            )
            # a short <h1> that is the first of the <title>'s parts, the site's after it: the headline
            # of an article named in a word or two ("金锺国" of "金锺国 - 维基百科，…"); a blog's name in
            # the middle ("标题 - 好看的hk - 博客园") is none
            agree = agree or (
                not (_is_outlet(h1) or h1 == site or _SITE_PART.search(h1))
                and any(
                    len(parts := [p for p in _TITLE_SEP.split(t) if p]) >= 2 and _squeeze(parts[0]) == _squeeze(h1)
                    for t in (convert(r.html_title or ""), hm.get("og:title", ""))
                )
            )
            title.offer(clean_title(h1), 89 if agree else 58, "<h1>")


# a <title> that opens with the site's name and a colon: "rthk.hk 香港电台网站: 【 sik 】…:别了梅艳芳十年"
_LEADING_SITE = re.compile(r"^(?P<site>[^:：\s][^:：]{1,29}?)\s*[:：]\s*\S.{3,}")


_H1_STAMP = re.compile(
    r"(?<![(（\[【\s])\s*(?P<date>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$"
)
# a page's controls read as part of its <h1>: Baidu's read-aloud button ("播报文章语音播报文章，释放双眼")
_H1_CONTROL = re.compile(r"^\s*(?:播报文章|语音播报|朗读全文|听全文|收听本文|点击播报|听新闻)")


def _declared_over_h1(h1: str, hm: dict[str, str], site: str, html_title: str) -> str:
    """The headline the page declares (og:title, else the <title>'s headline part) over an
    <h1> that only extends or cuts it. An <h1> may carry a control ("…谋杀行为播报文章": read
    aloud) or the subtitle ("…成长 年过五十的她…"), or show the headline's first line of two
    (晴報: "冷鋒來襲連凍9日 今低見17℃" of "… 下周新界或9℃")."""
    declared = title_from_page_title(hm.get("og:title", ""), site) or title_from_page_title(html_title, site)
    d, h = _squeeze(declared), _squeeze(h1)
    if len(d) >= 6 and len(h) >= 6 and d != h and not declared.rstrip().endswith(("…", "...")):
        if h.startswith(d):
            # a control glued on (a few characters) or a subtitle after a space; a <title> cut
            # mid-headline by its CMS is neither
            extra = h1.strip()[len(declared.strip()) :] if h1.strip().startswith(declared.strip()) else ""
            if len(h) - len(d) <= _H1_TAIL or extra[:1].isspace() or _H1_CONTROL.match(extra):
                return declared
        elif d.startswith(h):
            # unless what the declared one adds is the site's name ("… -中新网", "…_中国共产党")
            rest = declared.strip()[len(h1.strip()) :] if declared.strip().startswith(h1.strip()) else ""
            first = rest.split()[0] if rest.split() else ""
            if rest[:1].isspace() and not re.match(r"[-_|｜—–]", first) and not _site_like_tail(first):
                return declared
    return h1


# a page's fields for its publication time, by how surely each names it
_META_DATES = (
    ("article:published_time", 90),
    ("jsonld:datepublished", 90),
    ("jsonld:pubdate", 88),  # Baidu's cambrian JSON-LD (熊掌号) on Chinese sites: pubDate, upDate
    ("og:published_time", 88),
    ("firstpublishedtime", 88),
    ("pubdate", 86),
    ("publishdate", 86),
    ("publish_date", 86),
    ("pubtime", 85),
    ("datepublished", 85),
    ("itemprop:datepublished", 85),
    ("og:time", 84),
    ("time:datetime", 84),  # the article's <time datetime=…> (time_element)
    ("wechat:ct", 84),  # a WeChat article's post time (wechat_fields)
    ("title:datetime", 70),  # a post's time as its short form's tooltip (published_elements)
    ("button:datetime", 70),  # a post's time as a control's whole label (published_elements)
    # other CMSs' names for the same field (Parse.ly, Sailthru, cXense, WordPress themes, Toutiao)
    ("og:article:published_time", 88),
    ("article:published", 86),
    ("published_time", 86),
    ("publishtime", 85),
    ("publish-date", 85),
    ("publication_date", 85),
    ("parsely-pub-date", 85),
    ("sailthru.date", 84),
    ("cxenseparse:recs:publishtime", 84),
    ("bytedance:published_time", 84),
    ("weibo:article:create_at", 82),
    ("og:release_date", 82),
    ("dc.date.issued", 84),
    ("dc.date", 83),
    ("dcterms.created", 83),
    ("date", 80),
    ("element:date", 58),  # an element the CMS names for it: <span id="paperdate">
    ("article:modified_time", 50),
    ("jsonld:datemodified", 50),
)


_BUILT_AT = re.compile(
    r"(?:页面|网页|静态页)?生成(?:时间|日期)\s*[:：]?\s*(?P<stamp>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
)


_BUILT_SCORE = 30


def _meta_date_candidates(r: _Reading) -> None:
    hm = r.hm
    # an element named for the date holds the date and at most a short label ("于 … 发布"), not a
    # sentence about another article ("最新推荐文章于 2020-11-22 发布")
    if (element := hm.get("element:date", "")) and (m := _DATE_ANY.search(element)):
        rest = re.sub(r"[\s\d:：.,，()（）\[\]【】|/-]+", "", element[: m.start()] + element[m.end() :])
        if len(rest) > _ELEMENT_LABEL_MAX:
            hm.pop("element:date")
    # the bare "datepublished" of a <meta itemprop=…> the element checks passed over (in a related
    # list, a footer): another article's date, not this one's
    passed_over = set(hm.get("itemprop:passed-over", "").split(_PASSED_SEP)) - {"", hm.get("itemprop:datepublished")}
    if hm.get("datepublished", "").strip()[:60] in passed_over:
        hm.pop("datepublished")
    # a stamp the page itself calls its build time (<meta name="others" content="页面生成时间 2022-04-24
    # 10:00:43">, a government CMS's): a field holding the same stamp (PubDate) dates the page, not the article
    built = {_squeeze(m["stamp"]) for v in hm.values() if (m := _BUILT_AT.search(v[:200]))}
    for key, score in _META_DATES:
        # (most keys are absent: a None or "" field reads as no date, so it is not asked; issue 19, session 49)
        if (value := hm.get(key)) not in (None, "") and (parsed := _plain_date(value)):
            if built and _squeeze(hm.get(key, "")) in built:
                # the page's build time: when it was last made, the article at least that old (a
                # last resort, as a front matter's lastmod)
                score = min(score, _BUILT_SCORE)
            r.date.offer(parsed, score, key)
            if (days := stamp_days(hm.get(key))) and parsed[0] in days:
                r.other_day[parsed[0]] = days[1 - days.index(parsed[0])]
    # a field of a name no table knows that holds a day and nothing else (an analytics tag's content group,
    # <meta name="WT.cg_s" content="2013-12-29"> on a programme's episode page): the page's day, a last resort
    # (never a field named for a change, an expiry or the crawl)
    known = {key for key, _ in _META_DATES}
    for key, value in hm.items():
        # (a <meta name>'s key: no "prefix:field" the page reader files its own findings under, a related
        # story's passed-over date among them)
        if (
            key not in known
            and ":" not in key
            and _BARE_DAY.fullmatch(value.strip())
            and not _NOT_PAGE_DAY.search(key)
            and value.strip() not in passed_over
        ):
            if parsed := _plain_date(value.strip()):
                r.date.offer(parsed, _BARE_DAY_SCORE, f"meta {key}")
                break


_BARE_DAY = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")
_NOT_PAGE_DAY = re.compile(r"expir|modif|updat|revis|creat|crawl|fetch|copyright|valid|last|build|gener|birth", re.I)
_BARE_DAY_SCORE = 20  # below every place a page shows or declares its date, over none

# where a page shows its date: lines above, beside or below the article, a document's table
_SHOWN_DATE = frozenset({"page line", "header line", "dateline's own date", "document table"})


# a day without its year, then its weekday: "9月28日（星期二）", "10月5日 周三", "8月24日，农历七月廿七，星期三！"
_YEARLESS_WEEKDAY = re.compile(
    r"(?<![\d年/.-])(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t\u3000]*[，,（(]?[ \t\u3000]*"
    r"(?:农历[^，,）)\n]{1,8}[，,][ \t\u3000]*)?(?:星期|周|礼拜)(?P<w>[一二三四五六日天])"
)
_WEEKDAYS = "一二三四五六日"
_WEEKDAY_REACH = 3  # years either side of the text's own year where the weekday is looked for


def _weekday_year(r: _Reading, body: str, path: str = "") -> None:
    """A day without its year whose weekday the page names (tester s20 T7: "9月28日（星期二）"): the year where that
    day is that weekday, nearest the year the text itself gives (its other dates; else a full date in the file's
    name, as scrapers and archives name a day's file "2022-08-24.txt"; else the years it mentions), when exactly one
    is nearest within three years; else nothing (a day with no year stays undated). The file's name only anchors
    the year: the day and its weekday are the text's."""
    if r.date.score >= 60:
        return  # the page's date is read
    head = [r.title.value or "", *r.lines[:_HEADER_LINES]]
    m = next((x for line in head if (x := _YEARLESS_WEEKDAY.search(str(line)))), None)
    if not m:
        return
    month, day, weekday = int(m["m"]), int(m["d"]), _WEEKDAYS.index(m["w"].replace("天", "日"))
    anchors = {v[0].year for _, _, v, _ in r.date.offers if isinstance(v, tuple) and isinstance(v[0], dt.date)}
    if not anchors:
        anchors = _name_years(path)
    if not anchors and (year := infer_year((r.title.value or "") + "\n" + body, "")):
        anchors = {year}
    found = set()
    for anchor in anchors:
        near = []
        for y in range(anchor - _WEEKDAY_REACH, anchor + _WEEKDAY_REACH + 1):
            try:
                if dt.date(y, month, day).weekday() == weekday:
                    near.append((abs(y - anchor), y))
            except ValueError:
                continue
        near.sort()
        if near and (len(near) == 1 or near[0][0] < near[1][0]):
            found.add(near[0][1])
    if len(found) == 1 and (parsed := _safe_date(found.pop(), month, day, "day")) and plausible(parsed[0]):
        r.date.offer(parsed, 56, "day and weekday, year from the text")


# a full date in a file's or folder's name: "2022-08-24", "20230314", "2026_05_18" (digits on neither side)
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


_PATH_SOURCE_SCORE = 22  # below a rights line (25) or a disclaimer (24): where a library keeps a file says least
_PATH_PART = re.compile(r"[_\s]+|(?<=\d)-(?=[^\d])")


def _path_candidates(r: _Reading, path: str) -> None:
    """The publisher a library's folders or a file's name give ("财经早餐/2024-04-11_设备更新.md", an archive's
    "2025-04-24_南方区域_广州电力交易中心_….html"): a part that is the table's outlet, an office's or an
    organisation's name by its shape. The last resort: any other place that names the source says more."""
    pieces = [p for p in re.split(r"[/\\]", path or "") if p][-3:]
    if not pieces:
        return
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", pieces[-1])
    in_name = _PATH_PART.split(stem)
    for k, part in enumerate([*in_name, *reversed(pieces[:-1])]):
        name = r.convert(part.strip(" -_.()（）【】[]"))
        if not 2 <= len(name) <= 20 or not _HAN_CHAR.search(name) or _is_section_name(name):
            continue
        # a folder is a publisher's only when it is an outlet's: a user's folder named for an office or a company
        # may hold what is written about it ("研究/深圳市人民政府/x.txt", review s24 N1); a file's name beside its
        # date is an archiver's record of who published it
        if _named_outlet(name) or (k < len(in_name) and (_ISSUER.match(name) or organisation_name(name) == name)):
            r.source.offer(name, _PATH_SOURCE_SCORE, "path")
            return


NAME_DAY_REACH = 31  # days between a file name's date and the dateline's day it anchors (a paper prints the day after)


def _name_year(month: int, day: int, path: str) -> tuple[dt.date, str] | None:
    """A yearless day (10月25日) in the year that puts it nearest a full date in the file's or its folder's name
    (20191026: 2019-10-25; 20200102 for 12月31日: 2019-12-31), within NAME_DAY_REACH days of it; None when no date
    there is so near, or two name dates disagree on the year."""
    found = set()
    for part in re.split(r"[/\\]", path or "")[-2:]:
        for m in _NAME_DATE.finditer(part):
            anchor = _safe_date(int(m[1]), int(m[3]), int(m[4]), "day")
            if not anchor or not plausible(anchor[0]):
                continue
            for y in (anchor[0].year - 1, anchor[0].year, anchor[0].year + 1):
                near = _safe_date(y, month, day, "day")
                if near and abs((near[0] - anchor[0]).days) <= NAME_DAY_REACH and plausible(near[0]):
                    found.add(near)
    return found.pop() if len(found) == 1 else None


def _address_year(month: int, day: int, r: _Reading) -> tuple[dt.date, str] | None:
    """A yearless day in the year that puts it nearest the full day in the item's own address (its link, og:url,
    canonical, a record's url), within NAME_DAY_REACH days of it, as _name_year does for a file's name."""
    hm = r.hm
    anchors = {p[0] for u in (r.link, hm.get("og:url", ""), hm.get("canonical", "")) if u and (p := url_date(u))}
    found = set()
    for anchor in anchors:
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            near = _safe_date(y, month, day, "day")
            if near and abs((near[0] - anchor).days) <= NAME_DAY_REACH and plausible(near[0]):
                found.add(near)
    return found.pop() if len(found) == 1 else None


def _name_years(path: str) -> set[int]:
    """The years of the full dates in a file's name and its folder's (a day's file in a year's folder)."""
    parts = re.split(r"[/\\]", path)[-2:]
    years = set()
    for part in parts:
        for m in _NAME_DATE.finditer(part):
            if (d := _safe_date(int(m[1]), int(m[3]), int(m[4]), "day")) and plausible(d[0]):
                years.add(d[0].year)
    return years


# a paragraph's first words, its day without the year: "7月26日，", "12月23日上午，"
_LEAD_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[上中下]午|晚上?|凌晨|早上|傍晚|清晨)?\s*[，,]")


def _day_the_page_shows(r: _Reading) -> None:
    """A stamped moment near midnight falls on two days: the writer's (as written, or UTC+8 for
    a stamp in UTC) and the other calendar's. When the page itself shows the other day and not
    the one taken (BBC's "2023年9月12日" over a stamp of 20:00 UTC, the 13th in Beijing), the
    page's day is the article's: the stamp says when, the page says which calendar."""
    if not r.date.value or r.date.value[0] not in r.other_day or r.date.origin in _SHOWN_DATE:
        return
    taken, other = r.date.value[0], r.other_day[r.date.value[0]]
    shown = {v[0] for v, sc, o in r.date.ranked() if o in _SHOWN_DATE and sc >= _SITE_LEVEL and v[1] == "day"}
    # ...or the day a paragraph opens with, without its year ("7月26日，…开幕"), one of the stamp's two days
    for line in r.lines[:_HEADER_LINES]:
        if (m := _LEAD_MONTH_DAY.match(line)) and (int(m[1]), int(m[2])) in {(d.month, d.day) for d in (taken, other)}:
            shown.add(other if (int(m[1]), int(m[2])) == (other.month, other.day) else taken)
            break
    if other in shown and taken not in shown:
        r.date.value = (other, "day")


# a page's fields naming its source, by how surely each names the article's own
_META_SOURCES = (
    ("contentsource", 84),
    ("source", 80),
    ("mediaid", 78),
    ("jsonld:source_org", 76),  # JSON-LD's author/provider when an Organization
    # (the site's own name as its publisher: below the 来源 a page shows, which names whose the text is when the site
    # relays it, dev s40b_10 - as og:site_name is)
    ("jsonld:publisher", 60),
    ("og:site_name", 55),
    ("sitename", 50),
    ("jsonld:website", 50),
    ("publisher", 70),
    ("application-name", 30),
)


def _meta_source_candidates(r: _Reading) -> None:
    hm, source = r.hm, r.source
    if (value := _source_value(hm.get("element:source", ""))) and (_is_outlet(value) or _ISSUER.match(value)):
        source.offer(value, 70, "source element")
    hosts = [host_of(u) for u in (r.link, hm.get("og:url", ""), hm.get("canonical", "")) if u]
    for key, score in _META_SOURCES:
        value = _source_value(r.site if key in ("og:site_name", "sitename") and hm.get(key) else hm.get(key, ""))
        if value and _HANDLE.match(value) and not _named_outlet(value):
            # "ycsys": a lower-case token in a machine field is the CMS's code for where the copy
            # came from, not a name a reader knows; only the site's own brand (udn on udn.com) is
            if not any(value in h.split(".") for h in hosts):
                continue
            score = _ADDRESS_SCORE - 4
        # (a site's own name of four characters, its parts' first: "北郊獨語 - Yoxem's Blog", a personal site's name,
        # dev-retired32 s35h_10; a surname and a given name are a person's)
        site_named = key in ("og:site_name", "sitename") and len(value) == 4 and value[:2] not in COMPOUND_SURNAMES
        if (
            key in ("og:site_name", "sitename")
            and value
            and not _HAN_CHAR.search(value)
            and _HAN_CHAR.search(str(r.title.value or ""))
        ):
            # "Hong Kong's Information Services Department" on a Chinese page of www.news.gov.hk (dev s39b_10): the
            # site's name in another script; the name the outlet table gives its address is the one in the page's
            if named := next((n for u in hosts if (n := outlet_for_url("http://" + u))), ""):
                value = r.convert(named)
        # (a short name the outlet table knows is no person's: "界面", 界面新闻's brand, as a portal's mediaid)
        if value and (not _PERSON.match(value) or site_named or _is_outlet(value) or names_known_outlet(value)):
            source.offer(value, score, key)
    # the WeChat account that posted it: its publisher (a person's account is judged as any source)
    if (nick := _source_value(hm.get("wechat:nickname", ""))) and not is_aggregator_name(nick):
        source.offer(nick, 60, "wechat account")
    author = hm.get("author", "") or hm.get("jsonld:author", "")
    if author and (_named_outlet(author) or _ISSUER.match(author)):
        source.offer(author, 66, "meta author")
    elif author and (m := _ROLE_GLUED.match(author.strip())):
        # "中央社記者王小明": the outlet, then its reporter
        outlet = m["outlet"].split("·")[0].strip("《》")
        if _is_outlet(outlet) or m["outlet"].startswith("《"):
            source.offer(outlet, 66, "meta author")
        if m["names"] and not r.authors:
            r.authors += _split_names(m["names"])
    elif author and not r.authors and len(author) <= 20 and _squeeze(author) not in _table_names():
        # (a portal or a platform the table knows, <meta name="author" content="网易">, writes no article)
        r.authors += _split_names(author) if re.fullmatch(_NAMES, author) else []


def _address_candidates(r: _Reading) -> None:
    """The outlet the page's address names (news.ltn.com.tw: 自由時報), when the page names
    none more explicitly (a portal's address names no outlet: outlets.py); a date in a URL."""
    hm = r.hm
    for url in (r.link, hm.get("og:url", ""), hm.get("canonical", ""), hm.get("record:url", "")):
        if url and (named := outlet_for_url(url) or office_of_host(host_of(url))):
            r.source.offer(r.convert(named), _ADDRESS_SCORE, "address")
            break
    for url, score in (
        (r.link, 42),
        (hm.get("og:url", ""), 41),
        (hm.get("canonical", ""), 41),
        (hm.get("record:url", ""), 41),  # a crawl's record's address around the page
        (hm.get("og:image", ""), 30),
    ):  # an image's upload day is the article's, roughly
        if url and (parsed := url_date(url, image=score == 30)):
            r.date.offer(parsed, score, "URL")
        elif url and score > 30 and (month := url_month(url)):
            r.date.offer(month, score - 4, "URL's month")  # (an image's folder is its upload's, not the page's)


def _page_names(r: _Reading, front: dict[str, Any]) -> None:
    """The names the page gives itself, so that a line naming the site's own channel
    (新浪娱乐 on a 新浪网 page) reads as its source."""
    convert, html_title = r.convert, r.html_title
    headline = title_from_page_title(convert(html_title), r.site) if html_title else ""
    # a <title> of the site's name and its section only ("北医新闻网_(新闻)"): what is left of it is no
    # headline but the site's name
    headline = headline if _headline_ok(headline) else ""
    r.sites = sites = site_names(convert(html_title), headline, [r.site, convert(_text(front.get("source")))])
    if html_title and sites and not any(_is_outlet(p) for p in sites) and _site_like(sites[-1]):
        # "标题-搜狐音乐": the last part of the <title> is the site; "…-安全资讯-360官网" (a dash before a digit
        # splits no <title>): the section, then the site by its own word (官网, 网, 频道…)
        last = sites[-1]
        dashed = [p for p in _OUTLET_DASH.split(last) if p]
        if len(dashed) > 1 and _SITE_PART.search(dashed[-1]) and len(_squeeze(dashed[-1])) >= 3:
            last = dashed[-1]
        # "君合律师事务所 JunHe", "中国信息通信研究院 CAICT": an organisation's name, then its name in Latin letters
        last = _org_with_latin(last) or last
        r.source.offer(_source_value(last), 31, "<title> last part")


# a date a page shows in pieces, one element each: "2020" / "07/08" / "16:37" (a year, its month and day, a time)
_YEAR_ALONE = re.compile(r"^\s*((?:19|20)\d{2})\s*年?\s*$")
_MONTH_DAY_ALONE = re.compile(r"^\s*(\d{1,2})\s*(?:[/.\-]|月)\s*(\d{1,2})\s*日?\s*$")


def _join_date_pieces(lines: list[str]) -> list[str]:
    """A year alone on its line, then its month and day alone on the next (and a time on the one after):
    one date line, as the page shows it."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        y = _YEAR_ALONE.match(lines[k])
        md = _MONTH_DAY_ALONE.match(lines[k + 1]) if y and k + 1 < len(lines) else None
        if y and md and 1 <= int(md[1]) <= 12 and 1 <= int(md[2]) <= 31:
            joined = f"{y[1]}年{int(md[1])}月{int(md[2])}日"
            k += 2
            if k < len(lines) and _TIME_TOKEN.match(lines[k].strip()):
                joined, k = f"{joined} {lines[k].strip()}", k + 1
            out.append(joined)
            continue
        out.append(lines[k])
        k += 1
    return out


def _page_line_candidates(r: _Reading, extra: str, base: float, head: bool) -> None:
    """Date and source lines, bylines and a government table in the page's lines above
    (``head``) or below the article; nearer the article counts more."""
    title, date, source, sites = r.title, r.date, r.source, r.sites
    extra_lines = _join_date_pieces([x for x in _join_labels(extra).split("\n") if x.strip()])
    # a document table among them (gov.cn's 标题 / 发文字号 / 成文日期 / 发布日期 / 发文机关, label and value on one
    # line or the value on the next): its cells read by the one labelled-field reader, fields.py
    cells = {f.line: f for block in _field_blocks(r, extra_lines, 0, len(extra_lines)) for f in block}
    page_table = bool(cells)
    # a blog's archive ("2005年1月 (5)", "2004年12月 (8)"…): three or more lines that are each
    # a month are a list of links, none of them the article's date
    months = [k for k, x in enumerate(extra_lines) if len(x) <= 24 and _MONTH_LINK.match(x.strip())]
    archive = set(months) if len(months) >= 3 else set()
    infos: dict[int, InfoLine] = {}
    # the site's header ends at its breadcrumb ("您当前的位置：网站首页>…"): a date above it is the
    # site's clock ("2023年10月11日 星期三"), not the article's, unless labelled
    # A crumb below the headline (h1, date line, then 当前位置) ends nothing: the date above it
    # is the article's.
    crumbs = [k for k, x in enumerate(extra_lines) if head and len(x) <= 200 and _NAVIGATION.search(x)]
    if crumbs and (named := _squeeze(title.value or "")):
        headline_at = next((k for k, x in enumerate(extra_lines) if _squeeze(x) == named), None)
        if headline_at is not None:
            crumbs = [k for k in crumbs if k < headline_at]
    site_header_end = crumbs[-1] if crumbs else -1
    if head and extra_lines and (wx := _WECHAT_HEADER.match(extra_lines[-1].strip())):
        # "2018-04-23 政资研 现代资本主义研究" right above the article, under its headline: a WeChat article's
        # header as a copy shows it (the day, the writer, the account that published it)
        if (on := _plain_date(wx["date"])) and not _looks_like_person(wx["account"]):
            date.offer(on, base - 1.5, "page line")
            source.offer(wx["account"], 60, "wechat account")
    for k, line in enumerate(extra_lines):
        # nearer the content is more likely the article's own
        distance = len(extra_lines) - k if head else k + 1
        # a short word beside a date is the article's category only right at it
        # (a widget's "六合彩2020-02-01" sits farther up)
        if k in archive:
            continue
        if info := parse_info_line(line, sites, beside=distance <= _BESIDE_REACH):
            infos[k] = info
            near = base - distance * 1.5
            if info.date and info.date[1] == "month" and k > 0 and _DAY_BADGE.match(extra_lines[k - 1]):
                # a date badge: the day large on its line, "2024年02月" below it
                day = _safe_date(info.date[0].year, info.date[0].month, int(extra_lines[k - 1]), "day")
                info.date = day or info.date
            if (distance > _HEAD_REACH or k < site_header_end) and not info.labelled:
                continue  # far above the article: the portal's clock or a menu, not its date line
            if head or distance <= 3 or info.labelled or info.closing:
                # below the article, dated lines are mostly related headlines
                # (a footer's "最後修訂日期" dates the page's last edit, maybe years on: never read)
                if not (info.updated and not head):
                    date.offer(info.date, near - _UPDATED_PENALTY * info.updated, "page line")
            # a lone "副刊" is a menu item; a lone outlet on the line beside the article's
            # date line is its byline split over two elements ("中国新闻网" / "2024-05-20 13:09")
            paired = (
                head
                and distance <= _BESIDE_REACH + 1
                and any(
                    (n := infos.get(j) or parse_info_line(extra_lines[j], sites)) is not None
                    and n.date
                    and not n.source
                    for j in (k - 1, k + 1)
                    if 0 <= j < len(extra_lines)
                )
            )
            if info.date or info.labelled or info.authors or (paired and _is_outlet(info.source)):
                source.offer(info.source, near, "labelled source" if info.source_labelled else "page line")
            if info.authors and not r.authors:
                r.authors += info.authors
        elif page_table and k in cells:
            _offer_field(r, cells[k], 0)
    if head:
        _follow_account(r, extra_lines, infos)


# A block of labelled fields (fields.py: the one reader of "label<sep>value" in every layout): at the text's top, the
# text's own header ("标题：… / 日期：… / 来源：…", a record's keys, a table's label cells over their values); at its
# foot, a credit block ("作者：… / 来源：光明日报 / 日期：… / 链接：…", dev s42b_07-09). Two fields or more make a
# block (one labelled line alone is the info-line reader's); its lines leave the body.
_FIELD_HEAD = 30  # lines at the top where a block is the text's header
_FIELD_FOOT = 12  # lines at the end where a block is its credits
_FIELD_BLOCK_MIN = 2
_LABELLED_TITLE_REACH = 3  # the text's first lines, where a title field alone is the text's own
# ...when its label says title: "主题：健康社区建设宣传周" alone over a page's text is a page's field (a board's subject
# is its post's headline only over the post's byline: _nearest_headline), "新闻：" a paste's label inside a block
_TITLE_WORD = re.compile(r"标题|標題|题目|題目|title|headline", re.IGNORECASE)
_FIELD_GAP = 1  # blank lines a block's fields may stand apart
# (head, foot) scores: a header's fields as a header line's (80) and a labelled source's (82); a foot block's below
# them, above a closing line's date (70) and a closing credit (60)
_FIELD_SCORES = {"title": (90, 0), "date": (80, 74), "source": (82, 76), "issuer": (82, 76), "link": (58, 56)}
# a document table's two days (gov.cn's 标题 / 发文字号 / 成文日期 / 发布日期 / 发文机关): the day it came out over the
# day it was written, both over a header line's date; its issuer as its table says, when the value is a name
_TABLE_DATES = {"发布日期": 88, "成文日期": 86}
_TABLE_ISSUER = 86
_DOC_NUMBER_SCORE = 21  # a document number's year: above nothing but a rights line's month (21) and a bare day
# the fields that make a block (an editor's or a photographer's credit rides along in one, and makes none: a feature's
# credits line "编辑|… 制图|…" is the text's); a day the text announces (截止时间) is its text, no field of it
_FIELD_KINDS = frozenset({"title", "original_title", "date", "updated", "source", "issuer", "link", "author"})


def _field_blocks(r: _Reading, lines: Sequence[str], start: int, stop: int) -> list[list[Field]]:
    """Runs of lines that are labelled fields only (each line's first field opens it), two fields or more."""
    blocks: list[list[Field]] = []
    run: list[Field] = []
    last = -10
    for f in read_fields(lines, start, stop, r.fields):
        if f.field == "content":
            break  # a record's text begins: no field after it is the header's
        if f.field == "event":
            continue
        if not f.first and (not run or run[-1].line != f.line):
            continue  # a field after the line's own words ("…记者 张三 来源：X"): the info-line reader's
        if run and (
            f.line - last > 1 + _FIELD_GAP + (run[-1].how == "next line")
            # (only blank lines may stand between: a line of text between two "记者：…" lines is an interview's
            # answer, its questions the text's, no block of author fields: review s43 R2, dev s19_06)
            or any(lines[j].strip() for j in range(last + 1 + (run[-1].how == "next line"), f.line))
        ):
            blocks.append(run)
            run = []
        run.append(f)
        last = f.line
    blocks.append(run)
    # (a day and a time alone, "日期：9月9日 / 时间：上午9时30分至下午5时", are an event's the text announces:
    # dev s17_04)
    # (a subject or a name, "主题：…", "名称：…", is a headline only beside a byline or a document's cells: a notice's
    # "时间：… / 主题：… / 地点：…" is the meeting it announces, its text, no header: review s43 R4)
    return [
        b
        for b in blocks
        if sum(f.field in _FIELD_KINDS for f in b) >= _FIELD_BLOCK_MIN
        and any(
            f.field in _FIELD_KINDS - {"date", "updated"} and (f.field != "title" or _TITLE_WORD.search(f.label))
            for f in b
        )
    ]


def _document_table(block: list[Field]) -> bool:
    """A document's table of fields (gov.cn's 标题 / 发文字号 / 成文日期 / 发布日期 / 发文机关 / 索引号): a cell only
    such a table has, or a label cell over its value's line."""
    return any(f.field in ("doc_number", "issuer", "other") or f.how == "next line" for f in block)


def _field_candidates(r: _Reading, tables: bool) -> None:
    """The text's header block and its foot's credit block of labelled fields, each field a candidate. A document's
    table (``tables``) is read before the header's lines, which then pass over it (its issuer's cell may hold a
    crawler's wrong words, "发布机构：加快布局", that a header line's reading would take for a labelled source); any
    other block after them."""
    n = len(r.lines)
    if tables:
        # an export's title field on one of the first lines ("标题：…", "title: …"), a block or alone: the title's
        # value, the line no headline of its own; an archive's Latin source key in its header ("- source: 财联社 Web
        # roll API": the outlet before the feed's description)
        for i, line in enumerate(r.lines[:_HEADER_LINES]):
            found = r.fields(line, i)
            if not found or not found[0].first or i in r.used:
                continue
            if (i < _LABELLED_TITLE_REACH and found[0].field == "title" and _TITLE_WORD.search(found[0].label)) or (
                found[0].how == "key" and found[0].field == "source"
            ):
                for f in found:
                    _offer_field(r, f, 0)
                r.used.add(i)
    head = _field_blocks(r, r.lines, 0, min(n, _FIELD_HEAD))
    foot = [] if tables else _field_blocks(r, r.lines, max(min(n, _FIELD_HEAD), n - _FIELD_FOOT), n)
    for blocks, at in ((head, 0), (foot, 1)):
        for block in blocks:
            if _document_table(block) != tables and at == 0:
                continue
            for f in block:
                _offer_field(r, f, at)
                r.used.add(f.line)
                if f.how == "next line":
                    r.used.add(f.line + 1)


def _offer_field(r: _Reading, f: Field, at: int) -> None:
    kind = "source" if f.field == "issuer" else f.field
    score = _FIELD_SCORES.get(f.field, (0, 0))[at] * (0.9 + 0.1 * f.sure)
    if at == 0 and f.label in _TABLE_DATES:
        score = _TABLE_DATES[f.label]
    if kind == "title" and score and _headline_ok(f.value):
        r.title.offer(clean_title(r.title_convert(f.value)), score, "labelled title")
    elif kind == "doc_number":
        if (mm := _DOC_NUMBER.search(f.value)) and MIN_YEAR <= int(mm["y"]) <= _THIS_YEAR + 1:
            r.date.offer((dt.date(int(mm["y"]), 1, 1), "year"), _DOC_NUMBER_SCORE, "document number")
    elif kind == "date":
        if (m := _DATE_ANY.search(_normalise_info_line(f.value))) and (parsed := _parse_date_token(m)):
            r.date.offer(parsed, score, "labelled field")
        elif rfc := _rfc_date(f.value):
            r.date.offer(rfc, score, "labelled field")
    elif kind == "updated":
        if (m := _DATE_ANY.search(_normalise_info_line(f.value))) and (parsed := _parse_date_token(m)):
            r.date.offer(parsed, _FIELD_SCORES["date"][at] - _UPDATED_PENALTY, "labelled field")
    elif kind == "source":
        value = r.convert(f.value)
        if _URL_START.match(value):
            named = outlet_for_url(value if "://" in value else "http://" + value)
        else:
            named = _source_value(value.split()[0]) if value.split() else ""
        # "来源：新浪新闻综合": a portal's compilation of several outlets' reports names none of them
        if named and not _looks_like_person(named) and not named.endswith("综合"):
            if kind != f.field:  # an issuer's cell: a name, else the weakest place
                score = (max(score, _TABLE_ISSUER) if at == 0 else score) if _issuer_named(named) else 30
            r.source.offer(named, score, "labelled source")
    elif kind == "link" and _URL_START.match(f.value) and (named := outlet_for_url(f.value)):
        r.source.offer(named, score, "original's address")
    elif kind == "author":
        names = [x for x in re.split(r"[\s、,，]+", r.convert(f.value)) if x]
        if names and all(_PERSON.match(x) for x in names):
            r.authors += [x for x in names if x not in r.authors]


# a platform's follow button under an account's name ("关注", "+关注", "订阅")
_FOLLOW = re.compile(r"^[+＋]?\s*(?:关注|關注|订阅|訂閱)$")
_ACCOUNT_NAME = re.compile(rf"^[{_HAN}A-Za-z0-9_·\-]{{2,20}}$")


def _follow_account(r: _Reading, lines: list[str], infos: dict[int, InfoLine]) -> None:
    """A self-media platform's post (快传号, 头条号, 百家号 pages) shows the account that posted it above
    the post: its name, the follow button under it, then the post's time ("管不饿 / 关注 /
    2024-05-08 23:23 / 来自甘肃"). The account nearest the article is its publisher, as a WeChat
    account's name is (judged as one: a person's name by evidence)."""
    for k in range(len(lines) - 3, max(-1, len(lines) - 3 - _HEAD_REACH), -1):
        name = lines[k].strip()
        if not (_FOLLOW.match(lines[k + 1].strip()) and _ACCOUNT_NAME.match(name)) or _FOLLOW.match(name):
            continue
        dated = [j for j in (k + 2, k + 3) if (info := infos.get(j)) is not None and info.date]
        if dated and not _DATE_ANY.search(name):
            r.source.offer(name, _FOLLOWED_ACCOUNT_SCORE, "platform account")
            return


# A bulletin-board post (PTT 批踢踢實業坊 and the BBSes on its software): a header block of labelled
# fields, 作者 (看板 on the same line or its own), 標題, 時間 (a ctime stamp, the board's local time),
# a rule, the post, then "--", "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: …" and "※ 文章網址: https://www.ptt.cc/bbs/<board>/M.<epoch>.A.<hex>.html".
# Read as the structure it is: the header's three fields together, never one label alone.
_BBS_FIELD = re.compile(r"\s*(?P<label>作者|看板|[標标][題题]|[時时][間间])\s*[:：]?\s*(?P<value>\S.*?)\s*$")
_BBS_BOARD_ON_AUTHOR = re.compile(r"^(?P<author>.+?)\s+看板\s*[:：]?\s*(?P<board>[A-Za-z0-9_.-]{1,30})$")
_BBS_CTIME = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+"
    r"(?P<d>\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+(?P<y>(?:19|20)\d{2})"
)
_BBS_STATION = re.compile(r"\s*※\s*[發发]信站\s*[:：]\s*(?P<name>[^\s(（,，]{2,20})\s*[(（](?P<host>[\w.-]+)[)）]")
_BBS_URL = re.compile(
    r"\s*※\s*文章[網网]址\s*[:：]\s*(?P<url>https?://(?:www\.)?(?P<host>[\w.-]+)/bbs/(?P<board>[\w.-]{1,30})/"
    r"M\.(?P<epoch>\d{9,10})\.A\.[0-9A-Fa-f]{3}\.html)"
)
_BBS_TAG = re.compile(r"^(?P<re>(?:Re|Fw|RE|FW)\s*:\s*)?\[[^\]\s]{1,6}\]\s*")


def _bbs_candidates(r: _Reading) -> None:
    """A bulletin-board post's header (作者/看板/標題/時間) and its footer (發信站, 文章網址)."""
    lines, used = r.lines, r.used
    fields: dict[str, tuple[int, str]] = {}
    for i, line in enumerate(lines[:8]):
        if len(line) > 160:
            break
        if (m := _BBS_FIELD.match(line)) is None:
            if fields and line.strip() and not set(line.strip()) <= set("─-═"):
                break
            continue
        label = {"標": "標題", "标": "標題", "時": "時間", "时": "時間"}.get(m["label"][0], m["label"])
        value = m["value"]
        if label == "作者" and (b := _BBS_BOARD_ON_AUTHOR.match(value)):
            fields.setdefault("看板", (i, b["board"]))
            value = b["author"]
        fields.setdefault(label, (i, value))
    if not {"作者", "標題", "時間"} <= fields.keys():
        return
    station = url = None
    station_at = len(lines)
    for i in range(len(lines) - 1, max(-1, len(lines) - 400), -1):
        if station is None and (m := _BBS_STATION.match(lines[i])):
            station, station_at = m, i
            used.add(i)
        elif url is None and (m := _BBS_URL.match(lines[i])):
            url = m
            used.add(i)
    used.update(i for i, _ in fields.values())
    last = max(i for i, _ in fields.values())
    if last + 1 < len(lines) and lines[last + 1].strip() and set(lines[last + 1].strip()) <= set("─-═"):
        used.add(last + 1)  # the rule under the header
    tag_free = _BBS_TAG.sub(lambda m: m["re"] or "", fields["標題"][1]).strip()
    if tag_free and _headline_ok(tag_free):
        r.title.offer(clean_title(tag_free), 95, "bulletin-board header 標題")
    if cm := _BBS_CTIME.search(fields["時間"][1]):
        # the board's clock is the poster's local time: the day as written
        parsed = _safe_date(int(cm["y"]), _worded_month(cm["mon"]) or 0, int(cm["d"]), "day")
        if parsed and plausible(parsed[0]):
            r.date.offer(parsed, 95, "bulletin-board header 時間")
    if url:
        stamped = publisher_time(dt.datetime.fromtimestamp(int(url["epoch"]), dt.timezone.utc)).date()
        if plausible(stamped):
            r.date.offer((stamped, "day"), 70, "bulletin-board post address")
    host = (url["host"] if url else "") or (station["host"] if station else "")
    if not (station or url):
        return  # no station named: the header alone does not say whose board it is
    # the station by its address in the outlet table (ptt.cc: "PTT 批踢踢實業坊"), else the name it gives itself
    name = outlet_for_url(f"https://{host}/") if host else ""
    name = name or (station["name"] if station else "")
    board = fields.get("看板", (0, ""))[1] or (url["board"] if url else "")
    if name:
        r.source.offer(r.convert(f"{name} {board} 板" if board else name), 95, "bulletin-board station")
    if signer := _bbs_signer(lines[last + 1 : station_at]):
        r.source.offer(signer, 96, "bulletin-board post's signing body")


# a post's last line before its signature's "--": the body that signs it, its station's name in Latin letters before it
# at times ("PTT 活動部", dev s39_10: the station's activity department announcing a draw); a person's name is no body
_BBS_BRAND = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,15}\s*")


def _bbs_signer(post: list[str]) -> str:
    """The organisation that signs a bulletin-board post (its last line above the "--" that opens the station's
    lines), else ""."""
    body = [x.strip() for x in post if x.strip()]
    while body and set(body[-1]) <= set("-─"):
        body.pop()
    if not body or len(body[-1]) > 30:
        return ""
    line = body[-1]
    unit = _BBS_BRAND.sub("", line)
    return line if unit and (organisation_name(unit) == unit or _signer(unit) == unit) else ""


# a letter's salutation: to its readers by their office or standing ("各位委员：", "尊敬的各位领导：",
# "敬启者：", "XX先生：")
# the words a letter is addressed to, and a class of people, not a body that writes one (one table: a
# salutation's addressee, and a headline's "市民就…提交建议书" that names no author)
_ADDRESSEES = "委员|议员|先生|女士|主席|阁下|同志|同学|同仁|老师|家长|市民|居民|会员|股东|领导|各位|诸位"
_SALUTATION = re.compile(  # (the text is Simplified by now)
    rf"^[{_HAN}A-Za-z0-9·、\s]{{0,24}}(?:{_ADDRESSEES}|敬启者|钧鉴|台鉴|惠鉴)们?\s*[:：]$"
)
_ADDRESSEE_END = re.compile(rf"(?:{_ADDRESSEES})们?$")


_SUBMISSION_TITLE = 55  # over a headline line's (50): a committee's or an addressee's name may head the paper


_NAV_ITEM_MAX = 8  # a menu item's length at most: a site's section, its home link ("人民网首页", "天津频道")
_NAV_RUN = 3  # short lines one after another that make a menu
_NAV_REACH = 80  # the text's lines searched for the site's menus above the article


def _navigation_lines(lines: list[str], sites: tuple[str, ...] = ()) -> set[int]:
    """The text's lines at its top that are the site's navigation, as a copy or a scrape of a page keeps it: a run
    of three or more short lines (menu items one a line: "人民网 / 人民网首页 / 时政 / 国际 / …"), a breadcrumb or a
    menu on one line. A line that carries a date, a byline or a label is the article's header and ends a run; the
    first sentence ends the search (a list in the article is its own)."""
    nav: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines[:_NAV_REACH]):
        t = line.strip()
        if not t:
            continue
        if len(t) > 120 or (len(t) > _TITLE_MAX and _SENTENCE_END.search(t)) or match_dateline(t):
            break
        short = len(t) <= _NAV_ITEM_MAX and not _SENTENCE_END.search(t)
        menu = not short and (_crumb(t) or _is_menu(t) or _post_links(t))
        if (short or menu) and (info := parse_info_line(t, sites)) and (info.date or info.labelled or info.authors):
            short = menu = False  # the article's header line
        if short:
            run.append(i)
            continue
        if len(run) >= _NAV_RUN:
            nav.update(run)
        run = []
        if menu:
            nav.add(i)
    if len(run) >= _NAV_RUN:
        nav.update(run)
    return nav


# the words of a site's own lines: its name, its greeting ("欢迎访问天津市人民政府门户网站", "欢迎光临本站")
_SITE_WORDS = re.compile(r"^(?:欢迎|歡迎)|(?:网|網|网站|網站|门户|門戶|官网|官網|频道|頻道|首页|首頁|本站)$")


def _prose(line: str) -> bool:
    """A sentence of the article (a full stop in it, a clause's mark at its end, or a long line with a sentence's end):
    no headline, no header line."""
    return (
        "。" in line
        or line.endswith(("；", ";", "：", ":", "，", ","))
        or (len(line) > _TITLE_MAX and bool(_SENTENCE_END.search(line)))
    )


_LATIN_TITLE = re.compile(r"^[A-Z][A-Za-z0-9 ,.:;'’&()\-–—“”\"]{9,160}$")
# ...but an English sentence is no title: a word's full stop with more words after it, or closing the line ("The
# report was issued today. It said …": the reviewer's s37 note); "U.S." and "No. 5" are no sentence's end
_LATIN_SENTENCE = re.compile(r"[a-z]{2}\.(?:\s+[A-Z]|$)")


def _latin_title(line: str) -> bool:
    """Is the line an English title (a bilingual cover's), not an English sentence?"""
    return bool(_LATIN_TITLE.match(line)) and not _LATIN_SENTENCE.search(line)


def _headline_over_header(lines: list[str], nav: set[int], sites: tuple[str, ...], stop: int) -> int | None:
    """The first line of the headline lines right above the article's date or byline line (its main title over a
    subtitle): a line farther up, a slogan or a section's name the menus did not catch, is no headline. None when no
    date or byline line comes before the article begins."""
    block: list[int] = []
    for i, line in enumerate(lines[:stop]):
        t = line.strip()
        if not t or i in nav:
            continue
        if len(t) > 120 or match_dateline(t) or _prose(t):
            return None  # the article has begun
        if info := parse_info_line(t, sites):
            if info.date or info.authors or info.labelled:
                return block[0] if block else None
            continue  # an outlet's name alone between the headline and its date
        if block and _event_day_line(t):
            return block[0]  # a cover's field of the day of what it reports ("事故日期：…"): a header's line too
        if _SITE_WORDS.search(t) or _is_outlet(t):
            continue  # the site's name or its greeting over the headline ("欢迎访问…门户网站")
        if block and _latin_title(t):
            continue  # a bilingual cover's English title under the Chinese one ("Investigation Report on …")
        block = [*block, i] if _looks_like_headline(t) else []
    return None


# An item of a list page (html.py's column list, said to be no article): a headline and its day, a line
_LISTED_ITEM = re.compile(r"^.{2,60}?\d{4}-\d{1,2}-\d{1,2}$")
LISTED_RUN = 3  # such lines in a row, for them to be a list's items


def _listed_items(lines: list[str]) -> set[int]:
    """The lines in runs of LISTED_RUN or more list items (_LISTED_ITEM), blank lines between them aside."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, "-"]):
        if not line.strip() and i < len(lines):
            continue
        if len(line) <= 80 and _LISTED_ITEM.match(line.strip()):
            run.append(i)
            continue
        if len(run) >= LISTED_RUN:
            out.update(run)
        run = []
    return out


_CRAWL_LINE = re.compile(r"^\s*(?:抓取|爬取|采集|入库)(?:时间|日期)\s*[:：]\s*[\d/\-.:年月日 ]{6,30}$")


# an order's masthead: the issuing body's name and 令 ("中华人民共和国国务院令", "交通运输部令"), its number after it
# or opening the next line ("第682号", "第　561　号", "2023年第5号"); the state's name before an office's is its style
_HEAD_SIGNATURE_SCORE = 66  # as a law's adoption day: below a date or source line (80), over a document number's year
_ORDER_NUMBER_CORE = r"(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号"
_ORDER_MASTHEAD = re.compile(rf"^(?P<issuer>[{_HAN}]{{2,30}}?)令\s*(?P<number>{_ORDER_NUMBER_CORE})?$")
_ORDER_NUMBER = re.compile(rf"^\s*(?P<number>{_ORDER_NUMBER_CORE})")
_STATE_STYLE = re.compile(r"^(?:中华人民共和国|中國|中国)")
_PROMULGATION_OPENERS = ("《", "现")  # what follows an order's number on its line: the promulgation sentence


def _order_masthead(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """An order's masthead at line ``i`` and its number: (the title "…令第N号", the issuing body or "", the lines it
    takes: the masthead's, and the number's when the number is all its line holds). None when the line is none, or no
    number goes with it (a 令 alone may end a word: 禁令, 法令)."""
    line = lines[i].strip()
    if len(line) > 50 or not (m := _ORDER_MASTHEAD.match(re.sub(r"\s+", "", line) if "令" in line else "")):
        return None
    number, taken = m["number"], 1
    if not number:
        below = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)
        if below is None or not (n := _ORDER_NUMBER.match(lines[below])):
            return None
        number = n["number"]
        rest = lines[below][n.end("number") :].strip()
        if rest and not rest.startswith(_PROMULGATION_OPENERS):
            # "第22号台风“山竹”…" under "广东省发布防风令": a lead that opens with a number is no masthead's number,
            # which stands alone on its line or opens the promulgation sentence ("第561号 《…条例》已经…": review
            # s47 R1)
            return None
        taken = below - i + 1 if not rest else 1
    issuer = m["issuer"]
    bare = _STATE_STYLE.sub("", issuer)
    office = next((x for x in (bare, issuer) if len(x) >= 2 and (_ISSUER.match(x) or organisation_name(x))), "")
    if not office:
        return None  # "深圳再发限购令": a masthead names the body that issues the order, not a sentence (review s47 R1)
    return m["issuer"] + "令" + re.sub(r"\s+", "", number), office, taken


# an order's promulgation sentence under its masthead: "现公布《X条例》，自…起施行。", "《X办法》已经…通过，现予公布，
# 自…起施行。", "现将《X》予以公布": the one work it names is what the order puts in force, its title
_PROMULGATES = re.compile(r"现(?:予|将)?(?:公布|发布|颁布)|予以(?:公布|发布|颁布)")
_PROMULGATED_NAME = re.compile(r"《(?P<name>[^《》]{4,80})》")
_PROMULGATION_REACH = 3  # lines under the masthead (and its number) where the sentence is looked for
_PROMULGATION_SPAN = 240  # characters of such a line read for it: its first sentence (bounded: issue 19)


def _promulgated_name(lines: list[str], start: int) -> str:
    """The name of the one work an order's promulgation sentence puts in force, read on the first lines from
    ``start`` that hold a sentence (above); "" when none names exactly one. A name quoted inside it keeps its marks
    as a title shows them ("国务院关于修改〈…条例〉的决定" -> "国务院关于修改《…条例》的决定")."""
    seen = 0
    for line in lines[start:]:
        if not line.strip():
            continue
        if seen == _PROMULGATION_REACH:
            break
        seen += 1
        head = line[:_PROMULGATION_SPAN]
        sentence = head[: k + 1] if (k := head.find("。")) >= 0 else head
        if not _PROMULGATES.search(sentence):
            continue
        names = _PROMULGATED_NAME.findall(sentence)
        return names[0].replace("〈", "《").replace("〉", "》").strip() if len(names) == 1 else ""
    return ""


# a document's title line with its number after a blank ("…的意见 国发 〔2011〕 35 号"), or in brackets after it
# ("…的实施意见（安监总管三〔2010〕186号）", dev-retired26 s29h_05): the title, the number's year
def _doc_number_core(year: str) -> str:
    return rf"[{_HAN}]{{1,12}}\s*[〔\[［【]\s*(?P<{year}>(?:19|20)\d{{2}})\s*[〕\]］】]\s*\d+\s*号"


_TITLE_NUMBER = re.compile(
    rf"^(?P<title>[{_HAN}《〈“（(].{{3,100}}?)"
    rf"(?:\s+(?P<number>{_doc_number_core('y')})|\s*[（(](?P<inner>{_doc_number_core('y2')})[)）])$"
)
_NUMBERED_TITLE_MAX = 100  # characters of a document's title its number vouches for (a headline's are 64)


def _numbered_title(line: str) -> tuple[str, int] | None:
    """A document's title and its number's year, when ``line`` is its title line with the number set after it and
    the title reads as one (it ends in a kind of document, a notice, an opinion, a reply; a long one is read so on
    its first words). A number in brackets stays in the title, as published. Else None."""
    line = line.strip()
    if len(line) > 130 or not (m := _TITLE_NUMBER.match(line)):
        return None
    headline = m["title"].strip()
    if not (_DOCUMENT_KIND_END.search(headline) or _FILING_END.search(headline)):
        return None
    long = len(headline) > 64 and "。" not in headline and len(headline) <= _NUMBERED_TITLE_MAX
    if not (_looks_like_headline(headline) or (long and _looks_like_headline(headline[:60]))):
        return None
    return (line, int(m["y2"])) if m["inner"] else (headline, int(m["y"]))


def _header_candidates(r: _Reading) -> None:
    """The text's first lines: a document's title line and table, a law's passage note,
    date and source lines, an issuer, a byline, the headline line."""
    lines, used, title, date, source, sites = r.lines, r.used, r.title, r.date, r.source, r.sites
    gov = next((i for i, line in enumerate(lines[:_HEADER_LINES]) if _GOV_TITLE.match(line)), None)
    if gov is not None:
        title.offer(clean_title(lines[gov]), 72, "document title line")
        used.add(gov)
    # the site's menus a copy keeps above the article are passed over: the header's reach is counted from them
    nav = r.nav = _navigation_lines(lines, sites)
    header_end = min(len(lines), _HEADER_LINES + 14 + len(nav))
    over_header = _headline_over_header(lines, nav, sites, header_end)
    # a letter's salutation ("各位委员：", "敬启者："): the lines above it are its addressee ("香港特别行政区
    # 立法会 / …小组委员会"), no headline; a short line right after it, before the prose, is its subject
    salute = next((k for k, x in enumerate(lines[:_HEADER_LINES]) if _SALUTATION.match(x.strip())), None)
    if salute is not None and salute + 2 < len(lines) and title.score < 50:
        subject, prose = lines[salute + 1].strip(), lines[salute + 2].strip()
        if _looks_like_headline(subject) and len(subject) <= _TITLE_MAX and len(prose) > _TITLE_MAX:
            title.offer(clean_title(subject), 50, "letter's subject line")
            used.add(salute + 1)
    # a submission's own title ("某某联合会于2026年6月9日提交的意见书", "滴滴就…提交意见书"), which a paper may head
    # with the committee it is addressed to: no headline, no source (its submitter is, _headline_candidates)
    submission = next(
        (k for k, x in enumerate(lines[:_HEADER_LINES]) if _SUBMITTED.match(x.strip()) and _headline_ok(x.strip())), -1
    )
    if submission >= 0 and title.score < _SUBMISSION_TITLE:
        title.offer(clean_title(lines[submission].strip()), _SUBMISSION_TITLE, "submission's title line")
        used.add(submission)
    else:
        submission = -1
    items = r.listed = _listed_items(lines) if r.listing else set()
    for i, line in enumerate(lines[:header_end]):
        if i in used:
            continue  # (a block of labelled fields, _field_candidates, among them)
        if i in nav:
            continue  # a menu item, a breadcrumb: where the page is, not what it says
        if i in items:
            continue  # another page's headline and day on a list page ("网上办事服务大厅2021-05-01"): no byline
        depth = i - sum(1 for k in nav if k < i)  # the line's place below the menus
        if (step := _latest_passage(line)) is not None:
            # "（1999年…通过　根据…第一次修正　…　根据2024年…第四次修正）": the text in force
            # dates from its latest step, adopted by that step's body; part of the text as published
            parsed, body_name = step
            date.offer(parsed, 66 + (parsed[0].toordinal() - 700000) / 1e6, "adopted or amended on")
            if body_name:
                source.offer(body_name, 66, "adopting body")
            continue
        if len(line) > 120 or match_dateline(line):
            break  # the article has begun
        if i < submission:
            continue  # the heading above a submission's title: the committee it is addressed to
        if original := _original_outlet(line):
            # "原文地址来自澎湃新闻", "原文链接：财新网 「…」": where a saved or archived copy came from
            source.offer(original, 74, "original's outlet")
            continue
        if account := _original_account(line):
            # "原文来自「知识分子」：<title>": the account or publication the copy came from
            source.offer(account, 74, "original's named account")
            continue
        if quoted := _quoted_original(line):
            # "原文来自「每日人物」": a name the tables do not know, no source on its own (an article's
            # title may stand there); it vouches for a byline that extends it by a name
            # ("每日人物钟十五报道", _choose_source)
            source.offer(quoted, 30, "original's quoted name")
        if i < _HEADER_LINES and (wx := _WECHAT_BYLINE.match(line.strip())) and (on := _plain_date(wx["date"])):
            # "原创 2018-04-24 雷雨 人民日报评论": a WeChat article's header as archives copy it (原创, the day, the
            # writer, the account that published it): the account is its publisher
            date.offer(on, 80, "header line")
            source.offer(wx["account"], 78, "wechat account")
            if wx["writer"] and re.fullmatch(_NAMES, wx["writer"]):
                r.authors += [wx["writer"]]
            used.add(i)
            continue
        if i < _HEADER_LINES and _CRAWL_LINE.match(line):
            # "抓取时间: 2026/1/5 11:27:34": the scraper's stamp over its copy (dev s37_01-06), its field, not the
            # text's: no date, and no line of the text
            used.add(i)
            continue
        if (info := parse_info_line(line, sites)) is not None:
            if not (info.date or info.labelled or info.authors or info.closing) and not _beside_top(lines, i, sites):
                continue  # a lone name down the header is a heading ("详细新闻"), not the outlet
            date.offer(info.date, 80 - _UPDATED_PENALTY * info.updated, "header line")
            # (the headline again after a label, "全文：班農出席里昂香港9月論壇" under a feed's teaser: the article's
            # title, which an outlet's ending "…論壇" or "…续报" may make read as a name, is never its source)
            if _squeeze(info.source) != _squeeze(title.value or "") or info.source_labelled:
                source.offer(
                    info.source,
                    82 if info.labelled else 78,
                    "labelled source" if info.source_labelled else "header line",
                )
            r.authors += [a for a in info.authors if a not in r.authors]
            used.add(i)
            if (
                info.date
                and not info.source
                and not info.desk  # (the line credits its desk: the line above is no account's name)
                and 1 <= i - 1 <= _LONE_TOP
                and i - 1 not in used
                and _TIME_IN_LINE.search(line)
                and _ACCOUNT_NAME.match(name := lines[i - 1].strip())
                and _squeeze(name) != _squeeze(title.value or "")
                # the headline alone above the account: a blog index's next post ("标题 / 2023-04-28 22:05") is
                # lines down, under the posts before it
                and sum(1 for x in lines[: i - 1] if x.strip()) == 1
            ):
                # "标题 / 上海发布 / 2025年8月20日 07:30 上海": a WeChat article as it copies, the account's name on its
                # own line under the headline, above the day and time it was posted
                source.offer(name, 60, "wechat account")
                used.add(i - 1)
            if info.date and not info.source and i >= 2 and lines[i - 2].rstrip().endswith(("。", "！", "!")):
                # a letter signed and dated under its last sentence ("感谢阁下拨冗参阅。/ Uber 香港团队 /
                # 2026年6月4日"), before its attachment: the signer
                if (signer := _signer(lines[i - 1])) and i - 1 not in used:
                    source.offer(signer, 64, "signature")
                    used.add(i - 1)
            continue
        # (a line the info-line reader could not read: "原创 王五 财经早餐 2024-04-11 08:00 北京")
        if i < _HEADER_LINES and (wx := _wechat_posted(line, lines, sites)) and (posted := _plain_date(wx["date"])):
            date.offer(posted, 80, "header line")
            source.offer(wx["account"], 78, "wechat account")
            if wx["writer"] and re.fullmatch(_NAMES, wx["writer"]) and not _ROLE.match(wx["writer"]):
                r.authors += [wx["writer"]]
            used.add(i)
            continue
        if m := _REVISED.match(line):
            parsed = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day")
            if parsed and plausible(parsed[0]):
                # the latest adoption or amendment dates the text in force
                date.offer(parsed, 66 + (parsed[0].toordinal() - 700000) / 1e6, "adopted or amended on")
                # "经人力资源和社会保障部第6次部务会议通过": 经 (by way of) is not the body's name
                if body_m := _LAW_BODY.search(re.sub(r"^\s*(?:经|由)", "", m["rest"])):
                    source.offer(
                        re.sub(r"第[一二三四五六七八九十百\d]+届", "", body_m["body"]),
                        66 + (parsed[0].toordinal() - 700000) / 1e6,
                        "adopting body",
                    )
            used.add(i)
            continue
        if m := _LAW_ADOPTED.match(line):
            parsed = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day")
            if parsed and plausible(parsed[0]):
                date.offer(parsed, 65, "adopted on")
            continue  # part of the text as published
        if depth < _HEADER_LINES and title.score < 50 and (order := _order_masthead(lines, i)):
            # "中华人民共和国国务院令" / "第682号": an order's masthead and number are its title; the masthead names
            # the body that issues it
            named, issuer, taken = order
            title.offer(named, 50, "order's masthead")
            if issuer:
                source.offer(issuer, 60, "order's masthead")
            if (work := _promulgated_name(lines, i + 1)) and _headline_ok(work):
                # the regulation the order puts in force names it better than its number: the list shows every
                # "中华人民共和国国务院令第N号" cut to the same words; the masthead then stays the text's first line,
                # where a search finds the order by its number (new user s48 U2b: `list 第693号` found nothing)
                title.offer(work, 52, "order's promulgated work")
            else:
                used.update(range(i, i + taken))
        elif _issuer_token(line):
            source.offer(line, 60, "issuer line")
            used.add(i)
        elif depth < _HEADER_LINES and title.score < 50 and (numbered := _numbered_title(line)):
            # "国务院关于加强环境保护重点工作的意见 国发〔2011〕35号": a document's title line with its number set
            # after it; the line stays in the text (the number is the document's, as printed)
            headline, year = numbered
            r.doc_year = year
            title.offer(clean_title(headline), 50, "headline line")
        elif m := _DOC_NUMBER.search(line):
            r.doc_year = int(m["y"])
        elif m := _BYLINE.match(line):
            if m["outlet"] and _is_outlet(m["outlet"]):
                source.offer(m["outlet"], 75, "byline")
            r.authors += _split_names(m["names"])
            used.add(i)
        elif (
            depth < _HEADER_LINES
            and title.score < 50
            and (over_header is None or i >= over_header)
            and (_looks_like_headline(line) or _long_headline_over_dateline(lines, i))
            and not (_crumb(line) or _FROM_HOME.match(line))
        ):
            # (a breadcrumb, "首页 > 工作动态", is where the page is, not what it says)
            if (n := _cover_title_lines(lines, i)) > 1:
                # a report's title set over a cover's lines ("港铁东铁线" / "红磡站列车出轨事故" / "技术调查报告")
                line = "".join(x.strip() for x in lines[i : i + n])
                used.update(range(i + 1, i + n))
            elif i + 1 < len(lines) and _period_report_after(line, lines[i + 1]):
                # a company's periodic report: its name alone on the cover's first line, the year and the kind of
                # report under it ("东北电气发展股份有限公司" / "2018 年第一季度报告"): the two lines are the title
                line = line.strip() + " " + lines[i + 1].strip()
                used.add(i + 1)
            elif i + 1 < len(lines) and _document_title_goes_on(line, lines[i + 1]):
                # a document's title broken over two lines ("…办公室关于成立临安市" / "信用建设工作领导小组的通知")
                line = line.rstrip() + lines[i + 1].strip()
                used.add(i + 1)
            elif i + 1 < len(lines) and _headline_goes_on(line, lines[i + 1]):
                # a headline wrapped over two lines, cut after a word no headline ends with ("…善道还是" / "堕恶道呢？")
                line = line.rstrip() + lines[i + 1].strip()
                used.add(i + 1)
            elif i + 1 < len(lines) and _KICKER_DASH.search(line) and _looks_like_headline(lines[i + 1].strip()):
                # a kicker that runs on into the headline below it ("上海合作组织秘书长——" / "中国政府对人民生命健康
                # 高度负责"): a line ending in its dash is unfinished, the two read as one headline
                line = line.rstrip() + lines[i + 1].strip()
                used.add(i + 1)
            headline, owner = _headline_and_owner(line, r.site)
            title.offer(clean_title(headline), 50, "headline line")
            if owner:
                # the office whose site the page was copied from, named beside its headline as the page's <title>
                # names it: below any line of the text that names its issuer
                source.offer(owner, _TITLE_OWNER_SCORE, "office named beside the headline")
            used.add(i)
        elif i == 0 and title.score < 50 and (numbered := _numbered_item_headline(lines)):
            # "26. 国务院印发《…》" over "来源：时政频道" / "时间：2025-06-05": an archive's item, its number there
            # before its headline, then its labelled fields (dev-retired25 s28h_06): the headline; the line stays
            title.offer(clean_title(numbered), 50, "numbered item's headline")
        elif depth < _HEADER_LINES and title.score < 50 and (issue := _issue_headline(lines, i)):
            title.offer(clean_title(line), 50, "headline line")
            # (as _headline_candidates reads "外交部例行记者会 2024-10-17")
            date.offer(issue, 40, "date in the headline")
            used.add(i)
    # an order's promulgation line, signed at its end ("…现予公布，自2018年1月1日起施行。总理 李克强2017年12月25日"),
    # or its signature on a line of its own ("总 理 温家宝 二○○九年九月九日"), under the masthead: the day it was signed
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if i not in used and (signature := signature_day(line)):
            signer, day = signature
            date.offer(day, _HEAD_SIGNATURE_SCORE, "signature under the masthead")
            if signer:
                source.offer(signer, 64, "signature")
            break
    # a copy's note under the lead ("本文转载自微信公众号温州新壹周，已存档于…" below a standfirst's paragraphs): the
    # loop above stops at the first paragraph, but a note this near the top is the copy's word on whose text it is, as
    # one closing the text is (_closing_candidates)
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if i not in used and (named := _republished_outlet(line)):
            source.offer(named, _TOP_NOTE_SCORE, "copy note near the top")
            break


_TOP_NOTE_SCORE = 72  # below the header's own note on its original (74), over a page's and a site's names


# a kicker's closing dash: the line runs on into the next ("上海合作组织秘书长——")
_KICKER_DASH = re.compile(r"[^—－-](?:——|－－|—)\s*$")
LONG_HEADLINE_MAX = 120  # characters of a headline line over a dated lead, past a headline's usual 64


_AGAIN_REACH = 300  # lines of a copied page searched for its headline again, under the site's menus
_AGAIN_TITLE_MIN = 8  # characters of a headline looked for again (a short one may be a menu's word)


def _headline_again(r: _Reading) -> None:
    """A page copied as text: its <title> on the first line, the site's menus (more than the navigation reader takes:
    a bilingual finance menu, "證券產業 / Securities"), then the headline again with its date line right under it
    (dev-retired43 s46h_04, "2025/03/29 08:05"): that line is the article's, past the header's reach. Only above the
    article's first sentence: the name and day a statement is signed with may repeat a <title> that is its issuer's."""
    if r.date.score >= 80 or not (title := r.title.value) or len(want := _squeeze(title)) < _AGAIN_TITLE_MIN:
        return
    lines = r.lines
    for i in range(1, min(len(lines) - 1, _AGAIN_REACH)):
        line = lines[i]
        if _prose(line):
            return  # the article has begun above it: a signer's name and day at its end are its closing's
        if len(line) < len(want) or line.lstrip()[:2] != title.lstrip()[:2] or _squeeze(line) != want:
            continue
        k = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
        if k is None or k in r.used or (info := parse_info_line(lines[k], r.sites)) is None or not info.date:
            return
        r.date.offer(info.date, 80 - _UPDATED_PENALTY * info.updated, "header line under the headline again")
        if info.source:
            r.source.offer(info.source, 82 if info.labelled else 78, "header line under the headline again")
        r.authors += [a for a in info.authors if a not in r.authors]
        r.used.add(k)
        return


def _long_headline_over_dateline(lines: list[str], i: int) -> bool:
    """A long line (65 to LONG_HEADLINE_MAX characters) that is the text's headline by where it stands: the first
    line with words, no sentence's end in it or after it, with the lead's dateline right below ("李克强将出席上合组织
    成员国政府首脑（总理）理事会第十八次会议并对乌兹别克斯坦进行正式访问、出席…" over "新华社北京10月25日电 …")."""
    line = lines[i].strip()
    if not 64 < len(line) <= LONG_HEADLINE_MAX or any(x.strip() for x in lines[:i]):
        return False
    if re.search(r"[。！？!?；;]", line) or line.endswith(("，", ",", "：", ":")):
        return False
    after = next((x.strip() for x in lines[i + 1 : i + 4] if x.strip()), "")
    return bool(after) and _dateline(after) is not None


# a document's title is one unit, "[issuer]关于<matter>的<kind>": its kind ends it
_GOV_KIND_END = re.compile(rf"的(?:{_alternation(GOV_DOCUMENT_KINDS)})$")


_COVER_TITLE_LINES = 4  # lines a report's cover sets its title over
_COVER_TITLE_PART = 30  # characters of one of them
_REPORT_END = re.compile(r"(?:报告|报告书)$")


def _cover_title_lines(lines: list[str], i: int) -> int:
    """How many lines the title at the top of a report's cover is set over: the text's first lines, each short with no
    punctuation, the last ending in 报告 and none before it in a document's kind, none an organisation's name alone
    (an investigation report's cover: the line, the place, the kind of report; dev-retired33 s36h_03). 1 if not so."""
    if any(x.strip() for x in lines[:i]):
        return 1
    parts: list[str] = []
    for x in lines[i : i + _COVER_TITLE_LINES]:
        t = x.strip()
        if not 2 <= len(t) <= _COVER_TITLE_PART or re.search(r"[，,。；;：:！？!?]", t) or organisation_name(t):
            return 1
        parts.append(t)
        if _REPORT_END.search(t):
            return len(parts) if not any(_DOCUMENT_KIND_END.search(p) for p in parts[:-1]) else 1
    return 1


# the line under a company's name on a periodic report's cover: the year, the period, the kind ("2018 年第一季度报告",
# "2023年年度报告摘要", "2023 年度第四期超短期融资券募集说明书")
_PERIOD_REPORT = re.compile(
    rf"^(?:19|20)\d{{2}}\s*年\s*度?\s*[{_HAN}A-Za-z0-9\s]{{0,16}}?(?:报告|报告书|报告摘要|募集说明书|说明书)$"
)


def _period_report_after(line: str, after: str) -> bool:
    """Is ``line`` a company's name alone and ``after`` its periodic report's year and kind?"""
    after = after.strip()
    return len(after) <= 30 and bool(_PERIOD_REPORT.match(after)) and bool(organisation_name(line.strip()))


def _report_under_name(lines: list[str], name: str) -> str:
    """The periodic report's year and kind on the cover's first lines, the company's name (if there) just above."""
    head = [x.strip() for x in lines[:_COVER_TITLE_LINES] if x.strip()][:2]
    if head and _squeeze(head[0]) == _squeeze(name):
        head = head[1:]
    return head[0] if head and len(head[0]) <= 30 and _PERIOD_REPORT.match(head[0]) else ""


_ITEM_NUMBER = re.compile(r"^\s*\d{1,4}\s*[.、．]\s*(?=\S)")


def _numbered_item_headline(lines: Sequence[str]) -> str:
    """The headline of a document that opens with an item's number and its headline, then labelled fields of the item
    (its source, its day, one of the two lines under it dated: an archive's item kept as a file): the headline without
    the number, else "". A numbered line anywhere else is a list's item (_LIST_HEAD), and so is one over text."""
    if len(lines) < 2 or not (m := _ITEM_NUMBER.match(lines[0])):
        return ""
    headline = lines[0][m.end() :].strip()
    fields = [parse_info_line(line.strip()) for line in lines[1:3]]
    if not (fields[0] is not None and fields[0].labelled and any(f is not None and f.date for f in fields)):
        return ""
    return headline if _looks_like_headline(headline) else ""


# the words a headline cannot end with: a conjunction, a preposition, the particle 的 ("…往生善道还是", "…坚信儿子在",
# "…加强环境保护的"): a headline's line that ends so is cut, and its end is on the next line
_UNFINISHED_TAGS = frozenset({"c", "p", "uj"})
_HEADLINE_TAIL_MAX = 20  # characters of a wrapped headline's last line


def _headline_goes_on(line: str, after: str) -> bool:
    """Does a headline wrapped over two lines go on in the next: this line stops on a word no headline ends with
    (:data:`_UNFINISHED_TAGS`), the next is a short line with no clause's mark but its own end ("堕恶道呢？", dev
    s41_05: a WeChat post printed to PDF, its headline wrapped at the page's width) and no metadata line?"""
    line, after = line.strip(), after.strip()
    if not (after and len(after) <= _HEADLINE_TAIL_MAX and len(_squeeze(line)) >= 8):
        return False
    if re.search(r"[，,。；;：:！？!?…）)」』”\]】]$", line) or _CLAUSE_MARKS.search(after.rstrip("？！?!。")):
        return False
    tags = segment.tag(line[-8:], hmm=False)
    return bool(tags) and tags[-1][1] in _UNFINISHED_TAGS and parse_info_line(after) is None


def _document_title_goes_on(line: str, after: str) -> bool:
    """Does a document's title go on in the next line: this line opens it ("…关于成立…") without its kind, and the
    next, a short line with no punctuation, ends it with its kind ("…领导小组的通知")?"""
    line, after = line.strip(), after.strip()
    return (
        "关于" in line
        and not _GOV_KIND_END.search(line)
        and not _DOCUMENT_KIND_END.search(line)
        and 2 <= len(after) <= 40
        and not re.search(r"[，,。；;：:！？!?]", after)
        and bool(_GOV_KIND_END.search(after))
        and len(line) + len(after) <= _RUN_IN_MAX * 2
    )


_TIME_IN_LINE = re.compile(r"(?<![\d:：])\d{1,2}[:：]\d{2}(?![\d:：])")
# an archive's own field, one a line (a Markdown list): "- source: 东方财富 public web feed" (a Han name first)
# WeChat's article header in a copy: 原创, the day, the writer (if any), the account
_WECHAT_BYLINE = re.compile(
    rf"^原创\s*(?P<date>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})\s*(?:(?P<writer>[^\s\d]{{1,12}}?)\s+)?"
    rf"(?P<account>[{_HAN}A-Za-z0-9_·]{{2,20}})$"
)


# ...and without 原创, right above the article: the day, the writer, the account (no outlet by its ending, which
# parse_info_line reads)
_WECHAT_HEADER = re.compile(
    rf"^(?P<date>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})\s*(?P<writer>[{_HAN}A-Za-z]{{1,12}})\s+"
    rf"(?P<account>[{_HAN}A-Za-z0-9_]{{2,20}})$"
)


# ...and as WeChat has shown it since 2019: 原创, the writer, the account, the day and time, "发表于" and the place
# ("原创 王五 财经早餐 2024-04-11 08:00 北京", "财经早餐 2024年04月11日 08:00 发表于北京"; an exporter's emphasis
# marks around the time are gone by now); without 原创 it needs its time and the place or 发表于 to be the header.
# WeChat in English says Original and Posted on ("简说Python 2022-05-12 14:03 Posted on 浙江")
_WECHAT_POSTED = re.compile(
    rf"^(?P<original>(?:原创|Original)\s*)?(?:(?P<writer>[^\s\d]{{1,12}})\s+)??(?P<account>[{_HAN}A-Za-z0-9_·]{{2,20}}?)\s*"
    rf"(?P<date>(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日))"
    rf"(?:\s*(?P<time>\d{{1,2}}:\d{{2}}))?(?:\s*(?P<at>发表于|[Pp]osted\s+on)?\s*(?P<place>[{_HAN}]{{2,6}}))?\s*$"
)


# A post's stamp as a copy of its page keeps it on the line right under the headline: the account (after a writer's
# name, or a follow prompt: "点击关注->  安知讯") and the day and minute it was posted, set apart by blanks
# ("信息新安全   2024-12-31 06:27", "关保联盟  关键信息基础设施安全保护联盟   2024-12-03 23:30": dev s38_01-07, WeChat
# posts saved as Markdown). Only there: the same shape down a text is a schedule's line ("会议时间 2024-06-15 09:00")
_POSTED_STAMP = re.compile(
    rf"^(?:(?P<before>[^\s\d][^\s]{{0,19}})\s+)?(?P<account>[{_HAN}A-Za-z][{_HAN}A-Za-z0-9_·]{{1,24}}?)\s*"
    rf"(?P<date>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})\s+\d{{1,2}}:\d{{2}}$"
)


# ...and a word that says what the day is, a blog's stamp label ("发表于 2024-05-01 10:00", "最后更新 …", "Posted …":
# review s38 R3), names no account
_STAMP_LABEL = re.compile(
    r"(?:时间|日期|時間|时刻|時刻|时段|時段)$"
    r"|^(?:最[后後]|最近)?(?:发表|發表|发布|發布|更新|编辑|編輯|修改|修订|修訂|写|寫|创建|創建)(?:于|於)?$"
    r"|^(?:posted|published|updated|last|created|written|modified|edited|on)$",
    re.IGNORECASE,
)


def _posted_stamp(r: _Reading, text: str) -> None:
    """The day and account of a post's stamp under its headline (above), from the text as written (the cleaner may
    have dropped the line with the follow prompts under it)."""
    title = _squeeze(str(r.title.value or ""))
    if not title:
        return
    head = [x.strip() for x in text[:2000].split("\n") if x.strip()][:2]
    if len(head) < 2 or _squeeze(head[0]) != title or len(head[1]) > 80:
        return
    if not (m := _POSTED_STAMP.match(" ".join(head[1].split()))) or not (on := _plain_date(m["date"])):
        return
    if any(_STAMP_LABEL.search(w) for w in (m["account"], m["before"] or "")) or _EVENT_DAY_WORD.search(m["account"]):
        return  # "会议时间 2022-05-12 14:03": a label and the day of what the text announces (review s24 R12)
    r.date.offer(on, 80, "post's stamp")
    account = m["account"]
    if _source_value(account) == account and not _looks_like_person(account):
        r.source.offer(account, _FOLLOWED_ACCOUNT_SCORE, "wechat account")  # (below a closing credit: the original)


# the account's name as a link to nowhere, as a copy of the page keeps it: "[财经早餐](javascript:void(0);)"
_SCRIPT_LINK = re.compile(r"\[([^\[\]]{1,30})\]\(javascript:[^()]*(?:\([^()]*\))?[^()]*\)")


def _wechat_posted(line: str, others: Sequence[str] = (), sites: tuple[str, ...] = ()) -> re.Match[str] | None:
    """The header line WeChat shows under a post's headline ("原创 王五 财经早餐 2024-04-11 08:00 北京"); ``others``
    are the text's lines, ``sites`` the names the page gives itself."""
    m = _WECHAT_POSTED.match(_SCRIPT_LINK.sub(r"\1", line).replace("*", " ").strip())
    if m is None or not (m["original"] or (m["time"] and (m["at"] or m["place"]))):
        return None
    account = m["account"]
    # the account is judged as any source is: a plea is none ("原创 点击蓝字关注我们 …", review s24 R12)
    if _source_value(account) != account or _looks_like_person(account):
        return None
    if m["original"] or m["at"]:
        return m  # WeChat's own marks
    # Without them the line is words, a day, a time and a place, as a schedule's line is ("会议时间 2024-06-15 09:00
    # 北京", "开幕式 …", review s24 R12/R12b): the words are an account only with evidence of a name: a writer's
    # name before them (WeChat's order), an outlet's or an organisation's name by the tables or the page, or the name
    # alone on another line (the account's card after the post). A medium's word opening the words is none: an
    # event's line opens so too ('新闻发布会 2024-06-15 10:00 北京', review s24 R12b, s25 R5)
    writer = m["writer"] or ""
    return (
        m
        if (
            (writer and re.fullmatch(_NAMES, writer) and not _ROLE.match(writer) and _looks_like_person(writer))
            or _org_evidence(account, sites)
            or any(_squeeze(x) == _squeeze(account) for x in others if x.strip() != line.strip())
        )
        else None
    )


def _issue_headline(lines: list[str], i: int) -> tuple[dt.date, str] | None:
    """The text's first line naming a programme or a series and its issue's date ("新闻联播 2026-06-10", "外交部例行
    记者会 2024-10-17"): a headline, though it has a date line's shape ("人民日报 2024-05-06"), when what the date
    follows names no outlet, office or person (_headline_candidates reads the issue's date from it)."""
    if any(x.strip() for x in lines[:i]):
        return None
    m = _DATE_LINE.match(line := lines[i].strip())
    name = (m["outlet"] or "") if m else ""
    if (
        m
        and not m["source"]
        and len(re.findall(f"[{_HAN}]", name)) >= 4
        and parse_info_line(line) is None
        and not _org_evidence(name, ())
        and not _looks_like_person(name)
        and (on := _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day"))
        and plausible(on[0])
    ):
        return on
    return None


# a record's source field that says how it was collected, not by whom: a pipeline's or a form's word
_PIPELINE_WORD = re.compile(
    r"^(?:auto|automatic|manual|rss|atom|feed|api|spider|crawler|scraper|import|imported|default|system|null|none|"
    r"undefined|unknown|n/?a|other|original|[-_?]+)$",
    re.IGNORECASE,
)
# a government site's own word after its office's name: "湛江市人民政府门户网站", "某某局政府信息公开网"
_PORTAL_WORD = re.compile(r"(?:门户网站|門戶網站|政府信息公开网|信息公开网|官方网站|官网|网站|網站|网|網)$")
_TITLE_OWNER_SCORE = 30


def _office_part(part: str) -> str:
    """The office a headline's separated part names, as a page's <title> names its site's owner: "哈尔滨市人民政府",
    "重庆市商务委员会", "湛江市人民政府门户网站" (the office's portal)."""
    if len(part) > _ORG_VALUE_MAX or not part:
        return ""
    if name := organisation_name(part):
        return name
    if (m := _PORTAL_WORD.search(part)) and m.start() >= 3:
        return organisation_name(part[: m.start()])
    return ""


def _headline_and_owner(line: str, site: str) -> tuple[str, str]:
    """A document's headline line as a page's <title> copied into it (a scraper's Markdown H1): the headline without
    the site's or its office's name after it ("标题_湛江市人民政府门户网站", "标题 - 重庆市商务委员会") or before it
    ("河南省商务厅-标题…公告"), and the office so named. Only a name an office's ending makes one, and only when at
    least a long headline is left (12 Han characters): a headline's own short last part stays."""
    head = _without_site_tail(line, site)
    if head != line:
        return head, ""
    pieces = _TITLE_SEP_KEEP.split(line[: _ORG_VALUE_MAX * 4])
    if len(pieces) != 3:
        return line, ""
    first, last = pieces[0].strip(), pieces[2].strip()
    if (office := _office_part(last)) and len(_HAN_CHAR.findall(first)) >= 12 and not _office_part(first):
        return first, office
    if (
        (office := _office_part(first))
        and len(_HAN_CHAR.findall(last)) >= 12
        and pieces[1].strip() in ("-", "－", "–", "—", "|", "｜")
        and _DOCUMENT_KIND_END.search(last)
    ):
        # (only over the office's own document, "…征集公告": "国家发改委｜今年将新增…" heads a paper's report on the
        # office, review s32 R1)
        return last, office
    return line, ""


def _without_site_tail(line: str, site: str) -> str:
    """A headline line that ends in the site's name after a separator, as a page's <title> does
    (an archive's linked headline is the <title>: "标题 – 法国国际广播电台 - RFI"): the headline.
    Only when a part peeled off is an outlet the table knows or the site's own name, so that a
    headline's own last part ("… - 新进展", "… | iPhone 15") stays."""
    pieces = _TITLE_SEP_KEEP.split(line)  # text, separator, text, ...
    named = False
    while len(pieces) > 1:
        part = pieces[-1].strip()
        if _is_outlet(part) or (site and part == site):
            named = True
        elif not (_SITE_PART.search(part) or _bilingual_site(part)):
            break
        pieces = pieces[:-2]
    head = "".join(pieces).strip()
    return head if named and len(_squeeze(head)) >= 6 else line


# a lead's first words, its day: "2021年1月4日，", "2021年1月4日上午，"
_LEAD_DAY = re.compile(
    r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[上中下]午|晚上?|凌晨|早上|傍晚|清晨)?\s*[，,]"
)


def _lead_day(text: str) -> tuple[dt.date, str] | None:
    if (t := _LEAD_DAY.match(text)) and (parsed := _safe_date(int(t[1]), int(t[2]), int(t[3]), "day")):
        return parsed if plausible(parsed[0]) else None
    return None


# where a dateline run into the headline's line may start, at most (a headline and its deck), and the least headline
_SEAM_REACH = 90
_SEAM_HEAD = 6
_SEAM_WINDOW = 300  # characters a dateline is read in, from each start
_SEAM_TITLE = 45  # below a page's own headline (<h1>, <title>: 50 and more), above a title made from the lead
# a dateline glued to the words before it must carry its full day ("…互摸新浪娱乐讯2008年11月30日"); after a blank,
# the outlet's name and 讯 or 电 are enough ("…机会 新浪体育讯 穆里尼奥…")
_SEAM_DAY = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _seam_outlet(name: str) -> bool:
    """An outlet the table knows, by its name or as a known brand's channel ("新浪娱乐", "新浪体育": 新浪's)."""
    return (
        _named_outlet(name)
        or names_known_outlet(name)
        or any(outlet_named(name[:n]) is not None and _CHANNEL_END.fullmatch(name[n:]) for n in range(2, len(name) - 1))
    )


def _dateline_seam(line: str) -> int:
    """Where a dateline of a known outlet starts inside the lead's line, after a headline run into it: a start after a
    blank, or glued with the full day after it; the words before it no sentence (no 。) and no 据 (a relay's "据新华社
    电" is the text's). 0 when there is none."""
    line = line.strip()
    for k in range(_SEAM_HEAD, min(len(line), _SEAM_REACH)):
        if line[k - 1] == "。":
            return 0  # the headline has ended in a sentence: the text has begun
        # (a dateline is short: each start reads a window, not the rest of the line - a 1 MB line took minutes)
        if line[k - 1] == "据" or not (m := _dateline(line[k : k + _SEAM_WINDOW])):
            continue
        outlet = re.split(r"[、和]", m.groupdict().get("outlets") or "")[0]
        if not outlet or _is_self(outlet) or not _seam_outlet(outlet):
            continue
        if line[k - 1].isspace() or _SEAM_DAY.match(line, k + m.end()):
            return k
    return 0


def _dateline_candidates(r: _Reading, raw_tail: str, body: str, path: str = "") -> None:
    """The dateline in the first paragraphs ("新华社北京5月6日电"): its outlet, reporter and day. A day with no year
    and no year in the text takes the year of a full date in the file's name near it (an archive's day file,
    "20191026-01-05.txt" for "新华社北京10月25日电"): the name anchors the year, the day is the dateline's."""
    lines, title, date, source = r.lines, r.title, r.date, r.source
    r.lead_index = next((i for i, line in enumerate(lines) if i not in r.used and len(line) >= 30), None)
    r.roc = roc = _ROC_CODE.search(raw_tail)
    for i, line in enumerate(lines[: _HEADER_LINES + 6]):
        m = _dateline(line)
        if not m and i == r.lead_index and (head := run_in_headline(line)) and line.strip().startswith(head):
            # a headline run into the lead's own dateline ("…开展震区灾情侦察中新网成都6月18日电 (…)记者…"): the
            # dateline read from the seam
            if m := _dateline(seamed := line.strip()[len(head) :].lstrip()):
                line = seamed
        if not m and i == r.lead_index and (seam := _dateline_seam(line)):
            # ...or a headline (and its deck) run into a dateline the headline shares no words with: "组图：彭于晏聊
            # 《女人不坏》与高以翔男人互摸新浪娱乐讯2008年11月30日，…" (a news corpus's record, dev s30_01), "…没有任何
            # 机会 新浪体育讯 穆里尼奥…" (a page's text copied whole, dev-retired28 s31h_08)
            head, line = line.strip()[:seam].strip(), line.strip()[seam:]
            m = _dateline(line)
            if len(head) <= _TITLE_MAX and _looks_like_headline(head):
                title.offer(clean_title(head), _SEAM_TITLE, "headline run into a dateline")
        if not m and (wire := _dash_dateline(line)):
            r.lead_index = i
            source.offer(wire[0], 80, "dateline")
            year = infer_year((title.value or "") + "\n" + body, (title.value or "") + "\n" + line)
            year = _after_told_events(year, wire[1], wire[2], body)
            if year and (parsed := _safe_date(year, wire[1], wire[2], "day")) and plausible(parsed[0]):
                date.offer(parsed, 45, "dateline, year from the text")
            break  # the dateline stays: part of the lead as published
        if not m and (a := _PAREN_AUTHORS.match(line)) and (told := _lead_day(line[a.end() :])):
            # "（记者 李华）2024年3月8日，…": a lead opening with its byline, then its day
            r.authors += _split_names(a["names"])
            date.offer(told, 60, "day after the dateline")
            break
        if not m:
            continue
        r.lead_index = i
        groups = m.groupdict()
        # "据新华社拉萨电": 据 (according to) is no part of the outlet's name
        outlets = [re.sub(r"^据(?=..)", "", o) for o in re.split(r"[、和]", groups["outlets"] or "") if o]
        if outlets and (place := groups.get("place") or "") and re.fullmatch(OUTLET_END, place):
            # "证券时报网讯", "北京日报客户端2021年…讯": the shortest outlet is cut inside the name, its end read as
            # a place
            outlets[0] += place
        if outlets and _is_self(outlets[0]):
            # "本报讯": the paper itself, named by the page, else by its address (a record's link)
            # (a record's or an entry's own link; a page's canonical may be a portal's copy)
            source.offer(r.site_outlet or _host(r.link), 79, "dateline (本报)")
        elif outlets and (named := _source_value(outlets[0])):
            source.offer(named, 80, "dateline")  # "看中国2005年07月03日报道": the name before its date
        if groups.get("names"):
            r.authors.append(groups["names"])
        # 【看中国2005年07月03日报道】, 【大纪元2024年5月6日讯】: a dateline that carries its full date
        if (full := _DATE_ANY.search(m.group(0))) and (parsed_full := _parse_date_token(full)):
            date.offer(parsed_full, 80, "dateline's own date")
        rest = line[m.end() :]
        if (own := _DATE_TOKEN.match(rest.strip(" \u3000"))) and (parsed_own := _parse_date_token(own)):
            # "【新华日报】2022年2月13日": the outlet's tag, then its date and nothing else: the line is a date line
            date.offer(parsed_own, 80, "dateline's own date")
        if a := _PAREN_AUTHORS.match(rest):
            r.authors += _split_names(a["names"])
            rest = rest[a.end() :]
        elif rep := _REPORTER.search(rest[:20]):
            r.authors.append(rep["name"])
            rest = rest[rep.end() :]
        month, day = groups.get("month"), groups.get("day")
        if not day and not full and m.group(0).endswith(("讯", "电")):
            # "证券时报网讯 记者 李华 2024年3月8日" (the rest of the line a byline and its day), "奉贤新城讯
            # 2025年12月3日，…", "新民晚报讯（记者 王明）2021年1月4日上午，…": the day right after a dateline
            # that has none is the report's (a date opening a later sentence may be narration: _TOLD_DATE; and
            # after a bracketed tag, "【新华日报】2021年5月1日，…", it is narration too, as before)
            after = rest.strip(" \u3000")
            if (info := parse_info_line(after)) and info.date and not info.updated:
                date.offer(info.date, 70, "dateline's byline")
                r.authors += [n for n in info.authors if n not in r.authors]
            elif told := _lead_day(after):
                date.offer(told, 60, "day after the dateline")
        if day and not day.isdigit():
            # "（法新社巴黎二日电）": the day in Chinese numerals, as older wires write it
            day = str(_cn_number(day) or "")
        if not month and (t := re.match(r"\s*(\d{1,2})月(\d{1,2})日", rest)):
            month, day = t[1], t[2]
        if day:
            if roc and (not month or int(month) == int(roc["m"])) and int(day) == int(roc["d"]):
                parsed = _safe_date(int(roc["y"]) + 1911, int(roc["m"]), int(roc["d"]), "day")
                if parsed and plausible(parsed[0]):
                    date.offer(parsed, 79, "dateline and date code")
            elif month:
                year = infer_year((title.value or "") + "\n" + body, (title.value or "") + "\n" + line)
                year = _after_told_events(year, int(month), int(day), body)
                parsed = _safe_date(year, int(month), int(day), "day") if year else None
                if anchored := _address_year(int(month), int(day), r):
                    # the item's own address dates it ("…/content/202607/04/…" under "本报北京7月3日电"): the year that
                    # puts the dateline's day nearest the address's day, never another year the text mentions (a
                    # policy's "自2027年1月1日起" in the lead, dev-retired35 s38h_01 #3); below the address's own day
                    # (41-42: a paper prints the day after its dateline, dev-retired23 s26h_05), as a file name's is
                    date.offer(anchored, 39, "dateline, year from the address")
                if parsed and plausible(parsed[0]) and (not anchored or anchored[0].year == parsed[0].year):
                    date.offer(parsed, 45, "dateline, year from the text")
                elif not year and (anchored := _name_year(int(month), int(day), path)):
                    # (below a full date of the address, 41-42, and a headline's own day, 40: a day written whole
                    # says more than a yearless one the name anchors; above an address's month, 37-38)
                    date.offer(anchored, 39, "dateline, year from the file's name")
        break  # the dateline itself stays: it is part of the lead as published
    else:
        _lead_opening(r)


# the lead opening with the outlet's name alone in brackets, then its first sentence: "（德国之声中文网）新冠疫情爆发
# 以来，…" (dev-retired30 s33h_09): the outlet's own credit, as "…上升了39%。（卫星新闻）" closing it is
# ...or its name and the word for its news, before the paper it relays: "（亚太快讯消息）《每日新闻》纽约报导：…"
# (a Tokyo Chinese site's lead, dev s40b_14)
_LEAD_OUTLET = re.compile(
    rf"^\s*[(（](?P<outlet>[{_HAN}A-Za-z0-9]{{2,12}}?)(?P<news>消息|讯|訊)?[)）](?=\s?[{_HAN}“「《])"
)
# ...or opening with the day it tells of, in the place's own time: "当地时间2018年2月10日，外交部发言人…" (a report from
# abroad dates its lead so: dev-retired30 s33h_08); weak, below any date a page or a line gives
_LOOKED_BACK = re.compile(r"周年|[年载](?:过去|過去|之后|之後|后|後)|回望|回顾|回顧|纪念|紀念|至今|如今")
_LEAD_LOCAL_DAY = re.compile(r"^\s*(?:当地时间|當地時間)\s*(?=(?:19|20)\d{2}\s*年)")


# ...or opening with the outlet's name and its stamp glued to the byline and the first words: "MoneyDJ新聞2024-02-02
# 12:48:38記者 郭妍希 報導南韓記憶體大廠…" (a scraped row's header run into its text: dev s32_08)
_LEAD_STAMP = re.compile(
    rf"^\s*(?P<outlet>[{_HAN}A-Za-z][{_HAN}A-Za-z0-9]{{1,13}}?)\s?(?P<date>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})"
    r"\s?\d{1,2}:\d{2}(?::\d{2})?\s?(?=记者|記者)"
)


def _lead_opening(r: _Reading) -> None:
    """A lead with no dateline: the outlet or the day its first words name (see above)."""
    if r.lead_index is None:
        return
    lead = r.lines[r.lead_index]
    if (
        (m := _LEAD_STAMP.match(lead))
        and (_named_outlet(m["outlet"]) or names_known_outlet(m["outlet"]))
        and (parsed := _compact_or_plain_date(m["date"]))
    ):
        r.source.offer(m["outlet"], 80, "outlet and stamp opening the lead")
        r.date.offer(parsed, 70, "outlet and stamp opening the lead")
    if (
        (m := _LEAD_OUTLET.match(lead))
        and (
            _named_outlet(m["outlet"])
            or names_known_outlet(m["outlet"])
            or (m["news"] and not _looks_like_person(m["outlet"]) and not _GENERIC_SOURCE.match(m["outlet"]))
        )
        and not _is_self(m["outlet"])
    ):
        # ("（亚太快讯消息）" is a dateline's credit, "X讯": trusted as one, whatever the name's shape)
        r.source.offer(m["outlet"], _CLOSING_OUTLET_SCORE, "dateline" if m["news"] else "lead's opening outlet credit")
    # (the lead, or a line of the three after it: a summary box or an 原标题 line may stand before it); not when the
    # text looks back from a later day (an anniversary piece or a retrospective opens on the day it recalls:
    # "当地时间2001年9月11日上午，…二十年过去" under "九一一事件二十周年": review s35 R3)
    if _LOOKED_BACK.search((r.title.value or "") + "\n" + "\n".join(r.lines[: r.lead_index + 12])):
        return
    for line in r.lines[r.lead_index : r.lead_index + 4]:
        if (m := _LEAD_LOCAL_DAY.match(line)) and (told := _lead_day(line[m.end() :])):
            r.date.offer(told, 30, "lead's day in local time")
            break


# a date that opens a sentence and is followed by its comma tells what happened then
# ("2018年10月23日，李志宣布…"): narration, of a day before the report. Not a date announced
# for later ("2024年6月1日，条例将正式施行"): its clause says so (将, 拟, 预计, 起…). Spaces, not
# \s: a run of blank lines must not be rescanned from each of its starts.
_TOLD_DATE = re.compile(
    r"(?:^|[。！？；\n])[ \t\u3000]*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*[，,]([^。！？；\n]{0,60})"
)
_ANNOUNCED = re.compile(r"将|拟|预计|计划|有望|届时|施行|实施|生效")


def _after_told_events(year: int | None, month: int, day: int, body: str) -> int | None:
    """A dateline's month and day (4月12日) with the year the text suggests: not a year that
    would date the report before a day it narrates (a report of 4月12日 telling what happened on
    2018年10月23日 is of 2019, not of 2018 — the year the text mentions most)."""
    if year is None:
        return None
    told = [
        _safe_date(int(y), int(m), int(d), "day")
        for y, m, d, clause in _TOLD_DATE.findall(body[:20000])
        if not _ANNOUNCED.search(clause)
    ]
    latest = max((t[0] for t in told if t and plausible(t[0])), default=None)
    if latest is None or (year, month, day) >= (latest.year, latest.month, latest.day):
        return year
    return latest.year if (month, day) >= (latest.month, latest.day) else latest.year + 1


def _digest_candidates(r: _Reading) -> None:
    """A digest or transcript: its stories each open with the same outlet's dateline
    (央视网消息（新闻联播）：… fifteen times), though none stands at the top."""
    if r.source.score >= 55:
        return
    openers: dict[str, int] = {}
    for line in r.lines[:_DIGEST_LINES]:
        if (m := _dateline(line)) and (outlet := re.split(r"[、和]", m["outlets"] or "")[0]):
            if not _is_self(outlet):
                openers[outlet] = openers.get(outlet, 0) + 1
    if openers and (top := max(openers, key=openers.__getitem__)) and openers[top] >= _DIGEST_MIN:
        r.source.offer(top, 55, "repeated dateline")


# a credit that opens one item of a compilation: "【新华社】…", "新华社北京4月10日电 …", "来源：路透社", "（来源：X）"
# an item's source field's value: a name up to a blank, a colon or a bracket
_ITEM_SOURCE = re.compile(r"[^\s:：()（）]{2,20}")
_ITEM_PROSE = 20  # Han characters of an item's own text between two credits
# where the page itself names its source: kept when the text is a compilation of other outlets' stories
_DECLARED = frozenset({"front matter", "feed channel", "address", "copyright", *(k for k, _ in _META_SOURCES)})


_ITEM_CREDIT_TAIL = 60  # characters at a long item's end where its bracketed credit is read


def _item_source(line: str) -> tuple[int, int, str] | None:
    """A source field an item's line opens with ("来源：新华社 …", "（来源：新华社）…") or closes on in brackets
    ("…（来源：新华社）"), read by the one table's labels (fields.info_labels): the span of the credit, the name."""
    labels = [x for x in info_labels(line) if x.field == "source"]
    if len(line) > WINDOW:
        # a long item's closing credit ("…（来源：人民日报）") past the labels' window: its last characters are read too
        # (bounded: a credit's bracket, label and name; review s45 R8)
        at = len(line) - _ITEM_CREDIT_TAIL
        tail = [x for x in info_labels(line[at:]) if x.field == "source"]
        labels += [replace(x, start=x.start + at, end=x.end + at) for x in tail]
    if not labels:
        return None
    first, last = labels[0], labels[-1]
    if not line[: first.start].strip(" \t\u3000(（") and (m := _ITEM_SOURCE.match(line, first.end)):
        return 0, m.end(), m[0]
    if (
        line[: last.start].rstrip(" \t\u3000").endswith(("(", "（"))
        and (m := _ITEM_SOURCE.match(line, last.end))
        and re.fullmatch(r"\s*[)）]\s*", line[m.end() :])
    ):
        return len(line[: last.start].rstrip(" \t\u3000")) - 1, len(line), m[0]
    return None


def _item_credits(lines: list[str]) -> list[tuple[str, int, int, int, str]]:
    """Each outlet a line credits as its item's (form, line, start, end, outlet): a dateline or a bracketed tag, a
    source field at the line's start or end (_item_source), or the table's outlet alone on its line (a digest's
    heading per story)."""
    found = []
    for i, line in enumerate(lines[:_DIGEST_LINES]):
        if m := _dateline(line):
            outlet = re.sub(r"^据(?=..)", "", re.split(r"[、和]", m["outlets"] or "")[0])
            if outlet and not _is_self(outlet):
                found.append(("dateline", i, m.start(), m.end(), outlet))
            continue
        if (credit := _item_source(line)) and (named := _source_value(credit[2])):
            found.append(("label", i, credit[0], credit[1], named))
            continue
        bare = line.strip(" #*\u3000")
        if len(bare) <= 12 and (_squeeze(bare) in known_outlets() or bare in _aliases()):
            found.append(("alone", i, 0, len(line), bare))
    return found


def _compilation_outlets(lines: list[str]) -> set[str]:
    """The outlets a compilation credits, item by item (a 参考消息-style digest: "【新华社】…", then "【路透社】…"):
    two different outlets credited the same way (two datelines, two 来源 labels, two names alone on their lines),
    each over its own text (an item's prose stands between the two credits). Neither is the compilation's source.
    An article credits one: its 来源 line and a dateline over the same lead (来源：人民日报 / 新华社北京电 …) are
    two ways, and a paper's name closing the text (南方网讯 … 南方都市报) another."""
    found = _item_credits(lines)
    for form in ("dateline", "label", "alone"):
        same = [c[1:] for c in found if c[0] == form]
        if len({_squeeze(c[3]) for c in same}) < 2:
            continue
        for (i, _, end, a), (j, start, _, b) in zip(same, same[1:], strict=False):
            if _squeeze(a) == _squeeze(b):
                continue
            between = lines[i][end:] + "".join(lines[i + 1 : j]) + lines[j][:start] if i != j else lines[i][end:start]
            if len(_HAN_CHAR.findall(between)) >= _ITEM_PROSE:
                return {_squeeze(c[3]) for c in same}
    return set()


def _drop_compiled(r: _Reading) -> None:
    """A compilation's source is what the page declares (front matter, meta, address), never one of the outlets
    its items credit (precision first: none rather than the first item's outlet)."""
    compiled = _compilation_outlets(r.lines)
    if not compiled:
        return
    r.source = _kept(r.source, lambda value, origin: origin in _DECLARED or _squeeze(str(value)) not in compiled)
    # ...and its first item's dateline dates that item, not the compilation (its heading's day does)
    r.date = _kept(r.date, lambda value, origin: "dateline" not in origin)


def _kept(best: _Best, keep: Callable[[Any, str], bool]) -> _Best:
    """``best`` with only the offers ``keep(value, origin)`` keeps, in the order they were offered."""
    kept = _Best()
    for score, _, value, origin in sorted(best.offers, key=lambda t: -t[1]):
        if keep(value, origin):
            kept.offer(value, score, origin)
    return kept


def _credit_outlet(name: str) -> str:
    """The outlet a reporter's credit names before 记者: a name shaped as an outlet's ("总台", "新华社") or one the
    outlet table knows by any of its names ("央视"); else the known name it ends with, after the desk or station
    word before it ("总台央视": 央视, the station's short name). "" when none."""
    if _is_outlet(name) or names_known_outlet(name):
        return name
    for k in (1, 2):
        if len(name) - k >= 2 and names_known_outlet(name[k:]):
            return name[k:]
    return ""


def _bracketed_credit(inner: str) -> str:
    """The outlet a closing bracket names: the bracket's words, or the outlet the copy's note in it names
    ("（本文出自中国教育报）", "(本文来自澎湃新闻)": 中国教育报, 澎湃新闻; a note naming none gives none). The
    note's words are never a name, though "…出自中国教育报" ends as a paper's does (dev-retired37 s40h_06; the
    note closes dev s7_29 and dev-retired31 s34h_05 too, after a clause of its own)."""
    if _ORIGINAL_AT.match(inner) or _REPUBLISHED.match(inner):
        return _original_outlet(inner)
    return inner


_INNER_SIGNATURE_SCORE = 45  # below any date a line, a field or the page gives; over a document number's year
_SIGNERS_MAX = 12  # the names of a joint notice's issuers, one a line, at most


def _inner_signature(lines: list[str]) -> tuple[dt.date, str] | None:
    """The day a signature block inside the text gives: a line that is a full day alone, the lines above it (blank
    lines passed over) each an organisation's name (_signer), and above them a sentence's end. None if none."""
    for k, line in enumerate(lines[:_DIGEST_LINES]):
        bare = line.strip()
        if not (6 <= len(bare) <= 16 and bare.endswith("日")) or k < 2:
            continue
        info = parse_info_line(bare)
        if info is None or info.date is None or info.date[1] != "day" or info.source or not plausible(info.date[0]):
            continue
        above = [j for j in range(k - 1, max(-1, k - 3 * _SIGNERS_MAX), -1) if lines[j].strip()]
        signers = 0
        for j in above:
            if signers < _SIGNERS_MAX and _signer(lines[j]):
                signers += 1
                continue
            if signers and _SENTENCE_END.search(lines[j].rstrip()[-1:]):
                return info.date
            break
    return None


def _closing_candidates(r: _Reading) -> None:
    """The end: a reporter's closing credit, a closing "（完）date", a signature block
    (issuer + date), a source or republication note, a date code, a document number."""
    lines, used, date, source, sites = r.lines, r.used, r.date, r.source, r.sites
    # "…起到极大推动作用。（总台记者 张倩）": the reporter's credit closing the article names its outlet
    last = next((line for line in reversed(lines) if line.strip()), "")
    last = _TRAILING_LINK.sub("", last[-160:])
    if (m := _CLOSING_CREDIT.search(last[-40:])) and (credited := _credit_outlet(m["outlet"])):
        source.offer(credited, 60, "closing credit")
    elif (
        (m := _CLOSING_OUTLET.search(last[-40:]))
        and (credited := _bracketed_credit(m["outlet"]))
        and (_named_outlet(credited) or names_known_outlet(credited))
        and not _is_self(credited)
    ):
        # "…上升了39%。（卫星新闻）": a flash or a brief closes on the outlet it is taken from, in brackets after its
        # last sentence (an aggregator's item credits its outlet so): the item's own word on whose text it is
        source.offer(credited, _CLOSING_OUTLET_SCORE, "closing outlet credit")
    elif (
        (m := _CLOSING_NOTE.search(last[-60:]))
        and (_named_outlet(m["outlet"]) or names_known_outlet(m["outlet"]))
        and not _is_self(m["outlet"])
    ):
        source.offer(m["outlet"], _CLOSING_OUTLET_SCORE, "closing source note")
    # (a credit, not a sentence: no full stop after the verb, and a name before it, no clause with its own time or
    # verb: "据悉，新款车型将于下月隆重推出。" presents a launch, names no publisher: review s35 R4)
    if (
        not last.rstrip().endswith(("。", "."))
        and (m := _PRESENTED_BY.match(_LAST_CLAUSE.split(last.strip())[-1].strip()))
        and not _CLAUSE_WORD.search(m["who"])
        and not (_looks_like_person(m["who"]) or _is_self(m["who"]))
    ):
        source.offer(m["who"].strip(), _PRESENTED_SCORE, "closing presenter's credit")
    if last.strip() and parse_info_line(last.strip(), sites) is None and (signature := signature_day(last)):
        # "…认真落实本意见。国 务 院 二○一一年十月十七日": a document's signature run into its last line (a plain text
        # keeps no line of its own for it): the issuer and the day it was signed, as a signature block's own lines
        signer, day = signature
        date.offer(day, 70, "signature")
        if signer:
            source.offer(signer, 64, "signature")
    tail_start = max(0, len(lines) - 6)
    last_k = len(lines) - 1 - sum(1 for x in reversed(lines) if not x.strip())  # (once: the loop asked it each line)
    for k in range(len(lines) - 1, tail_start - 1, -1):
        if k in used or k in r.listed:  # (a list page's last item is no closing line: _listed_items)
            continue
        line = lines[k].strip()
        info = parse_info_line(line, sites)
        if info is None and (note := _SOURCE_NOTE.match(line)) and (named := _source_value(note["source"])):
            # "（本文来源：经济日报 作者：…研究员徐占忱）": the article's own word on where it
            # comes from, over the platform account that posted it (sohu's mediaid)
            source.offer(named, 80, "closing source note")
            continue  # the note stays in the text: it names the author too
        # "原文刊於《明報》", "本文获授权转载自端传媒", "作者為評論員，原文刊於《明報》。" (the line's last clause),
        # "原文連結：https://www.hk01.com/…" (the outlet the address is): where the text was published first
        # (on a page, as before: a note a date line reads is a closing line's)
        if (info is None or r.carried) and (
            named := (
                _republished_outlet(line)
                or _republished_outlet(_LAST_CLAUSE.split(line.rstrip("。.）)"))[-1])
                or _original_address_outlet(line)
                or _original_outlet(line)
            )
        ):
            # stays in the text: the reader sees it; over a feed's channel (the carrier), as on a page before (an
            # account named with its id is one as the platform names it)
            note = "wechat account" if _account_by_id(line) == named else "republication note"
            source.offer(named, _REPUBLISHED_SCORE if r.carried else 76, note)
            if info is None:
                continue
        elif r.carried and info is not None and info.source and not info.date and _SOURCE_LEAD.match(line):
            # "转载自：众新闻", "来源：明报" closing the text: its labelled word on whose text it is, over a feed's
            # channel (a dated one is a related item's line; "感谢 jeecms 投递这篇资讯" thanks a contributor)
            source.offer(info.source, _CHANNEL_SCORE + 0.8, "closing source note")
        if (
            info is None
            and k == last_k  # (the text's last line)
            and len(line) <= _CLOSING_CREDIT_MAX
            and (credit := _BYLINE.match(_CLOSING_MARKS.sub("", line)))
            and credit["outlet"]
            and credit["names"]
            and _is_outlet(credit["outlet"])
        ):
            # "新华社记者王海权、张侨北京报道。（完）": the reporters' credit closing a wire's text, as a byline opening
            # it reads (dev-retired36 s39h_05): their outlet
            source.offer(credit["outlet"], 60, "closing credit")
        if info is not None and info.authors and not r.authors:
            r.authors += info.authors  # "红星新闻记者 叶燕 宋嘉问": the reporters credited at the end
        if info is None or not (info.date or info.source):
            continue
        date.offer(
            info.date, (70 if info.closing or not info.source else 68) - _UPDATED_PENALTY * info.updated, "closing line"
        )
        if info.source:
            # "时间：2015年12月31日 08:12:35 中财网" over the text, "来源：《每日经济新闻》" under it (dev s39b_08): a
            # bare name on the date line is the site carrying the text; a labelled credit at its foot names whose it is
            relayed = source.origin == "header line" and info.source_labelled and _named_outlet(info.source)
            relayed = relayed and _squeeze(info.source) != _squeeze(str(source.value))
            source.offer(info.source, source.score + 1 if relayed else 62, "closing line")
        elif k > 0 and (signer := _signer_lines(lines, k - 1)):
            source.offer(signer, 64, "signature")
            # a signature block (the issuer over its signing day) is the document's own end: read, and left in the
            # text a reader sees (tester s23 T3b/T3c, s24 T21, s25 T5: the issuers and the day were dropped)
            break
        used.add(k)
        if info.date:
            break
    if date.score < _INNER_SIGNATURE_SCORE and (signed := _inner_signature(lines)):
        # a notice that forwards its attachment (印发…的通知) signs before it: its signature block stands inside the
        # text, the signers' names over the day, under the notice's last sentence (dev-retired41 s44h_03 #2)
        date.offer(signed, _INNER_SIGNATURE_SCORE, "signature block in the text")
    if r.roc:
        parsed = _safe_date(int(r.roc["y"]) + 1911, int(r.roc["m"]), int(r.roc["d"]), "day")
        if parsed and plausible(parsed[0]):
            date.offer(parsed, 64, "date code")
    if r.doc_year and MIN_YEAR <= r.doc_year <= _THIS_YEAR + 1:
        date.offer((dt.date(r.doc_year, 1, 1), "year"), 20, "document number")


# An office's document names its issuer in fields of its own: a budget's 预算主管部门 and 编制部门, a form's 填报单位,
# a site's 主办单位 (the site's owner: its footer says so), a notice's 发文单位 (the labels the info-line reader reads
# as a source line are read again here: a PDF's cover may hold two fields on one line)
# where a document's title names its issuer: before a year ("某县人民政府2023年政府信息公开工作年度报告"),
# before 关于 ("XX局关于…的通知"), before the kind of a budget ("2024年XX局部门决算")
_TITLE_ISSUER_END = re.compile(r"(?:19|20)\d{2}\s*年|关于|(?:部门|单位)(?:预算|决算)|政府信息公开")
_TITLE_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?\s*")
# "国民党团-大型龙舟赛冠军1万，选手傻眼！…": a release's title opens with its issuer's name, set off by a dash or a bar
# before the headline (a colon is not: "外交部：…" is a headline quoting a spokesman, in anyone's paper)
_TITLE_ISSUER_PREFIX = re.compile(rf"^(?P<name>[{_HAN}]{{3,20}})\s*[-－–—|｜]\s*(?=[^\s\-－–—|｜])")
_ISSUED_BY = re.compile(r"^(?P<name>\S.{1,30}?)\s+(?:发布|發布|印发|印發)$")
_COVER_LINES = 8  # a document's first lines, its cover: the issuing body's name alone on one of them
_INITIALS_AFTER = re.compile(rf"^(?P<name>[{_HAN}]{{2,30}})\s+[A-Z]{{2,8}}$")  # "機電工程署 EMSD" (after conversion)
_ISSUER_SCORES = {
    "labelled issuer": 72,  # a field that says whose document it is, in the document's first lines
    "labelled issuer at the end": 62,
    "cover line": 58,  # below an issuer line the header reads (60) and a signature (64)
    "issuer in the title": 46,
    "site's labelled owner": 36,  # 主办单位 in a page's footer: the site's, above the site's own name (35)
    # ...but below an outlet's own name in the <title> (33): a local news portal's footer names its supervising office
    # (主办单位：中共温州市委宣传部 under "…_温州网": review s18 R17)
    "labelled owner of an outlet's site": 32,
}
# (a "host" field, 主办单位, names whose event or whose site it is, not whose document: in an article's text it is the
# organiser of the event it reports (review s18 R16); only the page's footer reads it, as the site's owner)
_ISSUER_VALUE_MIN = 4  # characters of an office's name, at least
_ISSUER_VALUE_END = re.compile(r"[\s:：|｜，,。；;]")  # where an office field's name ends


# a document's kind ending its title: a year before it is a document's ("…2023年政府信息公开工作年度报告"), not a
# news headline's ("中国银行2023年净利润增长5%", "北京大学2024年录取分数线公布": review s18 R15, where the refused
# candidate hid the site's name)
_DOCUMENT_KIND_END = re.compile(
    r"(?:报告|预算|决算|要点|计划|总结|方案|规划|通知|公告|通告|决定|意见|办法|细则|公报|名单|说明|目录)\s*$"
)


# general offices that issue a notice together, glued in its title before 关于 ("人力资源社会保障部办公厅国家发展
# 改革委办公厅财政部办公厅…关于…的通知"): each name ends in 办公厅 (办公室); the first named leads (dev s38_11 #2,
# #3). Not other endings: "国家税务总局北京市税务局" is one bureau, the national one's local office
_JOINT_END = re.compile(r"办公厅|办公室")


def _lead_issuer(name: str) -> str:
    """The first of the offices glued in ``name`` when two or more end in the same word (above); else ``name``."""
    if not (last := _JOINT_END.search(name[-3:])):
        return name
    end = last.group()
    k = name.find(end)
    first = name[: k + len(end)]
    rest = name[len(first) :]
    if 0 < k and rest and len(first) >= 3 and _ISSUER.match(first) and _ISSUER.match(rest):
        return first
    return name


def _title_issuer(title: str, prefix: bool = True) -> str:
    """The issuer a document's title opens with, when it reads as an organisation's name. ``prefix``: a name set off
    before the headline by a dash or a bar counts too (not in a reporter's report: there it is the story's subject)."""
    rest = _TITLE_YEAR.sub("", title.strip()[: _ORG_VALUE_MAX * 2])  # a title, not a 1 MB first line
    if prefix and (p := _TITLE_ISSUER_PREFIX.match(rest)) and (name := organisation_name(p["name"])):
        return name
    for m in _TITLE_ISSUER_END.finditer(rest):
        if m.group().endswith("年") and not _DOCUMENT_KIND_END.search(rest):
            continue
        # (three characters when an office's own name: 国务院关于…, 外交部关于…; organisation_name reads a name of three
        # only so)
        if m.start() >= 3 and (name := organisation_name(rest[: m.start()])):
            return _lead_issuer(name) if m.group() == "关于" else name
    return ""


# the team an investigation report's cover names, called after the event the report's title names ("国务院江苏响水
# 天嘉宜化工有限公司“3·21”特别重大爆炸事故调查组" over "…“3·21”特别重大爆炸事故调查报告"): a name no organisation's
# ending table reads (its event's words are a sentence's to the segmenter), known by the title it shares
_TEAM_NAME = re.compile(
    r"^(?P<named>[^\s，,。；;：:！？!?]{4,70}?)(?:联合)?(?:调查评估组|调查组|调查委员会|专家组|工作组)$"
)
_TEAM_SHARED = 6  # characters the team's name shares with the report's title, in one run


def _team_named_for(line: str, title: _Best) -> str:
    """The team a cover line names, when it is named after the report's title (see above), else ""."""
    line, headline = line.strip(), str(title.value or "")
    if len(line) > 160:
        return ""
    line = re.sub(rf"(?<=[{_HAN}”“·])\s+(?=[{_HAN}”“·])", "", line)  # (an OCR'd cover's spaced-out name)
    if len(line) > 80 or not headline or not (m := _TEAM_NAME.match(line)):
        return ""
    import difflib

    named = m["named"]
    match = difflib.SequenceMatcher(None, named, headline[:120], autojunk=False).find_longest_match()
    return line if match.size >= _TEAM_SHARED else ""


def _issuer_candidates(r: _Reading, page_head: str, page_tail: str, before_cleaning: str, body: str) -> None:
    """Every place an office's document, a school's or a society's page names its issuing body, each a
    candidate judged by organisation_name (an organisation's ending, no sentence, no pronoun): a labelled field
    (预算主管部门, 编制部门, 主办单位…), a cover line that is the name alone, the issuer its title opens with. The
    lines stay in the text: the reader sees the cover and the fields as the document printed them."""
    lines, source = r.lines, r.source

    def labelled(text_lines: list[str], origin: str) -> None:
        # the office fields (fields.py: an issuer's, a form's office, a site's host), their value a name of 4 to 40
        # characters up to a blank
        for line in text_lines:
            for f in r.fields(line):
                if f.field not in ("issuer", "office", "host") or (
                    f.field == "host" and origin != "site's labelled owner"
                ):
                    continue
                value = _ISSUER_VALUE_END.split(f.value, maxsplit=1)[0]
                if len(value) < _ISSUER_VALUE_MIN:
                    continue
                if name := organisation_name(r.convert(value)) or (_named_outlet(value) and value):
                    if origin == "site's labelled owner" and any(_is_outlet(s) for s in r.sites):
                        origin = "labelled owner of an outlet's site"
                    source.offer(name, _ISSUER_SCORES[origin], origin)
                    return

    head = [x for x in lines[:40] if x.strip()]
    labelled(head, "labelled issuer")
    labelled([x for x in lines[-20:] if x.strip()], "labelled issuer at the end")
    around = [*page_head.split("\n")[-20:], *page_tail.split("\n")[:40]]
    if before_cleaning:
        around += _dropped_lines(before_cleaning, body)
    labelled([x for x in around if x.strip()], "site's labelled owner")
    headline = _squeeze(str(r.title.value or ""))
    # (the cover ends where the prose begins: a short letter's signature is no cover line)
    # (a bilingual cover's English title is no prose, nor a long headline over the cover: dev-retired33 s36h_05)
    prose = next(
        (
            k
            for k, x in enumerate(head)
            if (len(x.strip()) > 40 or _SENTENCE_END.search(x))
            and not _latin_title(x.strip())
            and not (k == 0 and headline and _squeeze(x) == headline)
        ),
        len(head),
    )
    # (a bilingual cover's English lines are not counted, and its issuer's line may close with its English initials:
    # "機電工程署 EMSD", dev-retired33 s36h_03)
    cover = [x for x in head[:prose] if not _latin_title(x.strip())][:_COVER_LINES]
    for line in cover:
        if (initials := _INITIALS_AFTER.match(line.strip())) and len(line.strip()) <= 40:
            line = initials["name"]
        if len(line.strip()) <= 40 and (name := organisation_name(line)) or (name := _team_named_for(line, r.title)):
            source.offer(name, _ISSUER_SCORES["cover line"], "cover line")
            break
    # "国家能源局   发布": a standard's or a regulation's cover names its issuer over the word for issuing, set apart
    for line in head:
        if (m := _ISSUED_BY.match(line.strip())) and (name := organisation_name(m["name"])):
            source.offer(name, _ISSUER_SCORES["cover line"] + 1, "cover issue line")
            break
    # a reporter's report ("本报讯（记者 王小明）…", a wire's dateline, a byline) under "国家发改委｜…" is about the
    # organisation its headline opens with, not by it (review s32 R1): the dash-set name is an issuer's only in a
    # text no reporter files
    reported = bool(r.authors) or any(_dateline(x) for x in head[:6])
    for title in (r.title.value or "", head[0] if head else ""):
        if title and (name := _title_issuer(title, prefix=not reported)):
            source.offer(_full_name(name, body), _ISSUER_SCORES["issuer in the title"], "issuer in the title")
            break


def _full_name(name: str, body: str) -> str:
    """A short name ("国民党团", a title's issuer) as the text names it in full: "台南市议会国民党团" — the name after
    another organisation's (a council's caucus), in the text's first lines. Else the name as it is."""
    for m in re.finditer(rf"([{_HAN}]{{2,10}}){re.escape(name)}", body[:5000]):
        head = m.group(1)
        for k in range(len(head), 2, -1):
            if organisation_name(head[-k:]) and organisation_name(full := head[-k:] + name):
                return full
    return name


# a letter's or a submission's sign-off after its signer's name: "香港运输物流业工会联会谨启", "某某协会 敬上"
_SIGN_OFF = re.compile(r"\s*(?:谨启|谨上|谨呈|敬启|敬上|敬呈)\s*$")  # (the text is Simplified by now)
# the endings of a body's name that signs a letter: an office (_ISSUER), a society, union or alliance
# (协会, 工会, 联会, 委员会: 会), a company, a team ("Uber 香港团队")
_SIGNER_END = re.compile(_endings(*_ORG_ENDINGS.values(), _LOOSE_ENDINGS["office"], _LOOSE_ENDINGS["group"]) + "$")
_SIGNER = re.compile(rf"^[{_HAN}A-Za-z][{_HAN}A-Za-z0-9&.·\s]{{1,30}}$")


# a closing sentence's end and the wire's end mark after it: "。（完）", "(完)", "【完】" (on a credit's short line)
_CLOSING_CREDIT_MAX = 60
_CLOSING_MARKS = re.compile(r"[。.]?\s*(?:[(（【\[]\s*完\s*[)）】\]])?\s*$")
# what ends a line in the middle of a name: "省市场监管局新型冠状病毒感染的" / "肺炎疫情防控工作领导小组"
_NAME_GOES_ON = re.compile(rf"[{_HAN}](?:的|和|与|與|及|暨|、)$")


# an office-holder who signs an order, set apart from the name ("总理 李克强", "总 理 温家宝", "省长 王某某"): the
# office's title ends so; the name after a blank is two to four characters
_OFFICE_HOLDER = re.compile(rf"^(?P<office>[{_HAN}]{{0,8}}(?:总理|主席|主任|书记|总统|长))$")
_HOLDER_NAME = re.compile(rf"^[{_HAN}]{{2,4}}$")


def signature_day(line: str) -> tuple[str, tuple[dt.date, str]] | None:
    """The signature block that ends ``line`` (patterns.signature_tail): (the signing body, or "" when an
    office-holder signs, the day). None when the signer is no organisation's name (_signer) and no office-holder
    set apart from a name, or the day is no day."""
    if not line.rstrip().endswith("日") or not (m := signature_tail(line)):
        return None
    who = m["who"].strip()
    signer = _signer(who)
    if not signer:
        parts = who.split()
        name, office = (parts[-1], "".join(parts[:-1])) if len(parts) >= 2 else ("", "")
        if not (_HOLDER_NAME.match(name) and _OFFICE_HOLDER.match(office)):
            return None
    info = parse_info_line(m["day"])
    if info is None or info.date is None or info.date[1] != "day" or not plausible(info.date[0]):
        return None
    return signer, info.date


def _signer_lines(lines: Sequence[str], k: int) -> str:
    """:func:`_signer` of the line above a closing date, with the line above it in front when that one stops in the
    middle of the name (it ends in 的, 和, 与, 及, 暨 or 、, with no punctuation of a sentence, and is no name itself):
    a signer set over two lines ("省市场监管局新型冠状病毒感染的" / "肺炎疫情防控工作领导小组", dev s40c_07)."""
    signer = _signer(lines[k])
    above = lines[k - 1].strip() if k > 0 else ""
    if (
        signer
        and len(above) <= 30
        and _NAME_GOES_ON.search(above)
        and not re.search(r"[，,。；;：:！？!?]", above)
        and _signer(above[:-1] or "x") == ""  # (a name of its own above, "某某局和", is a second signer's)
    ):
        return above + signer
    # a document several bodies issue together signs with each name on a line of its own, the lead issuer first
    # ("商务部" / "工业和信息化部" / "海关总署" / "市场监管总局" over the day, dev-retired44 s47h_01): the first
    for j in range(k - 1, max(-1, k - _JOINT_SIGNERS), -1):
        if not signer or not (first := _signer(lines[j])):
            break
        signer = first
    return signer


_JOINT_SIGNERS = 8  # names a joint document's signature stacks, at most


def _signer(line: str) -> str:
    """The body that signs above a closing date (a signature block: name, then date): its name, or ""
    when the line is no organisation's name (a person signs as often). Spaces between Han characters
    are a justified line's, not the name's ("智 慧 交 通联 盟")."""
    name = _SIGN_OFF.sub("", re.sub(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])", "", line.strip()))
    if not _SIGNER.match(name):
        return ""
    if _ISSUER.match(name) or _named_outlet(name) or organisation_name(name):
        return name
    # (a name of two or three characters ending so may be a person's: 李会)
    if not (_SIGNER_END.search(name) and len(_squeeze(name)) >= 4):
        return ""
    # by its ending alone, the line must read as a name: no verb, pronoun, adverb or preposition in the
    # segmenter's tags ("欢迎广大居民踊跃参加本次便民服务交流会", "我们期待与您再次相会" are sentences)
    return "" if any(t in _NOT_IN_A_NAME for _, t in segment.tag(name)) else name


def _last_resort_sources(r: _Reading, page_tail: str, raw_tail: str, before_cleaning: str, body: str) -> None:
    """The site's own name, its rights holder (a copyright line, kept or dropped as chrome,
    or meta copyright): read when nothing better names the outlet."""
    source, hm = r.source, r.hm
    if r.site and not _PERSON.match(r.site):
        source.offer(r.site, 35, "site name")
    if (who := copyright_holder(page_tail or "") or copyright_holder(raw_tail)) and _ADDRESS.match(who):
        who = (
            r.convert(named)
            if (named := outlet_for_url("http://" + who.lower()))
            else ("" if is_platform(who) else who)
        )
    if (
        not who
        and source.score < 25
        and (site := rights_site(raw_tail) or rights_site("\n".join(r.lines[-_CREDITS_REACH:])))
    ):
        source.offer(site, 25, "rights line's site")
    if who:
        own = " ".join(hm.get(k, "") for k in ("keywords", "keyword", "description", "og:description"))
        source.offer(_company_outlet(who, own + " " + " ".join(r.sites)), 25, "copyright")
    elif before_cleaning and source.score < 25:
        for line in _dropped_lines(before_cleaning, body):
            if who := copyright_holder(r.convert(line)):
                source.offer(who, 25, "dropped copyright line")
                break
    if source.score < 25:
        tail = [*r.lines[-_CREDITS_REACH:], *(page_tail or "").split("\n")[:_CREDITS_REACH]]
        if before_cleaning:
            tail += [r.convert(line) for line in _dropped_lines(before_cleaning, body)]
        for line in tail:
            if who := permission_holder(line):
                source.offer(who, 25, "rights statement")
                break
        for line in tail if source.score < 25 else ():
            if who := disclaimer_holder(line):
                source.offer(who, 24, "disclaimer")
                break
    holder = re.sub(
        r"版权所有|all rights reserved|copyright|©|\(c\)|\d{4}(?:\s*-\s*\d{4})?",
        "",
        hm.get("copyright", ""),
        flags=re.IGNORECASE,
    ).strip(" .,，:：")
    if 2 <= len(holder) <= 20 and not re.search(r"[@/]|\.(?:com|cn|net)", holder):
        source.offer(holder, 28, "meta copyright")  # the site's rights holder: the last resort
    # the credits closing a feature: "端传媒制作团队" (then each person and role): the outlet that made it
    if source.score < 25:
        for line in [x.strip() for x in r.lines[-_CREDITS_REACH:]]:
            if (m := _PRODUCED_BY.match(line)) and _is_outlet(m["outlet"]):
                source.offer(m["outlet"], 24, "production credit")
                break


_CREDITS_REACH = 12  # lines at the end of the text where a feature's credits stand
# a WeChat account's card under the post, as a copy keeps it: its name, "微信号 cjzc2024", "功能介绍 …"
_WECHAT_ID = re.compile(r"^\s*微信号\s*[:：]?\s*[A-Za-z][A-Za-z0-9_\-]{4,30}\s*$")


def _account_card(r: _Reading, page_tail: str) -> None:
    """The account's card after the post (its name over its WeChat id, then its description): the account that
    posted it, as the page's own header names it (judged as one: a person's name by evidence)."""
    tail = [x.strip() for x in [*r.lines[-_CREDITS_REACH:], *(page_tail or "").split("\n")[:_CREDITS_REACH]]]
    tail = [x for x in tail if x]
    for k in range(1, len(tail)):
        if _WECHAT_ID.match(tail[k]) and _ACCOUNT_NAME.match(tail[k - 1]) and not _WECHAT_ID.match(tail[k - 1]):
            r.source.offer(tail[k - 1], 58, "wechat account")
            return


_PRODUCED_BY = re.compile(
    rf"^(?P<outlet>[{_HAN}A-Za-z0-9]{{2,12}}?)\s*(?:制作团队|制作小组|出品|联合出品|数据新闻团队)$"
)


# ...or on a day: "香港文化教育联合会于2026年6月9日提交的意见书" (LegCo's papers head a submission so), which dates it
_SUBMITTED = re.compile(
    rf"^(?P<who>[{_HAN}A-Za-z][{_HAN}A-Za-z0-9&.· ]{{1,19}}?)\s*"
    r"(?:于\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:就\s*\S.{2,60}?)?"
    r"(?:提交|发表|发出|作出)?\s*(?:的|之)?|就\s*\S.{2,60}?(?:提交|发表|发出|作出|的|之))"
    r"\s*(?:政策)?(?P<kind>意见书|建议书|立场书|声明|陈述书)$"  # (Simplified by now)
)


_HEADLINE_DAY_WEEKDAY = re.compile(
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[(（]?(?:星期|周|礼拜)(?P<w>[一二三四五六日天])[)）]?$"
)


# a page's date and time glued to the end of its headline's line, as a copy of the page's text runs them together
# ("市场家临江：别管中兴了盯着腾讯破400元2018年4月17日16:36:36": a section's word, the headline, the stamp): read by
# split_headline
_GLUED_STAMP_LEAD = 6  # characters before the headline on its line: a section's or a column's word at most
_GLUED_STAMP_TITLE = 8  # characters of the headline at least (a short one is found inside other lines' words)


# a headline that credits its outlet in brackets after it, among the text's first lines (under a kicker and a date):
# "防災過夜體驗營 民眾首度體驗災民收容(工商時報)" (a centre's page reposting a paper's story, dev s28_06): the
# headline without the bracket, and the outlet
_HEADLINE_CREDIT = re.compile(rf"^(?P<head>[^()（）]{{5,60}}?)\s*[(（](?P<outlet>[{_HAN}A-Za-z]{{2,12}})[)）]$")
_HEADLINE_CREDIT_LINES = 4  # the first lines of the text
_HEADLINE_CREDIT_SPAN = 80  # characters of a line before it, at most (a kicker, a date)
# a section's or a unit's name over a headline ("水利科技組"), 6 characters at most
_KICKER = re.compile(rf"[{_HAN}]{{1,4}}(?:组|組|部|科|处|處|室|中心|频道|頻道|栏目|欄目|版|新闻|新聞)")


def _credited_headline(r: _Reading) -> None:
    # (only over no headline, or a section's kicker ("水利科技組"): under a headline of its own, a line crediting an
    # agency in brackets is a picture's caption, "华为公司在北京开设的一家商店（美联社）", dev s18_03)
    if r.title.score >= 50 and not _KICKER.fullmatch(str(r.title.value or "")):
        return  # (a short headline is a headline: a kicker is a section's or a unit's name, review s36 R6b)
    lines = [x.strip() for x in r.lines[:_HEADLINE_CREDIT_LINES] if x.strip()]
    for k, line in enumerate(lines):
        # (a kicker by its shape: the day on its own line right above the headline, "水利科技組" / "2019-09-23"; a
        # short headline over a picture's credited caption has none, review s36 R6)
        dated = k > 0 and _compact_or_plain_date(lines[k - 1]) is not None
        if (m := _HEADLINE_CREDIT.match(line)) and _looks_like_headline(m["head"]) and dated:
            outlet = m["outlet"]
            if _is_outlet(outlet) or names_known_outlet(outlet):
                r.title.offer(m["head"], 55, "headline crediting its outlet")
                r.source.offer(outlet, 70, "headline's credited outlet")
            return
        if len(line) > _HEADLINE_CREDIT_SPAN:
            return  # (a paragraph: the text has begun)


# A listed company's filing opens with its securities' code and short name ("证券代码：002196 证券简称：方正电机
# 公告编号：2026-038", the exchanges' required header; a keyword bot's records keep it at the head of each snippet, dev
# s40_10): the short name is its filer's, trusted as a filer's tag is, above a feed's or a bot's channel
_FILING_HEADER = re.compile(
    rf"(?:证券|股票|A股)代码\s*[:：]\s*\d{{6}}\s*(?:[,，;；|]\s*)?(?:证券|股票|A股)简称\s*[:：]\s*"
    rf"(?P<name>\*?(?:ST|S\*ST)?[{_HAN}A-Za-z]{{2,8}}?)(?=\s|公告|编号|$|[,，;；|])"
)
_FILING_HEADER_REACH = 300  # characters of the text's start where the header stands


def _filing_header(r: _Reading) -> None:
    if m := _FILING_HEADER.search("\n".join(r.lines[:_HEADER_LINES])[:_FILING_HEADER_REACH]):
        r.source.offer(m["name"], 82, "filer's tag in the headline")


def _split_title(r: _Reading) -> None:
    """The chosen title when it holds the outlet and the day too (split_headline): the headline is the title, the day
    and the outlet candidates as the headline's line would give them (a heading is that line)."""
    if r.title.value and (parts := split_headline(heading := r.title.value.strip())):
        # (the heading as the text shows it, stamp and outlet on: the body does not show the headline twice)
        r.title.value, r.stamped_h1 = parts.headline, r.stamped_h1 or heading
        r.date.offer(parts.day, 60, "stamp in the heading")
        if parts.outlet:
            r.source.offer(parts.outlet, 60, "outlet in the heading")


def _headline_candidates(r: _Reading) -> None:
    """What the chosen headline itself says: its issue's date, the outlet before a bar."""
    headline = (r.title.value or "").strip()
    # the headline's own line in the text with its stamp (and its outlet) glued on (split_headline: the headline is
    # known, so a day alone is the page's stamp too)
    for line in r.lines[:_HEADER_LINES] if len(headline) >= _GLUED_STAMP_TITLE else ():
        at = line.find(headline)
        if 0 <= at <= _GLUED_STAMP_LEAD and len(line) > at + len(headline):
            if (parts := split_headline(line[at:].strip(), bare=True)) and parts.headline == headline:
                r.date.offer(parts.day, 60, "stamp glued to the headline's line")
                if parts.outlet:
                    r.source.offer(parts.outlet, 60, "outlet glued to the headline's line")
            break
    # "《新闻联播》 (20220925)", "外交部例行记者会 2024-10-17": a date that stands as the
    # headline's own last token (a programme's or a series' issue), never one inside its words
    if (m := _HEADLINE_DATE.search(r.title.value or "")) and (parsed := _compact_or_plain_date(m["date"])):
        r.date.offer(parsed, 40, "date in the headline")
    # "陆家嘴财经早餐2024年8月31日星期六": a daily's issue, its full day and the weekday that day is, closing the
    # headline with no blank before it (tester s21 T1: a Wind briefing undated); the weekday must agree
    elif (
        (m := _HEADLINE_DAY_WEEKDAY.search(r.title.value or ""))
        and (parsed := _compact_or_plain_date(m["date"]))
        and parsed[0].weekday() == _WEEKDAYS.index(m["w"].replace("天", "日"))
    ):
        r.date.offer(parsed, 40, "date in the headline")
    # "人民日报 20260704 报道摘要": an issue's title, an outlet's name, the day, a word or two for what the page is (a
    # generated digest of the day's paper, dev-retired35 s38h_08/10): the day is the issue's and the outlet the one
    # whose issue it is (a name the outlet table knows, or an edition of one: never a section's dated header,
    # "【独家报道2019年8月16日】", review s18 R4): above what its first item says, a dateline's day with a year from the
    # text (45) and its outlet (80: "新华社北京6月29日电")
    if (
        (m := _ISSUE_TITLE.fullmatch(headline))
        and (names_known_outlet(m["name"]) or _outlet_edition(m["name"]))
        and (parsed := _compact_or_plain_date(m["date"]))
    ):
        r.date.offer(parsed, 46, "day in the issue's title")
        r.source.offer(m["name"], 81, "outlet in the issue's title")
    # "[ST龙大002726][并购、重组] 关于…的公告": a listed company's short name and its stock code tagging a filing's
    # title (a disclosure platform's feed as a keyword bot rebuilds it, dev s40_02): the company filed it, above the
    # feed's channel (79); only before a filing's own title (…公告, …核查意见, …报告): a news item about a company is
    # its outlet's
    if (m := _FILER_TAG.match(headline)) and _FILING_END.search(headline):
        r.source.offer(m["name"], 81, "filer's tag in the headline")
    # "新华社｜香港国安法全文来了", "立场新闻 | 国安法通过…": a republisher (or a news
    # account) puts the outlet before a bar in the headline; a label (专访｜, 视频｜) is no outlet
    if (m := _HEADLINE_OUTLET.match(r.title.value or "")) and _is_outlet(m["outlet"]):
        r.source.offer(m["outlet"], 45, "headline prefix")
    # "滴滴就网约车服务相关附属法例提交意见书", "某某协会就…的声明": a submission or a statement names its
    # author before 就 (regarding) in its own headline; the weakest place (a report about one names its outlet
    # elsewhere)
    if (
        (m := _SUBMITTED.match(r.title.value or ""))
        and not _looks_like_person(who := m["who"].strip())
        and not _ADDRESSEE_END.search(who)  # 市民, 政协委员: a class of people, no author
    ):
        if m["y"] and (on := _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day")) and plausible(on[0]):
            # "…于2026年6月9日提交的意见书": the day it was submitted, as its own headline says (below a dated
            # signature or header line, above a file's own stamp)
            r.date.offer(on, 60, "submission's day")
        # its name alone on a line at the top too (its letterhead or logo: two places agree, as a byline's do),
        # or a body's name by its ending ("某某协会就…的声明"); "美方就…发表声明" in a report names no author
        # A submission (意见书, 建议书…) is by definition its subject's: the PDF reader drops a letterhead
        # repeated as a running head, so its headline may be the one place that names it
        top = any(_squeeze(x) == _squeeze(who) for x in r.lines[:_LONE_TOP])
        # ...or signed with it alone under the last sentence ("…的起点。/ 新思維 / 2026 年 6 月"): a party or a
        # group speaks of itself by name in its own paper ("新思維認為"), which says nothing of a person
        end = [x for x in r.lines[-_LONE_TOP * 3 :] if x.strip()][-_LONE_TOP:]
        # a paper that opens with its own submission title is the submission: its submitter outranks an office
        # named above the title (the committee it is addressed to, "房屋事务委员会", an issuer line's 60), not a
        # signature (64) or a labelled line
        score = 62 if r.title.origin == "submission's title line" else 40
        if any(_squeeze(x) == _squeeze(who) for x in end):
            r.source.offer(who, score, "signed submission")
        elif top or m["kind"] != "声明":
            r.source.offer(who, score, "submitter and letterhead")
        elif _signer(who):
            r.source.offer(who, score, "submitter in the headline")


# a blog's or a personal site's name: "张三的博客", "小李的空间", "老王的个人主页", "某某博客", "X's Blog"
_BLOG_NAME = re.compile(
    rf"^[{_HAN}A-Za-z0-9_.\-\s]{{1,20}}?(?:的(?:博客|空间|主页|个人主页|专栏|小站|日志|部落格|网志)|博客|部落格)$"
    r"|^[\w .\-]{1,30}['’]s\s+(?:blog|weblog|site|homepage)$",
    re.IGNORECASE,
)


def _post_links(line: str) -> bool:
    """A blog's links between posts or a menu on one line: items between two or more bars, or a crumb."""
    return len(line) <= 160 and (line.count("|") + line.count("｜") >= 2 or bool(_NAVIGATION.search(line)))


_CUT_FROM = re.compile(r"^(?P<cut>\S.{5,}?(?:\.{3}|…+))\s*来自\s*(?P<name>[^\s.…]{2,20})$")
_UNMARKED = re.compile(r"[\W_]+")  # what two spellings of a headline keep: letters, digits, Han


_TOP_DATE_LINE = 2  # the text's lines where a headline and its date line may open it
# a document's number before or after its name in a headline: "发改能源规〔2025〕411号_…的通知", "…(…〔2020〕816号)"
_NUMBER_IN_TITLE = re.compile(
    rf"[(（]?[{_HAN}A-Za-z]{{0,8}}[〔\[［【](?:19|20)\d{{2}}[〕\]］】]\s*\d+\s*号[)）]?[_\s]*"
)


def _numbered_document_title(line: str) -> bool:
    """A document's name with its number in it: a headline once the number goes (a number alone is none)."""
    rest = _NUMBER_IN_TITLE.sub("", line, count=1)
    return rest != line and len(rest) >= 8 and _looks_like_headline(rest)


_LATIN_TAIL = re.compile(r"(?<=[^\x00-\x7f])\s*[A-Za-z][A-Za-z0-9 .,&'’-]*$")  # a name's English after it


def _trim_page_title(r: _Reading, page_head: str) -> None:
    """A headline taken from the <title>: without the site's name glued to its end; and
    when the <title> is only the site's name, the headline line above the date line."""
    title, site = r.title, r.site
    # A <title> with the site's name glued to its end, no separator ("土豆不“土”土豆无“土”松花江网"):
    # the name the page shows for itself (its logo line at the top, og:site_name, its address's)
    if title.origin in ("<title>", "title") and title.value:
        top = [x.strip() for x in (page_head or "").split("\n") if x.strip()][:3]
        own = [n for n in (site, *top) if n and 3 <= len(n) <= 12 and (_is_outlet(n) or n == site)]
        for name in own:
            head = title.value[: -len(name)].rstrip(" -_|｜·")
            if title.value.endswith(name) and len(head) >= 6 and not _TITLE_SEP.search(title.value[-len(name) - 2 :]):
                title.value = head
                break
    # A post's <title> cut short, then the account it is from ("…华盛顿大学中招... 来自美国侨报网", a platform's
    # form): the account is its publisher, as a platform names it
    if title.origin in ("<title>", "title") and (posted := _CUT_FROM.match(title.value or "")):
        title.value = posted["cut"]
        r.source.offer(posted["name"], 60, "platform account")
    # A <title> the site cut short ("【安徽阜阳一动物园2..."): the text's opening line it begins, its bracketed
    # lead (【…】) or the whole line when that is a headline's length (compared without marks: a <title> drops
    # a headline's brackets and quotation marks)
    if title.origin in ("<title>", "title") and (cut := re.sub(r"\s*(?:\.{3}|…+)$", "", title.value or "")) != (
        title.value or ""
    ):
        start = _UNMARKED.sub("", cut)
        for line in (x.strip() for x in r.lines[:3] if x.strip()):
            if len(start) >= 6 and _UNMARKED.sub("", line).startswith(start):
                lead = re.match(r"^【[^】]{4,80}】", line)
                whole = line if len(line) <= 64 and _looks_like_headline(line) else ""
                if full := (lead[0] if lead else whole):
                    title.offer(clean_title(full), title.score + 1, "headline the <title> cuts")
                break
    # A <title> still in parts ("议程_秘书处_CN_北京大学中国经济研究中心": no part reads as the site):
    # the part the page shows on a line of its own above the article, or at the top of its text
    # ("千龙网--北京--<headline>" over a page whose text opens with the headline), is the headline
    # (og:title too: "标题 | 仁川亚运 | 运动大联盟" repeats the <title>'s sections, the page shows the headline alone)
    if (
        title.origin in ("<title>", "title", "og:title", "twitter:title")
        and title.value
        and _TITLE_SEP.search(title.value)
    ):
        # (two parts shown, the one nearest the text: a page shows the general name over the particular, as the
        # programme's name over its episode's title, 【 sik 】【 si 】【 fung 】 over 别了梅艳芳十年)
        near = (page_head or "").split("\n")[-_HEAD_TITLE_REACH * 2 :] + r.lines[:_HEAD_TITLE_REACH]
        shown = {_squeeze(x): k for k, x in enumerate(near) if 6 <= len(x.strip()) <= 90}
        parts = [p.strip() for p in _TITLE_SEP.split(title.value) if len(_squeeze(p)) >= 6 and _squeeze(p) in shown]
        if parts:
            title.value = max(parts, key=lambda p: shown[_squeeze(p)])
    # A <title> that is only the site's own name ("浙江省淡水水产研究所", its rights holder too)
    # names no article: the headline line right above the page's date line does
    names = {_squeeze(n) for n in (site, r.source.value or "", *r.sites) if n}
    # ...or the brand a source names with its channel ("科普中国-科学原理": 科普中国)
    names |= {_squeeze(p) for p in _OUTLET_DASH.split(str(r.source.value or "")) if len(p) >= 2}
    # ...or the root of the page's breadcrumb ("网易娱乐 > 电影版区 > 周黎明留言板": the site)
    names |= {
        _squeeze(_CRUMB.split(x.strip())[0])
        for x in (page_head or "").split("\n")[-_HEAD_REACH * 4 :]
        if len(x) <= 120 and _NAVIGATION.search(x)  # (bounded: ">" many times over is no breadcrumb)
    }
    # A blog's name as the page's title and <h1> ("张三的博客", "小李的空间"), the post's headline a
    # smaller heading that opens the text: that line is the headline, when a date line or the
    # post's prose follows it
    home = _squeeze(r.hm.get("h1:home", ""))
    blog = _BLOG_NAME.search(title.value or "") or (home and _squeeze(title.value or "") == home)
    if not r.listing and title.origin in ("<title>", "title", "<h1>") and blog:
        lines = [(k, x.strip()) for k, x in enumerate(r.lines[:_HEAD_TITLE_REACH]) if x.strip()]
        # (past the blog's name repeated over the post and the links to the posts either side,
        # "孩子，夏令营…- -| 回首页 | 2005年索引 | - -浴室都安全吗?")
        blog_names = names | {home, _squeeze(title.value or "")}
        while lines and (_squeeze(lines[0][1]) in blog_names or _post_links(lines[0][1])):
            lines = lines[1:]
        if len(lines) >= 2 and _looks_like_headline(first := lines[0][1]) and _squeeze(first) not in names:
            follows = lines[1][1]
            # a date line or the post's prose follows it, or the article's own headline repeats it below
            # (a blog's copy of a paper's report: the post's title, the report's subtitle and headline)
            again = any(_squeeze(clean_title(x)) == _squeeze(clean_title(first)) for _, x in lines[1:4])
            if parse_info_line(follows, r.sites) or len(follows) > _TITLE_MAX or again:
                title.offer(clean_title(first), title.score + 1, "post headline")
                return
    # (and a page that declares no headline at all shows it there too)
    # (...or the logo's name, as the <h1> linking to the front page shows it, with its name in English after it:
    # "2026台北燈節 Taipei Lantern Festival")
    logo = {n for n in (*names, home) if len(n) >= 2}
    site_only = title.origin in ("<title>", "title") and (
        _squeeze(title.value or "") in logo
        or _squeeze(_LATIN_TAIL.sub("", title.value or "")) in logo
        or title.score <= _SITE_TITLE_SCORE
    )
    # The headline and its date line may open the text itself (广州电力交易中心: <h3 class="title"> over "信息来源：…
    # 发布时间：…" inside the content block, the header's menus above it: tester s23 T14): the walk starts there
    top = [x.strip() for x in r.lines[: _TOP_DATE_LINE + 1] if x.strip()]
    dated_at = next((k for k, x in enumerate(top) if (i := parse_info_line(x, r.sites)) and i.date), None)
    own_top = top[: dated_at + 1] if site_only and dated_at else []
    if (site_only or not title.value) and (page_head or own_top):
        head_lines = [x.strip() for x in page_head.split("\n") if x.strip()][-_HEAD_TITLE_REACH:] + own_top
        dated = False  # a date line below it (required when the page declares no headline)...
        for k in range(len(head_lines) - 1, -1, -1):
            line = head_lines[k]
            info = parse_info_line(line, r.sites)
            dated = dated or bool(info and info.date)
            # ...or the page's breadcrumb right above it, the article right below it ("首页>>人物聚焦>>2005人物 /
            # <headline> / <the article>"): where a page puts its headline, between where it is and what it is
            crumbed = k == len(head_lines) - 1 and k > 0 and _crumb(head_lines[k - 1])
            if (
                (_looks_like_headline(line) or (own_top and _numbered_document_title(line)))
                and len(line) >= 8
                and ">" not in line
                and not info
                and (site_only or dated or crumbed)
            ):
                origin = "headline above the date line" if site_only or dated else "headline under the breadcrumb"
                title.offer(clean_title(line), title.score + 1, origin)
                break


# a post's subject as a forum or a board labels it in the post's header ("主题：…" over its 作者/时间 line): a title
# field (fields.py) whose label says title or subject
_SUBJECT_WORDS = frozenset({"主题", "帖子主题"})


def _subject_field(r: _Reading, line: str) -> str:
    found = r.fields(line)
    if found and found[0].first and found[0].field == "title":
        if found[0].label in _SUBJECT_WORDS or _TITLE_WORD.search(found[0].label):
            return found[0].value
    return ""


_NEAREST_SCORE = 59  # over an <h1> that no other place repeats (58), under a <title>'s headline (62)
_SUBJECT_SCORE = 70  # over a <title> (62), under og:title (80) and an <h1> the <title> repeats (89)
_NEAREST_REACH = 12  # lines walked up from the text


_CRUMB_STEP = re.compile(r"\s*[/／>›»＞|｜]\s*")


def _site_crumb(line: str) -> bool:
    """The site's name then its section, a crumb written with slashes or bars ("公视新闻网 / 医疗")."""
    parts = [p for p in _CRUMB_STEP.split(line.strip()) if p]
    return (
        2 <= len(parts) <= 5
        and (_is_outlet(parts[0]) or bool(_SITE_PART.search(parts[0])))
        and all(len(p) <= _SECTION_MAX + 2 for p in parts[1:])
    )


def _nearest_headline(r: _Reading, page_head: str) -> None:
    """The headline nearest the article. A page puts its headline right above the text, only date, byline
    and source lines between; the site's name, a blog's name and a menu stand farther up. Walking up from the
    text over the page's lines above it (and over the text's own first lines, down to its first sentence),
    passing date and byline lines, the first line that reads as a headline (or a labelled subject,
    "主题：…") is the candidate; the walk stops at anything else (a menu item, a crumb, a control).

    It is taken over what the page declares only when that is not among the lines walked (nor at the
    text's top): a <title> that is the site's name and a template's 'null' ('CCTV.com- 央视论坛 :: null')
    loses to a labelled subject above the post's 作者/时间 line (tester s22 T14); an <h1> no other place
    repeats, a blog's name over its menu ('李建忠 / 导航 / 首页 / 联系 / <post>'), loses to the post's
    heading right above it (T15); with nothing declared, the post's title right above its text (T16), or
    the heading under the text's breadcrumb (T21), is the headline, not the lead's first clause."""
    title = r.title
    if r.listing or title.score > _SUBJECT_SCORE:
        return
    current = _squeeze(title.value or "")
    names = {_squeeze(n) for n in (r.site, *r.sites, r.hm.get("h1:home", "")) if n}
    # the page's lines above the text, then the text's own lines above its first sentence (a table page's
    # menu, crumb and heading may stay in the text)
    lines = [(-1, x.strip()) for x in (page_head or "").split("\n") if x.strip()]
    for k, line in enumerate(r.lines[: _HEADER_LINES + 14]):
        if len(line) > _TITLE_MAX and _SENTENCE_END.search(line) or match_dateline(line):
            break
        if line.strip():
            lines.append((k, line.strip()))
    else:
        return  # no sentence begun: no text to be above
    candidate, at, labelled, dated, crumbed, walked = "", -1, False, False, False, set()
    listed = 0  # unlabelled lines that read as headlines, one after another: a list of links to stories
    for k, line in reversed(lines[-_NEAREST_REACH:]):
        if (value := _subject_field(r, line)) and _headline_ok(value):
            if not candidate:
                candidate, at, labelled = value, k, True
            walked.add(_squeeze(value))  # (a headline line read with its label is this line still)
            continue
        walked.add(_squeeze(line))
        info = parse_info_line(line, r.sites, beside=k < 0)  # (a page's line, outside the text)
        if info and (info.date or info.authors or info.labelled):
            dated = dated or not candidate
            continue
        if not info and _looks_like_headline(line) and _squeeze(line) not in names and not _site_crumb(line):
            if not candidate:
                candidate, at = line, k
            listed += 1
            continue
        crumbed = _crumb(line) or bool(_NAVIGATION.search(line)) or _site_crumb(line)
        break
    if not candidate or _squeeze(candidate) == current or current in walked:
        return
    if current in {_squeeze(x) for x in r.lines[:3] if x.strip() and not _subject_field(r, x)}:
        return  # the text opens with the declared headline
    # the article's start right under the candidate: its fields' row (walked past), or its lead's dateline
    opens = dated or (0 <= at < len(r.lines) - 1 and bool(match_dateline(r.lines[at + 1].strip())))
    if labelled and dated:
        title.offer(clean_title(candidate), _SUBJECT_SCORE, "labelled subject above the byline")
    elif (
        title.origin == "<title>"
        and opens
        and listed < 2
        and len(_squeeze(candidate)) >= 4
        and len(_pairs(candidate) & (declared := _pairs(title.value or ""))) * 4
        < min(len(_pairs(candidate)), len(declared))
    ):
        # a <title> that shares hardly a word with the heading right above the article's start (its fields' row, its
        # lead's dateline) names the site, an app or an office, not the article ("中国铁路总公司北京特派办" over
        # "1月至10月铁路客货多项重要指标创历史新高 / 发布部门：… 发布时间：…", "智慧出行-欢迎进入行业基本信息" over
        # "平湖客运中心 / 本报讯…": dev-retired36 s39h_09, s39h_06)
        title.offer(clean_title(candidate), title.score + 1, "headline over the article's start")
    elif title.score <= 58 and (crumbed or at < 0) and listed < 2:
        # (two or more such lines above the text, nothing declared among them: a list of other stories, its
        # last item no headline of this one)
        title.offer(clean_title(candidate), _NEAREST_SCORE, "headline nearest the text")
    else:
        return
    if at >= 0:
        r.used.add(at)  # the text's own line: the headline, no more its text


# a breadcrumb of one step from the front page ("首页 > 工作动态")
_FROM_HOME = re.compile(r"^\s*(?:网站首页|首页|首頁|主页|主頁|home)\s*[>›»＞]", re.IGNORECASE)


def _crumb(line: str) -> bool:
    """A breadcrumb: the page's place in the site, "首页 >> 人物聚焦 >> 2005人物" (bounded: ">" many times
    over is no breadcrumb)."""
    return len(line) <= 120 and bool(_NAVIGATION.search(line)) and bool(_CRUMB.search(line))


# "【港聞】標題", "[快讯]标题", "【社评】标题": a section or a kind of piece in brackets before the headline
_LEAD_LABEL = re.compile(r"^\s*[【\[［〔〖](?P<label>[^\]】］〕〗\s]{2,6})[】\]］〕〗]\s*(?P<rest>\S.*)$")
# the words that name a section or a kind of piece, not a topic (【新冠肺炎】 is the headline's own)
_SECTION_WORD = re.compile(
    r"(?:闻|聞|讯|訊|评|評|论|論|报道|報道|综述|綜述)$"
    # a newspaper's sections by the field they cover (【財經】, 【體育】, 【副刊】): a topic is a name of
    # its own (【新冠肺炎】, 【全民檢測】, 【美國制裁】) and stays; a place's (【两岸】, 【国际】) is a
    # section only when the page names it so (its breadcrumb, its meta section)
    r"|^(?:社会|社會|财经|財經|经济|經濟|体育|體育|娱乐|娛樂|科技|文化|教育|健康|生活|军事|軍事|地产|地產|"
    r"汽车|汽車|时事|時事|副刊|观点|觀點|专栏|專欄|即时|即時)$"
)
_CRUMB = re.compile(r"\s*[>›»＞]\s*")  # a breadcrumb: 首页 > 两岸 > 正文


def _drop_section_label(r: _Reading, page_head: str) -> None:
    """A section label in brackets before the headline (【港闻】, [快讯], 【社评】) is no part of it:
    dropped when it is a section's or a kind of piece's word, or a section the page itself
    names (meta article:section, a breadcrumb above the article, a part of the <title>)."""
    title = r.title.value or ""
    if not (m := _LEAD_LABEL.match(title)) or len(_squeeze(m["rest"])) < 6:
        return
    label = _squeeze(m["label"])
    sections = {_squeeze(r.hm.get(k, "")) for k in ("article:section", "og:section", "section", "category", "channel")}
    near = [x for x in (page_head or "").split("\n") if x.strip()][-_HEAD_TITLE_REACH - 4 :] + r.lines[:3]
    for line in near:
        if _CRUMB.search(line) and len(line) <= 80:
            sections |= {_squeeze(p) for p in _CRUMB.split(line)}
    sections |= {_squeeze(p) for p in _TITLE_SEP.split(r.convert(r.html_title or ""))}
    if _SECTION_WORD.search(label) or label in sections - {""}:
        r.title.value = m["rest"].strip()


# a bare two-to-four-character name from a loose place may be a person's; a
# dateline, a table or a law's history names an outlet or a body
_TRUSTED = (
    "dateline",
    "document table",
    "adopting body",
    "front matter",
    "feed channel",  # the feed's own name (上海发布: a WeChat account's, no outlet's ending)
    "byline",
    "labelled source",  # 来源：半月谈 names an outlet, whatever its ending
    "address",  # the host table names outlets only (财讯, 新头壳: no outlet ending)
    "wechat account",  # the account's name as the platform gives it (a person's is judged by evidence)
    "submitter and letterhead",  # a submission headed "滴滴就…提交意见书" (or a statement under its letterhead)
    "signed submission",  # ...and signed with the same name under its last sentence (two places agree)
    "platform account",  # "@头条新闻的微博": the account as the platform names it (judged as a WeChat account's)
    "filer's tag in the headline",  # "[金富科技003018]": its stock code says it is a listed company (no outlet ending)
    "original's named account",  # "原文来自「知识分子」：<title>" (a name in marks, the copy's title after it)
    "rights line's site",  # "老生常谈 © 作者大萌": the line names the author apart, after the sign
)


# the ending of an organisation's name: a paper, a site, an agency, a broadcaster, an office
_ORG_END = re.compile(_endings(*_ORG_ENDINGS.values(), _LOOSE_ENDINGS["office"], _LOOSE_ENDINGS["press"]) + "$")
# a name used as a person's in the text: "寇娟表示", "记者 寇娟"
_PERSON_CONTEXT = (
    r"(?:记者|作者|编辑|通讯员|摄影|撰文|撰稿|主持人|教授|先生|女士)\s*[:：]?\s*{name}|{name}\s*(?:说|表示|指出|认为|介绍|称|透露|坦言|告诉|"
    r"接受|摄|教授|先生|女士|老师)"  # (not "X记者": an outlet's reporter, "半月谈记者")
)


def _org_evidence(name: str, sites: tuple[str, ...]) -> bool:
    """Does the page or the tables say ``name`` is an organisation? The outlet table or an
    outlet's shape, an office's name, an organisation's ending, the page's own names."""
    return bool(
        _named_outlet(name)
        or _ISSUER.match(name)
        or _ORG_END.search(name)
        or site_kin(name, sites)
        or _squeeze(name) in {_squeeze(s) for s in sites}
    )


def _person_like(name: str, sites: tuple[str, ...]) -> bool:
    """A bare two- or three-character Han name with no evidence of an organisation."""
    return 2 <= len(name) <= 3 and bool(re.fullmatch(f"[{_HAN}]+", name)) and not _org_evidence(name, sites)


def _reporter_tail(rest: str) -> bool:
    """Is what follows an outlet's name in a byline a person's name ("钟十五" in
    "每日人物钟十五报道")? Two or three Han characters from a surname, no organisation's or
    an edition's ending ("海外版", "客户端", "评论" do not open with a surname or end so)."""
    return (
        2 <= len(rest) <= 3
        and bool(re.fullmatch(f"[{_HAN}]+", rest))
        and (rest[0] in _SURNAMES or rest[:2] in COMPOUND_SURNAMES)
        and not _ORG_END.search(rest)
        and not _is_outlet(rest)
        and not re.search(r"[版端号]$", rest)
    )


# an outlet's desk after its name: "虎嗅科技组", "…新闻中心", "…编辑部"
_DESK_TAIL = re.compile(rf"[{_HAN}A-Za-z]{{0,4}}?(?:组|部|编辑部|中心|团队|工作室)")


def _outlet_before_reporter(value: str, ranked: Sequence[tuple[str, float, str]]) -> str:
    """A byline glues the outlet to its reporter ("每日人物钟十五报道" read as one outlet), or a
    credit to its desk ("出品 | 虎嗅科技组" under the account 虎嗅APP): when another candidate of the
    page is that value's start and the rest is a person's name or a desk, the shorter one is the
    outlet (two places agree on it)."""
    for other, _, _ in ranked:
        if len(other) >= 2 and other != value and value.startswith(other):
            rest = value[len(other) :]
            if _reporter_tail(rest) or _DESK_TAIL.fullmatch(rest):  # "虎嗅科技组": 虎嗅's desk
                return other
    return value


# a broadcaster's news programme named by its hour ("中昼新闻", "晚间新闻", "整点新闻"): it names no outlet
_PROGRAMME = re.compile(r"^(?:早安|早晨|早间|晨间|午间|中午|中昼|午安|晚间|晚上|夜间|深夜|午夜|整点|周末)新闻$")


def _choose_source(
    source: _Best, sites: tuple[str, ...], authors: Sequence[str] = (), text: str = "", site: str = ""
) -> str:
    """The best source candidate that is an outlet or an issuer: a source is never an
    editor or a bare person's name.

    A labelled value may still be a person ("来源：尹娟"). It is decided by evidence, not by
    its surname: a two- or three-character name with no sign of an organisation (the outlet
    table, an organisation's ending, the page's own names) loses to any explicit candidate
    that has one, and is no source when the page uses it as a person's name (a byline,
    "寇娟表示") or it opens with a common surname."""
    ranked = [(str(v).strip(), sc, o) for v, sc, o in source.ranked()]
    # organisations the page names explicitly (the site's own name, its address and rights
    # holder, below _SITE_LEVEL, host the article: they say nothing against a labelled origin)
    orgs = {
        v
        for v, sc, _ in ranked
        if sc >= _SITE_LEVEL and v and not _is_self(v) and not is_aggregator_name(v) and _org_evidence(v, sites)
    }

    def person(src: str) -> bool:
        if not _person_like(src, sites):
            return False
        if src[0] not in SURNAMES and src[:2] not in COMPOUND_SURNAMES and _CHANNEL_END.search(src):
            # "稿源：快科技": a name with no surname (of 443, or a compound) that ends as a site's channel does (科技,
            # 财经, 资讯) is no person's; a writer's handle ("原创：深度营") is still weighed as one
            return False
        # (a common surname; or any surname with given-name characters: "寇娟", "乜晓燕")
        if orgs - {src} or src in authors or _looks_like_person(src) or name_shaped(src):
            return True
        return bool(text and src in text and re.search(_PERSON_CONTEXT.format(name=re.escape(src)), text))

    def acceptable(src: str, origin: str) -> bool:
        if not src or _is_self(src):  # "本报": the paper speaking of itself names no one
            return False
        if "\ufffd" in src:
            return False  # a name with a lost glyph (text decoded wrongly before it was saved) is no name
        if _ADDRESS_VALUE.match(src):
            return False  # an address is where the text is, not who published it (its host is read as such)
        if origin == "original's quoted name":
            return False  # (an article's title may stand in the marks: it only vouches for a byline's start)
        if origin in _TRUSTED and origin not in ("address", "signed submission") and person(src):
            return False  # "来源: 尹娟": a labelled person is still a person (半月谈 is not one)
        if is_aggregator_name(src) and not (origin == "dateline" and is_portal_name(src)):
            # "Yahoo奇摩新聞": it carries a partner's story, writes none; but a portal's own desk credits itself in
            # its lead's press tag ("【Yahoo 新聞報道】"), as a paper does: that story is the portal's
            return False
        loose = (
            _PERSON.match(src)
            and not _named_outlet(src)
            and not names_known_outlet(src)  # (财新: 财新网's own short name)
            and not _ISSUER.match(src)
            and not site_kin(src, sites)
            and not _outlet_channel(src)
            and not brand_channel(src, origin)
            and _squeeze(src) != own  # (the name the page declares for itself: og:site_name "棱角媒體")
        )
        return origin in _TRUSTED or not loose

    def brand_channel(src: str, origin: str) -> bool:
        # a channel's name that another place of the page opens with its brand: "网易爱玩" (the <title>'s last
        # part) beside the rights holder "网易" (tester s18 T7): two places agree it is the site's
        return len(src) >= 4 and any(
            2 <= len(v) < len(src) and src.startswith(v) and o != origin and not _looks_like_person(v)
            for v, _, o in ranked
        )

    # the site's declared name (og:site_name), unless a blog's ("阿明博客": a person's handle)
    own = _squeeze(site) if site and not _BLOG_NAME.search(site) else "\x00"
    # A person's name where the page names its source ("来源: 尹娟") says the article came from
    # elsewhere: the next explicit candidate may name it, the site's own name (a portal's
    # 新浪网 below 40) would not
    chosen, rejected, portal = "", False, ""
    for v, sc, o in ranked:
        if _PROGRAMME.match(v):
            continue  # "晚间新闻" after a broadcast's time: the programme, neither the broadcaster nor a person
        if acceptable(v, o):
            if not rejected or sc >= _SITE_LEVEL:
                shorter = _outlet_before_reporter(v, ranked)
                # (the two agreeing places vouch for it as a byline does)
                chosen = shorter if shorter != v and acceptable(shorter, "byline") else v
            break
        rejected = rejected or bool(_PERSON.match(v))
        # a portal's name in an entry's own fields (a feed's channel or <source>, a record's source field): the
        # portal the item is published on, which says whose it is when nothing else does (a Yahoo 新聞 item that
        # names no partner; Google News's <source>Yahoo新聞</source>). Any other name the item gives goes first. An
        # aggregator's or a platform's name never (Google News, 微信公众平台: they publish nothing; review s33 R10).
        if (
            not portal
            and o in ("front matter", "feed channel")
            and is_portal_name(v)
            and 2 <= len(v) <= 30
            and "://" not in v
        ):
            portal = v
    return chosen or portal


# a footnote's mark after the headline: "…统计公报①", "…统计公报[1]" (a circled number or a bracketed one)
_NOTE_MARK = re.compile(r"\s*(?P<mark>[\u2460-\u2473]|[\[［]\d{1,2}[\]］])$")


def _without_note_mark(title: str, lines: list[str]) -> str:
    """The headline without the footnote mark after it, when the text holds the note it marks: a line after the
    headline that opens with the same mark ("① 本公报2023年数据为初步统计结果。"). A series' part number
    ("…之①", "…（上）") has no such note."""
    if (
        not (m := _NOTE_MARK.search(title))
        or len(_squeeze(title[: m.start()])) < 6
        or title[: m.start()].endswith("之")
    ):
        return ""
    mark = m["mark"]
    for line in lines[1:]:
        note = line.strip()
        if note.startswith(mark) and len(_squeeze(note[len(mark) :])) >= 4 and _squeeze(note) != _squeeze(title):
            return title[: m.start()].rstrip()
    return ""


# the headline a wire sets after its dateline, on the dateline's line: "…电 题：…" (the line nothing else)
_DATELINE_TITLE = re.compile(r"^\s*题\s*[:：]\s*(?P<headline>\S[^\n]{3,118})$")


def _body_and_title(r: _Reading, meta: Metadata, shown: str = "") -> None:
    """The headline (else the lead's first sentence) and the body without the lines read
    as metadata or the headline repeated."""
    lines = r.lines
    kept = [line for i, line in enumerate(lines) if i not in r.used]
    if not any(line.strip() for line in kept):
        # all of it read as metadata: a feed entry whose body is its headline ("关于…的公告"
        # is also a document's title line); its text is that line, not nothing
        kept = [line for line in lines if line.strip()][:1]
    meta.title = r.title.value or ""
    if not meta.title:
        lead = lines[r.lead_index] if r.lead_index is not None and r.lead_index < len(lines) else ""
        if lead and (m := match_dateline(lead)):
            lead = lead[m.end() :]
            lead = _PAREN_AUTHORS.sub("", lead, count=1)
            lead = re.sub(rf"^\s*记者\s*[{_HAN}]{{2,3}}(?:[{_HAN}]{{2,3}})?报[道导]\s*", "", lead)
        if (titled := _DATELINE_TITLE.match(lead)) and _looks_like_headline(titled["headline"]):
            # "新华社北京9月1日电题：教育部：重拳整治…，切实维护学术诚信": a wire's headline in its dateline line, after
            # 题 (dev-retired36 s39h_04): the wire's own, whole, commas and all
            meta.title, meta.title_generated = clean_title(titled["headline"]), False
        else:
            meta.title, meta.title_generated = lead_title(lead) if lead else ("", False)
    if not meta.title:
        meta.title, meta.title_generated = lead_title(next((line for line in kept if line.strip()), ""))
    # A page that repeats its headline (an <h1> used as the title) does not show it twice.
    repeats = 0  # counted, not popped one by one: a page may repeat it 100,000 times
    headline = {_squeeze(meta.title), _squeeze(shown or meta.title)}  # with its section label or without
    if unmarked := _without_note_mark(meta.title, lines):
        headline.add(_squeeze(unmarked))
        meta.title = unmarked
    if r.stamped_h1 and _squeeze(r.stamped_h1).startswith(_squeeze(meta.title)):
        headline.add(_squeeze(clean_title(r.stamped_h1)))  # ...or with the page's time the <h1> shows after it
    # A breadcrumb right above the headline at the text's top ("北京 >> 走近… >> 首页 >> 研究集萃") is the
    # page's navigation, no part of the article (read above for the page's sections): it goes with it
    # (the headline's line itself may have been read as metadata already); so do a blog's name over the
    # post and its links to the posts either side ("bjreader的博客 / 孩子，…- -| 回首页 | … / <headline>")
    own = {_squeeze(n) for n in (r.site, *r.sites) if n}
    top = [i for i, line in enumerate(lines[:12]) if line.strip()][:4]
    crumbs = 0
    while crumbs < min(len(top), 3) and (
        len(lines[top[crumbs]]) <= 200
        and _NAVIGATION.search(lines[top[crumbs]])
        or _post_links(lines[top[crumbs]])
        or _squeeze(lines[top[crumbs]]) in own
    ):
        crumbs += 1
    navigation: set[int] = set()
    if crumbs and crumbs < len(top) and _squeeze(clean_title(lines[top[crumbs]])) in headline:
        navigation = set(top[:crumbs])
    else:
        # ...as do the site's menus a copy keeps above the headline (a run of short items, one a line)
        nav = r.nav
        first = next((i for i, line in enumerate(lines[:_NAV_REACH]) if line.strip() and i not in nav), None)
        if nav and first is not None and first > min(nav) and _squeeze(clean_title(lines[first])) in headline:
            navigation = {i for i in nav if i < first}
    if navigation:
        without = [line for i, line in enumerate(lines) if i not in r.used and i not in navigation and i > top[0]]
        without = without[next((k for k, line in enumerate(without) if line.strip()), 0) :]
        kept = without if any(line.strip() for line in without) else kept
    while repeats < len(kept):
        if _squeeze(clean_title(kept[repeats])) in headline:
            repeats += 1
        elif (
            repeats + 1 < len(kept)
            and kept[repeats].strip()
            and _squeeze(kept[repeats] + kept[repeats + 1]) in headline
        ):
            repeats += 2  # the headline broken over two lines (an <h1> with a <br>, a copy that wrapped it)
        else:
            break
    rest = kept[repeats:]
    if repeats and not any(line.strip() for line in rest):
        rest = kept[:1]  # a headline-only feed entry: the headline is all its text
    elif not r.title.value and meta.title:
        # a headline run into the text's first line, cut off it for the title, leaves the text with it as a
        # headline line does (review s26 N2)
        k = next((k for k, line in enumerate(rest) if line.strip()), None)
        if (
            k is not None
            and (opening := rest[k].strip()).startswith(meta.title)
            and run_in_headline(opening) == meta.title
        ):
            rest = [*rest[:k], opening[len(meta.title) :].lstrip(), *rest[k + 1 :]]
    # a kept paragraph break (a blank line) beside a line taken as metadata goes with it
    rest = [line for k, line in enumerate(rest) if line or (0 < k < len(rest) - 1 and rest[k - 1] and rest[k + 1])]
    meta.body = "\n".join(rest)
    meta.authors = list(
        dict.fromkeys(a for a in r.authors if a and a != meta.source and not _NO_ONE.match(a) and _by_someone(a, meta))
    )
    page_url = r.hm.get("canonical") or r.hm.get("og:url") or ""
    meta.link = r.link or (page_url if re.match(r"https?://", page_url) else "")


# Front matter written with Chinese keys (archives of government documents, notes apps)
_FRONT_ALIASES = {
    "title": ("标题", "题目", "名称"),
    "date": ("发布日期", "发布时间", "日期", "时间", "成文日期", "发文日期"),
    "source": (*SOURCE_LABELS, *ISSUER_LABELS, "媒体"),
    "author": ("作者", "记者"),
    "url": ("链接", "原文链接", "官方链接", "网址"),
}


# a list's heading taken for a byline: "其他文章", "文章", "更多文章" (the author box's links), no one's name
_ARTICLES_LABEL = re.compile(r"^(?:其他|其它|更多|全部|相关|最新|热门|作者|TA的|他的|她的)?文章$")
# the outlet's own desk or report credit: "苦劳报导" on 苦劳网's page (its stem, then 报导/报道/新闻/编辑部)
_OWN_CREDIT = re.compile(r"(?:报导|报道|新闻|编辑部|编辑室)$")


def _by_someone(author: str, meta: Metadata) -> bool:
    """Is ``author`` a person's or a handle's byline, not a label, an outlet or its channel (tester s20 T2)? A list's
    heading ("其他文章"); an outlet with its channel ("明报新闻网-即时新闻", the feed's category); the outlet's own
    credit ("苦劳报导" beside the source 苦劳网) name no one."""
    if _ARTICLES_LABEL.match(author):
        return False
    parts = [p for p in re.split(r"\s*[-–—|｜·]\s*", author) if p]
    if len(parts) >= 2 and any(_is_outlet(p) for p in parts):
        return False
    stem = re.sub(r"(?:网|報|报|台|社|新闻网)$", "", meta.source or "")
    return not (len(stem) >= 2 and author.startswith(stem) and _OWN_CREDIT.search(author))


def _front_aliases(front: dict[str, Any], convert) -> dict[str, Any]:
    """Chinese keys read as their English fields, where the English one is absent. A
    source under a Chinese key must name an outlet or an issuer: 发布单位: 区政府 names
    no one in particular."""
    if not front or not any(isinstance(k, str) and re.match(f"[{_HAN}]", k) for k in front):
        return front
    out = dict(front)
    for field_name, keys in _FRONT_ALIASES.items():
        if out.get(field_name):
            continue
        for key in keys:
            value = front.get(key)
            if value in (None, ""):
                continue
            if field_name == "source":
                name = convert(_text(value))
                if not (_is_outlet(name) or _ISSUER.match(name)):
                    continue
            out[field_name] = value
            break
    return out


_LONE_TOP = 3  # a name alone on one of a text's first lines is its outlet ("标题 / 人民日报 / 正文")


def _beside_top(lines: list[str], i: int, sites: tuple[str, ...]) -> bool:
    """May a line that is only a name be the outlet? Near the top, or beside a date line."""
    if i < _LONE_TOP:
        return True
    for k in (i - 1, i + 1):
        if 0 <= k < len(lines) and (near := parse_info_line(lines[k], sites)) and near.date:
            return True
    return False


def _issuer_named(value: str) -> bool:
    """An issuer field's value is a name, not a crawler's wrong cell ("发布机构: 加快布局", a verb phrase ending in 局:
    tester s21 T14); else it is the weakest place, below the text's own lines."""
    return bool(
        organisation_name(value)
        or _named_outlet(value)
        or (_ISSUER.match(value) and not any(t.startswith("v") for _, t in segment.tag(value, hmm=False)))
    )
