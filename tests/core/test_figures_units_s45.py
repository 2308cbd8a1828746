"""Session 45 (issue 13): the units of no money are literal words, built from MEASURES' entries at the table's source.

Until session 45 units.NO_MONEY_UNITS took each MEASURES entry's text up to its first "(": 对's entry opens with a
look-behind, so it gave '' (and with it bare 万 and 亿, '' under each scale), and "[条篇件台家项例]次" gave the regex's own
text. extract.py filtered 万/亿 out of one of its patterns; its table-row pattern (_OWN_UNIT) still took "（）" and
"（万）" for a unit of no money, and a row so labelled ended a money note's table.
"""

from __future__ import annotations

import re

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.units import MEASURE_WORDS, MEASURES, NO_MONEY_UNITS, measure_words

_PLAIN = re.compile(r"[\w%％‰²³㎡㎠]+")


def test_no_money_units_are_plain_words() -> None:
    assert "" not in NO_MONEY_UNITS
    assert "万" not in NO_MONEY_UNITS and "亿" not in NO_MONEY_UNITS
    odd = sorted(u for u in NO_MONEY_UNITS if not _PLAIN.fullmatch(u))
    assert odd == [], odd
    # a scale before a unit of no money is one too (万人, 亿立方米), and the words of the class entry are there
    assert {"万人", "亿立方米", "条次", "万条次", "对"} <= NO_MONEY_UNITS


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("人次", ("人次",)),
        ("家(?!庭|乡)", ("家",)),
        ("[条篇]次(?!元|数)", ("条次", "篇次")),
        ("(?<![ \\xa0])对(?![\\d一二])", ("对",)),
        ("手(?:(?![\u4e00-\u9fff])|(?=至|到))", ("手",)),
    ],
)
def test_measure_words_of_an_entry(entry: str, words: tuple[str, ...]) -> None:
    assert measure_words(entry) == words


@pytest.mark.parametrize("entry", ["(?<!x)", "[ab]", "abc", "人|家", "(?:人)"])
def test_an_entry_of_no_literal_word_is_refused(entry: str) -> None:
    with pytest.raises(ValueError):
        measure_words(entry)


def test_every_entry_has_its_words() -> None:
    for entry in MEASURES:
        words = measure_words(entry)
        assert words and all(w in MEASURE_WORDS for w in words)
        # each word is what the entry's own pattern matches, its look-arounds aside (a positive look-ahead needs its
        # context: 度 before 调)
        if "(?=" not in entry:
            for w in words:
                assert re.match(f"(?:{entry})", w + "。") is not None, (entry, w)


@pytest.mark.parametrize("label", ["费用（万）", "备注（）", "合计（亿）"])
def test_a_bare_scale_label_does_not_end_a_money_note(label: str) -> None:
    """A row labelled with a bare scale or empty brackets names no unit of no money: the note's table goes on, and the
    sum under it is read in the note's currency (it was lost: the row ended the table)."""
    text = f"单位：元\n营业收入 1,234,567.00\n{label} 88\n利润 3,000.00"
    money = [(f.text, f.value, f.unit) for f in extract_figures(text, region="mainland") if f.kind == "money"]
    assert ("3,000.00", 3000.0, "CNY") in money


@pytest.mark.parametrize("label", ["员工（人）", "销量（万辆）", "持股数量（股）", "拍卖（对）"])
def test_a_unit_label_still_ends_a_money_note(label: str) -> None:
    text = f"单位：元\n营业收入 1,234,567.00\n{label} 88\n利润 3,000.00"
    money = [f.text for f in extract_figures(text, region="mainland") if f.kind == "money"]
    assert "88" not in money


# --- a count says what it counts: a BESIDE noun of units.NOUN_TABLE right beside it (task 2 of session 45) ---


def counts(text: str, region: str | None = "mainland") -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region=region) if f.kind == "count"]


@pytest.mark.parametrize(
    ("text", "figure", "en"),
    [
        ("全国31个省份累计已完成登记。", "31个", "31 provinces"),  # was "31"
        ("新增养老床位3852张。", "3852张", "3,852 beds"),  # the noun right before, nothing after
        ("新增普通高中学位超75万个。", "超75万个", "over 750,000 school places"),  # a hedge between
        ("全国联合收割机80多万台，日均收获小麦。", "80多万台", "800,000+ harvesters"),
        ("问题房屋101.25万套。", "101.25万套", "1.0125 mn homes"),  # 问题 modifies the head, 房屋 is it
        ("作为全球最大的两个经济体，中美关系影响每一个国家。", "两个", "2 economies"),
        ("全港12個地區。", "12個", "12 regions"),  # Traditional text is read folded
    ],
)
def test_a_noun_beside_a_count_is_said(text: str, figure: str, en: str) -> None:
    assert (figure, en) in counts(text)


