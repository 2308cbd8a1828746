"""Session 18 (12-text): chrome found by the tester in session 17 and dev leaks, each by its general cause.

Every page here is written from the structure of real pages (not from the corpus gold): an article of
several sentences with the chrome around or inside it."""

from __future__ import annotations

import time

from briefreader.hanzi import to_traditional
from briefreader.ingest import ingest_entries
from briefreader.ingest.html import html_to_doc

LEAD = "国家统计局今天发布数据显示，前三季度全国规模以上工业增加值同比增长百分之五点二，比上半年加快零点三个百分点。"
BODY = [
    LEAD,
    "分行业看，制造业增加值增长百分之五点八，电力、热力、燃气及水生产和供应业增长百分之四点一，采矿业有所回落。",
    "国家统计局新闻发言人表示，下阶段要加大宏观政策调节力度，着力扩大国内需求，推动经济持续回升向好。",
    "专家认为，随着一系列稳增长政策落地见效，四季度工业生产有望保持平稳增长态势，全年目标可以完成。",
]


def _text(data: str, suffix: str) -> str:
    return ingest_entries(data.encode("utf-8"), id="t", suffix=suffix)[0].text


def _page(inner: str, head: str = "") -> str:
    return (
        f"<html><head><title>工业增加值增长 - 某某网</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/biz'>财经</a></div>"
        f"<div class='content'><h1>工业增加值增长</h1>{inner}</div>"
        "<div class='footer'>版权所有 某某网</div></body></html>"
    )


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


# --- tester s17 X16: a site's most-read list under the article ------------------------------------------------
HOT = ["台积电扩产计划曝光 市场看好明年营收", "台风来袭 北部山区豪雨特报发布", "油价下周预估调涨 汽油每公升涨0.3元"]


def test_a_hot_list_heading_and_its_headlines_under_a_text_file_go():
    text = _text("工业增加值增长\n\n" + "\n\n".join(BODY) + "\n\n热门文章\n" + "\n".join(HOT) + "\n", ".txt")
    assert BODY[-1] in text
    assert "热门文章" not in text and "汽油每公升" not in text


def test_a_traditional_pages_hot_news_list_inside_the_article_element_goes():
    hot = "".join(f"<li>{to_traditional(h)}</li>" for h in HOT)
    page = _page(_ps([to_traditional(p) for p in BODY]) + f"<h3>熱門新聞</h3><ul>{hot}</ul>")
    text = _text(page, ".html")
    assert "全年目标可以完成" in text
    assert "热门新闻" not in text and "北部山区" not in text


def test_a_hot_word_inside_a_sentence_stays():
    para = "这篇文章成了本周的热门文章，阅读量超过十万次，许多读者留言讨论工业增长的前景与隐忧。"
    text = _text("工业增加值增长\n\n" + "\n\n".join([*BODY, para]) + "\n", ".txt")
    assert para in text


# --- tester s17 X14: reader comments pasted into a text file after the article ---------------------------------
def test_reader_comments_under_their_heading_in_a_text_file_go():
    comments = "网友评论：\n张三：说得好！\n李四 2025-01-02 12:00\n太棒了，支持\n王五：楼上说得对\n"
    text = _text("工业增加值增长\n\n" + "\n\n".join(BODY) + "\n\n" + comments, ".txt")
    assert BODY[-1] in text
    assert "网友评论" not in text and "楼上说得对" not in text and "说得好" not in text


def test_a_subheading_over_reported_reactions_stays():
    reactions = [
        "网友评论",
        "消息发布后，不少网友在社交媒体上发表看法，认为工业生产回升说明稳增长政策正在见效。",
        "也有网友指出，部分行业仍面临订单不足的问题，企业经营压力依然较大，需要进一步支持。",
    ]
    text = _text("工业增加值增长\n\n" + "\n\n".join([*BODY, *reactions]) + "\n", ".txt")
    assert "网友评论" in text and reactions[2] in text


def test_an_accounts_closing_prompt_to_discuss_goes():
    tail = "每人互动\n你怎么看工业生产的回升？\n文章为某某人物原创\n侵权必究\n"
    text = _text("工业增加值增长\n\n" + "\n\n".join(BODY) + "\n\n" + tail, ".txt")
    assert BODY[-1] in text
    assert "互动" not in text and "你怎么看" not in text and "侵权必究" not in text


