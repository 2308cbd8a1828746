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


# -- U7: what a price is per, for a range as for one amount, and 每度 where the 度 is electricity's


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        ("秦皇岛4500大卡热量动力煤价格为625-635元/吨。", "RMB 625–635/t"),
        ("每吨价格在625至635元之间。", "RMB 625–635/t"),
        ("价格在600-700元/平方米之间。", "RMB 600–700/m²"),
        ("目前，生物质发电成本在每度0.7元左右。", "about RMB 0.7/kWh"),
        ("每度电0.5元。", "RMB 0.5/kWh"),
        ("工业用电每度0.8元。", "RMB 0.8/kWh"),
    ],
)
def test_a_price_keeps_what_it_is_per(sentence: str, en: str) -> None:
    assert [f.en for f in extract_figures(sentence) if f.kind == "money"] == [en]


@pytest.mark.parametrize("sentence", ["室温每度0.5元的调节费。", "每度1元。", "月租5-8元/平方米/月。"])
def test_a_degree_or_a_compound_unit_is_not_said(sentence: str) -> None:
    (en,) = [f.en for f in extract_figures(sentence) if f.kind == "money"]
    assert "/" not in en, en


# -- U6: a count after a verb of adding, its noun after it, is so many things added (the verb's object)


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        ("1300万千瓦发电装机容量意味着要增加500至700个生物质能发电厂。", "500–700 power plants"),
        ("一年要建成100多家生物质能电厂。", "100+ power plants"),
        ("就业人数增加了500至700人。", "up 500–700 people"),  # a level's change: its noun before the verb
        ("企业数量增加500个。", "up 500"),
        ("比上年增加300家企业。", "up 300 companies"),  # a change from another year
        ("全市减少500个岗位。", "down 500 jobs"),
        # (session 45: 职位 right after the measure word says what is added, units.NOUN_TABLE's BESIDE nouns)
        ("2018年,25至54歲婦女的就業人數增加了125,600個職位。", "up 125,600 jobs"),
    ],
)
def test_things_added_and_a_level_changed(sentence: str, en: str) -> None:
    assert [f.en for f in extract_figures(sentence) if f.kind == "count"] == [en]


def test_a_swap_station_is_no_power_plant() -> None:
    assert [f.en for f in extract_figures("全国已建设1564座换电站。")] == ["1,564"]


# -- U13: a 万/亿 sum with no 元 where the clause says money, in any region's text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("臺北市政府也宣布未來三年將投入2.7億升級技術型高中實習工場。", 270_000_000),  # 升 of 升级: no litre
        ("總獎金高達187萬的「2026捷運盃街舞大賽」熱血報名中！", 1_870_000),  # the sum, 的, what it is of
        ("並查扣高達一百二十四萬賭資及多項毒品。", 1_240_000),
        ("营收达3000万的企业有5家。", 30_000_000),
    ],
)
def test_a_sum_its_clause_names_is_money(sentence: str, value: float) -> None:
    found = [(f.kind, f.value, f.unit) for f in extract_figures(sentence, region="tw")]
    assert ("money", value, "TWD") in found, found


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("人口达3000万的城市。", None),  # the cities' population, no 30 mn cities
        ("用户数超过6亿的平台。", None),
        ("中国拥有超过6亿的手机用户。", 600_000_000),  # no noun of its own before: the users counted
        ("全国3000万的农民。", 30_000_000),
    ],
)
def test_an_amount_said_of_its_subject_before_de_counts_nothing_after(sentence: str, count: float | None) -> None:
    counts = [f.value for f in extract_figures(sentence) if f.kind == "count"]
    assert counts == ([count] if count else []), counts
    assert not [f for f in extract_figures(sentence) if f.kind == "money"]


def test_a_litre_is_still_read_before_water() -> None:
    assert [(f.kind, f.value, f.unit) for f in extract_figures("全年节水2亿升。")] == [("quantity", 2e8, "L")]


# -- U15: a numeral inside a name given in a list of names


def test_a_band_in_a_line_up_is_no_count() -> None:
    line_up = "首波卡司華麗曝光 韓國獨立天團、日本怪奇組合、楊乃文、告五人等 亞洲音樂浪潮席捲北流"
    assert not [f for f in extract_figures(line_up) if f.kind == "count"]


