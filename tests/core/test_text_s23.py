"""Session 23 (12-text): a feed's preface most entries open with, a table-layout page's chrome, the next story a page
loads under its own, and the bounds on hostile pages. Pages and feeds written from the structure of the real ones."""

from __future__ import annotations

from briefreader.ingest import html as html_mod

PREFACE = (
    "<p>【编者按】本栏目每日精选国内外政策动态与产业资讯，内容来源于公开报道，由本平台编辑整理，仅供读者参考，"
    "不构成任何投资建议。转载请注明出处，并保留本段说明。欢迎各位读者通过后台留言提出意见和建议。</p>"
)
RELATED = (
    "<p>相关阅读：</p><p><a href='/1'>国务院常务会议部署稳就业</a></p>"
    "<p><a href='/2'>工信部发布新规</a></p><p><a href='/3'>央行宣布降准</a></p>"
)


def test_a_preface_most_entries_open_with_is_skipped_for_the_story_mark() -> None:
    """Six of seven entries open with the account's preface (longer than the opening that marks a story), one was
    posted without it: each still tells its own story past the preface, so the related-reading block all seven end
    with is the feed's (with one story of six and one of one, no line was held by three stories)."""
    bodies = [
        (PREFACE * 3 if i else "")
        + f"<p>第{i}篇正文：这是本篇自己的报道内容，讲述第{i}件事情的来龙去脉。</p>" * 3
        + RELATED
        for i in range(7)
    ]
    cuts = html_mod.repeated_lines(bodies)
    assert all(body[cut:].startswith("<p>相关阅读") for body, cut in zip(bodies, cuts, strict=True))


def test_guard_copies_of_one_story_that_most_entries_are_stay_one_story() -> None:
    """Three of five entries are one wire story word for word (past the longest opening most entries share there is
    nothing left to tell them apart): its closing paragraph is the story's, never the feed's furniture."""
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "国务院常务会议今天召开，研究部署进一步扩大内需的政策措施。会议指出，要把恢复和扩大消费摆在优先位置。",
            "会议强调，要加快推进重大项目建设，发挥政府投资的带动作用，今年安排中央预算内投资7000亿元。",
        )
    )
    others = [f"<p>这是第{i}条其他新闻的正文内容，讲述了另外一件事情的经过和结果。</p>" for i in range(2)]
    bodies = [story, story, story, *others]
    assert html_mod.repeated_lines(bodies) == [len(b) for b in bodies]


# a table-era page saved without <html> and <body> (tester s22 T21's 2001 site, written again with another layout):
# the site's name and a search form in the top row, a menu of links in the left cell, the article in the right
TABLE_PARAS = [
    "本市今年共完成植树造林三万亩，比去年增加两成。各区县按照统一规划，在河道两岸和道路两侧集中连片种植。",
    "林业部门介绍，新植树木的成活率达到百分之九十以上。明年春季还将对缺株地块进行补植，确保绿化效果。",
    "下一步，全市将继续推进生态廊道建设，力争三年内实现主要河道两岸绿化全覆盖。",
]


def table_page(form: str = "<form action='/search'><input name='q'><input type='submit' value='搜索'></form>") -> str:
    menu = "".join(
        f"<tr><td><a href='/c{i}'>{name}</a></td></tr>"
        for i, name in enumerate("本站首页 政务公开 办事指南 通知公告 图片新闻 联系我们".split())
    )
    body = "<br><br>".join(TABLE_PARAS)
    return (
        f"<table width='100%'><tr><td><img src='logo.gif'></td><td>绿化网 www.lvhua.example</td><td>{form}</td></tr></table>"
        f"<table width='100%'><tr><td width='20%' valign='top'><table>{menu}</table></td>"
        f"<td width='80%' valign='top'><p align='center'><b>我市植树造林三万亩</b></p><p>{body}</p></td></tr></table>"
        "<table><tr><td>版权所有 绿化网</td></tr></table>"
    )


def test_a_table_layout_page_without_html_tags_is_read_as_a_page() -> None:
    """Most of its sentences in one cell, a menu's links in the others and a form: the article is the cell's, not the
    whole page with its menu one item a line."""
    from briefreader.ingest import ingest_bytes

    text = ingest_bytes(table_page().encode("gb18030"), id="t.html", suffix=".html").text
    assert all(p in text for p in TABLE_PARAS)
    assert "政务公开" not in text and "办事指南" not in text and "www.lvhua.example" not in text


