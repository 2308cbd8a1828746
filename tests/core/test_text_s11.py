"""Session 11, article text (issue 12): unit cases written from general knowledge of how
pages and captions are set, each for a general rule found on real pages (named in the
commit that made it)."""

from __future__ import annotations

from pathlib import Path

from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.decode import decode_bytes
from briefreader.ingest.html import html_to_doc, shared_tail
from briefreader.ingest.markdown import markdown_to_text

# --- a photo credit glued to the next paragraph goes; a sentence with 摄像头 stays ----------


def test_a_glued_photo_credit_goes() -> None:
    text = "发布会现场。某某委员会供图当日上午，活动正式启动，来自各地的代表参加。"
    assert drop_boilerplate(text).startswith("当日上午")
    text = "会议现场。新华社记者 张三 摄当日的会议上，代表们审议了报告。"
    assert drop_boilerplate(text).startswith("当日的会议上")


def test_a_sentence_about_a_camera_is_no_photo_credit() -> None:
    """'…达到1199美元。这款更大的手机配备了该系列最先进的摄像头，…' lost its first sentence
    and half the second (摄 read as a credit's 'photo by'): a credit is a name, no 的/了 in
    it, and 摄 opening a word (摄像, 摄影, 摄入) is no credit's end."""
    for text in (
        "该公司将顶级机型的价格提高了9%，达到1199美元。这款更大的手机配备了最先进的摄像头，具有五倍光学变焦。",
        "学校鼓励学生培养兴趣。老师带领学生学习摄影，并参观了美术馆。",
        "专家建议控制食盐。成年人每日摄入量不宜超过五克，儿童更少。",
    ):
        assert drop_boilerplate(text) == text


# --- the class-name comment rule, audited: code and whole threads are no comment section ---

ARTICLE = [
    "国家统计局今天发布数据，前三季度国内生产总值同比增长百分之五点二。",
    "分产业看，第一产业增加值增长百分之四点一，第二产业增长百分之四点四。",
    "专家表示，经济运行持续恢复向好，高质量发展扎实推进。",
    "下一步，各地区各部门将继续加大宏观政策调控力度。",
]


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>前三季度经济运行情况_新闻</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>'
        f"{body}</body></html>"
    )


def test_a_comment_section_beside_an_article_still_goes() -> None:
    comments = "".join(
        f'<li class="comment"><span>网友{i}</span><p>这篇文章写得很好，我非常赞同作者的观点！</p></li>'
        for i in range(4)
    )
    html = _page(
        '<div class="article">' + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</div>"
        f'<div id="comments"><h3>网友评论</h3><ul>{comments}</ul></div>'
    )
    text = html_to_doc(html).text
    assert all(p in text for p in ARTICLE)
    assert "我非常赞同作者的观点" not in text


def test_a_code_blocks_comment_tokens_are_code() -> None:
    """A syntax highlighter marks a program's comment lines <span class="token comment">:
    the class-name rule took them out of the code (a tutorial's '# 设置代理' lines)."""
    code = (
        '<pre><code class="language-shell"><span class="token comment"># 设置代理</span>\n'
        "set http_proxy=http://127.0.0.1:8080\n"
        '<span class="token comment"># 测试连接</span>\n'
        "curl -v https://example.com</code></pre>"
    )
    html = _page('<div class="article">' + "".join(f"<p>{p}</p>" for p in ARTICLE[:3]) + code + "</div>")
    text = html_to_doc(html).text
    assert "# 设置代理" in text and "# 测试连接" in text


def test_a_thread_its_software_names_comments_keeps_its_opening_post() -> None:
    """Forum software that names the whole thread 'comments' (the opening post inside):
    nothing else on the page is prose, so the block is the page, not a comment section."""
    posts = [
        (
            "楼主",
            "2023-05-04 10:12",
            "请问大家，小区物业费每年上涨百分之十合理吗？业委会说是成本上升。我们应该怎么维权？",
        ),
        ("回复1", "2023-05-04 11:30", "先查看物业合同的约定。涨价需要业主大会同意，不能单方面决定。"),
        ("回复2", "2023-05-04 12:05", "可以向住建部门投诉。我们小区去年就是这样解决的，效果不错。"),
        ("回复3", "2023-05-04 15:47", "建议先和业委会沟通。沟通不成再走法律途径，保留好证据。"),
    ]
    items = "".join(
        f'<div class="post"><div class="author">{who}</div><div class="time">发表于 {when}</div><p>{text}</p></div>'
        for who, when, text in posts
    )
    doc = html_to_doc(_page(f'<div class="comments" id="thread">{items}</div>'))
    assert "小区物业费每年上涨百分之十合理吗" in doc.text


