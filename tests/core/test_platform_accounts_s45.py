"""Session 45 (12text): fields - a kind of post after a platform's word names no account (review s44 R6)."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.fields import account_after, post_on_platform

BODY = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳。"


@pytest.mark.parametrize(
    "value", ["百家号文章", "头条号资讯", "微博视频", "公众号文章", "微信公众号推文", "微博热搜", "微博评论截图"]
)
def test_a_kind_of_post_after_a_platform_word_is_no_account(value: str) -> None:
    assert account_after(value) == ""
    assert post_on_platform(value)
    assert post_on_platform(f"（{value}）")


@pytest.mark.parametrize(
    ("value", "account"),
    [
        ("微信公众号经济日报", "经济日报"),
        ("公众号：中国政府网", "中国政府网"),
        ("微信公众号“文章”", "文章"),  # (a name in marks is the account's own, whatever its word)
        ("头条号资讯早知道", "资讯早知道"),  # a name that holds more than the kinds' words
    ],
)
def test_an_account_after_a_platform_word_stays_one(value: str, account: str) -> None:
    assert account_after(value) == account
    assert not post_on_platform(value)


def test_no_post_on_a_platform_when_a_name_or_more_text_follows() -> None:
    assert not post_on_platform("微博视频，记者张三")  # more than the kind of post: the caller's to read
    assert not post_on_platform("新华社")  # no platform's word
    assert not post_on_platform("")


@pytest.mark.parametrize(
    ("line", "source"), [("来源：百家号文章", ""), ("来源：微博视频", ""), ("来源：微信公众号经济日报", "经济日报")]
)
def test_a_closing_source_line_with_a_kind_of_post_gives_no_source(line: str, source: str) -> None:
    text = "经济运行总体平稳\n\n" + "\n".join([BODY] * 4) + "\n" + line + "\n"
    b = ingest_bytes(text.encode(), id="r", path="/tmp/s45/r.txt", suffix=".txt")
    assert b.source == source
