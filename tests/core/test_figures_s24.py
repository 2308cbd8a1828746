"""Session 24 (13-dev): rules added for tester s23/s24 and review s23/s24 findings, and the guards that kept the dev
golds where they were (the findings' own cases are in tests/test_newuser_s23.py, s24 and tests/test_review_s23.py, s24)."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _en(text: str, kind: str) -> list[str]:
    return [f.en for f in extract_figures(text, region="mainland") if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "en"),
    [("还不到160亿美元的十分之一。", "ratio", "under one tenth"), ("还不到160亿美元的10%。", "percent", "under 10%")],
)
def test_a_bound_before_a_shares_base_bounds_the_share(text: str, kind: str, en: str) -> None:
    assert _en(text, kind) == [en]
    assert _en(text, "money") == ["USD 16 bn"]


@pytest.mark.parametrize(("text", "en"), [("一套S$3M 私人公寓", "SGD 3 mn"), ("年薪US$500K", "USD 500,000")])
def test_a_latin_scale_after_a_currency_symbol(text: str, en: str) -> None:
    assert _en(text, "money") == [en]


def test_a_model_name_after_a_code_stays_no_sum() -> None:
    assert _en("USD300X型号", "money") == []


def test_a_loss_that_grew_is_unsigned() -> None:
    # figures11 dev-retired12's gold: 同比增亏20.23% (the loss grew by 20.23%), no sign
    assert _en("净利润同比增亏20.23%。", "percent") == ["20.23%"]


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("现有逾3万兼职司机恐大量退出。", "over 30,000 drivers"),  # 有 before the amount: counted (figures8 gold)
        ("200万制造业企业入驻平台。", "2 mn companies"),  # no verb after the amount (figures3 gold)
        ("3间在港内地检测机构承包化验工作。", "3 institutions"),  # 在港 modifies the head
        ("4口之家亲子游4天花费约2万。", "4"),  # figures2 gold: a count of people
    ],
)
def test_counts_the_golds_keep(text: str, en: str) -> None:
    assert _en(text, "count")[:1] == [en]
