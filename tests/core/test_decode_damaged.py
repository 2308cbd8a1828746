"""A page whose declared charset is right but which holds a few damaged bytes is read in
that charset, the damage replaced and reported; a declaration that does not fit (many
failures) still goes to detection; a file that decodes to nothing (a UTF-16 mark and a
stray byte) is an empty file, never a briefing titled U+FFFD.

Found on real pages declaring gb2312 with 2 and 12 invalid byte sequences
(immortal-autumn/Chinese-Web-Content-Extraction-Dataset, see /work/notes/s8_12text_alert.md);
the sentences here are written for the purpose, the damage put in by hand."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.decode import decode_bytes
from briefreader.model import FATAL

TITLE = "前三季度全国工业生产稳中有升"
PARAGRAPHS = [
    "记者从国家统计局获悉，今年前三季度全国规模以上工业增加值同比增长百分之五点八，比上半年加快零点三个百分点。",
    "分行业看，电子设备制造业、汽车制造业和电气机械行业增长较快，高技术制造业增加值占全部工业的比重继续提高。",
    "分地区看，东部地区工业生产保持平稳，中部和西部地区增速快于全国平均水平，东北地区降幅明显收窄。",
    "国家统计局新闻发言人表示，当前经济运行中仍面临一些困难和挑战，但长期向好的基本面没有改变。",
    "下一步，各地区各部门将继续落实好各项政策措施，巩固和增强经济回升向好态势，推动工业经济高质量发展。",
]

DECLARATIONS = {
    "meta charset": '<meta charset="{cs}">',
    "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset={cs}">',
}


def _page(declaration: str, charset: str, paragraphs=PARAGRAPHS, title=TITLE) -> str:
    head = DECLARATIONS[declaration].format(cs=charset)
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs * 4)  # ~2.5 KB: a short article page
    return f"<html><head>{head}<title>{title}</title></head>\n<body><h1>{title}</h1>\n{body}</body></html>"


def _damage(data: bytes, marker: bytes, bad: bytes) -> bytes:
    """Put ``bad`` in before the first occurrence of ``marker`` (a character's bytes)."""
    at = data.index(marker)
    return data[:at] + bad + data[at:]


def _gb_damaged(declaration: str = "meta charset", charset: str = "gb2312") -> bytes:
    data = _page(declaration, charset).encode("gb2312")
    # a byte no GB code has, and a lead byte cut from its trail byte (B0 then a space)
    data = _damage(data, "获悉".encode("gb2312"), b"\xff")
    return _damage(data, "基本面".encode("gb2312"), b"\xb0 ")


@pytest.mark.parametrize("declaration", sorted(DECLARATIONS))
@pytest.mark.parametrize("charset", ["gb2312", "GBK", "gb18030"])
def test_a_declared_gb_page_with_a_few_damaged_bytes_is_read_as_gb(declaration: str, charset: str):
    data = _gb_damaged(declaration, charset)
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb18030")  # the precondition: strict decoding fails
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text is not None
    assert decoded.text.count("\ufffd") == 2
    for p in PARAGRAPHS[1:3]:  # undamaged paragraphs read exactly
        assert p in decoded.text
    assert [p.kind for p in decoded.problems] == ["damaged_bytes"]
    assert "2" in decoded.problems[0].message


def test_the_reader_gets_the_article_and_a_damage_problem():
    b = ingest_bytes(_gb_damaged(), id="gb", path="gb.html", suffix=".html")
    assert b.title == TITLE
    assert PARAGRAPHS[1] in b.text and PARAGRAPHS[4] in b.text
    kinds = {p.kind for p in b.problems}
    assert "damaged_bytes" in kinds and not kinds & FATAL


def test_an_xml_declaration_counts_too():
    items = "".join(
        f"<item><title>第{i}条</title><description>{p}</description></item>" for i, p in enumerate(PARAGRAPHS * 3)
    )
    xml = f'<?xml version="1.0" encoding="gb2312"?>\n<rss version="2.0"><channel><title>{TITLE}</title>{items}</channel></rss>'
    data = _damage(xml.encode("gb2312"), "获悉".encode("gb2312"), b"\x80")
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text is not None and PARAGRAPHS[2] in decoded.text
    assert [p.kind for p in decoded.problems] == ["damaged_bytes"]


def test_an_encoding_attribute_on_the_first_tag_counts_too():
    # how a corpus wraps each page (the real zol.com.cn page that read as Cyrillic had only this)
    page = _page("meta charset", "gb2312").replace('<meta charset="gb2312">', "")
    wrapped = f'<text id="http://bbs.example.com/1.shtml" title="{TITLE}" encoding="gb2312">\n{page}\n</text>'
    data = _damage(wrapped.encode("gb2312"), "基本面".encode("gb2312"), b"\xb0 ")
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text is not None and PARAGRAPHS[0] in decoded.text
    assert [p.kind for p in decoded.problems] == ["damaged_bytes"]


BIG5_PARAGRAPHS = [
    "立法會財務委員會今日通過撥款申請，政府將在未來三年投入資金改善公共交通設施。",
    "運輸及物流局局長表示，新措施可以縮短市民的候車時間，並且減少路面擠塞的情況。",
    "有議員關注工程費用是否合理，要求當局定期向委員會匯報進度及開支的詳細資料。",
]


def test_a_declared_big5_page_with_a_damaged_byte_is_read_as_big5():
    page = _page("meta charset", "big5", BIG5_PARAGRAPHS, "財委會通過交通撥款")
    data = _damage(page.encode("big5"), "議員".encode("big5"), b"\xff")
    decoded = decode_bytes(data)
    assert decoded.encoding in ("big5hkscs", "cp950", "big5")
    assert decoded.text is not None and decoded.text.count("\ufffd") == 1
    assert BIG5_PARAGRAPHS[0] in decoded.text and BIG5_PARAGRAPHS[1] in decoded.text
    assert [p.kind for p in decoded.problems] == ["damaged_bytes"]


RUSSIAN = (
    "Москва, 12 мая. Правительство утвердило новую программу развития транспорта, "
    "которая предусматривает строительство дорог и мостов в ближайшие годы. "
)


def test_a_wrong_declaration_still_goes_to_detection():
    # Russian in cp1251 under a gb2312 label: GB18030 fails on nearly every word end
    # (a lead byte followed by a space), far more than a few damaged bytes.
    page = f'<html><head><meta charset="gb2312"><title>Новости</title></head><body><p>{RUSSIAN * 6}</p></body></html>'
    data = page.encode("cp1251")
    decoded = decode_bytes(data)
    assert decoded.encoding != "gb18030"
    assert decoded.text is not None and "Правительство утвердило" in decoded.text
    assert "damaged_bytes" not in {p.kind for p in decoded.problems}


def test_a_gb_page_mostly_broken_is_not_passed_off_as_lightly_damaged():
    # one damaged byte in every paragraph: a declared charset this far off is not read
    # as "a few damaged bytes"
    data = _page("meta charset", "gb2312").encode("gb2312")
    data = data.replace("，".encode("gb2312"), b"\xff\xff")
    decoded = decode_bytes(data)
    assert "damaged_bytes" not in {p.kind for p in decoded.problems}


@pytest.mark.parametrize("data", [b"\xff\xfe", b"\xff\xfe \x00\n\x00", b"\xef\xbb\xbf\n"])
def test_a_byte_order_mark_with_nothing_after_it_is_an_empty_file(data: bytes):
    decoded = decode_bytes(data)
    assert decoded.text is None
    assert [p.kind for p in decoded.problems] == ["empty"]
    b = ingest_bytes(data, id="bom-only", path="bom-only.txt", suffix=".txt")
    assert "\ufffd" not in b.title
    assert "empty" in {p.kind for p in b.problems}


@pytest.mark.parametrize("data", [b"\xff\xfe\x00", b"\xfe\xff\x00", b"\xff\xfe\x00\xd8"])
def test_a_byte_order_mark_with_only_damaged_bytes_after_it_is_undecodable_not_empty(data: bytes):
    # tester s14 F6: `printf '\xff\xfe\x00' | briefreader figures --stdin` said "standard input is empty"
    decoded = decode_bytes(data)
    assert decoded.text is None
    assert [p.kind for p in decoded.problems] == ["undecodable"]
    b = ingest_bytes(data, id="bom-only", path="bom-only.txt", suffix=".txt")
    assert "\ufffd" not in b.title
    assert "undecodable" in {p.kind for p in b.problems}


def test_a_utf16_file_with_text_after_its_mark_is_still_read():
    data = "\ufeff简报：出口增长".encode("utf-16-le") + b"\x00"  # a stray byte after real text
    decoded = decode_bytes(data)
    assert decoded.text is not None and decoded.text.startswith("简报：出口增长")
