"""Quitting while ``D`` writes a digest (issue 19, session 13). The digest reads every
story's file again in a thread worker; the process waits for its threads at exit, and
the core could not be stopped: in tmux, q 3 s into a digest of 3,000 generated
briefings gave the shell prompt back after 69 s (load 9), and the digest file was still
written. The worker now hands the core its cancel flag: build_digest stops at its next
file and writes nothing."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

from helpers.many_stories import make_many_stories
from helpers.waiting import until

import briefreader.digest as digest_mod
import briefreader.ingest as ingest_mod
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp

STORIES = 150


async def test_quitting_during_a_digest_ends_its_thread_at_once(sample_config, tmp_path, monkeypatch):
    folder = make_many_stories(tmp_path / "b", STORIES)
    config = replace(sample_config, briefings=folder, cache_dir=tmp_path / "cache")
    library = load_library(config)  # from the index: list entries, each story's file read again
    assert len(library.briefings) == STORIES and not any(b.loaded for b in library.briefings)

    # Each read takes at least 20 ms more (a loaded machine's): a digest not stopped lasts
    # 3 s or more beyond the real reads, on any machine.
    reads: list[str] = []
    real_ingest = ingest_mod.ingest_path

    def slow_ingest(path, root, *args, **kwargs):
        reads.append(str(path))
        time.sleep(0.02)
        return real_ingest(path, root, *args, **kwargs)

    monkeypatch.setattr(ingest_mod, "ingest_path", slow_ingest)
    ended = threading.Event()
    real_digest = digest_mod.build_digest

    def watched_digest(*args, **kwargs):
        try:
            return real_digest(*args, **kwargs)
        finally:
            ended.set()  # the worker's thread returns: what the process waits for at exit

    monkeypatch.setattr(digest_mod, "build_digest", watched_digest)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("D")
        await until(pilot, lambda: len(reads) >= 5, "the digest to read its first files")
        quit_at = time.monotonic()
        await pilot.press("q")
    assert ended.wait(60), "the digest never ended"
    spent = time.monotonic() - quit_at
    read = len(reads)
    library.close()
    assert spent < 1.5, f"the digest's thread ran {spent:.1f} s after q ({read} of {STORIES} files read)"
    assert read < STORIES // 2
    assert not list(tmp_path.glob("digest-*.md"))  # a digest of some of the stories is not written
