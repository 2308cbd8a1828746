"""The core never imports the UI: it must stay usable from plain scripts and workers."""

from __future__ import annotations

import subprocess
import sys

CORE = ["briefreader.ingest", "briefreader.figures", "briefreader.topics", "briefreader.query",
        "briefreader.notes", "briefreader.library", "briefreader.export", "briefreader.index",
        "briefreader.config", "briefreader.model", "briefreader.cli"]


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
