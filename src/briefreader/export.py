"""Notes and bookmarks as Markdown (PRODUCT.md section 8).

The output is CommonMark meant to be pasted into reports. Every piece of text that
came from an article or a user (titles, sources, notes, figures) is escaped, so it
renders literally: no accidental emphasis, links, lists, headings or raw HTML.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

from . import fsio
from .model import Briefing, Note
from .notes import Entry, NotesError, NotesStore
from .safe import one_line, strip_controls

__all__ = ["export_markdown", "write_export", "escape_inline", "escape_block"]


def export_mode() -> int:
    """The mode of a new export: what the user's umask gives a file they make (0666 less
    the umask, as a shell's ``>`` does). An export goes to a path the user chose, to be
    shared or pasted elsewhere, so it follows their own rule: 0644 under the usual 022,
    0600 under 077 (a fixed 0644 overrode a private umask: tester s15/s16 U3). notes.toml
    stays 0600 whatever the umask. A file replaced keeps its mode (fsio.atomic_write)."""
    try:  # Linux: the umask without changing it (os.umask would, for every thread, briefly)
        for line in Path("/proc/self/status").read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)  # the stricter mask while it is read
    os.umask(mask)
    return 0o666 & ~mask


# ASCII punctuation that can start or end Markdown syntax anywhere in a line
# (emphasis, links/images, code, raw HTML, entities, GFM tables and strikethrough).
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>()#|!&~@])")  # @: GFM links bare e-mail addresses
# GitHub also links bare URLs and www. names: escaping the ":" or "." keeps them text.
_AUTOLINK = re.compile(r"(?i)(?<![a-z])(https?|ftp|mailto|xmpp)(:)|(?<![a-z0-9.])(www)(\.)")
# Markers that only matter at the start of a line: list items ("- ", "+ ", "1. "),
# thematic breaks and setext underlines ("---", "==="). "-5%" or "3.5" stay as they are.
_LINE_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+])(?=\s|$)|^([-=])(?=[-=\s]*$)")


def escape_inline(text: str) -> str:
    """One line of text that renders literally wherever it is placed in a line."""
    line = one_line(text)  # also drops escape sequences and bidi overrides: exports get pasted anywhere
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = _AUTOLINK.sub(lambda m: f"{m.group(1) or m.group(3)}\\{m.group(2) or m.group(4)}", line)
    return _LINE_START.sub(_escape_marker, line, count=1)


def _escape_marker(match: re.Match[str]) -> str:
    if match.group(1) is not None:  # "1." -> "1\."
        return f"{match.group(1)}\\{match.group(2)}"
    return "\\" + match.group(0)


def escape_block(text: str) -> list[str]:
    """Multi-line text as paragraphs of escaped lines joined by hard breaks.

    Lines are stripped (leading spaces would start an indented code block) and
    blank lines separate paragraphs. Returns the Markdown lines of the block.
    """
    paragraphs: list[list[str]] = [[]]
    for raw in strip_controls(text).split("\n"):  # every kind of line break is \n by then
        line = escape_inline(raw)
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    out: list[str] = []
    for para in (p for p in paragraphs if p):
        if out:
            out.append("")
        # A backslash before the newline is a hard break that survives editors
        # that strip trailing spaces.
        out.extend(line + "\\" for line in para[:-1])
        out.append(para[-1])
    return out


def export_markdown(
    store: NotesStore,
    briefings: Mapping[str, Briefing],
    *,
    now: dt.datetime | None = None,
    title: Callable[[Briefing], str] | None = None,
    source: Callable[[Briefing], str] | None = None,
) -> str:
    """All bookmarked or annotated briefings, newest first, as one Markdown document.

    ``title`` and ``source``: a briefing's title and source as the reader reads them (the
    list's, in the Traditional view a Traditional source's own characters); the stored
    Simplified ones when not given (new user s47 U5: notes taken reading in Traditional
    were exported under Simplified titles).

    A notes file that does not parse raises NotesError: its notes are unknown, and an
    export saying "No notes or bookmarks yet." would replace the last good one."""
    if store.error:
        raise NotesError(f"{store.error}; nothing was exported")
    now = now or dt.datetime.now().astimezone()
    entries = [e for e in store.entries().values() if e.bookmarked or e.notes]
    entries.sort(key=lambda e: _order_key(e, briefings.get(e.id)))
    lines = [NOTES_HEADER, "", f"Exported {_timestamp(now)}."]
    if not entries:
        lines += ["", "No notes or bookmarks yet."]
    shown = _Shown(title or _stored_title, source or _stored_source)
    for entry in entries:
        lines += ["", *_section(entry, briefings.get(entry.id), shown)]
    return "\n".join(lines) + "\n"


NOTES_HEADER = "# briefreader notes"  # how an export of ours starts (export_markdown)


def write_export(
    path: Path,
    markdown: str,
    *,
    notes: Path | None = None,
    briefings: Path | None = None,
    ours: str | tuple[str, ...] | None = None,
    what: str = "export",
) -> Path:
    """Write the export atomically; returns the absolute path for the user.

    The export only ever makes or replaces a regular file in an existing folder: never
    the notes file, nothing inside the briefings folder (briefings are only read, and
    the export would become a briefing), never a device, pipe or folder. With ``ours``
    (how our own file starts; a tuple: any of these), a file the user did not name is
    replaced only when it is empty or starts so: the default ./notes.md may well be
    someone's own notes. ``what`` names the file in messages ("digest": a failed
    ``digest -o`` said "cannot write the export", tester s13).
    """
    what_ = f"the {what} was not written"
    if not str(path):
        raise NotesError(f"no {what} path given")
    path = Path(path).expanduser().absolute()
    # said as the file it is, the folder's ".." and links resolved (`export -o ../x.md` and `digest -o ../d.md` said
    # "<cwd>/../x.md": new user s48 U12); the file's own name as given (a link the user named stays that name)
    path = Path(os.path.realpath(path.parent)) / path.name
    target = Path(os.path.realpath(path))
    if notes is not None and target == Path(os.path.realpath(Path(notes).expanduser())):
        raise NotesError(f"{path}: is the notes file; {what_} (choose another path)")
    if briefings is not None:
        root = Path(os.path.realpath(Path(briefings).expanduser()))
        if target == root or root in target.parents:
            raise NotesError(f"{path}: is inside the briefings folder, which briefreader only reads; {what_}")
    if ours is not None and not any(
        _replaceable(target, mark) for mark in ((ours,) if isinstance(ours, str) else ours)
    ):
        other = _written_as(target)
        said = f"is {other} briefreader wrote, which {_A.get(what, 'a ' + what)} does not replace" if other else None
        raise NotesError(
            f"{path}: {said or 'exists and was not written by briefreader'}; {what_} "
            + (
                "(move that file, or choose another folder: [library] export; `briefreader digest -o FILE`,"
                " with --force to replace it)"
                if what == "digest"
                else "(move that file, or choose another path: `briefreader export -o FILE`, or [library] export;"
                " `briefreader export -o FILE --force` replaces it)"
            )
        )
    try:
        fsio.atomic_write(path, markdown.encode("utf-8"), mode=export_mode())
    except OSError as exc:
        raise NotesError(f"{path}: cannot write the {what}: {fsio.reason(exc)}") from exc
    return path


_A = {"export": "an export"}  # "a digest"


def _written_as(target: Path) -> str | None:
    """What a file of ours that ``target`` is, when it is one (a notes export, a digest, a
    metric's CSV). A digest refused over a notes export briefreader wrote said "was not written
    by briefreader" (new user s44 U3): the user is told what the file is instead."""
    from .digest import DIGEST_HEADERS  # (digest imports this module)

    kinds = [(NOTES_HEADER, "a notes export"), *((mark, "a digest") for mark in DIGEST_HEADERS)]
    return next((name for mark, name in [*kinds, ("metric,", "a metric's CSV")] if _replaceable(target, mark)), None)


_EMPTY_CAP = 64 * 1024  # a file of only whitespace longer than this is not taken as empty


def _replaceable(target: Path, ours: str) -> bool:
    """No file there, an empty one (nothing but whitespace, the whole file read), or one
    that starts as ours does. A file that cannot be read is kept: its reason is given."""
    mark = ours.encode("utf-8")
    try:
        # Not a regular file (a FIFO, a terminal, a device): never read it, which may wait
        # forever for a writer or a key; atomic_write then refuses it with its reason.
        if not stat.S_ISREG(os.stat(target).st_mode):
            return True
        with open(target, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(_EMPTY_CAP + 1)
    except FileNotFoundError:
        return True
    except OSError as exc:
        raise NotesError(
            f"{target}: exists and cannot be read ({fsio.reason(exc)}), so it may not be briefreader's; "
            "the export was not written (choose another path: `briefreader export -o FILE`, or [library] export)"
        ) from exc
    if size == 0 and not head:
        return True
    if head.removeprefix(b"\xef\xbb\xbf").startswith(mark):
        return True
    return len(head) <= _EMPTY_CAP and not head.strip()


def _order_key(entry: Entry, briefing: Briefing | None) -> tuple[int, int, str]:
    date = briefing.date if briefing else None
    if date is None:
        return (1, 0, entry.id)
    return (0, -date.toordinal(), entry.id)


class _Shown(NamedTuple):
    """How a briefing's title and source are written in the export (export_markdown)."""

    title: Callable[[Briefing], str]
    source: Callable[[Briefing], str]


def _stored_title(b: Briefing) -> str:
    return b.title


def _stored_source(b: Briefing) -> str:
    return b.source


def _section(entry: Entry, briefing: Briefing | None, shown: _Shown) -> list[str]:
    title = (shown.title(briefing) if briefing else entry.title) or entry.id
    lines = [f"## {escape_inline(title) or escape_inline(entry.id)}", ""]
    lines += _metadata(entry, briefing, shown)
    for note in entry.notes:
        lines += ["", *_note(note)]
    return lines


def _metadata(entry: Entry, briefing: Briefing | None, shown: _Shown) -> list[str]:
    items: list[str] = []
    if briefing is None:
        items.append(f"File: {escape_inline(entry.id)} (not in the library)")
    else:
        if briefing.date_iso:
            items.append(f"Date: {briefing.date_iso}")
        if briefing.source:
            items.append(f"Source: {escape_inline(shown.source(briefing))}")
        items.append(f"File: {escape_inline(_relative_file(briefing))}")
    if entry.bookmarked:
        items.append("Bookmarked: ★")
    return [f"- {item}" for item in items]


def _relative_file(briefing: Briefing) -> str:
    """The file the briefing is in, relative to the briefings folder, then its entry.

    The id is that path without its extension (``a.md`` beside ``a.txt`` keeps it), and a
    feed entry or an attachment adds ``#entry`` to it: ``feed#16d515ad`` is
    ``feed.xml#16d515ad`` (it said ``feed#16d515ad.xml``, a file that does not exist)."""
    if not briefing.path:
        return briefing.id
    file = Path(briefing.path)
    id = briefing.id
    cuts = [i for i, char in enumerate(id) if char == "#"] + [len(id)]  # the file's own # first
    for cut in cuts:
        head, entry = id[:cut], id[cut:]
        if head.endswith(file.name):
            return id
        if head.endswith(file.stem):
            return head + file.suffix + entry
    return id + file.suffix


def _note(note: Note) -> list[str]:
    lines = [f"**{_timestamp(note.created)}**"]
    if note.figure:
        cited = escape_inline(note.figure)
        if note.figure_en:
            cited += f" — {escape_inline(note.figure_en)}"
        lines += ["", f"> {cited}"]
        sentence = (note.figure_sentence or "").strip()
        if sentence and sentence != note.text.strip():  # the evidence (tester s14 F20, s16 U2)
            lines += [">", f"> “{escape_inline(sentence)}”"]
    body = escape_block(note.text)
    if body:
        lines += ["", *body]
    return lines


def _timestamp(moment: dt.datetime) -> str:
    """``2026-11-22 10:01 +08:00``: minutes are enough, the offset says whose clock."""
    stamp = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{stamp} {sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
