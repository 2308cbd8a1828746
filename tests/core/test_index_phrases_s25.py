"""Guards index schema 21 (issue 19, session 25): a briefing's runs are kept as tokens with
their positions (a Chinese character, a Latin word or number, a break between runs), and
every query word is one FTS5 phrase. The answer must stay the word rule's (the in-memory
predicate's) where the characters of a word occur apart, across punctuation, across the
title and the body, beside Latin runs and beside the break's own character; the list
filter gives that answer at once (no partial mask first)."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from briefreader.index import Index
from briefreader.library import IndexSearch
from briefreader.model import Briefing
from briefreader.query import IncrementalFilter, Text, _compile_atom
from briefreader.textsearch import RUN_BREAK, fold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402

CJK = re.compile("[\u4e00-\u9fff]+")


def _briefing(n: int, title: str, text: str) -> Briefing:
    return Briefing(id=f"b{n:03d}", path="", fingerprint=str(n), title=title, text=text)


# Each has every character of 人工智能 or of ai消费, but only some have the word.
APART = [
    ("人工智能", "发展人工智能产业。"),
    ("工智能人工", "工智能与人工并列，不成词。"),  # every bigram, never the word
    ("人工，智能", "人工。工智。智能"),  # the word's pieces across punctuation: not bridged
    ("消费ai", "ai与消费，消费和ai"),  # ai and 消费, never side by side
    ("", "ai消费 AI+消费"),
    ("", "aigc消费"),  # ai消费 needs ai to end a word before 消费
    ("人工", "智能产业"),  # the title's last run and the body's first: two runs
    ("", f"人工{RUN_BREAK}智能 ai{RUN_BREAK}消费 {RUN_BREAK}"),  # the break's character in a text: punctuation
    ("长文", "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(4000)) + "人工。智能。" + "发展人工智能"),
]
NEEDLES = [
    "人工智能",
    "工智能",
    "ai消费",
    "消费ai",
    "智能产业",
    "人工智",
    "人工 智能",
    "ai 消费",
    "a",
    "ai",
    "消",
    "能人",
]


def _in_memory(briefings: list[Briefing], needle: str) -> set[int]:
    test = _compile_atom(Text(needle), {}, None)
    return {b.key for b in briefings if test(b, None)}


def _has_every_character(b: Briefing, needle: str) -> bool:
    text = fold(b.title + "\n" + b.text)
    return all(c in text for c in needle if not c.isspace())


def test_words_whose_characters_stand_apart_match_as_the_bodies_do(tmp_path: Path):
    briefings = [_briefing(n, title, text) for n, (title, text) in enumerate(APART)]
    with Index.open(tmp_path, tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        for needle in NEEDLES:
            needle = fold(needle)
            assert index.search(needle) == _in_memory(briefings, needle), needle
            assert set(index.search_array(needle).tolist()) == _in_memory(briefings, needle), needle
        # the made texts do what they are for: every character there, no match
        for needle in ("人工智能", "ai消费"):
            apart = {b.key for b in briefings if _has_every_character(b, needle)} - index.search(needle)
            assert len(apart) >= 2, needle


def test_a_generated_corpus_agrees_on_words_cut_from_it_and_made_of_its_pieces(tmp_path: Path):
    """Words cut from the texts, and words made of two pieces of one text that stand
    apart there (their characters all occur in that briefing, mostly not side by side)."""
    generate(tmp_path / "corpus", 40, seed=25, kinds={"txt": 1})
    briefings = []
    for n, path in enumerate(sorted((tmp_path / "corpus").rglob("*.txt"))):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:  # the generator writes some in GB18030
            text = data.decode("gb18030", errors="replace")
        briefings.append(_briefing(n, "", text))
    assert len(briefings) >= 30
    rng = random.Random(25)
    needles: set[str] = set()
    for b in rng.sample(briefings, 15):
        runs = [r for r in CJK.findall(fold(b.text)) if len(r) >= 2]
        for length in (1, 2, 3, 4, 6):
            run = rng.choice([r for r in runs if len(r) >= length] or runs)
            start = rng.randrange(max(1, len(run) - length + 1))
            needles.add(run[start : start + length])
        first, second = rng.sample(runs, 2)
        needles.add(first[:2] + second[:2])
        needles.add(first[-2:] + " " + second[:2])  # a phrase: one run's end, the next one's start
    with Index.open(tmp_path / "cache", tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        apart = 0
        for needle in sorted(needles):
            answer = index.search(needle)
            assert answer == _in_memory(briefings, needle), needle
            apart += sum(1 for b in briefings if _has_every_character(b, needle) and b.key not in answer)
    assert apart > 0  # some briefings had a word's characters and not the word: positions decided


def _entries(briefings: list[Briefing]) -> list[Briefing]:
    """The briefings as list entries (not loaded): the filter asks the index."""
    return [
        Briefing(id=b.id, path="", fingerprint=b.fingerprint, title=b.title, text="", loaded=False, key=b.key)
        for b in briefings
    ]


def test_the_filter_gives_every_match_at_once(tmp_path: Path):
    texts = ["发展人工智能。", "工智能与人工并列。", "智能人工工智。", "人工智能产业"] * 6
    briefings = [_briefing(n, "", t) for n, t in enumerate(texts)]
    with Index.open(tmp_path, tmp_path, "v") as index:
        for b in briefings:
            b.key = index.store(f"{b.id}.txt", 1, 1, b)
        live = IncrementalFilter(_entries(briefings), taxonomy={}, search=IndexSearch(index))
        for typed in ("人", "人工", "人工智", "人工智能", "智能 -人工智能 工智"):
            mask = live.select(typed)
            full = IncrementalFilter(briefings, taxonomy={}).select(typed)  # the bodies, in memory
            assert mask == full, typed


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q"])
