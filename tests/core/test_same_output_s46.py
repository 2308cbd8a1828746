"""benchmarks/same_output.py never reads a held-out folder (issue 19, session 46).

Until session 46 it refused folders named ``heldoutNN`` only, by a pattern of its own: held-out figure sets
(figures55, figures56, ...) had to be named by hand with ``--refuse``, a folder holding a held-out split was read
whole (its held-out subfolder with it), and the retired splits that keep their old folder names (heldout/,
heldout2/ ... heldout11/ are dev-retired ... dev-retired11) were refused as if held. It now reads the held-out
splits from where they are declared: scripts/score_realworld.py (HELD_OUT, FOLDER) and the figure sets' table
(tests/realworld/test_figures_sets.py, a row's ``held``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import same_output  # noqa: E402

REALWORLD = ROOT / "tests" / "data" / "realworld"


@pytest.fixture(scope="module")
def tables() -> tuple[object, object]:
    scorer = same_output._module(ROOT / "scripts/score_realworld.py", "_test_scorer")
    sys.path.insert(0, str(ROOT / "tests/realworld"))
    sets = same_output._module(ROOT / "tests/realworld/test_figures_sets.py", "_test_figure_sets")
    return scorer, sets


def test_every_held_out_split_and_figure_set_is_refused(tables: tuple[object, object]) -> None:
    scorer, sets = tables
    held = same_output.held_out()
    text = [scorer.FOLDER.get(s, s) for s in scorer.HELD_OUT]  # type: ignore[attr-defined]
    figures = [row.folder for row in sets.SETS if row.held]  # type: ignore[attr-defined]
    assert text and figures  # the tables were read, not an empty default
    for folder in text + figures:
        assert held.refused(folder), folder
    # a folder the tables have not named yet (a corpus helper's new split or set) is held too
    assert held.refused("heldout999") and held.refused("figures999")


def test_development_folders_are_read(tables: tuple[object, object]) -> None:
    scorer, _ = tables
    held = same_output.held_out()
    dev = [scorer.FOLDER.get(s, s) for s in scorer.SPLITS if s not in scorer.HELD_OUT]  # type: ignore[attr-defined]
    assert "heldout" in dev and "heldout2" in dev  # retired splits that keep their held-out folder names
    for folder in dev:
        assert not held.refused(folder), folder
    # every folder of the corpus on disk is either development or refused, by the tables' word
    for d in REALWORLD.iterdir():
        if d.is_dir():
            assert held.refused(d.name) != (d.name in held.development), d.name


def _tree(root: Path, held_text: str, held_set: str) -> None:
    for rel in (
        "dev/a.txt",
        "heldout/b.txt",  # dev-retired's folder: read
        f"{held_text}/c.txt",
        f"{held_text}/inner/d.html",
        f"{held_set}/SOURCES.md",
        "heldout999/e.txt",
        "figures999/f.md",
        "figures2/g.md",  # a development figure set: read
        "dev/private/h.txt",
    ):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("标题\n正文。", encoding="utf-8")


def test_a_folder_that_holds_held_out_ones_is_read_without_them(tmp_path: Path) -> None:
    held = same_output.held_out()
    held_text = sorted(h for h in held.held if h.startswith("heldout"))[0]
    held_set = sorted(h for h in held.held if h.startswith("figures") and h[7:].isdigit())[0]
    _tree(tmp_path, held_text, held_set)
    got = [p.relative_to(tmp_path).as_posix() for p in same_output.files_of(tmp_path, held, {"private"})]
    assert got == ["dev/a.txt", "figures2/g.md", "heldout/b.txt"]


def test_dump_refuses_a_held_out_folder_before_reading(tmp_path: Path) -> None:
    held = same_output.held_out()
    held_text = sorted(h for h in held.held if h.startswith("heldout"))[0]
    held_set = sorted(h for h in held.held if h.startswith("figures") and h[7:].isdigit())[0]
    _tree(tmp_path, held_text, held_set)
    for folder in (tmp_path / held_text / "inner", tmp_path / held_set, tmp_path / "figures999"):
        args = argparse.Namespace(out=tmp_path / "out.pickle", folders=[tmp_path / "dev", folder], refuse=[])
        with pytest.raises(SystemExit, match="refused"):
            same_output.dump(args)
        assert not (tmp_path / "out.pickle").exists()
