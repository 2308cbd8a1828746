"""Guards the classes fixed on session 7's new dev batch (tests/data/realworld/dev/s7_*,
gold in gold_s7.toml): each test quotes the phenomenon from those pages and checks the
field a reader sees; each fails on the code before."""

from __future__ import annotations

import datetime as dt

from briefreader.ingest.feed_credits import _channel_outlet
from briefreader.ingest.metadata import _company_outlet, _source_value, parse_info_line, site_names


def test_a_user_handle_and_a_comment_count_beside_the_date():
    # s7_01 (网易): "maomaobear 2015-06-19 11:20:11 0人参与评论"
    info = parse_info_line("maomaobear 2015-06-19 11:20:11 0人参与评论")
    assert info is not None and info.date == (dt.date(2015, 6, 19), "day")  # was not a date line
    assert info.source == "" and info.authors == ["maomaobear"]  # a handle is no outlet
    assert parse_info_line("2024-01-02 Reuters").source == "Reuters"  # a capitalised wire still is


def test_an_outlet_named_in_two_scripts_is_its_chinese_name():
    # s7_14 (頭條日報): og:site_name "頭條日報 Headline Daily"
    assert _source_value("头条日报 Headline Daily") == "头条日报"
    assert _source_value("Headline Daily") == "Headline Daily"
    assert _source_value("财新 Caixin") == "财新 Caixin"  # no outlet shape: left as written


def test_a_feed_title_is_its_brand_before_what_it_carries():
    # s7_17 (开源中国): <title>OSCHINA 社区最新新闻</title>
    assert _channel_outlet("", "OSCHINA 社区最新新闻", "https://www.oschina.net/news/rss") == "OSCHINA"


def test_according_to_is_no_part_of_a_datelines_outlet():
    # s7_22 (西藏日报): "据新华社拉萨电（记者 格桑边觉）记者近日…"
    from briefreader.ingest import ingest_entries

    text = "“厕所革命”改善农牧区人居环境\n据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到，2021年西藏改造户用卫生厕所4.66万座。\n"
    (b,) = ingest_entries(text.encode(), id="t", suffix=".txt")
    assert b.source == "新华社"  # was 据新华社


def test_a_company_holding_the_rights_publishes_the_outlet_the_page_names():
    # s7_26 (扬子晚报): "版权所有 江苏扬子晚报有限公司", keywords "扬子晚报,扬眼,江苏新闻"
    assert _company_outlet("江苏扬子晚报有限公司", "扬子晚报,扬眼,江苏新闻") == "扬子晚报"
    assert _company_outlet("新华报业传媒集团", "") == "新华报业传媒集团"  # nothing names an outlet in it
    assert _company_outlet("某某科技有限公司", "科技") == "某某科技有限公司"


def test_a_credit_closing_the_article_names_its_outlet():
    # s7_26: "…起到极大推动作用。（总台记者 张倩）"; s7_34: "整合 新华日报·交汇点记者 徐睿翔"
    from briefreader.ingest import ingest_entries

    body = "沈斌曾执导多部昆剧作品，为传承、丰富、发展昆剧剧目作出突出贡献，更为戏曲导演艺术的发展起到极大推动作用。"
    (b,) = ingest_entries(f"著名戏曲导演沈斌去世\n{body}（总台记者 张倩）\n".encode(), id="t", suffix=".txt")
    assert b.source == "总台"  # was none
    info = parse_info_line("整合 新华日报·交汇点记者 徐睿翔")
    assert (info.source, info.authors) == ("新华日报", ["徐睿翔"])  # was not read


def test_a_column_name_leading_the_headline_is_no_site():
    # s7_34: <title>书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来</title> (no site in it)
    title = "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来"
    assert "书记市长这一周" not in site_names(title, title, [])
    assert site_names("国安法通过 - 立场新闻", "国安法通过", []) == ("立场新闻",)


def _h1_page(h1: str, title: str, og: str = "") -> bytes:
    meta = f"<meta property='og:title' content='{og}'>" if og else ""
    body = "".join(
        f"<p>第{n}段，郭荣梅告诉记者，和民乐团一起前行的日子，虽然有些辛苦，但看着孩子们变得阳光、温暖向上，那种满足感是没有办法形容的。</p>"
        for n in range(4)
    )
    return f"<html><head><title>{title}</title>{meta}</head><body><h1>{h1}</h1><article>{body}</article></body></html>".encode()


def test_an_h1_that_extends_or_cuts_the_declared_headline():
    from briefreader.ingest import ingest_entries

    # s7_23 (大河网): <h1> holds the headline and, after a space, its subtitle
    short = "拿起跨界“指挥棒”她跟学生“较着劲儿”成长"
    h1 = short + " 年过五十的她带领学校民乐团的孩子们一路快乐前行，在比赛中拿下不俗的成绩"
    (b,) = ingest_entries(_h1_page(h1, short + "_大河网"), id="p", suffix=".html")
    assert b.title == short  # was the headline and its subtitle
    # s7_13 (晴報): the <h1> shows the first line of a two-line headline that og:title gives whole
    whole = "冷锋来袭连冻9日 今低见17℃ 有雨兼潮湿 下周新界或9℃"
    (b,) = ingest_entries(
        _h1_page("冷锋来袭连冻9日 今低见17℃", "晴报", whole + " - 晴报 - 港闻"), id="p", suffix=".html"
    )
    assert b.title == whole  # was the first line only
    # but a site's name after the headline in the <title> is no part of it
    (b,) = ingest_entries(_h1_page("坚定实施扩大内需战略", "坚定实施扩大内需战略 -中新网"), id="p", suffix=".html")
    assert b.title == "坚定实施扩大内需战略"


