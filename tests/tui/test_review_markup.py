"""Toasts that carry untrusted or literal text show it as written (review B3): the export
refusal's '[library] export' was read as a markup tag and vanished ('…, or  export)'),
and an exception's text in the figures view could style or hide itself."""

from __future__ import annotations

from types import SimpleNamespace

from helpers.waiting import screen_ready, until

from briefreader.tui.app import BriefreaderApp


def _toasts(app) -> list[str]:
    from textual.widgets._toast import Toast

    return [str(t.render()) for t in app.screen.query(Toast)]


async def test_the_digest_refusal_shows_library_in_brackets(sample_config, sample_library):
    import datetime as dt
    from pathlib import Path

    target = Path(sample_config.export).expanduser().parent / f"digest-{dt.date.today().isoformat()}.md"
    target.write_text("my own digest notes\n", encoding="utf-8")
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("D")
        await until(pilot, lambda: any("not written by briefreader" in t for t in _toasts(app)), "the refusal")
        shown = next(t for t in _toasts(app) if "not written by briefreader" in t)
        assert "[library] export" in shown, shown
    assert target.read_text(encoding="utf-8") == "my own digest notes\n"


async def test_the_metrics_refusal_shows_library_in_brackets(sample_config, sample_library):
    from briefreader.tui.screens.metrics_view import MetricsScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("M")
        await until(pilot, lambda: screen_ready(app, MetricsScreen), "the metrics view")
        screen = app.screen
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: screen.metric is not None, "a metric charted")
        mine = screen.export_path()
        mine.write_text("date,my own column\n", encoding="utf-8")
        await pilot.press("x")
        await until(pilot, lambda: any("not written by briefreader" in t for t in _toasts(app)), "the refusal")
        shown = next(t for t in _toasts(app) if "not written by briefreader" in t)
        assert "[library] export" in shown, shown
    assert mine.read_text(encoding="utf-8") == "date,my own column\n"


async def test_a_figures_failure_shows_its_text_as_written(sample_config, sample_library):
    from briefreader.tui.screens.figures_view import FiguresScreen

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await until(pilot, lambda: screen_ready(app, FiguresScreen), "the figures view")
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.screen._failed(SimpleNamespace(is_cancelled=True), "cannot read [b]figures.db[/b] ([library] locked)")
        await until(pilot, lambda: any("figures.db" in t for t in _toasts(app)), "the warning")
        shown = next(t for t in _toasts(app) if "figures.db" in t)
        assert "[b]figures.db[/b] ([library] locked)" in shown, shown
