"""Session 33 figures (issue 13): what figures30's retired split (dev-retired28) showed the extractor lacked.

Its money and percent were far below every other set (money P 28/44, percent P 29/41) for one reason: a Hong Kong
wire service writes its decimal point as ﹒ (U+FE52 SMALL FULL STOP, Big5's A144), which the extractor did not read, so
１７﹒５億元 was read as ５億元 and ６８﹒９％ as ９％ (a wrong value, not a power of ten), and the same full stop in its
currency note （美元．下同） hid the note. Every full stop whose compatibility form is "." is a decimal point, as the
full-width ． already was; a middle dot (3·15, ‧) is not.
"""

from __future__ import annotations

from briefreader.figures import extract_figures, parse_number


def _figs(text: str, region: object = None) -> list[tuple[str, str, float, str]]:
    return [(f.kind, f.text, f.value, f.unit) for f in extract_figures(text, region=region)]  # type: ignore[arg-type]


# -- the small full stop ﹒ between digits is a decimal point


def test_a_small_full_stop_is_a_decimal_point_in_a_sum() -> None:
    got = _figs("該公司指，全年營業額３２﹒６億元，較去年多。", "hk")
    assert ("money", "３２﹒６億元", 3.26e9, "HKD") in got
    assert not any(f[2] in (6e8, 600000000.0) for f in got)  # not the 6億元 after the point


def test_a_small_full_stop_is_a_decimal_point_in_a_percent_and_a_change() -> None:
    got = _figs("毛利率為２５﹒４％，按年跌３﹒２個百分點，股價升１﹒５％。", "hk")
    assert ("percent", "２５﹒４％", 25.4, "%") in got
    assert [f for f in got if f[3] == "pp"] and [f for f in got if f[3] == "pp"][0][2] == -3.2
    assert any(f[2] == 1.5 and f[3] == "%" for f in got)
    assert not any(f[2] in (4.0, 2.0, 5.0) for f in got)


def test_a_small_full_stop_in_ascii_digits_and_a_count() -> None:
    got = _figs("集團回購約１２﹒８萬股，涉資3﹒75億港元。", "hk")
    assert ("count", "約１２﹒８萬股", 128000.0, "股") in got
    assert any(f[0] == "money" and f[2] == 3.75e8 and f[3] == "HKD" for f in got)


def test_parse_number_reads_the_small_full_stop() -> None:
    assert parse_number("１７﹒５億") == 1.75e9
    assert parse_number("３﹒２") == 3.2
    assert parse_number("2\u20245") == 2.5  # ONE DOT LEADER, NFKC "."


# -- a currency note whose mark is a full stop binds the bare sums after it


def test_a_note_with_a_full_stop_binds_the_bare_sums_after_it() -> None:
    text = (
        "某晶片公司公布，首季純利約４５６﹒７萬元（美元．下同），每股盈利２美仙。營業收入８﹒９億元，同比升５﹒１％。"
    )
    money = [f for f in _figs(text, "hk") if f[0] == "money"]
    assert ("money", "約４５６﹒７萬元", 4567000.0, "USD") in money
    assert ("money", "８﹒９億元", 8.9e8, "USD") in money
    assert not any(f[3] == "HKD" for f in money)


def test_a_note_with_an_ascii_full_stop_binds_too() -> None:
    money = [f for f in _figs("公司盈利約12.5億元（人民幣.下同），收入40億元。", "hk") if f[0] == "money"]
    assert [f[3] for f in money] == ["CNY", "CNY"]


# -- guards: what read right before reads the same


def test_a_middle_dot_between_digits_is_no_decimal_point() -> None:
    # 3·15 (the consumer-rights day) and the Taiwan 5‧20 are dates and names, not 3.15 or 5.2
    got = _figs("今年3·15晚會曝光多家企業，罰款200萬元。5‧20就職典禮後，股價升3%。", "taiwan")
    assert not any(f[2] in (3.15, 5.2) for f in got)
    assert any(f[0] == "money" and f[2] == 2e6 for f in got)


def test_the_full_width_full_stop_still_reads() -> None:
    got = _figs("營業額３２．６億元，增長１．５％。", "hk")
    assert ("money", "３２．６億元", 3.26e9, "HKD") in got
    assert any(f[0] == "percent" and f[2] == 1.5 for f in got)


def test_a_note_with_a_comma_still_binds() -> None:
    money = [f for f in _figs("盈利約12.5億元（美元，下同），收入40億元。", "hk") if f[0] == "money"]
    assert [f[3] for f in money] == ["USD", "USD"]
