"""Guards session 10's metadata changes (issue 12). Each case quotes the form from a dev
page (dev-retired5 is heldout5/, retired into dev this session) or is written from
general knowledge of how Chinese-language pages are made; each fails on the code before."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from briefreader.ingest import ingest_bytes

_BODY = "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>" * 3


def _page(inner: str, title: str = "地铁延伸工程公布", head: str = "") -> bytes:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{inner}</body></html>".encode()


def _ingest(inner: str, **kw):
    return ingest_bytes(_page(inner, **kw), id="t.html", suffix=".html")


# --- dev-retired5's miss


def test_a_cms_code_in_the_source_field_is_no_outlet():
    # heldout5/s8_15 (新华网): <meta name="source" content="ycsys"> (the CMS's code) outranked the
    # page's own "来源：新华网" line: the source was "ycsys"
    line = '<div class="info">2023-09-07 09:56:47 来源：某某日报</div>'
    b = _ingest("<h1>地铁延伸工程公布</h1>" + line + _BODY, head='<meta name="source" content="ycsys">')
    assert b.source == "某某日报"
    # a named source in the same field still counts, and a lower-case brand the table knows
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head='<meta name="source" content="某某晚报">')
    assert b.source == "某某晚报"
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head='<meta name="source" content="am730">')
    assert b.source == "am730"
    # alone, the code is no source at all; the site's own brand on its own address is
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head='<meta name="source" content="ycsys">')
    assert b.source == ""
    head = '<meta name="source" content="kwnews"><meta property="og:url" content="https://www.kwnews.com.tw/n/1">'
    assert _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head=head).source == "kwnews"


# --- the new batch's dev misses (dev/s10_*)


def test_an_archives_note_names_the_original_outlet_in_quotation_marks():
    # dev/s10_28 (an archive of 好奇心日报 in Jekyll Markdown): the body opens
    # "原文来自「好奇心日报」：~~[标题](https://qdaily.com/…)~~"; the marks stopped the note being read
    md = (
        "---\ntitle: 一个学校的消失\n\ndate: 2019-01-13\n---\n\n"
        "原文来自「某某日报」：~~[一个学校的消失](https://example.com/articles/1.html)~~\n\n---\n\n"
        "2018年8月，这个已经改名的北京规模最大的打工子弟学校关闭了。学校里的老师们各自散去。\n\n"
        "校长说，他已经不再过问学校的事情，只是偶尔回去看看。\n"
    )
    b = ingest_bytes(md.encode(), id="t.md", suffix=".md")
    assert (b.title, b.date_iso, b.source) == ("一个学校的消失", "2019-01-13", "某某日报")
    # a person's name in the marks names no outlet
    b = ingest_bytes(md.replace("某某日报", "张小明").encode(), id="t.md", suffix=".md")
    assert b.source != "张小明"


# --- a stamped moment near midnight: the day the page shows decides the calendar


def test_a_stamp_near_midnight_takes_the_day_the_page_shows():
    # a moment stamped in UTC is read in UTC+8 (a CMS's zone, not the newsroom's), and one with a
    # local offset on the writer's calendar; near midnight the two readings are two days, and a
    # page showing one of them has said which (BBC 中文 shows the UK day under a UTC stamp)
    utc = '<meta property="article:published_time" content="2023-09-12T20:00:00Z">'
    shown = '<div class="date">2023年9月12日</div>'
    assert _ingest("<h1>地铁延伸工程公布</h1>" + shown + _BODY, head=utc).date_iso == "2023-09-12"
    assert _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head=utc).date_iso == "2023-09-13"  # no evidence
    # a newsroom in UTC-5 whose page shows the day in UTC+8; and one showing its own day
    local = '<meta property="article:published_time" content="2022-07-26T23:30:00-05:00">'
    shown = '<div class="date">2022年7月27日</div>'
    assert _ingest("<h1>地铁延伸工程公布</h1>" + shown + _BODY, head=local).date_iso == "2022-07-27"
    shown = '<div class="date">2022年7月26日</div>'
    assert _ingest("<h1>地铁延伸工程公布</h1>" + shown + _BODY, head=local).date_iso == "2022-07-26"
    assert _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head=local).date_iso == "2022-07-26"
    # a day the page shows that is neither reading (a related item's) changes nothing
    shown = '<div class="date">2022年7月20日</div>'
    assert _ingest("<h1>地铁延伸工程公布</h1>" + shown + _BODY, head=local).date_iso == "2022-07-26"


# --- kinds an unseen corpus brings: front matter of other site generators, API dumps, URLs


_MD_BODY = (
    "\n市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程。\n\n预计于两年内完成施工，总投资约120亿元。\n"
)


def _md(text: str):
    return ingest_bytes(text.encode(), id="t.md", suffix=".md")


def test_hugo_toml_front_matter_is_read():
    # Hugo's other front matter: TOML between "+++" lines; its title line was the title
    # ('title = "…"') and the header the text's start
    b = _md('+++\ntitle = "地铁延伸工程公布"\ndate = 2024-05-01T22:30:00+08:00\nsource = "某某日报"\n+++\n' + _MD_BODY)
    assert (b.title, b.date_iso, b.source) == ("地铁延伸工程公布", "2024-05-01", "某某日报")
    assert "+++" not in b.text and "title =" not in b.text and not b.problems
    # "+++" lines around what is not TOML are rules of the text, kept
    b = _md("+++\n这不是一个头部。\n+++\n" + _MD_BODY)
    assert "这不是一个头部" in b.text


def test_front_matter_dates_under_other_generators_names():
    for key in ("publishDate", "pubDatetime", "published_at", "date_published"):
        b = _md(f"---\ntitle: 地铁延伸工程公布\n{key}: 2024-05-01\n---\n" + _MD_BODY)
        assert b.date_iso == "2024-05-01", key
    # only a last edit's date: taken when nothing else dates it, never over the post's own date
    b = _md("---\ntitle: 地铁延伸工程公布\nlastmod: 2024-05-03\n---\n" + _MD_BODY)
    assert b.date_iso == "2024-05-03"
    b = _md("---\ntitle: 地铁延伸工程公布\nlastmod: 2024-05-03\n---\n2024年5月1日 某某日报\n" + _MD_BODY)
    assert b.date_iso == "2024-05-01"


def _json(obj) -> list:
    import json

    from briefreader.ingest import ingest_path

    d = Path(tempfile.mkdtemp())
    p = d / "r.json"
    p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return list(ingest_path(p, d))


_REC_BODY = "市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程。预计于两年内完成施工，总投资约120亿元。"


def test_api_dumps_unix_times_and_camel_case_fields():
    # 1714577400 is 2024-05-01 15:30 UTC, 23:30 in UTC+8; 1714588200 is 2024-05-02 02:30 in UTC+8
    for value in (1714577400, "1714577400", 1714577400000):
        (b,) = _json({"title": "地铁延伸工程公布", "content": _REC_BODY, "publish_time": value})
        assert b.date_iso == "2024-05-01", value
    (b,) = _json({"title": "地铁延伸工程公布", "content": _REC_BODY, "publishTime": 1714588200})
    assert b.date_iso == "2024-05-02"
    (b,) = _json({"title": "地铁延伸工程公布", "content": _REC_BODY, "pubDate": "2024-05-01 10:00:00"})
    assert b.date_iso == "2024-05-01"
    # a crawl's own time is still not the article's
    (b,) = _json({"title": "地铁延伸工程公布", "content": _REC_BODY, "crawlTime": 1714577400})
    assert b.date_iso is None
    # a number that is no Unix time is no date
    (b,) = _json({"title": "地铁延伸工程公布", "content": _REC_BODY, "publish_time": 123456})
    assert b.date_iso is None


def test_an_apis_answer_wraps_its_articles():
    one = {"title": "地铁延伸工程公布", "content": _REC_BODY, "date": "2024-05-01", "source": "来源：某某日报"}
    two = dict(one, title="第二条新闻的标题", content=_REC_BODY.replace("三条", "四条"))
    (b,) = _json({"code": 0, "data": one})
    assert (b.title, b.date_iso, b.source) == ("地铁延伸工程公布", "2024-05-01", "某某日报")
    bs = _json({"code": 0, "msg": "ok", "data": {"total": 2, "list": [one, two]}})
    assert [b.title for b in bs] == ["地铁延伸工程公布", "第二条新闻的标题"]
    # a JSON file with no articles at any level is still no article
    (b,) = _json({"code": 0, "data": {"list": [{"id": 1, "name": "x"}]}})
    assert any(p.kind == "empty" for p in b.problems)


def test_a_day_in_the_address_under_the_years_folder():
    from briefreader.ingest.metadata import url_date

    # 人民网 /2024/0501/, 中新网 /2024/05-01/
    assert url_date("http://politics.people.com.cn/n1/2024/0501/c1001-40227.html") == (dt.date(2024, 5, 1), "day")
    assert url_date("https://www.chinanews.com.cn/gn/2024/05-01/10209.shtml") == (dt.date(2024, 5, 1), "day")
    assert url_date("https://example.com/2024/1399/a.html") is None
    assert url_date("https://example.com/2024/05/a.html") is None  # a month's folder is no day


def test_a_feed_titled_by_its_section_is_the_outlet_its_address_names():
    # a channel titled only by its section ("国内新闻 RSS") names no outlet: the address table's
    # outlet for the channel's link is the source (it was "国内新闻")
    from briefreader.ingest.feed import parse_feed

    item = "<item><title>地铁延伸工程公布</title><link>https://www.chinanews.com.cn/gn/2024/05-01/1.shtml</link></item>"
    rss = '<rss version="2.0"><channel><title>{}</title><link>{}</link>{}</channel></rss>'
    feed = parse_feed(rss.format("国内新闻 RSS", "https://www.chinanews.com.cn/", item))
    assert feed.entries[0].source == "中国新闻网"
    # a title naming an outlet still names it; an unknown site with only a section's title is named by
    # its address (session 11, 7f3cdd3: a section's name is never an outlet; it was kept here before)
    assert parse_feed(rss.format("某某日报 - 要闻", "https://www.chinanews.com.cn/", item)).title == "某某日报"
    assert parse_feed(rss.format("国内新闻 RSS", "https://www.example.com/", item)).title == "example.com"


def test_a_datelines_year_is_not_before_a_day_the_report_narrates():
    # dev/s10_31 (新京报 in a Markdown archive, no date in the front matter): "新京报讯（记者杨畅）4月12日，…"
    # took 2018 from "2018年10月23日，李志宣布…" (a day it narrates): the report is of 2019-04-12
    lead = "新京报讯（记者杨畅）4月12日，有网友发现在三大音乐平台上搜索歌手名字无结果。\n\n"
    told = "李志，1978年11月13日生于江苏省常州市。2018年10月23日，李志宣布与一家音乐厂牌达成合作。\n"
    b = _md("---\ntitle: 某歌手的歌曲在音乐平台搜索无结果\n---\n\n" + lead + told)
    assert b.date_iso == "2019-04-12"
    # a day it narrates that comes before the dateline's in the same year leaves the year alone, and so
    # does a day announced ahead ("2018年12月1日起施行" is no narration)
    b = _md("---\ntitle: 某歌手的歌曲在音乐平台搜索无结果\n---\n\n" + lead + told.replace("10月23日", "3月23日"))
    assert b.date_iso == "2018-04-12"
    b = _md(
        "---\ntitle: 某项规定公布\n---\n\n" + lead + "该规定经2018年3月1日会议通过。\n该规定将于2018年12月1日起施行。\n"
    )
    assert b.date_iso == "2018-04-12"


# --- from the unlabelled reference pages (n12.md's "Left")


def test_a_short_headline_that_is_a_part_of_the_title_beats_a_description():
    # a Wikipedia page: <h1>金锺国</h1>, <title> and og:title "金锺国 - 维基百科，自由的百科全书", and a
    # JSON-LD "headline" that is the article's short description ("韓國男藝人"), which was the title
    title = "金锺国 - 维基百科，自由的百科全书"
    head = (
        f'<meta property="og:title" content="{title}">'
        '<script type="application/ld+json">{"@type": "Article", "name": "金锺国", "headline": "韓國男藝人"}</script>'
    )
    b = _ingest("<h1>金锺国</h1>" + _BODY, title=title, head=head)
    assert b.title == "金锺国"
    # the site's name as the <h1> (the last part of the <title>) is still no headline
    b = _ingest("<h1>某某新闻网</h1>" + _BODY, title="地铁延伸工程公布 - 某某新闻网")
    assert b.title == "地铁延伸工程公布"
    # a blog's name as the <h1>, in the middle of the <title> (博客园: "标题 - 博客名 - 博客园"), is none
    b = _ingest("<h1>好看的hk</h1>" + _BODY, title="地铁延伸工程公布 - 好看的hk - 博客园")
    assert b.title == "地铁延伸工程公布"
