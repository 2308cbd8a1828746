"""Session 36 review findings (reviewer): each bug a strict xfail with the input it fails on, and an unmarked guard of
what a fix must keep. Inputs written for the probe in the shapes of real publishers' text and of real JSON records
(a scraped news list whose items carry their picture in a "src" field, a blog's closing credit line); each was run
against the start commit f5053497 (git archive, PYTHONPATH) and HEAD. No held-out folder, gold or figures set was read.
Notes: /work/notes/s36_review.md."""

from __future__ import annotations

import json

import pytest

_PARAGRAPH = (
    "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长5.2%，经济运行总体回升向好。专家认为，下一阶段宏观政策"
    "仍需加力，巩固经济回升势头。"
)


def _docs(text: str, suffix: str) -> list:
    from briefreader.ingest import ingest_entries

    return ingest_entries(text.encode("utf-8"), id="probe", path="probe" + suffix, suffix=suffix)


# ---------------------------------------------------------------------------------------------------------------------
# R1 (c32dea4e records._JSON_CARRIER, REGRESSION, medium-high: a nonsense source on every record of a set): a record's
# "src" field is read as its channel, and the channel as the source, whatever it holds. In JSON "src" is first of all a
# picture's or a file's address (an image block's "src", a scraped item's thumbnail: "1.jpg", "pic/20231018/a.jpg",
# "/uploads/2023/10/b.png"), or a translation pair's source language ("zh"). f5053497: no source (right: the records
# name none). HEAD: the source is "1.jpg", "pic/20231018/a.jpg", "/uploads/2023/10/b.png", "zh". Only a NAME (an
# outlet's or a column's: "新浪港股", "环球市场播报", dev s33_07) carries an item; a path, a file name, a code do
# not.
@pytest.mark.xfail(strict=True, reason="R1: a record's 'src' picture path read as its source (c32dea4e)")
@pytest.mark.parametrize("src", ["1.jpg", "pic/20231018/a.jpg", "/uploads/2023/10/b.png", "zh"])
def test_r1_a_records_src_address_or_code_is_no_source(src: str) -> None:
    rows = [
        {"title": "前三季度经济运行总体回升向好", "content": _PARAGRAPH, "src": src, "publish_time": "2023-10-18"},
        {"title": "九月份居民消费价格同比持平", "content": _PARAGRAPH, "src": src, "publish_time": "2023-10-13"},
    ]
    for suffix, data in (
        (".json", json.dumps(rows, ensure_ascii=False)),
        (".jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)),
    ):
        docs = _docs(data, suffix)
        assert len(docs) == 2
        assert all(src not in (d.source or "") for d in docs), (suffix, [d.source for d in docs])


def test_r1_guard_a_news_apis_src_column_name_is_the_carrier() -> None:
    # dev s33_07's shape (极速数据's 新浪 headlines): "src": "新浪港股" with no credit in the text
    item = {
        "title": "港股恒指高开重返2万点科技消费股爆发",
        "time": "2023-05-02",
        "src": "新浪港股",
        "url": "https://finance.example.cn/2023-05-02/detail-1.html",
        "content": f"<p>{_PARAGRAPH}</p>",
    }
    (d,) = _docs(json.dumps({"channel": "头条", "num": 1, "list": [item]}, ensure_ascii=False), ".json")
    assert d.source == "新浪港股"


# ---------------------------------------------------------------------------------------------------------------------
# R2 (c32dea4e metadata.rights_site / _last_resort_sources, REGRESSION, medium: a nonsense publisher): a closing line
# "<words> © 作者…" gives the words before the sign as the site, and the site as the (trusted) source. But the sign
# after a word and before 作者 closes many a post: a rights line "版权所有 © 作者保留所有权利。" (a textbook project's
# README, found as written in a public repository), "本文系原创 © 作者保留所有权利", a picture credit "题图 © 作者",
# "照片 © 作者", an end mark "全文完 © 作者小明 2021年4月". f5053497: no source. HEAD: "版权所有", "本文系原创", "题图",
# "照片", "全文完". What stands before the sign is a site only when it is a NAME, not a rights phrase, a picture's label
# or an end mark.
_R2_LINES = {
    "all_rights": ("版权所有 © 作者保留所有权利。", "版权所有"),
    "original": ("本文系原创 © 作者保留所有权利", "本文系原创"),
    "cover_picture": ("题图 © 作者", "题图"),
    "photo": ("照片 © 作者", "照片"),
    "end_mark": ("全文完 © 作者小明 2021年4月", "全文完"),
}


@pytest.mark.xfail(strict=True, reason="R2: the words before '© 作者' read as the site (c32dea4e)")
@pytest.mark.parametrize("kind", sorted(_R2_LINES))
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_r2_words_before_an_authors_rights_sign_are_no_site(kind: str, suffix: str) -> None:
    line, words = _R2_LINES[kind]
    head = "证监会为什么不要App？\n======================\n" if suffix == ".md" else "证监会为什么不要App？\n"
    (d,) = _docs(f"{head}\n{_PARAGRAPH}\n\n{_PARAGRAPH}\n\n{line}\n", suffix)
    assert words not in (d.source or "")


def test_r2_guard_a_personal_sites_name_before_its_authors_sign_is_the_source() -> None:
    # dev-retired29 s32h_09's shape: "大萌 © 202009" under the headline, "老生常谈 © 作者大萌 2020年9月" closing it
    text = (
        f"证监会为什么不要App？\n======================\n大萌 © 202009\n\n　　{_PARAGRAPH}\n\n　　{_PARAGRAPH}\n\n"
        "\t老生常谈 © 作者大萌 2020年9月\n\t知识共享 署名-非演绎 4.0\n"
    )
    (d,) = _docs(text, ".md")
    assert d.source == "老生常谈"
