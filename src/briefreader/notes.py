"""Bookmarks and notes in ``notes.toml`` (PRODUCT.md section 8).

The file is the source of truth and several processes (two TUIs, the CLI) may write
it at once. So a mutation is an *operation* applied to the latest state on disk:
take an exclusive lock on the sidecar ``notes.toml.lock``, re-read the file, apply
the operation to what was read, write atomically, release. Memory is only a cache
of the last state read or written.

A file that does not parse is never overwritten: the store opens read-only with
``error`` set, and every mutation re-reads it, so it works again once it is fixed.

A save costs what it changes, not the size of the file: the last state read or
written is kept with the file's identity (inode, size, mtime), so under the lock an
unchanged file is not parsed again, and only the tables of the briefings an
operation touched are written anew; the rest of the text, the user's comments and
layout included, is kept byte for byte. With 100,000 notes a save takes a fraction
of a second; only a file changed by another process is parsed again (~2-3 s).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import os
import re
import threading
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from . import fsio
from .model import Briefing, Figure, Note

__all__ = ["Entry", "NotesError", "NotesStore"]

FORMAT_VERSION = 1
LOCK_TIMEOUT = 10.0  # seconds; a writer holds the lock for milliseconds...
# ...unless another process changed the file since it was read: then it is parsed again
# under the lock, ~2-3 s for 100,000 notes (20 MB) on an idle machine. Waiters allow that.
LOCK_WAIT_PER_MB = 0.5
FILE_MODE = 0o600  # notes are private
# A notes file is four levels deep; keys it does not know are kept, but a document
# nested deeper than this is refused: copying and writing it back recurse per level,
# and a file tomllib could just parse would then fail to save (RecursionError).
MAX_NESTING = 64
# 100,000 notes are ~21 MB; the bound only stops a runaway file (or /dev/zero) from
# being read into memory.
MAX_BYTES = 256_000_000

T = TypeVar("T")
Doc = dict[str, Any]  # the document as tomllib reads it and tomli-w writes it
Table = dict[str, Any]  # one table of it: a briefing's entry or a note


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
    # the file it was written on: a note follows a file renamed or moved, never a copy of it
    # in another folder while the file is still where it was (tester s22 T22)
    path: str = ""
    draft: str = ""  # an unsaved note kept on request, until saved or discarded (every part, joined)
    # The drafts one by one: ``draft`` in the file, then ``other_drafts`` (a second TUI typing a
    # note of the same briefing keeps its own beside the first's: tester s16 U9)
    drafts: tuple[str, ...] = ()


# --------------------------------------------------------------------------- store


class NotesStore:
    """The notes file, read into memory; every mutation saves immediately."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.error: str | None = None
        self._entries: dict[str, Entry] = {}
        self._disk: _Snapshot | None = None  # the file as last read or written
        # The TUI writes a draft being typed from a thread (tui/screens/note_editor.py):
        # one mutation at a time in this process (the file lock orders processes).
        self._mutex = threading.RLock()

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
            self._disk = _read(self._target(), self._disk)
        except NotesError as exc:
            self.error = str(exc)
            return
        self._entries = _entries_from_doc(self._disk.doc)
        self.error = None

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

    def draft_for(self, id: str) -> str:
        entry = self._entries.get(id)
        return entry.draft if entry else ""

    def draft_parts(self, id: str) -> tuple[str, ...]:
        """The briefing's drafts one by one (``draft_for`` joins them): what an editor
        opened on them continues, and replaces when it writes (``set_draft(replaces=)``)."""
        entry = self._entries.get(id)
        return entry.drafts if entry else ()

    def drafts(self) -> dict[str, str]:
        return {id: e.draft for id, e in self._entries.items() if e.draft}

    def bookmarked_ids(self) -> set[str]:
        return {id for id, e in self._entries.items() if e.bookmarked}

    def noted_ids(self) -> set[str]:
        return {id for id, e in self._entries.items() if e.notes}

    def entries(self) -> dict[str, Entry]:
        return dict(self._entries)

    # ---- mutations (applied to the file on disk, under the lock)

    def set_bookmark(self, briefing: Briefing, on: bool) -> None:
        self._apply(lambda doc: _op_set_bookmark(doc, briefing, on), touches=(briefing.id,))

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
            figure_sentence=(figure.sentence or None) if figure else None,
        )
        self._apply(lambda doc: _op_add_note(doc, briefing, note), touches=(briefing.id,))
        return note

    def edit_note(self, briefing: Briefing, note: Note, text: str) -> Note:
        """Replace the text of ``note`` (as read: its creation time and text find it in
        the file); NotesError when another process deleted or changed it meanwhile."""
        if not text.strip() and note.figure is None:
            raise NotesError("the note would be empty; delete it instead")
        _check_note_text(text or " ", None)
        edited = Note(
            created=note.created,
            text=text,
            figure=note.figure,
            figure_en=note.figure_en,
            figure_sentence=note.figure_sentence,
        )
        self._apply(lambda doc: _op_edit_note(doc, briefing, note, text), touches=(briefing.id,))
        return edited

    def delete_note(self, briefing: Briefing, note: Note) -> tuple[Note, int]:
        """Delete ``note``; the note and where it was, for :meth:`restore_note` (undo)."""
        return self._apply(lambda doc: _op_delete_note(doc, briefing, note), touches=(briefing.id,))

    def restore_note(self, briefing: Briefing, note: Note, position: int) -> None:
        """Undo a delete: the note back at ``position`` (or at the end), unless it is there."""
        self._apply(lambda doc: _op_restore_note(doc, briefing, note, position), touches=(briefing.id,))

    def set_draft(self, briefing: Briefing, text: str, replaces: Sequence[str] | None = None) -> None:
        """Keep an unsaved note across restarts ("" removes it).

        ``replaces``: the drafts this writer continues, by their text (what it wrote last,
        or the drafts its editor opened with): only those give way to ``text``, and a draft
        another process wrote meanwhile stays beside it (two TUIs typing notes of one
        briefing: one saving deleted the other's autosaved text, tester s16 U9); when none
        of them is there any more (another writer removed it), ``text`` is added again.
        None: ``text`` replaces every draft of the briefing."""
        if text:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise NotesError("the draft contains characters that cannot be saved (lone surrogates)") from None
        replacing = None if replaces is None else tuple(replaces)
        self._apply(lambda doc: _op_set_draft(doc, briefing, text, replacing), touches=(briefing.id,))

    def relink(self, briefings: Iterable[Briefing], existed: Callable[[str], bool] | None = None) -> int:
        """Move entries of vanished ids to the briefing with the same fingerprint.

        ``existed``: whether an id was in the library before (the TUI's list before a live
        change): a copy that was there already is not where a renamed file went."""
        from .liststore import is_store

        if is_store(briefings) and all(briefings.position_of_id(i) is not None for i in self._entries):
            return 0  # the usual start, without making 1,000,000 list entries at once
        library = list(briefings)
        # Decide from memory first so a normal start never takes the lock or writes.
        if not _plan_relink({id: (e.fingerprint, e.path) for id, e in self._entries.items()}, library, existed):
            return 0
        return self._apply(lambda doc: _op_relink(doc, library, existed))

    # ---- internals

    def _target(self) -> Path:
        # Write through a symlinked notes file (dotfile managers) instead of replacing it.
        return Path(os.path.realpath(self.path))

    def _apply(self, op: Callable[[Doc], T], touches: tuple[str, ...] | None = None) -> T:
        """Apply ``op`` to the file on disk under the lock and save the result.

        ``touches`` names the only briefings ``op`` may change (None: any); just those
        are copied before ``op`` runs and written anew.
        """
        with self._mutex:
            return self._apply_locked(op, touches)

    def _apply_locked(self, op: Callable[[Doc], T], touches: tuple[str, ...] | None) -> T:
        target = self._target()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)  # the user data dir, on first save
            with fsio.locked(target, LOCK_TIMEOUT + _size(target) / 1e6 * LOCK_WAIT_PER_MB):
                before = self._disk
                try:
                    disk = _read(target, before)
                except NotesError as exc:
                    self.error = str(exc)
                    raise NotesError(f"{exc}; notes are read-only until it is fixed") from None
                self._disk = disk
                fsio.remove_stale_temps(target)
                doc = _working_copy(disk.doc, touches)
                result = op(doc)
                changed = _changed_ids(disk.doc, doc, touches)
                top_changed = _top(doc) != _top(disk.doc)
                if changed or top_changed:
                    text = _render(disk.text, disk.doc, doc, changed, top_changed)
                    try:
                        fsio.atomic_write(target, text.encode("utf-8"), mode=FILE_MODE)
                        self._disk = _Snapshot(_identity(target), doc, text)
                    except OSError as exc:
                        raise NotesError(f"{target}: cannot save notes: {fsio.reason(exc)}") from exc
        except TimeoutError:
            raise NotesError(f"{target}: notes file is locked by another process; try again") from None
        except NotesError:
            raise
        except OSError as exc:  # the lock file cannot be made (read-only folder, ...)
            raise NotesError(f"{target}: cannot save notes: {fsio.reason(exc)}") from exc
        if touches is None or before is None:
            self._entries = _entries_from_doc(doc)
        else:
            # What another process changed since `before`: tables it did not touch are
            # the same objects (see _parse_changes), so an identity check finds them.
            theirs = [] if disk is before else _replaced(before.doc["briefings"], disk.doc["briefings"])
            # Copy on write: a draft is saved from a worker thread while other threads
            # iterate the entries (drafts(), relink() in the loader); they see the old
            # dict or the new one, never one changing size under them.
            entries = dict(self._entries)
            for id in [*theirs, *changed]:
                table = doc["briefings"].get(id)
                if table is None:
                    entries.pop(id, None)
                else:
                    entries[id] = _entry_from_table(id, table)
            self._entries = entries
        self.error = None
        return result


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """The notes file as read or written: never mutated, shared by working copies."""

    identity: tuple[int, int, int, int] | None  # (device, inode, size, mtime_ns); None: no file
    doc: Doc
    text: str


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _replaced(old: Doc, new: Doc) -> list[str]:
    return [id for id in dict.fromkeys([*old, *new]) if old.get(id) is not new.get(id)]


