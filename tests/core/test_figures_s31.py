"""Session 31 figures (issue 13): what a money figure is, whose currency a bare 元 is, what a count is — each case
with its neighbours and the guards that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import detect_region, extract_figures
from briefreader.figures.extract import fold_text
from briefreader.figures.region import set_elsewhere


def _money(text: str, region: object = None) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]  # type: ignore[arg-type]


# -- whose dollar: a lead that names a mainland place only to describe a noun (鼓勵在廣東的港資廠商, the Hong Kong-owned
# factories in Guangdong) does not set the story there; a place said in a clause AFTER the sum's is a further
# statement's, not the sum's (figures27 dev-retired26 05, the Policy Address: ten HKD sums were shown as written or
# as RMB)

POLICY_ADDRESS = (
    "政府正與廣東省研究在珠江三角洲港口停泊的遠洋輪船轉用較清潔燃料的可行性，亦計劃投放1億5,000萬元延續清潔生產伙伴"
    "計劃，鼓勵在廣東的港資廠商採用清潔生產技術。\n政府以身作則，2013年環保採購的總額超過10億元，並會擴大現有的採購清單。"
)


def test_a_place_that_describes_a_noun_does_not_set_the_story() -> None:
    region = detect_region(POLICY_ADDRESS, source="香港特別行政區政府", script="hant")
    assert (region.name, region.currency) == ("hk", "HKD")
    assert [(v, u) for _, v, u in _money(POLICY_ADDRESS, region)] == [(150000000.0, "HKD"), (1000000000.0, "HKD")]
    assert set_elsewhere(fold_text("鼓勵在廣東的港資廠商採用清潔生產技術")) == ""
    assert set_elsewhere(fold_text("公司在北京市的總部")) == ""


@pytest.mark.parametrize(
    "lead",
    [
        "國家主席昨日在北京出席會議，宣布撥款10億元。",  # a verb after the place: the story happens there
        "當時在北京的大吉巷胡同裏，住著李氏家族四代。",  # a locative phrase the place opens
        "由澳門特區政府主辦的市集，昨日在橫琴落幕。",
    ],
)
def test_a_place_where_something_happens_still_sets_the_story(lead: str) -> None:
    assert set_elsewhere(fold_text(lead)) != ""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the place in a later clause: the programme's sum is home's
        ("政府計劃投放1億5,000萬元延續計劃，鼓勵在廣東的港資廠商採用清潔技術。", "HKD"),
        # guard: the place before the sum, the thing the sum buys (望京SOHO, figures3 dev 25)
        ("望京SOHO是位于北京朝阳区望京的三栋建筑群，SOHO中国于2009年斥资约40亿元买下。", "CNY"),
        # guard: the place in the sum's own clause
        ("該公司斥資5億元在深圳興建廠房。", "CNY"),
    ],
)
def test_a_place_counts_before_the_sum_or_in_its_clause(text: str, want: str) -> None:
    assert [u for _, _, u in _money(text, "hk")] == [want]
