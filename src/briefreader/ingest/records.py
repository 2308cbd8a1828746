"""News-corpus records in plain text: ``<doc><url>…</url><contenttitle>…</contenttitle>
<content>…</content></doc>`` (the SogouCS/SogouCA layout and its many copies).

The tags are fields, not markup to show: each record is one briefing, its
``contenttitle`` the title, its ``url`` the link (and, when the path holds one,
the date). Only records whose fields look like this are read so; any other text
with angle brackets stays text.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from .feed import MAX_ENTRIES

_RECORD = re.compile(r"<doc\b[^<>]{0,200}>(.*?)(?:</doc\s*>|(?=<doc\b)|\Z)", re.DOTALL | re.IGNORECASE)
_TITLE = ("contenttitle", "title", "headline")
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


_NAMES = ("url", "docno", *_TITLE, *_BODY, *_DATE, *_SOURCE)


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
        value = record[start:end if end != -1 else len(record)]
        fields[name] = html.unescape(value).strip()
    return fields


def looks_like_records(text: str) -> bool:
    head = text[:4096].lower()
    return "<doc" in head and any(f"<{name}>" in head for name in (*_TITLE, *_BODY, "url", "docno"))


def parse_records(text: str) -> list[Record]:
    records: list[Record] = []
    seen: set[str] = set()
    for m in _RECORD.finditer(text):
        fields = _fields(m[1])
        if not fields:
            continue
        pick = lambda names: next((fields[n] for n in names if fields.get(n)), "")  # noqa: E731
        ident = fields.get("docno") or fields.get("url") or pick(_TITLE) or pick(_BODY)[:200]
        key = hashlib.sha1(ident.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        n = 2
        while key in seen:
            key = f"{key[:8]}-{n}"
            n += 1
        seen.add(key)
        records.append(Record(key=key, title=" ".join(pick(_TITLE).split()), body=pick(_BODY),
                              url=fields.get("url", ""), date=pick(_DATE), source=pick(_SOURCE)))
        if len(records) >= MAX_ENTRIES:
            break
    return records
