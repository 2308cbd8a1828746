"""Guards key figures on the second real corpus (tests/data/realworld/figures2/).

Fifty-one articles not used before (Taiwan: 中央社, ETtoday, 風傳媒; overseas: 大紀元, 新唐人; mainland: 每日经济新闻,
新浪财经 with 中新网, 21世纪经济报道, 澎湃), with their text, provenance and figures
written by reading (figures2/SOURCES.md). dev: the bar of issue 13 (precision >= 0.95,
recall >= 0.90 per kind) and a ratchet at what the extractor reached in session 5.
dev-retired: the first held-out set (17 articles), scored and reported in sessions 5 and 6
and retired into development in session 7 (its last held-out scores are kept below as a
record); it is held to the dev bar and reported on its own. dev-retired3: a further
held-out set added in session 5's second half (Hong Kong papers and a PRC statistics bureau,
files still named figures2/heldout3/), scored in summary only in sessions 5-7 and never
tuned on, then retired into development in session 8 because session 7's note described its
misses (count recall 0.763); its last held-out score is kept below as a record and it is now
held to the dev bar like dev-retired (met since session 8).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.figures.score import DECLARED_KINDS, SCORED_KINDS, evaluate_articles, format_report, load_articles

GOLD = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures2" / "figures_gold.toml"
PRECISION, RECALL = 0.95, 0.90
# session 5, dev (63 articles; money 352, percent 599, area 51, count 426 gold figures).
# Articles 1-51 alone stay at 1.00 precision (money 1.00/0.974, percent 1.00/1.00, area
# 1.00/1.00, count 1.00/0.989); the ratchet is over all dev, with the 29 added later
# (Hong Kong papers and 大庆 statistics)
# (session 5's ratchet: money 1.0/0.98, percent 0.99/0.99, area 1.0/1.0, count 0.98/0.98)
# session 7: dev 63 articles, money 1.000/0.983 -> 1.000/0.986, count 0.981/0.988 -> 0.984/0.993
# (percent, area unchanged); raised to the session's end
# session 9 (13-dev): money 1.000/0.994 -> 1.000/1.000 (上兆美元: a bare 兆 before a currency; 42分 in Hong
# Kong text, the cent of the one currency its sentence names)
DEV_RATCHET = {
    "money": (1.0, 1.0),
    # s34 (13-dev): 下跌幅度更為顯著，已超過20% signed (a fall-size noun, a comma, an adverb and a hedge): 600/600 · 600/600
    "percent": (600 / 600, 600 / 600),
    "area": (1.0, 1.0),
    # s11 13-dev2: 431/438 -> 431/437, a bonus-issue ratio (每N股…3股) no count; s16: D3 (13-corpus drops six list
    # sizes from the gold, 13-dev's rule drops them and nothing else here): 425/431, 425/426
    # s17: the list's size said after a colon is no count (D3, its colon half: 三個方向路徑：一是…二是…三是…), and dev
    # 71's 觀看人次超過690萬 unit 人次 (13-dev's gold edit, as figures5/11): 425/431 -> 425/430
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 30 五次, 36 升息了三次/八次, 88 6次; the matched entries leave both sides, so the fractions fall:
    # 425/430 · 425/426 -> 421/425 · 421/422 (below the old ratios by that arithmetic only)
    "count": (421 / 425, 421 / 422),
}
# and money 1.000/0.986 -> 1.000/0.994 (1.2万左右, 2万以内 hedged in a sentence about money;
# 10万+/平方米 a price per area), count -> 0.984/0.998 (29品項)
# session 8: count 0.984/0.993 -> 0.984/0.995 over 432 gold (6 二人 added to 82 by the settled
# conventions, see the gold's header); 一人 in a partition (61) read
# Record: the retired split's last scores while it was held out ("heldout": 17 articles;
# money 44, percent 73, area 9, count 102 gold figures), as scored after the session-5
# changes and again at the start of session 7; its misses were not read until then.
# (percent was 0.930/0.904 before the list rule, which was made knowing falling lists were
# in held-out text, so that percent score was not a clean measure.)
RETIRED_LAST_HELDOUT = {
    "money": (39 / 39, 39 / 44),
    "percent": (71 / 72, 71 / 73),
    "area": (1.0, 1.0),
    "count": (95 / 102, 95 / 102),
}
# Developed on in session 7 (its misses read and fixed by general rules): money 1.000/0.977,
# percent 0.986/0.973, area 1.000/1.000, count 0.960/0.951; held to the dev bar and to this
RETIRED_RATCHET = {
    "money": (1.0, 43 / 44),
    "percent": (72 / 72, 72 / 73),  # session 8 (13-dev2): 降低乳癌發生機率53% signed by its verb
    "area": (1.0, 1.0),
    # s16: 99/101, 99/104 -> 98/100, 98/103 (D3: 漿果红、…湖光藍四款 out of gold and output)
    # s17: a decimal point between Chinese digits (二.二八億支, full-width ．) read: 98/100, 98/103 -> 99/101, 99/103
    "count": (99 / 101, 99 / 103),
}
# session 8: count 0.960/0.951 -> 0.980/0.952 (two 两人 of 20 added to the gold by the settled
# conventions, which the extractor already listed)
# heldout3 (a new held-out set, session 5 second half: 14 articles, 12 of them Hong Kong
# papers, one 大庆 statistical analysis, one 風傳媒; money 150, percent 161, area 10, count 38 gold
# figures): every third article as chosen, gold written before any run, scored only in
# summary after the second half's changes; its misses were not read. Money is low
# (0.72/0.73; 0.68/0.69 with the session-start code); nothing was changed for it.
# (first floor: money 0.72/0.73, percent 0.97/0.98, area 1.0/1.0, count 0.90/0.76)
# session 7, scored in summary after its changes (still never inspected): money 0.724/0.733 ->
# 0.954/0.967 (mostly the 巴士的報 source, a dev leftover known without reading held-out text),
# percent 0.975/0.981 -> 0.994/1.000, area 1.0/1.0, count 0.906/0.763 unchanged
# Record: its full last held-out score, taken at the start of session 8 with session 7's
# final code, before any change (scorer output, summary only):
#   kind     gold  pred   prec  recall
#   money     150   152  0.954   0.967   (145 matched)
#   percent   161   162  0.994   1.000   (161 matched)
#   area       10    10  1.000   1.000
#   count      38    32  0.906   0.763   (29 matched)
#   overall   359   356  0.969   0.961;  qualifier agrees on 345/345 matches
# Session 8: retired into development as "dev-retired3" (its misses read from here on).
HELDOUT3_LAST_HELDOUT = {
    "money": (145 / 152, 145 / 150),
    "percent": (161 / 162, 161 / 161),
    "area": (1.0, 1.0),
    "count": (29 / 32, 29 / 38),
}
# Developed on from session 8 (its misses read and fixed by general rules: 國/隊 as measure
# words, 一 in a partition, people counted in a list, a head sharing 萬 and 元 after 分別, 七人欖球
# as a format; gold: 兩間公司 stated in lead and body in other words listed twice): count
# 0.906/0.763 -> 1.000/0.949, money 0.954/0.967 -> 0.974/0.993 (also: a (人民幣，下同) note holds
# for the company whose paragraph it is in, not for the next stock code's share prices). Held to
# the dev bar and to this. Then (13-dev2) a roundup item's headline gives its target prices to the
# text under it (HKET 84, four restated prices listed once): money 0.974/0.993 -> 1.000/0.993.
RETIRED3_RATCHET = {
    # 149/149, 149/150 -> 150/150 (s12: 三千億工程, works valued by their cost, HKD); s16: the heading 突破60亿 over
    # 63.8亿元 is one figure (gold and code): 149/149, 149/149
    "money": (1.0, 1.0),
    "percent": (161 / 161, 161 / 161),  # 13-dev2: （六）…19.8%。 a heading restated under it
    "area": (1.0, 1.0),
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 57 兩次 (發文兩次) leaves both sides: 37/37 · 37/39 -> 36/36 · 36/38 (recall lower by that arithmetic)
    "count": (36 / 36, 36 / 38),
}


@pytest.fixture(scope="module")
def dev():
    return evaluate_articles(GOLD, "dev")


@pytest.fixture(scope="module")
def retired():
    return evaluate_articles(GOLD, "dev-retired")


@pytest.fixture(scope="module")
def retired3():
    return evaluate_articles(GOLD, "dev-retired3")


def test_corpus_is_new_sized_and_has_provenance() -> None:
    articles = load_articles(GOLD)
    assert len(articles) >= 20
    assert sum(len(a["figures"]) for a in articles) >= 200
    splits = [a["split"] for a in articles]
    assert splits.count("dev-retired") == 17 and "heldout" not in splits  # retired, not dropped
    assert splits.count("dev-retired3") == 14 and "heldout3" not in splits  # retired, not dropped
    assert {a["script"] for a in articles} == {"hans", "hant"}  # mainland and Taiwan text
    for a in articles:
        assert a["repository"] and a["path"] and len(a["commit"]) == 40, a["file"]
        # a retired article keeps its file name (other gold files refer to it)
        assert a["file"].startswith(f"figures2/{a['split'].replace('dev-retired', 'heldout')}/")
        for f in a["figures"]:
            assert f["text"] in a["text"], (a["file"], f["text"])
            assert f["kind"] in (*SCORED_KINDS, *DECLARED_KINDS)  # quantity: in articles that declare it (s26)


def test_corpus_does_not_reuse_the_first_corpus_sources() -> None:
    first = {a["repository"] for a in load_articles(GOLD.parents[1] / "figures_gold.toml")}
    assert not first & {a["repository"] for a in load_articles(GOLD)}


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_meets_the_bar_and_the_ratchet(dev, kind: str) -> None:
    s = dev.kind(kind)
    assert s.gold > 0
    detail = format_report(dev, verbose=True)
    precision, recall = DEV_RATCHET[kind]
    assert s.precision >= max(PRECISION, precision - 1e-9), f"{kind} precision {s.precision:.3f}\n{detail}"
    assert s.recall >= max(RECALL, recall - 1e-9), f"{kind} recall {s.recall:.3f}\n{detail}"


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired_split_meets_the_bar_and_its_ratchet(retired, kind: str) -> None:
    s = retired.kind(kind)
    assert s.gold > 0
    detail = format_report(retired, verbose=True)  # development text now: itemised
    for precision, recall in (RETIRED_LAST_HELDOUT[kind], RETIRED_RATCHET[kind], (PRECISION, RECALL)):
        assert s.precision >= precision - 1e-9 and s.recall >= recall - 1e-9, detail


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired3_split_meets_its_ratchet_and_the_bar(retired3, kind: str) -> None:
    s = retired3.kind(kind)
    assert s.gold > 0
    detail = format_report(retired3, verbose=True)  # development text now: itemised
    for precision, recall in (HELDOUT3_LAST_HELDOUT[kind], RETIRED3_RATCHET[kind], (PRECISION, RECALL)):
        assert s.precision >= precision - 1e-9 and s.recall >= recall - 1e-9, detail


def test_hong_kong_and_government_text_is_in_both_splits() -> None:
    """The second half's sources: Hong Kong papers and a PRC statistics bureau, in dev and dev-retired3."""
    for split in ("dev", "dev-retired3"):
        repos = {a["repository"] for a in load_articles(GOLD, split)}
        assert {"mitul-kalariya/scrapping-webs", "wzqjava/DaQingStatsDemo-master"} <= repos, split


# Session 26: the fifth kind, quantity (吨, 千瓦时, 升 …), scored in the dev articles whose gold declares it (38, 67, 70:
# 15 figures). First scored on 13-dev's extractor (frozen copy, all gold committed before): 15/15 / 15/15.
DEV_QUANTITY_FLOOR = (1.0, 1.0)


def test_dev_quantity_does_not_regress(dev) -> None:
    s = dev.kind("quantity")
    assert s.gold >= 15, s.gold  # scored only in articles that declare it (score.DECLARED_KINDS)
    detail = format_report(dev, verbose=True)
    assert s.precision >= DEV_QUANTITY_FLOOR[0] - 1e-9 and s.recall >= DEV_QUANTITY_FLOOR[1] - 1e-9, detail
