"""Session 20, usefix: the TUI's footer at 80 columns, the side panel while an article
loads; each test fails on the code before it."""

from __future__ import annotations

from helpers.waiting import screen_ready, until
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
            notes = side.query_one("#notes", Static)
            await until(pilot, lambda: str(notes.render()).startswith("尚无笔记"), "the notes line")
    finally:
        release.set()


# ----- tester s20 U1: the palette's Screenshot failed without a reason (no ~/Downloads) ----------


async def _palette_screenshot(pilot) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause(0.3)
    for ch in "Screenshot":
        await pilot.press(ch)
    await pilot.pause(0.5)
    await pilot.press("enter")


async def test_the_palette_screenshot_goes_to_the_export_folder_without_downloads(
    sample_config, sample_library, tmp_path, monkeypatch
) -> None:
    import platformdirs
    import textual.app
    from helpers.waiting import record_notifications

    missing = tmp_path / "no-such-Downloads"
    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: missing)
    monkeypatch.setattr(textual.app, "user_downloads_path", lambda: missing)  # Textual's own default
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        seen = record_notifications(app, monkeypatch)
        await until(pilot, lambda: app.screen.is_mounted, "the main screen")
        await _palette_screenshot(pilot)
        folder = sample_config.export.parent
        # the file appears before it is written whole (CI s24: read empty once under load): wait for its text
        written = lambda: any("<svg" in p.read_text(encoding="utf-8") for p in folder.glob("*.svg"))  # noqa: E731
        await until(pilot, lambda: written() or any(s == "error" for s, _ in seen), "a screenshot")
        shots = list(folder.glob("*.svg"))
        assert len(shots) == 1 and "<svg" in shots[0].read_text(encoding="utf-8")
        await until(pilot, lambda: any(str(shots[0]) in m for _, m in seen), "where it went, said")


async def test_a_screenshot_that_cannot_be_saved_says_where_and_why(
    sample_config, sample_library, tmp_path, monkeypatch
) -> None:
    from helpers.waiting import record_notifications

    gone = tmp_path / "gone"
    app = BriefreaderApp(sample_config, library=sample_library)
    monkeypatch.setattr(app, "screenshot_folder", lambda: gone, raising=False)
    async with app.run_test(size=(120, 36)) as pilot:
        seen = record_notifications(app, monkeypatch)
        await until(pilot, lambda: app.screen.is_mounted, "the main screen")
        app.deliver_screenshot(path=str(gone))  # the palette's call, into a folder that is not there
        await until(pilot, lambda: any(s == "error" for s, _ in seen), "the error")
        message = next(m for s, m in seen if s == "error")
        assert str(gone) in message and "No such file" in message


# ----- first paint (issue 19): a warm start's first frame draws the rows, the article next -------


async def test_a_warm_start_draws_the_rows_first_and_the_article_right_after(sample_config, tmp_path) -> None:
    """The first rows from the index were followed, before the first frame, by the
    highlighted article's paragraphs and its side panel (~10 ms of the first paint's CPU);
    now the first frame has the rows, the article follows, and b acts on the highlighted
    briefing in between."""
    import shutil
    from dataclasses import replace

    from briefreader.library import load_library
    from briefreader.tui.screens.main import MainScreen
    from briefreader.tui.widgets.briefing_list import BriefingList
    from briefreader.warm import EarlyPeek

    corpus = tmp_path / "briefings"
    shutil.copytree(sample_config.briefings, corpus)
    config = replace(sample_config, briefings=corpus)
    load_library(config).close()  # a previous run filled the index
    peek = EarlyPeek(config, limit=3)
    assert peek.result() is not None
    first: list[tuple[int, int, str | None]] = []  # the first frame with rows: rows, paragraphs, entry

    app = BriefreaderApp(config, peek=peek)
    display = app._display

    def timed(screen, renderable) -> None:  # the frame goes to the driver here (benchmarks/first_paint.py)
        display(screen, renderable)
        if not first and renderable is not None and isinstance(screen, MainScreen):
            rows = screen.query_one(BriefingList)
            if rows.briefing_count and rows.size.height:
                entry = screen.entry.id if screen.entry is not None else None
                first.append((rows.briefing_count, len(screen.article.query(".para")), entry))

    app._display = timed  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: bool(first), "the first frame with rows")
        count, paragraphs, entry = first[0]
        assert count == 3 and paragraphs == 0 and entry is not None  # the rows only; b, n, c have their briefing
        await until(pilot, lambda: len(main.article.query(".para")) > 0, "the article right after")
        assert main.current is not None and main.current.id == entry
        await until(pilot, lambda: app.library is not None, "the whole list")


# ----- tester s20 U4: n and the text in one burst lost the text -----------------------------------


async def test_text_typed_in_one_burst_with_n_goes_into_the_note(sample_config, sample_library) -> None:
    """The keys after n were queued for the list before n opened the editor; they came up
    to the app, whose bindings were the editor's by then, and were dropped."""
    from textual import events

    from briefreader.tui.screens.note_editor import NoteEditor

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.screen.is_mounted and app.screen.focused is not None, "the list")
        for ch in "nhello world":  # one burst, as a paste-speed type-ahead
            app.post_message(events.Key("space" if ch == " " else ch, ch))
        await until(pilot, lambda: screen_ready(app, NoteEditor), "the editor")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await until(pilot, lambda: editor.text == "hello world", "the text in the note")
        await pilot.press(*"!")  # typing on goes on at the end
        await until(pilot, lambda: editor.text == "hello world!", "the next key")


