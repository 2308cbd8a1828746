"""A bound on a change reads as English says it after "up"/"down", and a cap written after its number (5.5%上限,
2,500元為上限) is "up to" as 上限为 before it is: the side panel said "up up to 5%" and "up under 5.5%" (dev figures26 01,
figures5 05, figures7 26)."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("今年經濟成長率5.5%上限。", "up at most 5.5%"),  # figures26 dev 01: was "up under 5.5%"
        ("全年增长不到5%。", "up less than 5%"),
        ("国际油价本周下跌不到0.1%。", "down less than 0.1%"),  # figures7 dev 26's shape: was "down under 0.1%"
        ("今年增速不超过5%。", "up at most 5%"),  # was "up up to 5%"
        ("一次性宽减以2,500元為上限。", "up to HKD 2,500"),  # figures10 11's shape: was "under HKD 2,500"
    ],
)
def test_a_bound_reads_as_english(text: str, english: str) -> None:
    region = "HK" if "宽减" in text else None
    assert [f.en for f in extract_figures(text, region=region)] == [english]


@pytest.mark.parametrize(
    ("text", "english"),
    [("下降超过23%。", "down over 23%"), ("增长约5%。", "up about 5%"), ("上限为30%。", "up to 30%")],
)
def test_other_hedges_are_kept(text: str, english: str) -> None:
    assert [f.en for f in extract_figures(text)] == [english]
