"""Guards session 24's metadata changes (issue 12): the source from every place it can be — a compilation credits
other outlets item by item (none is its source), a WeChat archive's account (front matter, the post's header line, a
公众号/出品 label), a disclaimer naming the house that published a review — and a print edition's page before a
feed's headline. Names are fictional unless they are public offices or outlets; each test fails on the code before
unless it says it is a guard."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes

_A = "国务院常务会议4月10日召开，会议研究部署了推动大规模设备更新的有关工作，提出了多项具体举措。"
_B = "美国商务部当地时间周三公布数据显示，美国3月消费者价格指数同比上涨3.5%，高于市场预期。"
_C = "欧洲央行周四宣布维持三大关键利率不变，并暗示可能在6月开始降息，市场对此反应平稳。"
_PARA = _A + "会议强调要坚持市场为主、政府引导，要求各地区各部门认真抓好落实，确保政策尽快见效。"


def _md(text: str):
    return ingest_bytes(text.encode(), id="x.md", suffix=".md")


def _html(page: str):
    return ingest_bytes(page.encode(), id="x.html", suffix=".html")


# --- a compilation: each item credits its own outlet, none of them is the compilation's source


@pytest.mark.parametrize(
    "digest",
    [
        f"# 参考信息（2024年4月11日）\n\n【新华社】{_A}\n\n【路透社】{_B}\n\n【彭博社】{_C}\n",
        f"# 参考信息 第125期\n\n## 一、国内\n\n来源：新华社\n\n{_A}\n\n## 二、国际\n\n来源：路透社\n\n{_B}\n",
        f"# 每日参考\n\n1. 新华社北京4月10日电 {_A}\n\n2. 路透社华盛顿4月10日电 {_B}\n",
        f"---\ntitle: 参考信息 2024-04-11\ndate: 2024-04-11\ntags: [参考信息, 新华社]\n---\n\n## 新华社\n\n{_A}\n\n"
        f"## 路透社\n\n{_B}\n",
    ],
)
def test_a_compilation_of_several_outlets_items_takes_none_of_them_as_its_source(digest: str) -> None:
    assert _md(digest).source == ""


def test_a_compilations_first_dateline_does_not_date_it_its_heading_does() -> None:
    b = _md(f"# 每日参考 2024-04-11\n\n1. 新华社北京4月10日电 {_A}\n\n2. 路透社华盛顿4月10日电 {_B}\n")
    assert b.date_iso == "2024-04-11"


def test_guard_a_compilations_declared_source_stays() -> None:
    b = _md(f"---\ntitle: 参考信息\nsource: 参考消息\n---\n\n【新华社】{_A}\n\n【路透社】{_B}\n")
    assert b.source == "参考消息"


def test_guard_a_source_line_over_another_outlets_dateline_is_one_article() -> None:
    # 来源 names the paper that ran it, the dateline the agency that filed it: no item between them (as before)
    b = _md(f"# 设备更新\n\n来源：人民日报\n\n新华社北京4月10日电 {_PARA}\n\n{_B}\n")
    assert b.source == "人民日报"


def test_guard_a_digest_of_one_outlets_stories_is_that_outlets() -> None:
    b = _md(f"# 设备更新\n\n新华社北京4月10日电 {_PARA}\n\n新华社北京4月11日电 {_B}\n")
    assert b.source == "新华社"


# --- a WeChat post's account


@pytest.mark.parametrize("key", ["account", "mp_name", "公众号"])
def test_a_wechat_archives_account_in_front_matter_is_the_source(key: str) -> None:
    b = _md(f"---\ntitle: 设备更新政策解读\nauthor: 王五\n{key}: 财经早餐\ndate: 2024-04-11\n---\n\n{_PARA}\n")
    assert (b.source, b.authors) == ("财经早餐", ["王五"])


def test_guard_a_front_matter_source_beats_the_account() -> None:
    b = _md(f"---\ntitle: 设备更新政策解读\nsource: 人民日报\naccount: 财经早餐\n---\n\n{_PARA}\n")
    assert b.source == "人民日报"


@pytest.mark.parametrize(
    "header",
    [
        "原创 王五 财经早餐 2024-04-11 08:00 北京",
        "原创 王五 [财经早餐](javascript:void(0);) *2024-04-11 08:00*",
        "财经早餐 2024年04月11日 08:00 发表于北京",
    ],
)
def test_a_wechat_posts_header_line_names_its_account_and_day(header: str) -> None:
    b = _md(f"# 设备更新政策解读\n\n{header}\n\n{_PARA}\n")
    assert (b.source, b.date_iso) == ("财经早餐", "2024-04-11")


def test_guard_a_name_and_a_day_without_a_time_or_place_is_no_wechat_header() -> None:
    # no 原创, no time, no place: nothing says it is a post's header (a person's name as the "account" stays out)
    b = _md(f"# 设备更新政策解读\n\n王五 2024-04-11\n\n{_PARA}\n")
    assert b.source == ""


@pytest.mark.parametrize(("line", "want"), [("公众号：中国政府网", "中国政府网"), ("出品：新华社", "新华社")])
def test_an_account_or_a_producer_label_names_the_source(line: str, want: str) -> None:
    assert _md(f"# 设备更新政策解读\n\n{line}\n\n{_PARA}\n").source == want


@pytest.mark.parametrize("line", ["编辑：赵七", "责任编辑：赵七", "作者：王五"])
def test_guard_an_editor_or_an_author_is_never_the_source(line: str) -> None:
    assert _md(f"# 设备更新政策解读\n\n{line}\n\n{_PARA}\n").source == ""


# --- a review signed by its authors, its house named by the disclaimer


def test_a_disclaimer_names_the_firm_that_published_the_review() -> None:
    md = f"# 数据出境合规要点解析\n\n作者：王五 李六\n\n{_PARA}\n\n本文仅为交流目的，不代表环球律师事务所的法律意见或建议。\n"
    b = _md(md)
    assert (b.source, b.authors) == ("环球律师事务所", ["王五", "李六"])


@pytest.mark.parametrize("line", ["本文仅代表作者个人观点，不代表本公众号立场。", "文章内容不代表作者所在机构的观点。"])
def test_guard_a_disclaimer_for_itself_or_no_one_names_no_source(line: str) -> None:
    assert _md(f"# 数据出境合规要点解析\n\n{_PARA}\n\n{line}\n").source == ""


# --- titles


def test_a_print_editions_page_before_a_feeds_headline_is_no_part_of_it() -> None:
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>People Daily</title>'
        "<link>https://example.org/people-daily</link><description>feed</description>"
        "<item><title>02版 -  全国一般公共预算收入前7月平稳较快增长</title>"
        "<link>http://paper.people.com.cn/rmrb/pc/content/202608/22/content_1.html</link>"
        f"<description>本报北京8月21日电 {_PARA}</description><pubDate>Sat, 22 Aug 2026 00:26:04 +0000</pubDate>"
        "</item></channel></rss>"
    )
    b = ingest_bytes(feed.encode(), id="f.xml", suffix=".xml")
    assert b.title == "全国一般公共预算收入前7月平稳较快增长"


@pytest.mark.parametrize("title", ["3版本更新说明发布", "2版"])
def test_guard_a_headline_that_only_starts_like_a_page_keeps_it(title: str) -> None:
    assert _md(f"---\ntitle: {title}\n---\n\n{_PARA}\n").title == title


def test_a_wechat_accounts_card_after_the_post_names_its_publisher() -> None:
    b = _md(f"# 设备更新政策解读\n\n{_PARA}\n\n{_PARA}\n\n财经早餐\n\n微信号 cjzc2024\n\n功能介绍 每天一份财经早餐\n")
    assert b.source == "财经早餐"


def test_guard_a_wechat_id_with_no_name_line_above_it_names_no_one() -> None:
    b = _md(f"# 设备更新政策解读\n\n{_PARA}\n\n{_PARA}\n\n微信号 cjzc2024\n")
    assert b.source == ""


# --- where a library keeps the file


def test_a_folder_named_for_an_outlet_is_the_last_resort_source() -> None:
    from briefreader.ingest.metadata import extract_metadata

    assert extract_metadata(_PARA, {}, path="人民日报/2024/x.md").source == "人民日报"
    # anything the text says comes first
    assert extract_metadata(f"来源：经济日报\n{_PARA}", {}, path="人民日报/2024/x.md").source == "经济日报"


@pytest.mark.parametrize("path", ["新闻/x.md", "张三/x.md", "wechat/2024/设备更新.md", "dev/s19_19_peoples_daily.xml"])
def test_guard_a_folder_or_a_file_name_that_names_no_organisation_is_no_source(path: str) -> None:
    from briefreader.ingest.metadata import extract_metadata

    assert extract_metadata(_PARA, {}, path=path).source == ""


# --- an archive's heading and fields (dev-retired13's flash archives)


def test_an_outlets_flash_news_heading_is_no_dateline_but_the_title() -> None:
    # 快讯 is a kind of news, not a place before 讯: the heading is the archive's title, its date the archive's
    b = _md(
        f"# 财联社快讯归档 2026-05-18\n\n- item_count: 612\n\n## 00:15:19｜无标题\n\n{_PARA}\n\n## 00:16:02｜其他\n\n{_B}\n"
    )
    assert (b.title, b.date_iso) == ("财联社快讯归档2026-05-18", "2026-05-18")


def test_an_archives_source_field_names_its_outlet_before_the_feeds_description() -> None:
    b = _md(f"# 东方财富资讯归档 2026-05-20\n\n- item_count: 808\n- source: 东方财富 public web feed\n\n{_PARA}\n")
    assert b.source == "东方财富"


def test_guard_a_place_before_xun_is_still_a_dateline() -> None:
    assert _md(f"# 设备更新\n\n新民晚报讯 {_PARA}\n").source == "新民晚报"


# --- an issue's day after its number in the headline (dev s24_02, a newsletter's H1)


def test_an_issues_day_after_its_number_dates_the_newsletter() -> None:
    b = _md(f"# 某某项目 双周进展汇报 第 064 期·2026 年 03 月 10 日\n\n## 卷首语\n\n{_PARA}\n")
    assert b.date_iso == "2026-03-10"
