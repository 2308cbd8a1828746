"""Guards taxonomy topics and TF-IDF keywords (PRODUCT.md section 6)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefreader import topics
from briefreader.config import read_config
from briefreader.model import Briefing, Topic
from briefreader.textsearch import to_simplified
from briefreader.topics import assign_topics, extract_keywords, topic_scores

ROOT = Path(__file__).resolve().parents[2]
BRIEFINGS = ROOT / "briefings"


@pytest.fixture(autouse=True, scope="module")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Anything cached goes to the briefreader cache dir: keep it out of the real one."""
    old = os.environ.get("BRIEFREADER_CACHE_DIR")
    os.environ["BRIEFREADER_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("BRIEFREADER_CACHE_DIR", None)
    else:
        os.environ["BRIEFREADER_CACHE_DIR"] = old


# --- the sample corpus ------------------------------------------------------------

# Until the real ingest lands, the samples are read crudely (front matter and tags
# stripped, t2s) with hand-written metadata, enough for topic/keyword/query tests.
_FALLBACK_META = {
    "000": ("2025上海信息消费节在杨浦开幕", dt.date(2025, 5, 17), "day", "中国经济导报"),
    "001": ("2022上海信息消费节启动 元宇宙相关产品成亮点", dt.date(2022, 7, 26), "day", "证券时报网"),
    "002": ("杨浦区推动直播经济集聚区建设三年行动计划发布", dt.date(2025, 2, 18), "day", "中新网"),
    "003": (
        "关于壮大元宇宙产业新动能推动高校数字文创内容生产落地杨浦的提案的答复",
        dt.date(2023, 1, 1),
        "year",
        "杨浦区科学技术委员会",
    ),
    "004": ("上海在元宇宙赛道率先起跑,“张江元宇宙创新发展联盟”启动", dt.date(2022, 7, 28), "day", "新民晚报"),
}


def _crude_briefing(path: Path) -> Briefing:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"\A\s*---.*?\n---\s*\n", "", raw, flags=re.S)
    raw = re.sub(r"<[^>]+>", "\n", raw)
    lines = [line.strip() for line in to_simplified(raw).splitlines() if line.strip()]
    title, date, precision, source = _FALLBACK_META[path.name[:3]]
    return Briefing(
        id=path.stem,
        path=str(path),
        fingerprint=f"test:{path.stem}",
        title=title,
        text="\n".join(lines),
        date=date,
        date_precision=precision,
        source=source,  # type: ignore[arg-type]
    )


def load_samples() -> dict[str, Briefing]:
    """The five samples keyed by "000".."004", via the real ingest when available."""
    try:
        from briefreader.ingest import ingest_file  # type: ignore[attr-defined]
    except ImportError:
        ingest_file = None
    result = {}
    for path in sorted(BRIEFINGS.glob("*.txt")):
        b = ingest_file(path, BRIEFINGS) if ingest_file else _crude_briefing(path)
        result[path.name[:3]] = b
    return result


@pytest.fixture(scope="module")
def config():
    return read_config(ROOT / "config.toml")


@pytest.fixture(scope="module")
def samples() -> dict[str, Briefing]:
    return load_samples()


# --- assign_topics -----------------------------------------------------------------

AI = Topic("ai", "人工智能", "Artificial intelligence", ("人工智能", "AI"))
LIVE = Topic("live", "直播经济", "Live streaming", ("直播经济", "直播"))
VR = Topic("vr", "虚拟现实", "VR", ("VR", "虛擬現實"))  # a Traditional keyword


def test_latin_keywords_match_whole_words_only():
    text = "SAP与PPIO发布AIGC方案;AI手机、“AI+消费”和ai助手;OpenAI"
    # AI手机, AI+消费, ai助手 count; SAP, PPIO, AIGC and OpenAI do not.
    assert topic_scores("", text, {"ai": AI}) == {"ai": 3}


def test_traditional_keywords_are_normalized():
    assert topic_scores("", "虚拟现实和虚拟现实", {"vr": VR}) == {"vr": 2}


def test_overlapping_keywords_count_once():
    # 直播经济 is one hit, not 直播经济 + 直播.
    assert topic_scores("", "直播经济", {"live": LIVE}) == {"live": 1}


