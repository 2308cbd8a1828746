"""A hard wrap that cuts a number joins it again; two numbers the source kept apart (a
space, a real line break) never become one (issue 12, session 8). A wrapped "…游客12" /
"3万人次" read as 3万 where the source says 123万; "12 3个区县" must not read as 123."""

from __future__ import annotations

import unicodedata

import pytest

from briefreader.ingest import ingest_bytes, normalize_text
from briefreader.ingest.html import html_to_doc

HEADLINE = "三季度全市旅游收入稳步增长"
PARA = (
    "据统计，今年前三季度全市共接待游客123万人次，同比增长百分之二十一点五，其中外地游客达到了45万人次，"
    "占比超过三成。全市旅游总收入达到2024年同期的1.5倍，住宿业营业额增长了三成以上，餐饮业营业额也有较大幅度增长。"
)
SPACED = (
    "据统计，今年前三季度全市旅游收入排名前12 3个区县的旅游收入同比增长超过百分之二十，其中外地游客达到了45万人次，"
    "占比超过三成，住宿业营业额增长了三成以上，餐饮业营业额也有较大幅度增长。"
)


def by_chars(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def by_columns(text: str, width: int) -> str:
    lines, line, used = [], "", 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + ch, used + w
    return "\n".join([*lines, line])


def read(text: str) -> str:
    return ingest_bytes(f"{HEADLINE}\n{text}".encode(), id="w", suffix=".txt").text


@pytest.mark.parametrize("width", range(16, len(PARA) // 3 + 1))  # three full lines at least: evidence of a wrap
def test_a_paragraph_wrapped_by_characters_is_whole_again(width: int) -> None:
    assert read(by_chars(PARA, width)) == PARA


@pytest.mark.parametrize("width", [30, 36, 40, 50, 60])
def test_a_paragraph_wrapped_by_columns_is_whole_again(width: int) -> None:
    assert read(by_columns(PARA, width)) == PARA


def test_the_number_cut_by_the_wrap_is_one_number() -> None:
    wrapped = by_chars(PARA, PARA.index("123") + 2)  # "…游客12" / "3万人次…"
    assert wrapped.split("\n")[0].endswith("游客12")
    assert "共接待游客123万人次" in read(wrapped)


@pytest.mark.parametrize("at", [0, 1])
def test_a_space_between_two_numbers_at_the_wrap_stays(at: int) -> None:
    # the wrap falls just before the space (the next line starts with it) or just after it
    width = SPACED.index(" ") + at
    wrapped = by_chars(SPACED, width)
    assert wrapped.split("\n")[0].rstrip().endswith("前12")
    text = read(wrapped)
    assert "前12 3个区县" in text and "123" not in text


def test_numbers_on_lines_of_a_text_that_is_not_wrapped_stay_apart() -> None:
    text = "全市共有重点项目12\n3个区县完成了全年目标，其余区县正在加快推进。\n下一步将继续加强调度。"
    assert "123" not in read(text)


def test_wrapped_numbers_normalize_the_same_twice() -> None:
    for wrapped in (by_chars(PARA, 21), by_chars(SPACED, SPACED.index(" ")), by_columns(PARA, 40)):
        once = normalize_text(wrapped)
        assert normalize_text(once) == once


def test_full_width_digits_across_a_line_break_in_html_stay_two_numbers() -> None:
    """A browser removes a source line break between two wide characters (CSS Text); between
    two full-width digits that glued "１２" and "３" into one figure."""
    html = "<p>据统计，全市排名前１２\n３个区县的旅游收入同比增长。</p><p>中国\n人民</p>"
    text = html_to_doc(html).text
    assert "１２ ３个区县" in text and "中国人民" in text
