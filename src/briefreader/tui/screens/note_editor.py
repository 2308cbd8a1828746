"""The note editor (a modal TextArea) and the confirmation that guards unsaved text."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Literal

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from ...model import Figure
from ..i18n import tr
from ..text import one_line, safe_text
from ..threads import to_ui, while_alive

Outcome = Literal["saved", "draft", "discarded", "cancelled"]

# A note being typed is written as the briefing's draft this long after the last key
# (in a thread: typing never waits on the disk), so a kill -9, an OOM kill or a crash
# loses at most the last AUTOSAVE_AFTER seconds of it (a hang-up loses nothing).
AUTOSAVE_AFTER = 1.5
Choice = Literal["keep_editing", "keep_draft", "discard"]


class NoteArea(TextArea):
    """The editor's TextArea, cleaning what is pasted into it."""

    def _on_paste(self, event: events.Paste) -> None:
        # TextArea draws pasted text as it is: a copied web page can carry ESC, C1 or
        # bidi characters. Strip them (newlines and tabs stay); Textual then dispatches
        # TextArea._on_paste (handlers run down the MRO), which inserts the clean text.
        event.text = safe_text(event.text)


class SaveError(Exception):
    """Raised by the save callback with a one-line message; the editor stays open."""


class NoteEditor(ModalScreen[tuple[Outcome, str]]):
    """Write a note; ``ctrl+s`` saves through ``save``, ``escape`` never drops text silently.

    Dismisses with ``(outcome, text)`` so the caller can keep a draft.
    """

    # Not priority bindings: those run ahead of keys still queued for the TextArea, and
    # a fast "type + ctrl+s" would save the text without its last characters.
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="editor.save"),
        Binding("escape", "cancel", "Cancel", id="editor.cancel"),
    ]

    def __init__(
        self,
        *,
        title: str,
        save: Callable[[str], None],
        language: str,
        figure: Figure | None = None,
        draft: str = "",
    ) -> None:
        super().__init__()
        self.note_title = title
        self.figure = figure
        self.draft = draft
        self.language = language
        self._save = save
        # how the screen that opened the editor keeps its text as a draft (main: the notes
        # file); the app calls it when the terminal hangs up
        self.keep: Callable[[str], object] | None = None
        # writes the text as the draft while typing (from a thread; raises on failure);
        # None: no autosave (editing a note already saved)
        self.autosave: Callable[[str], object] | None = None
        self.autosaved = False  # a draft was written while typing (closing must settle it)
        self.draft_of: str | None = None  # the briefing id whose draft autosave writes
        self.autosave_error: str | None = None
        self._kept_text = draft  # what the draft on disk holds
        self._autosave_timer = None
        self._autosave_lock = threading.Lock()  # a write in flight vs. the editor closing
        self._autosave_closed = False
        self._typed: list[str] = []  # keys taken before the text area was composed (take_typed)

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="editor-dialog"):
            heading = Text(tr("editor.title", lang) + " ", style="bold")
            heading.append(one_line(self.note_title))
            yield Static(heading, id="editor-title")
            if self.figure is not None:
                cited = Text(tr("editor.figure", lang) + ": ", style="dim")
                cited.append(one_line(self.figure.text), "bold")
                if self.figure.en:
                    cited.append(f"  ({one_line(self.figure.en)})", "italic")
                if self.figure.sentence:
                    cited.append("\n“" + one_line(self.figure.sentence) + "”", "dim")
                yield Static(cited, id="editor-figure")
            area = NoteArea(self.draft, id="editor-text", soft_wrap=True, show_line_numbers=False)
            area.placeholder = tr("editor.placeholder", lang)
            yield area
            yield Static(id="editor-error")
            yield Static(tr("editor.hint", lang), id="editor-hint")

    @while_alive  # the app quit while the editor was opening: its children were never mounted
    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        if self._typed:
            area.insert("".join(self._typed))
            self._typed.clear()

    def take_typed(self, event: events.Key) -> bool:
        """A key typed for this editor that reached the screen below it (n and the text
        in one burst: the keys after n were already queued for the list when n opened
        the editor, and were lost: tester s20 U4). Text goes in, in order; True if taken."""
        if event.key == "enter":
            typed = "\n"
        elif event.is_printable and event.character:
            typed = event.character
        else:
            return False
        try:
            area = self.query_one(TextArea)
        except NoMatches:  # not composed yet: at mount
            self._typed.append(typed)
            return True
        area.insert(typed)
        return True

    @property
    def text(self) -> str:
        """The note as typed; before the text area is mounted (a hang-up or a test asking
        at once), the draft it opens with and the keys taken for it."""
        try:
            return self.query_one(TextArea).text
        except NoMatches:
            return self.draft + "".join(self._typed)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.autosave is None:
            return
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(AUTOSAVE_AFTER, self._autosave_now)

    def _autosave_now(self) -> None:
        self._autosave_timer = None
        text = self.text
        if self._autosave_closed or not text.strip() or text == self._kept_text:
            return  # a cleared text keeps the last draft until the editor closes
        self.run_worker(lambda: self._write_draft(text), thread=True, group="autosave", exit_on_error=False)

    def _write_draft(self, text: str) -> None:
        write = self.autosave
        with self._autosave_lock:
            if self._autosave_closed or write is None or text == self._kept_text:
                return
            self.autosaved = True  # closing removes it unless the outcome keeps it
            try:
                write(text)
            except Exception as exc:  # a full disk, a locked file: the text stays in the editor
                self.autosave_error = str(exc)
                # said at once, under the text: it was only learned on close (review s14 R8)
                to_ui(self, self._autosave_said)
                return
            failed, self.autosave_error = self.autosave_error, None
            self._kept_text = text
            if failed is not None:
                to_ui(self, self._autosave_said)

    def rewrite_if_gone(self, present: Callable[[str], bool]) -> None:
        """The notes file changed (another process wrote it): when the draft this editor
        wrote while typing is no longer in it, write it again now; a crash would lose text
        typed long before (tester s16 U9)."""
        with self._autosave_lock:
            if self._autosave_closed or not self.autosaved or not self._kept_text or present(self._kept_text):
                return
            self._kept_text = ""  # nothing on disk holds it
        self._autosave_now()

    def _autosave_said(self) -> None:
        """The error line says whether the draft written while typing failed (and is
        cleared when a later write works)."""
        error = self.autosave_error
        if error is not None:
            self._show_error(tr("editor.autosave_failed", self.language, error=error))
        else:
            line = self.query_one("#editor-error", Static)
            line.update("")
            line.remove_class("-visible")

    def _close(self, result: tuple[Outcome, str]) -> None:
        # No draft write after this: the caller settles the draft (saved: removed,
        # kept: rewritten, discarded: removed); one in flight finishes first.
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None
        with self._autosave_lock:
            self._autosave_closed = True
        self.dismiss(result)

    @property
    def unsaved(self) -> bool:
        """Typed text that neither the notes file nor a kept draft holds."""
        text = self.text
        return bool(text.strip()) and text != self.draft

    def action_save(self) -> None:
        text = self.text.strip()
        if not text and self.figure is None:
            self._show_error(tr("editor.empty", self.language))
            return
        try:
            self._save(text)
        except SaveError as exc:  # the message is for the user; the text stays
            self._show_error(str(exc))
            return
        self._close(("saved", text))

    def _show_error(self, message: str) -> None:
        error = self.query_one("#editor-error", Static)
        error.update(Text("✗ " + one_line(message)))
        error.add_class("-visible")

    def action_cancel(self) -> None:
        text = self.text
        if not text.strip():  # a draft the user cleared is gone, as they meant
            self._close(("discarded" if self.draft or self.autosaved else "cancelled", ""))
            return
        if text == self.draft:  # an unchanged draft simply stays a draft
            self._close(("draft", text))
            return

        def decided(choice: Choice | None) -> None:
            if choice == "discard":
                self._close(("discarded", ""))
            elif choice == "keep_draft":
                self._close(("draft", self.text))
            else:
                self.query_one(TextArea).focus()

        self.app.push_screen(ConfirmDiscard(self.language), decided)


