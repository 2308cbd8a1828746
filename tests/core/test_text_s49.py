"""Session 49 (12text): cleaning - a site builder's template tag inside a Markdown image's or link's destination, and
a post's closing revision note."""

from __future__ import annotations

import time

from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.markdown import markdown_to_text

PROSE = [
    "在两广要见一场雪，真不是一件容易的事情，印象中广东也就粤北的韶关、清远地区偶尔才会飘起令人羡慕的雪花。",
    "那年以后，在桂林就没再看到过雪，两年前我跑来杭州，杭州冬天下雪的概率比桂林高多了，那年冬天就很期待下雪。",
    "2014年2月18日早上，下起了不小的雪，就算上着班，也要偷懒一会跑去窗边拍天下雪，当天中午去吃午餐的路上更冷。",
]


def test_a_liquid_tag_in_an_images_destination_reads_as_the_built_page_shows_it() -> None:
    md = "\n\n".join(
        [
            PROSE[0],
            "![当年的宿舍楼]({{ site.IMG_PATH }}/the-snow-01.jpg_640)\n当年的宿舍楼（当天并没有拍）",
            '见[上一篇]({{ site.baseurl }}/2015/11/01/a.html)和[图]({{ "/assets/b.png" | relative_url }})。',
            '![]({{< ref "posts/x.md" >}})',
            PROSE[1],
        ]
    )
    text = markdown_to_text(md)
    assert "{{" not in text and "IMG_PATH" not in text and "relative_url" not in text
    assert "当年的宿舍楼（当天并没有拍）" in text
    assert "见上一篇和图。" in text
    assert PROSE[0] in text and PROSE[1] in text


def test_a_tag_outside_a_destination_and_in_code_is_left_as_written() -> None:
    md = "模板里写 `{{ page.title }}` 即可。\n\n```\n![a]({{ site.url }}/x.png)\n```\n"
    text = markdown_to_text(md)
    assert "`{{ page.title }}`" in md and "{{ page.title }}" in text
    assert "![a]({{ site.url }}/x.png)" in text


def test_a_templated_destination_reads_in_linear_time() -> None:
    hostile = ("](" + "a" * 290 + "{{" + " x" * 90 + "}" + "(") * 3000
    start = time.perf_counter()
    markdown_to_text(hostile)
    assert time.perf_counter() - start < 3.0


def test_a_closing_revision_note_goes() -> None:
    for note in (
        ["本文历史", "2015年12月08日 完成初稿"],
        ["**更新记录：**", "2015-12-08 完成初稿", "2016/01/02 补充图片"],
        ["Changelog", "- 2020.03.01 first draft"],
    ):
        out = drop_boilerplate("\n".join([*PROSE, *note]))
        assert out.split("\n") == PROSE, note


def test_a_history_that_is_the_articles_stays() -> None:
    for tail in (
        ["发展历史", "2015年12月08日 公司成立"],  # a company's own history: no revision named
        ["更新记录", "2015-12-08 完成初稿", "此后每年的报告都在这里更新，读者可以随时查看。"],  # more text under it
        ["更新记录"],  # a heading alone
        ["更新记录", "2015年 完成初稿"],  # no day
    ):
        out = drop_boilerplate("\n".join([*PROSE, *tail]))
        assert out.split("\n")[-len(tail) :] == tail, tail


def test_a_revision_note_needs_an_article_above_it() -> None:
    lines = ["更新记录", "2015-12-08 完成初稿", "2016-01-02 补充图片"]
    assert drop_boilerplate("\n".join(lines)).split("\n") == lines


def test_prose_set_in_heading_elements_is_not_a_closing_heading() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest.html import _closing_headings

    items = [
        "● 5日，中国就美国进口钢铁和铝产品232措施，正式在世贸组织起诉美国。商务部表示，中方不得不启动争端解决程序。",
        "● 4日公安部通报，2017年共361名公安民警因公牺牲，有6234人因公负伤或致残。此外，126名辅警因公牺牲。",
    ]
    markup = (
        "<body><p>" + PROSE[0] + "</p>" + "".join(f"<h1>{x}</h1>" for x in items) + "<h3>往下看更多文章</h3></body>"
    )
    root = LexborHTMLParser(markup).body
    text, tail = _closing_headings(root, "\n\n".join([PROSE[0], *items, "往下看更多文章"]), "")
    assert text.split("\n\n") == [PROSE[0], *items]  # the digest's items stay, the closing heading goes
    assert tail == "往下看更多文章"


def test_a_closing_invitation_to_the_accounts_chat_groups_goes() -> None:
    invite = [
        "知光谷光伏器件学术QQ群：641345719",
        "钙钛矿产教融合交流@知光谷（微信群）：需添加编辑微信",
        "为加强科研合作，我们为海内外科研人员专门开通了，备注：姓名-单位-研究方向，由编辑审核后邀请入群。",
    ]
    assert drop_boilerplate("\n".join([*PROSE, *invite])).split("\n") == PROSE
    glued = "专注C#、C++。擅长WPF、WinForm、QT等技术。研究ofd多年，开发了一些列产品。技术交流QQ群：565438497。"
    out = drop_boilerplate("\n".join([*PROSE, glued])).split("\n")
    assert out == [*PROSE, "专注C#、C++。擅长WPF、WinForm、QT等技术。研究ofd多年，开发了一些列产品。"]


def test_a_group_the_article_reports_on_stays() -> None:
    for tail in (
        ["警方提醒，不要轻信陌生QQ群：123456中的投资建议。"],  # a clause, not a label
        ["诈骗团伙建立的QQ群：12345678"],  # a label that is a clause of its own (的)
        ["很多人都想进群。"],  # joining, with no group's label
    ):
        assert drop_boilerplate("\n".join([*PROSE, *tail])).split("\n") == [*PROSE, *tail], tail
    # and under no article: the lines are the text
    lines = ["读者QQ群：641345719", "读者微信群：需添加编辑微信"]
    assert drop_boilerplate("\n".join(lines)).split("\n") == lines


def test_a_pages_masthead_between_its_title_and_its_headline_goes() -> None:
    from briefreader.ingest.clean import drop_blank_lines

    head = ["宁夏戈壁崛起新能源智慧化无人值守场站--中国能源新闻网", "中电传媒股份有限公司主办"]
    lines = drop_blank_lines("\n".join([*head, "宁夏戈壁崛起新能源智慧化无人值守场站", *PROSE])).split("\n")
    assert lines == [head[0], "宁夏戈壁崛起新能源智慧化无人值守场站", *PROSE]
    for kept in (
        ["宁夏戈壁崛起新能源智慧化无人值守场站", "中电传媒股份有限公司主办"],  # no site's name after the first copy
        ["宁夏戈壁崛起新能源智慧化无人值守场站_新浪财经", "本报记者 张三"],  # a byline the metadata reads
        ["宁夏戈壁崛起新能源智慧化无人值守场站_新浪财经", "中电传媒股份有限公司主办，欢迎您的来访。"],  # a sentence
    ):
        text = "\n".join([*kept, "宁夏戈壁崛起新能源智慧化无人值守场站", *PROSE])
        assert drop_blank_lines(text).split("\n") == text.split("\n"), kept
