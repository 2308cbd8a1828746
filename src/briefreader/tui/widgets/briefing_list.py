"""The briefing list: a line-API widget that stays fast at 100,000 briefings.

Rows are plain data (a heading or a briefing); only the lines in view are rendered, so
filtering or regrouping swaps a Python list and never builds a widget per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...model import Briefing
from ...views import (  # noqa: F401  (re-exported: the list's data lives in the core)
    HEADING_HEIGHT,
    ITEM_HEIGHT,
    Group,
    Layout,
    ListRow,
    Rows,
    rows_by_date,
    rows_by_topic,
)
from ..bindings import scroll_bindings
from ..settle import after_filter
from ..text import crop_apart, crop_cells, one_line

# The rows, groups and their layout are plain data in the core (views.py), shared
# with the CLI and tests; ``Row`` is kept as the list's name for a row.
Row = ListRow
# A title cut in the list is told apart from this many briefings' titles above it and below it
# (crop_apart): a notice's series (one issuer, one year) is listed together, by date or topic.
NEIGHBOURS = 3
TITLES_KEPT = 4096  # titles kept as shown (BriefingList._title), a few screens' worth many times over


TOPIC_MARK = "#"  # before a topic chip in a row: a tag, as #话题 is one


@dataclass(slots=True)
class RowFormat:
    """How to show a briefing: supplied by the screen so the list knows no state."""

    title: Callable[[Briefing], str] = lambda b: b.title
    source: Callable[[Briefing], str] = lambda b: b.source
    topic_label: Callable[[str], str] = lambda t: t
    is_bookmarked: Callable[[str], bool] = lambda _id: False
    has_note: Callable[[str], bool] = lambda _id: False
    is_unread: Callable[[Briefing], bool] = lambda _b: False  # read state (tui/reading.py)
    empty_text: str = "No briefings match."
    versions: Callable[[int], str] = lambda n: f"{n} versions"  # a story's row (issue 17)
    versions_short: Callable[[int], str] = lambda n: f"×{n}"  # the same where the words leave no room for the date
    undated: str = "Undated"  # a row's date when the briefing has none (worded, not a dash)


class BriefingList(ScrollView, can_focus=True):
    """Briefings with month or topic headings; a cursor that skips headings."""

    COMPONENT_CLASSES = {
        "briefing-list--heading",
        "briefing-list--title",
        "briefing-list--title-generated",
        "briefing-list--meta",
        "briefing-list--chip",
        "briefing-list--mark",
        "briefing-list--cursor",
        "briefing-list--cursor-blurred",
        "briefing-list--empty",
    }

    BINDINGS = [
        *scroll_bindings(
            "list",
            {"down": "cursor_down", "up": "cursor_up", "page_down": "page_down", "page_up": "page_up"}
            | {"first": "first", "last": "last"},
        ),
        Binding("enter", "open", "Open", id="list.open"),
        # The same keys fold a story's versions into its row (issue 17) when the cursor
        # is on a story, and a group otherwise.
        Binding("h,left", "fold", "Fold group", show=False, id="list.fold"),
        Binding("l,right", "unfold", "Unfold group", show=False, id="list.unfold"),
    ]

    cursor: reactive[int] = reactive(-1, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved onto a briefing."""

        def __init__(self, briefing: Briefing) -> None:
            super().__init__()
            self.briefing = briefing

    class Fold(Message):
        """Fold (``fold``) or unfold a group, by its key."""

        def __init__(self, key: str, fold: bool) -> None:
            super().__init__()
            self.key = key
            self.fold = fold

    class Story(Message):
        """List (``expand``) or fold the other versions of the story whose row shows
        ``briefing``."""

        def __init__(self, briefing: Briefing, expand: bool) -> None:
            super().__init__()
            self.briefing = briefing
            self.expand = expand

    class EmptyChosen(Message):
        """``enter`` on the list with no row: what the empty list offers (an outlet's briefings), if anything."""

    class Selected(Message):
        """``enter`` (or a second click) on a briefing: open it."""

        def __init__(self, briefing: Briefing) -> None:
            super().__init__()
            self.briefing = briefing

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.rows = Rows()
        self.format = RowFormat()
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        # each row's title as shown, by briefing id, until the rows or their format change: a cut
        # title reads its neighbours' (crop_apart), and in the Traditional view each is a
        # conversion (~0.3 ms), which every cursor move (it re-renders the lines) did again
        self._titles: dict[str, str] = {}
        self.unannounced: Briefing | None = None  # highlighted, its message not yet handled
        # The reader moved the cursor or opened a row: while rows arrive, "at the top" is then
        # their choice, not where nobody moved it (tester s25 T16: an Enter on the first row
        # was followed to each newer arrival)
        self.chosen = False

    # ----- data ---------------------------------------------------------------------

    def set_rows(self, rows: Rows, *, keep: Briefing | None = None) -> None:
        """Swap the rows; keep the cursor on briefing ``keep`` when it is still listed."""
        self.rows = rows
        self._cache.clear()
        self._titles.clear()
        self._set_lines(rows.total_lines)
        target = rows.index_of(keep) if keep is not None else None
        if target is None:
            target = self._next_item(0, +1)
        self.cursor = -1 if target is None else target
        self.refresh()

    def _set_lines(self, lines: int) -> None:
        """The scrollable height. Width 0: the rows are drawn to the view's width, never wider,
        so no horizontal scrollbar (self.size.width counts the vertical scrollbar's column).

        Once the list has a size, without a layout of the screen: virtual_size is a layout
        reactive, and a cold start's batches of rows (one every 0.1 s) laid the whole screen out
        each time (19-perf s25/s26: ~24 layouts of ~0.07 s before the first screenful at 100k).
        The list's own size never follows its rows (height 1fr, a stable gutter); the scrollbar's
        showing or not is a layout reactive of its own, which Textual's _scroll_update sets,
        as it does for a resize without layout (Widget._size_updated)."""
        size = Size(0, lines)
        if size == self.virtual_size:
            return
        if not self.size:
            self.virtual_size = size  # not laid out yet: the first layout takes it
            return
        self.set_reactive(BriefingList.virtual_size, size)
        self._scroll_update(size)

    def set_format(self, fmt: RowFormat) -> None:
        self.format = fmt
        self.redraw()

    def redraw(self) -> None:
        """Re-render (bookmarks, language or script changed); rows stay."""
        self._cache.clear()
        self._titles.clear()
        self.refresh()

    @property
    def highlighted(self) -> Briefing | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor].briefing
        return None

    @property
    def briefing_count(self) -> int:
        return self.rows.briefing_count

    def select(self, briefing: Briefing) -> bool:
        index = self.rows.index_of(briefing)
        if index is not None:
            self.cursor = index
        return index is not None

    def at_top(self) -> bool:
        """The cursor is on the first stop (or nowhere) and the reader has not chosen a
        row (:attr:`chosen`): where a reader who has not moved it is."""
        return not self.chosen and (self.cursor < 0 or self.cursor == self._next_item(0, +1))

    def _next_item(self, start: int, step: int) -> int | None:
        """The first cursor stop (a briefing, or a folded heading) at or after ``start``
        going in ``step`` direction."""
        i = start
        while 0 <= i < len(self.rows):
            row = self.rows[i]
            if row.briefing is not None or row.collapsed:
                return i
            i += step
        return None

    def _row_at_line(self, line: int) -> int | None:
        return self.rows.row_at_line(line)

    # ----- cursor -------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._cache.clear()  # cheap: only visible lines are re-rendered
        self.refresh()
        if new < 0:
            return
        self.scroll_to_cursor()
        briefing = self.rows[new].briefing
        if briefing is not None:
            self.unannounced = briefing  # until the screen has the message (b typed after j)
            self.post_message(self.Highlighted(briefing))

    def scroll_to_cursor(self) -> None:
        if not (0 <= self.cursor < len(self.rows)):
            return
        top = self.rows.start_line(self.cursor)
        # Show the group heading too when the cursor is the first item of its group.
        if self.cursor > 0 and self.rows[self.cursor - 1].briefing is None:
            top = self.rows.start_line(self.cursor - 1) + self.rows[self.cursor - 1].gap
        bottom = self.rows.start_line(self.cursor) + self.rows[self.cursor].height
        height = self.scrollable_content_region.height
        if height and bottom > self.scroll_offset.y + height and bottom - top <= height:
            # Brought in at the bottom, the view's top line fell where it fell: after a jump (T, a
            # filter, N) a row's date line stood at the top without its title (new user s45). The top
            # is moved on to the next row's first line when it would cut a row, the cursor still in view.
            y = bottom - height
            at = self.rows.row_at_line(y)
            if at is not None and self.rows[at].briefing is not None and self.rows.start_line(at) < y:
                y = min(self.rows.start_line(at) + self.rows[at].height, top)
            self.scroll_to(y=y, animate=False, immediate=True, force=True)
            return
        self.scroll_to_region(Region(0, top, 1, bottom - top), animate=False, immediate=True, force=True)

    def _move(self, step: int) -> None:
        if not self.rows:
            return
        self.chosen = True
        if self.cursor < 0:
            target = self._next_item(0, +1)
        else:
            target = self._next_item(self.cursor + step, step)
        if target is not None:
            self.cursor = target

    @after_filter
    def action_cursor_down(self) -> None:
        self._move(+1)

    @after_filter
    def action_cursor_up(self) -> None:
        self._move(-1)

    @after_filter
    def action_first(self) -> None:
        self.chosen = True
        target = self._next_item(0, +1)
        if target is not None:
            self.cursor = target

    @after_filter
    def action_last(self) -> None:
        self.chosen = True
        target = self._next_item(len(self.rows) - 1, -1)
        if target is not None:
            self.cursor = target

    def _page(self, direction: int) -> None:
        self.chosen = True
        if self.cursor < 0:
            return self.action_first()
        line = self.rows.start_line(self.cursor) + direction * max(
            1, self.scrollable_content_region.height - ITEM_HEIGHT
        )
        line = min(max(line, 0), max(self.rows.total_lines - 1, 0))
        row = self._row_at_line(line)
        if row is None:
            return
        target = self._next_item(row, direction) or self._next_item(row, -direction)
        if target is not None:
            self.cursor = target

    @after_filter
    def action_page_down(self) -> None:
        self._page(+1)

    @after_filter
    def action_page_up(self) -> None:
        self._page(-1)

    @after_filter
    def action_open(self) -> None:
        self.chosen = True
        briefing = self.highlighted
        if briefing is not None:
            self.post_message(self.Selected(briefing))
        elif 0 <= self.cursor < len(self.rows):  # a folded heading: enter unfolds it
            self.action_unfold()
        elif not self.rows:
            self.post_message(self.EmptyChosen())

    def _group_key(self) -> str | None:
        if not 0 <= self.cursor < len(self.rows):
            return None
        return self.rows.groups[self.rows.group_of(self.cursor)].key

    @property
    def cursor_group(self) -> str | None:
        """The key of the group the cursor is in (None on an empty list)."""
        return self._group_key()

    def _story_row(self) -> int | None:
        """The row of the story the cursor is in: its own row, or the row its version
        is listed under."""
        i = self.cursor
        while 0 <= i < len(self.rows):
            row = self.rows[i]
            if row.versions:
                return i
            if not row.version:
                return None
            i -= 1
        return None

    @after_filter
    def action_fold(self) -> None:
        story = self._story_row()
        if story is not None and self.rows[story].expanded:
            briefing = self.rows[story].briefing
            assert briefing is not None
            self.post_message(self.Story(briefing, False))
            return
        key = self._group_key()
        if key is not None and not self.rows[self.cursor].collapsed:
            self.post_message(self.Fold(key, True))

    @after_filter
    def action_unfold(self) -> None:
        row = self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None
        if row is not None and row.versions and not row.expanded and row.briefing is not None:
            self.post_message(self.Story(row.briefing, True))
            return
        key = self._group_key()
        if key is not None and self.rows[self.cursor].collapsed:
            self.post_message(self.Fold(key, False))

    def select_group(self, key: str) -> None:
        """Put the cursor on group ``key``'s heading if folded, else its first briefing."""
        g = self.rows.group_index(key)
        if g is not None:
            target = self._next_item(self.rows.heading_index(g), +1)
            if target is not None:
                self.cursor = target

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = self._row_at_line(offset.y + self.scroll_offset.y)
        if row is None:
            return
        if self.rows[row].briefing is None:  # a click on a heading folds or unfolds it
            key = self.rows.groups[self.rows.group_of(row)].key
            self.post_message(self.Fold(key, not self.rows[row].collapsed))
            return
        again = row == self.cursor
        self.cursor = row
        if again or event.chain >= 2:
            self.action_open()

    def on_focus(self) -> None:
        self.redraw()

    def on_blur(self) -> None:
        self.redraw()

    def on_resize(self) -> None:
        self.virtual_size = Size(0, self.rows.total_lines)
        self._cache.clear()

    # ----- rendering ----------------------------------------------------------------

    _line_style: Style | None = None  # the list's own style while one update is rendered

    def render_lines(self, crop: Region) -> list[Strip]:
        # The list's own style is the same for every line of one update: worked out once
        # here, not twice a line (Textual walks the ancestors for it: half of a row's
        # cost, ~3 ms of the first frame's 36 lines; issue 19).
        self._line_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._line_style = None

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        line = scroll_y + y
        base = self.rich_style if self._line_style is None else self._line_style
        if not self.rows:
            # Wrapped, not cropped: it may be why the list is empty (a missing folder).
            lines = Text(one_line(self.format.empty_text)).wrap(self.app.console, max(1, width - 4))
            if 1 <= y <= len(lines):
                text = Text("  ")
                text.append(lines[y - 1].plain, self.get_component_rich_style("briefing-list--empty", partial=True))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        row_index = self._row_at_line(line)
        if row_index is None:
            return Strip.blank(width, base)
        row = self.rows[row_index]
        sub = line - self.rows.start_line(row_index) - row.gap
        if sub < 0:
            return Strip.blank(width, base)
        key = (row_index, sub, width, row_index == self.cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row_line(row, sub, width, row_index == self.cursor, row_index)
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, line)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.no_wrap = True
        text.end = ""
        text.style = style  # beneath the spans: the row (or cursor) background
        segments = list(text.render(self.app.console))
        return Strip(segments).crop_extend(0, width, style)

    def _neighbour_titles(self, index: int) -> Iterator[str]:
        """The titles of the NEIGHBOURS briefing rows listed nearest above and below row ``index``."""
        for step in (-1, +1):
            i, found = index + step, 0
            while 0 <= i < len(self.rows) and found < NEIGHBOURS:
                other = self.rows[i].briefing
                if other is not None:
                    found += 1
                    yield self._title(other)
                i += step

    def _title(self, b: Briefing) -> str:
        title = self._titles.get(b.id)
        if title is None:
            if len(self._titles) >= TITLES_KEPT:
                self._titles.clear()
            title = self._titles[b.id] = one_line(self.format.title(b)) or "—"
        return title

    def _render_row_line(self, row: Row, sub: int, width: int, is_cursor: bool, index: int = -1) -> Strip:
        def style(name: str) -> Style:
            return self.get_component_rich_style(name, partial=True)

        line_style = self.rich_style if self._line_style is None else self._line_style
        if is_cursor:
            name = "briefing-list--cursor" if self.has_focus else "briefing-list--cursor-blurred"
            line_style = line_style + self.get_component_rich_style(name)
        if row.briefing is None:
            # the counts ("3 of 5 unread", after a tab: reading.with_unread) are never cut
            # with the label, and a shorter form after another tab ("3 unread") is taken
            # when the longer one would cut the label; a heading without them shows the
            # rows under it
            label, *forms = row.heading.split("\t")
            label = one_line(label)
            count = "  " + one_line(forms[0] if forms else str(row.count))
            for form in forms[1:]:
                if cell_len(label) <= width - cell_len(count) - 3:
                    break
                count = "  " + one_line(form)
            label = crop_cells(label, max(1, width - cell_len(count) - 3))
            glyph = " ▸ " if row.collapsed else " ▾ "
            text = Text.assemble(
                (glyph + label, style("briefing-list--heading")), (count, style("briefing-list--meta"))
            )
            return self._strip(text, width, line_style)

        b = row.briefing
        fmt = self.format
        pad = " " * (row.indent + 1)
        if sub == 0:
            mark = "★" if fmt.is_bookmarked(b.id) else ("✎" if fmt.has_note(b.id) else " ")
            branch = "└ " if row.version else ""  # a version listed under its story's row
            # cut where it parts from the titles listed beside it, so that two headed alike differ
            title = crop_apart(self._title(b), width - len(pad) - 2 - len(branch), self._neighbour_titles(index))
            unread = fmt.is_unread(b)  # a dot in the pad's last column, and the title in bold
            title_class = "briefing-list--title-generated" if b.title_generated else "briefing-list--title"
            lead = (pad[:-1], ("•", style("briefing-list--mark"))) if unread else (pad,)
            text = Text.assemble(
                *lead,
                (mark + " ", style("briefing-list--mark")),
                (branch, style("briefing-list--meta")),
                # a title made from the lead (no headline found) must not pass for one: dimmed
                (title, style(title_class) + (Style(bold=True) if unread else Style())),
            )
        else:
            text = Text(pad + ("    " if row.version else "  "))
            date = b.date_iso or fmt.undated
            if row.versions:  # first: never cut, it is what l/→ acts on
                glyph = "▾ " if row.expanded else "▸ "
                said = one_line(fmt.versions(row.versions))
                after = cell_len(date) + (3 + cell_len(one_line(fmt.source(b))) if b.source else 0)
                if cell_len(text.plain) + cell_len(glyph + said) + 1 + after > width:
                    # "▸ 2 versions …" left no room for the date and source at 80 columns (new user s48 U8):
                    # "▸ ×2 2025-03-20 · 深圳市…"
                    said = one_line(fmt.versions_short(row.versions))
                text.append(glyph + said, style("briefing-list--chip"))
                text.append(" ")
            if cell_len(text.plain) + cell_len(date) > width:
                # a cut date (2025-05-1) reads as a wrong date: whole or a mark, and nothing after
                text.append("…", style("briefing-list--meta"))
                return self._strip(text, width, line_style)
            text.append(date, style("briefing-list--meta"))
            if b.source:  # cut with a mark, as the title is: 杨浦区科学技术委 reads as a whole name
                source = crop_cells(one_line(fmt.source(b)), width - cell_len(text.plain) - 3)
                if source and source != "…":
                    text.append(" · " + source, style("briefing-list--meta"))
            for topic in b.topics:  # only whole chips: a cut label reads as a different word
                # marked as a topic, not by colour alone: with no source, "2024-11-28 数字文创" read as
                # the outlet (in a monochrome terminal, under NO_COLOR, in a copied screen; new user s44 U1)
                chip = TOPIC_MARK + one_line(fmt.topic_label(topic))
                if cell_len(text.plain) + 1 + cell_len(chip) > width:
                    break
                text.append(" ")
                text.append(chip, style("briefing-list--chip"))
        return self._strip(text, width, line_style)
