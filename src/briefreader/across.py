"""Across briefings (issue 17): the figures table, metric counts and series, stories.

Plain functions the CLI, the TUI views and the digest share. With the index (the
usual case) they answer from its ``figrows``/``stories`` tables without reading any
briefing file; without it (``--no-cache``, an unusable cache) they compute the same
from the briefings in memory (metrics.figure_metrics, stories.StoryIndex), so both
paths give the same rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .index import FIGURE_ORDER, FigureRow, sort_group
from .library import Cancelled, Library, Stop, stopping
from .model import Briefing, Figure

if TYPE_CHECKING:
    from .stories import StoryMap

__all__ = [
    "FIGURE_COLUMNS",
    "FigureTable",
    "VersionRow",
    "compare_versions",
    "chart_points",
    "figure_table",
    "metric_counts",
    "metric_series",
    "row_matches",
    "sql_filter",
    "story_groups",
    "story_map",
    "story_of",
]

# The figures view's columns, in order: (key, header). Every one sorts.
FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "date"),
    ("source", "source"),
    ("kind", "kind"),
    ("text", "as written"),
    ("en", "English"),
    ("value", "value"),
    ("unit", "unit"),
    ("metric", "metric"),
    ("title", "title"),
)
assert {k for k, _ in FIGURE_COLUMNS} == set(FIGURE_ORDER)


def _indexed(library: Library, briefings: Sequence[Briefing]) -> bool:
    return library.index is not None and library.index.usable and all(b.key for b in briefings[:1])


def figures_pending(library: Library) -> tuple[int, int] | None:
    """(rows with their figures, rows in all) while a cold start's second pass still reads
    them (Index.pending_rows, issue 19), else None: the figure, metric and story answers
    would miss the rows not yet read, and reading their files here would read the corpus a
    second time while the second pass does."""
    index = library.index
    if index is None or not index.figures_pending():
        return None
    counted = index.pending_rows()
    return None if counted is None else (counted[1] - counted[0], counted[1])


def _keys(library: Library, briefings: Sequence[Briefing]) -> list[int] | None:
    """None when ``briefings`` are all the library's (no temp table needed)."""
    from .liststore import keys_of  # a column-wise list's keys: a column, no entry made

    return None if len(briefings) == len(library.briefings) else keys_of(briefings)


class FigureTable:
    """Figure rows in memory, in order (the path without an index); the same interface
    as index.FigureWindow: ``len`` and ``rows(start, stop)``."""

    def __init__(self, rows: list[FigureRow], repeated: int = 0) -> None:
        self._rows = rows
        self.repeated = repeated  # figures left out: an earlier version of their story has them

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self, start: int, stop: int) -> list[FigureRow]:
        return self._rows[max(0, start) : stop]


def _memory_rows(library: Library, briefings: Sequence[Briefing], stop: Stop | None = None) -> list[FigureRow]:
    from .metrics import figure_metrics

    rows: list[FigureRow] = []
    # PDFs: one pool, not one each; ``stop`` asked before each file is read again (library.Cancelled)
    for b, full in zip(briefings, library.full_many(briefings, stop=stop), strict=True):
        for f, metric in zip(full.figures, figure_metrics(full.text, full.figures), strict=False):
            rows.append(
                FigureRow(
                    len(rows) + 1,
                    b.key,
                    b.id,
                    b.date_iso,  # at its precision ("2023", never a made-up 2023-01-01)
                    b.source,
                    b.title,
                    f.kind,
                    f.text,
                    f.en,
                    f.value if f.value is not None else f.low,
                    f.unit,
                    metric,
                    f.start,
                    f.end,
                )
            )
    return rows


def _sort_key(column: str):
    if column in ("value", "kind"):  # as the index orders them: by sort group, then value, no value smallest
        return lambda r: (sort_group(r.kind, r.unit), r.value is not None, r.value or 0.0)
    if column == "date":
        return lambda r: r.date or ""
    return lambda r: getattr(r, column) or ""


