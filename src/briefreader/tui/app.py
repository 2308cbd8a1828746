"""The briefreader Textual app: state shared by the screens, keymap, command palette."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.binding import Binding
from textual.reactive import var
from textual.screen import Screen

from .. import safe
from ..config import Config
from ..notes import NotesStore
from .i18n import LABELS, tr
from .screens.main import MainScreen

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
        self.peek = peek  # the first screen of a warm start, read since before the import of Textual
        self.config = config
        self.use_cache = use_cache  # False: re-read every file (cli --no-cache)
        self.library = library
        self.notes = notes if notes is not None else NotesStore.open(config.notes)
        self.language = config.language
        self.script = config.script
        self.drafts: dict[str, str] = {}  # briefing id -> unsaved note text kept on request
        self.last_export: Path | None = None

    def get_default_screen(self) -> Screen:
        return MainScreen()

    def action_quit(self) -> None:  # q, ctrl+q and the palette all come here
        """Quit; drafts kept on request live only in this session, so ask first."""
        if not self.drafts:
            self.exit()
            return
        from .screens.note_editor import ConfirmQuit

        self.push_screen(ConfirmQuit(self.language, len(self.drafts)), lambda quit_: self.exit() if quit_ else None)

    def on_mount(self) -> None:
        if self.config.keys:
            self.set_keymap(self.config.keys)

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
        super().notify(clean(str(message)), title=clean(str(title)), severity=severity,
                       timeout=timeout, markup=markup)

    def keys_for(self, binding: Binding) -> str:
        """The keys of ``binding`` as shown to people, after the user's keymap."""
        keys = self._keymap.get(binding.id or "", binding.key)
        return " ".join(self.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if isinstance(screen, MainScreen):
            lang = self.language
            for binding_id, action in MainScreen.PALETTE_ACTIONS:
                title = tr(f"palette.{binding_id}" if f"palette.{binding_id}" in LABELS else binding_id, lang)
                yield SystemCommand(title, tr(f"cmd.{binding_id}", lang), _runner(screen, action))
        for command in super().get_system_commands(screen):
            if command.title != "Quit":  # ours is above, translated
                yield command


def _runner(screen: Screen, action: str):
    async def run() -> None:
        await screen.run_action(action)

    return run