def _size(path: Path) -> int:
    identity = _identity(path)
    return identity[2] if identity else 0


def _working_copy(doc: Doc, touches: tuple[str, ...] | None) -> Doc:
    if touches is None:
        return copy.deepcopy(doc)
    work = dict(doc)
    work["briefings"] = briefings = dict(doc["briefings"])
    for id in touches:
        if id in briefings:
            briefings[id] = copy.deepcopy(briefings[id])
    return work


def _changed_ids(old: Doc, new: Doc, touches: tuple[str, ...] | None) -> list[str]:
    before, after = old["briefings"], new["briefings"]
    ids = touches if touches is not None else list(dict.fromkeys([*before, *after]))
    return [id for id in ids if before.get(id) != after.get(id)]


def _top(doc: Doc) -> Doc:
    return {k: v for k, v in doc.items() if k != "briefings"}


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


# ------------------------------------------------------------------ reading + checking


def _read(path: Path, last: _Snapshot | None) -> _Snapshot:
    """The file on disk (empty when missing); ``last`` when the file is unchanged since."""
    identity = _identity(path)
    if last is not None and identity is not None and identity == last.identity:
        return last
    try:
        data = fsio.read_bounded(path, MAX_BYTES)
    except FileNotFoundError:
        return _Snapshot(None, {"version": FORMAT_VERSION, "briefings": {}}, "")
    except OSError as exc:
        raise NotesError(f"{path}: cannot read notes file: {fsio.reason(exc)}") from None
    doc = None
    if last is not None and last.text:
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-8-sig")
            doc = _parse_changes(last, text)
    if doc is None:
        doc = _parse(path, data)
        text = data.decode("utf-8-sig")
    return _Snapshot(identity, doc, text)


