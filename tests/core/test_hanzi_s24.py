"""usefix s24: Traditional in every region keeps the word-by-word conversion and the phrase
fixes, and shows the source's words (no regional vocabulary)."""

from __future__ import annotations

import pytest

from briefreader.hanzi import to_traditional

SENTENCE = "他被发明家的专利吸引，收入折合人民币三千万元，香港回归祖国后来此定居。"


@pytest.mark.parametrize("region", ["standard", "hk", "tw"])
def test_a_vocabulary_word_of_another_length_does_not_undo_the_fixes(region: str) -> None:
    # 互联网 is 網際網路 under tw: four characters for three
    shown = to_traditional("互联网行业里，" + SENTENCE, region)
    assert "被發明" in shown and "被髮明" not in shown  # word by word (OpenCC issue #1497)
    assert "折合" in shown and "摺合" not in shown  # PHRASE_FIXES
    assert "回歸祖國" in shown
    assert shown.endswith(to_traditional(SENTENCE, region))  # the same as without the word


def test_the_taiwan_region_shows_the_sources_words_in_taiwans_characters() -> None:
    # no regional vocabulary (s2twp's IT glossary rewrote policy words: tester s24 T16)
    shown = to_traditional("印发文件，依照法定程序，保障经济运行，持续优化服务，互联网一只猫", "tw")
    assert shown == "印發文件，依照法定程序，保障經濟運行，持續優化服務，互聯網一隻貓"
    assert (
        to_traditional("台湾的裏面", "tw")
        == to_traditional("台湾的裏面", "standard")
        != to_traditional("台湾的裏面", "hk")
    )


def test_market_entry_keeps_its_permit_character_in_every_region() -> None:
    for region in ("standard", "hk", "tw"):
        shown = to_traditional("放宽市场准入，降低准入门槛。", region)
        assert "市場准入" in shown and "準入" not in shown, region
    assert "標準入門" in to_traditional("标准入门")  # 準 (standard) where it is one


def test_a_sources_forms_are_learnt_from_its_text_not_its_inlined_resources() -> None:
    from briefreader.hanzi import LEARN_CHARS, _learnable

    text = "政府公布三億元啓動資金。\n" * 2
    page = "<style>" + "QUJD" * LEARN_CHARS + "</style><p>" + text + "</p>"
    assert _learnable(page) == "政府公布三億元啓動資金。\n政府公布三億元啓動資金。"
    long = "啓動資金。\n" * LEARN_CHARS  # a long source of text alone: its beginning, as before
    assert _learnable(long) == long[:LEARN_CHARS]
