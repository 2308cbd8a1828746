"""A figure two versions of one story both say is listed once in the figures view (known since
session 36's new-user pass; session 38's pass met it on a real folder: the dev scraper CSV
s35_08 repeats fourteen of its records, `stories` calls each pair "2 versions", and F listed
every figure of each pair twice, identical rows one under the other).

across.figure_table(once_per_story=True) leaves out a figure an earlier version (a smaller
index key) of its story has as written (kind, text, value, unit); the index's window and the
path without the index give the same rows, in every order, with a filter and for a subset.
The default (the CLI's `figures --all`) is unchanged: every figure of every briefing.
"""

from __future__ import annotations

import pytest

from briefreader.across import figure_table, story_of
from briefreader.config import load_config
from briefreader.index import FIGURE_ORDER, repeated_figures
from briefreader.library import load_library


def _what(r) -> tuple:
    return (r.kind, r.text, r.value, r.unit)


@pytest.fixture(scope="module")
def libraries(samples_with_csv):
    config = load_config(samples_with_csv)
    indexed = load_library(config)
    plain = load_library(config, use_cache=False)
    assert indexed.index is not None and plain.index is None
    yield indexed, plain
    indexed.close()


def test_repeated_figures_counts_each_figure_per_version() -> None:
    a, b = ("money", "1亿元"), ("percent", "5%")
    stories = [
        [[(1, a), (2, b), (3, a)], [(4, a), (5, a), (6, a), (7, b)], [(8, b), (9, ("count", "3家"))]],
        [[(10, a)]],  # a story of one: nothing repeated
    ]
    # 4 and 5 are the first version's two a's, 7 its b; 6 is a third a; 8 a b both earlier versions had
    assert repeated_figures(stories) == [4, 5, 7, 8]


def test_a_repeated_records_figures_are_listed_once(libraries) -> None:
    indexed, _ = libraries
    every = figure_table(indexed, indexed.briefings)
    once = figure_table(indexed, indexed.briefings, once_per_story=True)
    rows, all_rows = once.rows(0, len(once)), every.rows(0, len(every))
    assert once.repeated > 0 and len(once) == len(every) - once.repeated == len(rows)
    # the pair s36/s38 met: 76b5ee72 and its repeat, four figures each (five until session 47: 除了1、2位密友外 is "one
    # or two", a couple, no count), listed once
    pair = [r for r in all_rows if r.id.startswith("scraped#76b5ee72")]
    assert len(pair) == 8
    kept = [r for r in rows if r.id.startswith("scraped#76b5ee72")]
    assert sorted(map(_what, kept)) == sorted(_what(r) for r in pair if r.id == "scraped#76b5ee72")
    assert {r.id for r in kept} == {"scraped#76b5ee72"}  # under the earlier version
    # no story lists one figure twice across its versions; a story of one keeps every figure
    story = story_of(indexed, indexed.briefings)
    seen: dict[tuple, str] = {}
    for r in rows:
        key = (story[r.id], *_what(r))
        assert seen.setdefault(key, r.id) == r.id, (key, r.id)
    singles = {b.id for b in indexed.briefings if list(story.values()).count(story[b.id]) == 1}
    assert sum(r.id in singles for r in rows) == sum(r.id in singles for r in all_rows)


@pytest.mark.parametrize("order", sorted(FIGURE_ORDER))
def test_the_index_and_the_memory_path_agree(libraries, order) -> None:
    indexed, plain = libraries
    for chosen in (slice(None), slice(0, 60)):
        for text in ("", "date"):
            a = figure_table(indexed, indexed.briefings[chosen], order=order, filter_text=text, once_per_story=True)
            b = figure_table(plain, plain.briefings[chosen], order=order, filter_text=text, once_per_story=True)
            ra, rb = a.rows(0, len(a)), b.rows(0, len(b))
            assert len(ra) == len(a) and len(rb) == len(b)
            assert sorted((r.id, r.start, r.text) for r in ra) == sorted((r.id, r.start, r.text) for r in rb)
            if not text:
                assert a.repeated == b.repeated


def test_the_default_lists_every_figure(libraries) -> None:
    indexed, plain = libraries
    for library in (indexed, plain):
        table = figure_table(library, library.briefings)
        rows = table.rows(0, len(table))
        assert sum(r.id.startswith("scraped#76b5ee72") for r in rows) == 8  # both versions' four
        assert getattr(table, "repeated", 0) == 0
