"""One issuer's template filled in twice is two documents, not two versions (lead s21's
finding on cherylchenxue-star/sz-gov-rss; usefix s22): stories.titles_differ."""

from __future__ import annotations

from pathlib import Path

from briefreader import stories
from briefreader.ingest import ingest_path

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"
FEED = DATA / "dev" / "s21_08_shenzhen_gov_policy_rss_20260415.xml"


def _entries(*parts: str):
    entries = [b for b in ingest_path(FEED, DATA) if b.text]
    return [next(b for b in entries if b.title == part) for part in parts]


def test_a_template_filled_in_again_is_vetoed_and_a_copys_headline_is_not() -> None:
    t = stories.story_title
    # a slot filled in twice: the quarter, a batch and a year, a bureau, a reserve
    assert stories.titles_differ(
        t("关于公开遴选2026年一季度“流量券”平台企业的通知"), t("关于公开遴选2026年二季度、三季度“流量券”平台企业的通知")
    )
    assert stories.titles_differ(
        t("2025年专项资金第一批拟资助项目名单公示"), t("2026年专项资金第二批拟资助项目名单公示")
    )
    assert stories.titles_differ(
        t("关于印发《粮食储备领域专项资金操作规程》的通知"), t("关于印发《食用植物油储备领域专项资金操作规程》的通知")
    )
    # a copy: a headline inside the other (a prefix, a trailer), the same, or an outlet's
    # own sentence (the real gold's pairs: shares of 0.5-0.73)
    assert not stories.titles_differ(
        t("图解：《深圳市人工智能终端产业发展行动计划》"), t("深圳市人工智能终端产业发展行动计划")
    )
    assert not stories.titles_differ(t("统计局：3月份全市经济运行情况"), t("3月份全市经济运行情况"))
    assert not stories.titles_differ(t("墨西哥度假胜地 发现12具尸体"), t("墨西哥度假胜地 发现7具断头尸"))
    assert not stories.titles_differ(t("反川普抗议歌曲 如雨后春笋般冒出"), t("反川普 抗议歌曲涌现"))
    assert not stories.titles_differ("", t("3月份全市经济运行情况"))


def test_the_feeds_quarterly_calls_are_two_stories_in_both_methods_and_from_stored_blobs() -> None:
    first, second = _entries(
        "关于公开遴选2026年一季度“流量券”平台企业的通知", "关于公开遴选2026年二季度、三季度“流量券”平台企业的通知"
    )
    items = [(first.title, first.text), (second.title, second.text)]
    assert stories.cluster(items) == stories.cluster_exact(items) == [0, 1]
    sa, sb = stories.signature(*items[0]), stories.signature(*items[1])
    assert sa is not None and sb is not None and sa._matches(sb.size, sb.values)  # alike by their text
    assert stories.Signature.from_bytes(sb.to_bytes()) == sb
    assert not sa.matches(sb) and not sa.matches_bytes(sb.to_bytes())
    # a signature stored before session 22 has no title: no veto, as before
    old = stories.Signature(sb.values, sb.size, sb.numbers, sb.lead)
    assert stories.Signature.from_bytes(old.to_bytes()) == old
    assert (
        sa.matches_bytes(old.to_bytes())
        == sa.matches(old)
        == sa.matches(stories.Signature(sb.values, sb.size, sb.numbers, sb.lead))
    )


def test_one_texts_two_pages_are_one_story_whatever_the_page_number() -> None:
    """人民日报's print feed (s19_19, story gold): one article under 01版 and 04版, its text
    alike at SAME_TEXT: one text, whose headlines' page numbers are no template."""
    path = DATA / "dev" / "s19_19_peoples_daily_paper_feed_20260822.xml"
    pair = [b for b in ingest_path(path, DATA) if b.text and b.title.endswith("有效扩大国内需求")]
    assert len(pair) == 2, [b.title for b in pair]
    items = [(b.title, b.text) for b in pair]
    # the page numbers as the headlines' one difference (ingest may drop the "01版 - " prefix)
    items = [(f"0{n}版 - 有效扩大国内需求", text) for n, (_, text) in zip((1, 4), items, strict=True)]
    assert stories.titles_differ(*(stories.story_title(t) for t, _ in items))
    assert stories.cluster(items) == stories.cluster_exact(items) == [0, 0]
