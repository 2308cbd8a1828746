"""News-corpus records in plain text: ``<doc><url>…</url><contenttitle>…</contenttitle>
<content>…</content></doc>`` (the SogouCS/SogouCA layout and its many copies), and
in JSON: an object, a list of objects or JSON lines with title/content/date/url
fields (news2016zh, scraper dumps).

The tags are fields, not markup to show: each record is one briefing, its
``contenttitle`` the title, its ``url`` the link (and, when the path holds one,
the date). Only records whose fields look like this are read so; any other text
with angle brackets stays text.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..hanzi import to_simplified
from ..punct import COMMA, HAN_BASIC, SENTENCE_END_ZH
from .clean import display_columns, plug_after_rule
from .compilation import sections
from .feed import MAX_ENTRIES
from .outlets import host_of, names_known_outlet, outlet_for_url, outlet_named, outlet_of_label, outlet_of_url
from .roles import (
    JSON_AUTHOR,
    JSON_BODY,
    JSON_DATE,
    JSON_LINK,
    JSON_ORIGINAL_TITLE,
    JSON_SOURCE,
    JSON_STAMP,
    JSON_TITLE,
    Roles,
    is_date,
    is_prose,
    label_role,
)
from .roles import LIST_MARKS as _LIST_MARKS
from .roles import NAMES as ROLE_NAMES
from .roles import SAMPLE as ROLES_SAMPLE
from .roles import assign as assign_roles
from .roles import name_score as role_name_score
from .sql_dump import PROSE_END, PROSE_MIN, dump_tables, looks_like_dump

_RECORD = re.compile(r"<doc\b([^<>]{0,1000})>(.*?)(?:</doc\s*>|(?=<doc\b)|\Z)", re.DOTALL | re.IGNORECASE)
RECORDS_TRIED_MAX = 4 * MAX_ENTRIES  # <doc> tags looked at (empty ones among them: a file of tags is no corpus)
# A record whose fields are its tag's attributes and whose text is its content: WikiExtractor's layout of a wiki dump
# (<doc id="13" url="https://zh.wikipedia.org/wiki?curid=13" title="数学">数学\n\n数学是…</doc>), the form Chinese
# corpora built from Wikipedia and Baike dumps are shared in. Its tag was shown as text, the file read as one document
# (as .xml: nothing at all, its <doc>s no XML file's single root)
_ATTRIBUTE = re.compile(r"""\b([A-Za-z_][\w-]{0,30})\s*=\s*(?:"([^"<>]{0,1000})"|'([^'<>]{0,1000})')""")
_ATTRIBUTE_RECORD = re.compile(r"<doc\b[^<>]{0,1000}\b(?:title|url)\s*=\s*[\"']", re.IGNORECASE)
_TITLE = ("contenttitle", "title", "headline", "hl")
_BODY = ("content", "text", "body", "article")
_DATE = ("date", "time", "pubdate", "publish_time", "datetime")
_SOURCE = ("source", "media", "site")


@dataclass(slots=True)
class Record:
    key: str
    title: str = ""
    body: str = ""
    url: str = ""
    date: str = ""
    source: str = ""
    author: str = ""  # a byline field: a person's name, or the outlet's when the scraper put it there
    channel: str = ""  # the feed's own name (a JSON Feed's title): its carrier, weaker than the record's own source
    # the body's blank lines are its own paragraphs' ends: it was given as a list of strings, one paragraph each (a
    # plain text's blank lines are no sure mark, see ingest's drop_blank_lines)
    paragraphs: bool = False
    markdown: bool = False  # the body is Markdown (a compilation's section: see compilation.py)


_NAMES = ("url", "docno", *_TITLE, *_BODY, *_DATE, *_SOURCE)
# LDC's layout (the NIST MT evaluation sets, Chinese Gigaword): <DOC docid="XIN20041201.0026">,
# the headline in <hl>, the body in <p>s of <seg>s; the docid is the agency's code, the story's
# day and a number. Its text comes word-segmented ("北京市 卫生 局"): the segmenter's spaces go.
_DOCID = re.compile(r"""\b(?:docid|id)\s*=\s*["']?([A-Za-z_]{2,8}(\d{8})[._]?[\w.]*)""", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p\b[^<>]{0,100}>(.*?)(?:</p\s*>|(?=<p\b)|\Z)", re.DOTALL | re.IGNORECASE)
_SEG_TAG = re.compile(r"</?seg\b[^<>]{0,100}>", re.IGNORECASE)
_SEGMENTED = 0.2  # of the Han characters followed by a space, for a text to be word-segmented
_HAN_SPACE = re.compile(f"[{HAN_BASIC}] +(?=[{HAN_BASIC}])")
# a segmenter's space: not between two Latin letters or digits ("GENOSCOPE 领导" -> "GENOSCOPE领导", "DNA and")
_SEG_SPACE = re.compile(r"(?<![A-Za-z0-9]) +| +(?![A-Za-z0-9])")


class Records(list[Record]):
    """The records read; ``more`` when the file holds more than MAX_ENTRIES (the rest not read: said so)."""

    more: bool = False
    bad_lines: tuple[int, ...] = ()  # JSON lines: the 1-based lines that did not parse (skipped: said so)


def _fields(record: str) -> dict[str, str]:
    """The first ``<name>…</name>`` of each known name: one ``find`` pair per name,
    so a record full of unclosed tags costs linear time."""
    lower = record.lower()
    fields: dict[str, str] = {}
    for name in _NAMES:
        start = lower.find(f"<{name}>")
        if start == -1:
            continue
        start += len(name) + 2
        end = lower.find(f"</{name}>", start)
        value = record[start : end if end != -1 else len(record)]
        fields[name] = html.unescape(value).strip()
    return fields


def looks_like_records(text: str) -> bool:
    if _SCRIPT_DATA.match(text) and script_data(text) is not None:
        return False  # a script's data module: its value is read as JSON (its "key: value" lines are no labels)
    head = text[:4096].lower()
    if looks_like_dump(text):
        return True
    if head.lstrip("\ufeff \t\r\n")[:1] == "<" and _tag_lines(text[:4096]):
        return True
    if "\t" in head and (_tab_records(text, sample=True) or _csv_records(text, sample=True, delimiter="\t")):
        return True
    if "," in head and _csv_records(text, sample=True):
        return True
    if (other := _other_delimiter(text)) and _csv_records(text, sample=True, delimiter=other):
        return True
    if ("【" in head[:64] or ":" in head[:40] or "：" in head[:40]) and _label_block(text[:4096]):
        return True
    if "#" in head and _section_records(text) is not None:
        return True
    return "<doc" in head and (
        any(f"<{name}>" in head for name in (*_TITLE, *_BODY, "url", "docno"))
        or ("<p>" in head and "<seg" in head)
        or _ATTRIBUTE_RECORD.search(head) is not None
    )


# A corpus in tab-separated lines, one article a line (THUCNews' cnews sets "体育\t<the article>", a scraper's
# "url\ttitle\tdate\ttext"): what a line IS decides, not a field's name (there is none): every line holds as many
# fields, its last the article (prose: the longest field, with a Chinese sentence's end) and the others short (a
# category label, an address, a day, a headline: no sentence). Read as one text, the lines ran together (a line's
# last words glued to the next line's label and headline: dev s30_01).
TAB_RECORDS_MIN = 2  # lines: one line with a tab is a text's
TAB_FIELD_MAX = 80  # characters of a field beside the article
TAB_BODY_MIN = 40  # characters of the article field
_TAB_SAMPLE = 64 * 1024
_TAB_URL = re.compile(r"^https?://\S+$")
_TAB_DATE = re.compile(r"^\d{4}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_TAB_SENTENCE = re.compile(f"[{SENTENCE_END_ZH}]")
_TAB_NAME = re.compile(rf"^(?:[A-Za-z_][A-Za-z0-9_ -]{{0,30}}|[{HAN_BASIC}]{{1,6}})$")  # a column's name


def _tab_lines(text: str, sample: bool = False) -> list[list[str]] | None:
    """The fields of each non-blank line when the text is such a corpus (see TAB_RECORDS_MIN), else None. With
    ``sample`` only the text's start is looked at (its last line may be cut)."""
    lines = [line for line in (text[:_TAB_SAMPLE] if sample else text).split("\n") if line.strip()]
    if sample and len(text) > _TAB_SAMPLE:
        lines = lines[:-1]
    if len(lines) < TAB_RECORDS_MIN:
        return None
    rows = [line.rstrip("\r").split("\t") for line in lines]
    width = len(rows[0])
    if width < 2:
        return None
    if len(rows) > TAB_RECORDS_MIN and all(_TAB_NAME.match(f.strip()) for f in rows[0]):
        rows = rows[1:]  # a header row naming the columns ("label\tcontent", "类别\t标题\t正文"): no record
    for row in rows:
        if len(row) != width:
            return None
        body = row[-1].strip()
        if len(body) < TAB_BODY_MIN or not _TAB_SENTENCE.search(body):
            return None
        if any(len(f.strip()) > TAB_FIELD_MAX or _TAB_SENTENCE.search(f) for f in row[:-1]):
            return None
        if not any(f.strip() for f in row[:-1]):
            return (
                None  # a tab that indents a paragraph (a .txt habit: "\t据新华社…"): no field before it (review s30 R1)
            )
    return rows


def _tab_records(text: str, sample: bool = False) -> Records | None:
    """The records of a tab-separated corpus (see TAB_RECORDS_MIN): the last field the body; the others' roles by
    what their values are (roles.assign: a field of addresses the link, of days the date, of each line's own words of
    a headline's length the headline, a label that lines share and that names an outlet the source; a category's
    label, "体育", is none of them)."""
    rows = _tab_lines(text, sample)
    if rows is None:
        return None
    width = len(rows[0])
    by_role = assign_roles([{str(k): row[k].strip() for k in range(width - 1)} for row in rows])

    def column(role: str) -> int:
        return int(by_role.get(role)) if by_role.get(role) else -1

    headline, link, day, source = column("title"), column("link"), column("date"), column("source")
    records = Records()
    seen: set[str] = set()
    for row in rows:
        url = row[link].strip() if link >= 0 and _TAB_URL.match(row[link].strip()) else ""
        date = row[day].strip() if day >= 0 else ""
        title = " ".join(row[headline].split()) if headline >= 0 else ""
        outlet = " ".join(_LIST_MARKS.sub(" ", row[source]).split()) if source >= 0 else ""
        body = _without_page_head(title, row[-1].strip())
        records.append(
            Record(
                key=_unique_key(url or title or body[:200], seen),
                title=title,
                body=body,
                url=url,
                date=date,
                source=outlet[:_SOURCE_MAX],
            )
        )
        if len(records) >= MAX_ENTRIES:
            records.more = len(rows) > MAX_ENTRIES
            break
    return records


# A corpus in comma-separated values (a scraper's "url,title,body" with no header; a Weibo dump's header
# "时间,标签（标题),内容,转发数,点赞数,…" over one post a row: dev s32_01-03): quoted fields may hold commas and line
# breaks, so the rows are the csv module's, never the text's lines. What a column IS decides, as in a tab-separated
# corpus: every row has as many fields; one column is the article (the longest, a body's length in every row) and the
# headline column is each row's own words; an address or a day in every row is the link or the date. It is a record
# file only when the columns say so beyond the commas: a header naming a known field (标题, 内容, title, content…), or
# a column of addresses or days in every row (a paragraph of prose with as many commas in each line has none).
CSV_ROWS_MIN = 2  # data rows
CSV_HEADER_NAME_MAX = 30  # characters of a header's column name
CSV_TITLE_MAX = 200  # characters of a headline field
CSV_LABEL_SHARE = 4  # a text's labels hold at most a quarter of its characters
_CSV_SENTENCE = re.compile(r"[。！？!?]")
# (as _key spells them)
_CSV_LINK_NAMES = frozenset(
    ("url", "link", "href", "链接", "网址", "地址", "原文链接", "原文地址", "文章链接", "新闻链接")
)
# or a name that ends in one of them and names no other thing's address ("ARTICLE LINK", "news_url": a news API's
# export, dev s35_04-07; "IMAGE URL", "热评链接" are a picture's and the comments')
_CSV_LINK_END = re.compile(r"(?:url|link|href|链接|网址|地址)$")
_CSV_NOT_LINK = re.compile(r"image|img|pic|photo|video|thumb|cover|icon|logo|avatar|comment|评|图|视频")
# A column that names the text in more words than the lists' ("raw_text", "full_text", "article_text", "clean_content":
# a scraper's corpus, dev s35_08): the body, its cells empty where the scraper got none
_CSV_BODY_END = re.compile(r"(?:text|content|body|正文|内容|全文)$")
# A text column that answers another: an office's reply to a letter, an answer to a question ("答复内容", "回复内容",
# "reply_content", "answer": as _key spells them)
_CSV_REPLY = re.compile(r"^(?:答复|答覆|回复|回覆|回答|reply|answer|response)")
_CSV_OFFICE = re.compile(r"部门|单位|机构|机关|department|office|org|agency")
# A delimiter other than a comma or a tab ("类型|留言标题|留言内容|…": a data set's export, dev s39_07): the header
# line splits into three fields or more on it and has no comma or tab; _csv_rows then wants every row as wide
_OTHER_DELIMITERS = ("|", ";")
# A headline cell wholly in straight double quotes, none inside: the export quoted the headline itself ('"東方大勝永倫
# 闖銀牌負方決賽 鬥南華爭「復活」"' from a cell written """…""": dev s35_04-07), the quotes no part of it
_QUOTED_CELL = re.compile(r'^"([^"]+)"$')


def _csv_rows(text: str, sample: bool = False, delimiter: str = ",") -> tuple[list[str], list[list[str]]] | None:
    """(header or [], data rows) of a comma-separated corpus, else None (see CSV_ROWS_MIN)."""
    import csv
    import io

    first = next((line for line in text[:4096].split("\n") if line.strip()), "")
    if delimiter not in first or first.lstrip().startswith(("<", "{", "[")):
        return None
    chunk = text[:_TAB_SAMPLE] if sample else text
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(chunk, newline=""), delimiter=delimiter):
            if any(f.strip() for f in row):
                rows.append(row)
            if len(rows) > MAX_ENTRIES + 1:
                break
    except csv.Error:  # a field past the module's limit, a NUL: not a corpus it can read
        return None
    if sample and len(text) > _TAB_SAMPLE:
        rows = rows[:-1]  # (the sample's last row may be cut)
    if len(rows) < CSV_ROWS_MIN:
        return None
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return None
    header: list[str] = []
    names = [" ".join(f.split()) for f in rows[0]]
    # (a column may have no name: a dataframe's index saved with it, ",title,content": dev s32_08)
    if (
        all(len(n) <= CSV_HEADER_NAME_MAX and not _TAB_URL.match(n) and not _TAB_DATE.match(n) for n in names)
        and sum(map(bool, names)) * 2 >= width
        and not any(_CSV_SENTENCE.search(n) for n in names)
    ):
        header, rows = names, rows[1:]
    if len(rows) < CSV_ROWS_MIN and not (len(rows) == 1 and _record_header(header)):
        return None
    return header, rows


# A record's text that is its page's text from the top (a crawler's "content" of the page's visible lines): its first
# line is the page's <title>, the record's own title field ("宁夏戈壁崛起…场站--中国能源新闻网"), then the site's
# masthead line ("中电传媒股份有限公司主办"), then the headline again, bare (dev-retired44 s47h_06 #2/#3). What stands
# above the bare headline is the page's head, no text: the text starts under it. Only when the first line IS the
# record's title and the title opens with a later line of the head (the headline, less the site's name after it), the
# lines between short and no sentence.
PAGE_HEAD_LINES = 3  # lines under the title line looked at for the bare headline
PAGE_HEAD_LINE_MAX = 40  # characters of a masthead line between them
PAGE_HEADLINE_MIN = 6  # characters of the bare headline


def _without_page_head(title: str, body: str) -> str:
    """``body`` less its page's head (see PAGE_HEAD_LINES), else as it is."""
    flat_title = "".join(title.split())
    if len(flat_title) < PAGE_HEADLINE_MIN:
        return body
    lines = body.lstrip().split("\n", PAGE_HEAD_LINES + 1)
    if "".join(lines[0].split()) != flat_title:
        return body
    for n in range(1, min(len(lines), PAGE_HEAD_LINES + 1)):
        line = "".join(lines[n].split())
        if len(line) >= PAGE_HEADLINE_MIN and flat_title.startswith(line) and n + 1 < len(lines):
            return "\n".join(lines[n + 1 :]) if lines[n + 1 :] else body
        if len(line) > PAGE_HEAD_LINE_MAX or _CSV_SENTENCE.search(line):
            return body
    return body


def _record_header(header: list[str]) -> bool:
    """Does a header name a record's fields: a headline's column and a text's ("title,content,url,date,source": an
    export cut to its first record, dev-retired44 s47h_08/09)? Then one row under it is one record, its fields
    read by their names, where values alone need CSV_ROWS_MIN rows to say which column is which."""
    keys = [_csv_name(n) for n in header]
    titled = any(k in _TITLE_KEYS for k in keys)
    texted = any(k in _BODY_KEYS and k not in _SUMMARY_KEYS or _CSV_BODY_END.search(k) for k in keys)
    return titled and texted


# A table whose rows each carry their record as a JSON object in one column ("url<TAB>json_data" over rows of
# {"@type": "NewsArticle", "headline": …, "articleBody": …, "datePublished": …} with every hanzi \u-escaped: a
# crawler's export of each page's JSON-LD, dev-retired42 s45h_07, whose rows were read with the JSON's text as their
# articles): each object is the row's record, read as JSON records are, the row's other columns its fields beside it
# (the object's own fields first). Only when every row's cell in that column is one JSON object.
def _json_cell_records(text: str) -> Records | None:
    import json

    head = text[:4096]
    for delimiter in ("\t", ","):
        if delimiter + "{" not in head and delimiter + '"{' not in head:
            continue
        found = _csv_rows(text, False, delimiter)
        if found is None:
            continue
        header, rows = found
        width = len(rows[0])
        for k in range(width):
            objects: list[dict[str, object]] = []
            for row in rows:
                cell = row[k].strip()
                if not (cell.startswith("{") and cell.endswith("}")):
                    break
                try:
                    value = json.loads(cell)
                except (ValueError, RecursionError):
                    break
                if not isinstance(value, dict):
                    break
                others = {(header[j] if header and header[j] else str(j)): row[j] for j in range(width) if j != k}
                objects.append({**{n: v for n, v in others.items() if n not in value}, **value})
            else:
                records = _records(objects)
                records.more = records.more or len(rows) > MAX_ENTRIES
                return records or None
    return None


def _first_named(cell: str) -> str:
    """A cell naming several offices, comma-separated ("市交通委,公交集团公司": the reply's offices), gives the first;
    any other cell stays as it is."""
    names = re.split(f"[{COMMA}]", cell)
    if 2 <= len(names) <= 4 and all(0 < len(n.strip()) <= 20 and _HAN_CHAR.search(n) for n in names):
        return names[0].strip()
    return cell


def _other_delimiter(text: str) -> str:
    """The delimiter of a corpus's header line when it is "|" or ";" (see _OTHER_DELIMITERS), else ""."""
    first = next((line for line in text[:4096].split("\n") if line.strip()), "").strip()
    if "," in first or "\t" in first or first.startswith("|"):
        return ""  # (a line opening with "|" is a Markdown table's)
    return next((d for d in _OTHER_DELIMITERS if first.count(d) >= 2), "")


def _csv_name(name: str) -> str:
    """A header's column name, spelled as the lists spell theirs:
    ("标签（标题)" -> "标签标题", "Publish Time" -> "publishtime")."""
    return _key(re.sub(r"[^\w]", "", name))


def _csv_records(text: str, sample: bool = False, delimiter: str = ",") -> Records | None:
    """The records of a comma-separated corpus (see CSV_ROWS_MIN), else None. With a tab for ``delimiter``: a
    tab-separated corpus _tab_lines does not read (a quoted field holding line breaks, a header over a summary
    column longer than a label's)."""
    found = _csv_rows(text, sample, delimiter)
    if found is None:
        return None
    header, rows = found
    width = len(rows[0])
    columns = [[row[k].strip() for row in rows] for k in range(width)]
    lengths = [sum(map(len, c)) for c in columns]
    keys = [_csv_name(n) for n in header]
    # the body: the column the header names the text's (正文, content; a summary's only when none), else the longest
    # (named, its measure is the column's: a short post or an empty cell among the rows is a row's, the file's
    # still a corpus; found by its length, every row's)
    named_body = [
        k
        for k, name in enumerate(keys)
        if (name in _BODY_KEYS or (_CSV_BODY_END.search(name) and not _NOT_TEXT_WORD.search(name)))
        and lengths[k] >= TAB_BODY_MIN * len(rows)
    ]
    main = [k for k in named_body if keys[k] not in _SUMMARY_KEYS]
    # (a column of addresses is never the text, however long: an index's rows of title, url, date gave their urls as
    # their articles, judge batch s42b_11)
    addresses = {k for k in range(width) if any(columns[k]) and all(_TAB_URL.match(v) for v in columns[k] if v)}
    longest = [k for k in range(width) if k not in addresses] or list(range(width))
    body = (main or named_body or [max(longest, key=lambda k: lengths[k])])[0]
    # a letter's record and the office's reply to it (a city's 留言 board: 留言内容 … 答复内容, dev s39_07): the reply
    # is the record's text too, after the letter
    reply = next((k for k in main if k != body and _CSV_REPLY.match(keys[k])), -1)
    texts = [v for v in columns[body] if v]
    # rows of headlines: the header names the text column a title's or a text's, and its every cell is one line of a
    # headline's length, each row's own (an index's rows of title, address, day: judge batch s42b_11; a headline
    # classifier's "text,label" rows: judge batch s43b_06, whose header stayed in one document's text). Each row's
    # headline is its text, as a feed entry's without a description is (dev s29_04/05). What decides is the header's
    # name and the column's values, no address beside them (s43b_06 has none; that rule is gone): a column of one
    # value repeated is a category's, never the text (a table's "内容" of the same word in every row stays a table)
    # A column the header names a text's ("内容") of one-line cells is a headline's or a short text's only beside what
    # an index or a data set gives one: a headline's column, its address, its day, or labels (each other column a
    # category, its values repeated). Beside columns of each row's own short values (a task table's 序号, 责任单位,
    # 完成时限: review s45 R3) it is a table's column, the table one document.
    urls = [k for k in range(width) if k != body and all(_TAB_URL.match(v) for v in columns[k])]
    # (a day has its month: a column of four-digit numbers is a table's figures, "总投资（万元）" 1000, 2000…)
    days = [k for k in range(width) if k != body and all(_TAB_DATE.match(v) and not v.isdigit() for v in columns[k])]
    categories = all(len(set(columns[k])) * 2 <= len(rows) for k in range(width) if k != body)
    # (or a column the field lists name an outlet's or a byline's, "内容,来源" of news flashes and their outlets: an
    # index's as a headline's column is - review s47 R5; a task table's 责任单位 is no list's name)
    headed = any(
        keys[k] in _TITLE_KEYS or _TITLE_WORD.search(keys[k]) or keys[k] in _LABEL_SOURCE_KEYS
        or keys[k] in _LABEL_AUTHOR_KEYS
        for k in range(len(keys)) if k != body
    )  # fmt: skip
    listing = (
        not named_body
        and bool(keys)
        and (
            keys[body] in _TITLE_KEYS
            or bool(_TITLE_WORD.search(keys[body]))
            or (keys[body] in _BODY_KEYS and bool(headed or urls or days or categories))
        )
        and all(len(v) <= CSV_TITLE_MAX and "\n" not in v for v in columns[body])
        and len(set(columns[body])) * 2 > len(rows)
    )
    if (not named_body and not listing and any(len(v) < TAB_BODY_MIN for v in columns[body])) or not all(
        re.search(f"[{HAN_BASIC}A-Za-z]", v) for v in texts
    ):
        return None
    # (a name the field lists know, or a headline's: "标签（标题)"; a table's "项目名称", "建设内容" name no article's
    # field: a table of projects stays one document, review s32)
    named = bool(keys) and any(k in _FIELD_KEYS or _TITLE_WORD.search(k) for k in keys)
    # or a text and its labels, whatever the header names them ("label,review", "news,label": a classifier's data
    # set): under a header, one column of prose in every row, the others short labels with no sentence, their
    # characters a small share of the text's (a table's columns of names and figures beside a "建设内容" are none)
    labelled = (
        bool(keys)
        and all(_CSV_SENTENCE.search(v) for v in columns[body])
        and sum(lengths[k] for k in range(width) if k != body) * CSV_LABEL_SHARE <= lengths[body]
        and not any(_CSV_SENTENCE.search(v) for k in range(width) if k != body for v in columns[k])
    )
    if not named and not urls and not days and not labelled:
        return None  # commas and nothing else: prose, or a table of figures

    def column(test: Any) -> int:
        return next((k for k, name in enumerate(keys) if k != body and test(name)), -1)

    # the other columns' roles by their names and values (roles.assign), read where no listed name says
    names = [keys[k] if keys and keys[k] and keys.count(keys[k]) == 1 else str(k) for k in range(width)]
    by_role = assign_roles([{names[k]: columns[k][n] for k in range(width) if k != body} for n in range(len(rows))])

    def role(name: str) -> int:
        return names.index(by_role.get(name)) if by_role.get(name) else -1

    title = column(lambda k: k in _TITLE_KEYS) if keys else -1
    if title < 0 and keys:
        title = column(lambda k: bool(_TITLE_WORD.search(k)))
    if title < 0 and (title := role("title")) >= 0 and any(len(v) > CSV_TITLE_MAX for v in columns[title]):
        title = -1  # (by what the values are: each row's own words, a headline's length)
    if listing and (title < 0 or not (keys[title] in _TITLE_KEYS or _TITLE_WORD.search(keys[title]))):
        title = body  # the headline is the row's title and its text (a column the header names the title stays it)
    date = column(lambda k: k in _LABEL_DATE_KEYS or bool(_DATE_WORD.search(k) and not _NOT_DATE_WORD.search(k)))
    date = date if date >= 0 else (days[0] if days else role("date"))
    # a date column whose name says its times are UTC ("PUBLISHED DATE (GMT)": a news API's export, dev s35_04): each
    # is a moment, given on its publisher's calendar (明報's 2023-08-22 20:30 is the 23rd in Hong Kong; see _zone_of)
    in_utc = date >= 0 and bool(keys) and bool(_UTC_COLUMN.search(keys[date]))
    country = column(lambda k: k in _COUNTRY_KEYS) if in_utc else -1
    # the article's address: a column of addresses, unless its header names another's ("热评链接": the comments')
    link = next((k for k in urls if not keys or keys[k] in _CSV_LINK_NAMES), -1)
    if link < 0 and keys:
        link = next((k for k in urls if _CSV_LINK_END.search(keys[k]) and not _CSV_NOT_LINK.search(keys[k])), -1)
    source = column(lambda k: k in _LABEL_SOURCE_KEYS)
    source = source if source >= 0 or reply >= 0 else role("source")
    if reply >= 0:  # the reply closes the text: its office and its day are the record's ("答复部门", "答复时间")
        source = column(lambda k: bool(_CSV_REPLY.match(k) and _CSV_OFFICE.search(k))) if source < 0 else source
        date = next((k for k in days if _CSV_REPLY.match(keys[k])), date)
    author = column(lambda k: k in _LABEL_AUTHOR_KEYS)
    records = Records()
    seen: set[str] = set()
    for row in rows:

        def field(k: int, row: list[str] = row) -> str:
            return " ".join(row[k].split()) if k >= 0 else ""

        url, headline = field(link), field(title)
        if quoted := _QUOTED_CELL.match(headline):
            headline = quoted[1].strip()
        if (listed := _literal_list(headline)) is not None and len(listed) == 1:
            headline = " ".join(listed[0].split())  # (a list held as one string, see _literal_list)
        text_ = row[body].strip()
        if (paragraphs := _literal_list(text_)) is not None:
            text_ = _text_value(paragraphs).strip()
        if reply >= 0 and (answer := row[reply].strip()):
            text_ = f"{text_}\n{answer}" if text_ else answer
        if not text_:
            continue  # (a row the scraper got no text for)
        text_ = _without_page_head(headline, text_)
        records.append(
            Record(
                key=_unique_key(url or headline or text_[:200], seen),
                title=headline,
                body=text_,
                url=url,
                date=(
                    _local_stamp(field(date), _zone_of(field(country), url, field(source)))
                    if in_utc and _NAIVE_STAMP.match(field(date))
                    else _publisher_stamp(field(date))
                ),
                source=_first_named(field(source))[:_SOURCE_MAX],
                author=field(author),
            )
        )
        if len(records) >= MAX_ENTRIES:
            records.more = len(rows) > MAX_ENTRIES
            break
    return records


_UTC_COLUMN = re.compile(r"^(?:gmt|utc)|(?:gmt|utc)$")  # (a header as _csv_name spells it: "publisheddategmt")
_COUNTRY_KEYS = frozenset({"country", "region", "国家", "地区", "国家地区"})
# A UTC column's moment is given on its publisher's own calendar: the zone of the row's country (an export's
# "COUNTRY": "Hong Kong", "New Zealand"), of its address or its name (the outlet table's region: 明報 is Hong
# Kong's), else the country code ending its host or a portal's edition's first label. The Chinese-speaking regions
# are UTC+8; a zone abroad only as the system's zone database gives it (New Zealand's UTC+12 or +13 with its summer).
# A row whose publisher's zone is not known keeps its stamp as written: precision first, the UTC day rather than a
# guessed one (an aggregator's export carries Hong Kong, Taiwan, New Zealand and Emirates outlets side by side: dev
# s35_04/05).
_UTC8 = "+08:00"
_ZONES = {
    **dict.fromkeys(("hongkong", "香港", "hk", "taiwan", "台湾", "tw", "china", "中国", "cn", "macau", "macao"), _UTC8),
    **dict.fromkeys(("澳门", "mo", "singapore", "新加坡", "sg", "malaysia", "马来西亚", "my"), _UTC8),
    **dict.fromkeys(("newzealand", "新西兰", "nz"), "Pacific/Auckland"),
    **dict.fromkeys(("unitedarabemirates", "阿联酋", "ae"), "Asia/Dubai"),
    **dict.fromkeys(("japan", "日本", "jp"), "Asia/Tokyo"),
    **dict.fromkeys(("southkorea", "korea", "韩国", "kr"), "Asia/Seoul"),
}
_CHINESE_REGIONS = frozenset({"mainland", "hk", "mo", "tw"})


def _zone_of(country: str, url: str, publisher: str = "") -> str:
    """The zone of a row's publisher (see _ZONES): its country's, else its address's or its name's; "" when not
    known."""
    if zone := _ZONES.get(_key(country)):
        return zone
    if outlet := outlet_of_url(url) or outlet_named(publisher):
        regions = outlet.region if isinstance(outlet.region, tuple) else (outlet.region,)
        if regions and all(r in _CHINESE_REGIONS for r in regions):
            return _UTC8
    host = host_of(url)
    if "." not in host:
        return ""
    # (a portal's regional edition names its region first: hk.sports.yahoo.com, tw.news.yahoo.com, dev s35_08)
    return _ZONES.get(host.rsplit(".", 1)[-1], "") or (_UTC8 if host.split(".", 1)[0] in ("hk", "tw", "mo") else "")


def _local_stamp(stamp: str, zone: str) -> str:
    """A naive UTC stamp as its publisher's wall-clock time with its offset; as written when the zone is not known."""
    import datetime as dt

    if not zone:
        return stamp
    try:
        moment = dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return stamp
    if zone == _UTC8:
        return moment.astimezone(dt.timezone(dt.timedelta(hours=8))).isoformat()
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo(zone)).isoformat()
    except (ImportError, LookupError, ValueError, OSError):
        return stamp  # (no zone database on this system: as written)


