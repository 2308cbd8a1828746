"""Guards key figures on the thirty-fourth real corpus (tests/data/realworld/figures34/), a DEV-ONLY batch of government
statistics and customs releases, roundups full of hedged counts, and market reports with signed moves and US-dollar sums.

Articles (session 33, the corpus helper) from three repositories no figure set or text split had used before the
session: yuekcc/cctv_news (a bot's Markdown transcripts of 新闻联播: 国家统计局's 2024 year, 海关总署's trade of
2023 and 2025, the 2026 trade-in scheme, 《数字十年》 of 2022 and four "国内联播快讯" roundups — 万亿元/亿元 sums with 个百分点
changes, "超…" hedged sums and counts, numeral-less thresholds 超过万亿元、千亿元和百亿元, 30多个/500余名/近千场/约8万家/
200名左右/14多亿人口, 十项/两批/两个 counts, a full-width "6.7％", an area in 万平方米), lucky-blue/NewsSqliteFull (新浪财经's
Hong Kong stocks flash and US close of 2023-05-02 from a news-API response: 全周下跌0.9%, 累跌181点或0.9%, 跌幅近7.8%,
高开1.15%, 涨超3%, 约为2291亿美元, 加息25个基点, 6.7%的降幅, 超过一半) and amumu-dev/cx-extractor (酷勤网's 2009 copy of a
新浪科技 report: 每股9.50美元, 下滑9美分, 低16%, 裁员10%). Text, provenance and the gold's conventions: figures34/SOURCES.md
and the header of figures34/figures_gold.toml (which follows tests/data/realworld/FIGURES_GOLD.md plus seven batch
decisions). Scored with the machinery of figures2-32 (briefreader.figures.score) through figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures35. Floors are what the committed extractor
scored at its first run on figures34, measured after all gold was committed (a ratchet: raise them as the extractor
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
    folder="figures34",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland",),
    currencies=("CNY", "USD"),
)
# currency words that name the currency of an amount
NAMED = ("人民币", "美元", "美分")
# figures33 (heldout29) and figures35 (heldout30) are held out and not read here; figures30 is retired (dev-retired28)
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 33))]


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=12)


def test_nothing_declared_and_no_quantity_or_cheng_listed() -> None:
    # no article declares quantity or cheng: the quantities in the texts (亿千瓦时, 亿千瓦, 亿吨标准煤) and 四成以上 stay unlisted
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == {"money", "percent", "count", "area"}
    assert not any(f["text"].endswith("成以上") for a in CORPUS.articles for f in a["figures"])


def test_bare_yuan_currency_follows_the_region() -> None:
    # every text is mainland: a bare 元/亿元/万亿元 (and 09's trade sum "首次突破4万亿" with no 元) is CNY; 美元/美分 are USD
    check_bare_yuan(CORPUS, NAMED)
    usd = [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money" and f["unit"] == "USD"]
    assert len(usd) == 11 and all("美元" in f["text"] or "美分" in f["text"] for f in usd)
    cents = [f["value"] for f in usd if "美分" in f["text"]]
    assert cents == [0.09]


def test_signed_falls_and_unsigned_sums() -> None:
    # every fall word signs its percent or pp negative; no sum, count or area is signed
    falls = ("下降", "下跌", "微降", "锐减", "累跌", "大跌", "跌幅", "降幅", "裁员", "跌68点")
    for a in CORPUS.articles:
        for f in a["figures"]:
            if f["kind"] == "percent" and any(w in f["text"] for w in falls):
                assert f["value"] < 0, (a["file"], f)
            if f["kind"] in ("money", "count", "area"):
                assert f["value"] > 0, (a["file"], f)
    negative = [f["text"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "percent" and f["value"] < 0]
    assert len(negative) == 21
    # a comparison with 低 is unsigned, as in every older set (FIGURES_GOLD 4): 12's "低16%" is 16
    assert [f["value"] for a in CORPUS.articles for f in a["figures"] if f["text"] == "低16%"] == [16]
    # percentage points and basis points: one fall (01's 下降0.1个百分点), the rest rises (提高, 提升, 加息25个基点 = 0.25 pp)
    pp = [f["value"] for a in CORPUS.articles for f in a["figures"] if f["unit"] == "pp"]
    assert len(pp) == 9 and [v for v in pp if v < 0] == [-0.1] and pp.count(0.25) == 2


def test_hedges_and_thresholds() -> None:
    # hedged counts and sums keep their hedge; numeral-less thresholds are sums over 1e12, 1e11, 1e10
    by_text = {f["text"]: f for a in CORPUS.articles for f in a["figures"]}
    assert [by_text[t]["value"] for t in ("超过万亿元", "千亿元和", "百亿元的")] == [1e12, 1e11, 1e10]
    assert {by_text[t]["qualifier"] for t in ("超过万亿元", "千亿元和", "百亿元的")} == {"over"}
    assert by_text["近千场"]["value"] == 1000 and by_text["近千场"]["qualifier"] == "nearly"
    assert by_text["4亿左右"]["qualifier"] == "approx" and by_text["4亿左右"]["unit"] == ""
    assert by_text["超过一半"]["value"] == 50 and by_text["超过一半"]["unit"] == "%"
    assert by_text["6.7％"]["value"] == 6.7  # full-width ％
    chinese_numeral = ("十项举措", "两批罕见病目录", "这两家银行")
    assert [by_text[t]["kind"] for t in chinese_numeral] == ["count"] * 3
    # a numeral that only sums a list of names given in full is no count (figures11's D3): 07's 4个省/4家央企, 08's 两个专业
    assert not {"4个省", "4家央企", "两个专业"} & set(by_text)


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 12
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in SCORED_KINDS}
    assert per_kind == {"money": 48, "percent": 118, "area": 1, "count": 67}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 37, "USD": 11}


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-32) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"yuekcc/cctv_news", "lucky-blue/NewsSqliteFull", "amumu-dev/cx-extractor"}
    check_varied(CORPUS, min_repositories=3, max_per_repository=9, min_outlets=12)
