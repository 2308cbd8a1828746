"""Read state opened for a first screen (issue 19): the file's quick_check runs after it.

``ReadState._open(read_only_first=True)`` (the TUI's Reading thread) reads the read marks
without the ~20 ms quick_check of a 100,000-row file; ``check()`` runs it once the first
screen is drawn, and a file that fails it is set aside as opening would have done.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefreader.readstate import ReadState

FPS = [f"sha256:{n:064x}" for n in range(3000)]


def _damaged(tmp_path: Path) -> Path:
    """A state file whose header and schema read, with b-tree pages scribbled over."""
    db = tmp_path / "readstate.sqlite3"
    state = ReadState.open(db)
    state.set_read(FPS)
    state.close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for at in range(len(data) - 4 * page, len(data)):  # the last pages: the header and schema read
        data[at] = 0xA5
    db.write_bytes(bytes(data))
    return db


def test_a_sound_file_passes_the_later_check_and_keeps_everything(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    state = ReadState.open(db)
    state.set_read(FPS[:10])
    state.close()
    state = ReadState(db)
    state._open(read_only_first=True)
    assert state.read_count() == 10 and state.message is None
    session = state.start_session()
    assert state.check() is True and state.check() is True  # once; a second call is nothing
    state.reload()
    assert state.read_count() == 10 and state.session == session and state.message is None
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_file_that_fails_the_later_check_is_set_aside_as_opening_would(tmp_path: Path) -> None:
    db = _damaged(tmp_path)
    opened = ReadState(db)
    opened._open(read_only_first=True)  # the schema reads: the damage is found by the check
    assert opened.persistent and opened.message is None and opened.read_count() == 0  # (its pages: unreadable)
    opened.start_session()
    assert opened.check() is False
    assert opened.message is not None and "set aside" in opened.message
    assert opened.read_count() == 0 and opened.persistent  # a new file took its place
    assert len(list(tmp_path.glob("readstate.sqlite3.corrupt-*"))) == 1
    opened.reload()
    assert opened.read_count() == 0 and opened.session >= 1
    opened.set_read(["sha256:a"])
    opened.close()
    again = ReadState.open(db)
    assert again.message is None and again.is_read("sha256:a") and again.read_count() == 1


def test_the_cli_open_still_checks_at_once(tmp_path: Path) -> None:
    db = _damaged(tmp_path)
    state = ReadState.open(db)
    assert state.message is not None and "set aside" in state.message
    assert state.check() is True  # nothing left to check


def test_marks_set_before_the_later_check_survive_a_set_aside(tmp_path: Path) -> None:
    # review s14 R10: the Reading thread starts a session, the user marks briefings read
    # in the first second, then check() sets the damaged file aside: the marks go with it
    db = _damaged(tmp_path)
    opened = ReadState(db)
    opened._open(read_only_first=True)
    opened.start_session()
    assert opened.set_read(["sha256:early", "sha256:undone"]) == 2
    assert opened.set_read(["sha256:undone"], read=False) == 1
    assert opened.check() is False and "set aside" in (opened.message or "")
    assert opened.is_read("sha256:early") and not opened.is_read("sha256:undone")
    opened.close()
    again = ReadState.open(db)
    assert again.message is None and again.is_read("sha256:early") and again.read_count() == 1
