"""The figures view (issue 17): every figure of the briefings the filter shows.

One row per figure — date, source, kind, as written, English, value, unit, metric,
title — drawn with the line API (a ScrollView with ``render_line``, as the briefing
list): the view holds a list of the index's row ids and reads the rows of the lines
on screen, so it opens as fast at a million figures as at ten. ``h``/``l`` choose a
column, ``s`` sorts by it (again: the other way), ``/`` filters with the query
language's figure terms (``money>1000亿``) and words (a kind, a unit, part of a metric),
``enter`` closes the view on the briefing with the figure's sentence highlighted.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ...across import FIGURE_COLUMNS, FigureTable, query_figures
from ...index import FigureRow
from ...library import Cancelled
from ..bindings import scroll_bindings
from ..i18n import kind_name, relabel_bindings, tr
from ..text import crop_cells, one_line
from ..threads import to_ui, while_alive
from ..widgets.footer import QuietFooter

# Display widths (cells) per column; the title takes what is left. kind: 8, "quantity" whole (s26).
WIDTHS = {"date": 10, "source": 12, "kind": 8, "text": 16, "en": 18, "value": 14, "unit": 5, "metric": 16}
FIRST_ROWS = 200  # rows the worker reads with a new table: the first screens, drawn without a query


def _plain(value: float, digits: int = 6) -> str:
    """``value`` grouped, with up to ``digits`` significant digits after the point and
    never in e-notation (``,.6g`` wrote 1e18 as '1e+06 tn' and 12345.5 as '1.235e+04':
    review s17 R4). Whole digits are all kept."""
    if value == 0:
        return "0"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def written_figure_terms(query: str) -> str:
    """The figure terms of the list's query as the user typed them (``money>1000亿``), for
    the title and the empty view's reason. ``across.figure_terms`` rebuilds them from the
    parsed bound for a query (``money>100000000000.0``), which a reader should not have to
    decode (new user s36). Raises QuerySyntaxError (a ValueError) as ``parse`` does."""
    from ...query import _QUOTES, FigureTerm, Not, parse

    kept: list[str] = []
    for term in parse(query).terms if query.strip() else ():
        atom = term.term if isinstance(term, Not) else term
        if not isinstance(atom, FigureTerm):
            continue
        start = atom.pos  # just after the operator: back over it and the kind's letters
        while start > 0 and query[start - 1] in "<>=＜＞＝":
            start -= 1
        while start > 0 and query[start - 1].isascii() and query[start - 1].isalpha():
            start -= 1
        if isinstance(term, Not):
            start = term.pos
        end = atom.pos  # the bound is the rest of the word, as the parser reads it
        while end < len(query) and not query[end].isspace() and query[end] not in _QUOTES:
            end += 1
        kept.append(query[start:end])
    return " ".join(kept)


# Columns of Chinese text the Traditional view shows in Traditional (the article does; the
# figures view showed Simplified whatever the toggle said: tester s17)
CONVERTED = frozenset({"source", "text", "metric", "title"})
# (column, row, text) -> the text as the reader's script shows it; None: as stored (Simplified)
Written = Callable[[str, FigureRow, str], str]


def _cell(row: FigureRow, key: str, language: str = "en", written: Written | None = None) -> str:
    if written is not None and key in CONVERTED:
        return one_line(written(key, row, getattr(row, key) or ""))
    if key == "value":
        value = row.value
        if value is None:
            return ""
        if not math.isfinite(value):
            return one_line(row.text)
        if row.kind in ("date", "year") and value == int(value):  # a year, not an amount: 2023, not 2,023
            return f"{value:.0f}"
        # as many significant digits as the source wrote (1349084亿元: '134.9084 tn', as the English
        # column says, not '134.908 tn' beside it), at least 6 (a third: 0.333333), at most 12
        digits = min(12, max(6, sum(c.isdigit() for c in row.text)))
        # a billion or more in bn/tn, as the English column says it (tester s16 U1: '3e+11' beside '61,000,000,000')
        for size, word in ((1e12, "tn"), (1e9, "bn")):
            if abs(value) >= size:
                scaled = f"{_plain(value / size, digits)} {word}"
                # more than the column holds (a million tn and up): the figure as written, never '1e+06 tn'
                return scaled if len(scaled) <= WIDTHS["value"] else one_line(row.text)
        return f"{value:,.0f}" if value == int(value) else _plain(value, digits)
    if key == "date":
        return row.date or ""
    if key == "kind":
        return kind_name(row.kind, language)
    return one_line(getattr(row, key) or "")


class FigureRows(ScrollView, can_focus=True):
    """The table body: line y is figure y of ``table``."""

    DEFAULT_CSS = """
    FigureRows { height: 1fr; }
    FigureRows > .figure-rows--cursor { background: $accent 40%; }
    FigureRows > .figure-rows--dim { color: $text-muted; }
    """
    COMPONENT_CLASSES = {"figure-rows--cursor", "figure-rows--dim"}
    BINDINGS = [
        *scroll_bindings(
            "figview",
            {"down": "move(1)", "up": "move(-1)", "page_down": "page(1)", "page_up": "page(-1)"}
            | {"first": "edge(0)", "last": "edge(1)"},
        ),
        Binding("enter", "open", "Go to sentence", id="figview.open"),
    ]
    cursor: reactive[int] = reactive(0, always_update=True)

    class Chosen(Message):
        def __init__(self, row: FigureRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.table = FigureTable([])  # or an index.FigureWindow: len() and rows(start, stop)
        self._screen: tuple[int, list[FigureRow]] = (0, [])  # the rows last read, from line [0]

    def set_table(self, table, first: list[FigureRow] | None = None, *, keep_cursor: bool = False) -> None:
        """Show ``table``; ``first``: its rows from line 0, read already (in a worker)."""
        self.table = table
        self._screen = (0, first or [])
        self.virtual_size = Size(0, len(table))
        cursor = self.cursor if keep_cursor and 0 <= self.cursor < len(table) else 0
        self.cursor = cursor if len(table) else -1
        if not keep_cursor:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def current(self) -> FigureRow | None:
        return self._row(self.cursor) if 0 <= self.cursor < len(self.table) else None

    def _row(self, line: int) -> FigureRow | None:
        """Row ``line``, from the screenful read last; one read per screen, not per line."""
        start, rows = self._screen
        if not start <= line < start + len(rows):
            height = max(1, self.size.height)
            start = max(0, line - height)
            rows = self.table.rows(start, line + 2 * height)
            self._screen = (start, rows)
        return rows[line - start] if start <= line < start + len(rows) else None

    def watch_cursor(self, cursor: int) -> None:
        if cursor >= 0:
            self.scroll_to_region(Region(0, cursor, 1, 1), animate=False, immediate=True, force=True)
        self.refresh()
        detail = getattr(self.screen, "show_detail", None)
        if detail is not None:
            detail()

    def action_move(self, step: int) -> None:
        if len(self.table):
            self.cursor = min(max(self.cursor + step, 0), len(self.table) - 1)

    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, last: int) -> None:
        if len(self.table):
            self.cursor = len(self.table) - 1 if last else 0

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Chosen(row))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + self.scroll_offset.y
        if 0 <= line < len(self.table):
            again = line == self.cursor
            self.cursor = line
            if again or event.chain >= 2:
                self.action_open()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        base = self.rich_style
        if not (0 <= line < len(self.table)):
            return Strip.blank(width, base)
        row = self._row(line)
        if row is None:
            return Strip.blank(width, base)
        style = self.get_component_rich_style("figure-rows--cursor") if line == self.cursor else base
        language = getattr(self.screen, "language", "en")
        written = getattr(self.screen, "written", None)
        return _strip(self.app.console, _line(row, width, language, written), width, style)


def _line(row: FigureRow, width: int, language: str = "en", written: Written | None = None) -> Text:
    text = Text(no_wrap=True, end="")
    used = 0
    for key, _ in FIGURE_COLUMNS:
        if key == "title":
            text.append(crop_cells(_cell(row, key, language, written), max(0, width - used)))
            break
        w = WIDTHS[key]
        if used + w > width:  # a column shown in part misreads: "3,000,000" cut to "3,0"
            break
        cell = crop_cells(_cell(row, key, language, written), w)
        pad = " " * (w - cell_len(cell))
        text.append((pad + cell) if key == "value" else (cell + pad))
        text.append(" ")
        used += w + 1
    return text


def _label(key: str, language: str) -> str:
    """A column's head in the UI language (the zh UI showed date, source, kind …)."""
    return tr(f"figcol.{key}", language)


