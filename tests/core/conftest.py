"""Fixtures shared by tests/core (session 39: the F-once test's folder and test_cli_records_s37's config were the same
seven lines, session 38's duplicate report D1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# dev/s35_08's scraped CSV: fourteen of its records repeated (two versions of one story) and ten holding only a site's
# "Javascript must be enabled" notice (records not read); looked up when the fixture runs, not when tests/core collects
SCRAPED_GLOB = "s35_08_scraped_corpus_records_csv_*.csv"


@pytest.fixture(scope="module")
def samples_with_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the sample briefings plus dev/s35_08's scraped CSV (as scraped.csv), and a config.toml beside it
    naming that folder, a notes file and a cache of its own: the config's path (one per test module)."""
    tmp = tmp_path_factory.mktemp("samples_with_csv")
    folder = tmp / "c"
    shutil.copytree(ROOT / "briefings", folder)
    shutil.copy(next((ROOT / "tests/data/realworld/dev").glob(SCRAPED_GLOB)), folder / "scraped.csv")
    path = tmp / "config.toml"
    path.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp}/notes.toml"\ncache = "{tmp}/cache"\n', encoding="utf-8"
    )
    return path
