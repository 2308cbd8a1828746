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

from figures_corpus import (
    DATA,
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
)

from briefreader.figures.score import SCORED_KINDS

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
