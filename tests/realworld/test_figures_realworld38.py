"""Guards key figures on the thirty-eighth real corpus (tests/data/realworld/figures38/), a DEV-ONLY batch of Hong Kong,
Taiwan, New Zealand and mainland items from a news API's CSV exports and a study's scrape of them: a Hong Kong market
close with bare 元 share prices and moves, a (人民幣‧下同) note, a Hong Kong paper's bare sums in a mainland auction after a
named 人民幣, New Zealand bank rates in basis points, a Taiwan budget story, caps per bed, repeats, vague ranges.

Articles (session 35, the corpus helper) from one repository no figure set had used before the session:
jennhu/metalinguistic-prompting (datasets/exp1/news_zh/: NewsData.io's raw CSV exports and the study's cleaned.csv;
巴士的報 升10.1元或7.75%, 收報140元, 成交達58.49億, 經調整溢利淨額76.6億元(人民幣‧下同), 以30萬元人民幣 … 126萬元; 自由時報
歲出2兆8818億元, 韓國光預算支出是1.2兆元, 金額5億美元; ETtoday 每床最高獎助210萬元, 上限為200床, 6500床 in other words;
新頭殼 數十名, 數百萬美元, 其中 1 名; 新西兰中文先驱网 上调6个基点, 至7.85%; 手机之家 2999元起售, 同比增长1537%,
从3%提升到56%). Text, provenance and the gold's conventions: figures38/SOURCES.md and the header of
figures38/figures_gold.toml (which follows tests/data/realworld/FIGURES_GOLD.md plus eight batch decisions, the second a
new region "newzealand" with no money in its article). Scored with the machinery of figures2-36
(briefreader.figures.score) through figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures39. Floors are what the committed extractor
scored at its first run on figures38, measured after all gold was committed (a ratchet: raise them as the extractor
improves, never lower them).
"""

from __future__ import annotations

import re

from figures_corpus import (
    Corpus,
    check_bare_yuan,
    check_new,
    check_varied,
    check_well_formed,
    earlier_repositories,
)

CORPUS = Corpus(
    folder="figures38",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("hk", "taiwan", "newzealand", "mainland"),
    currencies=("HKD", "TWD", "CNY", "USD"),
)
# currency words that name the currency of an amount
NAMED = ("美元", "人民幣", "人民币")
MEITUAN = "figures38/dev/05_bastille_meituan_results_renminbi_note_binds_bare_sums.txt"
FISH = "figures38/dev/08_bastille_fish_king_auction_renminbi_named_then_bare.txt"
# figures33 (dev-retired29) and figures35 (dev-retired30) are read as before; figures37 (heldout31) and figures39
# (heldout32) are held out and not read here
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 37))]
KINDS = ("money", "percent", "count")  # no area in this batch


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=10)


def test_nothing_declared_and_no_quantity_or_cheng_listed() -> None:
    # no article declares quantity or cheng: 20公斤, 150W, 24GB and 超過3成 stay unlisted
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == {"money", "percent", "count"}
    texts = [f["text"] for a in CORPUS.articles for f in a["figures"]]
    assert not any("公斤" in x or "GB" in x or re.search(r"[0-9一二三四五六七八九十]成", x) for x in texts)


def test_bare_yuan_follows_the_region_a_note_and_a_named_sum() -> None:
    # a bare 元 is the region's currency (HKD in 巴士的報's market close, TWD in the Taiwan items, CNY on the mainland);
    # 05's "(人民幣‧下同)" binds its bare sums to CNY; in 08 the bare sums after "以30萬元人民幣" are CNY too (decision 1)
    fish = {(FISH, t): "CNY" for t in ("以30萬元為成交價格", "所籌得的126萬元", "這才是30萬打水飄")}
    check_bare_yuan(CORPUS, NAMED, noted={MEITUAN: "CNY"}, placed=fish)
    by_text = {(a["file"], f["text"]): f for a in CORPUS.articles for f in a["figures"]}
    assert by_text[(FISH, "所籌得的126萬元")]["value"] == 1260000
    # a turnover with no 元 in a Hong Kong market report is a sum (HKD)
    hsi = "figures38/dev/01_bastille_hsi_close_bare_yuan_hkd_share_prices_signed_rises.txt"
    assert (by_text[(hsi, "成交達58.49億")]["unit"], by_text[(hsi, "成交達58.49億")]["value"]) == ("HKD", 5849000000)
    # a Taiwan text's bare 元 for another country's budget is the writer's TWD (decision 5)
    budget = "figures38/dev/03_ltn_defence_budget_bare_yuan_twd_gdp_shares_usd_arms_sale.txt"
    assert by_text[(budget, "韓國光預算支出是1.2兆元")]["unit"] == "TWD"


def test_moves_levels_caps_and_basis_points() -> None:
    figures = [f for a in CORPUS.articles for f in a["figures"]]
    by_text = {f["text"]: f for f in figures}
    # a move and the level it reaches are two figures; a day's high is no cap (decision 3)
    assert [by_text[t]["value"] for t in ("升10.1元", "或7.75%", "收報140元")] == [10.1, 7.75, 140]
    assert by_text["最高曾衝上140.4元"]["qualifier"] == "exact" and by_text["最多曾升超過4%"]["qualifier"] == "over"
    # basis points are percentage points, rises positive (decision 2)
    pp = sorted(f["value"] for f in figures if f["unit"] == "pp")
    assert pp == [0.06, 0.1, 0.2, 0.2, 0.2, 0.26, 0.3, 0.6]
    # caps per bed are under, 至少 over, 預估 approx (decision 5)
    caps = [f for f in figures if "最高" in f["text"] and f["kind"] == "money" and "衝上" not in f["text"]]
    assert len(caps) == 9 and {f["qualifier"] for f in caps} == {"under"}
    assert by_text["上限推估至少100億"]["qualifier"] == "over" and by_text["預估達到100億規模"]["qualifier"] == "approx"
    # a figure of the lead said again in the same words is one entry, in other words two (decision 6, FIGURES_GOLD 5)
    assert sum(f["kind"] == "count" and f["value"] == 6500 for f in figures) == 2
    assert sum(f["kind"] == "money" and f["value"] == 2100000 for f in figures) == 1
    # vague amounts are ranges from the low end; a one inside a partition is listed (decision 7)
    assert [(by_text[t]["value"], by_text[t]["qualifier"]) for t in ("造成數十名工人死亡", "數百萬美元")] == [
        (10, "range"),
        (1000000, "range"),
    ]
    assert by_text["其中 1 名受傷的工人"]["value"] == 1
    # starting prices are over; a rise of 1537% and two levels (decision 8)
    assert {by_text[t]["qualifier"] for t in ("分别以2799元", "2299元、", "2999元起售")} == {"over"}
    assert [by_text[t]["value"] for t in ("同比增长1537%", "从3%", "提升到56%")] == [1537, 3, 56]
    # not listed: the four stocks named right after 其他4隻 (D3), the embryo class, multiples
    assert not any(w in f["text"] for f in figures for w in ("4隻", "胚胎", "倍"))


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 10
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in KINDS}
    assert per_kind == {"money": 60, "percent": 49, "count": 19}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"CNY": 25, "TWD": 18, "HKD": 13, "USD": 4}


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-36) from a repository no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"jennhu/metalinguistic-prompting"}
    check_varied(
        CORPUS,
        min_repositories=1,
        max_per_repository=10,
        min_outlets=9,
        regions={"hk": 3, "taiwan": 5, "newzealand": 1, "mainland": 1},
    )
