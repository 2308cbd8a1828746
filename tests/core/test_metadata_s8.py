"""Guards session 8's source classes: a field that names the site with its section or
twice, and the outlet a page's address names (outlets.py). Each case quotes the form
from a dev page (dev-retired3 is heldout3/, retired into dev this session) or is
written from general knowledge of the press; each fails on the code before."""

from __future__ import annotations

import datetime as dt

from briefreader.hanzi import to_simplified
from briefreader.ingest.feed import _channel_outlet
from briefreader.ingest.metadata import _source_value, extract_metadata
from briefreader.ingest.outlets import HOSTS, outlet_for_url
from briefreader.ingest.patterns import is_outlet


def test_a_field_naming_the_site_twice_or_with_its_section_gives_the_site():
    # heldout3/93 (聯合新聞網): JSON-LD publisher "聯合新聞網 | 聯合新聞網" was the source as written
    assert _source_value("联合新闻网 | 联合新闻网") == "联合新闻网"
    # heldout3/94 (上報): <title> "… -- 上報 / 焦點": the last part is the site, then its section
    assert _source_value("上报 / 焦点") == "上报"
    assert _source_value("焦点 / 上报") == "上报"  # the part that reads as an outlet, wherever it is
    assert _source_value("人民日报｜评论") == "人民日报"
    # no separator, or a hyphen inside a name: left whole
    assert _source_value("人民网－人民日报") == "人民网－人民日报"
    assert _source_value("Sky-Post") == "Sky-Post"


def test_a_page_whose_only_name_for_itself_is_sectioned_reads_the_site():
    body = "名廚江振誠的餐廳今年沒有摘下米其林三星，他在社群平台貼出全黑圖片，引起網友討論。"
    title = "名廚餐廳沒摘米其林三星 IG全黑圖原因曝光 -- 上報 / 焦點"
    meta = extract_metadata(body, {}, {}, title, convert=to_simplified)  # as the pipeline reads it
    assert meta.source == "上报"  # was "上报 / 焦点"


def test_the_address_names_the_outlet_when_the_page_does_not():
    assert outlet_for_url("https://news.ltn.com.tw/news/politics/breakingnews/4401234") == "自由時報"
    assert outlet_for_url("https://www.cna.com.tw/news/aipl/202309010123.aspx") == "中央社"
    assert outlet_for_url("https://money.udn.com/money/story/5612/7400000") == "經濟日報"  # not 聯合新聞網
    assert outlet_for_url("https://udn.com/news/story/6809/7400000") == "聯合新聞網"
    assert outlet_for_url("https://www.gov.cn/zhengce/content/2024-01/02/content_1.htm") == "中国政府网"
    assert outlet_for_url("http://www.jiading.gov.cn/xxgk/1.html") == ""  # some government's site: unknown
    assert outlet_for_url("https://news.rthk.hk:443/rthk/ch/component/k2/1700000.htm") == "香港電台"
    # a portal or platform carries others' articles: its address names no source
    for url in (
        "https://finance.sina.com.cn/china/2024-01-02/doc-1.shtml",
        "https://www.163.com/dy/article/ABC.html",
        "https://mp.weixin.qq.com/s/abc",
        "https://tw.news.yahoo.com/abc.html",
    ):
        assert outlet_for_url(url) == "", url
    assert outlet_for_url("") == outlet_for_url("not a url") == outlet_for_url("http://[::1") == ""


def test_the_address_fills_a_gap_and_never_overrides_the_page():
    body = "新北市一間羊肉爐店家被查出以鴨肉冒充羊肉販售，衛生局已經依法開罰，並要求業者改善。"
    url = "https://www.cna.com.tw/news/asoc/202309010001.aspx"
    assert extract_metadata(body, {}, {"og:url": url}, "羊肉爐以鴨充羊", convert=to_simplified).source == "中央社"
    # the page's own word (a 來源 line) on where the article comes from wins
    meta = extract_metadata("来源：经济日报\n" + body, {}, {"canonical": "https://udn.com/news/story/1/2"}, "羊肉爐")
    assert meta.source == "经济日报"
    # a portal's address gives nothing where the page names nothing
    assert extract_metadata(body, {}, {"canonical": "https://www.163.com/dy/article/X.html"}, "羊肉爐").source == ""


