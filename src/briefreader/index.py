"""The index cache: what the briefing list and the filter need, kept in SQLite.

One database file per corpus root, in the user cache folder. It holds, per file:

* ``briefings``: the list fields of its :class:`Briefing` (title, date, source,
  topics, keywords, problems...), keyed by the path relative to the root, with the
  file's size and mtime: when both still match the file is not read again. The body
  is *not* kept (only its tokens, ``search`` below): a briefing opened
  in full is ingested again from its file (a few milliseconds, see
  :meth:`Library.full`), which keeps the cache small and never shows a stale body.
* ``search``: an FTS5 table with positions of the folded title and body's tokens
  (:func:`briefreader.textsearch.index_document`: each Chinese character, each Latin word
  or number, a break between two Chinese runs), which answers any query word exactly as one phrase
  (textsearch.fts_query). A word is found among 100,000 briefings without reading their
  files.
* ``figs``: every figure, one row each, with the metric it measures (metrics.py, as a
  code into ``metricstats``), for the figures and metric views across briefings
  (issue 17), and the values a figure query compares (``money>1000亿``: value, or a
  range's ends) through its (kind, value) index; a briefing's figures are one rowid
  range (FIG_SPAN), and only kind and metric are indexed (FigureWindow sorts the other
  columns itself). Queries read it through the ``figrows`` view (the briefing's key,
  the metric's name, the figure's end); ``figspan``: each briefing's smallest and
  largest per kind, as ``figlo`` and ``fighi``.
* ``stories`` / ``storybands``: each briefing's story id and MinHash signature, and its
  LSH band keys (stories.py, cut to 31 bits: :func:`band_key`): a new briefing finds its
  story's earlier versions by a few indexed lookups, never by comparing with every other
  briefing.

The cache is only ever an optimisation, so it is never trusted: a database that is
corrupt, foreign (someone else's schema, another root), of another schema version or
written by another pipeline version is thrown away and rebuilt, and an SQLite error
while reading or writing turns into a miss (or "no search index") instead of a crash.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import itertools
import json
import logging
import os

try:  # SQLite >= 3.43 (contentless_delete): a changed or removed file takes its postings along
    from pysqlite3 import dbapi2 as sqlite3
except ImportError:  # the system's SQLite; before 3.43 postings stay behind (see CONTENTLESS_DELETE)
    import sqlite3  # type: ignore[no-redef]
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import DATE_SHOWN_LENGTH, FATAL, Briefing, Problem

log = logging.getLogger(__name__)

# Bump when the table layout or the encoding below changes.
SCHEMA_VERSION = 26  # 4-6: figrows, stories, storybands, metricstats (issue 17); 7: words, no figvals;
# 8: figrows keyed by doc range, two indexes instead of seven (issue 19); 9-10: character tokens
# (issue 19, this session; too slow at 100,000); 11: bigram positions again, words of first
# characters and Latin words, incremental auto-vacuum (issue 19); 12: figs (no doc column, metric
# codes, two indexes) behind the figrows view, the listed count in meta (issue 19); 13: figspan
# as two tables keyed (kind, lo|hi, doc) with no third b-tree, story band keys of 31 bits
# (issue 19: the benchmark's 10,000 shard as ingested, 101.2 -> 98.5 MiB, 0.86x -> 0.83x); 14: what
# `figures --all --json/--csv` prints beyond the figures view (qualifier, a range's ends, the
# sentence, the briefing's region) in figs and figdetail, so it answers from the index again
# (review s15 R15: it read every briefing again, 0.6 -> 13-16 s on the 374-file dev folder); 15:
# briefings.written, a Traditional source's title as it writes it (Briefing.title_written), so the
# Traditional list and `list --script hant` need not read the file again (748838f read each on screen); 16:
# briefings.wsource, the source line the same way (Briefing.source_written: s2t gave a list entry's
# source 臺灣 for the page's 台灣); 17: figs_value on (unit, value), the value order by unit first (a
# currency's sums together: RMB 5 bn sorted beside USD 5 bn as if one unit, tester s17; usefix s18); 18:
# stories.sig keeps the lead's MinHash values and storybands 2 lead band keys a briefing (a teaser
# inside its page is a candidate; 19-stories s18, stories.py's doc); 19: figs_group on (sort group,
# value) instead of figs_value: the value and kind orders by SORT_GROUPS (review s19 R23, session 20); 20:
# one detail=none table for every word and the folded text to check phrases (texts), no positions
# (issue 19, session 23: the positional table was 54.6 of the 10,000 mix's 106 MB); 21: one token a
# character with positions and no texts (issue 19, session 25: a word of 3+ characters was the AND
# of its bigrams, ~60,000 candidates at 100,000 briefings each checked against its text, 1.6-7 s a
# keystroke; now one FTS5 phrase, about the size of search + texts); 22: no figs_kind: a kind's
# figures are found through figs_group, by their sort groups (kind_sql; issue 19, session 26: the
# index was 56 of the 100,000 mix's 920 MB); a quantity's unit makes its sort group (SORT_GROUPS)
# 23: figdetail's data as raw deflate with a preset dictionary of common words
# (data/figure_sentences.zdict, benchmarks/make_sentence_dictionary.py) instead of zlib alone (issue 19,
# session 28: the figure-sentence store 0.831x on the dev figures, 0.775x on the benchmark's mix)
# 24: RUN_BREAK only between two Chinese runs (textsearch.index_document: the 5,000 mix's search table
# 19.54 -> 19.22 MB), briefings.generated (Briefing.title_generated: a list entry from the index
# says whether its title was made from the lead; the TUI dims it) (issue 19, session 31)
# 25: briefings.entries, how many rows its file's read gave (a feed's or a CSV's entries, a mail and its
# attachments; 1 for a file of one): a file with fewer rows than that is read again (session 37: an
# index the session 36 race damaged kept a CSV's 8 of 10 rows, stamped as read, for good)
# 26: briefings.pending and meta's 'pending' count: a row stored with its list fields and search document
# only, its figures, metrics, story and keywords still to come (Index.store's ``pending``, Index.finish;
# issue 19's two-pass cold start). Until finished its mtime_ns is PENDING_MTIME, which no file has, so every
# check of a file's stamp reads it again (an interrupted start's pending row is never trusted), and the
# readers of those rows answer None (the index cannot answer) while any row is pending.
# figrows' rowid is doc * FIG_SPAN + the figure's place: a briefing's figures are one
# rowid range, so no index on doc is kept. A briefing keeps at most FIG_SPAN figures
# (2**16: rowids stay 5-byte varints up to 500,000 briefings; 2**20 made every figure
# index 8% larger).
FIG_BITS = 16
FIG_SPAN = 1 << FIG_BITS
# A pending row's mtime_ns (schema 26): no file's stamp, so a pending row is read again by every check.
PENDING_MTIME = -(1 << 62)
# How long a second process waits for a lock before the operation counts as a miss.
BUSY_TIMEOUT_MS = 5000
CACHE_KB = 65536  # SQLite's page cache per connection (an upper bound: filled only as read)
WAL_LIMIT = 4 << 20  # bytes the WAL file keeps once it restarts (PRAGMA journal_size_limit)
# Stores are batched into one transaction; commit at least this often so another
# process is never blocked for long and a crash loses little work.
COMMIT_EVERY = 500
# Index.settle: FTS5 merge work a step, in pages (~8 MB of WAL: the lock is let go between steps), and
# at most so many steps (bounded: 400,000 pages, ~1.6 GB of postings rewritten).
SETTLE_PAGES = 2000
SETTLE_STEPS = 200
# FTS5 keeps new postings in memory until this many bytes, then writes them as a segment
# that later merges rewrite. Session 10 went back to FTS5's 1 MB default when the table held
# one token a character (16 MB bought nothing then). With bigram tokens again (schema 11) a
# COMMIT_EVERY batch of 500 briefings is ~1.5 MB of postings: at 1 MB it was flushed twice a
# batch and the small segments merged over and over. Replaying the same analysed 10,000
# briefings of the benchmark's mix into a fresh index, two interleaved rounds, load 6-8:
# the writer's CPU 2.11/2.20 ms a briefing at 1 MB, 2.00/1.83 at 8 MB, 1.83/1.78 at 16 MB,
# 1.85/1.83 at 32 MB; the file and its WAL 136.9 -> 129.0 MB; every row and every FTS
# instance (fts5vocab) identical. The memory is an upper bound per table (the batch's
# postings; a commit flushes it).
FTS_HASHSIZE = 16 << 20
# SQLite 3.43 can delete from a contentless FTS5 table (pysqlite3-binary brings 3.51);
# before that, the postings of a changed or deleted file stay behind as orphans that
# searches skip (their rowids are never reused) and that cost only disk space until
# the next rebuild.
CONTENTLESS_DELETE = sqlite3.sqlite_version_info >= (3, 43, 0)
# Contentless (the text is never stored), no prefix index: every Chinese character is a
# token, and a Latin prefix scans only the Latin words. With positions (detail=full): a word
# is a phrase of its tokens (textsearch.fts_query), exact. Issue 19, 100,000 briefings of the
# benchmark's mix (session 25, the same texts tokenised each way): this table 412 MB; bigrams
# with positions 571 MB and a table of first characters besides (a one-character word as a
# bigram prefix took 17-124 ms); schema 20's detail=none bigrams 211 MB plus the folded text
# to check a longer word against (~190 MB, zlib with a dictionary) answered 信息消费 by
# checking 59,576 candidates, ~30 us each. CPU a word at 100,000 here: median 12 ms, p95 46
# (bigrams with positions 6 and 21; schema 20 up to seconds).
# The ascii tokenizer: documents and queries are already tokens (textsearch: folded runs
# joined by spaces) and non-ASCII bytes are token characters to it, so it splits them as
# unicode61 did, without a per-character Unicode lookup (16% of the words table's insert).
_FTS_COMMON = "content='', tokenize='ascii'" + (
    ", columnsize=1, contentless_delete=1" if CONTENTLESS_DELETE else ", columnsize=0"
)
_FTS_OPTIONS = f"detail=full, {_FTS_COMMON}"

# The figures of one sort group are comparable (review s19 R23, session 20): a money figure's
# group is its kind and currency, a percentage's its kind and unit (% or pp), any other figure's
# its kind alone. The value order split counts by measure word (8组, 16条, 77所 before 10,000家)
# and the kind order mixed currencies (RMB 5 bn beside USD 5 bn). A group starts with its kind,
# so ordering by group orders by kind, then currency or unit: the value and the kind orders are
# both (group, value), one index (figs_group) and one key without the index (across._sort_key).
# A quantity (13-dev, session 26) is kept in its written unit (t, kWh, MW: no conversion), so its
# unit makes its group too: 5 t is never sorted or compared beside 5 kWh.
SORT_GROUPS = ("money", "percent", "quantity")  # the kinds whose unit is part of the group


def sort_group(kind: str, unit: str) -> str:
    """A figure's sort group (SORT_GROUPS), as the index's expression gives it."""
    return f"{kind} {unit}" if kind in SORT_GROUPS else kind


def _group_sql(kind: str, unit: str) -> str:
    """:func:`sort_group` in SQL, over the columns ``kind`` and ``unit`` (the index's
    expression and the view's must be written alike for the planner to walk the index)."""
    whens = " ".join(f"WHEN '{k}' THEN '{k} ' || {unit}" for k in SORT_GROUPS)
    return f"CASE {kind} {whens} ELSE {kind} END"


def kind_sql(
    kind: str, unit: str = "", group: str = "f.grp", unit_column: str = "f.unit"
) -> tuple[str, tuple[str, ...]]:
    """An SQL condition (and its arguments) that holds for the figures of ``kind`` (with
    ``unit``: in that unit only), on a figure's sort group ``group`` (figrows' grp, or
    _group_sql over figs' columns) and unit ``unit_column``. Through figs_group, so a
    value condition after it walks (group, value): a kind of SORT_GROUPS is the groups
    the index holds, found by a few seeks (a recursive subquery, no scan of the kind);
    its unit is part of the group (money>1亿美元 reads USD figures only, no row)."""
    if kind not in SORT_GROUPS:
        if unit:  # a count's measure word is no group: the row's unit column says
            return f"{group} = ? AND {unit_column} = ?", (kind, unit)
        return f"{group} = ?", (kind,)
    if unit:
        return f"{group} = ?", (sort_group(kind, unit),)
    g = _group_sql("kind", "unit")
    low, high = f"{kind} ", f"{kind}!"  # every group of the kind: 'money ' + its unit, and no other
    return (
        f"{group} IN (WITH RECURSIVE g(x) AS (SELECT min({g}) FROM figs WHERE {g} >= ? AND {g} < ?"
        f" UNION ALL SELECT (SELECT min({g}) FROM figs WHERE {g} > g.x AND {g} < ?) FROM g WHERE g.x IS NOT NULL)"
        " SELECT x FROM g WHERE x IS NOT NULL)",
        (low, high, high),
    )


_LIST_COLUMNS = (
    "id, fingerprint, title, date, date_precision, source, authors, script, encoding,"
    " format, topics, keywords, problems, written, wsource, generated"
)
_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE briefings (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT,
    relpath TEXT UNIQUE NOT NULL,
    rawpath BLOB,  -- the path's bytes when they are not UTF-8 (relpath then has \\xNN escapes)
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    pipeline TEXT NOT NULL,
    listed INTEGER NOT NULL,  -- 0: not a briefing (a FATAL problem), only a problem entry
    id TEXT NOT NULL, fingerprint TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
    date_precision TEXT, source TEXT NOT NULL, authors TEXT NOT NULL, script TEXT NOT NULL,
    encoding TEXT NOT NULL, format TEXT NOT NULL, topics TEXT NOT NULL, keywords TEXT NOT NULL,
    problems TEXT NOT NULL,
    written TEXT NOT NULL,  -- Briefing.title_written: '' unless the source is Traditional
    wsource TEXT NOT NULL,  -- Briefing.source_written: the same for the source line
    generated INTEGER NOT NULL,  -- Briefing.title_generated: 1 when the title was made from the lead
    entries INTEGER NOT NULL DEFAULT 1,  -- the rows its file's read gave (1: a file of one; see Index.store)
    pending INTEGER NOT NULL DEFAULT 0  -- 1: figures, metrics, story and keywords still to come (Index.finish)
);
-- The list's order (newest first, undated last, then by id): the first screen of a
-- big corpus is read without reading the rest.
CREATE INDEX briefings_order ON briefings (listed, coalesce(date, '') DESC, id);
CREATE VIRTUAL TABLE search USING fts5(body, {_FTS_OPTIONS});
-- Per briefing and kind, the smallest and the largest value a figure query compares
-- (_figure_spans): `money>1000亿` walks fighi from 1000亿 up, `<` figlo. Two tables keyed
-- by what they answer (issue 19): a table keyed (doc, kind) with an index on each end was
-- three b-trees for two: a briefing's rows are deleted by the keys its figs rows give.
CREATE TABLE figlo (kind TEXT NOT NULL, lo REAL NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (kind, lo, doc))
    WITHOUT ROWID;
CREATE TABLE fighi (kind TEXT NOT NULL, hi REAL NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (kind, hi, doc))
    WITHOUT ROWID;
-- A figure's id is its briefing's key * FIG_SPAN + its place: a briefing's figures are
-- one rowid range (read and deleted without an index on doc, which is id >> FIG_BITS), in
-- text order. Issue 19: no doc column, the metric as metricstats' code (0: none), the
-- figure's length not its end, small columns first (a row's header is read column by column).
-- qual: the qualifier's code (QUALIFIERS) plus VALUE_NONE, sent: the figure's sentence (a place in
-- its briefing's figdetail list), low and top: the Figure's own low and high when it has a value
-- (value and high above are what figure queries compare, figure_details() puts them together).
CREATE TABLE figs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value REAL,
                   high REAL,  -- a range without a single value: its upper end (value is the lower)
                   metric INTEGER NOT NULL, qual INTEGER NOT NULL, sent INTEGER NOT NULL,
                   unit TEXT NOT NULL, start INTEGER NOT NULL,
                   span INTEGER NOT NULL, low REAL, top REAL, text TEXT NOT NULL, en TEXT NOT NULL);
