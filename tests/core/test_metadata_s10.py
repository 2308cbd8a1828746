"""Guards session 10's metadata changes (issue 12). Each case quotes the form from a dev
page (dev-retired5 is heldout5/, retired into dev this session) or is written from
general knowledge of how Chinese-language pages are made; each fails on the code before."""

from __future__ import annotations

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
