"""Guards the list's rows, computed from groups on access: they must be exactly the rows a
plain list would hold, with the same line offsets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.model import Briefing
from briefreader.tui.widgets.briefing_list import Layout, Row, Rows, rows_by_date, rows_by_topic

TOPICS = ["ai", "parks", "policy"]


def briefing(i: int, date: dt.date | None, precision: str = "day", topics: list[str] | None = None) -> Briefing:
    return Briefing(
        id=f"b{i:05d}",
        path=f"/x/b{i}.txt",
        fingerprint="",
        title=f"t{i}",
        text="",
        date=date,
        date_precision=precision if date else None,
        topics=topics or [],
    )


@st.composite
def corpora(draw) -> list[Briefing]:
    n = draw(st.integers(0, 60))
    out = []
    for i in range(n):
        date = draw(st.none() | st.dates(dt.date(2019, 1, 1), dt.date(2024, 12, 31)))
        precision = draw(st.sampled_from(["day", "day", "month", "year"]))
        topics = draw(st.lists(st.sampled_from(TOPICS), unique=True, max_size=2))
        out.append(briefing(i, date, precision, topics))
    out.sort(key=lambda b: b.id)
    out.sort(key=lambda b: b.date.toordinal() if b.date else 0, reverse=True)  # as the library orders
    return out


def naive_by_date(briefings: list[Briefing]) -> list[Row]:
    """The reference: the list the widget used to build, one Row per briefing."""
    groups: dict[str, list[Briefing]] = {}
    for b in briefings:
        key = (
            ""
            if b.date is None
            else (f"{b.date.year:04d}" if b.date_precision == "year" else f"{b.date.year:04d}-{b.date.month:02d}")
        )
        groups.setdefault(key, []).append(b)
    rows: list[Row] = []
    for key, items in groups.items():
        rows.append(Row(None, key or "undated", len(items), gap=1 if rows else 0))
        rows.extend(Row(b) for b in items)
    return rows


def check_geometry(rows: Rows, reference: list[Row]) -> None:
    assert len(rows) == len(reference)
    assert list(rows) == reference
    assert [rows[i] for i in range(len(rows))] == reference
    assert rows.briefing_count == sum(1 for r in reference if r.briefing is not None)
    line = 0
    for i, row in enumerate(reference):
        assert rows.start_line(i) == line
        for sub in range(row.height):
            assert rows.row_at_line(line + sub) == i
        line += row.height
    assert rows.total_lines == line
    assert rows.row_at_line(line) is None and rows.row_at_line(-1) is None


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_rows_by_date_equal_the_plain_list(briefings: list[Briefing]) -> None:
    rows = rows_by_date(briefings, "undated")
    reference = naive_by_date(briefings)
    check_geometry(rows, reference)
    for i, row in enumerate(reference):
        if row.briefing is not None:
            assert rows.index_of(row.briefing) == i  # each briefing is listed once


@settings(max_examples=100, deadline=None)
@given(corpora())
def test_rows_by_topic_list_a_briefing_under_each_topic(briefings: list[Briefing]) -> None:
    rows = rows_by_topic(briefings, TOPICS, str.upper, "none")
    listed = [r for r in rows if r.briefing is not None]
    assert len(listed) == sum(len(b.topics) or 1 for b in briefings)
    assert all(r.indent == 2 for r in listed)
    check_geometry(rows, list(rows))
    for b in briefings:  # the first group that lists it
        index = rows.index_of(b)
        assert index is not None and rows[index].briefing is b
        assert all(r.briefing is not b for r in list(rows)[:index])


def test_index_of_a_briefing_filtered_out_is_none() -> None:
    a, b = briefing(1, dt.date(2024, 3, 1)), briefing(2, dt.date(2024, 3, 2))
    rows = rows_by_date([b], "undated")
    assert rows.index_of(a) is None
    assert rows.index_of(b) == 1
    # found by id as well: the article may hold the full briefing, not the list entry
    assert rows.index_of(briefing(2, dt.date(2024, 3, 2))) == 1


def test_empty_rows() -> None:
    rows = rows_by_date([], "undated")
    assert len(rows) == 0 and rows.total_lines == 0 and rows.briefing_count == 0
    assert rows.row_at_line(0) is None and list(rows) == []


@settings(max_examples=200, deadline=None)
@given(corpora(), st.data())
def test_a_layout_of_a_selection_equals_grouping_the_selection(briefings: list[Briefing], data) -> None:
    # The TUI groups the whole list once and lays out each filter result as a mask.
    mask = bytes(data.draw(st.lists(st.integers(0, 1), min_size=len(briefings), max_size=len(briefings))))
    selected = [b for b, keep in zip(briefings, mask, strict=False) if keep]
    by_date = Layout(briefings, "date").rows(lambda k: k or "undated", mask)
    assert list(by_date) == list(rows_by_date(selected, "undated"))
    by_topic = Layout(briefings, "topic", TOPICS).rows(lambda t: t.upper() if t else "none", mask)
    assert list(by_topic) == list(rows_by_topic(selected, TOPICS, str.upper, "none"))
    check_geometry(by_date, naive_by_date(selected))
