"""Guards the column-wise list across a change of a few files (issue 19, review F6): the
folder watcher's report (refresh_paths) and a folder changed since the last start
(refresh) give a column-wise list again, the same entry by entry as the list a fresh
load reads row by row, with the same problems, id lookups, filter answers and layout,
and without making the old list's entries. And the paths that made every entry of a
column-wise list (story terms, the sort by figures, the figures, metrics and digest
views' keys) answer as over the entries while making none."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.liststore as liststore
from briefreader.config import read_config
from briefreader.library import Library, load_library, refresh, refresh_paths
from briefreader.liststore import ListStore, is_store
from briefreader.query import IncrementalFilter, QuerySyntaxError
from briefreader.views import Layout

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = read_config(ROOT / "config.toml").topics
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
QUERIES = [
    "",
    "topic:直播",
    "-topic:直播",
    "source:新华社",
    "source:人民网",
    "date:2023",
    "date:2023-05",
    "date:2024",
    "after:2023-06-01",
    "before:2024",
    "直播",
    '"巴士路线"',
    "新的简报",
    "-直播",
    "money>1",
    "is:unread",
    "-is:unread topic:直播",
    "is:bookmarked",
]


def _markdown(title: str, date_line: str, source: str = "") -> str:
    lines = [f"title: {title}", date_line] + ([f"source: {source}"] if source else [])
    return "---\n" + "\n".join(x for x in lines if x) + f"\n---\n\n{BODY}\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real briefings in two folders, dates of every precision, twins, a feed, problems."""
    folder = tmp_path_factory.mktemp("changes") / "b"
    for i, sample in enumerate(SAMPLES):
        (folder / f"s{i % 2}").mkdir(parents=True, exist_ok=True)
        shutil.copy(sample, folder / f"s{i % 2}" / sample.name)
    md = folder / "md"
    md.mkdir()
    (md / "year.md").write_text(_markdown("一年的简报", "date: 2023", "新华社"), encoding="utf-8")
    (md / "month.md").write_text(_markdown("一月的简报", "date: 2023-05"), encoding="utf-8")
    (md / "day.md").write_text(_markdown("一天的简报", "date: 2023-05-17", "人民网"), encoding="utf-8")
    (md / "undated.md").write_text(_markdown("没有日期的简报", ""), encoding="utf-8")
    (md / "twin.md").write_text(_markdown("同名的简报", "date: 2023-05-17"), encoding="utf-8")
    (md / "twin.txt").write_text("同名的另一份简报\n\n" + BODY, encoding="utf-8")
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")
    shutil.copy(SAMPLES[0], folder / "md" / "reprint.txt")  # another version of a story
    (folder / "empty.txt").write_bytes(b"")
    (folder / "damaged.txt").write_bytes(("损坏的简报\n\n" + BODY).encode() + b"\xff\xfe\x80" + BODY.encode())
    return folder


@pytest.fixture
def cfg(corpus, tmp_path, monkeypatch):
    """A copy of the corpus with its own index, read column-wise from it."""
    folder = tmp_path / "b"
    shutil.copytree(corpus, folder)
    cfg = read_config(ROOT / "config.toml")
    cfg = replace(cfg, briefings=folder, cache_dir=tmp_path / "cache", notes=tmp_path / "notes.toml")
    load_library(cfg).close()
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    return cfg


def _rows(cfg) -> Library:
    """The list a fresh start reads row by row from the index."""
    mp = pytest.MonkeyPatch()
    mp.setattr(liststore, "STORE_MIN", 10**9)
    try:
        lib = load_library(cfg, verify=False)
    finally:
        mp.undo()
    assert not is_store(lib.briefings)
    return lib


