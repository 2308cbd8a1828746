"""Title, date (with its precision), source and authors.

Sources are tried from the most to the least explicit: front matter, HTML meta,
header lines (``- 新民晚报``, a date line, an issuing office, a document number),
the dateline (``新民晚报讯(记者 宋宁华)``, ``中新网上海2月18日电``), then inference
from the text (a year from ``2025上海信息消费节`` for a dateline without one).
The lines used as metadata leave the body, so the article does not repeat them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, field
from typing import Any

from .patterns import DOC_NUMBER as _DOC_NUMBER
from .patterns import HAN as _HAN
from .patterns import NAMES as _NAMES
from .patterns import is_outlet as _is_outlet
from .patterns import match_dateline

_HEADER_LINES = 8  # metadata lines live at the top
_TITLE_MAX = 40

_ISSUER = re.compile(
    rf"^[{_HAN}]{{2,24}}(?:委员会|人民政府|办公室|办公厅|管理局|服务中心|研究院|协会|委|局|厅|部|署)$"
)
_PAREN_AUTHORS = re.compile(rf"^\s*[(（](?:(?:记者|通讯员|文|作者)[:：]?\s*)?(?P<names>{_NAMES})[)）]")
_REPORTER = re.compile(rf"记者\s*(?P<name>[{_HAN}]{{2,3}})(?:[{_HAN}]{{2,3}})?报[道导]")
# "证券时报记者 张淑贤", "21世纪经济报道记者 叶麦穗 广州报道", "经济日报 记者萧君晖／台北报导"
_BYLINE = re.compile(
    rf"^(?P<outlet>[{_HAN}A-Za-z0-9]{{2,14}}?)?\s*(?:记者|通讯员|作者|文)\s*[:：/]?\s*(?P<names>{_NAMES}?)"
    rf"(?:\s*[/／]?\s*[{_HAN}]{{2,4}}报[道导])?$"
)
# "2022-07-28 08:23:56", "发布时间：2024年5月6日", "2023-12-12 07:01 来源：经济日报",
# "第一财经 2024-06-27 10:12:45"
_DATE_LINE = re.compile(
    r"^(?:(?:发布时间|发布日期|时间|日期)[:：]\s*|(?P<outlet>\S{2,14}?)\s*)?"
    r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:来源|稿源)[:：]\s*(?P<source>\S{2,20}))?$"
)
_SOURCE_LINE = re.compile(r"^(?:来源|稿源|出处)[:：]\s*(?P<source>\S{2,20})")
_ROC_CODE = re.compile(r"(?<!\d)(?P<y>1[0-2]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$")  # CNA: 1130418
_ADMIN_LINE = re.compile(r"^(?:办理结果|公开方式|主动公开|依申请公开|索引号|发布机构|发文字号|成文日期|主题分类|来源|作者|编辑)")
_GOV_TITLE = re.compile(
    rf"^(?:关于|对).{{4,60}}(?:答复|通知|意见|决定|报告|办法|方案|函|批复|公告|通报|规定|细则|复函)$"
)
_LIST_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])")
_AGGREGATOR = re.compile(
    rf"^(?:【[^】]{{1,8}}】|[{_HAN}]{{0,4}}(?:简讯|快讯|资讯|速递|热点|聚焦|快报|头条|热闻|播报|快看|速看|观察|滚动|热门|看点|要闻|速读|动态|消息|最新|实时)[!！]?\s*[:：丨|])\s*"
)
_LEAD_TIME = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|昨天|昨日|今天|今日|近日|日前|前不久)(?:[上下]午|晚间?)?[,，]?\s*")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


@dataclass(slots=True)
class Metadata:
    title: str = ""
    date: dt.date | None = None
    precision: str | None = None
    source: str = ""
    authors: list[str] = field(default_factory=list)
    body: str = ""


# --- value parsing -----------------------------------------------------------------


def parse_date(value: Any) -> tuple[dt.date, str] | None:
    """A date and its precision from a front matter value or a string."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and 1900 <= value <= 2100:
        return dt.date(value, 1, 1), "year"
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]), "day")
    m = re.match(r"^(\d{4})[-/.年](\d{1,2})月?$", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), 1, "month")
    m = re.match(r"^(\d{4})年?$", s)
    if m:
        return _safe_date(int(m[1]), 1, 1, "year")
    try:  # RFC 2822: "Tue, 26 Jul 2022 18:55:00 GMT" -- keep the date as written
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return (parsed.date(), "day") if parsed else None


def _safe_date(y: int, m: int, d: int, precision: str) -> tuple[dt.date, str] | None:
    try:
        return dt.date(y, m, d), precision
    except ValueError:
        return None


