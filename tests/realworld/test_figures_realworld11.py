"""Guards key figures on the eleventh real corpus (tests/data/realworld/figures11/).

Articles (session 15) chosen for what figures2-10 have least of: Taiwan's legislature on the budget (立法院 committee
motions on the 114 central government budget: 1億9,904萬8千元, 642,279千元, 16億元9,643萬5千元, 凍結百分之二十, vague
千萬元 / 四千萬左右 / 年增百萬, 大約有5至10%, 32萬500公頃), Singapore's Chinese press (联合早报's realtime China list:
amounts in 人民币 / 港元 / 新台币 / 美元 / 欧元 with their 新元 conversions, vague 数百人 / 十多笔 / 近百亿 / 上百元) and
listed companies' replies to the exchanges' annual-report inquiries (巨潮资讯网 PDFs parsed to Markdown: 万元 amounts,
losses with a minus, 增亏, rate lists). Text, provenance and the gold's conventions (including the eight conflicts
between earlier golds settled this session): figures11/SOURCES.md and the header of figures11/figures_gold.toml.
Scored with the machinery of figures2-10 (briefreader.figures.score) through the shared checks of figures_corpus.py.

dev: floors are what the committed extractor scored at its first run on figures11, measured after all gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s15_13corpus_devmisses.md.
heldout12: every third article as chosen; never run by the corpus engineer; scored in aggregate only (the ends of
sessions 15 and 16, by the lead), never inspected; in session 17 it was retired into development as "dev-retired12"
(files still named figures11/heldout12/): its last held-out score is kept below as a record, and from then on it is
developed on and itemised.
"""

from __future__ import annotations

import pytest
from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_floor,
    check_new,
    check_split_order,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS, Report

CORPUS = Corpus(
    folder="figures11",
    splits=frozenset({"dev", "dev-retired12"}),
    held="dev-retired12",
    held_folder="heldout12",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
    signed_money=True,  # a loss written with a minus keeps it (归母净利润为-1.20 亿元), as figures7
)
NAMED = ("人民币", "人民幣", "港元", "港币", "港幣", "新台币", "新台幣", "台币", "台幣", "美元", "欧元", "新元", "令吉")
# 联合早报 items on the mainland whose currency note the site's '...' cut or the item left out (header convention 6)
PLACED = {
    ("figures11/dev/05_zaobao_realtime_china_20240124.txt", "约1万亿元（"): "CNY",
    ("figures11/dev/08_zaobao_realtime_china_20230927.txt", "逾百万元"): "CNY",
    ("figures11/heldout12/18_zaobao_realtime_china_20240214.txt", "斥资2.1亿元"): "CNY",
}

