"""Guards key figures on the ninth real corpus (tests/data/realworld/figures9/).

Articles (session 13) chosen for figure-dense texts an analyst reads: Taiwan (蘋果日報 land auctions with 坪 and
億/萬 TWD, six-city transfer statistics, half-year results with losses and ranges, steel price lists with 上看/挑戰),
the mainland (新浪财经: January-February trade with the lead restated in the body, 1-7月 fiscal revenue as an
infographic's lines, provincial and city statistics, R&D subsidies; 2026 provincial government work reports with
2800多个, 近千个, 万亩 and 到2030年), Hong Kong (巴士的報 market closes: share prices in HKD, 瀉/挫;
am730 new-flat pricing in 方呎 and 伙), Macau (government releases: counts of jobs and projects), Singapore and Malaysia
items of an ASEAN digest (新元, 令吉, USD rounds). Text, provenance and the gold's conventions: figures9/SOURCES.md and
the header of figures9/figures_gold.toml. Scored with the machinery of figures2-8 (briefreader.figures.score).

dev: floors are what the committed extractor scored at its first run on figures9 (session 13, HEAD 6a69041 right after
all gold was committed: dev round 1 in 6b12bc3, round 2 in cfc3211 (+ d83cd7b), round 3 in 6a69041, whose figures code
is 13-dev's eac3b92; the same score on bb58efe's figures code), below the bar of issue 13 (precision >= 0.95, recall
>= 0.90 per kind) where it fell short; a ratchet, raise them as the extractor improves. The misses are itemised in
/work/notes/s13_13corpus_devmisses.md.
heldout10: every third article as chosen; never run by the corpus engineer; scored in aggregate only (the ends of
sessions 13 and 14, by the lead), never inspected; in session 15 it was retired into development as "dev-retired10"
(files still named figures9/heldout10/): its last held-out score is kept below as a record, and from then on it is
developed on and itemised.
"""

from __future__ import annotations

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

CORPUS = Corpus(
    folder="figures9",
    splits=frozenset({"dev", "dev-retired10"}),
    held="dev-retired10",
    held_folder="heldout10",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("美元", "港元", "港幣", "日元", "英镑", "人民币", "人民幣", "台币", "台幣", "澳門元", "令吉", "马币", "新元")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=15)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億/兆/分/角 is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(CORPUS, held_count=8, retired_from="heldout10")


def test_articles_are_new_and_sources_varied() -> None:
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 9))])
    check_varied(
        CORPUS,
        min_repositories=5,
        max_per_repository=9,
        regions={"mainland": 3, "hk": 3, "macau": 2, "taiwan": 4, "singapore": 1, "malaysia": 1},
        scripts={"hans": 5, "hant": 8},
    )
