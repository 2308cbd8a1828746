"""The status bar at the top: counts, grouping, loading progress, problems, and a
message slot for confirmations (copied, exported, saved …)."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

from ..text import crop_cells, crop_middle, one_line, wrap_offsets

WIDE, NARROW = "  │  ", " │ "
MARK = "✓ "  # before a message: it says something was done
# before a warning (nothing selected, no hits, a file that went …); ⚠ has an emoji form,
# two cells where a terminal draws it bare: asked for as text (text.py)
WARN = "⚠\ufe0e "
MESSAGE_LINES = 2  # a message without a path wraps onto at most this many lines

# Where a message's path or link starts: a path or URL after a space, a colon or the
# start. Every message that names one ends with it ("Notes exported to /…/notes.md").
_PATH_START = re.compile(r"(?:^|(?<=[\s:：—]))(?:/|~/|[A-Za-z]:\\|https?://|file://)")


class StatusBar(Static):
    """A header the screen fills in; problems stay visible as a count.

    At 80 columns "181 of 181 briefings · 181 unread" and a read-only warning left no
    room for the problem count: the line is tightened (narrow separators, no title) and,
    if still too wide, the warning and the count come first, so the end that is cut
    is the counts the list shows anyway.

    Below that line, while a message is shown (:meth:`say`), the message: a toast with
    Chinese lost characters wherever it lay over a pane's border or a scrollbar (the
    compositor cuts a line at every widget edge beneath it, and a double-width glyph cut
    in two is drawn as blanks: Textualize/textual#6357). Here nothing lies beneath it.
    A path or link goes on a line of its own, cut in the middle when too long, so the
    file name stays; toasts wrapped ``…/briefreader/n`` ``otes.md``."""

    DEFAULT_CSS = """
    StatusBar > .status-bar--message {
        color: $text;
    }
    StatusBar > .status-bar--mark {
        color: $success;
        text-style: bold;
    }
    StatusBar > .status-bar--warn {
        color: $warning;
        text-style: bold;
    }
    """
    COMPONENT_CLASSES = {"status-bar--message", "status-bar--mark", "status-bar--warn"}

    _last: tuple[str, tuple[str, ...], str, str, tuple[str, ...]] | None = None
    # A widget drawn with a bottom border under the bar (the main screen's filter bar): a message that fits one line is
    # written into that border, where it moves nothing; under the status line, a "✓ Sorted by source" pushed the
    # filter and the list down a row while it showed and back up after (new user s48 U9)
    message_row: Widget | None = None
    _lines = 0  # the lines shown
    message: str = ""  # the message shown now ("" none)
    warning: bool = False  # the message is a warning (⚠, in the warning colour), not a confirmation
    _message_timer: Timer | None = None

    def show(
        self, *, title: str, parts: list[str], problems: str = "", warning: str = "", short: list[str] | None = None
    ) -> None:
        """``short``: ``parts`` in fewer words ("2357/2357", "sort: figures"), shown when the
        line does not fit with them (at 80 columns "sorted by figures" was cut to "sorted b…")."""
        self._last = (title, tuple(parts), problems, warning, tuple(short or ()))
        self._fit()

    def say(self, message: str, timeout: float = 5.0, *, warning: bool = False) -> None:
        """Show ``message`` under the status line for ``timeout`` seconds; a newer
        message replaces it. ``warning``: marked ⚠ in the warning colour, not ✓."""
        self.message = one_line(message)
        self.warning = warning
        if self._message_timer is not None:
            self._message_timer.stop()
        self._message_timer = self.set_timer(max(timeout, 0.5), self.clear_message)
        self._fit()

    def clear_message(self) -> None:
        self.message = ""
        if self._message_timer is not None:
            self._message_timer.stop()
            self._message_timer = None
        self._fit()

    def on_resize(self) -> None:
        if self._last is not None or self.message:
            self._fit()

    def _fit(self) -> None:
        title, parts, problems, warning, short = self._last or ("", (), "", "", ())
        alerts = [(WARN + one_line(warning), "bold yellow")] if warning else []
        if problems:
            alerts.append((WARN + problems, "bold"))
        plain = [(one_line(p), "") for p in parts]
        width = self.size.width
        # One order at every width, the counts first and the alerts last, in fewer words as the room shrinks: the
        # alerts came first only when the line was too wide, so the header changed its layout when a sort was
        # chosen ("⚠︎ problems: 2 (P) │ 308/308 …" against "308 of 308 briefings … │ ⚠︎ problems": new user s48 U9)
        variants = [(title, WIDE, plain), (title, NARROW, plain), ("", NARROW, plain)]
        if short and len(short) == len(parts):
            variants.append(("", NARROW, [(one_line(p), "") for p in short]))
        for head, sep, items in variants:
            text = self._line(head, sep, items + alerts)
            if not width or cell_len(text.plain) <= width:
                break
        else:  # one line, the counts cut so that the alerts stay: a second line pushed the filter down (tester s15 U7)
            text = self._line(head, sep, items)
            tail = self._line("", sep, alerts)[1:] if alerts else Text("")
            if items and alerts:
                tail = Text(sep, style="dim") + tail
            text.truncate(max(width - cell_len(tail.plain), 0), overflow="ellipsis")
            text.append_text(tail)
            text.truncate(width, overflow="ellipsis")
        mark, mark_style = (WARN, "status-bar--warn") if self.warning else (MARK, "status-bar--mark")
        on_row = self._message_on_row(mark, mark_style)
        if self.message and not on_row:
            for line in message_lines(self.message, width, mark):
                text.append("\n")
                if line.startswith(" " + mark):
                    text.append(" " + mark, style=self.get_component_rich_style(mark_style, partial=True))
                    line = line[1 + len(mark) :]
                text.append(line, style=self.get_component_rich_style("status-bar--message", partial=True))
        # A layout of the screen only when the bar's height changes (height auto: a message's
        # lines): the counts and a cold start's progress changed it several times a second,
        # and each update laid the whole screen out (19-perf s26: the cold first screenful)
        lines = text.plain.count("\n") + 1
        self.update(text, layout=lines != self._lines or not self.size)
        if self.size and self.size.height != lines:
            # laid out at another width: fitted before the screen had a size (a cold start's first frame), the line
            # was uncut and took two rows, which a layout asked for inside the resize left as they were (a blank row
            # under the status line at 80 columns); asked again once this frame is drawn
            self.call_after_refresh(self.refresh, layout=True)
        self._lines = lines

    def _message_on_row(self, mark: str, mark_style: str) -> bool:
        """The message written into the message row's border when it fits there whole; the border cleared when there
        is none. False: not written there."""
        row = self.message_row
        if row is None or not row.is_mounted:
            return False
        room = row.size.width - 4  # the border's corners and a blank either side
        line = " " + mark + self.message
        if not self.message or not row.display or cell_len(line) > room:
            # (a longer one, an export's path, goes under the status line as before: the whole path said, the
            # list down a row or two while it shows)
            if row.border_subtitle is not None:  # (set, the row is drawn again: not at every count's change)
                row.border_subtitle = None
            return not self.message
        text = Text(" ")
        text.append(mark, style=self.get_component_rich_style(mark_style, partial=True))
        text.append(line[1 + len(mark) :], style=self.get_component_rich_style("status-bar--message", partial=True))
        text.append(" ")
        row.border_subtitle = text  # a Text: drawn as written, never read as markup (a file name's "[b]")
        return True

    @staticmethod
    def _line(title: str, sep: str, items: list[tuple[str, str]]) -> Text:
        text = Text(f" {title} ", style="bold") if title else Text(" ")
        for i, (item, style) in enumerate(items):
            if i or title:
                text.append(sep, style="dim")
            text.append(item, style=style)
        return text


def message_lines(message: str, width: int, mark: str = MARK) -> list[str]:
    """The lines a message takes at ``width`` cells (0: unknown, one line): one when it
    fits; else a path or link at its end on a line of its own, cut in the middle; else
    the words wrapped (CJK-aware) onto at most MESSAGE_LINES lines, the last cut with …"""
    line = " " + mark + message
    if not width or cell_len(line) <= width:
        return [line]
    indent = " " * (1 + cell_len(mark))
    found = _PATH_START.search(message)
    if found is not None and found.start() > 0:
        lead, path = message[: found.start()].rstrip(), message[found.start() :]
        return [crop_cells(" " + mark + lead, width), indent + crop_middle(path, width - len(indent))]
    room = max(width - len(indent), 1)
    cuts = [0, *wrap_offsets(message, room), len(message)]
    pieces = [message[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if message[a:b].strip()]
    if len(pieces) > MESSAGE_LINES:
        pieces = [*pieces[: MESSAGE_LINES - 1], crop_cells(" ".join(pieces[MESSAGE_LINES - 1 :]), room)]
    return [(" " + mark if i == 0 else indent) + piece for i, piece in enumerate(pieces)]
