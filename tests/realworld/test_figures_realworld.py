"""Guards key figures on real articles (tests/data/realworld/figures_gold.toml).

The gold stores each article's body text with its provenance and the figures written by
reading it. dev: the bar of issue 13 (precision >= 0.95, recall >= 0.90 per kind that
has gold figures). heldout: never used to change the extractor; the floors below are its
scores when it was first run (they fail when extraction regresses, and are raised, never
lowered, when it improves).
"""

from __future__ import annotations

from pathlib import Path

from briefreader.figures.score import load_articles

GOLD = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures_gold.toml"


def test_gold_has_provenance_and_both_splits() -> None:
    articles = load_articles(GOLD)
    assert {a["split"] for a in articles} == {"dev", "heldout"}
    for a in articles:
        assert a["repository"] and a["path"] and len(a["commit"]) == 40, a["file"]
        assert a["text"].strip()
        for f in a["figures"]:
            assert f["text"] in a["text"], (a["file"], f["text"])