def _same(changed: Library, expected: Library) -> None:
    assert is_store(changed.briefings)
    assert len(changed.briefings) == len(expected.briefings)
    for a, b in zip(expected.briefings, changed.briefings, strict=True):
        assert b == a and b.key == a.key and b.entry == a.entry and b.path == a.path, a.id
    assert changed.problems == expected.problems
    assert changed.stats.files == expected.stats.files
    for b in expected.briefings:
        assert changed.get(b.id) == b
    assert sorted(changed.by_id) == sorted(expected.by_id)
    assert "nope" not in changed.by_id
    # the filter, over the columns, as over the entries
    a = IncrementalFilter(expected.briefings, taxonomy=TAXONOMY, search=expected.search)
    b = IncrementalFilter(changed.briefings, taxonomy=TAXONOMY, search=changed.search)
    b.prepare()
    for q in QUERIES:
        try:
            wanted = a.select(q)
        except QuerySyntaxError:
            continue
        assert b.select(q) == wanted, q
    # the layout: every grouping and sort
    order = list(TAXONOMY)
    for by in ("date", "topic"):
        for sort in ("date", "title", "source"):
            la, lb = Layout(expected.briefings, by, order, sort), Layout(changed.briefings, by, order, sort)
            shown_a = [(r.briefing.id if r.briefing else None, r.heading, r.count) for r in la.rows(str)]
            assert [(r.briefing.id if r.briefing else None, r.heading, r.count) for r in lb.rows(str)] == shown_a


def _counting(store: ListStore) -> list[int]:
    made: list[int] = []
    real = store._make
    store._make = lambda i: made.append(i) or real(i)  # type: ignore[method-assign]
    return made


