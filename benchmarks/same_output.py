"""Does a speed-up change what ingest makes? Every briefing field by field (issue 19, session 42).

    PYTHONPATH=<code>/src python benchmarks/same_output.py dump OUT.pickle FOLDER [FOLDER ...]
    python benchmarks/same_output.py compare A.pickle B.pickle

``dump``: every file under the FOLDERs (sorted by path) analysed as a cold start's worker does
(library._analyse_star, with the decoded file kept), and each briefing's fields kept: id, title,
date and its precision, source, authors, script, encoding, format, link, entry, topics, keywords,
every figure (all its fields), problems, the written forms, the text and the decoded file, and
what the worker makes for the index (index.Prepared: the search document, each figure's metric,
the story signature, the figure detail). A file that raises is kept as its exception's repr.
Run it with each version's code (PYTHONPATH), then ``compare``: the files and briefings that
differ, by field, and how many are equal. Held-out files are never read by this tool: a FOLDER that is, or
lies inside, a held-out folder is refused, and one that holds one is read without it (never listed). The held-out
folders are read from the one place that knows each kind (session 46): the text splits' from
scripts/score_realworld.py (HELD_OUT, through FOLDER), the figure sets' from tests/realworld/test_figures_sets.py
(SETS, a row's ``held``). A folder named like a split or a set (heldoutNN, figuresNN) that neither table names as
development is held too (a corpus helper's new split before its row is written), and ``--refuse`` adds names.

The index a cold ingest writes is compared with ``bench_writer.py dump`` (table by table).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import os
import pickle
import re
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TAXONOMY = (
    (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
)
REPO = HERE.parent
# a folder named like a text split's or a figure set's: held unless a table names it as development
_SPLIT_LIKE = re.compile(r"heldout\d*|figures\d+")
FIELDS = (
    "id",
    "title",
    "date",
    "date_precision",
    "source",
    "authors",
    "script",
    "encoding",
    "format",
    "link",
    "entry",
    "size",
    "topics",
    "keywords",
    "problems",
    "title_written",
    "source_written",
    "title_generated",
    "text",
)


def _module(path: Path, name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass looks its module up while it is made
    spec.loader.exec_module(module)
    return module


@dataclasses.dataclass(frozen=True)
class Held:
    """The folder names never read (``held``) and those the tables name as development (``development``)."""

    held: frozenset[str]
    development: frozenset[str]

    def refused(self, part: str) -> bool:
        return part in self.held or (_SPLIT_LIKE.fullmatch(part) is not None and part not in self.development)


def held_out() -> Held:
    """The held-out folders as the scorer and the figure sets' table declare them (nothing of theirs is read)."""
    scorer: Any = _module(REPO / "scripts/score_realworld.py", "_same_output_scorer")
    sys.path.insert(0, str(REPO / "tests/realworld"))  # the table imports its helpers (figures_corpus) by name
    try:
        sets: Any = _module(REPO / "tests/realworld/test_figures_sets.py", "_same_output_figure_sets")
    finally:
        sys.path.remove(str(REPO / "tests/realworld"))
    text_held = {scorer.FOLDER.get(s, s) for s in scorer.HELD_OUT}
    text_dev = {scorer.FOLDER.get(s, s) for s in scorer.SPLITS if s not in scorer.HELD_OUT}
    figures_held = {row.folder for row in sets.SETS if row.held}
    figures_dev = {row.folder for row in sets.SETS} - figures_held
    return Held(frozenset(text_held | figures_held), frozenset((text_dev | figures_dev) - text_held - figures_held))


def _refused(folder: Path, held: Held, refuse: set[str]) -> str:
    for part in folder.resolve().parts:
        if held.refused(part) or part in refuse:
            return part
    return ""


def files_of(folder: Path, held: Held, refuse: set[str]) -> list[Path]:
    """Every file briefreader reads under ``folder``, sorted, never entering a held-out folder below it."""
    from briefreader.suffixes import SUFFIXES

    out: list[Path] = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not (held.refused(d) or d in refuse)]  # pruned before they are listed
        out.extend(Path(top, n) for n in names if Path(n).suffix.lower() in SUFFIXES)
    return sorted(out)