-- Per briefing with figures, the JSON [region, sentences] compressed (pack_detail: raw deflate with
-- a preset dictionary of common words): the region a money figure's currency was read by
-- (figures.detect_region as `figures --all --json` asks it: name, currency, reason, null without a
-- money figure) and its figures' sentences, each once
CREATE TABLE figdetail (doc INTEGER PRIMARY KEY, data BLOB NOT NULL);
-- figure queries compare value (figs_group) and a range's upper end: few rows have one
CREATE INDEX figs_high ON figs (kind, high) WHERE high IS NOT NULL;
-- Two indexes (issue 19: they took more disk than the rows): the sort group (SORT_GROUPS), value
-- answers figure queries (a kind is its groups: kind_sql) and gives the value and kind orders,
-- metric (a code, only figures with one) the metric view's series and the metric order, walked
-- one metric at a time in the names' order. The text, English and unit orders sort rowids once
-- per window. (Without figs_group the value order sorted 2.36 million figures at 100,000
-- briefings: first screen 1.9 s, whole order 10-15 s, against 0.05 s. Schema 22 dropped
-- (kind, value), which answered the queries alone: 56 MB of the 100,000 mix's 920, session 26)
CREATE INDEX figs_group ON figs ({_group_sql("kind", "unit")}, value);
CREATE INDEX figs_metric ON figs (metric) WHERE metric != 0;
-- What queries read (across.sql_filter's conditions, the views' rows): the old columns.
-- The metric's name is a subquery, looked up only where a query reads it.
CREATE VIEW figrows AS SELECT f.id AS id, f.id >> {FIG_BITS} AS doc, f.kind AS kind, f.text AS text, f.en AS en,
    f.value AS value, f.unit AS unit, coalesce((SELECT m.metric FROM metricstats m WHERE m.code = f.metric), '')
    AS metric, f.start AS start, f.start + f.span AS stop, f.high AS high, f.metric AS code,
    {_group_sql("f.kind", "f.unit")} AS grp FROM figs f;
CREATE INDEX briefings_source ON briefings (source);
CREATE INDEX briefings_title ON briefings (title);
CREATE TABLE stories (doc INTEGER PRIMARY KEY, story INTEGER NOT NULL, sig BLOB, figures INTEGER NOT NULL);
CREATE INDEX stories_story ON stories (story);
-- per metric: its figures and briefings, kept as rows come and go (the metric view's
-- list at 7 million figures is then a read of a few thousand rows, not a GROUP BY)
-- (code: what figs.metric holds, a metric no briefing reports any more is deleted)
CREATE TABLE metricstats (code INTEGER PRIMARY KEY, metric TEXT UNIQUE NOT NULL, figures INTEGER NOT NULL,
                          docs INTEGER NOT NULL);
-- one b-tree keyed by band: a briefing's rows are deleted by its bands (stories.sig), each
-- cut to 31 bits (band_key: a 4-byte integer, not 8: a chance equal key only adds a candidate
-- that the signature then refuses)
CREATE TABLE storybands (band INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, doc)) WITHOUT ROWID;
"""
_TABLES = {
    *("meta", "briefings", "search", "figlo", "fighi", "figs", "figdetail"),
    *("stories", "storybands", "metricstats"),
}
_ACROSS_TABLES = ("figs", "figdetail", "stories", "storybands")  # issue 17's rows, kept per doc
# figs.qual: a qualifier's code (model.Figure.qualifier); one not in the table is kept as its text
QUALIFIERS = ("exact", "approx", "over", "under", "nearly", "range")
_QUALIFIER_CODE = {q: n for n, q in enumerate(QUALIFIERS)}
VALUE_NONE = 8  # figs.qual's flag: the Figure has no value (figs.value holds its low end)
# What _decode_rows reads before a row's list columns
ROW_HEAD = "rowid, relpath, size, mtime_ns, pipeline, rawpath, entries"
_US = "\x1f"  # joins list fields: splitting is ~10x faster than json.loads at 100k rows


@dataclass(slots=True)
class IndexStats:
    hits: int = 0
    misses: int = 0
    stored: int = 0
    pruned: int = 0
    rebuilt: int = 0  # times the database file was thrown away


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure as the figures view shows it (issue 17)."""

    rowid: int
    doc: int  # the briefing's key
    id: str
    date: str | None
    source: str
    title: str
    kind: str
    text: str
    en: str
    value: float | None
    unit: str
    metric: str
    start: int
    stop: int


# Sortable figure columns -> the ascending ORDER BY (figrows f, briefings b), each term
# with its direction so that descending flips them all; each ends on a unique key. The
# briefing-level ones (date, source, title) are read by briefing, kind and metric by an
# index walk, the others sorted once per window (FigureWindow._sorted).
FIGURE_ORDER = {
    "date": (("coalesce(b.date, '')", 1), ("b.id", -1), ("f.id", -1)),
    "source": (("b.source", 1), ("b.rowid", 1), ("f.id", 1)),
    "title": (("b.title", 1), ("b.rowid", 1), ("f.id", 1)),
    "kind": (("f.grp", 1), ("f.value", 1), ("f.id", 1)),  # by kind, then currency or unit (SORT_GROUPS)
    "value": (("f.grp", 1), ("f.value", 1), ("f.id", 1)),  # the same: values compared within a group only
    "unit": (("f.unit", 1), ("f.id", 1)),
    "metric": (("f.metric", 1), ("f.id", 1)),
    "text": (("f.text", 1), ("f.id", 1)),
    "en": (("f.en", 1), ("f.id", 1)),
}
SERIES_LIMIT = 5000  # figures of one metric the metric view charts and lists
# A row's date at its briefing's precision (a briefing dated "2023" showed 2023-01-01, a
# day nobody wrote: tester s13); the order stays by b.date (_FIGURE_ORDER, ORDER BY). Made from
# model.DATE_SHOWN_LENGTH, the table Briefing.date_iso reads (b.date is stored as date.isoformat()).
_ROW_DATE = (
    "CASE b.date_precision "
    + " ".join(f"WHEN '{p}' THEN substr(b.date, 1, {n})" for p, n in DATE_SHOWN_LENGTH.items())
    + " ELSE b.date END"
)
_FIGURE_COLUMNS = (
    f"f.id, f.doc, b.id, {_ROW_DATE}, b.source, b.title, f.kind, f.text, f.en, f.value, f.unit, f.metric,"
    " f.start, f.stop"
)
_FIGURE_SELECT = f"SELECT {_FIGURE_COLUMNS} FROM figrows f JOIN briefings b ON b.rowid = f.doc"
_WALKED = ("kind", "value", "metric")  # figure-level orders an index serves (figs_group, figs_metric)


def repeated_figures(stories: Iterable[Sequence[Sequence[tuple[int, Any]]]]) -> list[int]:
    """The ids of the figures that an earlier version of their story already has: per
    story, its versions in order, each a list of (figure id, what the figure is). A
    version's k-th figure of one kind is a repeat when an earlier version has it k times
    or more (a figure a version says twice more than the others is kept once more)."""
    out: list[int] = []
    for versions in stories:
        seen: dict[Any, int] = {}
        for figures in versions:
            here: dict[Any, int] = {}
            for fid, what in figures:
                n = here[what] = here.get(what, 0) + 1
                if n <= seen.get(what, 0):
                    out.append(fid)
            for what, n in here.items():
                if n > seen.get(what, 0):
                    seen[what] = n
    return out


