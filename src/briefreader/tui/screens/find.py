"""The find-in-article prompt: words to highlight and step through with ] and [."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..i18n import tr
from ..threads import while_alive
from ..widgets.filter_bar import FilterInput


class FindScreen(ModalScreen[str | None]):
    """One line at the bottom; enter finds (empty: back to the filter's words),
    escape leaves things as they were."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="find.cancel")]

    def __init__(self, language: str, value: str = "") -> None:
        super().__init__()
        self.language = language
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="find-dialog"):
            yield Static(tr("find.title", self.language), id="find-title")
            field = FilterInput(self.value, id="find-input", compact=True)  # pastes cleaned onto one line
            field.placeholder = tr("find.placeholder", self.language)
            yield field

    @while_alive
    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
