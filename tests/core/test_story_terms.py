"""Guards the story query terms (issue 17): is:duplicate and story:ID mean the same on
the index's stories (list entries) and on stories computed from text in memory."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.story_corpus import STORIES, make_story_corpus

from briefreader.across import story_map
from briefreader.config import read_config
from briefreader.library import load_library
from briefreader.query import IncrementalFilter, QuerySyntaxError, filter_briefings, parse


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, sample_dir):
    root = tmp_path_factory.mktemp("stories")
    folder = root / "briefings"
    make_story_corpus(folder)
    config = read_config(sample_dir / "config.toml")
    config = replace(
        config, briefings=folder, cache_dir=root / "cache", notes=root / "notes.toml", export=root / "notes.md"
    )
    indexed = load_library(config)
    assert indexed.index is not None and indexed.index.usable
    assert not any(b.loaded for b in indexed.briefings)  # list entries: the index answers
    memory = load_library(config, use_cache=False)
    assert all(b.loaded for b in memory.briefings)
    return config, indexed, memory


def _ids(briefings):
    return sorted(b.id for b in briefings)


def test_both_paths_find_the_same_stories(corpus):
    _, indexed, memory = corpus
    from_index, from_text = story_map(indexed), story_map(memory)
    assert from_index.story == from_text.story
    assert from_index.members == STORIES


QUERIES = [
    ("is:duplicate", ["a_xinhua", "b_jiefang", "c_hk", "d_customs", "e_customs_copy"]),
    ("-is:duplicate", ["f_lingang"]),
    ("story:b_jiefang", ["a_xinhua", "b_jiefang", "c_hk"]),  # any version names its story
    ("story:a_xinhua 新华社", ["a_xinhua", "b_jiefang", "c_hk"]),
    ("story:e_customs_copy -story:a_xinhua", ["d_customs", "e_customs_copy"]),
    ("story:f_lingang", ["f_lingang"]),  # a story of one
    ("story:b_jie", ["a_xinhua", "b_jiefang", "c_hk"]),  # an id's prefix, as the CLI takes ids
    ("story:f_", ["f_lingang"]),
    ("story:no_such_briefing", []),
    ("is:duplicate 外贸", ["d_customs", "e_customs_copy"]),
    ("is:dup after:2024-05-09", ["b_jiefang", "c_hk"]),
]


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_story_terms_agree_on_the_index_and_in_memory(corpus, text, expected):
    config, indexed, memory = corpus
    got_index = filter_briefings(
        indexed.briefings, text, taxonomy=config.topics, search=indexed.search, stories=lambda: story_map(indexed)
    )
    got_memory = filter_briefings(memory.briefings, text, taxonomy=config.topics)  # stories from the text
    assert _ids(got_index) == _ids(got_memory) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_the_incremental_filter_agrees(corpus, text, expected):
    config, indexed, memory = corpus
    live = IncrementalFilter(
        indexed.briefings, taxonomy=config.topics, search=indexed.search, stories=lambda: story_map(indexed)
    )
    plain = IncrementalFilter(memory.briefings, taxonomy=config.topics)
    for prefix in ("is:duplicate", text):  # a refinement after a first query, as typed
        assert _ids(live(prefix)) == _ids(plain(prefix))
    assert _ids(live(text)) == sorted(expected)


def test_story_terms_without_stories_are_an_error_not_an_empty_list(corpus):
    config, indexed, _ = corpus
    with pytest.raises(QuerySyntaxError) as caught:
        filter_briefings(indexed.briefings, "直播 is:duplicate", taxonomy=config.topics, search=indexed.search)
    assert caught.value.position == 6  # the value of is:, as other field errors point


def test_parse_errors_point_at_the_value():
    with pytest.raises(QuerySyntaxError, match="duplicate"):
        parse("is:twice")
    with pytest.raises(QuerySyntaxError, match="story:"):
        parse('story:" "')
    assert parse("story:“a b”").terms[0].of == "a b"
