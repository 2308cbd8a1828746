"""Session 43 (issue 12): one reader for every record shape: which field is which, by its name AND its values
(ingest/roles.py), and the record readers that use it where no listed name says."""

from __future__ import annotations

import json
import time

import pytest

from briefreader.ingest import roles
from briefreader.ingest.records import parse_json_records

_PROSE = [
    "国家统计局今天发布数据显示，上半年全国规模以上工业增加值同比增长百分之六。其中制造业增长较快，高技术产业尤为突出。"
    "专家认为，下半年经济运行有望继续保持稳中向好态势。",
    "市政府新闻办公室举行发布会，介绍城市更新工作进展。今年以来，全市累计改造老旧小区三百余个。"
    "下一步将继续推进加装电梯和停车设施建设。",
    "记者从省教育厅获悉，今年秋季学期全省新增学位两万余个。新建改扩建学校六十所，已全部按期投入使用。"
    "教育部门表示将进一步优化学校布局。",
]


def _pinyin_records() -> list[dict[str, str]]:
    """Records whose field names no table lists (a scraper's pinyin names): their values say which is which."""
    return [
        {
            "bianhao": f"{1000 + n}",
            "biaoti": f"第{n + 1}条新闻的标题在这里写明白",
            "neirong": prose,
            "shijian": f"2024-05-0{n + 1} 10:3{n}",
            "wangzhi": f"https://news.example.cn/a/{n}.html",
            "laiyuan": "新华社",
        }
        for n, prose in enumerate(_PROSE)
    ]


def test_roles_read_from_values_when_no_name_is_known() -> None:
    found = roles.assign(_pinyin_records())
    assert found.get("title") == "biaoti"
    assert found.get("body") == "neirong"
    assert found.get("date") == "shijian"
    assert found.get("link") == "wangzhi"
    assert found.get("source") == "laiyuan"  # the same short value in every record, a known outlet's name


def test_a_named_field_whose_values_are_not_the_role_is_not_given_it() -> None:
    records = [{"date": "未知", "title": f"标题之{n}号：某地召开会议", "content": p} for n, p in enumerate(_PROSE)]
    found = roles.assign(records)
    assert found.get("date") == ""  # a "date" that never parses is no date
    assert found.get("title") == "title" and found.get("body") == "content"


def test_a_repeated_label_that_names_no_outlet_is_a_category_not_the_source() -> None:
    records = [{"lanmu": c, "biaoti": f"栏目文章之{n}号标题", "neirong": p} for n, (c, p) in enumerate(zip(("体育", "体育", "财经"), _PROSE, strict=True))]  # fmt: skip
    found = roles.assign(records)
    assert found.get("source") == ""
    assert found.get("title") == "biaoti"


def test_one_record_short_value_is_no_title_without_a_name_saying_so() -> None:
    found = roles.assign([{"nickname": "张三丰", "handle": "user_zhang", "neirong": _PROSE[0]}])
    assert found.get("title") == ""
    assert found.get("body") == "neirong"


def test_an_epoch_number_is_no_date_by_its_value_alone() -> None:
    # (a crawl's stamp as often as the item's: records reads those by name only)
    records = [{"ts": str(1_700_000_000 + n), "neirong": p} for n, p in enumerate(_PROSE)]
    assert roles.assign(records).get("date") == ""


def test_json_records_with_unknown_names_get_their_title_date_and_link() -> None:
    text = json.dumps(_pinyin_records(), ensure_ascii=False)
    records = parse_json_records(text)
    assert records is not None and len(records) == 3
    first = records[0]
    assert first.title == "第1条新闻的标题在这里写明白"
    assert first.date == "2024-05-01 10:30"
    assert first.url == "https://news.example.cn/a/0.html"
    assert first.source == "新华社"
    assert first.body.startswith("国家统计局今天发布数据显示")


def test_a_post_with_prose_under_an_unknown_name_is_the_article_not_its_titled_links() -> None:
    # a forum post as its API gives it: the post's HTML under a name no list knows, beside a list of the links it
    # makes (each with a title): the post is the article (its links were read as the records: dev s41b_07)
    post = {
        "id": 7,
        "username": "kris",
        "created_at": "2015-03-16T07:09:39.039Z",
        "updated_at": "2015-03-19T08:18:36.036Z",
        "cooked": "<h1>作者已死：评论艺术作品</h1>\n" + "".join(f"<p>{p}</p>" for p in _PROSE),
        "link_counts": [
            {"url": "https://www.facebook.com/a", "title": "某某学院 - Watchout | Facebook", "clicks": 1},
            {"url": "https://www.facebook.com/b", "title": "某某人 Lin | Facebook", "clicks": 1},
        ],
    }
    records = parse_json_records(json.dumps(post, ensure_ascii=False))
    assert records is not None and len(records) == 1
    assert "国家统计局今天发布数据显示" in records[0].body
    assert "Facebook" not in records[0].title
    assert records[0].date.startswith("2015-03-16")  # created_at (UTC) on the publisher's calendar; never updated_at