class FigureWindow:
    """A sorted, filtered view of the figure rows that is never materialised: ``len``
    is one count (a sum over the stories table when there is no condition), and
    ``rows(start, stop)`` one LIMIT/OFFSET walk of an index, from the nearer end, so
    any screen of millions of figures is read in milliseconds."""

    tables = 0  # temp tables made (one per filtered window: windows never share one)

    def __init__(
        self,
        index: "Index",
        order: str,
        descending: bool,
        table: str,
        where: str,
        args: tuple[Any, ...],
        repeats: tuple[str, list[tuple[int, int, int]]] = ("", []),
    ) -> None:
        self.index = index
        # No b.listed test: a briefing that is not listed (FATAL: no text) has no figures,
        # and a figure-level order must walk figrows' own index without a join.
        conditions = ["1 = 1"]
        if table:
            conditions.append(f"f.doc IN (SELECT doc FROM {table})")
        if where:
            conditions.append(f"({where})")
        # The figures an earlier version of their story has (Index.repeated_figure_ids): a temp
        # table of their ids, left out by every query; the counts the stories table and
        # metricstats keep are lowered by theirs, so a plain window stays a plain one.
        repeat_table, repeated = repeats
        if repeat_table and repeated:
            conditions.append(f"f.id NOT IN (SELECT id FROM {repeat_table})")
        self.repeated = len(repeated)
        self._repeat_docs: dict[int, int] = {}
        self._repeat_codes: dict[int, int] = {}
        for _, doc, code in repeated:
            self._repeat_docs[doc] = self._repeat_docs.get(doc, 0) + 1
            self._repeat_codes[code] = self._repeat_codes.get(code, 0) + 1
        self._where = " WHERE " + " AND ".join(conditions)
        self._figure_level = all(t.startswith("f.") for t, _ in FIGURE_ORDER[order])
        self._walked = order in _WALKED
        self._order, self._descending = order, descending
        self._sorted: Any = None  # array('q') of every rowid in order, for the other figure-level orders
        self._args = args
        terms = FIGURE_ORDER[order]

        def by(flip: bool) -> str:
            return ", ".join(f"{t} {'ASC' if (d > 0) != flip else 'DESC'}" for t, d in terms)

        self._forward, self._backward = by(descending), by(not descending)
        # A briefing-level order (date, source, title) without a figure condition is read
        # through the briefings: their order and figure counts (100,000 small rows, read
        # once) say which briefings a range covers, so the middle of 7 million figures
        # costs what the first screen does (an OFFSET into the join took 8 s there).
        self._by_briefing = terms[-1][0] == "f.id" and terms[0][0].startswith(("b.", "coalesce(b."))
        self._briefing_order = ", ".join(f"{t} {'ASC' if (d > 0) != descending else 'DESC'}" for t, d in terms[:-1])
        self._rowid_descending = (terms[-1][1] > 0) == descending
        self._plan: tuple[list[int], list[int]] | None = None
        self._table = table
        self._plain = not table and not where  # every figure: counted from the stories table
        self._only_table = bool(table) and not where
        self._count: int | None = None
        self._groups: list[tuple[int, int]] | None = None  # the metric order's (code, figures)

    def _docs(self) -> tuple[list[int], list[int]]:
        """The briefings with figures in order, and the running total of their figures."""
        if self._plan is None:
            if self._plain or self._only_table:  # the figure counts are in the stories table
                counts = "SELECT doc, figures AS n FROM stories WHERE figures > 0"
            else:  # the figures a condition keeps, counted per briefing (an index range)
                counts = f"SELECT f.doc AS doc, count(*) AS n FROM figrows f{self._where} GROUP BY f.doc"
            found = (
                self.index._window_query(
                    f"SELECT b.rowid, c.n FROM briefings b JOIN ({counts}) c ON c.doc = b.rowid"
                    f" ORDER BY {self._briefing_order}",
                    self._args if not (self._plain or self._only_table) else (),
                )
                or []
            )
            if self._only_table:
                shown = {r for (r,) in self.index._window_query(f"SELECT doc FROM {self._table}", ()) or ()}
                found = [r for r in found if r[0] in shown]
            if self._repeat_docs and (self._plain or self._only_table):  # counted by the query otherwise
                found = [(doc, n - self._repeat_docs.get(doc, 0)) for doc, n in found]
                found = [(doc, n) for doc, n in found if n > 0]
            docs = [doc for doc, _ in found]
            ends = list(itertools.accumulate(n for _, n in found))
            self._plan = (docs, ends)
        return self._plan

    def _rows_by_briefing(self, start: int, stop: int) -> list[FigureRow]:
        docs, ends = self._docs()
        first = bisect.bisect_right(ends, start)
        last = bisect.bisect_left(ends, stop)
        chosen = docs[first : last + 1]
        if not chosen:
            return []
        # each chosen briefing's figures are one rowid range (no index on doc); NOT INDEXED
        # (on the table: a view takes none): the planner would walk figs_group's whole range
        # of a condition once per briefing
        values = ",".join(["(?)"] * len(chosen))
        found = (
            self.index._window_query(
                f"WITH d(doc) AS (VALUES {values}) SELECT {_FIGURE_COLUMNS} FROM d CROSS JOIN figs g NOT INDEXED"
                f" ON g.id BETWEEN d.doc * {FIG_SPAN} AND d.doc * {FIG_SPAN} + {FIG_SPAN - 1}"
                f" CROSS JOIN figrows f ON f.id = g.id CROSS JOIN briefings b ON b.rowid = d.doc{self._where}",
                (*chosen, *self._args),
            )
            or []
        )
        position = {doc: n for n, doc in enumerate(chosen)}
        sign = -1 if self._rowid_descending else 1
        found.sort(key=lambda r: (position[r[1]], sign * r[0]))
        skip = start - (ends[first - 1] if first else 0)
        return [FigureRow(*r) for r in found[skip : skip + stop - start]]

    def _metric_groups(self) -> list[tuple[int, int]]:
        """The metric order's groups: (code, figures matching) in the order of the
        metrics' names (no metric, '', first), for the metric walk (figs_metric)."""
        if self._groups is None:
            names = dict(self.index._window_query("SELECT code, metric FROM metricstats", ()) or [])
            names[0] = ""
            if self._plain:  # the counts are kept: every figure, less those with a metric
                counted = self.index._window_query("SELECT code, figures FROM metricstats", ()) or []
                summed = self.index._window_query("SELECT coalesce(sum(figures), 0) FROM stories", ())
                total = (summed[0][0] if summed else 0) - self.repeated
                counted = [(code, n - self._repeat_codes.get(code, 0)) for code, n in counted]
                counted.append((0, total - sum(n for _, n in counted)))
            else:
                counted = (
                    self.index._window_query(
                        f"SELECT f.code, count(*) FROM figrows f{self._where} GROUP BY f.code", self._args
                    )
                    or []
                )
            groups = sorted(((names.get(code, ""), code, n) for code, n in counted if n > 0))
            if self._descending:
                groups.reverse()
            self._groups = [(code, n) for _, code, n in groups]
        return self._groups

    def _rows_by_metric(self, start: int, stop: int) -> list[FigureRow]:
        """Rows ``start:stop`` of the metric order: each metric's figures in rowid order
        through figs_metric (those without one by the table), a LIMIT/OFFSET walk within
        the groups the range covers."""
        found: list[FigureRow] = []
        direction = "DESC" if self._descending else "ASC"
        at = 0
        for code, n in self._metric_groups():
            if at + n > start and at < stop:
                first = max(start, at) - at
                take = min(stop, at + n) - at - first
                match = "f.code = ? AND f.code != 0" if code else "f.code = ?"  # the partial index's own test
                rows = self.index._window_query(
                    f"{_FIGURE_SELECT}{self._where} AND {match} ORDER BY f.id {direction} LIMIT ? OFFSET ?",
                    (*self._args, code, take, first),
                )
                found.extend(FigureRow(*r) for r in rows or [])
            at += n
            if at >= stop:
                break
        return found

    def __len__(self) -> int:
        if self._order == "metric":
            return sum(n for _, n in self._metric_groups())
        if self._by_briefing:
            ends = self._docs()[1]
            return ends[-1] if ends else 0
        if self._sorted is not None:
            return len(self._sorted)
        if self._count is None:
            if self._plain:  # everything: the stories table has the counts
                sql, args = "SELECT coalesce(sum(figures), 0) FROM stories", ()
            elif self._only_table:
                sql, args = (
                    f"SELECT coalesce(sum(figures), 0) FROM stories WHERE doc IN (SELECT doc FROM {self._table})",
                    (),
                )
            else:
                sql, args = f"SELECT count(*) FROM figrows f{self._where}", self._args
            found = self.index._window_query(sql, args)
            self._count = found[0][0] if found else 0
            if self._plain or self._only_table:  # the kept counts include the repeats
                self._count -= self.repeated
        return self._count

    def rows(self, start: int, stop: int) -> list[FigureRow]:
        total = len(self)
        start, stop = max(0, start), min(stop, total)
        if start >= stop:
            return []
        if self._by_briefing:
            return self._rows_by_briefing(start, stop)
        if self._order == "metric":
            return self._rows_by_metric(start, stop)
        if self._figure_level and not self._walked:
            return self._rows_sorted(start, stop)
        forward = start <= total - stop
        order = self._forward if forward else self._backward
        offset = start if forward else total - stop
        if self._figure_level:
            # the OFFSET walks figrows' index alone (rowids only); the briefing columns are
            # joined for the rows kept, not for the millions skipped
            sql = (
                f"{_FIGURE_SELECT} WHERE f.id IN (SELECT f.id FROM figrows f{self._where}"
                f" ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}"
            )
        else:
            sql = f"{_FIGURE_SELECT}{self._where} ORDER BY {order} LIMIT ? OFFSET ?"
        found = self.index._window_query(sql, (*self._args, stop - start, offset)) or []
        if not forward:
            found.reverse()
        return [FigureRow(*r) for r in found]

    @property
    def sorts_all(self) -> bool:
        """Its first rows() sorts every matching figure (an order no index serves)."""
        return self._figure_level and not self._walked and self._sorted is None

    def head(self, n: int) -> list[FigureRow]:
        """The first ``n`` rows in order by SQLite's top-n sort: one pass and no Python
        per figure, ~1 s of CPU where the full order (rows()) takes 10-12 s at 6.9
        million figures; the figures view shows it meanwhile (issue 19)."""
        if not self.sorts_all:
            return self.rows(0, n)
        sql = (
            f"{_FIGURE_SELECT} WHERE f.id IN (SELECT f.id FROM figrows f{self._where}"
            f" ORDER BY {self._forward} LIMIT ?) ORDER BY {self._forward}"
        )
        return [FigureRow(*r) for r in self.index._window_query(sql, (*self._args, n)) or []]

    def _rows_sorted(self, start: int, stop: int) -> list[FigureRow]:
        """An order no index serves (a column, then rowid): the matching rowids, read in
        rowid order, are grouped by the column's value and the groups joined in sorted
        order, once per window (8 bytes a figure); each screen is then read by rowid.
        Their indexes cost more disk than the figure rows themselves (issue 19); at
        2.35 million figures this takes 2-3 s of CPU, SQLite's sorter 5-7 s."""
        if self._sorted is None:
            from array import array

            (column, _), _ = FIGURE_ORDER[self._order]
            groups: dict[Any, Any] = {}
            sql = f"SELECT {column}, f.id FROM figrows f{self._where}"
            if self._plain or self._only_table:
                # rowid ranges, each its own query: the index's lock (the list's filter,
                # the folder check) is let go between them, not held for seconds (issue 19)
                chunks = _rowid_chunks(self.index, f"{sql} AND f.id > ? ORDER BY f.id LIMIT 65536", self._args)
            else:  # a figure condition: one walk, in the plan its index gives
                chunks = iter([self.index._window_iter(f"{sql} ORDER BY f.id", self._args)])
            for chunk in chunks:
                for value, rowid in chunk:
                    group = groups.get(value)
                    if group is None:
                        groups[value] = group = array("q")
                    group.append(rowid)
            ordered = array("q")
            # text columns: code point order, as SQLite's BINARY; a value NULL (no single
            # value) first, as SQLite orders it
            for value in sorted(groups, key=lambda v: (v is not None, v if v is not None else 0)):
                ordered.extend(groups[value])
            if self._descending:
                ordered.reverse()
            self._sorted = ordered
        chosen = self._sorted[start:stop]
        if not chosen:
            return []
        marks = ",".join("?" * len(chosen))
        found = self.index._window_query(f"{_FIGURE_SELECT} WHERE f.id IN ({marks})", tuple(chosen)) or []
        position = {rowid: n for n, rowid in enumerate(chosen)}
        found.sort(key=lambda r: position[r[0]])
        return [FigureRow(*r) for r in found]


def _rowid_chunks(index: "Index", sql: str, args: tuple[Any, ...]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``sql`` (which ends ``f.id > ? ORDER BY f.id LIMIT n``) in
    chunks of one query each, the last rowid read starting the next."""
    last = -1
    while found := index._window_query(sql, (*args, last)):
        yield found
        last = found[-1][1]


@dataclass(frozen=True, slots=True)
class Row:
    """One cached file: where it was, and its list entry."""

    rowid: int
    relpath: str
    size: int
    mtime_ns: int
    pipeline: str
    briefing: Briefing  # loaded=False: no text, no figures
    entries: int = 1  # the rows its file's read gave (Index.store)


# --- encoding ----------------------------------------------------------------------


def _join(items: list[str]) -> str:
    return _US.join(i.replace(_US, " ") for i in items)


def _encode(b: Briefing) -> tuple[Any, ...]:
    problems = json.dumps([[p.kind, p.message] for p in b.problems], ensure_ascii=False) if b.problems else ""
    return (
        b.id,
        b.fingerprint,
        b.title,
        b.date.isoformat() if b.date else None,
        b.date_precision,
        b.source,
        _join(b.authors),
        b.script,
        b.encoding,
        b.format,
        _join(b.topics),
        _join(b.keywords),
        problems,
        b.title_written,
        b.source_written,
        int(b.title_generated),
    )


def _decoder():
    """A row decoder that shares equal strings (topic ids, keywords, outlets) between
    briefings: 100,000 list entries then cost tens of MB less."""
    shared: dict[str, str] = {}
    share = shared.setdefault

    def split(s: str) -> list[str]:
        return [share(x, x) for x in s.split(_US)] if s else []

    def decode(row: tuple[Any, ...], path: str, size: int, key: int = 0) -> Briefing:
        (
            id_,
            fingerprint,
            title,
            date,
            precision,
            source,
            authors,
            script,
            encoding,
            fmt,
            topics,
            keywords,
            problems,
            *written,  # library's read of the unlisted rows names the columns before it
        ) = row
        return Briefing(
            id=id_,
            path=path,
            fingerprint=fingerprint,
            title=title,
            text="",
            date=dt.date.fromisoformat(date) if date else None,
            date_precision=precision,
            source=share(source, source),
            authors=split(authors),
            script=script,
            encoding=share(encoding, encoding),
            format=share(fmt, fmt),
            size=size,
            topics=split(topics),
            keywords=split(keywords),
            problems=[Problem(*p) for p in json.loads(problems)] if problems else [],
            loaded=False,
            key=key,
            title_written=written[0] if written else "",
            source_written=written[1] if written else "",
            title_generated=bool(written[2]) if len(written) > 2 else False,
        )

    return decode


def band_key(band: int) -> int:
    """A story band's key as storybands keeps it: its low 31 bits (stories' keys are 63)."""
    return band & 0x7FFFFFFF


def _figure_spans(doc: int, figures: list[Any]) -> list[tuple[int, str, float, float]]:
    """Per kind, the smallest and largest of the values a figure query may compare (a
    range without a value by either end, as query._figure_predicate does). The values
    themselves are figrows' value and high columns."""
    span: dict[str, list[float]] = {}
    for f in figures:
        candidates = [f.value] if f.value is not None else [f.low, f.high]
        for v in candidates:
            if v is None or v != v:  # NaN compares false to everything: never a hit
                continue
            lo_hi = span.setdefault(f.kind, [v, v])
            lo_hi[0], lo_hi[1] = min(lo_hi[0], v), max(lo_hi[1], v)
    return [(doc, kind, lo, hi) for kind, (lo, hi) in span.items()]


