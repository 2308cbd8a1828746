"""Session 19, usefix: the s18 review's and tester's findings in the TUI (Pilot where the
logic is the app's), each failing on the code before it."""

from __future__ import annotations

import time

from helpers.waiting import screen_ready, until


def _slow_filter(monkeypatch, seconds: float = 0.4) -> None:
    """A library where a query takes a while (100,000 briefings)."""
    from briefreader.query import IncrementalFilter

    select = IncrementalFilter.select

    def slow(self, query, **how):
        time.sleep(seconds)
        return select(self, query, **how)

    monkeypatch.setattr(IncrementalFilter, "select", slow)


# ----- review s18 R10: a filter retyped before its rows came held the keys for 10 s -------------


async def test_keys_are_not_held_for_a_query_replaced_before_its_rows_came(
    sample_config, sample_library, monkeypatch
) -> None:
    """/上海 enter, then / 信 before 上海's rows ('/' selects the query, 信 replaces it):
    上海's worker is cancelled and never settles; enter on 信 (already shown) left the wait
    on 上海, so j waited HOLD_AT_MOST (10 s) and then ran."""
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    _slow_filter(monkeypatch, 1.5)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        await pilot.press("slash", *"上海", "enter", "slash", "信")
        assert main._waiting_for == "上海"
        await until(pilot, lambda: main._applied_query == "信", "the second query's rows")
        await pilot.pause()
        assert main.briefing_list.briefing_count >= 2
        at = main.briefing_list.cursor
        await pilot.press("enter", "j")
        started = time.monotonic()
        await until(pilot, lambda: main.briefing_list.cursor != at, "j to move")
        assert time.monotonic() - started < 3.0, "j was held for the replaced query"


# ----- tester s18 U2: an unfinished query flashed an error at every keystroke ---------------------


async def test_an_unfinished_query_shows_no_error_while_typing_and_keeps_the_rows(
    sample_config, sample_library, monkeypatch
) -> None:
    """'"信息' (no closing quote yet) showed '✗ Query error…' under the bar as soon as it was
    typed; now nothing until a pause, then muted; enter shows it in full."""
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen
    from briefreader.tui.widgets import filter_bar
    from briefreader.tui.widgets.filter_bar import DEBOUNCE

    monkeypatch.setattr(filter_bar, "QUIET_AFTER", 3.0, raising=False)  # a loaded machine's pauses
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        bar = main.filter_bar
        await pilot.press("slash", '"', *"信息")
        await until(pilot, lambda: main._applied_query == '"信息', "the query's result")
        await pilot.pause(DEBOUNCE)
        assert not bar.has_class("-error"), "an error shown while the query is typed"
        assert main.briefing_list.briefing_count == 5  # the last good rows
        await until(pilot, lambda: bar.has_class("-error"), "the muted hint after a pause")
        assert bar.has_class("-unfinished")
        # typing on: the hint goes, and the query that parses applies
        await pilot.press(*"消费", '"')
        await until(pilot, lambda: main._applied_query == '"信息消费"', "the finished query")
        assert not bar.has_class("-error")
        assert 0 < main.briefing_list.briefing_count < 5
        # enter on an unfinished query: the error in full, at once
        await pilot.press("backspace")
        await until(pilot, lambda: main._applied_query == '"信息消费', "the unfinished query")
        assert not bar.has_class("-error")
        await pilot.press("enter")
        await pilot.pause()
        assert bar.has_class("-error") and not bar.has_class("-unfinished")


# ----- tester s18 U5: story:ID naming no briefing matched nothing in silence ----------------------


async def test_a_story_term_naming_no_briefing_says_so_in_the_filter(sample_config, sample_library) -> None:
    """/story:zzz enter: an empty list and no word why (the CLI says 'no briefing id starts
    with'); a prefix of a real id still chooses its story."""
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        await pilot.press("slash", *"story:zzz", "enter")
        await until(pilot, lambda: main._applied_query == "story:zzz", "the query's result")
        await pilot.pause()
        bar = main.filter_bar
        assert bar.has_class("-error")
        assert "no briefing id starts with 'zzz'" in str(bar.query_one("#filter-error").render())
        await pilot.press("slash", *"story:00", "enter")
        await until(pilot, lambda: main._applied_query == "story:00", "the prefix's result")
        await pilot.pause()
        assert not bar.has_class("-error") and main.briefing_list.briefing_count >= 1


# ----- review s18 R11 (tail): the notes screen cannot be made without the draft keeper -----------


def test_the_notes_screen_needs_the_main_screens_draft_keeper() -> None:
    """With keep_draft=None by default, an edit kept as a draft on a NotesScreen made
    without it was dropped in silence."""
    import inspect

    from briefreader.tui.screens.notes_screen import NotesScreen

    parameter = inspect.signature(NotesScreen.__init__).parameters["keep_draft"]
    assert parameter.default is inspect.Parameter.empty


# ----- tester s18 U7: the versions view's cells were cut; the highlighted metric in full --------


