"""A Traditional source's title as it writes it, kept in the index (schema 15).

The Traditional list showed s2t of a list entry's Simplified title (臺北…新臺幣 where the
source wrote 台北…新台幣) until a worker had read the file again (748838f), and
`list --script hant` always did. Briefing.title_written is made where the file is read and
kept in the index, so both list paths (row by row and column-wise) carry it: each region's
form equals views.traditional over the decoded file, as a briefing read in full shows it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.liststore as liststore
from briefreader.index import written_title
from briefreader.library import load_library
from briefreader.model import Briefing
from briefreader.views import source_region, traditional

CNA = (
    "中央社記者台北報導\n\n"
    "（中央社記者潘智義台北2日電）台北股市今天上漲，成交值新台幣1019.43億元。政府辦理發放消費券，係依據特別條例。\n"
)
HK = (
    "<html lang='zh-HK'><head><title>政府發放消費券 市民這裏排隊</title></head><body><article>"
    "<h1>政府發放消費券 市民這裏排隊</h1><p>2023年12月1日 明報</p>"
    "<p>特區政府今日起發放消費券，市民在這裏排隊領取，每人5000港元。</p></article></body></html>"
)
MAINLAND = "上海发布新规\n\n国务院发放消费券，支持经济发展。\n"
REGIONS = ("auto", "tw", "hk", "generic")


def _resolved(region: str, full: Briefing) -> str:
    """The region the Traditional view converts in (MainScreen.trad_region / cli._trad_region)."""
    return (source_region(full.original) or "standard") if region == "auto" else region


@pytest.fixture
def folder(tmp_path: Path, sample_config):
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "cna.txt").write_text(CNA, encoding="utf-8")
    (root / "hk.html").write_text(HK, encoding="utf-8")
    (root / "mainland.txt").write_text(MAINLAND, encoding="utf-8")
    config = replace(sample_config, briefings=root, cache_dir=tmp_path / "cache")
    load_library(config).close()
    return config


@pytest.mark.parametrize("store_min", [10**9, 0])  # row by row; column-wise (ListStore)
def test_list_entries_carry_the_title_as_the_source_writes_it(folder, store_min, monkeypatch) -> None:
    monkeypatch.setattr(liststore, "STORE_MIN", store_min)
    library = load_library(folder, verify=False)
    try:
        assert isinstance(library.briefings, liststore.ListStore) == (store_min == 0)
        entries = {b.id: b for b in library.briefings}
        assert not any(b.loaded for b in entries.values())
        for name in ("cna", "hk"):
            entry = entries[name]
            full = library.full(entry)
            assert full.script == "hant" and full.original
            for region in REGIONS:  # what the reader's header shows for the briefing read in full
                assert entry.written_title(region) == traditional(full.title, full, _resolved(region, full))
        assert entries["cna"].written_title() == "台北股市今天上漲，成交值新台幣1019.43億元"  # s2t: 臺北, 新臺幣
        assert entries["hk"].written_title() == "政府發放消費券 市民這裏排隊"  # hk: 這裏 (s2tw: 這裡)
        assert entries["mainland"].written_title() is None  # a Simplified source: s2t, as before
    finally:
        library.close()


def test_forms_that_differ_by_region_are_each_kept() -> None:
    """A title with characters the source does not hold (里, 着: s2tw 裡/著, s2hk 裏/着)."""
    original = "台北報導\n\n台北股市今天上漲，成交值新台幣1019.43億元。"
    b = Briefing(id="x", path="", fingerprint="", title="台北这里着火", text="", original=original, script="hant")
    b.title_written = written_title(b)
    seen = {b.written_title(region) for region in REGIONS}
    assert len(seen) > 1
    for region in REGIONS:
        assert b.written_title(region) == traditional(b.title, b, _resolved(region, b))
    assert b.written_title("hk") == "台北這裏着火" and b.written_title("tw") == "台北這裡著火"


def test_no_written_title_for_a_simplified_or_latin_title() -> None:
    hans = Briefing(id="x", path="", fingerprint="", title="上海发布", text="", original="上海发布", script="hans")
    latin = Briefing(id="y", path="", fingerprint="", title="Taipei", text="", original="台北 Taipei", script="hant")
    assert written_title(hans) == written_title(latin) == ""
    assert hans.written_title() is None
