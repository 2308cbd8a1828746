"""Session 16 rules of the key-figure grammar (issue 13), each from a cause of false figures found on the dev and
retired figure splits (figures10 dev-retired11, figures11 dev), checked with sentences written from general knowledge,
not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _texts(text: str, kind: str | None = None, region: str | None = None) -> list[str]:
    return [f.text for f in extract_figures(text, region=region) if kind is None or f.kind == kind]


# --- a digest whose standfirsts a site cut at one length ('…...') is not hard-wrapped text


def test_heading_restated_under_it_in_a_digest_of_cut_standfirsts() -> None:
    items = [
        (
            "某市暴雨已致12人死亡",
            "某市连日遭受暴雨袭击，截至星期三上午，已造成12人死亡，当地正全力搜救。据当地媒体报道，应急管理部门",
        ),
        (
            "某动物园新添8只小熊猫",
            "某动物园星期二宣布，园内今年新添8只小熊猫，健康状况良好。据动物园官方网站的消息，工作人员",
        ),
        (
            "某省今年新建学校45所",
            "某省教育厅星期一表示，该省今年共新建学校45所，新增学位数以万计。据省教育厅的通报，这些学校",
        ),
        (
            "某企业季度利润增长20%",
            "某企业星期五公布财报，第一季度利润同比增长20%，主要得益于海外市场。据公司发布的公告，公司",
        ),
    ]
    width = max(len(body) for _, body in items)
    text = "\n".join(f"{head}\n{body.ljust(width, '的')[:width]}..." for head, body in items)
    got = _texts(text)
    # each heading's figure is said again in the standfirst right under it: one figure each (the golds' D7)
    assert got == ["12人", "8只", "45所", "增长20%"], got


# --- tester s15 F5 / s16 G1: confident wrong readings


def test_slash_pair_before_a_scale_is_no_fraction() -> None:
    # 7/8百 is "seven or eight hundred", 3/4k "three or four thousand": shown as written, never "seven eighths"
    assert _texts("这次团购大概7/8百块一个人。", "ratio") == []
    assert _texts("月薪3/4k的年轻人也能负担。", "ratio") == []
    # a slash fraction stays one
    assert _texts("约占全国总量的1/5以上。", "ratio") == ["1/5以上"]
    assert _texts("占地1/3。", "ratio") == ["1/3"]


def test_block_floor_and_zone_is_an_address() -> None:
    assert _texts("办公地点位于创新中心1座3楼A区。", "count") == []
    assert _texts("新建3座15层住宅楼。", "count") == ["3座"]  # buildings of so many storeys


def test_scale_character_opening_a_name_is_no_scale() -> None:
    # a numbered list of a company whose name opens with 萬 (萬科, Vanke): no "10,000 companies"
    assert _texts("1萬科企業股份有限公司\n2萬科企業股份有限公司", "count") == []
    assert _texts("超过6亿的手机用户", "count") == ["超过6亿"]
    assert _texts("全国300万农村居民进城就业。", "count") == ["300万"]


def test_kuai_before_a_function_word_is_money() -> None:
    assert [(f.kind, f.text) for f in extract_figures("他每月寄1000块给我妈。")] == [("money", "1000块")]
    assert _texts("新增土地22块。", "count") == ["22块"]  # what is counted came before


# --- figures12 dev (13-corpus's s16 misses): measure words and a class of cars


def test_postal_bags_containers_logs_and_provincial_regions_are_measure_words() -> None:
    got = [(f.text, f.unit) for f in extract_figures("邮件处理能力将从不到100万袋件提升至超500万袋件。")]
    assert got == [("不到100万袋件", "袋件"), ("超500万袋件", "袋件")]
    (teu,) = [f for f in extract_figures("港口完成集装箱吞吐量1.2亿标箱。") if f.kind == "count"]
    assert (teu.unit, teu.value, teu.en) == ("标箱", 120_000_000, "120 mn TEU")
    assert [(f.text, f.unit) for f in extract_figures("工人用数十根原木搭成廊桥。")] == [("数十根", "根")]
    assert [(f.text, f.unit) for f in extract_figures("向广东、湖南等8省区市拨付资金。")] == [("8省区市", "省区市")]


def test_seats_of_a_class_of_cars_are_no_count() -> None:
    assert _texts("七座及七座以下小型客车免收通行费。", "count") == []
    assert _texts("这款5座SUV售价不高。", "count") == []
    assert _texts("全市新建3座大桥、7座水库。", "count") == ["3座", "7座"]


# --- one statement of a figure: a rounding heading; a list's size (the golds' D3)


def test_rounding_heading_is_the_figure_stated_under_it() -> None:
    text = (
        "今年前5个月全省外贸进出口超2.4万亿元\n据海关统计，今年前5个月，全省外贸进出口达到24188亿元，同比增长4.3%。\n"
        "全市新能源汽车保有量近80万辆\n截至5月底，全市新能源汽车保有量为79.6万辆。\n"
        "全省5G基站总数达到1236万个\n截至4月底，全省5G基站总数达到1236.4万个。"
    )
    assert [f.text for f in extract_figures(text) if f.kind in ("money", "count")] == [
        "24188亿元",
        "79.6万辆",
        "1236.4万个",
    ]


def test_a_heading_not_rounding_the_figure_under_it_stays() -> None:
    # another figure of the same unit (6.5万 is not 逾5万), a one-digit forecast (5% / 4.6%), the heading said again
    text = (
        "某市批准逾5万个申请\n该计划共收到约6万5000个申请，已批出5万1000个。\n"
        "机构上调经济增长预期至5%\n机构预计今年经济将增长5%，此前预测为4.6%。"
    )
    got = [f.text for f in extract_figures(text) if f.kind in ("count", "percent")]
    assert got == ["约6万5000个", "5万1000个", "5%", "4.6%"], got


def test_a_number_sizing_the_names_just_listed_is_no_count() -> None:
    assert _texts("庆阳、张掖、天水3个区域医疗中心加快建设。", "count") == []
    assert _texts("包括甲公司、乙公司、丙公司和丁公司共四家企业获得支持。", "count") == []
    # a list cut short by 等, a demonstrative, so many each, and parallel counted phrases are counts
    assert _texts("长荣、华航等4家公司。", "count") == ["4家"]
    assert _texts("开发区、高新区各有2家进入前十。", "count") == ["2家"]
    assert _texts("凝聚一种精神、把握两个特征。", "count") == ["两个"]


# --- signs: a minus after a hedge or a period's end (review s15 R19), a level below zero, 成 ranges and moves


def test_minus_after_a_hedge_or_a_periods_end_is_kept() -> None:
    (rate,) = extract_figures("日本央行将政策利率维持在约-0.1%。")
    assert (rate.value, rate.qualifier, rate.en) == (-0.1, "approx", "about -0.1%")
    (bound,) = extract_figures("十年期国债收益率低于-0.5%。")
    assert (bound.value, bound.qualifier, bound.en) == (-0.5, "under", "under -0.5%")
    (balance,) = extract_figures("未分配利润年末-5,482.35万元。")
    assert balance.value == -54_823_500
    assert [f.value for f in extract_figures("2023年末-2024年初的销售额为30亿元。") if f.kind == "money"] == [3e9]


def test_a_hedged_level_below_zero_is_no_fall() -> None:
    assert [f.en for f in extract_figures("该公司净利润率约为-5%。")] == ["about -5%"]
    assert [f.en for f in extract_figures("股价下跌超过23%。")] == ["down over 23%"]


def test_a_range_of_cheng_is_never_its_high_end_alone() -> None:
    # (成 is a percent since session 26)
    assert _texts("公司净利润同比下降两到三成。", "percent") == []
    assert _texts("旅游收入下降了三至五成。", "percent") == []
    assert _texts("占四成以上。", "percent") == ["四成以上"]


def test_a_move_by_so_many_tenths_says_its_direction() -> None:
    assert [f.en for f in extract_figures("营收增长三成。")] == ["+30%"]
    assert [f.en for f in extract_figures("净利润下降近四成。")] == ["down nearly 40%"]
    assert [f.en for f in extract_figures("本地企业占四成以上。")] == ["over 40%"]


# --- review s15 R5 and R17


def test_decimals_are_those_of_the_percents_own_digits() -> None:
    assert [f.en for f in extract_figures("利率由百分之3.5降至百分之五。")] == ["3.5%", "5%"]
    assert [f.en for f in extract_figures("同比下降1.0%。")] == ["-1.0%"]


def test_danwei_is_a_flat_only_in_hong_kong_and_macau() -> None:
    # on the mainland 单位 is an organisation: a statistics threshold on its revenue is a figure
    assert _texts("年营业收入2000万元以上单位纳入统计。", "money", "mainland") == ["2000万元以上"]
    # in Hong Kong a price bound on 單位 (flats) names a class of homes (the golds' D1 addendum)
    assert _texts("售價1000萬元以上單位成交減少。", "money", "hk") == []


def test_a_numeral_named_among_places_is_a_name() -> None:
    assert _texts("以往還能買到淡水、林口、五股等區的新成屋。", "count", "taiwan") == []
    assert _texts("被告家属包括其长女、三女及幼子。", "count") == []  # the third daughter
    assert _texts("新增学校3所、医院两家。", "count") == ["3所", "两家"]


def test_two_acts_on_two_equal_sums_are_two_figures() -> None:
    got = [f.text for f in extract_figures("本項擬減列200萬元整並凍結200萬元整。", region="taiwan")]
    assert got == ["200萬元整", "200萬元整"]
    assert [f.text for f in extract_figures("投资100亿元，总投资100亿元。")] == ["100亿元"]  # one sum said twice
