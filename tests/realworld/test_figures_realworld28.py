"""Guards key figures on the twenty-eighth real corpus (tests/data/realworld/figures28/): a held-out split only, retired.

Articles (session 30, the second corpus helper) from four repositories of the text corpus's heldout27, none used by
any earlier figure corpus or text split: a ministry's feed items in Traditional text (case counts in 例 up to nine
digits with thousands separators, next to COVID-19 and case numbers that are no counts), a city council's records
(bare TWD amounts with 萬/億 and no 元, composites, households in 戶 and tax brackets, areas in 公頃 and 坪, tonnages in
公噸 with Chinese numerals, misprints read as a reader reads them), a Singapore daily's feed items in Simplified text
(SGD written 元 and 角 beside 美元 and 新元, signed percent changes, basis points) and an outlet's feed articles (GBP
and USD in 亿, shares of GDP, troop counts, 700千克).
Text, provenance and the gold's conventions: figures28/SOURCES.md and the header of figures28/figures_gold.toml.
Scored with the machinery of figures2-27 (briefreader.figures.score) through the shared checks of figures_corpus.py.

heldout27: never run by the corpus engineer; scored in aggregate only (the ends of sessions 30 and 31, by the lead),
never inspected; in session 32 it was retired into development as "dev-retired27" (files still named
figures28/heldout27/): its last held-out score is kept below as a record, and from then on it is developed on and
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
    folder="figures28",
    splits=frozenset({"dev-retired27"}),
    held="dev-retired27",
    held_folder="heldout27",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore"),
    currencies=("TWD", "SGD", "GBP", "USD"),
)
# currency words that name the currency of an amount (every other sum is a bare 元/萬/億 of its text's region)
NAMED = ("人民幣", "人民币", "港元", "港幣", "美元", "新臺幣", "新台幣", "新元", "英镑", "英鎊")
HELD_KINDS = (*SCORED_KINDS, "quantity")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=10)


def test_every_article_was_read_for_quantities() -> None:
    # the fifth kind is scored per article (score.declared_kinds): every article here says it was read for it
    assert all(a.get("scored") == ["quantity"] for a in CORPUS.articles)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is the home currency of the text's region (the gold header's convention 1): no exceptions
    check_bare_yuan(CORPUS, NAMED)
    assert not any("currency_by" in f for a in CORPUS.articles for f in a["figures"])


def test_split_is_held_out_by_source() -> None:
    # one split, numbered 1..10 in collection order; every scored kind has at least 10 gold figures
    check_split_by_source(CORPUS, held_count=10, min_per_kind=10)


def test_split_sizes() -> None:
    kinds = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in HELD_KINDS}
    # 217 gold figures over all five kinds, at least 30 money and 30 counts (216 after session 36's §5 alignment)
    # (-1: session 44's D3 ruling, 8a9b949b: a count summing names just given)
    assert kinds == {"money": 73, "percent": 41, "area": 14, "count": 74, "quantity": 13}
    currencies = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"}
    assert currencies == {"TWD", "SGD", "GBP", "USD"}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml, figures2-26 or figures29 (figures27 is a held-out
    # batch and is not read here; its repositories were checked through its SOURCES.md before collecting)
    earlier = ["figures_gold", *(f"figures{n}" for n in range(2, 27)), "figures29"]
    check_new(CORPUS, [f for f in earlier if (DATA / f).exists() or f == "figures_gold"], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=4,
        max_per_repository=4,
        min_outlets=8,
        regions={"taiwan": 6, "singapore": 2, "mainland": 2},
        scripts={"hant": 6, "hans": 4},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # every repository of this batch has its rows of the text corpus's SOURCES.md in heldout27/ or dev-retired27/ (the
    # text corpus retires the same set in session 32: one folder, whichever it has) and nowhere else
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= {"heldout27", "dev-retired27"} and len(folders) == 1, (repository, folders)
