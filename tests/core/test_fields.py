"""fields.py: ONE reader of labelled fields in every layout, and ONE table of labels (issue 12, session 43).

Each layout below is one the realworld corpus holds (the dev file named beside it); each would be read by no reader,
or by a different one with a list of its own, before the module."""

from __future__ import annotations

import time

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.fields import LABELS, VALUE_MAX, WINDOW, fields_of_line, read_fields


def _pairs(line: str) -> list[tuple[str, str]]:
    return [(f.field, f.value) for f in fields_of_line(line)]


def test_several_fields_on_one_line():
    # a page's credit row: a reporter, an outlet, a day
    assert _pairs("作者：曹继军 ，颜维琦 来源：光明日报 日期：2012年10月27日 06:19") == [
        ("author", "曹继军 ，颜维琦"),
        ("source", "光明日报"),
        ("date", "2012年10月27日 06:19"),
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("标　　题：关于印发某某办法的通知", ("title", "关于印发某某办法的通知")),  # spaced to a column's width
        ("【来源】新华社", ("source", "新华社")),  # a bracket round the label
        ("来源丨贵阳日报", ("source", "贵阳日报")),  # a bar after it (WeChat)
        ("（原标题：美国国会挺台 呼吁签署法案）", ("original_title", "美国国会挺台 呼吁签署法案")),  # dev s42b_03
        ("title: 外交部发言人答记者问", ("title", "外交部发言人答记者问")),  # a record's Latin key (dev s42b_04)
        ("- URL: http://www.scio.gov.cn/x.htm", ("link", "http://www.scio.gov.cn/x.htm")),
        ("發布時間：2024-01-02", ("date", "2024-01-02")),  # Traditional
        ("会议时间：2024年3月15日上午9时", ("event", "2024年3月15日上午9时")),  # what a notice announces
    ],
)
def test_each_layout_is_read_by_the_one_reader(line: str, want: tuple[str, str]):
    assert _pairs(line)[0] == want


def test_an_editor_is_an_editor_never_a_source():
    assert _pairs("来源丨贵阳日报 编辑丨赵子滟") == [("source", "贵阳日报"), ("editor", "赵子滟")]
    assert LABELS["责任编辑"] == "editor" and LABELS["记者"] == "author" and LABELS["来源"] == "source"


def test_prose_with_a_latin_word_and_a_colon_is_no_field():
    assert _pairs("He wrote from: a village") == []
    assert _pairs("原文：这是一段话") == []  # 原文 is no label; 文 inside a word is none either


def test_a_label_cell_over_its_value_cell():
    # a document table saved as text: each cell on its own line
    fields = list(read_fields(["标题", "关于某某的通知", "发布日期", "2024-01-02", "正文", "某某"]))
    assert [(f.field, f.value, f.how) for f in fields] == [
        ("title", "关于某某的通知", "next line"),
        ("date", "2024-01-02", "next line"),
    ]


def test_values_are_bounded():
    long_source = "来源：" + "很" * 200
    assert _pairs(long_source) == []  # no name is 200 characters long
    assert VALUE_MAX["title"] == 120
    headline = "标题：" + "长" * 121
    assert _pairs(headline) == []


def test_a_1mb_line_is_read_in_a_window():
    line = ("来源：新华社 " * 200_000)[:1_000_000]
    start = time.process_time()
    fields = fields_of_line(line)
    assert time.process_time() - start < 1.0
    assert all(f.line == 0 for f in fields) and len(fields) <= WINDOW // 4
    start = time.process_time()
    assert len(list(read_fields([line] * 5))) <= 5 * WINDOW // 4
    assert time.process_time() - start < 2.0


