"""Guards session 25's metadata changes (issue 12). Names are fictional unless they are public offices or outlets;
each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.patterns import SOURCE_LABELS

_PARA = (
    "国务院常务会议4月10日召开，会议研究部署了推动大规模设备更新的有关工作，提出了多项具体举措。"
    "会议强调要坚持市场为主、政府引导，要求各地区各部门认真抓好落实，确保政策尽快见效。"
)


def _txt(text: str):
    return ingest_bytes(text.encode(), id="x.txt", suffix=".txt")


def _md(text: str):
    return ingest_bytes(text.encode(), id="x.md", suffix=".md")


# --- one table of source labels (patterns.SOURCE_LABELS): every reader of a label knows every label (the spaced
# and the front-matter tests fail on the code before for 出处 / 稿件来源 and 信息来源 / 文章来源 / 稿件来源; the closing
# note and the dangling label are guards: other readers took those labels already)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_label_spaced_off_its_value_names_the_source(label: str) -> None:
    b = _txt(f"设备更新工作部署会议召开\n\n2024-04-10 {label} 上观新闻\n\n{_PARA}\n")
    assert b.source == "上观新闻", (label, b.source)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_labelled_value_in_front_matter_is_the_name_after_the_label(label: str) -> None:
    b = _md(f"---\ntitle: 设备更新工作部署会议召开\ndate: 2024-04-10\nsource: {label}：人民日报\n---\n\n{_PARA}\n")
    assert b.source == "人民日报", (label, b.source)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_closing_note_with_any_source_label_names_the_source(label: str) -> None:
    b = _txt(f"设备更新工作部署会议召开\n\n2024-04-10\n\n{_PARA}\n\n（{label}：人民日报）\n")
    assert b.source == "人民日报", (label, b.source)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_label_left_before_its_value_names_the_source(label: str) -> None:
    b = _txt(f"设备更新工作部署会议召开\n\n2024-04-10 {label}：\n\n上观新闻\n\n{_PARA}\n")
    assert b.source == "上观新闻", (label, b.source)


# --- an address where a name is asked for (a WeChat archiver's "source: https://mp.weixin.qq.com/s/…")

_POST = (
    "---\ntitle: 一个开源后端平台的试用笔记\nauthor: 码农茶馆\ndate: 2026-05-09 10:05:00\n"
    "source: https://mp.weixin.qq.com/s/AbCdEf123\n---\n\n# 一个开源后端平台的试用笔记\n\n"
    "> 公众号: 码农茶馆\n> 发布时间: 2026-05-09 10:05:00\n> 原文链接: https://mp.weixin.qq.com/s/AbCdEf123\n\n"
    f"{_PARA}\n"
)


def test_an_address_in_front_matters_source_is_no_name_the_posts_account_is() -> None:
    b = _md(_POST)
    assert b.source == "码农茶馆", b.source


@pytest.mark.parametrize("value", ["https://example.org/a/b.html", "www.example.org/a", "editor@example.org"])
def test_an_address_is_never_the_source(value: str) -> None:
    b = _md(f"---\ntitle: 设备更新工作部署会议召开\ndate: 2024-04-10\nsource: {value}\n---\n\n{_PARA}\n")
    assert b.source != value and "example" not in b.source, b.source


def test_guard_a_front_matters_named_source_stays() -> None:
    b = _md(_POST.replace("source: https://mp.weixin.qq.com/s/AbCdEf123", "source: 人民日报"))
    assert b.source == "人民日报", b.source


# --- a wiki page's own dates (wiki.js front matter: date = the last edit, dateCreated = the page's making)

_WIKI = (
    "---\ntitle: {title}\ndescription: 本期节目。\npublished: true\ndate: 2023-09-04T15:05:37.690Z\ntags: \n"
    "editor: markdown\ndateCreated: 2022-11-30T10:35:34.346Z\n---\n\n" + f"{_PARA}\n"
)


def test_a_wiki_pages_edit_is_not_its_texts_date_the_headlines_day_is() -> None:
    b = _md(_WIKI.format(title="【每周参考（试1期）】2022-11-02"))
    assert str(b.date) == "2022-11-02", b.date


def test_a_wiki_page_with_no_date_of_its_own_text_is_dated_by_its_making() -> None:
    b = _md(_WIKI.format(title="【每周参考274】养路费缺口与公路养护"))
    assert str(b.date) == "2022-11-30", b.date


def test_guard_a_posts_front_matter_date_beats_a_day_in_its_headline() -> None:
    b = _md(f"---\ntitle: 外交部例行记者会 2024-10-17\ndate: 2024-10-18\n---\n\n{_PARA}\n")
    assert str(b.date) == "2024-10-18", b.date


@pytest.mark.parametrize("title", ["【每周参考（试1期）】2022-11-02", "每周参考（试1期）2022-11-02"])
def test_guard_a_day_right_after_a_closing_bracket_closes_the_headline(title: str) -> None:
    b = _md(f"# {title}\n\n{_PARA}\n")
    assert str(b.date) == "2022-11-02", (title, b.date)


# --- a kind of news before 讯 is no outlet (SHORT_DATELINE: "新华简讯" was the outlet 新华简)


@pytest.mark.parametrize("line", ["新华简讯 记者张三报道", "新华快讯 记者李四"])
def test_a_kind_of_news_before_xun_names_no_outlet(line: str) -> None:
    from briefreader.ingest.patterns import match_dateline

    m = match_dateline(line)
    assert m is None or m["outlets"] not in ("新华简", "新华快"), m and m.groupdict()


def test_guard_a_short_outlet_before_xun_is_a_dateline() -> None:
    from briefreader.ingest.patterns import match_dateline

    m = match_dateline("南都讯 记者刘凡 昨日，市政府召开会议。")
    assert m is not None and m["outlets"] == "南都", m and m.groupdict()


# --- WeChat's header line in its English interface (a copy of the page kept as Markdown): Original, Posted on


@pytest.mark.parametrize(
    "header",
    [
        '<a id="profileBt"></a><a id="js_name"></a>码农茶馆 *2022-05-12 14:03* *Posted on <a id="x"></a>浙江*',
        '<a id="copyright_logo"></a>Original <a id="a"></a>李四 <a id="js_name"></a>码农茶馆 *2022-05-12 14:03*',
    ],
)
def test_a_wechat_header_in_english_names_its_account_and_day(header: str) -> None:
    b = _md(f"# 十个实用的自动化脚本\n\n{header}\n\n{_PARA}\n")
    assert b.source == "码农茶馆" and str(b.date) == "2022-05-12", (b.source, b.date)


def test_guard_words_before_a_day_and_a_time_alone_are_no_wechat_header() -> None:
    b = _md(f"# 十个实用的自动化脚本\n\n会议时间 2022-05-12 14:03\n\n{_PARA}\n")
    assert b.source != "会议时间", b.source


# --- a <title>'s last part naming an organisation in both scripts ("… | 君合律师事务所 JunHe")


def _page(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><h1>数据出境新规要点评述</h1><p>2024-04-10</p>"
        f"<p>{_PARA}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("数据出境新规要点评述 | 君合律师事务所 JunHe", "君合律师事务所"),
        ("数据出境新规要点评述 - 中国信息通信研究院 CAICT", "中国信息通信研究院"),
        ("数据出境新规要点评述 | 汉坤律师事务所 Han Kun Law Offices", "汉坤律师事务所"),
        ("数据出境新规要点评述 - 金杜律师事务所 King & Wood Mallesons", "金杜律师事务所"),
    ],
)
def test_an_organisation_named_in_both_scripts_at_the_titles_end_is_the_source(title: str, want: str) -> None:
    b = ingest_bytes(_page(title).encode(), id="x.html", suffix=".html")
    assert (b.source, b.title) == (want, "数据出境新规要点评述"), (b.source, b.title)


def test_guard_a_headline_ending_in_latin_words_keeps_them() -> None:
    b = ingest_bytes(_page("一文读懂 Python asyncio").encode(), id="x.html", suffix=".html")
    assert b.source != "一文读懂", b.source


# --- a folder named for an office is no publisher (review s24 N1); a file's name beside its date is


def test_a_folder_named_for_an_office_is_no_source() -> None:
    from briefreader.ingest.metadata import extract_metadata

    assert extract_metadata(_PARA, {}, path="研究/深圳市人民政府/x.txt").source == ""


@pytest.mark.parametrize(
    ("path", "want"),
    [("人民日报/2024/x.md", "人民日报"), ("资料/2024-04-11_深圳市人民政府_设备更新.txt", "深圳市人民政府")],
)
def test_guard_an_outlets_folder_and_an_office_in_a_files_name_name_the_source(path: str, want: str) -> None:
    from briefreader.ingest.metadata import extract_metadata

    assert extract_metadata(_PARA, {}, path=path).source == want
