"""The F view lists the figures of the list's query as `figures --all QUERY` does (issue 13, session 10):
its figure terms (money>1亿) keep figures, not only the briefings that have one."""

from __future__ import annotations

from helpers.waiting import screen_ready, until

from briefreader.across import query_figures
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.widgets.filter_bar import DEBOUNCE

SIZE = (140, 40)


async def test_the_f_view_keeps_the_figures_the_lists_query_names(sample_config):
    library = load_library(sample_config, use_cache=False)
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        main = app.screen
        assert isinstance(main, MainScreen)
        main.filter_bar.input.value = "money>1亿"
        await pilot.pause()
        await pilot.pause(DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = list(main.shown)
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 0, "the figures")
        listed = rows.table.rows(0, len(rows.table))
        assert listed and {r.kind for r in listed} == {"money"} and all(r.value > 1e8 for r in listed)
        every = sum(len(library.full(b).figures) for b in shown)
        assert len(listed) < every  # not every figure of the briefings the query chose
        expected = query_figures(library, shown, "money>1亿")
        assert [(r.id, r.text) for r in listed] == [(r.id, r.text) for r in expected.rows(0, len(expected))]
