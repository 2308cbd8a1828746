"""Sentences from the dev articles of the second real corpus (tests/data/realworld/
figures2/, issue 13 session 5), each the shape of a phenomenon fixed in the grammar."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefreader.figures import extract as extract_module
from briefreader.figures import extract_figures

TW = "tw"


def figures(text: str, region: str | None = None) -> list[tuple[str, float | None, str, str]]:
    return [(f.kind, f.value, f.unit, f.qualifier) for f in extract_figures(text, region=region)]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a 万 amount with its lower section written in digits (中央社)
        ("台灣車市截至11月底新車總領牌達41萬1930輛", TW, [("count", 411930, "辆", "exact")]),
        ("台北市特勤職務共3萬445件,佔全國45%", TW, [("count", 30445, "件", "exact"), ("percent", 45, "%", "exact")]),
        # 兆 with a decimal 億 section
        ("全體上市公司市場總值達新台幣43兆4428.26億元", TW, [("money", 43_442_826_000_000, "TWD", "exact")]),
        # casualties without a measure word
        ("死傷數字,更新為36死47傷。", TW, [("count", 36, "", "exact"), ("count", 47, "", "exact")]),
        ("義失火渡輪10死疑41失蹤", TW, [("count", 10, "", "exact"), ("count", 41, "", "exact")]),
        # measure words of elections, health, markets, auctions (Traditional folded)
        ("朱立倫得9992票,得票率41.7%", TW, [("count", 9992, "票", "exact"), ("percent", 41.7, "%", "exact")]),
        ("2劑疫苗平均施打率提升至26%", TW, [("count", 2, "剂", "exact"), ("percent", 26, "%", "exact")]),
        ("台灣今年9月六都買賣移轉棟數衝高至2.4萬棟", TW, [("count", 24000, "栋", "exact")]),
        ("赵小强仍持有1.88亿股美盛文化股权", None, [("count", 188_000_000, "股", "exact")]),
        ("6位神秘买家共计出价54轮", None, [("count", 6, "位", "exact"), ("count", 54, "轮", "exact")]),
        ("前十大热门景区有六席为主题乐园类景区", None, [("count", 6, "席", "exact")]),
        # the size of a decline, an adverb or a bracket between it and the number
        ("以疫苗施打率最高的歐洲,NPI下降幅度最大(33%)。", TW, [("percent", -33, "%", "exact")]),
        ("新興、台航、裕民、四維航跌幅都在6%以上", TW, [("percent", -6, "%", "over")]),
        # a spending verb makes a sum with no 元 money
        ("这位花1.08亿买下豪宅的竞拍人名叫郑月玉", None, [("money", 108_000_000, "CNY", "exact")]),
        # people counted with no unit, in a clause about people
        ("2020年厦门常住人口突破500万", None, [("date", 2020, "year", "exact"), ("count", 5_000_000, "", "over")]),
        # an average may be a fraction of a count; the difference after it is not a count
        (
            "八、平均每个家庭户的人口为2.62人，比2010年的3.10人减少0.48人。",
            None,
            [("count", 2.62, "人", "exact"), ("date", 2010, "year", "exact"), ("count", 3.1, "人", "exact")],
        ),
        # 股 counts forces as well as shares; marks before the euro; 破 is "over"
        # the size of the three names just listed, not a count (the golds' D3, settled s15; figures2 gold from s16)
        ("台灣在出口、投資與消費3股力道都有所支撐", TW, []),
        (
            "將每升汽油的價格提高到5馬克(按今天的匯率計算為2.55歐元)",
            TW,
            [("money", 5, "DEM", "exact"), ("money", 2.55, "EUR", "exact")],
        ),
        ("（一）我国GDP破100万亿元", None, [("money", 1e14, "CNY", "over")]),
        ("打破3项纪录以后", None, [("count", 3, "项", "exact")]),  # 打破 is not the hedge 破
        # 大紀元: a half-width colon after a word (the TW corpus's punctuation) is not a time
        ("青年(15-24歲)失業率:11.1%(10.8%)", TW, [("percent", 11.1, "%", "exact"), ("percent", 10.8, "%", "exact")]),
        # 新唐人: a range written high first, market verbs of force, hedges of reach
        ("可能由今年的3%附近降到2.5%-2.2%區間", TW, [("percent", 3, "%", "approx"), ("percent", 2.2, "%", "range")]),
        ("但幾個月內股價卻重挫逾20%轉為熊市", TW, [("percent", -20, "%", "over")]),
        ("披索兌美元今年累計貶值仍逾100%", TW, [("percent", -100, "%", "over")]),
        ("最新的報價已跌破3,500美元", TW, [("money", 3500, "USD", "under")]),
        ("每年至少需籌資2,000億美元填補缺口", TW, [("money", 2e11, "USD", "over")]),
        ("讓金融市場頓時被抽掉了數兆美元的流動性", TW, [("money", 1e12, "USD", "range")]),
        # 次 after a Chinese numeral is a count unless it is a word; how often an act was done (升息了三次) is none
        # (session 38, the lead's ruling on frequencies)
        ("美國今年前三季升息了三次,為2015年底累計升息八次以來", TW, [("date", 2015, "year", "exact")]),
        ("道指一年內累計創下13次歷史新高", TW, [("count", 13, "次", "exact")]),
        ("業者已回收9萬罐", TW, [("count", 90000, "罐", "exact")]),
        # 每经网 (dev): cities and plots counted in land news; 块 after 土地 is no money
        (
            "今年22城首批集中供地以超万亿元的成交总金额收官",
            None,
            [("count", 22, "城", "exact"), ("money", 1e12, "CNY", "over")],
        ),
        (
            "越秀地产新增土地22块，总建面560万平方米",
            None,
            [("count", 22, "块", "exact"), ("area", 5_600_000, "m2", "exact")],
        ),
        ("少年嚇得在白紙上寫下高達97筆帳目", TW, [("count", 97, "笔", "exact")]),
        # ETtoday: "one or two hundred" written with digits, as the first bound of a range
        ("每次約是從1、200元至1000元鈔票不等", TW, [("money", 100, "TWD", "range")]),
        ("有2、3万人参加", None, [("count", 20_000, "人", "range")]),
        # issue-12 dev files (新闻联播, 上海发布): per-visit counts and comparison signs
        ("已向1120.1万户次企业发放稳岗资金", None, [("count", 11_201_000, "户次", "exact")]),
        ("累计报告接种新冠病毒疫苗343613.2万剂次。", None, [("count", 3_436_132_000, "剂次", "exact")]),
        ("人均健康预期寿命≥71岁、成人吸烟率＜19%", None, [("percent", 19, "%", "under")]),
        # sohu (issue-12 dev): a floor and a cap on the same prices
        (
            "觉得票价不值（票价最低为182美元，最高为1370美元）",
            None,
            [("money", 182, "USD", "over"), ("money", 1370, "USD", "under")],
        ),
        (
            "集美区人口从2010年的50多万增长至103.7万人",
            None,
            [("date", 2010, "year", "exact"), ("count", 500_000, "", "over"), ("count", 1_037_000, "人", "exact")],
        ),
    ],
)
def test_dev_sentence(text: str, region: str | None, expected: list[tuple[str, float, str, str]]) -> None:
    got = figures(text, region)
    assert [(k, u, q) for k, _, u, q in got] == [(k, u, q) for k, _, u, q in expected], got
    for (_, value, _, _), (_, want, _, _) in zip(got, expected, strict=True):
        assert value == pytest.approx(want), got


@pytest.mark.parametrize(
    "text",
    [
        "九死一生",  # an idiom, not casualties
        "他花3万小时读完",  # 花 + a duration
        "居民人均可支配收入3万，",  # money words: not a count of people
        "位于浙江省绍兴市新昌县新昌大道西路376号1幢、2幢的房产",  # an address
        "3万2020年",  # a year after 万 is not its lower section
        "填補此項電力缺口將產生5000萬至7000萬噸的額外排放",  # tonnes, not a sum
        "共有1.5家",  # a fraction of a count outside an average
        "获得第1、2名的选手",  # a list of ordinals: the 2 is 第2
        "排名第2、30位",  # not "20 to 30"
        "2020年厦门三次产业结构为0.4:39.5:60.1",  # 三次产业: a term, not three times
        "这个花销不高，一年出来一次两次我觉得还好",  # 一次两次: "once or twice"
    ],
)
def test_dev_sentence_has_no_count_or_money(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind in ("count", "money")] == []


def test_blossoms_are_counted_never_spent() -> None:
    # 开花 is not 花 (spend): no money; since session 41 朵 is a measure word, so the blossoms are a count
    assert [(f.kind, f.value, f.unit) for f in extract_figures("樱花开花1万朵")] == [("count", 10000, "朵")]


def test_fold_table_covers_every_character_the_rules_read() -> None:
    """A measure word or hedge added to units.py is read in Traditional text too: every
    Han character of the rule modules has its Traditional forms in the fold table."""
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s")
    forms = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk", "s2twp")]
    root = Path(extract_module.__file__).parent
    source = (root / "extract.py").read_text(encoding="utf-8") + (root / "units.py").read_text(encoding="utf-8")
    financial = set("壹贰貳叁參肆伍柒捌玖佰仟拾陆陸")  # folded as numerals, by their own table
    missing = set()
    for ch in set(re.findall(r"[\u4e00-\u9fff]", source)):
        for conv in forms:
            trad = conv.convert(ch)
            if len(trad) == 1 and trad != ch and t2s.convert(trad) == ch and trad not in financial:
                if chr(extract_module._TRAD.get(ord(trad), ord(trad))) != ch:
                    missing.add(trad)
    assert not missing, "".join(sorted(missing))


def test_a_decimal_times_a_scale_is_exact() -> None:
    """不过项目评估价8697.38万元 (dev): the value an export shows is 86973800.0, not
    86973799.99999999."""
    (fig,) = extract_figures("不过项目评估价8697.38万元")
    assert fig.value == 86_973_800.0
    assert [f.value for f in extract_figures("约8.12万元和19.08万元")] == [81_200.0, 190_800.0]


@pytest.mark.parametrize(
    ("text", "en"),
    [
        # ETtoday: the cap sits before a "per month" phrase, a modal and a verb
        (
            "在北市負責外勤的警察每個月最多可領8435元,內勤最多每月可領3373元",
            ["up to TWD 8,435", "up to TWD 3,373/month"],
        ),
        ("“最多可省1800元”", ["up to RMB 1,800"]),
    ],
)
def test_a_cap_reaches_over_a_per_phrase_and_a_verb(text: str, en: list[str]) -> None:
    region = "tw" if "領" in text else None
    assert [f.en for f in extract_figures(text, region=region)] == en


@pytest.mark.parametrize(
    ("text", "en"),
    [
        # dev: the people a measure word counts are not the nouns of a later phrase
        ("比如，蓝天宣传其121人的教研团队“超过85%的老师来自985、211大学”", "121 people"),
        ("所宣传的8位教学老师中，6位教学老师无法提供完整教学成果", "6 people"),
        # dev: a number starts a new phrase (the 区 are counted, not the 人口)
        ("相比岛外，岛内2个区10年人口增量仅24.9万", "2"),
        # dev: one of them, in the singular
        ("已查明身分的有39人,其中台灣3人,馬來西亞1人。", "1 person"),
    ],
)
def test_the_english_noun_of_a_count(text: str, en: str) -> None:
    counts = [f for f in extract_figures(text) if f.kind == "count"]
    assert en in [f.en for f in counts], [f.en for f in counts]


def test_a_heading_figure_restated_under_it_in_other_words_is_listed_once() -> None:
    """新浪财经 (dev): the subheading says 涨超420%, the paragraph under it 大涨超420%."""
    text = "丨飞猪：门票预订涨超420%\n据上海证券报，其中门票预订同比大涨超420%，租车量同比增长超10倍。"
    assert [f.value for f in extract_figures(text) if f.kind == "percent"] == [420]


def test_a_big_number_before_the_noun_it_counts() -> None:
    """腾讯网 (dev, first corpus): 大约3000万记录 counts records; 1万米记录 is a distance."""
    (fig,) = extract_figures("开发人员向AlphaGo提供了历史对弈中的大约3000万记录。")
    assert (fig.kind, fig.value, fig.qualifier, fig.en) == ("count", 30_000_000, "approx", "about 30 mn records")
    assert [f for f in extract_figures("他打破了1万米记录") if f.kind == "count"] == []


def test_a_growth_word_moves_every_percent_of_its_list() -> None:
    """中央社 (dev): 分別年增36%、21%、13% are three rises ('+21%', not '21%'); the same
    rule signs a falling list (a made-up sentence: no dev article has one)."""
    text = "美妝保養、機械、五金工具買家數分別年增36%、21%、13%。"
    assert [f.en for f in extract_figures(text, region="tw")] == ["+36%", "+21%", "+13%"]
    assert [f.value for f in extract_figures("出口、进口分别下降3.1%和2.4%，占比30%")] == [-3.1, -2.4, 30]


def test_hong_kong_text_and_source_in_traditional_read_as_hong_kong() -> None:
    """東方日報, TVB (dev, Hong Kong): a Traditional source line and text are folded before
    the region's tables (Simplified) are read, so a bare 元 is HK dollars."""
    from briefreader.figures import detect_region

    assert detect_region("港鐵須罰款6,550萬元", source="東方日報", script="hant").currency == "HKD"
    assert detect_region("事主損失共五百多萬元", source="無綫新聞", script="hant").currency == "HKD"
    assert detect_region("台股重挫", source="TVBS新聞", script="hant").currency == "TWD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday is not a count (頭條日報: 周六起一連2日); 三次 after 每周 is not a weekday but
        # a frequency, not listed either (session 8 convention, figures4 gold header); 三次 alone counts
        ("醫管局代表團周六起一連2日在倫敦招聘", []),
        ("星期三次日再開會", []),
        ("每周三次到医院复诊", []),
        ("上月三次到医院复诊", []),  # how often an act was done: no key figure (session 38, the lead's ruling)
        # a flat's layout (頭條日報: 屬4房4套房間隔) is not four flats; 4套住宅 is a count
        ("上述洋房屬4房4套房間隔", []),
        ("大手客连购4套住宅", [("count", 4, "套", "exact")]),
        # a price per square foot without 元 (頭條日報: 成交價1.2639億元，呎價約3萬)
        ("成交價1.2639億元，呎價約3萬。", [("money", 126_390_000, "HKD", "exact"), ("money", 30_000, "HKD", "approx")]),
    ],
)
def test_hong_kong_dev_sentences(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(k, v, u, q) for k, v, u, q in figures(text, region="hk") if k in ("money", "count", "percent", "area")]
    assert got == expected


