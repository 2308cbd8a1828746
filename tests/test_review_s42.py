"""Session 42 review findings (reviewer): each bug a strict xfail with the input it fails on, and an unmarked guard of
what a fix must keep. Inputs are written in the shapes of real published text (named at each test); each was run
against the start commit 776c0eb6 (git archive, PYTHONPATH) and the commit named. No held-out folder, gold or figures
set was read. Notes: /work/notes/s42_review.md."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _only(text: str):
    (fig,) = [f for f in extract_figures(text) if f.kind in ("money", "percent")]
    return fig


# ---------------------------------------------------------------------------------------------------------------------
# R1 (ec202744 figures/units.HEDGES_BEFORE, INCOMPLETE FIX, medium: a cap shown as its opposite): the commit says "every
# negation before every 'over' word" is now a cap, but its table holds 不/未/没/没有 right before the bound and, from
# before, 不 + one of 得能可应宜 + 超过/高于/多于. A negation with any other modal or adverb between still reads the bare
# 超过 and shows "over": 不会超过 (财经网's related headline "香港IPO公开发售价将不会超过388港元", in dev
# 35_caijing_stats_cpi.html and s8_26_caijing_bjbiz_lpr_unchanged.html), 不许/不准 (rules), 不再, 不致, 不应该, 未能.
# 776c0eb6 and ec202744 alike: "over". A negation reaching over a short modal to the bound is one rule, not more words.
_CAPPED = [
    "香港IPO公开发售价将不会超过388港元。",
    "今年赤字率不会超过3%。",
    "单笔转账不许超过5万元。",
    "每人每次不准超过2000元。",
    "损失预计不致超过1亿元。",
    "增幅未能超过5%。",
]


@pytest.mark.parametrize("text", _CAPPED)
def test_r1_a_negation_before_a_modal_and_an_over_word_is_a_cap(text: str) -> None:
    fig = _only(text)
    assert fig.qualifier == "under" and not fig.en.startswith("over"), (fig.text, fig.qualifier, fig.en)


@pytest.mark.parametrize(
    "text",
    ["今年投资超5亿元。", "发售价将超过388港元。", "增幅超过5%。", "公司表示，不会因此放缓投资，今年投资超过5亿元。"],
)
def test_r1_guard_an_over_without_its_negation_stays_over(text: str) -> None:
    assert _only(text).qualifier == "over"


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in extract_figures(text) if f.kind == "count"]


# ---------------------------------------------------------------------------------------------------------------------
# R2 (f31133c9 figures/extract._listed_items, REGRESSION, low-medium: a false count listed - precision): "the list ends
# with its clause" cuts a list whose last name comes after a comma and 以及/还有 (…分为三类：A、B，以及C), so the names no
# longer number the count and the count is listed - FIGURES_GOLD §1 D3 says a numeral enumerated right after it is
# the text's structure, not a count. Real text: dev/s19_06_cnbeta_filtered_feed_sieve_20260315.xml entry 2
# (GEO市场玩家分为三类：传统SEO公司、做内容营销出身转型的，以及专攻AI搜索的初创团队): 776c0eb6 lists nothing there,
# f31133c9 lists 三类 (count 3). The only new count in all 3,251 dev + retired briefings.
# Fixed in session 43 (13dev): 以及/还有/及 right after the list's comma carries it on to its last name.
_LIST_AFTER_COMMA = [
    "当前，GEO市场玩家分为三类：传统SEO公司、做内容营销出身转型的，以及专攻AI搜索的初创团队。",
    "会议确定了三项任务：稳增长、促改革，以及调结构。",
]


@pytest.mark.parametrize("text", _LIST_AFTER_COMMA)
def test_r2_a_list_whose_last_name_follows_a_comma_and_yiji_is_still_the_lists_size(text: str) -> None:
    assert _counts(text) == []


def test_r2_guard_a_colon_list_ended_by_its_clause_stays_no_count() -> None:
    # f31133c9's own kind (figures22 dev 17): the clause after the list is not a name
    assert (
        _counts("中方代表将重点阐释中国洪水治理管理的三种模式：洪水控制、洪水利用、洪水塑造，倡议各国全面认识。") == []
    )


# ---------------------------------------------------------------------------------------------------------------------
# R3 (f31133c9 figures/extract._listed_items, REGRESSION, low-medium: real counts of people lost): "two names joined by
# 和 alone are a list too" also reads a quotation after a speech verb's colon as two names (两人均表示：“愿意和对方…”:
# 愿意 + 对方继续合作), so the count of the people speaking is dropped as the "list's size". Real text:
# dev/s30_01_thucnews_sina_records_tsv_three_gbk_no_declaration_2008_2009.txt record 2 (两人虽然坦承：“不排斥跟圈内人
# 交往，…”: 跟 joins): 776c0eb6 lists 两人, f31133c9 does not. A count before a speech verb (表示, 坦承, 指出, 告诉记者)
# is the speakers' number, and what follows the colon is what they said, not names.
# Fixed in session 43 (13dev): a verb of saying (the segmenter's word) between the count and the colon.
_SPEAKERS = [
    "两人虽然坦承：“不排斥跟圈内人交往，感觉才是最重要的。”",
    "两人均表示：“愿意和对方继续合作。”",
    "两位专家指出：政策和市场都在变化。",
]


@pytest.mark.parametrize("text", _SPEAKERS)
def test_r3_the_count_of_speakers_before_a_quotation_is_kept(text: str) -> None:
    assert len(_counts(text)) == 1 and _counts(text)[0][1] == 2


def test_r3_guard_two_names_joined_by_he_after_a_colon_are_the_lists_size() -> None:
    # f31133c9's own kind (figures16 dev 03) and a speaker count with no 和 in the quotation
    assert _counts("而是因为CPF LIFE另外两个局限性：流动性和政策风险。") == []
    assert _counts("3名学生告诉记者：“老师们都很支持。”") == [("3名", 3.0)]


# ---------------------------------------------------------------------------------------------------------------------
# R4 (PRE-EXISTING at 776c0eb6, the mirror of R1; medium: a floor shown as its opposite): 05cbb1fe makes a negation
# (+ one modal) before an "over" hedge a cap, but a negation before an "under" hedge is still read as "under":
# 人数不会少于300人 shows "less than 300 people" (it says at least 300), 增速不会低于5% "under 5%", 利率未低于3%,
# 没有少于. Only 不+得能可应宜+低于/少于 is in the table (a floor). The same look-back, for both directions, is one rule;
# 增速不可能超过5% (可能 not among the modals) still reads "over" too.
_FLOORED = ["参会人数不会少于300人。", "今年增速不会低于5%。", "利率未低于3%。", "投资额没有少于5亿元。"]


@pytest.mark.parametrize("text", _FLOORED)
def test_r4_a_negation_before_an_under_word_is_a_floor(text: str) -> None:
    fig = [f for f in extract_figures(text) if f.kind in ("money", "percent", "count")][0]
    assert fig.qualifier == "over" and not fig.en.startswith(("less", "under")), (fig.text, fig.qualifier, fig.en)


def test_r4_guard_a_floor_in_the_table_and_a_bare_under_stay() -> None:
    (floor,) = [f for f in extract_figures("价格不应低于5元。") if f.kind == "money"]
    assert floor.qualifier == "over"
    (under,) = [f for f in extract_figures("参会人数少于300人。") if f.kind == "count"]
    assert under.qualifier == "under"


# ---------------------------------------------------------------------------------------------------------------------
# R5 (05cbb1fe figures/extract._hedge_before, REGRESSION, low-medium: a requirement shown as a cap): the look-back
# takes 没有 before any "over" hedge as "did not exceed", but 没有 is also "without": in a condition whose consequence
# is negated (没有X的资金…无法实现, 没有X的存款，就无法申请) X is what is needed, at least X - a double negation. Real
# text: dev/s8_28_sina_net_lottery_winner_gbk.html (记者估计没有上亿元的资金是根本无法实现的): 776c0eb6 "over RMB
# 100 mn", 05cbb1fe "up to RMB 100 mn". Where 没有 governs a noun the figure describes (X的N) and the clause goes on to
# 无法/不能/难以, the negation is the condition's, not the bound's.
_REQUIRED = [
    "记者估计没有上亿元的资金是根本无法实现的。",
    "没有超过3万元的存款，就无法申请这项贷款。",
    "没有超过50%的支持率，议案不能通过。",
]


@pytest.mark.parametrize("text", _REQUIRED)
def test_r5_without_x_it_cannot_be_done_keeps_x_as_a_floor(text: str) -> None:
    assert _only(text).qualifier == "over", (_only(text).text, _only(text).en)


def test_r5_guard_did_not_exceed_is_a_cap() -> None:
    assert _only("单笔贷款没有超过3万元。").qualifier == "under"
    assert _only("上限不会超过9%。").qualifier == "under"  # dev s15_28 ettoday, right since 05cbb1fe


# ---------------------------------------------------------------------------------------------------------------------
# Feeds (d12e9500): bounded time on hostile feeds. Each test compares the CPU time of one input against a smaller or
# well-formed twin in the same process (a ratio: the machine's load and speed cancel), after a warm-up read.
_P = "国务院办公厅关于进一步优化营商环境的意见，要求各地区各部门认真贯彻落实。"


def _cpu_to_read(data: bytes) -> float:
    import time

    from briefreader.ingest import ingest_entries

    start = time.process_time()
    ingest_entries(data, id="probe", path="probe.xml", suffix=".xml")
    return time.process_time() - start


def _relay_shaped(n: int) -> bytes:
    # an item whose description opens n links and closes none (escaped markup, as feeds carry it)
    body = "&lt;a href=x&gt;" * n
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><title>标题</title>'
        f"<link>http://a.cn/1</link><description>{body}</description></item></channel></rss>"
    ).encode()


# R6 (d12e9500 feed.relay_credit, REGRESSION, high: unbounded time): _RELAY_LINK (<a\b[^<>]*>(?P<headline>.*?)</a\s*>,
# DOTALL) is tried from every "<a" of every entry's body, and each try with no "</a>" after it scans to the body's end:
# quadratic. A 0.32 MB feed whose one item opens 20,000 links: 776c0eb6 0.8 CPU s, d12e9500 20.5 s; 1.28 MB (80,000):
# 1.6 s before, over 10 minutes after (stopped). A cold start loses the file after JOB_SECONDS (120 s of a worker),
# and opening one of its entries in the reader (Library.full -> ingest_path in the reader's own process, .xml is not
# _LIMITED) has no limit at all. A relay's description starts with a link: a bounded headline, or a check of the
# first link before collecting them all, keeps it linear.
def test_r6_a_feed_item_of_unclosed_links_is_read_in_linear_time() -> None:
    _cpu_to_read(_relay_shaped(200))  # warm-up: imports, caches
    small, big = _cpu_to_read(_relay_shaped(1500)), _cpu_to_read(_relay_shaped(6000))
    assert big < 8 * max(small, 0.05), (small, big)


def _broken_feed(head_kb: int, items: int, bare_ampersand: bool) -> bytes:
    head = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某某新闻网</title>'
        f"<description>{(_P * (head_kb * 1024 // 100 + 1))[: head_kb * 1024 // 3]}</description>"
    )
    amp = " A&B公司" if bare_ampersand else " A&amp;B公司"
    rows = "".join(
        f"<item><title>标题{i}{amp if i == 0 else ''}</title><link>http://a.cn/{i}</link>"
        f"<description>{_P}</description></item>"
        for i in range(items)
    )
    return (head + rows + "</channel></rss>").encode()


# R7 (d12e9500 feed._recovered, REGRESSION, medium: time grows as head x items): a not-well-formed feed ("bozo": one
# bare "&" is enough, common in real feeds' links) is parsed again item by item, each item under the document's whole
# head - the channel's own description, image, anything before the first <item>. Head 100 KB, 400 items: 1.4 CPU s
# well-formed, 6.3 s with one bare "&" (776c0eb6: 1.4 s both); head 300 KB: 13.7 s; 3 MB and 2,000 items (within the
# 8 MB cap) ~12 minutes by that rate. Only the root's start tag (its namespaces) and the channel's opening are needed
# under each item.
def test_r7_one_bare_ampersand_does_not_multiply_a_feeds_reading_by_its_head() -> None:
    _cpu_to_read(_broken_feed(1, 20, True))  # warm-up
    clean = _cpu_to_read(_broken_feed(150, 200, False))
    broken = _cpu_to_read(_broken_feed(150, 200, True))
    assert broken < 3 * clean, (clean, broken)


def test_r7_guard_a_broken_feeds_items_are_all_read_with_the_ampersand_kept() -> None:
    from briefreader.ingest import ingest_entries

    entries = ingest_entries(_broken_feed(1, 5, True), id="probe", path="probe.xml", suffix=".xml")
    assert len(entries) == 5 and "A&B公司" in entries[0].title


# ---------------------------------------------------------------------------------------------------------------------
# R8 (edff0dd5 figures/extract._rounded_heading, REGRESSION, medium: a sum lost): "the same bound stated more precisely
# under a heading is one figure" takes any smaller value under a cap (or larger over a floor) as the heading's, whether
# or not it rounds to it: 补贴上限不超过20万元 / 其中，个人部分不超过12万元 drops the whole's cap (12 is no 20 said to more
# digits; 其中 even names it a part). Real text: dev/s42f_01 (Zhejiang University's notice, entry 5): a table row's
# 不超过20万元 (a grant's total) is dropped for the next row's income bracket 12万元以内. 776c0eb6 and f31133c9 list
# both; edff0dd5 one. The commit's own case, 逾392万人次 / 逾392.2万, is the same value to more digits.
# Fixed in session 43 (13dev): under a cap or 近, the value must round to the heading's at its last digit.
@pytest.mark.parametrize(
    "text",
    [
        "补贴上限不超过20万元\n其中，个人部分不超过12万元，其余由单位承担。",
        "12万元及以上且20万元以内 | 10万元/年 | 不超过25万元\n20万元及以上且30万元以内 | 8万元/年 | 不超过20万元\n"
        "攻读硕士学位 | 12万元以内 | 10万元/年 | 不超过13万元 | 资助时间以学生学制为准，原则上不超过1.5年。\n",
    ],
)
def test_r8_a_different_bound_under_a_headings_bound_keeps_both(text: str) -> None:
    assert "不超过20万元" in [f.text for f in extract_figures(text, region="mainland")]


def test_r8_guard_the_same_bound_said_to_more_digits_is_one() -> None:
    text = "香港春节假期逾392万人次出入境\n香港春节假期期间，出入境人次逾392.2万，恢复至疫前水平。"
    assert [f.text for f in extract_figures(text, region="mainland") if f.kind == "count"] == ["逾392.2万"]


# ---------------------------------------------------------------------------------------------------------------------
# R9 (PRE-EXISTING at 776c0eb6; medium: files silently not listed; "one source of truth for shared tables"): the
# suffixes ingest reads (ingest._HTML_EXT, _MD_EXT, FEED_EXT) and the suffixes the library scans (library.SUFFIXES)
# are two tables kept by hand - d12e9500/7248ff01 added ".rdf" to both. ".shtml" (sina's, people.com.cn's, most
# mainland portals' article pages; dev s39b_06 and s39b_07 are two) and ".mdown" are read by ingest but never scanned:
# `briefreader --briefings DIR list` on a folder of dev s39b_07 (.shtml) and s8_28 (.html) lists only s8_28, with no
# word about the other. One table (SUFFIXES built from ingest's) keeps them in step.
def test_r9_every_suffix_ingest_reads_as_a_page_feed_or_markdown_is_scanned() -> None:
    from briefreader import ingest
    from briefreader.library import SUFFIXES

    read = set(ingest.HTML_EXT) | set(ingest.MD_EXT) | set(ingest.FEED_EXT)
    assert read <= SUFFIXES, sorted(read - SUFFIXES)
