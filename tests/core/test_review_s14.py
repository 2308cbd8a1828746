"""Review s14: the source link is read in time linear in the file's head.

views.source_url ran patterns with two unbounded ``[^>]*`` runs around an attribute over the
first 64 KB of a briefing. Every ingest reaches it (figures.detect_region -> hanzi.detect_region
-> views.source_region -> source_url, on the text of a plain-text or Markdown file), and so does
the TUI's article view of a Traditional briefing, on its UI thread. A text file holding
``<link rel=canonical `` repeated took 7 s to ingest at 8 KB, 52 s at 16 KB, and hours at 64 KB.
"""

from __future__ import annotations

import time

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.views import URL_SCAN, source_region, source_url

HOSTILE = {
    "canonical repeated": "<link rel=canonical ",
    "tag starts": "<link ",
    "og repeated": "<meta property=og:url ",
    "unclosed quotes": '<link a="',
    "feed links": "<link>https://",
}


@pytest.mark.parametrize("unit", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_hostile_head_is_read_in_linear_time(unit: str) -> None:
    head = unit * (URL_SCAN // len(unit) + 1)
    started = time.process_time()
    source_url(head)
    source_region(head)
    assert time.process_time() - started < 2.0  # ~0.1 s; the old patterns: hours


def test_one_tag_with_many_attributes_is_read_in_linear_time() -> None:
    head = "<link " + "rel=canonical " * (URL_SCAN // 14)
    started = time.process_time()
    assert source_url(head) is None
    assert time.process_time() - started < 2.0


def test_a_text_file_of_such_tags_is_ingested_in_bounded_time() -> None:
    text = "新聞標題在這裡\n\n" + "這是一篇新聞的正文內容。" * 40 + "\n\n" + "<link rel=canonical " * 800 + "\n"
    started = time.process_time()
    b = ingest_bytes(text.encode(), id="x", path="x.txt", suffix=".txt")
    assert time.process_time() - started < 10.0  # ~0.6 s; 52 s before
    assert b.script == "hant"


@pytest.mark.parametrize(
    ("source", "url"),
    [
        ("<link rel=canonical href=https://a.example/1>", "https://a.example/1"),
        ("<LINK HREF='https://a.example/2' REL='canonical'>", "https://a.example/2"),
        ('<link rel="canonical" data-x="1"\n  href="https://a.example/3" />', "https://a.example/3"),
        ('<link data-href="https://x.example/" rel="canonical" href="https://a.example/4">', "https://a.example/4"),
        ("<meta content=https://b.example/5 property=og:url>", "https://b.example/5"),
        # an Atom entry's own page (href before rel, as feeds write it) ...
        ('<link href="https://c.example/6" rel="alternate" type="text/html"/>', "https://c.example/6"),
        # ... but a page's alternate is its feed, not itself (read as before: no link)
        ('<link rel="alternate" type="application/rss+xml" href="https://c.example/feed.xml">', None),
        # priority: a header line, then canonical, then Open Graph, then a feed's <link>, then alternate
        (
            '<meta property="og:url" content="https://d.example/og"><link rel="canonical" href="https://d.example/c">',
            "https://d.example/c",
        ),
        ("url: https://e.example/h\n<link rel=canonical href=https://e.example/c>", "https://e.example/h"),
        (
            '<link href="https://f.example/alt" rel="alternate"><link>https://f.example/item</link>',
            "https://f.example/item",
        ),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
    ],
)
def test_links_read_as_before(source: str, url: str | None) -> None:
    assert source_url(source) == url


def test_a_pdf_line_of_a_long_run_of_dots_is_joined_in_linear_time() -> None:
    # review s14 R6: the contents-line pattern alone is quadratic in a run of dots (40,000: 18.5 s); only the
    # line's tail is looked at, which is where a contents line's leader and page number stand
    import time

    from briefreader.ingest.pdf import _join_runs, _Line

    t0 = time.perf_counter()
    [dots] = _join_runs([_Line(0, 10, 700, 500, 712, "目录" + "." * 40_000 + "x", 12)])
    [contents] = _join_runs([_Line(0, 10, 700, 500, 712, "甲、總述" + "." * 20_000 + " 12", 12)])
    assert time.perf_counter() - t0 < 5
    assert not dots.cells and contents.cells  # a contents line is still one
