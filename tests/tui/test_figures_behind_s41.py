"""The list usable while figures are still being read (session 41, issue 19). A cold start
read by workers gives the reader its library once every file is listed (the first pass);
the figures, keywords, metrics and stories are read behind it (library.SecondPass). Until
they are in, nothing across briefings answers from part of them: F, M, V and D say "Figures
still being read (n of N)" and the one asked last opens when they are in; a figure filter
says so in the filter bar and answers then; the figure sort says it sorts again then; the
status bar counts them; the side panel of an open briefing shows its figures, read from its
file. A quit meanwhile ends the app promptly, and the next start finishes the rows: the
index then answers as a one-go read's.

The second pass is held on an event (library._finish_pending waits, asking the quit's stop),
so each message is seen while it runs, not raced (the session-40 lesson)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

from helpers.waiting import record_notifications

import briefreader.library as library_module
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.figures_view import FiguresScreen
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.widgets.status_bar import StatusBar

SIZE = (120, 36)
N = 60  # files: over PARALLEL_THRESHOLD, so the start is read by workers, in two passes
WAIT = 240.0  # seconds: a ceiling for a loaded machine (the workers' start), not a measure


def _fill(folder: Path, n: int) -> None:
    """``n`` distinct briefings with figures, and a second version of the first one."""
    folder.mkdir()
    for i in range(n):
        (folder / f"f{i:04d}.txt").write_text(
            f"第{i}号简报\n\n2025年3月{i % 28 + 1}日，上海发布了第{i}条消息，投资{i + 2}亿元，增长{i % 9 + 1}%。\n",
            encoding="utf-8",
        )
    (folder / "copy.txt").write_text(
        "第0号简报\n\n2025年3月1日，上海发布了第0条消息，投资2亿元，增长1%。\n另据报道，项目年内开工。\n",
        encoding="utf-8",
    )


def _status(app: BriefreaderApp) -> str:
    return str(app.screen_stack[0].query_one(StatusBar).render())


async def _until(pilot, condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"waited {WAIT:.0f} s for {what() if callable(what) else what}"
        await pilot.pause(0.05)


def _hold(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The second pass waits for ``release`` once it begins (``entered``); the quit's stop
    ends the wait as it ends the workers."""
    entered, release = threading.Event(), threading.Event()
    finish = library_module._finish_pending

    def held(index, second, share, snapshots, stop=None, counted=None):
        entered.set()
        while not release.wait(0.05):
            if stop is not None and stop():
                raise library_module.Cancelled
        return finish(index, second, share, snapshots, stop, counted)

    monkeypatch.setattr(library_module, "_finish_pending", held)
    return entered, release


