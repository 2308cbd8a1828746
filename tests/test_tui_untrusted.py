"""Untrusted text (briefings, notes, file names) reaches the screen as plain text only."""

from __future__ import annotations

import re
import unicodedata

from briefreader.library import FileProblem, Library
from briefreader.model import Briefing, Figure, Problem
from briefreader.notes import NotesStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.text import crop_cells, safe_text, wrap_offsets

MARKUP = ["[/]", "[@click=app.quit]", "[link=http://x]x[/link]", "[b]bold?[/b]"]
ESCAPES = ["\x1b]0;title\x07", "\x1b[2J", "\x9b31m", "\u202e", "\u2066", "\x85", "\x00", "\x7f"]
NASTY = "".join(MARKUP) + "".join(ESCAPES)


def evil_briefing() -> Briefing:
    text = f"开头{NASTY}结尾 超过3000亿元的投资。\n第二段 [red]红[/red] {ESCAPES[0]}完"
    start = text.index("超过3000亿元")
    return Briefing(
        id="evil/[@click=app.quit]",
        path="/tmp/evil.txt",
        fingerprint="sha256:0",
        title=f"Title {NASTY}",
        text=text,
        original=f"<p>{NASTY}</p>",
        source=f"Source {NASTY}",
        authors=[f"[@click=app.quit]{ESCAPES[1]}"],
        topics=["metaverse", "[@click=app.bell]"],
        keywords=[NASTY],
        figures=[
            Figure(kind="money", text="超过3000亿元", start=start, end=start + 8, value=3e11, unit="CNY",
                   qualifier="over", en=f"over RMB 300 bn {NASTY}", sentence="超过3000亿元的投资。"),
            Figure(kind=f"[@click=app.quit]{ESCAPES[0]}", text=f"x{NASTY}", start=0, end=1, value=1.0),
        ],
        problems=[Problem("mojibake", f"garbled {NASTY}")],
    )


def rendered(app: BriefreaderApp) -> tuple[str, str]:
    """(plain text on screen, the exact bytes a terminal would receive)."""
    update = app.screen._compositor.render_update(full=True)  # type: ignore[attr-defined]
    plain = "\n".join("".join(seg.text for seg in strip) for strip in update.strips)
    return plain, update.render_segments(app.console)


def assert_harmless(plain: str, terminal: str) -> None:
    for ch in plain:
        assert ch in "\n" or unicodedata.category(ch) not in {"Cc", "Cf"} or ch == "\u200d", repr(ch)
    assert "\x07" not in terminal
    assert "\x1b]0;title" not in terminal and "\x1b[2J" not in terminal
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", terminal)
    assert "]0;title" not in plain and "[2J" not in plain


async def test_markup_and_escapes_in_a_briefing_render_literally(sample_config, tmp_path):
    evil = evil_briefing()
    problem = FileProblem(relpath=f"bad[@click=app.quit]{ESCAPES[0]}.txt", path="/x", problem=Problem("binary", f"[b]{NASTY}"))
    library = Library(root=tmp_path, briefings=[evil], problems=[problem])
    notes = NotesStore.open(tmp_path / "notes.toml")
    notes.add_note(evil, f"note {NASTY}")
    app = BriefreaderApp(sample_config, library=library, notes=notes)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        plain, terminal = rendered(app)
        assert app.is_running  # [@click=app.quit] did not become a link that quits
        assert "Title [/][@click=app.quit][link=http:/" in plain  # the list row (cropped)
        assert "[link=http://x]x[/l" in plain and "[b]bold?[/b]" in plain
        assert "Source [/][@click=app.quit]" in plain
        assert "[red]红[/red]" in plain  # from the article text
        assert_harmless(plain, terminal)

        await pilot.press("tab", "tab", "enter")  # jump to the figure: highlighted text too
        await pilot.pause()
        await pilot.press("o")  # the original
        await pilot.pause()
        plain, terminal = rendered(app)
        assert "<p>[/][@click=app.quit]" in plain
        assert_harmless(plain, terminal)

        await pilot.press("P")  # file names and problem messages
        await pilot.pause()
        plain, terminal = rendered(app)
        assert "bad[@click=app.quit].txt" in plain
        assert_harmless(plain, terminal)
        await pilot.press("escape", "n")  # the editor shows the title
        await pilot.pause()
        plain, terminal = rendered(app)
        assert "[@click=app.quit]" in plain
        assert_harmless(plain, terminal)
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "\x07" not in svg


def test_safe_text_strips_controls_and_bidi_but_keeps_newlines_and_tabs():
    assert safe_text("a\tb\nc\x1b[2Jd\x07\u202ee\x85f\x00") == "a\tb\ncde\nf"  # NEL is a newline
    assert safe_text("[@click=app.quit]") == "[@click=app.quit]"


def test_crop_cells_counts_cjk_as_two_cells():
    assert crop_cells("上海信息消费节", 8) == "上海信…"
    assert crop_cells("abc", 8) == "abc"
    assert crop_cells("上海abc", 5) == "上海…"


def test_wrap_offsets_follow_cells_and_kinsoku():
    text = "上海信息消费节在杨浦区开幕。本届以数字为主题"
    lines, last = [], 0
    for cut in [*wrap_offsets(text, 12), len(text)]:
        lines.append(text[last:cut])
        last = cut
    assert "".join(lines) == text
    assert all(len(line) * 2 <= 12 or line.endswith("。") for line in lines)
    assert not any(line.startswith("。") for line in lines)
