"""Guards feeds and corpus-record files: one briefing per entry, with its own id, through the
library and its cache; and ids that stay unique when files share a stem (issue 20, 9)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefreader.config import read_config
from briefreader.ingest import ingest_entries
from briefreader.library import load_library

ROOT = Path(__file__).resolve().parents[2]

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>RTHK：即時新聞：本地</title><link>https://news.rthk.hk</link>
<copyright>香港電台</copyright>
<item><title>運輸署公布新巴士路線</title>
<link>https://news.rthk.hk/rthk/ch/component/k2/1776123-20241017.htm</link>
<description><![CDATA[<p>運輸署今日公布，明年起新增三條巴士路線，涉及投資約3億元。</p><script>track()</script>]]></description>
<pubDate>Thu, 17 Oct 2024 23:09:00 +0800</pubDate><guid>1776123</guid></item>
<item><title>天文台發出強烈季候風信號</title><link>https://news.rthk.hk/rthk/ch/component/k2/1776100-20241017.htm</link>
<description>天文台表示，強烈季候風正影響廣東沿岸，本港氣溫將下降至十五度。</description>
<pubDate>Thu, 17 Oct 2024 08:15:00 +0800</pubDate><guid>1776100</guid></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>证券时报网 - 快讯</title>
<entry><title>央行开展5000亿元MLF操作</title><id>tag:stcn.com,2024:1</id>
<link href="https://www.stcn.com/article/detail/1.html"/>
<updated>2024-12-30T09:30:00+08:00</updated>
<content type="html">&lt;p&gt;央行今日开展5000亿元中期借贷便利操作，利率持平。&lt;/p&gt;</content></entry>
</feed>
"""

RECORDS = """<doc>
<url>http://finance.sohu.com/20120612/n345392611.shtml</url>
<docno>c0c4e8a2e0d8e7a1-69a7b6a3e2e6a9d0</docno>
<contenttitle>深圳证监局发布年报监管通报</contenttitle>
<content>深圳证监局日前发布上市公司年报监管通报，辖区共有200家公司按时披露年报。</content>
</doc>
<doc>
<url>http://news.sohu.com/20120613/n345400001.shtml</url>
<docno>a1</docno>
<contenttitle>上海港集装箱吞吐量增长</contenttitle>
<content>上海港前五个月集装箱吞吐量同比增长8%，达到1300万标准箱。</content>
</doc>
"""


def test_rss_entries_are_briefings() -> None:
    entries = ingest_entries(RSS.encode(), id="feeds/rthk", suffix=".rss")
    assert len(entries) == 2
    first, second = entries
    assert first.id.startswith("feeds/rthk#") and second.id.startswith("feeds/rthk#")
    assert first.id != second.id and first.fingerprint != second.fingerprint
    assert first.title == "运输署公布新巴士路线"
    # 23:09 in Hong Kong is 15:09 UTC: the day as the outlet wrote it
    assert (first.date, first.date_precision) == (dt.date(2024, 10, 17), "day")
    assert first.source == "香港电台"  # the copyright holder, not the channel's section name
    assert first.link.endswith("1776123-20241017.htm")
    assert "3亿元" in first.text and "track" not in first.text
    assert [f.text for f in first.figures if f.kind == "money"] == ["约3亿元"]


def test_atom_entry() -> None:
    (entry,) = ingest_entries(ATOM.encode(), id="stcn", suffix=".atom")
    assert entry.title == "央行开展5000亿元MLF操作"
    assert entry.date == dt.date(2024, 12, 30)
    assert entry.source == "证券时报网"
    assert entry.text.startswith("央行今日开展5000亿元") and "<p>" not in entry.text


def test_xml_that_is_no_feed_is_a_problem() -> None:
    (b,) = ingest_entries(b"<?xml version='1.0'?><urlset><url>x</url></urlset>", id="sitemap", suffix=".xml")
    assert [p.kind for p in b.problems] == ["empty"]


