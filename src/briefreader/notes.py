"""Bookmarks and notes in ``notes.toml`` (PRODUCT.md section 8).

The file is the source of truth and several processes (two TUIs, the CLI) may write
it at once. So a mutation is an *operation* applied to the latest state on disk:
take an exclusive lock on the sidecar ``notes.toml.lock``, re-read the file, apply
the operation to what was read, write atomically, release. Memory is only a cache
of the last state read or written.

A file that does not parse is never overwritten: the store opens read-only with
``error`` set, and every mutation re-reads it, so it works again once it is fixed.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import errno
import fcntl
import os
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from .model import Briefing, Figure, Note

__all__ = ["Entry", "NotesError", "NotesStore", "atomic_write"]

FORMAT_VERSION = 1
LOCK_TIMEOUT = 10.0  # seconds; a writer holds the lock for milliseconds
FILE_MODE = 0o600  # notes are private
# A notes file is four levels deep; keys it does not know are kept, but a document
# nested deeper than this is refused: copying and writing it back recurse per level,
# and a file tomllib could just parse would then fail to save (RecursionError).
MAX_NESTING = 64

T = TypeVar("T")
Doc = dict[str, Any]  # the document as tomllib reads it and tomli-w writes it


class NotesError(Exception):
    """A notes operation that failed; the message is one line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class _Invalid(Exception):
    """The file parsed as TOML but is not a notes file we understand."""


@dataclass(slots=True)
class Entry:
    """Everything stored about one briefing."""

    id: str
    title: str = ""
    fingerprint: str = ""
    bookmarked: bool = False
    notes: list[Note] = field(default_factory=list)


# --------------------------------------------------------------------------- store


class NotesStore:
    """The notes file, read into memory; every mutation saves immediately."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.error: str | None = None
        self._entries: dict[str, Entry] = {}

    @classmethod
    def open(cls, path: Path) -> NotesStore:
        """Never raises: a missing file is empty, a bad one makes the store read-only."""
        store = cls(path)
        store.reload()
        return store

    @property
    def read_only(self) -> bool:
        return self.error is not None

    def reload(self) -> None:
        """Re-read the file; on failure keep what was shown and set ``error``."""
        try:
            self._install(_read_doc(self._target()))
        except NotesError as exc:
            self.error = str(exc)

    # ---- queries (from memory)

    def is_bookmarked(self, id: str) -> bool:
        entry = self._entries.get(id)
        return entry is not None and entry.bookmarked

    def has_note(self, id: str) -> bool:
        entry = self._entries.get(id)
        return entry is not None and bool(entry.notes)

    def notes_for(self, id: str) -> list[Note]:
        entry = self._entries.get(id)
        return list(entry.notes) if entry else []

    def bookmarked_ids(self) -> set[str]:
        return {id for id, e in self._entries.items() if e.bookmarked}

    def noted_ids(self) -> set[str]:
        return {id for id, e in self._entries.items() if e.notes}

    def entries(self) -> dict[str, Entry]:
        return dict(self._entries)

    # ---- mutations (applied to the file on disk, under the lock)

    def set_bookmark(self, briefing: Briefing, on: bool) -> None:
        self._apply(lambda doc: _op_set_bookmark(doc, briefing, on))

    def toggle_bookmark(self, briefing: Briefing) -> bool:
        # Toggle what the user sees: applying "flip" to a file another process
        # changed meanwhile would undo their change instead of doing what was asked.
        on = not self.is_bookmarked(briefing.id)
        self.set_bookmark(briefing, on)
        return on

    def add_note(self, briefing: Briefing, text: str, figure: Figure | None = None) -> Note:
        _check_note_text(text, figure)
        note = Note(
            created=_now(),
            text=text,
            figure=figure.text if figure else None,
            figure_en=(figure.en or None) if figure else None,
        )
        self._apply(lambda doc: _op_add_note(doc, briefing, note))
        return note

    def relink(self, briefings: Iterable[Briefing]) -> int:
        """Move entries of vanished ids to the briefing with the same fingerprint."""
        library = list(briefings)
        # Decide from memory first so a normal start never takes the lock or writes.
        if not _plan_relink({id: e.fingerprint for id, e in self._entries.items()}, library):
            return 0
        return self._apply(lambda doc: _op_relink(doc, library))

    # ---- internals

    def _target(self) -> Path:
        # Write through a symlinked notes file (dotfile managers) instead of replacing it.
        return Path(os.path.realpath(self.path))

    def _install(self, doc: Doc) -> None:
        self._entries = _entries_from_doc(doc)
        self.error = None

    def _apply(self, op: Callable[[Doc], T]) -> T:
        target = self._target()
        with _locked(target):
            try:
                fresh = _read_doc(target)
            except NotesError as exc:
                self.error = str(exc)
                raise NotesError(f"{exc}; notes are read-only until it is fixed") from None
            _remove_stale_temps(target)
            doc = copy.deepcopy(fresh)
            result = op(doc)
            if doc != fresh:
                try:
                    atomic_write(target, _dumps(doc).encode("utf-8"), FILE_MODE)
                except OSError as exc:
                    self._install(fresh)  # what is on disk, without this operation
                    raise NotesError(f"{target}: cannot save notes: {_reason(exc)}") from exc
        self._install(doc)
        return result


def _now() -> dt.datetime:
    """Creation time of a note: local time with its offset, whole seconds."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _check_note_text(text: str, figure: Figure | None) -> None:
    if not text.strip() and figure is None:
        raise NotesError("the note is empty; nothing to save")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise NotesError("the note contains characters that cannot be saved (lone surrogates)") from None


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# ------------------------------------------------------------------ reading + checking


