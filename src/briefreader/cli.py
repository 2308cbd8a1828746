"""The command line: the TUI by default, subcommands for scripts (PRODUCT.md section 9).

Every expected failure is one line on stderr and a non-zero exit; a traceback is a bug.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .config import Config, ConfigError, load_config
from .model import Briefing, Figure
from .safe import escape_json, one_line, strip_controls

if TYPE_CHECKING:
    from .library import Library
    from .notes import NotesStore

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code attached."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise CliError(f"{message} (see `briefreader --help`)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="briefreader", description="A terminal reader for Chinese-language briefings.")
    p.add_argument("--version", action="version", version=f"briefreader {__version__}")
    p.add_argument("--config", metavar="FILE", help="config file (default: ./config.toml, then the user config dir)")
    p.add_argument("--briefings", metavar="DIR", help="folder of briefings (overrides the config)")
    p.add_argument("--notes", metavar="FILE", help="notes file (overrides the config)")
    p.add_argument("--no-cache", action="store_true", help="ingest every file again, ignoring the index cache")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("list", help="list briefings, optionally filtered by a query")
    s.add_argument("query", nargs="*", help="query words, e.g. 'topic:元宇宙 after:2022-07-27'")
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("show", help="print one briefing, normalized")
    s.add_argument("id")
    s.add_argument("--script", choices=("hans", "hant"), help="Simplified (default from config) or Traditional")
    s.add_argument("--original", action="store_true", help="the decoded source text instead")

    s = sub.add_parser("figures", help="key figures of one briefing, or of all")
    s.add_argument("id", nargs="?")
    s.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("note", help="add a note to a briefing")
    s.add_argument("id")
    s.add_argument("text")

    s = sub.add_parser("bookmark", help="bookmark a briefing")
    s.add_argument("id")
    s.add_argument("--off", action="store_true", help="remove the bookmark")

    s = sub.add_parser("export", help="export notes and bookmarks to Markdown")
    s.add_argument("-o", "--output", metavar="FILE", help="output file (default: from the config; - for stdout)")

    sub.add_parser("check", help="report files that could not be read cleanly (exit 1 if any)")
    return p


# --- context -----------------------------------------------------------------------


def _config(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    if args.briefings:
        config.briefings = Path(args.briefings).expanduser().absolute()
    if args.notes:
        config.notes = Path(args.notes).expanduser().absolute()
    return config


def _library(config: Config, args: argparse.Namespace):
    from .library import LibraryError, load_library

    progress = _progress_bar() if sys.stderr.isatty() else None
    try:
        if progress is None:
            return load_library(config, use_cache=not args.no_cache)
        with progress as (bar, callback):
            return load_library(config, progress=callback, use_cache=not args.no_cache)
    except LibraryError as exc:
        raise CliError(str(exc)) from None


class _progress_bar:
    """A Rich progress bar on stderr, shown only once there is real work to do."""

    def __enter__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.progress = Progress("Reading briefings", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=True)
        self.task = None

        def callback(done: int, total: int) -> None:
            if self.task is None:
                self.progress.start()
                self.task = self.progress.add_task("ingest", total=total)
            self.progress.update(self.task, completed=done)

        return self.progress, callback

    def __exit__(self, *exc) -> None:
        self.progress.stop()


def _notes(config: Config, library: Library) -> NotesStore:
    """The notes store, its entries first moved to files that were renamed or moved
    (matched by fingerprint, PRODUCT.md section 3)."""
    from .notes import NotesError, NotesStore

    store = NotesStore.open(config.notes)
    if not store.read_only:
        try:
            moved = store.relink(library.briefings)
        except NotesError as exc:
            print(f"briefreader: warning: {one_line(str(exc))}", file=sys.stderr)
        else:
            if moved:
                print(f"briefreader: notes of {moved} renamed or moved file(s) follow them", file=sys.stderr)
    return store


def _find(library, briefing_id: str) -> Briefing:
    key = briefing_id.strip()
    if key in library.by_id:  # an id that kept its extension (a.txt beside a.md)
        return library.get(key)
    key = key.removesuffix(".txt").removesuffix(".html").removesuffix(".md")
    try:
        return library.get(key)
    except KeyError:
        close = difflib.get_close_matches(key, list(library.by_id), n=1)
        prefix = [i for i in library.by_id if i.startswith(key)] if key else []
        if len(prefix) == 1:
            return library.get(prefix[0])
        hint = f"; did you mean {close[0]}?" if close else " (see `briefreader list`)"
        raise CliError(f"unknown briefing id {one_line(briefing_id)!r}{hint}") from None


# --- output ------------------------------------------------------------------------


def _print(text: str = "") -> None:
    sys.stdout.write(strip_controls(text) + "\n")


def _json(data: Any) -> None:
    # ensure_ascii=False keeps Chinese readable, but would also pass C1, bidi and a
    # non-UTF-8 file name's lone surrogates through raw (to a terminal, or a strict
    # UTF-8 stdout that raises): escape_json writes exactly those as \uXXXX.
    sys.stdout.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def briefing_json(b: Briefing, notes) -> dict[str, Any]:
    return {
        "id": b.id,
        "path": b.path,
        "title": b.title,
        "date": b.date_iso,
        "date_precision": b.date_precision,
        "source": b.source,
        "authors": b.authors,
        "script": b.script,
        "topics": b.topics,
        "keywords": b.keywords,
        "problems": [{"kind": p.kind, "message": p.message} for p in b.problems],
        "bookmarked": notes.is_bookmarked(b.id),
        "notes": [
            {"created": n.created.isoformat(), "text": n.text, "figure": n.figure}
            for n in notes.notes_for(b.id)
        ],
    }


def figure_json(f: Figure, briefing_id: str | None = None) -> dict[str, Any]:
    data = f.to_dict()
    return {"id": briefing_id, **data} if briefing_id is not None else data


def _table(headers: Sequence[str], rows: list[Sequence[str]], wrap: Sequence[str] = ("title",)) -> None:
    """A table on a terminal; tab-separated lines when piped, for cut/awk/sort.

    Cells go through Rich as Text, never as markup: briefing text is untrusted.
    """
    if not sys.stdout.isatty():
        for row in rows:
            _print("\t".join(one_line(str(c)).replace("\t", " ") for c in row))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for h in headers:
        table.add_column(h, overflow="fold", no_wrap=h not in wrap, min_width=12 if h in wrap else None)
    for row in rows:
        table.add_row(*(Text(one_line(str(c))) for c in row))
    Console(markup=False, highlight=False, soft_wrap=False).print(table)


# --- commands ----------------------------------------------------------------------


def cmd_list(config: Config, args: argparse.Namespace) -> int:
    library = _library(config, args)
    notes = _notes(config, library)
    briefings = library.briefings
    text = " ".join(args.query).strip()
    if text:
        from .query import QuerySyntaxError, filter_briefings

        try:
            briefings = filter_briefings(briefings, text, taxonomy=config.topics, marks=notes,
                                         search=library.search)
        except QuerySyntaxError as exc:
            raise CliError(f"query: {exc}") from None
    if args.json:
        _json([briefing_json(b, notes) for b in briefings])
        return EXIT_OK
    labels = {t.id: t.label(config.language) for t in config.topics.values()}
    rows = [
        ("★" if notes.is_bookmarked(b.id) else "", b.id, b.date_iso or "", b.source, b.title,
         ", ".join(labels.get(t, t) for t in b.topics[:3]))
        for b in briefings
    ]
    _table(("", "id", "date", "source", "title", "topics"), rows, wrap=("title", "topics"))
    return EXIT_OK


def cmd_show(config: Config, args: argparse.Namespace) -> int:
    library = _library(config, args)
    b = library.full(_find(library, args.id))
    if args.original:
        from .ingest import original_text

        _print(original_text(b))
        return EXIT_OK
    script = args.script or config.script
    convert = (lambda s: s)
    if script == "hant":
        from .hanzi import to_traditional as convert
    meta = " · ".join(x for x in (b.date_iso or "", b.source, "、".join(b.authors)) if x)
    _print(convert(b.title))
    if meta:
        _print(convert(meta))
    _print()
    _print("\n\n".join(convert(p) for p in b.paragraphs))
    return EXIT_OK


def cmd_figures(config: Config, args: argparse.Namespace) -> int:
    library = _library(config, args)
    # Figures are not in the index's list entries: each briefing is read again.
    targets = [library.full(b) for b in ([_find(library, args.id)] if args.id else library.briefings)]
    if args.json:
        _json([figure_json(f, None if args.id else b.id) for b in targets for f in b.figures])
        return EXIT_OK
    rows = []
    for b in targets:
        for f in b.figures:
            rows.append(([] if args.id else [b.id]) + [f.kind, f.text, f.en])
    headers = ([] if args.id else ["id"]) + ["kind", "as written", "English"]
    _table(headers, rows, wrap=("as written", "English"))
    return EXIT_OK


def cmd_note(config: Config, args: argparse.Namespace) -> int:
    from .notes import NotesError

    library = _library(config, args)
    b = _find(library, args.id)
    if not args.text.strip():
        raise CliError("the note is empty")
    try:
        _notes(config, library).add_note(b, args.text)
    except NotesError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    _print(f"note added to {b.id} in {config.notes}")
    return EXIT_OK


def cmd_bookmark(config: Config, args: argparse.Namespace) -> int:
    from .notes import NotesError

    library = _library(config, args)
    b = _find(library, args.id)
    try:
        _notes(config, library).set_bookmark(b, not args.off)
    except NotesError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    _print(f"{'removed bookmark from' if args.off else 'bookmarked'} {b.id}")
    return EXIT_OK


def cmd_export(config: Config, args: argparse.Namespace) -> int:
    from .export import export_markdown, write_export
    from .notes import NotesError

    library = _library(config, args)
    notes = _notes(config, library)
    if notes.error:
        print(f"briefreader: warning: {one_line(notes.error)}", file=sys.stderr)
    markdown = export_markdown(notes, library.by_id)
    if args.output == "-":
        sys.stdout.write(markdown)
        return EXIT_OK
    target = Path(args.output).expanduser() if args.output is not None else config.export
    if args.output == "":
        raise CliError("export: -o needs a file name (or - for standard output)", 2)
    try:
        written = write_export(target, markdown, notes=config.notes, briefings=config.briefings)
    except NotesError as exc:  # write_export names the file and the reason
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    _print(f"exported notes to {written}")
    return EXIT_OK


def cmd_check(config: Config, args: argparse.Namespace) -> int:
    library = _library(config, args)
    for fp in library.problems:
        _print(f"{fp.relpath}: {fp.problem.kind}: {fp.problem.message}")
    files = len({fp.relpath for fp in library.problems})
    summary = f"{len(library.briefings)} briefings read; {len(library.problems)} problem(s) in {files} file(s)"
    print(summary, file=sys.stderr)
    return EXIT_PROBLEMS if library.problems else EXIT_OK


def _check_folder(config: Config) -> None:
    """The checks load_library makes first, as a CliError (same messages)."""
    root = config.briefings
    if not root.exists():
        raise CliError(f"briefings folder not found: {root}")
    if not root.is_dir():
        raise CliError(f"not a folder: {root}")


def cmd_tui(config: Config, args: argparse.Namespace) -> int:
    # Like the subcommands: a folder that is missing or not a folder is one line on
    # stderr and exit 2, not a full-screen app with nothing to show.
    _check_folder(config)
    use_cache = not args.no_cache
    from .warm import EarlyPeek

    peek = EarlyPeek(config) if use_cache else None  # reads the first screen while Textual imports
    from .tui.app import BriefreaderApp

    BriefreaderApp(config, use_cache=use_cache, peek=peek).run()
    return EXIT_OK


COMMANDS = {
    "list": cmd_list, "show": cmd_show, "figures": cmd_figures, "note": cmd_note,
    "bookmark": cmd_bookmark, "export": cmd_export, "check": cmd_check, None: cmd_tui,
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        config = _config(args)
        return COMMANDS[args.command](config, args)
    except CliError as exc:
        print(f"briefreader: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.code
    except ConfigError as exc:
        print(f"briefreader: config error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefreader list | head`
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
