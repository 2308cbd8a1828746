"""Kangxi radicals and compatibility ideographs are read as the ideographs they look like
(tester s20 T4: a LegCo submission made with Word wrote 车 as ⾞ U+2F9E, 见 as ⾒ U+2F92 and
一 as ⼀ U+2F00; search, OpenCC and the figures' numerals missed them)."""

from __future__ import annotations

from briefreader.figures import extract_figures
from briefreader.ingest import ingest_bytes
from briefreader.ingest.clean import clean_text, fold_lookalikes
from briefreader.query import filter_briefings


def test_radicals_are_the_simplified_ideographs() -> None:
    # ⾞ ⾒ ⼀ ⼆ ⼒ ⼝ ⽴ ⿑: Kangxi radicals, as the PDF's text layer gives them
    assert clean_text("网约⾞服务之意⾒书") == "网约车服务之意见书"
    assert fold_lookalikes("⼀、正视运⼒缺⼝；⼆、建⽴；三管⿑下") == "一、正视运力缺口；二、建立；三管齐下"


def test_compatibility_ideograph_and_others_unchanged() -> None:
    assert fold_lookalikes("\uf900") == "岂"  # 豈 U+F900, a compatibility ideograph
    plain = "网约车服务，ASCII text 123，⺀"  # ⺀ U+2E80 has no Unicode mapping: stays
    assert fold_lookalikes(plain) == plain


def test_a_title_and_body_with_radicals_are_found_by_their_words() -> None:
    data = "智慧交通联盟就网约⾞服务之意⾒书\n\n本联盟谨就网约⾞服务的规管细节提交以下意⾒，共⼗项。\n".encode()
    b = ingest_bytes(data, id="legco", suffix=".txt")
    assert b.title == "智慧交通联盟就网约车服务之意见书"
    assert "网约车服务的规管细节" in b.text and "⾞" not in b.text
    assert filter_briefings([b], "网约车 意见书", taxonomy={}) == [b]


def test_a_radical_numeral_is_a_number() -> None:
    b = ingest_bytes("新增企业⼆百家，投资三亿元。\n".encode(), id="n", suffix=".txt")
    assert any(f.value == 200 for f in extract_figures(b.text))
