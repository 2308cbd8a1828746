"""The story check's packed minima (issue 19, session 43): Signature.matches_bytes with
``mine`` (Signature.packed) counts the shared and the lower minima by whole-integer
arithmetic; every count and every answer must be the word-by-word one's."""

from __future__ import annotations

import random
from operator import eq, lt

import pytest

from briefreader import stories
from briefreader.stories import (
    MIN_CONTAINED,
    MIN_SHINGLES,
    NUM_PERM,
    Signature,
    _equal_words,
    _words_below,
    signature,
)

EDGES = (0, 1, 2, 0x7FFFFFFE, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF)


def _pack(values: tuple[int, ...]) -> int:
    return sum(v << (32 * i) for i, v in enumerate(values))


def _pairs(rng: random.Random, n: int = 3000):
    """Pairs of NUM_PERM 32-bit words: random, sharing any number of words, near each
    other (off by one either way), and the words where a carry or a borrow could cross."""
    for k in range(n):
        a = [rng.getrandbits(32) for _ in range(NUM_PERM)]
        b = [rng.getrandbits(32) for _ in range(NUM_PERM)]
        for i in rng.sample(range(NUM_PERM), k % (NUM_PERM + 1)):  # 0..64 shared words
            b[i] = a[i]
        for i in rng.sample(range(NUM_PERM), 6):
            a[i] = rng.choice(EDGES)
            b[i] = rng.choice((*EDGES, a[i], (a[i] + 1) & 0xFFFFFFFF, (a[i] - 1) & 0xFFFFFFFF))
        yield tuple(a), tuple(b)
    yield (0,) * NUM_PERM, (0xFFFFFFFF,) * NUM_PERM
    yield (0xFFFFFFFF,) * NUM_PERM, (0,) * NUM_PERM
    yield (0x80000000,) * NUM_PERM, (0x7FFFFFFF,) * NUM_PERM
    yield (0xFFFFFFFF,) * NUM_PERM, (0xFFFFFFFF,) * NUM_PERM


def test_the_packed_counts_are_the_word_by_word_counts():
    for a, b in _pairs(random.Random(43)):
        pa, pb = _pack(a), _pack(b)
        assert _equal_words(pa ^ pb) == sum(map(eq, a, b))
        assert _words_below(pa, pb) == sum(map(lt, a, b))
        assert _words_below(pb, pa) == sum(map(lt, b, a))


def test_packed_is_the_stored_blobs_minima():
    sig = signature("标题", "上海市人工智能产业规模突破三千亿元，集成电路产业继续增长。" * 8)
    assert sig is not None and len(sig.values) == NUM_PERM
    assert sig.packed() == _pack(sig.values) == int.from_bytes(sig.to_bytes()[4 : 4 * (NUM_PERM + 1)], "little")
    assert Signature(sig.values[:10], sig.size).packed() is None  # not NUM_PERM minima: the word-by-word path


@pytest.mark.parametrize(
    "sizes",
    [
        (MIN_SHINGLES - 1, 500),
        (MIN_SHINGLES, MIN_SHINGLES),
        (MIN_CONTAINED - 1, 400),
        (MIN_CONTAINED, MIN_CONTAINED),
        (400, MIN_CONTAINED),
        (300, 300),
        (1000, 90),
    ],
)
def test_alike_packed_decides_as_alike(sizes):
    rng = random.Random(sizes[0] * 7919 + sizes[1])
    seen = set()
    for a, b in _pairs(rng, 1500):
        mine = Signature(a, sizes[0])
        got = mine._alike_packed(sizes[1], _pack(a), _pack(b))
        assert got == mine._alike(sizes[1], b)
        seen.add(got)
    assert seen == {0, stories._ALIKE, stories._SAME_TEXT} or sizes[0] < MIN_SHINGLES  # every answer was met


def test_matches_bytes_with_mine_answers_as_without():
    """Real signatures (leads, titles, periods, number sketches), stored as the index stores
    them: a related pair, unrelated ones, a copy, a truncation; every pair both ways."""
    rng = random.Random(5)
    base = "上海市经济和信息化委员会发布人工智能产业发展报告，2025年产业规模达到4500亿元，同比增长12.5%。"
    other = "北京市科学技术委员会公布集成电路专项支持计划，首批项目涉及企业86家，资金3.2亿元。"
    texts = [base * 6, base * 3, (base * 6)[:150], other * 6, other * 2 + base * 2]
    for _ in range(40):
        words = list(base + other)
        rng.shuffle(words)
        texts.append("".join(words) * rng.randint(1, 4))
    sigs = [s for n, t in enumerate(texts) if (s := signature(f"第{n % 3}期 报告", t)) is not None]
    assert len(sigs) > 30
    answers = set()
    for a in sigs:
        mine = a.packed()
        assert mine is not None
        for b in sigs:
            blob = b.to_bytes()
            assert a.matches_bytes(blob, mine) == a.matches_bytes(blob) == a.matches(b)
            answers.add(a.matches_bytes(blob, mine))
    assert answers == {True, False}
