"""Session 32 figures (issue 13): what figures28's retired split (dev-retired27) showed the extractor lacked — whose
dollar a Singapore daily's bare 元 is, a move in dimes then the level it reaches, digits under 千/百, a price per 坪
with 一 for 每, 新元 before its number — each case with its neighbours and the guards that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import detect_region, extract_figures


def _money(text: str, region: object = None) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]  # type: ignore[arg-type]


# -- whose dollar: a Singapore daily's own item names 新加坡 often and the mainland only in a company's name (中国石化,
# Sinopec): its bare 元 is SGD, not shown as written (figures28 07: eleven sums were "yuan")

FUEL = (
    "中东冲突再次推高柴油价格 每公升又破4新元\n本地四家主要油商近期上调汽油和柴油价格。\n"
    "截至星期二晚上7时，根据新加坡消费者协会应用，加德士和壳牌柴油价格涨幅最大，每公升上涨1.2角至4.07元；"
    "埃索和中国石化则分别涨至4.03元和3.97元。\n新加坡国立大学的研究所所长受访时说，油价上涨主要因为供应受到干扰。\n"
    "受影响，新加坡炼油毛利已从去年每桶约6.50美元（约新元8.27元）大幅升至近期约25美元。\n"
    "他分析说，新加坡约95%的电力由天然气发电。新加坡的交通和物流公司或面对更高的燃油成本。"
)


def test_a_singapore_dailys_own_item_is_in_its_dollars() -> None:
    region = detect_region(FUEL, source="联合早报", script="hans")
    assert (region.name, region.currency) == ("sg", "SGD")
    assert ("4.03元", 4.03, "SGD") in _money(FUEL, region)


def test_its_china_desk_still_names_the_mainland() -> None:
    # the same outlet on the mainland: the mainland named as often as home (or more) keeps no SGD for a bare 元
    china = (
        "中国国家统计局公布，中国上半年经济增长5.5%。北京和上海的消费回升，广东出口增加。新加坡分析师说，"
        "中国经济仍面对压力。新加坡和中国的贸易额增加。新加坡企业在中国投资1000亿元。"
    )
    region = detect_region(china, source="联合早报", script="hans")
    assert region.currency != "SGD"


def test_an_unknown_outlet_naming_china_once_stays_undecided() -> None:
    # no outlet of Singapore's: the old rule (any mainland word, no currency) holds
    region = detect_region(FUEL, source="", script="hans")
    assert region.currency == ""


# -- a move in dimes, then the level it reaches: two sums, not a range (每公升上涨1.2角至4.07元 was "up 0.12–4.07")


def test_a_move_in_dimes_then_the_level_is_two_sums() -> None:
    got = _money("加德士和壳牌柴油价格涨幅最大，每公升上涨1.2角至4.07元。", "sg")
    assert got == [("1.2角", 0.12, "SGD"), ("4.07元", 4.07, "SGD")]


def test_a_range_in_dimes_stays_one_range() -> None:
    figs = [
        f for f in extract_figures("本地油商上调价格，每公升涨幅介于0.8角至1.2角。", region="sg") if f.kind == "money"
    ]
    assert [(f.value, f.qualifier, f.unit) for f in figs] == [(0.08, "range", "SGD")]
    # a range of 元 after a growth verb is read as before
    assert [f.qualifier for f in extract_figures("票价上涨5元至8元不等。", region="mainland")] == ["range"]


# -- digits under 千 and 百 with the tens and units in digits (Taiwan's budget style: 1千1百78萬元)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("113年龍舟共核銷1千1百78萬元，", 11_780_000.0),
        ("預算5百20萬元。", 5_200_000.0),
        ("東京都市圏人口3千6百70萬人以上。", None),
    ],
)
def test_digits_under_hundreds_are_one_number(text: str, value: float | None) -> None:
    figs = extract_figures(text, region="tw")
    if value is None:  # a count in the same shape
        assert [(f.value, f.kind) for f in figs] == [(36_700_000.0, "count")]
    else:
        assert [(f.value, f.unit) for f in figs] == [(value, "TWD")]


def test_older_shapes_under_thousands_hold() -> None:
    assert [f.value for f in extract_figures("罰款3千5百元", region="tw")] == [3500.0]
    assert [f.value for f in extract_figures("847亿1千3百余万元", region="tw")] == [84_713_000_000.0]
    assert [(f.value, f.unit) for f in extract_figures("1千900万令吉", region="my")] == [(19_000_000.0, "MYR")]


# -- a price per 坪 with 一 for 每 (市價土地一坪17萬: Taiwan's land and flat prices, no 元 written)


def test_a_price_per_ping_said_with_yi() -> None:
    got = extract_figures("當年附近市價土地一坪17萬，為何會賤價賣給建設公司一坪9萬？", region="tw")
    assert [(f.value, f.unit, f.en) for f in got] == [
        (170_000.0, "TWD", "TWD 170,000/ping"),
        (90_000.0, "TWD", "TWD 90,000/ping"),
    ]
    hedged = extract_figures("地上權的大樓，一坪就40萬左右，", region="tw")
    assert [(f.value, f.qualifier) for f in hedged] == [(400_000.0, "approx")]


def test_an_area_in_ping_is_no_price() -> None:
    assert [(f.kind, f.unit) for f in extract_figures("他買了十一坪的房子", region="tw")] == [("area", "m2")]
    assert extract_figures("一坪的土地", region="tw") == []


# -- 新元 before its number (（约新元8.27元）: a gloss in Singapore dollars); never the inside of a word


def test_new_yuan_before_its_number() -> None:
    got = extract_figures("每桶约6.50美元（约新元8.27元）", region="other")
    assert [(f.value, f.unit, f.qualifier) for f in got] == [(6.5, "USD", "approx"), (8.27, "SGD", "approx")]


@pytest.mark.parametrize("text", ["创新元8元", "他们更新元2.5元的价格"])
def test_new_yuan_inside_a_word_names_no_currency(text: str) -> None:
    assert [f.unit for f in extract_figures(text, region="other") if f.kind == "money"] == [""]


# -- a list of labelled amounts with no unit, one of whose items a money word names (經費): every item is a sum


def test_a_budget_list_whose_item_names_money() -> None:
    text = "錢花到哪裡去呢？原來，今年標案750萬、火舞表演85萬、新聞處轉播150萬、各工作組經費200萬，但最重要的獎金只有50萬元，"
    assert [(v, u) for _, v, u in _money(text, "tw")] == [
        (7_500_000.0, "TWD"),
        (850_000.0, "TWD"),
        (1_500_000.0, "TWD"),
        (2_000_000.0, "TWD"),
        (500_000.0, "TWD"),
    ]


@pytest.mark.parametrize("text", ["北京2100万、上海2400万人", "報名人數750萬、觀眾85萬，"])
def test_a_list_that_names_no_money_is_no_list_of_sums(text: str) -> None:
    assert _money(text, "tw") == []


# -- a move no band would span, then the level it reached (早盤勁揚5元至633元; 增加305亿港元至3.51万亿港元)


def test_a_move_then_a_far_level_is_two_sums() -> None:
    got = _money("台積電早盤勁揚5元至633元，AI概念股勁揚。", "tw")
    assert got == [("5元", 5.0, "TWD"), ("633元", 633.0, "TWD")]
    got = _money("外汇基金资产增加305亿港元至3.51万亿港元。", "mainland")
    assert [(v, u) for _, v, u in got] == [(30_500_000_000.0, "HKD"), (3_510_000_000_000.0, "HKD")]


def test_a_band_of_a_move_and_a_plain_range_stay_ranges() -> None:
    assert [f.qualifier for f in extract_figures("票价上涨5元至8元不等。", region="mainland")] == ["range"]
    assert [f.qualifier for f in extract_figures("价格在5元至633元之间。", region="tw")] == ["range"]


# -- falls said otherwise: a forecast revised down, negative growth, a share that dropped, a growth of minus so much


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("預測下修0.3個百分點。", -0.3, "pp"),
        ("今年經濟負成長3%。", -3.0, "%"),
        ("预计全年负增长1.5%。", -1.5, "%"),
        ("市占率掉了2個百分點。", -2.0, "pp"),
        ("營收年增-3%，", -3.0, "%"),
        ("營收年增3%，", 3.0, "%"),  # guards: a rise stays positive
        ("經濟成長率上修0.3個百分點。", 0.3, "pp"),
    ],
)
def test_the_sign_of_a_change(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text, region="tw") if f.kind == "percent"] == [(value, unit)]


# -- 各 as 分别: a list of numbers sharing the last one's unit after "each" and its verb


def test_each_before_a_list_sharing_its_unit() -> None:
    figs = extract_figures("退撫等基金規模各減少3.59、2.67、2.4、2.87及0.65個百分點。", region="tw")
    assert [(f.value, f.unit) for f in figs if f.kind == "percent"] == [
        (-3.59, "pp"),
        (-2.67, "pp"),
        (-2.4, "pp"),
        (-2.87, "pp"),
        (-0.65, "pp"),
    ]


@pytest.mark.parametrize("text", ["各地1、2家", "第1、2名", "各國在1、2個百分點之間"])
def test_a_nouns_each_or_an_ordinal_shares_nothing(text: str) -> None:
    assert len([f for f in extract_figures(text, region="tw") if f.kind == "percent"]) <= 1


# -- a known outlet writes its own 元 bare and names every other currency: a 美元 sum before it makes it no doubt


def test_a_known_outlets_bare_yuan_after_a_dollar_sum() -> None:
    # two markets: the dollar sums a market abroad's (美股, 道瓊 before them), the bare one the outlet's home's
    text = (
        "美股周四強勁反彈，道瓊指數再創歷史新高，台股今日上漲近90點。"
        "台積電漲0.43美元或0.38%，收113.39美元，台積電早盤勁揚5元至633元，AI概念股勁揚。"
    )
    region = detect_region(text, source="中時新聞網", script="hant")
    assert region.outlet
    assert [(v, u) for _, v, u in _money(text, region)] == [
        (0.43, "USD"),
        (113.39, "USD"),
        (5.0, "TWD"),
        (633.0, "TWD"),
    ]
    # no outlet known, or a foreign company's results in a known outlet: whose 亿元 it is stays unsaid (tester s21,
    # review s32 R3)
    assert [u for _, _, u in _money("该公司营收50亿美元，利润8亿元。")] == ["USD", ""]
    apple = "美國蘋果公司今天公布第一季財報，營收達1195億美元，年增2%，淨利339億元。"
    assert [u for _, _, u in _money(apple, detect_region(apple, source="中央社", script="hant"))] == ["USD", ""]


# -- a hedge between two scales in Arabic digits (3千多万元, 6百多億), as 两千多万 reads


@pytest.mark.parametrize(
    ("text", "value"),
    [("投入3千多万元。", 30_000_000.0), ("台南公共債務6百多億，到現在剩不到4百億元。", 60_000_000_000.0)],
)
def test_a_hedge_between_two_scales(text: str, value: float) -> None:
    figs = extract_figures(text, region="tw")
    assert (figs[0].value, figs[0].qualifier) == (value, "over")


# -- a share in tenths: 多 after it is "more than" (6成多), and 在 after it says where that share is (3成在…)


def test_a_share_in_tenths_with_more_and_where() -> None:
    figs = extract_figures("目前6成多用在封裝測試，3成在電子代工服務。", region="tw")
    assert [(f.value, f.qualifier, f.text) for f in figs] == [(60.0, "over", "6成多"), (30.0, "exact", "3成")]
    assert extract_figures("他完成在即", region="tw") == []  # 成 of a word, no share


# -- review s32 R2, R7, R10 guards kept here too: 不等 says a range; a counted item's label; the adverb 八成在


def test_a_range_said_by_butong_and_a_counts_label_and_the_adverb() -> None:
    figs = [
        f
        for f in extract_figures("今年各地最低工资标准上调200元至1000元不等。", region="mainland")
        if f.kind == "money"
    ]
    assert [(f.low, f.high, f.qualifier) for f in figs] == [(200.0, 1000.0, "range")]
    assert [
        f.text for f in extract_figures("這位網紅訂閱數120萬、年收入300萬。", region="tw") if f.kind == "money"
    ] == ["300萬"]
    assert extract_figures("他八成在家睡觉，电话一直没人接。", region="mainland") == []
