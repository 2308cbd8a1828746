"""A PDF's extracted text, kept between reads (tester s15 P1: a 381-page PDF was read
again on every ``show``, ``figures ID`` and TUI open, 5-10 s each).

:func:`pdf.read_pdf` is a pure function of the file's bytes, so its result is kept
under ``<cache>/pdftext/``, keyed by a hash of those bytes and of the reader's own
source (pdf.py, formats.py) and pypdfium2's version: a changed file, or a changed
reader, is read again. Only reads that took :data:`MIN_SECONDS` or more are kept.

An entry is JSON (never pickle: the folder is data, not code), zlib-compressed, with a
header that names the version and the key; it is written atomically. An entry that is
not a regular file, has another header, does not decompress or does not hold parts of
the expected shape is a miss and is deleted: the cache is never trusted. The folder is
capped at :data:`MAX_BYTES`; a write over the cap deletes the least recently used
entries (a hit touches its entry).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
import zlib
from pathlib import Path
from typing import Any

from ..envnames import PDF_CACHE
from ..model import Problem
from .formats import Part

MIN_SECONDS = 0.5  # a read faster than this is not worth an entry
MAX_BYTES = 256 * 1024 * 1024  # the whole folder
MAX_ENTRY = 64 * 1024 * 1024  # one entry, compressed (MAX_CHARS of text is ~9 MB as UTF-8)
MAX_TEXT = 256 * 1024 * 1024  # one entry, decompressed
FOLDER = "pdftext"
# The cache folder the reader's config names (``[library] cache``; the CLI and the TUI set
# it at start, for the pool's workers too), "" under ``--no-cache``: no entry read or
# written (review s16 R11). Unset (the library used alone): the user's cache folder.
ENV = PDF_CACHE
_MAGIC = b"briefreader-pdftext 1\n"
_SUFFIX = ".json.z"
_version: str | None = None


def folder() -> Path | None:
    """Where entries are kept; None: nowhere (``--no-cache``)."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) / FOLDER if chosen else None
    from ..config import user_cache_dir

    return user_cache_dir() / FOLDER


def version() -> str:
    """The reader's version: its source and PDFium's binding (a change reads every PDF again)."""
    global _version
    if _version is None:
        h = hashlib.blake2b(digest_size=16)
        here = Path(__file__).parent
        for name in ("pdf.py", "formats.py", "pdfcache.py"):
            try:
                h.update((here / name).read_bytes())
            except OSError:
                h.update(name.encode())
        try:
            from importlib.metadata import version as dist_version

            h.update(dist_version("pypdfium2").encode())
        except Exception:  # noqa: BLE001 - no metadata: the source alone
            pass
        _version = h.hexdigest()
    return _version


def key(data: bytes) -> str:
    h = hashlib.blake2b(digest_size=20)
    h.update(version().encode())
    h.update(data)
    return h.hexdigest()


def _header(k: str) -> bytes:
    return _MAGIC + k.encode() + b"\n"


def get(data: bytes, where: Path | None = None) -> list[Part] | None:
    """The parts kept for ``data``, or None (a miss; a bad entry is deleted)."""
    base = where or folder()
    if base is None:
        return None
    try:
        k = key(data)
        path = base / (k + _SUFFIX)
        st = os.lstat(path)
    except (OSError, ValueError):
        return None
    parts = None
    try:
        if stat.S_ISREG(st.st_mode) and st.st_size <= MAX_ENTRY:
            with open(path, "rb") as f:
                raw = f.read(MAX_ENTRY + 1)
            head = _header(k)
            if raw.startswith(head):
                z = zlib.decompressobj()
                text = z.decompress(raw[len(head) :], MAX_TEXT)
                if z.eof and not z.unconsumed_tail and not z.unused_data:
                    parts = _parts(json.loads(text.decode("utf-8")))
    except (OSError, ValueError, zlib.error, TypeError, KeyError, RecursionError):
        parts = None
    if parts is None:
        with contextlib.suppress(OSError):
            os.unlink(path)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: the last to go
    return parts


def put(data: bytes, parts: list[Part], where: Path | None = None) -> None:
    """Keep ``parts`` for ``data``; any failure only means no entry."""
    from ..fsio import atomic_write

    try:
        plain = [_plain(p) for p in parts]
        if any(p is None for p in plain):
            return
        k = key(data)
        body = _header(k) + zlib.compress(json.dumps(plain, ensure_ascii=False).encode("utf-8"), 6)
        if len(body) > MAX_ENTRY:
            return
        base = where or folder()
        if base is None:
            return
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(base / (k + _SUFFIX), body)
        _evict(base, MAX_BYTES)
    except (OSError, ValueError, TypeError):
        return


def _evict(base: Path, cap: int) -> None:
    """Delete the least recently used entries (and stray temp files) until under ``cap``."""
    entries = []
    total = 0
    with os.scandir(base) as it:
        for e in it:
            if not e.name.endswith(_SUFFIX) and not e.name.endswith(".tmp"):
                continue
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue
            entries.append((st.st_mtime_ns, e.path, st.st_size))
            total += st.st_size
    entries.sort()
    for _, path, size in entries:
        if total <= cap:
            break
        with contextlib.suppress(OSError):
            os.unlink(path)
            total -= size


_SCALAR = (str, int, float, bool, type(None))


def _value(v: Any) -> Any:
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return {"date": v.isoformat()}
    if isinstance(v, _SCALAR):
        return v
    raise TypeError("not kept")


def _plain(p: Part) -> dict[str, Any] | None:
    if p.attachment is not None:
        return None
    try:
        return {
            "format": p.format,
            "key": p.key,
            "body": p.body,
            "html": p.html,
            "hints": {str(k): _value(v) for k, v in p.hints.items()},
            "fallback": {str(k): _value(v) for k, v in p.fallback.items()},
            "link": p.link,
            "problems": [[q.kind, q.message] for q in p.problems],
            "units": p.units,
            "name": p.name,
        }
    except TypeError:
        return None


def _back(v: Any) -> Any:
    if isinstance(v, dict):
        if set(v) != {"date"} or not isinstance(v["date"], str):
            raise ValueError("bad value")
        return dt.date.fromisoformat(v["date"])
    if isinstance(v, _SCALAR):
        return v
    raise ValueError("bad value")


def _str(d: dict[str, Any], name: str) -> str:
    v = d[name]
    if not isinstance(v, str):
        raise ValueError(name)
    return v


def _parts(obj: Any) -> list[Part] | None:
    if not isinstance(obj, list) or not obj:
        return None
    out = []
    for d in obj:
        if not isinstance(d, dict):
            return None
        hints, fallback, problems = d["hints"], d["fallback"], d["problems"]
        units, html = d["units"], d["html"]
        if not (isinstance(hints, dict) and isinstance(fallback, dict) and isinstance(problems, list)):
            return None
        if type(units) is not int or type(html) is not bool:
            return None
        probs = []
        for q in problems:
            if not (isinstance(q, list) and len(q) == 2 and all(isinstance(x, str) for x in q)):
                return None
            probs.append(Problem(q[0], q[1]))
        out.append(
            Part(
                format=_str(d, "format"),
                key=_str(d, "key"),
                body=_str(d, "body"),
                html=html,
                hints={k: _back(v) for k, v in hints.items()},
                fallback={k: _back(v) for k, v in fallback.items()},
                link=_str(d, "link"),
                problems=probs,
                units=units,
                name=_str(d, "name"),
            )
        )
    return out
