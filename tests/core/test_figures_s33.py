"""Session 33 figures (issue 13): what figures30's retired split (dev-retired28) showed the extractor lacked.

Its money and percent were far below every other set (money P 28/44, percent P 29/41) for one reason: a Hong Kong
wire service writes its decimal point as ﹒ (U+FE52 SMALL FULL STOP, Big5's A144), which the extractor did not read, so
１７﹒５億元 was read as ５億元 and ６８﹒９％ as ９％ (a wrong value, not a power of ten), and the same full stop in its
currency note （美元．下同） hid the note. Every full stop whose compatibility form is "." is a decimal point, as the
full-width ． already was; a middle dot (3·15, ‧) is not.
"""

from __future__ import annotations

from briefreader.figures import extract_figures, parse_number


def _figs(text: str, region: object = None) -> list[tuple[str, str, float, str]]:
    return [(f.kind, f.text, f.value, f.unit) for f in extract_figures(text, region=region)]  # type: ignore[arg-type]


# -- the small full stop ﹒ between digits is a decimal point


def test_a_small_full_stop_is_a_decimal_point_in_a_sum() -> None:
    got = _figs("該公司指，全年營業額３２﹒６億元，較去年多。", "hk")
    assert ("money", "３２﹒６億元", 3.26e9, "HKD") in got
    assert not any(f[2] in (6e8, 600000000.0) for f in got)  # not the 6億元 after the point


def test_a_small_full_stop_is_a_decimal_point_in_a_percent_and_a_change() -> None:
    got = _figs("毛利率為２５﹒４％，按年跌３﹒２個百分點，股價升１﹒５％。", "hk")
    assert ("percent", "２５﹒４％", 25.4, "%") in got
    assert [f for f in got if f[3] == "pp"] and [f for f in got if f[3] == "pp"][0][2] == -3.2
    assert any(f[2] == 1.5 and f[3] == "%" for f in got)
    assert not any(f[2] in (4.0, 2.0, 5.0) for f in got)


def test_a_small_full_stop_in_ascii_digits_and_a_count() -> None:
    got = _figs("集團回購約１２﹒８萬股，涉資3﹒75億港元。", "hk")
    assert ("count", "約１２﹒８萬股", 128000.0, "股") in got
    assert any(f[0] == "money" and f[2] == 3.75e8 and f[3] == "HKD" for f in got)


def test_parse_number_reads_the_small_full_stop() -> None:
    assert parse_number("１７﹒５億") == 1.75e9
    assert parse_number("３﹒２") == 3.2
    assert parse_number("2\u20245") == 2.5  # ONE DOT LEADER, NFKC "."


# -- a currency note whose mark is a full stop binds the bare sums after it


def test_a_note_with_a_full_stop_binds_the_bare_sums_after_it() -> None:
    text = (
        "某晶片公司公布，首季純利約４５６﹒７萬元（美元．下同），每股盈利２美仙。營業收入８﹒９億元，同比升５﹒１％。"
    )
    money = [f for f in _figs(text, "hk") if f[0] == "money"]
    assert ("money", "約４５６﹒７萬元", 4567000.0, "USD") in money
    assert ("money", "８﹒９億元", 8.9e8, "USD") in money
    assert not any(f[3] == "HKD" for f in money)


def test_a_note_with_an_ascii_full_stop_binds_too() -> None:
    money = [f for f in _figs("公司盈利約12.5億元（人民幣.下同），收入40億元。", "hk") if f[0] == "money"]
    assert [f[3] for f in money] == ["CNY", "CNY"]


# -- guards: what read right before reads the same


def test_a_middle_dot_between_digits_is_no_decimal_point() -> None:
    # 3·15 (the consumer-rights day) and the Taiwan 5‧20 are dates and names, not 3.15 or 5.2
    got = _figs("今年3·15晚會曝光多家企業，罰款200萬元。5‧20就職典禮後，股價升3%。", "taiwan")
    assert not any(f[2] in (3.15, 5.2) for f in got)
    assert any(f[0] == "money" and f[2] == 2e6 for f in got)


def test_the_full_width_full_stop_still_reads() -> None:
    got = _figs("營業額３２．６億元，增長１．５％。", "hk")
    assert ("money", "３２．６億元", 3.26e9, "HKD") in got
    assert any(f[0] == "percent" and f[2] == 1.5 for f in got)


def test_a_note_with_a_comma_still_binds() -> None:
    money = [f for f in _figs("盈利約12.5億元（美元，下同），收入40億元。", "hk") if f[0] == "money"]
    assert [f[3] for f in money] == ["USD", "USD"]


# -- what the rest of dev-retired28 showed: a US cent in the Hong Kong press, a heading's rounded fall, a sum
# allocated with 撥/拨; and the price cut 降价 signed as every other fall (FIGURES_GOLD.md section 4)


