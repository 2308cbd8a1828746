"""A limited figure scan's candidate budget (figures.extract._CANDIDATES_PER_FIGURE, _CANDIDATE_FLOOR) bounds the
time a text of numbers that are no figures costs, and never hides a figure in silence (review s46 R4)."""

from __future__ import annotations

from briefreader.figures import extract_figures
from briefreader.figures.extract import _CANDIDATE_FLOOR, scan_figures
from briefreader.ingest import CUT_FIGURES, TRUNCATED_FIGURES, document_figures


def _regulation(articles: int) -> str:
    text = "".join(f"第{i}条 本办法所称单位，是指依法设立的机构。\n" for i in range(1, articles))
    return text + f"第{articles}条 对违反规定的，处以5000元罚款。\n"


def test_a_short_limit_still_reaches_the_first_figure():
    text = _regulation(300)  # 300 articles' numbers before the one fine: past limit * 10 for every small limit
    for limit in (1, 5, 20):
        figures, complete = scan_figures(text, region="mainland", limit=limit)
        assert [f.text for f in figures] == ["5000元"] and complete, limit


def test_a_scan_cut_by_the_budget_says_so_and_ingest_names_it():
    text = _regulation(_CANDIDATE_FLOOR + 500)  # every article number a candidate, the fine after the floor
    figures, complete = scan_figures(text, region="mainland", limit=5)
    assert figures == [] and not complete
    got, problem = document_figures(text, "", "hans", text, "")
    assert got == [] and problem is CUT_FIGURES and problem.kind == "truncated"
    assert [f.text for f in extract_figures(text, region="mainland")] == ["5000元"]  # unlimited: read to the end


def test_more_figures_than_the_limit_is_the_older_problem():
    text = "".join(f"第{i}项投入{i}万元。\n" for i in range(1, 1100))
    got, problem = document_figures(text, "", "hans", text, "")
    assert len(got) == 1000 and problem is TRUNCATED_FIGURES


def test_a_whole_text_read_has_no_problem():
    text = _regulation(60)
    got, problem = document_figures(text, "", "hans", text, "")
    assert [f.text for f in got] == ["5000元"] and problem is None


def test_one_figure_restated_a_megabyte_long_is_read_only_to_the_budget():
    text = "“文创50条”" * 150_000  # ~1 MB: each a restatement, none listed, the limit never reached
    figures, complete = scan_figures(text, region="mainland", limit=1001)
    assert not complete  # stopped at the budget (~0.6 s of CPU), not after all 150,000 candidates (~5 s a pass)
    assert len(figures) <= 1


def test_figures_stdin_says_a_cut_scan(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[2] / "src"
    text = _regulation(_CANDIDATE_FLOOR + 500)
    run = subprocess.run(
        [sys.executable, "-m", "briefreader", "figures", "--stdin", "--limit", "5"],
        input=text.encode(),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(src), "HOME": str(tmp_path)},
        timeout=300,
        check=False,
    )
    assert run.returncode == 0 and "too many numbers" in run.stderr.decode()
