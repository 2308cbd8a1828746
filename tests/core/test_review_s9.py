"""Reviewer's cases (session 9): rules added this session that read too much, each a
sentence written from general knowledge of the language (no corpus text)."""

from __future__ import annotations

import pytest

from briefreader.figures.region import reported_from


@pytest.mark.parametrize(
    "text",
    [
        "北京电影学院校友会昨日举行晚宴，每位收费800元，筹得善款逾20万元。",  # a film school, not 北京电
        "上海电力公司的股价昨日升3%，收报12元。",  # a company
        "广州电视台记者昨日采访了多位学者。",  # a TV station
    ],
)
def test_a_mainland_name_beginning_with_dian_is_no_dateline(text: str) -> None:
    assert reported_from(text, "hk") == ""


def test_a_dateline_still_reads() -> None:
    assert reported_from("【本报记者广州电】广州市昨日公布，今年首季本地生产总值达7000亿元。", "hk") == "广州"
    assert reported_from("新华社北京3月1日电 国务院昨日召开常务会议。", "hk") == "北京"


def test_story_map_over_a_column_wise_list_makes_no_entry(tmp_path, monkeypatch) -> None:
    """across.story_map runs unasked at each TUI start of an indexed library
    (stories_cheap): over a ListStore it sorted library.briefings, making and holding
    every entry (1,000,000: ~28 s and ~1 GB). The same stories from the columns."""
    import shutil
    from pathlib import Path

    import briefreader.liststore as liststore
    from briefreader.across import story_map
    from briefreader.config import read_config
    from briefreader.library import load_library

    root = Path(__file__).resolve().parents[2]
    folder = tmp_path / "b"
    folder.mkdir()
    for sample in sorted((root / "briefings").glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
        shutil.copy(sample, folder / f"copy_{sample.name}")  # each a story of two versions
    config = read_config(root / "config.toml")
    config.briefings, config.cache_dir = folder, tmp_path / "cache"
    load_library(config).close()
    monkeypatch.setattr(liststore, "STORE_MIN", 10**9)
    rows = load_library(config, verify=False)
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    columns = load_library(config, verify=False)
    assert isinstance(columns.briefings, liststore.ListStore)
    made = []
    real = liststore.ListStore._make
    monkeypatch.setattr(liststore.ListStore, "_make", lambda self, i: made.append(i) or real(self, i))
    expected, got = story_map(rows), story_map(columns)
    assert expected.members and (got.story, got.members) == (expected.story, expected.members)
    assert len(made) <= 1  # _indexed's look at the first entry
    rows.close()
    columns.close()


def test_the_problems_view_reads_only_entries_with_problems(tmp_path, monkeypatch) -> None:
    """P (the Problems view) collected every list entry's path, and opening one searched
    them all: over a ListStore each entry was made (1,000,000: ~28 s on the UI thread).
    Only the entries with problems are made; the same ones as a list's pass finds."""
    import shutil
    from pathlib import Path

    pytest.importorskip("textual")
    import briefreader.liststore as liststore
    from briefreader.config import read_config
    from briefreader.library import load_library
    from briefreader.tui.screens.main import _listed_with_problems

    root = Path(__file__).resolve().parents[2]
    folder = tmp_path / "b"
    folder.mkdir()
    for sample in sorted((root / "briefings").glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    text = (folder / sample.name).read_bytes()
    (folder / "damaged.txt").write_bytes(text[:400] + b"\xff\xfe\x80" + text[400:])  # listed, with a problem
    (folder / "empty.txt").write_bytes(b"")  # not listed
    config = read_config(root / "config.toml")
    config.briefings, config.cache_dir = folder, tmp_path / "cache"
    load_library(config).close()
    monkeypatch.setattr(liststore, "STORE_MIN", 10**9)
    rows = load_library(config, verify=False)
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    columns = load_library(config, verify=False)
    made = []
    real = liststore.ListStore._make
    monkeypatch.setattr(liststore.ListStore, "_make", lambda self, i: made.append(i) or real(self, i))
    problem_paths = {p.path for p in rows.problems}
    expected = {b.path for b in rows.briefings if b.path in problem_paths}
    got = {b.path for b in _listed_with_problems(columns)}
    assert expected and got == expected and len(made) == len(expected)
    assert _listed_with_problems(rows) is rows.briefings
    rows.close()
    columns.close()


def test_a_timeline_article_is_not_cut_to_its_first_entry() -> None:
    """A chronology (大事记, 时间线: a common news form) is dated entries in the order they
    happened, after an introduction: html._posts took it for a forum thread (posts oldest
    first) and kept the first entry only (2 lines of 11). An article whose text has prose
    outside the entries is read as it is."""
    from briefreader.ingest.html import html_to_doc

    events = [
        ("2023年1月5日", "国务院召开常务会议，部署稳经济一揽子政策。会议要求各地加快落实。"),
        ("2023年3月12日", "全国人大审议通过政府工作报告。报告提出经济增长目标为5%左右。"),
        ("2023年7月24日", "中央政治局会议分析研究经济形势。会议强调要活跃资本市场。"),
        ("2023年10月24日", "全国人大常委会批准增发国债1万亿元。资金将用于灾后恢复重建。"),
        ("2023年12月12日", "中央经济工作会议在北京举行。会议部署2024年经济工作。"),
    ]
    items = "".join(f'<div class="event"><p class="time">{d}</p><p>{t}</p></div>' for d, t in events)
    page = (
        "<!DOCTYPE html><html><head><title>回顾2023年宏观政策大事记_新华网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/p">政策</a></div>'
        '<div class="main"><h1>回顾2023年宏观政策大事记</h1><p class="info">2023-12-30 来源：新华网</p>'
        '<div class="content"><p>2023年，我国宏观政策持续发力，经济回升向好。以下是全年重要政策节点。</p>'
        f'{items}</div></div><div class="footer">版权所有 新华网</div></body></html>'
    )
    doc = html_to_doc(page)
    assert "经济回升向好" in doc.text and not doc.not_an_article
    for _, text in events:
        assert text.split("。")[0] in doc.text


_BODY = "国务院常务会议今日召开，研究部署稳就业工作。会议指出，要加大政策支持力度，确保各项措施落地见效。"


@pytest.mark.parametrize(
    "line",
    [
        "根据著作权法，未经授权不得转载他人作品。",  # a rule stated: the ban has an object
        "未经许可，不得转载、复制他人享有著作权的作品，这是著作权法的明确规定。",
        "订阅量突破100万的YouTube频道",  # 订阅量: subscriptions, a noun (a subheading)
        "网民关注度最高的Facebook专页",
    ],
)
def test_sentences_near_a_chrome_rule_stay(line: str) -> None:
    from briefreader.ingest.clean import drop_boilerplate

    assert drop_boilerplate(f"{_BODY}\n{line}") == f"{_BODY}\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        "本文为本报原创，未经许可禁止转载",
        "39健康网（www.39.net）原创内容，未经授权不得转载，违者必究。",
        "【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】",
        "新华网版权所有，未经书面授权不得转载本网内容。",
        "订阅我们的YouTube频道",
    ],
)
def test_the_chrome_those_rules_are_for_still_goes(line: str) -> None:
    from briefreader.ingest.clean import drop_boilerplate

    assert drop_boilerplate(f"{_BODY}\n{line}") == _BODY


