"""Guards session 11's metadata changes (issue 12). Each case is written from general knowledge
of how Chinese-language pages and records are made, or quotes a form from a dev or retired
page; each fails on the code before."""

from __future__ import annotations

import datetime as dt

import pytest

from briefreader.ingest import ingest_bytes

_BODY = "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>" * 3


def _page(inner: str, title: str = "地铁延伸工程公布", head: str = "") -> bytes:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{inner}</body></html>".encode()


def _ingest(inner: str, **kw):
    return ingest_bytes(_page(inner, **kw), id="t.html", suffix=".html")


# --- microdata read by the <meta> loop


def test_a_related_lists_meta_itemprop_date_is_not_the_articles():
    # schema.org microdata puts <meta itemprop="datePublished"> in each item of a related list; the
    # page's loop over <meta> elements read the first one under its bare name, past the checks
    # that skip a list's dates: the article took 2019-01-01
    related = '<div class="related"><ul>' + "".join(
        f'<li itemscope><meta itemprop="datePublished" content="2019-0{i}-01"><a href="/a{i}">相关文章第{i}篇的标题</a></li>'
        for i in range(1, 4)
    )
    b = _ingest("<article><h1>地铁延伸工程公布</h1>" + _BODY + "</article>" + related + "</ul></div>")
    assert b.date is None
    b = _ingest(
        "<article><h1>地铁延伸工程公布</h1>" + _BODY + "</article>" + related + "</ul></div>",
        head="<link rel=canonical href='https://example.cn/2024/0305/a.html'>",
    )
    assert b.date == dt.date(2024, 3, 5)
    # the article's own (in <head> or in the article) is still read
    own = '<meta itemprop="datePublished" content="2024-03-05T10:00:00+08:00">'
    b = _ingest("<article>" + own + "<h1>地铁延伸工程公布</h1>" + _BODY + "</article>" + related + "</ul></div>")
    assert b.date == dt.date(2024, 3, 5)
    b = _ingest("<article><h1>地铁延伸工程公布</h1>" + _BODY + "</article>" + related + "</ul></div>", head=own)
    assert b.date == dt.date(2024, 3, 5)


# --- JSON news records: the byline field and a field given as an object


def _records(items) -> list:
    import json

    from briefreader.ingest import ingest_entries

    return ingest_entries(json.dumps(items, ensure_ascii=False).encode(), id="r.json", suffix=".json")


_TEXT = "市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。" * 2


def test_a_records_author_field_names_its_outlet_or_its_author():
    # a scraper's "author" field held the outlet (新华网) or the reporter: it was not read at all
    (b,) = _records([{"title": "地铁延伸工程公布", "content": _TEXT, "author": "新华网", "publish_time": "2024-03-05"}])
    assert b.source == "新华网"
    (b,) = _records([{"title": "地铁延伸工程公布", "content": _TEXT, "author": "张三", "publish_time": "2024-03-05"}])
    assert (b.source, b.authors) == ("", ["张三"])
    (b,) = _records([{"标题": "地铁延伸工程公布", "正文": _TEXT, "作者": "人民日报", "发布时间": "2024-03-05"}])
    assert b.source == "人民日报"


def test_a_records_source_given_as_an_object_is_its_name():
    # NewsAPI's form: {"source": {"id": null, "name": "…"}, "author": "…", "publishedAt": "…Z"}
    item = {
        "source": {"id": None, "name": "新浪网"},
        "author": "李四",
        "title": "地铁延伸工程公布",
        "url": "https://news.example.cn/a.html",
        "publishedAt": "2024-03-05T02:00:00Z",
        "content": _TEXT,
    }
    (b,) = _records({"status": "ok", "articles": [item]})
    assert (b.source, b.authors, b.date) == ("新浪网", ["李四"], dt.date(2024, 3, 5))
    (b,) = _records([{**item, "source": {"id": "reuters", "name": "Reuters"}, "author": None}])
    assert b.source == "路透社"  # Reuters, by the outlet's one name (tester s20 T1)
    # authors as a list of names or of objects
    (b,) = _records([{**item, "author": [{"name": "李四"}, {"name": "王五"}]}])
    assert b.authors == ["李四", "王五"]


# --- an archive's header without front matter (dev/s11_11: a news archive kept as Markdown)


