"""The cursor after a filter depends on the query, not on how fast it was typed: each
keystroke's rows keep the cursor on the briefing read when the filter was first edited
(CI s18: a prefix shown under load moved the cursor for good)."""

from __future__ import annotations


async def test_a_query_typed_and_cleared_returns_the_cursor_where_it_was(sample_config, sample_library) -> None:
    from helpers.waiting import until

    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.widgets.filter_bar import DEBOUNCE

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.briefing_list.highlighted is not None, "the list")
        first = screen.briefing_list.highlighted
        await pilot.press("j", "j", "j")
        await pilot.pause()
        before = screen.briefing_list.highlighted
        assert before is not None and before is not first
        # Each prefix is shown (as under load, when a worker finishes between keys); the
        # middle one leaves `before` out of the list, so the cursor moves off it.
        query = "信息消费"
        assert query not in before.title
        await pilot.press("slash")
        for ch in query:
            await pilot.press(ch)
            await pilot.pause(DEBOUNCE + 0.05)
            await app.workers.wait_for_complete()
            await pilot.pause()
        shown = screen.briefing_list.highlighted
        assert shown is not None and shown is not before  # the filter moved it
        await pilot.press("ctrl+u")
        await pilot.pause(DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.briefing_list.highlighted is before  # was the filter's first row
        assert screen.current is before


async def test_after_enter_the_cursor_moves_from_what_the_filter_shows(sample_config, sample_library) -> None:
    """The anchor lasts while the filter is edited: keys after enter act on the new rows."""
    from helpers.waiting import until

    from briefreader.tui.app import BriefreaderApp

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.briefing_list.highlighted is not None, "the list")
        await pilot.press("slash", *"信息消费", "enter", "j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        on = screen.briefing_list.highlighted
        assert on is not None and "信息消费" in on.title + " ".join(on.topics)
        await pilot.press("slash", "ctrl+u", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.briefing_list.highlighted is on  # cleared: still on what was read