def test_guard_a_snippet_in_a_table_without_a_pages_machinery_is_kept_whole() -> None:
    """The same cells with no form or script (a feed entry, a pasted snippet: a reader strips both) are the writer's
    own table: nothing of it goes."""
    from briefreader.ingest import ingest_bytes

    text = ingest_bytes(table_page(form="").encode("gb18030"), id="t.html", suffix=".html").text
    assert all(p in text for p in TABLE_PARAS) and "政务公开" in text


# --- the next story a page loads under its own, in a copy of its body's container (巴士的報 s22_04, 大公文匯 s22_03)
OWN = [
    "教育局发言人星期五表示，将向大埔区学校提供特别事故支援津贴。学校可以灵活运用津贴。各校将尽快安排。",
    "教育局将为教师及家长举办五场网上讲座。讲者包括精神科医生、心理学家和社工。详情请浏览网页。",
]
NEXT = [
    "房委会宣布即时放宽按揭贷款保证契据内有关还款期的规定。业主可延期还款。有关安排即时生效。",
    "宏福苑属居屋项目，早于1983年入伙。屋苑设有8座住宅大厦。容纳超过4000名居民。",
]


def _column(between: str, heading: str = "<h2 class='title'>教育局向大埔区学校发放津贴</h2>") -> str:
    own = "".join(f"<p>{p}</p>" for p in OWN)
    nxt = "".join(f"<p>{p}</p>" for p in NEXT)
    return (
        f"<html><body><div class='main'>{heading}<div class='article-body'>{own}</div>"
        f"<div class='share'>分享</div>{between}<div class='article-body'>{nxt}</div></div></body></html>"
    )


HEADLINE = ["教育局向大埔区学校发放津贴"]  # the page's <title>


def _one(markup: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(markup).body
    assert root is not None
    return html_mod._one_article(root, "\n".join(OWN + NEXT), HEADLINE, "https://news.example/article/1/")


def test_the_next_story_under_a_linked_headline_is_no_part_of_the_article() -> None:
    """A copy of the body's <div> under a headline that links to another page, while the page's own does not."""
    text = _one(
        _column("<h3>往下看更多文章</h3><a href='/article/2'><h3 class='more'>房委会放宽宏福苑按揭贷款规定</h3></a>")
    )
    assert all(p in text for p in OWN) and not any(p in text for p in NEXT)


def test_the_next_story_under_a_headline_of_the_pages_own_template_is_no_part_of_the_article() -> None:
    """大公文匯: the next story's <h1> has the very tag and class of the page's own, and is no line of the text."""
    text = _one(
        _column(
            "<h2 class='title'>房委会放宽宏福苑按揭贷款规定 业主可延期还款</h2>",
            heading="<h2 class='title'>教育局向大埔区学校发放津贴</h2>",
        )
    )
    assert all(p in text for p in OWN) and not any(p in text for p in NEXT)


def test_guard_a_digest_whose_items_all_link_keeps_every_item() -> None:
    """A digest links every item's headline, the first's too: its items are the page's text."""
    markup = _column(
        "<h3><a href='/2'>房委会放宽宏福苑按揭贷款规定</a></h3>",
        heading="<h3><a href='/1'>教育局向大埔区学校发放津贴</a></h3>",
    )
    text = _one(markup)
    assert all(p in text for p in OWN + NEXT)


def test_guard_a_documents_own_headings_between_its_sections_keep_every_section() -> None:
    """Sections of one document in copies of one <div>, each under a heading of the same template that is a line of
    the text (its chapters): nothing goes."""
    from selectolax.lexbor import LexborHTMLParser

    markup = _column(
        "<h2 class='title'>第二章 能源规划的编制和实施</h2>", heading="<h2 class='title'>第一章 能源工作的总则</h2>"
    )
    root = LexborHTMLParser(markup).body
    assert root is not None
    lines = ["第一章 能源工作的总则", *OWN, "第二章 能源规划的编制和实施", *NEXT]
    text = html_mod._one_article(root, "\n".join(lines), ["第一章能源工作的总则"])
    assert all(p in text for p in OWN + NEXT)


# --- Markdown attribute lists (tester s23 T7: Wiki.js's '# Tabs {.tabset}', '{.is-warning}')


def test_an_attribute_list_is_no_text_but_braces_in_prose_and_code_stay() -> None:
    from briefreader.ingest.markdown import markdown_to_text

    md = (
        "# 台积电缺电 {.tabset}\n\n> 以下文本为音频转录结果。\n{.is-warning}\n\n图片 ![图](a.png){width=50%}\n\n"
        "集合记作 {a, b}，正文照常。\n\n```css\n.box {.x}\n```\n"
    )
    text = markdown_to_text(md)
    assert "{.tabset}" not in text and "{.is-warning}" not in text and "{width=50%}" not in text
    assert "台积电缺电" in text and "{a, b}" in text and ".box {.x}" in text