def _parse_changes(last: _Snapshot, text: str) -> Doc | None:
    """``text`` parsed from ``last``: only the briefings' tables between the first and
    the last difference are parsed (another process's save changes one entry; a full
    parse of 100,000 notes takes seconds, under the lock). None when the change is not
    confined to whole briefing tables: the caller then parses everything, which also
    gives the user the exact error of a broken file."""
    old = last.text
    if '"""' in text or "'''" in text:
        return None
    p = _common_prefix(old, text)
    if p == len(old) == len(text):
        return last.doc
    q = _common_prefix(old[::-1][: len(old) - p], text[::-1][: len(text) - p])
    start = text.rfind("\n[", 0, p) + 1  # the table the first difference is in
    if start == 0:
        return None  # the top of the file changed
    nxt = _NEXT_HEADER.search(text, len(text) - q)
    end = nxt.start() + 1 if nxt else len(text)
    old_end = end - (len(text) - len(old))
    try:
        before = tomllib.loads(old[start:old_end])
        after = tomllib.loads(text[start:end])
    except (ValueError, RecursionError):
        return None
    if set(before) - {"briefings"} or set(after) - {"briefings"} or _nesting(after) > MAX_NESTING:
        return None
    briefings = dict(last.doc["briefings"])
    for id, table in before.get("briefings", {}).items():
        if briefings.get(id) != table:
            return None  # the span held part of a briefing's tables only
        del briefings[id]
    for id, table in after.get("briefings", {}).items():
        if id in briefings:
            return None  # also defined outside the span: let the full parse say so
        try:
            _entry_from_table(id, table)
        except _Invalid:
            return None
        briefings[id] = table
    return {**last.doc, "briefings": briefings}


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, comparing 64 KiB slices in C first."""
    n, step, i = min(len(a), len(b)), 1 << 16, 0
    while i + step <= n and a[i : i + step] == b[i : i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


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
        path=_field(table, "path", str, "", where),
        notes=[_note_from_table(n, f"{where}.notes[{i}]") for i, n in enumerate(notes)],
        draft=DRAFT_JOIN.join(parts := _draft_parts(table, where)),
        drafts=tuple(parts),
    )


DRAFT_JOIN = "\n\n"  # between drafts, where one text shows them all (the editor, `notes`)


def _draft_parts(table: dict[str, Any], where: str = "") -> list[str]:
    """A briefing table's drafts: ``draft``, then ``other_drafts`` (each a string)."""
    first = _field(table, "draft", str, "", where) if where else str(table.get("draft") or "")
    others = _field(table, "other_drafts", list, [], where) if where else list(table.get("other_drafts") or [])
    for i, other in enumerate(others):
        if not isinstance(other, str):
            raise _Invalid(f"{where}.other_drafts[{i}] must be a string")
    return [part for part in (first, *others) if part]


