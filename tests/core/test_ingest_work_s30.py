"""Work the ingest pipeline no longer does twice (issue 19, session 30): the same results, less work.
Counted calls, never timings."""

from __future__ import annotations

import pytest

import briefreader.ingest as ingest
from briefreader.hanzi import to_simplified
from briefreader.ingest import clean_text, normalize_text

# an editor line dropped at the end: nothing is left to join, so no second round is needed
_EDITOR = "上海今日召开发布会，宣布新的产业政策。\n会议由市政府主持，多个部门参加。\n（责任编辑：张三）"
# a caption between two paragraphs: dropped in the first round
_CAPTION = (
    "上海今日召开发布会，宣布新的产业政策。\n\n图为会议现场。新华社记者 李安 摄\n\n会议由市政府主持，多个部门参加。"
)


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(ingest, name)

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(ingest, name, counted)
    return calls


def test_settle_drops_once_when_nothing_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in (_EDITOR, _CAPTION):
        cleaned = clean_text(text)
        expected = ingest.drop_boilerplate(ingest.join_broken_lines(cleaned))
        assert expected != cleaned  # the first round drops something
        calls = _counting(monkeypatch, "drop_boilerplate")
        assert ingest._settle(cleaned) == expected
        assert len(calls) == 1  # the confirming round was a second whole drop pass
        monkeypatch.undo()


def test_settle_still_reaches_the_fixed_point() -> None:
    for text in (_EDITOR, _CAPTION, "一二三四五。"):
        once = normalize_text(text)
        assert normalize_text(once) == once


def test_metadata_cleaning_is_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    ingest._CLEANED.clear()
    calls = _counting(monkeypatch, "clean_text")
    for hant, text in (
        (False, "新华社  上海"),
        (True, "東方日報　香港"),
        (False, "新华社  上海"),
        (True, "東方日報　香港"),
    ):
        want = (to_simplified(text) if hant else text).split()  # clean_text folds the full-width space
        assert ingest._cleaned(text, hant).split() == want
    assert len(calls) == 2  # each string cleaned once
    long = "长" * (ingest._CLEANED_LONGEST + 1)
    ingest._cleaned(long, False)
    ingest._cleaned(long, False)
    assert len(calls) == 4  # a long string is not kept
    for n in range(ingest._CLEANED_KEPT + 10):
        ingest._cleaned(f"来源{n}", False)
    assert len(ingest._CLEANED) <= ingest._CLEANED_KEPT
    ingest._CLEANED.clear()


def test_metadata_cleaning_matches_the_pipeline() -> None:
    ingest._CLEANED.clear()
    for hant, text in ((False, " 人民网 - 财经频道 "), (True, "香港經濟日報\u3000財經"), (False, "ＡＢＣ新闻")):
        assert ingest._cleaned(text, hant) == clean_text(to_simplified(text) if hant else text)
        assert ingest._cleaned(text, hant) == clean_text(to_simplified(text) if hant else text)  # remembered
    ingest._CLEANED.clear()
