"""Hong Kong (and Taiwan) text, issue 13 session 7: each case is a general form of the
language or the press, written for these tests (the shapes were met in figures corpus
II's dev and retired splits, or are common knowledge of Hong Kong and Taiwan usage).
Each test of a fix fails on the code at the session's start (6a0983f); the tests
named ``..._are_not_...`` guard precision and pass on both."""

from __future__ import annotations

import pytest

from briefreader.figures import detect_region, extract_figures


def money(text: str, region: str | None = "hk") -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in extract_figures(text, region=region) if f.kind == "money"]


@pytest.mark.parametrize(
    ("source", "currency"),
    [
        ("巴士的報", "HKD"),  # Bastille Post: a Hong Kong paper the table lacked
        ("東網", "HKD"),
        ("有線新聞", "HKD"),
        ("三立新聞網", "TWD"),
        ("民視新聞", "TWD"),
        ("澳門濠江日報", "MOP"),
    ],
)
def test_more_publishers_place_their_text(source: str, currency: str) -> None:
    assert detect_region("事主損失共五百多萬元", source=source, script="hant").currency == currency


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # no source line: the words only one region uses decide (港鐵, 強積金, 屯門; 立委, 捷運, 健保)
        ("港鐵公布，強積金供款人數增加，屯門站車費為20元", "HKD"),
        ("恒指收市報19,800點，居屋單位售價約300萬元", "HKD"),
        ("立委質詢衛福部，健保費調漲至每月500元", "TWD"),
    ],
)
def test_regional_words_without_a_source(text: str, currency: str) -> None:
    assert detect_region(text, script="hant").currency == currency


def test_a_bare_dollar_range_is_the_local_dollar_and_a_named_one_wins() -> None:
    # 港鐵 fares: $0.3至$1.1 is a range of Hong Kong dollars, not US dollars
    assert money("每程車費增加$0.3至$1.1不等。") == [(0.3, "HKD", "range")]
    assert money("門票由US$3至$5不等。") == [(3.0, "USD", "range")]
    assert money("門票由$3至$5不等。", region="mainland") == [(3.0, "USD", "range")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 萬/億 sums with no 元, named by what they are (court, results, budget news)
        ("涉款7,600萬，包括現金及加密貨幣。", [(76_000_000, "HKD", "exact")]),
        ("集團全年純利43.2億，按年跌3%。", [(4_320_000_000, "HKD", "exact")]),
        ("政府為此預留約210億，推行措施。", [(21_000_000_000, "HKD", "approx")]),
        ("該公司虧損擴大至1.2億。", [(120_000_000, "HKD", "exact")]),
    ],
)
def test_sums_named_by_their_noun_are_money(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert money(text) == expected


def test_named_sums_are_not_people() -> None:
    assert money("損失3萬人次的客流。") == []
