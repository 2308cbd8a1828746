"""Session 37 figures (issue 13): what figures39's retired split (dev-retired32) and every dev set showed of percents.

- two facts with one value in one sentence: a move said "again" (再调低), and the level a change starts from after an
  amount added (额外10%…自10%增为20%), are new facts; a level then the change from it stays one;
- a cut of staff said with its verb and object (解雇75%的员工) is signed, as 裁员 is (FIGURES_GOLD §4);
- half (一半) is the fraction 1/2 where a hedge or a change says it is a share (§1), and a change by a fraction is
  signed (减少一半 -50 %, §4); the scorer scores it only where a gold lists a half (score.HALF, as FRACTION).

Each rule is a general one, checked across every dev and retired figure set (none may lose).
"""

from __future__ import annotations

import time

from briefreader.figures import extract_figures
from briefreader.figures.score import HALF, Report, declared_kinds, is_half_share, score_briefing


def _kind(text: str, kind: str, region: object = "mainland") -> list[tuple[float, str, str]]:
    figs = extract_figures(text, region=region)  # type: ignore[arg-type]
    return [(f.value, f.unit, f.qualifier) for f in figs if f.kind == kind]


# -- two facts with one value in one sentence


def test_a_move_said_again_with_again_is_a_second_act() -> None:
    text = "多間銀行在9月中調低最優惠貸款利率25基點，並在11月初及12月下旬分別再調低25基點及12.5基點。"
    assert [v for v, _, _ in _kind(text, "percent", "hk")] == [-0.25, -0.25, -0.125]
    # without "again" the same move said twice in its sentence is one figure
    once = "央行宣布调低贷款利率25个基点，即调低25个基点。"
    assert [v for v, _, _ in _kind(once, "percent")] == [-0.25]


def test_the_level_a_change_starts_from_after_an_amount_added_is_another_fact() -> None:
    text = "台電出資2.15億澳元購得額外 10% 權益，台電持有之煤礦權益佔比自 10% 增為 20%。"
    assert [v for v, _, _ in _kind(text, "percent", "tw")] == [10.0, 10.0, 20.0]


def test_a_level_then_the_change_from_it_stays_one_figure() -> None:
    # figures4 dev 10: the level in 2010, then the change that starts from it: one fact said twice
    text = "在2010年，新界共有3 050公頃土地被劃作農業用途地帶，而過去3年該地帶的土地已由3 050公頃增至3 278公頃。"
    assert [v for v, _, _ in _kind(text, "area", "hk")] == [30_500_000.0, 32_780_000.0]


# -- a cut of staff


def test_a_cut_of_staff_said_with_its_verb_and_object_is_signed() -> None:
    text = "马斯克放话要解雇75%的员工。第一个周末解雇了3700人，所以实际解雇了50%。"
    assert [v for v, _, _ in _kind(text, "percent")] == [-75.0, -50.0]
    # the number of people cut is written as its size (§4: a change of a count is positive)
    assert _kind(text, "count") == [(3700.0, "人", "exact")]


# -- half, and a change by a fraction


def test_half_is_a_fraction_where_a_hedge_or_a_change_says_share() -> None:
    cases = {
        "到目前为止，超过一半的标普500指数成份股公司公布了业绩。": (0.5, "over", "over half"),
        "重点城市重污染天数减少一半，森林面积增加。": (-0.5, "exact", "down half"),
        "其中有将近一半的製造商，在今年第3季度亏损。": (0.5, "nearly", "nearly half"),
        "中国对散装原物料的需求，占全球一半以上。": (0.5, "over", "over half"),
    }
    for text, want in cases.items():
        got = [(f.value, f.qualifier, f.en) for f in extract_figures(text, region="mainland") if f.kind == "ratio"]
        assert got == [want], text


def test_half_as_a_word_is_no_figure() -> None:
    for text in ("如何能够对自己的另一半负责？", "一半的时间在路上。", "银行授信，我们就用上一半。"):
        assert not [f for f in extract_figures(text, region="mainland") if f.kind in ("ratio", "percent")], text


def test_a_change_by_a_fraction_is_signed() -> None:
    figs = [f for f in extract_figures("排放量减少三分之一，产量增长了三分之一。") if f.kind == "ratio"]
    assert [(round(f.value, 4), f.en) for f in figs] == [(-0.3333, "down one third"), (0.3333, "up one third")]
    # a share, not a change, stays unsigned
    assert [f.en for f in extract_figures("超过三分之一的企业") if f.kind == "ratio"] == ["over one third"]


