"""A currency's name before a number is a sum only when no other unit follows the number (seen on screen in session 44:
a forex site's "（欧元/美元45分钟图…）", a currency pair's 45-minute chart, was listed as "USD 45"; dev s41b_03)."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


@pytest.mark.parametrize("text", ["（欧元/美元45分钟图，点击此处即可轻松开始交易）", "英镑/美元1小时图显示", "美元3天"])
def test_a_number_of_another_unit_after_a_currency_name_is_no_sum(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "en"),
    [("价格为美元45", "USD 45"), ("人民币3.14", "RMB 3.14"), ("美元45万", "USD 450,000"), ("港币500的红包", "HKD 500")],
)
def test_a_currency_name_before_a_bare_number_is_still_a_sum(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text) if f.kind == "money"] == [en]