_NAIVE_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?$")


def _segmented(text: str) -> bool:
    """Is a record's text word-segmented: a space after a fifth of its Han characters or more?"""
    han = len(re.findall(f"[{HAN_BASIC}]", text))
    return han > 0 and len(_HAN_SPACE.findall(text)) >= han * _SEGMENTED


def _unsegmented(text: str) -> str:
    """A word-segmented text with the segmenter's spaces taken out."""
    return "\n".join(_SEG_SPACE.sub("", line.strip()) for line in text.split("\n"))


def _ldc_body(record: str) -> str:
    """The <p>s of an LDC record, a paragraph each, their <seg>s joined."""
    paragraphs = []
    for m in _PARAGRAPH.finditer(record):
        words = " ".join(html.unescape(_SEG_TAG.sub(" ", m[1])).split())
        if words:
            paragraphs.append(words)
    return "\n\n".join(paragraphs)


def _docid_date(attributes: str) -> tuple[str, str]:
    """(docid, its day as YYYY-MM-DD) of an LDC record's <DOC docid=…>; ("", "") for none, and
    no day when the digits are no plausible date."""
    m = _DOCID.search(attributes)
    if m is None:
        return "", ""
    digits = m[2]
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return m[1], ""
    return m[1], f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


# A record of bracketed field labels, one a line (a reprint corpus's "【 文献号 】2-4565", "【原文出处】人民日报",
# "【 标  题 】…", "【 正  文 】" over the article: dev-retired26 s29h_01-03): the file opens with a block of such
# lines, a title's label and a body's among them. What the block IS decides: a catalogue card over the article,
# whose labels are never text; the label names say which field is the headline, the body, the outlet, the byline (the
# names JSON records use), and a field whose value is a whole day (19980619, 1998-06-19) is the date. A field's value
# runs on to the lines under it until the next label (a headline over two lines); the body's runs to the next record,
# which starts at the first label again. The same card with its labels before a colon ("Title:" over the headline,
# "Content:" over the article: a headline-generation corpus's records, dev-retired24 s27h_06-08) opens with a field
# the JSON names know, and its labels are those names.
_LABEL_LINE = re.compile(r"^[ \t\u3000]*【([^【】\n]{1,16})】[ \t\u3000]*(.*)$", re.MULTILINE)
LABEL_BLOCK_MIN = 3  # label lines at the file's head, a title's and a body's among them
LABELED_CARDS_MAX = MAX_ENTRIES + 1  # first labels read: one past the records read says that there are more
_LABEL_NAME = re.compile(f"^[{HAN_BASIC}]{{2,6}}$")
_COLON_LABEL_LINE = re.compile(
    rf"^[ \t\u3000]*([A-Za-z][A-Za-z_ -]{{1,15}}|[{HAN_BASIC}]{{2,4}})[ \t]*[:：][ \t\u3000]*(.*)$", re.MULTILINE
)
_LABEL_DAY = re.compile(r"^(\d{4})(?:(\d{2})(\d{2})|[-/.年](\d{1,2})[-/.月](\d{1,2})日?)$")


def _label_key(label: str) -> str:
    """A card's label as the lists spell it; a label no list holds but whose head word says its field ("新闻标题",
    "新闻内容", "新闻来源": roles.label_role) as that field's listed name."""
    key = _key("".join(label.split()))
    # (a Chinese label only, its head word last: a Latin one, "Markdown Content" under a reader's "Title:" and "URL
    # Source:", names its own thing: dev-retired29 s32h_03/04, dev-retired37 s40h_09 were read as cards by it)
    return key if key in _FIELD_KEYS or key.isascii() else (label_role(key) or key)


def _label_block(text: str) -> list[re.Match[str]] | None:
    """The label lines of a labeled record (see _LABEL_LINE) when the text opens with them, else None."""
    if not text.lstrip(" \t\u3000\r\n\ufeff").startswith("【"):
        return _colon_block(text)
    matches: list[re.Match[str]] = []
    keys: set[str] = set()
    first, starts = "", 0
    for m in _LABEL_LINE.finditer(text):
        named = _LABEL_NAME.match("".join(m[1].split()))
        if len(matches) < LABEL_BLOCK_MIN:
            if not named or text[matches[-1].end() if matches else 0 : m.start()].strip():
                return None  # text of its own before the labels, or a bracket that names no field: an article's
        elif not named:
            continue  # ("【编者按：…】" in the body is its text)
        key = _label_key(m[1])
        first = first or key
        starts += key == first
        if starts > LABELED_CARDS_MAX:
            break  # (enough cards read: the file's others are said to be there, not read: review s31 R12)
        keys.add(key)
        matches.append(m)
    if len(matches) < LABEL_BLOCK_MIN or not keys & _TITLE_KEYS or not keys & _BODY_KEYS:
        return None
    return matches


def _colon_block(text: str) -> list[re.Match[str]] | None:
    """The label lines of a record whose labels end in a colon ("Title:", "Content:"): the first line one of the
    field names records use, a title's and a body's among them (which of them are the card's, and which are lines
    of its body, _labeled_records decides)."""
    head = _COLON_LABEL_LINE.match(text, len(text) - len(text.lstrip(" \t\u3000\r\n\ufeff")))
    if head is None or _label_key(head[1]) not in _FIELD_KEYS:
        return None
    matches: list[re.Match[str]] = []
    keys: set[str] = set()
    first, starts = _label_key(head[1]), 0
    for m in _COLON_LABEL_LINE.finditer(text, head.start()):
        key = _label_key(m[1])
        if key not in _FIELD_KEYS:
            continue
        starts += key == first
        if starts > LABELED_CARDS_MAX:
            break  # (review s31 R12, as in _label_block)
        keys.add(key)
        matches.append(m)
    return matches if keys & _TITLE_KEYS and keys & _BODY_KEYS else None


def _label_day(value: str) -> str:
    """A field's value that is a whole day, as YYYY-MM-DD (metadata.plausible: 1949 to next year), else ""."""
    import datetime as dt

    from .metadata import plausible

    m = _LABEL_DAY.match("".join(value.split()).strip("：:"))
    if m is None:
        return ""
    month, day = (m[2], m[3]) if m[2] else (m[4], m[5])
    try:
        when = dt.date(int(m[1]), int(month), int(day))
    except ValueError:
        return ""
    return when.isoformat() if plausible(when) else ""


_SUMMARY_KEYS = frozenset(("desc", "description", "abstract", "summary", "摘要"))  # (as _key spells them)
CARD_LABELS_MAX = 40  # labels of one card looked at for its headline's and body's


