"""Guards key figures on the twenty-sixth real corpus (tests/data/realworld/figures26/), a DEV-ONLY batch for counts and money.

Articles (session 29, the corpus helper) from four repositories no earlier figure corpus used, chosen for count and
money figures in the shapes the corpora had least of: a government's budget lines in Taiwanese prose (489億元, 1兆82億元,
4年1千億, 近千萬, 將近171萬家), batch and seat counts (30批 … 7批, 5位, 89點, 5院, 28萬名), poll shares in % and 個百分點,
futures contracts in 口, visitor counts in 人次 with hedges (突破, 超过, 不到, 刚过), company results as table lines (signed
losses, a header-only 单位：人民币元), lawsuit sums, a scanned letter's OCR spellings ("7, 013. 685 万元", 贰亿元, 平米) and a
prospectus's 亿元. Text, provenance and the gold's conventions: figures26/SOURCES.md and the header of
figures26/figures_gold.toml. Scored with the machinery of figures2-25 (briefreader.figures.score) through the shared
checks of figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures27. Floors are what the committed extractor
scored at its first run on figures26, measured after all gold was committed (a ratchet: raise them as the extractor
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
    folder="figures26",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD"),
    signed_money=True,  # a loss in a results table keeps its minus (净利润（元） -4,648,986.52)
)
# currency words that name the currency of an amount (贰亿元人民币 in 天健's letter)
NAMED = ("人民币", "人民幣", "港元", "美元", "新臺幣", "新台幣", "澳門元")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=16)


def test_every_article_was_read_for_quantities() -> None:
    # the fifth kind is declared on every article (none of these texts has one): an extractor's quantity is an extra;
    # the two articles with a share in tenths (8成) declare cheng as well
    assert all(a.get("scored") in (["quantity"], ["quantity", "cheng"]) for a in CORPUS.articles)
    assert sum(a.get("scored") == ["quantity", "cheng"] for a in CORPUS.articles) == 2


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is the home currency of the text's region: TWD in the 行政院 and 風傳媒 texts, CNY on the mainland
    check_bare_yuan(CORPUS, NAMED)


def test_split_sizes_and_count_and_money_weight() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 16
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # (-1: session 44's D3 ruling, 8a9b949b: a count summing names just given)
    assert per_kind == {"money": 56, "percent": 37, "area": 1, "count": 42}
    currencies = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"}
    assert currencies == {"CNY", "TWD"}
    # signed sums are the results table's losses, written with a minus in the text
    negative = [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money" and f["value"] < 0]
    assert negative and all("-" in f["text"] for f in negative)


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-23 (figures23's held-out split was retired
    # this session) or figures25 (figures24 and corpus2's figures27 are held out and not read here; their repositories
    # were checked through their SOURCES.md before collecting)
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 24)), "figures25"], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=4,
        max_per_repository=9,
        min_outlets=12,
        regions={"mainland": 5, "taiwan": 9, "macau": 2},
        scripts={"hans": 6, "hant": 10},
    )
