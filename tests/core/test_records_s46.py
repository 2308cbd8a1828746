"""Record files read by their structure (session 46, issue 12).

- A story document whose body is a list of content blocks under a name no list knows (Arc Publishing's ANS:
  "headlines": {"basic": …}, "content_elements": [{"type": "text", "content": …}, …], dev-retired40 s43h_13; an app's
  article detail, "title" over "contentBlocks": [{"subHead", "content", "photos"}], s43h_14) is ONE article: each block
  was read as an article of its own.
- An object with a text and no headline under a record with one is that record's part (a 今日头条 API answer's
  "Author": {"AuthorName", "Description": the outlet's self-description}, dev s45b_02), never an article.
- A field given as base64 of its text (UTF-16LE under a .NET client's <EncodedContent>, dev-retired39 s42h_05) is read
  as that text, where the payload shows it is text; an identifier or random bytes stay as written.
"""

from __future__ import annotations

import base64
import json
import os

from briefreader.ingest import ingest_entries
from briefreader.ingest.records import _base64_text, parse_json_records, parse_xml_records

P1 = "涉及區議員宣誓的條例，早於個多月前已在立法會三讀通過。特首今稱，還需一段時間，料下月才宣誓。"
P2 = "有民主派區議員早前私下估計，當局之所以未能在下月初宣誓，是負責監誓的局長並不在港。"
P3 = "中共黨慶這頭等大事下，區議員宣誓、立法會會議當然要讓路，假如政府下月中才為區議員宣誓，未知人數會否上升。"
PLUG = '蘋果App大升級 更簡潔更就手！<a href="https://hk.adai.ly/e/OtW3tq3FBfb" target="_blank">了解更多</a>'


def _ans_story() -> dict[str, object]:
    return {
        "type": "story",
        "version": "0.10.7",
        "content_elements": [
            {"_id": "A1", "type": "text", "additional_properties": {"comments": []}, "content": P1},
            {"_id": "A2", "type": "text", "content": P2},
            {"_id": "A3", "type": "header", "level": 2, "content": "388區議員 已有45人辭職"},
            {"_id": "A4", "type": "image", "caption": "資料圖片", "created_date": "2021-06-22T10:00:00Z", "url": "x"},
            {"_id": "A5", "type": "text", "content": P3},
            {"_id": "A6", "type": "text", "content": "-----------------------------"},
            {"_id": "A7", "type": "text", "content": PLUG},
        ],
        "headlines": {"basic": "八方析時務︱區議員宣誓也讓路", "mobile": "", "native": "", "print": "", "tablet": "",
                      "web": "", "meta_title": ""},
        "display_date": "2021-06-22T11:40:02.123Z",
        "source": {"name": "appledaily", "system": "composer", "source_type": "staff"},
        "canonical_url": "/local/20210622/254ZTVTCS5EJ7NKU5VGEWLT67A/",
    }  # fmt: skip


def test_a_story_document_of_content_blocks_is_one_article() -> None:
    records = parse_json_records(json.dumps(_ans_story(), ensure_ascii=False))
    assert records is not None and len(records) == 1
    (story,) = records
    assert story.title == "八方析時務︱區議員宣誓也讓路"  # (headlines.basic, the rendering the others default to)
    assert story.date.startswith("2021-06-22")
    assert story.source == "蘋果日報"  # ("appledaily": the address name of appledaily.com)
    # the text and header blocks in their order; a picture's caption is none of it
    at = [story.body.find(p) for p in (P1, P2, "388區議員 已有45人辭職", P3)]
    assert -1 not in at and at == sorted(at)
    assert "資料圖片" not in story.body
    # the app's plug under the closing rule is the outlet's, not the story's
    assert "蘋果App大升級" not in story.body and "-----" not in story.body


def test_a_story_documents_closing_part_after_a_rule_stays_when_it_is_no_plug() -> None:
    story = _ans_story()
    blocks = story["content_elements"]
    assert isinstance(blocks, list)
    blocks[-1] = {"_id": "A7", "type": "text", "content": "（本文作者為資深政治評論員，文章觀點不代表本報立場。）"}
    (record,) = parse_json_records(json.dumps(story, ensure_ascii=False)) or []
    assert "資深政治評論員" in record.body


