"""A signature's date in Chinese numerals (formats.han_date) is read by the project's one reader of Chinese numerals,
figures.numerals.parse_chinese, not a hand-written one of its own (_han_number): the same dates, and none from a run
that is no number."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from briefreader.ingest import formats
from briefreader.ingest.formats import han_date

# ----- formats.han_date reads its numerals with figures.numerals.parse_chinese --------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("二〇二四年一月二十六日", dt.date(2024, 1, 26)),
        ("二○二三年十二月三十一日", dt.date(2023, 12, 31)),  # the circle a signature writes for 〇
        ("二Ｏ一九年十月一日", dt.date(2019, 10, 1)),
        ("二O一九年二月十日", dt.date(2019, 2, 10)),
        ("一九九八年九月九日", dt.date(1998, 9, 9)),
        (" 二〇二〇年 五 月 二十 日 ", dt.date(2020, 5, 20)),
    ],
)
def test_a_signature_date_in_chinese_numerals(line: str, day: dt.date) -> None:
    assert han_date(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "二〇二四年一月十十日",
        "二〇二四年一月十一一日",
        "二〇二四年十三月一日",
        "二〇二四年二月三十日",
        "二〇二四年一月三四日",
    ],
)
def test_no_date_from_a_run_that_is_no_number(line: str) -> None:
    """十十 and 十一一 are no numbers (the old hand-written reader gave 10); 三四 is "three or four"."""
    assert han_date(line) is None


def test_formats_has_no_reader_of_its_own() -> None:
    source = inspect.getsource(formats)
    assert "parse_chinese" in source and "_han_number" not in source
