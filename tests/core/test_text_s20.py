"""Session 20 (12-text): article text lost or chrome kept, found by the tester and the reviewer in session 19
and on the development corpus, each fixed by its general cause.

Every page and record here is written from the structure of real ones (not from the corpus gold)."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries

PARAS = [
    "2025年行至尾声，中国经济巨轮在乘风破浪中笃定前行。",
    "这是应变克难的一年。中国经济顶压前行、稳中求进，前三季度国内生产总值同比增长5.2%。",
    "这是勇开新局的一年。积极识变应变求变，集中力量办好自己的事。",
]


def _briefing(data: str, suffix: str):
    return ingest_entries(data.encode("utf-8"), id="t", suffix=suffix)[0]


# --- tester s19 T11: a JSON record whose paragraphs are an indent of wide spaces apart -------------------------
def test_a_records_paragraphs_set_apart_by_wide_spaces_are_paragraphs():
    for indent in ("\u2003\u2003", "\u3000\u3000"):
        content = indent.join(["原标题：应变克难开新局", *PARAS]) + indent + "文字记者：某某"
        b = _briefing(json.dumps({"title": "应变克难开新局", "date": "2025-12-08", "content": content}), ".json")
        lines = b.text.split("\n")
        for p in PARAS:
            assert p in lines, (indent, b.text)


def test_two_plain_spaces_after_a_chinese_sentence_end_a_paragraph_and_stay_inside_english():
    content = "  ".join(PARAS) + " The index rose.  It then fell."
    b = _briefing(json.dumps({"title": "应变克难开新局", "content": content}), ".json")
    lines = b.text.split("\n")
    assert PARAS[0] in lines and PARAS[1] in lines, b.text
    assert "The index rose. It then fell." in b.text


def test_a_flattened_pages_buttons_after_the_last_credit_go():
    content = (
        "\u2003\u2003".join(PARAS) + "\u2003\u2003海报设计：代云鹤 【纠错】    【责任编辑:邱丽芳】    阅读下一篇："
    )
    b = _briefing(json.dumps({"title": "应变克难开新局", "content": content}), ".json")
    assert "纠错" not in b.text and "阅读下一篇" not in b.text and "下一篇" not in b.text, b.text
    assert "海报设计：代云鹤" in b.text and PARAS[-1] in b.text
