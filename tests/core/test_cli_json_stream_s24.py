"""`list --json` writes its array a few items at a time (issue 19: the whole text and its
copies were the peak of a 100,000-briefing cold list); the bytes must be json.dumps's."""

from __future__ import annotations

import io
import json

import pytest

from briefreader import cli

CASES = [
    [],
    [{}],
    [[]],
    [{"a": [1, {"b": "line\nbreak \u0085 \u202e bidi"}], "c": [], "d": {}}, {"z": None, "t": "中文\ud800"}],
    [{"i": i, "l": [i, str(i)]} for i in range(cli.JSON_FLUSH * 2 + 3)],  # more than one write
]


@pytest.mark.parametrize("items", CASES)
def test_streamed_array_is_the_dumped_list(monkeypatch, items):
    whole, streamed = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdout", whole)
    cli._json(items)
    monkeypatch.setattr("sys.stdout", streamed)
    cli._json_array(iter(items))
    assert streamed.getvalue() == whole.getvalue()
    assert json.loads(streamed.getvalue()) == json.loads(json.dumps(items))
