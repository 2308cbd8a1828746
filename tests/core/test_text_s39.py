"""Session 39 (12-text): files the reader gave up on, by what they are.

- an XML file that is no feed and holds no list of records but ONE report, its fields as the root's children and its
  text cut into annotation elements set on lines of their own (a research corpus's event-annotated news: dev
  s39_01-04, each "empty: an XML file with no RSS or Atom entries nor records"): read as a document, its text in
  order, never an element's name or attribute, and the indentation between the pieces of one sentence no space;
- a corpus whose delimiter is "|" (a city's letters-and-replies export, dev s39_07: eleven records read as one
  document whose headline was the header line): a header line that splits into three fields or more on "|" or ";"
  and has no comma or tab names the delimiter; a letter's record carries the office's reply, which is its text too,
  and the reply's office and day are the record's.

Inputs are written in those shapes; the guards keep what was right."""

from __future__ import annotations

from briefreader.ingest import ingest_entries

_REPORT = """<?xml version="1.0" encoding="UTF-8"?>
<Body>
\t<Title>某区发生疑似食物中毒事件 全力救治患者</Title>
\t<ReportTime type="absTime">2014年03月11日08:10</ReportTime> 来源：某市新闻网 作者：张三
\t<Content>
\t\t<Paragraph>
\t\t\t<Sentence>
\t\t\t\t<Event eid="e1">
\t\t\t\t\t<Time tid="t1" type="relTime">3月10日凌晨</Time>，
\t\t\t\t\t<Participant sid="s1">市委、市政府</Participant>
\t\t\t\t\t<Denoter did="d1" type="action">接报</Denoter>
\t\t\t\t</Event>某区发生一起因婚宴引起的
\t\t\t\t<Denoter did="d2" type="emergency">疑似食物中毒</Denoter>事件，立即要求医院全力救治。
\t\t\t</Sentence>
\t\t</Paragraph>
\t\t<Paragraph>
\t\t\t<Sentence>截至发稿前，<Participant sid="s3">24名患者</Participant>生命体征稳定，
\t\t\t\t其余病患仍留在医院观察。</Sentence>
\t\t\t<Sentence>目前，相关善后工作正有序进行中，事件原因正在调查。</Sentence>
\t\t</Paragraph>
\t</Content>
</Body>
"""


def _one(data: str, suffix: str):
    return ingest_entries(data.encode(), id="t", suffix=suffix)


def test_an_xml_file_of_one_annotated_report_is_read_as_a_document():
    found = _one(_REPORT, ".xml")
    assert len(found) == 1
    b = found[0]
    assert not [p for p in b.problems if p.kind == "empty"], b.problems
    assert b.title == "某区发生疑似食物中毒事件 全力救治患者", b.title
    assert "3月10日凌晨，市委、市政府接报某区发生一起因婚宴引起的疑似食物中毒事件，立即要求医院全力救治。" in b.text
    assert "截至发稿前，24名患者生命体征稳定，其余病患仍留在医院观察。" in b.text, b.text
    assert "截至发稿前" in b.text.split("\n")[-1]  # each paragraph its own line
    for markup in ("eid", "Denoter", "relTime", "absTime", "<"):
        assert markup not in b.text, (markup, b.text)
    assert b.date_iso and b.date_iso.startswith("2014-03-11"), b.date_iso
    assert b.source == "某市新闻网", b.source


def test_latin_words_cut_onto_lines_of_their_own_keep_their_space():
    report = _REPORT.replace("某区发生一起因婚宴引起的", "某区发生一起\n\t\t\t\tHello\n\t\t\t\tworld 引起的")
    b = _one(report, ".xml")[0]
    assert "某区发生一起Hello world 引起的" in b.text, b.text


def test_an_xml_file_of_settings_or_of_short_fields_stays_empty():
    settings = '<?xml version="1.0"?><config><name>主题</name><value>深色</value><size>12</size></config>'
    b = _one(settings, ".xml")[0]
    assert [p.kind for p in b.problems] == ["empty"], b.problems
    lonely = "<?xml version='1.0'?><note>" + "这是一段很长的说明文字。" * 20 + "</note>"
    assert [p.kind for p in _one(lonely, ".xml")[0].problems] == ["empty"]  # one field: no document's fields


_HEADER = "类型|留言标题|留言内容|留言时间|答复内容|答复部门|答复时间"
_LETTER = "建议延长公交末班时间，因为附近没有夜班线路，很多下夜班的市民回家非常不便，希望能够考虑。"
_REPLY = "来信人您好，经查，该线路21:30分以后客流不高，满载率不足10%，目前暂不进行调整，感谢您的关注。"


