"""Shipped taxonomy on real text (tester s21 U3)."""

from __future__ import annotations

from pathlib import Path

from briefreader.config import read_config
from briefreader.topics import assign_topics

ROOT = Path(__file__).resolve().parents[2]


def _topics(title: str, text: str) -> list[str]:
    config = read_config(ROOT / "config.toml")
    return assign_topics(title, text, config.topics, config.topic_threshold)


def test_a_live_broadcast_is_not_the_live_streaming_economy() -> None:
    """macau-news (macauson-cmd/macau-news, news.json): students watching a rocket launch's live
    broadcast were tagged Live-streaming economy by the bare keyword 直播 in the headline."""
    title = "香港高校师生收看神舟二十三号发射直播：期待圆梦归来"
    text = "香港多所高校师生昨日聚集收看神舟二十三号载人飞船发射直播，现场气氛热烈。"
    assert "live_streaming" not in _topics(title, text)


def test_the_live_streaming_economy_is_still_found() -> None:
    title = "杨浦区推动直播经济集聚区建设"
    text = "杨浦区将打造直播基地，培育头部直播平台和主播，发展直播带货。"
    assert _topics(title, text)[0] == "live_streaming"