def test_an_archives_stamp_comment_and_linked_headline_give_the_date_and_the_address():
    from briefreader.ingest.frontmatter import archive_header

    md = (
        "<!--1602002919000-->\n[港府清洗教育界 有小学教师资格被取消](https://www.rfa.org/mandarin/a/ac1-1.html)\n------\n\n"
        "<p>香港教育局引用殖民时期打压左派的条例，首次以专业失德为由取消一名教师注册。当局指其有计划地散播信息。</p>\n"
    )
    assert archive_header(md) == {
        "archive_stamp": "1602002919000",
        "headline_link": "https://www.rfa.org/mandarin/a/ac1-1.html",
    }
    b = ingest_bytes(md.encode("utf-16"), id="a.md", suffix=".md")
    # 2020-10-06 16:48 UTC is the 7th in UTC+8; the host names the outlet (it was: no date, no source)
    assert (b.date, b.link) == (dt.date(2020, 10, 7), "https://www.rfa.org/mandarin/a/ac1-1.html")
    assert b.source in ("自由亞洲電台", "自由亚洲电台")
    # an ATX heading that is a link; a link line with no rule under it is no headline
    assert archive_header("# [标题](https://x.cn/a.html)\n正文") == {"headline_link": "https://x.cn/a.html"}
    assert archive_header("[标题](https://x.cn/a.html)\n正文\n") == {}
    assert archive_header("<!-- 1602002919 -->\n\n正文") == {"archive_stamp": "1602002919"}
    # a date the text shows wins over the archive's stamp
    b = ingest_bytes(md.replace("<p>香港", "2020-10-06 11:54\n\n<p>香港").encode(), id="a.md", suffix=".md")
    assert b.date == dt.date(2020, 10, 6)


# --- a stamp with no zone near midnight


def test_a_zoneless_stamp_takes_the_day_the_page_shows_when_it_was_utc():
    # <time datetime="2024-03-05T17:30:00"> written by a server in UTC without its zone, the page
    # showing 2024年3月6日 01:30 (Beijing): the day was the 5th, as written
    shown = "<p>2024年3月6日 01:30 来源：某某日报</p>"
    b = _ingest("<article><h1>地铁延伸工程公布</h1><time datetime='2024-03-05T17:30:00'></time>" + shown + _BODY)
    assert b.date == dt.date(2024, 3, 6)
    b = _ingest(
        "<h1>地铁延伸工程公布</h1>" + shown + _BODY,
        head='<meta property="article:published_time" content="2024-03-05T17:30:00">',
    )
    assert b.date == dt.date(2024, 3, 6)
    # as written when the page shows that day, or shows none
    b = _ingest(
        "<h1>地铁延伸工程公布</h1><p>2024年3月5日 17:30</p>" + _BODY,
        head='<meta property="article:published_time" content="2024-03-05T17:30:00">',
    )
    assert b.date == dt.date(2024, 3, 5)
    b = _ingest("<article><h1>地铁延伸工程公布</h1><time datetime='2024-03-05T17:30:00'></time>" + _BODY)
    assert b.date == dt.date(2024, 3, 5)


# --- a government CMS's build stamp and its site clock (dev/s11_05, s10_07, s10_16)


_GOV_HEAD = (
    '<meta name="PubDate" content="2022-04-24 10:00:43"><meta name="others" content="页面生成时间 2022-04-24 10:00:43">'
)


def test_a_stamp_the_page_calls_its_build_time_yields_to_the_article_own_dates():
    # <meta name="PubDate"> holds the same stamp the page calls its build time (页面生成时间): the
    # bulletin's signed date (2023年4月12日) is the article's, not the day the page was made again
    signed = "<p>宜春市统计局</p><p>2023年4月12日</p>"
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY + signed, head=_GOV_HEAD)
    assert b.date == dt.date(2023, 4, 12)
    # with nothing else, the build time is still the last resort
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head=_GOV_HEAD)
    assert b.date == dt.date(2022, 4, 24)
    # a PubDate the page does not call its build time keeps its place
    b = _ingest(
        "<h1>地铁延伸工程公布</h1>" + _BODY + signed, head='<meta name="PubDate" content="2022-04-24 10:00:43">'
    )
    assert b.date == dt.date(2022, 4, 24)


