"""RSS 2.0, RSS 1.0 and Atom files: each entry is one briefing.

feedparser does the XML (it copes with the broken feeds the web publishes, and
with RSS and Atom dialects alike); this module only turns its entries into the
pieces the pipeline already knows: an HTML body, a title, a date, a source and a
link. An entry's key is a short digest of its guid (or link, or title): stable
when the feed is fetched again and entries come and go around it. Its date is
feed_dates', who publishes it feed_credits', the furniture its software prints in
every entry feed_template's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from .feed_credits import channel_publisher, credit_aggregated, entry_outlet, field_text, relay_credit
from .feed_dates import english_date, struct_date, written_date
from .feed_template import without_self_link

MAX_ENTRIES = 2000  # a feed has tens; a file with more is a dump, read in part
_FEED_START = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
# The XML declaration's charset: the text is decoded already, and feedparser, handed a str,
# still believes the declaration (a UTF-16 feed then reads as "not well-formed", no entries)
_DECLARED_ENCODING = re.compile(r"\A(\s*<\?xml\b[^<>]{0,200}?\bencoding\s*=\s*)([\"'])[^\"'<>]{0,40}\2")


@dataclass(slots=True)
class FeedEntry:
    key: str  # unique in its file
    title: str = ""
    body: str = ""  # HTML or text, as the feed gave it
    date: dt.datetime | str | None = None  # a string when only metadata can read it
    source: str = ""  # the channel's title, or the entry's own <source>
    link: str = ""
    authors: list[str] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        """Is the body plain text set in lines (no tag, no entity: a podcast's description), whose line
        breaks are its paragraphs, and not HTML, where a line break is a space (tester s26 U4)?"""
        return "\n" in self.body.strip() and not _MARKUP.search(self.body)


# a tag or a character reference: the body is HTML (feedparser has unescaped an escaped description)
_MARKUP = re.compile(r"<[A-Za-z!/][^<>]*>|&(?:[A-Za-z]{2,8};|#\d|#x[0-9A-Fa-f])")  # (a teaser may cut "&#2…")


@dataclass(slots=True)
class Feed:
    title: str = ""
    entries: list[FeedEntry] = field(default_factory=list)
    more: int = 0  # entries past MAX_ENTRIES, not read


def looks_like_feed(text: str, window: int = 4096) -> bool:
    return bool(_FEED_START.search(text, 0, window))


# A feed the web published broken (feedparser's "bozo"): its loose parser reads on, but a bare "&" ("A&B公司") comes
# back as an entity of its own ("A&B;公司"), and one item's unclosed CDATA or tag swallows every item after it. Each
# item is then read alone, under the document's own head (its namespaces), its ampersands that begin no reference
# escaped: one broken item never costs the others (review of the feed corpus s42: dev s42f, tests/core/test_feeds_s42).
_ITEM_START = re.compile(r"<(?:item|entry)(?=[\s>/])", re.IGNORECASE)
_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)")


def _recovered(text: str, entries: list[Any]) -> list[Any]:
    """A not-well-formed feed's entries (see _ITEM_START): read again item by item when the whole gave fewer items
    than the document opens, or any ampersand began no reference; else as feedparser gave them."""
    import feedparser

    starts = [m.start() for m in _ITEM_START.finditer(text)][: MAX_ENTRIES + 1]
    if not starts or (len(entries) >= len(starts) and not _BARE_AMPERSAND.search(text)):
        return entries
    # the head each item is read under: the root's start tag (its namespaces) and the channel's, never the channel's
    # own fields again (a long channel description read once per item made the re-read quadratic)
    root = _FEED_START.search(text, 0, starts[0])
    root_end = text.find(">", root.end(), starts[0]) if root else -1
    head = text[root.start() : root_end + 1] if root and root_end >= 0 else ""
    if head and not head.lower().startswith("<feed"):
        head += "<channel>"
    head = _BARE_AMPERSAND.sub("&amp;", head)
    again: list[Any] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        try:
            one = feedparser.parse(
                head + _BARE_AMPERSAND.sub("&amp;", text[start:end]), sanitize_html=False, resolve_relative_uris=False
            )
        except Exception:  # noqa: BLE001 - one item is never worth the feed
            continue
        again.extend((one.get("entries") or [])[:1])
    return again if len(again) >= len(entries) else entries


def parse_feed(text: str) -> Feed:
    """The entries of a feed document; an empty Feed when it is not one."""
    import feedparser

    text = _DECLARED_ENCODING.sub(r"\1\2utf-8\2", text, count=1)
    try:
        parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    except Exception:  # noqa: BLE001 - feedparser is lenient, but a file is never worth a crash
        return Feed()
    entries = parsed.get("entries", []) or []
    if parsed.get("bozo"):
        entries = _recovered(text, entries)
    channel = parsed.get("feed", {}) or {}
    feed = Feed(title=channel_publisher(channel))
    seen: set[str] = set()
    feed.more = max(0, len(entries) - MAX_ENTRIES)
    for entry in entries[:MAX_ENTRIES]:
        contents = entry.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="")
        summary = entry.get("summary", "") or ""
        if len(summary) > len(body):
            body = summary
        ident = str(entry.get("id") or entry.get("link") or entry.get("title") or body[:200])
        key = hashlib.sha1(ident.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        n = 2
        while key in seen:  # the same guid twice: keep both, numbered
            key = f"{key[:8]}-{n}"
            n += 1
        seen.add(key)
        raw_date = str(entry.get("published") or entry.get("updated") or entry.get("created") or "")
        # (each only when its field is there: feedparser warns on its own fallback between them)
        parsed = struct_date(
            entry.get("published_parsed")
            if "published" in entry
            else entry.get("updated_parsed")
            if "updated" in entry
            else None
        )
        if parsed and str(parsed.year) not in raw_date:
            parsed = None  # feedparser's guess at a form it does not know ("2020/8/8" became today)
        # as written first; then feedparser's reading; a form neither reads
        # ("2020年08月08日 05:30") goes to the metadata parser as a string
        numeric = raw_date if re.match(r"\s*\d{4}\s*[年/.-]", raw_date) else None
        date = written_date(raw_date) or english_date(raw_date) or numeric or parsed or raw_date or None
        authors = [field_text(a.get("name")) for a in entry.get("authors", []) or [] if a.get("name")]
        title = field_text(entry.get("title"))
        source = entry_outlet(entry, authors, feed.title, str(channel.get("link") or ""))
        if relayed := relay_credit(title, body):
            # a news relay's item: its own headline and outlet, the other outlets' coverage left out
            title, body, credit = relayed
            source = source if source and source != feed.title or not credit else credit
        feed.entries.append(
            FeedEntry(
                key=key,
                title=title,
                body=body,
                date=date,
                source=source,
                link=str(entry.get("link") or ""),
                authors=[a for a in authors if a],
            )
        )
        last = feed.entries[-1]
        last.body = without_self_link(last.body, last.link, last.title)
    credit_aggregated(feed)
    return feed
