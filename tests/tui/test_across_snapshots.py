"""How the figures view and the metric chart look (issue 17): SVG snapshots in
tests/__snapshots__/test_across_snapshots/. Update with --snapshot-update and look at
every changed one before committing it."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from briefreader.tui.app import BriefreaderApp

SIZE = (140, 36)


def run(*keys: str, choose_metric: bool = False):
    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if choose_metric:
            options = pilot.app.screen.query_one(OptionList)
            options.focus()
            # the most reported metric that has more than one dated value: a line, not a dot
            from briefreader.across import metric_series

            screen = pilot.app.screen
            for index in range(options.option_count):
                rows = metric_series(screen.library, options.get_option_at_index(index).id, screen.briefings)
                if len({r.date for r in rows if r.value is not None}) > 1:
                    options.highlighted = index
                    break
            await pilot.press("enter")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run_before


def test_figures_view(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("F"))


def test_figures_view_sorted_by_value(snap_compare, sample_config, sample_library):
    app = BriefreaderApp(sample_config, library=sample_library)
    assert snap_compare(app, terminal_size=SIZE, run_before=run("F", "l", "l", "l", "l", "l", "s"))


SERIES = [  # one metric reported by several outlets over three years (made for the chart)
    ("2022-03-01", "新民晚报", "2021年，本市直播电商零售额达到1800亿元，同比增长28%。"),
    ("2023-03-02", "解放日报", "2022年，上海直播电商零售额约为2300亿元，增长27.8%。"),
    ("2024-03-05", "第一财经", "2023年，全市直播电商零售额突破3000亿元，同比增长30.4%。"),
    ("2025-02-18", "中新网", "2024年，上海市直播电商零售额达到3600亿元。"),
]


def test_metric_chart(snap_compare, sample_config, tmp_path):
    from dataclasses import replace

    from briefreader.library import load_library

    root = tmp_path / "series"
    root.mkdir()
    for n, (day, outlet, sentence) in enumerate(SERIES):
        (root / f"{n}.md").write_text(
            f"---\ntitle: 直播电商零售额 {day[:4]}\ndate: {day}\nsource: {outlet}\n---\n\n{sentence}\n",
            encoding="utf-8",
        )
    config = replace(sample_config, briefings=root)
    app = BriefreaderApp(config, library=load_library(config, use_cache=False))
    assert snap_compare(app, terminal_size=SIZE, run_before=run("M", choose_metric=True))
