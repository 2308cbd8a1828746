"""Guards key figures on the third real corpus (tests/data/realworld/figures3/).

Thirty articles not used before, chosen for dense figures: six 2026 provincial government
work reports (上海, 广东, 浙江, 四川, 江苏, 北京: targets, ranges, target years), three county
policy texts with subsidy bounds (柳河县: 不低于, 及以上至, 不超过, 元/亩, 亩), Hong Kong papers
(頭條日報, 香港經濟日報, 無綫新聞, 香港01, 巴士的報), Taiwan text (ETtoday, 中央社, 中時, 自由時報,
公視, 三立, 轉角國際, a reposted property report), overseas Traditional-script outlets (大紀元,
新唐人: CNY and AUD in Traditional script) and 新浪财经. Articles 31-51 (session 7) are Hong Kong, Macau
and Taiwan text dense in figures: LegCo records of three budget speeches and two policy addresses, a
member's speech and four written replies (HKD with a bare 元, spaces as thousands separators, 公頃,
平方米, 平方呎), six Macau government press releases (MOP, 澳門元, 百萬元) and three Taiwan news texts
(萬 totals and 每坪 prices). Text, provenance and figures written by reading: figures3/SOURCES.md and the
header of figures3/figures_gold.toml. Scored with the same machinery as figures2 (briefreader.figures.score).

dev: floors are what the extractor scored when the gold was frozen (session 6), below the bar of
issue 13 (precision >= 0.95, recall >= 0.90 per kind), raised since; the bar itself is asserted
separately (met on dev since session 7). heldout4: every third article as chosen; scored in aggregate only
(sessions 7 and 8), never inspected; session 8's note described its misses (area precision 0.933), so in
session 9 it was retired into development as "dev-retired4" (files still named figures3/heldout4/): its
last held-out score is kept below as a record, and from then on it is developed on and itemised.
"""

from __future__ import annotations

from collections import Counter

import pytest
from figures_corpus import Corpus, check_bar, check_floor, check_new, check_split_order, check_varied, check_well_formed

from briefreader.figures.score import SCORED_KINDS, Report

CORPUS = Corpus(
    folder="figures3",
    splits=frozenset({"dev", "dev-retired4"}),
    held="dev-retired4",
    held_folder="heldout4",  # a retired article keeps its file name
    checks_values=False,  # kinds only: figures3's gold predates the qualifier/unit checks of figures4 on
)
PRECISION, RECALL = 0.95, 0.90
# dev (34 articles; money 189, percent 165, area 44, count 253 gold figures) as scored with the gold of
# articles 31-51 frozen, session 7 (extractor at b8282eb plus the figures engineer's uncommitted
# extract.py of that moment). The 20 session-6 articles alone scored then money 0.991/0.957, percent
# 0.991/1.0, area 0.8/1.0, count 0.966/0.898; the 14 new Hong Kong/Macau/Taiwan dev articles alone money
# 0.315/0.311, percent 1.0/1.0, area 0.85/0.85, count 0.748/0.688 (session 6: articles 1-16 first scored
# at 6a0983f, all 20 at 390f8be, see SOURCES.md). A ratchet: raise it, never lower it.
# Raised in session 7 to the dev score (rounded down) after the 个-count fix: money 0.995/0.968, percent
# 0.994/1.0, area 0.978/1.0, count 0.976/0.945.
# Count raised again (0.976/0.953) after 300萬農村居民 and 跟…的1,786萬比 were read as people.
# Session 8: count 0.976/0.953 -> 0.976/0.984 (有五區 and 二人 read by the conventions settled in
# figures2's gold header; 东南五省, a group's name, and the five N个方面, a text's structure, out of
# the dev gold: the session-start code scores 0.976/0.976 on the new gold); then 107點 (places
# counted with 点) read and 這三點 (an argument's points, like 方面) out of the gold: 0.976/0.992.
# Session 8, 13-region: a sum set in a mainland place in Taiwan text is renminbi (25 udn 約40億): money 1.0/0.973.
# Money -> 1.000/0.995 (推案量/案量 and a 億 sum named at its sentence's head: 其中龜山達491億最多, 增加了1100亿).
# 13-dev2: a price word, a scaled sum, 的 (推薦總價1300~1400萬的「雲觀」): money recall 188/189 -> 189/189.
# Session 11 (13-dev): a year between two statements of one value makes them two facts (新生兒在2016年是1,700多萬,
# 2017年還能保持1,700多萬): count 244/249, 244/246 -> 245/250, 245/246.
# Session 13 (13-dev): one value restated right after itself in its sentence with "about" added (大概有16%的人…
# 其實是16%的人) is one figure: percent 165/166 -> 165/165.
# s16: count 245/250, 245/246 -> 243/248, 243/244 (D3: 四个重点产业, 四个经济强省 out of gold and output)
DEV_FLOOR = {"money": (1.0, 189 / 189), "percent": (1.0, 1.0), "area": (0.977, 1.0), "count": (243 / 248, 243 / 244)}
# heldout4 (17 articles, every third as chosen: 3-30 of session 6 and 33-51 of session 7; money 108,
# percent 63, area 14, count 106 gold figures): scored in aggregate once, after all gold was committed
# (session 7, extractor at ec8578a plus the figures engineer's uncommitted extract.py, numerals.py and
# units.py of that moment); misses never read. Its 10 session-6 articles had scored, at 390f8be, money
# 0.977/0.955, percent 1.0/0.974, area 0.75/1.0, count 0.941/0.889.
HELDOUT4_FLOOR = {"money": (0.990, 0.972), "percent": (1.0, 0.984), "area": (0.933, 1.0), "count": (0.961, 0.952)}
# Record: its full last held-out score, taken at the start of session 9 with session 8's final code
# (cde7ce1), before any change (scorer output, summary only):
#   kind       gold  pred    prec  recall
#   money       108   106   0.991   0.972   (105 matched)
#   percent      63    62   1.000   0.984   (62 matched)
#   area         14    15   0.933   1.000   (14 matched)
#   count       106   106   0.962   0.962   (102 matched)
#   overall     291   289   0.979   0.973;  qualifier agrees on 280/284 matches
#   (for information: year 1 gold, 3 predicted, precision 0.333; ratio 0 gold, 5 predicted)
# Session 9: retired into development as "dev-retired4" (its misses read from here on); held to
# this record as a floor, to the dev bar and to RETIRED4_RATCHET.
HELDOUT4_LAST_HELDOUT = {
    "money": (105 / 106, 105 / 108),
    "percent": (62 / 62, 62 / 63),
    "area": (14 / 15, 14 / 14),
    "count": (102 / 106, 102 / 106),
}
# Developed on from session 9 (13-dev), its misses read and fixed by general rules: a hedge after a
# "per" unit (30万元/人左右), 都不到 after a number, 两元多 (over 2 yuan), the base of a rate (0.6人/百亿元)
# no sum, a count right after a bare 万亿 sum ends it (9万亿三个), (含500亩) after a range is its bound, an
# idiom's numerals (五花八门) and a numbered planning area's site (112区短期用地) no counts, a roundup's
# headline holds only until the next one (上海市的55条 listed again). Gold, by the settled conventions:
# 6个维度 (a text's structure) and a headline restated under it (上千職位) out, the lead's 5%以内 restated with
# the same words before it listed once, 全球59個國家及地區 (restated after other words) listed again.
# money 0.991/0.972 -> 1.000/0.991, percent 1.000/0.984 -> 1/1, area 0.933/1.000 -> 1/1,
# count 0.962/0.962 -> 0.990/0.990. Left: 開這2萬 (a bare 萬 in a quote), 送2衛星 (a headline's count
# with no measure word), 超過200萬 under the headline 200萬製造業企業 (「」 in the headline, and the hedge
# differs).
RETIRED4_RATCHET = {
    "money": (107 / 107, 107 / 108),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (103 / 104, 103 / 104),  # s16: 104/105 both -> 103/104 (D3: …丝路建设6个组别 out of gold and output)
}


