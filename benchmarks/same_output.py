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
differ, by field, and how many are equal. A folder named like a held-out split (heldoutNN, or one
given with ``--refuse``) is refused: held-out files are never read by this tool.

The index a cold ingest writes is compared with ``bench_writer.py dump`` (table by table).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import pickle
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = (
    (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
)
HELD_OUT = re.compile(r"^heldout\d*$")
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


def _refused(folder: Path, refuse: set[str]) -> str:
    for part in folder.resolve().parts:
        if HELD_OUT.match(part) or part in refuse:
            return part
    return ""


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
    files: list[tuple[Path, Path]] = []
    for folder in args.folders:
        if part := _refused(folder, refuse):
            sys.exit(f"refused: {folder} is a held-out split ({part})")
        root = folder.resolve()
        files.extend((root, p) for p in sorted(root.rglob("*")) if p.is_file() and p.suffix.lower() in library.SUFFIXES)
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
