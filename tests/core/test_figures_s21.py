"""Session 21 rules of the key-figure grammar (issue 13), each from a cause of false or wrongly read figures found by the
tester and the reviewer (session 20) or on the dev and retired figure splits, checked with sentences written from general
knowledge, not copied from the corpus."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _figs(text: str, region: str | None = "mainland", kind: str | None = None) -> list[tuple[str, float | None, str]]:
    return [(f.kind, f.value, f.en) for f in extract_figures(text, region=region) if kind is None or f.kind == kind]


def _en(text: str, kind: str, region: str | None = "mainland") -> list[str]:
    return [f.en for f in extract_figures(text, region=region) if f.kind == kind]


# --- tester s20 F8: a change written without a sign


def test_widen_and_shrink_sign_a_change() -> None:
    assert _en("出口规模扩大12.7%。", "percent") == ["+12.7%"]  # old: 12.7% (a level)
    assert _en("城乡收入差距缩小0.8个百分点。", "percent") == ["-0.8 pp"]  # old: 0.8 pp
    # a fall that narrows or widens (as 收窄): no sign of its own
    assert _en("降幅缩小2.1个百分点。", "percent") == ["2.1 pp"]
    assert _en("跌幅有所扩大1.5个百分点。", "percent") == ["1.5 pp"]
    assert _en("扩大到12.7%。", "percent") == ["12.7%"]  # the level reached


def test_an_amount_that_is_a_change_says_its_direction() -> None:
    assert _en("全市就业人数减少12万人。", "count") == ["down 120,000 people"]  # old: 120,000 people (a level)
    assert _en("财政收入比上年增加300亿元。", "money") == ["up RMB 30 bn"]
    assert _en("耕地面积减少5000亩。", "area") == ["down 5,000 mu (3.33 km²)"]
    # a level reached, a loss, new ones: no direction
    assert _en("员工减少至300人。", "count") == ["300 people"]
    assert _en("直接经济损失300亿元。", "money") == ["RMB 30 bn"]
    assert _en("今年新增300家企业。", "count") == ["300 companies"]
    # the value stays the size (the golds' convention): only the English says the direction
    assert [f.value for f in extract_figures("财政收入减少300亿元。", region="mainland")] == [3e10]


def test_per_mille_is_read_as_a_ratio() -> None:
    assert _figs("全年出生率为8.2‰。", kind="ratio") == [("ratio", 0.0082, "8.2‰")]  # old: nothing
    assert _en("婴儿死亡率下降了0.3‰。", "ratio") == ["-0.3‰"]
    assert _en("死亡率约5‰。", "ratio") == ["about 5‰"]
    assert _en("人口自然增长率为-0.99‰。", "ratio") == ["-0.99‰"]  # a rate below zero keeps its own sign
    assert _figs("全年出生率为8.2‰。", kind="percent") == []  # not a percent (figures8's gold lists none)


def test_a_level_reached_or_a_unit_is_no_direction() -> None:
    assert _en("预估出货量调高为1万柜。", "count") == ["10,000"]  # raised TO: a level
    assert _en("柴油平均每升1.56欧元。", "money") == ["EUR 1.56/litre"]  # 每升: per litre, not a rise
    assert _en("改造提升25个养老机构。", "count") == ["25 institutions"]  # upgrades 25, not 25 more


# --- tester s20 F7: a government budget table's classification codes (类/款/项) are no counts


def test_budget_classification_codes_are_no_counts() -> None:
    table = "功能分类科目\n204类 公共安全支出 1200万元\n06款 司法 300万元\n01项 行政运行 120万元\n02项 一般行政管理事务 80万元\n"
    assert _figs(table, kind="count") == []  # old: 204 类, 6 款, 1 项, 2 项
    assert [f.value for f in extract_figures(table, region="mainland") if f.kind == "money"] == [1.2e7, 3e6, 1.2e6, 8e5]
    # prose counts of 类/款/项 stay
    assert _en("本次共清理规范性文件三类，涉及资金项目12项。", "count") == ["3", "12 projects"]
    assert _en("条例共有8章56款。", "count") == ["56"]


# --- tester s20 F4: a year told as past is no target


def test_a_past_year_is_no_target() -> None:
    def years(text: str) -> list[tuple[str, str]]:
        return [(f.kind, f.en) for f in extract_figures(text, region="hk") if f.kind in ("year", "date")]

    assert years("該會於1993年前成立，至今已30年。") == [("date", "1993")]  # old: by 1993
    assert years("直到1993年才成立分会。") == [("date", "1993")]
    assert years("到2014年年中，债务总额已从2007年底的7万亿美元增至28万亿美元。") == [
        ("date", "2014"),
        ("date", "2007"),
    ]
    # a year with a word that looks ahead stays a target
    assert years("到2025年，全市GDP将达到1万亿元。") == [("year", "by 2025")]
    assert years("力争到2030年实现碳达峰。") == [("year", "by 2030")]
    assert years("计划于2027年前成立新公司。") == [("year", "by 2027")]
    assert years("2025年前完成改造。") == [("year", "by 2025")]


def test_a_price_move_in_money_says_its_direction() -> None:
    # tester s21 F3 (a commodity report): the moves lost 涨/跌, read as prices
    text = "碳酸锂价格涨300元报7.47万元/吨，近30日累计跌11720.0元。"
    assert _en(text, "money") == ["up RMB 300", "RMB 74,700/t", "down RMB 11,720"]


# --- review s20 R4: 起 after a price is "from", not the measure word of cases


def test_qi_after_a_written_currency_is_a_price_floor() -> None:
    assert _figs("机票港币$599起。", region="hk") == [("money", 599.0, "from HKD 599")]  # old: 599 cases
    assert _figs("套票US$1,299起。", region="hk") == [("money", 1299.0, "from USD 1,299")]
    assert _figs("门票RM30起。", region="malaysia") == [("money", 30.0, "from MYR 30")]
    assert _en("今年共发生599起事故。", "count", region="hk") == ["599 cases"]  # cases stay


# --- tester s21 F1, F2: a clock time after a currency's name; a price per ounce or bushel


def test_a_clock_time_after_a_currency_name_is_no_sum() -> None:
    assert _figs("周五在岸人民币对美元16:30收盘报7.0881。", kind="money") == []  # old: USD 16


def test_a_commodity_price_keeps_its_unit() -> None:
    assert _en("COMEX黄金期货报2536美元/盎司。", "money") == ["USD 2,536/oz"]  # old: USD 2,536 (a sum)
    assert _en("大豆期货报999美分/蒲式耳。", "money") == ["USD 9.99/bushel"]


# --- tester s20 F3: a bare 元 after a sum in another 元 currency, in the same sentence


def test_a_bare_yuan_after_another_yuan_currency_is_shown_as_written() -> None:
    text = "香港去年对内地出口1480亿元人民币，按年增长，进口1413亿元。"
    assert _en(text, "money", region="hk") == ["RMB 148 bn", "141.3 bn yuan"]  # old: HKD 141.3 bn (a guess)
    assert _en("该公司营收50亿美元，利润8亿元。", "money") == ["USD 5 bn", "800 mn yuan"]  # old: RMB 800 mn
    # the region's own currency named, a currency written before the number, another sentence, a currency priced:
    # the bare 元 is read as before
    assert _en("出口1480亿港元，进口1413亿元。", "money", region="hk") == ["HKD 148 bn", "HKD 141.3 bn"]
    assert _en("營收新台幣500億元，淨利80億元。", "money", region="tw") == ["TWD 50 bn", "TWD 8 bn"]
    assert _en("出口1480亿元人民币。进口1413亿元。", "money", region="hk") == ["RMB 148 bn", "HKD 141.3 bn"]
    assert _en("美元兑新台币收在28元。", "money", region="tw") == ["TWD 28"]


# --- a 萬/万 sum with no 元 put to a use (a grant): money, not people


def test_a_sum_put_to_a_use_is_money() -> None:
    assert _figs("其中500萬補助清寒學生。", region="tw") == [("money", 5e6, "TWD 5 mn")]  # old: 5 mn students
    assert _en("另有200万用于修缮校舍。", "money") == ["RMB 2 mn"]
    assert _en("全市500万人受益。", "count") == ["5 mn people"]  # people stay people


# --- tester s20 F1 (rest): the noun a measure word counts


def test_countries_of_delegates_and_polling_stations() -> None:
    assert _en("近60个国家代表出席会议。", "count") == ["nearly 60 countries"]  # old: nearly 60 delegates
    assert _en("2个国家制造业创新中心。", "count") == ["2 centres"]  # a national institution: as before
    assert _en("全港设6票站。", "count", region="hk") == []  # old: 6 votes (票站: polling stations)
    assert _en("议案获得6票支持。", "count", region="hk") == ["6 votes"]


# --- review s20 R5: a slash fraction of a share is no date


def test_a_share_written_with_a_slash_is_a_fraction() -> None:
    assert [f.value for f in extract_figures("约占全年的1/12。", region="tw") if f.kind == "ratio"] == [
        1 / 12
    ]  # old: []
    assert [f.value for f in extract_figures("相当于1/20。", region="tw") if f.kind == "ratio"] == [0.05]
    # a month and a day stay dates (no figure)
    assert [f for f in extract_figures("12/26法院宣判。", region="tw") if f.kind == "ratio"] == []
    assert [f for f in extract_figures("在1/12举行。", region="tw") if f.kind == "ratio"] == []


# --- review s20 R12: the home currencies written before a number come from units.py's one table


def test_home_currency_words_come_from_the_one_table() -> None:
    from briefreader.figures.units import CURRENCIES, HOME_CURRENCY_WORDS, REGION_CURRENCY

    assert set(HOME_CURRENCY_WORDS) == {w for w, c in CURRENCIES.items() if c in REGION_CURRENCY.values()}
    # 葡币 (the pataca's old name) was missing from the hand-kept copy: the bare 元 after it was Hong Kong's
    assert _en("门票葡币50元，儿童30元。", "money", region="hk") == ["MOP 50", "MOP 30"]  # old: HKD 30


# --- review s21 R11: a range of basis points is a range of hundredths of a point


def test_a_basis_point_range_is_hundredths_of_a_point() -> None:
    band = [(f.low, f.high) for f in extract_figures("收益率在10至20个基点之间。", region="mainland")]
    assert band == [(0.1, 0.2)]  # old: (10, 20), '10–20 pp'
    assert _en("利率可能上调25到50个基点。", "percent") == ["+0.25–0.5 pp"]
    assert _en("人民币中间价下调50至100个基点。", "percent") == []  # an exchange rate's pips: no point