# --- a Markdown digest whose body is lines of links keeps them ---------------------------

DIGEST = """# 科技周刊第 100 期

本周值得关注的文章：

- [苹果发布新款手机，起售价下调](https://example.com/1)
- [华为推出新芯片](https://example.com/2)
- [特斯拉在华降价](https://example.com/3)

[深度：中国新能源汽车出海](https://example.com/4)

[观点：人工智能的边界](https://example.com/5)
"""


def test_a_markdown_digest_keeps_its_links() -> None:
    """A digest (a weekly list of reads) is its links: dropping every one-link paragraph as a
    page's link line left only its heading and intro."""
    text = markdown_to_text(DIGEST)
    for item in ("华为推出新芯片", "特斯拉在华降价", "深度：中国新能源汽车出海", "观点：人工智能的边界"):
        assert item in text


def test_link_lines_under_a_markdown_article_still_go() -> None:
    article = (
        "\n\n".join(ARTICLE) + "\n\n[北京新浪网](https://news.sina.com.cn/)\n\n[查看原文](https://example.com/a)\n"
    )
    text = markdown_to_text(article)
    assert all(p in text for p in ARTICLE)
    assert "北京新浪网" not in text and "查看原文" not in text


# --- related headlines set as a list inside a fragment (HTML in Markdown, a feed entry) ---


def test_a_fragments_list_of_one_link_items_is_related_headlines() -> None:
    """An archive's Markdown whose body is the page's HTML: the article's paragraphs with
    <ul><li><b><a>another story</a></b></li></ul> between them (the site's related links)."""
    related = "".join(
        f'<ul><li><b><a class="external-link" href="https://example.com/{i}.html">{h}</a></b></li></ul>'
        for i, h in enumerate(("香港政府着力清洗教育界 老师或被迫成政权喉舌", "教育局发布通告 要求各校挂国旗"))
    )
    html = "".join(f"<p>{p}</p>" for p in ARTICLE[:2]) + related + "".join(f"<p>{p}</p>" for p in ARTICLE[2:])
    text = html_to_doc(html).text
    assert all(p in text for p in ARTICLE)
    assert "老师或被迫成政权喉舌" not in text and "要求各校挂国旗" not in text


def test_a_fragment_that_is_a_list_of_links_is_kept() -> None:
    items = "".join(f'<li><a href="/n/{i}">第{i}条新闻的标题在这里</a></li>' for i in range(6))
    text = html_to_doc(f"<p>{ARTICLE[0]}</p><ul>{items}</ul>").text
    assert "第5条新闻的标题在这里" in text


def test_a_list_item_with_prose_around_its_link_stays() -> None:
    item = '<li>据<a href="/a">新华社</a>报道，全国秋粮收购进度快于去年同期。</li>'
    text = html_to_doc("".join(f"<p>{p}</p>" for p in ARTICLE) + f"<ul>{item}</ul>").text
    assert "全国秋粮收购进度快于去年同期" in text


# --- an article never ends in a heading ---------------------------------------------------


def test_a_heading_over_an_empty_list_does_not_close_the_article() -> None:
    """'<h3>往下看更多文章</h3><div id=related_article></div>' (a script fills the list): the
    heading closed the text."""
    html = _page(
        '<div class="article"><h1>前三季度经济运行情况</h1>'
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + '<div class="share"></div><h3>往下看更多文章</h3><div id="related_article"></div></div>'
    )
    doc = html_to_doc(html)
    assert doc.text.rstrip().endswith(ARTICLE[-1])
    assert "往下看更多文章" not in doc.text


def test_headings_inside_the_article_stay() -> None:
    body = f"<h2>一、总体情况</h2><p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p><h2>二、下一步</h2><p>{ARTICLE[2]}</p><p>{ARTICLE[3]}</p>"
    text = html_to_doc(_page(f'<div class="article">{body}</div>')).text
    assert "一、总体情况" in text and "二、下一步" in text and text.rstrip().endswith(ARTICLE[3])


# --- a closing 【】 note with the publisher's reprint terms ---------------------------------


def test_a_closing_rights_note_goes() -> None:
    text = (
        "希望政府能真心听下去，并落实成政策执行，台湾经济才能真正出运。"
        "【详细内容请参阅最新一期《理财周刊》第879期www.moneyweekly.com.tw。尊重智慧财产权 如需转载请注明出处来源。】"
    )
    assert drop_boilerplate(text) == "希望政府能真心听下去，并落实成政策执行，台湾经济才能真正出运。"


