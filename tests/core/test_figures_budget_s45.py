"""The figure scan's candidate budget (s45): with a limit, a text of one figure said over and over reads a bounded
number of candidates, not all of them (test_limits' 1 MB line of "“文创50条" read 268,000, 8 s a pass)."""

from __future__ import annotations

from briefreader.figures import extract, extract_figures


class _Counting:
    """FIGURE_RE with its searches counted."""

    def __init__(self, pattern) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_a_limited_scan_of_one_figure_restated_stops_at_its_budget(monkeypatch) -> None:
    counting = _Counting(extract.FIGURE_RE)
    monkeypatch.setattr(extract, "FIGURE_RE", counting)
    text = "“文创50条" * (extract._CANDIDATE_FLOOR + 5_000) + "。"
    figures = extract_figures(text, limit=10)
    assert len(figures) <= 10
    # s46: the budget is never under _CANDIDATE_FLOOR (a short limit hid figures behind numbers that are none)
    assert counting.searches <= max(10 * extract._CANDIDATES_PER_FIGURE, extract._CANDIDATE_FLOOR) + 1


def test_without_a_limit_every_candidate_is_read(monkeypatch) -> None:
    counting = _Counting(extract.FIGURE_RE)
    monkeypatch.setattr(extract, "FIGURE_RE", counting)
    extract_figures("“文创50条" * 500 + "。")
    assert counting.searches > 500


def test_the_budget_leaves_an_ordinary_text_whole() -> None:
    # 300 different figures in 300 sentences: far under the budget, all listed with a limit as without one
    text = "".join(f"第{i}项投资{i + 1}亿元，增长{i % 90 + 1}%。" for i in range(300))
    assert extract_figures(text, limit=1000) == extract_figures(text)