def test_html_indented_in_markdown_is_markup_not_code():
    # s7_29 (an RSSHub archive of 新浪财经): the closing QR block indented eight spaces
    from briefreader.ingest import ingest_entries

    md = (
        "---\ntitle: 刁筠寿逝世\n---\n刁筠寿对《中国新闻周刊》记者说：“搞原子弹，就是反复试验。”\n\n"
        "        <!-- 文末二维码 start -->\n        <style>\n        .appendQr_wrap{border:1px solid #E6E6E6;}\n"
        '        </style>\n        <div class="clearfix appendQr_wrap">\n'
        '        <div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div>\n        </div>\n'
    )
    (b,) = ingest_entries(md.encode(), id="m", suffix=".md")
    assert "appendQr" not in b.text and "<style>" not in b.text  # was shown as code
    assert "海量资讯" not in b.text  # the app plug is promotion
    assert "搞原子弹，就是反复试验" in b.text
    # a fenced block is still code as written
    (b,) = ingest_entries(b"---\ntitle: t\n---\n```\n<div>x</div>\n```\n", id="m", suffix=".md")
    assert "<div>x</div>" in b.text


def test_a_home_link_after_an_editor_mark_is_a_button():
    # s7_25 (搜狐): <p><span>【编辑:刘欢】 </span><a href="//www.sohu.com/?…">返回搜狐，查看更多</a></p>
    from briefreader.ingest.html import html_to_doc

    page = (
        "<p>他觉得自己这4年多，命运就跟这件T恤正反面一样，经历了一次折叠。</p>"
        "<p><span>【编辑:刘欢】 </span><a href='//www.sohu.com/?strategyid=00001 '>返回搜狐，查看更多</a></p>"
    )
    assert "返回搜狐" not in html_to_doc(page).text


def _dated_page(element: str) -> bytes:
    body = "".join(
        f"<p>第{n}段，记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到，2021年西藏改造户用卫生厕所4.66万座。</p>"
        for n in range(4)
    )
    return (
        "<html><head><title>“厕所革命”改善农牧区人居环境</title></head><body>"
        f"<form action='/search'>{element}<input name='q'></form>"
        f"<h1>“厕所革命”改善农牧区人居环境</h1><article>{body}</article></body></html>"
    ).encode()


def test_the_element_a_cms_names_for_the_date():
    from briefreader.ingest import ingest_entries

    # s7_22 (西藏日报 e-paper): the issue date in the search form, <span id="paperdate">
    (b,) = ingest_entries(_dated_page("<span id='paperdate'>2022年02月13日</span>"), id="p", suffix=".html")
    assert b.date_iso == "2022-02-13"  # was none: forms are dropped before the text is read
    # CSDN's <span class="time blog-posttime">于 2023-03-12 13:08:03 发布</span>: a short label is fine
    (b,) = ingest_entries(
        _dated_page("<span class='time blog-posttime'>于 2023-03-12 13:08:03 发布</span>"), id="p", suffix=".html"
    )
    assert b.date_iso == "2023-03-12"
    # a sentence about another article, and a clock, are not the article's date
    for other in (
        "<span class='time blog-posttime'>最新推荐文章于 2020-11-22 12:22:05 发布</span>",
        "<span id='today-date'>2022年02月13日</span>",
        "<span class='update-time'>2022年02月13日</span>",
    ):
        (b,) = ingest_entries(_dated_page(other), id="p", suffix=".html")
        assert b.date_iso is None, other


def test_a_scraper_record_with_an_abstract_and_its_own_papers_dateline():
    # s7_28 (a Macau scraper's record of 正報): title, abstract, pubDate, link; "【本報訊】"
    import json

    from briefreader.ingest import ingest_entries

    record = {
        "title": "工銀澳門原董事長姜壹盛涉嚴重違紀違法被查",
        "abstract": "【本報訊】工商銀行（澳門）股份有限公司原董事長姜壹盛涉嫌嚴重違紀違法，正接受當局調查。 中央紀委國家監委網站昨日發布消息...",
        "pubDate": "2025-07-12",
        "link": "https://chengpou.com.mo/dailynews/248537.html",
    }
    (b,) = ingest_entries(json.dumps([record], ensure_ascii=False).encode(), id="r", suffix=".json")
    assert not b.problems  # was "a JSON file with no article records"
    # 本報: the paper at its address (chengpou.com.mo, by the outlet's name since tester s20 T1)
    assert (b.date_iso, b.source) == ("2025-07-12", "正报")
    assert "正接受當局調查" in b.text or "正接受当局调查" in b.text


def test_a_headline_list_is_no_article_when_the_page_has_prose():
    # s7_20 (浙江省淡水水产研究所): readability takes the two-headline "相关推荐" box; the
    # article is one long paragraph of sentences elsewhere on the page
    from pathlib import Path

    from briefreader.ingest import ingest_path

    root = Path(__file__).resolve().parents[1] / "data" / "realworld"
    (b,) = ingest_path(root / "dev" / "s7_20_zj_freshwater_institute_meeting.html", root)
    assert "会议传达了王通林厅长重要讲话精神" in b.text  # was missing: the text was the related list
    assert "陈浩调研粮食安全和现代农业发展" not in b.text


def test_a_date_badge_and_a_title_that_is_only_the_sites_name():
    # s7_20: <title>浙江省淡水水产研究所</title> (the site; its rights holder too), the headline
    # above a badge "21" / "2024年02月"
    from pathlib import Path

    from briefreader.ingest import ingest_path

    root = Path(__file__).resolve().parents[1] / "data" / "realworld"
    (b,) = ingest_path(root / "dev" / "s7_20_zj_freshwater_institute_meeting.html", root)
    assert b.title == "浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会"  # was the site's name
    assert (b.date_iso, b.date_precision) == ("2024-02-21", "day")  # was 2024-02 (month)
