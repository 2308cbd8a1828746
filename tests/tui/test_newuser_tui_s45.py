"""Guards what a new user met in the TUI in session 45's pass (/work/notes/s45_newuser.md).

U1: in the Traditional view (t) the list, the article and F spoke Traditional, but the views
beside them did not: V (a story's versions: its title, the outlets, the titles, the figures),
ctrl+n (every note and bookmark: the titles; a filter typed in Traditional found nothing) and
M (the metrics, the charted figures, their sources and titles) showed the stored Simplified.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.story_corpus import make_story_corpus
from helpers.waiting import screen_ready, until

from briefreader.config import load_config
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

# Simplified forms the corpus's Simplified versions write, and their Traditional forms
SIMPLIFIED = set("软务营达亿万华报")
TRADITIONAL = set("軟務營達億萬華報")


@pytest.fixture
def stories(tmp_path: Path):
    root = tmp_path / "b"
    make_story_corpus(root)
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    library = load_library(config)
    yield config, library
    library.close()


def _plain(cell) -> str:
    return str(getattr(cell, "plain", cell))


async def _traditional_main(pilot, app) -> MainScreen:
    main = app.screen_stack[0]
    assert isinstance(main, MainScreen)
    await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
    await until(pilot, lambda: main._stories is not None, "the stories")
    await pilot.press("t")
    await until(pilot, lambda: app.script == "hant", "the Traditional view")
    return main


async def test_the_versions_view_speaks_the_readers_script(stories) -> None:
    from textual.widgets import DataTable

    from briefreader.tui.screens.versions_view import VersionsScreen

    config, library = stories
    by_id = {b.id: b for b in library.briefings}
    xinhua = by_id["a_xinhua"]
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await _traditional_main(pilot, app)
        assert main.briefing_list.select(xinhua)
        await pilot.press("V")
        await until(pilot, lambda: screen_ready(app, VersionsScreen), "the versions view")
        view = app.screen
        assert {b.id for b in view.versions} == {"a_xinhua", "b_jiefang", "c_hk"}
        title = str(view.query_one("#versions-title").render())
        assert "軟" in title and "软" not in title, title  # before: 上海软件和信息服务业营收达1.5万亿元
        listing = view.query_one("#versions-list", DataTable)
        rows = [[_plain(c) for c in listing.get_row_at(n)] for n in range(listing.row_count)]
        for b, row in zip(view.versions, rows, strict=True):
            source, shown_title = row[2], row[4]
            assert shown_title == main.list_title(b) and source == main.list_source(b), row
            assert not SIMPLIFIED & set(shown_title + source), row  # before: 新华社, 解放日报 …
        figures = view.query_one("#versions-figures", DataTable)
        await until(pilot, lambda: figures.row_count > 0, "the figures compared")
        cells = "".join(_plain(c) for n in range(figures.row_count) for c in figures.get_row_at(n))
        assert "萬" in cells and not {"万", "亿"} & set(cells), cells  # before: 1.5万亿元 beside 1.5萬億元
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("t")  # back to Simplified: the view says what is stored
        await until(pilot, lambda: app.script == "hans", "the Simplified view")
        await pilot.press("V")
        await until(pilot, lambda: screen_ready(app, VersionsScreen), "the versions view")
        listing = app.screen.query_one("#versions-list", DataTable)
        titles = [_plain(listing.get_row_at(n)[4]) for n in range(listing.row_count)]
        assert titles == [b.title for b in app.screen.versions]


async def test_the_notes_view_lists_and_finds_titles_in_the_readers_script(stories) -> None:
    from textual.widgets import Input, OptionList

    from briefreader.tui.screens.notes_screen import NotesScreen

    config, library = stories
    xinhua = next(b for b in library.briefings if b.id == "a_xinhua")
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await _traditional_main(pilot, app)
        assert main.briefing_list.select(xinhua)
        await pilot.press("b")
        await until(pilot, lambda: "a_xinhua" in app.notes.bookmarked_ids(), "the bookmark")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: screen_ready(app, NotesScreen), "the notes view")
        view = app.screen
        options = view.query_one(OptionList)
        first = str(options.get_option_at_index(0).prompt)
        assert main.list_title(xinhua) in first and "软" not in first, first  # before: the Simplified title
        await pilot.press("slash", *"軟件")  # a filter typed as the list reads
        await pilot.pause()
        assert view.query_one(Input).value == "軟件"
        await until(pilot, lambda: options.option_count == 1, "the filtered notes")  # before: none
        view.query_one(Input).value = "软件"  # and as the file stores it
        await until(pilot, lambda: options.option_count == 1, "the filtered notes")


async def test_the_metrics_view_speaks_the_readers_script(stories) -> None:
    from textual.widgets import DataTable, OptionList

    from briefreader.tui.screens.metrics_view import MetricsScreen

    config, library = stories
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(140, 40)) as pilot:
        await _traditional_main(pilot, app)
        await pilot.press("M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        view = app.screen
        options = view.query_one(OptionList)
        await until(pilot, lambda: options.option_count > 0, "the metrics")
        names = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        ids = [options.get_option_at_index(n).id for n in range(options.option_count)]
        income = next(n for n, i in enumerate(ids) if i == "软件和信息服务业营收")  # the id: the stored name
        assert "軟件和信息服務業營收" in names[income], names  # before: 软件和信息服务业营收
        options.highlighted = income
        await pilot.press("enter")
        table = view.query_one(DataTable)
        await until(pilot, lambda: table.row_count > 0, "the metric's figures")
        rows = [[_plain(c) for c in table.get_row_at(n)] for n in range(table.row_count)]
        shown = "".join(r[1] + r[3] + r[4] for r in rows)  # as written, source, title
        assert TRADITIONAL & set(shown) and not SIMPLIFIED & set(shown), rows


# ----- U3: F at 80 columns cut the English ("less than one thi…") and said it whole nowhere -------------


async def test_the_figures_view_says_a_cut_cell_whole_under_the_rows(tmp_path: Path) -> None:
    from briefreader.tui.screens.figures_view import WIDTHS, FiguresScreen

    root = tmp_path / "b"
    root.mkdir()
    (root / "drivers.txt").write_text(
        "网约车司机调查报告发布\n\n2026年6月4日 新华社\n\n调查显示，全职司机不足三分之一，兼职司机约占六成。\n",
        encoding="utf-8",
    )
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
            await pilot.press("F")
            await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
            view = app.screen
            await until(pilot, lambda: view.rows_widget.current is not None, "the figures")
            while view.rows_widget.current.text != "不足三分之一":
                before = view.rows_widget.cursor
                await pilot.press("j")
                await pilot.pause()
                assert view.rows_widget.cursor != before, "no row 不足三分之一"
            en = view.rows_widget.current.en
            assert len(en) > WIDTHS["en"]  # the row shows it cut
            detail = str(view.query_one("#figview-detail").render())
            assert f"English: {en}" in detail, detail  # before: the title, then value, unit, metric only
            assert detail.index("English") < detail.index("value"), detail  # the figure before its numbers
    finally:
        library.close()


# ----- U4: o (original text) over a Simplified page in the Traditional view: its title as written, its outlet
# and authors converted ("巴以冲突，困住中国外贸人" over "鳳凰網 · 王之言、高孜然"); the reverse for a Traditional page


async def test_the_original_texts_header_writes_the_outlet_as_the_file_does(tmp_path: Path) -> None:
    root = tmp_path / "b"
    root.mkdir()
    (root / "hans.txt").write_text(
        "巴以冲突困住外贸人\n\n2024年1月25日 凤凰网 记者 王之言\n\n红海航线受阻，外贸公司运费上涨三成，订单减少。\n",
        encoding="utf-8",
    )
    (root / "hant.txt").write_text(
        "街市重開鼠患不改\n\n2020年8月9日 東方日報\n\n食環署表示，街市重開後鼠患依然嚴重，當局將加強滅鼠工作。\n",
        encoding="utf-8",
    )
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    library = load_library(config)
    by_id = {b.id: b for b in library.briefings}
    assert by_id["hans"].source == "凤凰网" and by_id["hant"].script == "hant"
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(120, 30)) as pilot:
            main = app.screen_stack[0]
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")

            async def header(briefing_id: str, script: str) -> str:
                if app.script != script:
                    await pilot.press("t")
                    await until(pilot, lambda: app.script == script, script)
                assert main.briefing_list.select(by_id[briefing_id])
                main.open(by_id[briefing_id], at_once=True)
                await until(
                    pilot, lambda: main.article.briefing is not None and main.article.briefing.id == briefing_id
                )
                await pilot.press("o")
                await until(pilot, lambda: main.article.mode == "original", "the original text")
                meta = (
                    main.article._title(main.article.briefing).plain
                    + " | "
                    + "".join(
                        part.plain for part in main.article._meta(main.article.briefing)
                    )  # date·outlet, badge, tail
                )
                await pilot.press("o")  # back to the normalized text
                await until(pilot, lambda: main.article.mode != "original", "the text")
                return meta

            meta = await header("hans", "hant")
            assert meta.startswith("巴以冲突困住外贸人 | ") and "凤凰网" in meta and "鳳凰網" not in meta, (
                meta
            )  # before: 鳳凰網
            meta = await header("hant", "hans")
            assert meta.startswith("街市重開鼠患不改 | ") and "東方日報" in meta, meta  # before: 街市重开… · 东方日报
    finally:
        library.close()


# ----- U5: D on a filtered list wrote "# Digest", not saying which briefings it covers -------------------


async def test_the_digest_of_a_filtered_list_says_the_filter(stories, tmp_path: Path) -> None:
    import datetime as dt
    from dataclasses import replace

    config, library = stories
    config = replace(config, export=tmp_path / "out" / "notes.md")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"digest-{dt.date.today().isoformat()}.md"
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        main = app.screen_stack[0]
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        await pilot.press("slash", *"临港", "enter")
        await until(pilot, lambda: main._applied_query == "临港", "the filter")
        await pilot.press("D")
        await until(pilot, lambda: target.exists(), "the digest")
        text = target.read_text(encoding="utf-8")
        assert text.startswith("# Digest: 临港\n"), text[:60]  # before: "# Digest"
        assert 0 < text.count("### ") < len(library.briefings)


# ----- U7: M said "x: export CSV" only before a metric was chosen (when x exports nothing); once one was
# charted the hint was gone and the view had no footer


async def test_the_metrics_view_says_x_once_a_metric_is_charted(stories) -> None:
    from textual.widgets import OptionList

    from briefreader.tui.screens.metrics_view import MetricsScreen
    from briefreader.tui.widgets.status_bar import StatusBar

    config, library = stories
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        await pilot.press("M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        view = app.screen
        options = view.query_one(OptionList)
        await until(pilot, lambda: options.option_count > 0, "the metrics")
        await pilot.press("enter")
        await until(pilot, lambda: view.metric is not None, "a metric charted")
        bar = view.query_one(StatusBar)
        shown = " ".join(bar._last[1])  # the title line's parts
        assert view.metric in shown and "x: export CSV" in shown, shown  # before: no x once charted


# ----- U8: a jump down the list (T, a filter, N, a note opened from ctrl+n) brought the cursor's row in at the
# bottom and left the view's top line where it fell: a row's date line at the top, without its title


@pytest.mark.parametrize("lines", [24, 25])  # the list's height odd or even (a message line under the status)
async def test_a_jump_down_the_list_never_leaves_half_a_row_at_the_top(tmp_path: Path, lines: int) -> None:
    root = tmp_path / "b"
    root.mkdir()
    for n in range(40):  # months of one to four briefings: groups of several heights
        month = 1 + n // 3 if n % 7 else 1 + n // 2
        (root / f"b{n:02d}.txt").write_text(
            f"第{n}份简报标题\n\n2024年{min(month, 12)}月{1 + n % 27}日 新华社\n\n上海投资{n + 1}亿元，增长{n % 9 + 1}%。\n",
            encoding="utf-8",
        )
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(80, lines)) as pilot:
            main = app.screen_stack[0]
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            listing = main.briefing_list
            far = [r.briefing for r in listing.rows if r.briefing is not None][8:]
            assert len(far) > 20
            cut = []
            for b in far:
                listing.scroll_to(y=0, animate=False, immediate=True, force=True)
                listing.cursor = next(i for i, r in enumerate(listing.rows) if r.briefing is None)  # a heading
                await pilot.pause()
                assert listing.select(b)
                await pilot.pause()
                y = listing.scroll_offset.y
                at = listing.rows.row_at_line(y)
                row = listing.rows[at]
                if row.briefing is not None and listing.rows.start_line(at) < y:  # its title above the view
                    cut.append(b.id)
                start, end = listing.rows.start_line(listing.cursor), listing.rows.start_line(listing.cursor) + 2
                assert y <= start and end <= y + listing.scrollable_content_region.height  # the cursor's row in view
            assert not cut, cut  # before: about half of them
    finally:
        library.close()


# ----- U9: a row's marks (• unread, ★ bookmarked, ✎ notes) were explained nowhere, the help's legend included


async def test_the_help_says_what_a_rows_marks_mean(stories) -> None:
    from briefreader.tui.screens.help import HelpScreen

    config, library = stories
    xinhua = next(b for b in library.briefings if b.id == "a_xinhua")
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.screen_stack[0]
        await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
        app.notes.add_note(xinhua, "核对1.5万亿元")
        main.briefing_list.redraw()
        await pilot.pause()
        row = next(r for r in main.briefing_list.rows if r.briefing is not None and r.briefing.id == "a_xinhua")
        drawn = "".join(seg.text for seg in main.briefing_list._render_row_line(row, 0, 60, False))
        marks = [m for m in "•★✎" if m in drawn]
        assert marks == ["•", "✎"], drawn  # the row the legend speaks of
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        legend = dict(row for section in app.screen.sections for row in section.rows)
        for mark in "•★✎":  # before: none of them
            assert legend.get(mark), (mark, sorted(legend))
        assert legend["✎"].startswith("Has notes") and legend["★"] == "Bookmarked"


def test_a_count_of_one_briefing_is_said_in_the_singular() -> None:
    from briefreader.tui.i18n import tr

    assert tr("notify.digest_written", "en", n=1, path="d.md") == "Digest of 1 briefing: d.md"  # before: 1 briefings
    assert tr("notify.digest_written", "en", n=5, path="d.md") == "Digest of 5 briefings: d.md"
    assert tr("notify.digest_writing", "en", n=1) == "Writing a digest of 1 briefing…"
    assert tr("notify.all_read", "en", count=1) == "1 briefing marked read"
    assert tr("notify.all_read", "en", count=0) == "0 briefings marked read"
    assert tr("notify.all_read", "zh", count=1) == "1 篇简报已标为已读"