def test_mark_terms_over_a_column_wise_list_make_no_entry(tmp_path, monkeypatch) -> None:
    """is:bookmarked, has:note and is:new went to the predicate loop, which made every
    entry of a ListStore each keystroke (~28 us each: 1,000,000 ~28 s). They are read
    from its id and fingerprint columns; the same masks as the list path."""
    import shutil
    from pathlib import Path

    import briefreader.liststore as liststore
    from briefreader.config import read_config
    from briefreader.library import load_library
    from briefreader.query import IncrementalFilter

    root = Path(__file__).resolve().parents[2]
    folder = tmp_path / "b"
    folder.mkdir()
    for sample in sorted((root / "briefings").glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    config = read_config(root / "config.toml")
    config.briefings, config.cache_dir = folder, tmp_path / "cache"
    load_library(config).close()
    monkeypatch.setattr(liststore, "STORE_MIN", 10**9)
    rows = load_library(config, verify=False)
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    columns = load_library(config, verify=False)
    ids = [b.id for b in rows.briefings]
    fps = [b.fingerprint for b in rows.briefings]

    class Marks:
        def is_bookmarked(self, id: str) -> bool:
            return id in (ids[0], ids[-1])

        def has_note(self, id: str) -> bool:
            return id == ids[1]

        def is_read(self, fingerprint: str) -> bool:
            return fingerprint == fps[0]

        def is_new(self, fingerprint: str) -> bool:
            return fingerprint in (fps[1], fps[2])

    a = IncrementalFilter(rows.briefings, taxonomy=config.topics, marks=Marks(), search=rows.search)
    b = IncrementalFilter(columns.briefings, taxonomy=config.topics, marks=Marks(), search=columns.search)
    made = []
    real = liststore.ListStore._make
    monkeypatch.setattr(liststore.ListStore, "_make", lambda self, i: made.append(i) or real(self, i))
    for q in ("is:bookmarked", "has:note", "is:new", "-is:bookmarked", "is:bookmarked is:unread"):
        expected = a.select(q)
        assert b.select(q) == expected and 0 < expected.count(1) < len(ids), q
    assert made == []
    rows.close()
    columns.close()
