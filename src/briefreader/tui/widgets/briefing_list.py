"""The briefing list: a line-API widget that stays fast at 100,000 briefings.

Rows are plain data (a heading or a briefing); only the lines in view are rendered, so
filtering or regrouping swaps a Python list and never builds a widget per row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, groupby
from operator import attrgetter
from typing import NamedTuple

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
from ..text import crop_cells, one_line

ITEM_HEIGHT = 2  # title line + meta line
HEADING_HEIGHT = 1

_date_of = attrgetter("date", "date_precision")


class Row(NamedTuple):
    """One entry of the list: a group heading (``briefing is None``) or a briefing.

    Made on demand by :class:`Rows`, for the lines in view and the cursor's moves.
    """

    briefing: Briefing | None
    heading: str = ""
    count: int = 0
    indent: int = 0  # cells; briefings under a topic heading are indented like a tree
    gap: int = 0  # blank lines above a heading, to separate groups

    @property
    def height(self) -> int:
        return self.gap + (HEADING_HEIGHT if self.briefing is None else ITEM_HEIGHT)


@dataclass(frozen=True, slots=True)
class Group:
    """A heading and the briefings under it; ``key`` is what :func:`rows_by_date` or
    :func:`rows_by_topic` grouped on, so a briefing's group is found without a scan."""

    key: str
    heading: str
    items: Sequence[Briefing]
    indent: int = 0


class Rows(Sequence[Row]):
    """The list's rows as a sequence, computed from the groups on access.

    Building a Row (and its line offset) per briefing cost more than the filter itself
    at 100,000 briefings; here a new result costs O(groups), and a row or a line is
    found by bisecting the groups' starts.
    """

    def __init__(self, groups: Sequence[Group] = (), group_keys: Callable[[Briefing], Sequence[str]] | None = None):
        self.groups = list(groups)
        self._group_keys = group_keys
        self._by_key = {g.key: i for i, g in enumerate(self.groups)}
        self._row_starts: list[int] = []  # row index of each heading
        self._line_starts: list[int] = []  # first line of each group, its gap included
        rows = lines = 0
        for i, group in enumerate(self.groups):
            self._row_starts.append(rows)
            self._line_starts.append(lines)
            rows += 1 + len(group.items)
            lines += (1 if i else 0) + HEADING_HEIGHT + ITEM_HEIGHT * len(group.items)
        self._len = rows
        self.total_lines = lines
        self.briefing_count = rows - len(self.groups)

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        g = bisect_right(self._row_starts, index) - 1
        group, offset = self.groups[g], index - self._row_starts[g]
        if offset == 0:
            return Row(None, group.heading, len(group.items), gap=1 if g else 0)
        return Row(group.items[offset - 1], indent=group.indent)

    def __iter__(self):
        for g, group in enumerate(self.groups):
            yield Row(None, group.heading, len(group.items), gap=1 if g else 0)
            for b in group.items:
                yield Row(b, indent=group.indent)

    def start_line(self, index: int) -> int:
        """The first line of row ``index`` (a heading's gap included)."""
        g = bisect_right(self._row_starts, index) - 1
        offset = index - self._row_starts[g]
        if offset == 0:
            return self._line_starts[g]
        return self._line_starts[g] + (1 if g else 0) + HEADING_HEIGHT + (offset - 1) * ITEM_HEIGHT

    def row_at_line(self, line: int) -> int | None:
        if not 0 <= line < self.total_lines:
            return None
        g = bisect_right(self._line_starts, line) - 1
        within = line - self._line_starts[g] - (1 if g else 0) - HEADING_HEIGHT
        if within < 0:
            return self._row_starts[g]
        return self._row_starts[g] + 1 + within // ITEM_HEIGHT

    def index_of(self, briefing: Briefing) -> int | None:
        """Row of ``briefing`` (by id), in the first group that lists it."""
        if self._group_keys is None:
            candidates: Iterable[int] = range(len(self.groups))
        else:
            candidates = sorted(self._by_key[k] for k in self._group_keys(briefing) if k in self._by_key)
        for g in candidates:
            for offset, b in enumerate(self.groups[g].items):
                if b is briefing or b.id == briefing.id:
                    return self._row_starts[g] + 1 + offset
        return None


def _month_key(date, precision: str | None) -> str:
    if date is None:
        return ""
    return f"{date.year:04d}" if precision == "year" else f"{date.year:04d}-{date.month:02d}"


def _date_group_keys(b: Briefing) -> tuple[str]:
    return (_month_key(b.date, b.date_precision),)


def _topic_group_keys(b: Briefing) -> list[str]:
    return b.topics or [""]