def _cards(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where each card starts and where its body's label is, as indexes of ``matches``: a card starts at the first
    label, and again at that label only where a headline's and a body's label follow before it comes once more (a
    notice's "时间：3月5日上午9时" in its body is a line of the body: review s31 R4). The body's label is the card's
    first that names the text itself (正文, Content), else its summary's (摘要, Abstract: a summary over the text is a
    field then, R5); every label after it, to the next card, is a line of the body."""
    first = _label_key(matches[0][1])
    at = [i for i, m in enumerate(matches) if _label_key(m[1]) == first] + [len(matches)]
    cards: list[tuple[int, int]] = []
    for start, stop in zip(at, at[1:], strict=False):
        keys = [_label_key(m[1]) for m in matches[start : min(stop, start + CARD_LABELS_MAX)]]
        main = next((k for k, key in enumerate(keys) if key in _BODY_KEYS and key not in _SUMMARY_KEYS), None)
        body = main if main is not None else next((k for k, key in enumerate(keys) if key in _BODY_KEYS), None)
        if body is None or not any(key in _TITLE_KEYS for key in keys[:body]):
            continue  # no card: its lines are the body's of the card above (or the file is no record)
        cards.append((start, start + body))
    return cards


# Fields every card closes with, under its body ("media: 聯合報" / "date: {'date': '2026-08-09 18:41'}" / a rule, in a
# scraper's "key: value" dump, dev s39c_02): the same labels, in the same order, last in every card and naming a field
# the lists know (a source, a date, an author, a link), each a short value: the card's fields, not lines of its body.
# A label in one card's body alone ("时间：3月5日上午9时" in a notice: review s31 R4) is no card's closing field.
CLOSING_FIELD_MAX = 80  # characters of a closing field's value
_RULE_ONLY = re.compile(r"^[\s\-–—=_*#~·.]*$")
_REPR_VALUE = re.compile(r"""^\{\s*['"]\w{1,20}['"]\s*:\s*['"]([^'"{}]{1,60})['"]\s*\}$""")


def _closing_fields(text: str, matches: list[re.Match[str]], cards: list[tuple[int, int]], ends: list[int]) -> int:
    """How many label lines close every card as its fields (see CLOSING_FIELD_MAX), 0 when none do."""
    if len(cards) < 2:
        return 0
    known = _LABEL_SOURCE_KEYS | _LABEL_DATE_KEYS | _LABEL_AUTHOR_KEYS | {"url", "link", "链接", "网址"}
    tails: list[list[str]] = []
    for n, (_, body_at) in enumerate(cards):
        stop = matches[ends[n]].start() if ends[n] < len(matches) else len(text)
        tail: list[str] = []
        for i in range(ends[n] - 1, body_at, -1):
            m = matches[i]
            after = text[m.end() : matches[i + 1].start() if i + 1 < ends[n] else stop]
            key = _label_key(m[1])
            if key not in known or len(m[2].strip()) > CLOSING_FIELD_MAX or not _RULE_ONLY.match(after):
                break
            tail.append(key)
        tails.append(tail)
    common = 0
    while all(len(t) > common for t in tails) and len({t[common] for t in tails}) == 1:
        common += 1
    return common


def _labeled_records(text: str) -> Records | None:
    matches = _label_block(text)
    if matches is None:
        return None
    cards = _cards(matches)
    if not cards or cards[0][0] != 0:
        return None
    records = Records()
    seen: set[str] = set()
    ends = [cards[n + 1][0] if n + 1 < len(cards) else len(matches) for n in range(len(cards))]
    closing = _closing_fields(text, matches, cards, ends)
    for n, (start, body_at) in enumerate(cards):
        card_end = ends[n]
        stop = matches[card_end].start() if card_end < len(matches) else len(text)
        fields: dict[str, str] = {}
        if closing:  # the fields every card closes with (see _closing_fields): the card's, the body stops above them
            stop = matches[card_end - closing].start()
        for i in [*range(start, body_at), *range(card_end - closing, card_end)]:
            m = matches[i]
            key = _label_key(m[1])
            value = m[2].strip() if i >= body_at else (m[2] + "\n" + text[m.end() : matches[i + 1].start()]).strip()
            if key in _TITLE_KEYS:
                fields.setdefault("title", value)
            elif key in _LABEL_SOURCE_KEYS or key.endswith(("出处", "来源")):
                fields.setdefault("source", value)
            elif key in _LABEL_AUTHOR_KEYS:
                fields.setdefault("author", value)
            elif key in _LABEL_DATE_KEYS and "date" not in fields:
                # a date field's value as written ("时间：：2018年11月19日", dev s25_01): metadata reads it
                fields["date"] = _label_day(value) or value.strip(" ：:")
            elif (day := _label_day(value)) and "date" not in fields:
                fields["date"] = day
            elif i == start:
                fields["id"] = value
        m = matches[body_at]
        if closing and "date" in fields and (quoted := _REPR_VALUE.match(fields["date"])):
            fields["date"] = quoted[1]  # a dict's repr as the value ("{'date': '2026-08-09 18:41'}")
        body = (m[2] + "\n" + text[m.end() : stop]).strip("\n")
        if not body.strip():
            continue
        title = " ".join(fields.get("title", "").split())
        key = _unique_key(fields.get("id") or title or body[:200], seen)
        records.append(Record(key=key, title=title, body=body, date=fields.get("date", ""),
                              source=" ".join(fields.get("source", "").split()),
                              author=" ".join(fields.get("author", "").split())))  # fmt: skip
        if len(records) > MAX_ENTRIES:
            break
    if len(records) > MAX_ENTRIES:
        del records[MAX_ENTRIES:]
        records.more = True
    return records or None


# A scraper's dump in tag lines (dev s39_11-12, a court-documents spider's): each field's value between two lines
# naming it ("<docid>" / "8d6d…" / "<docid>", then "<major_text>", "<basic_inf>"…: the same line opens and
# closes it), each value often ONE JSON string literal, every CJK character a \uXXXX escape. A record opens again
# with its first field's name. The article is the field holding the most prose (the document's page text); the rest
# are the site's panels (an info box, a list of the laws cited) and the scraper's id, no text of it. An HTML
# element's name is markup, never a field: a fragment as a prettifier writes it ("<h1>" / headline / "</h1>",
# "<p>" / … / "</p>") is a page (review s39 R4).
_TAG_LINE = re.compile(r"^<([A-Za-z_][\w.-]{0,40})>$")
_HTML_NAMES = frozenset(
    "html head body title meta link script style div span p a b i u s em strong small big font center br hr img "
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption section article header footer "
    "nav main aside figure figcaption blockquote pre code form label input button select option textarea iframe "
    "sub sup abbr cite q time mark del ins".split()
)
TAG_LINE_FIELDS_MIN = 2  # distinct field names in a record


def _tag_lines(text: str) -> list[tuple[str, str]]:
    """(name, value) of each field of a dump in tag lines (see _TAG_LINE), in order; [] when the text is none: its
    first line a field's name, every field closed by its own name and at least TAG_LINE_FIELDS_MIN names."""
    import json

    fields: list[tuple[str, str]] = []
    name = ""
    value: list[str] = []
    for line in text.split("\n"):
        line = line.strip("\r")
        if (m := _TAG_LINE.match(line.strip())) is not None and m[1].lower() in _HTML_NAMES:
            return []  # markup
        if m is None:
            if not name:
                if line.strip():
                    return []  # text outside a field: no dump
                continue
            value.append(line)
            continue
        if not name:
            name, value = m[1], []
        elif m[1] == name:
            raw = "\n".join(value).strip()
            if len(raw) >= 2 and raw[0] == raw[-1] == '"':
                try:
                    decoded = json.loads(raw)
                except ValueError:
                    decoded = raw[1:-1]
                raw = decoded if isinstance(decoded, str) else raw
            fields.append((name, raw))
            name = ""
        else:
            return []  # a field opened inside another: markup, not a dump
    return fields if len({n for n, _ in fields}) >= TAG_LINE_FIELDS_MIN else []


def _tag_line_records(text: str) -> Records | None:
    fields = _tag_lines(text)
    if not fields:
        return None
    records = Records()
    seen: set[str] = set()
    first = fields[0][0]
    groups: list[list[tuple[str, str]]] = []
    for name, value in fields:
        if name == first or not groups:
            groups.append([])
        groups[-1].append((name, value))
    for group in groups:
        prose = [v for _, v in group if _PROSE.search(v)]
        if not prose:
            continue
        body = max(prose, key=len)
        ident = group[0][1] if len(group[0][1]) <= 200 else body[:200]
        records.append(Record(key=_unique_key(ident, seen), body=body))
        if len(records) >= MAX_ENTRIES:
            records.more = len(groups) > MAX_ENTRIES
            break
    return records or None


def _dump_records(text: str) -> Records | None:
    """The article records of an SQL dump (see sql_dump): the rows of the table whose records hold the most text, read
    as JSON objects are (their columns' roles by names and values); None when no table's rows are articles (a
    schema's settings, a lookup table). A site's dump holds its categories, users and comments beside its posts
    (dev-retired39 s42h_01: a comment's "content" is a word or two): the posts are the table of text."""
    # the tables come by what their rows hold as they are, the text in prose first (sql_dump measures it as it reads
    # them), and only the first few are read as records, each at a role reading's cost (every table read so took 2-3 s
    # a table of 2,000 rows: review s47 R7): the first whose rows are articles
    tables = dump_tables(text, MAX_ENTRIES)
    for rows in list(tables.values())[:DUMP_TABLES_READ]:
        records = _records(rows[:MAX_ENTRIES])
        records.more = len(rows) > MAX_ENTRIES
        if records:
            return records
    return None


DUMP_TABLES_READ = 4  # tables of a dump read as records, most prose first


_SUBHEADING = re.compile(r"^#{1,6}[ \t]+(\S[^\n]{0,60}?)[ \t#]*$", re.MULTILINE)


def _section_records(text: str) -> Records | None:
    """The articles of a Markdown compilation (see compilation.py): each section's headline its title, its day's line
    its date, the rest its Markdown text, a sub-heading that only names the text's field ("### Content", "### 正文")
    no part of it."""
    found = sections(text, is_date)
    if not found:
        return None
    records = Records()
    seen: set[str] = set()
    for headline, day, body in found[:MAX_ENTRIES]:
        body = _SUBHEADING.sub(lambda m: "" if label_role(_key(m[1])) == "content" else m[0], body).strip("\n")
        records.append(
            Record(key=_unique_key(f"{headline}\0{day}", seen), title=headline, body=body, date=day, markdown=True)
        )
    records.more = len(found) > MAX_ENTRIES
    return records


def parse_records(text: str) -> Records:
    if looks_like_dump(text) and (dumped := _dump_records(text)) is not None:
        return dumped
    if text.lstrip("\ufeff \t\r\n")[:1] == "<" and (dump := _tag_line_records(text)) is not None:
        return dump
    if ("【" in text[:64] or ":" in text[:40] or "：" in text[:40]) and (labeled := _labeled_records(text)) is not None:
        return labeled
    if "<doc" not in text[:4096].lower() and (celled := _json_cell_records(text)) is not None:
        return celled
    if "<doc" not in text[:4096].lower() and (tabbed := _tab_records(text)) is not None:
        return tabbed
    if "<doc" not in text[:4096].lower() and "\t" in text[:4096] and (tabs := _csv_records(text, delimiter="\t")):
        return tabs
    if "<doc" not in text[:4096].lower() and (commas := _csv_records(text)) is not None:
        return commas
    if (other := _other_delimiter(text)) and (delimited := _csv_records(text, delimiter=other)) is not None:
        return delimited
    if "#" in text[:4096] and (compiled := _section_records(text)) is not None:
        return compiled
    records = Records()
    seen: set[str] = set()
    for tried, m in enumerate(_RECORD.finditer(text)):
        if tried >= RECORDS_TRIED_MAX:
            records.more = True  # (tags enough with no record in them: the rest is not read, said so)
            break
        fields = _fields(m[2])
        docid, day = _docid_date(m[1])
        if not any(fields.get(n) for n in _BODY) and (body := _ldc_body(m[2])):
            fields["content"] = body
        attributes = {a[1].lower(): html.unescape(a[2] or a[3] or "").strip() for a in _ATTRIBUTE.finditer(m[1])}
        if not fields and (attributes.get("title") or attributes.get("url")):  # (see _ATTRIBUTE)
            fields = {n: attributes[n] for n in ("title", "url") if attributes.get(n)}
            if ident := attributes.get("id"):
                fields["docno"] = ident
            fields["content"] = html.unescape(_ANY_TAG.sub("", m[2])).strip()
            if not fields["content"]:
                continue  # (a tag with no text: no article)
        if "hl" in fields:  # the headline's <seg>
            fields["hl"] = " ".join(_SEG_TAG.sub(" ", fields["hl"]).split())
        if docid:
            fields.setdefault("docno", docid)
            if day:
                fields.setdefault("date", day)
        if not fields:
            continue

        def pick(names: tuple[str, ...], fields: dict[str, str] = fields) -> str:
            return next((fields[n] for n in names if fields.get(n)), "")

        ident = fields.get("docno") or fields.get("url") or pick(_TITLE) or pick(_BODY)[:200]
        key = _unique_key(ident, seen)
        title, body = " ".join(pick(_TITLE).split()), pick(_BODY)
        if _segmented(f"{title}\n{body}"):
            title, body = _unsegmented(title), _unsegmented(body)
        records.append(
            Record(
                key=key,
                title=title,
                body=body,
                url=fields.get("url", ""),
                date=pick(_DATE),
                source=pick(_SOURCE),
            )
        )
        if len(records) >= MAX_ENTRIES:
            records.more = _RECORD.search(text, m.end()) is not None
            break
    return records


# a record's carrier: a news API's "src" (极速数据's 新浪 headlines: "src": "新浪港股", "环球市场播报", "新闻滚动", dev
# s33_07) names the column or channel that carries the item, not always who wrote it: read as a feed's channel is,
# under the item's own credit ("转自：上观新闻"), and never when it is a section's name only ("新闻滚动")
_JSON_CARRIER = ("src",)
# (a carrier is a NAME in Han characters: "src" is first of all a picture's or a file's address ("pic/1.jpg"), a
# language's code ("zh") or a platform's word ("weibo"), and "原创"/"转载" say how the item came, not who carries it:
# review s36 R1)
_CARRIER_NAME = re.compile(f"[{HAN_BASIC}][{HAN_BASIC}A-Za-z0-9·]{{1,19}}")
_NOT_CARRIER = re.compile(r"^(?:原创|转载|转帖|独家|推荐|热门|置顶|精选|首发|综合)$")


def _carrier(value: str) -> str:
    value = value.strip()
    return value if _CARRIER_NAME.fullmatch(value) and not _NOT_CARRIER.match(value) else ""


# a field given as an object ({"source": {"id": null, "name": "Reuters"}}, NewsAPI's form) is its name; an app's
# author object names its account ({"userName": "澎湃新闻", "userId": 1, "userImg": …}: dev-retired30 s33h_07), which
# metadata reads as it reads any author (an outlet's name there is the source, a person's an author)
_NAME_KEYS = ("name", "title", "label", "名称", "username", "nickname", "screenname", "displayname")


def _key(name: object) -> str:
    """A field's name as the lists spell it: publishTime, publish-time and PUBLISH_TIME are publish_time;
    a Chinese name in Simplified (標題 is 标题: a Taiwan court's record, dev-retired15 s18_43)."""
    key = _spelled(name)
    return key if key.isascii() else _simplified_key(key)


@lru_cache(maxsize=4096)
def _simplified_key(key: str) -> str:
    """A field name in Simplified, converted once however many records and lookups ask (review s21 R2: OpenCC per
    call, ~8 calls a field a record, was 80% of 2,000 Taiwan records' 4.3 s)."""
    return to_simplified(key)


def _spelled(name: object) -> str:
    """_key without the script: the lists' own names, already Simplified, taken at import without
    loading OpenCC (test_import_hygiene: the core's import loads no heavy dependency)."""
    return re.sub(r"[\s_\-]+", "", str(name)[:100]).lower()


# an API's answer wraps its articles: {"data": {"list": [...]}}; objects keyed by their ids add a level each (a media
# monitor's {"data": {"groups": {<id>: {"title", "sources": {<id>: {"title", "content"}}}}}}: five levels, dev-retired39
# s42h_07, its stories unread at three)
_NESTING = 5


def _items(data: object, depth: int = 0) -> list[dict[str, object]]:
    """The objects that may be articles: the document's own, else those one to three levels
    down in the containers an API's answer wraps them in (data, items, list, articles...)."""
    items = data if isinstance(data, list) else [data]
    own = [d for d in items[:MAX_ENTRIES] if isinstance(d, dict)]
    if depth >= _NESTING or any(_has_article(d) for d in own) or any(map(_prose_record, own)):
        return own
    if depth and isinstance(data, list) and own and len(own) == len(items[:MAX_ENTRIES]) and all(map(_news_item, own)):
        # a list of news (each a headline with its address or day, no text: a list API's answer beside another
        # answer's article, dev-retired43 s46h_03) under a container: its items are records as an article is (inside
        # an article its lists are its links: the article is returned above, never looked into)
        return own
    found: list[dict[str, object]] = []
    for d in own:
        if (story := _block_story(d)) is not None:
            found.append(story)  # one article whose body is its list of blocks (see _block_story)
            continue
        titled = any(_key(k) in _TITLE_KEYS for k in list(d)[:_FIELDS_MAX])
        for k, v in d.items():
            if isinstance(v, dict) and role_name_score(_key(k), "author") > 0:
                # an object under a byline's name is whose the record or the answer is, never an article: an API's
                # own author beside its data ("Author": {"name": "Alone88", "desc": "由Alone88提供的免费API 服务…"}:
                # a mock module's answers, dev-retired43 s46h_03, each read as a record)
                continue
            if titled and isinstance(v, dict) and _has_article(v) and not any(_key(k) in _TITLE_KEYS for k in v):
                # an object with a text and no headline under a record with one is that record's part: its author
                # with the outlet's self-description ("Author": {"AuthorName", "Description": "中国经济时报是由…
                # 主办的经济类报纸。"} beside "Title", "PublishTime", "Link" and an empty "Content": a 今日头条 API
                # answer, dev s45b_02), never an article (each was read, the outlet's blurb its headline)
                continue
            if isinstance(v, (list, dict)) and len(found) < MAX_ENTRIES:
                if (latest := _latest_version(d, v)) is not None:
                    found.append(latest)
                    break
                found += _items(v, depth + 1)
    return found[:MAX_ENTRIES]


# A monitor's record of a page it scrapes again and again (dev s34_07, a rail operator's news: id, title, publish_date,
# detail_url, and "version_history": [{"scraped_at": …, "content_html": …, "content_text": …}, …]): the record with
# the headline is the article, and its body is in its versions, each stamped with the time it was taken. What they
# ARE: one article's copies over time, never articles of their own (each was read alone, headline-less, twice for a
# page scraped twice): one record, the latest version's body. Objects with a body and no stamp under a titled one (a
# story's typed content blocks, dev-retired29 s32h_08) are not its versions.
_STAMP_WORD = re.compile(r"(?:scrap|fetch|crawl|captur|retriev|snapshot|抓取|爬取|采集)\w{0,10}")  # scraped_at


def _latest_version(item: dict[str, object], value: object) -> dict[str, object] | None:
    """``item`` with its latest version's body fields, when ``value`` is its list of stamped versions (see above)."""
    if not isinstance(value, list) or _has_article(item) or not any(_key(k) in _TITLE_KEYS for k in item):
        return None
    versions = [v for v in value[:MAX_ENTRIES] if isinstance(v, dict)]
    if not versions or len(versions) != len(value[:MAX_ENTRIES]):
        return None
    if not all(_has_article(v) and any(_STAMP_WORD.fullmatch(_key(k)) for k in v) for v in versions):
        return None
    if any(_key(k) in _TITLE_KEYS for v in versions for k in v):
        return None  # versions with headlines of their own are articles
    body = {k: x for k, x in versions[-1].items() if _key(k) in _BODY_KEYS}
    return {**{k: x for k, x in item.items() if not isinstance(x, (list, dict))}, **body}


_BODY_KEYS = frozenset(map(_spelled, JSON_BODY))
_TITLE_KEYS = frozenset(map(_spelled, JSON_TITLE))
_DATE_KEYS = frozenset(map(_spelled, JSON_DATE))
_LINK_KEYS = frozenset(map(_spelled, JSON_LINK))


# A story given as its headline over a list of content blocks under a name no list knows: a CMS's story document (Arc
# Publishing's ANS: "headlines": {"basic": …}, "content_elements": [{"type": "text", "content": "…"}, {"type":
# "header", …}, {"type": "image", "caption": …}], dev-retired40 s43h_13), an app's article detail ({"title": …,
# "contentBlocks": [{"subHead": …, "content": …, "photos": […]}], s43h_14). Each block was read as an article of its
# own, its first sentence a headline (20 briefings of one story). What the list IS, by structure: the blocks hold
# text and none has a headline, a date or an address of its own (a list of records, comments or related stories has
# them), under an object that has a headline and no body: that object is the article, its body the blocks' text in
# their order (a block's own subheading, a line over its text; blocks without text, pictures, hold none of it).
_BLOCK_HEAD = re.compile(r"subhead|heading|header|小标题")
BLOCKS_MIN = 2  # blocks with text: one is a record's own body under another name
_AFTER_RULE_BLOCKS = 8  # blocks after a rule near the end looked at for a plug (as clean's lines)


def _block_text(block: dict[str, object]) -> tuple[str, str]:
    """(a content block's subheading, its text); ("", "") for a block without text."""
    text = next(
        (t for k, v in list(block.items())[:_FIELDS_MAX] if _key(k) in _BODY_KEYS and (t := _text_value(_valued(v)))),
        "",
    )
    if not text.strip():
        return "", ""
    head = next(
        (v for k, v in list(block.items())[:_FIELDS_MAX] if isinstance(v, str) and _BLOCK_HEAD.search(_key(k))), ""
    )
    return " ".join(head.split())[:CSV_TITLE_MAX], text.strip()


_BLOCK_RULE = re.compile(r"^\s*(?:[-–—=_*~·]\s*){3,}$")
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"'<>\s]{1,300})["']""", re.IGNORECASE)


def _plug_after_rule(pieces: list[str]) -> int:
    """Where the story's blocks end: at a rule block near the end when what follows it is the outlet's plug
    (clean.plug_after_rule: a few short lines, calls with their links: "蘋果App大升級 更簡潔更就手！了解更多" linking
    to the app under "-----", s43h_13), judged on each block's words with the addresses its links go to (the text
    keeps a link's words only, where the plug would look like a line of the story); else all of them."""
    for i in range(len(pieces) - 1, max(-1, len(pieces) - 2 - _AFTER_RULE_BLOCKS), -1):
        if _BLOCK_RULE.match(_ANY_TAG.sub("", pieces[i])):
            tail = [" ".join([_ANY_TAG.sub("", p), *_HREF.findall(p[:2000])]) for p in pieces[i + 1 :]]
            return i if plug_after_rule(tail) else len(pieces)
    return len(pieces)


def _block_lines(blocks: list[dict[str, object]]) -> list[str]:
    """Each block's own line over its text, when every block holds one under the same name that no list knows: a
    question over its answer ({"问题": "什么是专项附加扣除？", "内容": "…"}, {"q": …}: a FAQ's list, whose questions
    were dropped with the blocks made one story - review s47 R6). One line of words each (hanzi, or Latin words with
    a blank: an id or a block's type is none), each block's own; else "" for every block."""
    # (each block's names spelled once, the first of a spelling kept: names x blocks x fields cost 5 s on a story of
    # 120 blocks of 200 fields, review s48 R3)
    spelled: list[dict[str, object]] = [{} for _ in blocks]
    for fields, b in zip(spelled, blocks, strict=True):
        for k, v in list(b.items())[:_FIELDS_MAX]:
            fields.setdefault(_key(k), v)
    for name in spelled[0]:
        if name in _BODY_KEYS or _BLOCK_HEAD.search(name) or _NOT_TEXT_WORD.search(name):
            continue
        values = [fields.get(name) for fields in spelled]
        lines = [" ".join(v.split()) if isinstance(v, str) and "\n" not in v.strip() else "" for v in values]
        if (
            all(0 < len(v) <= CSV_TITLE_MAX and (_HAN_CHAR.search(v) or " " in v) for v in lines)
            and not any(_ADDRESS_VALUE.match(v) for v in lines)
            and len(set(lines)) == len(lines)
        ):
            return lines
    return [""] * len(blocks)


def _block_story(item: dict[str, object]) -> dict[str, object] | None:
    """``item`` with its body read from its list of content blocks, when it is such a story (see above); else None."""
    fields = list(item.items())[:_FIELDS_MAX]
    titled = any(_key(k) in _TITLE_KEYS and _text_value(_valued(v)).strip() for k, v in fields)
    if not titled or _has_article(item):
        return None
    best: tuple[str, list[str]] | None = None
    for k, v in fields:
        if not isinstance(v, list):
            continue
        blocks = [b for b in v[:MAX_ENTRIES] if isinstance(b, dict)]
        texts = [(b, _block_text(b)) for b in blocks]
        texts = [(b, t) for b, t in texts if t[1]]
        if len(texts) < BLOCKS_MIN or any(
            _key(n) in _TITLE_KEYS or _key(n) in _DATE_KEYS or _key(n) in _LINK_KEYS
            for b, _ in texts
            for n in list(b)[:_FIELDS_MAX]
        ):
            continue
        lines = _block_lines([b for b, _ in texts])
        pieces = [p for (_, (head, text)), line in zip(texts, lines, strict=True) for p in (head or line, text) if p]
        if best is None or len(pieces) > len(best[1]):
            best = (str(k), pieces)
    if best is None:
        return None
    name, pieces = best
    pieces = pieces[: _plug_after_rule(pieces)]
    if any(_BLOCK_MARKUP.search(p) for p in pieces):
        pieces = [p if _BLOCK_LEVEL.match(p) else f"<p>{p}</p>" for p in pieces]
    return {**{k: v for k, v in fields if str(k) != name}, "content": "\n".join(pieces)}


def _prose_record(item: dict[str, object]) -> bool:
    """Does the object hold an article's prose under a name no list knows ("cbody", "clongleadbody" beside "cheadline":
    FT中文网's API records, dev-retired40 s43h_09)? Then it is a record, read by the fallback names (see _loose_body),
    and its objects are its parts (a column's description, a picture's): the records were never looked for in them."""
    return any(is_prose(v) and not _NOT_TEXT_WORD.search(_key(k)) for k, v in list(item.items())[:_FIELDS_MAX])


def _one_article(item: dict[str, object]) -> bool:
    """Is the object an article itself, its lists its links, no records? One with a title ("related":
    R14), or one holding an article's prose under a name no list knows: a forum's post as its API gives it
    (Discourse's "cooked" HTML beside "link_counts": [{"title": "…| Facebook", "url": …}]: dev s41b_07), its titled
    list what the post links to (it was read as the records: a Facebook page's title, the essay lost)."""
    return any(_key(k) in _TITLE_KEYS for k in item) or _prose_record(item)


def _titled_list(item: dict[str, object], depth: int = 0) -> list[dict[str, object]]:
    """The list of objects with a title, one to three levels down in an object that holds no body anywhere: an
    API's list of headlines (a hot list: dev s30_06) under its "data"; the longest such list, [] for none."""
    best: list[dict[str, object]] = []
    if _one_article(item):
        return best
    for v in list(item.values())[:_FIELDS_MAX]:
        if isinstance(v, list):
            dicts = [d for d in v[:MAX_ENTRIES] if isinstance(d, dict)]
            titled = [d for d in dicts if any(_key(k) in _TITLE_KEYS for k in d)]
            if len(titled) >= 2 and len(titled) * 2 > len(v[:MAX_ENTRIES]) and len(titled) > len(best):
                best = titled
        elif isinstance(v, dict) and depth < _NESTING and len(found := _titled_list(v, depth + 1)) > len(best):
            best = found
    return best


# An app's state or mock data holding several lists of news under names of its own ("newDatas": {"news": […]},
# "recommend": […], beside the tabs' and the accounts' cards, "tabData": [{"title": "新闻"}], "follow": [{"title":
# "资源宝盒", "brief": …}]: a Vuex store, dev s45b_04): every list whose objects each have a headline (a headline's
# measure, RECORD_HEADLINE_MIN) and an address or a day is one of news; two or more such lists are all the records, in
# the document's order (the longest alone lost the other; a menu's or a card's titles are words, without either).
NEWS_LISTS_MIN = 2


def _news_lists(item: dict[str, object]) -> list[dict[str, object]]:
    """The objects of every list of news (see above) in ``item``, when there are NEWS_LISTS_MIN or more; else []."""
    lists: list[list[dict[str, object]]] = []
    budget = [HEADLINE_LISTS_MAX * 4]  # objects looked into

    def walk(node: dict[str, object], depth: int) -> None:  # (depth first, in the document's order)
        budget[0] -= 1
        if budget[0] < 0 or _one_article(node):
            return
        values = list(node.values())[:_FIELDS_MAX]
        own = [[d for d in v[:MAX_ENTRIES] if isinstance(d, dict)] if isinstance(v, list) else [] for v in values]
        whole = [
            isinstance(v, list) and bool(dicts) and len(dicts) == len(v[:MAX_ENTRIES])
            for v, dicts in zip(values, own, strict=True)
        ]
        news = any(ok and all(map(_news_item, dicts)) for ok, dicts in zip(whole, own, strict=True))
        for v, dicts, ok in zip(values, own, whole, strict=True):
            if ok and (all(map(_news_item, dicts)) or (news and all(map(_untitled_news_item, dicts)))):
                lists.append(dicts)
            elif isinstance(v, dict) and depth < _NESTING:
                walk(v, depth + 1)

    walk(item, 0)
    if len(lists) < NEWS_LISTS_MIN:
        return []
    return [d for found in lists for d in found][:MAX_ENTRIES]


def _untitled_news_item(d: dict[str, object]) -> bool:
    """Is the object, beside a list of news in the same object, an item of news with its headline under another name
    (the "top" story as {"abs": "中共中央政治局召开会议、分析研究2020年经济工作", "url", "site"}: dev s45b_04): an
    address, and one line of a headline's measure?"""
    fields = list(d.items())[:_FIELDS_MAX]
    if any(_key(k) in _TITLE_KEYS for k, _ in fields) or _has_article(d):
        return False
    if not any(_key(k) in _LINK_KEYS and isinstance(v, str) and v.strip() for k, v in fields):
        return False
    return any(
        isinstance(v, str)
        and _key(k) not in _LINK_KEYS
        and not _NOT_TEXT_WORD.search(_key(k))
        and RECORD_HEADLINE_MIN <= len("".join(v.split())) <= CSV_TITLE_MAX
        and "\n" not in v
        and _HAN_RUN.search(v) is not None
        for k, v in fields
    )


def _news_item(d: dict[str, object]) -> bool:
    """Has the object a headline of a headline's measure, and an address or a day (see _news_lists)?"""
    fields = list(d.items())[:_FIELDS_MAX]
    title = next((v for k, v in fields if _key(k) in _TITLE_KEYS and isinstance(v, str)), "")
    if len("".join(title.split())) < RECORD_HEADLINE_MIN or _has_article(d):
        return False
    return any((_key(k) in _LINK_KEYS or _key(k) in _DATE_KEYS) and isinstance(v, (str, int)) and v for k, v in fields)


# The same list when its headline's field has a name no list knows ({"result": {"data": [{topic, source, date, url}]}}:
# an app's mock data, dev s44b_03): the list of objects whose fields the role reader reads as a headline (by its
# values: one line each, a headline's length, each its own) beside a day or an address. Looked for only where no
# titled list is; at most HEADLINE_LISTS_MAX lists are judged (each on the role reader's sample of its objects).
HEADLINE_LISTS_MAX = 32


def _headline_list(item: dict[str, object]) -> list[dict[str, object]]:
    """The longest list of objects read as headlines by their values (see above) in ``item``; [] for none."""
    best: list[dict[str, object]] = []
    if _one_article(item):
        return best
    lists: list[list[dict[str, object]]] = []
    todo: list[tuple[dict[str, object], int]] = [(item, 0)]
    while todo and len(lists) < HEADLINE_LISTS_MAX:
        d, depth = todo.pop()
        for v in list(d.values())[:_FIELDS_MAX]:
            if isinstance(v, list):
                dicts = [x for x in v[:MAX_ENTRIES] if isinstance(x, dict)]
                if len(dicts) >= 2 and len(dicts) * 2 > len(v[:MAX_ENTRIES]):
                    lists.append(dicts)
            elif isinstance(v, dict) and depth < _NESTING and not _one_article(v):
                # an article's own lists are its links, at any level, as in _titled_list (review s30 R14)
                todo.append((v, depth + 1))
    for dicts in lists[:HEADLINE_LISTS_MAX]:
        if len(dicts) <= len(best):
            continue
        roles = assign_roles([{**f, **texts} for _, f, texts in map(_prepared, dicts[:ROLES_SAMPLE])])
        if roles.get("title") and (roles.get("date") or roles.get("link")):
            best = dicts
    return best


def _has_article(item: dict[str, object]) -> bool:
    for k, v in item.items():
        if _key(k) in _BODY_KEYS and _text_value(_valued(v)).strip():
            return True
    return False


# A list held as one string: a scraper's list of paragraphs written with str() or json.dumps into a text field
# ("content": "['第一段。', '第二段。']", pandas' CSV of a list column): the list it spells, its brackets and quotes no
# text. Read only when the whole value is such a literal of strings (bounded as _python_literal is).
_LIST_LITERAL = re.compile(r"""\A\s*\[\s*(['"]).*\1\s*\]\s*\Z""", re.DOTALL)
LIST_LITERAL_MAX = 512 * 1024


def _literal_list(value: str) -> list[str] | None:
    if len(value) > LIST_LITERAL_MAX or not _LIST_LITERAL.match(value):
        return None
    if value.count(",") > _PYTHON_LITERAL_ELEMENTS:
        return None
    import ast
    import json

    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        try:
            parsed = ast.literal_eval(value.strip())
        except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
            return None
    return parsed if isinstance(parsed, list) and parsed and all(isinstance(x, str) for x in parsed) else None


# A field whose text is given encoded: base64 of UTF-16LE ("<EncodedContent>PABoAHQAbQBs…": "<html><body><P>…" as a
# .NET news client saves its articles, dev-retired39 s42h_04/05/11), of UTF-8 or of UTF-16 with its BOM. Decoded only
# where the payload says it is text: base64 throughout, past an identifier's length, whose bytes decode strictly in
# the encoding they show (a BOM; UTF-16's zero bytes, every other one, under ASCII; else UTF-8) to characters nearly
# all of them a text's (printable ASCII, blanks, hanzi, CJK punctuation and full-width forms: random bytes, an id's or
# a hash's, are not). Bounded: at most BASE64_TEXT_MAX characters of the field.
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")  # (over the payload without its line breaks: one way to match)
BASE64_TEXT_MIN = 64  # characters of the field (an identifier or a hash is shorter, or no text when decoded)
BASE64_TEXT_MAX = 4 * 1024 * 1024
_TEXT_CHAR = re.compile(rf"[\x20-\x7e\s{HAN_BASIC}\u3000-\u303f\uff00-\uffef\u2010-\u203f]")
BASE64_TEXT_SHARE = 0.95  # of the decoded characters, text's


def _base64_text(value: str) -> str | None:
    """The text a base64 field encodes (see above), or None."""
    import base64
    import binascii

    value = value.strip()
    if not BASE64_TEXT_MIN <= len(value) <= BASE64_TEXT_MAX or " " in value or "\t" in value:
        return None
    value = value.replace("\r", "").replace("\n", "")  # (a payload wrapped in lines, as MIME wraps it)
    if not _BASE64.fullmatch(value):
        return None
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    from .decode import decode_bytes

    # read as a file's bytes are (BOMs, UTF-8, UTF-16 of either order without one): one decoder, never a
    # legacy guess (a hash's bytes can read as GB18030), and only what is text nearly throughout
    decoded = decode_bytes(data)
    text = decoded.text
    if text is None or not decoded.encoding.startswith(("utf-8", "utf-16")):
        return None
    if not text.strip() or len(_TEXT_CHAR.findall(text)) < BASE64_TEXT_SHARE * len(text):
        return None
    return text


def _valued(value: object) -> object:
    """A field given as a list of {"role", "value"} objects (IPTC ninjs: "headlines", "bodies"): the main one's
    value, else the first's (dev s17_01); a field given as an object of its renderings (see _RENDERINGS): the first
    of them; a list held as one string (see _literal_list), that list; any other value as it is."""
    if isinstance(value, str) and len(value) >= BASE64_TEXT_MIN and (decoded := _base64_text(value)) is not None:
        value = decoded  # (a field's text given in base64, see _base64_text)
    if isinstance(value, str) and (listed := _literal_list(value)) is not None:
        value = listed
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        # a one-string list is that string: a scraper's item written as extract() gives it ("title": ["…"],
        # "date": ["2017-11-30 10:46"], Scrapy's default: dev s42b_12), as Crossref's and library APIs' records
        # give every title; the title, date and link were unread and six of eight records were dropped
        return value[0]
    if isinstance(value, list) and value and all(isinstance(v, dict) and "value" in v for v in value[:20]):
        main = next((v for v in value[:20] if v.get("role") == "main"), value[0])
        return main.get("value") if isinstance(main.get("value"), str) else value
    if isinstance(value, dict) and (
        len(value) <= _RENDERINGS_MAX
        or (len(value) <= _VARIANTS_MAX and all(isinstance(v, str) for v in value.values()))
    ):
        return next((v for k in _RENDERINGS if isinstance(v := value.get(k), str) and v.strip()), value)
    if isinstance(value, str) and value.startswith("<![CDATA[") and value.endswith("]]>"):
        # "link": "<![CDATA[https://36kr.com/p/…?f=rss]]>": a feed's CDATA section copied into JSON whole (dev
        # s37_08): its content
        return value[9:-3]
    return value


# A field given as an object that holds its text as rendered, with what the API adds beside it: WordPress's REST API
# ("title": {"rendered": "…"}, "content": {"rendered": "<p>…</p>", "protected": false}: dev s37_10), a CMS's topic
# records ("description": {"html": "<p>…</p>", "api_data": [typed blocks]}: dev-retired32 s35h_07). Read as its
# rendering, the field is the record's title or body; else the records were sought inside it (each typed block, the
# SEO plugin's own "title" and "description", read as an article of its own)
# A story document's field given as its variants by medium (Arc Publishing's "headlines": {"basic": "…", "web": "",
# "print": "", "mobile": "", …}, "description": {"basic": …}: dev-retired40 s43h_13): its "basic" one, the rendering
# the others default to; such an object holds strings only, however many media it names.
_RENDERINGS = ("rendered", "html", "text", "value", "raw", "basic")
_RENDERINGS_MAX = 6  # keys of such an object: a few; more is a record of its own
_VARIANTS_MAX = 12  # keys of an object of a field's variants, all strings


def looks_like_json(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:1]
    return head in ("{", "[")


# A script's data module: JSON given to a name, "export const mock = {…}", "const hk01News = […];" under a scraper's
# comment lines, with the page's functions after it (dev-retired38 s41h_10, dev-retired39 s42h_07: two repositories;
# their records were one document of code). The value is read as JSON, up to where it ends; anything after it is code.
# A comment runs to its line's end (or its */) one way only: possessive, or a line of n slashes splits 2^n ways when
# no assignment follows (review s45 R1: '/' * 40 took 14.7 s).
# A framework's page or component given as one call of a bare name with its object ("Page({ data: { news: [...] } })",
# a WeChat mini-program's page script, dev s46b_03; "new Vue({...})", "define({...})") is such a module too: its data
# is the object's (a method call, "console.log({...})", is code's, not a module's).
_SCRIPT_DATA = re.compile(
    r"\A\ufeff?\s*(?:(?://[^\n]*+|/\*(?:[^*]|\*(?!/)){0,4000}+\*/)\s*){0,50}"
    r"(?:export\s+default\s+|module\.exports\s*=\s*|(?:export\s+)?(?:const|let|var)\s+[\w$]{1,64}\s*=\s*"
    r"|window\.[\w$]{1,64}\s*=\s*|(?:new\s+)?[A-Za-z_$][\w$]{0,63}\s*\(\s*)(?=[\[{])"
)


@lru_cache(maxsize=1)
def script_data(text: str) -> str | None:
    """The JSON text a script's data module gives to its name (see _SCRIPT_DATA), None when the text is no such
    module or its value is no JSON. (Kept for the last text: looks_like_records asks, then ingest reads it.)"""
    import json

    m = _SCRIPT_DATA.match(text)
    if m is None:
        return None
    try:
        _, end = json.JSONDecoder().raw_decode(text, m.end())
    except (ValueError, RecursionError):
        # (JSON's stricter cousin: see below; else the data its functions give, see _returned_data)
        return object_literal(text, m.end()) or _returned_data(text, m.end())
    return text[m.end() : end]


# A module of functions that give data: a mock API's "export default { newsListMock() { return Promise.resolve({code,
# msg, data: [...]}) }, newsDetailMock() { return Promise.resolve({...}) } }" (dev-retired43 s46h_03: its records not
# read, the module one document of code), a component's "data() { return {...} }". Its object opens with a method, so
# it is no data itself; the data are the literals each function returns or passes to a call ("return {", "resolve({"),
# read in the module's order as one list (each an answer whose records are then looked for as in any JSON). A literal
# inside another one read is that one's part; the scan goes on from where each try stopped, so the module is read once
# (bounded by OBJECT_LITERAL_TOKENS a try and RETURNED_TRIES tries).
_RETURNED = re.compile(r"\breturn\s++(?=[\[{])|[\w$]\s*+\(\s*+(?=[\[{])")
RETURNED_TRIES = 64


def _returned_data(text: str, at: int) -> str | None:
    """The JSON list of the literals a module's functions give (see above), None for none."""
    found: list[str] = []
    pos = at
    for _ in range(RETURNED_TRIES):
        m = _RETURNED.search(text, pos)
        if m is None:
            break
        ends: list[int] = []
        literal = object_literal(text, m.end(), ends)
        if literal is not None and literal.startswith("{") and len(literal) > 2:
            found.append(literal)
        pos = max(m.end() + 1, ends[-1] if ends else 0)
    return "[" + ",".join(found) + "]" if found else None


# A data module's value written as JavaScript, not JSON: an object literal with unquoted keys, single-quoted strings,
# trailing commas and comments ("var news = {reason: '成功的返回', result: {data: [{topic: '…', source: '…',},]}}": an
# app's mock data, dev s44b_03, whose records were "not read"). Converted to the JSON it means by one forward scan of
# tokens (never evaluated): a key that is a name or a number is quoted, a string re-quoted with its escapes read as
# JavaScript's, a comma before a closing bracket dropped, true/false/null kept (undefined, NaN, Infinity are null).
# Anything else (a name as a value, a call, a template, an operator) is code: no data, None. Bounded: each token is
# matched once from where the last ended (a string ends at its line's end: JavaScript's strings hold no raw line
# break), brackets nest at most OBJECT_LITERAL_DEPTH deep, and at most OBJECT_LITERAL_TOKENS tokens are read.
_JS_TOKEN = re.compile(
    r"""\s*+(?:(?P<comment>//[^\n]*+|/\*(?:[^*]|\*(?!/))*+\*/)"""
    r"""|"(?P<dq>[^"\\\n]*+(?:\\[\s\S][^"\\\n]*+)*+)"|'(?P<sq>[^'\\\n]*+(?:\\[\s\S][^'\\\n]*+)*+)'"""
    r"""|(?P<punct>[{}\[\],:])"""
    r"""|(?P<number>[-+]?(?:0[xX][0-9A-Fa-f]++|(?:\d++\.?\d*+|\.\d++)(?:[eE][-+]?\d++)?+))"""
    r"""|(?P<name>(?:[^\W\d]|\$)[\w$]*+))"""
)
_JS_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]{1,6})\}|(\n)|(.))", re.DOTALL)
_JS_CONSTANTS = {"true": "true", "false": "false", "null": "null", "undefined": "null", "NaN": "null",
                 "Infinity": "null"}  # fmt: skip
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_NEW_DATE = re.compile(
    r"""\s++Date\s*+\(\s*+(?:"(?P<dq>[^"\\\n]{0,64}+)"|'(?P<sq>[^'\\\n]{0,64}+)'|(?P<number>\d{1,13}+))\s*+\)"""
)
_OPENS = frozenset("{[,:")  # what a value may follow
OBJECT_LITERAL_DEPTH = 64
# tokens read: a data module of headlines is a few thousand (~10 a record); a dense hostile one (1 MB of "{a:'b'},")
# is cut here, a second or so of work
OBJECT_LITERAL_TOKENS = 200_000


