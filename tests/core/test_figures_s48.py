"""Session 48 (13dev, issue 13): areas written the short way (平 for 平米, a decimal comma, a unit left out)."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def figs(text: str, kind: str, region: str = "mainland") -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == kind]


# --- 平 alone for 平米 after Arabic digits ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures46 dev 05: was no area
        ("如果一个老单元100平房子15年前50万买的。", [("100平", 100.0, "m2")]),
        ("业主私挖300平地下室。", [("300平", 300.0, "m2")]),
        ("买了一套90平的房子。", [("90平", 90.0, "m2")]),
        ("约120平左右的三居室。", [("约120平左右", 120.0, "m2")]),
        # at a clause's end where the clause names a floor area
        ("建筑面积89平，总价300万。", [("89平", 89.0, "m2")]),
    ],
)
def test_ping_for_square_metres(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figs(text, "area") == expected


@pytest.mark.parametrize(
    "text",
    [
        "两队战成3平，进入加时。",  # a tie
        "末段力挽狂瀾扳成20平手。",
        "比分88平。",
        "第5平台上线。",
        "价格保持5平，没有变动。",
    ],
)
def test_ping_that_is_no_area(text: str) -> None:
    assert figs(text, "area") == []


# --- a decimal comma after a lone 0 ---


def test_zero_comma_is_a_decimal_point() -> None:
    # figures28 dev-retired27 05: was 2公頃 = 20,000 m², a confident wrong area
    text = "附近還規劃有1.16公頃公園和0,2公頃兒童遊樂場用地。"
    assert figs(text, "area", "taiwan") == [("1.16公頃", 11_600.0, "m2"), ("0,2公頃", 2_000.0, "m2")]
    assert figs("年利率0,5%。", "percent") == [("0,5%", 0.5, "%")]


def test_lists_with_commas_stay_lists() -> None:
    assert figs("編號0,1,2的房間共3間。", "count", "taiwan") == [("3間", 3.0, "间")]
    assert figs("得分10,25分", "area") == []
    assert [f.text for f in extract_figures("营收1,200万元。", region="mainland")] == ["1,200万元"]


# --- an area's unit left out where the text said the same number with it ---


def test_area_unit_left_out_after_the_same_number() -> None:
    # figures7 dev 01: the second 1621.45万 was not read
    text = "今年推出土地面积1621.45万平米，按年初计划全年推出土地面积达1621.45万来算，半年内仅完成13%。"
    assert figs(text, "area") == [("1621.45万平米", 16_214_500.0, "m2"), ("1621.45万", 16_214_500.0, "m2")]


@pytest.mark.parametrize(
    "text",
    [
        "園區面積12公頃，擴建後面積達1.5萬。",  # another number: its unit is not known
        "面積達1.5萬。",  # no area before
        "农机作业服务面积60万亩次以上，面积60万。",  # 亩次 is no area, so nothing to borrow
        "園區面積11.5萬公頃，擴建後面積達1.5萬。",  # 1.5萬 is not 11.5萬
    ],
)
def test_area_unit_never_guessed(text: str) -> None:
    assert [f for f in figs(text, "area", "taiwan") if f[0] in ("1.5萬", "60万")] == []


# --- bare sums whose words say money ---


def test_first_time_is_no_count_of_visits() -> None:
    # figures34 dev 09: 首次's 次 read as visits between the sum and its sibling, which was then not read
    text = "货物贸易进出口4.05万亿元，外贸规模首次突破4万亿，同比增长8.3%。"
    assert figs(text, "money") == [("4.05万亿元", 4.05e12, "CNY"), ("突破4万亿", 4e12, "CNY")]
    # visits still stop it: 浏览2万次 then a bare 3万 is no sum
    assert figs("营收4.05万元，页面浏览次数突破4万。", "money") == [("4.05万元", 40_500.0, "CNY")]


def test_sum_before_its_size_word() -> None:
    # figures38 dev 06: 預算…100億規模, the clause names the budget
    assert figs("另外，預算部分預估達到100億規模。", "money", "taiwan") == [("100億", 1e10, "TWD")]
    assert figs("用户达到1亿规模。", "money") == []
    assert figs("产能达到100亿规模。", "money") == []