def _header(sort: str, descending: bool, column: int, width: int, language: str = "en") -> Text:
    text = Text(no_wrap=True, end="", style="bold")
    used = 0
    for n, (key, _) in enumerate(FIGURE_COLUMNS):
        label = _label(key, language)
        mark = ("▼" if descending else "▲") if key == sort else ""
        cell = label + mark
        style = "reverse" if n == column else ""
        if key == "title":
            if cell_len(cell) <= width - used:
                text.append(cell, style)
            break
        w = WIDTHS[key]
        if used + w > width:  # as the rows: no column shown in part
            break
        cell = crop_cells(cell, w)
        text.append(cell, style)
        text.append(" " * (w - cell_len(cell) + 1))
        used += w + 1
    return text


def _shown(width: int, language: str = "en") -> int:
    """How many columns _header and _line show in ``width`` cells: h/l move among those
    (at 80 columns they chose value, unit, metric and title, never drawn, and s then
    sorted by a column no one could see)."""
    used = 0
    for n, (key, _) in enumerate(FIGURE_COLUMNS):
        if key == "title":
            return n + 1 if cell_len(_label(key, language)) + 1 <= width - used else n
        if used + WIDTHS[key] > width:
            return max(n, 1)
        used += WIDTHS[key] + 1
    return len(FIGURE_COLUMNS)


