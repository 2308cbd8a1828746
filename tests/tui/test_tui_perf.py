"""Guards that the list stays fast at 100,000 briefings: rows are data, only visible lines render."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

from briefreader.library import Library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.briefing_list import BriefingList
from briefreader.tui.widgets.filter_bar import DEBOUNCE
from briefreader.views import source_order

N = 100_000


def big_library(sample_library, tmp_path) -> Library:
    base = sample_library.briefings
    day = dt.date(2025, 6, 30)
    briefings = []
    for i in range(N):
        b = base[i % len(base)]
        briefings.append(
            replace(
                b,
                id=f"{b.id}-{i}",
                title=f"{b.title} #{i}",
                date=day - dt.timedelta(days=i // 40),
                date_precision="day",
                authors=list(b.authors),
                topics=list(b.topics),
                keywords=list(b.keywords),
                figures=list(b.figures),
                problems=list(b.problems),
            )
        )
    return Library(root=tmp_path, briefings=briefings)


async def test_100k_briefings_start_move_and_filter(sample_config, sample_library, tmp_path):
    library = big_library(sample_library, tmp_path)
    app = BriefreaderApp(sample_config, library=library)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        timings["start"] = time.perf_counter() - started
        blist = app.screen.query_one(BriefingList)
        assert blist.briefing_count == N
        assert len(blist.children) == 0  # no widget per row

        t = time.perf_counter()
        for _ in range(20):
            await pilot.press("j")
        await pilot.pause(0.1)
        timings["20 x j"] = time.perf_counter() - t
        assert blist.highlighted is library.briefings[20]

        t = time.perf_counter()
        await pilot.press("G")
        await pilot.pause()
        timings["G"] = time.perf_counter() - t
        assert blist.highlighted is library.briefings[-1]

        t = time.perf_counter()
        await pilot.press("T")  # regroup by topic: a briefing under each of its topics
        await pilot.pause()
        timings["group by topic"] = time.perf_counter() - t

        t = time.perf_counter()
        await pilot.press("slash", *"张江", "enter")
        await pilot.pause(DEBOUNCE)
        # The filter's worker only: the stories worker (MinHash over 100,000 texts of a
        # library without an index) runs for minutes and is not what this times.
        await app.workers.wait_for_complete([w for w in app.workers if w.group == "filter"])
        await pilot.pause()
        timings["filter 张江"] = time.perf_counter() - t - DEBOUNCE
        expected = sum(1 for b in library.briefings if "张江" in b.text or "张江" in b.title)
        assert 0 < len(app.screen.shown) == expected

        # The widget's own cost, without the pilot's per-key round trip.
        region = blist.scrollable_content_region
        t = time.perf_counter()
        for _ in range(100):
            blist.action_cursor_up()
            for y in range(region.height):
                blist.render_line(y)
        timings["cursor move + render visible lines (each)"] = (time.perf_counter() - t) / 100
        t = time.perf_counter()
        blist.set_rows(blist.rows)
        timings["swap 100k rows"] = time.perf_counter() - t

    # Informational only (`pytest -s`): speed is measured in benchmarks/, never
    # asserted here, where a busy machine would make the test flaky.
    print("\n100k briefings: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in timings.items()))


async def _keystroke_calls(sample_config, library, typed: str, sort: str = "date") -> int:
    """Python function calls on the UI thread for the filter results of ``typed``,
    one per keystroke (the mask itself is computed in a worker): load-independent."""
    import cProfile
    import pstats

    from briefreader.query import IncrementalFilter

    app = BriefreaderApp(sample_config, library=library)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.sort = sort
        await pilot.pause()
        screen = app.screen
        incremental = IncrementalFilter(library.briefings, taxonomy=sample_config.topics)
        masks = [incremental.select(typed[:i]) for i in range(1, len(typed) + 1)]
        profile = cProfile.Profile()
        for i, mask in enumerate(masks):
            screen.filter_bar.input.value = typed[: i + 1]
            profile.enable()
            screen._filtered(screen._all, mask, [])
            profile.disable()
            await pilot.pause()
        return pstats.Stats(profile).total_calls // len(masks)


async def test_a_filter_keystroke_costs_the_same_at_10k_and_100k(sample_config, sample_library, tmp_path):
    """The list's share of a keystroke is O(groups), not O(briefings): the same number
    of calls at 10,000 and 100,000 briefings, sorted by date or by title, with hits
    highlighted (the highlighting runs in the next frame)."""
    big = big_library(sample_library, tmp_path)
    small = Library(root=tmp_path, briefings=big.briefings[:10_000])
    for sort in ("date", "title"):
        at_10k = await _keystroke_calls(sample_config, small, "张江 元宇宙", sort)
        at_100k = await _keystroke_calls(sample_config, big, "张江 元宇宙", sort)
        print(f"\ncalls per filter keystroke, sorted by {sort}: 10k {at_10k}, 100k {at_100k}")
        assert at_100k < at_10k * 1.5 + 500


async def test_100k_fold_sort_and_next_briefing(sample_config, sample_library, tmp_path):
    library = big_library(sample_library, tmp_path)
    app = BriefreaderApp(sample_config, library=library)
    timings: dict[str, float] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        blist = app.screen.query_one(BriefingList)
        t = time.perf_counter()
        await pilot.press("h")  # fold the first month
        await pilot.pause()
        timings["fold"] = time.perf_counter() - t
        assert blist.rows[blist.cursor].collapsed and blist.briefing_count == N
        t = time.perf_counter()
        await pilot.press("S")  # by source: each group ordered once
        await pilot.pause()
        timings["sort by source"] = time.perf_counter() - t
        group = blist.rows.groups[1].items
        # in the outlets' pinyin order (views.source_order, session 48), no source last
        assert [b.source for b in group] == sorted((b.source for b in group), key=source_order())
        t = time.perf_counter()
        await pilot.press("J")
        await pilot.pause()
        timings["J"] = time.perf_counter() - t
    print("\n100k briefings: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in timings.items()))
