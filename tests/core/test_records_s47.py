"""Session 47, issue 12 (records): the s46b judge batch's shapes, each judged by structure.

- A field that repeats a few short lines across most records is their category, never their headline, whatever it is
  called ("subject": "社會新聞" beside each record's own "desc"), and a field of times relative to the visit ("13 小時前")
  is the records' date, never their headline (dev s46b_02: the section was every record's title).
- A framework's page given as one call with its object, "Page({ data: { news: [...] } })" (a mini-program's page
  script, dev s46b_03: not read), is a data module; code after the data ("onLoad: function () {…}") ends the data.
- A list of objects each with one line of a text and nothing of an item's own (no headline, day, address, outlet,
  byline, id or category) is one text in pieces (a narration's segments, dev s46b_04: six one-line briefings).
"""

from __future__ import annotations

import json
import re

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_entries
from briefreader.ingest.records import (
    _json_cell_records,
    object_literal,
    parse_json_records,
    parse_records,
    script_data,
)
from briefreader.ingest.roles import assign


def _zone(records: list[tuple[str, str, str]]) -> str:
    return json.dumps(
        {
            "status": "success",
            "data": [
                {
                    "title": "港聞",
                    "url": "/zone/1",
                    "list": [
                        {"channel": f"{i:03}", "desc": desc, "subject": subject, "date": date, "hasVideo": False}
                        for i, (desc, subject, date) in enumerate(records, 1)
                    ],
                }
            ],
        },  # fmt: skip
        ensure_ascii=False,
    )


def _han(text: str) -> str:
    return "".join(re.findall(r"[\u4e00-\u9fff0-9]", text))


ZONE = [
    ("新冠肺炎｜外交部駐港公署將為接種國產疫苗人士提供簽證便利", "政情", "13 小時前"),
    ("大埔香港鸚鵡村非法管有60隻鸚鵡　包括瀕危品種　警拘夫婦", "突發", "2021-03-10"),
    ("新世界逆市辦招聘會　應屆畢業生嘆求職難", "社會新聞", "5 分鐘前"),
    ("泛民47人初選．最新｜譚文豪保釋被撤須續還柙", "社會新聞", "4 小時前"),
    ("選舉改制｜林鄭：民主派若符合愛國者標準將有更多機會", "政情", "2021-03-12"),
    ("口罩比併｜消委會測試30款香港製口罩　呢10款獲滿分", "社會新聞", "17 小時前"),
]


def test_a_repeated_label_is_no_headline_and_relative_times_are_dates() -> None:
    got = ingest_entries(_zone(ZONE).encode("utf-8"), id="home.json", suffix=".json")
    assert len(got) == len(ZONE)
    for b, (desc, _, _) in zip(got, ZONE, strict=True):
        assert _han(b.title) == _han(to_simplified(desc))  # (its own headline, the section's name nowhere in it)
    assert [b.date_iso for b in got[:2]] == [None, "2021-03-10"]  # (a relative time gives no day)


def test_the_role_reader_gives_a_repeated_field_no_headline_even_when_named_so() -> None:
    rows = [{"subject": s, "desc": d, "date": t} for d, s, t in ZONE]
    roles = assign(rows)
    assert roles.get("title") != "subject"
    assert roles.get("date") == "date"  # (ISO days and relative times together)
    # distinct subjects stay the headlines their name says they are
    own = [{"subject": d, "body": "正文。" * 30} for d, _, _ in ZONE]
    assert assign(own).get("title") == "subject"


PAGE = """// pages/news/news.js
Page({
  data: {
    news: [
      {
        title: "中央一号文件发布，农业板块将受益？",
        pic_addr: "/images/news/01.jpg",
        content: "在中央一号文件中，多次提到了农业保险：扩大稻谷、小麦、玉米三大粮食作物完全成本保险和收入保险试点范围。",
      },
      {
        title: "2021中国农业竞争新模式：数字农业",
        pic_addr: "/images/news/03.jpg",
        content: "早在2020年，5G时代逐渐开始崭露头角，三大运营商纷纷牵线“数字农业”领域，加强和各地的产销对接与产业布局。"
      },
    ],
  },
  onLoad: function (options) {
    this.setData({ id: options.id })
  },
  onShow() {},
})
"""