def test_corpus_records_are_fields_not_markup() -> None:
    entries = ingest_entries(RECORDS.encode("gb18030"), id="sogou", suffix=".txt")
    assert [e.title for e in entries] == ["深圳证监局发布年报监管通报", "上海港集装箱吞吐量增长"]
    assert all("<" not in e.text and "docno" not in e.text for e in entries)
    assert entries[0].link == "http://finance.sohu.com/20120612/n345392611.shtml"
    assert entries[0].date == dt.date(2012, 6, 12)  # from the URL's path


@pytest.fixture
def config(tmp_path: Path):
    folder = tmp_path / "briefings"
    folder.mkdir()
    config = read_config(ROOT / "config.toml")
    config.briefings = folder
    config.cache_dir = tmp_path / "cache"
    return config


def test_feed_file_in_the_library_cold_warm_and_full(config) -> None:
    (config.briefings / "rthk.xml").write_text(RSS, encoding="utf-8")
    shutil.copy(ROOT / "briefings" / "000_6725c00bccd9a398.txt", config.briefings)
    cold = load_library(config)
    ids = sorted(cold.by_id)
    assert len(ids) == 3 and sum(i.startswith("rthk#") for i in ids) == 2
    warm = load_library(config)
    assert sorted(warm.by_id) == ids and warm.stats.ingested == 0
    for bid in ids:
        if bid.startswith("rthk#"):
            full = warm.full(warm.by_id[bid])
            assert full.id == bid and full.title == warm.by_id[bid].title and full.text
    # an entry that leaves the feed leaves the library (its row is pruned)
    (config.briefings / "rthk.xml").write_text(
        RSS.replace("<item><title>天文台", "<foo><title>天文台"), encoding="utf-8"
    )
    again = load_library(config)
    assert sum(i.startswith("rthk#") for i in again.by_id) == 1
    assert len(load_library(config).briefings) == 2


def test_files_sharing_a_stem_get_distinct_ids(config) -> None:
    """a.txt, a.md and a.html were all "a": one shown, a note on it shown on all three."""
    (config.briefings / "a.txt").write_text("上海发布数字经济政策，涉及资金10亿元。", encoding="utf-8")
    (config.briefings / "a.md").write_text("# 北京新政\n\n北京发布人工智能政策。", encoding="utf-8")
    (config.briefings / "a.html").write_text(
        "<html><body><p>广州发布新能源政策，补贴3亿元。</p></body></html>", encoding="utf-8"
    )
    (config.briefings / "b.txt").write_text("深圳发布低空经济政策。", encoding="utf-8")
    lib = load_library(config)
    assert sorted(lib.by_id) == ["a.html", "a.md", "a.txt", "b"]
    assert lib.by_id["a.md"].path.endswith("a.md")
    # the same on a warm start, and after the clash is gone the id is the stem again
    assert sorted(load_library(config).by_id) == ["a.html", "a.md", "a.txt", "b"]
    (config.briefings / "a.md").unlink()
    (config.briefings / "a.html").unlink()
    assert sorted(load_library(config).by_id) == ["a", "b"]


def test_a_page_names_its_link() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://news.rthk.hk/rthk/ch/component/k2/1542567-20200808.htm">'
        "</head><body><p>運輸署今日公布，明年起新增三條巴士路線。</p></body></html>"
    )
    (b,) = ingest_entries(page.encode(), id="p", suffix=".html")
    assert b.link == "https://news.rthk.hk/rthk/ch/component/k2/1542567-20200808.htm"
    assert b.date == dt.date(2020, 8, 8)  # the URL's day, when the page shows no other


def test_hostile_feeds_read_no_file_and_expand_no_entity() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>x&xxe;</title>'
        b"<description>&xxe; body text here</description></item></channel></rss>"
    )
    (b,) = ingest_entries(xxe, id="x", suffix=".rss")
    assert "root:" not in b.text and "root:" not in b.title
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY l0 "lol">'
        + b"".join(b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10))
        + b']><rss version="2.0"><channel><item><title>&l9;</title><description>x</description></item></channel></rss>'
    )
    (b,) = ingest_entries(laughs, id="x", suffix=".rss")
    assert len(b.title) < 1000  # 10**9 "lol"s were never built


