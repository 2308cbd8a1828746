"""Session 11 (issue 13): grammar rules found on figures5's retired held-out split (dev-retired6) and the
dev splits, and ``figures --stdin`` with --csv/--all. Each case fails on the code before the change."""

from __future__ import annotations

import csv
import io
import sys

import pytest

from briefreader.figures import extract_figures, parse_number


def _figs(text: str, region: str | None = None) -> list[tuple[str, str, float | None, str, str]]:
    return [(f.kind, f.text, f.value, f.unit, f.qualifier) for f in extract_figures(text, region=region)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("卅六", 36), ("廿", 20), ("卌五", 45), ("卅一点六", 31.6), ("一一一万", 1_110_000), ("七五五〇", 7550)],
)
def test_tens_characters_and_digit_by_digit_numerals(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_tens_characters_keep_the_whole_amount() -> None:
    # was 六億元 (TWD 600 mn) and 五萬元: a confident wrong number
    assert _figs("交通部首先砸下卅六億元推出", "tw") == [("money", "卅六億元", 3.6e9, "TWD", "exact")]
    assert _figs("每車補助十五至卅五萬元", "tw") == [("money", "十五至卅五萬元", 150_000.0, "TWD", "range")]


def test_a_circle_inside_a_numeral_is_zero_and_a_placeholder_is_nothing() -> None:
    assert _figs("老農津貼也將提高至七五五○元，耗費", "tw") == [("money", "七五五○元", 7550.0, "TWD", "exact")]
    assert _figs("补助〇〇万元。") == []  # an amount left out, not 10,000
    assert _figs("○○公司补助五万元", "mainland") == [("money", "五万元", 50_000.0, "CNY", "exact")]


def test_taiwan_financial_words_set_the_currency() -> None:
    text = "15家上市櫃金控陸續公布8月自結獲利，兆豐金8月單月稅後盈餘22.45億元，逾放比0.16％。"
    money = [f for f in extract_figures(text) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(2_245_000_000.0, "TWD")]


def test_a_currency_fall_is_signed() -> None:
    assert [f.value for f in extract_figures("美元兌人民幣匯價已貶至 6.93，貶值幅度約達 11%，", region="tw")] == [-11.0]
    assert [f.value for f in extract_figures("乘上 7% 的人民幣貶值幅度計算", region="tw")] == [-7.0]


def test_a_rate_per_time_is_no_count() -> None:
    assert [f for f in extract_figures("算力总规模达到10.36百亿亿次/秒。") if f.kind == "count"] == []


def test_suo_before_a_bound_is_the_measure_word() -> None:
    assert _figs("全国新建改扩建1000所以上优质普通高中") == [("count", "1000所以上", 1000.0, "所", "over")]


def test_people_named_before_or_after_a_bare_wan_number() -> None:
    assert _figs("65歲或以上的長者數目為98萬，佔全港人口一成四", "hk")[0] == ("count", "98萬", 980_000.0, "", "exact")
    assert _figs("300多万老年人在家门口就能吃上饭")[0][:3] == ("count", "300多万", 3_000_000.0)
    counts = [f for f in _figs("2025年医疗旅游人次86.5万、收入83.9亿元") if f[0] == "count"]
    assert [(v, u) for _, _, v, u, _ in counts] == [(865_000.0, "人次")]  # the measure word before the number


def test_a_hedge_before_a_list_with_fenbie_covers_each_item() -> None:
    got = _figs("用地總面積分別約為3 389公頃、584公頃及7 103公頃。上述", "hk")
    assert [q for *_, q in got] == ["approx", "approx", "approx"]
    assert [q for *_, q in _figs("分别约为3亿元、5亿元，另有6亿元")] == ["approx", "approx", "exact"]


def _run_stdin(monkeypatch, capsys, data: bytes, *argv: str) -> tuple[int, str, str]:
    from briefreader.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(["figures", "--stdin", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_stdin_csv_prints_the_figures_as_csv(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run_stdin(monkeypatch, capsys, "营收3000亿元，同比增长12%".encode(), "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["kind", "as written", "English", "value"]
    assert rows[1][:4] == ["money", "3000亿元", "RMB 300 bn", "300000000000.0"]
    assert rows[2][0] == "percent" and len(rows) == 3


@pytest.mark.parametrize(
    ("argv", "said"),
    [(("--all",), "--all"), (("--json", "--csv"), "--json or --csv"), (("--sort", "value"), "--sort")],
)
def test_stdin_refuses_the_library_options(tmp_path, monkeypatch, capsys, argv, said) -> None:
    # these were silently ignored: the table was printed as if they were not given
    monkeypatch.chdir(tmp_path)
    code, out, err = _run_stdin(monkeypatch, capsys, "营收3000亿元".encode(), *argv)
    assert code != 0 and out == "" and said in err


def test_region_places_come_from_the_public_list() -> None:
    """汐止 was in the region table from one text; the districts, townships and parishes now come from a public
    list (figures/places.py, with its provenance), filtered for mainland names and common words."""
    from briefreader.figures.places import CITY_DISTRICTS, PLACES
    from briefreader.figures.region import LEXICON, detect_region

    assert all(w not in {x for x, _ in LEXICON["tw"]} for w in ("汐止", "芦洲", "莺歌"))
    tw = {w for w, _ in PLACES["tw"]}
    assert {"汐止区", "太麻里"} <= tw and "汐止" not in tw  # a two-character name alone: no
    assert (
        not {"三重区", "成功镇", "东区", "新社区", "员林"} & tw
    )  # common words, directions, word + 区, pieces of words
    assert {"深水埗区", "油尖旺"} <= {w for w, _ in PLACES["hk"]} and "望德堂区" in {w for w, _ in PLACES["mo"]}
    assert "大堂区" not in {w for w, _ in PLACES["mo"]}  # 酒店大堂区域
    # a common word only right after its city (+三重: 新北三重)
    assert (
        "蘆洲" in CITY_DISTRICTS["新北"] and "+三重" in CITY_DISTRICTS["新北"] and "三重" not in CITY_DISTRICTS["新北"]
    )
    assert detect_region("新北市三重、新北市汐止的房價每坪50萬元", script="hant").name == "tw"
    assert detect_region("新北市政府說三重保障，每坪50萬元", script="hant").name == "unknown"
    assert detect_region("新北市汐止區的房價每坪50萬元", script="hant").name == "tw"
    # a named city's districts without their suffix count; alone, or beside 常州's 新北区, they do not
    assert detect_region("新北市政府與蘆洲、鶯歌的商家合作推待用餐", script="hant").currency == "TWD"
    assert detect_region("蘆洲、鶯歌的商家合作推待用餐", script="hant").name == "unknown"
    assert detect_region("常州市新北区板桥街道莺歌燕舞，芦洲乡").name == "mainland"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("最高可處7200元罰鍰", "under"),  # a cap on a fine, the verb between
        ("最高贴息1万元/年", "under"),
        ("最高加到140元", "under"),
        ("最多可乘坐4人", "under"),
        ("至少能赚取7万元", "over"),
        ("至少會花個五千塊", "over"),
    ],
)
def test_a_bound_reaches_its_number_over_a_verb(text: str, qualifier: str) -> None:
    (fig,) = [f for f in extract_figures(text, region="tw") if f.kind in ("money", "count")]
    assert fig.qualifier == qualifier


def test_a_share_bounded_before_the_whole_it_is_of() -> None:
    assert [f.qualifier for f in extract_figures("占地不到全市总面积10%的厦门岛")] == ["under"]
    assert [f.qualifier for f in extract_figures("這等同不超過原來項目15%的開支")] == ["under"]
    # a verb or a time between: not a share's bound (不到一年增长10%)
    assert [f.qualifier for f in extract_figures("不到一年增长10%")] == ["exact"]


def test_a_line_that_opens_a_list_is_no_subheading() -> None:
    # the lead line ends in 具體如下：; the body's 5宗群集性事件 is listed again (was grouped as the heading's figure)
    text = "衛生局今日接獲5宗流感樣疾病群集性感染報告，具體如下：\n第一宗，共6名患者。\n經調查，5宗群集性事件中，14人陽性。"
    assert [f.text for f in extract_figures(text, region="mo") if f.unit == "宗"] == ["5宗", "5宗"]


def test_a_dependency_ratio_is_no_count() -> None:
    text = "香港在1980年代初是10名適齡工作人士(即15歲至64歲)支援1名長者，今天則跌至5人支援1人。派出5名医生支援灾区。"
    assert [f.text for f in extract_figures(text, region="hk") if f.kind == "count"] == ["5名"]


def test_one_of_a_sex_is_singular() -> None:
    assert [f.en for f in extract_figures("共6名患者（5男1女）", region="mo")][1:] == ["5 men", "1 woman"]


def test_one_value_twice_in_a_sentence_told_apart() -> None:
    # a year between: two facts (was grouped as one restatement)
    text = "新生兒在2016年是1,700多萬,2017年還能保持1,700多萬,但是到了2018年就降到1,523萬。"
    assert [f.value for f in extract_figures(text, region="tw") if f.kind == "count"] == [17e6, 17e6, 15.23e6]
    # a list whose items each pair a sum with a rate
    text = "分別是第一輪的 340 億美元加 25% 稅率、第二輪的 160 億美元加 25% 關稅、目前第四輪 3000 億美元加 10% 關稅。"
    assert [f.value for f in extract_figures(text, region="tw") if f.kind == "percent"] == [25.0, 25.0, 10.0]
    # the same statement twice, nothing between: still one
    assert [f.value for f in extract_figures("增长5%，增长5%。") if f.kind == "percent"] == [5.0]


def test_a_range_before_the_noun_it_counts() -> None:
    got = [(f.value, f.high, f.qualifier) for f in extract_figures("發放3萬至5萬網約車牌,以下", region="hk")]
    assert got == [(30_000.0, 50_000.0, "range")]


def test_bounded_shares_listed_for_different_wholes() -> None:
    text = "原则上，中外环间区域不低于70%，中环以内区域不低于60%，新城和南北转型重点区域不低于60%，外环外不低于50%。"
    assert [f.value for f in extract_figures(text) if f.kind == "percent"] == [70.0, 60.0, 60.0, 50.0]


# --- review s11 F10: a Hong Kong institution named after a mainland place


@pytest.mark.parametrize(
    "orig",
    [
        "福建中學今日公布，新學年學費為每年3,000元，較去年增加5%。校方表示，學費將用於改善校舍。",
        "上海商業銀行今日公布，客戶每月手續費為50元。銀行表示，新收費下月生效。",
        "廣州酒家今日公布，月餅禮盒售價為388元。",
    ],
)
def test_a_hong_kong_name_starting_with_a_mainland_place_keeps_hong_kong_dollars(orig: str) -> None:
    from briefreader.figures import extract_figures
    from briefreader.figures.region import detect_region
    from briefreader.hanzi import to_simplified

    text = to_simplified(orig)
    region = detect_region(text, source="東方日報", script="hant", original=orig)
    assert region.currency == "HKD"  # was CNY: "its lead opens on 福建 (the mainland)"
    assert {f.unit for f in extract_figures(text, region) if f.kind == "money"} == {"HKD"}
    # the place itself still sets the text on the mainland
    plain = to_simplified("廣州今日公布，月餅禮盒售價為388元。")
    assert detect_region(plain, source="東方日報", script="hant").currency == "CNY"
