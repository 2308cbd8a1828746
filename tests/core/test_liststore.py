"""Guards issue 19's column-wise list (liststore.ListStore): a warm start read as
columns gives the same library as one read row by row (every entry, field by field; the
problems; lookups by id), and the filter and the list's layout give the same answers
over it, for every kind of term, grouping and sort."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefreader.library as library
import briefreader.liststore as liststore
from briefreader.config import read_config
from briefreader.library import load_library
from briefreader.liststore import ListStore
from briefreader.query import IncrementalFilter, QuerySyntaxError
from briefreader.views import Layout

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "briefings").glob("*.txt"))
BODY = (SAMPLES[0].read_text(encoding="utf-8").split("\n", 3)[-1])[:600]

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>RTHK：即時新聞：本地</title><link>https://news.rthk.hk</link>
<item><title>運輸署公布新巴士路線</title><link>https://news.rthk.hk/a/1776123.htm</link>
<description>運輸署今日公布，明年起新增三條巴士路線，涉及投資約3億元，直播电商同步推广。</description>
<pubDate>Thu, 17 Oct 2024 23:09:00 +0800</pubDate><guid>1776123</guid></item>
<item><title>天文台發出強烈季候風信號</title><link>https://news.rthk.hk/a/1776100.htm</link>
<description>天文台表示，強烈季候風正影響廣東沿岸，本港氣溫將下降至十五度。</description>
<pubDate>Thu, 17 Oct 2024 08:15:00 +0800</pubDate><guid>1776100</guid></item>
</channel></rss>
"""


def _markdown(title: str, date_line: str, source: str = "") -> str:
    lines = [f"title: {title}", date_line] + ([f"source: {source}"] if source else [])
    return "---\n" + "\n".join(x for x in lines if x) + f"\n---\n\n{BODY}\n"


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("store")
    folder = tmp / "b"
    for i, sample in enumerate(SAMPLES):  # real briefings: day dates, topics, keywords, figures
        (folder / f"s{i % 2}").mkdir(parents=True, exist_ok=True)
        shutil.copy(sample, folder / f"s{i % 2}" / sample.name)
    md = folder / "md"
    md.mkdir()
    (md / "year.md").write_text(_markdown("一年的简报", "date: 2023", "新华社"), encoding="utf-8")
    (md / "month.md").write_text(_markdown("一月的简报", "date: 2023-05"), encoding="utf-8")
    (md / "day.md").write_text(_markdown("一天的简报", "date: 2023-05-17", "人民网"), encoding="utf-8")
    (md / "undated.md").write_text(_markdown("没有日期的简报", ""), encoding="utf-8")
    (md / "twin.md").write_text(_markdown("同名的简报", "date: 2023-05-17"), encoding="utf-8")
    (md / "twin.txt").write_text("同名的另一份简报\n\n" + BODY, encoding="utf-8")  # ids keep extensions
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")  # two entries, one file
    (folder / "empty.txt").write_bytes(b"")  # a fatal problem: not listed, a problem entry
    (folder / "damaged.txt").write_bytes(("损坏的简报\n\n" + BODY).encode() + b"\xff\xfe\x80" + BODY.encode())
    config = read_config(ROOT / "config.toml")
    config.briefings = folder
    config.cache_dir = tmp / "cache"
    load_library(config).close()  # the index
    return config


@pytest.fixture(scope="module")
def both(config):
    """The same warm start, row by row and column-wise."""
    mp = pytest.MonkeyPatch()
    mp.setattr(liststore, "STORE_MIN", 10**9)
    rows = load_library(config, verify=False)
    mp.setattr(liststore, "STORE_MIN", 0)
    columns = load_library(config, verify=False)
    mp.undo()
    yield rows, columns
    rows.close()
    columns.close()


def test_the_corpus_has_what_the_store_must_hold(both) -> None:
    rows, columns = both
    assert isinstance(columns.briefings, ListStore) and not isinstance(rows.briefings, ListStore)
    bs = rows.briefings
    assert {b.date_precision for b in bs} >= {"day", "month", "year", None}
    assert any(b.entry for b in bs) and any(b.topics for b in bs) and any(b.keywords for b in bs)
    assert any(b.problems for b in bs)  # a listed entry with a problem
    assert any(p.relpath == "empty.txt" for p in rows.problems)  # an unlisted one
    assert {"md/twin.md", "md/twin.txt"} <= {b.id for b in bs}


