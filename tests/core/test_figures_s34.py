"""Session 34 figures (issue 13): what the dev sets and figures33's retired split (dev-retired29) showed.

Each rule is a general one (what a phrase IS), checked across every dev and retired figure set (none may lose).
"""

from __future__ import annotations

from briefreader.figures import extract_figures


def _figs(text: str, region: object = "mainland") -> list[tuple[str, str, float, str]]:
    return [(f.kind, f.text, f.value, f.unit) for f in extract_figures(text, region=region)]  # type: ignore[arg-type]


# -- a block's number before its stairwell (单元) is an address, no count


def test_a_block_then_its_stairwell_is_an_address() -> None:
    assert not [f for f in _figs("蓝色钱江公寓2幢1单元1802室突发火情。") if f[0] == "count"]
    assert not [f for f in _figs("该小区3栋2单元发生漏水。") if f[0] == "count"]
    # a count of blocks with no stairwell after it is still one
    assert ("count", "2幢", 2.0, "幢") in _figs("小区共有2幢住宅楼。")


# -- the size of a cut named as a noun (下调幅度, 调降幅度) signs the percent after it


def test_the_size_of_a_cut_is_a_fall() -> None:
    got = _figs("营收预期调整为181亿元到182亿元之间，下调幅度超10%。")
    assert [f for f in got if f[0] == "percent"] == [("percent", "下调幅度超10%", -10.0, "%")]
    assert ("percent", "调降幅度达5%", -5.0, "%") in _figs("此次调降幅度达5%。")


# -- two quoted names joined by 和, then 两 + a measure word: the number sums the names (FIGURES_GOLD 1, D3)


def test_two_quoted_names_then_their_number_is_no_count() -> None:
    assert not [f for f in _figs("倾斜范围增加“托育”和“护理”两个专业。") if f[0] == "count"]
    # unquoted names joined by 和/与 alone are summed too since session 44 (the lead's ruling on D3, names BEFORE the
    # count: figures5 dev 37's 葡萄酒与饮料2条 aligned); until then they were kept
    assert not [f for f in _figs("新建葡萄酒与饮料两条生产线。") if f[0] == "count"]
    # ... but not where 与 is "with", a verb after the second (学校与家长签订两份协议)
    assert [f for f in _figs("学校与家长签订两份协议。") if f[0] == "count"]
    # three quoted names and 两个: not the names' number
    assert [f for f in _figs("“甲”和“乙”以外，另设两个专业。") if f[0] == "count"]


# -- a spoken pair of shares in tenths (三、四成) is one range; a mortgage in tenths (九成按揭) is a share


def test_a_pair_of_shares_in_tenths_is_a_range() -> None:
    got = _figs("新制勞退基金對台積電持股更從最高點的三、四成，一路降到去年底的僅24.73％。", "taiwan")
    assert ("percent", "三、四成", 30, "%") in got
    assert not any(f[2] == 40 for f in got)  # not 四成 alone
    assert ("percent", "3、4成", 30, "%") in _figs("約有3、4成的基金。", "taiwan")
    # a list (2、3、4成), an ordinal (第3、4成) or a pair not one apart (三、五成) is no such range
    assert not any(f[3] == "%" and f[1].startswith(("2、", "3、")) for f in _figs("2、3、4成的人", "taiwan"))
    assert not any(f[1] == "三、五成" for f in _figs("约有三、五成的人"))


def test_a_mortgage_in_tenths_is_a_share() -> None:
    assert ("percent", "九成", 90.0, "%") in _figs("新盤提供九成按揭。", "hk")
    assert ("percent", "九成半", 95.0, "%") in _figs("均可敍做九成半按揭，並有政府擔保。", "hk")
    assert ("percent", "低於四成", 40.0, "%") in _figs("每月還款佔入息比例低於四成或以下，屬較理想。", "hk")
    # 八成 as the adverb "most likely" is still no share
    assert not [f for f in _figs("他八成在家睡觉。") if f[0] == "percent"]


# -- orders a day are counted, not a sum (每天提供2000万订单); a sum of orders won stays money


def test_orders_per_day_are_no_sum() -> None:
    got = _figs("滴滴目前在400座城市每天提供2000万订单。")
    assert not [f for f in got if f[0] == "money"]
    assert ("money", "2000万", 2e7, "CNY") in _figs("公司获得2000万订单。")


