"""Session 22 (12-text): an article lost to what readability settled on, found on the retired corpus (風傳媒's page
gave an empty body; NFRA's penalty disclosures gave the site's mission statement or its copyright notice).

Readability's choice is set here (its ``summary`` replaced) to the block it took on the real pages, so that each test
checks what briefreader does with a wrong choice, whatever readability would make of these small pages. The pages
are written from the structure of the real ones, not from the corpus gold."""

from __future__ import annotations

import pytest
import readability

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_entries

STORM_PARAS = [
    "受油价继续下跌拖累，纽约股市三大指数12日下跌，本周三大指数全部收跌。道琼和标普本周分别下跌3.8%和3.5%。",
    "国际油价12日继续刷新五年低点。2015年1月交货的纽约轻质原油期货价格下挫4.15%，收于每桶57.46美元。",
    "对原油供过于求的担忧使油价近期连续走低。国际能源署12日下调了2015年全球原油日均需求的增长预期。",
    "截至当天收盘，道琼工业平均指数跌315.51点，收于17280.83点，跌幅1.79%。纳斯达克综合指数跌54.56点。",
]
STORM_HEADER = (
    "<div><h3>油价跌跌不休 重挫欧美股市</h3><div>产生缩网址</div>"
    "<div><a href='/a'>编译中心</a> 2014年12月13日 09:33 237 点击数 分享到脸书 列印本页</div></div>"
)


def storm_page() -> str:
    """Each paragraph in a <div> of its own (no <p>), under the headline's row."""
    body = "".join(f"<div><span>{p}</span></div><div> </div>" for p in STORM_PARAS)
    return (
        "<!doctype html><html><head><title>风传媒　一个有国际观、专注揭弊的新媒体！</title></head><body>"
        "<div class='menu'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/intl'>国际</a></div>"
        "<div class='main'><h3 class='title'>油价跌跌不休 重挫欧美股市</h3>"
        "<div id='btnShort'><div>产生缩网址</div></div>"
        "<div class='info'><a href='/author/1'>编译中心</a> 2014年12月13日 09:33 237 点击数</div>"
        "<ul class='share'><li><a href='#'>Tweet</a></li><li><a href='#'>列印</a></li></ul>"
        f"<div class='mixRelatedNewsBlk'><div class='newsDescBlk'>{body}</div></div></div>"
        "<div class='foot'><a href='/about'>关于我们</a> <a href='/contact'>联系我们</a></div></body></html>"
    )


MISSION = (
    "<div><p>一、依法对除证券业之外的金融业实行统一监督管理，强化机构监管、行为监管、功能监管，维护金融业合法、稳健运行。</p>"
    "<p>二、对金融业改革开放和监管有效性相关问题开展系统性研究，参与拟订金融业改革发展战略规划。</p></div>"
)
NOTICE = (
    "<div><div>版权与免责声明</div>"
    "<div>1.凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于本网站所有。其他媒体、网站或个人转载使用时必须注明来源。</div>"
    "<div>2.凡本站注明“文章类型：转载”的所有作品，均转载自其他媒体，目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。</div>"
    "</div>"
)
ROWS = [
    ("序号", "当事人名称", "行政处罚决定书文号", "主要违法违规行为", "行政处罚内容", "作出决定机关"),
    (
        "1",
        "中国太平洋财产保险股份有限公司温州分公司",
        "浙金罚决字〔2024〕52号",
        "给予投保人保险合同约定以外的其他利益",
        "罚款56万元",
        "浙江金融监管局",
    ),
    ("2", "陈首伟（时任温州分公司副总经理）", "", "", "警告并罚款14万元", ""),
]


def table_page() -> str:
    """A disclosure set as a table under its headline (a <div>; the <title> is the site's name, the headline is in a
    meta field with its number), the site's mission statement in a menu panel above, a copyright notice below."""
    table = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in ROWS)
    return (
        "<!doctype html><html><head><title>国家金融监督管理总局</title>"
        "<meta name='ArticleTitle' content='浙江监管局行政处罚信息公开表（浙金罚决字〔2024〕52号）'></head><body>"
        f"<div class='nav'><div class='logo'>国家金融监督管理总局</div><a href='/'>首页</a> <a href='/jg'>机构概况</a>{MISSION}</div>"
        "<div class='detail'><div class='wenzhang-title'>浙江监管局行政处罚信息公开表</div>"
        "<div class='docno'>浙金罚决字〔2024〕52号</div>"
        f"<div class='wenzhang-content'><div class='WordSection1'><table>{table}</table></div></div>"
        f"<div>附件信息:</div></div>{NOTICE}"
        "<div class='foot'><a href='/about'>网站地图</a> <a href='/c'>联系我们</a></div></body></html>"
    )


