"""Guards what a new user met in session 9's pass (tmux at 80x24 and 160x45 on the samples,
the real dev files, a generated library read column-wise, and hostile files beside good ones)."""

from __future__ import annotations

import numpy  # noqa: F401 - loaded before the app: its lazy imports on several threads race (see the 19-ingest note)
from pathlib import Path

from textual.widgets import OptionList

from briefreader.library import FileProblem, Library
from briefreader.model import Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.problems import ProblemsScreen


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
            FileProblem("big.txt", path, Problem("truncated", "more than 1000 figures: only the first 1000 are listed")),
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
