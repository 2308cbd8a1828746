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


def test_a_breakdown_whose_last_item_carries_the_shared_metric_names_each_item() -> None:
    """Tester s22 T7: '东部、中部、西部地区实际使用外资…分别增长' named the three regions'
    growth 我国东部外资, 中部外资 and 实际使用外资 (the national metric, for the west): the
    last item's own words came before the shared subject and the noun run kept only it."""
    text = "根据商务部统计，从区域分布看，我国东部、中部、西部地区实际使用外资同比分别增长8.7%、46.2%和42.2%。"
    assert figure_metrics(text, extract_figures(text)) == [
        "我国东部实际使用外资",
        "中部实际使用外资",
        "西部地区实际使用外资",
    ]
    text = "食品、衣着、居住价格分别上涨1.4%、0.2%和0.1%。"  # the shared head word only: as before
    assert figure_metrics(text, extract_figures(text)) == ["食品价格", "衣着价格", "居住价格"]


def test_the_stem_of_a_bound_xing_modifier_stays_in_the_subject() -> None:
    """Tester s22 T13: rjieba tags 知识 (知识密集型) and 创新 (创新驱动型) as verbs, and the subject
    lost them; a size or novelty word ending in 型 (大中型, 新型) is a word of its own, so the verb
    before it (达到, 筹集) still ends the subject."""
    text = "创新驱动型企业营收达到300亿元。"
    assert figure_metrics(text, extract_figures(text)) == ["创新驱动型企业营收"]
    text = "当年筹集新型农村合作医疗基金20.12亿元。"
    assert figure_metrics(text, extract_figures(text))[0] == "新型农村合作医疗基金"
