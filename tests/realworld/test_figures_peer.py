"""Guards figures against peer suites (cn2an, JioNLP, Duckling ZH), adapted as data in tests/data/figures/.

Each file's header records its source repository, path and commit, and the
conventions in which briefreader's expected value differs from the peer's. Cases
marked ``out_of_scope`` carry their reason and are not scored. The bar: at least 95%
of the in-scope cases pass; the failures are listed when it is not met.

The peer2 suites (NeMo-text-processing zh, chinese2digits, WeTextProcessing) came later, as
an estimate of how the figures score on suites nobody tuned them on: their data was committed
before briefreader first ran on it (49d5faf6), and that first score is each suite's floor
(PEER2_FLOORS), not the 95% bar, which two of them did not meet. Raise a floor when a general
fix lifts it; never fit a case of them one by one.

The peer3 suites (PaddleSpeech's text-normalization test cases, nzh, chinese-number) are session 40's
estimate, for the same reason: the peer2 suites have since been read by kind. Their data landed before
briefreader first ran on it (67e8ebe1); that first score is each one's floor (PEER3_FLOORS), and two of
them did not meet the 95% bar. The same rules hold.

The peer4 suites are session 41's estimate from lineages none of the earlier ones descends from (no
text-normalisation suite): Hutool's Chinese-number and RMB-amount tests (a Java utility library) and an
extraction crawler's field tests on sentences of mainland statistical bulletins, where every money and
percent figure of a sentence is gold, so a figure listed beyond them fails it too. Their data landed before
briefreader first ran on it (b67732f4); that first score is each one's floor (PEER4_FLOORS).

The peer5 suite is session 42's estimate, again from new lineages: SmoothNLP's unit tests (a Chinese NLP
toolkit's segmentation, NER, subject and number-phrase tests), written on real headlines of mainland tech and
finance news, every figure of a headline gold and the headlines where nothing may be listed too; and FewFC, an
event-extraction corpus of mainland financial news and announcements (every money and percent figure of its
first 30 sentences with a marked amount, and every money, percent and count figure of the first 30 of its
stake, pledge and share-sale set). Their data landed before briefreader first ran on them (cb1024df, 6bcb3579,
75b07d26); that first score is each one's floor (PEER5_FLOORS). The same rules hold.

The peer6 suite is session 43's estimate, from a lineage of general news: DuEE 1.0, Baidu's sentence-level
event-extraction corpus (layoffs, collapses and explosions with their tolls, rate moves, price cuts, protests,
deals, fines and funding rounds), the first six sentences marking each figure role, every money, percent,
area and count figure of a sentence gold. Its data landed before briefreader first ran on it (36535c38);
that first score is its floor (PEER6_FLOORS). The same rules hold.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from briefreader.figures import extract_figures, parse_number

DATA = Path(__file__).resolve().parents[1] / "data" / "figures"
PEER_FILES = sorted(DATA.glob("peer_*.toml"))
PEER2_FILES = sorted(DATA.glob("peer2_*.toml"))
PEER3_FILES = sorted(DATA.glob("peer3_*.toml"))
PEER4_FILES = sorted(DATA.glob("peer4_*.toml"))
PEER5_FILES = sorted(DATA.glob("peer5_*.toml"))
PEER6_FILES = sorted(DATA.glob("peer6_*.toml"))
# (passed, in scope) of each peer2 suite's first score, session 39, on 49d5faf6's code, raised as general fixes lift
# them (s39: a minus before a percent in words, nemo 370 -> 374; s40: decimals in words with scale words, signed
# fractions, 一百分之, 千 of 千克/千瓦时 after numerals in words, 一点五元, 卖5块一份: c2d 25 -> 26, nemo 374 -> 400,
# wetext 124 -> 129). WeTextProcessing's strings partly appear in issue 13, so it is not an untuned estimate.
PEER2_FLOORS = {
    "peer2_chinese2digits": (26, 26),
    "peer2_nemo": (400, 409),
    "peer2_wetext": (129, 134),
}
# (passed, in scope) of each peer3 suite's first score, session 40, blind, on a copy of 67e8ebe1 (the data's commit);
# raised only as general fixes lift them (s41, 13-dev, from the peer's kinds, no case read: small sums in words no word
# is part of - 壹元, 人民币一元, 一元五角 -, financial numerals folded as a run, improper fractions in words, 有N/M的 + a
# crowd, 价格 naming a sum, 1个人, 朵/束/枝/盆, place names run together before their number, 平方厘米:
# nzh 41 -> 49, paddlespeech 198 -> 207).
PEER3_FLOORS = {
    "peer3_chinese_number": (40, 40),
    "peer3_nzh": (49, 50),
    "peer3_paddlespeech": (207, 210),
}
# (passed, in scope) of each peer4 suite's first score, session 41, blind, on a copy of b67732f4 (the data's commit);
# raised only as general fixes lift them, never case by case (s41, 13-dev: the grammar built on peer3's kinds, before
# any peer4 case was seen by 13-dev, lifted hutool 66 -> 73; the tail of a numeral too long to read no sum and 一元整
# read: 73 -> 74).
PEER4_FLOORS = {
    "peer4_bulletins": (68, 69),
    "peer4_hutool": (74, 78),
}
# (passed, in scope) of each peer5 file's first score, session 42, blind, on its data's commit (smoothnlp cb1024df,
# fewfc 6bcb3579, fewfc_base 75b07d26; no case of them had been read by anyone developing the figures). Raised only
# as general fixes lift them, never case by case.
PEER5_FLOORS = {
    "peer5_fewfc": (29, 30),
    "peer5_fewfc_base": (30, 30),
    "peer5_smoothnlp": (90, 97),
}
# (passed, in scope) of the peer6 file's first score, session 43, blind, on its data's commit (36535c38; no case of it
# had been read by anyone developing the figures). Raised only as general fixes lift it, never case by case.
PEER6_FLOORS = {
    "peer6_duee": (42, 47),
}
BAR = 0.95
DEFAULT_KINDS = ("money", "percent", "area", "count", "ratio", "date")


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _matches(fig: Any, want: dict[str, Any]) -> bool:
    if fig.kind != want["kind"] or fig.unit != want.get("unit", fig.unit):
        return False
    if not _close(fig.value, want["value"]):
        return False
    for key in ("low", "high"):
        if key in want and not _close(getattr(fig, key), want[key]):
            return False
    return all(getattr(fig, key) == want[key] for key in ("qualifier", "en") if key in want)


def check_case(case: dict[str, Any], default_kinds: tuple[str, ...] = DEFAULT_KINDS) -> str | None:
    """None when the case passes, else what went wrong."""
    kinds = case.get("kinds", default_kinds)
    got = [f for f in extract_figures(case["text"], region=case.get("region")) if f.kind in kinds]
    wanted = list(case["figures"])
    unmatched = list(got)
    for want in wanted:
        hit = next((f for f in unmatched if _matches(f, want)), None)
        if hit is None:
            return f"{case['text']!r}: missing {want}; got {[(f.kind, f.value, f.unit, f.qualifier, f.low, f.high, f.en) for f in got]}"
        unmatched.remove(hit)
    if unmatched:
        return f"{case['text']!r}: extra {[(f.kind, f.text, f.value, f.unit, f.en) for f in unmatched]}"
    return None


def check_number(case: dict[str, Any]) -> str | None:
    got = parse_number(case["text"])
    want = case["value"]
    ok = got is None if want == "none" else got is not None and _close(got, float(want))
    return None if ok else f"parse_number({case['text']!r}) = {got}, want {want}"


def run_suite(paths: list[Path] = PEER_FILES) -> tuple[int, int, int, list[str]]:
    """(in-scope cases, passed, out of scope, failures) over the peer files."""
    total = passed = out = 0
    failures: list[str] = []
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        kinds = tuple(data.get("default_kinds", DEFAULT_KINDS))
        for key, check in (("case", lambda c: check_case(c, kinds)), ("number", check_number)):
            for case in data.get(key, []):
                if "out_of_scope" in case:
                    out += 1
                    continue
                total += 1
                problem = check(case)
                if problem is None:
                    passed += 1
                else:
                    failures.append(f"{path.name}: {problem}")
    return total, passed, out, failures


def test_peer_files_have_provenance_and_reasons() -> None:
    assert len(PEER_FILES) >= 3
    for path in PEER_FILES:
        text = path.read_text(encoding="utf-8")
        assert "github.com/" in text and "commit" in text, f"{path.name}: no provenance header"
        data = tomllib.loads(text)
        for case in data.get("case", []) + data.get("number", []):
            if "out_of_scope" in case:
                assert len(case["out_of_scope"]) > 10, case


def test_peer2_files_have_provenance_reasons_and_floors() -> None:
    assert {p.stem for p in PEER2_FILES} == set(PEER2_FLOORS)
    for path in PEER2_FILES:
        text = path.read_text(encoding="utf-8")
        assert "github.com/" in text and "commit" in text, f"{path.name}: no provenance header"
        data = tomllib.loads(text)
        for case in data.get("case", []) + data.get("number", []):
            if "out_of_scope" in case:
                assert len(case["out_of_scope"]) > 10, case


@pytest.mark.parametrize("path", PEER2_FILES, ids=lambda p: p.stem)
def test_each_peer2_suite_keeps_its_first_score(path: Path) -> None:
    total, passed, _, failures = run_suite([path])
    floor, scored = PEER2_FLOORS[path.stem]
    assert total == scored, f"{path.name}: {total} cases in scope, the floor was set on {scored}"
    assert passed >= floor, f"{passed}/{total}, floor {floor}\n" + "\n".join(failures)


def test_peer3_files_have_provenance_reasons_and_floors() -> None:
    assert {p.stem for p in PEER3_FILES} == set(PEER3_FLOORS)
    for path in PEER3_FILES:
        text = path.read_text(encoding="utf-8")
        assert "github.com/" in text and "commit" in text, f"{path.name}: no provenance header"
        data = tomllib.loads(text)
        for case in data.get("case", []) + data.get("number", []):
            if "out_of_scope" in case:
                assert len(case["out_of_scope"]) > 10, case


@pytest.mark.parametrize("path", PEER3_FILES, ids=lambda p: p.stem)
def test_each_peer3_suite_keeps_its_first_score(path: Path) -> None:
    total, passed, _, failures = run_suite([path])
    floor, scored = PEER3_FLOORS[path.stem]
    assert total == scored, f"{path.name}: {total} cases in scope, the floor was set on {scored}"
    assert passed >= floor, f"{passed}/{total}, floor {floor}\n" + "\n".join(failures)


def test_peer4_files_have_provenance_reasons_and_floors() -> None:
    assert {p.stem for p in PEER4_FILES} == set(PEER4_FLOORS)
    for path in PEER4_FILES:
        text = path.read_text(encoding="utf-8")
        provenance = "github.com/" in text and "commit" in text and "licen" in text.lower()
        assert provenance, f"{path.name}: no provenance header (repository, commit, licence)"
        data = tomllib.loads(text)
        for case in data.get("case", []) + data.get("number", []):
            if "out_of_scope" in case:
                assert len(case["out_of_scope"]) > 10, case


@pytest.mark.parametrize("path", PEER4_FILES, ids=lambda p: p.stem)
def test_each_peer4_suite_keeps_its_first_score(path: Path) -> None:
    total, passed, _, failures = run_suite([path])
    floor, scored = PEER4_FLOORS[path.stem]
    assert total == scored, f"{path.name}: {total} cases in scope, the floor was set on {scored}"
    assert passed >= floor, f"{passed}/{total}, floor {floor}\n" + "\n".join(failures)


def test_peer5_files_have_provenance_reasons_and_floors() -> None:
    assert {p.stem for p in PEER5_FILES} == set(PEER5_FLOORS)
    for path in PEER5_FILES:
        text = path.read_text(encoding="utf-8")
        provenance = "github.com/" in text and "commit" in text and "licen" in text.lower()
        assert provenance, f"{path.name}: no provenance header (repository, commit, licence)"
        data = tomllib.loads(text)
        for case in data.get("case", []) + data.get("number", []):
            if "out_of_scope" in case:
                assert len(case["out_of_scope"]) > 10, case


@pytest.mark.parametrize("path", PEER5_FILES, ids=lambda p: p.stem)
def test_each_peer5_suite_keeps_its_first_score(path: Path) -> None:
    total, passed, _, failures = run_suite([path])
    floor, scored = PEER5_FLOORS[path.stem]
    assert total == scored, f"{path.name}: {total} cases in scope, the floor was set on {scored}"
    assert passed >= floor, f"{passed}/{total}, floor {floor}\n" + "\n".join(failures)


def test_peer6_files_have_provenance_reasons_and_floors() -> None:
    assert {p.stem for p in PEER6_FILES} == set(PEER6_FLOORS)
    for path in PEER6_FILES:
        text = path.read_text(encoding="utf-8")
        provenance = "github.com/" in text and "commit" in text and "licen" in text.lower()
        assert provenance, f"{path.name}: no provenance header (repository, commit, licence)"
        data = tomllib.loads(text)
        for case in data.get("case", []) + data.get("number", []):
            if "out_of_scope" in case:
                assert len(case["out_of_scope"]) > 10, case


@pytest.mark.parametrize("path", PEER6_FILES, ids=lambda p: p.stem)
def test_each_peer6_suite_keeps_its_first_score(path: Path) -> None:
    total, passed, _, failures = run_suite([path])
    floor, scored = PEER6_FLOORS[path.stem]
    assert total == scored, f"{path.name}: {total} cases in scope, the floor was set on {scored}"
    assert passed >= floor, f"{passed}/{total}, floor {floor}\n" + "\n".join(failures)


@pytest.mark.parametrize("path", PEER_FILES, ids=lambda p: p.stem)
def test_each_peer_suite_meets_the_bar(path: Path) -> None:
    total, passed, _, failures = run_suite([path])
    assert total and passed / total >= BAR, f"{passed}/{total}\n" + "\n".join(failures)


def test_all_peer_suites_meet_the_bar() -> None:
    total, passed, out, failures = run_suite()
    assert total >= 300
    assert passed / total >= BAR, f"{passed}/{total} ({out} out of scope)\n" + "\n".join(failures)


if __name__ == "__main__":  # python tests/realworld/test_figures_peer.py: the table for the notes
    for p in PEER_FILES + PEER2_FILES + PEER3_FILES + PEER4_FILES + PEER5_FILES + PEER6_FILES:
        t, ok, o, fails = run_suite([p])
        print(f"{p.stem:<28} {ok:>4}/{t:<4} in scope pass ({ok / t:.1%}), {o} out of scope")
        for f in fails:
            print("   ", f)
