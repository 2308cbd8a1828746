"""Guards an open reader against other runs on the same folder: a run with another
config never rebuilds the index the reader answers from (issue 15's stale counts)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from briefreader.library import load_library
from briefreader.query import filter_briefings

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"


def count(library, config, query: str) -> int:
    return len(filter_briefings(library.briefings, query, taxonomy=config.topics, search=library.search))


def test_another_configs_run_does_not_change_what_an_open_reader_finds(sample_config, tmp_path) -> None:
    # The scenario of issue 15: the TUI open, `briefreader list` with another config
    # (here one topic less) on the same folder, then with the first config again.
    shutil.copytree(SAMPLES, tmp_path / "b")
    config = replace(sample_config, briefings=tmp_path / "b")
    open_reader = load_library(config)
    assert open_reader.search is not None and open_reader.index is not None  # as in the TUI
    expected = {q: count(open_reader, config, q) for q in ("money>1000亿", '"信息消费节"')}
    assert expected == {"money>1000亿": 4, '"信息消费节"': 2}

    (config.briefings / "000_aaa.txt").write_text("新到的简报\n\n内容。\n", encoding="utf-8")
    other = replace(config, topics=dict(list(config.topics.items())[1:]))
    load_library(other).close()
    # The other setup wrote its own index: the rows the open reader stands on are intact.
    assert len(list(open_reader.index.rows(open_reader.root))) == 5
    load_library(config).close()

    assert {q: count(open_reader, config, q) for q in expected} == expected
    open_reader.close()


def test_the_index_counts_each_briefings_figures(sample_config, tmp_path) -> None:
    # The list's sort by number of figures asks the index, not every briefing's body.
    shutil.copytree(SAMPLES, tmp_path / "b")
    library = load_library(replace(sample_config, briefings=tmp_path / "b"))
    counts = library.index.figure_counts()
    assert counts == {b.key: len(library.full(b).figures) for b in library.briefings}
    assert len(set(counts.values())) > 1  # the samples differ, so the check can fail
    library.close()
    assert library.index is None or library.index.figure_counts() is None
