"""The article in the middle: title, meta line, one widget per block of text.

A widget per block lets a figure's sentence or a search hit be highlighted and scrolled
to with ``scroll_to_center``. The blocks come from ``views.text_blocks`` (a paragraph,
or a piece of at most 2,000 characters of a longer one) and are laid out a window at a
time (``views.windows``: at most ~16,000 characters): an 8 MB article costs what a
long one does, and its Traditional form is converted a window at a time. Moving past
a window's end (j, space, G, a hit, a figure) shows the next one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Literal

from rich.text import Text
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Static

from ...model import Briefing, Figure
from ...views import (  # noqa: F401  (Located and locate_figure re-exported for older callers)
    Block,
    Located,
    block_at,
    find_hits,
    hit_pattern,
    locate_figure,
    paragraph_starts,
    text_blocks,
    windows,
)
from ..bindings import scroll_bindings
from ..i18n import problem_text, tr
from ..text import one_line, plain, presented_offset, safe_text, text_presentation, wrap_text

Mode = Literal["hans", "hant", "original"]
COPY_LIMIT = 100_000  # characters: a paragraph copied to the clipboard (OSC 52 is one escape sequence)


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


class MetaLine(Widget):
    """The article's meta line (date, outlet, authors) with the script badge, which is kept whole: where the rest of
    the badge's line is too narrow for it, the badge starts a line of its own rather than being broken inside
    ("Simplified · source" / "Traditional" at 80 columns: newuser s46 N8). Otherwise wrapped as a Static is."""

    DEFAULT_CSS = "MetaLine { height: auto; }"

    def __init__(
        self, head: Text, badge: Text, tail: Text, note: Text | None = None, *, classes: str | None = None
    ) -> None:
        super().__init__(classes=classes)
        self._head, self._badge, self._tail = head, badge, tail  # tail: the part and the problems after the badge
        self._note = note  # said after the head only where the line keeps it and the badge on one row
        self._cache: tuple[int, Text] | None = None

    def _laid(self, width: int) -> Text:
        if self._cache is None or self._cache[0] != width:
            head, badge, note = self._head, self._badge, self._note
            if note is not None and note.plain and head.cell_len + 3 + note.cell_len + badge.cell_len <= width:
                # "no headline" where the row has room for it; at 80 columns it wrapped the meta line onto a second
                # row (new user s48 U10), where the dimmed title and the help say it
                head = head.copy()
                head.rstrip()
                head.append(" · ")
                head.append_text(note)
                head.append("  ")
            last = Content.from_rich_text(head).wrap(width)[-1].cell_length if width > 0 and head.plain else 0
            if badge.cell_len <= width < last + badge.cell_len:
                head = head.copy()
                head.rstrip()
                head.append("\n")
                # (its leading blank as a wrapped line's start loses it, as the line always looked when it wrapped)
                badge = Text(badge.plain.lstrip(" "), style=badge.style)
            self._cache = (width, head + badge + self._tail)
        return self._cache[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not width:
            return 0
        return sum(len(Content.from_rich_text(line).wrap(width)) for line in self._laid(width).split("\n"))

    def render(self) -> Text:
        return self._laid(self.size.width)


class ArticleView(VerticalScroll, can_focus=True):
    """The normalized article (Simplified or Traditional) or the original text."""

    COMPONENT_CLASSES = {
        "article--sentence",
        "article--figure",
        "article--badge",
        "article--hit",
        "article--hit-current",
    }

    # Our own scroll actions: line moves add to the scroll *target* without animation,
    # so ten j in one burst scroll ten lines (an animated scroll restarted each time).
    BINDINGS = [
        *scroll_bindings(
            "article",
            {"down": "line(1)", "up": "line(-1)", "page_down": "page(1)", "page_up": "page(-1)"}
            | {"first": "top", "last": "bottom"},
            names={"first": "top", "last": "bottom"},
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        self.mode: Mode = "hans"
        self.language = "en"
        self.convert: Callable[[str], str] = lambda s: s  # Simplified -> the shown script
        self.script_label = ""  # the header's "source … / shown …" badge, from the screen
        self.placeholder = ""
        self._source = ""  # what the blocks cut: the normalized text or the original
        self._blocks: list[Block] = []
        self._starts: list[int] = []
        self._windows: list[range] = []
        self.window = 0
        self._shown: dict[int, str] = {}  # block index -> its text as displayed (converted)
        self._widgets: dict[int, Paragraph] = {}  # block index -> widget (this window)
        self._highlighted: int | None = None  # a block with a figure highlighted
        self._pattern: re.Pattern[str] | None = None
        self._words: tuple[str, ...] = ()
        self.hits: list[tuple[int, int]] = []  # offsets in the source text
        self.current_hit: int | None = None

    # ----- showing ------------------------------------------------------------------

    def show(
        self,
        briefing: Briefing | None,
        *,
        mode: Mode,
        language: str,
        convert: Callable[[str], str] | None = None,
        script_label: str = "",
        placeholder: str = "",
    ) -> None:
        """Render ``briefing``; keeps the window and scroll position when only the
        mode changed (and the cut of the text did not)."""
        same = briefing is not None and self.briefing is not None and briefing.id == self.briefing.id
        same_cut = same and (mode == "original") == (self.mode == "original") and self.briefing is briefing
        self.briefing, self.mode, self.language = briefing, mode, language
        self.convert = convert or (lambda s: s)
        self.script_label = script_label
        self.placeholder = placeholder  # shown instead of a body not read yet
        self._highlighted = None
        self._shown = {}
        if not same_cut:
            self._cut(briefing)
            self.window = 0
            self.current_hit = None
        self._find_hits()
        self._render_window(keep_scroll=same)

    def _cut(self, briefing: Briefing | None) -> None:
        if briefing is None:
            self._source = ""
        elif self.mode == "original":
            from ...ingest import original_view  # the pipeline loads when first needed, not at start

            # Briefings from the index cache do not carry their source: re-read it.
            self._source = safe_text(original_view(briefing))
        else:
            self._source = briefing.text
        self._blocks = text_blocks(self._source, blank_lines=self.mode == "original")
        self._starts = [b.start for b in self._blocks]
        self._windows = windows(self._blocks)

    def _render_window(self, *, keep_scroll: bool = False, then: Callable[[], None] | None = None) -> None:
        briefing, language = self.briefing, self.language
        with self.app.batch_update():
            self.remove_children()
            self._widgets = {}
            if briefing is None:
                self.mount(Static(self.placeholder or tr("article.empty", language), classes="article-empty"))
                return
            parts: list[Widget] = [
                # a title made from the lead (no headline in the source) is dimmed, and the meta line says so
                Paragraph(
                    self._title(briefing),
                    classes="article-title -generated" if briefing.title_generated else "article-title",
                ),
                MetaLine(*self._meta(briefing), classes="article-meta"),
            ]
            total = len(self._windows)
            if self.window > 0:
                parts.append(
                    Static(
                        tr("article.part_before", language, part=self.window + 1, total=total), classes="article-part"
                    )
                )
            original = self.mode == "original"  # shown exactly as written: no CJK re-wrapping
            for i in self._windows[self.window] if self._blocks else ():
                widget = Paragraph(
                    self._block_text(i), cjk=not original, classes="para" if self._blocks[i].last else "para -cont"
                )
                self._widgets[i] = widget
                parts.append(widget)
            if not self._blocks:
                parts.append(
                    Static(self.placeholder or "—", classes="para article-empty" if self.placeholder else "para")
                )
            if self.window < total - 1:
                parts.append(
                    Static(
                        tr("article.part_after", language, part=self.window + 2, total=total), classes="article-part"
                    )
                )
            self.mount_all(parts)
        if then is not None:
            self.call_after_refresh(then)
        elif not keep_scroll:
            self.scroll_home(animate=False, immediate=True)

    def _shown_text(self, i: int) -> str:
        text = self._shown.get(i)
        if text is None:
            block = self._blocks[i]
            raw = self._source[block.start : block.end]
            text = self._shown[i] = raw if self.mode == "original" else self.convert(raw)
        return text

    def _block_text(self, i: int) -> Text:
        """Block ``i`` as displayed, search hits highlighted (the current one apart)."""
        text = plain(self._shown_text(i))
        if self._pattern is not None:
            current = self._current_in_block(i)
            hit_style = self.get_component_rich_style("article--hit", partial=True)
            current_style = self.get_component_rich_style("article--hit-current", partial=True)
            for n, (start, end) in enumerate(find_hits(text.plain, self._pattern)):
                text.stylize(current_style if n == current else hit_style, start, end)
        return text

    def _title(self, b: Briefing) -> Text:
        if self.mode != "original":
            title = self.convert(b.title)
        elif b.script == "hant":  # as the source writes it, over its original text (tester s20 U2:
            title = b.written_title() or self.convert(b.title)  # it was Simplified there)
        else:
            title = b.title
        return plain(one_line(title) or "—")

    def _meta(self, b: Briefing) -> tuple[Text, Text, Text, Text]:
        """The meta line's parts for MetaLine: date, outlet and authors; the badge; what follows it; the note that a
        title was made from the text (no headline), said where it fits."""
        lang = self.language
        parts = [b.date_iso or tr("list.undated", lang)]
        if b.source:
            parts.append(one_line(self.convert(b.source)))
        if b.authors:
            parts.append("、".join(one_line(self.convert(a)) for a in b.authors))
        note = Text(tr("article.title_generated", lang) if b.title_generated else "")
        head = Text(" · ".join(parts) + "  ")
        badge = Text(f" {self.script_label} ", self.get_component_rich_style("article--badge", partial=True))
        tail = Text()
        if len(self._windows) > 1:
            tail.append("  " + tr("article.part", lang, part=self.window + 1, total=len(self._windows)))
        if b.problems:
            problems = "; ".join(one_line(problem_text(p.kind, p.message, lang)[1]) for p in b.problems)
            tail.append("\n" + tr("article.problems", lang, problems=problems))
        return head, badge, tail, note

    # ----- moving -------------------------------------------------------------------

    @property
    def windows_count(self) -> int:
        return len(self._windows)

    def _go_window(self, window: int, then: Callable[[], None] | None = None) -> None:
        self.window = max(0, min(window, len(self._windows) - 1))
        self._highlighted = None
        self._render_window(then=then)

    def action_line(self, step: int) -> None:
        if not self._step_window(step):
            self.scroll_to(y=self.scroll_target_y + step, animate=False, immediate=True)

    def action_page(self, step: int) -> None:
        if not self._step_window(step):
            page = max(1, self.scrollable_content_region.height - 1)  # a line of context stays
            self.scroll_to(y=self.scroll_target_y + step * page, animate=False, immediate=True)

    def _step_window(self, step: int) -> bool:
        """At the end (start) of a window, going on shows the next (previous) one."""
        if step > 0 and self.window < len(self._windows) - 1 and self.scroll_target_y >= self.max_scroll_y:
            self._go_window(self.window + 1)
            return True
        if step < 0 and self.window > 0 and self.scroll_target_y <= 0:
            self._go_window(self.window - 1, then=lambda: self.scroll_end(animate=False, immediate=True))
            return True
        return False

    def action_top(self) -> None:
        if self.window:
            self._go_window(0)
        else:
            self.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        if self.window < len(self._windows) - 1:
            self._go_window(len(self._windows) - 1, then=lambda: self.scroll_end(animate=False, immediate=True))
        else:
            self.scroll_end(animate=False, immediate=True)

    def _show_block(self, i: int, after: Callable[[], None] | None = None) -> None:
        """Make block ``i``'s window the shown one, then scroll it to the middle."""
        window = next((w for w, r in enumerate(self._windows) if i in r), 0)

        def centre() -> None:
            if after is not None:
                after()
            widget = self._widgets.get(i)
            if widget is not None:
                self.call_after_refresh(self.scroll_to_center, widget, animate=False)

        if window != self.window:
            self._go_window(window, then=centre)
        else:
            centre()

    # ----- search hits --------------------------------------------------------------

    def set_words(self, words: tuple[str, ...] | list[str]) -> None:
        """Highlight ``words`` (folded, Simplified: the query's or the find prompt's)."""
        words = tuple(words)
        if words == self._words:
            return
        self._words = words
        self.current_hit = None
        self._find_hits()
        for i, widget in self._widgets.items():
            if i != self._highlighted:
                widget.set_text(self._block_text(i))

    def _find_hits(self) -> None:
        self._pattern = hit_pattern(self._words, self.convert if self.mode == "hant" else None)
        self.hits = find_hits(self._source, self._pattern) if self.briefing is not None else []

    def _current_in_block(self, i: int) -> int | None:
        """Which hit of block ``i`` (counting from 0) is the current one."""
        if self.current_hit is None or not self.hits:
            return None
        start = self.hits[self.current_hit][0]
        if block_at(self._blocks, start) != i:
            return None
        block = self._blocks[i]
        return self.current_hit - bisect_left(self.hits, (block.start, -1))

    def next_hit(self, step: int) -> bool:
        """Go to the next (``step`` 1) or previous (-1) hit after the current one (or
        after what is in view); False when there is none."""
        if not self.hits:
            return False
        if self.current_hit is None:
            anchor = self._first_visible_offset()
            at = bisect_left(self.hits, (anchor, -1))
            index = at if step > 0 else at - 1
        else:
            index = self.current_hit + step
        index %= len(self.hits)  # wraps round, as less and vim do
        old = self.current_hit
        self.current_hit = index
        block = block_at(self._blocks, self.hits[index][0])
        if block is None:
            return False
        for i in {block_at(self._blocks, self.hits[old][0]) if old is not None else None, block}:
            if i is not None and i in self._widgets:
                self._widgets[i].set_text(self._block_text(i))
        self._show_block(
            block, after=lambda: block in self._widgets and self._widgets[block].set_text(self._block_text(block))
        )
        return True

    def _first_visible_offset(self) -> int:
        top = self.scroll_y
        for i, widget in self._widgets.items():
            if widget.virtual_region.bottom > top:
                return self._blocks[i].start
        return 0

    # ----- figures ------------------------------------------------------------------

    def highlight_figure(self, figure: Figure) -> bool:
        """Highlight the figure's sentence and scroll it into the middle of the view."""
        if self.briefing is None or self.mode == "original":
            return False
        located = locate_figure(self.briefing.text, figure)
        if located is None:
            return False
        start = located.paragraph_start
        i = block_at(self._blocks, start + located.span[0])
        if i is None:
            return False

        def mark() -> None:
            self.clear_highlight()
            block = self._blocks[i]
            shown = self._shown_text(i)
            text = self._block_text(i)
            sentence = self.get_component_rich_style("article--sentence", partial=True)
            # A char-for-char conversion keeps the source's offsets; the U+FE0E the display
            # puts after an emoji of two presentations shifts them (review s22 R14).
            if len(shown) == block.end - block.start and text.plain == text_presentation(shown):

                def at(offset: int) -> int:
                    return presented_offset(shown, start + offset - block.start)

                text.stylize(sentence, at(located.sentence[0]), at(located.sentence[1]))
                text.stylize(
                    self.get_component_rich_style("article--figure", partial=True),
                    at(located.span[0]),
                    at(located.span[1]),
                )
            else:  # a conversion changed the length: highlight the whole block, robustly
                text.stylize(sentence)
            widget = self._widgets.get(i)
            if widget is not None:
                widget.set_text(text)
                self._highlighted = i

        self._show_block(i, after=mark)
        return True

    @property
    def highlighted_paragraph(self) -> int | None:
        return self._blocks[self._highlighted].paragraph if self._highlighted is not None else None

    def clear_highlight(self) -> None:
        if self._highlighted is not None and self._highlighted in self._widgets:
            self._widgets[self._highlighted].set_text(self._block_text(self._highlighted))
        self._highlighted = None

    # ----- reading out --------------------------------------------------------------

    @property
    def shown_text(self) -> str:
        """The blocks of the window in view, as displayed (for tests and copy)."""
        return "\n".join(self._shown_text(i) for i in (self._windows[self.window] if self._blocks else ()))

    def current_paragraph(self) -> str:
        """The paragraph to copy: the highlighted figure's or hit's, else the first in
        view; as displayed (the shown script), at most COPY_LIMIT characters."""
        if not self._blocks:
            return ""
        if self._highlighted is not None:
            i = self._highlighted
        elif self.current_hit is not None:
            i = block_at(self._blocks, self.hits[self.current_hit][0]) or 0
        else:
            i = block_at(self._blocks, self._first_visible_offset()) or 0
        paragraph = self._blocks[i].paragraph
        lo = bisect_left([b.paragraph for b in self._blocks], paragraph)
        hi = bisect_right([b.paragraph for b in self._blocks], paragraph)
        start, end = self._blocks[lo].start, self._blocks[hi - 1].end
        raw = self._source[start : min(end, start + COPY_LIMIT)]
        return raw if self.mode == "original" else self.convert(raw)
