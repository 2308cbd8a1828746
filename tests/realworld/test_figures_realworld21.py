"""Guards key figures on the twenty-first real corpus (tests/data/realworld/figures21/).

Articles (session 25) from repositories no earlier figure corpus used, chosen for what the corpora lacked: areas in 万亩
from a county report, per-unit prices of a farm stall (每斤2元, 每棵40元), visitors in 万人次, hedges 近/多/余/逾/以上
on money, counts and a percent, a statistics widget's label：value lines (可售房源套数：33644, 面积(m2)：…), numerals set
off by blanks from their scale and unit (9000 万美元, 5000 万人), 近百人, and a list enumerated before its numeral;
added by a second corpus helper, Taiwanese Traditional text (shares in 成 and %, a fine's range in 新臺幣, 千萬人次, a
percent with a full-width ％) and a police round-up's counts, each with its own measure word.
Text, provenance and the gold's conventions: figures21/SOURCES.md and the header of figures21/figures_gold.toml.
Scored with the machinery of figures2-20 (briefreader.figures.score) through the shared checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12-20): no held-out article shares a repository or a publisher with a
dev article. dev: letiantian/TextRank4ZH, askd126/Hands-on-Crawler-with-Python and differui/hcow-announcement; heldout22: Yazooliu/Ai_Lab_NLP,
billni/bjjs.gov.cn, ywchiu/taipeifubon, uniuna/2026-TAIPEI-LANTERN and AragornJIA/LLaMA-Factory, all also in the text
corpus's heldout22 (checked below; the dev repositories are in no text split: their texts have no headline).

dev: floors are what the committed extractor scored at its first run on figures21, measured after all gold was committed
(a ratchet: raise them as the extractor improves, never lower them). heldout22: never run by the corpus engineer; scored
in aggregate only (the ends of sessions 25 and 26, by the lead), never inspected; in session 27 it was retired into
development as "dev-retired22" (files still named figures21/heldout22/): its last held-out score is kept below as a
record, and from then on it is developed on and itemised.
"""

from __future__ import annotations

import pytest
from figures_corpus import (
    DATA,
    Corpus,
    check_bare_yuan,
    check_floor,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS, Report

CORPUS = Corpus(
    folder="figures21",
    splits=frozenset({"dev", "dev-retired22"}),
    held="dev-retired22",
    held_folder="heldout22",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "SGD", "MYR"),
)
NAMED = ("人民幣", "人民币", "港元", "美元", "新臺幣", "新台幣", "澳門元")
# the kinds each split has gold for (dev: money and count; the retired split: all four)
DEV_KINDS = ("money", "count")
HELD_KINDS = SCORED_KINDS

# First scored on the committed code (HEAD dbc8570, a frozen copy; all gold committed before), dev only: 3 articles
# (money 1, count 8 gold figures): money 1/1 / 1/1, count 7/7 / 7/8 (the miss: a count after an enumerated list,
# …工程研发三种类型); qualifier 8/8. With 08 (温州's bulletin, gold committed in 941de05) at HEAD dac08bc (frozen
# copy): money 1/1 / 1/1, count 14/14 / 14/15 (the same one miss); qualifier 15/15.
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "count": (1.0, 14 / 15),
}

# The lead's aggregate scorings (never itemised) while the split was held out:
# the lead's aggregate score at 5e03b0d and 628caf4 (identical): money P 9/9 R 9/9, percent 5/5 / 5/10, area 2/2 / 2/6,
# count 26/29 / 26/32
# Session 26's second aggregate score (f8ecce1): percent 10/10 · 10/10 (was 5/5 · 5/10) because shares in tenths
# (四成) became kind percent (dd39e04, the lead's decision); 13-dev disclosed that a script printed five of this
# split's 成 gold lines at 00:12, so the percent rise is not a clean held-out measure. The other kinds unchanged.
# Record: that last held-out score, written here before anything was run on the retired split (count 26/29 · 26/32).
# Session 27: retired into development as "dev-retired22"; scored once as dev on a frozen copy of the start commit
# 5bed516 before any change: identical to this record. Held to it as a floor (RETIRED22_FLOOR, ratcheted as it improves).
HELDOUT22_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 0.333),
    "count": (0.896, 0.812),
}
# Ratcheted (13-dev, session 27, frozen copies): count P 26/29 -> 26/28 (83fdfa4: 2026台北 is no count), then with the
# statistics lines of its housing widget read (套数：, 面积(m2)：) area 6/6 · 6/6 and count 30/32 · 30/32 (the two misses:
# 12行政區, which the gold writes with unit 行政区 and the extractor 区).
RETIRED22_FLOOR = {
    **HELDOUT22_LAST_HELDOUT,
    "area": (1.0, 1.0),
    "count": (30 / 32, 30 / 32),
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=8)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元 is the home currency of the text's region (CNY on the mainland; the Taiwanese fine names its 新臺幣)
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    # every scored kind has gold in the held split: area 6, percent 1 at the least
    check_split_by_source(CORPUS, held_count=9, min_per_kind=1)


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 4
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 9 of 13 articles held (retired); dev 16, dev-retired22 57 scored figures
    assert scored == {"dev": 16, "dev-retired22": 57}


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-20
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 21))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=5,
        max_per_repository=3,
        min_outlets=6,
        regions={"mainland": 9, "taiwan": 4},
        scripts={"hans": 9, "hant": 4},
    )


def test_held_repositories_are_held_in_the_text_corpus_too() -> None:
    # a retired repository of this batch has every row of the text corpus's SOURCES.md in heldout22/ or dev-retired22/
    # (the text corpus retires the same set in session 27: one folder, whichever it has); a dev repository named there
    # would have its rows in dev/ or a retired split's folder (neither dev repository is in a text split)
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in CORPUS.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        splits = {a["split"] for a in CORPUS.articles if a["repository"] == repository}
        assert len(splits) == 1, repository
        folders = {row[2:].split("/", 1)[0] for row in rows}
        if splits == {"dev"}:
            assert all(f == "dev" or f.startswith("dev-retired") for f in folders), (repository, folders)
        else:
            assert rows and folders <= {"heldout22", "dev-retired22"} and len(folders) == 1, (repository, folders)


@pytest.mark.parametrize("kind", DEV_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired22() -> Report:
    return CORPUS.report("dev-retired22")


@pytest.mark.parametrize("kind", HELD_KINDS)
def test_retired22_does_not_regress(retired22: Report, kind: str) -> None:
    check_floor(retired22, kind, RETIRED22_FLOOR)  # development text now: itemised
