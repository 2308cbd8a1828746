"""Guards key figures on the ninth real corpus (tests/data/realworld/figures9/).

Articles (session 13) chosen for figure-dense texts an analyst reads: Taiwan (蘋果日報 land auctions with 坪 and
億/萬 TWD, six-city transfer statistics, half-year results with losses and ranges, steel price lists with 上看/挑戰),
the mainland (新浪财经: January-February trade with the lead restated in the body, 1-7月 fiscal revenue as an
infographic's lines, provincial and city statistics, R&D subsidies; 2026 provincial government work reports with
2800多个, 近千个, 万亩 and 到2030年), Hong Kong (巴士的報 market closes: share prices in HKD, 瀉/挫;
am730 new-flat pricing in 方呎 and 伙), Macau (government releases: counts of jobs and projects), Singapore and Malaysia
items of an ASEAN digest (新元, 令吉, USD rounds). Text, provenance and the gold's conventions: figures9/SOURCES.md and
the header of figures9/figures_gold.toml. Scored with the machinery of figures2-8 (briefreader.figures.score).

dev: floors are what the committed extractor scored at its first run on figures9 (session 13, HEAD 6a69041 right after
all gold was committed: dev round 1 in 6b12bc3, round 2 in cfc3211 (+ d83cd7b), round 3 in 6a69041, whose figures code
is 13-dev's eac3b92; the same score on bb58efe's figures code), below the bar of issue 13 (precision >= 0.95, recall
>= 0.90 per kind) where it fell short; a ratchet, raise them as the extractor improves. The misses are itemised in
/work/notes/s13_13corpus_devmisses.md.
heldout10: every third article as chosen; never run by the corpus engineer; scored in aggregate only (the ends of
sessions 13 and 14, by the lead), never inspected; in session 15 it was retired into development as "dev-retired10"
(files still named figures9/heldout10/): its last held-out score is kept below as a record, and from then on it is
developed on and itemised.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefreader.figures.score import SCORED_KINDS, Report, evaluate_articles, format_report, load_articles

GOLD = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures9" / "figures_gold.toml"
SPLITS = {"dev", "dev-retired10"}
REGIONS = ("mainland", "hk", "macau", "taiwan", "singapore", "malaysia")
CURRENCIES = ("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR")
HOME = {"mainland": "CNY", "hk": "HKD", "macau": "MOP", "taiwan": "TWD", "singapore": "SGD", "malaysia": "MYR"}
NAMED = ("美元", "港元", "港幣", "日元", "英镑", "人民币", "人民幣", "台币", "台幣", "澳門元", "令吉", "马币", "新元")

# dev (16 articles; money 115, percent 133, area 22, count 62 gold figures, + year 1). First scored on the committed
# code as each round's gold was in (figures code as at bb58efe): round 1's ten at 6b12bc3 (money 59/94, percent 91/92 /
# 91/94, area 3/4, count 21/24), fourteen at cfc3211 (money 71/106, percent 121/122 / 121/126, area 7/8, count 48/51 /
# 48/52), all sixteen at 6a69041 (figures code of eac3b92; identical on bb58efe's): money 77/112 = 0.688 / 77/115 =
# 0.670, percent 128/131 = 0.977 / 128/133 = 0.962, area 21/23 = 0.913 / 21/22 = 0.955, count 58/63 = 0.921 / 58/62 =
# 0.935; qualifier agrees on 282 of 285 matches. Most
# money misses: two 蘋果日報 finance articles stored without their byline read as no region (bare 億元 shown as written,
# not TWD). Floors at that score; a ratchet: raise it, never lower it.
DEV_FLOOR = {
    # ratcheted by the lead at session 13's end (a4d3fcf; 13-dev's s13 grammar: Taiwan's financial press reads its 元 as
    # TWD, 標 lots, 每坪 hedges, 新元, 負3.22%, zoning codes): money 115/115 / 115/115, percent 129/131 / 129/133, area
    # 22/22 / 22/22, count 62/62 / 62/62
    "money": (1.0, 1.0),
    "percent": (129 / 131, 129 / 133),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}

# heldout10 (8 articles; money 43, percent 20, area 21, count 37 gold figures): scored in aggregate once by the lead
# at the end of session 13 (19:51 UTC, a4d3fcf): money 43/46 = 0.935 / 43/43, percent 20/20 / 20/20, area 21/23 =
# 0.913 / 21/21, count 35/36 = 0.972 / 35/37 = 0.946. Misses never read; floors set to that score. (The corpus
# engineer never ran the extractor on these articles; 13-dev's grep for 千萬 over the gold file printed article 24's
# text once at 18:27, unstudied, no rule drawn from it.) Second score, end of session 14 (9021b8a): the same.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 15: retired into development as "dev-retired10" (its misses read from here on). First score as dev, on the
# unchanged figures code (c158d4f, HEAD 9064ec6), before any change: the same as this record. Held to it as a floor
# (RETIRED10_FLOOR, ratcheted as it improves) and to the dev bar once met.
HELDOUT10_LAST_HELDOUT = {
    "money": (43 / 46, 1.0),
    "percent": (1.0, 1.0),
    "area": (21 / 23, 1.0),
    "count": (35 / 36, 35 / 37),
}
RETIRED10_FLOOR = dict(HELDOUT10_LAST_HELDOUT)


@pytest.fixture(scope="module")
def dev() -> Report:
    return evaluate_articles(GOLD, "dev")


def test_gold_is_well_formed_with_provenance() -> None:
    articles = load_articles(GOLD)
    assert len(articles) >= 15
    for a in articles:
        assert a["repository"] and a["path"] and len(a["commit"]) == 40 and a["changed"], a["file"]
        assert a["outlet"] and a["source"] and a["title"] and a["script"] in ("hans", "hant"), a["file"]
        assert a["region"] in REGIONS, a["file"]
        # a retired article keeps its file name
        assert a["file"].startswith(f"figures9/{a['split'].replace('dev-retired10', 'heldout10')}/")
        assert a["figures"], a["file"]
        for f in a["figures"]:
            assert f["text"] in a["text"], (a["file"], f["text"])
            assert f["kind"] in (*SCORED_KINDS, "year"), (a["file"], f)
            assert f["qualifier"] in ("exact", "approx", "over", "under", "nearly", "range"), (a["file"], f)
            assert isinstance(f["value"], (int, float)), (a["file"], f)
            if f["kind"] == "money":
                assert f["unit"] in CURRENCIES and f["value"] > 0, (a["file"], f)
            elif f["kind"] == "area":
                assert f["unit"] == "m2" and f["value"] > 0, (a["file"], f)
            elif f["kind"] == "percent":
                assert f["unit"] in ("%", "pp"), (a["file"], f)
            elif f["kind"] == "count":
                assert f["value"] >= 1 and float(f["value"]).is_integer(), (a["file"], f)
            elif f["kind"] == "year":
                assert f["unit"] == "year" and f["text"].startswith("到"), (a["file"], f)


def test_bare_yuan_currency_follows_the_region() -> None:
    # a money figure written with a bare 元/萬/億/兆/分/角 is in the currency of the text's region (the header's rule);
    # a figure whose text names a currency is exempt
    for a in load_articles(GOLD):
        for f in a["figures"]:
            if f["kind"] == "money" and not any(w in f["text"] for w in NAMED):
                assert f["unit"] == HOME[a["region"]], (a["file"], f)


def test_split_is_fixed_by_collection_order() -> None:
    articles = load_articles(GOLD)
    assert {a["split"] for a in articles} == SPLITS
    numbers = [int(a["file"].split("/")[-1].split("_")[0]) for a in articles]
    assert numbers == list(range(1, len(articles) + 1))  # collection order, no gaps
    for a, number in zip(articles, numbers, strict=True):
        # every third article held out, as chosen, before any run
        assert (number % 3 == 0) == (a["split"] == "dev-retired10"), a["file"]
    splits = [a["split"] for a in articles]
    assert splits.count("dev-retired10") == 8 and "heldout10" not in splits  # retired, not dropped


def test_articles_are_new_and_sources_varied() -> None:
    articles = load_articles(GOLD)
    here = GOLD.parents[1]
    earlier = [here / "figures_gold.toml"] + [here / f"figures{n}" / "figures_gold.toml" for n in range(2, 9)]
    texts_before = [a["text"] for path in earlier for a in load_articles(path) if "text" in a]
    for a in articles:
        # no article of an earlier corpus, nor a cut of one (its opening in an earlier text, or the other way round)
        head = a["text"][:40]
        assert not any(head in t or t[:40] in a["text"] for t in texts_before), a["file"]
    texts = [a["text"] for a in articles]
    assert len(set(texts)) == len(texts)
    per_repo = Counter(a["repository"] for a in articles)
    assert len(per_repo) >= 5 and max(per_repo.values()) <= 9, per_repo
    regions = Counter(a["region"] for a in articles)
    assert regions["mainland"] >= 3 and regions["hk"] >= 3 and regions["macau"] >= 2 and regions["taiwan"] >= 4
    assert regions["singapore"] >= 1 and regions["malaysia"] >= 1
    scripts = Counter(a["script"] for a in articles)
    assert scripts["hans"] >= 5 and scripts["hant"] >= 8


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    s = dev.kind(kind)
    assert s.gold > 0
    precision, recall = DEV_FLOOR[kind]
    detail = format_report(dev, verbose=True)
    assert s.precision >= precision - 1e-9, f"{kind} precision {s.precision:.3f}\n{detail}"
    assert s.recall >= recall - 1e-9, f"{kind} recall {s.recall:.3f}\n{detail}"


@pytest.fixture(scope="module")
def retired10() -> Report:
    return evaluate_articles(GOLD, "dev-retired10")


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_retired10_does_not_regress(retired10: Report, kind: str) -> None:
    s = retired10.kind(kind)
    assert s.gold > 0
    precision, recall = RETIRED10_FLOOR[kind]
    detail = format_report(retired10, verbose=True)  # development text now: itemised
    assert s.precision >= precision - 1e-9, f"{kind} precision {s.precision:.3f}\n{detail}"
    assert s.recall >= recall - 1e-9, f"{kind} recall {s.recall:.3f}\n{detail}"
