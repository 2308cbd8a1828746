"""Guards session 33's metadata changes (issue 12), on the shapes of the set retired from held-out in this session
(dev-retired28, session 31's set) and of dev files of the same shapes: who publishes a feed when its channel title has
two parts that both read as an outlet's name ("ETNet 新聞 - 精選新聞", "港聞新聞 - Yahoo 新聞"): the part another place of
the feed names too (the site's address, its rights line); and a portal's name in an entry's own fields when nothing
else names the item's publisher. Inputs are dev/dev-retired files or shaped as they are; each test fails on the code
before unless it says it is a guard."""

from __future__ import annotations

from pathlib import Path

from helpers.feed_xml import entries as _entries
from helpers.feed_xml import rss as _rss

from briefreader.ingest import feed_credits as fd
from briefreader.ingest import ingest_path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "realworld"
RETIRED28 = DATA / "dev-retired28"


_ITEM = "<item><title>{t}</title><link>{link}</link>{extra}<description>{d}</description></item>"
_BODY = "<p>本周市场出现较大波动，多家机构对后市看法不一，投资者仍需保持谨慎，关注政策变化。</p>"


# --- a channel title's two parts: the one the site's address or rights line names


def test_the_channel_part_the_sites_address_and_rights_line_name_is_the_publisher_over_its_section() -> None:
    # dev-retired28 s31h_02: channel "ETNet 新聞 - 精選新聞" (a relative <link>), copyright "ETNet Inc.", image at
    # www.etnet.com.hk: ETNet publishes, 精選新聞 ("editors' picks") is its section
    bs = ingest_path(RETIRED28 / "s31h_02_rss2_wire_feed_fullwidth_digits_three_items_trad.xml", DATA)
    assert [b.source for b in bs] == ["ETNet"] * 3
    rights = "Copyright (c) 2024 ETNet Inc. All rights reserved."
    assert fd._channel_outlet(rights, "ETNet 新聞 - 精選新聞", "categorized_news_list.php") == "ETNet"
    # the image's address alone vouches as well
    links = ("http://www.etnet.com.hk/www/tc/common/images/etnet_toplogo.png",)
    assert fd._channel_outlet("", "ETNet 新聞 - 精選新聞", "", links=links) == "ETNet"


def test_a_portals_section_feed_is_the_portals_not_an_accounts() -> None:
    # dev s17_38 / dev-retired28 s31h_03: "新知新聞 - Yahoo 新聞" at hk.news.yahoo.com/tech/: a section of Yahoo's (its
    # part closes with the portal's own word 新聞), no account on the platform named 新知新聞
    rights = "Copyright (c) 2017 Yahoo! Inc. All rights reserved"
    for title in ("新知新聞 - Yahoo 新聞", "港聞新聞 - Yahoo 新聞", "環球新聞 - Yahoo 新聞"):
        assert fd._channel_outlet(rights, title, "https://hk.news.yahoo.com/tech/") == "Yahoo", title


def test_a_platforms_account_feed_is_still_the_accounts() -> None:
    # guard (dev s31_05, s31_11): an account's feed on a platform: the account when it is an outlet, else no one
    assert fd._channel_outlet("", "虎嗅APP - 腾讯新闻", "https://news.qq.com/omn/author/8QMf13ld5I0VujvR") == "虎嗅"
    assert fd._channel_outlet("", "邸钞 - 腾讯新闻", "https://news.qq.com/omn/author/8QIf3nxc64AYuDfe4wc=") == ""


def test_one_part_titles_and_the_rights_holder_are_read_as_before() -> None:
    # guard: a rights holder that is an outlet goes first ("rthk.hk - 即時新聞: 本地", 香港電台); a one-part title with
    # a Latin brand stays as it is (ITeye资讯频道); a Latin part the address names that the rule already took stays
    assert fd._channel_outlet("香港電台", "rthk.hk - 即時新聞: 本地", "https://news.rthk.hk") == "香港電台"
    assert fd._channel_outlet("Copyright 2003-2016, ITeye.com", "ITeye资讯频道", "http://www.iteye.com") == (
        "ITeye资讯频道"
    )
    assert fd._channel_outlet("", "cnbeta - 精选", "https://www.cnbeta.com.tw/backend.php") == "cnbeta"


# --- a portal's name in the entry's own fields: the publisher when nothing else names one


def test_a_portal_item_that_names_no_partner_is_the_portals() -> None:
    # dev-retired28 s31h_03 #2/#3: Yahoo 新聞's Hong Kong feed, items with no origin in their text: Yahoo's
    bs = ingest_path(RETIRED28 / "s31h_03_rss2_aggregator_feed_origin_bracket_three_items_trad.xml", DATA)
    assert [b.source for b in bs] == ["Now新闻台", "Yahoo", "Yahoo"]


def test_google_news_source_element_naming_a_portal_is_that_portal() -> None:
    # dev-retired28 s31h_04: Google News's items, <source url="https://hk.news.yahoo.com">Yahoo新聞</source>
    xml = _rss(
        "<title>焦點新聞 - Google 新聞</title><link>https://news.google.com/?hl=zh-HK</link>"
        "<copyright>2024 Google Inc.</copyright>",
        _ITEM.format(
            t="拜登稱哈馬斯釋放人質即可停火 - Yahoo新聞",
            link="https://news.google.com/rss/articles/CBMi5w?oc=5",
            extra='<source url="https://hk.news.yahoo.com">Yahoo新聞</source>',
            d=_BODY,
        ),
    )
    assert [b.source for b in _entries(xml)] in (["Yahoo新聞"], ["Yahoo新闻"])