def _letters(offices: tuple[str, str] = ("公交集团公司", "市交通委")) -> str:
    rows = [
        f"建议|建议延长某路公交末班时间|{_LETTER}|2021-11-10|{_REPLY}|{offices[0]}|2021-11-15",
        f"建议|建议增加月度提取周期|希望增加住房公积金月度提取的方式，方便按月还贷的职工。{_LETTER}|2021-08-20|"
        f"您好，感谢您的关注，您的建议已收到，我们会转至相关业务部门研究。|{offices[1]}|2021-08-26",
    ]
    return "\n".join([_HEADER, *rows]) + "\n"


def test_a_pipe_delimited_corpus_is_one_record_a_row():
    found = _one(_letters(), ".csv")
    assert [b.title for b in found] == ["建议延长某路公交末班时间", "建议增加月度提取周期"], [b.title for b in found]
    assert all("|" not in b.text and "答复部门" not in b.text for b in found)


def test_a_letters_record_carries_its_reply_with_the_replys_office_and_day():
    first, second = _one(_letters(), ".csv")
    assert first.text.index("建议延长公交末班时间") < first.text.index("满载率不足10%"), first.text
    assert first.source == "公交集团公司" and first.date_iso == "2021-11-15", (first.source, first.date_iso)
    assert "希望增加住房公积金月度提取的方式" in second.text and "转至相关业务部门" in second.text
    assert second.source == "市交通委", second.source
    joint = _one(_letters(("市交通委,公交集团公司", "北京住房公积金管理中心")), ".csv")[0]
    assert joint.source == "市交通委", joint.source  # two offices: the first


def test_prose_with_pipes_or_semicolons_is_no_corpus():
    prose = "\n".join(
        ["注意事项；请带好证件；按时到场", "本次活动|地点在某区|时间待定。", "他说：今天的会议很重要。"] * 3
    )
    found = _one(prose, ".txt")
    assert len(found) == 1 and found[0].entry in (None, ""), [b.entry for b in found]


def _word_with_a_missing_picture(external: bool = False) -> bytes:
    """A Word file whose document points to a picture the package lacks (its media stripped), as python-docx saves
    one otherwise."""
    import io
    import zipfile

    import docx

    doc = docx.Document()
    doc.add_paragraph("关于开展安全生产大检查的通知")
    doc.add_paragraph("各单位：为切实做好安全生产工作，经研究，决定在全市范围内开展安全生产大检查。" * 2)
    raw = io.BytesIO()
    doc.save(raw)
    rel = (
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        ' Target="media/image1.png"/>'
    )
    if external:
        rel += (
            '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'hyperlink" Target="http://example.com/a.png" TargetMode="External"/>'
        )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            zout.writestr(info, body)
    return out.getvalue()


def test_a_word_file_missing_a_picture_it_points_to_is_read():
    for external in (False, True):
        b = ingest_entries(_word_with_a_missing_picture(external), id="t", suffix=".docx")[0]
        assert not b.problems, b.problems
        assert "决定在全市范围内开展安全生产大检查" in b.text, b.text


def test_a_damaged_word_file_still_says_so():
    data = _word_with_a_missing_picture().replace(b"word/document.xml", b"word/documenX.xml")
    b = ingest_entries(data, id="t", suffix=".docx")[0]
    assert [p.kind for p in b.problems] == ["corrupt"], b.problems


def test_a_markdown_file_opening_with_a_table_stays_one_document():
    row = "| 2021-11-{:02d} | 建议延长公交末班时间，因为附近没有夜班线路，很多下夜班的市民回家非常不便，希望能够考虑。 | 公交集团 |"
    table = "\n".join(["| 日期 | 留言内容 | 答复部门 |", "| --- | --- | --- |", *(row.format(d) for d in range(1, 6))])
    found = ingest_entries(table.encode(), id="t", suffix=".md")
    assert len(found) == 1, [b.title for b in found]


def _dump(*records: tuple[str, str]) -> str:
    import json

    out = []
    for ident, text in records:
        for name, value in (("docid", ident), ("major_text", text), ("basic_inf", "基本信息\n审理程序：\n执行实施")):
            out += [f"<{name}>", json.dumps(value), f"<{name}>"]
    return "\r\n".join(out) + "\r\n"


_NOTICE = (
    "某某公司买卖合同纠纷执行通知书\n发布日期：2018-08-23\n   某县人民法院\n结 案 通 知 书\n（2018）浙1023执1638号\n"
    "申请执行人某某公司申请执行被执行人某某玻璃有限公司买卖合同纠纷一案，经本院执行，被执行人已支付执行款人民币190000元，"
    "本案已依法执行完毕，现予以结案。\n特此通知。\n某县人民法院\n二〇一八年五月三十一日"
)


