"""Guards what makes a save survive a power cut: the new notes file (and an export) is
fsynced before it replaces the old one, and its folder after, so the rename itself
is on disk. Checked with a spy on os.fsync that identifies each descriptor by inode."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from briefreader.export import write_export
from briefreader.model import Briefing
from briefreader.notes import NotesStore


def briefing() -> Briefing:
    return Briefing(
        id="a",
        path="/corpus/a.txt",
        fingerprint="sha256:a",
        title="标题",
        text="",
        date=dt.date(2025, 5, 17),
        date_precision="day",
    )


class FsyncSpy:
    """Records, for each os.fsync, what the descriptor is (file or folder, inode) and
    what the target path held at that moment, then does the real fsync."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
        self.target = target
        self.calls: list[tuple[str, int, int | None]] = []  # (kind, inode, target's inode then)
        real = os.fsync

        def spy(fd: int) -> None:
            st = os.fstat(fd)
            kind = "folder" if stat.S_ISDIR(st.st_mode) else "file"
            try:
                now = os.stat(target).st_ino
            except FileNotFoundError:
                now = None
            self.calls.append((kind, st.st_ino, now))
            real(fd)

        monkeypatch.setattr(os, "fsync", spy)

    def check_one_durable_replace(self) -> None:
        final = os.stat(self.target).st_ino
        files = [c for c in self.calls if c[0] == "file" and c[1] == final]
        folders = [c for c in self.calls if c[0] == "folder" and c[1] == os.stat(self.target.parent).st_ino]
        assert files, f"the new file was never fsynced: {self.calls}"
        assert folders, f"the folder was never fsynced after the rename: {self.calls}"
        # The file's data is synced before it takes the name; the folder after it has.
        assert files[0][2] != final, "the file was synced only after it replaced the old one"
        assert folders[-1][2] == final, "the folder was synced before the rename"
        assert self.calls.index(files[0]) < self.calls.index(folders[-1])


def test_a_saved_note_is_synced_file_then_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes" / "notes.toml"
    store = NotesStore.open(path)
    store.add_note(briefing(), "first")  # creates the file and its folder
    spy = FsyncSpy(monkeypatch, path)
    store.add_note(briefing(), "second")  # replaces it
    spy.check_one_durable_replace()
    assert [n.text for n in NotesStore.open(path).notes_for("a")] == ["first", "second"]


def test_a_bookmark_is_synced_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes.toml"
    spy = FsyncSpy(monkeypatch, path)
    NotesStore.open(path).set_bookmark(briefing(), True)  # the first save of a new file
    spy.check_one_durable_replace()


def test_an_export_is_synced_file_then_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    write_export(target, "# old\n")
    spy = FsyncSpy(monkeypatch, target)
    write_export(target, "# new\n")
    spy.check_one_durable_replace()
    assert target.read_text("utf-8") == "# new\n"