def infer_year(text: str, lead: str) -> int | None:
    """The year a text was most likely written in, for a dateline without one.

    Years used as event names (``2025上海信息消费节``) weigh most, plain mentions
    less, targets and range ends (``到2027年``, ``2025-2027``) not at all.
    """
    scores: dict[int, float] = {}
    for m in _YEAR.finditer(text):
        year, before, after = int(m[1]), text[max(0, m.start() - 3):m.start()], text[m.end():m.end() + 2]
        if re.search(r"(?:到|至|力争|预计|目标|[-~—－至])$", before):
            weight = 0.0
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


def _split_names(names: str) -> list[str]:
    return [n for n in re.split(r"[ 、]+", names.strip()) if n]


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v) for v in value if v is not None)
    return "" if value is None else " ".join(str(value).split())


def clean_title(title: str) -> str:
    title = " ".join(title.split())
    title = _AGGREGATOR.sub("", title)
    title = re.sub(r"(?:^|(?<=\s))_([^_\s]{1,20})_", r"“\1”", title)  # _元宇宙_ -> “元宇宙”
    return title.strip(" -_|·")[:120]


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
        and not _ISSUER.match(line)
        and not _BYLINE.match(line)
        and not _DATE_LINE.match(line)
    )


def title_from_lead(lead: str) -> str:
    """A headline made from the lead sentence, for sources that have none."""
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


def _set_date(meta: Metadata, parsed: tuple[dt.date, str] | None) -> bool:
    if parsed and not meta.date:
        meta.date, meta.precision = parsed
        return True
    return False


def _people_or_outlet(meta: Metadata, value: str) -> None:
    """An "author" field names either the outlet or the reporters."""
    if not value:
        return
    if _is_outlet(value):
        meta.source = meta.source or value
    elif not meta.authors:
        names = re.sub(rf"^(?:[{_HAN}A-Za-z0-9]{{2,14}}?\s*)?记者\s*", "", value)
        names = re.sub(rf"\s*[/／]\s*[{_HAN}]{{2,4}}报[道导]$", "", names)
        meta.authors = _split_names(names) if re.fullmatch(_NAMES, names) else [names]


