"""The one-line status bar at the top: counts, grouping, loading progress, problems."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..text import one_line


class StatusBar(Static):
    """A header the screen fills in; problems stay visible as a count."""

    def show(self, *, title: str, parts: list[str], problems: str = "", warning: str = "") -> None:
        text = Text(f" {title} ", style="bold")
        for part in parts:
            text.append("  │  ", style="dim")
            text.append(one_line(part))
        if warning:
            text.append("  │  ", style="dim")
            text.append("⚠ " + one_line(warning), style="bold yellow")
        if problems:
            text.append("  │  ", style="dim")
            text.append("⚠ " + problems, style="bold")
        self.update(text)