def test_every_entry_is_the_same_field_by_field(both) -> None:
    rows, columns = both
    assert len(columns.briefings) == len(rows.briefings)
    for a, b in zip(rows.briefings, columns.briefings, strict=True):
        assert a == b and a.key == b.key and a.entry == b.entry and a.path == b.path
    assert columns.briefings[-1] == rows.briefings[-1] and columns.briefings[1:3] == rows.briefings[1:3]
    assert columns.problems == rows.problems
    assert (columns.stats.files, columns.stats.cached) == (rows.stats.files, rows.stats.cached)


def test_lookup_by_id(both) -> None:
    rows, columns = both
    for b in rows.briefings:
        assert b.id in columns.by_id and columns.get(b.id) == b and columns.by_id.get(b.id) == b
    assert "md/twin" not in columns.by_id and columns.by_id.get("nope") is None
    with pytest.raises(KeyError):
        columns.get("nope")
    assert sorted(columns.by_id) == sorted(rows.by_id)


QUERIES = [
    "",
    "topic:直播",
    "-topic:直播",
    "source:新华社",
    "date:2023",
    "date:2023-05",
    "date:2023-05-17",
    "after:2023-06-01",
    "before:2024",
    "直播",
    "直播 电商",
    '"巴士路线"',
    "-直播",
    "money>1",
    "money>1 date:2024",
    "is:unread",
    "is:read",
    "-is:unread topic:直播",
    "is:bookmarked",
    "天文台 -date:2023",
]


def test_the_filter_answers_the_same(both) -> None:
    rows, columns = both
    taxonomy = read_config(ROOT / "config.toml").topics
    a = IncrementalFilter(rows.briefings, taxonomy=taxonomy, search=rows.search)
    b = IncrementalFilter(columns.briefings, taxonomy=taxonomy, search=columns.search)
    b.prepare()
    answered = 0
    for q in QUERIES:
        try:
            expected = a(q)
        except QuerySyntaxError:
            with pytest.raises(QuerySyntaxError):
                b(q)
            continue
        assert b.select(q) == a.select(q), q
        assert b(q) == expected, q
        answered += 0 < len(expected) < len(rows.briefings)
    assert answered >= 8  # most queries select some, not all


@pytest.mark.parametrize("by", ["date", "topic"])
@pytest.mark.parametrize("sort", ["date", "title", "source"])
def test_the_layout_is_the_same(both, by: str, sort: str) -> None:
    rows, columns = both
    taxonomy = read_config(ROOT / "config.toml").topics
    order = list(taxonomy)
    a, b = Layout(rows.briefings, by, order, sort), Layout(columns.briefings, by, order, sort)
    flt = IncrementalFilter(rows.briefings, taxonomy=taxonomy, search=rows.search)
    for mask in (None, flt.select("直播"), flt.select("date:2023")):

        def shown(layout: Layout) -> list[tuple[str | None, str, int]]:
            return [(r.briefing.id if r.briefing else None, r.heading, r.count) for r in layout.rows(str, mask)]

        assert shown(b) == shown(a)
        ra, rb = a.rows(str, mask), b.rows(str, mask)
        for row in ra:
            if row.briefing is not None:
                assert rb.index_of(row.briefing) == ra.index_of(row.briefing)


async def _session(config, store_min: int) -> list[str]:
    """What the screen shows through a short session: the first paint, moves, a filter,
    marking read, a sort and the grouping by topic; one text per step."""
    from briefreader.library import Library
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen
    from briefreader.tui.widgets.filter_bar import DEBOUNCE

    mp = pytest.MonkeyPatch()
    mp.setattr(liststore, "STORE_MIN", store_min)
    try:
        lib = load_library(config, verify=False)
        assert isinstance(lib.briefings, ListStore) == (store_min == 0)
        app = BriefreaderApp(
            config,
            library=Library(
                root=lib.root, briefings=lib.briefings, index=lib.index, by_id=lib.by_id, problems=lib.problems
            ),
        )
        # a toast ("Marked read") lives for seconds of wall time: under load one session's shot
        # came before it expired and the other's after, however long the test waited for it.
        # The lists are compared, so no toast is shown at all.
        app.notify = lambda *args, **kwargs: None  # type: ignore[method-assign]
        shots = []
        async with app.run_test(size=(120, 36)) as pilot:

            def render() -> str:
                strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
                return "\n".join("".join(seg.text for seg in strip) for strip in strips)

            async def shot() -> None:
                await pilot.pause(DEBOUNCE + 0.05)
                await app.workers.wait_for_complete()
                # the screen as it settles: in a full run one session's first paint was taken before the side
                # panel's scrollbar was drawn, the other's after (CI s32); two renders alike a pause apart
                text = render()
                for _ in range(40):
                    await pilot.pause(0.05)
                    if (again := render()) == text:
                        break
                    text = again
                screen = app.screen_stack[0]
                assert isinstance(screen, MainScreen)
                highlighted = screen.briefing_list.highlighted
                shots.append(text.split("\n", 1)[1] + f"\n@{highlighted.id if highlighted else None}")

            await shot()
            await pilot.press("j", "j", "j")
            await shot()
            await pilot.press("r")  # mark read
            await shot()
            await pilot.press("slash", *"直播", "enter")
            await shot()
            await pilot.press("slash", "ctrl+u", *"is:unread", "enter")
            await shot()
            await pilot.press("slash", "ctrl+u", "enter", "G", "k")
            await shot()
            assert isinstance(app.library.briefings, ListStore) == (store_min == 0)  # not replaced by a refresh
        lib.close()
    finally:
        mp.undo()
    return shots


