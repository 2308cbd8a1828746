"""Guards the score threshold of legacy decoding on borderline input from both sides: a
bilingual UTF-8 release with one Latin-1 byte in it (the classic paste from an old web
page) also decodes as GB18030, where its Chinese becomes mojibake of middling
plausibility (涓婃捣 for 上海): it must be read as UTF-8 with one replacement character.
And genuine GB18030 full of rare characters (rare-earth element names) must still be
read as GB18030. The sentences are written for the purpose."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.decode import decode_bytes, plausibility

# Chinese names in an English text, every run an even number of characters (so the
# UTF-8 bytes pair up as GB18030), and "Fédération" typed in Latin-1.
ENGLISH = (
    "Shanghai (上海) hosted the Information Consumption Festival (信息消费) on 17 May. "
    "Exhibitors from Yangpu (杨浦), Xuhui (徐汇) and Zhangjiang (张江) showed livestream (直播) "
    "commerce (电商) and artificial intelligence (人工智能) projects. A delegation of the "
)
DATA = ENGLISH.encode("utf-8") + "Fédération".encode("latin-1") + b" Internationale attended."


def test_the_input_is_borderline():
    # The precondition that makes this test mean something: GB18030 accepts every byte,
    # and what it reads is neither clearly Chinese nor clearly noise.
    as_gb = DATA.decode("gb18030")
    assert "涓婃捣" in as_gb
    assert 0.3 <= plausibility(as_gb) < 0.6


def test_damaged_utf8_with_middling_gb18030_plausibility_stays_utf8():
    decoded = decode_bytes(DATA)
    assert decoded.encoding == "utf-8"
    assert decoded.text == ENGLISH + "F\ufffdd\ufffdration Internationale attended."


def test_the_reader_sees_the_chinese_names():
    b = ingest_bytes(b"Festival report\n\n" + DATA, id="bilingual", path="bilingual.txt", suffix=".txt")
    for name in ("上海", "信息消费", "杨浦", "徐汇", "张江", "直播", "电商", "人工智能"):
        assert name in b.text, name
    assert "涓婃捣" not in b.text


# A rare-earth industry notice in GB18030: the element names (镧 铈 镨 钕 …) are outside the
# most frequent characters, so genuine Chinese scores just above the threshold, and the
# general detector cannot name its encoding at all.
RARE_EARTHS = (
    "包头稀土高新区重点发展镧、铈、镨、钕、钐、铕、钆、铽、镝、钬、铒、铥、镱、镥、钪、钇"
    "等稀土元素的分离提纯，钕铁硼永磁材料产能超过10万吨。"
)


def test_genuine_gb18030_full_of_rare_characters_is_still_read():
    data = RARE_EARTHS.encode("gb18030")
    assert 0.6 <= plausibility(RARE_EARTHS) < 0.9  # borderline from above
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.text) == ("gb18030", RARE_EARTHS)
    b = ingest_bytes("稀土产业简报\n\n".encode("gb18030") + data, id="rare", path="rare.txt", suffix=".txt")
    assert "钕铁硼永磁材料" in b.text and not b.problems
