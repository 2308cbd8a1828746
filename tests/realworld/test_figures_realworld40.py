"""Guards key figures on the fortieth real corpus (tests/data/realworld/figures40/), a DEV-ONLY batch of mainland
financial and epidemic news chosen for percentages: basis points written BP, bp and 个基点, rate levels to four decimals,
ranges of levels and levels crossed; prices per tonne (one misprinted), thresholds broken, caps on futures lots, output
cuts in tonnes (quantity declared), counts of funds, hedged sums in 元 and 美元, fines, a lead said again under numbered
heads, shipments counted by measure word, a bulletin with a zero and a one.

Articles (session 36, the corpus helper) from two repositories no figure set had used before the session:
Harlan2001/Sentiment_Analysis (a scrape of cls.cn, 财联社: 上行0.2bp报1.86%, 涨30.0个基点, 保持在1.7%~1.9%之间,
134500元/吨, 118820万元/吨, 不得超过400手, 产量1.5万-3.5万吨, 35只, 超900亿元, 百亿以上, 约2200亿美元, 高出12个基点,
罚款170万元, 同比上升0.3个百分点) and BlankerL/DXY-COVID-19-Data (丁香园's news as CSV rows and a JSON record: 10.18万件,
57台, 5.63吨, 新增订正病例1例, 20名). Text, provenance and the gold's conventions: figures40/SOURCES.md and the header
of figures40/figures_gold.toml (which follows tests/data/realworld/FIGURES_GOLD.md plus nine batch decisions). Scored
with the machinery of figures2-38 (briefreader.figures.score) through figures_corpus.py.

No held-out split: the session's held-out figure batch is corpus2's figures41. Floors are what the committed extractor
scored at its first run on figures40, measured after all gold was committed (a ratchet: raise them as the extractor
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

CORPUS = Corpus(
    folder="figures40",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland",),
    currencies=("CNY", "USD"),
)
# currency words that name the currency of an amount
NAMED = ("美元",)
BONDS = "figures40/dev/02_cls_bond_close_basis_points_upper_and_lower_case_rate_levels_ranges_repo_sums.txt"
LITHIUM = "figures40/dev/01_cls_lithium_carbonate_futures_yuan_per_ton_misprint_caps_in_lots_output_cut_ranges.txt"
# figures33/35/37 are retired or held out as their tests say; figures39 and figures41 are held out and not read here
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 37)), "figures38"]
KINDS = ("money", "percent", "count", "quantity")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=10)


def test_quantity_declared_only_where_listed_in_full() -> None:
    # 01 (tonnes of lithium output cut) and 08 (tonnes of hand sanitiser) declare quantity; no other article lists one
    declared = {a["file"] for a in CORPUS.articles if a.get("scored")}
    with_quantity = {a["file"] for a in CORPUS.articles if any(f["kind"] == "quantity" for f in a["figures"])}
    assert declared == with_quantity and len(declared) == 2
    assert all(a["scored"] == ["quantity"] for a in CORPUS.articles if a.get("scored"))


def test_bare_yuan_is_renminbi_and_dollars_are_named() -> None:
    check_bare_yuan(CORPUS, NAMED)
    usd = [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money" and f["unit"] == "USD"]
    assert len(usd) == 5 and all("美元" in f["text"] for f in usd)


def test_basis_points_whatever_the_case_are_hundredths_of_a_point() -> None:
    by_text = {f["text"]: f for a in CORPUS.articles if a["file"] == BONDS for f in a["figures"]}
    # decision 1: BP, bp and 个基点 alike; a rise positive, a fall negative
    moves = (
        "小幅下行0.2BP",
        "收益率上行0.2bp",
        "收益率上行1.15bp",
        "收益率下行0.5bp",
        "FR007涨30.0个基点",
        "较前一日上行0.75BP",
    )
    assert [by_text[t]["value"] for t in moves] == [-0.002, 0.002, 0.0115, -0.005, 0.3, 0.0075]
    assert {by_text[t]["unit"] for t in moves} == {"pp"}
    # decision 2: a move then its level is two figures; a level range is one figure at its low end
    assert (by_text["报1.86%"]["value"], by_text["报1.86%"]["unit"]) == (1.86, "%")
    assert (by_text["保持在1.7%~1.9%之间"]["value"], by_text["保持在1.7%~1.9%之间"]["qualifier"]) == (1.7, "range")
    # decision 3: the lead's net injection said again in the same words is one entry; one sum for three subjects, three
    bond_money = [f["value"] for f in by_text.values() if f["kind"] == "money"]
    assert bond_money.count(253200000000) == 1 and bond_money.count(312500000000) == 3


def test_misprint_caps_lots_and_thresholds() -> None:
    by_text = {f["text"]: f for a in CORPUS.articles if a["file"] == LITHIUM for f in a["figures"]}
    # decision 4: 118820万元/吨 read as a reader reads it; a day's fall is no cap; 突破 over on each bound of the list
    assert by_text["至118820万元/吨"]["value"] == 118820
    assert (by_text["盘中最多跌9%"]["value"], by_text["盘中最多跌9%"]["qualifier"]) == (-9, "exact")
    assert {by_text[t]["qualifier"] for t in ("连续突破10万元", "11万元、", "12万元大关")} == {"over"}
    # decision 5: lots capped by 不得超过, output cuts as ranges of tonnes
    assert [(by_text[t]["unit"], by_text[t]["qualifier"]) for t in ("不得超过400手", "不得超过800手")] == [
        ("手", "under")
    ] * 2
    assert [(by_text[t]["value"], by_text[t]["qualifier"]) for t in ("产量1.5万-3.5万吨", "将减少5000至2万吨")] == [
        (15000, "range"),
        (5000, "range"),
    ]


def test_repeats_zero_one_and_unlisted_shapes() -> None:
    figures = [f for a in CORPUS.articles for f in a["figures"]]
    texts = [f["text"] for f in figures]
    # decision 6: 超900亿元 of the lead said again with 增加 and 超 is one entry; 原先的3只 (three named after it) unlisted
    assert sum(f["kind"] == "money" and f["value"] == 90000000000 for f in figures) == 1
    assert not any(t.endswith("3只") for t in texts)
    # decision 7, aligned in session 36 (FIGURES_GOLD §5): the lead's 同比增长1.0% said again with its change words is one
    # entry wherever it is said again
    assert sum(f["kind"] == "percent" and f["value"] == 1.0 for f in figures) == 1
    # decision 8: a zero unlisted, a one inside the day's partition listed; ages, frequencies and multiples unlisted
    assert not any("0例" in t and "10例" not in t for t in texts)
    assert any(t == "新增订正病例1例" for t in texts)
    assert not any(w in t for t in texts for w in ("岁", "两度", "两次", "倍"))


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 10
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in KINDS}
    assert per_kind == {"money": 39, "percent": 51, "count": 29, "quantity": 4}
    pp = sum(f["unit"] == "pp" for a in CORPUS.articles for f in a["figures"])
    assert pp == 16


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-38) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"Harlan2001/Sentiment_Analysis", "BlankerL/DXY-COVID-19-Data"}
    check_varied(CORPUS, min_repositories=2, max_per_repository=7, min_outlets=10, regions={"mainland": 10})
