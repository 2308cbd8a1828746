"""Guards the TUI's error paths (Pilot): a bookmark or an export that cannot be saved is
one error toast and changes nothing, ``c`` on a briefing without figures says so
instead of opening an empty citation, and a query typed while the library loads is
applied when it arrives."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from helpers.waiting import record_notifications, until

import briefreader.library as library_mod
from briefreader.library import load_library
from briefreader.notes import NotesStore
from briefreader.query import filter_briefings
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.note_editor import NoteEditor

SIZE = (120, 36)


def main(app: BriefreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


async def test_a_bookmark_that_cannot_be_saved_is_an_error_and_nothing_changes(
    sample_config, sample_library, tmp_path: Path, monkeypatch
):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")  # the notes folder is a file: nothing can be saved there
    notes = NotesStore.open(blocker / "notes.toml")
    app = BriefreaderApp(sample_config, library=sample_library, notes=notes)
    async with app.run_test(size=SIZE) as pilot:
        seen = record_notifications(app, monkeypatch)
        first = main(app).briefing_list.highlighted
        await pilot.press("b")
        await until(pilot, lambda: seen, "a toast")
        severity, message = seen[-1]
        assert severity == "error" and str(blocker / "notes.toml") in message and "\n" not in message
        assert not notes.is_bookmarked(first.id)
        assert app.is_running and isinstance(app.screen, MainScreen)
    assert blocker.read_text() == "in the way"


async def test_an_export_that_cannot_be_written_is_an_error(sample_config, sample_library, tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    config = replace(sample_config, export=blocker / "notes.md")
    app = BriefreaderApp(config, library=sample_library)
    async with app.run_test(size=SIZE) as pilot:
        seen = record_notifications(app, monkeypatch)
        await pilot.press("e")
        await until(pilot, lambda: seen, "a toast")
        severity, message = seen[-1]
        assert severity == "error" and message.startswith("Export failed:") and str(blocker) in message
        assert app.last_export is None
        assert app.is_running
    assert blocker.read_text() == "in the way"


async def test_c_on_a_briefing_without_figures_says_so(sample_config, tmp_path: Path, monkeypatch):
    corpus = tmp_path / "briefings"
    corpus.mkdir()
    (corpus / "plain.txt").write_text(
        "直播经济座谈会召开\n\n与会代表围绕直播电商的规范发展展开讨论。", encoding="utf-8"
    )
    config = replace(sample_config, briefings=corpus)
    library = load_library(config, use_cache=False)
    assert [b.figures for b in library.briefings] == [[]]
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        seen = record_notifications(app, monkeypatch)
        await pilot.press("c")
        await until(pilot, lambda: seen, "a toast")
        assert seen[-1][0] == "warning" and "No figure to cite" in seen[-1][1]
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)  # no empty citation opened
    assert NotesStore.open(config.notes).entries() == {}


async def test_a_query_typed_while_loading_is_applied_when_the_library_arrives(
    sample_config, sample_library, monkeypatch
):
    release = threading.Event()
    real = library_mod.load_library

    def slow_load(*args, **kwargs):
        assert release.wait(60), "the test never let the load finish"
        return real(*args, **kwargs)

    monkeypatch.setattr(library_mod, "load_library", slow_load)
    app = BriefreaderApp(sample_config, use_cache=False)
    expected = [b.id for b in filter_briefings(sample_library.briefings, "直播", taxonomy=sample_config.topics)]
    assert 0 < len(expected) < 5  # the query narrows the list: the check below can fail
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash", *"直播")
        await pilot.pause()
        assert app.library is None and screen.filter_bar.value == "直播"  # typed while loading
        release.set()
        await until(pilot, lambda: app.library is not None, "the library")
        await until(pilot, lambda: [b.id for b in screen.shown] == expected, "the typed query to be applied")
        assert screen.briefing_list.briefing_count == len(expected)
        assert not screen.filter_bar.has_class("-error")
