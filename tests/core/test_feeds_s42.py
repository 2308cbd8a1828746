"""Feeds as the web publishes them (session 42, issue 12): every entry read, broken or not, each with its own outlet.

The real files are dev/s42f_* (gold_s42f.toml, SOURCES.md); these tests pin the general readings the batch asked for,
each on the smallest feed that shows it, and the batch's entry counts on the real files."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest

from briefreader.ingest import ingest_entries, ingest_path
from briefreader.ingest.feed_credits import _channel_outlet, relay_credit
from briefreader.model import FATAL

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"


def _rss(items: str, channel: str = "<title>某某日报</title>") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{channel}{items}</channel></rss>'.encode()
    )


def test_every_entry_of_the_feed_batch_is_read() -> None:
    # each gold entry of gold_s42f.toml carries `entries`, the items its file holds (counted from the file before any
    # run): every one is a briefing, none fatal
    gold = tomllib.loads((DATA / "gold_s42f.toml").read_text(encoding="utf-8"))["article"]
    wanted = {g["file"]: g["entries"] for g in gold}
    assert len(wanted) == 18
    for name, count in wanted.items():
        briefings = list(ingest_path(DATA / name, DATA))
        read = [b for b in briefings if b.entry and not any(p.kind in FATAL for p in b.problems)]
        assert len(read) == count, name


def test_an_rdf_file_in_the_library_is_a_feed(tmp_path: Path) -> None:
    # RSS 1.0's suffix (and a blog host's RSS 2.0 saved as index.rdf, dev s42f_10): the folder reader lists its
    # entries as it lists an .xml feed's
    from briefreader.config import read_config
    from briefreader.library import load_library

    config = read_config(DATA.parents[2] / "config.toml")
    config.briefings = tmp_path / "briefings"
    config.briefings.mkdir()
    config.cache_dir = tmp_path / "cache"

    rdf = (
        '<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://news.example.org/"><title>某某日报</title><link>https://news.example.org/</link>'
        "</channel>"
        + "".join(
            f'<item rdf:about="https://news.example.org/{i}"><title>第{i}条新闻</title>'
            f"<link>https://news.example.org/{i}</link><description>第{i}条新闻的正文，说了一件事。</description>"
            f"<dc:date>2024-05-0{i}T10:00:00+08:00</dc:date></item>"
            for i in (1, 2)
        )
        + "</rdf:RDF>"
    )
    (config.briefings / "index.rdf").write_text(rdf, encoding="utf-8")
    library = load_library(config)
    entries = sorted((b for b in library.briefings if b.id.startswith("index#")), key=lambda b: b.title)
    assert [b.title for b in entries] == ["第1条新闻", "第2条新闻"]
    assert [b.date.isoformat() for b in entries] == ["2024-05-01", "2024-05-02"]


def test_a_feeds_webmaster_is_a_contact_not_its_publisher() -> None:
    # RSSHub names its maker in every feed's <webMaster> (feedparser files it as the publisher): dev s42f_06
    channel = "<title>3DM - 新闻中心</title><link>http://www.3dmgame.com/news/</link><webMaster>i@diygod.me (DIYgod)</webMaster>"
    item = "<item><title>新作发售</title><description>新作今日正式发售，售价298元。</description></item>"
    (b,) = ingest_entries(_rss(item, channel), id="x", suffix=".xml")
    assert b.source == "3DM"
    # a dc:publisher names who publishes
    dc = (
        b'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Feed</title>'
        b"<dc:publisher>\xe6\x9f\x90\xe6\x9f\x90\xe6\x97\xa5\xe6\x8a\xa5\xe7\xa4\xbe</dc:publisher>"
        + item.encode()
        + b"</channel></rss>"
    )
    (b,) = ingest_entries(dc, id="y", suffix=".xml")
    assert b.source == "某某日报社"


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        ("主页 - 博客园", "https://www.cnblogs.com/", "博客园"),  # the home page's word (dev s42f_11/16)
        (
            "浙江大学机械工程学院通知公告",
            "http://me.zju.edu.cn/meoffice/",
            "浙江大学机械工程学院",
        ),  # its notice board, glued
        ("浙江大学研究生院信息公告", "https://yjsybg.zju.edu.cn/", "浙江大学研究生院"),
        ("少数派 -- 首页", "https://sspai.com", "少数派"),
        ("bbcchinese.com | 新闻主页", "", "bbcchinese.com"),
        ("新闻中心", "https://news.example.org/", "example.org"),  # nothing but the board: the address
        ("中国新闻中心", "", "中国新闻中心"),  # two characters before the word are no name to keep
    ],
)
def test_a_list_pages_word_in_a_channel_title_names_no_publisher(title, link, outlet) -> None:
    assert _channel_outlet("", title, link) == outlet


GOOGLE_ITEM = (
    "<item><title>财经早知道｜推动海洋经济高质量发展 - 财新</title><link>https://news.google.com/rss/articles/A?oc=5</link>"
    '<description><![CDATA[<ol><li><a href="https://news.google.com/rss/articles/A?oc=5" target="_blank">'
    '财经早知道｜推动海洋经济高质量发展</a>&nbsp;&nbsp;<font color="#6f6f6f">财新</font></li>'
    '<li><a href="https://news.google.com/rss/articles/B?oc=5">向海要水、向海要药 中国海洋经济迈向高质量发展</a>'
    '&nbsp;&nbsp;<font color="#6f6f6f">光明网</font></li></ol>]]></description>'
    "<pubDate>Sun, 15 Mar 2026 13:00:00 GMT</pubDate></item>"
)


def test_a_relays_item_is_its_own_headline_from_its_own_outlet() -> None:
    # Google News' list of coverage: the credit beside the item's own headline is its outlet; the other outlets'
    # headlines are no text of the item (dev s42f_03/04, dev-retired28 s31h_04)
    (b,) = ingest_entries(_rss(GOOGLE_ITEM, "<title>Some_RSS</title>"), id="g", suffix=".xml")
    assert b.source == "财新"
    assert b.title == "财经早知道｜推动海洋经济高质量发展"
    assert "推动海洋经济高质量发展" in b.text and "向海要水" not in b.text and "光明网" not in b.text


def test_a_relays_list_without_the_item_is_others_coverage() -> None:
    # a 2006 news search's item: the list holds only other outlets' headlines, each with its outlet and time
    # (dev s41b_01/02/04): the item's text is its headline; the list gives it no outlet
    body = (
        "<p>&nbsp;&nbsp;<A href=http://www.beareyes.com.cn/2/lib/1.htm target='_blank'><B>李开复：中国公司也可缔造"
        "Google式奇迹！::小熊...</B></A>&nbsp;<FONT size='-1'><FONT color='#6f6f6f'><B>小熊在线 2006-05-26 22:05</B>"
        "</FONT><BR><p>"
    )
    assert relay_credit("专访李开复：中国也可以缔造Google奇迹", body) == (
        "专访李开复：中国也可以缔造Google奇迹",
        "",
        "",
    )
    # an article's own text, or a list whose credits are sentences, is no relay's list
    assert (
        relay_credit("标题 - 某报", "<p>正文第一段。</p><ul><li><a href='/a'>相关报道一则标题</a> 某报</li></ul>")
        is None
    )
    digest = (
        "<a href='/1'>第一条消息的标题文字</a> 这是一句说明，很长。<a href='/2'>第二条消息的标题文字</a> 又一句说明。"
    )
    assert relay_credit("今日简报", digest) is None


def _aggregated(creators_and_links: list[tuple[str, str]], channel: str = "NBA") -> list:
    items = "".join(
        f"<item><title>第{i}条新闻标题</title><link>{link}</link><dc:creator>{creator}</dc:creator>"
        f"<description>第{i}条新闻的正文，说了一件事。</description></item>"
        for i, (creator, link) in enumerate(creators_and_links)
    )
    rss = (
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{channel}</title><link>http://search.example.com/</link>{items}</channel></rss>"
    )
    return ingest_entries(rss.encode(), id="a", suffix=".xml")


def test_an_aggregators_creators_are_its_items_outlets() -> None:
    # a news search's feed: the channel names the search, each item's dc:creator the outlet its link is on
    # (dev s41b_01/02/04)
    found = _aggregated(
        [
            ("新浪", "http://tech.sina.com.cn/i/1.shtml"),
            ("天极", "http://pc.yesky.com/2.shtml"),
            ("天极", "http://net.chinabyte.com/3.shtml"),
            ("网易", "http://tech.163.com/4.html"),
            ("新浪", "http://sports.sina.com.cn/5.shtml"),
        ]
    )
    assert [b.source for b in found] == ["新浪", "天极", "天极", "网易", "新浪"]


def test_a_blog_networks_authors_stay_authors() -> None:
    # one site, several writers: people, not outlets - the channel publishes
    found = _aggregated(
        [
            ("刘磊", "http://blog.example.com/1"),
            ("张婷", "http://blog.example.com/2"),
            ("刘磊", "http://blog.example.com/3"),
        ],
        channel="某某日报",
    )
    assert {b.source for b in found} == {"某某日报"}
    # many sites, one writer each, none an outlet (a planet of personal blogs): the creators are not made outlets
    planet = _aggregated(
        [("刘磊", "http://a.example.com/1"), ("张婷", "http://b.example.org/2"), ("王涛", "http://c.example.net/3")],
        channel="某某日报",
    )
    assert {b.source for b in planet} == {"某某日报"}


def test_a_broken_feed_keeps_every_item() -> None:
    items = "".join(
        f"<item><title>第{i}条消息 A&B公司</title><link>http://x.cn/{i}?a=1&b={i}</link>"
        f"<description>第{i}条消息正文，有一段话。</description><pubDate>Mon, 0{1 + i} Jan 2024 10:00:00 +0800</pubDate></item>"
        for i in range(6)
    )
    # bare ampersands: no "A&B;公司", no link with "&b;"
    found = ingest_entries(_rss(items), id="a", suffix=".xml")
    assert [b.title for b in found] == [f"第{i}条消息 A&B公司" for i in range(6)]
    assert found[5].link == "http://x.cn/5?a=1&b=5"
    # one item's CDATA never closed: the items after it are still read
    broken = _rss(items.replace("<description>第2条", "<description><![CDATA[第2条", 1))
    found = ingest_entries(broken, id="b", suffix=".xml")
    assert len(found) == 6 and found[5].title == "第5条消息 A&B公司"
    assert found[4].date.isoformat() == "2024-01-05"
    # a file cut off inside an item: the items before the cut, and the cut one's headline
    text = _rss(items).decode()
    found = ingest_entries(text[: text.index("<item><title>第4条") + 40].encode(), id="c", suffix=".xml")
    assert [b.title for b in found][:4] == [f"第{i}条消息 A&B公司" for i in range(4)]


def test_a_long_broken_feed_is_read_again_in_bounded_time() -> None:
    # 2,000 items with a bare "&" each under a 200,000-character channel description: each item is re-read under
    # the root's and the channel's start tags only (the whole head once per item took minutes)
    items = "".join(f"<item><title>第{i}条 A&B</title><description>正文{i}。</description></item>" for i in range(2000))
    channel = f"<title>t</title><description>{'长' * 200_000}</description>"
    started = time.process_time()
    found = ingest_entries(_rss(items, channel), id="l", suffix=".xml")
    assert time.process_time() - started < 60  # ~12 s unloaded
    assert len(found) == 2000 and found[1999].title == "第1999条 A&B"


def test_a_deeply_nested_feed_is_read_in_bounded_time() -> None:
    deep = "<![CDATA[" + "<div>" * 100_000 + "深层正文一段。" + "</div>" * 100_000 + "]]>"
    nested = "<x>" * 50_000 + "y" + "</x>" * 50_000
    items = (
        f"<item><title>深层</title><description>{deep}</description></item>"
        f"<item><title>深层XML</title><description>正文二。</description>{nested}</item>"
        "<item><title>第三条</title><description>正文三。</description></item>"
    )
    started = time.process_time()
    found = ingest_entries(_rss(items), id="d", suffix=".xml")
    assert time.process_time() - started < 30  # ~2 s unloaded: bounded, never runaway
    assert [b.title for b in found] == ["深层", "深层XML", "第三条"]
    assert "深层正文一段" in found[0].text
