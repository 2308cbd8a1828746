"""Guards key figures on the twenty-ninth real corpus (tests/data/realworld/figures29/), a DEV-ONLY batch for money in 港元
beside RMB, counts and quantities.

Articles (session 30, the corpus helper) from two repositories: qianshuang/dl-exp (THUCNews records: a 中新网 item on the
Hong Kong government's Disneyland deal, mainland developers' Hong Kong listings in 港元, the medical insurance fund's sums,
fund-account counts in 户) and Halerfermatqing/mybolgfor (Wind's 陆家嘴财经早餐 copied into Jekyll posts: Tencent's and
China Mobile's results in RMB with a buy-back and a dividend in 港元, the Hong Kong Exchange Fund's sums, local-government
bond issuance, coal/oil/gas/steel in 吨 and 立方米, capacity in 千瓦, cars in 辆). figures6 read other days' briefs from
mybolgfor: these texts are new (checked below), the repository is not (disclosed in figures29/SOURCES.md). Text,
provenance and the gold's conventions: figures29/SOURCES.md and the header of figures29/figures_gold.toml. Scored with
the machinery of figures2-26 (briefreader.figures.score) through the shared checks of figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures28. Floors are what the committed extractor
scored at its first run on figures29, measured after all gold was committed (a ratchet: raise them as the extractor
improves, never lower them).
"""

from __future__ import annotations

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_varied,
    check_well_formed,
    earlier_repositories,
)

from briefreader.figures.score import SCORED_KINDS

CORPUS = Corpus(
    folder="figures29",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland", "hk", "macau", "taiwan"),
    currencies=("CNY", "HKD", "MOP", "TWD", "USD"),
    signed_money=True,
)
# currency words that name the currency of an amount (港元 and 美元 beside bare RMB sums)
NAMED = ("人民币", "人民幣", "港元", "美元", "新臺幣", "新台幣", "澳門元")
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 27))]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=12)


def test_every_article_was_read_for_quantities() -> None:
    # quantity is declared on every article (listed in full where present: 吨, 千瓦, 立方米); the two articles with a
    # share in tenths (超四成, 超六成) declare cheng as well
    assert all(a.get("scored") in (["quantity"], ["quantity", "cheng"]) for a in CORPUS.articles)
    assert sum(a.get("scored") == ["quantity", "cheng"] for a in CORPUS.articles) == 2
    units = {f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "quantity"}
    assert units == {"t", "kW", "m3"}


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/亿元 is CNY (every article's outlet is mainland); 港元 and 美元 are named wherever they are meant
    check_bare_yuan(CORPUS, NAMED)


def test_split_sizes_and_money_weight() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 12
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    assert per_kind == {"money": 56, "percent": 72, "area": 2, "count": 31}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert set(currencies) == {"CNY", "HKD", "USD"} and currencies.count("HKD") >= 20
    # every HKD sum names its currency in its own span (港元), never a bare 元
    assert all("港元" in f["text"] for a in CORPUS.articles for f in a["figures"] if f["unit"] == "HKD")


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-26; figures27/28 are held out and not read here); one new
    # repository, the other (mybolgfor) read by figures6 for other days' briefs, as SOURCES.md says
    check_new(CORPUS, EARLIER)
    before = earlier_repositories(EARLIER)
    repos = {a["repository"] for a in CORPUS.articles}
    assert repos - before == {"qianshuang/dl-exp"}
    assert repos & before == {"Halerfermatqing/mybolgfor"}
    assert "Halerfermatqing/mybolgfor" in (CORPUS.gold.parent / "SOURCES.md").read_text(encoding="utf-8")
    check_varied(
        CORPUS,
        min_repositories=2,
        max_per_repository=8,
        min_outlets=11,
        regions={"mainland": 11, "hk": 1},
        scripts={"hans": 12},
    )
