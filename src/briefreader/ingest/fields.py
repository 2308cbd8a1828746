"""One reader for labelled fields: "label<sep>value" wherever a page or a file holds them.

Pages, exports and records write their fields in many layouts: one a line ("标题：…"), several on a line ("作者：X
来源：Y 日期：Z"), set off by a bar ("来源丨新华社") or a bracket ("【来源】新华社"), a label spaced to a column's width
("标　　题："), a table's label cell above its value cell (the label alone on its line, the value on the next), a
credit block at the foot, a record's Latin keys ("title:", "url:", "author:"). Each used to have a reader of its own
with a label list of its own, and a layout between them was read by none. Here ONE table of labels (:data:`LABELS`,
Simplified and Traditional, the older tables' words merged in) maps each label to the field it names, and ONE reader
(:func:`read_fields`) finds every run of fields in any of those layouts and yields it as a :class:`Field` (the field,
its value, the line, how it was written, how sure it is). What a value means (a date, an outlet) is the metadata
scorer's to judge; an editor's or a reporter's name is never offered as a source, and a value is bounded in length.

Bounded: each line is read in a window of :data:`WINDOW` characters from its start, and a value is at most
:data:`VALUE_MAX` characters of its field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..punct import HAN
from ..rx import alternation
from .patterns import ISSUER_LABELS, ORIGIN_LABELS, REPOST_LABELS, SOURCE_LABELS

# label -> the field it names. One table: every reader of labelled fields in ingest maps labels through it.
# title: the text's own headline; original_title: the headline the text had where it was first published
# (a copy's "原标题"); date: when it was published; updated: when the page changed (weaker than any date);
# event: a day the text announces (a meeting's), never the text's; source: the outlet or office the text came
# from; issuer: the office that issued a document; author / editor / credit: people (never a source); link: the
# original's address; doc_number: a document's number (its year dates it weakly); office: the office a form names;
# host: a site's owner (主办单位) or an event's organiser; other: a table's cells no field
# reads (索引号, 主题分类), dropped with their block; content: the text begins.
_TABLE: dict[str, tuple[str, ...]] = {
    "title": (
        *("标题", "题目", "文章标题", "新闻标题", "主题", "帖子主题", "標題", "題目", "文章標題", "新聞標題"),
        # (名称: a document table's; "新闻：法国农民因…": a paste's label of its headline)
        *("名称", "名稱", "新闻", "文章", "title", "headline", "subject"),
    ),
    "original_title": (
        *("原标题", "原題", "原题", "原標題", "本文原标题", "原文标题", "原文標題", "原标题为", "原标题是", "原題為"),
        *("原標題為", "原题为", "本文原標題", "original title"),
    ),
    "date": (
        *("日期", "时间", "發布時間", "发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "成文日期"),
        *("印发日期", "公布日期", "公开日期", "刊登日期", "刊登时间", "见报日期", "出版日期", "发文日期", "上传时间"),
        *("录入时间", "稿件日期", "时间", "時間", "發佈時間", "發表時間", "發布日期", "發佈日期", "出版日期"),
        *("輸入", "输入", "date", "published", "pubdate", "publish_date", "publish date", "publishtime", "time"),
        "posted",
    ),
    "updated": (
        *("更新时间", "更新日期", "最后更新", "最近更新", "最新更新", "修改时间", "修订日期", "更新", "更新時間"),
        *("最後更新", "修改時間", "updated", "modified", "last updated", "last modified"),
    ),
    "event": (
        *("会议时间", "会议日期", "考试时间", "报名时间", "截止时间", "截止日期", "活动时间", "开标时间", "举办时间"),
        *("生效日期", "废止日期", "施行日期", "实施日期", "抓取时间", "爬取时间", "采集时间", "入库时间", "事故日期"),
    ),
    "source": (
        *SOURCE_LABELS,
        *REPOST_LABELS,
        *ORIGIN_LABELS,
        *("來源", "稿源", "出處", "信息來源", "文章來源", "消息来源", "新闻来源", "新聞來源", "转载", "轉載自"),
        # ("from" is no source label: a mail's "From: John Smith <…>" is a person, "from: the ministry said" prose)
        *("source", "publisher", "outlet", "media"),
    ),
    "issuer": (*ISSUER_LABELS, "发文单位", "制发机关", "發布機關", "發文機關", "發布單位", "issuer"),
    # the office a budget's, a report's or a disclosure's form names (its own, not always the text's publisher)
    "office": (
        *(
            "预算主管部门",
            "主管部门",
            "编制部门",
            "编制单位",
            "填报单位",
            "报送单位",
            "单位名称",
            "部门名称",
            "公开单位",
        ),
        *("主管單位", "編制單位", "單位名稱", "部門名稱"),
    ),
    "host": ("主办单位", "主辦單位"),  # a site's owner in its footer; in a text, an event's organiser
    "author": (
        *("作者", "记者", "通讯员", "撰文", "文", "撰稿", "撰稿人", "楼主", "发帖人", "发布人", "采访", "采写"),
        *("作者", "記者", "通訊員", "撰稿", "採訪", "採寫", "author", "by", "writer", "reporter"),
    ),
    "editor": (
        *("编辑", "责任编辑", "责编", "编审", "主编", "美编", "校对", "审核", "审校", "监制", "统筹", "排版"),
        "值班编辑",
        *("編輯", "責任編輯", "責編", "校對", "審核", "editor"),
    ),
    "credit": ("摄影", "摄", "图", "图片", "图文", "攝影", "攝", "視頻", "视频", "photo"),
    "link": (
        *("链接", "原文链接", "原文地址", "网址", "链接地址", "文章链接", "原文网址", "本文链接", "連結", "原文連結"),
        *("網址", "url", "link", "permalink", "original url"),
    ),
    "doc_number": ("发文字号", "文号", "发文字號", "發文字號"),
    # a document table's other cells and a page's counters: read, dropped with their block, never a field's value
    "other": (
        *("索引号", "索引號", "主题分类", "主题词", "主題詞", "公文种类", "体裁分类", "组配分类", "有效性"),
        *("关键词", "关键字", "浏览次数", "阅读次数", "点击数", "字号"),
    ),
    # a page's counters and font controls on its info line ("阅读：58", "字体：大 中 小"), a TV news page's region
    # beside its time ("地区：台北市"): read and dropped there; in a block, no cell of a document's table ("other")
    "counter": ("阅读", "阅读量", "浏览量", "点击", "点击量", "点击率", "访问量", "访问次数", "字体", "地区"),
    "content": ("正文", "内容", "content", "body", "text", "全文"),
}
LABELS: dict[str, str] = {label: name for name, labels in _TABLE.items() for label in labels}


def labels_of(*fields: str) -> tuple[str, ...]:
    """The table's words for ``fields``, in the table's order without repeats: the one source of label words for a
    reader with a list of its own (a record's key names, roles.NAMES: 12records' to take up)."""
    return tuple(dict.fromkeys(x for name in fields for x in _TABLE.get(name, ())))


WINDOW = 400  # characters of a line read, from its start
# characters of a value, at most, by field (a headline of 120 over its usual 64; a name of 40; an address of 300)
VALUE_MAX = {"title": 120, "original_title": 120, "link": 300}
_NAME_MAX = 40
_BLOCK_LINES = 4000  # lines of a text read at most


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled field: what it names, its value as written, where, how, and how sure the reading is."""

    field: str
    label: str
    value: str
    line: int  # the line's index in the lines read
    how: str  # "colon", "bracket", "bar", "next line", "key"
    sure: float  # 0 to 1: a label at a line's start, its value short and whole, is surest
    first: bool  # the field opens its line (no text before it)


