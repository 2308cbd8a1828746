"""Guards key figures on the fifteenth real corpus (tests/data/realworld/figures15/).

Articles (session 19) from repositories no earlier corpus used, chosen for what the corpora lacked: a Malaysian school's
history (令吉 and RM amounts, 英亩 areas, 卅英亩, 1千900万令吉, 1千1百多名, counts in 位/名/席/节/组/幅), Taiwanese money
without 元 (孳息650萬, 三億經費) and a 平方公尺 area, a company's news and CSR report (亿元 investments, 6-8亿元, 上万人,
18.5％), and industry news as a company site reprints it (万台 counts with two decimals, 亿美元 trade figures, signed
同比下降, 个百分点, 约/超过/以上/不足/逼近/左右, 11——12万台, an INR sum restated in CNY). Held out: FT中文网 economics (万亿美元, 数万亿元, basis points,
ranges, 出头) and 信義全球資產 (Taiwan land deals, per-坪 prices, 筆 counts). Text, provenance and the gold's
conventions: figures15/SOURCES.md and the header of figures15/figures_gold.toml. Scored with the machinery of
figures2-14 (briefreader.figures.score) through the shared checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12-14): no held-out article shares a repository or a publisher with a
dev article. dev: eidors/checkResourcesFiles (娲石集团), lianyunsheng/Java-Web-Projdets (industry news reprinted on a
company site), stevekevin1005/hackthon (新竹市政府), ntuadf/ntuadf.github.io (NTUADF), kee0310/FYHS (宽柔中学古来分校);
heldout16: FTChinese/ebook and FTChinese/China_GDP (FT中文网) and capeta0507/sinyi_global (信義全球資產).

dev: floors are what the committed extractor scored at its first run on figures15, measured after all gold was committed
(a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s19_13corpus_for_13dev.md.
heldout16: never run by the corpus engineer; scored in aggregate only (the ends of sessions 19 and 20, by the lead), never
inspected; in session 21 it was retired into development as "dev-retired16" (files still named figures15/heldout16/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised. Its gold has no area
figure, so only the kinds it has are checked.
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
    folder="figures15",
    splits=frozenset({"dev", "dev-retired16"}),
    held="dev-retired16",
    held_folder="heldout16",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR", "INR"),
)
NAMED = ("人民幣", "人民币", "港元", "港幣", "美元", "令吉", "新台幣", "新元", "卢比")
# the retired split's kinds with gold figures (its gold states no area)
HELD_KINDS = ("money", "percent", "count")

# First scored on the committed code after all gold was committed (HEAD 710f4c5, git archive; /tmp/c13/score15.py, dev
# only), 13 articles (money 63, percent 84, area 5, count 111 gold figures): money 56/61 = 0.918 / 56/63 = 0.889, percent
# 83/83 / 83/84 = 0.988, area 2/2 / 2/5, count 107/114 = 0.939 / 107/111 = 0.964; qualifier 245/248 (percent after the
# disclosed D7 fix of article 05's gold, see the gold header; before it 83/85). Misses: NTUADF's Taiwanese money (3600萬元
# and bare 萬 sums: no region cue but 台大 and 112學年, so no currency; 500萬 read as a count), 英亩 areas (25英亩, 卅英亩,
# 30英亩), 1千900万令吉 read as 900万, RM1,142,415 read as RM1,142, 63.10% restated in a later sentence, counts after an
# enumerated list (3个车站, 4校) and 两条联络线; extras: a slogan's 9个/1个, 10亿元及以上 (a class descriptor), 两个文明,
# 两所/3所 before a parenthesised list, 20人21足 (a game's name). Itemised in /work/notes/s19_13corpus_for_13dev.md.
# Round 3 (gold a5512d3 before any run: dev 21-23, an INR sum restated in CNY, counts of lists cut by 等), all 16 dev
# articles (money 71, percent 85, area 5, count 117) first scored on HEAD a5512d3's code (git archive): money 64/69 =
# 0.928 / 64/71 = 0.901, percent 84/84 / 84/85, area 2/2 / 2/5, count 113/121 = 0.934 / 113/117 = 0.966; qualifier
# 260/263. Round 3's only new miss is an extra: 集团总部1栋B座21楼 read as 1 栋 (an address). These are the floors (a
# ratchet; round 1-2's were money 56/61 / 56/63, percent 83/83 / 83/84, count 107/114 / 107/111).
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # ratcheted at HEAD d77cdba (git archive): 13-dev's 93928fd read RM1,142,415 and 1千900万令吉 (misses 4-5 of the
    # notes): 64/69 / 64/71 -> 66/69 / 66/71
    # s21 (13-dev): measured at HEAD f7e2740 money 68/69 / 68/71, area 5/5 / 5/5, count 113/120 / 113/117 (earlier
    # sessions' gains, never ratcheted); then a 萬 sum put to a use (其中500萬補助…, conv. 3) is money, not people:
    # money 69/70 / 69/71, count 113/119 / 113/117
    "money": (69 / 70, 69 / 71),
    # s35 (13-dev): a headline's figure taken as the body's first statement of it leaves the body's conclusion in the
    # headline's words its own (FIGURES_GOLD §5): percent 84/84 · 84/85 -> 85/85 · 85/85
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 15 两次遴选, 17 两次举办/在两次展延后 leave both sides: 113/119 · 113/117 -> 110/116 · 110/114
    "count": (110 / 116, 110 / 114),
}

# The lead's one aggregate scoring at 3ba36ea (session 19's end, after the last figures change): money P 23/24 R 23/25,
# percent P 31/31 R 31/32, count P 13/13 R 13/13 (no area figure in its gold). Never itemised. Scored again in aggregate
# at session 20's end: the same. Record: that last held-out score, written here before anything was run on the retired
# split.
# Session 21: retired into development as "dev-retired16" (its misses read from here on). Held to that record as a floor
# (RETIRED16_FLOOR, ratcheted as it improves).
HELDOUT16_LAST_HELDOUT = {
    "money": (23 / 24, 23 / 25),
    "percent": (1.0, 31 / 32),
    "count": (1.0, 1.0),
}
# session 22 (13-dev): 降准累计超过300个基点 read as -3 pp, over (a reserve-ratio cut in basis points): percent R 32/32
RETIRED16_FLOOR = dict(HELDOUT16_LAST_HELDOUT) | {"percent": (1.0, 1.0)}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=23)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 (and 令吉's RM) is the home currency of the text's region: TWD in Taiwan, MYR in Malaysia, CNY on
    # the mainland; a figure whose text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=7)
    held = [f for a in CORPUS.articles if a["split"] == "dev-retired16" for f in a["figures"]]
    for kind in SCORED_KINDS:
        assert (sum(f["kind"] == kind for f in held) >= 10) == (kind in HELD_KINDS), kind


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 16
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 7 of 23 articles held (30%); dev 278, dev-retired16 70 scored figures (the industry reprints are dense)
    assert 0.7 <= scored["dev"] / (scored["dev"] + scored["dev-retired16"]) <= 0.85


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-14
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 15))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=8,
        max_per_repository=8,
        min_outlets=21,
        regions={"mainland": 17, "taiwan": 4, "malaysia": 2},
        scripts={"hant": 4, "hans": 19},
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
def retired16() -> Report:
    return CORPUS.report("dev-retired16")


@pytest.mark.parametrize("kind", HELD_KINDS)
def test_retired16_does_not_regress(retired16: Report, kind: str) -> None:
    check_floor(retired16, kind, RETIRED16_FLOOR)  # development text now: itemised
