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
