"""A config file for a folder of briefings, as the tests that load a library of their own write it (one definition,
shared): the folder, a notes file and an index cache inside the test's tmp_path."""

from __future__ import annotations

from pathlib import Path

from briefreader.config import Config, load_config


def folder_config(tmp_path: Path, folder: Path, extra: str = "") -> Config:
    """``tmp_path``/config.toml reading ``folder``, its notes and cache in ``tmp_path``; ``extra``: more TOML after the
    [library] table (a [display] table …). Loaded."""
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n{extra}',
        encoding="utf-8",
    )
    return load_config(config_path)
