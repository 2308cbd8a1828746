"""A feed entry whose content is markup with no text in it is a headline-only entry (session 41, lead).

dev/s41b_01 (ferryzhou/jweb, a 2006 news-search tool's gb2312 RSS, provenance in SOURCES.md): most items'
description is ``<![CDATA[ <p><p>]]>``. The rule "a headline-only feed: the headline is the text" tested the raw
body's bytes, so these entries were analysed as HTML, came out empty and were not read at all (32 of the judge
batch's 56 entries). Made after the judge batch's measure was taken (0 of 56 changed by the session's fixes)."""

from __future__ import annotations

from briefreader.ingest import ingest_entries

ITEM = (
    "<item><title>Google微软恶斗互联网时代</title><link>http://tech.sina.com.cn/i/2006-05-26/1913959328.shtml</link>"
    "<description><![CDATA[{body}]]></description><pubDate>Fri, 26 May 2006 19:13:48 +0800</pubDate></item>"
)
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Google</title>'
    "<link>http://www.myjavaserver.com/~ferryzhou/rss/rss_main.htm</link>{items}</channel></rss>"
)


def _entry(body: str):
    (b,) = ingest_entries(FEED.format(items=ITEM.format(body=body)).encode(), id="f", suffix=".xml")
    return b


def test_an_entry_whose_content_is_empty_markup_is_read_with_its_headline_as_text() -> None:
    b = _entry(" <p><p>")
    assert not any(p.kind == "empty" for p in b.problems), b.problems  # was "no text left after cleaning"
    assert b.title == "Google微软恶斗互联网时代"
    assert "微软恶斗互联网时代" in b.text
    assert b.date_iso == "2006-05-26"


def test_an_entry_with_text_keeps_it_and_an_empty_headline_stays_unread() -> None:
    b = _entry("<p>微软与谷歌在搜索、邮件和在线办公等领域的竞争日趋激烈，双方都在加大投入。</p>")
    assert "竞争日趋激烈" in b.text and not b.problems
    (none,) = ingest_entries(
        FEED.format(items=ITEM.format(body="<p><p>").replace("Google微软恶斗互联网时代", "")).encode(),
        id="f",
        suffix=".xml",
    )
    assert not none.text.strip()  # no headline and no text: nothing to read, said as a problem
    assert any(p.kind == "empty" for p in none.problems)
