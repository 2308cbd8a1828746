"""签 in Traditional: 簽 signs, 籤 is a slip or a lot (session 25; s24's open 免签 -> 免籤)."""

from __future__ import annotations

import pytest

from briefreader.hanzi import to_traditional


@pytest.mark.parametrize("region", ["standard", "hk", "tw"])
def test_signing_words_opencc_does_not_list_are_signed(region):
    # OpenCC's character default for 签 is 籤; each of these came out a lot (免籤, 網籤 ...)
    text = "通过免签入境，二手房网签面积增长，面签、补签、拒签和落地签的人数，会签后签批。"
    out = to_traditional(text, region)
    assert "籤" not in out, out
    for word in ("免簽", "網簽", "面簽", "補簽", "拒簽", "落地簽", "會簽", "簽批"):
        assert word in out, (word, out)


@pytest.mark.parametrize("region", ["standard", "hk", "tw"])
def test_slips_and_lots_keep_their_character(region):
    out = to_traditional("这张标签写着中签率，货签对位，书签和牙签放在签筒旁，去庙里求签。", region)
    for word in ("標籤", "中籤率", "貨籤", "書籤", "牙籤", "籤筒", "求籤"):
        assert word in out, (word, out)


def test_signing_after_a_slip_word_is_decided_on_its_own():
    # 协议书 + 签署: the slip word 书签 read across the two words must not keep a 籤 OpenCC did not give
    assert to_traditional("双方在协议书签署仪式上签了字。") == "雙方在協議書簽署儀式上簽了字。"


@pytest.mark.parametrize("region", ["hk", "tw"])
def test_a_slip_word_across_two_words_is_no_slip(region):
    # review s25 R7: 中签 found as a substring in 集中签批 / 活动中签售 kept OpenCC's 籤 for signing
    for text, signed in (("集中签批", "簽批"), ("集中签售", "簽售"), ("活动中签售新书", "簽售")):
        assert signed in to_traditional(text, region), (text, to_traditional(text, region))
    # jieba keeps 中签 apart (中|签): over whole words it is still a winning lot
    assert "中籤" in to_traditional("新股中签后缴款", region)
