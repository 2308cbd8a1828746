"""A GB18030 or Big5 file with one damaged byte is read and reported, as UTF-8 with the same damage
is (tester s16 X3: one stray byte lost a whole 4.6 KB brief as "undecodable")."""

from __future__ import annotations

import pytest

from briefreader.hanzi import to_traditional
from briefreader.ingest import ingest_bytes
from briefreader.ingest.decode import decode_bytes

BRIEF = "\n\n".join(
    f"第{n}段：上海市杨浦区今年前三季度数字经济核心产业营业收入达到{n * 37}亿元，同比增长{n}.5%，"
    f"区内集聚相关企业{n * 12}余家，新建直播基地{n}个，带动就业超过{n * 1000}人。"
    for n in range(1, 21)
)


def damaged(encoding: str, how: str) -> bytes:
    text = BRIEF if encoding == "gbk" else to_traditional(BRIEF, "tw")
    data = text.encode(encoding)
    at = data.index(text[text.index("浦", len(text) // 2) - 1 :][:2].encode(encoding), len(data) // 2)
    if how == "stray":
        return data[:at] + b"\xff" + data[at:]
    return data[:at] + data[at + 1 :]  # one byte of a two-byte character lost


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
@pytest.mark.parametrize("how", ["stray", "half"])
def test_one_damaged_byte_loses_only_itself(encoding, how):
    decoded = decode_bytes(damaged(encoding, how))
    assert decoded.text is not None, decoded.problems
    assert decoded.text.count("\ufffd") <= 2
    assert decoded.text.count("杨浦区今年前三季度" if encoding == "gbk" else "楊浦區今年前三季度") >= 19
    briefing = ingest_bytes(damaged(encoding, how), id="x", suffix=".txt")
    assert "第20段" in briefing.text and "带动就业超过20000人" in briefing.text
    if how == "stray":  # a lost half may pair with its neighbour into valid (wrong) characters: nothing to see
        assert {p.kind for p in briefing.problems} & {"damaged_bytes", "mojibake"}


def test_bytes_that_read_as_nothing_stay_undecodable():
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    assert decode_bytes(noise).text is None
