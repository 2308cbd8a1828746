"""Session 22 (13-dev): prices per an area unit named before them, years of the Republic of China in Taiwan's text,
the per-area units from one table (review s21 R10)."""

from __future__ import annotations

import re

from briefreader.figures import extract as extract_mod
from briefreader.figures import extract_figures
from briefreader.figures.units import PER_AREA_UNITS, PER_UNITS


def _money(text: str, region: str | None = None) -> list[str]:
    return [f.en for f in extract_figures(text, region=region) if f.kind == "money"]


def test_a_price_per_area_unit_named_before_it_is_per_that_unit() -> None:
    # 每坪38.54萬元 is the price of one ping, not a total (issue 13); the total after it stays a total
    assert _money("該案每坪開價約65萬元，總價約2000萬元。", region="tw") == [
        "about TWD 650,000/ping",
        "about TWD 20 mn",
    ]
    assert _money("按每亩25万元计算。") == ["RMB 250,000/mu"]
    assert _money("房价每平方米2.5万元左右。") == ["about RMB 25,000/m²"]
    # a compound unit (per m² per day) is never said by its first half
    assert _money("租金每平米每天2元以上。") == ["over RMB 2"]
    # (since s25 every unit of PER_UNITS is read back so: 每吨850元, tester s25 T1)
    assert _money("每人补贴2000元。") == ["RMB 2,000/person"]


def test_per_area_units_come_from_the_one_table() -> None:
    # R10: extract.py kept its own lists of per-area units; each is now PER_UNITS' area entries
    assert set(PER_AREA_UNITS) <= set(PER_UNITS)
    assert {"坪", "亩", "平方米", "平方公尺", "呎"} <= set(PER_AREA_UNITS)
    assert not {"人", "吨", "月"} & set(PER_AREA_UNITS)
    for name in ("_PER_AREA_RE", "_PER_AREA_BEFORE_RE", "_PER_AREA_PRICE_RE"):
        pattern = getattr(extract_mod, name).pattern
        assert all(re.escape(u) in pattern for u in PER_AREA_UNITS), name
    assert _money("成交单价125,000元/平方公尺。", region="tw") == ["TWD 125,000/m²"]


def _dates(text: str, region: str | None = "tw") -> list[tuple[str, str, float | None]]:
    return [(f.kind, f.text, f.value) for f in extract_figures(text, region=region) if f.kind in ("date", "year")]


def test_a_roc_year_of_three_digits_in_taiwan_text() -> None:
    # 103年 in Taiwan's text is 2014: not a count, not a year 103
    assert _dates("本府於103年3月7日公告。") == [("date", "103年3月7日", 2014.0)]
    assert _dates("104年1月起實施。") == [("date", "104年1月", 2015.0)]
    assert _dates("106年度共補助250戶。") == [("date", "106年", 2017.0)]
    assert _dates("預計到115年完成。") == [("year", "到115年", 2026.0)]
    assert _dates("預計於民國120年達成淨零。") == [("year", "於民國120年", 2031.0)]
    assert _dates("民國103年3月7日公告。", region=None) == [("date", "民國103年3月7日", 2014.0)]


def test_no_roc_year_where_it_may_be_a_length_or_a_period() -> None:
    assert _dates("建校110年，已有100年歷史。") == []  # lengths of time
    assert _dates("經過50年的努力。") == []
    assert _dates("他於98年1月18日到任。") == [("date", "1月18日", None)]  # two digits: 1998 or 2009, unread
    # a budget's period runs to its fiscal year: a date, no target
    found = _dates("勞保基金自106年度至112年度連續7年收支不敷。")
    assert ("year", "至112年", 2023.0) not in found and all(kind == "date" for kind, _, _ in found)
    assert _dates("预计到115年完成。", region=None) == []  # mainland text: no ROC years without 民國


def _percents(text: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in extract_figures(text) if f.kind == "percent"]


def test_a_reserve_ratio_cut_in_basis_points() -> None:
    # 降准 is a cut of the reserve requirement ratio: its 基点 are hundredths of a point, signed as 降息's are
    # (figures15 conv. 6: 降准累计超过300个基点 is -3 pp, over; the basis points were not read)
    assert _percents("明年年底前降准累计超过300个基点。") == [("降准累计超过300个基点", -3.0)]
    assert _percents("央行宣布降准0.5个百分点。") == [("降准0.5个百分点", -0.5)]
    # (the ratio named between: a cut of it, signed since session 34, FIGURES_GOLD 4; unsigned before)
    assert _percents("下调存款准备金率50个基点。") == [("50个基点", -0.5)]
    assert _percents("人民币兑美元中间价下调50个基点。") == []  # an exchange rate's 基点 is a pip, as before
