"""tui/threads.to_ui: a worker's result is dropped when its screen has gone, but an error
the callback raises on a screen still showing is a bug and is reported (review s11 F5)."""

from __future__ import annotations

import threading

import pytest
from textual.app import App
from textual.screen import Screen

from briefreader.tui.threads import to_ui


async def _from_worker(pilot, node, callback) -> list[bool]:
    got: list[bool] = []
    thread = threading.Thread(target=lambda: got.append(to_ui(node, callback)))
    thread.start()
    while thread.is_alive():
        await pilot.pause(0.01)
    return got


async def test_a_callback_error_on_a_live_screen_is_reported_not_dropped() -> None:
    # 63ff9f6 caught every exception call_from_thread raised, the callback's own too: a bug in
    # _library_ready or a view's _loaded left the screen waiting with no word, and the
    # reading mixin read the False as "the app is gone" and stopped the folder watcher.
    def broken() -> None:
        raise ValueError("bug in a UI callback")

    app = App()
    with pytest.raises(ValueError, match="bug in a UI callback"):
        async with app.run_test() as pilot:
            screen = Screen()
            await app.push_screen(screen)
            await _from_worker(pilot, screen, broken)
            await pilot.pause(0.1)


async def test_a_result_for_a_live_screen_still_arrives() -> None:
    ran: list[str] = []
    app = App()
    async with app.run_test() as pilot:
        screen = Screen()
        await app.push_screen(screen)
        assert await _from_worker(pilot, screen, lambda: ran.append("done")) == [True]
    assert ran == ["done"]