def test_a_list_after_fenbie_shares_the_last_items_unit() -> None:
    """大庆市统计局 (dev): 分别比同期提高0.9、5.9个百分点 is two changes in points; without
    分别 a bare number before 、 stays alone (分别为1、2家 is still one count, 1、200元 a pair)."""
    text = "一三产业比重分别比同期提高0.9、5.9个百分点，二产比重下降6.8个百分点。"
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(0.9, "pp"), (5.9, "pp"), (-6.8, "pp")]
    assert [f.value for f in extract_figures("三个行业分别下降1.5、2.5个百分点")][-2:] == [-1.5, -2.5]
    assert [f.value for f in extract_figures("比重为1、200元") if f.kind == "money"] == [100]
    assert [f.value for f in extract_figures("全年增长1、2个百分点") if f.kind == "percent"] == [2]


def test_a_negative_pull_signs_the_points_after_what_it_pulls() -> None:
    """大庆市统计局 (dev): 负向拉动全市投资8.7个百分点 is -8.7 points; 拉动…增长 is +."""
    (pull,) = [f for f in extract_figures("中直投资负向拉动全市投资8.7个百分点") if f.kind == "percent"]
    assert (pull.value, pull.unit) == (-8.7, "pp")
    (up,) = [f for f in extract_figures("地方投资拉动全市投资增长10.7个百分点") if f.kind == "percent"]
    assert up.value == 10.7


