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
from briefreader.ingest.clean import clean_text
from briefreader.ingest.decode import decode_bytes

_POST = (
    "行政院今天召開院會，通過了明年度的總預算案，總額為新台幣二兆八千億元。立法院將於下週審議，"
    "各黨團已表示將逐項檢視。\n主計總處表示，歲入以稅課收入為主，歲出則以社會福利支出占比最高。\n"
)


def _coloured(text: str) -> bytes:
    """Big5 bytes with colour codes around and inside characters (one between a character's lead and trail
    byte, as a board's editor writes "一字雙色")."""
    raw = text.encode("big5")
    return b"\x1b[1;33m" + raw[:10] + b"\x1b[m" + raw[10:11] + b"\x1b[1;31m" + raw[11:40] + b"\x1b[0m" + raw[40:]


def test_colour_codes_inside_a_big5_character_are_no_damage() -> None:
    decoded = decode_bytes(_coloured(_POST))
    assert decoded.encoding.startswith("big5")
    assert decoded.text == _POST
    assert not decoded.problems


def test_a_big5_mail_in_colours_reads_whole() -> None:
    head = (
        b"From: bbs <bbs@ptt.cc>\r\nSubject: test\r\nDate: Tue, 1 Oct 2024 10:00:00 +0800\r\n"
        b"Content-Type: text/plain; charset=big5\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    b = ingest_bytes(head + _coloured(_POST), id="m.eml", suffix=".eml")
    assert "\ufffd" not in b.text
    assert "召开院会" in b.text or "召開院會" in b.text
    assert not any(p.kind == "mojibake" for p in b.problems)


def test_utf16_bytes_are_not_cut_as_escapes() -> None:
    text = "报告\x1b[1m全文\n" * 20
    assert decode_bytes(text.encode("utf-16")).text == text


def test_colour_codes_that_lost_their_esc_leave_the_text() -> None:
    assert clean_text("[1;33m行政院[m今天召開[1;31m院會[m。") == "行政院今天召開院會。"
    assert clean_text("*[1;33m【公告】*[m本週六停機維護。") == "【公告】本週六停機維護。"


@pytest.mark.parametrize(
    "text",
    [
        'printf "\\033[1;31m红色\\033[0m"，终端里显示为红色。',  # a tutorial's notation of ESC
        "echo -e ^[[1;31m警告^[[0m 即可。",
        "数组 a[1m] 与 b[2m] 的长度不同。",  # brackets closed: no code
        "表格第[5m处的标注。",  # one alone: a writer's
    ],
)
def test_written_escape_notation_and_brackets_stay(text: str) -> None:
    assert clean_text(text) == text


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


# A paged document's text (pdftotext's output, a PDF copied as text): its page numbers on lines of their own, its
# running head over every page but the first, a sentence broken at a page's end.
_PARAGRAPHS = [
    "全年全市地区生产总值实现12000亿元，比上年增长5.5%。其中，第一产业增加值实现300亿元，增长3.0%；"
    "第二产业增加值实现4500亿元，增长6.0%；第三产业增加值实现7200亿元，增长5.4%。",
    "全年粮食种植面积600万亩，比上年增加2万亩。粮食总产量280万吨，增长1.5%。其中，夏粮产量120万吨，"
    "增长2.1%；秋粮产量160万吨，增长1.1%。全年生猪出栏200万头，下降3.2%。",
    "全年规模以上工业增加值比上年增长8.0%。分经济类型看，国有控股企业增长5.1%；股份制企业增长8.2%；"
    "外商及港澳台商投资企业增长7.3%。分门类看，制造业增长8.6%。",
]
_HEADINGS = ["一、综合", "二、农业", "三、工业和建筑业"]
_RUNNING = "某某市2024年国民经济和社会发展统计公报"


def _paged(number: str) -> str:
    pages = []
    for i in range(3):
        lines = [_RUNNING] if i else []
        para = _PARAGRAPHS[i]
        lines += [_HEADINGS[i], *(para[k : k + 34] for k in range(0, len(para), 34)), "", number.format(n=i + 1)]
        pages.append("\n".join(lines) + "\n")
    return f"{_RUNNING}\n某某市统计局\n2025年3月20日\n\n" + "\x0c".join(pages)


@pytest.mark.parametrize("number", ["- {n} -", "{n}", "第{n}页", "— {n} —"])
def test_a_paged_texts_numbers_and_running_head_are_not_text(number: str) -> None:
    b = ingest_bytes(_paged(number).encode(), id="gb.txt", suffix=".txt")
    assert b.title == _RUNNING
    assert _RUNNING not in b.text
    for line in b.text.splitlines():
        assert not line.strip(" -—").isdigit()
    for para in _PARAGRAPHS:
        assert para in b.text


def test_a_running_foot_beside_the_page_number_goes() -> None:
    lines = [
        "某某股份有限公司关于重大合同中标的公告",
        "本公司及董事会全体成员保证信息披露的内容真实、准确和完整，没有虚假记载、误导性陈",
        "述或重大遗漏。",
        "项目名称：某某市轨道交通3号线供电系统设备采购项目。招标人为某某市轨道交通集团有",
        "限公司，招标方式为公开招标，项目资金来源为财政资金及企业自筹。",
        "- 1 -",
        "某某股份有限公司 2024年第018号公告",
        "本次中标金额约占公司2023年度经审计营业收入的12.5%，合同的履行将对公司未来两个",
        "会计年度的经营业绩产生积极影响。公司具备履行合同的能力，不存在影响合同履行的风险。",
        "合同尚未签署，合同条款及履行存在不确定性，敬请广大投资者注意投资风险，理性投资。",
        "- 2 -",
        "某某股份有限公司 2024年第018号公告",
        "特此公告。",
        "某某股份有限公司董事会",
        "2024年3月15日",
    ]
    text = ingest_bytes("\n".join(lines).encode(), id="a.txt", suffix=".txt").text
    assert "第018号公告" not in text
    assert "- 1 -" not in text and "- 2 -" not in text
    assert "没有虚假记载、误导性陈述或重大遗漏。" in text


def test_section_numbers_over_headings_stay() -> None:
    # a news page copied as text: "1" "2" "3" number its sections, one paragraph a line (dev-retired22 s25_04)
    body = []
    for n, (head, para) in enumerate(zip(_HEADINGS, _PARAGRAPHS, strict=True), 1):
        body += [str(n), head, para, para.replace("全年", "同期"), para.replace("全年", "本年")]
    text = ingest_bytes(("青县今年百万吨优质蔬菜进京津\n" + "\n".join(body)).encode(), id="s.txt", suffix=".txt").text
    assert [line for line in text.splitlines() if line.isdigit()] == ["1", "2", "3"]


def test_a_line_that_opens_with_a_closing_mark_goes_on_the_line_above() -> None:
    text = (
        "各区人民政府，市政府各部门：\n"
        "现将《某某市数字经济发展规划（2024-2026年\n"
        "）》印发给你们，请认真贯彻执行。规划提出，\n"
        "到2026年全市数字经济核心产业增加值占地区生\n"
        "产总值比重达到12%以上，建成一批数字产业集群\n"
    )
    got = ingest_bytes(text.encode(), id="n.txt", suffix=".txt").text
    assert "（2024-2026年）》印发给你们" in got


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


def test_a_header_row_naming_the_columns_is_no_record() -> None:
    rows = "\n".join(f"{label}\t{text}" for label, text in _LINES)
    for header in ("label\tcontent", "类别\t正文"):
        got = ingest_entries(f"{header}\n{rows}".encode(), id="cnews.txt", suffix=".txt")
        assert [b.title for b in got] == [text[: text.index("新华网")] for _, text in _LINES]
