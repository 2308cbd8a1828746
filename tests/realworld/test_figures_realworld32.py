"""Guards key figures on the thirty-second real corpus (tests/data/realworld/figures32/), a DEV-ONLY batch for PERCENT and
MONEY statements in varied forms and COUNT figures.

Articles (session 32, the corpus helper) from two repositories no figure set or text split had used before the session:
caspiankexin/people-daily-crawler-date (人民日报 as plain text: four cuts of 国家统计局's 2019 statistical communiqué —
GDP and its shares and contributions, population and employment with 百分点 rises and ‰ rates, prices and reserves with
signed falls, supply-side reform with areas and counts of 户 — and 人民日报's report on US unemployment: 飙升10.3个百分点至
14.7%, 萎缩4.8%, 万亿美元 sums) and DHLab-TSENG/Programming (eight Taiwanese finance records of 2024-02-01/02: 中央社,
中時新聞網, MoneyDJ, 鉅亨網; 個百分點 falls listed five at a time, shares in tenths 三、四成/6成多/3成, percent ranges
40%至50%, 約6%至10%區間, 介於 2%~11%, a predicted fall 恐下降8%至10%, full-width ％, share prices in bare 元 and in 美元,
EPS, 新台幣…億元, 30幾億, 突破百億). Text, provenance and the gold's conventions: figures32/SOURCES.md and the header of
figures32/figures_gold.toml (which follows tests/data/realworld/FIGURES_GOLD.md). Scored with the machinery of
figures2-31 (briefreader.figures.score) through the shared checks of figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures33. Floors are what the committed extractor
scored at its first run on figures32, measured after all gold was committed (a ratchet: raise them as the extractor
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
    folder="figures32",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland", "taiwan"),
    currencies=("CNY", "TWD", "USD"),
    signed_money=True,
)
# currency words that name the currency of an amount
NAMED = ("人民币", "人民幣", "美元", "新台币", "新台幣")
# figures30 (heldout28) and figures33 (heldout29) are held out and not read here; figures28 is retired (dev-retired27)
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 30)), "figures31"]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=13)


def test_declared_kinds() -> None:
    # quantity is declared on every article (one present: 11's 日供10.5萬噸); cheng on the two that list tenths
    assert all("quantity" in a.get("scored", ()) for a in CORPUS.articles)
    quantities = [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "quantity"]
    assert [(f["value"], f["unit"]) for f in quantities] == [(105000, "t")]
    cheng = [a["file"].split("/")[-1][:2] for a in CORPUS.articles if "cheng" in a.get("scored", ())]
    assert cheng == ["08", "09"]
    tenths = [f["text"] for a in CORPUS.articles for f in a["figures"] if f["text"].endswith(("成", "成多", "成在"))]
    assert tenths == ["三、四成", "6成多", "3成在"]


def test_bare_yuan_currency_follows_the_region() -> None:
    # a bare 元/亿元/億元 is CNY in 人民日报's and 国家统计局's texts, TWD in the Taiwanese records
    check_bare_yuan(CORPUS, NAMED)
    taiwan = [f for a in CORPUS.articles if a["region"] == "taiwan" for f in a["figures"] if f["kind"] == "money"]
    assert {f["unit"] for f in taiwan} == {"TWD", "USD"}
    assert all("美元" in f["text"] for f in taiwan if f["unit"] == "USD")


def test_signed_falls_and_percentage_points() -> None:
    # every fall verb signs its percent or pp negative; no sum or count is signed
    falls = ("下降", "下跌", "跌", "下挫", "下滑", "減", "年減", "萎缩", "贬值")
    for a in CORPUS.articles:
        for f in a["figures"]:
            if f["kind"] == "percent" and any(w in f["text"] for w in falls):
                assert f["value"] < 0, (a["file"], f)
            if f["kind"] in ("money", "count", "area"):
                assert f["value"] > 0, (a["file"], f)
    pp = [f["value"] for a in CORPUS.articles for f in a["figures"] if f["unit"] == "pp"]
    assert len(pp) == 14 and sum(v < 0 for v in pp) == 7


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 13
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    # (-1: session 44's D3 ruling, 8a9b949b: a count summing names just given)
    assert per_kind == {"money": 41, "percent": 98, "area": 4, "count": 29}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"TWD": 20, "USD": 13, "CNY": 8}
    ranges = [f["text"] for a in CORPUS.articles for f in a["figures"] if f["qualifier"] == "range"]
    assert len(ranges) == 7


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-29, figures31) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"caspiankexin/people-daily-crawler-date", "DHLab-TSENG/Programming"}
    check_varied(
        CORPUS,
        min_repositories=2,
        max_per_repository=8,
        min_outlets=9,
        regions={"mainland": 5, "taiwan": 8},
        scripts={"hans": 5, "hant": 8},
    )
