"""Session 16, usefix: the s15 tester's and reviewer's findings in the TUI (Pilot): the
help scrolls with j/k, a file's id is never markup in a message (R11), an empty figures
view says why, list titles in the reader's script."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.waiting import screen_ready, until
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
        await until(pilot, lambda: screen_ready(app, HelpScreen))
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


# ----- R11: a briefing's id is never markup in a message ---------------------------------


def _shown(message: str, markup: bool) -> str:
    from textual.content import Content

    return (Content.from_markup(message) if markup else Content(message)).plain


async def test_the_figures_views_not_in_the_list_warning_shows_the_id_as_written(tmp_path: Path, sample_config):
    from dataclasses import replace

    from briefreader.library import load_library
    from briefreader.tui.screens.figures_view import FiguresScreen

    root = tmp_path / "briefings"
    root.mkdir()
    (root / "a[bold]b[").mkdir()  # the id a[bold]b[/]c: "/" is the folder's
    (root / "a[bold]b[" / "]c.txt").write_text("上海发布新规\n\n投资超过3000亿元，支持经济发展。\n", encoding="utf-8")
    config = replace(sample_config, briefings=root)
    library = load_library(config, use_cache=False)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main(app)
        await until(pilot, lambda: screen.briefing_list.briefing_count == 1)
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen))
        view = app.screen
        await until(pilot, lambda: view.rows_widget.table is not None and len(view.rows_widget.table) > 0)
        screen.briefing_list.select = lambda b: False  # the list as it is now lacks the briefing
        app._say = lambda *a, **k: False  # the toast's path (no status bar under it)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, FiguresScreen))
        await pilot.pause()
        shown = [_shown(n.message, n.markup) for n in app._notifications]
        assert any("a[bold]b[/]c" in text for text in shown), shown  # was 'abc is not in the list…'


# ----- an empty figures view says why and what to do (tester s14 F18, s15) ---------------


def _app_on(tmp_path: Path, sample_config, files: dict[str, str]) -> BriefreaderApp:
    from dataclasses import replace

    from briefreader.library import load_library

    root = tmp_path / "briefings"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    config = replace(sample_config, briefings=root)
    return BriefreaderApp(config, library=load_library(config, use_cache=False))


async def _figures_view(pilot, app: BriefreaderApp):
    from briefreader.tui.screens.figures_view import FiguresScreen

    await pilot.press("F")
    await until(pilot, lambda: screen_ready(app, FiguresScreen))
    view = app.screen
    await until(pilot, lambda: not view.busy)
    return view


def _empty_text(view) -> str:
    from textual.widgets import Static

    empty = view.query_one("#figview-empty", Static)
    return str(empty.render()) if empty.has_class("-shown") else ""


NO_FIGURES = "上海发布新规\n\n市政府发布新规，支持经济发展。\n"
FIGURES = "投资计划\n\n投资超过3000亿元，增长百分之五。\n"


async def test_an_empty_figures_view_says_this_briefing_has_none(tmp_path, sample_config):
    app = _app_on(tmp_path, sample_config, {"plain.txt": NO_FIGURES})
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: main(app).briefing_list.briefing_count == 1)
        view = await _figures_view(pilot, app)
        assert len(view.rows_widget.table) == 0
        text = _empty_text(view)  # was: "Figures: 0" over an empty table, nothing more
        assert (
            "No figures in this briefing, the only one the list shows" in text and "Press escape to go back" in text
        ), text


async def test_an_empty_figures_view_says_the_filter_matched_none(tmp_path, sample_config):
    app = _app_on(tmp_path, sample_config, {"plain.txt": NO_FIGURES, "money.txt": FIGURES})
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: main(app).briefing_list.briefing_count == 2)
        view = await _figures_view(pilot, app)
        assert len(view.rows_widget.table) > 0 and not _empty_text(view)  # no hint over rows
        await pilot.press("slash", *"money>1万亿", "enter")
        await until(pilot, lambda: not view.busy and len(view.rows_widget.table) == 0)
        await pilot.pause()
        text = _empty_text(view)
        assert "No figure matches the filter “money>1万亿”" in text and "Press /" in text, text


async def test_an_empty_figures_view_says_the_list_shows_none(tmp_path, sample_config):
    app = _app_on(tmp_path, sample_config, {"plain.txt": NO_FIGURES, "other.txt": NO_FIGURES.replace("上海", "北京")})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = main(app)
        await until(pilot, lambda: screen.briefing_list.briefing_count == 2)
        view = await _figures_view(pilot, app)
        assert "No figures in the 2 briefings the list shows" in _empty_text(view)
        assert "Press escape to go back" in _empty_text(view)  # no filter to widen
        await pilot.press("escape")
        await pilot.press("slash", *"zzzz", "enter")
        await until(pilot, lambda: screen.briefing_list.briefing_count == 0)
        view = await _figures_view(pilot, app)
        assert "The list shows no briefing" in _empty_text(view)


# ----- notes follow a renamed file in a live change, not a copy listed before (tester s15 U6)


async def test_a_live_rename_moves_the_notes_to_the_new_name_not_to_a_listed_copy(tmp_path: Path, sample_config):
    import os
    from dataclasses import replace

    from briefreader.library import load_library

    root = tmp_path / "briefings"
    root.mkdir()
    text = "台积电收盘\n\n台积电收246.5元。\n"
    (root / "b_original.txt").write_text(text, encoding="utf-8")
    (root / "a_copy.txt").write_text(text, encoding="utf-8")
    config = replace(sample_config, briefings=root, notes=tmp_path / "notes.toml")
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main(app)
        await until(pilot, lambda: screen.briefing_list.briefing_count == 2)
        original = app.library.by_id["b_original"]
        app.notes.add_note(original, "my note on the original")
        os.rename(root / "b_original.txt", root / "c_renamed.txt")
        os.utime(root / "a_copy.txt")  # the copy changed last: its ctime cannot tell
        screen._live_library(load_library(config, use_cache=False), 0.0)
        await pilot.pause()
        assert [n.text for n in app.notes.notes_for("c_renamed")] == ["my note on the original"]
        assert not app.notes.notes_for("a_copy")  # was: the copy, first by id, took it


# ----- list titles in the reader's script (tester s15: the list said 臺北, the article 台北) --

CNA = (
    "中央社記者台北報導\n\n"
    "（中央社記者潘智義台北2日電）台北股市今天上漲，成交值新台幣1019.43億元。政府辦理發放消費券，係依據特別條例。\n"
)


def _screen_text(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


@pytest.mark.parametrize("cached", [True, False])  # list entries from the index; briefings read in full
async def test_a_traditional_sources_list_title_is_in_its_own_characters(tmp_path: Path, sample_config, cached):
    from dataclasses import replace

    from briefreader.library import load_library

    root = tmp_path / "briefings"
    root.mkdir()
    (root / "cna.txt").write_text(CNA, encoding="utf-8")
    (root / "mainland.txt").write_text("上海发布新规\n\n国务院发放消费券，支持经济发展。\n", encoding="utf-8")
    config = replace(sample_config, briefings=root, cache_dir=tmp_path / "cache")
    if cached:
        load_library(config).close()
    library = load_library(config, verify=False) if cached else load_library(config, use_cache=False)
    cna = library.by_id["cna"]
    assert cna.loaded is not cached
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = main(app)
        await until(pilot, lambda: screen.briefing_list.briefing_count == 2)
        screen.briefing_list.select(library.by_id["mainland"])  # the reader is not on it
        await pilot.pause()
        assert "台北股市今天上涨" in _screen_text(app)  # Simplified by default
        await pilot.press("t")
        own = "台北股市今天上漲，成交值新台幣"
        await until(pilot, lambda: own in _screen_text(app))  # was 臺北…新臺幣: s2t of the Simplified title
        assert "臺北股市" not in _screen_text(app)
        assert "國務院發放" in _screen_text(app) or "上海發布新規" in _screen_text(app)  # Simplified sources: s2t
        screen.briefing_list.select(cna)  # the reader's header says the same
        await until(pilot, lambda: screen.article.briefing is not None and screen.article.briefing.id == "cna")
        await pilot.pause()
        assert own in screen.article.shown_text
        await pilot.press("t")  # one key back to Simplified
        await pilot.pause()
        assert "台北股市今天上涨" in _screen_text(app) and own not in _screen_text(app)


# ----- review s14 R8: a draft that cannot be written while typing is said at once -------


async def test_a_failing_autosave_is_said_in_the_editor_at_once(sample_config, sample_library):
    from textual.widgets import Static

    from briefreader.tui.screens.note_editor import AUTOSAVE_AFTER, NoteEditor

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await until(pilot, lambda: screen_ready(app, NoteEditor))
        editor = app.screen
        assert isinstance(editor, NoteEditor)

        def full_disk(text: str) -> None:
            raise OSError("[Errno 28] No space left on device: '/home/u/[b]notes.toml'")

        editor.autosave = full_disk
        await pilot.press(*"typed")
        line = editor.query_one("#editor-error", Static)
        await until(pilot, lambda: line.has_class("-visible"), "the error line")  # was: silent until closed
        shown = str(line.render())
        assert "could not be saved while typing" in shown and "[b]notes.toml" in shown, shown
        editor.autosave = lambda text: None  # the disk has room again
        await pilot.press(*"more")
        await pilot.pause(AUTOSAVE_AFTER + 0.5)
        await until(pilot, lambda: not line.has_class("-visible"), "the error line cleared")
        assert editor.text == "typedmore"  # nothing typed was lost


# ----- tester s15 U7: at 80x24 the status line never takes two lines --------------------


async def test_the_status_line_stays_one_line_at_80_columns_whatever_the_sort(sample_config, sample_library):
    from rich.cells import cell_len

    from briefreader.tui.widgets.status_bar import WARN, StatusBar

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = main(app)
        await pilot.pause()
        bar = screen.query_one(StatusBar)
        bar.show(
            title="briefreader",
            parts=["55 of 55 briefings · 47 unread", "by date", "sorted by figures"],
            problems="problems: 4 (P)",
        )
        bar.clear_message()
        await pilot.pause()
        lines = str(bar.render()).split("\n")
        assert len(lines) == 1 and cell_len(lines[0]) <= bar.size.width, (
            lines
        )  # was 82 cells: "… sorted by" / "figures"
        # the counts cut, the problems kept at the end: the order of every width (session 49, new user s48 U9: the
        # problems came first only when the line was too wide, so the header changed its layout with the sort)
        assert lines[0].endswith(WARN + "problems: 4 (P)") and "… │" in lines[0], lines