def _read_doc(path: Path) -> Doc:
    """The document on disk (empty when missing), or NotesError saying what is wrong."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {"version": FORMAT_VERSION, "briefings": {}}
    except OSError as exc:
        raise NotesError(f"{path}: cannot read notes file: {_reason(exc)}") from None
    return _parse(path, data)


def _parse(path: Path, data: bytes) -> Doc:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NotesError(f"{path}: notes file is not valid UTF-8 (at line {line})") from None
    try:
        doc = tomllib.loads(text)
    except ValueError as exc:  # TOMLDecodeError, with "(at line N, column M)"
        raise NotesError(f"{path}: notes file does not parse: {exc}") from None
    except RecursionError:  # absurdly deep nesting
        raise NotesError(f"{path}: notes file does not parse: nested too deeply") from None
    if not doc:  # an empty file (e.g. just touched) is an empty store
        return {"version": FORMAT_VERSION, "briefings": {}}
    if _nesting(doc) > MAX_NESTING:
        raise NotesError(f"{path}: notes file does not parse: nested too deeply")
    try:
        _check_version(doc)
        _entries_from_doc(doc)
    except _Invalid as exc:
        raise NotesError(f"{path}: {exc}") from None
    doc.setdefault("briefings", {})
    return doc


def _nesting(doc: Doc) -> int:
    """How deep tables and arrays nest (iteratively: the file may be hostile)."""
    deepest, stack = 0, [(doc, 0)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return deepest


def _check_version(doc: Doc) -> None:
    version = doc.get("version")
    if version is None:
        raise _Invalid("notes file has no 'version' key (expected version = 1)")
    if type(version) is not int or version != FORMAT_VERSION:
        raise _Invalid(f"unsupported notes file version {version!r} (this briefreader reads version 1)")


def _entries_from_doc(doc: Doc) -> dict[str, Entry]:
    briefings = doc.get("briefings", {})
    if not isinstance(briefings, dict):
        raise _Invalid("'briefings' must be a table")
    return {id: _entry_from_table(id, table) for id, table in briefings.items()}


def _entry_from_table(id: str, table: Any) -> Entry:
    where = f"briefings.{_toml_str(id)}"
    if not isinstance(table, dict):
        raise _Invalid(f"{where} must be a table")
    notes = _field(table, "notes", list, [], where)
    return Entry(
        id=id,
        title=_field(table, "title", str, "", where),
        fingerprint=_field(table, "fingerprint", str, "", where),
        bookmarked=_field(table, "bookmarked", bool, False, where),
        notes=[_note_from_table(n, f"{where}.notes[{i}]") for i, n in enumerate(notes)],
    )


def _note_from_table(table: Any, where: str) -> Note:
    if not isinstance(table, dict):
        raise _Invalid(f"{where} must be a table")
    created = table.get("created")
    if not isinstance(created, dt.datetime):
        raise _Invalid(f"{where}.created must be a date-time such as 2026-11-22T10:01:00+08:00")
    if "text" not in table:
        raise _Invalid(f"{where} has no 'text'")
    return Note(
        created=_aware(created),
        text=_field(table, "text", str, "", where),
        figure=_field(table, "figure", str, None, where),
        figure_en=_field(table, "figure_en", str, None, where),
    )


def _field(table: dict, key: str, kind: type, default: Any, where: str) -> Any:
    if key not in table:
        return default
    if not isinstance(table[key], kind):
        raise _Invalid(f"{where}.{key} must be a {_TYPE_NAMES[kind]}")
    return table[key]


_TYPE_NAMES = {str: "string", bool: "boolean (true/false)", list: "list of tables"}


def _aware(created: dt.datetime) -> dt.datetime:
    # A hand-written local date-time (no offset) is read as local time; at the ends
    # of the calendar (0001-01-01, 9999-12-31) local time may not exist: then UTC.
    if created.tzinfo is not None:
        return created
    try:
        return created.astimezone()
    except (ValueError, OverflowError):
        return created.replace(tzinfo=dt.timezone.utc)


def _note_key(table: dict) -> tuple[dt.datetime, str]:
    """Notes are identified by (created, text): the same note saved twice is one note."""
    return _aware(table["created"]), table["text"]


# -------------------------------------------------------------------------- operations


def _ensure_entry(doc: Doc, briefing: Briefing) -> dict:
    """The briefing's table, created if needed; title and fingerprint kept current."""
    table = doc["briefings"].setdefault(briefing.id, {})
    table["title"] = briefing.title
    table["fingerprint"] = briefing.fingerprint
    table.setdefault("bookmarked", False)
    return table