# dev (25 articles; money 170, percent 65, area 7, count 71 gold figures). Articles 1-31 first scored on the committed
# code right after the gold's commit (HEAD ca07e6b, git archive; the work tree with 13-dev's uncommitted extract.py
# scored the same): money 118/138 = 0.855 / 118/153 = 0.771, percent 51/57 = 0.895 / 51/54 = 0.944, area 5/6 = 0.833 /
# 5/7 = 0.714, count 49/62 = 0.790 / 49/50 = 0.980; qualifier agrees on 215 of 223 matches. Then the announced gold
# correction 2ae32c6 (two demonstrative counts, D3): count 50/62 / 50/52 on the same code. Articles 32-37 (round 2)
# added in 4d94be3 and first scored there (HEAD 4d94be3, git archive; figures code unchanged since ca07e6b): all 25 dev
# articles money 134/159 = 0.843 / 134/170 = 0.788, percent 62/69 = 0.899 / 62/65 = 0.954, area 5/6 / 5/7, count
# 69/83 = 0.831 / 69/71 = 0.972; qualifier agrees on 259 of 270 matches. Those are the floors.
# Most misses: Taiwan amounts of the form 4億6,533萬6千元 / 17億7,331萬3千元 / 16億元9,643萬5千元 (missed or cut in two;
# 1萬2,432.27平方公尺 read as 2,432.27), 联合早报's currency notes after the amount (（人民币，下同…）, （港元，下同…）,
# （新台币…）) not read, bare-scale budget sums (四千萬左右, 年增百萬, 增加千萬), a minus lost (较 2024 年末-5,482.35 万元);
# extras: a title's figure listed again under it (24%以上 / 超过24%, 15人 / 15人), list sizes (五種PFAS（…）, 共六家), a cut
# number (约5.48亿...). Itemised in /work/notes/s15_13corpus_devmisses.md. A ratchet: raise it, never lower it.
# ratcheted by 13-dev (s15: Taiwan budget sums 1億9,904萬8千元, a (人民币，下同，…) note after the sum, TeX percents):
# money 134/159 / 134/170 -> 157/173 / 157/170, percent 62/69 / 62/65 -> 64/71 / 64/65, area 5/6 / 5/7 -> 1 / 6/7
# Round 4 (articles 40-41 in dev, f6799dd) first scored on HEAD f6799dd's code (git archive; figures code of bb0a5b3):
# all 28 dev articles money 166/185 = 0.897 / 166/179 = 0.927, percent 68/75 = 0.907 / 68/69 = 0.986, area 8/9 = 0.889 /
# 8/10 = 0.800, count 87/106 = 0.821 / 87/91 = 0.956; qualifier 316/329. The floors below are that score (the split grew:
# the earlier 26-article floors, ratcheted by 13-dev in bb0a5b3, were money 157/173 / 157/170, percent 64/71 / 64/65, area
# 6/6 / 6/7, count 77/92 / 77/81). New misses: 120平方米以上住房限购 (a policy's threshold, D1) unlisted, titles restated.
# ratcheted by 13-dev (s15, all 28 dev articles): 93f364c (a 联合早报 title's figure said again in its standfirst, one
# figure) and 387e406 (超过1个千分点 no count, 约5.48亿... cut off, not read): money 166/185 -> 166/178, count 87/106 -> 87/105
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s16 (13-dev): a line cut short ('...') is no wrapped line, so 联合早报's item headlines group their figure said
    # again under them (8a1f858); a rounding heading is one figure (近324亿元 / 323.96亿元, 逾亿港元 / 1.18亿港元, 逾5万个);
    # D3 (四種PFAS, …和吉利共六家): money 166/178 -> 166/174, percent 68/75 -> 68/71, area 8/9 -> 8/8 (area gold 10 -> 9,
    # 704123a), count 87/105 -> 87/96; recall unchanged
    # then a minus after a period's end with decimals (年末-5,482.35 万元): 167/174, 167/179; two acts on two equal
    # sums (減列200萬元整並凍結200萬元整): 170/177, 170/179
    # s17: a committee's parallel motions are no lead and body (28: 17億7,331萬3千元, 1萬2,432.27平方公尺, 200萬元 listed
    # again in their own motion): money 170/177 / 170/179 -> 172/179 / 172/179, area 8/8 / 8/9 -> 9/9 / 9/9
    # then a bare scale sum before 預算 (四千萬左右預算, 增加6百萬預算): 174/181 / 174/179
    "money": (174 / 181, 174 / 179),
    # s17: a heading's figure said again under it with a hedge added (暴跌58% / 跌幅超58%), or with another of 人/名/位
    # (救起14人 / 救起14名), one figure; a heading that rounds a people count (3万多人 / 约3万6000名); gold: 13's 近130名
    # (the heading 近130位 said again) out (13-dev's gold edit): old code 86/96 / 86/90 -> 86/91 / 86/90; percent 68/71 -> 68/70
    # s34 (13-dev): 05's 下调存款准备金率0.5个百分点, a cut, gold +0.5 -> -0.5 (this header's "decline words carry the sign",
    # FIGURES_GOLD 4); the code signs it now: 69/69 / 69/69 (it scored 69/69 unsigned against the old gold)
    "percent": (69 / 69, 69 / 69),
    "area": (1.0, 1.0),
    # then a heading's figure said again once under it, a later sentence's statement listed again (13's second
    # 近130名, its gold entry restored as 13-corpus asked): 87/92 / 87/91
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 38 五度從功能組別 and 曾七度 out of the gold (never read): 87/92 · 87/91 -> 87/92 · 87/89
    "count": (87 / 92, 87 / 89),
}

