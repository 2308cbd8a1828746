"""A table-era page whose article is text and <br>s in one table cell (issue 12, session 8;
a message board on ent.163.com among the reference pages outside the corpus): readability
took a short reply beside it and the review itself was lost. The block that holds most
of the page's sentences, several times what readability kept, is the article."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from briefreader.ingest.html import _densest_block, html_to_doc

REVIEW = [
    f"不得不承认，如果没有张曼玉在戛纳封后，就很少有人会去关注这部法国电影第{i}次。但是当你为了张曼玉而去看这部电影，恐怕又仿佛进入了另一个误区。"
    for i in range(12)
]


def board() -> str:
    post = "<br /><br />".join(REVIEW)
    reply = (
        "<table width=100%><tr><td class=p4><font>Re:《清洁》</font></td></tr>"
        "<tr><td class=p4><p>如果不是阿萨亚斯，如果没有张曼玉，如果这种题材的电影交给戈达尔，又会怎么样呢</p>"
        "<p>做一只猪挺难的，其实杀一只猪更难，还是安安心心做我的猪肉佬算了。</p></td></tr></table>"
    )
    nav = "".join(f"<a href=/b{i}>版块{i}</a> " for i in range(30))
    return (
        f"<html><body><table><tr><td>{nav}</td></tr></table>"
        f"<table width=100%><tr><td class=p4>《清洁》：东方式内敛</td></tr><tr><td class=p4 valign=top>{post}</td></tr></table>"
        f"{reply * 3}</body></html>"
    )


def test_the_cell_of_most_sentences_is_the_article() -> None:
    text = html_to_doc(board()).text
    assert all(r in text for r in REVIEW)


def test_text_density_counts_text_set_with_br() -> None:
    tree = LexborHTMLParser(board())
    block, n = _densest_block(tree.body)
    assert block.tag == "td" and n == 2 * len(REVIEW)


def test_no_block_when_the_sentences_are_spread() -> None:
    """A page of many short paragraphs in many blocks has no dominant block: readability decides."""
    html = "<html><body>" + "".join(f"<div><p>第{i}条消息。另一句话。</p></div>" for i in range(20)) + "</body></html>"
    assert _densest_block(LexborHTMLParser(html).body) is None
