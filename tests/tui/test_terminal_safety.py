"""Guards that no briefing can control the terminal: every screen and every CLI command, on hostile input.

Ingest already strips control characters, so these tests build hostile ``Briefing``
objects directly (defence in depth: a cached row, a file name, a future code path that
skips ingest) and check what actually reaches the terminal:

* the Segments the compositor would draw (what a person sees), and
* the exact text Textual would write to the terminal, where only its own style (SGR)
  and cursor-position sequences may carry an ESC.

Markup is checked too: ``[@click=app.quit]`` in a title must be shown, not obeyed.
"""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from briefreader.library import FileProblem, Library
from briefreader.model import Briefing, Figure, Problem
from briefreader.notes import NotesStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.help import HelpScreen
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.note_editor import NoteEditor
from briefreader.tui.screens.problems import ProblemsScreen
from briefreader.tui.text import crop_cells, safe_text, wrap_offsets

ROOT = Path(__file__).resolve().parents[2]
SIZE = (200, 50)  # wide enough that no hostile field is cropped out of view

# Every kind of sequence or character that could act on a terminal.
HOSTILE = (
    "\x1b[2J"  # CSI: clear the screen
    "\x1b[5;31m"  # SGR: blinking red from here on (a style Textual and Rich never use)
    "\x1b]0;pwned\x07"  # OSC: set the window title
    "\x1b]8;;http://evil.example/\x1b\\"  # OSC 8: a hidden hyperlink
    "\x1bP+q544e\x1b\\"  # DCS: a terminfo query (the terminal answers on stdin)
    "\x1b"  # a lone ESC
    "\x9b6n"  # 8-bit CSI: device status report
    "\x85\x90\x9d"  # C1: NEL, DCS, OSC
    "\x00\x07\x08\r\x0b\x0c\x1f\x7f"  # C0 and DEL
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"  # bidi
    "\u200b\ufeff\u2028\u2060"  # zero-width, BOM, line separator, word joiner
)
HOSTILE_NAME = HOSTILE.replace("/", "").replace("\x00", "")  # as a file name: no "/" and no NUL
MARKUP = "[/] [red]x[/red] [@click=app.quit]q[/] [link=http://evil.example/]L[/link] [b]"

# Characters that must never be drawn: C0 (newline separates lines in our dumps), DEL,
# C1, bidi embeddings/overrides/isolates/marks, zero-width and separators, lone surrogates.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)
# What Textual and Rich write themselves: SGR styles (but not the hostile one), cursor
# positioning, and for Rich's progress bar erase-line, cursor-up and cursor show/hide.
OWN_SEQUENCES = re.compile(r"\x1b\[(?!5;31m)[0-9;]*m|\x1b\[\d+;\d+H|\x1b\[2K|\x1b\[\d*A|\x1b\[\?25[hl]")


def hostile(marker: str) -> str:
    """A field value: a visible marker, every hostile sequence, then markup."""
    return f"{marker}{HOSTILE}{marker}-end {MARKUP}"


def assert_nothing_unsafe(text: str, where: str = "") -> None:
    bad = FORBIDDEN.search(text)
    assert bad is None, f"{where}: {bad.group()!r} in {text[max(0, bad.start() - 40) : bad.end() + 40]!r}"
    for payload in ("pwned", "+q544e", "[2J", "[5;31m"):  # no half-stripped sequence either
        assert payload not in text, f"{where}: leftover {payload!r}"


async def shown(pilot, app: BriefreaderApp, *markers: str) -> str:
    """The screen once every marker is on it (a modal may need a few refreshes to lay out;
    2.5 s was a guess at it, tight under CI's load)."""
    for _ in range(600):
        text = rendered(app)
        if all(m in text for m in markers):
            return text
        await pilot.pause(0.05)
    missing = [m for m in markers if m not in text]
    raise AssertionError(f"not on screen: {missing}\n{text}")


def rendered(app: BriefreaderApp) -> str:
    """The screen as text after checking both what is drawn and what the terminal gets."""
    update = app.screen._compositor.render_update(full=True)  # type: ignore[attr-defined]
    plain = "\n".join("".join(seg.text for seg in strip) for strip in update.strips)
    assert_nothing_unsafe(plain, "drawn")
    terminal = OWN_SEQUENCES.sub("", update.render_segments(app.console))
    assert "\x1b" not in terminal, repr(terminal[max(0, terminal.find("\x1b") - 40) :][:80])
    assert_nothing_unsafe(terminal, "terminal")
    return plain


# ----- a hostile library ----------------------------------------------------------------


