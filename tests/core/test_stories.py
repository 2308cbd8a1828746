"""Guards same story, many outlets (issue 17): near-duplicate briefings by MinHash over shingles."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from briefreader import stories
from briefreader.hanzi import to_traditional
from briefreader.ingest import ingest_bytes, ingest_path
from briefreader.metrics import grouping_scores

DATA = Path(__file__).parents[1] / "data" / "realworld"

ARTICLE = (
    "新华社上海5月9日电 记者从上海市经济和信息化委员会获悉，2023年上海软件和信息服务业营业收入达到1.5万亿元，"
    "同比增长13%，规模以上企业超过3000家。\n"
    "其中，人工智能产业规模突破3800亿元，集成电路产业规模达到2500亿元，生物医药产业规模约为9300亿元。\n"
    "上海将加快建设具有全球影响力的科技创新中心，到2027年培育100家以上具有国际竞争力的软件企业。\n"
    "市经济信息化委有关负责人表示，下一步将围绕数据要素市场、工业软件和开源生态，推出一批重点项目，"
    "支持企业开展关键核心技术攻关，并在张江、临港、徐汇滨江等地建设一批特色产业园区。"
)
OTHER = (
    "本报讯 今年一季度，本市外贸进出口总值达到1.03万亿元，同比增长2.4%，其中出口4100亿元。\n"
    "海关有关负责人介绍，机电产品出口增长较快，汽车出口同比增长56%，锂电池出口增长超过三成。\n"
    "下一步，海关将进一步优化通关流程，支持企业拓展新兴市场，稳定外贸基本盘。"
)


def briefing(title: str, body: str):
    b = ingest_bytes(f"{title}\n\n{body}".encode("utf-8"), id="x", suffix=".txt")
    return b.title, b.text


def test_three_outlets_edited_headlines_trailers_and_traditional_are_one_story():
    items = [
        briefing("上海软件和信息服务业营收达1.5万亿元", ARTICLE),
        briefing("1.5万亿！上海软件业规模再创新高", ARTICLE + "\n（来源：新华社）\n责任编辑：王五\n相关阅读：今日要闻"),
        briefing(
            to_traditional("滬軟件業營收1.5萬億元 同比增13%", "hk"), to_traditional(ARTICLE, "hk") + "\n（本報訊）"
        ),
        briefing("上海外贸一季度进出口总值1.03万亿元", OTHER),
    ]
    for method in (stories.cluster, stories.cluster_exact):
        story = method(items)
        assert story[0] == story[1] == story[2], method.__name__
        assert story[3] != story[0]


def test_different_articles_sharing_a_lead_paragraph_are_not_one_story():
    lead = ARTICLE.split("\n")[0]
    a = briefing("上海软件和信息服务业营收达1.5万亿元", ARTICLE)
    b = briefing("上海外贸一季度进出口总值1.03万亿元", lead + "\n" + OTHER)
    assert stories.cluster([a, b]) == [0, 1]
    assert stories.cluster_exact([a, b]) == [0, 1]


def test_a_truncated_feed_summary_joins_its_article_by_containment():
    a = briefing("上海软件和信息服务业营收达1.5万亿元", ARTICLE)
    b = briefing("上海软件和信息服务业营收达1.5万亿元", ARTICLE[:120] + "……")
    sa, sb = stories.shingles(*a), stories.shingles(*b)
    assert stories.jaccard(sa, sb) < stories.JACCARD  # not by Jaccard
    assert stories.same_story(sa, sb)
    assert stories.cluster([a, b]) == [0, 0]


def test_short_or_empty_briefings_are_their_own_story():
    assert stories.signature("", "") is None
    assert stories.cluster([("短", "短讯"), ("短", "短讯")]) == [0, 1]


def test_signature_round_trips_and_is_stable_across_processes():
    sig = stories.signature("标题", ARTICLE)
    assert sig is not None
    assert stories.Signature.from_bytes(sig.to_bytes()) == sig
    # crc32 shingles and fixed permutations: the same text gives the same bands anywhere
    assert stories.signature("标题", ARTICLE).bands() == sig.bands()
    assert len(sig.bands()) == stories.BANDS + stories.LEAD_BANDS
    assert sig.bands()[stories.BANDS :] == sig.lead_bands()


def test_the_vectorised_signature_is_the_shingle_sets(monkeypatch):
    # signature() hashes the body's shingles with numpy (crc32 as an XOR of per-slot
    # tables, issue 19): byte for byte what signature_of(shingles()) gives, for every
    # length around K and MIN_SHINGLES, Latin and digits, a title or none, and without numpy.
    import random
    import sys

    import numpy  # noqa: F401 - signature() uses it where it is loaded

    rng = random.Random(19)
    alphabet = ARTICLE + OTHER + "abcXYZ 0123456789，。ＡＢ"
    cases = [("标题", ARTICLE), ("", OTHER), ("", ""), ("一二三", "")]
    for _ in range(400):
        body = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 2, 3, 4, 5, 8, 11, 12, 30, 400])))
        title = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 3, 4, 9, 25])))
        cases.append((title, body))
    expected = [
        stories.signature_of(
            stories.shingles(t, b),
            stories.number_sketch(t, b),
            stories.lead_values(b),
            stories.story_title(t),
            stories.period_sketch(t, b),
        )
        for t, b in cases
    ]
    got = [stories.signature(t, b) for t, b in cases]
    assert [s and s.to_bytes() for s in got] == [s and s.to_bytes() for s in expected]
    assert sum(s is None for s in expected) > 10 and sum(s is not None for s in expected) > 100
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy raises ImportError
    assert [s and s.to_bytes() for s in (stories.signature(t, b) for t, b in cases[:50])] == [
        s and s.to_bytes() for s in expected[:50]
    ]


def test_the_signature_waits_for_a_numpy_import_under_way_in_another_thread():
    # sys.modules holds numpy half-initialised while a thread imports it (the TUI imports
    # it lazily on several): signature() raised AttributeError on np.frombuffer there and
    # the TUI's stories worker failed (tester's note, session 9). A fresh interpreter.
    import subprocess
    import sys

    script = (
        "import threading\n"
        "from briefreader import stories\n"
        f"text = {ARTICLE!r}\n"
        "ref = stories.signature_of(stories.shingles('标题', text), stories.number_sketch('标题', text),"
        " stories.lead_values(text), stories.story_title('标题'), stories.period_sketch('标题', text)).to_bytes()\n"
        "done = threading.Event()\n"
        "def load():\n"
        "    import numpy\n"
        "    done.set()\n"
        "threading.Thread(target=load).start()\n"
        "calls = 0\n"
        "while not done.is_set() or calls < 3:\n"
        "    calls += 1\n"
        "    assert stories.signature('标题', text).to_bytes() == ref\n"
        "print('ok', calls)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def _open_folders() -> list[str]:
    """The folders of the development and retired splits, as scripts/score_realworld.py
    names them (one table); never a held-out split's (heldout9, heldout10: only the lead
    scores them). A glob over every folder read both (review s13)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_score_realworld", Path(__file__).parents[2] / "scripts" / "score_realworld.py"
    )
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer  # dataclasses look their module up while the class is made
    spec.loader.exec_module(scorer)
    return sorted({scorer.FOLDER[s] for s in scorer.SPLITS if s not in scorer.HELD_OUT})


