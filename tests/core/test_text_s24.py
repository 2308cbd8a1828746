"""Session 24 (12-text): a comment label's drop never takes the article; the work it does is bounded. Pages written
from the structure of the real ones."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes


def _html(markup: str) -> str:
    return ingest_bytes(markup.encode(), id="t", path="t.html", suffix=".html").text


NAV = "<div class='nav'>" + "".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(20)) + "</div>"
PARAS = "".join(
    f"<p>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位，确保政策效果。</p>"
    for i in range(6)
)


def _page(main: str) -> str:
    return (
        f"<html><head><title>国务院部署稳就业举措_新闻网</title></head><body>{NAV}<h1>国务院部署稳就业举措</h1>"
        "<div class='meta'><span>2024-05-01 10:00</span> <span>来源：新华社</span></div>"
        f"<div class='main'>{main}</div>"
        "<div class='footer'>版权所有 新闻网 2024 关于我们 联系我们</div></body></html>"
    )


def test_a_timetable_of_dated_rows_with_sentences_keeps_the_article_under_a_comment_counter() -> None:
    """Review s23 R1's neighbour: the timetable is a table whose rows each set their date in a cell of its own and
    say in a sentence what happens then, more rows than the article has paragraphs. Each row is shaped like a
    reader's post (a stamp on its own line, a sentence), but beside them stand the article's paragraphs: the part
    after the counter holds most of the page's prose that is no post, so it is the article."""
    rows = "".join(
        f"<tr><td>2024年{m}月1日至{m}月20日</td><td>第{m}阶段：企业按要求提交申报材料。</td></tr>" for m in range(1, 11)
    )
    text = _html(
        _page(f"<div class='bar'><span>评论(12)</span></div><div class='article'>{PARAS}<table>{rows}</table></div>")
    )
    assert "第3项稳就业举措" in text and "第7阶段" in text


def test_a_comment_counter_above_the_article_and_its_posts_keeps_the_article() -> None:
    """A counter in the bar above the article, the readers' posts under it in the same part: dropping all that
    follows the counter would drop the article with the posts."""
    posts = "".join(
        f"<div class='post'><span class='user'>网友{i}</span><span class='time'>2024-05-0{i + 1} 1{i}:00</span>"
        f"<p>说得好，支持第{i}条。</p></div>"
        for i in range(5)
    )
    text = _html(_page(f"<div class='bar'><span>评论(5)</span></div><div class='article'>{PARAS}</div>{posts}"))
    assert "第3项稳就业举措" in text


def test_guard_readers_posts_in_one_list_outweighing_the_article_go() -> None:
    """The posts in one list (one sibling after the heading), holding more sentences than the article above."""
    article = "".join(f"<p>国务院常务会议部署第{i}项稳就业举措，要求各地抓紧落实。</p>" for i in range(3))
    posts = "".join(
        f"<li><span class='user'>网友{i}</span><span class='time'>2024-05-01 1{i}:00</span>"
        f"<div>第{i}位网友说：政策很好，希望尽快落实。我们企业已经在准备申报了。期待更多支持。</div></li>"
        for i in range(6)
    )
    text = _html(
        _page(f"<div class='article'>{article}</div><div class='talk'><h3>网友评论</h3><ul>{posts}</ul></div>")
    )
    assert "第2项稳就业举措" in text
    assert "第3位网友说" not in text


# --- dev s23_10 (凤凰网's mobile page): each paragraph in a wrapper of its own


def test_prose_under_the_headline_is_the_container_of_its_wrapped_paragraphs() -> None:
    """The prose under the headline is the container of the article's paragraphs, past the <div> each paragraph is
    wrapped in alone (凤凰网's mobile page, WeChat's <section>s): the first paragraph's wrapper held one paragraph,
    too little to outweigh the video list readability had taken."""
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest.html import _prose_under_headline

    paras = "".join(
        f"<div><p>第{i}段：李女士结婚16年，一年前生活被打破，她反思了很久，仍没有答案。</p></div>" for i in range(5)
    )
    tree = LexborHTMLParser(
        f"<html><body><h3>什么样的婚姻才是鸡肋婚姻</h3><div class='n-words'>{paras}</div></body></html>"
    )
    block = _prose_under_headline(tree.body, "什么样的婚姻才是鸡肋婚姻-凤凰新闻")
    assert block is not None and block.attributes.get("class") == "n-words"
    # a guard: paragraphs side by side keep their container, as before
    tree = LexborHTMLParser(
        "<html><body><h3>什么样的婚姻才是鸡肋婚姻</h3><div class='a'><div class='b'>"
        "<p>第一段：李女士结婚16年，一年前生活被打破，她反思了很久。</p><p>第二段。</p></div></div></body></html>"
    )
    block = _prose_under_headline(tree.body, "什么样的婚姻才是鸡肋婚姻")
    assert block is not None and block.attributes.get("class") == "b"


# --- tester s23 T3a/T3d: a headline the page set over two lines


def test_a_headline_set_over_two_lines_is_one_line() -> None:
    from briefreader.ingest.html import _joined_headline

    heads = ["关于加强和规范电网规划投资管理工作的通知"]
    text = "国家发展改革委 国家能源局关于加强和规范电网\n\n规划投资管理工作的通知\n\n发改能源规〔2020〕816号\n\n各省："
    assert (
        _joined_headline(text, heads).split("\n")[0]
        == "国家发展改革委 国家能源局关于加强和规范电网规划投资管理工作的通知"
    )
    four = (
        "吉林省人民政府关于禁止在\n吉林省嫩江干流补充治理工程建设\n征占地范围内新增建设项目\n和迁入人口的通告\n各市："
    )
    heads = ["吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告"]
    assert _joined_headline(four, heads).split("\n")[0] == heads[0]
    heads = ["关于加强和规范电网规划投资管理工作的通知"]
    # a guard: a signature block's lines do not run on in the headline, nor does a line that ends a sentence
    closing = "特此通知。\n\n国家发展改革委\n\n国 家 能 源 局\n\n2020年5月28日"
    assert _joined_headline(closing, heads) == closing
    said = "关于加强和规范电网。\n规划投资管理工作的通知"
    assert _joined_headline(said, heads) == said


def test_a_two_line_notice_heading_through_the_page() -> None:
    """A heading broken by a <br> inside one centred <p> (tester s23 T3d's structure), with a sentence above none."""
    title = "印发《关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见》的通知"
    markup = (
        f"<html><head><title>{title}-国家发展和改革委员会</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<div class='article'><p align='center'><strong>印发《关于加快储气设施建设和<br>完善储气调峰辅助服务市场机制"
        "的意见》的通知</strong></p><p>各省、自治区、直辖市发展改革委：为加快推进天然气产供储销体系建设，我们制定了"
        "《意见》。现印发你们，请按照执行。</p><p>附件：意见全文</p></div></body></html>"
    )
    text = ingest_bytes(markup.encode(), id="t", path="t.html", suffix=".html").text
    assert "印发《关于加快储气设施建设和\n" not in text


# --- tester s23 T8: a soft line break before a number


def test_an_open_clause_goes_on_into_a_number() -> None:
    from briefreader.ingest.clean import join_broken_lines

    assert join_broken_lines("两亿美元，\n1500万拿去支持竞选，\n30%的企业表示支持。") == (
        "两亿美元，1500万拿去支持竞选，30%的企业表示支持。"
    )
    # guards: a list's number, a date line and a line after a finished sentence stay lines of their own
    for text in ("主要任务如下，\n1. 加快建设", "通知如下，\n2024年5月1日", "会议结束。\n1500万元已拨付。"):
        assert join_broken_lines(text) == text, text
