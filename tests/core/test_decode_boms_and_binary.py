"""Guards what the decoder makes of a file's first bytes: a UTF-32 byte order mark is
told apart from the UTF-16 one it starts with, and bytes that are not text (an
encrypted or compressed file named .txt, no NUL and no known magic number) are
reported as binary instead of being decoded into noise."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.decode import decode_bytes

SAMPLE = Path(__file__).resolve().parents[2] / "briefings" / "000_6725c00bccd9a398.txt"
TEXT = SAMPLE.read_text("utf-8")[:600]  # the start of a real briefing (中国经济导报)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16", "utf-16-be", "utf-8-sig"])
def test_a_byte_order_mark_names_the_encoding(encoding: str):
    data = TEXT.encode(encoding)
    if encoding == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    decoded = decode_bytes(data)
    assert decoded.text == TEXT.replace("\ufeff", "")
    assert decoded.encoding.startswith(encoding.split("-sig")[0][:6])


def test_a_utf32_file_is_not_read_as_utf16():
    # FF FE 00 00 starts both the UTF-32 LE mark and a UTF-16 LE file: read as UTF-16 the
    # article would be every character followed by a NUL, i.e. nothing readable.
    b = ingest_bytes(TEXT.encode("utf-32"), id="000", path="000.txt", suffix=".txt")
    assert b.encoding == "utf-32-le"
    assert "信息消费" in b.text and not b.problems


def _noise(size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.choice(range(1, 256)) for _ in range(size))  # no NUL: the UTF-16 check does not see it


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bytes_that_are_not_text_are_binary(seed: int):
    data = _noise(4096, seed)
    decoded = decode_bytes(data)
    assert decoded.text is None
    assert [p.kind for p in decoded.problems] == ["binary"]


RARE_EARTHS = (
    "包头稀土高新区重点发展镧、铈、镨、钕、钐、铕、钆、铽、镝、钬、铒、铥、镱、镥、钪、钇"
    "等稀土元素的分离提纯，钕铁硼永磁材料产能超过10万吨。"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_full_of_rare_characters_is_text(encoding: str):
    # ~25% of its characters are outside the common set: it was reported as binary.
    decoded = decode_bytes(RARE_EARTHS.encode(encoding))
    assert (decoded.encoding, decoded.text) == ("utf-16", RARE_EARTHS)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_english_without_bom_is_read_in_its_own_byte_order(encoding: str):
    # Read in the other order, lowercase letters are CJK ideographs (0x6100 愀 …):
    # the reading with more common characters wins.
    text = "The State Council said on Tuesday that exports rose 7.5 percent in May.\n" * 3
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.encoding, decoded.text) == ("utf-16", text)


@pytest.mark.parametrize("seed", [4, 5])
def test_noise_with_nuls_is_not_read_as_utf16(seed: int):
    # What the UTF-16 check must keep out: random bytes score ~10% text-like either way round.
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(2000)) + b"\x00\x00"
    assert [p.kind for p in decode_bytes(data).problems] == ["binary"]
