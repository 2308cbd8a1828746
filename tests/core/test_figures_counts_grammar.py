"""Counts by the general grammar (issue 13, session 8): measure words that also name groups,
一 as a number in a partition, people counted in a list, heads that share a unit.

Each phenomenon was found in dev text (figures2 dev, dev-retired, dev-retired3, figures3
dev); the sentences here are written for the tests, in the shape of those found."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _counts(text: str, region: str | None = None) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "count"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全球128國11月1日簽署宣言", [("128國", 128, "国")]),
        ("美国至少37州疫情反弹", [("至少37州", 37, "州")]),
        ("另4区今起扩大全民检测", [("4区", 4, "区")]),
        ("推案量前十名行政區，新北市有五區入榜", [("五區", 5, "区")]),
        ("禾獲特表示3隊對手均不易應付", [("3隊", 3, "队")]),
        ("烏拉圭排名是3隊之中最低", [("3隊", 3, "队")]),
    ],
)
def test_countries_provinces_districts_and_teams_are_counted(text: str, want: list) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "东南五省继续领跑全国",  # a group's name
        "东北三省经济回暖",
        "加强三省一市生态保护红线衔接",
        "半數人不知道十八區設有政府資助的中醫門診",  # Hong Kong's districts, named as a set
        "中美两国关系",
        "七国集团峰会",
        "一国两制",
        "年度盛事香港國際七人欖球賽周五揭幕",  # a game's format
        "五人制足球比赛",
        "3号楼的消防队员",  # 队员 is no count of teams
    ],
)
def test_group_names_and_formats_are_not_counts(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "突出了以下四个方面。",  # the structure of a text, not a quantity (settled in session 8)
        "重点抓好以下14个方面的工作：",
        "新增的服務包括 5方面：",
        "需要三方面需求",
        "从三个层面推进",
    ],
)
def test_the_areas_a_report_sets_out_are_no_key_figures(text: str) -> None:
    assert _counts(text) == []


def test_one_on_the_hand_is_no_count() -> None:
    assert _counts("一方面讓資金有去處、另一方面也能增加就業機會") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "他今天被加控兩項向代理人提供利益，以及一項串謀向代理人提供利益罪名。",
            [("兩項", 2, "项"), ("一項", 1, "项")],
        ),
        ("餘下一宗案件涉及三跑項目供應商", [("一宗", 1, "宗")]),
        (
            "其中7人被控串謀詐騙，一人仍被扣查，其餘4人獲准保釋候查。",
            [("7人", 7, "人"), ("一人", 1, "人"), ("4人", 4, "人")],
        ),
    ],
)
def test_one_in_a_partition_is_the_number_one(text: str, want: list) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "向一間主要填海工程承建商的一名副總經理及一名項目經理分別提供賄款",  # articles, no partition
        "吳啟安另被加控一項串謀使公職人員接受利益罪名",
        "主要是塑化公司只有一套設備來進行操作",
        "一名工人墮地重傷，最終死亡",
    ],
)
def test_one_as_the_article_is_still_no_count(text: str) -> None:
    assert _counts(text) == []


def test_er_ren_is_two_people_but_er_before_other_measure_words_is_not_two() -> None:
    assert _counts("二人給的評論如下") == [("二人", 2, "人")]
    assert _counts("东北的二人转演出") == []
    assert _counts("购买二套房的家庭") == []


def test_people_counted_in_a_list_with_no_unit() -> None:
    text = "快手應用在第四季平均日活躍用戶和平均月活躍用戶創3.66億及6.4億的歷史新高"
    got = [(f.text, f.value, f.unit, f.en) for f in extract_figures(text) if f.kind == "count"]
    assert got == [("3.66億", 366e6, "", "366 mn users"), ("6.4億", 640e6, "", "640 mn users")]


def test_a_head_listed_with_and_shares_the_unit_and_scale_of_the_last_item() -> None:
    text = "涉及的兩間公司分別被判罰款9萬及13萬元。"
    got = [(f.text, f.value, f.unit) for f in extract_figures(text, region="hk") if f.kind == "money"]
    assert got == [("9萬", 90000, "HKD"), ("13萬元", 130000, "HKD")]
    # without 分别 a bare number before 及 is left alone; a different scale is another number
    assert [f.text for f in extract_figures("罰款9萬及13萬元", region="hk")] == ["13萬元"]
    assert [f.text for f in extract_figures("分別罰款9及13萬元", region="hk")] == ["13萬元"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("擴大海水監測點位置到107點、強化沿近海漁產檢測量至3千件", [("107點", 107, "点"), ("3千件", 3000, "件")]),
        ("全市网点达3200点", [("3200点", 3200, "点")]),
        ("經查共計29品項,不論生產日期及批號", [("29品項", 29, "")]),
        ("共有3名农村学生获奖", [("3名", 3, "名")]),
    ],
)
def test_places_with_dian_things_without_a_measure_word_and_rural_people(text: str, want: list) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "下午5點就會陸續收到簡訊",  # a time
        "恒指升94點，即恒指有機會上試21000點至21200點",  # index levels
        "主要有两点原因",  # an argument's points, like 方面
        "所以這三點來看,這三點原因造成了",
        "五家子村的村民",  # a village's name
    ],
)
def test_times_index_points_and_an_arguments_points_are_not_counts(text: str) -> None:
    assert _counts(text) == []


def test_a_hedged_sum_of_another_scale_in_a_sentence_about_money() -> None:
    text = "过路费大概在100多块钱，就直接到酒店，4天应该在1.2万左右，再加其他，我预计是在2万以内都是没有问题的。"
    got = [(f.text, f.value, f.unit, f.qualifier) for f in extract_figures(text) if f.kind == "money"]
    assert got == [
        ("100多块钱", 100, "CNY", "over"),
        ("1.2万左右", 12000, "CNY", "approx"),
        ("2万以内", 20000, "CNY", "under"),
    ]
    # a clause naming what it counts keeps a bare 万 out of money
    text = "营收100多块钱，员工约1.2万左右"
    assert [f.kind for f in extract_figures(text) if f.text.startswith("约1.2万")] != ["money"]


def test_and_more_and_a_price_per_area() -> None:
    (fig,) = extract_figures("并以10万+/平方米的价格成为杭州第一天价楼盘")
    assert (fig.text, fig.value, fig.unit, fig.qualifier) == ("10万+", 100000, "CNY", "over")
    (fig,) = extract_figures("项目均价3.5万/平方米")
    assert (fig.kind, fig.value, fig.unit) == ("money", 35000, "CNY")
    assert extract_figures("开展1+5+N模式，3万+2万") == []


def test_digits_typed_as_chinese_characters_are_left_as_written() -> None:
    # 一四% (14% typed digit by digit) could be 1 to 4 or 14: not read with confidence; 二.二八億支 has one digit before
    # its decimal point: 228 mn (s17, the gold of figures2 dev-retired 06)
    got = [f.text for f in extract_figures("預估今年出貨量將年增一四%至二.二八億支") if f.kind in ("percent", "count")]
    assert got == ["二.二八億支"]


def test_a_currency_note_holds_for_its_company_in_a_market_roundup() -> None:
    # (人民幣，下同) in 快手（1024）'s paragraph: 快手 reports in renminbi; 新秀麗（1910）'s share
    # price further on is quoted in Hong Kong dollars
    text = (
        "較重磅股份中可留意快手（1024）。快手去年收入942億元（人民幣，下同），經調整淨利潤57.51億元。"
        "新秀麗（1910）股價上周五曾再創52周新高24.65元，目標價上調至34元。"
    )
    got = [(f.text, f.unit) for f in extract_figures(text, region="hk") if f.kind == "money"]
    assert got == [("942億元", "CNY"), ("57.51億元", "CNY"), ("24.65元", "HKD"), ("34元", "HKD")]
    # the same company named again keeps its note
    text = "快手（1024）收入942億元（人民幣，下同）。快手（1024）經調整淨利潤57.51億元。"
    assert [f.unit for f in extract_figures(text, region="hk") if f.kind == "money"] == ["CNY", "CNY"]


def test_a_price_floor_with_qi() -> None:
    got = [
        (f.text, f.value, f.unit, f.qualifier)
        for f in extract_figures("打出「總價688萬起，入住新北第一圈捷運宅」", region="tw")
    ]
    assert got == [("688萬起", 6_880_000, "TWD", "over")]
    assert [(f.text, f.qualifier) for f in extract_figures("植栽99元起;首四日", region="tw")] == [("99元起", "over")]
    assert [(f.text, f.qualifier) for f in extract_figures("索賠300萬元起訴", region="tw")] == [("300萬元", "exact")]
    assert _counts("全年发生火灾1.2万起") == [("1.2万起", 12000, "起")]  # cases, with no price word


def test_durations_and_stages_are_not_counts() -> None:
    assert _counts("包車要1個半小時，交通時間多上2個多小時") == []
    assert _counts("就醫發現罹患2期口腔癌") == []
    assert _counts("他參加了5期課程") == [("5期", 5, "期")]


def test_a_sum_named_at_the_head_of_its_sentence() -> None:
    text = "北台灣推案量前十名行政區依序為龜山、板橋、中壢，其中龜山達491億最多，板橋、中壢也都在450億以上。"
    got = [(f.text, f.value, f.unit, f.qualifier) for f in extract_figures(text, region="tw")]
    assert got == [("491億", 49.1e9, "TWD", "exact"), ("450億以上", 45e9, "TWD", "over")]
    assert [f.text for f in extract_figures("預計第4季還有200億案量釋出", region="tw")] == ["200億"]
    text = "广东、江苏和山东的GDP差距出现收缩，与此同时，山东领先浙江的优势增加了1100亿。"
    assert [(f.text, f.unit) for f in extract_figures(text)] == [("1100亿", "CNY")]
    # people named in the sentence keep a bare 亿 out of money
    assert [f.kind for f in extract_figures("全国GDP增长，人口总数达14亿。") if f.text.startswith("14")] != ["money"]
