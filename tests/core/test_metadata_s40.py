"""Guards session 40's metadata changes (issue 12), on the shapes of dev-retired35 (session 38's held-out set, retired
this session): a paper-summary skill's JSON records whose fields are named by a qualifier and a known name's head word
("文章标题", "文章链接" beside "PDF链接"); a yearless dateline whose year the item's own address gives, never a year the
text mentions; a generated digest page titled by an issue ("人民日报 20260704 报道摘要"). Each test fails on the code
before unless it says it is a guard."""

from __future__ import annotations

import json

from test_metadata_s38 import _docs

_LEAD = (
    "本报北京7月3日电 （记者李明）财政部、税务总局3日发布公告，明确自2027年1月1日起调整有关税收优惠政策，"
    "进一步支持相关产业健康发展。"
)


def _records(*items: dict) -> list:
    return _docs(json.dumps(list(items), ensure_ascii=False), ".json")


def _item(title: str, summary: str, day: str = "202607/04", n: int = 1) -> dict:
    return {
        "版面": "05版：要闻",
        "文章标题": title,
        "摘要": summary,
        "PDF链接": f"https://paper.people.com.cn/rmrb/pc/attachement/{day}/f0ab43e1-{n}.pdf",
        "文章链接": f"https://paper.people.com.cn/rmrb/pc/content/{day}/content_3016654{n}.html",
    }


# --- a paper-summary skill's records (dev-retired35 s38h_01/02)


def test_a_title_field_named_with_a_qualifier_is_the_headline() -> None:
    docs = _records(_item("三部门调整节能汽车车船税优惠政策", _LEAD), _item("国家医保信息平台上线新功能", _LEAD, n=2))
    assert [d.title for d in docs] == ["三部门调整节能汽车车船税优惠政策", "国家医保信息平台上线新功能"]


def test_the_articles_link_names_the_paper_a_benbao_dateline_means() -> None:
    (doc, _) = _records(_item("三部门调整节能汽车车船税优惠政策", _LEAD), _item("另一条新闻的标题在此", _LEAD, n=2))
    # "本报" is the paper the record's own link names (paper.people.com.cn), not the PDF's
    assert doc.source == "人民日报", doc.source
    assert doc.link.endswith("content_30166541.html"), doc.link


def test_a_subtitle_or_a_pictures_link_is_no_title_or_address() -> None:
    # guard: a subtitle's, a column's and a picture's fields are another thing's
    from briefreader.ingest.records import _LINK_HEAD, _TITLE_HEAD, _headed

    fields = {
        "副标题": "一个副标题",
        "栏目标题": "要闻",
        "图片链接": "https://e.cn/a.jpg",
        "pdf链接": "https://e.cn/a.pdf",
    }
    assert _headed(fields, _TITLE_HEAD) == "" and _headed(fields, _LINK_HEAD) == ""
    fields["新闻标题"], fields["原文链接"] = "某地举行活动", "https://e.cn/a.html"
    assert _headed(fields, _TITLE_HEAD) == "某地举行活动" and _headed(fields, _LINK_HEAD) == "https://e.cn/a.html"


# --- a yearless dateline in a record whose link carries the day


def test_the_links_day_gives_a_yearless_datelines_year_not_a_year_the_text_tells() -> None:
    (doc, _) = _records(_item("三部门调整节能汽车车船税优惠政策", _LEAD), _item("另一条新闻的标题在此", _LEAD, n=2))
    assert doc.date is not None and doc.date.year == 2026, doc.date  # the lead's "自2027年1月1日起" is a policy's


def test_a_yearless_dateline_keeps_the_texts_year_when_the_link_agrees() -> None:
    # guard: the address and the text give the same year: the dateline's day, as before
    lead = "本报北京7月3日电 （记者李明）2026年上半年，全国规模以上工业增加值同比增长，市场预期持续改善，相关部门表示。"
    (doc, _) = _records(_item("上半年工业经济稳中有进", lead), _item("另一条新闻的标题在此", lead, n=2))
    assert str(doc.date) == "2026-07-03", doc.date


# --- a generated digest page titled by its issue (dev-retired35 s38h_08/10)


def _digest(title: str) -> str:
    item = (
        '<div class="article"><h3><a href="https://paper.people.com.cn/rmrb/pc/content/202607/04/content_1.html">'
        "某地科技创新成果丰硕</a></h3><p>新华社北京6月29日电 记者从有关部门获悉，2026年以来，多地科技创新成果不断涌现，"
        "产业发展势头良好，新兴产业持续壮大，为经济增长注入新动能。</p></div>"
    )
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><h2>06版：科技</h2>{item * 3}</body></html>"


