"""Session 30 (12-text): a terminal's colour codes are taken out of a file's BYTES before decoding (a bulletin
board colours a Big5 character's two bytes apart: no codec read it as written), and their residue without ESC
out of the text (two codes at least, never after a written notation of ESC); a corpus of tab-separated lines
("时政\t<the article>": THUCNews' cnews sets, dev s30_01) is read as records, one briefing a line, not one text
whose lines run together; a paged document's text (a PDF's, copied) loses its page numbers and the running heads
beside them, and a line cut before a closing mark goes on the line above; a Word list's numbers (numbering.xml:
"一、", "（一）", "1.") are read as Word draws them (dev s30_07), a form field left at its template default and a
content control showing its placeholder are no text (dev s30_09); an API's answer wrapping a list of headlines with
Unix stamps is read as its records (dev s30_06, s30_10); a page's source pasted as HTML code under a Markdown item's
own text is not shown (dev-retired25 s28h_06).

The files are written here in the shapes of those dev files; the guards keep a tutorial's escape notation, a
writer's single bracket, UTF-16 text, tab-separated tables that are no corpus, a page's section numbers, a typed
number, a filled-in form field, a number that is no plausible day, and an HTML snippet a document explains."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes, ingest_entries

_LINES = [
    (
        "时政",
        "台湾南投县发生5.3级地震新华网北京7月26日电 据国家地震台网测定，北京时间2009年7月26日09时00分，"
        "在台湾南投县发生5.3级地震，震源深度约6公里。震中距南投县城约40公里，距台北市约160公里。",
    ),
    (
        "社会",
        "北京市召开春季植树动员大会新华网北京3月2日电 北京市今天召开春季植树动员大会，部署今年的全民义务植树工作。"
        "会议要求各区做好苗木准备和组织工作。",
    ),
    (
        "时政",
        "台湾花莲海域发生5.2级地震新华网北京7月16日电 据国家地震台网测定，北京时间2009年7月16日18时48分，"
        "在台湾花莲海域发生5.2级地震，震源深度约10公里。震中距花莲县约70公里，距台北市约130公里。",
    ),
]


def test_a_corpus_of_tab_separated_lines_is_one_briefing_a_line() -> None:
    data = "\n".join(f"{label}\t{text}" for label, text in _LINES).encode("gb18030")
    got = ingest_entries(data, id="cnews.txt", suffix=".txt")
    assert len(got) == 3
    for b, (label, text), other in zip(got, _LINES, [_LINES[1], _LINES[2], _LINES[0]], strict=True):
        assert b.title == text[: text.index("新华网")]
        assert text[text.index("电 ") + 2 : text.index("，")] in b.text
        assert other[1][:8] not in b.text  # the next line's headline is no part of it
        assert not b.text.startswith(label)


def test_a_headline_column_is_the_title() -> None:
    rows = [
        (
            "https://news.example.cn/a/1.html",
            "2024-03-01",
            "市政府召开常务会议部署春耕",
            "会议指出，要抓好春耕备耕各项工作，确保粮食生产稳定。会议还研究了其他事项。" * 2,
        ),
        (
            "https://news.example.cn/a/2.html",
            "2024-03-02",
            "全市中小学开学首日平稳有序",
            "今天，全市中小学迎来新学期开学，各校做好了安全检查和疫情防控准备工作。" * 2,
        ),
    ]
    data = "\n".join("\t".join(row) for row in rows).encode()
    got = ingest_entries(data, id="scrape.txt", suffix=".txt")
    assert [b.title for b in got] == [row[2] for row in rows]
    assert [str(b.date) for b in got] == ["2024-03-01", "2024-03-02"]


@pytest.mark.parametrize(
    "text",
    [
        # a table of figures: no field is an article
        "地区\t产值（亿元）\t增长\n北京\t4.1\t5.2%\n上海\t4.7\t5.0%\n广州\t3.0\t4.6%\n",
        # prose with a tab in one line only
        "今天召开了全市经济工作会议，会议总结了全年工作。\t会议还部署了明年的重点任务，要求各部门抓好落实。\n"
        "会议强调，要坚持稳中求进工作总基调，推动高质量发展取得新成效。\n",
    ],
)
def test_tab_separated_text_that_is_no_corpus_stays_one_document(text: str) -> None:
    assert len(ingest_entries(text.encode(), id="t.txt", suffix=".txt")) == 1


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered_notice() -> bytes:
    import io

    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {_W} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def item(text: str, level: int) -> None:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    d.add_paragraph("关于做好2024年度安全生产工作的通知")
    d.add_paragraph("各有关单位：现将有关事项通知如下。")
    item("总体要求", 0)
    item("坚持安全第一、预防为主。", 1)
    item("压实各方责任。", 1)
    item("重点任务", 0)
    item("开展隐患排查整治。", 1)
    item("三、保障措施", 0)  # its number typed as well: written once
    for text in ("第一项", "第二项", "第三项"):
        d.add_paragraph(text, style="List Number")  # numbered by its style
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_lists_numbers_are_read_as_word_draws_them() -> None:
    lines = ingest_bytes(_numbered_notice(), id="n.docx", suffix=".docx").text.splitlines()
    for line in [
        "一、总体要求",
        "（一）坚持安全第一、预防为主。",
        "（二）压实各方责任。",
        "二、重点任务",
        "（一）开展隐患排查整治。",
        "三、保障措施",
        "1.第一项",
        "2.第二项",
        "3.第三项",
    ]:
        assert line in lines


def test_an_api_answers_list_of_headlines_with_unix_stamps() -> None:
    import json

    items = [
        {"id": "30493098", "title": "体总：周继红、张晓蓬按国家有关规定办理退休手续", "hot": 307,
         "timestamp": 1742977112706, "url": "https://www.thepaper.cn/newsDetail_forward_30493098"},
        {"id": "30500332", "title": "美总统特朗普宣布对所有进口汽车征收25%关税", "hot": 185,
         "timestamp": 1743025521570, "url": "https://www.thepaper.cn/newsDetail_forward_30500332"},
        {"id": "30500333", "title": "国务院常务会议研究部署春耕生产", "hot": 99,
         "timestamp": 1743025521, "url": "https://www.thepaper.cn/newsDetail_forward_30500333"},
    ]  # fmt: skip
    data = json.dumps({"meta": {"platform": "thepaper", "count": 3}, "data": items}, ensure_ascii=False).encode()
    got = ingest_entries(data, id="hot.json", suffix=".json")
    assert [b.title for b in got] == [i["title"] for i in items]
    # UTC+8, the publisher's calendar: 2025-03-26 21:45 UTC is the 27th in Shanghai
    assert [str(b.date) for b in got] == ["2025-03-26", "2025-03-27", "2025-03-27"]


def test_a_number_that_is_no_plausible_day_gives_no_date() -> None:
    import json

    items = [
        {"title": "市政府召开常务会议部署春耕", "timestamp": 9999999999, "content": "会议指出，要抓好春耕。"},
        {"title": "全市中小学开学首日平稳有序", "timestamp": 123456789, "content": "今天全市中小学开学。"},
    ]  # fmt: skip
    got = ingest_entries(json.dumps(items, ensure_ascii=False).encode(), id="r.json", suffix=".json")
    assert [b.date for b in got] == [None, None]


def test_an_unfilled_form_field_and_a_placeholder_are_not_text() -> None:
    import io

    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("核电厂定期安全评价 第1部分：通用要求")

    def field(default: str, shown: str) -> None:
        p = d.add_paragraph()
        for xml in (
            f'<w:r {_W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="F"/><w:enabled/>'
            f'<w:textInput><w:default w:val="{default}"/></w:textInput></w:ffData></w:fldChar></w:r>',
            f'<w:r {_W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {_W}><w:t>{shown}</w:t></w:r>",
            f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            p._p.append(parse_xml(xml))

    field(
        "点击此处添加与国际标准一致性程度的标识", "点击此处添加与国际标准一致性程度的标识"
    )  # left as the template had it
    field("点击此处添加ICS号", "ICS 27.120.99")  # filled in: the writer's
    d.element.body.append(
        parse_xml(
            f"<w:sdt {_W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击此处输入文字。</w:t>"
            "</w:r></w:p></w:sdtContent></w:sdt>"
        )
    )
    d.add_paragraph("本部分规定了核电厂定期安全评价的通用要求。")
    buf = io.BytesIO()
    d.save(buf)
    text = ingest_bytes(buf.getvalue(), id="f.docx", suffix=".docx").text
    assert "点击此处添加与国际标准" not in text
    assert "单击此处输入文字" not in text
    assert "27.120.99" in text
    assert "本部分规定了核电厂定期安全评价的通用要求。" in text


_ITEM = "新华社北京6月5日电 国务院日前印发《关于开展第四次全国农业普查的通知》。根据有关规定，国务院决定于2026年开展第四次全国农业普查。"


def test_a_pages_source_pasted_under_the_items_text_is_not_shown() -> None:
    page = (
        "<body>\n<div class='nav'><a href='/'>首页</a> <a href='/politics/'>时政</a></div>\n<div class='main'>\n"
        f"<h1>国务院印发通知</h1>\n<p>{_ITEM}</p>\n</div>\n<div class='footer'>人民日报社概况 | 关于人民网</div>\n</body>"
    )
    fragment = f'<article class="news-article">\n<header>国务院印发通知</header>\n<p>{_ITEM}</p>\n</article>'
    md = (
        f"## 国务院印发通知\n\n### 正文\n\n{_ITEM}\n\n### HTML原始内容\n\n```html\n{page}\n```\n\n"
        f"### HTML格式\n\n```html\n{fragment}\n```\n"
    )
    text = ingest_bytes(md.encode(), id="a.md", suffix=".md").text
    assert "<" not in text
    assert "人民日报社概况" not in text
    assert "HTML原始内容" not in text
    assert text.count("国务院决定于2026年开展第四次全国农业普查") == 1


def test_an_html_snippet_a_document_explains_stays_as_written() -> None:
    md = (
        "## 网页分段入门\n\n网页中的段落用p元素标记，换行用br元素，下面是一个完整的例子，请照着写一遍。\n\n"
        '```html\n<div class="box">\n<p>第一段</p>\n<p>第二段</p>\n</div>\n```\n'
    )
    text = ingest_bytes(md.encode(), id="t.md", suffix=".md").text
    assert '<div class="box">' in text
