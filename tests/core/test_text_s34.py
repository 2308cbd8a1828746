"""Session 34 (12-text): the text of pages and files whose blocks were misread, fixed by what each block IS.

- a column's list page (dev s26_07, a CMS's 信息化动态: linked headlines each with its day, the site's menus around, a
  footer whose rights line ends "…Nanjing University."): readability took that footer as the article, the list was
  its head, and cleaning dropped the rights line: nothing was read. The list is the page's text now, said to be no
  one article, without its menus; its items are no byline (a headline and a day read as source and date) and no
  trailer under an article (there is none above them).

The inputs are written here in those shapes; the guards keep what was right (a dated related list under an
article's prose still goes; a page with an article is never a list page)."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.html import html_to_doc

_ITEMS = [
    ("人事系统：博士后新进 上线", "2021-07-05"),
    ("OA系统优化", "2021-07-01"),
    ("研究生系统：学位数据上报申请上线", "2021-07-01"),
    ("自助服务新增", "2021-06-01"),
    ("网上办事服务大厅", "2021-05-01"),
    ("科研管理系统：经费开借票 上线", "2021-04-15"),
]
_MENU = "".join(
    f"<li><a href='/{k}/list.htm'>{name}</a></li>"
    for k, name in enumerate(["首页", "关于我们", "中心概况", "规章制度", "正版软件", "MATLAB个人版", "帮助"])
)


def _list_page(extra: str = "") -> str:
    items = "".join(
        f"<li><span><a href='/28/{k}/page.htm' title='{t}'>{t}</a></span><span>{d}</span></li>"
        for k, (t, d) in enumerate(_ITEMS)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>信息化动态</title></head><body>"
        f"<div id='nav'><ul>{_MENU}</ul></div><div class='col'><h2>信息化动态</h2>{extra}"
        f"<ul class='news_list'>{items}</ul><div class='pages'><a href='?p=2'>下一页</a></div></div>"
        "<div class='footer'><p class='copyright'><span>© 2020 版权所有 某某大学信息化建设管理服务中心 All Rights "
        "Reserved © Some University.　苏ICP备10085945-1号</span></p></div></body></html>"
    )


def test_a_column_list_page_is_read_as_its_list() -> None:
    doc = html_to_doc(_list_page())
    assert doc.not_an_article
    for title, _ in _ITEMS:
        assert title in doc.text
    for chrome in ("MATLAB个人版", "关于我们", "版权所有"):
        assert chrome not in doc.text


def test_a_list_pages_items_are_read_and_are_no_byline() -> None:
    b = ingest_bytes(_list_page().encode("utf-8"), id="t", suffix=".html")
    assert not any(p.kind == "empty" for p in b.problems)
    assert any(p.kind == "not_an_article" for p in b.problems)
    for title, _ in _ITEMS:
        assert title in b.text
    assert "MATLAB个人版" not in b.text
    assert b.source != "网上办事服务大厅" and b.date_iso is None  # no item's headline and day are the page's


_PROSE = (
    "记者从相关部门获悉，今年全市共完成信息化项目四十余项，覆盖教学、科研和管理服务的主要环节。\n"
    "据介绍，新系统上线后，师生办理常见事务的平均时间缩短了一半以上，线上办理比例明显提高。\n"
    "下一步，中心将继续推进数据共享，减少重复填报，让信息多跑路、师生少跑腿。\n"
)


def test_a_page_with_an_article_is_no_list_page() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in _PROSE.strip().split("\n"))
    doc = html_to_doc(_list_page(extra=f"<div class='article'>{paragraphs}</div>"))
    assert not doc.not_an_article


def test_a_dated_list_under_prose_still_goes_and_one_alone_stays() -> None:
    listed = "".join(f"{t}{d}\n" for t, d in _ITEMS)
    kept = drop_boilerplate(_PROSE + listed)
    assert "让信息多跑路、师生少跑腿。" in kept and "OA系统优化" not in kept
    alone = drop_boilerplate(listed + "© 2020 版权所有 某某大学 All Rights Reserved")
    assert "OA系统优化" in alone and "人事系统：博士后新进 上线" in alone and "版权所有" not in alone
