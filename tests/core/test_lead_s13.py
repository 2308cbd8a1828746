"""Guards two review findings of session 13 (lead's fixes): the notes' entries are
replaced, never changed in place, while a worker saves a draft; and the kinsoku carry
never leaves one character per line on a run of marks longer than a line."""

from __future__ import annotations

import threading
from pathlib import Path

from briefreader.model import Briefing
from briefreader.notes import NotesStore
from briefreader.tui.text import wrap_offsets


def _briefing(id: str) -> Briefing:
    return Briefing(id=id, path="", fingerprint=f"sha256:{id}", title=f"标题 {id}", text="")


def test_readers_never_see_the_entries_change_size_while_drafts_are_saved(tmp_path: Path) -> None:
    # The TUI saves a draft 1.5 s after the last key from a worker thread, while the
    # loader's relink() and drafts()/noted_ids() iterate the entries in another thread.
    store = NotesStore.open(tmp_path / "notes.toml")
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                store.drafts()
                store.noted_ids()
                store.bookmarked_ids()
            except RuntimeError as exc:  # "dictionary changed size during iteration"
                errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n in range(150):
            store.set_draft(_briefing(f"b{n}"), f"草稿 {n}")
            if n % 3 == 0:
                store.set_draft(_briefing(f"b{n}"), "")  # a discarded draft leaves the entries
    finally:
        done.set()
        reader.join()
    assert errors == []
    assert len(store.drafts()) == 100 and store.draft_for("b1") == "草稿 1"


def test_a_run_of_closing_marks_longer_than_a_line_still_fills_lines() -> None:
    # Carrying the whole run back stopped at the line's second token: 100,000 。 at width
    # 40 became 99,980 lines of one mark (a hostile article 20x taller); 20 marks fit a line.
    assert len(wrap_offsets("。" * 100_000, 40)) < 5_100
    assert len(wrap_offsets("字" + "”" * 100_000, 40)) < 5_100


def test_kinsoku_still_carries_a_short_run_of_closing_marks() -> None:
    text = "調研，寄予河南‘奮勇爭先、更加出彩’的殷切期望。”河南省委"
    (cut,) = wrap_offsets(text, 46)
    assert text[cut:].startswith("望。”")
