"""fields.LineFields: a document's lines read for their labelled fields once each (issue 19, session 45).

A briefing's metadata asked fields_of_line ~80 times, two in three for a line read already; a per-document reader
remembers each line's fields. What it answers must be what fields_of_line answers, at every index, and read_fields
through it the same fields as without it."""

from __future__ import annotations

import pytest

from briefreader.ingest import fields, ingest_bytes
from briefreader.ingest.fields import LineFields, fields_of_line, read_fields

LINES = [
    "标题：关于开展2024年度安全生产检查的通知",
    "发文字号：国办发〔2024〕3号",
    "作者：曹继军 ，颜维琦 来源：光明日报 日期：2012年10月27日 06:19",
    "",
    "来源",
    "新华社",
    "正文第一段，没有任何标签。",
    "作者：曹继军 ，颜维琦 来源：光明日报 日期：2012年10月27日 06:19",  # the same text again, another index
    "title: Quarterly briefing",
    "【来源】人民日报",
    "x" * 500 + "来源：新华社",  # past the window: no field
]


def test_line_fields_answer_as_fields_of_line_at_every_index():
    of = LineFields()
    for _ in range(2):  # the second round from memory
        for i, line in enumerate(LINES):
            assert of(line, i) == fields_of_line(line, i)
            assert of(line) == fields_of_line(line)


def test_read_fields_through_line_fields_is_read_fields():
    assert list(read_fields(LINES, 0, None, LineFields())) == list(read_fields(LINES))
    of = LineFields()
    assert list(read_fields(LINES, 2, 9, of)) == list(read_fields(LINES, 2, 9))
    assert list(read_fields(LINES, 0, None, of)) == list(read_fields(LINES))  # the same reader again


def test_each_line_is_read_once(monkeypatch: pytest.MonkeyPatch):
    calls: list[str] = []
    real = fields.fields_of_line

    def counted(line: str, index: int = 0) -> list[fields.Field]:
        calls.append(line)
        return real(line, index)

    monkeypatch.setattr(fields, "fields_of_line", counted)
    of = LineFields()
    for _ in range(3):
        list(read_fields(LINES, 0, None, of))
        for i, line in enumerate(LINES):
            of(line, i)
    assert sorted(calls) == sorted(set(LINES))


def test_metadata_reads_each_line_once(monkeypatch: pytest.MonkeyPatch):
    # a document whose header, foot and issuer's readers all walk the same lines: each line's fields are read once
    body = "\n".join(
        [
            "关于开展2024年度安全生产检查的通知",
            "来源：应急管理部 发布时间：2024-03-05",
            "作者：张三",
            "",
            *(f"第{k}段：各地要认真落实安全生产责任制，开展隐患排查。" for k in range(1, 30)),
            "",
            "编辑：李四 来源：应急管理部",
        ]
    )
    calls: list[str] = []
    real = fields.fields_of_line

    def counted(line: str, index: int = 0) -> list[fields.Field]:
        calls.append(line)
        return real(line, index)

    monkeypatch.setattr(fields, "fields_of_line", counted)
    b = ingest_bytes(body.encode("utf-8"), id="notice", path="notice.txt", suffix=".txt")
    assert b.date is not None and b.date.isoformat() == "2024-03-05"
    repeated = {x for x in calls if calls.count(x) > 1}
    assert calls and not repeated, repeated
