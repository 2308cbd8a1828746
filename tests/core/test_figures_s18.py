"""Session 18 rules of the key-figure grammar (issue 13), each from a cause of false or wrongly read figures found by
the tester (session 17) or on the dev and retired figure splits (figures12 dev-retired13 first), checked with
sentences written from general knowledge, not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _en(text: str, kind: str | None = None, region: str | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region=region) if kind is None or f.kind == kind]


# --- an area written in square metres stays in square metres (tester s17 F7)


def test_floor_space_in_square_metres_keeps_its_unit() -> None:
    # 万平方米 of floor space is no piece of land: "1.2 mn m²", not "1.2 km²"
    assert _en("新城区住宅总建筑面积约120万平方米。", "area") == [("约120万平方米", "about 1.2 mn m²")]
    assert _en("今年计划新开工150万至200万平方米。", "area") == [("150万至200万平方米", "1.5–2 mn m²")]
    assert _en("新建厂房建筑面积12万平方米。", "area") == [("12万平方米", "120,000 m²")]
    # land written in 平方公里 (or 公顷) is still km²
    assert _en("规划面积约3.5平方公里。", "area") == [("约3.5平方公里", "about 3.5 km²")]


# --- 到/至 a year and 的 a value: the year the value was reached, no deadline (tester s17 G5)


def test_year_a_value_was_reached_is_no_deadline() -> None:
    text = "该县电商交易额从2020年的12亿元增加到2023年的35亿元。"
    assert [f.kind for f in extract_figures(text) if f.text.endswith("2023年")] == ["date"]
    assert "by 2023" not in [f.en for f in extract_figures(text)]
    assert _en("失业率由去年的5.1%降至2024年底的4.6%。", "year") == []
    # a deadline stays one: 到2030年, 产值达到…; 到2030年的目标
    assert _en("到2030年，全市产值将达到5000亿元。", "year") == [("到2030年", "by 2030")]


# --- a note binds the bare 元 that follow it, in the forms Hong Kong and Taiwan papers write it


def _units(text: str, region: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


def test_a_currency_note_with_a_semicolon_or_yi_xia_tong() -> None:
    text = "集團（人民幣；下同）全年收入120億元，純利15億元。"
    assert _units(text, "hk") == [("120億元", "CNY"), ("15億元", "CNY")]
    text = "上海新房每平方米約6萬元（人民幣，以下同），近郊約3萬元。"
    assert _units(text, "tw") == [("約6萬元", "CNY"), ("約3萬元", "CNY")]


def test_a_statement_of_the_unit_binds_what_follows() -> None:
    text = "除特別註明外，本文金額單位均為人民幣。公司全年收入120億元，純利15億元。"
    assert _units(text, "hk") == [("120億元", "CNY"), ("15億元", "CNY")]
    text = "（金額單位：人民幣）\n營業收入120億元"
    assert _units(text, "hk") == [("120億元", "CNY")]
    # a sum in the same words is no statement of a unit: 金額為人民幣100億元 names that sum's currency
    text = "除特別注明外，該筆貸款金額為人民幣100億元。政府另撥款50億元。"
    assert _units(text, "hk")[0] == ("人民幣100億元", "CNY")
    assert _units(text, "hk")[1][1] != "CNY"  # (shown as written: another sentence's currency)


# --- a currency written before one number does not carry into a clause about home (tester s17 F10)


def test_renminbi_before_one_sum_does_not_carry_into_a_clause_about_home() -> None:
    text = "內地城鎮居民月均收入約人民幣4000元，而本港僱員月入中位數約1.9萬元。"
    assert _units(text, "hk") == [("約人民幣4000元", "CNY"), ("約1.9萬元", "HKD")]
    # ... but carries where the sentence names no home place (an aside of the same deal)
    text = "收購作價為人民幣10億元，另加最多2億元的或然代價。"
    assert _units(text, "hk") == [("人民幣10億元", "CNY"), ("最多2億元", "CNY")]


# --- 单位 is a flat in Hong Kong and Macau text (tester s17 F5)


def test_units_are_flats_in_hong_kong_and_macau() -> None:
    assert _en("房委會明年將推出約1.2萬個單位。", "count", "hk") == [("約1.2萬個", "about 12,000 flats")]
    assert _en("經屋局明年推出1500個單位供申請。", "count", "mo") == [("1500個", "1,500 flats")]
    assert _en("今年新落成私人住宅單位約1.5萬個。", "count", "hk") == [("約1.5萬個", "about 15,000 flats")]
    # an organisation still: 参展单位, counted by 家, and on the mainland
    assert _en("共有320個參展單位參加。", "count", "hk") == [("320個", "320 organisations")]
    assert _en("全市共有1000个单位参加。", "count", "mainland") == [("1000个", "1,000 organisations")]


# --- counts: what a number counts, and numbers that count nothing


def _counts(text: str, region: str | None = None) -> list[tuple[str, str, str]]:
    return [(f.text, f.unit, f.en) for f in extract_figures(text, region=region) if f.kind == "count"]


def test_a_noun_before_the_number_must_end_its_word() -> None:
    # 银行卡 is one word: the cards counted by 张, not banks (tester s17)
    assert _counts("截至去年末，全国共发行银行卡约97亿张。") == [("约97亿张", "张", "about 9.7 bn")]
    assert _counts("区内现有企业8000余家。") == [("8000余家", "家", "8,000+ companies")]


def test_people_with_visits_in_brackets_are_visits() -> None:
    text = "去年共接待来访台胞近1.2万人（次），组织交流活动3万余人(次)。"
    assert [(t, u) for t, u, _ in _counts(text)] == [("近1.2万人（次）", "人次"), ("3万余人(次)", "人次")]


def test_a_pay_word_before_a_bare_scale_makes_a_sum() -> None:
    # 月薪4.4萬的上班族: paid TWD 44,000, not 44,000 office workers
    figs = [(f.kind, f.unit) for f in extract_figures("一名月薪3.8萬的上班族在網上發文。", region="tw")]
    assert figs == [("money", "TWD")]


def test_homes_per_floor_are_a_layout_not_a_count() -> None:
    text = "大樓共有28層，1層6戶，另一棟每層4戶；標準層為一梯兩戶。社區總計336戶。"
    assert [(t, u) for t, u, _ in _counts(text, "tw")] == [("336戶", "户")]


def test_two_people_just_named_are_no_count() -> None:
    # the two named right before their number, or a pair's name: said again, not counted (the golds' D3)
    assert _counts("記者會上，林志玲與言承旭兩人同台亮相。", "tw") == []
    assert _counts("已婚夫婦二人均須申報入息。", "hk") == []
    # people counted are still counted
    assert [t for t, _, _ in _counts("事故造成兩人死亡，3人受傷。", "hk")] == ["兩人", "3人"]
    assert [t for t, _, _ in _counts("具碩士學位5名、大專學歷1名及中學學歷2名。", "mo")] == ["5名", "1名", "2名"]


def test_a_number_in_a_quote_inside_a_quote_is_a_name() -> None:
    assert _counts("市政府印發“貫徹‘26條措施’工作方案”。") == []


# --- ASCII digits grouped by a full-width comma are one number (tester s18 F2)


def test_ascii_digits_with_full_width_thousands_commas() -> None:
    assert _en("基金會向災區捐出港幣3，000萬元。", "money") == [("港幣3，000萬元", "HKD 30 mn")]
    assert [f.value for f in extract_figures("全年營收2，345，678元，參加者共14，500人。")] == [2_345_678.0, 14_500.0]
    # a list of small numbers is no group of thousands, and no figure starts with 000
    assert all(not f.text.startswith("0") for f in extract_figures("第1，2，3名分別獲得獎金5，000元。"))


# --- the noun a count is shown with, and ordinals (tester s18 F1, F3)


def test_no_noun_from_another_phrase_after_a_verb() -> None:
    # 项目 is what 6个 counts; 国家 opens the phrase after 上报: not "6 countries"
    assert _counts("市商务局梳理出6个外资项目上报国家外贸外资协调机制。") == [("6个", "个", "6")]
    # the same noun on both sides of a verb is still said
    assert _counts("全市90家县级医院达到三级综合医院水平。")[0][2] == "90 hospitals"


def test_a_session_ordinal_is_no_count() -> None:
    assert _counts("会议听取了关于政协十四届三次会议以来提案工作情况的报告。") == []


# --- RM, the ringgit's sign (figures14 dev, 13-corpus s18)


def test_rm_before_a_number_is_ringgit() -> None:
    assert _units("每名受惠學生獲得RM3,000款額，每月還款最低為RM300。", "my") == [
        ("RM3,000", "MYR"),
        ("最低為RM300", "MYR"),
    ]
    assert _units("门票：成人 RM20，学生 RM5", "my") == [("RM20", "MYR"), ("RM5", "MYR")]
    # RMB stays the renminbi; letters around RM make no sign
    assert _units("售价RMB100元", "mainland") == [("RMB100元", "CNY")]
    assert _units("型号FIRM500", "mainland") == []


# --- a minus written in a bracket, and a fall written with its minus too (figures14 dev 06)


def test_a_fall_in_brackets_with_a_minus_is_negative_once() -> None:
    vals = lambda t: [f.value for f in extract_figures(t) if f.kind == "percent"]  # noqa: E731
    assert vals("收費收入增加（+15.4%），淨利息收入減少（–5.2%）。") == [15.4, -5.2]
    assert vals("淨利息收入減少（-5.2%）。") == [-5.2]
    # an en dash between numbers is a range, not a minus
    assert vals("預計增長5–10%。") == [5.0]


# --- interest rates in 厘 listed or paired, and basis points (figures14 dev 04)


def _pcts(text: str, region: str = "hk") -> list[tuple[float, str]]:
    return [(round(f.value, 6), f.unit) for f in extract_figures(text, region=region) if f.kind == "percent"]


def test_rates_in_li_listed_or_paired_after_a_rate_word() -> None:
    text = "年內隔夜、一個月及三個月的香港銀行同業拆息均見上升，至年底時分別為4.25厘、4.10厘及3.95厘。"
    assert _pcts(text) == [(4.25, "%"), (4.10, "%"), (3.95, "%")]
    text = "新造按揭貸款平均利率由去年的4.13厘回落至今年12月的3.59厘。"
    assert _pcts(text) == [(4.13, "%"), (3.59, "%")]


def test_basis_points_of_an_interest_rate_are_hundredths_of_a_point() -> None:
    assert _pcts("隔夜及一個月拆息分別下跌30及45基點。") == [(-0.3, "pp"), (-0.45, "pp")]
    # an exchange rate's 基点 is a pip, and a bracket restating the move just said is no second figure
    assert _pcts("人民幣兌美元中間價下調50個基點。", "mainland") == []
    assert _pcts("央行調降政策利率1碼（25個基點）。") == []


# --- a hedge a word away from its number (tester s17 F3), a phase of a named building (figures14 dev 08)


def test_a_hedge_before_a_total_or_a_modal() -> None:
    figs = [(f.text, f.qualifier) for f in extract_figures("展會預計約將有300家企業參展，約共有1200個展位。")]
    assert figs == [("約將有300家", "approx"), ("約共有1200個", "approx")]


def test_a_building_phase_in_an_address_is_no_count() -> None:
    assert _counts("資訊中心設於國際金融中心2 期55 樓。", "hk") == []


def test_two_kinds_of_occasions_of_the_same_number_are_two_counts() -> None:
    text = "該局全年舉辦120次活動，包括12次記者會、五次簡報會及12次專訪。"
    assert [t for t, _, _ in _counts(text, "hk")] == ["120次", "12次", "五次", "12次"]
