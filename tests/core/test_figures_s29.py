"""Session 29 figures (issue 13): the misses of figures23's retired split (dev-retired24) read by class, each with its
neighbours (the shape next to the one fixed) and the guard that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _all(text: str, kind: str, region: str | None = None) -> list[tuple[str, float, str, str]]:
    return [(f.text, f.value, f.qualifier, f.en) for f in extract_figures(text, region=region) if f.kind == kind]


def _one(text: str, kind: str, region: str | None = None):
    found = [f for f in extract_figures(text, region=region) if f.kind == kind]
    assert len(found) == 1, [(f.text, f.en) for f in found]
    return found[0]


# -- a hedge and its number with a modal 要 ("needs") or a placing 在 ("at") between them: 至少要人民幣 7,904 元 is at
# least that much, 約在 550 億美元 about that much (before: both exact)


@pytest.mark.parametrize(
    ("sentence", "qualifier", "en"),
    [
        ("想要一整套至少要人民幣 7,904 元，相當不便宜。", "over", "at least RMB 7,904"),
        ("买齐一套最少要3,088元。", "over", "at least RMB 3,088"),
        ("2016 年智慧型手機產值約在 550 億美元，較去年成長 4%。", "approx", "about USD 55 bn"),
        ("每月开销大约在5000元。", "approx", "about RMB 5,000/month"),
    ],
)
def test_a_hedge_reaches_past_a_modal_or_a_placing_word(sentence: str, qualifier: str, en: str) -> None:
    f = _one(sentence, "money", region="mainland")
    assert (f.qualifier, f.en) == (qualifier, en)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("坡度約在 10％以下的土地。", "under"),  # the bound after the number says what it is; 约在 only places it
        ("门票大概在100多块钱。", "over"),  # ... and so does 多
    ],
)
def test_a_placing_hedge_leaves_the_bound_its_say(sentence: str, qualifier: str) -> None:
    kind = "percent" if "％" in sentence else "money"
    assert _one(sentence, kind, region="mainland").qualifier == qualifier


def test_guard_a_minimum_requirement_is_no_hedge() -> None:
    # 最低要求的8%: the required minimum, named; 要 opens 要求 (a noun), no floor on the number
    found = _all("資本充足比率為18.8%，遠高於國際最低要求的8%。", "percent")
    assert [(v, q) for _, v, q, _ in found] == [(18.8, "exact"), (8, "exact")]


# -- a change told from its start after the lead stated its end (头奖奖金已累计达4.3亿美元。…奖金从3.49亿美元累积至
# 4.3亿美元): the pair is a new statement, both bounds listed (before: the end dropped as the lead's level said again)

LOTTERY = (
    "据美媒报道，美国劲球奖头奖奖金目前已累计达4.3亿美元，成为该彩券历史上第十高的奖金。\n"
    "这期劲球在18号开奖无人中得头奖后，奖金从3.49亿美元累积至4.3亿美元。"
)


def test_the_end_of_a_change_is_a_new_statement() -> None:
    values = [v for _, v, _, _ in _all(LOTTERY, "money")]
    assert values == [430_000_000, 349_000_000, 430_000_000]


def test_guard_a_change_said_again_whole_is_one() -> None:
    # the lead's pair said again whole in the body (its start a repeat too): listed once
    text = "罰款由320元增至400元；附表第12項罰款由450元上調至560元。\n關於附表第9項，罰款由320元增至400元。"
    assert [v for _, v, _, _ in _all(text, "money", region="hk")] == [320, 400, 450, 560]


def test_guard_the_leads_level_said_again_is_one() -> None:
    text = "头奖奖金目前已累计达4.3亿美元。\n这期头奖奖金已累计达4.3亿美元，创下纪录。"
    assert [v for _, v, _, _ in _all(text, "money")] == [430_000_000]


# -- one table of currency names (review s28 D1): each country's full name of a shared currency word is read as written
# (before: 叙利亚镑, 印尼卢比 after a number not read at all), and a country's name inside a longer noun that is another
# thing names no country (review s28 R1b: 印度洋, the Indian Ocean)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("叙利亚政府宣布投资300亿叙利亚镑重建电网。", "SYP"),
        ("印尼政府表示，将投资5万亿印尼卢比。", "IDR"),
        ("古巴政府拨款500万古巴比索。", "CUP"),
        ("该行一年亏损20亿黎巴嫩镑。", "LBP"),
        ("乌拉圭政府拨出100亿乌拉圭比索。", "UYU"),
    ],
)
def test_a_countrys_full_currency_name_is_read(sentence: str, unit: str) -> None:
    assert _one(sentence, "money").unit == unit


def test_every_shared_words_country_name_is_in_the_table() -> None:
    from briefreader.figures.units import AMBIGUOUS_CURRENCY_WORDS, CURRENCIES

    for word, countries in AMBIGUOUS_CURRENCY_WORDS.items():
        for country, code in countries.items():
            if country != "伦敦":  # a capital: no currency's name
                assert CURRENCIES[country + word] == code, country + word


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("巴基斯坦瓜达尔港位于印度洋沿岸，项目总投资800亿卢比。", "PKR"),
        ("印尼政府表示，位于印度洋的港口项目将投资5万亿卢比。", "IDR"),
        ("斯里兰卡政府称，这座印度洋港口将投资300亿卢比。", "LKR"),
    ],
)
def test_an_ocean_named_for_a_country_is_not_the_country(sentence: str, unit: str) -> None:
    assert _one(sentence, "money").unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("印度政府宣布拨款2000亿卢比。", "INR"),  # an organisation's name holds its country: 印度政府
        ("墨西哥央行宣布，投资500亿比索。", "MXN"),
    ],
)
def test_guard_the_country_whose_money_it_is(sentence: str, unit: str) -> None:
    assert _one(sentence, "money").unit == unit


# -- Malaysia's press writes its ringgit's cent 仙 (sen) as Hong Kong does: after Arabic digits it is one (目标价从72仙,
# 跌2仙; before: not read in Malaysian text)

KIMLUN = (
    "（吉隆坡30日讯）丰隆投资银行研究把金轮企业的评级上修至守住，目标价也从72仙，调高至79仙。\n"
    "截稿时，金轮企业跌2仙或2.5%，至78仙，市值报2亿7564万令吉。"
)


def test_malaysian_sen_are_ringgit_cents() -> None:
    money = [(f.value, f.unit) for f in extract_figures(KIMLUN, region="my") if f.kind == "money"]
    assert money == [(0.72, "MYR"), (0.79, "MYR"), (0.02, "MYR"), (0.78, "MYR"), (275_640_000, "MYR")]


def test_guard_sen_elsewhere_need_a_price_word() -> None:
    # 仙 after digits in mainland text is no cent unless the clause speaks of a price (八仙, 3仙 of a name)
    assert _all("这部剧里的3仙都来自蓬莱。", "money", region="mainland") == []


# -- a sum after a symbol written in thousands is a sum even with Latin letters glued after it ($1,000LifeSG, a
# Singapore benefit's name; before: read as a model name and dropped); USD300X stays a model


def test_a_sum_in_thousands_glued_to_a_name_is_a_sum() -> None:
    f = _one("新生儿每年$1,000LifeSG积分。", "money", region="sg")
    assert (f.value, f.unit) == (1000, "SGD")


def test_guard_a_model_name_after_a_code() -> None:
    assert _all("新款USD300X型号上市。", "money") == []


# -- issue 19: a line's display width skips the per-character lookup for blocks that are all wide (the same widths)


def test_the_wide_blocks_are_all_wide() -> None:
    import re
    import unicodedata

    from briefreader.figures.extract import WIDE_BLOCKS

    for first, last in re.findall(r"(.)-(.)", WIDE_BLOCKS):
        assert all(unicodedata.east_asian_width(chr(c)) in "WF" for c in range(ord(first), ord(last) + 1)), first


@pytest.mark.parametrize(
    "line", ["", "abc 123", "净利润（元） -4,648,986.52", "“台积电”—3％…", "ｱｲｳ한국어①②", "\t\u3000x"]
)
def test_display_width_is_the_per_character_count(line: str) -> None:
    import unicodedata

    from briefreader.figures.extract import _display_width

    assert _display_width(line) == sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


# -- figures26 (new dev this session): a money-labelled row's losses keep their minus (净利润（元） -4,648,986.52; before:
# not read), a row's signed cells are cells, not a range (-2.34% -8.06%; before: "-2.34% to 8.06%"), money named by
# what it pays (沒收履約保證金4123萬; before: not read), a hedge 刚过 ("just over")

KEY_DATA = (
    "本报告期 上年同期 本报告期比上年同期增减\n"
    "营业收入（元） 4,755,785.11 5,699,227.63 -16.55%\n"
    "归属于上市公司股东的净利润（元） -4,648,986.52 -15,563,758.44 70.13%\n"
    "加权平均净资产收益率 -2.34% -8.06% 上升 5.72 个百分点\n"
)


def test_a_labelled_rows_losses_keep_their_minus() -> None:
    money = [(f.text, f.value) for f in extract_figures(KEY_DATA, region="mainland") if f.kind == "money"]
    assert money == [
        ("4,755,785.11", 4755785.11),
        ("5,699,227.63", 5699227.63),
        ("-4,648,986.52", -4648986.52),
        ("-15,563,758.44", -15563758.44),
    ]


def test_a_rows_signed_cells_are_no_range() -> None:
    percents = [(f.value, f.qualifier) for f in extract_figures(KEY_DATA, region="mainland") if f.kind == "percent"]
    assert (-2.34, "exact") in percents and (-8.06, "exact") in percents


def test_guard_a_dash_between_spaces_is_a_range() -> None:
    f = _one("收益率 -2.34% - 8.06%之间。", "percent")
    assert f.qualifier == "range"


def test_money_named_by_what_it_pays() -> None:
    f = _one("已經達到解約條件，所以沒收履約保證金4123萬，逾期罰款另計。", "money", region="tw")
    assert (f.value, f.unit) == (41_230_000, "TWD")


def test_guard_claimants_of_a_benefit_are_no_sum() -> None:
    text = "美国上星期新申领失业金人数多过预期，前星期数字经修订后，较原先公布高四万八千。"
    assert _all(text, "money", region="hk") == []


def test_just_over() -> None:
    f = _one("美国旅客全年才16.2万人次，增幅刚过9%。", "percent", region="mainland")
    assert (f.value, f.qualifier) == (9, "over")


# -- an idiom's numerals (五花八门) are no count, but a count after an adverb that starts with 一 is (一旦两座核反应堆:
# "once two reactors"; before: dropped as an idiom)


def test_a_count_after_an_adverb_is_a_count() -> None:
    f = _one("伊朗一旦两座核反应堆建成，将需要大量铀。", "count")
    assert (f.value, f.unit) == (2, "座")


@pytest.mark.parametrize("text", ["市场上的产品五花八门。", "他做事三心二意。", "心里七上八下的。"])
def test_guard_an_idioms_numerals(text: str) -> None:
    assert _all(text, "count") == []


# -- a number after a list of names sums the names (加州、佛州和田纳西州三州: no count), but not when a clause on the names
# stands between (由加州、佛州和田纳西州售出的三张彩券: the tickets they sold; before: dropped as the list's size)


def test_a_count_after_a_clause_on_listed_names() -> None:
    f = _one("头奖由加州、佛州和田纳西州售出的三张彩券共同中奖。", "count")
    assert (f.value, f.unit) == (3, "张")


def test_guard_a_lists_size_is_no_count() -> None:
    assert _all("庆阳、张掖、天水3个省级区域医疗中心建成。", "count") == []


# -- review s29 R1, R2, R4, R5 (a8d3f24): a per said between a hedge and its amount is the amount's rate (约每桶75美元,
# 大约在每平方米3万元; before: the per lost), 合约在 is no hedge 约在 (a contract "at"), the word-ends cache is back


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        ("油价大约在每桶75美元左右。", "/barrel"),
        ("油价约每桶75美元。", "/barrel"),
        ("房价大概在每平方米3万元。", "/m²"),
        ("新案開價約每坪52萬。", "/ping"),
    ],
)
def test_a_per_between_a_hedge_and_its_amount(sentence: str, per: str) -> None:
    assert _one(sentence, "money").en.endswith(per)


def test_a_contract_at_a_price_is_no_hedge() -> None:
    f = _one("布兰特原油期货合约在80美元上方。", "money")
    assert (f.text, f.qualifier) == ("80美元", "exact")


def test_the_word_ends_cache() -> None:
    from briefreader.figures import extract

    assert hasattr(extract._dictionary_word_ends, "cache_info")
    assert not hasattr(extract._names_country, "cache_info")


@pytest.mark.parametrize(
    "sentence", ["今年旧金山的游客达2100万。", "春晚黄金时段收视观众达7亿。", "上海金山区常住人口约82万。"]
)
def test_guard_a_place_or_a_time_named_with_gold_is_no_sum(sentence: str) -> None:
    # review s29 R7: only a 金 noun right before the number names a sum (保證金4123萬), not 金 inside the clause
    assert [f.kind for f in extract_figures(sentence)] == ["count"]