async def test_the_tui_shows_the_same_over_either_list(config, tmp_path) -> None:
    from dataclasses import replace

    (tmp_path / "rows").mkdir()
    (tmp_path / "store").mkdir()  # each its own notes and read state
    by_rows = await _session(replace(config, notes=tmp_path / "rows" / "notes.toml"), 10**9)
    by_store = await _session(replace(config, notes=tmp_path / "store" / "notes.toml"), 0)
    assert len(by_store) == len(by_rows) == 6
    for step, (a, b) in enumerate(zip(by_rows, by_store, strict=True)):
        assert b == a, f"step {step}"
    assert by_rows[0] != by_rows[3]  # the filter changed the list


def test_an_empty_index_is_no_store_the_folder_is_read(config, tmp_path, monkeypatch) -> None:
    from dataclasses import replace

    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    fresh = replace(config, cache_dir=tmp_path / "cache")  # a cold start: an index with no rows
    lib = load_library(fresh, verify=False)
    assert not isinstance(lib.briefings, ListStore) and len(lib.briefings) == 14
    lib.close()


def test_the_lean_folder_check_agrees_with_the_dict_check(config, tmp_path, monkeypatch) -> None:
    """refresh()'s "is the folder as the index has it" as sorted arrays (big indexes)
    gives the dict check's answer: unchanged, a file touched, added, removed."""
    import os
    from dataclasses import replace

    folder = tmp_path / "b"
    shutil.copytree(config.briefings, folder)
    cfg = replace(config, briefings=folder, cache_dir=tmp_path / "cache")
    load_library(cfg).close()
    lib = load_library(cfg, verify=False)

    def both() -> tuple[bool, bool]:
        monkeypatch.setattr(library, "LEAN_CHECK_MIN", 0)
        lean = library._unchanged(lib.index, lib.root)
        monkeypatch.setattr(library, "LEAN_CHECK_MIN", 10**9)
        return lean, library._unchanged(lib.index, lib.root)

    monkeypatch.setattr(library, "LEAN_CHECK_MIN", 0)
    assert library._unchanged_lean(lib.index, lib.root) is True  # the lean check ran
    assert both() == (True, True)
    touched = folder / "md" / "day.md"
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert both() == (False, False)
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert both() == (True, True)
    (folder / "md" / "new.md").write_text(_markdown("新的简报", "date: 2024-01-02"), encoding="utf-8")
    assert both() == (False, False)
    (folder / "md" / "new.md").unlink()
    (folder / "feed.xml").unlink()  # a file of two entries
    assert both() == (False, False)
    lib.close()


def test_a_store_read_in_chunks_is_the_same(config, both, monkeypatch) -> None:
    rows, _columns = both
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    monkeypatch.setattr(liststore, "CHUNK", 3)  # 14 entries: five queries, the last one short
    lib = load_library(config, verify=False)
    assert isinstance(lib.briefings, ListStore)
    assert list(lib.briefings) == rows.briefings and [b.key for b in lib.briefings] == [b.key for b in rows.briefings]
    lib.close()


def test_notes_relink_over_a_store_makes_no_entries_when_nothing_moved(both, tmp_path) -> None:
    from briefreader.notes import NotesStore

    _rows, columns = both
    store: ListStore = columns.briefings
    notes = NotesStore.open(tmp_path / "notes.toml")
    notes.set_bookmark(store[3], True)
    made = []
    real = store._make
    store._make = lambda i: made.append(i) or real(i)  # type: ignore[method-assign]
    try:
        assert notes.relink(store) == 0
    finally:
        del store._make
    assert made == []  # the ids were looked up, no entry made
