"""Tester s18 X3: the README states the cuts a big file meets; they must be the code's own numbers."""

from __future__ import annotations

import re
from pathlib import Path

from briefreader.ingest import MAX_BYTES, MAX_FIGURES
from briefreader.ingest.epub import MAX_CHAPTERS
from briefreader.ingest.feed import MAX_ENTRIES
from briefreader.ingest.formats import MAX_FILE_BYTES
from briefreader.ingest.pdf import MAX_PAGES

README = Path(__file__).resolve().parents[2] / "README.md"


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_readme_states_the_limits_the_code_applies() -> None:
    section = README.read_text(encoding="utf-8").split("**What a big file gives, and says.**", 1)[1].split("\n\n", 1)[0]
    section = " ".join(section.split())
    mb = [_number(m) for m in re.findall(r"first ([\d,]+) MB|up to ([\d,]+) MB", section) for m in m if m]
    assert mb == [MAX_BYTES // 2**20, MAX_FILE_BYTES // 2**20]
    assert _number(re.search(r"first ([\d,]+) pages", section)[1]) == MAX_PAGES  # type: ignore[index]
    assert _number(re.search(r"first ([\d,]+) chapters", section)[1]) == MAX_CHAPTERS  # type: ignore[index]
    assert _number(re.search(r"first ([\d,]+) entries", section)[1]) == MAX_ENTRIES  # type: ignore[index]
    assert _number(re.search(r"at most ([\d,]+) key figures", section)[1]) == MAX_FIGURES  # type: ignore[index]