async def test_the_versions_view_shows_the_highlighted_metrics_figures_whole(sample_config, tmp_path) -> None:
    """A column shows 18 cells ('6.98% (%)、同比提…'): where versions differ was past the cut.
    The highlighted metric's figures are now shown whole under the table, one version a line."""
    from dataclasses import replace

    from textual.widgets import DataTable, Static

    from briefreader.library import load_library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.versions_view import CELL, VersionsScreen

    folder = tmp_path / "v"
    folder.mkdir()
    body = "全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%，两年平均增长18.9%，比2019年增长41.3%。\n"
    for n, text in enumerate((body, body.replace("18.9%", "19.0%"))):
        (folder / f"v{n}.md").write_text(f"---\ntitle: 利润\ndate: 2021-12-2{n}\n---\n\n{text}", encoding="utf-8")
    config = replace(sample_config, briefings=folder)
    library = load_library(config, use_cache=False)
    versions = sorted(library.briefings, key=lambda b: b.id)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(VersionsScreen(library, versions, versions[0]))
        await until(pilot, lambda: screen_ready(app, VersionsScreen), "the versions view")
        view = app.screen
        await until(pilot, lambda: view.rows, "the comparison")
        figures = view.query_one("#versions-figures", DataTable)
        figures.focus()
        figures.move_cursor(row=0)
        await pilot.pause()
        first = view.rows[0]
        assert not first.same and len(first.cells[1]) > CELL  # cut in its column
        detail = str(view.query_one("#versions-detail", Static).render())
        assert f"#1 {first.cells[0]}" in detail and f"#2 {first.cells[1]}" in detail, detail


# ----- tester s18 U8: at 80x24 the figures view hid which briefing a figure is from --------------


async def test_the_figures_view_at_80_columns_names_the_briefing_and_its_keys(sample_config, sample_library) -> None:
    """Only date/source/kind/as written/English fit at 80 columns: the title (and value,
    unit, metric) were off screen, and no footer said which keys work."""
    from textual.widgets import Footer, Static

    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        view = app.screen
        rows = view.query_one(FigureRows)
        await until(pilot, lambda: rows.current is not None, "the figures")
        await pilot.press("j", "j")
        await pilot.pause()
        row = rows.current
        assert row is not None and row.title
        detail = str(view.query_one("#figview-detail", Static).render())
        assert detail.startswith(row.title[:20]), detail  # which briefing
        assert "metric:" in detail or "value:" in detail, detail  # a column the width leaves out
        assert view.query(Footer)


# ----- tester s18 U3: heading counts '•3 1' were cryptic ------------------------------------------


async def test_heading_counts_say_what_they_count(sample_config, sample_library) -> None:
    """'▾ 2022-07 •2 2' (2 unread, 2 listed): now '2 unread', '1 of 2 unread' once one is
    read, '2 read' when all are; the zh UI says 篇 and 未读."""
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    def heading(main, key: str) -> str:
        rows = main.briefing_list.rows
        row = next(r for r in rows if r.briefing is None and r.heading.startswith(key))
        line = main.briefing_list._render_row_line(row, 0, 60, False)
        return "".join(seg.text for seg in line).strip()

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        assert heading(main, "2022-07") == "▾ 2022-07  2 unread"  # old: '▾ 2022-07 •2 2'
        july = [r.briefing for r in main.briefing_list.rows if r.briefing and r.briefing.date_iso.startswith("2022-07")]
        main.mark_read(july[:1])
        await pilot.pause()
        assert heading(main, "2022-07") == "▾ 2022-07  1 of 2 unread"
        main.mark_read(july)
        await pilot.pause()
        assert heading(main, "2022-07") == "▾ 2022-07  2 read"  # '2' until session 44 (new user U5: a bare number)
        await pilot.press("L")  # the zh UI
        await pilot.pause()
        main.mark_read(july[:1], read=False)
        await pilot.pause()
        assert heading(main, "2022-07") == "▾ 2022-07  2 篇 · 1 篇未读"


# ----- tester s19 U6: enter in the figures view on a version dated in another month -------------


async def test_the_figures_view_opens_a_version_dated_elsewhere_and_the_cursor_follows(sample_config, tmp_path) -> None:
    """Two copies of one release, one dated years later (a PDF's creation date): F, enter on
    the later copy's figure listed its story's versions, but Rows.index_of looked for the
    copy in its own month's group (none: it is listed under the story's row), so the cursor
    went to the story's row and the article followed it to the other copy, unread."""
    from dataclasses import replace

    from briefreader.library import load_library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "v"
    folder.mkdir()
    body = (sample_config.briefings / "000_6725c00bccd9a398.txt").read_text(encoding="utf-8")
    for name, date in (("early", "2021-12-27"), ("late", "2026-12-03")):
        (folder / f"{name}.md").write_text(f"---\ntitle: 信息消费节\ndate: {date}\n---\n\n{body}", encoding="utf-8")
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(100, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main._stories is not None and len(main._stories), "the stories")
        await pilot.pause()
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: rows.current is not None, "the figures")
        assert rows.current.id == "late"  # newest first
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is main, "back to the reader")
        await pilot.pause()
        assert main.briefing_list.highlighted is not None and main.briefing_list.highlighted.id == "late"
        assert main.current.id == "late"  # old: 'early', the story's row
        assert main.reading.state.is_read(main.current.fingerprint)
