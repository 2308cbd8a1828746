"""Session 11 (13-dev2): figures7 dev's general causes, one case each."""

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region


def test_an_outlet_abroad_writing_simplified_writes_for_mainland_readers() -> None:
    r = detect_region("中国国内旅游带来4543.3亿元的收入。", source="德国之声", script="hans")
    assert (r.name, r.currency) == ("mainland", "CNY")
    # its Traditional edition, and Singapore's Simplified paper, say nothing of the currency
    assert detect_region("國內旅遊收入4543.3億元。", source="德國之聲", script="hant").currency == ""
    assert detect_region("收入4543.3亿元。", source="联合早报", script="hans").currency == ""


def test_a_republic_of_china_date_is_taiwan() -> None:
    r = detect_region("111年10月11日起至111年10月26日止，臺中市民天天抽2000元現金", source="部落格", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD")
    # a Western year and a two-digit short year are not
    assert detect_region("2022年10月11日起，天天抽2000元現金", script="hant").name == "unknown"


def test_a_hyphen_after_a_label_is_no_minus() -> None:
    (f,) = [f for f in extract_figures("天天抽-2000元現金", region="tw") if f.kind == "money"]
    assert f.value == 2000
    (g,) = [f for f in extract_figures("净利润-419.16万元", region="mainland") if f.kind == "money"]
    assert g.value == -4191600


def test_a_plus_between_two_counts_is_and() -> None:
    figs = [f for f in extract_figures("月月抽-100萬現金（1名+臺中市民專屬1名）", region="tw") if f.kind == "count"]
    assert [(f.value, f.qualifier) for f in figs] == [(1, "exact"), (1, "exact")]
    (h,) = [f for f in extract_figures("招募1000名+志願者。", region="tw") if f.kind == "count"]
    assert h.qualifier == "over"


def test_a_bound_naming_a_class_that_is_counted_is_no_figure() -> None:
    for text, kept in (
        ("两市跌幅超过50%的个股有102只。", 102),
        ("融资净流出金额超过10亿元的板块有20个。", 20),
        ("营业收入超千亿元的开发区10个。", 10),
    ):
        assert [f.value for f in extract_figures(text, region="mainland") if f.kind != "date"] == [kept], text
    # a bound that is the sum itself stays; so does a count bounding a class (gold of figures2)
    assert [f.value for f in extract_figures("带来了超3000万元的旅游收入。", region="mainland")] == [30_000_000]
    assert 1e8 in [f.value for f in extract_figures("人口超过1亿人的省份有2个。", region="mainland")]


def test_ship_sorties_tables_rule_caps_and_losses() -> None:
    def one(text: str) -> tuple:
        (f,) = [f for f in extract_figures(text, region="mainland") if f.kind != "date"]
        return f.value, f.unit, f.qualifier

    assert one("共出动7531艘次。") == (7531, "艘次", "exact")
    assert one("要求宾客宴请不得超过15桌。") == (15, "桌", "under")
    assert one("比例不得高于50%。") == (50, "%", "under")
    assert one("两周连盈利带本金就损失了70%。") == (-70, "%", "exact")


def test_a_cap_or_floor_reaches_its_number_across_a_modal_and_a_verb() -> None:
    def qual(text: str) -> str:
        (f,) = [f for f in extract_figures(text, region="mainland") if f.kind == "money"]
        return f.qualifier

    assert qual("最低能出资3000万元。") == "over"
    assert qual("最多能融得300万元。") == "under"
    assert qual("至少减少了600万元。") == "over"
    assert qual("最近出资3000万元。") == "exact"


def test_a_bound_after_the_count_of_its_class_is_no_figure() -> None:
    figs = extract_figures("209个财产超过10亿美元的顶尖富豪公开资助总额达72亿美元。", region="mainland")
    assert [(f.kind, f.value) for f in figs if f.kind in ("money", "count")] == [("count", 209), ("money", 7.2e9)]
    kept = extract_figures("5家成為估值破10億美元的獨角獸。", region="tw")
    assert 1e9 in [f.value for f in kept if f.kind == "money"]


def test_a_range_whose_unit_begins_the_next_hard_wrapped_line() -> None:
    line = "硫酸法金红石型钛白粉市场主流报价为15200-16600元/吨,锐钛型钛白粉市场主流报价为13200-15000"
    text = "\n".join(["因素被淡化,直到10月中旬期间成交重心不断上移。11月-12月供应面装置开停工波动情况较"] * 3 + [line])
    figs = [f for f in extract_figures(text + "\n元/吨,氯化法。", region="mainland") if f.kind == "money"]
    assert [(f.low, f.high) for f in figs] == [(15200, 16600), (13200, 15000)]
    # a code ending a line stays whole, its next line's sum its own
    coded = "\n".join(["因素被淡化,直到10月中旬期间成交重心不断上移。供应面装置开停工波动情况较多啊啊"] * 3)
    assert [f.value for f in extract_figures(coded + "邮政编码：200082\n元旦前。", region="mainland")] == []


def test_a_move_in_cents_restated_in_percent_keeps_its_sign() -> None:
    (f,) = [f for f in extract_figures("原油期货下跌3美分或不到0.1%，收于每桶56.93美元。") if f.kind == "percent"]
    assert (f.value, f.qualifier) == (-0.1, "under")


def test_golden_week_is_no_sum() -> None:
    text = "他们还将跟父母一起前往河南自驾旅游，加入中国数亿黄金周的旅游大军。"
    assert [f for f in extract_figures(text, region="mainland") if f.kind == "money"] == []
    assert [f.value for f in extract_figures("预计拨出3亿奖金。", region="mainland") if f.kind == "money"] == [3e8]


def test_people_named_by_their_country_are_counted() -> None:
    (f,) = extract_figures("国庆期间，大约有6亿多中国人选择出门旅行。", region="mainland")
    assert (f.kind, f.value, f.unit) == ("count", 6e8, "")


def test_the_terms_of_a_share_ratio_are_no_counts() -> None:
    for text in ("每五(5)股每股面值0.005港元之股份合併為一(1)股。", "每持有一股現有股份獲發七股。", "每10股送3股。"):
        assert [f for f in extract_figures(text, region="hk") if f.kind == "count"] == [], text
    assert [f.value for f in extract_figures("公司回購了300萬股。", region="hk") if f.kind == "count"] == [3e6]


def test_a_sum_of_assets_is_money() -> None:
    figs = extract_figures("今后将有超过6万亿的资产将要上市。", region="mainland")
    assert [(f.kind, f.value, f.unit) for f in figs] == [("money", 6e12, "CNY")]
