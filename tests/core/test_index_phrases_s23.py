"""Guards index schema 20 (issue 19, session 23): the search table keeps no positions, so a
word of more than one token is answered by the AND of its tokens, a superset, and each
candidate is checked against the briefing's stored text. The answer must stay the word
rule's (the in-memory predicate's) on texts made so that the tokens occur apart, and the
filter's early mask (the rows it checks first) must hold only matches."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from briefreader import query as query_module
from briefreader.index import Index
from briefreader.library import IndexSearch
from briefreader.model import Briefing
from briefreader.query import IncrementalFilter, Text, _compile_atom
from briefreader.textsearch import fold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402

CJK = re.compile("[\u4e00-\u9fff]+")


def _briefing(n: int, title: str, text: str) -> Briefing:
    return Briefing(id=f"b{n:03d}", path="", fingerprint=str(n), title=title, text=text)


# Each has every bigram of 人工智能 (人工, 工智, 智能) or of ai消费, but only some have the word.
APART = [
    ("人工智能", "发展人工智能产业。"),
    ("工智能人工", "工智能与人工并列，不成词。"),  # every bigram, never the word
    ("人工，智能", "人工。工智。智能"),  # the word's bigrams across punctuation: not bridged
    ("消费ai", "ai与消费，消费和ai"),  # ai and 消费, never side by side
    ("", "ai消费 AI+消费"),
    ("", "aigc消费"),  # ai消费 needs ai to end a word before 消费
    # a text kept in many parts (index.TEXT_PART), the word in its last: every bigram occurs early
    (
        "长文",
        "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(4000)) + "人工。工智。智能。ai，消费" + "发展人工智能",
    ),
]


def _in_memory(briefings: list[Briefing], needle: str) -> set[int]:
    test = _compile_atom(Text(needle), {}, None)
    return {b.key for b in briefings if test(b, None)}


def test_words_whose_tokens_stand_apart_are_checked_against_the_text(tmp_path: Path):
    briefings = [_briefing(n, title, text) for n, (title, text) in enumerate(APART)]
    with Index.open(tmp_path, tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        for needle in ("人工智能", "工智能", "ai消费", "消费ai", "智能产业", "人工智"):
            found = index.candidates(needle)
            assert found is not None
            keys, exact = found
            assert not exact
            answer = index.search(needle)
            assert answer == _in_memory(briefings, needle), needle
            assert answer <= keys
        # the made texts do what they are for: candidates that are no match
        assert index.search("人工智能") < index.candidates("人工智能")[0]
        assert index.search("ai消费") < index.candidates("ai消费")[0]
        parts = index._conn.execute("SELECT count(*) FROM texts WHERE id >> 16 = ?", (briefings[-1].key,)).fetchone()
        assert parts[0] > 3  # the long text's form is stored in parts, read back whole
        for needle in ("人工", "智", "ai", "a"):  # one token: the candidates are the answer
            keys, exact = index.candidates(needle)
            assert exact and keys == _in_memory(briefings, needle), needle


def _decoded(data: bytes) -> str:
    """A generated text file (the generator writes some in GB18030)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def test_a_generated_corpus_agrees_on_words_made_of_its_own_bigrams(tmp_path: Path):
    """Words cut from the texts, and words made of two bigrams of one text that stand
    apart there (their tokens all occur in that briefing: a candidate to check)."""
    generate(tmp_path / "corpus", 40, seed=23, kinds={"txt": 1})
    briefings = [
        _briefing(n, "", _decoded(path.read_bytes()))
        for n, path in enumerate(sorted((tmp_path / "corpus").rglob("*.txt")))
    ]
    assert len(briefings) >= 30
    rng = random.Random(23)
    needles: set[str] = set()
    for b in rng.sample(briefings, 15):
        runs = [r for r in CJK.findall(fold(b.text)) if len(r) >= 2]
        for length in (3, 4, 5):
            run = rng.choice([r for r in runs if len(r) >= length] or runs)
            start = rng.randrange(max(1, len(run) - length + 1))
            needles.add(run[start : start + length])
        first, second = rng.sample(runs, 2)
        needles.add(first[:2] + second[:2])  # both bigrams occur, most often not side by side
    with Index.open(tmp_path / "cache", tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        loose = 0
        for needle in sorted(needles):
            answer = index.search(needle)
            assert answer == _in_memory(briefings, needle), needle
            loose += len(index.candidates(needle)[0] - answer)
    assert loose > 0  # some candidates were no match: the check was needed


def _entries(briefings: list[Briefing]) -> list[Briefing]:
    """The briefings as list entries (not loaded): the filter asks the index."""
    return [
        Briefing(id=b.id, path="", fingerprint=b.fingerprint, title=b.title, text="", loaded=False, key=b.key)
        for b in briefings
    ]


def test_the_filter_shows_checked_rows_first_and_then_every_match(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(query_module, "EARLY_FROM", 4)
    monkeypatch.setattr(query_module, "EARLY_ROWS", 3)
    texts = ["发展人工智能。", "工智能与人工并列。", "智能人工工智。", "人工智能产业"] * 6
    briefings = [_briefing(n, "", t) for n, t in enumerate(texts)]
    with Index.open(tmp_path, tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        entries = _entries(briefings)
        live = IncrementalFilter(entries, taxonomy={}, search=IndexSearch(index))
        shown: list[bytes] = []
        mask = live.select("人工智能", early=shown.append)
        expected = bytes(int(b.key in _in_memory(briefings, "人工智能")) for b in briefings)
        assert mask == expected
        assert len(shown) == 1
        early = shown[0]
        assert 0 < sum(early) < sum(mask)  # some rows first, each of them a match
        assert all(m for e, m in zip(early, mask, strict=True) if e)
        # negated, with another word: the early rows still match the whole query
        shown.clear()
        mask = live.select("智能 -人工智能 工智", early=shown.append)
        memory = _in_memory(briefings, "智能") & _in_memory(briefings, "工智")
        assert mask == bytes(int(b.key in memory - _in_memory(briefings, "人工智能")) for b in briefings)
        assert all(all(m for e, m in zip(e_mask, mask, strict=True) if e) for e_mask in shown)


def test_a_stopped_check_leaves_nothing_behind(tmp_path: Path):
    texts = ["发展人工智能。", "工智能与人工并列。"] * 4
    briefings = [_briefing(n, "", t) for n, t in enumerate(texts)]
    with Index.open(tmp_path, tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        search = IndexSearch(index)
        live = IncrementalFilter(_entries(briefings), taxonomy={}, search=search)
        live.select("人工智能", stop=lambda: True)  # a cancelled worker's: dropped by its caller
        assert live._last is None  # not kept to refine the next query from
        assert ("wa", "人工智能") not in search._memo  # not remembered as the word's answer
        expected = bytes(int(b.key in _in_memory(briefings, "人工智能")) for b in briefings)
        assert live.select("人工智能") == expected


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q"])
