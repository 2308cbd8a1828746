"""Session 23 (13-dev): a Republic of China year as a region cue, a 兆 sum spaced apart from its 億 part."""

from __future__ import annotations

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region


def _money(text: str, region: str | None = None) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]


def test_a_roc_year_is_a_region_cue_with_its_reason() -> None:
    # an audit digest whose only Taiwan cue is its 民國 year (figures18 dev 01): its bare 億元 are TWD, not "yuan"
    text = "民國101年度中央政府總決算審核報告擇要\n本年度歲入決算審定 610 億餘元。"
    region = detect_region(text, script="hant")
    assert (region.name, region.currency) == ("tw", "TWD")
    assert "民國101年" in region.reason or "民国101年" in region.reason
    assert [(u) for _, _, u in _money(text)] == ["TWD"]
    # a budget year alone (101年度, no 民國) is a date of that calendar too: a smaller vote, its reason kept
    assert detect_region("本府101年度預算。", script="hant").name == "unknown"
    both = detect_region("台鐵101年度預算。", script="hant")
    assert both.name == "tw" and "101年度" in both.reason


def test_no_roc_cue_from_history_or_a_mainland_text() -> None:
    # 民國 years below 100 are history, written on the mainland too; a Simplified mainland text quoting a 民国 year
    # gets no Taiwan currency from it alone
    assert detect_region("民國38年政府遷台。", script="hant").name != "tw"
    assert detect_region("他生于民国十年，2012年度获奖。", script="hans").name == "mainland"
    assert detect_region("成立于2012年度").name == "mainland"


def test_a_trillion_spaced_from_its_lower_section_is_one_sum() -> None:
    # PDF text layers put spaces between 兆 and its 億 part: one amount (1.6683 兆), not 6,683億 alone
    assert _money("歲入決算審定 1 兆 6,683億餘元，較預算短收 610 億餘元。", region="tw") == [
        ("1 兆 6,683億餘元", 1668300000000.0, "TWD"),
        ("610 億餘元", 61000000000.0, "TWD"),
    ]
    assert _money("歲出決算審定 1 兆8,824 億餘元。", region="tw") == [("1 兆8,824 億餘元", 1882400000000.0, "TWD")]
    assert _money("總收入 3 兆 5,753 億餘元。", region="tw") == [("3 兆 5,753 億餘元", 3575300000000.0, "TWD")]


def test_spaces_inside_a_number_stay_bounded() -> None:
    # a list of sums is not one sum: a larger section under a smaller one, or a gap of more than two spaces, ends it
    assert [v for _, v, _ in _money("收入 1 兆元、5 億元。", region="tw")] == [1e12, 5e8]
    assert [v for _, v, _ in _money("1 兆   6,683億元", region="tw")] == [668300000000.0]
    assert [v for _, v, _ in _money("3亿 5亿元")] == [500000000.0]


def _counts(text: str) -> list[str]:
    return [f.en for f in extract_figures(text) if f.kind == "count"]


def test_jia_says_the_noun_it_counts_else_a_neutral_one() -> None:
    # tester s22 T10: 家 was always "companies", hotels too (仅在日本就有将近4万家, after a sentence on hotels)
    assert _counts("日本的情趣酒店很多。仅在日本就有将近4万家，") == ["nearly 40,000 establishments"]
    assert _counts("仅在日本就有将近4万家情趣酒店。") == ["nearly 40,000 hotels"]  # named after it
    assert _counts("日本情趣酒店将近4万家。") == ["nearly 40,000 hotels"]  # named right before it
    assert _counts("全市有银行30家。") == ["30 banks"]
    assert _counts("集聚企业8000余家，") == ["8,000+ companies"]
    # words after it (not a noun it counts) leave the clause before to another phrase: the neutral noun
    assert _counts("集聚企业8000余家规划面积6.74平方公里") == ["8,000+ establishments"]


def _pcts(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text) if f.kind == "percent"]


