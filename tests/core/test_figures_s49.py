"""Session 49 (13dev, issue 13): what a count counts, said in English; a currency's name before a range."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.units import MEASURE_CLASSES, MEASURE_NOUN_DEFAULTS, NOUN_TABLE


def english(text: str, kind: str, region: str = "mainland") -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region=region) if f.kind == kind]


# --- new user s48 U7: a count's English says what was counted ---


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # the measure word's own noun where nothing follows it (was "120", "3", "84")
        ("新盘今日推出120伙。", "hk", [("120伙", "120 flats")]),
        ("有大手買家購買2伙，分別為10樓及11樓。", "hk", [("2伙", "2 flats")]),
        ("北京朝阳区望京的三栋建筑群。", "mainland", [("三栋", "3 buildings")]),
        ("屋苑共有七幢。", "hk", [("七幢", "7 buildings")]),
        ("全年开行6037列。", "mainland", [("6037列", "6,037 trains")]),
        ("盼4年內完成布建6500床。", "tw", [("6500床", "6,500 beds")]),
        # a Hong Kong or Macau block of flats: 座 with nothing after it (dev s16_45 hk01's headline)
        ("大埔宏福苑大火，火勢蔓延7座。", "hk", [("7座", "7 buildings")]),
        # the noun beside the count (was "57", "7", "over 130,000")
        ("消防出動128架消防車及57架救護車。", "hk", [("128架", "128 fire engines"), ("57架", "57 ambulances")]),
        ("宏福苑有7座大廈陷火海。", "hk", [("7座", "7 buildings")]),
        ("特定群組將進行逾十三萬個檢測。", "hk", [("逾十三萬個", "over 130,000 tests")]),
        # a noun beside a count of things is more exact than its measure word's (villas, not buildings)
        ("项目共有别墅437栋。", "mainland", [("437栋", "437 villas")]),
    ],
)
def test_count_says_what_it_counts(text: str, region: str, expected: list[tuple[str, str]]) -> None:
    assert english(text, "count", region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # 座 with nothing after it on the mainland may be bridges, parks or dams counted earlier: not guessed
        ("实施危桥改造100座。", "mainland", [("100座", "100")]),
        # 宗 counts cases: a noun that is the subject of the case's verb is not what is counted (dev figures6 26)
        ("單日錄得24宗救護車延誤個案。", "hk", [("24宗", "24")]),
        # a people noun after a measure word of things is no more what is counted than before
        ("共有3栋老人公寓。", "mainland", [("3栋", "3 buildings")]),
    ],
)
def test_count_noun_not_guessed(text: str, region: str, expected: list[tuple[str, str]]) -> None:
    assert english(text, "count", region) == expected


def test_new_defaults_are_measure_words_and_nouns_are_simplified() -> None:
    # one table each: every default names a measure word the extractor reads (its English plural), and the nouns
    # added are Simplified (the extractor reads folded text)
    for word in ("伙", "栋", "幢", "列", "集", "册", "篇", "床", "题"):
        assert MEASURE_NOUN_DEFAULTS[word].endswith("s")
    assert "棟" in MEASURE_CLASSES and MEASURE_NOUN_DEFAULTS["棟"] == MEASURE_NOUN_DEFAULTS["栋"]
    for word in ("救护车", "大厦", "检测", "直升机"):
        assert word in NOUN_TABLE


# --- new user s48 U11: a text starting with a currency's name and a range ---


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("人民币3亿至5亿", "mainland", [("人民币3亿至5亿", "RMB 300–500 mn")]),
        ("人民币3至5亿", "mainland", [("人民币3至5亿", "RMB 300–500 mn")]),
        ("公司公告。人民币3亿到5亿", "mainland", [("人民币3亿到5亿", "RMB 300–500 mn")]),
        ("港幣800萬至1,000萬", "hk", [("港幣800萬至1,000萬", "HKD 8–10 mn")]),
    ],
)
def test_currency_name_before_a_range(text: str, region: str, expected: list[tuple[str, str]]) -> None:
    assert english(text, "money", region) == expected


def test_currency_name_before_a_range_of_other_things() -> None:
    # the range names its own unit after it: shares, not yuan
    assert english("人民币3亿至5亿股", "money") == []
    assert english("人民币3亿至5亿股", "count") == [("3亿至5亿股", "300–500 mn shares")]


# --- false counts by shape: a ranking's size, a road's section ---


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("如今在全球25家最大私人银行榜单上分别排在第23和第21位。", "mainland"),  # figures54 r40 04
        ("在美国《新闻周刊》评选出的“全美100所最佳高中”里。", "mainland"),  # figures49 r37 07
        ("香港位列頭10個最創新的地方之一。", "hk"),  # figures27 r26 02
        ("至成功路四段南側附近而沒入市區。", "tw"),  # an address's road section
        ("店面位於忠孝東路三段。", "tw"),
    ],
)
def test_no_count(text: str, region: str) -> None:
    assert english(text, "count", region) == []


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a superlative said of a count says which is most: still a count (figures10 dev 13, figures38 dev 10)
        ("各行政區中以三民區達5616戶最多，其次是鳳山區4583戶。", "tw", ["5616戶", "4583戶"]),
        ("其中以台南市471例最多。", "tw", ["471例"]),
        # one thing's capacity, no ranking (figures51 r38 01)
        ("新增1套最大生产能力为产氧32000标准立方米/小时的空分装置。", "mainland", ["1套"]),
        ("工程分為四段施工。", "tw", ["四段"]),
    ],
)
def test_still_a_count(text: str, region: str, expected: list[str]) -> None:
    assert [t for t, _ in english(text, "count", region)] == expected


# --- an escaped decimal point ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures53 dev-retired39 06, 07: was no area
        ("政府宣布收回北區7幅私人土地，面積涉約0###DOT###34公頃。", ("約0###DOT###34公頃", 3400.0)),
        ("將打算建屋的9###DOT###5公頃土地。", ("9###DOT###5公頃", 95000.0)),
    ],
)
def test_escaped_point(text: str, expected: tuple[str, float]) -> None:
    (area,) = [f for f in extract_figures(text, region="hk") if f.kind == "area"]
    assert (area.text, round(area.value or 0, 6)) == expected
    assert text[area.start : area.end] == area.text


def test_escaped_point_needs_digits_on_both_sides() -> None:
    # no digit before the escape: no point (the number after it is read as written, never as 0.12)
    values = [f.value for f in extract_figures("第###DOT###12宗個案與5###DOT###公頃", region="hk")]
    assert 0.12 not in values and 1200.0 not in values


# --- money's tail: a round sum before a budget or a debt; no implausible count of places ---


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # figures11 dev 14, figures55 r41 06: a bare 百萬 was no figure
        (
            "前兩年還在四千萬左右預算，年增百萬預算；",
            "tw",
            [("四千萬左右", "about TWD 40 mn"), ("百萬", "up about TWD 1 mn")],
        ),
        ("看到朋友投資失敗欠的百萬債靠外送工作償還。", "tw", [("百萬", "about TWD 1 mn")]),
        ("背負千萬債務。", "tw", [("千萬", "about TWD 10 mn")]),
    ],
)
def test_round_sum_before_budget_or_debt(text: str, region: str, expected: list[tuple[str, str]]) -> None:
    assert english(text, "money", region) == expected


@pytest.mark.parametrize(
    "text",
    [
        "百萬債券發行。",  # bonds, no debt's sum
        "拼多多的百亿补贴。",  # a programme's name
        "持续推广“千万工程”经验。",  # a programme's name
        "萬家燈火。",
    ],
)
def test_round_scale_before_other_words_is_no_sum(text: str) -> None:
    assert english(text, "money", "tw") == []


def test_no_count_of_tens_of_millions_of_places() -> None:
    # figures54 r40 11: was "69.4 bn villages"; the places a people noun's phrase starts with describe the people
    assert english("霾葬大林蒲：694億遷村抹不去的罪", "count", "tw") == []
    assert english("现行标准下近1亿农村贫困人口全部脱贫。", "count") == [("近1亿", "nearly 100 mn people")]
    assert english("全国共有50万村庄。", "count") == [("50万", "500,000 villages")]


# --- figures58 (retired as dev-retired44 this session): its misses and false figures, by shape ---


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a middle dot between digits, a scale or a unit after it, is a decimal point (was "USD 500 mn", "4 pp")
        ("其中收付外汇部分出大于进２６·５亿美元。", "money", [("２６·５亿美元", "USD 2.65 bn")]),
        ("影响总水平上升２·４个百分点。", "percent", [("上升２·４个百分点", "+2.4 pp")]),
        # ... never a date's (an event named by its day)
        ("国务院“7·23”甬温线特别重大铁路交通事故调查组。3·30新政后。", "money", []),
    ],
)
def test_middle_dot_decimal_point(text: str, kind: str, expected: list[tuple[str, str]]) -> None:
    assert english(text, kind) == expected
    assert english(text, "count") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "黃家珍的果園占地 3 甲半，1 甲半撥給兒子做有機果園，另外 2 甲原本全種甜柿。",
            [("3 甲半", 33947.1), ("1 甲半", 14548.8), ("2 甲", 19398.3)],
        ),
        ("果農蔡秀玉所持有的 7 分多地，就是從檳榔樹改種。", [("7 分", 6789.4)]),
        ("他替自家的三甲果園買了保險。", [("三甲", 29097.5)]),
    ],
)
def test_taiwan_jia_and_fen(text: str, expected: list[tuple[str, float]]) -> None:
    areas = [(f.text, round(f.value or 0, 1)) for f in extract_figures(text, region="tw") if f.kind == "area"]
    assert areas == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("這家醫院是三甲醫院。", "tw"),  # a hospital's grade
        ("他在比賽中進入前三甲。", "tw"),  # the first three
        ("該校今年2甲成績亮眼。", "tw"),  # no land in the sentence
        ("果園占地 3 甲半。", "mainland"),  # Taiwan's unit, read in a Taiwanese text only
        ("比賽進行了 5 分鐘。", "tw"),
    ],
)
def test_jia_and_fen_as_words(text: str, region: str) -> None:
    assert [f for f in extract_figures(text, region=region) if f.kind == "area"] == []


def test_mian_counts_flat_things() -> None:
    text = "縣市長至少要掛40到50面看板，議員也要10面看板。基地3面臨路，四面八方。"
    assert english(text, "count", "tw") == [("40到50面", "40–50 billboards"), ("10面", "10 billboards")]


@pytest.mark.parametrize(
    ("text", "region", "kind", "expected"),
    [
        # the rate after 1美元兑(换) is an exchange-rate level (FIGURES_GOLD §1), as a band of them is
        ("人民币兑美元汇率预计会降到1美元兑换6.70至6.80元人民币左右。", "mainland", "money", []),
        ("全年人民币平均汇率为1美元兑6.8985元人民币。", "mainland", "money", []),
        # 起跳 ("from"), not 起 cases
        ("選議員至少500萬 選縣市長上億起跳", "tw", "count", []),
        # a dash opens a list as a colon does: the list's size, no count (D3)
        ("中国两家国有银行——中国建行(CCB)和中国农行(ABC)——在伦敦发行了债券。", "mainland", "count", []),
    ],
)
def test_no_figure(text: str, region: str, kind: str, expected: list[tuple[str, str]]) -> None:
    assert english(text, kind, region) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高溫和乾旱導致超過 40 億的農損；寒流和颱風釀成逾 200 億的災損。", ["超過 40 億", "逾 200 億"]),
        ("最後兩個月狂燒8000多萬。", ["8000多萬"]),
        ("電視廣告最燒錢 一砸就是上千萬 除了基本的看板", ["上千萬"]),
    ],
)
def test_losses_and_money_burnt(text: str, expected: list[str]) -> None:
    assert [t for t, _ in english(text, "money", "tw")] == expected


def test_fever_is_no_spending() -> None:
    assert english("他發燒3000多萬次", "money", "tw") == []