def _text_with(monkeypatch, markup: str, chosen: str) -> str:
    monkeypatch.setattr(readability.Document, "summary", lambda self, html_partial=False: chosen)
    return to_simplified(ingest_entries(markup.encode("utf-8"), id="t", suffix=".html")[0].text)


def test_paragraphs_each_in_a_div_are_found_when_readability_takes_the_headline_row(monkeypatch):
    # 風傳媒 s18_28: readability took the headline, "產生縮網址" and the byline; the body gave no <p> and no
    # block holding most sentences; the innermost element that holds most of the page's sentences is the article
    text = _text_with(monkeypatch, storm_page(), STORM_HEADER)
    for para in STORM_PARAS:
        assert para in text


@pytest.mark.parametrize("chosen", [MISSION, NOTICE], ids=["menu-panel-above", "notice-below"])
def test_a_table_under_its_headline_is_the_article_not_prose_apart_from_it(monkeypatch, chosen):
    # NFRA s18_07 (a menu's mission statement above the headline) and s18_08 (the copyright notice below the form)
    text = _text_with(monkeypatch, table_page(), chosen)
    assert "中国太平洋财产保险股份有限公司温州分公司" in text
    assert "警告并罚款14万元" in text
    assert "依法对除证券业之外的金融业" not in text
    assert "版权与免责声明" not in text


def test_readability_body_under_the_headline_is_kept(monkeypatch):
    # a guard: readability's article is the prose right under the headline, a table after it stays out of the choice
    paras = "".join(f"<p>{p}</p>" for p in STORM_PARAS)
    page = (
        "<!doctype html><html><head><title>油价跌跌不休 重挫欧美股市 - 风传媒</title></head><body>"
        f"<div class='main'><h1>油价跌跌不休 重挫欧美股市</h1><div class='body'>{paras}</div></div>"
        "<div class='side'><table><tr><td>道琼</td><td>17280.83</td></tr><tr><td>纳指</td><td>4653.60</td></tr></table>"
        "</div></body></html>"
    )
    text = _text_with(monkeypatch, page, f"<div>{paras}</div>")
    for para in STORM_PARAS:
        assert para in text
    assert "17280.83\n" not in text and "纳指" not in text


def test_a_short_lead_under_the_headline_does_not_replace_a_longer_body_apart(monkeypatch):
    # a guard: under the headline a one-paragraph summary in a box of its own; readability's body, longer, follows
    # other blocks (a gallery's caption row): the body stays, nothing of it is lost
    paras = "".join(f"<p>{p}</p>" for p in STORM_PARAS)
    page = (
        "<!doctype html><html><head><title>油价跌跌不休 重挫欧美股市 - 风传媒</title></head><body>"
        "<div class='hero'><h1>油价跌跌不休 重挫欧美股市</h1>"
        "<div class='summary'><p>油价连续走低，拖累欧美股市，纽约股市三大指数本周全部收跌。</p></div></div>"
        "<div class='gallery'><a href='/p1'>图集</a></div>"
        f"<div class='body'>{paras}</div></body></html>"
    )
    text = _text_with(monkeypatch, page, f"<div>{paras}</div>")
    for para in STORM_PARAS:
        assert para in text


# --- a page saved with a merge's unresolved conflicts (巴士的報 s22_04, 晴報 s16_50) -------------------------------------

CONFLICTED = """<!doctype html><html><head><title>教育局向大埔区学校发放津贴 - 巴士的报</title></head><body>
<div class="main"><h1>教育局向大埔区学校发放津贴</h1><div class="article-body">
<p>{p0}</p>
<p>{p1}</p>
<div class="ad-container">
<<<<<<< HEAD
<div class="banner-image" style="display: none;">
    <div id="desktopad_box_7" class="banner-wrapper">
        <div class="banner-frame" data-ads="box_7">
=======
<div class="banner-image">
    <div id="desktopad_box_7" class="banner-wrapper">
        <div class="banner-frame" data-ads="box_7"></div>
>>>>>>> upstream/main
    </div>
</div>
</div>
<p>{p2}</p>
<p>{p3}</p>
</div></div></body></html>
"""


