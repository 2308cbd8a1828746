"""Session 10, article text (issue 12): unit cases written from general knowledge of the
page kinds (news chronologies, forum and comment software), not from any corpus page."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.html import html_to_doc

NAV = '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/about">关于</a></div>'

# --- a chronology (大事记) is an article, whatever its order and with no introduction ----

EVENTS = [
    ("2023年1月5日", "国务院召开常务会议，部署稳经济一揽子政策。会议要求各地加快落实。"),
    ("2023年3月12日", "全国人大审议通过政府工作报告。报告提出经济增长目标为5%左右。"),
    ("2023年7月24日", "中央政治局会议分析研究经济形势。会议强调要活跃资本市场。"),
    ("2023年10月24日", "全国人大常委会批准增发国债1万亿元。资金将用于灾后恢复重建。"),
    ("2023年12月12日", "中央经济工作会议在北京举行。会议部署2024年经济工作。"),
]


def _chronology(events: list[tuple[str, str]]) -> str:
    items = "".join(f'<div class="event"><p class="time">{d}</p><p>{t}</p></div>' for d, t in events)
    return (
        "<!DOCTYPE html><html><head><title>2023年宏观政策大事记_新华网</title></head><body>"
        f'{NAV}<div class="main"><h1>2023年宏观政策大事记</h1><p class="info">2023-12-30 来源：新华网</p>'
        f'<div class="content">{items}</div></div><div class="footer">版权所有 新华网</div></body></html>'
    )


def test_a_chronology_without_an_introduction_is_read_whole() -> None:
    """Oldest first and no prose outside its entries: it was read as a forum thread and cut
    to its first entry (session 9's review, F7's remainder). No entry carries a reply mark."""
    doc = html_to_doc(_chronology(EVENTS))
    assert not doc.not_an_article
    for _, text in EVENTS:
        assert text.split("。")[0] in doc.text


def test_a_chronology_newest_first_is_an_article_not_an_index() -> None:
    """Newest first it was a blog's index ("a list of 5 dated posts"); its entries link to no
    page of their own, as an index's titles do."""
    doc = html_to_doc(_chronology(EVENTS[::-1]))
    assert not doc.not_an_article
    for _, text in EVENTS:
        assert text.split("。")[0] in doc.text


# --- a thread whose posts show no date: a time ago, a floor -----------------------------

FIRST = "这条线路从村口出发，沿溪谷上行，全程约十二公里，普通人五个小时可以走完。沿途有三处补给点，建议带足饮水。"
REPLIES = [
    "我去年也走过这条路，秋天的时候景色更好，红叶漫山，溪水也比春天清一些。不过最后两公里坡很陡，下山的时候慢一点。",
    "请问停车方便吗？周末人多不多？我们一家四口，孩子六岁，不知道能不能走完全程。中途有没有可以下撤的路？",
    "谢谢分享，收藏了。下个月打算带孩子去试试，顺便在村里住一晚。听说村口那家农家乐的土鸡汤很有名。",
]


def _thread(stamps: list[str], floors: bool) -> bytes:
    def post(i: int, who: str, when: str, text: str) -> str:
        floor = f"<span class='floor'>{i + 1}楼</span>" if floors else ""
        return (
            f'<div class="post" id="p{i}"><div class="author"><a href="/u/{i}">{who}</a> {floor}</div>'
            f"<div class='time'>{when}</div><div class='body'><p>{text}</p></div></div>"
        )

    who = ["徒步者", "老王", "小李", "山里人"]
    posts = "".join(post(i, who[i], stamps[i], t) for i, t in enumerate([FIRST, *REPLIES]))
    return (
        "<html><head><title>户外论坛</title></head><body>"
        f"{NAV}<div class='crumbs'>户外论坛 › 线路</div><div id='thread'>{posts}</div></body></html>"
    ).encode()


