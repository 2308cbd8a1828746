"""Session 13, second round (13-dev2): the new-user tester's wrong English renderings (s13_tester_for_13-dev.md),
one general cause each."""

from briefreader.figures import extract_figures


def _figs(text: str, region: str = "mainland") -> list[tuple[str, str, str]]:
    return [(f.kind, f.text, f.en) for f in extract_figures(text, region=region)]


def test_a_year_before_yi_qian_is_a_date_not_a_target_year() -> None:
    """以前/之前 ("before") after a year with no deadline word before it: a point in the past as often as a
    deadline (figures3 dev 25: 不過在2014年以前，SOHO中國已經…出售; tester: 2019年以前，新西兰…), so a date,
    never 'by 2019'. 到2025年以前 (a deadline word) and 2030年前 stay target years."""
    assert _figs("2019年以前，新西兰的情况不同。") == [("date", "2019年", "2019")]
    assert _figs("不過在2014年之前，公司已經出售大部分物業。", "tw") == [("date", "2014年", "2014")]
    assert _figs("力争到2025年以前完成。") == [("year", "到2025年以前", "by 2025")]
    assert _figs("2030年前实现碳达峰。") == [("year", "2030年前", "by 2030")]
    # 以来 ("since"): a date (13-dev's 8ab067a), kept
    assert _figs("中间价大幅调降至2011年3月以来最弱水平。") == [("date", "2011年3月", "Mar 2011")]
