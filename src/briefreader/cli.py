"""The command line: the TUI by default, subcommands for scripts (PRODUCT.md section 9).

Every expected failure is one line on stderr and a non-zero exit; a traceback is a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from .config import Config, ConfigError, load_config
from .envnames import DEBUG as DEBUG_ENV
from .envnames import PDF_CACHE as _PDF_CACHE_ENV  # ingest/pdfcache.ENV (no ingest import here)
from .model import Briefing, Figure
from .safe import csv_cell, escape_json, one_line, strip_controls

if TYPE_CHECKING:
    from .library import Library
    from .notes import NotesStore
    from .stories import StoryMap

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("briefreader")


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code attached."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class FirstRun(CliError):
    """No briefings folder and no config naming one: a screen of help, not one line."""


# what an ID argument takes (tester s18 U4: the positional ids had no help at all)
_ID_HELP = "a briefing's id as `list` shows it, or a unique prefix (a feed's entry: file#entry)"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        # the help that lists what is missing: `briefreader config --help` names init/path/show,
        # `briefreader --help` did not (tester s18 U4)
        raise CliError(f"{_maybe_meant(message)} (see `{self.prog} --help`)")


def _maybe_meant(message: str) -> str:
    """argparse's "invalid choice: 'lsit' (choose from 'list', ...)" with the choice meant, as
    Python 3.14's argparse says it: a typo in a subcommand or a --sort column named fourteen
    choices and left the reader to find the one (new user s36)."""
    import difflib

    head, sep, rest = message.partition(" (choose from ")
    typed = head.rpartition("invalid choice: ")[2]
    if not sep or len(typed) > 42 or not (typed.startswith("'") and typed.endswith("'")):
        return message
    choices = [c.strip().strip("'") for c in rest.rstrip(")").split(",")]
    close = difflib.get_close_matches(typed.strip("'").lower(), choices, n=1)
    return f"{head}, maybe you meant '{close[0]}'?{sep}{rest}" if close else message


def _version() -> str:
    """The installed distribution's version: pyproject.toml is its only source."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefreader")
    except PackageNotFoundError:
        return "unknown (not installed)"


class _VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the version and exit")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"briefreader {_version()}\n")
        parser.exit()


# Options that may come before or after the subcommand (`list --json --briefings DIR`).
_VALUE_OPTIONS = ("--config", "--briefings", "--notes")
_FLAG_OPTIONS = ("--no-cache", "--debug")


def _add_globals(p: argparse.ArgumentParser, default: Any) -> None:
    """The global options; on subcommands with ``default=SUPPRESS`` so that a value given
    before the subcommand is not reset by the subcommand's parser."""

    def d(value: Any) -> Any:
        return value if default is None else default

    p.add_argument(
        "--config",
        metavar="FILE",
        default=d(None),
        help="config file (default: $BRIEFREADER_CONFIG, ./config.toml, then the user config dir)",
    )
    p.add_argument("--briefings", metavar="DIR", default=d(None), help="folder of briefings (overrides the config)")
    p.add_argument(
        "--notes", metavar="FILE", default=d(None), help="notes file (overrides the config; its folder must exist)"
    )
    p.add_argument(
        "--no-cache", action="store_true", default=d(False), help="ingest every file again, ignoring the index cache"
    )
    p.add_argument(
        "--debug",
        action="store_true",
        default=d(False),
        help="log what the loader and the index do to a file (also: BRIEFREADER_DEBUG=1 or =FILE)",
    )


LIST_EPILOG = """\
Everything after `list` is the query, negations included: `briefreader list 张江 -峰会`.
Options of `list` (--json, --limit N) and the global options are recognised anywhere
before a `--`; after `--` every word is a query word (`briefreader list -- -h`).
Query terms: words, "phrases", -word, topic:, source:, date:, after:, before:,
is:bookmarked, has:note, is:unread, is:read, is:new, is:duplicate (has another
version), story:ID (every version of ID's story), money>1亿港币, percent>=10,
area>100坪, count>100家. A currency in a money bound compares that currency's figures
only (money>100亿美元: USD; 元 = RMB); without one, every currency's number as
written (no exchange rate is guessed)."""


NOTES_EPILOG = """\
Every briefing with a bookmark, a note or a kept draft, newest first, and its notes
numbered as `note ID --edit N` and `--delete N` take them. The query chooses briefings
as in `list`: `briefreader notes topic:元宇宙`, `briefreader notes is:bookmarked`."""


# where the script goes: the README's lines, which `completion --help` did not give (new user s38)
COMPLETION_EPILOG = """\
bash, with the bash-completion package:
  briefreader completion bash > ~/.local/share/bash-completion/completions/briefreader
or, without it, in ~/.bashrc:
  source <(briefreader completion bash)
zsh, fish, tcsh and powershell: the script, where that shell reads completions."""

# `briefreader` alone is the reader, which the usage line (COMMAND ...) did not say (new user s38)
MAIN_DESCRIPTION = (
    "A terminal reader for Chinese-language briefings. Without a COMMAND it opens the reader on the "
    "configured folder (`briefreader --briefings DIR`: any folder; `briefreader config init --briefings DIR` "
    "sets the folder once)."
)

