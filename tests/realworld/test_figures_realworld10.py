"""Guards key figures on the tenth real corpus (tests/data/realworld/figures10/).

Articles (session 14) chosen for what figures2-9 have least of: Macau government releases with MOP amounts
(澳門元10,000元, 每日200澳門元, 澳門元五十元), Taiwan 蘋果日報 property and finance articles with 萬/億, 坪 and ranges
(30~40億美元, 約台幣975~1300億元, 20出頭坪), Hong Kong government finance as LegCo records it (the 2018-19 budget
speech: 40億9,000萬元, 1,000 億元, 188 451個; a written reply in 公頃), mainland provincial work reports with vague amounts
in Chinese numerals (超千亿元, 突破9千亿元、3万亿元) and areas (万亩, 平方公里), and a law's policy bounds (不超过一亩,
超过一亩但不超过二亩, 每平方米为十元至五十元, 不得超过百分之五十). Text, provenance and the gold's conventions:
figures10/SOURCES.md and the header of figures10/figures_gold.toml. Scored with the machinery of figures2-9
(briefreader.figures.score).

dev: floors are what the committed extractor scored at its first run on figures10, measured after all dev gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s14_13corpus_devmisses.md.
heldout11: every third article as chosen; never run by the corpus engineer; scored in aggregate only (the ends of
sessions 14 and 15, by the lead), never inspected; in session 16 it was retired into development as "dev-retired11"
(files still named figures10/heldout11/): its last held-out score is kept below as a record, and from then on it is
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
    folder="figures10",
    splits=frozenset({"dev", "dev-retired11"}),
    held="dev-retired11",
    held_folder="heldout11",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("美元", "港元", "港幣", "日元", "人民币", "人民幣", "台币", "台幣", "澳門元", "澳门元", "令吉", "新元")

# dev (18 articles; money 101, percent 58, area 21, count 68 gold figures). Each article's gold was committed before its
# first run. Articles 1-23: first scored at 0555f51 on the committed figures code (abf1f1a): money 74/77 / 74/77,
# percent 56/56 / 56/58, area 19/21 / 19/22, count 63/77 / 63/65, qualifier 207/212; then five entries that broke
# figures6-8's class-bound rule were removed (311ee87; two dev: 20出頭坪極端小宅, 超500亿元的县域). Articles 25-26 added
# in 747637d and first scored there (same figures code abf1f1a; the work tree's uncommitted figures code scores the
# same): all 18 dev articles money 93/97 = 0.959 / 93/101 = 0.921, percent 56/56 / 56/58 = 0.966, area 19/21 = 0.905
# / 19/21, count 66/81 = 0.815 / 66/68 = 0.971; qualifier agrees on 229 of 234 matches. Those are the floors.
# Most misses: bare 萬 amounts without 元 (補助三萬, 第一胎1萬5千, 第二胎2萬), the pair 三、四萬, the law's area bounds
# (不超过一亩, 超过一亩但不超过二亩), digits glued to Latin letters (Syntax-Brillian3%股權, EPS0.81元); extras: counts of
# types (3類, 8種, 三個指標) and restatements (該四人, 3個公眾航班 under 3班船, lead figures restated in the body).
# Itemised in /work/notes/s14_13corpus_devmisses.md. A ratchet: raise it, never lower it.
# Ratcheted by 13-dev (s14): 補助三萬 / 1萬5千 (a subsidy names a bare 萬 sum), 三、四萬 (a pair), 每平方米二元, EPS0.81元,
# Syntax-Brillian3%股權 (glued to a Latin word), 超过一亩但不超过二亩 (one range), 不超过一亩, 該2標開發, 租約 no hedge,
# 每百戶…有約24戶 (a rate), 該四人 (the 四名 referred back to), 附表四 (a label): money 93/97 / 93/101 -> 101/105 /
# 101/101, percent 56/56 / 56/58 -> 58/58 / 58/58, area 19/21 / 19/21 -> 21/21 / 21/21, count 66/81 / 66/68 -> 67/79 /
# 67/68.
# Session 15 (13-corpus): the dev gold brought in line with the settled conventions (gold header: D6 one-paragraph
# restatements listed again, +4 money +2 count; demonstrative counts, +3 count). The same code (HEAD 4589e85) scores
# money 101/105 / 101/101 -> 105/105 / 105/105, count 67/79 / 67/68 -> 72/79 / 72/73; floors set to that.
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s16: D3 (6个千亿级特色农业产业 out of gold and output): 72/79, 72/73 -> 71/78, 71/72
    # s17: D3's colon half (3類人士：1. 2. 3., 三個核心指標：知曉率、治療率和治療控制率): 71/78 -> 71/76
    # s18 (13-dev): two people just named said again (已婚夫婦兩人): 71/76 -> 71/75
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 14 甲亦三次 leaves both sides: 71/75 · 71/72 -> 70/74 · 70/71
    "count": (70 / 74, 70 / 71),
}

# heldout11 (9 articles; money 71, percent 36, area 2, count 37 gold figures): scored in aggregate by the lead at the
# end of session 14 (9021b8a, and the same after the review mends): money 70/77 / 70/71, percent 35/36 / 35/36, area
# 2/3 / 2/2, count 37/41 / 37/37; second score, end of session 15 (6ac3c0d): the same but area 2/2 / 2/2. Never
# itemised. Record: that last held-out score, written here before anything was run on the retired split.
# Session 16: retired into development as "dev-retired11" (its misses read from here on). First score as dev, on the
# unchanged figures code (12c2c1f, HEAD a47c5e5, 08:06 UTC), before any change: the same as this record. Held to it as
# a floor (RETIRED11_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT11_LAST_HELDOUT = {
    "money": (70 / 77, 70 / 71),
    "percent": (35 / 36, 35 / 36),
    "area": (1.0, 1.0),
    "count": (37 / 41, 1.0),
}
# Ratcheted in s16 on 13-corpus's gold reading (f364b0f: a value typo, D6 restatements, a demonstrative count) and
# 13-dev's D3 rule (庆阳、张掖、天水3个 / 炳灵寺、官鹅沟、冶力关3家 no counts): money 74/77 / 74/74, count 38/39 / 38/38;
# then a place named among places (淡水、林口、五股等) is no count: count 38/38 / 38/38
# s25: 少 a word of its own signs a percent (待租物件少50%: -50%): percent 36/36 / 36/36
RETIRED11_FLOOR = {
    "money": (74 / 77, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=15)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億 is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(CORPUS, held_count=9, retired_from="heldout11")


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 18


def test_articles_are_new_and_sources_varied() -> None:
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 10))])
    check_varied(
        CORPUS,
        min_repositories=5,
        max_per_repository=10,  # 蘋果日報 records: 10 of 27
        regions={"mainland": 3, "hk": 3, "macau": 3, "taiwan": 4},
        scripts={"hans": 4, "hant": 8},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired11() -> Report:
    return CORPUS.report("dev-retired11")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired11_does_not_regress(retired11: Report, kind: str) -> None:
    check_floor(retired11, kind, RETIRED11_FLOOR)  # development text now: itemised
