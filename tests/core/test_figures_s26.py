"""Session 26 figures (issue 13): the fifth kind `quantity` and how it is scored."""

from __future__ import annotations

from briefreader.figures.score import DECLARED_KINDS, Report, declared_kinds, score_briefing
from briefreader.model import Figure


def _fig(kind: str, value: float, unit: str) -> Figure:
    return Figure(kind=kind, text="x", start=0, end=1, value=value, unit=unit, qualifier="exact", en="")


# -- scoring: quantity counts only where a gold declares it


def test_quantity_is_a_declared_kind() -> None:
    assert "quantity" in DECLARED_KINDS
    assert declared_kinds({"figures": []}) == frozenset()
    assert declared_kinds({"figures": [{"kind": "quantity"}]}) == {"quantity"}
    assert declared_kinds({"figures": [], "scored": ["quantity"]}) == {"quantity"}


def test_an_undeclared_article_counts_no_quantity_extra() -> None:
    report = Report()
    score_briefing("a", [_fig("quantity", 6.5e6, "t")], [], report)
    assert report.kind("quantity").predicted == 0 and not report.extras


def test_a_declared_article_counts_quantity_hits_and_extras() -> None:
    report = Report()
    gold = [{"kind": "quantity", "text": "650万吨", "value": 6.5e6, "unit": "t", "qualifier": "exact"}]
    preds = [_fig("quantity", 6.5e6, "t"), _fig("quantity", 1.2e6, "kW")]
    score_briefing("a", preds, gold, report, frozenset({"quantity"}))
    q = report.kind("quantity")
    assert (q.matched_predicted, q.predicted, q.matched_gold, q.gold) == (1, 2, 1, 1)
    assert report.overall().predicted == 0  # not in the four kinds' overall
