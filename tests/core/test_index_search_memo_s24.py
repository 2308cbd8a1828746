"""A longer word's index answer is a check of each candidate's stored text (schema 20);
IndexSearch's set (words, the CLI's and the matcher's) and array (word_array_until, the
list filter's) of one needle must come from one check, and give the same keys."""

from __future__ import annotations

from pathlib import Path

from briefreader.index import Index
from briefreader.library import IndexSearch
from briefreader.model import Briefing

TEXTS = [
    ("人工智能", "发展人工智能产业。"),
    ("工智能人工", "工智能与人工并列，不成词。"),  # every bigram of 人工智能, never the word
    ("", "人工智能与ai消费"),
    ("", "ai与消费，消费和ai"),
]


def _search(tmp_path: Path, index: Index) -> tuple[IndexSearch, list[int]]:
    keys = []
    for n, (title, text) in enumerate(TEXTS):
        b = Briefing(id=f"b{n}", path="", fingerprint=str(n), title=title, text=text)
        keys.append(index.store(f"b{n}.txt", 1, 1, b))
    index.commit()
    return IndexSearch(index), keys


def _no_second_check(index: Index, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("checked again")

    monkeypatch.setattr(index, "verify", refuse)


def test_the_array_answers_the_set_of_the_same_needle(tmp_path: Path, monkeypatch):
    with Index.open(tmp_path, tmp_path, "v") as index:
        search, keys = _search(tmp_path, index)
        array = search.word_array_until("人工智能", None)
        assert sorted(array.tolist()) == [keys[0], keys[2]]  # not keys[1]: its bigrams only
        _no_second_check(index, monkeypatch)
        assert search.words("人工智能") == {keys[0], keys[2]}


def test_the_set_answers_the_array_of_the_same_needle(tmp_path: Path, monkeypatch):
    with Index.open(tmp_path, tmp_path, "v") as index:
        search, keys = _search(tmp_path, index)
        assert search.words("ai消费") == {keys[2]}
        _no_second_check(index, monkeypatch)
        assert search.word_array_until("ai消费", None).tolist() == [keys[2]]
        assert search.word_array("ai消费").tolist() == [keys[2]]
