"""A rerunnable mutation check of the core: hand-made single-point mutations, each run
against the test files that cover it. Not part of CI (it takes minutes).

    .venv/bin/python scripts/mutate.py                 # every mutation
    .venv/bin/python scripts/mutate.py -k query notes  # those whose id contains a word
    .venv/bin/python scripts/mutate.py --list

Each mutation replaces one exact string in one module. It is applied to a copy of
src/ in a temporary folder, put first on PYTHONPATH for the pytest run, so the work
tree is never touched (others may be editing it) and nothing needs restoring. A
mutation whose target string is no longer in the file (the code changed) is reported
as SKIPPED, not silently counted. Before mutating, the chosen test files are run
once on the unmutated copy: a test file that already fails there would "kill" every
mutation, so its mutations are skipped too.

A test file that fails on the unmutated copy is left out, and the baseline lines say so.
A mutation is KILLED when pytest fails, SURVIVED when it passes, TIMEOUT (counted as
killed: a hang is caught) when it runs past --timeout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"

QUERY = ("tests/core/test_query.py", "tests/core/test_query_bounds.py", "tests/core/test_search_agreement.py")
NOTES = (
    "tests/core/test_notes.py",
    "tests/core/test_notes_fsync.py",
    "tests/core/test_notes_hand_edits.py",
    "tests/core/test_export.py",
    "tests/core/test_notes_durability.py::test_notes_file_is_private",
)
SAFE = ("tests/core/test_unsafe_chars.py", "tests/tui/test_terminal_safety.py")
EXPORT = ("tests/core/test_export.py",)
TEXTSEARCH = ("tests/core/test_search_agreement.py", "tests/core/test_query.py")
INDEX = (
    "tests/core/test_index.py",
    "tests/core/test_index_fallbacks.py",
    "tests/core/test_query_bounds.py",
    "tests/core/test_search_agreement.py",
)
DECODE = (
    "tests/core/test_ingest.py",
    "tests/core/test_decode_borderline.py",
    "tests/core/test_decode_boms_and_binary.py",
    "tests/realworld/test_samples.py",
)
CLEAN = ("tests/core/test_ingest.py", "tests/core/test_wrapped_lines.py", "tests/realworld/test_samples.py")
METADATA = ("tests/core/test_ingest.py", "tests/core/test_front_matter_dates.py", "tests/realworld/test_samples.py")
FIGURES = ("tests/core/test_figure_hedges.py", "tests/core/test_figures_extract.py")


@dataclass(frozen=True)
class Mutation:
    id: str
    module: str  # relative to src/briefreader
    old: str  # must occur exactly once
    new: str
    tests: tuple[str, ...]


M = Mutation
MUTATIONS: list[Mutation] = [
    # --- query.py: dates, figure comparisons, parsing, incremental filtering
    M("query-after-ge", "query.py", "return first > term.last", "return first >= term.last", QUERY),
    M("query-before-le", "query.py", "return last < term.first", "return last <= term.first", QUERY),
    M(
        "query-on-lower",
        "query.py",
        "return term.first <= first and last <= term.last",
        "return term.first < first and last <= term.last",
        QUERY,
    ),
    M(
        "query-december-30",
        "query.py",
        "return dt.date(first.year, 12, 31)",
        "return dt.date(first.year, 12, 30)",
        QUERY,
    ),
    M(
        "query-month-end-off",
        "query.py",
        "first.month + 1, 1) - dt.timedelta(days=1)",
        "first.month + 1, 1) - dt.timedelta(days=2)",
        QUERY,
    ),
    M(
        "query-year-interval",
        "query.py",
        "return dt.date(b.date.year, 1, 1), dt.date(b.date.year, 12, 31)",
        "return dt.date(b.date.year, 1, 1), dt.date(b.date.year, 12, 30)",
        QUERY,
    ),
    M("query-lt-le", "query.py", '"<": lambda a, b: a < b,', '"<": lambda a, b: a <= b,', QUERY),
    M("query-gt-ge", "query.py", '">": lambda a, b: a > b,', '">": lambda a, b: a >= b,', QUERY),
    M(
        "query-ge-strict",
        "query.py",
        '">=": lambda a, b: a >= b or math.isclose(a, b),',
        '">=": lambda a, b: a > b,',
        QUERY,
    ),
    M("query-range-high-only", "query.py", "else [fig.low, fig.high]", "else [fig.high]", QUERY),
    M(
        "query-kind-ignored",
        "query.py",
        "if fig.kind != term.kind:\n                continue",
        "if False:\n                continue",
        QUERY,
    ),
    M("query-yi-scale", "query.py", '.replace("億", "亿")', '.replace("億", "万")', QUERY),
    M("query-area-ha", "query.py", '| {"ha": 1e4}', '| {"ha": 1e3}', QUERY),
    M("query-amount-not-simplified", "query.py", "        text = to_simplified(text)\n", "        pass\n", QUERY),
    M(
        "query-negation-dropped",
        "query.py",
        "return lambda b, marks: not inner(b, marks)",
        "return lambda b, marks: inner(b, marks)",
        QUERY,
    ),
    M("query-refines-reversed", "query.py", "and old_form in new_form", "and new_form in old_form", QUERY),
    M(
        "query-unwanted-ignored",
        "query.py",
        "return wanted[0].intersection(*wanted[1:]).difference(*unwanted)",
        "return wanted[0].intersection(*wanted[1:])",
        QUERY,
    ),
    M("query-double-negation", "query.py", "raise QuerySyntaxError(self.i, \"double negation '--'\")", "pass", QUERY),
    # --- textsearch.py: the word rule, in memory and in the index
    M(
        "textsearch-latin-start",
        "textsearch.py",
        "form = SEP + form  # a Latin run starts a word",
        "form = form",
        TEXTSEARCH,
    ),
    M(
        "textsearch-fts-prefix",
        "textsearch.py",
        "prefix = not (_is_cjk(parts[-1]) and len(parts[-1]) > 1)",
        "prefix = False",
        TEXTSEARCH,
    ),
    M("textsearch-last-unigram", "textsearch.py", "            out.append(run[-1])\n", "", TEXTSEARCH),
    M("textsearch-casefold", "textsearch.py", "folded = text.casefold()", "folded = text", TEXTSEARCH),
    M(
        "textsearch-fold-width",
        "textsearch.py",
        "return chr(ord(match.group()) - 0xFEE0)",
        "return match.group()",
        TEXTSEARCH,
    ),
    # --- notes.py: durability and the store
    M("fsio-no-file-fsync", "fsio.py", "            os.fsync(f.fileno())\n", "", NOTES),
    M("fsio-no-dir-fsync", "fsio.py", "    fsync_dir(target.parent)\n    return target", "    return target", NOTES),
    M("fsio-dir-fsync-noop", "fsio.py", "        os.fsync(fd)\n", "        pass\n", NOTES),
    M("fsio-mode-wide", "fsio.py", "os.fchmod(f.fileno(), mode)", "os.fchmod(f.fileno(), 0o644)", NOTES),
    M("fsio-stale-temps-kept", "fsio.py", 'if name.startswith(prefix) and name.endswith(".tmp"):', "if False:", NOTES),
    # --- notes.py: the store's rules
    M("notes-empty-note-saved", "notes.py", "if not text.strip() and figure is None:", "if False:", NOTES),
    M(
        "notes-naive-time-utc",
        "notes.py",
        "        return created.astimezone()\n",
        "        return created.replace(tzinfo=dt.timezone.utc)\n",
        NOTES,
    ),
    M("notes-duplicate-kept", "notes.py", "if _note_key(new) not in {_note_key(n) for n in notes}:", "if True:", NOTES),
    M(
        "notes-empty-entry-kept",
        "notes.py",
        'if table is not None and not table.get("bookmarked") and not table.get("notes"):',
        "if False:",
        NOTES,
    ),
    M(
        "notes-relink-bookmark-lost",
        "notes.py",
        'target["bookmarked"] = bool(target.get("bookmarked") or moved.get("bookmarked"))',
        'target["bookmarked"] = bool(target.get("bookmarked"))',
        NOTES,
    ),
    M(
        "notes-relink-prefers-taken",
        "notes.py",
        "target = next((b for b in candidates if b.id not in taken), candidates[0])",
        "target = candidates[0]",
        NOTES,
    ),
    # --- safe.py: what never reaches a terminal
    M(
        "safe-fff9",
        "safe.py",
        '"\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb]"\n)\n_NEWLINES',
        '"\\u2066-\\u2069\\ufeff]"\n)\n_NEWLINES',
        SAFE,
    ),
    M(
        "safe-bidi-isolates",
        "safe.py",
        '"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064"\n    "\\u2066-\\u2069',
        '"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064"\n    "\\u2067-\\u2069',
        SAFE,
    ),
    M("safe-del-kept", "safe.py", "\\x0b-\\x1f\\x7f-\\x9f\\u061c", "\\x0b-\\x1f\\x80-\\x9f\\u061c", SAFE),
    M(
        "safe-nel-not-newline",
        "safe.py",
        '_NEWLINES = re.compile("\\r\\n?|[\\u2028\\u2029\\x0b\\x0c\\x85]")',
        '_NEWLINES = re.compile("\\r\\n?|[\\u2028\\u2029\\x0b\\x0c]")',
        SAFE,
    ),
    M(
        "safe-json-fff9",
        "safe.py",
        '"\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb\\ud800-\\udfff]"',
        '"\\u2066-\\u2069\\ufeff\\ud800-\\udfff]"',
        SAFE,
    ),
    M(
        "safe-one-line-keeps-breaks",
        "safe.py",
        'return " ".join(strip_controls(text).split())',
        'return " ".join(strip_controls(text).split(" "))',
        SAFE,
    ),
    # --- export.py
    M(
        "export-no-blank-between-paragraphs",
        "export.py",
        '        if out:\n            out.append("")',
        "        if out:\n            pass",
        EXPORT,
    ),
    M(
        "export-no-hard-break",
        "export.py",
        'out.extend(line + "\\\\" for line in para[:-1])',
        "out.extend(para[:-1])",
        EXPORT,
    ),
    M(
        "export-order-oldest-first",
        "export.py",
        "return (0, -date.toordinal(), entry.id)",
        "return (0, date.toordinal(), entry.id)",
        EXPORT,
    ),
    M("export-mode", "export.py", "EXPORT_MODE = 0o644", "EXPORT_MODE = 0o600", EXPORT),
    M("export-offset-sign", "export.py", 'sign = "-" if minutes < 0 else "+"', 'sign = "+"', EXPORT),
    # --- index.py
    M(
        "index-ge-tolerance",
        "index.py",
        'value - tol if op == ">=" else value',
        'value if op == ">=" else value',
        INDEX,
    ),
    M(
        "index-gt-uses-lo",
        "index.py",
        'table, where, arg = "figspan", "f.hi " + op',
        'table, where, arg = "figspan", "f.lo " + op',
        INDEX,
    ),
    M(
        "index-busy-deletes",
        "index.py",
        "if _is_busy(exc):  # another process holds it for long: not ours to delete",
        "if False:",
        INDEX,
    ),
    M(
        "index-search-error-raises",
        "index.py",
        '            log.info("index cache: search failed: %s", exc)\n            return None',
        "            raise",
        INDEX,
    ),
    M(
        "index-rows-error-raises",
        "index.py",
        '            log.info("index cache: reading rows failed: %s", exc)\n            return',
        "            raise",
        INDEX,
    ),
    M("index-pipeline-ignored", "index.py", "row[2] == self.pipeline_version", "True", INDEX),
    M(
        "index-store-error-raises",
        "index.py",
        '            log.info("index cache: store of %s failed: %s", relpath, exc)\n            return 0',
        "            raise",
        INDEX,
    ),
    M("index-nan-kept", "index.py", "if v is None or v != v:", "if v is None:", INDEX),
    # --- pool.py: a pool that cannot start must not go unnoticed by the parallel test
    M(
        "pool-never-starts",
        "pool.py",
        "            pool = ProcessPoolExecutor(",
        "            raise OSError('no workers')\n            pool = ProcessPoolExecutor(",
        ("tests/core/test_library.py::test_parallel_cold_ingest_matches_serial",),
    ),
    # --- ingest: decode, clean, metadata
    M("decode-threshold-low", "ingest/decode.py", "if score < 0.6:", "if score < 0.3:", DECODE),
    M("decode-threshold-high", "ingest/decode.py", "if score < 0.6:", "if score < 0.9:", DECODE),
    M(
        "decode-damaged-utf8-ratio",
        "ingest/decode.py",
        "if _invalid_utf8_ratio(data) < 0.01:",
        "if _invalid_utf8_ratio(data) < 0.0:",
        DECODE,
    ),
    M(
        "decode-bom-utf32-after-16",
        "ingest/decode.py",
        '    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it shares the prefix\n',
        "",
        DECODE,
    ),
    M(
        "decode-utf16-no-bom-loose",
        "ingest/decode.py",
        "if score >= 0.9 and (best is None or score > best[0]):",
        "if score >= 0.5 and (best is None or score > best[0]):",
        DECODE,
    ),
    M(
        "decode-binary-lenient",
        "ingest/decode.py",
        "return controls > max(8, len(sample) // 20)",
        "return controls > max(8, len(sample) // 2)",
        DECODE,
    ),
    M(
        "clean-comma-end-joins",
        "ingest/clean.py",
        '_OPEN_END = re.compile(rf"[{_HAN}，、]$")',
        '_OPEN_END = re.compile(rf"[{_HAN}]$")',
        CLEAN,
    ),
    M("clean-min-wrapped-5", "ingest/clean.py", "_MIN_WRAPPED = 25", "_MIN_WRAPPED = 5", CLEAN),
    M("clean-min-wrapped-80", "ingest/clean.py", "_MIN_WRAPPED = 25", "_MIN_WRAPPED = 80", CLEAN),
    M("clean-label-joined", "ingest/clean.py", "and not _LABEL_START.match(line)\n", "\n", CLEAN),
    M(
        "metadata-bare-year-day",
        "ingest/metadata.py",
        'return dt.date(value, 1, 1), "year"',
        'return dt.date(value, 1, 1), "day"',
        METADATA,
    ),
    M(
        "metadata-year-string-day",
        "ingest/metadata.py",
        'return _safe_date(int(m[1]), 1, 1, "year")',
        'return _safe_date(int(m[1]), 1, 1, "day")',
        METADATA,
    ),
    # --- figures/units.py: hedge words (asserted by what the reader sees)
    M("units-zhishao-dropped", "figures/units.py", '"至少": ("over", "at least"), ', "", FIGURES),
    M(
        "units-buzu-over",
        "figures/units.py",
        '"不足": ("under", "less than")',
        '"不足": ("over", "less than")',
        FIGURES,
    ),
    M("units-jiangjin-dropped", "figures/units.py", '"将近": ("nearly", None), ', "", FIGURES),
    M("units-zuiduo-dropped", "figures/units.py", '"最多": ("under", "up to"), ', "", FIGURES),
    M("units-dayue-dropped", "figures/units.py", '"大约": ("approx", None), ', "", FIGURES),
]


def run_pytest(src: Path, tests: tuple[str, ...], timeout: float) -> str:
    """'pass', 'fail' or 'timeout' for ``tests`` with ``src`` first on the path."""
    env = {
        **os.environ,
        "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "pass" if proc.returncode == 0 else "fail"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", nargs="*", default=[], help="only mutations whose id contains one of these")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per pytest run")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTATIONS if not args.k or any(k in m.id for k in args.k)]
    if args.list:
        for m in chosen:
            print(f"{m.id:36} {m.module}")
        return 0

    with tempfile.TemporaryDirectory(prefix="mutate-") as tmp:
        copy = Path(tmp) / "src"
        shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        pristine = {m.module: (copy / "briefreader" / m.module).read_text("utf-8") for m in chosen}

        # Per test file: one already failing (someone's work in progress) is left out of
        # every run, and said so, instead of "killing" every mutation it covers.
        baseline: dict[str, str] = {}
        for test in sorted({t for m in chosen for t in m.tests}):
            baseline[test] = (
                run_pytest(copy, (test,), args.timeout) if (ROOT / test.split("::")[0]).exists() else "missing"
            )
            print(f"baseline {baseline[test]:7} {test}", flush=True)

        results: dict[str, list[str]] = {"KILLED": [], "SURVIVED": [], "SKIPPED": []}
        for m in chosen:
            source = pristine[m.module]
            count = source.count(m.old)
            tests = tuple(t for t in m.tests if baseline[t] == "pass")
            if count != 1:
                status, why = "SKIPPED", f"target found {count} times (the code changed)"
            elif not tests:
                status, why = "SKIPPED", "no covering test file passes unmutated"
            else:
                target = copy / "briefreader" / m.module
                target.write_text(source.replace(m.old, m.new), "utf-8")
                started = time.monotonic()
                try:
                    outcome = run_pytest(copy, tests, args.timeout)
                finally:
                    target.write_text(source, "utf-8")
                status = "SURVIVED" if outcome == "pass" else "KILLED"
                why = f"{outcome} in {time.monotonic() - started:.0f}s"
            results[status].append(m.id)
            print(f"{status:8} {m.id:36} {why}", flush=True)

    run = len(results["KILLED"]) + len(results["SURVIVED"])
    rate = len(results["SURVIVED"]) / run if run else 0.0
    print(
        f"\n{run} mutations run, {len(results['KILLED'])} killed, {len(results['SURVIVED'])} survived "
        f"({rate:.0%}), {len(results['SKIPPED'])} skipped"
    )
    for mid in results["SURVIVED"]:
        print(f"  survivor: {mid}")
    return 1 if results["SURVIVED"] else 0


if __name__ == "__main__":
    sys.exit(main())
