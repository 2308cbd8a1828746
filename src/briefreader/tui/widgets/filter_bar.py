"""The filter bar: an Input for the query language, with errors shown beneath it."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from ..text import one_line, window_around

DEBOUNCE = 0.12  # seconds: live, but not one filter pass per keystroke
# An unfinished query while typing ('"信息' before its closing quote, 'is:' before its
# value) is not an error yet: its message waits this long for the next key, and is then
# shown muted; enter shows it at once (tester s18 U2: it flashed at every step).
QUIET_AFTER = 1.0


class FilterInput(Input):
    """The query input; ``enter``/``escape`` are screen bindings (back to the list)."""

    def _on_paste(self, event: events.Paste) -> None:
        # Input draws pasted text as it is (ESC, C1, bidi) and keeps only its first line.
        # Clean it onto one line here; Textual then dispatches Input._on_paste (handlers
        # run down the MRO), which inserts the cleaned text as usual.
        event.text = one_line(event.text)


class FilterBar(Vertical):
    class Changed(Message):
        """The query text settled (after the debounce)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None
        self._pending: tuple[str, str, int | None] | None = None  # message, query, column
        self._pending_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        field = FilterInput(id="filter-input")
        # Compact, as compact=True makes it, without styling a widget not yet mounted:
        # Input(compact=True) sets its class in __init__, and Textual then worked out the
        # styles of the detached widget, ~3.5 ms before the first frame (issue 19).
        # Mounting styles it once. "-textual-compact" is Textual's own (private) class
        # name, the toggle_class of Input.compact in Textual 3.7 .. 8.2.8: the public ways
        # (compact=True, or setting field.compact) are the 3.5 ms this avoids. A Textual
        # that renames it draws a bordered filter (no crash): test_filter_input_is_compact
        # and the snapshots catch that at the upgrade (review s12 F4).
        field.set_reactive(Input.compact, True)
        field.add_class("-textual-compact", update=False)
        yield field
        yield Static(id="filter-error")

    @property
    def input(self) -> FilterInput:
        return self.query_one(FilterInput)

    @property
    def value(self) -> str:
        return self.input.value

    def set_placeholder(self, text: str) -> None:
        self.input.placeholder = text

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._settled)

    def _settled(self) -> None:
        self._timer = None
        self.post_message(self.Changed(self.input.value))

    def flush(self) -> None:
        """Apply a query still waiting for its debounce now."""
        if self._timer is not None:
            self._timer.stop()
            self._settled()

    def hold_error(self, message: str, query: str, position: int | None = None) -> None:
        """The error of a query still being typed: nothing is shown now (the rows stay the
        last good ones); after QUIET_AFTER without another result, the message muted."""
        self.show_error(None)
        self._pending = (message, query, position)
        self._pending_timer = self.set_timer(QUIET_AFTER, self._show_pending)

    def _show_pending(self) -> None:
        self._pending_timer = None
        pending = self._pending
        if pending is not None and pending[1] == self.value:
            self._draw_error(*pending, quiet=True)

    def show_held_error(self) -> bool:
        """Enter on a query whose error was held: show it now, in full."""
        pending = self._pending
        if pending is None or pending[1] != self.value:
            return False
        self.show_error(*pending)
        return True

    def show_waiting(self, message: str) -> None:
        """A query the list cannot answer yet (its figures are still being read): said muted,
        with no caret, since nothing in it is wrong; the rows stay the last good ones."""
        self.show_note(message)

    def show_note(self, message: str) -> None:
        """A muted line under the query that is no error (a wait, a hint), with no caret: one
        line, cut with an ellipsis, as an error's is."""
        self.show_error(None)
        self._draw_error(message, "", None, quiet=True)

    def show_error(self, message: str | None, query: str = "", position: int | None = None) -> None:
        """Show (or clear) a syntax error, with a caret under the offending column.

        The error keeps to one line under the query, cut with an ellipsis, so that the list
        does not move down as it comes and goes (new user s47 U3: at 80 columns it wrapped to
        two lines); the query echoed after it is what is cut first. When the message itself
        does not fit, the whole of it is said in a notification too, over the screen."""
        self._pending = None
        if self._pending_timer is not None:
            self._pending_timer.stop()
            self._pending_timer = None
        self._draw_error(message, query, position)
        if message is not None and self.message_cut(message):
            self.notify(one_line(message), severity="error", markup=False)

    def message_cut(self, message: str) -> bool:
        """Whether an error's ``message`` is wider than the line under the query."""
        width = self.content_size.width
        return width > 0 and cell_len("✗ " + one_line(message)) > width

    def _draw_error(self, message: str | None, query: str, position: int | None, *, quiet: bool = False) -> None:
        error = self.query_one("#filter-error", Static)
        self.set_class(message is not None, "-error")
        self.set_class(quiet and message is not None, "-unfinished")
        if message is None:
            error.update("")
            return
        text = Text("… " + one_line(message)) if quiet else Text("✗ " + one_line(message), style="bold")
        if position is not None and query:
            shown = one_line(query)
            pos = max(0, min(position, len(shown)))
            text.append("   ")
            # the query echoed around the column in error: cut at its end, the caret at column 30 fell past the
            # edge at 80 columns and never showed (new user s48 U5)
            room = self.content_size.width - text.cell_len
            lo, hi = window_around(shown, pos, room) if room > 0 else (0, len(shown))
            text.append("…" if lo else "")
            text.append(shown[lo:pos])
            text.append(shown[pos : pos + 1] or " ", style="reverse")
            text.append(shown[pos + 1 : hi] + ("…" if hi < len(shown) else ""))
        error.update(text)