def _value(x: object) -> object:
    """A field as plain, comparable data (a Figure or Problem as its fields' tuple)."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return (type(x).__name__, *(_value(getattr(x, f.name)) for f in dataclasses.fields(x)))
    if isinstance(x, (list, tuple)):
        return tuple(_value(v) for v in x)
    return x


def _briefing(b: object, prepared: object) -> dict[str, object]:
    out = {name: _value(getattr(b, name)) for name in FIELDS}
    out["figures"] = _value(b.figures)  # type: ignore[attr-defined]
    out["original"] = hashlib.sha256(b.original.encode("utf-8", "surrogatepass")).hexdigest()  # type: ignore[attr-defined]
    if prepared is not None:
        for name in ("document", "metrics", "signature", "detail", "pending"):
            out[f"prepared.{name}"] = _value(getattr(prepared, name))
    return out


def dump(args: argparse.Namespace) -> None:
    from briefreader import library
    from briefreader.config import read_config

    try:  # as a worker past its first NUMPY_AFTER files (stories.signature's numpy path)
        import numpy  # noqa: F401
    except ImportError:
        pass
    refuse = set(args.refuse)
    held = held_out()
    files: list[tuple[Path, Path]] = []
    for folder in args.folders:
        if part := _refused(folder, held, refuse):
            sys.exit(f"refused: {folder} is a held-out split ({part})")
        root = folder.resolve()
        files.extend((root, p) for p in files_of(root, held, refuse))
    config_path = args.out.with_suffix(".config.toml")
    config_path.write_text(
        f'[library]\nbriefings = "{args.folders[0].resolve()}"\n[topics]{TAXONOMY}', encoding="utf-8"
    )
    config = read_config(config_path)
    config_path.unlink()
    start = time.process_time()
    result: dict[str, object] = {}
    for root, path in files:
        key = f"{root.name}/{path.relative_to(root)}"
        try:
            analysed = library._analyse_star((str(path), root, config.topics, config.topic_threshold, False))
            result[key] = [_briefing(b, prepared) for b, prepared in analysed]
        except Exception as exc:  # noqa: BLE001 - kept as a difference, never the run's end
            result[key] = repr(exc)
    with open(args.out, "wb") as f:
        pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
    briefings = sum(len(v) for v in result.values() if isinstance(v, list))
    print(f"{len(files)} files, {briefings} briefings, {time.process_time() - start:.1f} s of CPU -> {args.out}")


def compare(args: argparse.Namespace) -> None:
    a, b = (pickle.loads(p.read_bytes()) for p in (args.a, args.b))
    same_files = same_briefings = briefings = 0
    by_field: dict[str, int] = {}
    shown = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x == y:
            same_files += 1
            n = len(x) if isinstance(x, list) else 0
            same_briefings += n
            briefings += n
            continue
        if not isinstance(x, list) or not isinstance(y, list) or len(x) != len(y):
            by_field["(file: missing, raised or a count)"] = by_field.get("(file: missing, raised or a count)", 0) + 1
            if shown < args.show:
                print(f"{key}: {str(x)[:120]!r} != {str(y)[:120]!r}")
                shown += 1
            continue
        for m, (bx, by) in enumerate(zip(x, y, strict=True)):
            briefings += 1
            if bx == by:
                same_briefings += 1
                continue
            for name in sorted(set(bx) | set(by)):
                if bx.get(name) != by.get(name):
                    by_field[name] = by_field.get(name, 0) + 1
                    if shown < args.show:
                        print(f"{key} #{m} {name}: {str(bx.get(name))[:150]!r} != {str(by.get(name))[:150]!r}")
                        shown += 1
    files = len(set(a) | set(b))
    print(f"files equal: {same_files} of {files}; briefings equal: {same_briefings} of {briefings}")
    for name, n in sorted(by_field.items(), key=lambda kv: -kv[1]):
        print(f"  differs: {name} in {n}")
    sys.exit(0 if same_files == files else 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", type=Path, nargs="+")
    d.add_argument("--refuse", nargs="*", default=[], help="more folder names never to read (held-out splits)")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=20, help="differences printed")
    args = parser.parse_args()
    {"dump": dump, "compare": compare}[args.mode](args)


if __name__ == "__main__":
    main()
