"""Textual's Footer, composed again only when the keys it shows change (issue 19), and
showing only the keys that fit whole (session 20).

Textual recomposes its footer on every bindings signal (the focus moving, a screen's
``refresh_bindings``): four times before a warm start's first frame, ~20 ms of UI-thread
CPU each on this machine, with the same keys every time. And each key mounted restyles
itself on its own when it takes the "-compact" class; here the class is there before
the key mounts.

Textual's footer lays its keys in one row and cuts the row at the screen's edge: at 80
columns the main screen's last key read "cCite figur". A key is shown whole or not at
all; the screens list the keys that matter first (help before the rest), and help lists
every key.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
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


def key_width(key: FooterKey, compact: bool) -> int:
    """The cells ``key`` takes in the footer's row, its margin included: Footer's and
    FooterKey's CSS (compact: "k Label" and one cell of margin; else " k Label ")."""
    if compact:
        label = cell_len(key.key_display) + (1 + cell_len(key.description) if key.description else 0)
        return label + 1
    return cell_len(key.key_display) + 2 + (cell_len(key.description) + 1 if key.description else 0)


def fitting(widths: tuple[int, ...], room: int) -> int:
    """How many of the keys, in order, fit whole in ``room`` cells (the last one's margin
    may fall off the edge)."""
    used = 0
    for count, width in enumerate(widths):
        if used + width - 1 > room:
            return count
        used += width
    return len(widths)


class QuietFooter(Footer):
    _drawn: tuple[tuple[object, ...], ...] | None = None  # shown_keys() of the compose last asked for
    _fitted: int | None = None  # how many keys the last compose showed (None: all, no width yet)
    _widths: tuple[int, ...] = ()  # every key's width at the last compose, shown or not

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey)]
        self._widths = tuple(key_width(key, self.compact) for key in keys)
        room = self.size.width
        self._fitted = fitting(self._widths, room) if room else None
        dropped = set(map(id, keys[self._fitted :])) if self._fitted is not None else set()
        for widget in widgets:
            if id(widget) in dropped:
                continue  # cut at the edge: shown whole or not at all
            if self.compact and isinstance(widget, FooterKey):
                widget.add_class("-compact", update=False)  # its compact watcher then has nothing to do
            yield widget

    def on_resize(self, event: events.Resize) -> None:
        if self._widths and fitting(self._widths, event.size.width) != self._fitted:
            self.call_after_refresh(self.recompose)

    def bindings_changed(self, screen: Screen) -> None:
        keys = shown_keys(screen) if screen is self.screen else None
        if keys is not None and self._bindings_ready and keys == self._drawn:
            return  # the same keys as drawn (or about to be): nothing to compose again
        super().bindings_changed(screen)
        if keys is not None and screen.app.app_focus and self.is_attached:
            self._drawn = keys  # Footer.bindings_changed has asked for a recompose with them
