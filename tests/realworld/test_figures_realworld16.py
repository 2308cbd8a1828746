"""Guards key figures on the sixteenth real corpus (tests/data/realworld/figures16/).

Articles (session 20) from repositories no earlier corpus used, chosen for what the corpora lacked: a Singapore
personal-finance blog (three posts: $ and S$ amounts that are SGD, US dollars named beside them, "$600 to 1,310/月",
"$5,000~10,000", 80K-120K, 2M, 500K, 1M左右, bare 426,000 in a CPF context), notes on CNNIC's 2016 report (counts in 亿
with no measure word, 7.1一个百分点 as written, 超七成), 山东 farming news reprinted on a university's project site
(亩/万亩/平方米 areas, 几十家, 20多亿株, 到2020年), a county profile, a Beijing property item, an apple-county page, a
science park's page (95亩, 约5.8万平方米, 70余家), a stone company's profile (8000余万元, 数十座, 100余亩), a hospital's
profile (床位460张, 百余人, 等近二十个), a Hong Kong-listed group's property and tourism pages (Traditional: 萬平方米,
萬方, 畝, 公頃, 萬人次, 棟/幢/戶/間) and three sections of 臺北市政府's 內湖區 master-plan review (Traditional, 公頃,
full-width ％, counts in 人/戶/家, the PDF's CJK compatibility ideographs kept).
Held out: a 第一财经 provincial debt map (ranges in 亿元, 约/超/逼近, pp), The Edge Malaysia in Chinese (仙, 令吉 in
亿/万 composites), 綠色和平 Taiwan (億元新台幣, 萬澳元/億澳元) and Hong Kong (平方公里, 近十萬人), 臺中市政府's
臺中安家樂 page (新臺幣二百五十萬元, 萬元, counts), a farming company's and a produce-market company's profile pages.
Text, provenance and the gold's conventions: figures16/SOURCES.md and the header of figures16/figures_gold.toml. Scored
with the machinery of figures2-15 (briefreader.figures.score) through the shared checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12-15): no held-out article shares a repository or a publisher with a
dev article. dev: qiandonghf/newPark, yulu/money.sense, runningship/leshi, Isurindin/webtest,
sky-cloud-debug/HelloWorld, iamzx/iamzx.github.io, huangchiwei/hzkjy, johnlinp/neihu-urban-planning, tomatoKiller/baimu,
huangehr/app-ehr-portal, EurolandHanoi/fullshare; heldout17: jhonden/baoding, srankXY/souAsiaNews, the two
greenpeace/gpea-* repositories (one publisher), peihsi/www_taichung_m_s_pub, liangjinx/BJWG and
FelixCfs/Agricultural-products-trading-platform-based-on-SSH.

dev: floors are what the committed extractor scored at its first run on figures16, measured after all gold was committed
(a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s20_for_13dev.md.
heldout17: never run by the corpus engineer; scored in aggregate only (the ends of sessions 20 and 21, by the lead), never
inspected; in session 22 it was retired into development as "dev-retired17" (files still named figures16/heldout17/):
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
    folder="figures16",
    splits=frozenset({"dev", "dev-retired17"}),
    held="dev-retired17",
    held_folder="heldout17",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "SGD", "MYR", "AUD"),
)
NAMED = ("人民币", "人民幣", "港元", "美元", "令吉", "新台幣", "澳元", "新元")

# First scored on the committed code after all gold was committed (HEAD 02cb15a, git archive; /tmp/c16/score16.py, dev
# only), 9 articles (money 53, percent 48, area 14, count 25 gold figures; year 1): money 16/49 = 0.327 / 16/53 = 0.302,
# percent 46/47 / 46/48, area 14/14 / 14/14, count 17/20 = 0.85 / 17/25 = 0.68; year 1/1; qualifier 93/94. Misses: the
# Singapore blog's region is not found (新加坡 in its text, source money.sense), so its $ amounts are USD (33 money
# extras, 35 misses), "$600 to 1,310/月" and "$5,000~10,000" lose their upper bound, 80K-120K and the CPF post's bare
# 426,000 / 2M / 500K / 1M左右 are missed; CNNIC's counts in 亿 with no measure word are missed (8) and two of them read as
# CNY; 7.1一个百分点 reads as 1 pp; 超七成 is a ratio, not 70 %. Extras: 两个/三种 before a list enumerated after them (D3).
# Round 3 (gold 3fbc1c1 before any run on it: dev 14-16, 內湖區 plan), all 12 dev articles (money 53, percent 60, area
# 18, count 45) first scored on HEAD 3fbc1c1's code (git archive): money 16/49 / 16/53, percent 58/59 / 58/60, area
# 18/18 / 18/18, count 37/42 = 0.881 / 37/45 = 0.822; year 1/1; qualifier 129/130. Round 3's new misses are extras
# only: 成功路四段 read as 4 段 (a road section in an address), 每戶平均2.74 人 as a count of 2.74 people (an average).
# Round 5 (gold b8c1e26 before any run on it: dev 18, a third money.sense post), all 13 dev articles (money 60, percent
# 70, area 18, count 45) first scored on HEAD b8c1e26's code (git archive): money 20/53 = 0.377 / 20/60 = 0.333, percent
# 67/68 / 67/70, area 18/18, count 37/43 / 37/45; qualifier 142/143. Round 5's new misses: S$1M, S$3M, S$2M (an M
# suffix after S$), 仍按7% (the 7% assumption restated in another sentence, grouped away); extra 两条路 (D3).
# Round 6 (gold d7a23af before any run on it: dev 19, a stone company's profile), all 14 dev articles (money 61,
# percent 70, area 20, count 47) first scored on HEAD d7a23af's code (git archive): money 21/54 = 0.389 / 21/61 = 0.344,
# percent 67/68 / 67/70, area 20/20, count 39/45 = 0.867 / 39/47 = 0.830; qualifier 147/148. Article 19 is all found
# (5/5), no extra.
# Round 7 (gold 6d896af before any run on it: dev 21, a hospital's profile), all 15 dev articles (money 61, percent 70,
# area 22, count 55) first scored on HEAD 6d896af's code (git archive): money 21/54 / 21/61, percent 67/68 / 67/70, area
# 22/22, count 47/53 = 0.887 / 47/55 = 0.855; qualifier 157/158. Article 21 is all found (10/10), no extra.
# Round 8 (gold 41cf8df before any run on it: dev 22-23, 豐盛控股's property and tourism pages, Traditional), all 17
# dev articles (money 61, percent 72, area 34, count 68) first scored on HEAD 41cf8df's code (git archive): money 21/54
# / 21/61, percent 69/70 = 0.986 / 69/72 = 0.958, area 32/32 / 32/34 = 0.941, count 59/68 = 0.868 / 59/68; qualifier
# 181/182. Round 8's misses: 30萬方 and 約9.63萬方 (方 for 平方米) and 分為四期 (a count in 期); extras 18洞 and 27洞 (a
# course's size read as a count) and 一個 (a lone 一).
# These are the floors (a ratchet: each round's first score on all dev articles; round 7's were percent 67/68 /
# 67/70, area 22/22, count 47/53 / 47/55; round 6's count 39/45 / 39/47; round 5's money 20/53 / 20/60, count 37/43 /
# 37/45; round 1-2's count 17/20 / 17/25, percent 46/47 / 46/48, area 14/14; round 3's money 16/49 / 16/53, percent
# 58/59 / 58/60, count 37/42 / 37/45). Itemised in /work/notes/s20_for_13dev.md.
# Ratcheted in session 23 (13-dev, HEAD 707bcf5): money 49/52 / 49/61, percent 69/69 / 69/72, area 32/32 / 32/34,
# count 67/76 / 67/68 (the first-run values above had not been raised since session 20).
# Session 24 (13-dev): money 52/55 / 52/61 once a Latin scale after a currency symbol is read (S$2M, S$3M, S$1M).
# Session 25 (13-dev): money 55/58 / 55/61 once a Latin scale before a sum's noun is read with no symbol (2M以上, 500K,
# 1M左右 of the CPF post: the region's dollars).
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (55 / 58, 55 / 61),
    "percent": (1.0, 70 / 72),  # s26: 占比超七成 read as a percent (成 = tenths, the lead's decision): 69/72 -> 70/72
    "area": (1.0, 1.0),  # s26: 總建築面積30萬方 (方 a floor area's square metre): 32/32 / 32/34 -> 34/34 / 34/34
    "count": (67 / 76, 67 / 68),
}

# The lead's one aggregate scoring at b2bc2ad (end of session 20): money P 35/36 R 35/39, percent P 25/25 R 25/26, area
# P 9/9 R 9/9, count P 22/27 R 22/23. Never itemised. Scored again in aggregate at session 21's end: the same. Record:
# that last held-out score, written here before anything was run on the retired split.
# Session 22: retired into development as "dev-retired17" (its misses read from here on). Held to that record as a floor
# (RETIRED17_FLOOR, ratcheted as it improves).
HELDOUT17_LAST_HELDOUT = {
    "money": (35 / 36, 35 / 39),
    "percent": (1.0, 25 / 26),
    "area": (1.0, 1.0),
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 17 可領4次, 24 连续五次 leave both sides: 22/27 · 22/23 -> 20/25 · 20/21
    "count": (20 / 25, 20 / 21),
}
RETIRED17_FLOOR = dict(HELDOUT17_LAST_HELDOUT)
# s37 (13-dev): 購得額外 10% 權益 then 佔比自 10% 增為 20% in one sentence: an amount added, then the level a change starts
# from, two facts (07): percent 25/25 · 25/26 -> 26/26 · 26/26
RETIRED17_FLOOR["percent"] = (1.0, 1.0)


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=24)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 (and Singapore's $, Malaysia's 仙) is the home currency of the text's region: SGD in Singapore, MYR
    # in Malaysia, TWD in Taiwan, CNY on the mainland; a figure whose text names a currency is exempt
    check_bare_yuan(CORPUS, NAMED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=7)
    held = [f for a in CORPUS.articles if a["split"] == "dev-retired17" for f in a["figures"]]
    for kind in SCORED_KINDS:  # every scored kind is scored on the held split too
        assert sum(f["kind"] == kind for f in held) >= 3, kind


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 17
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 7 of 24 articles held; dev 235, dev-retired17 97 scored figures (29% of the figures)
    assert 0.6 <= scored["dev"] / (scored["dev"] + scored["dev-retired17"]) <= 0.75


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-15
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 16))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=18,
        max_per_repository=3,
        min_outlets=24,
        regions={"mainland": 12, "singapore": 3, "malaysia": 1, "taiwan": 5, "hk": 3},
        scripts={"hant": 8, "hans": 16},
    )


def test_repositories_are_new_to_the_text_corpus() -> None:
    # the text corpus's SOURCES.md names every repository its files came from; none of this batch's is among them
    # (round 1's likgjava/eb articles were withdrawn for being there, see the gold header)
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for repository in {a["repository"] for a in CORPUS.articles}:
        assert repository not in sources, repository


def test_dev_target_year_is_read(dev: Report) -> None:
    # the batch's one target year (到2020年, dev 10) is found with its value, not as a count or money
    year = dev.kind("year")
    assert year.gold == 1 and year.matched_gold == 1


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired17() -> Report:
    return CORPUS.report("dev-retired17")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired17_does_not_regress(retired17: Report, kind: str) -> None:
    check_floor(retired17, kind, RETIRED17_FLOOR)  # development text now: itemised
