"""Guards the classes fixed on session 7's new dev batch (tests/data/realworld/dev/s7_*,
gold in gold_s7.toml): each test quotes the phenomenon from those pages and checks the
field a reader sees; each fails on the code before."""

from __future__ import annotations

import datetime as dt

from briefreader.ingest.feed import _channel_outlet
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
