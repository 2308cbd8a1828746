"""usefix s24: the list's story rows say which versions they stand for through a public
method (reading._all_in_view read ShownStories' privates)."""

from __future__ import annotations

import datetime as dt

from briefreader.model import Briefing
from briefreader.stories import StoryMap
from briefreader.views import Layout


def _briefing(i: int, day: int) -> Briefing:
    return Briefing(
        id=f"b{i}",
        path=f"/x/b{i}.txt",
        fingerprint=f"sha256:{i:02d}",
        title=f"t{i}",
        text="",
        date=dt.date(2026, 3, day),
        date_precision="day",
    )


def test_a_story_rows_fingerprints_are_its_shown_versions() -> None:
    briefings = [_briefing(i, 20 - i) for i in range(5)]  # newest first, as the library orders
    stories = StoryMap.from_pairs([("b1", "b1"), ("b3", "b1"), ("b4", "b1"), ("b0", "b0"), ("b2", "b2")])
    layout = Layout(briefings, stories=stories)
    rows = layout.rows(str)
    assert rows.shown is not None
    assert sorted(rows.shown.fingerprints("b4")) == ["sha256:01", "sha256:03", "sha256:04"]
    assert rows.shown.fingerprints("b0") == []  # a story of one: no versions
    # a filter hiding one version: the row stands for the two shown
    mask = bytes([1, 1, 1, 0, 1])
    shown = layout.rows(str, mask).shown
    assert shown is not None and sorted(shown.fingerprints("b1")) == ["sha256:01", "sha256:04"]
