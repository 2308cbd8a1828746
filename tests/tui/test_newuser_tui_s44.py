"""Guards what a new user met in the TUI in session 44's pass (/work/notes/s44_newuser.md).

U1: a briefing whose source is not known showed its topic where the source goes: "2024-11-28
数字文创", "Undated 人才与高校" (a 澎湃 page, a CSV record: dev files). The chip's colour was all
that told it from an outlet; in a monochrome terminal, under NO_COLOR or in a copied screen it
read as the source. A chip is now marked as a topic (#数字文创), and the help says what it is.

U5: a heading whose briefings are all read showed a bare number ("▾ 2024-11  1") beside
headings reading "11 unread".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.waiting import until

from briefreader.config import load_config
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.help import HelpScreen
from briefreader.tui.screens.main import MainScreen

BODY = "上海发布元宇宙产业行动方案，推动虚拟现实、数字孪生和头显终端发展。元宇宙企业超过百家，元宇宙应用加快落地。\n"


@pytest.fixture
def folder(tmp_path: Path):
    root = tmp_path / "b"
    root.mkdir()
    (root / "with_source.txt").write_text(f"元宇宙产业加快发展\n\n2025年5月17日 新民晚报\n\n{BODY}", encoding="utf-8")
    (root / "no_source.txt").write_text(f"元宇宙应用落地提速\n\n2024年11月28日\n\n{BODY}", encoding="utf-8")
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    library = load_library(config)
    yield config, library
    library.close()


def _line(main: MainScreen, row, sub: int, width: int = 60) -> str:
    strip = main.briefing_list._render_row_line(row, sub, width, False)
    return "".join(seg.text for seg in strip).strip()


async def test_a_topic_never_stands_where_the_source_goes(folder) -> None:
    config, library = folder
    by_id = {b.id: b for b in library.briefings}
    assert by_id["with_source"].source == "新民晚报" and not by_id["no_source"].source
    assert all("metaverse" in b.topics for b in by_id.values())
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        rows = {r.briefing.id: r for r in main.briefing_list.rows if r.briefing is not None}
        assert _line(main, rows["with_source"], 1) == "2025-05-17 · 新民晚报 #元宇宙"
        # before: "2024-11-28 元宇宙", the topic read as the outlet
        assert _line(main, rows["no_source"], 1) == "2024-11-28 #元宇宙"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        legend = dict(row for section in app.screen.sections for row in section.rows)
        assert legend["#元宇宙"].startswith("A topic")


async def test_a_heading_whose_briefings_are_all_read_says_so(folder) -> None:
    config, library = folder
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        main.mark_read([b for b in library.briefings if b.id == "no_source"])
        await pilot.pause()
        heading = next(r for r in main.briefing_list.rows if r.briefing is None and r.heading.startswith("2024-11"))
        assert _line(main, heading, 0) == "▾ 2024-11  1 read"  # before: "▾ 2024-11  1"
        other = next(r for r in main.briefing_list.rows if r.briefing is None and r.heading.startswith("2025-05"))
        assert _line(main, other, 0) == "▾ 2025-05  1 unread"
        await pilot.press("L")
        await pilot.pause()
        heading = next(r for r in main.briefing_list.rows if r.briefing is None and r.heading.startswith("2024-11"))
        assert _line(main, heading, 0) == "▾ 2024-11  1 篇"


# ----- U6: in the problems view (P) a feed entry's message stood at the file names' edge ------------------

RTHK = Path(__file__).resolve().parents[2] / "tests/data/realworld/dev/s18_31_rthk_express_news_feed_20141225_big5.rss"


async def test_a_problem_is_said_under_what_it_is_about(tmp_path: Path) -> None:
    import shutil

    from textual.widgets import OptionList

    from briefreader.tui.screens.problems import ProblemsScreen

    root = tmp_path / "b"
    root.mkdir()
    shutil.copy(RTHK, root / "rthk.rss")  # a real feed: two of its entries have damaged bytes
    (root / "note.txt").write_bytes("一份简报\n\n上海投资十亿元。\n".encode() + b"\xff\xfe\x00\x01" * 600)
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.screen_stack[0].briefing_list.highlighted is not None, "the list")
            await pilot.press("P")
            await pilot.pause()
            assert isinstance(app.screen, ProblemsScreen)
            options = app.screen.query_one("#problems-list", OptionList)
            prompts = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
            records = [p for p in prompts if p.startswith("  #")]
            assert len(records) == 2, prompts
            for prompt in records:  # before: the message at column 0, as a file's name is
                name, message = prompt.split("\n", 1)
                assert message.startswith("    ") and message.strip(), prompt
            ones = [p for p in prompts if p.startswith("note.txt")]
            assert ones and all(p.split("\n", 1)[1].startswith("  ") for p in ones), prompts
    finally:
        library.close()


# ----- U8: V at 80 columns showed two versions' ids alike, cut at the screen's edge ---------------------


async def test_the_versions_view_tells_two_long_ids_apart_at_80_columns(tmp_path: Path) -> None:
    import shutil

    from helpers.waiting import screen_ready
    from textual.widgets import DataTable

    from briefreader.tui.screens.versions_view import VersionsScreen

    root = tmp_path / "b"
    root.mkdir()
    name = "s18_31_rthk_express_news_feed_20141225_big5"
    shutil.copy(RTHK, root / f"{name}.rss")  # the feed lists 'Citigroup to sell Japanese banking' twice
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(80, 24)) as pilot:
            main = app.screen_stack[0]
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            await pilot.press("slash", *"Citigroup", "enter")
            await until(pilot, lambda: main._applied_query == "Citigroup", "the filter")
            await until(pilot, lambda: main._stories is not None, "the stories")
            await pilot.press("V")
            await until(pilot, lambda: screen_ready(app, VersionsScreen), "the versions view")
            view = app.screen
            ids = [b.id for b in view.versions]
            assert len(ids) == 2 and all(i.startswith(name + "#") for i in ids)
            listing = view.query_one("#versions-list", DataTable)
            shown = [str(listing.get_row_at(n)[3]) for n in range(listing.row_count)]
            assert len(set(shown)) == 2, shown  # before: whole, run past the edge, both read '…big5#d8bb'
            for full, cell in zip(ids, shown, strict=True):
                assert len(cell) <= 80 // 3 and full.endswith(cell.rsplit("…", 1)[-1])  # its end kept
    finally:
        library.close()
