"""A record of a multi-record file that is not read (session 36: a scraper's CSV row holding only a site's
"Javascript must be enabled" notice) is listed as not read on the problems screen, and enter does not open
another record of the same file in its place (by path it was "read": enter opened the file's first record)."""

from __future__ import annotations

from briefreader.library import FileProblem, Library
from briefreader.model import Problem
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.problems import ProblemsScreen

MEDIUM = (100, 30)


def _text(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def test_a_record_not_read_beside_a_listed_one_is_not_openable(sample_config, sample_library) -> None:
    listed = sample_library.briefings[2]  # another record of the same file, in the list
    notice = "the text is only the site's notice “Javascript must be enabled”, no article"
    library = Library(
        sample_library.root,
        list(sample_library.briefings),
        problems=[FileProblem(listed.id + ".csv", listed.path, Problem("empty", notice))],
    )
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=MEDIUM) as pilot:
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert [p.problem.kind for p in app.screen.not_read] == ["empty"]
        assert app.screen.read_with_problem == []
        text = _text(app)
        assert "Not read (not in the list) (1)" in text and "Read with a problem" not in text
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)  # nothing to open: still here


async def test_a_repairable_problem_of_a_listed_file_still_opens_it(sample_config, sample_library) -> None:
    listed = sample_library.briefings[2]
    library = Library(
        sample_library.root,
        list(sample_library.briefings),
        problems=[FileProblem(listed.id + ".txt", listed.path, Problem("mojibake", "2 garbled spans"))],
    )
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=MEDIUM) as pilot:
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert len(app.screen.read_with_problem) == 1 and app.screen.not_read == []
        await pilot.press("j", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)
