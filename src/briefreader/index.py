"""The index cache: ingested briefings kept in SQLite between runs.

One database file per corpus root, in the user cache folder. A row holds one file's
complete :class:`Briefing` as JSON, keyed by its path relative to the root, together
with the file's size and mtime: when both still match (and the pipeline version is
the same) the file is not read again.

The cache is only ever an optimisation, so it is never trusted: a database that is
corrupt, foreign (someone else's schema, another root), of another schema version or
written by another pipeline version is thrown away and rebuilt, and an SQLite error
while reading or writing turns into a miss instead of a crash.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Briefing, Figure, Problem

log = logging.getLogger(__name__)

# Bump when the table layout or the JSON encoding below changes.
SCHEMA_VERSION = 1
# How long a second process waits for a lock before the operation counts as a miss.
BUSY_TIMEOUT_MS = 5000
# Stores are batched into one transaction; commit at least this often so another
# process is never blocked for long and a crash loses little work.
COMMIT_EVERY = 500

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE briefings (
    relpath TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    data TEXT NOT NULL
);
"""
_TABLES = {"meta", "briefings"}


@dataclass(slots=True)
class IndexStats:
    hits: int = 0
    misses: int = 0
    stored: int = 0
    pruned: int = 0
    rebuilt: int = 0  # times the database file was thrown away


# --- serialization -----------------------------------------------------------------


_FIGURE_FIELDS = [f.name for f in dataclasses.fields(Figure)]


def briefing_to_json(b: Briefing) -> str:
    """One row. ``original`` is not stored: it is the file itself, re-read on demand
    (:func:`briefreader.ingest.original_text`), and would double the cache. Figures
    are positional rows, not dicts: a briefing has dozens, and keys dominate."""
    data = {f.name: getattr(b, f.name) for f in dataclasses.fields(b) if f.name not in ("figures", "problems")}
    data["original"] = ""
    data["date"] = b.date.isoformat() if b.date else None
    data["figures"] = [[getattr(f, name) for name in _FIGURE_FIELDS] for f in b.figures]
    data["problems"] = [[p.kind, p.message] for p in b.problems]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def briefing_from_json(text: str) -> Briefing:
    """Inverse of :func:`briefing_to_json`; raises on anything that does not fit."""
    data: dict[str, Any] = json.loads(text)
    data["date"] = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    data["figures"] = [Figure(*row) for row in data.get("figures", [])]
    data["problems"] = [Problem(*p) for p in data.get("problems", [])]
    return Briefing(**data)


def index_path(cache_dir: Path, corpus_root: Path) -> Path:
    """The database for ``corpus_root``: named by a hash of the resolved root."""
    digest = hashlib.sha256(os.fsencode(corpus_root.resolve())).hexdigest()[:16]
    return cache_dir / f"index-{digest}.sqlite3"


# --- the index ---------------------------------------------------------------------


