"""Session 19 rules of the key-figure grammar (issue 13), each from a cause of false or wrongly read figures found on
the dev and retired figure splits (figures13 dev-retired14 first) or by the tester and the reviewer (session 18),
checked with sentences written from general knowledge, not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _cur(text: str, region: str | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


# --- a share's price is in its exchange's currency (figures13 dev-retired14: a broker's notes, 24 of 46 sums)


def test_a_share_price_is_in_its_exchange_currency() -> None:
    text = (
        "华南制造（1234-HK）\n"
        "集团去年收入增长12%至88.5亿元（人民币；下同），纯利为9.6亿元，每股盈利0.52元。\n"
        "策略：建议约15.2元附近买入，目标价18元，跌穿13.5元止蚀。"
    )
    assert _cur(text) == [
        ("88.5亿元", "CNY"),  # the results: the note's currency
        ("9.6亿元", "CNY"),
        ("0.52元", "CNY"),  # earnings per share: how the company reports, not a trade
        ("约15.2元附近", "HKD"),  # old: CNY (the note, or the Simplified script's mainland)
        ("18元", "HKD"),
        ("13.5元", "HKD"),
    ]
    # a Shenzhen-listed share in a Hong Kong paper: renminbi
    assert _cur("平安银行（000001.SZ）昨日股价收报12.5元。", region="hk") == [("12.5元", "CNY")]
    # no exchange named: the region decides, as before
    assert _cur("建议约15.2元附近买入。") == [("约15.2元附近", "CNY")]


# --- a decimal point a page put a space after (figures13 dev-retired14: 约2. 8元 was read as 8元, a wrong sum)


def test_a_point_with_a_space_after_it_is_still_a_decimal_point() -> None:
    assert [(f.text, f.value) for f in extract_figures("建议约3. 6元附近买入。") if f.kind == "money"] == [
        ("约3. 6元附近", 3.6)
    ]
    assert [(f.text, f.value) for f in extract_figures("利润增长4. 25%。")] == [("增长4. 25%", 4.25)]
    # a list's item number at a line's start, or before a year, is no decimal
    assert [f.value for f in extract_figures("要点如下：\n1. 5家企业获奖。") if f.kind == "count"] == [5]
    assert [f.text for f in extract_figures("附件1. 2020年工作总结") if f.kind == "date"] == ["2020年"]


# --- the first months or quarters of a year are a period of it, no deadline (tester s18 F11: "by 2024")


def test_the_first_months_of_a_year_are_no_deadline() -> None:
    for text in (
        "2024年前三季度，全市地区生产总值增长5%。",
        "2025年前11个月，出口同比增长4.0%。",
        "2023年前两月销量回升。",
    ):
        assert [f.en for f in extract_figures(text) if f.kind == "year"] == [], text
    assert [f.en for f in extract_figures("该工程于2030年前后建成。") if f.kind == "year"] == []
    # a deadline stays one
    assert [f.en for f in extract_figures("2025年前完成全部改造。") if f.kind == "year"] == ["by 2025"]
    assert [f.en for f in extract_figures("力争2027年底前全部完成。") if f.kind == "year"] == ["by 2027"]


# --- an amount in three sections, 亿, 万 and units in digits, is one amount (tester s18 F8: the 元 tail read alone)


def test_an_amount_in_three_sections_is_one_amount() -> None:
    assert [(f.text, f.value) for f in extract_figures("水土保持局編列36億5,347萬7,000元。", region="tw")] == [
        ("36億5,347萬7,000元", 3_653_477_000.0)
    ]
    assert [(f.text, f.value) for f in extract_figures("总投资1亿2345万6789元。")] == [
        ("1亿2345万6789元", 123_456_789.0)
    ]
    assert [f.value for f in extract_figures("合同金额为3亿6361万1000元。")] == [363_611_000.0]
    # the third section is units only: a year or another figure right after 万 is not read into it
    assert [f.kind for f in extract_figures("用户达1亿2000万2019年")] == ["count", "date"]


# --- words that look like numbers or count nouns across an aside (tester s18 F4, F5)


def test_just_in_case_is_no_sum() -> None:
    assert extract_figures("客户希望手头要有现金以防万一，所以提出延期。") == []  # old: RMB 11,000
    assert extract_figures("万一股价继续下跌，损失更大。") == []
    assert [f.value for f in extract_figures("奖金一万一千元。")] == [11_000.0]


def test_no_noun_is_counted_across_a_bracket() -> None:
    # old: "about 3 bn clients", the noun taken from the aside
    text = "团队管理能力在50亿左右（有客户问：别的产品一发就有50亿，你们怎么管？）"
    assert [f.en for f in extract_figures(text) if f.kind == "count"] == []
    assert [f.en for f in extract_figures("超过6亿的手机用户。")] == ["over 600 mn users"]


# --- grouped digits before a clause's comma, and hundreds in digits under 千 (figures15 dev, Malaysian press)


def test_grouped_digits_before_a_full_width_comma_are_whole() -> None:
    assert [f.value for f in extract_figures("义演为学校筹获RM2,350,800，并邀请部长主持。")] == [
        2_350_800.0
    ]  # old: 2,350
    assert [f.value for f in extract_figures("捐出$1,000,000，用于建校。", region="hk")] == [1_000_000.0]
    # a full-width comma with a digit after it is no clause end (a grouping, tester s18 F2)
    assert [f.value for f in extract_figures("港币5，000万元")] == [50_000_000.0]


def test_hundreds_in_digits_under_a_thousand() -> None:
    # 1千900万 = 19 mn (old: 900万, a confident wrong sum); 2千3百万 as before
    assert [f.value for f in extract_figures("部长交出1千900万令吉免税证。", region="my")] == [19_000_000.0]
    assert [f.value for f in extract_figures("拨款2千3百万元。")] == [23_000_000.0]


# --- which noun a count's English names (tester s18 F1, F3, F10)


def _count_en(text: str, region: str | None = None) -> list[str]:
    return [f.en for f in extract_figures(text, region=region) if f.kind == "count"]


def test_a_measure_word_of_things_counts_no_people() -> None:
    # 所 counts the centres at the phrase's end, not the elderly people it serves (old: "300 elderly people")
    assert _count_en("规划建设300所老人或残疾人日间照顾中心。") == ["300 institutions"]
    # old: "100 students"; session 49: 栋 says the buildings it counts (new user s48 U7), was "2"
    assert _count_en("两栋教学楼含100间课室学生使用。") == ["2 buildings", "100"]
    assert _count_en("新建5所学校。") == ["5 schools"]
    assert _count_en("共有120名学生参加。") == ["120 students"]


def test_a_department_count_names_departments() -> None:
    assert _count_en("四部门部署农村务农务工出行安全工作。") == ["4 departments"]  # old: "4 villages"


def test_nouns_before_de_are_what_is_counted() -> None:
    assert _count_en("开展科技、文化等8个专项的志愿服务。") == ["8"]  # old: "8 services" (专项 are programmes)
    assert _count_en("评出5个具有代表性的企业。") == ["5 companies"]  # a verb before 的: the noun after it is counted


# --- place and road names that read as counts (tester s18 F10, s19 F12)


def test_place_and_road_names_are_no_counts() -> None:
    assert _count_en("山西忻州保护五台山佛光寺文化景观。") == []  # old: 五台 = 5
    assert _count_en("國道1號五股至楊梅段拓寬工程", region="tw") == []  # old: 五股 = 5
    assert _count_en("五城至安祥路段改善", region="tw") == []  # old: "5 cities"
    assert _count_en("完成台88支線工程", region="tw") == []  # old: 88支 = 88
    # counts stay: a place counted, a range, people or occurrences before 到, a measure of things before a number
    assert _count_en("翻过三座山。") == ["3"]
    assert _count_en("购买三台至五台设备。") == ["3–5"]
    assert _count_en("三人到北京开会。") == ["3 people"]
    assert _count_en("三次到北京开会。") == []  # how often, no key figure (session 38, the lead's ruling)
    assert _count_en("購買5台88吋電視", region="tw") == ["5"]


# --- review s18 R3 and R22: a floor as a place, a pair of places


def test_homes_on_the_ground_floor_are_counted() -> None:
    assert [f.value for f in extract_figures("大厦1楼5户居民被疏散。")] == [5.0]  # old: no figure (a layout)
    assert [f.value for f in extract_figures("商场1楼3间商铺出租。")] == [3.0]
    for layout in ("1层8户", "每层6户", "一梯两户"):  # homes per storey or per lift: a layout, no count
        assert extract_figures(f"该楼{layout}。") == [], layout


def test_a_count_after_a_pair_of_places_is_counted() -> None:
    assert _count_en("据报道，中国与美国2名记者在当地被捕。") == ["2 people"]  # old: none (the pair just named)
    assert _count_en("公司和学校2名员工受伤。") == ["2 employees"]
    assert _count_en("她说，瑛太与大森两人之前听闻此事。") == []  # the two just named, said again


# --- review s18 R18: 厘 and 基点 read their rate word through the one sentence window; a 厘 restating a move


def test_a_rate_in_li_restating_the_move_is_not_listed_again() -> None:
    got = [(f.text, f.value, f.unit) for f in extract_figures("美联储加息25个基点（0.25厘）。", region="hk")]
    # old: also 0.25厘 as a rate's level 0.25% (s20: 加息 signs the move, so the figure's text holds it, +0.25 pp)
    assert got == [("加息25个基点", 0.25, "pp")]
    assert [f.value for f in extract_figures("拆息升至5.65厘、4.58厘及4.37厘。", region="hk")] == [5.65, 4.58, 4.37]


# --- tester s19 F16 and F13: digits glued past a grouping; TEU written out


def test_a_number_running_past_its_groups_is_not_cut() -> None:
    text = "应付岁出保留款1,532,476,212500,000,000负债总额1,539,649,663743,475,991余绌部分"
    assert [
        f.text for f in extract_figures(text, region="tw") if f.kind == "money"
    ] == []  # old: 1,539,649 = TWD 1.5 mn
    assert [f.value for f in extract_figures("负债总额为1,539,649,663元。", region="tw")] == [1_539_649_663.0]
    assert [f.value for f in extract_figures("2024,100家企业参展。")] == [100.0]  # an ASCII comma as a clause's


def test_standard_containers_are_teu() -> None:
    assert [f.en for f in extract_figures("上海港集装箱吞吐量达4915.8万标准箱。")] == [
        "49.158 mn TEU"
    ]  # old: "standards"


# --- an address: a block, its wing and a floor (figures15 dev)


def test_a_block_with_its_wing_and_floor_is_an_address() -> None:
    assert _count_en("员工聚集在总部2栋C座15楼会议室。") == []  # old: 2栋 = 2
    assert _count_en("新建3栋楼。") == ["3 buildings"]  # session 49: 栋 says what it counts (was "3")


# --- the acre (figures15 dev: Malaysian land, 25英亩, 卅英亩)


def test_acres_are_an_area() -> None:
    assert [(f.kind, round(f.value)) for f in extract_figures("校方购买了40英亩校地。", region="my")] == [
        ("area", 161874)
    ]
    assert [round(f.value) for f in extract_figures("物色到一片卅英亩的地段。", region="my")] == [121406]


# --- Taiwan's own writing: an ROC school year and Zhuyin letters (figures15 dev 10: a bare 萬元 had no currency)


def test_roc_school_year_and_zhuyin_say_taiwan() -> None:
    from briefreader.figures.region import detect_region

    text = "學校為下個學年度(112學年)募集獎學金，ㄧ年目標3600萬元，請校友支持。"
    assert detect_region(text, script="hant").name == "tw"  # old: unknown (no currency for 萬元)
    assert [f.unit for f in extract_figures(text, region=detect_region(text, script="hant"))] == ["TWD"]
    assert detect_region("学校2023学年招生计划公布，学费5000元。", script="hans").name == "mainland"


# --- a rate of growth that quickens or slows (tester s18 F11, related: "0.1 pp" had no sign)


def test_a_quickening_or_slowing_growth_rate_is_signed() -> None:
    assert [f.en for f in extract_figures("增速比一季度加快0.1个百分点。")] == ["+0.1 pp"]
    assert [f.value for f in extract_figures("增速比上月放缓0.3个百分点。")] == [-0.3]


# --- review s19 R2-R5 (this session's own rules, tightened)


def test_review_s19_r2_a_third_section_is_units_before_yuan_only() -> None:
    assert [(f.kind, f.value) for f in extract_figures("总投资1亿2000万3个项目已开工。")] == [
        ("money", 120_000_000.0),
        ("count", 3.0),
    ]
    assert [f.value for f in extract_figures("全省1亿2000万10%用于教育。") if f.kind == "percent"] == [10.0]


def test_review_s19_r3_a_listing_reaches_its_sentence_or_a_recommendation_line() -> None:
    text = "港股方面，腾讯控股（0700.HK）收报380元。A股方面，贵州茅台收报1800元，宁德时代收报200元。"
    assert _cur(text) == [("380元", "HKD"), ("1800元", "CNY"), ("200元", "CNY")]


def test_review_s19_r4_a_refused_grouping_never_leaves_its_first_digits() -> None:
    assert [f.value for f in extract_figures("公司收入为RM1,142,415，2023年则为RM980,000。") if f.kind == "money"] == [
        1_142_415.0,
        980_000.0,
    ]
    assert [f.value for f in extract_figures("该项目获得US$1,234,567，3家公司参与。") if f.kind == "money"] == [
        1_234_567.0
    ]
    assert [f.value for f in extract_figures("HK$12,345，3月份到账") if f.kind == "money"] == [12_345.0]


def test_review_s19_r5_only_place_making_measure_words_make_names() -> None:
    assert _count_en("会议提出五项至关重要的举措。") == ["5"]
    assert _count_en("公司购买了五辆山地自行车。") == ["5 vehicles"]
