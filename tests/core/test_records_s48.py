"""Session 48, issue 12 (records): the s47b judge batch's record shapes, each judged by structure.

- A news relay's record flattened to text: its summary is the headline with its outlet's name glued on, then the
  relay's note or other outlets' headlines (an aggregator's JSON of Google News items, dev s47b_01): the item's text is
  its headline, never the other outlets' headlines.
- A list of headlines under keys of the document's own: numbered keys ({"title1", "title2", "updatedAt"}: a headline
  watcher, dev s47b_03) and a programme's lineups keyed by day ({"20250102": ["1. …", ["8.国内联播快讯", [...]]]}: a
  新闻联播 archive, s47b_04): each headline one record (the day its key), a group's label none.
"""

from __future__ import annotations

import json

from briefreader.ingest.records import object_literal, parse_json_records, script_data


def _relay(summary: str, title: str = "普京痛批泽连斯基公开信粗鲁无礼", source: str = "搜狐网") -> str:
    items = [
        {"id": "a1", "title": title, "source": source, "url": "https://news.google.com/rss/articles/A1?oc=5",
         "publishedAt": "2026-06-06T07:39:00.000Z", "summary": summary},
        {"id": "a2", "title": "韩正出席第二十九届圣彼得堡国际经济论坛全会并致辞", "source": "驻俄罗斯大使馆",
         "url": "https://news.google.com/rss/articles/A2?oc=5", "publishedAt": "2026-06-06T08:29:11.000Z",
         "summary": "韩正出席第二十九届圣彼得堡国际经济论坛全会并致辞 驻俄罗斯大使馆在Google 新闻上查看更多头条新闻和观点"},
    ]  # fmt: skip
    return json.dumps({"siteName": "环球即刻", "articles": items}, ensure_ascii=False)


def test_relay_summary_is_the_headline_only() -> None:
    summary = (
        "普京痛批泽连斯基公开信粗鲁无礼 搜狐网普京：不见-观察者网 观察者联合国：支持俄乌解决冲突实现停火 "
        "央视网普京回应泽连斯基公开信 新浪财经普京拒绝泽连斯基的直接对话邀请；美众议院通过对乌援助法案 美国之音"
    )
    records = parse_json_records(_relay(summary))
    assert records is not None and len(records) == 2
    first, second = records
    assert first.body == "普京痛批泽连斯基公开信粗鲁无礼" and first.source == "搜狐网"
    assert "美众议院" not in first.body and "央视网" not in first.body
    assert second.body == "韩正出席第二十九届圣彼得堡国际经济论坛全会并致辞"
    assert "Google" not in second.body


def test_summary_with_prose_after_headline_and_outlet_is_kept() -> None:
    # a story's body opening with its headline and then its outlet's dateline is the story's text
    summary = (
        "普京痛批泽连斯基公开信粗鲁无礼 搜狐网讯 俄罗斯总统普京6日在圣彼得堡回应了公开信。他表示，谈判的大门敞开。"
    )
    records = parse_json_records(_relay(summary))
    assert records is not None
    assert records[0].body == summary
    # another outlet after the headline than the record's own: no relay's list of the record
    other = "普京痛批泽连斯基公开信粗鲁无礼 观察者网普京：不见"
    records = parse_json_records(_relay(other))
    assert records is not None and records[0].body == other
    # a body on several lines is a text
    lines = "普京痛批泽连斯基公开信粗鲁无礼 搜狐网\n普京回应泽连斯基公开信 新浪财经"
    records = parse_json_records(_relay(lines))
    assert records is not None and records[0].body == lines


def test_numbered_title_keys_are_headlines_without_the_watchers_stamp() -> None:
    text = json.dumps(
        {"title1": "動漫電玩節開鑼 有參展商期望生意增長三成", "title2": "孫東：香港正積極透過「AI+」策略推動跨產業融合",
         "updatedAt": "24/7/2026 13:44:09"},
        ensure_ascii=False,
    )  # fmt: skip
    records = parse_json_records(text)
    assert records is not None
    assert [r.title for r in records] == [
        "動漫電玩節開鑼 有參展商期望生意增長三成",
        "孫東：香港正積極透過「AI+」策略推動跨產業融合",
    ]
    assert [r.body for r in records] == [r.title for r in records]
    assert all(not r.date for r in records)