# -- figures36 (dev): train runs and trains' numbers, key sizes in bits, a rate in cents, two Latin names' number


def test_train_runs_are_counted_and_trains_numbers_are_not() -> None:
    got = _figs("再增開湖口—臺東間5466次及5467次區間快車2列次，另普悠瑪號4列次。", "taiwan")
    assert [f for f in got if f[0] == "count"] == [
        ("count", "2列次", 2.0, "列次"),
        ("count", "4列次", 4.0, "列次"),
    ]
    # runs of trains counted with 次 before 列车 alone stay a count
    assert ("count", "1200次", 1200.0, "次") in _figs("今年共加開1200次列車", "taiwan")


def test_a_key_size_in_wei_is_bits_not_people() -> None:
    text = "发现超过1,700个DKIM密钥长度不足1,024位。研究人员分解了一个512位RSA公钥，应避免使用512或768位密钥。"
    assert [f for f in _figs(text) if f[0] == "count"] == [("count", "超过1,700个", 1700.0, "个")]
    assert ("count", "768位", 768.0, "位") in _figs("有768位专家出席。")


def test_a_rate_in_another_currencys_cents_is_no_sum() -> None:
    text = "澳元兌美元在周五中午升至 66.57 美仙，為 2024 年 11 月以來的最高水平，高於周下午 5 點的 66.12 美仙。"
    assert not [f for f in _figs(text, "other") if f[0] == "money"]
    assert ("money", "39美仙", 0.39, "USD") in _figs("每股盈利39美仙。", "hk")


def test_two_latin_names_then_their_number_is_no_count() -> None:
    assert not [f for f in _figs("该设备将提供Windows和SteamOS两个版本。") if f[0] == "count"]
    # Han names joined by 和 alone: summed since session 44 (the lead's ruling on D3), kept before
    assert not [f for f in _figs("北京和上海两个城市") if f[0] == "count"]


# -- a cut of a rate with what is cut named between (調低…利率25基點) and a fall-size noun across a comma are falls


def test_a_cut_of_a_rate_in_basis_points_is_signed() -> None:
    got = _figs("多間銀行在9月中調低最優惠貸款利率25基點。", "hk")
    assert [f for f in got if f[0] == "percent"] == [("percent", "25基點", -0.25, "pp")]
    assert ("percent", "0.5个百分点", -0.5, "pp") in _figs("中国央行将于2月5日下调存款准备金率0.5个百分点。")
    # a rise of what is raised stays positive
    assert ("percent", "0.5个百分点", 0.5, "pp") in _figs("央行上调存款准备金率0.5个百分点。")


def test_a_fall_size_across_a_comma_is_a_fall() -> None:
    assert ("percent", "超過20%", -20.0, "%") in _figs("天然氣價格下跌幅度更為顯著，已超過20%。", "hk")
    # a new clause with its own verb is not the fall's size
    assert ("percent", "增长3%", 3.0, "%") in _figs("跌幅收窄，增长3%。")


# -- a head number with the 个 of 个百分点 shares the last one's unit (高7.5个和4.5个百分点)


def test_a_head_with_ge_shares_the_points_after_it() -> None:
    got = _figs("增速分别比同期工业、高技术制造业高7.5个和4.5个百分点。")
    assert sorted(f[2] for f in got if f[3] == "pp") == [4.5, 7.5]
    # counts with 个 are each their own count, not heads of a unit
    assert [f[1] for f in _figs("分别有14个、62个和137个。")] == ["14个", "62个", "137个"]


# -- a range from a fall to a rise (同比下滑1.9%到增长1.1%) is one range, signed at each end (FIGURES_GOLD 7)


def test_a_range_from_a_fall_to_a_rise() -> None:
    got = [f for f in extract_figures("预计营收同比下滑1.9%到增长1.1%。", region="mainland") if f.kind == "percent"]
    assert [(f.value, f.qualifier, f.low, f.high) for f in got] == [(-1.9, "range", -1.9, 1.1)]
    # a fall's range stays a fall at both ends; a comma ends the range
    assert ("percent", "同比下降5%至10%", -10.0, "%") in _figs("同比下降5%至10%。")
    assert len([f for f in _figs("营收下滑1.9%，到增长1.1%。") if f[0] == "percent"]) == 2
