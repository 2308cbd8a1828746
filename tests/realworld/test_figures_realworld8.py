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

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

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
