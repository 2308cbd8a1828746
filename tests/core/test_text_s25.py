"""Session 25 (12-text): a saved page's own address, the page's folder on query-string sites, a document's closing
block and drawn rules in plain text, and a page saved as Markdown read by its structure (the menu between the headline
and its repeat, link blocks, the comment section). Pages and files written from the structure of the real ones."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.clean import drop_boilerplate


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
