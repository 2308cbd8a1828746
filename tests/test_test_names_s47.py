"""Every test module's file name is unique across tests/: pytest imports them by basename
(rootdir-relative packages are not used here), so two test_x.py in tests/core and
tests/tui stop the whole collection with "import file mismatch" (session 47's CI: a
review's CLI and TUI tests shared one name and no test ran)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_two_test_modules_share_a_name() -> None:
    names = Counter(p.name for p in TESTS.rglob("test_*.py") if "data" not in p.relative_to(TESTS).parts[:1])
    assert len(names) > 100  # the walk found the suite
    assert [n for n, k in names.items() if k > 1] == []
