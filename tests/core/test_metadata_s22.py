"""Guards session 22's metadata changes (issue 12): a title in Simplified whatever the body's script (tester s21
T11/U4), the file's name as the anchor of a yearless day's year (dev-retired13's daily briefings), a Word file's
property day that is a later copy's (dev-retired17 s20_11). Names are fictional unless they are public offices or
outlets; each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

import datetime as dt

import pytest

from briefreader.ingest import ingest_bytes, ingest_entries

_PARA = (
    "今年春季学期，区里组织青年志愿者深入社区开展健康宣讲，累计服务居民三千余人次。"
    "活动结束后，参与的志愿者纷纷表示，走出办公室、贴近群众，让他们对公共服务有了新的理解。"
)


# --- a title in Simplified whatever script the body was judged in (tester s21 T11/U4)


def _feed(*items: tuple[str, str]) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>https://www.gov.mo/zh-hant/news/{k}/</link>"
        f"<pubDate>Mon, 13 Oct 2025 10:00:00 +0800</pubDate><description>{d}</description></item>"
        for k, (t, d) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>澳門特別行政區政府入口網站</title>'
        f"<link>https://www.gov.mo</link>{entries}</channel></rss>"
    ).encode()


def test_a_traditional_title_over_a_body_with_no_han_is_simplified():
    # the entry's body is a link's word: no Han to judge its script by
    [b] = ingest_entries(_feed(("衛生局公佈最新傳染病監測數據", "Link")), id="mo.xml", suffix=".xml")
    assert b.title == "卫生局公布最新传染病监测数据"


def test_titles_the_body_script_already_gives_and_japanese_stay():
    # guards: a Simplified title with one character OpenCC would change (a name's 濛), a Japanese title
    entries = ingest_entries(
        _feed(("魏其濛获得年度志愿者称号", "Link"), ("東京都の新しい防災計画について", "Link")),
        id="mo.xml",
        suffix=".xml",
    )
    assert [b.title for b in entries] == ["魏其濛获得年度志愿者称号", "東京都の新しい防災計画について"]


# --- the file's name anchors the year of a yearless day with its weekday (dev-retired13 s16_38/s16_39)


_DAILY = "\n8月24日，农历七月廿七，星期三！\n在这里，每天60秒读懂世界！\n1、" + _PARA + "\n2、" + _PARA + "\n"


def test_a_date_in_the_files_name_anchors_the_year_of_a_weekday_day():
    b = ingest_bytes(_DAILY.encode(), id="2022-08-24", path="/archive/2022/08/2022-08-24.txt", suffix=".txt")
    assert b.date_iso == "2022-08-24"
    # the name only anchors: the text's day and weekday decide (24 August is a Wednesday in 2022, not 2021)
    b = ingest_bytes(_DAILY.encode(), id="n", path="/archive/daily_20210824.txt", suffix=".txt")
    assert b.date_iso == "2022-08-24"


def test_a_name_without_a_full_date_anchors_nothing():
    # guards: no date in the name; a number that is no date (an id, a month 13)
    for path in ("/archive/notes.txt", "/archive/item_20221324.txt", "/archive/120220824.txt"):
        assert ingest_bytes(_DAILY.encode(), id="n", path=path, suffix=".txt").date is None, path


# --- a Word file's property day that is a later copy's (dev-retired17 s20_11)


def _docx(tmp_path, created: dt.datetime) -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.core_properties.created = created
    d.add_paragraph("某市生态环境状况公报")
    d.add_paragraph("2020年度")
    d.add_paragraph("2020年，全市空气质量优良天数比例为91.5%，较上年提高2.1个百分点。" + _PARA)
    path = tmp_path / "bulletin.docx"
    d.save(str(path))
    return path.read_bytes()


def test_a_word_files_day_two_years_after_its_text_is_no_date(tmp_path):
    b = ingest_bytes(_docx(tmp_path, dt.datetime(2023, 2, 25, 12, 20)), id="b", suffix=".docx")
    assert b.date is None


def test_a_word_files_day_in_or_after_its_texts_year_dates_it(tmp_path):
    # guard: a bulletin of 2020 made in 2021 (as bulletins are) keeps the file's day
    b = ingest_bytes(_docx(tmp_path, dt.datetime(2021, 3, 5, 9, 0)), id="b", suffix=".docx")
    assert b.date_iso == "2021-03-05"


# --- a malformed YAML header's plain lines (tester s22 T1) and an outlet's address name as author (tester s22 T2)


def test_a_malformed_headers_plain_lines_are_still_read():
    md = "---\ntitle: 区里开展健康宣讲活动\n文号: -\n发布日期: 2024-05-01\n---\n\n" + _PARA + "\n"
    b = ingest_bytes(md.encode(), id="g.md", suffix=".md")
    assert b.date_iso == "2024-05-01" and b.title == "区里开展健康宣讲活动"
    assert any(p.kind == "front_matter" for p in b.problems)  # still said: the header is not YAML


def test_a_malformed_headers_line_of_blanks_is_read_in_linear_time():
    # guard (no time asserted: a quadratic reading of 60,000 blanks would not finish in the test's run)
    from briefreader.ingest.frontmatter import split_front_matter

    f = split_front_matter("---\n文号: -\nk: x" + " " * 60_000 + "y\n---\n正文")
    assert f.meta == {"k": "x" + " " * 60_000 + "y"}


def test_an_outlets_address_name_as_author_is_the_source():
    md = "---\ntitle: 区里开展健康宣讲活动\nauthor: {}\ndate: 2024-05-01\n---\n\n" + _PARA + "\n"
    b = ingest_bytes(md.format("ithome").encode(), id="k.md", suffix=".md")
    assert b.source == "IT之家" and b.authors == []
    # guards: a subdomain's word (paper.people.com.cn) and a person stay authors
    for name in ("paper", "Lily"):
        b = ingest_bytes(md.format(name).encode(), id="k.md", suffix=".md")
        assert b.authors == [name] and b.source != "人民日报", name


# --- a label set off by a space (tester s22 T18; its own tests in tests/test_newuser_s22.py)


def test_a_credit_label_glued_to_its_words_and_a_label_before_no_date_stay_as_they_were():
    # guards: 数据来源 credits the data (no source), 发布时间 before words is no date line
    from briefreader.ingest.metadata import parse_info_line

    assert parse_info_line("数据来源 国家统计局") is None or parse_info_line("数据来源 国家统计局").source == ""
    info = parse_info_line("发布时间 待定")
    assert info is None or info.date is None
    info = parse_info_line("发布时间 2024-05-17 来源 上观新闻")
    assert info is not None and info.date == (dt.date(2024, 5, 17), "day") and info.source == "上观新闻"


def test_a_reporters_roles_in_a_byline_are_no_names():
    from briefreader.ingest.metadata import _split_names

    assert _split_names("实习记者 樊亮 张明超 记者惠禾") == ["樊亮", "张明超", "惠禾"]
    assert _split_names("本报记者 王明 实习生 李四") == ["王明", "李四"]
    # guards: names alone, a Latin name after its role
    assert _split_names("樊亮 张明超") == ["樊亮", "张明超"] and _split_names("记者Tom") == ["Tom"]


def test_a_sections_name_after_the_sites_at_the_start_of_the_title_is_no_headline():
    from briefreader.ingest.metadata import title_from_page_title

    # dev s18_36's form (無綫新聞 - 財經 - 標題), without the domain after it
    assert title_from_page_title("无线新闻 - 财经 - 市料美零售销售与消费者信心续升") == "市料美零售销售与消费者信心续升"
    # guards: a place or a kind of piece after the site's name stays the headline's
    assert title_from_page_title("人民网 - 北京 - 市区新开三条公交线路") == "北京 - 市区新开三条公交线路"
    assert title_from_page_title("人民网 - 专访 - 市区新开三条公交线路") == "专访 - 市区新开三条公交线路"