def _strip(console, text: Text, width: int, style: Style) -> Strip:
    # beneath every cell, applied to the segments: Text.render drops a Text's own style when
    # it has no spans (a row of plain cells), so the cursor's background reached only the
    # padding right of the last column (usefix s24: at 80 columns, 8 cells of it)
    return Strip(list(text.render(console))).apply_style(style).crop_extend(0, width, style)


class FiguresScreen(Screen["FigureRow | None"]):
    """Dismisses with the figure chosen by ``enter`` (None: closed)."""

    DEFAULT_CSS = """
    FiguresScreen #figview-title { height: 1; padding: 0 1; background: $panel; }
    FiguresScreen #figview-header { height: 1; padding: 0 1; }
    FiguresScreen FigureRows { padding: 0 1; }
    FiguresScreen #figview-filter { height: 3; }
    FiguresScreen #figview-detail {
        height: 1; padding: 0 1; background: $panel; text-wrap: nowrap; text-overflow: ellipsis;
    }
    FiguresScreen #figview-empty { height: auto; padding: 1 2; color: $text-muted; display: none; }
    FiguresScreen #figview-empty.-shown { display: block; }
    """
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="figview.close"),
        Binding("slash", "focus_filter", "Filter", id="figview.filter"),
        Binding("h,left", "column(-1)", "Column", show=False, id="figview.left"),
        Binding("l,right", "column(1)", "Column", show=False, id="figview.right"),
        Binding("s", "sort", "Sort by column", id="figview.sort"),
        Binding("question_mark,f1", "help", "Help", id="help"),
    ]

    def __init__(
        self, library, briefings, language: str = "en", query: str = "", written: Written | None = None
    ) -> None:
        super().__init__()
        # the rows' Chinese in the reader's script (the main screen's Traditional view: a
        # Traditional source as it writes it); None: as stored
        self._written = written
        self._shown: dict[tuple[str, str, str], str] = {}  # what _written gave, for the rows drawn again
        self.library = library
        self.briefings = briefings
        self.list_query = query  # the list's query: its figure terms keep figures, as `figures --all QUERY`
        self.language = language
        self.sort, self.descending, self.column = "date", True, 0
        self.filter_text = ""
        self.busy = ""  # what the worker is doing ("sorting: as written…"); the rows shown stay usable
        self.count: int | None = None  # the figures of the table coming, while only its head is shown
        self._head_shown = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("", id="figview-title")
            yield Static("", id="figview-header")
            yield Static("", id="figview-empty", markup=False)  # why no row, when none
            yield FigureRows(id="figview-rows")
            # the highlighted figure's briefing and the columns the width leaves out (tester
            # s18 U8: at 80 columns the title, which briefing, was nowhere)
            yield Static("", id="figview-detail", markup=False)
            yield Input(placeholder="money>1000亿  percent>=10  CNY  营收", id="figview-filter")
        yield QuietFooter(compact=True, show_command_palette=False)  # the keys (U8: none were shown)

    @property
    def rows_widget(self) -> FigureRows:
        return self.query_one(FigureRows)

    def written(self, key: str, row: FigureRow, text: str) -> str:
        """``text`` of ``row``'s column ``key`` as the reader's script shows it."""
        if self._written is None or not text:
            return text
        cache_key = (key, row.id, text)
        shown = self._shown.get(cache_key)
        if shown is None:
            if len(self._shown) > 4096:  # a screenful is ~200 cells: bounded, however far one scrolls
                self._shown.clear()
            shown = self._shown[cache_key] = self._written(key, row, text)
        return shown

    def _script_changed(self, _script: str) -> None:
        self._shown.clear()
        self.rows_widget.refresh()

    @while_alive
    def on_mount(self) -> None:
        if hasattr(self.app, "script"):  # the toggle flipped elsewhere (the command palette): redrawn
            self.watch(self.app, "script", self._script_changed, init=False)
        relabel_bindings(self, self.language)  # the footer's keys in the UI language
        relabel_bindings(self.rows_widget, self.language)
        self.rows_widget.focus()
        self._draw_header()
        self.load()

    @while_alive  # a resize arriving as the app quits, the header already pruned
    def on_resize(self) -> None:
        self.column = min(self.column, _shown(max(1, self.size.width - 2), self.language) - 1)
        self._draw_header()
        self.show_detail()

    def show_detail(self) -> None:
        """Under the rows: the highlighted figure's briefing title, whole as the line
        allows, then each column the width leaves out (metric, value, unit …)."""
        try:
            detail = self.query_one("#figview-detail", Static)
        except Exception:  # noqa: BLE001 - not composed yet (a cursor set while mounting)
            return
        row = self.rows_widget.current
        if row is None:
            detail.update("")
            return
        lang = self.language
        width = max(1, self.size.width - 2)
        shown = _shown(width, lang)
        cells = {key: one_line(_cell(row, key, lang, self.written)) for key, _ in FIGURE_COLUMNS if key != "title"}
        # a column drawn cut ("less than one thi…", "廣東省發展…" at 80 columns) is said whole
        # here too, the figure's own first, and the title then leaves it half the line (new
        # user s45: at 80 columns the English was nowhere whole)
        cut = [k for k, _ in FIGURE_COLUMNS[:shown] if k in cells and cell_len(cells[k]) > WIDTHS[k]]
        cut.sort(key=lambda k: k not in ("text", "en"))
        title = one_line(_cell(row, "title", lang, self.written)) or "—"
        if any(k in ("text", "en") for k in cut):
            title = crop_cells(title, max(12, width // 2))
        text = Text(no_wrap=True, end="")
        text.append(title, style="bold")
        for key in [*cut, *(k for k, _ in FIGURE_COLUMNS[shown:])]:
            cell = cells.get(key, "")
            if cell:
                text.append(f"  {_label(key, lang)}: ", style="dim")
                text.append(cell)
        detail.update(text)

    def _draw_header(self) -> None:
        width = max(1, self.size.width - 2)
        self.query_one("#figview-header", Static).update(
            _header(self.sort, self.descending, self.column, width, self.language)
        )
        shown = len(self.rows_widget.table) if self.count is None else self.count
        lang = self.language
        title = Text(tr("figview.title", lang, count=f"{shown:,}"), style="bold")
        listed = self._list_terms()
        if listed:
            title.append(f"  {tr('figview.listed', lang)}: {one_line(listed)}")
        if self.filter_text:
            title.append(f"  {tr('figview.filtered', lang)}: {one_line(self.filter_text)}")
        repeated = getattr(self.rows_widget.table, "repeated", 0)
        if repeated:
            title.append(f"  · {tr('figview.repeated', lang, count=f'{repeated:,}')}", style="dim")
        if self.busy:
            title.append(f" · {self.busy}", style="italic")
        self.query_one("#figview-title", Static).update(title)
        empty = self.query_one("#figview-empty", Static)
        why = self._empty_reason(listed) if not self.busy and not shown else ""
        empty.update(why)
        empty.set_class(bool(why), "-shown")

    def _empty_reason(self, listed: str) -> str:
        """Why the table has no row, and what to do: the view's filter, the list's figure
        terms, no briefing listed, or briefings without figures (one: this briefing)."""
        lang = self.language
        if self.filter_text:
            return tr("figview.empty.filter", lang, filter=one_line(self.filter_text))
        if listed:
            return tr("figview.empty.terms", lang, terms=one_line(listed))
        count = len(self.briefings)
        if not count:
            return tr("figview.empty.no_briefings", lang)
        why = tr("figview.empty.one", lang) if count == 1 else tr("figview.empty.none", lang, n=f"{count:,}")
        return why + tr("figview.empty.widen" if self.list_query.strip() else "figview.empty.back", lang)

    def load(self) -> None:
        """A new table for the sort and filter chosen, made in a worker; the rows shown
        meanwhile stay on screen and usable, and the title says what is coming."""
        label = dict(FIGURE_COLUMNS).get(self.sort, self.sort)
        self._head_shown = False
        self.busy = f"sorting: {label}…" if len(self.rows_widget.table) else "reading…"
        self._draw_header()
        self._load(self.sort, self.descending, self.filter_text)

    @work(thread=True, exclusive=True, group="figview", description="figures table")
    def _load(self, order: str, descending: bool, filter_text: str) -> None:
        worker = get_current_worker()
        try:
            table = query_figures(
                self.library,
                self.briefings,
                self.list_query,
                order=order,
                descending=descending,
                filter_text=filter_text,
                # without the index every file is read again: a newer sort or the app's
                # quit cancels this worker, and the core stops at its next file
                stop=lambda: worker.is_cancelled,
                # a figure two versions of a story both say is one row (new user s36, s38)
                once_per_story=True,
            )
        except Cancelled:
            return
        except ValueError as exc:  # QuerySyntaxError: the filter as typed is kept, the rows stay
            to_ui(self, self._failed, worker, one_line(str(exc)))
            return
        count = len(table)  # the count, here in the worker
        # And the first screens: an order no index serves (text, English, unit at 100,000
        # briefings) sorts every figure on its first read, 10-12 s of CPU at 6.9 million
        # figures that render_line would otherwise spend on the UI thread (issue 19).
        # SQLite's top-n sort gives the first screens meanwhile (~1 s).
        if getattr(table, "sorts_all", False):
            head = table.head(FIRST_ROWS)
            if worker.is_cancelled:
                return
            to_ui(self, self._head, worker, FigureTable(head), count)
        first = table.rows(0, FIRST_ROWS)
        if not worker.is_cancelled:
            to_ui(self, self._loaded, worker, table, first)

    def _head(self, worker, head: FigureTable, count: int) -> None:
        """The first rows of the new order, shown (and moved in) while the rest sorts."""
        if not worker.is_cancelled:
            self.count = count
            self._head_shown = True
            self.rows_widget.set_table(head, head.rows(0, len(head)))
            self._draw_header()

    def _loaded(self, worker, table, first: list[FigureRow]) -> None:
        if worker.is_cancelled:  # a newer sort or filter is on its way
            return
        self.busy, self.count = "", None
        self.rows_widget.set_table(table, first, keep_cursor=self._head_shown)  # where the head was read
        self._head_shown = False
        self._draw_header()

    def _failed(self, worker, message: str) -> None:
        if not worker.is_cancelled:
            self.busy = ""
            self._draw_header()
        self.notify(message, severity="warning", markup=False)  # an exception's text, never markup

    def action_column(self, step: int) -> None:
        self.column = (self.column + step) % _shown(max(1, self.size.width - 2), self.language)
        self._draw_header()

    def action_sort(self) -> None:
        key = FIGURE_COLUMNS[self.column][0]
        if key == self.sort:
            self.descending = not self.descending
        else:
            self.sort, self.descending = key, key in ("date", "value")
        self._draw_header()
        self.load()

    def action_focus_filter(self) -> None:
        self.query_one("#figview-filter", Input).focus()

    def _list_terms(self) -> str:
        try:
            return written_figure_terms(self.list_query)
        except ValueError:  # a query being typed that does not parse: no terms (query_figures says so too)
            return ""

    def action_help(self) -> None:
        from .help import view_help

        # the value and kind orders group by kind, then currency or unit (index.sort_group): 5 bn RMB
        # and 5 bn USD are not one amount (tester s17), and 8组 and 10,000家 are both counts (review s19 R23)
        sorts = (("s", tr("figview.sort_value", self.language)),)
        view_help(self, tr("help.view.figures", self.language), [*self.BINDINGS, *FigureRows.BINDINGS], sorts)

    @on(Input.Submitted, "#figview-filter")
    def _filter(self, event: Input.Submitted) -> None:
        self.filter_text = event.value.strip()
        self.rows_widget.focus()
        self.load()

    @on(FigureRows.Chosen)
    def _chosen(self, event: FigureRows.Chosen) -> None:
        self.dismiss(event.row)

    def action_close(self) -> None:
        if self.focused is self.query_one("#figview-filter", Input):
            self.rows_widget.focus()
            return
        self.dismiss(None)


def open_figures_view(main) -> None:
    """``F`` on the main screen: the figures of what the list shows; ``enter`` on a
    figure opens its briefing with the sentence highlighted (as the side panel does)."""
    library = main.brapp.library
    if library is None:
        return

    def chosen(row: FigureRow | None) -> None:
        if row is None:
            return
        from ...model import Figure

        b = library.by_id.get(row.id)
        if b is None:
            return
        library.full(b)  # a few ms: the article then shows at once, and the sentence with it
        # Opened first: the list then lists the versions of its story when b was folded in it
        # (rebuild_rows keeps the reader on b), and the cursor goes to b's own row. Selected
        # first, the cursor went to the story's row and the article followed it to another
        # version, whose figures may differ in that very figure (tester s18 U6).
        main.open(b, at_once=True)
        main.rebuild_rows()
        if not main.briefing_list.select(b):
            # the id is a file's name: text, never markup ("a[/]b" raised, "[b]" was eaten; review s15 R11)
            main.notify(tr("figview.not_listed", main.language, id=one_line(row.id)), severity="warning", markup=False)
        main.opened_for_reading(b)  # opened to be read, as enter in the list (tester s19 U6)
        main.set_focus(main.article)
        figure = Figure(kind=row.kind, text=row.text, start=row.start, end=row.stop, value=row.value, unit=row.unit)
        main.call_after_refresh(main.jump_to, figure)

    def written(key: str, row: FigureRow, text: str) -> str:
        """The Traditional view's forms, as the list and the article show them: the title
        the list shows, a Traditional source's own characters once its file was read."""
        if main.brapp.script != "hant":
            return text
        return main.in_script(key, library.by_id.get(row.id), text)

    query = main.filter_bar.value  # its figure terms keep figures, as in `figures --all QUERY`
    # main.shown, not list(): 1,000,000 entries
    main.app.push_screen(FiguresScreen(library, main.shown, main.language, query, written), chosen)