def search_document(b: Briefing) -> str:
    """The ``search`` table's document of ``b``: its folded title and body as
    textsearch.index_document (the runs query.search_doc tests in memory, as tokens)."""
    from .textsearch import fold, index_document

    return index_document(fold(b.title) + "\n" + fold(b.text))


@dataclass(slots=True)
class Prepared:
    """What the analysing worker (library._analyse_star) makes of a briefing for
    :meth:`Index.store`, so the process writing the index only inserts it."""

    document: str  # search_document(), the ``search`` table's
    metrics: list[str]  # the metric of each figure (metrics.figure_metrics)
    signature: bytes | None  # the story signature (stories.signature)
    detail: tuple[bytes, list[int]] | None  # figure_detail(): figdetail's data, each figure's sentence
    pending: bool = False  # a cold start's first pass: stored pending (Index.store), finished later


# figdetail's preset dictionary (schema 23): deflate refers to its words from a list's first byte,
# where a few hundred bytes of sentences alone hold few repeats. Part of the analysis digest (data/*),
# so a file is read with the dictionary it was written with; missing, blobs are written and read
# without one (an index written with it then reads as unreadable details: the briefings are read again).
_DETAIL_DICTIONARY = Path(__file__).parent / "data" / "figure_sentences.zdict"
_detail_dictionary: list[bytes] = []


def _sentence_dictionary() -> bytes:
    if not _detail_dictionary:
        try:
            _detail_dictionary.append(_DETAIL_DICTIONARY.read_bytes()[-32768:])
        except OSError as exc:
            log.info("index cache: no figure-sentence dictionary (%s): details compressed without one", exc)
            _detail_dictionary.append(b"")
    return _detail_dictionary[0]


_primed: list[Any] = []  # a compressor given the dictionary and nothing else (pack_detail copies it)


