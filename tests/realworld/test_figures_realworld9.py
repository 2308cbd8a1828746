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

import pytest
from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_floor,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS, Report

CORPUS = Corpus(
    folder="figures9",
    splits=frozenset({"dev", "dev-retired10"}),
    held="dev-retired10",
    held_folder="heldout10",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("美元", "港元", "港幣", "日元", "英镑", "人民币", "人民幣", "台币", "台幣", "澳門元", "令吉", "马币", "新元")

# dev (16 articles; money 115, percent 133, area 22, count 62 gold figures, + year 1). First scored on the committed
# code as each round's gold was in (figures code as at bb58efe): round 1's ten at 6b12bc3 (money 59/94, percent 91/92 /
# 91/94, area 3/4, count 21/24), fourteen at cfc3211 (money 71/106, percent 121/122 / 121/126, area 7/8, count 48/51 /
# 48/52), all sixteen at 6a69041 (figures code of eac3b92; identical on bb58efe's): money 77/112 = 0.688 / 77/115 =
# 0.670, percent 128/131 = 0.977 / 128/133 = 0.962, area 21/23 = 0.913 / 21/22 = 0.955, count 58/63 = 0.921 / 58/62 =
# 0.935; qualifier agrees on 282 of 285 matches. Most
# money misses: two 蘋果日報 finance articles stored without their byline read as no region (bare 億元 shown as written,
# not TWD). Floors at that score; a ratchet: raise it, never lower it.
DEV_FLOOR = {
    # ratcheted by the lead at session 13's end (a4d3fcf; 13-dev's s13 grammar: Taiwan's financial press reads its 元 as
    # TWD, 標 lots, 每坪 hedges, 新元, 負3.22%, zoning codes): money 115/115 / 115/115, percent 129/131 / 129/133, area
    # 22/22 / 22/22, count 62/62 / 62/62
    "money": (1.0, 1.0),
    # session 35 (13-dev): §5's lead-and-body ruling aligned the gold (02's and 19's lead percents said again in the
    # body: one entry each; the header's 10,000 rule superseded): 129/131 · 129/133 -> 129/131 · 129/129
    "percent": (129 / 131, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}

# heldout10 (8 articles; money 43, percent 20, area 21, count 37 gold figures): scored in aggregate once by the lead
# at the end of session 13 (19:51 UTC, a4d3fcf): money 43/46 = 0.935 / 43/43, percent 20/20 / 20/20, area 21/23 =
# 0.913 / 21/21, count 35/36 = 0.972 / 35/37 = 0.946. Misses never read; floors set to that score. (The corpus
# engineer never ran the extractor on these articles; 13-dev's grep for 千萬 over the gold file printed article 24's
# text once at 18:27, unstudied, no rule drawn from it.) Second score, end of session 14 (9021b8a): the same.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 15: retired into development as "dev-retired10" (its misses read from here on). First score as dev, on the
# unchanged figures code (c158d4f, HEAD 9064ec6), before any change: the same as this record. Held to it as a floor
# (RETIRED10_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT10_LAST_HELDOUT = {
    "money": (43 / 46, 1.0),
    "percent": (1.0, 1.0),
    "area": (21 / 23, 1.0),
    "count": (35 / 36, 35 / 37),
}
# Ratcheted to 13-dev's s15 rules (a bound naming a class of homes, a block's number in an address, one unit of area
# as a rate's base): money 43/46 -> 43/44, area 21/23 -> 21/21, count 35/36 -> 35/35 (recall unchanged)
RETIRED10_FLOOR = {
    "money": (43 / 44, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 35 / 37),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


@pytest.fixture(scope="module")
def retired10() -> Report:
    return CORPUS.report("dev-retired10")


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


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired10_does_not_regress(retired10: Report, kind: str) -> None:
    check_floor(retired10, kind, RETIRED10_FLOOR)  # development text now: itemised
