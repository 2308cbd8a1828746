"""Guards session 31's metadata changes (issue 12): whose text a feed entry is. A feed's channel is the carrier of its
entries, the default for each; an entry's own word on whose text it is names the publisher over it: an aggregator's
flash closing on its outlet ("…（光明日报）"), a repost blog's note ("原文刊於《明報》", "（本文轉載自香港01）"), a
ministry feed's <agency> field. The channel is never a platform carrying an account's posts ("邸钞 - 腾讯新闻"), a
slogan ("奇客的资讯，重要的东西"), nor the headline repeated after a label; a channel's dc:publisher names it. Inputs are
dev files (dev/s31_*, the session's feeds) or shaped as such feeds are; each test fails on the code before unless it
says it is a guard."""

from __future__ import annotations

from pathlib import Path

from helpers.feed_xml import entries as _entries
from helpers.feed_xml import rss as _rss

from briefreader.ingest import feed_credits as fd
from briefreader.ingest import ingest_path
from briefreader.ingest import metadata as md

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "realworld"


# --- an aggregator's flashes close on the outlet they are taken from


def test_an_aggregators_flash_is_its_closing_outlets() -> None:
    # dev s31_01: 新浪财经's 7x24 flashes (channel "新浪财经新闻"): "…（光明日报）", "…（财新）", "…（一财）" close the
    # credited items; an uncredited flash stays the channel's
    bs = ingest_path(DATA / "dev" / "s31_01_sina_finance_7x24_aggregator_rss_outlet_credits_gmt_20210629.xml", DATA)
    sources = [b.source for b in bs]
    assert sources[1] == "光明日报" and sources[5] == "卫星新闻" and sources[7] == "大河报"
    assert sources[2] in ("财新", "财新网") and sources[4] == "第一财经"  # (一财: 第一财经's short name)
    assert sources[0] == sources[3] == "新浪财经新闻"


def test_a_closing_bracket_credits_only_an_outlet() -> None:
    # guard: brackets closing a sentence hold many things; only an outlet's name is a credit
    assert md._CLOSING_OUTLET.search("…上升了39%。（卫星新闻）")["outlet"] == "卫星新闻"
    assert md._CLOSING_OUTLET.search("…举行（图）") is None  # no sentence closes before it
    items = (
        "<item><title>会议召开</title><link>https://a.example/1</link>"
        "<description>会议今天在北京召开，来自各地的代表参加了会议并讨论了有关议题。（张三）</description></item>"
    )
    (b,) = _entries(_rss("<title>新浪财经新闻</title><link>https://a.example/</link>", items))
    assert b.source == "新浪财经新闻"  # a person's name in brackets credits no outlet


# --- a repost blog's items: the outlet that published the text first, over the blog's outlet-shaped name