def test_a_date_above_the_breadcrumb_is_the_sites_clock():
    # the site's header shows today ("2023年10月11日 星期三") above its menu and breadcrumb: never the
    # article's date (it beat the build stamp above)
    top = (
        "<div class='top'><div>2023年10月11日 星期三</div><div>网站无障碍</div></div>"
        "<ul class='nav'><li>网站首页</li><li>新闻中心</li><li>政务公开</li></ul>"
        "<div class='crumb'>您当前的位置：网站首页&gt;数据开放&gt;统计公报</div>"
    )
    b = _ingest(top + "<div class='article'><h1>地铁延伸工程公布</h1>" + _BODY + "</div>", head=_GOV_HEAD)
    assert b.date == dt.date(2022, 4, 24)
    b = _ingest(top + "<div class='article'><h1>地铁延伸工程公布</h1>" + _BODY + "</div>")
    assert b.date is None
    # a date line below the breadcrumb is the article's
    b = _ingest(top + "<div class='article'><h1>地铁延伸工程公布</h1><p>2023-05-16 10:00</p>" + _BODY + "</div>")
    assert b.date == dt.date(2023, 5, 16)


# --- a label set off with a bar (dev/s11_04: a WeChat article's closing "来源丨贵阳日报 编辑丨…")


def test_a_label_set_off_with_a_bar_is_a_label():
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line("来源丨贵阳日报 编辑丨赵子滟 编审丨刘敏")
    assert info is not None and info.source == "贵阳日报" and info.source_labelled
    info = parse_info_line("来源 | 新华社")
    assert info is not None and info.source == "新华社"
    # a menu whose items are words like 来源 is none
    assert parse_info_line("首页 | 新闻 | 来源 | 时间") is None
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY + "<p>来源丨某某日报 编辑丨赵子滟 编审丨刘敏</p>")
    assert b.source == "某某日报"


# --- a person labelled as the source, with a surname outside the common list


_LEAD = "本报讯 市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程。\n与会专家表示，要加快推进相关工作。"


def test_a_labelled_source_shaped_like_a_persons_name_is_no_source():
    from briefreader.ingest.metadata import extract_metadata
    from briefreader.ingest.names import name_shaped

    # 寇, 甄, 乜, 禹 are surnames of the 百家姓, not of the common list; 娟, 珂, 晓燕, 鑫 given names
    for person in ("寇娟", "甄珂", "乜晓燕", "禹鑫", "欧阳娜娜"):
        assert name_shaped(person), person
        if len(person) <= 3:
            assert extract_metadata(f"来源：{person}\n\n{_LEAD}", {}).source == "", person
    # outlets' short names, even those that open with a surname, are not
    for outlet in ("半月谈", "侠客岛", "澎湃", "红星", "华龙", "石榴云", "金融界", "凤凰", "和讯", "丁香园", "空军"):
        assert not name_shaped(outlet), outlet
    assert extract_metadata(f"来源：侠客岛\n\n{_LEAD}", {}).source == "侠客岛"
    assert extract_metadata(f"来源：寇城日报\n\n{_LEAD}", {}).source == "寇城日报"


# --- a blog's name as the page's title, the post's headline a smaller heading


_POST = "<p>今天下了春天的第一场雨，空气里满是泥土的气息。我在窗前坐了很久，看着雨点打在玻璃上，想起了小时候。</p>" * 2


def test_a_blogs_name_over_its_post_gives_way_to_the_posts_headline():
    # <title> and <h1> "张三的博客", the post under <h2>: the title was the blog's name
    for name in ("张三的博客", "小李的空间", "老王的个人主页", "Zhang's Blog"):
        page = f"<h1>{name}</h1><div class='nav'>首页 文章 归档</div><div class='post'><h2>春天的第一场雨</h2><p>发表于 2021-03-05 10:20</p>{_POST}</div>"
        b = _ingest(page, title=name)
        assert (b.title, b.date) == ("春天的第一场雨", dt.date(2021, 3, 5)), name
        assert not b.text.startswith("春天的第一场雨"), name  # the headline is not repeated as text
    # the post's prose right under its heading will do
    b = _ingest(f"<h1>张三的博客</h1><div class='post'><h2>春天的第一场雨</h2>{_POST}</div>", title="张三的博客")
    assert b.title == "春天的第一场雨"
    # a news page's <h1> stays the headline over a subheading that opens the text
    b = _ingest(
        f"<h1>某市召开城市更新座谈会</h1><div class='post'><h2>与会专家建议加快改造</h2><p>2021-03-05 10:20</p>{_POST}</div>",
        title="某市召开城市更新座谈会_新闻中心",
    )
    assert b.title == "某市召开城市更新座谈会"


