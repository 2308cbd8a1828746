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

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

CORPUS = Corpus(
    folder="figures6",
    splits=frozenset({"dev", "dev-retired7"}),
    held="dev-retired7",
    held_folder="heldout7",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP"),
    year_rule=False,  # 19's 目标到2030年: a target year written after 目标
)


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
