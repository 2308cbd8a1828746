"""At 80 columns the status line of a big folder with a sort chosen was cut at its end (session 36's
new-user pass: "⚠︎ problems: 11 (P) │ 2357 of 2357 briefings · 2356 unread │ by date │ sorted b…").
When the line does not fit, its parts are said in fewer words ("2357/2357", "sort: figures") before
anything is cut; at 200 columns nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from briefreader.library import FileProblem, Library
from briefreader.model import Briefing, Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.status_bar import StatusBar

SMALL, LARGE = (80, 24), (200, 50)


def _library(root: Path) -> Library:
    briefings = [
        Briefing(id=f"b{n:04d}", path=str(root / f"b{n:04d}.txt"), fingerprint=f"f{n}", title=f"第{n}篇", text="正文")
        for n in range(2357)
    ]
    problems = [FileProblem(f"bad{n}.txt", str(root / f"bad{n}.txt"), Problem("empty", "no text")) for n in range(11)]
    return Library(root, briefings, problems=problems)


def _status(app: BriefreaderApp) -> str:
    bar = app.screen.query_one(StatusBar)
    return str(bar.render()).split("\n")[0]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("sort", ["figures", "source", "title"])
async def test_a_chosen_sort_is_never_cut_at_80_columns(sample_config, tmp_path, language, sort) -> None:
    app = BriefreaderApp(sample_config, library=_library(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        app.language = language
        app.sort = sort
        await pilot.pause()
        line = _status(app)
        assert cell_len(line) <= SMALL[0] and "…" not in line, line
        assert "(P)" in line and "2357" in line  # the problems and the counts stay
        short = {"en": f"sort: {sort}", "zh": {"figures": "按数字数", "source": "按来源", "title": "按标题"}[sort]}
        assert short[language] in line, line


async def test_a_wide_screen_keeps_the_long_words(sample_config, tmp_path) -> None:
    app = BriefreaderApp(sample_config, library=_library(tmp_path))
    async with app.run_test(size=LARGE) as pilot:
        app.sort = "figures"
        await pilot.pause()
        line = _status(app)
        assert "2357 of 2357 briefings" in line and "sorted by figures" in line, line
