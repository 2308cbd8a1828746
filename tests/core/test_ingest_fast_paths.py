"""Guards issue 19's speed-ups against what they replaced: each fast path gives what
the slow one gave, on the real-world dev pages and on generated text."""

from __future__ import annotations

import random
from pathlib import Path

from briefreader.ingest.decode import _common_hanzi, plausibility
from briefreader.library import load_library

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "realworld" / "dev"


def _plausibility_loop(text: str) -> float:
    """The character loop plausibility() was until issue 19."""
    common = _common_hanzi()
    total = hits = 0
    for ch in text:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000":
            total += 1
            hits += ch in common
    return hits / total if total else 1.0


def test_plausibility_counts_as_the_loop_did() -> None:
    texts = []
    for path in sorted(DEV.iterdir()):
        data = path.read_bytes()
        for encoding in ("utf-8", "gb18030", "big5", "cp1252"):  # right and wrong readings alike
            texts.append(data.decode(encoding, errors="replace"))
    assert len(texts) > 100
    texts += [line for text in texts[:40] for line in text.split("\n")]
    rng = random.Random(19)
    texts += ["".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    texts += ["", "abc", "中", "\U00020000", "\uf900\ufaff\u3400\u9fff\u33ff\ufb00"]
    assert [plausibility(t) for t in texts] == [_plausibility_loop(t) for t in texts]


def test_list_entries_from_the_index_read_the_same_file_back(tmp_path: Path) -> None:
    # Workers do not send the decoded file back when the index stores the entry: the
    # article and the original view read it again, and must get what a library without
    # the index holds.
    from briefreader.config import read_config
    from briefreader.ingest import original_text

    config = read_config(ROOT / "config.toml")
    config.briefings = DEV
    config.cache_dir = tmp_path / "cache"
    stored = load_library(config)
    memory = load_library(config, use_cache=False)
    assert stored.stats.ingested == stored.stats.files > 48  # every file, through the workers' path
    assert {b.id for b in stored.briefings} == set(memory.by_id)
    for entry in stored.briefings:
        assert not entry.loaded and entry.original == ""
        full, kept = stored.full(entry), memory.by_id[entry.id]
        assert (full.title, full.text, full.date) == (kept.title, kept.text, kept.date)
        assert original_text(full) == kept.original
    stored.close()
