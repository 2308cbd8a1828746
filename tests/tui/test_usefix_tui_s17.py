"""Session 17, usefix: the s16 tester's and reviewer's findings in the TUI (Pilot), each
failing on the code before it."""

from __future__ import annotations

import pytest
from helpers.waiting import screen_ready, until

from briefreader.notes import NotesStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.screens.note_editor import NoteEditor


def main(app: BriefreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


# ----- tester s16 U9: two TUIs on one notes file: a save keeps the other's draft -------------


def _on_disk(config) -> NotesStore:
    return NotesStore.open(config.notes)


async def test_two_tuis_typing_notes_of_one_briefing_lose_nothing(sample_config, sample_library):
    """The tester's repro: both press n on one briefing, A types and autosaves, B types and
    autosaves, A saves. Old: B's autosave replaced A's draft, and A's save removed the only
    draft, so a crash of B lost what it typed seconds before."""
    one = BriefreaderApp(sample_config, library=sample_library)
    two = BriefreaderApp(sample_config, library=sample_library)
    async with one.run_test(size=(100, 30)) as a, two.run_test(size=(100, 30)) as b:
        await a.pause()
        await b.pause()
        briefing = main(one).current
        assert briefing is not None and main(two).current is not None
        assert main(two).current.id == briefing.id
        await a.press("n")
        await b.press("n")
        await until(a, lambda: isinstance(one.screen, NoteEditor))
        await until(b, lambda: isinstance(two.screen, NoteEditor))
        await a.press(*"AAA")
        await until(a, lambda: "AAA" in _on_disk(sample_config).draft_for(briefing.id), "A's autosave")
        await b.press(*"BBB")
        await until(b, lambda: "BBB" in _on_disk(sample_config).draft_for(briefing.id), "B's autosave")
        assert "AAA" in _on_disk(sample_config).draft_for(briefing.id)  # old: B's draft replaced A's
        await a.press("ctrl+s")
        await until(a, lambda: not isinstance(one.screen, NoteEditor))
        disk = _on_disk(sample_config)
        assert [n.text for n in disk.notes_for(briefing.id)] == ["AAA"]
        assert disk.draft_for(briefing.id) == "BBB"  # old: "" (B's draft deleted by A's save)
        await b.press("ctrl+s")
        await until(b, lambda: not isinstance(two.screen, NoteEditor))
        disk = _on_disk(sample_config)
        assert sorted(n.text for n in disk.notes_for(briefing.id)) == ["AAA", "BBB"]
        assert disk.draft_for(briefing.id) == ""


async def test_an_editors_draft_removed_by_another_process_is_written_again(sample_config, sample_library):
    """Another process deleting the draft being typed (an old briefreader's save, `note
    --delete`-like edits): the live reload writes it again, with no new key typed."""
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        briefing = main(app).current
        assert briefing is not None
        await pilot.press("n")
        await until(pilot, lambda: screen_ready(app, NoteEditor))
        await pilot.press(*"typed")
        await until(pilot, lambda: _on_disk(sample_config).draft_for(briefing.id) == "typed", "autosave")
        _on_disk(sample_config).set_draft(briefing, "")  # the other process
        main(app)._notes_changed()  # what the watcher calls on the notes file's change
        await until(pilot, lambda: _on_disk(sample_config).draft_for(briefing.id) == "typed", "written again")


@pytest.mark.parametrize("order", ["first", "second"])
def test_a_writer_replaces_only_the_draft_it_continues(tmp_path, order):
    from briefreader.model import Briefing

    b = Briefing(id="x", path="/x.txt", fingerprint="f", title="t", text="")
    store, other = NotesStore.open(tmp_path / "n.toml"), NotesStore.open(tmp_path / "n.toml")
    store.set_draft(b, "mine", replaces=())
    other.set_draft(b, "theirs", replaces=())
    if order == "second":
        other.set_draft(b, "theirs, more", replaces=["theirs"])
    store.set_draft(b, "mine, more", replaces=["mine"])
    theirs = "theirs" if order == "first" else "theirs, more"
    assert NotesStore.open(tmp_path / "n.toml").draft_parts("x") == ("mine, more", theirs)
    store.set_draft(b, "", replaces=["mine, more"])
    assert NotesStore.open(tmp_path / "n.toml").draft_for("x") == theirs


# ----- tester s14 F7 / s16 U5: a draft shows in the side panel, marked as a draft ------------


def _side_notes(app: BriefreaderApp) -> str:
    from textual.widgets import Static

    return str(main(app).side.query_one("#notes", Static).render())


async def test_a_draft_waiting_from_before_shows_in_the_side_panel(sample_config, sample_library):
    first = sample_library.briefings[0]
    NotesStore.open(sample_config.notes).set_draft(first, "写了一半的笔记")
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await until(pilot, lambda: main(app).current is not None and main(app).current.id == first.id)
        shown = _side_notes(app)
        assert "写了一半的笔记" in shown and "Draft, not saved" in shown, shown  # old: "No notes yet — press n."


async def test_a_draft_kept_on_escape_shows_in_the_side_panel_at_once(sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await until(pilot, lambda: screen_ready(app, NoteEditor))
        await pilot.press(*"half", "escape")
        await pilot.pause()
        await pilot.press("k")  # keep as draft
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor) and app.screen is main(app))
        shown = _side_notes(app)
        assert "half" in shown and "Draft, not saved" in shown, shown


