"""Guards session 47's metadata changes (issue 12). The documents below are made up in the shapes of real ones
(dev-retired40's orders of the State Council; dev-retired42's misses). Each test fails on the code before unless it
says it is a guard."""

from __future__ import annotations

from test_metadata_s38 import _docs

from briefreader.ingest import metadata, patterns
from briefreader.ingest.metadata import parse_info_line

_ARTICLES = (
    "第一条 为了加强某类设施的安全管理，保障人民群众生命财产安全，制定本条例。"
    "第二条 本条例适用于中华人民共和国境内某类设施的规划、建设、运行和管理。"
    "第三条 县级以上人民政府应当加强对某类设施安全管理工作的领导，建立健全协调机制。"
)


# --- an order's promulgation sentence names the work it puts in force: that is its title


def test_an_order_is_titled_by_the_regulation_it_promulgates() -> None:
    # "现公布《X》" on the promulgation line, signed at its end (s43h_16's shape)
    text = (
        "中华人民共和国国务院令第998号\n\n现公布《某类设施安全管理条例》，自2019年5月1日起施行。"
        "总理　　某某某 　　　　　2019年3月12日　　\n\n\n\n某类设施安全管理条例\n\n第一章　总　　则\n\n"
        f"{_ARTICLES}\n"
    )
    (doc,) = _docs(text, ".txt")
    assert doc.title == "某类设施安全管理条例" and not doc.title_generated, doc.title
    assert doc.source == "国务院" and str(doc.date) == "2019-03-12", (doc.source, doc.date)


def test_a_decision_promulgated_keeps_the_marks_of_the_name_inside_it() -> None:
    # "《国务院关于修改〈X〉的决定》已经…通过，现予公布" with the number run into the sentence's line (s43h_20/21):
    # the inner name's 〈〉 are the title's 《》 once the outer marks are gone
    text = (
        "中华人民共和国国务院令\n\n第　997　号 　　《国务院关于修改〈某类设施安全管理条例〉的决定》已经2019年2月20日"
        "国务院第50次常务会议通过，现予公布，自2019年5月1日起施行。\n\n总 理　 某某某　　　　 二○一九年三月十二日\n\n"
        f"国务院关于修改《某类设施安全管理条例》的决定\n\n{_ARTICLES}\n"
    )
    (doc,) = _docs(text, ".txt")
    assert doc.title == "国务院关于修改《某类设施安全管理条例》的决定", doc.title
    assert str(doc.date) == "2019-03-12", doc.date


def test_a_promulgation_sentence_naming_two_works_or_none_gives_no_title() -> None:
    # guard: precision first; with two works named, or no promulgation verb, the masthead and number stay the title
    two = ["第1号", "现公布《某甲条例》和《某乙条例》，自2019年5月1日起施行。"]
    assert metadata._promulgated_name(two, 0) == ""
    none = ["第1号", "《某甲条例》已经2019年2月20日国务院第50次常务会议通过。"]
    assert metadata._promulgated_name(none, 0) == ""
    # the sentence is looked for on the first three lines holding text, no further
    far = ["第1号", "", "甲。", "乙。", "丙。", "现公布《某甲条例》，自2019年5月1日起施行。"]
    assert metadata._promulgated_name(far, 0) == ""
    assert metadata._promulgated_name(["第1号", "", "现将《某甲办法》予以公布，请遵照执行。"], 0) == "某甲办法"
    text = "交通运输部令\n\n2019年第5号\n\n《某甲条例》已经2019年2月20日部务会议通过。\n\n" + _ARTICLES + "\n"
    (doc,) = _docs(text, ".txt")
    assert doc.title == "交通运输部令2019年第5号", doc.title


# --- an office of three characters before 关于 in a document's title is its issuer


def test_a_three_character_office_before_guanyu_is_the_issuer() -> None:
    text = (
        "国务院关于加强某项工作的意见\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为进一步做好某项工作，"
        "现提出如下意见。各地区、各部门要认真贯彻落实。\n"
    )
    (doc,) = _docs(text, ".txt")
    assert doc.source == "国务院", doc.source
    assert metadata._title_issuer("外交部关于某某问题的声明") == "外交部"
    # guard: three characters that are no office's name give none (a person, a place, a word)
    for title in ("李克强关于某某问题的讲话", "东北部关于某某问题的通知", "新格局关于某某问题的讨论"):
        assert metadata._title_issuer(title) == "", title
    # guard: a wire's report of such a document is the wire's
    (doc,) = _docs("新华社北京3月5日电 国务院关于某某问题的通知日前印发。通知要求各地认真落实。\n", ".txt")
    assert doc.source == "新华社", doc.source


