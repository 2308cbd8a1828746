"""The problems view: files that could not be read, and why (all plain text)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from ..i18n import tr
from ..text import one_line


class ProblemsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,P", "close", "Close", id="close")]

    def __init__(self, problems: Sequence[object], language: str) -> None:
        super().__init__()
        self.problems = problems  # FileProblem(relpath, path, problem)
        self.language = language

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="problems-dialog"):
            yield Static(f"{tr('problems.title', lang)} ({len(self.problems)})", id="problems-title")
            if not self.problems:
                yield Static(tr("problems.none", lang), id="problems-none")
            else:
                table: DataTable[Text] = DataTable(id="problems-table", cursor_type="row", zebra_stripes=True)
                # DataTable would parse str cells as markup: every cell is a Text.
                table.add_columns(
                    Text(tr("problems.file", lang)), Text(tr("problems.kind", lang)), Text(tr("problems.message", lang))
                )
                for item in self.problems:
                    problem = item.problem  # type: ignore[attr-defined]
                    table.add_row(
                        Text(one_line(item.relpath)),  # type: ignore[attr-defined]
                        Text(one_line(problem.kind)),
                        Text(one_line(problem.message)),
                    )
                yield table
            yield Static(tr("problems.close", lang), id="problems-hint")

    def action_close(self) -> None:
        self.dismiss(None)
