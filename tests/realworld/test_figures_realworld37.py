"""Guards key figures on the thirty-seventh real corpus (tests/data/realworld/figures37/): a held-out split, retired.

Articles (session 34, the second corpus helper) from four repositories of the text corpus's heldout31, none used by any
earlier figure corpus or text split: a WeChat account's daily one-line briefs (four days), a VuePress site of
environmental law (a ministry office's list, a city regulation's penalty articles, a provincial government's carbon
rules, a judicial interpretation's thresholds), a magazine's article from a saved page, and two Taiwan news records in
Traditional script. Kinds: money (CNY, USD, KRW, TWD), percent, area (亩 and 英亩 converted to m2) and count; no article
declares quantity or cheng.
Text, provenance and the gold's conventions: figures37/SOURCES.md and the header of figures37/figures_gold.toml.
Scored with the machinery of figures2-36 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout31: never run by the corpus engineer; scored in aggregate only (the ends of sessions 34 and 35, by the lead),
never inspected; in session 36 it was retired into development as "dev-retired31" (files still named
figures37/heldout31/): its last held-out score is kept below as a record, and from then on it is developed on and
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
    earlier_repositories,
)

from briefreader.figures.score import SCORED_KINDS

CORPUS = Corpus(
    folder="figures37",
    splits=frozenset({"dev-retired31"}),
    held="dev-retired31",
    held_folder="heldout31",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "USD", "KRW", "TWD"),
)
# currency words that name the currency of an amount (every other sum is a bare 元/万/亿 of its text's region)
NAMED = ("人民币", "人民幣", "美元", "韩元", "新台幣")
# figures35 (heldout30) is held out and not read here; figures33 (dev-retired29 since session 34) and figures36 (dev)
# are read
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 35)), "figures36"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=11)


def test_nothing_declared() -> None:
    # no article declares quantity or cheng (the gold header: quantities in the texts stay unlisted)
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == set(SCORED_KINDS)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/万/亿 is the home currency of the text's region (CNY on the mainland, TWD in the Taiwan records)
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..11 in collection order; every scored kind has enough gold figures to score
    check_split_by_source(CORPUS, held_count=11)
    least = {"money": 20, "percent": 20, "area": 5, "count": 20}
    for kind in SCORED_KINDS:
        assert sum(f["kind"] == kind for a in CORPUS.articles for f in a["figures"]) >= least[kind], kind


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # 108 gold figures over the four scored kinds
    assert kinds == {"money": 34, "percent": 28, "area": 7, "count": 39}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 28, "TWD": 4, "USD": 1, "KRW": 1}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-34 or figures36
    check_new(CORPUS, [f for f in EARLIER if (DATA / f).exists() or f == "figures_gold"], new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories([f for f in EARLIER if (DATA / f).exists() or f == "figures_gold"])
    check_varied(
        CORPUS,
        min_repositories=4,
        max_per_repository=4,
        min_outlets=11,
        regions={"mainland": 9, "taiwan": 2},
        scripts={"hans": 9, "hant": 2},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout31/ or dev-retired31/ (the
    # text corpus retires the same set in session 36: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout31", "dev-retired31"} and len(folders) == 1, (repository, folders)
