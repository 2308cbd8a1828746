"""Stories, session 19: review s18 R24. The numbers-inside veto (a teaser's figures must be
its page's; one figure is evidence) asks two figures of texts alike at SAME_TEXT: one text
whose one figure changed is its updated version, not another briefing."""

from __future__ import annotations

from briefreader import stories

TITLE = "某市化工厂爆炸"
FIRST = (
    "某市一家化工厂昨日下午发生爆炸，事故已造成3人死亡。消防部门接报后迅速赶到现场展开救援，"
    "目前火势已被控制。当地政府已成立事故调查组，对事故原因展开全面调查，并对全市危险化学品企业开展安全检查。"
    "附近居民表示，爆炸发生时听到巨大声响，窗户玻璃被震碎。医院方面表示，伤者正在接受救治。"
)


def test_an_updated_article_whose_one_figure_changed_is_still_its_story():
    updated = FIRST.replace("3人死亡", "5人死亡")
    a, b = stories.shingles(TITLE, FIRST), stories.shingles(TITLE, updated)
    na, nb = stories.number_sketch(TITLE, FIRST), stories.number_sketch(TITLE, updated)
    assert na != nb and stories.jaccard(a, b) >= stories.JACCARD
    assert stories.same_story(a, b, na, nb) and stories.same_story(b, a, nb, na)
    sa, sb = stories.signature(TITLE, FIRST), stories.signature(TITLE, updated)
    assert sa is not None and sb is not None
    assert sa.matches(sb) and sb.matches(sa)
    assert sa.matches_bytes(sb.to_bytes()) and sb.matches_bytes(sa.to_bytes())
    assert stories.cluster([(TITLE, FIRST), (TITLE, updated)]) == [0, 0]
    assert stories.cluster_exact([(TITLE, FIRST), (TITLE, updated)]) == [0, 0]
    # the line is drawn at SAME_TEXT: a feed's template headline filled in for two districts and
    # amounts is alike by Jaccard, below it, one figure each that differs: two briefings, as before
    c = ("杨浦区发布集成电路新举措", "杨浦区发布集成电路产业新举措，计划投入120亿元，支持企业创新发展，推动产业集聚。")
    d = (
        "浦东新区发布集成电路新举措",
        "浦东新区发布集成电路产业新举措，计划投入85亿元，支持企业创新发展，推动产业集聚。",
    )
    sc, sd = stories.shingles(*c), stories.shingles(*d)
    j = stories.jaccard(sc, sd)
    assert stories.JACCARD <= j < stories.SAME_TEXT, j
    assert not stories.same_story(sc, sd, stories.number_sketch(*c), stories.number_sketch(*d))


def test_the_inside_veto_needs_two_figures_of_one_text_and_one_of_a_contained_pair():
    small = stories.number_sketch(TITLE, FIRST.replace("3人死亡", "5人死亡"))
    large = stories.number_sketch(TITLE, FIRST)
    assert stories.numbers_veto(small, large, 10, 100)  # alike by containment: one figure is evidence
    assert not stories.numbers_veto(small, large, 10, 100, same_text=True)  # one text: it is not
