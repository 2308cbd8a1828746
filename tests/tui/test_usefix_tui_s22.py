"""Session 22, usefix: an undated briefing says so in words, and the app's own symbols
take one cell in every terminal; each test fails on the code before it."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.waiting import screen_ready, until
from test_usefix_tui_s21 import _lines, _terminal_widths

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.text import text_presentation

TUI = Path(__file__).resolve().parents[2] / "src" / "briefreader" / "tui"


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_an_undated_briefing_says_undated_in_its_row_and_header(sample_config, tmp_path, language) -> None:
    """An undated briefing's row and article header showed "—" where the date goes (under
    a heading that said "Undated"): a dash reads as a missing value, not as "no date"."""
    from briefreader.tui.i18n import tr
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "note.txt").write_text("杨浦区直播基地开园\n\n杨浦区直播基地昨日开园，首批入驻企业十二家。\n", "utf-8")
    app = BriefreaderApp(replace(sample_config, briefings=folder, language=language))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: screen_ready(app, MainScreen) and app.library is not None, "the list")
        main = app.screen
        await until(pilot, lambda: main.current is not None and main.current.loaded, "the article")
        undated = tr("list.undated", language)
        await until(pilot, lambda: sum(line.count(undated) for line in _lines(app)) >= 3, "heading, row and header")
        lines = _lines(app)
    assert main.current.date_iso is None
    assert not any(" — " in line or "—·" in line.replace(" ", "") for line in lines), lines


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_apps_warning_mark_takes_one_cell_in_every_terminal(sample_config, sample_library, size) -> None:
    """The status bar's ⚠ (the samples have a problem: "⚠ problems: 1 (P)") was written
    bare: two cells where the terminal draws it as emoji, and the bar's line was one cell
    wider than the screen there."""
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: any("(P)" in line for line in _lines(app)), "the problems count")
        lines = _lines(app)
    wrong = [(line, _terminal_widths(line)) for line in lines if _terminal_widths(line) != (size[0], size[0])]
    assert not wrong, wrong


def _strings(tree: ast.AST) -> list[str]:
    """The string constants of a module, docstrings left out (they are never drawn)."""
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def test_no_symbol_the_tui_writes_has_an_emoji_form_drawn_bare() -> None:
    """▶ (the versions view's current row), ◀ (help's focused section) and ⚠ (the status
    bar) have emoji forms; every symbol the TUI's own strings write is either one without
    (▸ ◂ ▾ ★ ✓) or asks for text (U+FE0E after it). text.py holds the table of them."""
    bare = [
        (path.name, value)
        for path in sorted(TUI.rglob("*.py"))
        if path.name != "text.py"
        for value in _strings(ast.parse(path.read_text("utf-8")))
        if text_presentation(value) != value
    ]
    assert not bare, bare
