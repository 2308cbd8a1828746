"""Handing a worker thread's result to the UI thread, safely.

A worker may finish after its screen was dismissed or while the app quits; by then the
widgets it would update are gone (CI once failed on a filter result raising
NoMatches('#filter-error') during shutdown). ``to_ui`` runs the callback on the UI
thread only if the node that asked is still attached to a running app, and drops it
quietly otherwise. An error the callback raises on a node still attached is a bug and is
reported as a handler's error is (dropped only when the node went meanwhile).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from textual.css.query import NoMatches
from textual.dom import DOMNode

_Handler = TypeVar("_Handler", bound=Callable[..., Any])


def alive(node: DOMNode) -> bool:
    """Is ``node`` still on screen in a running app (not closing, not removed)?"""
    return bool(node.app.is_running and node.is_attached and not node._closing)


def _going(node: object) -> bool:
    """``node`` is being removed (Textual marks a pruned node before it detaches it)."""
    return any(getattr(node, flag, False) for flag in ("_pruning", "_closing", "_closed"))


def _descendants(children: list[Any]) -> Iterator[Any]:
    for child in children:
        yield child
        yield from _descendants(list(getattr(child, "children", ())))


def while_alive(handler: _Handler) -> _Handler:
    """A screen's ``on_mount`` (or a handler) that reads the screen's children, skipped
    once the screen has gone. The app quitting a moment after a view was pushed (a key,
    a hang-up, a Pilot test ending) prunes the view between its compose and its mount:
    its children are gone when on_mount runs, and query_one raised NoMatches, which
    ended the app with a traceback (CI red on d1f0c36; find, metrics, figures, notes and
    the confirmations all had the shape)."""

    @functools.wraps(handler)
    def run(self: DOMNode, *args: Any, **kwargs: Any) -> Any:
        if not alive(self):
            return None
        try:
            return handler(self, *args, **kwargs)
        except NoMatches:
            # the prune can also come between the check above and the query (CI s24, under load:
            # the note editor had no children while the app still ran), and it takes the children
            # one by one (s25: NoMatches with a child left): a view going, or with a child going,
            # was pruned; one whole and alive has a real bug, which is raised
            children = list(self.children)
            if children and alive(self) and not _going(self) and not any(map(_going, _descendants(children))):
                raise
            return None

    return run  # type: ignore[return-value]


def to_ui(node: DOMNode, callback: Any, *args: Any, **kwargs: Any) -> bool:
    """``app.call_from_thread(callback, ...)``, skipped once ``node`` has gone.

    Returns False if the app's loop no longer runs (the call could not be made)."""

    def if_alive() -> None:
        if not alive(node):
            return
        try:
            callback(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - told apart below
            # The screen went while the callback ran (teardown): nothing left to update.
            # Else it is a bug, reported as any handler's error is (the app shows it and
            # exits), not dropped: call_from_thread would hand it back to the worker, and
            # the except below would take it for a missing app.
            if alive(node):
                node.app._handle_exception(exc)

    try:
        node.app.call_from_thread(if_alive)
    except Exception:  # noqa: BLE001 - no app, no loop: nothing left to update
        return False
    return True
