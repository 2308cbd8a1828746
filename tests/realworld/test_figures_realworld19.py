"""Guards key figures on the nineteenth real corpus (tests/data/realworld/figures19/).

Articles (session 23) from repositories no earlier figure corpus used, chosen for what the corpora lacked: bare 亿 and
万亿 sums with no 元 in a spoken transcript (one phrase a line, no punctuation), a decline percent after 下降了, a
Markdown table of percents, a 四分之一 fraction, counts in 批次/块/种, policy bounds in Chinese numerals
(十万元以上二十万元以下) and a 最高 cap. Text, provenance and the gold's conventions: figures19/SOURCES.md and the header
of figures19/figures_gold.toml. Scored with the machinery of figures2-18 (briefreader.figures.score) through the shared
checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12-18): no held-out article shares a repository or a publisher with a
dev article. dev: timothyroch/Datathon_Polyfinances and luin/readability; heldout20: Daicy0213/bedtimenews-archive-
contents, w4lk3r/wechat-article-archive and LuisChen1Q84/AgentSystem. All five repositories are also in the text corpus,
each in the same split there (a dev repository's rows in dev/, the held ones' in heldout20/), checked below.

dev: floors are what the committed extractor scored at its first run on figures19, measured after all gold was committed
(a ratchet: raise them as the extractor improves, never lower them). Dev has money and count gold only. heldout20: never
run by the corpus engineer; scored once, in aggregate, by the lead at the end of session 23; never inspected, never
tuned on. HELDOUT20_FLOOR is that score (None: skipped until the lead sets it). No held-out gold text is quoted here.
"""

from __future__ import annotations

import pytest
from figures_corpus import (
    DATA,
    Corpus,
    check_bare_yuan,
    check_floor,
    check_heldout_floor,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS, Report

CORPUS = Corpus(
    folder="figures19",
    splits=frozenset({"dev", "heldout20"}),
    held="heldout20",
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "SGD", "MYR"),
)
NAMED = ("人民幣", "人民币", "港元", "美元", "新臺幣", "新台幣", "澳門元")
# the kinds each split has gold for (dev: money and count; the held split: money, percent, count; neither has area)
DEV_KINDS = ("money", "count")
HELD_KINDS = ("money", "percent", "count")

# First scored on the committed code (HEAD 6cbc8a3, a frozen copy; all gold committed before), dev only: 2 articles
# (money 5, count 1 gold figures): money 5/5 / 5/5, count 1/1 / 1/1; qualifier 6/6. No miss.
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "count": (1.0, 1.0),
}

# Set by the lead from one aggregate scoring at the end of session 23 (HEAD c1dd9b7); never itemised:
# money 6/7 / 6/8, percent 6/7 / 6/8, count 6/8 / 6/7.
HELDOUT20_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (6 / 7, 6 / 8),
    "percent": (6 / 7, 6 / 8),
    "count": (6 / 8, 6 / 7),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=6)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/亿/万亿 is the home currency of the text's region (CNY: every article is mainland); a figure whose
    # text names a currency (美元) is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=4)
    held = [f for a in CORPUS.articles if a["split"] == "heldout20" for f in a["figures"]]
    for kind in HELD_KINDS:  # the held split is scored on the kinds it has
        assert sum(f["kind"] == kind for f in held) >= 5, kind


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 2
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 4 of 6 articles held; dev 6, heldout20 23 scored figures
    assert scored == {"dev": 6, "heldout20": 23}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-18
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 19))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=5,
        max_per_repository=2,
        min_outlets=6,
        regions={"mainland": 6},
        scripts={"hans": 6},
    )


def test_repositories_shared_with_the_text_corpus_are_in_the_same_split() -> None:
    # as figures18: a repository of this batch named in the text corpus's SOURCES.md has every row in the matching
    # split there (a dev repository's rows in dev/ or a retired split's folder, a held one's in heldout20/)
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        assert rows, repository  # every repository of this batch is in the text corpus
        splits = {a["split"] for a in CORPUS.articles if a["repository"] == repository}
        assert len(splits) == 1, repository
        folders = {row[2:].split("/", 1)[0] for row in rows}
        if splits == {"dev"}:
            assert all(f == "dev" or f.startswith("dev-retired") for f in folders), (repository, folders)
        else:
            assert folders == {CORPUS.held}, (repository, folders)


@pytest.mark.parametrize("kind", DEV_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", HELD_KINDS)
def test_heldout20_does_not_regress(kind: str) -> None:
    # only the summary: the held-out misses are not to be read
    check_heldout_floor(CORPUS, "heldout20", kind, HELDOUT20_FLOOR)
