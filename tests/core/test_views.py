"""Guards views.py, the reader's plain functions (no Textual): the article's blocks and windows
cover the text exactly, hits agree with the query's matching, the list's sort and
folding, the source link and the source's region on real pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.hanzi import to_traditional
from briefreader.model import Briefing, Figure
from briefreader.textsearch import fold, needle_form, normalize_term, search_form
from briefreader.views import (
    Layout,
    citation,
    find_hits,
    hit_pattern,
    locate_figure,
    paragraph_starts,
    query_words,
    source_region,
    source_url,
    text_blocks,
    windows,
)

REALWORLD = Path(__file__).parents[1] / "data" / "realworld" / "dev"

# ----- blocks and windows ----------------------------------------------------------------

texts = st.text(alphabet=st.sampled_from(list("经济增长。，！ab 1\n\n\t")), max_size=3000)


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(5, 400), st.booleans())
def test_blocks_cover_every_paragraph_in_order_and_stay_under_the_limit(text, limit, blank_lines):
    blocks = text_blocks(text, blank_lines=blank_lines, limit=limit)
    assert all(b.end - b.start <= limit for b in blocks)
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:], strict=False))
    # the blocks of a paragraph join back into it; paragraphs are numbered in order
    joined: dict[int, str] = {}
    for b in blocks:
        joined[b.paragraph] = joined.get(b.paragraph, "") + text[b.start : b.end]
    if not blank_lines:
        assert list(joined.values()) == [p for p in text.split("\n") if p.strip()]
        assert [b.last for b in blocks] == [
            i == len(blocks) - 1 or blocks[i + 1].paragraph != b.paragraph for i, b in enumerate(blocks)
        ]
    covered = "".join(text[b.start : b.end] for b in blocks)
    assert "".join(covered.split()) == "".join(text.split())  # nothing lost but separators


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 3000), max_size=200), st.integers(100, 20_000), st.integers(1, 50))
def test_windows_partition_the_blocks_under_their_budget(lengths, chars, count):
    from briefreader.views import Block

    blocks, at = [], 0
    for i, n in enumerate(lengths):
        blocks.append(Block(i, at, at + n))
        at += n + 1
    parts = windows(blocks, chars=chars, count=count)
    assert [i for r in parts for i in r] == list(range(len(blocks)))
    for r in parts:
        size = sum(blocks[i].end - blocks[i].start for i in r)
        assert len(r) <= count and (size <= chars or len(r) == 1)


def test_an_8mb_text_is_cut_in_bounded_time():
    import time

    text = ("第一句话很长，" * 2000 + "\n" + "短段落。\n" * 50) * 300  # ~8 MB in UTF-8
    assert len(text.encode("utf-8")) > 8_000_000
    start = time.perf_counter()
    blocks = text_blocks(text)
    parts = windows(blocks)
    assert time.perf_counter() - start < 3.0  # ~0.2 s idle; a loose bound for a loaded machine
    assert max(b.end - b.start for b in blocks) <= 2000 and len(parts) > 100


# ----- figures ---------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="元亿。，3", min_size=0, max_size=30), min_size=1, max_size=12), st.data())
def test_locate_figure_names_the_paragraph_paragraph_starts_does(paragraphs, data):
    text = "\n".join(paragraphs)
    starts = paragraph_starts(text)
    if not starts:
        return
    index = data.draw(st.integers(0, len(starts) - 1))
    offset, para = starts[index]
    lo = data.draw(st.integers(0, len(para) - 1))
    located = locate_figure(text, Figure("money", para[lo : lo + 1], offset + lo, offset + lo + 1, 1.0))
    assert located is not None
    assert located.paragraph == index and located.paragraph_start == offset
    assert located.span == (lo, lo + 1)
    s, e = located.sentence
    assert s <= lo < e <= len(para)


def test_citation_is_figure_sentence_and_where_it_was_said():
    b = Briefing(
        id="x",
        path="/x",
        fingerprint="",
        title="上海信息消费节",
        text="",
        source="新民晚报",
        date=dt.date(2025, 5, 17),
        date_precision="day",
    )
    f = Figure("money", "超过3000亿元", 0, 8, 3e11, en="over RMB 300 bn", sentence="营收超过3000亿元。")
    assert (
        citation(f, b) == "超过3000亿元 (over RMB 300 bn) — 营收超过3000亿元。 — 上海信息消费节, 新民晚报, 2025-05-17"
    )


# ----- hits agree with the query ------------------------------------------------------------

words = st.text(alphabet=st.sampled_from(list("消费经济直播ai+ 1")), min_size=1, max_size=6)
bodies = st.text(alphabet=st.sampled_from(list("消费经济直播AIai+ 。，1xgc")), max_size=80)


@settings(max_examples=400, deadline=None)
@given(bodies, words)
def test_where_the_filter_matches_a_word_the_article_highlights_it(body, word):
    needle = normalize_term(word)
    form = needle_form(needle)
    if form is None:
        return
    matches = form in search_form(fold(body))
    hits = find_hits(body, hit_pattern([needle]))
    if matches:
        assert hits, (body, word)
    for start, end in hits:  # and every hit is a stretch of the word's own characters
        assert "".join(c for c in body[start:end].casefold() if c.isalnum()) == "".join(
            c for c in needle if c.isalnum()
        )


def test_a_traditional_word_is_found_in_the_traditional_text():
    shown = to_traditional("直播经济发展")
    pattern = hit_pattern([normalize_term("經濟")], to_traditional)
    assert [shown[s:e] for s, e in find_hits(shown, pattern)] == ["經濟"]


def test_query_words_are_the_plain_words_not_negations_or_fields():
    assert query_words('张江 -峰会 "信息消费" topic:x money>3 AI') == ["张江", "信息消费", "ai"]
    assert query_words('"unclosed') == []


# ----- the list's sort and folding -----------------------------------------------------------


def _briefing(i: int, title: str, source: str, month: int, figures: int) -> Briefing:
    return Briefing(
        id=f"b{i}",
        path=f"/b{i}",
        fingerprint="",
        title=title,
        text="",
        source=source,
        date=dt.date(2024, month, 1),
        date_precision="day",
        topics=["t"],
        figures=[Figure("count", "1", 0, 1, 1.0)] * figures,
    )


LIST = [
    _briefing(0, "b", "Z", 5, 1),
    _briefing(1, "a", "", 5, 3),
    _briefing(2, "c", "Y", 5, 2),
    _briefing(3, "e", "X", 4, 0),
    _briefing(4, "d", "W", 4, 5),
]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", [["b0", "b1", "b2"], ["b3", "b4"]]),
        ("title", [["b1", "b0", "b2"], ["b4", "b3"]]),
        ("source", [["b2", "b0", "b1"], ["b4", "b3"]]),  # no source last
        ("figures", [["b1", "b2", "b0"], ["b4", "b3"]]),
    ],
)
def test_a_sort_orders_each_group_and_a_mask_keeps_that_order(sort, expected):
    layout = Layout(LIST, "date", sort=sort)
    assert [[b.id for b in g.items] for g in layout.rows(str).groups] == expected
    mask = bytes([1, 1, 0, 1, 1])
    assert [[b.id for b in g.items] for g in layout.rows(str, mask).groups] == [
        [i for i in group if i != "b2"] for group in expected
    ]


def test_a_folded_group_keeps_its_heading_and_count_but_lists_nothing():
    layout = Layout(LIST, "date")
    rows = layout.rows(str, bytes([1, 0, 1, 1, 1]), collapsed={"2024-05"})
    heading = rows[0]
    assert heading.briefing is None and heading.collapsed and heading.count == 2
    assert rows.briefing_count == 4 and len(rows) == 1 + 1 + 2
    assert rows.total_lines == 1 + 1 + 1 + 2 * 2


# ----- the source link and region -------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "url"),
    [
        ("---\ntitle: x\nurl: https://a.example/n/1?x=1\n---\n正文", "https://a.example/n/1?x=1"),
        ('<head><link rel="canonical" href="https://b.example/p.html"></head>', "https://b.example/p.html"),
        ('<link href="https://b.example/q" rel="canonical">', "https://b.example/q"),
        ('<meta property="og:url" content="https://c.example/a?b=1&amp;c=2">', "https://c.example/a?b=1&c=2"),
        ("<item><title>t</title><link>https://d.example/feed/7</link></item>", "https://d.example/feed/7"),
        ("From: a@b.example\nArchived-At: <https://e.example/m/1>\n\nbody", "https://e.example/m/1"),
        ("url: javascript:alert(1)\n", None),
        ("只有正文，没有链接。", None),
    ],
)
def test_source_url_reads_front_matter_links_feeds_and_mail(source, url):
    assert source_url(source) == url


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("07_rthk_sanctions.htm", "hk"),  # lang="zh-tw" but news.rthk.hk: the domain decides
        ("08_rthk_local_feed.xml", "hk"),
        ("12_headline_free_testing.html", "hk"),  # zh-yue-Hant-HK
        ("14_singtao_jimmy_lai.html", "hk"),  # zh-Hant-HK
        ("09_mingpao_testing.html", None),  # only an hreflang alternate names zh-hk: not its own
        ("19_hket_feed.xml", None),  # <language>zh-TW on a Hong Kong feed: not taken as Taiwan
        ("28_udn_sinopac_chair.json", None),  # a scraper record without a link
    ],
)
def test_source_region_on_real_pages_is_precise(name, region):
    path = REALWORLD / name
    if not path.exists():
        pytest.skip(f"{name} not in the real-world corpus")
    assert source_region(path.read_text(encoding="utf-8")) == region


# ----- story rows (issue 17) -----------------------------------------------------------


def _story_list():
    from briefreader.stories import StoryMap

    def b(i: str, day: int | None, topics=("t",)) -> Briefing:
        return Briefing(
            id=i,
            path=i,
            fingerprint=i,
            title=i,
            text="",
            date=dt.date(2024, 5, day) if day else None,
            date_precision="day" if day else None,
            topics=list(topics),
        )

    # newest first, as the library lists them; two stories: a (c, e) and b (d, u: undated)
    briefings = [b("e", 20), b("d", 12), b("c", 11), b("b", 10), b("a", 9), b("u", None)]
    stories = StoryMap.from_pairs([("a", "a"), ("b", "b"), ("c", "a"), ("d", "b"), ("e", "a"), ("u", "b")])
    return briefings, stories


def _listed(rows):
    return [(r.briefing.id, r.versions, r.version) for r in rows if r.briefing is not None]


def test_a_story_is_one_row_of_its_earliest_shown_version_and_its_group_counts_rows():
    briefings, stories = _story_list()
    layout = Layout(briefings, "date", stories=stories)
    rows = layout.rows(lambda k: k)
    assert _listed(rows) == [("b", 3, False), ("a", 3, False)]  # undated u is a version, not the row
    # u's own group (undated) has nothing left to list and goes; the list still counts u;
    # the group counts the rows under its heading (s11: it counted 5 briefings over 2 rows)
    assert rows.briefing_count == 6 and [g.size for g in rows.groups] == [2]
    assert [r.count for r in rows if r.briefing is None] == [2]
    expanded = layout.rows(lambda k: k, expanded={stories.story_of("e")})  # a's 3 versions: 2 more rows
    assert [g.size for g in expanded.groups] == [4] == [len(g.items) for g in expanded.groups]
    folded = layout.rows(lambda k: k, collapsed={"2024-05"})  # a folded group: the rows it would list
    assert [r.count for r in folded if r.briefing is None] == [2] and folded.briefing_count == 6
    mask = bytes([1, 1, 0, 0, 0, 1])  # e, d, u: a's earliest shown is e; b's is d (u is undated)
    assert _listed(layout.rows(lambda k: k, mask)) == [("e", 0, False), ("d", 2, False)]
    # a version folded into its row: the cursor kept on it finds the row
    rows = layout.rows(lambda k: k)
    assert rows[rows.index_of(briefings[0])].briefing.id == "a"


def test_an_expanded_story_lists_its_other_versions_after_its_row_earliest_first():
    briefings, stories = _story_list()
    layout = Layout(briefings, "date", stories=stories)
    rows = layout.rows(lambda k: k, expanded={stories.story_of("e")})
    assert _listed(rows) == [("b", 3, False), ("a", 3, False), ("c", 0, True), ("e", 0, True)]
    plain = Layout(briefings, "date").rows(lambda k: k)  # no stories: every briefing its own row
    assert [r.briefing.id for r in plain if r.briefing] == ["e", "d", "c", "b", "a", "u"]


@given(st.lists(st.booleans(), min_size=6, max_size=6), st.sampled_from(["date", "topic"]))
def test_every_shown_briefing_is_a_row_or_folded_into_exactly_one(bits, by):
    briefings, stories = _story_list()
    mask = bytes(bits)
    rows = Layout(briefings, by, ["t"], stories=stories).rows(lambda k: k, mask)
    shown = [b.id for b, m in zip(briefings, bits, strict=True) if m]
    listed = {r.briefing.id: r.versions for r in rows if r.briefing is not None}
    folded = sum(n - 1 for n in listed.values() if n)
    assert len(listed) + folded == len(shown) and set(listed) <= set(shown)
    for members in stories.members.values():  # a story's row is its earliest shown version
        present = [b for b in briefings if b.id in members and b.id in shown]
        if present:
            earliest = min(present, key=lambda b: (b.date is None, b.date or dt.date.min))
            assert earliest.id in listed and listed[earliest.id] == (len(present) if len(present) > 1 else 0)


@pytest.mark.parametrize("lazy", [0, 10**9])  # every group kept as offsets, or none
def test_a_large_group_keeps_a_filters_selection_as_offsets_and_reads_as_a_list(lazy, monkeypatch):
    # Issue 19: at 100,000 briefings a keystroke built a list of every selected briefing
    # (~17 ms for 96,000 hits); a group of PICK_LAZY or more keeps offsets instead. The
    # rows, their order, lookups and iteration are the same either way.
    import random

    import briefreader.views as views

    monkeypatch.setattr(views, "PICK_LAZY", lazy)
    many = [_briefing(i, f"t{i % 7}", f"S{i % 3}", 5 - i % 2, i % 4) for i in range(600)]
    mask = bytes(random.Random(7).choice((0, 1)) for _ in many)
    for sort in ("date", "title", "source"):
        layout = Layout(many, "date", sort=sort)
        everything = layout.rows(str)
        rows = layout.rows(str, mask)
        expected = [[b for b in g.items if mask[many.index(b)]] for g in everything.groups]
        assert [list(g.items) for g in rows.groups] == expected
        for g, want in zip(rows.groups, expected, strict=True):
            assert len(g.items) == len(want) == g.size
            assert [g.items[i] for i in (0, len(want) // 2, -1)] == [want[0], want[len(want) // 2], want[-1]]
            assert g.items[2:5] == want[2:5]
        assert [r.briefing for r in rows if r.briefing is not None] == [b for w in expected for b in w]
        chosen = expected[-1][-1]
        assert rows[rows.index_of(chosen)].briefing is chosen