def test_the_scorer_scores_half_only_where_a_gold_lists_one() -> None:
    assert is_half_share("percent", "超过一半") and is_half_share("ratio", "减少一半")
    assert not is_half_share("percent", "50%") and not is_half_share("ratio", "三分之一")
    text = "重点城市重污染天数减少一半，供地计划完成不到四分之一。"
    predicted = extract_figures(text, region="mainland")
    listed = [{"kind": "percent", "text": "减少一半", "value": -50, "unit": "%", "qualifier": "exact"}]
    assert HALF in declared_kinds({"figures": listed})
    report = Report()
    score_briefing("a", predicted, listed, report, declared_kinds({"figures": listed}))
    assert (report.kind("percent").matched_gold, report.kind("percent").predicted) == (1, 1)
    # a gold that lists a fraction but no half (figures19's convention: 一半 unlisted) is not scored on a half
    quarter = [{"kind": "percent", "text": "不到四分之一", "value": 25, "unit": "%", "qualifier": "under"}]
    assert HALF not in declared_kinds({"figures": quarter})
    report = Report()
    score_briefing("b", predicted, quarter, report, declared_kinds({"figures": quarter}))
    assert (report.kind("percent").matched_gold, report.kind("percent").predicted) == (1, 1)


def test_half_on_a_megabyte_line_is_bounded() -> None:
    text = "一半的时间，另一半" * 115_000 + "超过一半"
    began = time.perf_counter()
    figs = extract_figures(text, region="mainland")
    assert time.perf_counter() - began < 30
    assert figs and figs[-1].en == "over half"


# -- figures42 (dev, session 37): couples, a saving, a range a change starts from


def test_couples_are_counted_by_dui_glued_to_their_number() -> None:
    text = "2020年9月份，韩国共有15324对夫妻登记结婚，比2019年同期减少3%(474对)。"
    assert _kind(text, "count") == [(15324.0, "对", "exact"), (474.0, "对", "exact")]
    # one-on-one, the preposition and a number a space away are no couples
    for other in ("外教老师，1对1欧美外教。", "提供一对一精准对接。", "逐一对照检查。", "将进行 1000 对 1000 换俘。"):
        assert _kind(other, "count") == [], other
    assert _kind("2016 對消費者來說將是重要年度。", "count", "tw") == []


def test_a_cost_saved_in_percent_is_a_cut() -> None:
    assert _kind("综合成本55元，客户省了45%。", "percent") == [(-45.0, "%", "exact")]
    # the size of a saving in money stays its size
    assert _kind("每年节省300万元。", "money") == [(3_000_000.0, "CNY", "exact")]


def test_a_range_a_change_starts_from_is_one_range() -> None:
    text = "实体业务调整后销售回报率由6%-8%上调至7%-9%。"
    assert _kind(text, "percent") == [(6.0, "%", "range"), (7.0, "%", "range")]
    # a level moved to another stays two levels
    assert _kind("存款准备金率由13%至13.5%。", "percent") == [(13.0, "%", "exact"), (13.5, "%", "exact")]


# -- §5 (the reviewer's note on 69ded61a): a lead's sum said again with its currency named or left out is one entry
# only where the words before both name the same thing


def test_a_sum_of_another_thing_of_the_leads_size_is_another_entry() -> None:
    text = "市政府投资2亿元建设新区。\n另外，市里还将给予企业补贴2亿，用于转型。\n"
    assert _kind(text, "money") == [(2e8, "CNY", "exact"), (2e8, "CNY", "exact")]


def test_the_leads_sum_said_again_of_the_same_thing_stays_one_entry() -> None:
    # 总额 / 总金额: the same head (额), the currency named once and left out once (figures7 dev-retired8 12)
    text = (
        "数码人民币在深圳拉开序幕，民众有机会分享总额1000万元人民币的数码红包。\n"
        "罗湖区政府向民众派发5万个价值200元的数码红包，总金额1000万。相关金额将直接发放。\n"
    )
    assert _kind(text, "money").count((1e7, "CNY", "exact")) == 1


def test_a_target_reached_after_another_level_of_that_size_is_another_fact() -> None:
    text = "波蘭國防預算占GDP比率4%，韓國占其GDP比率2.7%，預計十年內要拉到4%。"
    assert [v for v, _, _ in _kind(text, "percent", "tw")] == [4.0, 2.7, 4.0]
    # the same level reached, said twice, stays one
    assert [v for v, _, _ in _kind("占比将提高到4%，即提高到4%。", "percent")] == [4.0]


def test_sums_each_after_the_name_of_what_it_measures_are_facts_of_their_own() -> None:
    text = "央行以固定利率、数量招标方式开展了3125亿元7天期逆回购操作，操作利率1.40%，投标量3125亿元，中标量3125亿元。"
    assert _kind(text, "money") == [(3.125e11, "CNY", "exact")] * 3
    # the same measure named twice in one sentence is one sum said again
    assert _kind("成交额3125亿元，较上日持平，成交额3125亿元。", "money") == [(3.125e11, "CNY", "exact")]
