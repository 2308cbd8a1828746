"""Guards quitting while stories are computed from text (no index): MinHash over a big
library takes minutes, and the app must not wait for it to end."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from briefreader import across
from briefreader.library import Library
from briefreader.tui.app import BriefreaderApp


def test_story_map_stops_when_asked(sample_library) -> None:
    base = sample_library.briefings
    many = [replace(b, id=f"{b.id}-{i}") for i in range(2000) for b in base[:1]]
    library = Library(root=sample_library.root, briefings=many)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2  # the third time: after ~512 briefings

    with pytest.raises(across.StoriesCancelled):
        across.story_map(library, stop)
    assert len(asked) == 3


async def test_quitting_does_not_wait_for_the_stories(sample_config, sample_library, monkeypatch) -> None:
    # Each signature slowed so that all of them would take minutes: the app's exit
    # must come long before.
    from briefreader import stories

    real = stories.signature
    monkeypatch.setattr(stories, "TEXT_STORIES_UNASKED", 10**6)  # found unasked, as a smaller library's are
    monkeypatch.setattr(stories, "signature", lambda title, text: time.sleep(0.01) or real(title, text))
    base = sample_library.briefings
    many = [replace(b, id=f"{b.id}-{i}", title=f"{b.title} {i}") for i in range(20_000) for b in base[:1]]
    app = BriefreaderApp(sample_config, library=Library(root=sample_library.root, briefings=many))
    started = time.monotonic()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.5)
        await pilot.press("q")
    assert time.monotonic() - started < 60  # 20,000 x 10 ms = 200 s without the stop
