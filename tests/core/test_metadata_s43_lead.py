"""Session 43, the lead: a date field's whole value a compact day (after the judge batch's measure, s43b_01)."""

from __future__ import annotations

import datetime as dt

from briefreader.ingest.metadata import parse_date


def test_a_compact_day_is_a_date_and_an_impossible_one_none() -> None:
    assert parse_date("20071011") == (dt.date(2007, 10, 11), "day")
    assert parse_date(" 19980619 ") == (dt.date(1998, 6, 19), "day")
    assert parse_date("20071399") is None  # month 13
    assert parse_date("12345678") is None  # no year of ours
    assert parse_date("1700000000") is not None  # ten digits stay a Unix time
