"""Guards what a new user saw in the TUI (session 8, new-user pass, tmux at 80x24 and
160x45 on the samples and on a copy of the real dev files)."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

from textual.worker import WorkerCancelled

import briefreader.library as library_module
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen


async def test_a_cold_start_ends_on_the_newest_briefing_when_the_reader_did_not_move(
    sample_config, tmp_path, monkeypatch
):
    # 77 real files, cold: the list filled in as files were read, the cursor at its top;
    # the whole list then put the newest briefing (read last) above the cursor, which
    # stayed on the second row: a new user started on an article that was not the first.
    folder = tmp_path / "b"
    folder.mkdir()

    def text(seed: int) -> str:  # distinct texts: no two are versions of one story
        rng = random.Random(seed)
        return "。\n".join("".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(40)) for _ in range(8))

    for i in range(24):
        (folder / f"a{i:02d}.md").write_text(
            f"---\ntitle: 旧闻{i}\ndate: 2020-01-{i + 1:02d}\n---\n\n{text(i)}", "utf-8"
        )
    (folder / "zz.md").write_text(f"---\ntitle: 最新一条\ndate: 2025-07-12\n---\n\n{text(99)}", "utf-8")
    analyse, seen = library_module.analyse, []

    def slow(path, *args):
        seen.append(Path(path).name)
        time.sleep(0.3 if Path(path).name == "zz.md" else 0.06)  # read last, after a partial list
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", slow)
    monkeypatch.setattr(library_module, "PARALLEL_THRESHOLD", 10_000)  # in this process, in order
    app = BriefreaderApp(replace(sample_config, briefings=folder))
    async with app.run_test(size=(120, 36)) as pilot:
        partial_titles: list[str] = []
        start = time.monotonic()
        while app.library is None and time.monotonic() - start < 60:
            screen = app.screen
            if isinstance(screen, MainScreen) and screen.briefing_list.briefing_count and not partial_titles:
                partial_titles = [b.title for b in screen.shown]
            await pilot.pause(0.02)
        # the whole list arriving replaces the article being read: its reader worker may be
        # cancelled (an exclusive group), which wait_for_complete raises; wait for the rest
        for _ in range(20):
            try:
                await app.workers.wait_for_complete()
                break
            except WorkerCancelled:
                await pilot.pause(0.05)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert partial_titles and "最新一条" not in partial_titles  # it came with the whole list
        assert [b.title for b in screen.shown][0] == "最新一条"
        assert screen.current is not None and screen.current.title == "最新一条"  # the cursor is on it


def _screen_text(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def test_a_source_cut_at_80_columns_is_marked_as_cut(sample_config, sample_library):
    # At 80x24 the list's second line read "2023 · 杨浦区科学技术委" and "中国经济导":
    # a name cut without a mark reads as a whole (and different) name; the title was marked.
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = [line.split("│")[0] for line in _screen_text(app).splitlines()]
        meta = [line.strip() for line in lines if " · " in line]
        assert "2023 · 杨浦区科学技术委…" in meta and "2025-05-17 · 中国经济导…" in meta
        assert "2025-02-18 · 中新网" in meta  # what fits is not cut
        assert all(not m.endswith(("委", "导")) for m in meta)


async def test_views_across_briefings_say_they_wait_for_the_whole_list(sample_config, tmp_path, monkeypatch):
    # Cold start of the real dev files: F, M, D and V pressed while the list was still
    # arriving did nothing at all, no screen and no word; P showed "Problems (0)".
    folder = tmp_path / "b"
    folder.mkdir()
    for i in range(12):
        body = "。".join(f"第{i}篇第{k}句营收增长{k + i}%" for k in range(6))
        (folder / f"a{i:02d}.md").write_text(
            f"---\ntitle: 简报{i}\ndate: 2024-01-{i + 1:02d}\n---\n\n{body}。", "utf-8"
        )
    analyse = library_module.analyse

    def slow(path, *args):
        time.sleep(0.4)
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", slow)
    monkeypatch.setattr(library_module, "PARALLEL_THRESHOLD", 10_000)
    app = BriefreaderApp(replace(sample_config, briefings=folder))
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("F", "M", "D", "V", "P"):
            await pilot.pause(0.05)
            assert app.library is None  # still loading
            app._notifications.clear()
            app.said.clear()
            await pilot.press(key)
            await pilot.pause(0.05)
            assert isinstance(app.screen, MainScreen), key
            # information: in the status bar's message line (s14), not a toast
            assert any("Still loading" in m for m in app.said), key


async def test_a_topic_heading_cut_at_80_columns_keeps_its_unread_count(sample_config, sample_library):
    # T at 80x24: "▾ Information consumpti… 2" lost its "•2" (the unread count was cut
    # with the label), while "▾ Metaverse · 元宇宙 •3 3" kept it.
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        headings = [line.split("│")[0].strip() for line in _screen_text(app).splitlines() if "▾" in line]
        consumption = next(h for h in headings if h.startswith("▾ Information"))
        # the counts in words since s19 (tester s18 U3: "•2 2" was cryptic)
        assert consumption.endswith("…  2 unread"), headings
        assert any(h.startswith("▾ Metaverse") and h.endswith("  3 unread") for h in headings), headings


async def test_ctrl_q_while_writing_a_note_asks_before_the_text_is_lost(sample_config, sample_library):
    # tmux: n, typed a note, ctrl+q (Textual's quit; q itself is a letter in the editor):
    # the app quit at once and the note was gone.
    from briefreader.notes import NotesStore
    from briefreader.tui.screens.note_editor import ConfirmQuit, NoteEditor

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"abc")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ConfirmQuit)
        await pilot.press("escape")  # stay: back to the editor, the text as typed
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "abc"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("n")  # an empty editor has nothing to lose: ctrl+q quits
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    notes = NotesStore.open(sample_config.notes)
    assert any(n.text == "abc" for e in notes.entries().values() for n in e.notes)


async def test_figures_view_columns_h_and_l_choose_are_the_ones_drawn(sample_config, sample_library):
    # F at 80x24 shows date … English; l went on to value, unit, metric and title, which
    # are not drawn, and s then sorted by a column nobody could see (no ▲/▼ anywhere).
    from textual.widgets import Static

    from briefreader.tui.screens.figures_view import FiguresScreen

    for size, drawn in (((80, 24), 5), ((160, 45), 9)):
        app = BriefreaderApp(sample_config, library=sample_library)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("F")
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, FiguresScreen)
            for _ in range(drawn):
                await pilot.press("l")
            assert screen.column == 0  # round the drawn columns, back to the first
            await pilot.press("h", "s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            header = str(screen.query_one("#figview-header", Static).render())
            assert ("▲" in header or "▼" in header) and screen.column == drawn - 1, header


async def test_e_never_replaces_a_notes_md_briefreader_did_not_write(sample_config, sample_library):
    # A fresh user pressed e in a folder holding their own notes.md (the default export
    # path is ./notes.md): it was replaced by "No notes or bookmarks yet."
    own = sample_config.export
    own.write_text("# My notes\n\nthree weeks of reading\n", encoding="utf-8")
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert any("was not written by briefreader" in str(n.message) for n in app._notifications)
    assert own.read_text(encoding="utf-8") == "# My notes\n\nthree weeks of reading\n"
    own.write_text("", encoding="utf-8")  # an empty file has nothing to lose
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
    assert own.read_text(encoding="utf-8").startswith("# briefreader notes")


async def test_ctrl_n_with_no_notes_yet_says_how_to_make_one(sample_config, sample_library):
    # A fresh user's ctrl+n said "No notes or bookmarks match." with no filter typed.
    from textual.widgets import OptionList

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        shown = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "yet" in shown and "n writes a note" in shown and "match" not in shown
        await pilot.press("slash", *"zz")
        await pilot.pause()
        assert "match" in str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
