"""The list of a big library held column-wise (issue 19: a million briefings).

At 1,000,000 list entries, one ``Briefing`` object per entry took ~2.7 GB: the object,
its dozen strings, its date and its four lists, plus the dict that found it by id. Here
the fields the list, its grouping and sorting and the in-memory filter read are arrays:
keys, sizes and mtimes as int64, dates as day ordinals (0: undated), the precision as
one byte, the outlet, script, encoding, format and topic set as small ints into tables
of their distinct values, and the text fields (id, relative path, fingerprint, title,
authors, keywords) each one Python string with the end of every entry in an int64
array. The columns are read from the index by one query whose aggregates SQLite
concatenates in C (``group_concat``), never one Python row per entry.

``ListStore`` is a ``Sequence[Briefing]``: an entry is made when it is asked for (drawn,
opened, sorted), and the last few thousand are kept so that the rows on screen stay the
same objects. Code that reads a whole column asks for it by name (``column_keys``,
``date_ordinals``, ``codes``), and the filter and the list's layout do (query.py,
views.py). No Textual here.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import os
import sys
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, repeat
from typing import TYPE_CHECKING, Any, TypeGuard

from .index import _US  # joins a field's items
from .library import _ENTRY_ROW, _file_rel  # a feed entry's row: "<file>/#<entry>" (library imports us lazily)
from .model import Briefing, Problem

# From this many list entries on, a warm start holds the list column-wise: one Briefing
# object per entry took ~2.7 KB (2.7 GB at 1,000,000). Here, not in library.py, which the
# index's cache key hashes: the threshold does not change what is cached.
STORE_MIN = 50_000
PRECISIONS: tuple[str | None, ...] = (None, "day", "month", "year")
MADE_KEPT = 4096  # entries kept made: the rows drawn and the ones near them stay the same objects
EXTRA_MIN = 1 << 16  # characters added to a column before it is gathered into one string again
_RS = "\x1e"  # joins one categorical column's values in the load query
WORDS_SLICE = 16_384  # entries a keyword column's load splits into words at a time

# Day ordinal (date.toordinal) from an ISO date in SQL: julianday of 0001-01-01 is 1721425.5.
_ORDINAL = "coalesce(CAST(julianday(date) - 1721424.5 AS INTEGER), 0)"
_EPOCH = 719163  # date(1970, 1, 1).toordinal(): numpy's day 0
# written, wsource (the title and source as a Traditional source writes them): mostly empty
_TEXTS = ("id", "relpath", "fingerprint", "title", "authors", "keywords", "written", "wsource")

_CODES = ("source", "script", "encoding", "format", "topics")

if TYPE_CHECKING:
    import numpy as np
else:

    class _Numpy:
        """numpy, imported when first used: importing this module for :func:`is_store`
        (the list's code asks it of every list) must not import numpy (~0.1 s) before
        the first paint of a list that is not column-wise."""

        def __getattr__(self, name: str) -> Any:
            import numpy

            globals()["np"] = numpy
            return getattr(numpy, name)

    np = _Numpy()


def is_store(briefings: object) -> TypeGuard[ListStore]:
    """True for a column-wise list: the one test the filter, the layout, the notes, the
    stories and the screens ask before reading columns instead of entries."""
    return isinstance(briefings, ListStore)


class Splice:
    """A change of a column's entries: the entries at ``kept`` (ascending old positions)
    with new ones inserted before ``points`` (np.insert's indexes into the kept ones),
    as the slices of the old column and the new values in their order. With a few
    files changed, a column costs one copy at memcpy speed, not a gather and an insert
    (1,000,000 entries, 23 columns: ~1.1 s -> see bench_store_changes.py)."""

    def __init__(self, n: int, kept: np.ndarray, points: np.ndarray) -> None:
        gone = np.ones(n, dtype=bool)
        gone[kept] = False
        removed = np.flatnonzero(gone)
        at_old = (
            np.where(points < len(kept), kept[np.minimum(points, max(len(kept) - 1, 0))], n)
            if len(kept)
            else np.full(len(points), n, dtype=np.int64)
        )
        events = sorted(
            [(int(q), 0, k) for k, q in enumerate(at_old.tolist())] + [(int(r), 1, -1) for r in removed.tolist()]
        )
        pieces: list[tuple[int, int] | int] = []
        at = 0
        for pos, kind, k in events:
            if pos > at:
                pieces.append((at, pos))
                at = pos
            if kind == 0:
                pieces.append(k)
            else:
                at = pos + 1
        if at < n:
            pieces.append((at, n))
        self.pieces = pieces
        self.moved = np.full(n, -1, dtype=np.int64)  # old position -> new (-1: removed)
        placed = np.zeros(len(points), dtype=np.int64)
        out = 0
        for piece in pieces:
            if isinstance(piece, tuple):
                self.moved[piece[0] : piece[1]] = np.arange(out, out + piece[1] - piece[0])
                out += piece[1] - piece[0]
            else:
                placed[piece] = out
                out += 1
        self.placed, self.size = placed, out  # each new entry's position; the new length

    def __call__(self, values: np.ndarray, added: np.ndarray) -> np.ndarray:
        """``values`` (an old column, 1 or 2 dimensions) changed, ``added`` in their places."""
        parts = [values[p[0] : p[1]] if isinstance(p, tuple) else added[p : p + 1] for p in self.pieces]
        return np.concatenate(parts) if parts else values[:0]


def _bounds(starts: np.ndarray | None, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Entries' start and end offsets, the starts made from the ends when a column packs its
    entries end to end (each starts where the one before it ended)."""
    if starts is not None:
        return starts, ends
    made = np.empty_like(ends)
    if len(made):
        made[0] = 0
        made[1:] = ends[:-1]
    return made, ends


class TextColumn:
    """Strings held as one string and the end of each: ~the characters, not ~60 bytes
    of object per entry. Slicing a Python string by character offsets is O(1).

    After a change (:meth:`ListStore.changed`) a column keeps the old string and
    holds the added entries' characters in a second one (``extra``, at offsets after
    the first's end), with each entry's start as well as its end: the big string is
    shared with the store it came from, never copied for a few files."""

    __slots__ = ("ends", "extra", "starts", "text")

    def __init__(self, text: str, ends: np.ndarray, starts: np.ndarray | None = None, extra: str = "") -> None:
        self.text, self.ends, self.starts, self.extra = text, ends, starts, extra

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:
        ends, starts = self.ends, self.starts
        if starts is None:
            return self.text[int(ends[i - 1]) if i else 0 : int(ends[i])]
        start, end, n = int(starts[i]), int(ends[i]), len(self.text)
        return self.text[start:end] if end <= n else self.extra[start - n : end - n]

    def __iter__(self) -> Iterator[str]:
        text = self.text
        if self.starts is None:
            start = 0
            for end in self.ends.tolist():
                yield text[start:end]
                start = end
            return
        extra, n = self.extra, len(text)
        for start, end in zip(self.starts.tolist(), self.ends.tolist(), strict=True):
            yield text[start:end] if end <= n else extra[start - n : end - n]

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Each entry's start and end offset (the extra string's after the text's)."""
        return _bounds(self.starts, self.ends)

    def changed(self, splice: Splice, values: list[str]) -> TextColumn:
        """The entries ``splice`` keeps, and ``values`` in its new places: the text is
        shared, the values go to the extra string."""
        starts, ends = self.bounds()
        at = len(self.text) + len(self.extra)
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        new_ends = at + np.cumsum(lengths)
        extra = self.extra + "".join(values)
        column = TextColumn(self.text, splice(ends, new_ends), splice(starts, new_ends - lengths), extra)
        if len(extra) > max(len(self.text) // 8, EXTRA_MIN):  # many changes: one string again (O(n), seldom)
            lengths = np.fromiter(map(len, column), dtype=np.int64, count=len(column))
            column = TextColumn("".join(column), np.cumsum(lengths, dtype=np.int64))
        return column


class DigestColumn:
    """Fingerprints ("sha256:" and 64 hex digits) held as their 32-byte digests: 32
    bytes an entry, not 71 characters (1,000,000 entries: 39 MB less, issue 19). A
    fingerprint of another form (none, a damaged row) is kept as written, by position.
    Read as strings, like a TextColumn: the read state and the notes key on them."""

    __slots__ = ("digests", "odd")
    PREFIX = "sha256:"

    def __init__(self, digests: bytes | memoryview, odd: dict[int, str]) -> None:
        self.digests, self.odd = digests, odd

    def __len__(self) -> int:
        return len(self.digests) // 32

    def __getitem__(self, i: int) -> str:
        found = self.odd.get(i) if self.odd else None
        if found is not None:
            return found
        return self.PREFIX + self.digests[i * 32 : i * 32 + 32].hex()

    def __iter__(self) -> Iterator[str]:
        digests, odd, prefix = self.digests, self.odd, self.PREFIX
        if not odd:
            for at in range(0, len(digests), 32):
                yield prefix + digests[at : at + 32].hex()
            return
        for i, at in enumerate(range(0, len(digests), 32)):
            found = odd.get(i)
            yield prefix + digests[at : at + 32].hex() if found is None else found

    def isin(self, wanted: Iterable[str]) -> np.ndarray:
        """A bool per entry: its fingerprint is one of ``wanted`` (is:read's set, taken
        whole). By numpy over the digests (their first 8 bytes, then the whole 32 of
        each hit): no string made per entry (1,000,000 entries: making each one's hex
        made is:read ~20% slower than the strings the column replaced). The wanted
        set's digests are kept for the next call with an equal set (a keystroke after
        a keystroke: 100,000 read fingerprints parsed again were most of the time)."""
        taken = frozenset(wanted)  # one C copy: a set another thread adds to is not read twice
        known, table = _wanted_digests(taken)
        out = np.zeros(len(self), dtype=bool)
        if len(known) and len(self):
            # Candidates: one lookup an entry in the table of the wanted digests' first 8
            # bytes (np.isin sorts the column's million: ~4x slower), then whole digests
            near = np.flatnonzero(table[_bucket(np.frombuffer(self.digests, dtype="<u8")[::4])])
            found = np.frombuffer(self.digests, dtype="S32")[near]  # "S32" drops trailing NULs: all are 32 long
            at = np.minimum(np.searchsorted(known, found), len(known) - 1)
            out[near[known[at] == found]] = True
        for p, value in self.odd.items():  # kept as written (their digest slot is zeros)
            out[p] = value in taken
        return out

    @classmethod
    def parse(cls, text: str, lengths: np.ndarray) -> DigestColumn:
        """The column of the fingerprints joined in ``text``, each ``lengths`` long."""
        n = len(lengths)
        width = len(cls.PREFIX) + 64
        if n and int(lengths.min()) == int(lengths.max()) == width and text.isascii():
            rows = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(n, width)
            digits = rows[:, len(cls.PREFIX) :]
            lower = ((digits >= ord("0")) & (digits <= ord("9"))) | ((digits >= ord("a")) & (digits <= ord("f")))
            if bool((rows[:, : len(cls.PREFIX)] == np.frombuffer(cls.PREFIX.encode(), dtype=np.uint8)).all()) and bool(
                lower.all()
            ):  # C: the hex digits of every row at once (else row by row below)
                return cls(bytes.fromhex(digits.tobytes().decode("ascii")), {})
        return cls.of(TextColumn(text, np.cumsum(lengths, dtype=np.int64)))

    @classmethod
    def of(cls, values: Iterable[str]) -> DigestColumn:
        parts, odd, zero = [], {}, bytes(32)
        for i, value in enumerate(values):
            digest = None
            if len(value) == len(cls.PREFIX) + 64 and value.startswith(cls.PREFIX):
                with contextlib.suppress(ValueError):
                    digest = bytes.fromhex(value[len(cls.PREFIX) :])
                    if digest.hex() != value[len(cls.PREFIX) :]:  # upper-case digits: kept as written
                        digest = None
            if digest is None:
                odd[i] = value
            parts.append(digest or zero)
        return cls(b"".join(parts), odd)

    @classmethod
    def joined(cls, columns: list[DigestColumn]) -> DigestColumn:
        odd, at = {}, 0
        for column in columns:
            odd.update((at + i, v) for i, v in column.odd.items())
            at += len(column)
        return cls(b"".join(c.digests for c in columns), odd)

    def changed(self, splice: Splice, values: list[str]) -> DigestColumn:
        """As TextColumn.changed."""
        added = DigestColumn.of(values)
        rows = np.frombuffer(self.digests, dtype=np.uint8).reshape(-1, 32)
        new = splice(rows, np.frombuffer(added.digests, dtype=np.uint8).reshape(-1, 32))
        moved, placed = splice.moved, splice.placed
        odd = {int(moved[i]): v for i, v in self.odd.items() if moved[i] >= 0} if self.odd else {}
        odd.update((int(placed[i]), v) for i, v in added.odd.items())
        return DigestColumn(memoryview(new.reshape(-1)), odd)  # read in place: no copy


class WordsColumn:
    """Each entry's keywords (joined by the index's field separator) as numbers into
    one vocabulary: a uint16 a keyword while the vocabulary has at most 65,535 words
    (else an int32), not its characters (UCS-2 at 2 bytes each, plus the separators).
    1,000,000 entries of 8 keywords: 64 -> ~24 MB (~40 with int32s; issue 19). Every
    entry has at least one number: an entry without keywords has the empty string's,
    so ``join(split(value))`` gives each value back exactly. Read as the joined strings,
    like a TextColumn; after a change (:meth:`changed`) the added entries' numbers are
    in a second array (``extra``) with each entry's start, as TextColumn keeps its text."""

    __slots__ = ("codes", "ends", "extra", "lookup", "starts", "vocabulary")

    def __init__(
        self,
        vocabulary: list[str],
        codes: np.ndarray,
        ends: np.ndarray,
        starts: np.ndarray | None = None,
        extra: np.ndarray | None = None,
        lookup: dict[str, int] | None = None,
    ) -> None:
        self.vocabulary, self.codes, self.ends, self.starts = vocabulary, codes, ends, starts
        self.extra = extra if extra is not None else codes[:0]
        self.lookup = lookup  # word -> number, made for a change (a load numbers as it reads)

    def __len__(self) -> int:
        return len(self.ends)

    def words(self, i: int) -> list[str]:
        end = int(self.ends[i])
        start = int(self.starts[i]) if self.starts is not None else int(self.ends[i - 1]) if i else 0
        n = len(self.codes)
        codes = self.codes[start:end] if end <= n else self.extra[start - n : end - n]
        vocabulary = self.vocabulary
        return [vocabulary[c] for c in codes.tolist()]

    def __getitem__(self, i: int) -> str:
        return _US.join(self.words(i))

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self.ends)):
            yield _US.join(self.words(i))

    @classmethod
    def parse(cls, text: str, lengths: np.ndarray, table: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        """One load chunk: ``text`` its values joined by the field separator, ``lengths``
        each value's. Returns the chunk's numbers and each entry's count of them;
        ``table`` numbers the words (new ones appended). In slices of WORDS_SLICE
        entries: the words of a whole chunk as strings were ~70 MB more at the peak."""
        counts = np.empty(len(lengths), dtype=np.int64)
        parts = []
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths + 1, out=offsets[1:])  # entry k: text[offsets[k] : offsets[k + 1] - 1]
        for a in range(0, len(lengths), WORDS_SLICE):
            b = min(a + WORDS_SLICE, len(lengths))
            piece = text[int(offsets[a]) : int(offsets[b]) - 1]
            words = piece.split(_US)
            codes = np.fromiter(map(table.get, words, repeat(-1)), dtype=np.int32, count=len(words))
            for k in np.flatnonzero(codes < 0).tolist():  # words not seen before (few after a chunk or two)
                codes[k] = table.setdefault(words[k], len(table))
            parts.append(codes)
            # Each entry's count of words: where its first word starts among the words'
            # starts (an entry starts where a word does: they are joined alike)
            sizes = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
            del words
            starts = np.zeros(len(sizes), dtype=np.int64)
            np.cumsum(sizes[:-1] + 1, out=starts[1:])
            first = np.searchsorted(starts, offsets[a:b] - offsets[a])
            counts[a:b] = np.diff(first, append=len(sizes))
        joined = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
        if int(counts.sum()) != len(joined):
            raise StoreUnfit("a keyword column did not split into its entries")
        return joined, counts

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Each entry's start and end offset in the numbers (the extra array's after them)."""
        return _bounds(self.starts, self.ends)

    def changed(self, splice: Splice, values: list[str]) -> WordsColumn:
        """As TextColumn.changed: the numbers shared, the values' in the extra array."""
        lookup = self.lookup
        if lookup is None:
            lookup = {w: c for c, w in enumerate(self.vocabulary)}
        vocabulary = self.vocabulary
        added: list[int] = []
        lengths = []
        for value in values:
            words = value.split(_US)
            for word in words:
                code = lookup.get(word)
                if code is None:
                    if vocabulary is self.vocabulary:  # the old column's own lists stay as they are
                        vocabulary, lookup = list(vocabulary), dict(lookup)
                    code = lookup[word] = len(vocabulary)
                    vocabulary.append(word)
                added.append(code)
            lengths.append(len(words))
        starts, ends = self.bounds()
        at = len(self.codes) + len(self.extra)
        counts = np.asarray(lengths, dtype=np.int64)
        new_ends = at + np.cumsum(counts)
        extra = np.concatenate([self.extra, np.asarray(added, dtype=np.int32)])
        column = WordsColumn(
            vocabulary, self.codes, splice(ends, new_ends), splice(starts, new_ends - counts), extra, lookup
        )
        if len(extra) > max(len(self.codes) // 8, EXTRA_MIN):  # many changes: one array again (O(n), seldom)
            s, e = column.bounds()
            n = len(self.codes)
            pieces = [
                self.codes[a:b] if b <= n else extra[a - n : b - n] for a, b in zip(s.tolist(), e.tolist(), strict=True)
            ]
            gathered = np.concatenate(pieces) if pieces else self.codes[:0]
            column = WordsColumn(vocabulary, gathered, np.cumsum(e - s, dtype=np.int64), lookup=lookup)
        return column


_BUCKET_BITS = 22  # DigestColumn.isin's table: 4 MB of bools


_WANTED: list[tuple[frozenset[str], np.ndarray, np.ndarray]] = []  # DigestColumn.isin's last set, parsed


def _wanted_digests(taken: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """The digests of ``taken``'s fingerprints as written by DigestColumn.of (sorted,
    "S32") and their bucket table; the last set's kept (equal sets: one C compare)."""
    last = _WANTED[0] if _WANTED else None
    if last is not None and last[0] == taken:
        return last[1], last[2]
    prefix = DigestColumn.PREFIX
    width = len(prefix) + 64
    digests = []
    for value in taken:
        if len(value) == width and value.startswith(prefix):
            digits = value[len(prefix) :]
            if digits == digits.lower():  # as ``of`` holds it: upper-case digits are odd
                try:
                    digests.append(bytes.fromhex(digits))
                except ValueError:
                    continue
    joined = b"".join(digests)
    table = np.zeros(1 << _BUCKET_BITS, dtype=bool)
    table[_bucket(np.frombuffer(joined, dtype="<u8")[::4])] = True
    known = np.sort(np.frombuffer(joined, dtype="S32"))
    _WANTED[:] = [(taken, known, table)]
    return known, table


def _bucket(heads: np.ndarray) -> np.ndarray:
    """Fibonacci hashing of 8-byte heads to _BUCKET_BITS bits (uint64 products wrap)."""
    return (heads * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - _BUCKET_BITS)  # type: ignore[no-any-return]


class PositionMap:
    """Position -> value for the few entries that have one (a listed entry's problems,
    a path kept as bytes): their positions sorted, and their values. A change of the
    list moves them by one numpy lookup, not a dict of 190,000 made again (1,000,000
    generated entries: ~0.2 s at load 8)."""

    __slots__ = ("positions", "values")

    def __init__(self, positions: np.ndarray, values: list[Any]) -> None:
        self.positions, self.values = positions, values

    @classmethod
    def of(cls, found: dict[int, Any]) -> PositionMap:
        keys = sorted(found)
        return cls(np.asarray(keys, dtype=np.int64), [found[k] for k in keys])

    def get(self, position: int, default: Any = None) -> Any:
        if not self.values:
            return default
        k = int(np.searchsorted(self.positions, position))
        return self.values[k] if k < len(self.values) and self.positions[k] == position else default

    def __contains__(self, position: object) -> bool:
        return self.get(position, _MISSING) is not _MISSING  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[int]:
        return iter(self.positions.tolist())

    def items(self) -> Iterator[tuple[int, Any]]:
        return zip(self.positions.tolist(), self.values, strict=True)

    def moved(self, moved: np.ndarray, added: dict[int, Any]) -> PositionMap:
        """Where ``moved`` (old position -> new, -1: gone) puts them, with ``added``."""
        to = moved[self.positions]
        alive = to >= 0
        if bool(alive.all()):  # the usual case: the values list shared (it is never changed in place)
            positions, values = to, self.values
        else:
            positions, values = to[alive], list(compress(self.values, alive.tolist()))
        if added:
            values = list(values)
        for position in sorted(added):  # a few: each put in its place
            k = int(np.searchsorted(positions, position))
            positions = np.insert(positions, k, position)
            values.insert(k, added[position])
        return PositionMap(positions, values)


_MISSING = object()


class StoreUnfit(Exception):
    """The index's rows cannot be read column-wise (the caller reads them one by one)."""


def _ints(joined: str | None, n: int, dtype: Any = None) -> np.ndarray:
    dtype = np.int64 if dtype is None else dtype
    if n == 0:
        return np.zeros(0, dtype=dtype)
    out = np.fromstring(joined or "", dtype=np.int64, sep=",").astype(dtype, copy=False)  # C: 0.1 s a million
    if len(out) != n:
        raise StoreUnfit("a number column did not split into one value a row")
    return out


def _codes(joined: str | None, n: int, table: dict[str, int]) -> np.ndarray:
    values = (joined or "").split(_RS) if n else []
    if len(values) != n:
        raise StoreUnfit("a value holds the column separator")
    number = table.setdefault
    return np.fromiter((number(v, len(table)) for v in values), dtype=np.int32, count=n)


def give_back_heap() -> None:
    """Return the C heap's free pages to the system (glibc's malloc_trim). A load's
    chunk strings (SQLite's aggregates and their Python copies, a few MB to 100 MB
    each) are freed when the columns are made, but glibc keeps such freed blocks in the
    process: at 1,000,000 entries the list held 558 MB of RSS for 235 MB of columns,
    305 MB after a trim (issue 19's memory target). Nothing where there is no such call
    (macOS, musl); ~10-50 ms."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # the process's own C library
        if trim is not None:
            trim(0)
    except (OSError, AttributeError):  # no dynamic loader: nothing to give back this way
        pass


CHUNK = 131_072  # rows a load query aggregates: SQLite's strings and their Python copies
# of one chunk are what the load holds beside the columns (all at once: ~1 GB at 1,000,000)
LOAD_CACHE_KB = 2048  # SQLite's page cache while the list's rows are read (_small_cache)
RARE_ROWS = 8192  # rows of the listed entries' problems and kept paths read at a time (ListStore._rare)


@contextlib.contextmanager
def _small_cache(conn: Any) -> Iterator[None]:
    """SQLite's page cache at LOAD_CACHE_KB while the list's rows are read, each once and
    in the list's order (rowids at random), then as it was: the index's 64 MB cache only
    filled up, to be given back after (1,000,000 entries: the load's peak 591 -> 528 MB,
    its CPU 16.5 -> 12.2 s)."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


class ListStore(Sequence[Briefing]):
    """The listed entries of an index, newest first (the list's order, as
    library._ordered makes it), as columns; see the module's text."""

    def __init__(self, conn: Any, root: str, pipeline: str) -> None:
        """Read every listed row of ``conn`` (an index connection, its lock held by the
        caller), CHUNK rows a query, in one read transaction. Raises StoreUnfit when a
        row needs the row-by-row path: written by another pipeline, a value the
        column form cannot hold."""
        texts = ", ".join(
            f"group_concat({c}, {'char(31)' if c == 'keywords' else repr('')}), group_concat(length({c}))"
            for c in _TEXTS
        )  # keywords: joined by the field separator too, split into words (WordsColumn)
        codes = ", ".join(f"group_concat({c}, char(30))" for c in _CODES)
        query = (
            f"SELECT count(*), group_concat(rowid), group_concat(size), group_concat(mtime_ns),"
            f" group_concat(ordinal), group_concat(precision, ''), {texts}, {codes},"
            " group_concat(generated != 0, ''), sum(pipeline != ?)"
            f" FROM (SELECT rowid, size, mtime_ns, pipeline, {', '.join(_TEXTS + _CODES)}, {_ORDINAL} AS ordinal,"
            " generated,"
            " CASE date_precision WHEN 'day' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 0 END AS precision"
            " FROM briefings WHERE listed = 1 ORDER BY listed, coalesce(date, '') DESC, id LIMIT ? OFFSET ?)"
        )
        ints: list[list[np.ndarray]] = [[], [], [], [], [], []]
        text_parts: dict[str, list[str]] = {name: [] for name in _TEXTS}
        length_parts: dict[str, list[np.ndarray]] = {name: [] for name in _TEXTS}
        digest_parts: list[DigestColumn] = []
        vocabulary: dict[str, int] = {}
        word_parts: list[np.ndarray] = []
        tables: dict[str, dict[str, int]] = {name: {} for name in _CODES}
        code_parts: dict[str, list[np.ndarray]] = {name: [] for name in _CODES}
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")  # one snapshot: a writer elsewhere cannot shift the chunks
        try:
            n = 0
            while True:
                with _small_cache(conn):
                    row = conn.execute(query, (pipeline, CHUNK, n)).fetchone()
                m = row[0]
                if m == 0:
                    break
                if row[-1]:
                    raise StoreUnfit("rows of another pipeline")
                for k, dtype in enumerate((np.int64, np.int64, np.int64, np.int32)):
                    ints[k].append(_ints(row[1 + k], m, dtype))
                precision = np.frombuffer((row[5] or "").encode("ascii"), dtype=np.uint8) - ord("0")
                if len(precision) != m:
                    raise StoreUnfit("precision column")
                ints[4].append(precision.astype(np.int8))
                at = 6
                for name in _TEXTS:
                    text, lengths = row[at] or "", _ints(row[at + 1], m)
                    joins = m - 1 if name == "keywords" else 0
                    if int(lengths.sum()) + joins != len(text):  # a NUL in a value: SQLite's length() stops there
                        raise StoreUnfit("a text column's lengths do not add up")
                    if name == "fingerprint":  # as digests chunk by chunk: never the 71 MB string
                        digest_parts.append(DigestColumn.parse(text, lengths))
                        del text
                    elif name == "keywords":  # as numbers into one vocabulary, chunk by chunk
                        codes, counts = WordsColumn.parse(text, lengths, vocabulary)
                        word_parts.append(codes)
                        length_parts[name].append(counts)
                        del text
                    else:
                        text_parts[name].append(text)
                        length_parts[name].append(lengths)
                    at += 2
                for name in _CODES:
                    code_parts[name].append(_codes(row[at], m, tables[name]))
                    at += 1
                # Briefing.title_generated (schema 24): a digit an entry, as the precision
                generated = np.frombuffer((row[at] or "").encode("ascii"), dtype=np.uint8) - ord("0")
                if len(generated) != m:
                    raise StoreUnfit("generated column")
                ints[5].append(generated.astype(np.bool_))
                del row
                n += m
                give_back_heap()  # the chunk's strings: else the heap kept them under the next chunks' columns
                if m < CHUNK:
                    break
        finally:
            if own:
                conn.execute("COMMIT")
        self.root = root
        self._prefix = root + os.sep

        def joined(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
            """The parts as one array, and let go (1,000,000 entries: the columns' parts
            held beside the joined columns were ~80 MB of the load's peak)."""
            out = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
            parts.clear()
            return out

        self.keys, self.sizes, self.mtimes = (joined(ints[k], np.int64) for k in range(3))
        self.ordinals = joined(ints[3], np.int32)
        self.precisions = joined(ints[4], np.int8)
        self.generated = joined(ints[5], np.bool_)
        self.texts: dict[str, Any] = {"fingerprint": DigestColumn.joined(digest_parts)}
        digest_parts.clear()
        for name in _TEXTS:
            if name == "fingerprint":
                continue
            ends = np.cumsum(joined(length_parts[name], np.int64), dtype=np.int64)
            if name == "keywords":  # two bytes a keyword while the vocabulary fits (a change may widen it)
                if len(vocabulary) <= np.iinfo(np.uint16).max:  # each part narrowed before the join
                    word_parts[:] = [part.astype(np.uint16) for part in word_parts]
                codes = joined(word_parts, np.int32)
                self.texts[name] = WordsColumn(list(vocabulary), codes, ends)
                continue
            self.texts[name] = TextColumn("".join(text_parts[name]), ends)
            text_parts[name].clear()
        self.tables: dict[str, list[str]] = {name: list(tables[name]) for name in _CODES}
        self.codes: dict[str, np.ndarray] = {name: joined(code_parts[name], np.int32) for name in _CODES}
        if n > 1 and bool(np.any(np.diff(self.ordinals) > 0)):
            raise StoreUnfit("rows not in the list's order")  # SQLite fed the aggregates unordered
        self.problems, self.paths = self._rare(conn)
        self._n = n
        self._made: OrderedDict[int, Briefing] = OrderedDict()
        self._share: dict[str, str] = {}
        self._topic_lists = [s.split(_US) if s else [] for s in self.tables["topics"]]
        self._hash_tables: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._fields: dict[str, tuple[list[int], np.ndarray]] = {}
        self._dense = True  # codes are numbered by first appearance, none unused (see changed)

    def _rare(self, conn: Any) -> tuple[PositionMap, PositionMap]:
        """Problems of listed entries (not fatal ones: those rows are not listed), and
        the paths kept as bytes (not UTF-8, or a feed entry's file: index.Row), by
        position. RARE_ROWS rows at a time: 1,000,000 generated entries have ~190,000
        of each, and their rows all at once were ~75 MB of the load's peak."""
        problems_at: dict[int, list[Problem]] = {}
        paths_at: dict[int, str] = {}
        share: Any = {}.setdefault
        order = np.argsort(self.keys)
        with _small_cache(conn):
            cursor = conn.execute(
                "SELECT rowid, problems, rawpath, relpath FROM briefings"
                " WHERE listed = 1 AND (problems != '' OR rawpath IS NOT NULL)"
            )
            while rare := cursor.fetchmany(RARE_ROWS):
                at = order[np.searchsorted(self.keys, [r[0] for r in rare], sorter=order)].tolist()
                for p, (_key, problems, rawpath, relpath) in zip(at, rare, strict=True):
                    if problems:  # one Problem object per distinct problem (most rows share a few)
                        problems_at[p] = [share(Problem(*x), Problem(*x)) for x in json.loads(problems)]
                    name = os.fsdecode(rawpath) if rawpath is not None else None
                    if name is not None and name != _file_rel(relpath).replace("/", os.sep):
                        # a name not UTF-8; a feed entry's file is its relative path's (path_of):
                        # 1,000,000 generated entries held 192,000 such paths, ~23 MB
                        paths_at[p] = self._prefix + name
        return PositionMap.of(problems_at), PositionMap.of(paths_at)

    # -- Sequence --

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(self._n))]
        if index < 0:
            index += self._n
        if not 0 <= index < self._n:
            raise IndexError(index)
        return self._make(index)

    def __iter__(self) -> Iterator[Briefing]:
        for i in range(self._n):
            yield self._make(i)

    def __repr__(self) -> str:
        return f"ListStore({self._n} entries)"

    def _make(self, i: int) -> Briefing:
        made = self._made
        b = made.get(i)
        if b is not None:
            made.move_to_end(i)
            return b
        share = self._share.setdefault
        texts, tables, codes = self.texts, self.tables, self.codes
        relpath = texts["relpath"][i]
        entry = ""
        if "/#" in relpath and (m := _ENTRY_ROW.search(relpath)):
            entry = m[1] or m[2]
        authors, keywords = texts["authors"][i], texts["keywords"].words(i)
        ordinal = int(self.ordinals[i])
        source = tables["source"][codes["source"][i]]
        b = Briefing(
            id=texts["id"][i],
            path=self.paths.get(i) or self._prefix + _file_rel(relpath).replace("/", os.sep),  # path_of
            fingerprint=texts["fingerprint"][i],
            title=texts["title"][i],
            text="",
            date=dt.date.fromordinal(ordinal) if ordinal else None,
            date_precision=PRECISIONS[self.precisions[i]],  # type: ignore[arg-type]
            source=source,
            authors=[share(a, a) for a in authors.split(_US)] if authors else [],
            script=tables["script"][codes["script"][i]],  # type: ignore[arg-type]
            encoding=tables["encoding"][codes["encoding"][i]],
            format=tables["format"][codes["format"][i]],
            entry=entry,
            size=int(self.sizes[i]),
            topics=list(self._topic_lists[codes["topics"][i]]),
            keywords=[share(k, k) for k in keywords] if keywords != [""] else [],
            problems=list(self.problems.get(i, ())),
            loaded=False,
            key=int(self.keys[i]),
            title_written=texts["written"][i],
            source_written=texts["wsource"][i],
            title_generated=bool(self.generated[i]),
        )
        made[i] = b
        if len(made) > MADE_KEPT:
            made.popitem(last=False)
        return b

    # -- whole columns (what the filter and the layout read instead of entries) --

    def column_keys(self) -> np.ndarray:
        return self.keys

    def path_of(self, position: int) -> str:
        """The entry's file path, as Briefing.path (without making the entry)."""
        found = self.paths.get(position)
        return found or self._prefix + _file_rel(self.texts["relpath"][position]).replace("/", os.sep)

    def fingerprint_column(self) -> DigestColumn:
        """Every entry's fingerprint, in list order (iterable again and again)."""
        return self.texts["fingerprint"]

    def field_codes(self, name: str) -> tuple[list[int], np.ndarray]:
        """For ``topics``, ``source`` or ``date`` (with its precision): the position of
        one entry per distinct value, and each entry's value number (int32), numbered
        by first appearance. What query.IncrementalFilter tests a field term on."""
        found = self._fields.get(name)
        if found is not None:
            return found
        if name == "date":
            found = _by_first(self.ordinals.astype(np.int64) * 4 + self.precisions)
        elif not self._dense:  # changed: a value's code may be unused now, or out of order
            found = _by_first(self.codes[name])
        else:
            codes = self.codes[name]
            _values, firsts = np.unique(codes, return_index=True)  # codes are numbered by first appearance
            found = firsts.tolist(), codes
        self._fields[name] = found
        return found

    def month_codes(self) -> np.ndarray:
        """Each entry's month group as year * 100 + month (+ 0 for a year-only date), -1
        undated: views.month_key's groups, made by numpy."""
        days = (self.ordinals.astype(np.int64) - _EPOCH).astype("datetime64[D]")
        years = days.astype("datetime64[Y]").astype(np.int64) + 1970
        months = days.astype("datetime64[M]").astype(np.int64) % 12 + 1
        codes = years * 100 + np.where(self.precisions == PRECISIONS.index("year"), 0, months)
        return np.where(self.ordinals == 0, -1, codes)

    def topic_lists(self) -> tuple[list[list[str]], np.ndarray]:
        """The distinct topic lists and each entry's number into them."""
        return self._topic_lists, self.codes["topics"]

    def title_column(self) -> TextColumn:
        return self.texts["title"]

    def source_of(self, position: int) -> str:
        return self.tables["source"][self.codes["source"][position]]

    def fingerprints(self) -> Iterator[str]:
        return iter(self.texts["fingerprint"])

    def ids(self) -> Iterator[str]:
        return iter(self.texts["id"])

    def _hashed(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        made = self._hash_tables.get(name)
        if made is None:
            hashes = np.fromiter(map(hash, self.texts[name]), dtype=np.int64, count=self._n)
            order = np.argsort(hashes, kind="stable")
            made = self._hash_tables[name] = (hashes[order], order)
        return made

    def positions_of(self, name: str, value: str) -> list[int]:
        """Where the text column ``name`` holds ``value``, in list order: a sorted array
        of the column's hashes (16 bytes an entry, not a 1,000,000-key dict)."""
        sorted_hashes, order = self._hashed(name)
        h = hash(value)
        lo = int(np.searchsorted(sorted_hashes, h, side="left"))
        column, out = self.texts[name], []
        while lo < self._n and sorted_hashes[lo] == h:
            p = int(order[lo])
            if column[p] == value:
                out.append(p)
            lo += 1
        return sorted(out)  # ascending (a loaded store's sort is stable; a changed one's, not)

    def position_of_id(self, briefing_id: str) -> int | None:
        found = self.positions_of("id", briefing_id)
        return found[0] if found else None

    def ids_unique(self) -> bool:
        """True when no two entries share an id (distinct hashes prove it; equal
        hashes are compared as strings)."""
        sorted_hashes, order = self._hashed("id")
        same = np.flatnonzero(sorted_hashes[1:] == sorted_hashes[:-1])
        ids = self.texts["id"]
        return all(ids[int(order[s])] != ids[int(order[s + 1])] for s in same.tolist())

    # -- a change of a few files (issue 19, review F6) --

    def changed(self, removed: np.ndarray, added: list[tuple[Briefing, str, int, int]]) -> ListStore:
        """A new store: this one without the entries at the positions ``removed``, and
        with ``added`` (each a list entry, its row's relative path, size and mtime) in
        their places in the list's order. This store is left as it is (the screen reads
        it until the new one is shown); the new one shares its big strings, and its
        id and fingerprint lookups are this one's, moved (no hashing of every entry):
        a change of a few files costs milliseconds at 1,000,000 entries, not the ~28 s
        and ~2.7 GB of making every entry. Raises StoreUnfit for a value the columns
        cannot hold (the caller reads the folder row by row)."""
        from .index import _encode

        n = self._n
        keep = np.ones(n, dtype=bool)
        keep[np.asarray(removed, dtype=np.int64)] = False
        kept = np.flatnonzero(keep)
        # The added entries in the list's order (newest first, then by id), and where
        # each goes among the kept ones: np.insert's indexes.
        rows = []
        for b, relpath, size, mtime in added:
            encoded = _encode(b)  # the values as the index holds them (what a load would read)
            values = {"id": encoded[0], "fingerprint": encoded[1], "title": encoded[2], "authors": encoded[6]}
            values.update(keywords=encoded[11], relpath=relpath, written=encoded[13], wsource=encoded[14])
            if any("\0" in v for v in values.values()):
                raise StoreUnfit("a NUL in an added entry's text")  # as the load's length check
            categorical = {"source": encoded[5], "script": encoded[7], "encoding": encoded[8]}
            categorical.update(format=encoded[9], topics=encoded[10])
            if any(_RS in v for v in categorical.values()):
                raise StoreUnfit("a value holds the column separator")
            precision = PRECISIONS.index(b.date_precision) if b.date and b.date_precision in PRECISIONS else 0
            ordinal = b.date.toordinal() if b.date else 0
            rows.append((ordinal, values, categorical, precision, b, mtime, size))
        rows.sort(key=lambda r: r[1]["id"])
        rows.sort(key=lambda r: r[0], reverse=True)
        # In the old list (newest first, then by id), removed entries and all: no copy of a
        # column; then counted among the kept ones.
        rising = self.ordinals[::-1]
        ids = self.texts["id"]
        points_list = []
        for ordinal, values, *_ in rows:
            lo = n - int(np.searchsorted(rising, ordinal, side="right"))  # the newer ones come first
            hi = n - int(np.searchsorted(rising, ordinal, side="left"))
            points_list.append(bisect.bisect_left(ids, values["id"], lo, hi))
        removed_sorted = np.flatnonzero(~keep)
        old_points = np.asarray(points_list, dtype=np.int64)
        points = old_points - np.searchsorted(removed_sorted, old_points, side="left")
        m = len(rows)
        splice = Splice(n, kept, points)
        moved, placed = splice.moved, splice.placed  # old position -> new (-1: removed); the added ones'

        new = object.__new__(ListStore)
        new.root, new._prefix = self.root, self._prefix

        def column(values: np.ndarray, inserted: list[Any]) -> np.ndarray:
            return splice(values, np.asarray(inserted, dtype=values.dtype))

        new.keys = column(self.keys, [r[4].key for r in rows])
        new.sizes = column(self.sizes, [r[6] for r in rows])
        new.mtimes = column(self.mtimes, [r[5] for r in rows])
        new.ordinals = column(self.ordinals, [r[0] for r in rows])
        new.precisions = column(self.precisions, [r[3] for r in rows])
        new.generated = column(self.generated, [r[4].title_generated for r in rows])
        new.texts = {name: self.texts[name].changed(splice, [r[1][name] for r in rows]) for name in _TEXTS}
        new.tables = {name: list(table) for name, table in self.tables.items()}
        new.codes = {}
        for name in _CODES:
            table = new.tables[name]
            number: dict[str, int] = {} if m < 64 else {v: c for c, v in enumerate(table)}
            inserted = []
            for r in rows:
                value = r[2][name]
                code = number.get(value)
                if code is None:  # a few values: a scan of the table each, not a dict of it
                    code = number[value] = table.index(value) if value in table else len(table)
                    if code == len(table):
                        table.append(value)
                inserted.append(code)
            new.codes[name] = column(self.codes[name], inserted)

        added_problems: dict[int, list[Problem]] = {}
        added_paths: dict[int, str] = {}
        for r, p in zip(rows, placed.tolist(), strict=True):
            b, relpath = r[4], r[1]["relpath"]
            if b.problems:
                added_problems[p] = list(b.problems)
            if b.path != self._prefix + _file_rel(relpath).replace("/", os.sep):  # a name not UTF-8
                added_paths[p] = b.path
        new.problems = self.problems.moved(moved, added_problems)
        new.paths = self.paths.moved(moved, added_paths)
        new._n = n - int(np.count_nonzero(~keep)) + m
        new._made = OrderedDict()
        new._share = self._share
        new._topic_lists = self._topic_lists + [
            s.split(_US) if s else [] for s in new.tables["topics"][len(self._topic_lists) :]
        ]
        new._fields = {}
        new._dense = False
        new._hash_tables = {}
        for name, (sorted_hashes, order) in list(self._hash_tables.items()):
            # the table sorted by hash, spliced as the columns are: the removed entries'
            # rows out, the added ones in at their hashes' places
            alive = keep[order]
            fresh = np.fromiter((hash(r[1][name]) for r in rows), dtype=np.int64, count=m)
            by_hash = np.argsort(fresh, kind="stable")
            at = np.searchsorted(sorted_hashes, fresh[by_hash], side="right")
            at -= np.searchsorted(np.flatnonzero(~alive), at)  # among the rows kept
            rows_kept = Splice(len(order), np.flatnonzero(alive), at)
            new._hash_tables[name] = (
                rows_kept(sorted_hashes, fresh[by_hash]),
                rows_kept(moved[order], placed[by_hash]),
            )
        return new


def _by_first(values: np.ndarray) -> tuple[list[int], np.ndarray]:
    """The position of the first entry of each distinct value, and each entry's value
    number (int32), numbered by first appearance, as a pass over the entries would."""
    _values, firsts, inverse = np.unique(values, return_index=True, return_inverse=True)
    order = np.argsort(firsts, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return firsts[order].tolist(), rank[inverse.reshape(-1)].astype(np.int32)


class Selection(Sequence[Briefing]):
    """Some entries of a column-wise list, by position (what the filter shows): an
    entry is made when it is asked for, and their keys are read from the key column
    (the figures, metrics and digest views ask the index by key), not from 1,000,000
    entries made on the UI thread."""

    def __init__(self, store: ListStore, positions: np.ndarray) -> None:
        self.store, self.positions = store, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self.store[p] for p in self.positions[index].tolist()]
        return self.store[int(self.positions[index])]

    def __iter__(self) -> Iterator[Briefing]:
        store = self.store
        return (store[p] for p in self.positions.tolist())

    def __repr__(self) -> str:
        return f"Selection({len(self.positions)} of {len(self.store)} entries)"

    def column_keys(self) -> np.ndarray:
        return self.store.keys[self.positions]


def keys_of(briefings: Sequence[Briefing]) -> list[int]:
    """The index keys of ``briefings``, from the key column of a column-wise list or a
    selection of one (no entry made), else from each briefing."""
    if isinstance(briefings, Selection):
        return briefings.column_keys().tolist()  # type: ignore[no-any-return]
    if is_store(briefings):
        return briefings.keys.tolist()  # type: ignore[no-any-return]
    return [b.key for b in briefings]


class StoreIds:
    """``Library.by_id`` over a ListStore: a mapping from id to entry, made on demand."""

    def __init__(self, store: ListStore) -> None:
        self._store = store

    def __getitem__(self, briefing_id: str) -> Briefing:
        p = self._store.position_of_id(briefing_id)
        if p is None:
            raise KeyError(briefing_id)
        return self._store[p]

    def get(self, briefing_id: str, default: Any = None) -> Any:
        p = self._store.position_of_id(briefing_id)
        return default if p is None else self._store[p]

    def __contains__(self, briefing_id: object) -> bool:
        return isinstance(briefing_id, str) and self._store.position_of_id(briefing_id) is not None

    def __len__(self) -> int:
        return len(self._store)

    def __iter__(self) -> Iterator[str]:
        return self._store.ids()

    def keys(self) -> Iterator[str]:
        return self._store.ids()

    def values(self) -> Iterator[Briefing]:
        return iter(self._store)

    def items(self) -> Iterator[tuple[str, Briefing]]:
        return ((b.id, b) for b in self._store)
