"""Guards what a new user met in the TUI in session 46's pass (/work/notes/s46_newuser.md).

U1: with ``[keys] quit = "j"`` the reader opened on the list, whose own j moves down: j never quit,
the footer no longer showed Quit and the help listed "j Quit" under "Everywhere". Only
``briefreader config show`` said so, on stderr; the reader itself now says it at start.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.story_corpus import make_story_corpus
from helpers.waiting import until

from briefreader.config import load_config
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen


def _config(tmp_path: Path, keys: str):
    root = tmp_path / "b"
    make_story_corpus(root)
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n'
        f"\n[keys]\n{keys}\n",
        encoding="utf-8",
    )
    return load_config(config_path)


async def _warnings_at_start(config) -> list[str]:
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(100, 30)) as pilot:
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            await pilot.pause()
            return [str(n.message) for n in app._notifications if n.severity == "warning"] + list(app.said)
    finally:
        library.close()


@pytest.mark.parametrize("keys", ['quit = "j"', 'quit = "q,j"'])
async def test_a_quit_key_the_list_takes_is_said_at_start(tmp_path: Path, keys: str) -> None:
    said = await _warnings_at_start(_config(tmp_path, keys))
    assert any("keys.quit" in s and "list.down" in s for s in said), said


async def test_a_free_key_says_nothing(tmp_path: Path) -> None:
    said = await _warnings_at_start(_config(tmp_path, 'quit = "Q"'))
    assert not any("keys." in s for s in said), said


async def test_ctrl_q_still_quits_when_quit_is_on_a_pane_key(tmp_path: Path) -> None:
    """The README says so beside the warning: the way out the footer no longer shows."""
    config = _config(tmp_path, 'quit = "j"')
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(100, 30)) as pilot:
            main = app.screen_stack[0]
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            await pilot.press("j")
            await pilot.pause()
            assert app.is_running  # j moved the list down
            await pilot.press("tab")  # the article has the focus: its own j scrolls
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert not app.is_running
    finally:
        library.close()