# Session 21's Shenzhen policy feed (166 entries, no story gold written for it): its templated notices (one
# quarter's 流量券 call beside the next, a year's funding list beside the last) are merged by both methods, a
# finding kept open below as an xfail; its "图解：X" / X pairs are one document and would be gold pairs.
# Session 24's Shanghai twin of that feed (dev/s24_01, same generator, 47 entries, no true pair) was left out too
# while two of its re-issued notices were merged at SAME_TEXT (关于我市居民瓶装液化石油气基准价的通知 of 2026-03-09 and
# of 2026-04-03; an 清洁生产 funding call for 2024年度 and for 2025年度); since session 25 the period veto
# (stories.periods_differ) keeps them apart and the feed is in the test: every pair it makes is a false one.
# (dev-retired32/s35h_07, session 35's held-out CMS topic records, was left out while it read as 31 fragments of its
# records' nested fields; since session 37 it reads as its three records, no story of any other file's: s35h_08 is
# another record's description, 巴掌天使, in none of the three.)
# Session 44 read SQL dumps as records (600ad9d0): a news scraper's databases at four versions (dev-retired39
# s42h_01/02/03/12, one article crawled several times under several keys, and the same rows in two versions) and a
# finance site's dump (dev/s41b_03, three developer "test" rows). No story gold is written for their 164 rows, so they
# are left out as s21_08 was; both methods merged 20-23 groups of them, which reads as the crawls' duplicates (unjudged).
NO_STORY_GOLD = (
    "dev/s21_08_shenzhen_gov_policy_rss_20260415.xml",
    "dev/s41b_03_sql_navicat_mysql_dump_insert_rows_escaped_html_byline_field_crawl_times_20190319.sql",
    "dev-retired39/s42h_01_RiverCrab_V8.sql",
    "dev-retired39/s42h_02_RiverCrab_V11.sql",
    "dev-retired39/s42h_03_RiverCrab_v5.sql",
    "dev-retired39/s42h_12_RiverCrab_V3.sql",
    # (session 46: dev-retired40/s43h_13, the 蘋果日報 ANS story, and dev/s45b_02, the 今日头条 API mock, left out in
    # session 45 while they read as fragments and as their outlet's self-description, are back: each reads as its
    # articles now, records._block_story and _items)
)
# Session 35's scraped CSV (dev/s35_08) stored another text than its own page under twelve rows: ten hold only the
# site's "Javascript must be enabled for the correct page display" notice, and two Yahoo sports rows (比锡达斯嫌贵拒签拉莫斯,
# 雌狮军团粉丝接机得个桔) both hold one 体路 report about a tennis centre, which is neither headline's story. No story truth
# exists for them, so they are left out.
_S35_08 = "dev/s35_08_scraped_corpus_records_csv_multiline_raw_text_gmt_stamps_fetch_dates_230_rows_20230822_24#"
_S42F_09 = (
    "dev/s42f_09_rss_pyrss2gen_graduate_school_notices_poster_names_office_signature_day_dates_as_utc_eve_20240805#"
)
NO_STORY_GOLD_IDS = frozenset(
    _S35_08 + h
    for h in (
        "2a8b7821",
        "46382f62",
        "4b1ac62f",
        "4f7bb23d",
        "62287808",
        "861022a0",
        "96741d09",
        "a33c400a",
        "be369bab",
        "c087ff4a",
        "e7ef27b8",
        "f81681cf",
    )
)


