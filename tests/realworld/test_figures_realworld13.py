"""Guards key figures on the thirteenth real corpus (tests/data/realworld/figures13/).

Articles (session 17) chosen for what the extractor finds hard: Hong Kong text (bare 元/萬 in HKD, $1,200港元, 呎價 and
方呎, 29萬5千, 數百萬) and Taiwan text (bare 億 in TWD, numbers written with ○ and a full-width dot: 一二○○萬美元,
三．六億台幣, ○．六％; 三十到四十％; 上看7000萬), vague counts (數千人, 數十名, 逾20名) and counts with measure words (宗, 罪,
項, 度, 件, 塊, 部, 點); held out, a Hong Kong broker's research notes in simplified Chinese (company results with
（人民币；下同） notes, HKD share-price strategies, ranges 9-9.8亿 / 230-260%, 万平方米). Text, provenance and the gold's conventions: figures13/SOURCES.md and the header of
figures13/figures_gold.toml. Scored with the machinery of figures2-12 (briefreader.figures.score) through the shared
checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12): no held-out article shares a repository or a publisher with a dev
article. dev: ronnywang/newsdiff (Taiwan outlets' crawler fixtures), king7766/tutorRN (蘋果日報, Hong Kong) and
yookoala/newsdiffHK (星島日報, 無綫新聞, 香港文匯報, 熱血時報; held out in round 1, moved to dev in round 2 before anyone
ran it: a fork of ronnywang/newsdiff); heldout14: ryoyin/beijingsecgroup (北京证券集团's 个股追踪 notes, 2016).

dev: floors are what the committed extractor scored at its first run on figures13, measured after all gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s17_13corpus_for_13dev.md.
heldout14: never run by the corpus engineer; scored in aggregate only (the ends of sessions 17 and 18, by the lead), never
inspected; in session 19 it was retired into development as "dev-retired14" (files still named figures13/heldout14/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised.
"""

from __future__ import annotations

import pytest
from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_floor,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS, Report

CORPUS = Corpus(
    folder="figures13",
    splits=frozenset({"dev", "dev-retired14"}),
    held="dev-retired14",
    held_folder="heldout14",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("人民币", "人民幣", "港元", "港币", "港幣", "新台币", "新台幣", "台幣", "美元", "欧元", "新元", "令吉")
# bare amounts a （人民币；下同） note binds, or a mainland business's amounts with no currency written (gold convention 13)
# (gold convention 13), marked `placed = true` in the gold: the held-out figure texts are not quoted here (review s17 R6)
PLACED = {(a["file"], f["text"]): f["unit"] for a in CORPUS.articles for f in a["figures"] if f.get("placed")}

# First scored on the committed code right after the gold's commit (HEAD 76a9484, git archive; figures code of 60adb62),
# dev 11 articles (money 24, percent 34, area 3, count 26 gold figures): money 21/26 = 0.808 / 21/24 = 0.875, percent
# 33/34 = 0.971 / 33/34 = 0.971, area 3/3 / 3/3, count 20/27 = 0.741 / 20/26 = 0.769; qualifier 77/77. Misses: numbers
# written with a full-width dot lose their integer part (約三．六億台幣 -> 六億台幣, 四．七億美元 -> 七億美元, ○．六％ -> 六％),
# a title's figure restated in the lead listed twice (258億), 300萬元 in lead and body listed twice, 超過500億 (bare 億,
# TWD) missed, 四兄弟 ×2, 3,248點 (点), 4罪, 8度 missed, 上看7000萬 (iPhone sales) read as money, index names (500種,
# 100種), a pair just named (2人, 兩人), 三款, 一項 and 洗4次 read as counts. Itemised in
# /work/notes/s17_13corpus_for_13dev.md. These are the floors (a ratchet).
# Round 2 (gold 38cf321 before any run: yookoala/newsdiffHK's six articles moved to dev, the broker's notes held out),
# all 17 dev articles (money 32, percent 43, area 5, count 35) first scored on HEAD 38cf321's code (git archive; figures
# code of ce2a7f7): money 27/32 = 0.844 / 27/32 = 0.844, percent 42/43 / 42/43 = 0.977, area 5/5 / 5/5, count 29/37 =
# 0.784 / 29/35 = 0.829; qualifier 103/103. New misses: 涉及4,000萬的索償 and 數百萬 (bare 萬 sums, HKD) missed, 全球排17位
# (a rank) read as a count. These are the floors (the split grew: round 1's were money 21/26 / 21/24, count 20/27 / 20/26).
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s17 (13-dev): a decimal point between Chinese digits (約三．六億台幣, 四．七億美元, ○．六％: were 6億, 7億, 6%):
    # money 27/32 / 27/32 -> 29/32 / 29/32, percent 42/43 / 42/43 -> 43/43 / 43/43
    # then an index's name (500種股票指數), a rank (全球排17位), units sold (銷售量上看7000萬: no sum): money 29/32 -> 29/31,
    # count 29/37 -> 29/34
    "money": (29 / 31, 29 / 32),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s18 (13-dev): a pair just named (瑛太與大森兩人): count 29/34 -> 29/33
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 11 並8度向示威者 out of the gold (never read): 29/33 · 29/35 -> 29/33 · 29/34
    "count": (29 / 33, 29 / 34),
}