async def test_views_say_the_figures_are_still_being_read_then_answer(sample_config, tmp_path, monkeypatch) -> None:
    _fill(tmp_path / "b", N)
    rows = N + 1
    entered, release = _hold(monkeypatch)
    app = BriefreaderApp(replace(sample_config, briefings=tmp_path / "b"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await _until(pilot, lambda: app.library is not None and entered.is_set(), "the list, its figures held")
        await _until(pilot, lambda: screen._reading_figures is not None and not screen.is_loading, "the library")
        assert app.library.second_pass is not None and not app.library.second_pass.finished
        assert len(app.library.briefings) == rows
        await pilot.pause()
        assert f"reading figures 0/{rows}" in _status(app)
        # the open briefing's side panel: its figures, read from its file
        await _until(
            pilot,
            lambda: screen.current is not None and screen.current.loaded,
            lambda: f"the open briefing ({screen.current!r}, {screen.briefing_list.highlighted!r})",
        )
        await pilot.pause()
        assert screen.current.figures and screen.side.figure_list.figures
        seen = record_notifications(screen, monkeypatch)
        for key in ("V", "M", "F"):  # F asked last: it opens when the figures are in
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen
        pending = f"Figures still being read (0 of {rows}): this view opens once they are in"
        assert [m for _s, m in seen] == [pending] * 3
        # a figure filter says so, in the filter bar (not an empty list)
        await pilot.press("slash", *"money>1", "enter")
        await _until(pilot, lambda: screen._applied_query == "money>1", "the filter's answer")
        await pilot.pause()
        bar = screen.filter_bar
        assert bar.has_class("-error")
        said = str(bar.query_one("#filter-error").render())
        assert "Figures still being read: the list is filtered once they are in" in said  # count: the status bar's
        # muted, no caret: nothing in the query is wrong (it said "✗ Query error at column 6", new user s44 U7)
        assert bar.has_class("-unfinished") and "error" not in said and "money>1" not in said
        # the figure sort says it sorts again once they are in
        app.sort = "figures"
        await pilot.pause()
        assert seen[-1][1] == f"Figures still being read (0 of {rows}): the list is sorted again once they are in"
        # both languages
        app.language = "zh"
        await pilot.pause()
        screen.update_status()
        assert f"正在读取数字 0/{rows}" in _status(app)
        await pilot.press("M")
        await pilot.pause()
        assert seen[-1][1] == f"数字仍在读取（{rows} 篇中已读 0 篇）：读完后打开此视图"
        app.language = "en"
        await pilot.press("F")
        await pilot.pause()
        release.set()
        await _until(pilot, lambda: screen._reading_figures is None, "the second pass's end")
        assert app.library.second_pass.finished and not app.library.index.figures_pending()
        await _until(pilot, lambda: isinstance(app.screen, FiguresScreen), "the figures view asked for")
        await pilot.press("escape")
        await _until(pilot, lambda: app.screen is screen, "the list again")
        await _until(pilot, lambda: not bar.has_class("-error") and screen.shown_count == rows, "the filter's rows")
        assert "reading figures" not in _status(app)
        counts = screen._figure_counts
        assert counts and all(n > 0 for n in counts.values()) and len(counts) == rows  # sorted by them now
        await _until(pilot, lambda: screen._stories is not None and len(screen._stories), "the stories")


async def test_a_quit_while_figures_are_read_ends_the_app_and_the_next_start_finishes_them(
    sample_config, tmp_path, monkeypatch
) -> None:
    _fill(tmp_path / "b", N)
    rows = N + 1
    config = replace(sample_config, briefings=tmp_path / "b")
    entered, _release = _hold(monkeypatch)
    app = BriefreaderApp(config)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: app.library is not None and entered.is_set(), "the list, its figures held")
        start = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - start < 20  # promptly: the held pass asks the quit's stop
    cache = config.cache_dir
    deadline = time.monotonic() + 30
    while list(cache.rglob("spool-*")):  # the loader's thread deletes the spool as it stops
        assert time.monotonic() < deadline, "the spool was never deleted"
        time.sleep(0.1)
    monkeypatch.undo()
    # The next start paints from the index at once; its folder check (held here) reads the
    # pending rows' files again. Meanwhile F says the figures are still being read.
    checking, checked = threading.Event(), threading.Event()
    refresh = library_module.refresh

    def held_refresh(*args, **kwargs):
        checking.set()
        checked.wait(120)
        return refresh(*args, **kwargs)

    monkeypatch.setattr(library_module, "refresh", held_refresh)
    app = BriefreaderApp(config)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await _until(pilot, lambda: app.library is not None and checking.is_set(), "the warm start")
        await _until(pilot, lambda: screen._reading_figures is not None, "the pending rows seen")
        assert screen._reading_figures == (0, rows)
        # the open briefing's side panel: its figures, read from its file
        await _until(
            pilot,
            lambda: screen.current is not None and screen.current.loaded,
            lambda: f"the open briefing ({screen.current!r}, {screen.briefing_list.highlighted!r})",
        )
        await pilot.pause()
        assert screen.current.figures and screen.side.figure_list.figures
        seen = record_notifications(screen, monkeypatch)
        await pilot.press("F")
        await pilot.pause()
        assert app.screen is screen
        assert seen == [("information", f"Figures still being read (0 of {rows}): this view opens once they are in")]
        checked.set()
        await _until(pilot, lambda: isinstance(app.screen, FiguresScreen), "the figures view, once they are in")
        assert screen._reading_figures is None and not app.library.index.figures_pending()
    monkeypatch.undo()
    library = load_library(config)  # every row finished by the folder check: nothing read again
    assert library.stats.ingested == 0 and library.index.pending_rows() == (0, rows)
    one_go = load_library(replace(config, cache_dir=tmp_path / "one"))

    def answers(lib) -> tuple:
        index = lib.index
        rel = {row.rowid: row.relpath for row in index.rows(lib.root)}
        stories = index.story_ids()
        return (
            sorted(rel[k] for k in index.figure_search("money", ">", 1e8)),
            sorted(rel[k] for k in index.figure_search("percent", ">=", 5.0)),
            sorted((rel[d], rel[s]) for d, s in stories.items()),
            index.metric_counts(),
            sorted((rel[k], n) for k, n in index.figure_counts().items()),
        )

    mine = answers(library)
    assert mine == answers(one_go) and mine[0] and mine[2]
    library.close()
    one_go.close()
