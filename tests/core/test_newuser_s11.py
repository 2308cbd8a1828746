"""Session 11's new-user pass: bugs found by running briefreader as a new analyst would
(a fresh clone, the README's commands, the CLI beside the TUI), each pinned by a test
that fails on the old code."""

from __future__ import annotations

from briefreader.hanzi import to_traditional


def test_a_nul_in_a_field_does_not_cut_the_rest_of_it() -> None:
    """OpenCC's two-step configurations (hk2s, which to_simplified uses, and s2tw, s2twp,
    s2hk) end their output at a NUL: a record or front matter whose title held one
    ("臺灣\\u0000標題之後", JSON's and YAML's escapes both make it) was listed as 台湾
    and its source "經濟\\u0000日報" vanished (ingest strips the NUL only afterwards)."""
    import json

    from briefreader.hanzi import to_simplified
    from briefreader.ingest import ingest_bytes

    assert to_simplified("臺灣\x00標題之後") == "台湾\x00标题之后"
    for region in ("standard", "tw", "hk", "generic"):
        assert to_traditional("台湾\x00标题之后", region).endswith("之後"), region
    record = {
        "title": "臺灣\x00標題之後",
        "source": "經濟\x00日報",
        "date": "2024-05-01",
        "content": "臺灣經濟發展迅速。",
    }
    b = ingest_bytes(json.dumps([record]).encode(), id="rec.json", suffix=".json")
    assert b.title == "台湾标题之后"
    assert b.source == "经济日报"
