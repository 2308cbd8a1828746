"""Guards key figures on the thirty-sixth real corpus (tests/data/realworld/figures36/), a DEV-ONLY batch of Sydney
Chinese outlets' news (euro, Australian-dollar and US-dollar sums, an ASX report with bare 元 share prices), 臺鐵公司's
announcements (列次 and 班 counts, a partition of trains) and a Jekyll site's translated summaries (signed falls, two
levels of a count with no measure word).

Articles (session 34, the corpus helper) from three repositories no figure set had used before the session:
spiderwebponderentertainment/hkers-in-oz-data (a bot's JSON of 澳洲新報's whole articles and 2CR 澳華之聲's cut excerpts:
8.25億歐元, 約50億美元, 超20億美元, 60澳元, 超過150澳元, 每安士 3,645美元（5,475 澳元）, 224.09 元 on the ASX, 170多名,
接近5,000人, 三起, 兩起, 從39例暴增至86例, 近三分之二, 下跌超過2%, 上漲 1% 或以上, 低約 13%), ThinkerCafe-tw/paomateng
(臺鐵公司's records: 普悠瑪號4列次, 6,868個, 98班 of 4班、4班、6班、2班) and zephrxx/news (不到8美元, 起价500美元, 下降 77%,
从 87,105 降至 … 25,566, 降幅达 70.7%). Text, provenance and the gold's conventions: figures36/SOURCES.md and the header of
figures36/figures_gold.toml (which follows tests/data/realworld/FIGURES_GOLD.md plus seven batch decisions, the first a
new region "australia" whose bare 元 is AUD). Scored with the machinery of figures2-34 (briefreader.figures.score)
through figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures37. Floors are what the committed extractor
scored at its first run on figures36, measured after all gold was committed (a ratchet: raise them as the extractor
improves, never lower them).
"""

from __future__ import annotations

from figures_corpus import (
    HOME,
    Corpus,
    check_bare_yuan,
    check_new,
    check_varied,
    check_well_formed,
    earlier_repositories,
)

CORPUS = Corpus(
    folder="figures36",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("australia", "taiwan", "mainland"),
    currencies=("EUR", "USD", "AUD"),
)
# a bare 元 in a Sydney paper's text is the Australian dollar (the gold header's decision 1)
HOME_AU = {**HOME, "australia": "AUD"}
# currency words that name the currency of an amount
NAMED = ("歐元", "美元", "澳元")
# figures33 (dev-retired29 since session 34) is read as before; figures35 (heldout30) and figures37 (heldout31) are held
# out and not read here
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 35))]
KINDS = ("money", "percent", "count")  # no area in this batch


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=12)


def test_nothing_declared_and_no_quantity_or_cheng_listed() -> None:
    # no article declares quantity or cheng: the quantities in the texts (500毫升, 250毫升) stay unlisted
    assert not any(a.get("scored") for a in CORPUS.articles)
    kinds = {f["kind"] for a in CORPUS.articles for f in a["figures"]}
    assert kinds == {"money", "percent", "count"}
    assert not any("毫升" in f["text"] for a in CORPUS.articles for f in a["figures"])


def test_bare_yuan_follows_the_region() -> None:
    # a bare 元 in the ASX report (07) is AUD; every other sum names its currency (歐元 EUR, 美元 USD, 澳元 AUD)
    check_bare_yuan(CORPUS, NAMED, home=HOME_AU)
    bare = [
        f["text"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money" and f["text"].endswith("元")
    ]
    assert {t for t in bare if not any(w in t for w in NAMED)} == {
        "224.09 元",
        "38.52 元",
        "169.92元",
        "192 元",
        "20.99 元",
    }
    # a parenthesised conversion is a second, approximate figure
    conversion = [f for a in CORPUS.articles for f in a["figures"] if f["text"] == "5,475 澳元"]
    assert [(f["unit"], f["qualifier"]) for f in conversion] == [("AUD", "approx")]


def test_signed_falls_and_unsigned_sums() -> None:
    falls = ("下跌", "下降", "降幅", "减少")
    for a in CORPUS.articles:
        for f in a["figures"]:
            if f["kind"] == "percent" and any(w in f["text"] for w in falls):
                assert f["value"] < 0, (a["file"], f)
            if f["kind"] in ("money", "count"):
                assert f["value"] > 0, (a["file"], f)
    negative = sorted(
        f["value"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "percent" and f["value"] < 0
    )
    assert negative == [-77, -76.5, -70.7, -2]
    # a comparison with 低 is unsigned (FIGURES_GOLD 4)
    assert [f["value"] for a in CORPUS.articles for f in a["figures"] if f["text"] == "低約 13%"] == [13]


def test_hedges_levels_and_fractions() -> None:
    by_text = {f["text"]: f for a in CORPUS.articles for f in a["figures"]}
    assert [by_text[t]["qualifier"] for t in ("約50億美元", "超20億美元", "接近5,000人", "超過2,300人")] == [
        "approx",
        "over",
        "nearly",
        "over",
    ]
    assert by_text["多達5000輛"]["qualifier"] == "exact"  # 多達 as 高達 (FIGURES_GOLD 7)
    assert by_text["不到8美元"]["qualifier"] == "under" and by_text["起价500美元"]["qualifier"] == "over"
    assert abs(by_text["近三分之二"]["value"] - 200 / 3) < 1e-9 and by_text["近三分之二"]["unit"] == "%"
    # two levels of one count are two figures; a count with no measure word has unit ""
    assert [(by_text[t]["value"], by_text[t]["unit"]) for t in ("87,105", "25,566")] == [(87105, ""), (25566, "")]
    assert [by_text[t]["value"] for t in ("從39例", "86例")] == [39, 86]
    # Chinese-numeral counts with a measure word are listed; a numeral that sums two names given in full is not (D3)
    assert [by_text[t]["value"] for t in ("三起死亡案例", "三名一至五歲", "兩起嚴重沉船事故")] == [3, 3, 2]
    assert not any("两个" in t for t in by_text)
    # 列次 is a measure word like 人次/架次 (figures34's decision 6)
    assert {by_text[t]["unit"] for t in ("普悠瑪號4列次", "自強號10列次", "區間快車2列次")} == {"列次"}


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 12
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in KINDS}
    # (percent 25 -> 24 and count 34 -> 33 in session 35: a lead's figure said again in the body is one entry, §5)
    # (count 33 -> 34 in session 40: 12's 数千人撤离, a vague amount with its scale written, listed, FIGURES_GOLD §1)
    assert per_kind == {"money": 23, "percent": 24, "count": 34}
    currencies = [f["unit"] for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money"]
    assert {c: currencies.count(c) for c in set(currencies)} == {"EUR": 3, "USD": 10, "AUD": 10}


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-34) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"spiderwebponderentertainment/hkers-in-oz-data", "ThinkerCafe-tw/paomateng", "zephrxx/news"}
    check_varied(
        CORPUS,
        min_repositories=3,
        max_per_repository=9,
        min_outlets=10,
        regions={"australia": 9, "taiwan": 2, "mainland": 1},
    )
