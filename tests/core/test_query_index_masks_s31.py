"""Issue 19, session 31: IncrementalFilter keeps the index's mask of each word and figure term
(INDEX_MASKS) for the list it was made for. Typing "上海 人工智能产业" made 上海's mask again at each
of the next eight keystrokes (the search's answer is memoised by library.IndexSearch; laying it over
1,000,000 keys is 16-38 ms of CPU); now once. The masks are the same as made every time; a reset()
forgets them."""

from __future__ import annotations

from collections import Counter

import pytest

from briefreader import query as query_module
from briefreader.model import Briefing
from briefreader.query import IncrementalFilter

np = pytest.importorskip("numpy")

TEXTS = ["上海人工智能产业大会", "北京人工智能", "上海 ai 产业", "人工智能产业 money", "上海浦东"]


class CountingSearch:
    """A search over TEXTS by substring (keys 1..n), counting what it is asked."""

    def __init__(self) -> None:
        self.asked: Counter[str] = Counter()

    def _keys(self, needle: str) -> set[int]:
        return {k for k, t in enumerate(TEXTS, 1) if needle in t.lower()}

    def words(self, needle: str) -> set[int] | None:
        self.asked[needle] += 1
        return self._keys(needle)

    def word_array(self, needle: str):
        self.asked[needle] += 1
        return np.array(sorted(self._keys(needle)), dtype=np.int64)

    def figures(self, kind: str, op: str, value: float, unit: str = "") -> set[int] | None:
        return set()


def _entries() -> list[Briefing]:
    return [
        Briefing(id=str(k), path="", fingerprint=str(k), title="", text="", loaded=False, key=k)
        for k in range(1, len(TEXTS) + 1)
    ]


def _typed(flt: IncrementalFilter, query: str) -> list[bytes]:
    return [flt.select(query[:i]) for i in range(1, len(query) + 1)]


def test_a_word_typed_before_is_asked_once_and_the_masks_are_the_same() -> None:
    search = CountingSearch()
    flt = IncrementalFilter(_entries(), taxonomy={}, search=search)
    masks = _typed(flt, "上海 人工智能产业")
    assert search.asked["上海"] == 1  # was asked at each of the eight keystrokes after it
    assert search.asked["上"] == 1 and search.asked["人工智能产业"] == 1
    # the same masks as a filter that keeps nothing
    plain = CountingSearch()
    fresh = []
    for i in range(1, len("上海 人工智能产业") + 1):
        fresh.append(IncrementalFilter(_entries(), taxonomy={}, search=plain).select("上海 人工智能产业"[:i]))
    assert masks == fresh
    assert masks[-1] == bytes([1, 0, 0, 0, 0])
    # a negated word reuses the word's mask
    assert flt.select("人工智能产业 -上海") == bytes([0, 0, 0, 1, 0])
    assert search.asked["上海"] == 1


def test_a_reset_forgets_the_masks_and_only_so_many_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    search = CountingSearch()
    flt = IncrementalFilter(_entries(), taxonomy={}, search=search)
    flt.select("上海")
    flt.reset()
    flt.select("上海")
    assert search.asked["上海"] == 2
    monkeypatch.setattr(query_module, "INDEX_MASKS", 2)
    for word in ("北京", "浦东", "ai"):
        flt.select(word)
    assert len(flt._index_masks) == 2
    flt.select("上海")  # the oldest was let go
    assert search.asked["上海"] == 3


def test_hits_are_laid_over_the_keys_as_isin_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """query.lay_over (a byte table up to the largest key, issue 19: 4-5 ms where np.isin took 19-30
    at 1,000,000 keys) gives np.isin's answer: keys not listed among the hits (orphan postings, rows
    another process added), key 0 (an entry the index does not hold), repeated hits, keys spread far
    apart (np.isin then), none."""
    from briefreader.query import lay_over

    rng = np.random.default_rng(31)
    for n in (1, 7, 1000, 20000):
        keys = rng.permutation(np.arange(0, 2 * n, dtype=np.int64))[:n]
        found = rng.integers(0, 3 * n + 5, size=rng.integers(0, 2 * n + 1)).astype(np.int64)
        assert lay_over(keys, found) == np.isin(keys, found).tobytes()
    sparse = np.array([5, 10**12, 3], dtype=np.int64)  # too far apart for a table
    assert lay_over(sparse, np.array([10**12, 4], dtype=np.int64)) == bytes([0, 1, 0])
    assert lay_over(np.zeros(0, dtype=np.int64), np.array([1], dtype=np.int64)) == b""
    # the table path is the one taken for dense keys (it would fail with np.isin gone)
    monkeypatch.setattr(np, "isin", None)
    assert lay_over(np.array([3, 1, 2], dtype=np.int64), np.array([2, 9], dtype=np.int64)) == bytes([0, 0, 1])
