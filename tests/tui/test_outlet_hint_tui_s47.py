"""The filter bar offers an outlet's source: term when a plain word is its whole name
(new user s46 N6), muted under the query, and says nothing for an ordinary word."""

from __future__ import annotations

from pathlib import Path

from helpers.configs import folder_config
from helpers.story_corpus import make_story_corpus
from helpers.waiting import until
from textual.widgets import Static

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen


async def _note_after(tmp_path: Path, typed: str, size: tuple[int, int] = (100, 30)) -> tuple[str, int, int]:
    root = tmp_path / "b"
    make_story_corpus(root)
    config = folder_config(tmp_path, root)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=size) as pilot:
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            await pilot.press("slash", *typed, "enter")
            await until(pilot, lambda: main._applied_query == typed, "the filter")
            await pilot.pause()
            note = main.filter_bar.query_one("#filter-error", Static)
            return str(note.render()), main.shown_count, note.size.height
    finally:
        library.close()


async def test_an_outlets_name_offers_its_source_term(tmp_path: Path) -> None:
    # 香港經濟日報 published c_hk; no title or text names it, so the word alone finds nothing
    note, shown, _height = await _note_after(tmp_path, "香港经济日报")
    assert shown == 0
    assert "source:香港经济日报" in note and "briefings (1)" in note, note


async def test_the_hint_keeps_to_one_line_in_a_narrow_terminal(tmp_path: Path) -> None:
    """Cut with an ellipsis rather than wrapped: a second line would push the list down a row."""
    note, _shown, height = await _note_after(tmp_path, "香港经济日报", size=(60, 24))
    assert "source:香港经济日报" in note and height == 1, (note, height)


async def test_an_ordinary_word_says_nothing(tmp_path: Path) -> None:
    note, shown, _height = await _note_after(tmp_path, "上海")
    assert shown > 0
    assert note == "", note