def test_a_table_unit_line_and_passenger_kilometres_are_not_figures() -> None:
    """大庆 statistical communiqué (dev): 单位：亿元 above a table names the unit (no amount;
    上亿元, 亿元以上 still are); 129000万人公里 is transport work, not 1.29 bn people."""
    assert [f.kind for f in extract_figures("2012年地区生产总值\n单位：亿元\n指 标") if f.kind == "money"] == []
    assert [f.value for f in extract_figures("投资上亿元")] == [100_000_000]
    assert [f.kind for f in extract_figures("客运周转量129000万人公里，同比增长4%")] == ["percent"]
    assert [(f.value, f.unit) for f in extract_figures("全年公路客运量1935万人")] == [(19_350_000, "人")]


def test_hong_kong_spoken_dollars_episodes_and_visits() -> None:
    """頭條日報 (dev): 收你480蚊1小時 is HKD 480 (蚊 the Cantonese dollar; 蚊子 a mosquito),
    12集節目 counts episodes, 觀看人次超過690萬 counts visits."""
    assert [(f.value, f.unit) for f in extract_figures("收你480蚊1小時的見面會收費。", region="hk")] == [(480, "HKD")]
    assert [f for f in extract_figures("打了三隻蚊子", region="hk") if f.kind == "money"] == []
    assert [(f.value, f.unit) for f in extract_figures("只為製作12集節目", region="hk")] == [(12, "集")]
    assert [f.kind for f in extract_figures("成立3集团")] == []
    (visits,) = extract_figures("累計觀看人次超過690萬，銷售成績斐然", region="hk")
    assert (visits.kind, visits.value, visits.qualifier, visits.en) == (
        "count",
        6_900_000,
        "over",
        "over 6.9 mn visits",
    )


