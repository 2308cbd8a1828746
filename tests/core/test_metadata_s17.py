"""Guards session 17's metadata changes (issue 12). Each positive case is written from general knowledge of
how Chinese-language pages and files are made (not copied from the corpus file that showed the miss); each
fails on the code before unless it says it is a guard."""

from __future__ import annotations

import datetime as dt

import pytest

from briefreader.ingest import ingest_bytes

_PARA = (
    "今年春季学期，区里组织青年志愿者深入社区开展健康宣讲，累计服务居民三千余人次。"
    "活动结束后，参与的志愿者纷纷表示，走出办公室、贴近群众，让他们对公共服务有了新的理解。"
)
_BODY = "".join(f"<p>{_PARA}第{k}段。</p>" for k in range(8))
_NAV = "".join(f"<a href='/c/{k}.htm'>栏目{k}</a> " for k in range(30))


def _page(head: str, title: str = "社区健康宣讲走进百户人家", site_title: str = "") -> bytes:
    html = (
        f"<html><head><title>{site_title or title}</title></head><body><div>{_NAV}</div>"
        f"<h1>{title}</h1>{head}<div class='article'>{_BODY}</div>"
        "<div>关于我们 | 联系我们 | 版权声明</div></body></html>"
    )
    return html.encode()


def _text(*lines: str) -> bytes:
    return "\n".join(["社区健康宣讲走进百户人家", "", *lines, "", _PARA, "", _PARA + "后续。"]).encode()


# --- a breadcrumb names the site's sections, never the outlet


def test_a_section_in_a_breadcrumb_is_no_source():
    head = "<div><a href='/'>首页</a> &gt; <a href='/c/1.htm'>头版新闻</a></div><div>2024-05-06</div>"
    b = ingest_bytes(_page(head, site_title="某某电子报 - 社区健康宣讲走进百户人家"), id="t.html", suffix=".html")
    assert b.date == dt.date(2024, 5, 6)
    assert b.source == "某某电子报"


# --- a date shown in pieces, one element each


def test_a_date_in_pieces_year_month_day_time():
    head = "<div class='year'><span>2023</span></div><div class='md'>09/14</div><div class='time'>08:05</div>"
    b = ingest_bytes(_page(head), id="t.html", suffix=".html")
    assert (b.date, b.date_precision) == (dt.date(2023, 9, 14), "day")


def test_a_year_alone_is_no_date():
    # guard: a year alone beside the headline (a column's volume, a copyright) dates nothing
    head = "<div class='year'><span>2023</span></div><div>专栏</div>"
    b = ingest_bytes(_page(head), id="t.html", suffix=".html")
    assert b.date is None


# --- datelines that carry their year


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("证券时报网2021年1月4日讯 记者从静安区获悉，静安区集成电路产业规模达到361亿元。", "证券时报网"),
        ("21世纪经济报道2021年1月4日讯 记者从静安区获悉，静安区集成电路产业规模达到361亿元。", "21世纪经济报道"),
        ("上海2021年1月4日电 静安区集成电路产业规模达到361亿元。", ""),
        ("2021年1月4日讯 记者从静安区获悉，静安区集成电路产业规模达到361亿元。", ""),
        ("（中央社记者王小明台北2021年1月4日电）行政院今天通过集成电路产业方案。", "中央社"),
    ],
)
def test_a_dateline_with_its_year(lead: str, source: str):
    b = ingest_bytes(_text(lead), id="t.txt", suffix=".txt")
    assert b.date == dt.date(2021, 1, 4)
    if source:
        assert b.source == source


def test_a_sentence_is_no_dateline():
    # guard: "北京2021年1月4日电视台…" names no outlet and runs on into a sentence
    b = ingest_bytes(_text("北京2021年1月4日电视台播出了一部纪录片，讲述社区志愿者的故事。"), id="t.txt", suffix=".txt")
    assert b.date != dt.date(2021, 1, 4)


# --- date lines of Hong Kong and Taiwan pages


def test_a_date_line_with_weekday_and_time_glued():
    b = ingest_bytes(_text("2025年12月2日 星期二14:20"), id="t.txt", suffix=".txt")
    assert b.date == dt.date(2025, 12, 2)


@pytest.mark.parametrize("line", ["更新於 2025年12月2日 14:20", "最後更新於2025-12-02 14:20"])
def test_an_update_line_dates_a_page_with_no_other(line: str):
    b = ingest_bytes(_text(line), id="t.txt", suffix=".txt")
    assert b.date == dt.date(2025, 12, 2)


