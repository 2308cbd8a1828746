"""Guards key figures on the fourteenth real corpus (tests/data/realworld/figures14/).

Articles (session 18) chosen for what the extractor finds hard and the corpora lacked: Malaysian Chinese text (令吉, RM
amounts restated in words, a floor RM300), Hong Kong central-bank text (億港元 and 億元人民幣 with thousands separators
and a space before the scale, interest rates in 厘, changes in 基點, signed (+97.0%) / (–5.2%), counts in 次, 份, 間, 宗,
場, 種, 人次, vague counts 超過…名, …多次, 近…間, and a range 介乎…至…%); held out, mainland online news (areas, relief
funds, signed percent changes, counts with measure words). Text, provenance and the gold's conventions:
figures14/SOURCES.md and the header of figures14/figures_gold.toml. Scored with the machinery of figures2-13
(briefreader.figures.score) through the shared checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12-13): no held-out article shares a repository or a publisher with a
dev article. dev: wmt-conference/wmt25-terminology (香港金融管理局's annual reports, Chinese edition) and
changyuen95/huazong_website (马来西亚中华大会堂总会); heldout15: wmt-conference/wmt21-news-systems (新华网, 中新网 and the
papers it reprints, July 2020). Both wmt-conference repositories are one organisation's shared-task data, disclosed in
SOURCES.md.

dev: floors are what the committed extractor scored at its first run on figures14, measured after all gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s18_13corpus_for_13dev.md.
heldout15: never run by the corpus engineer; scored in aggregate only (the ends of sessions 18 and 19, by the lead), never
inspected; in session 20 it was retired into development as "dev-retired15" (files still named figures14/heldout15/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised.
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
    folder="figures14",
    splits=frozenset({"dev", "dev-retired15"}),
    held="dev-retired15",
    held_folder="heldout15",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("人民幣", "人民币", "港元", "港幣", "美元", "令吉", "新台幣", "新元")

# First scored on the committed code right after the gold's commit (HEAD dbda769, git archive; /work/notes/figscore14.py),
# dev 16 articles (money 37, percent 50, area 1, count 37 gold figures): money 35/35 = 1.000 / 35/37 = 0.946, percent
# 37/39 = 0.949 / 37/50 = 0.740, area 1/1 / 1/1, count 36/38 = 0.947 / 36/37 = 0.973; qualifier 108/109. Misses: lists of
# rates in 厘 keep only their first (…5.65厘、4.58厘及4.37厘; 由5.75厘下跌至4.75厘; 由…4.13厘下跌至…3.59厘), 基點 never read
# (25基點, 45、69及78基點), 下調…一個百分點 unsigned, （–5.2%） after 減少 unsigned, RM3,000 and 最低为RM300 missed (RM is
# not read), a second 14次 in one sentence dropped, 約相當於930 億美元 not approx; extras 國際金融中心2 期 (a building's
# phase), 以下三项 (a list enumerated after it).
# Round 2 (gold 9913e20 before any run: dev 25-26, two more 华总 pages), all 18 dev articles (money 40, percent 50, area 2,
# count 52) first scored on HEAD 9913e20's code (git archive): money 35/35 = 1.000 / 35/40 = 0.875, percent as above, area
# 1/1 / 1/2, count 49/51 = 0.961 / 49/52 = 0.942; qualifier 120/122. New misses: a ticket table in RM (RM20, RM10, RM5),
# 10550平方尺 (square feet in Malaysian text) not read, nouns counted after a numeral (15华团, 13 中华大会堂), 不 超过 12人
# read as over. Itemised in /work/notes/s18_13corpus_for_13dev.md. These are the floors (a ratchet; the split grew:
# round 1's were money 35/35 / 35/37, area 1/1 / 1/1, count 36/38 / 36/37).
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s18 (13-dev, floor line only): RM read as the ringgit's sign (RM3,000, 最低为RM300, RM20, RM10, RM5): 35/40 -> 40/40
    "money": (1.0, 1.0),
    # s18 (13-dev, floor line only): 減少（–5.2%）, an en dash after a bracket a minus: 37/39 / 37/50 -> 38/39 / 38/50
    # then rates in 厘 listed or paired after a rate word further back (5.65厘、4.58厘及4.37厘, 由5.75厘…至4.75厘) and basis points
    # of an interest rate (45、69及78基點, 25基點, 12.5基點; not an exchange rate's pip nor a bracket restating the move):
    # 38/39 / 38/50 -> 48/50 / 48/50; s34: 調低最優惠貸款利率25基點 signed (a cut, what is cut, its size): 48/49 / 48/50
    # s37: 分別再調低25基點 after 調低…25基點 in one sentence is a second cut ("again", a second act): 49/50 / 49/50
    "percent": (49 / 50, 49 / 50),
    "area": (1.0, 1 / 2),
    # s18 (13-dev, floor line only): a building's phase in an address (國際金融中心2 期) no count: 49/51 -> 49/50
    # then two kinds of occasions of one number in one sentence (14次新聞發布會…14次即場訪問): 49/50 / 49/52 -> 50/51 / 50/52
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 04 基本利率下調三次 leaves both sides: 50/51 · 50/52 -> 49/50 · 49/51
    "count": (49 / 50, 49 / 51),
}

# Scored once, in aggregate, by the lead at session 18's end (HEAD bfcefef, after the last change to figures):
# money 18/18 / 18/19, percent 28/28 / 28/30, area 13/13 / 13/13, count 19/19 / 19/20. Never itemised. Scored again
# in aggregate at session 19's end (3ba36ea): the same. Record: that last held-out score, written here before anything
# was run on the retired split.
# Session 20: retired into development as "dev-retired15" (its misses read from here on). First score as dev, on the
# unchanged figures code (HEAD 9b1c683, 22:35 UTC), before any change: the same as this record (money 18/18 / 18/19,
# percent 28/28 / 28/30, area 13/13 / 13/13, count 19/19 / 19/20). Held to it as a floor (RETIRED15_FLOOR, ratcheted as
# it improves).
HELDOUT15_LAST_HELDOUT = {
    "money": (1.0, 18 / 19),
    "percent": (1.0, 28 / 30),
    "area": (1.0, 1.0),
    "count": (1.0, 19 / 20),
}
RETIRED15_FLOOR = dict(HELDOUT15_LAST_HELDOUT)
# Session 26 (13-dev): two same-value list items of two subjects are two figures (GPS卫星导航100%、旱田精密播种100%、
# 旱田大马力机车作业100%: tester s25 T2's rule): percent 28/28 / 28/30 -> 30/30 / 30/30
RETIRED15_FLOOR["percent"] = (1.0, 1.0)


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=26)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 (and 令吉's RM) is the home currency of the text's region: HKD in Hong Kong, MYR in Malaysia, CNY
    # on the mainland; a figure whose text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=8, min_per_kind=4)


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 18
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 8 of 26 articles held (31%); dev 144 (round 1: 125), dev-retired15 82 scored figures
    assert 0.6 <= scored["dev"] / (scored["dev"] + scored["dev-retired15"]) <= 0.7


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-13
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 14))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=10,
        min_outlets=26,
        regions={"hk": 10, "malaysia": 8, "mainland": 8},
        scripts={"hant": 10, "hans": 16},
    )


def test_repositories_are_new_to_the_text_corpus() -> None:
    # the text corpus's SOURCES.md names every repository its files came from; none of this batch's is among them
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for repository in {a["repository"] for a in CORPUS.articles}:
        assert repository not in sources, repository


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired15() -> Report:
    return CORPUS.report("dev-retired15")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired15_does_not_regress(retired15: Report, kind: str) -> None:
    check_floor(retired15, kind, RETIRED15_FLOOR)  # development text now: itemised
