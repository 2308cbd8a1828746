"""Watching the briefings folder, the notes file and the read state while the app is open.

watchfiles (Rust ``notify``: inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW
on Windows) tells us what changed; the kernel does the watching, so an idle folder of
100,000 files costs next to nothing (tests/core/test_watch.py measures it), and a change is
seen within the debounce (~0.3 s). Polling the same folder means a stat of every file
each round: watchfiles' own poller is the fallback when notifications are not
available (a filesystem without them, the inotify watch limit reached), with a slower
round so that it does not eat a core.

Two watchers run: one recursive over the briefings folder, and one, not recursive,
over the folder of the notes file (the notes file is replaced on every save, so the
file itself cannot be watched; the read-state database is in the same folder). A
change is reported as a :class:`Changes` to a callback; nothing here knows the TUI.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["Changes", "Watcher"]

DEBOUNCE_MS = 300  # changes within this window arrive as one batch (a copy of many files)
STEP_MS = 100  # how often the stop flag is looked at while nothing happens
POLL_DELAY_MS = 2000  # the fallback's round: a stat of every file each time


@dataclass(slots=True)
class Changes:
    """What one batch of events touched."""

    paths: set[Path] = field(default_factory=set)  # in the briefings folder: added, changed or removed
    notes: bool = False  # the notes file was replaced or written
    state: bool = False  # the read-state database was written (by anyone, this process too)


class Watcher:
    """Runs in a thread (the TUI's worker): :meth:`run` blocks until :meth:`stop`."""

    def __init__(
        self,
        folder: Path,
        notes: Path,
        state: Path,
        on_change: Callable[[Changes], None],
        *,
        suffixes: frozenset[str] | None = None,
        force_polling: bool | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.notes = Path(notes)
        self.state = Path(state)
        self.on_change = on_change
        self.suffixes = suffixes
        self.force_polling = force_polling
        self.mode = ""  # "notifications" or "polling" once running
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.error: str | None = None

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        """Watch until stopped; the notes folder in a second thread."""
        side = self.notes.parent
        if side.is_dir() and not _inside(side, self.folder):
            t = threading.Thread(target=self._watch_notes, name="briefreader-watch-notes", daemon=True)
            t.start()
            self._threads.append(t)
            self._watch(self.folder, recursive=True)
        else:  # the notes beside (or below) the briefings: one recursive watcher sees both
            self._watch(self.folder if _inside(side, self.folder) else side, recursive=True)
        for t in self._threads:
            t.join(timeout=1)

    def _watch_notes(self) -> None:
        self._watch(self.notes.parent, recursive=False)

    def _watch(self, where: Path, *, recursive: bool) -> None:
        import watchfiles

        polling = self.force_polling
        while not self._stop.is_set():
            self.mode = "polling" if polling else "notifications"
            try:
                for batch in watchfiles.watch(
                    where,
                    watch_filter=self._wanted,
                    debounce=DEBOUNCE_MS,
                    step=STEP_MS,
                    stop_event=self._stop,
                    force_polling=polling,
                    recursive=recursive,
                    poll_delay_ms=POLL_DELAY_MS,
                    raise_interrupt=False,
                    ignore_permission_denied=True,
                ):
                    changes = self._sort(batch)
                    if changes.paths or changes.notes or changes.state:
                        self.on_change(changes)
                return
            except FileNotFoundError:  # the folder went away: nothing to watch until it is back
                if self._stop.wait(POLL_DELAY_MS / 1000):
                    return
            except (OSError, RuntimeError) as exc:
                if polling:
                    self.error = f"cannot watch {where}: {exc}"
                    log.warning("%s", self.error)
                    return
                # No notifications here (watch limit, a filesystem without them): poll.
                log.info("watching %s by polling: %s", where, exc)
                polling = True

    def _wanted(self, _change: object, path: str) -> bool:
        name = os.path.basename(path)
        if path == str(self.notes) or name == self.notes.name:
            return True
        if name.startswith(self.state.name):  # the database, its -wal and -shm
            return True
        if name.startswith("."):
            return False  # hidden files (editors' temporaries, our own .tmp files)
        suffix = os.path.splitext(name)[1].lower()
        # A name without a suffix may be a folder that came or went.
        return self.suffixes is None or suffix in self.suffixes or not suffix

    def _sort(self, batch: set[tuple[Any, str]]) -> Changes:
        changes = Changes()
        notes, state, folder = str(self.notes), str(self.state), str(self.folder)
        for _change, raw in batch:
            if raw == notes:
                changes.notes = True
            elif raw.startswith(state) and os.path.dirname(raw) == os.path.dirname(state):
                changes.state = True
            elif _inside(Path(raw), self.folder) and raw != folder:
                name = os.path.basename(raw)
                if not name.startswith(".") and raw != notes:
                    changes.paths.add(Path(raw))
        return changes


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).relative_to(folder)
    except ValueError:
        return False
    return True