def test_a_page_call_module_is_read_as_its_data() -> None:
    data = script_data(PAGE)
    assert data is not None
    assert list(json.loads(data)) == ["data"]  # (the code after the data is no data)
    got = ingest_entries(PAGE.encode("utf-8"), id="news.json", suffix=".json")
    assert [b.title for b in got] == ["中央一号文件发布，农业板块将受益？", "2021中国农业竞争新模式：数字农业"]
    assert "Page(" not in got[0].text and "pic_addr" not in got[0].text


def test_code_after_data_ends_it_and_code_alone_is_still_none() -> None:
    assert json.loads(object_literal("{data: {n: 1}, onLoad(options) {}}", 0) or "null") == {"data": {"n": 1}}
    assert json.loads(object_literal("{data: {n: 1}, async onLoad() {}}", 0) or "null") == {"data": {"n": 1}}
    assert json.loads(object_literal("{data: {n: 1}, onLoad: () => {}}", 0) or "null") == {"data": {"n": 1}}
    assert json.loads(object_literal("{a: 1, b: {c: 2, d: function () {}}}", 0) or "null") == {"a": 1, "b": {"c": 2}}
    for js in (
        "{a: foo}",
        "{onLoad() {}}",
        "{a: 1, b: 1 + 2}",
        "{a: 1, b: 'x' + 'y'}",
        "{a: 1, /* unclosed",
        "[1, foo]",
    ):
        assert object_literal(js, 0) is None, js
    assert script_data("console.log({a: 1, b: 2})") is None  # (a method's call is code's, no module)
    assert script_data("new Vue({el: '#app', data: {a: 1}, methods: {go() {}}})") == '{"el":"#app","data":{"a":1}}'


SEGMENTS = [
    {"text": "清大黑客松 短短二日創新力爆發", "length": 2480, "keywords": ["黑客松"], "image": "./imgs/photo0.jpg"},
    {"text": "新竹城今年又熱鬧了，由清華大學舉辦的2022年梅竹黑客松，在22至23號間盛大舉行", "length": 8040,
     "keywords": [], "image": "./imgs/photo1.jpg"},
    {"text": "這項活動吸引了超過450人參加，其中包含了大學生、社會人士以及高中生", "length": 7405, "keywords": [],
     "image": "./imgs/photo2.jpg"},
]  # fmt: skip


def test_a_text_in_pieces_is_one_record() -> None:
    records = parse_json_records(json.dumps(SEGMENTS, ensure_ascii=False))
    assert records is not None and len(records) == 1
    assert records[0].body.split("\n\n") == [s["text"] for s in SEGMENTS]
    got = ingest_entries(json.dumps(SEGMENTS).encode("utf-8"), id="data.txt", suffix=".txt")
    assert len(got) == 1
    assert got[0].title == "清大黑客松 短短二日创新力爆发"
    assert "450人参加" in got[0].text and "\\u" not in got[0].text


def test_items_of_their_own_are_never_joined() -> None:
    for extra in ({"id": "a{}"}, {"label": "体育"}, {"date": "2022-03-0{}"}, {"url": "https://example.com/{}"}):
        rows = [{**s, **{k: v.format(i) for k, v in extra.items()}} for i, s in enumerate(SEGMENTS, 1)]
        records = parse_json_records(json.dumps(rows, ensure_ascii=False))
        assert records is not None and len(records) == len(SEGMENTS), extra
    titled = [{"title": f"标题{i}号新闻", **s} for i, s in enumerate(SEGMENTS)]
    records = parse_json_records(json.dumps(titled, ensure_ascii=False))
    assert records is not None and len(records) == len(SEGMENTS)
    # a body of paragraphs of its own is an article, not a piece
    long = [{"text": s["text"] + "。\n" + s["text"] + "。"} for s in SEGMENTS]
    records = parse_json_records(json.dumps(long, ensure_ascii=False))
    assert records is not None and len(records) == len(SEGMENTS)


# A field whose whole value is an outlet's name is the record's source, whatever it is called (dev-retired40 s43h_05/09:
# "cbyline_description": "英国《金融时报》"; s43h_14: "brandName": "appledaily" beside pictures on hk.appledaily.com).
def _ft(**extra: object) -> dict[str, object]:
    return {
        "id": "001071881",
        "cheadline": "英国议会大厦外发生恐袭5人死亡40人受伤",
        "cbody": "<p>英国议会大厦外发生恐怖袭击，造成包括袭击者在内的5人死亡、40人受伤。</p>" * 3,
        "pubdate": "1490198400",
        **extra,
    }


