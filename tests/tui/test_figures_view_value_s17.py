"""The figures view's value column: one number format (tester s16 U1: '3e+11' beside '61,000,000,000')."""

from __future__ import annotations

from briefreader.index import FigureRow
from briefreader.tui.screens.figures_view import _cell


def _value(kind: str, value: float, unit: str) -> str:
    return _cell(FigureRow(1, 1, "a", "2025-01-10", "人民日报", "标题", kind, "x", "x", value, unit, "", 0, 1), "value")


def test_a_billion_or_more_is_written_in_bn_or_tn_never_in_e_notation() -> None:
    assert _value("money", 3e11, "CNY") == "300 bn"
    assert _value("money", 1.726e11, "CNY") == "172.6 bn"
    assert _value("money", 6.1e10, "CNY") == "61 bn"
    assert _value("money", 2.9625e12, "TWD") == "2.9625 tn"
    assert _value("money", 56_000_000.0, "CNY") == "56,000,000"  # below a billion: every digit, grouped
    assert _value("year", 2035.0, "year") == "2035"
