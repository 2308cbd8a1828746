"""Session 18, usefix: the s17 review's and tester's findings in the TUI (Pilot where the
logic is the app's), each failing on the code before it."""

from __future__ import annotations

import pytest

from briefreader.index import FigureRow
from briefreader.tui.screens.figures_view import WIDTHS, _cell


def _row(kind: str, value: float, unit: str, text: str = "x") -> FigureRow:
    return FigureRow(1, 1, "a", "2025-01-10", "人民日报", "标题", kind, text, "x", value, unit, "", 0, 1)


# ----- review s17 R4: no e-notation in the value column, at any size -------------------------


def test_values_of_a_million_trillion_and_more_are_never_in_e_notation() -> None:
    """1e18 was '1e+06 tn' (``,.6g`` of the tn count); a value too long for the column is
    shown as written."""
    assert _cell(_row("money", 1e18, "CNY"), "value") == "1,000,000 tn"
    assert _cell(_row("money", 3.5e18, "USD"), "value") == "3,500,000 tn"
    too_long = _cell(_row("money", 1.2e21, "CNY", "一万二千亿亿元"), "value")
    assert too_long == "一万二千亿亿元"
    assert _cell(_row("area", 12345.5, "m2"), "value") == "12,345.5"  # was '1.235e+04'
    assert _cell(_row("percent", 0.00001234, "%"), "value") == "0.00001234"
    for value in (1e18, 9.99e19, 1e24, 1e30, 123456.789, 1e-7):
        shown = _cell(_row("money", value, "CNY", "如是"), "value")
        assert "e+" not in shown and "e-" not in shown, (value, shown)
        assert len(shown) <= WIDTHS["value"]
    # unchanged: bn/tn and whole numbers
    assert _cell(_row("money", 3e11, "CNY"), "value") == "300 bn"
    assert _cell(_row("money", 2.9625e12, "TWD"), "value") == "2.9625 tn"
    assert _cell(_row("money", 56_000_000.0, "CNY"), "value") == "56,000,000"


# ----- tester s17: the figures view honours the Traditional toggle ------------------------------


def _drawn(rows) -> str:
    """The figures view's lines on screen, as drawn."""
    return "\n".join("".join(seg.text for seg in rows.render_line(y)) for y in range(rows.size.height))


async def test_the_figures_view_shows_traditional_when_the_reader_does(sample_config, sample_library) -> None:
    """`t` then `F`: the rows were Simplified (3000亿元, the titles) while the article beside
    showed 3000億元; and `t` again while the view is open draws them back in Simplified."""
    from helpers.waiting import screen_ready, until

    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        assert app.script == "hant"
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 0, "the figures")
        await pilot.pause()
        shown = _drawn(rows)
        assert "億" in shown and "亿" not in shown, shown  # old: 亿 everywhere
        app.script = "hans"  # the toggle flipped while the view is open
        await pilot.pause()
        shown = _drawn(rows)
        assert "亿" in shown and "億" not in shown, shown


# ----- tester s17: notes of a briefing whose file is gone stay listed, marked, editable --------