def _later(path: Path) -> None:
    """Make sure a rewrite changes the file's mtime, whatever the file system's clock."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))


def test_added_changed_and_removed_files_give_the_list_a_fresh_load_gives(cfg) -> None:
    lib = load_library(cfg, verify=False)
    store = lib.briefings
    assert isinstance(store, ListStore)
    store.position_of_id("md/day")  # lookups made before the change are carried over, moved
    made = _counting(store)
    folder = cfg.briefings
    new = folder / "md" / "new.md"
    new.write_text(_markdown("新的简报", "date: 2024-01-02", "人民网"), encoding="utf-8")
    mid = folder / "s0" / "mid.md"  # dated between others: inserted inside the list, not appended
    mid.write_text(_markdown("中间的简报", "date: 2023-05-17", "新华社"), encoding="utf-8")
    changed = folder / "md" / "day.md"
    changed.write_text(_markdown("改过的简报", "date: 2022-02-03", "人民网"), encoding="utf-8")
    _later(changed)
    gone = [folder / "md" / "year.md", folder / "feed.xml"]  # the feed: two entries of one file
    for path in gone:
        path.unlink()
    (folder / "empty2.txt").write_bytes(b"")  # a new problem, not listed
    fresh = refresh_paths(lib, cfg, [new, mid, changed, *gone, folder / "empty2.txt"])
    assert fresh is not None and fresh is not lib
    assert made == []  # the old list's entries were never made
    assert lib.index is None and fresh.index is not None  # the connection moved on
    assert (fresh.stats.ingested, fresh.stats.pruned) == (4, 3)
    expected = _rows(cfg)
    try:
        _same(fresh, expected)
        assert {"md/new", "s0/mid"} <= set(fresh.by_id) and "md/year" not in fresh.by_id
        assert fresh.get("md/day").title == "改过的简报"
        assert any(p.relpath == "empty2.txt" for p in fresh.problems)
        # and again, on the changed list (its added text in the second string)
        feed = folder / "feed.xml"
        feed.write_text(RSS, encoding="utf-8")
        new.unlink()
        again = refresh_paths(fresh, cfg, [feed, new])
        assert again is not None
        expected.close()
        expected = _rows(cfg)
        _same(again, expected)
        assert refresh_paths(again, cfg, [feed]) is None  # nothing new: no new list
        again.close()
    finally:
        expected.close()
        lib.close()


def test_a_change_to_a_stem_renames_its_siblings(cfg) -> None:
    """An id is the path without its extension unless two files share it: a file
    beside a.md makes a.md's id "a.md", and the last twin's removal gives the other
    its short id back, as a fresh load names them."""
    lib = load_library(cfg, verify=False)
    folder = cfg.briefings
    twin = folder / "md" / "day.txt"
    twin.write_text("同日的另一份简报\n\n" + _markdown("x", "")[-300:], encoding="utf-8")
    (folder / "md" / "twin.txt").unlink()
    fresh = refresh_paths(lib, cfg, [twin, folder / "md" / "twin.txt"])
    assert fresh is not None
    assert {"md/day.md", "md/day.txt", "md/twin"} <= set(fresh.by_id)
    assert not {"md/day", "md/twin.md"} & set(fresh.by_id)
    expected = _rows(cfg)
    try:
        _same(fresh, expected)
    finally:
        expected.close()
        fresh.close()
        lib.close()


def test_a_folder_changed_since_the_last_start_is_taken_the_same_way(cfg) -> None:
    lib = load_library(cfg, verify=False)
    made = _counting(lib.briefings)
    folder = cfg.briefings
    assert refresh(lib, cfg) is None  # unchanged: nothing read
    (folder / "md" / "new.md").write_text(_markdown("新的简报", "date: 2024-01-02"), encoding="utf-8")
    (folder / "md" / "month.md").unlink()
    shutil.rmtree(folder / "s1")  # a whole folder gone
    fresh = refresh(lib, cfg)
    assert fresh is not None and made == []
    expected = _rows(cfg)
    try:
        _same(fresh, expected)
        assert fresh.stats.ingested == 1
    finally:
        expected.close()
        fresh.close()
        lib.close()


def test_a_new_folder_from_the_watcher_is_found_by_the_folder_check(cfg) -> None:
    lib = load_library(cfg, verify=False)
    folder = cfg.briefings / "new_folder"
    folder.mkdir()
    (folder / "a.md").write_text(_markdown("新文件夹里的简报", "date: 2024-03-04"), encoding="utf-8")
    fresh = refresh_paths(lib, cfg, [folder])
    assert fresh is not None and "new_folder/a" in fresh.by_id
    expected = _rows(cfg)
    try:
        _same(fresh, expected)
    finally:
        expected.close()
        fresh.close()
        lib.close()


def test_many_changes_gather_the_text_into_one_string_again(cfg, monkeypatch) -> None:
    """The added text lives in a second string until it outgrows an eighth of the
    first: then the column is one string again, with the same values."""
    monkeypatch.setattr(liststore, "EXTRA_MIN", 200)
    lib = load_library(cfg, verify=False)
    folder = cfg.briefings
    current = lib
    for n in range(3):
        path = folder / "md" / f"n{n}.md"
        path.write_text(_markdown(f"第{n}份新的简报" * 2000, "date: 2024-01-02"), encoding="utf-8")
        fresh = refresh_paths(current, cfg, [path])
        assert fresh is not None
        current = fresh
    texts = current.briefings.texts  # type: ignore[attr-defined]
    assert "第0份" in texts["title"].text and "第0份" not in texts["title"].extra  # gathered again
    assert texts["id"].starts is not None and texts["id"].extra  # short: still in two strings
    expected = _rows(cfg)
    try:
        _same(current, expected)
    finally:
        expected.close()
        current.close()
        lib.close()


def _made_while(store: ListStore, work):
    made: list[int] = []
    real = store._make
    store._make = lambda i: made.append(i) or real(i)  # type: ignore[method-assign]
    try:
        return work(), made
    finally:
        del store._make


def test_story_terms_read_the_id_column(cfg) -> None:
    from briefreader.across import story_map

    rows, columns = _rows(cfg), load_library(cfg, verify=False)
    store = columns.briefings
    assert isinstance(store, ListStore)
    try:
        stories = story_map(columns)
        assert stories.duplicates() and stories.duplicates() == story_map(rows).duplicates()
        a = IncrementalFilter(rows.briefings, taxonomy=TAXONOMY, search=rows.search, stories=lambda: stories)
        b = IncrementalFilter(store, taxonomy=TAXONOMY, search=columns.search, stories=lambda: stories)
        b.prepare()  # a list field's distinct values: one entry each, made once (not per keystroke)
        some = next(iter(stories.duplicates()))
        for q in ("is:duplicate", "-is:duplicate", f"story:{some}", f"story:{some[:3]}", "is:duplicate topic:直播"):
            wanted = a.select(q)
            got, made = _made_while(store, lambda q=q: b.select(q))
            assert got == wanted, q
            assert made == [], q
        assert 0 < a.select("is:duplicate").count(1) < len(store)
    finally:
        rows.close()
        columns.close()


def test_the_sort_by_figures_reads_the_key_column(cfg) -> None:
    from briefreader.views import FigureCount

    rows, columns = _rows(cfg), load_library(cfg, verify=False)
    store = columns.briefings
    assert isinstance(store, ListStore)
    try:
        counts = FigureCount(columns.index.figure_counts() or {})
        assert len(set(counts.by_key.values())) > 2  # the sort has something to order
        for by in ("date", "topic"):
            la = Layout(rows.briefings, by, list(TAXONOMY), "figures", counts)
            lb, made = _made_while(store, lambda by=by: Layout(store, by, list(TAXONOMY), "figures", counts))
            assert made == []
            shown = [(r.briefing.id if r.briefing else None, r.heading) for r in la.rows(str)]
            assert [(r.briefing.id if r.briefing else None, r.heading) for r in lb.rows(str)] == shown
    finally:
        rows.close()
        columns.close()


def test_the_views_across_briefings_read_keys_of_a_selection(cfg) -> None:
    """What the figures (F), metrics (M) and digest (D) views are given: the filter's
    selection of a column-wise list, whose keys come from the key column."""
    import numpy as np

    from briefreader import across
    from briefreader.liststore import Selection, keys_of

    rows, columns = _rows(cfg), load_library(cfg, verify=False)
    store = columns.briefings
    assert isinstance(store, ListStore)
    try:
        mask = IncrementalFilter(rows.briefings, taxonomy=TAXONOMY, search=rows.search).select("-date:2023")
        listed = [b for b, m in zip(rows.briefings, mask, strict=True) if m]
        picked = Selection(store, np.flatnonzero(np.frombuffer(mask, dtype=np.uint8)))
        assert list(picked) == listed and picked[1:3] == listed[1:3] and len(picked) == len(listed)
        (keys, counts, table), made = _made_while(
            store,
            lambda: (keys_of(picked), across.metric_counts(columns, picked), across.figure_table(columns, picked)),
        )
        assert set(made) <= {int(picked.positions[0])}  # the first entry (is it indexed?), not one per entry
        assert keys == [b.key for b in listed] and keys_of(store) == [b.key for b in rows.briefings]
        assert counts == across.metric_counts(rows, listed) and counts
        assert len(table) == len(across.figure_table(rows, listed)) > 0
        metric = counts[0][0]
        assert across.metric_series(columns, metric, picked) == across.metric_series(rows, metric, listed)
        assert across.story_of(columns, picked) == across.story_of(rows, listed)
    finally:
        rows.close()
        columns.close()


def test_fingerprints_held_as_digests_read_back_as_written() -> None:
    """The fingerprint column holds 32-byte digests; any other form is kept as written."""
    import hashlib

    import numpy as np

    from briefreader.liststore import DigestColumn, Splice

    good = ["sha256:" + hashlib.sha256(bytes([i])).hexdigest() for i in range(6)]
    odd = ["", "sha256:" + "AB" * 32, "sha256:" + "zz" * 32, "md5:" + "0" * 67, good[0][:-1]]

    def check(column: DigestColumn, values: list[str]) -> None:
        assert len(column) == len(values) and list(column) == values
        assert [column[i] for i in range(len(values))] == values

    lengths = np.array([len(v) for v in good], dtype=np.int64)
    fast = DigestColumn.parse("".join(good), lengths)
    assert fast.odd == {} and len(fast.digests) == 32 * len(good)  # the C path: no string kept
    check(fast, good)
    mixed = [good[0], *odd, good[1]]
    slow = DigestColumn.parse("".join(mixed), np.array([len(v) for v in mixed], dtype=np.int64))
    check(slow, mixed)
    assert set(slow.odd) == {1, 2, 3, 4, 5}
    both = DigestColumn.joined([fast, slow])
    check(both, good + mixed)
    kept = np.array([0, 2, 7, 8, 10], dtype=np.int64)  # of both's 13
    changed = both.changed(Splice(len(both), kept, np.array([0, 3, 5], dtype=np.int64)), [good[5], "", good[4]])
    expected = [(good + mixed)[k] for k in kept.tolist()]
    for at, value in sorted(zip([0, 3, 5], [good[5], "", good[4]], strict=True), reverse=True):
        expected.insert(at, value)
    check(changed, expected)