def _write_draft_parts(doc: Doc, briefing: Briefing, parts: list[str]) -> None:
    table = doc["briefings"].get(briefing.id)
    if not parts:
        if table is not None and ("draft" in table or "other_drafts" in table):
            table.pop("draft", None)
            table.pop("other_drafts", None)
            _drop_if_empty(doc, briefing.id)
        return
    table = _ensure_entry(doc, briefing)
    table["draft"] = parts[0]
    if len(parts) > 1:
        table["other_drafts"] = parts[1:]
    else:
        table.pop("other_drafts", None)


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
        figure_sentence=_field(table, "figure_sentence", str, None, where),
    )


def _field(table: Table, key: str, kind: type, default: Any, where: str) -> Any:
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


def _note_key(table: Table) -> tuple[dt.datetime, str]:
    """Notes are identified by (created, text): the same note saved twice is one note."""
    return _aware(table["created"]), table["text"]


# -------------------------------------------------------------------------- operations


def _ensure_entry(doc: Doc, briefing: Briefing) -> Table:
    """The briefing's table, created if needed; title and fingerprint kept current."""
    table: Table = doc["briefings"].setdefault(briefing.id, {})
    table["title"] = briefing.title
    table["fingerprint"] = briefing.fingerprint
    table.setdefault("bookmarked", False)
    if briefing.path and _saveable(str(briefing.path)):
        table["path"] = str(briefing.path)
    return table


