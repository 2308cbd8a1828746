"""Supporting keywords, "(出口)" in the taxonomy: generic words count only next to one of
the topic's own keywords (usefix s22). Real briefings from tests/data/realworld/dev."""

from __future__ import annotations

from pathlib import Path

from briefreader.config import default_config
from briefreader.ingest import ingest_path
from briefreader.model import Topic
from briefreader.topics import assign_topics, topic_scores

DEV = Path(__file__).resolve().parents[1] / "data" / "realworld" / "dev"
TRADE = Topic("trade", "出海", "Going global", ("出海", "跨境", "(出口)", "（海外）"))


def _topics(name: str, title_part: str) -> list[str]:
    config = default_config()
    (b,) = [b for b in ingest_path(DEV / name, DEV) if title_part in b.title]
    return assign_topics(b.title, b.text, config.topics, config.topic_threshold)


def test_supporting_words_alone_are_no_evidence() -> None:
    assert topic_scores("美国3月出口物价下跌", "出口物价按月跌0.3%，海外需求放缓，出口商", {"trade": TRADE}) == {}


def test_supporting_words_count_beside_a_plain_keyword() -> None:
    # 出海 in the title (2) + 出口 twice and 海外 once in the body: every hit counts
    text = "企业出口增长，海外订单增加，出口额创新高。"
    assert topic_scores("品牌出海", text, {"trade": TRADE}) == {"trade": 5}


def test_a_keyword_both_plain_and_supporting_is_plain() -> None:
    topic = Topic("t", "t", "t", ("(出口)", "出口"))
    assert topic_scores("", "出口，出口", {"t": topic}) == {"t": 2}


def test_a_news_anchor_is_not_the_live_streaming_economy() -> None:
    """dapenti's feed (s10_14): an Afghan television anchor barred from work was tagged
    Live-streaming economy by 主播 alone."""
    assert "live_streaming" not in _topics("s10_14_dapenti_blog_feed.xml", "阿富汗女主播")


def test_export_figures_are_not_going_global() -> None:
    """RTHK (s12_16): US export prices; NBS's 2024 communiqué (s20_04): 出口 15 times in its
    trade section; Zhoukou's 2023 communiqué (s21_01): 零售额 in its retail section. None is
    about going global or e-commerce."""
    assert "going_global" not in _topics("s12_16_rthk_us_export_prices.html", "出口物价")
    assert "going_global" not in _topics("s20_04_nbs_2024_statistical_communique_excerpt.txt", "统计公报")
    assert "ecommerce" not in _topics("s21_01_zhoukou_2023_statistical_communique.pdf", "统计公报")


def test_going_global_and_talent_are_still_found() -> None:
    """TechWeb (s20_01): Didi's international expansion; Macao's GCS (s8_34): a talent
    committee's recruiting."""
    assert "going_global" in _topics("s20_01_techweb_hotnews_feed_20161026.xml", "滴滴要展开国际化扩张")
    assert "talent" in _topics("s8_34_macau_gcs_records_20260415.json", "人才委开展系列引才工作")
