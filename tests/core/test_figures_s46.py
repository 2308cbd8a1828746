"""Session 46 (13dev, issue 13): the figures' tables as one source, and counts read by their grammar."""

from __future__ import annotations

import pytest

from briefreader.figures import extract as ex
from briefreader.figures import extract_figures
from briefreader.figures.units import BESIDE, NOUN_TABLE, PHRASE, SUM_VERB_MORPHEMES

# --- task 1: one table of counted nouns, a flag per noun; the sum verbs built from their table ---


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("全国31个省份参与。", "31 provinces"),  # BESIDE: right after the measure word
        ("新增养老床位3852张。", "3,852 beds"),  # BESIDE: right before the number
        ("全省共有企业8000家。", "8,000 companies"),  # PHRASE
    ],
)
def test_each_reach_still_names_its_count(text: str, en: str) -> None:
    assert NOUN_TABLE["省份"][1] == BESIDE and NOUN_TABLE["床位"][1] == BESIDE and NOUN_TABLE["企业"][1] == PHRASE
    assert [f.en for f in extract_figures(text, region="mainland") if f.kind == "count"] == [en]


def test_every_sum_verb_morpheme_has_its_forms_and_no_form_is_unread() -> None:
    assert set(ex._SUM_VERB_FORMS) == set(SUM_VERB_MORPHEMES)
    for morpheme in SUM_VERB_MORPHEMES:
        assert morpheme in ex._SUM_VERB_FORMS[morpheme]


# --- task 2 (review s45 R6): a money word that ends a counted noun, or sizes one, names no sum ---


def money(text: str) -> list[str]:
    return [f.en for f in extract_figures(text, region="mainland") if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "今年研究生招生名额约12万。",  # 名额 (places) ends in 额 as 金额 does
        "碳排放配额达3000万。",  # quotas
        "该市新增就业岗位规模达12万。",  # the size of the jobs: how many
        "企业规模达12万。",
    ],
)
def test_a_counted_nouns_amount_is_no_sum(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("新签合同额2000万。", "RMB 20 mn"),  # 合同 is counted, 合同额 its value
        ("贷款额度5000万。", "RMB 50 mn"),
        ("基金规模达3000亿。", "RMB 300 bn"),  # a fund's size is a sum
        ("产业规模突破2000亿。", "over RMB 200 bn"),
        ("交易额达2000万。", "RMB 20 mn"),
    ],
)
def test_a_sums_own_noun_still_names_it(text: str, en: str) -> None:
    assert money(text) == [en]


def test_places_counted_with_their_measure_word_are_people() -> None:
    assert [(f.kind, f.en) for f in extract_figures("招生名额约12万人。", region="mainland")] == [
        ("count", "about 120,000 people")
    ]


# --- task 3: counts of things in an enumeration of equipment (figures51 dev-retired38 01's shapes) ---


def counts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text, region="mainland") if f.kind == "count"]


def test_machines_numbered_one_two_are_counts_not_a_series_of_labels() -> None:
    assert "2台" in counts("1台氮气增压机，2台氮气压缩机，以及液体产品储存等设备。")
    # ... while classes numbered in turn stay labels (figures44 dev 10)
    got = counts("一类地区每人每月增加15元，二类地区每人每月增加10元，三类地区每人每月增加5元。")
    assert not any(c.startswith(("二类", "三类")) for c in got)


def test_things_named_after_their_size_are_their_own_count() -> None:
    text = "3台循环水塔风扇（功率75千瓦），1台变压器，3台10千伏干式配电变压器（1台容量1250千伏安、1台容量1600千伏安）。"
    assert counts(text) == ["3台", "1台", "3台", "1台", "1台"]


def test_a_bracket_after_no_count_holds_no_partition() -> None:
    # the same count of the same noun twice in a bracket: two parts of the count before it, else said again
    assert counts("3台变压器（1台容量大、1台容量大）。") == ["3台", "1台", "1台"]
    assert counts("“1+1”（1台容量大、1台容量大）。").count("1台") == 1


# --- task 3: what a count counts (the head of a chain of nouns; events counted by 场) and a gas's volume ---


def count_en(text: str) -> list[str]:
    return [f.en for f in extract_figures(text, region="mainland") if f.kind == "count"]


def test_the_last_noun_of_a_chain_is_what_is_counted() -> None:
    assert count_en("足以运载24000个标准集装箱，穿越红海。") == ["24,000 containers"]  # was "24,000 standards"


