"""Session 16, article text (issue 12): prose that names tags is not markup (tester s15 F2),
each case written from general knowledge for a general rule."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest

from briefreader.ingest import ingest_bytes, original_view
from briefreader.ingest.html import looks_like_html

NOTES = [
    "网页结构笔记",
    "第一段：我们今天学习网页的基本结构，这一段必须保留。",
    "<div> 标签可以把文档分割为独立的、不同的部分。",
    "第三段：<br> 可插入一个简单的换行符。这一段也必须保留。",
    "第四段：结束。",
]


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# --- prose that names tags is read as prose (tester s15 F2) --------------------------------


def test_a_word_document_that_names_tags_keeps_every_paragraph_as_written() -> None:
    b = ingest_bytes(_docx(NOTES), id="notes", path="notes.docx", suffix=".docx")
    assert b.title == "网页结构笔记"
    assert _lines(b.text) == NOTES[1:]


def test_a_word_document_quoting_whole_elements_is_still_its_paragraphs() -> None:
    # a Word paragraph is text whatever it holds: even markup typed (or pasted) into it
    paras = [
        "抓取笔记",
        "页面中的评分写作：",
        '<div class="rating"><span class="star">5</span></div>',
        "解析后得到5分。",
    ]
    b = ingest_bytes(_docx(paras), id="notes", path="notes.docx", suffix=".docx")
    assert [line for line in _lines(b.text) if line in paras] == [p for p in paras if p != b.title]
    assert paras[2] in b.text.split("\n") + [b.title]


def test_the_original_view_of_a_word_document_keeps_its_paragraphs_and_tags() -> None:
    b = ingest_bytes(_docx(NOTES), id="notes", path="notes.docx", suffix=".docx")
    view = original_view(b)
    for p in NOTES:
        assert p in view.split("\n")


def test_a_plain_text_file_that_names_tags_keeps_its_lines() -> None:
    data = "\n\n".join(NOTES).encode("utf-8")
    b = ingest_bytes(data, id="notes", path="notes.txt", suffix=".txt")
    assert b.format == "text"
    assert _lines(b.text) == NOTES[1:]


def test_a_plain_text_mail_that_names_tags_keeps_its_lines() -> None:
    msg = EmailMessage()
    msg["Subject"] = "网页结构笔记"
    msg["From"] = "学习小组 <notes@example.org>"
    msg["Date"] = "Tue, 02 Dec 2025 09:00:00 +0800"
    msg.set_content("\n\n".join(NOTES[1:]))
    b = ingest_bytes(msg.as_bytes(), id="mail", path="mail.eml", suffix=".eml")
    assert _lines(b.text) == NOTES[1:]


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(NOTES),
        "在正文中用 `<p>` 包住段落，用 `<br>` 换行。\n第二行说明。",
        "表格由“<table>”和“<tr>”组成。\n每行写一个“<td>”。\n完。",
        "Use the <p> tag for paragraphs and the <br> element for a line break.\nThat is all.",
    ],
)
def test_prose_naming_tags_is_not_markup(text: str) -> None:
    assert not looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "<p>第一段，全文在此。</p><p>第二段，也在此。</p>",  # a fragment on one line
        "第一段文字，全文在此。<br>第二段文字，也在此。<br>第三段。",  # a record's <br> paragraphs
        "<div>\n<p>第一段，\n写了两行。</p>\n<p>第二段，\n也写了两行，\n还有第三行。</p>\n</div>",  # wrapped by hand
        "<!DOCTYPE html>\n<title>标题</title>\n正文只有一行，没有段落标签。\n又一行。\n再一行。",
        '\ufeff<?xml version="1.0"?>\n<html><body>正文</body></html>',
        '<p style="text-align: justify;">澳門特別行政區政府今日公布。</p>\n<p style="text-align: justify;">全文如下。</p>',
    ],
)
def test_markup_is_still_markup(text: str) -> None:
    assert looks_like_html(text)
