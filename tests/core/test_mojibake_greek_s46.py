"""A Greek letter before a digit or a formula's mark is a variable in scientific Chinese, not mojibake (tester s46
N4: dev s20_02's η1 and η* made a false "damaged text" problem)."""

from __future__ import annotations

import pytest

from briefreader.ingest.mojibake import find_damage


@pytest.mark.parametrize("text", ["设定学习率η1和η*之间的关系", "方差σ²与均值μ1的比值", "取α=0.05时检验β_1的显著性"])
def test_variables_are_no_damage(text: str):
    assert find_damage(text) == []


@pytest.mark.parametrize("text", ["鍙傛暟θ鎴愬姛μ鐨勫疄", "这是Д错码ж的文字"])
def test_letters_glued_into_garbled_text_still_are(text: str):
    assert find_damage(text)