def test_numbered_fields_of_one_item_go_together() -> None:
    text = json.dumps(
        {"title_1": "國務院常務會議部署穩就業新舉措", "url_1": "https://news.example.hk/a/1", "date_1": "2024-05-06",
         "title_2": "香港特區政府公布新一輪人才計劃", "url_2": "https://news.example.hk/a/2", "date_2": "2024-05-07"},
        ensure_ascii=False,
    )  # fmt: skip
    records = parse_json_records(text)
    assert records is not None and len(records) == 2
    assert records[1].url == "https://news.example.hk/a/2" and records[1].date.startswith("2024-05-07")


def test_numbered_keys_that_are_no_headlines_are_not_records() -> None:
    # the object's own headline: its numbered fields are its parts (paragraphs, pictures)
    own = {"title": "一篇文章的标题在这里", "title1": "第一张图片的说明文字", "title2": "第二张图片的说明文字"}
    records = parse_json_records(json.dumps(own, ensure_ascii=False))
    assert not records or all(r.title != "第一张图片的说明文字" for r in records)
    # a menu's labels under numbered keys are words, no headlines
    menu = {"title1": "首页", "title2": "新闻", "title3": "关于我们"}
    records = parse_json_records(json.dumps(menu, ensure_ascii=False))
    assert not records or all(r.title not in {"首页", "新闻"} for r in records)


LINEUP = {
    "20250102": [
        "1. 习近平和夫人彭丽媛向美国华盛顿州中学师生代表回赠新年贺卡",
        "2. 李强在山东调研",
        ["3.国内联播快讯", ["（1）2024年全国铁路完成固定资产投资8506亿元", "（2）今年元旦共计180.3万人次出入境"]],
        "4. 以军袭击加沙地带多地 至少35人死亡",
    ],
    "2025-01-03": ["1. 国务院常务会议部署稳就业新举措", "3.5万名技术工人获评高级技师"],
}


def test_day_keyed_lineup_is_one_record_a_headline() -> None:
    records = parse_json_records(json.dumps(LINEUP, ensure_ascii=False))
    assert records is not None
    assert [r.title for r in records] == [
        "习近平和夫人彭丽媛向美国华盛顿州中学师生代表回赠新年贺卡",
        "李强在山东调研",
        "2024年全国铁路完成固定资产投资8506亿元",
        "今年元旦共计180.3万人次出入境",
        "以军袭击加沙地带多地 至少35人死亡",
        "国务院常务会议部署稳就业新举措",
        # a number that is no running number stays: "3.5万" is no list's third place
        "3.5万名技术工人获评高级技师",
    ]
    assert [r.date[:10] for r in records] == ["2025-01-02"] * 5 + ["2025-01-03"] * 2
    assert all("国内联播快讯" not in r.title + r.body for r in records)
    assert [r.body for r in records] == [r.title for r in records]


def test_day_keyed_lists_of_other_things_are_no_lineup() -> None:
    # a day's paragraphs (a diary): sentences inside a string are no headline
    diary = {"2024-01-01": ["今天天气很好。我们去了公园散步，看到很多人在晨练。", "晚上读了一本书。很有意思。"] * 2}
    records = parse_json_records(json.dumps(diary, ensure_ascii=False))
    assert not records or all(r.title != diary["2024-01-01"][0] for r in records)
    # keys that are no days
    codes = {"600519": ["贵州茅台发布年度报告", "贵州茅台召开股东大会"], "000001": ["平安银行发布公告说明情况"]}
    records = parse_json_records(json.dumps(codes, ensure_ascii=False))
    assert not records or all(not r.date for r in records)
    # a day's tags: words, no headlines
    tags = {"2024-01-01": ["经济", "政策"], "2024-01-02": ["科技", "AI"]}
    records = parse_json_records(json.dumps(tags, ensure_ascii=False))
    assert not records or all(r.title not in {"经济", "科技"} for r in records)


