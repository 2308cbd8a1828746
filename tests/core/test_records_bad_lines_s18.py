"""Tester s18 X2: a JSON-lines file's line that is not JSON (a dump cut short, junk appended) is skipped, and said."""

from __future__ import annotations

import json
from pathlib import Path

from briefreader.ingest import ingest_path
from briefreader.model import FATAL


def _record(i: int) -> str:
    return json.dumps(
        {"title": f"第{i}条标题", "content": f"上海市第{i}条新闻的正文，内容完整。" * 3}, ensure_ascii=False
    )


def test_a_bad_line_is_one_problem_and_the_good_records_stay(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([_record(1), _record(2), _record(3), '{"title": "cut', "junk"]) + "\n", encoding="utf-8")
    briefings = ingest_path(path, tmp_path)
    assert [b.title for b in briefings] == ["第1条标题", "第2条标题", "第3条标题"]
    problems = [p for b in briefings for p in b.problems]
    assert len(problems) == 1  # on the file's first entry only
    assert problems[0].kind not in FATAL  # the first record is still listed
    assert "2 lines" in problems[0].message and "4, 5" in problems[0].message


def test_a_clean_file_has_no_problem(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([_record(1), _record(2)]) + "\n\n", encoding="utf-8")
    assert [p for b in ingest_path(path, tmp_path) for p in b.problems] == []
