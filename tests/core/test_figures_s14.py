"""Session 14 (13-dev): figures8 dev-retired9's general causes and the session's left items, one case each."""

from briefreader.figures import extract_figures


def _all(text: str, kind: str, region: str = "mainland") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in extract_figures(text, region=region) if f.kind == kind]


def _one(text: str, kind: str, region: str = "mainland") -> tuple:
    (f,) = _all(text, kind, region)
    return f


def test_a_price_standing_above_a_level_is_over_it() -> None:
    assert _one("五福商圈成交單價站上22萬元，近1年漲11.1%。", "money", "tw") == (220000, "TWD", "over")
    # 网站上, 车站上: a place, no level
    assert _one("在网站上3天内售出5000张。", "count") == (5000, "张", "exact")


def test_one_more_said_with_also_after_a_count_of_the_same_thing() -> None:
    text = "另外，1名的士司機確診（個案編號：3991)，亦有一名於薄扶林檢疫營的工作人員確診。"
    assert _all(text, "count", "hk") == [(1, "名", "exact"), (1, "名", "exact")]
    # with no count of the same thing before it, 一名 is the article "a"
    assert _all("现场还有一名月嫂在照顾。", "count") == []


def test_so_many_of_one_thing_equal_to_so_many_of_another_is_a_ratio() -> None:
    assert _all("運輸署自己也承認3部網約車才相等於1部的士的運力。", "count", "hk") == []
    # different measure words on each side: a count and a comparison
    assert _all("面积100亩，相当于3个足球场。", "count") == [(3, "个", "exact")]


def test_trips_per_period_are_a_frequency_a_daily_total_is_a_count() -> None:
    text = "假設每名司機每天只營運約6小時、每小時完成2個行程（即每日每車12個行程）。1萬輛車每日可提供12萬個行程。"
    assert _all(text, "count", "hk") == [(1e4, "辆", "exact"), (1.2e5, "个", "exact")]


def test_a_nominal_and_a_real_rate_are_two_facts() -> None:
    text = "全国居民人均可支配收入9730元，同比名义增长13.7%，扣除价格因素同比实际增长13.7%。"
    assert _all(text, "percent") == [(13.7, "%", "exact"), (13.7, "%", "exact")]
    # one rate said twice is one figure
    assert _all("收入增长13.7%，增长13.7%。", "percent") == [(13.7, "%", "exact")]


def test_thousands_of_the_head_of_a_longer_noun_phrase() -> None:
    (f,) = [f for f in extract_figures("現時本港每日有數以十萬計的網約車出行訂單，若強行將配額", region="hk")]
    assert (f.kind, f.value, f.high, f.qualifier) == ("count", 1e5, 1e6, "range")
    assert f.en == "hundreds of thousands of orders"
    # a sum's noun is no count
    assert _all("投入数以亿计的资金。", "count") == []


def test_a_hedge_at_a_hard_wrapped_line_end_reaches_the_number_on_the_next() -> None:
    # a LegCo submission as its PDF's lines hold it (figures8 dev-retired9 36)
    text = (
        "事由：強烈反對網約車許可證設 10,000 個過低配額，促請提高至最少\n"
        "30,000 個以滿足市民出行需求本人作為香港市民及公共交通工具服務使用\n"
        "者，現就政府日前提交有關規管網約車服務的四條附屬法例，提交以下意見\n"
        "：\n"
        "1. 10,000 個配額嚴重不足，無法滿足市場真實需求政府現時建議將網約車\n"
        "車輛許可證上限設為 10,000 個，這數目與本港市民及旅客的實際出行需求\n"
        "存在極大落差。\n"
        "為選擇網約車。面對不思進取、拒絕進步、只顧維護既得利益的傳統的士\n"
        "員會各委員能以廣大市民的福祉為依歸，切勿向單一業界的無理施壓妥協\n"
        "，修訂相關附屬法例中的配額限制。"
    )
    assert (30000, "个", "over") in _all(text, "count", "hk")
    # a short line before a number (a list) keeps its break: no hedge across it
    assert _all("名額最少\n3000個", "count") == [(3000, "个", "exact")]


def test_a_cap_moved_from_one_level_to_another_is_a_cap_at_both() -> None:
    text = "占项目总用地面积的比例上限由7%提高到15%，建筑面积占比上限相应提高到30%。"
    assert _all(text, "percent") == [(7, "%", "under"), (15, "%", "under"), (30, "%", "under")]
    assert _all("税率由7%提高到15%。", "percent") == [(7, "%", "exact"), (15, "%", "exact")]


def test_second_only_to_another_value_of_a_fall_is_a_fall() -> None:
    text = "累計11月跌683.57點，跌幅9.01%，僅次8月的10.44%，創金融海嘯來單月次大跌幅。"
    assert _all(text, "percent", "tw") == [(-9.01, "%", "exact"), (-10.44, "%", "exact")]
    assert _all("增长9%，仅次于上年的10%。", "percent") == [(9, "%", "exact"), (10, "%", "exact")]