def test_the_host_table_is_well_formed_and_its_short_names_are_kept():
    for host, name in HOSTS.items():
        assert host == host.lower() and "." in host and "/" not in host, host
        assert name == name.strip(), host
    # a name of two or three characters with no outlet ending (財訊, 新頭殼) is not taken for a
    # person's name: the table names outlets only
    body = "台積電董事會今日通過資本預算，金額達新台幣百億元，用於擴充先進製程產能，市場關注後續投資。"
    for url, want in (("https://www.wealth.com.tw/articles/1", "财讯"), ("https://newtalk.tw/news/view/1", "新头壳")):
        assert extract_metadata(body, {}, {"og:url": url}, "台積電通過資本預算", convert=to_simplified).source == want


def test_a_feed_with_no_title_is_named_by_its_address():
    assert _channel_outlet("", "", "https://www.rfa.org/mandarin/") == "自由亞洲電台"  # was rfa.org
    assert _channel_outlet("", "", "https://example.org/feed") == "example.org"
    assert is_outlet("自由亚洲电台")


# --- forms of the Chinese-language press written from general knowledge (each was misread) ---


def test_a_credit_for_data_or_a_picture_names_no_source():
    from briefreader.ingest.metadata import parse_info_line

    for line in ("资料来源：卫福部", "图片来源：新华社", "照片来源：翻摄自脸书", "视频来源：央视新闻"):
        info = parse_info_line(line)
        assert info is not None and info.source == "", line  # was 卫福部, 新华社, …
    assert parse_info_line("图文来源：中央社").source == "中央社"  # text and pictures: the article's
    assert parse_info_line("新闻来源：中央社").source == "中央社"


def test_a_weekday_and_a_time_of_day_beside_the_date():
    from briefreader.ingest.metadata import parse_info_line

    for line in (
        "2023年9月1日 週五 上午10:30",
        "2023年9月1日 星期五 下午 3:05",
        "2023年9月1日（星期五）",
        "2023年9月1日 10時30分",
        "Sep 1, 2023 10:30 AM",
    ):
        info = parse_info_line(to_simplified(line))
        assert info is not None and info.date == (dt.date(2023, 9, 1), "day"), line  # were no date line
    # an RFC 2822 stamp is still read apart (its zone moves the day)
    assert parse_info_line("Fri, 1 Sep 2023 22:30:00 +0000") is None


def test_taiwans_calendar_with_slashes_or_dashes():
    from briefreader.ingest.metadata import parse_info_line

    assert parse_info_line("112/09/01").date == (dt.date(2023, 9, 1), "day")
    assert parse_info_line("发布日期：112-09-01").date == (dt.date(2023, 9, 1), "day")
    assert parse_info_line("1112/09/01") is None  # no three-digit year inside a longer number
    assert parse_info_line("112/13/01") is None  # no month 13


def test_the_outlet_then_its_reporter_on_a_dated_line():
    from briefreader.ingest.metadata import parse_info_line

    info = parse_info_line(to_simplified("中時新聞網 王小明 2023.09.01"))
    assert info is not None and (info.source, info.authors) == ("中时新闻网", ["王小明"])  # was no line
    info = parse_info_line(to_simplified("2023/09/01 10:30 第一財經 王小明"))
    assert info is not None and (info.date, info.source) == ((dt.date(2023, 9, 1), "day"), "第一财经")
    info = parse_info_line("新华社 北京 2023-09-01")  # a place there is no author
    assert info is not None and info.source == "新华社" and info.authors == []
    assert parse_info_line("新华社 王小明") is None  # undated: may be a sentence's words


def test_an_outlet_then_its_channel_after_a_middle_dot():
    assert _source_value("澎湃新闻·澎湃号·政务") == "澎湃新闻"  # was the whole
    assert _source_value("《东方早报·上海书评》") == "东方早报·上海书评"  # one title in title marks


def test_a_republication_note_names_the_original_outlet():
    from briefreader.ingest.metadata import _original_outlet

    cases = {
        "本文經《天下雜誌》授權轉載": "天下杂志",
        "（本文获财经杂志授权发布）": "财经杂志",
        "本文转载自端传媒": "端传媒",
        "原文刊於關鍵評論網": "关键评论网",
        "本文轉載自風傳媒": "风传媒",
        "本文經作者授權轉載": "",  # the author, no outlet
        "本文由张三授权转载": "",
    }
    for line, want in cases.items():
        assert _original_outlet(to_simplified(line)) == want, line
    body = "台積電董事會今日通過資本預算，金額達新台幣百億元，用於擴充先進製程產能，市場關注後續投資。"
    meta = extract_metadata(
        to_simplified(f"{body}\n本文經《天下雜誌》授權轉載"),  # the body reaches it in Simplified
        {},
        {"og:site_name": "關鍵評論網"},
        "台積電通過資本預算",
        convert=to_simplified,
    )
    assert meta.source == "天下杂志"  # was 关键评论网, the republisher
