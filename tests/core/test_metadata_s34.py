"""Guards session 34's metadata changes (issue 12), on the shapes of dev files: a reporters' credit closing a post
names its outlet by a name the outlet table knows ("（总台央视记者孙树文）", "（央视记者王逢治）"), also before the
post's short link; a post's key-value header with no fence (Pelican, MultiMarkdown: "Title:", "Date:", "Slug:" lines
over a blank line) is its fields, not its text; a channel title's closing note on the feed itself ("（非官方聚合）")
names no one. Each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

import json
import time

from briefreader.ingest import ingest_entries
from briefreader.ingest.frontmatter import split_front_matter

_POST = (
    "海关总署18日发布公告，自6月17日起，中国海关暂停德国一家猪肉屠宰及其分割、冷藏企业的产品输华。按照双边合作协议，"
    "德国官方主管部门向海关总署通报德在华注册的一家猪肉屠宰企业确认发生新冠病毒聚集性感染。"
)


def _records(items: list[dict[str, str]]) -> list:
    return ingest_entries(json.dumps(items, ensure_ascii=False).encode("utf-8"), id="r", suffix=".json")


def _doc(text: str, suffix: str = ".md") -> object:
    return ingest_entries(text.encode("utf-8"), id="d", path="d" + suffix, suffix=suffix)[0]


# --- a reporters' credit closing the post: its outlet by a name the table knows


def test_a_closing_credit_names_the_outlet_by_its_known_short_name() -> None:
    # dev s32_03 (央视新闻's Weibo posts as CSV rows): "（总台央视记者孙树文）", "（央视记者王逢治）"; the second row's post
    # ends in its short link after the credit
    items = [
        {
            "title": "德国猪肉企业发生聚集疫情产品暂停输华",
            "content": _POST + "（总台央视记者孙树文）",
            "date": "2020-06-18",
        },
        {
            "title": "美国新冠肺炎超210万例",
            "content": _POST + "（央视记者王逢治） http://t.cn/A6LI4tYI",
            "date": "2020-06-16",
        },
    ]
    assert [b.source for b in _records(items)] == ["央视", "央视"]


def test_guard_a_credit_naming_no_known_outlet_names_none() -> None:
    # a person's desk word before 记者 is no outlet ("（实习记者张三）" names none)
    items = [{"title": "德国猪肉企业发生聚集疫情", "content": _POST + "（实习记者张三丰）", "date": "2020-06-18"}]
    assert [b.source for b in _records(items)] == [""]


# --- a key-value header with no fence


_PELICAN = (
    "Title: 報導者十週年\nSubtitle: 8836 分之 1\nDate: 2026-01-25 13:08 +0800\nCategory: Random Thoughts\n"
    "Tags: 報導者, Podcast\nSlug: the-reporter-10th\nAuthors: Wei Lee\nLang: zh-tw\n\n"
    "朋友每次都跟我分享她會去參加贊助者優先的線下活動，我也是贊助了一段時間，是該來行使一下我的贊助者權益了。\n"
)


def test_a_pelican_header_is_the_posts_fields() -> None:
    # dev s34_02/03/10: the post's date is its Date line; the header's lines are not its text
    b = _doc(_PELICAN)
    assert str(b.date) == "2026-01-25" and "十周年" in b.title
    assert "Slug" not in b.text and "zh-tw" not in b.text and "赞助者优先" in b.text
    b = _doc(_PELICAN.replace("\n", "\r\n"), ".txt")
    assert str(b.date) == "2026-01-25" and "Slug" not in b.text


def test_guard_a_text_opening_with_a_labelled_line_has_no_header() -> None:
    for text in (
        "Note: 以下内容仅供参考\nTitle: 不是标题\n\n正文第一段。",  # a key no header has
        "Title: 只有一行\n\n正文第一段。",  # one line: a labelled headline, not a header
        "Title: 甲\nDate: 2020-01-02\n正文紧接着，没有空行。",  # no blank line after it
    ):
        front = split_front_matter(text)
        assert not front.present and front.body == text, text
    t0 = time.perf_counter()
    split_front_matter("Title: " + "甲" * 1_000_000)
    split_front_matter("Title: 甲\nDate: " + "1" * 1_000_000 + "\n\n正文")
    assert time.perf_counter() - t0 < 0.5


# --- a channel title's note on the feed itself


def test_a_channel_titles_note_on_the_feed_names_no_one() -> None:
    # dev s34_06: a bot's feed of SBS's items, titled "SBS 中文（繁體）新聞／Podcast（非官方聚合）"
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>SBS 中文（繁體）新聞／Podcast（非官方聚合）</title><link>https://www.sbs.com.au/language/chinese/</link>"
        "<item><title>了解退休公積金法定提取規則</title><link>https://www.sbs.com.au/language/chinese/a/1</link>"
        "<description>幾歲是可自由提取退休公積金？半退休﹑繼續工作又可否領取？跟拿養老金有何分別？</description></item>"
        "</channel></rss>"
    )
    (b,) = ingest_entries(xml.encode("utf-8"), id="f", path="f.xml", suffix=".xml")
    assert b.source.startswith("SBS") and "聚合" not in b.source


# --- dev-retired29's crawled records: a closing outlet alone on the last line, a dateline with a reporter's rank


def test_an_outlet_alone_in_brackets_on_the_last_line_is_the_source() -> None:
    # dev-retired29 s32h_06: a securities site's article ends "…（PS：…）" then "（证券时报网）" on a line of its own
    b = _doc("中兴复牌第1天资金排队出逃\n\n" + _POST + "\n（PS：目标价比停牌前价格还要高。）\n（证券时报网）\n", ".txt")
    assert b.source == "证券时报网"


def test_guard_a_closing_mark_alone_on_the_last_line_names_no_one() -> None:
    for mark in ("（完）", "（上）", "（待续）", "（张三丰）"):
        b = _doc("中兴复牌第1天资金排队出逃\n\n" + _POST + "\n" + mark + "\n", ".txt")
        assert b.source == "", mark


def test_a_short_dateline_before_a_reporters_rank_names_the_outlet() -> None:
    # dev-retired29 s32h_05: "南都讯见习记者胡琛近日，…" (南方都市报's short name, 讯, then a trainee reporter's byline)
    b = _doc("中兴被美封杀 如何摆脱芯片之困\n\n南都讯见习记者胡琛近日，" + _POST, ".txt")
    assert b.source == "南都"
