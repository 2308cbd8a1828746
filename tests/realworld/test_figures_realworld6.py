"""Guards key figures on the sixth real corpus (tests/data/realworld/figures6/).

Thirty-six articles (session 10) from repositories and outlets no earlier figure corpus used, chosen for text kinds
the earlier corpora lacked: 人民日报 reports (counts in many measure words, vague amounts 超万亿元/2000多头/10万余户,
公顷/亩), a Shanghai district's funding guide (caps 最高不超过500万元), Wind's daily finance digest (results in
美元/欧元/英镑/日元, 美分, EPS ranges, 港元 turnover, 万平方米 sales areas, 到2030年), hard-wrapped public submissions to
LegCo on ride-hailing (HKD, 港幣 200 元, 3萬至\\n5萬, 二三千個), PTT Stock reposts and forum replies (TWD by region, $ and
塊 prices, 億/萬 without 元, a (美元,下同) note), Macau releases (（澳門元，下同）, area classes that are not figures). Text,
provenance and the gold's conventions: figures6/SOURCES.md and the header of figures6/figures_gold.toml. Scored
with the machinery of figures2-5 (briefreader.figures.score).

dev: floors are what the committed extractor scored when the gold was frozen (session 10, gold at 797fe73, before any
run), below the bar of issue 13 (precision >= 0.95, recall >= 0.90 per kind); a ratchet, raise them as the extractor
improves. The misses are itemised in /work/notes/s10_13corpus_devmisses.md.
heldout7: every third article as chosen; scored in aggregate only (the ends of sessions 10 and 11), never
inspected; in session 12 it was retired into development as "dev-retired7" (files still named figures6/heldout7/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised.
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
    folder="figures6",
    splits=frozenset({"dev", "dev-retired7"}),
    held="dev-retired7",
    held_folder="heldout7",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP"),
    year_rule=False,  # 19's 目标到2030年: a target year written after 目标
)
# dev (24 articles; money 101, percent 113, area 12, count 154 gold figures), first scored on the committed code at
# 797fe73 with all gold committed (the work tree with 13-dev's uncommitted edits gave the same): money 87/96 = 0.906 /
# 87/101 = 0.861, percent 107/109 = 0.982 / 107/113 = 0.947, area 12/13 = 0.923 / 12/12, count 140/149 = 0.940 /
# 140/154 = 0.909. 13-dev then worked on the itemised misses; at the end of session 10 (committed figures code at
# e2fdaa0, 08:03 UTC): money 100/103 = 0.971 / 100/101 = 0.990, percent 110/111 = 0.991 / 110/113 = 0.973, area 12/12 /
# 12/12, count 151/156 = 0.968 / 151/154 = 0.981. Floors at that score; a ratchet: raise it, never lower it.
# Session 11 (13-corpus): the six conventions settled for all figure gold (this gold file's header) change five dev
# entries: money 101 -> 103 gold (17 由29元上調至30元, an exchange rate with its unit), count 154 -> 156 (17 這兩項因素,
# 26 每公里道路承載373部; 10 7部门 now unit 部门), percent 113 (32 收窄9.8% unsigned). The same code (HEAD 723b040)
# scores money 102/103 = 0.990 / 102/103 = 0.990, percent 111/111 / 111/113 = 0.982, area 12/12 / 12/12, count
# 154/156 = 0.987 / 154/156 = 0.987. Floors set to that (heldout7 gold unchanged: none of its entries was affected).
# Session 11 (13-dev): a year between (2026年的毛利率…上調到58.2%，2027年…調高到58.2%) and a range before the noun it
# counts (3萬至5萬網約車牌): percent 111/111, 111/113 -> 112/112, 112/113, count 154/156, 154/156 -> 155/157, 155/156.
DEV_FLOOR = {
    # then 102/102: a bound naming a class (超千亿元的县（市、区）达18个) is no figure; session 13 (13-dev): 1B 美金
    # (a Latin scale letter before a currency word): 103/103 both
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),  # then 113/113: a bound on a share is a list item (…区域不低于60%，…重点区域不低于60%)
    "area": (1.0, 1.0),
    # session 14 (13-dev): 29行政區 (districts named by their kind): 155/157, 155/156 -> 156/158, 156/156
    "count": (156 / 158, 1.0),
}
# heldout7 (12 articles, every third as chosen; money 60, percent 57, area 15, count 68 gold figures): scored in
# aggregate once, at 08:10 UTC at the end of session 10, after all gold was committed (committed figures code at
# e2fdaa0): money 38/53 = 0.717 / 38/60 = 0.633, percent 54/55 = 0.982 / 54/57 = 0.947, area 15/18 = 0.833 / 15/15,
# count 56/62 = 0.903 / 56/68 = 0.824, overall 163/188 = 0.867 / 163/200 = 0.815. Misses never read; floors set to
# that score.
# Scored once more in aggregate at the end of session 11 (13:42, b1be786): the same on every kind (its second
# scoring; it retires into development next session).
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 12: retired into development as "dev-retired7" (its misses read from here on); held to this record as a
# floor (RETIRED7_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT7_LAST_HELDOUT = {
    "money": (38 / 53, 38 / 60),
    "percent": (54 / 55, 54 / 57),
    "area": (15 / 18, 1.0),
    "count": (56 / 62, 56 / 68),
}
RETIRED7_FLOOR = {
    # session 12 (13-dev): a PTT (批踢踢實業坊) source is Taiwan's (09's 15 TWD sums), 资产/借/信贷 name a sum:
    # 38/53, 38/60 -> 56/56, 56/60; session 14 (13-dev): 抵押600萬借200萬 (a verb after the sum ends it): 57/57, 57/60
    "money": (1.0, 57 / 60),
    # 83%乘客及83%司機 two facts, '+' before a percent: 54/55, 54/57 -> 56/57, 56/57
    "percent": (56 / 57, 56 / 57),
    # 按單位實用面積統計 (a breakdown): its ranges and bounds are classes: 15/18, 15/15 -> 15/15, 15/15
    "area": (1.0, 1.0),
    # 站, 样本, 柜 count; a cap after (配額上限) or before (上限僅); 190萬\n片 joined; a replacement ratio
    # (1部…可替代9至23部) no count: 56/62, 56/68 -> 68/70, 68/68; so many per person per day (每名司機日均…逾11個)
    # a frequency: 68/69
    "count": (1.0, 1.0),  # s16 (13-dev, D3): 夏、冬两个旅游旺季 no count: 68/69 -> 68/68
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


@pytest.fixture(scope="module")
def retired7() -> Report:
    return CORPUS.report("dev-retired7")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=36)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億/塊/$ is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt, and so is a text whose currency note binds its bare sums
    named = ("美元", "美金", "美分", "日元", "欧元", "英镑", "港元", "港幣", "人民币", "台幣", "澳門元")
    noted = {"figures6/dev/29_ptt_47.txt": "USD"}  # 華虹半導體 … 5.41億元(美元,下同): every later bare sum is USD
    check_bare_yuan(CORPUS, named, noted=noted)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(
        CORPUS,
        held_count=12,
        retired_from="heldout7",
        min_per_kind=15,  # each kind is scored on the held-out third too
        held_regions=("mainland", "hk", "macau", "taiwan"),
        held_regions_exact=True,
    )


def test_articles_are_new_and_sources_varied() -> None:
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in (2, 3, 4, 5))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=6,
        max_per_repository=9,
        min_outlets=20,
        regions={"mainland": 12, "taiwan": 8, "hk": 6, "macau": 5},
        scripts={"hans": 12},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired7_does_not_regress(retired7: Report, kind: str) -> None:
    check_floor(retired7, kind, RETIRED7_FLOOR)  # development text now: itemised
