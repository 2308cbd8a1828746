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


# --- 13-dev-2 (review s24 R8b, R9, R10 neighbours; tester s24 T4): the rules' other cases, beyond the findings' words


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("两部制作精良的影片。", ["2"]),  # 制作 is a word: films counted, no two-part system
        ("实行三审制。", []),  # 审 names a system
        ("拨付1亿救助企业。", []),  # a budget verb before, a verbal noun after: a sum put to companies
        # (投入 puts people too: never read as a budget frame; since s41 人员 is a people noun, so they are counted)
        ("投入1万救援人员。", ["10,000 staff"]),
        ("其中2块位于市中心。", ["2"]),  # where the plots are, not "2 centres"
        ("3个位于市中心的项目。", ["3 projects"]),  # a relative clause keeps its head
        ("本文已被查看2232次。", []),  # this page's counter
        ("文章被阅读10万次。", ["100,000"]),  # a story's figure
    ],
)
def test_rule_neighbours_counts(text: str, en: list[str]) -> None:
    assert _en(text, "count") == en


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("另外还有2块位于滨江。", []),  # 还有 trades nothing
        ("上班的给我发50块吃肯德基。", ["RMB 50"]),  # 发 hands money out
        ("股价跌到8块卖出。", ["RMB 8"]),
    ],
)
def test_a_kuai_before_a_verb_is_money_only_with_a_price_verb(text: str, money: list[str]) -> None:
    assert _en(text, "money") == money