def test_role_reading_is_bounded_on_many_wide_records() -> None:
    wide = [{f"f{k}": "x" * 5000 for k in range(1000)} for _ in range(300)]
    started = time.process_time()
    found = roles.assign(wide)
    assert time.process_time() - started < 5.0
    assert len(found.scores) <= roles.FIELDS_MAX


def _post(n: int) -> dict[str, str]:
    return {"title": f"公众号文章之{n}号标题写在这里", "link": f"https://example.org/s/{n}", "contentText": _PROSE[n]}


def test_a_containers_name_is_its_records_carrier() -> None:
    # an account's posts under the account (a WeChat export), and an API answer whose "meta" names the platform
    export = {"status": "ok", "accounts": [{"name": "某某实验室", "feedId": "31", "articles": [_post(0), _post(1)]}]}
    records = parse_json_records(json.dumps(export, ensure_ascii=False))
    assert records is not None and [r.channel for r in records] == ["某某实验室", "某某实验室"]
    api = {"meta": {"platform": "some-daily", "count": 2}, "data": [_post(0), _post(2)]}
    records = parse_json_records(json.dumps(api, ensure_ascii=False))
    assert records is not None and {r.channel for r in records} == {"some-daily"}


def test_no_carrier_over_a_records_own_source_or_its_outlets_address() -> None:
    own = {"name": "某某实验室", "articles": [{**_post(0), "source": "新华社"}, {**_post(1), "source": "新华社"}]}
    records = parse_json_records(json.dumps(own, ensure_ascii=False))
    assert records is not None and all(r.source == "新华社" and r.channel == "" for r in records)
    addressed = {"platform": "thepaper", "data": [{**_post(0), "link": "https://www.thepaper.cn/newsDetail_forward_1"}]}
    records = parse_json_records(json.dumps(addressed, ensure_ascii=False))
    assert records is not None and records[0].channel == ""  # (the address names 澎湃新闻: more than "thepaper")
    top = [_post(0), _post(1)]  # a document's own records have no container
    records = parse_json_records(json.dumps(top, ensure_ascii=False))
    assert records is not None and all(r.channel == "" for r in records)


def test_tab_records_entity_lists_are_no_headline_and_a_shared_outlet_label_is_the_source() -> None:
    # a corpus's lines: an id, entity columns ("山东#枣庄#"), the agency as a label every line shares, the text
    from briefreader.ingest.records import parse_records

    lines = [
        f"4-1_0{n}\t李某摄#\t中国#\t{places}\t新华社#\t{prose}"
        for n, (places, prose) in enumerate(
            zip(("山东#枣庄#山东省#", "狮子山#山东#吉林#", "德国#"), _PROSE, strict=True)
        )
    ]
    records = parse_records("\n".join(lines) + "\n")
    assert len(records) == 3
    assert all("#" not in r.title for r in records)
    assert [r.source for r in records] == ["新华社"] * 3


def test_tab_records_headline_link_and_day_columns_by_their_values() -> None:
    from briefreader.ingest.records import parse_records

    lines = [
        f"https://news.example.cn/{n}.html\t第{n}条新闻标题写在这一列里\t2024-05-0{n + 1}\t{prose}"
        for n, prose in enumerate(_PROSE)
    ]
    records = parse_records("\n".join(lines))
    assert [(r.url, r.title, r.date) for r in records][0] == (
        "https://news.example.cn/0.html",
        "第0条新闻标题写在这一列里",
        "2024-05-01",
    )


def test_csv_columns_with_names_no_list_knows_are_read_by_their_values() -> None:
    import csv
    import io

    from briefreader.ingest.records import parse_records

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["bianhao", "biaoti", "neirong", "shijian", "laiyuan"])
    for n, prose in enumerate(_PROSE):
        writer.writerow([str(n), f"第{n}条新闻标题写在这一列里", prose, f"2024年5月{n + 1}日", "新华社"])
    records = parse_records(out.getvalue())
    assert [(r.title, r.date, r.source) for r in records][1] == ("第1条新闻标题写在这一列里", "2024年5月2日", "新华社")
    assert records[1].body == _PROSE[1]


