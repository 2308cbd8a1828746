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

import datetime as dt
import json
import os
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from .index import _US  # joins a field's items
from .library import _ENTRY_ROW  # a feed entry's row: "<file>/#<entry>" (library imports us lazily)
from .model import Briefing, Problem

# From this many list entries on, a warm start holds the list column-wise: one Briefing
# object per entry took ~2.7 KB (2.7 GB at 1,000,000). Here, not in library.py, which the
# index's cache key hashes: the threshold does not change what is cached.
STORE_MIN = 50_000
PRECISIONS: tuple[str | None, ...] = (None, "day", "month", "year")
MADE_KEPT = 4096  # entries kept made: the rows drawn and the ones near them stay the same objects
_RS = "\x1e"  # joins one categorical column's values in the load query

# Day ordinal (date.toordinal) from an ISO date in SQL: julianday of 0001-01-01 is 1721425.5.
_ORDINAL = "coalesce(CAST(julianday(date) - 1721424.5 AS INTEGER), 0)"
_EPOCH = 719163  # date(1970, 1, 1).toordinal(): numpy's day 0
_TEXTS = ("id", "relpath", "fingerprint", "title", "authors", "keywords")
_CODES = ("source", "script", "encoding", "format", "topics")


class TextColumn:
    """Strings held as one string and the end of each: ~the characters, not ~60 bytes
    of object per entry. Slicing a Python string by character offsets is O(1)."""

    __slots__ = ("ends", "text")

    def __init__(self, text: str, ends: np.ndarray) -> None:
        self.text, self.ends = text, ends

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:
        ends = self.ends
        return self.text[int(ends[i - 1]) if i else 0 : int(ends[i])]

    def __iter__(self) -> Iterator[str]:
        text, start = self.text, 0
        for end in self.ends.tolist():
            yield text[start:end]
            start = end


class StoreUnfit(Exception):
    """The index's rows cannot be read column-wise (the caller reads them one by one)."""


def _ints(joined: str | None, n: int, dtype: Any = np.int64) -> np.ndarray:
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


CHUNK = 131_072  # rows a load query aggregates: SQLite's strings and their Python copies
# of one chunk are what the load holds beside the columns (all at once: ~1 GB at 1,000,000)