def _real_corpus():
    briefings = []
    for folder in _open_folders():
        for path in sorted((DATA / folder).iterdir()):
            if path.is_file() and path.relative_to(DATA).as_posix() not in NO_STORY_GOLD:
                briefings += [b for b in ingest_path(path, DATA) if b.text and b.id not in NO_STORY_GOLD_IDS]
    gold = {}
    for n, story in enumerate(tomllib.loads((DATA / "stories_gold.toml").read_text("utf-8"))["story"]):
        for id_ in story["ids"]:
            gold[id_] = f"story{n}"
    assert set(gold) <= {b.id for b in briefings}
    return [(b.title, b.text) for b in briefings], [gold.get(b.id, b.id) for b in briefings]


@pytest.mark.parametrize("method", [stories.cluster, stories.cluster_exact])
def test_story_grouping_on_the_real_corpus(method):
    """The dev and retired splits' real briefings (110 when written, 3 same-story pairs: a
    page and its outlet's feed entry; a notice posted twice in one feed since session 13)
    and 7 feed entries sharing one lead; since session 16 also two accounts' relays of the same two reports
    and two portals' relays of one 证券日报 article: 7 pairs; session 17 (Hong Kong pages and feeds of 2017): 6 pages
    with their outlet's feed entry, 5 articles posted twice in one feed, 1 wire text relayed by two outlets: 19 pairs; round 8 (two more Yahoo feeds): 6 articles carried twice and
    1 statement relayed by two wires: 26 pairs; round 11: 3 re-filed 法新社 dispatches: 29 pairs; session 18
    (rthk.hk's Big5 feed carrying two English items twice): 31 pairs; that feed read as Big5 (it was mojibake): its
    entry of an RTHK page in dev, 32 pairs.
    Measured: P 1.00 R 1.00 for both (before session 17); without the
    title weight, exact Jaccard had P 0.23 (the shared-lead entries merged).

    In session 17 MinHash (``cluster``, what the index and the list use) found 23 of the 29 pairs (25 of 31),
    exact Jaccard all. Its six misses: four feed teasers inside their page (containment 0.88-1.00 but
    Jaccard 0.10-0.23: below what 32 bands of 2 rows meet) and two texts under two headlines whose Jaccard
    (0.62, 0.70) the 64-value estimate put at 0.55-0.56, under JACCARD. Since session 18 the lead bands
    and the containment read from the minima (stories.py's doc) find three of the teasers: 28 of 31. Left:
    s17_10's page, whose body opens with a photo caption the feed lacks (their leads differ), and the two
    estimates under JACCARD (a 64-value limit). The floor is a ratchet; precision stays exact."""
    items, labels = _real_corpus()
    precision, recall, _, gold_pairs = grouping_scores([str(s) for s in method(items)], labels)
    # s19: five of s19_19 (人民日报 print feed: one article under two 版); s20: one of s20_02 (ITeye's feed carries a
    # translated report twice); s34: four of s34_06 (a podcast feed carrying four episodes twice, under two slugs);
    # s35: 61 of dev/s35_04-08 (an aggregator's teasers and a scraper's full pages of the same 33 articles). Until
    # s35 exact Jaccard found every pair and MinHash at least 39 of 42. With s35 (first measure, 2026-12-06) exact
    # finds 88 of 103 (46 of s35's 61) and MinHash 78 of 103: the misses are a short teaser against its long page
    # whose headline adds a column name (商周's "－网民肥皂箱｜商周"), under both methods' thresholds. Floors from
    # that measure. s39: dev-retired34's page and its Word release of one story (s37h_03/s37h_10), found by both.
    # s48: dev s45b_03's media list read as records (12records): one headline from two outlets, found by both.
    # s49: dev-retired44 s47h_06 #3 (a report retelling dev-retired38 s41h_05's Q&A), paired by exact Jaccard once its
    # page head went (12records): exact 91 of 106 (was 90 of 105), MinHash still 80 (of 106: the pair under its bands).
    assert gold_pairs == 106
    assert precision == 1.0
    assert recall >= (91 / 106 - 1e-9 if method is stories.cluster_exact else 80 / 106 - 1e-9)


