"""Session 42 (13-dev, issue 13): count precision by kind over every dev and retired set."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _counts(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text) if f.kind == "count"]


# -- a colon's list of names right after a small count is the list's size (FIGURES_GOLD §1, D3's colon half) --


@pytest.mark.parametrize(
    "text",
    [
        # the list ends with its clause, not its sentence (figures22 dev 17)
        "中方代表将重点阐释中国洪水治理管理的三种模式：洪水控制、洪水利用、洪水塑造，倡议各国全面认识。",
        # two names joined by 和 alone (figures16 dev 03)
        "而是因为CPF LIFE另外两个局限性：流动性和政策风险。",
        "报告提出两项原则：公平和效率，并要求落实。",
    ],
)
def test_a_colon_list_of_names_is_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a ranking's list (依次为) is listed by the golds, as 分别/包括's (figures2 dev 28)
        ("人口增长较多的5个省份依次为：广东、浙江、江苏、山东、河南，分别增加21709378人。", ("5个", 5.0, "个")),
        # the names do not number the count: three names after a count of two
        ("两个部门：教育、卫生和民政，负责落实。", ("两个", 2.0, "个")),
        # one name with 和 inside is no list of two (no join in the middle: 和 ends it)
        ("两个问题：如何落实和，仍待研究。", ("两个", 2.0, "个")),
        # a back reference is a count (这两个)
        ("这两个局限性：流动性和政策风险。", ("两个", 2.0, "个")),
    ],
)
def test_a_colon_list_that_does_not_sum_its_names_keeps_the_count(text: str, count: tuple[str, float, str]) -> None:
    assert count in _counts(text)