# --- reprint notices (dev-retired11 s14_18, s14_30) -------------------------------------------------------------
def test_a_reprint_licence_line_above_the_article_goes():
    text = _text("# 工业增加值增长\n\n某某网获授权转载。\n\n" + "\n\n".join(BODY) + "\n", ".md")
    assert "获授权转载" not in text and BODY[0] in text


def test_an_attributions_markdown_link_that_lost_its_bracket_leaves_its_address():
    line = "原文来自「某某新闻」：~~[工业增加值增长](https://mp.weixin.qq.com/s/abcDEF123~~"
    text = _text("# 工业增加值增长\n\n" + line + "\n\n" + "\n\n".join(BODY) + "\n", ".md")
    assert "mp.weixin.qq.com" not in text and BODY[0] in text


# --- tester s17 X23: blocks hidden by the page's style sheet ----------------------------------------------------
AD = "其中东部地区增长百分之六点一，中部地区增长999亿元"  # lines the article keeps when they are shown
AD2 = "西部地区增长百分之四点九，东北地区的高技术制造业增长88%"


def test_a_block_the_style_sheet_hides_gives_no_text():
    sheet = "<style>.x{display:none} p.y , .z { visibility : hidden }</style>"
    inner = _ps(BODY[:2]) + f"<div class='x'><p>{AD}</p></div><p class='y'>{AD2}</p>" + _ps(BODY[2:])
    text = _text(_page(inner, sheet), ".html")
    assert BODY[-1] in text and BODY[0] in text
    assert "999" not in text and "88%" not in text


def test_a_sheet_rule_for_print_or_a_small_screen_hides_nothing_on_the_page():
    sheet = "<style>@media print { .x { display: none } } @media (max-width: 600px) { .w { display: none } }</style>"
    inner = _ps(BODY[:2]) + f"<div class='x'><p>{AD}</p></div><div class='w'><p>{AD2}</p></div>"
    text = _text(_page(inner + _ps(BODY[2:]), sheet), ".html")
    assert "999" in text and "88%" in text


def test_an_element_a_later_rule_or_its_own_style_shows_stays():
    sheet = "<style>.tab{display:none} .tab.on{display:block} #lower{display:none}</style>"
    inner = (
        _ps(BODY[:2])
        + f"<div class='tab on'><p>{AD}</p></div><div id='lower' style='display: block'><p>{AD2}</p></div>"
    )
    text = _text(_page(inner + _ps(BODY[2:]), sheet), ".html")
    assert "999" in text and "88%" in text


def test_a_hidden_block_of_several_sentences_is_the_articles_fold_and_stays():
    sheet = "<style>#lower{display:none;}</style>"
    inner = _ps(BODY[:1]) + f"<div id='lower'>{_ps(BODY[1:])}</div>"
    text = _text(_page(inner, sheet), ".html")
    assert BODY[-1] in text


def test_a_hostile_style_sheet_is_read_in_bounded_time():
    sheet = "<style>" + "/*" * 100_000 + "{" * 100_000 + ".a" * 50_000 + "{display:none}</style>"
    start = time.perf_counter()
    text = _text(_page(_ps(BODY), sheet), ".html")
    assert time.perf_counter() - start < 5
    assert BODY[-1] in text


# --- tester s17: a data table read one cell a line --------------------------------------------------------------
def test_a_data_tables_row_is_one_line_its_cells_apart():
    rows = "".join(
        f"<tr><td><p>{c}</p></td><td>{i}.5%</td><td>{i * 100}亿元</td></tr>" for i, c in enumerate(["北京", "上海"], 3)
    )
    table = f"<table><tr><th>地区</th><th>增长</th><th>金额</th></tr>{rows}</table>"
    text = html_to_doc("<div>" + _ps(BODY[:2]) + table + _ps(BODY[2:]) + "</div>").text
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    assert "地区 | 增长 | 金额" in lines
    assert "北京 | 3.5% | 300亿元" in lines and "上海 | 4.5% | 400亿元" in lines


