"""Session 15 rules of the key-figure grammar (issue 13), each from a cause of false figures found on the retired
figures9 dev-retired10 split, checked with sentences written from general knowledge, not copied from the corpus."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _texts(text: str, kind: str | None = None, region: str | None = None) -> list[str]:
    return [f.text for f in extract_figures(text, region=region) if kind is None or f.kind == kind]


# --- a bound after a price or a size naming a class of homes is no figure


def test_bound_naming_a_class_of_homes_is_no_figure() -> None:
    assert _texts("這個建案主推40坪以上的3房格局，吸引換屋族。", "area", "taiwan") == []
    assert _texts("比起動輒3千萬元以上的高價透天，小宅更好賣。", "money", "taiwan") == []
    assert _texts("去年單價150萬元以上豪宅交易共12筆。", "money", "taiwan") == []
    # ... the class counted still is
    assert _texts("去年單價150萬元以上豪宅交易共12筆。", "count", "taiwan") == ["12筆"]


def test_bound_on_what_it_measures_stays_a_figure() -> None:
    assert _texts("对违法企业处10万元以上的罚款。", "money", "mainland") == ["10万元以上"]
    assert _texts("对新建100亩以上的蔬菜基地给予补贴。", "area", "mainland") == ["100亩以上"]
    assert _texts("年销售额在1亿元及以上的，奖励50万元。", "money", "mainland") == ["1亿元及以上", "50万元"]


# --- a block's number in an address is a label


def test_block_number_before_its_flat_is_no_count() -> None:
    assert _texts("單位位於3座12樓A室，實用面積500方呎。", "count", "hk") == []
    assert _texts("该小区5栋1201室的住户", "count", "mainland") == []


def test_buildings_counted_stay_counts() -> None:
    assert _texts("屋苑共有3座大廈，提供800伙。", "count", "hk") == ["3座", "800伙"]
    assert _texts("新建3座15层住宅楼。", "count", "mainland") == ["3座"]


# --- one unit of area is what a rate is per


def test_one_unit_of_area_is_a_rate_base() -> None:
    assert _texts("市区房价1坪相差20萬元。", "area", "taiwan") == []
    assert _texts("租金涨到1亩2万元。", "area", "mainland") == []
    assert _texts("温室里1平方米可以种30株。", "area", "mainland") == []


def test_areas_of_more_than_one_unit_stay() -> None:
    assert _texts("土地面积1.5亩，租金涨到每亩2万元。", "area", "mainland") == ["1.5亩"]
    assert _texts("新增耕地21亩。", "area", "mainland") == ["21亩"]


# --- the earlier period's value (去年的 …) is stated exactly, whatever verb compares (golds' convention 8, s15)


def _qualified(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.qualifier) for f in extract_figures(text, region="mainland") if f.kind != "date"]


def test_value_of_the_earlier_period_is_exact_whatever_verb_compares() -> None:
    assert _qualified("今年销量可望超过去年的30万台。") == [("30万台", "exact")]
    assert _qualified("营收高于去年同期的156.11亿元。") == [("156.11亿元", "exact")]
    assert _qualified("出口额超过上年的500亿元。") == [("500亿元", "exact")]
    # a bound on the new value itself still is one
    assert _qualified("今年销量可望超过30万台。") == [("超过30万台", "over")]


# --- Taiwan's budget style: a third section, thousands with 千 under the 万 under a 亿


def _values(text: str, region: str = "tw") -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind, f.value) for f in extract_figures(text, region=region) if f.kind != "date"]


def test_thousands_under_the_wan_under_a_yi_are_one_sum() -> None:
    assert _values("本年度預算編列3億2,105萬6千元。") == [("3億2,105萬6千元", "money", 321056000.0)]
    assert _values("該署編列12億3千萬8千元。") == [("12億3千萬8千元", "money", 1230008000.0)]
    assert _values("國有土地面積計2萬1,234.56平方公尺遭占用。") == [("2萬1,234.56平方公尺", "area", 21234.56)]
    # a hedged section has no exact third: shown as written
    assert _values("編列1億2,000多萬8千元。") == []


# --- a currency named in an aside after the sum, (人民币，下同 …), also when the aside goes on or is cut off


def test_a_currency_note_after_the_sum_names_its_currency() -> None:
    text = "他送外卖三年能赚80万（人民币，下同，约15万新元），如今月入1万元。"
    assert [(f.text, f.unit) for f in extract_figures(text, region="tw") if f.kind == "money"] == [
        ("80万", "CNY"),
        ("约15万新元", "SGD"),
        ("1万元", "CNY"),
    ]
    text = "警方检获500万元（港元，下同，..."
    assert [(f.text, f.unit) for f in extract_figures(text, region="mainland") if f.kind == "money"] == [
        ("500万元", "HKD")
    ]


# --- a percent set as TeX math by a PDF converter is no dollar sum


def test_tex_percent_is_a_percent() -> None:
    assert _values("借款年利率为 $4.5 \\%$ ，期限三年。", "mainland") == [("4.5 \\%", "percent", 4.5)]
    assert _values("股价由$5涨到$7。", "hk") == [("$5", "money", 5.0), ("$7", "money", 7.0)]


# --- a subheading's figure said again in other words in the paragraph right under it is one figure (golds' D7)


def test_heading_figure_restated_in_other_words_under_it_is_one() -> None:
    text = "深圳将发放5000万人民币消费券\n为鼓励消费，深圳市将分批发放共计5000万元（人民币，下同）的消费券。"
    assert [f.text for f in extract_figures(text, region="hk") if f.kind == "money"] == ["5000万人民币"]
    text = "许可证限额：一万辆为起步点\n本会接受以10,000辆作为起步数量。"
    assert [f.text for f in extract_figures(text, region="hk") if f.kind == "count"] == ["一万辆"]


def test_same_sum_in_a_later_item_is_its_own() -> None:
    text = (
        "甲公司获150万美元种子资金\n甲公司在种子轮融资中获得资金。\n"
        "乙公司获得了来自某创投基金的一笔新的150 万美元投资，用于扩展东南亚业务和招聘\n"
        "据报道，某创投基金向乙公司注资150 万美元。"
    )
    # (the long line is no subheading: the last sum restates it, one figure; the first item's is its own)
    assert [f.start for f in extract_figures(text, region="mainland") if f.kind == "money"] == [4, 49]


# --- English: a hedged change says its direction; a statistic keeps the decimals written (tester s14 items 2, 4)


def _en(text: str) -> list[str]:
    return [f.en for f in extract_figures(text, region="mainland") if f.kind == "percent"]


def test_hedged_change_reads_up_or_down() -> None:
    assert _en("股价较高位下跌超过30%。") == ["down over 30%"]
    assert _en("出口同比增长近8%。") == ["up nearly 8%"]
    assert _en("利润减少约15%。") == ["down about 15%"]
    assert _en("利润减少15%，增长12%。") == ["-15%", "+12%"]  # exact changes keep their sign


def test_written_decimals_are_kept() -> None:
    assert _en("居民消费价格同比下降2.0%，失业率为5.10%。") == ["-2.0%", "5.10%"]
    assert _en("增长3%至4.0%。") == ["+3.0–4.0%"]
    assert _en("占比33.3%。") == ["33.3%"]


# --- 民國 dates (tester s14 item 5): the year of the Republic of China is 1911 + it


def test_roc_year_before_month_and_day() -> None:
    dates = [
        (f.text, f.value, f.en) for f in extract_figures("中華民國105年3月1日起施行。", region="tw") if f.kind == "date"
    ]
    assert dates == [("民國105年3月1日", 2016.0, "1 Mar 2016")]
    dates = [(f.text, f.value) for f in extract_figures("他于98年1月18日到任。", region="tw") if f.kind == "date"]
    assert dates == [("1月18日", None)]  # no 民國: the year stays unread


# --- per-mille points are no count; a number cut off by an ellipsis, its unit with it, is not read


def test_per_mille_points_are_no_count() -> None:
    assert _values("贷款利率下调超过1个千分点。", "mainland") == []


def test_number_cut_by_an_ellipsis_is_not_read() -> None:
    assert _values("公司将投资2亿美元（约14.5亿...", "mainland") == [("2亿美元", "money", 200000000.0)]
    assert _values("公司将投资约14.5亿元...", "mainland") == [("约14.5亿元", "money", 1450000000.0)]


# --- 户 counts firms as well as households (tester s14 item 3): no noun where the sentence speaks of firms


def test_hu_among_firms_has_no_household_noun() -> None:
    figures = extract_figures("全省规模以上工业企业达500户，其中营业收入超10亿元的40户。", region="mainland")
    assert [(f.text, f.en) for f in figures if f.kind == "count"] == [("500户", "500 companies"), ("40户", "40")]
    figures = extract_figures("今年完成易地搬迁群众3000户，帮扶企业20家。", region="mainland")
    assert [f.en for f in figures if f.kind == "count"][0] != "3,000"


@pytest.mark.parametrize("sentence", ["项目占地1公顷，总投资5亿元。", "该湖面积1平方公里。"])
def test_an_exact_area_of_one_unit_alone_is_an_area(sentence: str) -> None:
    # review s15 R4: one unit is a rate's base only with the rate's number after it in its
    # clause (租金上涨到1亩8万); 占地1公顷 is an area, and 2db7b96 had dropped every one
    areas = [f for f in extract_figures(sentence) if f.kind == "area"]
    assert len(areas) == 1 and areas[0].value is not None and areas[0].qualifier == "exact"
