"""Session 20, usefix: the TUI's footer at 80 columns, the side panel while an article
loads; each test fails on the code before it."""

from __future__ import annotations

from helpers.waiting import until
from textual.widgets._footer import FooterKey

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.footer import QuietFooter

# ----- the footer cut its last key at 80 columns ("cCite figur") ---------------------------------


def _footer_keys(app: BriefreaderApp) -> list[FooterKey]:
    return list(app.screen.query_one(QuietFooter).query(FooterKey))


def _cut_keys(app: BriefreaderApp) -> list[str]:
    """The descriptions of the footer's keys that do not lie whole inside the footer."""
    footer = app.screen.query_one(QuietFooter).region
    return [
        key.description
        for key in _footer_keys(app)
        if key.display and (key.region.x < footer.x or key.region.right > footer.right)
    ]


async def test_the_footer_shows_only_whole_keys_at_80_columns_and_more_when_wider(
    sample_config, sample_library
) -> None:
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: len(_footer_keys(app)) > 0, "the footer's keys")
        await pilot.pause(0.2)
        assert _cut_keys(app) == []
        shown = [k.description for k in _footer_keys(app)]
        assert "Help" in shown and "Quit" in shown  # the keys that lead to every other key
        assert "Cite figure" not in shown  # it does not fit whole: not shown at all
        await pilot.resize_terminal(160, 45)
        await until(pilot, lambda: "Cite figure" in {k.description for k in _footer_keys(app)}, "the wide footer")
        await pilot.pause(0.2)
        assert _cut_keys(app) == []
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: "Cite figure" not in {k.description for k in _footer_keys(app)}, "the narrow one")
        await pilot.pause(0.2)
        assert _cut_keys(app) == []
        await pilot.press("L")  # the Chinese labels have their own widths
        await until(pilot, lambda: "帮助" in {k.description for k in _footer_keys(app)}, "the Chinese footer")
        await pilot.pause(0.2)
        assert _cut_keys(app) == []


# ----- tester s19 U12: "No figures found" while the list was still arriving ----------------------


async def test_before_the_first_row_the_side_panel_and_article_say_loading(
    sample_config, tmp_path, monkeypatch
) -> None:
    """L before the first row (a cold start): the side panel said "未发现关键数字。" (no
    figures: a statement about an article) and "press n", the article "select a briefing
    on the left" with nothing on the left to select."""
    import shutil
    import threading
    from dataclasses import replace
    from pathlib import Path

    from textual.widgets import Static

    import briefreader.library as library_module
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "b"
    shutil.copytree(Path(__file__).resolve().parents[2] / "briefings", folder)
    analyse, release = library_module.analyse, threading.Event()

    def held(path, *args):
        release.wait(30)  # no file is read until the test has looked
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", held)
    app = BriefreaderApp(replace(sample_config, briefings=folder))
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            await until(pilot, lambda: main.is_mounted, "the main screen")
            await pilot.press("L")
            await pilot.pause(0.2)
            assert main.is_loading and main.current is None
            side = main.side
            assert str(side.query_one("#figures-empty", Static).render()) == "载入中…"
            assert str(side.query_one("#notes", Static).render()) == ""  # not "press n": nothing to note
            assert "选择" not in " ".join(str(s.render()) for s in main.article.query(Static))
            release.set()
            await until(pilot, lambda: app.library is not None, "the library")
            await until(pilot, lambda: main.current is not None and main.current.loaded, "the first article")
            await pilot.pause(0.2)
            assert str(side.query_one("#notes", Static).render()).startswith("尚无笔记")
    finally:
        release.set()