def test_the_hong_kong_us_cent_is_a_hundredth_of_a_dollar() -> None:
    money = [f for f in _figs("每股盈利39美仙，低於分析員預測的40美仙；油價跌16美仙。", "hk") if f[0] == "money"]
    assert [(f[2], f[3]) for f in money] == [(0.39, "USD"), (0.4, "USD"), (0.16, "USD")]


def test_a_word_with_xian_inside_is_no_cent() -> None:
    assert not [f for f in _figs("她是美仙女，港仙人掌展覽。", "hk") if f[0] == "money"]


def test_a_headings_rounded_fall_is_the_bodys_figure() -> None:
    text = "某集團首季盈利同比跌４５％\n集團公布，首季純利約１２﹒５億元，同比跌４４﹒８％，收入增長３﹒２％。"
    pct = [f for f in _figs(text, "hk") if f[0] == "percent"]
    assert [f[2] for f in pct] == [-44.8, 3.2]


def test_a_headings_fall_is_kept_when_the_body_says_another() -> None:
    text = "某集團首季盈利跌４５％\n集團公布，首季純利同比跌３０﹒２％。"
    assert sorted(f[2] for f in _figs(text, "hk") if f[0] == "percent") == [-45.0, -30.2]


def test_a_sum_allocated_with_bo_is_money() -> None:
    assert ("money", "5億", 5e8, "HKD") in _figs("教育局2021年起撥5億推行電子學習計劃。", "hk")
    assert ("money", "300万", 3e6, "CNY") in _figs("区政府拨给学校300万，用于改造。", "mainland")
    assert not _figs("市民可拨打12345热线反映。", "mainland")


def test_a_price_cut_is_a_fall() -> None:
    assert _figs("集中采购药品平均降价超50%。", "mainland") == [("percent", "降价超50%", -50.0, "%")]
    assert [f[2] for f in _figs("该模型降价80%，另一款减价两成。", "mainland")] == [-80.0, -20.0]
    assert [f[2] for f in _figs("代购们普遍加价50%，部分商品涨价10%。", "mainland")] == [50.0, 10.0]


def test_a_cut_of_pay_staff_or_output_is_a_fall() -> None:
    # a falling range is valued at its larger fall (FIGURES_GOLD.md section 3)
    assert [f[2] for f in _figs("头部券商减薪30%到50%？", "mainland")] == [-50.0]
    assert [f[2] for f in _figs("公司上周宣布计划裁员10%。", "mainland")] == [-10.0]
    assert [f[2] for f in _figs("该车型据报减产20%。", "mainland")] == [-20.0]


def test_a_comparison_stays_unsigned() -> None:
    # 較原來預算低3% (figures2, 3, 5: a comparison, not a change, is unsigned in every older set)
    assert [f[2] for f in _figs("開支較原來預算低3%。", "hk")] == [3.0]


def test_a_bare_sum_before_a_threshold_mark_is_read() -> None:
    # 大关 marks the level the clause's sum passes (figures32 11), no noun the number counts
    got = _figs("該公司去年營收一舉突破10億大關達14.62億元。", "taiwan")
    assert ("money", "突破10億", 1e9, "TWD") in got and ("money", "14.62億元", 1.462e9, "TWD") in got
    assert _figs("营收突破10亿大关。", "mainland") == [("money", "突破10亿", 1e9, "CNY")]
    assert not _figs("上证指数突破3000点大关。", "mainland")


def test_a_share_in_tenths_after_arabic_digits_at_a_line_end_or_before_the_copula() -> None:
    # a headline's 滿意度衝破8成 and 其中8成為服務業 (figures26 02/07): 為 after a bare digit is the copula, not 成为
    assert [f[2] for f in _figs("陳其邁施政滿意度衝破8成\n民調顯示支持度上升。", "taiwan") if f[0] == "percent"] == [
        80.0
    ]
    assert ("percent", "8成", 80.0, "%") in _figs("就業人口近千萬，其中8成為服務業，包括商家。", "taiwan")
    # guards: 成为 after a Chinese numeral is the verb, and 八成 alone is the adverb "most likely"
    assert not [f for f in _figs("其中之一成为焦点。他八成是累了。", "mainland") if f[0] == "percent"]


def test_a_number_dialled_after_bo_is_no_sum() -> None:
    # review s33 R7: 拨 is "dial" too; a bare digit string after it is a telephone number
    for text in ("如需帮助，请拨96110。", "市民可拨打热线或直接拨12345。", "订票请拨4008123123，或登录官网。"):
        assert not [f for f in _figs(text, "mainland") if f[0] == "money"], text
    assert ("money", "5億", 5e8, "HKD") in _figs("教育局2021年起撥5億推行電子學習計劃。", "hk")
