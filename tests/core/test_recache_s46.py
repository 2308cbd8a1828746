"""recache reads an entry when its pattern is compiled, not the whole file at install (issue 19, session 46).

A reader's start compiles ~90 of the file's ~1,300 patterns; reading, checking and unmarshalling all of them
cost ~10 ms of the first paint (install: ~11 ms -> ~2.5 ms of CPU). Each entry is checked by its own digest and
used only for the pattern and flags it holds. Each check runs in a fresh interpreter, as in test_recache_s14.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefreader import recache

pytestmark = pytest.mark.skipif(recache.file_for(Path(".")) is None, reason="another Python's regex engine")

PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万|亿)?元", 0),
    (r"国务院(\d+)", 0),
    (r"人次|户次|剂次|辆次", 0),
    (r"(?<![0-9a-z])ai(?![0-9a-z])", 2),  # re.I
    (r"^\s{0,3}#{1,6}\s+", 8),  # re.M
    ("a", 0),
]
TEXTS = ["投资12.5亿元，其中AI占3万元", "国务院12 国务阮12", "人次户次", "aigc AI手机 ai", "# 标题\n  ## 二级", "abc"]


def _run(folder: Path, body: str) -> str:
    script = (
        "import re, sys\nfrom pathlib import Path\nfrom briefreader import recache\n"
        f"PATTERNS = {PATTERNS!r}\nTEXTS = {TEXTS!r}\n"
        "def show(p):\n"
        "    return [p.pattern, int(p.flags), p.groups, dict(p.groupindex)] + [[m.span() + m.groups() for m in"
        " p.finditer(t)] for t in TEXTS]\n"
    )
    script += textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _fill(folder: Path) -> Path:
    _run(folder, "recache.install(Path(sys.argv[1]))\nfor p, f in PATTERNS: re.compile(p, f)\n")
    path = recache.file_for(folder)
    assert path is not None and len(recache.read(path)) == len(PATTERNS)
    return path


def test_install_reads_no_entry_and_a_compile_reads_its_own(tmp_path: Path) -> None:
    _fill(tmp_path)
    out = _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        print(len(recache._known), len(recache._contents))
        for p, f in PATTERNS[:2]:
            assert show(re.compile(p, f)) == show(recache._STANDARD(p, f)), p
        print(len(recache._known), sorted(recache._known) == sorted(PATTERNS[:2]), recache._added)
        """,
    )
    assert out.split() == ["0", str(len(PATTERNS)), "2", "True", "0"]


def test_a_damaged_entry_is_compiled_afresh_and_the_others_are_read(tmp_path: Path) -> None:
    path = _fill(tmp_path)
    data = bytearray(path.read_bytes())
    contents, start = recache._contents_of(bytes(data))
    offset, length, _ = contents[recache._key_digest(PATTERNS[1])]
    entry = bytes(data[start + offset : start + offset + length])
    院, 阮 = "院".encode("utf-32-le"), "阮".encode("utf-32-le")  # a literal of the program: one code word
    assert 院 in entry
    data[start + offset : start + offset + length] = entry.replace(院, 阮)
    path.write_bytes(bytes(data))  # the table of contents (and its digest) unchanged: only the entry's digest fails
    out = _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        for p, f in PATTERNS:
            assert show(re.compile(p, f)) == show(recache._STANDARD(p, f)), p
        print(bool(re.compile(PATTERNS[1][0]).search('国务阮12')), recache._added, len(recache._known))
        """,
    )
    assert out.split() == ["False", "1", str(len(PATTERNS))]


def test_an_entry_is_used_only_for_the_pattern_it_holds(tmp_path: Path) -> None:
    # the table of contents names an entry by a digest of its key; were two names crossed (or two keys to
    # collide), the entry's own key decides: 国务院 is not answered with the program of 人次|户次…
    path = _fill(tmp_path)
    data = path.read_bytes()
    contents, start = recache._contents_of(data)
    a, b = recache._key_digest(PATTERNS[1]), recache._key_digest(PATTERNS[2])
    contents[a], contents[b] = contents[b], contents[a]
    import marshal

    header = marshal.dumps(contents)
    head = recache._MAGIC + recache._digest(header) + len(header).to_bytes(recache._LENGTH, "little") + header
    path.write_bytes(head + data[start:])
    out = _run(
        tmp_path,
        """
        recache.install(Path(sys.argv[1]))
        for p, f in PATTERNS:
            assert show(re.compile(p, f)) == show(recache._STANDARD(p, f)), p
        print(recache._added)
        """,
    )
    assert out.split() == ["2"]  # both crossed entries compiled afresh
    # read whole at exit (save), the file with crossed entries was refused and written again: the next run
    # compiles nothing
    assert len(recache.read(path)) == len(PATTERNS)
    again = "recache.install(Path(sys.argv[1]))\nfor p, f in PATTERNS: re.compile(p, f)\nprint(recache._added)\n"
    assert _run(tmp_path, again).split() == ["0"]


def test_write_then_read_gives_the_table_back(tmp_path: Path) -> None:
    path = tmp_path / "t.marshal"
    table = {("x", 0): (0, b"\x01\x02", 0, {}, ()), (b"y", 2): (2, b"", 1, {"g": 1}, (None, "g"))}
    recache.write(path, table)
    assert recache.read(path) == table
    assert path.read_bytes().startswith(recache._MAGIC)
    path.write_bytes(path.read_bytes()[:-1])  # cut short: an entry fails, the file is refused
    assert recache.read(path) == {}
