"""The side panel says how a bare 元 was read (issue 13): one dim line under Money, from the
briefing's region, only when it matters; the region's reason is untrusted text (Pilot)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from helpers.waiting import until

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.side_panel import FigureList

SIZE = (120, 36)

HK = """---
title: 政府公布財政預算
source: {source}
date: 2025-02-26
---
財政司司長今日公布新一年度財政預算案，預計本年度赤字為1000億元，政府將向每名合資格市民發放5000元消費券。
"""
USD = """---
title: 公司融資
source: 明報
date: 2025-02-26
---
該公司宣布完成新一輪融資，金額達5000萬美元，投資者包括多家基金。
"""
MAINLAND = """---
title: 软件业营收
date: 2025-02-26
---
2024年，杨浦区软件和信息服务业营收超过3000亿元，集聚数字经济企业8000余家。
"""
UNKNOWN = """---
title: 公司營收
date: 2025-02-26
---
該公司今年營收達5000萬元，較去年增長一成。
"""


def one_briefing(sample_config, tmp_path: Path, text: str):
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "a.md").write_text(text, encoding="utf-8")
    config = replace(sample_config, briefings=folder)
    return config, load_library(replace(config, cache_dir=tmp_path / "cache"), use_cache=False)


def money_lines(app: BriefreaderApp) -> list[str]:
    """The plain text of the figure list's options, from the Money heading on."""
    figures = app.screen.query_one(FigureList)
    return [str(figures.get_option_at_index(i).prompt) for i in range(figures.option_count)]


def screen_text(app: BriefreaderApp) -> str:
    strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def shown(sample_config, tmp_path: Path, text: str, *keys: str) -> tuple[list[str], str]:
    config, library = one_briefing(sample_config, tmp_path, text)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.screen.query_one(FigureList).option_count > 0, "the figures")
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        return money_lines(app), screen_text(app)


async def test_a_hong_kong_outlets_bare_yuan_is_said_to_be_read_as_hkd(sample_config, tmp_path):
    lines, screen = await shown(sample_config, tmp_path, HK.format(source="明報"))
    assert lines[0] == "Money"
    # the reason is region.py's (13-region may add words to it): the source comes first
    assert lines[1].startswith("元 read as HKD: source 明报")
    assert lines[2].startswith("1000亿元\nHKD 100 bn")
    assert sum("read as" in line for line in lines) == 1  # once, not per figure
    assert "元 read as HKD: source 明" in screen


async def test_the_chinese_ui_translates_the_fixed_words(sample_config, tmp_path):
    lines, screen = await shown(sample_config, tmp_path, HK.format(source="明報"), "L")
    assert lines[0] == "金额"
    assert lines[1].startswith("元按 HKD 计：source 明报")
    assert "元按 HKD 计" in screen


async def test_an_explicit_currency_needs_no_line(sample_config, tmp_path):
    lines, _ = await shown(sample_config, tmp_path, USD)
    assert lines[0] == "Money"
    assert lines[1].startswith("5000万美元\nUSD 50 mn")
    assert not any("元 read as" in line or "not converted" in line for line in lines)


async def test_renminbi_in_a_simplified_text_needs_no_line(sample_config, tmp_path):
    lines, _ = await shown(sample_config, tmp_path, MAINLAND)
    assert lines[1].startswith("超过3000亿元\nover RMB 300 bn")
    assert not any("元 read as" in line for line in lines)


async def test_a_bare_yuan_of_no_known_region_is_said_not_converted(sample_config, tmp_path):
    lines, _ = await shown(sample_config, tmp_path, UNKNOWN)
    assert lines[1].startswith("元 not converted: Traditional script")
    assert lines[2].startswith("5000万元\n")


async def test_markup_in_a_source_appears_literally(sample_config, tmp_path):
    lines, screen = await shown(sample_config, tmp_path, HK.format(source="'[b]明報[/b]'"))
    assert "元 read as HKD: source [b]明报[/b]" in lines[1]
    assert "[b]明" in screen  # on screen as typed, not bold text without its brackets


async def test_the_line_is_cut_to_the_panels_width(sample_config, tmp_path):
    config, library = one_briefing(sample_config, tmp_path, HK.format(source="明報"))
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.query_one(FigureList).option_count > 0, "the figures")
        await pilot.press("s")  # the side panel, as a tab at 80 columns
        await pilot.pause()
        rows = [row for row in screen_text(app).splitlines() if "read as" in row]
        assert len(rows) == 1 and rows[0].rstrip().endswith("…"), rows
        assert len(rows[0]) <= 80