def test_a_scrapers_dump_in_tag_lines_reads_its_records_text_decoded():
    found = _one(_dump(("8d6d8c1963c24ca0", _NOTICE), ("abf57399f734487a", _NOTICE.replace("某县", "某市"))), ".txt")
    assert len(found) == 2, [b.title for b in found]
    for b in found:
        assert "本案已依法执行完毕，现予以结案。" in b.text, b.text
        for field in ("docid", "major_text", "basic_inf", "审理程序", "\\u", "8d6d8c"):
            assert field not in b.text, (field, b.text)
    one = _one(_dump(("8d6d8c1963c24ca0", _NOTICE)), ".txt")
    assert len(one) == 1 and one[0].title == "某某公司买卖合同纠纷执行通知书", one[0].title


def test_markup_and_text_opening_with_a_tag_line_are_no_dump():
    page = "<html>\n<body>\n<p>某市今天发布通知，要求各单位做好安全生产工作。</p>\n</body>\n</html>\n"
    assert len(_one(page, ".txt")) == 1
    note = "<b>\n某市今天发布通知，要求各单位做好安全生产工作。\n<b>\n然后是正文的其他部分。\n"
    b = _one(note, ".txt")
    assert len(b) == 1 and "然后是正文的其他部分" in b[0].text, b[0].text


# --- batch 2: lines that are no text of the article, by what they are ---------------------------------------------

_PARAS = (
    "市教育局今天召开会议，部署今年秋季开学的各项准备工作，要求各校做好校舍安全检查。\n"
    "会议强调，各校要落实食品安全责任，加强食堂管理，确保师生饮食安全，并及时公示整改情况。\n"
)


def _text(data: str, suffix: str = ".txt") -> str:
    return ingest_entries(data.encode(), id="t", suffix=suffix)[0].text


def test_a_label_spaced_to_a_forms_width_starts_its_own_line():
    from briefreader.ingest import clean

    record = "題\n時　　間　中華民國101年6月6（星期三）上午9時7分、下午2時41分\n地　　點　本院紅樓202會議室\n主　　席　陳委員其邁\n"
    lines = clean.join_broken_lines(clean.fold_whitespace(record)).split("\n")
    assert [x[:3] for x in lines[1:4]] == ["時 間", "地 點", "主 席"], lines
    prose = "各单位要按照要求，认真做好防汛准备工作，加强值班值守、\n及时报送信息。\n"
    assert clean.join_broken_lines(prose).count("\n") == 0  # a wrapped sentence still joins


def test_a_numbered_picture_placeholder_in_brackets_is_no_text():
    text = _text(
        f"[第一图：一碗饭]\n{_PARAS}[第二图：记者采访初二同学]\n{_PARAS}【图3：（png/clean.webp）光盘行动（网图）】\n"
    )
    assert "第一图" not in text and "第二图" not in text and "clean.webp" not in text, text
    assert text.count("市教育局今天召开会议") == 2, text
    kept = _text(f"{_PARAS}如图3所示，食堂的就餐人数逐月上升。[图3：就餐人数]的数据来自学校统计。\n")
    assert "[图3：就餐人数]的数据来自学校统计" in kept, kept


def test_a_papers_registration_line_and_a_spelled_out_mark_close_no_article():
    text = _text(f"{_PARAS}（每日经济新闻)\n国内统一刊号 CN51-0127全国邮发代号61-149\n")
    assert "刊号" not in text and "邮发代号" not in text, text
    text = _text(f"{_PARAS}.F.X.1.6.8\n")
    assert "F.X" not in text, text
    said = "该报的国内统一刊号为CN51-0127，邮发代号为61-149。"
    assert said in _text(f"{_PARAS}{said}\n")
    assert "1.2.3.4" in _text(f"{_PARAS}1.2.3.4\n")


_FIELDS = """# 新闻联播 2007-03-02

- 数据源：某某聚合页
- 聚合页：https://example.com/xinwenlianbo/20070302/
- 新闻条数：23
- 抓取时间：2026-09-04T05:54:39+08:00

## 1. 我国大路网建设取得重大进展

“十一五”开局之年，我国四通八达、层次分明的交通大路网建设取得重大进展。
"""


def test_a_list_of_the_copys_fields_under_a_markdown_headline_is_no_text():
    text = _text(_FIELDS, ".md")
    for field in ("数据源", "聚合页", "新闻条数", "抓取时间", "example.com"):
        assert field not in text, (field, text)
    assert "交通大路网建设取得重大进展" in text, text


