"""Guards against pathological sizes: each finishes in bounded time, capped and reported, never hung on.

Every case runs in a child process under a generous watchdog, so a hang or a
quadratic blow-up fails the test (and is killed) instead of stalling the suite,
while ordinary machine noise does not. The measured time is printed (``-s``).
The work is done through ``briefreader.library.analyse``, the function the corpus
scan runs per file: decode, clean, metadata, figures, topics and jieba keywords.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefreader.figures import extract_figures
from briefreader.ingest import MAX_BYTES, MAX_FIGURES, ingest_bytes
from briefreader.ingest.clean import clean_text, drop_boilerplate, join_broken_lines
from briefreader.ingest.html import MAX_DEPTH
from briefreader.ingest.metadata import extract_metadata
from briefreader.ingest.patterns import match_dateline
from briefreader.model import Briefing, Topic
from briefreader.safe import strip_controls

WATCHDOG = 60.0  # seconds; the slowest case takes a few seconds, a quadratic one hours
TAXONOMY = {
    "digital_economy": Topic("digital_economy", "数字经济", "Digital economy", ("数字经济", "数字化")),
    "metaverse": Topic("metaverse", "元宇宙", "Metaverse", ("元宇宙", "虚拟现实")),
}
SENTENCE = "据统计，2023年上海数字经济规模超过3000亿元，同比增长15.3%，新增企业8000余家，覆盖6.74平方公里。"
# A source hard-wrapped mid-sentence: every line continues the one before, so the
# whole file is one paragraph (joining it used to copy it once per line).
WRAPPED = "上海元宇宙产业规模超过3000亿元，同比增长15.3%，新增企业8000余家，覆盖6.74平方\n公里，这是一个被硬换行切断的句子，继续写下去直到\n"


# --- the watchdog ---------------------------------------------------------------------


def _child(results: Any, work: Callable[..., Any], args: tuple) -> None:
    try:
        start = time.perf_counter()
        value = work(*args)
        results.put(("ok", value, time.perf_counter() - start))
    except BaseException:  # noqa: BLE001 - reported to the parent as text
        results.put(("error", traceback.format_exc(), 0.0))


def bounded(label: str, work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)`` in a child process; its result, or a failure past WATCHDOG."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    results = ctx.Queue()
    child = ctx.Process(target=_child, args=(results, work, args), daemon=True)
    child.start()
    try:
        status, value, elapsed = results.get(timeout=WATCHDOG)
    except queue.Empty:
        child.kill()
        child.join()
        pytest.fail(f"{label}: still running after {WATCHDOG:.0f} s (a hang or a quadratic blow-up)")
    child.join()
    print(f"\n{label}: {elapsed:.2f} s")
    if status == "error":
        pytest.fail(f"{label} raised:\n{value}")
    return value


def analysed(path: Path) -> dict[str, Any]:
    """The corpus scan's work on one file, summarized (a Briefing can be 8 MB of text)."""
    from briefreader.library import analyse

    b = analyse(path, path.parent, TAXONOMY, 2)[0]
    return summary(b)


def summary(b: Briefing) -> dict[str, Any]:
    safe = all(strip_controls(t) == t for t in (b.text, b.title, b.source))
    offsets = all(b.text[f.start : f.end] == f.text for f in b.figures)
    return {
        "problems": [p.kind for p in b.problems],
        "messages": [p.message for p in b.problems],
        "size": b.size,
        "text": len(b.text),
        "head": b.text[:200],
        "paragraphs": b.text.count("\n") + 1,
        "figures": len(b.figures),
        "safe": safe,
        "offsets": offsets,
        "topics": b.topics,
        "keywords": b.keywords,
        "title": b.title,
    }


