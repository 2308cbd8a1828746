"""Shared fixtures: the five sample briefings in a temporary folder, read once."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "briefings"


def pytest_configure(config: pytest.Config) -> None:
    """No test writes to the user's own cache folder: a test that names no cache folder
    (an index opened without ``cache_dir``, the PDF text cache, the CLI in a subprocess
    that inherits this environment) gets one for the run."""
    if "BRIEFREADER_CACHE_DIR" not in os.environ:
        os.environ["BRIEFREADER_CACHE_DIR"] = _RUN_CACHE[0] = tempfile.mkdtemp(prefix="briefreader-tests-cache-")


_RUN_CACHE = [""]


def pytest_unconfigure(config: pytest.Config) -> None:
    if _RUN_CACHE[0]:
        shutil.rmtree(_RUN_CACHE[0], ignore_errors=True)


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of ``briefings/`` plus a config.toml pointing at it (notes in the same folder)."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLES, root / "briefings")
    config = (ROOT / "config.toml").read_text(encoding="utf-8")
    (root / "config.toml").write_text(config, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def sample_library(sample_dir: Path):
    """The samples through the real ingest, without the index cache."""
    from briefreader.config import read_config
    from briefreader.library import load_library

    config = read_config(sample_dir / "config.toml")
    return load_library(replace(config, cache_dir=sample_dir / "cache"), use_cache=False)


@pytest.fixture
def sample_config(sample_dir: Path, tmp_path: Path):
    """The sample config with a fresh notes file and export path for this test."""
    from briefreader.config import read_config

    config = read_config(sample_dir / "config.toml")
    return replace(config, notes=tmp_path / "notes.toml", export=tmp_path / "notes.md", cache_dir=tmp_path / "cache")


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder the CLI runs in as a user's would: the samples in ``briefings/``, the
    sample config.toml beside them (found as ./config.toml; notes.toml and notes.md land
    here too), its own index cache."""
    shutil.copytree(SAMPLES, tmp_path / "briefings")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.toml").write_text((ROOT / "config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path