def test_an_article_detail_with_blocks_and_related_stories_is_one_article() -> None:
    related = [
        {"_id": f"R{n}", "title": f"市民續買報支持第{n}篇", "contentBlocks": [], "pubDate": "1624128639"}
        for n in range(3)
    ]
    detail = {
        "state": "success",
        "content": {
            "_id": "JJ7C",
            "title": "百人烈日下排隊：一齊撐",
            "contentBlocks": [
                {"content": P1, "photos": [{"caption": "■逾百人昨到法院外排隊", "imagePath": "https://x/1.jpg"}],
                 "subHead": ""},
                {"content": P2, "photos": [], "subHead": "王婆婆叫口號遭警抬走"},
            ],
            "pubDate": "1624128762",
            "relatedNews": related,
        },
    }  # fmt: skip
    got = ingest_entries(json.dumps(detail, ensure_ascii=False).encode(), id="detail.json", suffix=".json")
    assert len(got) == 1
    text = got[0].text
    assert "王婆婆叫口号遭警抬走" in text and text.index("王婆婆叫口号遭警抬走") < text.index(
        "有民主派区议员早前私下估计"
    )
    assert "市民续买报支持" not in text and "逾百人昨到法院外排队" not in text


def test_a_titled_objects_list_of_dated_items_is_no_story_of_blocks() -> None:
    # a channel's title over its items, each with its own day: the items are the records, as before
    feed = {
        "title": "本地新聞",
        "items": [{"content": p, "date": f"2021-06-2{n}"} for n, p in enumerate((P1, P2, P3))],
    }
    records = parse_json_records(json.dumps(feed, ensure_ascii=False))
    assert records is not None and len(records) == 3


def test_an_author_object_with_the_outlets_self_description_is_no_article() -> None:
    def item(n: int, outlet: str) -> dict[str, object]:
        return {
            "Title": f"积极做好财政货币政策总量结构双发力第{n}篇",
            "Content": "",
            "Author": {"AuthorId": "17", "Description": f"{outlet}是由国务院发展研究中心主管、主办的经济类报纸。",
                       "AuthorName": outlet},
            "PublishTime": 1678209093 + n,
            "Link": f"https://open.toutiao.com/a720785317257088259{n}/",
        }  # fmt: skip

    data = {"MSG": "交易成功", "ArticleList": [item(1, "中国经济时报"), item(2, "新浪财经")]}
    records = parse_json_records(json.dumps(data, ensure_ascii=False))
    assert records is not None
    assert [r.title for r in records] == [
        "积极做好财政货币政策总量结构双发力第1篇",
        "积极做好财政货币政策总量结构双发力第2篇",
    ]
    assert all("经济类报纸" not in r.body for r in records)
    assert [r.author or r.source for r in records] == ["中国经济时报", "新浪财经"]


TEXT = "<html><body><P>本报讯(记者罗旭)“作为新农村建设的一个重要方面，如果不把农村留守儿童的教育问题解决好，整个社会都将付出代价。”</P>"


def test_a_base64_field_of_utf16_text_is_read_as_its_text() -> None:
    encoded = base64.b64encode(TEXT.encode("utf-16-le")).decode()
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><ArrayOfNewsData>'
        + "".join(
            f"<NewsData><Title>农村留守儿童教育亟待加强{n}</Title><Date>2006-05-2{n}</Date><Location>光明日报</Location>"
            f"<EncodedContent>{encoded}</EncodedContent></NewsData>"
            for n in (1, 2)
        )
        + "</ArrayOfNewsData>"
    )
    records = parse_xml_records(xml)
    assert records is not None and len(records) == 2
    assert all("作为新农村建设的一个重要方面" in r.body and "PABoAHQAbQBs" not in r.body for r in records)


def test_base64_is_decoded_only_where_the_payload_is_text() -> None:
    for encoding in ("utf-16-le", "utf-16", "utf-8", "utf-8-sig"):
        assert _base64_text(base64.b64encode(TEXT.encode(encoding)).decode()) == TEXT
    # an identifier, a hash, random bytes: no text, left as written
    assert _base64_text("A" * 100) is None
    assert _base64_text("3f" * 40) is None
    assert all(_base64_text(base64.b64encode(os.urandom(90)).decode()) is None for _ in range(200))
    # text with a blank inside is no base64 payload
    assert _base64_text("PABoAHQAbQBs " * 8) is None