def test_a_decline_size_word_opening_the_clause_signs_its_percent() -> None:
    """香港電台 (dev): 跌幅多過市場預期的0.1% is an expected fall of 0.1%; 2月跌幅向上修訂至0.2%
    a fall revised to 0.2%. A clause break ends it (跌幅最大的是A，增长5% stays +5)."""
    got = [f.value for f in extract_figures("美國3月出口物價按月跌0.3%，跌幅多過市場預期的0.1%。", region="hk")]
    assert got == [-0.3, -0.1]
    assert [f.value for f in extract_figures("2月跌幅向上修訂至0.2%。", region="hk")] == [-0.2]
    assert [f.value for f in extract_figures("跌幅最大的是A，增长5%")] == [5]


def test_hong_kong_rates_in_li_notes_with_a_middle_dot_and_live_items() -> None:
    """HKET's income-stock page (dev): 厘 is a percent where the words speak of interest or
    yields (股息率5.5厘或以上, 利率由約6厘回落5.1厘左右: levels, not falls), points after a
    rate move (加息0.25厘, 東方日報); elsewhere it is not a rate (3厘米). A (人民幣‧下同) note
    holds with a middle dot, and ends at the page's next timed item (【18：00】)."""
    got = [(f.value, f.unit) for f in extract_figures("最終利率，由早前的約6厘回落5.1厘左右；", region="hk")]
    assert got == [(6, "%"), (5.1, "%")]
    assert [(f.value, f.unit) for f in extract_figures("聯儲局上周加息0.25厘", region="hk")] == [(0.25, "pp")]
    assert [f.kind for f in extract_figures("長3厘米", region="hk") if f.kind == "percent"] == []
    text = "【21：30】江銅純利升約4%至60億元（人民幣‧下同），跌25%至58.2億元。 【18：00】電訊盈科目標價4.5元。"
    money = [(f.value, f.unit) for f in extract_figures(text, region="hk") if f.kind == "money"]
    assert money == [(6e9, "CNY"), (5.82e9, "CNY"), (4.5, "HKD")]


