"""A cold start's chain to its first rows (issue 19, session 34; benchmarks/bench_cold_start.py).

The first screenful of a start with no index waits for the pool's forkserver, which imports
the pipeline and runs it once (poolserver.py). Two things moved off that chain:

* peek_library starts the forkserver before it makes the index, when the index file is not
  there (a cold start), instead of after;
* the forkserver no longer imports numpy (~0.1 s of its ~0.6 s): a worker imports it after its
  first NUMPY_AFTER files, and never the reader's own process (a small folder is read there).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefreader import library
from briefreader.config import Config


def _config(tmp_path: Path) -> Config:
    folder = tmp_path / "briefings"
    folder.mkdir()
    for i in range(3):
        (folder / f"b{i}.txt").write_text(f"标题{i}\n\n2024年3月{i + 1}日 上海发布新政策。\n", encoding="utf-8")
    return Config(briefings=folder, notes=tmp_path / "n.toml", export=tmp_path, cache_dir=tmp_path / "cache")


def test_a_cold_peek_starts_the_pool_before_it_makes_the_index(tmp_path, monkeypatch) -> None:
    config = _config(tmp_path)
    root = config.briefings.resolve()
    calls: list[bool] = []
    rows: list[bool] = []

    def early(r: Path, rows_first: bool = False) -> None:
        calls.append(library._index_exists(config, r))
        rows.append(rows_first)

    monkeypatch.setattr(library, "_start_pool_early", lambda r, rows=False: early(r, rows))
    assert not library._index_exists(config, root)
    assert library.peek_library(config, 2) is None  # no rows yet
    assert calls == [False]  # once, and before the index file was made
    assert rows == [True]  # the TUI's peek: its pool reads list rows first (session 35)
    assert library._index_exists(config, root)  # made by the peek's open


def test_a_warm_peek_starts_no_pool(tmp_path, monkeypatch) -> None:
    config = _config(tmp_path)
    library.load_library(config).close()  # fills the index
    calls: list[Path] = []
    monkeypatch.setattr(library, "_start_pool_early", lambda r, rows=False: calls.append(r))
    peek = library.peek_library(config, 2)
    assert peek is not None and peek[1] == 3
    peek[0].close()
    assert calls == []


def test_an_empty_index_still_starts_the_pool(tmp_path, monkeypatch) -> None:
    # the file is there but holds no row (a start stopped before its first file was stored)
    config = _config(tmp_path)
    library._open_index(config, config.briefings.resolve()).close()  # type: ignore[union-attr]
    calls: list[Path] = []
    monkeypatch.setattr(library, "_start_pool_early", lambda r, rows=False: calls.append(r))
    assert library.peek_library(config, 2) is None
    assert calls == [config.briefings.resolve()]


def test_numpy_is_not_among_the_forkservers_modules() -> None:
    assert "numpy" not in library.WORKER_MODULES
    assert library.NUMPY_AFTER > 1


def test_a_worker_imports_numpy_once_after_its_first_files(tmp_path, monkeypatch) -> None:
    config = _config(tmp_path)
    path = next(config.briefings.iterdir())
    asked: list[int] = []
    monkeypatch.setattr(library, "_analysed_here", 0)
    monkeypatch.setattr(library, "_import_numpy", lambda: asked.append(library._analysed_here))
    for _ in range(library.NUMPY_AFTER + 3):
        out = library._analyse_star((str(path), config.briefings, config.topics, config.topic_threshold, True))
        assert out and out[0][0].title
    assert asked == [library.NUMPY_AFTER]


def test_the_readers_own_process_never_imports_numpy_for_it() -> None:
    code = (
        "import sys\n"
        "from briefreader import library\n"
        "assert 'numpy' not in sys.modules\n"
        "library._import_numpy()\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
