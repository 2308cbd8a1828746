"""Guards session 48's metadata changes (issue 12). The documents below are made up in the shapes of real ones. Each
test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from test_metadata_s38 import _docs

from briefreader.ingest import metadata
from briefreader.ingest.metadata import parse_info_line

_BODY = "这是正文内容，讲述了一件事情的经过和各方的看法。" * 3


# --- Chinese numerals in dates are read by figures.numerals.parse_chinese (the project's one reader)


def _spelled(n: int) -> str:
    """1..31 written as a date writes them (十, 十二, 二十, 三十一), by hand here, not by the reader under test."""
    digits = "零一二三四五六七八九"
    tens, units = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units else "")


def test_every_day_and_month_in_chinese_numerals_reads_as_before() -> None:
    # guard: the days 1-31 and months 1-12 the old hand-written reader gave
    for month in range(1, 13):
        for day in (1, 9, 10, 11, 19, 20, 21, 28):
            line = f"二〇一九年{_spelled(month)}月{_spelled(day)}日"
            info = parse_info_line(line)
            assert info and info.date and str(info.date[0]) == f"2019-{month:02d}-{day:02d}", (line, info)
    for day in (30, 31):
        info = parse_info_line(f"二○一九年十二月{_spelled(day)}日")  # the zeros typed as the circle ○
        assert info and info.date and str(info.date[0]) == f"2019-12-{day}", info


def test_a_numeral_that_is_no_number_is_no_date() -> None:
    # "一一" (one one) is no month: None, where the old reader raised KeyError out of the whole document's reading
    assert metadata._cn_number("一一") is None and metadata._cn_number("十十") is None
    assert metadata._cn_number("三十一") == 31 and metadata._cn_number("二〇〇九") == 2009
    assert metadata._cn_number("二○○九") == 2009


def test_a_worded_date_with_a_month_that_is_no_number_does_not_stop_the_document() -> None:
    # "一一月 6, 2009": _iso_worded_dates asked the month's number and the KeyError ended ingest (no briefing at all)
    text = f"一篇测试文章的标题\n\n一一月 6, 2009 发布\n\n{_BODY}\n"
    (doc,) = _docs(text, ".txt")
    assert doc.title == "一篇测试文章的标题" and doc.date is None, (doc.title, doc.date)
    assert metadata._iso_worded_dates("十一月 6, 2009") == "2009-11-06"  # guard


# --- a company's periodic report: its name as the PDF's Title, the year and kind on the cover under it


def test_a_reports_title_property_naming_the_company_takes_the_cover_line_under_it() -> None:
    from briefreader.ingest.metadata import extract_metadata

    body = f"辽宁华能电气股份有限公司\n2018 年第一季度报告\n第一节 重要提示\n{_BODY}"
    meta = extract_metadata(body, {"title": "辽宁华能电气股份有限公司"})
    assert meta.title.replace(" ", "") == "辽宁华能电气股份有限公司2018年第一季度报告", meta.title
    assert "2018 年第一季度报告" not in meta.body.split("\n")[0], meta.body[:60]
    # guard: a title property that is a headline, or a cover line that is no report's year and kind, stays as it was
    meta = extract_metadata(
        f"辽宁华能电气股份有限公司\n关于召开股东大会的通知\n{_BODY}", {"title": "辽宁华能电气股份有限公司"}
    )
    assert meta.title == "辽宁华能电气股份有限公司", meta.title
    meta = extract_metadata(f"2018 年第一季度报告\n{_BODY}", {"title": "公司发布一季度业绩"})
    assert meta.title == "公司发布一季度业绩", meta.title


# --- a labelled source naming a company by its Latin brand, then its registered name


def test_a_source_label_with_a_latin_brand_before_the_registered_name_reads_the_name() -> None:
    info = parse_info_line("本图文来源：Oxford Roadmapping 澳恪森数智科技服务(广州)有限公司")
    assert info and info.source in ("澳恪森数智科技服务(广州)有限公司", "澳恪森数智科技服务"), info
    # guard: an outlet named in both scripts keeps its reading
    info = parse_info_line("来源：Reuters 路透社 2024-01-02")
    assert info and info.source == "Reuters 路透社" and str(info.date[0]) == "2024-01-02", info
