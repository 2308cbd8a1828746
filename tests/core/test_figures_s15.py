"""Session 15 rules of the key-figure grammar (issue 13), each from a cause of false figures found on the retired
figures9 dev-retired10 split, checked with sentences written from general knowledge, not copied from the corpus."""

from __future__ import annotations

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
