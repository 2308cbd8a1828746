"""Guards what a new user ran into in the TUI (session 7, new-user pass, Pilot): the
status bar keeps the problem count and the read-only warning in 80 columns, and `e`
over a notes file that does not parse keeps the last good export."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

from helpers.waiting import record_notifications, until
from rich.cells import cell_len

from briefreader.library import load_library
from briefreader.notes import NotesStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.status_bar import StatusBar

CORRUPT = 'version = 1\n[briefings."x"\n'


def _setup(sample_config, sample_dir: Path, tmp_path: Path):
    corpus = tmp_path / "briefings"
    shutil.copytree(sample_dir / "briefings", corpus)
    (corpus / "empty.txt").write_bytes(b"")  # one problem: an empty file
    config = replace(sample_config, briefings=corpus)
    library = load_library(config, use_cache=False)
    assert library.problems
    config.notes.write_text(CORRUPT, encoding="utf-8")
    return config, library, NotesStore.open(config.notes)


async def test_status_bar_keeps_problems_and_read_only_warning_at_80_columns(sample_config, sample_dir, tmp_path):
    config, library, notes = _setup(sample_config, sample_dir, tmp_path)
    app = BriefreaderApp(config, library=library, notes=notes)
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.screen.query_one(StatusBar)
        await until(pilot, lambda: "problems" in str(bar.render()), "the problem count")
        line = str(bar.render())
        assert cell_len(line) <= 80, line
        assert re.search(r"problems: \d+ \(P\)", line) and "notes read-only" in line
        await pilot.resize_terminal(160, 45)
        await until(pilot, lambda: "briefreader" in str(bar.render()), "the title back when wide")
        wide = str(bar.render())
        assert re.search(r"problems: \d+ \(P\)", wide) and "notes read-only" in wide and "  │  " in wide


async def test_export_key_over_a_notes_file_that_does_not_parse_keeps_the_old_export(
    sample_config, sample_dir, tmp_path, monkeypatch
):
    config, library, notes = _setup(sample_config, sample_dir, tmp_path)
    config.export.write_text("# my last good export\n", encoding="utf-8")
    app = BriefreaderApp(config, library=library, notes=notes)
    async with app.run_test(size=(120, 36)) as pilot:
        seen = record_notifications(app, monkeypatch)
        await pilot.press("e")
        await until(pilot, lambda: seen, "a toast")
        severity, message = seen[-1]
        assert severity == "error" and "nothing was exported" in message
        assert app.last_export is None
    assert config.export.read_text(encoding="utf-8") == "# my last good export\n"


def _help_rows(app) -> list[tuple[str, str]]:
    from briefreader.tui.screens.help import HelpScreen

    assert isinstance(app.screen, HelpScreen), type(app.screen).__name__
    return [row for section in app.screen.sections for row in section.rows]


async def test_question_mark_in_the_figures_and_metrics_views_shows_their_keys(sample_config, sample_library):
    """The help says "? Help" everywhere, but in the figures and metrics views `?` did nothing."""
    from briefreader.tui.screens.figures_view import FiguresScreen
    from briefreader.tui.screens.metrics_view import MetricsScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("F")
        await until(pilot, lambda: isinstance(app.screen, FiguresScreen), "the figures view")
        await pilot.press("question_mark")
        await until(pilot, lambda: not isinstance(app.screen, FiguresScreen), "the help")
        rows = dict((desc, keys) for keys, desc in _help_rows(app))
        assert rows["Sort by the column (again: reverse)"] == "s"
        assert rows["Close"] == "esc q" and "Open the briefing at the sentence" in rows
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, FiguresScreen), "back in the figures view")
        await pilot.press("escape")
        await pilot.press("M")
        await until(pilot, lambda: isinstance(app.screen, MetricsScreen), "the metrics view")
        await app.workers.wait_for_complete()
        await pilot.press("question_mark")
        await until(pilot, lambda: not isinstance(app.screen, MetricsScreen), "the help")
        descriptions = [desc for _, desc in _help_rows(app)]
        assert "Export the chosen metric as CSV" in descriptions and "Close" in descriptions


async def test_question_mark_in_the_versions_view_shows_its_keys(sample_config, tmp_path):
    from helpers.story_corpus import make_story_corpus

    from briefreader.tui.screens.versions_view import VersionsScreen

    folder = tmp_path / "briefings"
    make_story_corpus(folder)
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await until(pilot, lambda: app.screen_stack[0]._stories is not None, "the stories")
        await pilot.press("j", "V")
        await until(pilot, lambda: isinstance(app.screen, VersionsScreen), "the versions view")
        await pilot.press("question_mark")
        await until(pilot, lambda: not isinstance(app.screen, VersionsScreen), "the help")
        descriptions = [desc for _, desc in _help_rows(app)]
        assert "The other table" in descriptions and "Open the version under the cursor" in descriptions


def test_figures_view_rows_never_show_a_column_in_part() -> None:
    """At 80 columns the value column was cut at the edge: 3,000,000 read "3,0"."""
    from briefreader.across import FIGURE_COLUMNS
    from briefreader.index import FigureRow
    from briefreader.tui.screens.figures_view import WIDTHS, _header, _line

    labels = {w for _, label in FIGURE_COLUMNS for w in label.split()}

    row = FigureRow(
        1,
        1,
        "a",
        "2024-12-18",
        "CSDN",
        "高校计科系",
        "count",
        "超过300万个",
        "over 3 mn jobs",
        3_000_000.0,
        "个",
        "岗位",
        0,
        7,
    )
    for width in range(40, 140):
        line = _line(row, width).plain
        assert cell_len(line.rstrip()) <= width
        if "3,0" in line:
            assert "3,000,000" in line, (width, line)
        head = _header("date", True, 0, width).plain
        assert cell_len(head.rstrip()) <= width
        assert {w.rstrip("▲▼") for w in head.split()} <= labels, (width, head)  # no label cut short
    full = sum(WIDTHS.values()) + len(WIDTHS)
    assert "3,000,000" in _line(row, full).plain and "岗位" in _line(row, full).plain


async def test_every_palette_command_has_a_description_in_both_languages(sample_config, sample_library):
    """The palette showed "cmd.figures_view", "cmd.digest" … as the help of four commands."""
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        for language in ("en", "zh"):
            app.language = language
            commands = list(app.get_system_commands(app.screen))
            assert len(commands) > 20
            untranslated = [c.title for c in commands if c.help.startswith("cmd.") or c.title.startswith("palette.")]
            assert not untranslated, (language, untranslated)
        await pilot.pause()


async def test_D_says_at_once_that_the_digest_is_being_written(sample_config, sample_library, tmp_path, monkeypatch):
    """D on 181 real briefings took 20 s (each story read again) with nothing on screen."""
    import threading

    import briefreader.digest as digest_mod

    gate = threading.Event()
    real = digest_mod.build_digest

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(digest_mod, "build_digest", slow)
    config = replace(sample_config, export=tmp_path / "out" / "notes.md")
    (tmp_path / "out").mkdir()
    app = BriefreaderApp(config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        seen = record_notifications(app, monkeypatch)
        await pilot.press("D")
        await pilot.pause()
        assert seen and "digest" in seen[0][1].lower(), seen  # before the digest is built
        assert not list((tmp_path / "out").glob("digest-*.md"))
        gate.set()
        await until(pilot, lambda: len(seen) >= 2, "the toast saying where")
        assert "Digest of" in seen[-1][1]


async def test_notes_screen_lists_the_newest_briefing_first_like_the_cli(sample_config, sample_library):
    """ctrl+n listed briefings in the order their first note was written; `briefreader
    notes` and the export list the newest briefing first."""
    from briefreader.tui.screens.notes_screen import NotesScreen

    notes = NotesStore.open(sample_config.notes)
    by_id = {b.id: b for b in sample_library.briefings}
    for bid in ("001_dd643b2f5a9bae41", "000_6725c00bccd9a398", "004_bbc993df6f2fe461"):
        notes.add_note(by_id[bid], f"note on {bid}")
    app = BriefreaderApp(sample_config, library=sample_library, notes=notes)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NotesScreen), "the notes screen")
        heads = [item.briefing.id for item in app.screen.items if item.note is None]
        assert heads == ["000_6725c00bccd9a398", "004_bbc993df6f2fe461", "001_dd643b2f5a9bae41"]


async def test_versions_view_names_each_versions_id(sample_config, tmp_path):
    """Two copies of one article (same date, source and title) were two identical rows."""
    from textual.widgets import DataTable

    from briefreader.tui.screens.versions_view import VersionsScreen

    folder = tmp_path / "briefings"
    body = "上海市经济和信息化委员会今天发布消息，2025上海信息消费节将于五月开幕，预计带动消费超过3000亿元。" * 6
    folder.mkdir()
    for name in ("copy_a", "copy_b"):
        (folder / f"{name}.txt").write_text(
            "---\ntitle: 信息消费节五月开幕\ndate: 2025-04-01\nsource: 新民晚报\n---\n\n" + body, encoding="utf-8"
        )
    config = replace(sample_config, briefings=folder)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await until(pilot, lambda: app.screen_stack[0]._stories is not None, "the stories")
        await pilot.press("V")
        await until(pilot, lambda: isinstance(app.screen, VersionsScreen), "the versions view")
        table = app.screen.query_one("#versions-list", DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert {r[3] for r in rows} == {"copy_a", "copy_b"}, rows


async def test_an_edit_kept_as_draft_does_not_replace_the_briefings_draft(sample_config, sample_library):
    """ctrl+n, e on a note, type, escape, k: the edit became the briefing's draft and the
    draft already kept there (from n, escape, k) was gone without a word."""
    from textual.widgets import TextArea

    from briefreader.tui.screens.note_editor import NoteEditor
    from briefreader.tui.screens.notes_screen import NotesScreen

    notes = NotesStore.open(sample_config.notes)
    b = sample_library.briefings[0]
    notes.add_note(b, "first note")
    notes.set_draft(b, "半句草稿，还没写完")
    app = BriefreaderApp(sample_config, library=sample_library, notes=notes)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NotesScreen), "the notes screen")
        screen = app.screen
        screen.option_list.highlighted = next(i for i, item in enumerate(screen.items) if item.note is not None)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor")
        app.screen.query_one(TextArea).insert(" and an edit")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, NotesScreen), "back to the notes screen")
        await pilot.pause()
    draft = NotesStore.open(sample_config.notes).draft_for(b.id)
    assert "半句草稿，还没写完" in draft and "first note and an edit" in draft


async def test_notes_screen_lists_a_kept_draft(sample_config, sample_library):
    """A draft kept with n, escape, k was in `briefreader notes` but not in ctrl+n."""
    from briefreader.tui.screens.notes_screen import NotesScreen

    notes = NotesStore.open(sample_config.notes)
    b = sample_library.briefings[1]
    notes.set_draft(b, "半句草稿，还没写完")
    app = BriefreaderApp(sample_config, library=sample_library, notes=notes)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NotesScreen), "the notes screen")
        screen = app.screen
        assert {item.briefing.id for item in screen.items} == {b.id}
        shown = [str(screen.option_list.get_option_at_index(i).prompt) for i in range(screen.option_list.option_count)]
        assert any("半句草稿，还没写完" in line for line in shown), shown
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, NotesScreen), "the briefing")
        assert app.screen_stack[0].briefing_list.highlighted.id == b.id


def test_metric_chart_x_axis_is_time_not_the_points_order() -> None:
    """19 cases on 2021-06-17, then 58 and 2,947 on 2022-09-25: drawn at x 0, 1, 2 under
    the ticks 2021-06-17, 2022-09-25, 2022-09-25."""
    from briefreader.tui.screens.metrics_view import time_axis

    xs, ticks, labels = time_axis(["2021-06-17", "2022-09-25", "2022-09-25"])
    assert xs == [0.0, 465.0, 465.0]
    assert ticks == [0.0, 465.0] and labels == ["2021-06-17", "2022-09-25"]
    xs, ticks, labels = time_axis(["2023", "2023-07", "2024-01-15"])
    assert xs[1] == 181.0 and labels == ["2023", "2023-07", "2024-01-15"]
    many = [f"2024-{m:02d}-01" for m in range(1, 13)]
    xs, ticks, labels = time_axis(many)
    assert len(ticks) == 5 and labels[0] == "2024-01-01" and labels[-1] == "2024-12-01"
    assert len(set(labels)) == len(labels) and ticks == sorted(ticks)


async def test_the_briefing_being_read_deleted_from_the_folder_says_so(
    sample_config, sample_dir, tmp_path, monkeypatch
):
    """Deleting the file being read switched the article to another briefing, silently."""
    corpus = tmp_path / "briefings"
    shutil.copytree(sample_dir / "briefings", corpus)
    config = replace(sample_config, briefings=corpus)
    library = load_library(config, use_cache=False)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen_stack[0]
        await pilot.press("j", "enter")
        await until(pilot, lambda: screen.entry is not None and screen.entry.id == screen.briefing_list.highlighted.id)
        reading = screen.entry
        seen = record_notifications(app, monkeypatch)
        Path(reading.path).unlink()
        screen._live_library(load_library(config, use_cache=False), 0.0)
        await pilot.pause()
        await app.workers.wait_for_complete()
        warnings = [m for severity, m in seen if severity == "warning"]
        assert any(reading.title in m and "no longer in the folder" in m for m in warnings), seen
        # a file that stays does not warn
        seen.clear()
        screen._live_library(load_library(config, use_cache=False), 0.0)
        await pilot.pause()
        assert not [m for severity, m in seen if "no longer" in m]
