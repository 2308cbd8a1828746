"""The figures and metrics views (issue 17), driven with Pilot."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest
from helpers.waiting import screen_ready, until
from textual.widgets import DataTable, Input, OptionList

from briefreader.index import sort_group
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.metrics_view import MetricsScreen, series_csv

SIZE = (140, 40)


@pytest.fixture(params=["index", "memory"])
def library(request, sample_config):
    """The samples read through the index (the usual case) and without it."""
    return load_library(sample_config, use_cache=request.param == "index")


def total_figures(library) -> int:
    return sum(len(library.full(b).figures) for b in library.briefings)


async def open_figures(pilot, app) -> FigureRows:
    await pilot.press("F")
    await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
    rows = app.screen.query_one(FigureRows)
    await until(pilot, lambda: len(rows.table) > 0, "the figures")
    return rows


async def test_figures_view_lists_every_figure_sorts_filters_and_jumps(sample_config, library):
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        rows = await open_figures(pilot, app)
        screen = app.screen
        assert len(rows.table) == total_figures(library)
        first = rows.table.rows(0, len(rows.table))
        dates = [r.date or "" for r in first]
        assert dates == sorted(dates, reverse=True)  # newest first

        # choose the value column (h/l) and sort by it; s again reverses
        for _ in range(5):  # date source kind text en [value]
            await pilot.press("l")
        await pilot.press("s")
        assert screen.sort == "value" and screen.descending
        await app.workers.wait_for_complete()
        await pilot.pause()
        # by kind, then currency or unit, then value (s18: RMB and USD sums were one column of
        # numbers; s20, review s19 R23: counts were split by their measure word)
        keys = [
            (sort_group(r.kind, r.unit), r.value) for r in rows.table.rows(0, len(rows.table)) if r.value is not None
        ]
        assert keys == sorted(keys, reverse=True)
        await pilot.press("s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        keys = [
            (sort_group(r.kind, r.unit), r.value) for r in rows.table.rows(0, len(rows.table)) if r.value is not None
        ]
        assert keys == sorted(keys)

        # filter with a figure term
        await pilot.press("slash")
        field = screen.query_one("#figview-filter", Input)
        assert field.has_focus
        field.value = "money>1亿"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: all(r.kind == "money" for r in rows.table.rows(0, len(rows.table))), "filtered")
        kept = rows.table.rows(0, len(rows.table))
        assert kept and all(r.value > 1e8 for r in kept)

        # enter: back on the main screen, the briefing open, its sentence highlighted
        target = rows.current
        await pilot.press("enter")
        await until(pilot, lambda: screen_ready(app, MainScreen), "the main screen")
        main = app.screen
        await until(
            pilot, lambda: main.article.briefing is not None and main.article.briefing.id == target.id, "the briefing"
        )
        await until(pilot, lambda: main.article._highlighted is not None, "the sentence highlighted")


async def test_a_slow_sort_runs_in_a_worker_while_the_view_stays_usable(sample_config, monkeypatch):
    # Sorting by text is an order no index serves: every matching figure is read and
    # sorted on the first read of the window (10-12 s of CPU at 100,000 briefings, issue
    # 19). That read is held here until the test lets it go: meanwhile the view says it
    # is sorting and shows the first rows of the new order (SQLite's top-n sort), which
    # the cursor moves in; then the whole order arrives, the cursor where it was.
    import threading

    from briefreader.across import FigureTable
    from briefreader.index import Index

    library = load_library(sample_config)
    assert library.index is not None
    entered, release, where = threading.Event(), threading.Event(), []

    def gated(real):
        def read(self, sql, args):
            if sql.startswith("SELECT f.text, f.id"):  # the text sort's read of every figure
                where.append(threading.current_thread() is threading.main_thread())
                entered.set()
                release.wait(10)  # a ceiling: code that sorts on the UI thread is stuck here
            return real(self, sql, args)

        return read

    monkeypatch.setattr(Index, "_window_query", gated(Index._window_query))
    monkeypatch.setattr(Index, "_window_iter", gated(Index._window_iter))
    monkeypatch.setattr("briefreader.tui.screens.figures_view.FIRST_ROWS", 10)  # a head shorter than the table
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        rows = await open_figures(pilot, app)
        screen = app.screen
        total = total_figures(library)
        for _ in range(3):  # date source kind [text]
            await pilot.press("l")
        await pilot.press("s")
        await until(pilot, entered.is_set, "the sort under way")
        assert where == [False]  # not on the UI thread
        await until(pilot, lambda: isinstance(rows.table, FigureTable), "the first rows of the new order")
        title = str(screen.query_one("#figview-title").render())
        assert "sorting: as written" in title and f"Figures: {total:,}" in title and screen.sort == "text"
        head = [r.text for r in rows.table.rows(0, len(rows.table))]
        assert len(head) == 10 and head == sorted(head)
        await pilot.press("j", "j")
        assert rows.cursor == 2  # the rows shown move while the sort runs
        release.set()
        await app.workers.wait_for_complete()
        await until(pilot, lambda: not screen.busy, "the sorted table")
        assert "sorting" not in str(screen.query_one("#figview-title").render())
        texts = [r.text for r in rows.table.rows(0, len(rows.table))]
        assert len(texts) == total and texts == sorted(texts) and texts[:10] == head
        assert rows.cursor == 2 and rows.current is not None and rows.current.text == texts[2]  # where it was


async def test_figures_view_draws_lines_not_widgets(sample_config, library):
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        rows = await open_figures(pilot, app)
        assert not list(rows.children)  # the line API: no widget per row
        text = "\n".join(
            "".join(s.text for s in strip) for strip in app.screen._compositor.render_update(full=True).strips
        )
        first = rows.table.rows(0, 1)[0]
        assert first.text[:4] in text and "metric" in text and "English" in text
        await pilot.press("escape")
        await until(pilot, lambda: screen_ready(app, MainScreen), "closed")


async def test_metrics_view_chart_table_and_csv(sample_config, library, tmp_path):
    config = replace(sample_config, export=tmp_path / "out" / "notes.md")
    (tmp_path / "out").mkdir()
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        screen = app.screen
        options = screen.query_one(OptionList)
        await until(pilot, lambda: options.option_count > 0, "the metrics")
        options.focus()
        await pilot.press("enter")
        await until(pilot, lambda: screen.metric is not None, "a metric chosen")
        table = screen.query_one(DataTable)
        assert table.row_count == len(screen.series) > 0
        await pilot.press("x")
        await pilot.pause()
        written = screen.export_path()
        assert written.exists()
        rows = list(csv.reader(written.open(encoding="utf-8")))
        assert rows[0][:3] == ["metric", "date", "value"] and len(rows) == 1 + len(screen.series)
        await pilot.press("escape")
        await until(pilot, lambda: screen_ready(app, MainScreen), "closed")


def test_series_csv_neutralises_formulas():
    from briefreader.index import FigureRow

    row = FigureRow(
        1,
        1,
        "a",
        "2024-05-09",
        '=HYPERLINK("x")',
        "@SUM(A1)",
        "money",
        "+3亿元",
        "RMB 300 mn",
        3e8,
        "CNY",
        "营收",
        0,
        4,
    )
    out = list(csv.reader(series_csv("-营收", [row]).splitlines()))
    assert out[1][0] == "'-营收" and out[1][4] == "'+3亿元" and out[1][7].startswith("'=")
    assert out[1][2] == "300000000.0"


async def test_D_writes_the_digest_of_what_is_shown(sample_config, library, tmp_path):
    config = replace(sample_config, export=tmp_path / "out" / "notes.md")
    (tmp_path / "out").mkdir()
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("D")
        written = list((tmp_path / "out").glob("digest-*.md"))
        await until(pilot, lambda: list((tmp_path / "out").glob("digest-*.md")), "the digest file")
        written = list((tmp_path / "out").glob("digest-*.md"))
        text = written[0].read_text(encoding="utf-8")
        assert text.startswith("# Digest") and text.count("### ") == len(library.briefings)
