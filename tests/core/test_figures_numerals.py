"""Guards Chinese and Arabic number parsing, table-driven."""

from __future__ import annotations

import pytest

from briefreader.figures.numerals import (
    cn_approx_pair,
    is_bare_scale,
    parse_arabic,
    parse_chinese,
    parse_number,
    scale_factor,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("两", 2),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十五", 25),
        ("一百", 100),
        ("百", 100),
        ("一百零五", 105),
        ("一千二百", 1200),
        ("一千零五", 1005),
        ("三千", 3000),
        ("三千五", 3500),
        ("一万二", 12000),
        ("万", 10_000),
        ("三千亿", 3e11),
        ("千亿", 1e11),
        ("一万亿", 1e12),
        ("万亿", 1e12),
        ("十万亿", 1e13),
        ("两亿三千万", 2.3e8),
        ("三千五百万", 3.5e7),
        ("十五", 15),
        ("二〇二四", 2024),
        ("二零二四", 2024),
        ("〇", 0),
        ("零", 0),
        ("十二点五", 12.5),
        ("三点一四", 3.14),
        ("零点五", 0.5),
    ],
)
def test_parse_chinese(text: str, value: float) -> None:
    assert parse_chinese(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "三四", "二三百", "点五", "十点", "abc", "元"])
def test_parse_chinese_rejects(text: str) -> None:
    assert parse_chinese(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("3,000", 3000), ("15.3", 15.3), ("1,234,567.5", 1234567.5), ("0", 0), ("8000", 8000)],
)
def test_parse_arabic(text: str, value: float) -> None:
    assert parse_arabic(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("num", "scale", "value"),
    [
        ("1.5", "万", 15_000),
        ("1.5", "万亿", 1.5e12),
        ("3000", "亿", 3e11),
        ("3", "千亿", 3e11),
        ("6.74", "", 6.74),
        ("3,000", "", 3000),
        ("三千", "亿", 3e11),
        ("50", "万", 500_000),
    ],
)
def test_parse_number_with_scale(num: str, scale: str, value: float) -> None:
    assert parse_number(num, scale) == pytest.approx(value)


def test_scale_factor() -> None:
    assert scale_factor("万亿") == 10**12
    assert scale_factor("千亿") == 10**11
    assert scale_factor("x") is None


def test_approx_pairs_and_bare_scales() -> None:
    assert cn_approx_pair("三四") == (3, 4)
    assert cn_approx_pair("七八") == (7, 8)
    assert cn_approx_pair("三五") is None
    assert is_bare_scale("万") and is_bare_scale("千亿")
    assert not is_bare_scale("一万") and not is_bare_scale("十")