def figure_table(
    library: Library,
    briefings: Sequence[Briefing],
    *,
    order: str = "date",
    descending: bool = True,
    filter_text: str = "",
    stop: Stop | None = None,
    once_per_story: bool = False,
):
    """Every figure of ``briefings`` that ``filter_text`` keeps (see :func:`row_matches`),
    in the order of column ``order``: an index.FigureWindow (nothing materialised) or,
    without the index, a FigureTable. Raises query.QuerySyntaxError for a bad filter;
    library.Cancelled once ``stop()`` is true while files are read (without the index).
    ``once_per_story``: a figure an earlier version of its story also has (kind, text,
    value and unit) is left out, the table's ``repeated`` says how many (the figures view)."""
    if order not in FIGURE_ORDER:
        raise ValueError(f"unknown figure column: {order}")
    if _indexed(library, briefings):
        index = library.index
        assert index is not None
        where, args = sql_filter(filter_text)
        window = index.figure_window(
            _keys(library, briefings),
            order=order,
            descending=descending,
            where=where,
            args=args,
            once_per_story=once_per_story,
        )
        if window is not None:
            return window
    rows = _memory_rows(library, briefings, stop=stop)
    repeated = 0
    if once_per_story and rows:
        rows, repeated = _once_per_story(library, briefings, rows, stop)
    if filter_text.strip():
        keep = row_matches(filter_text)
        rows = [r for r in rows if keep(r)]
    if order == "date":  # ties as the index orders them (FIGURE_ORDER: b.id, then text order),
        # so `figures --all --json` lists one order warm or with --no-cache (review s16 R4)
        rows.sort(key=lambda r: (r.id, r.start), reverse=not descending)
    else:
        rows.sort(key=lambda r: (r.doc, r.start))
    rows.sort(key=_sort_key(order), reverse=descending)
    return FigureTable(rows, repeated)


def _once_per_story(
    library: Library, briefings: Sequence[Briefing], rows: list[FigureRow], stop: Stop | None
) -> tuple[list[FigureRow], int]:
    """``rows`` less the figures an earlier version of their story has (index.repeated_figures;
    versions in ingest order, as the index's keys), and how many went."""
    from .index import repeated_figures

    story = story_of(library, briefings, stop=stop)
    order = {b.id: (b.key or 0, n) for n, b in enumerate(briefings)}
    versions: dict[str, dict[str, list[tuple[int, object]]]] = {}
    for n, r in enumerate(rows):  # rows are in briefing order, each briefing's in text order
        figures = versions.setdefault(story.get(r.id, r.id), {}).setdefault(r.id, [])
        figures.append((n, (r.kind, r.text, r.value, r.unit)))
    stories = [
        [figures for _, figures in sorted(by_id.items(), key=lambda item: order.get(item[0], (0, 0)))]
        for by_id in versions.values()
        if len(by_id) > 1
    ]
    gone = set(repeated_figures(stories))
    return [r for n, r in enumerate(rows) if n not in gone], len(gone)


def metric_counts(
    library: Library, briefings: Sequence[Briefing], stop: Stop | None = None
) -> list[tuple[str, int, int]]:
    """(metric, figures, briefings), the most widely reported first. Without the index
    every file is read again: ``stop`` as in :func:`figure_table`."""
    if _indexed(library, briefings) and library.index is not None:
        found = library.index.metric_counts(_keys(library, briefings))
        if found is not None:
            return found
    figures: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    for r in _memory_rows(library, briefings, stop=stop):
        if r.metric:
            figures[r.metric] += 1
            docs.setdefault(r.metric, set()).add(r.id)
    return sorted(((m, n, len(docs[m])) for m, n in figures.items()), key=lambda t: (-t[2], -t[1], t[0]))


def metric_series(
    library: Library, metric: str, briefings: Sequence[Briefing], stop: Stop | None = None
) -> list[FigureRow]:
    """Every figure of ``metric``, oldest first (undated last); ``stop`` as in :func:`figure_table`."""
    if _indexed(library, briefings) and library.index is not None:
        found = library.index.metric_series(metric, _keys(library, briefings))
        if found is not None:
            return found
    rows = [r for r in _memory_rows(library, briefings, stop=stop) if r.metric == metric]
    rows.sort(key=lambda r: (r.date is None, r.date or ""))
    return rows


def story_of(library: Library, briefings: Sequence[Briefing], stop: Stop | None = None) -> dict[str, str]:
    """briefing id -> story id (the id of the story's first version); every briefing
    of ``briefings`` has one (its own when it has no other version). Without the index
    every file is read again: ``stop`` is asked before each (library.Cancelled)."""
    if _indexed(library, briefings) and library.index is not None:
        stories = library.index.story_ids()
        if stories is not None:
            from .liststore import is_store

            listed = library.briefings  # a column-wise list: its key and id columns, no entry made
            by_key = (
                dict(zip(listed.keys.tolist(), listed.texts["id"], strict=True))
                if is_store(listed)
                else {b.key: b.id for b in listed}
            )
            # every entry of a column-wise list is made as it is read: 100,000 took 11-35 s
            return {b.id: by_key.get(stories.get(b.key, b.key), b.id) for b in stopping(briefings, stop)}
    from .stories import StoryIndex, signature

    index = StoryIndex()
    ordered = sorted(briefings, key=lambda b: b.key or 0)
    out: dict[str, str] = {}
    for n, (b, full) in enumerate(zip(ordered, library.full_many(ordered, stop=stop), strict=True)):
        story = index.add(n, signature(full.title, full.text) if full.text else None)
        out[b.id] = ordered[story].id
    return out