@pytest.mark.parametrize(
    ("text", "figure", "en"),
    [
        # the noun beside the count modifies the next one (省份 of 债务规模): what is counted is not said
        ("2015年，25个省份债务规模呈现分化。", "25个", "25"),
        ("他有两个孩子。", "两个", "2"),
        (
            "全国联合收割机80多万台投入麦收。",
            "80多万台",
            "800,000+",
        ),  # a verb after: the phrase may go on  # a noun no table names: the number alone, never a guess
    ],
)
def test_no_noun_is_guessed(text: str, figure: str, en: str) -> None:
    assert (figure, en) in counts(text)


def test_a_noun_found_further_off_is_not_replaced() -> None:
    """BESIDE nouns only fill a count NOUNS named nothing for: 家 keeps companies (企业), 名 keeps people."""
    assert ("105家", "105 companies") in counts("全国105家企业生产内燃机。")
    assert ("80名", "80 people") in counts("共有80名住户入住房产。")


# --- the same number of two nouns in one sentence is two counts (task 3 of session 45) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of equipment: each count of its own noun (figures51 dev-retired38 01: three of them were dropped)
        (
            "主要设备包括1台空气增压机（功率6500千瓦），2台工艺液氧泵（功率90千瓦）、1台氮气增压机（功率800千瓦），"
            "以及储存设备。",
            ["1台", "2台", "1台"],
        ),
        ("将构筑两条主轴、三条放射线和两条联络线。", ["两条", "三条", "两条"]),
        # the same noun again is the same count (这两家工厂…两家工厂 once, 两家机床制造商 its own)
        ("这两家工厂原先分属最著名的两家机床制造商，如今，两家工厂的工人都在生产。", ["两家", "两家"]),
    ],
)
def test_counts_of_different_nouns_are_two_figures(text: str, expected: list[str]) -> None:
    assert [t for t, _ in counts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "内容是把5项违反法例行为的定额罚款上调25%，该5项行为包括非法进入。",  # a verb after: said again
        "好地网统计显示，22城首批集中供地中，房企拿地总金额约3372.9亿元，占22城总出让金额的32%。",
        "来自深圳的两名青少年成为本届峰会上仅有的两名获得发言机会的中国学生。",  # people: one count
    ],
)
def test_a_count_said_again_is_listed_once(text: str) -> None:
    assert len(counts(text)) == 1, counts(text)


# --- an area in a unit English readers do not think in is said as written, metric beside; a vague one in words ---


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("不到15坪", "under 15 ping (49.6 m²)"),  # was "under 49.587 m²"
        ("近千坪", "nearly 1,000 ping (3,310 m²)"),  # was "nearly 3,305.8 m²"
        ("約215至429平方呎", "about 215–429 sq ft (20–39.9 m²)"),  # was "about 19.974–39.855 m²"
        ("100至200多坪", "100–200+ ping (331–661 m²)"),
        ("振林山油棕园25英亩地段", "25 acres (101,000 m²)"),  # was "101,170 m²"
        ("数千英亩", "several thousand acres (4.05–40.5 km²)"),  # was "4.0469–40.469 km²": a made-up range
        ("數十公頃", "dozens of ha"),  # was "100,000 m²–1 km²"
        ("数百平方米", "hundreds of m²"),
        # unchanged: mu as before, metric units converted
        ("25万亩", "250,000 mu (167 km²)"),
        ("面积20公顷", "200,000 m²"),
        ("规划总面积达6.74平方公里", "6.74 km²"),
    ],
)
def test_area_english(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text, region="mainland") if f.kind == "area"] == [en]


def test_every_area_unit_has_its_english() -> None:
    from briefreader.figures.units import AREA_NAMES_EN, AREAS, AREAS_AS_WRITTEN

    assert set(AREA_NAMES_EN) == set(AREAS)
    assert AREAS_AS_WRITTEN <= set(AREAS)


# --- D3: a numeral summing the names just given, the first after a long clause's last verb ---


@pytest.mark.parametrize(
    "text",
    [
        "中国影片《危情蜻蜓》获“天坛奖”最佳影片、最佳女主角、最佳编剧三项大奖。",
        "「森聯上上謙-森越」分為A、B兩棟，前者1層8戶配3電梯。",
    ],
)
def test_names_summed_after_a_long_clause_are_no_count(text: str) -> None:
    assert all(t not in ("三项", "兩棟") for t, _ in counts(text))


def test_two_acts_are_no_list_of_names() -> None:
    assert ("兩戶", "2 households") in counts("事隔5年,再花2.7億元買下同棟高樓、打通兩戶,疑似是未來的結婚新房。")
