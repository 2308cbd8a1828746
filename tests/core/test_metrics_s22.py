"""Session 22 (13-dev): a count's subject is the thing it counts, not an attribute before 的 or a verb on its left
(the metrics list showed 领先, 精彩 and 培育 as subjects for the samples' counts)."""

from __future__ import annotations

from briefreader.figures import extract_figures
from briefreader.metrics import figure_metrics


def _count_metrics(text: str) -> list[str]:
    figures = extract_figures(text)
    return [m for f, m in zip(figures, figure_metrics(text, figures), strict=True) if f.kind == "count"]


def test_an_attribute_before_de_is_no_subject() -> None:
    assert _count_metrics("形成10个全国领先、有国内外竞争力的头部直播平台。") == ["头部直播平台"]
    assert _count_metrics("40名选手交出了8组精彩的数字平台成果。")[-1] == "数字平台成果"


def test_a_verb_alone_on_the_left_is_no_subject() -> None:
    assert _count_metrics("培育10家以上具有国际竞争力的创新型头部企业。") == ["创新型头部企业"]


def test_a_noun_right_after_the_measure_word_stays_the_subject() -> None:
    assert _count_metrics("5家企业的负责人出席会议。") == ["企业"]  # the companies are counted, not their heads
    assert _count_metrics("17名男子的家属到场。") == ["男子"]
    assert _count_metrics("集聚了20余家专业机构、龙头企业。") == ["专业机构、龙头企业"]