def _drop_if_empty(doc: Doc, id: str) -> None:
    table = doc["briefings"].get(id)
    if table is not None and not table.get("bookmarked") and not table.get("notes"):
        if set(table) <= {"title", "fingerprint", "bookmarked", "notes"}:
            del doc["briefings"][id]


def _op_set_bookmark(doc: Doc, briefing: Briefing, on: bool) -> None:
    if not on and briefing.id not in doc["briefings"]:
        return
    _ensure_entry(doc, briefing)["bookmarked"] = on
    _drop_if_empty(doc, briefing.id)


def _note_table(note: Note) -> dict:
    table: dict[str, Any] = {"created": note.created, "text": note.text}
    if note.figure is not None:
        table["figure"] = note.figure
    if note.figure_en is not None:
        table["figure_en"] = note.figure_en
    return table


def _add_unique(notes: list[dict], new: dict) -> None:
    if _note_key(new) not in {_note_key(n) for n in notes}:
        notes.append(new)


def _op_add_note(doc: Doc, briefing: Briefing, note: Note) -> None:
    notes = _ensure_entry(doc, briefing).setdefault("notes", [])
    _add_unique(notes, _note_table(note))


def _plan_relink(fingerprints: dict[str, str], library: list[Briefing]) -> dict[str, Briefing]:
    """old id -> briefing it moves to, for entries (id -> fingerprint) whose id left the library."""
    ids = {b.id for b in library}
    if all(old_id in ids for old_id in fingerprints):  # the usual start: nothing moved
        return {}
    by_fingerprint: dict[str, list[Briefing]] = {}
    for b in sorted(library, key=lambda b: b.id):
        if b.fingerprint:
            by_fingerprint.setdefault(b.fingerprint, []).append(b)
    taken = set(fingerprints)
    plan: dict[str, Briefing] = {}
    for old_id, fp in fingerprints.items():
        candidates = by_fingerprint.get(fp, []) if old_id not in ids else []
        if candidates:
            # Identical copies: prefer one that has no entry yet, then the first by id.
            target = next((b for b in candidates if b.id not in taken), candidates[0])
            plan[old_id] = target
            taken.add(target.id)
    return plan


