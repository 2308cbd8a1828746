"""Bindings made from one table (keymap.SCROLL_MOVES): the views that scroll share their keys."""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import Binding

from ..keymap import ACTIONS, SCROLL_MOVES, scroll_ids

_SHOWN = {
    "down": "Down",
    "up": "Up",
    "page_down": "Page down",
    "page_up": "Page up",
    "first": "First",
    "last": "Last",
}


def scroll_bindings(prefix: str, actions: Mapping[str, str], names: Mapping[str, str] | None = None) -> list[Binding]:
    """The six scroll Bindings of ``prefix``'s view: ``actions`` maps each move (down, up,
    page_down, page_up, first, last) to the view's action; the keys and ids are keymap's
    (``names`` renames a move's id: the article's ``top``, ``bottom``). None is shown in the
    footer."""
    ids = scroll_ids(prefix, dict(names or {}))
    return [
        Binding(ACTIONS[ids[move]].keys, actions[move], _SHOWN[move], show=False, id=ids[move])
        for move, _ in SCROLL_MOVES
    ]