def stories_cheap(library: Library) -> bool:
    """Whether the library's stories cost little to find: read from the index, or MinHash
    over at most stories.TEXT_STORIES_UNASKED texts in memory. The TUI finds them unasked
    only then; otherwise when a query term or the versions view needs them."""
    from .stories import TEXT_STORIES_UNASKED

    return _indexed(library, library.briefings) or len(library.briefings) <= TEXT_STORIES_UNASKED


class StoriesCancelled(Cancelled):
    """story_map's ``stop`` said so: the caller (a UI worker) is gone. A library.Cancelled,
    as every long core call's ``stop`` raises."""


def _earliest_names(in_order: Iterable[tuple[int, str]], stories: Mapping[int, int]) -> list[tuple[str, str]]:
    """(id, story name) for (index key, id) in ingest order: a story is named by the
    first of its versions; a key the index puts in no story is a story of its own."""
    first: dict[int, str] = {}
    return [(bid, first.setdefault(stories.get(key, key), bid)) for key, bid in in_order]


def story_map(library: Library, stop: Callable[[], bool] | None = None) -> "StoryMap":
    """The stories of every briefing of the library, for the query terms (is:duplicate,
    story:ID) and the list's story rows: from the index's stories table when there is
    one, else from the briefings' text in memory (the same rule, in the same order).
    A story is named by its earliest version still in the library. While a cold start's
    second pass reads the stories (:func:`figures_pending`), query.FiguresPending: a map
    with every briefing alone would say "no other version" of each, and be kept."""
    from .stories import StoryMap

    if (pending := figures_pending(library)) is not None:
        from .query import FiguresPending

        raise FiguresPending(0, *pending)

    listed = library.briefings
    from .liststore import is_store

    if is_store(listed) and _indexed(library, listed) and library.index is not None:  # index rows
        stories = library.index.shared_story_ids()
        if stories is not None:  # the pass below from the columns: no entry made (1,000,000: ~1 GB)
            import numpy as np

            # Only the entries that can share a story: a key among those rows' docs or
            # story names. Any other entry's story is its own key, which no other entry
            # has, so it is a story of one either way (from_pairs drops those): the map
            # is the one a pass over every entry made, without 1,000,000 (key, id) pairs.
            ids, keys = listed.texts["id"], listed.column_keys()
            wanted = np.fromiter({*stories, *stories.values()}, dtype=np.int64, count=-1)
            at = np.flatnonzero(np.isin(keys, wanted))
            order = at[keys[at].argsort(kind="stable")].tolist()  # keys are unique rowids: ingest order
            found = StoryMap.from_pairs(_earliest_names(((int(keys[p]), ids[p]) for p in order), stories))
            from .liststore import give_back_heap

            give_back_heap()  # np.isin's sorts of the key column, freed but kept by the C heap
            return found
    # Ingest order: index rows by key (a cold ingest stores in scan order), loaded
    # briefings (key 0) by path as the scan walks them, so both paths name stories alike.
    briefings = sorted(listed, key=lambda b: (b.key or 0, b.path, b.entry))
    if _indexed(library, briefings) and library.index is not None:
        stories = library.index.story_ids()
        if stories is not None:
            return StoryMap.from_pairs(_earliest_names(((b.key, b.id) for b in briefings), stories))

    # Without the index, only text already in memory: a list entry's file is not read
    # again for its story (that would be the whole corpus), it stands alone instead.
    # MinHash over 100,000 texts takes minutes: ``stop`` is asked as it goes, so that
    # quitting the TUI does not wait for it.
    def texts() -> Iterator[tuple[str, str, str]]:
        for n, b in enumerate(briefings):
            if stop is not None and n % 256 == 0 and stop():
                raise StoriesCancelled
            full = b if b.loaded else library.cached_full(b) or b
            yield b.id, full.title, full.text

    return StoryMap.from_texts(texts())