@pytest.fixture(scope="module")
def dev() -> Report:
    return CORPUS.report("dev")


@pytest.fixture(scope="module")
def retired4() -> Report:
    return CORPUS.report("dev-retired4")


def test_corpus_has_provenance_and_known_splits() -> None:
    check_well_formed(CORPUS, min_articles=24)
    # the split was fixed by the collection order in the file name: every third article held out
    check_split_order(CORPUS, gapless=False, held_count=17, retired_from="heldout4")
    splits = [a["split"] for a in CORPUS.articles]
    assert splits.count("dev-retired4") * 2 <= splits.count("dev") + 1
    assert {a["script"] for a in CORPUS.articles} == {"hans", "hant"}  # mainland and HK/Taiwan/overseas text
    check_new(CORPUS, ["figures_gold", "figures2"])  # new articles, not figures2's again


def test_sources_are_varied_and_a_third_is_hong_kong_macau_taiwan() -> None:
    check_varied(CORPUS, min_repositories=6, max_per_repository=6, min_outlets=8)
    # Traditional-script text is Hong Kong, Taiwan or an overseas outlet (大紀元, 新唐人: three)
    traditional = Counter(a["script"] for a in CORPUS.articles)["hant"]
    assert (traditional - 3) * 3 >= len(CORPUS.articles)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    check_floor(dev, kind, DEV_FLOOR)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired4_does_not_regress(retired4: Report, kind: str) -> None:
    # development text now: itemised
    for floor in (HELDOUT4_LAST_HELDOUT, HELDOUT4_FLOOR, RETIRED4_RATCHET):
        check_floor(retired4, kind, floor)


# Met on dev since session 7 (money 0.995/0.968, percent 0.994/1.0, area 0.978/1.0, count
# 0.976/0.945): asserted, no longer an xfail that would hide a fall below the bar.
@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired4_meets_the_bar(retired4: Report, kind: str) -> None:
    check_bar(retired4, kind, PRECISION, RECALL)


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_meets_the_bar(dev: Report, kind: str) -> None:
    check_bar(dev, kind, PRECISION, RECALL)
