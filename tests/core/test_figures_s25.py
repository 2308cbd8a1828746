"""Session 25 (13-dev): rules read off figures19's retired split (dev-retired20) and the neighbours that keep them
general (a number whose unit its sentence already said, a word of its own, a clause's own subject)."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _figures(text: str, kind: str) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region="mainland") if f.kind == kind]


def _en(text: str, kind: str) -> list[str]:
    return [en for _, en in _figures(text, kind)]


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("再加上目前地方财政投入约1000亿，每年仍有3000亿的缺口", ["about RMB 100 bn", "RMB 300 bn/year"]),
        ("今年融资500亿元，还有200亿的差额", ["RMB 50 bn", "RMB 20 bn"]),
    ],
)
def test_a_shortfall_after_a_sum_keeps_its_unit(text: str, en: list[str]) -> None:
    assert _en(text, "money") == en


def test_a_shortfall_with_no_sum_before_stays_unread() -> None:
    # no sum in the sentence says what the gap is of (a labour gap, a supply gap): shown as nothing, not money
    assert _en("全国每年仍有3000万的缺口", "money") == []


@pytest.mark.parametrize("text", ["而车辆购置税2022年是2398.36亿", "关税收入去年约为2.2万亿", "全年个税收入约1.4万亿"])
def test_a_tax_names_a_sum(text: str) -> None:
    assert len(_en(text, "money")) == 1


@pytest.mark.parametrize("text", ["纳税人超过3亿", "税务部门约3万"])
def test_tax_payers_and_offices_name_no_sum(text: str) -> None:
    assert _en(text, "money") == []


@pytest.mark.parametrize(
    ("text", "en"),
    [("用的 Token 少 30%，准确率高", "-30%"), ("比去年少30%", "-30%"), ("待租物件少50%", "-50%"), ("少了20%", "-20%")],
)
def test_less_by_a_percent_is_signed(text: str, en: str) -> None:
    assert _en(text, "percent") == [en]


@pytest.mark.parametrize("text", ["至少30%", "最少30%的企业", "多少30%", "不少30%"])
def test_words_that_end_in_shao_sign_nothing(text: str) -> None:
    assert all(not en.startswith("-") for en in _en(text, "percent"))


def test_fewer_people_than_another_place_is_no_fall() -> None:
    # a difference from another, not a change of the amount: the count is unsigned (figures2 dev 13)
    assert _en("岛内2个区10年人口增量仅24.9万，比岛外少100多万，", "count")[-1] == "1 mn+ people"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("第三批集中土地拍卖，22块地只卖了十块，", [("22块", "22"), ("十块", "10")]),
        ("推出8块宅地，最后只卖出3块，", [("8块", "8"), ("3块", "3")]),
    ],
)
def test_more_pieces_of_a_sentence_that_counted_pieces(text: str, count: list[tuple[str, str]]) -> None:
    assert _figures(text, "count") == count
    assert _en(text, "money") == []


def test_a_price_after_pieces_of_another_sentence_stays_money() -> None:
    assert _en("拍卖了22块地。猪肉从10块涨到12块。", "money") == ["RMB 10", "RMB 12"]


@pytest.mark.parametrize("text", ["今年前两轮集中拍卖基本上是底价成交", "2024年前3批名单"])
def test_the_first_ones_of_a_calendar_year_are_no_count(text: str) -> None:
    assert _en(text, "count") == []


def test_a_count_after_years_ago_stays() -> None:
    assert _figures("三年前5家企业落户", "count") == [("5家", "5 companies")]


@pytest.mark.parametrize(
    "text",
    [
        "同时也是Twitter的重度用户，粉丝过亿。",
        "Codex 的周活跃用户超过了200万，桌面 App 下载量已超100万。",
        "钉钉的用户数量已经超过6亿，服务的企业组织数超过2300万。",
    ],
)
def test_a_clause_with_its_own_subject_borrows_no_people(text: str) -> None:
    # the last clause names what its number is of (粉丝, 下载量, 组织数): not the users of the clause before (since
    # session 40 the downloads are a count of their own, with no people: "over 1 mn")
    assert [t for t, _ in _figures(text, "count") if t in ("过亿", "超过2300万")] == []
    assert [en for t, en in _figures(text, "count") if t == "超100万"] in ([], ["over 1 mn"])


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("新生儿在2016年是1,700多万,2017年还能保持1,700多万", "17 mn+ births"),
        ("农村网民占比为27.4%，规模为2.01亿", "201 mn internet users"),
    ],
)
def test_a_topic_chain_past_clauses_of_no_subject(text: str, en: str) -> None:
    assert _en(text, "count")[-1] == en


# every sign of units' one range table, the doubled dashes too (the lead's reread item: they were spelt out in several
# regexes, each with its own subset, so 三分之一–三分之二 and US$2～3 billion read otherwise than with a hyphen)
_SIGNS = ["至", "到", "-", "--", "~", "～", "—", "——", "–", "－", "─", "―"]


@pytest.mark.parametrize(
    "template",
    [
        "两{s}三万港元的补贴",
        "价格下降两{s}三成",
        "约占三分之一{s}三分之二",
        "100{s}500亩（含500亩）",
        "10{s}20多名学生",
        "融资US$2{s}3 billion",
        "七座{s}九座小型客车",
        "5%{s}10%",
        "1万(含){s}5万元",
    ],
)
@pytest.mark.parametrize("sign", _SIGNS)
def test_every_range_sign_reads_alike(template: str, sign: str) -> None:
    def read(s: str) -> list[tuple[str, float | None, str, str]]:
        return [(f.kind, f.value, f.unit, f.qualifier) for f in extract_figures(template.format(s=s), region="hk")]

    assert read(sign) == read("-")


# tester s25 findings' neighbours (the findings' own cases are in tests/test_newuser_s25.py)
@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("到2030年森林覆盖率达到", "by 2030"),
        ("2030年前实现碳达峰", "by 2030"),
        ("计划2027年底建成", "by 2027"),
        ("会议将于2026年在杜尚别举行", "in 2026"),
        ("预计2030年前后启动商用部署", "around 2030"),
    ],
)
def test_a_year_is_by_only_where_the_words_say_by(text: str, en: str) -> None:
    assert _en(text, "year") == [en]


@pytest.mark.parametrize("text", ["今晚进行四分之一决赛", "八分之一決賽"])
def test_a_knockout_round_is_no_share(text: str) -> None:
    assert _en(text, "ratio") == []


def test_a_fraction_before_other_words_stays_a_share() -> None:
    assert _en("约占全市的四分之一", "ratio") == ["about one quarter"]


@pytest.mark.parametrize(
    ("text", "en"), [("收到1200份企业申报材料。", "1,200"), ("46种产品能耗达到国家先进值", "46 products")]
)
def test_fen_counts_copies_other_measures_keep_their_noun(text: str, en: str) -> None:
    assert _en(text, "count") == [en]


@pytest.mark.parametrize("text", ["当中感受包括两个维护的氛围", "无视中央八项规定精神"])
def test_a_numbered_name_is_no_count(text: str) -> None:
    assert _en(text, "count") == []


def test_a_grade_after_a_noun_makes_it_a_modifier() -> None:
    assert _en("观测到数千只国家一级保护动物", "count") == ["several thousand"]


@pytest.mark.parametrize(("text", "en"), [("费率为万分之0.475。", "0.00475%"), ("千分之五", "0.5%")])
def test_a_small_share_keeps_its_digits(text: str, en: str) -> None:
    assert _en(text, "ratio") == [en]


@pytest.mark.parametrize(
    ("text", "en"), [("总场次超9600万。", "over 96 mn sessions"), ("约1.37万场次文旅消费活动", "about 13,700 events")]
)
def test_a_per_event_measure_before_the_number_counts_it(text: str, en: str) -> None:
    assert _en(text, "count") == [en]


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("金价报每克1388元", "RMB 1,388/g"),
        ("钻石每克拉3万元", "RMB 30,000/ct"),
        ("每股盈利0.55元", "RMB 0.55/share"),
        ("每年仍有3000亿元的缺口", "RMB 300 bn/year"),
        ("每10股派发现金红利4.2元", "RMB 4.2 per 10 shares"),
        ("白钨精矿：41.40万元/标吨", "RMB 414,000/standard t"),
    ],
)
def test_a_price_per_unit_said_before_or_after_keeps_its_rate(text: str, en: str) -> None:
    assert _en(text, "money") == [en]


def test_a_per_unit_in_another_clause_is_not_the_sums() -> None:
    assert _en("每年举办一次，总投资3000万元", "money") == ["RMB 30 mn"]


@pytest.mark.parametrize(
    ("text", "en"),
    [("我有1M左右的退休资产", "about SGD 1 mn"), ("80K的年薪", "SGD 80,000"), ("一套S$3M 私人公寓", "SGD 3 mn")],
)
def test_a_latin_scale_before_a_sums_noun_is_a_sum(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text, region="sg") if f.kind == "money"] == [en]


@pytest.mark.parametrize("text", ["2M以上", "500K", "4K电视", "5G基站", "3M公司的收入", "1M像素"])
def test_a_latin_scale_with_no_sums_noun_stays_as_written(text: str) -> None:
    assert [f for f in extract_figures(text, region="sg") if f.kind == "money"] == []
