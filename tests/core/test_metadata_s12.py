"""Guards session 12's metadata changes (issue 12). Each case quotes a form from a dev or retired
file, or is written from general knowledge of how Chinese-language pages and records are made;
each fails on the code before."""

from __future__ import annotations

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_bytes

_BODY = "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>" * 3


def _page(inner: str, title: str = "地铁延伸工程公布", head: str = "") -> bytes:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{inner}</body></html>".encode()


def _ingest(inner: str, **kw):
    return ingest_bytes(_page(inner, **kw), id="t.html", suffix=".html")


def _md(text: str):
    return ingest_bytes(text.encode(), id="t.md", suffix=".md")


# --- a byline that glues the outlet to its reporter


_ARCHIVE = (
    "---\ntitle: 实验室爆炸事故调查进展\n\ndate: 2018-12-27\n---\n\n"
    "原文来自「{quoted}」：~~[实验室爆炸事故调查进展](https://example.com/s/1.html)~~\n\n---\n\n"
    "{byline}\n\n"
    "12月26日上午，某大学实验室发生爆炸，造成3名参与实验的学生死亡。事发后，消防部门调派8个中队处置。\n\n"
    "离事发时已过去30多小时，有关此次实验室爆炸的事故原因仍在调查中。\n"
)


def test_a_byline_extending_the_quoted_original_by_a_name_names_that_outlet():
    # dev-retired7 s10_36 (an archive of a 每日人物 article): "原文来自「每日人物」" above the byline
    # "每日人物钟十五报道" (the account, then its writer's pen name): the source was "每日人物钟十五"
    b = _md(_ARCHIVE.format(quoted="某某人物", byline="某某人物钟十五报道"))
    assert b.source == "某某人物"
    # the quoted name alone is no source when an article's title may stand in the marks: the title itself
    # repeated after the colon; a name before a title that differs from it is where the copy came from (session
    # 14: dev s14_14 "原文来自订阅号「经济观察报书评」：", s14_26 "原文来自「知识分子」：", test_metadata_s14.py)
    b = _md(_ARCHIVE.format(quoted="实验室爆炸事故调查进展", byline=""))
    assert b.source == ""
    b = _md(_ARCHIVE.format(quoted="某某人物", byline=""))
    assert b.source == "某某人物"
    # nor does it cut a byline whose rest is no person's name (an edition, a channel)
    b = _md(_ARCHIVE.format(quoted="某某日报", byline="某某日报海外版报道"))
    assert b.source != "某某日报海外"


# --- the address table: agencies' wires and Taiwan's offices


def test_an_agencys_or_an_offices_address_names_it():
    # dev s12_01/s12_20 (路透中文网 archived with its link to cn.reuters.com), s12_02 (cn.ft.com, FT中文网's other
    # address), s12_10 (a record of president.gov.tw's news): the page names no outlet but by its address
    md = (
        "<!--1602544995000-->\n[地铁延伸工程公布](https://{host}/article/1)\n------\n\n"
        "市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。\n"
    )
    for host, want in (
        ("cn.reuters.com", "路透社"),
        ("cn.ft.com", "FT中文網"),
        ("www.afp.com", "法新社"),
        ("www.president.gov.tw", "總統府"),
        ("www.ey.gov.tw", "行政院"),
    ):
        assert _md(md.format(host=host)).source in (want, to_simplified(want)), host
    # (www.ft.com is the English paper, not FT中文网)
    assert _md(md.format(host="www.ft.com")).source == ""


# --- a headline's own words


def test_sources_say_opening_a_headline_is_part_of_it():
    # dev s12_05 (香港01): "消息：區會直選議席縮減…" in <title>, og:title, JSON-LD and <h1> alike: 消息 ("sources
    # say") is the headline's first word, not an aggregator's label like 快讯：
    b = _ingest(
        "<h1>消息：區會直選議席縮減　以分區委員會劃選區</h1>" + _BODY,
        title="消息：區會直選議席縮減　以分區委員會劃選區",
    )
    assert b.title.startswith("消息：")
    b = _ingest("<h1>快讯：地铁延伸工程公布</h1>" + _BODY, title="快讯：地铁延伸工程公布")
    assert b.title == "地铁延伸工程公布"


# --- session 11's leftovers (tests/core/test_metadata_s11.py probes, s11_12formats.md)


_RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{channel}</title>'
    "<link>https://example.org/</link><item><title>地铁延伸工程公布</title><link>https://example.org/a/1.html</link>"
    "<pubDate>Sun, 13 Feb 2022 08:00:00 +0800</pubDate><description><![CDATA[<p>{line}</p>"
    "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>"
    "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程。</p>]]></description></item></channel></rss>"
)


def _feed(channel: str, line: str):
    out = ingest_bytes(_RSS.format(channel=channel, line=line).encode(), id="f.xml", suffix=".xml")
    return out[0] if isinstance(out, list) else out


