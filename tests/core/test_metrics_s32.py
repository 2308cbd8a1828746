"""Session 32 (issue 19): figure_metrics converts a text's clauses to Simplified in one OpenCC call and memoises the
subject readers; the answers are the ones each figure's own conversion gives."""

from __future__ import annotations

from briefreader import metrics
from briefreader.figures import extract_figures
from briefreader.hanzi import to_simplified

TEXTS = [
    "本市软件和信息服务业营业收入达到1.5万亿元，同比增长13%。其中，网络零售额增长8.2%。",
    "香港與內地官員11名出席會議，營業額達到3000億元，比上年增長5.5%；出口總值1200億元。",  # Traditional clauses
    "東部、中部、西部地區實際使用外資分別增長1.2%、3.4%和5.6%\n培育10家以上具有國際競爭力的創新型頭部企業",
    "乾隆年間的數據：後來的麵粉價格上漲了20%，\x00発電量增加30億千瓦時",  # a NUL, a kept character
    "猪肉价格上涨1.4%，影响CPI上涨约0.02个百分点。",
]


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in extract_figures(text)] + [(3, 5), (0, 2), (len(text) - 2, len(text))]


def test_clauses_at_once_are_each_clause_converted_alone() -> None:
    for text in TEXTS:
        spans = _spans(text)
        at_once = metrics._clauses(text, spans)
        for start, end in spans:
            left, right = metrics._raw_clause(text, start, end)
            assert at_once[(start, end)] == (to_simplified(left), to_simplified(right)), (text, start, end)
            assert "\n" not in left + right


def test_a_lone_surrogate_converts_each_clause_alone() -> None:
    text = "營業額達到3000億元\ud800，比上年增長5.5%"
    spans = [(5, 12), (19, 23)]
    at_once = metrics._clauses(text, spans)
    for start, end in spans:
        left, right = metrics._raw_clause(text, start, end)
        assert at_once[(start, end)] == (to_simplified(left), to_simplified(right))


def test_figure_metrics_are_the_same_without_the_clauses_at_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The clauses known for one text are used for that text only, and only while its metrics are read; with none
    known (each clause converted where it is read, nothing memoised) every metric is the same."""
    at_once = []
    for text in TEXTS:
        at_once.append(metrics.figure_metrics(text, extract_figures(text)))
        assert getattr(metrics._known, "clauses", None) is None
    assert at_once[0][0] == "软件和信息服务业营收"
    monkeypatch.setattr(metrics, "_clauses", lambda text, spans: {})
    for name in ("_subject_left", "_subject_right"):
        monkeypatch.setattr(metrics, name, getattr(metrics, name).__wrapped__)
    assert [metrics.figure_metrics(text, extract_figures(text)) for text in TEXTS] == at_once
