"""Guards key figures on the fifth real corpus (tests/data/realworld/figures5/).

Fifty-one articles not used before (session 9: 1-39, then 40-48 and 49-51 after the first dev run, gold first), chosen for what issue 13 names: policy and budget text
(provincial work reports, the LegCo 2013-14 budget speech, a Taiwan editorial in Chinese numerals, county
pages with 亩, 公顷, 平方公里 and 平方米), economic news (percent moves, percent ranges, 个百分点, signed
declines), Hong Kong (bare 元 and 億 in LegCo), Taiwan (bare 元/萬/億/兆 as TWD, 坪, 公頃, fee brackets and
fines as ranges, articles with no outlet named), Macau (澳門元 written before the number, counts in releases, 澳門日報 with currency notes),
policy bounds (3万元以上10万元以下, 百分之零点五以上百分之一以下),
foreign currencies (美元, 日圓/日幣, 人民幣), counts with varied measure words, vague amounts and approximate
pairs (几百万, 三四千万, 七八个亿, 四五百億). Text, provenance and the conventions of the gold: figures5/SOURCES.md
and the header of figures5/figures_gold.toml. Scored with the machinery of figures2-4
(briefreader.figures.score).

dev: floors are what the extractor scored when the gold was frozen (session 9), below the bar of issue 13
(precision >= 0.95, recall >= 0.90 per kind); a ratchet, raise them as the extractor improves. The misses are
itemised in /work/notes/s9_13corpus_devmisses.md.
heldout6: every third article as chosen; scored in aggregate only (the ends of sessions 9 and 10), never
inspected; in session 11 it was retired into development as "dev-retired6" (files still named
figures5/heldout6/): its last held-out score is kept below as a record, and from then on it is developed on and
itemised.
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
    folder="figures5",
    splits=frozenset({"dev", "dev-retired6"}),
    held="dev-retired6",
    held_folder="heldout6",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY"),
)
# dev (34 articles; money 281, percent 179, area 54, count 287 gold figures) first scored with all gold committed
# (extractor at 0d41fc4): money 205/267 = 0.768 / 205/281 = 0.730, percent 177/182 / 177/179, area 1.0 / 52/54,
# count 264/275 / 264/287 (articles 1-39 alone, first run at 96109e7: money 0.741/0.707, percent 1/1, count
# 0.973/0.896). 13-dev then worked on the itemised misses (/work/notes/s9_13corpus_devmisses.md); at bf7dacf, the end
# of session 9 (committed code): money 271/273 = 0.993 / 271/281 = 0.964, percent 1.0 / 177/179 = 0.989, area 1.0 /
# 53/54 = 0.981, count 282/288 = 0.979 / 282/287 = 0.983. Floors at that score; a ratchet: raise it, never lower it.
# Session 10: the gold was brought in line with the settled conventions (header: lead/body restatements listed once
# by their words, Arabic 1 counts listed): dev money 281 -> 274, percent 179 -> 178, count 287 -> 290 gold figures.
# The same code (HEAD f00978d, no figures change) scores money 271/273 / 271/274 = 0.989, percent 1.0 / 177/178 =
# 0.994, area unchanged, count 284/288 = 0.986 / 284/290 = 0.979 (可補貼1件 ×2 now match; 生产线各1条 is a new miss).
# End of session 10 (committed figures code at e2fdaa0): money 274/275 = 0.996 / 274/274, percent 177/177 / 177/178 =
# 0.994, area 54/54 / 54/54, count 286/289 = 0.990 / 286/290 = 0.986. Floors ratcheted to that.
# Session 11 (13-corpus): the six conventions settled for all figure gold (header of figures6/figures_gold.toml) add
# one dev count (29 已先後三次, 3 次): count 290 -> 291 gold; the same code (HEAD 723b040) scores count 287/289 = 0.993 /
# 287/291 = 0.986, the other kinds unchanged. Floors set to that.
DEV_FLOOR = {
    "money": (274 / 275, 1.0),
    # session 35 (13-dev): a statute's first article (第八十二条) is no lead: its fine said again in 第八十四条 is listed
    # again (FIGURES_GOLD §5): 177/177 · 177/178 -> 178/178 · 178/178
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # session 13 (13-dev): two equal counts that are parts of a whole (兩種專用藥物 …) are two facts: 287/289, 287/291 ->
    # 288/290, 288/291
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 29 已先後三次 leaves both sides: 288/290 · 288/291 -> 287/289 · 287/290
    "count": (287 / 289, 287 / 290),
}
# heldout6 (17 articles, every third as chosen; money 84, percent 59, area 39, count 163 gold figures): scored in
# aggregate once, at the end of session 9 after all gold was committed (committed code at bf7dacf, 05:09-05:10 UTC):
# money 56/80 = 0.700 / 56/84 = 0.667, percent 54/57 = 0.947 / 54/59 = 0.915, area 38/40 = 0.950 / 38/39 = 0.974,
# count 154/166 = 0.928 / 154/163 = 0.945, overall 302/343 = 0.880 / 302/345 = 0.875. Misses never read; floors set to
# that score. Session 10: one heldout6 gold entry was removed by reading the text only (03's 34億元的預算赤字, the
# lead's 34億元 restated in the body: money 84 -> 83 gold figures); the extractor was not run on heldout6 then, and
# these floors stay session 9's until the lead's one aggregate scoring at the end of session 10.
HELDOUT6_FLOOR = {
    "money": (56 / 80, 56 / 84),
    "percent": (54 / 57, 54 / 59),
    "area": (38 / 40, 38 / 39),
    "count": (154 / 166, 154 / 163),
}
# Record: its last held-out score, the lead's one aggregate scoring at the end of session 10 (figures code e2fdaa0,
# the same as bac5a5a's), on the gold with 03's restatement removed (money 83 gold figures), as the session-11
# brief gives it, written here before anything was run on it:
#   money 56/80 = 0.700 / 56/83 = 0.675, percent 54/57 = 0.947 / 54/59 = 0.915, area 38/40 = 0.950 / 38/39 =
#   0.974, count 154/166 = 0.928 / 154/163 = 0.945.
# Session 11: retired into development as "dev-retired6" (its misses read from here on); held to this record as
# a floor (RETIRED6_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT6_LAST_HELDOUT = {
    "money": (56 / 80, 56 / 83),
    "percent": (54 / 57, 54 / 59),
    "area": (38 / 40, 38 / 39),
    "count": (154 / 166, 154 / 163),
}
# Ratcheted as first developed on (session 11, 13-dev: 廿/卅 numerals, ○ in a numeral, Taiwan financial words for the
# currency, 贬值幅度 signed, 所以上, a people noun before a bare 万 number, 人次 before its number, a rate per second,
# 分别约 over a list): money 83/84 / 83/83, percent 57/57 / 57/59, area 39/40 / 39/39, count 162/171 / 162/163.
# Then (a line ending in ： opens a list, no subheading: 5宗群集性事件 listed again; a dependency ratio 5人支援1人 is
# no count): count 163/167 / 163/163.
# Session 13 (13-dev): a round sum naming a class (百億元俱樂部) is no amount: money 83/84 -> 83/83.
RETIRED6_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),  # then 59/59 / 59/59: a list pairing a sum with a rate on each item (340億美元加25%、…)
    "area": (39 / 40, 1.0),
    "count": (163 / 167, 1.0),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


@pytest.fixture(scope="module")
def retired6() -> Report:
    return CORPUS.report("dev-retired6")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=36)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億 is in the currency of the text's region (the header's rule);
    # a figure whose text names another currency is exempt
    named = ("美元", "日圓", "日幣", "人民幣", "人民币", "新台幣", "港元", "澳門元")
    # 澳門日報 on Guangdong (44 with a （人民幣，下同） note, 46 with none): the sums are spent there, CNY
    noted = {
        "figures5/dev/44_macaodaily_guangdong_trade_in_subsidies.txt": "CNY",
        "figures5/dev/46_macaodaily_guangdong_new_year_spending.txt": "CNY",
    }
    check_bare_yuan(CORPUS, named, noted=noted)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(
        CORPUS,
        held_count=17,
        retired_from="heldout6",
        min_per_kind=15,  # each kind is scored on the held-out third too
        held_regions=("mainland", "hk", "macau", "taiwan"),
        held_regions_exact=True,
    )


def test_articles_are_new_and_sources_varied() -> None:
    check_new(CORPUS, ["figures_gold", "figures2", "figures3", "figures4"])
    check_varied(
        CORPUS,
        min_repositories=9,
        max_per_repository=10,
        min_outlets=20,
        regions={"mainland": 12, "taiwan": 8, "hk": 6, "macau": 8},
        scripts={"hans": 12},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired6_does_not_regress(retired6: Report, kind: str) -> None:
    check_floor(retired6, kind, RETIRED6_FLOOR)  # development text now: itemised
