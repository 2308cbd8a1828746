"""Guards key figures on the seventeenth real corpus (tests/data/realworld/figures17/).

Articles (session 21) from repositories no earlier figure corpus used, chosen for what the corpora lacked: three
sections of 洛阳市统计局 and 国家统计局洛阳调查队's 2023 statistical communiqué (the text of its Word file): 亿元
money, 万人 counts, a pp rise, declines signed, counts in 个/处/台/家/张/人/人次/场次/枚/支, two equal values counting
different things in one sentence, 万平方米, and ‰ rates that are ratios, not figures. Held out: two Malaysian articles
(%, 亿令吉) and three pages a feed archiver saved (a State Council guide's counts, Hong Kong sums in 港元/港币).
Text, provenance and the gold's conventions: figures17/SOURCES.md and the header of figures17/figures_gold.toml. Scored
with the machinery of figures2-16 (briefreader.figures.score) through the shared checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12-16): no held-out article shares a repository or a publisher with a
dev article. dev: HYSkyline/squan_kw; heldout18: mesolitica/malaysian-dataset and chainreactors/picker. Two repositories
are also in the text corpus, each in the same split there (squan_kw dev/s21_01-03, picker heldout18/s21_04-05): a
repository may be shared with the text corpus only in the same split (checked below), so no held-out text of either
corpus is seen through the other.

dev: floors are what the committed extractor scored at its first run on figures17, measured after all gold was committed
(a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s21_for_13dev.md.
heldout18: never run by the corpus engineer; scored once, in aggregate, by the lead at the end of session 21; never
inspected, never tuned on. HELDOUT18_FLOOR is that score (None: skipped until the lead sets it). The held part has no
area figure, so area is not scored on it. No held-out gold text is quoted here.
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
    folder="figures17",
    splits=frozenset({"dev", "heldout18"}),
    held="heldout18",
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "SGD", "MYR"),
)
NAMED = ("人民币", "人民幣", "港元", "美元", "令吉", "澳門元", "澳门元", "新台幣")
# the kinds the held split has gold for (no area figure in its five articles)
HELD_KINDS = ("money", "percent", "count")

# First scored on the committed code (HEAD daf997c, git archive) with the gold as committed, dev only: 3 articles
# (money 18, percent 20, area 1, count 50 gold figures): money 18/18 / 18/18, percent 20/20 / 20/20, area 1/1 / 1/1,
# count 49/49 / 49/50 = 0.98; qualifier 88/88; no extra. The one miss: 2A级景区5处, a second 5 处 in the sentence that
# has 5A级景区5处 (two equal values counting different things, conv. 2), listed once. Itemised in
# /work/notes/s21_for_13dev.md.
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 49 / 50),
}

# Set by the lead from one aggregate scoring at the end of session 21 (HEAD 45dd5dc); never itemised:
# money 5/5 / 5/5, percent 6/6 / 6/7, count 18/19 / 18/18.
HELDOUT18_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (1.0, 6 / 7),
    "count": (18 / 19, 1.0),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=5)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/万/亿 is the home currency of the text's region (CNY on the mainland, MYR in Malaysia); a figure whose
    # text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=5)
    held = [f for a in CORPUS.articles if a["split"] == "heldout18" for f in a["figures"]]
    for kind in HELD_KINDS:  # the held split is scored on the kinds it has
        assert sum(f["kind"] == kind for f in held) >= 5, kind
    assert {a["region"] for a in CORPUS.articles if a["split"] == "heldout18"} == {"malaysia", "hk", "mainland"}


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 3
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 5 of 8 articles held (short ones); dev 89, heldout18 30 scored figures (25% of the figures)
    assert scored == {"dev": 89, "heldout18": 30}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-16
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 17))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=3,
        min_outlets=8,
        regions={"mainland": 4, "malaysia": 2, "hk": 2},
        scripts={"hans": 8},
    )


def test_repositories_shared_with_the_text_corpus_are_in_the_same_split() -> None:
    # the text corpus's SOURCES.md names every repository its files came from (a table row per file, its first cell the
    # file's folder and name); a repository of this batch may be there only if every row of it is in one folder, dev/
    # for a dev repository here, heldout18/ for a held one (govmo-news, a first choice, was dropped for being in
    # heldout5 and heldout9 there and dev here)
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        if not any(repository in line for line in lines):
            continue
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        splits = {a["split"] for a in CORPUS.articles if a["repository"] == repository}
        assert len(splits) == 1, repository
        folder = "dev/" if splits == {"dev"} else f"{CORPUS.held}/"
        assert rows and all(row.startswith(f"| {folder}") for row in rows), repository


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", HELD_KINDS)
def test_heldout18_does_not_regress(kind: str) -> None:
    # only the summary: the held-out misses are not to be read
    check_heldout_floor(CORPUS, "heldout18", kind, HELDOUT18_FLOOR)
