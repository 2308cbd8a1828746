"""Issue 19, session 13: the read state's first-seen sessions (a row per briefing ever
listed, ~75 ms of CPU at 100,000) are read after the first screen; the read marks the
list draws are there before it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from briefreader.readstate import ReadState
from briefreader.tui import reading as reading_module
from briefreader.tui.reading import Reading


def _state_with(path: Path, read: list[str], seen: list[str]) -> None:
    state = ReadState.open(path)
    state.start_session()
    state.note_seen(seen)
    state.set_read(read)
    state.close()


def test_read_marks_come_first_and_the_rest_after_the_first_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Under load the 0.1 s wait below could outlast REST_AFTER (1 s from the thread's start),
    # and the rest would be read before the assert that it is not (review s13 P2).
    monkeypatch.setattr(reading_module, "REST_AFTER", 60.0)
    notes = tmp_path / "notes.toml"
    reading = Reading(notes)  # a fresh database, so the state file exists below
    reading.ready()
    reading.state.close()
    seen = [f"sha256:{i:064x}" for i in range(500)]
    _state_with(reading.state.path, seen[:3], seen)

    reading = Reading(notes)
    deadline = time.monotonic() + 5
    while reading.state.read_count() < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)  # the thread is waiting for go() (or REST_AFTER) now
    state = reading.state
    assert state.is_read(seen[0]) and state.is_read(seen[2]) and not state.is_read(seen[3])
    assert state._first == {}  # not read yet: the first screen does not need it
    assert reading.ready() is state  # ready() asks for the rest and waits for it
    assert len(state._first) == 500 and state.session > 1
    assert not state.is_new(seen[0])  # seen in an earlier session
    state.close()


def test_go_reads_the_rest_at_once(tmp_path: Path) -> None:
    notes = tmp_path / "notes.toml"
    reading = Reading(notes)
    reading.ready()
    reading.state.close()
    _state_with(reading.state.path, [], ["sha256:" + "1" * 64])
    reading = Reading(notes)
    reading.go()
    started = time.monotonic()
    reading._thread.join(5)
    assert time.monotonic() - started < 0.9  # well before REST_AFTER
    assert len(reading.state._first) == 1
    reading.state.close()


def test_a_broken_read_query_leaves_the_rest_to_reload(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "readstate.sqlite3"
    _state_with(path, ["sha256:" + "2" * 64], ["sha256:" + "2" * 64])
    state = ReadState(path)
    real_connect = state._connect

    class Failing:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, *args):
            if "read_at IS NOT NULL" in sql:
                raise sqlite3.OperationalError("disk I/O error")
            return self.conn.execute(sql, *args)

        def close(self) -> None:
            self.conn.close()

    monkeypatch.setattr(state, "_connect", lambda: Failing(real_connect()))
    state._open(read_only_first=True)  # never raises: the marks are left to reload()
    assert state.read_count() == 0
    assert state.reload() is True and state.read_count() == 1
    state.close()
