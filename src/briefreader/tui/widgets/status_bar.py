"""The one-line status bar at the top: counts, grouping, loading progress, problems."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from ..text import one_line

WIDE, NARROW = "  │  ", " │ "


class StatusBar(Static):
    """A header the screen fills in; problems stay visible as a count.

    At 80 columns "181 of 181 briefings · 181 unread" and a read-only warning left no
    room for the problem count: the line is tightened (narrow separators, no title) and,
    if still too wide, the warning and the count come first, so the end that is cut
    is the counts the list shows anyway."""

    _last: tuple[str, tuple[str, ...], str, str] | None = None

    def show(self, *, title: str, parts: list[str], problems: str = "", warning: str = "") -> None:
        self._last = (title, tuple(parts), problems, warning)
        self._fit()

    def on_resize(self) -> None:
        if self._last is not None:
            self._fit()

    def _fit(self) -> None:
        assert self._last is not None
        title, parts, problems, warning = self._last
        alerts = [("⚠ " + one_line(warning), "bold yellow")] if warning else []
        if problems:
            alerts.append(("⚠ " + problems, "bold"))
        plain = [(one_line(p), "") for p in parts]
        width = self.size.width
        variants = [
            (title, WIDE, plain + alerts),
            (title, NARROW, plain + alerts),
            ("", NARROW, plain + alerts),
            ("", NARROW, alerts + plain),
        ]
        for head, sep, items in variants:
            text = self._line(head, sep, items)
            if not width or cell_len(text.plain) <= width:
                break
        self.update(text)

    @staticmethod
    def _line(title: str, sep: str, items: list[tuple[str, str]]) -> Text:
        text = Text(f" {title} ", style="bold") if title else Text(" ")
        for i, (item, style) in enumerate(items):
            if i or title:
                text.append(sep, style="dim")
            text.append(item, style=style)
        return text
