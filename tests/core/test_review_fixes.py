"""Fixes from the review of session 8 (text, export): each case fails on the old code."""

from __future__ import annotations

from briefreader.ingest.clean import drop_boilerplate


# B1: a separator the author typed, then more article whose lines use everyday words the
# old plug test took for calls (关注, 热线): the article was cut at the separator.
def test_news_after_a_separator_is_kept():
    text = "第一段的内容说的是这条河过去十年的治理经过。\n\n＊＊＊\n\n一年后，村民们依然关注着这条河的变化。\n\n他说，日子总会好起来的。"
    out = drop_boilerplate(text)
    assert "村民们依然关注着这条河的变化" in out
    assert "日子总会好起来的" in out


def test_a_hotline_in_the_news_is_kept():
    text = "台风过境后，多区出现水浸。\n\n---\n\n市民可拨打热线12345查询停课安排。\n\n政府表示会密切关注天气变化。"
    out = drop_boilerplate(text)
    assert "市民可拨打热线12345查询停课安排" in out
    assert "密切关注天气变化" in out


def test_a_plug_after_a_separator_still_ends_the_article():
    text = (
        "台风过境后，多区出现水浸。\n\n---\n\n"
        "立即报料: https://bit.ly/3IMunqd\n\n"
        "你的独家报料一旦被采用及报导，将获得乙份奖品。\n\n"
        "欢迎关注我们的微信公众号。"
    )
    out = drop_boilerplate(text)
    assert out.strip() == "台风过境后，多区出现水浸。"
