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


# --- figures57 (retired this session as dev-retired43), by shape ---


def test_per_event_measure_before_an_adverb_and_copula() -> None:
    # 01: 則為 between 人次 and the number (was unit "")
    text = "其他訪客的入境人次則為1 434萬，較二○一七年微升0.5%。"
    assert figs(text, "count", "hk") == [("1 434萬", 14_340_000.0, "人次")]


def test_lives_and_deaths_counted() -> None:
    assert figs("因大埔巴士奪19命車禍中，被告被控誤殺。", "count", "hk") == [("19命", 19.0, "命")]
    assert figs("近1400間房屋全倒，51死亡 22人失蹤。", "count", "taiwan") == [
        ("近1400間", 1400.0, "间"),
        ("51死亡", 51.0, ""),
        ("22人", 22.0, "人"),
    ]
    assert figs("這是一隻九命怪貓，他奉命出發，生命可貴。", "count", "taiwan") == []
    assert figs("死亡率為3%，3死亡病例。", "count", "taiwan") == []


def test_chinese_numerals_share_the_last_ones_measure() -> None:
    # 03: 分別一千零六及六十宗 (was 六十宗 alone)
    text = "較一七及一六年分別一千零六及六十宗激增。"
    assert figs(text, "count", "hk") == [("一千零六", 1006.0, "宗"), ("六十宗", 60.0, "宗")]
    # without 分別 a numeral before 及 is left alone
    assert figs("統一及六十宗案件。", "count", "hk") == [("六十宗", 60.0, "宗")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 04 and 03: one of the whole just counted
        ("6名匪徒均蒙面，其中一人持刀。", [("6名", 6.0, "名"), ("一人", 1.0, "人")]),
        ("去年有二千八百五十一宗，惟獲批的個案卻只得一宗。", [("二千八百五十一宗", 2851.0, "宗"), ("一宗", 1.0, "宗")]),
    ],
)
def test_one_of_a_whole_is_counted(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figs(text, "count", "hk") == expected


@pytest.mark.parametrize(
    "text",
    [
        "其中一人持刀。",  # no whole before it
        "我們收錄的其中一個途徑，是市民的資料。",  # one of the ways
        "3套房产当日全部成交，其中一套正是杭州的江南里。",  # 其中 names the one thing (figures2 dev 17)
    ],
)
def test_one_of_with_no_people_whole_is_the_article(text: str) -> None:
    assert [f for f in figs(text, "count", "hk") if f[1] == 1.0] == []


def test_a_span_of_years_before_jian_is_no_rooms() -> None:
    assert figs("1997到2007間，工資停滯。", "count", "taiwan") == []  # 09: was 1,997–2,007 rooms
    assert figs("共有3到5間房屋。", "count", "taiwan") == [("3到5間", 3.0, "间")]


def test_money_thrown_at_a_work() -> None:
    # 08: 砸下十幾億
    assert figs("四、五公里的海岸已經砸下十幾億，可說是黃金公路。", "money", "taiwan") == [("十幾億", 1e9, "TWD")]


def test_quoted_names_are_one_item_each() -> None:
    # 01: 「建築、測量、工程及建造」 is one of the four; the count sums the names (D3)
    text = "申請人主要來自「金融及會計服務」、「資訊科技及電訊」、「建築、測量、工程及建造」和「商業及貿易」四個界別。"
    assert figs(text, "count", "hk") == []
    text = "主要來自「體育運動」、「藝術及文化」和「廣播及娛樂」三個界別。"
    assert figs(text, "count", "hk") == []
    # five quoted names, then four: no list summed, counted
    text = "來自「甲」、「乙」、「丙」、「丁」和「戊」四個界別。"
    assert figs(text, "count", "hk") == [("四個", 4.0, "个")]


def test_vague_amounts_joined_by_a_range_word_are_one_range() -> None:
    # 07: 幾十元到幾百元 (was two sums)
    found = [(f.text, f.value, f.qualifier) for f in extract_figures("幾十元到幾百元的價格。", region="taiwan")]
    assert found == [("幾十元到幾百元", 10.0, "range")]
    assert len(figs("分别为几十元、几百元。", "money")) == 2


def test_two_neighbouring_digits_with_a_comma_are_a_pair() -> None:
    # 07: 兩、三百萬人次 (was 三百萬人次 alone, 3 mn)
    found = [
        (f.text, f.low, f.high) for f in extract_figures("遊客數從一年兩、三百萬人次，逐漸攀升。", region="taiwan")
    ]
    assert found == [("兩、三百萬人次", 2e6, 3e6)]
    assert figs("一、二、三百家。", "count", "taiwan") == [("三百家", 300.0, "家")]
    assert figs("第二、三家企業。", "count", "taiwan") == []


def test_thousands_of_a_wage_in_k() -> None:
    # 09: 基本工資調到22K (was not read)
    assert figs("審議會已將基本工資調到22K，但物價狂飆。", "money", "taiwan") == [("22K", 22_000.0, "TWD")]
    assert figs("他跑了5K，很累。", "money", "taiwan") == []
    assert figs("買了4K電視。", "money", "taiwan") == []


# --- review s48 R5 and R6 ---


def test_growth_from_nothing_is_the_level_reached() -> None:
    found = [
        (f.text, f.value, f.en) for f in extract_figures("该公司销售额实现了从0到1亿元的跨越。", region="mainland")
    ]
    assert found == [("1亿元", 1e8, "RMB 100 mn")]
    (cap,) = extract_figures("年收入0-35000元的家庭按60%报销。", region="mainland")[:1]
    assert cap.en == "up to RMB 35,000"


def test_square_chi_on_the_mainland_square_foot_for_a_building() -> None:
    (art,) = [f for f in extract_figures("这幅山水画约4平方尺，尺幅适中。", region="mainland") if f.kind == "area"]
    assert (art.value, art.en) == (pytest.approx(4 / 9), "about 4 sq chi (0.444 m²)")
    # figures14 dev 26: a Malaysian association's museum in Simplified text (read as the mainland's): feet
    (hall,) = [f for f in extract_figures("建筑面积达10550平方尺。", region="mainland") if f.kind == "area"]
    assert hall.en == "10,550 sq ft (980 m²)"


def test_square_feet_in_latin_letters() -> None:
    # dev s39b_13 (a Malaysian developer's copy): Type A (450 sqft) was no area
    text = "户型分别是：Type A (450 sqft)：适合小家庭；Type E (1,198 sqft)。"
    assert [(f.text, f.en) for f in extract_figures(text, region="my") if f.kind == "area"] == [
        ("450 sqft", "450 sq ft (41.8 m²)"),
        ("1,198 sqft", "1,198 sq ft (111 m²)"),
    ]
    assert figs("面积100 m2s", "area") == []  # a Latin unit a letter goes on after is no unit
    assert figs("买了100平米loft。", "area") == [("100平米", 100.0, "m2")]


def test_robbers_counted_with_no_measure_word() -> None:
    # figures57 dev-retired43 04: 3匪闖入 (was not read)
    assert figs("前晚近7時，3匪闖入銅鑼灣一間表行。", "count", "hk") == [("3匪", 3.0, "")]
    assert figs("三匪落網，此事匪夷所思。", "count", "hk") == []
