"""Guards two rules of the notes store that only show on files people edit or copy: a
date-time typed by hand without an offset is the writer's local time (not UTC), and a
moved briefing whose identical copies already carry notes goes to the copy without
any (PRODUCT.md section 8)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from briefreader.model import Briefing
from briefreader.notes import NotesStore


def briefing(id: str, fingerprint: str = "sha256:f") -> Briefing:
    return Briefing(id=id, path=f"/corpus/{id}.txt", fingerprint=fingerprint, title=id, text="")


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_hand_written_time_without_offset_is_local_time(tmp_path: Path, shanghai) -> None:
    # The reader in Shanghai adds a note by hand, writing the time as the clock showed it.
    path = tmp_path / "notes.toml"
    path.write_text(
        'version = 1\n\n[briefings."a"]\ntitle = "a"\n\n[[briefings."a".notes]]\n'
        'created = 2026-11-22T10:01:00\ntext = "typed by hand"\n',
        encoding="utf-8",
    )
    store = NotesStore.open(path)
    assert store.error is None
    (note,) = store.notes_for("a")
    assert note.created == dt.datetime(2026, 11, 22, 10, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert note.created.utcoffset() == dt.timedelta(hours=8)  # not 10:01 UTC, 18:01 on that clock


def test_a_moved_briefing_goes_to_the_copy_without_notes(tmp_path: Path) -> None:
    # Two identical files (same bytes) 'a' and 'b'; 'a' already has its own note. The
    # note of the removed 'old' (same bytes too) belongs on 'b', not merged into 'a'.
    store = NotesStore.open(tmp_path / "notes.toml")
    store.add_note(briefing("old"), "note on the moved file")
    store.add_note(briefing("a"), "note on a")
    assert store.relink([briefing("a"), briefing("b")]) == 1
    assert [n.text for n in store.notes_for("a")] == ["note on a"]
    assert [n.text for n in store.notes_for("b")] == ["note on the moved file"]
    assert "old" not in store.entries()