def test_huge_lineup_is_bounded() -> None:
    from briefreader.ingest.feed import MAX_ENTRIES

    many = {
        "2025-01-02": [
            [f"{i}.国内联播快讯", [f"（{j}）全国铁路完成固定资产投资{j}亿元" for j in range(1, 60)]]
            for i in range(1, 200)
        ]
    }
    records = parse_json_records(json.dumps(many, ensure_ascii=False))
    assert records is not None and len(records) == MAX_ENTRIES and records.more


def _rows(sources: list[str]) -> str:
    bodies = [
        "习近平总书记6日下午看望参加全国政协会议的委员。他强调，要把粮食安全放在首位。会议取得圆满成功。",
        "春耕备耕时节，湖南省常德市鼎城区运用现代信息技术。工作人员使用手机控制大棚。田野一派繁忙景象。",
        "“三农”工作是全面建设社会主义现代化国家的重中之重。规划提出了目标。各地认真贯彻落实。",
        "春光旖旎，油菜花开。付东辉教授手持镊子剥落雄蕊。团队选育了多种花色。",
        "在党的十六大精神指引下，各地区各部门加大了解决“三农”问题的力度。农民收入增长。政策效果明显。",
    ]
    titles = ["坚持把解决好三农问题作为重中之重", "智慧科技耀亮春日田野", "推进农业农村现代化规划的通知",
              "江西农大团队选育彩色油菜花纪实", "关于促进农民增加收入若干政策的意见"]  # fmt: skip
    rows = [
        {"id": i, "soure": s, "title": t, "content": b, "datetime": f"2023-03-0{i}"}
        for i, (s, t, b) in enumerate(zip(sources, titles, bodies, strict=True), 1)
    ]
    return json.dumps(rows, ensure_ascii=False)


def test_column_of_publisher_shaped_names_is_the_source() -> None:
    records = parse_json_records(_rows(["《求是》", "农科新闻网", "\t国务院", "农科新闻网", "新华社"]))
    assert records is not None
    assert [r.source.strip() for r in records][1::2] == ["农科新闻网", "农科新闻网"]


def test_column_of_other_names_is_no_source() -> None:
    # persons, sections: no publisher's shape (one known outlet among them decides nothing)
    records = parse_json_records(_rows(["张三", "李四", "新华社", "王五", "赵六"]))
    assert records is not None and records[1].source == ""
    records = parse_json_records(_rows(["要闻", "农业", "新华社", "科技", "时政"]))
    assert records is not None and records[1].source == ""
    # every value shaped, none known: no evidence that the column is the outlets'
    records = parse_json_records(_rows(["农科新闻网", "三农日报", "乡村振兴网", "农科新闻网", "田园社"]))
    assert records is not None and records[1].source == ""


def test_issuing_office_field_over_an_address_in_the_source_field() -> None:
    record = {
        "title": "自然资源部主管的行政许可事项实施规范",
        "pub_date": "2023-03-17",
        "source": "http://gi.mnr.gov.cn/202303/t20230321_2778928.html",
        "url": "http://gi.mnr.gov.cn/202303/t20230321_2778928.html",
        "content": "为贯彻落实有关通知要求，规范和加强自然资源领域行政许可事项清单管理，我部制定了实施规范，现对外发布。",
        "category": "全部",
        "level": "自然资源部",
        "crawl_time": "2025-12-08 05:51:23",
    }
    (r,) = parse_json_records(json.dumps(record, ensure_ascii=False)) or []
    assert r.source == "自然资源部"
    # a school's or a company's name is no issuing office; a category naming an office is the category's
    for other in ({"level": "北京大学"}, {"level": "", "category": "自然资源部"}):
        (r,) = parse_json_records(json.dumps({**record, **other}, ensure_ascii=False)) or []
        assert r.source != "北京大学" and r.source != "自然资源部"


