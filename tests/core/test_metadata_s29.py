"""Guards session 29's metadata changes: a page's metadata lines are read once each however many candidates ask
(issue 19: the reading was a third of metadata's time), with the same readings; the real-world scorer takes a briefing
listed by its id for an untitled one (issue 12: gold title "" with no_title = true). Lines are shaped as the dev pages
have them; each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from helpers.format_transfer import scorer as _scorer

from briefreader.ingest import metadata as md

REPO = Path(__file__).resolve().parents[2]


def test_a_metadata_line_is_read_once_however_often_it_is_asked(monkeypatch) -> None:
    md._remembered_info_line.cache_clear()
    calls = []
    read = md._read_info_line
    monkeypatch.setattr(md, "_read_info_line", lambda *a: calls.append(a) or read(*a))
    line = "2019-07-12 18:11 来源：今周刊 作者：林葉藍"
    first = md.parse_info_line(line, ("三立新聞網",))
    again = md.parse_info_line(line, ("三立新聞網",))
    assert len(calls) == 1
    assert first is not None and again is not None and first is not again
    # each caller gets its own copy: changing one changes no other reading
    first.authors.append("someone")
    first.source = "x"
    third = md.parse_info_line(line, ("三立新聞網",))
    assert third is not None and (third.source, third.authors) == (again.source, again.authors)
    assert third.source == "今周刊" and third.date is not None
    # another page's sites, another reading
    md.parse_info_line(line, ("今周刊",))
    assert len(calls) == 2


def test_a_remembered_reading_is_the_reading() -> None:
    # guard: the remembered reading equals a fresh one on lines shaped as dev pages have them
    lines = [
        "2019-09-07 15:10:53 来源：EETOP",
        "记者 林晓 2022年6月16日",
        "（完）2025年1月20日",
        "发布时间：2024/10/17 09:09",
        "他说，今天的会议很重要。",
        "",
    ]
    for line in lines:
        assert md.parse_info_line(line) == md._parsed_info_line(line, (), False), line


def test_the_scorer_takes_a_briefing_listed_by_its_id_for_an_untitled_one() -> None:
    sc = _scorer()
    gold = {"file": "dev/a.txt", "split": "dev", "title": "", "date": "", "source": [""], "must_have": []}
    b = SimpleNamespace(id="dev/a", title="dev/a", date_iso=None, date_precision=None, source="", text="", link="")
    r = sc.score_article(gold, b)
    assert r.title_ok and not r.title_wrong
    wanted = dict(gold, title="标题")
    r = sc.score_article(wanted, b)
    assert not r.title_ok and not r.title_wrong  # missing, not wrong
