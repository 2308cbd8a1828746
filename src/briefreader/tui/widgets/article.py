"""The article in the middle: title, meta line, one widget per paragraph.

A widget per paragraph (an article has tens, not thousands) lets a figure's sentence be
highlighted and scrolled to with ``scroll_to_center``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Static

from ...hanzi import to_traditional  # OpenCC itself loads on first use
from ...model import Briefing, Figure
from ..i18n import tr
from ..text import one_line, plain, safe_text, wrap_text

Mode = Literal["hans", "hant", "original"]
_SENTENCE_END = "。！？；!?;"


def paragraph_starts(text: str) -> list[tuple[int, str]]:
    """``(offset in text, paragraph)`` for each non-empty line, matching ``Briefing.paragraphs``."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line:
            out.append((offset, line))
        offset += len(line) + 1
    return out


@dataclass(frozen=True, slots=True)
class Located:
    """Where a figure sits: its paragraph, its sentence and its own span (paragraph offsets)."""

    paragraph: int
    sentence: tuple[int, int]
    span: tuple[int, int]


def locate_figure(text: str, figure: Figure) -> Located | None:
    for index, (start, para) in enumerate(paragraph_starts(text)):
        if start <= figure.start < start + len(para):
            lo = figure.start - start
            hi = min(len(para), max(lo, figure.end - start))
            return Located(index, _sentence_around(para, lo, hi, figure.sentence), (lo, hi))
    return None


def _sentence_around(para: str, lo: int, hi: int, sentence: str) -> tuple[int, int]:
    """The figure's sentence: ``Figure.sentence`` if it is found around the span, else
    the text between the nearest sentence ends."""
    if sentence:
        for m in re.finditer(re.escape(sentence), para):
            if m.start() <= lo and hi <= m.end():
                return m.start(), m.end()
    start = max((para.rfind(c, 0, lo) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (para.find(c, hi) for c in _SENTENCE_END) if i >= 0]
    end = min(ends) + 1 if ends else len(para)
    return start, end


class Paragraph(Widget):
    """A block of plain text wrapped for CJK at whatever width layout gives it.

    Wrapping happens at render time, so the width is always the real one (scrollbars,
    resizes) and the text is never wrapped twice.
    """

    DEFAULT_CSS = "Paragraph { height: auto; }"

    def __init__(self, text: Text, *, cjk: bool = True, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self._text = text
        self._cjk = cjk
        self._cache: tuple[int, Text] | None = None

    def set_text(self, text: Text) -> None:
        self._text, self._cache = text, None
        self.refresh(layout=True)

    @property
    def plain(self) -> str:
        return self._text.plain

    def _wrapped(self, width: int) -> Text:
        if self._cache is None or self._cache[0] != width:
            text = wrap_text(self._text, width) if self._cjk else self._text
            self._cache = (width, text)
        return self._cache[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not self._cjk:
            return super().get_content_height(container, viewport, width)
        return self._wrapped(width).plain.count("\n") + 1

    def render(self) -> Text:
        return self._wrapped(self.size.width)


class ArticleView(VerticalScroll, can_focus=True):
    """The normalized article (Simplified or Traditional) or the original text."""

    COMPONENT_CLASSES = {"article--sentence", "article--figure", "article--badge"}

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="article.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="article.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        self.mode: Mode = "hans"
        self.language = "en"
        self._paragraphs: list[str] = []  # as displayed (already converted)
        self._widgets: list[Paragraph] = []
        self._highlighted: int | None = None

    def show(self, briefing: Briefing | None, *, mode: Mode, language: str) -> None:
        """Render ``briefing``; keeps the scroll position when only the mode changed."""
        same = briefing is not None and self.briefing is not None and briefing.id == self.briefing.id
        self.briefing, self.mode, self.language = briefing, mode, language
        self._highlighted = None
        with self.app.batch_update():
            self.remove_children()
            self._widgets = []
            if briefing is None:
                self.mount(Static(tr("article.empty", language), classes="article-empty"))
                return
            self.mount(Paragraph(self._title(briefing), classes="article-title"))
            self.mount(Static(self._meta(briefing), classes="article-meta"))
            self._paragraphs = self._body(briefing)
            original = mode == "original"  # shown exactly as written: no CJK re-wrapping
            self._widgets = [Paragraph(plain(p), cjk=not original, classes="para") for p in self._paragraphs]
            self.mount_all(self._widgets)
        if not same:
            self.scroll_home(animate=False, immediate=True)

    def _convert(self, text: str) -> str:
        return to_traditional(text) if self.mode == "hant" else text

    def _title(self, b: Briefing) -> Text:
        return plain(one_line(self._convert(b.title)) or "—")

    def _meta(self, b: Briefing) -> Text:
        lang = self.language
        parts = [b.date_iso or "—"]
        if b.source:
            parts.append(one_line(self._convert(b.source)))
        if b.authors:
            parts.append("、".join(one_line(self._convert(a)) for a in b.authors))
        if b.script == "hant":  # worth saying only when the source differs from the default
            parts.append(tr("article.source_hant", lang))
        badge = {"hans": "article.simplified", "hant": "article.traditional", "original": "article.original"}[self.mode]
        text = Text(" · ".join(parts) + "  ")
        text.append(f" {tr(badge, lang)} ", self.get_component_rich_style("article--badge", partial=True))
        if b.problems:
            problems = "; ".join(one_line(p.message) for p in b.problems)
            text.append("\n" + tr("article.problems", lang, problems=problems))
        return text

    def _body(self, b: Briefing) -> list[str]:
        if self.mode == "original":
            from ...ingest import original_text  # the pipeline loads when first needed, not at start

            # Briefings from the index cache do not carry their source: re-read it.
            source = safe_text(original_text(b))
            blocks = re.split(r"\n\s*\n", source.strip("\n"))
            return [blk for blk in blocks if blk.strip()] or ["—"]
        # Convert paragraph by paragraph so figure offsets map onto the same paragraph.
        return [self._convert(p) for _, p in paragraph_starts(b.text)]

    # ----- figures ------------------------------------------------------------------

    def highlight_figure(self, figure: Figure) -> bool:
        """Highlight the figure's sentence and scroll it into the middle of the view."""
        if self.briefing is None or self.mode == "original":
            return False
        located = locate_figure(self.briefing.text, figure)
        if located is None or located.paragraph >= len(self._widgets):
            return False
        self.clear_highlight()
        shown = self._paragraphs[located.paragraph]
        text = plain(shown)
        simplified = paragraph_starts(self.briefing.text)[located.paragraph][1]
        if len(shown) == len(simplified):  # s2t is char-for-char here: offsets carry over
            text.stylize(self.get_component_rich_style("article--sentence", partial=True), *located.sentence)
            text.stylize(self.get_component_rich_style("article--figure", partial=True), *located.span)
        else:  # a conversion changed the length: highlight the whole paragraph, robustly
            text.stylize(self.get_component_rich_style("article--sentence", partial=True))
        widget = self._widgets[located.paragraph]
        widget.set_text(text)
        self._highlighted = located.paragraph
        self.call_after_refresh(self.scroll_to_center, widget, animate=False)
        return True

    @property
    def highlighted_paragraph(self) -> int | None:
        return self._highlighted

    def clear_highlight(self) -> None:
        if self._highlighted is not None and self._highlighted < len(self._widgets):
            self._widgets[self._highlighted].set_text(plain(self._paragraphs[self._highlighted]))
        self._highlighted = None

    @property
    def shown_text(self) -> str:
        """The paragraphs as displayed (for tests and copy)."""
        return "\n".join(self._paragraphs)
