"""Guards every binding of PRODUCT.md section 7 (Pilot): each changes what it should in the TUI."""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.waiting import until
from textual.command import CommandPalette
from textual.widgets import Input, TextArea

from briefreader.library import load_library
from briefreader.notes import NotesStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.help import HelpScreen
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.note_editor import ConfirmDiscard, ConfirmQuit, NoteEditor
from briefreader.tui.screens.problems import ProblemsScreen
from briefreader.tui.widgets.article import ArticleView
from briefreader.tui.widgets.briefing_list import BriefingList
from briefreader.tui.widgets.filter_bar import DEBOUNCE
from briefreader.tui.widgets.side_panel import FigureList

SIZE = (120, 36)


def make_app(config, library, notes: NotesStore | None = None) -> BriefreaderApp:
    return BriefreaderApp(config, library=library, notes=notes)


async def settle(pilot, app: BriefreaderApp) -> None:
    """Let debounce timers fire and filter workers finish."""
    await pilot.pause(DEBOUNCE + 0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


def main(app: BriefreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


def notes_doc(config) -> dict:
    return tomllib.loads(Path(config.notes).read_text(encoding="utf-8"))


def screen_text(app: BriefreaderApp) -> str:
    """Every character on screen, row by row (what a person would read)."""
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


# ----- layout and movement --------------------------------------------------------------


async def test_default_screen_lists_newest_first_and_shows_the_article(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE):
        screen = main(app)
        blist = screen.briefing_list
        assert blist.briefing_count == len(sample_library.briefings) == 5
        assert blist.has_focus
        first = sample_library.briefings[0]
        assert blist.highlighted is first
        assert screen.article.briefing is first
        text = screen_text(app)
        assert "5 of 5 briefings" in text
        assert "2025-05" in text  # month heading


async def test_j_k_arrows_g_G_and_page_keys_move_and_the_article_follows(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    briefings = sample_library.briefings
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        blist = screen.briefing_list

        async def at(index: int) -> None:
            # The article follows a running cursor at most every FOLLOW_INTERVAL: wait for it
            # to arrive, however slow the machine, rather than for a fixed time.
            await until(pilot, lambda: screen.article.briefing is briefings[index], f"the article of row {index}")
            assert blist.highlighted is briefings[index]

        await pilot.press("j")
        await at(1)
        await pilot.press("down")
        await at(2)
        await pilot.press("k")
        await at(1)
        await pilot.press("up")
        await at(0)
        await pilot.press("k")  # at the top: stays
        await at(0)
        await pilot.press("G")
        await at(4)
        await pilot.press("g")
        await at(0)
        await pilot.press("pagedown")
        await at(4)  # five briefings fit on one page: a page down lands on the last
        await pilot.press("pageup")
        await at(0)
        await pilot.press("end")
        await at(4)
        await pilot.press("home")
        await at(0)


async def test_enter_opens_the_highlighted_briefing_in_the_article(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert screen.article.briefing is sample_library.briefings[2]
        assert screen.article.has_focus


async def test_mouse_click_selects_a_row(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        blist = screen.briefing_list
        # Rows: heading(0) item(1-2) gap(3) heading(4) item(5-6) ...
        await pilot.click(BriefingList, offset=(10, 5))
        await pilot.pause()
        assert blist.highlighted is sample_library.briefings[1]
        assert screen.article.briefing is sample_library.briefings[1]


async def test_tab_cycles_list_article_side_panel(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, BriefingList)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, FigureList)
        await pilot.press("tab")
        assert isinstance(app.focused, BriefingList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, FigureList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleView)


async def test_group_by_topic_shows_a_briefing_under_each_of_its_topics(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("T")
        await pilot.pause()
        assert app.group_by == "topic"
        rows = screen.briefing_list.rows
        headings = [r.heading for r in rows if r.briefing is None]
        assert any("Metaverse" in h and "元宇宙" in h for h in headings)
        items = [r.briefing for r in rows if r.briefing is not None]
        expected = sum(len(b.topics) or 1 for b in sample_library.briefings)
        assert len(items) == expected
        await pilot.press("T")
        await pilot.pause()
        assert app.group_by == "date"
        assert screen.briefing_list.briefing_count == 5


# ----- filter ---------------------------------------------------------------------------


async def test_slash_focuses_the_filter_and_typing_narrows_the_list(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"source:新民晚报")
        await settle(pilot, app)
        shown = [r.briefing for r in screen.briefing_list.rows if r.briefing]
        assert [b.source for b in shown] == ["新民晚报"]
        assert screen.article.briefing is shown[0]
        assert "1 of 5 briefings" in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.focused, BriefingList)
        # escape also goes back; clearing the query restores everything
        await pilot.press("slash", "ctrl+u", "escape")
        await settle(pilot, app)
        assert isinstance(app.focused, BriefingList)
        assert screen.briefing_list.briefing_count == 5


async def test_traditional_query_matches_simplified_text(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash", *"張江", "enter")
        await settle(pilot, app)
        shown = [r.briefing for r in screen.briefing_list.rows if r.briefing]
        assert shown and all("张江" in b.text or "张江" in b.title for b in shown)


async def test_a_syntax_error_is_shown_inline_and_never_crashes(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash", *'"信息消费')  # an unclosed quote
        await settle(pilot, app)
        # shown after a pause in typing (tester s18 U2: not at every unfinished step)
        await until(pilot, lambda: screen.filter_bar.has_class("-error"), "the error under the filter")
        assert "column" in screen_text(app)
        assert screen.briefing_list.briefing_count == 5  # the last good list stays
        await pilot.press('"')
        await settle(pilot, app)
        assert not screen.filter_bar.has_class("-error")
        assert 0 < screen.briefing_list.briefing_count < 5


async def test_no_match_shows_an_empty_list_and_an_empty_article(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash", *"zzzzqqq", "enter")
        await settle(pilot, app)
        assert screen.briefing_list.briefing_count == 0
        assert screen.article.briefing is None
        assert "No briefings match." in screen_text(app)
        await pilot.press("b")  # nothing to bookmark: a warning, no crash
        await pilot.pause()
        assert not Path(sample_config.notes).exists()


# ----- article modes --------------------------------------------------------------------


async def test_t_shows_traditional_and_back(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        assert "经济" in screen.article.shown_text
        await pilot.press("t")
        await pilot.pause()
        assert app.script == "hant"
        assert "經濟" in screen.article.shown_text and "经济" not in screen.article.shown_text
        assert "經濟" in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert "经济" in screen.article.shown_text


async def test_o_shows_the_original_text(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    html = next(b for b in sample_library.briefings if b.format == "html")
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        screen.briefing_list.select(html)
        await pilot.pause()
        assert "<p>" not in screen.article.shown_text
        await pilot.press("o")
        await pilot.pause()
        assert app.show_original
        # the page's text as written (its front matter too), never its markup
        shown = screen.article.shown_text
        assert "markup removed" in shown and "title: '2022上海信息消费节启动" in shown
        assert "<p>" not in shown and "trsHotWords" not in shown and "证券时报记者 张淑贤" in shown
        assert "Original text" in screen_text(app)
        await pilot.press("o")
        await pilot.pause()
        assert "<p>" not in screen.article.shown_text


async def test_o_shows_the_original_after_a_warm_start(sample_config, tmp_path):
    # The index cache does not store the source; the view must re-read the file,
    # not fall back to the normalized text.
    from dataclasses import replace

    from briefreader.library import load_library

    config = replace(sample_config, cache_dir=tmp_path / "warm-cache")
    load_library(config)
    warm = load_library(config)
    assert warm.stats.cached == len(warm.briefings)
    html = next(b for b in warm.briefings if b.format == "html")
    assert html.original == ""
    app = make_app(config, warm)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        screen.briefing_list.select(html)
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        shown = screen.article.shown_text  # the file's text: its front matter is in no normalized text
        assert "title: '2022上海信息消费节启动" in shown and "<p>" not in shown


# ----- figures --------------------------------------------------------------------------


def _with_figures(library):
    return next(b for b in library.briefings if b.figures)


async def test_enter_on_a_figure_scrolls_to_and_highlights_its_sentence(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    briefing = _with_figures(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        screen.briefing_list.select(briefing)
        await pilot.pause()
        await pilot.press("tab", "tab")
        figures = screen.side.figure_list
        assert figures.has_focus
        await pilot.press("G")  # the last figure: its sentence is further down
        figure = figures.highlighted_figure
        assert figure is not None
        await pilot.press("enter")
        await until(
            pilot,
            lambda: screen.article.highlighted_paragraph is not None and screen.article.scroll_y > 0,
            "the figure's paragraph to be highlighted and scrolled to",
        )
        index = screen.article.highlighted_paragraph
        assert figure.text in briefing.paragraphs[index]
        widget = screen.article._widgets[index]
        # Scrolled down to it, and the paragraph is on screen (an unshown widget has an empty region).
        assert screen.article.scroll_y > 0 and screen.article.region.overlaps(widget.region)


async def test_c_cites_the_highlighted_figure_into_a_note(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    briefing = _with_figures(sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        screen.briefing_list.select(briefing)
        await pilot.pause()
        figure = screen.side.figure_list.highlighted_figure
        await pilot.press("c")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor) and editor.figure is figure
        await pilot.press(*"worth checking")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
    entry = notes_doc(sample_config)["briefings"][briefing.id]
    assert entry["notes"][0]["text"] == "worth checking"
    assert entry["notes"][0]["figure"] == figure.text


async def test_c_right_after_moving_cites_a_figure_of_the_briefing_moved_to(sample_config, sample_library, monkeypatch):
    # While the cursor runs, the article follows at most every FOLLOW_INTERVAL; a
    # cite in that window must not take the previous article's figure.
    import briefreader.tui.screens.main as main_module

    monkeypatch.setattr(main_module, "FOLLOW_INTERVAL", 5.0)  # a window a test can hit surely
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("j", "j", "c")  # the second j and c within the follow interval of the first
        await pilot.pause()
        target = screen.briefing_list.highlighted
        assert target is sample_library.briefings[2] and target.figures
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.figure in target.figures


# ----- notes and bookmarks --------------------------------------------------------------


async def test_b_toggles_the_bookmark_in_the_notes_file(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    first = sample_library.briefings[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert notes_doc(sample_config)["briefings"][first.id]["bookmarked"] is True
        assert "★" in screen_text(app)
        await pilot.press("b")
        await pilot.pause()
        doc = notes_doc(sample_config)
        assert first.id not in doc.get("briefings", {}) or not doc["briefings"][first.id].get("bookmarked")


async def test_n_writes_a_note_saved_with_ctrl_s(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    first = sample_library.briefings[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"key: 3000亿")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert "key: 3000亿" in screen_text(app)  # the side panel lists the note
    assert notes_doc(sample_config)["briefings"][first.id]["notes"][0]["text"] == "key: 3000亿"


async def test_q_with_a_kept_draft_asks_before_losing_it(sample_config, sample_library):
    # A kept draft is saved in the notes file (issue 15; tests/tui/test_tui_readstate.py); only
    # when that file cannot take it (here: it does not parse) is it in memory, and q asks.
    sample_config.notes.write_text("not = = toml", encoding="utf-8")
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"draft one", "escape", "k")  # kept as a draft, in memory only
        await pilot.pause()
        assert app.drafts and isinstance(app.screen, MainScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit) and "A note draft is not saved" in screen_text(app)
        await pilot.press("escape")  # go back: nothing lost, still running
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.text == "draft one"
        await pilot.press("escape", "q", "q")  # quit anyway
        await pilot.pause()
        assert not app.is_running


async def test_a_draft_cleared_by_the_user_does_not_come_back(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"draft", "escape", "k")
        await pilot.press("n", *["backspace"] * 5, "escape")  # emptied, then closed
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and not app.drafts


async def test_escape_with_text_asks_and_never_drops_it_silently(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"draft one", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.press("escape")  # keep editing: the text is still there
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.text == "draft one"
        await pilot.press("escape", "k")  # keep as a draft
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert 'draft = "draft one"' in Path(sample_config.notes).read_text(encoding="utf-8")  # kept (issue 15)
        await pilot.press("n")  # the draft comes back
        await pilot.pause()
        assert app.screen.text == "draft one"
        await pilot.press("escape")  # unchanged draft: closes, stays a draft
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("n", "x", "escape", "d")  # explicit discard
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.text == ""
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_a_save_error_keeps_the_editor_open_with_the_message(sample_config, sample_library):
    Path(sample_config.notes).write_text("this is [not toml", encoding="utf-8")
    notes = NotesStore.open(sample_config.notes)
    assert notes.read_only
    app = make_app(sample_config, sample_library, notes=notes)
    async with app.run_test(size=SIZE) as pilot:
        assert "notes read-only" in screen_text(app)
        await pilot.press("n", *"important", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.text == "important"
        assert "✗" in screen_text(app)
    assert Path(sample_config.notes).read_text(encoding="utf-8") == "this is [not toml"


async def test_e_exports_notes_to_markdown_and_shows_the_path(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    first = sample_library.briefings[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "e")
        await pilot.pause()
        assert app.last_export == Path(sample_config.export).absolute()
        assert str(app.last_export) in "".join(app.said)  # the status bar's message line (s14), not a toast
    markdown = Path(sample_config.export).read_text(encoding="utf-8")
    assert markdown.startswith("# briefreader notes")
    assert first.title[:10] in markdown


# ----- chrome ---------------------------------------------------------------------------


async def test_L_switches_the_ui_language(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "Bookmark" in screen_text(app), "the English footer")
        await pilot.press("L")
        assert app.language == "zh"
        await until(pilot, lambda: "书签" in screen_text(app), "the Chinese footer")
        text = screen_text(app)
        assert "Bookmark" not in text
        assert "关键数字" in text  # side panel heading
        await pilot.press("L")
        await until(pilot, lambda: "Bookmark" in screen_text(app), "the English footer again")


async def test_help_opens_with_question_mark_and_f1(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for needle in ("Bookmark", "Cite figure", "Export", "Next pane", "Save"):
            assert needle in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_help_lists_each_key_of_everywhere_once(sample_config, sample_library):
    """esc stood twice under "Everywhere": Back, and the filter bar's own Back to list."""
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        everywhere = app.screen_stack[-2].help_columns()[0][0]
        keys = [key for row in everywhere.rows for key in row[0].split()]
        assert "esc" in keys and len(keys) == len(set(keys)), keys


async def test_problems_view_lists_unreadable_files(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        count = len(sample_library.problems)
        assert f"problems: {count}" in screen_text(app)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        for problem in sample_library.problems:
            assert problem.relpath in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_every_action_is_in_the_command_palette(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for title in (
            "Filter",
            "Bookmark",
            "Note",
            "Cite figure",
            "Simplified / Traditional",
            "Original text",
            "Group",
            "Export",
            "Problems",
            "Help",
            "Quit",
        ):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Simplified / Trad")
        palette = app.screen
        await until(  # the palette searches asynchronously: wait for the match, not a fixed time
            pilot,
            lambda: any(
                "Simplified / Traditional" in str(o.prompt) for o in palette.query("CommandList").first().options
            ),
            "the palette's match",
        )
        await pilot.press("enter")
        await until(pilot, lambda: app.script == "hant", "the palette command to switch the script")
        assert isinstance(app.screen, MainScreen)


async def test_keys_are_remappable_through_config(sample_config, sample_library):
    config = replace(sample_config, keys={"bookmark": "x"})
    app = make_app(config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert notes_doc(config)["briefings"][sample_library.briefings[0].id]["bookmarked"] is True


async def test_q_quits(sample_config, sample_library):
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_without_a_library_the_app_loads_in_a_worker(sample_config):
    app = BriefreaderApp(sample_config)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(300):
            await pilot.pause(0.1)
            if app.library is not None:
                break
        await pilot.pause()
        assert app.library is not None
        assert main(app).briefing_list.briefing_count == 5


@pytest.mark.parametrize("query", ["topic:", "date:20x5", "money>abc", '"', "-", "((("])
async def test_odd_queries_show_where_the_mistake_is_and_keep_the_list(sample_config, sample_library, query):
    from briefreader.query import QuerySyntaxError, parse

    with pytest.raises(QuerySyntaxError) as mistake:  # the parser's own verdict is the oracle
        parse(query)
    app = make_app(sample_config, sample_library)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash")
        # pasted whole: typed key by key, a prefix ("topic", "money") is a query of its own, and under load
        # the debounce may apply it first, so "the last good result" would depend on the machine's speed
        screen.filter_bar.input.insert_text_at_cursor(query)
        await settle(pilot, app)
        await until(pilot, lambda: screen.filter_bar.has_class("-error"), "the error under the filter")
        said = f"column {mistake.value.position + 1}: {mistake.value.reason}"
        # the class is set before the message is laid out: under load a frame may lie between (s22)
        await until(pilot, lambda: said in screen_text(app), "the mistake's column and reason on screen")
        assert screen.briefing_list.briefing_count == 5  # the last good result stays
        assert app.is_running


async def _loaded(pilot, app, count: int) -> None:
    for _ in range(300):
        await pilot.pause(0.1)
        if app.library is not None and main(app).briefing_list.briefing_count == count:
            return
    raise AssertionError(f"the list never showed {count} briefings")


async def test_warm_start_paints_from_the_index_then_picks_up_a_new_file(sample_config, tmp_path):
    corpus = tmp_path / "briefings"
    shutil.copytree(sample_config.briefings, corpus)
    config = replace(sample_config, briefings=corpus)
    load_library(config).close()  # a previous run filled the index

    (corpus / "new.txt").write_text("元宇宙新闻\n\n2025年6月1日，张江发布元宇宙计划，总投资50亿元。", encoding="utf-8")
    app = BriefreaderApp(config)
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot, app, 6)  # 5 from the index at once, then the new file
        screen = main(app)
        entry = next(b for b in app.library.briefings if b.id.startswith("002"))
        assert not entry.loaded  # a list entry: no body in memory
        screen.open(entry)
        assert screen.current is entry  # title and metadata at once; the body is read in a worker
        # Textual describes a worker by repr() of its arguments unless told otherwise: at
        # 100,000 briefings repr(library) took 2 s and ~400 MB on the UI thread.
        assert all(len(w.description) < 100 for w in app.workers), [w.description[:100] for w in app.workers]
        assert len(repr(app.library)) < 200
        await until(pilot, lambda: screen.current is not entry, "the body read")  # 5 s was a guess
        assert "杨浦区" in screen.current.text and screen.current.figures  # read from its file
        assert "杨浦区" in screen.article.shown_text
        await pilot.press("slash", *"元宇宙")
        await settle(pilot, app)
        shown = {b.id for b in screen.shown}
        assert "new" in shown and "001_dd643b2f5a9bae41" in shown  # the index answers for entries
        assert "002_8b30a93c016d4fd5" not in shown


async def test_a_peek_read_during_the_imports_is_in_the_first_frame(sample_config, tmp_path, monkeypatch):
    # cli.cmd_tui starts EarlyPeek before importing Textual; when it is done by the
    # time the screen mounts, the rows are there before anything is painted.
    from briefreader.warm import EarlyPeek

    corpus = tmp_path / "briefings"
    shutil.copytree(sample_config.briefings, corpus)
    config = replace(sample_config, briefings=corpus)
    load_library(config).close()  # a previous run filled the index
    peek = EarlyPeek(config, limit=3)
    early = peek.result()
    assert early is not None and early[1] == 5 and len(early[0].briefings) == 3
    on_mount, counts = MainScreen.on_mount, []

    def counting_on_mount(self) -> None:
        on_mount(self)
        counts.append(self.briefing_list.briefing_count)  # what the first frame will show

    monkeypatch.setattr(MainScreen, "on_mount", counting_on_mount)
    app = BriefreaderApp(config, peek=peek)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        assert counts == [3]
        await _loaded(pilot, app, 5)
        assert len(screen.shown) == 5 and app.library is not None
        assert early[0].index is None or early[0].index._conn is None  # the peek's index was closed


def test_an_early_peek_without_an_index_is_none(sample_config, tmp_path):
    from briefreader.warm import EarlyPeek

    assert EarlyPeek(replace(sample_config, cache_dir=tmp_path / "empty")).result() is None
    assert EarlyPeek(replace(sample_config, briefings=tmp_path / "missing")).result() is None
