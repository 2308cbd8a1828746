"""Guards key figures on the twenty-fourth real corpus (tests/data/realworld/figures24/): a held-out split only, retired.

Articles (session 28, the second corpus helper) from three repositories of the text corpus's heldout25, none used by
any earlier figure corpus or text split: one-line digest items in Simplified text (JSON records), Taiwanese feed items
in Traditional text (JSON lines) and a Hong Kong list page's headlines (a saved page written as a Python bytes
literal), with figures of all five kinds: blanks between numeral and unit, prices per unit written with a slash, ranges
and vague amounts, thresholds passed or fallen under, euros, yen, US and Hong Kong dollars beside the home currency,
a foreign sum with its 新台幣 gloss, 萬/億/兆 in Traditional text, litres and kilograms.
Text, provenance and the gold's conventions: figures24/SOURCES.md and the header of figures24/figures_gold.toml.
Scored with the machinery of figures2-23 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout25: never run by the corpus engineer; scored in aggregate only (the ends of sessions 28 and 29, by the lead),
never inspected; in session 30 it was retired into development as "dev-retired25" (files still named
figures24/heldout25/): its last held-out score is kept below as a record, and from then on it is developed on and
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
    folder="figures24",
    splits=frozenset({"dev-retired25"}),
    held="dev-retired25",
    held_folder="heldout25",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "EUR", "JPY"),
)
# currency words that name the currency of an amount (every other sum is a bare 元/萬/億 of its text's region)
NAMED = ("人民幣", "人民币", "港元", "港幣", "美元", "新臺幣", "新台幣", "澳門元", "欧元", "歐元", "日元", "日圓")
HELD_KINDS = (*SCORED_KINDS, "quantity")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=20)


def test_every_article_was_read_for_quantities() -> None:
    # the fifth kind is scored per article (score.declared_kinds): every article here says it was read for it
    assert all(a.get("scored") == ["quantity"] for a in CORPUS.articles)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is the home currency of the text's region (the gold header's conventions 1 and 5): no exceptions
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..20 in collection order; every scored kind has gold (area 4 at the least)
    check_split_by_source(CORPUS, held_count=20, min_per_kind=4)


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in HELD_KINDS}
    # 165 gold figures over all five kinds
    assert kinds == {"money": 70, "percent": 27, "area": 4, "count": 60, "quantity": 4}
    currencies = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"}
    assert currencies == {"CNY", "TWD", "USD", "HKD", "EUR", "JPY"}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-22 or figures25 (figures23 is a held-out
    # batch and is not read here; its repositories were checked through its SOURCES.md before collecting)
    earlier = ["figures_gold", *(f"figures{n}" for n in range(2, 23)), "figures25"]
    check_new(CORPUS, earlier, new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=11,
        min_outlets=15,
        regions={"mainland": 8, "taiwan": 11, "hk": 1},
        scripts={"hans": 8, "hant": 12},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout25/ or dev-retired25/ (the
    # text corpus retires the same set in session 30: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout25", "dev-retired25"} and len(folders) == 1, (repository, folders)
