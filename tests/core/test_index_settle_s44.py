"""Index.settle (issue 19, session 44): after a bulk ingest the FTS5 merges its automerge left under
way are finished, in steps, without changing a single answer; load_library asks for it after reading
SETTLE_AFTER files or more, and not for a few."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader import index as index_module
from briefreader import library
from briefreader.config import read_config
from briefreader.index import Index
from briefreader.model import Briefing

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["上海", "数字经济", "张江", "人工智能", "ai", "电商", "元宇宙", "临港", "集成电路", "消费"]


def _segments(index: Index) -> int:
    """The FTS5 structure record's segment count (its header: version, levels, segments)."""
    block = index._conn.execute("SELECT block FROM search_data WHERE id = 10").fetchone()[0]
    pos = 8 if block[4:8] == b"\xff\x00\x00\x01" else 4  # the v2 record's header

    def varint(i: int) -> tuple[int, int]:
        value = 0
        while True:
            byte = block[i]
            value = (value << 7) | (byte & 0x7F)
            i += 1
            if not byte & 0x80:
                return value, i

    _levels, pos = varint(pos)
    segments, _ = varint(pos)
    return segments


def _briefing(n: int) -> Briefing:
    words = [WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(3)]  # 3 of the 10: answers differ
    return Briefing(id=f"b{n}", path=f"/x/b{n}.txt", fingerprint=f"sha256:{n}", title=f"标题{n}", text="，".join(words))


@pytest.fixture
def unmerged(tmp_path: Path) -> Index:
    """An index whose search table took its rows in 30 batches with FTS5's automerge off."""
    index = Index.open(tmp_path / "cache", tmp_path / "corpus", "v1")
    index._conn.execute("INSERT INTO search(search, rank) VALUES('automerge', 0)")
    for batch in range(30):
        for n in range(batch * 20, batch * 20 + 20):
            index.store(f"b{n}.txt", 1, 1, _briefing(n))
        index.commit()
    index._conn.execute("INSERT INTO search(search, rank) VALUES('automerge', 4)")
    index.commit()
    yield index
    index.close()


def test_settle_merges_and_every_answer_stays(unmerged: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "SETTLE_PAGES", 4)  # several steps, each committed
    answers = {w: unmerged.search(w) for w in WORDS}
    assert all(0 < len(keys) < 600 for keys in answers.values())
    before = _segments(unmerged)
    assert before >= 10  # (FTS5's crisis merge keeps a level under 16)
    steps = unmerged.settle()
    assert steps >= 2 and _segments(unmerged) < before
    assert {w: unmerged.search(w) for w in WORDS} == answers
    assert unmerged._conn.execute("INSERT INTO search(search) VALUES('integrity-check')") is not None
    assert unmerged.settle() == 1  # nothing left: one step that changes nothing


def test_settle_stops_when_asked(unmerged: Index) -> None:
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert unmerged.settle(stop) <= 2


def test_settle_on_a_closed_index_does_nothing(unmerged: Index) -> None:
    unmerged.close()
    assert unmerged.settle() == 0


def _folder(tmp_path: Path, files: int) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(files):
        (corpus / f"{n:03}.txt").write_text(f"标题{n}\n\n上海市数字经济第{n}次报告，增长12.5%。", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[library]\nbriefings = "{corpus}"\ncache = "{tmp_path / "cache"}"\n', encoding="utf-8")
    return config


@pytest.mark.parametrize(("files", "after", "settled"), [(12, 10, True), (12, 13, False)])
def test_load_library_settles_after_a_bulk_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int, after: int, settled: bool
) -> None:
    calls: list[int] = []
    real = Index.settle
    monkeypatch.setattr(library, "SETTLE_AFTER", after)
    monkeypatch.setattr(library, "PARALLEL_THRESHOLD", 10_000)  # read in this process: a small test
    monkeypatch.setattr(Index, "settle", lambda self, stop=None: calls.append(1) or real(self, stop))
    config = read_config(_folder(tmp_path, files))
    library.load_library(config).close()
    assert bool(calls) is settled
    calls.clear()
    library.load_library(config).close()  # a warm start reads nothing: no settle
    assert not calls