def test_a_feeds_templated_notices_of_different_quarters_are_different_stories():
    """cherylchenxue-star/sz-gov-rss: '关于公开遴选2026年一季度“流量券”平台企业的通知' and the next call for the
    second and third quarters share their template word for word but for the quarter and dates; the list would fold
    one under the other as a version. Found when this feed joined the dev corpus (session 21's CI)."""
    path = DATA / NO_STORY_GOLD[0]
    entries = [b for b in ingest_path(path, DATA) if b.text and "“流量券”平台企业的通知" in b.title]
    assert len(entries) == 2, [b.title for b in entries]
    groups = stories.cluster_exact([(b.title, b.text) for b in entries])
    assert groups[0] != groups[1]


def test_a_feeds_templated_calls_for_different_places_are_different_stories():
    """dev/s42f_09 (session 42's feed batch): 【对外交流】关于选拔研究生参加2024-2025学年春夏学期欧洲高校交换生… and the same
    call for 澳洲、美洲、亚洲高校 share their template and 89% of their shingles (above SAME_TEXT, where a reworded
    headline is an update's): the headlines trade one place for others (stories.places_differ), two notices. Both
    paths: the exact test, MinHash in memory, and the index's check of a stored signature."""
    path = DATA / "dev" / (_S42F_09[len("dev/") : -1] + ".xml")
    entries = [b for b in ingest_path(path, DATA) if b.id.rsplit("#", 1)[-1] in ("503e0179", "33b0756e")]
    assert len(entries) == 2, [b.id for b in entries]
    items = [(b.title, b.text) for b in entries]
    assert stories.jaccard(*(stories.shingles(*item) for item in items)) >= stories.SAME_TEXT
    exact = stories.cluster_exact(items)
    assert exact[0] != exact[1]
    groups = stories.cluster(items)
    assert groups[0] != groups[1]
    first, second = (stories.signature(*item) for item in items)
    assert first is not None and second is not None
    assert not first.matches(second) and not first.matches_bytes(second.to_bytes())


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # one template, one place traded for others: two notices
        (
            "关于选拔研究生参加2024-2025学年春季学期欧洲高校交换生与短期交流项目的通知",
            "关于选拔研究生参加2024-2025学年春季学期澳洲、美洲、亚洲高校交换生与短期交流项目的通知",
            True,
        ),
        ("天河区2025年老旧小区改造项目公示", "越秀区2025年老旧小区改造项目公示", True),
        # an update adds a place to the ones it named: the same story
        ("四川地震已致12人遇难", "四川雅安地震已致12人遇难", False),
        # the same places, another wording: not this veto's (titles_differ and the numbers decide)
        ("广州发布暴雨红色预警", "广州发布暴雨橙色预警", False),
        # two headlines that are no template of each other, each with its own place
        ("习近平在北京会见法国总统", "中法元首会晤：两国将在巴黎签署协议", False),
        ("", "越秀区公示", False),
    ],
)
def test_places_differ_only_for_one_template_filled_with_other_places(a, b, differ):
    assert stories.places_differ(stories.story_title(a), stories.story_title(b)) is differ


