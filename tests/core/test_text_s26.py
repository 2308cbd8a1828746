"""Session 26 (12-text): one table of a comment section's words for plain text, pages and Markdown; Markdown's link
thresholds are html's; a page's script kept as text, a paged document's running head and a copied list of headlines
with their addresses are no text."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.clean import (
    COMMENT_BEFORE,
    COMMENT_NOUNS,
    COMMENT_PLACES,
    comments_words,
    drop_blank_lines,
    drop_boilerplate,
)
from briefreader.ingest.markdown import markdown_to_text

ARTICLE = [
    "国家能源局今天发布了最新的可再生能源发展数据，今年前十个月全国新增装机容量同比增长三成以上。",
    "业内人士认为，新能源消纳能力的提升将是下一阶段的重点工作，各地正在加快配套电网建设步伐。",
]
READERS = ["张三：说得好，支持！", "李四：期待更多储能项目。", "王五：电价机制也要跟上。"]


def _saved_page(tail: list[str]) -> str:
    return markdown_to_text("\n\n".join(["# 可再生能源装机增长三成", *ARTICLE, *tail]) + "\n")


# --- one table of the comment section's words (markdown's _COMMENTS_WORDS was a near-copy of clean's heading)


@pytest.mark.parametrize("before", COMMENT_BEFORE)
@pytest.mark.parametrize("noun", COMMENT_NOUNS)
def test_every_qualified_comment_heading_is_read_alike_in_plain_text_and_markdown(before: str, noun: str) -> None:
    heading = f"{before}{noun}"
    plain = drop_boilerplate("\n".join([*ARTICLE, heading, *READERS]))
    assert "说得好" not in plain and all(p in plain for p in ARTICLE), heading
    page = _saved_page([f"## {heading}", *READERS])
    assert "说得好" not in page and all(p in page for p in ARTICLE), heading


@pytest.mark.parametrize("place", COMMENT_PLACES)
def test_the_comment_sections_place_is_its_heading_in_markdown_too(place: str) -> None:
    page = _saved_page([f"## 评论{place}（12）", *READERS])
    assert "说得好" not in page and all(p in page for p in ARTICLE)


def test_a_heading_of_the_word_and_a_run_of_blanks_is_read_in_one_pass() -> None:
    # the words are matched on the folded text, one optional space between parts (review s25 R12's lesson, for
    # clean's heading too: its runs of \s* were adjacent)
    assert comments_words("精选留言" + " " * 50_000 + "(3)")
    assert not comments_words("精选留言" + " " * 50_000 + "x")


def test_guard_a_bare_noun_heads_the_section_only_in_a_structured_page() -> None:
    # plain text: "评论" over prose is an article's own subheading (only _COMMENTS_WEAK with readers' lines below)
    said = "网友的评论大多认为，新能源消纳能力的提升需要更多储能项目的支持，也需要电价机制的配合才行。"
    assert said in drop_boilerplate("\n".join([*ARTICLE, "评论", said]))
    assert comments_words("评论", label=True) and not comments_words("评论")
    assert comments_words("Leave a Reply", label=True) and not comments_words("Leave a Reply")


def test_guard_a_sentence_that_starts_with_the_words_is_no_heading() -> None:
    assert not comments_words("最新评论认为，今年装机增长较快。", label=True)
    assert not comments_words("发表评论的网友大多支持这一政策")


# --- Markdown's link thresholds are html's (one place)


def test_a_menus_separators_are_not_letters_of_its_link_block() -> None:
    # html's _link_share counts letters, digits and hanzi: a separator between links does not dilute a menu
    menu = "[首](/a) · [页](/b) · [新](/c) 本站"
    text = _saved_page([]).split("\n")
    page = markdown_to_text("\n\n".join(["# 可再生能源装机增长三成", menu, *ARTICLE]) + "\n")
    assert "本站" not in page and all(p in page for p in ARTICLE) and text[0] == "可再生能源装机增长三成"


def test_guard_a_byline_with_one_link_stays() -> None:
    byline = "作者：[张三](/u/1) 2025年11月26日 国家能源局供稿"
    page = markdown_to_text("\n\n".join(["# 可再生能源装机增长三成", byline, *ARTICLE]) + "\n")
    assert "国家能源局供稿" in page


# --- a page's script kept as text (tester s25 T17; dev-retired20 s23_06's saved page)

_SCRIPT = [
    "function goSearch(event) {",
    "var e = window.event || event;",
    "if(e.preventDefault){",
    "e.preventDefault();",
    "}else{",
    "e.returnValue=false;",
    "}",
    "// 市场主体 dataTypeId=14",
    "if (s == '市场主体') {",
    "url = '//sousuo.example.gov.cn/search?word=' + s;",
    "}",
    "return false",
    "}",
]


def _txt(text: str) -> str:
    return ingest_bytes(text.encode(), id="t", path="t.txt", suffix=".txt").text


def test_a_script_in_a_plain_text_is_not_text() -> None:
    for gap in ("\n", "\n\n"):  # (a scraper doubles a record's line breaks)
        text = _txt(gap.join([ARTICLE[0], *_SCRIPT, ARTICLE[1]]))
        assert "goSearch" not in text and "return false" not in text and all(p in text for p in ARTICLE), gap


def test_a_script_left_as_a_markdown_paragraph_is_not_text() -> None:
    page = markdown_to_text("\n\n".join(["# 可再生能源装机增长三成", *ARTICLE, "\n".join(_SCRIPT), "联系我们"]))
    assert "goSearch" not in page and all(p in page for p in ARTICLE) and "联系我们" in page


def test_guard_code_in_a_fence_and_prose_with_braces_stay() -> None:
    fenced = markdown_to_text("\n\n".join(["# 示例", ARTICLE[0], "```js\n" + "\n".join(_SCRIPT) + "\n```"]))
    assert "goSearch" in fenced
    # a sentence among the lines: prose with a formula in braces is no script
    said = ["设集合{1,2,3}为A，", "集合{4,5}为B，", "则A与B不相交，", "它们的并集{1,2,3,4,5}有五个元素。"]
    assert "有五个元素" in _txt("\n".join([ARTICLE[0], *said]))


# --- a running head kept in a text copied from a paged document (dev s21_03)

_HEAD = "洛阳市2023年国民经济和社会发展统计公报"
_PARAGRAPHS = [
    f"第{n}部分：全年全市生产总值比上年增长{n}.5%，其中第一产业增加值增长1.7%，工业投资有所回落。" for n in range(5)
]


def test_a_running_head_is_not_text() -> None:
    lines = [_PARAGRAPHS[0]]
    for p in _PARAGRAPHS[1:]:
        lines += [_HEAD, p]
    text = _txt("\n".join(lines))
    assert _HEAD not in text and all(p in text for p in _PARAGRAPHS)


def test_guard_the_headline_above_the_first_sentence_stays_and_a_repeat_twice_is_no_head() -> None:
    lines = ["2023年统计公报", _HEAD]
    for p in _PARAGRAPHS[1:]:
        lines += [p, _HEAD]
    assert _HEAD in drop_blank_lines("\n".join(lines)).split("\n")[:2]
    twice = drop_blank_lines("\n".join([_PARAGRAPHS[0], _HEAD, _PARAGRAPHS[1], _HEAD, _PARAGRAPHS[2]]))
    assert twice.count(_HEAD) == 2


# --- a copied page's list of headlines with their addresses, under its label (dev s25_01)


def test_headlines_with_their_addresses_under_the_article_go() -> None:
    items = [
        "新闻1.jpg：http://today.example.edu.cn/_upload/article/images/b5/9d/51b618d0.jpg",
        "新闻：",
        "【材料·党建】材料学院召开党风廉政警示教育大会:http://today.example.edu.cn/2019/0425/c1026a106005/page.htm",
        "【研途榜样】毕秀雯：风雨兼程，砥砺前行:http://today.example.edu.cn/2019/0424/c1026a105883/page.htm",
        "教务联合党支部召开支部大会集体上党课:http://today.example.edu.cn/2019/0424/c1026a105879/page.htm",
    ]
    text = _txt("\n".join([*ARTICLE, *items]))
    assert "党风廉政" not in text and "_upload" not in text and "新闻：" not in text
    assert all(p in text for p in ARTICLE)


def test_guard_addresses_the_article_points_to_above_its_prose_stay() -> None:
    where = [
        "配套文件：http://www.example.gov.cn/pt/2024.htm",
        "政策全文：http://www.example.gov.cn/zc/2024.htm",
        "实施细则：https://www.example.gov.cn/a/2024.pdf",
    ]
    more = "各地能源主管部门将据此制定本地区的实施方案，并于年底前报送国家能源局备案审查。"
    text = _txt("\n".join([*ARTICLE, *where, more]))
    assert "政策全文" in text and "实施细则" in text and more in text


# --- a date field under a comment link (s25 R13's neighbour: the source line stayed, the date line was cut)


def test_a_date_field_under_a_comment_link_still_dates_the_page() -> None:
    tail = [
        "[评论](https://example.com/news/1/comments)",
        "发布时间：2024-05-13 09:16",
        "张三 2024-05-14 10:00",
        "说得好",
    ]
    md = "\n\n".join(["# 可再生能源装机增长三成", *ARTICLE, *tail])
    b = ingest_bytes(md.encode(), id="t", path="t.md", suffix=".md")
    assert b.date_iso == "2024-05-13" and "说得好" not in b.text and "张三" not in b.text
