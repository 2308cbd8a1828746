"""Session 21, usefix: the app quitting while a view opens, emoji widths, the metrics view
at 80 columns; each test fails on the code before it."""

from __future__ import annotations

import asyncio

import pytest
from helpers.waiting import until

from briefreader.tui.app import BriefreaderApp

# ----- CI s20: the app quit while a view was opening (its on_mount found no children) -------------


def _open(name: str, app: BriefreaderApp) -> None:
    """Open the view ``name`` as the user's key does (or, for the confirmations, as the
    code that asks does)."""
    from briefreader.tui.screens.note_editor import ConfirmDiscard, ConfirmQuit
    from briefreader.tui.screens.notes_screen import Confirm
    from briefreader.tui.screens.versions_view import VersionsScreen

    main = app.screen
    if name == "find":
        main.action_find()
    elif name == "metrics":
        main.action_metrics_view()
    elif name == "figures":
        main.action_figures_view()
    elif name == "notes":
        main.action_notes_screen()
    elif name == "versions":
        first, second = app.library.briefings[0], app.library.briefings[1]
        app.push_screen(VersionsScreen(app.library, [first, second], first, app.language))
    elif name == "confirm":
        app.push_screen(Confirm("Delete?", app.language))
    elif name == "discard":
        app.push_screen(ConfirmDiscard(app.language))
    elif name == "quit":
        app.push_screen(ConfirmQuit(app.language, 1))
    else:
        raise AssertionError(name)


@pytest.mark.parametrize("turns", [0, 1, 2])
@pytest.mark.parametrize("name", ["find", "metrics", "figures", "notes", "versions", "confirm", "discard", "quit"])
async def test_quitting_as_a_view_opens_raises_nothing(sample_config, sample_library, name, turns) -> None:
    """The test (or the user, or a hang-up) ends the app a few loop turns after a view was
    pushed: the shutdown prunes the view between its compose and its mount, and its
    on_mount's query_one raised NoMatches (find, metrics, figures, notes: CI's red on
    d1f0c36 had the shape; these failed on 41988c2 at 0-1 turns)."""
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.is_mounted and app.screen.focused is not None, "the list")
        _open(name, app)
        for _ in range(turns):
            await asyncio.sleep(0)
    assert app._exception is None, app._exception
