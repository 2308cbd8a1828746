"""The side panel: key figures by kind, glossary terms, the briefing's notes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...model import Briefing, Figure, Note
from ..i18n import LABELS, tr
from ..text import one_line, plain

KIND_ORDER = ("money", "percent", "area", "count", "ratio", "year", "date")


class FigureList(OptionList):
    """Figures as options; kind headings are disabled options the cursor skips."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next figure", show=False, id="figures.down"),
        Binding("k,up", "cursor_up", "Previous figure", show=False, id="figures.up"),
        Binding("enter", "select", "Go to sentence", id="figures.jump"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figures: dict[str, Figure] = {}  # option id -> figure

    def set_figures(self, figures: Sequence[Figure], language: str, convert: Callable[[str], str]) -> None:
        by_kind: dict[str, list[tuple[int, Figure]]] = defaultdict(list)
        for index, figure in enumerate(figures):
            by_kind[figure.kind].append((index, figure))
        kinds = [k for k in KIND_ORDER if k in by_kind] + sorted(k for k in by_kind if k not in KIND_ORDER)
        options: list[Option] = []
        self.figures = {}
        for kind in kinds:
            label = tr(f"kind.{kind}", language) if f"kind.{kind}" in LABELS else one_line(kind)
            options.append(Option(Text(label, style="bold"), disabled=True))
            for index, figure in by_kind[kind]:
                option_id = f"fig-{index}"
                self.figures[option_id] = figure
                prompt = Text.assemble(
                    (one_line(convert(figure.text)), "bold"),
                    "\n",
                    (one_line(figure.en) or "—", "italic"),
                )
                options.append(Option(prompt, id=option_id))
        self.clear_options()
        self.add_options(options)
        if self.figures:
            self.highlighted = next(i for i, o in enumerate(options) if not o.disabled)

    @property
    def highlighted_figure(self) -> Figure | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self.figures.get(option.id or "")


class SidePanel(VerticalScroll, can_focus=False):
    """Figures, glossary and notes of the current briefing (all content is plain text)."""

    def compose(self) -> ComposeResult:
        yield Static(id="bookmark-state", classes="side-state")
        yield Static(classes="side-heading", id="figures-heading")
        yield FigureList(id="figures")
        yield Static(id="figures-empty", classes="side-empty")
        # Notes before the glossary: they are the reader's own, and short.
        yield Static(classes="side-heading", id="notes-heading")
        yield Static(id="notes")
        yield Static(classes="side-heading", id="glossary-heading")
        yield Static(id="glossary")

    def show(
        self,
        briefing: Briefing | None,
        *,
        language: str,
        convert: Callable[[str], str],
        terms: Sequence[tuple[str, str]],
        notes: Sequence[Note],
        bookmarked: bool,
        figure_limit: int = 300,
    ) -> None:
        self.query_one("#figures-heading", Static).update(tr("side.figures", language))
        self.query_one("#glossary-heading", Static).update(tr("side.glossary", language))
        self.query_one("#notes-heading", Static).update(tr("side.notes", language))
        self.query_one("#bookmark-state", Static).update(tr("side.bookmarked", language) if bookmarked else "")
        self.query_one("#bookmark-state").display = bookmarked
        figures = briefing.figures if briefing else []
        # Bounded: an 8 MB article has tens of thousands of figures; the first ones show.
        self.query_one(FigureList).set_figures(figures[:figure_limit], language, convert)
        self.query_one(FigureList).display = bool(figures)
        empty = self.query_one("#figures-empty", Static)
        empty.update(tr("side.no_figures", language))
        empty.display = not figures
        self.query_one("#glossary", Static).update(self._glossary(terms, language, convert))
        self.query_one("#notes", Static).update(self._notes(notes, language))

    @staticmethod
    def _glossary(terms: Sequence[tuple[str, str]], language: str, convert: Callable[[str], str]) -> Text:
        if not terms:
            return Text(tr("side.no_glossary", language), style="dim")
        text = Text()
        for term, english in terms:
            if text:
                text.append("\n")
            text.append(one_line(convert(term)), "bold")
            text.append("\n  " + one_line(english), "italic")
        return text

    @staticmethod
    def _notes(notes: Sequence[Note], language: str) -> Text:
        if not notes:
            return Text(tr("side.no_notes", language), style="dim")
        text = Text()
        for note in notes:
            if text:
                text.append("\n\n")
            text.append(note.created.strftime("%Y-%m-%d %H:%M"), "dim")
            if note.figure:
                text.append("  ")
                text.append(one_line(note.figure), "bold")
                if note.figure_en:
                    text.append(f" ({one_line(note.figure_en)})", "italic")
            text.append("\n")
            text.append_text(plain(note.text))
        return text

    @property
    def figure_list(self) -> FigureList:
        return self.query_one(FigureList)
