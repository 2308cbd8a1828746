"""A separate process that writes notes, for tests/core/test_notes_durability.py.

    python notes_child.py NOTES_PATH LABEL COUNT [--wait]

Prints ``ready`` once the store is open (after ``--wait``: then waits for a line on
stdin, so several children can start saving at the same moment), then adds COUNT
notes (0 = until killed), printing ``saved <text>`` after each save has returned.
Every 5th step also toggles a bookmark, to mix operations.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from briefreader.model import Briefing
from briefreader.notes import NotesStore


def briefing(id: str, title: str) -> Briefing:
    return Briefing(id=id, path=f"/corpus/{id}.txt", fingerprint=f"sha256:{id}", title=title, text="")


def main(argv: list[str]) -> int:
    path, label, count = Path(argv[1]), argv[2], int(argv[3])
    store = NotesStore.open(path)
    shared = briefing("shared/briefing", "共享 *标题*")
    own = briefing(f"own/{label}", label)
    print("ready", flush=True)
    if "--wait" in argv:
        sys.stdin.readline()
    steps = range(count) if count else itertools.count()
    for i in steps:
        text = f"{label}-{i}"
        # A longer, multi-line body so a write takes long enough to be interrupted.
        store.add_note(shared, text + "\n数字经济规模超过3000亿元。" * 3)
        print(f"saved {text}", flush=True)
        if i % 5 == 4:
            store.toggle_bookmark(own)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
