"""Session 18, usefix: the s17 review's and tester's findings outside the TUI (CLI, query,
export, notes), each failing on the code before it."""

from __future__ import annotations

import re
from pathlib import Path

import briefreader

SRC = Path(briefreader.__file__).resolve().parent  # the package tested (a frozen copy too)


# ----- review s17 R5: an environment variable's name is spelled once -------------------------


def test_every_environment_variable_name_is_spelled_in_one_file() -> None:
    """BRIEFREADER_PDF_CACHE was a string in cli.py, pool.py and ingest/pdfcache.py: a typo in
    one would split the cache silently. Every "BRIEFREADER_…" literal is in envnames.py."""
    spelled: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for name in re.findall(r"""["'](BRIEFREADER_[A-Z_]+)["']""", path.read_text(encoding="utf-8")):
            spelled.setdefault(name, set()).add(path.relative_to(SRC).as_posix())
    assert "BRIEFREADER_PDF_CACHE" in spelled
    assert {name: files for name, files in spelled.items() if files != {"envnames.py"}} == {}
