"""Session 18, usefix: the s17 review's and tester's findings in the TUI (Pilot where the
logic is the app's), each failing on the code before it."""

from __future__ import annotations

from briefreader.index import FigureRow
from briefreader.tui.screens.figures_view import WIDTHS, _cell


def _row(kind: str, value: float, unit: str, text: str = "x") -> FigureRow:
    return FigureRow(1, 1, "a", "2025-01-10", "人民日报", "标题", kind, text, "x", value, unit, "", 0, 1)


# ----- review s17 R4: no e-notation in the value column, at any size -------------------------


def test_values_of_a_million_trillion_and_more_are_never_in_e_notation() -> None:
    """1e18 was '1e+06 tn' (``,.6g`` of the tn count); a value too long for the column is
    shown as written."""
    assert _cell(_row("money", 1e18, "CNY"), "value") == "1,000,000 tn"
    assert _cell(_row("money", 3.5e18, "USD"), "value") == "3,500,000 tn"
    too_long = _cell(_row("money", 1.2e21, "CNY", "一万二千亿亿元"), "value")
    assert too_long == "一万二千亿亿元"
    assert _cell(_row("area", 12345.5, "m2"), "value") == "12,345.5"  # was '1.235e+04'
    assert _cell(_row("percent", 0.00001234, "%"), "value") == "0.00001234"
    for value in (1e18, 9.99e19, 1e24, 1e30, 123456.789, 1e-7):
        shown = _cell(_row("money", value, "CNY", "如是"), "value")
        assert "e+" not in shown and "e-" not in shown, (value, shown)
        assert len(shown) <= WIDTHS["value"]
    # unchanged: bn/tn and whole numbers
    assert _cell(_row("money", 3e11, "CNY"), "value") == "300 bn"
    assert _cell(_row("money", 2.9625e12, "TWD"), "value") == "2.9625 tn"
    assert _cell(_row("money", 56_000_000.0, "CNY"), "value") == "56,000,000"


# ----- tester s17: the figures view honours the Traditional toggle ------------------------------


def _drawn(rows) -> str:
    """The figures view's lines on screen, as drawn."""
    return "\n".join("".join(seg.text for seg in rows.render_line(y)) for y in range(rows.size.height))


async def test_the_figures_view_shows_traditional_when_the_reader_does(sample_config, sample_library) -> None:
    """`t` then `F`: the rows were Simplified (3000亿元, the titles) while the article beside
    showed 3000億元; and `t` again while the view is open draws them back in Simplified."""
    from helpers.waiting import until

    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        assert app.script == "hant"
        await pilot.press("F")
        await until(pilot, lambda: isinstance(app.screen, FiguresScreen), "the figures view")
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 0, "the figures")
        await pilot.pause()
        shown = _drawn(rows)
        assert "億" in shown and "亿" not in shown, shown  # old: 亿 everywhere
        app.script = "hans"  # the toggle flipped while the view is open
        await pilot.pause()
        shown = _drawn(rows)
        assert "亿" in shown and "億" not in shown, shown
