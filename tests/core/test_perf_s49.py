"""Issue 19, session 49: metadata asks less of the lines and fields that cannot answer, the same answers.

- ``fields.fields_of_line`` (128,000 lines a 5,000-briefing ingest, most of them prose) ran its two label patterns on
  every line; every field either pattern reads holds a separator (a colon or a bar) or a bracketed label's closing
  bracket, so a line holding none of them is refused by one scan of a character class (``_FIELD_MARK``).
- ``_meta_date_candidates`` asked ``_plain_date`` for each of ~35 keys a page may hold its date under, present or not;
  an absent key (None) or an empty one reads as no date without asking.
- ``_iso_worded_dates`` looks for a month's head in one scan, not one substring test per month.

These tests hold both halves: the refusal is only ever of lines the patterns read nothing from (a separator or bracket
added to a pattern without the mark fails here), and the work is skipped (each spy fails on the code before).
"""

from __future__ import annotations

import random

import pytest

from briefreader.ingest import fields, metadata
from briefreader.ingest.fields import LABELS, fields_of_line

_SEPARATORS = ("", " ", ":", "：", "|", "｜", "丨", "】", "]", "］", "〕", " ：", "\u3000:")
_OPENERS = ("", " ", "【", "[", "［", "〔", "(", "（", "- ", "**", "> ")


def _label_lines() -> list[str]:
    lines = []
    for label in LABELS:
        for opener in _OPENERS:
            for sep in _SEPARATORS:
                lines.append(f"{opener}{label}{sep} 新华社 2024年3月1日")
                lines.append(f"正文 {opener}{label}{sep}王小明")
                lines.append(f"{opener}{label}{sep}**  Reuters")
    rng = random.Random(49)
    alphabet = "来源作者编辑记者发布时间:：|｜丨】]］〕【[ 　 SourceAuthorDate2024年月日**-"
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(20_000)]
    return lines


def test_a_line_the_mark_refuses_holds_no_field_either_pattern_reads() -> None:
    refused = 0
    for line in _label_lines():
        text = line[: fields.WINDOW]
        if fields._FIELD_MARK.search(text) is None:
            refused += 1
            assert fields._LATIN_FIELD.match(text) is None, line
            assert next(fields._HAN_FIELD.finditer(text), None) is None, line
    assert refused > 1_000  # (the lines above hold both kinds)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("来源：新华社", "source"),
        ("来源丨新华社", "source"),
        ("【来源】新华社", "source"),
        ("〔来源〕 新华社", "source"),
        ("Source: Reuters", "source"),
        ("**Author**: Jane Doe", "author"),
        ("作者 | 王小明", "author"),
    ],
)
def test_each_separator_still_reads_its_field(line: str, field: str) -> None:
    assert [f.field for f in fields_of_line(line)] == [field]


class _Spy:
    """A pattern's stand-in that counts its scans and answers as the pattern does."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)

    def finditer(self, *args):
        self.calls += 1
        return self.pattern.finditer(*args)


def test_a_prose_line_is_not_scanned_by_the_label_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    han, latin = _Spy(fields._HAN_FIELD), _Spy(fields._LATIN_FIELD)
    monkeypatch.setattr(fields, "_HAN_FIELD", han)
    monkeypatch.setattr(fields, "_LATIN_FIELD", latin)
    assert fields_of_line("国家统计局今天发布数据，一季度国内生产总值同比增长5.3%。") == []
    assert han.calls == latin.calls == 0
    assert [f.field for f in fields_of_line("来源：国家统计局")] == ["source"]
    assert han.calls + latin.calls >= 1


def test_an_absent_meta_date_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []  # what _meta_date_candidates asks (the front matter's readers ask apart)
    inside = [False]
    plain, candidates = metadata._plain_date, metadata._meta_date_candidates

    def spy(value, *args, **kwargs):
        if inside[0]:
            asked.append(value)
        return plain(value, *args, **kwargs)

    def meta_dates(r) -> None:
        inside[0] = True
        try:
            candidates(r)
        finally:
            inside[0] = False

    monkeypatch.setattr(metadata, "_plain_date", spy)
    monkeypatch.setattr(metadata, "_meta_date_candidates", meta_dates)
    meta = metadata.extract_metadata(
        "国家统计局今天发布数据。\n一季度国内生产总值同比增长5.3%。\n",
        {},
        {"article:published_time": "2024-04-16T10:00:00+08:00", "jsonld:datepublished": ""},
        "一季度经济数据",
    )
    assert meta.date is not None and meta.date.isoformat() == "2024-04-16"
    assert asked == ["2024-04-16T10:00:00+08:00"]


@pytest.mark.parametrize(
    "line",
    ["July 1, 2020", "SEPT 5, 2020", "ſep 5, 2020", "十一月 6th, 2009", "1 dec 2020", "2020 is the year", "mayor 2020"],
)
def test_a_month_head_is_found_as_the_substring_tests_found_it(line: str) -> None:
    low = line.lower()
    assert bool(metadata._MONTH_HEAD.search(low)) == any(m in low for m in metadata._MONTH_HEADS)
