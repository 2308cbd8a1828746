"""Session 49 (12meta, issue 12): a dateline of a day and a place filed from abroad ("2026年5月4日 华盛顿", "東京
2026年5月4日") and one set in round brackets under the headline ("（香港 2026年5月4日）") date the briefing as the
session 48 forms do. The foreign places are a table generated from public lists (scripts/gen_foreign_dateline_places.py:
the CLDR's exemplar cities and every country's capital), in both scripts; a word that is no place keeps the line text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefreader.ingest import ingest_path
from briefreader.ingest.dateline_places import DATELINE_PLACES
from briefreader.ingest.patterns import FILED_WORDS

BODY = "美国财政部今日公布新一轮措施，涉及关税与出口管制，并将于下月起分阶段推行。"


def _read(tmp_path: Path, line: str) -> tuple[dt.date | None, str]:
    path = tmp_path / "a.txt"
    path.write_text(f"美方公布新措施\n\n{line}\n\n{BODY}\n", encoding="utf-8")
    (b,) = ingest_path(path, tmp_path)
    return b.date, b.text


@pytest.mark.parametrize(
    "line",
    [
        "2026年5月4日 华盛顿",
        "華盛頓 2026年5月4日",
        "2026-05-04 伦敦",
        "東京 2026年5月4日",
        "2026年5月4日 紐約訊",
        "2026年5月4日 雪梨",  # (Sydney as Taiwan writes it)
        "（香港 2026年5月4日）",
        "(2026年5月4日 香港)",
        "（华盛顿 2026年5月4日）",
        "（2026年5月4日 東京電）",
    ],
)
def test_a_foreign_or_bracketed_dateline_dates_the_briefing(tmp_path: Path, line: str) -> None:
    date, text = _read(tmp_path, line)
    assert date == dt.date(2026, 5, 4)
    assert "2026" not in text  # the dateline is the briefing's metadata, not its first paragraph


@pytest.mark.parametrize(
    "line", ["2026年5月4日 开幕", "（2026年5月4日 晴）", "（华盛顿 2026年5月4日 开幕）", "2026年5月4日 戴维斯"]
)
def test_a_date_with_other_words_stays_text(tmp_path: Path, line: str) -> None:
    # an event's day, the weather, a name (Antarctica's stations, named after people, are left out of the table)
    date, text = _read(tmp_path, line)
    assert date is None
    assert "2026" in text


def test_the_foreign_table_holds_capitals_and_cities_in_both_scripts() -> None:
    assert set("华盛顿 華盛頓 渥太华 新德里 纽约 紐約 伦敦 倫敦 东京 悉尼 雪梨".split()) <= DATELINE_PLACES
    assert not {"中国", "美国", "开幕", "未知地点", "戴维斯", "昭和"} & DATELINE_PLACES
    assert all(len(p) >= 2 for p in DATELINE_PLACES)


def test_the_wire_words_are_one_table() -> None:
    assert set(FILED_WORDS) == {"讯", "訊", "电", "電"}
