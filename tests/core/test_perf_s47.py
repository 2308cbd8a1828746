"""Issue 19, session 47: two of a worker's repeated costs cut, the answers the same.

- A briefing's region is asked twice in a worker (ingest's figures, the index's figure detail). The
  second ask was answered from a cache of the last four briefings, so the entries of a feed of
  more missed it (each read before the first one's index rows are made): now kept for as many
  briefings as KEPT_CHARS of their texts allow.
- SourceForms(original, only=title) learns the title's characters' forms with str.find, not with a
  character class compiled for each title: the same forms, learnt without compiling a pattern.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briefreader import hanzi
from briefreader.figures import region as region_module
from briefreader.figures.region import detect_region
from briefreader.hanzi import SourceForms

# ----- the region, asked again ---------------------------------------------------------


def _texts(n: int) -> list[str]:
    return [f"香港特区政府第{i}号公告：本港今年拨款{i + 3}亿元，立法会通过。" * 3 for i in range(n)]


def test_a_feeds_entries_are_read_once_when_asked_again(monkeypatch) -> None:
    calls: list[str] = []
    real = region_module._detect_region

    def counted(text, *rest):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, *rest)

    monkeypatch.setattr(region_module, "_detect_region", counted)
    monkeypatch.setattr(region_module, "_kept", {})
    monkeypatch.setattr(region_module, "_kept_chars", [0])
    texts = _texts(40)  # a feed's entries: every region asked, then every one again (the index's rows)
    first = [detect_region(t, source="明报", script="hant", original=t, url="") for t in texts]
    again = [detect_region(t, source="明报", script="hant", original=t, url="") for t in texts]
    assert len(calls) == 40  # (the old cache of four: 80)
    assert again == first
    assert [real(t, "明报", "hant", None, "") for t in texts] == first  # what the rules say, uncached


def test_the_kept_regions_are_bounded_by_their_characters(monkeypatch) -> None:
    monkeypatch.setattr(region_module, "_kept", {})
    monkeypatch.setattr(region_module, "_kept_chars", [0])
    monkeypatch.setattr(region_module, "KEPT_CHARS", 500)
    texts = _texts(30)
    for t in texts:
        detect_region(t)
    kept = region_module._kept
    assert region_module._kept_chars[0] == sum(len(key[0]) + 1 for key in kept) <= 500
    assert 0 < len(kept) < 30
    assert [key[0] for key in kept] == texts[-len(kept) :]  # the newest kept, oldest out first


def test_a_long_text_is_kept_by_its_sample_and_answered_as_the_whole(monkeypatch) -> None:
    monkeypatch.setattr(region_module, "_kept", {})
    monkeypatch.setattr(region_module, "_kept_chars", [0])
    long = "台北市政府今日公布預算，新北市三重區獲得補助。" * 2000  # beyond _SAMPLE
    assert len(long) > region_module._SAMPLE
    found = detect_region(long, script="hant")
    (key,) = region_module._kept
    assert len(key[0]) == region_module._SAMPLE
    assert found == region_module._detect_region(long, "", "hant", None, "")


# ----- a title's forms -------------------------------------------------------------------


def _reference_forms(original: str, only: str) -> dict[str, Counter[str]]:
    """The forms SourceForms(only=...) learnt before session 47 (a character class a title)."""
    forms: dict[str, Counter[str]] = {}
    wanted = "".join(sorted({c for c in only if hanzi._HAN.match(c)}))
    if wanted:
        learnt = re.compile(f"[{wanted}]")
        for simplified, traditional in SourceForms._aligned(hanzi._learnable(original)):
            for m in learnt.finditer(simplified):
                forms.setdefault(m.group(), Counter())[traditional[m.start()]] = 0
    return forms


SOURCES = [
    # 發 and 髮 are both 发, 係 and 系 both 系, 台 and 臺 both 台: a character written several ways
    "理髮店今日發放補貼，市民排隊理髮。\n台北市政府與臺灣銀行關係密切，系統升級。\n頭髮護理係重點。",
    "<html lang='zh-HK'><title>政府發放消費券</title><body>特區政府今日起發放消費券，市民在這裏排隊領取。</body></html>",
    "衞生署公佈數字：香港今年流感個案上升，衞生防護中心呼籲市民接種疫苗。" * 50,
]


@pytest.mark.parametrize("original", SOURCES)
@pytest.mark.parametrize("only", ["發放補貼 台北", "政府發放消費券", "衞生署 系統 頭髮", "没有的字"])
def test_a_titles_forms_are_learnt_as_before(original: str, only: str) -> None:
    forms = SourceForms(original, only=only)
    reference = _reference_forms(original, only)
    assert forms._seen == frozenset(reference)
    for a, seen in reference.items():
        if len(seen) == 1 and a not in seen:
            assert forms._table[ord(a)] == next(iter(seen))
    for text in (only, *only.split()):
        for region in ("standard", "hk", "generic"):
            forms.region = region
            whole = SourceForms(original, region)  # learnt from every character: what the view shows
            assert forms.convert(text) == whole.convert(text)


def test_a_titles_forms_compile_no_pattern(monkeypatch) -> None:
    original = SOURCES[0]
    SourceForms(original, only="市民排隊")  # converters loaded
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    forms = SourceForms(original, only="市民排隊領取")  # no character written two ways: no ambiguity pattern
    assert forms._forms == {}
    assert compiled == []