def test_title_hits_weigh_double_and_threshold_applies():
    taxonomy = {"ai": AI, "live": LIVE}
    assert assign_topics("直播", "", taxonomy, threshold=2) == ["live"]
    assert assign_topics("", "直播", taxonomy, threshold=2) == []
    assert assign_topics("", "直播", taxonomy, threshold=1) == ["live"]


def test_topics_sorted_by_evidence_then_taxonomy_order():
    taxonomy = {"ai": AI, "live": LIVE}
    assert assign_topics("", "AI AI 直播 直播 直播", taxonomy, 1) == ["live", "ai"]
    assert assign_topics("", "AI 直播", taxonomy, 1) == ["ai", "live"]


def test_empty_inputs():
    assert assign_topics("", "", {"ai": AI}, 1) == []
    assert assign_topics("AI", "AI", {}, 1) == []
    assert extract_keywords("", "") == []


# --- extract_keywords ----------------------------------------------------------------

_STOP = {"上海", "发展", "推动", "企业", "产业", "表示", "进一步", "记者"}


def _assert_readable(keywords: list[str]) -> None:
    assert 5 <= len(keywords) <= 10, keywords
    for word in keywords:
        assert len(word) >= 2, word
        assert not re.search(r"\d", word), word
        assert not re.fullmatch(r"[A-Za-z]{1,3}", word), word
        assert word not in _STOP, word


def test_domain_words_stay_whole():
    text = "杨浦区发展直播经济和在线新经济,打造长阳秀带,培育专精特新企业。" * 3
    keywords = extract_keywords("银发经济与元宇宙", text, k=10)
    for word in ("直播经济", "在线新经济", "长阳秀带", "专精特新", "银发经济", "元宇宙"):
        assert word in keywords


def test_keywords_skip_numbers_and_junk():
    text = "2025年CN上海发布3000亿元计划,第三届信息消费节,B站,CN,CN,2025,2025。" * 3
    keywords = extract_keywords("", text, k=10)
    assert "信息消费节" in keywords
    assert not any(re.search(r"\d", k) or k in ("CN", "B", "上海") for k in keywords)


