"""textsearch.index_document tells a run's kind by its regex group (session 42, issue 19): the
same document as the runs joined one by one (_joined over _RUN's runs, the rule fts_query
shares), on every mix of Chinese, Latin, digits, punctuation, RUN_BREAK itself, blanks,
underscores, astral and lone surrogate characters."""

from __future__ import annotations

import random

import pytest

from briefreader.textsearch import _RUN, RUN_BREAK, _joined, fold, index_document

PIECES = [*"上海市人工智能〇㐀", "\U00020000", *"abcXYZ019ÅéΩ", *" _，。\n\t\xa0\u3000", RUN_BREAK, "\ud800", "⺀"]


def _reference(text: str) -> str:
    return _joined(_RUN.findall(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "。，",
        "上海",
        "ai",
        "AI+消费",
        "上海 人工智能",
        "上，海",
        "a上b海c",
        "上_海",
        "2024年1月5日 新华社",
        f"上{RUN_BREAK}海",
    ],
)
def test_shapes(text):
    assert index_document(fold(text)) == _reference(fold(text))


def test_random_texts_give_the_runs_joined_one_by_one():
    rng = random.Random(42)
    pieces = PIECES + [chr(rng.randrange(0x20, 0x30000)) for _ in range(200)]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        assert index_document(text) == _reference(text), repr(text)
