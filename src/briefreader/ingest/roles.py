"""Which field of a set of records is which: one reader for every record shape (JSON objects, CSV columns, XML
children, key:value cards).

A record's fields are found by what their NAMES say and by what their VALUES are, across the records: a field whose
values parse as dates in most records is a date whatever it is called; one of addresses is a link; long prose with
sentence ends is the body; a short line that is each record's own, with no sentence end, is a headline; the same short
value in many records is a source when it names a known outlet, else a category. Each field is scored for each role
and the roles are given by score, best first, one field a role and one role a field (never the first name that
matches). A name the tables know is strong evidence, and values that are plainly not the role's (a "title" of
addresses, a "date" that never parses) overrule it.

The work is bounded: SAMPLE records and FIELDS_MAX fields of each are looked at, VALUE_MAX characters of a value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..punct import HAN_BASIC, SENTENCE_END_ZH
from .fields import labels_of

ROLES = ("title", "body", "summary", "date", "source", "link", "author", "id", "category")
SAMPLE = 60  # records scored (a file's first; its others are read by the roles found)
FIELDS_MAX = 200  # fields of one record looked at
VALUE_MAX = 4000  # characters of a value measured

# What a field's NAME says, one table for every shape: the record readers' lists (records picks a role's field by
# them, in their order), and names the role reader knows besides; as records._key spells names (no spaces, "_" or
# "-", lower case, Simplified). Exact names first; then the head words a longer name holds ("news_title", "文章标题").
# the field names scrapers give (English and Chinese); a crawl's own time (created_at, crawl_time)
# is not the article's and is not read
JSON_TITLE = ("title", "headline", "contenttitle", "news_title", "article_title", "标题", "题目", "headlines")
# the headline as the outlet published it, beside a translated or rewritten "title" (a feed bot's machine-translated
# English "title" over the outlet's "title_original": dev s33_08): the published one is the item's headline
JSON_ORIGINAL_TITLE = ("title_original", "original_title", "title_orig", "orig_title", "原标题", "原始标题")
JSON_BODY = (
    "content", "text", "body", "article", "news_content", "article_content", "content_text", "content_html", "bodies",
    "正文", "内容", "desc", "description", "abstract", "summary", "摘要",
)  # fmt: skip
JSON_DATE = (
    "date", "time", "pubdate", "publish_time", "published", "datetime", "pub_time", "pub_date", "publish_date",
    "publishdate", "published_at", "publishedat", "pubtime", "release_time", "ptime", "pubdatetime",
    "date_published", "发布时间", "发布日期", "日期", "时间", "firstcreated", "originaldate",
    # the item's own time named as its title and body are ("news_title", "news_content", "news_time": an app's news
    # records, dev-retired30 s33h_07)
    "news_time", "news_date", "article_time", "article_date", "post_time", "post_date",
    # a CMS's day of publication spelled out ("published_date": "2018-04-17T00:00:00Z", dev-retired32 s35h_07)
    "published_date", "publication_date",
)  # fmt: skip
# an API's stamp of the item (a hot list's "timestamp": 1742977112706, epoch milliseconds: dev s30_06): the date of a
# record with no body only; a scraper stamps its items with the crawl's time, and a body's own dateline says more
# (review s30 R6)
JSON_STAMP = ("timestamp", "publish_timestamp", "pub_timestamp")
JSON_SOURCE = (
    "source", "website", "media", "site", "publisher", "outlet", "source_name", "media_name", "site_name",
    "sitename", "来源", "媒体", "发布单位", "发布机构",
    # an API's or a crawl's name for the item's origin ("infoSource": "央视新闻", an epidemic news API and its CSV
    # export: dev s36_04/08) and a paper's records naming the paper ("newspaper": "文艺报": dev s36_03)
    "infosource", "newssource", "articlesource", "newspaper", "newspapername", "报纸", "报刊",
    # a government site's record names the office that issued it ("department": "臺南市安平區公所"); read
    # only when no field above names the source
    "department", "部门",
)  # fmt: skip
# a byline field: metadata reads it as front matter's author (an outlet's name there is the source,
# a person's an author, never the source)
JSON_AUTHOR = ("author", "author_name", "authors", "byline", "writer", "reporter", "作者", "记者")
# the item's address (a picture's, a PDF's or the comments' is another thing's)
JSON_LINK = ("url", "link", "source_url", "article_url", "news_url", "originalurl", "链接", "网址")
_SUMMARY = ("desc", "description", "abstract", "summary", "摘要")  # (JSON_BODY's last: read when no text is)


def _spelled(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(re.sub(r"[\s_\-]+", "", n).lower() for n in names))


# A labelled field's words (fields.labels_of: the one table of labels, "标题", "发布时间", "新闻来源", "原文链接")
# name a record's field as they name a text's; a few of them, as a record's field name, say another thing: "文章" or
# "新闻" holds the article, "主题" a topic, "名称" a thing's name, "原创" and "转载" a flag, "输入" an input, "文" one
# character of anything
_NOT_FIELD_NAMES = frozenset({"文章", "新闻", "主题", "名称", "原创", "转载", "输入", "文"})


def _labels(*fields: str) -> tuple[str, ...]:
    return tuple(x for x in _spelled(labels_of(*fields)) if x not in _NOT_FIELD_NAMES)


# (the records' key names first, in their order, then the table's labels and the names only a record's field has)
NAMES: dict[str, tuple[str, ...]] = {
    "title": _spelled((*JSON_TITLE, *JSON_ORIGINAL_TITLE, *_labels("title", "original_title"), "hl", "主旨")),
    "body": _spelled((*(n for n in JSON_BODY if n not in _SUMMARY), *_labels("content"), "maintext", "fulltext",
                      "rawtext", "articletext")),
    "summary": _spelled((*_SUMMARY, "snippet", "excerpt", "lead", "导语")),
    "date": _spelled((*JSON_DATE, *_labels("date"), "createdat", "created")),
    "source": _spelled((*JSON_SOURCE, *_labels("source", "issuer"))),
    "link": _spelled((*JSON_LINK, *_labels("link"), "href", "canonicalurl", "地址")),
    "author": _spelled((*JSON_AUTHOR, *_labels("author"))),  # (an editor is no author: fields.LABELS says so too)
    "id": ("id", "newsid", "docno", "docid", "uuid", "guid", "articleid", "序号", "编号"),
    "category": ("category", "categories", "channel", "section", "column", "type", "tag", "tags", "label",
                 "classify", "class", "分类", "类别", "栏目", "频道", "版面", "类型", "标签"),
}  # fmt: skip
HEADS: dict[str, re.Pattern[str]] = {
    "title": re.compile(r"title|headline|subject|标题|题目|主旨"),
    "body": re.compile(r"content|body|text|article|正文|内容|全文"),
    "summary": re.compile(r"summary|abstract|desc|snippet|excerpt|摘要|摘录|导语"),
    "date": re.compile(r"date|time|日期|时间"),
    "source": re.compile(r"source|publisher|issuer|agency|gov|org|media|outlet|来源|机关|机构|单位|媒体"),
    "link": re.compile(r"url|link|href|链接|网址"),
    "author": re.compile(r"author|byline|writer|reporter|作者|记者"),
    "id": re.compile(r"(?:^|_)id$|id$|编号"),
    "category": re.compile(r"categor|channel|section|column|type|tag|分类|类别|栏目|频道"),
}
# a name that makes a field another thing's: an update's or a crawl's time, a picture's address, a subtitle
NOT: dict[str, re.Pattern[str]] = {
    "date": re.compile(r"update|modif|crawl|scrap|fetch|download|insert|expir|birth|更新|抓取|爬取|下载|采集"),
    "body": re.compile(r"english|url|link|href|path|file|image|img|keyword|tag|type|css|style|script|json"),
    "title": re.compile(
        r"副|引题|肩题|sub(?!ject)|seo|english|英文|网站|站点|site|栏目|频道|版面|专题|column|channel|"
        r"section|categor|分类|pdf|图|img|image|(?<!to)pic|photo|视频|video|file|作者|author"
    ),
    "link": re.compile(r"image|img|pic|photo|video|thumb|cover|icon|logo|avatar|comment|评|图|视频|pdf"),
    "source": re.compile(r"url|link|id$|code|logo|icon"),
}
EXACT, HEAD = 3.0, 1.5  # a name's weight: an exact name, a head word

_URL = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SENTENCE_END = re.compile(f"[{SENTENCE_END_ZH}]|[.!?](?:\\s|$)")
_WORDS = re.compile(rf"[{HAN_BASIC}]|[A-Za-z]{{2,}}")
_HAN = re.compile(f"[{HAN_BASIC}]")
_ID = re.compile(r"^[0-9A-Fa-f-]{1,40}$|^[A-Za-z_]{0,8}\d[\w.-]{0,40}$")
_DATEISH = re.compile(r"\d{4}\D{0,3}\d{1,2}|\d{1,2}月\d{1,2}日|\d{10}(?:\d{3})?$|[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2}")
TITLE_MIN, TITLE_MAX = 4, 200  # characters of a headline
# characters of a field's values, on average, for them to be headlines by their values alone ("央行宣布降准": review s43
# R6; a photographer's name column, "李宗宪#", "许畅摄#", is shorter: dev-retired28 s31h_09)
HEADLINE_MEAN_MIN = 6
LIST_MARKS = re.compile(r"[#|;；]")
_LISTED = re.compile(r"(?:[^#|;；\n]{1,20}[#|;；]\s?){2,}[^#|;；\n]{0,20}|[^#|;；\n]{1,20}[#|;；]")
BODY_MIN = 40  # characters, on average, of a body's values
SHORT_MAX = 40  # characters of a source's or a category's value
REPEATED_MAX = 0.5  # distinct values per record, at most, of a field that repeats one line across records


@dataclass(slots=True)
class Roles:
    """The field each role was given (records._key's spelling of its name), and every field's scores."""

    fields: dict[str, str] = field(default_factory=dict)
    scores: dict[str, dict[str, float]] = field(default_factory=dict)

    def get(self, role: str) -> str:
        return self.fields.get(role, "")


# the name a labelled card's field is given when its label holds a role's head word ("新闻标题" is a title's, "新闻内容"
# the text's, "新闻来源" the source's): the records' own spelling of that role
LABEL_NAMES = {"title": "title", "body": "content", "summary": "summary", "date": "date", "source": "source",
               "author": "author", "link": "url"}  # fmt: skip


def label_role(name: str) -> str:
    """The role a field's name (as records._key spells it) gives by the name table (an exact name or a head word),
    as LABEL_NAMES spells it; "" for none, or for two roles equally (a name that says two things says none)."""
    scored = sorted(((name_score(name, role), role) for role in LABEL_NAMES), reverse=True)
    best, role = scored[0]
    return LABEL_NAMES[role] if best >= HEAD and scored[1][0] < best else ""


def name_score(name: str, role: str) -> float:
    """What a field's name (as records._key spells it) says of a role: EXACT, HEAD, 0, or -EXACT for a name that makes
    the field another thing's (NOT)."""
    if (bad := NOT.get(role)) is not None and bad.search(name):
        return -EXACT
    if name in NAMES[role]:
        return EXACT
    return HEAD if HEADS[role].search(name) else 0.0


def is_date(value: str) -> bool:
    """Does a value parse as a plausible day or month? A number alone is none (an epoch stamp is a crawl's as often
    as the item's: records reads those by name only), but a compact day (20070917) is."""
    import datetime as dt

    from .metadata import parse_date, plausible

    value = value.strip()
    if len(value) > 60 or not _DATEISH.search(value):
        return False
    if value.isdigit():
        if len(value) != 8:
            return False
        try:
            return plausible(dt.date(int(value[:4]), int(value[4:6]), int(value[6:])))
        except ValueError:
            return False
    try:
        found = parse_date(value)
    except (ValueError, OverflowError):
        return False
    return found is not None and found[1] in ("day", "month") and plausible(found[0])


def _ago(value: str) -> bool:
    from .clean import _AGO_LINE  # (the one pattern of a relative time: "2 小时前", "刚刚", "5 hours ago")

    return len(value) <= SHORT_MAX and _AGO_LINE.match(value.strip()) is not None


def _share(values: Sequence[str], test: object) -> float:
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0  # type: ignore[operator]


def _value_scores(values: list[str], records: int) -> dict[str, float]:
    """What a field's values say of each role (values: the non-empty ones, as text, tags gone for the measures)."""
    out = dict.fromkeys(ROLES, 0.0)
    if not values:
        return out
    plain = [" ".join(_TAG.sub(" ", v).split()) for v in values]
    lengths = [len(p) for p in plain]
    mean = sum(lengths) / len(lengths)
    filled = len(values) / max(records, 1)
    urls = _share(values, lambda v: bool(_URL.match(v.strip())))
    # (a time relative to the page's visit, "13 小時前" beside "2021-03-10", is a date's value that gives no day: the
    # field is the records' date, never their headline - dev s46b_02, where it was read as the title)
    dates = _share(values, lambda v: is_date(v) or _ago(v))
    out["link"] = 3.0 * urls if urls >= 0.8 else -2.0
    out["date"] = 3.0 * dates if dates >= 0.6 else (-3.0 if dates < 0.2 else 0.0)
    if urls >= 0.5 or dates >= 0.5:
        for role in ("title", "body", "summary", "source", "author", "category"):
            out[role] = -3.0
        return out
    ended = _share(plain, lambda p: len(_SENTENCE_END.findall(p[:VALUE_MAX])) >= 2)
    worded = _share(plain, lambda p: bool(_WORDS.search(p)))
    if worded < 0.5:
        for role in ("title", "body", "summary", "source", "author", "category"):
            out[role] = -2.0
        out["id"] = 2.0 if _share(values, lambda v: bool(_ID.match(v.strip()))) >= 0.9 else 0.0
        return out
    # the body: long prose with sentences, in most records (the longest such field wins among bodies)
    if mean >= BODY_MIN and ended >= 0.5:
        out["body"] = 2.0 + min(mean / 400, 2.0)
        out["summary"] = 1.0
    elif mean >= BODY_MIN:
        out["body"] = 0.5
    else:
        out["body"] = -1.0
    # a list of names, tags or places joined by a mark ("山东#枣庄#山东省#", "新华社#", "a;b;c": a corpus's entity
    # columns, dev-retired28 s31h_09) is no headline and no text: its names are labels
    listed = _share(plain, lambda p: bool(_LISTED.fullmatch(p)))
    if listed >= 0.8:
        out["title"] = out["body"] = out["summary"] = -3.0
        names = [LIST_MARKS.sub(" ", p).split() for p in plain]
        known = _share([n[0] if len(n) == 1 else "" for n in names], _names_outlet)
        out["source"] = 2.5 if known >= 0.5 else 0.0
        out["category"] = 1.0
        return out
    # a headline: one line, a headline's length, each record's own, seldom a sentence's end inside it
    one_line = _share(values, lambda v: TITLE_MIN <= len(v.strip()) <= TITLE_MAX and "\n" not in v.strip())
    distinct = len(set(plain)) / len(plain)
    if one_line >= 0.8 and ended < 0.3:
        # (one record's short line is as likely a name or a label: its title only when its name says so too; and
        # values alone make a title of headlines' length, a person's or a place's name being shorter)
        out["title"] = 1.0 if records < 2 else 2.0 if distinct >= 0.9 else 0.5 if distinct >= 0.6 else -1.0
        if mean < HEADLINE_MEAN_MIN:
            out["title"] = min(out["title"], 1.0)
    else:
        out["title"] = -1.0
    if records >= 3 and distinct <= REPEATED_MAX:
        # the same few lines across most records are their category, whatever the field is named ("subject": "社會新聞"
        # in seven of twelve records beside each one's own "desc": dev s46b_02, the section read as every headline)
        out["title"] = -EXACT
    # a source or a category: short, the same in many records; a known outlet decides between them
    # (one name, one line: a list of outlets a line each, a digest's "sources", names none of them its publisher:
    # dev-retired31 s34h_09)
    short = _share(values, lambda v: len(" ".join(v.split())) <= SHORT_MAX and "\n" not in v.strip())
    short = min(short, _share(plain, lambda p: not _SENTENCE_END.search(p)))
    if short >= 0.9:
        repeated = records >= 3 and distinct <= REPEATED_MAX
        known = _share(plain, _names_outlet)
        if (0 < known or repeated) and known < 0.5 and _share(plain, _publisher_shaped) >= PUBLISHERS_SHAPED:
            known = 0.5  # (see _publisher_shaped)
        out["source"] = (2.5 if known >= 0.5 else 0.0) + (1.0 if repeated else 0.0)
        out["category"] = (1.0 if repeated else 0.0) - (2.0 if known >= 0.5 else 0.0)
        out["author"] = 0.5 if _share(plain, lambda p: len(p) <= 12) >= 0.9 else 0.0
    else:
        out["source"] = out["category"] = out["author"] = -2.0
    out["id"] = 1.0 if _share(values, lambda v: bool(_ID.match(v.strip()))) >= 0.9 and distinct >= 0.9 else -1.0
    if filled < 0.5:  # a field most records leave empty is a weak candidate for any role
        out = {k: v - 1.0 for k, v in out.items()}
    return out


# An article's prose by its value, whatever its field is named: PROSE_SENTENCES sentences at least, in one string of
# PROSE_ARTICLE_MIN characters or more (tags aside)
PROSE_SENTENCES = 3
PROSE_ARTICLE_MIN = 200


def is_prose(value: object) -> bool:
    if not isinstance(value, str) or len(value) < PROSE_ARTICLE_MIN:
        return False
    plain = _TAG.sub(" ", value[: VALUE_MAX * 5])
    return len(plain.strip()) >= PROSE_ARTICLE_MIN and len(_SENTENCE_END.findall(plain)) >= PROSE_SENTENCES


def _names_outlet(value: str) -> bool:
    """Does the value name an outlet or an office the table knows (a portal's, a platform's or an aggregator's name
    carries others' articles: no publisher, as outlets.outlet_for_url says of their addresses)?"""
    from .outlets import outlet_named

    if not value or len(value) > SHORT_MAX:
        return False
    outlet = outlet_named(value)
    return outlet is not None and outlet.kind in ("outlet", "abroad")


# A column of publishers' names the table half knows: "soure" (sic) of 《求是》, 农科新闻网, 国务院, 农科新闻网,
# 新华社 (an app's news rows copied from gov.cn and 农科新闻网, dev-retired42 s45h_01: 农科新闻网 is no outlet the
# table knows, so the column was no source and two rows had none). A column each of whose values reads as a
# publisher's name - an outlet's the table knows, one in title marks (a paper's or a magazine's), an outlet's or an
# office's by its ending (…网, …报, …社, …台, …刊; 国务院, …局, …委员会: metadata.organisation_name) - is the records'
# source as a known one is. Measured on every dev and retired record file: it decides one column (s45h_01's), nothing
# else changes. Short values only (the branch's SHORT_MAX); a person's or a section's name reads as none.
# (12records s49: or the same publisher-shaped name repeated across the records, none of them known - an aggregation
# API's "origin": "经济参考报" in every record, dev-retired44 s47h_02, a crawl of one paper the table does not know;
# various shaped names with none known, or one record's, still say nothing: measured again on every dev and retired
# file, only that column changes)
PUBLISHERS_SHAPED = 0.8  # of a column's values


def _publisher_shaped(value: str) -> bool:
    from .metadata import organisation_name
    from .outlets import (
        _names_an_outlet,  # (a name the table knows, or an outlet's ending: the table's one list)
        is_aggregator_name,
    )

    name = value.strip()
    if name.startswith("《") and name.endswith("》"):
        name = name[1:-1].strip()
    if len(name) < 2 or len(name) > SHORT_MAX or is_aggregator_name(name):
        return False  # (a platform's name in every record, "今日头条", carries others' articles: no publisher)
    return _names_outlet(name) or (len(name) >= 3 and _names_an_outlet(name)) or bool(organisation_name(name))


# a role is given only when its best field's score is at least this (name and values together)
# (values alone give a title among several records, a body, a date, a link, a known outlet; an author, an id, a
# summary or a category needs its name too)
THRESHOLD = {"title": 1.5, "body": 2.0, "summary": 3.0, "date": 2.5, "source": 2.5, "link": 2.5, "author": 3.0,
             "id": 3.0, "category": 2.5}  # fmt: skip
# how much a name counts beside the values, per role: a date's or a link's values say it all; a source's,
# an author's or a category's name is most of what there is
NAME_WEIGHT = {"title": 1.0, "body": 1.0, "summary": 1.0, "date": 1.0, "source": 1.0, "link": 1.0, "author": 1.0,
               "id": 1.0, "category": 1.0}  # fmt: skip


def assign(records: Sequence[Mapping[str, str]]) -> Roles:
    """The role of each field of ``records`` (each a mapping of a field's name, as records._key spells it, to its
    value as text): scored on the first SAMPLE records, given best first (see the module's docstring)."""
    sample = list(records[:SAMPLE])
    names: dict[str, None] = {}  # (in their order, FIELDS_MAX at most)
    for r in sample:
        for k in list(r)[:FIELDS_MAX]:
            if len(names) < FIELDS_MAX:
                names.setdefault(k)
    scores: dict[str, dict[str, float]] = {}
    for name in names:
        values = [str(r[name])[:VALUE_MAX] for r in sample if str(r.get(name, "")).strip()]
        by_value = _value_scores(values, len(sample))
        scores[name] = {role: by_value[role] + NAME_WEIGHT[role] * name_score(name, role) for role in ROLES}
    roles = Roles(scores=scores)
    # best first; between equal scores the field that comes first
    pairs = sorted(
        ((s, -position, name, role) for position, (name, by) in enumerate(scores.items()) for role, s in by.items()),
        reverse=True,
    )
    for s, _, name, role in pairs:
        if s < THRESHOLD[role] or role in roles.fields or name in roles.fields.values():
            continue
        roles.fields[role] = name
    return roles
