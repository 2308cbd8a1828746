"""Session 16, usefix: the s15 tester's and reviewer's findings in the TUI (Pilot): the
help scrolls with j/k, a file's id is never markup in a message (R11), an empty figures
view says why, list titles in the reader's script."""

from __future__ import annotations

import pytest
from helpers.waiting import until
from textual.containers import VerticalScroll

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.help import HelpScreen
from briefreader.tui.screens.main import MainScreen


def main(app: BriefreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


# ----- the help scrolls with the list's keys (tester s14 F8, still in s15) ---------------


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up"), ("pagedown", "pageup"), ("G", "g")])
async def test_the_help_scrolls_with_j_k_arrows_and_page_keys(sample_config, sample_library, down, up):
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        body = app.screen.query_one("#help-body", VerticalScroll)
        await pilot.pause()
        assert body.max_scroll_y > 0  # 80x24: more keys than lines
        assert body.scroll_y == 0
        await pilot.press(down, down)
        await pilot.pause()
        assert body.scroll_y > 0, down  # j did nothing (tester s15)
        moved = body.scroll_y
        await pilot.press(up)
        await pilot.pause()
        assert body.scroll_y < moved, up
        assert isinstance(app.screen, HelpScreen)  # none of them closed it
