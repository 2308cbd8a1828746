"""Session 37 (12-text): a record's list of strings is a list of paragraphs, and a last line goes as a site's offer
only when the WHOLE line is the offer.

- a digest record's one-line items ("news": [...], dev-retired25 s28h_03) stay a paragraph each: no item ends a
  sentence, so the lines used to run together; an item cut on a comma still joins the next (dev s16_18);
- a paid plug or an outlet's product plug (dev-retired20 s23_03, dev s31_06) goes only when no clause of the line
  remarks on the offer ("9.9元即可解锁全部课程，这是该平台最常见的营销方式。" is the article's: review s36).

Inputs are written in those shapes; the guards keep what was right."""

from __future__ import annotations

import json

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_entries
from briefreader.ingest.clean import drop_boilerplate as _drop


def drop_boilerplate(text: str) -> str:
    """The line rules as the pipeline runs them: on the text in Simplified."""
    return _drop(to_simplified(text))


_ITEMS = [
    "2025 年度中国电影总票房已突破 500 亿元，其中全年动画电影票房超 245 亿元，接近全年总票房的一半",
    "中国经济年会：今年我国经济总量预计达 140 万亿元左右，主要经济指标表现好于预期",
    "医保局公布 2026 年重点计划：职工医保个人账户明年全面实现跨省共济",
    "上海浦东：针对新注册 AI 一人创业公司，提供最高 30 万元的免费算力",
]


def _read(record: object) -> str:
    (b,) = ingest_entries(json.dumps(record, ensure_ascii=False).encode(), id="t", suffix=".json")
    return b.text


def test_a_digest_records_items_stay_a_paragraph_each() -> None:
    tip = "没有任何一朵花，一开始便是花。也没有任何一朵花，直到最后也仍是花"
    text = _read({"date": "2025-12-14", "news": _ITEMS, "tip": tip})
    lines = [line for line in text.split("\n") if line]
    for item in _ITEMS[1:]:  # (the first is the record's headline)
        assert any(line.endswith(item[-6:]) for line in lines), item
    # no line holds the end of one item and the start of the next
    assert not any("一半中国经济年会" in line or "预期医保局" in line or "共济上海" in line for line in lines)
    assert lines[-1] == tip  # (the tip field, under the items, its own paragraph too)


def test_a_records_body_list_keeps_its_paragraphs_and_joins_a_sentence_cut_on_a_comma() -> None:
    records = [
        {
            "title": "东方红万里行走进社区",
            "date": "2026-06-12",
            "content": ["课程内容最新涵盖宏观形势、投资理论、资产配置及日常陪伴，", "并且搭建了跨部门协同的讲师团队。"],
        },
        {
            "title": "判决要旨",
            "date": "2026-06-12",
            "content": [
                "一、宪法诉讼法第59条第1项之确定终局裁判，包含本案及非本案裁判",
                "人民就其依法定程序用尽审级救济之案件，认有抵触宪法者，得声请宪法法庭为宣告违宪之判决。",
            ],
        },
    ]
    got = ingest_entries(json.dumps(records, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert "日常陪伴，并且搭建" in got[0].text  # (one sentence, cut by the scraper on its comma)
    heading = to_simplified("一、宪法诉讼法第59条第1项之确定终局裁判，包含本案及非本案裁判")
    assert heading in got[1].text.split("\n")  # (a heading item, its own line above its paragraph)
    # a body given as one string is a plain text: its blank lines are no sure paragraph end (a double-spaced file)
    lead = "近年来，“东方红万里行”完成升级迭代，课程内容最新涵盖宏观形势、投资理论、基金理财、资产配置及日常陪伴"
    rest = "并且东方红资产管理搭建了跨部门协同的矩阵式讲师团队，实现全业务条线覆盖。"
    one = [{"title": "东方红万里行走进社区", "date": "2026-06-12", "content": lead + "\n\n" + rest}]
    (w,) = ingest_entries(json.dumps(one, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert "日常陪伴并且" in w.text
    # the same two as a list's strings: two paragraphs
    two = [{"title": "东方红万里行走进社区", "date": "2026-06-12", "content": [lead, rest]}]
    (p,) = ingest_entries(json.dumps(two, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert [line for line in p.text.split("\n") if line] == [lead, rest]


_STORY = "该平台推出付费阅读功能，吸引了大量用户。"


def test_a_paid_plug_goes_only_when_the_whole_line_is_the_offer() -> None:
    offers = [
        "7元解锁710+AI与开源项目资料，每周更新，包括90+低开平台",
        "推荐进入财新数据库，可随时查阅宏观经济、股票债券、公司人物，财经数据尽在掌握。",
    ]
    for offer in offers:
        assert drop_boilerplate(_STORY + "\n" + offer) == _STORY, offer
    remarks = [
        "9.9元即可解锁全部课程，这是该平台最常见的营销方式。",
        "9.9元即可解锁全部课程，但多数用户并不买账。",
        "9.9元解锁全部课程，其实就是换了个名字卖会员。",
        "推荐进入财新数据库，这是该社去年推出的付费产品。",
        "欢迎使用“粤省事”小程序，但不少用户反映其操作繁琐。",
    ]
    for remark in remarks:
        assert drop_boilerplate(_STORY + "\n" + remark) == _STORY + "\n" + remark, remark