class ConfirmDiscard(ModalScreen[Choice]):
    """Unsaved text: keep editing (the default), keep it as a draft, or discard it."""

    BINDINGS = [
        Binding("escape", "choose('keep_editing')", "Keep editing", id="confirm.keep_editing"),
        Binding("k", "choose('keep_draft')", "Keep as draft", id="confirm.keep_draft"),
        Binding("d", "choose('discard')", "Discard", id="confirm.discard"),
    ]

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="confirm-dialog"):
            yield Static(tr("confirm.title", lang), id="confirm-title")
            with Horizontal(id="confirm-buttons"):
                yield Button(tr("confirm.keep_editing", lang) + " (esc)", id="keep_editing", variant="primary")
                yield Button(tr("confirm.keep_draft", lang) + " (k)", id="keep_draft")
                yield Button(tr("confirm.discard", lang) + " (d)", id="discard", variant="error")

    @while_alive
    def on_mount(self) -> None:
        self.query_one("#keep_editing", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)  # type: ignore[arg-type]

    def action_choose(self, choice: Choice) -> None:
        self.dismiss(choice)


class ConfirmQuit(ModalScreen[bool]):
    """Quitting with a note being written (``kept``: it will be kept as a draft) or
    drafts in memory only (``drafts``: they will be lost): say which, and ask."""

    BINDINGS = [
        Binding("escape", "choose(False)", "Go back", id="confirm.stay"),
        Binding("q,y", "choose(True)", "Quit", id="confirm.quit"),
    ]

    def __init__(self, language: str, drafts: int, *, kept: int = 0) -> None:
        super().__init__()
        self.language = language
        self.drafts = drafts  # lost on quitting
        self.kept = kept  # notes being written, kept as drafts on quitting

    @property
    def question(self) -> str:
        lang, said = self.language, []
        if self.kept:
            said.append(tr("confirm.quit_kept_one" if self.kept == 1 else "confirm.quit_kept", lang, count=self.kept))
        if self.drafts:
            title = "confirm.quit_title_one" if self.drafts == 1 else "confirm.quit_title"
            said.append(tr(title, lang, count=self.drafts))
        return "\n".join(said)

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="confirm-dialog"):
            yield Static(self.question, id="confirm-title", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(tr("confirm.stay", lang) + " (esc)", id="stay", variant="primary")
                yield Button(tr("confirm.quit", lang) + " (q)", id="quit", variant="error")

    @while_alive
    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()
        if any(isinstance(screen, NoteEditor) for screen in self.app.screen_stack):
            self.add_class("-under-note")  # asked under the note being written, not over its text

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "quit")

    def action_choose(self, quit_: bool) -> None:
        self.dismiss(quit_)
