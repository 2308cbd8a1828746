"""Session 27 figures (issue 13): rules that say what the clause measures, from the tester's and reviewer's s26
findings (tests/test_newuser_s26.py U5-U19, tests/test_review_s26.py R4, N4). Each has its neighbours here: the shape
next to the one fixed, and the guard that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import detect_region, extract_figures


def _counts(text: str, region: str | None = None) -> list[tuple[float | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "count"]


# -- U5: a calendar year whose measure word opens a place's name is the year of an event held there


@pytest.mark.parametrize(
    "sentence",
    [
        "2026臺北首都盃國際技能競賽圓滿落幕。",
        "二〇二六台北亲水节将于6月登场。",
        "限2026台北市民参加。",
        "2026台州国际马拉松开跑。",
        "2026台中花博开幕。",
        "1999台南古都节登场。",
    ],
)
def test_a_year_before_a_city_is_no_count(sentence: str) -> None:
    assert not [v for v, _ in _counts(sentence) if v and v >= 1900], _counts(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("新增2000台设备。", (2000, "台")),
        ("有2000家中国企业参加。", (2000, "家")),
        ("共有1999名台湾学生报名。", (1999, "名")),
        ("全市新增2026台新能源公交车。", (2026, "台")),
        ("引进30台湖南产设备。", (30, "台")),
    ],
)
def test_a_count_before_a_place_word_stays(sentence: str, count: tuple[float, str]) -> None:
    assert count in _counts(sentence)


# -- U14: a publisher no table knows that names a region's place in its own name is of that region, for every item


def test_a_source_naming_a_city_places_its_items() -> None:
    text = "感念前人以不到四百元的早餐促成台湾半导体发展的历史起点，全力将台北打造成为全球AI科技产业发展的最强心脏。"
    assert detect_region(text, script="hant").name == "unknown"  # two place words alone do not decide
    r = detect_region(text, source="臺北每日新聞 (Taipei Daily News)", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD") and "台北" in r.reason


def test_a_source_naming_two_regions_or_a_known_outlet_is_not_read_so() -> None:
    text = "市民可凭券抵用600元。"
    assert detect_region(text, source="台北香港经贸周刊", script="hant").name == "unknown"
    # a known mainland outlet keeps its home whatever place its name holds
    assert detect_region(text, source="新华社", script="hans").name == "mainland"
