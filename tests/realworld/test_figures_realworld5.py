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

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

CORPUS = Corpus(
    folder="figures5",
    splits=frozenset({"dev", "dev-retired6"}),
    held="dev-retired6",
    held_folder="heldout6",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY"),
)


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