_WIKI = (
    '<doc id="13" url="https://zh.wikipedia.org/wiki?curid=13" title="数学">\n数学\n\n'
    "数学是研究数量、结构以及空间等概念及其变化的一门学科，属于形式科学的一种。数学利用抽象化和逻辑推理发展而成。\n</doc>\n"
    '<doc id="18" url="https://zh.wikipedia.org/wiki?curid=18" title="哲学&amp;思想">\n哲学\n\n'
    "哲学是研究普遍的、基础问题的学科，包括存在、知识、价值、理智、心灵、语言等领域。\n</doc>\n"
)


def test_records_whose_fields_are_the_tags_attributes_are_read_as_records_in_any_suffix() -> None:
    # WikiExtractor's layout of a wiki dump: its tags were shown as text (.txt), or nothing was read (.xml)
    from briefreader.ingest import ingest_entries

    for suffix in (".txt", ".xml", ""):
        briefings = ingest_entries(_WIKI.encode(), id="w", suffix=suffix)
        assert [b.title for b in briefings] == ["数学", "哲学&思想"], suffix
        assert all(b.format == "record" and "<doc" not in b.text and "curid" not in b.text for b in briefings)
        assert briefings[0].link == "https://zh.wikipedia.org/wiki?curid=13"
        assert "形式科学" in briefings[0].text


def test_a_doc_tag_without_field_attributes_is_no_record() -> None:
    from briefreader.ingest.records import looks_like_records

    assert looks_like_records(_WIKI)
    assert not looks_like_records('<doc class="x">正文里提到一个标签。</doc>')


def test_xml_records_whose_fields_are_attributes_and_whose_text_is_the_content() -> None:
    from briefreader.ingest import ingest_entries

    items = "".join(
        f'<item id="{n}" title="第{n}条新闻标题" date="2024-07-1{n}" url="https://example.cn/{n}.html">{p}</item>\n'
        for n, p in enumerate(_PROSE[:2])
    )
    briefings = ingest_entries(f'<?xml version="1.0"?>\n<news>\n{items}</news>'.encode(), id="x", suffix=".xml")
    assert [(b.title, b.date_iso, b.link) for b in briefings] == [
        ("第0条新闻标题", "2024-07-10", "https://example.cn/0.html"),
        ("第1条新闻标题", "2024-07-11", "https://example.cn/1.html"),
    ]
    assert briefings[0].text.startswith("国家统计局今天发布数据显示")


def test_annotation_elements_with_attributes_are_no_records() -> None:
    # an annotated report: its <Event id=… type=…> elements mark words, no articles (dev s39_01/02's shape)
    from briefreader.ingest.records import parse_xml_records

    events = "".join(f'<Event id="e{n}" type="t">召开会议</Event>' for n in range(5))
    doc = f"<Body><Title>某地召开会议</Title><Content><Paragraph>{events}。</Paragraph></Content></Body>"
    assert parse_xml_records(doc) is None


_TITLES = ["国家统计局发布上半年数据", "市政府介绍城市更新工作进展"]
_DAYS = ["2024-07-15", "2024-07-16"]


@pytest.mark.parametrize(
    "table",
    [
        {"columns": ["title", "content", "date"], "index": [0, 1], "data": [[_TITLES[i], _PROSE[i], _DAYS[i]] for i in range(2)]},
        {"title": dict(enumerate(_TITLES)), "content": dict(enumerate(_PROSE[:2])), "date": dict(enumerate(_DAYS))},
        {"title": _TITLES, "content": _PROSE[:2], "date": _DAYS},
        [["标题", "正文", "日期"], *([_TITLES[i], _PROSE[i], _DAYS[i]] for i in range(2))],
        [[_TITLES[i], _DAYS[i], _PROSE[i]] for i in range(2)],  # no header: each column's values say what it is
    ],
    ids=["split", "columns", "dict of lists", "rows with a header", "rows"],
)  # fmt: skip
def test_a_table_given_as_json_is_read_as_its_rows(table: object) -> None:
    # a data frame's export (pandas' to_json orients) or a spreadsheet's rows: nothing was read, or one wrong record
    records = parse_json_records(json.dumps(table, ensure_ascii=False))
    assert records is not None
    assert [(r.title, r.date, r.body) for r in records] == [(_TITLES[i], _DAYS[i], _PROSE[i]) for i in range(2)]


