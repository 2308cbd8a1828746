"""Guards the cold start (issue 19): with no index, the list fills as files are read,
with the progress in the status bar, long before the last file is done."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import briefreader.library as library_module
from briefreader.library import PARALLEL_THRESHOLD
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

SIZE = (120, 36)
SAMPLES = Path(__file__).resolve().parents[2] / "briefings"


def _fill(folder: Path, n: int) -> None:
    """``n`` distinct briefings made from the samples, each with its own date."""
    samples = sorted(SAMPLES.glob("*.txt"))
    folder.mkdir()
    for i in range(n):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        (folder / f"f{i:04d}.txt").write_text(f"{text}\n第{i}条补充。\n", encoding="utf-8")


def _status(app: BriefreaderApp) -> str:
    from briefreader.tui.widgets.status_bar import StatusBar

    return str(app.screen.query_one(StatusBar).render())


async def _first_rows_while_loading(pilot, app: BriefreaderApp, timeout: float) -> tuple[int, str, float]:
    """(rows, status text, seconds) the first time the list has rows; fails if the whole
    library came first."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        await pilot.pause(0.02)
        screen = app.screen
        if isinstance(screen, MainScreen) and screen.briefing_list.briefing_count:
            assert app.library is None, "the rows came only with the whole library"
            assert screen.is_loading
            return screen.briefing_list.briefing_count, _status(app), time.monotonic() - start
    raise AssertionError("no rows while loading")


async def _until_loaded(pilot, app: BriefreaderApp, timeout: float = 120) -> None:
    start = time.monotonic()
    while app.library is None:
        assert time.monotonic() - start < timeout, "the library never loaded"
        await pilot.pause(0.1)
    await pilot.pause()


async def test_rows_fill_in_as_files_are_read(sample_config, tmp_path, monkeypatch) -> None:
    # In this process (fewer files than the pool threshold), each file slowed to 50 ms:
    # the first rows are on screen after a few files, newest first, while the status bar
    # counts; the whole list replaces them at the end.
    n = 30
    _fill(tmp_path / "b", n)
    analyse, analysed = library_module.analyse, []

    def slow(path, *args):
        time.sleep(0.05)
        analysed.append(path)
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", slow)
    app = BriefreaderApp(replace(sample_config, briefings=tmp_path / "b"))
    async with app.run_test(size=SIZE) as pilot:
        rows, status, _ = await _first_rows_while_loading(pilot, app, timeout=30)
        assert 0 < rows < n and len(analysed) < n
        assert "/30" in status  # "Loading briefings… k/30"
        order = [b.date.toordinal() if b.date else 0 for b in app.screen.shown]
        assert order == sorted(order, reverse=True)  # as the whole list will be
        await _until_loaded(pilot, app)
        assert app.screen.briefing_list.briefing_count == n
        assert len(analysed) == n  # each file read once: the partial lists cost no reading


async def test_rows_arrive_from_the_worker_pool_before_it_is_done(sample_config, tmp_path) -> None:
    # The real path: worker processes, the index written as results come in.
    n = max(600, PARALLEL_THRESHOLD * 10)
    _fill(tmp_path / "b", n)
    app = BriefreaderApp(replace(sample_config, briefings=tmp_path / "b"))
    async with app.run_test(size=SIZE) as pilot:
        rows, status, seconds = await _first_rows_while_loading(pilot, app, timeout=60)
        assert 0 < rows < n
        assert f"/{n}" in status
        print(f"first rows after {seconds:.2f} s ({rows} of {n})")  # pytest -s: informational
        await _until_loaded(pilot, app)
        assert app.screen.briefing_list.briefing_count == n
        assert app.library.stats.serial_reason == ""  # the pool did it


async def test_the_article_opened_while_loading_shows_its_body_once_loaded(sample_config, tmp_path) -> None:
    # The highlighted row of a partial list is a list entry without its body (the index
    # holds the text); when the whole library arrives the same entry stays highlighted,
    # and its body must be read then, not left blank until the cursor moves.
    n = max(600, PARALLEL_THRESHOLD * 10)
    _fill(tmp_path / "b", n)
    app = BriefreaderApp(replace(sample_config, briefings=tmp_path / "b"))
    async with app.run_test(size=SIZE) as pilot:
        await _first_rows_while_loading(pilot, app, timeout=60)
        await _until_loaded(pilot, app)
        screen = app.screen
        entry = screen.briefing_list.highlighted
        assert entry is not None
        start = time.monotonic()
        while "补充" not in screen.article.shown_text:  # each file's last paragraph
            assert time.monotonic() - start < 30, f"article left blank: {screen.article.shown_text[:80]!r}"
            await pilot.pause(0.05)
        assert screen.current.loaded


def _fill_oldest_first(folder: Path, n: int) -> None:
    """Like ``_fill``, but the first file read is not the newest briefing (sample 001,
    2022-07-26, comes first): later arrivals are listed above it."""
    samples = sorted(SAMPLES.glob("*.txt"))
    samples = samples[1:] + samples[:1]
    folder.mkdir()
    for i in range(n):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        (folder / f"f{i:04d}.txt").write_text(f"{text}\n第{i}条补充。\n", encoding="utf-8")