def _is_first_post(b) -> None:
    assert not any(p.kind == "not_an_article" for p in b.problems)
    assert "全程约十二公里" in b.text and "建议带足饮水" in b.text
    for reply in REPLIES:
        assert reply[:12] not in b.text


def test_a_thread_dated_by_time_ago_is_its_first_post() -> None:
    """Comment and forum software show "3天前", "昨天 21:30", "5小时前": the posts were not
    seen as posts (no date) and readability's text held the replies."""
    b = ingest_bytes(_thread(["3天前", "昨天 21:30", "5小时前", "刚刚"], floors=True), id="t", suffix=".html")
    _is_first_post(b)


def test_a_thread_with_floors_and_no_time_is_its_first_post() -> None:
    b = ingest_bytes(_thread(["", "", "", ""], floors=True), id="t", suffix=".html")
    _is_first_post(b)


def test_a_time_ago_in_prose_is_no_stamp() -> None:
    from briefreader.ingest.html import _stamp

    assert _stamp(["3小时前，警方接到报警。", "现场已经封锁。"]) is None
    assert _stamp(["老王", "3小时前", "我也去过。"]) == (2, -180)
    assert _stamp(["老王 2楼", "我也去过。"]) == (0, 2)
    assert _stamp(["位于3楼的会议室今天开放，市民可以参观。", "欢迎。"]) is None


def test_a_blog_index_newest_first_by_time_ago_is_an_index() -> None:
    posts = "".join(
        f'<div class="post"><h2><a href="/p/{i}">{t}</a></h2><div class="meta">{d}</div><p>{body}</p></div>'
        for i, (t, d, body) in enumerate(
            [
                ("周末去郊外徒步", "2小时前", "这个周末我们沿着山谷走了十二公里。溪水很清，路边开满了野花。"),
                ("读完了一本旧书", "3天前", "这本书在书架上放了三年。读完以后才发现，它讲的正是我的困惑。"),
                ("家里的阳台菜园", "2周前", "今年种了番茄和辣椒。每天早上浇水成了我最喜欢的事情。"),
                ("第一次做面包", "1个月前", "面团发得不够，烤出来有点硬。不过家人都说味道不错，下次再试。"),
            ]
        )
    )
    page = f"<html><head><title>小林的博客</title></head><body>{NAV}<div id='main'>{posts}</div></body></html>"
    # Since session 49 (12records' item_list, 74611d66) a page that lists other pages' items, each linked to a page of
    # its own with its teaser, is one briefing an item (it was one "not an article" briefing of every post's text)
    from briefreader.ingest import ingest_entries

    posts_read = ingest_entries(page.encode(), id="idx", suffix=".html")
    assert [b.title for b in posts_read] == ["周末去郊外徒步", "读完了一本旧书", "家里的阳台菜园", "第一次做面包"]
    assert "溪水很清" in posts_read[0].text and "下次再试" in posts_read[-1].text
    assert all(b.date is None for b in posts_read)  # "2小时前" dates nothing without the day it was shown


MORE = "回来以后，我把这些事情记在本子上，想着以后再翻开看看，也许会有不一样的感受，生活就是这样一点一点积累起来的。"


def test_a_blog_archive_of_full_posts_without_title_links_is_an_index() -> None:
    """A blog's month page showing each post whole, its title plain text over a software stamp
    with the time of day: still an index (a chronology's entries carry the event's day only)."""
    posts = "".join(
        f'<table class="post"><tr><td class="post-title">{t}</td><td class="post-title">{d}</td></tr>'
        f"<tr><td colspan=2><p>{body}</p><p>{MORE}</p></td></tr></table>"
        for t, d, body in [
            ("周末去郊外徒步", "2023-05-06 18:20:11", "这个周末我们沿着山谷走了十二公里。溪水很清，路边开满了野花。"),
            ("读完了一本旧书", "2023-04-28 22:05:40", "这本书在书架上放了三年。读完以后才发现，它讲的正是我的困惑。"),
            ("家里的阳台菜园", "2023-04-15 09:12:03", "今年种了番茄和辣椒。每天早上浇水成了我最喜欢的事情。"),
            ("第一次做面包", "2023-04-02 20:40:59", "面团发得不够，烤出来有点硬。不过家人都说味道不错，下次再试。"),
        ]
    )
    page = f"<html><head><title>小林的博客</title></head><body>{NAV}<div id='main'>{posts}</div></body></html>"
    b = ingest_bytes(page.encode(), id="idx", suffix=".html")
    assert [p.kind for p in b.problems] == ["not_an_article"]
    assert "溪水很清" in b.text and "下次再试" in b.text


