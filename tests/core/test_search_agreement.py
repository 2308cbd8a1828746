"""Guards the agreement of the two implementations of word and figure search: the
in-memory rule used for briefings held in full, and the SQLite index (FTS5 phrases,
figvals/figspan) used for list entries. They must agree on every text, query word,
figure and bound."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.index import Index
from briefreader.model import Briefing, Figure
from briefreader.query import FigureTerm, Text, _compile_atom
from briefreader.textsearch import fold, needle_form

# A small alphabet so that random words actually occur in random texts.
PIECES = st.sampled_from(
    [
        "直",
        "播",
        "电",
        "商",
        "经济",
        "直播",
        "ai",
        "AIGC",
        "gc",
        "3000",
        "亿",
        "5",
        "，",
        "。",
        " ",
        "+",
        "-",
        "\n",
        "ａｉ",
        "Ａ",
    ]
)
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


class _SetSearch:
    """A Search over fixed answers, as library.IndexSearch gives them (None: cannot answer)."""

    def __init__(self, words: dict[str, set[int] | None], figures: set[int]) -> None:
        self._words, self._figures = words, figures

    def words(self, needle: str) -> set[int] | None:
        return self._words.get(needle, set())

    def figures(self, kind: str, op: str, value: float) -> set[int] | None:
        return self._figures


WORDS = ["直播", "电商", "经济", "ai"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["直播", "电商", "经济", "ai", "-直播", "-ai", "money>5", "-percent>1", "topic:ai", "is:bookmarked"]
        ),
        min_size=1,
        max_size=4,
    ).map(" ".join),
    st.dictionaries(st.sampled_from(WORDS), st.none() | st.sets(st.integers(1, 12))),
    st.sets(st.integers(1, 12)),
)
def test_the_set_path_of_the_filter_equals_its_predicate(text: str, words, figures) -> None:
    # IncrementalFilter answers all-index queries over list entries with set operations;
    # the predicate is the definition. Topic and mark terms force the predicate path.
    from briefreader.model import Topic
    from briefreader.query import IncrementalFilter, compile_query

    taxonomy = {"ai": Topic(id="ai", zh="人工智能", en="AI", keywords=("AI",))}
    search = _SetSearch(words, figures)
    entries = [
        Briefing(
            id=str(k), path="", fingerprint="", title="", text="", topics=["ai"] if k % 3 else [], loaded=False, key=k
        )
        for k in range(1, 13)
    ]
    predicate = compile_query(text, taxonomy=taxonomy, search=search)
    expected = [b.key for b in entries if predicate(b, _NoMarks())]
    incremental = IncrementalFilter(entries, taxonomy=taxonomy, search=search, marks=_NoMarks())
    assert [b.key for b in incremental(text)] == expected


class _NoMarks:
    def is_bookmarked(self, briefing_id: str) -> bool:
        return briefing_id == "4"

    def has_note(self, briefing_id: str) -> bool:
        return False


# --- figure terms: the index's figvals/figspan against the in-memory comparison ---------

_KINDS = ["money", "percent", "area", "count"]
# A few values so that generated figures and bounds meet: equal, a rounding error apart
# (30 * (1 - 1e-15)), negative (a decline), zero; NaN never matches anything.
_VALUES = [0.0, 1.0, 29.999999999999996, 30.0, 30.000000000000004, 70e8, 3e11, -5.0, 1e-300]
_VALUE = st.sampled_from(_VALUES)


@st.composite
def _figure(draw):
    kind = draw(st.sampled_from(_KINDS))
    if draw(st.booleans()):
        return Figure(kind, "", 0, 0, draw(_VALUE | st.just(float("nan"))))
    low, high = sorted([draw(_VALUE), draw(_VALUE)])  # a range with no single value
    return Figure(kind, "", 0, 0, None, low=draw(st.none() | st.just(low)), high=high)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(_figure(), max_size=4), min_size=1, max_size=6),
    st.lists(
        st.tuples(st.sampled_from(_KINDS), st.sampled_from([">", ">=", "<", "<=", "="]), _VALUE), min_size=1, max_size=8
    ),
)
def test_index_and_memory_agree_on_figure_terms(corpora: list[list[Figure]], terms) -> None:
    briefings = [
        Briefing(id=str(i), path="", fingerprint=str(i), title="", text="", figures=figs)
        for i, figs in enumerate(corpora)
    ]
    with tempfile.TemporaryDirectory() as tmp, Index.open(Path(tmp), Path(tmp), "v") as index:
        keys = {index.store(f"{b.id}.txt", 1, 1, b): b.id for b in briefings}
        assert all(keys)
        for kind, op, value in terms:
            matches = _compile_atom(FigureTerm(kind, op, value), {}, None)
            in_memory = {b.id for b in briefings if matches(b, None)}
            found = index.figure_search(kind, op, value)
            assert found is not None
            assert {keys[k] for k in found} == in_memory, (kind, op, value)
