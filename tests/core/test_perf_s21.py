"""Session 21, issue 19 (performance): behaviour, never time.

Review s20 R17: an entry of a feed or records file of ALONE_BYTES or more, read alone (the
reader's J/K, ``show feed#…``), is analysed alone, but the whole file was parsed again for
each one (feedparser and the entries' common tails: ~0.4 s of each entry's ~0.42 on a 1.4 MB
feed). The parse is kept with the file now (library.PARSED.parsing), while the file is unchanged.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.ingest as ingest_mod
from briefreader import library as library_mod
from briefreader.library import PARSED, ParsedFiles, load_library

ITEM = (
    "<item><title>{title}</title><link>https://example.com/{n}.html</link>"
    "<description><![CDATA[<p>{body}</p><p>本文来源：示例网</p>]]></description>"
    "<pubDate>Thu, 17 Oct 2024 09:{n:02d}:00 +0800</pubDate><guid>g{n}</guid></item>"
)


def _rss(n: int) -> str:
    items = "".join(
        ITEM.format(
            n=i,
            title=f"第{i}号港口吞吐量增长",
            body=f"上海港前{i + 1}个月集装箱吞吐量同比增长{i % 9 + 1}%，达到{1300 + i}万标准箱。",
        )
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>快讯</title>'
        f"<link>https://example.com</link>{items}</channel></rss>\n"
    )


def _jsonl(n: int) -> str:
    return "".join(
        json.dumps(
            {
                "title": f"第{i}号新开巴士路线",
                "content": f"运输署今日公布，明年起新增{i + 2}条巴士路线，涉及投资约{i + 3}亿元。",
            },
            ensure_ascii=False,
        )
        + "\n"
        for i in range(n)
    )


@pytest.fixture
def config(sample_config, tmp_path, monkeypatch):
    monkeypatch.setattr(library_mod, "ALONE_BYTES", 100)  # the files here are a few KB
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "feed.rss").write_text(_rss(6), encoding="utf-8")
    (folder / "recs.jsonl").write_text(_jsonl(5), encoding="utf-8")
    PARSED.clear()
    yield replace(sample_config, briefings=folder)
    PARSED.clear()


def _counting(monkeypatch, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(ingest_mod, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, name, counted)
    return calls


def _whole_then_alone(config, stem: str):
    lib = load_library(config)
    entries = sorted((b for b in lib.briefings if b.id.startswith(stem + "#")), key=lambda b: b.id)
    assert len(entries) >= 5
    whole = {b.id: (b.title, b.text, b.date, [f.text for f in b.figures]) for b in lib.full_many(entries)}
    lib.close()
    PARSED.clear()
    again = load_library(config)
    return again, sorted((b for b in again.briefings if b.id.startswith(stem + "#")), key=lambda b: b.id), whole


def test_a_feeds_entries_read_alone_parse_the_feed_once(config, monkeypatch) -> None:
    lib, entries, whole = _whole_then_alone(config, "feed")
    parses = _counting(monkeypatch, "parse_feed")
    tails = _counting(monkeypatch, "feed_tails")
    analysed = _counting(monkeypatch, "_document")
    for b in entries:  # J/K through the feed
        full = lib.full(b)
        assert (full.title, full.text, full.date, [f.text for f in full.figures]) == whole[b.id]
    assert len(analysed) == len(entries)  # each entry alone (as before)
    assert parses == [1] and tails == [1]  # was one parse and one tails pass per entry
    lib.close()


def test_a_records_files_entries_read_alone_parse_it_once(config, monkeypatch) -> None:
    lib, entries, whole = _whole_then_alone(config, "recs")
    parses = _counting(monkeypatch, "parse_json_records")
    for b in entries:
        full = lib.full(b)
        assert (full.title, full.text, full.date, [f.text for f in full.figures]) == whole[b.id]
    assert parses == [1]
    lib.close()


def test_a_changed_feed_is_parsed_again(config, monkeypatch) -> None:
    lib, entries, _whole = _whole_then_alone(config, "feed")
    parses = _counting(monkeypatch, "parse_feed")
    lib.full(entries[0])
    path = Path(config.briefings) / "feed.rss"
    path.write_text(_rss(6).replace("第1号", "第一号"), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    fresh = load_library(config)  # (its scan reads the changed file: not counted)
    parses.clear()
    titles = [fresh.full(b).title for b in fresh.briefings if b.id.startswith("feed#")]
    assert any(t.startswith("第一号") for t in titles)  # the new bytes, not the kept parse
    assert parses == [1]  # the new file parsed once for all its entries
    lib.close(), fresh.close()


def test_a_kept_parse_is_only_used_for_the_bytes_it_was_made_from(tmp_path) -> None:
    # a file rewritten within the same size and mtime: the digest tells it
    path = tmp_path / "f.rss"
    path.write_text(_rss(6), encoding="utf-8")
    kept: dict = {}
    key = ingest_mod.ingest_path(path, tmp_path)[2].entry
    assert ingest_mod.ingest_path(path, tmp_path, entry=key, kept=kept)[0].title.startswith("第2号")
    assert "feed" in kept
    path.write_text(_rss(6).replace("第2号", "第二号"), encoding="utf-8")
    assert ingest_mod.ingest_path(path, tmp_path, entry=key, kept=kept)[0].title.startswith("第二号")


def _parse(files: ParsedFiles, path: str, stamp: tuple[int, int]) -> dict:
    with files.parsing(path, stamp) as kept:  # ParsedFiles.parse (no caller in src) went in session 23
        return kept


def test_the_kept_parses_are_bounded() -> None:
    files = ParsedFiles(files=8, size=1 << 20)
    first = _parse(files, "a", (1, 1))
    first["feed"] = "parsed"
    assert _parse(files, "a", (1, 1)) is first  # the same file unchanged: the same parse
    assert _parse(files, "a", (2, 1)) == {}  # changed: a new one
    for n in range(library_mod.PARSES + 1):
        _parse(files, f"f{n}", (1, 1))["feed"] = n
    assert len(files._parses) == library_mod.PARSES
    assert _parse(files, "f0", (1, 1)) == {}  # the least lately used went
    files.clear()
    assert not files._parses


def test_the_regex_file_keeps_what_another_process_saved_meanwhile(tmp_path, monkeypatch) -> None:
    # the TUI and the pool's forkserver both read the file at their start and save at exit: the
    # last to exit dropped the other's patterns, so each TUI start compiled ~60 again and wrote the file
    from briefreader import recache

    path = recache.file_for(tmp_path)
    if path is None:
        pytest.skip("another Python's regex engine")
    mine, theirs = ("mine", 0), ("theirs", 0)
    stored = (0, b"", 0, {}, ())
    recache.write(path, {theirs: stored})  # the forkserver saved first
    monkeypatch.setattr(recache, "_path", path)
    monkeypatch.setattr(recache, "_known", {mine: stored})  # read before that, then compiled "mine"
    monkeypatch.setattr(recache, "_used", {mine})
    monkeypatch.setattr(recache, "_added", 1)
    recache.save()
    assert set(recache.read(path)) == {mine, theirs}
    os.utime(path, ns=(10**18, 10**18))
    monkeypatch.setattr(recache, "_added", 1)  # nothing the file lacks: not written again
    recache.save()
    assert path.stat().st_mtime_ns == 10**18
