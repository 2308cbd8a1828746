"""Session 18, usefix: the s17 review's and tester's findings outside the TUI (CLI, query,
export, notes), each failing on the code before it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import briefreader
from briefreader.model import Briefing, Figure
from briefreader.query import FigureTerm, QuerySyntaxError, filter_briefings, parse

SRC = Path(briefreader.__file__).resolve().parent  # the package tested (a frozen copy too)


# ----- review s17 R5: an environment variable's name is spelled once -------------------------


def test_every_environment_variable_name_is_spelled_in_one_file() -> None:
    """BRIEFREADER_PDF_CACHE was a string in cli.py, pool.py and ingest/pdfcache.py: a typo in
    one would split the cache silently. Every "BRIEFREADER_…" literal is in envnames.py."""
    spelled: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for name in re.findall(r"""["'](BRIEFREADER_[A-Z_]+)["']""", path.read_text(encoding="utf-8")):
            spelled.setdefault(name, set()).add(path.relative_to(SRC).as_posix())
    assert "BRIEFREADER_PDF_CACHE" in spelled
    assert {name: files for name, files in spelled.items() if files != {"envnames.py"}} == {}


# ----- review s17 R11: a money bound with its currency before the number, or two words after --


def _money(id: str, value: float, unit: str, text: str) -> Briefing:
    figure = Figure(kind="money", text=text, start=0, end=len(text), value=value, unit=unit)
    return Briefing(id=id, path=f"/c/{id}.txt", fingerprint=id, title=id, text=text, figures=[figure])


MONEY = [
    _money("usd", 6e8, "USD", "6亿美元"),
    _money("cny", 2e10, "CNY", "200亿元人民币"),
    _money("hkd", 3e6, "HKD", "300萬港元"),
]


@pytest.mark.parametrize(
    ("query", "value", "unit", "expected"),
    [
        ("money>USD5亿", 5e8, "USD", ["usd"]),  # was 'expected a number, not "USD5亿"'
        ("money>usd5亿", 5e8, "USD", ["usd"]),
        ("money>RMB5亿", 5e8, "CNY", ["cny"]),
        ("money>HKD100万", 1e6, "HKD", ["hkd"]),
        ("money>US$5亿", 5e8, "USD", ["usd"]),  # as before
        ("money>100亿元人民币", 1e10, "CNY", ["cny"]),  # was 'cannot read … as a money amount'
        ("money>人民币100亿元", 1e10, "CNY", ["cny"]),
        ("money>人民币一百亿元", 1e10, "CNY", ["cny"]),  # a Chinese numeral after the word
        ("money>USD5亿元", 5e8, "USD", ["usd"]),  # 元 beside a currency is its unit word
        ("money>5亿美元", 5e8, "USD", ["usd"]),  # as before
        ("money>$5亿", 5e8, "", ["usd", "cny"]),  # a bare sign names no one currency (s17 R3)
        ("money>100亿", 1e10, "", ["cny"]),
    ],
)
def test_a_money_bound_reads_its_currency_before_or_after_the_number(query, value, unit, expected) -> None:
    (term,) = parse(query).terms
    assert isinstance(term, FigureTerm)
    assert (term.value, term.unit) == (value, unit)
    assert [b.id for b in filter_briefings(MONEY, query, taxonomy={})] == expected


def test_two_different_currencies_in_one_bound_are_refused() -> None:
    with pytest.raises(QuerySyntaxError, match="two currencies"):
        parse("money>USD5亿日元")
