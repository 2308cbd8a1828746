"""在X的N after a verb describes N (鼓勵在廣東的港資廠商: whom), unless N is an occasion that gives its time or place to
what follows (出席在北京的論壇時表示: what is reported happens there). Review s31 R11 (tests/test_review_s31.py) has the
中央社 cases; these guard what the occasion must not swallow: 時 of 時刻, 上 of 上市 are no occasion's words."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # described nouns: the Hong Kong text's own sums stay HKD
        ("香港特區政府將支持在深圳的企業上市，融資200億元。", "HKD 20 bn"),
        ("香港特區政府鼓勵在廣東的港資廠商時刻關注，撥款10億元支援。", "HKD 1 bn"),
        # an occasion attended in Beijing: the mainland total is no longer read as the text's HKD
        ("香港特區政府財政司司長出席在北京的論壇時表示，內地投資達200億元。", "20 bn yuan"),
    ],
)
def test_a_described_noun_and_an_occasion(text: str, english: str) -> None:
    assert [f.en for f in extract_figures(text, region=detect_region(text))] == [english]
