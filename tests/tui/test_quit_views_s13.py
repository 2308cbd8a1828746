"""Quitting while F or M reads every briefing again (issue 19, session 13). Without the
index (--no-cache, an unusable cache) the figures table and the metric counts are made
from each briefing's text: 23 s and 20 s over 3,000 generated briefings (load 13-20),
and the process waited for that thread at exit. Their workers now hand the core their
cancel flag, which stops at the next briefing."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from helpers.many_stories import make_many_stories
from helpers.waiting import until

import briefreader.metrics as metrics_mod
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp

STORIES = 150


@pytest.mark.parametrize(
    ("key", "module", "name"), [("F", "figures_view", "query_figures"), ("M", "metrics_view", "metric_counts")]
)
async def test_quitting_while_a_view_reads_every_briefing_ends_its_thread(
    key, module, name, sample_config, tmp_path, monkeypatch
):
    import importlib

    folder = make_many_stories(tmp_path / "b", STORIES)
    config = replace(sample_config, briefings=folder, cache_dir=tmp_path / "cache")
    library = load_library(config, use_cache=False)  # no index: the views read the texts
    assert library.index is None and len(library.briefings) == STORIES

    # Each briefing's figures take at least 20 ms more (a loaded machine's): a view not
    # stopped goes on for 3 s or more after the quit, on any machine.
    seen: list[int] = []
    real_metrics = metrics_mod.figure_metrics

    def slow_metrics(*args, **kwargs):
        seen.append(1)
        time.sleep(0.02)
        return real_metrics(*args, **kwargs)

    monkeypatch.setattr(metrics_mod, "figure_metrics", slow_metrics)
    view = importlib.import_module(f"briefreader.tui.screens.{module}")
    real_call = getattr(view, name)
    ended = threading.Event()

    def watched(*args, **kwargs):
        try:
            return real_call(*args, **kwargs)
        finally:
            ended.set()  # the worker's thread returns: what the process waits for at exit

    monkeypatch.setattr(view, name, watched)
    app = BriefreaderApp(config, library=library, use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await until(pilot, lambda: len(seen) >= 5, "the view to read its first briefings")
        quit_at = time.monotonic()
        await pilot.press("ctrl+q")
    assert ended.wait(60), "the view's worker never ended"
    spent = time.monotonic() - quit_at
    assert spent < 1.5, f"{key}'s thread ran {spent:.1f} s after the quit ({len(seen)} of {STORIES} read)"
    assert len(seen) < STORIES // 2
