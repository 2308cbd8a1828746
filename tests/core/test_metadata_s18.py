"""Guards session 18's metadata changes (issue 12): the issuer of an office's, a school's or a society's document
read from every place it states it, each a candidate judged by one organisation-name reading. Each positive case is
written from general knowledge of how such documents are made (fictional names, not copied from a corpus file);
each fails on the code before unless it says it is a guard."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.metadata import organisation_name

_PARA = (
    "今年春季学期，区里组织青年志愿者深入社区开展健康宣讲，累计服务居民三千余人次。"
    "活动结束后，参与的志愿者纷纷表示，走出办公室、贴近群众，让他们对公共服务有了新的理解。"
)


def _txt(*lines: str) -> bytes:
    return "\n".join(lines).encode()


# --- one reading of an organisation's name


@pytest.mark.parametrize(
    "name",
    [
        "东江大学新闻传播学院",
        "青州市临河区人民政府石桥街道办事处",
        "青州市临河区社会福利院",
        "青州市第二中学",
        "青州市临河区财政局",
        "青 州 市 临 河 区 财 政 局",  # a justified cover line
        "青州市摄影家协会",
    ],
)
def test_an_organisation_name_reads_as_one(name: str):
    assert organisation_name(name) == name.replace(" ", "")


@pytest.mark.parametrize(
    "line",
    [
        "本局",  # a pronoun, no one in particular
        "该学院",
        "欢迎广大居民踊跃参加本次便民服务交流会",  # a sentence ending so
        "李学院",  # too short to be more than a person's name
        "学院",
    ],
)
def test_no_organisation_name(line: str):
    # guard: (passes on the old code too, which had no such reading)
    assert organisation_name(line) == ""


# --- a signature block: the body's name above the date closing its statement


def test_a_school_signs_its_statement():
    html = (
        "<html><head><title>东江大学新闻传播学院</title></head><body><div class='article'>"
        f"<p>{_PARA}</p><p>{_PARA}第二段。</p><p>特此说明。</p>"
        "<p style='text-align:right'>东江大学新闻传播学院<br>2024年3月5日</p></div></body></html>"
    ).encode()
    b = ingest_bytes(html, id="t.html", suffix=".html")
    assert b.source == "东江大学新闻传播学院"


# --- an office's document: its fields, its cover, its title


def test_a_budget_names_its_department_in_a_field():
    b = ingest_bytes(
        _txt("青州市临河区2025年区级部门预算", "预算主管部门：青州市临河区人民政府办公室", "", _PARA, _PARA + "后续。"),
        id="t.txt",
        suffix=".txt",
    )
    assert b.source == "青州市临河区人民政府办公室"


def test_a_form_names_its_compiler_at_the_end():
    b = ingest_bytes(
        _txt("收支情况说明", "", _PARA, _PARA + "后续。", "", "编制部门：青州市临河区民政局 负责人：王某某"),
        id="t.txt",
        suffix=".txt",
    )
    assert b.source == "青州市临河区民政局"


def test_a_cover_line_names_the_issuing_body():
    b = ingest_bytes(
        _txt("青州市临河区人民政府石桥街道办事处", "2024年度部门决算", "", _PARA, _PARA + "后续。"),
        id="t.txt",
        suffix=".txt",
    )
    assert b.source == "青州市临河区人民政府石桥街道办事处"


def test_a_report_title_names_its_issuer():
    b = ingest_bytes(
        _txt("临河县人民政府2023年政府信息公开工作年度报告", "", _PARA, _PARA + "后续。"), id="t.txt", suffix=".txt"
    )
    assert b.source == "临河县人民政府"


def test_a_dateline_outranks_a_cover_line():
    # guard: a news text's own dateline names its outlet over an office's name heading it
    b = ingest_bytes(
        _txt("青州市临河区财政局", "", "新华社青州3月5日电 " + _PARA, _PARA + "后续。"), id="t.txt", suffix=".txt"
    )
    assert b.source == "新华社"


# --- a share bar's sites are no source


def test_a_share_bar_after_an_empty_source_label():
    html = (
        "<html><head><title>社区健康宣讲走进百户人家</title></head><body>"
        "<h1>社区健康宣讲走进百户人家</h1><div>2011年09月30日来源：</div>"
        "<div>分享到： QQ空间 新浪微博 人人网 开心网 更多</div>"
        f"<div class='article'><p>{_PARA}</p><p>{_PARA}第二段。</p></div></body></html>"
    ).encode()
    b = ingest_bytes(html, id="t.html", suffix=".html")
    assert b.source != "人人网"


# --- a <title>'s site after a dash with a blank on one side only


def test_a_title_dash_with_one_blank_splits_off_the_site():
    html = (
        "<html><head><title>社区健康宣讲走进百户人家- 青州商圈新闻</title></head><body>"
        "<h1>社区健康宣讲走进百户人家</h1>"
        f"<div class='article'><p>{_PARA}</p><p>{_PARA}第二段。</p></div></body></html>"
    ).encode()
    b = ingest_bytes(html, id="t.html", suffix=".html")
    assert b.title == "社区健康宣讲走进百户人家"
    assert b.source == "青州商圈新闻"


# --- a press tag in brackets: a time zone's word, the day alone, the day in Chinese numerals


def _lead(tag: str) -> bytes:
    return _txt("社区健康宣讲走进百户人家", "", tag + _PARA, _PARA + "后续。")


def test_a_time_zone_word_is_no_part_of_the_outlet():
    b = ingest_bytes(_lead("【大纪元北京时间2020年03月05日讯】"), id="t.txt", suffix=".txt")
    assert b.source == "大纪元"
    assert str(b.date) == "2020-03-05"


def test_an_outlet_and_its_day_alone_in_brackets():
    b = ingest_bytes(_lead("【青州之声2021年3月4日】"), id="t.txt", suffix=".txt")
    assert b.source == "青州之声"
    assert str(b.date) == "2021-03-04"


def test_a_press_tag_day_in_chinese_numerals():
    b = ingest_bytes(_lead("【青州网二零二零年三月五日】"), id="t.txt", suffix=".txt")
    assert b.source == "青州网"
    assert str(b.date) == "2020-03-05"


def test_a_bracketed_word_and_day_names_no_outlet():
    # guard: the day alone in brackets needs an outlet's name before it
    b = ingest_bytes(_lead("【更新2021年3月4日】"), id="t.txt", suffix=".txt")
    assert b.source != "更新"


# --- a broadcast's programme is no source; a script's speaker tag is no headline


def test_a_programme_after_the_broadcast_time_is_no_source():
    html = (
        "<html><head><title>社区健康宣讲走进百户人家</title><meta name='application-name' content='青州电视新闻网'>"
        "</head><body><h1>社区健康宣讲走进百户人家</h1>"
        f"<div class='article'><p>{_PARA}</p><p>{_PARA}第二段。</p><p>(2014-12-12 19:00)</p><p>晚间新闻</p></div>"
        "</body></html>"
    ).encode()
    b = ingest_bytes(html, id="t.html", suffix=".html")
    assert b.source == "青州电视新闻网"


def test_a_speaker_tag_is_no_headline():
    b = ingest_bytes(_txt("==消防人员==", "", _PARA, _PARA + "后续。"), id="t.txt", suffix=".txt")
    assert b.title != "==消防人员=="


# --- a <title>'s site named 网页/网站, after a percent, or alone


def _site_page(title: str, og: str = "") -> bytes:
    meta = f"<meta property='og:title' content='{og}'>" if og else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><h1>社区宣讲今年增11%</h1>"
        f"<div class='article'><p>{_PARA}</p><p>{_PARA}第二段。</p></div>"
        "<div>Copyright 2010 Qingzhou Daily Ltd. all rights reserved.</div></body></html>"
    ).encode()


def test_a_site_named_as_a_web_page_after_a_percent():
    b = ingest_bytes(
        _site_page("社区宣讲今年增11% - 青州日报网页", og="社区宣讲今年增11%- 青州日报网页"),
        id="t.html",
        suffix=".html",
    )
    assert b.title == "社区宣讲今年增11%"
    assert b.source == "青州日报网页"


def test_a_title_of_the_site_alone_names_the_site():
    # (the rights line's Latin name, cut at its first word, stays below the site's own name)
    b = ingest_bytes(_site_page(" - 青州日报网页"), id="t.html", suffix=".html")
    assert b.source == "青州日报网页"


# --- a portal's poster label glued after the day


def test_a_day_glued_to_the_poster_label():
    b = ingest_bytes(
        _txt("社区健康宣讲走进百户人家", "发布时间：2011-05-03发布人：-", _PARA, _PARA + "后续。"),
        id="t.txt",
        suffix=".txt",
    )
    assert str(b.date) == "2011-05-03"
