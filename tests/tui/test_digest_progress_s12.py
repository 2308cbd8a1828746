"""Tester s12: ``D`` on hundreds of briefings said "Writing a digest…" for 3 s, then
nothing for about a minute until the file arrived. The header now says so until the
result (or error) toast replaces it."""

from __future__ import annotations

import threading

from helpers.waiting import record_notifications, until

import briefreader.digest as digest_mod
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.status_bar import StatusBar


def _header(app) -> str:
    return str(app.screen.query_one(StatusBar).render())


async def test_the_digest_stays_visible_until_its_result(sample_config, sample_library, monkeypatch):
    release = threading.Event()
    real = digest_mod.build_digest

    def slow_digest(*args, **kwargs):
        release.wait(20)  # the 438-briefing minute, until the test lets it go
        return real(*args, **kwargs)

    monkeypatch.setattr(digest_mod, "build_digest", slow_digest)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = record_notifications(app.screen, monkeypatch)
        await pilot.press("D")
        await pilot.pause()
        assert "Writing a digest of 5 briefings" in _header(app)
        await pilot.pause(3.5)  # past the first toast's 3 s
        assert "Writing a digest of 5 briefings" in _header(app), _header(app)
        assert len(seen) == 0  # no result yet; the header says it is written (no toast since s14)
        release.set()
        await until(pilot, lambda: len(seen) >= 1, "the digest to be written")
        await pilot.pause()
        assert seen[0][1].startswith("Digest of 5 briefings: ")
        assert "Writing a digest" not in _header(app)
        assert "5 of 5 briefings" in _header(app)


async def test_an_error_replaces_the_header_note(sample_config, sample_library, monkeypatch):
    import briefreader.export as export_mod

    def refuse(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export_mod, "write_export", refuse)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = record_notifications(app.screen, monkeypatch)
        await pilot.press("D")
        await until(pilot, lambda: len(seen) >= 1, "the error")
        await pilot.pause()
        assert seen[0] == ("error", "disk full")
        assert "Writing a digest" not in _header(app)


async def test_quitting_while_the_digest_is_written_drops_its_result(sample_config, sample_library, monkeypatch):
    release = threading.Event()
    finished = threading.Event()
    real = digest_mod.build_digest

    def slow_digest(*args, **kwargs):
        release.wait(20)
        try:
            return real(*args, **kwargs)
        finally:
            finished.set()

    monkeypatch.setattr(digest_mod, "build_digest", slow_digest)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        release.set()
    assert finished.wait(20)
    assert app.return_code in (0, None)
