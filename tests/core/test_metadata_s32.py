"""Guards session 32's metadata changes (issue 12): who publishes a feed and its entries, read by what each field IS,
on the shapes of the feeds retired from held-out in this session (dev-retired27, session 30's set): a rights line
"版权归X所有" (the holder before the word for owning), a rights holder that is the owning company beside a channel
title that names the outlet and its section ("纽约时报中文网 国际纵览"), a ministry's feed whose <source> holds an
address and whose <DeptName> names the issuing agency, a WordPress category feed titled "Site » Category"; and a
council caucus's JSON release whose title opens with the caucus's name ("國民黨團-…"). Inputs are the dev-retired27
files or shaped as they are; each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from pathlib import Path

from helpers.feed_xml import entries as _entries
from helpers.feed_xml import rss as _rss

from briefreader.ingest import feed_credits as fd
from briefreader.ingest import ingest_path
from briefreader.ingest import metadata as md

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "realworld"
RETIRED27 = DATA / "dev-retired27"


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


# --- 人民日报 plain-text copies (dev/s32_04-06, the shapes of headline-less and yearless plain texts): a dateline's day
# with no year, the year only in an archive's file name; a long headline over the dated lead; a kicker ending in "——"

S32 = DATA / "dev"


def test_a_yearless_dateline_takes_its_year_from_the_file_names_date_near_it() -> None:
    # dev s32_04: "新华社北京10月25日电" in 20191026-01-05.txt (the paper of 2019-10-26): the day is the dateline's, the
    # year the name's (no date was read before)
    (b,) = ingest_path(
        S32 / "s32_04_rmrb_archive_plain_text_crlf_xinhua_dateline_no_year_path_20191026-01-05.txt", DATA
    )
    assert str(b.date) == "2019-10-25"
    assert md._name_year(12, 31, "rmrb/20200102-01-01.txt") == (md.dt.date(2019, 12, 31), "day")
    # guards: a name with no date, or a date far from the day, anchors nothing
    assert md._name_year(10, 25, "notes/article.txt") is None
    assert md._name_year(3, 25, "rmrb/20191026-01-05.txt") is None


def test_an_addresss_full_date_still_wins_over_a_yearless_dateline_the_name_anchors() -> None:
    # guard: dev-retired23 s26h_05 (人民日报 record named …_20230822.json, its URL dated 2023-08-22, its dateline "8月
    # 21日电"): the address's whole day is the paper's
    (b,) = ingest_path(DATA / "dev-retired23" / "s26h_05_people_daily_record_camp_david_20230822.json", DATA)
    assert str(b.date) == "2023-08-22"


def test_a_long_headline_line_over_the_dated_lead_is_the_headline() -> None:
    # dev s32_04: a 71-character headline line (past a headline's usual 64) with the dateline's lead below it: it was
    # lost to a title made from the lead
    (b,) = ingest_path(
        S32 / "s32_04_rmrb_archive_plain_text_crlf_xinhua_dateline_no_year_path_20191026-01-05.txt", DATA
    )
    assert b.title.startswith("李克强将出席上合组织成员国政府首脑（总理）理事会第十八次会议")
    assert b.title.endswith("并对泰国进行正式访问")
    # guard: a long first line that is a sentence is no headline
    lines = [
        "今天天气很好，我们去公园散步，看到了很多花，也看到了很多人在锻炼身体，大家都很开心地度过了这个美好的周末下午时光。",
        "",
        "新华社北京10月25日电 某某",
    ]
    assert not md._long_headline_over_dateline(lines, 0)


def test_a_kicker_ending_in_a_dash_runs_on_into_the_headline() -> None:
    # dev s32_05: "上海合作组织秘书长——" over "中国政府对人民生命健康高度负责": the kicker alone was the title
    path = S32 / "s32_05_rmrb_archive_plain_text_kicker_line_xinhua_dateline_no_year_gb18030_path_20200201-03-07.txt"
    (b,) = ingest_path(path, DATA)
    assert b.title == "上海合作组织秘书长——中国政府对人民生命健康高度负责"
    assert str(b.date) == "2020-01-31"


# --- a notice's event days; CNA's dispatch datelines


def _plain(tmp_path: Path, text: str):
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    (b,) = ingest_path(path, tmp_path)
    return b


_NOTICE_BODY = (
    "各有关单位：为总结2023年度工作，部署2024年度重点任务，经研究决定召开年度工作会议，请各单位主要负责同志准时参加。\n"
)


def test_an_unbracketed_event_day_under_a_notices_headline_does_not_date_it(tmp_path: Path) -> None:
    # s31 review R13's pre-existing half: "会议时间：2024年3月15日上午9时" under a notice's headline is the meeting's day;
    # it dated the notice (2024-03-15) and left its text
    b = _plain(
        tmp_path,
        f"关于召开2024年度工作会议的通知\n\n会议时间：2024年3月15日上午9时\n会议地点：市政府第一会议室\n\n{_NOTICE_BODY}",
    )
    assert b.date is None
    assert "会议时间：2024年3月15日上午9时" in b.text
    b = _plain(tmp_path, f"关于举办职业技能培训的通知\n\n报名截止时间：2024年5月31日\n\n{_NOTICE_BODY}")
    assert b.date is None


def test_a_publication_label_still_dates_the_text(tmp_path: Path) -> None:
    # guard: the text's own day under a label of its making, or a neutral one
    b = _plain(tmp_path, f"某市发布新规\n\n发布时间：2024年3月10日\n\n{_NOTICE_BODY}")
    assert str(b.date) == "2024-03-10"
    b = _plain(tmp_path, f"某市发布新规\n\n时间：2024年3月11日\n\n{_NOTICE_BODY}")
    assert str(b.date) == "2024-03-11"
    # (review s32 R11: any label not naming an announced event stays the text's day: 公开日期 of every gov.cn page)
    b = _plain(tmp_path, f"关于开展春季植树活动的通知\n\n公开日期：2024-03-12\n\n{_NOTICE_BODY}")
    assert str(b.date) == "2024-03-12" and "公开日期" not in b.text


def test_a_cna_dispatch_dateline_names_its_outlet() -> None:
    # "（中央社記者陳家倫台北5日專電）" (中央社's correspondent's dispatch) and "（中央社華盛頓4日綜合外電報導）" were no
    # datelines (only "…日电）" was)
    m = md._dateline("（中央社记者陈家伦台北5日专电）行政院今天表示，")
    assert m is not None and m["outlets"] == "中央社" and m["day"] == "5"
    m = md._dateline("（中央社华盛顿4日综合外电报导）美国总统今天表示，")
    assert m is not None and m["outlets"] == "中央社"


# --- the held-out's feed shapes on dev (dev/s32_10-13, raw RSS)


def test_a_source_element_at_the_entrys_own_site_is_no_other_channel() -> None:
    # dev s32_13: a Discourse forum's items carry <source url="https://meta.appinn.net/t/topic/….rss">topic</source>
    # (the topic's own feed, titled with the topic): each was its own source; the channel "小众软件官方论坛 - 最新话题"
    # is 小众软件's official forum
    bs = ingest_path(
        DATA / "dev" / "s32_13_appinn_discourse_forum_rss_source_element_is_topic_title_reposts_utc_20250725.xml", DATA
    )
    assert [b.source for b in bs] == ["小众软件"] * 3


def test_a_channel_titled_with_its_edition_is_the_sites() -> None:
    # dev s32_11: channel "cnBeta全文版" (cnBeta's full-text feed)
    assert fd._channel_outlet("", "cnBeta全文版", "https://m.cnbeta.com.tw/") == "cnBeta"
    # guard: only a closing edition word goes ("全文版新闻" is words of a name, kept)
    assert fd._title_parts("全文版新闻 - 明報") == ["全文版新闻", "明報"]


def test_a_flash_closing_on_its_outlet_in_ascii_brackets_after_a_blank_is_that_outlets() -> None:
    # dev s32_10: 36氪's flash "…他预测十年之内美元影响力将大幅下降。… (中国日报)" (a blank, ASCII brackets)
    bs = ingest_path(
        DATA
        / "dev"
        / "s32_10_36kr_rss_source_element_channel_name_items_credit_other_outlets_garbled_dates_20250725.xml",
        DATA,
    )
    assert bs[3].source == "中国日报"
    assert bs[0].source == bs[4].source == "36氪"  # guards: 36氪's own flashes
