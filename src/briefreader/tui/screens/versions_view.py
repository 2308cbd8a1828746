"""A story's versions (issue 17): every version of the highlighted briefing's story (date,
source, title) and where their figures differ, one row per metric, the rows that differ
first. ``V`` on the main screen opens it; enter opens the version under the cursor.

Titles, sources and figure text come from briefings: they reach the screen as plain
Text (never markup) after one_line().
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from ...across import VersionRow, compare_versions
from ...library import Cancelled
from ...model import Briefing
from ..i18n import kind_name, relabel_bindings, tr
from ..text import crop_cells, crop_middle, one_line
from ..threads import to_ui, while_alive
from ..widgets.footer import QuietFooter

# How a briefing's text reads in the reader's script (MainScreen.in_script): key "title",
# "source" or "text", the briefing it is from, the text as stored (Simplified)
InScript = Callable[[str, Briefing | None, str], str]

CELL = 18  # cells a figure column shows (a version's figures for one metric)
ID_CELLS = 24  # at least this many cells of a version's id (its start and its end)


class VersionsScreen(Screen[Briefing | None]):
    DEFAULT_CSS = """
    VersionsScreen #versions-title {
        height: 1; padding: 0 1; background: $panel; text-wrap: nowrap; text-overflow: ellipsis;
    }
    VersionsScreen #versions-list { height: auto; max-height: 12; }
    VersionsScreen #versions-summary { height: 1; padding: 0 1; color: $text-muted; }
    VersionsScreen #versions-figures { height: 1fr; }
    VersionsScreen #versions-detail { height: auto; max-height: 6; padding: 0 1; background: $panel; }
    """
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="versions.close"),
        Binding("tab", "app.focus_next", "Next table", show=False, id="versions.next"),
        Binding("j", "move(1)", "Down", show=False, id="versions.down"),  # as in the list
        Binding("k", "move(-1)", "Up", show=False, id="versions.up"),
        Binding("question_mark,f1", "help", "Help", id="help"),
    ]

    def action_help(self) -> None:
        from .help import view_help

        lang = self.language
        view_help(self, tr("help.view.versions", lang), self.BINDINGS, [("⏎", tr("help.versions.open", lang))])

    def __init__(
        self,
        library,
        versions: list[Briefing],
        current: Briefing,
        language: str = "en",
        in_script: InScript | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.versions = versions
        self.current = current
        self.language = language
        self.rows: list[VersionRow] = []
        # titles, sources and figures in the script the list and the article show: in the
        # Traditional view this screen alone spoke Simplified (new user s45)
        self.in_script: InScript = in_script or (lambda key, b, text: text)

    def compose(self) -> ComposeResult:
        yield Static(id="versions-title")
        yield DataTable(id="versions-list", cursor_type="row", zebra_stripes=True)
        yield Static(id="versions-summary")
        yield DataTable(id="versions-figures", cursor_type="row", zebra_stripes=True)
        # the highlighted metric's cells in full: a column shows CELL cells, and where two
        # versions differ was often past the cut (tester s18 U7: "6.98% (%)、同比提…")
        yield Static(id="versions-detail")
        yield QuietFooter(compact=True, show_command_palette=False)

    @while_alive
    def on_mount(self) -> None:
        lang = self.language
        relabel_bindings(self, lang)  # the footer said "esc Close ? Help" in the zh UI (tester s13)
        self.query_one("#versions-title", Static).update(
            # one line, cut at its end (text-wrap above): wrapped, a long title went to a
            # second line the one-line bar does not show, and "of:" stood alone
            Text(
                tr(
                    "versions.title",
                    lang,
                    n=len(self.versions),
                    title=one_line(self.in_script("title", self.current, self.current.title)),
                )
            )
        )
        listing = self.query_one("#versions-list", DataTable)
        # the id too: two copies of one article often share date, source and title, and
        # which file is which was nowhere on the screen
        listing.add_columns(
            "#", tr("versions.date", lang), tr("versions.source", lang), "id", tr("versions.title_col", lang)
        )
        # an id is cut in its middle, in a third of the width: whole, a feed's long file name ran the
        # table past the screen's edge, and at 80 columns two entries' ids (…big5#d8bb939f and
        # …big5#d8bb939f-2) both showed as "…big5#d8bb" (new user s44 U8); the end tells them apart
        room = max(ID_CELLS, self.app.size.width // 3)
        for n, b in enumerate(self.versions, 1):
            mark = "▸" if b.id == self.current.id else " "
            listing.add_row(
                Text(f"{mark}{n}"),
                Text(b.date_iso or tr("list.undated", lang)),
                Text(one_line(self.in_script("source", b, b.source)) or "—"),
                Text(crop_middle(one_line(b.id), room), style="dim"),
                Text(one_line(self.in_script("title", b, b.title))),
            )
        listing.move_cursor(row=next((i for i, b in enumerate(self.versions) if b.id == self.current.id), 0))
        listing.focus()
        figures = self.query_one("#versions-figures", DataTable)
        numbers = (f"#{n}" for n in range(1, len(self.versions) + 1))
        figures.add_columns("", tr("versions.metric", lang), tr("versions.kind", lang), *numbers)
        self.query_one("#versions-summary", Static).update(Text(tr("versions.reading", lang)))
        self.compare()

    @work(thread=True, exclusive=True, group="versions", description="compare versions")
    def compare(self) -> None:
        worker = get_current_worker()
        try:  # reads each version's file; the app's quit stops it at the next
            rows = compare_versions(self.library, self.versions, stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        to_ui(self, self._compared, rows)

    def _compared(self, rows: list[VersionRow]) -> None:
        # each version's cells in its own briefing's forms (a Traditional source's own characters)
        rows = [
            VersionRow(
                self.in_script("text", None, r.metric),
                r.kind,
                tuple(self.in_script("text", b, c) if c else c for b, c in zip(self.versions, r.cells, strict=False)),
                r.same,
            )
            for r in rows
        ]
        self.rows = rows
        figures = self.query_one("#versions-figures", DataTable)
        differ = [r for r in rows if not r.same]
        for r in rows:
            figures.add_row(
                Text("≠" if not r.same else "=", style="bold" if not r.same else "dim"),
                Text(one_line(r.metric) or "—"),
                Text(kind_name(r.kind, self.language)),
                *(Text(crop_cells(one_line(c), CELL) or "—", style="" if not r.same else "dim") for c in r.cells),
            )
        self.query_one("#versions-summary", Static).update(
            Text(tr("versions.summary", self.language, differ=len(differ), same=len(rows) - len(differ)))
        )

    @on(DataTable.RowHighlighted, "#versions-figures")
    def _detail(self, event: DataTable.RowHighlighted) -> None:
        """Each version's figures for the highlighted metric, whole, one line a version."""
        if not 0 <= event.cursor_row < len(self.rows):
            return
        row = self.rows[event.cursor_row]
        text = Text()
        for n, cell in enumerate(row.cells, 1):
            text.append(("\n" if n > 1 else "") + f"#{n} ", style="bold")
            text.append(one_line(cell) or "—", style="" if not row.same else "dim")
        self.query_one("#versions-detail", Static).update(text)

    @on(DataTable.RowSelected, "#versions-list")
    def _open(self, event: DataTable.RowSelected) -> None:
        self.dismiss(self.versions[event.cursor_row])

    def action_move(self, step: int) -> None:
        table = self.focused
        if isinstance(table, DataTable):
            table.action_cursor_down() if step > 0 else table.action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)


def open_versions_view(main) -> None:
    """``V`` on the main screen: the versions of the highlighted briefing's story."""
    library, stories = main.brapp.library, main._stories
    briefing = main.briefing_list.highlighted
    if library is None or briefing is None:
        return
    ids = stories.versions(briefing.id) if stories is not None else (briefing.id,)
    if len(ids) < 2:
        main.notify(tr("versions.none", main.language), severity="information")
        return
    by_id = {b.id: b for b in library.briefings if b.id in set(ids)}
    versions = sorted((by_id[i] for i in ids if i in by_id), key=lambda b: (b.date is None, b.date or 0))

    def chosen(b: Briefing | None) -> None:
        if b is None:
            return
        main.briefing_list.select(b)
        shown = main.briefing_list.highlighted
        if (shown is None or shown.id != b.id) and stories is not None:  # folded into its story's row: list it
            story = stories.story_of(b.id)
            main._expanded.add(story)
            main.rebuild_rows()
            main.briefing_list.select(b)
        main.open(b, at_once=True)

    main.app.push_screen(VersionsScreen(library, versions, briefing, main.language, main.in_script), chosen)
