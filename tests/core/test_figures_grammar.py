"""Guards issue 13: the amount grammar, the region of a bare 元, grouping, and the public API.

Each case is a sentence shape named in the issue; the expected values were worked out
by hand (e.g. 七千到九千亿 is 7000亿–9000亿, not 7,000 to 900 bn).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefreader.figures import Region, detect_region, extract_figures, figures_to_json, parse_number


def one(text: str, kind: str | None = None, region=None):
    figs = [f for f in extract_figures(text, region=region) if kind is None or f.kind == kind]
    assert len(figs) == 1, [(f.kind, f.text, f.en) for f in figs]
    return figs[0]


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "en"),
    [
        ("两到三万港元", 2e4, 3e4, "HKD", "HKD 20,000–30,000"),
        ("一百二十到一百五十万元", 1.2e6, 1.5e6, "CNY", "RMB 1.2–1.5 mn"),
        ("七千到九千亿元", 7e11, 9e11, "CNY", "RMB 700–900 bn"),
        ("八到九百亿泰铢", 8e10, 9e10, "THB", "THB 80–90 bn"),
        ("从8500到3万港元", 8500, 3e4, "HKD", "HKD 8,500–30,000"),
        ("1万(含)-5万元", 1e4, 5e4, "CNY", "RMB 10,000–50,000"),
        ("1万元--5万元", 1e4, 5e4, "CNY", "RMB 10,000–50,000"),
        ("处30万元以上50万元以下的罚款", 3e5, 5e5, "CNY", "RMB 300,000–500,000"),
        ("2——3万港币", 2e4, 3e4, "HKD", "HKD 20,000–30,000"),
        ("两~3百日元", 200, 300, "JPY", "JPY 200–300"),
    ],
)
def test_second_bound_lends_its_scale_and_unit_to_the_first(text, low, high, unit, en) -> None:
    f = one(text, "money")
    assert (f.qualifier, f.low, f.high, f.value, f.unit, f.en) == ("range", low, high, low, unit, en)


def test_inclusive_bound() -> None:
    f = one("50万元（含）以上", "money")
    assert (f.qualifier, f.low, f.en) == ("over", 5e5, "over RMB 500,000 (inclusive)")


# --------------------------------------------------------------------------- vague and approximate


@pytest.mark.parametrize(
    ("text", "low", "high", "en"),
    [
        ("数十亿元", 1e9, 1e10, "several RMB bn"),
        ("数百亿元", 1e10, 1e11, "tens of RMB bn"),
        ("几十万块", 1e5, 1e6, "RMB hundreds of thousands"),
        ("三四十万港元", 3e5, 4e5, "HKD 300,000–400,000"),
        ("十七八万元", 1.7e5, 1.8e5, "RMB 170,000–180,000"),
        ("八九千美元", 8000, 9000, "USD 8,000–9,000"),
        ("四五千块钱", 4000, 5000, "RMB 4,000–5,000"),
    ],
)
def test_vague_amounts_stay_vague(text, low, high, en) -> None:
    f = one(text, "money")
    assert (f.qualifier, f.low, f.high, f.en) == ("range", low, high, en)


def test_more_than_keeps_its_bounds() -> None:
    f = one("十几亿元", "money")  # never "RMB 100 mn"
    assert (f.qualifier, f.low, f.high, f.en) == ("over", 1e9, 2e9, "over RMB 1 bn")
    f = one("3000多亿元", "money")
    assert (f.low, f.high) == (3e11, 4e11)


def test_counts_in_pairs_and_vague() -> None:
    f = one("三四十万人参加", "count")
    assert (f.low, f.high, f.en) == (3e5, 4e5, "300,000–400,000 people")
    assert one("数十家企业", "count").en == "dozens of companies"
    assert one("数万人", "count").en == "tens of thousands of people"


def test_two_yi_is_two_hundred_million() -> None:
    f = one("两个亿卢布", "money")
    assert (f.value, f.unit, f.en) == (2e8, "RUB", "RUB 200 mn")


def test_percent_range_in_words_and_per_mille() -> None:
    f = one("百分之三十到四十", "percent")
    assert (f.low, f.high, f.en) == (30, 40, "30–40%")
    f = one("税率千分之五", "ratio")
    assert f.value == pytest.approx(0.005) and f.en == "0.5%"
    f = one("占总量的1/5以上", "ratio")
    assert (f.value, f.qualifier, f.en) == (0.2, "over", "over one fifth")


# --------------------------------------------------------------------------- currencies


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("售价$5", 5, "USD"),
        ("US$3.2亿", 3.2e8, "USD"),
        ("HK$ 100", 100, "HKD"),
        ("NT$500", 500, "TWD"),
        ("￥80", 80, "CNY"),
        ("€20", 20, "EUR"),
        ("£3", 3, "GBP"),
        ("HKD13.5", 13.5, "HKD"),
        ("THB 200", 200, "THB"),
        ("5000 INR", 5000, "INR"),
        ("MYR300", 300, "MYR"),
        ("二十五万三千二百泰铢", 253200, "THB"),
        ("500林吉特", 500, "MYR"),
        ("9000元日币", 9000, "JPY"),
        ("三万元欧元", 3e4, "EUR"),
        ("港币两千九百六十元", 2960, "HKD"),
    ],
)
def test_currency_symbols_codes_and_words(text, value, unit) -> None:
    f = one(text, "money")
    assert (f.value, f.unit) == (pytest.approx(value), unit)


def test_code_inside_a_word_is_not_a_currency() -> None:
    assert not [f for f in extract_figures("型号USD300X") if f.kind == "money"]


def test_bare_yuan_follows_the_region() -> None:
    tw = "房价每坪38.54萬元，總價425.6萬元，行政院表示"
    figs = extract_figures(tw)
    assert [(f.unit, f.en) for f in figs] == [("TWD", "TWD 385,400/ping"), ("TWD", "TWD 4.256 mn")]
    assert one("政府開支2576億，財政司司長表示", "money").en == "HKD 257.6 bn"
    assert one("总价425.6万元", "money", region="tw").unit == "TWD"
    assert one("总价425.6万元", "money", region="mo").unit == "MOP"
    assert one("总价425.6万元", "money").unit == "CNY"  # Simplified, nothing regional
    # an explicit currency wins over the region
    assert one("港府拨款50亿元人民币", "money", region="hk").unit == "CNY"


def test_region_detection_keeps_its_reason() -> None:
    r = detect_region("行政院今天宣布，补助新台币5000元", source="中央社", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD") and "中央社" in r.reason and "新台币" in r.reason
    r = detect_region("立法会财务委员会通过拨款", source="明报", script="hant")
    assert r.name == "hk" and "明报" in r.reason
    assert detect_region("国务院常务会议指出", script="hans").name == "mainland"
    unknown = detect_region("會議指出，補助五千元", script="hant")
    assert (unknown.name, unknown.currency) == ("unknown", "")
    f = one("補助五千元", "money", region=unknown)
    assert (f.unit, f.en) == ("", "5,000 yuan")
    with pytest.raises(ValueError):
        extract_figures("5元", region="atlantis")
    assert isinstance(r, Region)


# --------------------------------------------------------------------------- counts, dates


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("3艘货轮", "艘", 3),
        ("18洞球场", "洞", 18),
        ("500株树苗", "株", 500),
        ("2部电影", "部", 2),
        ("30台设备", "台", 30),
        ("50辆车", "辆", 50),
        ("12项任务", "项", 12),
        ("8所学校", "所", 8),
        ("3座桥", "座", 3),
        ("加挂2节车厢", "节", 2),
        ("募到275双新鞋", "双", 275),
        ("发生3起事故", "起", 3),
    ],
)
def test_measure_words(text, unit, value) -> None:
    f = one(text, "count")
    assert (f.unit, f.value) == (unit, value)


def test_yi_before_a_measure_word_and_counts_before_nouns() -> None:
    f = one("集成电路产量4176亿块", "count")
    assert (f.value, f.unit) == (4.176e11, "块")
    f = one("超过6亿的手机用户", "count")
    assert (f.value, f.qualifier, f.en) == (6e8, "over", "over 600 mn users")


def test_not_counts() -> None:
    assert not [f for f in extract_figures("老鼠四处游走，按照前两款规定，前5家企业") if f.kind == "count"]


def test_dates_in_chinese_numerals_and_year_values() -> None:
    f = one("二〇〇二年的第一场雪", "date")
    assert (f.value, f.unit, f.en) == (2002, "year", "2002")
    row = figures_to_json(extract_figures("2024年，杨浦区营收"))[0]
    assert row["value"] == 2024  # never 20240000.0


def test_eleven_twelve_is_not_twenty_two() -> None:
    assert parse_number("十一十二") is None
    assert [f.value for f in extract_figures("十一十二月") if f.kind != "date"] == []


# --------------------------------------------------------------------------- grouping


def test_one_figure_per_statement() -> None:
    lead = "上海元宇宙产业规模将达3500亿元，培育10家以上企业。\n"
    body = "其他内容。\n据了解，上海元宇宙产业规模将达3500亿元，培育10家以上企业。"
    figs = extract_figures(lead + body)
    assert [f.text for f in figs if f.kind in ("money", "count")] == ["3500亿元", "10家以上"]
    same_sentence = extract_figures("补贴近70亿元，其中近70亿元用于消费券。")
    assert len([f for f in same_sentence if f.kind == "money"]) == 1
    # small values that recur as different facts are kept: 0.3% for the country and for cities
    cpi = "全国居民消费价格同比上涨0.3%。\n其中，城市上涨0.3%，农村上涨0.4%。"
    assert [f.value for f in extract_figures(cpi)] == [0.3, 0.3, 0.4]


def test_spans_do_not_overlap() -> None:
    text = "两到三万港元，约4.287亿美元，1万(含)-5万元，50万元（含）以上，百分之三十到四十，三四十万人"
    figs = extract_figures(text)
    for a, b in zip(figs, figs[1:], strict=False):
        assert a.end <= b.start


# --------------------------------------------------------------------------- API


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.2万", 12000),
        ("三千亿", 3e11),
        ("一万二", 12000),
        ("100万三千", 1003000),
        ("壹佰贰拾", 120),
        ("二〇〇二", 2002),
        ("负一百二十万", -1.2e6),
        ("３.５万", 35000),
        ("兩千六", 2600),
        ("百二萬", 1.2e6),
        ("壹拾壹元壹角壹分", 11.11),
    ],
)
def test_parse_number(text, value) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "三四", "数十亿", "点五", "10.1万零100", "abc", "十七十八"])
def test_parse_number_refuses(text) -> None:
    assert parse_number(text) is None


def test_traditional_and_full_width_input_keeps_offsets() -> None:
    text = "營收超過３０００億元，增長１５．３％"
    figs = extract_figures(text, region="mainland")
    assert [(f.text, f.en) for f in figs] == [("超過３０００億元", "over RMB 300 bn"), ("增長１５．３％", "+15.3%")]
    # Traditional with nothing regional in it: whose yuan is unknown, so it is not guessed
    assert extract_figures(text)[0].en == "over 300 bn yuan"
    assert all(text[f.start : f.end] == f.text for f in figs)


def test_cli_reads_stdin() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "briefreader.cli", "figures", "--stdin", "--json"],
        input="行政院宣布補助425.6萬元，約佔百分之三十到四十",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [(r["kind"], r["unit"], r["en"]) for r in rows] == [
        ("money", "TWD", "TWD 4.256 mn"),
        ("percent", "%", "30–40%"),
    ]
    table = subprocess.run(
        [sys.executable, "-m", "briefreader.cli", "figures", "--stdin"],
        input="两到三万港元",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert table.returncode == 0 and "HKD 20,000–30,000" in table.stdout
