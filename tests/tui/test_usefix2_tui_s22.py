"""Session 22, usefix2: review R14. The display puts U+FE0E after an emoji of two
presentations (▶ ✔ ™ ...), so a paragraph holding one is longer on screen than in the
briefing; a figure jump there highlighted the whole paragraph instead of the figure's
sentence and the figure. Fails on the code before the fix."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.waiting import screen_ready, until

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.screens.main import MainScreen

BEFORE = "✔ 会议通报了上半年情况。"
SENTENCE = "▶ 全市软件业务收入同比增长12.5%，"
AFTER = "增速居全省首位。"


@pytest.mark.parametrize("script", ["hans", "hant"])
async def test_a_figure_jump_highlights_the_figure_in_a_paragraph_with_emoji(sample_config, tmp_path, script) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    body = f"杨浦区软件业上半年运行情况\n\n{BEFORE}{SENTENCE}{AFTER}\n"
    (folder / "brief.txt").write_text(body, "utf-8")
    app = BriefreaderApp(replace(sample_config, briefings=folder))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: screen_ready(app, MainScreen) and app.library is not None, "the list")
        main = app.screen
        await until(pilot, lambda: main.current is not None and main.current.loaded, "the article")
        figures = [f for f in main.current.figures if "12.5%" in f.text]
        assert figures, [f.text for f in main.current.figures]
        if script == "hant":
            await pilot.press("t")  # a char-for-char conversion: offsets still carry over
            await until(pilot, lambda: app.script == "hant", "Traditional")
        article = main.article
        assert article.highlight_figure(figures[0])  # what the side panel's and figures view's jump call
        await until(pilot, lambda: article._highlighted is not None, "the highlight")
        text = article._widgets[article._highlighted]._text
        figure_style = article.get_component_rich_style("article--figure", partial=True)
        sentence_style = article.get_component_rich_style("article--sentence", partial=True)
        styled = {}
        for span in text.spans:
            for name, style in (("figure", figure_style), ("sentence", sentence_style)):
                if span.style == style:
                    styled.setdefault(name, []).append(text.plain[span.start : span.end])
    assert "\ufe0e" in text.plain  # the display's selectors are there (the case R14 is about)
    (figure,) = styled.get("figure", [""])  # the figure as written ("同比增长12.5%"), nothing around it
    assert figure.endswith("12.5%") and "全市" not in figure and "▶" not in figure, styled
    (sentence,) = styled.get("sentence", [])  # its sentence, from the ▶ and its selector on; not the one before
    assert sentence.startswith("▶\ufe0e") and "12.5%" in sentence and "会议" not in sentence, styled


def test_the_metrics_export_writes_the_cells_the_cli_writes(capsys) -> None:
    """Review R8: the TUI's CSV export had its own copy of the cell guard (no number
    spared) and display text (U+FE0E after ™ ✔); both now write safe.csv_cell's cells."""
    import csv

    from briefreader import cli
    from briefreader.index import FigureRow
    from briefreader.tui.screens.metrics_view import series_csv

    row = FigureRow(
        rowid=1, doc=1, id="a", date="2024-01-01", source="Intel™ 新闻", title="=✔ 营收", kind="percent",
        text="-3", en="+1.5%", value=-3.0, unit="", metric="营收", start=0, stop=2,
    )  # fmt: skip
    tui = list(csv.reader(series_csv("营收", [row]).splitlines()))[1]
    cells = [row.date, row.value, row.unit, row.text, row.en, row.id, row.source, row.title]
    cli._csv(["date", "value", "unit", "as written", "English", "id", "source", "title"], [cells])
    printed = list(csv.reader(capsys.readouterr().out.splitlines()))[1]
    assert tui[1:] == printed
    assert printed[3] == "-3" and printed[4] == "'+1.5%" and printed[6] == "Intel™ 新闻" and printed[7] == "'=✔ 营收"
