"""Guards key figures on the second real corpus (tests/data/realworld/figures2/).

Fifty-one articles not used before (Taiwan: 中央社, ETtoday, 風傳媒; overseas: 大紀元, 新唐人; mainland: 每日经济新闻,
新浪财经 with 中新网, 21世纪经济报道, 澎湃), with their text, provenance and figures
written by reading (figures2/SOURCES.md). dev: the bar of issue 13 (precision >= 0.95,
recall >= 0.90 per kind) and a ratchet at what the extractor reached in session 5.
dev-retired: the first held-out set (17 articles), scored and reported in sessions 5 and 6
and retired into development in session 7 (its last held-out scores are kept below as a
record); it is held to the dev bar and reported on its own. dev-retired3: a further
held-out set added in session 5's second half (Hong Kong papers and a PRC statistics bureau,
files still named figures2/heldout3/), scored in summary only in sessions 5-7 and never
tuned on, then retired into development in session 8 because session 7's note described its
misses (count recall 0.763); its last held-out score is kept below as a record and it is now
held to the dev bar like dev-retired (met since session 8).
"""

from __future__ import annotations

from pathlib import Path

from briefreader.figures.score import DECLARED_KINDS, SCORED_KINDS, load_articles

GOLD = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures2" / "figures_gold.toml"


def test_corpus_is_new_sized_and_has_provenance() -> None:
    articles = load_articles(GOLD)
    assert len(articles) >= 20
    assert sum(len(a["figures"]) for a in articles) >= 200
    splits = [a["split"] for a in articles]
    assert splits.count("dev-retired") == 17 and "heldout" not in splits  # retired, not dropped
    assert splits.count("dev-retired3") == 14 and "heldout3" not in splits  # retired, not dropped
    assert {a["script"] for a in articles} == {"hans", "hant"}  # mainland and Taiwan text
    for a in articles:
        assert a["repository"] and a["path"] and len(a["commit"]) == 40, a["file"]
        # a retired article keeps its file name (other gold files refer to it)
        assert a["file"].startswith(f"figures2/{a['split'].replace('dev-retired', 'heldout')}/")
        for f in a["figures"]:
            assert f["text"] in a["text"], (a["file"], f["text"])
            assert f["kind"] in (*SCORED_KINDS, *DECLARED_KINDS)  # quantity: in articles that declare it (s26)


def test_corpus_does_not_reuse_the_first_corpus_sources() -> None:
    first = {a["repository"] for a in load_articles(GOLD.parents[1] / "figures_gold.toml")}
    assert not first & {a["repository"] for a in load_articles(GOLD)}


def test_hong_kong_and_government_text_is_in_both_splits() -> None:
    """The second half's sources: Hong Kong papers and a PRC statistics bureau, in dev and dev-retired3."""
    for split in ("dev", "dev-retired3"):
        repos = {a["repository"] for a in load_articles(GOLD, split)}
        assert {"mitul-kalariya/scrapping-webs", "wzqjava/DaQingStatsDemo-master"} <= repos, split
