"""Guards read state: a real store (SQLite, WAL) that survives restarts, SIGKILL and corruption."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefreader.model import Briefing
from briefreader.query import IncrementalFilter, filter_briefings
from briefreader.readstate import ReadState, StateMarks, state_path


def brief(n: int) -> Briefing:
    return Briefing(id=f"b{n}", path=f"/c/b{n}.txt", fingerprint=f"sha256:{n:04x}", title=f"t{n}", text="x")


class NoNotes:
    def is_bookmarked(self, id: str) -> bool:
        return False

    def has_note(self, id: str) -> bool:
        return False


def test_state_lives_beside_the_notes_file(tmp_path: Path) -> None:
    assert state_path(tmp_path / "data" / "notes.toml") == tmp_path / "data" / "readstate.sqlite3"


def test_read_survives_a_restart_and_unread_undoes_it(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    state = ReadState.open(db)
    assert state.message is None and state.persistent
    assert state.set_read(["sha256:a", "sha256:b"]) == 2
    assert state.set_read(["sha256:a"]) == 0  # already read: nothing written
    state.close()
    again = ReadState.open(db)
    assert again.is_read("sha256:a") and again.is_read("sha256:b") and not again.is_read("sha256:c")
    assert again.toggle_read("sha256:a") is False
    again.close()
    third = ReadState.open(db)
    assert not third.is_read("sha256:a") and third.is_read("sha256:b")
    assert oct(db.stat().st_mode & 0o777) == "0o600"


def test_new_is_what_arrived_since_the_previous_session(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    first = ReadState.open(db)
    first.start_session()
    assert first.note_seen(["sha256:a", "sha256:b"]) == 2
    assert first.is_new("sha256:a")  # the very first session: everything arrived
    first.note_seen(["sha256:late"])  # appeared while the first session was open
    first.close()
    second = ReadState.open(db)
    second.start_session()
    assert second.note_seen(["sha256:a", "sha256:b", "sha256:late", "sha256:c"]) == 1
    assert [fp for fp in ("sha256:a", "sha256:b", "sha256:late", "sha256:c") if second.is_new(fp)] == ["sha256:c"]
    # The CLI does not start a session: it sees what the latest session calls new.
    cli = ReadState.open(db)
    assert cli.is_new("sha256:c") and not cli.is_new("sha256:a")
    assert cli.is_new("sha256:never-seen")


def test_a_second_process_change_is_picked_up_by_reload(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    tui = ReadState.open(db)
    assert tui.reload() is False  # nothing changed since it was read
    cli = ReadState.open(db)
    cli.set_read(["sha256:x"])
    assert not tui.is_read("sha256:x")
    assert tui.reload() is True
    assert tui.is_read("sha256:x")
    tui.set_read(["sha256:y"])  # its own write is not someone else's change
    assert tui.reload() is False


def test_query_terms_read_unread_new(tmp_path: Path) -> None:
    state = ReadState.open(tmp_path / "rs.sqlite3")
    state.start_session()
    docs = [brief(n) for n in range(6)]
    state.note_seen(b.fingerprint for b in docs[:4])
    state.close()
    state = ReadState.open(tmp_path / "rs.sqlite3")
    state.start_session()
    state.note_seen(b.fingerprint for b in docs)  # 4 and 5 arrived between the sessions
    state.set_read([docs[1].fingerprint, docs[4].fingerprint])
    marks = StateMarks(NoNotes(), state)

    def ids(q: str) -> list[str]:
        return [b.id for b in filter_briefings(docs, q, taxonomy={}, marks=marks)]

    assert ids("is:read") == ["b1", "b4"]
    assert ids("is:unread") == ["b0", "b2", "b3", "b5"]
    assert ids("-is:read") == ids("is:unread")
    assert ids("is:new") == ["b4", "b5"]
    assert ids("is:new is:unread") == ["b5"]


def test_a_renamed_file_stays_read(tmp_path: Path) -> None:
    state = ReadState.open(tmp_path / "rs.sqlite3")
    old = brief(1)
    state.set_read([old.fingerprint])
    renamed = Briefing(
        id="moved/elsewhere", path="/c/moved/elsewhere.txt", fingerprint=old.fingerprint, title="t", text="x"
    )
    marks = StateMarks(NoNotes(), state)
    assert filter_briefings([renamed], "is:read", taxonomy={}, marks=marks) == [renamed]


def test_corrupt_database_is_set_aside_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    db.write_bytes(b"this is not an SQLite database at all, " * 200)
    state = ReadState.open(db)
    assert state.message is not None and "set aside" in state.message
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("readstate.sqlite3.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not an SQLite")
    assert aside[0].name in state.message
    assert state.persistent  # a fresh database took its place and works
    state.set_read(["sha256:a"])
    state.close()
    assert ReadState.open(db).is_read("sha256:a")


def test_damaged_pages_are_set_aside_not_silently_reset(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    state = ReadState.open(db)
    state.set_read([f"sha256:{n:064x}" for n in range(3000)])
    state.close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for at in range(page * 2, min(len(data), page * 6)):  # scribble over b-tree pages, keep the header
        data[at] = 0xA5
    db.write_bytes(bytes(data))
    again = ReadState.open(db)
    assert again.message is not None and "set aside" in again.message
    assert again.read_count() == 0


def test_a_foreign_database_is_set_aside(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    state = ReadState.open(db)
    assert state.message is not None and "not a briefreader read-state database" in state.message


def test_a_folder_in_its_place_is_never_touched(tmp_path: Path) -> None:
    db = tmp_path / "readstate.sqlite3"
    db.mkdir()
    (db / "keep").write_text("mine")
    state = ReadState.open(db)
    assert state.message is not None and not state.persistent
    state.set_read(["sha256:a"])  # works for this session, in memory
    assert state.is_read("sha256:a")
    assert (db / "keep").read_text() == "mine"


_WRITER = textwrap.dedent("""
    import sys
    from briefreader.readstate import ReadState
    state = ReadState.open(sys.argv[1])
    n = 0
    while True:
        state.set_read([f"sha256:{n:08d}"])
        print(n, flush=True)  # after the commit returned
        n += 1