def story_groups(library: Library, briefings: Sequence[Briefing], stop: Stop | None = None) -> list[list[Briefing]]:
    """The briefings grouped by story, in the order of each story's first appearance
    in ``briefings`` (newest first when they are); ``stop`` as in :func:`story_of`."""
    story = story_of(library, briefings, stop=stop)
    groups: dict[str, list[Briefing]] = {}
    for b in stopping(briefings, stop):
        groups.setdefault(story.get(b.id, b.id), []).append(b)
    return list(groups.values())


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One line of a story's figure comparison: a metric (or, when no subject was read,
    one value) and each version's figures for it as written ("" when it has none)."""

    metric: str
    kind: str
    cells: tuple[str, ...]
    same: bool  # every version gives the same values (as numbers with their units)


def compare_versions(library: Library, versions: Sequence[Briefing], stop: Stop | None = None) -> list[VersionRow]:
    """Where the versions of one story differ in their figures: a row per metric and
    kind found in any version, the rows that differ first (then in the first version's
    order). Figures are compared by value and unit, not as written, so 1.5万亿元 and
    1.5萬億元, or 15000亿元, agree; dates and years are left out (a dateline is not
    news). A figure whose metric was not read is matched by its value alone. ``stop``:
    asked before each version's file is read (library.Cancelled)."""
    from .metrics import figure_metrics

    tables: list[dict[tuple[str, str, object], list]] = []
    order: dict[tuple[str, str, object], int] = {}
    for full in library.full_many(versions, stop=stop):
        table: dict[tuple[str, str, object], list] = {}
        for f, metric in zip(full.figures, figure_metrics(full.text, full.figures), strict=False):
            if f.kind in ("date", "year"):
                continue
            value = f.value if f.value is not None else (f.low, f.high)
            key = (metric, f.kind, None if metric else (value, f.unit))
            table.setdefault(key, []).append(f)
            order.setdefault(key, len(order))
        tables.append(table)
    rows = []
    for key in order:
        metric, kind, _ = key
        found = [t.get(key, []) for t in tables]
        # Each version's distinct values with their units: a paragraph a version repeats is
        # not a difference, and one metric's 6.98% and +0.90 pp are two figures, not two
        # versions disagreeing on a unit (tester s18 U7: "≠" where every value was equal).
        # A unit left blank agrees with the unit another figure of that value has.
        units_of: dict[tuple, set[str]] = {}
        for fs in found:
            for f in fs:
                if f.unit:
                    units_of.setdefault((f.value, f.low, f.high), set()).add(f.unit)
        unit_differs = any(len(u) > 1 for u in units_of.values())

        def measured(f: Figure, units_of: dict[tuple, set[str]] = units_of) -> tuple:
            known = units_of.get((f.value, f.low, f.high), set())
            return (f.value, f.low, f.high, f.unit or (min(known) if len(known) == 1 else ""))

        values = [sorted({measured(f) for f in fs}, key=repr) for fs in found]
        # units that differ for one value are shown (元 read as HKD in a Hong Kong paper's
        # copy of a mainland release looks the same as written)
        shown = (lambda f: f"{f.text} ({f.unit or '?'})") if unit_differs else (lambda f: f.text)
        cells = tuple("、".join(dict.fromkeys(map(shown, fs))) for fs in found)
        rows.append(VersionRow(metric, kind, cells, all(v == values[0] for v in values)))
    rows.sort(key=lambda r: r.same)  # stable: differing rows first, each in text order
    return rows


def row_matches(text: str):
    """A predicate on FigureRow for the figures view's filter: the query language's
    figure terms (money>1000亿: kind and value), and plain words, each of which must
    be the kind, the unit, or a part of the metric or of the text as written."""
    from .query import _COMPARE, FigureTerm, Not, Text, parse  # noqa: PLC2701 (one comparison table)

    query = parse(text)
    tests = []
    for term in query.terms:
        negate = isinstance(term, Not)
        atom = term.term if negate else term
        if isinstance(atom, FigureTerm):
            compare = _COMPARE[atom.op]

            def test(r: FigureRow, atom=atom, compare=compare) -> bool:
                return (
                    r.kind == atom.kind
                    and (not atom.unit or r.unit == atom.unit)  # money>100亿美元: USD only
                    and r.value is not None
                    and compare(r.value, atom.value)
                )
        elif isinstance(atom, Text):
            word = atom.needle  # Simplified and folded by the parser
            kind_of_word = _word_kind(word)

            def test(r: FigureRow, word=word, what=kind_of_word) -> bool:
                if what == "kind":
                    return r.kind == word
                if what == "unit":
                    return r.unit.casefold() == word
                return word in r.metric.casefold() or word in r.text
        else:
            continue  # other terms choose briefings: the list's filter does that
        tests.append((lambda r, t=test: not t(r)) if negate else test)
    return lambda r: all(t(r) for t in tests)


