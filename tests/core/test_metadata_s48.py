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
