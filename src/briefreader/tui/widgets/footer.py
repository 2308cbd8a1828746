"""Textual's Footer, composed again only when the keys it shows change (issue 19).

Textual recomposes its footer on every bindings signal (the focus moving, a screen's
``refresh_bindings``): four times before a warm start's first frame, ~20 ms of UI-thread
CPU each on this machine, with the same keys every time. And each key mounted restyles
itself on its own when it takes the "-compact" class; here the class is there before
the key mounts.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


def shown_keys(screen: Screen) -> tuple[tuple[object, ...], ...]:
    """What the footer draws for ``screen``'s bindings now: its keys, labels and states."""
    app = screen.app
    return tuple(
        (
            binding.key,
            app.get_key_display(binding),
            binding.description,
            binding.action,
            enabled,
            tooltip,
            binding.group,
        )
        for (_, binding, enabled, tooltip) in screen.active_bindings.values()
        if binding.show
    )


class QuietFooter(Footer):
    _drawn: tuple[tuple[object, ...], ...] | None = None  # shown_keys() of the compose last asked for

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if self.compact and isinstance(widget, FooterKey):
                widget.add_class("-compact", update=False)  # its compact watcher then has nothing to do
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        keys = shown_keys(screen) if screen is self.screen else None
        if keys is not None and self._bindings_ready and keys == self._drawn:
            return  # the same keys as drawn (or about to be): nothing to compose again
        super().bindings_changed(screen)
        if keys is not None and screen.app.app_focus and self.is_attached:
            self._drawn = keys  # Footer.bindings_changed has asked for a recompose with them