# heldout12 (14 articles; money 84, percent 40, area 4, count 31 gold figures): scored in aggregate by the lead at the
# end of session 15 (6ac3c0d), never itemised. Its 联合早报 items share a list and a style with dev's (review s15
# R7b). Session 15: money 79/84, 79/84; percent 38/43, 38/40; area 4/5, 4/4; count 28/40, 28/31. Second scoring, end
# of session 16 (5fbc937): precision up in money, percent and count, recall the same. Record: that last held-out score,
# written here before anything was run on the retired split.
# Session 17: retired into development as "dev-retired12" (its misses read from here on). First score as dev, on the
# unchanged figures code (60adb62, HEAD f2a8130, 11:37 UTC), before any change: the same as this record. Held to it as
# a floor (RETIRED12_FLOOR, ratcheted as it improves).
HELDOUT12_LAST_HELDOUT = {
    "money": (79 / 82, 79 / 84),
    "percent": (1.0, 38 / 40),
    "area": (4 / 5, 1.0),
    "count": (28 / 37, 28 / 31),
}
RETIRED12_FLOOR = dict(HELDOUT12_LAST_HELDOUT)
# session 35 (13-dev): a first paragraph that is a numbered item (问题 1.…) is no lead; its percents said again in the
# reply are listed again (FIGURES_GOLD §5): percent 38/38 · 38/40 -> 40/40 · 40/40
RETIRED12_FLOOR["percent"] = (1.0, 1.0)
# s17 (13-dev): 人次 written before a hedged number (申购人次超千万), a heading's count said again under it (逾3万 / 超过3万名,
# 23人 / 23名): count 28/37 / 28/31 -> 31/34 / 31/31
RETIRED12_FLOOR["count"] = (31 / 34, 1.0)
# then parallel motions (24: 2,412萬1千元, 凍結該項預算50萬元 in each motion): money 79/82 / 79/84 -> 82/85 / 82/84
RETIRED12_FLOOR["money"] = (82 / 85, 82 / 84)
# then a heading's sum and the text under it, its currency said in one of them (3000亿 / 逾3000亿元（人民币…）, 逾700万人民币 /
# 超过700万元), and a sum said again in brackets to give its conversion (（100亿人民币约为18.64亿新元）): 82/85 -> 82/82
RETIRED12_FLOOR["money"] = (1.0, 82 / 84)
# then a heading's figure said again once under it (27: 此次发行的120亿元人民币国债 listed again): 82/82 -> 83/83, 83/84
RETIRED12_FLOOR["money"] = (1.0, 83 / 84)


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=25)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億 is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt, and a mainland amount in 联合早报 whose note is cut is CNY
    check_bare_yuan(CORPUS, NAMED, placed=PLACED)


def test_split_is_fixed_by_collection_order() -> None:
    check_split_order(
        CORPUS,
        held_count=14,
        retired_from="heldout12",
        min_per_kind=2,  # each kind is present in the held-out third too
        held_regions=("mainland", "taiwan", "singapore"),
        held_regions_exact=True,
    )


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 28


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-10
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 11))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=22,  # 联合早报 lists: 22 of 42 (12 立法院 motions, 7 company replies, 1 端傳媒)
        min_outlets=20,
        regions={"taiwan": 8, "singapore": 8, "mainland": 5, "hk": 1},
        scripts={"hans": 15, "hant": 10},
    )


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.fixture(scope="module")
def retired12() -> Report:
    return CORPUS.report("dev-retired12")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired12_does_not_regress(retired12: Report, kind: str) -> None:
    check_floor(retired12, kind, RETIRED12_FLOOR)  # development text now: itemised
