"""The analysis digest kept in the cache folder against its files' stat (issue 19, session 46).

library._code_digest hashed 55 files (2.4 MB) at every start: ~4 ms of a warm start's first paint, in the
peek thread. With the cache folder it keeps the digest beside the index with the files' names, sizes and
modification times (as Python keeps bytecode), and hashes them again only when one of those changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefreader import library


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    files = []
    for n in range(3):
        f = tmp_path / "code" / f"rule{n}.py"
        f.parent.mkdir(exist_ok=True)
        f.write_text(f"RULE = {n}\n", encoding="utf-8")
        files.append(f)
    monkeypatch.setattr(library, "digest_parts", lambda: list(files))
    library._code_digest.cache_clear()
    yield files
    library._code_digest.cache_clear()


def _fresh() -> str:
    library._code_digest.cache_clear()
    return library._code_digest()  # no folder: every file hashed


def _kept(folder: Path) -> str:
    library._code_digest.cache_clear()
    return library._code_digest(folder)


def test_the_kept_digest_is_the_hashed_one_and_is_read_without_hashing(parts, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    expected = _fresh()
    assert _kept(folder) == expected
    assert len(list(folder.glob("code-*.txt"))) == 1
    real = Path.read_bytes

    def no_hashing(self: Path) -> bytes:
        assert self not in parts, f"{self} hashed again"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", no_hashing)
    assert _kept(folder) == expected


def test_a_changed_file_is_hashed_again(parts, tmp_path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    before = _kept(folder)
    st = parts[1].stat()
    parts[1].write_text("RULE = 9\n", encoding="utf-8")  # the same size
    os.utime(parts[1], ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # another time
    after = _kept(folder)
    assert after != before and after == _fresh()
    parts[2].write_text("RULE = 22\n", encoding="utf-8")  # another size
    os.utime(parts[2], ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _kept(folder) == _fresh() != after


def test_a_damaged_or_foreign_memo_is_not_believed(parts, tmp_path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    expected = _kept(folder)
    (memo,) = folder.glob("code-*.txt")
    stamp = memo.read_text(encoding="utf-8").split()[0]
    for text in ("garbage", f"{stamp} not-a-digest", f"{'0' * 64} 0123456789ab", "\udcff"):
        memo.write_text(text, encoding="utf-8", errors="surrogateescape")
        assert _kept(folder) == expected
    assert memo.read_text(encoding="utf-8").split()[1] == expected  # written again


def test_no_folder_yet_writes_nothing(parts, tmp_path) -> None:
    folder = tmp_path / "not-made"
    assert _kept(folder) == _fresh()
    assert not folder.exists()
