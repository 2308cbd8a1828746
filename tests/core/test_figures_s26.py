"""Session 26 figures (issue 13): the fifth kind `quantity` and how it is scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.score import DECLARED_KINDS, Report, declared_kinds, evaluate_articles, score_briefing
from briefreader.model import Figure


def _fig(kind: str, value: float, unit: str) -> Figure:
    return Figure(kind=kind, text="x", start=0, end=1, value=value, unit=unit, qualifier="exact", en="")


# -- scoring: quantity counts only where a gold declares it


def test_quantity_is_a_declared_kind() -> None:
    assert "quantity" in DECLARED_KINDS
    assert declared_kinds({"figures": []}) == frozenset()
    assert declared_kinds({"figures": [{"kind": "quantity"}]}) == {"quantity"}
    assert declared_kinds({"figures": [], "scored": ["quantity"]}) == {"quantity"}


def test_an_undeclared_article_counts_no_quantity_extra() -> None:
    report = Report()
    score_briefing("a", [_fig("quantity", 6.5e6, "t")], [], report)
    assert report.kind("quantity").predicted == 0 and not report.extras


def test_a_declared_article_counts_quantity_hits_and_extras() -> None:
    report = Report()
    gold = [{"kind": "quantity", "text": "650万吨", "value": 6.5e6, "unit": "t", "qualifier": "exact"}]
    preds = [_fig("quantity", 6.5e6, "t"), _fig("quantity", 1.2e6, "kW")]
    score_briefing("a", preds, gold, report, frozenset({"quantity"}))
    q = report.kind("quantity")
    assert (q.matched_predicted, q.predicted, q.matched_gold, q.gold) == (1, 2, 1, 1)
    assert report.overall().predicted == 0  # not in the four kinds' overall


def test_evaluate_articles_reads_the_declaration(tmp_path: Path) -> None:
    gold = tmp_path / "g.toml"
    gold.write_text(
        '[[article]]\nfile = "a"\nsplit = "dev"\ntext = "出口钢材782.7万吨。"\nfigures = []\n'
        '[[article]]\nfile = "b"\nsplit = "dev"\ntext = "出口钢材782.7万吨。"\nscored = ["quantity"]\nfigures = []\n',
        encoding="utf-8",
    )
    q = evaluate_articles(gold, "dev").kind("quantity")
    assert (q.predicted, q.gold) == (1, 0)  # b's extra only: a never declared the kind


# -- the quantity kind: the unit closes its number; value = number x scale words in the written unit


def _one(text: str) -> tuple[str, float | None, str, str, str]:
    figs = [f for f in extract_figures(text) if f.kind in ("quantity", "area")]
    assert len(figs) == 1, (text, figs)
    f = figs[0]
    return f.kind, f.value, f.unit, f.qualifier, f.en


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "en"),
    [
        ("今年出口钢材782.7万吨，同比增长", 7.827e6, "t", "exact", "7.827 mn t"),  # the lead's example
        ("新增装机容量120万千瓦。", 1.2e6, "kW", "exact", "1.2 mn kW"),
        ("年购电量500万千瓦时以上的企业", 5e6, "kWh", "over", "over 5 mn kWh"),
        ("全年发电量33.6亿千瓦时。", 3.36e9, "kWh", "exact", "3.36 bn kWh"),
        ("节约用水4000万升。", 4e7, "L", "exact", "40 mn L"),
        ("新增储水24.3亿立方米。", 2.43e9, "m3", "exact", "2.43 bn m³"),
        ("建成1.2吉瓦光伏电站", 1.2, "GW", "exact", "1.2 GW"),
        ("两台1600兆瓦机组", 1600, "MW", "exact", "1,600 MW"),
        ("一座5MW光伏电站", 5, "MW", "exact", "5 MW"),
        ("全年用电量达500万度，", 5e6, "kWh", "exact", "5 mn kWh"),
        ("一天只用1.5度電；", 1.5, "kWh", "exact", "1.5 kWh"),
        ("土方量约120万方，", 1.2e6, "m3", "approx", "about 1.2 mn m³"),
        ("粮食产量40至50万吨，", 4e5, "t", "range", "400,000–500,000 t"),
        ("回收废油约20万升。", 2e5, "L", "approx", "about 200,000 L"),
        ("每年减少碳排放3000多吨。", 3000, "t", "over", "over 3,000 t/yr"),  # 每年 before: a rate (tester s26 U17)
        ("万元GDP能耗为1.1578吨标准煤", 1.1578, "t", "exact", "1.1578 tce"),  # coal equivalent (tester s26 U8)
        ("产能100万吨/年", 1e6, "t", "exact", "1 mn t/yr"),  # a rate per year at face value, said (tester s26 U8)
        ("每天用水量在4000-5000万升之间。", 4e7, "L", "range", "40–50 mn L/day"),  # tester s24 T5, s26 U17
        ("每天用水量约为20万升，与普通工业负荷相当", 2e5, "L", "approx", "about 200,000 L/day"),
        ("油箱容量3000升以上", 3000, "L", "over", "over 3,000 L"),  # a hedge after 升
        ("人均摄入58.5公斤", 58.5, "kg", "exact", "58.5 kg"),
        ("總建築面積30萬方", 3e5, "m2", "exact", "300,000 m²"),  # a floor area's 方 is a square metre
    ],
)
def test_a_quantity_is_read_in_its_written_unit(text: str, value: float, unit: str, qualifier: str, en: str) -> None:
    kind, v, u, q, e = _one(text)
    assert kind == ("area" if unit == "m2" else "quantity")
    assert v == pytest.approx(value) and (u, q, e) == (unit, qualifier, en)


@pytest.mark.parametrize(
    "text",
    [
        "指数由3000升至3100点",  # 升 a verb: the unit must close the number
        "价格由2.5升到3元",
        "可停靠5000吨级船舶",  # a class, not an amount
        "男子52公斤级决赛",
        "货运量10亿吨公里",  # a compound unit
        "人均用电800千瓦时/人",  # per person
        "室外温度30度",  # degrees
        "零下5度，用电负荷创新高",  # degrees, though 电 follows in the sentence
        "一方水土养一方人",  # 方 not a volume
        "吸引四方游客",
        "排量1.5升发动机",  # an engine's name
        "3立方公里的湖水",  # no unit of ours
        "这一吨货",  # an article
        "单位GDP能耗0.664吨标准煤/万元",  # a compound unit: per RMB 10,000 of GDP (tester s26 U8)
        "气温由20度升起",
    ],
)
def test_a_word_that_only_looks_like_a_unit_is_no_quantity(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind == "quantity"] == []


def test_a_measure_word_degree_of_times_is_still_a_count() -> None:
    # 度 as "times" before a rate move (units.MEASURES) is read before the quantity's 度 (kWh) is tried; since session
    # 38 how often an act was done is no key figure either (the lead's ruling): neither a quantity nor a count
    figs = extract_figures("央行年内5度调升利率")
    assert [(f.kind, f.value) for f in figs] == []
    assert [(f.kind, f.unit) for f in extract_figures("全年用电5000度")] == [("quantity", "kWh")]


def test_the_quantity_table_is_one_source() -> None:
    from briefreader.figures.units import QUANTITIES, QUANTITY_EN, QUANTITY_SYMBOLS

    assert set(QUANTITIES.values()) <= QUANTITY_SYMBOLS == set(QUANTITY_EN)
    # (Nm3: a gas at standard conditions, session 46)
    assert {"L", "m3", "Nm3", "t", "kg", "kWh", "MWh", "GWh", "kW", "MW", "GW"} == QUANTITY_SYMBOLS


# -- two subjects with the same figure in one sentence are two figures (tester s25 T2, the lead's call; s26 U8)


@pytest.mark.parametrize(
    ("text", "kind", "value", "times"),
    [
        ("道指涨0.98%，纳指涨0.43%，标普500指数涨0.43%。", "percent", 0.43, 2),
        (
            "其中，家庭设备用品及维修服务价格上涨1.9%、医疗保健和个人用品价格上涨1.9%、交通和通信价格下降2.6%。",
            "percent",
            1.9,
            2,
        ),
        ("建成中海油惠州1200万吨炼油、广州石化1200万吨炼油改扩建等项目。", "quantity", 1.2e7, 2),
        # one subject said again: once
        ("同比增长1.9%，增速1.9%。", "percent", 1.9, 1),
        ("也就是大概有16%的人,他是願意住在城裡,他們其實是16%的人。", "percent", 16, 1),  # 有 / 是: no list's items
        ("他在2009年時買下ASVEL的20%股份,外界普遍認為,他會在退休後再買入20%的股份。", "percent", 20, 1),  # not parallel
    ],
)
def test_the_same_figure_of_two_subjects_is_two_figures(text: str, kind: str, value: float, times: int) -> None:
    values = [f.value for f in extract_figures(text) if f.kind == kind]
    assert values.count(value) == times, values


# -- review s25 R4b: an amount given, then a second verb with words of its own before people: a sum, no crowd


@pytest.mark.parametrize(
    "text",
    ["拿出3000万帮扶困难群众。", "捐赠1000万帮扶困难群众。", "筹资5000万救助困难职工。", "省财政下拨1亿救助受灾群众。"],
)
def test_people_after_a_second_verb_with_its_own_words_are_no_count(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "en"), [("疏散2万受灾群众", "20,000 people"), ("慰问2万退休老人", "20,000 elderly people")]
)
def test_one_verb_word_before_people_modifies_them(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text) if f.kind == "count"] == [en]


# -- 成 after one Arabic digit is a share, as after a Chinese numeral (逾4成, 近2成: Taiwan's and Hong Kong's press)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("出租率逾5成，且租金", 50, "over"),
        ("較去年成長近2成，相對", 20, "nearly"),
        ("數據顯示，逾8成參展商", 80, "over"),
    ],
)
def test_a_share_in_cheng_after_a_digit(text: str, value: float, qualifier: str) -> None:
    # a percent since session 26 (the lead's decision; was ratio 0.5): value 50, unit %
    found = [(f.kind, f.value, f.unit, f.qualifier) for f in extract_figures(text)]
    assert found == [("percent", value, "%", qualifier)]


@pytest.mark.parametrize("text", ["過去增加2~3成，在", "2.5成", "完成3成本", "第3成员"])
def test_no_share_in_cheng_where_the_digit_is_no_tenth_of_it(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind in ("ratio", "percent")] == []


def test_a_fall_in_cheng_is_a_signed_percent_and_a_fraction_stays_a_ratio() -> None:
    assert [(f.kind, f.value, f.en) for f in extract_figures("年減逾2成，百億大")] == [
        ("percent", -20, "down over 20%")
    ]
    assert [f.kind for f in extract_figures("约占全市的五分之一")] == ["ratio"]


def test_a_cheng_percent_is_scored_only_where_a_gold_declares_it() -> None:
    from briefreader.figures.score import is_cheng_share

    pred = extract_figures("务营收占比超七成。")
    undeclared, declared = Report(), Report()
    score_briefing("a", pred, [], undeclared)
    gold = [{"kind": "percent", "text": "占比超七成", "value": 70, "unit": "%", "qualifier": "over"}]
    score_briefing("b", pred, gold, declared, declared_kinds({"figures": gold}))
    assert is_cheng_share("percent", "超七成") and not is_cheng_share("percent", "70%")
    assert undeclared.kind("percent").predicted == 0
    assert (declared.kind("percent").matched_predicted, declared.kind("percent").predicted) == (1, 1)


# -- one table, one helper (review s25 N1)


def test_kuai_verbs_are_one_table_and_alternation_one_helper() -> None:
    from briefreader import rx
    from briefreader.figures import extract

    assert set(extract._KUAI_MONEY_VERBS) <= extract._KUAI_PRICE_VERBS
    assert extract._KUAI_MONEY_VERB_RE.pattern == f"[{extract._KUAI_MONEY_VERBS}]"
    assert extract.alternation is rx.alternation
    assert rx.alternation(["超", "超过", "超"]) == "(?:超过|超)"


# -- tester s25 T3: a large amount said again in the next sentence after the same words is one figure


def test_a_total_restated_in_the_next_sentence_is_one_figure() -> None:
    trade = (
        "海关总署今天对外公布，今年前10个月，我国货物贸易进出口总值37.31万亿元，外贸实现平稳增长。"
        "据海关统计，今年前10个月，我国货物贸易进出口总值37.31万亿元，同比增长3.6%。"
    )
    assert [f.value for f in extract_figures(trade) if f.kind == "money"] == [37.31e12]


def test_parallel_items_with_words_of_their_own_keep_their_figures() -> None:
    budget = (
        "编报绩效目标的2024年度项目4个，涉及预算金额598.42万元；绩效跟踪评价的2024年度项目4个，涉及预算金额598.42万元；"
        "绩效自评的2024年度项目4个，涉及预算金额598.42万元。"
    )
    assert [f.value for f in extract_figures(budget) if f.kind == "money"] == [5984200.0] * 3