def test_an_articles_paragraphs_beside_as_many_tags_stay_one_article() -> None:
    article = {"content": _PROSE, "tags": ["经济", "城市", "教育"]}
    records = parse_json_records(json.dumps(article, ensure_ascii=False))
    assert records is not None and len(records) == 1 and _PROSE[2] in records[0].body


def test_cards_whose_labels_hold_a_fields_head_word_are_records() -> None:
    # "新闻标题：" / "新闻内容：": a qualifier before a listed name's head word (a Chinese name puts its head last);
    # the file was one document, the second card's labels glued into the first's text
    from briefreader.ingest import ingest_entries

    text = "".join(
        f"新闻标题：{_TITLES[i]}\n发布时间：{_DAYS[i]}\n新闻来源：新华社\n新闻内容：\n{_PROSE[i]}\n\n" for i in range(2)
    )
    briefings = ingest_entries(text.encode(), id="c", suffix=".txt")
    assert [(b.title, b.date_iso, b.source) for b in briefings] == [(_TITLES[i], _DAYS[i], "新华社") for i in range(2)]
    assert all("新闻内容" not in b.text for b in briefings)


def test_a_latin_label_names_its_own_thing() -> None:
    # a reader's export: "Markdown Content:" under "Title:" is no card's body label (dev-retired29 s32h_03/04)
    from briefreader.ingest.records import _label_key
    from briefreader.ingest.roles import label_role

    assert _label_key("Markdown Content") == "markdowncontent"
    assert _label_key("新闻内容") == "content" and _label_key("标题") == "标题"
    assert label_role("更新时间") == ""  # an update's time is no date


def test_a_list_held_as_one_string_is_the_list_it_spells() -> None:
    # a scraper's paragraphs written with str() or json.dumps into a text field: its brackets and quotes were the text
    records = [
        {"title": _TITLES[0], "content": str(_PROSE[:2]), "date": _DAYS[0]},
        {
            "title": f"['{_TITLES[1]}']",
            "content": json.dumps(_PROSE[1:], ensure_ascii=False),
            "date": f'["{_DAYS[1]}"]',
        },
    ]
    read = parse_json_records(json.dumps(records, ensure_ascii=False))
    assert read is not None
    assert [(r.title, r.date) for r in read] == [(_TITLES[0], _DAYS[0]), (_TITLES[1], _DAYS[1])]
    assert _PROSE[0] in read[0].body and _PROSE[1] in read[0].body and "['" not in read[0].body
    assert _PROSE[2] in read[1].body and '["' not in read[1].body


def test_a_csv_column_of_lists_held_as_strings() -> None:
    import csv
    import io

    from briefreader.ingest.records import parse_records

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "content", "date"])
    for n in range(2):
        writer.writerow([_TITLES[n], str([_PROSE[n], _PROSE[2]]), _DAYS[n]])
    read = parse_records(out.getvalue())
    assert [r.title for r in read] == _TITLES
    assert all(r.body.startswith(_PROSE[n]) and "['" not in r.body and _PROSE[2] in r.body for n, r in enumerate(read))


def test_a_bracketed_note_is_no_list() -> None:
    text = "[注] 本文所称数据为初步统计，以正式公布为准。"
    read = parse_json_records(
        json.dumps([{"title": _TITLES[0], "content": text}, {"title": _TITLES[1], "content": text}], ensure_ascii=False)
    )
    assert read is not None and read[0].body == text


def test_a_platforms_name_in_every_record_is_no_source_by_its_values() -> None:
    # (微信, 今日头条 carry others' articles: a shared label naming one is no publisher)
    records = [
        {"pingtai": "今日头条", "biaoti": f"平台文章之{n}号标题写在这里", "neirong": p} for n, p in enumerate(_PROSE)
    ]
    assert roles.assign(records).get("source") == ""


def test_one_name_table_the_record_readers_lists_are_the_role_readers_names() -> None:
    from briefreader.ingest.records import _spelled

    pairs = {
        "title": roles.JSON_TITLE + roles.JSON_ORIGINAL_TITLE,
        "date": roles.JSON_DATE,
        "source": roles.JSON_SOURCE,
        "author": roles.JSON_AUTHOR,
        "link": roles.JSON_LINK,
    }
    for role, listed in pairs.items():
        assert {_spelled(n) for n in listed} <= set(roles.NAMES[role]), role
    body_and_summary = set(roles.NAMES["body"]) | set(roles.NAMES["summary"])
    assert {_spelled(n) for n in roles.JSON_BODY} <= body_and_summary
