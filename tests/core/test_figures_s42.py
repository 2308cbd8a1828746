"""Session 42 (13-dev, issue 13): count precision by kind over every dev and retired set."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _counts(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text) if f.kind == "count"]


# -- a colon's list of names right after a small count is the list's size (FIGURES_GOLD §1, D3's colon half) --


@pytest.mark.parametrize(
    "text",
    [
        # the list ends with its clause, not its sentence (figures22 dev 17)
        "中方代表将重点阐释中国洪水治理管理的三种模式：洪水控制、洪水利用、洪水塑造，倡议各国全面认识。",
        # two names joined by 和 alone (figures16 dev 03)
        "而是因为CPF LIFE另外两个局限性：流动性和政策风险。",
        "报告提出两项原则：公平和效率，并要求落实。",
    ],
)
def test_a_colon_list_of_names_is_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a ranking's list (依次为) is listed by the golds, as 分别/包括's (figures2 dev 28)
        ("人口增长较多的5个省份依次为：广东、浙江、江苏、山东、河南，分别增加21709378人。", ("5个", 5.0, "个")),
        # the names do not number the count: three names after a count of two
        ("两个部门：教育、卫生和民政，负责落实。", ("两个", 2.0, "个")),
        # one name with 和 inside is no list of two (no join in the middle: 和 ends it)
        ("两个问题：如何落实和，仍待研究。", ("两个", 2.0, "个")),
        # a back reference is a count (这两个)
        ("这两个局限性：流动性和政策风险。", ("两个", 2.0, "个")),
    ],
)
def test_a_colon_list_that_does_not_sum_its_names_keeps_the_count(text: str, count: tuple[str, float, str]) -> None:
    assert count in _counts(text)


# -- a heading's bound restated under it (FIGURES_GOLD §5: a headline's figure said again in the body is one, the
# body's) --


def _listed(text: str) -> list[tuple[str, str, float | None, str]]:
    kinds = ("count", "money")
    return [(f.kind, f.text, f.value, f.qualifier) for f in extract_figures(text, region="mainland") if f.kind in kinds]


def test_a_headings_bound_on_the_value_stated_under_it_is_one_figure() -> None:
    # figures34 dev 08: 超4.24亿人次 over the body's 4.24亿人次
    text = "2023年全国出入境人员超4.24亿人次\n今天，记者了解到，全年累计查验出入境人员4.24亿人次，同比上升266.5%。"
    assert _listed(text) == [("count", "4.24亿人次", 424000000.0, "exact")]


def test_a_headings_bound_said_to_more_digits_under_it_is_one_figure() -> None:
    # figures11 dev-retired12 18: 逾392万人次 over the body's 逾392.2万
    text = "香港春节假期逾392万人次出入境 恢复疫前水平\n香港春节假期期间，出入境人次逾392.2万，恢复至疫前水平。"
    assert _listed(text) == [("count", "逾392.2万", 3922000.0, "over")]


def test_a_bound_said_again_with_its_hedge_apart_from_its_number_stays_two() -> None:
    # figures28 dev-retired27 07: 又破4新元 / 再次突破每公升4元 (the hedge stands before 每公升): the gold lists both
    text = "油价每公升又破4新元\n本地油商近期上调价格，柴油价格再次突破每公升4元。"
    assert [f[2] for f in _listed(text)] == [4.0, 4.0]


def test_a_different_value_under_a_headings_bound_stays_two() -> None:
    text = "全国出入境人员超4.24亿人次\n其中，内地居民2.06亿人次。"
    assert [f[2] for f in _listed(text)] == [424000000.0, 206000000.0]


# -- the series and ratio rules read without building a pattern per call (speed, output unchanged) --


def test_written_in_reads_a_form_with_no_digit_glued_before_it() -> None:
    from briefreader.figures.extract import _written_in

    assert _written_in("一类地区每人", ("1类地区", "一类地区"))
    assert not _written_in("11类地区", ("1类地区",))  # glued to a digit before it
    assert not _written_in("１1类地区", ("1类地区",))  # a full-width digit is a digit too
    assert _written_in("11类地区，1类地区", ("1类地区",))  # a later stand-alone one


def test_a_series_of_labels_is_still_no_count() -> None:
    text = "一类地区每人每月增加15元，二类地区每人每月增加10元，三类地区每人每月增加5元。"
    assert _counts(text) == []


def test_a_ratio_pattern_is_compiled_once_per_measure_word() -> None:
    from briefreader.figures.extract import _unit_pattern

    assert _unit_pattern("equals", "部") is _unit_pattern("equals", "部")
    assert _unit_pattern("equals", "部").match("的士才相等于1部")  # (the rules read folded text)


# -- a size told as so many of a named place is a comparison, no count (figures27 dev-retired26 07, figures16
# dev-retired17 07 and 08) --


@pytest.mark.parametrize(
    "text",
    [
        "人口净增2.2亿，相当于两个四川省的人口，耕地面积却净减。",
        "澳洲大火燃燒面積約 5 個臺灣大，至今未滅。",
        "全港將有28平方公里面積（相等於147個維多利亞公園）受影響。",
    ],
)
def test_a_size_told_in_places_is_no_count(text: str) -> None:
    assert [c for c in _counts(text) if c[2] == "个"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("相当于约400万套住宅。", ("约400万套", 4000000.0, "套")),  # what is counted, no place (figures12 13)
        ("两个城市大力推进改革。", ("两个", 2.0, "个")),  # a generic place noun counts
        ("两个台湾企业参展。", ("两个", 2.0, "个")),  # no equating word and no 大 after the place
    ],
)
def test_things_counted_beside_an_equating_word_or_a_place_stay_counts(text: str, count: tuple) -> None:
    assert count in _counts(text)


# -- a block's number, its floor in words and its flat's letter: an address (figures25 dev 09 and 10) --


@pytest.mark.parametrize(
    "text",
    [
        "昨日錄得本月首宗成交，為9座地下D室花園戶，實用面積1700方呎。",
        "最近成交的沙田第一城單位為44 座高層B 單位，兩房間隔。",
    ],
)
def test_a_block_its_floor_in_words_and_its_flat_is_an_address(text: str) -> None:
    assert [c for c in _counts(text) if c[2] == "座"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("完成了106座中小型病险水库除险加固。", ("106座", 106.0, "座")),
        ("共有3座高层住宅。", ("3座", 3.0, "座")),  # high-rise blocks counted: no flat's letter after
        ("建物共包含3棟4層樓透天。", ("3棟", 3.0, "栋")),
    ],
)
def test_blocks_counted_before_their_kind_stay_counts(text: str, count: tuple) -> None:
    assert count in _counts(text)