def check(result: dict[str, Any]) -> None:
    assert result["safe"] and result["offsets"]
    assert result["figures"] <= MAX_FIGURES


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def repeat(unit: bytes, size: int, shift: bytes = b"") -> bytes:
    return shift + unit * (size // len(unit) + 1)


# --- a 20 MB briefing ------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_a_20mb_briefing_is_cut_to_its_first_8mb_and_reported(tmp_path: Path, encoding: str) -> None:
    # "x" shifts the 8 MB cut into the middle of a multi-byte character
    shift = b"" if encoding == "utf-16" else b"x"
    path = write(tmp_path, "big.txt", repeat(WRAPPED.encode(encoding), 20_000_000, shift))
    result = bounded(f"20 MB {encoding}", analysed, path)
    check(result)
    assert result["size"] == MAX_BYTES
    assert result["problems"].count("too_large") == 1
    assert "mojibake" not in result["problems"]  # the cut character is not damage
    assert result["text"] > 2_000_000
    assert result["figures"] == MAX_FIGURES and "truncated" in result["problems"]
    assert result["topics"] == ["metaverse"]


# --- a 100,000-line HTML page ------------------------------------------------------------------


def test_a_100000_line_html_page(tmp_path: Path) -> None:
    rows = "".join(f"<p>第{i}段：<b>元宇宙</b>规模达{i}亿元。</p>\n" for i in range(100_000))
    page = f"<html><head><title>十万行</title></head><body>{rows}</body></html>"
    assert len(page.encode()) < MAX_BYTES  # read whole, not cut
    result = bounded("100,000-line HTML", analysed, write(tmp_path, "page.html", page.encode()))
    check(result)
    assert "too_large" not in result["problems"]
    assert result["paragraphs"] >= 100_000
    assert result["title"] == "十万行"


def test_a_page_of_100000_lines_that_repeat_the_headline(tmp_path: Path) -> None:
    # the body's copies of the headline are dropped (they used to be popped one by one)
    text = "上海发布元宇宙产业发展行动方案\n" * 100_000 + SENTENCE
    result = bounded("headline repeated 100,000 times", analysed, write(tmp_path, "repeat.txt", text.encode()))
    check(result)
    assert result["head"] == SENTENCE


# --- a 1 MB single line ----------------------------------------------------------------------

# Each is a shape that once made a regex or a loop rescan the rest of the line.
ONE_MB_LINES = {
    "prose": SENTENCE,
    "no punctuation": "上海数字经济规模元宇宙",
    "clauses": "上海，数字经济，",
    "unclosed pinyin": "發(fā",
    "end marks": "(完)",
    "spaces": " \u3000\t",
    "markdown links": "[链接](",
    "markdown strong": "**粗 ",
    "comments": "<!--",
    "escapes": "\x1b[",
    "carriage returns": "\r",
    "outlet suffixes": "报社网",
    "digits": "1234567890",
    "quotes": "“文创50条",
    "compound numbers": "3亿5000万元至",
    "mojibake": "Ã©字?",
}


def one_mb_line(unit: str) -> str:
    # The full stop at the end makes a pattern anchored at the end of the line fail
    # only there, after reading the whole run, from every place it could start.
    return unit * (1_000_000 // len(unit.encode()) + 1) + "。"


def _steps(line: str) -> dict[str, Any]:
    """Each step of the pipeline on its own, then the whole of it for every format."""
    clean_text(line)
    join_broken_lines(line)
    drop_boilerplate(line)
    extract_metadata(line, {})
    assert all(line[f.start : f.end] == f.text for f in extract_figures(line, limit=MAX_FIGURES))
    return {suffix: summary(ingest_bytes(line.encode(), id="x", suffix=suffix)) for suffix in (".txt", ".md", ".html")}


@pytest.mark.parametrize("unit", ONE_MB_LINES.values(), ids=ONE_MB_LINES.keys())
def test_a_1mb_single_line(unit: str) -> None:
    results = bounded(f"1 MB line of {unit!r}", _steps, one_mb_line(unit))
    for result in results.values():
        check(result)


def test_a_1mb_single_line_through_analyse(tmp_path: Path) -> None:
    # jieba reads at most topics.KEYWORD_TEXT_LIMIT characters of it
    result = bounded("1 MB line, analysed", analysed, write(tmp_path, "line.txt", one_mb_line(SENTENCE).encode()))
    check(result)
    assert "数字经济" in result["keywords"]
    assert result["paragraphs"] == 1


def _datelines(lines: list[str]) -> int:
    return sum(match_dateline(line) is not None for line in lines)


def test_a_line_of_outlet_suffixes_is_not_exponential() -> None:
    # regression: "报" * 40 took 43 s in the dateline regex (each split into outlets tried)
    lines = [unit * n for unit in ("报", "新闻网", "网社", "报和", "a报", "网1") for n in (20, 40, 80)]
    assert bounded("dateline on outlet suffixes", _datelines, lines) == 0
    assert match_dateline("中国经济导报、中国发展网讯") and match_dateline("新民晚报讯（记者 宋宁华）")


# --- deeply nested tags -------------------------------------------------------------------------

N = 100_000
NESTED = {
    "div": "<div>" * N + SENTENCE + "</div>" * N,
    "b": "<b>" * N + SENTENCE + "</b>" * N,
    "unclosed div b": "<div><b>" * N + SENTENCE,
    "ul li": "<ul><li>" * N + SENTENCE,
    "table": "<table><tr><td>" * (N // 3) + SENTENCE,
    "blockquote": "<blockquote>" * N + SENTENCE,
    "svg": "<svg>" + "<g>" * N + "</svg><p>" + SENTENCE,
}


@pytest.mark.parametrize("markup", NESTED.values(), ids=NESTED.keys())
def test_deeply_nested_tags_are_flattened_and_reported(tmp_path: Path, markup: str) -> None:
    page = f"<html><body>{markup}</body></html>"
    result = bounded(f"{N:,} nested tags", analysed, write(tmp_path, "deep.html", page.encode()))
    check(result)
    assert "truncated" in result["problems"]
    assert any(str(MAX_DEPTH) in m for m in result["messages"])
    assert "3000亿元" in result["head"] or SENTENCE[:10] in result["head"]  # the text is kept


def test_formatting_left_open_across_blocks_does_not_multiply(tmp_path: Path) -> None:
    # HTML re-opens an unclosed <font> inside every later block: 20,000 of them,
    # each with its own attributes, made a tree 20,000 deep with 200 million nodes.
    page = "<html><body>" + "".join(f'<font size="{i}"><p>第{i}段。' for i in range(20_000)) + "</body></html>"
    result = bounded("20,000 unclosed <font>", analysed, write(tmp_path, "font.html", page.encode()))
    check(result)
    assert result["paragraphs"] >= 20_000
    assert "truncated" not in result["problems"]  # nothing deep: nothing flattened


# --- front matter -------------------------------------------------------------------------------


def test_yaml_alias_bombs_are_refused(tmp_path: Path) -> None:
    # "billion laughs": nine levels of nine aliases is 9**9 strings when walked
    laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
    )
    for name, header in (
        ("laughs", laughs + "title: *a9\n"),
        ("cycle", "title: &t [*t]\n"),
        ("deep", "title: " + "[" * 400 + "x" + "]" * 400 + "\n"),
    ):
        text = f"---\n{header}---\n{SENTENCE}\n"
        result = bounded(f"YAML {name}", analysed, write(tmp_path, f"{name}.md", text.encode()))
        check(result)
        assert result["problems"] == ["front_matter"]
        assert result["head"].startswith("据统计")
