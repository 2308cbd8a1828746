"""Files kept parsed across libraries (tester s18/s19 X1, 12-text s18 P3; session 20).

A feed's entries were kept parsed per library: the folder watcher's refresh makes a new
library, and the next entry the reader opened parsed the whole feed again (seconds to a
minute for thousands of entries); a large single file was read again the same way. Now
library.PARSED keeps them process-wide by path, root and stamp, bounded by files and bytes.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.ingest as ingest_mod
from briefreader import library as library_mod
from briefreader.library import PARSED, ParsedFiles, load_library
from briefreader.model import Briefing

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>快讯</title><link>https://example.com</link>
<item><title>港口吞吐量增长</title><link>https://example.com/1.html</link>
<description>上海港前五个月集装箱吞吐量同比增长8%，达到1300万标准箱。</description>
<pubDate>Thu, 17 Oct 2024 09:15:00 +0800</pubDate><guid>g1</guid></item>
<item><title>新开三条巴士路线</title><link>https://example.com/2.html</link>
<description>运输署今日公布，明年起新增三条巴士路线，涉及投资约3亿元。</description>
<pubDate>Thu, 17 Oct 2024 10:15:00 +0800</pubDate><guid>g2</guid></item>
</channel></rss>
"""


@pytest.fixture
def reads(monkeypatch):
    seen: list[str] = []
    real = ingest_mod.ingest_path

    def counted(path, root, *args, **kwargs):
        seen.append(Path(path).name)
        return real(path, root, *args, **kwargs)

    monkeypatch.setattr(ingest_mod, "ingest_path", counted)
    PARSED.clear()
    yield seen
    PARSED.clear()


@pytest.fixture
def config(sample_config, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "feed.rss").write_text(RSS, encoding="utf-8")
    (folder / "big.md").write_text("# 大文件\n\n" + "全市共有10000家企业。\n\n" * 200, encoding="utf-8")
    return replace(sample_config, briefings=folder)


def test_a_new_library_opens_a_feeds_next_entry_without_parsing_the_feed_again(config, reads) -> None:
    first = load_library(config)  # (a cold start: its reads are not counted)
    reads.clear()
    entries = [b for b in first.briefings if b.id.startswith("feed#")]
    assert len(entries) == 2
    assert all(b.text for b in first.full_many(entries))  # the digest: the whole feed, read once
    assert reads == ["feed.rss"]
    second = load_library(config)  # the watcher's refresh: another library object
    again = [b for b in second.briefings if b.id.startswith("feed#")]
    assert second.full(again[1]).text and second.full(again[0]).text
    assert reads == ["feed.rss"]  # not read again
    # a changed file is read again
    path = Path(config.briefings) / "feed.rss"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    third = load_library(config)
    reads.clear()
    third.full(next(b for b in third.briefings if b.id.startswith("feed#")))
    assert reads == ["feed.rss"]
    first.close(), second.close(), third.close()


def test_a_large_single_file_is_kept_too(config, reads, monkeypatch) -> None:
    monkeypatch.setattr(library_mod, "HEAVY_BYTES", 1000)  # big.md is ~6 KB
    first = load_library(config)
    reads.clear()
    big = first.get("big")
    assert first.full(big).text
    second = load_library(config)
    assert second.full(second.get("big")).text
    assert reads.count("big.md") == 1
    first.close(), second.close()


def _entries(n: int, chars: int) -> list[Briefing]:
    return [Briefing(id=str(i), path="", fingerprint="", title="", text="字" * chars) for i in range(n)]


def test_the_kept_files_are_bounded_by_count_and_bytes() -> None:
    kept = ParsedFiles(files=3, size=100_000)
    root = Path("/r")
    for n in range(4):
        kept.put(f"f{n}", root, (1, 1), _entries(2, 1000))  # ~6 KB each
    assert kept.get("f0", root, (1, 1)) is None  # the least lately used went: 3 files at most
    assert kept.get("f3", root, (1, 1)) is not None
    assert kept.get("f3", root, (2, 1)) is None  # another stamp: not this file any more
    assert kept.get("f3", Path("/other"), (1, 1)) is None  # ids are relative to the root
    kept.put("half", root, (1, 1), _entries(1, 40_000))  # ~81 KB: the others make room
    assert kept.get("half", root, (1, 1)) is not None and kept.get("f1", root, (1, 1)) is None
    assert kept.used <= 100_000
    kept.put("huge", root, (1, 1), _entries(1, 60_000))  # ~121 KB: more than the whole budget, kept alone
    assert kept.get("huge", root, (1, 1)) is not None and kept.get("half", root, (1, 1)) is None


def test_one_entry_opened_alone_is_the_only_one_analysed(config, reads, monkeypatch) -> None:
    monkeypatch.setattr(library_mod, "ALONE_BYTES", 100)  # the feed here is ~1 KB
    lib = load_library(config)
    entries = sorted((b for b in lib.briefings if b.id.startswith("feed#")), key=lambda b: b.id)
    whole = {b.id: (b.title, b.text) for b in lib.full_many(entries)}
    PARSED.clear()
    analysed: list[str] = []
    real = ingest_mod._document

    def counted(stub, *args, **kwargs):
        analysed.append(stub.entry)
        return real(stub, *args, **kwargs)

    monkeypatch.setattr(ingest_mod, "_document", counted)
    again = load_library(config)
    for b in sorted((b for b in again.briefings if b.id.startswith("feed#")), key=lambda b: b.id):
        analysed.clear()
        full = again.full(b)
        assert analysed == [b.entry]  # not every entry of the feed
        assert (full.title, full.text) == whole[b.id]  # as the whole read gives it
    lib.close(), again.close()
