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
- The file starts with a digest of the rest (blake2b, ~1 ms for the file's ~1 MB): a
  damaged file (a bad sector, a partial copy, another tool's write) is not read at all,
  since a program that ``_sre.compile`` still accepts can match otherwise than its
  pattern (one changed literal made 国务院 match 国务阮). ``_sre.compile`` validates a
  program too; an entry it refuses is compiled afresh (so is anything the file cannot answer).
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
_known: dict[tuple[Any, int], tuple[Any, ...]] = {}
_used: set[tuple[Any, int]] = set()
_added = 0
_path: Path | None = None


def _compile(p: Any, flags: int = 0) -> Any:
    if type(p) not in (str, bytes) or type(flags) is not int or flags & re.DEBUG:
        return _STANDARD(p, flags)
    key = (p, flags)
    stored = _known.get(key)
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
    return None if _ENGINE is None else folder / f"regex-{_ENGINE}.marshal"


_DIGEST = 16  # bytes of blake2b in front of the marshalled table


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST).digest()


def read(path: Path) -> dict[Any, Any]:
    """The patterns kept in ``path``; empty when it is missing, damaged or not this format."""
    try:
        data = path.read_bytes()
        if len(data) > _DIGEST and data[:_DIGEST] == _digest(data[_DIGEST:]):
            stored = marshal.loads(data[_DIGEST:])
            return stored if isinstance(stored, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def write(path: Path, table: dict[Any, Any]) -> None:
    """``table`` into ``path`` with its digest in front (atomically: a reader sees the old file or the new)."""
    payload = marshal.dumps(table)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(_digest(payload) + payload)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def install(folder: Path) -> bool:
    """Read the patterns kept in ``folder`` and compile through them from now on; True if
    installed. Safe to call more than once (a second call only changes nothing)."""
    global _path
    path = file_for(folder)
    if path is None or _path is not None:
        return _path is not None
    _known.update(read(path))
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