def test_an_issues_title_gives_the_papers_day_and_name() -> None:
    (doc,) = _docs(_digest("人民日报 20260704 报道摘要"), ".html")
    assert str(doc.date) == "2026-07-04" and doc.source == "人民日报", (doc.date, doc.source)
    (doc,) = _docs(_digest("人民日报海外版 20260704 报道摘要"), ".html")
    assert str(doc.date) == "2026-07-04" and doc.source == "人民日报海外版", (doc.date, doc.source)


def test_a_title_that_is_no_outlets_issue_gives_no_source() -> None:
    # guard: a section's name before the day names no outlet (review s18 R4); a headline about a year is no issue
    from briefreader.ingest.metadata import _ISSUE_TITLE

    for title in ("独家报道 20260704 摘要", "今日论坛 20260704 要目"):
        (doc,) = _docs(_digest(title), ".html")
        assert doc.source != title.split()[0], (title, doc.source)
    assert _ISSUE_TITLE.fullmatch("人民日报2026年发行工作会议在京召开") is None


# --- whole saved pages of overseas Chinese sites (dev s40b, first-run misses)

_BODY = (
    "近日，当地一家健身房发生争议事件，多名会员向管理方反映更衣室使用规定不清，要求尽快作出说明并改进管理。\n\n"
    "管理方表示，将在一周内公布新的规定，并邀请会员代表参与讨论，相关部门也表示会持续关注此事的进展。\n"
)


def test_a_time_zone_after_a_stamp_is_no_source() -> None:
    from briefreader.ingest.metadata import parse_info_line

    for line in ("2025-01-07 01:15 ET", "记者张庭瑜／洛杉矶报导 2025-01-07 01:15 ET", "2025-01-07 09:30 PST"):
        info = parse_info_line(line)
        assert info is not None and info.source == "" and str(info.date[0]) == "2025-01-07", (line, info)
    # guard: an outlet's name after a stamp (and one opening with a zone's letters) is still read
    info = parse_info_line("2025-01-07 ETtoday")
    assert info is not None and info.source == "ETtoday", info
    info = parse_info_line("2025-01-07 01:15 PST 世界日报")
    assert info is not None and info.source == "世界日报", info
    for name in ("ET新闻网", "MT新闻"):  # (a zone's letters opening a name: review s40's note)
        info = parse_info_line(f"来源：{name}")
        assert info is not None and info.source == name, info


def test_a_material_credit_is_no_source() -> None:
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line("素材来源：9News")
    assert info is None or info.source == "", info
    # guard: the account's own 来源 is read
    info = parse_info_line("来源：最西澳")
    assert info is not None and info.source == "最西澳", info


def test_a_share_count_glued_after_the_source_is_no_part_of_it() -> None:
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line("2024-12-20来源:最西澳159分享到:")
    assert info is not None and info.source == "最西澳" and str(info.date[0]) == "2024-12-20", info
    # guard: digits that end an outlet's own name stay with it
    info = parse_info_line("来源: am730 分享到:")
    assert info is not None and info.source == "am730", info


