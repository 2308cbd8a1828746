"""Guards session 37's metadata changes (issue 12), on the shapes of dev/s37 and dev-retired32 (session 35's held-out
set, retired this session): a scraper's header over a copied notice (its crawl stamp and region label are its own
fields, never the text's date or issuer); a headline line that is a page's <title> (the office's name before or after
it); a record's pipeline word as its "source"; a repost's source line that is the page's whole <title>; a
translation's header quoted above its headline; a sentence about 资讯 read as a dateline; a personal site's name of
four characters; an investigation team on a report's cover. Each test fails on the code before unless it says it is
a guard."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries
from briefreader.ingest.markdown import quoted_note

_NOTICE = (
    "为深入贯彻中央经济工作会议精神，扎实推进2026年家电、3C数码板块消费品以旧换新工作筹备，现就公开征集参与2026年活动参与"
    "主体有关事项通知如下：\n\n一、参与企业报名条件\n\n1.依法注册登记且独立结算的销售企业，主营家电、3C产品销售业务；\n\n"
)
_PARAGRAPH = (
    "证监会不选任何App作为信息披露媒体，是因为App无法达到允许第三方公开审计的要求。运行于手机等移动互联网上的App，"
    "本身具有信息茧房的特点，一是拒绝未注册用户登录，二是App有能力根据用户特征推送特供内容。"
)


def _docs(text: str, suffix: str) -> list:
    return ingest_entries(text.encode("utf-8"), id="d", path="d" + suffix, suffix=suffix)


def _scraped(headline: str, region: str, foot: str, crawl: str = "2026/1/5 11:27:34") -> str:
    return (
        f"# {headline}\n\n> 来源: {region}\n> 原文链接: https://www.example.gov.cn/art/2025/art_1.html\n"
        f"> 截止时间: 2025-12-26 11:00\n> 抓取时间: {crawl}\n\n---\n\n各镇、街道，区级相关单位，相关企业：\n\n{_NOTICE}{foot}"
    )


# --- a scraper's header over a copied notice (dev s37_01-06)


def test_a_scrapers_crawl_stamp_is_no_date_and_no_line_of_the_text() -> None:
    (doc,) = _docs(_scraped("关于公开征集2026年某区家电消费品以旧换新参与企业的通知", "浙江宁波-鄞州区", ""), ".md")
    assert doc.date is None or str(doc.date) != "2026-01-05", doc.date
    assert "抓取时间" not in doc.text


def test_the_notices_foot_gives_its_date_and_issuer_under_a_scrapers_header() -> None:
    text = _scraped(
        "关于公开征集2026年某区家电消费品以旧换新参与企业的通知",
        "浙江宁波-鄞州区",
        "宁波市鄞州区商务局\n\n2025年12月24日\n",
    )
    (doc,) = _docs(text, ".md")
    assert str(doc.date) == "2025-12-24" and doc.source == "宁波市鄞州区商务局", (doc.date, doc.source)


def test_a_region_label_is_no_source() -> None:
    for region in ("浙江宁波-鄞州区", "广东湛江", "黑龙江哈尔滨", "重庆"):
        (doc,) = _docs(_scraped("关于公开征集2026年某区家电消费品以旧换新参与企业的通知", region, ""), ".md")
        assert doc.source != region and "宁波" not in doc.source, (region, doc.source)


def test_an_office_whose_short_name_is_a_place_stays_the_source() -> None:
    # guard: one place's name alone may be an office's own short name (上海海关, dev s36; 福大, dev s28_05)
    (doc,) = _docs(f"关于某某事项的公告\n来源：上海海关\n\n{_PARAGRAPH}\n", ".txt")
    assert doc.source == "上海海关", doc.source


def test_a_headline_line_with_its_offices_name_after_it_is_the_headline_and_the_office_its_source() -> None:
    headline = "重庆市2026年绿色智能家电以旧换新线上“参与单位”预征集的公告"
    (doc,) = _docs(f"# {headline} - 重庆市商务委员会\n\n{_NOTICE}", ".md")
    assert doc.title == headline and doc.source == "重庆市商务委员会", (doc.title, doc.source)
    (doc,) = _docs(f"# {headline}_重庆市人民政府门户网站\n\n{_NOTICE}", ".md")
    assert doc.title == headline and doc.source == "重庆市人民政府", (doc.title, doc.source)


def test_a_headline_line_with_its_offices_name_before_it() -> None:
    headline = "河南省2026年消费品以旧换新家电及数码智能产品参与品牌厂家征集公告"
    (doc,) = _docs(f"# 河南省商务厅-{headline}\n\n{_NOTICE}", ".md")
    assert doc.title == headline and doc.source == "河南省商务厅", (doc.title, doc.source)


def test_a_headlines_own_short_last_part_stays() -> None:
    # guard: "… - 新进展" is the headline's own part, no office
    (doc,) = _docs(f"# 某某大桥合龙 - 新进展\n\n{_PARAGRAPH}\n", ".md")
    assert doc.title == "某某大桥合龙 - 新进展", doc.title


# --- records


def test_a_records_pipeline_word_is_no_source() -> None:
    items = [
        {
            "title": f"第{n}条消息：某某公司发布新款产品",
            "description": _PARAGRAPH,
            "link": f"https://36kr.com/p/39293523365879{n:02d}?f=rss",
            "pubDate": "2026-08-07T11:22:24.000Z",
            "source": "auto",
        }
        for n in range(3)
    ]
    docs = _docs(json.dumps({"finance": items}, ensure_ascii=False), ".json")
    assert len(docs) == 3
    assert all(d.source == "36氪" for d in docs), [d.source for d in docs]


def test_a_reposts_source_line_that_is_the_pages_title_gives_the_site() -> None:
    # dev-retired32 s35h_01: "来源：[<headline> - 中国日报网](…)"
    text = (
        "---\ntitle: 双语全文！习近平2020年新年贺词\ndate: 2020-01-17\n---\n\n"
        "来源：[双语全文！习近平2020年新年贺词：只争朝夕，不负韶华！ - 中国日报网](https://china.chinadaily.com.cn/a/1.html)\n\n"
        f"{_PARAGRAPH}\n"
    )
    (doc,) = _docs(text, ".md")
    assert doc.source == "中国日报网", doc.source


def test_a_translations_header_above_its_headline_names_its_publisher() -> None:
    # dev-retired32 s35h_04: a quoted header of original, author, "译文出自" and translator lines over the H1
    text = (
        "> * 原文地址：[Raspberry Pi’s Ninth Birthday](https://www.tomshardware.com/news/raspberry-pi-9th-birthday)\n"
        "> * 原文作者：[Avram Piltch](https://www.tomshardware.com/author/avram-piltch)\n"
        "> * 译文出自：[掘金翻译计划](https://github.com/xitu/gold-miner)\n"
        "> * 译者：[霜羽 Hoarfroster](https://github.com/PassionPenguin)\n\n"
        f"# Raspberry Pi 九岁啦：你可能不知道的 9 件事\n\n{_PARAGRAPH}\n"
    )
    (doc,) = _docs(text, ".md")
    assert doc.source == "掘金翻译计划", doc.source
    assert "译文出自" not in doc.text


def test_a_quoted_note_is_read_only_above_the_headline() -> None:
    assert quoted_note("> **来源**：生态环境部\n> **发布时间**：2023-05-12\n\n# 标题\n\n正文") == (
        "来源：生态环境部\n发布时间：2023-05-12"
    )
    assert quoted_note("# 标题\n\n> 来源：某网\n") == ""  # (under the headline the text keeps it)
    assert quoted_note("正文第一段\n\n> 来源：某网\n\n# 标题\n") == ""
    assert quoted_note("> " + "[" * 5000 + "\n# 标题\n") == ""  # (read only in the document's first 4,000 characters)


def test_a_sentence_about_information_is_no_dateline() -> None:
    # dev-retired32 s35h_09: "鑑於整合個人網路與資訊科技資源…" read as the outlet 鉴于整合个人网 filing from 路与资
    lead = "鑑於整合個人網路與資訊科技資源，並且計劃部分降低對數位財團相關資源的使用，所以將部落格遷移到新網址。"
    (doc,) = _docs(f"部落格遷移網址\n\n{lead}\n\n{_PARAGRAPH}\n", ".txt")
    assert "鉴于" not in doc.source and "鑑於" not in doc.source, doc.source


def test_a_personal_sites_name_of_four_characters_is_its_source() -> None:
    # dev-retired32 s35h_10: og:site_name "北郊獨語 - Yoxem's Blog"
    page = (
        "<html><head><title>儉樸生活的自我期許 | 北郊獨語 - Yoxem&#39;s Blog</title>"
        '<meta property="og:site_name" content="北郊獨語 - Yoxem&#39;s Blog"/></head>'
        f"<body><article><h1>儉樸生活的自我期許</h1><p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p></article></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.source in ("北郊獨語", "北郊独语"), doc.source


def test_a_report_covers_investigation_team_is_its_issuer() -> None:
    # the shape of an investigation report's cover: the title, the team that wrote it, its month
    text = f"# 某市特大暴雨灾害调查报告\n\n国务院灾害调查组\n\n2022年1月\n\n---\n\n一、基本情况\n\n{_PARAGRAPH}\n"
    (doc,) = _docs(text, ".md")
    assert doc.source == "国务院灾害调查组", doc.source


# --- second round: a report's cover, a record's wrapped values, a credit's role before ©


def test_a_cover_team_named_after_the_reports_event_is_its_issuer() -> None:
    # an investigation report's cover: the team is called after the event its title names; the segmenter reads the
    # event's words (特别, 爆炸) as a sentence's, so no organisation's ending makes it a name
    text = (
        "# 天津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查报告\n\n"
        "天津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查组\n\n2016年2月\n\n---\n\n"
        f"一、基本情况\n\n{_PARAGRAPH}\n"
    )
    (doc,) = _docs(text, ".md")
    assert doc.source == "天津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查组", doc.source
    # guard: a team line that shares nothing with the title is judged as any name (a sentence is none)
    (doc,) = _docs(
        text.replace("天津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查组", "市里随后成立了调查组"), ".md"
    )
    assert "调查组" not in doc.source, doc.source


def test_a_bilingual_covers_english_title_leaves_the_chinese_headline_and_the_team() -> None:
    text = (
        "# 某某大厦火灾事故调查报告\n\n# Investigation Report on the Fire at the Building\n\n"
        f"深圳市人民政府事故调查组\n\n二〇二一年八月\n\n---\n\n一、基本情况\n\n{_PARAGRAPH}\n"
    )
    (doc,) = _docs(text, ".md")
    assert doc.title == "某某大厦火灾事故调查报告" and doc.source == "深圳市人民政府事故调查组", (doc.title, doc.source)


def test_a_credits_role_before_the_copyright_sign_is_no_site() -> None:
    # the reviewer's s36 note: "文字 © 作者李四" gave source 文字
    from briefreader.ingest.metadata import rights_site

    assert rights_site("文字 © 作者李四 2020年9月") == ""
    assert rights_site("撰文 © 作者王五") == ""
    assert rights_site("老生常谈 © 作者大萌 2020年9月") == "老生常谈"  # guard: a site's name stays


def test_a_cdata_wrapped_link_is_its_address_and_a_published_date_field_its_date() -> None:
    items = [
        {
            "title": f"第{n}条消息：某某公司发布新款产品",
            "description": _PARAGRAPH,
            "link": f"<![CDATA[https://36kr.com/p/39293523365879{n:02d}?f=rss]]>",
            "published_date": f"2018-04-1{n}T00:00:00Z",
            "source": "auto",
        }
        for n in range(3)
    ]
    docs = _docs(json.dumps({"finance": items}, ensure_ascii=False), ".json")
    assert [d.link for d in docs] == [f"https://36kr.com/p/39293523365879{n:02d}?f=rss" for n in range(3)]
    assert [d.source for d in docs] == ["36氪"] * 3, [d.source for d in docs]
    assert [str(d.date) for d in docs] == [f"2018-04-1{n}" for n in range(3)], [d.date for d in docs]


def test_an_articles_own_header_gives_its_headline_day_and_issuer() -> None:
    # dev-retired22 s25_07/08: <article><header><h1>…</h1><span>2026.01.29</span><span>發布機關：…</span></header>
    page = (
        "<html><head></head><body><header class='site'><h1><a href='/'>市政府</a></h1><nav><a href='/a'>首頁</a>"
        "</nav></header><main><article><header class='article-header'>"
        "<h1>蔣萬安宣布2026臺北燈節雙展區登場<br>西門町攜手泡泡瑪特迎全球旅客</h1>"
        "<div><span>2026.01.29</span><span>發布機關：臺北市政府秘書處媒體事務組</span></div></header>"
        f"<div class='article-body'><p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p></div></article></main></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert str(doc.date) == "2026-01-29", doc.date
    assert doc.source in ("臺北市政府秘書處媒體事務組", "台北市政府秘书处媒体事务组"), doc.source
    assert "西門町攜手泡泡瑪特" in doc.title or "西门町携手泡泡玛特" in doc.title, doc.title
    assert "發布機關" not in doc.text and "2026.01.29" not in doc.text
