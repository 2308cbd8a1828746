"""Link lines inside an article's container, and a description that opens with a credit
(issue 12, session 8). Readability scores blocks, not lines: a related list, promoted
products, "参与互动" or a tag list in the article's own element stayed in the text (dev-retired3
89_chinatimes, 90_ettoday; dev 44_chinanews, 58 pagination, 40_163 "举报"). A line that is
a link and ends no sentence is chrome; a link inside a sentence is the article's."""

from __future__ import annotations

from briefreader.ingest.html import _drop_link_lines, _paragraphs, html_to_doc

PROSE = [
    "国家卫生健康委17日表示，近阶段相关部门持续依托短缺药品供应保障工作会商联动机制，加强监测预警和分类应对。",
    "国家药监局持续采集短缺药品生产供应及停产报告信息，积极推动相关原料药复产和制剂生产，保障临床用药需求。",
    "据<a href='https://www.xinhuanet.com/'>新华网</a>报道，多地已建立短缺药品储备，并对重点品种实行清单管理，确保供应平稳。",
    "专家表示，短缺药品保供稳价是一项长期工作，需要生产、流通、使用各环节协同发力，形成工作合力，久久为功。",
]
RELATED = [
    "习近平：牢牢把握新疆在国家全局中的战略定位",
    "《金融》富达：陆市虽临硬战 长线审慎乐观",
    "卫星影像看变局中的世界",
]


def page(article: str, description: str = "") -> str:
    nav = "".join(f'<li><a href="/c{i}">频道{i}</a></li>' for i in range(12))
    meta = f'<meta property="og:description" content="{description}">' if description else ""
    return (
        f"<!doctype html><html><head><title>短缺药品保供稳价_新华网</title>{meta}</head><body>"
        f"<div class=top><ul>{nav}</ul></div><div class=article>{article}</div>"
        f"<div class=foot>新华网版权所有</div></body></html>"
    )


def body() -> str:
    return "".join(f"<p>{p}</p>" for p in PROSE)


def test_promoted_headlines_and_tags_in_the_article_element_are_dropped() -> None:
    promoted = "".join(f'<div class="promote"><a href="/n{i}.html">{t}</a></div>' for i, t in enumerate(RELATED))
    tags = '<div class=tags><span>#</span><a href="/s/1">药品</a> <span>#</span><a href="/s/2">卫健委</a></div>'
    text = html_to_doc(page(body() + promoted + tags)).text
    assert all(t not in text for t in RELATED) and "#药品" not in text.replace(" ", "")
    assert "据新华网报道，多地已建立短缺药品储备" in text  # a link inside a sentence stays
    assert PROSE[-1] in text


def test_a_heading_over_a_list_of_links_goes_with_it() -> None:
    related = (
        "<p><strong>延伸閱讀</strong><br>"
        + "<br>".join(f'▸ <a href="/r{i}">{t}</a>' for i, t in enumerate(RELATED))
        + "</p>"
    )
    text = html_to_doc(page(body() + related)).text
    assert "延伸閱讀" not in text and not any(t in text for t in RELATED)
    assert PROSE[0] in text and PROSE[-1] in text


def test_a_short_line_over_a_single_link_stays() -> None:
    """'(作者：方敏 北京大学经济学院教授)' above one channel link is the article's credit."""
    credit = "<p>(作者：方敏 北京大学经济学院教授)</p><p><a href='/theory'>更多精彩内容请进入理论频道</a></p>"
    text = html_to_doc(page(body() + credit)).text
    assert "作者：方敏" in text and "更多精彩内容" not in text


def test_a_linked_headline_that_asks_a_question_is_still_a_link_line() -> None:
    lines = [PROSE[0], "", "\ue010公众反腐愿通过何渠道？\ue011", "\ue010能否计件反腐?\ue011"]
    assert _drop_link_lines(lines) == [PROSE[0]]


def test_a_page_that_is_a_list_of_links_is_kept_whole() -> None:
    lines = [f"\ue010第{i}号通知：关于做好有关工作的通知\ue011" for i in range(6)] + ["共6条"]
    assert len(_drop_link_lines(lines)) == 7


def test_a_paragraph_that_is_a_linked_sentence_stays() -> None:
    long = (
        "\ue010"
        + "国务院办公厅印发关于进一步优化营商环境、降低市场主体制度性交易成本的意见，提出五方面措施。"
        + "\ue011"
    )
    assert _drop_link_lines([PROSE[0], long]) == [PROSE[0], long.strip("\ue010\ue011")]


def test_link_marks_in_the_page_itself_are_not_taken_for_links() -> None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser("<div><p>\ue010这是正文\ue011，不是链接。</p></div>")
    assert _paragraphs(tree.body, links=True).strip() == "这是正文，不是链接。"


def test_a_description_opening_with_a_credit_finds_the_article_not_the_page_listing_itself() -> None:
    """udn (dev-retired3 93): og:description is "【編譯…／綜合報導】日本福島…訪..." while the body
    opens at 日本; the page's related list carries its own teaser with the description's
    cut-off copy. The teaser was taken for the article: the whole body was lost."""
    lead = (
        "日本福島第一核電廠廿四日開始向太平洋排放核汙水，引發中國大陸強烈反彈，原定廿八至卅日訪陸的日本公明黨黨魁延期。"
    )
    rest = "".join(f"<p>{p}</p>" for p in PROSE)
    desc = "【編譯茅毅、記者謝守真／綜合報導】" + lead[:40] + "..."
    share = "".join(
        f"<div><span>{w}</span></div>" for w in ["分享", "Facebook", "Line", "收藏", "字級", "小", "中", "大"]
    )
    teaser = share + (
        "<div class=related><div class=item><h3><a href='/7398504'>核汙水排入海 中日緊張升溫</a></h3>"
        f"<p>{desc}</p></div></div>"
    )
    text = html_to_doc(page(f"<p>{lead}</p>{rest}" + teaser, description=desc)).text
    assert lead in text and PROSE[-1] in text


def test_a_linked_value_under_its_label_is_a_field_not_chrome() -> None:
    lines = [PROSE[0], "", "2024-05-06 来源：", "", "\ue010上观新闻\ue011", "", PROSE[1]]
    assert "上观新闻" in _drop_link_lines(lines)


def test_a_labelled_link_on_its_line_is_a_field() -> None:
    """A conference programme's contact line: "电子邮件：" then a mailto link."""
    lines = [PROSE[0], "", "电子邮件：\ue010shenqy@nankai.edu.cn\ue011", "", PROSE[1]]
    assert "电子邮件：shenqy@nankai.edu.cn" in _drop_link_lines(lines)


def test_a_label_that_points_to_another_article_is_no_field() -> None:
    lines = [
        PROSE[0],
        "",
        PROSE[1],
        "",
        "下一篇：\ue010国务院常务会议部署稳就业举措\ue011",
        "",
        "相关阅读：",
        "\ue010多地出台措施\ue011",
    ]
    kept = _drop_link_lines(lines)
    assert "国务院常务会议" not in " ".join(kept) and "多地出台措施" not in " ".join(kept)
