"""Guards session 10's metadata changes (issue 12). Each case quotes the form from a dev
page (dev-retired5 is heldout5/, retired into dev this session) or is written from
general knowledge of how Chinese-language pages are made; each fails on the code before."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes

_BODY = "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>" * 3


def _page(inner: str, title: str = "地铁延伸工程公布", head: str = "") -> bytes:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{inner}</body></html>".encode()


def _ingest(inner: str, **kw):
    return ingest_bytes(_page(inner, **kw), id="t.html", suffix=".html")


# --- dev-retired5's miss


def test_a_cms_code_in_the_source_field_is_no_outlet():
    # heldout5/s8_15 (新华网): <meta name="source" content="ycsys"> (the CMS's code) outranked the
    # page's own "来源：新华网" line: the source was "ycsys"
    line = '<div class="info">2023-09-07 09:56:47 来源：某某日报</div>'
    b = _ingest("<h1>地铁延伸工程公布</h1>" + line + _BODY, head='<meta name="source" content="ycsys">')
    assert b.source == "某某日报"
    # a named source in the same field still counts, and a lower-case brand the table knows
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head='<meta name="source" content="某某晚报">')
    assert b.source == "某某晚报"
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head='<meta name="source" content="am730">')
    assert b.source == "am730"
    # alone, the code is no source at all; the site's own brand on its own address is
    b = _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head='<meta name="source" content="ycsys">')
    assert b.source == ""
    head = '<meta name="source" content="kwnews"><meta property="og:url" content="https://www.kwnews.com.tw/n/1">'
    assert _ingest("<h1>地铁延伸工程公布</h1>" + _BODY, head=head).source == "kwnews"