def test_a_layout_tables_cell_with_the_article_keeps_its_paragraphs():
    page = "<table><tr><td><a href='/'>首页</a></td><td>" + "<br>".join(BODY) + "</td></tr></table>"
    lines = [line.strip() for line in html_to_doc(page).text.split("\n") if line.strip()]
    assert BODY[0] in lines and BODY[-1] in lines


def test_a_huge_table_is_read_in_bounded_time():
    rows = "<tr><td>北京</td><td>3.5%</td></tr>" * 10_000
    start = time.perf_counter()
    text = html_to_doc(f"<table>{rows}</table>").text
    assert time.perf_counter() - start < 10
    assert text.count("北京 | 3.5%") == 10_000


# --- a Markdown mirror's wrapper (12-corpus s18 dev misses: s18_01-06, s18_44) ---------------------------------
MIRROR_TOP = "#### [首页](https://example.org/README.md) &nbsp;|&nbsp; [翻墙教程](https://example.org/wiki) | [某某安卓版](https://example.org/app)"
MIRROR_END = (
    "<hr/>\n手机上长按并复制下列链接或二维码分享本文章：<br/>\nhttps://example.org/pages/p1/904089.md <br/>\n"
    "原文地址（需翻墙访问）：https://www.example.com/news/2019/08/18/904089.html\n\n\n------------------------\n"
    "#### [首页](https://example.org/README.md) | [《某某书》](https://example.org/book.md) | [一键软件](https://example.org/x)\n"
)


def test_a_markdown_mirrors_link_bars_share_call_and_own_address_go():
    md = (
        "### 工业增加值增长\n------------------------\n\n"
        + MIRROR_TOP
        + "\n\n"
        + "\n\n".join(BODY)
        + "\n\n"
        + MIRROR_END
    )
    text = _text(md, ".md")
    assert BODY[0] in text and BODY[-1] in text
    for chrome in ("翻墙教程", "某某安卓版", "某某书", "一键软件", "分享本文章", "example.org", "原文地址"):
        assert chrome not in text, chrome


def test_a_markdown_headline_that_is_one_link_stays_and_a_link_in_a_sentence_too():
    md = (
        "# [工业增加值增长](https://example.com/a.html)\n\n"
        + "\n\n".join(BODY)
        + "\n\n详情见[国家统计局](https://stats.gov.cn)和[新华网](https://xinhuanet.com)的报道。\n"
    )
    text = ingest_entries(md.encode("utf-8"), id="t", suffix=".md")[0]
    assert text.title == "工业增加值增长"
    assert "详情见国家统计局和新华网的报道。" in text.text


def test_an_address_under_its_label_at_the_end_stays():
    text = _text(
        "工业增加值增长\n\n"
        + "\n\n".join(BODY)
        + "\n\n详情见：\nhttps://www.stats.gov.cn/sj/zxfb/202510/t20251020.html\n",
        ".txt",
    )
    assert "https://www.stats.gov.cn/sj/zxfb/202510/t20251020.html" in text


# --- a feed's entries' common end: one reading (shared_tail and repeated_sign_offs were two at the call site) ----
def test_feed_tails_cuts_a_shared_footer_else_a_repeated_sign_off_and_keeps_an_entry_of_its_own():
    from briefreader.ingest.html import feed_tails

    footer = "<p>本网站所有内容均受版权保护，未经授权不得转载、摘编或以其他方式使用，违者必究。</p>"
    bodies = [f"<p>{s}</p>{footer}" for s in BODY[:3]]
    ends = feed_tails(bodies)
    assert [bodies[i][: ends[i]].endswith(BODY[i]) for i in range(3)] == [True] * 3
    assert feed_tails([*bodies, ""])[-1] == 0  # an empty entry keeps its (empty) text
    sign_off = "更多科技、生活资讯，请留意某某科技网站。"
    signed = [f"<p>{s}{sign_off}</p>" for s in BODY[:3]] + [f"<p>{BODY[3]}</p>"]
    ends = feed_tails(signed)
    assert [signed[i][: ends[i]].endswith(BODY[i]) for i in range(3)] == [True] * 3
    assert ends[3] == len(signed[3])
