"""Guards key figures on the seventh real corpus (tests/data/realworld/figures7/).

Thirty-six articles (session 11) from repositories and outlets no earlier figure corpus used: 网易财经 2015 pages of
the stock-market crash (chrislinan/cx-extractor-python: 华夏时报, 中国经营报, 央视, 21世纪经济报道 … as 网易 carried them;
万亿 sums with and without 元, 几千万元/几万亿/百余亿, percent and money ranges, 万手, 元/平米), BBC 中文 / 自由亚洲电台 /
德国之声 archived by duty-machine/news (foreign currencies named: 美元, 美分, 港元, 日元, 英镑, 台币; counts in Chinese
numerals; 数亿, 百万台币), OCR'd annual reports of Hong Kong- and mainland-listed companies (xingdi1990/olmocr: 港元
prices, 人民幣…百萬元, 净利润-419.16万元, a range split by the OCR's line break) and two statistical bulletins
(SimonXinw/job: 亩, 公顷, 千公顷, 平方公里), and Taiwan text from a Taiwanese author's blog (chienhsiang-hung/blog: bare
元/萬 in TWD, 兆, full-width ％). Text, provenance and the gold's conventions: figures7/SOURCES.md and the
header of figures7/figures_gold.toml. Scored with the machinery of figures2-6 (briefreader.figures.score).

dev: floors are what the committed extractor scored at its first run on figures7 (session 11; the gold was committed
before any run: articles 1-33 in two rounds, acd7bc8 and 822f220, 34-36 in a third, ca8cfcf), below the bar of issue 13
(precision >= 0.95, recall >= 0.90 per kind) where it fell short; a ratchet, raise them as the extractor improves. The
misses are itemised in /work/notes/s11_13corpus_devmisses.md.
heldout8: every third article as chosen; scored in aggregate only (the ends of sessions 11 and 12, by the lead), never
inspected; in session 13 it was retired into development as "dev-retired8" (files still named figures7/heldout8/): its
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
    folder="figures7",
    splits=frozenset({"dev", "dev-retired8"}),
    held="dev-retired8",
    held_folder="heldout8",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP"),
    signed_money=True,  # a minus written in the text is kept (净利润-419.16万元); a sum is never zero
)
# dev (24 articles; money 209, percent 99, area 21, count 113 gold figures). Articles 1-33 were first scored on the
# committed code (HEAD 822f220; figures code last changed at a397432; the work tree with 13-dev's uncommitted
# region.py/places.py gave the same): money 191/200 = 0.955 / 191/203 = 0.941, percent 94/101 = 0.931 / 94/97 = 0.969,
# area 20/20 / 20/21 = 0.952, count 89/94 = 0.947 / 89/95 = 0.937; five dev entries that broke the gold's own lead/body
# rule were then removed (the gold header says which; money recall 191/198). Articles 34-36 (Taiwan text) came in a
# third round, gold committed (ca8cfcf) before their first run. First score of all 24 dev articles on the committed code
# (HEAD ca8cfcf, the same figures code): money 191/207 = 0.923 / 191/209 = 0.914, percent 96/103 = 0.932 / 96/99 =
# 0.970, area 20/20 / 20/21 = 0.952, count 107/112 = 0.955 / 107/113 = 0.947 (overall 414/442 = 0.937 / 0.937).
# Floors at that score; a ratchet: raise it, never lower it. Raised by 13-dev2 (s11): an outlet abroad writing
# Simplified writes for mainland readers, an ROC date (111年10月) is Taiwan's, a hyphen after a label is no minus
# (天天抽-2000元): money 200/209 = 0.957 / 200/209 = 0.957; a bound naming a class that is then counted is no figure
# (跌幅超过50%的个股有102只, 金额超过10亿元的板块有20个): money 200/205 = 0.976, percent 96/100 = 0.960; 损失 signs a
# fall, 艘次 and 桌 are count units: percent 98/100 = 0.980 / 98/99 = 0.990, count 109/113 = 0.965 / 0.965.
DEV_FLOOR = {
    # session 12 (13-dev): 兆 for a trillion in Traditional text is a Taiwan vote (35: 7859億元, 逼近1.5兆元 TWD):
    # 204/206, 204/209 -> 206/206, 206/209
    # session 16: the headings 42万 / 509亿 over 42.07万元 / 509.02亿元 are one figure each (gold and code, the
    # rounding-heading rule): 206/206, 206/209 -> 204/204, 204/207
    "money": (
        1.0,
        204 / 207,
    ),  # 201/203, 201/209; then 6万亿的资产 (a sum of assets) as money  # 200/203: 209个财产超过10亿美元的 (a class bound); 201: 13200-15000\n元/吨
    "percent": (99 / 100, 1.0),  # 98/100, 98/99; then 下跌3美分或不到0.1% signed (美分 a move restated)
    "area": (1.0, 20 / 21),
    # 109/113 both; 110/114: 6亿多中国人; 110/112: share ratios (每五(5)股) no count; session 13 (13-dev): 6宗流拍，
    # 6宗中止出让 two parts of a whole: 111/113 both; session 15 (13-dev, 93f364c): a subheading's 三起 said again
    # under it in other words is one figure: 111/112, 111/113
    "count": (111 / 112, 111 / 113),
}


# heldout8 (12 articles; money 69, percent 73, area 11, count 35 gold figures): scored in aggregate once at 13:42 UTC
# at the end of session 11 (b1be786): money 68/73 = 0.932 / 68/69 = 0.986, percent 72/73 = 0.986 / 72/73 = 0.986,
# area 11/11 / 11/11, count 29/29 / 29/35 = 0.829. Misses never read; floors set to that score. Scored again at the end
# of session 12 (16:38, 3de0b94): money 68/69 = 0.986 / 68/69, the rest the same; floors ratcheted.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 13: retired into development as "dev-retired8" (its misses read from here on); held to this record as a
# floor (RETIRED8_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT8_LAST_HELDOUT = {
    "money": (68 / 69, 68 / 69),
    "percent": (72 / 73, 72 / 73),
    "area": (1.0, 1.0),
    "count": (1.0, 29 / 35),
}
# Ratcheted as first developed on (session 13, 13-dev: 手 counts lots where its word ends, 跌掉 signs a fall, 约占 /
# 约为…的 / 大致 / 上限是 / 限流 / 起步 hedges, 几万亿市值 a sum, 百萬美元富豪 a class, no amount): money 68/69 / 68/69 ->
# 69/69 / 69/69, percent 72/73 / 72/73 -> 73/73 / 73/73, count 29/29 / 29/35 -> 35/35 / 35/35; area 11/11 unchanged.
RETIRED8_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


@pytest.fixture(scope="module")
def retired8() -> Report:
    return CORPUS.report("dev-retired8")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=36)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/万/亿 is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt
    named = ("美元", "美分", "港元", "港幣", "日元", "英镑", "人民币", "人民幣", "台币", "台幣", "澳門元")
    check_bare_yuan(CORPUS, named)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(
        CORPUS,
        held_count=12,
        retired_from="heldout8",
        min_per_kind=10,  # each kind is present in the held-out third too
        held_regions=("mainland", "hk", "taiwan"),
    )


def test_articles_are_new_and_sources_varied() -> None:
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in (2, 3, 4, 5, 6))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=4,
        max_per_repository=13,
        min_outlets=25,
        regions={"mainland": 12, "hk": 5, "taiwan": 4},
        scripts={"hans": 12, "hant": 8},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired8_does_not_regress(retired8: Report, kind: str) -> None:
    check_floor(retired8, kind, RETIRED8_FLOOR)  # development text now: itemised
