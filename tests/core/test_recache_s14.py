"""recache: compiled regular expressions kept between runs (issue 19, `show ID`).

Each check runs in a fresh interpreter: installing swaps ``re``'s compile for the whole
process, and a second run has to read what the first one wrote.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefreader import recache

pytestmark = pytest.mark.skipif(recache.file_for(Path(".")) is None, reason="another Python's regex engine")

# Tables like the pipeline's: named groups, flags, lookarounds, wide classes, bytes.
PATTERNS = r"""
PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万|亿)?元", 0),
    (r"(?<![0-9a-z])ai(?![0-9a-z])", re.I),
    (r"[\u4e00-\u9fff\u3400-\u4dbf]+|(?:(?![\u4e00-\u9fff])[^\W_])+", 0),
    (r"^\s{0,3}#{1,6}\s+", re.M),
    (r"(?i)<meta\b[^>]*\bcontent=[\"']?([^\"'>]+)", 0),
    (r"人次|户次|剂次|辆次|场次|批次|部门|项目|架次|艘次", 0),
    (b"\\x00+|[\\x80-\\xff]{2}", 0),
    (r"(a)(b)?(?P<c>c)|d", re.X | re.S),
]
TEXTS = ["投资12.5亿元，其中AI占3万元", "aigc AI手机 ai", "# 标题\n  ## 二级", "<META content='x'>",
         "人次项目架次", "abc d ab", "hello"]
def show(p):
    out = [p.pattern, int(p.flags), p.groups, dict(p.groupindex)]
    for t in TEXTS if isinstance(p.pattern, str) else [t.encode() for t in TEXTS] + [b"a\x00\x00\xe4\xb8"]:
        out.append([m.span() + m.groups() for m in p.finditer(t)])
    return out
"""


def _run(folder: Path, body: str) -> str:
    script = "import re, sys\nfrom pathlib import Path\nfrom briefreader import recache\n" + PATTERNS
    script += textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_patterns_from_the_file_are_the_standard_ones(tmp_path: Path) -> None:
    first = _run(
        tmp_path,
        """
        assert recache.install(Path(sys.argv[1]))
        for p, f in PATTERNS:
            re.compile(p, f)
        """,
    )
    assert first == ""
    kept = recache.read(recache.file_for(tmp_path))  # type: ignore[arg-type]
    assert len(kept) == 8
    second = _run(
        tmp_path,
        """
        assert recache.install(Path(sys.argv[1]))
        for p, f in PATTERNS:
            cached = re.compile(p, f)
            fresh = recache._STANDARD(p, f)
            assert show(cached) == show(fresh), p
        print(len(recache._used), recache._added)
        """,
    )
    assert second.split() == ["8", "0"]  # all eight read from the file, none compiled again


def test_a_damaged_file_or_entry_is_compiled_afresh(tmp_path: Path) -> None:
    _run(tmp_path, "recache.install(Path(sys.argv[1]))\nfor p, f in PATTERNS: re.compile(p, f)\n")
    path = recache.file_for(tmp_path)
    assert path is not None
    kept = recache.read(path)
    for key, (flags, program, groups, groupindex, indexgroup) in list(kept.items())[:4]:
        kept[key] = (flags, program[: len(program) // 2] + b"\xff\xff\xff\x7f", groups, groupindex, indexgroup)
    kept[("x", 0)] = "not an entry"
    recache.write(path, kept)  # entries damaged, the file's digest right: _sre's validation refuses them
    out = _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        for p, f in PATTERNS:
            assert show(re.compile(p, f)) == show(recache._STANDARD(p, f)), p
        print(recache._added)
        """,
    )
    assert out.split() == ["4"]  # the four damaged ones made again (and written back)
    path.write_bytes(b"\x00garbage")
    out = _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        for p, f in PATTERNS:
            assert show(re.compile(p, f)) == show(recache._STANDARD(p, f)), p
        print(recache._added)
        """,
    )
    assert out.split() == ["8"]
    assert len(recache.read(path)) == 8


def test_a_file_changed_after_it_was_written_is_not_read(tmp_path: Path) -> None:
    # review s14 R5: one literal changed in a stored program still passed _sre's validation and matched another
    # text (国务院 -> 国务阮); the digest in front of the file refuses the whole file
    _run(tmp_path, "recache.install(Path(sys.argv[1]))\nre.compile('国务院(\\\\d+)')\n")
    path = recache.file_for(tmp_path)
    assert path is not None
    data = path.read_bytes()
    院, 阮 = "院".encode("utf-32-le"), "阮".encode("utf-32-le")  # a literal in the program: one code word
    assert data.count(院) >= 1  # (the prefix check and the literal)
    path.write_bytes(data.replace(院, 阮))
    assert recache.read(path) == {}
    out = _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        p = re.compile('国务院(\\\\d+)')
        print(bool(p.search('国务院12')), bool(p.search('国务阮12')), recache._added)
        """,
    )
    assert out.split() == ["True", "False", "1"]


def test_one_off_searches_are_not_written_down(tmp_path: Path) -> None:
    _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        re.compile("kept[0-9]+")
        assert re.search("一个简报里的句子", "这是一个简报里的句子。")
        assert re.findall(re.escape("来源名") + "(?!区)", "来源名")
        """,
    )
    path = recache.file_for(tmp_path)
    assert path is not None
    assert [k for k, _ in recache.read(path)] == ["kept[0-9]+"]


def test_the_file_keeps_at_most_limit_patterns(tmp_path: Path) -> None:
    _run(tmp_path, "recache.install(Path(sys.argv[1]))\nfor n in range(6): re.compile(f'old{n}')\n")
    _run(
        tmp_path,
        """
        recache.LIMIT = 6
        recache.install(Path(sys.argv[1]))
        re.compile("old1")
        re.compile("new")
        """,
    )
    path = recache.file_for(tmp_path)
    assert path is not None
    assert sorted(k for k, _ in recache.read(path)) == ["new", "old1"]  # what the last run used


def test_nothing_is_written_when_nothing_is_new(tmp_path: Path) -> None:
    body = "recache.install(Path(sys.argv[1]))\nfor p, f in PATTERNS: re.compile(p, f)\n"
    _run(tmp_path, body)
    path = recache.file_for(tmp_path)
    assert path is not None
    os.utime(path, ns=(10**18, 10**18))
    _run(tmp_path, body)
    assert path.stat().st_mtime_ns == 10**18
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary left


def test_show_and_figures_read_the_same_with_the_kept_patterns(cli_env: Path) -> None:
    """`show ID` and `figures ID` in fresh processes: the first run writes the patterns
    in the cache folder, the second reads them and prints the same; --no-cache writes
    nothing and prints the same again."""

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "briefreader", *args], capture_output=True, text=True, check=False, timeout=300
        )
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return done.stdout

    path = recache.file_for(cli_env / "cache")
    assert path is not None
    first = [run("show", "004_bbc993df6f2fe461"), run("figures", "000_6725c00bccd9a398")]
    assert path.exists()
    assert [run("show", "004_bbc993df6f2fe461"), run("figures", "000_6725c00bccd9a398")] == first
    path.unlink()
    assert [
        run("--no-cache", "show", "004_bbc993df6f2fe461"),
        run("--no-cache", "figures", "000_6725c00bccd9a398"),
    ] == first
    assert not path.exists()
    assert "张江" in first[0] and first[1].strip()