def _saveable(text: str) -> bool:
    """Whether ``text`` can be written to the notes file (a file name that is not UTF-8
    comes as lone surrogates: such an entry follows its fingerprint, as before)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _drop_if_empty(doc: Doc, id: str) -> None:
    table = doc["briefings"].get(id)
    if table is not None and not table.get("bookmarked") and not table.get("notes"):
        if set(table) <= {"title", "fingerprint", "bookmarked", "notes", "path"}:
            del doc["briefings"][id]


def _op_set_bookmark(doc: Doc, briefing: Briefing, on: bool) -> None:
    if not on and briefing.id not in doc["briefings"]:
        return
    _ensure_entry(doc, briefing)["bookmarked"] = on
    _drop_if_empty(doc, briefing.id)


def _note_table(note: Note) -> Table:
    table: dict[str, Any] = {"created": note.created, "text": note.text}
    if note.figure is not None:
        table["figure"] = note.figure
    if note.figure_en is not None:
        table["figure_en"] = note.figure_en
    if note.figure_sentence is not None:
        table["figure_sentence"] = note.figure_sentence
    return table


def _add_unique(notes: list[Table], new: Table) -> None:
    if _note_key(new) not in {_note_key(n) for n in notes}:
        notes.append(new)


def _op_add_note(doc: Doc, briefing: Briefing, note: Note) -> None:
    notes = _ensure_entry(doc, briefing).setdefault("notes", [])
    _add_unique(notes, _note_table(note))


def _find_note(doc: Doc, briefing: Briefing, note: Note) -> tuple[list[Table], int]:
    table = doc["briefings"].get(briefing.id)
    notes = table.get("notes", []) if isinstance(table, dict) else []
    key = (note.created, note.text)
    for i, n in enumerate(notes):
        if _note_key(n) == key:
            return notes, i
    raise NotesError("that note is no longer in the notes file (changed or deleted elsewhere); nothing was changed")


def _op_edit_note(doc: Doc, briefing: Briefing, note: Note, text: str) -> None:
    notes, i = _find_note(doc, briefing, note)
    if notes[i]["text"] != text:
        notes[i]["text"] = text
        notes[i]["edited"] = _now()
    _ensure_entry(doc, briefing)


def _op_delete_note(doc: Doc, briefing: Briefing, note: Note) -> tuple[Note, int]:
    notes, i = _find_note(doc, briefing, note)
    gone = notes.pop(i)
    if not notes:
        del doc["briefings"][briefing.id]["notes"]
    _drop_if_empty(doc, briefing.id)
    return _note_from_table(gone, "note"), i


def _op_restore_note(doc: Doc, briefing: Briefing, note: Note, position: int) -> None:
    notes = _ensure_entry(doc, briefing).setdefault("notes", [])
    table = _note_table(note)
    if _note_key(table) not in {_note_key(n) for n in notes}:
        notes.insert(min(max(position, 0), len(notes)), table)


def _op_set_draft(doc: Doc, briefing: Briefing, text: str, replaces: tuple[str, ...] | None = None) -> None:
    table = doc["briefings"].get(briefing.id)
    parts = _draft_parts(table) if isinstance(table, dict) else []
    pending = None if replaces is None else list(replaces)
    if pending and text == DRAFT_JOIN.join(pending) and all(p in parts for p in pending):
        return  # the drafts it opened, kept unchanged: left as they are, one by one
    kept: list[str] = []
    at: int | None = None  # where the first draft replaced was: the new text takes its place
    for part in parts:
        if pending is None or part in pending:
            if pending is not None:
                pending.remove(part)
            at = len(kept) if at is None else at
            continue
        kept.append(part)
    if text and text not in kept:  # the same text twice (two writers typed alike) is one draft
        kept.insert(len(kept) if at is None else at, text)
    _write_draft_parts(doc, briefing, kept)


def _plan_relink(
    entries: dict[str, tuple[str, str]], library: list[Briefing], existed: Callable[[str], bool] | None = None
) -> dict[str, Briefing]:
    """old id -> briefing it moves to, for entries (id -> fingerprint, path) whose id left the library.

    An entry whose file is still where it was written moves only to that file under its new id
    (a sibling came: a.txt beside a.md); a copy elsewhere (another folder read with
    ``--briefings``) is not where it went (tester s22 T22).

    Of identical copies, the one the file was renamed to: one with no entry yet, then one
    that was not in the library before (``existed``), then the one changed last (a rename
    sets the file's ctime; a copy made earlier keeps its own), then the first by id. A copy
    that was there already took the notes when its id sorted first (tester s15 U6)."""
    ids = {b.id for b in library}
    if all(old_id in ids for old_id in entries):  # the usual start: nothing moved
        return {}
    by_fingerprint: dict[str, list[Briefing]] = {}
    for b in sorted(library, key=lambda b: b.id):
        if b.fingerprint:
            by_fingerprint.setdefault(b.fingerprint, []).append(b)
    taken = set(entries)
    plan: dict[str, Briefing] = {}
    for old_id, (fp, path) in entries.items():
        candidates = by_fingerprint.get(fp, []) if old_id not in ids else []
        if candidates and path and os.path.lexists(path):
            candidates = [b for b in candidates if str(b.path) == path]
        if len(candidates) > 1:
            candidates = sorted(
                candidates,
                key=lambda b: (b.id in taken, existed is not None and existed(b.id), -_changed_ns(b.path)),
            )  # stable: the first by id among equals
        if candidates:
            target = candidates[0]
            plan[old_id] = target
            taken.add(target.id)
    return plan


def _changed_ns(path: str) -> int:
    """The file's status change time (a rename sets it), 0 when it cannot be read."""
    try:
        return os.stat(path).st_ctime_ns
    except (OSError, ValueError):
        return 0


def _op_relink(doc: Doc, library: list[Briefing], existed: Callable[[str], bool] | None = None) -> int:
    entries = {id: (str(t.get("fingerprint", "")), str(t.get("path", ""))) for id, t in doc["briefings"].items()}
    plan = _plan_relink(entries, library, existed)
    for old_id, briefing in plan.items():
        moved = doc["briefings"].pop(old_id)
        target = _ensure_entry(doc, briefing)
        target["bookmarked"] = bool(target.get("bookmarked") or moved.get("bookmarked"))
        for note in moved.get("notes", []):
            _add_unique(target.setdefault("notes", []), note)
        # Two drafts (an entry moved onto a copy that has its own): both kept, the target's
        # first, as the notes list keeps an edit beside a draft. setdefault dropped the
        # moved one: typed text lost.
        parts = _draft_parts(target)
        parts += [d for d in _draft_parts(moved) if d.strip() and d.strip() not in {p.strip() for p in parts}]
        _write_draft_parts(doc, briefing, parts)
        for key, value in moved.items():
            if key not in ("draft", "other_drafts"):
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
    chunks.extend(_dumps_entry(id, table) for id, table in doc["briefings"].items())
    return "".join(chunks)


def _dumps_entry(id: str, table: Table) -> str:
    """One briefing's tables, each starting on a new line after a blank one."""
    key = f"briefings.{_toml_str(id)}"
    notes = table.get("notes")
    aot: list[Table] = notes if isinstance(notes, list) and notes and all(isinstance(n, dict) for n in notes) else []
    scalars = {k: v for k, v in table.items() if not (k == "notes" and aot)}
    chunks = [f"\n[{key}]\n" + tomli_w.dumps(scalars)]
    for note in aot:
        chunks.append(f"\n[[{key}.notes]]\n" + _dumps_note(note))
    return "".join(chunks)


def _dumps_note(note: Table) -> str:
    # tomli-w writes "2026-11-22 10:01:00+08:00"; section 8 shows the RFC 3339 "T" form.
    created = note.get("created")
    if not isinstance(created, dt.datetime):
        return tomli_w.dumps(note)
    rest = {k: v for k, v in note.items() if k != "created"}
    return f"created = {created.isoformat()}\n" + tomli_w.dumps(rest)


# ----------------------------------------------------------- saving what changed only

# A line that opens a table: "[a.b]" or "[[a.b]]", maybe indented, maybe a comment after.
_HEADER = re.compile(r"^[ \t]*\[[^\n]*$", re.MULTILINE)
_COMMENT = re.compile(r"^[ \t]*#[^\n]*$", re.MULTILINE)
_NEXT_HEADER = re.compile(r"\n[ \t]*\[")
# [briefings."id"] and [[briefings."id".notes]] with a plain quoted or bare key.
_KEY = r'(?:"([^"\\\x00-\x1f]*)"|([A-Za-z0-9_-]+))'
_SIMPLE_HEADER = re.compile(rf"\[briefings\.{_KEY}\]|\[\[briefings\.{_KEY}\.notes\]\]")


def _render(old_text: str, old: Doc, doc: Doc, changed: list[str], top_changed: bool) -> str:
    """The new file text: ``old_text`` (which parses to ``old``) with the tables of the
    ``changed`` briefings written anew, or the whole document in the standard layout
    when that cannot be done safely (an empty file, a changed top level, a layout the
    splitter does not trust)."""
    if _only_comments(old_text):  # a new file, or one the user started with comments
        return (old_text.rstrip() + "\n\n" if old_text.strip() else "") + _dumps(doc)
    if top_changed or not doc["briefings"] or '"""' in old_text or "'''" in old_text:
        return _dumps(doc)
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) over old_text
    appended: list[str] = []
    blocks: list[tuple[int, int, str | None]] | None = None
    for id in changed:
        table = doc["briefings"].get(id)
        new = _dumps_entry(id, table) if table is not None else ""
        if new and tomllib.loads(new) != {"briefings": {id: table}}:
            return _dumps(doc)  # a value this layout cannot express
        mine = _entry_spans(old_text, id, old["briefings"].get(id))
        if mine is None:  # written by hand in another form: look at every table
            if blocks is None:
                blocks = _split_blocks(old_text)
                if blocks is None:
                    return _dumps(doc)
            mine = [(start, end) for start, end, owner in blocks if owner == id]
        if not mine:
            appended.append(new)
            continue
        # Keep the user's comments in the entry; its tables are what is rewritten.
        comments = [c.group(0).strip() for start, end in mine for c in _COMMENT.finditer(old_text, start, end)]
        if new and comments:
            head, _, rest = new.lstrip("\n").partition("\n")
            new = "\n" + head + "\n" + "\n".join(comments) + "\n" + rest
        for i, (start, end) in enumerate(mine):
            if i or not new:  # a table that goes: the blank lines above it go too (they grew on every save)
                while start >= 2 and old_text[start - 2 : start] == "\n\n":
                    start -= 1
            pieces.append((start, end, new if i == 0 else ""))
    out, pos = [], 0
    for start, end, replacement in sorted(pieces):
        out.append(old_text[pos:start])
        # The blank line above the next table stays with it (_trim_tail): one more here added a
        # blank line on every save of the entry (tester s17 U14: 6 after four saves, growing).
        apart = replacement and end < len(old_text) and not old_text.startswith("\n", end)
        out.append(replacement.lstrip("\n") + ("\n" if apart else ""))
        pos = end
    out.append(old_text[pos:])
    text = "".join(out)
    for new in appended:
        text = text.rstrip("\n") + "\n" + new
    return text.rstrip("\n") + "\n"


