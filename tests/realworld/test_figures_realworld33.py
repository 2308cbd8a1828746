"""Guards key figures on the thirty-third real corpus (tests/data/realworld/figures33/): a held-out split, retired.

Articles (session 32, the second corpus helper) from four repositories of the text corpus's heldout29, none used by
any earlier figure corpus or text split: crawled mainland news records (per-share valuations in 元 and 元人民币 beside
a target in 港元, bare 亿 of a market value, quarterly results in 亿元 with ranges that carry USD conversions inside
them, percent changes and ranges running from a fall to a rise, users in 亿人 and accounts in 万个, land and floor areas
in 万平米 and 平方米, prices per 平方米, shareholdings in percent, counts of floors, people and households), a Simplified
column on the Hong Kong market (港元 sums and share prices in bare 元), a city bureaus' assistance standards per month,
a city portal's article counting drugs in 个 with caps and limits, and two news-app feed records (signed units and
percent changes; hectares, a flow in 万立方米, counts with 余 and 多 and in Chinese numerals).
Text, provenance and the gold's conventions: figures33/SOURCES.md and the header of figures33/figures_gold.toml.
Scored with the machinery of figures2-32 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout29: never run by the corpus engineer; scored in aggregate only (the ends of sessions 32 and 33, by the lead),
never inspected; in session 34 it was retired into development as "dev-retired29" (files still named
figures33/heldout29/): its last held-out score is kept below as a record, and from then on it is developed on and
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
    folder="figures33",
    splits=frozenset({"dev-retired29"}),
    held="dev-retired29",
    held_folder="heldout29",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "USD"),
)
# currency words that name the currency of an amount (every other sum is a bare 元/万/亿 of its text's region)
NAMED = ("人民币", "港元", "美元")
HELD_KINDS = (*SCORED_KINDS, "quantity")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=10)


def test_every_article_was_read_for_quantities() -> None:
    # the fifth kind is scored per article (score.declared_kinds): every article says it was read for it; none lists a
    # share in tenths
    assert all(a.get("scored") == ["quantity"] for a in CORPUS.articles)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/万/亿 is the home currency of the text's region (convention 1: the Hong Kong column's bare share prices
    # are HKD because the article's region is hk)
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..10 in collection order; every scored kind has at least 10 gold figures
    check_split_by_source(CORPUS, held_count=10, min_per_kind=10)


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in HELD_KINDS}
    # 158 gold figures over all five kinds, at least 30 money, 30 percent and 30 counts (a headline's or a subheading's
    # figure the body restates is one figure, the body's: the lead's D7)
    assert kinds == {"money": 62, "percent": 35, "area": 14, "count": 46, "quantity": 1}
    currencies = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"}
    assert currencies == {"CNY", "HKD", "USD"}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-29, figures31 or figures32 (figures30 is a
    # held-out batch and is not read here; its repositories were checked through its SOURCES.md before collecting)
    earlier = ["figures_gold", *(f"figures{n}" for n in range(2, 30)), "figures31", "figures32"]
    check_new(CORPUS, [f for f in earlier if (DATA / f).exists() or f == "figures_gold"], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=4,
        max_per_repository=5,
        min_outlets=10,
        regions={"mainland": 9, "hk": 1},
        scripts={"hans": 10},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout29/ or dev-retired29/ (the
    # text corpus retires the same set in session 34: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout29", "dev-retired29"} and len(folders) == 1, (repository, folders)