def test_a_field_whose_value_is_an_outlet_is_the_source() -> None:
    records = parse_json_records(json.dumps([_ft(cbyline_description="英国《金融时报》", cauthor="吉迪恩")]))
    assert records is not None and [r.source for r in records] == ["英国《金融时报》"]
    # an address name, when the record's own addresses are on that outlet's site
    story = _ft(brandName="appledaily", promo={"imagePath": "https://hk.appledaily.com/resizer/x.jpg"})
    records = parse_json_records(json.dumps([story]))
    assert records is not None and [r.source for r in records] == ["蘋果日報"]


def test_a_value_naming_an_outlet_is_no_source_where_it_says_another_thing() -> None:
    cases = [
        _ft(brandName="appledaily"),  # (an address name alone: "area": "china" is no 中国网's)
        _ft(area="china", img="https://img.example.com/a.jpg"),
        _ft(tags=["《蘋果日報》", "聲援"]),  # (a list of tags says what the story is about)
        _ft(column="人民日报"),  # (a field named for a category)
        _ft(cbyline_description="FT中文网专栏作家"),  # (not the whole value)
        _ft(a="美国《纽约时报》", b="英国《金融时报》"),  # (two outlets: none)
        _ft(note="《习近平政治思想》"),  # (a book's title in title marks)
        _ft(cbyline_description="英国《金融时报》", url="https://www.bbc.com/zhongwen/simp/world-39356012"),
    ]
    for case in cases:
        records = parse_json_records(json.dumps([case], ensure_ascii=False))
        assert records is not None and len(records) == 1
        assert records[0].source == "", (case, records[0].source)


# A table whose rows each carry their record as a JSON object in one column (a crawler's "url<TAB>json_data" export of
# each page's JSON-LD, dev-retired42 s45h_07): each object is the row's record.
def _ld(n: int) -> dict[str, object]:
    return {
        "@type": "NewsArticle",
        "headline": f"高雄市政府召开第{n}次应变会议",
        "articleBody": f"高雄市政府今天召开第{n}次应变会议，市长在会后表示，明天是否停班课，要看晚间的最新预报资料。",
        "datePublished": f"2025-11-1{n}T16:01:14+08:00",
        "publisher": "联合新闻网",
    }


def test_a_column_of_json_objects_gives_each_rows_record() -> None:
    for delimiter in ("\t", ","):
        lines = [f"url{delimiter}json_data"]
        for n in (1, 2, 3):
            cell = json.dumps(_ld(n))  # (every hanzi \u-escaped)
            if delimiter == ",":
                cell = '"' + cell.replace('"', '""') + '"'
            lines.append(f"https://udn.com/news/story/7328/91323{n}{delimiter}{cell}")
        got = ingest_entries("\n".join(lines).encode("utf-8"), id="records.tsv", suffix=".tsv")
        assert [b.title for b in got] == [f"高雄市政府召开第{n}次应变会议" for n in (1, 2, 3)], delimiter
        assert [b.date_iso for b in got] == ["2025-11-11", "2025-11-12", "2025-11-13"]
        assert all("@type" not in b.text and "\\u" not in b.text for b in got)
        assert got[0].link == "https://udn.com/news/story/7328/913231"  # (the row's column beside its object)


def test_a_column_that_is_not_all_json_objects_is_a_column() -> None:
    lines = ["url\tjson_data", "https://example.com/1\t" + json.dumps(_ld(1)), "https://example.com/2\t{not json}"]
    records = parse_records("\n".join(lines))
    assert all("articleBody" not in r.title for r in records)
    assert _json_cell_records("\n".join(lines)) is None


def test_a_dumps_tables_come_most_prose_first_in_one_pass() -> None:
    """dump_tables orders the tables by the prose it measured while reading them (records reads the first few), so
    the rows are not measured a second time; between equals, file order."""
    from briefreader.ingest.sql_dump import dump_tables

    post = "这是一篇关于本市公共交通的文章，介绍了新开通的线路和换乘安排。" * 3
    text = (
        "INSERT INTO `a_ids` VALUES (1,'x'),(2,'y');\n"
        "INSERT INTO `b_words` VALUES (1,'好'),(2,'赞');\n"
        f"INSERT INTO `c_posts` VALUES (1,'{post}');\n"
        "INSERT INTO `d_ids` VALUES (1,'z');\n"
    )
    assert list(dump_tables(text, 2000)) == ["c_posts", "a_ids", "b_words", "d_ids"]
