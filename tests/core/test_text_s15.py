"""Session 14's tester (F6) and session 15, article text (issue 12): decoding by line and by
word shape, and the text cleaner's cases, each written from general knowledge for a general
rule."""

from __future__ import annotations

import time

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.decode import decode_bytes
from briefreader.model import FATAL

GBK_LINE = "上海市统计局今天发布了第三季度经济数据。\n"
UTF8_LINE = "国内生产总值同比增长百分之五点二。\n"
BIG5_LINE = "臺北市政府今天公布本年度預算。\n"
BODY = [
    "许多商户在刚过去的这个周末发起一连两天的感谢日活动，呼吁市民光顾本地小店。",
    "主办单位估计活动总营业额超过一亿元，近两千家店铺登记参与，比去年多出四成。",
    "活动发起人在社交媒体上表示，希望借这次活动提醒市民关注小店所面对的压力。",
]


# --- a file in two encodings: each line read in its own -----------------------------------


@pytest.mark.parametrize(
    "data",
    [
        GBK_LINE.encode("gbk") + UTF8_LINE.encode("utf-8"),
        UTF8_LINE.encode("utf-8") + GBK_LINE.encode("gbk"),
        b"\xef\xbb\xbf" + UTF8_LINE.encode("utf-8") + GBK_LINE.encode("gbk"),
    ],
)
def test_a_file_of_one_gbk_line_and_one_utf8_line_is_read_and_marked(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is not None
    assert GBK_LINE in decoded.text and UTF8_LINE in decoded.text
    assert [p.kind for p in decoded.problems] == ["mixed_encoding"]
    b = ingest_bytes(data, id="mixed", path="mixed.txt", suffix=".txt")
    assert not {p.kind for p in b.problems} & FATAL
    assert "第三季度" in b.text and "百分之五点二" in b.text


def test_big5_lines_among_utf8_lines_are_read_as_big5() -> None:
    data = UTF8_LINE.encode("utf-8") * 2 + BIG5_LINE.encode("big5")
    decoded = decode_bytes(data)
    assert decoded.text is not None and BIG5_LINE in decoded.text


def test_a_line_no_encoding_reads_is_kept_as_damage_and_counted() -> None:
    data = UTF8_LINE.encode("utf-8") + GBK_LINE.encode("gbk") + b"\xff\xff\xff\n"
    decoded = decode_bytes(data)
    assert decoded.text is not None and GBK_LINE in decoded.text and UTF8_LINE in decoded.text
    assert "\ufffd" in decoded.text
    assert "1 in neither" in decoded.problems[0].message


def test_a_utf8_file_with_a_damaged_byte_is_not_read_as_a_mix() -> None:
    line = UTF8_LINE.encode("utf-8")
    data = line * 30 + line[:9] + b"\xff" + line[9:]
    decoded = decode_bytes(data)
    assert decoded.text is not None and decoded.encoding == "utf-8"
    assert "mixed_encoding" not in {p.kind for p in decoded.problems}


def test_reading_by_lines_is_bounded() -> None:
    data = (UTF8_LINE.encode("utf-8") + b"\xff\n") * 100_000  # 200,000 lines of a hostile mix
    start = time.perf_counter()
    decode_bytes(data)
    assert time.perf_counter() - start < 10


# --- single-byte Western text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Café crème brûlée costs 5 £ in München.\n", "latin-1"),  # tester s14 F6: "crčme brűlée … 5 Ł"
        ("Die Straße über Österreich, Größe 5 m². Ça coûte 5 £.\n", "cp1252"),
        ("Ølstykke og Århus, Þingvellir, Ísland, Færøerne.\n", "latin-1"),
        (
            "Rząd ogłosił nową reformę. Uczniowie uczą się w szkole, a nauczyciele są zadowoleni. "
            "Minister powiedział, że zmiany wejdą w życie w przyszłym roku.\n",
            "cp1250",
        ),
        ("Şişli’de güzel bir gün, öğrenciler çalışıyor.\n", "cp1254"),
        ("Привет, как дела? Сегодня хорошая погода в Москве.\n", "cp1251"),
    ],
)
def test_single_byte_text_is_read_in_the_page_whose_words_are_letters(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text


def test_a_guess_between_latin_pages_is_reported() -> None:
    decoded = decode_bytes("Café crème brûlée costs 5 £ in München.\n".encode("latin-1"))
    kinds = [p.kind for p in decoded.problems]
    assert kinds == ["encoding_guess"]
    b = ingest_bytes("Café crème brûlée costs 5 £ in München.\n".encode("latin-1"), id="l1", suffix=".txt")
    assert "encoding_guess" in {p.kind for p in b.problems}
    assert "crème" in b.text


# --- a page's head keeps its blocks apart ---------------------------------------------------


def test_the_lines_above_a_pages_article_keep_their_blocks_apart() -> None:
    # 12-meta s14 (dev s14_29): the head's blocks, joined by the cleaner as one wrapped sentence
    # ("…家世显赫播报文章语音播报文章，释放双眼管不饿关注"), hid the account's name from metadata
    from briefreader.ingest.clean import clean_text
    from briefreader.ingest.html import html_to_doc

    body = "".join(f"<p>{line}</p>" for line in BODY * 3)
    page = (
        "<!doctype html><html><head><title>t</title></head><body><div class='top'><a href='/'>首页</a></div>"
        "<div class='head'><h1>37岁丁俊晖身价过亿，住英国富人区，43岁妻子身材傲人，家世显赫</h1>"
        "<div>播报文章</div><div>语音播报文章，释放双眼</div>"
        "<div><a class='name' href='/u/1'>管不饿</a><div>关注</div><span>2024-05-08 23:23</span></div></div>"
        f"<div class='article'>{body}</div></body></html>"
    )
    doc = html_to_doc(page)
    assert BODY[0] in doc.text
    head = [line for line in clean_text(doc.head).split("\n") if line]
    assert "管不饿" in head and "关注" in head
