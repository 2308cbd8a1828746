"""Guards key figures on the tenth real corpus (tests/data/realworld/figures10/).

Articles (session 14) chosen for what figures2-9 have least of: Macau government releases with MOP amounts
(澳門元10,000元, 每日200澳門元, 澳門元五十元), Taiwan 蘋果日報 property and finance articles with 萬/億, 坪 and ranges
(30~40億美元, 約台幣975~1300億元, 20出頭坪), Hong Kong government finance as LegCo records it (the 2018-19 budget
speech: 40億9,000萬元, 1,000 億元, 188 451個; a written reply in 公頃), mainland provincial work reports with vague amounts
in Chinese numerals (超千亿元, 突破9千亿元、3万亿元) and areas (万亩, 平方公里), and a law's policy bounds (不超过一亩,
超过一亩但不超过二亩, 每平方米为十元至五十元, 不得超过百分之五十). Text, provenance and the gold's conventions:
figures10/SOURCES.md and the header of figures10/figures_gold.toml. Scored with the machinery of figures2-9
(briefreader.figures.score).

dev: floors are what the committed extractor scored at its first run on figures10, measured after all dev gold was
committed (a ratchet: raise them as the extractor improves, never lower them). The misses are itemised in
/work/notes/s14_13corpus_devmisses.md.
heldout11: every third article as chosen; never run by the corpus engineer; scored once, in aggregate, by the lead at
the end of session 14; never inspected, never tuned on. HELDOUT11_FLOOR is that score.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefreader.figures.score import SCORED_KINDS, Report, evaluate_articles, format_report, load_articles

GOLD = Path(__file__).resolve().parents[1] / "data" / "realworld" / "figures10" / "figures_gold.toml"
SPLITS = {"dev", "heldout11"}
REGIONS = ("mainland", "hk", "macau", "taiwan", "singapore", "malaysia")
CURRENCIES = ("CNY", "HKD", "MOP", "TWD", "USD", "JPY", "EUR", "GBP", "SGD", "MYR")
HOME = {"mainland": "CNY", "hk": "HKD", "macau": "MOP", "taiwan": "TWD", "singapore": "SGD", "malaysia": "MYR"}
NAMED = ("美元", "港元", "港幣", "日元", "人民币", "人民幣", "台币", "台幣", "澳門元", "澳门元", "令吉", "新元")

# dev (18 articles; money 101, percent 58, area 21, count 68 gold figures). Each article's gold was committed before its
# first run. Articles 1-23: first scored at 0555f51 on the committed figures code (abf1f1a): money 74/77 / 74/77,
# percent 56/56 / 56/58, area 19/21 / 19/22, count 63/77 / 63/65, qualifier 207/212; then five entries that broke
# figures6-8's class-bound rule were removed (311ee87; two dev: 20出頭坪極端小宅, 超500亿元的县域). Articles 25-26 added
# in 747637d and first scored there (same figures code abf1f1a; the work tree's uncommitted figures code scores the
# same): all 18 dev articles money 93/97 = 0.959 / 93/101 = 0.921, percent 56/56 / 56/58 = 0.966, area 19/21 = 0.905
# / 19/21, count 66/81 = 0.815 / 66/68 = 0.971; qualifier agrees on 229 of 234 matches. Those are the floors.
# Most misses: bare 萬 amounts without 元 (補助三萬, 第一胎1萬5千, 第二胎2萬), the pair 三、四萬, the law's area bounds
# (不超过一亩, 超过一亩但不超过二亩), digits glued to Latin letters (Syntax-Brillian3%股權, EPS0.81元); extras: counts of
# types (3類, 8種, 三個指標) and restatements (該四人, 3個公眾航班 under 3班船, lead figures restated in the body).
# Itemised in /work/notes/s14_13corpus_devmisses.md. A ratchet: raise it, never lower it.
# Ratcheted by 13-dev (s14): 補助三萬 / 1萬5千 (a subsidy names a bare 萬 sum), 三、四萬 (a pair), 每平方米二元, EPS0.81元,
# Syntax-Brillian3%股權 (glued to a Latin word), 超过一亩但不超过二亩 (one range), 不超过一亩, 該2標開發, 租約 no hedge,
# 每百戶…有約24戶 (a rate), 該四人 (the 四名 referred back to), 附表四 (a label): money 93/97 / 93/101 -> 101/105 /
# 101/101, percent 56/56 / 56/58 -> 58/58 / 58/58, area 19/21 / 19/21 -> 21/21 / 21/21, count 66/81 / 66/68 -> 67/79 /
# 67/68.
DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (101 / 105, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (67 / 79, 67 / 68),
}

# heldout11: scored once in aggregate by the lead at the end of session 14 (9021b8a, and the same after the review
# mends): money 70/77 / 70/71, percent 35/36 / 35/36, area 2/3 / 2/2, count 37/41 / 37/37. Never itemised.
HELDOUT11_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (70 / 77, 70 / 71),
    "percent": (35 / 36, 35 / 36),
    "area": (2 / 3, 1.0),
    "count": (37 / 41, 1.0),
}


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
        assert a["file"].startswith(f"figures10/{a['split']}/")
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
    # a money figure written with a bare 元/萬/億 is in the currency of the text's region (the header's rule);
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
        assert (number % 3 == 0) == (a["split"] == "heldout11"), a["file"]


def test_split_sizes() -> None:
    sizes = Counter(a["split"] for a in load_articles(GOLD))
    assert sizes["dev"] == 18 and sizes["heldout11"] == 9


def test_articles_are_new_and_sources_varied() -> None:
    articles = load_articles(GOLD)
    here = GOLD.parents[1]
    earlier = [here / "figures_gold.toml"] + [here / f"figures{n}" / "figures_gold.toml" for n in range(2, 10)]
    texts_before = [a["text"] for path in earlier for a in load_articles(path) if "text" in a]
    for a in articles:
        # no article of an earlier corpus, nor a cut of one (its opening in an earlier text, or the other way round)
        head = a["text"][:40]
        assert not any(head in t or t[:40] in a["text"] for t in texts_before), a["file"]
    texts = [a["text"] for a in articles]
    assert len(set(texts)) == len(texts)
    per_repo = Counter(a["repository"] for a in articles)
    assert len(per_repo) >= 5 and max(per_repo.values()) <= 10, per_repo  # 蘋果日報 records: 10 of 27
    regions = Counter(a["region"] for a in articles)
    assert regions["mainland"] >= 3 and regions["hk"] >= 3 and regions["macau"] >= 3 and regions["taiwan"] >= 4
    scripts = Counter(a["script"] for a in articles)
    assert scripts["hans"] >= 4 and scripts["hant"] >= 8


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_dev_does_not_regress(dev: Report, kind: str) -> None:
    if DEV_FLOOR is None:
        pytest.skip("dev floors not measured yet")
    s = dev.kind(kind)
    assert s.gold > 0
    precision, recall = DEV_FLOOR[kind]
    detail = format_report(dev, verbose=True)
    assert s.precision >= precision - 1e-9, f"{kind} precision {s.precision:.3f}\n{detail}"
    assert s.recall >= recall - 1e-9, f"{kind} recall {s.recall:.3f}\n{detail}"


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_heldout11_does_not_regress(kind: str) -> None:
    if HELDOUT11_FLOOR is None:
        pytest.skip("heldout11 floors not set yet: the lead scores it once, in aggregate (TODO-lead)")
    s = evaluate_articles(GOLD, "heldout11").kind(kind)
    assert s.gold > 0
    precision, recall = HELDOUT11_FLOOR[kind]
    # only the summary: the held-out misses are not to be read
    assert s.precision >= precision - 1e-9 and s.recall >= recall - 1e-9, (kind, s.precision, s.recall)
