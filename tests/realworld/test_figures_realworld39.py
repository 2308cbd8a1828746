"""Guards key figures on the thirty-ninth real corpus (tests/data/realworld/figures39/): a held-out split, retired.

Articles (session 35, the second corpus helper) from five repositories of the text corpus's heldout32, none used by any
earlier figure corpus or text split: a personal site's reposts of two New Year speeches and two government work reports,
a Taiwan blog post quoting a traffic law's fines, a Taiwan outlet's two CMS topic records, a translation community's
article and two essays of a technology weekly. Kinds: money (CNY, USD, TWD), percent, area (亩 and 平方公里 converted to
m2) and count; no article declares quantity or cheng.
Text, provenance and the gold's conventions: figures39/SOURCES.md and the header of figures39/figures_gold.toml.
Scored with the machinery of figures2-37 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout32: never run by the corpus engineer; scored in aggregate only (the ends of sessions 35 and 36, by the lead),
never inspected; in session 37 it was retired into development as "dev-retired32" (files still named
figures39/heldout32/): its last held-out score is kept below as a record, and from then on it is developed on and
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
    folder="figures39",
    splits=frozenset({"dev-retired32"}),
    held="dev-retired32",
    held_folder="heldout32",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "USD", "TWD"),
)
# currency words that name the currency of an amount (every other sum is a bare 元/万/亿 of its text's region)
NAMED = ("人民币", "美元", "新臺幣")
# figures37 (heldout31) is held out and not read here; figures35 (dev-retired30 since session 35) and the session's dev
# corpus figures38, when it is there, are read
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 37)), "figures38"]


def _earlier() -> list[str]:
    return [f for f in EARLIER if (DATA / f / "figures_gold.toml").exists() or f == "figures_gold"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=10)


def test_nothing_declared() -> None:
    # no article declares quantity or cheng (the gold header: 斤 and 公克 in the texts stay unlisted)
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == set(SCORED_KINDS)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/万/亿 is the home currency of the text's region (CNY on the mainland; the Taiwan fines name 新臺幣)
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..10 in collection order; every scored kind has enough gold figures to score
    check_split_by_source(CORPUS, held_count=10)
    least = {"money": 20, "percent": 20, "area": 4, "count": 20}
    for kind in SCORED_KINDS:
        assert sum(f["kind"] == kind for a in CORPUS.articles for f in a["figures"]) >= least[kind], kind


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # 118 gold figures over the four scored kinds
    assert kinds == {"money": 24, "percent": 21, "area": 4, "count": 69}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 9, "TWD": 8, "USD": 7}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-36 or figures38
    check_new(CORPUS, _earlier(), new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(_earlier())
    check_varied(
        CORPUS,
        min_repositories=5,
        max_per_repository=4,
        min_outlets=10,
        regions={"mainland": 7, "taiwan": 3},
        scripts={"hans": 7, "hant": 3},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout32/ or dev-retired32/ (the
    # text corpus retires the same set in session 37: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout32", "dev-retired32"} and len(folders) == 1, (repository, folders)
