"""Compiled regular expressions kept between runs (issue 19: `show ID` and `figures ID`).

Reading one briefing again (``show``, ``figures``, an article opened in the reader)
imports the ingest pipeline and the figure extractor, whose modules compile ~600
regular expressions: ~0.35 s of CPU in every process, more than the reading itself.
Python's ``re`` keeps compiled patterns only for the life of a process.

``install(folder)`` makes ``re`` (its internal ``_compiler.compile``, where every
``re.compile``/``re.search``/... of a new pattern ends) look a pattern up in a file kept
in the cache folder, and hand the stored program to ``_sre.compile``, the same call the
standard library makes after its parse and code generation. A pattern not in the file
is compiled as usual and added. ``save()`` (run at exit) writes the file when it has new
patterns. The result is the same ``re.Pattern`` object either way.

Safety:
- The file is tied to this interpreter's regex engine (cache tag, ``_sre.MAGIC``,
  ``CODESIZE``) in its name; another Python reads another file.
- Every entry is read through a digest (blake2b): the file's table of contents has one in
  front of it and holds one for each entry, so a damaged entry or table (a bad sector, a
  partial copy, another tool's write) is never used, since a program that ``_sre.compile``
  still accepts can match otherwise than its pattern (one changed literal made 国务院 match
  国务阮). ``_sre.compile`` validates a program too; an entry it refuses is compiled afresh
  (so is anything the file cannot answer).
- An entry is read when its pattern is first compiled, not at ``install`` (session 46): a
  reader's start uses ~90 of the file's ~1,300 patterns (78 KB of 2.2 MB), and reading,
  checking and unmarshalling the whole file cost ~5-10 ms of its first paint, the ~20 ms of
  compiling it saved less than half of that. The table of contents names each entry by a
  digest of its pattern and flags; the entry holds them, and is used only when they are
  the ones asked for.
- Only ``str`` and ``bytes`` patterns without ``re.DEBUG``; anything else goes straight
  to the standard compile.
- Only patterns made by ``re.compile`` are kept: a module's tables. A one-off
  ``re.search(pattern, ...)`` built from a briefing's sentence or a source's name is
  compiled as before and not written down (a briefing's text stays out of this file).
  Patterns made from the config's topic words or a query's words are kept, as the
  index in the same folder keeps far more.
- The file holds at most ``LIMIT`` patterns: when a run would save more, only the ones
  that run used are kept (patterns built from a user's queries do not pile up).
- If the standard library's internals are not the ones this was written against
  (Python 3.11-3.13), ``install`` does nothing.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

from .envnames import REGEX_CACHE

LIMIT = 2000
ENV = REGEX_CACHE  # the folder, for child processes (the pool's forkserver)

try:  # the internals this relies on (CPython 3.11-3.13)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}"
    _CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"
    if array(_CODE).itemsize != _sre.CODESIZE:
        raise ImportError("no array type of the regex engine's code size")
    _STANDARD = _compiler.compile
    _RE_COMPILE = re.compile.__code__
    _ = (_compiler._code, _parser.parse)
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _ENGINE = None

_lock = threading.Lock()
_known: dict[tuple[Any, int], tuple[Any, ...]] = {}  # the entries read (or compiled) by this process
_used: set[tuple[Any, int]] = set()
_added = 0
_path: Path | None = None
_contents: dict[bytes, tuple[int, int, bytes]] = {}  # the file's entries not read yet: key digest -> where, digest
_data = b""  # the file as read at install


def _compile(p: Any, flags: int = 0) -> Any:
    if type(p) not in (str, bytes) or type(flags) is not int or flags & re.DEBUG:
        return _STANDARD(p, flags)
    key = (p, flags)
    stored = _known.get(key)
    if stored is None and _contents:
        stored = _entry(key)
    if stored is not None:
        try:
            flags_, program, groups, groupindex_, indexgroup_ = stored
            compiled = _sre.compile(p, flags_, array(_CODE, program).tolist(), groups, groupindex_, indexgroup_)
        except Exception:  # a damaged or foreign entry: compile it afresh below
            pass
        else:
            _used.add(key)
            return compiled
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = flags | parsed.state.flags
    compiled = _sre.compile(p, final, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    try:  # kept only when asked for by re.compile (this <- re._compile <- re.compile)
        kept = sys._getframe(2).f_code is _RE_COMPILE
    except ValueError:
        kept = False
    if not kept:
        return compiled
    # The program is kept as bytes: marshal reads 220,000 small ints in a list in ~80 ms,
    # the same words as bytes in ~1 ms (and a list is made only for a pattern used).
    stored = (int(final), array(_CODE, code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
    global _added
    with _lock:
        _known[key] = stored
        _used.add(key)
        _added += 1
    return compiled


def file_for(folder: Path) -> Path | None:
    """The cache file of this interpreter's regex engine in ``folder`` (None: unsupported)."""
    # "-2": the format with a table of contents (session 46); an older briefreader keeps its own file
    return None if _ENGINE is None else folder / f"regex-{_ENGINE}-2.marshal"


_DIGEST = 16  # bytes of blake2b for the table of contents, each entry and each entry's key
_MAGIC = b"briefreader-regex-2\n"
_LENGTH = 8  # bytes of the table of contents' length (little-endian) after its digest


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST).digest()


def _key_digest(key: tuple[Any, int]) -> bytes:
    """The table of contents' name for a pattern and its flags (their type kept apart)."""
    pattern, flags = key
    text = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else bytes(pattern)
    return _digest(b"%s%d\0" % (b"s" if isinstance(pattern, str) else b"b", flags) + text)


