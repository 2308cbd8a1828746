"""The problems screen names a record of a file of many, not only its file (session 36's new-user pass:
a scraper's CSV whose ten rows held only a site's notice showed "scraped.csv" ten times). Each line
has the record's key in the file (the id's "#…" part) and its title, on one line and terminal-safe;
enter on a record read with a problem opens that record, not its file's first."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.waiting import until
from textual.widgets import OptionList

from briefreader.config import load_config
from briefreader.library import FileProblem, Library, load_library
from briefreader.model import Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.problems import ProblemsScreen

ROOT = Path(__file__).resolve().parents[2]
SCRAPED = (
    ROOT
    / "tests/data/realworld/dev/s35_08_scraped_corpus_records_csv_multiline_raw_text_gmt_stamps_fetch_dates_230_rows_20230822_24.csv"
)
SMALL, LARGE = (80, 24), (200, 50)


@pytest.fixture(scope="module")
def scraped(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("scraped")
    folder = tmp / "c"
    shutil.copytree(ROOT / "briefings", folder)
    shutil.copy(SCRAPED, folder / "scraped.csv")
    path = tmp / "config.toml"
    path.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp}/notes.toml"\ncache = "{tmp}/cache"\n', encoding="utf-8"
    )
    config = load_config(path)
    library = load_library(config)
    yield config, library
    library.close()


def _prompts(app: BriefreaderApp) -> list[str]:
    options = app.screen.query_one("#problems-list", OptionList)
    return [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]


def _text(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


@pytest.mark.parametrize("size", [SMALL, LARGE])
async def test_ten_failed_rows_of_one_csv_have_ten_names(scraped, size) -> None:
    config, library = scraped
    failed = [p for p in library.problems if p.relpath == "scraped.csv"]
    assert len(failed) == 10  # the rows holding only "Javascript must be enabled"
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=size) as pilot:
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        # session 38: the file is named once, on a line of its own, and its records under it
        prompts = _prompts(app)
        assert [p for p in prompts if "scraped.csv" in p] == ["scraped.csv"]
        names = [p.split("\n")[0] for p in prompts if p.startswith("  #")]
        assert len(names) == 10 and len(set(names)) == 10, names
        for p in failed:  # its key, as its id has it, and the start of its title
            assert any(f"  #{p.entry}  {p.title[:6]}" in name for name in names), (p, names)
        first = failed[0]
        assert f"#{first.entry}" in _text(app)  # on screen, at 80 columns too
        assert "\n" not in names[0] and len(names[0]) < 80


async def test_a_records_name_is_terminal_safe(sample_config, sample_library) -> None:
    b = sample_library.briefings[0]
    hostile = "\x1b[2J\x1b]0;pwned\x07[bold red]标题[/]\n第二行\u202e"
    library = Library(
        sample_library.root,
        list(sample_library.briefings),
        problems=[FileProblem("feed.xml", "/nowhere/feed.xml", Problem("empty", "no text"), "1234abcd", hostile)],
    )
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        name = next(p for p in _prompts(app) if p.startswith("feed.xml")).split("\n")[0]
        assert name.startswith("feed.xml #1234abcd  ")
        assert "[bold red]标题[/]" in name  # shown as written, never read as markup
        assert not any(ord(c) < 32 or c == "\u202e" for c in name), repr(name)
        assert "第二行" in name  # one line
    assert b is sample_library.briefings[0]


async def test_enter_on_a_record_opens_that_record(sample_config, sample_library) -> None:
    """Two records of one file in the list, the second read with a problem: enter opens the second."""
    first, second, *rest = sample_library.briefings
    path = first.path
    one = replace(first, entry="aaaa1111", id=first.id + "#aaaa1111")
    two = replace(second, path=path, entry="bbbb2222", id=first.id + "#bbbb2222")
    problem = FileProblem("feed.xml", path, Problem("mojibake", "2 garbled spans"), "bbbb2222", two.title)
    library = Library(sample_library.root, [one, two, *rest], problems=[problem])
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("j", "enter")
        await until(pilot, lambda: not isinstance(app.screen, ProblemsScreen), "the problems screen closed")
        article = app.screen.article  # type: ignore[attr-defined]
        await until(pilot, lambda: article.briefing is not None, "an article")
        assert article.briefing.id == two.id
