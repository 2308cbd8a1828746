"""Guards session 46's metadata changes (issue 12), on the shapes of dev-retired40 (session 43's held-out set): an
official document's signature block run into its last line or its promulgation line (a plain text keeps no line of
its own for it), an order's masthead and number as its title and issuer, a document's title line with its number set
after it, a template's page-type word as a page's <title>, a transliterated byline beside a story's time, and a rights
holder's name in Latin letters of several words. The documents below are made up in those shapes. Each test fails on
the code before unless it says it is a guard."""

from __future__ import annotations

from test_metadata_s38 import _docs

from briefreader.ingest import clean, metadata
from briefreader.ingest.metadata import copyright_holder, parse_info_line, signature_day

_ARTICLES = (
    "第一条 为了加强某类设施的安全管理，保障人民群众生命财产安全，制定本条例。"
    "第二条 本条例适用于中华人民共和国境内某类设施的规划、建设、运行和管理。"
    "第三条 县级以上人民政府应当加强对某类设施安全管理工作的领导，建立健全协调机制。"
)


# --- a signature block at the end of the last line


def test_a_signature_run_into_the_last_line_gives_the_day_and_the_issuer() -> None:
    text = (
        "某省人民政府关于加强某项工作的意见\n\n各市、县人民政府，省政府各部门：为进一步做好某项工作，现提出如下意见。"
        "一、提高认识，加强领导。各地要把这项工作摆上重要位置，认真组织实施。二、明确责任，狠抓落实。各部门要密切配合，"
        "确保各项措施落到实处。 　　　 某 省 人 民 政 府 　　二○一九年三月十二日\n"
    )
    (doc,) = _docs(text, ".txt")
    assert str(doc.date) == "2019-03-12" and doc.date_precision == "day", doc.date
    assert doc.source == "某省人民政府", doc.source


def test_a_day_after_a_sentence_with_no_signer_is_no_signature() -> None:
    # guard: what stands between the sentence's end and the day must be an organisation or an office-holder and a
    # name; a clause ("会议于"), a person alone or a place is none
    for line in (
        "各地要认真组织实施。会议于2019年3月12日",
        "各地要认真组织实施。张三2019年3月12日",
        "各地要认真组织实施。北京 2019年3月12日",
    ):
        assert signature_day(line) is None, line
    assert signature_day("各地要认真组织实施。国 务 院 二○一九年三月十二日") == ("国务院", (_day(2019, 3, 12), "day"))
    assert signature_day("自2019年5月1日起施行。总 理 某某某 2019年3月12日") == ("", (_day(2019, 3, 12), "day"))


def _day(y: int, m: int, d: int):
    import datetime as dt

    return dt.date(y, m, d)


# --- an order: masthead, number, promulgation line signed at its end


def test_an_orders_masthead_and_number_are_its_title_and_its_issuer_the_source() -> None:
    text = (
        "中华人民共和国国务院令\n\n第999号\n\n"
        "《某类设施安全管理条例》已经2019年2月20日国务院第50次常务会议通过，现予公布，自2019年5月1日起施行。"
        "总　理　　某某某 　　　　　2019年3月12日　　\n\n\n\n某类设施安全管理条例\n\n第一章　总　　则\n\n"
        f"{_ARTICLES}\n"
    )
    (doc,) = _docs(text, ".txt")
    # (session 47: the regulation the promulgation sentence names is the title, no longer the masthead's number)
    assert doc.title == "某类设施安全管理条例" and not doc.title_generated, doc.title
    assert doc.source == "国务院", doc.source
    # the promulgation line's signature, not the day it comes into force or the meeting's
    assert str(doc.date) == "2019-03-12", doc.date
    # the signature closes its paragraph: the regulation's name below it is a line of its own, not its rest
    assert "\n某类设施安全管理条例\n" in doc.text, doc.text[:200]


def test_a_signature_closes_its_paragraph_when_blank_lines_are_dropped() -> None:
    text = "现予公布，自2019年5月1日起施行。总理 某某某2019年3月12日\n某类设施安全管理条例\n第一章 总 则\n" + _ARTICLES
    assert clean.join_broken_lines(text).split("\n")[:3] == [
        "现予公布，自2019年5月1日起施行。总理 某某某2019年3月12日",
        "某类设施安全管理条例",
        "第一章 总 则",
    ]
    # guard: a paragraph ending in a day with no signer set apart still takes its wrapped rest
    joined = clean.join_broken_lines(
        "会议决定，本次安全生产大检查工作于2019年3月12日\n在全省范围内同时开展，各地要认真组织。"
    )
    assert joined == "会议决定，本次安全生产大检查工作于2019年3月12日在全省范围内同时开展，各地要认真组织。", joined


