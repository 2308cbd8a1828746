"""Session 13 fixes from the new-user tester's findings (s13_tester_for_lead.md)."""

from __future__ import annotations

from pathlib import Path

from helpers.waiting import screen_ready, until

from briefreader.tui.app import BriefreaderApp


async def test_a_note_being_typed_is_on_disk_soon_after_the_last_key(sample_config, sample_library):
    # Item 1: `n`, type, kill -9: the note was lost (only a hang-up kept it). It is now
    # written as the briefing's draft AUTOSAVE_AFTER s after the last key, in a thread.
    from briefreader.notes import NotesStore
    from briefreader.tui.screens.note_editor import AUTOSAVE_AFTER, NoteEditor

    assert 0.5 <= AUTOSAVE_AFTER <= 2
    notes = Path(sample_config.notes)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", *"kill测试")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert not notes.exists() or "kill测试" not in notes.read_text(encoding="utf-8")  # not at each key
        await until(pilot, lambda: notes.exists() and "kill测试" in notes.read_text(encoding="utf-8"), "the draft")
        drafts = NotesStore.open(notes).drafts()  # what a new process would read after a kill
        assert list(drafts.values()) == ["kill测试"]
        await pilot.press(*"二")
        await until(pilot, lambda: "kill测试二" in notes.read_text(encoding="utf-8"), "the longer draft")
        await pilot.press("ctrl+s")  # saved: the draft goes
        await pilot.pause(AUTOSAVE_AFTER + 0.3)
        store = NotesStore.open(notes)
        assert store.drafts() == {}
        assert [n.text for ns in (store.notes_for(i) for i in store.entries()) for n in ns] == ["kill测试二"]


async def test_an_autosaved_draft_goes_when_the_text_is_discarded(sample_config, sample_library):
    from briefreader.notes import NotesStore
    from briefreader.tui.screens.main import MainScreen

    notes = Path(sample_config.notes)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", *"gone")
        await until(pilot, lambda: notes.exists() and "gone" in notes.read_text(encoding="utf-8"), "the draft")
        await pilot.press("escape", "d")  # discard
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert NotesStore.open(notes).drafts() == {}
        # cleared by hand, then escape: nothing kept either
        await pilot.press("n", *"again")
        await until(pilot, lambda: "again" in notes.read_text(encoding="utf-8"), "the draft")
        await pilot.press(*["backspace"] * 5, "escape")
        await until(pilot, lambda: screen_ready(app, MainScreen), "the editor closed")
        assert NotesStore.open(notes).drafts() == {}


