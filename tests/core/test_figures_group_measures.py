"""Measure words that count groups, and a class's name in its school year.

Found on screen (session 8): a Macau health bureau release, 均是…中学初三3班学生, showed
"3班 — 3 students" in the side panel: 3班 there is Class 3 of Junior 3, not a count, and
where 班, 批 or 组 do count, they count groups, not the people or goods in them.
"""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.english import singular


def _counts(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text) if f.kind == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "均是亚马喇马路濠江中学初三3班学生。",
        "患者均是镜湖中学中四5班学生。",
        "该校三年级2班共有学生40名。",
    ],
)
def test_a_class_named_by_its_school_year_is_not_a_count(text: str) -> None:
    assert all(not t.endswith("班") for t, _ in _counts(text)), _counts(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("共有5组选手参赛。", ("5组", "5 groups of contestants")),
        ("组织3批货物运往灾区。", ("3批", "3 batches")),
        ("购买1批物资。", ("1批", "1 batch")),
        ("加开10班列车。", ("10班", "10")),
    ],
)
def test_a_group_measure_counts_the_groups(text: str, want: tuple[str, str]) -> None:
    assert want in _counts(text)


def test_the_singular_of_a_group_keeps_what_it_holds() -> None:
    assert singular("groups of contestants") == "group of contestants"
    assert singular("batches of companies") == "batch of companies"
    assert singular("companies") == "company"