def test_a_portal_item_crediting_its_partner_is_the_partners() -> None:
    # guard (dev s17_19): a Yahoo item whose <source> names the partner (香港電台-港聞) or whose text opens with its
    # origin ("【Now新聞台】…") is the partner's; the portal's name never goes over it
    xml = _rss(
        "<title>港聞新聞 - Yahoo 新聞</title><link>https://hk.news.yahoo.com/hong-kong/</link>",
        _ITEM.format(
            t="馬時亨冀3月就票價機制達協議",
            link="https://hk.news.yahoo.com/a-085203086.html",
            extra='<source url="http://www.rthk.org.hk">香港電台-港聞</source>',
            d=_BODY,
        )
        + _ITEM.format(
            t="丘應樺：政府一直支援中小企渡過難關",
            link="https://hk.news.yahoo.com/b-090509464.html",
            extra="",
            d="【Now新聞台】商務及經濟發展局局長丘應樺稱，政府需要支援中小企渡過難關，令經濟全面復甦。",
        ),
    )
    assert [b.source for b in _entries(xml)] == ["香港电台", "Now新闻台"]


# --- a yearless dateline's year from a year written in Chinese numerals


def test_a_year_in_chinese_numerals_gives_a_yearless_dateline_its_year() -> None:
    # dev-retired28 s31h_07 (UTF-16LE, no headline): "中新网厦门11月3日电(记者杨伏山)为期四天的二00九中国(厦门)国际游艇
    # 帆船展览会三日落幕" — the year only in the event's name, in Chinese numerals with the zeros typed as figures
    bs = ingest_path(RETIRED28 / "s31h_07_plain_text_utf16le_bom_crlf_no_headline.txt", DATA)
    assert [(b.date_iso, b.source) for b in bs] == [("2009-11-03", "中新网")]
    from briefreader.ingest.metadata import infer_year

    assert infer_year("二〇一六年全国两会召开", "") == 2016
    assert infer_year("二零二四上海国际车展开幕", "") == 2024


def test_chinese_numerals_that_are_no_year_give_none() -> None:
    # guard: a count, a plan's number and a project's name in numerals are no year
    from briefreader.ingest.metadata import infer_year

    assert infer_year("十二五规划实施以来，三一二五个项目落地，二一一工程高校", "") is None


# --- a record's source field that spells the item's own address: the carrying site, as a feed's channel


def test_a_news_api_source_that_spells_the_items_address_is_its_carrier() -> None:
    # dev s33_05 (NewsAPI top headlines): "source": {"name": "Xinhua Net"} at www.xinhuanet.com is 新华网 (the outlet
    # table's name of the address); "Eastmoney.com" at finance.eastmoney.com carries a flash that closes "（界面新闻）":
    # the credited outlet's
    bs = ingest_path(
        DATA
        / "dev"
        / "s33_05_newsapi_json_cn_headlines_site_suffixed_titles_utc_stamps_mojibake_template_items_20210518.json",
        DATA,
    )
    assert [b.source for b in bs[:4]] == ["中国新闻网", "新华网", "第一财经", "界面新闻"]


def test_a_feed_records_site_label_is_named_by_its_address() -> None:
    # dev-retired25 s28h_04 (session 28's held-out set, JSON lines of a feed reader): "source": "cna" at
    # www.cna.com.tw is 中央社, not the label "cna"
    bs = ingest_path(DATA / "dev-retired25" / "s28h_04_jsonl_feed_record_legislature_20260721_trad.jsonl", DATA)
    assert bs[0].source == "中央社"


def test_a_record_source_field_that_names_another_site_is_read_as_before() -> None:
    # guard: a source field that is not the item's own address (a wire's name on a paper's page) stays the source
    from briefreader.ingest import metadata as md

    assert not md._spells_own_site("Reuters", "https://www.udn.com/news/story/1")
    assert not md._spells_own_site("中央社", "https://www.cna.com.tw/news/a.aspx")
    assert md._spells_own_site("Xinhua Net", "http://www.xinhuanet.com/world/2021-05/18/c_1.htm")
    assert md._spells_own_site("Www.rfi.fr", "https://www.rfi.fr/cn/a")


def test_a_vouched_part_that_names_the_outlet_in_han_stays_whole() -> None:
    # review s33 R4: "UDN 聯合新聞網 - 即時新聞" at udn.com: the host vouches for the PART, the outlet's brand and its name
    # in Han; cut to the brand only where the rest is the word for what the site carries ("ETNet 新聞")
    assert fd._channel_outlet("", "UDN 聯合新聞網 - 即時新聞", "https://udn.com/news/") == "UDN 聯合新聞網"
    assert fd._channel_outlet("", "People 人民网 - 时政", "http://politics.people.com.cn/") == "People 人民网"
    assert fd._channel_outlet("", "CNA 中央社 - 政治新聞", "https://www.cna.com.tw/") == "CNA 中央社"
    assert fd._channel_outlet(
        "Copyright (c) 2024 ETNet Inc.", "ETNet 新聞 - 精選新聞", "https://www.etnet.com.hk/"
    ) == ("ETNet")


def test_a_feed_readers_site_and_section_field_is_judged_by_its_site() -> None:
    # dev s33_08 (a Taiwan news feed's JSON): "source": "CNA - Politics" at www.cna.com.tw, "Storm Media - Politics"
    # at www.storm.mg: the site's part spells the address (or opens with its name): 中央社, 风传媒
    bs = ingest_path(
        DATA
        / "dev"
        / "s33_08_taiwan_news_feed_json_machine_translated_titles_original_field_english_source_names_utc_20260814_15_trad.json",
        DATA,
    )
    assert [bs[i].source for i in (0, 2, 4)] == ["中央社", "风传媒", "中央社"]
    from briefreader.ingest import metadata as md

    # guard: a short name that only begins like the address is none of it
    assert not md._spells_own_site("Sinaweibo", "https://www.sin.com/a")
