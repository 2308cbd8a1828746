"""Session 49 (ux49): the new user's screen items of session 48, at 80x24 (Pilot).

U5 a query error's caret shows at 80 columns (the echo is windowed around the column in error);
U6 enter on the empty list of an outlet's whole name lists the outlet's briefings;
U8 a story row keeps its date at 80 columns;
U9 a message moves nothing (it is written into the filter bar's border) and the header keeps one order;
U10 a title made from the text says "no headline", only where the meta line keeps it on one row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from helpers.configs import folder_config
from helpers.story_corpus import make_story_corpus
from helpers.waiting import until
from rich.cells import cell_len
from textual.widgets import Static

from briefreader.library import FileProblem, Library, load_library
from briefreader.model import Briefing, Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.text import window_around
from briefreader.tui.widgets.article import MetaLine
from briefreader.tui.widgets.briefing_list import BriefingList
from briefreader.tui.widgets.status_bar import StatusBar

SMALL, LARGE = (80, 24), (160, 48)


def main(app) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


def rows(app) -> list[str]:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return ["".join(seg.text for seg in strip) for strip in strips]


def _story_config(tmp_path: Path):
    root = tmp_path / "b"
    make_story_corpus(root)
    return folder_config(tmp_path, root)


# ----- U5 -------------------------------------------------------------------------------------------------------

QUERY = 'money>1000亿港元 topic:元宇宙 date:2025-02-30 "phrase'


async def test_a_query_errors_caret_shows_at_80_columns(sample_config, sample_library) -> None:
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=SMALL) as pilot:
        screen = main(app)
        await pilot.press("slash")
        screen.filter_bar.input.value = QUERY
        await pilot.press("enter")
        error = screen.filter_bar.query_one("#filter-error", Static)
        await until(pilot, lambda: "no such date" in str(error.render()), "the error")
        await pilot.pause()
        text = error.render()
        carets = [s for s in text.spans if s.style == "reverse" or getattr(s.style, "reverse", False)]
        assert len(carets) == 1, text.spans
        (caret,) = carets
        assert text.plain[caret.start : caret.end] == "2"  # date:2025-02-30, column 30
        assert cell_len(text.plain[: caret.end]) <= error.size.width, (text.plain, error.size)  # on screen
        assert cell_len(text.plain) <= error.size.width, text.plain
        assert "…date:2025-02-30" in text.plain, text.plain  # the echo around it, marked as cut


def test_the_window_keeps_the_character_and_fits() -> None:
    value = 'money>1000亿港元 topic:元宇宙 date:2025-02-30 "phrase'
    for width in range(3, 60):
        for at in range(len(value) + 1):
            lo, hi = window_around(value, at, width)
            assert lo <= at <= hi and (at == len(value) or at < hi), (width, at, lo, hi)
            cells = cell_len(value[lo:hi]) + (lo > 0) + (hi < len(value)) + (at == len(value))
            assert cells <= max(width, cell_len(value[at : at + 1]) + 2), (width, at, lo, hi)
    assert window_around(value, 5, 200) == (0, len(value))


# ----- U6 -------------------------------------------------------------------------------------------------------


async def test_enter_on_the_empty_list_of_an_outlets_name_lists_its_briefings(tmp_path: Path) -> None:
    config = _story_config(tmp_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=SMALL) as pilot:
            screen = main(app)
            await until(pilot, lambda: screen.briefing_list.highlighted is not None, "the list")
            await pilot.press("slash", *"香港经济日报", "enter")  # no title or text names it: nothing matches
            await until(pilot, lambda: screen._applied_query == "香港经济日报", "the filter")
            await pilot.pause()
            assert screen.shown_count == 0
            shown = "\n".join(rows(app))
            assert "Enter lists" in shown and "(1)" in shown, shown  # said in the list, where there is room
            assert isinstance(app.focused, BriefingList)
            await pilot.press("enter")
            await until(pilot, lambda: screen._applied_query == "source:香港经济日报", "the outlet's filter")
            await pilot.pause()
            assert screen.filter_bar.value == "source:香港经济日报"
            assert screen.shown_count == 1 and screen.briefing_list.highlighted is not None
            assert screen.briefing_list.highlighted.id == "c_hk"
            await pilot.press("slash", "ctrl+u", *"上海港口", "enter")  # an ordinary word: no offer
            await until(pilot, lambda: screen._applied_query == "上海港口", "the filter")
            await pilot.pause()
            assert screen.shown_count == 0 and "Enter lists" not in "\n".join(rows(app))
            await pilot.press("enter")  # nothing offered: nothing happens
            await pilot.pause()
            assert screen.filter_bar.value == "上海港口"
    finally:
        library.close()


# ----- U8 -------------------------------------------------------------------------------------------------------


async def test_a_story_row_keeps_its_date_at_80_columns(tmp_path: Path) -> None:
    config = _story_config(tmp_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=SMALL) as pilot:
            screen = main(app)
            await app.workers.wait_for_complete()
            await until(pilot, lambda: screen._stories is not None, "the stories")
            await pilot.pause()
            blist = screen.briefing_list
            width = blist.size.width
            story_rows = [r for r in blist.rows if r.briefing is not None and r.versions]
            assert story_rows
            for row in story_rows:
                index = list(blist.rows).index(row)
                line = blist.rows.start_line(index) + row.gap + 1  # its second line
                meta = "".join(seg.text for seg in blist.render_line(line - int(blist.scroll_offset.y)))
                assert row.briefing.date_iso in meta, (meta, width)  # was "▸ 3 versions …"
                assert f"×{row.versions}" in meta
        async with BriefreaderApp(config, library=library).run_test(size=LARGE) as pilot:
            await pilot.pause()
            assert any("3 versions" in line for line in rows(pilot.app))  # the words where they fit
    finally:
        library.close()


# ----- U9 -------------------------------------------------------------------------------------------------------


async def test_a_message_moves_nothing(sample_config, sample_library) -> None:
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=SMALL) as pilot:
        screen = main(app)
        await pilot.pause()
        bar = screen.query_one(StatusBar)
        where = (screen.filter_bar.region.y, screen.briefing_list.region.y, bar.size.height)
        await pilot.press("S")
        await until(pilot, lambda: bar.message.startswith("Sorted by"), "the message")
        await pilot.pause()
        assert (screen.filter_bar.region.y, screen.briefing_list.region.y, bar.size.height) == where
        border = rows(app)[screen.filter_bar.region.bottom - 1]
        assert "✓ Sorted by source" in border, border  # in the filter bar's bottom border
        bar.clear_message()
        await pilot.pause()
        assert "Sorted" not in rows(app)[screen.filter_bar.region.bottom - 1]
        # a message too long for the border (an export's path) goes under the status line, whole, as before
        app.notify("Notes exported to /home/someone/" + "a-long-folder/" * 8 + "notes.md")
        await pilot.pause()
        assert "Notes exported" not in rows(app)[screen.filter_bar.region.bottom - 1]
        assert bar.size.height == 3 and "notes.md" in str(bar.render()), str(bar.render())


def _library_with_problems(root: Path) -> Library:
    briefings = [
        Briefing(id=f"b{n:04d}", path=str(root / f"b{n:04d}.txt"), fingerprint=f"f{n}", title=f"第{n}篇", text="正文")
        for n in range(308)
    ]
    problems = [FileProblem(f"bad{n}.txt", str(root / f"bad{n}.txt"), Problem("empty", "no text")) for n in range(2)]
    return Library(root, briefings, problems=problems)


async def test_the_header_keeps_one_order_whatever_the_sort(sample_config, tmp_path: Path) -> None:
    app = BriefreaderApp(sample_config, library=_library_with_problems(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        seen = []
        for sort in ("date", "source", "figures", "title"):
            app.sort = sort
            await pilot.pause()
            line = str(main(app).query_one(StatusBar).render()).split("\n")[0]
            assert cell_len(line) <= SMALL[0], line
            seen.append(line)
            # the counts first and the problems last, as at any width (was: the problems first once a sort was on)
            assert line.lstrip().startswith(("briefreader", "308")) and line.rstrip().endswith("(P)"), line
        assert "308" in seen[1] and "sort: source" in seen[1], seen


# ----- U10 ------------------------------------------------------------------------------------------------------


def test_the_no_headline_note_is_said_only_where_the_line_keeps_it() -> None:
    from rich.text import Text

    head, badge = Text("2024-05-09 · 华尔街见闻  "), Text(" Simplified ")
    note = Text("no headline")
    wide = MetaLine(head, badge, Text(), note)._laid(80)
    assert "no headline" in wide.plain and "\n" not in wide.plain
    narrow = MetaLine(head, badge, Text(), note)._laid(44)
    assert "no headline" not in narrow.plain and "\n" not in narrow.plain  # not wrapped onto a second row


def _shows(screen: MainScreen, briefing: Briefing) -> bool:
    shown = screen.article.briefing
    return shown is not None and shown.id == briefing.id and bool(screen.article.query(MetaLine))


async def test_a_made_title_says_no_headline_in_plain_words(sample_config, sample_library) -> None:
    generated = [b for b in sample_library.briefings if b.title_generated]
    assert generated  # (sample 000's title is made from its lead)
    app = BriefreaderApp(replace(sample_config), library=sample_library)
    async with app.run_test(size=LARGE) as pilot:
        screen = main(app)
        await pilot.press("s")  # the side panel closed: the article has the room
        screen.open(generated[0], at_once=True)
        await until(pilot, lambda: _shows(screen, generated[0]), "the meta line")
        await pilot.pause()
        line = screen.article.query_one(MetaLine)
        meta = str(line.render())
        assert "no headline" in meta and "lead" not in meta, (meta, line.size, line._head, line._badge)
    async with BriefreaderApp(replace(sample_config), library=sample_library).run_test(size=SMALL) as pilot:
        screen = main(pilot.app)
        screen.open(generated[0], at_once=True)
        await until(pilot, lambda: _shows(screen, generated[0]), "the meta line")
        await pilot.pause()
        line = screen.article.query_one(MetaLine)
        width = line.size.width
        without = MetaLine(line._head, line._badge, line._tail)._laid(width)
        assert line._laid(width).plain == without.plain, str(line.render())  # no row more at 80 columns
