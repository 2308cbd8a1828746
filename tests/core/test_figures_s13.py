"""Session 13 (13-dev): figures7 dev-retired8's and the left dev items' general causes, one case each."""

from briefreader.figures import extract_figures


def _all(text: str, kind: str, region: str = "mainland") -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in extract_figures(text, region=region) if f.kind == kind]


def _one(text: str, kind: str, region: str = "mainland") -> tuple:
    (f,) = _all(text, kind, region)
    return f


def test_lots_traded_are_counted_where_the_word_ends() -> None:
    assert _one("IF1507暴跌7.6%，总成交192万手，成交金额为2.78万亿元。", "count") == (1.92e6, "手", "exact")
    assert _one("成交量一直维持在3万手至6万手左右。", "count") == (3e4, "手", "range")
    # 手 starts words: a number before 手机, 手续, 手中 counts none of them as lots
    assert _all("全国有5000万手机用户。", "count") == [(5e7, "", "exact")]
    assert _all("他两手空空。", "count") == []


def test_a_fall_said_with_a_verb_and_its_complement_is_signed() -> None:
    assert _one("半月左右跌掉28.79%。", "percent") == (-28.79, "%", "exact")
    assert _one("股价跌去了30%。", "percent") == (-30, "%", "exact")


def test_hedges_of_a_share_and_of_a_sum() -> None:
    assert _one("扣除约占40%权重的银行股。", "percent") == (40, "%", "approx")
    assert _one("6000亿元养老基金仅约为A股总市值的1%。", "percent") == (1, "%", "approx")
    assert _one("目前大致1.5万亿元的A股现货市场。", "money") == (1.5e12, "CNY", "approx")
    assert _one("规定投入股市的上限是30%。", "percent") == (30, "%", "under")
    # 节约 ends in 约: no hedge
    assert _one("节约用水的10%。", "percent")[2] == "exact"


def test_caps_set_by_a_verb_of_limiting() -> None:
    assert _one("华山每天限流2万人次。", "count") == (2e4, "人次", "under")
    assert _one("每人限购2套。", "count") == (2, "套", "under")
    assert _one("下限为3%。", "percent") == (3, "%", "over")


def test_a_price_from_a_floor() -> None:
    assert _one("过夜100元起步。", "money") == (100, "CNY", "over")
    assert _one("起步价13元。", "money") == (13, "CNY", "exact")


def test_a_vague_sum_named_by_its_value() -> None:
    (f,) = [f for f in extract_figures("几万亿市值已在此间灰飞烟灭。", region="mainland") if f.kind == "money"]
    assert (f.low, f.high, f.unit, f.qualifier) == (1e12, 1e13, "CNY", "range")


def test_a_round_sum_naming_the_rich_is_no_amount() -> None:
    assert _all("台灣的百萬美元富豪人數將增加。", "money", "tw") == []
    assert _all("也全部進入百億元俱樂部。", "money", "tw") == []
    # a round sum stated is one
    assert _all("每小時飛行耗資約百萬台幣。", "money", "tw") == [(1e6, "TWD", "approx")]


def test_one_value_restated_with_about_added_is_one_figure() -> None:
    text = "中國大陸占到了33%這篇新聞也說了大陸成熟大約占了33%"
    assert len(_all(text, "percent", "tw")) == 1
    assert _all("市占率為33%，也就是約33%。", "percent", "tw") == [(33, "%", "exact")]
    # other figures between: two facts (增长2%, … 涨幅2%左右)
    text = "收入增长2%，比例达到4.6%左右，居民消费价格涨幅2%左右。"
    assert len(_all(text, "percent")) == 3


