"""Guards the edges of date and figure terms: a briefing dated exactly on a bound,
month ends (December, February), and strict against inclusive comparisons, both in
memory and through the index a warm library searches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefreader.index import Index
from briefreader.model import Briefing, Figure
from briefreader.query import compile_query, filter_briefings

D = dt.date


def dated(id: str, date: dt.date, precision: str = "day") -> Briefing:
    return Briefing(id=id, path=f"/c/{id}.txt", fingerprint=id, title=id, text="", date=date, date_precision=precision)  # type: ignore[arg-type]


def ids(briefings: list[Briefing], query: str) -> list[str]:
    return [b.id for b in filter_briefings(briefings, query, taxonomy={})]


# --- a briefing dated exactly on the bound -------------------------------------------

ON_THE_17TH = [dated("16th", D(2025, 5, 16)), dated("17th", D(2025, 5, 17)), dated("18th", D(2025, 5, 18))]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # "after:X" is strictly after X: the reader asked for what came after the 17th.
        ("after:2025-05-17", ["18th"]),
        ("after:2025-05-16", ["17th", "18th"]),
        # "before:X" is strictly before X.
        ("before:2025-05-17", ["16th"]),
        ("before:2025-05-18", ["16th", "17th"]),
        ("date:2025-05-17", ["17th"]),
        # a range that holds only the 17th
        ("after:2025-05-16 before:2025-05-18", ["17th"]),
        ("-after:2025-05-17", ["16th", "17th"]),
    ],
)
def test_a_briefing_dated_exactly_on_the_bound(query: str, expected: list[str]):
    assert ids(ON_THE_17TH, query) == expected


def test_a_month_bound_includes_its_first_and_last_day_only():
    may = [
        dated("apr30", D(2025, 4, 30)),
        dated("may1", D(2025, 5, 1)),
        dated("may31", D(2025, 5, 31)),
        dated("jun1", D(2025, 6, 1)),
    ]
    assert ids(may, "date:2025-05") == ["may1", "may31"]
    assert ids(may, "after:2025-04") == ["may1", "may31", "jun1"]  # after the whole of April
    assert ids(may, "after:2025-05") == ["jun1"]
    assert ids(may, "before:2025-05") == ["apr30"]
    assert ids(may, "before:2025-06") == ["apr30", "may1", "may31"]


# --- December and February month ends ------------------------------------------------


def test_december_queries_reach_the_31st():
    # A year-end review published on New Year's Eve is a December briefing.
    dec = [dated("dec30", D(2024, 12, 30)), dated("dec31", D(2024, 12, 31)), dated("jan1", D(2025, 1, 1))]
    assert ids(dec, "date:2024-12") == ["dec30", "dec31"]
    assert ids(dec, "date:2024年12月") == ["dec30", "dec31"]
    assert ids(dec, "after:2024-12") == ["jan1"]  # the 31st is still December
    assert ids(dec, "before:2025") == ["dec30", "dec31"]
    assert ids(dec, "after:2024") == ["jan1"]


def test_a_briefing_known_only_to_december_may_be_dated_the_31st():
    # Month precision: "2024-12" stands for every day of December, the 31st included,
    # so it is not surely before the 31st, and it is surely before January.
    month = [dated("dec", D(2024, 12, 1), "month")]
    assert ids(month, "before:2024-12-31") == []
    assert ids(month, "before:2025-01-01") == ["dec"]
    assert ids(month, "date:2024-12") == ["dec"]
    assert ids(month, "after:2024-11-30") == ["dec"]


def test_a_briefing_known_only_to_its_year_may_be_dated_new_years_eve():
    # Year precision ("2023", e.g. from a document number 〔2023〕23号): any day of 2023,
    # the 31st of December included; so not surely before it, and surely before 2024.
    year = [dated("2023", D(2023, 1, 1), "year")]
    assert ids(year, "before:2023-12-31") == []
    assert ids(year, "before:2024-01-01") == ["2023"]
    assert ids(year, "after:2022-12-31") == ["2023"]
    assert ids(year, "after:2023-01-01") == []


def test_other_month_ends():
    feb = [dated("leap", D(2024, 2, 29)), dated("common", D(2023, 2, 28))]
    assert ids(feb, "date:2024-02") == ["leap"]
    assert ids(feb, "date:2023-02") == ["common"]
    assert ids([dated("nov", D(2024, 11, 1), "month")], "before:2024-11-30") == []  # may be the 30th
    assert ids([dated("nov", D(2024, 11, 1), "month")], "before:2024-12") == ["nov"]
    assert ids([dated("apr", D(2025, 4, 30))], "date:2025-04") == ["apr"]


# --- figures: strict and inclusive comparisons ---------------------------------------

KINDS = {"money": "亿", "percent": "", "area": "平方公里", "count": "家"}
SCALE = {"money": 1e8, "percent": 1.0, "area": 1e6, "count": 1.0}


def with_figure(id: str, kind: str, value: float | None, low: float | None = None, high: float | None = None):
    fig = Figure(kind=kind, text="", start=0, end=0, value=value, low=low, high=high)
    b = dated(id, D(2025, 1, 1))
    b.figures = [fig]
    b.text = f"{id} 正文"
    return b


def figure_corpus(kind: str) -> list[Briefing]:
    s = SCALE[kind]
    return [
        with_figure("below", kind, 69 * s),
        with_figure("equal", kind, 70 * s),
        with_figure("above", kind, 71 * s),
        with_figure("range", kind, None, low=60 * s, high=70 * s),
    ]


FIGURE_CASES = [
    # "money<70亿": a grant of exactly 70亿 is not below 70亿.
    ("<", ["below", "range"]),
    ("<=", ["below", "equal", "range"]),
    (">", ["above"]),
    (">=", ["equal", "above", "range"]),  # the range reaches 70 at its top end
    ("=", ["equal", "range"]),
]


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize(("op", "expected"), FIGURE_CASES, ids=[c[0] for c in FIGURE_CASES])
def test_a_figure_exactly_on_the_bound_in_memory(kind: str, op: str, expected: list[str]):
    assert ids(figure_corpus(kind), f"{kind}{op}70{KINDS[kind]}") == expected


@pytest.mark.parametrize("kind", ["money", "percent"])
@pytest.mark.parametrize(("op", "expected"), FIGURE_CASES, ids=[c[0] for c in FIGURE_CASES])
def test_a_figure_exactly_on_the_bound_in_the_index(tmp_path: Path, kind: str, op: str, expected: list[str]):
    # A warm library answers figure terms from SQLite, not from the figures in memory:
    # the same bound must give the same briefings.
    corpus = figure_corpus(kind)
    with Index.open(tmp_path / "cache", tmp_path, "v") as index:
        keys = {index.store(f"{b.id}.txt", 1, 1, b): b.id for b in corpus}
        found = index.figure_search(kind, op, 70 * SCALE[kind])
    assert found is not None
    assert sorted(keys[k] for k in found) == sorted(expected)


@pytest.mark.parametrize(("op", "hit"), [(">=", True), ("<=", True), ("=", True), (">", False), ("<", True)])
def test_a_value_a_rounding_error_below_the_bound_in_the_index(tmp_path: Path, op: str, hit: bool):
    # 30% computed as 29.999999999999996 is 30% for >=, <= and =, as in memory (math.isclose).
    value = 30 * (1 - 1e-15)
    corpus = [with_figure("p", "percent", value)]
    assert (ids(corpus, f"percent{op}30") == ["p"]) is hit
    with Index.open(tmp_path / "cache", tmp_path, "v") as index:
        key = index.store("p.txt", 1, 1, corpus[0])
        assert (index.figure_search("percent", op, 30.0) == {key}) is hit


def test_a_value_off_by_rounding_still_equals_its_bound():
    # 0.1 + 0.2 is not 0.3 in binary; a figure read as 30.000000000000004% is 30%.
    corpus = [with_figure("p", "percent", 0.1 * 100 + 0.2 * 100)]
    for query in ("percent=30", "percent>=30", "percent<=30"):
        assert ids(corpus, query) == ["p"], query


def test_compile_keeps_each_term_apart():
    pred = compile_query("after:2025-05-16 before:2025-05-18 money>=70亿", taxonomy={})
    b = with_figure("x", "money", 70e8)
    b.date = D(2025, 5, 17)
    assert pred(b, None)  # type: ignore[arg-type]
    b.date = D(2025, 5, 18)
    assert not pred(b, None)  # type: ignore[arg-type]
