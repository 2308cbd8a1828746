"""Session 17 rules of the key-figure grammar (issue 13), each from a cause of false or wrongly read figures found on
the dev and retired figure splits (figures11 dev and dev-retired12 first), checked with sentences written from general
knowledge, not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _figs(text: str, kind: str | None = None, region: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (f.text, f.unit, f.qualifier) for f in extract_figures(text, region=region) if kind is None or f.kind == kind
    ]


# --- counts: 人次 written before the number, a hedge between


def test_visits_written_before_a_hedged_number() -> None:
    assert _figs("景区国庆假期接待游客人次超过500万，创下新高。", "count") == [("超过500万", "人次", "over")]
    assert _figs("该平台开放预约以来，日均预约人次均超过80万。", "count") == [("超过80万", "人次", "over")]


# --- a subheading's figure said again right under it is one figure


def test_heading_people_said_again_with_another_measure_word() -> None:
    text = "暴雨致山区多处塌方 救援队救出12人\n暴雨导致山区多处塌方，当地救援队连夜搜救，救出12名被困村民。"
    assert _figs(text, "count") == [("12人", "人", "exact")]


def test_heading_count_said_again_with_its_measure_word() -> None:
    text = "展会开幕首日吸引逾5万观众\n展会开幕首日共吸引超过5万名观众入场参观。"
    assert _figs(text, "count") == [("超过5万名", "名", "over")]


def test_heading_count_said_again_as_at_least() -> None:
    text = "一周内该省有15名官员被查\n统计显示，一周内该省至少有15名官员被查，其中多人为县处级。"
    assert _figs(text, "count") == [("至少有15名", "名", "over")]


def test_heading_rounds_people_the_text_counts_precisely() -> None:
    text = "到港的2万多人中八成来自内地\n计划至今已有约2万4000名申请人到港。"
    assert _figs(text, "count") == [("约2万4000名", "名", "approx")]


def test_a_bound_in_a_later_paragraph_is_another_figure() -> None:
    text = (
        "某市5小时发生8起车祸致3人受伤\n当地时间周日，某市在5个小时内发生8起车祸，造成3人受伤。\n"
        "另据统计，今年以来该市已发生120起造成至少3人受伤的车祸。"
    )
    assert _figs(text, "count") == [
        ("8起", "起", "exact"),
        ("3人", "人", "exact"),
        ("120起", "起", "exact"),
        ("至少3人", "人", "over"),
    ]


# --- D3, its colon half: a number whose members are listed right after a colon is the list's size


def test_count_of_the_list_after_a_colon_is_its_size() -> None:
    assert _figs("评价一所学校有三个指标：升学率、就业率和满意度。", "count") == []
    assert _figs("企业转型有两条路：一是做高端，二是做规模。", "count") == []
    assert _figs("新规对3类人员设有例外：\n1. 未成年人；\n2. 残疾人士；\n3. 长期病患者。", "count") == []


def test_count_with_a_list_that_is_not_its_members_stays() -> None:
    # the list is longer or shorter than the number, or follows 以下/分别/包括 (the golds list those), or is referred back to
    assert _figs("全省有三个试点城市：广州、深圳、珠海和佛山。", "count") == [("三个", "个", "exact")]
    assert _figs("政府将推出以下5项措施：\n1. 减税；\n2. 退税；\n3. 补贴；\n4. 贷款；\n5. 担保。", "count") == [
        ("5项", "项", "exact")
    ]
    assert _figs("全县有11个基地，分别是：甲镇、乙镇。", "count") == [("11个", "个", "exact")]


# --- a list of parallel records (a committee's motions) is no lead and body


def test_parallel_records_each_state_their_own_sum() -> None:
    motion = (
        "本年度某部預算案於第{n}目「業務費」編列經費，{why}。爰凍結該項預算50萬元，俟該部提出書面報告後，始得動支。"
    )
    whys = ("惟相關計畫之執行進度落後，成效有待檢討", "惟委外研究案之成果未能公開", "惟宣導經費之使用效益不明")
    text = "\n".join(motion.format(n=n, why=why) for n, why in enumerate(whys, 1))
    assert _figs(text, "money", region="tw") == [("50萬元", "TWD", "exact")] * 3
    # a headline said again as the body's first sentence stays one figure
    text = "某市出口物价按月跌0.3%\n某市出口物价按月跌0.3%，跌幅多过市场预期。"
    assert len(_figs(text, "percent")) == 1
    text = (
        "某市出口物价按月跌0.3%，进口物价按月跌0.6%，两者跌幅都多过预期。\n某市出口物价按月跌0.3%，跌幅多过市场预期。"
    )
    assert [f[0] for f in _figs(text, "percent")] == ["跌0.3%", "跌0.6%"]


# --- a heading's sum and the text under it: the currency said in one of them


def test_heading_sum_without_currency_takes_the_one_named_under_it() -> None:
    text = "某国去年花3000亿支持就业\n某国政府去年花逾3000亿元（人民币，下同）支持就业创业。"
    assert _figs(text, "money", region="tw") == [("逾3000亿元", "CNY", "over")]


def test_heading_sum_said_again_under_it_without_its_currency() -> None:
    text = "某公司被罚逾700万人民币\n某公司因违规被罚款超过700万元，公司表示接受处罚。"
    for region in ("tw", "other"):  # (was also 'TWD 7 mn' in Taiwan text, '7 mn yuan' elsewhere)
        assert _figs(text, "money", region=region) == [("逾700万人民币", "CNY", "over")], region


def test_sum_said_again_in_brackets_to_give_its_conversion() -> None:
    text = "该资产包总价超百亿元人民币（100亿人民币约为18.64亿新元）。"
    assert _figs(text, "money") == [("超百亿元人民币", "CNY", "over"), ("约为18.64亿新元", "SGD", "approx")]


# --- open items of session 16: a symbol's range, a glued English scale, signs, slash fractions, currencies by place


def test_symbol_sum_whose_second_bound_writes_the_scale() -> None:
    # HK$5-6亿 was 'HKD 5' (wrong by 10^8)
    assert [(f.text, f.en) for f in extract_figures("该项目估值HK$5-6亿。")] == [("HK$5-6亿", "HKD 500–600 mn")]
    assert [(f.text, f.en) for f in extract_figures("另有US$3至4亿。")] == [("US$3至4亿", "USD 300–400 mn")]
    assert [f.en for f in extract_figures("估值US$500至1000万。")] == ["USD 5–10 mn"]
    assert [f.en for f in extract_figures("售价US$3至$5。")] == ["USD 3–5"]


def test_english_scale_glued_to_a_symbols_number() -> None:
    assert [f.en for f in extract_figures("该项目估值US$1.5bn，第三项HK$2bn。")] == ["USD 1.5 bn", "HKD 2 bn"]
    assert extract_figures("型号USD300X已停产。") == []


def test_minus_after_from_is_a_sign() -> None:
    assert [f.value for f in extract_figures("通胀率从-1%升至2%。")] == [-1.0, 2.0]
    assert [f.value for f in extract_figures("由-0.5%回升至1.2%。")] == [-0.5, 1.2]


def test_slash_fraction_before_a_unit_starting_with_a_scale_character() -> None:
    assert [f.value for f in extract_figures("每天摄入1/2千克蔬菜。")] == [0.5]
    assert [f.value for f in extract_figures("跑完全程的3/4千米处。")] == [0.75]
    assert [f.kind for f in extract_figures("这次团购大概7/8百块一个人。")] != ["ratio"]


def test_currency_of_a_sum_set_by_a_mainland_government_in_a_hong_kong_text() -> None:
    text = "香港特区政府宣布向市民发放5000元消费券。与此同时，深圳市政府也将发放总额1亿元的消费券。"
    assert [f.unit for f in extract_figures(text)] == ["HKD", "CNY"]


def test_symbols_and_colloquial_dollars_read_by_place() -> None:
    # ¥ is the yen's sign and the yuan's: a word naming Japan does not say which (review s17 R1), so as written
    assert [(f.unit, f.en) for f in extract_figures("日本的门票价格为¥1,500。")] == [("", "1,500 yen or yuan")]
    assert [f.unit for f in extract_figures("门票价格为¥1,500。")] == ["CNY"]
    # a bare $ beside another region's place in a text not of it, and Cantonese 蚊 outside Hong Kong and Macau:
    # dollars as written, no guessed currency
    assert [(f.unit, f.en) for f in extract_figures("香港的门票售价为$350。", region="mainland")] == [
        ("", "350 dollars")
    ]
    assert [f.unit for f in extract_figures("门票售价为$350。", region="hk")] == ["HKD"]
    assert [(f.unit, f.en) for f in extract_figures("一碗云吞面要60蚊。", region="mainland")] == [("", "60 dollars")]
    assert [f.unit for f in extract_figures("一碗云吞面要60蚊。", region="hk")] == ["HKD"]


# --- a range's bound is no figure alone; a price floor reads "from"


def test_the_low_end_of_a_range_of_tenths_or_of_fractions_is_no_figure_alone() -> None:
    assert extract_figures("市占率约两成到三成。") == []  # was "about 20%"
    assert extract_figures("这一比例约为三分之一到二分之一。") == []  # was "about one third" and "half"
    assert [f.en for f in extract_figures("约占三分之一，两成以上。")] == ["about one third", "over 20%"]


def test_a_price_floor_reads_from() -> None:
    assert [(f.qualifier, f.en) for f in extract_figures("iPhone 15售价5999元起。")] == [("over", "from RMB 5,999")]
    assert [f.en for f in extract_figures("總價688萬起。", region="tw")] == ["from TWD 6.88 mn"]


def test_heading_figure_said_again_once_under_it_then_stated_again() -> None:
    text = "某省向近130位干部配偶提忠告\n某省纪委开展家风活动，向近130名干部的配偶提忠告。据当地媒体报道，近130名干部的配偶参加了活动。"
    # the heading's figure said again in the first sentence under it is one figure; the next sentence states it again
    assert [f.text for f in extract_figures(text) if f.kind == "count"] == ["近130位", "近130名"]


def test_a_decimal_point_between_chinese_digits() -> None:
    # a full-width or ASCII dot between Chinese digits is the decimal point (were 6億, 7億 and 6%: wrong values)
    text = "約三．六億台幣，約花費四．七億美元，約占行銷費用的○．六％。"
    assert [f.value for f in extract_figures(text, region="tw")] == [3.6e8, 4.7e8, 0.6]
    assert [f.value for f in extract_figures("出貨二.二八億支。") if f.kind == "count"] == [2.28e8]
    assert [f.kind for f in extract_figures("二〇二三.一.五发布。")] != ["count"]  # a date's dots stay
    assert [f.value for f in extract_figures("規模十二.五億元。")] == [1.25e9]
    # a number whose integer part may be "one or two" is not read, nor its decimals alone (were 5% and 500 mn)
    assert extract_figures("出貨量年增一四.五%，規模一二.五億元。") == []


# --- figures13 dev: an index's name, a rank, units sold


def test_an_index_name_a_rank_and_units_sold_are_no_count_and_no_sum() -> None:
    assert extract_figures("標準普爾500種股票指數跌33點，《金融時報》100種股票平均價格指數大跌。") == []
    assert [f.text for f in extract_figures("市场上有500种股票。")] == ["500种"]
    assert extract_figures("香港在清廉印象指數中全球排17位。") == []
    text = "iPhone 6銷售量上看7000萬、上季銷售額衝上420億美元。"
    # 7000萬 units sold: no TWD 70 mn; a count of sales since session 40 (the volume of buyers' acts, as figures13's gold
    # lists it: 銷售量上看7000萬, unit "")
    assert [(f.kind, f.text) for f in extract_figures(text, region="tw")] == [
        ("count", "上看7000萬"),
        ("money", "420億美元"),
    ]


def test_a_bare_scale_sum_before_budget_is_money() -> None:
    text = "前兩年還在四千萬左右預算；114年度更增加6百萬預算。"
    found = [(f.text, f.unit) for f in extract_figures(text, region="tw")]
    # (114年度, Taiwan's fiscal 2025, is read as that year's date since session 22)
    assert found == [("四千萬左右", "TWD"), ("114年", "year"), ("6百萬", "TWD")]


# --- review s17: no confident currency or repeat from words that do not say it


def test_a_word_naming_japan_does_not_make_the_yuan_sign_yen() -> None:
    """R1 (high): 946c2ca read ¥ beside any Japan word as JPY with confidence, ¥5亿元 included."""
    assert [f.unit for f in extract_figures("国家统计局发布数据。中国企业在日本投资¥5亿元，建设新工厂。")] == ["CNY"]
    for text in ("人民币兑日元汇率上涨，日本游客在上海消费¥3000。", "新华社北京电 中国对日本出口额达¥100亿。"):
        assert [f.unit for f in extract_figures(text) if f.kind == "money"] == [""]
    assert [f.unit for f in extract_figures("日本的门票价格为1500日元。")] == ["JPY"]


def test_a_mainland_government_named_after_the_sum_leaves_it_home_currency() -> None:
    """R2: the government that sets a sum is its subject, before it; one thanked after it is not."""
    text = "香港電台消息：香港特區政府今日公布財政預算。政府向內地捐款1億元，四川省政府致謝。"
    assert [f.unit for f in extract_figures(text)] == ["HKD"]


def test_paragraphs_opening_with_the_outlets_formula_still_restate_the_lead() -> None:
    """R7: an 8-character shared opening is no list of records when the paragraph's numbers are all the lead's."""
    text = (
        "国家统计局数据显示，今年前三季度全国国内生产总值达到100万亿元，同比增长5.2%，经济运行总体平稳。\n"
        "国家统计局数据显示，分产业看，第一产业增加值增长4%。\n"
        "国家统计局数据显示，前三季度国内生产总值达到100万亿元，同比增长5.2%。"
    )
    assert [f.text for f in extract_figures(text)] == ["100万亿元", "同比增长5.2%", "增长4%"]