class Layout:
    """The groups of a whole list, computed once; then any selection of it (a filter
    result, as a mask with one byte per briefing) is laid out without touching a
    briefing.

    At 100,000 briefings, reading each result's dates to group it cost ~45 ms a
    keystroke, mostly cache misses on objects spread over the heap; slicing and
    compressing each group by the mask costs a few.
    """

    def __init__(self, briefings: Sequence[Briefing], by: str = "date", topic_order: Sequence[str] = ()) -> None:
        self.briefings = briefings
        self.by = by
        groups: dict[str, list[int]] = {}
        if by == "date":
            keys: dict[tuple, str] = {}  # a few thousand distinct dates among 100,000 briefings
            at = 0
            for date_key, run in groupby(briefings, _date_of):  # runs of one date: once per date
                key = keys.get(date_key)
                if key is None:
                    key = keys[date_key] = _month_key(*date_key)
                size = sum(1 for _ in run)
                groups.setdefault(key, []).extend(range(at, at + size))
                at += size
            order = list(groups)  # newest first, as the briefings arrive
        else:
            for i, b in enumerate(briefings):
                for topic in b.topics or [""]:
                    groups.setdefault(topic, []).append(i)
            order = [t for t in topic_order if t in groups]
            order += sorted(t for t in groups if t and t not in topic_order)
            if "" in groups:
                order.append("")
        self._groups: list[tuple[str, range | list[int], list[Briefing]]] = []
        for key in order:
            positions = groups[key]
            first, last = positions[0], positions[-1]
            span = range(first, last + 1) if last - first + 1 == len(positions) else positions  # usually
            self._groups.append((key, span, [briefings[p] for p in positions]))

    def rows(self, heading: Callable[[str], str], mask: bytes | None = None) -> Rows:
        """Rows for the briefings whose byte in ``mask`` is 1 (all when None), in the
        order :func:`rows_by_date` and :func:`rows_by_topic` give for that selection."""
        chosen: list[tuple[int, Group]] = []
        indent = 2 if self.by == "topic" else 0
        for key, positions, members in self._groups:
            if mask is None:
                items, first = members, positions[0]
            else:
                if isinstance(positions, range):
                    selected = mask[positions.start:positions.stop]
                else:
                    selected = bytes(map(mask.__getitem__, positions))
                first_index = selected.find(1)
                if first_index < 0:
                    continue
                items, first = list(compress(members, selected)), positions[first_index]
            chosen.append((first, Group(key, heading(key), items, indent)))
        if self.by == "date":
            # Where month and year-only dates interleave, a group's place depends on
            # which of its briefings are selected (its first one); elsewhere a no-op.
            chosen.sort(key=lambda pair: pair[0])
        return Rows([g for _, g in chosen], _date_group_keys if self.by == "date" else _topic_group_keys)


def rows_by_date(briefings: Sequence[Briefing], undated: str) -> Rows:
    """Month headings over the briefings, which arrive newest first."""
    return Layout(briefings, "date").rows(lambda key: key or undated)


def rows_by_topic(
    briefings: Sequence[Briefing], topic_order: Sequence[str], label: Callable[[str], str], no_topic: str
) -> Rows:
    """A heading per topic (taxonomy order); a briefing appears under each of its topics."""
    return Layout(briefings, "topic", topic_order).rows(lambda t: label(t) if t else no_topic)


@dataclass(slots=True)
class RowFormat:
    """How to show a briefing: supplied by the screen so the list knows no state."""

    title: Callable[[Briefing], str] = lambda b: b.title
    source: Callable[[Briefing], str] = lambda b: b.source
    topic_label: Callable[[str], str] = lambda t: t
    is_bookmarked: Callable[[str], bool] = lambda _id: False
    has_note: Callable[[str], bool] = lambda _id: False
    empty_text: str = "No briefings match."