# heldout14: scored once, in aggregate, by the lead at the end of session 17 (d55e0dc), never itemised. A Hong Kong broker's
# research notes in Simplified Chinese (company results with a currency note, HKD share prices): money 21/46 both ways,
# the weakest score any held-out figure split has had (percent, area and count all right). Which currency a broker's
# note gives a bare 元 (its notes say so once, its region says another) may be the cause: a guess from the corpus
# description in SOURCES, not looked into. Scored again once in aggregate at session 18's end (bfcefef), after
# 13-dev's general reading of currency notes ((人民幣；下同), 除特別註明外…): the same, money 21/46 both ways, the rest
# 1.0; so the notes were not the cause, or not the only one. Record: that last held-out score, written here before
# anything was run on the retired split.
# Session 19: retired into development as "dev-retired14" (its misses read from here on). First score as dev, on the
# unchanged figures code (HEAD d6af15e), before any change: the same as this record. Held to it as a floor
# (RETIRED14_FLOOR, ratcheted as it improves).
HELDOUT14_LAST_HELDOUT = {
    "money": (21 / 46, 21 / 46),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}
RETIRED14_FLOOR = dict(HELDOUT14_LAST_HELDOUT)
# s19 (13-dev): a share's price is in its exchange's currency (策略 lines of a (425-HK) note: HKD, were CNY or bare):
# money 21/46 / 21/46 -> 45/46 / 45/46
# then a decimal point with a space after it (约2. 8元附近 was 8元): 45/46 -> 46/46 both ways
RETIRED14_FLOOR["money"] = (1.0, 1.0)


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=28)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is TWD in Taiwan text, HKD in Hong Kong text; a figure whose text names a currency is exempt; the
    # broker's RMB-noted amounts are CNY (PLACED)
    check_bare_yuan(CORPUS, NAMED, placed=PLACED)


def test_split_is_fixed_by_source() -> None:
    # dev-retired14 holds 2 area figures only (中海外's floor areas), hence min_per_kind=2
    check_split_by_source(CORPUS, held_count=11, min_per_kind=2)


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 17
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 11 of 28 articles held (39%); the broker's notes are dense: dev 115, dev-retired14 95 scored figures
    assert 0.5 <= scored["dev"] / (scored["dev"] + scored["dev-retired14"]) <= 0.6


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-12
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 13))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=11,
        min_outlets=24,
        regions={"taiwan": 8, "hk": 20},
        scripts={"hant": 17, "hans": 11},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired14() -> Report:
    return CORPUS.report("dev-retired14")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired14_does_not_regress(retired14: Report, kind: str) -> None:
    check_floor(retired14, kind, RETIRED14_FLOOR)  # development text now: itemised
