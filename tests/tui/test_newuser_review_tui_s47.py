"""Guards what review47's new-user pass (session 47, 80x24 in tmux; /work/notes/s47_review47.md) fixed of the
known newuser s46 notes.

N8: at 80 columns the article header's script badge ("Simplified · source Traditional", on every Traditional
source shown in Simplified) was broken inside by the terminal's word wrap: "Simplified · source" ended the meta
line and "Traditional" began the next. The badge now starts a line of its own when the line is too narrow for it.
N10: ``o`` (and ``show --original``) on a JSON story headed its text "[the text of this HTML page, markup removed]":
the HTML is a record's body in a JSON file, no page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli import cli
from helpers.waiting import until

from briefreader.config import load_config
from briefreader.library import load_library
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen
from briefreader.tui.widgets.article import MetaLine

_TRADITIONAL = (
    "區議員宣誓也讓路 何事咁重要\n\n2021年6月22日 蘋果日報\n\n"
    + "涉及區議員宣誓的條例，早於個多月前已在立法會三讀通過。特首今稱，還需一段時間，料下月才宣誓。\n\n" * 4
)
_BADGE = "Simplified · source Traditional"


def _config(tmp_path: Path):
    root = tmp_path / "b"
    root.mkdir()
    (root / "story.txt").write_text(_TRADITIONAL, encoding="utf-8")
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    return load_config(config_path)


async def _meta_lines(tmp_path: Path, size: tuple[int, int], then: tuple[int, int] | None = None) -> list[str]:
    config = _config(tmp_path)
    library = load_library(config)
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=size) as pilot:
            main = app.screen_stack[0]
            assert isinstance(main, MainScreen)
            await until(pilot, lambda: main.briefing_list.highlighted is not None, "the list")
            await until(pilot, lambda: bool(main.article.query(MetaLine)), "the article's meta line")
            await pilot.pause()
            if then is not None:  # the terminal resized with the article shown
                await pilot.resize_terminal(*then)
                await pilot.pause()
            meta = main.article.query_one(MetaLine)
            return [strip.text.rstrip() for strip in meta.render_lines(meta.region.reset_offset)]
    finally:
        library.close()


async def test_n8_the_script_badge_is_never_broken_at_80_columns(tmp_path: Path) -> None:
    lines = await _meta_lines(tmp_path, (80, 24))
    assert any(_BADGE in line for line in lines), lines  # whole, on a line of its own
    assert any("2021-06-22" in line for line in lines), lines


async def test_n8_the_badge_is_laid_out_again_when_the_terminal_narrows(tmp_path: Path) -> None:
    lines = await _meta_lines(tmp_path, (240, 40), then=(80, 24))
    assert any(_BADGE in line for line in lines), lines


async def test_n8_a_wide_terminal_keeps_the_badge_beside_the_date(tmp_path: Path) -> None:
    lines = await _meta_lines(tmp_path, (240, 40))
    assert any("2021-06-22" in line and _BADGE in line for line in lines), lines


_STORY = {
    "headlines": {"basic": "區議員宣誓也讓路 何事咁重要"},
    "display_date": "2021-06-22T10:00:00Z",
    "content_elements": [
        {"type": "text", "content": "<p>涉及區議員宣誓的條例，早於個多月前已在立法會三讀通過。</p>"},
        {"type": "text", "content": "<p>特首今稱，還需一段時間，料下月才宣誓，一切都與黨慶有關。</p>"},
    ],
}


@pytest.mark.parametrize(("name", "data", "head"), [("story.json", _STORY, "[the text of this record's HTML")])
def test_n10_a_json_storys_original_view_is_no_html_page(
    cli_env: Path, capsys, name: str, data: dict, head: str
) -> None:
    folder = cli_env / "json"
    folder.mkdir()
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = cli(capsys, "--briefings", str(folder), "show", "story", "--original")
    assert code == 0 and "涉及區議員宣誓" in out, out
    assert "HTML page" not in out and head in out, out[:200]
