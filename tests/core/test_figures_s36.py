"""Session 36 figures (issue 13): a lead's sum said again with its currency named or left out (FIGURES_GOLD §5, ruled
this session), and what the dev sets and figures37's retired split (dev-retired31) showed.

Each rule is a general one (what a paragraph or phrase IS), checked across every dev and retired figure set (none may
lose).
"""

from __future__ import annotations

from briefreader.figures import extract_figures


def _money(text: str, region: object = "mainland") -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]  # type: ignore[arg-type]


# -- §5: the currency word is not among the words the lead-and-body rule compares


def test_a_leads_sum_said_again_with_its_currency_named_is_one_entry() -> None:
    text = (
        "海关总署今天对外公布，前2个月，我国货物贸易进出口总值6.18万亿元，实现平稳开局。\n"
        "据海关统计，前2个月，我国外贸进出口总值6.18万亿元人民币，同比微降0.8%。\n"
    )
    assert _money(text) == [(6.18e12, "CNY")]


def test_a_leads_sum_said_again_with_its_currency_left_out_is_one_entry() -> None:
    text = (
        "数码人民币在深圳拉开序幕，民众有机会分享总额1000万元人民币的数码红包。\n"
        "罗湖区政府向民众派发5万个价值200元的数码红包，总金额1000万。相关金额将直接发放。\n"
    )
    assert _money(text).count((1e7, "CNY")) == 1
    hk = "兩間公司分別被判罰款9萬及13萬元。\n\n在觀塘裁判法院分別被判罰款9萬元及13萬元。\n"
    assert sorted(_money(hk, "hk")) == [(90000.0, "HKD"), (130000.0, "HKD")]


def test_the_same_number_in_another_currency_or_hedge_is_another_entry() -> None:
    # another currency named: another sum, whatever the number
    text = "公司去年收入1000万美元，利润增长。\n其子公司收入1000万港元，亏损收窄。\n"
    assert sorted(_money(text)) == [(1e7, "HKD"), (1e7, "USD")]
    # another hedge: another statement (约1000万元 is not 1000万元人民币)
    text = "民众有机会分享总额1000万元人民币的红包。\n另一项计划投入约1000万元，惠及商户。\n"
    assert _money(text).count((1e7, "CNY")) == 2
    # a small sum needs the same two words before it, as §5 says (150元 recurs as a new fact)
    text = "门票每张150元人民币，开放三天。\n停车费150元，另计。\n"
    assert _money(text).count((150.0, "CNY")) == 2


# -- a fraction of a whole is the percent a gold lists, scored where a gold declares fractions (FIGURES_GOLD §1)


def test_a_fraction_is_scored_as_a_percent_only_where_a_gold_lists_one() -> None:
    from briefreader.figures.score import Report, declared_kinds, is_fraction_share, score_briefing

    text = "澳洲近三分之二人口鈣質攝取未達建議量，占比约1/4，出生率为千分之五。"
    pred = extract_figures(text, region="au")  # type: ignore[arg-type]
    # the extractor shows a fraction as a fraction (a ratio: "nearly two thirds"), per mille too
    assert sorted(f.kind for f in pred) == ["ratio", "ratio", "ratio"]
    gold = [{"kind": "percent", "text": "近三分之二", "value": 200 / 3, "unit": "%", "qualifier": "nearly"}]
    declared, undeclared = Report(), Report()
    score_briefing("a", pred, gold, declared, declared_kinds({"figures": gold}))
    score_briefing("b", pred, [], undeclared, declared_kinds({"figures": []}))
    # declared: both fractions are percents (one matched, 1/4 an extra); the per-mille rate is no fraction of a whole
    assert (declared.kind("percent").matched_predicted, declared.kind("percent").predicted) == (1, 2)
    assert declared.kind("percent").matched_gold == 1
    # undeclared (an older gold that left fractions unlisted): no percent counted, the ratios for information only
    assert undeclared.kind("percent").predicted == 0 and undeclared.kind("ratio").predicted == 3
    assert is_fraction_share("percent", "近三分之二") and is_fraction_share("ratio", "1/4")
    assert not is_fraction_share("percent", "66.7%") and not is_fraction_share("ratio", "千分之五")


# -- a numbered item after another is a parallel item, not text under the first as a subheading


def test_the_next_numbered_item_states_its_own_fine() -> None:
    text = (
        "第三十五条 控排企业有下列行为之一的，由省生态环境部门责令限期改正：\n"
        "（一）虚报、瞒报或者拒绝履行碳排放报告义务的，处1万元以上3万元以下罚款。\n"
        "（二）阻碍核查机构现场核查，拒绝按规定提交相关证据的，处1万元以上3万元以下罚款；情节严重的，处5万元罚款。\n"
    )
    assert _money(text).count((10000.0, "CNY")) == 2
    # the text under a numbered heading saying its figure again is still one figure
    under = "（一）地方财政收入增速达到19.8%。\n全年地方财政收入增速达到19.8%，好于预期。\n"
    assert [f.value for f in extract_figures(under) if f.kind == "percent"] == [19.8]


