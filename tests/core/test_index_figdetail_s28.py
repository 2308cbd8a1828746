"""Index schema 23 (issue 19, session 28): a briefing's figure sentences (figdetail) are kept as
raw deflate with a preset dictionary of common words (data/figure_sentences.zdict) instead of zlib
alone. What the index gives back is unchanged (test_index_schema14_s16: the records equal a
re-read's); here: the packing round-trips any sentence list, uses the dictionary, refuses data it
did not write (a damaged row or schema 22's zlib) instead of returning garbage, and a briefing
stored and removed leaves no figdetail row."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from briefreader import index as index_module
from briefreader.index import Index, figure_detail, pack_detail, unpack_detail
from briefreader.model import Briefing, Figure

SENTENCES = [
    "全市规模以上工业增加值同比增长5.2%，其中高技术制造业增长8.1%。",
    "一季度实现地区生产总值1.2万亿元，比上年同期增长4.8个百分点。",
    "截至今年6月底，累计完成固定资产投资3000亿元，占全年计划的52%。",
    "社会消费品零售总额达到1530亿元，网上零售额增长12.3%。",
]


@pytest.mark.parametrize(
    ("region", "sentences"),
    [
        (["hk", "HKD", "source"], SENTENCES),
        (None, []),
        (None, ["壹", "a\x1fb", "\ud800 lone surrogate", "ｆｕｌｌ　ｗｉｄｔｈ", "😀" * 3]),
    ],
)
def test_packing_round_trips(region, sentences):
    assert unpack_detail(pack_detail(region, sentences)) == (region, sentences)


def test_the_dictionary_is_used():
    words = index_module._sentence_dictionary()
    assert len(words) > 16_000  # present and near deflate's window (32 KiB)
    plain = json.dumps([None, SENTENCES], ensure_ascii=False, separators=(",", ":")).encode()
    assert len(pack_detail(None, SENTENCES)) < len(zlib.compress(plain, 9)) * 0.95


@pytest.mark.parametrize(
    "blob",
    [
        zlib.compress(json.dumps([None, SENTENCES], ensure_ascii=False).encode(), 9),  # schema 22's rows
        b"",
        b"\x00\x01\x02garbage",
        pack_detail(None, SENTENCES)[:-3],  # cut short
    ],
)
def test_data_it_did_not_write_is_refused(blob):
    with pytest.raises(ValueError):
        unpack_detail(blob)


def _briefing(path: str, text: str) -> Briefing:
    start = text.index("3000")
    fig = Figure(
        kind="money", text="3000亿元", start=start, end=start + 6, value=3e11, unit="CNY", en="RMB 300 bn",
        sentence=text.split("\n")[0],
    )  # fmt: skip
    return Briefing(id=Path(path).stem, path=path, fingerprint=path, title="标题", text=text, figures=[fig])


def test_stored_details_come_back_and_go_with_their_briefing(tmp_path: Path):
    root = tmp_path / "root"
    root.mkdir()
    text = "累计完成固定资产投资3000亿元，占全年计划的52%。\n第二段。"
    with Index.open(tmp_path / "cache", root, "v1") as index:
        b = _briefing(str(root / "a.txt"), text)
        assert figure_detail(b) is not None
        index.store("a.txt", 1, 1, b)
        index.commit()
        doc = index._conn.execute("SELECT rowid FROM briefings WHERE relpath = 'a.txt'").fetchone()[0]
        details = index.figure_details([doc << index_module.FIG_BITS])
        assert details is not None
        (value, _low, _high, _qualifier, sentence, _region) = details[doc << index_module.FIG_BITS]
        assert (value, sentence) == (3e11, "累计完成固定资产投资3000亿元，占全年计划的52%。")
        (blob,) = index._conn.execute("SELECT data FROM figdetail WHERE doc = ?", (doc,)).fetchone()
        with pytest.raises(zlib.error):
            zlib.decompress(blob)  # not schema 22's zlib stream: the index reads only what it wrote
        assert index.prune(set()) == 1
        index.commit()
        assert index._conn.execute("SELECT count(*) FROM figdetail").fetchone()[0] == 0


def test_packing_copies_a_primed_compressor_and_gives_a_fresh_ones_bytes():
    """pack_detail copies one compressor given the dictionary (session 42): every blob is
    byte for byte what a compressor made for it alone gives, whatever was packed before."""
    words = index_module._sentence_dictionary()

    def fresh(region, sentences) -> bytes:
        data = json.dumps([region, sentences], ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "surrogatepass"
        )
        packer = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=words)
        return packer.compress(data) + packer.flush()

    cases = [(["hk", "HKD", "source"], SENTENCES), (None, []), (None, SENTENCES[::-1]), (None, SENTENCES * 40)]
    for region, sentences in cases * 2:  # again after the others: nothing carried over between calls
        assert pack_detail(region, sentences) == fresh(region, sentences)
