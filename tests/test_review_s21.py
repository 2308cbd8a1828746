"""Reviewer s21: tests that fail on bugs found in review (/work/notes/s21_review.md).

Each is marked xfail(strict=True) with the finding's name while the bug stands; the fix flips it (then the
marker goes)."""

from __future__ import annotations

import pytest

from briefreader.ingest import html as html_mod


@pytest.mark.xfail(strict=True, reason="review s21 R1: repeated_lines is quadratic")
def test_r1_repeated_lines_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """R1: repeated_lines counted the letters of the whole body above every shared line of the tail: entries x
    lines x body length (3 entries of 200 KB with 300 shared lines: 66 s). The letters read must stay within a
    small multiple of the text."""
    read = [0]
    letters = html_mod._letters

    def counting(markup: str) -> int:
        read[0] += len(markup)
        return letters(markup)

    monkeypatch.setattr(html_mod, "_letters", counting)
    tail = "".join(f"<p>共享行{i:04d}</p>" for i in range(100))
    owns = [
        "".join(f"<p>第{e}篇第{k}段：这是本篇自己的正文，一段很长的文字。</p>" for k in range(600)) for e in range(3)
    ]
    bodies = [own + tail for own in owns]
    cuts = html_mod.repeated_lines(bodies)
    assert cuts == [len(own) for own in owns]  # the shared lines go, the entry's own text stays
    assert read[0] <= 4 * sum(map(len, bodies))
