"""Periods are not deadlines, and hostile text extracts in bounded time."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _years(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text) if f.kind == "year"]


@pytest.mark.parametrize(
    "text",
    [
        # dev 01_gmw_space_alcohol: a past trial, not a target
        "几年前，即2011年9月至2014年9月，Nasa赞助了一个试验",
        "2011年9月到2014年9月期间，产量翻番",
        "2023年9月至2025年，累计完成投资",
        "今年1月至2025年，共有",
        "去年至2025年，三年间",
        "2023年第三季度至2025年，订单增长",
        "年初至2025年，股价",
    ],
)
def test_the_second_bound_of_a_period_is_no_deadline(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("到2027年，实现碳达峰", "by 2027"),
        ("力争到2025年底基本建成", "by 2025"),
        ("2025年前完成改造", "by 2025"),
        ("预计至2030年，市场规模", "by 2030"),
        ("计划于2026年6月投产", "by 2026"),
    ],
)
def test_deadlines_stay_deadlines(text: str, en: str) -> None:
    assert [e for _, e in _years(text)] == [en]
