"""Waiting on state in Pilot tests, instead of sleeping for a guessed time.

``await until(pilot, lambda: cond, "what")`` lets the app run in small steps until the
condition holds. The timeout is only a ceiling for a test that would otherwise hang: a
slow machine takes longer, it does not fail.
"""

from __future__ import annotations

import time
from collections.abc import Callable

CEILING = 30.0  # seconds; a condition that needs this long is a failure, not slowness


async def until(pilot, condition: Callable[[], object], what: str = "the condition", step: float = 0.02) -> None:
    deadline = time.monotonic() + CEILING
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {CEILING:.0f} s for {what}")
        await pilot.pause(step)


def screen_ready(app, kind) -> bool:
    """``app``'s top screen is a ``kind`` and is mounted: its children composed and its
    on_mount run. A wait for ``isinstance(app.screen, kind)`` alone returns as soon as the
    screen is pushed; a query of its children then, or the test ending then (the app's
    shutdown pruning the screen mid-mount), raced under CI's load (s20)."""
    screen = app.screen
    return isinstance(screen, kind) and screen.is_mounted


def record_notifications(app, monkeypatch) -> list[tuple[str, str]]:
    """(severity, message) of every toast the app shows from now on."""
    seen: list[tuple[str, str]] = []
    real = app.notify

    def notify(message, *args, **kwargs):
        seen.append((kwargs.get("severity", "information"), str(message)))
        return real(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    return seen