# --- a headline's own date and time (review s15 R20)


def test_a_bracketed_event_time_in_the_headline_stays():
    title = "全市防空警报试鸣（2024年9月21日 10:00）"
    b = ingest_bytes(_page("", title=title), id="t.html", suffix=".html")
    assert b.title.replace(" ", "") == title.replace(" ", "")  # (a title's blanks between Han and digits go)
    assert b.date is None


def test_a_time_the_title_carries_too_is_the_headline():
    title = "关于暂停供水的通知 2024-05-06 08:00"
    b = ingest_bytes(_page("", title=title), id="t.html", suffix=".html")
    assert b.title.replace(" ", "") == title.replace(" ", "")


def test_the_template_stamp_in_the_h1_only_is_the_page_time():
    # guard: the <h1> alone carries the time after the headline: the page's stamp, as before
    html = (
        "<html><head><title>社区健康宣讲走进百户人家_某某网</title></head><body>"
        f"<h1>社区健康宣讲走进百户人家 2024-05-06 08:00</h1><div class='article'>{_BODY}</div></body></html>"
    )
    b = ingest_bytes(html.encode(), id="t.html", suffix=".html")
    assert (b.title, b.date) == ("社区健康宣讲走进百户人家", dt.date(2024, 5, 6))


# --- a number that is an amount is no year (tester s17 T1)


@pytest.mark.parametrize("amount", ["2000万元", "1990万人次", "2019亿元", "2000余名"])
def test_an_amount_gives_a_dateline_no_year(amount: str):
    lead = f"新华社北京3月8日电（记者 李华）前海管理局对符合条件的机构给予最高{amount}奖励，政策自发布之日起施行。"
    b = ingest_bytes(_text(lead), id="t.txt", suffix=".txt")
    assert b.date is None or b.date.year != int(amount[:4])


def test_a_year_naming_an_event_still_dates_a_dateline():
    # guard: "2025上海信息消费节" names its year
    lead = "新华社上海3月8日电（记者 李华）2025上海信息消费节今天开幕，2025上海信息消费节将持续一个月。"
    b = ingest_bytes(_text(lead), id="t.txt", suffix=".txt")
    assert b.date == dt.date(2025, 3, 8)


# --- the day right after a dateline that has none; datelines and date lines seen by the tester (s17 T2, T4, T6)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("证券时报网讯 记者 李华 2024年3月8日", "证券时报网"),
        ("新民晚报讯（记者 王明）2024年3月8日上午，静安区召开大会，部署新一年的产业工作。", "新民晚报"),
        ("奉贤新城讯 2024年3月8日，奉贤区美丽健康产业规模突破800亿元。", ""),
        ("（记者 李华）2024年3月8日，前海管理局今天发布新政。", ""),
    ],
)
def test_the_day_after_a_dateline(line: str, source: str):
    b = ingest_bytes(_text(line), id="t.txt", suffix=".txt")
    assert b.date == dt.date(2024, 3, 8)
    if source:
        assert b.source == source


def test_a_later_sentence_opening_with_a_date_is_still_narration():
    # guard: not right after the dateline, a date opening a sentence tells an earlier event
    lead = "本报讯 静安区昨天召开大会。2018年10月23日，该区曾发布产业规划，此后产业规模逐年扩大。"
    b = ingest_bytes(_text(lead), id="t.txt", suffix=".txt")
    assert b.date != dt.date(2018, 10, 23)


@pytest.mark.parametrize("line", ["2024-03-08T08:30:00+08:00 本报讯", "Posted on 2024-03-08 by 上海发布"])
def test_an_iso_stamp_and_a_blog_post_line(line: str):
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line(line.replace(" 本报讯", ""))
    assert info is not None and info.date == (dt.date(2024, 3, 8), "day")


def test_a_wechat_copy_account_and_posting_line():
    b = ingest_bytes(_text("上海发布", "2024年3月8日 07:30 上海"), id="t.txt", suffix=".txt")
    assert (b.date, b.source) == (dt.date(2024, 3, 8), "上海发布")


def test_a_person_above_the_posting_line_is_no_source():
    # guard: a writer's name there is no publisher
    b = ingest_bytes(_text("李华", "2024年3月8日 07:30 上海"), id="t.txt", suffix=".txt")
    assert b.date == dt.date(2024, 3, 8) and b.source != "李华"


# --- a feed's label after each item's headline: its section in brackets and its day


