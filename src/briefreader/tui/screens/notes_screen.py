"""Every note and bookmark across briefings: filter, open, edit, delete (with undo).

Also the small yes/no dialog the read-state and notes actions ask with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...model import Briefing, Note
from ...notes import Entry, NotesError
from ..i18n import tr
from ..text import one_line, plain
from ..threads import while_alive
from ..widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from ...notes import NotesStore


class Confirm(ModalScreen[bool]):
    """A question answered with y (or enter) / n (or escape)."""

    DEFAULT_CSS = """
    Confirm { align: center middle; background: $background 60%; }
    #ask-dialog { width: 64; height: auto; border: thick $warning; background: $surface; padding: 1 2; }
    #ask-buttons { height: auto; margin-top: 1; align-horizontal: center; }
    #ask-buttons Button { margin: 0 1; }
    """
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="ask.yes"),
        Binding("n,escape", "answer(False)", "No", id="ask.no"),
    ]

    def __init__(self, question: str, language: str) -> None:
        super().__init__()
        self.question = question
        self.language = language

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-dialog"):
            yield Static(Text(one_line(self.question)), id="ask-question")
            with Horizontal(id="ask-buttons"):
                yield Button(tr("ask.yes", self.language) + " (y)", id="yes", variant="warning")
                yield Button(tr("ask.no", self.language) + " (n)", id="no", variant="primary")

    @while_alive
    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


@dataclass(slots=True)
class Item:
    briefing: Briefing
    note: Note | None  # None: the briefing's line (bookmark, title)
    number: int = 0  # 1-based among the briefing's notes
    orphan: bool = False  # its file is gone from the folder: the notes stay, shown and editable


def _orphan(entry: Entry) -> Briefing:
    """A stand-in for the briefing of an entry whose file left the folder (deleted, or
    moved where no fingerprint finds it): its notes were not listed at all (tester s17),
    and editing or deleting them needs a Briefing. Title and fingerprint are the entry's
    own, so a write keeps them as they are."""
    return Briefing(id=entry.id, path="", fingerprint=entry.fingerprint, title=entry.title, text="", loaded=False)


def _newest_first(b: Briefing | None) -> tuple[int, int]:
    if b is None or b.date is None:
        return (1, 0)
    return (0, -b.date.toordinal())


class NotesScreen(ModalScreen[str | None]):
    """Notes and bookmarks; dismisses with the id of a briefing to open, or None.

    ``only`` limits it to one briefing's notes (the side panel's "manage notes").
    """

    DEFAULT_CSS = """
    NotesScreen { align: center middle; background: $background 60%; }
    #notes-dialog { width: 90%; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    #notes-title { height: 1; text-style: bold; }
    #notes-filter { margin: 0 0 1 0; }
    #notes-list { height: 1fr; }
    #notes-hint { height: auto; max-height: 4; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="notes.close"),
        Binding("slash", "focus_filter", "Filter", id="notes.filter"),
        Binding("e", "edit", "Edit", id="notes.edit"),
        Binding("d", "delete", "Delete", id="notes.delete"),
        Binding("u", "undo", "Undo delete", id="notes.undo"),
        # j and k move here too, as in the list, the article and every view (an Input
        # typing in the filter keeps its letters: it handles a printable key first)
        Binding("j", "cursor(1)", "Down", show=False, id="notes.down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="notes.up"),
    ]

    def __init__(
        self,
        notes: NotesStore,
        briefings: dict[str, Briefing],
        language: str,
        *,
        only: str | None = None,
        on_change: Callable[[], None] | None = None,
        keep_draft: Callable[[Briefing, str], None],
        in_script: Callable[[str, Briefing | None, str], str] | None = None,
    ) -> None:
        super().__init__()
        # titles as the list writes them (MainScreen.in_script): in the Traditional view the
        # notes listed Simplified titles beside a Traditional list (new user s45)
        self.in_script = in_script or (lambda key, b, text: text)
        self.notes = notes
        self.briefings = briefings
        self.language = language
        self.only = only
        self.on_change = on_change or (lambda: None)
        # how an edit kept unsaved becomes a draft: the main screen's, the one place drafts
        # are kept (the notes file, else memory; review s17 R8). Required: with a default
        # of None an edit kept as a draft was silently dropped (review s18 R11).
        self.keep_draft = keep_draft
        self.items: list[Item] = []
        self.last_deleted: tuple[Briefing, Note, int] | None = None

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="notes-dialog"):
            yield Static(tr("notes.title", lang), id="notes-title")
            yield Input(placeholder=tr("notes.placeholder", lang), id="notes-filter")
            yield OptionList(id="notes-list")
            # the keys, and under them what was done (note edited, deleted …): a status bar,
            # as the main screen's; a toast over the dialog's edge lost Chinese characters
            yield StatusBar(id="notes-hint")

    @while_alive
    def on_mount(self) -> None:
        self.query_one(StatusBar).show(title="", parts=[tr("notes.hint", self.language)])
        self.fill()
        self.query_one(OptionList).focus()

    @property
    def option_list(self) -> OptionList:
        return self.query_one(OptionList)

    def fill(self, keep: int | None = None) -> None:
        """The entries that match the filter words (title, id, note text; all must match)."""
        words = self.query_one(Input).value.casefold().split()
        entries = self.notes.entries()
        ids = [self.only] if self.only is not None else list(entries)
        # Newest briefing first, undated last, as `briefreader notes` and the export list
        # them (the file's order is the order notes were first written).
        ids.sort(key=lambda i: _newest_first(self.briefings.get(i)))
        options: list[Option] = []
        self.items = []
        for id in ids:
            entry = entries.get(id)
            # a kept draft too: `briefreader notes` lists it, and here it was nowhere
            if entry is None or not (entry.bookmarked or entry.notes or entry.draft):
                continue
            b = self.briefings.get(id)
            orphan = b is None
            if b is None:
                b = _orphan(entry)
            notes = entry.notes
            title = self.in_script("title", None if orphan else b, b.title)
            # the title as shown and as stored: a filter typed in either script finds it
            haystack = " ".join([title, b.title, b.id, *(n.text for n in notes), entry.draft]).casefold()
            if not all(w in haystack for w in words):
                continue
            head = Text("★ " if entry.bookmarked else "  ", style="bold")
            if orphan:  # first: a narrow screen wraps a long title, and the mark stays seen
                head.append(f"{tr('notes.orphaned', self.language)} ", "bold italic")
            head.append(one_line(title) or b.id, "bold")
            head.append(f"  {one_line(b.id)}", "dim")
            options.append(Option(head, id=f"i{len(self.items)}"))
            self.items.append(Item(b, None, orphan=orphan))
            for number, note in enumerate(notes, 1):
                line = Text(f"   {number}. ", style="dim")
                line.append(note.created.strftime("%Y-%m-%d %H:%M") + "  ", "dim")
                if note.figure:
                    line.append(one_line(note.figure) + "  ", "bold")
                line.append_text(plain(one_line(note.text)))
                options.append(Option(line, id=f"i{len(self.items)}"))
                self.items.append(Item(b, note, number, orphan=orphan))
            if entry.draft:  # enter opens the briefing, where n continues it
                line = Text(f"   ✎ {tr('notes.draft', self.language)}  ", style="dim italic")
                line.append_text(plain(one_line(entry.draft)))
                options.append(Option(line, id=f"i{len(self.items)}"))
                self.items.append(Item(b, None, orphan=orphan))
        ol = self.option_list
        ol.clear_options()
        if not options:
            empty = "notes.none" if words else "notes.none_yet"  # "match" only when a filter is typed
            ol.add_option(Option(Text(tr(empty, self.language), style="dim"), disabled=True))
            return
        ol.add_options(options)
        ol.highlighted = min(keep, len(options) - 1) if keep is not None else 0

    @on(Input.Changed, "#notes-filter")
    def _filter(self, _event: Input.Changed) -> None:
        self.fill()

    @on(Input.Submitted, "#notes-filter")
    def _filter_done(self, _event: Input.Submitted) -> None:
        self.option_list.focus()

    @property
    def current(self) -> Item | None:
        index = self.option_list.highlighted
        if index is None or not 0 <= index < len(self.items):
            return None
        return self.items[index]

    @on(OptionList.OptionSelected, "#notes-list")
    def _open(self, _event: OptionList.OptionSelected) -> None:
        item = self.current
        if item is not None and item.orphan:  # nothing to open: said, and the notes stay listed
            title = one_line(item.briefing.title or item.briefing.id)
            self.notify(tr("notes.orphan_open", self.language, title=title), severity="warning", markup=False)
        elif item is not None:
            self.dismiss(item.briefing.id)

    def action_cursor(self, step: int) -> None:
        self.option_list.action_cursor_down() if step > 0 else self.option_list.action_cursor_up()

    def action_close(self) -> None:
        if self.focused is self.query_one(Input) and self.query_one(Input).value:
            self.query_one(Input).value = ""
            return
        self.dismiss(None)

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete", "undo", "focus_filter") and self.focused is self.query_one(Input):
            return False  # letters typed in the filter are text
        return True

    def action_edit(self) -> None:
        item = self.current
        if item is None or item.note is None:
            self.notify(tr("notes.pick_note", self.language), severity="warning")
            return
        from .note_editor import NoteEditor, SaveError

        b, note = item.briefing, item.note
        index = self.option_list.highlighted

        def save(text: str) -> None:
            try:
                self.notes.edit_note(b, note, text)
            except NotesError as exc:
                raise SaveError(str(exc)) from exc

        def closed(result: tuple[str, str] | None) -> None:
            if result and result[0] == "saved":
                self.notify(tr("notify.note_edited", self.language))
                self.on_change()
                self.fill(keep=index)
            elif result and result[0] == "draft" and result[1].strip():
                # The edit is not lost: it becomes a draft of the briefing, as in the editor's `n`,
                # beside any kept there already; in memory when the notes file cannot take it
                self.keep_draft(b, result[1])
                self.fill(keep=index)

        title = self.in_script("title", None if item.orphan else b, b.title)  # as the `n` editor's, over the list
        self.app.push_screen(NoteEditor(title=title, save=save, language=self.language, draft=note.text), closed)

    def action_delete(self) -> None:
        item = self.current
        if item is None or item.note is None:
            self.notify(tr("notes.pick_note", self.language), severity="warning")
            return
        b, note = item.briefing, item.note
        index = self.option_list.highlighted

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                deleted, position = self.notes.delete_note(b, note)
            except NotesError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.last_deleted = (b, deleted, position)
            self.notify(tr("notify.note_deleted", self.language))
            self.on_change()
            self.fill(keep=index)

        preview = one_line(note.text)[:40]
        self.app.push_screen(Confirm(tr("confirm.delete_note", self.language, note=preview), self.language), answered)

    def action_undo(self) -> None:
        if self.last_deleted is None:
            self.notify(tr("notify.nothing_to_undo", self.language), severity="warning")
            return
        b, note, position = self.last_deleted
        try:
            self.notes.restore_note(b, note, position)
        except NotesError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.last_deleted = None
        self.notify(tr("notify.note_restored", self.language))
        self.on_change()
        self.fill(keep=self.option_list.highlighted)
