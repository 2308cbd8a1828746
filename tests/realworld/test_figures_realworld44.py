"""Guards key figures on the forty-fourth real corpus (tests/data/realworld/figures44/), a DEV-ONLY batch of mainland
texts from WeChat security-news posts and Hebei government records, chosen for percentages (a monthly report's fix
rates for four classes in one sentence, said again as the highest and lowest, a rate's move from one level to another;
a syllabus's shares in brackets, three of them alike; crypto thefts' shares and rises), US-dollar sums with renminbi
conversions in brackets and a dollar range, caps beside the highest of a set, ranges of assets and debts, counts by many
measure words with 以上 and 左右 and a partition of incidents, per-bed subsidies, thresholds, caps and floors, pension
rises by tier, and a reserve's areas in 公顷.

Articles (session 38, the corpus helper) from two repositories no figure set had used before the session: zxarj/wxvl
(WeChat posts archived as Markdown: 21亿美元，约153亿元人民币, 从2000美元（约合人民币1.45万元）到1550万美元, 最高奖金为100万
美元, 增长了102.88%, 分别为74.37%、70.05%、71.86%以及66.67%, 由上月的81.43%下降至本月的71.36%, （占比20%） x3, 383.2万次监测,
安全隐患1起/2起/1起) and gerry0208/spider_project (CSV exports: 20项民生工程, 25万人次以上, 校舍面积50万平方米,
总面积23149.74公顷, 每床8000元、3500元、1500元, 不超过3%, 不低于…的70%, 上浮10%, 每人每月增加40元). Text, provenance and the
gold's conventions: figures44/SOURCES.md and the header of figures44/figures_gold.toml (which follows
tests/data/realworld/FIGURES_GOLD.md plus seven batch decisions). Scored with the machinery of figures2-42
(briefreader.figures.score) through figures_corpus.py.

No held-out split. Floors are what the committed extractor scored at its first run on figures44, measured after all
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
    folder="figures44",
    splits=frozenset({"dev"}),
    held="",  # no held-out split in this batch
    regions=("mainland",),
    currencies=("CNY", "USD"),
)
# currency words that name the currency of an amount
NAMED = ("美元",)
BOUNTY = "figures44/dev/02_wechat_md_uniswap_bug_bounty_dollar_range_with_yuan_conversions_caps_and_top_prizes.txt"
REPORT = "figures44/dev/04_wechat_md_cnnvd_monthly_vulnerability_report_counts_shares_fix_rates_from_to_levels_rise.txt"
WEEKLY = (
    "figures44/dev/06_wechat_md_district_cyber_situation_weekly_counts_of_sites_pages_checks_incidents_partition_rise"
    ".txt"
)
ELDERLY = (
    "figures44/dev/09_csv_hebei_elderly_care_industry_measures_per_bed_subsidies_thresholds_caps_shares_enrolment"
    "_targets.txt"
)
# figures43 and figures45 are held out and not read here (figures39 and figures41, retired into development, are)
EARLIER = ["figures_gold", *(f"figures{n}" for n in range(2, 43))]
KINDS = ("money", "percent", "area", "count")


def test_gold_is_well_formed_with_provenance() -> None:
    check_well_formed(CORPUS, min_articles=11)


def test_nothing_is_declared() -> None:
    # no fraction, 成, half or quantity is listed, so none is declared
    assert not [a["file"] for a in CORPUS.articles if a.get("scored")]
    assert not any(f["kind"] == "quantity" for a in CORPUS.articles for f in a["figures"])


def test_bare_yuan_is_renminbi_and_dollars_are_named() -> None:
    check_bare_yuan(CORPUS, NAMED)
    usd = [f for a in CORPUS.articles for f in a["figures"] if f["kind"] == "money" and f["unit"] == "USD"]
    assert len(usd) == 34 and all("美元" in f["text"] for f in usd)


def test_conversions_caps_and_the_highest_of_a_set() -> None:
    by_text = {(a["file"], f["text"]): f for a in CORPUS.articles for f in a["figures"]}
    # decision 1: a dollar range from its low end, its conversions in brackets two approx renminbi figures
    assert (by_text[(BOUNTY, "从2000美元")]["value"], by_text[(BOUNTY, "从2000美元")]["qualifier"]) == (2000, "range")
    assert [
        (by_text[(BOUNTY, t)]["unit"], by_text[(BOUNTY, t)]["qualifier"])
        for t in ("约合人民币1.45万元", "约合人民币1.12亿元")
    ] == [
        ("CNY", "approx"),
        ("CNY", "approx"),
    ]
    # decision 2: 最高 bounding a payment is a cap (under); naming the highest of a set it is exact
    assert [by_text[(BOUNTY, t)]["qualifier"] for t in ("最高达1550万美元的奖励", "最高奖金为100万美元")] == [
        "under",
        "under",
    ]
    assert [by_text[(BOUNTY, t)]["qualifier"] for t in ("最高漏洞发现奖励60.5万美元", "最高的1550万美元奖金")] == [
        "exact",
        "exact",
    ]
    assert by_text[(ELDERLY, "最高不超过1000万元")]["qualifier"] == "under"


def test_rates_said_again_a_move_between_levels_and_a_partition() -> None:
    by_text = {(a["file"], f["text"]): f for a in CORPUS.articles for f in a["figures"]}
    report = [f for a in CORPUS.articles if a["file"] == REPORT for f in a["figures"]]
    # decision 3: the lead's 超危漏洞238个 said again in the same words is one entry; the rates said again as the
    # highest and lowest in other words are listed again
    assert sum(f["kind"] == "count" and f["value"] == 238 for f in report) == 1
    assert sum(f["kind"] == "percent" and f["value"] == 74.37 for f in report) == 2
    # a move from one level to another: two unsigned levels
    assert [by_text[(REPORT, t)]["value"] for t in ("由上月的81.43%", "下降至本月的71.36%")] == [81.43, 71.36]
    # decision 5: 1起, 2起, 1起 partition the week's 4起 (listed); the three 1家单位 are not
    weekly = [f for a in CORPUS.articles if a["file"] == WEEKLY for f in a["figures"]]
    assert sorted(f["value"] for f in weekly if f["unit"] == "起") == [1, 1, 2, 3, 4, 90]
    assert not any(f["unit"] == "家" for f in weekly)
    # decision 6: a rise of a subsidy in percent is positive
    assert by_text[(ELDERLY, "补贴标准上浮10%")]["value"] == 10


def test_split_sizes_and_weights() -> None:
    assert {a["split"] for a in CORPUS.articles} == {"dev"}
    assert len(CORPUS.articles) == 11
    per_kind = {k: sum(f["kind"] == k for a in CORPUS.articles for f in a["figures"]) for k in KINDS}
    assert per_kind == {"money": 59, "percent": 35, "area": 5, "count": 76}
    texts = [f["text"] for a in CORPUS.articles for f in a["figures"]]
    # unlisted: durations, ages, lengths, scores
    assert not any(t.endswith(("年", "分钟", "周岁", "公里", "分")) for t in texts)


def test_articles_are_new_and_sources_disclosed() -> None:
    # new articles (no text or cut of figures_gold, figures2-42) from repositories no earlier figure set used
    check_new(CORPUS, EARLIER, new_repositories=True)
    repos = {a["repository"] for a in CORPUS.articles}
    assert not repos & earlier_repositories(EARLIER)
    assert repos == {"zxarj/wxvl", "gerry0208/spider_project"}
    check_varied(CORPUS, min_repositories=2, max_per_repository=6, min_outlets=11, regions={"mainland": 11})
