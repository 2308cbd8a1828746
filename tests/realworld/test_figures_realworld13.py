"""Guards key figures on the thirteenth real corpus (tests/data/realworld/figures13/).

Articles (session 17) chosen for what the extractor finds hard: Hong Kong text (bare 元/萬 in HKD, $1,200港元, 呎價 and
方呎, 29萬5千, 數百萬) and Taiwan text (bare 億 in TWD, numbers written with ○ and a full-width dot: 一二○○萬美元,
三．六億台幣, ○．六％; 三十到四十％; 上看7000萬), vague counts (數千人, 數十名, 逾20名) and counts with measure words (宗, 罪,
項, 度, 件, 塊, 部, 點); held out, a Hong Kong broker's research notes in simplified Chinese (company results with
（人民币；下同） notes, HKD share-price strategies, ranges 9-9.8亿 / 230-260%, 万平方米). Text, provenance and the gold's conventions: figures13/SOURCES.md and the header of
figures13/figures_gold.toml. Scored with the machinery of figures2-12 (briefreader.figures.score) through the shared
checks of figures_corpus.py.

The split is BY SOURCE (review s15 R7b, as figures12): no held-out article shares a repository or a publisher with a dev
article. dev: ronnywang/newsdiff (Taiwan outlets' crawler fixtures), king7766/tutorRN (蘋果日報, Hong Kong) and
yookoala/newsdiffHK (星島日報, 無綫新聞, 香港文匯報, 熱血時報; held out in round 1, moved to dev in round 2 before anyone
ran it: a fork of ronnywang/newsdiff); heldout14: ryoyin/beijingsecgroup (北京证券集团's 个股追踪 notes, 2016).

dev: floors are what the committed extractor scored at its first run on figures13, measured after all gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s17_13corpus_for_13dev.md.
heldout14: never run by the corpus engineer; scored in aggregate only (the ends of sessions 17 and 18, by the lead), never
inspected; in session 19 it was retired into development as "dev-retired14" (files still named figures13/heldout14/):
its last held-out score is kept below as a record, and from then on it is developed on and itemised.
"""

from __future__ import annotations

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS

CORPUS = Corpus(
    folder="figures13",
    splits=frozenset({"dev", "dev-retired14"}),
    held="dev-retired14",
    held_folder="heldout14",  # a retired article keeps its file name
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR"),
)
NAMED = ("人民币", "人民幣", "港元", "港币", "港幣", "新台币", "新台幣", "台幣", "美元", "欧元", "新元", "令吉")
# bare amounts a （人民币；下同） note binds, or a mainland business's amounts with no currency written (gold convention 13)
# (gold convention 13), marked `placed = true` in the gold: the held-out figure texts are not quoted here (review s17 R6)
PLACED = {(a["file"], f["text"]): f["unit"] for a in CORPUS.articles for f in a["figures"] if f.get("placed")}


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=28)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/萬/億 is TWD in Taiwan text, HKD in Hong Kong text; a figure whose text names a currency is exempt; the
    # broker's RMB-noted amounts are CNY (PLACED)
    check_bare_yuan(CORPUS, NAMED, placed=PLACED)


def test_split_is_fixed_by_source() -> None:
    # dev-retired14 holds 2 area figures only (中海外's floor areas), hence min_per_kind=2
    check_split_by_source(CORPUS, held_count=11, min_per_kind=2)


def test_split_sizes() -> None:
    assert sum(a["split"] == "dev" for a in CORPUS.articles) == 17
    scored = {
        s: sum(f["kind"] in SCORED_KINDS for a in CORPUS.articles if a["split"] == s for f in a["figures"])
        for s in CORPUS.splits
    }
    # 11 of 28 articles held (39%); the broker's notes are dense: dev 115, dev-retired14 95 scored figures
    assert 0.5 <= scored["dev"] / (scored["dev"] + scored["dev-retired14"]) <= 0.6


def test_articles_are_new_and_sources_varied() -> None:
    # new articles and new repositories: none of figures_gold.toml or figures2-12
    check_new(CORPUS, ["figures_gold", *(f"figures{n}" for n in range(2, 13))], new_repositories=True)
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=11,
        min_outlets=24,
        regions={"taiwan": 8, "hk": 20},
        scripts={"hant": 17, "hans": 11},
    )
