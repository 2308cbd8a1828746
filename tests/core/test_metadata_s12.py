"""Guards session 12's metadata changes (issue 12). Each case quotes a form from a dev or retired
file, or is written from general knowledge of how Chinese-language pages and records are made;
each fails on the code before."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes

_BODY = "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>" * 3


def _page(inner: str, title: str = "地铁延伸工程公布", head: str = "") -> bytes:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{inner}</body></html>".encode()


def _ingest(inner: str, **kw):
    return ingest_bytes(_page(inner, **kw), id="t.html", suffix=".html")


def _md(text: str):
    return ingest_bytes(text.encode(), id="t.md", suffix=".md")


# --- a byline that glues the outlet to its reporter


_ARCHIVE = (
    "---\ntitle: 实验室爆炸事故调查进展\n\ndate: 2018-12-27\n---\n\n"
    "原文来自「{quoted}」：~~[实验室爆炸事故调查进展](https://example.com/s/1.html)~~\n\n---\n\n"
    "{byline}\n\n"
    "12月26日上午，某大学实验室发生爆炸，造成3名参与实验的学生死亡。事发后，消防部门调派8个中队处置。\n\n"
    "离事发时已过去30多小时，有关此次实验室爆炸的事故原因仍在调查中。\n"
)


def test_a_byline_extending_the_quoted_original_by_a_name_names_that_outlet():
    # dev-retired7 s10_36 (an archive of a 每日人物 article): "原文来自「每日人物」" above the byline
    # "每日人物钟十五报道" (the account, then its writer's pen name): the source was "每日人物钟十五"
    b = _md(_ARCHIVE.format(quoted="某某人物", byline="某某人物钟十五报道"))
    assert b.source == "某某人物"
    # the quoted name alone is no source: an article's title may stand in the marks
    b = _md(_ARCHIVE.format(quoted="某某人物", byline=""))
    assert b.source == ""
    # nor does it cut a byline whose rest is no person's name (an edition, a channel)
    b = _md(_ARCHIVE.format(quoted="某某日报", byline="某某日报海外版报道"))
    assert b.source != "某某日报海外"