@pytest.mark.parametrize(
    "sentence",
    ["專案小組循線追查，成功將涉案的五人全數逮捕歸案。", "宣告五人死亡。", "其中两人受伤。", "这三家公司开源了平台。"],
)
def test_a_count_of_people_or_things_stays(sentence: str) -> None:
    assert [f.kind for f in extract_figures(sentence)] == ["count"]


# -- U16: a store's power and energy written as one pair, a slash between


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("模块来提供 100 MW/129 MWh 的容量。", [(100, "MW"), (129, "MWh")]),
        ("储能电站规模为200兆瓦/400兆瓦时。", [(200, "MW"), (400, "MWh")]),
    ],
)
def test_a_power_energy_pair_is_two_quantities(sentence: str, pair: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in extract_figures(sentence) if f.kind == "quantity"] == pair


@pytest.mark.parametrize("sentence", ["单位GDP能耗0.664吨标准煤/万元。", "水耗为1.5吨/吨钢。"])
def test_a_rate_per_another_unit_is_still_no_quantity(sentence: str) -> None:
    assert not [f for f in extract_figures(sentence) if f.kind == "quantity"]


# -- U17: a quantity after 每<time or unit> is a rate, said with its per


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        ("增加調節性放流至每秒約500立方公尺。", "about 500 m³/s"),
        ("“海葵一号”每天能处理约5600吨原油。", "about 5,600 t/day"),
        ("每人每月用水10吨。", "10 t/person/month"),
        ("每年发电量达到30亿千瓦时。", "3 bn kWh/yr"),
        ("全年用水10吨。", "10 t"),
        ("炼油能力达4550万吨/年。", "45.5 mn t/yr"),
    ],
)
def test_a_quantity_per_time_keeps_its_rate(sentence: str, en: str) -> None:
    assert [f.en for f in extract_figures(sentence) if f.kind == "quantity"] == [en]


# -- U19: standard coal is coal equivalent in a range and when named before its number


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        ("我国生物质能可利用总规模约6至7亿吨标准煤。", "about 600–700 mn tce"),  # s28: 约 before a range says about
        ("全年共节约标准煤16.28万吨，折合人民币上亿元。", "162,800 tce"),
        ("节约标准煤约3万吨。", "about 30,000 tce"),
        ("至少超过4000万吨标准煤。", "over 40 mn tce"),
        ("消耗原煤3万吨。", "30,000 t"),
    ],
)
def test_standard_coal_is_coal_equivalent(sentence: str, en: str) -> None:
    assert [f.en for f in extract_figures(sentence) if f.kind == "quantity"] == [en]


# -- review s26 R4: a share in tenths glossed at once by its exact percent in brackets is one share


@pytest.mark.parametrize(
    ("sentence", "percents"),
    [
        ("其中近四成（38.9%）为50岁或以上。", [38.9]),
        ("受访者中超七成（72.3%）表示满意。", [72.3]),
        ("近六成（59.0%）的受访者会对知心朋友诉说。", [59.0]),
        ("调查显示，近四成的受访者认为房价将上涨。", [40.0]),
        ("近四成（其中一半为男性）受访者表示满意。", [40.0]),  # the brackets say something else
    ],
)
def test_a_share_in_tenths_glossed_by_its_percent_is_one(sentence: str, percents: list[float]) -> None:
    assert [f.value for f in extract_figures(sentence) if f.kind == "percent"] == percents


# -- a statistics line "label：value" whose label names its measure (figures21's convention 1, its retired split)


def test_a_statistics_line_names_its_measure() -> None:
    text = "可售房源统计\n可售房源套数：33644\n可售房源面积(m2)：3418715.7460\n新发布住宅套数：599\n"
    found = [(f.kind, f.value, f.unit) for f in extract_figures(text)]
    assert found == [("count", 33644, "套"), ("area", 3418715.746, "m2"), ("count", 599, "套")]


@pytest.mark.parametrize("text", ["成交套数：12，比上月增加。", "编号：33644\n", "房号套数：A12\n"])
def test_a_label_without_its_measure_or_a_value_mid_line_is_not_read(text: str) -> None:
    assert not [f for f in extract_figures(text) if f.kind in ("count", "area")]
