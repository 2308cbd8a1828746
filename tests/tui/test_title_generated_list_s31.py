"""The list shows a title made from the lead (no headline in the source) dimmed, as the article's header
does: a reader scanning the list must not take the lead's first words for the source's headline."""

from __future__ import annotations

from dataclasses import replace

from helpers.waiting import until

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

HEADLINED = (
    "关于开展2025年度智能工厂申报工作的通知\n\n2025年5月6日 上海市经济和信息化委员会\n\n各有关单位：现开展申报工作。\n"
)
LEAD_ONLY = (
    "3月19日下午，地理学院党委组织师生赴区档案馆开展主题党日活动，全体党员参加了活动，"
    "并在活动结束后进行了交流讨论。\n\n大家纷纷表示，要把学习成果转化为工作动力。\n"
)


async def test_a_title_made_from_the_lead_is_dimmed_in_the_list(sample_config, tmp_path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "a_headlined.txt").write_text(HEADLINED, encoding="utf-8")
    (folder / "b_lead_only.txt").write_text(LEAD_ONLY, encoding="utf-8")
    config = replace(sample_config, briefings=folder)
    library = load_library(config, use_cache=False)
    generated = {b.title_generated: b.title for b in library.briefings}
    assert set(generated) == {True, False}, generated
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(100, 24)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        rows = main.briefing_list
        await until(pilot, lambda: rows.size.height > 0 and main.current is not None, "the list")
        await pilot.pause()
        dimmed = rows.get_component_rich_style("briefing-list--title-generated")
        plain = rows.get_component_rich_style("briefing-list--title")
        assert dimmed.italic and dimmed.color != plain.color
        styles: dict[bool, list] = {}
        for y in range(rows.size.height):
            segments = list(rows.render_line(y))
            text = "".join(s.text for s in segments)
            for flag, title in generated.items():
                if title[:6] in text:
                    styles[flag] = [s.style for s in segments if title[:3] in s.text]
        assert set(styles) == {True, False}, styles
        assert all(s is not None and s.italic for s in styles[True])
        assert not any(s is not None and s.italic for s in styles[False])