# --- chrome inside the text: reader comments, rights notes, download calls -------------

from briefreader.ingest.clean import drop_boilerplate  # noqa: E402

ARTICLE = [
    "国家统计局今天发布数据，前三季度国内生产总值同比增长百分之五点二，经济运行总体回升向好。",
    "分季度看，一季度增长百分之四点五，二季度增长百分之六点三，三季度增长百分之四点九。",
    "统计局新闻发言人表示，下阶段要继续加大宏观政策调控力度，着力扩大内需。",
]


def test_reader_comments_under_their_heading_are_chrome() -> None:
    """WeChat's 精选留言 and the like: a name, a like count, a comment, the author's reply."""
    comments = [
        "阅读原文",
        "阅读 10万+",
        "精选留言",
        "755",
        "苏丝黄",
        "数据不错，继续加油。",
        "1389",
        "作者",
        "谢谢支持。",
    ]
    assert drop_boilerplate("\n".join(ARTICLE + comments)) == "\n".join(ARTICLE)
    for heading in ["热门评论", "评论区", "我要评论", "评论（12）", "全部评论 35"]:
        text = "\n".join([*ARTICLE, heading, "张三", "说得好，支持一下。"])
        assert drop_boilerplate(text) == "\n".join(ARTICLE), heading


def test_an_articles_own_subheading_on_reactions_stays() -> None:
    """ "网友评论" over the reactions a report quotes is the article's; so is a comment heading
    with no article above it (a page's menu)."""
    text = "\n".join([*ARTICLE, "网友评论", "有网友在微博上表示，这一数据好于预期，对四季度经济更有信心了。"])
    assert drop_boilerplate(text) == text
    text = "\n".join(["热门评论", *ARTICLE])
    assert drop_boilerplate(text) == text


def test_a_labelled_rights_notice_is_chrome_wherever_it_stands() -> None:
    note = "【版权声明】本文由某某计划作者【某某深度】创作，独家发布在某平台，未经授权，任何平台不得转载。"
    assert drop_boilerplate("\n".join([ARTICLE[0], note, *ARTICLE[1:]])) == "\n".join(ARTICLE)
    said = "法院认为，被告未经授权，在其平台转载原告作品，构成侵权。"
    assert drop_boilerplate("\n".join([*ARTICLE, said])) == "\n".join([*ARTICLE, said])


def test_a_call_to_download_with_its_link_is_chrome() -> None:
    lines = [
        "某某App已全面升级，为大家推出一系列亲子、健康、娱乐及休闲生活资讯及Video。立即下载：https://bit.ly/abc123",
        "某某健康台更多都市疾病影片：https://bit.ly/3cNFwr7",
    ]
    assert drop_boilerplate("\n".join(ARTICLE + lines)) == "\n".join(ARTICLE)
    stays = "该应用上线一个月，下载量突破一亿次，公司在官网https://example.com公布了数据。"
    assert drop_boilerplate("\n".join([*ARTICLE, stays])) == "\n".join([*ARTICLE, stays])


# --- a footer every entry of a feed repeats ----------------------------------------------

FOOTER = "<br><br>本站官方App：在各大应用商店搜索本站名称即可下载；<br><br>每天网络精华尽在【<a href='/t'>图卦</a>】"


