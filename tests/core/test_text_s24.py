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
