"""Guards the story query terms (issue 17): is:duplicate and story:ID mean the same on
the index's stories (list entries) and on stories computed from text in memory."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefreader.across import story_map
from briefreader.config import read_config
from briefreader.hanzi import to_traditional
from briefreader.library import load_library
from briefreader.query import IncrementalFilter, QuerySyntaxError, filter_briefings, parse

ARTICLE = (
    "新华社上海5月9日电 记者从上海市经济和信息化委员会获悉，2023年上海软件和信息服务业营业收入达到1.5万亿元，"
    "同比增长13%，规模以上企业超过3000家。\n\n"
    "其中，人工智能产业规模突破3800亿元，集成电路产业规模达到2500亿元，生物医药产业规模约为9300亿元。\n\n"
    "上海将加快建设具有全球影响力的科技创新中心，到2027年培育100家以上具有国际竞争力的软件企业。\n\n"
    "市经济信息化委有关负责人表示，下一步将围绕数据要素市场、工业软件和开源生态，推出一批重点项目，"
    "支持企业开展关键核心技术攻关，并在张江、临港、徐汇滨江等地建设一批特色产业园区。"
)
OTHER = (
    "本报讯 今年一季度，本市外贸进出口总值达到1.03万亿元，同比增长2.4%，其中出口4100亿元。\n\n"
    "海关有关负责人介绍，机电产品出口增长较快，汽车出口同比增长56%，锂电池出口增长超过三成。\n\n"
    "下一步，海关将进一步优化通关流程，支持企业拓展新兴市场，稳定外贸基本盘。"
)
THIRD = (
    "本报讯 临港新片区今年前三季度实现规上工业总产值2600亿元，同比增长31%。\n\n"
    "新能源汽车、集成电路和民用航空三大产业贡献突出，其中新能源汽车产值超过1200亿元。\n\n"
    "管委会表示，将继续推进重大项目落地，力争全年产值突破3500亿元。"
)


def _write(folder, name, title, date, body):
    (folder / name).write_text(f"{title}\n{date}\n\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, sample_dir):
    root = tmp_path_factory.mktemp("stories")
    folder = root / "briefings"
    folder.mkdir()
    # One press release under three outlets (edited headline, a trailer, Traditional),
    # a second story twice, and one on its own.
    _write(folder, "a_xinhua.txt", "上海软件和信息服务业营收达1.5万亿元", "2024年5月9日", ARTICLE)
    _write(
        folder,
        "b_jiefang.txt",
        "1.5万亿！上海软件业规模再创新高",
        "2024年5月10日",
        ARTICLE + "\n\n（来源：新华社）责任编辑：王五",
    )
    _write(
        folder,
        "c_hk.txt",
        to_traditional("滬軟件業營收1.5萬億元 同比增13%", "hk"),
        "2024年5月11日",
        to_traditional(ARTICLE, "hk"),
    )
    _write(folder, "d_customs.txt", "上海外贸一季度进出口总值1.03万亿元", "2024年4月20日", OTHER)
    _write(folder, "e_customs_copy.txt", "一季度本市外贸进出口1.03万亿元", "2024年4月21日", OTHER + "\n\n（完）")
    _write(folder, "f_lingang.txt", "临港前三季度工业总产值2600亿元", "2024年10月8日", THIRD)
    config = read_config(sample_dir / "config.toml")
    config = replace(
        config, briefings=folder, cache_dir=root / "cache", notes=root / "notes.toml", export=root / "notes.md"
    )
    indexed = load_library(config)
    assert indexed.index is not None and indexed.index.usable
    assert not any(b.loaded for b in indexed.briefings)  # list entries: the index answers
    memory = load_library(config, use_cache=False)
    assert all(b.loaded for b in memory.briefings)
    return config, indexed, memory


def _ids(briefings):
    return sorted(b.id for b in briefings)


def test_both_paths_find_the_same_stories(corpus):
    _, indexed, memory = corpus
    from_index, from_text = story_map(indexed), story_map(memory)
    assert from_index.story == from_text.story
    assert from_index.members == {"a_xinhua": ("a_xinhua", "b_jiefang", "c_hk"), "d_customs": ("d_customs", "e_customs_copy")}


QUERIES = [
    ("is:duplicate", ["a_xinhua", "b_jiefang", "c_hk", "d_customs", "e_customs_copy"]),
    ("-is:duplicate", ["f_lingang"]),
    ("story:b_jiefang", ["a_xinhua", "b_jiefang", "c_hk"]),  # any version names its story
    ("story:a_xinhua 新华社", ["a_xinhua", "b_jiefang", "c_hk"]),
    ("story:e_customs_copy -story:a_xinhua", ["d_customs", "e_customs_copy"]),
    ("story:f_lingang", ["f_lingang"]),  # a story of one
    ("story:no_such_briefing", []),
    ("is:duplicate 外贸", ["d_customs", "e_customs_copy"]),
    ("is:dup after:2024-05-09", ["b_jiefang", "c_hk"]),
]


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_story_terms_agree_on_the_index_and_in_memory(corpus, text, expected):
    config, indexed, memory = corpus
    got_index = filter_briefings(
        indexed.briefings, text, taxonomy=config.topics, search=indexed.search, stories=lambda: story_map(indexed)
    )
    got_memory = filter_briefings(memory.briefings, text, taxonomy=config.topics)  # stories from the text
    assert _ids(got_index) == _ids(got_memory) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_the_incremental_filter_agrees(corpus, text, expected):
    config, indexed, memory = corpus
    live = IncrementalFilter(
        indexed.briefings, taxonomy=config.topics, search=indexed.search, stories=lambda: story_map(indexed)
    )
    plain = IncrementalFilter(memory.briefings, taxonomy=config.topics)
    for prefix in ("is:duplicate", text):  # a refinement after a first query, as typed
        assert _ids(live(prefix)) == _ids(plain(prefix))
    assert _ids(live(text)) == sorted(expected)


def test_story_terms_without_stories_are_an_error_not_an_empty_list(corpus):
    config, indexed, _ = corpus
    with pytest.raises(QuerySyntaxError) as caught:
        filter_briefings(indexed.briefings, "直播 is:duplicate", taxonomy=config.topics, search=indexed.search)
    assert caught.value.position == 6  # the value of is:, as other field errors point


def test_parse_errors_point_at_the_value():
    with pytest.raises(QuerySyntaxError, match="duplicate"):
        parse("is:twice")
    with pytest.raises(QuerySyntaxError, match="story:"):
        parse('story:" "')
    assert parse("story:“a b”").terms[0].of == "a b"