# ----- tester s20 U2: at 80 columns "▾ No…  1193 of 1195 unread" cut the label for the count -----


async def test_a_narrow_heading_takes_the_short_count_rather_than_cut_its_label(sample_config, sample_library) -> None:
    from briefreader.tui.screens.main import MainScreen

    def heading(main, key: str, width: int) -> str:
        row = next(r for r in main.briefing_list.rows if r.briefing is None and r.heading.startswith(key))
        line = main.briefing_list._render_row_line(row, 0, width, False)
        return "".join(seg.text for seg in line).strip()

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        july = [r.briefing for r in main.briefing_list.rows if r.briefing and r.briefing.date_iso.startswith("2022-07")]
        main.mark_read(july[:1])
        await pilot.pause()
        assert heading(main, "2022-07", 60) == "▾ 2022-07  1 of 2 unread"  # room for both: the long form
        assert heading(main, "2022-07", 22) == "▾ 2022-07  1 unread"  # old: '▾ 202…  1 of 2 unread'
        assert heading(main, "2022-07", 14).endswith("…  1 unread")  # the label cut only when it must be
        await pilot.press("L")
        await pilot.pause()
        assert heading(main, "2022-07", 60) == "▾ 2022-07  2 篇 · 1 篇未读"
        assert heading(main, "2022-07", 24) == "▾ 2022-07  1 篇未读"


# ----- tester s20 U2: o on a Traditional page showed its title in Simplified -----------------------


async def test_the_original_view_of_a_traditional_page_has_its_title_as_written(sample_config, tmp_path) -> None:
    from dataclasses import replace

    from briefreader.library import load_library
    from briefreader.tui.screens.main import MainScreen

    folder = tmp_path / "tw"
    folder.mkdir()
    (folder / "tw.txt").write_text(
        "臺灣經濟發展報告\n\n2024年12月1日 中央社\n\n臺灣的經濟發展持續穩定，政府推動數位轉型，產業規模超過一萬億元。\n",
        encoding="utf-8",
    )
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        await until(pilot, lambda: main.current is not None and main.current.loaded, "the article")
        assert main.current.script == "hant"
        await pilot.press("o")
        await until(
            pilot, lambda: "經濟發展" in str(main.article.query(".article-title").first().render()), "the original"
        )
        title = str(main.article.query(".article-title").first().render())
        assert "經濟發展" in title, title  # old: 台湾经济发展报告 over the Traditional original


# ----- tester s20 U5: the metrics view's count was its cap, and its numbers the CLI's other way round


async def test_the_metrics_view_says_when_it_shows_only_the_most_reported(
    sample_config, sample_library, monkeypatch
) -> None:
    import briefreader.tui.screens.metrics_view as metrics_view
    from briefreader.across import metric_counts
    from briefreader.tui.screens.metrics_view import MetricsScreen

    counts = metric_counts(sample_library, sample_library.briefings)
    assert len(counts) > 2
    monkeypatch.setattr(metrics_view, "MAX_METRICS", 2)  # 2,000 on a real folder of 3,123 metrics
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        strips = app.screen._compositor.render_update(full=True).strips
        text = "\n".join("".join(seg.text for seg in strip) for strip in strips)
        assert f"the 2 most reported of {len(counts)}" in text, text[:300]  # old: "Metrics: 2"
        metric, figures, briefings = counts[0]
        assert f"{metric}  {figures}·{briefings}" in text  # figures first, as `briefreader metrics`


# ----- the figures view's help was English in the Chinese UI ("Figures view", every key) ----------


async def test_the_figures_view_help_speaks_the_ui_language(sample_config, sample_library) -> None:
    from briefreader.tui.screens.figures_view import FiguresScreen
    from briefreader.tui.screens.help import HelpScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("L", "F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        await pilot.press("question_mark")
        await until(pilot, lambda: screen_ready(app, HelpScreen), "the help")
        (section,) = app.screen.sections
        assert section.title == "数字视图"  # old: "Figures view"
        texts = [text for _, text in section.rows]
        assert "关闭" in texts and "下移" in texts and "上一列" in texts, texts
        assert not any(text.isascii() for text in texts), texts  # old: Close, Down, Previous column…


# ----- CI s20: the app quit while the editor was opening (a key queued behind it) -----


async def test_quitting_while_the_note_editor_opens_raises_nothing(sample_config, sample_library) -> None:
    """Run_test's shutdown pruned the editor between its compose and its mount: on_mount
    found no text area (NoMatches), and a key still queued reached App._on_key with no
    screen on the stack (ScreenStackError). Both ended the app with a traceback."""
    from textual import events

    from briefreader.tui.screens.note_editor import NoteEditor

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.screen.is_mounted and app.screen.focused is not None, "the list")
        app.post_message(events.Key("n", "n"))
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor pushed")
        editor = app.screen
        app.post_message(events.Key("x", "x"))
        await app._close_all()  # what quitting does: every screen pruned, the editor's mount in flight
        editor.on_mount()  # its mount arriving after the prune: no text area to focus
        await app._on_key(events.Key("y", "y"))  # a key arriving with no screen on the stack
        await app.on_event(events.Key("z", "z"))  # ... dispatched: App.on_event looked at the screen first (CI, s22)
    assert app._exception is None, app._exception
