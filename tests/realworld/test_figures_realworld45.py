"""Guards key figures on the forty-fifth real corpus (tests/data/realworld/figures45/): a held-out split only.

Articles (session 38, the second corpus helper) from three repositories of the text corpus's heldout35, none used by any
earlier figure corpus or text split: a thesis project's CSV exports of a science association's news (six rows, two
sites), a skill's JSON page summaries of a national paper and its overseas edition (one record each) and a Taiwan
paper's crawl (three articles, Traditional). Kinds: money (CNY, TWD), percent, area (平方米 in m2) and count; no article
declares quantity, cheng or fraction.
Text, provenance and the gold's conventions: figures45/SOURCES.md and the header of figures45/figures_gold.toml.
Scored with the machinery of figures2-43 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout35: never run by the corpus engineer; scored once, in aggregate, by the lead; never inspected, never tuned on.
HELDOUT35_FLOOR is that score (None: skipped until the lead sets it). There is no dev split. No held-out gold text is
quoted here.
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
    folder="figures45",
    splits=frozenset({"heldout35"}),
    held="heldout35",
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "TWD"),
)
# currency words that name the currency of an amount (a bare 元/亿 of a mainland text is CNY, of a Taiwan text TWD)
NAMED = ("人民币", "台幣", "新台幣")
# figures43 (heldout34) is held out and not read here; the retired figures41 and the session's dev corpus figures44,
# when it is there, are read
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 43)), "figures44"]


def _earlier() -> list[str]:
    return [f for f in EARLIER if (DATA / f / "figures_gold.toml").exists() or f == "figures_gold"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=11)


def test_nothing_declared() -> None:
    # no article declares quantity, cheng or fraction (the gold header)
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == set(SCORED_KINDS)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/亿 (or a sum with no 元 in a tax or pension context) is the home currency of the text's region (CNY on
    # the mainland, TWD in Taiwan); 台幣 is named
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..11 in collection order; every scored kind has gold figures to score
    check_split_by_source(CORPUS, held_count=11)
    least = {"money": 8, "percent": 15, "area": 2, "count": 60}
    for kind in SCORED_KINDS:
        assert sum(f["kind"] == kind for a in CORPUS.articles for f in a["figures"]) >= least[kind], kind


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # 94 gold figures over the four scored kinds
    assert kinds == {"money": 8, "percent": 19, "area": 2, "count": 65}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 6, "TWD": 2}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-42 or figures44
    check_new(CORPUS, _earlier(), new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(_earlier())
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=6,
        min_outlets=8,
        regions={"mainland": 8, "taiwan": 3},
        scripts={"hans": 8, "hant": 3},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout35/ and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders == {CORPUS.held}, (repository, folders)