def test_a_leads_bracketed_news_credit_names_the_outlet() -> None:
    page = (
        "<html><head><title>美国网站修改表述引发争议</title></head><body><h1>美国网站修改表述引发争议</h1>"
        "<p>2025/02/16</p><p>当地时间2月14日，市民在附近抗议。图源：路透社</p>"
        f"<p>（亚太快讯消息）《每日新闻》纽约报导：{_BODY.split(chr(10))[0]}</p><p>{_BODY.split(chr(10))[2]}</p>"
        "<p>Copyright © Asia-Pacific Tourism,inc All Rights Reserved.</p></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.source == "亚太快讯", doc.source
    # guard: a person's name in brackets before the lead is no outlet
    (doc,) = _docs(page.replace("（亚太快讯消息）", "（王小明）"), ".html")
    assert doc.source != "王小明", doc.source


def test_a_post_header_holding_the_headline_dates_the_post() -> None:
    # a theme's <header> around the headline and its <time>, outside any <article> (dev s40b_08); a teaser's later
    # <time> below it is another post's
    page = (
        "<html><head><title>英国网球协会 禁跨性别参加女网赛 - 光华网</title></head><body>"
        '<header class="td-post-title"><h1 class="entry-title">英国网球协会 禁跨性别参加女网赛</h1>'
        '<div class="meta"><span><time datetime="2024-12-16+0806:32:00">2024年12月16日</time></span></div></header>'
        f"<div class='content'><p>{_BODY.split(chr(10))[0]}</p><p>{_BODY.split(chr(10))[2]}</p></div>"
        '<div class="teaser"><h3>另一则新闻的标题</h3><time datetime="2024-12-27+0801:05:26">2024年12月27日</time></div>'
        "</body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert str(doc.date) == "2024-12-16", doc.date


def test_a_sites_own_header_with_its_logo_is_still_the_sites() -> None:
    # guard: a site's <header> with its logo in an <h1> and today's date is no post's header
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest.metadata import time_element

    tree = LexborHTMLParser(
        '<html><body><header><h1><img src="logo.png" alt="某某网"></h1><time datetime="2025-03-01">今天</time>'
        "</header><div><p>正文</p></div></body></html>"
    )
    assert time_element(tree) == ""


def test_a_korean_papers_entered_and_changed_stamps() -> None:
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line("输入 : 2025-02-10 10:12 | 更新 : 2025-02-11 11:26")
    assert info is not None and str(info.date[0]) == "2025-02-10" and not info.updated, info
    info = parse_info_line("更新 : 2025-02-11 11:26")
    assert info is not None and info.updated, info  # (a change's day alone is an update's)


def test_a_listed_companys_tag_names_the_filer_of_its_announcement() -> None:
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>巨潮公告 · 关键词命中（AI产业链）</title>'
        "<link>http://www.cninfo.com.cn/</link><description>公告筛选</description>"
        + "".join(
            f"<item><title>[{tag}][扩产] {title}</title><link>http://static.cninfo.com.cn/finalpage/2026-09-30/{n}.PDF"
            f"</link><pubDate>Wed, 30 Sep 2026 00:00:00 +0800</pubDate><description>命中词：扩产\n{_BODY}</description>"
            "</item>"
            for n, (tag, title) in enumerate(
                (
                    ("金富科技003018", "关于使用募集资金向控股公司提供借款以实施募投项目暨关联交易的公告"),
                    ("*ST南置002305", "关于收购物业管理有限公司100%股权暨关联交易的公告"),
                    ("行云科技300209", "行云科技获大单 股价涨停"),
                )
            )
        )
        + "</channel></rss>"
    )
    docs = _docs(feed, ".xml")
    assert [d.source for d in docs[:2]] == ["金富科技", "*ST南置"], [d.source for d in docs]
    # guard: a news headline about a company (no filing's title) is no filing of the company's
    assert docs[2].source != "行云科技", docs[2].source


# --- a listed company's filings as a bot keeps them (dev s40_10) and a community site's posts (dev s40_06-13)


def test_a_filings_header_names_its_filer() -> None:
    from briefreader.ingest.metadata import extract_metadata

    text = (
        "证券代码：002196 证券简称：方正电机 公告编号：2026-038\n浙江方正电机股份有限公司关于对控股子公司增资的公告\n\n"
        + _BODY
    )
    assert extract_metadata(text, {}).source == "方正电机"
    # guard: a code quoted in a news report's sentence is no header
    text = "记者注意到，该公司（股票代码：002196）近期股价波动较大，证券简称为方正电机的公司发布了公告。\n\n" + _BODY
    assert extract_metadata(text, {}).source != "方正电机"


def test_a_securities_records_code_and_name_are_its_filer() -> None:
    items = [
        {
            "code": "002029",
            "name": "七 匹 狼",
            "title": "关于与专业投资机构合作投资的公告",
            "time": 1790611200000,
            "snippet": _BODY,
        },
        {
            "code": "002074",
            "name": "国轩高科",
            "title": "关于股东协议转让部分公司股份的提示性公告",
            "time": 1790611200000,
            "snippet": _BODY,
        },
    ]
    docs = _docs(json.dumps({"hits": items}, ensure_ascii=False), ".json")
    assert [d.source for d in docs] == ["七匹狼", "国轩高科"], [d.source for d in docs]
    # guard: a "name" beside a code that is no stock's (a product's number) names no filer
    items = [dict(i, code="A-12") for i in items]
    docs = _docs(json.dumps({"hits": items}, ensure_ascii=False), ".json")
    assert all(d.source not in ("七匹狼", "国轩高科") for d in docs), [d.source for d in docs]


def test_a_posts_author_that_is_the_community_it_speaks_of_is_its_publisher() -> None:
    post = "---\ntitle: 'openGauss社区官方网站正式上线'\ndate: '2020-06-15'\nauthor: '{a}'\n---\n\n" + _BODY
    (doc,) = _docs(post.format(a="openGauss"), ".md")
    assert doc.source == "openGauss", doc.source
    # guard: a person's name (Latin or Han), a handle, or a name the post never mentions is no publisher
    for author in ("Alice Wang", "王小明", "zhangsan", "SUSE订阅"):
        (doc,) = _docs(post.format(a=author), ".md")
        assert doc.source != author, (author, doc.source)
