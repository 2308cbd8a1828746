"""The region of a briefing, which decides the currency of a bare 元/萬/億 (figures/region.py).

Cases written from general knowledge of how each region's press writes, not from corpus
files: the everyday words one region uses, outlets at home and abroad, the address a page
came from, where a story or a sum is set, and what stays unknown.
"""

from __future__ import annotations

import pytest

from briefreader.figures import detect_region, extract_figures
from briefreader.figures.extract import fold_text
from briefreader.figures.region import _HOME, _MAINLAND_PLACES, LEXICON, place_currency, set_elsewhere
from briefreader.hanzi import to_traditional


def money(text: str, region=None) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Taiwan's everyday words, with no institution and no outlet named
        ("他搭計程車到醫院，車資來回要3000元，兒子還在服義務役。", "tw"),
        ("學生的營養午餐每餐補助40元，超商也推出優惠。", "tw"),
        ("役男體檢後須到區公所報到。", "tw"),
        # Hong Kong's
        ("該屋苑一個兩房單位以620萬元易手，呎價約1.4萬元。", "hk"),
        ("食環署及運輸署人員到場，本港今年已有多宗個案。", "hk"),
        # Macau's
        ("氹仔一個單位以500萬元成交，本澳樓價回落。", "mo"),
        ("治安警察局表示，事主在路氹損失5萬元。", "mo"),
    ],
)
def test_everyday_words_place_a_traditional_text(text: str, name: str) -> None:
    r = detect_region(text, script="hant")
    assert r.name == name, r
    assert r.reason  # why, in words


def test_an_ordinary_traditional_text_stays_unknown() -> None:
    # a taxi in no region's word (車), a price: nothing says whose yuan
    r = detect_region("他搭車到醫院，車資要300元。", script="hant")
    assert (r.name, r.currency) == ("unknown", "")
    assert money("他搭車到醫院，車資要300元。", region=r) == [(300, "")]


def test_words_inside_other_words_do_not_vote() -> None:
    # 3公里长 is not 里长, 平台电商 not 台电, 全国中小学 not 国中, 我们的士兵 not 的士
    text = "这条3公里长的道路，平台电商和全国中小学，我们的士兵"
    assert detect_region(text, script="hant").name == "unknown"


def test_an_outlet_abroad_gives_no_currency_unless_its_words_do() -> None:
    r = detect_region("悉尼一名男子中了50萬元彩票。", source="大紀元", script="hant")
    assert (r.name, r.currency) == ("other", "")
    assert "大紀元" in r.reason
    # Simplified from an outlet abroad: the script is no vote for the mainland
    assert detect_region("新加坡组屋转售价升至60万元。", source="联合早报", script="hans").currency == ""
    # its words still decide: a report on the mainland naming its institutions
    assert detect_region("國務院宣布撥款人民幣100億元", source="大紀元", script="hant").name == "mainland"


def test_a_name_two_regions_share_is_no_vote() -> None:
    # 蘋果日報 was a Hong Kong paper and a Taiwan one: its words decide
    assert detect_region("善款共5萬元。", source="蘋果日報", script="hant").name == "unknown"
    assert detect_region("搭計程車要500元。", source="蘋果日報", script="hant").name == "tw"
    assert detect_region("屋苑單位以500萬元成交。", source="蘋果日報", script="hant").name == "hk"


def test_the_address_names_the_outlet_and_its_country() -> None:
    text = "善款共5萬元。"
    assert detect_region(text, script="hant", url="https://tw.appledaily.com.tw/x/1").currency == "TWD"
    r = detect_region(text, script="hant", url="https://www.gcs.gov.mo/detail/zh-hant/N1")
    assert (r.name, r.currency) == ("mo", "MOP") and ".mo" in r.reason
    assert detect_region(text, script="hant", url="https://news.ltn.com.tw/news/1").name == "tw"
    assert detect_region(text, script="hant", url="https://news.mingpao.com/pns/1").name == "hk"  # 明報
    assert detect_region(text, script="hant", url="https://example.com/1").name == "unknown"
    assert detect_region(text, script="hant", url="not a url").name == "unknown"


def test_the_address_gives_its_own_outlet_s_home_not_a_name_s() -> None:
    text = "善款共5萬元。"
    # money.udn.com is Taiwan's 經濟日報; by name it was the one a mainland paper shares (unknown)
    r = detect_region(text, script="hant", url="https://money.udn.com/money/story/5612/1")
    assert (r.name, r.currency) == ("tw", "TWD") and "經濟日報" in r.reason and "share" not in r.reason
    # whb.cn is Shanghai's 文汇报; by name it was Hong Kong's 文匯報 (文汇), against its .cn
    r = detect_region(text, script="hant", url="https://www.whb.cn/zhuzhan/1.html")
    assert (r.name, r.currency) == ("mainland", "CNY")
    # the Hong Kong 蘋果日報's own address is Hong Kong's, not the name two regions share
    assert detect_region(text, script="hant", url="https://hk.appledaily.com/a/1").name == "hk"
    # a source line still names by name, and comes first
    r = detect_region(text, source="经济日报", script="hant", url="https://money.udn.com/money/story/1")
    assert r.name == "tw" and r.reason.startswith("address of 經濟日報")
    # a platform's address says nothing of the region
    assert detect_region(text, script="hant", url="https://news.sina.com.cn/c/1.shtml").name == "mainland"  # .cn
    assert detect_region(text, script="hant", url="https://tw.news.yahoo.com/a-1.html").name == "unknown"