_SQL_OPS = {">": ">", ">=": ">=", "<": "<", "<=": "<="}
_KINDS = frozenset({"money", "percent", "area", "count", "date", "year", "ratio"})


def _word_kind(needle: str) -> str:
    """What a filter word names: a kind (``money``), a unit (``cny``, ``%``, ``m2``:
    ASCII, up to 4 characters; matched through an index) or else part of a metric or
    of the figure as written (a scan)."""
    if needle in _KINDS:
        return "kind"
    if needle.isascii() and len(needle) <= 4:
        return "unit"
    return "text"


def query_figures(
    library: Library,
    briefings: Sequence[Briefing],
    query: str = "",
    *,
    order: str = "date",
    descending: bool = True,
    filter_text: str = "",
    stop: Stop | None = None,
    once_per_story: bool = False,
):
    """The figures of a query: of ``briefings`` (the ones ``query`` chose), those its figure terms
    (``money>100亿``) keep, and ``filter_text`` (a figure filter typed on top) too. The one definition
    ``figures --all QUERY`` and the TUI's F view (the list's query, then its own filter box) share:
    the F view listed every figure of the chosen briefings (1,649 rows for money>100亿 on the dev
    library where the CLI gave 179). A query that does not parse adds no figure terms (the list shows
    what it shows); a bad ``filter_text`` raises query.QuerySyntaxError, as :func:`figure_table`."""
    from .query import QuerySyntaxError

    try:
        terms = figure_terms(query)
    except QuerySyntaxError:
        terms = ""
    combined = " ".join(t for t in (terms, filter_text.strip()) if t)
    return figure_table(
        library,
        briefings,
        order=order,
        descending=descending,
        filter_text=combined,
        stop=stop,
        once_per_story=once_per_story,
    )


def figure_terms(text: str) -> str:
    """Only the figure terms of a query (``money>1000亿``), as a query: in the CLI the
    words choose briefings, the figure terms also choose their figures."""
    from .query import FigureTerm, Not, parse

    kept = []
    for term in parse(text).terms if text.strip() else ():
        atom = term.term if isinstance(term, Not) else term
        if isinstance(atom, FigureTerm):
            kept.append(f"{'-' if isinstance(term, Not) else ''}{atom.kind}{atom.op}{atom.value!r}{atom.unit}")
    return " ".join(kept)


def sql_filter(text: str) -> tuple[str, tuple]:
    """:func:`row_matches` as an SQL condition on figrows ``f`` and its arguments."""
    from .index import kind_sql
    from .query import FigureTerm, Not, Text, parse

    clauses: list[str] = []
    args: list[object] = []
    more: list[object]
    for term in parse(text).terms if text.strip() else ():
        negate = isinstance(term, Not)
        atom = term.term if negate else term
        if isinstance(atom, FigureTerm):
            # through figs_group (index schema 22); money>100亿美元: USD figures only
            kinds, kind_args = kind_sql(atom.kind, atom.unit)
            if atom.op == "=" or atom.op not in _SQL_OPS:
                tol = abs(atom.value) * 1e-9
                clause, more = f"{kinds} AND f.value BETWEEN ? AND ?", [*kind_args, atom.value - tol, atom.value + tol]
            else:
                tol = abs(atom.value) * 1e-9 * (1 if atom.op == ">=" else -1 if atom.op == "<=" else 0)
                clause, more = f"{kinds} AND f.value {_SQL_OPS[atom.op]} ?", [*kind_args, atom.value - tol]
        elif isinstance(atom, Text):
            what = _word_kind(atom.needle)
            if what == "kind":
                kinds, kind_args = kind_sql(atom.needle)
                clause, more = kinds, list(kind_args)
            elif what == "unit":
                clause, more = "f.unit IN (?, ?)", [atom.needle, atom.needle.upper()]
            else:
                clause, more = "(instr(lower(f.metric), ?) > 0 OR instr(f.text, ?) > 0)", [atom.needle] * 2
        else:
            continue
        clauses.append(f"NOT ({clause})" if negate else f"({clause})")
        args += more
    return " AND ".join(clauses), tuple(args)


def chart_points(rows: Iterable[FigureRow]) -> list[tuple[str, float, str]]:
    """(date, value, unit) of dated rows with a value, for a chart: one unit only (the
    most common), so 万元 and % never share an axis."""
    dated = [r for r in rows if r.date and r.value is not None]
    if not dated:
        return []
    unit = Counter(r.unit for r in dated).most_common(1)[0][0]
    return [(r.date or "", float(r.value or 0.0), unit) for r in dated if r.unit == unit]
