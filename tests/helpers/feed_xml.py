"""A feed for a test, written in the test: an RSS 2.0 document around a channel's and its items' XML, and its
entries as ingest reads them (one briefing an item)."""

from __future__ import annotations

from briefreader.ingest import ingest_entries
from briefreader.model import Briefing


def rss(channel: str, items: str, ns: str = "") -> str:
    """An RSS 2.0 document: ``channel`` (its title, link, rights …) then ``items``; ``ns``: namespace declarations."""
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{ns}><channel>{channel}{items}</channel></rss>'


def entries(xml: str) -> list[Briefing]:
    """The briefings ingest reads from a feed document given as text."""
    return ingest_entries(xml.encode("utf-8"), id="f", path="f.xml", suffix=".xml")
