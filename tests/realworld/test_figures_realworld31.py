"""Guards key figures on the thirty-first real corpus (tests/data/realworld/figures31/), a DEV-ONLY batch for money in
the currencies and regions the dev sets lacked, per-unit prices, ranges, hedges and counts.

Articles (session 31, the corpus helper) from three repositories no figure set or text split had used:
dengchangdong/finance-news (thirteen 新浪财经 7x24 flashes of 2021: Temasek's sums in 新元 with RMB equivalents, a
Singapore vaccine fee as an SGD range with RMB equivalents inside it, a Malaysian 5G plan in 令吉, a Hong Kong
announcement in 新加坡元 and 港元 with thousands separators, Taiwanese chipmakers' revenue in 新台币 (named, bound by a
"（新台币，下同）" note, carried to a bare 亿), per-share target prices in 新台币, British household wealth and trade in 英镑,
EU funding in 欧元, Lululemon's results in 美元 with per-share sums, basis points and ranges, 世茂's sales with 每平方米
prices and areas, share purchases in 港元 and 股), Logos52/grok-bot-packets (two 中央社 items, Traditional: US dollars, and
新台幣 in a Taiwanese text) and swelbyboy/prospect-rss-feeds (Solidot on OnlyFans: 英镑, 美元, counts with no measure
word). Text, provenance and the gold's conventions: figures31/SOURCES.md and the header of figures31/figures_gold.toml.
Scored with the machinery of figures2-29 (briefreader.figures.score) through the shared checks of figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures30. Floors are what the committed extractor
scored at its first run on figures31, measured after all gold was committed (a ratchet: raise them as the extractor
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
    folder="figures31",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland", "hk", "macau", "taiwan", "singapore", "malaysia"),
    currencies=("CNY", "HKD", "TWD", "USD", "SGD", "MYR", "GBP", "EUR"),
    signed_money=True,
)
# currency words that name the currency of an amount
NAMED = ("人民币", "人民幣", "港元", "美元", "新台币", "新台幣", "新元", "新加坡元", "令吉", "英镑", "欧元")
# 05: "64.55亿元（新台币，下同）" binds the later bare 133.58亿元 to New Taiwan dollars
NOTED = {"figures31/dev/05_winbond_revenue_twd_note_20210309.txt": "TWD"}
# 06: "5月份较之增加8.07亿" carries the 新台币 of the sentences before it
PLACED = {("figures31/dev/06_umc_revenue_twd_usd_20210609.txt", "增加8.07亿"): "TWD"}
# figures28 and figures30 are held out and not read here; figures27's held-out part is retired (dev-retired26)
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 28)), "figures29"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=16)


def test_every_article_was_read_for_quantities() -> None:
    # quantity is declared on every article; none of these texts has one
    assert all(a.get("scored") == ["quantity"] for a in CORPUS.articles)
    assert not [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "quantity"]


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/亿元 is CNY in the mainland flashes; named currencies are named in the span
    check_bare_yuan(CORPUS, NAMED, noted=NOTED, placed=PLACED)
    # 中央社's two texts name every sum (美元, 新台幣): 15's headline 聯茂爆違約交割3.19億元 is grouped with the body's
    # 約新台幣3.19億元 (one figure, the body's, D7)
    taiwan = [f for a in CORPUS.articles if a["region"] == "taiwan" for f in a["figures"] if f["kind"] == "money"]
    assert all(any(w in f["text"] for w in NAMED) for f in taiwan)
    assert [f["unit"] for f in taiwan if "新台幣" in f["text"]] == ["TWD"]


def test_split_sizes_and_money_weight() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 16
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    assert per_kind == {"money": 60, "percent": 34, "area": 2, "count": 8}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert set(currencies) == {"CNY", "HKD", "TWD", "USD", "SGD", "MYR", "GBP", "EUR"}
    assert currencies.count("TWD") >= 10 and currencies.count("SGD") >= 5 and currencies.count("GBP") >= 5
    # every ringgit, Singapore-dollar, pound and euro sum names its currency in its own span
    words = {"MYR": ("令吉",), "SGD": ("新元", "新加坡元"), "GBP": ("英镑",), "EUR": ("欧元",)}
    for a in CORPUS.articles:
        for f in a["figures"]:
            if f["unit"] in words:
                assert any(w in f["text"] for w in words[f["unit"]]), (a["file"], f)


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-27, figures29) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"dengchangdong/finance-news", "Logos52/grok-bot-packets", "swelbyboy/prospect-rss-feeds"}
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=13,
        min_outlets=14,
        regions={"mainland": 14, "taiwan": 2},
        scripts={"hans": 14, "hant": 2},
    )