def _feed(bodies: list[str]) -> bytes:
    items = "".join(
        f"<item><title>第{i}条消息</title><link>http://example.com/{i}</link>"
        f"<pubDate>Thu, 19 Aug 2021 17:0{i} +0800</pubDate><description><![CDATA[{b}]]></description></item>"
        for i, b in enumerate(bodies)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某某网</title>'
        f"<link>http://example.com/</link>{items}</channel></rss>"
    ).encode()


def test_a_footer_every_feed_entry_repeats_is_chrome() -> None:
    from briefreader.ingest import ingest_entries

    bodies = [f"<p>{s}</p>{FOOTER}" for s in ARTICLE]
    entries = ingest_entries(_feed(bodies), id="f", suffix=".xml")
    assert len(entries) == 3
    for b, sentence in zip(entries, ARTICLE, strict=True):
        assert b.text == sentence


def test_shared_tail_leaves_no_entry_empty_and_needs_text() -> None:
    from briefreader.ingest.html import shared_tail

    assert shared_tail([f"<p>{ARTICLE[0]}</p>"] * 2) == 0  # the same entry twice: nothing is a footer
    assert shared_tail([f"<p>{s}</p>" for s in ARTICLE]) == 0  # a closing tag and a 。 in common
    assert shared_tail([f"<p>{ARTICLE[0]}</p>{FOOTER}"]) == 0  # one entry: nothing to compare
    cut = shared_tail([f"<p>{s}</p>{FOOTER}" for s in ARTICLE])
    assert cut == len("</p>" + FOOTER)  # from the paragraph's end on: the sentences' 。 stays


def test_a_tip_line_and_a_newsletter_plug_are_chrome() -> None:
    """dev-retired5 (was heldout5): a paper's tip line closing the article, a newsletter plug
    between two paragraphs. Sentences about either stay."""
    plugs = ["■某报报料热线﹕news@example.com/ 9181 4676", "订阅《早安世界》电子报 每天3分钟掌握10件天下事"]
    assert drop_boilerplate("\n".join([ARTICLE[0], plugs[1], *ARTICLE[1:], plugs[0]])) == "\n".join(ARTICLE)
    said = [
        "警方呼吁，市民如有线索，可拨打报料热线 9181 4676 联络警方。",
        "该报推出电子报后，订阅人数一个月内增加了三成。",
    ]
    assert drop_boilerplate("\n".join(ARTICLE + said)) == "\n".join(ARTICLE + said)


# --- in-text chrome of wiki and blog software (left from session 9's reference pages) -----


def test_a_wiki_section_edit_link_is_dropped_and_its_heading_kept() -> None:
    text = "\n".join([ARTICLE[0], "个人生活[编辑]", ARTICLE[1], "History [edit]", ARTICLE[2]])
    assert drop_boilerplate(text) == "\n".join([ARTICLE[0], "个人生活", ARTICLE[1], "History", ARTICLE[2]])
    kept = "他在讨论页留言说，条目里的“[编辑]”按钮太小，很难点到。"  # a sentence, no heading
    assert drop_boilerplate(kept) == kept


def test_blog_footer_lines_are_chrome() -> None:
    footer = [
        "Trackback: http://tb.example.net/TrackBack.aspx?PostId=543698",
        "(本文发表于首页批评与建议, 已被阅读178次)",
        "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700",
        "正在读取评论……",
        "添加评论",
        "发表评论 >>>",
    ]
    assert drop_boilerplate("\n".join(ARTICLE + footer)) == "\n".join(ARTICLE)
    said = "他在博客中写道，trackback功能已经关闭，这篇文章已被阅读178次。"
    assert drop_boilerplate("\n".join([*ARTICLE, said])) == "\n".join([*ARTICLE, said])


# --- one table of Han ranges and clause marks (briefreader/punct.py) ----------------------


