"""Session 10's new-user pass: bugs found by running briefreader as a new analyst
would (the folder watcher, the CLI), each pinned by a test that fails on the old code."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.config import read_config
from briefreader.library import load_library, refresh_paths

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = sorted((ROOT / "briefings").glob("*.txt"))[0]


@pytest.fixture
def config(tmp_path: Path):
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp_path / "b"
    config.cache_dir = tmp_path / "cache"
    config.briefings.mkdir()
    (config.briefings / "good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    # listed with a problem: nested deeper than the parser's limit
    deep = "<html><body>" + "<div>" * 600 + "<p>嵌套正文，金额5亿元。</p>" + "</div>" * 600 + "</body></html>"
    (config.briefings / "deep.html").write_text(deep, encoding="utf-8")
    (config.briefings / "empty.md").write_text("", encoding="utf-8")  # not listed: a problem only
    return config


def _problems(lib) -> list[tuple[str, str]]:
    return sorted((p.relpath, p.problem.kind) for p in lib.problems)


def test_watcher_change_keeps_each_listed_problem_once(config) -> None:
    """Adding a file while the reader runs (refresh_paths, the watcher's path) showed a
    listed file's problem twice in P and the header's count went up by one per change:
    the old library's problems and the kept entries' own were both kept."""
    load_library(config).close()
    lib = load_library(config)  # warm: from the index
    before = _problems(lib)
    assert ("deep.html", "truncated") in before and ("empty.md", "empty") in before
    added = config.briefings / "added.txt"
    added.write_text("新增简报\n\n深圳今年新增数据中心30个，总投资200亿元。\n", encoding="utf-8")
    lib = refresh_paths(lib, config, [added])
    assert lib is not None
    assert _problems(lib) == before
    added.unlink()
    lib = refresh_paths(lib, config, [added])
    assert lib is not None
    assert _problems(lib) == before
    assert sorted(b.path.rsplit("/", 1)[-1] for b in lib.briefings) == ["deep.html", "good.txt"]


@pytest.mark.parametrize("text", ["營收3000億元", "香港今日營收3000億元", "今年盈餘300億港元"])
def test_a_short_big5_text_is_read_as_big5(text: str) -> None:
    """`printf 營收3000億元 | iconv -t BIG5 | briefreader figures --stdin` printed nothing
    (exit 0): the bytes read as GB18030 too ('犁Μ3000货じ'), every reading scored as
    plausible, and the first codec tried won the tie."""
    from briefreader.ingest.decode import decode_bytes

    assert decode_bytes(text.encode("big5")).text == text
    simplified = "营收3000亿元，同比增长12%"  # GB18030 stays GB18030
    assert decode_bytes(simplified.encode("gb18030")).text == simplified


def test_figures_stdin_reads_short_big5(tmp_path, monkeypatch, capsys) -> None:
    import io
    import sys

    from briefreader.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("營收3000億元".encode("big5"))))
    assert main(["figures", "--stdin"]) == 0
    out = capsys.readouterr().out
    assert "3000億元" in out and "300 bn" in out
