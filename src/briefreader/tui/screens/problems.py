"""The problems view: files not read, and files read with a problem (all plain text).

Two lists, because they mean different things: a file that was not read is not in the
list at all; a file read with a repairable problem (mojibake fixed, front matter
ignored, truncated) is, and ``enter`` opens it. Details wrap rather than being cut.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...model import FATAL
from ..i18n import problem_text, tr
from ..text import crop_cells, one_line

TITLE_CELLS = 40  # of a record's title beside its file's name (the detail below wraps)


class ProblemsScreen(ModalScreen[str | None]):
    """Dismisses with the path of the briefing to open (None: just closed)."""

    BINDINGS = [
        Binding("escape,q,P", "close", "Close", id="close"),
        Binding("j", "cursor(1)", "Down", show=False, id="problems.down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="problems.up"),
    ]

    def __init__(self, problems: Sequence[object], language: str, readable: Collection[str] | None = None) -> None:
        super().__init__()
        self.problems = problems  # FileProblem(relpath, path, problem)
        self.language = language
        # Paths of files that are in the list; None: decide by the problem's kind.
        self.readable = readable

    def _was_read(self, item: object) -> bool:
        # A FATAL problem's entry is never in the list, though a record beside it in the same
        # file (a CSV, a feed) may be: by path alone, enter opened that other record.
        if item.problem.kind in FATAL:  # type: ignore[attr-defined]
            return False
        if self.readable is not None:
            return str(item.path) in self.readable  # type: ignore[attr-defined]
        return item.problem.kind not in FATAL  # type: ignore[attr-defined]

    @property
    def not_read(self) -> list[object]:
        return [p for p in self.problems if not self._was_read(p)]

    @property
    def read_with_problem(self) -> list[object]:
        return [p for p in self.problems if self._was_read(p)]

    def compose(self) -> ComposeResult:
        lang = self.language
        not_read, with_problem = self.not_read, self.read_with_problem
        with Vertical(id="problems-dialog"):
            yield Static(f"{tr('problems.title', lang)} ({len(self.problems)})", id="problems-title")
            if not self.problems:
                yield Static(tr("problems.none", lang), id="problems-none")
            else:
                options: list[Option] = []
                for heading, items, openable in (
                    ("problems.not_read", not_read, False),
                    ("problems.read_with_problem", with_problem, True),
                ):
                    if not items:
                        continue
                    options.append(Option(Text(f"{tr(heading, lang)} ({len(items)})", style="bold"), disabled=True))
                    for records in _by_file(items):
                        if len(records) > 1:  # a file of many: named once, its records under it
                            file_line = Text(one_line(records[0].relpath), style="bold")  # type: ignore[attr-defined]
                            options.append(Option(file_line, disabled=True))
                        names = [record_name(item) or Text(" " + one_line(item.relpath)) for item in records]  # type: ignore[attr-defined]
                        width = max(name.cell_len for name in names)  # the kinds in one column
                        for n, item in enumerate(records):
                            problem = item.problem  # type: ignore[attr-defined]
                            kind, message = problem_text(problem.kind, problem.message, lang)  # zh: in Chinese
                            if len(records) > 1:
                                prompt = Text(" ")
                                prompt.append_text(names[n])
                                prompt.append(" " * (width - names[n].cell_len))
                            else:
                                prompt = Text(one_line(item.relpath), style="bold")  # type: ignore[attr-defined]
                                prompt.append_text(record_name(item))
                            prompt.append(f"  {one_line(kind)}", style="italic")
                            # the same words for the next record of the file: said once, after the last
                            # of them (ten rows of one scraped CSV, each with the site's one notice)
                            same = _run_length(records, n)
                            # a message under what it is about: a record's under the record, not at the
                            # file names' edge, where it read as the file's (new user s44 U6)
                            indent = MESSAGE_INDENT * (2 if len(records) > 1 else 1)
                            if same == 1:
                                prompt.append("\n" + indent + one_line(message))  # wrapped by the list, never cut
                            # Option ids must be unique: a file can have two problems (too_large, truncated).
                            # A record's key goes with its path: enter opens that record, not its file's first.
                            entry = getattr(item, "entry", "")
                            opens = f"{item.path}\0{entry}" if entry else item.path  # type: ignore[attr-defined]
                            option_id = f"{len(options)}:{opens}" if openable else None
                            options.append(Option(prompt, id=option_id))
                            if same > 1:
                                said = Text(indent + tr("problems.each", lang, count=same))
                                said.append(one_line(message))
                                options.append(Option(said, disabled=True))
                yield OptionList(*options, id="problems-list")
            yield Static(tr("problems.close", lang), id="problems-hint")

    def on_mount(self) -> None:
        self.query(OptionList).focus()

    def action_cursor(self, step: int) -> None:
        for widget in self.query(OptionList):
            widget.action_cursor_down() if step > 0 else widget.action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:  # a file read with a problem: open it (a record: that record, see opened)
            self.dismiss(event.option.id.split(":", 1)[1])

    def action_close(self) -> None:
        self.dismiss(None)


MESSAGE_INDENT = "  "  # a problem's words under its file, and again under a record of a file of many


def _by_file(items: Sequence[object]) -> list[list[object]]:
    """``items`` grouped by file, in the order each file first comes."""
    groups: dict[str, list[object]] = {}
    for item in items:
        groups.setdefault(item.relpath, []).append(item)  # type: ignore[attr-defined]
    return list(groups.values())


def _said(item: object) -> tuple[str, str]:
    return item.problem.kind, item.problem.message  # type: ignore[attr-defined]


def _run_length(records: Sequence[object], n: int) -> int:
    """0 when record ``n``'s problem is said again by the next record; else how many records
    in a row, ending at ``n``, have these same words (1: this one alone)."""
    if n + 1 < len(records) and _said(records[n + 1]) == _said(records[n]):
        return 0
    start = n
    while start > 0 and _said(records[start - 1]) == _said(records[n]):
        start -= 1
    return n - start + 1


def record_name(item: object) -> Text:
    """What names a record of a file of many beside its file's name: its key in the file
    (the id's "#…" part, as `briefreader show` takes it) and its title when it has one, on
    one line, cut to TITLE_CELLS (ten failed rows of one CSV were ten identical names,
    session 36's new-user pass). Empty for a file of one."""
    entry = getattr(item, "entry", "")
    if not entry:
        return Text()
    name = Text(f" #{one_line(entry)}", style="bold")
    title = one_line(getattr(item, "title", ""))
    if title:
        name.append(f"  {crop_cells(title, TITLE_CELLS)}")
    return name


def opened(choice: str) -> tuple[str, str]:
    """(path, entry) of what the screen dismissed with (entry "" for a file of one)."""
    path, _, entry = choice.partition("\0")
    return path, entry
