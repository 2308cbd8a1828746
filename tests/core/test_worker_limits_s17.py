"""Tester s17 P6/P7: a slow file in a small folder (fewer than PARALLEL_THRESHOLD files,
read in the main process before) is held to the workers' time limit like any other
file, and the warning names the file, not the worker's job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver and RLIMIT_CPU")

ROOT = Path(__file__).parents[2]
# Every process of the child run (the CLI, the forkserver, its workers) runs this first: a
# file named slow.html then spins in Python until a processor-time limit stops it. (The
# tester's page, one <div> with 300,000 attributes, spent 10+ minutes in lxml's parse; the
# parsers are being capped for that one, so the test does not depend on a parser's cost.)
SLOW_READER = textwrap.dedent(
    """
    import briefreader.library as library

    real = library.analyse

    def analyse(path, *args):
        if str(path).endswith("slow.html"):
            while True:
                pass
        return real(path, *args)

    library.analyse = analyse
    library.JOB_SECONDS = 3.0
    """
)
SCRIPT = textwrap.dedent(
    """
    import sys

    if __name__ == "__main__":
        from briefreader.cli import main

        sys.exit(main(["--briefings", sys.argv[1], "--notes", sys.argv[2], "--no-cache", "check"]))
    """
)


def test_a_slow_page_in_a_small_folder_is_stopped_and_the_others_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    samples = sorted((ROOT / "briefings").glob("*.txt"))[:3]
    for n, sample in enumerate(samples):
        (folder / f"good{n}.txt").write_bytes(sample.read_bytes())
    page = "<p>" + "上海市经济增长5%。" * 5_000 + "</p>"  # 135 KB: over library.SLOW_BYTES
    (folder / "slow.html").write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SLOW_READER)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=path)
    env.pop("BRIEFREADER_DEBUG", None)
    child = subprocess.Popen(
        [sys.executable, str(script), str(folder), str(tmp_path / "notes.toml")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        out, err = child.communicate(timeout=120)  # ~10 s unloaded: the forkserver's start and 3 s of CPU
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        pytest.fail("the slow page held the folder's reading past 120 s: no time limit in a small folder")
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
    assert "slow.html: unreadable: took too long to read" in out, out
    assert "3 briefings read" in err, err  # the three others
    # P7: the warning names the file, never the job's repr (a PosixPath, the taxonomy).
    assert "PosixPath" not in err and "Topic(" not in err and "{" not in err, err
    warnings = [line for line in err.splitlines() if "took too long" in line]
    assert warnings and all(len(line) < 200 for line in warnings), warnings


def _spin(job: tuple[str, Path, dict[str, str]]) -> str:
    """A reader for parallel_map that spins on a file named slow.html."""
    while job[0].endswith("slow.html"):
        pass
    return "read"


def test_the_time_limit_warning_names_the_file_not_the_job(tmp_path: Path, caplog) -> None:
    from briefreader.pool import Limits, parallel_map

    taxonomy = {f"topic{n}": "x" * 100 for n in range(12)}  # library's jobs carry the whole taxonomy
    jobs = [(str(tmp_path / "b" / name), tmp_path / "b", taxonomy) for name in ("a.txt", "slow.html")]
    with caplog.at_level("WARNING", logger="briefreader"):
        out = list(
            parallel_map(_spin, jobs, workers=2, limits=Limits(seconds=1, memory=512 * 2**20), on_lost=lambda j, r: r)
        )
    assert out[0] == "read" and out[1].startswith("took too long to read")
    warnings = [r.getMessage() for r in caplog.records if "took too long" in r.getMessage()]
    assert warnings == ["slow.html: took too long to read (stopped after 1 s of processor time)"]
