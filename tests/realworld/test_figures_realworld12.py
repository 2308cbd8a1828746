"""Guards key figures on the twelfth real corpus (tests/data/realworld/figures12/).

Articles (session 16) chosen for counts with measure words, the kind whose precision on unseen text was lowest (.700 on
figures11 heldout12): CCTV's 《新闻联播》 (2026 items on trade, transport, disasters, aid: 家, 个, 项, 座, 艘, 台, 件, 名,
人次, 辆次, 条, 所, 支, 头, 处, 株, vague 6000多处 / 30余头 / 数十根) in dev; the 国台办's press-conference texts
and 新华社 wires on the "31条措施" (subsidy rules with bounds 最高1000万元 / 不超过3000万元 / 50－150万元, counts of
measures, bases, companies and people) and 中國時報's Taiwan housing news (萬/億 in TWD, 坪, 戶, 件, bare scales 破千億)
held out. Text, provenance and the gold's conventions: figures12/SOURCES.md and
the header of figures12/figures_gold.toml. Scored with the machinery of figures2-11 (briefreader.figures.score) through
the shared checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b): no held-out article shares a repository or a publisher with a dev article.

dev: floors are what the committed extractor scored at its first run on figures12, measured after all gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s16_13corpus_for_13dev.md.
heldout13: never run by the corpus engineer; scored in aggregate only (the ends of sessions 16 and 17, by the lead), never
inspected; in session 18 it was retired into development as "dev-retired13" (files still named figures12/heldout13/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised.
"""

from __future__ import annotations

import pytest
from figures_corpus import (
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
    folder="figures12",
    splits=frozenset({"dev", "dev-retired13"}),
    held="dev-retired13",
    held_folder="heldout13",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("人民币", "人民幣", "港元", "港币", "港幣", "新台币", "新台幣", "美元", "欧元", "新元", "令吉")
# a price after the note （人民幣，以下同） in a Taiwan text (gold convention 13)
CARRIED = [("figures12/heldout13/13_chinatimes_house_20230410.txt", "每平方米4000~5000元左右")]

# Round 1: dev 6 articles (money 25, percent 53, area 8, count 108 gold figures; heldout13: 5 articles, money 17,
# percent 5, area 2, count 58). First scored on the committed code right after the gold's commit (HEAD 5e2e431, git archive; figures
# code of 12c2c1f): money 25/27 = 0.926 / 25/25, percent 53/53 / 53/53, area 8/8 / 8/8, count 104/110 = 0.945 /
# 104/108 = 0.963; qualifier agrees on 190 of 190 matches. Misses: a heading that rounds its body's figure listed again
# (2148万个 / 2148.1万个, 超1.3万亿元, 超6100万人次, 近200亿元), the class 七座及七座以下 read as two counts, 100万袋件 read as
# 袋, 数十根 and a demonstrative restatement (此次增设的38种) missed. Itemised in /work/notes/s16_13corpus_for_13dev.md.
# Those were the round-1 floors.
# Round 2 (articles 12-19: dev 18-19, committed in 65ab3c8 before their run) first scored on HEAD 65ab3c8's code (git
# archive; figures code of 8a1f858): all 8 dev articles (money 31, percent 80, area 8, count 135) money 31/33 = 0.939 /
# 31/31, percent 80/80 / 80/80, area 8/8 / 8/8, count 129/136 = 0.949 / 129/135 = 0.956; qualifier 250/250. New misses:
# a heading rounding its body again (超500万个 / 500.9万个), 1.2亿标箱 and 6省区市 (a noun counted) not read. The floors
# below are that score (the split grew: round 1's 6-article floors were money 25/27 / 1, count 104/110 / 104/108).
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s16 (13-dev): 袋件, 标箱, 根, 省区市 as measure words, 七座及七座以下小型客车 seats (e7909a5); a rounding heading is one
    # figure (2148万个 / 2148.1万个, 超1.3万亿元 / 13323亿元, 超6100万人次, 近200亿元, 超500万个): money 31/33 -> 31/31,
    # count 129/136, 129/135 -> 134/134, 134/135
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 134 / 135),
}