def test_two_regions_with_as_much_evidence_are_unknown() -> None:
    # 香港 (one vote) and 立法會 (two) against 澳門 (two) and 立法會 (one): no winner
    r = detect_region("香港與澳門的立法會議員", script="hant")
    assert (r.name, r.currency) == ("unknown", "")
    assert "Hong Kong" in r.reason and "Macau" in r.reason


def test_a_lead_set_in_a_mainland_place_shows_its_bare_sums_as_written() -> None:
    text = "由澳門特區政府與合作區聯合主辦的市集，昨日在橫琴落幕。\n營業額突破150萬元。"
    r = detect_region(text, source="澳門特別行政區政府新聞局", script="hant")
    assert (r.name, r.currency) == ("mo", "") and "橫琴" in r.reason
    assert money(text, region=r) == [(1_500_000, "")]
    # a written currency still wins
    assert money("市集昨日在橫琴落幕。營業額突破150萬澳門元。", region=r) == [(1_500_000, "MOP")]
    # streets named after mainland cities are not the mainland (重慶南路, 北京道)
    assert set_elsewhere(fold_text("書展昨日在重慶南路開幕")) == ""
    assert set_elsewhere(fold_text("遊客昨日在北京道購物")) == ""
    assert set_elsewhere(fold_text("由於上海疫情，訂單減少")) == ""
    assert set_elsewhere(fold_text("記者昨日在深圳福田口岸")) == "深圳"
    assert set_elsewhere(fold_text("記者昨日在深圳灣口岸")) == ""  # Hong Kong's port area, on Shenzhen Bay


def test_a_sum_set_in_a_mainland_place_is_renminbi_in_a_taiwan_text() -> None:
    text = "該大樓位於北京朝陽區，公司當年斥資約40億買下土地。公司在台北的總部估值約20億元。"
    assert money(text, region="tw") == [(4_000_000_000, "CNY"), (2_000_000_000, "TWD")]
    # a sentence naming a place of its own region stays with the region's currency
    assert money("台商赴上海設廠，在台灣的母公司投資5億元。", region="tw") == [(500_000_000, "TWD")]
    # mainland text: the rule does not apply (mainland papers write 港元, 新台币)
    folded = fold_text("公司在北京投资5亿元")
    assert place_currency(detect_region(folded, script="hans"), folded, len(folded)) is None


def test_explicit_currency_wins_over_the_place() -> None:
    assert money("公司在北京投資5億港元。", region="hk") == [(500_000_000, "HKD")]


def test_every_word_is_found_in_its_traditional_forms() -> None:
    # the tables are Simplified and matched after extract's fold: every Traditional form
    # a region prints must fold to a form the table lists
    places = set(_MAINLAND_PLACES.split("|"))
    for p in places:
        for variant in ("tw", "hk", "generic"):
            assert fold_text(to_traditional(p, variant)) in places, (p, variant)
    for name, words in LEXICON.items():
        listed = {w for w, _ in words}
        for w in listed:
            for variant in ("tw", "hk", "generic"):
                trad = to_traditional(w, variant)
                if trad != to_traditional(w, "generic") and variant == "tw":
                    continue  # s2tw's phrase conversion (出租车 -> 計程車): not how the word is printed
                assert fold_text(trad) in listed, (name, w, variant)
    for words in _HOME.values():
        for w in words:
            assert fold_text(to_traditional(w, "generic")) == w, w


def test_a_trip_to_a_mainland_place_keeps_the_home_currency() -> None:
    # the travellers' sums are their home's: 赴, 到, 前往 set nothing
    assert money("旅行團赴北京參觀，團費每人5000元。", region="hk") == [(5000, "HKD")]
    assert money("特首前往上海考察，政府撥款2億元。", region="hk") == [(200_000_000, "HKD")]
    assert set_elsewhere(fold_text("特首昨日赴北京述職")) == ""


def test_a_mainland_outlet_s_bare_yuan_is_renminbi_even_on_hong_kong_or_taiwan() -> None:
    # a mainland paper writes 港元 and 新台币 where it means them
    text = "香港特区政府财政司司长表示，立法会通过拨款，港铁项目获批100亿元。"
    assert detect_region(text, script="hans").name == "hk"  # the words alone: Hong Kong
    r = detect_region(text, source="新华社", script="hans")
    assert (r.name, r.currency) == ("mainland", "CNY") and "新华社" in r.reason
    # a government's own name for itself, in Traditional too
    assert detect_region("全市生產總值增長5%，投資100億元。", source="上海市人民政府", script="hant").currency == "CNY"
    # a Macau paper whose name holds 新華 is Macau's
    assert detect_region("善款共5萬元。", source="新華澳報", script="hant").name == "mo"


