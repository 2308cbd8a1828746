"""Guards what a new user met in the TUI in session 38's pass (/work/notes/s38_appfix.md).

The problems screen (P) on a folder holding a scraper's CSV of which ten rows are only a
site's notice: each of the ten repeated the CSV's 100-character name and the same notice, so
three records filled the dialog; at 80x24 the dialog's hint line (how to open and close) fell
off the screen; at 200x50 the dialog stayed 84 columns wide and 24 rows tall. The file is now
named once with its records under it, a notice its records share is said once, the dialog
takes a wide terminal's room and its hint stays on screen.

The figures view (F) on the same folder listed each figure of the CSV's repeated records twice
(known since session 36): a figure an earlier version of its story has is now left out, and
the title says how many were.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.waiting import until
from textual.widgets import OptionList

from briefreader.config import load_config
from briefreader.library import FileProblem, Library, load_library
from briefreader.model import Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.i18n import LABELS
from briefreader.tui.screens.problems import ProblemsScreen

ROOT = Path(__file__).resolve().parents[2]
SCRAPED = (
    ROOT
    / "tests/data/realworld/dev/s35_08_scraped_corpus_records_csv_multiline_raw_text_gmt_stamps_fetch_dates_230_rows_20230822_24.csv"
)
NOTICE = "Javascript must be enabled"


@pytest.fixture(scope="module")
def scraped(tmp_path_factory):
    """The samples and the scraped CSV under a long folder name, as a user's folder has it."""
    tmp = tmp_path_factory.mktemp("scraped38")
    folder = tmp / "c"
    shutil.copytree(ROOT / "briefings", folder)
    (folder / "corpus").mkdir()
    shutil.copy(SCRAPED, folder / "corpus" / SCRAPED.name)
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


async def _problems(app: BriefreaderApp, pilot) -> None:
    await pilot.press("P")
    await pilot.pause()
    assert isinstance(app.screen, ProblemsScreen)


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_a_file_of_many_is_named_once_and_its_shared_notice_said_once(scraped, size) -> None:
    config, library = scraped
    failed = [p for p in library.problems if p.relpath.startswith("corpus/")]
    assert len(failed) == 10 and all(NOTICE in p.problem.message for p in failed)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=size) as pilot:
        await _problems(app, pilot)
        prompts = _prompts(app)
        assert sum(SCRAPED.name in p for p in prompts) == 1, prompts  # was 10
        assert sum(NOTICE in p for p in prompts) == 1, prompts  # was 10
        said = next(p for p in prompts if NOTICE in p)
        assert said.startswith("    each of the 10 above: ")  # under the records (new user s44 U6)
        for p in failed:  # every record still named by its key and title
            assert any(f"#{p.entry}  {p.title[:6]}" in q for q in prompts), p.entry
        screen = _text(app)
        assert "enter open · escape / q / P close" in screen  # the hint fell off at 80x24
        if size == (200, 50):
            dialog = app.screen.query_one("#problems-dialog")
            assert dialog.region.width > 84  # was 84 in a 200-column terminal
            # everything on one screen: the ten records, the notice and the sample's own problem
            assert all(f"#{p.entry}" in screen for p in failed)
            assert NOTICE in screen and "002_8b30a93c016d4fd5.txt" in screen
        else:
            assert app.screen.query_one("#problems-dialog").region.width <= 80


async def test_records_with_their_own_words_keep_them(sample_config, sample_library) -> None:
    """Only a run of the same words is said once: records of one file with different
    problems each keep theirs, and a file of one is one line with its own."""
    problems = [
        FileProblem("feed.xml", "/nowhere/feed.xml", Problem("empty", "no text at all"), "1111aaaa", "一"),
        FileProblem("feed.xml", "/nowhere/feed.xml", Problem("empty", "no text at all"), "2222bbbb", "二"),
        FileProblem("feed.xml", "/nowhere/feed.xml", Problem("malformed", "a broken entry"), "3333cccc", "三"),
        FileProblem("other.html", "/nowhere/other.html", Problem("empty", "no text at all")),
    ]
    library = Library(sample_library.root, list(sample_library.briefings), problems=problems)
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        await _problems(app, pilot)
        prompts = _prompts(app)
        assert sum(p == "feed.xml" for p in prompts) == 1
        assert any(p.startswith("    each of the 2 above: ") and "no text at all" in p for p in prompts)
        third = next(p for p in prompts if "#3333cccc" in p)
        assert "a broken entry" in third  # its own words, under it
        other = next(p for p in prompts if p.startswith("other.html"))
        assert other.endswith("\n  no text at all")  # a file of one: under its name (indented since s44 U6)
        assert sum("no text at all" in p for p in prompts) == 2


def test_the_shared_notice_has_a_chinese_label() -> None:
    en, zh = LABELS["problems.each"]
    assert en.format(count=3) == "each of the 3 above: " and "3" in zh.format(count=3) and zh != en


async def test_the_figures_view_lists_a_storys_figure_once(scraped) -> None:
    from briefreader.across import figure_table
    from briefreader.tui.screens.figures_view import FiguresScreen

    config, library = scraped
    every = figure_table(library, library.briefings)
    once = figure_table(library, library.briefings, once_per_story=True)
    assert once.repeated > 0
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        await until(pilot, lambda: not screen.busy and len(screen.rows_widget.table) == len(once), "F's table")
        rows = screen.rows_widget.table.rows(0, len(once))
        pair = [r for r in rows if "#76b5ee72" in r.id]
        # was 10, both ids (5 each until session 47: its 1、2位密友 is "one or two", no count)
        assert len(pair) == 4 and {r.id.rsplit("#", 1)[1] for r in pair} == {"76b5ee72"}
        title = str(screen.query_one("#figview-title").render())
        assert f"Figures: {len(every) - once.repeated:,}" in title
        assert f"{once.repeated} said again by another version of their story: listed once" in title


async def test_enter_on_the_problems_screen_counts_as_read(sample_config, sample_library) -> None:
    """P, enter on sample 002 (read with a problem): the article opens, and it is read, as enter
    in the list and in F make it; it stayed unread (• and the unread count unchanged)."""
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        main = app.screen
        b = next(b for b in sample_library.briefings if b.id.startswith("002_"))
        assert not main.reading.state.is_read(b.fingerprint)  # type: ignore[attr-defined]
        await _problems(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, ProblemsScreen), "the problems screen closed")
        await until(pilot, lambda: main.article.briefing is not None, "an article")  # type: ignore[attr-defined]
        assert main.article.briefing.id == b.id  # type: ignore[attr-defined]
        assert main.reading.state.is_read(b.fingerprint)  # type: ignore[attr-defined]