class ListStore(Sequence[Briefing]):
    """The listed entries of an index, newest first (the list's order, as
    library._ordered makes it), as columns; see the module's text."""

    def __init__(self, conn: Any, root: str, pipeline: str) -> None:
        """Read every listed row of ``conn`` (an index connection, its lock held by the
        caller), CHUNK rows a query, in one read transaction. Raises StoreUnfit when a
        row needs the row-by-row path: written by another pipeline, a value the
        column form cannot hold."""
        texts = ", ".join(f"group_concat({c}, ''), group_concat(length({c}))" for c in _TEXTS)
        codes = ", ".join(f"group_concat({c}, char(30))" for c in _CODES)
        query = (
            f"SELECT count(*), group_concat(rowid), group_concat(size), group_concat(mtime_ns),"
            f" group_concat(ordinal), group_concat(precision, ''), {texts}, {codes},"
            " sum(pipeline != ?)"
            f" FROM (SELECT rowid, size, mtime_ns, pipeline, {', '.join(_TEXTS + _CODES)}, {_ORDINAL} AS ordinal,"
            " CASE date_precision WHEN 'day' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 0 END AS precision"
            " FROM briefings WHERE listed = 1 ORDER BY listed, coalesce(date, '') DESC, id LIMIT ? OFFSET ?)"
        )
        ints: list[list[np.ndarray]] = [[], [], [], [], []]
        text_parts: dict[str, list[str]] = {name: [] for name in _TEXTS}
        length_parts: dict[str, list[np.ndarray]] = {name: [] for name in _TEXTS}
        tables: dict[str, dict[str, int]] = {name: {} for name in _CODES}
        code_parts: dict[str, list[np.ndarray]] = {name: [] for name in _CODES}
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")  # one snapshot: a writer elsewhere cannot shift the chunks
        try:
            n = 0
            while True:
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
                    if int(lengths.sum()) != len(text):  # a NUL in a value: SQLite's length() stops there
                        raise StoreUnfit("a text column's lengths do not add up")
                    text_parts[name].append(text)
                    length_parts[name].append(lengths)
                    at += 2
                for name in _CODES:
                    code_parts[name].append(_codes(row[at], m, tables[name]))
                    at += 1
                del row
                n += m
                if m < CHUNK:
                    break
        finally:
            if own:
                conn.execute("COMMIT")
        self.root = root
        self._prefix = root + os.sep

        def joined(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
            return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

        self.keys, self.sizes, self.mtimes = (joined(ints[k], np.int64) for k in range(3))
        self.ordinals = joined(ints[3], np.int32)
        self.precisions = joined(ints[4], np.int8)
        self.texts: dict[str, TextColumn] = {}
        for name in _TEXTS:
            ends = np.cumsum(joined(length_parts[name], np.int64), dtype=np.int64)
            self.texts[name] = TextColumn("".join(text_parts[name]), ends)
            text_parts[name].clear()
        self.tables: dict[str, list[str]] = {name: list(tables[name]) for name in _CODES}
        self.codes: dict[str, np.ndarray] = {name: joined(code_parts[name], np.int32) for name in _CODES}
        if n > 1 and bool(np.any(np.diff(self.ordinals) > 0)):
            raise StoreUnfit("rows not in the list's order")  # SQLite fed the aggregates unordered
        # Problems of listed entries (not fatal ones: those rows are not listed): few.
        # And the paths kept as bytes: not UTF-8, or a feed entry's file (index.Row).
        self.problems: dict[int, list[Problem]] = {}
        self.paths: dict[int, str] = {}
        rare = conn.execute(
            "SELECT rowid, problems, rawpath FROM briefings"
            " WHERE listed = 1 AND (problems != '' OR rawpath IS NOT NULL)"
        ).fetchall()
        share: Any = {}.setdefault
        if rare:
            order = np.argsort(self.keys)
            at = order[np.searchsorted(self.keys, [k for k, _, _ in rare], sorter=order)].tolist()
            for p, (_key, problems, rawpath) in zip(at, rare, strict=True):
                if problems:  # one Problem object per distinct problem (most rows share a few)
                    self.problems[p] = [share(Problem(*x), Problem(*x)) for x in json.loads(problems)]
                if rawpath is not None:
                    self.paths[p] = self._prefix + os.fsdecode(rawpath)
        self._n = n
        self._made: OrderedDict[int, Briefing] = OrderedDict()
        self._share: dict[str, str] = {}
        self._topic_lists = [s.split(_US) if s else [] for s in self.tables["topics"]]
        self._hash_tables: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._fields: dict[str, tuple[list[int], np.ndarray]] = {}

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
        authors, keywords = texts["authors"][i], texts["keywords"][i]
        ordinal = int(self.ordinals[i])
        source = tables["source"][codes["source"][i]]
        b = Briefing(
            id=texts["id"][i],
            path=self.paths.get(i) or self._prefix + relpath.replace("/", os.sep),  # path_of
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
            keywords=[share(k, k) for k in keywords.split(_US)] if keywords else [],
            problems=list(self.problems.get(i, ())),
            loaded=False,
            key=int(self.keys[i]),
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
        return self.paths.get(position) or self._prefix + self.texts["relpath"][position].replace("/", os.sep)

    def fingerprint_column(self) -> TextColumn:
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
            combined = self.ordinals.astype(np.int64) * 4 + self.precisions
            _values, firsts, inverse = np.unique(combined, return_index=True, return_inverse=True)
            # numbered by first appearance, as a pass over the entries would
            order = np.argsort(firsts, kind="stable")
            rank = np.empty_like(order)
            rank[order] = np.arange(len(order))
            found = firsts[order].tolist(), rank[inverse.reshape(-1)].astype(np.int32)
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
        return out  # ascending: the sort is stable over positions

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