def _feed(title: str) -> bytes:
    item = (
        f"<item><title>{title}</title><link>https://news.example.com/a/1</link>"
        f"<pubDate>Fri, 08 Sep 2017 00:00:00 +0800</pubDate><description>{_PARA}</description></item>"
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某某日报</title>'
        f"<link>https://news.example.com/</link>{item}</channel></rss>"
    ).encode()


def test_a_feed_item_title_without_its_section_and_day():
    import tempfile
    from pathlib import Path

    from briefreader.ingest import ingest_path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "f.xml"
        p.write_bytes(_feed("社区健康宣讲走进百户人家 (港闻) 2017/09/08"))
        (b,) = ingest_path(p, Path(d))
    assert b.title == "社区健康宣讲走进百户人家"


def test_a_feed_item_title_naming_its_day_alone_keeps_it():
    # guard: a headline ending in a day without a section before it (a programme's issue) stays whole
    import tempfile
    from pathlib import Path

    from briefreader.ingest import ingest_path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "f.xml"
        p.write_bytes(_feed("新闻联播 2017/09/08"))
        (b,) = ingest_path(p, Path(d))
    assert b.title.replace(" ", "") == "新闻联播2017/09/08"


# --- a forum's board before the site in the <title>; a site's Latin word is part of its name


def test_a_board_and_the_site_after_a_headline():
    html = (
        "<html><head><title>社区健康宣讲走进百户人家 - 公共卫生(PH)版 - 某某大学BBS</title></head><body>"
        f"<div class='article'>{_BODY}</div></body></html>"
    )
    b = ingest_bytes(html.encode(), id="t.html", suffix=".html")
    assert (b.title, b.source) == ("社区健康宣讲走进百户人家", "某某大学BBS")


def test_an_outlet_and_its_latin_brand_is_the_outlet():
    # guard: "香港经济日报HKET" is 香港经济日报
    from briefreader.ingest.metadata import _source_value

    assert _source_value("香港经济日报HKET") == "香港经济日报"


def test_a_full_width_exclamation_inside_a_name():
    from briefreader.ingest.metadata import _source_value

    assert _source_value("Yahoo！奇摩新闻") == "Yahoo！奇摩新闻"  # (review s16: cut to 'Yahoo')
    assert _source_value("人民网！") == "人民网"


# --- front matter: a mapping's name, a list of one date, one impossible date (tester s16 M4, M5)


def test_front_matter_mapping_and_list_of_one_date():
    md = "---\ntitle: 列表标题测试文章\ndate: [2025-12-02]\nsource: {name: 新华社}\n---\n\n" + _PARA + "\n"
    b = ingest_bytes(md.encode(), id="t.md", suffix=".md")
    assert (b.source, b.date) == ("新华社", dt.date(2025, 12, 2))


def test_an_impossible_front_matter_date_loses_only_itself():
    md = "---\ntitle: 浦东低空经济方案发布\nsource: 浦东发布\ndate: 2025-02-30\n---\n\n" + _PARA + "\n"
    b = ingest_bytes(md.encode(), id="t.md", suffix=".md")
    assert (b.title, b.source, b.date) == ("浦东低空经济方案发布", "浦东发布", None)
    assert any(p.kind == "front_matter" and "2025-02-30" in p.message for p in b.problems)


# --- a feature's closing credits name the outlet that made it


def test_a_production_credit_names_the_outlet():
    html = (
        "<html><body><h1>二十万条投票纪录解码议会</h1>"
        f"<div class='article'>{_BODY}<p>某某传媒制作团队</p><p>张三 撰文</p><p>李四 动画制作</p></div></body></html>"
    )
    b = ingest_bytes(html.encode(), id="t.html", suffix=".html")
    assert b.source == "某某传媒"


def test_a_team_that_is_no_outlet_is_no_source():
    # guard: "活动筹备团队" names no outlet
    html = (
        "<html><body><h1>二十万条投票纪录解码议会</h1>"
        f"<div class='article'>{_BODY}<p>社区活动制作团队</p><p>张三 撰文</p></div></body></html>"
    )
    b = ingest_bytes(html.encode(), id="t.html", suffix=".html")
    assert b.source != "社区活动"


def test_a_record_headline_with_the_site_names_after_it():
    import json

    record = {"headline": "社区健康宣讲走进百户人家｜某某新闻网｜某某日报", "date": "2003-05-02", "content": _PARA * 3}
    b = ingest_bytes(json.dumps([record], ensure_ascii=False).encode(), id="t.json", suffix=".json")
    assert (b.title, b.source) == ("社区健康宣讲走进百户人家", "某某日报")
