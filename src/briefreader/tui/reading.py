"""Read state and the live library in the TUI: the parts of the main screen that are
about what has been read and what changed on disk (issue 15).

``Reading`` is the app's handle on the read-state store: opened in a thread from the
app's constructor (a database of 100,000 rows takes ~0.1 s to read) and joined when
the library is ready. ``ReadingMixin`` gives the main screen its unread marks and
counts, the keys (next/previous unread, toggle read, mark all shown read) and the
watcher worker; the screen calls a handful of its methods from its own.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Briefing
from ..readstate import ReadState, StateMarks, state_path
from ..views import ITEM_HEIGHT, month_key
from .i18n import tr
from .settle import after_filter
from .threads import to_ui

if TYPE_CHECKING:
    from ..library import Library
    from ..views import Layout
    from ..watch import Changes

_FLIP = bytes([1, 0]) + bytes(range(2, 256))
UNREAD_MARK = "•"
HEADING_COUNTS = "\t"  # between a heading's label and its counts (a label is one_line'd: no tab)
INDEX_CHECK = 2.0  # seconds between checks that the index file is still the one opened
REST_AFTER = 1.0  # seconds: the read state's first-seen sessions are read by then at the latest


class Reading:
    """The read-state store of one app; a thread opens it while the app starts."""

    def __init__(self, notes_path: Path) -> None:
        self.state = ReadState(state_path(notes_path))
        self.version = 0  # bumped on every change the screen must redraw for
        self._go = threading.Event()
        self._thread = threading.Thread(target=self._open, name="briefreader-readstate", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        # The list's first screen needs only the read marks; the first-seen sessions
        # (~75 ms of CPU at 100,000 briefings, holding the interpreter) wait for it to be
        # drawn, or for the first call of ready(), or REST_AFTER seconds (issue 19).
        self.state._open(read_only_first=True)  # (its quick_check waits too: check())
        self.state.start_session()
        self._go.wait(REST_AFTER)
        self.state.check()
        self.state.reload()

    def go(self) -> None:
        """The first screen is drawn: read the rest of the state now."""
        self._go.set()

    def ready(self, timeout: float = 10.0) -> ReadState:
        self._go.set()
        self._thread.join(timeout)
        return self.state

    def marks(self, notes: Any) -> StateMarks:
        return StateMarks(notes, self.state)


def _ones_per_group(layout: Layout, bits: bytes) -> dict[str, int]:
    """How many of each group's positions are 1 in ``bits`` (one byte a briefing): the
    unread counts and the shown counts of the list's headings, alike."""
    counts: dict[str, int] = {}
    for key, positions, _members in layout._groups:
        if isinstance(positions, range):
            counts[key] = bits[positions.start : positions.stop].count(1)
        else:
            counts[key] = bytes(map(bits.__getitem__, positions)).count(1)
    return counts


