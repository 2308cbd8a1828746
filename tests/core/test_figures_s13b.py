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


def test_a_hedge_said_stays_in_the_english() -> None:
    """高达 ("as much as") is the figure itself (exact, the gold's convention) but its English says it
    (tester: 年薪高达40万美元 was 'USD 400,000'); counts are "as many as"; a bound after it is the bound (高达50%以上:
    over 50%); a change said with it is the change (暴跌高达92.86%: -92.86%, not "as much as -92.86%"). A range's
    high end said with 多 keeps its '+' (10至20多名: 10–20+ people, was 10–20)."""
    assert _figs("年薪高达40万美元。") == [("money", "高达40万美元", "as much as USD 400,000")]
    assert [(f.en, f.qualifier) for f in extract_figures("不良率高达30%。", region="mainland")] == [
        ("as much as 30%", "exact")
    ]
    assert _figs("受影响的用户高达25万名。") == [("count", "高达25万名", "as many as 250,000 people")]
    assert _figs("净利润暴跌高达92.86%。") == [("percent", "暴跌高达92.86%", "-92.86%")]
    assert _figs("占比高达50%以上。") == [("percent", "高达50%以上", "over 50%")]
    assert _figs("高达9100多万元。") == [("money", "高达9100多万元", "over RMB 91 mn")]
    assert _figs("共有10至20多名学生参加。") == [("count", "10至20多名", "10–20+ students")]
    assert _figs("首付10至20多万元。") == [("money", "10至20多万元", "RMB 100,000–200,000+")]
    assert _figs("户型100至200多平方米。") == [("area", "100至200多平方米", "100–200+ m²")]
    assert _figs("首付3至5万元。") == [("money", "3至5万元", "RMB 30,000–50,000")]


def test_a_counted_noun_ends_its_word() -> None:
    """A noun read after a measure word must end its word (jieba's segmentation, as metrics uses): 学生 in
    学生家长 (parents) and 代表 in 代表团 (delegations) are not what is counted, so the measure word's own English
    (people) or none; 项目 in 合作项目 and 村庄 (villages) end theirs."""
    assert _figs("有3名学生家长参加。") == [("count", "3名", "3 people")]
    assert _figs("会员城市共35个代表团和企业家参加。") == [("count", "35个", "35")]
    assert _figs("20个央陕合作项目落地。") == [("count", "20个", "20 projects")]
    assert _figs("浙江全省2.7万个村庄实现一码通办。") == [("count", "2.7万个", "27,000 villages")]
    assert _figs("非付费用户可以监控5台服务器。") == [("count", "5台", "5 servers")]
    assert _figs("透过3间国家级检测服务提供机构。", "hk") == [("count", "3间", "3 institutions")]
    # the noun that ends a word is found wherever the word starts: 特色产业|园区 (a left-to-right scan took 产业园,
    # which ends no word, and lost 园区: the sample briefing 004 read "13")
    assert _figs("第三批13个特色产业园区,作为载体。") == [("count", "13个", "13 parks")]


def test_an_area_in_mu_says_the_mu_then_three_significant_digits() -> None:
    """亩 is a unit English readers know only roughly: the mu as written, then the area to three significant
    digits (tester, dev 62: 25万亩 was '166.67 km²', 3200亩 '2.1333 km²', 1000多亩 'over 666,670 m²')."""
    assert _figs("治理荒漠25万亩。") == [("area", "25万亩", "250,000 mu (167 km²)")]
    assert _figs("流转土地3200亩。") == [("area", "3200亩", "3,200 mu (2.13 km²)")]
    assert _figs("种植1000多亩。") == [("area", "1000多亩", "over 1,000 mu (667,000 m²)")]
    assert _figs("耕地2.9亿亩。") == [("area", "2.9亿亩", "290 mn mu (193,000 km²)")]
    assert _figs("每户100至200亩。") == [("area", "100至200亩", "100–200 mu (66,700–133,000 m²)")]
    # other units are unchanged
    assert _figs("建筑面积20万平方米。") == [("area", "20万平方米", "200,000 m²")]