RELEASE = (
    "{y}年{m}月份，全市规模以上工业增加值同比增长{a}%，增速比上月{d}{b}个百分点。1—{m}月份，规模以上工业增加值"
    "同比增长{c}%。分经济类型看，{m}月份，国有控股企业增加值同比增长{e}%；股份制企业增长{f}%，外商及港澳台商投资企业"
    "增长{g}%。分行业看，{m}月份，全市{n}个大类行业中有{k}个行业增加值保持同比增长。\n"
    "{m}月份，全市社会消费品零售总额{s}亿元，同比增长{t}%。其中，除汽车以外的消费品零售额{u}亿元，增长{v}%。"
    "1—{m}月份，全市固定资产投资同比增长{w}%，其中工业投资增长{x}%，房地产开发投资下降{z}%。"
    "{m}月末，全市金融机构本外币存款余额{p}亿元，同比增长{q}%；贷款余额{r}亿元，同比增长{o}%。"
    "全市城镇调查失业率为{h}%，居民消费价格同比上涨{i}%，工业生产者出厂价格同比下降{j}%。\n"
    "总的来看，全市经济运行总体平稳、稳中有进，但外部环境复杂严峻，国内需求仍显不足，经济持续回升向好的基础"
    "还需巩固。下阶段，要坚持稳中求进工作总基调，着力扩大有效需求，巩固和增强经济回升向好态势。\n"
    "附注：指标解释。规模以上工业企业指年主营业务收入2000万元及以上的工业法人单位。社会消费品零售总额指企业"
    "（单位、个体户）通过交易直接售给个人、社会集团非生产、非经营用的实物商品金额，以及提供餐饮服务所取得的收入"
    "金额。统计范围：固定资产投资统计起点为计划总投资500万元及以上的建设项目。本报告中部分数据因四舍五入的原因，"
    "存在总计与分项合计不等的情况。"
)