class ReadingMixin:
    """Methods of MainScreen (it owns the widgets; this owns nothing but caches)."""

    _unread_cache: tuple[Any, ...] | None = None
    _fingerprints: tuple[tuple[int, int], list[str]] | None = None  # of the whole list, once per list
    _group_cache: tuple[Any, ...] | None = None  # (layout, mask, version) -> unread per group
    _total_cache: tuple[Any, ...] | None = None  # (layout, mask) -> briefings shown per group
    _positions: tuple[tuple[int, int], dict[str, list[int]]] | None = None  # fingerprint -> places in the list
    _watcher: Any = None
    _live_app: Any = None  # the app the watcher's threads work for (start_watching)
    _seen_thread: threading.Thread | None = None

    # ---- state ---------------------------------------------------------------------

    @property
    def reading(self) -> Reading:
        return self.app.reading  # type: ignore[attr-defined]

    def reading_marks(self) -> StateMarks:
        return self.reading.marks(self.app.notes)  # type: ignore[attr-defined]

    def reading_library_ready(self, library: Library) -> None:
        """Every listed briefing has been seen now (in this session if never before)."""
        state = self.reading.ready()
        if state.message:
            self.notify(state.message, severity="warning", markup=False, timeout=12)  # type: ignore[attr-defined]
            state.message = None
        self._seen_thread = threading.Thread(
            target=self._seen, args=(state, library.briefings), daemon=True, name="briefreader-seen"
        )
        self._seen_thread.start()
        self._unread_cache = None

    def _seen(self, state: ReadState, briefings: list[Briefing]) -> None:
        """Off the UI thread: record first sightings, and index where each fingerprint
        is in the list so that the first mark does not pay for it (~60 ms at 100,000)."""
        from ..liststore import is_store

        state.note_seen(briefings.fingerprint_column() if is_store(briefings) else [b.fingerprint for b in briefings])
        self._positions = ((id(briefings), len(briefings)), _places(briefings))

    def row_unread(self, b: Briefing) -> bool:
        return not self.reading.state.is_read(b.fingerprint)

    def _unread_bits(self) -> bytes:
        """1 per briefing of the whole list that is unread (cached per list and change)."""
        all_: list[Briefing] = self._all  # type: ignore[attr-defined]
        key = (id(all_), len(all_), self.reading.version)
        cached = self._unread_cache
        if cached is None or cached[0] != key:
            fingerprints = self._fingerprints
            if fingerprints is None or fingerprints[0] != (id(all_), len(all_)):
                from ..liststore import is_store

                fingerprints = self._fingerprints = (  # a column-wise list's column: not 1,000,000 strings
                    (id(all_), len(all_)),
                    all_.fingerprint_column() if is_store(all_) else [b.fingerprint for b in all_],
                )
            is_read = self.reading.state._read.__contains__  # C speed: ~4 ms at 100,000
            bits = bytes(map(is_read, fingerprints[1])).translate(_FLIP)
            self._unread_cache = cached = (key, bits)
        return cached[1]

    def unread_status(self) -> str:
        """The status bar's part: unread of what is shown."""
        bits = self._unread_bits()
        mask = self._mask  # type: ignore[attr-defined]
        if mask is None:
            count = bits.count(1)
        else:
            count = (int.from_bytes(bits, "big") & int.from_bytes(mask, "big")).bit_count()
        return tr("status.unread", self.language, count=count)  # type: ignore[attr-defined]

    def group_unread(self, layout: Layout) -> dict[str, int]:
        """Unread briefings shown in each group of ``layout`` (cached; a mark adjusts
        the cached counts instead of counting 100,000 briefings again)."""
        key = (id(layout), id(self._mask), self.reading.version)  # type: ignore[attr-defined]
        cached = self._group_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        counts = self._count_groups(layout)
        self._group_cache = (key, counts, layout, self._mask)  # type: ignore[attr-defined]  # kept alive: ids
        return counts

    def _count_groups(self, layout: Layout) -> dict[str, int]:
        bits = self._unread_bits()
        mask = self._mask  # type: ignore[attr-defined]
        if mask is not None:
            both = int.from_bytes(bits, "big") & int.from_bytes(mask, "big")
            bits = both.to_bytes(len(bits), "big")
        return _ones_per_group(layout, bits)

    def group_totals(self, layout: Layout) -> dict[str, int]:
        """Briefings shown in each group of ``layout``, counted as the unread ones are
        (versions folded into a story's row included), so "3 of 5 unread" never reads
        "3 unread of 1" (tester s18 U3: '•3 1' over one story's row). Cached per layout
        and filter: a mark changes no total."""
        mask = self._mask  # type: ignore[attr-defined]
        key = (id(layout), id(mask))
        cached = self._total_cache
        if cached is not None and cached[0] == key:
            return cached[1]  # type: ignore[no-any-return]
        if mask is None:
            totals = {group: len(positions) for group, positions, _members in layout._groups}
        else:
            totals = _ones_per_group(layout, mask)
        self._total_cache = (key, totals, layout, mask)  # kept alive: ids
        return totals

    def with_unread(self, label: str, unread: int, total: int) -> str:
        """A heading: its label, a tab, then its counts in words ("3 of 5 unread", "5
        unread" when none is read, "5" when all are), and after another tab a shorter form
        if there is one ("3 unread"); the list keeps the counts whole and cuts the label,
        taking the shorter form when the label would be cut with the longer one."""
        lang = self.language  # type: ignore[attr-defined]
        if unread and unread >= total:
            return f"{label}{HEADING_COUNTS}{tr('list.heading_all_unread', lang, total=unread)}"
        if unread:
            # then a shorter form, for a list too narrow for the label and the long one
            # (tester s20 U2: at 80 columns "▾ No…  1193 of 1195 unread" cut the label)
            full = tr("list.heading_unread", lang, unread=unread, total=total)
            short = tr("list.heading_unread_short", lang, unread=unread)
            return f"{label}{HEADING_COUNTS}{full}{HEADING_COUNTS}{short}"
        return f"{label}{HEADING_COUNTS}{tr('list.heading_total', lang, total=total)}"

    # ---- marking -------------------------------------------------------------------

    def mark_read(self, briefings: list[Briefing], read: bool = True) -> int:
        return self._mark_fingerprints([b.fingerprint for b in briefings], read)

    def _mark_fingerprints(self, fingerprints: list[str], read: bool = True) -> int:
        state = self.reading.state
        flipped = list(dict.fromkeys(fp for fp in fingerprints if state.is_read(fp) != read))
        old = self.reading.version
        changed = state.set_read(flipped, read)
        if changed:
            if len(flipped) <= 1000:
                self._adjust_counts(flipped, read, old)
            self._read_changed()
        return changed

    def _adjust_counts(self, fingerprints: list[str], read: bool, old: int) -> None:
        """Carry the cached unread bits and group counts over to the next version by
        flipping just the briefings marked (a keystroke at 100,000 briefings: ~1 ms,
        not the ~25 ms of counting them all)."""
        all_: list[Briefing] = self._all  # type: ignore[attr-defined]
        ident = (id(all_), len(all_))
        bits_cache, group_cache = self._unread_cache, self._group_cache
        if bits_cache is None or bits_cache[0] != (*ident, old):
            return
        if self._positions is None or self._positions[0] != ident:
            self._positions = (ident, _places(all_))
        places = self._positions[1]
        bits = bytearray(bits_cache[1])
        mask = self._mask  # type: ignore[attr-defined]
        counts = None
        if group_cache is not None and group_cache[0] == (id(group_cache[2]), id(mask), old):
            counts, layout = dict(group_cache[1]), group_cache[2]
        step = -1 if read else 1
        for fp in fingerprints:
            for i in places.get(fp, ()):
                bits[i] = 0 if read else 1
                if counts is not None and (mask is None or mask[i]):
                    b = all_[i]
                    for key in (b.topics or [""]) if layout.by == "topic" else (month_key(b.date, b.date_precision),):
                        if key in counts:
                            counts[key] += step
        new = old + 1
        self._unread_cache = ((*ident, new), bytes(bits))
        if counts is not None:
            self._group_cache = ((id(layout), id(mask), new), counts, layout, mask)

    def _read_changed(self) -> None:
        self.reading.version += 1
        highlighted = self.briefing_list.highlighted  # type: ignore[attr-defined]
        if highlighted is not None and highlighted is not self.entry:  # type: ignore[attr-defined]
            # j then r typed fast: the rebuild below keeps the cursor on what is open,
            # so open what the cursor is on first (its Highlighted message may still be queued).
            self.open(highlighted)  # type: ignore[attr-defined]
        self.briefing_list.redraw()  # type: ignore[attr-defined]
        self.rebuild_rows()  # type: ignore[attr-defined]  # the headings' unread counts, the status bar
        if "is:" in self.filter_bar.value:  # type: ignore[attr-defined]
            self.refilter()  # type: ignore[attr-defined]

    @after_filter
    def action_toggle_read(self) -> None:
        b = self.briefing_list.highlighted  # type: ignore[attr-defined]
        if b is None:
            self.notify(tr("notify.no_briefing", self.language), severity="warning")  # type: ignore[attr-defined]
            return
        read = not self.reading.state.is_read(b.fingerprint)
        self.mark_read([b], read)
        self.notify(
            tr("notify.marked_read" if read else "notify.marked_unread", self.language),  # type: ignore[attr-defined]
            timeout=2,
        )

    @after_filter
    def action_next_unread(self, step: int) -> None:
        """The next (or previous) unread briefing in the list, from the cursor on."""
        lst = self.briefing_list  # type: ignore[attr-defined]
        rows = lst.rows
        state = self.reading.state
        i = lst.cursor + step
        while 0 <= i < len(rows):
            b = rows[i].briefing
            if b is not None and not state.is_read(b.fingerprint):
                lst.cursor = i
                return
            i += step
        self.notify(tr("notify.no_more_unread", self.language), severity="warning", timeout=3)  # type: ignore[attr-defined]

    def action_mark_all_read(self) -> None:
        """Mark every shown briefing read; asks first when that is more than a screen."""
        from ..liststore import is_store

        all_ = self._all  # type: ignore[attr-defined]
        if is_store(all_):  # the unread bits and the fingerprint column: no entry made
            import numpy as np

            bits = np.frombuffer(self._unread_bits(), dtype=np.uint8)
            mask = self._mask  # type: ignore[attr-defined]
            if mask is not None:
                bits = bits & np.frombuffer(mask, dtype=np.uint8)
            column = all_.fingerprint_column()
            unread = [column[p] for p in np.flatnonzero(bits).tolist()]
        else:
            shown: list[Briefing] = self.shown  # type: ignore[attr-defined]
            unread = [b.fingerprint for b in shown if not self.reading.state.is_read(b.fingerprint)]
        if not unread:
            self.notify(tr("notify.none_unread", self.language), timeout=3)  # type: ignore[attr-defined]
            return

        def go(yes: bool | None) -> None:
            if yes:
                count = self._mark_fingerprints(unread)
                self.notify(tr("notify.all_read", self.language, count=count))  # type: ignore[attr-defined]

        if _all_in_view(self.briefing_list, unread):  # type: ignore[attr-defined]
            go(True)
            return
        from .screens.notes_screen import Confirm

        self.app.push_screen(  # type: ignore[attr-defined]
            Confirm(tr("confirm.mark_all", self.language, count=len(unread)), self.language), go
        )

    def opened_for_reading(self, b: Briefing | None) -> None:
        """enter on a briefing, or J/K while reading: it counts as read."""
        if b is not None and not self.reading.state.is_read(b.fingerprint):
            self.mark_read([b])

    # ---- notes --------------------------------------------------------------------

    def keep_draft(
        self, b: Briefing, text: str, replaces: list[str] | None = None, *, beside: bool = False
    ) -> str | None:
        """A kept draft goes to the notes file (it survives a restart); when the file
        cannot take it, it stays in memory and quitting asks first, as before. Returns
        why the file could not take it (None: saved). ``replaces``: the drafts it takes
        the place of (notes.NotesStore.set_draft); None: every draft of ``b``. ``beside``:
        a new draft, not the one in memory continued (an edit of a saved note kept
        unsaved): both stay. The one place a draft is kept, for every screen (review s17
        R8: the notes screen had its own copy, which lost the text when the file could
        not take it)."""
        app: Any = self.app  # type: ignore[attr-defined]
        from ..notes import DRAFT_JOIN, NotesError

        try:
            if text or app.notes.draft_for(b.id):
                app.notes.set_draft(b, text, replaces=replaces)
        except NotesError as exc:
            if text:
                held = app.drafts.get(b.id, "")
                if beside and held:  # beside the one held, never in its place (review s18 R11)
                    text = held if text in held.split(DRAFT_JOIN) else held + DRAFT_JOIN + text
                app.drafts[b.id] = text
            return str(exc)
        if not beside:
            app.drafts.pop(b.id, None)
        return None

    def draft_kept_said(self, error: str | None) -> None:
        """Where a kept draft went: the notes file, or memory only and why (a full disk
        said "Draft kept" and the file had nothing: tester s13)."""
        if error is None:
            self.notify(tr("notify.draft_kept", self.language))  # type: ignore[attr-defined]
        else:  # the error names the notes file's path: "[old]" in it is no markup
            message = tr("notify.draft_in_memory", self.language, error=error)  # type: ignore[attr-defined]
            self.notify(message, severity="warning", markup=False)  # type: ignore[attr-defined]

    def keep_draft_beside(self, b: Briefing, text: str) -> None:
        """An edit of a saved note kept unsaved (the notes screen's e, then escape, k):
        a draft of its own beside the briefing's others, said, and shown."""
        self.draft_kept_said(self.keep_draft(b, text, [], beside=True))
        self.marks_changed()  # type: ignore[attr-defined]

    def action_notes_screen(self) -> None:
        self._notes_screen(None)

    @after_filter
    def action_manage_notes(self) -> None:
        b = self._need_briefing()  # type: ignore[attr-defined]
        if b is None:
            return
        if not self.app.notes.notes_for(b.id) and not self.app.notes.is_bookmarked(b.id):  # type: ignore[attr-defined]
            self.notify(tr("notify.no_notes_here", self.language), severity="warning")  # type: ignore[attr-defined]
            return
        self._notes_screen(b.id)

    def _notes_screen(self, only: str | None) -> None:
        from .screens.notes_screen import NotesScreen

        app: Any = self.app  # type: ignore[attr-defined]
        library = app.library
        briefings = library.by_id if library is not None else {}

        def chosen(briefing_id: str | None) -> None:
            b = briefings.get(briefing_id) if briefing_id else None
            if b is None:
                return
            if not self.briefing_list.select(b):  # type: ignore[attr-defined]  # filtered out or folded
                self.filter_bar.input.value = ""  # type: ignore[attr-defined]
                self._collapsed = {"date": set(), "topic": set()}
                self._show_all(self._all)  # type: ignore[attr-defined]
                self.rebuild_rows()  # type: ignore[attr-defined]
                self.briefing_list.select(b)  # type: ignore[attr-defined]
            self.open(b)  # type: ignore[attr-defined]
            self.set_focus(self.article)  # type: ignore[attr-defined]

        app.push_screen(
            NotesScreen(
                app.notes,
                briefings,
                self.language,
                only=only,  # type: ignore[attr-defined]
                on_change=self.marks_changed,
                keep_draft=self.keep_draft_beside,
                in_script=self.in_script,  # type: ignore[attr-defined]
            ),
            chosen,
        )  # type: ignore[attr-defined]

    # ---- the live library ------------------------------------------------------------

    def start_watching(self) -> None:
        # A daemon thread of its own, not a Textual worker: a worker runs in the event
        # loop's executor, which is joined when the app exits, and this one runs until stopped.
        # The app is taken here, on the UI thread: the watcher's threads never ask a widget for it, because after a
        # quit (or a view opening as the app quits) the screen has no parent and self.app raises in the thread.
        app: Any = self.app  # type: ignore[attr-defined]
        if self._watcher is None and getattr(app, "watch_folder", True):
            self._live_app = app
            threading.Thread(target=self._watch, name="briefreader-watch", daemon=True).start()

    def stop_watching(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()

    def on_unmount(self) -> None:
        self.stop_watching()
        seen = self._seen_thread
        if seen is not None:  # a quick quit must not lose what this session first saw (is:new)
            seen.join(timeout=5)

    def _watch(self) -> None:
        from ..library import SUFFIXES
        from ..watch import Watcher

        app = self._live_app
        folder = Path(app.config.briefings).resolve()
        pending: list[Changes] = []
        lock = threading.Lock()

        def changed(changes: Changes) -> None:
            with lock:
                pending.append(changes)
            self._apply_changes(pending, lock)

        self._watcher = watcher = Watcher(folder, app.config.notes, app.reading.state.path, changed, suffixes=SUFFIXES)
        threading.Thread(target=self._check_index, args=(watcher,), name="briefreader-watch-index", daemon=True).start()
        watcher.run()

    def _check_index(self, watcher: Any) -> None:
        """Another process may delete and rebuild the index file (it was damaged, or an
        older briefreader): the rows and keys this reader holds would no longer match
        it, so a replaced file is opened again (a stat every INDEX_CHECK seconds)."""
        app = self._live_app
        while not watcher._stop.wait(INDEX_CHECK):
            library = app.library
            index = getattr(library, "index", None)
            if index is None or getattr(self, "is_loading", False) or not index.replaced():
                continue
            from ..library import refresh

            try:
                fresh = refresh(library, app.config)
            except Exception:  # noqa: BLE001 - a cache problem must never stop the reader
                continue
            if fresh is not None:
                self._to_ui(self._live_library, fresh, 0.0)

    def _to_ui(self, callback: Any, *args: Any, **kwargs: Any) -> None:
        """threads.to_ui from this screen; if the app is gone (the watcher outlived it),
        the watcher stops."""
        if not to_ui(self, callback, *args, **kwargs) and self._watcher is not None:  # type: ignore[arg-type]
            self._watcher.stop()

    def _apply_changes(self, pending: list[Changes], lock: threading.Lock) -> None:
        """In the watcher's thread: read what changed, then hand the UI thread the result."""
        with lock:
            batch, pending[:] = list(pending), []
        paths: set[Path] = set()
        notes = state = False
        for c in batch:
            paths |= c.paths
            notes |= c.notes
            state |= c.state
        app = self._live_app
        if state and app.reading.state.reload():
            self._to_ui(self._state_reloaded)
        if notes:
            self._to_ui(self._notes_changed)
        library = app.library
        if paths and library is not None and not getattr(self, "is_loading", False):
            from ..library import refresh_paths

            started = time.monotonic()
            try:
                fresh = refresh_paths(library, app.config, paths)
            except Exception as exc:  # noqa: BLE001 - the watcher must outlive a bad file
                self._to_ui(self.notify, str(exc), severity="warning", markup=False)  # type: ignore[attr-defined]
                return
            if fresh is not None:
                self._to_ui(self._live_library, fresh, time.monotonic() - started)

    def _state_reloaded(self) -> None:
        self._read_changed()

    def _notes_changed(self) -> None:
        notes = self.app.notes  # type: ignore[attr-defined]
        before = notes.error
        notes.reload()
        from .screens.note_editor import NoteEditor

        for screen in self.app.screen_stack:  # type: ignore[attr-defined]
            if isinstance(screen, NoteEditor) and screen.draft_of is not None:
                # another process removed the draft this editor wrote: written again
                parts = notes.draft_parts(screen.draft_of)
                screen.rewrite_if_gone(parts.__contains__)
        if notes.error and notes.error != before:
            self.notify(
                tr("notify.notes_error", self.language, error=notes.error),  # type: ignore[attr-defined]
                severity="warning",
                markup=False,
            )
        self.marks_changed()  # type: ignore[attr-defined]

    def _live_library(self, library: Library, _took: float) -> None:
        """A new list from the watcher: the cursor, the filter and the article stay."""
        old = self.app.library  # type: ignore[attr-defined]
        shown = self.entry  # type: ignore[attr-defined]
        if shown is not None and shown.id not in library.by_id:
            # The article then follows the list's cursor to another briefing: without a
            # word, the one being read seemed to turn into a different one.
            from .text import one_line

            title = one_line(shown.title or shown.id)
            message = tr("notify.gone", self.language, title=title)  # type: ignore[attr-defined]
            self.notify(message, severity="warning", markup=False)  # type: ignore[attr-defined]
        highlighted = self.briefing_list.highlighted  # type: ignore[attr-defined]
        if highlighted is not None and highlighted is not self.entry:  # type: ignore[attr-defined]
            self.open(highlighted)  # type: ignore[attr-defined]  # the rebuild keeps the cursor on it
        self._library_ready(library)  # type: ignore[attr-defined]
        if old is not None and old is not library:
            old.close()


def _all_in_view(lst: Any, fingerprints: list[str]) -> bool:
    """Whether every briefing of ``fingerprints`` has its whole row on screen now (a
    story's row standing for its folded versions): marking them all read then needs no
    question. Counted on the rows drawn, headings and the blank lines between groups
    included (tester s22 T12: a threshold of half the list's height marked 10 briefings
    read, two groups of them below the fold); a folded group's briefings are not in view."""
    height = lst.scrollable_content_region.height
    if len(fingerprints) > height // ITEM_HEIGHT:  # more than a screen can hold: no pass
        return False
    rows = lst.rows
    top = lst.scroll_offset.y
    bottom = top + height  # the first line below the fold
    seen: set[str] = set()
    index = rows.row_at_line(top)
    while index is not None and index < len(rows):
        start = rows.start_line(index)
        row = rows[index]
        if start + row.height > bottom:
            break
        if start >= top and row.briefing is not None:
            seen.add(row.briefing.fingerprint)
            if row.versions and not row.expanded and rows.shown is not None:
                seen.update(rows.shown.fingerprints(row.briefing.id))
        index += 1
    return seen.issuperset(fingerprints)


class _StorePlaces:
    """Where each fingerprint is in a column-wise list (liststore.ListStore), found
    by its hash-sorted column: a dict of 1,000,000 fingerprints took ~250 MB."""

    def __init__(self, store) -> None:
        self._store = store

    def get(self, fingerprint: str, default=()):
        return self._store.positions_of("fingerprint", fingerprint) or default


def _places(briefings) -> Any:
    """fingerprint -> its places in the list (a ``.get`` is all that is asked)."""
    from ..liststore import is_store

    if is_store(briefings):
        return _StorePlaces(briefings)
    places: dict[str, list[int]] = {}
    for i, b in enumerate(briefings):
        places.setdefault(b.fingerprint, []).append(i)
    return places
