"""Guards key figures on the eighth real corpus (tests/data/realworld/figures8/).

Thirty-six articles (session 12) chosen for what the earlier corpora had little of: markets and bonds reporting (Reuters
Chinese pages kept by a banned-news mirror: 人民币 fixing and 参考汇率, external debt by share; 新浪财经/每经网: local-
government bonds, an IPO week with 万元 ranges, a quarter's statistics, 招商引资 targets with class bounds and 亩均 taxes,
talent-subsidy caps), Taiwan (蘋果日報 property and finance: bare 元/萬/億 in TWD, 角, 坪 areas, 274萬4156平方公尺, 新台幣
moves and 半碼), Hong Kong (頭條日報's Chinese numerals, 星島/東網 case counts, LegCo submissions with hard-wrapped
lines and 數以十萬計), Macau (government releases: 澳門元 then bare 萬元, 百分之十, counts), Singapore and Malaysia items
of an ASEAN digest (bare 元 = SGD, 分, 兆令吉). Text, provenance and the gold's conventions: figures8/SOURCES.md and the
header of figures8/figures_gold.toml. Scored with the machinery of figures2-7 (briefreader.figures.score).

dev: floors are what the committed extractor scored at its first run on figures8 (session 12; the gold was committed
before any run: articles 1-26 in 56053ff, 27-36 in a9d99d3), below the bar of issue 13 (precision >= 0.95, recall >= 0.90
per kind) where it fell short; a ratchet, raise them as the extractor improves. The misses are itemised in
/work/notes/s12_13corpus_devmisses.md.
heldout9: every third article as chosen; scored in aggregate only (the ends of sessions 12 and 13, by the lead), never
inspected; in session 14 it was retired into development as "dev-retired9" (files still named figures8/heldout9/): its
last held-out score is kept below as a record, and from then on it is developed on and itemised.
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
    folder="figures8",
    splits=frozenset({"dev", "dev-retired9"}),
    held="dev-retired9",
    held_folder="heldout9",  # a retired article keeps its file name
    # singapore and malaysia: the ASEAN digest's items (the gold header's convention 5); the extractor knows four regions
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = (
    "美元",
    "美分",
    "港元",
    "港幣",
    "日元",
    "英镑",
    "人民币",
    "人民幣",
    "台币",
    "台幣",
    "澳門元",
    "令吉",
    "马币",
    "新元",
)
# a bare amount in a parenthesis right after an amount in a named currency takes that currency (header convention 2)
CARRIED = {("figures8/dev/05_gcs_hengqin_recruitment.txt", "另有約6萬元")}

# dev (24 articles; money 162, percent 102, area 23, count 81 gold figures). First scored on the committed code (HEAD
# a9d99d3, right after the gold of all 36 articles was committed; figures code as at that commit; 13-dev's uncommitted
# extract.py/units.py gave the same figures): money 153/167 = 0.916 / 153/162 = 0.944, percent 99/101 = 0.980 / 99/102 =
# 0.971, area 23/23 / 23/23, count 70/79 = 0.886 / 70/81 = 0.864; overall 345/370 = 0.932 / 345/368 = 0.938; qualifier
# agrees on 337 of 345 matches. Floors at that score; a ratchet: raise it, never lower it. Money ratcheted by 13-dev2
# (s12): a text naming Singapore or Malaysia often and nothing of the mainland is theirs (bare 元 SGD): 159/164, 159/162.
# Percent and count ratcheted by the lead at the session's end (3de0b94; 13-dev's s12 grammar): 102/103, 102/102 and
# 75/78, 75/81.
DEV_FLOOR = {
    # session 13 (13-dev, small announced edit): 3.8分/6.57分 (a trust's DPS in cents), 破2.6兆 (兆 with no 令吉), the
    # class 3000萬元以上的房子 no sum: money 159/164 -> 162/166, 159/162 -> 162/162; 三間機構 restated as a part: count
    # 75/78 -> 76/79, 75/81 -> 76/81; then a subheading's 1.09亿美元 said under it as 约1.09亿美元 is one figure, as the
    # text under it says it: money 162/166 -> 162/165; session 15 (13-dev, 93f364c): 25's 5.231亿元 / 5亿2310万元 under
    # it, one figure: 162/164
    "money": (162 / 164, 162 / 162),
    "percent": (102 / 103, 102 / 102),
    "area": (1.0, 1.0),
    # then 全院40多人均列為 (均 "all" after a count, not 人均): count 77/80, 77/81; session 15 (13-dev, 93f364c): 20's
    # heading 五千個 said again under it: 77/79
    # session 35 (13-dev): §5's lead-and-body ruling aligned the gold (23's lead 1人初步確診 said again: one entry):
    # 77/79 · 77/81 -> 77/79 · 77/80
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 14 連續16次升息, 16 2度調高/已經5度調升 leave both sides: 77/79 · 77/80 -> 74/76 · 74/77
    "count": (74 / 76, 74 / 77),
}

# heldout9 (12 articles; money 34, percent 85, area 19, count 77 gold figures): scored in aggregate once at 16:38 UTC
# at the end of session 12 (3de0b94): money 34/34 / 34/34, percent 83/84 = 0.988 / 83/85 = 0.976, area 19/20 = 0.950
# / 19/19, count 74/81 = 0.914 / 74/77 = 0.961. Misses never read; floors set to that score. Second score, end of
# session 13 (19:51 UTC, a4d3fcf): the same but count precision 74/80 = 0.925; floors raised to it.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 14: retired into development as "dev-retired9" (its misses read from here on); held to this record as a
# floor (RETIRED9_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT9_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (83 / 84, 83 / 85),
    "area": (19 / 20, 1.0),
    "count": (74 / 80, 74 / 77),
}
# Ratcheted as first developed on (session 14, 13-dev: 站上 over, 亦有一名 one more of a partition, 3部…相等於1部 a
# ratio, 每小時完成2個行程 a frequency, 名义/实际增长 two facts, 數以十萬計的…訂單 a count, a hedge at a hard-wrapped
# line's end, 僅次8月的10.44% signed as the fall before it): percent 83/84 / 83/85 -> 85/85 / 85/85, count 74/80 /
# 74/77 -> 76/78 / 76/77; money and area unchanged.
RETIRED9_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    # session 15 (13-corpus, gold header): 03's 用地面积50亩以上 is a rule's threshold, listed (D1): 19/20 -> 20/20
    "area": (1.0, 1.0),
    # then a hard-wrapped line is no subheading (36's second 最少 30,000 個): 77/79, 77/77; session 15 (13-corpus): 36's
    # 配額限制在 10,000 個 listed (D2): 78/79, 78/78
    "count": (78 / 79, 1.0),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


@pytest.fixture(scope="module")
def retired9() -> Report:
    return CORPUS.report("dev-retired9")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=36)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億/兆/分/角 is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt, and so is an amount a named currency carries (CARRIED)
    check_bare_yuan(CORPUS, NAMED, carried=CARRIED)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(
        CORPUS,
        held_count=12,
        retired_from="heldout9",
        min_per_kind=10,  # each kind is present in the held-out third too
        held_regions=("mainland", "hk", "macau", "taiwan"),
    )


def test_articles_are_new_and_sources_varied() -> None:
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in (2, 3, 4, 5, 6, 7))])
    check_varied(
        CORPUS,
        min_repositories=6,
        max_per_repository=13,
        min_outlets=25,
        regions={"mainland": 10, "hk": 5, "macau": 4, "taiwan": 8, "singapore": 1, "malaysia": 1},
        scripts={"hans": 12, "hant": 12},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired9_does_not_regress(retired9: Report, kind: str) -> None:
    check_floor(retired9, kind, RETIRED9_FLOOR)  # development text now: itemised