""")


@pytest.mark.parametrize("delay", [0.3, 0.7])
def test_sigkill_during_writes_loses_at_most_the_last_change(tmp_path: Path, delay: float) -> None:
    db = tmp_path / "readstate.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # started and writing
    assert first.strip() == "0"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    reported = [first, *proc.stdout.read().split()]
    proc.wait()
    confirmed = int(reported[-1])
    assert confirmed > 10  # it really was in the middle of a stream of writes
    state = ReadState.open(db)
    assert state.message is None  # no corruption
    count = state.read_count()
    # Every change confirmed before the kill is there; at most one more (the one in
    # flight, committed before its line was printed).
    assert confirmed + 1 <= count <= confirmed + 2
    assert all(state.is_read(f"sha256:{n:08d}") for n in range(confirmed + 1))


def test_unread_filter_at_100000_briefings_is_fast(tmp_path: Path) -> None:
    """Median of 9 runs of ``is:unread`` over 100,000 list entries (budget: 50 ms;
    the bound here is loose, the machine is shared)."""
    docs = [
        Briefing(id=f"b{n}", path="", fingerprint=f"sha256:{n:08x}", title="", text="", loaded=False, key=n + 1)
        for n in range(100_000)
    ]
    state = ReadState.open(tmp_path / "rs.sqlite3")
    state.start_session()
    state.note_seen(b.fingerprint for b in docs)
    started = time.perf_counter()
    state.set_read(b.fingerprint for b in docs[::3])
    bulk = time.perf_counter() - started
    live = IncrementalFilter(docs, taxonomy={}, marks=StateMarks(NoNotes(), state))
    times = []
    for _ in range(9):
        live.reset()
        started = time.perf_counter()
        mask = live.select("is:unread")
        times.append(time.perf_counter() - started)
    assert mask.count(1) == 100_000 - len(docs[::3])
    median = sorted(times)[len(times) // 2]
    print(f"is:unread at 100,000: median {median * 1000:.1f} ms; marking 33,334 read in one go {bulk:.2f} s")
    assert median < 0.25
    started = time.perf_counter()
    state.toggle_read(docs[1].fingerprint)
    one = time.perf_counter() - started
    print(f"one mark: {one * 1000:.2f} ms")
    assert one < 0.1


def test_set_path_agrees_with_the_predicate(tmp_path: Path) -> None:
    docs = [
        Briefing(id=f"b{n}", path="", fingerprint=f"sha256:{n % 7}", title="", text="", loaded=False, key=n + 1)
        for n in range(50)
    ]
    state = ReadState.open(tmp_path / "rs.sqlite3")
    state.set_read(["sha256:1", "sha256:3"])
    marks = StateMarks(NoNotes(), state)
    live = IncrementalFilter(docs, taxonomy={}, marks=marks)
    for q in ("is:unread", "is:read", "-is:unread", "-is:read", "is:read is:unread", "is:read -is:unread"):
        expected = [b.id for b in filter_briefings(docs, q, taxonomy={}, marks=marks)]
        assert [b.id for b in live(q)] == expected, q
    assert len(live("is:read")) == 14  # 1, 3 among 0..6, seven times (and 1 once more)