def _js_string(body: str) -> str:
    """A JavaScript string literal's text (its quotes off) as a JSON string."""
    import json

    if "\\" not in body and '"' not in body:
        return '"' + body.replace("\t", "\\t") + '"'  # (the common case, as it is: no encoder call per string)

    def unescape(m: re.Match[str]) -> str:
        if m[1] or m[2] or m[3]:
            code = int(m[1] or m[2] or m[3], 16)
            return chr(code) if code <= 0x10FFFF else "\ufffd"
        if m[4]:
            return ""  # (a line continuation)
        return {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": ""}.get(m[5], m[5])

    # (a pair of \\u escapes is one character beyond the BMP, an emoji's; a lone half is no character: U+FFFD)
    text = _JS_ESCAPE.sub(unescape, body).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return json.dumps(text, ensure_ascii=False)


def object_literal(text: str, at: int, ends: list[int] | None = None) -> str | None:
    """The JSON an object or array literal opening at ``at`` stands for (see above), None when it is no data;
    ``ends`` is given where the scan stopped (the literal's end when it closed, else where it found code)."""
    out: list[str] = []
    stack: list[str] = []  # the open brackets
    key = False  # where an object's key is due (after its "{" or a comma)
    last = ""  # the last token written ("," before a closing bracket is dropped)
    done: tuple[int, tuple[str, ...]] = (0, ())  # where the last value ended, and the brackets open there
    pairs: tuple[int, tuple[str, ...]] = (0, ())  # where the last of an object's key-value pairs was closed by a comma
    named = False  # the last token written was a key

    def code_at_pair() -> bool:  # (code where an object's value is due, or after its key: see _closed)
        return bool(pairs[0]) and stack[-1:] == ["{"] and (last == ":" or named)

    pos, match = at, _JS_TOKEN.match
    if ends is not None:
        ends.append(at)
    for _ in range(OBJECT_LITERAL_TOKENS):
        if ends is not None:
            ends[-1] = pos
        m = match(text, pos)
        if m is None:
            if code_at_pair():
                return _closed(out, *pairs)  # ("onLoad: () => {…}", "onLoad(options) {…}": see _closed)
            return None  # (not closed, or something no literal holds)
        pos, kind, value = m.end(), m.lastgroup, m[m.lastindex or 0]
        if kind == "punct":
            if value == "{" or value == "[":
                if len(stack) >= OBJECT_LITERAL_DEPTH:
                    return None
                stack.append(value)
                key = value == "{"
            elif value == "}" or value == "]":
                if not stack or stack.pop() != ("{" if value == "}" else "["):
                    return None
                if last == ",":
                    out.pop()
                key = False
            else:
                key = value == "," and stack[-1:] == ["{"]
                if key and last not in _OPENS:
                    pairs = (len(out), tuple(stack))
            out.append(value)
            last, named = value, False
            if not stack:
                return "".join(out)
            if value in "}]":
                done = (len(out), tuple(stack))
            continue
        if kind == "comment":
            continue
        if last not in _OPENS:
            if code_at_pair():
                return _closed(out, *pairs)  # ("async onLoad() {…}": see _closed)
            return None  # two values with no comma or colon between: an expression ("1+2", "a b"), code
        if kind == "dq" or kind == "sq":
            written = _js_string(value)
        elif kind == "number":
            if value[:2].lower() == "0x" or value[:3].lower() in ("-0x", "+0x"):
                value = str(int(value, 16))
            elif not _JSON_NUMBER.fullmatch(value):
                value = repr(float(value))
            written = f'"{value}"' if key else value
        elif key:
            written = f'"{value}"'  # an unquoted key (a name: no quote or backslash in it)
        elif value in _JS_CONSTANTS:
            written = _JS_CONSTANTS[value]
        elif value == "new" and (made := _NEW_DATE.match(text, pos)) is not None:
            # a day written as its constructor's call ("date: new Date('2017/02/22 21:28')": a scraper's test suite,
            # dev-retired43 s46h_05): its argument, the string or the number it is made from
            pos = made.end()
            number = made["number"]
            written = number if number else _js_string(made["dq"] if made["dq"] is not None else made["sq"])
        elif code_at_pair():
            return _closed(out, *pairs)  # a key whose value is code ("onLoad: function () {…}"): see _closed
        else:
            return None  # a name as a value: code, no data
        out.append(written)
        last, named = written, key
        if not key:
            done = (len(out), tuple(stack))
        key = False
    # past the budget: the values read so far, their brackets closed where the last one ended (a big module's first
    # few thousand records, as JSON's are read up to the records' cap: review s46 R7); none read, no data
    return _closed(out, *done)


# A page's or a component's object holds its data first and its code after ("Page({ data: {…}, onLoad: function () {…},
# onShow() {…} })", a mini-program's page; "new Vue({ el: …, data: {…}, methods: {…} })"): a key whose value is code (a
# function, an arrow function, a method written short) after one or more key-value pairs of an object ends the data,
# which is those pairs, read (the brackets open there closed). Only there: a value that turns into an expression
# ("{a: 1+2}"), code where no pair was read before it ("{a: foo}") or a literal never closed is still no data at all.
def _closed(out: list[str], ended: int, brackets: tuple[str, ...]) -> str | None:
    """The JSON written up to ``ended``, the brackets open there closed; None when nothing was."""
    if not ended:
        return None
    return "".join(out[:ended]) + "".join("}" if b == "{" else "]" for b in reversed(brackets))


# A scraper's dump written with Python's repr instead of json.dumps: {'code': 200, 'data': {'title': …}} (single
# quotes; dev-retired13 s16_39). Read as the literal it is (ast.literal_eval evaluates no code), when small: its
# syntax tree costs by its elements, hundreds of times the text's size when they are tiny ("['a'," + "0,"×255,000:
# 3.7 s and 260 MB; review s21 R6), so the elements are counted first (a separator or a bracket each) and bounded
# (one run of spaces between each bracket and the next: two `\s*` around an optional bracket tried every split of
# the spaces, O(n²) on "{" + 40,000 spaces: 11 s, review s20 R2)
_PYTHON_LITERAL = re.compile(r"\A\s*[\[{]\s*(?:[\[{]\s*)?'")
_PYTHON_LITERAL_MAX = 512 * 1024
_PYTHON_LITERAL_ELEMENTS = 20_000  # commas, colons and brackets: a scraper's dump of articles has a few hundred


def _python_literal(text: str) -> object:
    if len(text) > _PYTHON_LITERAL_MAX or not _PYTHON_LITERAL.match(text):
        return None
    if sum(text.count(c) for c in ",:[{") > _PYTHON_LITERAL_ELEMENTS:
        return None  # (counted over the quoted text too: a bound, not a parse)
    import ast

    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return None
    return value if isinstance(value, (dict, list)) else None


_BLANKS = re.compile(r"\s*")


def _blanks_end(text: str, at: int) -> int:
    m = _BLANKS.match(text, at)
    return m.end() if m else at


def _json_values(json: Any, text: str) -> list[object] | None:
    """Two or more JSON values one after another with nothing but blanks between, none in an array: a crawler's
    objects written back to back ("…}{"url": …", no separator: dev s37_07, Scrapy's 163.com crawl), or pretty-printed
    ones a blank line apart; None for anything else. Reads MAX_ENTRIES + 1 values at most."""
    decoder = json.JSONDecoder()
    values: list[object] = []
    at = _blanks_end(text, 0)
    while at < len(text) and len(values) <= MAX_ENTRIES:
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        values.append(value)
        at = _blanks_end(text, at)
    return values if len(values) >= 2 else None


# A record whose text field holds markup with its double quotes left unescaped ({"article":"<div class="view …">…"}: an
# Elasticsearch bulk file written by joining strings, dev s40c_02) is no JSON any parser reads, and every record of the
# file was lost ("not read"). Read again with each quote inside a string that cannot close it escaped: a quote closes a
# string only where what follows may follow a string in JSON (a colon after a key; a closing bracket, or a comma and
# the next key or value, after a value). One pass over the quotes (each backslash run and blank run looked at once);
# the mended text must then parse, else the record stays lost.
_STRING_CLOSES = re.compile(r'\s*(?:[:}\]]|,\s*(?:["{\[\-\d]|true\b|false\b|null\b))')


def _unescaped_quotes(text: str) -> str | None:
    """The text with the quotes inside its strings escaped, or None when there is none to escape."""
    pieces: list[str] = []
    at, inside = 0, False
    i = text.find('"')
    while i != -1:
        j = i
        while j and text[j - 1] == "\\":
            j -= 1
        if (i - j) % 2 == 0:  # (a quote after an odd run of backslashes is escaped already)
            if not inside:
                inside = True
            elif _STRING_CLOSES.match(text, i + 1):
                inside = False
            else:
                pieces += (text[at:i], '\\"')
                at = i + 1
        i = text.find('"', i + 1)
    return "".join((*pieces, text[at:])) if pieces else None


def _mended_json(json: Any, text: str) -> object:
    """A JSON value whose strings hold raw line breaks or tabs, or unescaped quotes (see _unescaped_quotes); None if
    it is not one."""
    for mended in (text, _unescaped_quotes(text)):
        try:
            return json.loads(mended, strict=False) if mended is not None else None
        except (ValueError, RecursionError):
            continue
    return None


def parse_json_records(text: str) -> Records | None:
    """The article records of a JSON document or JSON lines; None when it is not one."""
    import json

    text = text.lstrip("\ufeff")
    bad: list[int] = []
    items: list[object] = []
    try:
        data = json.loads(text)
        items = data if isinstance(data, list) else [data]
        more = len(items) > MAX_ENTRIES
    except RecursionError:
        return None  # "[[[[…": nested past what the parser allows, not a record
    except ValueError:
        data = _python_literal(text)
        if data is None:
            data = _mended_json(json, text)
        if data is None and (values := _json_values(json, text)) is not None:
            items, more = values[:MAX_ENTRIES], len(values) > MAX_ENTRIES
    if not items and data is not None:
        items = data if isinstance(data, list) else [data]
        more = len(items) > MAX_ENTRIES
    elif not items:
        # JSON lines: a line cut short or a line of junk (a dump interrupted, an error page
        # appended) is that record lost, never the file's others
        lines = text.splitlines()
        more = len(lines) > MAX_ENTRIES and any(line.strip() for line in lines[MAX_ENTRIES:])
        for number, line in enumerate(lines[:MAX_ENTRIES], 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except (ValueError, RecursionError):
                if (values := _json_values(json, line)) is not None:
                    items.extend(values[:MAX_ENTRIES])  # (objects glued on one line, see _json_values)
                elif (value := _mended_json(json, line)) is not None:
                    items.append(value)
                else:
                    bad.append(number)
    # a JSON Feed (jsonfeed.org) is one outlet's: its title is its items' carrier (the "channel" hint, as an RSS
    # channel's), under an item's own credit ("（央视新闻）" closing a flash: dev s31_10)
    feed_title = ""
    if isinstance(data := (items[0] if len(items) == 1 else None), dict) and "jsonfeed" in str(data.get("version")):
        feed_title = " ".join(str(data.get("title") or "").split())[:100]
        # its articles are its "items" (the spec's), never the feed object itself, whose "description" says what the
        # feed is (dev s31_10: read as one briefing "新浪最新财经新闻100条"); an item's date is its date_published, else
        # its date_modified, the only one a feed may give (the spec's optional pair)
        listed = data.get("items")
        if isinstance(listed, list):
            more = len(listed) > MAX_ENTRIES
            items = [
                {**item, "date_published": item["date_modified"]}
                if not item.get("date_published") and item.get("date_modified")
                else item
                for item in listed[:MAX_ENTRIES]
                if isinstance(item, dict)
            ]
    lineup = False
    if (rows := _tabular(items)) is not None:
        items, more = list(rows[:MAX_ENTRIES]), more or len(rows) > MAX_ENTRIES
    elif len(items) == 1 and isinstance(items[0], dict) and (rows := _lineup(items[0])) is not None:
        items, more, lineup = list(rows[:MAX_ENTRIES]), more or len(rows) > MAX_ENTRIES, True
    records = _records(items, feed_title, lineup)
    records.more = more
    records.bad_lines = tuple(bad)
    return records or None


# A list of headlines under keys of the document's own, no object of a record's: a headline watcher's output, its
# headlines under numbered keys beside its own fetch stamp ({"title1": …, "title2": …, "updatedAt": "24/7/2026 …"}: dev
# s47b_03), a programme's lineups keyed by day ({"20250102": ["1. 习近平…", ["8.国内联播快讯", ["（1）…", …]], …]}: a
# 新闻联播 archive, s47b_04; each day's list read as one document, nothing shown). What they ARE, by structure: each
# headline one item, its day the key it is listed under (none for numbered keys: a stamp beside them is the watcher's
# clock, no headline's); a group's label over its own list ("8.国内联播快讯") is the group's name, no headline. Fields
# under the same number ("title2", "url2") are one item's. Read only when every listed string is one headline (one
# line, a headline's measure, no sentence before its last mark: a day's paragraphs are a diary's text) and, for
# numbered keys, no key names the object's own headline (then the numbered fields are that record's parts). A
# headline's running number, counting with its place in its list ("1. ", "（2）"), is its list's, no part of it.
LINEUP_HEADLINE_MAX = 100  # characters of a listed headline
LINEUP_ITEMS_MIN = 2
_RUNNING_NUMBER = re.compile(r"^\s*(?:(\d{1,3})\s*[.、．](?!\d)|[（(](\d{1,3})[)）])\s*")
_INNER_SENTENCE = re.compile(r"[。！？!?][^。！？!?”’\"」』）)]")


def _lineup_headline(value: object) -> bool:
    if not isinstance(value, str) or "\n" in value.strip():
        return False
    squeezed = "".join(value.split())
    return (
        0 < len(squeezed) <= LINEUP_HEADLINE_MAX
        and _INNER_SENTENCE.search(squeezed) is None
        and _READABLE.search(value) is not None  # (words: a list of tags or codes is no headlines')
    )


def _unnumbered(headline: str, place: int) -> str:
    m = _RUNNING_NUMBER.match(headline)
    if m is None or int(m[1] or m[2]) != place or not headline[m.end() :].strip():
        return " ".join(headline.split())
    return " ".join(headline[m.end() :].split())


def _day_list(values: list[object], day: str, out: list[dict[str, object]], depth: int = 0) -> bool:
    """The headlines of one day's list into ``out`` ({"title", "date"}); False when the list holds anything else."""
    for place, value in enumerate(values[:MAX_ENTRIES], 1):
        if len(out) > MAX_ENTRIES:
            break  # (one past the records read says that there are more)
        if isinstance(value, list) and depth < 2 and value:
            if len(value) == 2 and _lineup_headline(value[0]) and isinstance(value[1], list):
                if not _day_list(value[1], day, out, depth + 1):  # a group: its label, its own list
                    return False
                continue
            if not _day_list(value, day, out, depth + 1):
                return False
        elif _lineup_headline(value):
            out.append({"title": _unnumbered(str(value), place), "date": day})
        else:
            return False
    return True


def _lineup(data: dict[str, object]) -> list[dict[str, object]] | None:
    """The items of a list of headlines under keys (see LINEUP_HEADLINE_MAX) as records' objects, else None."""
    pairs = list(data.items())[:_FIELDS_MAX]
    if not pairs:
        return None
    if all(isinstance(v, list) for _, v in pairs):
        days = [_label_day(str(k)) for k, _ in pairs]
        if not all(days):
            return None
        rows: list[dict[str, object]] = []
        for day, (_, values) in zip(days, pairs, strict=True):
            if not isinstance(values, list) or not _day_list(values, day, rows):
                return None
        return rows if len(rows) >= LINEUP_ITEMS_MIN else None
    numbered: dict[int, dict[str, object]] = {}
    for k, v in pairs:
        if _key(k) in _TITLE_KEYS:
            return None  # the object's own headline: the numbered fields are its parts
        name = str(k).rstrip("0123456789")
        number, name = str(k)[len(name) :], name.rstrip("_-")
        if 0 < len(number) <= 3 and name[-1:].isalpha() and not isinstance(v, (dict, list)):
            numbered.setdefault(int(number), {})[name] = v
    items = [fields for _, fields in sorted(numbered.items())]
    titled = [next((v for k, v in fields.items() if _key(k) in _TITLE_KEYS), None) for fields in items]
    if sum(t is not None for t in titled) < LINEUP_ITEMS_MIN or not all(
        t is None or (_lineup_headline(t) and len("".join(str(t).split())) >= RECORD_HEADLINE_MIN) for t in titled
    ):
        return None
    return [fields for fields, t in zip(items, titled, strict=True) if t is not None]


# A table given as JSON, its rows no objects (a data frame's export: pandas' to_json orients, a spreadsheet's rows):
# {"columns": [...], "data": [[...], ...]} ("split"), {"title": {"0": …, "1": …}, "content": {"0": …}} ("columns"),
# {"title": [...], "content": [...]} (a dict of lists), or rows as lists ("values"), the first row the header when it
# is one (short distinct names, no prose). Read as the objects they stand for; a row without a header has its
# columns' positions as names, and what each column is comes from its values (roles.assign).
TABLE_ROWS_MIN = 2


def _header(row: list[object]) -> bool:
    names = [v for v in row if isinstance(v, str)]
    return (
        len(names) == len(row) >= 2
        and len(set(names)) == len(names)
        and all(0 < len(n) <= CSV_HEADER_NAME_MAX and not _PROSE.search(n) and not _TAB_DATE.match(n) for n in names)
    )


def _table_rows(header: list[str], rows: list[object]) -> list[dict[str, object]] | None:
    lists = [r for r in rows[: MAX_ENTRIES + 1] if isinstance(r, list) and len(r) == len(header)]
    if len(lists) < max(TABLE_ROWS_MIN, len(rows[: MAX_ENTRIES + 1]) // 2) and not (rows and len(lists) == len(rows)):
        return None
    return [dict(zip(header, r, strict=True)) for r in lists]


def _tabular(items: Sequence[object]) -> list[dict[str, object]] | None:
    """The rows of a table given as JSON (see TABLE_ROWS_MIN) as objects, None for any other document."""
    data = items[0] if len(items) == 1 else items
    if isinstance(data, dict):
        # (the columns looked at are the columns read: one past _FIELDS_MAX of another kind raised, review s43 R5)
        pairs = list(data.items())[:_FIELDS_MAX]
        values = [v for _, v in pairs]
        columns, rows = data.get("columns"), data.get("data")
        if isinstance(columns, list) and isinstance(rows, list) and _header(columns):
            return _table_rows([str(c) for c in columns], rows)
        if len(values) >= 2 and all(isinstance(v, dict) and v for v in values):
            index = list(values[0])[: MAX_ENTRIES + 1]
            if all(str(k).isdigit() for k in index) and all(list(v)[: len(index)] == index for v in values):
                return [{str(name): column.get(k) for name, column in pairs} for k in index]
        # (a dict of lists only with a column of titles: an article's paragraphs beside as many tags are one article)
        titled = any(_key(k) in _TITLE_KEYS or _TITLE_WORD.search(_key(k)) for k, _ in pairs)
        if titled and len(values) >= 2 and all(isinstance(v, list) for v in values):
            size = len(values[0])
            if size >= TABLE_ROWS_MIN and all(len(v) == size for v in values):
                if all(not isinstance(x, (dict, list)) for v in values for x in v[:MAX_ENTRIES]):
                    return [{str(name): column[n] for name, column in pairs} for n in range(min(size, MAX_ENTRIES + 1))]
        return None
    listed = list(data[: MAX_ENTRIES + 1]) if isinstance(data, list) else []
    rows = [r for r in listed if isinstance(r, list)]
    if len(rows) < TABLE_ROWS_MIN or len(rows) < len(listed):
        return None
    if any(isinstance(x, (dict, list)) for r in rows[:MAX_ENTRIES] for x in r[:_FIELDS_MAX]):
        return None
    first = rows[0]
    if _header(first):
        return _table_rows([str(c) for c in first], list(rows[1:]))
    return _table_rows([str(k) for k in range(len(first))], list(rows)) if len(first) >= 2 else None


# The last reading of a JSON file none of whose records parse, even mended (a dump cut mid-string, records edited by
# hand): its prose, never nothing (a file that is text gives its text). A string literal is read to its closing quote
# or its line's end (so every try matches, one pass: no literal is searched for twice); a key (a literal before a
# colon), a stamp, a link or a code is no prose: a literal is, with a sentence's end and _PROSE_MIN characters, its
# tags gone.
_STRING_LITERAL = re.compile(r'"((?:[^"\\\n]|\\[^\n]?)*)"?(\s*:)?')
# A tag of any length (a WeChat body's <section style="…"> and <img data-src=… style=…> run to 1,000 characters: review
# s41 R1), linear since [^<>] stops at the next "<"; and a tag the file's end or a stray quote cut: 'text<img style=',
# '" style="…">text' (its tail: no hanzi before its ">"). A block's tag ends a paragraph, any other goes.
_ANY_TAG = re.compile(rf"<[^<>]*>|^[^<>{HAN_BASIC}]*>|<[^<>]*$")
_BLOCK_TAG = re.compile(r"</?(?:p|div|section|br|li|h[1-6]|tr|table|blockquote|article)\b[^<>]*>", re.IGNORECASE)


def _parses(json: Any, text: str) -> bool:
    if looks_like_json(text) and _python_literal(text) is not None:
        return True
    try:
        json.loads(text, strict=False)
        return True
    except (ValueError, RecursionError):
        return _json_values(json, text) is not None or _mended_json(json, text) is not None


def _record_line(json: Any, line: str) -> bool:
    """Does the line parse (mended if need be) as an object or an array: a JSON line's record?"""
    try:
        value = json.loads(line, strict=False)
    except (ValueError, RecursionError):
        value = _mended_json(json, line)
    return isinstance(value, (dict, list))


def json_prose(text: str) -> str:
    """The prose of a JSON file that does not parse as JSON nor as JSON lines (not even mended), one paragraph a string
    literal; "" for one that parses (its data is no article: said so by the caller) or has no prose. A file of JSON
    lines is one when a line of it is a record: its other lines are records lost (a log cut while it was written is
    still data: review s41 R2), never prose."""
    import json

    text = text.lstrip("\ufeff")
    lines = [line for line in text.splitlines()[:MAX_ENTRIES] if line.strip()]
    if not lines or _parses(json, text) or any(_record_line(json, line.strip()) for line in lines):
        return ""
    prose: list[str] = []
    for m in _STRING_LITERAL.finditer(text):
        if m.group(2) or len(m.group(1)) < _PROSE_MIN:
            continue
        try:
            value = json.loads(f'"{m.group(1)}"', strict=False)
        except (ValueError, RecursionError):
            value = m.group(1)
        # entities first: a dump of escaped HTML ("&lt;p style=…&gt;") is markup once decoded (review s41 R5)
        value = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", html.unescape(value)))
        lines = [" ".join(line.split()) for line in value.splitlines()]
        value = "\n".join(line for line in lines if line)
        if len(value) >= _PROSE_MIN and _PROSE.search(value) and _readable(value):
            prose.append(value)
    return "\n\n".join(prose)


# When no field has a body's name: one whose name holds a body's word ("HTMLContent", "news_content_text"), the
# longest; else the fields that are prose (a court's record: 主文, 理由 as lists of paragraphs), in their order.
# (Its title, date and issuer are the role reader's: roles.HEADS holds the head words, "Date_Created", "判決日期",
# "PubGovName", and roles.NOT an update's or a crawl's time.)
# (or its excerpt: a keyword bot's hit records {code, name, title, url, time, snippet}, each "snippet" the text cut
# from the filing, mid-sentence and with no sentence's end, dev s40_10)
# (an app's summary of the item: 网易's "digest", Baidu's "abs" and "long_abs": dev s45b_04, dev-retired29 s32h_08)
_BODY_WORD = re.compile(r"content|body|text|article|snippet|excerpt|digest|^(?:long)?abs$|正文|内容|全文|摘录")
_TITLE_WORD = re.compile(r"title|headline|subject|标题|题目|主旨")
_DATE_WORD = re.compile(r"date|日期")
_SOURCE_MAX = 40
_NOT_DATE_WORD = re.compile(r"update|modif|crawl|scrap|fetch|download|insert|expir|birth|更新|抓取|爬取|下载")
# (a field's kind is no text: "content_type": "policy" names what the record is, dev s29_04)
_NOT_TEXT_WORD = re.compile(r"english|url|link|href|path|file|image|img|keyword|tag|type")
# (a field's text is prose with a sentence's end and _PROSE_MIN characters: sql_dump's measure, one definition for
# the tables it ranks and the records read from them - review s48 R7)
_PROSE, _PROSE_MIN = PROSE_END, PROSE_MIN
_FIELDS_MAX = 200  # fields of one record read (a record is tens; a hostile one is not read past this)


# A body field a reader cannot read is no body: a site's template left unfilled ("{#if $T.t.abstract!=''}
# {$T.t.pub_date}{$T.t.source_name}"), bytes read in the wrong encoding (every character U+FFFD), an extract the API
# cut the Chinese out of ("17 Federal Reserve2019 / Richard Clarida4266000", dev s33_05 #5/#6, NewsAPI's "content").
# What a text IS: words in a row, a clause of hanzi or a run of Latin words; the next body field is read, else none (a
# record of a list with a headline and a date has its headline as its text, as an empty description's: _records).
# (a word starts after no letter and each run is taken whole, never given back: a run of 20,000 letters with no blank
# was tried from each of its letters, each try eating the run and giving it back one by one - quadratic, 15-20 s for
# one record: review s47 R8)
_READABLE = re.compile(rf"[{HAN_BASIC}]{{4}}|(?<![A-Za-z])[A-Za-z]{{2,}}+(?:[ ,'’-]++[A-Za-z]{{2,}}+){{3}}")
_TEMPLATE_CODE = re.compile(r"\{[#/$][^{}]{0,200}\}|\{\{[^{}]{0,200}\}\}|<%[^%]{0,200}%>")


def _prose(text: str) -> bool:
    """Is a field's text a sentence or more (see _PROSE_MIN), no word or label?"""
    return len(text) >= _PROSE_MIN and _PROSE.search(text) is not None


def _readable(text: str) -> bool:
    return bool(_READABLE.search(_TEMPLATE_CODE.sub(" ", _HTML_TAG.sub(" ", text[:20000]))))


SAME_BODY = 0.9  # of the text field's letters, that the markup's words hold for it to be the same body
_HTML_ELEMENT = re.compile(r"<[^<>]{0,2000}>")


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _readable_body(fields: dict[str, str]) -> str:
    """The first body field (JSON_BODY's order) with text a reader can read (_READABLE), "" for none; a field of
    unreadable text when no field is readable but it is the only kind there (a body of figures is a body)."""
    names = [n for n in JSON_BODY if str(fields.get(_key(n), "")).strip()]
    # the body as markup beside the same body as text ("content_html" and "content_text", dev s34_07: the text is the
    # page's words run into one line, breadcrumb and "返回上一頁" with them): the markup, which keeps the paragraphs and
    # the blocks the page reader drops
    # (only when it holds the text's words: a markup field that is a teaser, "<p>…召开国务院常务会议……</p><p><a>阅读全文
    # </a></p>", beside the whole text is no copy of it: review s34 R4)
    marked = [n for n in names if "html" in n and _HTML_TAG.search(str(fields[_key(n)]))]
    plain = [n for n in names if n not in marked]
    if not marked and plain:
        # (or under another name with a body's word in it: a crawler's "src_content" of the page's HTML beside its
        # "content" of text with the <img> tags left in, dev s41b_03's SQL rows)
        marked = [
            k for k in list(fields)[:_FIELDS_MAX]
            if k not in names and _BODY_WORD.search(k) and not _NOT_TEXT_WORD.search(k)
            and _BLOCK_TAG.search(str(fields[k]))
        ]  # fmt: skip
    if marked and plain:
        words = _letters(_HTML_ELEMENT.sub(" ", str(fields[_key(plain[0])])))  # (a text's own tags are no words)
        marked = [n for n in marked if _letters(_HTML_ELEMENT.sub(" ", str(fields[_key(n)]))) >= SAME_BODY * words]
        names = [*marked, *(n for n in names if n not in marked)]
    values = [str(fields[_key(n)] if _key(n) in fields else fields[n]).strip() for n in names]
    # a field is skipped only when garbled, never for being short (a body of figures "沪指+1.2%" is a body: R8)
    return next((v for v in values if not _garbled(v)), "")


_HAN_CHAR = re.compile(f"[{HAN_BASIC}]")
_WORDED = re.compile(f"[{HAN_BASIC}]|[A-Za-z]{{2,}}")


def _garbled(text: str) -> bool:
    """Text that is a template's code, bytes read in the wrong encoding, or letters glued to numbers with no word."""
    if _readable(text):
        return False
    sample = text[:2000]
    if _TEMPLATE_CODE.search(sample) or sample.count("\ufffd") * 4 >= len(sample):
        return True
    return bool(re.search(r"[A-Za-z]{3,}\d{4,}", sample))


# A body given as typed blocks ("content": [{"type": "text", "data": "原标题：…"}, {"type": "image", "data": {…}},
# {"type": "text", "data": "上个周末，…"}]: a news app's record, dev-retired29 s32h_08): the text blocks' words, a
# paragraph each, in their order; a picture's, a video's or an ad's block holds none, and a link's ("点击阅读原文", a
# button to the page) is chrome
_BLOCK_TEXT_KEYS = ("data", "text", "content", "value")
_BLOCK_NOT_TEXT = re.compile(r"image|img|pic|photo|video|audio|^ads?$|advert|link|href|url|button|share", re.IGNORECASE)
# blocks holding markup are read as HTML, where a line break is a space: each is then its own paragraph
_BLOCK_MARKUP = re.compile(r"<[A-Za-z][^<>]{0,200}>")
_BLOCK_LEVEL = re.compile(r"\s*<(?:p|div|h[1-6]|ul|ol|li|table|blockquote|section|figure|pre|article)\b", re.IGNORECASE)


_GOES_ON = f"{COMMA}、"  # (a mark that leaves its sentence open)
_ITEM_END = re.compile(r"[。！？!?…；;.][”’\"」』）)]*$")  # (a string's last marks: a sentence's end)
_ONE_PARAGRAPH = re.compile(r"\n\s*\n")  # (an item's own blank lines, a plain text's: no paragraph end of the list's)


COLUMN_SLACK = 2  # characters a column's full line may fall short of the longest (a digit or a Latin letter is narrow)


def _column_lines(items: list[str]) -> bool:
    """Are most of a list's strings (the last aside) as long as the longest, give or take COLUMN_SLACK: a column's
    lines, cut at its width? Counted in characters or in display columns (a hanzi two, a digit or "%" one: a PDF's
    lines share a width, not a count, review s37 R1b), as wrappers count either (clean._wrap_width)."""
    body = items[:-1]
    if len(body) < 2:
        return False
    for measure in (len, display_columns):
        sizes = [measure(v) for v in body]
        widest = max(sizes)
        if sum(n >= widest - COLUMN_SLACK for n in sizes) * 2 > len(body):
            return True
    return False


def _listed(value: object) -> bool:
    """Is a field's value a list of strings, two or more of them with words (paragraphs, see _text_value)?"""
    return isinstance(value, list) and sum(1 for v in value[:MAX_ENTRIES] if isinstance(v, str) and v.strip()) >= 2


def _paragraphed(body: str, item: dict[str, object]) -> bool:
    """Are a record's body's blank lines the ends of paragraphs a list of strings gave (see _text_value)? Only when
    the body holds such a list's text: a list in another field (its "tags") says nothing of a string body's blank
    lines, which stay unsure (a double-spaced text has them inside sentences)."""
    if "\n\n" not in body:
        return False
    for value in list(item.values())[:_FIELDS_MAX]:
        if _listed(value) and "\n\n" in (text := _text_value(value).strip()):
            if text in body or html.unescape(text) in body:
                return True
    return False


def _text_value(value: object) -> str:
    """A field's text: a string, or a list of strings (paragraphs) a line each, or of typed blocks (see
    _BLOCK_TEXT_KEYS); else ""."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value[:MAX_ENTRIES]):
        # a string that ends a sentence ends its paragraph: a blank line under it. Where most strings end none, the
        # list is one of one-line items (a digest's headlines: "…接近全年总票房的一半", "中国经济年会：…", dev-retired25
        # s28h_03), a paragraph each too. Else one that ends none was cut by the scraper where a link or a name was
        # ("打造“公益爱心" / "小马云”的公众形象", dev s37_07), or is a heading: a line break, which may join as a
        # wrapped line does. One ending on a comma always goes on ("…日常陪伴，" / "并且…": dev s16_18). A list
        # of a column's lines (a PDF page's extract, most of them its width: review s37 R1) is a wrapped text's lines,
        # a line break each wherever they end, as before.
        items = [_ONE_PARAGRAPH.sub("\n", v.strip()) for v in value[:MAX_ENTRIES] if v.strip()]
        if _column_lines(items):
            return "\n".join(items)
        ended = [_ITEM_END.search(v[-4:]) is not None for v in items]
        listing = sum(ended) * 2 < len(items)
        return "".join(
            v + ("\n\n" if (end or listing) and v[-1] not in _GOES_ON else "\n")
            for v, end in zip(items, ended, strict=True)
        ).rstrip("\n")
    if isinstance(value, list) and value and all(isinstance(v, dict) and "type" in v for v in value[:MAX_ENTRIES]):
        blocks = [
            next((str(b[k]) for k in _BLOCK_TEXT_KEYS if isinstance(b.get(k), str) and str(b[k]).strip()), "")
            for b in value[:MAX_ENTRIES]
            if isinstance(b, dict) and not _BLOCK_NOT_TEXT.search(str(b.get("type", ""))[:40])
        ]
        blocks = [b for b in blocks if b]
        if any(_BLOCK_MARKUP.search(b) for b in blocks):
            blocks = [b if _BLOCK_LEVEL.match(b) else f"<p>{b}</p>" for b in blocks]
        return "\n".join(blocks)
    return ""


# (a list of one-line items is a digest's text though no item ends a sentence: "news": ["2025 年度中国电影总票房已突破
# 500 亿元，…接近全年总票房的一半", …], a bot's daily digest record, dev-retired25 s28h_03)
_ITEM_LINES_MIN = 3
_ITEM_MIN = 12  # characters of an item, at least
_HAN_RUN = re.compile(f"[{HAN_BASIC}]{{4}}")


def _item_lines(text: str) -> bool:
    """Is a field's text a list of one-line items, each a headline's length with words in it (see above)?"""
    lines = [line for line in text.split("\n") if line]
    return len(lines) >= _ITEM_LINES_MIN and all(
        len(line) >= _ITEM_MIN and _HAN_RUN.search(line) for line in lines[:MAX_ENTRIES]
    )


LOOSE_HAN_SAMPLE = 4000  # characters of a text whose hanzi are counted


def _loose_body(item: dict[str, object]) -> str:
    """The text of a record whose fields have none of the names the lists know (see above); its title, date and
    source are the role reader's (roles.assign)."""
    texts = [(_key(k), _text_value(v).strip()) for k, v in list(item.items())[:_FIELDS_MAX]]
    texts = [(k, t) for k, t in texts if t and not _NOT_TEXT_WORD.search(k)]
    # (a text has words: a flag beside the headline, "is_content": "1", is no body - dev s44b_02, a news API's items)
    named = [t for k, t in texts if _BODY_WORD.search(k) and _WORDED.search(t)]
    if named:
        # (the text in Chinese first, of a record that gives it in two languages: FT中文网's "cbody" beside its
        # "ebody", the English original, longer in characters: dev-retired40 s43h_09)
        return max(named, key=lambda t: (len(_HAN_CHAR.findall(t[:LOOSE_HAN_SAMPLE])), len(t)))
    # (only in a record that names a title or a date: a UI's message file is no article, review s20 R16)
    title = next((t for k, t in texts if _TITLE_WORD.search(k) and "\n" not in t), "")
    if not title and not any(_DATE_WORD.search(k) for k, _ in texts):
        return ""
    return "\n\n".join(  # (each field its own paragraph: a digest's closing quote under its items)
        t for k, t in texts if len(t) >= _PROSE_MIN and t != title and (_PROSE.search(t) or _item_lines(t))
    )


def _lead(item: dict[str, object], text: str) -> bool:
    """Is ``text`` the record's own field named for a text (a list API's "digest", "abs": its lead, cut before a
    sentence ends: "…她们又将会以怎样崭新的面貌接", dev-retired43 s46h_03), of _PROSE_MIN characters or more?"""
    return len(text) >= _PROSE_MIN and any(
        _BODY_WORD.search(_key(k)) and not _NOT_TEXT_WORD.search(_key(k)) and isinstance(v, str) and v.strip() == text
        for k, v in list(item.items())[:_FIELDS_MAX]
    )


# A field named by a qualifier before a known name's head word (a Chinese name puts its head last): "文章标题",
# "新闻标题", "稿件标题" are the item's title, "文章链接", "原文链接" its address (a paper-summary skill's page records,
# dev-retired35 s38h_01/02: "文章标题", "摘要", "PDF链接", "文章链接"). Read only when no field has a listed name, and
# never a qualifier that makes it another thing's: a subtitle's, a column's or a site's title, a PDF's, a picture's or a
# file's address.
_TITLE_HEAD = re.compile(r"(?:标题|题目|title|headline)$")
_LINK_HEAD = re.compile(r"(?:链接|网址|url|link)$")
_OTHER_THINGS = re.compile(
    r"副|引题|肩题|sub|seo|english|英文|网站|站点|site|栏目|频道|版面|专题|column|channel|section|categor|分类|pdf|"
    r"图|img|image|pic|photo|视频|video|音频|audio|附件|file|下载|download|封面|cover|thumb|logo|icon|作者|author"
)
_ADDRESS_VALUE = re.compile(r"(?:https?:)?//\S+|www\.\S+")


def _headed(fields: dict[str, str], head: re.Pattern[str], value: re.Pattern[str] | None = None) -> str:
    """The first field whose name is ``head`` after a qualifier (see above), its value one line."""
    for key, text in list(fields.items())[:_FIELDS_MAX]:
        text = str(text).strip()
        if not text or "\n" in text or len(text) > 500 or not head.search(key) or _OTHER_THINGS.search(key):
            continue
        if value is None or value.fullmatch(text):
            return text
    return ""


# A securities record: a stock's code (six digits in Shanghai and Shenzhen, five in Hong Kong) beside its short name
# ({"code": "002196", "name": "方正电机", "title": "关于…的公告", …}: a disclosure keyword bot's state, dev s40_10): the
# company whose filing it is, when no field names a source
_SECURITY_CODE = ("code", "stock_code", "sec_code", "security_code", "证券代码", "股票代码")
_SECURITY_NAME = ("name", "stock_name", "sec_name", "security_name", "short_name", "证券简称", "股票简称")
_STOCK_CODE = re.compile(r"\d{6}|\d{5}")
_SECURITY_NAME_MAX = 12


def _records(items: Sequence[object], feed_title: str = "", lineup: bool = False) -> Records:
    """The records among a document's objects (JSON's, or an XML file's record elements as dicts); ``lineup``: the
    objects are a list of headlines' (see _lineup), each headline its item's text."""
    records = Records()
    seen: set[str] = set()
    found = _items(items)
    # no object with a body's name anywhere: the document's own objects by the fallback names (see _loose_body)
    loose = not any(_has_article(d) for d in found)
    if loose:
        found = [d for d in (items if isinstance(items, list) else [items])[:MAX_ENTRIES] if isinstance(d, dict)]
        if len(found) == 1 and (listed := _news_lists(found[0]) or _titled_list(found[0]) or _headline_list(found[0])):
            found = listed  # an API's answer wrapping a list of headlines ({"meta": …, "data": [{title, url, …}]})
    titles = [str(next((d[k] for k in d if _key(k) in _TITLE_KEYS), "") or "") for d in found]
    headlines = bool(titles) and all(len("".join(t.split())) >= RECORD_HEADLINE_MIN for t in titles)
    prepared = [_prepared(item) for item in found]
    carriers = _carriers(items, {id(d) for d in found})
    # which field is which by names and values across the records (roles.assign): read where no listed name says
    by_role = assign_roles([{**f, **texts} for _, f, texts in prepared])
    outlet_authors = _outlet_authors([_first_value(fields, JSON_AUTHOR) for _, fields, _ in prepared])
    # (a source field of persons' names: one of them surely a name says the others of that shape are too)
    # (a source column most of whose values name known outlets is the outlets' column: none of its values is a person,
    # "彭博" beside 新华社 and 路透 - review s46 R5)
    outlet_sources = _outlet_authors([_first_value(fields, JSON_SOURCE) for _, fields, _ in prepared])
    named_sources = not outlet_sources and any(_byline(_first_value(f, JSON_SOURCE)) for _, f, _ in prepared)
    for (item, fields, texts), raw in zip(prepared, found, strict=True):

        def pick(names: tuple[str, ...], fields: dict[str, str] = fields) -> str:
            return _first_value(fields, names)

        def role(name: str, fields: dict[str, str] = fields, texts: dict[str, str] = texts) -> str:
            key = by_role.get(name)
            return str(fields.get(key) or texts.get(key) or "").strip() if key else ""

        title, body = pick(JSON_TITLE) or _headed(fields, _TITLE_HEAD) or role("title"), _readable_body(fields)
        if (original := pick(JSON_ORIGINAL_TITLE)) and _HAN_CHAR.search(original) and not _HAN_CHAR.search(title):
            title = original  # a translated title (no hanzi) over the outlet's own headline (review s33 R6)
        if not body and title and any(str(fields.get(_key(n), "")).strip() for n in JSON_BODY):
            body = title  # every body field garbled: its headline is its text (review s33 R8)
        if not body and not loose and (prose := _loose_body(item)) and (_PROSE.search(prose) or _lead(item, prose)):
            # a record whose body field is empty among records that have one ("content": [] beside "abs" and
            # "long_abs", dev-retired29 s32h_08): its text by the fallback names, as when no record names a body
            body = html.unescape(prose) if not _HTML_TAG.search(prose) else prose
        date, source = pick(JSON_DATE), pick(JSON_SOURCE)
        if not source and _STOCK_CODE.fullmatch(pick(_SECURITY_CODE)) and (name := pick(_SECURITY_NAME)):
            # a listed company's filing as a securities record: its code and short name are its filer's (see above)
            source = "".join(name.split()) if len(name) <= _SECURITY_NAME_MAX else ""
        if loose:
            body = _loose_body(item)
            title, date = title or html.unescape(role("title")), date or html.unescape(role("date"))
            source = source or html.unescape(role("source"))
            body = html.unescape(body) if not _HTML_TAG.search(body) else body
        if not body and (prose := role("body")) and not _garbled(prose):
            body = html.unescape(prose) if not _HTML_TAG.search(prose) else prose  # (a body by its values: roles)
        date, source = date or role("date"), source or role("source")
        if not source and (named := by_role.get("source")):
            source = _other_language(fields, named)  # (see _other_language)
        # a source given as its site's address name ("source": {"name": "appledaily"}, a CMS's slug of the outlet:
        # dev-retired40 s43h_13): the outlet the table knows by it, as metadata reads a byline of one
        source = outlet_of_label(source) or source if source.isascii() else source
        author = pick(JSON_AUTHOR)
        if source and not outlet_sources and _byline(source, named_sources):
            author, source = author or source, ""  # a person in a source column is its byline (see _byline)
        if not source and author and outlet_authors and not _byline(author):
            # (see _outlet_authors; the credit's person stays its byline: "新华社 张三" - review s46 R12)
            source, author = _credited_outlet(author) or " ".join(author.split()), _credited_person(author)
        elif author and (named := _credited_outlet(author)):
            author = named  # "人民网，供稿：人民资讯": the outlet it credits, as metadata reads an author naming one
        url = pick(JSON_LINK)
        url = url or _headed(fields, _LINK_HEAD, _ADDRESS_VALUE) or role("link")
        # (a source field holding an address no outlet's, the page a crawler took the record from, names no one:
        # dev-retired43 s46h_01/02, "source": "http://gi.mnr.gov.cn/…" beside "level": "自然资源部")
        addressed = _ADDRESS_VALUE.fullmatch(source) is not None and not outlet_for_url(source)
        if (not source or addressed) and not outlet_for_url(url):
            source = _outlet_field(fields, raw) or source  # (see _outlet_field)
        if body and _relay_summary(title, body, source):
            body = title  # (see _relay_summary)
        if not body and not date:
            date = pick(JSON_STAMP)
        if not body and title and len(found) > 1 and (date or lineup or (url and headlines)):
            # a record of a feed or an index that carries no body (an API whose item's description is empty, an
            # archive's index of headlines: dev s29_04/05/11): its headline is its text, as a feed entry's is.
            # Only among several records that have a title and a date: one object with a title is no article by
            # itself (a page's settings, a UI's strings), nor a title with a link alone (a site's menu saved as
            # JSON: review s29 R6), unless every title is a headline's measure, a menu's label none (a hot list
            # with no stamps: dev s30_10)
            body = title
        if not body:
            continue
        body = _without_page_head(title, body) if body is not title else body
        ident = pick(("id", "news_id", "docno", "url", "link")) or title or body[:200]
        key = _unique_key(ident, seen)
        records.append(
            Record(
                key=key,
                title=" ".join(title.split()),
                body=body,
                url=url,
                date=_publisher_stamp(date),
                source=source,
                author=author,
                channel=""
                if source
                else _carrier(pick(_JSON_CARRIER))
                or feed_title
                # (under the outlet the record's address names: a container's "platform": "thepaper" over
                # thepaper.cn's 澎湃新闻 says less, dev s30_06)
                or ("" if outlet_for_url(url) else carriers.get(id(raw), "")),
                paragraphs=_paragraphed(body, item),
            )
        )
    if _segments(found, prepared, by_role, records):
        return Records([replace(records[0], body="\n\n".join(r.body for r in records), title="", paragraphs=True)])
    return records


# A field given in two languages, each under the field's name and the language's ("SourceCn" and "sourceEng": an i18n
# resource's press list, dev s45b_03; "title_zh"/"title_en", "sourceTC"): a record that leaves one empty names its
# value in the other (#4: SourceCn "", sourceEng "Hong Kong Economic Journal (HKEJ)"). As _key spells them.
_LANGUAGE_END = re.compile(r"(?:zh(?:cn|tw|hk|hans|hant)?|cn|chs|cht|chi|chinese|sc|tc|hk|tw|en|eng|english)$")


def _other_language(fields: dict[str, str], key: str) -> str:
    """The value of ``key``'s field in another language, when its own is empty (see _LANGUAGE_END), else ""."""
    stem = _LANGUAGE_END.sub("", key)
    if stem == key or len(stem) < 2:
        return ""
    for other, value in fields.items():
        if other != key and _LANGUAGE_END.search(other) and _LANGUAGE_END.sub("", other) == stem and value.strip():
            return " ".join(value.split())
    return ""


# A news relay's record flattened to text (an aggregator's JSON of Google News items, dev s47b_01): its summary is the
# relay's description with the markup gone, the headline, its outlet's name glued on, then the relay's note ("在Google
# 新闻上查看更多头条新闻和观点") or the other outlets' headlines, each with its outlet's name ("…普京回应泽连斯基公开信
# 新浪财经普京拒绝…"). What it IS: no text of the story, a list of links to its coverage (feed_credits.relay_credit
# reads the same list in a feed, its markup kept): the item's text is its headline. By structure: a one-line summary
# opening with the record's own headline and then the record's own outlet field, with no sentence's end after them (a
# story's body opening with its headline and its outlet's dateline, "新华社北京1月1日电 …。", has prose).
def _relay_summary(title: str, body: str, source: str) -> bool:
    """Is ``body`` a news relay's list of coverage flattened to text (see above)?"""
    if not title.strip() or not source.strip() or "\n" in body.strip():
        return False
    flat = "".join(_HTML_ELEMENT.sub("", body).split())
    head = "".join(title.split()) + "".join(source.split())
    return flat.startswith(head) and _PROSE.search(flat, len(head)) is None


# A text given in pieces: a list of objects each with one line of it and nothing that makes it an item of its own (no
# headline, day, address, outlet, byline, id or category by name or by value), only the piece's own measures beside
# it ("text" with its "length" in milliseconds, "keywords", "timeStamps" and a picture: a narration's segments, a news
# story cut for a video's voice, dev s46b_04, read as six briefings of one line each). The pieces are its paragraphs,
# in order: one record (its headline, as a text's, its first line).
_ITEM_ROLES = ("title", "date", "link", "source", "author", "id", "category")
_ITEM_KEYS = frozenset(
    map(_spelled, (*JSON_TITLE, *JSON_ORIGINAL_TITLE, *JSON_DATE, *JSON_STAMP, *JSON_LINK, *JSON_SOURCE, *JSON_AUTHOR))
) | frozenset(map(_spelled, ROLE_NAMES["id"] + ROLE_NAMES["category"]))


def _segments(
    found: list[dict[str, object]],
    prepared: list[tuple[dict[str, object], dict[str, str], dict[str, str]]],
    by_role: Roles,
    records: Records,
) -> bool:
    """Are the records the pieces of one text (see above)?"""
    if len(records) < 2 or len(records) != len(found) or any("\n" in r.body.strip() for r in records):
        return False
    body = next((k for k, v in prepared[0][1].items() if v.strip() == records[0].body.strip()), "")
    if any(by_role.get(role) and by_role.get(role) != body for role in _ITEM_ROLES):
        return False  # (the pieces' own field read as their headline by its values is no item's headline)
    return not any(_key(k) in _ITEM_KEYS or _ENGAGEMENT.search(_key(k)) for d in found for k in list(d)[:_FIELDS_MAX])


# (a count readers gave each piece, its reposts, comments, likes or views, makes it a post of its own: four flashes
# of four offices with "reposts_count" and "comments_count" were one briefing, review s48 R8; a segment's measures are
# its place in the one text, a length or a time stamp)
_ENGAGEMENT = re.compile(
    r"repost|retweet|share|comment|like|favou?rite|view|repl(?:y|ies)|转发|评论|点赞|阅读|浏览|收藏|回复"
)


# A field whose whole value is an outlet's name is the record's source whatever the field is called: a byline's note
# ("cbyline_description": "英国《金融时报》" beside "cauthor", FT中文网's app records, dev-retired40 s43h_05/09), the
# brand a CMS files the story under ("brandName": "appledaily", an address name: s43h_14). Read only when no source
# field and no address names one, from the record's own one-value fields (a list of tags naming the outlet says what
# the story is about), never from a field named for a headline, a text, a category or an address, and only when every
# such field names the same outlet. An outlet is one the table knows (by a name, an address name of three letters or
# more), or a paper's name in its title marks after a country's ("英国《金融时报》": 《…报》, a place's name before it).
_OUTLET_NOT_ROLES = ("title", "body", "category", "link")
_MARKED_PAPER = re.compile(rf"[{HAN_BASIC}]{{0,4}}《([^《》]{{2,20}})》")
_PAPER_END = re.compile(r"(?:报|報|刊|杂志|雜誌|周刊|週刊|时报|時報)$")


def _outlet_value(value: str, hosts: Callable[[], set[str]]) -> str:
    """The outlet a field's whole value names (see above), "" for none."""
    value = " ".join(value.split())
    if not value or len(value) > _SOURCE_MAX:
        return ""
    if value.isascii():
        # (an address name is often a word too, "area": "china" is no 中国网's: one only when the record's own
        # addresses are on that outlet's site, its pictures' or its share link's)
        named = outlet_of_label(value) if len(value) >= 3 else ""
        return named if named and named in hosts() else ""
    if names_known_outlet(value):
        return value
    m = _MARKED_PAPER.fullmatch(value)
    if m and (names_known_outlet(m[1]) or _PAPER_END.search(m[1])):
        return value
    return value if _office(value) else ""


def _office(value: str) -> bool:
    """Does the whole value name a government office by its ending (自然资源部, 国家统计局, 上海市人民政府, 国务院: an
    issuer, as metadata reads one; a school's, a company's or a paper's name is none)?"""
    from .metadata import _issuer_token, organisation_name

    return bool(organisation_name(value)) and _issuer_token(value)


def _outlet_field(fields: dict[str, str], item: object) -> str:
    """The outlet the record's fields name by value alone (see above), "" for none or for two."""
    sites: list[set[str]] = []

    def hosts() -> set[str]:  # (the outlets of the record's addresses, at any depth: looked for once, when asked)
        if not sites:
            sites.append({outlet_for_url(a) for a in _addresses(item)} - {""})
        return sites[0]

    found = {
        named
        for k, v in list(fields.items())[:_FIELDS_MAX]
        if not any(role_name_score(k, role) > 0 for role in _OUTLET_NOT_ROLES)
        and not role_name_score(k, "source") < 0
        and (named := _outlet_value(str(v), hosts))
    }
    return next(iter(found)) if len(found) == 1 else ""


ADDRESSES_MAX = 200  # values of a record looked at for its addresses


def _addresses(item: object) -> list[str]:
    """The web addresses among a record's string values, at any depth (ADDRESSES_MAX values looked at)."""
    found: list[str] = []
    todo, seen = [item], 0
    while todo and seen < ADDRESSES_MAX:
        node = todo.pop()
        seen += 1
        if isinstance(node, str):
            if node.startswith(("http://", "https://", "//")):
                found.append(node)
        elif isinstance(node, dict):
            todo += list(node.values())[:_FIELDS_MAX]
        elif isinstance(node, list):
            todo += node[:_FIELDS_MAX]
    return found


def _first_value(fields: dict[str, str], names: tuple[str, ...]) -> str:
    """The first of the listed fields that holds a value, stripped ("" for none)."""
    return next((str(fields[_key(n)]).strip() for n in names if str(fields.get(_key(n), "")).strip()), "")


# Who a record's byline field and its source field name. A source field that holds a person's name (a dump's "source"
# column giving the editor, 叶桢, 杜玉, beside the accounts that posted, "WEEX 交易计划": dev s41b_03, review s44 R2)
# names no outlet: it is the byline, and the source is what the text credits, else none (precision first: empty is
# better than a person). A byline field that names an outlet, alone or in a credit ("人民网，供稿：人民资讯": the
# outlet, then its supplier), names the record's publisher: metadata reads it over the address (an aggregator's own
# host, mini.eastday.com's 东方网, carries every partner's article: dev s44b_02, 聚合数据's "author_name"). And when
# such a field names known outlets in most records, it is the export's outlet column: its other values that are no
# person's name (a self-media account, 每日看点快看) are their records' publishers too, not the carrier's host.
_CREDIT_PARTS = re.compile(r"\s*[，,;；|｜/／]\s*|\s+")
_CREDIT_LABEL = re.compile(r"^[^:：]{1,6}[:：]\s*")  # "供稿：", "来源:"
_CREDIT_MAX = 60  # characters of a byline read as a credit
_CREDIT_PARTS_MAX = 4
_PLACE_ENDS = frozenset("省市县区镇乡村州旗")
OUTLET_AUTHORS_MIN = 2  # records whose byline names an outlet, for the field to be the export's outlet column


def _credited_outlet(value: str) -> str:
    """The known outlet a byline value names, whole or as one of its parts (see above); "" for none."""
    from .outlets import is_aggregator_name, names_known_outlet

    value = " ".join(value.split())
    if not value or len(value) > _CREDIT_MAX:
        return ""
    for part in [value, *_CREDIT_PARTS.split(value)[:_CREDIT_PARTS_MAX]]:
        part = _CREDIT_LABEL.sub("", part)
        if part and names_known_outlet(part) and not is_aggregator_name(part):
            return part
    return ""


def _credited_person(value: str) -> str:
    """The person a credit naming an outlet names beside it ("新华社 张三": 张三), or ""."""
    value = " ".join(value.split())
    if len(value) > _CREDIT_MAX or not (outlet := _credited_outlet(value)):
        return ""
    parts = [_CREDIT_LABEL.sub("", p) for p in _CREDIT_PARTS.split(value)[:_CREDIT_PARTS_MAX]]
    return "、".join(p for p in parts if p and p != outlet and _byline(p))


def _byline(value: str, named: bool = False) -> bool:
    """Is a source or byline value a person's name, or a reporter's credit ("记者 张三")? metadata's test (a common
    surname, then one or two Han characters, no outlet's or office's name); ``named``: the field is known to hold
    persons' names (another of its values passed that test), and any surname of names.py's full list will do (祁月)."""
    from .metadata import _ISSUER, _looks_like_person, _named_outlet
    from .names import COMPOUND_SURNAMES, SURNAMES
    from .outlets import names_known_outlet

    value = "".join(value.split())
    value = value.removeprefix("记者").removeprefix("编辑") or value
    if names_known_outlet(value):
        return False  # a name the outlet table knows ("路透": 路透社's) is nobody's (review s46 R5)
    if value[-1:] in _PLACE_ENDS:
        return False  # a place's name (江宁区, 宁波市: a government's short name), whatever its first character
    if _looks_like_person(value):
        return True
    return (
        named
        and 2 <= len(value) <= 3
        and (value[0] in SURNAMES or value[:2] in COMPOUND_SURNAMES)
        and all("\u4e00" <= c <= "\u9fff" for c in value)
        and not _named_outlet(value)
        and not _ISSUER.match(value)
    )


def _outlet_authors(values: list[str]) -> bool:
    """Is the byline field the records' outlet column (most of its values name a known outlet: see above)?"""
    given = [v for v in values if v]
    named = sum(1 for v in given if _credited_outlet(v))
    return named >= OUTLET_AUTHORS_MIN and 2 * named >= len(given)


# A record inside a container that names its publisher: an account's posts under the account ({"accounts": [{"name":
# "AI编程实验室", "articles": [{title, link, pubDate, contentText}]}]}: a WeChat export, dev s41_09), an API's answer
# whose "meta" names the platform beside its "data" ({"meta": {"platform": "zhihu-daily"}, "data": [...]}: an
# archiver's, dev s30_10). The nearest container's name (its own field, or one of a sibling object of fields only)
# is its records' carrier, the weakest source hint (a feed channel's), under anything the record or its text names.
_CARRIER_KEYS = frozenset(
    map(_spelled, (*JSON_SOURCE, "name", "platform", "account", "accountname", "nickname", "feedname", "mpname",
                   "公众号", "账号", "平台"))
)  # fmt: skip
_CARRIER_MAX = 30  # characters of a container's name


def _container_name(d: dict[str, object]) -> str:
    own = list(d.items())[:_FIELDS_MAX]
    for k, v in own + [kv for _, m in own if isinstance(m, dict) for kv in list(m.items())[:_FIELDS_MAX]]:
        if _spelled(k) not in _CARRIER_KEYS or not isinstance(v, str):
            continue
        value = " ".join(v.split())
        if (
            2 <= len(value) <= _CARRIER_MAX
            and re.search(f"[{HAN_BASIC}A-Za-z]{{2}}", value)
            and not (_TAB_URL.match(value) or _PROSE.search(value) or _TAB_DATE.match(value))
        ):
            return value
    return ""


def _carriers(data: object, found: set[int], depth: int = 0, name: str = "") -> dict[int, str]:
    """The carrier (see above) of each found record, by its id(); none for a document's own records."""
    out: dict[int, str] = {}
    for d in (data if isinstance(data, list) else [data])[:MAX_ENTRIES]:
        if not isinstance(d, dict):
            continue
        if id(d) in found:
            if name:
                out[id(d)] = name
            continue
        if depth < _NESTING:
            inner = _container_name(d) or name
            for v in list(d.values())[:_FIELDS_MAX]:
                if isinstance(v, (list, dict)) and v:
                    out.update(_carriers(v, found, depth + 1, inner))
    return out


def _prepared(item: dict[str, object]) -> tuple[dict[str, object], dict[str, str], dict[str, str]]:
    """(the item with its values read, its fields as text by the lists' names, its other fields' text): the fields a
    record's readers look up, and what the role reader sees besides (a list of paragraphs under any name)."""
    item = {k: _valued(v) for k, v in list(item.items())[:_FIELDS_MAX]}
    fields = {_key(k): html.unescape(str(v)) for k, v in item.items() if isinstance(v, (str, int, float))}
    texts: dict[str, str] = {}
    for k, v in item.items():  # a source or a byline given as an object or a list of names
        if _key(k) in _NAMED_KEYS and _key(k) not in fields and (name := _named(v, _spelled(k))):
            fields[_key(k)] = html.unescape(name)
        # a body given as a list of paragraphs (a daily digest's "content": ["", "1、…", "2、…"])
        elif _key(k) in _BODY_KEYS and _key(k) not in fields and (paragraphs := _text_value(v)):
            fields[_key(k)] = html.unescape(paragraphs)
        elif _key(k) not in fields and (text := _text_value(v)):
            texts[_key(k)] = text
    return item, fields, texts


_HTML_TAG = re.compile(r"<[A-Za-z][^<>]{0,200}>")
RECORD_HEADLINE_MIN = 8  # characters of every title of a list of links, for them to be headlines (a menu's are words)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^<>]{0,300}\?>")


def _xml_value(node: Any) -> str:
    """An XML field's text: its own text (CDATA too), or its inner markup when it holds elements (HTML put in
    without CDATA)."""
    from lxml import etree

    if len(node) == 0:
        return str(node.text or "")
    inner = etree.tostring(node, encoding="unicode", method="xml", with_tail=False)
    return re.sub(r"\A<[^<>]*>|</[^<>]*>\Z", "", inner.strip())


def _xml_root(text: str) -> Any | None:
    """The root element of ``text`` read as XML (no entities, no network, no huge trees; what a broken file still
    holds recovered), None when it is no XML or an XHTML page (a page is read as a page, not as records or a
    document)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname.lower() == "html":
        return None
    return root


def parse_xml_records(text: str) -> Records | None:
    """The records of an XML data file that is no feed: the root's repeated elements (or those of one child of
    the root), each a set of named fields, <Title>, <HTMLContent>, <Date_Created>… (a government's open data:
    行政院公報's <Gazette><Record>, dev-retired15 s18_42); read as JSON records are. None when it holds none."""
    from lxml import etree

    root = _xml_root(text)
    if root is None:
        return None
    for parent in (root, *list(root)[:8]):
        children = [c for c in parent if isinstance(c.tag, str)]
        if not children:
            continue
        tags: dict[str, int] = {}
        for c in children[: MAX_ENTRIES + 1]:
            tags[c.tag] = tags.get(c.tag, 0) + 1
        tag = max(tags, key=lambda t: tags[t])
        items = []
        for c in (c for c in children if c.tag == tag):
            fields = {etree.QName(f).localname: _xml_value(f) for f in list(c)[:_FIELDS_MAX] if isinstance(f.tag, str)}
            # a record's fields given as its attributes, its text as its content (<item title="…" date="…">…</item>):
            # only an element of prose (an annotation's <Relation id="e2-e35" …> over a word is none: dev s39_01/02)
            own = str(c.text or "").strip() if len(c) == 0 else ""
            if len(own) >= _PROSE_MIN and _PROSE.search(own):
                for name, value in list(c.attrib.items())[:_FIELDS_MAX]:
                    fields.setdefault(etree.QName(name).localname, str(value))
                fields.setdefault("text", own)
            if len(fields) >= 2:
                items.append(fields)
            if len(items) > MAX_ENTRIES:
                break
        more = len(items) > MAX_ENTRIES
        records = _records(items[:MAX_ENTRIES])
        if records:
            records.more = more
            return records
        if items and parent is not root:
            # a group of rows of named fields that are no articles (an open-data table's <g><r><f0>…): its
            # siblings are more of the same; each tried read every field again (review s21 R5: 11 MB, 51 s)
            break
    return None


# An XML file that is no feed and holds no records but ONE document (a research corpus's annotated news report:
# <Body><Title>…</Title><ReportTime>…</ReportTime> 来源：… <Content><Paragraph><Sentence><Event>…, dev s39_01-04):
# its text in document order, never an element's name or attribute. The root's children are its fields, a line each,
# with the loose text written after one (the outlet beside the stamp); the field holding the most text is the body,
# its children its paragraphs; below them every piece is inline: an annotation cuts one sentence into elements set on
# lines of their own, and that indentation is no space between two hanzi. None when no field's text is prose.
XML_DOCUMENT_PROSE_MIN = 80  # characters of the body field's text
_XML_DOCUMENT_DEPTH = 8  # wrappers of one child each around the body's paragraphs, looked through
_PROSE_END = re.compile(f"[{SENTENCE_END_ZH}.!?]")


def _xml_inline(pieces: Sequence[str]) -> str:
    """Text pieces as one line: each line of them stripped (the markup's indentation), joined with nothing, or a
    space between two Latin words or numbers."""
    out: list[str] = []
    last = ""  # the last character put out
    for piece in pieces:
        for line in piece.split("\n"):
            line = line.strip(" \t\r\u3000\xa0")
            if not line:
                continue
            if last.isascii() and last.isalnum() and line[0].isascii() and line[0].isalnum():
                out.append(" ")
            out.append(line)
            last = line[-1]
    return "".join(out)


def xml_document(text: str) -> tuple[str, str] | None:
    """(title, text) of an XML file that is one document (see XML_DOCUMENT_PROSE_MIN), else None."""
    from lxml import etree

    root = _xml_root(text)
    if root is None:
        return None
    fields = [c for c in root if isinstance(c.tag, str)]
    if not 2 <= len(fields) <= _FIELDS_MAX:
        return None
    texts = [_xml_inline(list(c.itertext())) for c in fields]
    body = max(range(len(fields)), key=lambda k: len(texts[k]))
    if len(texts[body]) < XML_DOCUMENT_PROSE_MIN or not _PROSE_END.search(texts[body]):
        return None
    lines: list[str] = [_xml_inline([root.text or ""])]
    for k, field in enumerate(fields):
        tail = _xml_inline([field.tail or ""])
        if k != body:
            lines.append(" ".join(x for x in (texts[k], tail) if x))
            continue
        node = field
        for _ in range(_XML_DOCUMENT_DEPTH):  # (a wrapper of one child and no text of its own)
            only = [c for c in node if isinstance(c.tag, str)]
            if len(only) != 1 or _xml_inline([node.text or ""]) or _xml_inline([only[0].tail or ""]):
                break
            node = only[0]
        lines.append(_xml_inline([node.text or ""]))
        for child in node:
            if isinstance(child.tag, str):
                lines.append(_xml_inline(list(child.itertext())))
            lines.append(_xml_inline([child.tail or ""]))
        lines.append(tail)
    title = next((texts[k] for k, f in enumerate(fields) if _key(etree.QName(f).localname) in _TITLE_KEYS), "")
    return title, "\n".join(line for line in lines if line)


# An API's stamp in UTC ("2022-02-12T23:00:00Z", NewsAPI's publishedAt; "+00:00"): a moment, not the
# newsroom's wall clock. Chinese-language publishers keep UTC+8, as feeds are read (feed.py): the record's
# date is given on that calendar, so its day is the one the outlet printed.
_UTC_STAMP = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?\s*(?:Z|[+-]00:?00)\s*$", re.I
)


# An API's stamp as a Unix time: seconds (10 digits) or milliseconds (13) since 1970 UTC, a moment as above
_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d{1,6})?\s*$")
EPOCH_FIRST_YEAR = 1990  # an earlier "date" of ten digits is a number of something else (an id, a count)


def _publisher_stamp(value: str) -> str:
    import datetime as dt

    utc8 = dt.timezone(dt.timedelta(hours=8))
    if (e := _EPOCH.match(value)) is not None:
        seconds = int(e[1]) / (1000 if len(e[1]) == 13 else 1)
        try:
            moment = dt.datetime.fromtimestamp(seconds, utc8)
        except (OverflowError, OSError, ValueError):
            return ""
        if not EPOCH_FIRST_YEAR <= moment.year <= dt.date.today().year + 1:
            return ""  # no plausible day: a number, never a date read from it
        return moment.replace(microsecond=0).isoformat()
    m = _UTC_STAMP.match(value)
    if m is None:
        return value
    try:
        moment = dt.datetime.fromisoformat(f"{m[1]}T{m[2]}+00:00")
    except ValueError:
        return value
    return moment.astimezone(utc8).isoformat()


def _named(value: object, field: str = "") -> str:
    """The name a field given as an object carries ({"name": "Reuters"}; {"AuthorName": …} under "Author", the
    field's own name and "name": a 今日头条 API answer, dev s45b_02), or the names of a list of them or of strings
    (["张三", "李四"], [{"name": "张三"}]), joined; else ""."""
    if isinstance(value, dict):
        spelled = {_spelled(k): v for k, v in list(value.items())[:_FIELDS_MAX]}  # userName, user_name: username
        keys = (*_NAME_KEYS, f"{field}name") if field else _NAME_KEYS
        return next((v.strip() for k in keys if isinstance(v := spelled.get(k), str) and v.strip()), "")
    if isinstance(value, list):
        names = [v.strip() if isinstance(v, str) else _named(v) if isinstance(v, dict) else "" for v in value[:8]]
        return "、".join(n for n in names if n)
    return ""


_NAMED_KEYS = frozenset(map(_spelled, JSON_SOURCE + JSON_AUTHOR))
_LABEL_SOURCE_KEYS = frozenset(map(_spelled, JSON_SOURCE))
_LABEL_AUTHOR_KEYS = frozenset(map(_spelled, JSON_AUTHOR))
_LABEL_DATE_KEYS = frozenset(map(_spelled, JSON_DATE))
_FIELD_KEYS = frozenset(
    map(_spelled, (*JSON_TITLE, *JSON_BODY, *JSON_DATE, *JSON_SOURCE, *JSON_AUTHOR, "url", "link", "id"))
)


def _unique_key(ident: str, seen: set[str]) -> str:
    """A record's key: 8 hex digits of its identity (stable when the file is fetched
    again), with -2, -3 ... for records that share one; added to ``seen``."""
    key = base = hashlib.sha1(ident.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    n = 2
    while key in seen:
        key = f"{base}-{n}"
        n += 1
    seen.add(key)
    return key
