"""Guards a big library without an index (issue 19): its stories (MinHash over every
text, on a thread that shares the interpreter with the UI) are not found unasked; a
story term or the versions view asks, and gets the same stories as before."""

from __future__ import annotations

from dataclasses import replace

from helpers.story_corpus import STORIES, make_story_corpus
from helpers.waiting import screen_ready, until

from briefreader import across, stories
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.versions_view import VersionsScreen
from briefreader.tui.widgets.filter_bar import DEBOUNCE

SIZE = (120, 36)


def _app(sample_config, tmp_path, monkeypatch, limit: int):
    folder = tmp_path / "briefings"
    make_story_corpus(folder)  # 6 briefings, two stories of 3 and 2 versions
    config = replace(sample_config, briefings=folder)
    library = load_library(config, use_cache=False)
    assert library.index is None and len(library.briefings) == 6
    monkeypatch.setattr(stories, "TEXT_STORIES_UNASKED", limit)
    calls: list[int] = []
    real = across.story_map

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(across, "story_map", counted)
    return BriefreaderApp(config, library=library), calls


def main(app) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


async def test_a_big_library_without_an_index_finds_no_stories_unasked(sample_config, tmp_path, monkeypatch):
    app, calls = _app(sample_config, tmp_path, monkeypatch, limit=5)  # 6 briefings: "big"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == [] and main(app)._stories is None
        assert len(main(app).briefing_list.rows) == 6 + 3  # every briefing its own row (and 3 months)
        # A story term asks: the filter finds them then, the same stories as always.
        main(app).filter_bar.input.value = "is:duplicate"
        await pilot.pause(DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == [1]
        assert {b.id for b in main(app).shown} == {i for ids in STORIES.values() for i in ids}
        main(app).filter_bar.input.value = ""
        await pilot.pause(DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        # V on a version asks too (found once: the filter's are kept), then the view opens.
        main(app).briefing_list.select(next(b for b in main(app).shown if b.id == "b_jiefang"))
        await pilot.press("V")
        await until(pilot, lambda: screen_ready(app, VersionsScreen), "the versions view")
        assert {b.id for b in app.screen.versions} == set(STORIES["a_xinhua"])
        assert calls == [1]


async def test_a_library_under_the_limit_finds_its_stories_at_once(sample_config, tmp_path, monkeypatch):
    app, calls = _app(sample_config, tmp_path, monkeypatch, limit=6)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: main(app)._stories is not None, "the stories")
        assert calls == [1]
        assert main(app)._stories.versions("b_jiefang") == STORIES["a_xinhua"]