async def test_notes_of_a_deleted_briefing_are_listed_marked_and_kept(sample_config, sample_library) -> None:
    """A file deleted (or moved where no fingerprint finds it): its notes vanished from the
    notes screen (listed only with a briefing); enter on them must not crash; e edits them."""
    from helpers.waiting import screen_ready, until
    from textual.widgets import OptionList

    from briefreader.model import Briefing
    from briefreader.notes import NotesStore
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.note_editor import NoteEditor
    from briefreader.tui.screens.notes_screen import NotesScreen

    gone = Briefing(id="old/删掉的简报", path="/nowhere/x.txt", fingerprint="sha256:00", title="已删除的简报", text="")
    store = NotesStore.open(sample_config.notes)
    store.add_note(gone, "留下的笔记")
    store.set_bookmark(gone, True)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: screen_ready(app, NotesScreen), "the notes screen")
        screen = app.screen
        assert isinstance(screen, NotesScreen)
        listed = [str(o.prompt) for o in screen.query_one(OptionList)._options]
        assert any("已删除的简报" in line and "file gone" in line for line in listed), listed  # old: not listed
        assert any("留下的笔记" in line for line in listed), listed
        screen.query_one(OptionList).highlighted = next(i for i, line in enumerate(listed) if "留下的笔记" in line)
        await pilot.press("enter")  # nothing to open: said, and the screen stays
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("e")
        await until(pilot, lambda: screen_ready(app, NoteEditor), "the editor")
        await pilot.press(*"补充")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen, "saved")
    disk = NotesStore.open(sample_config.notes)
    assert [n.text for n in disk.notes_for(gone.id)] == ["留下的笔记补充"]
    entry = disk.entries()[gone.id]
    assert (entry.title, entry.fingerprint, entry.bookmarked) == ("已删除的简报", "sha256:00", True)


# ----- review s17 R8: a draft is kept in one place, for the editor's n and the notes screen's e --


async def test_an_edit_kept_as_a_draft_when_the_notes_file_cannot_take_it_stays_in_memory(
    sample_config, sample_library, monkeypatch
) -> None:
    """The notes screen kept an unsaved edit with its own copy of the draft code: when the
    notes file refused the write (a full disk), it said so and the text was gone. Now the
    main screen's keep_draft (file, else memory and quitting asks) keeps it, as for n."""
    from helpers.waiting import screen_ready, until
    from textual.widgets import OptionList

    from briefreader.notes import NotesError, NotesStore
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.note_editor import ConfirmDiscard, NoteEditor
    from briefreader.tui.screens.notes_screen import NotesScreen

    first = sample_library.briefings[0]
    NotesStore.open(sample_config.notes).add_note(first, "原来的笔记")
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: screen_ready(app, NotesScreen), "the notes screen")
        screen = app.screen
        listed = [str(o.prompt) for o in screen.query_one(OptionList)._options]
        screen.query_one(OptionList).highlighted = next(i for i, line in enumerate(listed) if "原来的笔记" in line)

        def full(*_args, **_kwargs):
            raise NotesError("cannot write notes.toml: No space left on device")

        monkeypatch.setattr(app.notes, "set_draft", full)
        await pilot.press("e")
        await until(pilot, lambda: screen_ready(app, NoteEditor), "the editor")
        await pilot.press(*"xyz")
        await pilot.press("escape")
        await until(pilot, lambda: screen_ready(app, ConfirmDiscard), "keep or discard")
        await pilot.press("k")
        await until(pilot, lambda: app.screen is screen, "back on the notes screen")
        assert app.drafts.get(first.id) == "原来的笔记xyz"  # old: {} (the text lost)


async def test_a_draft_held_twice_is_listed_once(sample_config, sample_library) -> None:
    """The same text in the notes file and in memory (two TUIs typed alike, a save that
    failed then worked) was listed twice under the side panel's notes."""
    from helpers.waiting import until
    from textual.widgets import Static

    from briefreader.notes import NotesStore
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    first = sample_library.briefings[0]
    NotesStore.open(sample_config.notes).set_draft(first, "同一草稿")
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.current is not None and main.current.id == first.id)
        app.drafts[first.id] = "同一草稿"
        main.show_side()
        await pilot.pause()
        shown = str(main.side.query_one("#notes", Static).render())
        assert shown.count("同一草稿") == 1, shown  # old: twice


# ----- tester s17 U13: a key right after the filter acts on the filtered list's row ----------


