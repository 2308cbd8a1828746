"""The side panel: key figures by kind, glossary terms, the briefing's notes."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...model import Briefing, Figure, Note
from ..i18n import LABELS, tr
from ..text import one_line, plain

KIND_ORDER = ("money", "percent", "area", "count", "quantity", "ratio", "year", "date")


class _NoWrap:
    """The widget's style rules, but one line cut with …"""

    def __init__(self, rules: Any) -> None:
        self.rules = rules

    def get(self, key: str, default: Any = None) -> Any:
        if key == "text_wrap":
            return "nowrap"
        if key == "text_overflow":
            return "ellipsis"
        return self.rules.get(key, default)


class OneLine(Visual):
    """Text kept on one line and cut with … at the option list's width (an OptionList wraps
    its prompts, and a Rich Text's own overflow is dropped on the way to a Content)."""

    def __init__(self, text: Text) -> None:
        self.content = Content.from_rich_text(text)

    def __str__(self) -> str:
        return self.content.plain

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        rules = cast(RulesMap, _NoWrap(options.rules))  # Content reads rules only by .get
        return self.content.render_strips(width, 1, style, dataclasses.replace(options, rules=rules))

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1


def currency_note(briefing: Briefing | None, figures: Sequence[Figure], language: str) -> str:
    """One line on how a bare 元 of ``briefing`` was read (issue 13), "" when it does not
    matter: no money figure rests on the region, or it is renminbi in a Simplified text
    (what every reader assumes). The region is detected as ingest and ``figures --json``
    do (~0.05 ms; ~10 ms for a 4 MB article, once per opening). The reason is untrusted text."""
    money = [f for f in figures if f.kind == "money"]
    if briefing is None or not money:
        return ""
    from ...figures import currency_basis, detect_region

    b = briefing
    region = detect_region(b.text, source=b.source, script=b.script, original=b.original, url=b.link or "")
    if region.currency == "CNY" and b.script != "hant":
        return ""
    # only the figures that can rest on the region are asked (fig.unit is its currency or
    # none); a figure whose unit disagrees was read otherwise and says nothing of the region
    candidates = (f for f in money if f.unit in (region.currency, ""))
    how = {(currency_basis(f, region) or {}).get("how") for f in candidates}
    reason = one_line(region.reason)
    if region.currency and "region" in how:
        return tr("side.currency_read", language, currency=region.currency, reason=reason)
    if not region.currency and "none" in how:
        return tr("side.currency_none", language, reason=reason)
    return ""


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

    def set_figures(
        self, figures: Sequence[Figure], language: str, convert: Callable[[str], str], currency: str = ""
    ) -> None:
        """``currency``: a line under the Money heading on how a bare 元 was read ("" for none)."""
        by_kind: dict[str, list[tuple[int, Figure]]] = defaultdict(list)
        for index, figure in enumerate(figures):
            by_kind[figure.kind].append((index, figure))
        kinds = [k for k in KIND_ORDER if k in by_kind] + sorted(k for k in by_kind if k not in KIND_ORDER)
        options: list[Option] = []
        self.figures = {}
        for kind in kinds:
            label = tr(f"kind.{kind}", language) if f"kind.{kind}" in LABELS else one_line(kind)
            options.append(Option(Text(label, style="bold"), disabled=True))
            if kind == "money" and currency:
                # one line, cut with … at the panel's width; Text, never markup (a source's name)
                # dim already: the list dims a disabled option (a second dim was barely legible)
                options.append(Option(OneLine(Text(one_line(convert(currency)))), disabled=True))
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

    _currency_key: tuple[object, ...] | None = None
    _currency = ""

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
        loading: bool = False,
        drafts: Sequence[str] = (),
    ) -> None:
        """``loading``: the briefing is a list entry not read yet, or there is none yet
        (the list is still arriving), so no figures means "not yet", not "none". With no
        briefing the panel states nothing about figures, notes or terms (tester s19 U12:
        "No figures found" before the first row; "press n" with nothing to note). ``drafts``: notes kept
        unsaved, shown after the notes and marked as drafts (tester s14 F7, s16 U5: a
        waiting draft was seen only on pressing n)."""
        self.query_one("#figures-heading", Static).update(tr("side.figures", language))
        self.query_one("#glossary-heading", Static).update(tr("side.glossary", language))
        self.query_one("#notes-heading", Static).update(tr("side.notes", language))
        self.query_one("#bookmark-state", Static).update(tr("side.bookmarked", language) if bookmarked else "")
        self.query_one("#bookmark-state").display = bookmarked
        figures = briefing.figures if briefing else []
        # Bounded: an 8 MB article has tens of thousands of figures; the first ones show.
        shown = figures[:figure_limit]
        key = (briefing.id, len(briefing.text), briefing.source, briefing.link, language) if briefing else None
        if key != self._currency_key:  # once per briefing: show() runs again on every note and bookmark
            self._currency_key, self._currency = key, currency_note(briefing, shown, language)
        self.query_one(FigureList).set_figures(shown, language, convert, self._currency)
        self.query_one(FigureList).display = bool(figures)
        empty = self.query_one("#figures-empty", Static)
        if loading:
            empty.update(tr("list.loading", language))
        else:
            empty.update(tr("side.no_figures", language) if briefing else "")
        empty.display = not figures
        self.query_one("#glossary", Static).update(self._glossary(terms, language, convert) if briefing else "")
        self.query_one("#notes", Static).update(self._notes(notes, language, drafts) if briefing else "")

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
    def _notes(notes: Sequence[Note], language: str, drafts: Sequence[str] = ()) -> Text:
        drafts = [d for d in drafts if d.strip()]
        if not notes and not drafts:
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
        for draft in drafts:
            if text:
                text.append("\n\n")
            text.append(tr("side.draft", language), "italic reverse")
            text.append("\n")
            text.append_text(plain(draft))
        return text

    @property
    def figure_list(self) -> FigureList:
        return self.query_one(FigureList)
