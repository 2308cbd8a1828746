"""Word search has one rule and two implementations: the in-memory form used for
briefings held in full, and the SQLite FTS5 phrase used for list entries from the
index. They must agree on every text and every query word."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.index import Index
from briefreader.model import Briefing
from briefreader.query import Text, _compile_atom
from briefreader.textsearch import fold, needle_form

# A small alphabet so that random words actually occur in random texts.
PIECES = st.sampled_from(["直", "播", "电", "商", "经济", "直播", "ai", "AIGC", "gc", "3000", "亿", "5",
                          "，", "。", " ", "+", "-", "\n", "ａｉ", "Ａ"])
TEXT = st.lists(PIECES, max_size=25).map("".join)
NEEDLE = st.lists(PIECES, min_size=1, max_size=4).map("".join).map(fold).filter(lambda n: needle_form(n) is not None)


def _briefing(i: int, text: str) -> Briefing:
    return Briefing(id=str(i), path="", fingerprint=str(i), title="", text=text)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=8), st.lists(NEEDLE, min_size=1, max_size=6))
def test_index_and_memory_find_the_same_briefings(texts: list[str], needles: list[str]) -> None:
    briefings = [_briefing(i, t) for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp, Index.open(Path(tmp), Path(tmp), "v") as index:
        keys = {index.store(f"{b.id}.txt", 1, 1, b): b.id for b in briefings}
        assert all(keys)
        for needle in needles:
            matches = _compile_atom(Text(needle), {}, None)
            in_memory = {b.id for b in briefings if matches(b, None)}
            assert {keys[k] for k in index.search(needle)} == in_memory, needle


def test_examples_of_the_rule() -> None:
    def hits(text: str, word: str) -> bool:
        return _compile_atom(Text(fold(word)), {}, None)(_briefing(0, text), None)

    assert hits("信息消费节开幕", "消费节")
    assert hits("AI+消费", "ai消费") and hits("ai消费", "AI 消费")  # punctuation and spaces ignored
    assert hits("AIGC应用", "ai")  # a Latin word from its start: a prefix while typing
    assert not hits("AIGC应用", "gc")
    assert not hits("直播。消费", "播消")  # but a sentence break is not bridged inside a word
    assert not hits("3000亿元", "300亿")  # a number is whole except at the end of the word
