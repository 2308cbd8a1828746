"""Guards key figures on the twenty-fifth real corpus (tests/data/realworld/figures25/), a DEV-ONLY batch for money.

Articles (session 28, the corpus helper) from six repositories no earlier corpus used, chosen for money figures in the
shapes the corpora had least of: currencies other than the renminbi (USD in 亿美元 and 万亿美元, GBP in 万英镑 and a
bare 镑, HKD in the bare 元/萬元/億元 of Hong Kong papers, TWD in Taiwanese 萬元 and Chinese-numeral 億元), composite
amounts (1292萬1000元), ranges (93萬至306萬元, 2,000至2,300元), hedges (迫, 直逼, 突破, 逾, 超過, 約), parenthesised
conversions (1340.00亿人民币（约205.67亿美元）), per-square-foot prices, fines and deal values, with every percent, area
and count of the kept text. Text, provenance and the gold's conventions: figures25/SOURCES.md and the header of
figures25/figures_gold.toml. Scored with the machinery of figures2-22 (briefreader.figures.score) through the shared
checks of figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures24. Floors are what the committed extractor
scored at its first run on figures25, measured after all gold was committed (a ratchet: raise them as the extractor
improves, never lower them).
"""

from __future__ import annotations

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS

CORPUS = Corpus(
    folder="figures25",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "GBP"),
)
# currency words that name the currency of an amount (镑 alone: 投入1233镑, the FT article's own figure)
NAMED = ("人民幣", "人民币", "港元", "美元", "英镑", "镑", "新臺幣", "新台幣", "澳門元")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=11)


def test_every_article_was_read_for_quantities() -> None:
    # the fifth kind is declared on every article (none of these texts has one): an extractor's quantity is an extra
    assert all(a.get("scored") == ["quantity"] for a in CORPUS.articles)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元 is the home currency of the text's region: HKD in the Hong Kong papers, TWD on the Taiwanese pages
    check_bare_yuan(CORPUS, NAMED)


def test_split_sizes_and_money_weight() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 11
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    assert per_kind == {"money": 77, "percent": 27, "area": 8, "count": 53}
    currencies = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"}
    assert currencies == {"CNY", "USD", "GBP", "HKD", "TWD"}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-22 (figures23 is a held-out batch and
    # is not read here; its repositories were checked through its SOURCES.md before collecting)
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 23))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=6,
        max_per_repository=4,
        min_outlets=11,
        regions={"mainland": 5, "hk": 4, "taiwan": 2},
        scripts={"hans": 5, "hant": 6},
    )
