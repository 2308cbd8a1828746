"""Session 11's new-user pass in the reader (tmux at 80x24 and 200x50), each finding
pinned by a Pilot test that fails on the old code."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from briefreader.tui.app import BriefreaderApp


async def test_j_and_k_move_in_the_notes_screen_as_everywhere_else(sample_config, sample_library):
    # ctrl+n (and m): j and k did nothing there, while they move the list, the article,
    # the figures, the problems and every view; only the arrows moved. In the filter
    # they are still letters.
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first, second = sample_library.briefings[:2]
        app.notes.add_note(first, "一")
        app.notes.add_note(second, "二")
        await pilot.press("ctrl+n")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert options.highlighted == 2
        await pilot.press("k")
        await pilot.pause()
        assert options.highlighted == 1
        await pilot.press("slash", "j", "k")
        await pilot.pause()
        assert app.screen.query_one("#notes-filter", Input).value == "jk"


async def test_a_note_being_typed_is_kept_as_a_draft_when_the_terminal_hangs_up(sample_config, sample_library):
    # tmux kill-session (an ssh link dropping, a terminal window closed) while a note was
    # being typed: SIGHUP ended the process at once and the text was gone, though a
    # draft kept with escape survives a restart. Now SIGHUP and SIGTERM keep it as that
    # draft (in the notes file) and the app exits.
    import asyncio
    import os
    import signal

    from briefreader.notes import NotesStore

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        b = app.screen.current
        assert b is not None
        await pilot.press("n", *"typed before the link dropped")
        await pilot.pause()
        handlers = getattr(asyncio.get_running_loop(), "_signal_handlers", {})
        assert signal.SIGHUP in handlers  # else the signal below would end the test run
        os.kill(os.getpid(), signal.SIGHUP)
        await pilot.pause(0.3)
        assert app.return_code is not None  # exiting
    assert NotesStore.open(sample_config.notes).draft_for(b.id) == "typed before the link dropped"
