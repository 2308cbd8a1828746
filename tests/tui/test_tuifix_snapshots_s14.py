"""How the status bar's message line and the metrics view's empty state look (tuifix s14):
SVG snapshots in tests/tui/__snapshots__/test_tuifix_snapshots_s14/. Update with
--snapshot-update and look at every changed one before committing it."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.status_bar import StatusBar


def run(*keys: str, until_options: bool = False):
    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        for bar in pilot.app.screen.query(StatusBar):  # a message stays for the snapshot, however slow the run
            if bar._message_timer is not None:
                bar._message_timer.stop()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if until_options:
            for _ in range(200):
                if pilot.app.screen.query_one(OptionList).option_count:
                    break
                await pilot.pause(0.05)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run_before


def test_copy_confirmed_in_the_status_bar_zh_80x24(snap_compare, sample_config, sample_library):
    # the message line under the status line: every Chinese character, nothing over the panes
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run("L", "j", "y"))


def test_metrics_view_before_a_metric_is_chosen_80x24(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run("M", until_options=True))
