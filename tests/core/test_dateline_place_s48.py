"""Session 48 (lead, new user s48 U2): a line of a date and the place the report was filed from dates the briefing
("2026年5月4日 香港", "香港 2026年5月4日"); it was read as text and the briefing was undated. Only a known place
(ingest.dateline_places: provinces, prefectures, Hong Kong, Macau, Taiwan's cities) makes such a line a dateline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefreader.ingest import ingest_path
from briefreader.ingest.dateline_places import DATELINE_PLACES

BODY = "香港特区政府今日公布新一轮措施，涉及房屋与交通，并将于下月起分阶段推行。"


def _date(tmp_path: Path, line: str) -> dt.date | None:
    path = tmp_path / "a.txt"
    path.write_text(f"港府公布新措施\n\n{line}\n\n{BODY}\n", encoding="utf-8")
    (b,) = ingest_path(path, tmp_path)
    return b.date


@pytest.mark.parametrize(
    "line",
    [
        "2026年5月4日 香港",
        "香港 2026年5月4日",
        "2026-05-04 香港",
        "2026年5月4日 香港訊",
        "2026年5月4日 臺北",
        "丽水 2026-05-04",
    ],
)
def test_a_date_with_the_place_of_filing_dates_the_briefing(tmp_path: Path, line: str) -> None:
    assert _date(tmp_path, line) == dt.date(2026, 5, 4)


@pytest.mark.parametrize("line", ["2026年5月4日 开幕", "2026年5月4日 晴"])
def test_a_date_with_other_words_stays_text(tmp_path: Path, line: str) -> None:
    # a timeline's entry, the weather: no place of filing, no dateline (as before)
    assert _date(tmp_path, line) is None


def test_the_table_holds_both_scripts_and_short_names() -> None:
    assert {"香港", "澳門", "澳门", "台北", "臺北", "丽水", "麗水", "丽水市", "延边", "北京"} <= DATELINE_PLACES
    assert not {"中国", "城市", "开幕", "市"} & DATELINE_PLACES
