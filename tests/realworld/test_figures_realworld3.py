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

from figures_corpus import Corpus, check_new, check_split_order, check_varied, check_well_formed

CORPUS = Corpus(
    folder="figures3",
    splits=frozenset({"dev", "dev-retired4"}),
    held="dev-retired4",
    held_folder="heldout4",  # a retired article keeps its file name
    checks_values=False,  # kinds only: figures3's gold predates the qualifier/unit checks of figures4 on
)


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