@pytest.mark.parametrize("key", ["b", "n"])
async def test_a_key_typed_right_after_the_filter_acts_on_the_row_it_shows(
    sample_config, sample_library, key, monkeypatch
) -> None:
    """'/' 张江 enter b, typed fast: the filter runs in a worker, so on a big library b
    reached the list before the filtered rows and bookmarked the row highlighted before
    (the newest briefing), not the one the filter shows; n wrote its note on that one."""
    import time

    from helpers.waiting import screen_ready, until

    from briefreader.query import IncrementalFilter

    select = IncrementalFilter.select

    def slow(self, query, **how):  # a library where a query takes a while (100,000 briefings)
        time.sleep(0.4)
        return select(self, query, **how)

    monkeypatch.setattr(IncrementalFilter, "select", slow)

    from briefreader.notes import NotesStore
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen
    from briefreader.tui.screens.note_editor import NoteEditor

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.current is not None)
        assert not main.current.id.startswith("004")
        await pilot.press("slash", *"张江", "enter", key)
        await pilot.pause()
        if key == "n":
            await until(pilot, lambda: screen_ready(app, NoteEditor), "the editor")
            assert "张江" in app.screen.note_title, app.screen.note_title
            return
        await until(pilot, lambda: NotesStore.open(sample_config.notes).bookmarked_ids(), "a bookmark")
        assert [i[:3] for i in NotesStore.open(sample_config.notes).bookmarked_ids()] == ["004"]


# ----- tester s17: the value order does not mix currencies ------------------------------------


@pytest.mark.parametrize("use_index", [True, False])
async def test_sorting_by_value_groups_each_unit(sample_config, use_index) -> None:
    """s on the value column: RMB 300 bn, 8,000 companies and 40% were one column of numbers,
    a currency's sums scattered among other units' (5 bn RMB beside 5 bn USD as if equal).
    Now by kind, then currency or unit, then value (s20, review s19 R23: one group of counts, not
    one per measure word), through the index and without it alike; the help says so."""
    from helpers.waiting import screen_ready, until

    from briefreader.index import sort_group
    from briefreader.library import load_library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen
    from briefreader.tui.screens.help import HelpScreen

    library = load_library(sample_config, use_cache=use_index)
    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        screen = app.screen
        rows = screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 0, "the figures")
        for _ in range(5):
            await pilot.press("l")
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.sort == "value"
        listed = [r for r in rows.table.rows(0, len(rows.table)) if r.value is not None]
        groups = [sort_group(r.kind, r.unit) for r in listed]
        blocks = [g for n, g in enumerate(groups) if n == 0 or groups[n - 1] != g]
        assert len(blocks) == len(set(blocks)), blocks  # each group one block (old: interleaved)
        assert "count" in blocks and "money CNY" in blocks  # counts are one group; money by currency
        for group in set(groups):
            values = [r.value for r, g in zip(listed, groups, strict=True) if g == group]
            assert values == sorted(values, reverse=True), group
        await pilot.press("question_mark")
        await until(pilot, lambda: screen_ready(app, HelpScreen), "the help")
        assert any("by kind, then currency" in text for s in app.screen.sections for _, text in s.rows)


# ----- 19-perf's as-written source (schema 16): a never-read entry's source in Traditional ------

TW_PAGE = (
    "<html lang='zh-TW'><head><title>台北市政府發放消費券 市民排隊</title></head><body><article>"
    "<h1>台北市政府發放消費券 市民排隊</h1><p>2023年12月1日 台視新聞</p>"
    "<p>台北市政府今日起發放消費券，市民在這裡排隊領取，每人5000元。</p></article></body></html>"
)


