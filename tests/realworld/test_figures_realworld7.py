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

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

CORPUS = Corpus(
    folder="figures7",
    splits=frozenset({"dev", "dev-retired8"}),
    held="dev-retired8",
    held_folder="heldout8",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP"),
    signed_money=True,  # a minus written in the text is kept (净利润-419.16万元); a sum is never zero
)


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