def _only_comments(text: str) -> bool:
    # TOML ends a line at \n only: str.splitlines() also cuts at U+0085 and U+2028, which a
    # comment may hold ("#\x85!" read as the lines "#" and "!": not only comments, so saved wrong)
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.split("\n"))


def _entry_spans(text: str, id: str, table: Table | None) -> list[tuple[int, int]] | None:
    """Where the tables of briefing ``id`` are in ``text``, found by their headers as this
    module writes them (a string search, not a parse of 100,000 headers). Checked by
    parsing just those spans: None unless they hold exactly ``table``."""
    key = _toml_str(id)
    starts = []
    for header in (f"[briefings.{key}]", f"[[briefings.{key}.notes]]"):
        at = 0 if text.startswith(header) else text.find("\n" + header) + 1
        while at > 0 or (at == 0 and text.startswith(header)):
            after = text[at + len(header) : at + len(header) + 1]
            if after in ("", "\n", "\r", " ", "\t", "#"):
                starts.append(at)
            at = text.find("\n" + header, at + 1) + 1
    spans = []
    for start in sorted(starts):
        nxt = _NEXT_HEADER.search(text, start + 1)
        end = nxt.start() + 1 if nxt else len(text)
        spans.append((start, _trim_tail(text, start, end)))
    found = tomllib.loads("".join(text[s:e] for s, e in spans)) if spans else {}
    expected = {"briefings": {id: table}} if table is not None else {}
    return spans if found == expected else None


