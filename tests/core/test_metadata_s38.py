"""Guards session 38's metadata changes (issue 12), on the shapes of dev/s38 and dev-retired33 (session 36's held-out
set, retired this session): a post's stamp under its headline in a WeChat post saved as Markdown (the account and the
minute it was posted); a follow prompt ending in 资讯 read as a dateline; an investigation report's cover: the day of
the incident it reports (事故日期, Date of Incident) over the day it came out, a title set over three lines, its issuer
with its English initials; a figure's caption as a headline; general offices glued in a joint notice's title. Each test
fails on the code before unless it says it is a guard."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_entries
from briefreader.ingest.metadata import parse_info_line
from briefreader.ingest.patterns import match_dateline

_PROSE = (
    "近日，某地数据中心完成年度容灾切换演练，多个重要信息系统切换至异地数据中心持续运行后成功回切，验证了异地数据中心"
    "在较长时间内独立承载业务的能力。\n\n演练期间各项业务运行平稳，未对客户造成影响。\n"
)


def _docs(text: str, suffix: str) -> list:
    return ingest_entries(text.encode("utf-8"), id="d", path="d" + suffix, suffix=suffix)


# --- a WeChat post saved as Markdown: the stamp line under the H1 (dev s38_01-07)


def test_a_posts_stamp_under_its_headline_gives_its_day_and_account() -> None:
    text = f"#  某中心完成重要信息系统容灾切换演练   \n 信息新安全   2024-12-31 06:27  \n  \n{_PROSE}"
    (doc,) = _docs(text, ".md")
    assert str(doc.date) == "2024-12-31" and doc.source == "信息新安全", (doc.date, doc.source)


def test_a_follow_prompt_before_the_account_and_two_names_on_the_stamp() -> None:
    (doc,) = _docs(f"#  某中心完成重要信息系统容灾切换演练\n点击关注->  安知讯   2024-12-11 09:59\n\n{_PROSE}", ".md")
    assert str(doc.date) == "2024-12-11" and doc.source == "安知讯", (doc.date, doc.source)
    (doc,) = _docs(
        f"#  某联盟团体标准预研征集通知\n关保联盟  关键信息基础设施安全保护联盟   2024-12-03 23:30\n\n{_PROSE}", ".md"
    )
    assert str(doc.date) == "2024-12-03" and "联盟" in doc.source, (doc.date, doc.source)


def test_a_closing_credit_names_the_original_over_the_reposting_account() -> None:
    # the account reposts; "来源：新华社" at the foot names whose text it is (dev s38_07)
    (doc,) = _docs(
        f"#  某中心完成重要信息系统容灾切换演练\n 安全内参   2024-12-20 10:34  \n\n{_PROSE}\n来源：新华社\n", ".md"
    )
    assert doc.source == "新华社" and str(doc.date) == "2024-12-20", (doc.source, doc.date)


def test_the_stamps_shape_down_the_text_is_no_post_stamp() -> None:
    # guard: only right under the headline; a schedule's line further down is not the post's day
    text = f"#  某中心完成重要信息系统容灾切换演练\n\n{_PROSE}\n会议安排   2024-06-15 09:00\n"
    (doc,) = _docs(text, ".md")
    assert str(doc.date) != "2024-06-15" and doc.source != "会议安排", (doc.date, doc.source)


def test_a_follow_prompt_ending_in_zixun_is_no_dateline() -> None:
    assert match_dateline("获取更多汽车网络安全资讯") is None
    # guard: a place ending in 通 or 新 before 讯 still is one
    assert match_dateline("本报南通讯 记者") is not None


# --- an investigation report's cover (dev-retired33 s36h_03, s36h_04)

_COVER = (
    "港鐵東鐵線\n\n紅磡站列車出軌事故\n\n技術調查報告\n\n# Technical Investigation Report on Train Derailment Incident at "
    "Hung Hom Station on MTR East Rail Line\n\n事故日期：2019年9月17日\n\nDate of Incident: 17 September 2019\n\n中文版\n\n"
    "Chinese Version\n\n機電工程署 EMSD\n\n出版日期：2020年3月3日\n\nDate of Issue: 3 March 2020\n\n---\n\n## 摘要\n\n"
    "2019 年 9 月 17 日，一列正駛入東鐵線紅磡站 1 號月台的載客列車出軌，本報告載述機電工程署就事故成因進行的技術調查"
    "所得的結果。\n\n機電署的調查發現，導致列車出軌的成因是路軌軌距擴闊。出軌路段的軌枕存在各項問題。\n"
)


def test_a_report_cover_dates_the_report_not_the_incident() -> None:
    (doc,) = _docs(_COVER, ".md")
    assert str(doc.date) == "2020-03-03", doc.date


def test_an_incidents_labelled_day_is_no_date_line() -> None:
    assert parse_info_line("Date of Incident: 17 September 2019") is None
    assert parse_info_line("事故日期：2019年9月17日") is None
    # guard: the day of issue is the report's
    info = parse_info_line("出版日期：2020年3月3日")
    assert info is not None and str(info.date[0]) == "2020-03-03"


def test_a_report_title_set_over_its_covers_lines_and_its_issuer_with_initials() -> None:
    (doc,) = _docs(_COVER, ".md")
    assert doc.title in ("港鐵東鐵線紅磡站列車出軌事故技術調查報告", "港铁东铁线红磡站列车出轨事故技术调查报告"), (
        doc.title
    )
    assert doc.source in ("機電工程署", "机电工程署"), doc.source


# An OCR'd report's page read as a whole document: what its headline and issuer must (not) be. dev-retired33 s36h_04:
# a figure's caption is no headline; s36h_05: the H1 is longer than a cover line, the team and the month under it
_REPORT_PAGES = {
    "figure caption": (
        "## 目錄\n\n## 頁\n\n卡車廂損毀(圖 2)，以及 T131 列車第一卡車廂的兩個轉向架偏離路軌。兩列列車的車長送院檢查，並於"
        "同日出院。\n\n圖 1：列車相撞後的情況\n\n圖 2: T112 列車車廂的損毀情況\n\n2.4 根據行車紀錄及與列車車長會面的紀錄，"
        "事故發生前兩列列車均按信號系統指示行駛。\n",
        lambda doc: "列車相撞" not in doc.title and "列车相撞" not in doc.title,
    ),
    "long headline over a cover": (
        "# 上海嘉定沪嘉高速-嘉闵高架联络线 新建工程项目 “12·22” 较大 起重伤害事故调查报告\n\n上海市人民政府事故调查组\n\n"
        "2025年4月\n\n2024 年 12 月 22 日，在本市沪嘉高速-嘉闵高架联络线新建工程施工 2 标项目内，上海绿地建筑钢结构有限公司"
        "进行匝道小箱梁吊装作业过程中，一台履带起重机主臂倒伏侵入轨道交通 11 号线区间。\n",
        lambda doc: doc.source == "上海市人民政府事故调查组",
    ),
}


@pytest.mark.parametrize("case", sorted(_REPORT_PAGES))
def test_a_reports_page_reads_its_headline_and_issuer(case: str) -> None:
    text, right = _REPORT_PAGES[case]
    (doc,) = _docs(text, ".md")
    assert right(doc), (doc.title, doc.source)


# --- a joint notice's title (dev s38_11 #2, #3)


def test_general_offices_glued_in_a_joint_notices_title_give_the_first() -> None:
    title = "人力资源社会保障部办公厅教育部办公厅财政部办公厅关于加快落实一次性扩岗补助政策有关工作的通知"
    text = f"{title}\n\n各省、自治区、直辖市人力资源社会保障厅（局）、教育厅（教委）、财政厅（局）：\n\n{_PROSE}"
    (doc,) = _docs(text, ".txt")
    assert doc.source == "人力资源社会保障部办公厅", doc.source


def test_one_bureau_under_a_national_one_stays_whole() -> None:
    # guard: "国家税务总局北京市税务局" is one bureau, not two glued
    title = "国家税务总局北京市税务局关于开展某项税收专项工作的通告"
    (doc,) = _docs(f"{title}\n\n{_PROSE}", ".txt")
    assert doc.source in ("国家税务总局北京市税务局", ""), doc.source


def test_an_english_sentence_is_no_bilingual_covers_title() -> None:
    from briefreader.ingest import metadata

    assert not metadata._latin_title("The report was issued today. It said the track had widened.")
    assert not metadata._latin_title("The track gauge had widened beyond its limit.")
    # guard: a cover's English title, and initials with stops, still are one
    assert metadata._latin_title("Technical Investigation Report on Train Derailment Incident at Hung Hom Station")
    assert metadata._latin_title("Report of the U.S. Delegation on Rail Safety")


def test_a_label_and_a_day_under_the_headline_are_no_posts_stamp() -> None:
    # guard (review s24 R12's shape right under the headline): "会议时间" is a label, the day the meeting's
    text = f"#  某中心完成重要信息系统容灾切换演练\n\n会议时间 2022-05-12 14:03\n\n{_PROSE}"
    (doc,) = _docs(text, ".md")
    assert doc.source != "会议时间" and str(doc.date) != "2022-05-12", (doc.source, doc.date)


def test_a_headline_opening_with_tu_and_a_number_is_no_caption() -> None:
    # guard (the reviewer's s38 note): a caption's number is set off by a colon or a blank
    from briefreader.ingest import metadata

    assert not metadata._CAPTION.match("图10万人涌入西湖赏花")
    assert metadata._CAPTION.match("圖 1：列車相撞後的情況") and metadata._CAPTION.match("表2-1 各地数据")