def evil_briefing(tmp_path: Path) -> Briefing:
    first = f"P1{HOSTILE}超过3000亿元的投资。{MARKUP} 杨浦区\t制表"
    text = f"{first}\n第二段 [red]红[/red]{HOSTILE}完"
    start = first.index("超过3000亿元")
    return Briefing(
        id=f"evil/[@click=app.quit]{HOSTILE}",
        path=str(tmp_path / "evil.txt"),
        fingerprint="sha256:0",
        title=hostile("TITLE"),
        text=text,
        original=hostile("ORIGINAL"),
        source=hostile("SOURCE"),
        authors=[hostile("AUTHOR")],
        topics=["metaverse", hostile("TOPIC")],
        keywords=[hostile("KEYWORD")],
        figures=[
            Figure(
                kind="money",
                text="超过3000亿元",
                start=start,
                end=start + 8,
                value=3e11,
                unit="CNY",
                qualifier="over",
                en=hostile("FIGURE_EN"),
                sentence=f"超过3000亿元的投资。{HOSTILE}",
            ),
            Figure(
                kind=hostile("KIND"),
                text=hostile("FIGURE_TEXT"),
                start=0,
                end=2,
                value=1.0,
                sentence=hostile("SENTENCE"),
            ),
        ],
        problems=[Problem("mojibake", hostile("PROBLEM"))],
    )


def unread_briefing(tmp_path: Path) -> Briefing:
    """A briefing from the cache: no ``original``, so the view re-reads the raw file."""
    raw = tmp_path / "raw.txt"
    # No NUL: with one the file would count as binary and show nothing at all.
    raw.write_bytes(("标题\n\n" + hostile("REREAD").replace("\x00", "")).encode("utf-8"))
    return Briefing(id="raw", path=str(raw), fingerprint="sha256:1", title="RAW briefing", text="正文。")


@pytest.fixture
def hostile_app(sample_config, tmp_path: Path):
    evil = evil_briefing(tmp_path)
    problems = [
        FileProblem(f"FILE{HOSTILE}[@click=app.quit].txt", "/x", Problem("binary", f"MSG{HOSTILE}[b]")),
        FileProblem("gbk_\udcc9\udccf.txt", "/y", Problem(f"KIND{HOSTILE}", "name not UTF-8")),
    ]
    library = Library(root=tmp_path, briefings=[evil, unread_briefing(tmp_path)], problems=problems)
    notes = NotesStore.open(tmp_path / "notes.toml")
    notes.add_note(evil, hostile("NOTE"), evil.figures[0])
    config = replace(sample_config, glossary={"杨浦区": hostile("GLOSSARY")})
    return BriefreaderApp(config, library=library, notes=notes)