def _trim_tail(text: str, start: int, end: int) -> int:
    """Blank and comment lines just above the next header belong to it."""
    while True:
        line_start = text.rfind("\n", start, end - 1) + 1
        line = text[line_start:end]
        if line_start > start and (not line.strip() or line.lstrip().startswith("#")):
            end = line_start
        else:
            return end


def _split_blocks(text: str) -> list[tuple[int, int, str | None]] | None:
    """``(start, end, briefing id)`` of each table in ``text``, from its header line to
    the next one (trailing blank and comment lines stay with the next table); the id
    is None for tables outside ``[briefings]``. None when a header line could be inside
    a multi-line string or does not parse: the caller then rewrites the whole file."""
    headers: list[tuple[int, str | None]] = []
    for match in _HEADER.finditer(text):
        line = match.group(0).strip()
        simple = _SIMPLE_HEADER.fullmatch(line)  # what this module writes: no parse needed
        if simple:
            headers.append((match.start(), next(g for g in simple.groups() if g is not None)))
            continue
        try:
            path = tomllib.loads(line)
        except ValueError:
            return None  # e.g. a line of a multi-line array
        headers.append((match.start(), _briefing_of(path)))
    if not headers:
        return None
    blocks = []
    for (start, owner), (next_start, _) in zip(headers, [*headers[1:], (len(text), None)], strict=True):
        blocks.append((start, _trim_tail(text, start, next_start), owner))
    return blocks


def _briefing_of(path: Doc) -> str | None:
    """The briefing id a parsed header line belongs to ("[briefings]" itself: None)."""
    briefings = path.get("briefings") if len(path) == 1 else None
    if isinstance(briefings, dict) and len(briefings) == 1:
        return str(next(iter(briefings)))
    return None