def test_a_word_ending_in_ling_with_no_number_is_no_masthead() -> None:
    # guard: 禁令, 法令 end in 令 too; a masthead is known by its number
    assert metadata._order_masthead(["某市发布禁令", "近日，某市发布禁令，禁止在城区燃放烟花爆竹。"], 0) is None
    assert metadata._order_masthead(["交通运输部令", "2019年第5号"], 0) == ("交通运输部令2019年第5号", "交通运输部", 2)


# --- a document's title line with its number after it


def test_a_title_line_with_its_number_gives_the_title_without_it() -> None:
    text = (
        "国务院关于加强某项工作的意见 国发 〔2019〕 12 号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
        "为进一步做好某项工作，现提出如下意见。各地区、各部门要认真贯彻落实。\n"
    )
    (doc,) = _docs(text, ".txt")
    assert doc.title == "国务院关于加强某项工作的意见" and not doc.title_generated, (doc.title, doc.title_generated)


def test_a_headline_with_a_bracketed_number_in_it_keeps_it() -> None:
    # guard: a number in brackets is part of the title as published; only one set after a blank is split off
    assert metadata._numbered_title("某局行政处罚信息公开表（某罚决字〔2024〕52号）") is None
    assert metadata._numbered_title("国务院关于加强某项工作的意见 国发〔2019〕12号") == (
        "国务院关于加强某项工作的意见",
        2019,
    )


# --- a story page whose <title> is its template's page-type word


def test_a_page_type_word_is_no_headline() -> None:
    for word in ("文章页", "详情页", "新闻详情页", "内容页", "文章详情"):
        assert not metadata._headline_ok(word), word
    # guard: a short headline that merely holds such a word is one
    assert metadata._headline_ok("详情页设计大赛开幕")


def test_a_transliterated_byline_beside_the_time() -> None:
    info = parse_info_line("更新于2022年8月6日 15:27 露西•凯拉韦")
    assert info is not None and str(info.date[0]) == "2022-08-06" and info.authors == ["露西•凯拉韦"], info
    info = parse_info_line("2022年8月6日 15:27 约翰·史密斯")
    assert info is not None and info.authors == ["约翰·史密斯"], info
    # guard: an outlet and its channel joined by a dot are no person's name
    info = parse_info_line("2022年8月6日 某某日报·客户端")
    assert info is None or not info.authors, info


def test_a_rights_holder_in_latin_letters_of_several_words() -> None:
    assert copyright_holder("© The Financial Times Ltd 2022") == "Financial Times"
    assert copyright_holder("© 2014 The Liberty Times. All Rights Reserved.") == "Liberty Times"
    assert copyright_holder("Copyright © 2020 Public Television Service") == "Public Television Service"
    # guard: one word as before; an article alone names no one
    assert copyright_holder("© Reuters 2024") == "Reuters"
    assert copyright_holder("Copyright (c) 2024 ETNet Inc.") == "ETNet"
    assert copyright_holder("© The") == ""


# --- dev leftovers: a page control glued after an outlet, a closing "本文来自X" note


def test_a_page_control_glued_after_the_outlet_goes() -> None:
    assert metadata._source_value("南方日报返回列表") == "南方日报"
    assert metadata._source_value("新华网打印本页") == "新华网"
    # guard: only when an outlet's name is left; a name that merely ends so stays whole
    assert metadata._source_value("南方日报") == "南方日报"
    assert metadata._source_value("某某返回列表") == "某某返回列表"


def test_a_closing_note_naming_an_account_by_its_wechat_id_is_the_source() -> None:
    text = "某基金经理调查：股票持仓降至低点\n\n" + _ARTICLES + "\n\n*本文来自环宇见闻（微信ID：huanyujianwen）。\n"
    (doc,) = _docs(text, ".txt")
    assert doc.source == "环宇见闻", doc.source
    # guard: with no id after it, a name the tables do not know stays unread (a note may name a reader or a book)
    (doc,) = _docs(text.replace("（微信ID：huanyujianwen）", ""), ".txt")
    assert doc.source != "环宇见闻", doc.source


# --- a joint notice that forwards its attachment signs before it (dev-retired41 s44h_03 #2)


def test_a_signature_block_inside_the_text_gives_the_day_when_nothing_else_does() -> None:
    text = (
        "八部门联合发文 推进某项工作\n\n各省、自治区、直辖市有关部门：\n\n现将《某项工作指引》印发给你们，请认真遵照执行。\n\n"
        "工业和信息化部\n\n国家发展和改革委员会\n\n国家数据局\n\n2026年1月30日\n\n某项工作指引\n\n" + _ARTICLES + "\n"
    )
    (doc,) = _docs(text, ".txt")
    assert str(doc.date) == "2026-01-30", doc.date
    # guard: a day alone under a sentence, with no signer between, is an event's or a list's, no signature
    assert metadata._inner_signature(["请认真遵照执行。", "", "2026年1月30日", "某项工作指引"]) is None
    assert metadata._inner_signature(["请认真遵照执行。", "国家数据局", "2026年1月30日", "某项工作指引"]) == (
        _day(2026, 1, 30),
        "day",
    )
