"""Guards key figures on the third real corpus (tests/data/realworld/figures3/).

Twenty-four articles not used before, chosen for dense figures: six 2026 provincial government
work reports (上海, 广东, 浙江, 四川, 江苏, 北京: targets, ranges, target years), three county
policy texts with subsidy bounds (柳河县: 不低于, 及以上至, 不超过, 元/亩, 亩), Hong Kong papers
(頭條日報, 香港經濟日報, 無綫新聞, 香港01, 巴士的報), Taiwan text (ETtoday, a reposted property
report), overseas Traditional-script outlets (大紀元, 新唐人: CNY and AUD in Traditional script) and
新浪财经. Text, provenance and figures written by reading: figures3/SOURCES.md and the header of
figures3/figures_gold.toml. Scored with the same machinery as figures2 (briefreader.figures.score).

dev: floors are what the extractor scored when the gold was frozen (session 6), below the bar of
issue 13 (precision >= 0.95, recall >= 0.90 per kind), which is asserted separately as an xfail
until dev reaches it. heldout4: every third article as chosen; scored once in aggregate after all
gold was committed, its floors set to that score; never inspected, never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.figures.score import SCORED_KINDS, evaluate_articles, format_report, load_articles

GOLD = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures3" / "figures_gold.toml"
PRECISION, RECALL = 0.95, 0.90
SPLITS = {"dev", "heldout4"}
# dev (16 articles; money 105, percent 105, area 4, count 111 gold figures) as first scored with the
# gold frozen, session 6 (extractor at commit 6a0983f): a ratchet, raised when extraction improves
DEV_FLOOR = {"money": (0.819, 0.819), "percent": (0.990, 1.0), "area": (0.80, 1.0), "count": (0.846, 0.747)}


@pytest.fixture(scope="module")
def dev():
    return evaluate_articles(GOLD, "dev")


def test_corpus_has_provenance_and_known_splits() -> None:
    articles = load_articles(GOLD)
    assert len(articles) >= 16
    assert {a["split"] for a in articles} <= SPLITS
    assert {a["script"] for a in articles} == {"hans", "hant"}  # mainland and HK/Taiwan/overseas text
    earlier = GOLD.parents[1] / "figures2" / "figures_gold.toml"
    earlier_texts = {a["text"] for a in load_articles(earlier)}
    for a in articles:
        assert a["repository"] and a["path"] and len(a["commit"]) == 40 and a["changed"], a["file"]
        assert a["file"].startswith(f"figures3/{a['split']}/")
        assert a["text"] not in earlier_texts, a["file"]  # new articles, not figures2's again
        for f in a["figures"]:
            assert f["text"] in a["text"], (a["file"], f["text"])
            assert f["kind"] in (*SCORED_KINDS, "year")


def test_no_repository_gives_more_than_six_articles() -> None:
    from collections import Counter

    per_repo = Counter(a["repository"] for a in load_articles(GOLD))
    assert max(per_repo.values()) <= 6, per_repo


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev, kind: str) -> None:
    s = dev.kind(kind)
    assert s.gold > 0
    precision, recall = DEV_FLOOR[kind]
    detail = format_report(dev, verbose=True)
    assert s.precision >= precision - 1e-9, f"{kind} precision {s.precision:.3f}\n{detail}"
    assert s.recall >= recall - 1e-9, f"{kind} recall {s.recall:.3f}\n{detail}"


@pytest.mark.xfail(reason="issue 13's bar is not reached on this batch yet (see DEV_FLOOR)", strict=False)
@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_meets_the_bar(dev, kind: str) -> None:
    s = dev.kind(kind)
    assert s.precision >= PRECISION and s.recall >= RECALL, format_report(dev)
