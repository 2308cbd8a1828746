"""Review s18 R2: ASCII digits grouped by full-width commas are one number (tester s18 F2), but a list of
three-digit items has the same shape and must not become one sum six orders too big."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _money(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in extract_figures(text) if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    ["门票分别为120，150，180元，学生半价。", "三种票价分别为100，200，300元", "票价依次为380，480，580元"],
)
def test_a_list_of_three_digit_prices_is_no_sum(text: str) -> None:
    assert all(value is not None and value < 1000 for _, value in _money(text)), _money(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("总计向香港抗疫支援港币5，000万元。", 50_000_000),
        ("营收1，234，567元", 1_234_567),
        ("奖金100，000元", 100_000),
        ("各奖5，000元", 5000),
        ("分别投资300，000元", 300_000),
        ("投入港币2，500，000元", 2_500_000),
    ],
)
def test_a_grouping_is_one_number(text: str, value: float) -> None:
    assert [v for _, v in _money(text)] == [value]
