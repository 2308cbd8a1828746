"""The list's sort by title orders titles as the sort by source orders outlets, in pinyin (new user s48 U3: it was
code-point order, in 2023-03 习近平… 全国首创… 国务院… 弘扬… 智慧… 自然…, and 行政院… before 调查…); one key for both
(views.collation_key), over a list of briefings and a column-wise list alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from helpers.configs import folder_config

import briefreader.liststore as liststore
from briefreader.library import load_library
from briefreader.liststore import ListStore
from briefreader.model import Briefing
from briefreader.views import Layout, collation_key, collation_keys, source_order

# the new user's month, in pinyin: guo, hong, quan, xi, zhi, zi
TITLES = [
    "国务院常务会议部署稳就业",
    "弘扬科学家精神",
    "全国首创数据交易规则",
    "习近平出席会议",
    "智慧城市建设",
    "自然资源部通报",
]


def _briefing(n: int, title: str, source: str = "") -> Briefing:
    return Briefing(
        id=f"b{n:02d}", path=f"/b/b{n:02d}.txt", fingerprint=f"f{n}", title=title, text="正文",
        date=dt.date(2023, 3, 1), date_precision="day", source=source,
    )  # fmt: skip


def test_titles_sort_in_pinyin_not_code_point_order() -> None:
    shuffled = [TITLES[3], TITLES[2], TITLES[0], TITLES[1], TITLES[4], TITLES[5]]  # the new user's order
    assert sorted(shuffled) != TITLES  # (code point order is not pinyin here)
    layout = Layout([_briefing(n, t) for n, t in enumerate(shuffled)], sort="title")
    ((_key, _span, members),) = layout._groups
    assert [b.title for b in members] == TITLES


def test_traditional_titles_are_read_in_simplified_and_marks_passed_over() -> None:
    # 調 (diao) before 行 (xing): 行政院 came first by code point; 《求是》's mark is not its first letter
    titles = ["行政院會議通過預算", "《求是》雜誌發表文章", "調查報告出爐", "2023年工作報告", "Apple發布新品"]
    assert sorted(titles, key=collation_key) == [
        "2023年工作報告", "Apple發布新品", "調查報告出爐", "《求是》雜誌發表文章", "行政院會議通過預算",
    ]  # fmt: skip


def test_keys_made_together_are_each_ones_own_and_the_sources_too() -> None:
    names = ["蘋果日報", "半月谈", "", "a\nb", "𠀋字", "ＡＢＣ", "《个人.家庭.数位化》", "\x00國", "自由時報"]
    assert collation_keys(names) == [collation_key(n) for n in names]
    key = source_order()
    assert [key(n)[1] for n in names] == [collation_key(n) for n in names]
    # a character GB2312 lacks after every one it has; an empty title first
    assert sorted(["𠀋", "齄", "啊", ""], key=collation_key) == ["", "啊", "齄", "𠀋"]


_BODY = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳，就业形势保持稳定。"


def test_a_column_wise_lists_sort_by_title_is_pinyin_order(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    for n, title in enumerate(TITLES[::-1]):
        (folder / f"a{n}.txt").write_text(f"{title}\n\n2023年3月{n + 1}日\n\n{_BODY}\n\n{_BODY}\n", encoding="utf-8")
    config = folder_config(tmp_path, folder)
    load_library(config).close()
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    library = load_library(replace(config), verify=False)
    try:
        assert isinstance(library.briefings, ListStore)
        assert sorted(b.title for b in library.briefings) == sorted(TITLES)  # (each file's title read)
        for by in ("date", "topic"):
            layout = Layout(library.briefings, by, sort="title")
            for _key, _span, members in layout._groups:
                shown = [b.title for b in members]
                assert shown == sorted(shown, key=collation_key)
        ((_key, _span, members),) = Layout(library.briefings, sort="title")._groups
        assert [b.title for b in members] == TITLES
    finally:
        library.close()