def _spaced(label: str) -> str:
    # a Han label of two or three characters may be spaced to a column's width ("标　　题")
    if len(label) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in label):
        return r"[ \u3000]{0,4}".join(re.escape(c) for c in label)
    return re.escape(label).replace(r"\ ", r"[ _]")


def _alternation(labels: Sequence[str]) -> str:
    # (longest first, ties by their text: a set's order changes with the hash seed, and so would the pattern's text,
    # which the regex cache keys on: tests/core/test_cold_start_s35.py)
    return "|".join(_spaced(x) for x in sorted(set(labels), key=lambda x: (-len(x), x)))


_HAN_LABELS = [x for x in LABELS if not x.isascii()]
_LATIN_LABELS = [x for x in LABELS if x.isascii()]
# a Han label anywhere a field may start (a line's start, after a blank, a bar, a slash or a bracket's close), then
# its separator: a colon, a bracket round the label, or a bar
_HAN_FIELD = re.compile(
    r"(?:^|(?<=[\s|｜丨/／,，;；(（)）\]】]))"
    rf"(?:(?P<open>[【\[［〔])\s*(?P<blabel>{_alternation(_HAN_LABELS)})\s*[】\]］〕]\s*[:：]?"
    rf"|(?P<label>{_alternation(_HAN_LABELS)})\s*(?P<sep>[:：]|[丨｜|](?=\s*\S)))\s*"
)
# a Latin key opens its line only ("title: …", "- url: …", "**Author:** …"): in a sentence "from:" is prose
_LATIN_FIELD = re.compile(
    rf"^\s*(?:[-*>]\s+)?(?:\*\*|__)?(?P<label>{_alternation(_LATIN_LABELS)})(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# a label alone on its line (a table's label cell), its value the next line's; never a word a site's menu shows alone
# ("新闻 / 体育", "文章", "图片", "视频": a menu's items one under another, no cell and its value)
_MENU_WORDS = frozenset({"新闻", "文章", "主题", "图片", "视频", "图文", "图", "文", "摄", "攝", "視頻", "更新"})
# what every match of _HAN_FIELD or _LATIN_FIELD holds: its separator (a colon or a bar) or a bracketed label's
# closing bracket; a line with none of them holds no field, and is refused by one scan (issue 19, session 49)
_FIELD_MARK = re.compile(r"[:：|｜丨】\]］〕]")
_LONE_LABEL = re.compile(
    rf"^\s*(?P<label>{_alternation([x for x in _HAN_LABELS if x not in _MENU_WORDS])})\s*[:：]?\s*$"
)
_TRAIL = " \t\u3000/／|｜丨,，;；"


def _label_of(written: str) -> str:
    key = re.sub(r"[ \u3000_]+", " ", written.strip()).lower()
    return key if key in LABELS else re.sub(r"[ \u3000]+", "", key)


# a sentence's end inside a value: prose after a speaker's tag ("记者：你通过什么渠道…？", an interview's question), no
# field's value (a headline may ask or exclaim; an address may hold anything)
_PROSE = re.compile(r"[。？！?!；;]")
_PROSE_OK = frozenset({"title", "original_title", "link"})
_FULL_STOP_WITHIN = re.compile(r"。.")
_LETTERS = re.compile(r"[^\W\d_]")
_HEADLINE_LETTERS = 4


def _bounded(name: str, value: str) -> str:
    value = value.strip(_TRAIL)
    if name not in _PROSE_OK and _PROSE.search(value.rstrip("。.")):
        return ""
    if name in _PROSE_OK and name != "link" and _FULL_STOP_WITHIN.search(value):
        return ""  # a headline has no full stop inside it: a teaser's title glued to its first sentences
    if name in ("title", "original_title") and len(_LETTERS.findall(value)) < _HEADLINE_LETTERS:
        return ""  # a headline is words: "新闻：0351-4281494" is a news desk's telephone
    for open_, close in (("（", "）"), ("(", ")")):
        if value.endswith(close) and value.count(close) > value.count(open_):
            value = value[:-1].rstrip(_TRAIL)  # "（原标题：…）": the bracket round the field, not the value's
    return value if 0 < len(value) <= VALUE_MAX.get(name, _NAME_MAX) else ""


# A platform's word between a source or copy label and the name it credits: "本文转载自微信公众号[温州新壹周]", "来源：
# 微信公众号“经济日报”", "原文来自订阅号「经济观察报书评」", "来自：头条号@某某": the name after the word is the
# account's, the text's publisher on that platform. One table for every value reader (metadata's labelled values,
# copy notes and republication notes); a bare "微信" is no account's word ("转载自微信推送", "来自微信官方公布的…"),
# and a medium word AFTER a name ("央视新闻客户端", "新华社微博") stays the name's own.
PLATFORM_WORDS = (
    *("微信公众号", "微信公眾號", "微信订阅号", "微信訂閱號", "微信服务号", "公众号", "公眾號", "订阅号", "訂閱號"),
    *("服务号", "服務號", "微信号", "微信號", "微博", "新浪微博", "头条号", "頭條號", "百家号", "百家號", "企鹅号"),
    *("搜狐号", "网易号", "網易號", "抖音号", "视频号", "視頻號"),
)
PLATFORM = alternation(PLATFORM_WORDS)
_NAME_CHAR = f"{HAN}A-Za-z0-9"
_ACCOUNT = re.compile(
    rf"(?P<platform>{PLATFORM})\s*[:：@]?\s*@?"
    rf"(?:[“\"「『《【\[](?P<quoted>[{_NAME_CHAR}·・ _\-]{{2,20}})[”\"」』》】\]]"
    rf"|(?P<name>[{_NAME_CHAR}][{_NAME_CHAR}·・_\-]{{1,19}})(?![{_NAME_CHAR}·・_\-]))"
)


# What a platform carries, not who publishes there: a kind of post or of content after the platform's word
# ("百家号文章", "头条号资讯", "微博视频", "微博热搜", "公众号推文", "微博评论截图") names no account (review s44
# R6). Only a run of this table's words is one; a name with any other word in it is a name ("头条号资讯早知道").
POST_KINDS = (
    *("文章", "推文", "推送", "资讯", "資訊", "消息", "视频", "視頻", "短视频", "短視頻", "直播", "评论", "評論"),
    *("热搜", "熱搜", "热搜榜", "熱搜榜", "热榜", "熱榜", "截图", "截圖", "动态", "動態", "帖子", "博文", "图片"),
    *("圖片", "图文", "圖文", "留言", "内容", "內容", "信息", "新闻", "新聞", "话题", "話題", "文字", "报道", "報導"),
    *("原文", "链接", "連結", "网友", "網友", "用户", "用戶", "页面", "頁面", "平台", "账号", "帳號", "发布", "發布"),
)
_POST_KINDS = re.compile(f"(?:{alternation(POST_KINDS)})+")


def _kind_of_post(name: str) -> bool:
    return _POST_KINDS.fullmatch(name) is not None


def account_after(text: str) -> str:
    """The account a platform's word at ``text``'s start names ("微信公众号“枪稿”（ID：…）" -> "枪稿";
    "公众号：中国政府网" -> "中国政府网"); "" when ``text`` opens with no platform's word or no name follows it, or
    the word after it is a kind of post, no name (:data:`POST_KINDS`: "百家号文章", see :func:`post_on_platform`).
    Whether the name is a publisher's (not a person's) is the caller's to judge."""
    m = _ACCOUNT.match(text.lstrip(" \t\u3000:：")[:WINDOW])
    if m is None or (m["name"] and _kind_of_post(m["name"])):
        return ""
    return (m["quoted"] or m["name"] or "").strip()


def post_on_platform(text: str) -> bool:
    """Does ``text`` open with a platform's word and a kind of post after it, and nothing more ("百家号文章",
    "微博视频", "（微博热搜）")? Such a value credits the platform's content, no publisher: no source."""
    text = text.lstrip(" \t\u3000:：（(")[:WINDOW]
    m = _ACCOUNT.match(text)
    return m is not None and bool(m["name"]) and _kind_of_post(m["name"]) and not text[m.end() :].strip(" \t\u3000）)")


# The fields a line of a page's metadata is read for ("来源：X 作者：Y 2024-01-02", metadata's info-line reader), by
# the words of the one table: there a label stands before a colon and may be glued to what stands before it
# ("2024-05-17来源：X", "发布时间：2011-05-03发布人：-", a page's cleaning having run its fields together). A
# headline's, a link's or a text's label is the block reader's (read_fields), never an info line's.
# A label glued after a Han character is one when it has two characters or more and credits no picture: "新闻来源：",
# "见报日期：" are labels, "游戏截图：", "现场地图 :", "预告视频：" are a caption's or a link's words.
INFO_FIELDS = frozenset(
    {"source", "issuer", "author", "editor", "credit", "date", "updated", "event", "doc_number", "other", "counter"}
)
_INFO_WORDS = [x for x in _HAN_LABELS if LABELS[x] in INFO_FIELDS]
_INFO_LABEL = re.compile(
    rf"(?:(?<![{HAN}])(?P<label>{alternation(_INFO_WORDS)})"
    rf"|(?<=[{HAN}])(?P<glued>{alternation(x for x in _INFO_WORDS if len(x) >= 2 and LABELS[x] != 'credit')}))"
    r"\s*[:：]\s*"
)


@dataclass(frozen=True, slots=True)
class InfoLabel:
    """A label of a metadata line: where it stands (its colon and the blanks after it included), and what it names."""

    start: int
    end: int
    label: str
    field: str


def info_labels(line: str) -> list[InfoLabel]:
    """The labels of one metadata line (its first :data:`WINDOW` characters), in order; each field's value runs from
    its label's end to the next label's start."""
    text = line[:WINDOW]
    if ":" not in text and "：" not in text:
        return []  # (every label stands before its colon: a line of text without one is read in one pass, not two)
    return [
        InfoLabel(m.start(), m.end(), label, LABELS[label])
        for m in _INFO_LABEL.finditer(text)
        if (label := m["label"] or m["glued"])
    ]


def info_label(word: str) -> str:
    """The field a metadata line's label names ("来源" -> "source"), "" when the word is no such label."""
    return LABELS[word] if word in LABELS and not word.isascii() and LABELS[word] in INFO_FIELDS else ""


def fields_of_line(line: str, index: int = 0) -> list[Field]:
    """The labelled fields of one line (its first :data:`WINDOW` characters), in order."""
    text = line[:WINDOW]
    if not _FIELD_MARK.search(text):
        return []  # (no separator and no closing bracket: neither pattern can match; issue 19, session 49)
    if (m := _LATIN_FIELD.match(text)) is not None:
        label = _label_of(m["label"])
        name = LABELS[label]
        value = _bounded(name, text[m.end() :])
        return [Field(name, label, value, index, "key", 1.0, True)] if value else []
    found = list(_HAN_FIELD.finditer(text))
    out: list[Field] = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        label = _label_of(m["blabel"] or m["label"])
        name = LABELS[label]
        value = _bounded(name, text[m.end() : end])
        if not value:
            continue
        first = not text[: m.start()].strip(" \t\u3000（(【[")
        how = "bracket" if m["open"] else ("bar" if m["sep"] not in (":", "：") else "colon")
        sure = (1.0 if first else 0.8) - (0.2 if how != "colon" else 0.0) - (0.2 if end == WINDOW else 0.0)
        out.append(Field(name, label, value, index, how, round(sure, 2), first))
    return out


class LineFields:
    """:func:`fields_of_line` for one document, each line read once however often its readers ask (issue 19: a
    briefing's metadata asked ~80 times, two in three for a line read already). Keyed by the line's text and
    made per document, so it holds no more than the document's lines and goes with them; the lists handed out
    are shared: never changed by a caller."""

    __slots__ = ("_read",)

    def __init__(self) -> None:
        self._read: dict[str, list[Field]] = {}

    def __call__(self, line: str, index: int = 0) -> list[Field]:
        found = self._read.get(line)
        if found is None:
            found = self._read[line] = fields_of_line(line)
        # (a line's fields say where it stands: the same text at another index is the same fields there)
        return [replace(f, line=index) for f in found] if index and found else found


def read_fields(
    lines: Sequence[str],
    start: int = 0,
    stop: int | None = None,
    of: Callable[[str, int], list[Field]] = fields_of_line,
) -> Iterator[Field]:
    """Every labelled field in ``lines[start:stop]`` (at most :data:`_BLOCK_LINES` lines), in order: those a line
    holds, and a label alone on its line with the next line its value (a table's two cells). ``of`` reads a line's
    fields: a document's :class:`LineFields`, to read each line once."""
    stop = min(len(lines), start + _BLOCK_LINES if stop is None else stop)
    i = max(0, start)
    while i < stop:
        line = lines[i]
        lone = _LONE_LABEL.match(line[:WINDOW])
        if lone is not None and i + 1 < len(lines):
            after = lines[i + 1][:WINDOW]
            label = _label_of(lone["label"])
            name = LABELS[label]
            # (a cell no field reads takes no value: "分类:" left empty over the issuer's line is no table's pair)
            if name not in ("content", "other") and not of(lines[i + 1], 0) and not _LONE_LABEL.match(after):
                if value := _bounded(name, after):
                    yield Field(name, label, value, i, "next line", 0.7, True)
                    i += 2
                    continue
        yield from of(line, i)
        i += 1
