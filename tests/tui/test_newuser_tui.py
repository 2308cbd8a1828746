"""Guards what a new user ran into in the TUI (session 7, new-user pass, Pilot): the
status bar keeps the problem count and the read-only warning in 80 columns, and `e`
over a notes file that does not parse keeps the last good export."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

from helpers.waiting import record_notifications, until
from rich.cells import cell_len

from briefreader.library import load_library
from briefreader.notes import NotesStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.status_bar import StatusBar

CORRUPT = 'version = 1\n[briefings."x"\n'


def _setup(sample_config, sample_dir: Path, tmp_path: Path):
    corpus = tmp_path / "briefings"
    shutil.copytree(sample_dir / "briefings", corpus)
    (corpus / "empty.txt").write_bytes(b"")  # one problem: an empty file
    config = replace(sample_config, briefings=corpus)
    library = load_library(config, use_cache=False)
    assert library.problems
    config.notes.write_text(CORRUPT, encoding="utf-8")
    return config, library, NotesStore.open(config.notes)


async def test_status_bar_keeps_problems_and_read_only_warning_at_80_columns(sample_config, sample_dir, tmp_path):
    config, library, notes = _setup(sample_config, sample_dir, tmp_path)
    app = BriefreaderApp(config, library=library, notes=notes)
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.screen.query_one(StatusBar)
        await until(pilot, lambda: "problems" in str(bar.render()), "the problem count")
        line = str(bar.render())
        assert cell_len(line) <= 80, line
        assert re.search(r"problems: \d+ \(P\)", line) and "notes read-only" in line
        await pilot.resize_terminal(160, 45)
        await until(pilot, lambda: "briefreader" in str(bar.render()), "the title back when wide")
        wide = str(bar.render())
        assert re.search(r"problems: \d+ \(P\)", wide) and "notes read-only" in wide and "  │  " in wide


async def test_export_key_over_a_notes_file_that_does_not_parse_keeps_the_old_export(
    sample_config, sample_dir, tmp_path, monkeypatch
):
    config, library, notes = _setup(sample_config, sample_dir, tmp_path)
    config.export.write_text("# my last good export\n", encoding="utf-8")
    app = BriefreaderApp(config, library=library, notes=notes)
    async with app.run_test(size=(120, 36)) as pilot:
        seen = record_notifications(app, monkeypatch)
        await pilot.press("e")
        await until(pilot, lambda: seen, "a toast")
        severity, message = seen[-1]
        assert severity == "error" and "nothing was exported" in message
        assert app.last_export is None
    assert config.export.read_text(encoding="utf-8") == "# my last good export\n"