MOCK = """/**
 * 新闻接口mock数据
 */
export default {
    newsListMock() {
        return Promise.resolve({
            "code": 200,
            "data": [{
                    "title": "探秘女民兵方队:有81位妈妈队员 平均身高1米72",
                    "digest": "我们把目光聚焦参阅的民兵方队，十年后的国庆日，她们又将会以怎样崭新的面貌接",
                    "pc_url": "http://news.163.com/19/0927/11/EQ31D75L0001899O.html",
                    "source": "央视新闻客户端",
                    "time": "2019-09-27 17:16:20"
                },
                {
                    "title": "孩子乱玩手机误点拍下一辆凯迪拉克？法院通报",
                    "digest": "陈某在司法网络拍卖平台成功拍得一辆凯迪拉克，此后却不想要了。记者从南海法院获悉。",
                    "pc_url": "http://news.163.com/19/0927/14/EQ39IOUB0001899N.html",
                    "source": "南方都市报",
                    "time": "2019-09-27 17:16:26"
                }
            ],
            "Author": {"name": "Alone88", "desc": "由Alone88提供的免费API 服务，官方文档：www.alapi.cn"}
        });
    },
    newsDetailMock() {
        return Promise.resolve({
            "code": 200,
            "data": {
                articleType: "wemedia",
                body: '<p>【环球网报道】当地时间1月6日下午，数百名抗议者聚集在美国首都华盛顿特区。</p><p>约翰逊刚刚发推称美国国会的场面是“可耻的”。</p>',
                ptime: "2021-01-07 06:47:29",
                source: "海外网",
                title: "美国骚乱画面传遍世界，多个盟国领导人表态：震惊",
            },
            "Author": {"name": "Alone88", "desc": "由Alone88提供的免费API 服务，官方文档：www.alapi.cn"}
        })
    }
}
"""


def test_module_of_functions_giving_data_is_read() -> None:
    data = script_data(MOCK)
    assert data is not None
    records = parse_json_records(data)
    assert records is not None
    assert [r.title for r in records] == [
        "探秘女民兵方队:有81位妈妈队员 平均身高1米72",
        "孩子乱玩手机误点拍下一辆凯迪拉克？法院通报",
        "美国骚乱画面传遍世界，多个盟国领导人表态：震惊",
    ]
    # the list API's lead, cut before its sentence ends, is its record's text; the API's author is no record
    assert records[0].body.startswith("我们把目光聚焦参阅的民兵方队")
    assert all("Alone88" not in r.body for r in records)
    assert "约翰逊" in records[2].body


def test_module_of_code_only_gives_no_data() -> None:
    code = (
        "export default {\n  mounted() { return fetch(url).then(r => r.json()); },\n  add(a, b) { return a + b; }\n}\n"
    )
    assert script_data(code) is None


def test_returned_data_is_bounded() -> None:
    import time

    hostile = "export default {\n  f() {" + " g({a: 1, b: [" * 20000 + "\n"
    started = time.perf_counter()
    script_data.cache_clear()
    assert script_data(hostile) is None
    assert time.perf_counter() - started < 5


def test_new_date_value_is_its_argument() -> None:
    module = """export const appledaily = [
  {
    url: 'http://www.appledaily.com.tw/realtimenews/article/local/20170222/1062133/',
    news: {
      title: '罹癌症也能快樂活　近百患者回醫院慶重生',
      content: '衛福部豐原醫院今天舉辦活動，有近百名癌症病友參加慶祝重生。抗癌一年多的葉媽媽說，抗癌很痛苦。',
      date: new Date('2017/02/22 21:28'),
      platform: 'appledaily',
    },
  },
];
"""
    data = script_data(module)
    assert data is not None and '"2017/02/22 21:28"' in data
    # any other constructor is code
    assert object_literal("{a: 'x', b: new Map([[1, 2]])}", 0) == '{"a":"x"}'
