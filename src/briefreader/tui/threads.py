"""Handing a worker thread's result to the UI thread, safely.

A worker may finish after its screen was dismissed or while the app quits; by then the
widgets it would update are gone (CI once failed on a filter result raising
NoMatches('#filter-error') during shutdown). ``to_ui`` runs the callback on the UI
thread only if the node that asked is still attached to a running app, and drops it
quietly otherwise.
"""

from __future__ import annotations

from typing import Any

from textual.dom import DOMNode


def alive(node: DOMNode) -> bool:
    """Is ``node`` still on screen in a running app (not closing, not removed)?"""
    return bool(node.app.is_running and node.is_attached and not node._closing)


def to_ui(node: DOMNode, callback: Any, *args: Any, **kwargs: Any) -> bool:
    """``app.call_from_thread(callback, ...)``, skipped once ``node`` has gone.

    Returns False if the app's loop no longer runs (the call could not be made)."""

    def if_alive() -> None:
        if alive(node):
            callback(*args, **kwargs)

    try:
        node.app.call_from_thread(if_alive)
    except Exception:  # noqa: BLE001 - no app, no loop: nothing left to update
        return False
    return True
