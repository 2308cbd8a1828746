"""Session 11's column-wise list work (issue 19): is:read matched over the fingerprint
digests (DigestColumn.isin), answering as a test of each fingerprint string does."""

from __future__ import annotations

import hashlib
import random

import pytest

np = pytest.importorskip("numpy")


def _fingerprints(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["sha256:" + hashlib.sha256(str(i).encode()).hexdigest() for i in range(n)]
    for i in rng.sample(range(n), n // 10):  # forms the column keeps as written
        out[i] = rng.choice(["", "sha256:" + "AB" * 32, "md5:" + "0" * 67, out[i][:-1], "sha256:" + "0" * 64])
    return out


@pytest.mark.parametrize("seed", range(6))
def test_isin_is_a_membership_test_of_each_fingerprint(seed: int) -> None:
    from briefreader.liststore import DigestColumn, Splice

    rng = random.Random(seed)
    values = _fingerprints(400, seed)
    column = DigestColumn.of(values)
    read = set(rng.sample(values, 60)) | {"sha256:" + hashlib.sha256(b"elsewhere").hexdigest(), "", "x"}
    read.add("sha256:" + "0" * 64)  # a digest of zeros: the slot an odd entry leaves
    # Same first 8 bytes, other last 24: a hit on the heads that the whole digest refuses.
    twin = values[5][: 7 + 16] + ("0" * 48 if values[5][-1] != "0" else "1" * 48)
    read.add(twin)
    expected = [v in read for v in values]
    assert column.isin(read).tolist() == expected
    assert column.isin(set()).tolist() == [False] * len(values)
    assert column.isin(read).tolist() == expected  # the parsed set kept for an equal one
    marked, unmarked = values[1], next(iter(sorted(read & set(values))))
    read.add(marked)  # marked read and unread between two keystrokes: the same size, another set
    read.discard(unmarked)
    assert column.isin(read).tolist() == [v in read for v in values]
    kept = np.flatnonzero(np.array([rng.random() < 0.8 for _ in values]))
    changed = column.changed(Splice(len(values), kept, np.array([0, 3], dtype=np.int64)), [values[1], "odd"])
    assert changed.isin(read).tolist() == [v in read for v in changed]


def test_is_read_over_a_store_answers_as_the_strings_do() -> None:
    from briefreader.liststore import DigestColumn
    from briefreader.query import IncrementalFilter

    values = _fingerprints(300, 9)
    read = set(values[::7])

    class Marks:  # readstate.StateMarks: is_read is the read set's own __contains__
        is_read = read.__contains__

        def is_new(self, fingerprint: str) -> bool:
            return False

    flt = IncrementalFilter([], taxonomy={}, marks=Marks())  # type: ignore[arg-type]
    flt._fingerprints = DigestColumn.of(values)  # as reset() sets it for a ListStore
    fast = flt._read_bits(Marks.is_read)
    assert fast == bytes(v in read for v in values)
    assert flt._read_bits(lambda fp: fp in read) == fast  # any other test: one call per entry


def _keyword_values(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["直播", "电商", "元宇宙", "AI", "张江", "數據", "x", "产业园区", "5G", "集成电路"]
    return ["\x1f".join(rng.sample(words, rng.randint(0, 5))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(4))
def test_keywords_held_as_numbers_read_back_as_written(seed: int, monkeypatch) -> None:
    import briefreader.liststore as liststore
    from briefreader.liststore import Splice, WordsColumn

    monkeypatch.setattr(liststore, "WORDS_SLICE", 7)  # a chunk split in many slices
    values = _keyword_values(50, seed)
    table: dict[str, int] = {}
    chunks = [values[:23], values[23:]]
    parts, counts = [], []
    for chunk in chunks:  # two load chunks, one vocabulary
        lengths = np.array([len(v) for v in chunk], dtype=np.int64)
        codes, count = WordsColumn.parse("\x1f".join(chunk), lengths, table)
        parts.append(codes)
        counts.append(count)
    codes = np.concatenate(parts)
    if seed % 2:  # as a load holds them while the vocabulary fits; the changes' numbers are int32s
        codes = codes.astype(np.uint16)
    column = WordsColumn(list(table), codes, np.cumsum(np.concatenate(counts)))
    assert list(column) == values and [column[i] for i in range(len(values))] == values
    assert column.words(0) == values[0].split("\x1f")
    rng = random.Random(seed)
    kept = np.flatnonzero(np.array([rng.random() < 0.7 for _ in values]))
    added = ["新词\x1f直播", "", "AI"]
    changed = column.changed(Splice(len(values), kept, np.array([0, 2, len(kept)], dtype=np.int64)), added)
    expected = [values[k] for k in kept.tolist()]
    for at, value in sorted(zip([0, 2, len(kept)], added, strict=True), reverse=True):
        expected.insert(at, value)
    assert list(changed) == expected
    assert "新词" not in column.vocabulary  # the old column is left as it was
    monkeypatch.setattr(liststore, "EXTRA_MIN", 0)  # many changes: gathered into one array again
    many = ["x\x1f张江"] * 40  # more numbers added than an eighth of the column's
    again = changed.changed(Splice(len(changed), np.arange(len(changed)), np.full(40, 1, dtype=np.int64)), many)
    assert again.starts is None and list(again) == [*expected[:1], *many, *expected[1:]]
