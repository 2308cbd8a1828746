"""Periods are not deadlines, and hostile text extracts in bounded time."""

from __future__ import annotations

import functools

import pytest

from briefreader.figures import extract_figures


def _years(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text) if f.kind == "year"]


@pytest.mark.parametrize(
    "text",
    [
        # dev 01_gmw_space_alcohol: a past trial, not a target
        "几年前，即2011年9月至2014年9月，Nasa赞助了一个试验",
        "2011年9月到2014年9月期间，产量翻番",
        "2023年9月至2025年，累计完成投资",
        "今年1月至2025年，共有",
        "去年至2025年，三年间",
        "2023年第三季度至2025年，订单增长",
        "年初至2025年，股价",
    ],
)
def test_the_second_bound_of_a_period_is_no_deadline(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("到2027年，实现碳达峰", "by 2027"),
        ("力争到2025年底基本建成", "by 2025"),
        ("2025年前完成改造", "by 2025"),
        ("预计至2030年，市场规模", "by 2030"),
        ("计划于2026年6月投产", "by Jun 2026"),  # the month written is said (tester s23 T6)
    ],
)
def test_deadlines_stay_deadlines(text: str, en: str) -> None:
    assert [e for _, e in _years(text)] == [en]


# -- bounded time: compared with normal text of the same size, not asserted as absolute speed

_SIZE = 400_000  # bytes of UTF-8, ~133,000 characters


@functools.cache
def _normal_seconds() -> float:
    return _seconds(_normal_text())


def _normal_text() -> str:
    import tomllib
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures2" / "figures_gold.toml"
    arts = tomllib.loads(gold.read_text(encoding="utf-8"))["article"]
    text = "\n".join(a["text"] for a in arts if a["split"] == "dev")
    return _repeat(text, _SIZE)


def _repeat(unit: str, size: int) -> str:
    n = size // len(unit.encode("utf-8")) + 1
    text = unit * n
    while len(text.encode("utf-8")) > size:
        text = text[: len(text) * 9 // 10]
    return text


def _seconds(text: str) -> float:
    import time

    t0 = time.perf_counter()
    extract_figures(text)
    return time.perf_counter() - t0


@pytest.mark.parametrize("unit", ["2万3千", "1万", "万", "一二三四五六七八九十", "1234567890", "1,234,"])
def test_a_long_numeral_run_costs_less_than_normal_text(unit: str) -> None:
    # every position of 2万3千2万3千… was tried as a figure: 400 KB took ~4 s, 7x normal text
    normal = _normal_seconds()
    hostile_text = _repeat(unit, _SIZE)
    assert extract_figures(hostile_text) == []
    assert _seconds(hostile_text) < normal


def test_a_400kb_adversarial_mix_extracts_in_bounded_time() -> None:
    # dense figure candidates that are not runs (lists, hedges, spaced digits): linear, at
    # most a few times normal text. A generous bound: time is shared on a loaded machine.
    units = ["2万3千，", "1、2、3、", "約約約", "约1", "1 2 3 4 ", "1 万 2 万 ", "1%-", "1项", "数十"]
    part = _SIZE // len(units)
    hostile = "".join(_repeat(u, part) for u in units)
    assert _seconds(hostile) < 15 * _normal_seconds() + 1.0


# -- 个 names nothing: two counts of 个 in one sentence are two figures unless the thing is the same


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("增加 145個住宿和 145個日間訓練名額，加強照顧", 2),  # figures3 dev 38 (LegCo budget)
        ("新增4个国家生态文明建设示范区、4个“两山”实践创新基地。", 2),  # figures3 dev 05
        ("截至目前有12个项目，12个项目已开工。", 1),
        ("共有3家银行，其中3家银行表示同意。", 1),
    ],
)
def test_counts_of_ge_in_one_sentence_are_told_apart_by_what_they_count(text: str, n: int) -> None:
    assert len([f for f in extract_figures(text) if f.kind == "count"]) == n


def test_a_scaled_number_that_is_no_figure_is_tried_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2万3千，2万3千，…: each section was rejected, then its 万, 3千 and 千 tried again (4 tries a
    # section, ~8x normal text's time per byte); now one try a section
    from briefreader.figures import extract as extract_module

    pattern = extract_module.FIGURE_RE
    tries = 0

    class Counting:
        def search(self, text: str, pos: int = 0):  # noqa: ANN201
            nonlocal tries
            tries += 1
            return pattern.search(text, pos)

    monkeypatch.setattr(extract_module, "FIGURE_RE", Counting())
    sections = 200
    assert extract_figures("2万3千，" * sections) == []
    assert tries <= sections + 1


@pytest.mark.parametrize("unit", ["1、2、3、", "1，2，3，", "1 2 3 4 ", "1~2~", "1-2-", "1至2至", "1及2及", "1和"])
def test_a_list_of_bare_numbers_is_not_parsed_number_by_number(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    # dense lists cost 5-15x normal text per byte (session 7): each bare number was read in
    # full (a Quantity, hedges, money and people checks) to find it is no figure. A number
    # with nothing around it that could make it one is now skipped before it is parsed.
    from briefreader.figures import extract as extract_module

    parse = extract_module._quantity
    parsed = 0

    def counting(m):  # noqa: ANN001, ANN202
        nonlocal parsed
        parsed += 1
        return parse(m)

    monkeypatch.setattr(extract_module, "_quantity", counting)
    assert extract_figures(unit * 500) == []
    assert parsed == 0


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("1~2万元", ["1~2万元"]),  # the first bound of a range is still read
        ("人民币 3", ["人民币 3"]),  # a currency word before it
        ("1、200元", ["1、200元"]),  # the spoken pair, read at its second number
        ("分别为1、2家", ["1", "2家"]),
        ("3 至 5万元", ["3 至 5万元"]),
    ],
)
def test_bare_numbers_that_something_makes_a_figure_are_still_read(text: str, figures: list[str]) -> None:
    assert [f.text for f in extract_figures(text)] == figures