class Index:
    """The cache for one corpus root. Safe to share between threads (one lock)."""

    def __init__(self, conn: sqlite3.Connection | None, path: Path, pipeline_version: str):
        self._conn = conn  # None: the cache is unusable; every lookup misses
        self.path = path
        self.pipeline_version = pipeline_version
        self.stats = IndexStats()
        self._lock = threading.Lock()
        self._pending = 0

    @classmethod
    def open(cls, cache_dir: Path, corpus_root: Path, pipeline_version: str) -> "Index":
        """Open (creating or rebuilding as needed) the index for ``corpus_root``."""
        path = index_path(cache_dir, corpus_root)
        root = str(corpus_root.resolve())
        try:
            _make_private_dir(cache_dir)
        except OSError as exc:
            log.warning("index cache disabled: cannot create %s: %s", cache_dir, exc)
            return cls(None, path, pipeline_version)
        index = cls(None, path, pipeline_version)
        for attempt in range(2):
            try:
                index._conn = _connect(path, root, pipeline_version)
                return index
            except sqlite3.Error as exc:
                if _is_busy(exc):  # another process holds it for long: not ours to delete
                    log.warning("index cache disabled for this run: %s is busy", path)
                    return index
                reason: object = exc
            except _Untrusted as exc:
                reason = exc
            if attempt == 0:
                log.info("rebuilding index cache %s: %s", path, reason)
                _delete_db(path)
                index.stats.rebuilt += 1
        log.warning("index cache disabled: cannot use %s (%s)", path, reason)
        return index

    # -- reading and writing --

    def lookup(self, relpath: str, size: int, mtime_ns: int) -> Briefing | None:
        """The cached briefing, when the file's size and mtime are unchanged."""
        row = self._fetch(relpath)
        if row is not None and row[0] == size and row[1] == mtime_ns and row[2] == self.pipeline_version:
            try:
                briefing = briefing_from_json(row[3])
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                log.info("index cache: unreadable row for %s: %s", relpath, exc)
            else:
                self.stats.hits += 1
                return briefing
        self.stats.misses += 1
        return None

    def _fetch(self, relpath: str) -> tuple[Any, ...] | None:
        if self._conn is None:
            return None
        try:
            with self._lock:
                return self._conn.execute(
                    "SELECT size, mtime_ns, pipeline, data FROM briefings WHERE relpath = ?",
                    (relpath,),
                ).fetchone()
        except sqlite3.Error as exc:
            log.info("index cache: lookup of %s failed: %s", relpath, exc)
            return None

    def store(self, relpath: str, size: int, mtime_ns: int, briefing: Briefing) -> None:
        if self._conn is None:
            return
        row = (relpath, size, mtime_ns, briefing.fingerprint, self.pipeline_version,
               briefing_to_json(briefing))
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT OR REPLACE INTO briefings"
                    " (relpath, size, mtime_ns, fingerprint, pipeline, data)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    row,
                )
                self._pending += 1
                if self._pending >= COMMIT_EVERY:
                    self._commit_locked()
        except sqlite3.Error as exc:
            log.info("index cache: store of %s failed: %s", relpath, exc)
            return
        self.stats.stored += 1

    def prune(self, keep: Iterable[str]) -> int:
        """Drop the rows of files not in ``keep`` (relative paths); returns how many."""
        if self._conn is None:
            return 0
        wanted = set(keep)
        try:
            with self._lock:
                present = [r[0] for r in self._conn.execute("SELECT relpath FROM briefings")]
                gone = [(p,) for p in present if p not in wanted]
                self._conn.executemany("DELETE FROM briefings WHERE relpath = ?", gone)
                self._commit_locked()
        except sqlite3.Error as exc:
            log.info("index cache: prune failed: %s", exc)
            return 0
        self.stats.pruned += len(gone)
        return len(gone)

    def relpaths(self) -> set[str]:
        """The relative paths that have a row (any version)."""
        if self._conn is None:
            return set()
        try:
            with self._lock:
                return {r[0] for r in self._conn.execute("SELECT relpath FROM briefings")}
        except sqlite3.Error:
            return set()

    def commit(self) -> None:
        if self._conn is None:
            return
        try:
            with self._lock:
                self._commit_locked()
        except sqlite3.Error as exc:
            log.info("index cache: commit failed: %s", exc)

    def _commit_locked(self) -> None:
        self._pending = 0
        assert self._conn is not None
        self._conn.commit()

    def close(self) -> None:
        if self._conn is None:
            return
        self.commit()
        with self._lock:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- opening, checking, rebuilding ---------------------------------------------------


class _Untrusted(Exception):
    """The database exists but is not one we wrote for this root and version."""


def _make_private_dir(path: Path) -> None:
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask; chmod is not


def _delete_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.info("index cache: cannot delete %s%s: %s", path, suffix, exc)


def _connect(path: Path, root: str, pipeline_version: str) -> sqlite3.Connection:
    """Connect and make sure the database is ours, current, and for this version."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise  # anything but "busy" means the file is not a usable database
        conn.execute("PRAGMA synchronous = NORMAL")  # a cache: speed over durability
        if _state(conn, root, pipeline_version) != "ok":
            _initialise(conn, root, pipeline_version)
        return conn
    except BaseException:
        conn.close()
        raise


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None) or 0
    return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)  # incl. extended codes


def _state(conn: sqlite3.Connection, root: str, pipeline_version: str) -> str:
    """``ok``, ``empty`` (new file) or ``stale`` (other pipeline); raises _Untrusted."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and not tables:
        return "empty"
    if version != SCHEMA_VERSION:
        raise _Untrusted(f"schema version {version}, expected {SCHEMA_VERSION}")
    if not _TABLES <= tables:
        raise _Untrusted("missing tables")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("root") != root:
        raise _Untrusted("written for another corpus root")
    return "ok" if meta.get("pipeline") == pipeline_version else "stale"


def _initialise(conn: sqlite3.Connection, root: str, pipeline_version: str) -> None:
    """Create the schema or drop stale rows, under the write lock.

    BEGIN IMMEDIATE makes two processes that open a new cache at once take turns; the
    second one re-checks and finds the work done.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        state = _state(conn, root, pipeline_version)
        if state == "empty":
            for statement in _SCHEMA.split(";"):  # executescript() would COMMIT early
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT INTO meta VALUES ('root', ?)", (root,))
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if state != "ok":
            # Rows written by another pipeline version are worthless: drop them all.
            conn.execute("DELETE FROM briefings")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('pipeline', ?)", (pipeline_version,))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
