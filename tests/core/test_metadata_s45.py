"""metadata's quick refusals hold what the slow readings would say (issue 19, session 45).

metadata asks ~60 lines a briefing whether each opens with a dateline (ten patterns), and ~12 of a page's meta fields
for a source's name, most of them missing: a line with neither a dateline's opening bracket nor its word for filing
is refused in one scan, an empty value at once. These tests hold the refusals to the readings they stand in for."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from briefreader.ingest import fields, metadata, patterns
from briefreader.ingest.fields import WINDOW, info_labels

DEV = Path(__file__).resolve().parents[2] / "tests/data/realworld/dev"
SUFFIXES = {".txt", ".md", ".html", ".htm", ".xml", ".json", ".csv"}
_TAG = re.compile(r"<[^<>]{0,400}>")

# every pattern a dateline is read by (patterns.match_dateline's and metadata._year_dateline's)
SHAPES = {
    "DATELINE": patterns.DATELINE,
    "PAREN_DATELINE": patterns.PAREN_DATELINE,
    "BRACKET_DATELINE": patterns.BRACKET_DATELINE,
    "SHORT_DATELINE": patterns.SHORT_DATELINE,
    "PRESS_TAG": patterns.PRESS_TAG,
    "PRESS_TAG_DATED": patterns.PRESS_TAG_DATED,
    "PRESS_BYLINE": patterns.PRESS_BYLINE,
    "_YEAR_DATELINE": metadata._YEAR_DATELINE,
    "_PAREN_YEAR_DATELINE": metadata._PAREN_YEAR_DATELINE,
    "_SHORT_THEN_DAY": metadata._SHORT_THEN_DAY,
}

SAMPLES = [
    "新华社北京5月6日电（记者王小明）国务院…",
    "中新网上海2月18日电 据…",
    "新民晚报讯 5月17日，…",
    "（中央社记者张建中新竹18日电）台积电…",
    "（中央社记者王小明台北2025年12月2日电）",
    "【香港经济日报】…",
    "【大纪元2024年5月6日讯】…",
    "【希望之声2019年8月16日】…",
    "〔記者張存薇／台東報導〕",
    "〔记者张存薇／台东报导〕",
    "（驻美特派记者林三丰／华盛顿报道）",
    "(星島日報報道)",
    "南都讯 记者刘凡…",
    "奉贤新城讯2025年12月3日，…",
    "上海2021年1月4日电 静安区…",
    "央视网消息（新闻联播）：…",
    "《科创板日报》12月28日讯（记者 余诗琪）",
]


def _starts(line: str) -> list[str]:
    # the line's start and each start after a blank or a mark within its head (where _dateline_seam and the lead's
    # readers look), each a window as _dateline_seam reads it
    out = [line]
    for k in range(1, min(len(line), metadata._SEAM_REACH)):
        if line[k - 1] in " \u3000。：:" or line[k] in "(（【〔[":
            out.append(line[k : k + metadata._SEAM_WINDOW])
    return out


@functools.cache
def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(DEV.iterdir()):
        if path.suffix.lower() not in SUFFIXES:
            continue
        text = _TAG.sub("\n", path.read_bytes()[:60_000].decode("utf-8", "ignore"))
        lines += [x.strip() for x in text.split("\n") if x.strip()]
    return lines


def test_a_dateline_holds_what_the_refusal_looks_for():
    matched: dict[str, int] = {}
    for line in [*SAMPLES, *_corpus_lines()]:
        for start in _starts(line):
            for name, shape in SHAPES.items():
                if shape.match(start):
                    matched[name] = matched.get(name, 0) + 1
                    assert start.startswith(metadata._DATELINE_OPENERS) or any(
                        w in start for w in metadata._DATELINE_WORDS
                    ), (name, start[:60])
    # (the check is no empty one: each shape matched somewhere, the common ones often)
    assert set(matched) == set(SHAPES), set(SHAPES) - set(matched)
    assert sum(matched.values()) >= 100, matched


def test_a_line_without_either_is_no_dateline():
    for line in ("国务院总理主持召开常务会议", "2024年5月6日 上海", "记者 王小明", "上网电价中由政府制定的电价", ""):
        assert metadata._dateline(line) is None
    for line in SAMPLES[:3]:
        assert metadata._dateline(line) is not None


def test_no_value_names_no_source():
    for value in ("", " ", "\u3000", "\t\n"):
        assert metadata._source_value(value) == ""
    assert metadata._source_value(" 人民日报 ") == "人民日报"


def test_info_labels_need_a_colon():
    # every info label stands before its colon: a line without one has none, as the full reading says
    lines = _corpus_lines()[::3]
    with_colon = 0
    for line in lines:
        found = info_labels(line)
        full = [m for m in fields._INFO_LABEL.finditer(line[:WINDOW]) if m["label"] or m["glued"]]
        assert [(x.start, x.end) for x in found] == [(m.start(), m.end()) for m in full], line[:80]
        with_colon += bool(found)
    assert with_colon >= 10