def test_latin_basis_points_after_a_rate_word() -> None:
    # tester s22 T19: 'MLF利率下调10bp' gave nothing; bp is a hundredth of a point, as 基点 is
    assert _pcts("MLF利率下调10bp。") == [("下调10bp", -0.1, "pp")]
    assert _pcts("1年期LPR下调10bp至3.35%。") == [("下调10bp", -0.1, "pp"), ("3.35%", 3.35, "%")]
    assert _pcts("十年期国债收益率下行10 bps，") == [("下行10 bps", -0.1, "pp")]
    # no rate word (a pip of an exchange rate, a share's move), or a Latin word that starts with bp: nothing
    assert _pcts("人民币中间价下调50bp。") == []
    assert _pcts("该股涨10bp。") == []
    assert _pcts("利率下调10bpx。") == []


def test_a_run_of_plain_numbers_is_not_read_number_by_number(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # T8 (bounded time): a table of unit-less numbers cost a full reading per number (~20 µs each, 0.27 MB/s); the
    # middle of a run is skipped, its ends read (a money word before it, a unit or a grouping after it)
    from briefreader.figures import extract as extract_mod

    calls = 0
    real = extract_mod._quantity

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(extract_mod, "_quantity", counted)
    rows = "\n".join(" ".join(f"{(r * 13 + c) * 7919 % 99991}.{c}" for c in range(10)) for r in range(100))
    assert extract_figures(rows) == []
    assert calls < 50  # of 1,000 numbers
    calls = 0
    text = "营业收入 12345 23456 " + rows + " 1 234 567名，增长 1 2 3 4 5 6 7 8 9 10 11 12 13 3.5%"
    assert [(f.text, f.en) for f in extract_figures(text)] == [
        ("12345", "RMB 12,345"),
        ("23456", "RMB 23,456"),
        ("1 234 567名", "1.2346 mn people"),
        ("3.5%", "3.5%"),
    ]
    assert calls < 80


def test_the_words_that_date_a_year_are_one_table() -> None:
    # code health (s22 notes): _PAST_MARK_RE, _FOUNDED_MARK_RE and _AHEAD_MARK_RE were three hand-kept regexes; one
    # table now, read in one pass, each word found as its own kind
    from briefreader.figures import extract as extract_mod

    assert not any(hasattr(extract_mod, n) for n in ("_PAST_MARK_RE", "_FOUNDED_MARK_RE", "_AHEAD_MARK_RE"))
    for kind, marks in extract_mod._TIME_MARKS.items():
        for word, _ in marks:
            m = extract_mod._TIME_MARK_RE.fullmatch(word)
            assert m is not None and m.lastgroup == kind, word
    years = [
        f.en for f in extract_figures("到2030年才能实现碳达峰。该会直到1993年才成立。") if f.kind in ("year", "date")
    ]
    assert years == ["by 2030", "1993"]


def test_the_verbs_that_say_no_direction_of_an_amount_are_one_table() -> None:
    # code health (s22 notes): _amount_moved's special cases (a word list, pairs with the character before, a count-only
    # pair) are one table, (verb, character before or "") -> the kinds it holds for
    from briefreader.figures import extract as extract_mod

    assert not hasattr(extract_mod, "_NOT_AMOUNT_MOVES")
    table = extract_mod._NO_DIRECTION
    assert table[("提升", "")] == {"count"} and table[("增", "新")] >= {"money", "count", "area"}

    def en(text: str) -> list[str]:
        return [f.en for f in extract_figures(text) if f.kind in ("money", "count")]

    assert en("改造提升25个养老机构。") == ["25 institutions"]  # an upgrade, no change of their number
    assert en("居民收入提升2.5万元。") == ["up RMB 25,000"]  # (count only: a sum raised is a move)
    assert en("新增300家企业。") == ["300 companies"]
    assert en("损失300亿元。") == ["RMB 30 bn"]
    assert en("就业人数减少12万人。") == ["down 120,000 people"]
    assert en("增加为300人。") == ["300 people"]  # a level reached
