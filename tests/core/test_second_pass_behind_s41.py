"""The reader's cold start returns its library after the first pass (session 41, issue 19):
load_library(partial=..., behind=True) stores the whole list (every row pending, its search
document in) and returns; the second pass (figures, keywords, metrics, stories) is the
caller's, library.second_pass.run. Meanwhile nothing answers from part of the rows: a figure
term and a story term raise FiguresPending (with the term's place and "n of N"), the stories
(across.story_map) too, while words answer. Run to its end, the index and the list equal a
one-go read's; stopped (the reader quit), the rows left stay pending, the spool is deleted,
and the next start reads their files again and equals it too."""

from __future__ import annotations

import pytest
from test_index_pending_s40 import _answers, _config, folder, one_go  # noqa: F401 - the fixtures

from briefreader import library as lib
from briefreader.across import figures_pending, story_map
from briefreader.library import Cancelled, load_library
from briefreader.query import FiguresPending, IncrementalFilter, filter_briefings


def _problems(library) -> list[tuple[str, str, str]]:
    return sorted((p.relpath, p.entry, p.problem.kind) for p in library.problems)


def test_the_library_comes_after_the_first_pass_and_the_second_runs_behind_it(folder, one_go):  # noqa: F811
    config = _config(folder, "behind")
    shown: list = []
    library = load_library(config, partial=shown.append, behind=True)
    second = library.second_pass
    assert second is not None and not second.finished
    index = library.index
    rows = len(list(index.rows(library.root)))
    assert index.pending_rows() == (rows, rows)  # the whole list stored, no figure read yet
    assert second.progress() == (0, rows) and figures_pending(library) == (0, rows)
    assert len(library.briefings) == len(one_go["list"])
    assert list(config.cache_dir.glob("spool-*/*"))  # what the second pass reads
    taxonomy = config.topics
    # words answer at once; figures and stories say they are still being read
    assert filter_briefings(library.briefings, "上海", taxonomy=taxonomy, search=library.search)
    with pytest.raises(FiguresPending) as raised:
        filter_briefings(library.briefings, "上海 money>1", taxonomy=taxonomy, search=library.search)
    assert raised.value.position >= 3 and (raised.value.done, raised.value.total) == (0, rows)  # the figure term's
    with pytest.raises(FiguresPending):
        story_map(library)
    live = IncrementalFilter(
        library.briefings, taxonomy=taxonomy, search=library.search, stories=lambda: story_map(library)
    )
    with pytest.raises(FiguresPending) as raised:
        live.select("上海 is:duplicate")
    assert raised.value.position >= 3 and "figures still being read (0 of" in str(raised.value)
    seen: list[tuple[int, int]] = []
    second.run(progress=lambda done, total: seen.append((done, total)))
    assert second.finished and second.progress() == (rows, rows)
    assert seen[-1] == (rows, rows) and seen == sorted(seen) and len(seen) > 1
    assert index.pending_rows() == (0, rows) and figures_pending(library) is None
    assert _answers(library) == one_go  # figures, stories, metrics, keywords, problems: a one-go read's
    assert not list(config.cache_dir.glob("spool-*"))
    assert filter_briefings(library.briefings, "money>1", taxonomy=taxonomy, search=library.search)
    assert len(story_map(library).duplicates()) > 0
    warm = load_library(_config(folder, "one"))  # the one-go index, read again: its problems
    assert _problems(library) == _problems(warm)
    warm.close()
    second.run()  # once only: a second call returns at once
    library.close()
    again = load_library(config)
    assert again.stats.ingested == 0 and again.second_pass is None
    again.close()


def test_without_behind_or_partial_the_library_comes_whole(folder):  # noqa: F811
    config = _config(folder, "whole")
    library = load_library(config, partial=lambda found: None)  # behind not asked: both passes done
    assert library.second_pass is None and library.index.pending_rows()[0] == 0
    library.close()
    config = _config(folder, "cli")
    library = load_library(config, behind=True)  # no partial (the CLI): one go
    assert library.second_pass is None and library.index.pending_rows()[0] == 0
    library.close()


def test_a_second_pass_stopped_leaves_its_rows_for_the_next_start(folder, one_go):  # noqa: F811
    config = _config(folder, "quit")
    library = load_library(config, partial=lambda found: None, behind=True)
    second = library.second_pass
    assert second is not None
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        second.run(stop=lambda: len(seen) >= 3, progress=lambda done, total: seen.append((done, total)))
    done, total = second.progress()
    assert 0 < done < total and not second.finished
    assert library.index.pending_rows() == (total - done, total)
    assert not list(config.cache_dir.glob("spool-*"))  # deleted with the stop
    with pytest.raises(FiguresPending):
        filter_briefings(library.briefings, "money>1", taxonomy=config.topics, search=library.search)
    library.close()
    again = load_library(config)  # the rows left: their files read again, in one go
    assert 0 < again.stats.ingested < len(lib.scan_entries(again.root)[0])
    assert again.index.pending_rows()[0] == 0
    assert _answers(again) == one_go
    again.close()
