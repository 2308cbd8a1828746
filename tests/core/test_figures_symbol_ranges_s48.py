"""Session 48 (lead, new user s48 #1): a currency symbol said once, before the first end of a range or before the
first of two sums, is the currency of the second too. The second end was read alone with the region's guess: HK$2萬-3萬
gave "RMB 30,000" beside "HKD 20,000" (a confident wrong currency), US$3億至5億 gave "500 mn yuan"."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def money(text: str, region: str | None = None) -> list[tuple[str, float | None, float | None, str]]:
    return [(f.text, f.low, f.high, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("月租HK$2萬-3萬。", None, [("HK$2萬-3萬", 20_000, 30_000, "HKD")]),
        ("月租HK$2萬-3萬。", "mainland", [("HK$2萬-3萬", 20_000, 30_000, "HKD")]),
        ("樓價由HK$500萬到600萬不等。", "hk", [("HK$500萬到600萬", 5e6, 6e6, "HKD")]),
        ("集資US$3億至5億。", None, [("US$3億至5億", 3e8, 5e8, "USD")]),
        ("售價NT$800萬至1,200萬。", "taiwan", [("NT$800萬至1,200萬", 8e6, 12e6, "TWD")]),
        # the first end without a scale of its own still takes the second's (as before)
        ("預計集資HK$5-6億。", "hk", [("HK$5-6億", 5e8, 6e8, "HKD")]),
    ],
)
def test_symbol_range_ends_share_the_currency(
    text: str, region: str | None, expected: list[tuple[str, float, float, str]]
) -> None:
    assert money(text, region) == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a level moved to another: two sums, the second in the first's currency (was RMB / yuan)
        ("月租由HK$2萬加到3萬。", ["HKD", "HKD"]),
        ("樓價由HK$500萬升至600萬。", ["HKD", "HKD"]),
    ],
)
def test_a_sum_after_a_symbol_sum_keeps_its_currency(text: str, units: list[str]) -> None:
    assert [u for *_, u in money(text)] == units


def test_a_symbol_sum_with_yuan_written_is_no_shared_range() -> None:
    # the first end writes its unit (元) after the scale: the second end is no bare scale to complete
    got = money("補助HK$2萬元至3萬人次。")
    assert [u for *_, u in got] == ["HKD"]
