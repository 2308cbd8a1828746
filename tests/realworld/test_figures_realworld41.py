"""Guards key figures on the forty-first real corpus (tests/data/realworld/figures41/): a held-out split, retired.

Articles (session 36, the second corpus helper) from two repositories of the text corpus's heldout33, none used by any
earlier figure corpus or text split: a railway-signalling study project's OCR Markdown copies of seven published
accident and disaster investigation reports (five mainland reports, two Hong Kong reports in Traditional Chinese) and
one item of an AI lab's research feed. Kinds: money (CNY), percent, area (平方公里 converted to m2) and count; no
article declares quantity or cheng.
Text, provenance and the gold's conventions: figures41/SOURCES.md and the header of figures41/figures_gold.toml.
Scored with the machinery of figures2-39 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout33: never run by the corpus engineer; scored in aggregate only (the ends of sessions 36 and 37, by the lead),
never inspected; in session 38 it was retired into development as "dev-retired33" (files still named
figures41/heldout33/): its last held-out score is kept below as a record, and from then on it is developed on and
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
    folder="figures41",
    splits=frozenset({"dev-retired33"}),
    held="dev-retired33",
    held_folder="heldout33",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY",),
)
# currency words that name the currency of an amount (every sum here is a bare 万元/亿元 of a mainland text)
NAMED = ("人民币",)
# figures37 (heldout31) and figures39 (heldout32) are held out and not read here; the session's dev corpus figures40,
# when it is there, is read
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 37)), "figures38", "figures40"]


def _earlier() -> list[str]:
    return [f for f in EARLIER if (DATA / f / "figures_gold.toml").exists() or f == "figures_gold"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=13)


def test_nothing_declared() -> None:
    # no article declares quantity or cheng (the gold header: 立方米 and crane capacities in t stay unlisted)
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == set(SCORED_KINDS)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/万/亿 is the home currency of the text's region (CNY on the mainland; the Hong Kong reports state no sum)
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..13 in collection order; every scored kind has gold figures to score
    check_split_by_source(CORPUS, held_count=13)
    least = {"money": 10, "percent": 15, "area": 3, "count": 100}
    for kind in SCORED_KINDS:
        assert sum(f["kind"] == kind for a in CORPUS.articles for f in a["figures"]) >= least[kind], kind


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # 180 gold figures over the four scored kinds
    assert kinds == {"money": 11, "percent": 18, "area": 3, "count": 148}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 11}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-36, figures38 or figures40
    check_new(CORPUS, _earlier(), new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(_earlier())
    check_varied(
        CORPUS,
        min_repositories=2,
        max_per_repository=12,
        min_outlets=8,
        regions={"mainland": 11, "hk": 2},
        scripts={"hans": 11, "hant": 2},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout33/ or dev-retired33/ (the
    # text corpus retires the same set in session 38: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout33", "dev-retired33"} and len(folders) == 1, (repository, folders)
