"""usefix s26: titles cut alike in the list are told apart; the side panel names the fifth
figure kind (quantities)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from helpers.waiting import until
from textual.app import App, ComposeResult

from briefreader.library import load_library
from briefreader.model import Figure
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.text import crop_apart, crop_cells
from briefreader.tui.widgets.briefing_list import BriefingList
from briefreader.tui.widgets.side_panel import FigureList

# Three notices of one issuer on one day (usefix s25 saw these at 80 columns: the 12 characters
# shown were the same in each, and so were the date and the source under them)
NOTICES = (
    "上海市经济信息化委关于开展2025年度上海市智能工厂申报工作的通知",
    "上海市经济信息化委关于开展2025年度上海市工业互联网标杆申报的通知",
    "上海市经济信息化委关于开展2024年度上海市智能工厂申报工作的通知",
)


def test_a_cut_title_that_would_read_like_its_neighbours_shows_where_it_parts() -> None:
    shown = [crop_apart(t, 28, [o for o in NOTICES if o != t]) for t in NOTICES]
    assert len({crop_cells(t, 28) for t in NOTICES}) == 1  # what the list showed
    assert len(set(shown)) == 3
    assert all(s.startswith("上海市…") for s in shown)  # the issuer, then where it parts
    assert "2024年度" in shown[2]  # a number whole, not 4年度


# The series as listed in tests/data/realworld/dev/s24_01_shanghai_gov_policy_rss_20260415.xml (newest first):
# parting from one neighbour at 2025年 and from another at 上海市 (showing where it parts from the nearest
# alone made 2025年 and 2024年 read 上海市中小企业发展… both), three parting late, at 项目申报 / 项目（
SERIES = (
    "上海市经济信息化委关于开展2025年度上海市工业通信业节能减排和合同能源管理专项资金项目申报工作的通知",
    "上海市经济信息化委关于开展2025年度上海市工业通信业节能减排和合同能源管理专项资金项目（能源管理中心）申报工作的通知",
    "上海市经济信息化委关于开展2025年度上海市工业通信业节能减排和合同能源管理专项资金项目（清洁生产）申报工作的通知",
    "上海市经济信息化委关于开展2025年度上海市工业通信业用能设备更新专项扶持资金项目申报工作的通知",
    "上海市经济信息化委关于开展2025年上海市中小企业发展专项资金项目申报工作的通知",
    "上海市经济信息化委关于开展2024年上海市中小企业发展专项资金项目申报工作的通知",
    "上海市经济信息化委关于开展2024年度 上海市工业通信业节能减排和合同能源管理专项资金项目（清洁生产）申报工作的通知",
)


def test_each_title_of_a_series_shows_its_own_place_among_its_neighbours() -> None:
    for width in (20, 24, 30, 40):
        shown = [
            crop_apart(t, width, [o for j, o in enumerate(SERIES) if j != i and abs(i - j) <= 3])
            for i, t in enumerate(SERIES)
        ]
        assert len(set(shown)) == len(SERIES), (width, shown)
    assert "2024年度" in crop_apart(SERIES[6], 24, SERIES[3:6])


def test_a_title_is_cut_as_before_where_the_cut_tells_it_apart() -> None:
    title = "国务院办公厅关于进一步优化支付服务提升支付便利性的意见"
    assert crop_apart(title, 20, ["国务院关于印发新时代的通知"]) == crop_cells(title, 20)
    assert crop_apart(title, 80, [title]) == title  # it fits: nothing to do
    assert crop_apart(title, 20, [title]) == crop_cells(title, 20)  # the same title: nothing tells them apart


async def test_three_notices_headed_alike_read_differently_in_the_list_at_80_columns(
    sample_config, tmp_path: Path
) -> None:
    folder = tmp_path / "briefings"
    folder.mkdir()
    for n, title in enumerate(NOTICES):
        body = f"各有关单位：{title[9:]}，请按要求申报。第{n}项。" * 3
        (folder / f"n{n}.md").write_text(
            f"---\ntitle: {title}\nsource: 上海市经济和信息化委员会\ndate: 2025-05-06\n---\n{body}\n", encoding="utf-8"
        )
    config = replace(sample_config, briefings=folder)
    library = load_library(replace(config, cache_dir=tmp_path / "cache"), use_cache=False)
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        listing = app.screen.query_one(BriefingList)
        await until(pilot, lambda: listing.briefing_count == 3, "the three rows")
        await pilot.pause()
        shown = ["".join(seg.text for seg in listing.render_line(y)) for y in range(listing.size.height)]
        titles = [line.strip(" •") for line in shown if line.strip(" •").startswith("上海")]
        assert len(titles) == 3 and all(t.endswith("…") for t in titles), shown  # each cut
        assert len(set(titles)) == 3, titles


class _Panel(App[None]):
    def compose(self) -> ComposeResult:
        yield FigureList(id="figures")


async def test_the_side_panel_groups_quantities_under_their_own_heading() -> None:
    figures = [
        Figure(kind="count", text="8000余家", start=0, end=6, value=8000.0, unit="家", en="8,000+ companies"),
        Figure(kind="quantity", text="120万吨", start=10, end=15, value=1.2e6, unit="吨", en="1.2 mn tonnes"),
        Figure(kind="money", text="3000亿元", start=20, end=26, value=3e11, unit="CNY", en="RMB 300 bn"),
    ]
    for language, heading in (("en", "Quantities"), ("zh", "实物量")):
        app = _Panel()
        async with app.run_test(size=(60, 20)) as pilot:
            panel = app.query_one(FigureList)
            panel.set_figures(figures, language, lambda s: s)
            await pilot.pause()
            prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
            # after the counts (side_panel.KIND_ORDER), its figure under it
            assert prompts.index(heading) == prompts.index("120万吨\n1.2 mn tonnes") - 1
            assert prompts.index(heading) > prompts.index("8000余家\n8,000+ companies")


async def test_rows_arriving_on_a_cold_start_do_not_lay_the_screen_out_each_time(
    sample_config, tmp_path: Path, monkeypatch
) -> None:
    """19-perf s25/s26: the cold first screenful at 100k spent ~1 s in ~24 layouts of the whole
    screen while batches of rows arrived: the list's virtual size and the status bar's text each
    asked for one with every batch and every progress count, though neither changes any size."""
    import time

    from textual.widget import Widget

    import briefreader.library as library_module
    from briefreader.tui.screens.main import MainScreen
    from briefreader.tui.widgets.status_bar import StatusBar

    samples = sorted((Path(__file__).resolve().parents[2] / "briefings").glob("*.txt"))
    folder = tmp_path / "b"
    folder.mkdir()
    for i in range(40):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        (folder / f"f{i:04d}.txt").write_text(f"{text}\n第{i}条补充。\n", encoding="utf-8")
    analyse = library_module.analyse

    def slow(path, *args):
        time.sleep(0.03)  # batches of a few rows, as a big folder sends them
        return analyse(path, *args)

    monkeypatch.setattr(library_module, "analyse", slow)
    arrivals: list[int] = []
    arriving = MainScreen._arriving

    def counted_arrival(self, found):
        arrivals.append(len(found))
        return arriving(self, found)

    monkeypatch.setattr(MainScreen, "_arriving", counted_arrival)
    asked: list[str] = []
    refresh = Widget.refresh

    def counted_refresh(self, *regions, layout=False, **kwargs):
        if layout and arrivals and isinstance(self, (StatusBar, BriefingList)):
            asked.append(type(self).__name__)
        return refresh(self, *regions, layout=layout, **kwargs)

    monkeypatch.setattr(Widget, "refresh", counted_refresh)
    app = BriefreaderApp(replace(sample_config, briefings=folder))
    async with app.run_test(size=(120, 36)) as pilot:
        start = time.monotonic()
        while app.library is None:
            assert time.monotonic() - start < 120, "the library never loaded"
            await pilot.pause(0.1)
        await pilot.pause()
        assert app.screen.query_one(BriefingList).briefing_count == 40
    assert len(arrivals) >= 5, arrivals  # rows came in batches
    # the list's scrollbar appearing (once: 40 rows of two lines pass 36 lines) is a layout; nothing else
    assert asked.count("StatusBar") == 0 and asked.count("BriefingList") <= 2, (asked, arrivals)