def _release(rng, y: int, m: int) -> tuple[str, str]:
    n = rng.randint(30, 41)
    numbers = {c: f"{rng.uniform(0.5, 15):.1f}" for c in "abcefghijoqtvwxz"}
    body = RELEASE.format(
        y=y,
        m=m,
        d=rng.choice("加快回落"),
        n=n,
        k=rng.randint(15, n),
        s=rng.randint(900, 1500),
        u=rng.randint(700, 1200),
        p=rng.randint(90000, 120000),
        r=rng.randint(80000, 110000),
        **numbers,
    )
    return briefing(f"{y}年{m}月份全市经济运行情况", body)


def test_a_template_release_filled_in_again_is_another_briefing_not_a_version():
    # A statistics office's monthly release (tester s16 L2): the same sentences every month, the
    # month's own amounts and rates. Without the numbers veto MinHash folded them as versions
    # (Jaccard of the shingles ~0.6-0.7); each is its own briefing, in both methods.
    import random

    rng = random.Random(16)
    items = [_release(rng, y, m) for y in (2024, 2025) for m in range(2, 13)]
    for method in (stories.cluster, stories.cluster_exact):
        assert method(items) == list(range(len(items))), method.__name__
    # ... while the same month's release copied by another outlet (a trailer, a headline of
    # its own, the Traditional script) is still one story with it: the copy keeps the figures.
    title, body = items[5]
    copy = briefing("统计局：" + title, to_traditional(body, "hk") + "\n（来源：本市统计局网站）责任编辑：李四")
    for method in (stories.cluster, stories.cluster_exact):
        assert method([items[5], copy, items[6]]) == [0, 0, 2], method.__name__


def test_the_number_sketch_travels_with_the_stored_signature_and_old_blobs_still_match():
    import random

    rng = random.Random(16)
    sa = stories.signature(*_release(rng, 2025, 3))
    assert len(sa.numbers) >= 20
    assert stories.Signature.from_bytes(sa.to_bytes()) == sa
    # another month whose shingles alone say "same story"; the numbers say no, from the object
    # and from the stored bytes
    for month in range(4, 13):
        sb = stories.signature(*_release(rng, 2025, month))
        if sa._matches(sb.size, sb.values):
            break
    else:
        raise AssertionError("no month's release is alike by its shingles")
    assert not sa.matches(sb) and not sa.matches_bytes(sb.to_bytes())
    # a signature stored before the sketch existed (size + minima only) has no numbers: no veto
    old = stories.Signature(sb.values, sb.size).to_bytes()
    assert len(old) == 4 * (1 + stories.NUM_PERM)
    assert stories.Signature.from_bytes(old).numbers == ()
    assert sa.matches_bytes(old)


def test_a_copy_with_its_own_dated_residue_lines_is_still_the_same_story():
    # review s16 R8: two sites' copies of one article, each keeping a few lines of its own page
    # ("相关 2023-01-11 第11届"): their dates, times and ordinals are no figures, so no veto
    art = (
        "国务院新闻办公室今日举行新闻发布会，介绍今年以来经济运行情况。发言人表示，前三季度国内生产总值同比增长5.2%，"
        "社会消费品零售总额增长6.8%，固定资产投资保持稳定增长。发言人指出，下一阶段将继续加大宏观政策调控力度，"
        "着力扩大国内需求，推动经济持续回升向好。记者注意到，多项指标好于市场预期，就业形势总体稳定。"
    ) * 3
    alike = 0
    for n in range(2, 6):
        residue_a = "\n".join(f"相关 2023-0{m}-1{m} 09:3{m} 第{m + 10}届" for m in range(1, n + 1))
        residue_b = "\n".join(f"延伸 2022-1{m % 3}-2{m} 第{m + 30}次 {m}月{m}日" for m in range(1, n + 1))
        a = stories.signature("前三季度经济运行总体回升向好", art + "\n" + residue_a)
        b = stories.signature("前三季度经济运行总体回升向好", art + "\n" + residue_b)
        by_shingles = a._matches(b.size, b.values)
        alike += by_shingles
        assert a.matches(b) == a.matches_bytes(b.to_bytes()) == by_shingles, n  # the numbers never split them
    assert alike >= 2
