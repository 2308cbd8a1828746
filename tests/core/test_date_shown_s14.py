"""The date a briefing shows at its precision is one rule: Briefing.date_iso (model) and the
figure rows' date the index's SQL gives (index._ROW_DATE) are both made from
model.DATE_SHOWN_LENGTH, and agree on every precision (review s13: the rule was written twice)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import typing

from briefreader import index
from briefreader.model import Briefing, DatePrecision


def test_the_sql_row_date_and_date_iso_agree_on_every_precision():
    precisions: list[str | None] = [*typing.get_args(DatePrecision), None]
    days = [dt.date(2023, 1, 1), dt.date(2025, 5, 17), dt.date(1949, 10, 1), dt.date(999, 12, 31)]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE briefings (date TEXT, date_precision TEXT)")
    for day in days:
        for precision in precisions:
            # stored as the index stores it (date.isoformat())
            (shown,) = con.execute(
                f"SELECT {index._ROW_DATE} FROM (SELECT ? AS date, ? AS date_precision) b",
                (day.isoformat(), precision),
            ).fetchone()
            b = Briefing(id="x", path="x", fingerprint="", title="", text="")
            b.date, b.date_precision = day, typing.cast(typing.Any, precision)
            assert shown == b.date_iso, (day, precision, shown, b.date_iso)
    assert Briefing(id="x", path="x", fingerprint="", title="", text="").date_iso is None


def test_date_iso_is_as_before():
    b = Briefing(id="x", path="x", fingerprint="", title="", text="")
    b.date = dt.date(2025, 5, 17)
    for precision, want in (("day", "2025-05-17"), ("month", "2025-05"), ("year", "2025"), (None, "2025-05-17")):
        b.date_precision = typing.cast(typing.Any, precision)
        assert b.date_iso == want
