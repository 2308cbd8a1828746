"""Guards session 39's metadata changes (issue 12), on the shapes of dev-retired34 (session 37's held-out set, retired
this session): a record's header fields with their labels spaced to a column's width ("時　　間　…"), its day in the ROC
calendar with the 日 left out before the weekday, two sittings' times listed; a plain text's bracketed picture
placeholder ("[第一图：…]") read as its headline; and "Last updated <day>" under a headline giving the source "Last".
Each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from test_metadata_s38 import _docs  # (one helper for the sessions' probes: the duplicates report's D45)

from briefreader.ingest.metadata import parse_info_line

_PROSE = (
    "近日，记者采访了部分学生和食堂工作人员，了解他们对食堂的看法，受访者对食堂提出了建议，指出食堂卫生总体较好。\n\n"
    "记者采访一名食堂工作人员后得知，食堂收到学生反馈之后会尽量对相应问题改进与优化，并进行公示。\n"
)


# --- a legislature's meeting record (dev-retired34 s37h_05): its header fields


def test_a_label_spaced_to_width_reads_as_the_label() -> None:
    for line in (
        "时　　间　中华民国101年6月6（星期三）上午9时7分、下午2时41分",  # as written: wide spaces
        "时 间 中华民国101年6月6（星期三）上午9时7分、下午2时41分",  # as the text's blanks are folded
        "时　　间：中华民国101年6月6日（星期三）上午9时7分",  # (the text is read in Simplified)
    ):
        info = parse_info_line(line)
        assert info is not None and info.date is not None and str(info.date[0]) == "2012-06-06", (line, info)


def test_a_spaced_field_that_is_no_label_stays_unread() -> None:
    # guard: "地点", "主席" are no fields the metadata reads; a spaced word that is no label is no label
    assert parse_info_line("地　　点　本院红楼202会议室") is None
    assert parse_info_line("主 席 陈委员其迈") is None
    info = parse_info_line("来　　源　中央社")
    assert info is not None and info.source == "中央社", info


def test_a_day_without_its_ri_before_the_weekday() -> None:
    info = parse_info_line("时间：中华民国101年6月6（星期三）")
    assert info is not None and str(info.date[0]) == "2012-06-06", info
    # guard: an ROC month and a number with no weekday after them are no day
    info = parse_info_line("时间：中华民国101年6月6")
    assert info is None or info.date is None or str(info.date[0]) != "2012-06-06", info


# --- a school group's plain text (dev-retired34 s37h_09): a picture's placeholder first, no headline


def test_a_bracketed_picture_placeholder_is_no_headline() -> None:
    text = f"[第一图：一碗饭]\n四组新闻石景山2026年9月9日电 {_PROSE}[第二图：赵康盛采访初二同学]\n{_PROSE}"
    (doc,) = _docs(text, ".txt")
    assert "一碗饭" not in doc.title, doc.title
    from briefreader.ingest import metadata

    assert metadata._CAPTION.match("（图：理文提供）") and metadata._CAPTION.match("[图片：食堂一角]")
    # guard: a headline in brackets that is no picture's stays one
    assert not metadata._CAPTION.match("【图解】全市经济运行总体平稳") and not metadata._CAPTION.match(
        "[图书馆开放时间调整]"
    )


# --- "Last updated <day>" under a headline (noticed in session 38, left then)


def test_last_updated_names_no_source() -> None:
    for line in ("Last updated 2024-05-01 10:00", "Last updated: 2024-05-01", "Last Modified on 2024/05/01"):
        (doc,) = _docs(f"# 全市经济运行总体平稳\n{line}\n\n{_PROSE}", ".md")
        assert doc.source != "Last" and str(doc.date) == "2024-05-01", (line, doc.source, doc.date)
    # guard: a day the text gives as its own outranks the update's
    (doc,) = _docs(f"# 全市经济运行总体平稳\n新华社 2024-04-01\nLast updated 2024-05-01 10:00\n\n{_PROSE}", ".md")
    assert str(doc.date) == "2024-04-01" and doc.source == "新华社", (doc.date, doc.source)


# --- a bulletin-board post signed by a body (dev s39_10): the body over the station and board

_BBS = (
    "作者: PttACT (批踢踢活動部) 看板: SYSOP\n標題: Re: [情報] 疫情後的兒童節活動 (中獎名單)\n時間: Thu May  6 12:50:37 2021\n\n"
    "  感謝每一位支持與關心兒童節活動的板主與鄉民朋友們\n  活動部特別準備限量的鶯歌陶瓷吸水杯墊作為抽獎禮物\n"
    "  以上獎勵將由活動部協助聯繫與發放，預計於 5/20 前會逐一完成聯繫\n\n{sign}\n\n--\n"
    "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 101.12.88.158 (臺灣)\n"
    "※ 文章網址: https://www.ptt.cc/bbs/SYSOP/M.1620276642.A.E0F.html\n"
)


def test_a_bulletin_board_post_signed_by_a_body_is_that_bodys() -> None:
    (doc,) = _docs(_BBS.format(sign="                                  PTT 活動部"), ".txt")
    assert doc.source in ("PTT 活动部", "PTT 活動部"), doc.source
    # guard: a member's name or handle signing is no body: the station and board stay the source
    (doc,) = _docs(_BBS.format(sign="                                  小明"), ".txt")
    assert "批踢踢" in doc.source, doc.source


# --- a portal's page relaying a paper's story (dev s39b_08): its name on the date line, the paper's credit at the foot


def test_a_labelled_credit_at_the_foot_names_the_original_over_the_sites_date_line() -> None:
    head = "公募基金专项检查成重头戏专户监管加码\n时间：2015年12月31日 08:12:35 中财网\n\n"
    # (paragraphs of prose, longer than any metadata line: the header ends at the first)
    para = (
        "多位公募基金的稽核及风控人员表示，监管尺度较往年明显收紧，监管层对基金公司专户业务的监管较往年明显加码，专项检查"
        "成为重头戏，多家基金公司已按要求完成自查并提交报告，第{k}批检查将在年内完成。业内人士认为，监管趋严有利于行业长期"
        "健康发展，基金公司应进一步完善内部控制和风险管理体系。\n\n"
    )
    prose = "".join(para.format(k=k) for k in range(1, 4))
    (doc,) = _docs(f"{head}{prose}来源：《每日经济新闻》\n", ".txt")
    assert doc.source == "每日经济新闻" and str(doc.date) == "2015-12-31", (doc.source, doc.date)
    # guard: with no credit the site on the date line is the source
    (doc,) = _docs(f"{head}{prose}", ".txt")
    assert doc.source == "中财网", doc.source


# --- whole saved pages (dev/s39b) and a province's records (dev s38_09): the site's name and stamp as they are written


def test_a_lone_dash_before_the_sites_name_in_the_page_title() -> None:
    from briefreader.ingest.metadata import title_from_page_title

    assert title_from_page_title("跨性别男性免疫反应差异需关注—新闻—科学网") == "跨性别男性免疫反应差异需关注"
    # guard: a dash inside a name ("中国—东盟") is no separator
    assert title_from_page_title("第二十届中国—东盟博览会开幕") == "第二十届中国—东盟博览会开幕"


def test_a_two_digit_years_stamp_with_its_minute() -> None:
    info = parse_info_line("内蒙古新闻网09-11-21 13:34【打印本页】【字体：小 中 大】来源：红网", beside=True)
    assert info is not None and str(info.date[0]) == "2009-11-21" and info.source == "红网", info
    # guard: without its minute such a triple is no day ("编号 09-11-21")
    assert parse_info_line("编号 09-11-21") is None


def test_an_english_site_name_on_a_chinese_page_gives_the_tables_name() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Hong Kong\'s Information Services Department">'
        '<meta property="og:url" content="http://www.news.gov.hk/chi/2024/04/20240403/20240403_114508_470.html">'
        '<meta property="og:title" content="更改身份證性別記項政策修訂"><title>香港政府新聞網 - 更改身份證性別記項政策修訂</title>'
        "</head><body><h1>更改身份證性別記項政策修訂</h1><p>政府今日公布，即日起，除已完成整項性別重置手術的人士，若已完成"
        "指定手術改變其性徵，並同時符合各項經修訂資格準則和要求，也可申請更改其香港身份證上的性別記項。</p>"
        "<p>入境事務處會按個別申請人的情況審核申請，並在有需要時要求申請人提供進一步的醫療證明文件。</p></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.source in ("香港政府新闻网", "香港政府新聞網"), doc.source


def test_a_provincial_departments_address_names_it() -> None:
    from briefreader.ingest.outlets import office_of_host

    assert office_of_host("jyt.hebei.gov.cn") == "河北省教育厅"
    assert office_of_host("czt.henan.gov.cn") == "河南省财政厅"
    # guard: a host outside the two tables names nobody
    assert office_of_host("www.hebei.gov.cn") == "" and office_of_host("jyt.example.com") == ""
    assert office_of_host("abc.hebei.gov.cn") == ""


def test_a_news_website_named_beside_the_day_under_the_headline() -> None:
    # dev s39_04 (an event corpus's XML record): "2014年03月27日 浙江在线新闻网站", the site by its own word 新闻网站
    info = parse_info_line("2014年03月27日 浙江在线新闻网站")
    assert info is not None and str(info.date[0]) == "2014-03-27" and info.source == "浙江在线新闻网站", info


def test_an_outlets_edition_in_the_page_title_is_the_sites_name() -> None:
    # dev s39b_14: "明報新聞網海外版 - 明報加東版(多倫多) - Ming Pao Canada Toronto Chinese Newspaper - 中國", no headline
    from briefreader.ingest.metadata import _outlet_edition, title_from_page_title

    assert _outlet_edition("明报加东版(多伦多)") and _outlet_edition("人民日报海外版")
    title = title_from_page_title(
        "明报新闻网海外版 - 明报加东版(多伦多) - Ming Pao Canada Toronto Chinese Newspaper - 中国"
    )
    assert "加东版" not in title, title
    # guard: a headline ending in 版 is no edition ("…新版", a name of no outlet before it)
    assert not _outlet_edition("改革开放新版") and not _outlet_edition("中文版")


# --- Hong Kong pages saved whole (dev s39b_21, s39b_22)


def test_a_site_name_with_its_address_after_it() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="信報網站 hkej.com">'
        "<title>即時新聞 - 時事脈搏 - 關注團體對身份證轉性別要求感失望 - 信報網站 hkej.com</title></head><body>"
        "<h1>關注團體對身份證轉性別要求感失望</h1><p>入境處因應終審法院裁決，修訂申請更改身份證上性別記項的政策，只要完成"
        "指定手術改變性徵，並同時符合各項資格準則及要求，便可申請更改身份證上的性別。</p><p>有關注團體表示，對當局提出的"
        "部分要求感到失望，並擔心或會左右跨性別人士的決定。</p></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert "hkej" not in doc.source and doc.source, doc.source


def test_a_day_beside_a_column_and_a_section_right_above_the_headline() -> None:
    info = parse_info_line("2024年4月4日 时事脉搏 港闻", beside=True)
    assert info is not None and str(info.date[0]) == "2024-04-04", info
    # guard: in the text, such a line is no date line (a heading may hold a day)
    assert parse_info_line("2024年4月4日 时事脉搏 港闻") is None
    # guard (test_metadata_retired2): two words before the date are a list item's headline, not a category
    assert parse_info_line("春节特辑 年夜饭 2024-02-09", beside=True) is None


def test_a_reporters_credit_labelled_caifang() -> None:
    info = parse_info_line("采访：邓力行 / 2023年2月7日")
    assert info is not None and str(info.date[0]) == "2023-02-07", info
    # guard: a sentence after the label is no credit
    assert parse_info_line("采访：在北京进行") is None
