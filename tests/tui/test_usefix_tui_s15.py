"""Session 15, usefix: the new-user tester's s14 findings in the TUI (Pilot): the
Traditional view of a Traditional source (F2), Japanese (F6)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from helpers.waiting import until

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

TRADITIONAL = (
    "中央政府振興經濟消費券發放特別決算審核報告\n\n"
    "行政院依本條例辦理發放消費券所需經費以特別預算方式編列。\n\n"
    "審定實現數542萬餘元，係消費券發放作業之理賠款。本計畫之消費券印製及兌付作業，由財政部辦理。\n"
)
JAPANESE = "政府は経済対策として3000億円の規模の予算を計上した。\n\n民間の予測では約5000億円の効果が見込まれる。\n"


@pytest.fixture
def folder_app(tmp_path: Path, sample_config):
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "audit.txt").write_text(TRADITIONAL, encoding="utf-8")
    (root / "japan.txt").write_text(JAPANESE, encoding="utf-8")
    config = replace(sample_config, briefings=root)
    library = load_library(config, use_cache=False)
    return BriefreaderApp(config, library=library), library


def main(app: BriefreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


async def test_t_shows_a_traditional_source_in_its_own_characters(folder_app):
    app, library = folder_app
    audit = next(b for b in library.briefings if b.id == "audit")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main(app)
        screen.briefing_list.select(audit)
        await until(pilot, lambda: screen.article.briefing is not None and screen.article.briefing.id == "audit")
        assert "办理发放消费券" in screen.article.shown_text  # Simplified, as searched
        await pilot.press("t")
        await pilot.pause()
        shown = screen.article.shown_text
        assert "辦理發放消費券" in shown and "係消費券" in shown and "本計畫" in shown and "印製" in shown, shown
        assert "髮放" not in shown and "計劃" not in shown and "印制" not in shown


async def test_japanese_stays_as_written_in_both_scripts(folder_app):
    app, library = folder_app
    japan = next(b for b in library.briefings if b.id == "japan")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main(app)
        screen.briefing_list.select(japan)
        await until(pilot, lambda: screen.article.briefing is not None and screen.article.briefing.id == "japan")
        assert "3000億円の規模" in screen.article.shown_text
        await pilot.press("t")
        await pilot.pause()
        assert "3000億円の規模" in screen.article.shown_text and "予測" in screen.article.shown_text


# ----- tester s14 F17, F10 and the zh UI's warnings -------------------------------------


def rows(app: BriefreaderApp) -> list[str]:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return ["".join(seg.text for seg in strip) for strip in strips]


async def test_the_side_panel_key_is_in_the_80x24_footer(sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = rows(app)[-1]
        assert "s Side panel" in footer, footer  # was: "… y Copy t Si", s not shown at all
        screen = main(app)
        assert not screen.has_class("-side-open")
        await pilot.press("s")
        await pilot.pause()
        assert screen.has_class("-side-open") and screen.side.display


async def test_a_warning_in_the_zh_ui_is_said_whole_in_the_status_bar(sample_config, sample_library):
    from briefreader.tui.widgets.status_bar import WARN, StatusBar

    app = BriefreaderApp(replace(sample_config, language="zh"), library=sample_library)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("slash", "x", "y", "z", "enter")
        await until(pilot, lambda: main(app).current is None, "the filter hides every briefing")
        await pilot.press("y")  # nothing to copy: a warning
        await pilot.pause()
        assert list(app._notifications) == []  # no toast: over a pane edge it lost its CJK cells
        assert app.screen.query_one(StatusBar).message == "未选择简报"
        # in the filter bar's bottom border, where it moves nothing (session 49, new user s48 U9)
        border = rows(app)[main(app).filter_bar.region.bottom - 1]
        assert border.strip("─ ") == WARN + "未选择简报", border


async def test_the_zh_problems_view_is_in_chinese(sample_config, sample_library):
    app = BriefreaderApp(replace(sample_config, language="zh"), library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("P")
        await pilot.pause()
        shown = "\n".join(rows(app))
        assert "乱码" in shown and "处乱码无法修复：“" in shown, shown
        assert "garbled" not in shown and "mojibake" not in shown
