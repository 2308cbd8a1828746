"""Guards the TUI's paths over a column-wise list (issue 19): marking every shown
briefing read, the sort by figures, and the figures (F), metrics (M) and digest (D)
views of what the filter shows read columns, and give what they give over a list of
Briefing objects (the same screens, the same read state, the same digest file)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.liststore as liststore
from briefreader.config import read_config
from briefreader.library import Library, load_library
from briefreader.liststore import ListStore
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.widgets.filter_bar import DEBOUNCE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("storeviews")
    folder = tmp / "b"
    shutil.copytree(ROOT / "briefings", folder)
    shutil.copy(sorted(folder.glob("*.txt"))[0], folder / "reprint.txt")  # a story of two versions
    config = read_config(ROOT / "config.toml")
    config = replace(config, briefings=folder, cache_dir=tmp / "cache")
    load_library(config).close()
    return config


def _screen(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def _session(config, store_min: int, tmp: Path) -> tuple[list[str], set[str], str]:
    """Screens of: a filter, every shown one marked read, the sort by figures, the
    figures and metrics views; the fingerprints read; the digest written."""
    config = replace(config, notes=tmp / "notes.toml", export=tmp / "notes.md")
    mp = pytest.MonkeyPatch()
    mp.setattr(liststore, "STORE_MIN", store_min)
    try:
        lib = load_library(config, verify=False)
        assert isinstance(lib.briefings, ListStore) == (store_min == 0)
        library = Library(
            root=lib.root, briefings=lib.briefings, index=lib.index, by_id=lib.by_id, problems=lib.problems
        )
        app = BriefreaderApp(config, library=library)
        shots: list[str] = []
        async with app.run_test(size=(140, 40)) as pilot:

            async def settle() -> None:
                await pilot.pause(DEBOUNCE + 0.05)
                await app.workers.wait_for_complete()
                await pilot.pause()

            async def shot() -> None:
                await settle()
                shots.append(_screen(app))

            await settle()
            await pilot.press("slash", *"-date:2025", "enter")  # 3 of 6 shown
            await shot()
            await pilot.press("A")
            await pilot.pause()
            if app.screen is not app.screen_stack[0]:
                await pilot.press("y")
            await shot()
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            while app.sort != "figures":
                await pilot.press("S")
                await settle()
            await shot()
            await pilot.press("F")
            await shot()
            await pilot.press("escape")
            await pilot.press("M")
            await shot()
            await pilot.press("escape")
            await settle()
            await pilot.press("D")
            await settle()
            state = app.reading.state
            read = {b.fingerprint for b in lib.briefings if state.is_read(b.fingerprint)}
        lib.close()
        digest = next(tmp.glob("digest-*.md")).read_text(encoding="utf-8")
    finally:
        mp.undo()
    return shots, read, digest


async def test_marks_sort_and_views_over_a_store_as_over_a_list(indexed, tmp_path) -> None:
    (tmp_path / "rows").mkdir()
    (tmp_path / "store").mkdir()
    by_rows = await _session(indexed, 10**9, tmp_path / "rows")
    by_store = await _session(indexed, 0, tmp_path / "store")
    for step, (a, b) in enumerate(zip(by_rows[0], by_store[0], strict=True)):
        assert b.split("\n", 1)[1] == a.split("\n", 1)[1], f"step {step}"  # the header's clock aside
    assert len(by_rows[1]) == 3 and by_store[1] == by_rows[1]  # the same briefings read: those shown
    assert by_store[2].split("\n", 3)[3] == by_rows[2].split("\n", 3)[3]  # the digest, but its time line
    assert "Figures:" in by_rows[0][3] and "Metrics:" in by_rows[0][4]  # the views were shown
