"""Guards key figures on the forty-third real corpus (tests/data/realworld/figures43/): a held-out split, retired.

Articles (session 37, the second corpus helper) from four repositories of the text corpus's heldout34, none used by any
earlier figure corpus or text split: a GitHub Action's archive of 新闻联播's daily transcripts (nine items of two days),
a generated feed of 新浪 7x24 flashes (two flashes), a university department's Word news compilation (one item) and a
Legislative Yuan committee meeting record (lines of it, Taiwan, Traditional). Kinds: money (CNY, USD, EUR), percent,
area (公顷 converted to m2) and count; no article declares quantity, cheng or fraction.
Text, provenance and the gold's conventions: figures43/SOURCES.md and the header of figures43/figures_gold.toml.
Scored with the machinery of figures2-41 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout34: never run by the corpus engineer; scored in aggregate only (sessions 37 and 38, by the lead), never
inspected; in session 39 it was retired into development as "dev-retired34" (files still named figures43/heldout34/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised. There is no other
split.
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
    folder="figures43",
    splits=frozenset({"dev-retired34"}),
    held="dev-retired34",
    held_folder="heldout34",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "USD", "EUR"),
)
# currency words that name the currency of an amount (a bare 元/亿 of a mainland text is CNY)
NAMED = ("人民币", "美元", "欧元")
# figures41 (heldout33) is held out and not read here; the retired figures37 and figures39 and the session's dev
# corpus figures42, when it is there, are read
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 41)), "figures42"]


def _earlier() -> list[str]:
    return [f for f in EARLIER if (DATA / f / "figures_gold.toml").exists() or f == "figures_gold"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=13)


def test_nothing_declared() -> None:
    # no article declares quantity, cheng or fraction (the gold header: tonnage, 成 and fractions stay unlisted)
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == set(SCORED_KINDS)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/亿 (or a sum with no 元 in an investment or income context) is the home currency of the text's region
    # (CNY on the mainland; the Taiwan record states no sum); 美元 and 欧元 are named
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..13 in collection order; every scored kind has gold figures to score
    check_split_by_source(CORPUS, held_count=13)
    least = {"money": 10, "percent": 10, "area": 3, "count": 40}
    for kind in SCORED_KINDS:
        assert sum(f["kind"] == kind for a in CORPUS.articles for f in a["figures"]) >= least[kind], kind


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # 78 gold figures over the four scored kinds
    assert kinds == {"money": 16, "percent": 12, "area": 3, "count": 47}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 12, "USD": 2, "EUR": 2}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-40 or figures42
    check_new(CORPUS, _earlier(), new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(_earlier())
    check_varied(
        CORPUS,
        min_repositories=4,
        max_per_repository=9,
        min_outlets=10,
        regions={"mainland": 12, "taiwan": 1},
        scripts={"hans": 12, "hant": 1},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout34/ or dev-retired34/ (the
    # text corpus retires the same set in session 39: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout34", "dev-retired34"} and len(folders) == 1, (repository, folders)