def _userdict_words() -> list[str]:
    return [line.split()[0] for line in topics.USERDICT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_segmenter_honours_the_domain_dictionary():
    import rjieba

    cut = topics._init_keywords()
    words = _userdict_words()
    assert len(words) > 40
    for word in words:
        assert word in cut(f"杨浦区{word}发展", True), word
        assert word in cut(f"{word}{word}和{word}", True), word
    # Without our dictionary the segmenter would split them, so the above is not free.
    plain = rjieba.Jieba()
    assert [w for w in ("元宇宙", "直播经济", "在线新经济") if w not in plain.cut(f"发展{w}。")]


def test_keywords_follow_jiebas_tfidf(samples):
    """Same algorithm, dictionary and idf as jieba's extract_tags (HMM on): the
    keywords of the samples match the ones jieba itself would give."""
    import logging
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse
    logging.getLogger("jieba").setLevel(logging.ERROR)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = os.environ["BRIEFREADER_CACHE_DIR"]
    tokenizer.load_userdict(str(topics.USERDICT))
    tfidf = jieba.analyse.TFIDF()
    tfidf.tokenizer = tokenizer
    overlaps = []
    for b in samples.values():
        ranked = tfidf.extract_tags("\n".join((b.title, b.title, b.text)), topK=None)
        expected = [w for w in ranked if topics._is_keyword(w)][:8]
        got = extract_keywords(b.title, b.text)
        overlaps.append(len(set(expected) & set(got)) / 8)
    # benchmarks/bench_keywords.py: identical on 517 of 517 documents with rjieba 0.2.2.
    assert sum(overlaps) / len(overlaps) >= 0.9, overlaps


def test_keywords_are_deterministic(samples, tmp_path):
    b = samples["002"]
    first = extract_keywords(b.title, b.text)
    assert all(extract_keywords(b.title, b.text) == first for _ in range(3))
    # Fresh processes with other hash seeds (Python's and the Rust dictionary's) agree.
    code = (
        "import json, sys\n"
        "from briefreader.topics import extract_keywords\n"
        "title, text = json.load(sys.stdin)\n"
        "print(json.dumps(extract_keywords(title, text), ensure_ascii=False))\n"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "BRIEFREADER_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps([b.title, b.text]),
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == first


def test_only_the_beginning_of_a_huge_briefing_is_read(monkeypatch):
    head = "杨浦区发展直播经济,直播电商和直播平台集聚。\n" * 20
    filler = "会议强调要加强统筹协调。" * (topics.KEYWORD_TEXT_LIMIT // 12 + 1)
    tail = "哔哩哔哩和小红书,哔哩哔哩与二次元。" * 5000
    keywords = extract_keywords("直播经济集聚区", head + filler + tail)
    assert "直播经济" in keywords
    # Past the cap: however often it appears, the tail is never read.
    assert not {"哔哩哔哩", "小红书", "二次元"} & set(keywords), keywords

    # A 1 MB single-line briefing costs what ~60,000 characters cost: the segmenter
    # never sees more (checked on its input, not with a clock).
    line = "元宇宙新赛道和数字孪生,打造张江科学城创新高地," * (2**20 // 66)
    assert len(line.encode()) >= 2**20 - 100
    cut = topics._init_keywords()
    seen: list[int] = []

    def measured_cut(text: str, hmm: bool):
        seen.append(len(text))
        return cut(text, hmm)

    monkeypatch.setattr(topics, "_init_keywords", lambda: measured_cut)
    keywords = extract_keywords("", line)
    assert seen and max(seen) <= topics.KEYWORD_TEXT_LIMIT
    assert "元宇宙" in keywords


# --- the samples -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sample, topic",
    [
        ("000", "information_consumption"),
        ("001", "metaverse"),
        ("004", "metaverse"),
        ("002", "live_streaming"),
        ("003", "metaverse"),
        ("003", "digital_culture"),
    ],
)
def test_sample_topics(samples, config, sample, topic):
    b = samples[sample]
    assert topic in assign_topics(b.title, b.text, config.topics, config.topic_threshold)


def test_every_sample_has_a_few_topics_led_by_the_right_one(samples, config):
    assigned = {
        key: assign_topics(b.title, b.text, config.topics, config.topic_threshold) for key, b in samples.items()
    }
    assert all(1 <= len(topics) <= 5 for topics in assigned.values()), assigned
    assert assigned["000"][0] == "information_consumption"
    assert assigned["002"][0] == "live_streaming"
    assert assigned["004"][0] == "metaverse"
    # A festival report that mentions 元宇宙 in passing is not a metaverse briefing.
    assert "metaverse" not in assigned["000"]


def test_weak_topics_are_cut_relative_to_the_strongest():
    taxonomy = {"ai": AI, "live": LIVE}
    assert assign_topics("", "直播 " * 10 + "AI " * 3, taxonomy, 2) == ["live"]
    assert assign_topics("", "直播 " * 10 + "AI " * 4, taxonomy, 2) == ["live", "ai"]


# usefix s26: a topic named once or twice in passing, past the opening (the dev corpus's
# 城市增韧性 家园更宜居 chipped 元宇宙 on two 数字孪生 in its last fifth)
FILLER = "今年以来，当地持续推进沙漠治理，植树造林面积不断扩大，群众收入稳步提高。" * 12
TALENT = Topic("talent", "人才与高校", "Talent", ("人才培养", "人才", "(就业)"))


def test_a_topic_named_only_past_the_opening_needs_one_hit_more():
    taxonomy = {"talent": TALENT}
    late = FILLER + "项目注重人才培养，带动就业。"
    assert topics.opening(len(late)) < late.index("人才培养")
    assert topic_scores("", late, taxonomy) == {"talent": 2}  # the threshold is met
    assert assign_topics("", late, taxonomy, 2) == []  # but it is a passing mention
    assert assign_topics("", late + "人才", taxonomy, 2) == ["talent"]  # the text comes back to it
    early = "项目注重人才培养，带动就业。" + FILLER
    assert assign_topics("", early, taxonomy, 2) == ["talent"]  # in the opening: what it is about
    assert assign_topics("人才", FILLER + "人才培养", taxonomy, 2) == ["talent"]  # in the headline
    # a supporting word in the opening places nothing (a budget's 就业 line)
    assert assign_topics("", "就业" + FILLER + "注重人才培养", taxonomy, 2) == []
    assert assign_topics("", "人才" + FILLER + "注重人才培养", taxonomy, 2) == ["talent"]


EXPECTED_KEYWORDS = {  # a reader would name at least two of these for each sample
    "000": {"信息消费", "信息消费节", "元宇宙", "数字经济", "银龄"},
    "001": {"信息消费", "信息消费节", "元宇宙", "在线新经济"},
    "002": {"直播经济", "直播", "直播电商", "直播平台", "杨浦区"},
    "003": {"元宇宙", "提案", "新赛道", "数字文化", "人才", "高校"},
    "004": {"元宇宙", "张江", "新赛道", "张江数链", "峰会"},
}


@pytest.mark.parametrize("sample", sorted(EXPECTED_KEYWORDS))
def test_sample_keywords(samples, sample):
    b = samples[sample]
    keywords = extract_keywords(b.title, b.text)
    _assert_readable(keywords)
    assert len(set(keywords) & EXPECTED_KEYWORDS[sample]) >= 2, keywords


# --- loading behaviour -------------------------------------------------------------


def _run(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEFREADER_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_import_is_lazy_and_textual_free(tmp_path):
    code = (
        "import sys, briefreader.topics, briefreader.query, briefreader.index\n"
        "bad = [m for m in ('jieba', 'textual', 'opencc') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_keywords_are_silent_and_never_import_jieba(tmp_path):
    # rjieba segments; jieba's idf.txt is read as a file. So no "Building prefix
    # dict ..." lines under the TUI, no jieba cache file, and no jieba start-up cost.
    code = (
        "import sys\n"
        "from briefreader.topics import extract_keywords\n"
        "print(extract_keywords('元宇宙', '上海元宇宙产业发展,元宇宙新赛道。'))\n"
        "assert 'jieba' not in sys.modules\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "元宇宙" in result.stdout
    # jieba writes no cache of its own; the only file is briefreader's compact copy of the
    # idf table, keyed by idf.txt's path, size and mtime (so it cannot go stale)
    assert [p.name.startswith("idf-") and p.suffix == ".bin" for p in tmp_path.iterdir()] == [True]


def test_threaded_first_use_initialises_once():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: extract_keywords("元宇宙", "元宇宙 直播经济 元宇宙"), range(8)))
    assert all(r == results[0] for r in results)


def test_the_idf_table_comes_from_its_compact_copy_exactly(tmp_path, monkeypatch):
    # issue 19: jieba's idf.txt was parsed from text at every cold start (~0.3 s); its
    # compact copy in the cache folder must give the same table, median and maximum.
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    source = topics._jieba_idf_path()
    parsed, median = topics._load_idf(source)
    first = topics._idf_table(source)  # parses the text, writes the copy
    assert list((tmp_path / "cache").glob("idf-*.bin"))
    assert first == (parsed, median, max([median, *parsed.values()]))

    def no_text(path):
        raise AssertionError("the text was parsed again")

    monkeypatch.setattr(topics, "_load_idf", no_text)
    again = topics._idf_table(source)
    assert again == first
    assert list(again[0]) == list(parsed)  # the same order too (ties keep it nowhere, but cheap to keep)


def test_a_damaged_or_stale_idf_copy_is_never_used(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "idf.txt"
    source.write_text("上海 5.5\n数字经济 9.25\n元宇宙 11.0\n", encoding="utf-8")
    table = topics._idf_table(source)
    assert table == ({"上海": 5.5, "数字经济": 9.25, "元宇宙": 11.0}, 9.25, 11.0)
    (copy,) = (tmp_path / "cache").glob("idf-*.bin")
    for damaged in (copy.read_bytes()[:-3], copy.read_bytes()[:20], b"not ours", b""):
        copy.write_bytes(damaged)
        assert topics._idf_table(source) == table  # parsed again from the text
        assert copy.read_bytes() != damaged  # and the copy written whole again
    # A new idf.txt (jieba upgraded): its own copy, never the old one's values.
    source.write_text("上海 1.0\n数字经济 2.0\n元宇宙 3.0\n新词 4.0\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    assert topics._idf_table(source) == ({"上海": 1.0, "数字经济": 2.0, "元宇宙": 3.0, "新词": 4.0}, 3.0, 4.0)


def test_without_a_writable_cache_the_idf_table_is_parsed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(blocker / "cache"))  # below a file: cannot exist
    source = tmp_path / "idf.txt"
    source.write_text("上海 5.5\n数字经济 9.25\n", encoding="utf-8")
    assert topics._idf_table(source) == ({"上海": 5.5, "数字经济": 9.25}, 9.25, 9.25)
