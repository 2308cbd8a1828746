"""Guards session 32's metadata changes (issue 12): who publishes a feed and its entries, read by what each field IS,
on the shapes of the feeds retired from held-out in this session (dev-retired27, session 30's set): a rights line
"版权归X所有" (the holder before the word for owning), a rights holder that is the owning company beside a channel
title that names the outlet and its section ("纽约时报中文网 国际纵览"), a ministry's feed whose <source> holds an
address and whose <DeptName> names the issuing agency, a WordPress category feed titled "Site » Category"; and a
council caucus's JSON release whose title opens with the caucus's name ("國民黨團-…"). Inputs are the dev-retired27
files or shaped as they are; each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from pathlib import Path

from briefreader.ingest import feed as fd
from briefreader.ingest import ingest_entries, ingest_path
from briefreader.ingest import metadata as md

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "realworld"
RETIRED27 = DATA / "dev-retired27"


def _entries(xml: str) -> list:
    return ingest_entries(xml.encode("utf-8"), id="f", path="f.xml", suffix=".xml")


def _rss(channel: str, items: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{channel}{items}</channel></rss>'


_ITEM = "<item><title>{t}</title><link>https://example.org/{n}</link>{extra}<description>{d}</description></item>"
_BODY = "<p>本周市场出现较大波动，多家机构对后市看法不一，投资者仍需保持谨慎，关注政策变化。</p>"


# --- the channel's publisher: a rights line, a title's parts, the address


def test_a_rights_line_that_the_rights_belong_to_names_the_holder_without_owning() -> None:
    # dev-retired27 s30h_01: BBC's Atom feed, <rights>版权归英国广播公司所有 ("the copyright belongs to the BBC, owned"):
    # the holder is 英国广播公司, not "英国广播公司所有"
    assert fd._rights_holder("版权归英国广播公司所有") == "英国广播公司"
    assert fd._rights_holder("版權屬於香港電台所有") == "香港電台"
    bs = ingest_path(RETIRED27 / "s30h_01_atom_feed_three_entries_utc.xml", DATA)
    assert [b.source for b in bs] == ["英国广播公司"] * 3


def test_a_rights_line_that_says_nothing_of_belonging_is_read_as_before() -> None:
    # guard: "香港經濟日報版權所有©" and a copyright year's holder keep their reading
    assert fd._rights_holder("香港經濟日報版權所有©") == "香港經濟日報"
    assert fd._rights_holder("Copyright 2012  The New York Times Company") == "The New York Times Company"


def test_a_channel_title_of_an_outlet_and_its_section_names_the_outlet_over_the_owning_company() -> None:
    # dev-retired27 s30h_03: channel "纽约时报中文网 国际纵览" (the outlet's name, a space, its section), copyright
    # "Copyright 2012  The New York Times Company" (the company that owns it): the entries are 纽约时报中文网's
    bs = ingest_path(RETIRED27 / "s30h_03_rss2_feed_full_text_cdata_three_items.xml", DATA)
    assert [b.source for b in bs] == ["纽约时报中文网"] * 3
    assert fd._channel_outlet("Copyright 2012  The New York Times Company", "纽约时报中文网 国际纵览", "") == (
        "纽约时报中文网"
    )


def test_a_wordpress_category_feed_is_the_sites_not_its_breadcrumb() -> None:
    # dev-retired27 s30h_06: channel "中国数字时代 » Level 2 Article" (site » category): its own post (item 3) and a
    # repost credited by no more than its title prefix (item 2) are 中国数字时代's; item 1 keeps its own dateline's
    # outlet (中国军网)
    bs = ingest_path(RETIRED27 / "s30h_06_rss2_feed_content_encoded_share_footer_three_items.xml", DATA)
    assert bs[0].source == "中国军网"
    assert bs[1].source == bs[2].source == "中国数字时代"
    assert fd._title_parts("中国数字时代 » Level 2 Article") == ["中国数字时代", "Level 2 Article"]


def test_the_title_part_the_address_names_is_the_publisher_over_a_section() -> None:
    # dev-retired27 s30h_04: channel "焦點新聞 - 衛生福利部" at www.mohw.gov.tw (the ministry's address in the
    # table): "焦點新聞" (focus news, a section) reads as an outlet's name by its ending; the part the address names wins
    assert (
        fd._channel_outlet("RSS發行者", "焦點新聞 - 衛生福利部", "https://www.mohw.gov.tw/np-16-1.html") == "衛生福利部"
    )


# --- an entry's own fields


def test_an_entrys_agency_field_named_with_name_is_its_issuer() -> None:
    # dev-retired27 s30h_04: <DeptName>食品藥物管理署</DeptName> (feedparser: "deptname") names the agency that issued
    # the item; <source url="text">https://www.mohw.gov.tw/cp-…</source> holds an address, not a channel's name
    # (it was read as "https")
    bs = ingest_path(RETIRED27 / "s30h_04_rss2_feed_full_text_gmt_trad.xml", DATA)
    assert [b.source for b in bs] == ["食品药物管理署", "疾病管制署", "疾病管制署", "疾病管制署"]
    assert fd._field_word("deptname") == "dept" and fd._field_word("publisher_name") == "publisher"
    assert fd._field_word("dc_publisher") == "publisher" and fd._field_word("filelist") == "filelist"


def test_a_source_element_holding_an_address_gives_that_addresses_outlet_or_nothing() -> None:
    items = _ITEM.format(
        t="部会新闻稿", n=1, extra='<source url="text">https://www.mohw.gov.tw/cp-16-1-1.html</source>', d=_BODY
    ) + _ITEM.format(t="另一则新闻稿", n=2, extra='<source url="x">https://unknown.example/a/1</source>', d=_BODY)
    bs = _entries(_rss("<title>某站新闻</title><link>https://unknown.example/</link>", items))
    assert bs[0].source == "卫生福利部"
    assert all(b.source != "https" for b in bs)


def test_a_source_elements_channel_name_still_wins() -> None:
    # guard: an aggregator's item with <source url=…>经济日报</source> is that channel's
    items = _ITEM.format(t="一则新闻", n=1, extra='<source url="https://www.ce.cn/rss">经济日报</source>', d=_BODY)
    bs = _entries(_rss("<title>聚合新闻</title><link>https://agg.example/</link>", items))
    assert bs[0].source == "经济日报"


# --- a release's title that opens with its issuer


def test_a_caucus_release_titled_with_the_caucus_is_its_in_full() -> None:
    # dev-retired27 s30h_07, s30h_10: a city council mirror's JSON records, title "國民黨團-大型龍舟賽冠軍1萬，…", the
    # text naming "台南市議會國民黨團": the caucus (in the text's full name) issued it; no source was read before
    for name in (
        "s30h_07_json_record_council_caucus_tax_questioning_trad.json",
        "s30h_10_json_record_council_caucus_release_trad.json",
    ):
        (b,) = ingest_path(RETIRED27 / name, DATA)
        assert b.source == "台南市议会国民党团"


def test_a_title_prefix_is_an_issuer_only_when_it_is_an_organisations_name_before_a_dash() -> None:
    assert md._title_issuer("国民党团-大型龙舟赛冠军1万，选手傻眼！台南蓝军建议") == "国民党团"
    assert md.organisation_name("台南市议会") == "台南市议会"
    # guards: a speaker before a colon, an outlet's repost prefix, a headline with no name before its dash
    assert md._title_issuer("外交部：中方坚决反对") == ""
    assert md._title_issuer("中国军网 | 徐才厚在病榻上结束了可悲可耻的一生") == ""
    assert md._title_issuer("天气晴好-市民纷纷出游踏青") == ""
    assert md._full_name("国民党团", "端午龙舟竞赛相继登场，台南市议会国民党团忧心。") == "台南市议会国民党团"
    assert md._full_name("国民党团", "国民党团表示，") == "国民党团"
