"""A trimmed copy headed with a synonym is still one story (review s23 R9), and a short label
at a headline's end is no part of the template share (the Shenzhen feed): stories.template_veto."""

from __future__ import annotations

from pathlib import Path

from briefreader import stories
from briefreader.ingest import ingest_path

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"
FEED = DATA / "dev" / "s21_08_shenzhen_gov_policy_rss_20260415.xml"


FIELDS = ("算力", "数据", "人才", "资金", "场景", "标准", "平台", "园区", "金融", "人工智能")
ACTIONS = ("加快布局", "扩大供给", "引育并举", "优化配置", "开放共享", "完善体系", "提升能级", "强化保障")


def _paragraphs(topic: str, n: int) -> list[str]:
    """n paragraphs of one article, each its own sentence (a copy's shingles are its page's)."""
    return [
        f"{topic}第{k}项措施聚焦{FIELDS[k % 10]}与{FIELDS[(k * 3 + 1) % 10]}，要求各区{ACTIONS[k % 8]}、"
        f"{ACTIONS[(k * 5 + 2) % 8]}，推动{FIELDS[(k * 7 + 3) % 10]}项目落地见效。"
        for k in range(1, n + 1)
    ]


def _both(a: tuple[str, str], b: tuple[str, str]) -> tuple[bool, bool]:
    """(MinHash, exact): one story?"""
    sa, sb = stories.signature(*a), stories.signature(*b)
    assert sa is not None and sb is not None
    assert sa.matches(sb) == sa.matches_bytes(sb.to_bytes())
    return sa.matches(sb), stories.cluster_exact([a, b]) == [0, 0]


def test_a_trimmed_copy_under_a_reworded_headline_is_one_story() -> None:
    # each pair: a headline and a copy's headline with a synonym in one place
    for head, copy_head, topic in (
        ("上海发布促进人工智能产业发展若干措施", "上海出台促进人工智能产业发展若干措施", "上海人工智能"),
        ("美方宣布对华加征关税措施延期执行", "美国宣布对华加征关税措施延期执行", "关税"),
        ("央行下调存款准备金率支持实体经济", "人民银行下调存款准备金率支持实体经济", "货币政策"),
    ):
        body = _paragraphs(topic, 20)
        full = (head, "".join(body))
        for kept in (8, 12, 15):  # an outlet's first paragraphs: alike by containment, below SAME_TEXT
            trimmed = (copy_head, "".join(body[:kept]))
            assert _both(full, trimmed) == (True, True), (copy_head, kept)


def test_the_feeds_templates_stay_two_documents_and_a_labelled_reading_is_no_copy_of_another() -> None:
    entries = {b.title: b for b in ingest_path(FEED, DATA) if b.text}

    def pair(x: str, y: str) -> tuple[bool, bool]:
        return _both(*((entries[t].title, entries[t].text) for t in (x, y)))

    # two bureaus' lists, one with a signature and an attachment line more: each has its own slot
    assert pair(
        "2026年南山区促进产业高质量发展专项资金区科技创新局分项资金专题工作第一次会议拟审议资助名单公示",
        "2025年南山区促进产业高质量发展专项资金区人力资源局分项资金专题工作第一次会议拟审议资助名单公示",
    ) == (False, False)
    t = stories.story_title
    # a label at either end is no part of the share: another industry's rules stay another document
    assert stories.titles_differ(
        t("图解：《深圳市工业和信息化局高端装备产业发展扶持计划操作规程》政策解读"),
        t("深圳市工业和信息化局智能终端产业发展扶持计划操作规程"),
    )
    assert not stories.titles_differ(
        t("图解：《深圳市工业和信息化局高端装备产业发展扶持计划操作规程》政策解读"),
        t("深圳市工业和信息化局高端装备产业发展扶持计划操作规程"),
    )