def test_a_page_with_merge_conflicts_is_read_as_one_version_and_keeps_its_article():
    # both sides together leave the hidden ad's <div> open around the article's last paragraphs
    page = CONFLICTED.format(p0=STORM_PARAS[0], p1=STORM_PARAS[1], p2=STORM_PARAS[2], p3=STORM_PARAS[3])
    text = to_simplified(ingest_entries(page.encode("utf-8"), id="t", suffix=".html")[0].text)
    for para in STORM_PARAS:
        assert para in text
    assert "<<<<<<<" not in text and ">>>>>>>" not in text and "=======" not in text


def test_one_side_of_conflicts_keeps_the_side_with_text_and_leaves_stray_markers():
    from briefreader.ingest.html import one_side_of_conflicts

    two = "a\n<<<<<<< HEAD\n<p></p>\n=======\n<p>正文一段。</p>\n>>>>>>> upstream/main\nb\n"
    assert one_side_of_conflicts(two) == "a\n<p>正文一段。</p>\nb\n"
    same = "<<<<<<< HEAD\n<p>甲</p>\n=======\n<p>乙</p>\n>>>>>>> x\n"
    assert one_side_of_conflicts(same).count("<p>") == 1
    stray = "<p>代码示例：</p>\n<<<<<<< HEAD\n<p>未闭合</p>\n"
    assert one_side_of_conflicts(stray) == stray


# --- teaser cards closing the article (晴報 s16_50) --------------------------------------------------------------

CARDS = [
    "红十字细说人道︱照护伤病半世纪 香港红十字会「轮椅医生」巧手修补人生",
    "海俊杰太太病逝｜海俊杰太太莫家慈不敌病魔离世 曾患急性肝衰竭筹医药费",
    "37岁消防员殉职 拍拖10年传原定下月结婚 女友发文道别",
    "保单逆按自制长粮 | 充裕退休储备 + 保障家人GET！（附个案说明）",
]


def _card_page(closing: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORM_PARAS)
    return (
        "<!doctype html><html><head><title>油价跌跌不休 重挫欧美股市 - 晴报</title></head><body>"
        f"<div class='main'><h1>油价跌跌不休 重挫欧美股市</h1><div class='content'>{paras}{closing}</div></div>"
        "</body></html>"
    )


def test_teaser_cards_that_close_the_article_are_not_its_text(monkeypatch):
    cards = "".join(
        f"<div class='card'><a href='/a/{n}'><img src='/i/{n}.jpg'></a><p>{c}</p></div>" for n, c in enumerate(CARDS)
    )
    page = _card_page(cards)
    text = _text_with(monkeypatch, page, f"<div>{''.join(f'<p>{p}</p>' for p in STORM_PARAS)}{cards}</div>")
    for para in STORM_PARAS:
        assert para in text
    for card in CARDS:
        assert to_simplified(card) not in text


def test_photos_with_captions_inside_the_article_stay(monkeypatch):
    # a guard: linked photos and their captions between paragraphs are the article's (prose follows them)
    photos = "".join(f"<a href='/i/{n}.jpg'><img src='/i/{n}.jpg'></a><p>{c}</p>" for n, c in enumerate(CARDS[:3]))
    body = f"<p>{STORM_PARAS[0]}</p>{photos}" + "".join(f"<p>{p}</p>" for p in STORM_PARAS[1:])
    page = (
        "<!doctype html><html><head><title>油价跌跌不休 重挫欧美股市 - 晴报</title></head><body>"
        f"<div class='main'><h1>油价跌跌不休 重挫欧美股市</h1><div class='content'>{body}</div></div></body></html>"
    )
    text = _text_with(monkeypatch, page, f"<div>{body}</div>")
    for caption in CARDS[:3]:
        assert to_simplified(caption) in text


# --- a document's table of contents (審計部 s22_01 and s13_23 PDFs, 杭州 s20_11 Word file) ------------------------


def test_a_table_of_contents_is_no_text_and_the_headings_stay():
    from briefreader.ingest.clean import drop_boilerplate

    dotted = (
        "审核报告\n目录\n甲、总述..............................................1\n"
        "壹、预算执行之审核.................................... 1\n贰、计划实施之考核.................................... 3\n"
        "甲、总述\n壹、预算执行之审核\n中央政府特别预算，岁入未编列预算，岁出预算编列445亿元。"
    )
    text = drop_boilerplate(dotted)
    assert "......" not in text and "目录" not in text
    assert "甲、总述\n壹、预算执行之审核\n中央政府特别预算" in text
    # a Word contents field saved as text: each page number glued to the next entry
    glued = "杭州市生态环境状况公报\n目 录\n1综述\n2生态环境质量状况\n2（一）水环境\n8措施与行动\n18公众参与和监督\n综述\n全市水环境质量状况总体稳定。"
    text = drop_boilerplate(glued)
    assert "8措施与行动" not in text and "18公众参与和监督" not in text and "目 录" not in text
    assert "综述\n全市水环境质量状况总体稳定。" in text


