"""Session 23 (13-dev): a Republic of China year as a region cue, a 兆 sum spaced apart from its 億 part."""

from __future__ import annotations

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region


def _money(text: str, region: str | None = None) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


def test_a_roc_year_is_a_region_cue_with_its_reason() -> None:
    # an audit digest whose only Taiwan cue is its 民國 year (figures18 dev 01): its bare 億元 are TWD, not "yuan"
    text = "民國101年度中央政府總決算審核報告擇要\n本年度歲入決算審定 610 億餘元。"
    region = detect_region(text, script="hant")
    assert (region.name, region.currency) == ("tw", "TWD")
    assert "民國101年" in region.reason or "民国101年" in region.reason
    assert [(u) for _, _, u in _money(text)] == ["TWD"]
    # a budget year alone (101年度, no 民國) is a date of that calendar too: a smaller vote, its reason kept
    assert detect_region("本府101年度預算。", script="hant").name == "unknown"
    both = detect_region("台鐵101年度預算。", script="hant")
    assert both.name == "tw" and "101年度" in both.reason


def test_no_roc_cue_from_history_or_a_mainland_text() -> None:
    # 民國 years below 100 are history, written on the mainland too; a Simplified mainland text quoting a 民国 year
    # gets no Taiwan currency from it alone
    assert detect_region("民國38年政府遷台。", script="hant").name != "tw"
    assert detect_region("他生于民国十年，2012年度获奖。", script="hans").name == "mainland"
    assert detect_region("成立于2012年度").name == "mainland"


def test_a_trillion_spaced_from_its_lower_section_is_one_sum() -> None:
    # PDF text layers put spaces between 兆 and its 億 part: one amount (1.6683 兆), not 6,683億 alone
    assert _money("歲入決算審定 1 兆 6,683億餘元，較預算短收 610 億餘元。", region="tw") == [
        ("1 兆 6,683億餘元", 1668300000000.0, "TWD"),
        ("610 億餘元", 61000000000.0, "TWD"),
    ]
    assert _money("歲出決算審定 1 兆8,824 億餘元。", region="tw") == [("1 兆8,824 億餘元", 1882400000000.0, "TWD")]
    assert _money("總收入 3 兆 5,753 億餘元。", region="tw") == [("3 兆 5,753 億餘元", 3575300000000.0, "TWD")]


def test_spaces_inside_a_number_stay_bounded() -> None:
    # a list of sums is not one sum: a larger section under a smaller one, or a gap of more than two spaces, ends it
    assert [v for _, v, _ in _money("收入 1 兆元、5 億元。", region="tw")] == [1e12, 5e8]
    assert [v for _, v, _ in _money("1 兆   6,683億元", region="tw")] == [668300000000.0]
    assert [v for _, v, _ in _money("3亿 5亿元")] == [500000000.0]
