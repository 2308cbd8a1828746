"""Session 34 figures (issue 13): what the dev sets and figures33's retired split (dev-retired29) showed.

Each rule is a general one (what a phrase IS), checked across every dev and retired figure set (none may lose).
"""

from __future__ import annotations

from briefreader.figures import extract_figures


def _figs(text: str, region: object = "mainland") -> list[tuple[str, str, float, str]]:
    return [(f.kind, f.text, f.value, f.unit) for f in extract_figures(text, region=region)]  # type: ignore[arg-type]


# -- a block's number before its stairwell (单元) is an address, no count


def test_a_block_then_its_stairwell_is_an_address() -> None:
    assert not [f for f in _figs("蓝色钱江公寓2幢1单元1802室突发火情。") if f[0] == "count"]
    assert not [f for f in _figs("该小区3栋2单元发生漏水。") if f[0] == "count"]
    # a count of blocks with no stairwell after it is still one
    assert ("count", "2幢", 2.0, "幢") in _figs("小区共有2幢住宅楼。")


# -- the size of a cut named as a noun (下调幅度, 调降幅度) signs the percent after it


def test_the_size_of_a_cut_is_a_fall() -> None:
    got = _figs("营收预期调整为181亿元到182亿元之间，下调幅度超10%。")
    assert [f for f in got if f[0] == "percent"] == [("percent", "下调幅度超10%", -10.0, "%")]
    assert ("percent", "调降幅度达5%", -5.0, "%") in _figs("此次调降幅度达5%。")


# -- two quoted names joined by 和, then 两 + a measure word: the number sums the names (FIGURES_GOLD 1, D3)


def test_two_quoted_names_then_their_number_is_no_count() -> None:
    assert not [f for f in _figs("倾斜范围增加“托育”和“护理”两个专业。") if f[0] == "count"]
    # unquoted phrases joined by 和 may be two things of which the number counts one (葡萄酒与饮料2条生产线): kept
    assert [f for f in _figs("新建葡萄酒与饮料两条生产线。") if f[0] == "count"]
    # three quoted names and 两个: not the names' number
    assert [f for f in _figs("“甲”和“乙”以外，另设两个专业。") if f[0] == "count"]
