"""Read and unread, and what is new: a small SQLite database beside the notes file.

The notes file lives in the user data dir (``config.user_data_dir()``) by default, so
this database does too; it is user state, not the disposable index cache. A briefing
is known by its fingerprint (the hash of its bytes), as notes are: a renamed or moved
file stays read, and two copies of one file are read together.

* ``briefings``: per fingerprint, the session it was first seen in (and when), and
  when it was marked read (NULL: unread).
* ``sessions``: one row per TUI start. ``is:new`` is what was first seen in the latest
  session, i.e. what arrived since the previous one (plus what no session has seen).

Durability: WAL with ``synchronous=NORMAL``. Every change is its own transaction, so
a process killed (SIGKILL) in the middle of a write loses at most that change; a
committed one is in the WAL file and survives the process (only an OS crash or power
loss may lose the last few). A database that SQLite cannot read (corrupt, not a database,
another schema) is renamed aside with a timestamp and a fresh one is made; ``message`` says
so (never a silent reset). One it cannot open or write for another reason (permission
denied: after one `sudo briefreader`; a lock held too long; an I/O error) is left as it is:
its read marks are read if it can be read, and the session's marks are kept in memory.

Everything is also held in memory (a set and a dict, ~10 MB at 100,000 briefings), so
``is_read`` is a set lookup: ``is:unread`` filters 100,000 briefings in milliseconds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["ReadState", "StateMarks", "state_path"]

FILE_NAME = "readstate.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 5000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, started REAL NOT NULL);
CREATE TABLE IF NOT EXISTS briefings (
    fingerprint TEXT PRIMARY KEY,
    first_session INTEGER NOT NULL,
    first_seen REAL NOT NULL,
    read_at REAL
) WITHOUT ROWID;
"""


def state_path(notes_path: Path) -> Path:
    """The read-state database: beside the notes file (by default the user data dir),
    so a second profile (another notes file elsewhere) keeps its own reading."""
    return Path(notes_path).expanduser().absolute().parent / FILE_NAME


