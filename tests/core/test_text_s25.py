"""Session 25 (12-text): a saved page's own address, the page's folder on query-string sites, a document's closing
block and drawn rules in plain text, and a page saved as Markdown read by its structure (the menu between the headline
and its repeat, link blocks, the comment section). Pages and files written from the structure of the real ones."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.html import html_to_doc
from briefreader.ingest.markdown import markdown_to_text


def _html(markup: str) -> str:
    return ingest_bytes(markup.encode(), id="t", path="t.html", suffix=".html").text


def _md(text: str) -> str:
    return ingest_bytes(text.encode(), id="t", path="t.md", suffix=".md").text


# --- the page's folder (review s24 R2's neighbours)


def _two_parts(url: str, href: str) -> str:
    def part(k: str) -> str:
        return "".join(
            f"<p>第{k}部分第{i}段：国务院常务会议部署了稳就业举措，要求各地抓紧落实到位，确保政策效果。</p>"
            for i in range(4)
        )

    return (
        "<html><head><title>国务院部署稳就业举措_新闻网</title>"
        f"<link rel='canonical' href='{url}'></head><body><h1>国务院部署稳就业举措</h1>"
        f"<div class='content-body'>{part('一')}</div><h2><a href='{href}'>人工智能产业发展新动向报道</a></h2>"
        f"<div class='content-body'>{part('二')}</div><div class='footer'>关于我们</div></body></html>"
    )


def test_one_script_for_every_page_a_section_key_keeps_the_second_part() -> None:
    # index.php serves the stories (?id=) and the sections' lists (?cat=): another key, another kind of page
    text = _html(_two_parts("http://www.example.gov.cn/index.php?id=5", "/index.php?cat=ai"))
    assert "第一部分第2段" in text and "第二部分第2段" in text


def test_a_root_slug_topic_beside_a_numbered_story_keeps_the_second_part() -> None:
    text = _html(_two_parts("https://www.example.com/20240601123.html", "/ai"))
    assert "第一部分第2段" in text and "第二部分第2段" in text


def test_guard_the_next_story_on_the_same_script_still_goes() -> None:
    # the next story is another page of the story script, so it is the next story as before
    url = "http://www.example.edu.cn/content.jsp?urltype=news.NewsContentUrl&wbnewsid=5123"
    text = _html(_two_parts(url, "content.jsp?urltype=news.NewsContentUrl&wbnewsid=5124"))
    assert "第一部分第2段" in text and "第二部分第2段" not in text


def test_guard_a_tracking_query_on_a_numbered_story_is_no_other_kind_of_page() -> None:
    text = _html(_two_parts("https://news.example.com/news/20240601/123.html?utm_source=feed", "124.html"))
    assert "第一部分第2段" in text and "第二部分第2段" not in text


# --- plain text: a document's closing block (tester s24 T21) and drawn rules (T20)

NOTICE = [
    "为有效促进上海对市外清洁能源的合理充分持续消纳，我们研究制订了实施办法，现印发给你们，请按照执行。",
    "附件：上海市省间清洁购电交易机制实施办法（试行）.docx",
    "上海市发展和改革委员会",
    "上海市经济和信息化委员会",
    "国家能源局华东监管局",
    "2019年5月30日",
]


def test_a_notices_attachment_issuers_and_date_are_no_list_of_headlines() -> None:
    assert drop_boilerplate("\n".join(NOTICE)).split("\n") == NOTICE


def test_guard_a_list_of_dated_headlines_under_the_article_still_goes() -> None:
    items = [f"国家能源局发布第{i}批可再生能源项目清单 2024年5月{i}日" for i in range(1, 6)]
    assert drop_boilerplate("\n".join([NOTICE[0], *items])) == NOTICE[0]


def test_guard_a_list_of_undated_headlines_under_the_article_still_goes() -> None:
    items = [f"国家能源局发布第{i}批可再生能源项目清单" for i in range(1, 6)]
    assert drop_boilerplate("\n".join([NOTICE[0], *items])) == NOTICE[0]


def test_drawn_rules_are_no_paragraphs() -> None:
    text = "\n".join(
        ["＊＊＊＊＊＊＊＊＊＊＊＊＊＊", NOTICE[0], "经济及福利援助", "———————", NOTICE[0].replace("上海", "本市")]
    )
    assert drop_boilerplate(text).split("\n") == [NOTICE[0], "经济及福利援助", NOTICE[0].replace("上海", "本市")]


def test_a_plug_under_a_rule_goes_and_the_rule_with_it() -> None:
    text = "\n".join([NOTICE[0], "————————", "扫码关注我们的公众号", "下载客户端：https://app.example.com"])
    assert drop_boilerplate(text) == NOTICE[0]


def test_guard_a_tables_row_of_empty_cells_stays() -> None:
    # a PDF's table writes each empty cell as a minus or a dash (dev s13_23: "－－－－" between two rows of figures)
    rows = ["（三）预计移用以前年度岁", "－－－－", "计賸余调节因应数", "——"]
    assert drop_boilerplate("\n".join([NOTICE[0], *rows, NOTICE[0]])).split("\n") == [NOTICE[0], *rows, NOTICE[0]]


# --- Markdown: marks and links a renderer never shows as words


def test_a_github_alerts_marker_is_not_text() -> None:
    text = markdown_to_text(
        "# 双周报\n\n> [!NOTE]\n> RISC-V 用户可以直接安装。\n\n> [!WARNING]\n> 旧版本将停止维护。\n"
    )
    assert "[!" not in text and "RISC-V 用户可以直接安装。" in text and "旧版本将停止维护。" in text


def test_guard_a_bracketed_note_in_prose_or_a_quote_stays() -> None:
    text = markdown_to_text("> [!TIP] 提示写在同一行时是正文。\n\n正文里的 [!NOTE] 照原样。\n")
    assert "[!TIP] 提示写在同一行时是正文。" in text and "正文里的 [!NOTE] 照原样。" in text


def test_a_link_to_javascript_shows_its_label() -> None:
    text = markdown_to_text("原创 王五 [财经早餐](javascript:void(0);) *2024-04-11 08:00*\n")
    assert text.strip() == "原创 王五 财经早餐 2024-04-11 08:00"


# --- Markdown: a page saved with its chrome (tester s24 T3, T4, T14)

ARTICLE = [
    "国家能源局今天发布了最新的可再生能源发展数据，今年前十个月全国新增装机容量同比增长三成以上。",
    "业内人士认为，新能源消纳能力的提升将是下一阶段的重点工作，各地正在加快配套电网建设步伐。",
]


def _saved(head: list[str], tail: list[str]) -> str:
    return "\n\n".join(["# 可再生能源装机增长三成", *head, "## 可再生能源装机增长三成", *ARTICLE, *tail]) + "\n"


def test_a_saved_pages_menu_between_the_headline_and_its_repeat_goes() -> None:
    text = markdown_to_text(
        _saved(["首页", "阅读", "活动", "社区", "本站新版网站常见问题，请点击[这里](/QA)查看。"], [])
    )
    assert text.split("\n")[0] == "可再生能源装机增长三成"
    assert "社区" not in text and "常见问题" not in text and all(p in text for p in ARTICLE)


def test_guard_prose_between_the_headline_and_its_repeat_stays() -> None:
    # a summary in prose above the headline's repeat (a digest, a report with its abstract) is the document's
    text = markdown_to_text(_saved(["首页", ARTICLE[1].replace("业内人士", "研究人员")], []))
    assert "首页" in text and "研究人员认为" in text


def test_a_tag_line_of_links_above_the_article_goes() -> None:
    tags = ", ".join(f"[标签{i}](https://blog.example.com/tag/{i}/)" for i in range(8))
    text = markdown_to_text("\n\n".join(["# 可再生能源装机增长三成", f"作者 {tags} 已关闭评论", *ARTICLE]))
    assert "标签3" not in text and "已关闭评论" not in text and all(p in text for p in ARTICLE)


def test_guard_a_digest_of_link_paragraphs_with_no_prose_stays() -> None:
    lines = [
        f"本周推荐：[文章{i}甲](https://a.example/{i}) [文章{i}乙](https://b.example/{i}) [丙](https://c/{i})"
        for i in range(3)
    ]
    text = markdown_to_text("\n\n".join(["# 每周阅读", *lines]))
    assert "文章1甲" in text and "文章2乙" in text


def test_a_share_buttons_link_is_not_text() -> None:
    byline = "[张三](/~zhang) 发表于 2025年11月26日 [新浪微博分享](//service.weibo.com/share/share.php?url=x)"
    text = markdown_to_text("\n\n".join([byline, *ARTICLE]))
    assert "新浪微博分享" not in text and "发表于 2025年11月26日" in text


def test_the_comment_section_under_the_article_goes() -> None:
    for opener in ("## 发表评论", "[回复](/comments?sid=82901&op=reply)"):
        tail = [opener, "您还未登录，请先登录。", "### TA的文章", "* ##### [另一篇报道的标题在这里](/post/id/2)"]
        text = markdown_to_text(_saved([], tail))
        assert "您还未登录" not in text and "TA的文章" not in text and all(p in text for p in ARTICLE), opener


def test_guard_prose_under_a_comment_heading_stays() -> None:
    # an article's own section on readers' comments (a report quoting them) is prose: it stays
    said = "网友的评论大多认为，新能源消纳能力的提升需要更多储能项目的支持，也需要电价机制的配合才行。"
    text = markdown_to_text(_saved([], ["## 评论", said]))
    assert said in text


# --- the address a saved page was saved from (tester s24 T18)

PAGE = (
    "<html><head><title>政府公布最新情况</title></head><body><div class='headline'>政府公布最新情况</div>"
    "<p>政府今日公布三个工作组的最新进展，各项支援工作正持续进行，详情如下。</p></body></html>"
)


def test_the_savers_comment_gives_the_pages_address() -> None:
    url = "https://www.info.gov.hk/gia/general/202512/04/P2025120400851.htm"
    for comment in (
        f"<!-- saved from url=(0065){url} -->",  # a browser's "Save as"
        f"<!-- Saved from {url} at 2025-12-06T23:47:10Z using monolith v2.10.1 -->",
        f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: Sat Dec 06 2025 -->",
    ):
        assert html_to_doc(f"<!DOCTYPE html>\n{comment}\n{PAGE}").meta.get("record:url") == url, comment


def test_guard_no_address_from_a_local_save_or_a_comment_in_the_body() -> None:
    assert "record:url" not in html_to_doc(f"<!-- saved from url=(0014)about:internet -->\n{PAGE}").meta
    deep = PAGE.replace("</body>", "<!-- " + "x" * 9000 + " --><!-- Saved from https://example.com/a.htm --></body>")
    assert "record:url" not in html_to_doc(deep).meta


def test_the_saved_address_names_the_outlet() -> None:
    page = f"<!-- Saved from https://www.info.gov.hk/gia/general/202512/04/P2025120400851.htm at x -->\n{PAGE}"
    b = ingest_bytes(page.encode(), id="t", path="t.html", suffix=".html")
    assert b.source and b.date_iso == "2025-12-04"


# --- hostile input: a page of very many elements (review s24's aside: 900,000 tiny elements, ~50 s and ~480 MB)


def test_a_page_of_very_many_elements_is_read_as_a_bounded_tree_its_text_kept() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest.html import MAX_ELEMENTS, cap_nesting

    many = MAX_ELEMENTS + 20_000
    page = (
        "<html><body><h1>标题</h1><div>" + "<i>a</i>" * many + "</div>"
        "<div><p>国务院常务会议今天召开，会议部署了稳就业举措。</p><script>var hidden = '脚本里的字';</script></div>"
        "</body></html>"
    )
    capped, _ = cap_nesting(page)
    assert sum(1 for _ in LexborHTMLParser(capped).root.traverse()) <= MAX_ELEMENTS + 50
    text = html_to_doc(page).text
    assert text.count("a") >= many and "国务院常务会议今天召开" in text and "脚本里的字" not in text


def test_guard_a_page_under_the_bound_keeps_its_tags() -> None:
    from briefreader.ingest.html import cap_nesting

    page = "<html><body>" + "<p><i>甲</i>乙</p>" * 1000 + "</body></html>"
    assert cap_nesting(page)[0] == page.replace("<i>", "<span>").replace("</i>", "</span>")
