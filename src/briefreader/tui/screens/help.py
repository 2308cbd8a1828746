"""The help screen: every binding, grouped by where it applies, focused section first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..bindings import scroll_bindings
from ..i18n import tr

KEY_COLUMN = 18


@dataclass(frozen=True, slots=True)
class HelpSection:
    title: str
    rows: Sequence[tuple[str, str]]  # (keys as displayed, description)
    focused: bool = False


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="close"),
        # the body scrolls with the list's keys wherever the focus is (j/k did nothing:
        # only a focused scroll view's arrows and page keys moved it, tester s14 F8, s15)
        *scroll_bindings(
            "help",
            {"down": "scroll(1)", "up": "scroll(-1)", "page_down": "page(1)", "page_up": "page(-1)"}
            | {"first": "edge(0)", "last": "edge(1)"},
        ),
    ]

    def __init__(self, columns: Sequence[Sequence[HelpSection]], language: str) -> None:
        super().__init__()
        self.columns = columns
        self.language = language

    @property
    def sections(self) -> list[HelpSection]:
        return [section for column in self.columns for section in column]

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="help-dialog"):
            yield Static(tr("help.title", lang), id="help-title")
            with VerticalScroll(id="help-body"), Horizontal(id="help-columns"):
                for column in self.columns:
                    with Vertical(classes="help-column"):
                        for section in column:
                            classes = "help-section" + (" -focused" if section.focused else "")
                            yield Static(self._section(section), classes=classes)
            yield Static(tr("help.close", lang), id="help-hint")

    def _section(self, section: HelpSection) -> Group:
        """The title, then a grid of keys and descriptions: a description that wraps
        goes on under itself (it went on at the key column's left edge: "A  Mark every
        shown briefing" / "read", tester s13)."""
        title = Text(section.title, style="bold")
        if section.focused:
            title.append(f"  ◂ {tr('help.focused', self.language)}", style="italic")
        grid = Table.grid(padding=(0, 1, 0, 0))  # one space after each column
        grid.add_column(width=1)  # the indent: two cells
        grid.add_column(width=KEY_COLUMN - 1, overflow="fold")  # descriptions start at cell 20, as before
        grid.add_column(ratio=1, overflow="fold")
        for keys, description in section.rows:
            grid.add_row("", Text(keys, style="bold"), Text(description))
        return Group(title, grid)

    NARROW = 100  # columns: below this the sections stack in one column

    def on_resize(self) -> None:
        self.set_class(self.size.width < self.NARROW, "-narrow")

    def on_mount(self) -> None:
        self.set_class(self.size.width < self.NARROW, "-narrow")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, step: int) -> None:
        self.body.scroll_relative(y=step, animate=False)

    def action_page(self, step: int) -> None:
        if step > 0:
            self.body.scroll_page_down(animate=False)
        else:
            self.body.scroll_page_up(animate=False)

    def action_edge(self, end: int) -> None:
        if end:
            self.body.scroll_end(animate=False)
        else:
            self.body.scroll_home(animate=False)


def view_help(screen, title: str, bindings, extra: Sequence[tuple[str, str]] = ()) -> None:
    """``?`` in a view of its own (figures, metrics, versions): that view's keys. These
    screens hide the main screen, so its ``?`` did nothing there, while the help says
    ``?`` works everywhere. Keys as the user's [keys] table set them; the descriptions
    are keymap.py's, without their "figures view:" prefix."""
    from ...keymap import ACTIONS
    from ..i18n import LABELS, tr

    app = screen.app
    language = getattr(screen, "language", "en")
    rows: list[tuple[str, str]] = []
    for binding in bindings:
        if not binding.id or binding.id == "help":
            continue
        keys = app.keys_for(binding) if hasattr(app, "keys_for") else binding.key
        action = ACTIONS.get(binding.id)
        text = action.description.split(": ", 1)[-1] if action else binding.description
        if language != "en":  # the view's own label, else the list's for a scroll move (figview.down: list.down)
            move = binding.id.rsplit(".", 1)[-1]
            label = next((k for k in (binding.id, f"list.{move}") if k in LABELS), None)
            text = tr(label, language) if label else text
        rows.append((keys, text[:1].upper() + text[1:]))
    rows += extra
    app.push_screen(HelpScreen([[HelpSection(title, rows, True)]], language))