def test_a_feed_past_the_entry_limit_is_read_in_part() -> None:
    from briefreader.ingest.feed import MAX_ENTRIES

    items = "".join(
        f"<item><title>第{i}条</title><description>第{i}条消息正文。</description></item>"
        for i in range(MAX_ENTRIES + 5)
    )
    entries = ingest_entries(f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), id="x", suffix=".rss")
    assert len(entries) == MAX_ENTRIES and len({e.id for e in entries}) == MAX_ENTRIES
    assert "truncated" in [p.kind for p in entries[0].problems]


@pytest.mark.parametrize(
    "written",
    [
        "Sat, 08 Aug 2020 23:30:00 +0800",
        "Sat, 08 Aug 2020 05:30:00 HKT",
        "2020-08-08 05:30:00",
        "2020-08-08T23:30:00+08:00",
        "2020年08月08日 05:30",
        "2020/8/8 5:30",
        "Saturday, August 8, 2020",
        "08 Aug 2020",
    ],
)
def test_entry_dates_in_the_forms_feeds_write(written) -> None:
    rss = (
        f'<rss version="2.0"><channel><title>明報新聞網 - 每日明報 daily news</title><item><title>標題一則</title>'
        f"<description>正文內容一段。</description><pubDate>{written}</pubDate></item></channel></rss>"
    )
    (b,) = ingest_entries(rss.encode(), id="m", suffix=".xml")
    assert b.date == dt.date(2020, 8, 8)
    assert b.source == "明报"  # the outlet's one name (tester s20 T1; was 明报新闻网, its web edition's)


@pytest.mark.parametrize(
    ("rights", "title", "link", "outlet"),
    [
        ("香港經濟日報版權所有©", "香港新聞RSS - 香港經濟日報 hket.com", "", "香港經濟日報"),
        ("Copyright 2020 Ming Pao Holdings", "明報新聞網 - 每日明報 daily news", "", "明報新聞網"),
        ("", "RTHK：即時新聞：本地", "", "RTHK"),  # 即時新聞 is a section, not the newsroom
        ("", "", "https://news.mingpao.com/rss/pns/s00001.xml", "明報"),  # its address names it (outlets.py)
        ("", "", "https://feeds.example.org/rss.xml", "feeds.example.org"),  # an unknown site: its address
        # "this Yuan's news" names no one; the rights line's "copyright from:" does (dev s29_09, lead s29)
        ("版權來自：行政院", "本院新聞", "https://www.ey.gov.tw/Page/6485009ABEC1CB9C", "行政院"),
        ("版权归：某某市人民政府", "本网新闻", "", "某某市人民政府"),
    ],
)
def test_a_feeds_outlet(rights, title, link, outlet) -> None:
    from briefreader.ingest.feed_credits import _channel_outlet

    assert _channel_outlet(rights, title, link) == outlet


def test_a_feed_is_parsed_once_for_all_its_entries_until_it_changes(config, monkeypatch) -> None:
    # The digest and J/K open a feed's entries one by one; each parsed the whole feed
    # again (45 of 60 s of a digest over a folder with 3,580 feed entries).
    import briefreader.ingest as ingest_module

    (config.briefings / "rthk.xml").write_text(RSS, encoding="utf-8")
    warm = load_library(config)
    calls: list[str] = []
    real = ingest_module.ingest_path

    def counting(path, root):
        calls.append(str(path))
        return real(path, root)

    monkeypatch.setattr(ingest_module, "ingest_path", counting)
    entries = [b for b in warm.briefings if b.id.startswith("rthk#")]
    assert len(entries) == 2
    texts = [warm.full(b).text for b in entries]
    assert all(texts) and texts[0] != texts[1]
    assert len(calls) == 1
    # a changed feed is read again (another size: the stamp differs)
    (config.briefings / "rthk.xml").write_text(RSS.replace("天文台", "香港天文台"), encoding="utf-8")
    warm._full.clear()
    changed = [warm.full(b) for b in entries]
    assert any("香港天文台" in b.title + b.text for b in changed)
    assert len(calls) == 2