def test_numbered_lines_under_no_contents_heading_stay():
    # a guard: a list of figures or steps numbered at the start is the text's own, without a 目录 heading
    from briefreader.ingest.clean import drop_boilerplate

    listed = "主要措施\n1加强监测\n2完善制度\n3强化执法\n各地要抓好落实。"
    assert drop_boilerplate(listed) == listed
    one = "详见第一章......12"  # one dotted line is no table of contents
    assert drop_boilerplate(one) == one


# --- a feed entry's related stories under a pointer's label (雷锋网 dev-retired17 s20_09) -----------------------------

RELATED = [
    "WRC 2016| 世界机器人大会创办以来的第一个Demo Day，王田苗、徐小平助力科学家“下海”创业",
    "WRC 2016｜日本东北大学Kazuhiro Kosuge教授：通用型工业机器人才是未来",
    "WRC 2016 | 真格基金徐小平：资本和科技的关系",
]


def _entry(label: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORM_PARAS * 2)
    links = "".join(f"<p><a href='http://example.com/{n}.html'>{t}</a></p>" for n, t in enumerate(RELATED))
    return f"{body}<p>Via <a href='http://robohub.org/x'>Robohub</a></p>{label}{links}"


def test_related_stories_under_a_pointer_label_close_no_feed_entry():
    from briefreader.ingest.html import html_to_doc

    text = to_simplified(html_to_doc(_entry("<p>推荐阅读：</p>")).text)
    assert all(p in text for p in STORM_PARAS)
    assert "推荐阅读" not in text and not any(to_simplified(r) in text for r in RELATED)


def test_a_closing_reading_list_with_no_pointer_label_stays():
    # a guard: three links closing a post with no label that points elsewhere are the post's own list (its last,
    # a headline's length, goes as a closing pointer would, as before)
    from briefreader.ingest.html import html_to_doc

    text = to_simplified(html_to_doc(_entry("")).text)
    assert all(to_simplified(r) in text for r in RELATED[:2])


# --- a pointer link under a label with a colon (TVB dev s18_36) ----------------------------------------------------


def test_a_pointer_link_is_no_value_of_the_label_above_it():
    from briefreader.ingest.html import LINK_OFF, LINK_ON, _drop_link_lines

    prose = "美国本星期公布的经济数据，以零售销售较受注视。市场预期升百分之0.4，是连续第二个月上升。"
    pointer = [prose, "", "观看人次:", "", f"{LINK_ON}上一则：国际清算银行：新兴市场脆弱{LINK_OFF}"]
    assert "上一则：国际清算银行：新兴市场脆弱" not in _drop_link_lines(pointer)
    # a guard: a field's linked value under its label stays
    field = [prose, "", "来源：", "", f"{LINK_ON}上观新闻{LINK_OFF}"]
    assert "上观新闻" in _drop_link_lines(field)


def test_readers_posts_that_outweigh_an_article_of_divs_still_go():
    """The comment drop spares the part holding most of the page's sentence ends (review s22 R11c) only when its
    dates are in its prose: readers' posts, each with its stamp on a line of its own, go even when they hold more
    sentences than the article above them. A guard: it passes before and after the R11c fix."""
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest.html import _drop_comment_sections

    article = "".join(
        f"<div>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位。</div>" for i in range(3)
    )
    posts = "".join(
        f"<div class='post'><span class='user'>网友{i}</span><span class='time'>2024-05-01 1{i}:00</span>"
        f"<div>第{i}位网友说：政策很好，希望尽快落实。我们企业已经在准备申报了。期待更多支持。</div></div>"
        for i in range(6)
    )
    markup = (
        "<html><head><title>国务院部署稳就业举措</title></head><body><h1>国务院部署稳就业举措</h1>"
        f"<div class='article'>{article}</div><div class='comments'><h3>网友评论</h3>{posts}</div></body></html>"
    )
    tree = LexborHTMLParser(markup)
    _drop_comment_sections(tree)
    text = tree.body.text(deep=True)
    assert "第2项稳就业举措" in text
    assert "第3位网友说" not in text
