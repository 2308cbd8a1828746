"""A Traditional source's source line as it writes it, kept in the index (schema 16).

The list showed a never-read entry's source as s2t of its Simplified form (臺視新聞 where
the page wrote 台視新聞), as it did titles before schema 15. Briefing.source_written is made
with the title's forms where the file is read (index.written_forms) and kept in the index, so
both list paths (row by row, column-wise) and a column-wise list changed by the folder
watcher carry it: each region's form equals views.traditional over the decoded file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.liststore as liststore
from briefreader.hanzi import to_traditional
from briefreader.index import written_forms, written_title
from briefreader.library import load_library, refresh_paths
from briefreader.model import Briefing
from briefreader.views import source_region, traditional

TW = (
    "<html lang='zh-TW'><head><title>台北市政府發放消費券 市民排隊</title></head><body><article>"
    "<h1>台北市政府發放消費券 市民排隊</h1><p>2023年12月1日 台視新聞</p>"
    "<p>台北市政府今日起發放消費券，市民在這裡排隊領取，每人5000元。</p></article></body></html>"
)
HK = (
    "<html lang='zh-HK'><head><title>政府發放消費券 市民這裏排隊</title></head><body><article>"
    "<h1>政府發放消費券 市民這裏排隊</h1><p>2023年12月1日 台灣蘋果日報</p>"
    "<p>特區政府今日起發放消費券，市民在這裏排隊領取，每人5000港元。</p></article></body></html>"
)
MAINLAND = "上海发布新规\n\n2023年12月1日 新华社\n\n国务院发放消费券，支持经济发展。\n"
REGIONS = ("auto", "tw", "hk", "generic")


def _resolved(region: str, full: Briefing) -> str:
    """The region the Traditional view converts in (MainScreen.trad_region / cli._trad_region)."""
    return (source_region(full.original) or "standard") if region == "auto" else region


@pytest.fixture
def folder(tmp_path: Path, sample_config):
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "tw.html").write_text(TW, encoding="utf-8")
    (root / "mainland.txt").write_text(MAINLAND, encoding="utf-8")
    config = replace(sample_config, briefings=root, cache_dir=tmp_path / "cache")
    load_library(config).close()
    return config


def _check(entry: Briefing, full: Briefing) -> None:
    assert full.script == "hant" and full.original and full.source
    for region in REGIONS:  # what the reader shows for the briefing read in full
        assert entry.written_source(region) == traditional(full.source, full, _resolved(region, full))


@pytest.mark.parametrize("store_min", [10**9, 0])  # row by row; column-wise (ListStore)
def test_list_entries_carry_the_source_as_the_page_writes_it(folder, store_min, monkeypatch) -> None:
    monkeypatch.setattr(liststore, "STORE_MIN", store_min)
    library = load_library(folder, verify=False)
    try:
        assert isinstance(library.briefings, liststore.ListStore) == (store_min == 0)
        entries = {b.id: b for b in library.briefings}
        assert not any(b.loaded for b in entries.values())
        _check(entries["tw"], library.full(entries["tw"]))
        assert entries["tw"].written_source() == "台視新聞"
        assert to_traditional(entries["tw"].source) == "臺視新聞"  # what the list showed: s2tw's form
        assert entries["mainland"].written_source() is None  # a Simplified source: s2t, as before
        # a file the folder watcher reports, added to the column-wise list (ListStore.changed)
        added = folder.briefings / "hk.html"
        added.write_text(HK, encoding="utf-8")
        fresh = refresh_paths(library, folder, [added])
        assert fresh is not None
        try:
            assert isinstance(fresh.briefings, liststore.ListStore) == (store_min == 0)
            hk = fresh.get("hk")
            assert hk is not None and not hk.loaded
            _check(hk, fresh.full(hk))
            assert hk.written_source() == "台灣蘋果日報"  # s2hk: 臺灣
        finally:
            if fresh is not library:
                fresh.close()
    finally:
        library.close()


def test_title_and_source_learnt_together_give_the_title_alone() -> None:
    """One SourceForms learns the title's and the source's characters: the title's forms are
    what learning the title alone gave (schema 15's written_title)."""
    original = "台北報導\n\n台北股市今天上漲，成交值新台幣1019.43億元。台視新聞"
    b = Briefing(
        id="x",
        path="",
        fingerprint="",
        title="台北这里着火",
        text="",
        original=original,
        script="hant",
        source="台视新闻",
    )
    title, source = written_forms(b)
    assert title == written_title(b)
    b.title_written, b.source_written = title, source
    for region in REGIONS:
        assert b.written_title(region) == traditional(b.title, b, _resolved(region, b))
        assert b.written_source(region) == traditional(b.source, b, _resolved(region, b))
    assert b.written_source() == "台視新聞"


def test_no_written_source_for_a_simplified_or_latin_source() -> None:
    hans = Briefing(
        id="x", path="", fingerprint="", title="上海", text="", original="新华社", script="hans", source="新华社"
    )
    latin = Briefing(
        id="y", path="", fingerprint="", title="台北", text="", original="台北 CNA", script="hant", source="CNA"
    )
    assert written_forms(hans) == ("", "") and written_forms(latin)[1] == ""
    assert hans.written_source() is None
