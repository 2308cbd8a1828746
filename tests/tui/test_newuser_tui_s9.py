"""Guards what a new user met in session 9's pass (tmux at 80x24 and 160x45 on the samples,
the real dev files, a generated library read column-wise, and hostile files beside good ones)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy  # noqa: F401 - loaded before the app: its lazy imports on several threads race (see the 19-ingest note)
from textual.widgets import OptionList

from briefreader.library import FileProblem, Library
from briefreader.model import Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.problems import ProblemsScreen
from briefreader.tui.widgets.status_bar import StatusBar


async def test_a_file_with_two_problems_opens_the_problems_view(sample_config, sample_library):
    # A 36 MB one-line text file was read with two problems (too_large: only the start was
    # read; truncated: more than 1000 figures). P then crashed the app with Textual's
    # DuplicateID traceback: each problem's option had the file's path as its id.
    readable = sample_library.briefings[1]
    path = readable.path
    library = Library(
        sample_library.root,
        list(sample_library.briefings),
        problems=[
            FileProblem("big.txt", path, Problem("too_large", "larger than 8 MB: only the start was read")),
            FileProblem(
                "big.txt", path, Problem("truncated", "more than 1000 figures: only the first 1000 are listed")
            ),
        ],
    )
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("too_large" in s for s in shown) and any("truncated" in s for s in shown)
        await pilot.press("j", "enter")  # the second problem of the file opens it too
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article.briefing is not None and app.screen.article.briefing.path == path


async def test_an_article_shown_while_the_list_loads_says_it_is_loading(sample_config, tmp_path, monkeypatch):
    # On a loaded machine a cold start (or an index from older code, after an upgrade)
    # showed the highlighted entry's title over a body of "—" and "No figures found." for
    # as long as the folder took to read (a minute here): it read as an empty article.
    import time
    from dataclasses import replace

    import briefreader.library as library_module
    from briefreader.tui.widgets.side_panel import SidePanel

    folder = tmp_path / "b"
    folder.mkdir()
    for i, sample in enumerate(sorted(Path(sample_config.briefings).glob("*.txt")) * 6):
        (folder / f"f{i:02d}.txt").write_text(sample.read_text(encoding="utf-8") + f"\n第{i}条。\n", encoding="utf-8")
    analyse = library_module.analyse

    def slow(path, *args):
        time.sleep(0.1)
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", slow)
    app = BriefreaderApp(replace(sample_config, briefings=folder))
    async with app.run_test(size=(120, 36)) as pilot:
        start = time.monotonic()
        while not (isinstance(app.screen, MainScreen) and app.screen.briefing_list.briefing_count):
            assert time.monotonic() - start < 60
            await pilot.pause(0.02)
        assert app.library is None  # still loading
        await pilot.pause(0.1)
        screen = app.screen
        assert screen.current is not None and not screen.current.loaded
        body = " ".join(str(w.render()) for w in screen.article.query(".para"))
        side = str(screen.query_one(SidePanel).query_one("#figures-empty").render())
        assert "Loading" in body and "Loading" in side, (body[-80:], side)
        assert "No figures found" not in side


async def _store_session(config, store_min: int) -> list[str]:
    """Screens through what a reader does beyond moving and filtering (bookmark, note,
    has:note, the figures view and its enter, mark all read, the notes screen, export)."""
    import pytest

    from briefreader import liststore
    from briefreader.library import load_library
    from briefreader.tui.widgets.filter_bar import DEBOUNCE

    mp = pytest.MonkeyPatch()
    mp.setattr(liststore, "STORE_MIN", store_min)
    try:
        lib = load_library(config, verify=False)
        assert isinstance(lib.briefings, liststore.ListStore) == (store_min == 0)
        app = BriefreaderApp(config, library=lib)
        shots: list[str] = []
        async with app.run_test(size=(120, 36)) as pilot:

            async def shot() -> None:
                await pilot.pause(DEBOUNCE + 0.05)
                await app.workers.wait_for_complete()
                # a confirmation in the status bar (s14) lasts seconds: there in one pass or not, by load
                for bar in app.screen.query(StatusBar):
                    bar.clear_message()
                app.clear_notifications()  # a toast too (its edge drawn as ▄ over the side panel at load)
                # under load the toast's removal and the article's scrollbar settle a frame or more later
                # (the final CI of session 40: a ▄ beside the side panel in one pass at step 9)
                for _ in range(20):
                    await pilot.pause(0.05)
                    if not app.screen.query("Toast"):
                        break
                await pilot.pause()
                strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
                text = "\n".join("".join(seg.text for seg in strip) for strip in strips)
                # a time of day (a note's or a read mark's stamp) differs between the two passes
                text = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "<now>", text)
                shots.append(
                    type(app.screen).__name__
                    + "\n"
                    + "\n".join(line for line in text.split("\n") if ":" not in line[:80] or "briefings" in line)
                )

            for keys in (
                ("j", "j", "b"),
                ("slash", *"is:bookmarked", "enter"),
                ("slash", "ctrl+u", "enter", "j", "n", *"核对数字", "ctrl+s"),
                ("slash", "ctrl+u", *"has:note", "enter"),
                ("slash", "ctrl+u", "enter", "F"),
                ("j", "j", "enter"),
                ("A", "y"),
                ("slash", "ctrl+u", *"is:unread", "enter"),
                ("slash", "ctrl+u", "enter", "ctrl+n"),
                ("escape", "e"),
            ):
                await pilot.press(*keys)
                await shot()
            assert isinstance(app.library.briefings, liststore.ListStore) == (store_min == 0)
        lib.close()
    finally:
        mp.undo()
    export = config.export.read_text(encoding="utf-8")
    shots.append("\n".join(line for line in export.split("\n") if not line.startswith(("Exported", "**"))))
    return shots


async def test_a_reader_does_the_same_over_a_column_wise_list(sample_config, tmp_path):
    # Session 9's column-wise list (liststore, 50,000+ entries): a pass in tmux over a
    # generated library with STORE_MIN lowered found the same screens for these actions as
    # the row-by-row list; this keeps them the same.
    from dataclasses import replace

    from briefreader.library import load_library

    folder = tmp_path / "b"
    folder.mkdir()
    for sample in sorted(Path(sample_config.briefings).glob("*.txt")):
        (folder / sample.name).write_bytes(sample.read_bytes())
    for i in range(6):
        (folder / f"m{i}.md").write_text(
            f"---\ntitle: 第{i}份简报\ndate: 2024-0{i + 1}-15\nsource: 新华社\n---\n\n张江投资{i + 2}亿元，增长{i + 5}%。\n",
            encoding="utf-8",
        )
    config = replace(sample_config, briefings=folder, cache_dir=tmp_path / "cache")
    load_library(config).close()
    screens = {}
    for name, store_min in (("rows", 10**9), ("store", 0)):
        (tmp_path / name).mkdir()
        own = replace(config, notes=tmp_path / name / "notes.toml", export=tmp_path / name / "notes.md")
        screens[name] = await _store_session(own, store_min)
    assert len(screens["rows"]) == len(screens["store"]) == 11
    for step, (a, b) in enumerate(zip(screens["rows"], screens["store"], strict=True)):
        assert b == a, f"step {step}"
    assert "核对数字" in screens["store"][-1] and "★" in screens["store"][-1]
    assert screens["store"][4].startswith("FiguresScreen") and screens["store"][5].startswith("MainScreen")


def test_the_figures_view_writes_a_year_without_a_thousands_separator() -> None:
    # The figures view's value column read '2,023' for 2023年 and '2,035' for 到2035年.
    from briefreader.index import FigureRow
    from briefreader.tui.screens.figures_view import _cell

    def row(kind: str, value: float, unit: str) -> FigureRow:
        return FigureRow(1, 1, "a", "2025-01-10", "人民日报", "标题", kind, "x", "x", value, unit, "", 0, 1)

    assert _cell(row("date", 2023.0, "year"), "value") == "2023"
    assert _cell(row("year", 2035.0, "year"), "value") == "2035"
    assert _cell(row("money", 56_000_000.0, "CNY"), "value") == "56,000,000"
    assert _cell(row("count", 2023.0, "家"), "value") == "2,023"  # a count stays an amount