def test_a_decline_noun_after_the_percent_signs_it() -> None:
    """HKET (dev): 扭轉去年的11%跌勢 is a fall of 11%; 录得3%的跌幅 likewise; 增长5%的幅度 stays +5."""
    assert [f.value for f in extract_figures("扭轉去年的11%跌勢。", region="hk")] == [-11]
    assert [f.value for f in extract_figures("录得3%的跌幅")] == [-3]
    assert [f.value for f in extract_figures("增长5%的幅度")] == [5]


def test_a_bare_dollar_sign_is_the_local_dollar_in_taiwan_and_hong_kong() -> None:
    """ETtoday (dev): 每位房客 $315 is NT$315 in a Taiwan text; US$ stays USD, and a bare $
    in a mainland text stays USD."""
    assert [(f.value, f.unit) for f in extract_figures("免費每位房客 $315", region="tw")] == [(315, "TWD")]
    assert [f.unit for f in extract_figures("$10訂閱指定計劃", region="hk")] == ["HKD"]
    assert [f.unit for f in extract_figures("US$5", region="tw")] == ["USD"]
    assert [f.unit for f in extract_figures("售价$315", region="mainland")] == ["USD"]


def test_a_currency_code_that_is_also_a_word_needs_money_evidence() -> None:
    """OSChina (已引入 PHP 7.4), ruanyifeng's weekly (PHP 7), dev: PHP is the language there,
    not Philippine pesos; so are CAD 2024 (the software) and TRY. With a scale, a thousands
    separator or a money word in the clause the code is money; unambiguous codes always are."""
    for text in ("已引入 PHP 7.4，并修复了若干问题。", "PHP 7 发布了", "CAD 2024 发布", "TRY 3 次"):
        assert [f for f in extract_figures(text) if f.kind == "money"] == [], text
    assert [(f.value, f.unit) for f in extract_figures("售价PHP 599。")] == [(599, "PHP")]
    assert [(f.value, f.unit) for f in extract_figures("PHP 12,000。")] == [(12000, "PHP")]
    assert [(f.value, f.unit) for f in extract_figures("PHP 5万")] == [(50000, "PHP")]
    assert [(f.value, f.unit) for f in extract_figures("HKD13.5")] == [(13.5, "HKD")]


