"""The live library's watcher threads and a quit (final CI of session 26: a PytestUnhandledThreadExceptionWarning in
test_quitting_as_a_view_opens_raises_nothing — the briefreader-watch thread asked its screen for ``self.app`` after
the app had quit, so Textual raised NoActiveAppError in the thread and Python printed a traceback on the terminal)."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from briefreader import watch
from briefreader.tui.reading import ReadingMixin


class _Unmounted(ReadingMixin):
    """A screen the app has already let go of: asking it for its app raises, as Textual's does."""

    @property
    def app(self) -> Any:
        raise RuntimeError("no active app (the screen was unmounted)")


def test_the_watcher_threads_work_for_the_app_taken_on_the_ui_thread(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(watch.Watcher, "run", lambda self: None)  # no folder events: only the start matters
    errors: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    app = SimpleNamespace(
        config=SimpleNamespace(briefings=tmp_path, notes=tmp_path / "notes.toml"),
        reading=SimpleNamespace(state=SimpleNamespace(path=tmp_path / "read.sqlite3")),
        library=None,
    )
    screen = _Unmounted()
    screen._live_app = app  # what start_watching keeps, on the UI thread, before the thread starts
    screen._watch()  # the watcher thread's body: it never asks the unmounted screen for its app
    assert screen._watcher is not None
    screen._watcher.stop()
    for thread in threading.enumerate():
        if thread.name == "briefreader-watch-index":
            thread.join(timeout=5)
    assert not errors
