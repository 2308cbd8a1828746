"""How long notes operations take on a large notes file (issue 20: 100,000 notes).

    python benchmarks/bench_notes.py --notes 100000 --runs 5

Reports, as medians: opening the store (a full parse), a save from a process that
already read the file (what the TUI and a second save in the CLI do), a save after
another process changed the file (a re-parse under the lock), and how long the lock is
held in each. Nothing is asserted: read the numbers with the machine's load in mind.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from briefreader import fsio  # noqa: E402
from briefreader.model import Briefing  # noqa: E402
from briefreader.notes import NotesStore  # noqa: E402


def make_file(path: Path, n: int) -> None:
    out = ["# my reading notes\nversion = 1\n"]
    for i in range(n):
        out.append(
            f'\n[briefings."b{i:06d}"]\ntitle = "标题 {i}"\nfingerprint = "sha256:{i:064x}"\n'
            f"bookmarked = {'true' if i % 3 == 0 else 'false'}\n"
            f'\n[[briefings."b{i:06d}".notes]]\ncreated = 2026-11-22T10:01:00+08:00\n'
            f'text = "检查3000亿这个数字，第{i}条"\n'
        )
    path.write_text("".join(out), encoding="utf-8")


def briefing(i: int) -> Briefing:
    return Briefing(id=f"b{i:06d}", path="", fingerprint=f"sha256:{i:064x}", title=f"标题 {i}", text="")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    held: list[float] = []
    real_locked = fsio.locked

    def timed_lock(*a, **k):  # how long each save holds the lock
        class Timed:
            def __enter__(self):
                self.cm = real_locked(*a, **k)
                self.cm.__enter__()
                self.t = time.perf_counter()

            def __exit__(self, *exc):
                held.append(time.perf_counter() - self.t)
                return self.cm.__exit__(*exc)

        return Timed()

    fsio.locked = timed_lock  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notes.toml"
        make_file(path, args.notes)
        print(f"{args.notes} notes, {path.stat().st_size / 1e6:.1f} MB")
        opens, warm, warm_held, cold, cold_held = [], [], [], [], []
        for run in range(args.runs):
            t = time.perf_counter()
            store = NotesStore.open(path)
            opens.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.add_note(briefing(run), f"warm save {run}")
            warm.append(time.perf_counter() - t)
            warm_held.append(held[-1])
            other = NotesStore.open(path)
            other.set_bookmark(briefing(run + 1), True)  # the file changes under `store`
            t = time.perf_counter()
            store.add_note(briefing(run + 2), f"save after another process {run}")
            cold.append(time.perf_counter() - t)
            cold_held.append(held[-1])
        assert path.read_text(encoding="utf-8").startswith("# my reading notes\n")
    med = statistics.median
    print(f"open (parse)                  {med(opens):6.2f} s")
    print(f"save, file unchanged          {med(warm):6.2f} s   lock held {med(warm_held):.2f} s")
    print(f"save, file changed meanwhile  {med(cold):6.2f} s   lock held {med(cold_held):.2f} s")


if __name__ == "__main__":
    main()
