"""Properties of the cleaning steps over arbitrary input (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.ingest import ingest_bytes, normalize_text
from briefreader.safe import strip_controls

# Text that looks like the mess briefings contain, not just random code points.
PIECES = st.sampled_from([
    "發(fā)", "展", "區(qū)", "经济", "元宇宙", "，", "。", "\n", "\r\n", " ", "\u3000", "１２", "％", "．",
    "3000亿元", "<p>", "</p>", "&amp;", "---\n", "关键词:", "- 标题2022-07-28\n", "【资料图】", "图说:",
    "\x1b[2J", "\x1b]0;t\x07", "\u202e", "\x00", "\ufffd", "?", "Ã©", "(完)", "供图", "a", "1. ", "一、",
])
MESSY = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(MESSY)
def test_normalizing_twice_equals_once(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_never_raises_and_is_terminal_safe(text: str) -> None:
    out = normalize_text(text)
    assert strip_controls(out) == out


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_ingest_never_raises_on_bytes(data: bytes) -> None:
    b = ingest_bytes(data, id="x", path="x.txt", suffix=".txt")
    for text in (b.text, b.title, b.original, b.source):
        assert strip_controls(text) == text


@settings(max_examples=150, deadline=None)
@given(MESSY, st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]))
def test_ingest_never_raises_on_encoded_mess(text: str, encoding: str) -> None:
    ingest_bytes(text.encode(encoding, errors="replace"), id="x", path="x.html", suffix=".html")
