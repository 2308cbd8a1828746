"""What the app remembers between sessions: the list's sort, and a theme, an article
script (``t``) or a UI language (``L``) chosen in the app.

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
    script: str = ""  # hans | hant chosen with t ("" : none)
    script_config: str = ""
    language: str = ""  # en | zh chosen with L ("" : none)
    language_config: str = ""


# A value chosen in the app, by setting: only these are remembered (a hand-edited file
# with anything else means the config's value).
CHOICES = {"script": ("hans", "hant"), "language": ("en", "zh")}


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
    for name, allowed in CHOICES.items():
        if getattr(state, name) not in allowed:
            setattr(state, name, "")
    return state


def remembered(state: UiState, name: str, configured: str) -> str:
    """The value of setting ``name`` to start with: the one chosen in the app, unless the
    config's value changed since it was chosen (a new config value wins, as for themes)."""
    chosen = getattr(state, name)
    return chosen if chosen and getattr(state, f"{name}_config") == configured else configured


def remember(state: UiState, name: str, value: str, configured: str) -> bool:
    """Record ``value`` as chosen for setting ``name``; whether anything changed."""
    if getattr(state, name) == value and getattr(state, f"{name}_config") == configured:
        return False
    setattr(state, name, value)
    setattr(state, f"{name}_config", configured)
    return True


def save_state(path: Path, state: UiState) -> str | None:
    """Write ``state``; the reason as one line when it could not be written."""
    data = json.dumps(asdict(state), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        atomic_write(path, data)
    except OSError as exc:
        return str(exc)
    return None