# heldout13: scored in aggregate by the lead at the end of session 16 (5fbc937), never itemised. Its articles share no
# repository or publisher with dev (国台办/新华社 on the 31条措施, 中國時報 housing news). Count precision is again the
# weakest kind. Second scoring, end of session 17 (0cdee1f): the same. Record: that last held-out score, written here
# before anything was run on the retired split.
# Session 18: retired into development as "dev-retired13" (its misses read from here on). First score as dev, on the
# unchanged figures code (HEAD 7471369, 14:40 UTC), before any change: the same as this record. Held to it as a floor
# (RETIRED13_FLOOR, ratcheted as it improves).
HELDOUT13_LAST_HELDOUT = {
    "money": (34 / 37, 34 / 37),
    "percent": (16 / 17, 1.0),
    "area": (1.0, 3 / 5),
    "count": (68 / 88, 68 / 80),
}
RETIRED13_FLOOR = dict(HELDOUT13_LAST_HELDOUT)
# s18 (13-dev): a note after the sum it binds written （人民幣，以下同） (13: 每平方米8000~9000元左右 and the next price, RMB):
# money 34/37 / 34/37 -> 36/37 / 36/37
RETIRED13_FLOOR["money"] = (36 / 37, 36 / 37)
# then the gold's measure words in their Simplified form, as every other corpus writes them (8 counts 戶/棟 -> 户/栋:
# never matchable): count 68/88 / 68/80 -> 76/88 / 76/80
RETIRED13_FLOOR["count"] = (76 / 88, 76 / 80)
# then 人（次） read as 人次 (10: 近9000人（次）, 5万余人（次）), a floor's layout no count (14: 1層8戶, 1層6戶), and a pay word
# before a bare scale a sum (15: 月薪4.4萬的男網友, was 44,000 internet users): count 76/88 -> 78/85, 78/80; money 36/37 /
# 36/37 -> 37/38 / 37/37
RETIRED13_FLOOR["count"] = (78 / 85, 78 / 80)
RETIRED13_FLOOR["money"] = (37 / 38, 1.0)
# then a number in a quote inside a quote a name (08: “…貫徹‘31條措施’政策匯編”): count 78/85 -> 78/84
RETIRED13_FLOOR["count"] = (78 / 84, 78 / 80)


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=19)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is CNY in mainland text, TWD in Taiwan's; a figure whose text names a currency is exempt, and the
    # price after a 中國時報 （人民幣，以下同） note takes the note's currency
    check_bare_yuan(CORPUS, NAMED, carried=CARRIED)


def test_split_is_fixed_by_source() -> None:
    check_split_by_source(CORPUS, held_count=11, min_per_kind=5)


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 8
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    assert 0.6 <= scored["dev"] / (scored["dev"] + scored["dev-retired13"]) <= 0.72  # about two thirds dev


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-11
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 12))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=8,
        min_outlets=17,
        regions={"mainland": 13, "taiwan": 6},
        scripts={"hans": 13, "hant": 6},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired13() -> Report:
    return CORPUS.report("dev-retired13")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired13_does_not_regress(retired13: Report, kind: str) -> None:
    check_floor(retired13, kind, RETIRED13_FLOOR)  # development text now: itemised


# Session 26: the fifth kind, quantity (吨, 千瓦时, 升 …), scored in the dev articles whose gold declares it. First scored
# on 13-dev's extractor (frozen copy, all gold committed before): no miss, no extra.
DEV_QUANTITY_FLOOR = {"quantity": (1.0, 1.0)}


def test_dev_quantity_does_not_regress(dev: Report) -> None:
    check_floor(dev, "quantity", DEV_QUANTITY_FLOOR)