def test_kinsoku_carries_a_whole_run_of_closing_marks():
    # Item 5: when 。 just fit and ” did not, the cut fell between them: a line began "。”".
    from briefreader.punct import NO_LINE_END, NO_LINE_START
    from briefreader.tui.text import wrap_offsets

    text = "調研，寄予河南‘奮勇爭先、更加出彩’的殷切期望。”河南省委"
    for width in range(8, 60):
        cuts = wrap_offsets(text, width)
        lines = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        for line in lines[1:]:
            assert line[0] not in NO_LINE_START, (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in NO_LINE_END, (width, lines)
    assert text[wrap_offsets(text, 46)[0] :] == "望。”河南省委"
    opening = "一二三四五（“六七"
    assert [opening[i:] for i in wrap_offsets(opening, 12)] == ["（“六七"]


async def test_a_draft_the_notes_file_cannot_take_is_said_to_be_in_memory_only(
    sample_config, sample_library, monkeypatch
):
    # Item 7: on a full disk `n`, type, escape, k said "Draft kept — press n to continue it"
    # while notes.toml had nothing; only q then said the draft would be lost.
    from helpers.waiting import record_notifications

    from briefreader.notes import NotesError, NotesStore

    def full(self, briefing, text, *more, **named):
        raise NotesError("notes.toml: cannot save notes: No space left on device")

    monkeypatch.setattr(NotesStore, "set_draft", full)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = record_notifications(app.screen, monkeypatch)
        await pilot.press("n", *"full", "escape", "k")
        await until(pilot, lambda: app.drafts, "the draft kept in memory")
        messages = [m for _, m in seen]
        assert not any(m.startswith("Draft kept —") for m in messages), messages
        assert any("in memory only" in m and "No space left" in m for m in messages), messages


async def test_one_find_hit_is_singular(sample_config, sample_library, monkeypatch):
    # Item 17: `f 上海` + enter said "1 hits".
    from helpers.waiting import record_notifications

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        seen = record_notifications(app.screen, monkeypatch)
        await pilot.press("f", *"郎朗音乐世界", "enter")
        await until(pilot, lambda: any(m.startswith("1 hit") for _, m in seen), "the find's message")
        assert len(app.screen.article.hits) == 1
        assert [m for _, m in seen][-1].startswith("1 hit —")


async def test_a_story_row_never_shows_a_cut_date(sample_config, tmp_path):
    # Item 16: at 80x24 grouped by topic a story row read "▸ 2 versions 2025-05-1": the
    # date lost its last digit with no mark, a wrong date. Whole, or "…" and nothing after.
    import re
    from dataclasses import replace

    from helpers.story_corpus import make_story_corpus

    from briefreader.library import load_library
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "briefings"
    make_story_corpus(folder)
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen_stack[0]
        assert isinstance(screen, MainScreen)
        await until(pilot, lambda: screen._stories is not None)
        await pilot.pause()
        widget = screen.briefing_list
        row = next(r for r in widget.rows if r.briefing is not None and r.versions)
        date = row.briefing.date_iso
        assert date and len(date) == 10
        for width in range(12, 40):
            line = "".join(seg.text for seg in widget._render_row_line(row, 1, width, False)).rstrip()
            tail = line.split("versions", 1)[1].strip() if "versions" in line else ""
            if tail:
                assert tail.startswith(date) or tail == "…", (width, line)
            assert not re.search(r"\d{4}-\d\d-\d(?!\d)", line), (width, line)


async def test_the_figures_view_speaks_the_ui_language(sample_config, sample_library):
    # Item 2 (figures view): L then F said "Figures: 60" and "date source kind as written
    # English" in the Chinese UI.
    from briefreader.tui.screens.figures_view import FiguresScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.press("L", "F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        strips = app.screen._compositor.render_update(full=True).strips
        text = "\n".join("".join(seg.text for seg in strip) for strip in strips)
        assert "数字：" in text and "日期" in text and "原文" in text, text[:400]
        assert "Figures:" not in text and "as written" not in text
        assert "金额" in text and "百分比" in text  # kinds: money, percent
        assert " money " not in text and " percent " not in text


async def test_the_metrics_view_speaks_the_ui_language(sample_config, sample_library):
    # Item 2 (metrics view): M said "Metrics: 148 (briefings·figures) enter: chart x: export
    # CSV" and "date as written English source title" in the Chinese UI.
    from textual.widgets import DataTable

    from briefreader.tui.screens.metrics_view import MetricsScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.press("L", "M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        strips = app.screen._compositor.render_update(full=True).strips
        text = "\n".join("".join(seg.text for seg in strip) for strip in strips)
        assert "指标：" in text and "导出 CSV" in text, text[:400]
        assert "Metrics:" not in text and "export CSV" not in text
        columns = [str(c.label) for c in app.screen.query_one(DataTable).columns.values()]
        assert columns == ["日期", "原文", "英文", "来源", "标题"]


async def test_the_versions_view_footer_speaks_the_ui_language(sample_config, tmp_path):
    # Item 2 (versions view): V in the Chinese UI had the footer "esc Close ? Help".
    from dataclasses import replace

    from helpers.story_corpus import make_story_corpus

    from briefreader.library import load_library
    from briefreader.tui.screens.main import MainScreen
    from briefreader.tui.screens.versions_view import VersionsScreen

    folder = tmp_path / "briefings"
    make_story_corpus(folder)
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen_stack[0]
        assert isinstance(screen, MainScreen)
        await until(pilot, lambda: screen._stories is not None)
        await pilot.pause()
        await pilot.press("L", "j", "V")
        await until(pilot, lambda: screen_ready(app, VersionsScreen), "the versions view")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        strips = app.screen._compositor.render_update(full=True).strips
        footer = "".join(seg.text for seg in strips[-1])
        assert "关闭" in footer and "帮助" in footer, footer
        assert "Close" not in footer and "Help" not in footer
        from textual.widgets import DataTable

        figures = app.screen.query_one("#versions-figures", DataTable)
        kinds = {str(figures.get_row_at(i)[2]) for i in range(figures.row_count)}
        assert "数量" in kinds and "count" not in kinds, kinds