def test_an_events_time_place_and_host_under_a_notice_headline_stay():
    notice = (
        "# 关于举办校园开放日的通知\n\n- 时间：2024年5月1日上午9时\n- 地点：学校大礼堂\n- 主办：校团委\n\n"
        "欢迎各位家长和同学参加本次校园开放日活动，届时将有丰富的展示和互动环节。\n"
    )
    text = _text(notice, ".md")
    assert "地点：学校大礼堂" in text and "主办：校团委" in text, text


_STORY = "".join(
    f"<p>{s}</p>"
    for s in (
        "太平洋实业今日公布，公司全资附属公司向借款人提供最多5800万元之补充贷款融资，年利率为12%。",
        "补充贷款的年期为由提取当日起计满第二个月之营业日，经订约方同意可额外延长两个月。",
        "公司表示，该项融资将为集团带来稳定的利息收入，董事会认为条款公平合理。",
    )
)


def test_a_box_the_template_names_an_ad_is_no_text():
    plug = "拿了驾照，上路技巧还是不会？某某车show微信号为你提供驾驶、养护技巧，快来试试吧！"
    page = (
        "<html><head><title>太平洋实业授出补充贷款融资</title></head><body><h1>太平洋实业授出补充贷款融资</h1>"
        f'<div class="ArtM">{_STORY}</div><div class="KikBrf1304 Ad Cf"><p>{plug}</p>'
        "<p>微信关注方法：搜索“某某车show”关注。</p></div></body></html>"
    )
    text = _text(page, ".html")
    assert "车show" not in text and "补充贷款的年期" in text, text
    kept = page.replace("KikBrf1304 Ad Cf", "KikBrf1304 head Cf")
    assert "车show" in _text(kept, ".html")  # (a class that only holds the letters is another thing)


def test_a_next_story_whose_headline_is_its_boxs_own_text_goes():
    other = "".join(
        f"<p>{s}</p>"
        for s in (
            "（巴黎3日综合电）意大利选手在比赛中飙泪宣布弃赛，并质疑对手的性别，引发巨大争议。",
            "隔天，她在接受采访时表示，所有这些争议都让她很难过，也为对手感到遗憾。",
            "她还表示，如果再次见到对手，她会选择拥抱对方，并向对方道歉。",
        )
    )
    page = (
        "<html><head><title>太平洋实业授出补充贷款融资</title></head><body>"
        '<div class="article-page-title"><h1>太平洋实业授出补充贷款融资</h1></div>'
        f'<div class="article-page-content">{_STORY}</div><div id="next">'
        '<div class="article-page-title">挨两拳退赛质疑对手性别 选手隔天向对手道歉</div>'
        f'<div class="article-page-content">{other}</div></div></body></html>'
    )
    text = _text(page, ".html")
    assert "补充贷款的年期" in text and "巴黎3日综合电" not in text and "拥抱对方" not in text, text


def test_an_outlets_appeal_for_support_and_its_means_close_no_article():
    foot = "守护自由空间，请支持基督教《时代论坛》\n可选择：PayMe 或 网上捐款（信用卡）或\n转数快FPS +852 51100803（注明奉献）\n"
    text = _text(_PARAS + foot)
    assert "时代论坛" not in text and "PayMe" not in text and "51100803" not in text, text
    assert "确保师生饮食安全" in text
    relief = "受灾群众急需帮助，市慈善总会呼吁社会各界踊跃捐款，善款将全部用于灾后重建。\n"
    assert "踊跃捐款" in _text(_PARAS + relief)  # (a story's own call to give is its text)


def test_fields_every_card_closes_with_are_the_cards_not_its_body():
    cards = []
    for n in range(3):
        cards.append(
            f"title: 汉光演习第{n + 1}天大秀新装备\nlink: https://example.com/news/{n}\n"
            f"summary: 汉光演习第{n + 1}天，陆军所属部队今天执行跨区增援科目演练，持续强化打击效能。\n"
            f"media: 联合报\ndate: {{'date': '2026-08-0{n + 1} 18:41'}}\n" + "-" * 50
        )
    found = _one("\n".join(cards) + "\n", ".txt")
    assert len(found) == 3, [b.title for b in found]
    for n, b in enumerate(found):
        assert "media" not in b.text and "{'date'" not in b.text and "跨区增援" in b.text, b.text
        assert b.source == "联合报" and b.date_iso and b.date_iso.startswith(f"2026-08-0{n + 1}"), (
            b.source,
            b.date_iso,
        )
    notice = cards[0].replace("media: 联合报\n", "时间：3月5日上午9时\n")  # one card's own line, not every card's
    found = _one("\n".join([notice, *cards[1:]]) + "\n", ".txt")
    assert "3月5日上午9时" in found[0].text, found[0].text
