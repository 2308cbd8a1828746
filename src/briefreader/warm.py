"""The first screen of a warm start, read before the UI exists.

``briefreader`` starts this thread before it imports Textual (~140 ms of imports on
this machine): reading the newest list entries from the index overlaps them, so the
list's first frame already has its rows. Nothing here imports Textual.
"""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .library import Library

PEEK_ROWS = 200  # list entries painted before a big corpus has loaded (a screen is ~40)
# Seconds the screen's mount waits at most for a peek still reading (issue 19, session 46). On a busy machine the
# peek (~16 ms of CPU at 100,000) was sometimes not done when the screen mounted (1 start in 6 at load ~10): the
# first frame was drawn with an empty list and the rows came in a later frame, a second full render on the way to
# the first rows. A peek slower than this (a cold disk) leaves the first frame to the screen without rows, as before.
PEEK_WAIT = 0.2

_gc_paused = False


def pause_gc() -> None:
    """Pause the cyclic GC until :func:`resume_gc` (the first screenful is drawn).

    Start-up makes hundreds of thousands of objects that live as long as the app
    (Textual's modules, styles and widgets): the GC scanned them over and over, ~45 ms
    of CPU before the first frame, and its first full collection (~40 ms) fell inside
    that frame's rendering (issue 19; the bare Textual app is too small to reach it)."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def resume_gc() -> None:
    """After the first screenful: what start-up made is frozen (no collection scans it
    again; it lives as long as the app) and the GC resumes. Only undoes pause_gc()."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


class EarlyPeek:
    """:func:`briefreader.library.peek_library` in a thread, started at once."""

    def __init__(self, config: Config, limit: int = PEEK_ROWS) -> None:
        self._result: tuple[Library, int] | None = None
        self._done = threading.Event()
        threading.Thread(target=self._run, args=(config, limit), name="briefreader-peek", daemon=True).start()

    def _run(self, config: Config, limit: int) -> None:
        try:
            from .library import peek_library

            self._result = peek_library(config, limit)
        except Exception:  # noqa: BLE001 - only a head start: the full load reports what is wrong
            self._result = None
        finally:
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Whether the peek is done, waiting at most ``timeout`` seconds (PEEK_WAIT) for it."""
        return self._done.wait(PEEK_WAIT if timeout is None else timeout)

    def result(self) -> tuple[Library, int] | None:
        """The first entries and how many the index lists (None: no usable index);
        waits for the thread."""
        self._done.wait()
        return self._result