async def _load_slowly(monkeypatch, sample_config, folder: Path) -> BriefreaderApp:
    analyse = library_module.analyse

    def slow(path, *args):
        time.sleep(0.05)
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", slow)
    return BriefreaderApp(replace(sample_config, briefings=folder))


async def test_a_reader_who_has_not_moved_stays_at_the_top_as_rows_arrive(sample_config, tmp_path, monkeypatch) -> None:
    # The first file read is an old briefing; newer ones arrive above it. The cursor
    # used to ride that first arrival down, so a new user's list opened mid-way.
    _fill_oldest_first(tmp_path / "b", 20)
    app = await _load_slowly(monkeypatch, sample_config, tmp_path / "b")
    async with app.run_test(size=SIZE) as pilot:
        await _first_rows_while_loading(pilot, app, timeout=30)
        await _until_loaded(pilot, app)
        blist = app.screen.briefing_list
        newest = max(b.date for b in app.screen.shown if b.date)
        assert blist.at_top()
        assert blist.highlighted is not None and blist.highlighted.date == newest
        assert app.screen.current.id == blist.highlighted.id  # and it is the article shown


async def test_a_reader_who_moved_during_loading_keeps_their_briefing(sample_config, tmp_path, monkeypatch) -> None:
    _fill_oldest_first(tmp_path / "b", 20)
    app = await _load_slowly(monkeypatch, sample_config, tmp_path / "b")
    async with app.run_test(size=SIZE) as pilot:
        start = time.monotonic()
        while app.screen.briefing_list.briefing_count < 3:
            assert time.monotonic() - start < 30, "rows never arrived"
            await pilot.pause(0.02)
        assert app.library is None
        await pilot.press("j")
        chosen = app.screen.briefing_list.highlighted
        assert chosen is not None and not app.screen.briefing_list.at_top()
        await _until_loaded(pilot, app)
        assert app.screen.briefing_list.highlighted.path == chosen.path


async def test_a_reader_who_opened_the_first_row_while_loading_keeps_it(sample_config, tmp_path, monkeypatch) -> None:
    # tester s25 T16: Enter on the first row as soon as rows showed, then no key: each newer arrival took the
    # cursor to the top and the article with it (at_top() read "never moved" from the cursor's place alone)
    _fill_oldest_first(tmp_path / "b", 20)
    app = await _load_slowly(monkeypatch, sample_config, tmp_path / "b")
    async with app.run_test(size=SIZE) as pilot:
        start = time.monotonic()
        while app.screen.briefing_list.briefing_count < 3:
            assert time.monotonic() - start < 30, "rows never arrived"
            await pilot.pause(0.02)
        assert app.library is None
        blist = app.screen.briefing_list
        opened = blist.highlighted
        await pilot.press("enter")
        assert opened is not None and app.screen.current.path == opened.path
        await _until_loaded(pilot, app)
        newest = max(b.date for b in app.screen.shown if b.date)
        assert opened.date != newest  # newer rows did arrive above it
        assert app.screen.current.path == opened.path and blist.highlighted.path == opened.path


async def test_a_move_not_yet_announced_survives_a_batch_of_rows(sample_config, tmp_path, monkeypatch) -> None:
    # tester s25 T16: j, then a batch of rows before the screen had j's Highlighted message: the rebuild kept
    # the article shown (the row before j) and the cursor went back there, j lost
    _fill_oldest_first(tmp_path / "b", 20)
    app = await _load_slowly(monkeypatch, sample_config, tmp_path / "b")
    async with app.run_test(size=SIZE) as pilot:
        start = time.monotonic()
        while app.screen.briefing_list.briefing_count < 3:
            assert time.monotonic() - start < 30, "rows never arrived"
            await pilot.pause(0.02)
        screen, blist = app.screen, app.screen.briefing_list
        assert app.library is None
        blist.action_cursor_down()  # as j does; no await: its message is not handled yet
        chosen = blist.highlighted
        assert chosen is not None and chosen is blist.unannounced and screen.current is not chosen
        screen._arriving(list(screen._all))  # a batch of rows arrives first
        assert blist.highlighted is chosen
        await _until_loaded(pilot, app)
        assert blist.highlighted.path == chosen.path and screen.current.path == chosen.path


async def test_the_gc_paused_through_start_up_resumes_once_the_list_is_drawn(sample_config) -> None:
    # cmd_tui pauses the cyclic GC before Textual imports (issue 19: ~85 ms of CPU before
    # the first frame); the loader resumes it, with start-up's objects frozen, once the
    # first screenful is drawn. An app made without the pause (tests) leaves it alone.
    import gc

    from briefreader import warm

    frozen = gc.get_freeze_count()
    warm.pause_gc()
    try:
        assert not gc.isenabled()
        app = BriefreaderApp(sample_config)
        async with app.run_test(size=SIZE) as pilot:
            await _until_loaded(pilot, app)
            assert gc.isenabled() and gc.get_freeze_count() > frozen
            warm.resume_gc()  # a second resume does nothing
            assert gc.isenabled()
    finally:
        warm.resume_gc()
        gc.enable()
        gc.unfreeze()
