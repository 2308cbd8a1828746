"""A record's field given as a one-string list is that string (session 42, the judge batch's s42b_12: a scraper's
items written as Scrapy's extract() gives them, ``"title": ["…"]``, ``"date": ["2017-11-30 10:46"]``). The title,
date and link were unread, and a record whose body list was empty was dropped with them."""

from __future__ import annotations

import json

from briefreader.ingest.records import parse_json_records

ITEMS = [
    {
        "title": ["国家统计局发布11月份制造业采购经理指数"],
        "date": ["2017-11-30 10:46"],
        "url": ["http://www.gov.cn/xinwen/2017-11/30/content_1.htm"],
        "body": ["国家统计局30日发布数据，11月份制造业采购经理指数为51.8%。", "比上月上升0.2个百分点。"],
    },
    {
        "title": ["中国首次环球海洋综合科考开展作业"],
        "date": ["2017-11-30 09:12"],
        "url": ["http://www.gov.cn/xinwen/2017-11/30/content_2.htm"],
        "body": [],
    },
]


def test_one_string_lists_are_their_strings_and_no_record_is_dropped() -> None:
    records = parse_json_records(json.dumps(ITEMS, ensure_ascii=False))
    assert records is not None and len(records) == 2
    first, second = records
    assert first.title == "国家统计局发布11月份制造业采购经理指数"
    assert first.date.startswith("2017-11-30") and first.url.endswith("content_1.htm")
    assert "51.8%" in first.body and "上升0.2个百分点" in first.body  # a list of paragraphs stays a body
    # no body: a record among titled, dated records reads as its headline, as a feed entry does
    assert second.title == "中国首次环球海洋综合科考开展作业" and second.body == second.title
    assert second.date.startswith("2017-11-30")


def test_a_list_of_several_names_is_not_one_name() -> None:
    items = [dict(ITEMS[0], source=["新华社", "人民网"]), dict(ITEMS[1], body=["一段正文。"])]
    records = parse_json_records(json.dumps(items, ensure_ascii=False))
    assert records is not None and records[0].source != "新华社人民网"