INIT_DESCRIPTION = (
    "Write a commented config file: config.toml in the user config dir (`briefreader config path` prints "
    "where), or FILE with --config. With --briefings DIR it names your folder of briefings, so that "
    "`briefreader` opens it from any folder; without, edit `briefings` in it. An existing file is kept "
    "unless --force."
)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="briefreader", description=MAIN_DESCRIPTION, allow_abbrev=False)
    p.add_argument("--version", action=_VersionAction)
    _add_globals(p, None)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, summary: str, **kwargs: Any) -> argparse.ArgumentParser:
        s = sub.add_parser(
            name, help=summary, description=summary[:1].upper() + summary[1:] + ".", allow_abbrev=False, **kwargs
        )
        _add_globals(s, argparse.SUPPRESS)
        return s

    s = command(
        "list",
        "list briefings, optionally filtered by a query",
        epilog=LIST_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("query", nargs="*", help="query terms, e.g. topic:元宇宙 after:2022-07-27 -广告")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--limit", type=_positive, metavar="N", help="at most N briefings (the newest)")
    s.add_argument("--ids", action="store_true", help="print only the ids, one a line (what shell completion offers)")

    s = command("show", "print one briefing, normalized")
    s.add_argument("id", help=_ID_HELP)
    s.add_argument("--script", choices=("hans", "hant"), help="Simplified (default from config) or Traditional")
    s.add_argument("--original", action="store_true", help="the decoded source text instead")

    s = command("figures", "key figures of one briefing, or of all")
    s.add_argument("id", nargs="?", help=_ID_HELP + "; none: every briefing (with --all)")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--limit", type=_positive, metavar="N", help="at most N figures")
    s.add_argument(
        "--stdin", action="store_true", help="key figures of text read from standard input (no briefing needed)"
    )
    s.add_argument(
        "--region",
        # resolve_region's names (figures/region.py _ALIASES), written here so the parser imports no figure code;
        # test_figures_s8_counts checks the two agree
        choices=("mainland", "hk", "mo", "tw", "au", "sg", "my", "other"),
        help="with --stdin: whose currency a bare 元 is (default: read from the text; other: none)",
    )
    _across_figure_options(s)

    s = command("note", "add, edit or delete a note of a briefing")
    s.add_argument("id", help=_ID_HELP)
    s.add_argument("text", nargs="?", help="the note to add")
    which = s.add_mutually_exclusive_group()
    which.add_argument(
        "--edit",
        nargs=2,
        metavar=("N", "TEXT"),
        help="replace the text of note N (1 is the first, as `notes` numbers them)",
    )
    which.add_argument("--delete", type=_positive, metavar="N", help="delete note N (1 is the first)")

    s = command(
        "notes",
        "list notes and bookmarks across briefings",
        epilog=NOTES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument(
        "query", nargs="*", help="query terms choosing the briefings, e.g. topic:元宇宙 is:unread; or one briefing's ID"
    )
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--limit", type=_positive, metavar="N", help="at most N briefings (the newest)")

    s = command("read", "mark briefings as read (or unread)")
    s.add_argument("ids", nargs="+", metavar="ID", help=_ID_HELP)
    s.add_argument("--unread", action="store_true", help="mark them unread instead")

    s = command("bookmark", "bookmark a briefing")
    s.add_argument("id", help=_ID_HELP)
    s.add_argument("--off", action="store_true", help="remove the bookmark")

    s = command("export", "export notes and bookmarks to Markdown")
    s.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="output file (default: the config's export, else notes.md in the current folder; - for stdout)",
    )
    s.add_argument("--force", action="store_true", help="replace FILE even when briefreader did not write it")

    command("check", "report files that could not be read cleanly (exit 1 if any)")

    s = command("config", "write, locate or print the configuration")
    cs = s.add_subparsers(dest="config_command", metavar="ACTION", parser_class=_Parser, required=True)
    c = cs.add_parser(
        "init",
        help="write a commented config file (the user config dir, or --config FILE)",
        description=INIT_DESCRIPTION,
    )
    _add_globals(c, argparse.SUPPRESS)
    for action in c._actions:  # init writes the file, and the folder into it: they override nothing
        if action.dest == "briefings":
            action.help = "the folder of briefings the file names (the reader opens it from any folder)"
        elif action.dest == "config":
            action.help = "the file to write (default: config.toml in the user config dir)"
    c.add_argument("--force", action="store_true", help="replace an existing file")
    c = cs.add_parser("path", help="print the path of the config file in use (or the one init would write)")
    _add_globals(c, argparse.SUPPRESS)
    c = cs.add_parser("show", help="print the effective configuration (built-in + yours) as TOML")
    _add_globals(c, argparse.SUPPRESS)

    _across_commands(command)

    s = command(
        "completion",
        "print a shell completion script",
        epilog=COMPLETION_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("shell", choices=("bash", "zsh", "fish", "tcsh", "powershell"), help="the shell the script is for")
    return p


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {one_line(text)!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


# Commands whose free words are a query: their options that take a value, and their flags.
_QUERY_COMMANDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "list": (("--limit",), ("--json", "--ids")),
    "notes": (("--limit",), ("--json",)),
    "metrics": (("--series",), ("--json", "--csv")),
    "stories": ((), ("--json", "--all")),
    "digest": (("--since", "-o", "--output"), ("--new", "--force")),
}


def split_query(argv: Sequence[str]) -> tuple[list[str], list[str] | None]:
    """``argv`` for argparse, and the query words of a query command (None for others).

    argparse would take ``-峰会`` for an unknown option: after ``list`` every word that
    is not one of its options (or a global one) is a query term, in order, and after
    ``--`` every word is.
    """
    argv = list(argv)
    i = 0
    while i < len(argv):  # find the subcommand: skip the global options and their values
        token = argv[i]
        if token == "--":
            return argv, None
        if token in _VALUE_OPTIONS:
            i += 2
        elif token.startswith("-"):
            i += 1
        else:
            break
    if i >= len(argv) or argv[i] not in _QUERY_COMMANDS:
        return argv, None
    values, flags = _QUERY_COMMANDS[argv[i]]
    values = (*_VALUE_OPTIONS, *values)
    kept, terms = argv[: i + 1], []
    rest = argv[i + 1 :]
    j = 0
    while j < len(rest):
        token = rest[j]
        if token == "--":
            terms += rest[j + 1 :]
            break
        if token in values:
            kept += rest[j : j + 2]
            j += 2
            continue
        if token in ("-h", "--help", *_FLAG_OPTIONS, *flags) or any(token.startswith(f"{o}=") for o in values):
            kept.append(token)
        elif token[:2] == "--" and token[2:3].isascii() and token[2:3].isalpha():  # `list --jsn`: a typo,
            own = ", ".join((*values[len(_VALUE_OPTIONS) :], *flags)) or "none"  # not a query's "double negation"
            raise CliError(f"{argv[i]}: unknown option {one_line(token)!r} (its options: {own}; `{argv[i]} --help`)")
        else:
            terms.append(token)
        j += 1
    return kept, terms


# --- context -----------------------------------------------------------------------


def _config(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    if args.briefings:
        config.briefings = Path(args.briefings).expanduser().absolute()
    if args.notes:
        config.notes = Path(args.notes).expanduser().absolute()
        # a mistyped folder (--notes ~/Documnets/notes.toml) was made silently, and the notes
        # went there: the file may be new, its folder must exist (tester s17)
        folder = config.notes.parent
        if not folder.is_dir():
            why = "is not a folder" if folder.exists() else "does not exist (make it first, or check the spelling)"
            raise CliError(f"--notes {args.notes}: the folder {folder} {why}", EXIT_USAGE)
        if config.notes.is_dir():
            raise CliError(f"--notes {args.notes}: is a folder; give the notes file in it (notes.toml)", EXIT_USAGE)
    return config


def _library(config: Config, args: argparse.Namespace) -> Library:
    from .library import LibraryError, load_library

    _check_folder(config, args)
    progress = _progress_bar() if sys.stderr.isatty() else None
    started = time.perf_counter()
    try:
        if progress is None:
            library = load_library(config, use_cache=not args.no_cache)
        else:
            with progress as (bar, callback):
                library = load_library(config, progress=callback, use_cache=not args.no_cache)
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    log.debug(
        "library %s: %d briefings, %d problems in %.3f s (cache %s)",
        config.briefings,
        len(library.briefings),
        len(library.problems),
        time.perf_counter() - started,
        "off" if args.no_cache else "on",
    )
    return library


class _progress_bar:
    """A Rich progress bar on stderr, shown only once there is real work to do."""

    def __enter__(self) -> tuple[Any, Callable[[int, int], None]]:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.progress = Progress(
            "Reading briefings",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = None

        def callback(done: int, total: int) -> None:
            if self.task is None:
                self.progress.start()
                self.task = self.progress.add_task("ingest", total=total)
            self.progress.update(self.task, completed=done)

        return self.progress, callback

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _notes(config: Config, library: Library, *, warn: bool = True) -> NotesStore:
    """The notes store, its entries first moved to files that were renamed or moved
    (matched by fingerprint, PRODUCT.md section 3). ``warn``: say when the file cannot
    be read (commands that write say it in their own error)."""
    from .notes import NotesError, NotesStore

    store = NotesStore.open(config.notes)
    if store.error and warn:  # e.g. `list is:bookmarked` would otherwise print nothing, silently
        print(f"briefreader: warning: {one_line(store.error)}; notes and bookmarks are not shown", file=sys.stderr)
    else:
        try:
            moved = store.relink(library.briefings)
        except NotesError as exc:
            print(f"briefreader: warning: {one_line(str(exc))}", file=sys.stderr)
        else:
            if moved:
                print(f"briefreader: notes of {moved} renamed or moved file(s) follow them", file=sys.stderr)
    return store


def _read_state(config: Config) -> Any:
    """The read-state store beside the notes file; says so when it was set aside."""
    from .readstate import ReadState, state_path

    state = ReadState.open(state_path(config.notes))
    if state.message:
        print(f"briefreader: warning: {one_line(state.message)}", file=sys.stderr)
    return state


def _needs_read_state(text: str) -> bool:
    from .query import MarkTerm, Not, parse

    for term in parse(text).terms:
        atom = term.term if isinstance(term, Not) else term
        if isinstance(atom, MarkTerm) and atom.mark in ("read", "unread", "new"):
            return True
    return False


def _id_candidates(briefing_id: str) -> tuple[str, str]:
    """The id as typed (one that kept its extension: a.txt beside a.md), then without a
    file's extension (the two may be equal)."""
    key = briefing_id.strip()
    return key, key.removesuffix(".txt").removesuffix(".html").removesuffix(".md")


def _exact_id(library: Library, briefing_id: str) -> str | None:
    """The id ``briefing_id`` names exactly (as typed, or without a file's extension), or None."""
    return next((key for key in _id_candidates(briefing_id) if key in library.by_id), None)


def _named_id(library: Library, text: str) -> str | None:
    """The one id ``text`` names exactly or is the only prefix of; None for anything else
    (a phrase, an ambiguous prefix, an operator): a query's words stay words."""
    if (exact := _exact_id(library, text)) is not None:
        return exact
    key = _id_candidates(text)[1]
    if not key or any(c.isspace() for c in key):
        return None
    try:
        return resolve_id(key, library.by_id, shown=text)  # as `show` and `note` resolve an id
    except CliError:
        return None


def _find(library: Library, briefing_id: str, config: Config | None = None) -> Briefing:
    if (exact := _exact_id(library, briefing_id)) is not None:
        return library.get(exact)
    key = _id_candidates(briefing_id)[1]
    try:
        return library.get(resolve_id(key, library.by_id, shown=briefing_id))
    except CliError as exc:  # a file that was not read (binary, empty…) is no "unknown" id: say why
        from .model import FATAL

        named = briefing_id.strip()
        unread = []  # records of the file named, none of which matched an id (so none of them was read)
        for fp in getattr(library, "problems", ()):  # (a test's stand-in library has none)
            record = _record(fp)  # a record not read is named by its id too: scraped#be369bab
            if fp.problem.kind in FATAL and named in (fp.relpath + record, fp.relpath.rpartition(".")[0] + record):
                raise CliError(
                    f"{one_line(fp.relpath + record)} was not read: {one_line(fp.problem.message)}"
                ) from None
            if record and fp.problem.kind in FATAL and named in (fp.relpath, fp.relpath.rpartition(".")[0]):
                unread.append(fp)
        if unread and not any(  # a file of many none of whose records was read (review s37 R4): the file was not read
            Path(b.path).as_posix().endswith("/" + unread[0].relpath) for b in library.briefings
        ):
            first = unread[0]
            records = f" ({len(unread)} records, the first: {one_line(first.problem.message)})"
            raise CliError(f"{one_line(first.relpath)} was not read{records}") from None
        if config is not None and str(exc).startswith("unknown briefing id"):
            raise CliError(f"{exc}; {_whence(config)}", exc.code) from None
        raise


def _whence(config: Config) -> str:
    """Which folder was read and which config named it: a ./config.toml (a clone's, a
    downloaded folder's) is read before the user's, and "unknown briefing id" for an id of
    the user's own folder said neither (tester s14 F13)."""
    source = one_line(str(config.path)) if config.path is not None else "no config file"
    return f"looked in {one_line(str(config.briefings))} (config: {source})"


AMBIGUOUS_SHOWN = 5
FUZZY_CANDIDATES = 5_000  # difflib is O(n) ratios: 0.6 s over 100,000 ids


def resolve_id(key: str, ids: Iterator[str] | Any, shown: str | None = None) -> str:
    """The one id that ``key`` is a prefix of; CliError naming the matches when there are
    several, or the nearest ids when there is none.

    Prefixes first (one pass over the ids); then, for ids with a character `list` does not
    show (escape sequences, controls, bidi), prefixes of the id as shown; a fuzzy guess only
    when no id starts with ``key``, and only among ids that share its first characters.
    """
    shown_key = one_line(shown if shown is not None else key)
    prefix = sorted(i for i in ids if i.startswith(key)) if key else []
    if not prefix and key:  # an id with a control, escape or bidi character: as `list` shows it
        prefix = sorted(i for i in ids if not i.isprintable() and one_line(i).startswith(key))
    if len(prefix) == 1:
        return prefix[0]
    if prefix:
        listed = ", ".join(one_line(i) for i in prefix[:AMBIGUOUS_SHOWN])
        more = f" and {len(prefix) - AMBIGUOUS_SHOWN} more" if len(prefix) > AMBIGUOUS_SHOWN else ""
        raise CliError(f"ambiguous briefing id {shown_key!r}: {len(prefix)} briefings start with it: {listed}{more}")
    hint = " (see `briefreader list`)"
    if key:
        import difflib
        from itertools import islice

        stem = key[:2]
        candidates = list(islice((i for i in ids if i.startswith(stem)), FUZZY_CANDIDATES))
        close = difflib.get_close_matches(key, candidates, n=3)
        if close:
            hint = "; did you mean " + " or ".join(one_line(c) for c in close) + "?"
    raise CliError(f"unknown briefing id {shown_key!r}{hint}")


# --- output ------------------------------------------------------------------------


def _record(fp: Any) -> str:
    """ "#<key>" of a FileProblem's record in a file of many (a CSV's row, a feed's entry), else ""."""
    entry = getattr(fp, "entry", "")
    return f"#{entry}" if entry else ""


def _print(text: str = "") -> None:
    sys.stdout.write(strip_controls(text) + "\n")


def _json(data: Any) -> None:
    # ensure_ascii=False keeps Chinese readable, but would also pass C1, bidi and a
    # non-UTF-8 file name's lone surrogates through raw (to a terminal, or a strict
    # UTF-8 stdout that raises): escape_json writes exactly those as \uXXXX.
    sys.stdout.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


JSON_FLUSH = 256  # items of a streamed JSON array written at once


def _json_array(items: Iterable[Any]) -> None:
    """``_json(list(items))`` byte for byte, made and written a few items at a time: at
    100,000 briefings `list --json` held every entry's dict, the whole text and two
    copies of it at once (the peak of a cold `list --json`'s process, issue 19). An item
    dumped alone is indented one level deeper at each line break: every one is the
    layout's (json.dumps writes a string's line break as an escape)."""
    write = sys.stdout.write
    parts: list[str] = []
    empty = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        parts.append(("[\n  " if empty else ",\n  ") + text)
        empty = False
        if len(parts) >= JSON_FLUSH:
            write(escape_json("".join(parts)))
            parts.clear()
    write(escape_json("".join(parts)) + ("[]\n" if empty else "\n]\n"))


def briefing_json(b: Briefing, notes: NotesStore, state: Any = None) -> dict[str, Any]:
    return {
        "id": b.id,
        "path": b.path,
        "title": b.title,
        # the title is made from the lead (no headline found): the index keeps it too (schema 24), so a list entry
        # from it says true/false as a briefing read in full does
        "title_generated": b.title_generated,
        "date": b.date_iso,
        "date_precision": b.date_precision,
        "source": b.source,
        "authors": b.authors,
        "script": b.script,
        "format": b.format,  # text, html, markdown, feed, record, pdf, docx, eml, mhtml, epub
        "topics": b.topics,
        "keywords": b.keywords,
        "problems": [{"kind": p.kind, "message": p.message} for p in b.problems],
        "bookmarked": notes.is_bookmarked(b.id),
        "read": state.is_read(b.fingerprint) if state is not None else None,  # None: no read state
        "notes": [
            {"created": n.created.isoformat(), "text": n.text, "figure": n.figure} for n in notes.notes_for(b.id)
        ],
    }


def _figures_stdin(args: argparse.Namespace) -> int:
    """``figures --stdin``: figures of piped text (bounded like a briefing file)."""
    from .figures.extract import scan_figures
    from .ingest import CUT_FIGURES, MAX_FIGURES

    if args.id:
        raise CliError("give an id or --stdin, not both")
    # --all and --sort choose and order the library's figures: with --stdin there is no library to choose
    # from, so they are refused rather than silently ignored (--csv works: the piped text's figures as CSV)
    if args.all is not None:
        raise CliError("--all lists the figures of the library's briefings; it cannot be used with --stdin")
    if args.sort != "date":
        raise CliError("--sort orders the rows of --all; it cannot be used with --stdin")
    if args.json and args.csv:
        raise CliError("give --json or --csv, not both")
    if sys.stdin.isatty():  # typed at a prompt it waited without a word, and looked hung (new user s44 U4)
        print("briefreader: reading the text from the keyboard: paste or type it, then ctrl+d", file=sys.stderr)
    data = sys.stdin.buffer.read(64 * 1024 * 1024 + 1)
    if len(data) > 64 * 1024 * 1024:
        raise CliError("standard input is larger than 64 MB")
    from .ingest.decode import decode_bytes

    # read as a briefing file is (UTF-8, UTF-16, GB18030, Big5 …): binary junk is said to be so, not
    # read as U+FFFD text; nothing but spaces is nothing to read
    decoded = decode_bytes(data)
    if decoded.text is None:
        if any(p.kind == "empty" for p in decoded.problems):
            raise CliError("nothing to read: standard input is empty", EXIT_PROBLEMS)
        why = decoded.problems[0].message if decoded.problems else "no text encoding fits"
        raise CliError(f"standard input is not text ({why}); pipe a text document", EXIT_PROBLEMS)
    text = strip_controls(decoded.text)
    figures, complete = scan_figures(text, region=args.region, limit=args.limit or MAX_FIGURES)
    if not complete:  # the candidate budget stopped the scan before the limit: said, as ingest says it
        print(f"briefreader: {CUT_FIGURES.message}", file=sys.stderr)
    if args.json:
        from .figures.extract import text_region

        region = text_region(text, args.region)
        _json([figure_json(f, region=region) for f in figures])
        return EXIT_OK
    if args.csv:
        _csv(
            _STDIN_FIGURE_HEADERS,
            [
                [f.kind, f.text, f.en, *("" if v is None else v for v in (f.value, f.low, f.high)), f.unit, f.qualifier]
                + [f.start, f.end]
                for f in figures
            ],
        )
        return EXIT_OK
    _table(["kind", "as written", "English"], [[f.kind, f.text, f.en] for f in figures], wrap=("as written", "English"))
    return EXIT_OK


# figures --stdin --csv: one row a figure; start and end are character offsets into the text read
_STDIN_FIGURE_HEADERS = ("kind", "as written", "English", "value", "low", "high", "unit", "qualifier", "start", "end")


def figure_json(f: Figure, briefing_id: str | None = None, region: Any = None) -> dict[str, Any]:
    data = f.to_dict()
    if region is not None and f.kind == "money":  # added key: how its currency was read (issue 13)
        from .figures import currency_basis

        data["currency_basis"] = currency_basis(f, region)
    return {"id": briefing_id, **data} if briefing_id is not None else data


_ID_COLUMNS = ("id", "story")  # columns of briefing ids (list, notes, figures --all, stories)


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], wrap: Sequence[str] = ("title",)) -> None:
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
        if h in _ID_COLUMNS:
            # an id is a file's path: whole when the row fits, else folded over lines, the widest
            # column first. Kept whole, a 100-character name took a 120-column terminal: the date was
            # cut to "2026" and the title fell off the screen (new user s44 U2)
            table.add_column(h, overflow="fold", no_wrap=False)
        elif h == "date":  # a cut date (2025-0) reads as a wrong one: never cut
            table.add_column(h, no_wrap=True, min_width=len("2025-05-17"))
        else:
            table.add_column(h, overflow="fold", no_wrap=h not in wrap, min_width=12 if h in wrap else None)
    for row in rows:
        table.add_row(*(Text(one_line(str(c))) for c in row))
    Console(markup=False, highlight=False, soft_wrap=False).print(table)


# --- commands ----------------------------------------------------------------------


def _query_text(words: Sequence[str]) -> str:
    """The query from its argument words (one argument may hold several terms:
    `list 'topic:元宇宙 after:2022-07-27'`)."""
    return " ".join(words).strip()


def _trad_region(config: Config, b: Briefing | None = None) -> str:
    """How Traditional is written, as the TUI (MainScreen.trad_region): the config's
    region, else the source's own when it was Traditional and says where it is from
    (known only for a briefing read in full), else the standard printed forms."""
    if config.traditional != "auto":
        return config.traditional
    if b is not None and b.script == "hant" and b.original:
        from .hanzi import detect_region

        return detect_region(b.original) or "standard"
    return "standard"


def _display(config: Config, args: argparse.Namespace, b: Briefing | None = None) -> Callable[[str], str]:
    """Briefing text as the reader asked to read it: ``[display] script`` (or ``show
    --script``) applies to every table a command prints, as it does to ``show`` and the
    TUI. JSON and CSV stay the normalized (Simplified) text the query language, the
    figures' offsets and the notes file work in."""
    if (getattr(args, "script", None) or config.script) != "hant":
        return str
    from .views import traditional

    region = _trad_region(config, b)
    return lambda text: traditional(text, b, region)  # a Traditional source: its own characters


def _names_shown(
    config: Config, shown: Callable[[str], str]
) -> tuple[Callable[[Briefing], str], Callable[[Briefing], str]]:
    """A briefing's title and source as the reader reads them (``shown``: _display's), for
    `list` and `export`."""

    def title(b: Briefing) -> str:
        """In Traditional, a Traditional source's title as it writes it (the index keeps it:
        Briefing.written_title), as the TUI's list shows it; s2t gave 臺北 for its 台北."""
        written = b.written_title(config.traditional) if shown is not str and b.script == "hant" else None
        return written if written is not None else shown(b.title)

    def source(b: Briefing) -> str:
        """The source line the same way (Briefing.written_source: 台視新聞, not s2t's 臺視新聞)."""
        written = b.written_source(config.traditional) if shown is not str and b.script == "hant" else None
        return written if written is not None else shown(b.source)

    return title, source


def cmd_list(config: Config, args: argparse.Namespace) -> int:
    text = _query_text(args.query)
    if text:  # a mistake in the query is found before the library is read
        from .query import QuerySyntaxError, parse

        try:
            parse(text)
        except QuerySyntaxError as exc:
            raise CliError(f"query: {exc}") from None
    library = _library(config, args)
    notes = _notes(config, library)
    state = _read_state(config)  # the unread mark of each row, and is:unread/read/new
    briefings = library.briefings
    if text:
        from .query import QuerySyntaxError, filter_briefings
        from .readstate import StateMarks

        _check_story_ids(text, library)
        started = time.perf_counter()
        marks = StateMarks(notes, state)
        try:
            briefings = filter_briefings(
                briefings, text, taxonomy=config.topics, marks=marks, search=library.search, stories=_stories(library)
            )
        except QuerySyntaxError as exc:
            raise CliError(f"query: {exc}") from None
        log.debug(
            "query %r: %d of %d briefings in %.3f s",
            text,
            len(briefings),
            len(library.briefings),
            time.perf_counter() - started,
        )
    if args.limit:
        briefings = briefings[: args.limit]
    if args.json:
        _json_array(briefing_json(b, notes, state) for b in briefings)
        return EXIT_OK
    if args.ids:  # a file's name may carry control characters: never to the terminal raw
        sys.stdout.write("".join(one_line(b.id) + "\n" for b in briefings))
        return EXIT_OK
    if not briefings:  # nothing printed said nothing: an empty folder looked like a broken reader (as stories)
        why = "no briefing matches the query" if library.briefings else _no_briefings(config, library)
        print(f"briefreader: {why}", file=sys.stderr)
        return EXIT_OK
    labels = {t.id: t.label(config.language) for t in config.topics.values()}
    shown = _display(config, args)
    title, source = _names_shown(config, shown)
    rows = [
        (
            ("★" if notes.is_bookmarked(b.id) else "") + ("" if state.is_read(b.fingerprint) else "•"),
            b.id,
            b.date_iso or "",
            source(b),
            title(b),
            shown(", ".join(labels.get(t, t) for t in b.topics[:3])),
        )
        for b in briefings
    ]
    _table(("", "id", "date", "source", "title", "topics"), rows, wrap=("title", "topics"))
    return EXIT_OK


def _library_for_id(config: Config, args: argparse.Namespace) -> tuple[Library, Briefing]:
    """The library and the briefing ``args.id`` names, for `show ID` and `figures ID`.

    An analyst's script calls these many times: at 100,000 briefings the verified load
    (every file stat'ed, every row decoded) took ~2.2 s of CPU of the ~2.7 of a call.
    The list as the index stored it (the TUI's warm start: ~0.9 s) answers when the
    briefing's file is unchanged since it was indexed (size and mtime, one query) and no
    other file in its folder shares its stem (a sibling would change the ids); else, or
    when the id is not exactly one there, the folder is read as before, with its messages.
    An exact id is first looked up as its one row (_stored_one): building that list
    was ~0.9 s of CPU at 100,000 (session 15)."""
    if not args.no_cache:
        _check_folder(config, args)
        from .library import LibraryError, load_library

        if (one := _stored_one(config, args.id)) is not None:
            return one
        try:
            quick = load_library(config, verify=False)
        except LibraryError:
            quick = None
        if quick is not None:
            exact = _exact_id(quick, args.id)  # an exact id only: a prefix may match more in the folder now
            b = quick.get(exact) if exact is not None else None
            if b is not None and _unchanged(quick, b):
                return quick, b
            quick.close()
    library = _library(config, args)
    return library, _find(library, args.id, config)


def _stored_one(config: Config, briefing_id: str) -> tuple[Library, Briefing] | None:
    """A library of the one briefing an exact id names, from its index row alone, when
    its file is as indexed and alone with its stem (as :func:`_unchanged`), else None.
    The id as typed is asked first, then without a file's extension, as _exact_id does."""
    from .library import Library, LibraryError, _open_index

    try:
        root = config.briefings.resolve()
        index = _open_index(config, root) if root.is_dir() else None
    except (LibraryError, OSError):
        return None
    if index is None:
        return None
    rows = []
    for candidate in dict.fromkeys(_id_candidates(briefing_id)):
        if rows := index.rows_with_id(root, candidate):
            break
    if len(rows) == 1 and _as_indexed(rows[0].briefing.path, rows[0].size, rows[0].mtime_ns):
        b = rows[0].briefing
        return Library(root=root, briefings=[b], index=index), b
    index.close()
    return None


def _alone_stat(path: Path) -> os.stat_result | None:
    """``path``'s stat when no other file of its folder has its stem (a sibling would make
    the id ambiguous), else None; None too when it cannot be read."""
    try:
        st = path.stat()
        stem = path.name.rpartition(".")[0] or path.name
        siblings = [n for n in os.listdir(path.parent) if (n.rpartition(".")[0] or n) == stem]
    except OSError:
        return None
    return st if siblings == [path.name] else None


def _as_indexed(name: str, size: int, mtime_ns: int) -> bool:
    """The file ``name`` has this size and mtime, and no other file of its folder its stem."""
    st = _alone_stat(Path(name))
    return st is not None and (st.st_size, st.st_mtime_ns) == (size, mtime_ns)


def _unchanged(library: Library, b: Briefing) -> bool:
    """``b``'s file is as the index has it, alone with its stem in its folder."""
    from .library import _rel

    if library.index is None or not b.path:
        return False
    path = Path(b.path)
    st = _alone_stat(path)
    if st is None:
        return False
    return library.index.lookup(_rel(path, library.root), st.st_size, st.st_mtime_ns) is not None


def cmd_show(config: Config, args: argparse.Namespace) -> int:
    library, b = _library_for_id(config, args)
    b = library.full(b)
    if args.original:
        from .ingest import original_view

        _print(original_view(b))
        return EXIT_OK
    convert = _display(config, args, b)
    meta = " · ".join(x for x in (b.date_iso or "", b.source, "、".join(b.authors)) if x)
    _print(convert(b.title))
    if meta:
        _print(convert(meta))
    _print()
    _print("\n\n".join(convert(p) for p in b.paragraphs))
    return EXIT_OK


def cmd_figures(config: Config, args: argparse.Namespace) -> int:
    if args.stdin:
        return _figures_stdin(args)
    if args.json and args.csv:  # (--stdin says so itself)
        raise CliError("give --json or --csv, not both")
    if args.csv and args.all is None:
        raise CliError("--csv is for --all or --stdin (`figures --all QUERY --csv`); one briefing: --json")
    if args.all is not None:
        return cmd_figures_all(config, args)
    if args.id:
        library, one = _library_for_id(config, args)
        if (printed := _indexed_figures(config, args, library, one)) is not None:
            return printed
        chosen = [one]
    else:
        library = _library(config, args)
        chosen = library.briefings
    # Figures are not in the index's list entries: each briefing is read again, lazily,
    # so --limit stops reading once it has its figures.
    found: list[tuple[Briefing, Figure]] = []
    with contextlib.closing(library.full_many(chosen)) as fulls:  # PDFs: one pool of workers, not one each
        for full in fulls:
            found += [(full, f) for f in full.figures]
            if args.limit and len(found) >= args.limit:
                del found[args.limit :]
                break
    if args.json:
        from .figures import detect_region

        regions = {  # as ingest read it: a bare 元 is the briefing's region's currency
            b.id: detect_region(b.text, source=b.source, script=b.script, original=b.original, url=b.link or "")
            for b, f in found
            if f.kind == "money" and b.id
        }
        _json([figure_json(f, None if args.id else b.id, regions.get(b.id)) for b, f in found])
        return EXIT_OK
    shown = {b.id: _display(config, args, b) for b, _ in found}  # each briefing's own region, as `show`
    rows = [([] if args.id else [b.id]) + [f.kind, shown[b.id](f.text), f.en] for b, f in found]
    headers = ([] if args.id else ["id"]) + ["kind", "as written", "English"]
    _table(headers, rows, wrap=("as written", "English"))
    return EXIT_OK


def _indexed_figures(config: Config, args: argparse.Namespace, library: Library, b: Briefing) -> int | None:
    """`figures ID` from the briefing's index rows (its file as indexed: _library_for_id), as
    reading it again gives them (Index.briefing_figures); None when the index cannot answer or
    the Traditional view asks for the source's own characters (read from the file). Reading
    the file again was the whole pipeline's start and the file's ingest (tester s21 P1)."""
    if b.loaded or not b.key or library.index is None or _display(config, args) is not str:
        return None
    found = library.index.briefing_figures(b.key)
    if found is None:
        return None
    figures, region = found
    if args.limit:
        figures = figures[: args.limit]
    if args.json:
        from .figures.region import Region

        money = region is not None and any(f.kind == "money" for f in figures)
        _json([figure_json(f, None, Region(*region) if money else None) for f in figures])
        return EXIT_OK
    _table(["kind", "as written", "English"], [[f.kind, f.text, f.en] for f in figures], wrap=("as written", "English"))
    return EXIT_OK


def cmd_note(config: Config, args: argparse.Namespace) -> int:
    from .notes import NotesError

    if (args.delete is not None or args.edit is not None) and args.text is not None:
        raise CliError(f"{'--delete' if args.delete else '--edit N TEXT'} takes no other text")
    if args.edit is not None:
        try:
            number, args.text = _positive(args.edit[0]), args.edit[1]
        except argparse.ArgumentTypeError as exc:
            raise CliError(f"--edit N: {exc}") from None
    else:
        number = args.delete
    if args.delete is None and (args.text is None or not args.text.strip()):
        raise CliError("the note is empty" if args.text is not None else "what should the note say? (note ID TEXT)")
    library = _library(config, args)
    b = _find(library, args.id, config)
    store = _notes(config, library, warn=False)
    try:
        if number is None:
            store.add_note(b, args.text)
            _print(f"note added to {b.id} in {config.notes}")
            return EXIT_OK
        if store.error:
            raise NotesError(f"{store.error}; notes are read-only until it is fixed")
        notes = store.notes_for(b.id)
        if not 1 <= number <= len(notes):
            have = f"{len(notes)} note{'s' if len(notes) != 1 else ''}" if notes else "no notes"
            raise CliError(f"{b.id} has {have}; there is no note {number}")
        if args.edit is not None:
            store.edit_note(b, notes[number - 1], args.text)
            _print(f"note {number} of {b.id} edited")
        else:
            deleted, _ = store.delete_note(b, notes[number - 1])
            _print(f"note {number} of {b.id} deleted: {one_line(deleted.text)[:60]}")
    except NotesError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    return EXIT_OK


def cmd_notes(config: Config, args: argparse.Namespace) -> int:
    """Every briefing with a bookmark, a note or a draft, newest first."""
    text = _query_text(args.query)
    if text:
        from .query import QuerySyntaxError, parse

        try:
            parse(text)
        except QuerySyntaxError as exc:
            raise CliError(f"query: {exc}") from None
    library = _library(config, args)
    store = _notes(config, library, warn=False)
    if store.error:
        # as `export` says it: a warning, then "no notes or bookmarks on any briefing here" (or `[]`
        # with --json) and exit 0 told a script, and a reader, there were none (new user s45)
        raise CliError(f"{one_line(store.error)}; the notes cannot be listed until it is fixed", EXIT_PROBLEMS)
    entries = store.entries()
    kept = [
        b for b in library.briefings if (e := entries.get(b.id)) is not None and (e.bookmarked or e.notes or e.draft)
    ]
    if text:
        from .query import QuerySyntaxError, filter_briefings
        from .readstate import StateMarks

        _check_story_ids(text, library)
        marks = StateMarks(store, _read_state(config) if _needs_read_state(text) else None)
        try:
            kept = filter_briefings(
                kept, text, taxonomy=config.topics, marks=marks, search=library.search, stories=_stories(library)
            )
        except QuerySyntaxError as exc:
            raise CliError(f"query: {exc}") from None
        if not kept and (named := _named_id(library, text)) is not None:
            # `notes ID` after `note ID` (tester s22 T20): a query that matches nothing but names
            # one briefing's id (or an id's unique prefix) asks for that briefing's notes
            if named in entries and (entries[named].bookmarked or entries[named].notes or entries[named].draft):
                kept = [library.get(named)]
            else:
                print(f"briefreader: no notes or bookmark on {one_line(named)}", file=sys.stderr)
                return EXIT_OK
    if args.limit:
        kept = kept[: args.limit]
    if args.json:
        _json(
            [
                {
                    "id": b.id,
                    "title": b.title,
                    "date": b.date_iso,
                    "bookmarked": entries[b.id].bookmarked,
                    "draft": entries[b.id].draft or None,
                    "notes": [
                        {"n": i, "created": n.created.isoformat(), "text": n.text, "figure": n.figure}
                        for i, n in enumerate(entries[b.id].notes, 1)
                    ],
                }
                for b in kept
            ]
        )
        return EXIT_OK
    if not kept:
        elsewhere = sum(
            1 for i, e in entries.items() if (e.bookmarked or e.notes or e.draft) and i not in library.by_id
        )
        chosen = "the chosen briefings" if text else "any briefing"
        _say_empty(config, library, library.briefings, f"no notes or bookmarks on {chosen} here")
        if elsewhere:  # the notes file is the user's, across folders; `export` writes all of it
            many = elsewhere != 1
            print(
                f"briefreader: {elsewhere} briefing{'s' if many else ''} with notes or a bookmark in"
                f" {one_line(str(config.notes))} {'are' if many else 'is'} not in this folder"
                " (`briefreader export` writes them all)",
                file=sys.stderr,
            )
        return EXIT_OK
    rows: list[tuple[object, ...]] = []
    shown = _display(config, args)  # the briefing's title; a note is the reader's own text, as typed
    for b in kept:  # the briefing's line, then one line per note
        entry = entries[b.id]
        rows.append(("★" if entry.bookmarked else "", b.id, "", shown(b.title)))
        for i, n in enumerate(entry.notes, 1):
            rows.append(("", b.id, str(i), n.text if not n.figure else f"[{n.figure}] {n.text}"))
        if entry.draft:
            rows.append(("", b.id, "draft", entry.draft))
    _table(("", "id", "n", "note"), rows, wrap=("note",))
    return EXIT_OK


def cmd_read(config: Config, args: argparse.Namespace) -> int:
    library = _library(config, args)
    chosen = [_find(library, key, config) for key in args.ids]  # every id checked before anything is written
    state = _read_state(config)
    changed = state.set_read([b.fingerprint for b in chosen], not args.unread)
    state.close()
    if state.message and not state.persistent:
        raise CliError(state.message, EXIT_PROBLEMS)
    word = "unread" if args.unread else "read"
    _print(
        f"marked {changed} of {len(chosen)} briefing{'s' if len(chosen) != 1 else ''} {word}"
        + (f" ({len(chosen) - changed} already {word})" if changed < len(chosen) else "")
    )
    return EXIT_OK


def cmd_bookmark(config: Config, args: argparse.Namespace) -> int:
    from .notes import NotesError

    library = _library(config, args)
    b = _find(library, args.id, config)
    store = _notes(config, library, warn=False)
    if store.is_bookmarked(b.id) != args.off:  # already as asked: say so, write nothing
        _print(f"{b.id} {'was not bookmarked' if args.off else 'is already bookmarked'}; nothing changed")
        return EXIT_OK
    try:
        store.set_bookmark(b, not args.off)
    except NotesError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    _print(f"{'removed the bookmark from' if args.off else 'bookmarked'} {b.id}")
    return EXIT_OK


def cmd_export(config: Config, args: argparse.Namespace) -> int:
    from .export import NOTES_HEADER, export_markdown, write_export
    from .notes import NotesError

    if args.output == "":
        raise CliError("export: -o needs a file name (or - for standard output)", 2)
    if args.output != "-":  # before reading the library: a typo fails at once
        _check_export_folder(Path(args.output).expanduser() if args.output is not None else config.export)
    library = _library(config, args)
    notes = _notes(config, library, warn=False)  # a notes file that does not parse is the error below
    # titles and sources as the reader reads them ([display] script): notes taken in Traditional were exported
    # under Simplified titles (new user s47 U5); the notes' own words are as typed
    title, source = _names_shown(config, _display(config, args))
    try:
        markdown = export_markdown(notes, library.by_id, title=title, source=source)
    except NotesError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    if args.output == "-":
        sys.stdout.write(markdown)
        return EXIT_OK
    target = Path(args.output).expanduser() if args.output is not None else config.export
    # A file of someone else's is never replaced unasked, -o or not (tester s14 F14: `export -o
    # myreport.md` replaced the user's report, where the default path refused): --force replaces it.
    ours = None if args.force else NOTES_HEADER
    try:
        written = write_export(target, markdown, notes=config.notes, briefings=config.briefings, ours=ours)
    except NotesError as exc:  # write_export names the file and the reason
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    _print(f"exported notes to {written}")  # ../x.md said as the file it is (write_export; new user s48 U12)
    return EXIT_OK


def cmd_check(config: Config, args: argparse.Namespace) -> int:
    library = _library(config, args)
    for fp in library.problems:  # a record of a file of many by its key: ten rows of one CSV were ten alike
        _print(f"{fp.relpath}{_record(fp)}: {fp.problem.kind}: {fp.problem.message}")
    files = len({fp.relpath for fp in library.problems})
    read = len(library.briefings)  # "1 briefings read" (new user s45)
    summary = f"{read} briefing{'' if read == 1 else 's'} read; {len(library.problems)} problem(s) in {files} file(s)"
    print(summary, file=sys.stderr)
    return EXIT_PROBLEMS if library.problems else EXIT_OK


def _check_export_folder(target: Path) -> None:
    """The export goes into a folder that exists: a mistyped -o is refused, not made."""
    folder = target.absolute().parent
    if not folder.is_dir():
        why = "is not a folder" if folder.exists() else "does not exist"
        raise CliError(f"{target}: cannot write the export: the folder {folder} {why}", EXIT_PROBLEMS)


def _check_folder(config: Config, args: argparse.Namespace | None = None) -> None:
    """The checks load_library makes first, as a CliError (same messages).

    With no folder given anywhere (no --briefings, no config file) and none in the
    current folder, this is a first run: a screen that says what to do.
    """
    root = config.briefings
    if not root.exists():
        if config.path is None and not (args is not None and args.briefings):
            raise FirstRun(first_run_help(root))
        named = "--briefings" if args is not None and args.briefings else f"config: {one_line(str(config.path))}"
        raise CliError(f"briefings folder not found: {root} ({named})")
    if not root.is_dir():
        raise CliError(f"not a folder: {root}")


# --- across briefings (issue 17): figures --all, metrics, stories, digest ------------


def _across_figure_options(s: argparse.ArgumentParser) -> None:
    s.add_argument(
        "--all",
        nargs="*",
        metavar="QUERY",
        help="every figure of the briefings QUERY chooses, one row each, with its metric"
        " (figure terms such as money>1000亿 also choose the figures)",
    )
    s.add_argument("--csv", action="store_true", help="with --all or --stdin: print CSV")
    s.add_argument(
        "--sort",
        choices=("date", "source", "kind", "text", "en", "value", "unit", "metric", "title"),
        default="date",
        help="with --all: the column to sort by (default: date, newest first; value and kind: by kind, then"
        " currency or unit, then value, so one currency's sums are together)",
    )


def _across_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    s = command("metrics", "the metrics the figures measure, with how often they are reported")
    s.add_argument("query", nargs="*", help="query terms choosing the briefings")
    s.add_argument("--series", metavar="METRIC", help="the values of one metric over time instead")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--csv", action="store_true", help="with --series: print CSV")
    s = command("stories", "briefings grouped by story: the same article from several outlets")
    s.add_argument("query", nargs="*", help="query terms choosing the briefings")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--all", action="store_true", help="also stories with one version")
    s = command("digest", "a Markdown digest of the matching briefings, one entry per story")
    s.add_argument("query", nargs="*", help="query terms choosing the briefings")
    when = s.add_mutually_exclusive_group()
    when.add_argument("--since", metavar="DATE", help="briefings dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)")
    when.add_argument("--new", action="store_true", help="briefings that arrived since the last run (is:new)")
    s.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    s.add_argument("--force", action="store_true", help="replace FILE even when briefreader did not write it")


def _stories(library: Library) -> Callable[[], StoryMap]:
    """The library's stories for is:duplicate / story:ID, computed only when asked (issue 17)."""

    def get() -> StoryMap:
        from .across import story_map

        return story_map(library)

    return get


def _check_story_ids(text: str, library: Library) -> None:
    """``story:ID`` names an id as every command takes one: an id no briefing starts with is
    an error here too (tester s18 U5: `list story:zzz` matched nothing, exit 0, while `show
    zzz` said no such briefing). The TUI's filter narrows as a prefix is typed: not there."""
    from .query import parse, unknown_story

    term = unknown_story(parse(text), library.by_id)
    if term is not None and term.of:
        raise CliError(f"query: story:{one_line(term.of)}: no briefing id starts with {one_line(term.of)!r}")


def _chosen(config: Config, args: argparse.Namespace, text: str) -> tuple[Library, list[Briefing]]:
    """The library and the briefings a query chooses (as `list` does)."""
    from .query import QuerySyntaxError, parse

    if text:
        try:
            parse(text)
        except QuerySyntaxError as exc:
            raise CliError(f"query: {exc}") from None
    library = _library(config, args)
    return library, _filtered(config, library, library.briefings, text)


def _filtered(config: Config, library: Library, among: list[Briefing], text: str) -> list[Briefing]:
    """The briefings of ``among`` that the query ``text`` chooses (all of them for none)."""
    from .query import QuerySyntaxError, filter_briefings
    from .readstate import StateMarks

    if not text:
        return among
    _check_story_ids(text, library)
    notes = _notes(config, library)
    marks = StateMarks(notes, _read_state(config) if _needs_read_state(text) else None)
    try:
        return filter_briefings(
            among,
            text,
            taxonomy=config.topics,
            marks=marks,
            search=library.search,
            stories=_stories(library),
        )
    except QuerySyntaxError as exc:
        raise CliError(f"query: {exc}") from None


def _csv(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """CSV on stdout, each cell through safe.csv_cell (no formula runs when a spreadsheet
    opens briefing text; the TUI's metrics export writes the same cells)."""
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([csv_cell(c) for c in row] for row in rows)


_FIGURE_HEADERS = ("id", "date", "source", "kind", "as written", "English", "value", "unit", "metric", "title")


def _figure_cells(r: Any) -> list[object]:
    return [
        r.id,
        r.date or "",
        r.source,
        r.kind,
        r.text,
        r.en,
        "" if r.value is None else r.value,
        r.unit,
        r.metric,
        r.title,
    ]


def _no_briefings(config: Config, library: Library) -> str:
    """An empty list's reason: the folder, and how many of its files could not be read (a
    folder of broken files looked empty; the TUI says "P lists files that could not be read")."""
    why = f"no briefings in {one_line(str(config.briefings))}"  # a name from a config: no control sequences
    if unreadable := len({p.relpath for p in library.problems}):
        files = "file" if unreadable == 1 else "files"
        why += f"; {unreadable} {files} could not be read (`briefreader check` says why)"
    return why


def _say_empty(config: Config, library: Library, chosen: Sequence[Briefing], none: str, query: str = "") -> None:
    """Why a table is empty, on stderr (as `list` and `stories` say): an empty folder, a
    query that chose nothing, or chosen briefings with nothing of the kind (``none``).
    `figures --all`, `metrics` and `notes` printed nothing at all (tester s14 F12)."""
    if not library.briefings:
        why = _no_briefings(config, library)
    elif query and not chosen:
        why = "no briefing matches the query"
    else:
        why = none
    print(f"briefreader: {why}", file=sys.stderr)


# figures --all --csv: the table's columns, then what `figures ID --json` also says (tester s14 F16)
_FIGURE_CSV_HEADERS = (*_FIGURE_HEADERS, "low", "high", "qualifier", "start", "end", "sentence")
_FULL_CHUNK = 512  # figure rows whose briefings are read again at once (figures --all --json/--csv)


def _with_figures(library: Library, rows: Sequence[Any], indexed: bool) -> Iterator[tuple[Any, Figure | None, Any]]:
    """Each figure row with its Figure and its briefing's region (for a sum's
    currency_basis): from the index when the rows are its own (``indexed``: a
    FigureWindow's, whose rowid is the figure's), which keeps what the rows lack (schema
    14); else, or where it cannot answer, read from the briefings again (_reread_figures).
    Reading 374 briefings again took 13-16 s where the index answers in under a second
    (review s15 R15; ~1 h at 100,000)."""
    from .figures.region import Region

    for at in range(0, len(rows), _FULL_CHUNK):
        chunk = rows[at : at + _FULL_CHUNK]
        found = library.index.figure_details([r.rowid for r in chunk]) if indexed and library.index else None
        if found is None:
            yield from _reread_figures(library, rows[at:])
            return
        for r in chunk:
            detail = found.get(r.rowid)
            if detail is None:  # gone from the index meanwhile: the row's fields only
                yield r, None, None
                continue
            value, low, high, qualifier, sentence, region = detail
            figure = Figure(
                kind=r.kind, text=r.text, start=r.start, end=r.stop, value=value, low=low, high=high,
                unit=r.unit, qualifier=qualifier, en=r.en, sentence=sentence,
            )  # fmt: skip
            yield r, figure, Region(*region) if region else None


def _reread_figures(library: Library, rows: Sequence[Any]) -> Iterator[tuple[Any, Figure | None, Any]]:
    """Each figure row with its Figure, read from its briefing again, and the briefing's
    region (for a sum's currency_basis): the index keeps what the figures view shows, not the
    hedge (超过3000亿元 and 3000亿元 were one record), a range's ends (2个至3个 was value 2) or
    the sentence, which `figures ID --json` gives (tester s14 F16). Rows come in chunks, each
    briefing of a chunk read once (PDFs by one pool: library.full_many); only the figures
    are kept, for the last few hundred briefings. A row whose file changed since the index
    has no Figure (None): its record has the row's fields only."""
    from collections import OrderedDict

    from .figures import detect_region

    kept: OrderedDict[str, tuple[dict[tuple[int, int], Figure], Any]] = OrderedDict()
    for at in range(0, len(rows), _FULL_CHUNK):
        chunk = rows[at : at + _FULL_CHUNK]
        ids = dict.fromkeys(r.id for r in chunk)
        for i in ids:  # this chunk's kept ones are the newest, so the reads below never evict them
            if i in kept:
                kept.move_to_end(i)
        need = [library.by_id[i] for i in ids if i not in kept and i in library.by_id]
        for full in library.full_many(need):
            money = any(f.kind == "money" for f in full.figures)
            region = (
                detect_region(full.text, source=full.source, script=full.script, original=full.original, url=full.link)
                if money
                else None
            )
            kept[full.id] = ({(f.start, f.end): f for f in full.figures}, region)
            while len(kept) > 2 * _FULL_CHUNK:  # never one of this chunk's (at most _FULL_CHUNK)
                kept.popitem(last=False)
        for r in chunk:
            figures, region = kept.get(r.id, ({}, None))
            yield r, figures.get((r.start, r.stop)), region


def _figure_record(r: Any, f: Figure | None, region: Any) -> dict[str, Any]:
    """A figure of `figures --all --json`: the fields of `figures ID --json` (figure_json)
    with the briefing's date, source and title and the figure's metric."""
    if f is None:
        data: dict[str, Any] = {"kind": r.kind, "text": r.text, "start": r.start, "end": r.stop, "value": r.value}
        data |= {"low": None, "high": None, "unit": r.unit, "qualifier": None, "en": r.en, "sentence": None}
    else:
        data = figure_json(f, None, region)
    return {"id": r.id, "date": r.date, "source": r.source, **data, "metric": r.metric, "title": r.title}


def _figure_csv_cells(r: Any, f: Figure | None) -> list[object]:
    if f is None:
        return [*_figure_cells(r), "", "", "", r.start, r.stop, ""]
    ends = ("" if v is None else v for v in (f.low, f.high))
    return [*_figure_cells(r), *ends, f.qualifier, f.start, f.end, f.sentence]


def cmd_figures_all(config: Config, args: argparse.Namespace) -> int:
    """``figures --all [QUERY]``: every figure of the chosen briefings, from the index."""
    from .across import query_figures
    from .index import FigureWindow
    from .query import QuerySyntaxError

    words = ([args.id] if args.id else []) + list(args.all)
    text = _query_text(words)
    library, briefings = _chosen(config, args, text)
    if not briefings and words and (named := _named_id(library, words[0])) is not None:
        # `figures ID --all` (the id the help names, before --all) or `figures --all ID`: a query
        # that matches nothing but starts with a briefing's id (or an id's unique prefix) asks for
        # that briefing's figures, the other words choosing among them, as `notes ID` does. Both
        # said "no briefing matches the query" (new user s45)
        text = _query_text(words[1:])
        briefings = _filtered(config, library, [library.get(named)], text)
    try:  # the TUI's F view lists the same (across.query_figures)
        table = query_figures(library, briefings, text, order=args.sort, descending=args.sort in ("date", "value"))
    except QuerySyntaxError as exc:
        raise CliError(f"query: {exc}") from None
    rows = table.rows(0, args.limit or len(table))
    indexed = isinstance(table, FigureWindow)  # its rows' rowids are the index's figures
    if not rows and not (args.json or args.csv):
        what = "the chosen briefings" if text else "any briefing"
        _say_empty(config, library, briefings, f"no figures in {what}", text)
        return EXIT_OK
    if args.json:
        _json([_figure_record(r, f, region) for r, f, region in _with_figures(library, rows, indexed)])
    elif args.csv:
        _csv(_FIGURE_CSV_HEADERS, [_figure_csv_cells(r, f) for r, f, _ in _with_figures(library, rows, indexed)])
    else:
        shown = _display(config, args)
        cells = [_figure_cells(r) for r in rows]
        for c in cells:  # source, as written, metric, title
            for i in (2, 4, 8, 9):
                c[i] = shown(str(c[i]))
        _table(_FIGURE_HEADERS, cells, wrap=("as written", "English", "title"))
    return EXIT_OK


def cmd_metrics(config: Config, args: argparse.Namespace) -> int:
    from .across import metric_counts, metric_series

    if args.json and args.csv:
        raise CliError("give --json or --csv, not both")
    if args.csv and args.series is None:
        raise CliError("--csv is for --series (a metric's values over time); the metrics list: --json")
    library, briefings = _chosen(config, args, _query_text(args.query))
    if args.series is not None:
        from .metrics import normalise

        rows = metric_series(library, normalise(args.series) or args.series, briefings)
        if not rows:  # a mistyped name printed nothing and exited 0, like a metric with no values
            near = [m for m, _, _ in metric_counts(library, briefings) if args.series in m or m in args.series]
            hint = f"; similar: {', '.join(near[:5])}" if near else ""
            raise CliError(
                f"metrics: no figure of the chosen briefings measures {args.series!r}"
                f" (`briefreader metrics` lists the metrics{hint})",
                EXIT_PROBLEMS,
            )
        if args.json:
            _json(
                [
                    {
                        "date": r.date,
                        "value": r.value,
                        "unit": r.unit,
                        "text": r.text,
                        "en": r.en,
                        "id": r.id,
                        "source": r.source,
                        "title": r.title,
                    }
                    for r in rows
                ]
            )
        elif args.csv:
            _csv(
                ("date", "value", "unit", "as written", "English", "id", "source", "title"),
                [
                    [r.date or "", "" if r.value is None else r.value, r.unit, r.text, r.en, r.id, r.source, r.title]
                    for r in rows
                ],
            )
        else:
            shown = _display(config, args)
            _table(
                ("date", "as written", "English", "source", "title"),
                [[r.date or "", shown(r.text), r.en, shown(r.source), shown(r.title)] for r in rows],
                wrap=("title",),
            )
        return EXIT_OK
    counts = metric_counts(library, briefings)
    if args.json:
        _json([{"metric": m, "figures": n, "briefings": d} for m, n, d in counts])
    elif not counts:
        what = "the chosen briefings" if _query_text(args.query) else "any briefing"
        _say_empty(config, library, briefings, f"no figure of {what} measures a named metric", _query_text(args.query))
    else:
        shown = _display(config, args)
        _table(("metric", "figures", "briefings"), [(shown(m), n, d) for m, n, d in counts], wrap=())
    return EXIT_OK


def cmd_stories(config: Config, args: argparse.Namespace) -> int:
    from .across import story_groups

    library, briefings = _chosen(config, args, _query_text(args.query))
    groups = [g for g in story_groups(library, briefings) if args.all or len(g) > 1]
    if args.json:
        _json(
            [
                {
                    "story": g[0].id,
                    "versions": [{"id": b.id, "date": b.date_iso, "source": b.source, "title": b.title} for b in g],
                }
                for g in groups
            ]
        )
        return EXIT_OK
    if not groups:  # an empty table said nothing: a new user could not tell "none" from "broken"
        chosen = "of the chosen briefings " if _query_text(args.query) else ""
        why = f"no briefing {'matches' if chosen else 'is in the library'}" if not briefings else None
        print(
            f"briefreader: {why or f'no story {chosen}has more than one version (--all lists every story)'}",
            file=sys.stderr,
        )
        return EXIT_OK
    rows = []
    shown = _display(config, args)
    for g in groups:
        first = g[0]
        rows.append(
            [first.id, f"{len(g)} versions" if len(g) > 1 else "", first.date_iso or "", shown(first.source)]
            + [shown(first.title)]
        )
        # each version's id: which file is the other version is what the reader looks for
        rows += [[f"└ {b.id}", "", b.date_iso or "", shown(b.source), shown(b.title)] for b in g[1:]]
    _table(("story", "versions", "date", "source", "title"), rows, wrap=("title",))
    return EXIT_OK


def cmd_digest(config: Config, args: argparse.Namespace) -> int:
    import datetime as dt

    from .digest import build_digest

    text = _query_text(args.query)
    if args.new:
        text = (text + " is:new").strip()
    since = None
    if args.since:
        # YYYY and YYYY-MM as in the query language's after:/date: (the start of that period)
        parts = args.since.strip().split("-")
        try:
            if len(parts) == 3:
                since = dt.date.fromisoformat(args.since.strip())
            elif len(parts) <= 2 and all(p.isdigit() and p.isascii() for p in parts) and len(parts[0]) == 4:
                since = dt.date(int(parts[0]), int(parts[1]) if len(parts) == 2 else 1, 1)
            else:
                raise ValueError
        except ValueError:
            raise CliError(f"digest: --since needs a date as YYYY-MM-DD, YYYY-MM or YYYY, not {args.since!r}") from None
    if args.output not in (None, "-"):
        _check_export_folder(Path(args.output).expanduser())
    library, briefings = _chosen(config, args, text)
    if since is not None:
        briefings = [b for b in briefings if b.date is not None and b.date >= since]
    labels = {t.id: t.label(config.language) for t in config.topics.values()}
    markdown = build_digest(
        library,
        briefings,
        labels=labels,
        since=since,  # "Digest since …", in [display] language as the digest's other words
        query=text,  # "Digest: topic:元宇宙": what chose the briefings (new user s45)
        language=config.language,
        generated=dt.datetime.now().astimezone(),
    )
    if args.output in (None, "-"):
        sys.stdout.write(markdown)
        return EXIT_OK
    from .digest import DIGEST_HEADERS
    from .export import write_export
    from .notes import NotesError

    try:
        written = write_export(
            Path(args.output).expanduser(),
            markdown,
            notes=config.notes,
            briefings=config.briefings,
            ours=None if args.force else DIGEST_HEADERS,  # a digest of ours (en or zh) is replaced; others: --force
            what="digest",
        )
    except NotesError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    shown = "1 briefing" if len(briefings) == 1 else f"{len(briefings)} briefings"
    print(f"briefreader: digest of {shown} written to {written}", file=sys.stderr)
    return EXIT_OK


ACROSS_COMMANDS = {"metrics": cmd_metrics, "stories": cmd_stories, "digest": cmd_digest}


def first_run_help(looked_in: Path) -> str:
    """What to do when there is nothing to read. Every fixed line fits 80 columns (the
    commands were on 90-column lines, wrapped mid-word in a new user's terminal), and the
    formats are the folder reader's own list (it said ".txt, .md and .html files")."""
    import textwrap

    from .config import user_config_dir
    from .library import SUFFIXES

    # a legacy .doc is only reported (save it as .docx), so it is not offered here
    formats = textwrap.fill(
        "Briefings are read recursively, in any encoding, and never changed: "
        + " ".join(sorted(SUFFIXES - {".doc"}))
        + ". Notes and bookmarks are kept apart, in a TOML file of their own.",
        width=79,
    )
    return f"""\
briefreader: no briefings folder here ({looked_in})
and no config file naming one.

Read a folder of briefings:
    briefreader --briefings ~/path/to/briefings
Make that folder the default (writes {user_config_dir() / "config.toml"}):
    briefreader config init --briefings ~/path/to/briefings
Then:
    briefreader           the reader
    briefreader list      the briefings, newest first
    briefreader --help    everything else

{formats}"""


def cmd_tui(config: Config, args: argparse.Namespace) -> int:
    # Like the subcommands: a folder that is missing or not a folder is one line on
    # stderr and exit 2, not a full-screen app with nothing to show.
    _check_folder(config, args)
    # The app draws with escape sequences: into a file or a pipe that is garbage.
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        which = "output" if not sys.stdout.isatty() else "input"
        raise CliError(
            f"standard {which} is not a terminal, so the reader does not start; "
            "use `briefreader list` (or `list --json`) in scripts and pipes"
        )
    if args.debug or _debug_env() is not None:
        from textual.logging import TextualHandler  # to `textual console`

        handler = TextualHandler()
        handler.setLevel(logging.DEBUG)
        log.addHandler(handler)
    use_cache = not args.no_cache
    from .warm import EarlyPeek, pause_gc

    pause_gc()  # until the first screenful (issue 19): start-up's objects live as long as the app

    peek = EarlyPeek(config) if use_cache else None  # reads the first screen while Textual imports
    from .tui.app import BriefreaderApp

    app = BriefreaderApp(config, use_cache=use_cache, peek=peek)
    app.run()
    return EXIT_PROBLEMS if app.return_code else EXIT_OK  # a crash (Textual printed it) is no success


def _say_shadowed(written: Path) -> None:
    """Warn when another config is read before the one just written: $BRIEFREADER_CONFIG, or
    the ./config.toml of the folder init ran in (the clone the README installs from: tester
    s23 T11, whose reader kept showing the samples and saving notes in the clone)."""
    from .config import ConfigError, find_config
    from .envnames import CONFIG as CONFIG_ENV

    try:
        first = find_config(None)
    except ConfigError:
        first = None
        if os.environ.get(CONFIG_ENV):
            first = Path(os.environ[CONFIG_ENV])
    if first is None or first.absolute() == written.absolute():
        return
    why = f"${CONFIG_ENV} names it" if os.environ.get(CONFIG_ENV) else "it is in this folder"
    print(
        f"briefreader: warning: {one_line(str(first.absolute()))} is read before it ({why}); run briefreader"
        f" from another folder, or with --config {one_line(str(written))}",
        file=sys.stderr,
    )


def cmd_config(args: argparse.Namespace) -> int:
    from .config import (
        find_config,
        key_shadows,
        read_config,
        render_config,
        template,
        user_cache_dir,
        user_config_dir,
    )

    if args.config_command == "init":
        target = Path(args.config).expanduser() if args.config else user_config_dir() / "config.toml"
        if (target.exists() or target.is_symlink()) and not args.force:
            raise CliError(f"{target} exists; edit it, or `briefreader config init --force` replaces it", EXIT_PROBLEMS)
        briefings = Path(args.briefings).expanduser().absolute() if args.briefings else None
        text = template(briefings)
        from . import fsio

        try:
            fsio.atomic_write(target, text.encode("utf-8"), mode=0o644, make_parents=True)
        except OSError as exc:
            raise CliError(f"{target}: cannot write the config: {fsio.reason(exc)}", EXIT_PROBLEMS) from None
        written = read_config(target)  # what was written must read back
        _print(f"wrote {target}")
        if not args.no_cache:
            _prepare_patterns(written.cache_dir or user_cache_dir())
        if briefings is None:
            _print("set `briefings` in it to your folder of briefings (or run it again with --briefings DIR)")
        elif not briefings.is_dir():  # written all the same (the folder may come later); a typo shows now
            print(f"briefreader: warning: no such folder yet: {one_line(str(briefings))}", file=sys.stderr)
        if not args.config:
            _say_shadowed(target)
        return EXIT_OK
    if args.config_command == "path":
        path = find_config(args.config)
        if path is not None:
            _print(str(path.absolute()))
            return EXIT_OK
        _print(str(user_config_dir() / "config.toml"))
        print(
            "briefreader: no config file yet (built-in settings in use); `briefreader config init` "
            "writes the one above",
            file=sys.stderr,
        )
        return EXIT_OK
    config = _config(args)
    sys.stdout.write(strip_controls(render_config(config, cache_dir=config.cache_dir or user_cache_dir())))
    for warning in key_shadows(config):
        print(f"briefreader: warning: {strip_controls(warning)}", file=sys.stderr)
    return EXIT_OK


PREPARE_SECONDS = 120  # at most this long for `config init`'s compile (it takes ~1-2 s of CPU)


def _prepare_patterns(folder: Path) -> None:
    """Compile now, in a process of its own, the regular expressions a reader's first start
    would compile, into the regex cache of ``folder`` (recache.py): on the first start the
    pool's forkserver compiled the pipeline's ~600 patterns, ~0.5 s of its CPU on the way to
    the first rows (a first start's screenful 3.2 s against 1.8 s with the cache, issue 19),
    and the TUI's process its own. An optimisation only: a failure says nothing."""
    import subprocess

    code = (  # the cache installed first: the patterns this import of cli compiles are kept too
        "import sys; from pathlib import Path; from briefreader.recache import install; install(Path(sys.argv[1]));"
        " from briefreader.cli import _patterns_child; _patterns_child()"
    )
    try:  # -P: not the current folder's modules (a checkout of another version, say)
        subprocess.run(
            [sys.executable, "-P", "-c", code, str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=PREPARE_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        log.debug("could not compile the patterns ahead", exc_info=True)


def _patterns_child() -> None:
    """_prepare_patterns's process, the regex cache installed: it imports what the pool's
    forkserver imports and runs the pipeline once as it does (library.warm_worker), then
    imports the TUI (Textual's and Rich's patterns); recache.save writes the file."""
    import importlib

    from .recache import install, save

    folder = Path(sys.argv[1])
    if not folder.is_dir():  # made private, as the index makes it (index._make_private_dir)
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    if not install(folder):  # (installed already: this only says whether it could be)
        return
    from .library import WORKER_MODULES, warm_worker

    for name in WORKER_MODULES:
        if name != "briefreader.poolserver":  # it runs warm_worker as it loads: below
            importlib.import_module(name)
    warm_worker()
    importlib.import_module("briefreader.tui.app")
    save()


# Options whose value is a path, by dest: the completion scripts offer folders or files
# for them (the bash script registers with `-o bashdefault`, which offers no file names).
_PATH_OPTIONS = {"briefings": "directory", "config": "file", "notes": "file", "output": "file"}


# A briefing id argument completes to the ids `list --ids` prints (tester s18 I3: `show
# 00<TAB>` offered nothing, and ids are long hashes), from the library the line names: the
# --briefings/--config/--notes already typed are passed on (tester s19 U11: the config's
# library was offered, another folder's ids). An id is a file's name, from the web: never
# through `compgen -W`, which expands $(...) in its words (review s19 R6: a file named
# '$(touch${IFS}x).txt' ran touch on TAB); matched by prefix in bash, offered %q-quoted.
_ID_ARGUMENTS = ("id", "ids")
_ID_COMPLETION = {"bash": "_briefreader_ids", "zsh": "_briefreader_ids"}
_ID_PREAMBLE = {
    "bash": r"""_briefreader_ids() {
  local -a opts=()
  local i w
  for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
    w=${COMP_WORDS[i]}
    case $w in
      --briefings|--config|--notes) opts+=("$w" "${COMP_WORDS[i+1]/#\~/$HOME}"); ((i++)) ;;
      --briefings=*|--config=*|--notes=*) opts+=("$w") ;;
    esac
  done
  local id
  while IFS= read -r id; do
    [[ $id == "$1"* ]] && printf '%q\n' "$id"
  done < <(briefreader "${opts[@]}" list --ids 2>/dev/null)
}
""",
    "zsh": """_briefreader_ids() {
  local -a ids opts
  local i
  for ((i = 2; i < ${#words}; i++)); do
    case ${words[i]} in
      --briefings|--config|--notes) opts+=(${words[i]} ${~words[i+1]}); ((i++)) ;;
      --briefings=*|--config=*|--notes=*) opts+=(${words[i]}) ;;
    esac
  done
  ids=(${(f)"$(briefreader $opts list --ids 2>/dev/null)"})
  compadd -a ids
}
""",
}


def _mark_path_options(parser: argparse.ArgumentParser) -> None:
    import shtab

    for action in parser._actions:
        kind = _PATH_OPTIONS.get(action.dest) if action.option_strings else None
        if kind is not None:
            setattr(action, "complete", shtab.DIRECTORY if kind == "directory" else shtab.FILE)  # noqa: B010
        if not action.option_strings and action.dest in _ID_ARGUMENTS:
            setattr(action, "complete", _ID_COMPLETION)  # noqa: B010
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _mark_path_options(sub)


def cmd_completion(parser: argparse.ArgumentParser, shell: str) -> int:
    import shtab

    _mark_path_options(parser)
    sys.stdout.write(shtab.complete(parser, shell=shell, preamble=_ID_PREAMBLE.get(shell, "")))
    return EXIT_OK


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is when a record comes (Textual swaps it while the
    app runs, so a warning never lands on the drawn screen)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self, logging.WARNING)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    def format(self, record: logging.LogRecord) -> str:
        level = "warning" if record.levelno < logging.ERROR else "error"
        return f"briefreader: {level}: {one_line(record.getMessage())}"


def _debug_env() -> str | None:
    """BRIEFREADER_DEBUG: None when unset or off (0, false, no, off); "" for the default
    log file (1, true, yes, on); else the log file's name."""
    value = os.environ.get(DEBUG_ENV, "").strip()
    if value.lower() in ("", "0", "false", "no", "off"):
        return None
    return "" if value.lower() in ("1", "true", "yes", "on") else value


def setup_logging(debug: bool) -> Path | None:
    """Warnings as one `briefreader: warning:` line on stderr; with --debug or
    BRIEFREADER_DEBUG (1, or a file name) everything to a log file, whose path is
    returned."""
    env = _debug_env()
    debug = debug or env is not None
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    for old in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:  # main() run again
        log.removeHandler(old)
        old.close()
    if not any(isinstance(h, _StderrHandler) for h in log.handlers):
        log.addHandler(_StderrHandler())
    if not debug:
        return None
    from .config import user_log_dir

    path = Path(env).expanduser() if env else user_log_dir() / "debug.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            raise OSError(f"{path} is not a regular file")
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        log.warning("no debug log: %s", exc)
        return None
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    return path


COMMANDS = {
    "list": cmd_list,
    "show": cmd_show,
    "figures": cmd_figures,
    "note": cmd_note,
    "notes": cmd_notes,
    "read": cmd_read,
    "bookmark": cmd_bookmark,
    "export": cmd_export,
    "check": cmd_check,
    None: cmd_tui,
}
COMMANDS.update(ACROSS_COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None or sys.stderr is None:  # `briefreader list >&-`
        if sys.stderr is not None:
            print("briefreader: error: standard output is closed", file=sys.stderr)
        return EXIT_USAGE
    code = EXIT_OK
    try:
        code = _main(argv)
        # What is still buffered (the whole output when under 8 KB) is written here, where a
        # failure is handled, not by the interpreter's exit ("Exception ignored …", status 120).
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # `briefreader list | grep -q 上海`: the reader left first
        _quiet_stdout()
        return code
    except UnicodeEncodeError as exc:  # PYTHONIOENCODING=ascii and Chinese text
        _quiet_stdout()
        encoding = getattr(sys.stdout, "encoding", None) or exc.encoding
        print(
            f"briefreader: error: the output encoding ({encoding}) cannot hold this text; "
            "use a UTF-8 locale (or PYTHONIOENCODING=utf-8)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    except OSError as exc:  # `briefreader list > /dev/full`, a vanished terminal
        _quiet_stdout()
        print(f"briefreader: error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so the interpreter's final flush of what
    could not be written does not fail a second time with a traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _reader_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The reader's own command line (global options only, the common case) read without
    building the subcommands' parsers: ~5 ms of the first paint (issue 19). None for
    anything else (a subcommand, --help, --version, a value that looks like an option,
    an unknown word): the full parser reads it, with its messages."""
    values = dict.fromkeys(("config", "briefings", "notes"))
    flags = dict.fromkeys(("no_cache", "debug"), False)
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        if name in _VALUE_OPTIONS:
            if not eq:
                if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                    return None
                i += 1
                value = argv[i]
            values[name[2:]] = value
        elif argv[i] in _FLAG_OPTIONS:
            flags[argv[i][2:].replace("-", "_")] = True
        elif (
            values["briefings"] is None
            and not argv[i].startswith("-")
            and argv[i] not in COMMANDS
            and argv[i] not in ("config", "completion")
            and os.path.isdir(argv[i])
        ):
            # `briefreader briefings/`, what a new user types first (and what the README's
            # sample folder invites), was "invalid choice: 'briefings/'": a folder named
            # alone is the folder to read, as --briefings names it
            values["briefings"] = argv[i]
        else:
            return None
        i += 1
    return argparse.Namespace(**values, **flags, command=None)


def _main(argv: Sequence[str] | None) -> int:
    try:
        argv = sys.argv[1:] if argv is None else argv
        args = _reader_args(argv)
        parser = None
        if args is None:
            parser = build_parser()
            argv, terms = split_query(argv)
            args = parser.parse_args(argv)
        else:
            terms = None
        if terms is not None:
            args.query = terms
        log_file = setup_logging(args.debug)
        if log_file is not None:
            print(f"briefreader: debug log: {log_file}", file=sys.stderr)
            log.debug("briefreader %s: %s", _version(), " ".join(argv))
        if args.command == "completion":
            assert parser is not None
            return cmd_completion(parser, args.shell)
        if args.command == "config":
            return cmd_config(args)
        config = _config(args)
        log.debug("config: %s over the built-in one", config.path or "no file")
        from .config import user_cache_dir

        if not args.no_cache:  # re-reading a briefing compiles ~600 patterns: kept between runs
            from .recache import install

            install(config.cache_dir or user_cache_dir())
        # A slow PDF's text is kept in the configured cache, not under --no-cache (review s16
        # R11): ingest/pdfcache.ENV, read there and by the pool's workers (no ingest import here)
        kept = os.environ.get(_PDF_CACHE_ENV)
        os.environ[_PDF_CACHE_ENV] = "" if args.no_cache else str(config.cache_dir or user_cache_dir())
        try:
            return COMMANDS[args.command](config, args)
        finally:  # a process that runs commands one after another (tests) starts each afresh
            if kept is None:
                os.environ.pop(_PDF_CACHE_ENV, None)
            else:
                os.environ[_PDF_CACHE_ENV] = kept
    except FirstRun as exc:
        print(strip_controls(str(exc)), file=sys.stderr)
        return exc.code
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
