"""Guards session 36's metadata changes (issue 12), on the shapes of dev and retired files: a digest record's list of
the outlets it draws on is no source; a personal site's "<site> © 作者<name> <month>" line names the site and dates
the post to its month; a news API's "src" field is the record's carrier (under the item's own credit, never a
section's name). Each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries

_PARAGRAPH = (
    "证监会不选任何App作为信息披露媒体，是因为App无法达到允许第三方公开审计的要求。运行于手机等移动互联网上的App，"
    "本身具有信息茧房的特点，一是拒绝未注册用户登录，二是App有能力根据用户特征推送特供内容。"
)


_NEWS = [
    "水利部：我国正式入汛，今年汛期呈“北涝南旱”格局",
    "国内首条年产能万台级的人形机器人自动化生产线日前在广东正式投入使用",
    "中柬执法合作获重大战果！陈志犯罪集团核心骨干成员李雄被从柬埔寨押解回国",
    "云南发布中小学春秋假政策：全年4-6天，要求因地制宜落实",
]


def _docs(text: str, suffix: str) -> list:
    return ingest_entries(text.encode("utf-8"), id="d", path="d" + suffix, suffix=suffix)


# --- a digest record's "sources" list


def test_a_records_list_of_outlets_is_no_source() -> None:
    # dev-retired31 s34h_09: a daily brief's record, "sources": ["澎湃新闻", "人民日报", …] (the outlets it draws on)
    record = {
        "date": "2026-04-02",
        "news": _NEWS,
        "sources": ["澎湃新闻", "人民日报", "腾讯新闻"],
        "title": "2026年4月2日#某某简报，星期四，早安！",
        "publish_date": "2026-04-02 00:01:00",
    }
    (b,) = _docs(json.dumps(record, ensure_ascii=False), ".json")
    assert "澎湃新闻" not in (b.source or "") and "人民日报" not in (b.source or "")


def test_guard_a_records_one_source_field_is_its_source() -> None:
    record = {
        "date": "2026-04-02",
        "news": _NEWS,
        "sources": "澎湃新闻",
        "title": "2026年4月2日简报，星期四，早安！",
    }
    (b,) = _docs(json.dumps(record, ensure_ascii=False), ".json")
    assert b.source == "澎湃新闻"


# --- "<site> © 作者<name> <month>"


def test_a_site_before_its_authors_rights_sign_is_the_source_and_its_month_the_date() -> None:
    # dev-retired29 s32h_09: "大萌 © 202009" under the headline, "老生常谈 © 作者大萌 2020年9月" closing the post
    text = (
        f"证监会为什么不要App？\n======================\n大萌 © 202009\n\n　　{_PARAGRAPH}\n\n　　{_PARAGRAPH}\n\n"
        "\t老生常谈 © 作者大萌 2020年9月\n\t知识共享 署名-非演绎 4.0\n"
    )
    (b,) = _docs(text, ".md")
    assert b.source == "老生常谈"
    assert (b.date.isoformat(), b.date_precision) == ("2020-09-01", "month")


def test_guard_a_rights_line_of_years_dates_nothing() -> None:
    # a site's notice gives years ("© 2008-2020"): no month, and a year alone is no post's date
    text = f"证监会为什么不要App？\n======================\n\n　　{_PARAGRAPH}\n\n　　{_PARAGRAPH}\n\n© 2008-2020 老生常谈\n"
    (b,) = _docs(text, ".md")
    assert b.date is None or b.date_precision != "month"


def test_guard_a_rights_line_naming_only_a_person_after_the_sign_names_no_site() -> None:
    text = f"证监会为什么不要App？\n======================\n\n　　{_PARAGRAPH}\n\n　　{_PARAGRAPH}\n\n© 作者大萌\n"
    (b,) = _docs(text, ".md")
    assert not b.source


# --- a news API's "src" field


def _api(*items: dict) -> list:
    return _docs(json.dumps({"channel": "头条", "num": len(items), "list": list(items)}, ensure_ascii=False), ".json")


def _item(n: int, src: str, first: str = "") -> dict:
    body = f"<p>{first}</p><p>{_PARAGRAPH}</p>" if first else f"<p>{_PARAGRAPH}</p>"
    return {
        "title": f"港股恒指高开重返2万点科技消费股爆发{n}",
        "time": "2023-05-02",
        "src": src,
        "url": f"https://finance.example.cn/2023-05-02/detail-{n}.html",
        "content": body,
    }


def test_a_news_apis_src_field_names_the_items_carrier() -> None:
    # dev s33_07 #4, #5: "src": "新浪港股", "环球市场播报" and no credit in the text
    a, b = _api(_item(1, "新浪港股"), _item(2, "环球市场播报"))
    assert (a.source, b.source) == ("新浪港股", "环球市场播报")


def test_an_items_own_credit_goes_over_its_src_field() -> None:
    # dev s33_07 #2: "src": "新闻滚动", the content opening "转自：上观新闻"
    (a,) = _api(_item(1, "环球市场播报", first="转自：上观新闻"))
    assert a.source == "上观新闻"


def test_guard_a_src_field_that_is_a_sections_name_is_no_source() -> None:
    (a,) = _api(_item(1, "新闻滚动"))
    assert a.source != "新闻滚动"


# --- records' source fields by other names; an outlet's dateline in title marks


def test_an_apis_info_source_field_and_a_papers_newspaper_field_name_the_source() -> None:
    # dev s36_04 ("infoSource": "央视新闻"), s36_08 (its CSV export), s36_03 ("newspaper": "文艺报")
    items = [
        {
            "title": "新型冠状病毒通过气溶胶传播尚无证据",
            "summary": _PARAGRAPH,
            "infoSource": "央视新闻",
            "pubDate": 1581228460000,
        },
        {
            "title": "快递运输过程被污染可能性较小专家解读",
            "summary": _PARAGRAPH,
            "infoSource": "人民日报",
            "pubDate": 1581228062000,
        },
    ]
    a, b = _docs(json.dumps({"results": items}, ensure_ascii=False), ".json")
    assert (a.source, b.source) == ("央视新闻", "人民日报")
    line = {
        "title": "值得关注的反IP现象",
        "url": "http://x.example.cn/1.html",
        "date": "2026-08-10",
        "summary": _PARAGRAPH,
    }
    lines = [dict(line, newspaper="文艺报"), dict(line, title="徽州古村落的保护与新生", newspaper="文艺报")]
    docs = _docs("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), ".jsonl")
    assert [d.source for d in docs] == ["文艺报", "文艺报"]


def test_a_dateline_may_give_its_outlet_in_title_marks() -> None:
    # dev s36_02 #2: "《科创板日报》12月28日讯（记者 余诗琪）在今年年尾，…"
    text = f"社保基金落子江浙闽鄂\n\n《科创板日报》12月28日讯（记者 余诗琪）在今年年尾，社保基金密集落子。{_PARAGRAPH}\n\n{_PARAGRAPH}\n"
    (b,) = _docs(text, ".txt")
    assert b.source == "科创板日报"


# --- a CSV column of UTC stamps, on its publisher's calendar

_CSV_HEAD = '"TITLE","ARTICLE LINK","PUBLISHED DATE (GMT)","PUBLISHER","COUNTRY","DESCRIPTION"\n'


def _csv_row(n: int, link: str, stamp: str, country: str) -> str:
    return f'"港田徑隊東亞青運添獎牌第{n}面","{link}","{stamp}","X","{country}","{_PARAGRAPH}"\n'


def test_a_utc_column_is_put_on_each_rows_own_publishers_calendar() -> None:
    # dev s35_05: Hong Kong, Taiwan, New Zealand and Emirates outlets in one export; 13:29 UTC on the 24th is the
    # 24th in Hong Kong (21:29) and the 25th in Auckland (01:29, UTC+12 in August)
    text = _CSV_HEAD + "".join(
        (
            _csv_row(1, "http://www.chineseherald.co.nz/news/1", "2023-08-24 13:29:44", "New Zealand"),
            _csv_row(2, "http://www.bastillepost.com/hongkong/article/1", "2023-08-24 13:29:44", "Hong Kong"),
            _csv_row(3, "https://hk.sports.yahoo.com/news/3.html", "2023-08-22 16:05:14", ""),
        )
    )
    nz, hk, edition = _docs(text, ".csv")
    assert nz.date.isoformat() == "2023-08-25"
    assert hk.date.isoformat() == "2023-08-24"
    assert edition.date.isoformat() == "2023-08-23"  # a portal's Hong Kong edition (hk.): UTC+8


def test_a_utc_stamp_of_a_publisher_whose_zone_is_not_known_is_read_as_written() -> None:
    # precision first: 20:30 UTC on the 22nd is the 22nd, not a guessed zone's 23rd
    text = _CSV_HEAD + _csv_row(1, "https://www.example.com/news/1", "2023-08-22 20:30:00", "")
    text += _csv_row(2, "https://www.example.com/news/2", "2023-08-22 20:30:00", "")
    b, _ = _docs(text, ".csv")
    assert b.date.isoformat() == "2023-08-22"


def test_guard_a_hong_kong_papers_utc_stamp_is_its_next_morning() -> None:
    # dev s35_04 (6fbaa0c6): 明報's 20:30 GMT on the 22nd is the 23rd in Hong Kong
    text = _CSV_HEAD + _csv_row(1, "https://news.mingpao.com/pns/1", "2023-08-22 20:30:00", "Hong Kong")
    text += _csv_row(2, "https://news.mingpao.com/pns/2", "2023-08-22 20:30:00", "Hong Kong")
    b, _ = _docs(text, ".csv")
    assert b.date.isoformat() == "2023-08-23"


# --- a headline crediting its outlet in brackets, under a section's kicker


def test_a_headline_crediting_its_outlet_in_brackets_under_a_kicker() -> None:
    # dev s28_06 (a university centre's news page): "水利科技組", the day, then "防災過夜體驗營 民眾首度體驗災民收容(工商時報)"
    text = f"水利科技組\n2019-09-23\n防災過夜體驗營 民眾首度體驗災民收容(工商時報)\n{_PARAGRAPH}\n{_PARAGRAPH}\n"
    (b,) = _docs(text, ".txt")
    assert b.title == "防灾过夜体验营 民众首度体验灾民收容"  # (a briefing's fields are kept in Simplified)
    assert b.source in ("工商时报", "工商時報")


def test_guard_a_captions_credit_under_a_headline_is_no_source() -> None:
    # dev s18_03: the headline, then a picture's caption crediting an agency "华为公司在北京开设的一家商店（美联社）"
    text = (
        f"### 华为员工协助非洲政府监控政敌\n\n华为公司在北京开设的一家商店（美联社）\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}\n"
    )
    (b,) = _docs(text, ".md")
    assert b.title == "华为员工协助非洲政府监控政敌"
    assert b.source != "美联社"