def test_a_power_of_two_before_wei_and_a_technical_word_is_bits() -> None:
    """CoolShell (dev, 32位整型): 位 after a bit width and a technical word (after 的 too,
    or a Latin name) is bits, not people; 32位专家 and 3位代表 stay people."""
    for text in ("溢出了32位整型", "64位的操作系统", "运行在64位 Windows 上", "8位色", "16位CPU"):
        assert [f for f in extract_figures(text) if f.kind == "count"] == [], text
    # a list of widths before the technical word, and 32/64位 (either width, not a half)
    for text in ("支持32位和64位系统", "8位、16位和32位处理器", "32位、64位的Windows", "提供32/64位版本"):
        assert [f for f in extract_figures(text) if f.kind in ("count", "ratio")] == [], text
    got = [(f.value, f.unit) for f in extract_figures("32位专家和3位代表，另有8位代表出席")]
    assert got == [(32, "位"), (3, "位"), (8, "位")]


def test_a_scaled_count_of_people_with_a_modifier_or_in_a_comparison() -> None:
    """大紀元 (figures3 dev): 300萬農村居民 counts residents (农村 modifies 居民, the head; a 万
    number is never part of a village's name), and 跟2016年的1,786萬比 keeps the people its
    sentence is about (新生兒), as a pause after the number would. A village name and a
    comparison of sums stay what they were."""
    got = [(f.value, f.en) for f in extract_figures("如果明年要滿足300萬農村居民到城市的就業需求", region="tw")]
    assert got == [(3_000_000, "3 mn residents")]
    text = "今年的新生兒應該是1,300萬,你想想跟2016年的1,786萬比,其實是大幅度下滑。"
    assert [(f.value, f.en) for f in extract_figures(text) if f.kind == "count"] == [
        (13_000_000, "13 mn births"),
        (17_860_000, "17.86 mn births"),
    ]
    assert [f for f in extract_figures("五家子村") if f.kind == "count"] == []
    assert [f for f in extract_figures("今年收入1,300萬,跟去年的1,786萬比,下滑。") if f.kind == "count"] == []
