"""A file that declares Big5 and holds a few bytes of another encoding (an RTHK feed with one UTF-8 ’ in an
English name) is read as Big5 with those bytes marked damaged, not whole as GB18030, which takes almost any bytes
(dev s18_31: every entry's title was mojibake)."""

from __future__ import annotations

from briefreader.ingest.decode import decode_bytes

BODY = "警方表示，稍後將會交代事件詳情。行政長官梁振英今日表示，政府會繼續推動政改。" * 20


def _feed(middle: bytes) -> bytes:
    head = '<?xml version="1.0" encoding="big5"?>\n<rss version="2.0"><channel><title>即時新聞</title><item><title>'
    return (
        head.encode("big5")
        + "解款車遺錢箱 警稱拘捕2人".encode("big5")
        + b"</title><description>"
        + BODY.encode("big5")
        + middle
        + BODY.encode("big5")
        + b"</description></item></channel></rss>"
    )


def test_a_declared_big5_file_with_a_stray_utf8_quote_is_read_as_big5() -> None:
    decoded = decode_bytes(_feed("the company’s chairman".encode("utf-8")))
    assert decoded.encoding.startswith("big5"), decoded.encoding
    assert decoded.text is not None and "解款车" not in decoded.text and "解款車遺錢箱" in decoded.text
    assert BODY in decoded.text
    assert [p.kind for p in decoded.problems] == ["damaged_bytes"]


def test_a_clean_declared_big5_file_has_no_problem() -> None:
    decoded = decode_bytes(_feed(b"the company's chairman"))
    assert decoded.encoding.startswith("big5") and decoded.problems == []
    assert decoded.text is not None and "解款車遺錢箱" in decoded.text