_WP = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>香港時事評論網</title>
<link>https://hkcomment.wordpress.com</link><generator>https://wordpress.org/?v=5.3.2</generator>
<item><title>政府應重新檢討房屋政策</title><link>https://hkcomment.wordpress.com/2020/01/06/housing/</link>
<dc:creator><![CDATA[admin]]></dc:creator><pubDate>Mon, 06 Jan 2020 03:12:45 +0000</pubDate>
<content:encoded><![CDATA[<p>政府上周公布新一份長遠房屋策略周年進度報告，建議未來十年的公營房屋供應目標維持不變。</p>
<p>有學者認為，政府應重新檢討整體房屋政策，包括土地供應及資助房屋的比例。</p><p>原文刊於《明報》2020年1月5日</p>
<div class="sharedaddy"><h3>分享此文：</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>]]></content:encoded></item>
<item><title>新冠疫情下的香港經濟</title><link>https://hkcomment.wordpress.com/2020/01/05/economy/</link>
<dc:creator><![CDATA[陳大文]]></dc:creator><pubDate>Sun, 05 Jan 2020 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>本港經濟去年第四季按年收縮百分之二點九，失業率升至三點三個百分點，零售及旅遊業受到重創。</p>
<p>經濟學者預計今年經濟仍會面對下行壓力。</p><p>（本文轉載自香港01）</p>]]></content:encoded></item>
<item><title>區議會選舉後的政治形勢</title><link>https://hkcomment.wordpress.com/2020/01/04/politics/</link>
<dc:creator><![CDATA[admin]]></dc:creator><pubDate>Sat, 04 Jan 2020 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>區議會選舉結果顯示，選民對現屆政府施政的不滿已經反映在選票之上。</p>
<p>分析認為，今年立法會選舉的形勢亦會受到影響。</p>]]></content:encoded></item>
</channel></rss>"""


def test_a_repost_blogs_items_are_their_first_publishers() -> None:
    a, b, c = _entries(_WP)
    assert a.source == "明报" and b.source == "香港01"
    assert c.source == "香港时事评论网"  # an item that credits no one: the blog's
    assert md._republished_outlet("（本文转载自香港01）") == "香港01"  # (an outlet the table knows, no outlet ending)


# --- a platform's feed of one account's posts names no publisher but an outlet's


def test_a_platform_account_feed_is_not_the_platforms() -> None:
    # dev s31_05: "邸钞 - 腾讯新闻" reposts a BBC article, "BBC：…" in its title
    (b,) = ingest_path(DATA / "dev" / "s31_05_qq_news_author_feed_repost_of_bbc_style_block_20261001.xml", DATA)
    assert b.source == "BBC"
    # dev s31_11: "虎嗅APP - 腾讯新闻" (an outlet's app posting there), "出品 | 虎嗅科技组" (its desk)
    (b,) = ingest_path(DATA / "dev" / "s31_11_qq_news_author_feed_outlet_account_byline_lines_20261001.xml", DATA)
    assert b.source == "虎嗅"
    assert fd._channel_outlet("", "邸钞 - 腾讯新闻", "https://news.qq.com/omn/author/8QIf3") == ""
    assert fd._channel_outlet("", "新华社 - 腾讯新闻", "https://news.qq.com/omn/author/8QIf3") == "新华社"
    # guard: the platform's own section stays the platform's channel
    assert fd._channel_outlet("", "腾讯新闻 - 国内", "https://news.qq.com/") == "腾讯新闻"


def test_an_office_before_a_colon_is_its_speaker_not_the_source() -> None:
    # guard: "教育部：…" says what the ministry said; "BBC：…" names whose article it is
    assert md._TITLE_OUTLET.match("BBC：美国女死刑犯在两次注射后依然活着")["outlet"] == "BBC"
    items = "<item><title>教育部：今年高考报名人数创新高</title><description>今年高考报名人数达到新高。</description></item>"
    (b,) = _entries(_rss("<title>邸钞 - 腾讯新闻</title><link>https://news.qq.com/omn/author/x</link>", items))
    assert b.source == ""


# --- a channel title that names no publisher: a slogan; a channel's dc:publisher names it


def test_a_slogan_channel_title_is_no_publisher() -> None:
    # dev s31_08: RSSHub's Solidot feed titled by its slogan; off the table, the address names the site
    bs = ingest_path(
        DATA / "dev" / "s31_08_solidot_rsshub_slogan_channel_title_author_pseudonyms_gmt_20250923.xml", DATA
    )
    assert {b.source for b in bs} == {"Solidot"}
    assert fd._channel_outlet("", "奇客的资讯，重要的东西", "https://www.example.org/") == "example.org"


def test_a_channels_publisher_and_an_entrys_agency_name_the_source() -> None:
    rdf = """<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns="http://purl.org/rss/1.0/"
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://e-info.example/rss"><title>環境資訊 RSS</title><link>https://e-info.example/</link>
<dc:publisher>台灣環境資訊協會</dc:publisher></channel>
<item rdf:about="https://e-info.example/node/1"><title>海洋廢棄物調查出爐 塑膠瓶蓋居首</title>
<link>https://e-info.example/node/1</link><dc:creator>陳文姿</dc:creator><dc:date>2020-01-05T16:30:00Z</dc:date>
<description>今年淨灘調查結果出爐，塑膠瓶蓋數量最多，其次是塑膠袋與吸管，團體呼籲政府加速推動減塑政策。</description></item>
</rdf:RDF>"""
    (b,) = _entries(rdf)
    assert b.source == "台湾环境资讯协会"  # the publisher, never the reporter (dc:creator)
    items = (
        "<item><title>經濟部公布本年度中小企業白皮書</title><link>https://moea.example/n/1</link>"
        "<agency>經濟部中小企業處</agency><pubDate>Mon, 06 Jan 2020 10:00:00 +0800</pubDate>"
        "<description><![CDATA[<p>經濟部今日公布本年度中小企業白皮書，全國中小企業家數創下新高。</p>]]></description></item>"
    )
    (b,) = _entries(_rss("<title>經濟部 - 新聞稿</title><link>https://moea.example/</link>", items))
    assert b.source == "经济部中小企业处"


# --- guards: what the channel still wins over


def test_the_channel_wins_over_its_desk_and_the_headline_repeated() -> None:
    # dev s13_37: 苦勞網's items by dc:creator "苦勞論壇" (its forum) stay 苦勞網's
    bs = ingest_path(DATA / "dev" / "s13_37_coolloud_labor_news_rss1_big5.xml", DATA)
    assert {b.source for b in bs} <= {"苦劳网", "苦劳报导"}
    # dev s17_14: "全文：班農出席里昂香港9月論壇" (the headline after a label) is 信報's item, not a source named so
    bs = ingest_path(DATA / "dev" / "s17_14_hkej_instant_feed_20170909.xml", DATA)
    assert {b.source for b in bs} == {"信报"}


# --- a flash whose title field is the whole flash: its headline is in the brackets that open it


def test_a_flashs_headline_is_in_its_opening_brackets() -> None:
    # dev s31_01: "【我国首次实现干热岩试验性发电】日前，由…。（光明日报）" is the <title> of the item
    bs = ingest_path(DATA / "dev" / "s31_01_sina_finance_7x24_aggregator_rss_outlet_credits_gmt_20210629.xml", DATA)
    assert bs[1].title == "我国首次实现干热岩试验性发电"
    assert bs[7].title == "首列中国标准地铁列车在郑州下线"
    # guards: a column's kicker before the headline ("【資安日報】9月21日，…", dev s31_03) and a feed's label before a
    # headline with no full stop ("【My Cool News】捷運不要再白賊！…", dev s13_37) stay in the title
    bs = ingest_path(DATA / "dev" / "s31_03_ithome_tw_rss_dc_creator_reporters_garbled_times_20260921_trad.xml", DATA)
    assert bs[2].title.startswith("【资安日报】9月21日")
    bs = ingest_path(DATA / "dev" / "s13_37_coolloud_labor_news_rss1_big5.xml", DATA)
    assert bs[1].title.startswith("【My Cool News】")


# --- a draft standard's cover: its completion day in brackets, its issuer over the word for issuing


def test_a_draft_standards_cover_gives_its_day_and_issuer() -> None:
    # dev s30_09: "（本稿完成日期：2023年3月9日）" and "国家能源局   发布" on the cover of a .docx draft (its core-created day,
    # 2023-03-08 in UTC, is the file's making, a fallback only)
    (b,) = ingest_path(DATA / "dev" / "s30_09_docx_nuclear_standard_draft_form_fields_cover_issuer_20230309.docx", DATA)
    assert b.date_iso == "2023-03-09" and b.source == "国家能源局"
    info = md.parse_info_line("（本稿完成日期：2023年3月9日）")
    assert info is not None and info.date is not None and info.date[0].isoformat() == "2023-03-09"
    # guards: a bracketed aside with no label and date stays no line; a template's "20XX - - 发布" names no issuer
    assert md.parse_info_line("（以上内容仅供参考：不代表本网观点）") is None
    assert md._ISSUED_BY.match("20XX - - 发布") and not md.organisation_name("20XX - -")


def test_a_bracketed_date_line_dates_the_document_only_under_its_own_days_label() -> None:
    # review s31 R13: "（报名截止时间：…）", "（会议时间：…）" under a notice's headline are the days of what it announces
    assert md.parse_info_line("（报名截止时间：2024年5月31日）") is None
    assert md.parse_info_line("（会议时间：2024年3月15日上午9时）") is None
    info = md.parse_info_line("（发布日期：2024年1月2日）")
    assert info is not None and info.date is not None and info.date[0].isoformat() == "2024-01-02"
