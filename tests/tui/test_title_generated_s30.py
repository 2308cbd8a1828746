"""A title made from the lead (no headline in the source, PRODUCT.md 3.6) is shown dimmed in the
article's header and the meta line says where it came from: it must not read as the source's headline."""

from __future__ import annotations

from dataclasses import replace

from helpers.waiting import until

from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

# a notice whose first line is its headline, and a release that opens straight with its lead (the shape of
# dev/s29_01: a Word release with no headline anywhere)
HEADLINED = (
    "关于开展2025年度智能工厂申报工作的通知\n\n2025年5月6日 上海市经济和信息化委员会\n\n各有关单位：现开展申报工作。\n"
)
LEAD_ONLY = (
    "3月19日下午，地理学院党委组织师生赴区档案馆开展主题党日活动，全体党员参加了活动，"
    "并在活动结束后进行了交流讨论。\n\n大家纷纷表示，要把学习成果转化为工作动力。\n"
)


async def test_a_title_made_from_the_lead_is_dimmed_and_said_to_be(sample_config, tmp_path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "a_headlined.txt").write_text(HEADLINED, encoding="utf-8")
    (folder / "b_lead_only.txt").write_text(LEAD_ONLY, encoding="utf-8")
    config = replace(sample_config, briefings=folder)
    library = load_library(config, use_cache=False)
    made = {b.id: b for b in library.briefings}
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.screen_stack[0]
        assert isinstance(main, MainScreen)
        seen: dict[bool, tuple[bool, str]] = {}
        for n in range(2):
            await until(pilot, lambda: main.current is not None and main.current.loaded, "the article")
            await pilot.pause()
            current = main.current
            title = main.article.query(".article-title").first()
            meta = str(main.article.query(".article-meta").first().render())
            seen[current.title_generated] = (title.has_class("-generated"), meta)
            if n:
                break
            await pilot.press("j")
            await until(pilot, lambda: main.current is not None and main.current is not current, "the next one")
        assert set(seen) == {True, False}, made  # one of each, read in full
        assert seen[True][0] and "no headline" in seen[True][1]  # (session 49: was "title from the lead", U10)
        assert not seen[False][0] and "no headline" not in seen[False][1]
