"""Guards the precision of a date written in front matter: ``date: 2023`` (a YAML integer,
as a bare year is typed) is the year 2023, not 1 January 2023, so it is shown as
"2023" and a query for May 2023 does not claim it; months and days keep theirs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.query import filter_briefings

# The body of briefings/003 (a 2023 reply of the Yangpu district science commission,
# dated only by its document number 杨科两会〔2023〕23号), as a Markdown file would carry it.
SAMPLE = Path(__file__).resolve().parents[2] / "briefings" / "003_3847f5d9994fa04d.txt"
BODY = "\n\n".join(line for line in SAMPLE.read_text("utf-8").splitlines()[12:20] if line.strip())


def markdown(date_line: str) -> bytes:
    return f"---\ntitle: 对区政协十五届二次会议第B129号提案的答复\n{date_line}\n---\n\n{BODY}\n".encode()


@pytest.mark.parametrize(
    ("date_line", "date", "precision", "shown"),
    [
        ("date: 2023", dt.date(2023, 1, 1), "year", "2023"),
        ('date: "2023"', dt.date(2023, 1, 1), "year", "2023"),
        ("date: 2023年", dt.date(2023, 1, 1), "year", "2023"),
        ("date: 2023-05", dt.date(2023, 5, 1), "month", "2023-05"),
        ("date: 2023年5月", dt.date(2023, 5, 1), "month", "2023-05"),
        ("date: 2023-05-17", dt.date(2023, 5, 17), "day", "2023-05-17"),
    ],
)
def test_front_matter_date_keeps_its_precision(date_line: str, date: dt.date, precision: str, shown: str):
    b = ingest_bytes(markdown(date_line), id="003", path="003.md", suffix=".md")
    assert not b.problems
    assert (b.date, b.date_precision, b.date_iso) == (date, precision, shown)


def test_a_bare_year_is_found_by_its_year_and_not_by_a_month_in_it():
    b = ingest_bytes(markdown("date: 2023"), id="003", path="003.md", suffix=".md")

    def hits(query: str) -> bool:
        return bool(filter_briefings([b], query, taxonomy={}))

    assert hits("date:2023") and hits("after:2022") and hits("before:2024")
    assert not hits("date:2023-01") and not hits("date:2023-01-01")  # the day is not known
    assert not hits("after:2023-06-30")  # it may be from January
    assert not hits("before:2023-02-01")  # or from December
