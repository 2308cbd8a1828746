"""The briefreader Textual app: state shared by the screens, keymap, command palette."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.reactive import var
from textual.screen import Screen

from .. import safe
from ..config import Config
from ..notes import NotesStore
from .csscache import KeptStylesheet, kept_stylesheet
from .i18n import LABELS, tr
from .screens.main import MainScreen
from .state import UiState, load_state, remember, remembered, save_state, state_path

KEEP_CSS_AFTER = 1.0  # seconds after mounting: the parsed CSS is written (when new) once the first screen is up

HANG_UP_GRACE = 5  # seconds an exit may take once the terminal hung up (or SIGTERM)
KEY_WARNING_SECONDS = 15.0  # a [keys] choice that a pane shadows: long enough to read at start

if TYPE_CHECKING:
    from ..library import Library
    from ..warm import EarlyPeek


class BriefreaderApp(App[None]):
    """``BriefreaderApp(config).run()``; a given ``library`` skips loading (tests)."""

    CSS_PATH = "app.tcss"
    TITLE = "briefreader"
    # Declared (rather than Textual's implicit one) so it has an id: remappable, translatable.
    BINDINGS = [
        Binding("ctrl+p", "command_palette", "palette", show=False, priority=True, id="palette"),
    ]

    language: var[str] = var("en")  # UI language: en | zh
    script: var[str] = var("hans")  # article script: hans | hant
    show_original: var[bool] = var(False)
    group_by: var[str] = var("date")  # date | topic
    sort: var[str] = var("date")  # within groups: date | source | title | figures (remembered)

    def __init__(
        self,
        config: Config,
        *,
        library: Library | None = None,
        notes: NotesStore | None = None,
        use_cache: bool = True,
        peek: EarlyPeek | None = None,
    ) -> None:
        super().__init__()
        if use_cache:  # the parsed CSS of the last run, beside the index (tui/csscache.py)
            from ..config import user_cache_dir

            # Textual's own Stylesheet where its private parts are not as csscache expects
            self.stylesheet = kept_stylesheet(self.stylesheet, config.cache_dir or user_cache_dir())
        self.peek = peek  # the first screen of a warm start, read since before the import of Textual
        self.config = config
        self.use_cache = use_cache  # False: re-read every file (cli --no-cache)
        self.library = library
        self.notes = notes if notes is not None else NotesStore.open(config.notes)
        self.state_file = state_path(config.notes)
        self.state: UiState = load_state(self.state_file)
        # t and L chosen in an earlier session stay chosen (the config's value when unchanged)
        self.language = remembered(self.state, "language", config.language)
        self.script = remembered(self.state, "script", config.script)
        self.sort = self.state.sort
        self.drafts: dict[str, str] = {}  # briefing id -> a kept draft the notes file could not save
        from .reading import Reading

        self.reading = Reading(config.notes)  # read state, opened in a thread meanwhile
        self.last_export: Path | None = None
        # the messages shown in the status bar (app._notifications holds the toasts), newest last
        self.said: deque[str] = deque(maxlen=100)

    def get_default_screen(self) -> Screen:
        return MainScreen()

    def action_quit(self) -> None:  # q, ctrl+q and the palette all come here
        """Quit; ask first when a note is being written (ctrl+q from the editor, where q
        is a letter) or a draft lives only in memory (the notes file could not take it).

        The prompt says what quitting does (s13: it said "will be lost" of a note the
        editor autosaves): a note being written is kept as its briefing's draft on the
        way out, as on a hang-up, when the notes file can take it; a draft in memory
        only is lost."""
        from .screens.note_editor import ConfirmQuit, NoteEditor

        writing = [s for s in self.screen_stack if isinstance(s, NoteEditor) and s.unsaved]
        if not self.drafts and not writing:
            self.exit()
            return
        keepable = [s for s in writing if s.keep is not None and not self.notes.read_only]
        lost = len(self.drafts) + len(writing) - len(keepable)

        def decided(quit_: bool | None) -> None:
            if not quit_:
                return
            for editor in keepable:
                if editor.keep is not None:
                    editor.keep(editor.text)  # the notes file's draft of that briefing (n continues it)
            self.exit()

        self.push_screen(ConfirmQuit(self.language, lost, kept=len(keepable)), decided)

    def on_mount(self) -> None:
        if self.config.keys:
            self.set_keymap(self.config.keys)
            # a key the user chose that a pane takes first (quit = "j": the list's j moves down, so
            # nothing quit and the footer hid Quit) was said only by `config show` (newuser s46)
            from ..config import key_shadows

            for warning in key_shadows(self.config):
                self.notify(warning, title="[keys]", severity="warning", timeout=KEY_WARNING_SECONDS)
        self._apply_theme()
        if isinstance(self.stylesheet, KeptStylesheet):  # once the first screen is drawn
            self.set_timer(KEEP_CSS_AFTER, self.stylesheet.keep)
        # The terminal hanging up (a window closed, an ssh link dropped) or a kill ended the
        # process at once, and a note being typed was lost: keep it as a draft, then exit.
        import asyncio
        import contextlib
        import signal

        loop = asyncio.get_running_loop()
        for sig in (getattr(signal, "SIGHUP", None), signal.SIGTERM):
            if sig is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(sig, self._hang_up)

    def _hang_up(self) -> None:
        from .screens.note_editor import NoteEditor

        for screen in self.screen_stack:
            if isinstance(screen, NoteEditor) and screen.unsaved and screen.keep is not None:
                screen.keep(screen.text)
        if self._real_terminal():
            # With the terminal gone, an exit can hang for good: the kernel sends SIGCONT
            # with SIGHUP, Textual's driver restarts on it, and its shutdown then waited
            # to put on a full writer queue while the live writer thread waited on an
            # empty one (gdb on readers left asleep after tmux kill-session). The drafts
            # are kept above; if the process has not ended in HANG_UP_GRACE s, SIGALRM does.
            import signal

            if hasattr(signal, "alarm"):
                signal.alarm(HANG_UP_GRACE)
        self.exit()

    def _real_terminal(self) -> bool:
        """Drawn on a terminal (not a test's headless driver)."""
        return not self.is_headless

    def _apply_theme(self) -> None:
        """The config's ``theme`` (if the config has one), unless a theme was chosen in
        the app since that config value was set: that one is remembered."""
        configured = str(getattr(self.config, "theme", "") or "")
        remembered = self.state.theme if self.state.theme_config == configured else ""
        for name in (remembered, configured):
            if name and name in self.available_themes:
                self._theme_from_settings = True
                self.theme = name
                self._theme_from_settings = False
                return
        if configured:
            self.notify(tr("notify.unknown_theme", self.language, theme=configured), severity="warning", markup=False)

    def watch_theme(self, theme: str) -> None:
        if getattr(self, "_theme_from_settings", False) or not self.is_mounted:
            return  # applied from the settings, not chosen
        self.state.theme = theme
        self.state.theme_config = str(getattr(self.config, "theme", "") or "")
        save_state(self.state_file, self.state)

    def watch_sort(self, sort: str) -> None:
        if sort != self.state.sort:
            self.state.sort = sort
            save_state(self.state_file, self.state)

    def watch_script(self, script: str) -> None:
        self._remember("script", script)

    def watch_language(self, language: str) -> None:
        self._remember("language", language)

    def _remember(self, name: str, value: str) -> None:
        if not self.is_mounted:
            return  # set from the settings at start-up, not chosen
        if remember(self.state, name, value, str(getattr(self.config, name))):
            save_state(self.state_file, self.state)

    # The palette speaks the UI language: its prompt and Textual's own commands too.
    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                CommandPalette(id="--command-palette", placeholder=tr("palette.placeholder", self.language))
            )

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder=tr("palette.themes", self.language)))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        # Textual's Toast draws the message as it is: markup=False stops markup, not
        # ESC, C1 or bidi, and our markup=False messages quote file names and errors.
        # Widget.notify comes here too. markup=True messages are our own constants
        # (and Textual's); they lose control characters only, so their markup and
        # line breaks stay.
        clean = safe.one_line if not markup else safe.strip_controls
        if severity in ("information", "warning") and not title:
            if self._say(safe.one_line(str(message)), timeout, warning=severity == "warning"):
                return
        super().notify(clean(str(message)), title=clean(str(title)), severity=severity, timeout=timeout, markup=markup)

    def _say(self, message: str, timeout: float | None, *, warning: bool = False) -> bool:
        """Information (copied, exported, saved, N hits …) and warnings (nothing
        selected, no hits, notes read-only …, marked ⚠) go to the status bar of the
        screen shown (main, metrics, notes), under its status line: a toast with
        Chinese lost characters where it lay over a border or a scrollbar
        (Textualize/textual#6357; tester s13; the zh UI's warnings, 未选择简报, tester
        s14). Errors stay toasts, which are harder to miss; so does anything over a
        screen with no status bar (a dialog, the figures view). False: not said."""
        if threading.get_ident() != self._thread_id:  # ours come through to_ui; a toast as before
            return False
        screen = self.screen if self._screen_stack else None
        if screen is None or not screen.is_mounted:
            return False
        from .widgets.status_bar import StatusBar

        # the main screen's and the metrics view's are its children (no walk over an article's
        # blocks); the notes list's is in its dialog
        bar = next(iter(screen.query_children(StatusBar)), None) or next(iter(screen.query(StatusBar)), None)
        if bar is None:
            return False
        bar.say(message, self.NOTIFICATION_TIMEOUT if timeout is None else timeout, warning=warning)
        self.said.append(message)
        return True

    def keys_for(self, binding: Binding) -> str:
        """The keys of ``binding`` as shown to people, after the user's keymap."""
        keys = self._keymap.get(binding.id or "", binding.key)
        return " ".join(self.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))

    async def on_event(self, event: events.Event) -> None:
        # A key still queued when quitting pruned every screen: App.on_event asks the screen
        # whether a widget is maximized before _on_key is reached, and raised (CI, s22)
        if isinstance(event, events.Key) and not self._screen_stack:
            event.prevent_default()
            return
        await super().on_event(event)

    async def _on_key(self, event: events.Key) -> None:
        """A key that comes up to the app while a note editor is shown was not typed in
        its text area (which takes every character): it was queued for the list below
        before n or c opened the editor (n and the text in one burst, tester s20 U4), and
        the app's bindings, now the editor's, dropped it. It goes into the note."""
        from .screens.note_editor import NoteEditor

        try:
            screen = self.screen
        except ScreenStackError:  # a key still queued while the app shuts down: App._on_key
            event.prevent_default()  # would look for the screen's bindings and raise
            return
        if isinstance(screen, NoteEditor) and screen.take_typed(event):
            event.prevent_default()  # not App._on_key's bindings: the text area's key

    def screenshot_folder(self) -> Path:
        """Where the palette's Screenshot goes: the Downloads folder as in Textual when
        there is one, else the export file's folder, else the current one (tester s20
        U1: with no ~/Downloads, a fresh HOME or a server over ssh, it said only
        "Failed to save screenshot")."""
        from platformdirs import user_downloads_path

        for folder in (user_downloads_path(), self.config.export.parent):
            if folder.is_dir():
                return folder
        return Path.cwd()

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        return super().deliver_screenshot(filename, path or str(self.screenshot_folder()), time_format)

    # Textual's own toasts: "Failed to save screenshot" without a reason, and the saved
    # path inside markup (a folder named "[b]" was styled). These stop them (MRO order).
    def _on_delivery_complete(self, event: events.DeliveryComplete) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            where = str(event.path) if event.path is not None else ""
            self.notify(tr("notify.screenshot_saved", self.language, path=where), markup=False)

    def _on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            exc = event.exception
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
            where = getattr(exc, "filename", None) or str(self.screenshot_folder())
            text = tr("notify.screenshot_failed", self.language, path=where, reason=reason)
            self.notify(text, severity="error", markup=False)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        lang = self.language
        if isinstance(screen, MainScreen):
            # Derived from the bindings: a new binding is a new command, in its order.
            for binding in MainScreen.BINDINGS:
                binding_id = binding.id or ""
                if not binding_id or binding_id in MainScreen.NOT_IN_PALETTE:
                    continue
                title = tr(f"palette.{binding_id}" if f"palette.{binding_id}" in LABELS else binding_id, lang)
                yield SystemCommand(title, tr(f"cmd.{binding_id}", lang), _runner(screen, binding.action))
        for command in super().get_system_commands(screen):
            if command.title == "Quit":  # ours is above, translated
                continue
            key = f"sys.{command.title}"
            if key in LABELS:
                command = SystemCommand(tr(key, lang), tr(f"{key}.help", lang), command.callback, command.discover)
            yield command


def _runner(screen: Screen, action: str):
    async def run() -> None:
        await screen.run_action(action)

    return run
