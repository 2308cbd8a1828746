"""Briefing, Figure and Problem are pickled as their fields' values in order (model._pickled_by_fields,
issue 19 session 44): what a cold start's workers send back comes out the same, every field, and a
dataclass whose constructor does not take every field is refused rather than pickled wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from briefreader.model import Briefing, Figure, Problem, _pickled_by_fields


def _figure(n: int) -> Figure:
    return Figure(
        kind="money",
        text=f"超过{n}亿元",
        start=n,
        end=n + 6,
        value=n * 1e8,
        low=1.0,
        high=float("inf"),
        unit="CNY",
        qualifier="over",
        en=f"over RMB {n} 00 mn",
        sentence=f"全市营收超过{n}亿元。",
    )


def _briefing() -> Briefing:
    # every field away from its default, the ones equality ignores (key, the written forms) too
    return Briefing(
        id="a/b",
        path="/x/a/b.html",
        fingerprint="sha256:00",
        title="标题",
        text="正文\n第二段",
        original="<p>正文</p>",
        date=dt.date(2025, 5, 17),
        date_precision="month",
        source="新华社",
        authors=["张三", "李四"],
        script="hant",
        encoding="big5",
        format="html",
        link="https://example.com/a",
        entry="3",
        size=1234,
        topics=["ai"],
        keywords=["人工智能"],
        figures=[_figure(3000), _figure(12)],
        problems=[Problem("truncated", "cut")],
        loaded=False,
        key=77,
        title_written="標題",
        source_written="新華社",
        title_generated=True,
    )


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_every_field_comes_back(protocol: int) -> None:
    b = _briefing()
    back = pickle.loads(pickle.dumps(b, protocol=protocol))
    for f in dataclasses.fields(Briefing):  # field by field: == skips the compare=False ones
        assert getattr(back, f.name) == getattr(b, f.name), f.name
    assert back.figures[0].high == float("inf") and back.figures[1] == _figure(12)
    assert type(back.figures[0]) is Figure and type(back.problems[0]) is Problem


def test_pickled_as_constructor_arguments() -> None:
    f = _figure(5)
    cls, args = f.__reduce__()
    assert cls is Figure and args == tuple(getattr(f, x.name) for x in dataclasses.fields(Figure))
    assert cls(*args) == f
    # the values only: no state dict naming each field
    blob = pickle.dumps([_figure(n) for n in range(3)], protocol=5)
    assert b"sentence" not in blob and b"qualifier" not in blob


def test_a_field_the_constructor_does_not_take_is_refused() -> None:
    @dataclasses.dataclass(slots=True)
    class Half:
        a: int
        b: int = dataclasses.field(init=False, default=0)

    with pytest.raises(TypeError):
        _pickled_by_fields(Half)