def pack_detail(region: Any, sentences: list[str]) -> bytes:
    """figdetail's data: the JSON [region, sentences], raw deflate (level 9) with the preset
    dictionary (issue 19, schema 23: 0.83x of zlib alone on the dev figures).

    Each call copies one compressor primed with the dictionary (zlib's deflateCopy: its state
    as a new compressor given the dictionary has it, so the same bytes come out) instead of
    making one: deflateSetDictionary hashes the 32 KB dictionary into the level-9 chains at
    every call, most of this function's time for a briefing's few hundred bytes of sentences
    (issue 19, session 42)."""
    import zlib

    data = json.dumps([region, sentences], ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    if not _primed:
        words = _sentence_dictionary()
        _primed.append(
            zlib.compressobj(9, zlib.DEFLATED, -15, zdict=words) if words else zlib.compressobj(9, zlib.DEFLATED, -15)
        )
    packer = _primed[0].copy()
    return packer.compress(data) + packer.flush()


def unpack_detail(blob: bytes) -> tuple[Any, list[str]]:
    """:func:`pack_detail` undone: (region, sentences). Raises ValueError on data it did not
    write (a damaged row; zlib.error is a ValueError only by this)."""
    import zlib

    words = _sentence_dictionary()
    unpacker = zlib.decompressobj(-15, zdict=words) if words else zlib.decompressobj(-15)
    try:
        data = unpacker.decompress(blob)
    except zlib.error as exc:
        raise ValueError(str(exc)) from None
    if not unpacker.eof:
        raise ValueError("figure details cut short")
    region, sentences = json.loads(data.decode("utf-8", "surrogatepass"))
    if not isinstance(sentences, list):
        raise ValueError("figure details without a sentence list")
    return region, sentences


def figure_detail(b: Briefing) -> tuple[bytes, list[int]] | None:
    """figdetail's data for ``b`` (None without figures): :func:`pack_detail` of [region,
    sentences], with each figure's place in the sentences (figs.sent). The region is the
    one `figures --all --json` gave a money figure's currency_basis when it read the
    briefing again (cli), asked the same way, so it needs ``b.original``: made in the
    worker, before the decoded file is dropped (library._analyse_star)."""
    figures = b.figures[:FIG_SPAN]
    if not figures:
        return None
    region = None
    if any(f.kind == "money" for f in b.figures):
        from .figures import detect_region

        found = detect_region(b.text, source=b.source, script=b.script, original=b.original, url=b.link)
        region = [found.name, found.currency, found.reason]
    places: dict[str, int] = {}
    sent = [places.setdefault(f.sentence, len(places)) for f in figures]
    return pack_detail(region, list(places)), sent


def _figure_columns(f: Any) -> tuple[Any, ...]:
    """figs' value, high, qual, low and top of a Figure: value and high as figure queries
    compare them (a range without a value by its ends), the rest what figure_details()
    needs to give the Figure's own value, low, high and qualifier back."""
    if f.value is None:
        value, high, low, top, flag = f.low, f.high, None, None, VALUE_NONE
    else:
        value, high, low, top, flag = f.value, None, f.low, f.high, 0
    code = _QUALIFIER_CODE.get(f.qualifier)
    return value, high, f"{flag}|{f.qualifier}" if code is None else code | flag, low, top


def _figure_fields(value: Any, high: Any, qual: Any, low: Any, top: Any) -> tuple[Any, Any, Any, str]:
    """_figure_columns undone: the Figure's value, low, high and qualifier."""
    if isinstance(qual, str):  # a qualifier QUALIFIERS does not name, with its flag
        flag, _, qualifier = qual.partition("|")
        none = int(flag) & VALUE_NONE
    else:
        none, qualifier = qual & VALUE_NONE, QUALIFIERS[qual & 7]
    if none:
        return None, value, high, qualifier
    return value, low, top, qualifier


def written_forms(b: Briefing) -> tuple[str, str]:
    """Briefing.title_written and source_written of ``b`` (read in full): its title and its
    source line as views.traditional shows them from the decoded file (hanzi.SourceForms),
    for the source's own region and, when the regions give other forms, for each config
    region. Made in the worker while the decoded file is at hand: the Traditional list read
    every entry on screen again for it (748838f) and `list --script hant` showed s2t's forms
    (臺北 for the source's 台北). One SourceForms learns the characters of both (its pass
    over the file is the cost; each character's forms are learnt alone, so a title's are
    what learning the title only gave)."""
    texts = [t if b.script == "hant" and t and not t.isascii() else "" for t in (b.title, b.source)]
    if not b.original or not any(texts):
        return "", ""
    from .hanzi import SourceForms

    forms = SourceForms(b.original, only="".join(texts))  # convert() reads the region
    own: list[str] = []  # the source's own region, looked up once when a text's forms differ

    def written(text: str) -> str:
        if not text:
            return ""
        out = []
        for region in ("standard", "hk", "generic"):  # tw converts as standard (SourceForms.__init__)
            forms.region = region
            out.append(forms.convert(text).replace(_US, " "))
        if len(set(out)) == 1:  # the usual case: every character of the text is the source's
            return out[0]
        if not own:
            from .views import source_region

            own.append(source_region(b.original) or "standard")  # auto, as MainScreen.trad_region
        return _US.join([out[{"hk": 1, "generic": 2}.get(own[0], 0)], *out])

    return written(texts[0]), written(texts[1])


def written_title(b: Briefing) -> str:
    """Briefing.title_written of ``b`` (read in full): see :func:`written_forms`."""
    return written_forms(b)[0]


def prepared_document(b: Briefing) -> Prepared:
    """The ``search`` row of ``b`` plus the across rows (issue 17), for
    :meth:`Index.store`; sets ``b.title_written`` and ``b.source_written`` (written_forms)
    while the decoded file is at hand."""
    from . import metrics, stories

    b.title_written, b.source_written = written_forms(b)
    document = search_document(b)  # here, in the worker, not in the process writing the index
    found = metrics.figure_metrics(b.text, b.figures) if b.figures else []
    listed = not any(p.kind in FATAL for p in b.problems)
    sig = stories.signature(b.title, b.text) if listed and b.text else None
    return Prepared(document, found, sig.to_bytes() if sig is not None else None, figure_detail(b))


def index_path(cache_dir: Path, corpus_root: Path, pipeline_version: str) -> Path:
    """The database for ``corpus_root`` analysed by ``pipeline_version``.

    One file per analysis setup (rules, taxonomy, threshold): two configs on one folder
    each keep their own index, so a run with another config never rebuilds, in place,
    the index an open reader is using (issue 15: its row numbers went stale).
    """
    root = hashlib.sha256(os.fsencode(corpus_root.resolve())).hexdigest()[:16]
    setup = hashlib.sha256(pipeline_version.encode()).hexdigest()[:10]
    return cache_dir / f"index-{root}-{setup}.sqlite3"


UNUSED_DAYS = 7  # an index of another setup not opened for this long is deleted


def _prune_siblings(path: Path) -> None:
    """Delete the indexes of other setups of the same folder that nobody opened for
    UNUSED_DAYS (each open touches its file), and those of older versions."""
    from .fsio import regular_or_absent

    parts = path.name.split("-")
    if len(parts) != 3 or parts[0] != "index":
        return
    root = parts[1]
    cutoff = time.time() - UNUSED_DAYS * 86400
    for other in path.parent.glob(f"index-{root}*.sqlite3"):
        if other == path:
            continue
        try:
            newest = max(os.stat(f).st_mtime for f in (other, Path(f"{other}-wal")) if f.exists())
        except (OSError, ValueError):
            continue
        if newest < cutoff and all(regular_or_absent(f"{other}{x}") for x in ("", "-wal", "-shm")):
            _delete_db(other)
    _prune_leftovers(path.parent, root)


def _prune_leftovers(folder: Path, root: str) -> None:
    """An index _prune_versions renamed ``<name>.prune-<pid>`` and could not put back (a new
    index had taken the name), or whose pruning process died between the rename and the
    delete, was left there for good: no glob of an index's name matches it (s18 19-stories'
    note). Once that process is gone: put back under its name if the name is free (the next
    prune decides as for any sibling), else deleted while an exclusive lock is held (nobody
    can open it by its name any more; refused, a reader still has it, and it waits)."""
    from .fsio import process_alive, regular_or_absent

    for doomed in folder.glob(f"index-{root}-*.sqlite3.prune-*"):
        name, _, pid = doomed.name.rpartition(".prune-")
        if not pid.isdigit() or int(pid) == os.getpid() or process_alive(int(pid)):
            continue  # not a leftover name (its -wal, -journal), or its pruner is still at it
        if not all(regular_or_absent(f"{doomed}{x}") for x in ("", "-wal", "-shm", "-journal")):
            continue
        original = doomed.with_name(name)
        if not os.path.exists(original):
            _put_back(doomed, original)
        else:
            _delete_unless_held(doomed)


def _delete_unless_held(path: Path) -> None:
    """Delete an index no process holds (an exclusive lock, as _delete_if_other_version)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=0, check_same_thread=False)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")  # busy: another process has it open
        _delete_db(path)
        log.info("index cache: deleted %s, left by an earlier prune", path)
    except sqlite3.Error:
        return
    finally:
        conn.close()
        if not os.path.exists(path):
            _delete_db(path)


def _prune_versions(path: Path, pipeline_version: str) -> None:
    """When ``path`` was just made: delete the same folder's indexes written by another
    version of briefreader (another code digest, the part of ``pipeline_version`` before
    ":"; another config's index is kept, see index_path) that no process has open. Each
    upgrade left the last version's index behind for UNUSED_DAYS (tester s17 P5: 3 in a
    day; at issue 19's sizes ~0.5x the corpus each). "Open" is asked of SQLite: an
    exclusive lock is refused while any connection of another process holds the file.

    Review s17 R9: (a) the lock was asked, let go, and the file deleted after: a process
    opening it in between lost its index under it. The file (and its WAL) is first renamed
    out of its name, so no process can open it any more, then locked, and deleted while
    the lock is held; refused, it is put back (never over a new file of that name).
    (b) Two installs used in turn (pipx and a development venv) deleted each other's
    index at every switch, a full re-read each time. An index records the install that
    wrote it (meta 'install', the package's folder): one written by another install
    that still exists is kept (_prune_siblings deletes it after UNUSED_DAYS unused); one
    written from this install's folder (upgraded in place) or from a folder that is
    gone, or before the record existed, is an earlier version's."""
    from .fsio import regular_or_absent

    code = pipeline_version.partition(":")[0]
    parts = path.name.split("-")
    if ":" not in pipeline_version or len(parts) != 3 or parts[0] != "index":
        return
    for other in path.parent.glob(f"index-{parts[1]}-*.sqlite3"):
        if other == path or not all(regular_or_absent(f"{other}{x}") for x in ("", "-wal", "-shm", "-journal")):
            continue
        doomed = other.with_name(f"{other.name}.prune-{os.getpid()}")
        try:
            os.rename(other, doomed)
        except OSError:
            continue
        for suffix in ("-wal", "-journal"):  # the file's own journal goes with it
            with contextlib.suppress(OSError):
                os.rename(f"{other}{suffix}", f"{doomed}{suffix}")
        if not _delete_if_other_version(doomed, code):
            _put_back(doomed, other)
            continue
        log.info("index cache: deleted %s, the index of another version", other)
        if not os.path.exists(other):  # its shared-memory file, unless a new index took the name
            with contextlib.suppress(OSError):
                os.unlink(f"{other}-shm")


_INSTALL = str(Path(__file__).resolve().parent)  # this install's package folder (meta 'install')


def _delete_if_other_version(path: Path, code: str) -> bool:
    """Lock ``path`` exclusively; if no other process holds it and it is an earlier
    version's index (see _prune_versions), delete it while the lock is held. True: deleted."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=0, check_same_thread=False)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")  # busy: another process has it open
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('pipeline', 'install')").fetchall())
            written = meta.get("pipeline")
            if not isinstance(written, str) or written.partition(":")[0] == code:
                return False
            install = meta.get("install")
            if isinstance(install, str) and install != _INSTALL and os.path.isdir(install):
                return False  # another install's, still there: used in turn with this one
        # else an older (or newer) schema: another version
        _delete_db(path)  # under the lock: nobody can have opened it since the rename
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()
        if not os.path.exists(path):  # deleted: closing may have left an empty journal behind
            _delete_db(path)


def _put_back(doomed: Path, name: Path) -> None:
    """Rename a kept index back to its name, never over a file made there meanwhile (then
    it is left under the prune name, logged: no file another process reads is deleted)."""
    for suffix in ("", "-wal", "-journal"):
        source, target = f"{doomed}{suffix}", f"{name}{suffix}"
        if not os.path.exists(source):
            continue
        try:
            os.link(source, target)  # fails if the name is taken: no overwrite
            os.unlink(source)
        except OSError as exc:
            log.info("index cache: cannot put %s back: %s", source, exc)
            return


# --- the index ---------------------------------------------------------------------


class Index:
    """The cache for one corpus root. Safe to share between threads (one lock)."""

    def __init__(self, conn: sqlite3.Connection | None, path: Path, pipeline_version: str):
        self._conn = conn  # None: the cache is unusable; every lookup misses
        self.path = path
        self.pipeline_version = pipeline_version
        self.stats = IndexStats()
        self._lock = threading.Lock()
        self._pending = 0
        self._identity: tuple[int, int] | None = None  # (device, inode) of the file opened
        self._windows: dict[str, Any] = {}  # temp table -> weakref of its FigureWindow
        self.root: str | None = None  # the corpus folder (resolved), once opened

    @classmethod
    def open(cls, cache_dir: Path, corpus_root: Path, pipeline_version: str) -> "Index":
        """Open (creating or rebuilding as needed) the index for ``corpus_root``."""
        path = index_path(cache_dir, corpus_root, pipeline_version)
        root = str(corpus_root.resolve())
        try:
            _make_private_dir(cache_dir)
        except OSError as exc:
            log.warning("index cache disabled: cannot create %s: %s", cache_dir, exc)
            return cls(None, path, pipeline_version)
        index = cls(None, path, pipeline_version)
        index.root = root
        from .fsio import regular_or_absent  # here: fsio's imports are not needed for a first paint

        if not all(regular_or_absent(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")):
            # Not made by us (a symlink, a FIFO, a device): never opened, never deleted.
            log.warning("index cache disabled: %s is not a regular file", path)
            return index
        made = not os.path.exists(path)
        for attempt in range(2):
            try:
                index._conn = _connect(path, root, pipeline_version)
                with contextlib.suppress(OSError):
                    st = os.stat(path)
                    index._identity = (st.st_dev, st.st_ino)
                    os.utime(path)  # "in use": _prune_siblings of another setup keeps it
                    _prune_siblings(path)
                if made:
                    _prune_versions(path, pipeline_version)
                return index
            except sqlite3.Error as exc:
                if _is_busy(exc):  # another process holds it for long: not ours to delete
                    log.warning("index cache disabled for this run: %s is busy", path)
                    return index
                reason: object = exc
            except _Untrusted as exc:
                reason = exc
            if attempt == 0:
                log.info("rebuilding index cache %s: %s", path, reason)
                _delete_db(path)
                index.stats.rebuilt += 1
        log.warning("index cache disabled: cannot use %s (%s)", path, reason)
        return index

    @property
    def usable(self) -> bool:
        return self._conn is not None

    def replaced(self) -> bool:
        """True when the file at ``path`` is no longer the one this connection reads
        (another process deleted it and built a new one): the rows and keys this reader
        holds no longer match the file, and it must open the index again (issue 15)."""
        if self._conn is None or self._identity is None:
            return False
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return (st.st_dev, st.st_ino) != self._identity

    # -- reading --

    def rows(self, root: Path) -> Iterator[Row]:
        """Every current row, as list entries (one query: a warm start reads 100,000
        rows in a fraction of a second). Rows that do not decode are skipped (misses)."""
        if self._conn is None:
            return
        decode = _decoder()
        try:
            with self._lock:
                fetched = self._conn.execute(f"SELECT {ROW_HEAD}, {_LIST_COLUMNS} FROM briefings").fetchall()
        except sqlite3.Error as exc:
            log.info("index cache: reading rows failed: %s", exc)
            return
        yield from self._decode_rows(fetched, root, decode)

    def _decode_rows(self, fetched: list[tuple[Any, ...]], root: Path, decode) -> Iterator[Row]:
        prefix = str(root) + os.sep
        for row in fetched:
            rowid, relpath, size, mtime_ns, pipeline, rawpath, entries = row[:7]
            if pipeline != self.pipeline_version:
                continue
            path = prefix + (os.fsdecode(rawpath) if rawpath is not None else relpath.replace("/", os.sep))
            try:
                briefing = decode(row[7:], path, size, rowid)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                log.info("index cache: unreadable row for %s: %s", relpath, exc)
                continue
            yield Row(rowid, relpath, size, mtime_ns, pipeline, briefing, entries)

    def lookup(self, relpath: str, size: int, mtime_ns: int) -> Briefing | None:
        """The cached list entry, when the file's size and mtime are unchanged."""
        row = self._fetch(relpath)
        if row is not None and row[0] == size and row[1] == mtime_ns and row[2] == self.pipeline_version:
            try:
                briefing = _decoder()(row[4:], "", size, row[3])
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                log.info("index cache: unreadable row for %s: %s", relpath, exc)
            else:
                self.stats.hits += 1
                return briefing
        self.stats.misses += 1
        return None

    def _fetch(self, relpath: str) -> tuple[Any, ...] | None:
        if self._conn is None:
            return None
        try:
            with self._lock:
                return self._conn.execute(
                    f"SELECT size, mtime_ns, pipeline, rowid, {_LIST_COLUMNS} FROM briefings WHERE relpath = ?",
                    (relpath,),
                ).fetchone()
        except sqlite3.Error as exc:
            log.info("index cache: lookup of %s failed: %s", relpath, exc)
            return None

    def rows_with_id(self, root: Path, briefing_id: str) -> list[Row]:
        """The listed rows of this pipeline whose id is ``briefing_id``, read through the
        relpath index: a file's id is its path less its extension, so its row's relpath
        starts with the id and a dot (an id of another form, an entry's, finds none).
        `show ID` at 100,000 briefings: one row read, not the whole list (~0.9 s)."""
        if self._conn is None or not briefing_id or "#" in briefing_id:
            return []
        try:
            with self._lock:
                fetched = self._conn.execute(
                    f"SELECT {ROW_HEAD}, {_LIST_COLUMNS} FROM briefings"
                    " WHERE relpath >= ? AND relpath < ? AND listed = 1 AND id = ?",
                    (briefing_id + ".", briefing_id + "/", briefing_id),  # '/' follows '.' in every collation
                ).fetchall()
        except sqlite3.Error as exc:
            log.info("index cache: lookup of id %s failed: %s", briefing_id, exc)
            return []
        return list(self._decode_rows(fetched, root, _decoder()))

    def first_rows(self, root: Path, limit: int) -> tuple[list[Row], int]:
        """The first ``limit`` list entries in list order, and how many there are."""
        if self._conn is None:
            return [], 0
        decode = _decoder()
        try:
            with self._lock:
                fetched = self._conn.execute(
                    f"SELECT {ROW_HEAD}, {_LIST_COLUMNS} FROM briefings"
                    " WHERE listed = 1 ORDER BY listed, coalesce(date, '') DESC, id LIMIT ?",
                    (limit,),
                ).fetchall()
                total = self._listed_locked()
        except sqlite3.Error as exc:
            log.info("index cache: reading the first rows failed: %s", exc)
            return [], 0
        rows = list(self._decode_rows(fetched, root, decode))
        return rows, total

    def _listed_locked(self) -> int:
        """The listed rows' count kept in meta (at 1,000,000 rows count(*) took ~90 ms
        of a first paint, issue 19); counted when meta lacks it."""
        assert self._conn is not None
        found = self._conn.execute("SELECT value FROM meta WHERE key = 'listed'").fetchone()
        if found is not None:
            with contextlib.suppress(ValueError):
                return int(found[0])
        return self._conn.execute("SELECT count(*) FROM briefings WHERE listed = 1").fetchone()[0]

    def listed_count(self) -> int | None:
        """How many rows are listed (briefings, not problem entries), from the meta
        table (kept at each store and removal); None when the index cannot answer."""
        try:
            with self._lock:
                if self._conn is None:
                    return None
                return self._listed_locked()
        except sqlite3.Error as exc:
            log.info("index cache: reading the listed count failed: %s", exc)
            return None

    # -- searching --

    def search(self, needle: str) -> set[int] | None:
        """Keys (:attr:`Briefing.key`) of briefings whose title or body contains the
        folded query word ``needle`` (textsearch's word rule); None when the index
        cannot answer. Keys, not ids: no join, no strings, ~3x faster at 100,000 hits.
        With an SQLite before 3.43 (no pysqlite3), a changed or removed file's old
        postings may answer too (see CONTENTLESS_DELETE): keys no list entry has."""
        match = self._match(needle)
        return None if match is None else self._keys("SELECT rowid FROM search WHERE search MATCH ?", (match,))

    def search_array(self, needle: str) -> Any:
        """:meth:`search` as a numpy array of keys (None: cannot answer, or no
        numpy). No Python set is made: at 1,000,000 briefings a 900,000-key set is
        ~10x the cost of the query (IncrementalFilter lays arrays over its list)."""
        match = self._match(needle)
        if match is None:
            return None
        return self._keys("SELECT rowid FROM search WHERE search MATCH ?", (match,), array=True)

    @staticmethod
    def _match(needle: str) -> str | None:
        # Imported here: its Unicode classes take ~30 ms to compile, and the loader
        # thread opens the index for the first paint long before anyone searches.
        from .textsearch import fts_query

        return fts_query(needle)

    def figure_search(self, kind: str, op: str, value: float, *, array: bool = False, unit: str = "") -> Any:
        """Keys of briefings with a ``kind`` figure whose value compares ``op`` to
        ``value`` (query.FigureTerm semantics, including math.isclose for = >= <=);
        with ``array``, as in :meth:`search_array`. With ``unit`` (money>100亿美元: USD),
        only figures in that unit count: figs answers (fighi/figlo keep no unit). None while
        a row is pending (its figures are not in yet)."""
        if self.figures_pending():
            return None
        tol = abs(value) * 1e-9
        group = _group_sql("kind", "unit")  # figs_group's expression: a kind's figures by their groups
        if unit:
            arg = value - tol if op == ">=" else value + tol if op == "<=" else value
            if op == "=":
                where, args = "BETWEEN ? AND ?", (value - tol, value + tol)
            else:
                where, args = f"{op} ?", (arg,)
            kinds, kind_args = kind_sql(kind, unit, group, "unit")
            return self._keys(
                f"SELECT id >> {FIG_BITS} FROM figs WHERE {kinds} AND value {where}"
                f" UNION SELECT id >> {FIG_BITS} FROM figs"
                f" WHERE kind = ? AND high IS NOT NULL AND high {where} AND unit = ?",
                (*kind_args, *args, kind, *args, unit),
                array=array,
            )
        if op in (">", ">="):
            table, where, arg = "fighi", "f.hi " + op, value - tol if op == ">=" else value
        elif op in ("<", "<="):
            table, where, arg = "figlo", "f.lo " + op, value + tol if op == "<=" else value
        else:  # a figure's value, or either end of a range without one (NaN is stored as NULL)
            kinds, kind_args = kind_sql(kind, "", group)
            return self._keys(
                f"SELECT id >> {FIG_BITS} FROM figs WHERE {kinds} AND value BETWEEN ? AND ?"
                f" UNION SELECT id >> {FIG_BITS} FROM figs"
                " WHERE kind = ? AND high IS NOT NULL AND high BETWEEN ? AND ?",
                (*kind_args, value - tol, value + tol, kind, value - tol, value + tol),
                array=array,
            )
        return self._keys(f"SELECT f.doc FROM {table} f WHERE f.kind = ? AND {where} ?", (kind, arg), array=array)

    def figure_details(self, rowids: Iterable[int]) -> dict[int, tuple[Any, ...]] | None:
        """Per figure row (FigureRow.rowid): its Figure's value, low, high, qualifier and
        sentence, and its briefing's region as [name, currency, reason] (None without a
        money figure): what `figures --all --json/--csv` prints beyond the row (review s15
        R15: it read every briefing again for them). None when the index cannot answer; a
        row gone meanwhile is missing."""
        wanted = list(dict.fromkeys(rowids))
        found: dict[int, tuple[Any, ...]] = {}
        try:
            with self._lock:
                if self._conn is None or self._pending_locked():
                    return None
                rows = []
                for at in range(0, len(wanted), 500):
                    chunk = wanted[at : at + 500]
                    rows += self._conn.execute(
                        "SELECT id, value, high, qual, low, top, sent FROM figs"
                        f" WHERE id IN ({','.join('?' * len(chunk))})",
                        chunk,
                    ).fetchall()
                docs = list(dict.fromkeys(r[0] >> FIG_BITS for r in rows))
                blobs: dict[int, bytes] = {}
                for at in range(0, len(docs), 500):
                    chunk = docs[at : at + 500]
                    blobs.update(
                        self._conn.execute(
                            f"SELECT doc, data FROM figdetail WHERE doc IN ({','.join('?' * len(chunk))})", chunk
                        ).fetchall()
                    )
        except sqlite3.Error as exc:
            log.info("index cache: figure details failed: %s", exc)
            return None
        details: dict[int, tuple[Any, list[str]]] = {}
        for doc, blob in blobs.items():
            try:
                region, sentences = unpack_detail(blob)
            except (ValueError, TypeError) as exc:
                log.info("index cache: unreadable figure details of %s: %s", doc, exc)
                continue
            details[doc] = (region, sentences)
        for rowid, value, high, qual, low, top, sent in rows:
            detail = details.get(rowid >> FIG_BITS)
            if detail is None or not 0 <= sent < len(detail[1]):
                continue
            found[rowid] = (*_figure_fields(value, high, qual, low, top), detail[1][sent], detail[0])
        return found

    def briefing_figures(self, doc: int) -> tuple[list[Any], Any] | None:
        """The figures of the briefing keyed ``doc`` as its read in full gives them (model.Figure,
        text order) and its region as [name, currency, reason] (None without a money figure),
        from its figs rows and figdetail; None when the index cannot answer. `figures ID` on an
        unchanged file: the file was ingested again for what the index keeps (tester s21 P1)."""
        from .model import Figure

        try:
            with self._lock:
                if self._conn is None or self._pending_locked():
                    return None
                rows = self._conn.execute(
                    "SELECT id, kind, text, start, span, unit, en FROM figs WHERE id >= ? AND id < ? ORDER BY id",
                    (doc << FIG_BITS, (doc + 1) << FIG_BITS),
                ).fetchall()
        except sqlite3.Error as exc:
            log.info("index cache: figures of %s failed: %s", doc, exc)
            return None
        if not rows:
            return [], None
        if len(rows) >= FIG_SPAN:  # the index keeps a briefing's first FIG_SPAN only: read the file
            return None
        details = self.figure_details(r[0] for r in rows)
        if details is None or len(details) != len(rows):  # changed meanwhile, or unreadable: read the file
            return None
        figures = []
        for rowid, kind, text, start, span, unit, en in rows:
            value, low, high, qualifier, sentence, region = details[rowid]
            figures.append(
                Figure(
                    kind=kind,
                    text=text,
                    start=start,
                    end=start + span,
                    value=value,
                    low=low,
                    high=high,
                    unit=unit,
                    qualifier=qualifier,
                    en=en,
                    sentence=sentence,
                )  # fmt: skip
            )
        return figures, details[rows[0][0]][5]

    def figure_counts(self) -> dict[int, int] | None:
        """How many figures each briefing (by key) has, for the list's sort by figures;
        None when the index cannot answer (busy, closed, damaged)."""
        try:
            with self._lock:
                if self._conn is None or self._pending_locked():
                    return None
                return {doc: n for doc, n in self._conn.execute("SELECT doc, figures FROM stories")}
        except sqlite3.Error as exc:
            log.info("index cache: figure counts failed: %s", exc)
            return None

    def _keys(self, sql: str, args: tuple[Any, ...], array: bool = False) -> Any:
        if array:
            try:
                import numpy as np
            except ImportError:
                return None
        try:
            with self._lock:  # the None check too: a filter worker may search as the library closes
                if self._conn is None:
                    return None
                # One row of text, split here: 90,000 rows through the cursor cost ~3x more.
                query = f"WITH hits(k) AS ({sql}) SELECT group_concat(k) FROM hits"
                (joined,) = self._conn.execute(query, args).fetchone()
        except sqlite3.Error as exc:
            log.info("index cache: search failed: %s", exc)
            return None
        if array:  # parsed in C (np.unique would cost 10x the parse: callers need no order)
            return np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.zeros(0, np.int64)
        return set(map(int, joined.split(","))) if joined else set()

    # -- writing --

    def store(
        self,
        relpath: str,
        size: int,
        mtime_ns: int,
        briefing: Briefing,
        rawpath: bytes | None = None,
        document: Prepared | str | None = None,
        last: bool = True,
        entries: int = 1,
        pending: bool = False,
    ) -> int:
        """Add or replace a file's row, its search document and its figure values;
        returns the row's key, 0 when it could not be stored. ``briefing`` must be
        complete (loaded): its text and figures are indexed. ``document``: what
        :func:`prepared_document` made of it (else its search_document, or made here).
        ``last``: False for a file's entries before its last one. A batch is committed only
        after a file's last entry, so another process never reads part of a feed or a CSV:
        it took the rows it found for the whole file, and its prune then dropped the entries
        stored after its scan (the new-user pass of session 36: a CSV's last two rows lost
        for good, its stamps recorded as read). ``entries``: how many rows the file's read
        gave (kept on each row: a file whose rows are fewer is read again, see stamps).
        ``pending``: the row and its search document only (a cold start's first pass: the list's
        fields); its figures, metrics, story and keywords come with :meth:`finish`. Until then
        its mtime_ns is PENDING_MTIME (every check reads its file again) and the readers of
        those rows answer None."""
        if self._conn is None:
            return 0
        if isinstance(document, Prepared):
            text = document.document
            prepared: Prepared | None = document
            pending = pending or document.pending
        else:
            text, prepared = (document if document is not None else search_document(briefing)), None
        listed = int(not any(p.kind in FATAL for p in briefing.problems))
        try:
            with self._lock:
                old = self._conn.execute("SELECT rowid FROM briefings WHERE relpath = ?", (relpath,)).fetchone()
                if old is not None:
                    self._forget_locked([old[0]])
                # A file stored again keeps its key (tester s15 F1): another process (a `list`
                # beside a running reader) storing a file the reader had just stored gave it a
                # new key, and the reader's list entry, holding the old one, was never found by
                # a word or figure filter again. Its old rows are all gone above, postings too
                # (CONTENTLESS_DELETE; without it a kept key would answer the old postings).
                kept = old[0] if old is not None and CONTENTLESS_DELETE else None
                cursor = self._conn.execute(
                    "INSERT INTO briefings"
                    f" (rowid, relpath, rawpath, size, mtime_ns, pipeline, listed, entries, pending, {_LIST_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        kept,
                        relpath,
                        rawpath,
                        size,
                        PENDING_MTIME if pending else mtime_ns,
                        self.pipeline_version,
                        listed,
                        entries,
                        int(pending),
                        *_encode(briefing),
                    ),
                )
                doc = cursor.lastrowid
                if listed:
                    self._add_listed_locked(1)
                self._conn.execute("INSERT INTO search (rowid, body) VALUES (?, ?)", (doc, text))
                if pending:
                    self._add_meta_locked("pending", 1)
                else:
                    self._store_rest_locked(doc, briefing, listed, prepared)
                self._pending += 1
                if last and self._pending >= COMMIT_EVERY:
                    self._commit_locked()
        except (sqlite3.Error, UnicodeError) as exc:
            log.info("index cache: store of %s failed: %s", relpath, exc)
            return 0
        self.stats.stored += 1
        return doc

    def _store_rest_locked(self, doc: int, briefing: Briefing, listed: int, prepared: Prepared | None) -> None:
        """A stored row's figure spans, figures, metrics and story (what a pending row lacks)."""
        assert self._conn is not None
        spans = _figure_spans(doc, briefing.figures[:FIG_SPAN])  # the figures figs keeps
        self._conn.executemany("INSERT INTO figlo VALUES (?, ?, ?)", [(k, lo, d) for d, k, lo, _ in spans])
        self._conn.executemany("INSERT INTO fighi VALUES (?, ?, ?)", [(k, hi, d) for d, k, _, hi in spans])
        self._store_across_locked(doc, briefing, listed, prepared)

    def finish(
        self, key: int, mtime_ns: int, briefing: Briefing, document: Prepared | None = None, last: bool = True
    ) -> bool:
        """Complete the pending row ``key`` (stored with ``pending``) with ``briefing`` read in
        full: its figures, metrics and story (:meth:`store`'s rows), its keywords and problems,
        and its file's real ``mtime_ns``, in the transaction of its file (``last`` as in store).
        False when the row is gone, was stored again meanwhile (not pending), or SQLite failed:
        the file is then read again at the next check. Rows must be finished in the order they
        were stored (a story joins the earliest matching one: as a one-go ingest does)."""
        if self._conn is None:
            return False
        listed = int(not any(p.kind in FATAL for p in briefing.problems))
        encoded = _encode(briefing)
        try:
            with self._lock:
                if self._conn is None:  # closed meanwhile (the reader quit during a second pass)
                    return False
                cursor = self._conn.execute(
                    "UPDATE briefings SET pending = 0, mtime_ns = ?, keywords = ?, problems = ?"
                    " WHERE rowid = ? AND pending = 1 AND listed = ?",
                    (mtime_ns, encoded[11], encoded[12], key, listed),
                )
                if cursor.rowcount != 1:
                    return False
                self._add_meta_locked("pending", -1)
                self._store_rest_locked(key, briefing, listed, document)
                self._pending += 1
                if last and self._pending >= COMMIT_EVERY:
                    self._commit_locked()
        except (sqlite3.Error, UnicodeError) as exc:
            log.info("index cache: finishing row %s failed: %s", key, exc)
            return False
        return True

    def pending_rows(self) -> tuple[int, int] | None:
        """(rows still pending, rows in all): what "figures still being read (n of N)" says
        (n = all - pending); None when the index cannot answer."""
        try:
            with self._lock:
                if self._conn is None:
                    return None
                pending = self._pending_locked()
                return pending, self._conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
        except sqlite3.Error as exc:
            log.info("index cache: reading the pending count failed: %s", exc)
            return None

    def figures_pending(self) -> bool:
        """Whether a row is pending (schema 26): figure, metric and story answers would miss its
        rows, so every reader of them answers None meanwhile. False when the index cannot tell."""
        try:
            with self._lock:
                return self._conn is not None and self._pending_locked() > 0
        except sqlite3.Error as exc:
            log.info("index cache: reading the pending count failed: %s", exc)
            return False

    def _pending_locked(self) -> int:
        """Rows stored pending and not finished (meta's count; counted when meta lacks it)."""
        assert self._conn is not None
        found = self._conn.execute("SELECT value FROM meta WHERE key = 'pending'").fetchone()
        if found is not None:
            with contextlib.suppress(ValueError):
                return int(found[0])
        return self._conn.execute("SELECT count(*) FROM briefings WHERE pending = 1").fetchone()[0]

    def _add_listed_locked(self, delta: int) -> None:
        self._add_meta_locked("listed", delta)

    def _add_meta_locked(self, key: str, delta: int) -> None:
        self._conn.execute(  # type: ignore[union-attr]
            "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = ?", (delta, key)
        )

    def _forget_locked(self, rowids: list[int]) -> None:
        args = [(r,) for r in rowids]
        listed = 0
        for at in range(0, len(rowids), 500):  # the listed count (meta) loses the listed ones
            chunk = rowids[at : at + 500]
            listed += self._conn.execute(  # type: ignore[union-attr]
                f"SELECT count(*) FROM briefings WHERE listed = 1 AND rowid IN ({','.join('?' * len(chunk))})", chunk
            ).fetchone()[0]
        if listed:
            self._add_listed_locked(-listed)
        pending = 0
        for at in range(0, len(rowids), 500):  # and meta's pending count the pending ones
            chunk = rowids[at : at + 500]
            pending += self._conn.execute(  # type: ignore[union-attr]
                f"SELECT count(*) FROM briefings WHERE pending = 1 AND rowid IN ({','.join('?' * len(chunk))})", chunk
            ).fetchone()[0]
        if pending:
            self._add_meta_locked("pending", -pending)
        self._conn.executemany("DELETE FROM briefings WHERE rowid = ?", args)  # type: ignore[union-attr]
        for (doc,) in args:  # the metric counts and the spans first, from the rows about to go
            # the spans _figure_spans made from these figures: per kind the least and the
            # greatest of value and high (a range without a value is stored as low, high)
            spans = self._conn.execute(  # type: ignore[union-attr]
                "SELECT kind, min(min(coalesce(value, high), coalesce(high, value))),"
                " max(max(coalesce(value, high), coalesce(high, value))) FROM figs"
                " WHERE id BETWEEN ? AND ? AND coalesce(value, high) IS NOT NULL GROUP BY kind",
                (doc * FIG_SPAN, doc * FIG_SPAN + FIG_SPAN - 1),
            ).fetchall()
            self._conn.executemany(  # type: ignore[union-attr]
                "DELETE FROM figlo WHERE kind = ? AND lo = ? AND doc = ?", [(k, lo, doc) for k, lo, _ in spans]
            )
            self._conn.executemany(  # type: ignore[union-attr]
                "DELETE FROM fighi WHERE kind = ? AND hi = ? AND doc = ?", [(k, hi, doc) for k, _, hi in spans]
            )
            gone = self._conn.execute(  # type: ignore[union-attr]
                "SELECT metric, count(*) FROM figs WHERE id BETWEEN ? AND ? AND metric != 0 GROUP BY metric",
                (doc * FIG_SPAN, doc * FIG_SPAN + FIG_SPAN - 1),
            ).fetchall()
            self._conn.executemany(  # type: ignore[union-attr]
                "UPDATE metricstats SET figures = figures - ?, docs = docs - 1 WHERE code = ?",
                [(n, m) for m, n in gone],
            )
            # a metric no briefing reports any more is not kept as a row of zeros (no
            # figure holds its code now: it may be given to another metric)
            self._conn.executemany(  # type: ignore[union-attr]
                "DELETE FROM metricstats WHERE code = ? AND docs <= 0", [(m,) for m, _ in gone]
            )
            # storybands is keyed by band: the bands are those of the signature stored
            sig = self._conn.execute("SELECT sig FROM stories WHERE doc = ?", (doc,)).fetchone()  # type: ignore[union-attr]
            if sig is not None and sig[0]:
                from .stories import Signature

                self._conn.executemany(  # type: ignore[union-attr]
                    "DELETE FROM storybands WHERE band = ? AND doc = ?",
                    [(band_key(band), doc) for band in Signature.from_bytes(sig[0]).bands()],
                )
        self._conn.executemany(  # type: ignore[union-attr]
            "DELETE FROM figs WHERE id BETWEEN ? AND ?",
            [(r * FIG_SPAN, r * FIG_SPAN + FIG_SPAN - 1) for r in rowids],
        )
        self._conn.executemany("DELETE FROM stories WHERE doc = ?", args)  # type: ignore[union-attr]
        self._conn.executemany("DELETE FROM figdetail WHERE doc = ?", args)  # type: ignore[union-attr]
        if CONTENTLESS_DELETE:
            self._conn.executemany("DELETE FROM search WHERE rowid = ?", args)  # type: ignore[union-attr]

    def prune(self, keep: Iterable[str]) -> int:
        """Drop the rows of files not in ``keep`` (relative paths); returns how many."""
        if self._conn is None:
            return 0
        wanted = set(keep)
        try:
            with self._lock:
                present = self._conn.execute("SELECT rowid, relpath, size, mtime_ns, rawpath FROM briefings").fetchall()
                seen = {rawpath or relpath.encode() for _, relpath, _, _, rawpath in present if relpath in wanted}
                gone = [
                    rowid
                    for rowid, relpath, size, mtime_ns, rawpath in present
                    if relpath not in wanted and not self._arrived(rawpath or relpath.encode(), size, mtime_ns, seen)
                ]
                self._forget_locked(gone)
                self._commit_locked()
        except sqlite3.Error as exc:
            log.info("index cache: prune failed: %s", exc)
            return 0
        self.stats.pruned += len(gone)
        return len(gone)

    def settle(self, stop: Callable[[], bool] | None = None) -> int:
        """Finish the FTS5 merges a bulk ingest left under way; returns the steps taken (issue 19,
        session 44). FTS5's automerge merges in proportion to what each insert writes, so a cold
        ingest ends with a merge begun and not done, and the next writer pays it: into session 42's
        100,000 (12 segments on 4 levels, a merge of 4 segments of ~8,000 pages under way) adding
        1,000 briefings wrote 137.6 MB of WAL, 32 MB of it that merge. FTS5's 'merge' finishes it and
        any level of `usermerge` segments (never a full 'optimize': 4.1 s of CPU and 385 MB of WAL at
        100,000 for the same next add): 0.6 s of CPU and 65 MB of WAL there, 12 -> 4 segments; the
        next 1,000 then wrote 105 MB (the writer's CPU 2.52 -> 2.27 s, medians of three rounds in
        turns); a word query's CPU unchanged (median 14.5 / 14.3 ms over 99 typed prefixes). In steps
        of SETTLE_PAGES, each committed and the lock let go between them (a filter waits one step at
        most), until a step leaves the table's structure record as it was; ``stop`` is asked between."""
        steps = 0
        for _ in range(SETTLE_STEPS):
            if stop is not None and stop():
                break
            try:
                with self._lock:
                    if self._conn is None:
                        break
                    before = self._conn.execute("SELECT block FROM search_data WHERE id = 10").fetchone()
                    self._conn.execute("INSERT INTO search(search, rank) VALUES('merge', ?)", (SETTLE_PAGES,))
                    self._commit_locked()
                    after = self._conn.execute("SELECT block FROM search_data WHERE id = 10").fetchone()
            except sqlite3.Error as exc:  # busy (another writer), or a table FTS5 refuses: merged by automerge later
                log.info("index cache: settle failed: %s", exc)
                break
            steps += 1
            if after == before:  # nothing was left to merge
                break
        return steps

    def _arrived(self, file: bytes, size: int, mtime_ns: int, seen: set[bytes]) -> bool:
        """Whether a row prune() was not told to keep is of a file the caller never saw that
        is on disk as the row says: one another process stored after the caller's scan of the
        folder (tester s15 F1: a `list` beside a running reader deleted the rows the reader
        had just stored, and the reader's entries were found by no filter). Its file is then
        kept. ``file``: the row's relative path as bytes (rawpath, or the relpath: a feed
        entry's rawpath is its file's), ``seen``: the files of the rows kept."""
        if self.root is None or file in seen:
            return False
        try:
            st = os.stat(os.fsencode(self.root) + b"/" + file)
        except (OSError, ValueError):
            return False
        return (st.st_size, st.st_mtime_ns) == (size, mtime_ns)

    def recount(self, relpaths: Iterable[str]) -> None:
        """Give the rows of a file whose entries the index could not all take (store returned
        0) the count of those it took: the file is then whole as stored, not read again at
        every check of the folder for the entry it can never hold."""
        if self._conn is None:
            return
        rows = list(relpaths)
        try:
            with self._lock:
                self._conn.executemany(
                    "UPDATE briefings SET entries = ? WHERE relpath = ?", [(len(rows), r) for r in rows]
                )
        except sqlite3.Error as exc:
            log.info("index cache: recount failed: %s", exc)

    def stamps(self, counted: list[tuple[str, int]] | None = None) -> dict[str, tuple[int, int]] | None:
        """relpath -> (size, mtime_ns) of every current row; None if unreadable. ``counted``
        receives (relpath, entries) of the rows of files whose read gave more than one
        (see store): a file with fewer rows than that lost some and is read again."""
        if self._conn is None:
            return None
        found: dict[str, tuple[int, int]] = {}
        try:
            with self._lock:
                sql = "SELECT relpath, size, mtime_ns, entries FROM briefings WHERE pipeline = ?"
                rows = self._conn.execute(sql, (self.pipeline_version,))
                for relpath, size, mtime_ns, entries in rows:
                    found[relpath] = (size, mtime_ns)
                    if entries != 1 and counted is not None:
                        counted.append((relpath, entries))
        except sqlite3.Error:
            return None
        return found

    def relpaths(self) -> set[str]:
        """The relative paths that have a row (any version)."""
        if self._conn is None:
            return set()
        try:
            with self._lock:
                return {r[0] for r in self._conn.execute("SELECT relpath FROM briefings")}
        except sqlite3.Error:
            return set()

    # -- across briefings (issue 17) --

    def _store_across_locked(self, doc: int, briefing: Briefing, listed: int, prepared: Prepared | None = None) -> None:
        """The figure rows with their metrics, and the story of ``doc``: the smallest
        story id among the earlier briefings whose LSH bands it meets and whose
        signature matches (stories.Signature.matches), else its own. ``prepared`` (made
        by :func:`prepared_document`) brings both already computed."""
        from . import stories

        assert self._conn is not None
        figures = briefing.figures[:FIG_SPAN]
        if figures:
            if prepared is not None:  # the worker found them: metrics (which loads the figure
                found = prepared.metrics  # patterns, 0.3-0.5 s) stays out of a cold start's first rows
            else:
                from . import metrics

                found = metrics.figure_metrics(briefing.text, figures)
            per_metric: dict[str, int] = {}
            for m in found[: len(figures)]:  # as the zip below
                if m:
                    per_metric[m] = per_metric.get(m, 0) + 1
            codes = {"": 0}
            if per_metric:
                self._conn.executemany(
                    "INSERT INTO metricstats (metric, figures, docs) VALUES (?, ?, 1) ON CONFLICT (metric) DO UPDATE"
                    " SET figures = figures + excluded.figures, docs = docs + 1",
                    list(per_metric.items()),
                )
                names = list(per_metric)
                codes.update(
                    self._conn.execute(
                        f"SELECT metric, code FROM metricstats WHERE metric IN ({','.join('?' * len(names))})", names
                    ).fetchall()
                )
            detail = prepared.detail if prepared is not None else None
            detail = detail or figure_detail(briefing)
            assert detail is not None  # there are figures
            data, sent = detail
            rows = []
            for n, (f, m) in enumerate(zip(figures, found, strict=False)):
                value, high, qual, low, top = _figure_columns(f)
                rows.append(
                    (doc * FIG_SPAN + n, f.kind, value, high, codes[m or ""], qual, sent[n])
                    + (f.unit, f.start, f.end - f.start, low, top, f.text, f.en)
                )
            self._conn.executemany("INSERT INTO figs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._conn.execute("INSERT INTO figdetail VALUES (?, ?)", (doc, data))
        if prepared is not None:
            sig = stories.Signature.from_bytes(prepared.signature) if prepared.signature else None
        else:
            sig = stories.signature(briefing.title, briefing.text) if listed and briefing.text else None
        story = doc
        if sig is not None:
            keys = sig.bands()  # BANDS keys of the minima, then the lead's (lead_bands: not hashed twice)
            bands = list(dict.fromkeys(band_key(band) for band in keys))
            marks = ",".join("?" * len(bands))
            leads = [band_key(band) for band in keys[stories.BANDS :]]
            # two shared bands at least: a pair at Jaccard 0.3 shares two with p ~0.8, a
            # chance pair at 0.1 with p ~0.04 (template-made corpora have many of those);
            # or one shared lead band, which counts stories.LEAD_WEIGHT: a teaser inside its
            # page (Jaccard 0.1-0.2) shares its lead (19-stories s18, stories.py's doc)
            candidates = self._conn.execute(
                f"SELECT s.doc, s.story, s.sig FROM stories s JOIN (SELECT doc FROM storybands"
                f" WHERE band IN ({marks}) AND doc != ? GROUP BY doc"
                f" HAVING count(*) + ? * sum(band IN ({','.join('?' * len(leads))})) >= ?) c ON c.doc = s.doc"
                " ORDER BY s.story, s.doc",
                (*bands, doc, stories.LEAD_WEIGHT - 1, *leads, stories.MIN_BANDS),
            ).fetchall()
            mine = sig.packed() if candidates else None  # once for all of them (~40 a briefing at 100,000)
            for _, other_story, blob in candidates:  # by story: the first match is the earliest
                if blob and other_story < story and sig.matches_bytes(blob, mine):
                    story = other_story
                    break
            # a full band (a template's, stories.BUCKET_CAP) takes no more briefings. Asked
            # first, then plain inserts: an INSERT ... SELECT reading its own table copies
            # the row through a temp table, 45% of the writer's time (issue 19's profile).
            full = {
                band
                for (band,) in self._conn.execute(
                    f"SELECT band FROM storybands WHERE band IN ({marks}) GROUP BY band HAVING count(*) >= ?",
                    (*bands, stories.BUCKET_CAP),
                )
            }
            self._conn.executemany(
                "INSERT INTO storybands VALUES (?, ?)", [(band, doc) for band in bands if band not in full]
            )
        self._conn.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?)", (doc, story, sig.to_bytes() if sig else None, len(figures))
        )

    def figure_window(
        self,
        keys: Iterable[int] | None = None,
        *,
        order: str = "date",
        descending: bool = True,
        where: str = "",
        args: tuple[Any, ...] = (),
        once_per_story: bool = False,
    ) -> "FigureWindow | None":
        """The figures of the briefings ``keys`` (None: all) matching the SQL condition
        ``where`` on ``f`` (figrows), in the order of column ``order``: a count and the
        rows of any range, each read by an index walk (see FigureWindow). ``once_per_story``:
        a figure an earlier version of its story has, as written, is left out."""
        if order not in FIGURE_ORDER:
            raise ValueError(f"unknown figure column: {order}")
        if self._conn is None or self.figures_pending():
            return None
        if keys is not None and once_per_story:
            keys = list(keys)  # read twice
        repeated = self.repeated_figure_ids(keys) if once_per_story else []
        if repeated is None:
            return None
        repeat_table = ""
        table = ""
        try:
            with self._lock:
                if self._conn is None:
                    return None
                for name, alive in list(self._windows.items()):  # the temp tables of windows gone
                    if alive() is None:
                        self._conn.execute(f"DROP TABLE IF EXISTS {name}")
                        del self._windows[name]
                if keys is not None:
                    FigureWindow.tables += 1
                    table = f"temp.shown{FigureWindow.tables}"
                    self._conn.execute(f"CREATE TEMP TABLE shown{FigureWindow.tables} (doc INTEGER PRIMARY KEY)")
                    self._conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?)", ((k,) for k in keys))
                if repeated:
                    FigureWindow.tables += 1
                    repeat_table = f"temp.repeats{FigureWindow.tables}"
                    self._conn.execute(f"CREATE TEMP TABLE repeats{FigureWindow.tables} (id INTEGER PRIMARY KEY)")
                    self._conn.executemany(
                        f"INSERT OR IGNORE INTO {repeat_table} VALUES (?)", ((r[0],) for r in repeated)
                    )
        except sqlite3.Error as exc:
            log.info("index cache: figure window failed: %s", exc)
            return None
        window = FigureWindow(self, order, descending, table, where, args, (repeat_table, repeated))
        for name in (table, repeat_table):
            if name:
                self._windows[name] = weakref.ref(window)
        return window

    def repeated_figure_ids(self, keys: Iterable[int] | None = None) -> list[tuple[int, int, int]] | None:
        """(figure id, briefing key, metric code) of every figure of ``keys`` (None: all) that an
        earlier version (a smaller key) of its story among them also has, as written: kind, text,
        value and unit. A story's versions said one figure once per version, so the figures view
        listed it twice, identical rows (new-user passes s36, s38: a scraper's CSV repeating its
        rows). Only the stories of two or more versions are read (shared_story_ids)."""
        shared = self.shared_story_ids()
        if shared is None:
            return None
        if keys is not None:
            wanted = set(keys)
            shared = {doc: story for doc, story in shared.items() if doc in wanted}
        groups: dict[int, list[int]] = {}
        for doc, story in shared.items():
            groups.setdefault(story, []).append(doc)
        stories = [sorted(docs) for docs in groups.values() if len(docs) > 1]
        if not stories:
            return []
        docs = sorted(doc for versions in stories for doc in versions)
        figures: dict[int, list[tuple[int, Any]]] = {doc: [] for doc in docs}
        codes: dict[int, int] = {}
        for at in range(0, len(docs), 500):
            chunk = docs[at : at + 500]
            values = ",".join(["(?)"] * len(chunk))
            found = self._window_query(
                f"WITH d(doc) AS (VALUES {values}) SELECT g.id, d.doc, g.metric, g.kind, g.text, g.value, g.high,"
                f" g.unit FROM d CROSS JOIN figs g NOT INDEXED"
                f" ON g.id BETWEEN d.doc * {FIG_SPAN} AND d.doc * {FIG_SPAN} + {FIG_SPAN - 1} ORDER BY g.id",
                tuple(chunk),
            )
            if found is None:
                return None
            for fid, doc, code, *what in found:
                figures[doc].append((fid, tuple(what)))
                codes[fid] = code
        repeats = repeated_figures([[figures[doc] for doc in versions] for versions in stories])
        return [(fid, fid >> FIG_BITS, codes[fid]) for fid in repeats]

    def _window_iter(self, sql: str, args: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
        """:meth:`_window_query` in chunks (millions of rows, never one list of them)."""
        try:
            with self._lock:
                if self._conn is None:
                    return
                cursor = self._conn.execute(sql, args)
                while chunk := cursor.fetchmany(65536):
                    yield from chunk
        except sqlite3.Error as exc:
            log.info("index cache: figure window query failed: %s", exc)

    def _window_query(self, sql: str, args: tuple[Any, ...]) -> list[tuple[Any, ...]] | None:
        try:
            with self._lock:
                if self._conn is None:
                    return None
                return self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            log.info("index cache: figure window query failed: %s", exc)
            return None

    def metric_counts(self, keys: Iterable[int] | None = None) -> list[tuple[str, int, int]] | None:
        """(metric, figures, briefings) for every metric read, most reported first."""
        if keys is None:
            return self._across_query(
                "SELECT metric, figures, docs FROM metricstats WHERE docs > 0 {keys}"
                " ORDER BY docs DESC, figures DESC, metric",
                None,
                (),
            )
        rows = self._across_query(  # each shown briefing's figures by their rowid range (no index on doc)
            "SELECT m.metric, count(*), count(DISTINCT s.doc) FROM temp.shown s CROSS JOIN figs f NOT INDEXED"
            f" ON f.id BETWEEN s.doc * {FIG_SPAN} AND s.doc * {FIG_SPAN} + {FIG_SPAN - 1}"
            " CROSS JOIN briefings b ON b.rowid = s.doc CROSS JOIN metricstats m ON m.code = f.metric"
            " WHERE b.listed = 1 AND f.metric != 0 GROUP BY f.metric ORDER BY 3 DESC, 2 DESC, 1",
            keys,
            (),
        )
        return rows

    def metric_series(
        self, metric: str, keys: Iterable[int] | None = None, limit: int = SERIES_LIMIT
    ) -> list[FigureRow] | None:
        """The figures of ``metric``, oldest briefing first (undated last): the newest
        ``limit`` of them when there are more (a chart of more points says no more)."""
        rows = self._across_query(
            # by its code, through figs_metric (whose WHERE the query must repeat to use it)
            f"{_FIGURE_SELECT} WHERE f.code = (SELECT code FROM metricstats WHERE metric = ?) AND f.code != 0"
            " {keys} ORDER BY b.date IS NULL DESC, b.date DESC, f.id DESC"
            f" LIMIT {int(limit)}",
            keys,
            (metric,),
        )
        return None if rows is None else [FigureRow(*r) for r in reversed(rows)]

    def story_ids(self) -> dict[int, int] | None:
        """doc -> story id of every briefing that has one."""
        rows = self._across_query("SELECT doc, story FROM stories WHERE 1 = 1 {keys}", None, ())
        return None if rows is None else dict(rows)

    def shared_story_ids(self) -> dict[int, int] | None:
        """:meth:`story_ids` of the rows that can be in a story with another briefing:
        the stories of two or more rows, and a row whose story is named by another key
        (its first version gone, the name a key another entry may have). Every other
        row is a story of one, which a StoryMap leaves out. At 1,000,000 briefings
        story_ids() made a million tuples and a dict of them (~0.4 GB at the peak of a
        warm start, issue 19) for the ~5% of rows this reads (the story index's order)."""
        rows = self._across_query(
            "SELECT doc, story FROM stories WHERE (story != doc OR story IN"
            " (SELECT story FROM stories GROUP BY story HAVING count(*) > 1)) {keys}",
            None,
            (),
        )
        return None if rows is None else dict(rows)

    def _across_query(
        self, sql: str, keys: Iterable[int] | None, args: tuple[Any, ...]
    ) -> list[tuple[Any, ...]] | None:
        try:
            with self._lock:
                if self._conn is None or self._pending_locked():  # stories and metrics: not all in yet
                    return None
                if keys is None:
                    return self._conn.execute(sql.format(keys=""), args).fetchall()
                self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS shown (doc INTEGER PRIMARY KEY)")
                self._conn.execute("DELETE FROM temp.shown")
                self._conn.executemany("INSERT OR IGNORE INTO temp.shown VALUES (?)", ((k,) for k in keys))
                column = "doc" if "FROM stories" in sql else "f.doc"
                return self._conn.execute(
                    sql.format(keys=f"AND {column} IN (SELECT doc FROM temp.shown)"), args
                ).fetchall()
        except sqlite3.Error as exc:
            log.info("index cache: across query failed: %s", exc)
            return None

    def commit(self) -> None:
        if self._conn is None:
            return
        try:
            with self._lock:
                self._commit_locked()
        except sqlite3.Error as exc:
            log.info("index cache: commit failed: %s", exc)

    def _commit_locked(self) -> None:
        self._pending = 0
        assert self._conn is not None
        self._conn.commit()
        # the pages FTS5's merges and deleted rows let go go back to the file system
        # (auto_vacuum = INCREMENTAL, set when the file was made); the commit is done, so
        # a vacuum that cannot run now (another writer) waits for the next one
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA incremental_vacuum").fetchall()

    def close(self) -> None:
        if self._conn is None:
            return
        self.commit()
        with self._lock:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- opening, checking, rebuilding ---------------------------------------------------


class _Untrusted(Exception):
    """The database exists but is not one we wrote for this root and version."""


def _make_private_dir(path: Path) -> None:
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask; chmod is not


def _delete_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.info("index cache: cannot delete %s%s: %s", path, suffix, exc)


def _connect(path: Path, root: str, pipeline_version: str) -> sqlite3.Connection:
    """Connect and make sure the database is ours, current, and for this version."""
    new = not os.path.exists(path) or os.path.getsize(path) == 0
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if new:
            # Before WAL (which writes the header): the file frees its empty pages at each
            # commit (_commit_locked); FTS5's segment merges left 8.8 MB free at 10,000
            # briefings, 7% of the file. (Asked of an existing file, the pragma waits for
            # a writer's lock, and changes nothing.)
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise  # anything but "busy" means the file is not a usable database
        conn.execute("PRAGMA synchronous = NORMAL")  # a cache: speed over durability
        # The WAL is cut back to this when it restarts after a checkpoint; without a limit
        # it keeps the size of its largest stretch (issue 19: 10,000 briefings ingested,
        # file + WAL 129.0 -> 109.3 MB while the reader stays open; the same CPU)
        conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT}")
        # 64 MB of page cache, not 2: storybands and the FTS segments take random inserts,
        # and a small cache spilled dirty pages to the WAL over and over (a cold ingest of
        # 3,000 briefings: the writer's wall time 53 -> 30 s, its system time 1.7 -> 0.3 s)
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        if _state(conn, root, pipeline_version) != "ok":
            _initialise(conn, root, pipeline_version)
        return conn
    except BaseException:
        conn.close()
        raise


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None) or 0
    return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)  # incl. extended codes