def test_a_closing_bracket_without_rights_stays() -> None:
    for text in (
        "会议强调要加强版权保护。【本报评论：加强知识产权保护刻不容缓】",
        "市民反映的问题已经解决。【记者 张三】",
    ):
        assert drop_boilerplate(text) == text


# --- on real pages: hidden elements and comment sections never reach the text -------------

REALWORLD = Path(__file__).resolve().parents[1] / "data" / "realworld"
# development folders only (dev and the retired splits): the held-out splits (heldout9,
# heldout10) are never read here
DEV_FOLDERS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")


def _hidden_or_comment_lines(markup: str) -> tuple[set[str], str]:
    """Lines (12+ characters) of a page's hidden elements and comment-named blocks that appear
    nowhere else on it, and the page's visible rest."""
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest import html as H

    # a page saved with a merge's conflicts is read as one version (html.one_side_of_conflicts): both together
    # leave a hidden <div> open around the article (巴士的報 s22_04)
    tree = LexborHTMLParser(H.one_side_of_conflicts(markup))
    tree.strip_tags(H.DROPPED)
    nodes = [
        n
        for n in tree.css("[style], [hidden], [aria-hidden]")
        if n.tag not in ("html", "body")
        and (
            "hidden" in n.attributes
            or (n.attributes.get("aria-hidden") or "").lower() == "true"
            or H._HIDDEN_STYLE.search(n.attributes.get("style") or "")
        )
    ]
    if 0 < len(nodes) <= H.MAX_HIDDEN_GUARD:
        # most of the page's sentences hidden: the article a script reveals (html._drop_hidden
        # shows it, s13_07's "閱讀更多" sections), not chrome; only comment blocks are checked
        ids = {n.mem_id for n in nodes}
        total = H._sentences(tree.body or tree.root)
        concealed = sum(H._sentences(n) for n in nodes if not H._below(n, ids))
        if total >= H.MIN_HIDDEN_GUARD and concealed > total * H.HIDDEN_GUARD:
            nodes = []
    for n in tree.css("[class], [id]"):
        names = f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}".lower()
        if n.tag not in ("html", "body") and H.COMMENTS.intersection(names.split()) and not H._in_code(n):
            nodes.append(n)
    lines = {"".join(x.split()) for n in nodes for x in n.text(deep=True, separator="\n").split("\n")}
    lines = {x for x in lines if len(x) >= 12}
    for n in nodes:
        n.decompose()
    rest = "".join((tree.body.text(deep=True) if tree.body else "").split())
    return {x for x in lines if x not in rest}, rest


def test_real_pages_hidden_and_comment_text_never_reaches_the_text() -> None:
    """Every development page (dev and the retired splits) with display:none / hidden /
    aria-hidden elements or reader comments: none of their lines is in the article text."""
    pages = checked = 0
    for folder in DEV_FOLDERS:
        for path in sorted((REALWORLD / folder).glob("*.htm*")):
            markup = decode_bytes(path.read_bytes()).text or ""
            lines, _ = _hidden_or_comment_lines(markup)
            if not lines:
                continue
            pages += 1
            text = "".join(html_to_doc(markup).text.split())
            leaked = [x for x in lines if x in text]
            assert not leaked, (path.name, leaked[:3])
            checked += len(lines)
    assert pages >= 40 and checked >= 200, (pages, checked)


# --- an archived article's closing pointer and the writer's follow-me call ---------------


def test_a_fragments_closing_link_line_goes() -> None:
    """An archive's copy of a page: '…<br/>翻译：纽约时报中文网<br/><a href=…>点击查看本文英文版。</a>'."""
    html = "".join(f"<p>{p}</p>" for p in ARTICLE) + (
        '<p>张三对本文有研究贡献。<br/>翻译：纽约时报中文网<br/><a href="https://example.com/en">点击查看本文英文版。</a></p>'
    )
    text = html_to_doc(html).text
    assert "翻译：纽约时报中文网" in text and "点击查看本文英文版" not in text


def test_a_follow_call_after_the_writers_note_goes() -> None:
    text = "李四是本报上海分社社长，曾任香港分社社长。欢迎在Twitter上关注他 @lisi。"
    assert drop_boilerplate(text) == "李四是本报上海分社社长，曾任香港分社社长。"
    kept = "警方呼吁市民在Twitter上关注他们发布的最新消息。"
    assert drop_boilerplate(kept) == kept


# --- a forum post set as text and <br>s in a table cell; readability took the footer ----------

