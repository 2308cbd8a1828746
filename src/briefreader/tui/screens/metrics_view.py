"""The metrics view (issue 17): metrics with how often they are reported; one chosen
shows its values over time as a terminal chart (textual-plotext) and as a table, and
``x`` exports it as CSV beside the notes export.

Metric names and figure text come from briefings: they reach the screen as plain
Text (never markup) after one_line(), and the chart gets them as labels only after
the same cleaning.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker
from textual_plotext import PlotextPlot

from ...across import chart_points, metric_counts, metric_series
from ...index import FigureRow
from ...library import Cancelled
from ...model import Briefing
from ...safe import csv_cell
from ..i18n import relabel_bindings, tr
from ..text import crop_cells, one_line
from ..threads import to_ui, while_alive
from ..widgets.status_bar import StatusBar

MAX_METRICS = 2000  # the list shows the most reported; the CLI lists them all


def series_csv(metric: str, rows: list[FigureRow]) -> str:
    """The CSV ``x`` writes (and `briefreader metrics --series M --csv` prints): cells
    through safe.csv_cell, the CLI's own (as written, formulas prefixed with ')."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["metric", "date", "value", "unit", "as written", "English", "id", "source", "title"])

    for r in rows:
        writer.writerow(
            [
                csv_cell(x)
                for x in (
                    metric,
                    r.date or "",
                    "" if r.value is None else r.value,
                    r.unit,
                    r.text,
                    r.en,
                    r.id,
                    r.source,
                    r.title,
                )
            ]
        )
    return out.getvalue()


def _day(date: str) -> int:
    """Days of a YYYY, YYYY-MM or YYYY-MM-DD date (a month or a year at its start)."""
    import datetime as dt

    parts = [int(x) for x in date[:10].split("-")[:3] if x.isdigit()]
    year, month, day = (parts + [1, 1])[:3] if parts else (1, 1, 1)
    try:
        return dt.date(year, month, day).toordinal()
    except ValueError:
        return dt.date(max(1, min(year, 9999)), 1, 1).toordinal()


def time_axis(dates: list[str], most: int = 5) -> tuple[list[float], list[float], list[str]]:
    """x of each point in days from the first (dates in order), and up to ``most`` ticks
    at distinct dates. The chart's x was the point's index: two values of one day were
    a slope, and 2021-06 to 2022-09 as wide as a day, under repeated labels."""
    days = [_day(d) for d in dates]
    first = min(days)
    xs = [float(d - first) for d in days]
    seen: dict[float, str] = {}
    for x, d in zip(xs, dates, strict=True):
        seen.setdefault(x, d)
    distinct = sorted(seen)
    if len(distinct) > most:
        step = (len(distinct) - 1) / (most - 1)
        distinct = sorted({distinct[round(i * step)] for i in range(most)})
    return xs, distinct, [seen[x] for x in distinct]