def main_screen(app: BriefreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


# ----- the TUI, widget by widget ----------------------------------------------------------


async def test_list_article_side_panel_and_status_bar(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        # list rows (title, source), article (title, meta, body), side panel (figures,
        # notes, glossary), status bar; topic chips are in the grouped test (too wide here)
        text = await shown(
            pilot,
            hostile_app,
            "TITLE",
            "SOURCE",
            "P1",
            "AUTHOR",
            "PROBLEM",
            "FIGURE_TEXT",
            "FIGURE_EN",
            "KIND",
            "NOTE",
            "GLOSSARY",
            "problems: 2",
        )
        assert hostile_app.is_running  # [@click=app.quit] was not a link that quits
        assert "[red]x[/red] [@click=app.quit]q[/] [link=http://evil.example/]L[/link]" in text
        assert "[red]红[/red]" in text  # body markup, literally


async def test_list_grouped_by_topic_headings(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("T")  # an unknown topic id becomes a heading of its own
        assert hostile_app.group_by == "topic"
        await shown(pilot, hostile_app, "TOPIC")


async def test_article_in_traditional(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert hostile_app.script == "hant"
        await shown(pilot, hostile_app, "超過3000億元", "[red]紅[/red]")


async def test_original_view_kept_and_reread_from_disk(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await shown(pilot, hostile_app, "ORIGINAL")
        await pilot.press("j")  # the briefing whose original is read from the file again
        await shown(pilot, hostile_app, "REREAD")


async def test_highlighted_figure_sentence(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "tab", "enter")  # side panel, first figure, jump to it
        await shown(pilot, hostile_app, "P1")
        assert main_screen(hostile_app).article.highlighted_paragraph == 0


async def test_problems_screen_file_names_and_messages(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        assert isinstance(hostile_app.screen, ProblemsScreen)
        # a file name with controls and markup; a non-UTF-8 name shows replacement marks
        await shown(pilot, hostile_app, "FILE [@click=app.quit].txt", "MSG", "KIND", "gbk_\ufffd\ufffd.txt")


async def test_note_editor_citing_a_figure(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "tab", "j")  # the second figure: hostile text, English, sentence
        await pilot.press("c")
        assert isinstance(hostile_app.screen, NoteEditor)
        await shown(pilot, hostile_app, "TITLE", "FIGURE_TEXT", "SENTENCE")


async def test_help_screen(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(hostile_app.screen, HelpScreen)
        await shown(pilot, hostile_app, "Cite figure")


async def test_filter_error_line_quoting_the_query(hostile_app):
    from textual.widgets import Static

    async with hostile_app.run_test(size=SIZE) as pilot:
        screen = main_screen(hostile_app)
        screen.filter_bar.input.value = f"topc:{HOSTILE}"  # the input itself: see the paste test
        error = screen.filter_bar.query_one("#filter-error", Static)
        text = ""
        for _ in range(600):  # the query is applied after the filter's debounce (2.5 s was tight under load)
            await pilot.pause(0.05)
            lines = error.render_lines(error.region.reset_offset)
            text = "\n".join("".join(seg.text for seg in line) for line in lines)
            if "topc:" in text:
                break
        assert "topc:" in text  # the error line quotes the query, cleaned
        assert_nothing_unsafe(text, "filter error")


# Text the user pastes is shown by Textual's own Input and TextArea, which draw control
# characters as they are. Not briefing text, but a copied web page can carry anything.
async def test_pasted_query_in_the_filter_input(hostile_app):
    from textual import events

    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        main_screen(hostile_app).filter_bar.input.post_message(events.Paste(f"topc:{HOSTILE}"))
        await pilot.pause()
        await shown(pilot, hostile_app, "topc:")


async def test_pasted_text_in_the_note_editor(hostile_app):
    from textual import events
    from textual.widgets import TextArea

    async with hostile_app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert isinstance(hostile_app.screen, NoteEditor)
        hostile_app.screen.query_one(TextArea).post_message(events.Paste(f"PASTED{HOSTILE}"))
        await pilot.pause()
        await shown(pilot, hostile_app, "PASTED")


async def test_svg_screenshot_carries_no_controls(hostile_app):
    async with hostile_app.run_test(size=SIZE) as pilot:
        await shown(pilot, hostile_app, "TITLE")
        svg = hostile_app.export_screenshot()
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x80-\x9f\u202a-\u202e\u2066-\u2069]", svg)


# Toasts are drawn by Textual's Toast widget from the raw message: markup=False stops
# markup, not control characters. The load failure quotes the folder name (and, for
# any other exception, whatever its message quotes).
async def test_toast_quoting_a_hostile_folder_name(sample_config, tmp_path):
    config = replace(sample_config, briefings=tmp_path / f"gone{HOSTILE_NAME}")
    app = BriefreaderApp(config)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.workers.wait_for_complete()
        await shown(pilot, app, "briefings folder not found")


async def test_toast_quoting_a_hostile_notes_path(sample_config, sample_library, tmp_path):
    notes = tmp_path / f"notes{HOSTILE_NAME}.toml"
    notes.write_text("this = = is not toml", encoding="utf-8")
    app = BriefreaderApp(replace(sample_config, notes=notes), library=sample_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await shown(pilot, app, "does not parse")


# ----- the CLI, to a pipe and to a terminal ---------------------------------------------


@pytest.fixture
def hostile_cli(tmp_path: Path, monkeypatch, sample_config):
    """``briefreader`` in-process with the hostile library and a config pointing at tmp."""
    import briefreader.library

    evil = evil_briefing(tmp_path)
    library = Library(
        root=tmp_path,
        briefings=[evil, unread_briefing(tmp_path)],
        problems=[
            FileProblem(relpath=f"FILE{HOSTILE}.txt", path="/x", problem=Problem(hostile("KIND"), hostile("MSG"))),
        ],
    )
    monkeypatch.setattr(briefreader.library, "load_library", lambda *a, **k: library)
    config = tmp_path / "config.toml"
    config.write_text((ROOT / "config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "briefings").mkdir()
    NotesStore.open(tmp_path / "notes.toml").add_note(evil, hostile("NOTE"))
    return {"config": str(config), "id": evil.id}


CLI_CASES = [
    (["list"], "TITLE"),
    (["list", "TITLE"], "SOURCE"),
    (["show", "{id}"], "P1"),
    (["show", "{id}", "--script", "hant"], "AUTHOR"),
    (["show", "{id}", "--original"], "ORIGINAL"),
    (["show", "raw", "--original"], "REREAD"),
    (["figures"], "FIGURE_EN"),
    (["figures", "{id}"], "FIGURE_TEXT"),
    (["check"], "MSG"),
    (["bookmark", "{id}"], "bookmarked"),
    (["show", f"nope{HOSTILE}"], "unknown briefing id"),  # the id is echoed in the error
    (["list", f"topc:{HOSTILE}"], "query"),
]


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize(("args", "marker"), CLI_CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_cli_output_is_plain(hostile_cli, capsys, monkeypatch, args, marker, tty):
    from briefreader.cli import main

    if tty:  # Rich then draws a table with styles: those are the only escapes allowed
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        monkeypatch.setenv("COLUMNS", "300")  # wide enough that no cell is folded
    code = main(["--config", hostile_cli["config"], *(a.format(id=hostile_cli["id"]) for a in args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert marker in out + err
    for name, stream in (("stdout", out), ("stderr", err)):
        stream = OWN_SEQUENCES.sub("", stream)
        assert "\x1b" not in stream, name
        assert_nothing_unsafe(stream.replace("\t", " ").replace("\n", " "), name)
    assert code in (0, 1, 2)


@pytest.mark.parametrize("args", [["list", "--json"], ["figures", "--json"]])
def test_cli_json_escapes_what_it_cannot_print(hostile_cli, capsys, args):
    """JSON keeps the exact data, but as \\uXXXX escapes: a terminal never sees it raw."""
    from briefreader.cli import main

    assert main(["--config", hostile_cli["config"], *args]) == 0
    out = capsys.readouterr().out
    assert not FORBIDDEN.search(out.replace("\n", " "))  # "pwned" stays, as harmless \u001b]0;pwned
    data = json.loads(out)
    if args[0] == "list":
        assert data[0]["title"] == hostile("TITLE")
    else:
        assert data[0]["en"] == hostile("FIGURE_EN")


def test_a_real_terminal_never_sees_hostile_file_names(tmp_path: Path):
    """The real command on a pseudo-terminal: file names are not cleaned by ingest."""
    corpus = tmp_path / "briefings"
    corpus.mkdir()
    body = "上海信息消费节开幕，规模超过3000亿元。这是一段足够长的正文内容。".encode()
    names = [f"esc{HOSTILE_NAME}name.txt".encode(), "bidi\u202e\u2066txt.md".encode(), b"gbk_\xc9\xcf\xba\xa3.txt"]
    for name in names:
        with open(os.fsencode(corpus) + b"/" + name, "wb") as fh:
            fh.write(body)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bad\x1b[2J\u202e.txt").write_bytes(b"\x00\x01" * 50)  # a problem entry quoting it
    config = tmp_path / "config.toml"
    config.write_text((ROOT / "config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    env = {
        **os.environ,
        "BRIEFREADER_CACHE_DIR": str(tmp_path / "cache"),
        "COLUMNS": "160",
        "PYTHONIOENCODING": "utf-8:strict",
    }  # a normal UTF-8 locale: surrogates would raise
    for args in (["list"], ["check"], ["figures"]):
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "briefreader.cli", "--config", str(config), "--no-cache", *args],
            stdout=slave,
            stderr=slave,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(master)
        assert proc.wait(timeout=60) in (0, 1), args
        output = b"".join(chunks).decode("utf-8")
        assert "Traceback" not in output
        if args == ["list"]:
            assert output.count("上海信息消费节开幕") == 3  # all three hostile names listed
        screen = re.sub(r"\x1b\[\?[0-9;]*[hl]", "", OWN_SEQUENCES.sub("", output))  # Rich may toggle the cursor
        assert "\x1b" not in screen, (args, screen[screen.index("\x1b") - 40 :][:80])
        # A pty turns "\n" into "\r\n" and Rich's progress bar returns with "\r".
        assert_nothing_unsafe(re.sub("[\r\n\t]", " ", screen), " ".join(args))


# ----- the helpers every widget uses ----------------------------------------------------


def test_safe_text_strips_controls_and_bidi_but_keeps_newlines_and_tabs():
    assert safe_text("a\tb\nc\x1b[2Jd\x07\u202ee\x85f\x00") == "a\tb\ncde\nf"  # NEL is a newline
    assert safe_text("[@click=app.quit]") == "[@click=app.quit]"
    assert safe_text("gbk_\udcc9.txt") == "gbk_\ufffd.txt"  # a lone surrogate cannot be written
    assert not FORBIDDEN.search(safe_text(HOSTILE).replace("\n", ""))


def test_escape_json_round_trips_and_prints_safely():
    from briefreader.safe import escape_json

    data = {"title": hostile("T"), "path": "/c/gbk_\udcc9.txt"}
    text = escape_json(json.dumps(data, ensure_ascii=False))
    assert not FORBIDDEN.search(text) and "\x1b" not in text
    assert json.loads(text) == data
    text.encode("utf-8")  # no lone surrogate left to raise on a strict stream


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
