"""Guards story grouping on folders full of copies: a briefing's story costs a bounded
number of signature checks however many earlier copies share its bands (both the
in-memory StoryIndex and the index's stories table), and the two still agree."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefreader import stories
from briefreader.across import story_map
from briefreader.config import read_config
from briefreader.library import load_library
from briefreader.stories import BUCKET_CAP, StoryIndex, signature

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))[:3]]


def test_thousands_of_copies_cost_a_bounded_number_of_checks(monkeypatch) -> None:
    # 3 texts x 1,000 copies, each with its own trailer: before the cap and the early
    # stop, the n-th copy compared with every earlier one (~1.5 million checks here).
    texts = _texts()
    calls = 0
    real = stories.Signature.matches

    def counting(self, other):
        nonlocal calls
        calls += 1
        return real(self, other)

    monkeypatch.setattr(stories.Signature, "matches", counting)
    sigs = [signature(f"标题{i % 3}", texts[i % 3] + f"\n第{i}条补充说明。") for i in range(3000)]
    index = StoryIndex()
    found = [index.add(n, sig) for n, sig in enumerate(sigs)]
    assert found[:3] == [0, 1, 2]
    assert all(found[n] == n % 3 for n in range(3000))  # every copy joins its text's first version
    assert calls <= 3000 * 3, calls  # the earliest story first: a copy matches at once
    assert all(len(bucket) <= BUCKET_CAP for bucket in index._buckets.values())


def test_the_index_and_memory_agree_past_the_cap(tmp_path, sample_dir) -> None:
    texts = _texts()
    folder = tmp_path / "b"
    folder.mkdir()
    n = BUCKET_CAP * 3 + 7  # every text's bands overflow
    for i in range(n):
        (folder / f"c{i:04d}.txt").write_text(texts[i % 3] + f"\n第{i}条补充说明。\n", encoding="utf-8")
    config = replace(
        read_config(sample_dir / "config.toml"),
        briefings=folder,
        cache_dir=tmp_path / "cache",
        notes=tmp_path / "notes.toml",
        export=tmp_path / "notes.md",
    )
    indexed, memory = load_library(config), load_library(config, use_cache=False)
    from_index, from_text = story_map(indexed), story_map(memory)
    assert len(from_index) == len(from_text) == 3  # three stories, each of every copy
    assert from_index.story == from_text.story
    assert sorted(len(m) for m in from_index.members.values()) == sorted([len(range(k, n, 3)) for k in range(3)])