# -- basis points of a percent level: the move reaches or glosses a level in percent


def test_basis_points_of_a_percent_level_are_hundredths_of_a_point() -> None:
    text = "隔夜品种下行0.1BP报1.247%；7天期上行3.1BP报1.589%。FR007涨30.0个基点报2.15%。"
    pp = [(f.value, f.unit) for f in extract_figures(text) if f.kind == "percent" and f.unit == "pp"]
    assert pp == [(-0.001, "pp"), (0.031, "pp"), (0.3, "pp")]
    glossed = "6M国股成交在1.6375%附近（较前一日上行0.75BP）。"
    assert (0.0075, "pp") in [(f.value, f.unit) for f in extract_figures(glossed)]
    # a range after a ratio's name, as one figure after it
    ranged = "科创债ETF近期的升贴水率由普遍贴水10-20BP大面积转为微幅升水。"
    assert [(f.value, f.unit, f.qualifier) for f in extract_figures(ranged)] == [(0.1, "pp", "range")]
    # a pip is no point: an exchange rate's move with no percent level
    assert [f for f in extract_figures("人民币汇率中间价下调50个基点，报7.1234。") if f.unit == "pp"] == []


# -- §5: a small change written with its change words, said again, is the lead's whatever words come before it


def test_a_small_change_said_again_with_its_change_words_is_one_entry() -> None:
    text = (
        "财政部数据显示，国有企业营业总收入756257.6亿元，同比增长1.0%；利润总额37194.5亿元，同比下降3.1%。\n"
        "1-11月，全国国有企业营业总收入同比增长1.0%，利润总额同比下降3.1%。\n"
    )
    values = [f.value for f in extract_figures(text) if f.kind == "percent"]
    assert values.count(1.0) == 1 and values.count(-3.1) == 1
    # a bare small value after other words is another fact (0.3% recurs), as §5 says
    bare = "国有企业资产负债率为1.0%，略有下降。\n另一组企业的占比也是1.0%。\n"
    assert [f.value for f in extract_figures(bare) if f.kind == "percent"] == [1.0, 1.0]


# -- an inclusive marker between a number and its unit or scale; an alternative after a bound


def test_an_inclusive_marker_between_number_and_unit_keeps_the_figure() -> None:
    text = (
        "普通住房应当同时满足以下三个条件：单套住房套内建筑面积120（含本数）平方米以下或者单套住房建筑面积144（含本数）"
        "平方米以下；实际成交总价低于750（含本数）万元。"
    )
    figs = [(f.kind, f.value, f.qualifier) for f in extract_figures(text) if f.kind in ("area", "money")]
    assert figs == [("area", 120.0, "under"), ("area", 144.0, "under"), ("money", 7_500_000.0, "under")]
    # a class of homes named after a bound is still no figure (主推58坪以上的4房格局), an alternative of a rule is
    assert [f for f in extract_figures("建商主推58坪以上的4房格局。", region="taiwan") if f.kind == "area"] == []  # type: ignore[arg-type]


# -- a game's quarter opening a sports lead is no numbered item (review s35's note on d9c7c085)


def test_a_sports_lead_opening_with_a_quarter_is_a_lead() -> None:
    lead = "第一节比赛，湖人外线命中率达52.3%，领先对手。\n数据显示，湖人外线命中率达52.3%，为赛季新高。\n"
    assert [f.value for f in extract_figures(lead) if f.kind == "percent"] == [52.3]
    # a section heading (a space after 第一节) stays a numbered item: its figures said again are new statements
    statute = "第一节 湖人外线命中率达52.3%，领先对手。\n数据显示，湖人外线命中率达52.3%，为赛季新高。\n"
    assert [f.value for f in extract_figures(statute) if f.kind == "percent"] == [52.3, 52.3]


# -- a one inside a partition of kinds; a list opened by its verb (figures37 dev-retired31 10 and 11)


def test_one_beside_another_kind_in_a_list_is_a_share_of_the_whole() -> None:
    def counts(text: str) -> list[float]:
        return [f.value for f in extract_figures(text, region="taiwan") if f.kind == "count"]  # type: ignore[arg-type]

    assert counts("店家真的有七個姊姊、一個弟弟，如此有趣的店名。") == [7.0, 1.0]
    assert counts("他有两个儿子、一个女儿。") == [2.0, 1.0]
    # the same people doing two things: a contrast, the one an article
    assert counts("两个人坐、一个人躺。") == [2.0]


def test_a_number_summing_the_names_a_verb_lists_is_no_count() -> None:
    text = "目前Liberty Air 2 Pro總計提供粉色、黑色、白色與藍色四款設計，目前已經開放通路銷售。"
    assert [f for f in extract_figures(text, region="taiwan") if f.kind == "count"] == []  # type: ignore[arg-type]
    # a reference back stays a count
    assert [f.value for f in extract_figures("包括这三个指标、另外两项") if f.kind == "count"] == [3.0, 2.0]