def _contents_of(data: bytes) -> tuple[dict[bytes, tuple[int, int, bytes]], int]:
    """The table of contents of a file's bytes (key digest -> offset, length and digest of
    its entry) and where the entries start; an empty table when the file is not one of
    this format or its table fails its digest. Nothing here reads an entry."""
    head = len(_MAGIC) + _DIGEST + _LENGTH
    if len(data) < head or not data.startswith(_MAGIC):
        return {}, 0
    digest = data[len(_MAGIC) : len(_MAGIC) + _DIGEST]
    size = int.from_bytes(data[len(_MAGIC) + _DIGEST : head], "little")
    table = data[head : head + size]
    if len(table) != size or _digest(table) != digest:
        return {}, 0
    try:
        contents = marshal.loads(table)
    except (EOFError, ValueError, TypeError):
        return {}, 0
    if not isinstance(contents, dict) or not all(
        isinstance(k, bytes)
        and isinstance(v, tuple)
        and len(v) == 3
        and type(v[0]) is int
        and type(v[1]) is int
        and isinstance(v[2], bytes)
        for k, v in contents.items()
    ):
        return {}, 0
    return contents, head + size


def _read_entry(data: bytes, where: tuple[int, int, bytes], key: tuple[Any, int] | None) -> tuple[Any, Any] | None:
    """One entry, (key, stored), from ``data`` at ``where`` when its digest is right (and its key
    is ``key``, when given); None otherwise."""
    offset, length, digest = where
    if offset < 0 or length < 0:
        return None
    raw = data[offset : offset + length]
    if len(raw) != length or _digest(raw) != digest:
        return None
    try:
        entry = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(entry, tuple) or len(entry) != 2:
        return None
    if key is not None and (type(entry[0]) is not tuple or entry[0] != key or type(entry[0][0]) is not type(key[0])):
        return None
    return entry[0], entry[1]


def _entry(key: tuple[Any, int]) -> tuple[Any, ...] | None:
    """The stored program of ``key`` from the file read at install, read now (None: not there,
    or not usable). Safe in any thread: reading an entry twice gives the same."""
    where = _contents.get(_key_digest(key))
    if where is None:
        return None
    entry = _read_entry(_data, where, key)
    if entry is None:
        return None
    stored = entry[1]
    _known[key] = stored
    return stored  # type: ignore[no-any-return]


def read(path: Path) -> dict[Any, Any]:
    """Every pattern kept in ``path``; empty when it is missing, damaged or not this format
    (one damaged or misnamed entry: the whole file, as a reader would not use that entry, and
    ``save`` then writes the file again)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    contents, start = _contents_of(data)
    table: dict[Any, Any] = {}
    for name, where in contents.items():
        entry = _read_entry(data, (start + where[0], where[1], where[2]), None)
        if entry is None:
            return {}
        key, stored = entry
        try:  # under its own name (a reader would not use it under another: _entry)
            if _key_digest(key) != name:
                return {}
            table[key] = stored
        except (TypeError, ValueError, AttributeError):  # not a key this module wrote
            return {}
    return table


def write(path: Path, table: dict[Any, Any]) -> None:
    """``table`` into ``path``: its table of contents with a digest in front, then the entries,
    each with its own digest in the table (atomically: a reader sees the old file or the new)."""
    contents: dict[bytes, tuple[int, int, bytes]] = {}
    blob = bytearray()
    for key, stored in table.items():
        entry = marshal.dumps((key, stored))
        contents[_key_digest(key)] = (len(blob), len(entry), _digest(entry))
        blob += entry
    header = marshal.dumps(contents)
    payload = _MAGIC + _digest(header) + len(header).to_bytes(_LENGTH, "little") + header + bytes(blob)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def install(folder: Path) -> bool:
    """Read the patterns kept in ``folder`` and compile through them from now on; True if
    installed. Safe to call more than once (a second call only changes nothing)."""
    global _path, _contents, _data
    path = file_for(folder)
    if path is None or _path is not None:
        return _path is not None
    try:  # the table of contents only: an entry is read when its pattern is compiled (_entry)
        data = path.read_bytes()
    except OSError:
        data = b""
    contents, start = _contents_of(data)
    _data = data
    _contents = {k: (start + offset, length, digest) for k, (offset, length, digest) in contents.items()}
    _path = path
    _compiler.compile = _compile
    os.environ[ENV] = str(folder)  # the pool's forkserver installs it too (poolserver.py)
    atexit.register(save)
    return True


def save() -> None:
    """Write the file if this run compiled patterns it did not hold (atomically; a
    failure to write only costs the next run its compile time).

    The file's patterns as it is now are kept too: another process of the same folder (the
    pool's forkserver beside the TUI, another ``briefreader`` command) saves its own, and the
    last to exit dropped the other's, so every TUI start compiled ~60 patterns (Rich's, the
    watcher's) again and wrote the 1.3 MB file at exit (session 21)."""
    global _added
    if _path is None or not _added:
        return
    with _lock:
        known, used = dict(_known), _used.copy()  # (C-level copies: other threads may compile meanwhile)
        _added = 0
    on_disk = read(_path)
    if all(k in on_disk for k in known):  # written meanwhile by another process: nothing to add
        return
    merged = {**on_disk, **known}
    keep = merged if len(merged) <= LIMIT else {k: merged[k] for k in used if k in merged}
    with contextlib.suppress(OSError, ValueError):  # (a folder gone meanwhile: not made again)
        write(_path, keep)