# dev s42b_08 (a PHP view of a hospital site reposting 光明日报): the credit block under the text
CREDIT_BLOCK = """<html><body><strong>创新人才缘何辈出</strong><br />
<p>今年年初，从美国前列腺癌基金会传来喜讯，长海医院泌尿外科主治医师任善成凭借其研究项目荣获青年学者奖，成为该基金会19年来第一位获此殊荣的中国学者。</p>
<p>31岁的任善成，是第二军医大学近年来涌现出的高素质创新人才之一，研究生教育质量不断提升。</p>
<span>作者：曹继军 ，颜维琦</span><br />
<span>来源：光明日报</span><br />
<span>日期：2012年10月27日 06:19</span><br />
<span>链接：http://news.ifeng.com/gundong/detail_2012_10/27/18599272_0.shtml</span><br />
</body></html>"""


def test_a_credit_block_at_the_foot_gives_source_and_date_and_leaves_the_text():
    b = ingest_bytes(CREDIT_BLOCK.encode(), id="p", suffix=".html")
    assert b.source == "光明日报"  # was none: a 来源 line in a block under the text was read by no reader
    assert b.date_iso == "2012-10-27"
    assert "来源：" not in b.text and "链接：" not in b.text
    assert "第二军医大学" in b.text


def test_one_labelled_name_alone_is_no_block():
    # a single field under the text is the info-line reader's; its reporter's name is never the source
    page = CREDIT_BLOCK.replace("<span>来源：光明日报</span><br />", "").replace(
        "<span>日期：2012年10月27日 06:19</span><br />", ""
    )
    page = page.replace("<span>链接：http://news.ifeng.com/gundong/detail_2012_10/27/18599272_0.shtml</span><br />", "")
    b = ingest_bytes(page.encode(), id="p", suffix=".html")
    assert b.source not in ("曹继军", "颜维琦")


def test_a_day_and_a_time_alone_are_an_events_and_stay_in_the_text():
    # dev s17_04: an exhibition's day and hours under the text, no field of the article's
    page = CREDIT_BLOCK.replace(
        "<span>作者：曹继军 ，颜维琦</span><br />\n<span>来源：光明日报</span><br />\n"
        "<span>日期：2012年10月27日 06:19</span><br />\n",
        "<span>日期：9月9日</span><br />\n<span>时间：上午9时30分至下午5时</span><br />\n",
    ).replace("<span>链接：http://news.ifeng.com/gundong/detail_2012_10/27/18599272_0.shtml</span><br />", "")
    b = ingest_bytes(page.encode(), id="p", suffix=".html")
    assert "时间：上午9时30分至下午5时" in b.text


@pytest.mark.parametrize(
    ("written", "want"),
    [
        (
            "（原标题：美国国会挺台入国际刑警组织 呼吁奥巴马尽快签署法案）",
            "美国国会挺台入国际刑警组织 呼吁奥巴马尽快签署法案",
        ),
        ("本文原标题：《游启明：一个人的战争》", "游启明：一个人的战争"),
        ("标题：关于印发某某办法的通知", "关于印发某某办法的通知"),
        ("新闻:法国农民因抗议封锁高速公路", "法国农民因抗议封锁高速公路"),
        ("作者：张三李四王五", "作者：张三李四王五"),  # no title's label: left as it is
        ("来源：新华社", "来源：新华社"),  # no title's label: left as it is
    ],
)
def test_a_title_fields_label_leaves_the_title(written: str, want: str):
    from briefreader.ingest.metadata import clean_title

    assert clean_title(written) == want


def test_a_news_desks_telephone_is_no_headline():
    # dev s17_25 (a provincial portal's page): "新闻：<phone>广告：<phone>" over the headline
    assert _pairs("新闻：0351-4281494广告：0351-4281485") == []
    assert _pairs("新闻：0351-4281494") == []
    assert _pairs("新闻：法国农民抗议") == [("title", "法国农民抗议")]


def test_a_menu_word_alone_takes_no_value_from_the_next_line():
    # a site's menu one item a line ("新闻 / 体育"): no table's cell over its value
    assert list(read_fields(["新闻", "体育", "财经"])) == []
    assert [(f.field, f.value) for f in read_fields(["发布日期", "2024-01-02"])] == [("date", "2024-01-02")]
