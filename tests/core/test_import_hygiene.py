"""Guards that the core never imports the UI: it must stay usable from plain scripts and workers."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "briefreader.ingest",
    "briefreader.figures",
    "briefreader.topics",
    "briefreader.query",
    "briefreader.notes",
    "briefreader.library",
    "briefreader.export",
    "briefreader.index",
    "briefreader.config",
    "briefreader.model",
    "briefreader.cli",
]


def test_core_imports_no_textual() -> None:
    code = (
        "import sys\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_importing_the_core_loads_no_heavy_dependency() -> None:
    # jieba and OpenCC load lazily, on first use, so `briefreader --help` stays instant.
    code = (
        "import sys\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "print(','.join(sorted(m for m in ('jieba', 'opencc', 'selectolax', 'yaml') if m in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_starting_the_tui_loads_only_what_paints_the_list() -> None:
    # The warm start is measured against a bare Textual app (benchmarks/bench.py):
    # the ingest pipeline, the figures code, the query language, jieba, rjieba and
    # OpenCC load when an article is opened or a query typed, in a worker.
    code = (
        "import sys\n"
        "import briefreader.tui.app\n"
        "later = ('briefreader.ingest', 'briefreader.figures', 'briefreader.query', 'briefreader.topics',\n"
        "         'jieba', 'rjieba', 'opencc', 'selectolax', 'yaml', 'charset_normalizer')\n"
        "print(','.join(m for m in later if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_painting_from_the_index_loads_no_pipeline(tmp_path) -> None:
    # The first screen of a big corpus comes from peek_library in the loader thread;
    # importing the ingest pipeline there (to version the cache) cost ~130 ms.
    folder, cache = tmp_path / "briefings", tmp_path / "cache"
    folder.mkdir()
    for i in range(3):
        (folder / f"b{i}.txt").write_text(f"标题{i}\n\n2024年3月{i + 1}日 上海发布新政策。\n", encoding="utf-8")
    setup = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefreader.config import Config\n"
        "from briefreader.library import load_library, peek_library\n"
        f"config = Config(briefings=Path({str(folder)!r}), notes=Path({str(tmp_path / 'n.toml')!r}),\n"
        f"                export=Path({str(tmp_path)!r}), cache_dir=Path({str(cache)!r}))\n"
    )
    subprocess.run([sys.executable, "-c", setup + "load_library(config).close()"], check=True)  # fills the index
    peek = setup + (
        "library, total = peek_library(config, 2)\n"
        "assert total == 3 and len(library.briefings) == 2, total\n"
        "later = ('briefreader.ingest', 'briefreader.figures', 'briefreader.topics', 'briefreader.textsearch',\n"
        "         'jieba', 'rjieba', 'opencc')\n"
        "print(','.join(m for m in later if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", peek], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
