"""Session 49, issue 12 (records): dev-retired44's record-shaped misses, each judged by structure.

- A CSV export cut to its header and ONE record ("title,content,url,date,source" over one row, s47h_08/09): the header
  names a headline's and a text's column, so the one row is a record read by its fields' names (it was one document:
  the header line and the row's cells as text, no date, no source).
- A record's text that is its page's text from the top (s47h_06 #2/#3): the page's <title> line (the record's title),
  the site's masthead line ("中电传媒股份有限公司主办"), then the bare headline: the text starts under it.
- A column of publisher-shaped names the outlet table does not know, the same name in every record (an aggregation
  API's "origin": "经济参考报", s47h_02): the records' source, as a column with one known outlet among them was
  (roles._publisher_shaped); various such names, none known, still say nothing (test_records_s48).
- A field given in two languages ("SourceCn" and "sourceEng", dev s45b_03): a record that leaves one empty (#4's
  SourceCn "") names its value in the other.
"""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries
from briefreader.ingest.records import _other_language, _without_page_head, parse_json_records, parse_records
from briefreader.ingest.roles import assign

_BODY = "银保监会有关部门负责人介绍，截至3月13日，央行发放抗疫专项再贷款1840亿元。各银行向重点企业发放优惠贷款。"


def test_a_csv_cut_to_one_record_under_its_header_is_that_record() -> None:
    text = (
        "title,content,url,date,source\n"
        f"银保监会：银行金融业为抗击疫情信贷支持超1.4万亿元,{_BODY},"
        "https://finance.sina.com.cn/roll/2020-03-16/doc-iimxyqwa0738089.shtml,2020年03月16日 04:31,人民日报\n"
    )
    (b,) = ingest_entries(text.encode("gbk"), id="one", suffix=".csv")
    assert b.title == "银保监会：银行金融业为抗击疫情信贷支持超1.4万亿元"
    assert b.date_iso == "2020-03-16" and b.source == "人民日报"
    assert b.link.startswith("https://finance.sina.com.cn/") and b.text.startswith("银保监会有关部门负责人介绍")
    assert "title,content" not in b.text and b.format == "record"


def test_one_row_under_a_header_that_names_no_headline_and_text_is_no_record() -> None:
    assert not parse_records("name,value\n总投资（万元）,1000\n")
    assert not parse_records("title,date\n某某公司年度报告发布会在京举行,2020-01-01\n")  # a headline, no text column


def test_a_record_text_under_its_page_head_starts_at_the_lead() -> None:
    title = "宁夏戈壁崛起新能源智慧化无人值守场站--中国能源新闻网"
    lead = "长风掠过茫茫戈壁，风机叶轮缓缓转动，连片光伏板在旷野熠熠生辉。"
    body = f"{title}\n中电传媒股份有限公司主办\n宁夏戈壁崛起新能源智慧化无人值守场站\n{lead}\n第二段。"
    assert _without_page_head(title, body) == f"{lead}\n第二段。"
    # the title line then prose (no bare headline in the head): the text as it is
    assert _without_page_head(title, f"{title}\n{lead}\n第二段。") == f"{title}\n{lead}\n第二段。"
    # a line of prose between them is text, never a masthead
    said = f"{title}\n这是一个句子。\n宁夏戈壁崛起新能源智慧化无人值守场站\n{lead}"
    assert _without_page_head(title, said) == said
    # a body that does not open with the record's title
    assert _without_page_head(title, f"{lead}\n{title}") == f"{lead}\n{title}"


def test_the_page_head_goes_from_a_csv_record() -> None:
    rows = [
        (
            "宁夏戈壁崛起新能源智慧化无人值守场站--中国能源新闻网",
            "长风掠过茫茫戈壁，风机叶轮缓缓转动，连片光伏板在旷野熠熠生辉。",
        ),
        (
            "核电厂如何“退休”有了新规定--中国能源新闻网",
            "19日，四部门联合印发的《核电厂退役准备管理暂行办法》公布，自今年7月1日起施行。",
        ),
    ]
    lines = ["title,published_at,content,url,source_name"]
    for n, (title, lead) in enumerate(rows):
        bare = title.split("--")[0]
        content = f"{title}\n中电传媒股份有限公司主办\n{bare}\n{lead}"
        lines.append(f'{title},2026-05-28,"{content}",https://www.cpnn.com.cn/news/{n},中国电力新闻网-新能源')
    records = parse_records("\n".join(lines) + "\n")
    assert [r.body for r in records] == [lead for _, lead in rows]


def test_a_column_of_an_unknown_papers_name_is_the_source() -> None:
    items = [
        {"title": f"第{n}篇报道的标题在这里", "url": f"http://dz.jjckb.cn/content_{n}.htm", "origin": "经济参考报",
         "summary": f"第{n}篇报道的正文。银行业保险业为实体经济提供新增资金。普惠型小微企业贷款余额增长。",
         "publish_date": "2025-09-23"}
        for n in range(3)
    ]  # fmt: skip
    records = parse_json_records(json.dumps({"news_list": items, "status": "ok"}, ensure_ascii=False))
    assert records is not None and [r.source for r in records] == ["经济参考报"] * 3


def test_a_column_of_short_labels_is_no_source() -> None:
    labels = [{"title": f"标题{n}号新闻", "tag": tag} for n, tag in enumerate(["国内", "国际", "财经", "国内"])]
    assert "source" not in assign(labels).fields


def test_one_record_of_a_publisher_shaped_name_is_no_source() -> None:
    item = {
        "title": "第一篇报道的标题在这里",
        "origin": "经济参考报",
        "summary": "报道的正文。银行业保险业为实体经济提供资金。",
    }
    records = parse_json_records(json.dumps([item], ensure_ascii=False))
    assert records is not None and records[0].source == ""  # (one record's short field may be anything's name)


def test_a_field_empty_in_one_language_is_read_in_the_other() -> None:
    items = [
        {"date": "23-Mar-2021", "sourceEng": "東網", "SourceCn": "東網", "title": "理大日內瓦國際發明展奪3金3銀",
         "address": "https://hk.on.cc/hk/bkn/cnt/news/20210323/bkn-20210323150025144.html"},
        {"date": "23-Mar-2021", "sourceEng": "Commercial Radio Hong Kong", "SourceCn": "香港商業電台",
         "title": "理大日內瓦國際發明展奪3金3銀　2項發明已商品化", "address": "http://www.881903.com/Page/ZH-TW/news.aspx"},
        {"date": "15-Jun-2018", "sourceEng": "Hong Kong Economic Journal (HKEJ)", "SourceCn": "",
         "title": "馬會捐 3200 萬元裝塌樹傳感器", "address": "https://goo.gl/qnPMwj"},
    ]  # fmt: skip
    records = parse_json_records(json.dumps({"list": items}, ensure_ascii=False))
    assert records is not None and [r.source for r in records] == [
        "東網",
        "香港商業電台",
        "Hong Kong Economic Journal (HKEJ)",
    ]
    assert _other_language({"titlezh": "", "titleen": "A headline"}, "titlezh") == "A headline"
    assert _other_language({"source": "", "sourceen": "X"}, "source") == ""  # (no language in the name: no sibling)
    assert _other_language({"sourcecn": "", "season": "spring"}, "sourcecn") == ""
