"""What a new user met in session 36 (the F view's title, ...), driven with Pilot."""

from __future__ import annotations

from helpers.waiting import screen_ready, until

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen, written_figure_terms
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.widgets.filter_bar import DEBOUNCE

SIZE = (140, 40)


async def test_the_f_views_title_shows_the_lists_figure_terms_as_typed(sample_config):
    """The title said `list: money>100000000000.0` for a list filtered with `money>1000亿 topic:AI`: the
    parsed bound, which a reader has to decode. It says what the user typed, the figure terms only."""
    library = load_library(sample_config, use_cache=False)
    app = BriefreaderApp(sample_config, library=library)
    query = "money>1亿 -percent＞50 元宇宙"
    async with app.run_test(size=SIZE) as pilot:
        main = app.screen
        assert isinstance(main, MainScreen)
        main.filter_bar.input.value = query
        await pilot.pause()
        await pilot.pause(DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert main.shown  # the samples have such a briefing: the view below has rows
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 0, "the figures")
        title = str(app.screen.query_one("#figview-title").render())
        assert "list: money>1亿 -percent＞50" in title, title
        assert "100000000" not in title and "元宇宙" not in title


def test_written_figure_terms_keeps_each_term_as_written() -> None:
    assert written_figure_terms("money>1000亿 topic:AI") == "money>1000亿"
    assert written_figure_terms('x "a b"money＞USD5亿 -area>=100坪 -峰会') == "money＞USD5亿 -area>=100坪"
    assert written_figure_terms("张江 -峰会") == "" == written_figure_terms("  ")
