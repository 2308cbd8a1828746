"""The PDF text cache honours ``[library] cache`` and ``--no-cache`` (review s16 R11).

pdfcache.folder() was always the user's cache folder: a config naming another cache still
wrote up to 256 MB under ~/.cache, and --no-cache still answered PDFs from there. The CLI
now names the folder (or none) in pdfcache.ENV for the command, and the pool hands that to
every worker it starts (the forkserver keeps the environment of its own start)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefreader import cli as cli_module
from briefreader import pool
from briefreader.ingest import pdfcache


def test_the_folder_follows_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setenv(pdfcache.ENV, str(tmp_path / "configured"))
    assert pdfcache.folder() == tmp_path / "configured" / pdfcache.FOLDER
    monkeypatch.setenv(pdfcache.ENV, "")  # --no-cache
    assert pdfcache.folder() is None
    monkeypatch.delenv(pdfcache.ENV)  # the library used alone: the user's cache, as before
    assert pdfcache.folder() == tmp_path / "user" / pdfcache.FOLDER


def test_no_entry_is_read_or_written_under_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefreader.ingest.formats import Part

    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.delenv(pdfcache.ENV, raising=False)
    parts = [Part(format="pdf", body="第一页")]
    pdfcache.put(b"%PDF-1 data", parts)
    assert pdfcache.get(b"%PDF-1 data") == parts  # kept in the user's cache
    monkeypatch.setenv(pdfcache.ENV, "")
    assert pdfcache.get(b"%PDF-1 data") is None  # was: answered from ~/.cache under --no-cache
    pdfcache.put(b"%PDF-1 other", parts)
    monkeypatch.delenv(pdfcache.ENV)
    assert pdfcache.get(b"%PDF-1 other") is None  # nothing was written


@pytest.mark.parametrize("no_cache", [False, True])
def test_the_cli_names_the_configured_cache_for_its_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, no_cache: bool
) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "a.txt").write_text("上海发布\n\n国务院发放消费券。\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[library]\nbriefings = "{folder}"\ncache = "{tmp_path / "mine"}"\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.delenv(pdfcache.ENV, raising=False)
    seen = []

    def command(config, args) -> int:  # type: ignore[no-untyped-def]
        seen.append(pdfcache.folder())
        return 0

    monkeypatch.setitem(cli_module.COMMANDS, "list", command)
    args = ["--config", str(config), *(["--no-cache"] if no_cache else []), "list"]
    assert cli_module.main(args) == 0
    assert seen == [None if no_cache else tmp_path / "mine" / pdfcache.FOLDER]  # was: tmp_path/user/pdftext
    assert pdfcache.ENV not in os.environ  # the next command starts afresh


def test_workers_take_the_setting_of_the_process_that_starts_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdfcache.ENV, "/first")
    assert list(pool.parallel_map(os.getenv, [pdfcache.ENV] * 2, workers=2)) == ["/first"] * 2
    monkeypatch.setenv(pdfcache.ENV, "")  # the forkserver runs on with "/first"
    assert list(pool.parallel_map(os.getenv, [pdfcache.ENV] * 2, workers=2)) == [""] * 2
    monkeypatch.delenv(pdfcache.ENV)
    assert list(pool.parallel_map(os.getenv, [pdfcache.ENV] * 2, workers=2)) == [None] * 2
