"""usefix s24: the list's story rows say which versions they stand for through a public
method (reading._all_in_view read ShownStories' privates)."""

from __future__ import annotations

import datetime as dt

from briefreader.model import Briefing
from briefreader.stories import StoryMap
from briefreader.views import Layout


def _briefing(i: int, day: int) -> Briefing:
    return Briefing(
        id=f"b{i}",
        path=f"/x/b{i}.txt",
        fingerprint=f"sha256:{i:02d}",
        title=f"t{i}",
        text="",
        date=dt.date(2026, 3, day),
        date_precision="day",
    )


def test_a_story_rows_fingerprints_are_its_shown_versions() -> None:
    briefings = [_briefing(i, 20 - i) for i in range(5)]  # newest first, as the library orders
    stories = StoryMap.from_pairs([("b1", "b1"), ("b3", "b1"), ("b4", "b1"), ("b0", "b0"), ("b2", "b2")])
    layout = Layout(briefings, stories=stories)
    rows = layout.rows(str)
    assert rows.shown is not None
    assert sorted(rows.shown.fingerprints("b4")) == ["sha256:01", "sha256:03", "sha256:04"]
    assert rows.shown.fingerprints("b0") == []  # a story of one: no versions
    # a filter hiding one version: the row stands for the two shown
    mask = bytes([1, 1, 1, 0, 1])
    shown = layout.rows(str, mask).shown
    assert shown is not None and sorted(shown.fingerprints("b1")) == ["sha256:01", "sha256:04"]


async def test_the_figures_views_cursor_row_is_highlighted_across_its_cells(sample_config, sample_library) -> None:
    """The cursor's background reached only the padding right of the last column: Text.render
    drops a Text's own style when it has no spans, and a figure row's cells have none (at 80
    columns, 8 highlighted cells of a row)."""
    from helpers.waiting import screen_ready, until

    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.library is not None, "the library")
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 1 and rows.cursor == 0, "the rows")
        cursor = rows.get_component_rich_style("figure-rows--cursor").bgcolor
        first, second = rows.render_line(0), rows.render_line(1)
        assert cursor is not None
        assert all(s.style is not None and s.style.bgcolor == cursor for s in first if s.text.strip())
        assert not any(s.style is not None and s.style.bgcolor == cursor for s in second)
