"""Guards issue 19's promise that the smaller index changed no query's meaning: on a
generated corpus (the benchmark's realistic mix: text, Markdown, fragments, saved pages,
government pages, a feed, Word and e-mail), the list entries answered by the index
(words from the ``words`` table or ``search`` phrases, figures from figrows/figspan)
match exactly the briefings the in-memory predicate matches on the full bodies, for
every kind of term: one character, two-character words, longer words and phrases,
Latin words and prefixes, numbers, words across punctuation, either script, quoted
phrases with spaces, negations, figure comparisons of every operator (ranges too), and the list
fields (topic, source, dates) alone and combined with them."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from briefreader.config import read_config
from briefreader.library import load_library
from briefreader.query import IncrementalFilter, filter_briefings
from briefreader.textsearch import fold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402

# Chinese with Latin words, numbers, full-width letters and Traditional script, for the
# terms whose tokens differ most between the two paths (a Latin word or prefix beside a
# Chinese run, a run's last character, a single character).
MIXED = [
    "AI赋能信息消费\n上海发布AI+消费行动方案，AIGC应用加速落地。5G基站超过3000个，ai手机销量增长。",
    "數字經濟報告\n香港AI產業：生成式AI（AIGC）應用於金融，5G網絡覆蓋率達99%。消費AI仍在起步。",
    "SaaS与云计算\nSaaS企业数量增长，云计算IaaS市场规模达到1000亿元。GPU算力紧缺，AI芯片国产化。",
    "全角ＡＩ测试\n全角字母ＡＩＧＣ与半角混排：ＡＩ消费、Ａ股、VR/AR设备，费AI。",
    "元宇宙VR\n虚拟现实VR头显出货量，AR眼镜，XR内容生态；消费电子。",
    "区间数字\n投资规模300亿至500亿元，同比增长5%至8%；预计年收入1亿到3亿元。",  # figures with a range
]
KINDS = {"txt": 8, "md": 3, "fragment": 3, "page": 3, "gov": 1, "feed": 0.2, "docx": 1, "eml": 1}
CJK = re.compile("[\u4e00-\u9fff]+")
LATIN = re.compile("[0-9a-z]+")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(config, list entries from the index, the same briefings in full), keyed alike."""
    tmp = tmp_path_factory.mktemp("agreement")
    generate(tmp / "briefings", 90, seed=19, kinds=KINDS)
    mixed = tmp / "briefings" / "mixed"  # the generator writes no Latin words: these do
    mixed.mkdir()
    for n, text in enumerate(MIXED):
        (mixed / f"{n}.txt").write_text(text, encoding="utf-8")
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp / "briefings"
    config.cache_dir = tmp / "cache"
    load_library(config).close()  # cold: every file analysed and stored
    library = load_library(config)  # warm: list entries, words and figures from the index
    full = load_library(config, use_cache=False)
    assert library.stats.ingested == 0 and not any(b.loaded for b in library.briefings)
    assert sorted(b.id for b in library.briefings) == sorted(b.id for b in full.briefings)
    yield config, library, full
    library.close()


def _words(full, rng: random.Random) -> list[str]:
    """Query words cut from the bodies, so that most of them hit somewhere."""
    texts = [fold(b.title) + "\n" + fold(b.text) for b in full.briefings if b.text]
    words: set[str] = set()
    for text in rng.sample(texts, 12):
        runs = CJK.findall(text)
        for length in (1, 2, 3, 4, 6):
            run = rng.choice([r for r in runs if len(r) >= length] or runs)
            start = rng.randrange(max(1, len(run) - length + 1))
            words.add(run[start : start + length])
        latin = LATIN.findall(text)
        if latin:
            word = rng.choice(latin)
            words.update({word, word[:1], word[:2]})  # whole, and as prefixes while typing
        # across punctuation: a sentence end or a comma and what follows it
        at = rng.randrange(max(1, len(text) - 8))
        words.add(text[at : at + 8].replace("\n", "").replace('"', "").strip())
    return sorted(w for w in words if w and not w.startswith("-") and ":" not in w and not re.search("[<>=]", w))