def test_an_app_states_lists_of_news_are_all_read_its_menus_and_cards_none() -> None:
    state = {
        "tabData": [{"name": "home", "title": "新闻"}, {"name": "videos", "title": "视频"}],
        "newDatas": {
            "top": [
                {
                    "abs": "中共中央政治局召开会议、分析研究2020年经济工作",
                    "url": "http://www.xinhuanet.com/politics/leaders/2019-12/06/c_1125317836.htm",
                    "site": "新华网",
                }
            ],
            "news": [
                {"title": "候机不再无聊！大兴机场新添“文化中国”长廊", "abs": "日前，北京大兴国际机场与中国国家博物馆联手打造长廊...",
                 "url": "http://baijiahao.baidu.com/s?id=1649454716460376469", "site": "北京日报客户端"},
                {"title": "獐子岛上演“疯狂的扇贝第三季” 股民如何避免被割韭菜？", "abs": "腾讯财经与巨丰投顾签订合作备忘录...",
                 "url": "http://baijiahao.baidu.com/s?id=1650227342647302016", "site": "巨丰投顾"},
            ]
        },
        "recommend": [
            {"source": "海外网", "title": "比谁嗓门大！印尼举办大喊比赛 家庭主妇喊出心声",
             "url": "http://3g.163.com/news/19/1216/07/F0GJ4SBD0001899N.html",
             "digest": "海外网12月16日电当地时间15日，印度尼西亚首都雅加达举办", "ptime": "2019-12-16 07:37:09"},
        ],
        "follow": [{"id": 1, "title": "资源宝盒", "brief": "志不立，天下无可成之事", "name": "关注"},
                   {"id": 2, "title": "电影印象", "brief": "如果你独自一人笑了，那是真心的笑", "name": "关注"}],
    }  # fmt: skip
    records = parse_json_records(json.dumps(state, ensure_ascii=False))
    assert records is not None
    # every list of headlines with their addresses, in the document's order; the tabs' and the accounts' cards none
    # (the "top" story beside them, its headline under "abs", is one too)
    assert [r.body[:7] for r in records][:1] == ["中共中央政治局"]
    assert [r.title[:6] for r in records][1:] == ["候机不再无聊", "獐子岛上演“", "比谁嗓门大！"]
    assert "中国国家博物馆联手" in records[1].body and "印度尼西亚首都雅加达" in records[3].body


def test_records_with_prose_under_names_no_list_knows_are_the_records_their_parts_none() -> None:
    def story(n: int) -> dict[str, object]:
        return {
            "id": f"00107189{n}",
            "cheadline": f"英国议会大厦外发生恐袭第{n}篇",
            "cbody": "<p>英国议会大厦周三遭遇袭击，一名持刀袭击者在大桥上冲撞人群。这是伦敦多年来最大规模的恐袭事件。</p>"
            * 6,
            "ebody": "<p>Britain's Houses of Parliament came under attack on Wednesday from a knife-wielding assailant "
            "who ploughed a car into pedestrians on Westminster Bridge. It was the worst attack in London in years.</p>",
            "pubdate": "1490198400",
            "column": {
                "title": "《投资者的敌人》",
                "description": "本专栏旨在就行为谈理性，就投资谈人性，人生就是一场伟大的投资。",
            },
        }

    records = parse_json_records(json.dumps([story(1), story(2)], ensure_ascii=False))
    assert records is not None
    assert [r.title for r in records] == ["英国议会大厦外发生恐袭第1篇", "英国议会大厦外发生恐袭第2篇"]
    # the text in Chinese of the two the record gives; the column's blurb is no record
    assert all("持刀袭击者" in r.body and "Westminster" not in r.body for r in records)


def test_hostile_payloads_are_judged_in_linear_time() -> None:
    import time

    from briefreader.ingest.records import _plug_after_rule

    start = time.process_time()
    # a base64 run then a million line breaks and a stray character; a million-mark "rule" that is none
    assert _base64_text("A" * 100 + "\n" * 1_000_000 + "!") is None
    assert _plug_after_rule(["第一段。", "- " * 500_000 + "x", "了解更多"]) == 3
    spent = time.process_time() - start
    assert spent < 1.0, f"{spent:.2f} s CPU"