FORUM_POST = [
    "建议对这个角色进行改版，现在的角色说是传奇，跟别的传奇差太远了，建议：",
    "1*技能变成可以自动恢复的，现在的传奇哪个不能恢复，唯独它不行。",
    "2*普通攻击范围增加，最起码变成散弹。",
    "3*活动的时候别的传奇武器都是无限，它为什么不是，要改。",
]


def _forum_page() -> str:
    nav = "".join(f'<li><a href="forum.php?fid={i}">版块{i}</a></li>' for i in range(12))
    post = "<br>\n".join(FORUM_POST)
    return (
        "<!DOCTYPE html><html><head><title>建议对这个角色进行改版 - 建议反馈 - 游戏论坛</title></head>"
        f'<body id="nv_forum" class="pg_viewthread"><div id="hd"><ul>{nav}</ul></div>'
        '<div id="wp" class="wp"><div id="ct" class="wp cl"><div id="postlist" class="pl bm">'
        '<div id="post_1"><table id="pid1" class="plhin"><tr><td class="pls"><div class="authi">玩家甲</div>'
        '<dl class="pil cl"><dt>积分</dt><dd><a href="home.php?uid=1">5</a></dd></dl></td>'
        '<td class="plc"><div class="pi"><strong><a href="forum.php?tid=1">楼主</a></strong>'
        '<div class="authi"><em>发表于 2024-4-5 23:20:45</em> | <a href="#">只看该作者</a></div></div>'
        f'<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">{post}</td></tr></table>'
        "</div></div></div></td></tr></table></div></div></div></div>"
        '<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="/about">关于我们</a><span class="pipe">|</span>'
        '<a href="/contact">联系我们</a><span class="pipe">|</span><a href="/help">帮助中心</a></p></div>'
        '<div id="frt"><p>某某科技有限公司 版权所有 | 不良信息举报电话：021-34144567 | 全国文化市场统一举报电话：12318</p>'
        "<p>沪网文 [2019] 0896-066 沪ICP证 B2-20040070</p><p>Copyright © 2024 Example Corporation, Licensed to Example Co.</p>"
        "</div></div></body></html>"
    )


def test_a_forum_post_in_a_table_cell_beats_a_footer_with_no_sentence() -> None:
    """Discuz!-style thread: the opening post is 3 sentences set with <br> in a <td>, and
    readability settled on the footer (rights and licence lines, no sentence). When what it
    kept holds no sentence, the block whose own text holds most of the page's sentences wins,
    2 sentences being enough (BLOCK_MIN's 5 is for overruling an article readability found)."""
    text = html_to_doc(_forum_page()).text
    assert all(line in text for line in FORUM_POST)
    assert "版权所有" not in text and "ICP" not in text


# --- review s11 F3/F4: two entries of one story keep their text; a notice's attachments stay -


def test_two_feed_entries_of_one_story_keep_their_shared_text() -> None:
    """The 'footer every entry repeats' cut took the shared article of an update and its
    original (80% of each). With two entries a footer is a small share of each; three or more
    entries repeating an end are the software's footer whatever its share."""
    body = (
        "<p>国家统计局新闻发言人表示，前三季度国内生产总值同比增长百分之五点二，就业形势总体稳定。</p>"
        "<p>发言人还指出，下阶段将继续加大宏观政策调节力度，巩固经济回升向好态势。</p>"
    )
    first = "<p>国务院新闻办公室今天举行发布会，介绍前三季度经济运行情况。</p>"
    update = "<p>【更新】发布会实录已补充完整，以下为更正后的全文。</p>"
    assert shared_tail([first + body, update + body]) == 0
    footer = "<p>本站官方App：在各大应用商店搜索本站名称下载；官方网站：https://example.com</p>"
    entries = [f"<p>第{i}条消息的正文，简短。</p>" + footer for i in range(3)]
    cut = shared_tail(entries)
    assert cut >= len(footer) and "第0条消息的正文" in entries[0][: len(entries[0]) - cut]


def test_a_markdown_notices_attachments_stay() -> None:
    md = (
        "# 关于开展2024年度专项检查的通知\n\n各有关单位：根据工作安排，现将有关事项通知如下，请认真组织实施。\n\n"
        "相关文件：\n\n[2024年度专项检查实施方案](https://example.gov.cn/a.pdf)\n\n"
        "[专项检查自查表](https://example.gov.cn/b.docx)\n\n特此通知。\n"
    )
    text = markdown_to_text(md)
    assert "2024年度专项检查实施方案" in text and "专项检查自查表" in text
    related = "\n\n".join(ARTICLE) + "\n\n相关阅读：\n\n[另一篇报道的标题](https://example.com/b)\n"
    assert "另一篇报道的标题" not in markdown_to_text(related)