class BriefingList(ScrollView, can_focus=True):
    """Briefings with month or topic headings; a cursor that skips headings."""

    COMPONENT_CLASSES = {
        "briefing-list--heading",
        "briefing-list--title",
        "briefing-list--meta",
        "briefing-list--chip",
        "briefing-list--mark",
        "briefing-list--cursor",
        "briefing-list--cursor-blurred",
        "briefing-list--empty",
    }

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("enter", "open", "Open", id="list.open"),
    ]

    cursor: reactive[int] = reactive(-1, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved onto a briefing."""

        def __init__(self, briefing: Briefing) -> None:
            super().__init__()
            self.briefing = briefing

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

    # ----- data ---------------------------------------------------------------------

    def set_rows(self, rows: Rows, *, keep: Briefing | None = None) -> None:
        """Swap the rows; keep the cursor on briefing ``keep`` when it is still listed."""
        self.rows = rows
        self._cache.clear()
        self.virtual_size = Size(self.size.width, rows.total_lines)
        target = rows.index_of(keep) if keep is not None else None
        if target is None:
            target = self._next_item(0, +1)
        self.cursor = -1 if target is None else target
        self.refresh()

    def set_format(self, fmt: RowFormat) -> None:
        self.format = fmt
        self.redraw()

    def redraw(self) -> None:
        """Re-render (bookmarks, language or script changed); rows stay."""
        self._cache.clear()
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

    def _next_item(self, start: int, step: int) -> int | None:
        """The first briefing row at or after ``start`` going in ``step`` direction."""
        i = start
        while 0 <= i < len(self.rows):
            if self.rows[i].briefing is not None:
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
            self.post_message(self.Highlighted(briefing))

    def scroll_to_cursor(self) -> None:
        if not (0 <= self.cursor < len(self.rows)):
            return
        top = self.rows.start_line(self.cursor)
        # Show the group heading too when the cursor is the first item of its group.
        if self.cursor > 0 and self.rows[self.cursor - 1].briefing is None:
            top = self.rows.start_line(self.cursor - 1) + self.rows[self.cursor - 1].gap
        bottom = self.rows.start_line(self.cursor) + self.rows[self.cursor].height
        self.scroll_to_region(Region(0, top, 1, bottom - top), animate=False, immediate=True, force=True)

    def _move(self, step: int) -> None:
        if not self.rows:
            return
        if self.cursor < 0:
            target = self._next_item(0, +1)
        else:
            target = self._next_item(self.cursor + step, step)
        if target is not None:
            self.cursor = target

    def action_cursor_down(self) -> None:
        self._move(+1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        target = self._next_item(0, +1)
        if target is not None:
            self.cursor = target

    def action_last(self) -> None:
        target = self._next_item(len(self.rows) - 1, -1)
        if target is not None:
            self.cursor = target

    def _page(self, direction: int) -> None:
        if self.cursor < 0:
            return self.action_first()
        line = self.rows.start_line(self.cursor) + direction * max(1, self.scrollable_content_region.height - ITEM_HEIGHT)
        line = min(max(line, 0), max(self.rows.total_lines - 1, 0))
        row = self._row_at_line(line)
        if row is None:
            return
        target = self._next_item(row, direction) or self._next_item(row, -direction)
        if target is not None:
            self.cursor = target

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_open(self) -> None:
        briefing = self.highlighted
        if briefing is not None:
            self.post_message(self.Selected(briefing))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = self._row_at_line(offset.y + self.scroll_offset.y)
        if row is None or self.rows[row].briefing is None:
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
        self.virtual_size = Size(self.size.width, self.rows.total_lines)
        self._cache.clear()

    # ----- rendering ----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        line = scroll_y + y
        base = self.rich_style
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
            strip = self._render_row_line(row, sub, width, row_index == self.cursor)
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, line)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.no_wrap = True
        text.end = ""
        text.style = style  # beneath the spans: the row (or cursor) background
        segments = list(text.render(self.app.console))
        return Strip(segments).crop_extend(0, width, style)

    def _render_row_line(self, row: Row, sub: int, width: int, is_cursor: bool) -> Strip:
        def style(name: str) -> Style:
            return self.get_component_rich_style(name, partial=True)

        line_style = self.rich_style
        if is_cursor:
            name = "briefing-list--cursor" if self.has_focus else "briefing-list--cursor-blurred"
            line_style = line_style + self.get_component_rich_style(name)
        if row.briefing is None:
            count = f" {row.count}"
            label = crop_cells(one_line(row.heading), max(1, width - cell_len(count) - 3))
            text = Text.assemble((" ▾ " + label, style("briefing-list--heading")), (count, style("briefing-list--meta")))
            return self._strip(text, width, line_style)

        b = row.briefing
        fmt = self.format
        pad = " " * (row.indent + 1)
        if sub == 0:
            mark = "★" if fmt.is_bookmarked(b.id) else ("✎" if fmt.has_note(b.id) else " ")
            title = crop_cells(one_line(fmt.title(b)) or "—", width - len(pad) - 2)
            text = Text.assemble(pad, (mark + " ", style("briefing-list--mark")), (title, style("briefing-list--title")))
        else:
            text = Text(pad + "  ")
            text.append(b.date_iso or "—", style("briefing-list--meta"))
            if b.source:
                text.append(" · " + one_line(fmt.source(b)), style("briefing-list--meta"))
            for topic in b.topics:  # only whole chips: a cut label reads as a different word
                chip = one_line(fmt.topic_label(topic))
                if cell_len(text.plain) + 1 + cell_len(chip) > width:
                    break
                text.append(" ")
                text.append(chip, style("briefing-list--chip"))
        return self._strip(text, width, line_style)