def test_events_counted_by_chang_are_the_events_not_the_noun_after_de() -> None:
    assert count_en("签下了100场商业演出的订单。") == ["100 events"]  # was "100 orders"
    assert count_en("举办了3场活动。") == ["3 events"]


def test_a_gas_volume_at_standard_conditions_is_a_quantity_not_a_count_of_standards() -> None:
    figs = extract_figures("年产中压氧气27744万标准立方米、液氧1825吨。", region="mainland")
    assert [(f.kind, f.unit, f.en) for f in figs] == [
        ("quantity", "Nm3", "277.44 mn Nm³"),
        ("quantity", "t", "1,825 t"),
    ]


# --- task 3: the next item of a list of sums shares its move and what it is per ---


def money_en(text: str) -> list[str]:
    return [f.en for f in extract_figures(text, region="mainland") if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("汽油、柴油价格每吨分别上调395元和385元。", ["up RMB 395/t", "up RMB 385/t"]),  # figures51 dev-retired38 03
        ("两周分别增长190亿元、627亿元。", ["up RMB 19 bn", "up RMB 62.7 bn"]),
        ("每吨分别为11070元和9970元。", ["RMB 11,070/t", "RMB 9,970/t"]),
        ("上调100元和下调200元。", ["up RMB 100", "down RMB 200"]),  # each its own move
        ("收入增加300万元和支出200万元。", ["up RMB 3 mn", "RMB 2 mn"]),  # no list of sums: another noun between
    ],
)
def test_a_list_of_sums_shares_its_move_and_its_per(text: str, en: list[str]) -> None:
    assert money_en(text) == en


# --- task 4: numbers written spaced (Taiwan's readr: figures55 dev-retired41 06), and 十数 ("ten-odd") ---


@pytest.mark.parametrize(
    ("text", "kind", "value", "en"),
    [
        ("今年 6 月，我成為全臺灣 4 萬 5 千多個外送員的其中之一。", "count", 45000, "45,000+"),  # was 5,000+
        ("本身有一份月薪 5 萬的正職工作。", "money", 50000, "TWD 50,000"),  # was "50,000 employees"
        ("並深度採訪十數位外送員。", "count", 10, "10+ people"),  # was not read
        ("十數萬人參加。", "count", 100000, "100,000+ people"),  # was "tens of thousands"
    ],
)
def test_spaced_numbers_and_ten_odd(text: str, kind: str, value: float, en: str) -> None:
    assert [(f.kind, f.value, f.en) for f in extract_figures(text, region="tw")] == [(kind, value, en)]


def test_tens_said_so_stay_a_vague_range() -> None:
    assert [(f.value, f.qualifier) for f in extract_figures("有数十位外送员。", region="mainland")] == [(10, "range")]


def test_a_bound_before_a_longer_word_than_homes_is_a_rules_threshold() -> None:
    # figures55 dev-retired41 04: 房屋 opens 房屋建筑 (building works), so no class of homes is named
    got = extract_figures("将建筑面积2万平方米以上的房屋建筑工程打造为智慧工地。", region="mainland")
    assert [(f.kind, f.value, f.qualifier) for f in got] == [("area", 20000, "over")]
    # ... while a class of homes by size stays no figure
    assert extract_figures("购买140平方米及以下商品住宅。", region="mainland") == []
    assert extract_figures("120平方米以上的房子比较难卖。", region="mainland") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("現有月訂單量已超過 100 萬，成長速度快。", "超過 100 萬"),  # figures55 dev-retired41 06
        ("全年出货量达1.2亿。", "1.2亿"),
        ("交付量达2.3万。", "2.3万"),
    ],
)
def test_orders_shipments_and_deliveries_by_volume_are_counts(text: str, figure: str) -> None:
    assert [(f.kind, f.text, f.unit) for f in extract_figures(text, region="mainland")] == [("count", figure, "")]


def test_townships_and_towns_are_counted_as_counties_are() -> None:
    assert [(f.text, f.en) for f in extract_figures("共有7乡。", region="mainland")] == [("7乡", "7 townships")]
    assert ("1镇", "1 town") in [(f.text, f.en) for f in extract_figures("策勒县共有7乡1镇。", region="mainland")]
    # ... a Chinese numeral with no hedge or 有 names a group, as 东北三省; words 乡/镇 open are no measure
    assert extract_figures("山区四乡受灾。", region="mainland") == []
    assert extract_figures("十八乡乡事委员会。", region="hk") == []