def _op_relink(doc: Doc, library: list[Briefing]) -> int:
    fingerprints = {id: t.get("fingerprint", "") for id, t in doc["briefings"].items()}
    plan = _plan_relink(fingerprints, library)
    for old_id, briefing in plan.items():
        moved = doc["briefings"].pop(old_id)
        target = _ensure_entry(doc, briefing)
        target["bookmarked"] = bool(target.get("bookmarked") or moved.get("bookmarked"))
        for note in moved.get("notes", []):
            _add_unique(target.setdefault("notes", []), note)
        for key, value in moved.items():
            target.setdefault(key, value)  # keep keys this version does not know
    return len(plan)


# ---------------------------------------------------------------------------- writing


def _toml_str(s: str) -> str:
    """``s`` as a TOML basic string, escaped by tomli-w."""
    return tomli_w.dumps({"k": s})[len("k = ") : -1]


def _dumps(doc: Doc) -> str:
    """The document in the layout of PRODUCT.md section 8 (notes as ``[[...notes]]``).

    tomli-w alone writes short notes as inline tables. The layout is checked by
    parsing it back; anything it cannot express falls back to plain tomli-w.
    """
    text = _dumps_layout(doc)
    try:
        if tomllib.loads(text) == doc:
            return text
    except ValueError:
        pass
    return tomli_w.dumps(doc)


def _dumps_layout(doc: Doc) -> str:
    top = {"version": doc.get("version", FORMAT_VERSION)}
    top.update((k, v) for k, v in doc.items() if k not in ("version", "briefings"))
    chunks = [tomli_w.dumps(top)]
    if not doc["briefings"]:
        chunks.append("\n[briefings]\n")
    for id, table in doc["briefings"].items():
        key = f"briefings.{_toml_str(id)}"
        notes = table.get("notes")
        aot = isinstance(notes, list) and notes and all(isinstance(n, dict) for n in notes)
        scalars = {k: v for k, v in table.items() if not (k == "notes" and aot)}
        chunks.append(f"\n[{key}]\n" + tomli_w.dumps(scalars))
        for note in notes if aot else []:
            chunks.append(f"\n[[{key}.notes]]\n" + _dumps_note(note))
    return "".join(chunks)


def _dumps_note(note: dict) -> str:
    # tomli-w writes "2026-11-22 10:01:00+08:00"; section 8 shows the RFC 3339 "T" form.
    created = note.get("created")
    if not isinstance(created, dt.datetime):
        return tomli_w.dumps(note)
    rest = {k: v for k, v in note.items() if k != "created"}
    return f"created = {created.isoformat()}\n" + tomli_w.dumps(rest)


def atomic_write(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Replace ``path`` with ``data`` so readers see the old or the new file, never a mix.

    Temp file in the same folder (rename is atomic only within a file system),
    fsync it, ``os.replace``, then fsync the folder so the rename itself survives
    a crash. Missing parent folders are created.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a directory
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _remove_stale_temps(target: Path) -> None:
    # Writers only create temp files while holding the lock, so under the lock any
    # that exist were left by a writer that died (kill -9, power loss).
    prefix = f".{target.name}."  # as atomic_write names them; not a glob: names may hold "["
    with contextlib.suppress(OSError):
        for name in os.listdir(target.parent):
            if name.startswith(prefix) and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(target.parent / name)


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Exclusive ``flock`` on ``<notes file>.lock``; NotesError if it cannot be had."""
    lock_path = target.with_name(target.name + ".lock")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as exc:
        raise NotesError(f"{target}: cannot save notes: {_reason(exc)}") from exc
    try:
        _acquire(fd, target)
        yield
    finally:
        os.close(fd)  # closing releases the lock; the lock file itself stays


def _acquire(fd: int, target: Path) -> None:
    # Poll instead of blocking so a hung process cannot freeze the TUI forever.
    deadline = time.monotonic() + LOCK_TIMEOUT
    delay = 0.001
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise NotesError(f"{target}: notes file is locked by another process; try again") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
        except OSError as exc:
            raise NotesError(f"{target}: cannot lock notes file: {_reason(exc)}") from exc