def _state(conn: sqlite3.Connection, root: str, pipeline_version: str) -> str:
    """``ok``, ``empty`` (new file) or ``stale`` (other pipeline); raises _Untrusted."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and not tables:
        return "empty"
    if version != SCHEMA_VERSION:
        raise _Untrusted(f"schema version {version}, expected {SCHEMA_VERSION}")
    if not _TABLES <= tables:
        raise _Untrusted("missing tables")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("root") != root:
        raise _Untrusted("written for another corpus root")
    if meta.get("fts") != _FTS_COMMON:  # an SQLite with(out) contentless_delete made it
        raise _Untrusted("FTS5 tables of another SQLite")
    return "ok" if meta.get("pipeline") == pipeline_version else "stale"


def _statements(script: str) -> Iterator[str]:
    """The statements of ``script``, each ended where SQLite says one is complete: a ";" in
    an SQL comment or a string ends none (split(";") cut the schema there, session 15)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if statement.strip():
        yield statement


def _initialise(conn: sqlite3.Connection, root: str, pipeline_version: str) -> None:
    """Create the schema or drop stale rows, under the write lock.

    BEGIN IMMEDIATE makes two processes that open a new cache at once take turns; the
    second one re-checks and finds the work done.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        state = _state(conn, root, pipeline_version)
        if state == "empty":
            for statement in _statements(_SCHEMA):  # executescript() would COMMIT early
                conn.execute(statement)
            # a setting kept in the table's own config
            conn.execute(f"INSERT INTO search(search, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
            conn.execute("INSERT INTO meta VALUES ('root', ?)", (root,))
            conn.execute("INSERT INTO meta VALUES ('fts', ?)", (_FTS_COMMON,))
            conn.execute("INSERT INTO meta VALUES ('listed', '0')")
            conn.execute("INSERT INTO meta VALUES ('pending', '0')")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if state != "ok":
            # Rows written by another pipeline version are worthless: drop them all.
            for table in ("briefings", "figlo", "fighi", "metricstats", *_ACROSS_TABLES):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("INSERT INTO search(search) VALUES ('delete-all')")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('pipeline', ?)", (pipeline_version,))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('listed', '0')")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('pending', '0')")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('install', ?)", (_INSTALL,))  # _prune_versions
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