async def test_a_never_read_entrys_source_is_listed_as_its_page_writes_it(sample_config, tmp_path, capsys) -> None:
    """In the Traditional view the list showed s2t of the Simplified source (臺視新聞) until
    the file was read; the index keeps the source as written (Briefing.written_source)."""
    from dataclasses import replace

    from helpers.waiting import until

    from briefreader.cli import main as cli_main
    from briefreader.library import load_library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    root = tmp_path / "tw"
    root.mkdir()
    (root / "tw.html").write_text(TW_PAGE, encoding="utf-8")
    config = replace(sample_config, briefings=root, cache_dir=tmp_path / "cache", script="hant")
    load_library(config).close()  # the index, as a first run leaves it
    library = load_library(config)
    entry = library.briefings[0]
    assert not entry.loaded and entry.written_source() == "台視新聞"
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen) and app.script == "hant"
        assert main.list_source(entry) == "台視新聞"  # old: no list_source; the row said 臺視新聞
        rows = main.briefing_list
        await until(pilot, lambda: rows.size.height > 0)
        drawn = "".join(seg.text for y in range(rows.size.height) for seg in rows.render_line(y))
        assert "台視新聞" in drawn and "臺視新聞" not in drawn, drawn
    library.close()
    (tmp_path / "c.toml").write_text(
        f'[library]\nbriefings = "{root}"\ncache = "{tmp_path / "cache"}"\nnotes = "{tmp_path / "n.toml"}"\n'
        '[display]\nscript = "hant"\n',
        encoding="utf-8",
    )
    code = cli_main(["--config", str(tmp_path / "c.toml"), "list"])
    out = capsys.readouterr().out
    assert code == 0 and "台視新聞" in out and "臺視新聞" not in out, out


# ----- tester s18 U6: enter in the figures view opens the figure's own briefing, not its story's row --


async def test_enter_on_a_figure_of_a_later_version_opens_that_version(sample_config, tmp_path) -> None:
    from dataclasses import replace

    from helpers.story_corpus import make_story_corpus
    from helpers.waiting import screen_ready, until

    from briefreader.library import load_library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.figures_view import FigureRows, FiguresScreen
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "briefings"
    make_story_corpus(folder)
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(160, 40)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await app.workers.wait_for_complete()
        await until(pilot, lambda: main._stories is not None, "the stories")
        await pilot.pause()
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        rows = app.screen.query_one(FigureRows)
        await until(pilot, lambda: len(rows.table) > 0, "the figures")
        # 超过3100家: only b_jiefang (a later version of a_xinhua's story) writes it
        target = next(n for n, r in enumerate(rows.table.rows(0, len(rows.table))) if "3100" in r.text)
        rows.cursor = target
        await pilot.press("enter")
        await until(pilot, lambda: screen_ready(app, MainScreen), "the main screen")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert main.current is not None and main.current.id == "b_jiefang"  # old: a_xinhua (the story's row)
        assert main.briefing_list.highlighted is not None and main.briefing_list.highlighted.id == "b_jiefang"


# ----- tester s18 U1: stories arriving leave an unmoved reader at the top ---------------------


async def test_stories_arriving_do_not_unfold_an_old_story_under_an_unmoved_reader(sample_config, tmp_path) -> None:
    """The newest briefing (shown unasked at the top) is a later copy of a 2023 story: when
    the stories arrived, that story's row, far down, was unfolded and the cursor went there."""
    from dataclasses import replace

    from helpers.story_corpus import ARTICLE, OTHER, THIRD, write
    from helpers.waiting import until

    from briefreader.library import load_library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "briefings"
    folder.mkdir()
    write(folder, "old.md", "上海软件和信息服务业营收达1.5万亿元", "2023-05-09", ARTICLE, "新华社")
    write(folder, "mid.md", "上海外贸一季度进出口总值1.03万亿元", "2024-04-20", OTHER, "上海海关")
    write(folder, "mid2.md", "临港前三季度工业总产值2600亿元", "2024-10-08", THIRD, "临港新片区")
    write(folder, "new.md", "1.5万亿！上海软件业规模再创新高", "2025-05-10", ARTICLE + "\n\n（完）", "解放日报")
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await app.workers.wait_for_complete()
        await until(pilot, lambda: main._stories is not None, "the stories")
        await pilot.pause()
        assert main._stories.story_of("new") == main._stories.story_of("old")
        items = [r.briefing.id for r in main.briefing_list.rows if r.briefing is not None]
        assert main.briefing_list.highlighted is not None
        assert main.briefing_list.highlighted.id == items[0] != "old", items  # old: the cursor on 'new' far down
        assert not main._expanded  # old: the 2023 story unfolded unasked
