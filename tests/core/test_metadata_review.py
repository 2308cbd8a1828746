"""Guards the reviewer's findings on metadata (B4-B7, H1, S2). Each case is written from
general knowledge of the press and fails on the code before its fix."""

from __future__ import annotations

import pytest

from briefreader.ingest.metadata import extract_metadata, parse_info_line

_BODY = "政府今日公布新一轮防疫措施，包括放宽社交距离限制及重开部分公共设施，市民反应正面。\n"
_MARKERS = ("\u2060", "\u2061")


@pytest.mark.parametrize(
    "outlet",
    [
        "The Standard",
        "South China Morning Post",
        "Hong Kong Free Press",
        "New York Times",
        "BBC News",
        "Radio Free Asia",
    ],
)
def test_no_join_marker_leaves_the_module_when_a_role_follows_the_outlet(outlet):
    # B4: "来源：The Standard 记者王小明" gave 'The\u2061Standard' (only U+2060 was restored)
    meta = extract_metadata(f"来源：{outlet} 记者王小明\n\n{_BODY * 2}", {})
    assert meta.source == outlet
    info = parse_info_line(f"来源：{outlet} 记者王小明")
    assert info is not None and info.source == outlet
    for text in (meta.title, meta.source, *meta.authors, info.source, *info.authors):
        assert not any(mark in text for mark in _MARKERS)


def test_no_join_marker_leaves_in_a_dated_line():
    for line in ("2024-05-01 Hong Kong", "2024-05-01 BBC News 中文", "来源：Reuters 路透"):
        info = parse_info_line(line)
        assert info is not None
        assert not any(mark in t for mark in _MARKERS for t in (info.source, *info.authors))


def test_a_book_in_title_marks_after_a_republication_word_is_no_source():
    # B5: "摘自《论语·学而》" named the source at 76, above og:site_name
    body = _BODY * 2 + "\n摘自《论语·学而》\n"
    assert extract_metadata(body, {}, {"og:site_name": "澎湃新闻"}).source == "澎湃新闻"  # was 论语·学而
    assert extract_metadata(_BODY * 2 + "\n选自《红楼梦》第三回\n", {}).source == ""
    # a publication in title marks still names it: by its ending, or by the outlet table
    assert extract_metadata(_BODY * 2 + "\n摘自《理财周刊》\n", {}, {"og:site_name": "澎湃新闻"}).source == "理财周刊"
    assert extract_metadata(_BODY * 2 + "\n刊于《财新周刊》\n", {}).source == "财新周刊"
    assert extract_metadata(_BODY * 2 + "\n原载《中国时报》\n", {}).source == "中国时报"


@pytest.mark.parametrize("outlet", ["金融界", "石榴云", "周到", "万得"])
def test_a_labelled_outlet_with_a_surname_first_is_no_person(outlet):
    # B6: 来源：金融界 gave '' (金, 石, 周, 万 open Chinese surnames); the outlets are in the table
    assert extract_metadata(f"来源：{outlet}\n\n{_BODY * 2}", {}).source == outlet


def test_a_labelled_person_is_still_no_source():
    assert extract_metadata(f"来源：王小明\n\n{_BODY * 2}", {}).source == ""
    assert extract_metadata(f"来源：尹娟\n\n{_BODY * 2}", {}).source == ""


def test_a_platform_feed_without_a_name_gives_no_outlet_not_its_host():
    from briefreader.ingest.feed_credits import _channel_outlet

    # B7: a portal's address names no source (outlets.py); it gave 'sina.com.cn'
    assert _channel_outlet("", "", "https://news.sina.com.cn/rss/china.xml") == ""
    assert _channel_outlet("", "", "https://www.163.com/rss") == ""
    # an outlet's address names it; an unknown site is still shown by its address
    assert _channel_outlet("", "", "https://www.thepaper.cn/rss") == "澎湃新闻"
    assert _channel_outlet("", "", "https://blog.example.org/feed") == "blog.example.org"


def test_the_press_words_are_generic_not_a_proper_name():
    # H1: "Initium" stood among News, Times, Daily…: a proper name (theinitium.com is in the
    # host table); beside a date, "Initium Capital" is a firm, not the source
    assert parse_info_line("2024-05-01 Initium Capital").source == ""  # was "Initium Capital"
    assert parse_info_line("2024-05-01 Daily Planet").source == "Daily Planet"  # the generic rule
    assert parse_info_line("来源：The Initium").source == "The Initium"  # labelled: still read


def test_a_labelled_name_closed_by_a_role_word_is_a_byline_not_the_source():
    # B6: a four-character name escaped the 2-3 character person check: "来源：欧阳小明 记者"
    # gave the source 欧阳小明; an outlet's role followed by its reporter stays the outlet's
    for line, author in (
        ("来源：欧阳小明 记者", "欧阳小明"),
        ("来源：欧阳小明报道", "欧阳小明"),
        ("来源：司马相如 编辑", ""),
    ):
        meta = extract_metadata(f"{line}\n\n{_BODY * 2}", {})
        assert meta.source == "" and meta.authors == ([author] if author else [])
    meta = extract_metadata(f"来源：半月谈 记者 张三\n\n{_BODY * 2}", {})
    assert (meta.source, meta.authors) == ("半月谈", ["张三"])


def test_one_reading_of_an_address_host():
    from briefreader.figures.region import detect_region
    from briefreader.ingest.feed_credits import urlsplit_host
    from briefreader.ingest.outlets import host_of, outlet_for_url

    # S2: lower-case, no userinfo, no port, no trailing dot, "" for no host or a broken address
    assert host_of("https://user:pw@News.MingPao.com.:8443/x?y=1") == "news.mingpao.com"
    assert host_of("//www.rthk.hk/a") == "www.rthk.hk"
    assert host_of("www.rthk.hk/a") == "" and host_of("") == "" and host_of("http://[::1") == ""
    assert urlsplit_host("HTTP://WWW.HKET.COM./a") == "www.hket.com"  # was "www.hket.com." (the dot kept)
    assert outlet_for_url("https://u@news.mingpao.com.:8080/") == "明報"
    # the region's reason named the port with the country domain: "a .hk:8080 address"
    text = "政府今日公布新一轮防疫措施，包括放宽社交距离限制，市民反应正面。"
    region = detect_region(text, url="http://www.example.hk:8080/news/1")
    assert "a .hk address" in region.reason and ":8080" not in region.reason
