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
