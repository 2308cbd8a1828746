"""Session 28 figures (issue 13): a glossed share keeps its change (review s27 R2), a range said roughly says so
(约3万至5万元 → "about"), and the shapes of money in news the grammar did not yet know. Each has its neighbours here:
the shape next to the one fixed, and the guard that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _one(text: str, kind: str, region: str | None = None):
    found = [f for f in extract_figures(text, region=region) if f.kind == kind]
    assert len(found) == 1, [(f.text, f.en) for f in found]
    return found[0]


# -- R2: a share in tenths glossed by its exact percent (下降近三成（28.7%）) is one figure, the percent, and the change
# said before the share is the percent's change (before: 28.7% as a level, the fall lost)


@pytest.mark.parametrize(
    ("sentence", "value", "en"),
    [
        ("今年一季度，全市出口额同比下降近三成（28.7%）。", -28.7, "-28.7%"),
        ("营业收入同比增长近两成（19.6%）。", 19.6, "+19.6%"),
        ("净利润同比减少约三成（约31.2%）。", -31.2, "down about 31.2%"),
        ("该市房价较去年下跌逾两成（21.5%）。", -21.5, "-21.5%"),
    ],
)
def test_a_glossed_share_keeps_its_change(sentence: str, value: float, en: str) -> None:
    f = _one(sentence, "percent")
    assert (f.value, f.en) == (value, en)


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        ("其中近四成（38.9%）为50岁或以上。", "38.9%"),  # a share of a whole, no change: a level
        ("出口额同比下降28.7%。", "-28.7%"),
        ("受访者中超七成（72.3%）表示满意。", "72.3%"),
    ],
)
def test_guard_a_glossed_share_of_a_whole_stays_a_level(sentence: str, en: str) -> None:
    assert _one(sentence, "percent").en == en


def test_guard_the_next_percent_is_not_moved_by_a_gloss_before_it() -> None:
    text = "出口额同比下降近三成（28.7%），其中机电产品占45.2%。"
    assert [f.en for f in extract_figures(text) if f.kind == "percent"] == ["-28.7%", "45.2%"]


# -- a range said roughly (约 before it, 左右 after it) is "about" that range in English; its qualifier stays range
# (the golds' convention) and its bounds are those written


@pytest.mark.parametrize(
    ("sentence", "kind", "en"),
    [
        ("约3万至5万元的补贴。", "money", "about RMB 30,000–50,000"),
        ("补贴3万至5万元左右。", "money", "about RMB 30,000–50,000"),
        ("大约3%至5%的增长。", "percent", "about 3–5%"),
        ("约20至30人参加。", "count", "about 20–30 people"),
        ("售价约3万至5万元/吨。", "money", "about RMB 30,000–50,000/t"),
        ("平均租金仍有約1500~2000元的水準。", "money", "about TWD 1,500–2,000"),
    ],
)
def test_a_rough_range_says_about(sentence: str, kind: str, en: str) -> None:
    f = _one(sentence, kind, region="tw" if "準" in sentence else None)
    assert (f.en, f.qualifier) == (en, "range")


@pytest.mark.parametrize(
    ("sentence", "en"),
    [
        ("项目投资额3万元至5万元不等。", "RMB 30,000–50,000"),
        ("价格在每吨3000-3500元之间。", "RMB 3,000–3,500/t"),
        ("罚款1万(含)-5万元。", "RMB 10,000–50,000"),
        ("两到三万港元。", "HKD 20,000–30,000"),
    ],
)
def test_guard_a_range_without_a_hedge_says_none(sentence: str, en: str) -> None:
    assert _one(sentence, "money").en == en