# --- a portal's own desk credits itself in its lead's press tag


def test_a_portals_press_tag_names_it_the_source() -> None:
    # dev-retired41 s44h_14: a Yahoo新聞 story opening "【Yahoo 新聞報道】" (a Latin brand set apart from its Han word)
    lead = "【Yahoo 新聞報道】政府今日公布新措施，放寬部分申請要求，有團體批評新政策仍然不足，要求當局再作檢討。"
    text = f"某某新措施公布 團體批評不足\n\n{lead}\n\n政府發言人表示，會繼續聽取各方意見。\n"
    (doc,) = _docs(text, ".txt")
    assert doc.source in ("Yahoo 新闻", "Yahoo 新聞"), doc.source
    assert patterns.match_dateline("【Yahoo 新闻报道】政府今日公布") is not None
    # guard: a space is a name's only between its Latin and its Han words; a tag spaced otherwise is none
    assert patterns.PRESS_TAG.match("【星岛 日报报道】") is None


def test_a_portal_carrying_a_partners_story_is_still_no_source() -> None:
    # guard: the portal's name elsewhere (its site name, a page line) still names no source; a partner's dateline does
    text = "某某新措施公布\n\nYahoo奇摩新聞\n\n（中央社記者王小明台北3日電）政府今日公布新措施，放寬部分申請要求，有團體批評新政策仍然不足。\n"
    (doc,) = _docs(text, ".txt")
    assert doc.source == "中央社", doc.source


# --- dev-retired42's shapes: a source value's kind of copy, a known outlet's brand, a <title>'s column


def test_the_kind_of_copy_after_an_outlets_name_is_no_part_of_it() -> None:
    # s45h_02: <meta name="source" content="来源：人民网 原创稿">
    assert metadata._source_value("来源：人民网 原创稿") == "人民网"
    assert metadata._source_value("人民网原创") == "人民网"
    # guard: glued to a name the tables do not know, the word may be the name's own; alone it names no one
    assert metadata._source_value("某某原创") == "某某原创"
    assert metadata._source_value("本站原创") == ""