class MetricsScreen(Screen[None]):
    DEFAULT_CSS = """
    MetricsScreen #metrics-list { width: 30%; min-width: 36; max-width: 64; }
    MetricsScreen #metrics-title { height: auto; max-height: 4; background: $panel; }
    MetricsScreen #metrics-chart { height: 1fr; min-height: 10; display: none; }
    MetricsScreen.-charted #metrics-chart { display: block; }
    MetricsScreen.-charted #metrics-empty { display: none; }
    MetricsScreen #metrics-empty { height: 1fr; min-height: 10; padding: 1 2; color: $text-muted; }
    MetricsScreen #metrics-table { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="metrics.close"),
        Binding("x", "export", "Export CSV", id="metrics.export"),
        Binding("question_mark,f1", "help", "Help", id="help"),
    ]

    def action_help(self) -> None:
        from .help import view_help

        lang = self.language
        extra = [("↑ ↓", tr("help.metrics.choose", lang)), ("⏎", tr("help.metrics.chart", lang))]
        view_help(self, tr("help.view.metrics", lang), self.BINDINGS, extra)

    def __init__(
        self,
        library,
        briefings,
        export_dir: Path,
        language: str = "en",
        in_script: Callable[[str, Briefing | None, str], str] | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        # metric names, figures, sources and titles in the script the list shows (the CSV
        # export stays the normalized text, as the CLI's): in the Traditional view this
        # view spoke Simplified (new user s45)
        self.in_script = in_script or (lambda key, b, text: text)
        self.briefings = briefings
        self.export_dir = export_dir
        self.language = language
        self.metric: str | None = None
        self.series: list[FigureRow] = []
        self._shown_counts: list[tuple[str, int, int]] = []
        self._prompt_room = 0

    def compose(self) -> ComposeResult:
        # a status bar: its message line says where x wrote the CSV (a toast lost Chinese
        # characters over the panes' edges, Textualize/textual#6357)
        yield StatusBar(id="metrics-title")
        with Horizontal():
            yield OptionList(id="metrics-list")
            with Vertical():
                # until a metric with dated values is chosen, a sentence says what goes
                # here (the view opened on an empty chart box: tester s13)
                yield Static(Text(tr("metrics.choose", self.language)), id="metrics-empty")
                yield PlotextPlot(id="metrics-chart")
                yield DataTable(id="metrics-table", cursor_type="row", zebra_stripes=True)

    def _title(self, text: str) -> None:
        self.query_one(StatusBar).show(title="", parts=[text])

    @while_alive
    def on_mount(self) -> None:
        relabel_bindings(self, self.language)  # the footer's keys in the UI language
        self._title(tr("metrics.heading", self.language))
        table = self.query_one(DataTable)
        table.add_columns(*(tr(f"figcol.{k}", self.language) for k in ("date", "text", "en", "source", "title")))
        self.query_one(OptionList).focus()
        self.load_counts()

    @work(thread=True, exclusive=True, group="metrics", description="metric counts")
    def load_counts(self) -> None:
        worker = get_current_worker()
        try:  # without the index every file is read again: the app's quit stops it at the next
            counts = metric_counts(self.library, self.briefings, stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        to_ui(self, self._counts, counts[:MAX_METRICS], len(counts))

    def _prompts(self, counts: list[tuple[str, int, int]]) -> list[Option]:
        """One line per metric, its counts always shown: a name longer than the list is
        cut (…), not the counts (at 80 columns a long name wrapped and a longer one hid
        them). Figures, then briefings: the order of `briefreader metrics` (tester s20 U5)."""
        options = self.query_one(OptionList)
        room = max(8, options.scrollable_content_region.width - 2)  # the scroll bar's room kept
        self._prompt_room = room
        prompts = []
        for m, n, d in counts:
            count = f"  {n}·{d}"
            name = one_line(self.in_script("text", None, m))
            prompts.append(Option(Text(crop_cells(name, room - cell_len(count)) + count), id=m))
        return prompts

    @while_alive
    def on_resize(self) -> None:
        self.call_after_refresh(self._refit)  # once the list has its new width

    @while_alive
    def _refit(self) -> None:
        options = self.query_one(OptionList)
        if self._shown_counts and options.scrollable_content_region.width - 2 != self._prompt_room:
            highlighted = options.highlighted
            options.clear_options()
            options.add_options(self._prompts(self._shown_counts))
            options.highlighted = highlighted

    def _counts(self, counts: list[tuple[str, int, int]], total: int | None = None) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        self._shown_counts = counts
        options.add_options(self._prompts(counts))
        total = len(counts) if total is None else total
        if total > len(counts):  # the list stops at MAX_METRICS: say so (it said "2000" of 3,123)
            self._title(tr("metrics.title_cut", self.language, count=f"{len(counts):,}", total=f"{total:,}"))
        else:
            self._title(tr("metrics.title", self.language, count=len(counts)))
        if counts:
            options.highlighted = 0
        else:
            self.query_one("#metrics-empty", Static).update(Text(tr("metrics.none", self.language)))

    @on(OptionList.OptionSelected, "#metrics-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.show_metric(event.option.id)

    @work(thread=True, exclusive=True, group="metric", description="metric series")
    def show_metric(self, metric: str) -> None:
        worker = get_current_worker()
        try:
            rows = metric_series(self.library, metric, self.briefings, stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        to_ui(self, self._series, metric, rows)

    def _series(self, metric: str, rows: list[FigureRow]) -> None:
        self.metric, self.series = metric, rows
        points = chart_points(rows)
        plot = self.query_one(PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        unit = points[0][2] if points else ""
        top = max((abs(p[1]) for p in points), default=0.0)
        scale, word = (1e8, "亿 ") if top >= 1e8 else (1e4, "万 ") if top >= 1e4 else (1.0, "")
        label = f"{word}{unit}".strip()
        name = one_line(self.in_script("text", None, metric))
        plt.title(f"{name} ({one_line(label)})" if label else name)
        if points:
            xs, ticks, labels = time_axis([p[0] for p in points])
            plt.plot(xs, [p[1] / scale for p in points], marker="braille")
            plt.xticks(ticks, labels)
        plot.refresh()
        self.set_class(bool(points), "-charted")
        if not points:  # no value with a date: say so, not an empty box
            self.query_one("#metrics-empty", Static).update(
                Text(tr("metrics.no_points", self.language, metric=name, rows=len(rows)))
            )
        table = self.query_one(DataTable)
        table.clear()
        by_id = getattr(self.library, "by_id", {})
        for r in rows:
            b = by_id.get(r.id)
            shown = (self.in_script("text", b, r.text), self.in_script("source", b, r.source or ""))
            table.add_row(
                *(
                    Text(one_line(x))
                    for x in (r.date or "", shown[0], r.en, shown[1], self.in_script("title", b, r.title))
                )
            )
        self._title(
            tr(
                "metrics.series",
                self.language,
                metric=name,
                rows=len(rows),
                points=len(points),
                unit=one_line(unit),
            )
        )

    def export_path(self) -> Path:
        safe = "".join(c for c in (self.metric or "metric") if c.isalnum())[:40] or "metric"
        return self.export_dir / f"metric-{safe}.csv"

    def action_export(self) -> None:
        if self.metric is None:
            self.notify(tr("metrics.choose_first", self.language), severity="warning")
            return
        from ...export import write_export
        from ...notes import NotesError

        try:
            written = write_export(self.export_path(), series_csv(self.metric, self.series), ours="metric,")
        except (NotesError, OSError) as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False)  # "[library] export" is text
            return
        self.notify(
            tr("metrics.exported", self.language, rows=len(self.series), path=one_line(str(written))),
            markup=False,
            timeout=8,
        )

    def action_close(self) -> None:
        self.dismiss(None)


def open_metrics_view(main) -> None:
    """``M`` on the main screen: the metrics of what the list shows."""
    library = main.brapp.library
    if library is None:
        return
    export_dir = Path(main.brapp.config.export).expanduser().parent
    # main.shown, not list(): 1,000,000 entries
    main.app.push_screen(MetricsScreen(library, main.shown, export_dir, main.language, main.in_script))
