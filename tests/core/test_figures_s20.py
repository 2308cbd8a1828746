"""Session 20 rules of the key-figure grammar (issue 13), each from a cause of false or wrongly read figures found by the
tester and the reviewer (session 19) or on the dev and retired figure splits, checked with sentences written from general
knowledge, not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _count_en(text: str, region: str | None = None) -> list[str]:
    return [f.en for f in extract_figures(text, region=region) if f.kind == "count"]


# --- tester s19 F17: a numeral that starts a place's name is no count


def test_a_numeral_starting_a_place_name_is_no_count() -> None:
    assert _count_en("县城南临三门湾，是南部副中心。") == []  # old: 三门 = 3
    assert _count_en("三门峡市今年GDP增长6%。") == []  # old: 3
    assert _count_en("七台河市煤炭产量下降。") == []  # old: 7
    assert _count_en("南臨三門灣，是南部副中心。", region="tw") == []  # the Traditional forms fold
    # counts stay: a measure word of places counts them, a word after the measure word is what is counted
    assert _count_en("翻过三座山，渡过两条河。") == ["3", "2"]
    assert _count_en("学校开设三门课程。") == ["3 courses"]
    assert _count_en("公司购买了两台山地车。") == ["2"]
    assert _count_en("新开两家超市。") == ["2 supermarkets"]


# --- review s19 R14: a run of digits right after a grouping's head and a comma is a grouping gone wrong


def test_a_malformed_grouping_is_shown_as_written() -> None:
    money = [f for t in ("营收12,3456元", "营收12,345,6789元", "RM1,539,649,663743元") for f in extract_figures(t)]
    assert money == []  # old: RMB 3,456, RMB 6,789, RMB 663,743 (a tail read as the whole)
    # a year and a clause's comma, a list of small numbers, a proper grouping: read as before
    assert _count_en("截至2024,1000家企业参加。") == ["1,000 companies"]
    assert [f.value for f in extract_figures("营收12,345元")] == [12345.0]


# --- review s19 R7: a rate moved by so many 厘 to a level


def _pct(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text) if f.kind == "percent"]


def test_a_rate_moved_in_li_then_its_level() -> None:
    assert _pct("按揭利率下调0.25厘至3.5厘。") == [(-0.25, "pp"), (3.5, "%")]  # old: one range, -3.5 to -0.25 pp
    assert _pct("按揭利率下调0.25厘。") == [(-0.25, "pp")]  # old: a level, 0.25%
    assert _pct("银行宣布减息0.25厘。") == [(-0.25, "pp")]  # old: +0.25 pp (no sign)
    assert _pct("美联储降息25个基点。") == [(-0.25, "pp")]
    assert _pct("美联储加息0.25厘。") == [(0.25, "pp")]
    # levels and a band stay as before
    assert _pct("最优惠利率由5.25厘下调至5厘。") == [(5.25, "%"), (5.0, "%")]
    assert _pct("利率下调25个基点至1.5%。") == [(-0.25, "pp"), (1.5, "%")]


# --- review s19 R8: one table of measure-word classes, people nouns marked where the nouns are defined


def test_measure_word_classes_and_people_nouns_have_one_source() -> None:
    from briefreader.figures import extract, units

    assert units.THING_MEASURES == units.measures_of("thing")
    assert units.SELF_NAMING_MEASURES == units.measures_of("self")
    assert extract._PLACE_COUNTERS == units.measures_of("place")
    assert extract._BUILDING_MEASURES == units.measures_of("building")
    assert extract._KIND_MEASURES == units.measures_of("kind")
    assert all(units.NOUNS[k] == v for k, v in units.PEOPLE_NOUNS.items())
    assert units.PEOPLE_NOUNS_EN == frozenset(units.PEOPLE_NOUNS.values())
    # troops were missing from the hand-kept English list: a measure word of ships counted them
    assert _count_en("附近海域出现3艘美军。") == ["3 ships"]  # old: "3 US troops"


# --- tester s20 F1: a count's English noun from the wrong word


def test_a_count_takes_no_noun_from_the_wrong_word() -> None:
    cases = {
        "公司实际控制人直接持有公司95,385,057股，占公司总股本的23.44%。": ["95.3851 mn shares"],  # old: companies
        "不仅拥有苏州实验室、2个国家技术创新中心和1个国家制造业创新中心。": ["2 centres", "1 centre"],  # countries
        "近日，40多头野生亚洲象到访云南一个村庄。": ["40+ head"],  # old: villages
        "过去，企业需要两次报关，耗时耗力。": ["2"],  # old: "2 companies"
        "证监会昨天公布了3起会同公安部门查处的案件。": ["3 cases"],  # old: departments
        "1架巴西航空工业公司制造的客机坠毁。": ["1"],  # old: "1 company"
        "骨髓捐赠计划年均收到500份医院的骨髓配型要求。": ["500"],  # old: hospitals
        "中国成为世界唯一同时掌握两类回收技术的国家。": ["2"],  # old: countries
    }
    for text, en in cases.items():
        assert _count_en(text) == en, text
    # the noun right after the measure word, and 国家 counted, stay
    assert _count_en("公司新购5台服务器。") == ["5 servers"]
    assert _count_en("非洲地区54个国家报告了确诊病例。") == ["54 countries"]
    assert _count_en("至今在三十五个国家拥有分会。") == ["35 countries"]


# --- tester s20 F2: a month and a day written with a slash are a date, not a ratio


def test_a_slash_month_and_day_is_no_ratio() -> None:
    for text in (
        "立法院今（12/30）审议法案。",  # old: ratio 40%
        "幼儿运动会上周六(4/29)在广场举办。",
        "（8/23 18:05更新）",
        "成功阻挡了12/26法院的点交程序。",
        "制作时间：12/31,1/1,1/2三天",  # old: 1/2 'half'
    ):
        assert [f for f in extract_figures(text) if f.kind == "ratio"] == [], text
    # fractions stay
    assert [f.en for f in extract_figures("获得2/3票数，约3/4国土，总量的1/5以上。") if f.kind == "ratio"] == [
        "two thirds",
        "about three quarters",
        "over one fifth",
    ]


# --- tester s20 F6: a dollar named right before its sign, with a space or none


def test_a_dollar_named_before_its_sign() -> None:
    def money(text: str) -> list[tuple[str, str]]:
        return [(f.text, f.unit) for f in extract_figures(text) if f.kind == "money"]

    assert money("1号售价 HK $ 1,298，2号 HK $ 1,698。") == [("HK $ 1,298", "HKD"), ("HK $ 1,698", "HKD")]  # old: USD
    assert money("售价为港币＄599。") == [("港币＄599", "HKD")]
    assert money("以 HK $13.9的价钱来说") == [("HK $13.9", "HKD")]
    assert money("门票 NT $ 500。") == [("NT $ 500", "TWD")]
    assert money("售价$300。") == [("$300", "USD")]  # a bare $ as before


# --- 13-corpus s20 (figures16 dev 02, 03, 18): Singapore's institutions named in English; its bare $ is SGD


def test_singapore_institutions_and_its_bare_dollar() -> None:
    from briefreader.figures import detect_region

    text = "政府为新加坡公民婴儿提供$5,000的现金礼金。家长可用CPF的MediSave账户支付住院费用。"
    region = detect_region(text)
    assert region.name == "sg"  # old: mainland (新加坡 once is no home)
    assert [(f.text, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"] == [("$5,000", "SGD")]


# --- 13-corpus s20 (figures16 dev 12): the size (规模) of a population of users is a count, not a sum


def test_the_size_of_a_user_population_is_a_count() -> None:
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(f.kind, f.en) for f in extract_figures(text) if f.kind in ("money", "count")]

    assert kinds("农村网民占比为27.4%，规模为2.01亿。") == [("count", "201 mn internet users")]  # old: RMB 201 mn
    assert kinds("中国网民规模达7.31亿。") == [("count", "731 mn internet users")]  # old: nothing
    assert kinds("基金规模达3000亿。") == [("money", "RMB 300 bn")]  # a fund's size is a sum, as before


# --- tester s18/s19 F6: a price per unit keeps its unit


def test_a_price_per_unit_keeps_its_unit() -> None:
    def money(text: str) -> list[tuple[str, str]]:
        return [(f.text, f.en) for f in extract_figures(text) if f.kind == "money"]

    assert money("均价2.8万元/平方米，发行价10.05元/股。") == [  # old: RMB 28,000 and RMB 10.05
        ("2.8万元/平方米", "RMB 28,000/m²"),
        ("10.05元/股", "RMB 10.05/share"),
    ]
    assert money("本周煤价上涨2元/吨。") == [("2元/吨", "up RMB 2/t")]  # s21 (tester s20 F8): a rise says so
    assert money("别墅售价2万元/平方米以上。") == [("2万元/平方米以上", "over RMB 20,000/m²")]
    assert money("油价在60美元/桶附近。") == [("60美元/桶附近", "about USD 60/barrel")]  # old: exact, no unit
    assert money("运价3元/吨公里。") == [("3元", "RMB 3")]  # per tonne-kilometre: no unit of ours


# --- tester s19 F12b (百分之百确定, an idiom) and 13-corpus s20 item 4 (7.1一个百分点, garbled)


def test_an_idiom_and_a_garbled_point_are_no_percent() -> None:
    assert [f for f in extract_figures("我不是百分之百确定。") if f.kind == "percent"] == []  # old: 100%
    assert [f for f in extract_figures("较上年底提升了7.1一个百分点。") if f.kind == "percent"] == []  # old: 1 pp
    assert [f.en for f in extract_figures("百分之百批给政府项目，提高一个百分点。")] == ["100%", "+1 pp"]


# --- review s20 R6 and R7 (high, on bc208c5 and fb9fda9): Latin Singapore words as whole tokens; whose 规模


def test_review_s20_r6_latin_singapore_words_are_whole_tokens() -> None:
    def money(text: str) -> list[str]:
        return [f.en for f in extract_figures(text) if f.kind == "money"]

    text = "苹果公司营收达US$900亿，净利润US$200亿，研发投入US$30亿。每位员工获得奖金$500，门票售价150元。"
    assert money(text)[-2:] == ["USD 500", "RMB 150"]  # on bc208c5: SGD 500, SGD 150 (S$ inside US$)
    assert money("越南HDBank去年利润增长，HDBank股价上涨，HDBank计划派息$2。门票150元。") == ["USD 2", "RMB 150"]


def test_review_s20_r7_the_size_of_another_subject_is_a_sum() -> None:
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(f.kind, f.en) for f in extract_figures(text) if f.kind in ("money", "count")]

    assert kinds("服务用户超1亿，平台交易规模达3000亿。")[-1] == ("money", "RMB 300 bn")  # on fb9fda9: 300 bn users
    assert kinds("该市人口规模为300万，财政规模为500亿。") == [("count", "3 mn people"), ("money", "RMB 50 bn")]


# --- review s20 R3: 宗 counts land parcels, deals and cases: no English of its own


def test_review_s20_r3_zong_says_no_noun_of_its_own() -> None:
    # (session 45: a BESIDE noun (units.NOUN_TABLE) right after 宗 says what it counts: 土地, 地块; still never "cases")
    cases = {
        "成交10宗土地。": "10 plots of land",
        "完成5宗并购交易。": "5",
        "挂牌出让3宗地块。": "3 plots",
        "办理12宗业务。": "12",
    }
    for text, en in cases.items():
        assert _count_en(text) == [en], text  # on 59cad17: "10 cases" ...
    assert _count_en("余下一宗案件涉及一家公司。") == ["1 case"]  # the noun right after it still counts


# --- review s20 R10 (a rate named between the verb and the move) and R11 (a compound unit is not said by its half)


def test_review_s20_r10_r11() -> None:
    assert _pct("银行调升最优惠利率0.25厘至5.875厘。") == [(0.25, "pp"), (5.875, "%")]  # old: one band 0.25-5.875 pp
    for text in ("租金5元/平方米/月", "物业费2.5元/平方米·月", "费用为100元/人/次", "收费10元/人次"):
        (fig,) = extract_figures(text)
        assert "/" not in fig.en, text  # on 6b7b5f6: 'RMB 5/m²' for a monthly rent
