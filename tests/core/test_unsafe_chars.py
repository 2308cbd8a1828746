"""Guards safe.py against an independent, written-out list of terminal-unsafe characters
(tests/helpers/unsafe.py): every one is removed from articles, titles, JSON and
Markdown, and ordinary text (CJK, full width, emoji) is left alone."""

from __future__ import annotations

import json
import unicodedata

import pytest
from helpers.unsafe import KEPT, LINE_BREAKS, REMOVED, expected_line, expected_strip, offending
from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.export import escape_inline
from briefreader.ingest import ingest_bytes
from briefreader.safe import escape_json, one_line, strip_controls

_IDS = [f"U+{ord(c):04X}" for c in REMOVED]


def test_the_list_is_made_of_controls_and_format_characters():
    # Guards the oracle itself against a typo: each entry is a control (Cc) or an
    # invisible format character (Cf) in the Unicode database.
    assert {unicodedata.category(c) for c in REMOVED} == {"Cc", "Cf"}
    assert {"\ufff9", "\ufffa", "\ufffb", "\u202e", "\x1b", "\x9b", "\x07"} <= set(REMOVED)
    assert (
        len(REMOVED) == 32 - 5 + 1 + 32 - 1 + 12 + 13
    )  # C0 (no TAB, LF, CR, VT, FF), DEL, C1 (no NEL), bidi, invisible (soft hyphen too)


@pytest.mark.parametrize("char", list(REMOVED), ids=_IDS)
def test_each_unsafe_character_is_removed_from_an_article_line(char: str):
    # As a briefing quotes it: between two words a reader sees, then searched for.
    assert strip_controls(f"上海{char}经济") == "上海经济"
    assert one_line(f"标题{char}") == "标题"


@pytest.mark.parametrize("char", list(REMOVED), ids=_IDS)
def test_each_unsafe_character_is_escaped_in_json(char: str):
    # `--json` output piped to a terminal: the data survives as \\uXXXX, the character does not.
    dumped = escape_json(json.dumps({"title": f"标题{char}"}, ensure_ascii=False))
    assert char not in dumped
    assert json.loads(dumped) == {"title": f"标题{char}"}


@pytest.mark.parametrize("char", list(LINE_BREAKS), ids=list(LINE_BREAKS.values()))
def test_each_line_break_becomes_a_newline(char: str):
    assert strip_controls(f"第一段{char}第二段") == "第一段\n第二段"
    assert one_line(f"第一段{char}第二段") == "第一段 第二段"


def test_ordinary_characters_are_kept():
    text = "".join(KEPT)
    assert strip_controls(text) == text


def test_interlinear_annotation_does_not_survive_ingest():
    # U+FFF9..U+FFFB hide ruby text: "上海<anchor>shanghai<sep>hidden<end>" reads as 上海 only in
    # an annotation-aware renderer; a terminal shows everything, so the marks go.
    raw = "标题\n\n上海\ufff9经济\ufffa隐藏\ufffb发展，全年超过3000亿元。".encode()
    b = ingest_bytes(raw, id="x", path="x.txt", suffix=".txt")
    for text in (b.title, b.text, b.original):
        assert not offending(text), (text, offending(text))
    assert "上海经济隐藏发展" in b.text


def test_an_export_line_carries_no_unsafe_character():
    line = escape_inline("标题\ufff9注\ufffb\u202e\x07\u2028尾")
    assert not offending(line) and line == "标题注 尾"


# Everything but escape-sequence introducers, which helpers.unsafe does not model.
_ANY = st.text(st.characters(blacklist_characters="\x1b\x9b"), max_size=60)
_NEAR = st.lists(
    st.sampled_from([*sorted(set(REMOVED) - {"\x1b", "\x9b"}), *LINE_BREAKS, *KEPT, "\r\n", "ab", "经济"]), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ANY | _NEAR)
def test_strip_controls_removes_exactly_the_listed_characters(text: str):
    assert strip_controls(text) == expected_strip(text)
    assert one_line(text) == expected_line(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["\x1b[31m", "\x1b]0;title\x07", "\x9b2J", "\x1b", "\x1bP"]))
def test_output_never_holds_an_unsafe_character_even_with_escape_sequences(text: str, sequence: str):
    out = strip_controls(sequence + text + sequence)
    assert not offending(out)
