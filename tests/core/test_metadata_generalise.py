"""Guards the methods issue 12 added in session 5 so that title, date and source
generalise beyond the pages they were found on. Each test feeds a real snippet (quoted
from the dev files of tests/data/realworld/, provenance in SOURCES.md) and checks the
field a reader sees; each would fail on the session-start code."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes, ingest_entries

# dev/60_wechat_shanghai_fabu_feed.xml (hellodword/wechat-feeds): the body repeats the headline
WECHAT_FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>上海发布 | wechat-feeds</title><link>http://MjM5NTA5NzYyMA.favicon.privacyhide.com/favicon.ico</link><description>这里是上海市人民政府新闻办微信平台。</description><managingEditor> (hellodword)</managingEditor><item><title>【提示】助力旅游业提质增能！上海再出台12项举措</title><link>https://mp.weixin.qq.com/s/nebb9RywLwOyyQVblYHKsw</link><description></description><content:encoded><![CDATA[【提示】助力旅游业提质增能！上海再出台12项举措]]></content:encoded><pubDate>Thu, 17 Jun 2021 14:51:23 +0800</pubDate></item></channel></rss>"""


def test_a_headline_only_feed_entry_keeps_its_headline_as_text():
    (b,) = ingest_entries(WECHAT_FEED.encode(), id="f", suffix=".xml")
    assert not b.problems, b.problems  # was "empty": the headline left the body as a repeated title
    assert b.title == "【提示】助力旅游业提质增能！上海再出台12项举措"
    assert "上海再出台12项举措" in b.text
    assert b.source == "上海发布" and b.date_iso == "2021-06-17"


# dev/62_cctv_xwlb_20220925.md (somson/xin-wen-lian-bo): Markdown whose paragraphs are HTML
XWLB_MD = """# 《新闻联播》 (20220925)

## 新闻摘要

本期节目主要内容：

1.【领航中国】固本强基 让党旗在一线高高飘扬；

## 详细新闻

### 【领航中国】固本强基 让党旗在一线高高飘扬

<p><strong>央视网消息</strong>（新闻联播）：基层党组织和党员队伍是党的执政之基、力量之源。</p><p>今年9月5日四川泸定6.8级地震中，泸定县磨西镇通往外界的唯一通道被滑坡和塌方阻断。</p>

[查看原文](https://tv.cctv.com/2022/09/25/VIDELffvpHpx3GNw3cauiZna220925.shtml)
"""


def test_a_markdown_file_with_html_paragraphs_is_read_as_markdown():
    b = ingest_bytes(XWLB_MD.encode(), id="x", suffix=".md")
    assert b.format == "markdown"
    assert b.title == "《新闻联播》 (20220925)"  # was "# 《新闻联播》 …": the file was read as an HTML page
    assert "#" not in b.text and "<p>" not in b.text and "](" not in b.text
    assert "基层党组织和党员队伍是党的执政之基" in b.text
