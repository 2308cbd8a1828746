"""Review s16 fixes (announced small edits of other roles' files)."""

from __future__ import annotations

import time

from briefreader.ingest.html import looks_like_html


def test_leading_comments_without_a_root_are_answered_at_once() -> None:
    """R7: `(?:<!--.*?-->\\s*){0,20}` tried every way to group ~24 leading comments when no
    doctype/<html> followed (24: seconds, 30: never); a .txt of them stopped a folder's load."""
    started = time.perf_counter()
    assert not looks_like_html("<!--a-->" * 23 + "x")
    assert time.perf_counter() - started < 0.5  # (before the 40 below: on the old code they never end)
    assert not looks_like_html("<!-- include -->\n" * 40 + "今天的新闻正文。\n")
    assert time.perf_counter() - started < 0.5
    # what the root still is: comments (one holding dashes) before a doctype or <html>
    assert looks_like_html("<!-- saved from url=(0022)http://example.com/ -->\n<!DOCTYPE html>\n<p>x</p>")
    assert looks_like_html("<!-- a -- b --->\n<html><body><p>x</p></body></html>")
    assert looks_like_html("<!--x-->" * 20 + "<html><body><p>正文</p></body></html>")


_CSS = "\n".join(f".c{i} {{ color: red; margin: {i}px; }}" for i in range(120))
_PAGE = (
    '<%@ page contentType="text/html; charset=UTF-8" %>\n<!DOCTYPE html>\n<html>\n<head>\n<title>测试新闻标题</title>\n'
    f"<style>\n{_CSS}\n</style>\n</head>\n<body>\n<h1>测试新闻标题</h1>\n<p>2024年1月5日 来源：新华社</p>\n"
    "<p>新华社北京1月5日电 这是第一段新闻正文。</p>\n<p>这是第二段新闻正文。</p>\n</body></html>\n"
)


def test_a_page_whose_doctype_follows_a_directive_is_still_a_page(tmp_path) -> None:
    """R1: 4bdb38f's root had to come first; a server page's directives (or a saved header line) before the
    doctype, and a long <style>, made a page in a .txt plain text: its title `<%@ page contentType="text/html`."""
    from briefreader.ingest import ingest_path

    (tmp_path / "page.txt").write_text(_PAGE, encoding="utf-8")
    (b,) = ingest_path(tmp_path / "page.txt", tmp_path)
    assert b.format == "html"
    assert b.title == "测试新闻标题"
    assert "color: red" not in b.text and "<p>" not in b.text


def test_an_html_pages_original_view_is_its_text_not_its_markup(tmp_path) -> None:
    """R1: original_view sniffed an HTML page's body again; a page without a root first and with few tags
    per line (comment lines over a <div> article) was shown as its markup."""
    from briefreader.ingest import ingest_path, original_view

    page = "<!-- include -->\n" * 30 + '<div class="article"><h1>测试标题新闻</h1><p>新华社电 正文第一段。</p></div>\n'
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (b,) = ingest_path(tmp_path / "p.html", tmp_path)
    shown = original_view(b)
    assert shown.startswith("[the text of this HTML page, markup removed]")
    assert "<!--" not in shown and "<div" not in shown