FIXED = [
    "直播",
    "經濟",  # Traditional: converted before searching
    "數據要素",
    "信息消费",
    "人工智能产业",
    '"人工 智能"',  # a quoted phrase with a space
    '"集成电路，"',
    "ai",
    "a",
    "20",
    "2024",
    "消费券",
    "临港新片区",
    "-直播",
    "-上海 经济",
    "money>1000亿",
    "money<=100亿",
    "money>=5e8",
    "percent>10",
    "percent<5",
    "percent=10",
    "count>100",
    "area>1平方公里",
    "money>1000亿 -percent>10",
    "直播 money>100亿",
    "topic:元宇宙",
    "topic:元宇宙 数字",
    "source:新民",
    "source:新民 -经济",
    "after:2024",
    "before:2023 上海",
    "date:2025",
    "集成电路 -money>1000亿 after:2020",
    # Latin words and prefixes beside Chinese runs (MIXED), single characters, Traditional
    "aigc",
    "gc",  # not the middle of a word
    "5g",
    "ai消费",
    "消费ai",
    "费ai",  # a one-character run that ends where a Latin word starts
    "ＡＩ",
    "Ａ股",
    "saas",
    "s",
    "生成式ai",
    "-ai",
    '"ai 手机"',
    "ai -消费",
    "經",
    "數字經濟",
    "消費",
    "费",
    # a one-character run that ends a longer run of the text, then the next run (session 15)
    "态；消费",
    "镜，xr",
    "个，ai手机",
    "案，aigc应用",
    "元。gpu",
    # figure comparisons at and around the ends of ranges (figlo/fighi, session 15)
    "money>400亿",
    "money>=500亿",
    "money<350亿",
    "money<=1亿",
    "percent>=8",
    "percent<5.5",
]


def _ids(briefings) -> list[str]:
    return [b.id for b in briefings]


def test_every_kind_of_term_matches_what_the_bodies_match(corpus):
    config, library, full = corpus
    rng = random.Random(19)
    queries = FIXED + _words(full, rng)
    figures = [f for b in full.briefings for f in b.figures if f.value is not None and f.kind in ("money", "count")]
    for f in rng.sample(figures, min(6, len(figures))):  # = on values the corpus has
        queries.append(f"{f.kind}={f.value:.17g}")
    hits = 0
    for query in queries:
        from_index = _ids(filter_briefings(library.briefings, query, taxonomy=config.topics, search=library.search))
        in_memory = _ids(filter_briefings(full.briefings, query, taxonomy=config.topics))
        assert from_index == in_memory, query
        hits += 0 < len(in_memory) < len(full.briefings)
    # the comparisons are not between empty (or full) lists
    assert hits >= len(queries) // 2, hits


def test_typing_a_word_keystroke_by_keystroke_agrees_too(corpus):
    # The TUI's path: IncrementalFilter over list entries (set masks, refinement).
    config, library, full = corpus
    live = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
    typed_queries = (
        "人工智能产业 -直播",
        "ai+消费",
        "集成电路 percent>=10",
        "临港新片区",
        "topic:元宇宙 after:2023 上海",  # list fields: masks kept per term (IncrementalFilter._field_bits)
        "source:新民 -经济 before:2026",
    )
    for entries in (library.briefings, library.briefings[::-1]):  # and after a reset to another list
        live.reset(entries)
        for query in typed_queries:
            for end in range(1, len(query) + 1):
                typed = query[:end]
                try:
                    expected = _ids(filter_briefings(full.briefings, typed, taxonomy=config.topics))
                except ValueError:  # "percent>=" before its number: a syntax error on both paths
                    continue
                found = set(_ids(live(typed)))
                assert found == set(expected), typed
                assert _ids(live(typed)) == [b.id for b in entries if b.id in found]  # in the list's order