def test_taiwans_financial_press_words_name_its_currency() -> None:
    from briefreader.figures.region import detect_region

    # 蘋果日報 is a name Hong Kong and Taiwan share: a results story's 淨損, 每股純益 and 庫藏股 are Taiwan's words
    text = "中環昨天公布半年報，本業獲利4.99億元，稅後淨損2.82億元，每股淨損0.09元。"
    r = detect_region(text, source="蘋果日報", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD")
    assert _all(text, "money", r.name)[0] == (4.99e8, "TWD", "exact")
    text = "中鋼首季稅前盈餘上看90億元，每股純益2.6元。"
    assert detect_region(text, source="蘋果日報", script="hant").currency == "TWD"
    # a Hong Kong results story (純利, 每股盈利) is not
    text = "公司中期純利2.8億元，每股盈利0.09元。"
    assert detect_region(text, source="蘋果日報", script="hant").currency != "TWD"


def test_figures9_dev_causes_tender_lots_per_unit_hedges_and_comparisons() -> None:
    assert _all("高雄市地政局土地標售，共12標14筆土地，收到70封標單。", "count", "tw")[0] == (12, "标", "exact")
    assert _all("楠梓區則有2標土地釋出。", "count", "tw") == [(2, "标", "exact")]
    assert _all("該公司達到業界標準3項。", "count", "tw") == [(3, "项", "exact")]
    assert _one("估計未來開價突破每坪25萬元。", "money", "tw") == (2.5e5, "TWD", "over")
    # the value after 去年的 is the earlier period's own, exact, whatever verb compares (超過去年的30萬棟, 高於去年的25%):
    # the figure golds' convention D8 of session 15 (it was "over" here until then)
    assert _one("全年可望超過去年的30萬棟。", "count", "tw") == (3e5, "栋", "exact")
    assert _all("儲氣庫已滿足55%，遠高於去年的25%。", "percent", "tw")[1] == (25, "%", "exact")
    assert _one("第1季稅前有挑戰90億元實力。", "money", "tw") == (9e9, "TWD", "under")
    assert _all("毛利率由第1季的負3.22%，提升至第2季的8.22%。", "percent", "tw")[0] == (-3.22, "%", "exact")
    assert _all("岡山87期重劃區的推案。", "count", "tw") == []
    assert _all("北市25坪以下小宅交易超過5成。", "area", "tw") == []


def test_singapores_dollar_and_a_round_sum_spent() -> None:
    assert _all("目标是筹集高达20亿美元（约27亿新元）的资本。", "money", "mainland")[1] == (2.7e9, "SGD", "approx")
    # 新元 inside a word names no currency: a bare 元 of a text of no region stays as written
    (f,) = [f for f in extract_figures("引入创新元素。本港派发5000元消费券。") if f.kind == "money"]
    assert f.unit != "SGD"
    assert _one("購屋者等於花千萬買虛坪。", "money", "tw") == (1e7, "TWD", "approx")
    assert _all("萬家燈火。", "money", "tw") == []


def test_money_nouns_in_jin_and_borrowing_cues_by_where_the_word_ends() -> None:
    # 金 ends a money noun where no Han character follows or what follows opens a predicate (保证金的, 奖金给);
    # 金条 (gold bars) goes on past 金: no sum (was RMB 30,000)
    assert _all("海关查获3万根金条。", "money") == []
    assert _all("缴纳3万保证金的企业。", "money") == [(3e4, "CNY", "exact")]
    # a borrowing cue governs the number it stands right before: 借给朋友20万 is a sum, 借鉴/借阅 + number none
    assert _all("他借给朋友20万。", "money") == [(2e5, "CNY", "exact")]
    assert _all("图书馆全年借阅量达到30万。", "money") == []


def test_two_equal_counts_that_are_parts_of_a_whole_are_two_facts() -> None:
    text = "一共推出63宗土地，其中有6宗流拍，6宗中止出让，1宗延迟出让。"
    assert [v for v, unit, _ in _all(text, "count")] == [63, 6, 6, 1]
    # a demonstrative refers back (该5项), and the same two people said twice are one figure
    assert len(_all("把5項違反法例行為的罰款上調，該5項行為包括闖紅燈。", "count", "hk")) == 1
    assert len(_all("二人被捕，警方拘捕二人。", "count", "hk")) == 1


def test_the_size_of_a_list_just_named_is_no_count() -> None:
    text = "在售屋網上出現1900萬元、1580萬元兩種開價。"
    assert _all(text, "count", "tw") == []
    # a list of sums whose last item's words say money (開價), the first written with no 元
    assert _all("在比價網上出現1900萬、1580萬兩種不同開價。", "money", "tw") == [
        (1.9e7, "TWD", "exact"),
        (1.58e7, "TWD", "exact"),
    ]
    # 个 counts the things themselves: 三个大台阶 stays a count
    assert _all("跨越7万亿、8万亿、9万亿三个大台阶。", "count") == [(3, "个", "exact")]


def test_cities_cents_and_trillions_without_a_unit() -> None:
    assert _one("国考10市PM2.5浓度改善10.8％。", "count") == (10, "市", "exact")
    assert _all("沪深两市成交额放大。", "count") == []
    text = "每合订证券单位派息（DPS）同比增加14％至3.8分，全年增加16％至6.57分。"
    assert _all(text, "money", "sg") == [(0.038, "SGD", "exact"), (0.0657, "SGD", "exact")]
    assert _one("去年贸易总额破2.6兆。", "money", "my") == (2.6e12, "MYR", "over")
    assert _all("千兆宽带覆盖，装机5兆瓦。", "money", "tw") == []
    # a threshold on a price naming a class of homes is no sum; a price said of them is (總價破億元的豪宅)
    assert _all("3000萬元以上的房子就比較難賣了。", "money", "tw") == []
    assert _all("此區有總價破億元的豪宅。", "money", "tw") == [(1e8, "TWD", "over")]


def test_a_zoning_code_glued_to_an_area_is_no_part_of_it() -> None:
    assert _one("大學26街口的商3425.32坪土地，也吸引8家建商搶標。", "area", "tw")[0] == 425.32 * 400 / 121
    # not a code: a word ends in 商 (廠商), or the digit after the code's would start the number (商30坪)
    assert _one("廠商3000坪。", "area", "tw")[0] == 3000 * 400 / 121
    assert _all("的商30坪土地", "area", "tw") == []


def test_a_headings_figure_said_under_it_with_about_is_listed_as_the_text_says() -> None:
    text = (
        "金管局与亚行等合作 筹集27亿元加速亚洲能源转型\n12月5日，据报道，目标是筹集高达20亿美元（约27亿新元）的资本。"
    )
    for region in ("sg", "other"):
        money = [
            (f.unit, f.qualifier)
            for f in extract_figures(text, region=region)
            if f.kind == "money" and f.value == 2.7e9
        ]
        assert money == [("SGD", "approx")], region
    # "over" added under it is the same figure too (s17: the golds' 26名医院领导落马 / 至少有26名, 暴跌58% / 跌幅超58%),
    # listed as the text says; a bound the other way stays another figure
    text = "营收1.2亿元\n公司去年营收超过1.2亿元，创下新高。"
    assert [f.text for f in extract_figures(text) if f.kind == "money"] == ["超过1.2亿元"]
    text = "营收1.2亿元\n公司去年营收不到1.2亿元，低于预期。"
    assert len([f for f in extract_figures(text) if f.kind == "money"]) == 2


def test_a_year_followed_by_since_is_no_target_year() -> None:
    kinds = [f.kind for f in extract_figures("中间价大幅调降至2011年3月以来最弱水平，股价跌至2019年以来最低。")]
    assert "year" not in kinds
    assert [f.kind for f in extract_figures("力争到2025年实现。")] == ["year"]


def test_what_a_count_counts_in_english() -> None:
    def en(text: str) -> str:
        (f,) = [f for f in extract_figures(text) if f.kind == "count"]
        return f.en

    assert en("带领群众植树5300多万株，治理荒漠25万亩。") == "53 mn+ plants"  # not people: a verb between
    assert en("非付费用户可以监控5台服务器。") == "5 servers"  # not "services"
    assert en("透过3间国家级检测服务提供机构。") == "3 institutions"  # 国家级 describes, not "countries"
    assert en("全市医院多达71家。") == "71 hospitals"  # a hedge between keeps the noun before


def test_a_latin_scale_letter_before_a_currency() -> None:
    text = "我不知道有哪間公司可以對 1B 美金的投資"
    assert _all(text, "money", "tw") == [(1e9, "USD", "exact")]
    assert _all("預算500M美元。", "money", "tw") == [(5e8, "USD", "exact")]
    # with no currency after it, a number glued to a letter is a name (5G, 1B 都很有可能)
    assert _all("5G手機，1B 都很有可能。", "money", "tw") == []


def test_people_counted_right_before_all() -> None:
    # right after a count, 均 is "all", not 人均 "per head"
    assert _one("或屬全院爆發，全院40多人均列為密切接觸者。", "count", "hk") == (40, "人", "over")
    assert _one("3人均为男性。", "count") == (3, "人", "exact")
    assert _all("城镇居民人均可支配收入4.2万元。", "count") == []