def extract_metadata(body: str, front: dict[str, Any], html_meta: dict[str, str] | None = None,
                     html_title: str = "", convert=lambda s: s, raw_tail: str = "") -> Metadata:
    """Metadata from every place it can be.

    ``convert`` puts front matter and HTML meta in Simplified; ``raw_tail`` is the
    end of the source before cleaning, where CNA puts its date code (1130418).
    """
    meta = Metadata()
    html_meta = html_meta or {}
    lines = body.split("\n")
    used: set[int] = set()

    # 1. explicit fields: front matter, then HTML <title>/<h1>/<meta>
    title = _text(front.get("title") or front.get("headline"))
    if title:
        meta.title = clean_title(convert(title))
    for key in ("date", "published", "pubdate", "publish_date", "created", "time"):
        if key in front and _set_date(meta, parse_date(front[key])):
            break
    for key in ("source", "publisher", "outlet", "media", "site"):
        if front.get(key):
            meta.source = convert(_text(front[key]))
            break
    _people_or_outlet(meta, convert(_text(front.get("author") or front.get("authors") or front.get("reporter"))))
    if not meta.source:
        cats = front.get("categories") or front.get("tags") or []
        outlets = [convert(_text(c)) for c in (cats if isinstance(cats, list) else [cats])]
        meta.source = next((c for c in outlets if _is_outlet(c)), "")
    if not meta.title and (html_title or html_meta.get("h1")):
        meta.title = clean_title(convert(html_meta.get("h1") or html_title))
    if not meta.source:
        meta.source = convert(html_meta.get("og:site_name") or html_meta.get("source", ""))
    _people_or_outlet(meta, convert(html_meta.get("author", "")))
    for key in ("article:published_time", "pubdate", "publishdate", "date"):
        if key in html_meta and _set_date(meta, parse_date(html_meta[key])):
            break

    # 2. header lines; an official document's own title line ("对…的答复") beats
    # any shorter line above it that might pass for a headline.
    doc_year: int | None = None
    if not meta.title:
        gov = next((i for i, line in enumerate(lines[:_HEADER_LINES]) if _GOV_TITLE.match(line)), None)
        if gov is not None:
            meta.title = clean_title(lines[gov])
            used.add(gov)
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if i in used:
            continue
        bare = re.sub(r"^[-*•·]\s*", "", line)
        if len(line) > 80 or match_dateline(line):
            break  # the article has begun
        if (m := _DATE_LINE.match(bare)) and (not m["outlet"] or _is_outlet(m["outlet"])
                                               or m["outlet"] == meta.source):
            _set_date(meta, _safe_date(int(m["y"]), int(m["m"]), int(m["d"]), "day"))
            meta.source = meta.source or m["source"] or m["outlet"] or ""
            used.add(i)
        elif (m := _SOURCE_LINE.match(bare)) and not meta.source:
            meta.source = m["source"]
            used.add(i)
        elif bare != line and _is_outlet(bare):
            meta.source = meta.source or bare
            used.add(i)
        elif _ISSUER.match(line):
            meta.source = meta.source or line
            used.add(i)
        elif m := _DOC_NUMBER.search(line):
            doc_year = int(m["y"])
        elif m := _BYLINE.match(line):
            if m["outlet"] and _is_outlet(m["outlet"]):
                meta.source = meta.source or m["outlet"]
            meta.authors = meta.authors or _split_names(m["names"])
            used.add(i)
        elif not meta.title and _looks_like_headline(line):
            meta.title = clean_title(line)
            used.add(i)

    # 3. the dateline, in the first paragraphs
    lead_index = next((i for i, line in enumerate(lines) if i not in used and len(line) >= 30), None)
    roc = _ROC_CODE.search(raw_tail)
    for i, line in enumerate(lines[:_HEADER_LINES + 2]):
        m = match_dateline(line)
        if not m:
            continue
        lead_index = i
        groups = m.groupdict()
        outlets = [o for o in re.split(r"[、和]", groups["outlets"]) if o]
        meta.source = meta.source or (outlets[0] if outlets else "")
        if groups.get("names"):
            meta.authors = meta.authors or [groups["names"]]
        rest = line[m.end():]
        if a := _PAREN_AUTHORS.match(rest):
            meta.authors = meta.authors or _split_names(a["names"])
            rest = rest[a.end():]
        elif r := _REPORTER.search(rest[:20]):
            meta.authors = meta.authors or [r["name"]]
            rest = rest[r.end():]
        month, day = groups.get("month"), groups.get("day")
        if not month and (t := re.match(r"\s*(\d{1,2})月(\d{1,2})日", rest)):
            month, day = t[1], t[2]
        if day and not meta.date:
            if roc and (not month or int(month) == int(roc["m"])) and int(day) == int(roc["d"]):
                _set_date(meta, _safe_date(int(roc["y"]) + 1911, int(roc["m"]), int(roc["d"]), "day"))
            elif month:
                year = infer_year(meta.title + "\n" + body, meta.title + "\n" + line)
                if year:
                    _set_date(meta, _safe_date(year, int(month), int(day), "day"))
        break  # the dateline itself stays: it is part of the lead as published

    # 4. weaker evidence: a signature block (issuer + date) at the end, a date code,
    # then a document number
    tail = [line.strip() for line in lines[-5:]]
    for k in range(len(tail) - 1, -1, -1):
        if m := re.fullmatch(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日", tail[k]):
            _set_date(meta, _safe_date(int(m[1]), int(m[2]), int(m[3]), "day"))
            if k > 0 and _ISSUER.match(tail[k - 1]):
                meta.source = meta.source or tail[k - 1]
            break
    if roc:
        _set_date(meta, _safe_date(int(roc["y"]) + 1911, int(roc["m"]), int(roc["d"]), "day"))
    if doc_year:
        _set_date(meta, (dt.date(doc_year, 1, 1), "year"))

    kept = [line for i, line in enumerate(lines) if i not in used]
    if not meta.title:
        lead = lines[lead_index] if lead_index is not None and lead_index < len(lines) else ""
        if lead and (m := match_dateline(lead)):
            lead = lead[m.end():]
            lead = _PAREN_AUTHORS.sub("", lead, count=1)
            lead = re.sub(rf"^\s*记者\s*[{_HAN}]{{2,3}}(?:[{_HAN}]{{2,3}})?报[道导]\s*", "", lead)
        meta.title = title_from_lead(lead) if lead else ""
    if not meta.title:
        meta.title = title_from_lead(next((line for line in kept if line.strip()), ""))
    # A page that repeats its headline (an <h1> used as the title) does not show it twice.
    squeeze = lambda t: re.sub(r"\s+", "", t)  # noqa: E731
    repeats = 0  # counted, not popped one by one: a page may repeat it 100,000 times
    while repeats < len(kept) and squeeze(clean_title(kept[repeats])) == squeeze(meta.title):
        repeats += 1
    meta.body = "\n".join(kept[repeats:])
    meta.authors = list(dict.fromkeys(a for a in meta.authors if a))
    return meta
