"""Guards key figures on the forty-second real corpus (tests/data/realworld/figures42/), a DEV-ONLY batch of mainland
news from 163.com and 36氪 chosen for US-dollar sums beside cents per share, shipments in 万部 with share levels and a
fraction, signed changes with their size in brackets, hedged counts said again, policy cuts in percent and prices per
kWh, sums in 万亿元, a guidance raised from one euro range to another, half-year results, pre-market moves (one said once
for three names), and a funding story's vague sum, cost shares, ranges and a saving.

Articles (session 37, the corpus helper) from two repositories no figure set had used before the session:
NIL-zhuang/cloud-computing-netease-news (a crawl of 163.com: 每股亏损20美分, 同比下降61％, 从20%降至8.8%, 几乎占了1/3,
减少2.2%(524人), (-1.6%), 超过40万军人, 逾1亿剂, 电价降低10%、再降低10%, 高出30%以上, 每度1.2元) and
NIUHUIHUI1218/niuhuihui-workstation (36氪 feed items: 出游人次34.63亿, 3.21万亿元, 由32亿-37亿欧元上调至36亿-41亿欧元,
同比增长122.61%, 蔚来涨超1%, 数千万元, 降低30%-40%, 从70%压到10%-20%, 客户省了45%). Text, provenance and the gold's
conventions: figures42/SOURCES.md and the header of figures42/figures_gold.toml (which follows
tests/data/realworld/FIGURES_GOLD.md plus ten batch decisions). Scored with the machinery of figures2-40
(briefreader.figures.score) through figures_corpus.py.

No held-out split. Floors are what the committed extractor scored at its first run on figures42, measured after all
gold was committed (a ratchet: raise them as the extractor improves, never lower them).
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
    folder="figures42",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland",),
    currencies=("CNY", "USD", "EUR"),
)
# currency words that name the currency of an amount
NAMED = ("美元", "美分", "欧元")
DISNEY = (
    "figures42/dev/01_163_nbd_disney_layoffs_us_dollar_sums_cents_per_share_counts_hedged_fall_in_fullwidth_percent.txt"
)
PHONES = "figures42/dev/02_163_tech_western_europe_phone_shipments_counts_in_wan_share_levels_fraction_third_falls.txt"
KOREA = (
    "figures42/dev/03_163_chinanews_korea_births_deaths_marriages_signed_changes_with_counts_in_brackets_population_levels"
    ".txt"
)
DAIMLER = "figures42/dev/07_36kr_jiemian_daimler_truck_guidance_euro_ranges_raised_from_to_units_sold_return_on_sales_range.txt"
PRINTING = (
    "figures42/dev/11_36kr_hardkr_metal_3d_printing_funding_vague_tens_of_millions_cost_shares_ranges_example_prices"
    "_saving.txt"
)
# figures41 and figures43 are held out and not read here (figures39, retired into development, is)
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 41))]
KINDS = ("money", "percent", "count")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=11)


def test_only_the_fraction_is_declared() -> None:
    # 02 declares its fraction (几乎占了1/3); no article lists a quantity
    declared = {a["file"]: a["scored"] for a in CORPUS.articles if a.get("scored")}
    assert declared == {PHONES: ["fraction"]}
    assert not any(f["kind"] == "quantity" for a in CORPUS.articles for f in a["figures"])


def test_bare_yuan_is_renminbi_and_dollars_and_euros_are_named() -> None:
    check_bare_yuan(CORPUS, NAMED)
    by_unit = {
        u: [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money" and f["unit"] == u]
        for u in ("USD", "EUR")
    }
    assert len(by_unit["USD"]) == 10 and all("美元" in f["text"] or "美分" in f["text"] for f in by_unit["USD"])
    assert len(by_unit["EUR"]) == 6 and all("欧元" in f["text"] for f in by_unit["EUR"])


def test_cents_fraction_and_changes_with_their_size() -> None:
    by_text = {(a["file"], f["text"]): f for a in CORPUS.articles for f in a["figures"]}
    # decision 1: cents are hundredths of the dollar
    assert [by_text[(DISNEY, t)]["value"] for t in ("每股亏损20美分", "预估亏损73美分")] == [0.2, 0.73]
    # decision 2: a fraction is a percent (nearly); a move 从A降至B two unsigned levels
    third = by_text[(PHONES, "几乎占了1/3")]
    assert abs(third["value"] - 100 / 3) < 1e-9 and third["qualifier"] == "nearly"
    assert [by_text[(PHONES, t)]["value"] for t in ("从20%", "降至8.8%")] == [20, 8.8]
    # decision 3: a signed change in percent and its size in brackets, positive
    assert [by_text[(KOREA, t)]["value"] for t in ("减少2.2%", "(524人)", "增加3.4%", "(791人)", "(-1.6%)")] == [
        -2.2,
        524,
        3.4,
        791,
        -1.6,
    ]


def test_ranges_raised_and_a_saving() -> None:
    by_text = {(a["file"], f["text"]): f for a in CORPUS.articles for f in a["figures"]}
    # decision 6: a guidance raised from A-B to C-D is two ranges at their low ends
    pairs = [
        ("由32亿-37亿欧元", "上调至36亿-41亿欧元"),
        ("由33万-36万辆", "上调至34万-37万辆"),
        ("由6%-8%", "上调至7%-9%"),
    ]
    got = [(by_text[(DAIMLER, a)]["value"], by_text[(DAIMLER, b)]["value"]) for a, b in pairs]
    assert got == [(3.2e9, 3.6e9), (330000, 340000), (6, 7)]
    assert {by_text[(DAIMLER, t)]["qualifier"] for p in pairs for t in p} == {"range"}
    # decision 8: a vague 数千万元 a range from 1e7; a falling range at its larger fall; a saving a signed cut
    assert (by_text[(PRINTING, "数千万元")]["value"], by_text[(PRINTING, "数千万元")]["qualifier"]) == (1e7, "range")
    assert by_text[(PRINTING, "降低30%-40%")]["value"] == -40
    assert by_text[(PRINTING, "客户省了45%")]["value"] == -45


def test_one_figure_for_several_names_and_repeats() -> None:
    figures = [f for a in CORPUS.articles for f in a["figures"]]
    texts = [f["text"] for f in figures]
    # decision 7: 富途控股、老虎证券、蔚来涨超1% is one figure
    assert sum(f["kind"] == "percent" and f["value"] == 1 and f["qualifier"] == "over" for f in figures) == 1
    # decision 4: 40万 soldiers said in two paragraphs in other words, 1亿剂 in two paragraphs: two each
    assert sum(f["kind"] == "count" and f["value"] == 400000 and "军人" in f["text"] for f in figures) == 2
    assert sum(f["kind"] == "count" and f["unit"] == "剂" for f in figures) == 2
    # unlisted: streaks, durations, lengths, ordinals, years
    assert not any(t.endswith(("个月", "微米", "年", "期")) or t.startswith("第") for t in texts)


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 11
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in KINDS}
    assert per_kind == {"money": 39, "percent": 49, "count": 53}  # 04 两种 added in session 38


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-40) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"NIL-zhuang/cloud-computing-netease-news", "NIUHUIHUI1218/niuhuihui-workstation"}
    check_varied(CORPUS, min_repositories=2, max_per_repository=6, min_outlets=11, regions={"mainland": 11})
