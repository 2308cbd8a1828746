"""Session 22, issue 19 (performance): behaviour, never time."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import briefreader.ingest as ingest_mod
from briefreader import library as library_mod
from briefreader.library import PARSED, load_library

ITEM = (
    "<item><title>第{n}号港口吞吐量增长</title><link>https://example.com/{n}.html</link>"
    "<description><![CDATA[<p>上海港前{n}个月集装箱吞吐量同比增长{n}%。</p>]]></description>"
    "<pubDate>Thu, 17 Oct 2024 09:{n:02d}:00 +0800</pubDate><guid>g{n}</guid></item>"
)


def _rss(n: int) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>快讯</title>'
        f"<link>https://example.com</link>{''.join(ITEM.format(n=i) for i in range(1, n + 1))}</channel></rss>\n"
    )


def test_two_threads_opening_one_feeds_entries_parse_it_once(sample_config, tmp_path, monkeypatch) -> None:
    # library.PARSED's kept parse was filled outside any lock: the reader's J/K and the figures
    # view opening entries of one big feed at once both found it empty and both parsed the feed
    monkeypatch.setattr(library_mod, "ALONE_BYTES", 100)  # the feed here is a few KB
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "feed.rss").write_text(_rss(6), encoding="utf-8")
    PARSED.clear()
    lib = load_library(replace(sample_config, briefings=folder))
    entries = sorted((b for b in lib.briefings if b.id.startswith("feed#")), key=lambda b: b.id)
    assert len(entries) >= 2
    PARSED.clear()
    calls: list[int] = []
    second = threading.Event()
    real = ingest_mod.parse_feed

    def parse_feed(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            second.wait(3)  # the other thread's parse, if it may start meanwhile (it may not)
        else:
            second.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, "parse_feed", parse_feed)
    got: dict[str, str] = {}
    threads = [threading.Thread(target=lambda b=b: got.update({b.id: lib.full(b).title})) for b in entries[:2]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lib.close()
    PARSED.clear()
    assert calls == [1]
    assert got == {b.id: b.title for b in entries[:2]}


def test_figures_id_answers_from_the_index_as_reading_the_file_does(cli_env, capsys, monkeypatch) -> None:
    # tester s21 P1: `figures ID` on an unchanged file ingested it again for what the index keeps
    from briefreader import cli as cli_mod

    def run(*args: str) -> str:
        assert cli_mod.main(list(args)) == 0
        return capsys.readouterr().out

    ids = [b["id"] for b in json.loads(run("list", "--json"))]
    assert len(ids) >= 5
    read = {i: (run("--no-cache", "figures", i, "--json"), run("--no-cache", "figures", i)) for i in ids}
    assert any(json.loads(j) for j, _ in read.values())

    def no_ingest(*args, **kwargs):
        raise AssertionError("the file was read again")

    monkeypatch.setattr(ingest_mod, "ingest_path", no_ingest)
    monkeypatch.setattr(library_mod, "read_guarded", no_ingest)
    for i in ids:
        assert (run("figures", i, "--json"), run("figures", i)) == read[i]
        assert json.loads(run("figures", i, "--json", "--limit", "1")) == json.loads(read[i][0])[:1]
