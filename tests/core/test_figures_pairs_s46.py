"""双 counts pairs only before what comes in pairs, or with nothing after it (tester s46 N1: 40万双性人 was
"400,000 pairs", 5万双职工家庭 "50,000 pairs of households")."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _said(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region="mainland")]


@pytest.mark.parametrize("text", ["全国约有40万双性人。", "全市5万双职工家庭受益。", "首批3个双创示范基地。"])
def test_a_word_that_opens_with_shuang_is_no_pair(text: str):
    assert not any("pair" in en for _, en in _said(text)), _said(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("冰刀冰鞋年订单量达到1万多双，帮助运动员夺冠。", "1万多双"),
        ("工厂年产3000双鞋。", "3000双"),
        ("出口2574万双手套。", "2574万双"),
        ("他买了2双运动鞋。", "2双"),
        ("共发放10万双袜子。", "10万双"),
    ],
)
def test_pairs_of_what_comes_in_pairs_are_counted(text: str, figure: str):
    assert any(t == figure and "pairs" in en for t, en in _said(text)), _said(text)
