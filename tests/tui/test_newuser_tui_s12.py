"""Session 12's new-user pass in the reader (tmux at 80x24 and 200x60), each finding
pinned by a Pilot test that fails on the old code."""

from __future__ import annotations

import threading
import time

from helpers.waiting import until

import briefreader.library as library_mod
from briefreader.tui.app import HANG_UP_GRACE, BriefreaderApp


async def test_quitting_during_a_cold_load_stops_the_loader(sample_config, monkeypatch):
    # q (or a hang-up) while a large folder was still being read: the screen went, but
    # the process stayed until every file was read (10,000 files: minutes, its pool
    # workers busy, the shell not back), since asyncio.run waits for the executor's
    # threads and a thread worker cannot be stopped. The loader now stops at its next
    # file once its worker is cancelled.
    calls: list[int] = []
    ended = threading.Event()

    def endless_load(*args, progress=None, partial=None, **kwargs):
        try:
            for done in range(1, 600):  # 30 s of 'files' unless stopped
                time.sleep(0.05)
                calls.append(done)
                if progress is not None:
                    progress(done, 600)
            raise AssertionError("the load was never stopped")
        finally:
            ended.set()

    monkeypatch.setattr(library_mod, "load_library", endless_load)
    app = BriefreaderApp(sample_config, use_cache=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: len(calls) >= 3, "the load to start")
        await pilot.press("q")
        await pilot.pause()
    assert ended.wait(3), f"the loader still reading after the app quit ({len(calls)} files)"
    assert len(calls) < 100


async def test_a_hang_up_bounds_the_exit_on_a_real_terminal(sample_config, sample_library, monkeypatch):
    # After tmux kill-session readers stayed asleep for good (13 left by a benchmark's
    # tmux runs): the kernel's SIGCONT with the SIGHUP restarts Textual's driver and the
    # shutdown then waits on a writer queue nobody reads. On a real terminal the hang-up
    # now arms SIGALRM (its default action ends the process) after keeping the drafts;
    # a headless test app does not (it would end the test run).
    import asyncio
    import os
    import signal

    armed: list[int] = []
    monkeypatch.setattr(signal, "alarm", lambda seconds: armed.append(seconds) or 0)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        handlers = getattr(asyncio.get_running_loop(), "_signal_handlers", {})
        assert signal.SIGHUP in handlers  # else the signal below would end the test run
        app._real_terminal = lambda: True  # type: ignore[method-assign]
        os.kill(os.getpid(), signal.SIGHUP)
        await pilot.pause(0.3)
        assert app.return_code is not None  # exiting
    assert armed == [HANG_UP_GRACE]
    assert 0 < HANG_UP_GRACE <= 10


async def test_a_test_app_arms_no_alarm(sample_config, sample_library, monkeypatch):
    import os
    import signal

    armed: list[int] = []
    monkeypatch.setattr(signal, "alarm", lambda seconds: armed.append(seconds) or 0)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        os.kill(os.getpid(), signal.SIGTERM)
        await pilot.pause(0.3)
    assert armed == []


async def test_an_empty_folder_says_so_not_that_nothing_matches(sample_config, tmp_path):
    # A first run on an empty folder said "No briefings match." with no filter typed,
    # as if the briefings were hidden; it now names the folder and what to put there.
    from dataclasses import replace

    from briefreader.tui.screens.main import MainScreen

    empty = tmp_path / "briefings"
    empty.mkdir()
    app = BriefreaderApp(replace(sample_config, briefings=empty), use_cache=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.library is not None, "the library")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        text = screen.briefing_list.format.empty_text
        assert "No briefings in" in text and str(empty) in text
        assert "match" not in text
        await pilot.press("slash", *"直播")  # a filter on an empty folder: still the folder's reason
        await pilot.pause()
        assert str(empty) in screen.briefing_list.format.empty_text


async def test_a_filter_that_hides_everything_still_says_no_match(sample_config, sample_library):
    from briefreader.tui.screens.main import MainScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"zzzqqq")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        # the filter applies after its debounce: 0.3 s was a guess at it under load
        await until(pilot, lambda: screen.briefing_list.format.empty_text == "No briefings match.", "no match")


async def test_the_digest_toasts_speak_the_ui_language(sample_config, sample_library, monkeypatch):
    # D in the Chinese UI said "Writing a digest of 5 briefings…" and "Digest of 5
    # briefings: …" in English, while every other toast (e: 笔记已导出到 …) followed L.
    from helpers.waiting import record_notifications

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        seen = record_notifications(app.screen, monkeypatch)
        await pilot.press("D")
        # "正在撰写 5 篇简报的摘要…" is the header's while it is written (no toast since s14)
        await until(pilot, lambda: len(seen) >= 1, "the digest to be written")
    messages = [m for _, m in seen]
    assert messages[0].startswith("5 篇简报的摘要：") and messages[0].endswith(".md")
    assert not any("Digest of" in m or "Writing a digest" in m for m in messages)