def test_a_known_outlets_brand_in_a_pages_source_field_is_no_persons_name() -> None:
    # s45h_06: a portal's page relaying 界面新闻, <meta name="mediaid" content="界面">: two characters, as a person's
    # name has, but the outlet table's brand (as 澎湃 is 澎湃新闻's)
    page = (
        '<html><head><title>某某区放松限购_新浪财经_新浪网</title><meta name="mediaid" content="界面"></head>'
        "<body><h1>某某区放松限购</h1><p>2019年06月03日 21:27</p>"
        "<p>6月3日，有消息称某某区放松限购，只需要有居住证，用工合同和营业执照复印件就可。当地开发商证实了这一消息。</p>"
        "</body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.source == "界面", doc.source
    # guard: a person's name in the same field is still none
    (doc,) = _docs(page.replace("界面", "王小明"), ".html")
    assert doc.source != "王小明", doc.source


def test_a_titles_column_between_the_headline_and_the_site_goes_with_the_site() -> None:
    # s45h_01: a record's title copied from the page's <title>: "headline_column_site"
    for title, headline in (
        (
            "某某：坚持推动乡村振兴 举全社会之力做好三农工作_滚动新闻_中国政府网",
            "某某：坚持推动乡村振兴 举全社会之力做好三农工作",
        ),
        (
            "国务院关于印发“十四五”某某领域现代化规划的通知_农业、畜牧业、渔业_中国政府网",
            "国务院关于印发“十四五”某某领域现代化规划的通知",
        ),
    ):
        doc = _record(title)
        assert doc.title == headline, doc.title
    # guard: a second clause of the headline (long, or with a clause's mark) stays
    doc = _record("实景三维是亿万级市场_无人机测绘门槛高机会也多_中国政府网")
    assert doc.title == "实景三维是亿万级市场_无人机测绘门槛高机会也多", doc.title


def _record(title: str):
    import json

    body = "某地今天召开会议，研究部署下一阶段的重点工作。会议强调，要坚持问题导向，抓好各项任务落实。"
    data = json.dumps([{"title": title, "content": body, "date": "2023-03-12"}], ensure_ascii=False)
    (doc,) = _docs(data, ".json")
    return doc


# --- dev + retired leftovers by shape


def test_a_known_outlet_then_its_section_in_a_records_source_field() -> None:
    # dev s33_08 #4: "Liberty Times - International"
    assert metadata._known_outlet_part("Liberty Times - International") == "Liberty Times"
    # guard: a name the table does not know, or two outlets, stay as written
    assert metadata._known_outlet_part("某某周刊 - 国际") == "某某周刊 - 国际"
    assert metadata._known_outlet_part("人民网 - 人民日报") == "人民网 - 人民日报"


def test_an_accounts_feed_on_an_app_is_the_accounts() -> None:
    # dev s42f_02: channel "一觉醒来世界发生了什么-即刻App"
    m = metadata._APP_AFTER.search("一觉醒来世界发生了什么-即刻App")
    assert m is not None and "一觉醒来世界发生了什么-即刻App"[: m.start()] == "一觉醒来世界发生了什么"
    # guard: an app's name alone, or an outlet's own app, is no account's feed
    assert metadata._APP_AFTER.search("即刻App") is None
    assert metadata._APP_AFTER.search("澎湃新闻APP") is None


def test_a_yearless_stamp_after_a_portals_channel_closes_no_headline() -> None:
    # dev-retired39 s42h_06: "…高额利润" over "腾讯科技07-26 17:11", the two lines joined
    parts = metadata.split_headline("亚马逊依然行进在快车道：一边疯狂投资，一边创造高额利润腾讯科技07-2617:11")
    assert parts is not None and parts.headline == "亚马逊依然行进在快车道：一边疯狂投资，一边创造高额利润"
    assert parts.outlet == "腾讯科技" and parts.day is None
    # guard: with no outlet before it, a month, a day and a time are the headline's own (an event's time)
    assert metadata.split_headline("关于暂停供水的通知 05-06 08:00") is None
    assert metadata.split_headline("某某公司发布年报 营收增长12-3117:11", bare=True) is None


def test_a_long_document_title_with_its_number_in_brackets_is_the_title() -> None:
    # dev-retired26 s29h_05: two issuers' title of 66 characters, its number in brackets after it
    title = "某某总局 某某部关于某类企业贯彻落实《国务院关于进一步加强企业安全生产工作的通知》的实施意见（某总管三〔2010〕186号）"
    text = (
        f"{title}\n某总管三〔2010〕186号\n各省、自治区、直辖市安全生产监督管理局：\n"
        "为认真贯彻落实国务院的通知精神，推动某类企业落实安全生产主体责任，全面加强和改进安全生产工作，制定本实施意见。\n"
    )
    (doc,) = _docs(text, ".txt")
    assert doc.title == title, doc.title
    # guard: the s46 case stays: a table's number in brackets (no document's kind before it) is no numbered title
    assert metadata._numbered_title("某局行政处罚信息公开表（某罚决字〔2024〕52号）") is None


# --- a reprint's credit: the paper's page code after a label, an editorial's credit line


def test_a_reprints_credit_row_with_its_labelled_page_code() -> None:
    # dev-retired37 s40h_01: "来源：南方都市报2015年10月30日 版次：SA98作者：庄树雄" under a school page's headline
    info = parse_info_line("来源：南方都市报2015年10月30日 版次：SA98作者：庄树雄")
    assert info is not None and str(info.date[0]) == "2015-10-30" and info.source == "南方都市报", info
    assert info.authors == ["庄树雄"], info
    # guard: a page code with a time after it is no page code
    assert metadata._PRINT_PAGE.search("版次：12:30") is None


def test_an_editorials_credit_line_names_its_paper() -> None:
    # dev-retired37 s40h_02: "晶报社论2013年10月18日" over the editorial
    info = parse_info_line("晶报社论2013年10月18日")
    assert info is not None and str(info.date[0]) == "2013-10-18" and info.source == "晶报", info
    info = parse_info_line("人民日报评论员 2013年10月18日")
    assert info is not None and info.source == "人民日报", info
    # guard: the paper speaking of itself, or a name the tables do not know, names no source
    info = parse_info_line("本报评论员 2013年10月18日")
    assert info is not None and info.source == "", info
