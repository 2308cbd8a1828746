"""Keys that act on the list wait for a filter just submitted (tester s17 U13).

The filter runs in a worker (a big library must not freeze typing), so after ``/``
words ``enter`` the list still shows the rows from before the query for as long as the
query takes: a ``b``, ``n`` or ``j`` typed at once acted on the row highlighted before
(the newest briefing), not on the one the filter shows. An action decorated here is
held while the main screen waits for that filter, and run, in the order typed, once
its rows are shown; no key is dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def after_filter(method: F) -> F:
    """Hold ``method`` (an action of the main screen or of a widget on it) while its
    screen's ``hold_for_filter`` takes it; else run it now."""

    @functools.wraps(method)
    def held(self: Any, *args: Any) -> Any:
        hold = getattr(self, "hold_for_filter", None)
        if hold is None:
            try:
                hold = getattr(self.screen, "hold_for_filter", None)
            except Exception:  # noqa: BLE001 - a widget not on a screen (NoScreen): nothing to wait for
                hold = None
        if hold is not None and hold(functools.partial(method, self, *args)):
            return None
        return method(self, *args)

    return held  # type: ignore[return-value]
