"""The screen's mount waits a moment for a peek still reading (issue 19, session 46: warm first paint).

On a busy machine the peek (cli.cmd_tui's EarlyPeek, read while Textual imports) was sometimes not done when the
screen mounted: the first frame was drawn with an empty list and the rows came in a later frame. The mount now
waits for it at most warm.PEEK_WAIT; a slower peek leaves the first frame to the screen without rows, as before.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import replace

from briefreader import library as library_mod
from briefreader import warm
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

SIZE = (120, 36)


def _config(sample_config, tmp_path):
    corpus = tmp_path / "briefings"
    shutil.copytree(sample_config.briefings, corpus)
    config = replace(sample_config, briefings=corpus)
    load_library(config).close()  # a previous run filled the index
    return config


def _slow_peek(monkeypatch, seconds: float) -> None:
    real = library_mod.peek_library

    def slow(config, limit):
        time.sleep(seconds)
        return real(config, limit)

    monkeypatch.setattr(library_mod, "peek_library", slow)


def _counting(monkeypatch) -> list[tuple[int, float]]:
    on_mount, seen = MainScreen.on_mount, []

    def counting_on_mount(self) -> None:
        start = time.monotonic()
        on_mount(self)
        seen.append((self.briefing_list.briefing_count, time.monotonic() - start))  # what the first frame shows

    monkeypatch.setattr(MainScreen, "on_mount", counting_on_mount)
    return seen


async def _loaded(pilot, app, count: int) -> None:
    for _ in range(300):
        await pilot.pause(0.1)
        screen = app.screen_stack[0]
        if app.library is not None and screen.briefing_list.briefing_count == count:
            return
    raise AssertionError(f"the list never showed {count} briefings")


async def test_a_peek_not_quite_done_is_in_the_first_frame(sample_config, tmp_path, monkeypatch) -> None:
    config = _config(sample_config, tmp_path)
    _slow_peek(monkeypatch, 0.3)  # still reading when the screen mounts
    monkeypatch.setattr(warm, "PEEK_WAIT", 5.0)
    seen = _counting(monkeypatch)
    peek = warm.EarlyPeek(config, limit=3)
    app = BriefreaderApp(config, peek=peek)
    async with app.run_test(size=SIZE) as pilot:
        assert [count for count, _ in seen] == [3]  # the rows before the first frame, not after it
        await _loaded(pilot, app, 5)


async def test_a_slow_peek_is_waited_for_no_longer_than_peek_wait(sample_config, tmp_path, monkeypatch) -> None:
    config = _config(sample_config, tmp_path)
    _slow_peek(monkeypatch, 1.5)
    monkeypatch.setattr(warm, "PEEK_WAIT", 0.05)
    seen = _counting(monkeypatch)
    peek = warm.EarlyPeek(config, limit=3)
    app = BriefreaderApp(config, peek=peek)
    async with app.run_test(size=SIZE) as pilot:
        ((count, spent),) = seen
        assert count == 0 and spent < 1.0  # drawn without rows, as before: the peek's rows come later
        await _loaded(pilot, app, 5)
