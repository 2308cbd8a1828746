"""Guards session 30's metadata changes (issue 12). A title made from the lead's first clause (PRODUCT.md 3.6: the
list needs a line to show) is marked as generated (Metadata.title_generated -> Briefing.title_generated -> list JSON),
so it never passes for a headline; the real-world scorer takes a generated title as no title claimed: right when the
source has none (gold ""), wrong when it has one. Inputs are dev files or shaped as they are; each test fails on the
code before unless it says it is a guard."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from helpers.format_transfer import scorer as _scorer

from briefreader.cli import briefing_json
from briefreader.ingest import ingest_bytes, ingest_path
from briefreader.ingest import metadata as md

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "realworld"


def test_a_release_with_no_headline_gets_a_title_marked_generated() -> None:
    # dev s29_01: a university branch's activity release in Word, no headline in any field; the list still shows the
    # lead's first clause, marked as made up
    path = DATA / "dev" / "s29_01_univ_geo_branch_activity_release_docx_no_headline_20260319.docx"
    (b,) = ingest_path(path, DATA)
    assert b.title == "为深入学习贯彻全国两会精神"
    assert b.title_generated is True


def test_the_samples_lead_title_is_kept_and_marked_generated() -> None:
    # the product's own sample has no headline: its title is the lead's news after the dateline (as before), generated
    path = REPO / "briefings" / "000_6725c00bccd9a398.txt"
    (b,) = ingest_path(path, REPO / "briefings")
    assert b.title == "2025上海信息消费节在杨浦区郎朗音乐世界正式拉开帷幕"
    assert b.title_generated is True


def test_a_headline_the_source_gives_is_not_generated() -> None:
    # a headline line over the lead (dev-retired24 s27h_04), and one run into the first line (dev s26_10): the source's
    path = DATA / "dev-retired24" / "s27h_04_plain_text_headline_first_0504.txt"
    (b,) = ingest_path(path, DATA)
    assert b.title == "外媒：中国取代美国 成为全球最大投资目的地"
    assert b.title_generated is False
    path = DATA / "dev" / "s26_10_chinanews_sichuan_survey_drones_quake_headline_glued_0618.txt"
    (b,) = ingest_path(path, DATA)
    assert b.title.startswith("四川测绘应急无人机航摄作业")
    assert b.title_generated is False


def test_the_metadata_says_which_title_it_made() -> None:
    lead = "为深入学习贯彻全国两会精神，3月18日，地理科学学院党委组织师生开展专题学习活动，共有120余人参加。"
    title, generated = md.lead_title(lead)
    assert title.startswith("为深入学习贯彻全国两会精神") and generated
    glued = (
        "山西省2023年粮食总产量达到284.2亿斤山西省统计局数据显示，2023年全省粮食总产量284.2亿斤，比上年增加1.2亿斤，"
        "增长0.4%。其中，夏粮产量54.6亿斤。"
    )
    assert md.lead_title(glued) == ("山西省2023年粮食总产量达到284.2亿斤", False)  # a headline run into the lead
    assert md.lead_title("") == ("", False)
    meta = md.extract_metadata(lead + "\n活动由学院团委承办。\n", {})
    assert meta.title == title and meta.title_generated
    meta = md.extract_metadata("地理科学学院开展两会精神专题学习\n" + lead + "\n", {})
    assert meta.title == "地理科学学院开展两会精神专题学习" and not meta.title_generated


def test_an_untitled_file_listed_by_its_id_is_not_generated() -> None:
    # guard: no text at all gives the id as the title, not a made-up one
    b = ingest_bytes(b"", id="empty.txt", suffix=".txt")
    assert b.title_generated is False


def test_the_list_json_says_a_title_was_generated(tmp_path: Path) -> None:
    from briefreader.notes import NotesStore

    notes = NotesStore(tmp_path / "notes.toml")
    path = DATA / "dev" / "s29_01_univ_geo_branch_activity_release_docx_no_headline_20260319.docx"
    (b,) = ingest_path(path, DATA)
    assert briefing_json(b, notes)["title_generated"] is True
    (h,) = ingest_path(DATA / "dev-retired24" / "s27h_04_plain_text_headline_first_0504.txt", DATA)
    assert briefing_json(h, notes)["title_generated"] is False
    # a list entry (not read in full) says it too: the index keeps it (schema 24, 19-perf s31)
    b.loaded = False
    assert briefing_json(b, notes)["title_generated"] is True


def test_the_scorer_takes_a_generated_title_for_no_title_claimed() -> None:
    sc = _scorer()
    b = SimpleNamespace(
        id="dev/a",
        title="为深入学习贯彻全国两会精神",
        title_generated=True,
        date_iso=None,
        date_precision=None,
        source="",
        text="",
        link="",
    )
    gold = {"file": "dev/a.docx", "split": "dev", "title": "", "date": "", "source": [""], "must_have": []}
    r = sc.score_article(gold, b)
    assert r.title_ok and not r.title_wrong  # the source has no headline: none claimed is right
    r = sc.score_article(dict(gold, title="地理科学学院开展两会精神专题学习"), b)
    assert not r.title_ok and r.title_wrong  # it has one: not found, and a made-up line shown in its place
    assert any("generated" in m for m in r.mistakes)
    # guard: the same title found as the source's headline is scored as a claim
    found = SimpleNamespace(**{**vars(b), "title_generated": False})
    r = sc.score_article(dict(gold, title="为深入学习贯彻全国两会精神"), found)
    assert r.title_ok


# --- sources: an office under two names in its 来源 field; a feed channel's title naming the day's issue


def test_an_office_under_two_names_is_the_source_of_its_notice() -> None:
    # dev s30_02: a university notice copied into a Jekyll post, "**来源：** 研究生院（党委研究生工作部）" (one office,
    # two names, as it signs); the line was read as text and no source given
    (b,) = ingest_path(
        DATA / "dev" / "s30_02_cau_graduate_school_notice_jekyll_front_matter_signature_20240104.md", DATA
    )
    assert b.source == "研究生院"
    assert "党委研究生工作部" not in b.text  # the metadata line leaves the text, as the 发布时间 line beside it does
    info = md.parse_info_line("来源：人事处（人才工作办公室）")
    assert info is not None and info.source == "人事处"


def test_a_channel_title_naming_the_days_issue_names_the_programme() -> None:
    # dev s30_05 / s30_11: an RSS channel "新闻联播 文字版20260822" (the programme, then the day's text edition)
    (b,) = ingest_path(DATA / "dev" / "s30_05_cctv_xwlb_transcript_rss_one_item_twelve_stories_20260822.xml", DATA)
    assert b.source == "新闻联播"
    assert md._STAMPED_ISSUE.sub("", "新闻联播 2026-08-22") == "新闻联播"
    # guards: a name with no stamp, and a stamp alone, stay as they are
    assert md._STAMPED_ISSUE.sub("", "人民网") == "人民网"
    assert md._STAMPED_ISSUE.sub("", "2026-08-22") == "2026-08-22"


# --- a meeting's date line: the day, its weekday glued on, the hour as a council's agenda writes it


def test_a_meeting_time_line_is_a_date_line_not_a_title() -> None:
    # dev s30_08: a LegCo agenda (Word converted to HTML) under "2014年4月30日星期三上午11時正": the line was read as no
    # date and became the title
    path = DATA / "dev" / "s30_08_legco_council_agenda_pydocx_html_no_charset_20140430_trad.html"
    (b,) = ingest_path(path, DATA)
    assert str(b.date) == "2014-04-30" and b.date_precision == "day"
    assert "星期三" not in b.title and "11时" not in b.title
    for line in ("2014年4月30日星期三上午11时正", "2014年4月30日 星期三 下午2时30分", "2024年1月5日 上午9时"):
        info = md.parse_info_line(line)
        assert info is not None and info.date is not None, line
    # guards: an hour alone is no date line; a weekday glued to words is no time
    assert md.parse_info_line("8时") is None
    assert md.parse_info_line("2014年4月30日星期三上午举行会议") is None
