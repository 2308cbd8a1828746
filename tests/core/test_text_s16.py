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


def test_a_rootless_page_with_a_long_script_is_markup() -> None:
    # review s16 R1: a script's or a style's lines are no lines of text
    script = "<script>\n" + "var a = 1;\n" * 200 + "</script>\n"
    text = '<meta charset="utf-8">\n<title>测试新闻标题</title>\n' + script + "<p>第一段正文。</p>\n<p>第二段。</p>\n"
    assert looks_like_html(text)


# --- Chinese read as Latin-1/Windows-1252 and saved again, read back (tester s15 F3) ----------

STATS = "上海市统计局发布数据，一季度全市生产总值增长5.2%，规模以上工业增加值达到3000亿元。"
TRAD = "臺北市政府今天公布本年度預算，總額為新臺幣1,800億元，較去年增加百分之三。"


def _sloppy_cp1252(data: bytes) -> str:
    """What Windows shows: cp1252, its five undefined bytes as C1 controls."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)


def _kinds(b) -> list[str]:
    return [p.kind for p in b.problems]


@pytest.mark.parametrize(
    ("inner", "shown"),
    [
        ("utf-8", lambda d: d.decode("latin-1")),  # "ä¸\x8aæµ·": C1 controls the cleaner would strip
        ("utf-8", _sloppy_cp1252),  # "ä¸Šæµ·"
        ("gbk", lambda d: d.decode("latin-1")),  # "ÉÏº£ÊÐ"
        ("gbk", _sloppy_cp1252),
    ],
)
def test_double_decoded_chinese_is_read_back_and_reported(inner, shown) -> None:
    moji = shown(STATS.encode(inner))
    b = ingest_bytes(("统计快报\n\n" + moji + "\n").encode("utf-8"), id="m", path="m.txt", suffix=".txt")
    assert STATS in b.text
    assert "mojibake_repaired" in _kinds(b)
    assert inner.replace("gbk", "gb18030") in next(p.message for p in b.problems if p.kind == "mojibake_repaired")


def test_double_decoded_big5_mail_subject_and_body_are_read_back() -> None:
    subject = "(大補泡麵專賣) 每日聽MP3 (2004年6月份)"
    moji = lambda s: s.encode("big5").decode("latin-1")  # noqa: E731
    mail = (
        "From: sender@example.net\nTo: someone@example.org\nSubject: " + moji(subject) + "\n"
        'Content-Type: text/plain; charset="big5"\n\n' + moji(TRAD) + "\n"
    ).encode("utf-8")
    b = ingest_bytes(mail, id="mail", path="mail.eml", suffix=".eml")
    assert "大补泡面专卖" in b.title  # Simplified, as every title is kept
    assert "台北市政府今天公布本年度预算" in b.text
    assert "mojibake_repaired" in _kinds(b)


def test_a_repaired_line_beside_real_chinese_is_read_back_alone() -> None:
    text = "标题：统计快报\n" + STATS.encode("utf-8").decode("latin-1") + "\n结束。\n"
    b = ingest_bytes(text.encode("utf-8"), id="m", path="m.txt", suffix=".txt")
    assert STATS in b.text and "统计快报" in b.title + b.text and "结束。" in b.text


@pytest.mark.parametrize(
    "text",
    [
        "Café crème brûlée, 5 £ la portion — très bon. Müller über Größe: Straße, Äpfel.",
        "¿Qué año? Añadió el señor Núñez. Příliš žluťoučký kůň úpěl ďábelské ódy. São Paulo, ação.",
        "Prix chez Société Générale ® ™ « citation » · × ÷ ± ¼ — 12,50 € TTC, 30 °C, µg/m³.",
        # "——" thrice in a page's script: 0x97 0x97 would read as GBK 棗棗棗
        "<script>if (t.indexOf('——') > -1) { h = '<span>——</span>'; t = t.replace(/——/g, h); }</script>"
        "<p>新华社北京电　国务院新闻办公室今天举行发布会。</p>",
        "上海市统计局——一季度数据。×× 两项指标 ©新华网",
    ],
)
def test_latin_text_and_chinese_with_symbols_are_left_as_written(text: str) -> None:
    b = ingest_bytes(text.encode("utf-8"), id="t", path="t.txt", suffix=".txt")
    assert "mojibake_repaired" not in _kinds(b)
    for word in ("Müller", "Société", "Núñez", "新华社北京电", "上海市统计局——一季度数据"):
        assert word not in text or word in b.text + b.title


def test_the_repair_is_said_in_chinese() -> None:
    from briefreader.tui.i18n import problem_text

    kind, message = problem_text(
        "mojibake_repaired",
        "text that had been read as Latin-1/Windows-1252 and saved again: 2 spans read back as gb18030",
        "zh",
    )
    assert kind == "乱码已修复" and message == "曾被按 Latin-1/Windows-1252 误读后又保存的文字：2 处已按 gb18030 复原"


# --- a digest's <article>s are all its text; another story's goes (review s15 R21) -----------


def _item(n: int, topic: str, tag: str = "h2") -> str:
    return (
        f"<article><{tag}>要闻{n}：{topic}</{tag}><p>{topic}方面，有关部门今天发布了最新数据。数据显示，相关指标同比增长{n}%。"
        f"专家认为，这一变化反映出经济运行的积极态势。下一步还将继续出台配套措施。</p><p>另据了解，{topic}领域的多项改革"
        f"正在稳步推进，地方政府也在加快落实相关政策，确保各项措施落地见效。业内人士表示，今年下半年{topic}有望继续保持平稳增长。"
        f"</p></article>"
    )


TOPICS = ["消费", "投资", "出口", "就业"]


@pytest.mark.parametrize("masthead", ["", "<header><h1>某某日报</h1></header>"])
def test_a_digest_of_articles_under_one_headline_keeps_every_item(masthead: str) -> None:
    items = "".join(_item(i, t) for i, t in enumerate(TOPICS, 1))
    page = (
        f"<html><head><title>今日早报</title></head><body>{masthead}<main><h1>今日早报</h1>{items}</main></body></html>"
    )
    b = ingest_bytes(page.encode(), id="digest", path="digest.html", suffix=".html")
    for n, topic in enumerate(TOPICS, 1):
        assert f"{topic}领域的多项改革" in b.text, n


@pytest.mark.parametrize("inside", [False, True])
def test_the_next_story_under_its_own_headline_still_goes(inside: bool) -> None:
    first, second = _item(1, "消费", "h1" if inside else "h2"), _item(2, "投资", "h1" if inside else "h2")
    body = first + second if inside else f"<h1>要闻1：消费</h1>{first}<h1>要闻2：投资</h1>{second}"
    page = f"<html><head><title>要闻1：消费</title></head><body><main>{body}</main></body></html>"
    b = ingest_bytes(page.encode(), id="story", path="story.html", suffix=".html")
    assert "消费领域的多项改革" in b.text and "投资领域" not in b.text


# --- a closing paragraph beside a 分享 button and a #top link stays (review s15 R14) -----------


def test_a_last_paragraph_beside_a_share_button_and_a_top_link_stays() -> None:
    para = "<p>第{0}段：今年以来，全市经济运行总体平稳，工业生产持续恢复，消费市场逐步回暖，就业形势保持稳定。</p>"
    body = "".join(para.format(i) for i in range(1, 7))
    page = (
        f"<html><body><article><h1>全市经济运行平稳</h1>{body}<div><p>下一步，市政府将继续加大政策支持力度，"
        "确保全年目标任务顺利完成。</p><a href='#top'>返回顶部</a><button>分享</button></div></article></body></html>"
    )
    b = ingest_bytes(page.encode(), id="a", path="a.html", suffix=".html")
    assert "确保全年目标任务顺利完成" in b.text
    assert "返回顶部" not in b.text and "分享" not in b.text


def test_a_consent_banner_with_a_skip_link_and_a_button_still_goes() -> None:
    para = "<p>第{0}段：今年以来，全市经济运行总体平稳，工业生产持续恢复，消费市场逐步回暖，就业形势保持稳定。</p>"
    banner = (
        "<div><a href='#end-of-embed'>跳过 Instagram 帖子</a><div><p>此文包含Instagram提供的内容。由于这些内容会使用曲奇等科技，"
        "我们在加载任何内容前会寻求您的认可。希望阅读上述内容，请点击“接受并继续”。</p><button>接受并继续</button></div>"
        "<span id='end-of-embed'>结尾 Instagram 帖子</span></div>"
    )
    head, tail = "".join(para.format(i) for i in range(1, 4)), "".join(para.format(i) for i in range(4, 7))
    page = f"<html><body><article><h1>全市经济运行平稳</h1>{head}{banner}{tail}</article></body></html>"
    b = ingest_bytes(page.encode(), id="a", path="a.html", suffix=".html")
    assert "第6段" in b.text and "寻求您的认可" not in b.text


def test_signs_beside_real_chinese_are_not_read_as_gbk() -> None:
    # review s16 R9: any byte pair B0-F7 A1-FE is a GB2312 hanzi; "¼¹²³" beside hanzi is two of them
    from briefreader.ingest.mojibake import undo_double_decoding

    for text in ("细颗粒物浓度 µg/m³，¼¹²³ 左右。", "µg/m³，¼¹²³"):
        assert undo_double_decoding(text) == (text, None)


def test_the_search_for_damage_stays_within_its_reach() -> None:
    # review s16 R10: a long text whose start is Chinese is searched in its start only (7 MB: 18 s)
    import time

    from briefreader.ingest.mojibake import undo_double_decoding

    text = "中ÀÁ" * 1_000_000
    started = time.perf_counter()
    undo_double_decoding(text)
    assert time.perf_counter() - started < 3.0


def test_git_conflict_marks_are_no_text() -> None:
    # dev s16_50: a page committed after a bad merge, ">>>>>>> upstream/main" between its blocks
    page = (
        "<html><body><article><h1>消防处回应</h1><p>消防处今日表示，事发大厦的火警钟未有响起，正调查原因。</p>\n"
        "<<<<<<< HEAD\n<p>消防处将于下周公布初步调查结果，并检讨现行巡查安排。</p>\n=======\n"
        "<p>消防处将于下周公布调查结果。</p>\n>>>>>>> upstream/main\n</article></body></html>"
    )
    b = ingest_bytes(page.encode(), id="p", path="p.html", suffix=".html")
    assert "检讨现行巡查安排" in b.text and "调查结果。" in b.text
    assert not any(mark in b.text for mark in ("<<<<<<<", "=======", ">>>>>>>", "upstream/main"))
