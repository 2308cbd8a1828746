"""Issue 19, session 31 (index schema 24).

* A list entry read from the index says whether its title was made from the lead
  (Briefing.title_generated, briefings.generated): row by row, by lookup, column-wise
  (ListStore) and after a change of the column-wise list. Before, every entry from the
  index said False (the TUI could not dim a generated title of a warm start).
* RUN_BREAK stands only between two Chinese runs (a Latin or digit run is one whole token,
  so a token beside it starts or ends a run already): fewer positions, the same answers.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefreader.index import Index
from briefreader.model import Briefing
from briefreader.query import Text, _compile_atom
from briefreader.textsearch import RUN_BREAK, fold, fts_query, index_document, needle_form


def _briefing(n: int, text: str, generated: bool = False, title: str = "") -> Briefing:
    return Briefing(
        id=str(n), path="", fingerprint=f"sha256:{n:064x}", title=title, text=text, title_generated=generated
    )


def test_a_list_entry_from_the_index_says_whether_its_title_was_generated(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    from briefreader.liststore import ListStore

    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    made = {n: n % 3 == 0 for n in range(9)}
    with Index.open(cache, root, "v") as index:
        for n, generated in made.items():
            title = "为深入学习贯彻全国两会精神" if generated else f"标题{n}"
            index.store(f"{n}.txt", 1, 1, _briefing(n, f"正文{n}，人工智能产业", generated, title))
        index.commit()
        rows = {r.briefing.id: r.briefing.title_generated for r in index.rows(root)}
        assert rows == {str(n): g for n, g in made.items()}
        assert index.lookup("0.txt", 1, 1).title_generated is True  # type: ignore[union-attr]
        assert index.lookup("1.txt", 1, 1).title_generated is False  # type: ignore[union-attr]
        with index._lock:
            store = ListStore(index._conn, str(root), "v")
        assert {b.id: b.title_generated for b in store} == rows
        # a change of the column-wise list (a file added) keeps each entry's flag and brings the new one's
        added = _briefing(20, "新的正文", True, "新的生成标题")
        added.loaded, added.key = False, 20
        changed = store.changed(store.keys[:0], [(added, "20.txt", 1, 1)])
        assert {b.id: b.title_generated for b in changed} == {**rows, "20": True}


def test_a_break_stands_only_between_two_chinese_runs() -> None:
    assert index_document(fold("上海 AI产业")) == "上 海 ai 产 业"
    assert index_document(fold("上海，浦东")) == f"上 海 {RUN_BREAK} 浦 东"
    assert index_document(fold("5G 直播 ai")) == "5g 直 播 ai"
    assert fts_query("ai消费") == '"ai 消 费"'
    assert fts_query("张江 高科") == f'"张 江 {RUN_BREAK} 高 科"'
    assert fts_query("直播 5g") == '"直 播 5g"*'


_PIECES = ["直", "播", "消费", "费", "ai", "a", "5g", "g5", "2024", "，", " ", "。", "-", "aigc", "\xa6", "ａｉ"]


def test_words_across_latin_and_chinese_runs_find_what_the_rule_finds(tmp_path: Path) -> None:
    """Without breaks beside Latin runs, a word of several runs still finds exactly the
    briefings the in-memory rule (needle_form in search_form) finds: seeded texts and
    words of Chinese and Latin pieces, spaces and punctuation."""
    rng = random.Random(31)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(250)]
    needles = set()
    while len(needles) < 300:
        needle = fold("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4))))
        if needle_form(needle) is not None:
            needles.add(needle)
    briefings = [_briefing(i, t) for i, t in enumerate(texts)]
    with Index.open(tmp_path / "cache", tmp_path, "v") as index:
        keys = {index.store(f"{b.id}.txt", 1, 1, b): b.id for b in briefings}
        found = 0
        for needle in sorted(needles):
            matches = _compile_atom(Text(needle), {}, None)
            expected = {b.id for b in briefings if matches(b, None)}
            assert {keys[k] for k in index.search(needle) or ()} == expected, needle
            found += bool(expected)
    assert found > 100  # the words are found, not only missed


def test_a_warm_start_lists_a_title_made_from_the_lead_as_generated(tmp_path: Path) -> None:
    """End to end: ingest marks a release that opens with its lead (no headline); the index keeps the
    mark, so the warm start's list entry (not read in full) carries it, and a headlined notice's does not."""
    from briefreader.config import read_config
    from briefreader.library import load_library

    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "a_headlined.txt").write_text(
        "关于开展2025年度智能工厂申报工作的通知\n\n2025年5月6日 上海市经济和信息化委员会\n\n各有关单位：现开展申报工作。\n",
        encoding="utf-8",
    )
    (folder / "b_lead_only.txt").write_text(
        "3月19日下午，地理学院党委组织师生赴区档案馆开展主题党日活动，全体党员参加了活动，"
        "并在活动结束后进行了交流讨论。\n\n大家纷纷表示，要把学习成果转化为工作动力。\n",
        encoding="utf-8",
    )
    config = read_config(Path(__file__).resolve().parents[2] / "config.toml")
    config.briefings, config.cache_dir = folder, tmp_path / "cache"
    cold = load_library(config)
    fresh = {b.id: b.title_generated for b in cold.briefings}
    cold.close()
    assert fresh == {"a_headlined": False, "b_lead_only": True}
    warm = load_library(config, verify=False)
    try:
        assert all(not b.loaded for b in warm.briefings)  # list entries from the index
        assert {b.id: b.title_generated for b in warm.briefings} == fresh
    finally:
        warm.close()
