"""Review s18 R11: a draft kept beside the one held in memory (the notes file refusing the write)
never replaces it, whatever its text."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from briefreader.model import Briefing
from briefreader.notes import DRAFT_JOIN, NotesError
from briefreader.tui.reading import ReadingMixin


class _FullDisk:
    def draft_for(self, _id: str) -> str:
        return ""

    def set_draft(self, *_args: Any, **_kwargs: Any) -> None:
        raise NotesError("notes.toml: no space left on device")


class _Screen(ReadingMixin):
    def __init__(self, held: str) -> None:
        self.app = SimpleNamespace(notes=_FullDisk(), drafts={"a": held} if held else {})


@pytest.mark.parametrize(
    ("held", "kept", "expected"),
    [
        # a part of the held text: was left as "预算" alone
        ("会议纪要：预算三项待定", "预算", "会议纪要：预算三项待定" + DRAFT_JOIN + "预算"),
        ("第一稿", "第二稿", "第一稿" + DRAFT_JOIN + "第二稿"),
        ("第一稿" + DRAFT_JOIN + "第二稿", "第二稿", "第一稿" + DRAFT_JOIN + "第二稿"),  # the same draft once
        ("", "第一稿", "第一稿"),
    ],
)
def test_a_draft_kept_beside_never_replaces_the_one_in_memory(held: str, kept: str, expected: str) -> None:
    screen = _Screen(held)
    b = Briefing(id="a", path="", fingerprint="f", title="t", text="", loaded=False)
    assert screen.keep_draft(b, kept, [], beside=True) is not None  # the file refused it
    assert screen.app.drafts["a"] == expected
