"""Session 48 (review48, the new user's items of session 47) in the TUI: the sort by source in pinyin order (U1), a
query error kept to one line under the query at 80 columns, the whole of a message too long for it said in a
notification (U3), and notes exported from the Traditional view under the titles the list shows (U5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers.story_corpus import make_story_corpus
from helpers.waiting import until
from textual.widgets import Static

from briefreader.config import load_config
from briefreader.library import Library, load_library
from briefreader.model import Briefing
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

# ----- U1: the sort by source ----------------------------------------------------------------

OUTLETS = ["中国新闻网", "人民日报", "新华社", "半月谈", "财新", "BBC中文网", "澎湃新闻", ""]


async def test_the_sort_by_source_lists_outlets_in_pinyin_order(sample_config, tmp_path: Path) -> None:
    briefings = [
        Briefing(
            id=f"b{n}", path=str(tmp_path / f"b{n}.txt"), fingerprint=f"f{n}", title=f"第{n}篇报道", text="正文",
            date=dt.date(2024, 5, 1), date_precision="day", source=source,
        )
        for n, source in enumerate(OUTLETS)
    ]  # fmt: skip
    app = BriefreaderApp(sample_config, library=Library(tmp_path, briefings))
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        app.sort = "source"
        await pilot.pause()
        shown = [row.briefing.source for row in main.briefing_list.rows if row.briefing is not None]
    # old: by code point, 中国新闻网 人民日报 半月谈 新华社 澎湃新闻 财新
    assert shown == ["BBC中文网", "半月谈", "财新", "澎湃新闻", "人民日报", "新华社", "中国新闻网", ""], shown


# ----- U3: a query error at 80 columns -------------------------------------------------------


def _config(tmp_path: Path):
    root = tmp_path / "b"
    make_story_corpus(root)
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n'
        f'export = "{tmp_path}/notes.md"\n',
        encoding="utf-8",
    )
    return load_config(config_path)


async def _error_after(tmp_path: Path, typed: str, size: tuple[int, int]) -> tuple[str, int, int, list[str]]:
    config = _config(tmp_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=size) as pilot:
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            top = main.briefing_list.region.y
            await pilot.press("slash", *typed, "enter")
            await until(pilot, lambda: main.filter_bar.has_class("-error"), "the error")
            await pilot.pause()
            error = main.filter_bar.query_one("#filter-error", Static)
            said = [str(n.message) for n in app._notifications]
            return str(error.render()), error.size.height, main.briefing_list.region.y - top, said
    finally:
        library.close()


async def test_a_query_error_keeps_to_one_line_at_80_columns(tmp_path: Path) -> None:
    """At 80 columns the error wrapped to two lines and the list went down two rows (new user s47 U3)."""
    line, height, moved, said = await _error_after(tmp_path, "date:2021-06..2021-07", (80, 24))
    assert line.startswith("✗ Query error at column 6: bad date") and height == 1, (line, height)
    assert moved == 1  # the error's one line (old: 2)
    # the whole message, cut on its line, is said once in a notification
    assert any("a range is two terms: after:X before:Y" in s for s in said), said


async def test_a_query_error_that_fits_is_not_said_again(tmp_path: Path) -> None:
    line, height, _moved, said = await _error_after(tmp_path, "date:2021-06..2021-07", (160, 48))
    assert "a range is two terms: after:X before:Y" in line and height == 1, (line, height)
    assert not any("Query error" in s for s in said), said


# ----- U5: the export from the Traditional view -----------------------------------------------


async def test_an_export_from_the_traditional_view_writes_the_lists_titles(tmp_path: Path) -> None:
    config = _config(tmp_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(100, 30)) as pilot:
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            app.notes.set_bookmark(library.by_id["c_hk"], True)
            app.notes.set_bookmark(library.by_id["d_customs"], True)
            app.script = "hant"
            await pilot.pause()
            titles = {i: main.list_title(library.by_id[i]) for i in ("c_hk", "d_customs")}
            sources = {i: main.list_source(library.by_id[i]) for i in ("c_hk", "d_customs")}
            main.action_export()
            await pilot.pause()
    finally:
        library.close()
    exported = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert titles["c_hk"] == "滬軟件業營收1.5萬億元 同比增13%" and sources["c_hk"] == "香港經濟日報", (titles, sources)
    for i in ("c_hk", "d_customs"):  # old: 沪软件业营收1.5万亿元…, 上海外贸…
        assert f"## {titles[i]}" in exported and f"- Source: {sources[i]}" in exported, exported
    assert "## 上海外貿一季度進出口總值1.03萬億元" in exported, exported  # a Simplified source, converted as listed
