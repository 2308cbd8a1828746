"""Session 18 rules of the key-figure grammar (issue 13), each from a cause of false or wrongly read figures found by
the tester (session 17) or on the dev and retired figure splits (figures12 dev-retired13 first), checked with
sentences written from general knowledge, not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _en(text: str, kind: str | None = None, region: str | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region=region) if kind is None or f.kind == kind]


# --- an area written in square metres stays in square metres (tester s17 F7)


def test_floor_space_in_square_metres_keeps_its_unit() -> None:
    # 万平方米 of floor space is no piece of land: "1.2 mn m²", not "1.2 km²"
    assert _en("新城区住宅总建筑面积约120万平方米。", "area") == [("约120万平方米", "about 1.2 mn m²")]
    assert _en("今年计划新开工150万至200万平方米。", "area") == [("150万至200万平方米", "1.5–2 mn m²")]
    assert _en("新建厂房建筑面积12万平方米。", "area") == [("12万平方米", "120,000 m²")]
    # land written in 平方公里 (or 公顷) is still km²
    assert _en("规划面积约3.5平方公里。", "area") == [("约3.5平方公里", "about 3.5 km²")]


# --- 到/至 a year and 的 a value: the year the value was reached, no deadline (tester s17 G5)


def test_year_a_value_was_reached_is_no_deadline() -> None:
    text = "该县电商交易额从2020年的12亿元增加到2023年的35亿元。"
    assert [f.kind for f in extract_figures(text) if f.text.endswith("2023年")] == ["date"]
    assert "by 2023" not in [f.en for f in extract_figures(text)]
    assert _en("失业率由去年的5.1%降至2024年底的4.6%。", "year") == []
    # a deadline stays one: 到2030年, 产值达到…; 到2030年的目标
    assert _en("到2030年，全市产值将达到5000亿元。", "year") == [("到2030年", "by 2030")]
