"""The list's sort by source orders outlets as a Chinese reader looks them up, in pinyin order (new user s47 U1: it
was by code point, 人民日报 before 半月谈 and 中国新闻网 before 新华社), over a list of briefings and over a column-wise
list alike; digits and Latin letters first, a briefing with no source last."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.configs import folder_config

import briefreader.liststore as liststore
from briefreader.library import load_library
from briefreader.liststore import ListStore
from briefreader.model import Briefing
from briefreader.views import Layout, source_order

# in pinyin order: a, ban, cai, di, feng, guang, huan, jie, lian, nan, ou, peng, ping (蘋), ren, shen, sou, teng, wang,
# xin, yang, zhong, zi
PINYIN = [
    "阿波罗新闻网", "半月谈", "财新", "第一财经", "凤凰网", "光明日报", "环球时报", "界面新闻", "联合早报", "南方周末",
    "欧洲时报", "澎湃新闻", "蘋果日報", "人民日报", "深圳特区报", "搜狐", "腾讯", "网易", "新华社", "央视新闻",
    "中国新闻网", "自由時報",
]  # fmt: skip


def test_outlets_are_in_pinyin_order_latin_and_digits_first_none_last() -> None:
    names = ["", *PINYIN[::-1], "BBC中文网", "36氪"]
    assert sorted(names, key=source_order()) == ["36氪", "BBC中文网", *PINYIN, ""]


def test_latin_names_ignore_case() -> None:
    assert sorted(["reuters", "BBC", "afp"], key=source_order()) == ["afp", "BBC", "reuters"]


def _briefing(n: int, source: str) -> Briefing:
    return Briefing(
        id=f"b{n:02d}", path=f"/b/b{n:02d}.txt", fingerprint=f"f{n}", title=f"第{n}篇", text="正文",
        date=dt.date(2024, 5, 1), date_precision="day", source=source,
    )  # fmt: skip


def test_the_lists_sort_by_source_is_pinyin_order() -> None:
    briefings = [_briefing(n, s) for n, s in enumerate(["", *PINYIN[::-1]])]
    layout = Layout(briefings, sort="source")
    ((_key, _span, members),) = layout._groups
    assert [b.source for b in members] == [*PINYIN, ""]


_OUTLETS = ["人民日报", "新华社", "半月谈", "中国新闻网", "财新", "澎湃新闻"]
_BODY = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳，就业形势保持稳定。"


@pytest.fixture
def store_config(tmp_path: Path):
    folder = tmp_path / "b"
    folder.mkdir()
    for n, outlet in enumerate(_OUTLETS):
        (folder / f"a{n}.txt").write_text(
            f"第{n}号经济运行情况通报\n\n来源：{outlet}\n\n2024年5月{n + 1}日\n\n{_BODY}\n\n{_BODY}\n", encoding="utf-8"
        )
    config = folder_config(tmp_path, folder)
    load_library(config).close()
    return config


def test_a_column_wise_lists_sort_by_source_is_pinyin_order(store_config, monkeypatch) -> None:
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    library = load_library(replace(store_config), verify=False)
    try:
        assert isinstance(library.briefings, ListStore)
        assert sorted(b.source for b in library.briefings) == sorted(_OUTLETS)  # (each file's source read)
        layout = Layout(library.briefings, sort="source")
        shown = [b.source for _key, _span, members in layout._groups for b in members]
        assert shown == sorted(_OUTLETS, key=source_order())
        assert shown == ["半月谈", "财新", "澎湃新闻", "人民日报", "新华社", "中国新闻网"]
    finally:
        library.close()


def test_book_title_and_quotation_marks_are_passed_over() -> None:
    # new user s48 #5: 《求是》 sorted before every Chinese name (the mark is a symbol, placed before the characters)
    key = source_order()
    names = ["人民日报", "《求是》", "半月谈", "「大公報」", "新华社"]
    assert sorted(names, key=key) == ["半月谈", "「大公報」", "《求是》", "人民日报", "新华社"]