# --- a newspaper section's generic name in brackets before the headline


def test_a_sections_generic_name_in_brackets_is_no_part_of_the_headline():
    from briefreader.hanzi import to_simplified

    # (a Traditional <title> over this Simplified body: the title is read in Simplified since session 22)
    for label in ("【財經】", "【體育】", "【副刊】", "〖要闻〗", "【即時】"):
        b = _ingest(_BODY, title=f"{label}城市更新座談會召開 商討舊區重建")
        assert b.title == "城市更新座谈会召开 商讨旧区重建", label
    # a topic is the headline's own (the corpus's 【新冠肺炎】, 【全民檢測】 headlines); so is a kind of piece
    # (a place's, 【兩岸】, only when the page names it a section: test_metadata_s9)
    for label in ("【新冠肺炎】", "【美國制裁】", "【獨家】", "【视频】", "【兩岸】"):
        b = _ingest(_BODY, title=f"{label}城市更新座談會召開 商討舊區重建")
        assert b.title == to_simplified(f"{label}城市更新座談會召開 商討舊區重建"), label


# --- date lines as Taiwan and Hong Kong pages write them


def test_a_weekday_in_brackets_and_the_full_roc_name_are_read_on_a_date_line():
    from briefreader.hanzi import to_simplified
    from briefreader.ingest.metadata import parse_info_line

    for line, day in (
        ("2024年3月5日（二）", dt.date(2024, 3, 5)),  # 東方日報's 3月29日(三), a weekday's one character
        ("2024年3月5日 (二) 15:20", dt.date(2024, 3, 5)),
        ("2024年3月5日（星期二）", dt.date(2024, 3, 5)),
        ("中華民國113年3月5日", dt.date(2024, 3, 5)),  # was only 民國113年
    ):
        info = parse_info_line(to_simplified(line))
        assert info is not None and info.date == (day, "day"), line
    b = _ingest("<h1>地铁延伸工程公布</h1><p>2024年3月5日（二）</p>" + _BODY)
    assert b.date == dt.date(2024, 3, 5)


# --- a <title> ending in the site's name and its slogan


def test_a_sites_slogan_after_its_name_is_peeled_off_the_title():
    from briefreader.ingest.metadata import title_from_page_title

    assert (
        title_from_page_title("「某市」召开城市更新座谈会 | 联合新闻网：最懂你的新闻网站")
        == "「某市」召开城市更新座谈会"
    )
    # a headline quoting an outlet or an office stays whole, first or last
    assert title_from_page_title("专题 | 人民日报：坚定信心") == "专题 | 人民日报：坚定信心"
    assert title_from_page_title("上海市交通委：某某措施出台 | 上海发布") == "上海市交通委：某某措施出台"


# --- plain text: a labelled title line, a headline in black brackets


_TEXT_BODY = "市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。\n与会专家表示，要加快推进相关工作。"


def test_a_labelled_title_line_and_a_bracketed_headline_give_the_headline():
    t = f"标题：地铁延伸工程公布\n日期：2024-03-05\n来源：上海发布\n\n{_TEXT_BODY}"
    b = ingest_bytes(t.encode(), id="t.txt", suffix=".txt")
    assert (b.title, b.date, b.source) == ("地铁延伸工程公布", dt.date(2024, 3, 5), "上海发布")  # was "标题：地铁…"
    assert not b.text.startswith("标题")
    b = ingest_bytes(f"【地铁延伸工程公布】\n{_TEXT_BODY}".encode(), id="t.txt", suffix=".txt")
    assert b.title == "地铁延伸工程公布"
    # a label before the headline's words stays theirs: 【港闻】 is read as a section elsewhere
    b = ingest_bytes(f"【港闻】地铁延伸工程公布\n{_TEXT_BODY}".encode(), id="t.txt", suffix=".txt")
    assert b.title.endswith("地铁延伸工程公布")


