"""Guards how the main screens look: snapshots (SVGs in tests/__snapshots__/, see them in a browser).

Update the baselines with ``pytest tests/tui/test_tui_snapshots.py --snapshot-update`` and look
at every changed SVG before committing it.
"""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Input, TextArea

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.filter_bar import DEBOUNCE

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def no_draft_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """The note editor saves a draft 1.5 s after the last key: on a loaded machine a pause between two typed
    keys let it fire mid-word, and the side panel behind the editor showed "Draft, not saved" with the first
    three characters (CI s30). The draft's own tests are in test_tui*; a snapshot must not depend on timing."""
    from briefreader.tui.screens import note_editor

    monkeypatch.setattr(note_editor, "AUTOSAVE_AFTER", 3600.0)


def steady(app: BriefreaderApp) -> None:
    """No blinking cursors: a snapshot must not depend on the moment it is taken."""
    for widget in app.screen.query(Input):
        widget.cursor_blink = False
    for widget in app.screen.query(TextArea):
        widget.cursor_blink = False


async def settled(pilot, within: float = 10.0) -> None:
    """Until the highlighted briefing's article is read (a worker started after the first
    frame): on a loaded machine `c` (cite) came before the side panel had a figure to cite,
    and the note editor snapshot showed the list instead."""
    loop = asyncio.get_running_loop()
    end = loop.time() + within
    while loop.time() < end:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        current = getattr(pilot.app.screen, "current", None)
        if current is None or current.loaded:
            return
        await pilot.pause(0.05)


def run(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()  # let the screen finish mounting
        # and the first article load (a worker): on a loaded machine `c` (cite) could come
        # before the side panel had a figure to cite, and the note editor never opened
        await settled(pilot)
        steady(pilot.app)
        for key in keys:
            await pilot.press(key)
            steady(pilot.app)
        await pilot.pause(DEBOUNCE + 0.05)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


def test_default_screen(snap_compare, sample_config, sample_library):
    assert snap_compare(BriefreaderApp(sample_config, library=sample_library), terminal_size=SIZE, run_before=run())


def test_filtered_list(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("slash", *"topic:元宇宙 -直播"))


def pasted(text: str):
    """``/`` and then ``text`` in one go: with a syntax error the list keeps the last
    good result, and typed key by key on a busy machine that could be any prefix."""
    inner = run()

    async def run_before(pilot) -> None:
        await pilot.press("slash")
        pilot.app.screen.filter_bar.input.insert_text_at_cursor(text)
        await inner(pilot)

    return run_before


def test_filter_syntax_error(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=pasted('money>3000亿 "信息'))


def test_topic_grouping(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("T", "j", "j"))


def test_traditional_view(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("j", "t"))


def test_figure_jump(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("tab", "tab", "j", "j", "enter"))


def test_help_screen(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("question_mark"))


def test_note_editor(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("c", *"规模目标"))


def test_chinese_ui(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("L"))


# ----- every size a daily user meets (issue 16): 80x24, 100x30, 160x45 ----------------------

SIZES = {"80x24": (80, 24), "100x30": (100, 30), "160x45": (160, 45)}


def with_drafts(*keys: str):
    """``run`` after keeping a draft, so that q asks before quitting."""
    inner = run(*keys)

    async def run_before(pilot) -> None:
        pilot.app.drafts["x"] = "a draft"
        await inner(pilot)

    return run_before


SCREENS = {
    "main": run(),
    "article_hits": run("slash", *"消费", "enter", "enter", "right_square_bracket"),
    "help": run("question_mark"),
    "note_editor": run("c", *"规模目标"),
    "confirm_discard": run("n", *"草稿", "escape"),
    "confirm_quit": with_drafts("q"),
    "find": run("f", *"杨浦"),
    "problems": run("P"),
    "side_open": run("s"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_sizes(snap_compare, sample_config, sample_library, size, screen):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=SCREENS[screen])
