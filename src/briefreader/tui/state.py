"""What the app remembers between sessions: the list's sort, a theme chosen in the app.

A small JSON file beside the notes file (``briefreader-state.json``): the notes folder
is the reader's own, and a test's notes live in its temporary folder. Anything wrong
with the file (missing, unreadable, not ours) means the defaults; writing it never
stops the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ..fsio import atomic_write, read_bounded
from ..views import SORTS

STATE_NAME = "briefreader-state.json"
MAX_STATE = 64 * 1024


@dataclass(slots=True)
class UiState:
    sort: str = "date"
    theme: str = ""  # chosen in the app ("" : none)
    theme_config: str = ""  # the config's theme when it was chosen: a new config value wins


def state_path(notes: Path) -> Path:
    return notes.with_name(STATE_NAME)


def load_state(path: Path) -> UiState:
    try:
        data = json.loads(read_bounded(path, MAX_STATE).decode("utf-8"))
    except (OSError, ValueError):
        return UiState()
    if not isinstance(data, dict):
        return UiState()
    state = UiState()
    for f in fields(UiState):
        value = data.get(f.name)
        if isinstance(value, str) and value.isprintable() and len(value) < 100:
            setattr(state, f.name, value)
    if state.sort not in SORTS:
        state.sort = "date"
    return state


def save_state(path: Path, state: UiState) -> str | None:
    """Write ``state``; the reason as one line when it could not be written."""
    data = json.dumps(asdict(state), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        atomic_write(path, data)
    except OSError as exc:
        return str(exc)
    return None
