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


def _written(kind: str, text: str, value: float, unit: str) -> str:
    return _cell(
        FigureRow(1, 1, "a", "2025-01-10", "国家统计局", "公报", kind, text, "x", value, unit, "", 0, 1), "value"
    )


def test_the_value_keeps_the_digits_the_source_wrote() -> None:
    # usefix s25: 1349084亿元 was '134.908 tn' in the value column beside 'RMB 134.9084 tn' in the English one
    assert _written("money", "1349084亿元", 1.349084e14, "CNY") == "134.9084 tn"
    assert _written("money", "1339672亿元", 1.339672e14, "CNY") == "133.9672 tn"
    assert _written("money", "7.1217元人民币", 7.1217, "CNY") == "7.1217"
    assert _written("ratio", "三分之一", 1 / 3, "") == "0.333333"  # no digits written: six