def test_modules_take_their_han_ranges_and_clause_marks_from_punct() -> None:
    """The index's runs and the highlighter's must be the same ranges (one table, not two
    copies that can drift); the figures' clause class is punct's marks; no module under
    src/ spells the unified block's range itself any more (East Asian width and the decoder's
    wider ideograph test are other tables)."""
    import re
    from pathlib import Path

    from briefreader import punct, textsearch, views
    from briefreader.figures import extract

    assert textsearch._CJK is punct.HAN_ALL and views._CJK_CLASS is punct.HAN_ALL
    assert set(punct.CLAUSE_BREAK) == set(punct.COMMA + punct.SENTENCE_OR_CLAUSE_END)
    assert extract._CLAUSE_SPLIT_RE.pattern == f"[{punct.CLAUSE_BREAK}\\n]"
    assert re.fullmatch(f"[{punct.HAN}]+", "汉字㐀豈") and not re.search(f"[{punct.HAN}]", "䷀ぁ、A1")
    src = Path(punct.__file__).parent
    spelled = [
        p.relative_to(src).as_posix()
        for p in src.rglob("*.py")
        if p.name != "punct.py" and re.search(r"\\u4e00-\\u9fff\]", p.read_text(encoding="utf-8"))
    ]
    assert spelled == [], spelled


# --- an archive's header: the original's address, a link line ------------------------------


def test_the_address_after_an_attribution_is_dropped_and_the_outlet_kept() -> None:
    text = (
        "原文来自「界面新闻」：https://web.archive.org/web/20200124143729/https://mp.weixin.qq.com/s/z9\n" + ARTICLE[0]
    )
    assert drop_boilerplate(text) == "原文来自「界面新闻」：\n" + ARTICLE[0]
    assert drop_boilerplate("原文链接：http://example.com/a/1.html\n" + ARTICLE[0]) == ARTICLE[0]
    said = "他说，原文来自https://example.com，后来被删除了。"  # a sentence naming an address
    assert drop_boilerplate(said) == said


def test_a_markdown_paragraph_that_is_one_link_is_chrome() -> None:
    from briefreader.ingest.markdown import markdown_to_text

    md = (
        "原文来自新京报：~~[李志在三大音乐平台搜索无结果](http://bjnews.com.cn/ent/2019/04/12/567107.html)~~\n\n"
        "[某某新浪網](https://news.example.com.tw/cobrand/sinacn/)\n\n---\n\n"
        f"{ARTICLE[0]}\n\n[{ARTICLE[1]}](https://example.com/a)\n\n见[统计局公告](https://stats.example.com/1)。\n"
    )
    text = markdown_to_text(md)
    assert "某某新浪網" not in text
    # the attribution (a link inside a line), a linked sentence and a sentence with a link stay
    assert "李志在三大音乐平台搜索无结果" in text and ARTICLE[1] in text and "见统计局公告。" in text


def test_sentences_about_copyright_and_app_downloads_stay() -> None:
    """Session 9's review (F8, left): both were dropped as a rights line and an app plug."""
    for line in [
        "版权所有，是指著作权人对作品享有的专有权利。",
        "版权所有人可以依法维权。",
        "下载APP的用户数量突破1亿",
    ]:
        assert drop_boilerplate("\n".join([*ARTICLE, line])) == "\n".join([*ARTICLE, line]), line
    for line in ["版权所有，未经许可不得转载。", "版权所有 © 2023 某某网", "下载某某客户端，了解更多资讯"]:
        assert drop_boilerplate("\n".join([*ARTICLE, line])) == "\n".join(ARTICLE), line


def test_a_sites_footer_block_under_its_rights_line_is_chrome() -> None:
    footer = ["All rights reserved", "联系版主：webmaster@example.net"]
    assert drop_boilerplate("\n".join(ARTICLE + footer)) == "\n".join(ARTICLE)
    assert drop_boilerplate("\n".join([*ARTICLE, "我要说说 打印 推荐"])) == "\n".join(ARTICLE)
    # a short last line with no rights line above it is not a footer
    assert drop_boilerplate("\n".join([*ARTICLE, "联系电话：12345678"])) == "\n".join([*ARTICLE, "联系电话：12345678"])
