"""Issue 19 (session 29): a warm start's story map over a column-wise list reads only
the index's rows that can share a story (Index.shared_story_ids), not a row per
briefing (story_ids: at 1,000,000 briefings a million tuples and a dict of them, most
of the settled start's peak memory). The map must be the one the full pass made."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefreader.liststore as liststore
from briefreader.across import story_map
from briefreader.config import read_config
from briefreader.index import Index
from briefreader.library import load_library

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "briefings").glob("*.txt"))


@pytest.fixture
def config(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for n, sample in enumerate(SAMPLES):
        shutil.copy(sample, folder / sample.name)
        if n < 3:  # three stories of two versions, one of three; the rest stand alone
            shutil.copy(sample, folder / f"copy_{sample.name}")
        if n == 0:
            shutil.copy(sample, folder / f"again_{sample.name}")
    config = read_config(ROOT / "config.toml")
    config.briefings, config.cache_dir, config.notes = folder, tmp_path / "cache", tmp_path / "notes.toml"
    load_library(config).close()
    return config


def _both(config, monkeypatch):
    monkeypatch.setattr(liststore, "STORE_MIN", 10**9)
    rows = load_library(config, verify=False)
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    columns = load_library(config, verify=False)
    assert isinstance(columns.briefings, liststore.ListStore)
    return rows, columns


def test_the_shared_rows_are_the_stories_of_two_or_more(config, monkeypatch) -> None:
    rows, columns = _both(config, monkeypatch)
    index = columns.index
    assert index is not None
    every = index.story_ids()
    shared = index.shared_story_ids()
    assert every is not None and shared is not None
    sizes: dict[int, int] = {}
    for story in every.values():
        sizes[story] = sizes.get(story, 0) + 1
    assert shared == {doc: story for doc, story in every.items() if sizes[story] > 1 or story != doc}
    assert 0 < len(shared) < len(every)  # singletons are not read
    rows.close()
    columns.close()


def test_a_column_wise_story_map_reads_no_row_per_briefing(config, monkeypatch) -> None:
    """The same map as the list of entries gives, and Index.story_ids (a row per
    briefing) is never asked."""
    rows, columns = _both(config, monkeypatch)
    expected = story_map(rows)
    monkeypatch.setattr(Index, "story_ids", lambda self: pytest.fail("a row per briefing was read"))
    got = story_map(columns)
    assert (got.story, got.members) == (expected.story, expected.members)
    assert sorted(len(v) for v in got.members.values()) == [2, 2, 3]
    rows.close()
    columns.close()


def test_a_story_whose_first_version_is_gone(config, monkeypatch) -> None:
    """A story named by a version no longer in the folder: its other versions still
    make one story (named by the earliest left), as the full pass names it; a story
    left with one version is no story."""
    folder = config.briefings
    (folder / SAMPLES[0].name).unlink()  # the first of the story of three
    (folder / SAMPLES[1].name).unlink()  # a story of two: one left
    load_library(config).close()
    rows, columns = _both(config, monkeypatch)
    expected = story_map(rows)
    monkeypatch.setattr(Index, "story_ids", lambda self: pytest.fail("a row per briefing was read"))
    got = story_map(columns)
    assert (got.story, got.members) == (expected.story, expected.members)
    assert sorted(len(v) for v in got.members.values()) == [2, 2]
    rows.close()
    columns.close()