def test_every_outlet_is_found_in_its_traditional_forms() -> None:
    from briefreader.figures.region import MAINLAND_ISSUERS
    from briefreader.ingest.outlets import ABROAD_NAMES, REGION_NAMES

    for table in (REGION_NAMES["mainland"], ABROAD_NAMES, MAINLAND_ISSUERS):
        for name in table:
            for variant in ("hk", "generic"):  # s2tw's phrase conversion (在线 -> 線上) is no masthead
                folded = fold_text(to_traditional(name, variant)).lower()
                assert any(o.lower() in folded for o in table), (name, variant)


def test_an_outlet_s_name_inside_a_longer_name_is_another_outlet() -> None:
    # 北京娱乐信报 is a Beijing paper, not Hong Kong's 信報
    r = detect_region("拿出10万元来做房产投资", source="北京娱乐信报", script="hans")
    assert (r.name, r.currency) == ("mainland", "CNY")
    assert detect_region("善款共5萬元。", source="信報財經新聞", script="hant").name == "hk"
    assert detect_region("善款共5萬元。", source="香港文匯網", script="hant").name == "hk"
    assert detect_region("全年增长5%", source="据新华社", script="hans").reason == "source 据新华社"
    assert detect_region("善款共5萬元。", source="今日新聞NOWnews", script="hant").name == "tw"
    assert detect_region("善款共5萬元。", source="上海文匯報", script="hant").name != "hk"  # Shanghai's 文汇报


def test_an_outlet_s_home_gives_way_when_the_page_says_another_region() -> None:
    # a mainland outlet's name on a Taiwan address: as much for each, so whose yuan is not guessed
    r = detect_region("門票500元", source="新华社", script="hant", url="https://news.example.com.tw/a/1")
    assert (r.name, r.currency) == ("unknown", "") and "新华社" in r.reason and ".tw" in r.reason
    # a Taiwan page whose words say so as well
    r = detect_region("行政院宣布門票500元", source="新华社", script="hant", url="https://news.example.com.tw/a/1")
    assert r.name == "tw"


def test_hengqin_places_a_traditional_text_in_macau_and_its_lead_there_leaves_the_yuan_unsaid() -> None:
    r = detect_region("澳門居民到橫琴就業，可獲每月補貼3000元。", script="hant")
    assert (r.name, r.currency) == ("mo", "MOP")  # 澳門 (2) and 橫琴 (1); a trip there (到) sets nothing
    r = detect_region("澳門居民在橫琴就業，可獲每月補貼3000元。", script="hant")
    assert (r.name, r.currency) == ("mo", "")
    # a mainland text on Hengqin stays the mainland's
    assert detect_region("横琴粤澳深度合作区今年投资100亿元", script="hans").currency == "CNY"


def test_hong_kong_s_cheung_sha_wan_is_not_changsha() -> None:
    assert set_elsewhere(fold_text("一名男子昨日在長沙灣被捕")) == ""
    assert money("工廠位於長沙灣，月租5萬元。", region="hk") == [(50_000, "HKD")]


def test_taiwan_s_names_for_the_mainland_and_its_outlying_counties() -> None:
    assert detect_region("陸客團明年恢復，澎湖業者盼商機，每團消費約100萬元。", script="hant").currency == "TWD"
    assert detect_region("長沙灣、土瓜灣的食肆生意回升。", script="hant").name == "unknown"  # two place votes
    assert detect_region("長沙灣、土瓜灣及紅磡的食肆生意回升。", script="hant").name == "hk"


def test_a_macau_sentence_set_in_hengqin_gives_renminbi() -> None:
    # 橫琴 is a Macau word for the region, but the place a sum is set in is the mainland
    assert money("活動在橫琴舉行，營業額突破150萬元。", region="mo") == [(1_500_000, "CNY")]
    assert money("活動在橫琴和澳門舉行，營業額突破150萬元。", region="mo") == [(1_500_000, "MOP")]


def test_a_singapore_text_is_no_region_s_yuan() -> None:
    # its own dollar (13-dev2 s12: a text naming Singapore often and nothing of the mainland is Singapore's, SGD)
    r = detect_region("建屋局公布，组屋转售价上季上涨1.1%，一套四房式组屋平均60万元。", script="hans")
    assert (r.name, r.currency) == ("sg", "SGD")
    assert money("建屋局公布，组屋转售价上季上涨1.1%，一套四房式组屋平均60万元。") == [(600_000, "SGD")]
    # a mainland text naming Singapore once stays the mainland's
    assert detect_region("新加坡总理访华，双方签署协议，投资100亿元。", script="hans").currency == "CNY"
