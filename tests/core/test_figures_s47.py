"""Session 47 (13dev, issue 13): sums written in sections, and counts whose noun is no thing counted."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def figs(text: str, kind: str, region: str = "mainland") -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == kind]


# --- a sum written in sections, each with its 元 (a budget's way): one sum ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures11 dev 26: was TWD 1.6 bn and TWD 96.435 mn, two sums where the budget has one
        ("預算編列16億元9,643萬5千元。", [("16億元9,643萬5千元", 1_696_435_000, "TWD")]),
        ("共1億元5000萬元。", [("1億元5000萬元", 150_000_000, "TWD")]),
        ("罰款3萬元5千元。", [("3萬元5千元", 35_000, "TWD")]),
    ],
)
def test_sections_of_one_sum_are_one_sum(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figs(text, "money", "taiwan") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pause between: two sums
        ("預算編列16億元、9,643萬元。", [("16億元", 1.6e9, "TWD"), ("9,643萬元", 96_430_000, "TWD")]),
        # the second no smaller section of the first: two sums
        ("金額2億元3億元", [("2億元", 2e8, "TWD"), ("3億元", 3e8, "TWD")]),
        # a date after the sum is no section of it
        ("支出16億元9月底前完成。", [("16億元", 1.6e9, "TWD")]),
    ],
)
def test_sums_not_glued_as_sections_stay_apart(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figs(text, "money", "taiwan") == expected


# --- 个 before a span or a point of time: no count ---


@pytest.mark.parametrize(
    "text",
    [
        "尽管遭遇了三个世纪以来最严重的经济衰退。",  # figures31 dev 08: was '3'
        "比较2013年6月底和2015年底两个时间点的数据。",  # figures16 dev-retired17 04: was '2'
        "这已是近两个多世纪的传统。",
    ],
)
def test_ge_before_a_span_of_time_counts_nothing(text: str) -> None:
    assert figs(text, "count") == []


def test_ge_before_a_thing_still_counts() -> None:
    assert figs("全市建成三个公园。", "count") == [("三个", 3, "个")]


# --- a range whose upper bound carries a hedge (至近, 到约): one range from its low end, not the upper bound alone ---


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("罰款6萬至近10萬元不等。", "taiwan", [("6萬至近10萬元", 60_000, "TWD")]),  # was 'nearly TWD 100,000' alone
        ("罚款6万元到约10万元。", "mainland", [("6万元到约10万元", 60_000, "CNY")]),
        ("价格从3元至约5元不等。", "mainland", [("从3元至约5元", 3, "CNY")]),
    ],
)
def test_a_hedged_upper_bound_ends_the_range(text: str, region: str, expected: list) -> None:
    assert figs(text, "money", region) == expected
    assert [f.qualifier for f in extract_figures(text, region=region) if f.kind == "money"] == ["range"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level moved from one to another (从/由 before, nothing saying a range): two levels, as before
        ("由去年的3亿元到近5亿元。", [("3亿元", 3e8, "CNY"), ("近5亿元", 5e8, "CNY")]),
        ("注册资本从240亿元增资到近1000亿元。", [("240亿元", 2.4e10, "CNY"), ("近1000亿元", 1e11, "CNY")]),
        # a move then the level it reaches: no range
        ("上季盈利按年升7%至近46.1億美元。", [("近46.1億美元", 4.61e9, "USD")]),
    ],
)
def test_a_hedged_level_after_a_move_is_no_range(text: str, expected: list) -> None:
    assert figs(text, "money") == expected


# --- figures56 (retired as dev-retired42 this session): its count extras and money miss, by shape ---


def test_a_band_from_nought_is_a_cap() -> None:
    # figures56 09: 0-35000元按60%报销 was 'RMB 0–35,000' (value 0: no sum); now up to RMB 35,000
    got = [
        (f.text, f.value, f.qualifier, f.en) for f in extract_figures("标准为：0-35000元按60%报销。", region="mainland")
    ]
    assert got[0] == ("0-35000元", 35_000, "under", "up to RMB 35,000")
    # a count's band from nought stays a range (0-1次: the golds list it so, figures2 dev 36)
    assert [(f.value, f.qualifier) for f in extract_figures("次數已由3-4次降為0-1次。") if f.text == "0-1次"] == [
        (0, "range")
    ]


def test_a_count_named_item_by_item_in_a_bracketed_note_is_no_count() -> None:
    note = "（注：大病患者；特困供养人员；最低生活保障家庭成员。）"
    assert figs(f"资助3类人群{note}外，其余人口也资助。", "count") == []
    assert figs(f"资助4类人群{note}外，其余人口也资助。", "count") == [("4类", 4, "类")]  # three named: not the four


def test_a_count_followed_by_as_many_labelled_lines_is_no_count() -> None:
    text = "共涉及安置点3个:\n长寨：596套2470人；\n广顺：1382套4620人；\n代化：144套554人。\n2018年：计划搬迁1495户。"
    assert ("3个", 3, "个") not in figs(text, "count")
    text4 = text.replace("安置点3个", "安置点4个")
    assert ("4个", 4, "个") in figs(text4, "count")


def test_a_factor_of_a_worked_calculation_is_no_count() -> None:
    text = "以一家拥有50名参保职工的企业为例，标准为1250元/人月×6月×50人=375000元。"
    assert figs(text, "count") == [("50名", 50, "名")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安置点涉及全县5镇1乡1街道。", [("5镇", 5, "镇"), ("1乡", 1, "乡"), ("1街道", 1, "街道")]),
        ("全县辖7乡1镇。", [("7乡", 7, "乡"), ("1镇", 1, "镇")]),
        ("全区下辖12街道。", [("12街道", 12, "街道")]),
        ("长三角三省一市。", []),  # a group's name in Chinese numerals, as before
        ("他走在街道上。", []),
    ],
)
def test_admin_divisions_in_digits_are_a_partition(text: str, expected: list) -> None:
    assert figs(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "en"),
    [
        # figures53 dev-retired39 03: were not read (children not among the people subjects)
        ("2004年随父母进城的适龄儿童已达到640多万，", "6.4 mn+ children"),
        ("托留在农村的“留守儿童”有2200多万。", "22 mn+ children"),
        ("全市企业员工达12万。", "120,000 employees"),
    ],
)
def test_people_named_by_who_they_are_are_counted(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text, region="mainland") if f.kind == "count"] == [en]


def test_a_sum_for_such_people_stays_a_sum() -> None:
    assert [f.kind for f in extract_figures("今年学生资助资金达3000万。", region="mainland")] == ["money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("充電插座還不只一兩個。", []),  # figures2 dev 91: "one or two", a couple (was '1–2')
        ("寒暑表、气压表各一两支。", []),  # figures54 dev-retired40 09
        ("一两万人参加。", [("一两万人", 10_000, "人")]),  # a scale: a magnitude, listed
        ("两三个人来了。", [("两三个", 2, "个")]),
    ],
)
def test_one_or_two_is_a_couple_not_a_count(text: str, expected: list) -> None:
    assert figs(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("答：《办法》共18条。", []),  # figures51 dev-retired38 06: a regulation's articles
        ("依民法1114條第4款之親屬。", []),  # figures16 dev-retired17 17: an article's number
        ("他提出了3条建议。", [("3条", 3, "条")]),
        ("这个方法共3条。", [("3条", 3, "条")]),  # 方法 is no statute
    ],
)
def test_a_statutes_articles_are_no_count(text: str, expected: list) -> None:
    assert figs(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("取得国家一、二、三类新药证书的企业。", []),  # figures3 dev 07: classes named by number (was '3')
        ("共有一、二类地区3个。", [("3个", 3, "个")]),
        ("取得一、三类证书。", [("三类", 3, "类")]),  # not a run from one: as before
    ],
)
def test_a_run_of_numbered_labels_is_no_count(text: str, expected: list) -> None:
    assert figs(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不是满五唯一，就要交90万的个税。", [("90万", 900_000, "CNY")]),  # figures46 dev 05: was not read
        ("全年缴纳300万税款。", [("300万", 3_000_000, "CNY")]),
        ("全市有100万纳税人。", []),  # the payers: people, no sum
        ("免税店卖出100万件。", []),
    ],
)
def test_a_sum_named_by_its_tax(text: str, expected: list) -> None:
    assert figs(text, "money") == expected


def test_taiwans_special_municipalities_as_a_set_place_a_text_there() -> None:
    from briefreader.figures.region import detect_region

    # figures53 dev-retired39 10: a Taiwan portal's teaser (台中市, 五都選舉) had no region: its sums were "yuan"
    text = "台中市有一位民眾在去年五都選舉期間，收賄一千五百元，他還分給兒子五百元。"
    assert detect_region(text, script="hant").name == "tw"
    assert [f.en for f in extract_figures(text, region=detect_region(text, script="hant"))] == ["TWD 1,500", "TWD 500"]
    assert detect_region("台中市有一位民眾在去年選舉期間，收賄一千五百元。", script="hant").name == "unknown"


def test_square_feet_written_with_chi() -> None:
    # figures14 dev 26 (a Malaysian association's museum): was not read; PER_UNITS already read 平方尺 as sq ft
    got = [(f.value, f.unit, f.en) for f in extract_figures("博物馆建筑面积达10550平方尺。") if f.kind == "area"]
    assert got == [(pytest.approx(980.127072), "m2", "10,550 sq ft (980 m²)")]
