"""library._listed_by_path (session 42): the one loop a library's assembly (_assemble) and a
two-pass start's rebuilt problems (SecondPass.run) share. Each briefing's problems are added
in path order, naming its record; only briefings without a fatal problem are listed."""

from __future__ import annotations

from pathlib import Path

from briefreader.library import FileProblem, _listed_by_path
from briefreader.model import Briefing, Problem


def _b(root: Path, name: str, *problems: Problem, entry: str = "", title: str = "") -> Briefing:
    b = Briefing(id=name, path=str(root / name), fingerprint="", title=title or name, text="", problems=list(problems))
    b.entry = entry
    return b


def test_problems_in_path_order_and_fatal_ones_not_listed(tmp_path):
    root = tmp_path
    late = _b(root, "c.txt", Problem("truncated", "cut at 5 MB"))
    dead = _b(root, "a.pdf", Problem("encrypted", "a password"))
    fine = _b(root, "b.md")
    record = _b(root, "d.csv", Problem("corrupt", "row 3"), entry="0001", title="第三行")
    scanned = [FileProblem("x.bin", str(root / "x.bin"), Problem("unsupported", "not a briefing"))]
    problems = list(scanned)
    listed = _listed_by_path([late, record, fine, dead], root, problems)
    # by path; a.pdf (encrypted) and d.csv's record (corrupt) are not listed
    assert [id(b) for b in listed] == [id(fine), id(late)]
    assert problems[0] is scanned[0]  # what was there stays first
    assert [(p.relpath, p.problem.kind, p.entry, p.title) for p in problems[1:]] == [
        ("a.pdf", "encrypted", "", ""),
        ("c.txt", "truncated", "", ""),
        ("d.csv", "corrupt", "0001", "第三行"),
    ]


def test_nothing_found_changes_nothing(tmp_path):
    problems: list[FileProblem] = []
    assert _listed_by_path([], tmp_path, problems) == [] and problems == []
