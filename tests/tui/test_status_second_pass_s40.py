"""The status bar during a cold start's second pass (session 40, issue 19): once every file is
listed, the reader still reads their figures, keywords and stories before filters answer. The
bar said "Loading briefings… 205/205" for that whole time (the lead's tmux look, 120x35): a
reader took it for stuck. It now says what is left."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import briefreader.library as library_module
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.widgets.status_bar import StatusBar

SIZE = (120, 36)


def _fill(folder: Path, n: int) -> None:
    """``n`` distinct briefings, each its own date."""
    folder.mkdir()
    for i in range(n):
        (folder / f"f{i:04d}.txt").write_text(
            f"第{i}号简报\n\n2025年3月{i + 1}日，上海发布了第{i}条消息，投资{i + 2}亿元。\n", encoding="utf-8"
        )


def _status(app: BriefreaderApp) -> str:
    return str(app.screen.query_one(StatusBar).render())


async def test_the_status_says_figures_are_read_once_every_file_is_listed(sample_config, tmp_path, monkeypatch) -> None:
    n = 12
    _fill(tmp_path / "b", n)
    analyse = library_module.analyse
    entered, release = threading.Event(), threading.Event()

    def held(path, *args):  # the load waits in its first file while the bar is looked at
        entered.set()
        release.wait(60)
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", held)
    app = BriefreaderApp(replace(sample_config, briefings=tmp_path / "b"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.is_loading
        # The loader's own progress would overwrite what the test sets (CI at stop 52 saw
        # "1/12" arrive after the test's 12/12): wait until it is held, then let what it
        # already sent be shown, so nothing more arrives until the test releases it.
        start = time.monotonic()
        while not entered.is_set():
            assert time.monotonic() - start < 60, "the load never reached a file"
            await pilot.pause(0.05)
        for _ in range(3):
            await pilot.pause(0.05)
        screen._show_progress(3, n)
        await pilot.pause()
        assert f"3/{n}" in _status(app) and "reading figures" not in _status(app)
        screen._show_progress(n, n)
        await pilot.pause()
        status = _status(app)
        assert f"{n}/{n}" in status and "reading figures" in status
        assert "Loading briefings" in status  # what scripts and the hang-up test wait for
        screen.brapp.language = "zh"
        screen.update_status()
        await pilot.pause()
        assert "正在读取数字" in _status(app)
        release.set()
        start = time.monotonic()
        while app.library is None:
            assert time.monotonic() - start < 60, "the library never loaded"
            await pilot.pause(0.1)
        await pilot.pause()
        assert "reading figures" not in _status(app) and "正在读取数字" not in _status(app)
