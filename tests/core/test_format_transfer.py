"""Format transfer (issue 12): 17 real dev articles whose gold is known, each re-expressed
mechanically in every container briefreader reads (plain text with four date-line forms,
an RSS item, an Atom entry, Markdown with YAML and with TOML front matter, a SogouCS
<doc> record, a JSON record and a JSON line) and in every encoding that can hold it
(UTF-8, UTF-8 BOM + CRLF, old Mac CR, GBK, GB18030, Big5, Big5-HKSCS, UTF-16 LE/BE with
and without BOM). Title, date (its day), source and the must-have text survive, and
nothing of the container (tags, front-matter keys, feed XML, JSON) reaches the text.
Seven more forms: a portal's one-line date and 来源, a whole saved page (charset, <title> with the
site's suffix, navigation, footer), a page fragment, an aggregator's RSS (item <source>, dc:date,
content:encoded), Atom with published and a later updated, Hugo's YAML keys (publishDate, lastmod,
a person as author), a scraper's JSON (Unix time, media, text), a short note, the outlet before the
date and weekday, an office's signature block, RSS 1.0, a JSON Feed, a NewsAPI response
(publishedAt in UTC: the day is the publisher's, UTC+8), a date in Chinese numerals.
The files are generated here (tests/helpers/format_transfer.py), never committed.

Also: one bad entry of a feed or a record file never drops the others, and hostile
sizes stay bounded.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

import format_transfer as ft  # noqa: E402

from briefreader.ingest import ingest_entries  # noqa: E402
from briefreader.model import FATAL  # noqa: E402


@pytest.fixture(scope="module")
def articles():
    return ft.load_articles()


def _read(data: bytes, suffix: str):
    return ingest_entries(data, id="transfer", path="transfer" + suffix, suffix=suffix)


def test_articles_are_dev_and_whole(articles):
    assert len(articles) == len(ft.ARTICLES) >= 15
    assert not any("heldout7" in a.file or "heldout8" in a.file for a in articles)
    for a in articles:  # the body the containers carry holds every must-have piece
        body = ft.scorer().fold("".join(a.paras))
        assert all(ft.scorer().fold(p) in body for p in a.must_have), a.file
    assert sum(a.hant for a in articles) >= 5  # Hong Kong and Taiwan texts


@pytest.mark.parametrize("encoding", list(ft.ENCODINGS))
@pytest.mark.parametrize("container", list(ft.CONTAINERS))
def test_transfer(articles, container, encoding):
    wrong, made = [], 0
    for a in articles:
        got = ft.make(a, container, encoding)
        if got is None:  # the encoding cannot hold this text
            continue
        made += 1
        data, suffix = got
        mistakes = ft.check(a.in_script(encoding in ft.TRADITIONAL_ENCODINGS), container, _read(data, suffix))
        if mistakes:
            wrong.append(f"{a.file}: {'; '.join(mistakes)}")
    if made == 0:  # Big5 has no 〇: a Big5 writer prints the date another way
        pytest.skip(f"{encoding} cannot hold the {container} form")
    assert made >= (3 if container == "text-signed" else 10)
    assert not wrong, "\n".join(wrong)


# --- one bad entry never drops the others ---------------------------------------------------


def _good_bad_good(articles, make_one, bad: str, join: str = "") -> tuple[str, list]:
    a, b = articles[0], articles[10]  # a mainland notice and a Hong Kong report
    return join.join([make_one(a), bad, make_one(b)]), [a, b]


def _assert_both_read(briefings, wanted, sources: bool = True):
    good = [b for b in briefings if not any(p.kind in FATAL for p in b.problems)]
    fold = ft.scorer().fold
    for a in wanted:
        hit = [b for b in good if fold(b.title) == fold(a.title)]
        assert hit, f"{a.title} lost among {[b.title for b in briefings]}"
        assert (hit[0].date_iso or "")[:10] == a.day
        assert not sources or fold(hit[0].source) in {fold(s) for s in a.sources}


def test_feed_bad_item_keeps_the_others(articles):
    def item(a):
        text = ft.rss(a, "utf-8")[0]
        return text[text.index("<item>") : text.index("</item>") + len("</item>")]

    bad = (
        "<item><title></title><pubDate>Mon, 99 Foo 2024 99:99:99 +9999</pubDate>"
        "<description><![CDATA[" + "<div>" * 5000 + "\x00\x1b[31m" + "]]></description></item>"
    )
    items, wanted = _good_bad_good(articles, item, bad)
    head = ft.rss(articles[0], "utf-8")[0]
    doc = head[: head.index("<item>")] + items + "</channel></rss>"
    _assert_both_read(_read(doc.encode("utf-8"), ".xml"), wanted, sources=False)  # one channel: one outlet


def test_jsonl_bad_line_keeps_the_others(articles):
    bad = '{"title": "断了的记录", "content": "没有结尾\n'  # a line cut short, then a line of junk
    lines, wanted = _good_bad_good(
        articles, lambda a: ft.jsonl_record(a, "utf-8")[0], bad + "<html>503 Service Unavailable</html>\n"
    )
    _assert_both_read(_read(lines.encode("utf-8"), ".jsonl"), wanted)


def test_doc_records_bad_record_keeps_the_others(articles):
    bad = "<doc>\n<url>javascript:alert(1)</url>\n<contenttitle></contenttitle>\n<content>\x1b]0;x\x07</content>\n</doc>\n"
    docs, wanted = _good_bad_good(articles, lambda a: ft.doc_record(a, "gb18030")[0], bad)
    _assert_both_read(_read(docs.encode("gb18030"), ".txt"), wanted)


# --- hostile sizes stay bounded ---------------------------------------------------------------


def _timed(data: bytes, suffix: str, seconds: float = 20.0):
    start = time.monotonic()
    out = _read(data, suffix)
    assert time.monotonic() - start < seconds
    return out


def test_feed_with_too_many_entries_is_cut():
    from briefreader.ingest.feed import MAX_ENTRIES

    items = "".join(
        f"<item><title>第{i}条</title><link>https://x.example/{i}</link><description>内容{i}。</description></item>"
        for i in range(MAX_ENTRIES + 50)
    )
    doc = (
        f'<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>某报</title>{items}</channel></rss>'
    )
    out = _timed(codecs_bom_utf16(doc), ".xml", 120.0)
    assert len(out) == MAX_ENTRIES
    assert any(p.kind == "truncated" for p in out[0].problems)


def codecs_bom_utf16(text: str) -> bytes:
    return b"\xff\xfe" + text.encode("utf-16-le")


def test_huge_fields_stay_bounded():
    big = "长" * 3_000_000
    record = json.dumps(
        {"title": big, "date": "2024-05-13", "source": big, "content": "正文。" * 10}, ensure_ascii=False
    )
    out = _timed(record.encode("utf-8"), ".json")
    assert len(out) == 1
    assert len(out[0].title) < 1000 and len(out[0].source) < 1000


def test_front_matter_bomb_stays_bounded():
    bomb = "---\na: &a [" + ",".join(["x"] * 50) + "]\n"
    for i in range(1, 12):
        bomb += f"a{i}: &a{i} [" + ",".join([f"*a{i - 1 if i > 1 else ''}"] * 20) + "]\n"
    bomb += "title: 标题\n---\n\n正文第一段。\n"
    out = _timed(bomb.encode("utf-8"), ".md")
    assert len(out) == 1 and "正文第一段" in out[0].text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_short_utf16_note_without_bom_with_symbols(codec):
    """A short note of a date, units, currency and a supplementary ideograph: text, not binary."""
    note = "二〇二四年一月二十日 𠮷野家 面积120㎡ 价格€30 × 2 ① 气温25℃"
    out = _read(note.encode(codec), ".txt")
    assert not any(p.kind in FATAL for p in out[0].problems)
    assert "𠮷野家" in out[0].text and "㎡" in out[0].text


@pytest.mark.parametrize("kind", ["doc", "jsonl", "json"])
def test_record_files_past_the_cap_say_so(kind):
    """A corpus file with more records than are read is cut, and says so (as a feed does)."""
    from briefreader.ingest.feed import MAX_ENTRIES

    n = MAX_ENTRIES + 30
    if kind == "doc":
        data = "".join(
            f"<doc><url>http://x.example/{i}</url><contenttitle>标题{i}</contenttitle><content>正文{i}。</content></doc>\n"
            for i in range(n)
        )
        suffix = ".txt"
    elif kind == "jsonl":
        data = "".join(
            json.dumps({"title": f"标题{i}", "content": f"正文{i}。"}, ensure_ascii=False) + "\n" for i in range(n)
        )
        suffix = ".jsonl"
    else:
        data = json.dumps([{"title": f"标题{i}", "content": f"正文{i}。"} for i in range(n)], ensure_ascii=False)
        suffix = ".json"
    out = _timed(data.encode("gb18030" if kind == "doc" else "utf-8"), suffix, 120.0)
    assert len(out) == MAX_ENTRIES
    assert any(p.kind == "truncated" for p in out[0].problems)
    small = _read(data.encode("utf-8")[: len(data.encode("utf-8")) // 3], suffix) if kind == "doc" else []
    assert not any(p.kind == "truncated" for b in small for p in b.problems)
