"""Reviewer's cases (session 9): rules added this session that read too much, each a
sentence written from general knowledge of the language (no corpus text)."""

from __future__ import annotations

import pytest

from briefreader.figures.region import reported_from


@pytest.mark.parametrize(
    "text",
    [
        "北京电影学院校友会昨日举行晚宴，每位收费800元，筹得善款逾20万元。",  # a film school, not 北京电
        "上海电力公司的股价昨日升3%，收报12元。",  # a company
        "广州电视台记者昨日采访了多位学者。",  # a TV station
    ],
)
def test_a_mainland_name_beginning_with_dian_is_no_dateline(text: str) -> None:
    assert reported_from(text, "hk") == ""


def test_a_dateline_still_reads() -> None:
    assert reported_from("【本报记者广州电】广州市昨日公布，今年首季本地生产总值达7000亿元。", "hk") == "广州"
    assert reported_from("新华社北京3月1日电 国务院昨日召开常务会议。", "hk") == "北京"
