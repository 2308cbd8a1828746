"""What the benchmarks that compare code trees share: a tree's environment, each tree's index
made first (not timed), and a probe run in a fresh process per tree, trees interleaved (the
machine is shared: interleaving spreads the load over every tree alike).

A tree is a frozen copy of the code (`git archive HEAD | tar -x -C DIR`), run with
PYTHONPATH=DIR/src; None is the installed code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

PYTHON = sys.executable


def tree_env(tree: str | None) -> dict[str, str]:
    """The environment a tree's processes run in. Bytecode is written (this sandbox sets
    PYTHONDONTWRITEBYTECODE=1, and a frozen copy would compile every module at each start,
    a cost no installed copy pays: see bench.py)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if tree:
        env["PYTHONPATH"] = str(Path(tree) / "src")
    return env


def index_each(config: str | Path, trees: Sequence[str | None]) -> None:
    """Each tree's index of CONFIG's folder (its own code digest names it), not timed."""
    for tree in trees:
        subprocess.run(
            [PYTHON, "-m", "briefreader", "--config", str(config), "list"],
            env=tree_env(tree),
            check=True,
            capture_output=True,
        )


def interleaved(
    probe: str,
    argv: Sequence[str],
    trees: Sequence[str | None],
    runs: int,
    each: Callable[[int, str | None, list[str]], None] | None = None,
) -> dict[str | None, list[list[str]]]:
    """``runs`` rounds of ``python -c probe *argv``, one process per tree a round: each run's
    stdout split into words, per tree; ``each(run, tree, words)`` after every run (a line
    printed as it goes)."""
    got: dict[str | None, list[list[str]]] = {t: [] for t in trees}
    for run in range(runs):
        for tree in trees:
            words = subprocess.run(
                [PYTHON, "-c", probe, *argv], env=tree_env(tree), check=True, capture_output=True, text=True
            ).stdout.split()
            got[tree].append(words)
            if each is not None:
                each(run, tree, words)
    return got