class ReadState:
    """The read-state store; thread-safe (the TUI writes from the UI thread and reads
    from its filter worker). Never raises on open: an unusable database leaves the
    store in memory only, with ``message`` saying why."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.message: str | None = None  # something the user should be told (set aside, memory only)
        self.session = 0  # the latest session's id (this one after start_session)
        self._read: set[str] = set()
        self._first: dict[str, int] = {}  # fingerprint -> session first seen in
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._data_version = -1
        self._unchecked = False  # opened without its quick_check: check() runs it
        # fingerprints marked read (True) or unread while unchecked: a file check() sets
        # aside would take them along (review s14 R10), so they are written again into the new one
        self._early: dict[str, bool] = {}

    @classmethod
    def open(cls, path: Path) -> ReadState:
        state = cls(path)
        state._open()
        return state

    # ---- opening

    def _open(self, read_only_first: bool = False) -> None:
        """``read_only_first``: read which briefings are read (what a list's first screen
        draws) and leave the rest, the session each was first seen in (a row per briefing
        ever listed, ~75 ms of CPU at 100,000), to :meth:`reload`, which reads everything;
        and the file's quick_check (~20 ms at 100,000, while the first screen is built) to
        :meth:`check`, which sets the file aside as opening would have."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.message = f"{self.path}: cannot keep read state ({exc.strerror or exc}); it lasts this session only"
            return
        if self.path.exists() and not self.path.is_file():
            self.message = f"{self.path}: not a regular file; read state lasts this session only"
            return
        existed = _has_data(self.path)
        self._unchecked = read_only_first  # _connect leaves the quick_check to check()
        try:
            self._conn = self._connect()
        except sqlite3.DatabaseError as exc:
            self._unchecked = False
            if not existed and not _has_data(self.path):
                # no database yet (a full disk): nothing to read nor set aside (tester s13)
                with contextlib.suppress(OSError):
                    self.path.unlink(missing_ok=True)
                self.message = f"{self.path}: read state cannot be saved ({exc}); it lasts this session only"
                return
            if not _unreadable(exc):
                self._left_alone(exc)
                return
            self._set_aside(exc)
        except OSError as exc:
            self.message = f"{self.path}: cannot open read state ({exc.strerror or exc}); it lasts this session only"
            return
        if self._conn is not None:
            if read_only_first:
                self._reload_read()
            else:
                self.reload()

    def _reload_read(self) -> None:
        """The read set alone (the database's version is left unknown: reload() reads all)."""
        with self._lock:
            conn = self._conn
            if conn is None:
                return
            try:
                read = {fp for (fp,) in conn.execute("SELECT fingerprint FROM briefings WHERE read_at IS NOT NULL")}
            except sqlite3.Error as exc:
                log.warning("read state %s: %s", self.path, exc)
                return
            self._replace_read(read)

    def _replace_read(self, read: set[str]) -> None:
        """The read set becomes ``read`` in place (StateMarks holds the set's own __contains__),
        never empty on the way: the UI thread reads it unlocked while the list is drawn, and a
        clear() then update() showed every read briefing as unread in between (review s13 P1)."""
        if read != self._read:
            self._read.intersection_update(read)  # what stays read is never absent
            self._read.update(read)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if not self._unchecked:
                _quick_check(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables and not {"meta", "sessions", "briefings"} <= tables:
                raise sqlite3.DatabaseError("not a briefreader read-state database")
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif row[0] != str(SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"read-state schema {row[0]} (this briefreader knows {SCHEMA_VERSION})")
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)
        except BaseException:
            conn.close()
            raise
        return conn

    def check(self) -> bool:
        """The quick_check that ``_open(read_only_first=True)`` left; False if the file
        failed it and was set aside (as opening would have done: a new file, its own
        session, nothing read, ``message`` says so)."""
        with self._lock:
            conn = self._conn
            if conn is None or not self._unchecked:
                return True
            self._unchecked = False
            try:
                _quick_check(conn)
                self._early = {}
                return True
            except sqlite3.DatabaseError as exc:
                if not _unreadable(exc):  # not the file's content: it stays, unchecked
                    log.info("read state %s: quick_check: %s", self.path, exc)
                    return True
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
                self._conn = None
                self._set_aside(exc)
            self._replace_read(set())
            self._first, self._data_version = {}, -1
            self.start_session()
            early, self._early = [fp for fp, read in self._early.items() if read], {}
            self.set_read(early)  # marks of the first second, into the new file
            return False

    def _left_alone(self, exc: sqlite3.DatabaseError) -> None:
        """A database SQLite could not open or write for a reason other than its content
        (tester s16 N8: one refused for permissions was renamed aside as corrupt, and every
        briefing showed unread): the file stays as it is, its read marks are read when it
        can be read, and ``message`` says why this session's marks will not be kept."""
        denied = _primary(exc) in _ACCESS_CODES or any(
            part.exists() and not os.access(part, os.R_OK | os.W_OK)
            for part in (Path(str(self.path) + suffix) for suffix in ("", "-wal", "-shm"))
        )
        read = self._read_only_marks()
        self._replace_read(read or set())
        why = f"permission denied ({exc}): check its owner and mode" if denied else str(exc)
        shown = "its read marks are shown, but " if read is not None else ""
        self.message = (
            f"{self.path}: read state cannot be opened for writing: {why}; the file is left as it is, "
            f"{shown}marks made now last this session only"
        )
        log.info("%s", self.message)

    def _read_only_marks(self) -> set[str] | None:
        """The read marks of a database opened read-only; None when that fails too."""
        from urllib.parse import quote

        try:
            conn = sqlite3.connect(f"file:{quote(str(self.path.absolute()))}?mode=ro", uri=True, timeout=0.5)
        except sqlite3.Error:
            return None
        try:
            return {fp for (fp,) in conn.execute("SELECT fingerprint FROM briefings WHERE read_at IS NOT NULL")}
        except sqlite3.Error:
            return None
        finally:
            conn.close()

    def _set_aside(self, exc: Exception) -> None:
        """Rename the unreadable database (and its WAL) aside and start a fresh one."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(self.path) + suffix)
                if part.exists():
                    os.replace(part, Path(str(aside) + suffix))
            self._conn = self._connect()
        except (OSError, sqlite3.Error) as again:
            self._conn = None
            self.message = (
                f"{self.path}: read state cannot be read ({exc}) nor set aside ({again}); it lasts this session only"
            )
            return
        self.message = (
            f"{self.path}: read state could not be read ({exc}); it was set aside as "
            f"{aside.name} and a new one started: every briefing is unread again"
        )
        # info, not warning: the CLI and the TUI tell the user ``message`` themselves, and
        # a warning reached stderr a second time through the CLI's handler
        log.info("%s", self.message)

    @property
    def persistent(self) -> bool:
        return self._conn is not None

    # ---- reading

    def reload(self) -> bool:
        """Read everything again when another process changed the database (the CLI's
        ``read``, a second TUI); False when nothing changed. ~0.1 s at 100,000."""
        with self._lock:
            conn = self._conn
            if conn is None:
                return False
            try:
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                if version == self._data_version:
                    return False
                read: set[str] = set()
                first: dict[str, int] = {}
                for fp, session, read_at in conn.execute("SELECT fingerprint, first_session, read_at FROM briefings"):
                    first[fp] = session
                    if read_at is not None:
                        read.add(fp)
                latest = conn.execute("SELECT max(id) FROM sessions").fetchone()[0] or 0
            except sqlite3.Error as exc:
                log.warning("read state %s: %s", self.path, exc)
                return False
            changed = read != self._read or first != self._first or latest != self.session
            self._replace_read(read)
            self._first, self.session = first, latest
            self._data_version = version
            return changed

    def is_read(self, fingerprint: str) -> bool:
        return fingerprint in self._read

    def is_new(self, fingerprint: str) -> bool:
        """First seen in the latest session (or never seen by one)."""
        first = self._first.get(fingerprint)
        return first is None or first >= self.session

    def read_count(self) -> int:
        return len(self._read)

    # ---- writing (each call is one transaction)

    def start_session(self) -> int:
        """A TUI start: what is first seen from now on is new in this session."""
        with self._lock:
            if self._conn is not None:
                try:
                    cur = self._conn.execute("INSERT INTO sessions (started) VALUES (?)", (time.time(),))
                    self.session = int(cur.lastrowid or 0)
                    return self.session
                except sqlite3.Error as exc:
                    self._write_failed(exc)
            self.session += 1
            return self.session

    def note_seen(self, fingerprints: Iterable[str]) -> int:
        """Record the first sighting of fingerprints not known yet (in this session);
        how many were new. One transaction: ~0.3 s for 100,000 on a first start, a set
        difference afterwards."""
        with self._lock:
            unknown = [fp for fp in dict.fromkeys(fingerprints) if fp and fp not in self._first]
            if not unknown:
                return 0
            session = self.session
            for fp in unknown:
                self._first[fp] = session
            now = time.time()
            self._write(
                "INSERT OR IGNORE INTO briefings (fingerprint, first_session, first_seen) VALUES (?, ?, ?)",
                [(fp, session, now) for fp in unknown],
            )
            return len(unknown)

    def set_read(self, fingerprints: Iterable[str], read: bool = True) -> int:
        """Mark as read (or unread); how many changed. Memory first, then one transaction."""
        with self._lock:
            changed = [fp for fp in dict.fromkeys(fingerprints) if fp and (fp in self._read) != read]
            if not changed:
                return 0
            if self._unchecked:
                self._early.update(dict.fromkeys(changed, read))
            if read:
                self._read.update(changed)
                now = time.time()
                session = self.session
                for fp in changed:
                    self._first.setdefault(fp, session)
                self._write(
                    "INSERT INTO briefings (fingerprint, first_session, first_seen, read_at)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET read_at = excluded.read_at",
                    [(fp, session, now, now) for fp in changed],
                )
            else:
                self._read.difference_update(changed)
                self._write("UPDATE briefings SET read_at = NULL WHERE fingerprint = ?", [(fp,) for fp in changed])
            return len(changed)

    def toggle_read(self, fingerprint: str) -> bool:
        """Flip what the user sees; the new state."""
        read = not self.is_read(fingerprint)
        self.set_read([fingerprint], read)
        return read

    def _write(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(sql, rows)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            self._write_failed(exc)

    def _write_failed(self, exc: sqlite3.Error) -> None:
        why = f"permission denied ({exc}): check its owner and mode" if _primary(exc) in _ACCESS_CODES else str(exc)
        self.message = (
            f"{self.path}: cannot save read state: {why}; the file is left as it is, changes last this session only"
        )
        log.warning("%s", self.message)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                self._conn = None


def _never(_fingerprint: str) -> bool:
    return False


class StateMarks:
    """The marks the query language reads (``query.Marks``): bookmarks and notes from
    the notes store, read and new from the read state."""

    def __init__(self, notes: object, state: ReadState | None) -> None:
        self.notes = notes
        self.state = state
        # The set's own lookup, no Python frame: is:unread over 100,000 list entries
        # is one predicate call each, and this halves it (71 -> ~35 ms).
        self.is_read = state._read.__contains__ if state is not None else _never  # type: ignore[method-assign,assignment]

    def is_bookmarked(self, id: str) -> bool:
        return bool(self.notes.is_bookmarked(id))  # type: ignore[attr-defined]

    def has_note(self, id: str) -> bool:
        return bool(self.notes.has_note(id))  # type: ignore[attr-defined]

    def is_read(self, fingerprint: str) -> bool:
        return self.state is not None and self.state.is_read(fingerprint)

    def is_new(self, fingerprint: str) -> bool:
        return self.state is None or self.state.is_new(fingerprint)


# SQLite's primary result codes that say the file's content is bad (set it aside) and
# those that say it may not be opened or written (permission: leave it alone)
_CONTENT_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_ACCESS_CODES = frozenset({3, 8, 14, 23})  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH


def _primary(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _unreadable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database's content cannot be read: corrupt, not a database,
    or briefreader's own findings (a failed quick_check, another schema), which carry no
    SQLite code. A file that cannot be opened or written (permission, lock, I/O) is not."""
    code = _primary(exc)
    return code is None or code in _CONTENT_CODES


def _quick_check(conn: sqlite3.Connection) -> None:
    ok = conn.execute("PRAGMA quick_check").fetchone()
    if ok is None or ok[0] != "ok":
        raise sqlite3.DatabaseError(f"integrity check failed: {ok[0] if ok else 'no answer'}")


def _has_data(path: Path) -> bool:
    """A database file with something in it (not missing, not left empty by a failed create)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
