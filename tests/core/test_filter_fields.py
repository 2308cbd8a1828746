"""IncrementalFilter's list-field masks (topic:, source:, dates) made once per distinct
value and spread by numpy (issue 19) select exactly what the predicate does."""

from __future__ import annotations

import datetime as dt
import random
import sys

import pytest

from briefreader.model import Briefing, Topic
from briefreader.query import NO_MARKS, IncrementalFilter, QuerySyntaxError, compile_query

TAXONOMY = {
    "metaverse": Topic("metaverse", "元宇宙", "Metaverse", ("元宇宙",)),
    "live_streaming": Topic("live_streaming", "直播经济", "Live-streaming economy", ("直播",)),
    "digital_economy": Topic("digital_economy", "数字经济", "Digital economy", ()),
}
SOURCES = ["新民晚报", "證券時報", "上海发布", "浦东时报", "", "新民网", "Reuters 路透"]
QUERIES = [
    "topic:元宇宙",
    "topic:metaverse",
    "-topic:直播",
    "topic:数字 topic:元",
    "source:新民",
    "source:证券时报",  # Simplified finds the Traditional source
    "-source:上海",
    "source:reuters",
    "after:2023",
    "before:2023-06",
    "date:2023-05",
    "after:2022-12-31 before:2024",
    "topic:元宇宙 source:新民 after:2022",
    "-after:2023-03 topic:直播",
]


def corpus(n: int, seed: int = 7) -> list[Briefing]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        date = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(900)) if rng.random() > 0.1 else None
        docs.append(
            Briefing(
                id=f"b{i}",
                path=f"/c/b{i}.txt",
                fingerprint=f"sha256:{i}",
                title="",
                text="",
                topics=rng.sample(sorted(TAXONOMY), rng.randrange(3)),
                source=rng.choice(SOURCES),
                date=date,
                date_precision=rng.choice(["day", "day", "month", "year"]) if date else "day",
            )
        )
    return docs


def expected(docs: list[Briefing], query: str) -> bytes:
    predicate = compile_query(query, taxonomy=TAXONOMY)
    return bytes(1 if predicate(b, NO_MARKS) else 0 for b in docs)


@pytest.mark.parametrize("prepared", [False, True])
def test_field_masks_select_what_the_predicate_does(prepared):
    pytest.importorskip("numpy")
    docs = corpus(3000)
    live = IncrementalFilter(docs, taxonomy=TAXONOMY)
    if prepared:
        live.prepare()
        assert {kind.__name__ for kind in live._codes} == {"TopicTerm", "SourceTerm", "DateTerm"}
    for query in QUERIES:
        got = live.select(query)
        assert got == expected(docs, query), query
        assert 0 < got.count(1) < len(docs), query  # the case tells something


def test_field_masks_follow_a_reset_to_another_list():
    pytest.importorskip("numpy")
    docs = corpus(2000)
    live = IncrementalFilter(docs, taxonomy=TAXONOMY)
    live.prepare()
    assert live.select("source:新民") == expected(docs, "source:新民")
    other = corpus(1500, seed=11)
    live.reset(other)
    assert live._codes == {}  # the old list's value numbers are gone
    for query in ("source:新民", "topic:元宇宙", "after:2023"):
        assert live.select(query) == expected(other, query), query


def test_without_numpy_the_field_masks_come_from_the_predicate(monkeypatch):
    docs = corpus(500)
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy raises ImportError
    live = IncrementalFilter(docs, taxonomy=TAXONOMY)
    live.prepare()
    assert live._codes == {} and live._key_array is None
    for query in QUERIES:
        assert live.select(query) == expected(docs, query), query


def test_prepare_builds_the_key_array_of_list_entries():
    np = pytest.importorskip("numpy")
    docs = corpus(100)
    for i, b in enumerate(docs):
        b.loaded, b.key = False, 1000 + i  # list entries from an index
    live = IncrementalFilter(docs, taxonomy=TAXONOMY)
    assert live._key_array is None
    live.prepare()
    assert np.array_equal(live._key_array, np.arange(1000, 1100))
    with pytest.raises(QuerySyntaxError):  # an unknown topic still says so
        live.select("topic:nothing")
