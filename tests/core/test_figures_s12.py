"""Session 12 (13-dev): figures6 dev-retired7's and the other dev splits' general causes, one case each."""

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region


def test_a_post_on_taiwans_bulletin_board_is_taiwans() -> None:
    # PTT (批踢踢實業坊) is Taiwan's: a source line naming it is a Taiwan vote that decides, as an outlet's
    text = "緯穎2日收3,315元上漲0.45％，然盤中一度來到3,425元。"
    r = detect_region(text, source="PTT 批踢踢實業坊 Stock 板", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD")
    money = [f for f in extract_figures(text, region=r) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(3315, "TWD"), (3425, "TWD")]
    # without it the same text says nothing of its region: shown as written
    assert detect_region(text, source="", script="hant").currency == ""


def _one(text: str, kind: str, region: str = "mainland") -> tuple:
    (f,) = [f for f in extract_figures(text, region=region) if f.kind == kind]
    return f.value, f.unit, f.qualifier


def test_caps_written_as_can_reach_limited_to_or_a_cap_after_the_number() -> None:
    assert _one("玉米出苗率可达100%！", "percent") == (100, "%", "under")
    assert _one("预计每年产值可达20亿元。", "money") == (2e9, "CNY", "under")
    assert _one("政府提出將網約車牌照限制在 10,000個。", "count", "hk") == (10000, "个", "under")
    assert _one("若牌照上限僅10,000個，意味", "count", "hk") == (10000, "个", "under")
    assert _one("一、10,000個配額上限嚴重不足", "count", "hk") == (10000, "个", "under")
    assert _one("每戶每季1,500元為上限。", "money", "hk") == (1500, "HKD", "under")
    assert _one("收入潛力達到1200億美元之譜。", "money", "tw") == (1.2e11, "USD", "approx")
    # 高达 is the figure itself; 可 + another verb is no cap
    assert _one("年营收高达20亿元。", "money")[2] == "exact"


def test_a_record_high_is_a_level_not_a_cap() -> None:
    assert _one("與歷史最高161.5元只差一步。", "money", "tw") == (161.5, "TWD", "exact")
    assert _one("股价盘中最高166元。", "money") == (166, "CNY", "exact")
    assert _one("单个项目最高500万元。", "money")[2] == "under"


def test_stops_of_a_series_and_samples_are_counted() -> None:
    figs = [(f.value, f.unit) for f in extract_figures("共设9站分站赛和1站总决赛。", region="mainland")]
    assert figs == [(9, "站"), (1, "站")]
    samples = [
        f for f in extract_figures("北美研究（6,281樣本）；荷蘭研究（363樣本）", region="hk") if f.kind == "count"
    ]
    assert [(f.value, f.unit) for f in samples] == [(6281, ""), (363, "")]
    # a ride's length in stops is no count
    assert [f for f in extract_figures("环线坐四站，然后转线坐两站。", region="mainland") if f.kind == "count"] == []


def test_a_conditional_outcome_is_exact() -> None:
    text = "若上市首日涨幅能达到150%的话，单签盈利可达5.45万元。"
    assert _one(text, "money") == (54500, "CNY", "exact")


def test_one_share_of_two_groups_joined_is_two_facts() -> None:
    figs = extract_figures("同一調查顯示，83%乘客及83%司機反對抽籤。", region="hk")
    assert [f.value for f in figs if f.kind == "percent"] == [83, 83]
    # the same value said twice of one thing is still one
    assert len([f for f in extract_figures("83%乘客及83%乘客反對。", region="hk") if f.kind == "percent"]) == 1


def test_a_count_whose_measure_word_begins_the_next_hard_wrapped_line() -> None:
    lines = [
        "小摩指出，記憶體產業從2007年的月產100萬片，足足花了18年，到2025年底才達到190萬",
        "片，但光是OpenAI這家單一客戶，就在短短4年內貢獻900萬片，替記憶體產業帶來空前的",
        "運算需求。此外，根據OpenAI與三星、SK海力士的合作協議，產品範圍不僅包括HBM等產品",
    ]
    counts = [f for f in extract_figures("\n".join(lines), region="tw") if f.kind == "count"]
    assert [(f.value, f.unit) for f in counts] == [(1e6, "片"), (1.9e6, "片"), (9e6, "片")]


def test_a_plus_sign_before_a_percent_and_racks_counted() -> None:
    assert _one("群聯昨天股價829 +4.14%", "percent", "tw") == (4.14, "%", "exact")
    assert [f for f in extract_figures("1+5%", region="tw") if f.kind == "percent"] == []
    counts = [
        f for f in extract_figures("分別從6,800櫃、7,200櫃，調高為1萬櫃與1.3萬櫃", region="tw") if f.kind == "count"
    ]
    assert [(f.value, f.unit) for f in counts] == [(6800, "柜"), (7200, "柜"), (10000, "柜"), (13000, "柜")]


def test_a_replacement_ratio_is_no_count() -> None:
    for text in ("· 1部共享汽車可替代 9 至 23 部私家車", "1部共享車替代 9 至 13 部私家車"):
        assert [f for f in extract_figures(text, region="hk") if f.kind == "count"] == [], text
    assert _one("若以僵化配額減少 2 萬部網約車。", "count", "hk")[:2] == (20000, "部")


def test_ranges_and_bounds_after_a_breakdown_are_classes() -> None:
    text = "按單位實用面積統計，75至99.9平方米的住宅樓價指數下跌2.4%，50平方米以下、100平方米及以上的跌幅同為1.4%。"
    assert [f.kind for f in extract_figures(text, region="mo") if f.kind in ("area", "count")] == []
    assert [f.value for f in extract_figures(text, region="mo") if f.kind == "percent"] == [-2.4, -1.4]
    assert _one("占地275公顷的度假区。", "area") == (2750000, "m2", "exact")


def test_sums_held_pledged_or_borrowed_are_money() -> None:
    text = "總資產600萬出頭  負債250\n\n現金有100左右可以運用 崩盤也能信貸再借100多萬以上投入\n\n抵押600萬借200萬  可以"
    money = [(f.value, f.unit) for f in extract_figures(text, region="tw") if f.kind == "money"]
    # 抵押600萬 runs on into 借, a verb: the sum ends there (session 14; it stayed unread before)
    assert money == [(6e6, "TWD"), (1e6, "TWD"), (6e6, "TWD"), (2e6, "TWD")]
    assert [f for f in extract_figures("借鉴100万", region="tw") if f.kind == "money"] == []


def test_figures8_dev_caps_floors_and_signs() -> None:
    assert _one("政府建議將許可證上限設為一萬個。", "count", "hk") == (10000, "个", "under")
    assert _one("從嘉義市地價最高破單價200萬元來看並不貴。", "money", "tw")[2] == "over"
    assert _one("建案每坪成交價落在22萬元甚至更高。", "money", "tw") == (220000, "TWD", "over")
    assert [f.value for f in extract_figures("星幣小貶0.28%", region="tw")] == [-0.28]
    # 30.541元兌1美元: the 1 is the rate's base, no sum
    money = [
        (f.value, f.unit)
        for f in extract_figures("去年台幣最高點為30.541元兌1美元。", region="tw")
        if f.kind == "money"
    ]
    assert money == [(30.541, "TWD")]


def test_figures8_dev_counts() -> None:
    assert _one("現有逾3萬活躍兼職司機的彈性供應。", "count", "hk") == (30000, "", "over")
    assert _one("首批3車合共送去亞洲博覽館。", "count", "hk")[:2] == (3, "车")
    # how often an act was done is no key figure (session 38, the lead's ruling; figures8 dev 16 aligned)
    assert [f for f in extract_figures("今年來人行已經5度調升存放款利率。", region="tw") if f.kind == "count"] == []
    assert [f for f in extract_figures("連續16次升息後，將再17度升息。", region="tw") if f.unit == "度"] == []
    # a rank, a kind of gate, a rate's base and count: none is a count
    for text in (
        "一般预算收入达到235亿元，全国排名上升到24位。",
        "使用傳統兩門式自助通道。",
        "即是每一萬人就有四人確診。",
    ):
        assert [f for f in extract_figures(text, region="hk") if f.kind == "count"] == [], text
    # ... but a group's size after 每 is (figures gold: 每10个农民就可以组成一个小组)
    assert _one("每10个农民就可以组成一个小组。", "count")[:2] == (10, "个")


def test_a_bound_naming_a_class_counted_right_after_it_is_no_figure() -> None:
    text = "从省外引进内资产业项目500个，其中超20亿元项目200个、超50亿元项目100个。"
    assert [(f.kind, f.value) for f in extract_figures(text, region="mainland")] == [
        ("count", 500),
        ("count", 200),
        ("count", 100),
    ]


def test_a_trillion_in_zhao_written_in_traditional_is_taiwans() -> None:
    text = "台灣最大的公司去年投資7859億元，總資產逼近1.5兆元。"
    r = detect_region(text, source="Hsiang (個人部落格)", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD")
    # Malaysia's Simplified press writes 兆 too; 兆瓦 is no sum
    assert detect_region("马来西亚贸易总额破2.6兆。", source="", script="hans").currency != "TWD"
    assert detect_region("台灣新增裝置容量1.5兆瓦。", source="", script="hant").currency == ""


def test_works_valued_in_yi_are_a_sum() -> None:
    assert _one("未來每年有三千億工程，有北部都會區。", "money", "hk") == (3e11, "HKD", "exact")
    assert [f for f in extract_figures("培养了3万工程师。", region="mainland") if f.kind == "money"] == []


def test_the_republic_of_china_date_scan_reads_as_its_look_behind_did() -> None:
    import re

    from briefreader.figures.region import _roc_date

    old = re.compile(r"(?<![\d.])1[0-2]\d年\d{1,2}月")
    for text in (
        "111年10月11日",
        "2111年10月",
        "1.111年10月",
        "x111年1月",
        "0111年10月 111年2月",
        "١111年3月",
        "112年",
    ):
        assert bool(_roc_date(text)) == bool(old.search(text)), text  # (it returns the date it found)


def test_a_level_moved_from_one_percent_to_another_is_two_levels() -> None:
    figs = extract_figures("存款準備金率將上升0.5個百分點，由13%至13.5%，創下新高。", region="tw")
    assert [(f.value, f.qualifier) for f in figs if f.unit == "%"] == [(13, "exact"), (13.5, "exact")]
    # a range written 13%至13.5% (no 由/自) stays one range
    assert _one("利率介于13%至13.5%之间。", "percent")[2] == "range"
    # this year's and next year's targets in one sentence: two facts though equal
    text = "高盛上調今年中國通膨率目標，自4.5%至4.8%明年目標也由4%上調到4.5%，預期人行將調控。"
    assert [f.value for f in extract_figures(text, region="tw") if f.unit == "%"] == [4.5, 4.8, 4, 4.5]


def test_a_ranking_lists_size_is_no_count() -> None:
    text = "同時亦吸引全球最大250家國際承包商中超過20%的代表出席。"
    assert [f for f in extract_figures(text, region="mo") if f.kind == "count"] == []
    assert _one("中国最大的两个市场。", "count")[:2] == (2, "个")


def test_dimes_after_arabic_digits_are_money() -> None:
    assert _one("新台幣匯率昨日重挫1.58角，", "money", "tw") == (0.158, "TWD", "exact")
    assert _one("这个5角钱。", "money") == (0.5, "CNY", "exact")
    assert [f for f in extract_figures("五角星和3角形", region="mainland") if f.kind == "money"] == []


def test_so_many_per_person_per_day_is_a_frequency() -> None:
    text = "若僅10,000個牌照，每名司機日均需完成逾11個行程，壓力極大。"
    assert [(f.value, f.unit) for f in extract_figures(text, region="hk") if f.kind == "count"] == [(10000, "个")]
    # a daily total is listed (日均客流量超过4000人次)
    assert _one("日均客流量却超过4000人次。", "count")[:2] == (4000, "人次")


def test_a_simplified_text_naming_singapore_or_malaysia_is_theirs_never_renminbi() -> None:
    # 13-dev2: the Simplified script alone once outweighed a text's every word about Singapore (figures8 dev 25): its
    # bare 元 was renminbi. A text naming one of them often, and nothing of the mainland, is theirs, with the reason
    text = "1月25日，据报道，新加坡星狮地产信托拟以5.231亿元收购新加坡NEX购物中心股权。流入新加坡的外国直接投资达5694亿元。"
    r = detect_region(text, source="", script="hans")
    assert (r.name, r.currency) == ("sg", "SGD") and "新加坡" in r.reason
    money = [f for f in extract_figures(text, region=r) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(523100000, "SGD"), (569400000000, "SGD")]
    my = detect_region("马来西亚全年贸易总额突破2兆令吉，吉隆坡与槟城的出口增加，获资金500万元。", script="hans")
    assert (my.name, my.currency) == ("my", "MYR")
    # mixed evidence (the mainland named too, or both countries) is shown as written: no currency, never CNY
    mixed = detect_region("新加坡企业在苏州投资，新加坡与中国合作，新加坡方面出资10亿元。", script="hans")
    assert (mixed.name, mixed.currency) == ("other", "")
    both = detect_region("新加坡与马来西亚合作，新加坡和吉隆坡之间的高铁投资100亿元。", script="hans")
    assert both.currency == ""
    # a name once (新加坡总理访华) is no home: the mainland's text stays renminbi
    assert detect_region("新加坡总理访华，双方签署协议，投资100亿元。", script="hans").currency == "CNY"
    # a caller may name them (--region singapore / malaysia)
    assert [(f.value, f.unit) for f in extract_figures("售价60万元。", region="singapore") if f.kind == "money"] == [
        (600000, "SGD")
    ]


def test_a_mainland_text_naming_singapore_by_its_districts_is_never_read_as_singapore() -> None:
    """Review s12 F13: a mainland delegation's report names 新加坡 three times and its own
    district (浦东新区), not its city; its bare 元 became SGD. The mainland's administrative
    words (新区, 开发区, 市委 ...) count as the mainland: the sum is shown as written."""
    from briefreader.figures import extract_figures
    from briefreader.figures.region import detect_region

    text = "浦东新区代表团访问新加坡，与新加坡企业签约。新加坡方面表示，将投资5亿元在张江建设研发中心。"
    assert detect_region(text).name == "other"
    assert [(f.text, f.unit) for f in extract_figures(text)] == [("5亿元", "")]
    # 县委 is the word table's vote, reaching the check by the mainland's words, not a second list
    county = "县委代表团访问新加坡，与新加坡企业签约。新加坡方面表示，将投资5亿元建设研发中心。"
    assert detect_region(county).name == "other"
    singapore = "新加坡建屋局表示，新加坡组屋转售价格上涨，一套四房式组屋售价约60万元。"
    assert [f.unit for f in extract_figures(singapore)] == ["SGD"]


def _money(text: str, source: str = "", script: str = "hant") -> list[tuple[float, str]]:
    r = detect_region(text, source=source, script=script)
    return [(f.value, f.unit) for f in extract_figures(text, region=r) if f.kind == "money"]


def test_a_currency_written_once_does_not_reach_another_sentences_bare_yuan() -> None:
    # review s12 F7: region unknown, one renminbi sum; the next sentence's bare 元 is the home's, not known
    # here: shown as written (it was CNY)
    text = "內地GDP首破100萬億元人民幣。本港今年經濟增長3%，政府向每名市民派發5000元消費券。"
    assert _money(text) == [(1e14, "CNY"), (5000, "")]
    assert _money(text, source="明報") == [(1e14, "CNY"), (5000, "HKD")]  # a Hong Kong outlet's 元
    # in the same sentence, or by a 下同 note, it carries; so does a currency the text keeps naming
    assert _money("內地GDP首破100萬億元人民幣，人均約9萬元。") == [(1e14, "CNY"), (9e4, "CNY")]
    assert _money("全年GDP達100萬億元（人民幣，下同）。今年派發5000元。")[-1] == (5000, "CNY")
    text = "騙款總額超過900萬澳元。昆省騙款接近50萬元。每年揮霍高達10萬澳元。"
    assert _money(text)[1] == (5e5, "AUD")
    # a currency written before an earlier number (人民币100亿元) reaches the bare 元 of its sentence only
    # in a text whose own currency is another (Taiwan's)
    text = "陸企投資人民幣100億元，另撥20億元。台北市府今年預算達1700億元。"
    assert _money(text, source="聯合報") == [(1e10, "CNY"), (2e9, "CNY"), (1.7e11, "")]