# --- a feed titled by a section, its entries' creator an outlet


def test_a_feed_entrys_creator_that_names_an_outlet_beats_a_section_title():
    from briefreader.ingest import ingest_entries

    def feed(creator: str, channel: str) -> str:
        item = (
            f"<item><title>地铁延伸工程公布</title><link>https://www.example.cn/a/1.html</link>"
            f"<dc:creator>{creator}</dc:creator><pubDate>Tue, 05 Mar 2024 02:00:00 GMT</pubDate>"
            f"<description>{_TEXT_BODY}</description></item>"
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{channel}</title><link>https://www.example.cn/</link>{item}{item.replace('/1.html', '/2.html')}"
            "</channel></rss>"
        )

    (b, _) = ingest_entries(feed("新华社", "要闻").encode(), id="f.xml", suffix=".xml")
    assert b.source == "新华社"  # was "要闻", the channel's section title
    # a channel that is an outlet stays the source; a reporter's name is an author
    (b, _) = ingest_entries(feed("新华社", "某某日报").encode(), id="f.xml", suffix=".xml")
    assert b.source == "某某日报"
    (b, _) = ingest_entries(feed("张三", "要闻").encode(), id="f.xml", suffix=".xml")
    assert b.source != "张三" and b.authors == ["张三"]


# --- words glued before a 日期/时间 label are the label's


def test_the_words_glued_before_a_date_label_are_no_source():
    from briefreader.hanzi import to_simplified
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line(to_simplified("見報日期：2024年3月5日"))  # a Hong Kong paper's "date it ran"
    assert info is not None and info.date == (dt.date(2024, 3, 5), "day") and info.source == ""  # was "见报"
    info = parse_info_line("录入时间：2024-03-05")
    assert info is not None and info.source == ""
    # a name set apart before the label is still the line's outlet
    info = parse_info_line("人民日报 日期：2024-03-05")
    assert info is not None and info.source == "人民日报"
    # an English label with a colon, as blog themes write it
    info = parse_info_line("Published: March 5, 2024")
    assert info is not None and info.date == (dt.date(2024, 3, 5), "day")


# --- a 来源 value that credits a picture, or carries a remark


def test_a_source_value_that_credits_a_picture_or_carries_a_remark():
    from briefreader.ingest.metadata import extract_metadata

    def source(line: str) -> str:
        return extract_metadata(f"{line}\n\n{_LEAD}", {}).source

    # a picture's credit (供图, 截图, an interviewee) or a stock-photo library: no source (each was one)
    for line in (
        "来源：受访者供图",
        "来源：央视截图",
        "来源：受访者",
        "来源：视觉中国",
        "来源：东方IC",
        "来源：Pixabay",
    ):
        assert source(line) == "", line
    # a remark after the name, an account's id, a public account's label, an agency's 发: the outlet
    assert source("来源：某某日报（有删节）") == "某某日报"  # was none: the line was not read
    assert source("来源：某某发布（ID：mmfb）") == "某某发布"
    assert source("来源：公众号“某某发布”") == "某某发布"
    assert source("来源：新华社发") == "新华社"
    # the line's date is still read beside a picture library's credit
    assert extract_metadata(f"2024-03-05 来源：东方IC\n\n{_LEAD}", {}).date == dt.date(2024, 3, 5)


# --- a press tag that carries its day or a dotted brand


def test_a_press_tag_with_its_day_or_a_dotted_brand_names_the_outlet():
    body = "市政府今日公布新一輪交通改善計劃，涵蓋三條地鐵線路的延伸工程，預計於兩年內完成施工。\n與會專家表示，要加快推進相關工作。"
    b = ingest_bytes(f"地鐵延伸工程公布\n【大紀元2024年03月05日訊】{body}".encode(), id="t.txt", suffix=".txt")
    assert (b.source, b.date) == ("大纪元", dt.date(2024, 3, 5))  # was no source, no date
    b = ingest_bytes(f"地鐵延伸工程公布\n【on.cc東網專訊】{body}".encode(), id="t.txt", suffix=".txt")
    assert b.source in ("on.cc東網", "on.cc东网")


