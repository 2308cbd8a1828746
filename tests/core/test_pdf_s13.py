"""PDF (issue 12, session 13): real PDFs of the dev corpus (tests/data/realworld/dev,
provenance in SOURCES.md) read in order.

Word's PDF export, Distiller and iText set the font at size 1 and scale the text
matrix (some converters the other way: 319 Tf in a 0.05 matrix), so the type size
is the font size times the matrix's scale; justified and letter-spaced CJK is read
without the typesetter's spaces; a letterhead repeated at the same height on every
page, an OCR layer's page numbers, note marks set small and raised, a LegCo paper
stamp. The text is read with ``read_pdf`` (before the Simplified conversion)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")

from briefreader.ingest.pdf import read_pdf  # noqa: E402

DEV = Path(__file__).parents[1] / "data" / "realworld" / "dev"


def _read(stem: str):
    (path,) = DEV.glob(f"{stem}_*.pdf")
    (part,) = read_pdf(path.read_bytes())
    assert not part.problems
    return part, part.body.split("\n")


def test_justified_text_set_at_font_size_one_is_read_in_order() -> None:
    # iText, 1 Tf in a 10.5 matrix: every character was a run of its own, punctuation on lines apart
    part, paras = _read("s13_20")
    assert part.hints["title"] == "智慧交通聯盟就落實網約⾞服務的規管制度之意⾒書"
    assert any(
        p.startswith("智慧交通聯盟（下稱：本聯盟）歡迎並全力支持特區政府引入網約車服務的規管制度，亦認同")
        for p in paras
    )
    assert "平台在應用人臉辨識及相關生物特徵識別技術時，必須嚴格遵守《個人資料（私隱）條例》" in part.body
    assert not any(p.strip() in {"：", "，", "、", "。"} for p in paras)
    assert paras[-2:] == ["智慧交通聯盟", "2026年6月8日"]


def test_a_letter_spaced_cover_title_and_headings_are_words() -> None:
    # Distiller, per-character positioning; the cover title in spaced characters
    part, paras = _read("s13_23")
    assert part.hints["title"] == "中央政府振興經濟消費券發放特別決算審核報告"
    assert "審計部" in paras and "前言" in paras and "目錄" in paras
    assert "審計長 林慶隆" in paras  # a space a character wide is the writer's
    # a contents line (leaders to a page number) is a line of its own, however wide
    assert [p.split(".")[0] for p in paras if p.startswith(("丙、", "丁、")) and p.endswith(("13", "14"))] == [
        "丙、平衡表之查核",
        "丁、其他附表",
    ]
    # a foreword set double-spaced before a report set single: its lines are one paragraph
    assert (
        "中央政府振興經濟消費券發放特別決算，行政院於民國99年4月30日提出於監察院轉行到部，"
        "本部已於法定期限內，依法完成審核。"
    ) in paras


def test_a_report_set_at_a_scaled_size_keeps_its_lines_and_note_marks_apart() -> None:
    # 319 Tf in a 0.05 matrix: lines of two paragraphs were interleaved, note marks glued to numbers
    part, paras = _read("s13_08")
    assert part.hints["title"] == "2021年深圳市社会性别统计报告"
    assert paras[1:4] == ["深圳市统计局", "深圳市妇女儿童工作委员会", "深圳市性别平等促进办公室"]
    assert (
        "2021年，深圳市户籍人口⁴630.94万人，其中男性311.85万人，占全市户籍人口的49.4%；女性319.09万人，"
        "占全市户籍人口的50.6%，户籍人口性别比为97.73。"
    ) in paras
    assert "常住人口¹1761.48万人，其中男性969.57万人" in part.body
    assert "常住人口性别比²为122.44³。" in part.body
    assert "0.77‰⁵；出生人口性别比为113.39。" in part.body


def test_a_letterhead_on_every_page_is_not_text() -> None:
    part, paras = _read("s13_02")
    assert part.hints["title"] == "對網約車合法化的意見書"
    assert "flutic@hkflu.org.hk" not in part.body and "2777 9259" not in part.body
    # the paragraph the letterhead cut at the page break is one again
    assert "讓他們順利過渡至新規管環境，將有助維持網約車服務質素" in part.body
    assert paras[-2:] == ["香港運輸物流業工會聯會謹啟", "二零二六年六月十三日"]


def test_a_legco_paper_stamp_is_neither_text_nor_issuer() -> None:
    for stem in ("s13_02", "s13_11", "s13_20", "s13_35"):
        part, _ = _read(stem)
        assert part.hints["source"] == "", stem
        assert "CB(3)" not in part.body, stem


def test_an_ocr_layer_with_a_running_name_and_page_numbers() -> None:
    # Acrobat's OCR: invisible text, a type size estimated line by line (12.2 to 13.5)
    part, paras = _read("s13_35")
    assert part.hints["title"] == "滴滴就網約車服務相關附屬法例提交意見書"
    # the name set on all three pages is kept once, from the first, and is not the title
    assert paras.count("滴滴") == 1 and not any(p.strip().isdigit() for p in paras)
    assert "平台作為連接乘客、司機和車輛的重要—環，應在司機及車輛管理" in part.body
    assert "支持香港網約車服務在安全、有序及可持續的基礎上穩健運作。" in part.body


def test_latin_words_keep_their_spaces() -> None:
    part, _ = _read("s13_11")
    assert "（90th percentile，簡稱P90）" in part.body
    assert "Uber 香港團隊" in part.body
