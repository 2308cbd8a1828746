"""Session 30 figures (issue 13): money in tables (a table's unit note binds the plain amounts of the rows under it),
each case with its neighbours and the guards that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _money(text: str, region: str | None = None) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


# -- a table's unit note (单位：人民币元, 單位：港幣千元, (HK$ million)) makes the amounts of the rows under it sums in that
# unit (figures26 dev 13: seven balance-sheet sums under 单位：人民币元 were not read)

BALANCE_SHEET = (
    "1、资产负债表项目变动的情况及原因 单位：人民币元\n"
    "项 目 报告期末余额 期初余额 增减% 变动原因\n"
    "预付款项 2,436,695.05 1,878,311.93 29.73% 子公司货款增加\n"
    "应收票据 50,000.00 15,878,744.00 -99.69% 票据到期重分类\n"
)


def test_the_amounts_of_a_table_under_its_unit_note_are_sums() -> None:
    found = _money(BALANCE_SHEET, region="mainland")
    assert [(v, u) for _, v, u in found] == [
        (2436695.05, "CNY"),
        (1878311.93, "CNY"),
        (50000.0, "CNY"),
        (15878744.0, "CNY"),
    ]
    # the rates keep their own kind
    assert [f.value for f in extract_figures(BALANCE_SHEET, region="mainland") if f.kind == "percent"] == [
        29.73,
        -99.69,
    ]


@pytest.mark.parametrize(
    ("text", "region", "want"),
    [
        # the note's scale and currency, in Traditional script, in a Hong Kong report
        ("單位：港幣千元\n項目 2023 2024\n收入 1,234 2,345.5\n", "hk", [(1234000.0, "HKD"), (2345500.0, "HKD")]),
        # a bare 元 of the note is the region's
        ("金额单位：万元\n工资福利支出 2,082.85 1,503.52\n", "mainland", [(20828500.0, "CNY"), (15035200.0, "CNY")]),
        # an English note in brackets
        ("（HK$ million）\n收入 1,234.5 1,100.0\n", "hk", [(1234500000.0, "HKD"), (1100000000.0, "HKD")]),
        # scale and a named currency after it
        ("单位：亿美元\n出口 1,234.5\n", "mainland", [(123450000000.0, "USD")]),
        # a row's label glued to its first cell (a PDF's text), its row number on the line after
        (
            "单位：万元\n序号 金融机构名称 授信总额 已使用情况剩余额度\n1工商银行330,435.30 234,850.00 95,585.30\n"
            "2徽商银行330,435.30 256,735.30 73,700.00\n",
            "mainland",
            [
                (3304353000.0, "CNY"),
                (2348500000.0, "CNY"),
                (955853000.0, "CNY"),
                (3304353000.0, "CNY"),
                (2567353000.0, "CNY"),
                (737000000.0, "CNY"),
            ],
        ),
    ],
)
def test_a_unit_note_gives_its_rows_its_scale_and_currency(
    text: str, region: str, want: list[tuple[float, str]]
) -> None:
    found = [(v, u) for _, v, u in _money(text, region=region)]
    # (the repeated 330,435.30 is one figure: the same sum said again)
    assert found == [w for i, w in enumerate(want) if w not in want[:i]]


@pytest.mark.parametrize(
    "text",
    [
        # a unit of no money
        "编制单位：某公司 单位：件\n产量 1,234.00 2,345.00\n",
        # a price per unit is no table's unit
        "计量单位：元/吨\n价格 2,345.00\n",
        # a flattened table, a cell a line: its columns cannot be told apart (figures2's convention)
        "单位：亿元\n指 标\n12月末\n比年初增加额\n#单位存款\n775.0\n103.0\n",
        # a head that names a rate column over bare numbers: no cell is taken for a sum
        "单位：亿元\n指标 指标值 同比增长（±%）\n地区生产总值 4000.5 10.0\n第一产业 153.6 11.0\n",
        # a row with plain whole numbers in it (counts, a rate): no row of sums
        "单位：新台币元\n治理工程116 96 82.76\n应急工程43 40 93.02\n",
        # prose after the note: the table has ended
        "本表单位：元。\n去年公司营收达到1,234.56，同比增长。\n",
    ],
)
def test_what_a_unit_note_does_not_make_a_sum(text: str) -> None:
    assert _money(text, region="mainland") == []


def test_a_table_cell_that_restates_the_prose_is_one_figure() -> None:
    text = "年末存款余额1970.6亿元。\n单位：亿元\n指标 12月末 比年初增加额\n存款余额 1,970.6 266.0\n"
    assert [v for _, v, _ in _money(text, region="mainland")] == [197060000000.0, 26600000000.0]


def test_a_labelled_row_is_read_as_before() -> None:
    # the row's own label names the unit: unchanged
    found = _money("营业收入（万元）：12,345.67\n", region="mainland")
    assert [(v, u) for _, v, u in found] == [(123456700.0, "CNY")]


# -- a Simplified text of no Hong Kong outlet that names 港元 for its Hong Kong sums writes renminbi as a bare 元 (a
# mainland brief's Hong Kong items among its 财政部 items: figures29 dev 06, 08, 12 read 11.35 万亿元 as HKD)


@pytest.mark.parametrize(
    "text",
    [
        "陆家嘴财经早餐\n1、财政部数据显示，新增地方政府专项债券已发行 1.9 万亿元。\n"
        "2、港股宽幅震荡，恒生指数收盘涨0.08%。大市成交1028.37亿港元。\n",
        "1、同业存单发行规模已超22万亿元。\n2、香港金管局公布，外汇基金总资产增加305亿港元。\n",
    ],
)
def test_a_simplified_brief_naming_hkd_writes_renminbi_bare(text: str) -> None:
    found = _money(text)
    bare = [u for t, _, u in found if "港元" not in t]
    assert bare and set(bare) == {"CNY"}, found
    assert {u for t, _, u in found if "港元" in t} == {"HKD"}


@pytest.mark.parametrize(
    ("text", "script", "source", "url"),
    [
        # the region's own press (Traditional), or a Simplified page from a Hong Kong outlet or address: HKD as before
        ("港府宣布撥款50億元，另向每名長者發放2,000港元。香港特區政府表示。", "hant", "", ""),
        ("港府宣布拨款50亿元，另向每名长者发放2000港元。香港特区政府表示。", "hans", "香港电台", ""),
        (
            "港府宣布拨款50亿元，另向每名长者发放2000港元。香港特区政府表示。",
            "hans",
            "",
            "https://news.rthk.hk/a/1.htm",
        ),
    ],
)
def test_hong_kong_press_keeps_its_bare_dollar(text: str, script: str, source: str, url: str) -> None:
    from briefreader.figures import detect_region
    from briefreader.figures.extract import fold_text

    region = detect_region(fold_text(text), script=script, source=source, url=url, original=text)
    found = [(f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]
    assert (5000000000.0, "HKD") in found


# -- the same value as the item listed right before it, with only an enumeration comma between, is the list's next
# item, not the figure said again (figures22 06: 分别为44万吨、25万吨、25万吨 listed two figures)


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("2011～2013年出口数量分别为44万吨、25万吨、25万吨。", "quantity", [440000.0, 250000.0, 250000.0]),
        ("三家分别以20%、20% 和18% 的占比位列前三。", "percent", [20.0, 20.0, 18.0]),
    ],
)
def test_equal_items_of_a_list_are_each_listed(text: str, kind: str, values: list[float]) -> None:
    assert [f.value for f in extract_figures(text, region="mainland") if f.kind == kind] == values


def test_a_figure_said_again_in_its_sentence_is_still_one() -> None:
    # (a guard: restated, not enumerated)
    for text in ("共签约12个项目，12个项目总投资达100亿元。", "共签约12个项目、12个项目总投资达100亿元。"):
        assert [f.value for f in extract_figures(text, region="mainland") if f.kind == "count"] == [12.0]


# -- the heads of a 分别 list share its last item's unit; a head first read bare on its own is taken back (金额分别为5亿、
# 7亿、7亿美元 listed 5亿 as RMB and as USD; 分别亏损3亿和5亿元人民币 read 3亿 as 300 mn people)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("金额分别为5亿、7亿、7亿美元。", [(5e8, "USD"), (7e8, "USD"), (7e8, "USD")]),
        ("资助额分别为10万、20万及30万港元。", [(1e5, "HKD"), (2e5, "HKD"), (3e5, "HKD")]),
        ("两家公司分别亏损3亿和5亿元人民币。", [(3e8, "CNY"), (5e8, "CNY")]),
        # (a guard: the heads of a list in yuan, as before)
        ("总价分别为26.3亿、88.9亿元。", [(2.63e9, "CNY"), (8.89e9, "CNY")]),
    ],
)
def test_a_list_head_takes_the_unit_of_its_last_item_once(text: str, want: list[tuple[float, str]]) -> None:
    found = [(f.value, f.unit) for f in extract_figures(text, region="mainland") if f.kind in ("money", "count")]
    assert [(v, u) for v, u in found if u != "家"] == want


# -- a fee named right before a bare 万 is a sum (每人收费 2 万: figures24 dev-retired25 06), and 每人 says whom a sum
# is per, not that people are counted


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("该机构每人收费 2 万，已有百人报名。", "RMB 20,000/person"),
        ("读一年学费2万。", "RMB 20,000"),
        ("每人捐款2万。", "RMB 20,000/person"),
    ],
)
def test_a_fee_or_a_per_head_sum_before_a_bare_wan_is_money(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text, region="mainland") if f.kind == "money"] == [en]


@pytest.mark.parametrize("text", ["免费领取2万份。", "收费站日均车流2万。", "每年浪费2万吨粮食。"])
def test_no_fee_no_sum(text: str) -> None:
    assert [f.en for f in extract_figures(text, region="mainland") if f.kind == "money"] == []


# -- review s30 fixes (13-fix): what a table's unit note governs (R4, R13, R15), its restated cells looked up (R16),
# an English note in any listed currency (R10), payers are no fee (R9)


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        # a flattened budget table: the prose above names （项）, the row's own label is 城乡社区支出 (R4's label is
        # the row's words, not the line's)
        (
            "单位：元\n专项普查活动（项）说明 201一般公共服务支出2,932,700 212城乡社区支出119,385,303\n",
            "119,385,303",
            119385303.0,
        ),
        # a statement's block heading on a line of its own does not end its table (R13)
        ("单位：元\n项目 本期 上期\n二、营业利润\n营业收入 1,234,567.89 1,000,000.00\n", "1,234,567.89", 1234567.89),
        # a row with its own unit (people) among sums: the sums after it are still the note's (R4, R13)
        (
            "单位：万元\n指标 2023年 2022年\n从业人员（人） 1,234 1,198\n营业收入 12,345.67 11,234.56\n",
            "12,345.67",
            123456700.0,
        ),
        # a column's own note: the cell of that column, its row's label glued to it (行政事业性收费7730.28)
        ("信息内容 本年收费金额（单位：万元）\n行政事业性收费7730.28\n", "7730.28", 77302800.0),
    ],
)
def test_a_tables_note_still_governs_its_sums(text: str, number: str, value: float) -> None:
    assert (number, value, "CNY") in _money(text, "mainland")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("单位：元\n项目 金额\n营业收入 12,345.67\n表2 分地区销量\n地区 销量（辆）\n华东 12,345 13,456\n", "12,345"),
        ("单位：亿元\n营业收入 1,234.56\n单位：万标准煤\n能源消费量 2,345.67 2,210.45\n", "2,345.67"),
        ("单位：万元\n项目 本年\n营业收入 1,234.56\n平均工资（万元/人） 12.35\n", "12.35"),
    ],
)
def test_no_sum_outside_what_a_note_governs(text: str, number: str) -> None:
    assert number not in [t for t, _, _ in _money(text, "mainland")]


@pytest.mark.parametrize(
    ("note", "unit", "scale"),
    [("(in EUR thousands)", "EUR", 1e3), ("(C$ Million)", "CAD", 1e6), ("(RMB’000)", "CNY", 1e3)],
)
def test_an_english_note_in_any_currency_of_units(note: str, unit: str, scale: float) -> None:
    assert ("1,234.5", 1234.5 * scale, unit) in _money(f"{note}\n收入 1,234.5 1,100.2\n")


def test_a_bare_dollar_note_says_no_currency() -> None:
    assert _money("($ million)\n收入 1,234.5 1,100.2\n") == []


def test_payers_counted_are_no_fee_but_a_fee_paid_is() -> None:
    assert _money("今年参保缴费人数达120万，其中新增缴费2万。", "mainland") == []
    assert [v for _, v, _ in _money("每年需缴费2万。", "mainland")] == [20000.0]