def test_an_entrys_own_source_line_beats_the_feeds_channel_title():
    # a feed named "每日新闻精选" whose entry opens "2022年2月13日 来源：央广网": the channel's title came in as
    # the entry's source at front matter's score and won over the entry's own word
    assert _feed("每日新闻精选", "2022年2月13日 来源：央广网").source == "央广网"
    assert _feed("每日新闻精选", "新华社北京2月13日电 市政府今日公布").source == "新华社"
    # with nothing in the entry, the channel is the source (a WeChat account's feed: 上海发布)
    assert _feed("每日新闻精选", "").source == "每日新闻精选"
    assert _feed("上海发布", "").source == "上海发布"


def test_an_outlet_the_table_knows_glued_to_its_reporter():
    # "2023/03/30 13:16 香港01 記者林曉／台北報導": the spaces between Han and digits are gone after
    # normalisation ("13:16香港01记者林晓"), and 香港01 has no outlet's ending: no source
    text = (
        "地铁延伸工程公布\n\n2023/03/30 13:16 香港01 記者林曉／台北報導\n\n"
        "市政府今日公布新一輪交通改善計劃，涵蓋三條地鐵線路的延伸工程，預計於兩年內完成施工。\n\n市政府今日公布新一輪交通改善計劃。\n"
    )
    b = ingest_bytes(text.encode(), id="t.txt", suffix=".txt")
    assert (b.date_iso, b.source, b.authors) == ("2023-03-30", "香港01", ["林晓"])


def test_a_bracketed_press_tag_with_its_date_alone_on_a_line():
    # "【新华日报】2022年2月13日" standing alone: the tag read as a dateline, its date not (no date at all)
    for line in ("【新华日报】2022年2月13日", "【新华日报】 2022-02-13"):
        text = f"地铁延伸工程公布\n\n{line}\n\n市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。\n"
        b = ingest_bytes(text.encode(), id="t.txt", suffix=".txt")
        assert (b.date_iso, b.date_precision, b.source) == ("2022-02-13", "day", "新华日报"), line
    # a date that opens the lead after the tag is the lead's (narration), not the line's own
    text = (
        "地铁延伸工程公布\n\n【新华日报】2021年5月1日，市政府公布了新一轮交通改善计划，涵盖三条地铁线路的延伸工程。\n"
    )
    assert ingest_bytes(text.encode(), id="t.txt", suffix=".txt").date_iso != "2021-05-01"


def test_a_wires_dateline_with_a_dash():
    # dev s12_01/s12_20 (路透中文网): "路透北京10月12日 - 中国国务院总理…": the agency, the place, the day and a
    # dash, no 电: no source when the page has no address the table knows
    text = (
        "李克强称国内外环境依然复杂严峻\n\n路透北京10月12日 - 中国国务院总理李克强周一表示，当前国内外环境依然复杂严峻，"
        "完成全年目标任务仍需艰苦努力。他说，2020年的目标仍然可以完成。\n\n上周召开的中国国务院常务会议部署进一步做好稳就业工作。\n"
    )
    b = ingest_bytes(text.encode(), id="t.txt", suffix=".txt")
    assert (b.source, b.date_iso) == ("路透社", "2020-10-12")  # 路透, by the outlet's one name (tester s20 T1)
    # a place and a day with a dash but no outlet the table knows is no dateline
    b = ingest_bytes(text.replace("路透北京", "某地北京").encode(), id="t.txt", suffix=".txt")
    assert b.source == ""


def test_a_wires_bracketed_dateline_with_its_day_in_chinese_numerals():
    # dev s12_11 (an AFP Chinese record of NIST MT03): "(法新社巴黎二日电)": the day in numerals, as older wires and
    # 中央社 wrote it ("（中央社台北二十一日電）"); the dateline's outlet was not read
    for line, outlet in (("(法新社巴黎二日电)", "法新社"), ("（中央社台北二十一日电）", "中央社")):
        text = f"地铁延伸工程公布\n\n{line}市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。\n"
        assert ingest_bytes(text.encode(), id="t.txt", suffix=".txt").source == outlet, line


def test_the_bbcs_address_names_it():
    # dev s12_29 (BBC News 中文 archived with its link to bbc.com/zhongwen): no name on the page but the address
    md = (
        "<!--1601203616000-->\n[巴西圣保罗州长希望中国疫苗12月上市](http://www.bbc.com/zhongwen/simp/world-54314785)\n"
        "------\n\n巴西圣保罗州州长多利亚表示，希望中国研发的新冠疫苗能在12月在该国上市，并开始为民众接种。\n"
    )
    assert _md(md).source == "BBC"


def test_json_ld_websites_name_is_the_sites_own():
    # a Yoast/WordPress page names the site in its @graph ({"@type": "WebSite", "name": …}); html passes it as
    # jsonld:website (12-text's side), read like og:site_name
    from briefreader.ingest.metadata import extract_metadata

    body = "市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。"
    assert extract_metadata(body, {}, html_meta={"jsonld:website": "某某在线"}).source == "某某在线"
