"""Session 14 tuifix: confirmations in the status bar's message line (not toasts, which
lost Chinese characters over pane edges: Textualize/textual#6357), the quit prompt's
wording, the help grid, the metrics view's empty state, the digest in the zh UI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from helpers.waiting import screen_ready, until
from rich.cells import cell_len

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.text import crop_middle
from briefreader.tui.widgets.status_bar import StatusBar, message_lines


def rows(app: BriefreaderApp) -> list[str]:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return ["".join(seg.text for seg in strip) for strip in strips]


def toasts(app: BriefreaderApp) -> list[tuple[str, str]]:
    return [(n.severity, str(n.message)) for n in app._notifications]


async def test_a_copy_is_confirmed_in_the_status_bar_whole_in_chinese(sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("L", "y")
        await pilot.pause()
        bar = app.screen.query_one(StatusBar)
        assert bar.message.startswith("已复制 ") and "个字符：" in bar.message
        assert toasts(app) == []  # no toast over the panes
        preview = bar.message.split("：", 1)[1].rstrip("…")
        shown = rows(app)
        # every character, in the filter bar's bottom border under the query, where it moves nothing (session 49,
        # new user s48 U9: under the status line it pushed the list down a row while it showed)
        border = shown[app.screen.query_one("#filter").region.bottom - 1]
        assert border.lstrip("─ ").startswith("✓ 已复制") and preview in border, border
        assert app.said[-1] == bar.message


async def test_an_export_path_gets_a_line_of_its_own_and_the_message_goes(sample_config, sample_library, tmp_path):
    deep = tmp_path / ("很长的文件夹名" * 4) / "and a long english folder name"
    deep.mkdir(parents=True)
    config = replace(sample_config, export=deep / "notes.md")
    app = BriefreaderApp(config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("b", "e")
        await pilot.pause()
        shown = rows(app)
        assert shown[1].strip() == "✓ Notes exported to"
        assert shown[2].strip().endswith("/notes.md") and "…" in shown[2]  # cut in the middle
        assert cell_len(shown[2].rstrip()) <= 80
        assert str(app.last_export) in app.said[-1] and toasts(app) == []
        app.screen.query_one(StatusBar).clear_message()  # as after its timeout
        await pilot.pause()
        assert "notes.md" not in "\n".join(rows(app)[:3]) and "briefings" in rows(app)[0]


async def test_errors_and_warnings_stay_toasts(sample_config, sample_library):
    config = replace(sample_config, export=sample_config.briefings / "notes.md")  # refused: inside the folder
    app = BriefreaderApp(config, library=sample_library)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert [s for s, _ in toasts(app)] == ["error"]
        assert app.screen.query_one(StatusBar).message == ""


async def test_a_message_over_another_screen_is_a_toast_with_the_path_whole(sample_config, sample_library):
    from briefreader.tui.screens.help import HelpScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        app.notify("Notes exported to /tmp/x/notes.md", markup=False)
        await pilot.pause()
        assert toasts(app) == [("information", "Notes exported to /tmp/x/notes.md")]


def test_message_lines_fit_the_width():
    assert message_lines("Bookmarked", 80) == [" ✓ Bookmarked"]
    lines = message_lines("笔记已导出到 /home/用户/很长的路径/" + "子目录/" * 20 + "notes.md", 60)
    assert lines[0] == " ✓ 笔记已导出到" and lines[1].endswith("/notes.md")
    assert all(cell_len(line) <= 60 for line in lines)
    long = message_lines("已复制 500 个字符：" + "上海" * 80, 40)
    assert len(long) == 2 and long[1].endswith("…") and all(cell_len(line) <= 40 for line in long)
    assert crop_middle("/a/非常长的名字/b.md", 10) == "/a/…/b.md"  # the file name kept whole, 9 cells


async def test_quit_while_writing_keeps_the_note_as_a_draft_and_says_so(sample_config, sample_library):
    # s13: the prompt said the note "will be lost"; the editor autosaves it, and quitting
    # now keeps the text typed last as the briefing's draft too.
    from briefreader.notes import NotesStore
    from briefreader.tui.screens.note_editor import ConfirmQuit

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", *"quit测试")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        text = "\n".join(rows(app))
        assert "will be kept as a draft" in text and "lost" not in text
        await pilot.press("q")
        await pilot.pause()
    assert list(NotesStore.open(Path(sample_config.notes)).drafts().values()) == ["quit测试"]


async def test_quit_prompt_in_chinese_and_with_a_draft_in_memory(sample_config, sample_library):
    from briefreader.tui.screens.note_editor import ConfirmQuit

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("L")
        app.drafts["other"] = "在内存里"  # the notes file could not take it
        await pilot.press("n", *"abc", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        assert (
            app.screen.question == "正在写的笔记将保存为草稿：在该简报上按 n 继续。\n1 篇笔记草稿尚未保存，退出将丢失。"
        )
        await pilot.press("escape")
        await pilot.pause()


async def test_help_descriptions_wrap_under_themselves(sample_config, sample_library):
    # s13 at 100x30: "A  Mark every shown briefing" / "read" at the key column's edge.
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        shown = rows(app)
        at = next(i for i, line in enumerate(shown) if "Mark every shown" in line)
        column = shown[at].index("Mark every shown")
        after = shown[at + 1]
        word = after[column:].split()[0] if after[column:].strip() else ""
        assert word == "read" and after[:column].rstrip().endswith("│") is False
        assert after[column - 12 : column].strip() == ""  # nothing in the key column under it


async def test_the_metrics_view_opens_on_a_sentence_not_an_empty_chart(sample_config, sample_library):
    from textual.widgets import OptionList, Static
    from textual_plotext import PlotextPlot

    from briefreader.tui.screens.metrics_view import MetricsScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        screen = app.screen
        await until(pilot, lambda: screen.query_one(OptionList).option_count > 0, "the metrics")
        await pilot.pause()
        assert not screen.query_one(PlotextPlot).display or screen.query_one(PlotextPlot).region.height == 0
        assert "Choose a metric on the left" in "\n".join(rows(app))
        await pilot.press("enter")
        await until(pilot, lambda: screen.metric is not None, "a metric")
        await pilot.pause()
        # (review s14 R22: one assert joined by "or" to a widget held whatever the class was)
        charted = screen.has_class("-charted")
        assert charted == bool(screen.series)
        assert screen.query_one("#metrics-empty", Static).display == (not charted)  # the sentence only when no chart
        await pilot.press("x")
        await pilot.pause()
        bar = screen.query_one(StatusBar)
        assert bar.message.startswith("Exported ") and bar.message.endswith(".csv")
        assert toasts(app) == []


async def test_the_digest_in_the_zh_ui_is_in_chinese_and_replaces_an_english_one(sample_config, sample_library):
    import datetime as dt

    app = BriefreaderApp(sample_config, library=sample_library)
    target = Path(sample_config.export).parent / f"digest-{dt.date.today().isoformat()}.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("D")
        await until(pilot, lambda: target.exists() and app.said, "the digest")
        assert target.read_text(encoding="utf-8").startswith("# Digest\n")
        assert isinstance(app.screen, MainScreen) and app.said[-1].startswith("Digest of 5 briefings: ")
        await pilot.press("L", "D")
        await until(pilot, lambda: target.read_text(encoding="utf-8").startswith("# 摘要"), "the zh digest")
        text = target.read_text(encoding="utf-8")
        assert "篇报道 · 生成于 " in text and "Digest" not in text
        await until(pilot, lambda: app.said[-1].startswith("5 篇简报的摘要："), "the message")


async def test_the_notes_list_says_what_was_done_in_its_own_line(sample_config, sample_library):
    from briefreader.tui.screens.notes_screen import NotesScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("L", "n", *"测试", "ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: screen_ready(app, NotesScreen), "the notes list")
        await pilot.press("down", "d", "y")
        await until(pilot, lambda: app.screen.query_one(StatusBar).message.startswith("笔记已删除"), "the message")
        assert toasts(app) == []
        assert any("✓ 笔记已删除——按 u 撤销" in line for line in rows(app))  # whole, in the dialog
