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


def record_notifications(app, monkeypatch) -> list[tuple[str, str]]:
    """(severity, message) of every toast the app shows from now on."""
    seen: list[tuple[str, str]] = []
    real = app.notify

    def notify(message, *args, **kwargs):
        seen.append((kwargs.get("severity", "information"), str(message)))
        return real(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    return seen
