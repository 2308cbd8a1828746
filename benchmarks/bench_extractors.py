"""Main-content extractors compared on the real-world corpus's HTML pages.

    python benchmarks/bench_extractors.py [--split dev] [--old PATH_TO_OLD_html.py]

For each page: the text each extractor keeps, scored with the gold's must_have
(article text that must survive) and must_not (chrome that must not); a page is
"clean" when all of the first and none of the second are there. Also the median
time per page. gne, trafilatura and readability-lxml are optional: an extractor
that is not installed is skipped, saying so. Pages are decoded by briefreader, so
every extractor sees the same text.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data" / "realworld"
sys.path.insert(0, str(REPO / "scripts"))

from score_realworld import fold  # noqa: E402

from briefreader.ingest.decode import decode_bytes  # noqa: E402
from briefreader.ingest.html import html_to_doc  # noqa: E402


def _selectolax_text(markup: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    return tree.root.text(separator="\n") if tree.root else ""


def extractors(old: Path | None):
    out = {"briefreader": lambda h: html_to_doc(h).text}
    if old:
        spec = importlib.util.spec_from_file_location("old_html", old)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # dataclasses look their module up
        spec.loader.exec_module(mod)
        out["briefreader (before)"] = lambda h: mod.html_to_doc(h).text
    try:
        from gne import GeneralNewsExtractor

        out["gne"] = lambda h: GeneralNewsExtractor().extract(h)["content"]
    except ImportError:
        print("gne not installed: skipped")
    try:
        import trafilatura

        out["trafilatura"] = lambda h: trafilatura.extract(h) or ""
    except ImportError:
        print("trafilatura not installed: skipped")
    try:
        from readability import Document

        out["readability-lxml"] = lambda h: _selectolax_text(Document(h).summary())
    except ImportError:
        print("readability-lxml not installed: skipped")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout"))
    ap.add_argument("--old", type=Path, help="an older html.py to compare with")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    gold = tomllib.loads((DATA / "gold.toml").read_text(encoding="utf-8"))["article"]
    pages = [g for g in gold if g["split"] == args.split and g["file"].endswith((".html", ".htm"))]
    for name, extract in extractors(args.old).items():
        clean = have = have_total = leaks = 0
        times = []
        for g in pages:
            markup = decode_bytes((DATA / g["file"]).read_bytes()).text or ""
            t0 = time.perf_counter()
            try:
                text = extract(markup)
            except Exception as exc:  # noqa: BLE001 - an extractor that fails scores nothing
                text = ""
                if args.verbose:
                    print(f"  {name} failed on {g['file']}: {type(exc).__name__}")
            times.append(time.perf_counter() - t0)
            folded = fold(text)
            found = sum(fold(m) in folded for m in g["must_have"])
            leaked = [m for m in g["must_not"] if fold(m) in folded]
            have += found
            have_total += len(g["must_have"])
            leaks += len(leaked)
            clean += found == len(g["must_have"]) and not leaked
            if args.verbose and (found < len(g["must_have"]) or leaked):
                print(f"  {name} {g['file']}: missing {len(g['must_have']) - found}, leaked {leaked}")
        print(
            f"{name:22s} clean {clean}/{len(pages)}  must_have {have}/{have_total}  leaks {leaks}"
            f"  median {statistics.median(times) * 1000:.1f} ms/page"
        )


if __name__ == "__main__":
    main()