# ----- tester s15 F9 / s16 U3: the question is asked under the note, not over its text ------


@pytest.mark.parametrize("key", ["escape", "ctrl+q"])
async def test_the_unsaved_note_question_leaves_the_typed_text_in_view(sample_config, sample_library, key):
    from textual.containers import Vertical
    from textual.widgets import TextArea

    from briefreader.tui.screens.note_editor import ConfirmDiscard, ConfirmQuit

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await until(pilot, lambda: screen_ready(app, NoteEditor))
        area = app.screen.query_one(TextArea)
        await pilot.press(*"typed", key)
        await until(pilot, lambda: screen_ready(app, (ConfirmDiscard, ConfirmQuit)))
        await pilot.pause()
        dialog = app.screen.query_one("#confirm-dialog", Vertical).region
        text = area.content_region
        # old: centred on the editor, the dialog began on the text area's first line
        assert dialog.y >= text.y + 3, (dialog, text)
        assert dialog.bottom <= 24


# ----- review s16: one table of scroll keys for the four views that scroll ------------------


def test_the_views_that_scroll_take_their_keys_from_one_table():
    from textual.binding import Binding

    from briefreader.keymap import ACTIONS, SCROLL_MOVES
    from briefreader.tui.screens.figures_view import FigureRows
    from briefreader.tui.screens.help import HelpScreen
    from briefreader.tui.widgets.article import ArticleView
    from briefreader.tui.widgets.briefing_list import BriefingList

    keys = [keys for _, keys in SCROLL_MOVES]
    for view, prefix in (
        (HelpScreen, "help"),
        (FigureRows, "figview"),
        (ArticleView, "article"),
        (BriefingList, "list"),
    ):
        scrolls = [b for b in view.BINDINGS if isinstance(b, Binding) and b.id and b.id.startswith(prefix + ".")]
        by_id = {b.id: b.key for b in scrolls}
        moves = [i for i in by_id if i.split(".")[1] not in ("open", "fold", "unfold")]
        # old: help's and the figures view's page up had no shift+space, the article's keys another order
        assert [by_id[i] for i in moves] == keys, (prefix, by_id)
        assert all(ACTIONS[i].keys == by_id[i] for i in moves)


# ----- tester s15 U5: a figure cited from a Traditional source is kept as the source writes it --


async def test_a_figure_cited_from_a_traditional_source_is_saved_as_written(tmp_path, sample_config):
    from dataclasses import replace

    from briefreader.library import load_library

    root = tmp_path / "briefings"
    root.mkdir()
    (root / "cna.txt").write_text(
        "台北股市今天上漲\n\n（中央社記者潘智義台北2日電）台北股市今天上漲，成交值新台幣1019.43億元。\n",
        encoding="utf-8",
    )
    config = replace(sample_config, briefings=root, cache_dir=tmp_path / "cache")
    library = load_library(config, use_cache=False)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = main(app)
        await until(pilot, lambda: screen.current is not None and screen.current.loaded)
        await until(pilot, lambda: screen.side.figure_list.highlighted_figure is not None, "a figure to cite")
        await pilot.press("c")
        await until(pilot, lambda: screen_ready(app, NoteEditor))
        await pilot.press(*"note", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor))
    (note,) = NotesStore.open(config.notes).notes_for("cna")
    assert note.figure == "新台幣1019.43億元", note.figure  # old: 新台币1019.43亿元
    assert note.figure_sentence is not None and "成交值新台幣" in note.figure_sentence


# ----- tester s16 U4: "notes read-only" leaves the status bar once a save works ---------------


def _screen_text(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def test_the_read_only_warning_goes_when_the_repaired_notes_file_takes_a_save(sample_config, sample_library):
    sample_config.notes.write_text('version = 1\n[briefings."x"\n', encoding="utf-8")
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await until(pilot, lambda: "notes read-only" in _screen_text(app), "the warning")
        sample_config.notes.write_text("version = 1\n", encoding="utf-8")  # repaired
        await pilot.press("n")
        await until(pilot, lambda: screen_ready(app, NoteEditor))
        await pilot.press(*"saved", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor))
        assert not app.notes.read_only
        await until(pilot, lambda: "notes read-only" not in _screen_text(app), "the warning gone")  # old: it stayed


# ----- tester s16 U11: the zh problems view says these two in Chinese too --------------------


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("not a regular file (a pipe, socket or device)", "不是普通文件（管道、套接字或设备）"),
        (
            "no text encoding fits (tried UTF-8, UTF-16, GB18030, Big5 and detection)",
            "没有相符的文本编码（已尝试 UTF-8, UTF-16, GB18030, Big5 及自动检测）",
        ),
    ],
)
def test_the_zh_problems_view_says_them_in_chinese(message: str, said: str):
    from briefreader.ingest import NOT_REGULAR
    from briefreader.tui.i18n import problem_text

    assert NOT_REGULAR == "not a regular file (a pipe, socket or device)"  # the core's sentence
    assert problem_text("unreadable", message, "zh")[1] == said  # old: English, or "… and detection"
