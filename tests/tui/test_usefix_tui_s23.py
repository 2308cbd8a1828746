"""Session 23, usefix: each test fails on the code before it."""

from __future__ import annotations

import datetime as dt

from helpers.waiting import screen_ready, until

from briefreader.library import Library
from briefreader.model import Briefing
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.notes_screen import Confirm
from briefreader.tui.widgets.filter_bar import DEBOUNCE


def _monthly(n: int) -> list[Briefing]:
    """One briefing a month: every row under a heading of its own (heading, row, blank line)."""
    return [
        Briefing(
            id=f"m{i:03d}",
            path=f"/nowhere/m{i:03d}.txt",
            fingerprint=f"sha256:m{i:04x}",
            title=f"月报 {i}",
            text="正文",
            date=dt.date(2025 - i // 12, 12 - i % 12, 1),
        )
        for i in range(n)
    ]


async def _ready(pilot, app: BriefreaderApp) -> MainScreen:
    await until(pilot, lambda: screen_ready(app, MainScreen) and app.library is not None, "the list")
    await pilot.pause(DEBOUNCE + 0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def _unread(app: BriefreaderApp, briefings: list[Briefing]) -> int:
    return sum(not app.reading.state.is_read(b.fingerprint) for b in briefings)


async def test_mark_all_asks_when_a_briefing_is_below_the_fold(sample_config, tmp_path) -> None:
    """Tester s22 T12: `A` marked 10 briefings read without asking at 160x45 though the
    last groups were below the fold: the threshold was half the list's height in
    briefings, and a heading and a blank line go with each month's one row."""
    briefings = _monthly(16)
    app = BriefreaderApp(sample_config, library=Library(root=tmp_path, briefings=briefings))
    async with app.run_test(size=(160, 45)) as pilot:
        main = await _ready(pilot, app)
        lst = main.briefing_list
        assert len(briefings) <= lst.size.height // 2  # the old threshold let these through
        assert lst.rows.total_lines > lst.size.height  # ... though the last months are below the fold
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, Confirm), "the question")
        await pilot.press("n")
        await until(pilot, lambda: app.screen is main, "the list again")
        assert _unread(app, briefings) == 16
        await pilot.press("slash", *"after:2025-06-01", "enter")  # 6 months: all on screen, no question
        await pilot.pause(DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert lst.rows.total_lines <= lst.size.height
        await pilot.press("A")
        await until(pilot, lambda: _unread(app, briefings) == 10, "the six marked")
        assert app.screen is main


async def test_mark_all_asks_when_a_shown_group_is_folded(sample_config, tmp_path) -> None:
    """Two briefings, one in a folded month: its row is not on screen, so `A` asks."""
    briefings = _monthly(2)
    app = BriefreaderApp(sample_config, library=Library(root=tmp_path, briefings=briefings))
    async with app.run_test(size=(160, 45)) as pilot:
        main = await _ready(pilot, app)
        await pilot.press("G")  # the last row: November's
        await pilot.press("h")  # fold November
        await until(pilot, lambda: main.briefing_list.rows.groups[-1].collapsed, "the fold")
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, Confirm), "the question")
        await pilot.press("y")
        await until(pilot, lambda: _unread(app, briefings) == 0, "both marked")


async def test_the_traditional_views_tables_load_in_a_thread_before_t(
    sample_config, sample_library, monkeypatch
) -> None:
    """The first `t` loaded rjieba's dictionary and OpenCC's tables on the UI thread
    (hanzi.to_traditional cuts words): 0.4-0.9 s of frozen screen on a busy machine. They
    are loaded in a thread once the list is shown; `t` then finds them loaded."""
    import threading

    from briefreader import hanzi, segment

    monkeypatch.setattr(segment, "_segmenter", None)  # as in a fresh process
    monkeypatch.setattr(hanzi, "_converters", {}, raising=False)
    loads: list[str] = []
    real = segment._loaded

    def loaded():
        if segment._segmenter is None:
            loads.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(segment, "_loaded", loaded)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        main = await _ready(pilot, app)
        await until(pilot, lambda: segment._segmenter is not None, "the segmenter, without a key")
        assert "s2tw" in hanzi._converters
        await pilot.press("t")
        await until(pilot, lambda: app.script == "hant", "the Traditional view")
        assert main.convert("发展") == "發展"
    assert loads and threading.main_thread().name not in loads, loads
