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
heldout18: never run by the corpus engineer; scored in aggregate only (the ends of sessions 21 and 22, by the lead), never
inspected; in session 23 it was retired into development as "dev-retired18" (files still named figures17/heldout18/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised. The retired part
has no area figure, so area is not scored on it.
"""

from __future__ import annotations

from figures_corpus import (
    DATA,
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS

CORPUS = Corpus(
    folder="figures17",
    splits=frozenset({"dev", "dev-retired18"}),
    held="dev-retired18",
    held_folder="heldout18",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "SGD", "MYR"),
)
NAMED = ("人民币", "人民幣", "港元", "美元", "令吉", "澳門元", "澳门元", "新台幣")
# the kinds the retired split has gold for (no area figure in its five articles)
HELD_KINDS = ("money", "percent", "count")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=5)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/万/亿 is the home currency of the text's region (CNY on the mainland, MYR in Malaysia); a figure whose
    # text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=5)
    held = [f for a in CORPUS.articles if a["split"] == "dev-retired18" for f in a["figures"]]
    for kind in HELD_KINDS:  # the retired split is scored on the kinds it has
        assert sum(f["kind"] == kind for f in held) >= 5, kind
    assert {a["region"] for a in CORPUS.articles if a["split"] == "dev-retired18"} == {"malaysia", "hk", "mainland"}


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 3
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 5 of 8 articles held (short ones); dev 89, dev-retired18 30 scored figures (25% of the figures)
    assert scored == {"dev": 89, "dev-retired18": 30}


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
    # for a dev repository here, heldout18/ for a retired one (govmo-news, a first choice, was dropped for being in
    # heldout5 and heldout9 there and dev here); the text corpus retires its heldout18 in session 23 too, into
    # dev-retired18/, the same set of files under its new folder name
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        if not any(repository in line for line in lines):
            continue
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        splits = {a["split"] for a in CORPUS.articles if a["repository"] == repository}
        assert len(splits) == 1, repository
        folders = ("dev/",) if splits == {"dev"} else ("heldout18/", "dev-retired18/")
        assert rows and all(row.startswith(tuple(f"| {f}" for f in folders)) for row in rows), repository