def test_a_feed_titled_only_by_a_section_names_its_site_not_the_section():
    from briefreader.ingest import ingest_entries

    item = (
        "<item><title>地铁延伸工程公布</title><link>https://news.example.cn/a/{n}.html</link>"
        f"<pubDate>Tue, 05 Mar 2024 02:00:00 GMT</pubDate><description>{_TEXT_BODY}</description></item>"
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>国内新闻</title>'
        f"<link>https://news.example.cn/</link>{item.format(n=1)}{item.format(n=2)}</channel></rss>"
    )
    (b, _) = ingest_entries(xml.encode(), id="f.xml", suffix=".xml")
    assert b.source == "example.cn"  # was "国内新闻", a section's name


# --- review s11 (F1, F2, F6): a date announced for later, a breadcrumb under the headline


def test_a_date_announced_for_later_does_not_move_the_datelines_year() -> None:
    """'2024年6月1日，条例将正式施行' tells no event: the dateline's 4月12日 stays in 2024."""
    txt = "新规6月起施行\n\n新华社北京4月12日电 国务院近日公布《条例》。2024年6月1日，条例将正式施行。条例共六章四十条。\n"
    assert str(ingest_bytes(txt.encode(), id="x", path="x.txt", suffix=".txt").date) == "2024-04-12"
    told = "李志宣布退出\n\n新华社北京4月12日电 记者获悉。2018年10月23日，李志宣布退出乐坛。此后他再未公开露面。\n"
    assert str(ingest_bytes(told.encode(), id="x", path="x.txt", suffix=".txt").date) == "2019-04-12"


def test_told_dates_scan_is_linear_on_blank_lines() -> None:
    import time

    from briefreader.ingest.metadata import _TOLD_DATE

    started = time.process_time()
    _TOLD_DATE.findall("\n" * 20000)
    assert time.process_time() - started < 0.5  # was ~12 s (quadratic)


@pytest.mark.parametrize("clock", ["", '<div class="top">2023年10月11日 星期三</div>'])
def test_a_breadcrumb_below_the_headline_and_its_date_line_keeps_the_date(clock: str) -> None:
    page = f"""<html><head><title>市政府召开常务会议_某市人民政府</title></head><body>{clock}
<div class="head"><h1>市政府召开常务会议</h1><div class="info">2023-09-28 10:00</div></div>
<div class="crumb">您当前的位置：网站首页 &gt; 政务动态 &gt; 正文</div>
<div class="content"><p>9月27日，市政府召开常务会议，研究部署近期重点工作。会议指出，要坚持稳中求进工作总基调，抓好各项任务落实。</p>
<p>会议强调，各部门要压实责任，确保各项工作取得实效，为全年目标任务完成打下坚实基础。</p></div></body></html>"""
    b = ingest_bytes(page.encode(), id="x", path="x.html", suffix=".html")
    assert (b.title, str(b.date)) == ("市政府召开常务会议", "2023-09-28")


@pytest.mark.parametrize("headline", ["推进公文处理", "超大文件标题"])
def test_a_headline_with_wen_inside_a_word_is_no_byline(headline: str) -> None:
    """Tester s11: a bare 文 glued inside words ("公文", "文件") was read as the role of a byline
    ("文 NAME"): the headline became authors ['处理'] and the lead sentence the title."""
    txt = (
        f"{headline}\n\n本报讯 4月3日，市政府办公厅召开会议，部署推进公文处理电子化工作。会议要求各单位加快系统建设。\n"
    )
    b = ingest_bytes(txt.encode(), id="x", path="x.txt", suffix=".txt")
    assert (b.title, b.authors) == (headline, [])
    credited = "地铁延伸工程公布\n新京报 文 王帅\n2024年3月5日\n\n市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程。\n"
    b = ingest_bytes(credited.encode(), id="x", path="x.txt", suffix=".txt")
    assert (b.title, b.authors, b.source) == ("地铁延伸工程公布", ["王帅"], "新京报")


@pytest.mark.parametrize(
    "stamp", ["9999-12-31T20:00:00", "Fri, 31 Dec 9999 23:00:00 -0500", "0001-01-01T00:10:00+10:00"]
)
def test_a_stamp_at_the_calendars_edge_has_no_other_day(stamp: str) -> None:
    from briefreader.ingest.metadata import stamp_days

    assert stamp_days(stamp) is None  # raised OverflowError (review s11 F8)
