"""Guards session 35's metadata changes (issue 12), on the shapes of dev-retired29/30 files: a copy's 原标题 line is
its headline without the label (nor the title marks it is quoted in); a page's stamp glued to the end of its
headline's line dates it; a lead that opens with the outlet alone in brackets ("（德国之声中文网）…") names the source,
and one that opens with the day in local time ("当地时间2018年2月10日，…") dates it, weakly; an app's news records name
their time "news_time" and their author in an object ({"userName": …}). Each test fails on the code before unless it
says it is a guard."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries
from briefreader.ingest.metadata import clean_title

_LEAD = (
    "外交部发言人陆慷在华盛顿就中共中央政治局委员、国务委员杨洁篪访问美国有关情况回答了记者提问。陆慷说，应美国国务卿"
    "邀请，2月8日至9日，杨洁篪对美国进行访问。访问期间，杨洁篪会见了美国总统，同美国国务卿举行会谈。"
)
_HEADLINE = "外交部发言人陆慷就杨洁篪访问美国答记者问"


def _doc(text: str, suffix: str = ".md") -> object:
    return ingest_entries(text.encode("utf-8"), id="d", path="d" + suffix, suffix=suffix)[0]


# --- a copy's 原标题 line


def test_an_original_title_line_is_the_headline_without_its_label() -> None:
    # dev-retired30 s33h_08 (an HTML fragment: "<p>原标题：…</p>" over the lead), dev-retired29 s32h_07
    html = f"<div><p>原标题：{_HEADLINE}</p><p>{_LEAD}</p><p>{_LEAD}</p></div>"
    b = _doc(html, ".html")
    assert b.title == _HEADLINE


def test_an_original_title_quoted_in_title_marks_is_the_headline_inside_them() -> None:
    # dev s28_09: "本文原标题：《游启明：美国对“一带一路”倡议的评估解读：霸权认同理论的视角》"
    assert (
        clean_title("本文原标题：《游启明：美国对“一带一路”倡议的评估解读》")
        == "游启明：美国对“一带一路”倡议的评估解读"
    )
    assert clean_title("原標題：台積電法說會前夕外資賣超") == "台積電法說會前夕外資賣超"


def test_guard_a_headline_that_is_a_title_in_marks_keeps_them() -> None:
    # only the 原标题 label's value is taken out of its marks; a headline naming a book or a film stays as written
    assert clean_title("《流浪地球2》票房突破40亿元") == "《流浪地球2》票房突破40亿元"
    assert clean_title("《三体》动画版定档") == "《三体》动画版定档"


# --- a stamp glued to the headline's line


def test_a_stamp_glued_to_the_headlines_line_dates_it() -> None:
    # dev-retired29 s32h_07: "原标题：家临江：别管中兴了盯着腾讯破400元" then "市场家临江：别管中兴了盯着腾讯破400元
    # 2018年4月17日16:36:36" (a section's word, the headline, the page's date and time, glued)
    text = (
        "原标题：家临江：别管中兴了盯着腾讯破400元\n\n市场家临江：别管中兴了盯着腾讯破400元2018年4月17日16:36:36\n\n"
        "在笔者看来，港股下跌的主要原因还是来自港元走弱，担心走资。再加上贸易摩擦，地缘政治影响，美股也在高位。\n\n"
        "在笔者看来，如果4月份的港股一直很难赚钱，进入“五穷六绝”，七要翻身的话，的确需要考验老司机的能力水平咯。\n"
    )
    b = _doc(text, ".txt")
    assert b.title == "家临江：别管中兴了盯着腾讯破400元" and str(b.date) == "2018-04-17"


def test_guard_a_date_ending_another_line_is_no_stamp_of_the_headline() -> None:
    # a line that is not the headline's, ending in a date, says nothing of the page's day
    text = (
        "家临江：别管中兴了盯着腾讯破400元\n\n"
        "在笔者看来，港股下跌的主要原因还是来自港元走弱，截至2018年4月17日\n\n"
        "在笔者看来，如果4月份的港股一直很难赚钱，进入“五穷六绝”，七要翻身的话，的确需要考验老司机的能力水平咯。\n"
    )
    assert _doc(text, ".txt").date is None


# --- the lead's opening


def test_a_lead_opening_with_the_outlet_in_brackets_names_it() -> None:
    # dev-retired30 s33h_09 (a Jekyll HTML post: "<p>（德国之声中文网）新冠疫情爆发以来，…</p>")
    html = (
        "<div><i>达扬</i></div><p>（德国之声中文网）新冠疫情爆发以来，卫生纸突然成了紧俏商品，尽管各大超市出台限购措施，"
        "但是，一纸难求的现象仍得不到缓解。</p><p>德国零售业联合会发言人对媒体表示，近一个月以来，德国卫生纸的销量已经是"
        "往常的7倍。</p>"
    )
    assert _doc(html, ".html").source == "德国之声中文网"


def test_guard_a_lead_opening_with_a_person_or_a_mark_in_brackets_names_no_one() -> None:
    for opening in ("（张建国）", "（上）", "（本报）"):
        text = (
            f"卫生纸告急\n\n{opening}新冠疫情爆发以来，卫生纸突然成了紧俏商品，尽管各大超市出台限购措施，仍然难求。\n"
        )
        assert _doc(text, ".txt").source == "", opening


def test_a_lead_opening_with_the_day_in_local_time_dates_it() -> None:
    # dev-retired30 s33h_08: "当地时间2018年2月10日，外交部发言人陆慷在华盛顿…" under the 原标题 line
    text = f"原标题：{_HEADLINE}\n\n当地时间2018年2月10日，{_LEAD}\n\n{_LEAD}\n"
    assert str(_doc(text, ".txt").date) == "2018-02-10"


def test_guard_a_lead_opening_with_a_day_it_narrates_is_not_dated_by_it() -> None:
    # a full date opening a lead with no "local time" is narration (the day an event happened): not the report's
    text = f"{_HEADLINE}\n\n2008年5月12日，{_LEAD}\n\n{_LEAD}\n"
    assert _doc(text, ".txt").date is None


# --- an app's news records


def test_an_apps_news_records_give_their_time_and_author_object() -> None:
    # dev-retired30 s33h_07: {"news_title", "news_time": "2022-02-13 10:30", "news_content", "author": {"userName":
    # "澎湃新闻", "userId": 1}, "comment": [{"user": {"userName": "用户2"}, …}]}
    record = {
        "news_id": 1,
        "news_title": "在冬奥会当裁判的长沙体育老师：那是梦想成真的感觉",
        "news_time": "2022-02-13 10:30",
        "news_content": "2月12日，中国男子冰球队球员福帅打进一球，这是中国男冰在冬奥会历史上第一粒进球。" * 2,
        "comment": [{"user": {"userName": "用户2", "userId": 2}, "comment": "还不错"}],
        "author": {"userName": "澎湃新闻", "userId": 1},
    }
    data = {"code": "0", "data": {"news": [record, dict(record, news_id=2, news_title="“破咒者”高亭宇，从来不信命")]}}
    bs = ingest_entries(json.dumps(data, ensure_ascii=False).encode("utf-8"), id="r", suffix=".json")
    assert [(str(b.date), b.source) for b in bs] == [("2022-02-13", "澎湃新闻")] * 2


def test_guard_an_author_objects_person_is_no_source() -> None:
    record = {
        "news_title": "在冬奥会当裁判的长沙体育老师：那是梦想成真的感觉",
        "news_time": "2022-02-13 10:30",
        "news_content": "2月12日，中国男子冰球队球员福帅打进一球，这是中国男冰在冬奥会历史上第一粒进球。" * 2,
        "author": {"userName": "张建国", "userId": 1},
    }
    data = {"data": {"news": [record, dict(record, news_title="“破咒者”高亭宇，从来不信命")]}}
    bs = ingest_entries(json.dumps(data, ensure_ascii=False).encode("utf-8"), id="r", suffix=".json")
    assert [b.source for b in bs] == ["", ""]


# --- a scraped row's credits: a closing source note, an outlet and stamp run into the lead

_ROW = (
    "半導體材料通路商崇越集團董事長郭智辉昨（1）日表示，看好捷克產業發展潛力，研議設立歐洲據點，提供半導體供應鏈解決"
    "服務方案。崇越在先進製程領先佈局，搭上AI商機，今年營運樂觀。"
)


def _rows(*bodies: str) -> list:
    csv = ",title,content\n" + "".join(f'{i},崇越擬投資捷克 設歐洲據點{i},"{b}"\n' for i, b in enumerate(bodies))
    return ingest_entries(csv.encode("utf-8"), id="c", path="c.csv", suffix=".csv")


def test_a_closing_source_note_with_reporter_and_place_names_the_outlet() -> None:
    # dev s32_08: "…乐观看待。(新聞來源 : 工商時報一王淑以／台北報導)" (the dash come out as 一)
    bs = _rows(_ROW + "(新聞來源 : 工商時報一王淑以／台北報導)", _ROW + "（新聞來源：中央社）")
    assert [b.source for b in bs] == ["工商时报", "中央社"]  # (in Simplified, as every source is)


def test_guard_a_closing_source_note_naming_no_outlet_names_none() -> None:
    bs = _rows(_ROW + "(新聞來源 : 網路一王淑以／台北報導)", _ROW + "（來源：本報）")
    assert [b.source for b in bs] == ["", ""]


def test_an_outlet_and_its_stamp_run_into_the_lead_name_and_date_it() -> None:
    # dev s32_08: "MoneyDJ新聞2024-02-02 12:48:38記者 郭妍希 報導南韓記憶體大廠…"
    bs = _rows("MoneyDJ新聞2024-02-02 12:48:38記者 郭妍希 報導" + _ROW, _ROW)
    assert [(str(b.date), b.source) for b in bs] == [("2024-02-02", "MoneyDJ新闻"), ("None", "")]


def test_guard_a_name_and_a_stamp_before_a_byline_that_is_no_outlet_date_nothing() -> None:
    bs = _rows("張建國2024-02-02 12:48:38記者 郭妍希 報導" + _ROW, _ROW)
    assert (bs[0].date, bs[0].source) == (None, "")


# --- a presenter's closing credit; a CSV column of UTC times


def test_a_closing_credit_naming_who_presents_the_post_names_the_publisher() -> None:
    # dev s35_01/02 (LCTT's translated posts): "本文由 [LCTT](…) 原创编译，[Linux中国](https://linux.cn/) 荣誉推出"
    text = (
        "博通在收购 VMware 后重击客户\n======\n\n博通最近以610亿美元的价格完成了对 VMware 的收购。每次企业拥有权发生变更，"
        "其正负效应皆取决于具体情况。\n\n作者：Ankush Das\n译者：ChatGPT\n\n"
        "本文由 [LCTT](https://github.com/LCTT/TranslateProject) 原创编译，[Linux中国](https://linux.cn/) 荣誉推出\n"
    )
    assert _doc(text).source == "Linux中国"


def test_guard_a_person_presenting_is_no_publisher() -> None:
    text = (
        "博通在收购 VMware 后重击客户\n======\n\n博通最近以610亿美元的价格完成了对 VMware 的收购。每次企业拥有权发生变更，"
        "其正负效应皆取决于具体情况。\n\n本文由 LCTT 原创编译，张建国 荣誉推出\n"
    )
    assert _doc(text).source == ""


def _export(header: str) -> list:
    rows = [
        ("東方大勝永倫闖銀牌負方決賽", "2023-08-22 20:30:00"),
        ("港田徑隊東亞青運添5獎牌 李紫桃200米摘金", "2023-08-22 10:30:00"),
    ]
    csv = f'"TITLE","{header}","PUBLISHER","DESCRIPTION"\n' + "".join(
        f'"{t}","{d}","明報","【明報專訊】香港高級組男子籃球聯賽昨晚假修頓室內場上演，香港東方在頭場的負方決賽中大勝永倫。{t}"\n'
        for t, d in rows
    )
    return ingest_entries(csv.encode("utf-8"), id="e", path="e.csv", suffix=".csv")


def test_a_csv_column_of_gmt_times_is_dated_on_the_publishers_calendar() -> None:
    # dev s35_04 (a news API's export): "PUBLISHED DATE (GMT)" 2023-08-22 20:30:00 is 04:30 on the 23rd in Hong Kong
    assert [str(b.date) for b in _export("PUBLISHED DATE (GMT)")] == ["2023-08-23", "2023-08-22"]


def test_guard_a_csv_column_of_times_in_no_named_zone_is_taken_as_written() -> None:
    assert [str(b.date) for b in _export("PUBLISHED DATE")] == ["2023-08-22", "2023-08-22"]


# --- the day a post's description says it came out


def test_a_description_saying_when_it_came_out_dates_an_undated_post() -> None:
    # dev s35_11 (a Docusaurus post dated only by its path): "description: Apache APISIX 3.7.0 版本于 2023 年 11 月 21
    # 日发布。该版本带来了一系列变更，新功能，和修复。"
    text = (
        '---\ntitle: "Apache APISIX 3.7.0 正式发布"\ndescription: Apache APISIX 3.7.0 版本于 2023 年 11 月 21 日发布。'
        "该版本带来了一系列变更，新功能，和修复。\ntags: [Community]\n---\n\n我们很高兴地宣布 Apache APISIX 3.7.0 版本"
        "已经发布，带来了一系列新功能、修复和相关用户体验优化。\n"
    )
    assert str(_doc(text).date) == "2023-11-21"


def test_guard_a_description_telling_of_another_day_dates_nothing() -> None:
    text = (
        '---\ntitle: "Apache APISIX 3.7.0 正式发布"\ndescription: 自 2019 年 6 月开源以来，APISIX 带来了一系列变更。\n---\n\n'
        "我们很高兴地宣布 Apache APISIX 3.7.0 版本已经发布，带来了一系列新功能、修复和相关用户体验优化。\n"
    )
    assert _doc(text).date is None


def test_guard_a_description_announcing_a_day_to_come_dates_nothing() -> None:
    # review s35 R6: "将于 <day> 正式发布" announces a release, no day the post came out
    text = (
        '---\ntitle: "Apache APISIX 3.8.0 预告"\ndescription: Apache APISIX 3.8.0 版本预计于 2024 年 1 月 15 日正式发布。\n'
        "---\n\n我们很高兴地预告 Apache APISIX 3.8.0 版本，带来了一系列新功能、修复和相关用户体验优化。\n"
    )
    assert _doc(text).date is None
