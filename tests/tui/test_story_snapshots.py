"""How a story looks in the list, expanded, and its versions view (issue 17): SVG
snapshots in tests/tui/__snapshots__/test_story_snapshots/, at 80x24 and 160x45.
Update with --snapshot-update and look at every changed one before committing it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.story_corpus import make_story_corpus
from textual.widgets import Input

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp

SIZES = [(80, 24), (160, 45)]


@pytest.fixture
def story_app(sample_config, tmp_path):
    folder = tmp_path / "briefings"
    make_story_corpus(folder)
    config = replace(sample_config, briefings=folder)
    return BriefreaderApp(config, library=load_library(config, use_cache=False))


def run(*keys: str):
    async def run_before(pilot) -> None:
        app = pilot.app
        await app.workers.wait_for_complete()
        for _ in range(50):  # the stories arrive from a worker
            if app.screen_stack[0]._stories is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        for widget in app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_list_with_an_expanded_story(snap_compare, story_app, size):
    assert snap_compare(story_app, terminal_size=size, run_before=run("j", "l", "j"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_versions_view(snap_compare, story_app, size):
    assert snap_compare(story_app, terminal_size=size, run_before=run("j", "V"))
