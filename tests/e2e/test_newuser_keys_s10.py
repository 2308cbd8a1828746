"""Session 10's new-user pass, keys typed faster than the app draws (tmux on a loaded
machine): b, n and c act on the entry the cursor is on, never the one before it."""

from __future__ import annotations

import numpy  # noqa: F401 - loaded before the app: its lazy imports on several threads race
from textual import events

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen


async def test_b_right_after_j_bookmarks_the_entry_the_cursor_moved_to(sample_config, sample_library):
    # In tmux at 200x50 on a busy machine, j j j j b put the star on the third entry
    # while the cursor (and the note dialog opened next) was on the fourth: the key b
    # reached the list before the Highlighted message of the last j did, and the
    # bookmark went to the screen's stale current entry.
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        first = screen.briefing_list.highlighted
        assert first is not None
        app.post_message(events.Key("j", "j"))  # both queued before either is handled
        app.post_message(events.Key("b", "b"))
        await pilot.pause()
        await pilot.pause()
        target = screen.briefing_list.highlighted
        assert target is not None and target.id != first.id
        marked = app.notes.bookmarked_ids()
        assert marked == {target.id}


async def test_b_on_an_article_opened_from_a_view_bookmarks_that_article(sample_config, sample_library):
    # The other side of the fix: an article opened from F or the versions view that the
    # list does not show (the cursor stays elsewhere) is what b acts on.
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        cursor = screen.briefing_list.highlighted
        other = next(b for b in sample_library.briefings if cursor is None or b.id != cursor.id)
        screen.open(other, at_once=True)
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert app.notes.bookmarked_ids() == {other.id}


async def test_an_article_read_in_a_worker_says_it_is_loading(sample_config, monkeypatch):
    # A PDF or Word file is opened in a limited worker this session (~0.1-2 s, seconds on
    # a loaded machine): meanwhile the reader showed its title over a body of "—" and
    # "No figures found." beside it, as if the document were empty.
    import threading

    from briefreader.library import Library, load_library
    from briefreader.tui.widgets.side_panel import SidePanel

    load_library(sample_config).close()
    lib = load_library(sample_config)  # warm: list entries, read in full when opened
    release = threading.Event()
    full = Library.full

    def slow(self, b):
        release.wait(5)
        return full(self, b)

    monkeypatch.setattr(Library, "full", slow)
    app = BriefreaderApp(sample_config, library=lib)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("j")
        await pilot.pause(0.2)
        assert screen.current is not None and not screen.current.loaded
        body = " ".join(str(w.render()) for w in screen.article.query(".para"))
        side = str(screen.query_one(SidePanel).query_one("#figures-empty").render())
        release.set()
        assert "Loading" in body and "Loading" in side, (body[-80:], side)
        for _ in range(50):
            await pilot.pause(0.1)
            if screen.current.loaded:
                break
        assert screen.current.loaded and screen.current.figures
        side = str(screen.query_one(SidePanel).query_one("#figures-empty").render())
        assert screen.query_one(SidePanel).query_one("#figures-empty").display is False
