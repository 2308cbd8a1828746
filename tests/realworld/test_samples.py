"""Guards acceptance on the five sample briefings, through the real `briefreader` CLI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "briefings"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("samples")
    shutil.copytree(SAMPLES, tmp / "briefings")
    env = {"BRIEFREADER_CACHE_DIR": str(tmp / "cache"), "PATH": "/usr/bin:/bin", "HOME": str(tmp)}
    return {"dir": tmp, "env": env}


def run(corpus: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "briefreader.cli",
        "--config",
        str(ROOT / "config.toml"),
        "--briefings",
        str(corpus["dir"] / "briefings"),
        "--notes",
        str(corpus["dir"] / "notes.toml"),
        *args,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=corpus["env"], timeout=180)
    if check:
        assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture(scope="module")
def listed(corpus) -> dict[str, dict]:
    return {b["id"]: b for b in json.loads(run(corpus, "list", "--json").stdout)}


def test_five_briefings_with_dates_and_precision(listed) -> None:
    assert {i: (b["date"], b["date_precision"]) for i, b in listed.items()} == {
        "000_6725c00bccd9a398": ("2025-05-17", "day"),
        "001_dd643b2f5a9bae41": ("2022-07-26", "day"),
        "002_8b30a93c016d4fd5": ("2025-02-18", "day"),
        "003_3847f5d9994fa04d": ("2023", "year"),
        "004_bbc993df6f2fe461": ("2022-07-28", "day"),
    }


def test_sources_and_authors(listed) -> None:
    assert listed["000_6725c00bccd9a398"]["source"] in ("中国经济导报", "中国发展网")
    assert listed["001_dd643b2f5a9bae41"]["source"] == "证券时报网"
    assert listed["002_8b30a93c016d4fd5"]["source"] == "中新网"
    assert listed["003_3847f5d9994fa04d"]["source"] == "杨浦区科学技术委员会"
    assert listed["004_bbc993df6f2fe461"]["source"] == "新民晚报"
    assert listed["000_6725c00bccd9a398"]["authors"] == ["邱爱荃"]
    assert listed["001_dd643b2f5a9bae41"]["authors"] == ["张淑贤"]
    assert listed["002_8b30a93c016d4fd5"]["authors"] == ["陈静", "王笈"]
    assert listed["004_bbc993df6f2fe461"]["authors"] == ["宋宁华"]


def test_titles_are_headlines(listed) -> None:
    titles = {i: b["title"] for i, b in listed.items()}
    assert titles["001_dd643b2f5a9bae41"] == "2022上海信息消费节启动 “元宇宙”相关产品成亮点"
    assert titles["003_3847f5d9994fa04d"].endswith("提案的答复")
    assert titles["004_bbc993df6f2fe461"] == "上海在元宇宙赛道率先起跑,“张江元宇宙创新发展联盟”启动"
    assert "信息消费节" in titles["000_6725c00bccd9a398"]
    for title in titles.values():
        assert not re.search(r"(讯|电)\s*[(（]|记者|报道|^\d{4}-\d{2}-\d{2}|^[-•]|办理结果|主动公开", title), title
        assert 8 <= len(title) <= 64, title


def test_json_fields(listed) -> None:
    b = listed["002_8b30a93c016d4fd5"]
    assert set(b) >= {
        "id",
        "path",
        "title",
        "date",
        "date_precision",
        "source",
        "authors",
        "script",
        "topics",
        "keywords",
        "problems",
        "bookmarked",
        "notes",
    }
    assert b["script"] == "hant"
    assert listed["000_6725c00bccd9a398"]["script"] == "hans"


def test_show_traditional_source_in_simplified_without_pinyin(corpus) -> None:
    out = run(corpus, "show", "002_8b30a93c016d4fd5").stdout
    assert "杨浦区推动直播经济集聚区建设三年行动计划" in out
    assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", out)
    assert "楊" not in out and "發" not in out
    hant = run(corpus, "show", "002_8b30a93c016d4fd5", "--script", "hant").stdout
    assert "楊浦區" in hant and "經濟" in hant


def test_check_names_the_mojibake(corpus) -> None:
    proc = run(corpus, "check", check=False)
    assert proc.returncode == 1
    lines = proc.stdout.strip().splitlines()
    assert any(line.startswith("002_8b30a93c016d4fd5") and "mojibake" in line for line in lines)
    assert all("002_8b30a93c016d4fd5" in line for line in lines)  # the others are clean


def test_show_stops_before_the_headline_list(corpus) -> None:
    out = run(corpus, "show", "004_bbc993df6f2fe461").stdout
    out = out.split("\n\n", 1)[1]  # the body, after the title and meta lines
    assert out.rstrip().endswith("上海浦东软件园股份有限公司承办。")
    assert "关键词" not in out and "美联储" not in out and "2022-07-28" not in out
    assert "图说" not in out and "【资料图】" not in out


def test_show_html_has_no_markup_left(corpus) -> None:
    out = run(corpus, "show", "001_dd643b2f5a9bae41").stdout
    assert not re.search(r"<[a-zA-Z/]|&[a-z]+;|&#\d+;|class=|href=|style=", out)
    assert "线上线下融合的新业态" in out


def test_original_is_the_source_without_control_characters(corpus) -> None:
    out = run(corpus, "show", "002_8b30a93c016d4fd5", "--original").stdout
    assert "發(fā)展" in out  # the decoded source as it was
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_unknown_id_is_one_line_on_stderr(corpus) -> None:
    proc = run(corpus, "show", "no_such_briefing", check=False)
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "unknown briefing id" in proc.stderr


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic:元宇宙 after:2022-07-27", {"003_3847f5d9994fa04d", "004_bbc993df6f2fe461"}),
        ("topic:metaverse before:2022-07-27", {"001_dd643b2f5a9bae41"}),
        # 000 mentions 直播购物 but also 广告营销费, so the negation drops it
        ("直播 -广告", {"001_dd643b2f5a9bae41", "002_8b30a93c016d4fd5", "003_3847f5d9994fa04d"}),
        ('"信息消费节"', {"000_6725c00bccd9a398", "001_dd643b2f5a9bae41"}),
        # 003: 突破1.5万亿元; 001's largest is 逾百亿 (RMB 10 bn)
        (
            "money>1000亿",
            {"000_6725c00bccd9a398", "002_8b30a93c016d4fd5", "003_3847f5d9994fa04d", "004_bbc993df6f2fe461"},
        ),
        ("直播經濟", {"002_8b30a93c016d4fd5", "003_3847f5d9994fa04d"}),
        ("source:新民晚报", {"004_bbc993df6f2fe461"}),
        ("date:2023", {"003_3847f5d9994fa04d"}),
    ],
)
def test_list_query(corpus, query: str, expected: set[str]) -> None:
    ids = {b["id"] for b in json.loads(run(corpus, "list", query, "--json").stdout)}
    assert ids == expected
