"""Guards key figures on the twenty-seventh real corpus (tests/data/realworld/figures27/): a held-out split only, retired.

Articles (session 29, the second corpus helper) from three repositories of the text corpus's heldout26, none used by
any earlier figure corpus or text split: Hong Kong government prose in Traditional text (a Policy Address extracted
from its PDF: HKD with 億/萬 and composite amounts, areas in 平方米 and 公頃), mainland newspaper records of the 1990s in
Simplified text (full-width digits and decimal points, areas in 亩, 万亩 and 亿亩, quantities in 公斤 and 万吨, hedged
counts with and without a measure word) and Taiwanese news items (a sum in rupees, a TWD range per household), with
figures of all five kinds.
Text, provenance and the gold's conventions: figures27/SOURCES.md and the header of figures27/figures_gold.toml.
Scored with the machinery of figures2-26 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout26: never run by the corpus engineer; scored in aggregate only (the ends of sessions 29 and 30, by the lead),
never inspected; in session 31 it was retired into development as "dev-retired26" (files still named
figures27/heldout26/): its last held-out score is kept below as a record, and from then on it is developed on and
itemised. There is no other split.
"""

from __future__ import annotations

from figures_corpus import (
    DATA,
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS

CORPUS = Corpus(
    folder="figures27",
    splits=frozenset({"dev-retired26"}),
    held="dev-retired26",
    held_folder="heldout26",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "INR"),
)
# currency words that name the currency of an amount (every other sum is a bare 元/萬/億 of its text's region)
NAMED = ("人民幣", "人民币", "港元", "港幣", "美元", "新臺幣", "新台幣", "澳門元", "盧比", "卢比")
HELD_KINDS = (*SCORED_KINDS, "quantity")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=11)


def test_every_article_was_read_for_quantities() -> None:
    # the fifth kind is scored per article (score.declared_kinds): every article here says it was read for it
    assert all(a.get("scored") == ["quantity"] for a in CORPUS.articles)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is the home currency of the text's region (the gold header's convention 1): no exceptions
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..11 in collection order; every scored kind has at least 10 gold figures
    check_split_by_source(CORPUS, held_count=11, min_per_kind=10)


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in HELD_KINDS}
    # 175 gold figures over all five kinds, at least 30 money and 30 counts
    # (-1: session 44's D3 ruling, 8a9b949b: a count summing names just given)
    assert kinds == {"money": 50, "percent": 23, "area": 17, "count": 74, "quantity": 10}
    currencies = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"}
    assert currencies == {"CNY", "HKD", "TWD", "USD", "INR"}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-23, figures25 or figures26 (figures24 is a
    # held-out batch and is not read here; its repositories were checked through its SOURCES.md before collecting)
    earlier = ["figures_gold", *(f"figures{n}" for n in range(2, 24)), "figures25", "figures26"]
    check_new(CORPUS, [f for f in earlier if (DATA / f).exists() or f == "figures_gold"], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=5,
        min_outlets=7,
        regions={"hk": 5, "mainland": 4, "taiwan": 2},
        scripts={"hans": 4, "hant": 7},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout26/ or dev-retired26/ (the
    # text corpus retires the same set in session 31: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout26", "dev-retired26"} and len(folders) == 1, (repository, folders)
