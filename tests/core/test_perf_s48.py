"""Issue 19, session 48: metadata's reading of a line does less work on the lines it cannot change, the same answers.

The info-line reader (parse_info_line) is asked ~17 lines a briefing, most of them prose. Before its fields are read
a line is normalised by some fifteen rewrites (dates in words, labels set off by blanks or bars, update and posting
words, a post's age...), each a pattern scanned over the whole line: a fifth of metadata's CPU. Each rewrite is now
tried only when the line holds what its pattern cannot match without (a bracket, a colon, a bar, 年, 、, 更新, "by",
"ago", 前, a month's name). These tests hold both halves: every rewrite still happens where it did, and a prose line
that holds none of them is not scanned by the patterns at all.
"""

from __future__ import annotations

import inspect
import re

import pytest

from briefreader.ingest import metadata
from briefreader.ingest.metadata import _normalise_info_line, _read_info_fields

# (a line as written, the line as normalised): each of the rewrites still made
REWRITES = [
    ("来源：某某日报（有删节）", "来源：某某日报"),
    ("来源：东方IC 2024-01-02", "2024-01-02"),
    ("来源丨贵阳日报 编辑丨赵子滟", "来源：贵阳日报 编辑：赵子滟"),
    ("首页 | 新闻 | 来源 | 时间", "| 新闻 | 来源 | 时间"),
    ("来源 上观新闻", "来源：上观新闻"),
    ("发布时间2024-05-17", "发布时间：2024-05-17"),
    ("2012年6月6（星期三）", "2012年6月6日（星期三）"),
    ("上午9时7分、下午2时41分", "上午9时7分 下午2时41分"),
    ("09-11-21 13:34", "2009-11-21  13:34"),
    ("2024 年 1 月 5 日", "2024年1月5日"),
    ("更新于 2025年12月2日 14:20", "更新时间：2025年12月2日 14:20"),
    ("更新於 2025年12月2日", "更新时间：2025年12月2日"),
    ("Last updated 2024-05-01 10:00", "更新时间：2024-05-01 10:00"),
    ("LAST MODIFIED: 2024-05-01", "更新时间：2024-05-01"),
    ("Posted on 2024-01-05 by admin", "2024-01-05"),
    ("UPDATED: 2024-01-05", "2024-01-05"),
    ("2024-01-05 BY admin", "2024-01-05"),
    ("@ 05-19-2013 / 2 years ago", "@ 2013-05-19 /"),
    ("2013-05-19 / 2 YEARS AGO", "2013-05-19 /"),
    ("3天前 2024-01-05", "2024-01-05"),
    ("July 1, 2020", "2020-07-01"),
    ("Wednesday, July 1st, 2020", "2020-07-01"),
    ("1 July 2020", "2020-07-01"),
    ("十一月 6th, 2009", "2009-11-06"),
    ("SEPT 5, 2020", "2020-09-05"),
    ("2022年02月12日 查看旧版(2007年11月18号以前)", "2022年02月12日"),
    ("来源：人民日报（2025年03月10日第 01 版）", "来源：人民日报（2025年03月10日 ）"),
]


@pytest.mark.parametrize(("line", "normalised"), REWRITES)
def test_every_rewrite_is_still_made(line: str, normalised: str) -> None:
    assert _normalise_info_line(line) == normalised


def test_a_share_bar_still_ends_the_line() -> None:
    info = _read_info_fields("来源：新华社 分享到： QQ空间 新浪微博")
    assert info is not None and info.source == "新华社" and info.labelled
    assert _read_info_fields("2024-01-02 来源：新华社 10分享: 微信") is None  # (its count glued before it: as before)


class _Spy:
    """A compiled pattern's stand-in that counts its scans."""

    def __init__(self, pattern: re.Pattern[str], seen: list[str], name: str) -> None:
        self._pattern, self._seen, self._name = pattern, seen, name

    def __getattr__(self, attr: str):  # type: ignore[no-untyped-def]
        self._seen.append(self._name)
        return getattr(self._pattern, attr)


GUARDED = (
    "_REMARK_ANYWHERE",
    "_AGENCY_CREDIT",
    "_BAR_LABEL",
    "_DAY_BEFORE_WEEKDAY",
    "_LISTED_TIMES",
    "_SPACED_DATE",
    "_UPDATED_ON",
    "_LAST_UPDATED",
    "_POSTED_ON",
    "_AGO",
    "_WORDED_DATE",
    "_SHARE_BAR",
)


def test_a_prose_line_is_not_scanned_by_the_rewrites_it_cannot_take(monkeypatch) -> None:
    seen: list[str] = []
    for name in GUARDED:
        monkeypatch.setattr(metadata, name, _Spy(getattr(metadata, name), seen, name))
    prose = "近日，上海市发布关于推进数字经济发展的若干措施，明确提出全市数字经济增加值占比超过60%，并将加快建设2025个应用场景"
    assert _read_info_fields(prose) is None
    assert seen == []
    # ...and a line holding a trigger is scanned by the pattern it may match
    _read_info_fields("更新于 2025年12月2日 14:20")
    assert "_UPDATED_ON" in seen and "_SPACED_DATE" in seen and "_AGO" not in seen


def test_dateline_words_are_the_ones_the_quick_refusal_tests() -> None:
    # _dateline refuses a line holding none of _DATELINE_WORDS by testing each word by name (a generator over the
    # tuple cost more than the test): a word added to the tuple must be tested there too
    source = inspect.getsource(metadata._dateline)
    for word in metadata._DATELINE_WORDS:
        assert f'"{word}" not in line' in source
    assert metadata._dateline("新华社北京5月6日电 记者王小明") is not None
    assert metadata._dateline("上网电价中由政府制定的电价，今年下调") is None


def test_a_briefings_text_is_folded_once_for_its_region_and_its_figures(monkeypatch) -> None:
    from briefreader.figures import extract
    from briefreader.figures.region import detect_region

    calls: list[int] = []
    real = extract._folded

    def counted(text: str) -> str:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(extract, "_folded", counted)
    text = "香港特區政府今年撥款３５億元，較去年增長１２％。" * 3 + "（測試s48）"
    region = detect_region(text, source="", script="hant", original=text, url="")
    figures, complete = extract.scan_figures(text, region=region)
    assert calls == [len(text)]  # the region's sample is the whole (short) text: one fold for both
    assert complete and {f.kind for f in figures} == {"money", "percent"}
    assert extract.fold_text(text) == real(text)  # ...the same fold as made anew
    other = text.replace("３５", "３６")
    assert extract.fold_text(other) == real(other) and calls[-1] == len(other)  # another text is folded anew
