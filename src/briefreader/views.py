"""What the reader shows, as plain functions: the TUI draws them, the CLI and tests use them.

No Textual here (the core never imports it): a figure's place in the text, the list's
groups and their order, topic labels, the article cut into bounded blocks and windows,
search hits, the source link and the citation of a figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, groupby
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from .model import Briefing, Figure, Topic
from .punct import HAN_ALL, MARK_PAIRS, SENTENCE_OR_CLAUSE_END

if TYPE_CHECKING:
    from .stories import StoryMap

# ----- figures in the text -------------------------------------------------------------

_SENTENCE_END = SENTENCE_OR_CLAUSE_END


def paragraph_starts(text: str) -> list[tuple[int, str]]:
    """``(offset in text, paragraph)`` for each non-empty line, matching ``Briefing.paragraphs``."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line:
            out.append((offset, line))
        offset += len(line) + 1
    return out


@dataclass(frozen=True, slots=True)
class Located:
    """Where a figure sits: its paragraph, its sentence and its own span (paragraph offsets)."""

    paragraph: int
    sentence: tuple[int, int]
    span: tuple[int, int]
    paragraph_start: int = 0  # offset of the paragraph in the text


def locate_figure(text: str, figure: Figure) -> Located | None:
    """The paragraph, sentence and span of ``figure`` in ``text`` (None when outside it).

    One pass over the line starts, no list of paragraphs: an 8 MB article has tens of
    thousands of them."""
    if not 0 <= figure.start < len(text):
        return None
    start = text.rfind("\n", 0, figure.start) + 1
    end = text.find("\n", figure.start)
    end = len(text) if end < 0 else end
    para = text[start:end]
    if not para:
        return None
    index = start and sum(1 for line in text[: start - 1].split("\n") if line)
    lo = figure.start - start
    hi = min(len(para), max(lo, figure.end - start))
    return Located(index, _sentence_around(para, lo, hi, figure.sentence), (lo, hi), start)


def _sentence_around(para: str, lo: int, hi: int, sentence: str) -> tuple[int, int]:
    """The figure's sentence: ``Figure.sentence`` if it is found around the span, else
    the text between the nearest sentence ends."""
    if sentence:
        for m in re.finditer(re.escape(sentence), para):
            if m.start() <= lo and hi <= m.end():
                return m.start(), m.end()
    start = max((para.rfind(c, 0, lo) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (para.find(c, hi) for c in _SENTENCE_END) if i >= 0]
    end = min(ends) + 1 if ends else len(para)
    return start, end


def citation(figure: Figure, briefing: Briefing) -> str:
    """``figure — sentence — title, source, date``: what ``y`` copies for a figure."""
    where = ", ".join(part for part in (briefing.title, briefing.source, briefing.date_iso or "") if part)
    parts = [figure.text + (f" ({figure.en})" if figure.en else "")]
    if figure.sentence:
        parts.append(figure.sentence)
    parts.append(where)
    return " — ".join(parts)


# ----- the article in bounded pieces ---------------------------------------------------

BLOCK_CHARS = 2_000  # a longer paragraph is drawn as several blocks, cut after a sentence
WINDOW_CHARS = 16_000  # what the article lays out at once (~0.1 s of CJK wrapping); longer: in parts
WINDOW_BLOCKS = 80


class Block(NamedTuple):
    """A piece of a paragraph: ``text[start:end]``; ``last`` when it ends its paragraph."""

    paragraph: int
    start: int
    end: int
    last: bool = True


def text_blocks(text: str, *, blank_lines: bool = False, limit: int = BLOCK_CHARS) -> list[Block]:
    """Paragraphs of ``text`` (each line, or with ``blank_lines`` each run of lines
    between blank lines) as blocks of at most ``limit`` characters.

    Costs a pass of ``str.find``: an 8 MB text is cut in milliseconds, and nothing is
    converted or wrapped until its block is shown."""
    sep = re.compile(r"\n[ \t\r\f\v]*\n\s*" if blank_lines else r"\n+")
    blocks: list[Block] = []
    paragraph, at = 0, 0
    for m in [*sep.finditer(text), None]:
        end = len(text) if m is None else m.start()
        if text[at:end].strip():
            _cut(text, at, end, paragraph, limit, blocks)
            paragraph += 1
        if m is not None:
            at = m.end()
    return blocks


def _cut(text: str, start: int, end: int, paragraph: int, limit: int, out: list[Block]) -> None:
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(c) for c in _SENTENCE_END + "，, ")
        cut = start + (cut + 1 if cut >= limit // 2 else limit)
        out.append(Block(paragraph, start, cut, last=False))
        start = cut
    out.append(Block(paragraph, start, end))


def windows(blocks: Sequence[Block], *, chars: int = WINDOW_CHARS, count: int = WINDOW_BLOCKS) -> list[range]:
    """Consecutive ranges of block indices, each under ``chars`` characters and ``count``
    blocks (a window is what the article lays out at once)."""
    out: list[range] = []
    first, size = 0, 0
    for i, block in enumerate(blocks):
        length = block.end - block.start
        if i > first and (size + length > chars or i - first >= count):
            out.append(range(first, i))
            first, size = i, 0
        size += length
    if first < len(blocks) or not out:
        out.append(range(first, len(blocks)))
    return out


def block_at(blocks: Sequence[Block], offset: int) -> int | None:
    """The block that holds text offset ``offset``."""
    i = bisect_right([b.start for b in blocks], offset) - 1 if blocks else -1
    if i >= 0 and blocks[i].start <= offset < max(blocks[i].end, blocks[i].start + 1):
        return i
    return None


# ----- search hits ---------------------------------------------------------------------

MAX_HITS = 10_000  # highlighting is for reading; an 8 MB text full of 的 stops here
_CJK_CLASS = HAN_ALL  # as textsearch's runs
_CJK_CHAR = f"[{_CJK_CLASS}]"  # patterns, compiled by re on first use (its cache keeps
_RUN = f"[{_CJK_CLASS}]+|(?:(?![{_CJK_CLASS}])[^\\W_])+"  # them): 6 ms at start-up, issue 19


def query_words(query: str) -> list[str]:
    """The words a query asks to appear (not negated ones, not fields): what the
    article highlights. An unparsable query (still being typed) has none."""
    from .query import QuerySyntaxError, Text, parse

    try:
        parsed = parse(query)
    except QuerySyntaxError:
        return []
    return [term.needle for term in parsed.terms if isinstance(term, Text) and term.needle]


def hit_pattern(words: Iterable[str], convert: Callable[[str], str] | None = None) -> re.Pattern[str] | None:
    """A regex for ``words`` as the query matches them: their runs of Chinese or of
    letters and digits in order, punctuation and spaces between ignored, a Latin run
    starting a word; case-insensitive. ``convert`` adds each word's other script."""
    alternatives: list[str] = []
    for word in words:
        for form in {word, convert(word)} if convert else {word}:
            runs = re.findall(_RUN, form)
            if not runs:
                continue
            pattern = r"[\W_]*".join(re.escape(r) for r in runs)
            if not re.match(_CJK_CHAR, runs[0]):  # a Latin run starts a word; a CJK neighbour is a boundary
                pattern = r"(?<![^\W_" + _CJK_CLASS + "])" + pattern
            alternatives.append(pattern)
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)  # the longer word wins where two overlap
    return re.compile("|".join(alternatives), re.IGNORECASE)


def find_hits(text: str, pattern: re.Pattern[str] | None, limit: int = MAX_HITS) -> list[tuple[int, int]]:
    """``(start, end)`` of each hit, in order, at most ``limit``."""
    if pattern is None:
        return []
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if m.end() > m.start():
            out.append(m.span())
            if len(out) >= limit:
                break
    return out


# ----- the list: groups, order, folding ------------------------------------------------

ITEM_HEIGHT = 2  # title line + meta line
HEADING_HEIGHT = 1
PICK_LAZY = 256  # a group at least this large keeps a filter's selection as offsets (_Picked)


class _Picked(Sequence[Briefing]):
    """The members of a group that a filter selects, kept as their offsets: only the
    rows drawn are looked up. A list of them touched every selected briefing (its
    reference count): ~17 ms a keystroke for 96,000 hits at 100,000 briefings (issue 19)."""

    __slots__ = ("_members", "_offsets")

    def __init__(self, members: Sequence[Briefing], offsets) -> None:
        self._members, self._offsets = members, offsets

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self._members[o] for o in self._offsets[index].tolist()]
        return self._members[int(self._offsets[index])]

    def __iter__(self):
        members = self._members
        return (members[o] for o in self._offsets.tolist())

    def find(self, briefing_id: str) -> int | None:
        """The index of the member with ``briefing_id``; from the positions of that id
        in a column-wise list (liststore) without making the members, else by a pass."""
        from .liststore import is_store

        if not is_store(self._members):
            return next((i for i, b in enumerate(self) if b.id == briefing_id), None)
        import numpy as np

        for p in self._members.positions_of("id", briefing_id):
            hits = np.flatnonzero(self._offsets == p)  # a sorted group's offsets do not ascend
            if len(hits):
                return int(hits[0])
        return None


def _picked(members: Sequence[Briefing], selected: bytes) -> Sequence[Briefing]:
    """The members whose byte in ``selected`` is 1, in order."""
    if isinstance(members, _Picked):  # a column-wise list's group: offsets of offsets
        import numpy as np

        return _Picked(members._members, members._offsets[np.flatnonzero(np.frombuffer(selected, dtype=np.uint8))])
    if len(members) >= PICK_LAZY:
        try:
            import numpy as np
        except ImportError:  # numpy is optional here: the list below
            pass
        else:
            return _Picked(members, np.flatnonzero(np.frombuffer(selected, dtype=np.uint8)))
    return list(compress(members, selected))


SORTS = ("date", "source", "title", "figures")

_date_of = attrgetter("date", "date_precision")


class ListRow(NamedTuple):
    """One entry of the list: a group heading (``briefing is None``) or a briefing.

    Made on demand by :class:`Rows`, for the lines in view and the cursor's moves.
    """

    briefing: Briefing | None
    heading: str = ""
    count: int = 0
    indent: int = 0  # cells; briefings under a topic heading are indented like a tree
    gap: int = 0  # blank lines above a heading, to separate groups
    collapsed: bool = False  # a folded heading: its briefings are not listed
    versions: int = 0  # a story's row: how many of its versions are shown (0: not a story)
    expanded: bool = False  # a story's row whose other versions are listed under it
    version: bool = False  # one of those other versions

    @property
    def height(self) -> int:
        return self.gap + (HEADING_HEIGHT if self.briefing is None else ITEM_HEIGHT)


@dataclass(frozen=True, slots=True)
class Group:
    """A heading and the briefings under it; ``key`` is what the list grouped on
    (a month, a topic id), so a briefing's group is found without a scan."""

    key: str
    heading: str
    items: Sequence[Briefing]
    indent: int = 0
    count: int = -1  # briefings in the group (-1: len(items)); a folded group lists none
    collapsed: bool = False

    @property
    def size(self) -> int:
        return len(self.items) if self.count < 0 else self.count


class Rows(Sequence[ListRow]):
    """The list's rows as a sequence, computed from the groups on access.

    Building a row (and its line offset) per briefing cost more than the filter itself
    at 100,000 briefings; here a new result costs O(groups), and a row or a line is
    found by bisecting the groups' starts.
    """

    def __init__(
        self,
        groups: Sequence[Group] = (),
        group_keys: Callable[[Briefing], Sequence[str]] | None = None,
        shown: ShownStories | None = None,
        expanded: frozenset[str] | set[str] = frozenset(),
        versions: frozenset[str] | set[str] = frozenset(),
        total: int | None = None,
    ):
        self.groups = list(groups)
        self._group_keys = group_keys
        # Story rows (issue 17): which shown briefings stand for their story's versions
        # (asked per row drawn, not computed for every briefing); the rows whose versions
        # are listed under them, and those versions, by id.
        self.shown = shown
        self._expanded = expanded
        self._versions = versions
        self._by_key = {g.key: i for i, g in enumerate(self.groups)}
        self._row_starts: list[int] = []  # row index of each heading
        self._line_starts: list[int] = []  # first line of each group, its gap included
        rows = lines = shown = 0
        for i, group in enumerate(self.groups):
            self._row_starts.append(rows)
            self._line_starts.append(lines)
            rows += 1 + len(group.items)
            shown += group.size
            lines += (1 if i else 0) + HEADING_HEIGHT + ITEM_HEIGHT * len(group.items)
        self._len = rows
        self.total_lines = lines
        # Folded groups count: they are in the result; so do versions folded into a story's
        # row even when their own group has nothing else to list (``total``).
        self.briefing_count = shown if total is None else total

    def __len__(self) -> int:
        return self._len

    def _heading(self, g: int) -> ListRow:
        group = self.groups[g]
        return ListRow(None, group.heading, group.size, gap=1 if g else 0, collapsed=group.collapsed)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        g = bisect_right(self._row_starts, index) - 1
        group, offset = self.groups[g], index - self._row_starts[g]
        if offset == 0:
            return self._heading(g)
        return self._item(group, group.items[offset - 1])

    def _item(self, group: Group, b: Briefing) -> ListRow:
        if self.shown is not None:
            if b.id in self._versions:
                return ListRow(b, indent=group.indent, version=True)
            n = self.shown.versions(b.id)
            if n:
                return ListRow(b, indent=group.indent, versions=n, expanded=b.id in self._expanded)
        return ListRow(b, indent=group.indent)

    def __iter__(self):
        for g, group in enumerate(self.groups):
            yield self._heading(g)
            for b in group.items:
                yield self._item(group, b)

    def group_of(self, index: int) -> int:
        """The group (index into ``groups``) that row ``index`` belongs to."""
        return bisect_right(self._row_starts, index) - 1

    def heading_index(self, group: int) -> int:
        return self._row_starts[group]

    def start_line(self, index: int) -> int:
        """The first line of row ``index`` (a heading's gap included)."""
        g = bisect_right(self._row_starts, index) - 1
        offset = index - self._row_starts[g]
        if offset == 0:
            return self._line_starts[g]
        return self._line_starts[g] + (1 if g else 0) + HEADING_HEIGHT + (offset - 1) * ITEM_HEIGHT

    def row_at_line(self, line: int) -> int | None:
        if not 0 <= line < self.total_lines:
            return None
        g = bisect_right(self._line_starts, line) - 1
        within = line - self._line_starts[g] - (1 if g else 0) - HEADING_HEIGHT
        if within < 0:
            return self._row_starts[g]
        return self._row_starts[g] + 1 + within // ITEM_HEIGHT

    def index_of(self, briefing: Briefing) -> int | None:
        """Row of ``briefing`` (by id), in the first group that lists it."""
        if self._group_keys is None:
            candidates: Iterable[int] = range(len(self.groups))
        else:
            candidates = sorted(self._by_key[k] for k in self._group_keys(briefing) if k in self._by_key)
        for g in candidates:
            items = self.groups[g].items
            if isinstance(items, _Picked):  # by the id's position, not a pass over the group
                offset = items.find(briefing.id)
                if offset is not None:
                    return self._row_starts[g] + 1 + offset
                continue
            for offset, b in enumerate(items):
                if b is briefing or b.id == briefing.id:
                    return self._row_starts[g] + 1 + offset
        story = self.shown.row_of(briefing.id) if self.shown is not None else None  # folded into its story's row
        if story is None or story.id == briefing.id:
            return None
        at = self.index_of(story)
        if at is not None and briefing.id in self._versions:
            # listed under its story's row (expanded), in the story's group, not its own
            # date's: that group may not exist (tester s19 U6: the figures view's enter on
            # a version dated elsewhere put the cursor, and the article, on the story's row)
            g = self.group_of(at)
            items = self.groups[g].items
            for k in range(at - self._row_starts[g], len(items)):
                b = items[k]
                if b.id == briefing.id:
                    return self._row_starts[g] + 1 + k
                if b.id not in self._versions:
                    break
        return at

    def group_index(self, key: str) -> int | None:
        return self._by_key.get(key)


def month_key(date, precision: str | None) -> str:
    if date is None:
        return ""
    return f"{date.year:04d}" if precision == "year" else f"{date.year:04d}-{date.month:02d}"


def date_group_keys(b: Briefing) -> tuple[str]:
    return (month_key(b.date, b.date_precision),)


def topic_group_keys(b: Briefing) -> list[str]:
    return b.topics or [""]


class FigureCount:
    """Figures per briefing for the sort by figures: a loaded briefing's own, a list
    entry's from the index's counts by key (``by_key``), which a column-wise list reads
    by its key column without making its entries."""

    def __init__(self, by_key: dict[int, int]) -> None:
        self.by_key = by_key

    def __call__(self, b: Briefing) -> int:
        return len(b.figures) if b.loaded else self.by_key.get(b.key, 0)


def source_order() -> Callable[[str], tuple[bool, bytes]]:
    """The key that orders outlets' names as a Chinese reader looks them up (collation_key: 半月谈, 财新, 人民日报,
    新华社, 中国新闻网, not by code point: new user s47 U1), no source last. One key a distinct name, kept for the list
    it sorts (a library has thousands of outlets, not a key per briefing). Measured on the outlet table's 502 names:
    of 1,970 Han characters 1,739 are GB2312's first level, 6 second (圳, 氪, 濠, 钜 …), 225 Traditional (all first
    level in Simplified)."""
    keys: dict[str, tuple[bool, bytes]] = {}

    def key(source: str) -> tuple[bool, bytes]:
        found = keys.get(source)
        if found is None:
            found = keys[source] = (source == "", collation_key(source))
        return found

    return key


# Marks around a name (《求是》, 「大公報」, "FT"): a reader looks the name up by its first word, not by the mark; the
# pairs punct knows, and the ones only a name's quoting uses
_NAME_MARKS = frozenset("".join(MARK_PAIRS.keys()) + "".join(MARK_PAIRS.values()) + "〈〉‘’\"'")
_MARKS = re.compile("[" + re.escape("".join(sorted(_NAME_MARKS))) + "]")


def collation_key(text: str) -> bytes:
    """The bytes that order a name or a title as a Chinese list does (collation_keys)."""
    return collation_keys((text,))[0]


def collation_keys(texts: Iterable[str]) -> list[bytes]:
    """Each text's bytes in the order a Chinese list sorts names and titles: pinyin order, digits and Latin letters
    (case ignored) first. The sort by source and the sort by title share it (new user s48 U3: titles were in
    code-point order, 习近平… before 国务院…). Quotation and book-title marks are passed over (《求是》 sorts as 求是,
    among the q's, not before every Chinese name: new user s48 #5).

    Dependency-free: GB2312's first level (the 3,755 common characters, B0A1-D7F9) is laid out in pinyin order, so a
    character's code in it (the codec is Python's own) is its pinyin place; its symbols come before it and the second
    level (3,008 rarer characters, by radical) after it, then any character GB2312 lacks (by code point, after a lead
    byte F8 that no GB2312 code has). ASCII is one byte below any GB2312 lead byte and every other code two (or four)
    bytes, so the bytes compare as the characters do, one by one. A text GB2312 cannot write is read in its
    Simplified form (國 as 国); those are converted together, one call (per text, a Traditional library's 100,000
    titles took ~3 s; together ~1 s), while a text it can write (nearly every title of a Simplified library) costs
    one encode."""
    out: list[bytes] = []
    todo: list[tuple[int, str]] = []  # (place, text) of each text GB2312 cannot write
    for text in texts:
        name = text.casefold()
        if _MARKS.search(name):
            name = _MARKS.sub("", name)
        try:
            out.append(name.encode("gb2312"))
        except UnicodeEncodeError:
            todo.append((len(out), name))
            out.append(b"")
    if todo:
        from .hanzi import to_simplified

        names = [name.replace("\n", " ") for _place, name in todo]
        simplified = to_simplified("\n".join(names)).split("\n")
        if len(simplified) != len(names):  # (a conversion that changed the lines: each on its own)
            simplified = [to_simplified(name) for name in names]
        for (place, _name), name in zip(todo, simplified, strict=True):
            out[place] = _by_character(name)
    return out


def _by_character(name: str) -> bytes:
    out = bytearray()
    for ch in name:
        try:
            out += ch.encode("gb2312")
        except UnicodeEncodeError:
            out += b"\xf8" + ord(ch).to_bytes(3, "big")
    return bytes(out)


def sort_key(by: str, figure_count: Callable[[Briefing], int] | None = None) -> Callable[[Briefing], object] | None:
    """The key that orders briefings within a group; None: as they arrive (newest first)."""
    if by == "source":
        collate = source_order()
        return lambda b: collate(b.source)
    if by == "title":
        return lambda b: collation_key(b.title)
    if by == "figures":
        count = figure_count or (lambda b: len(b.figures))
        return lambda b: -count(b)
    return None


class Layout:
    """The groups of a whole list, computed once; then any selection of it (a filter
    result, as a mask with one byte per briefing) is laid out without touching a
    briefing.

    At 100,000 briefings, reading each result's dates to group it cost ~45 ms a
    keystroke, mostly cache misses on objects spread over the heap; slicing and
    compressing each group by the mask costs a few. A sort other than by date orders
    each group once, here; a keystroke then reads the mask in that order.
    """

    def __init__(
        self,
        briefings: Sequence[Briefing],
        by: str = "date",
        topic_order: Sequence[str] = (),
        sort: str = "date",
        figure_count: Callable[[Briefing], int] | None = None,
        stories: StoryMap | None = None,
    ) -> None:
        self.briefings = briefings
        self.by = by
        self.sort = sort
        self.stories = stories
        self._stories = _story_positions(briefings, stories) if stories else []
        self._story_groups: dict[int, list[int]] = {}  # a story member's position -> its groups
        # Flat, for a keystroke's C-speed passes: every story's positions, earliest first.
        self._flat = [p for positions in self._stories for p in positions]
        self._bounds = [0]
        for positions in self._stories:
            self._bounds.append(self._bounds[-1] + len(positions))
        self._firsts = [positions[0] for positions in self._stories]
        keep = bytearray(b"\x01" * len(briefings))
        for positions in self._stories:
            for p in positions[1:]:
                keep[p] = 0
        self._keep_first = int.from_bytes(keep, "big")
        self._everything = b"\x01" * len(briefings)
        self._everything_mask: bytes | None = None
        self._everything_items: dict[int, list[Briefing]] = {}
        self._member_story: dict[str, int] = {}  # a member's id -> its story (index into _stories)
        self._story_index: dict[str, list[int]] = {}  # story id -> its positions
        from .liststore import is_store

        store = briefings if is_store(briefings) else None
        id_of = store.texts["id"].__getitem__ if store is not None else (lambda p: briefings[p].id)
        if stories:
            for s, positions in enumerate(self._stories):
                for p in positions:
                    self._member_story[id_of(p)] = s
                self._story_index[stories.story_of(id_of(positions[0]))] = positions
        groups: dict[str, list[int]] = {}
        if store is not None:
            groups, order = _store_groups(store, by, topic_order)
        elif by == "date":
            keys: dict[tuple, str] = {}  # a few thousand distinct dates among 100,000 briefings
            at = 0
            for date_key, run in groupby(briefings, _date_of):  # runs of one date: once per date
                key = keys.get(date_key)
                if key is None:
                    key = keys[date_key] = month_key(*date_key)
                size = sum(1 for _ in run)
                groups.setdefault(key, []).extend(range(at, at + size))
                at += size
            order = list(groups)  # newest first, as the briefings arrive
        else:
            for i, b in enumerate(briefings):
                for topic in b.topics or [""]:
                    groups.setdefault(topic, []).append(i)
            order = [t for t in topic_order if t in groups]
            order += sorted(t for t in groups if t and t not in topic_order)
            if "" in groups:
                order.append("")
        key_fn = sort_key(sort, figure_count)
        counts: Any = None  # figures per entry of a column-wise list, for the sort by figures
        if sort == "title":  # each title's key once, together (collation_keys), from the column of a column-wise list
            titles = store.title_column() if store is not None else [b.title for b in briefings]
            title_keys = collation_keys(titles[p] for p in range(len(briefings)))
            key_fn = None
            position_key = title_keys.__getitem__
        elif store is not None and sort == "source":  # the same keys, from columns
            collate = source_order()
            key_fn = None
            position_key = lambda p: collate(store.source_of(p))  # noqa: E731
        elif store is not None and sort == "figures" and isinstance(figure_count, FigureCount):
            import numpy as np

            get = figure_count.by_key.get  # the counts' order by numpy below, not a key call per entry
            counts = np.fromiter((get(k, 0) for k in store.column_keys().tolist()), dtype=np.int64, count=len(store))
            key_fn = position_key = None
        else:
            position_key = None if key_fn is None else (lambda p: key_fn(briefings[p]))
        self._groups: list[tuple[str, range | list[int], Sequence[Briefing]]] = []
        for key in order:
            positions = groups[key]
            if position_key is not None:  # stable: equal keys stay newest first
                positions = sorted(positions, key=position_key)
            elif counts is not None:  # most figures first; stable: equal counts stay newest first
                at = np.asarray(positions, dtype=np.int64)
                positions = at[np.argsort(-counts[at], kind="stable")].tolist()
            first, last = positions[0], positions[-1]
            contiguous = last - first + 1 == len(positions) and position_key is None and counts is None
            span = range(first, last + 1) if contiguous else positions  # usually a range
            if store is not None:  # members made when drawn, not 1,000,000 objects
                import numpy as np

                offsets = np.arange(first, last + 1) if contiguous else np.asarray(positions, dtype=np.int64)
                self._groups.append((key, span, _Picked(briefings, offsets)))
            else:
                self._groups.append((key, span, [briefings[p] for p in positions]))
        if self._stories:
            members = {p for positions in self._stories for p in positions}
            for g, (_key, positions, _items) in enumerate(self._groups):
                for p in (
                    members.intersection(positions)
                    if len(members) < len(positions)
                    else filter(members.__contains__, positions)
                ):
                    self._story_groups.setdefault(p, []).append(g)

    def rows(
        self,
        heading: Callable[[str], str],
        mask: bytes | None = None,
        collapsed: frozenset[str] | set[str] = frozenset(),
        expanded: frozenset[str] | set[str] = frozenset(),
    ) -> Rows:
        """Rows for the briefings whose byte in ``mask`` is 1 (all when None), groups
        whose key is in ``collapsed`` folded to their heading.

        With stories, the shown versions of one story are one row: the earliest version
        (see :func:`_story_positions`), which says how many there are; when the story's
        id (StoryMap.story_of) is in ``expanded`` the others follow it, earliest first. A group's
        count is the rows listed under its heading (a story's row is one; its versions when
        expanded, each one; a folded group: the rows it would list), so a version dated in
        another month is not counted where it is not listed; the status count
        (``Rows.briefing_count``) still counts briefings, versions included."""
        under: dict[int, list[int]] = {}  # group -> positions of its expanded stories' rows
        listed_under: dict[int, list[int]] = {}  # position of an expanded story's row -> its other versions
        open_rows: set[str] = set()
        versions: set[str] = set()
        counted = mask
        shown: ShownStories | None = None
        if self._stories:
            full = mask if mask is not None else self._everything
            shown = ShownStories(self, full)
            if full == self._everything:  # nothing filtered: the same every time, kept
                if self._everything_mask is None:
                    self._everything_mask = self._story_mask(full)
                mask = self._everything_mask
            else:
                mask = self._story_mask(full)
            for story in expanded if self.stories is not None else ():
                positions = self._story_index.get(self.stories.story_of(story) if self.stories else story)
                if positions is None:
                    continue
                listed = [p for p in positions if full[p]]
                if len(listed) < 2:
                    continue
                first = listed[0]
                listed_under[first] = listed[1:]
                open_rows.add(self.briefings[first].id)
                versions.update(self.briefings[p].id for p in listed[1:])
                for g in self._story_groups.get(first, ()):
                    under.setdefault(g, []).append(first)
        chosen: list[tuple[int, Group]] = []
        indent = 2 if self.by == "topic" else 0
        for g, (key, positions, members) in enumerate(self._groups):
            if mask is None:
                items, first = members, positions[0]
            else:
                if isinstance(positions, range):
                    selected = mask[positions.start : positions.stop]
                else:
                    selected = bytes(map(mask.__getitem__, positions))
                first_index = selected.find(1)
                if first_index < 0:
                    continue
                first = positions[first_index] if self.sort == "date" else min(positions)
                if key in collapsed:  # the rows it would list when unfolded
                    count = selected.count(1) + sum(len(listed_under[p]) for p in under.get(g, ()))
                    chosen.append((first, Group(key, heading(key), (), indent, count, True)))
                    continue
                if mask is self._everything_mask and not isinstance(members, _Picked):
                    items = self._everything_items.get(g) or self._everything_items.setdefault(
                        g, list(compress(members, selected))
                    )
                else:
                    items = _picked(members, selected)
                if shown is not None:  # the group counts the rows it lists (expanded versions too)
                    if g in under:
                        items = self._with_versions(items, positions, selected, under[g], listed_under)
                    chosen.append((first, Group(key, heading(key), items, indent)))
                    continue
            if key in collapsed:
                chosen.append((first, Group(key, heading(key), (), indent, len(items), True)))
                continue
            chosen.append((first, Group(key, heading(key), items, indent)))
        if self.by == "date":
            # Where month and year-only dates interleave, a group's place depends on
            # which of its briefings are selected (its first one); elsewhere a no-op.
            chosen.sort(key=lambda pair: pair[0])
        return Rows(
            [g for _, g in chosen],
            date_group_keys if self.by == "date" else topic_group_keys,
            shown,
            frozenset(open_rows),
            frozenset(versions),
            None if shown is None else (len(self.briefings) if counted is None else counted.count(1)),
        )

    def _story_mask(self, mask: bytes) -> bytes:
        """``mask`` with each story's shown versions but its earliest shown one cleared:
        an AND with the mask that keeps only each story's earliest version, then, for the
        stories whose earliest version is not shown, their earliest shown one set again
        (a loop over those stories only; none when nothing is filtered)."""
        n = len(mask)
        bits = bytearray((int.from_bytes(mask, "big") & self._keep_first).to_bytes(n, "big"))
        first_shown = bytes(map(mask.__getitem__, self._firsts))
        flat, bounds = self._flat, self._bounds
        for s in compress(range(len(self._firsts)), first_shown.translate(_FLIP)):
            for i in range(bounds[s] + 1, bounds[s + 1]):
                if mask[flat[i]]:
                    bits[flat[i]] = 1
                    break
        return bytes(bits)

    def _with_versions(self, items, positions, selected, rows, listed_under) -> list[Briefing]:
        """``items`` with each expanded story's other versions right after its row."""
        places = []
        for p in rows:
            k = p - positions.start if isinstance(positions, range) else positions.index(p)
            places.append((selected[:k].count(1), p))  # the row's index among the shown
        items = list(items)
        for index, p in sorted(places, reverse=True):
            items[index + 1 : index + 1] = [self.briefings[v] for v in listed_under[p]]
        return items


_FLIP = bytes([1, 0]) + bytes(range(2, 256))  # a mask's 0 <-> 1


class ShownStories:
    """Which shown briefings are their stories' rows, asked for the rows drawn: a
    story's row is its earliest version among those ``mask`` shows."""

    def __init__(self, layout: Layout, mask: bytes) -> None:
        self._layout = layout
        self._mask = mask

    def _shown(self, briefing_id: str) -> list[int]:
        s = self._layout._member_story.get(briefing_id)
        if s is None:
            return []
        return [p for p in self._layout._stories[s] if self._mask[p]]

    def versions(self, briefing_id: str) -> int:
        """How many versions the row of ``briefing_id`` stands for; 0 when it is not a
        story's row (no other version shown, or not the earliest shown)."""
        shown = self._shown(briefing_id)
        if len(shown) < 2 or self._layout.briefings[shown[0]].id != briefing_id:
            return 0
        return len(shown)

    def row_of(self, briefing_id: str) -> Briefing | None:
        """The briefing whose row stands for ``briefing_id``'s story (itself or the
        earliest shown version); None when its story has no version shown."""
        shown = self._shown(briefing_id)
        return self._layout.briefings[shown[0]] if shown else None

    def fingerprints(self, briefing_id: str) -> list[str]:
        """The fingerprints of the shown versions of ``briefing_id``'s story (a handful;
        none when it has no story): what its folded row stands for."""
        briefings = self._layout.briefings
        return [briefings[p].fingerprint for p in self._shown(briefing_id)]


def _story_positions(briefings: Sequence[Briefing], stories: StoryMap) -> list[list[int]]:
    """For each story with two versions or more in ``briefings``: their positions, the
    row's first. The row is the **earliest** version (oldest date; among equal dates,
    the first ingested; undated ones last): the original release, whose headline the
    republications edit, and a row that does not move when a later copy arrives."""
    from .liststore import is_store

    if is_store(briefings):  # a column-wise list: ids and dates as columns
        story = stories.story
        where = {i: p for p, i in enumerate(briefings.ids()) if i in story}
        dates = briefings.ordinals.tolist()

        def earliest(p: int) -> tuple[bool, int]:
            return dates[p] == 0, dates[p]
    else:
        where = {b.id: p for p, b in enumerate(briefings) if b.id in stories.story}

        def earliest(p: int) -> tuple[bool, Any]:
            return briefings[p].date is None, briefings[p].date or 0

    out = []
    for members in stories.members.values():
        found = [where[i] for i in members if i in where]  # ingest order
        if len(found) < 2:
            continue
        found.sort(key=earliest)  # stable: ingest order
        out.append(found)
    return out


def _store_groups(store: Any, by: str, topic_order: Sequence[str]) -> tuple[dict[str, Any], list[str]]:
    """Layout's groups of a column-wise list (liststore.ListStore) from its columns:
    the same keys, positions and order as the pass over briefings makes."""
    import numpy as np

    groups: dict[str, Any] = {}
    if by == "date":
        codes = store.month_codes()
        starts = np.flatnonzero(np.diff(codes)) + 1 if len(codes) else np.zeros(0, dtype=np.int64)
        bounds = [0, *starts.tolist(), len(codes)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            if hi <= lo:
                continue
            code = int(codes[lo])
            if code < 0:
                key = ""
            elif code % 100 == 0:
                key = f"{code // 100:04d}"
            else:
                key = f"{code // 100:04d}-{code % 100:02d}"
            seen = groups.get(key)  # a range, unless year-only dates interleave with a month's
            groups[key] = range(lo, hi) if seen is None else [*seen, *range(lo, hi)]
        return groups, list(groups)
    lists, codes = store.topic_lists()
    per_topic: dict[str, list[int]] = {}
    for number, topics in enumerate(lists):
        for topic in topics or [""]:
            per_topic.setdefault(topic, []).append(number)
    for topic, numbers in per_topic.items():
        positions = np.flatnonzero(np.isin(codes, numbers))
        if len(positions):
            groups[topic] = positions.tolist()
    order = [t for t in topic_order if t in groups]
    order += sorted(t for t in groups if t and t not in topic_order)
    if "" in groups:
        order.append("")
    return groups, order


def rows_by_date(briefings: Sequence[Briefing], undated: str) -> Rows:
    """Month headings over the briefings, which arrive newest first."""
    return Layout(briefings, "date").rows(lambda key: key or undated)


def rows_by_topic(
    briefings: Sequence[Briefing], topic_order: Sequence[str], label: Callable[[str], str], no_topic: str
) -> Rows:
    """A heading per topic (taxonomy order); a briefing appears under each of its topics."""
    return Layout(briefings, "topic", topic_order).rows(lambda t: label(t) if t else no_topic)


# ----- labels --------------------------------------------------------------------------


def topic_label(topics: Mapping[str, Topic], topic_id: str, language: str) -> str:
    """A topic heading, bilingual, the UI language first: ``Metaverse · 元宇宙``."""
    topic = topics.get(topic_id)
    if topic is None:
        return topic_id
    first, second = (topic.zh, topic.en) if language == "zh" else (topic.en, topic.zh)
    return f"{first} · {second}"


def chip_label(topics: Mapping[str, Topic], topic_id: str) -> str:
    """A list chip: the short Chinese label in both UI languages (English labels are
    three times wider and would leave room for one chip at most)."""
    topic = topics.get(topic_id)
    return topic.zh if topic else topic_id


# ----- the source link -----------------------------------------------------------------

_URL = r"https?://[^\s\"'<>]+"


# A front-matter or e-mail header line naming the page (one pattern, linear: anchored
# at a line's start, no two unbounded runs).
_HEADER_URL = (
    r"^(?:url|link|source_url|source-url|canonical|canonical_url|original_url|permalink|"
    r"Content-Location|X-Original-URL|Archived-At)\s*[:=]\s*[\"'<]?(" + _URL + ")"
)
# A <link> or <meta> tag's attributes, up to its end or the next "<": each tag is read once
# (the patterns this replaces ran "[^>]*" twice around an attribute and took hours on a
# 64 KB head of "<link rel=canonical " repeated, in every ingest of such a text file:
# review s14). An attribute starts after a space or a quote, never inside another's name.
_TAG = r"<(link|meta)\b([^<>]*)"
_ATTRIBUTE = r"""(?<![-\w:.])([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))"""
_FEED_LINK = r"<link>\s*(" + _URL + r")\s*</link>"  # a feed entry


def _tag_links(head: str) -> dict[str, str]:
    """The first link of each kind the tags in ``head`` name: "canonical" (<link
    rel=canonical href=…>), "og" (<meta property=og:url content=…>), "alternate"
    (<link href=… rel=alternate>: an entry's own page, as an Atom entry writes it; a page's
    <link rel="alternate" type="application/rss+xml" …> names its feed, not itself);
    attributes quoted or not, in any order but the alternate's."""
    found: dict[str, str] = {}
    for tag in re.finditer(_TAG, head, re.I):
        attrs: dict[str, str] = {}
        order: list[str] = []
        for a in re.finditer(_ATTRIBUTE, tag[2]):
            value = a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]
            attrs.setdefault(name := a[1].lower(), value.strip())
            order.append(name)
        if tag[1].lower() == "link":
            rel = attrs.get("rel", "").lower().split()
            entry = "href" in order and order.index("href") < order.index("rel") if "rel" in order else False
            kind = "canonical" if "canonical" in rel else "alternate" if "alternate" in rel and entry else ""
            value = attrs.get("href", "")
        else:
            kind = "og" if attrs.get("property", "").lower() == "og:url" else ""
            value = attrs.get("content", "")
        if kind and kind not in found and (m := re.match(_URL, value, re.I)):
            found[kind] = m[0]
    return found


URL_SCAN = 64_000  # a link is in the head of a file: never scan 8 MB for one


def source_url(original: str) -> str | None:
    """The page a briefing came from, named in its source (front matter, canonical
    link, Open Graph, a feed entry, an e-mail header); None when it names none.
    Only http(s), and only printable: it goes to a browser."""
    head = original[:URL_SCAN]
    header = re.search(_HEADER_URL, head, re.I | re.M)
    feed = re.search(_FEED_LINK, head, re.I)
    tags = _tag_links(head) if "<" in head else {}
    for url in (
        header and header[1],
        tags.get("canonical"),
        tags.get("og"),
        feed and feed[1],
        tags.get("alternate"),
    ):
        if url:
            url = url.rstrip(".,;)\"'")
            if url.isprintable():
                return url.replace("&amp;", "&")
    return None


# ----- the source's region ------------------------------------------------------------

_LANG_TAG = re.compile(r"""\b(?:xml:)?lang\s*=\s*["']?([A-Za-z-]{2,20})|<language>\s*([A-Za-z-]{2,20})""", re.I)
# Where a _LANG_TAG match can start: 4 before "lang" (xml:lang), 1 before (<language>) or at it.
# Tried only there: finditer tried the pattern at every character of a 64 KB head, 2.5 ms a saved
# page, most of a worker's region detection (issue 19); a literal's search is ~6x faster.
_LANG_WORD = re.compile("lang", re.I)


def _lang_tags(head: str) -> Iterator[re.Match[str]]:
    """``_LANG_TAG.finditer(head)``, the same matches, trying the pattern only where one can start."""
    end = 0
    for word in _LANG_WORD.finditer(head):
        at = word.start()
        for start in (at - 4, at - 1, at):
            if start >= end and start >= 0 and (m := _LANG_TAG.match(head, start)):
                end = m.end()
                yield m
                break


_REGION_TLDS = {"hk": "hk", "mo": "hk", "tw": "tw"}


def source_region(original: str) -> str | None:
    """Where a source was published, for writing it in its own Traditional forms:
    ``hk`` or ``tw`` when the file says so, None when it does not.

    Precision first: a language tag naming Hong Kong or Macau (``zh-HK``,
    ``zh-Hant-HK``) or the source link's country domain (``.hk``, ``.tw``, ``.mo``).
    ``zh-TW`` alone is not taken as Taiwan: Hong Kong sites (RTHK, HKET's feed) use it
    to mean "Traditional"; the characters themselves do not tell either (Hong Kong
    papers print the forms OpenCC calls Taiwanese)."""
    head = original[:URL_SCAN]
    for m in _lang_tags(head):
        parts = (m.group(1) or m.group(2) or "").lower().split("-")
        if parts[0] == "zh" and ("hk" in parts[1:] or "mo" in parts[1:]):
            return "hk"
    url = source_url(original)
    if url:
        host = re.sub(r"^https?://", "", url).split("/")[0].split(":")[0].lower()
        return _REGION_TLDS.get(host.rsplit(".", 1)[-1])
    return None


# ----- the Traditional view --------------------------------------------------------------


def traditional(text: str, briefing: Briefing | None, region: str = "standard", *, keep: bool = True) -> str:
    """``text`` (Simplified, of ``briefing`` when given) as the Traditional view shows it.

    A source written in Traditional is shown in its own characters (hanzi.SourceForms:
    s2t of its Simplified text changed 發放 to 髮放, 係 to 系, 計畫 to 計劃; tester s14 F2),
    which needs its decoded text (``original``, a briefing read in full); a Simplified
    source is converted in ``region``'s forms; Japanese (kana) is never converted
    (tester s14 F6): its kanji are neither script. ``keep``: keep the source's forms
    among the last few learned (False: a one-off, the list's title of a briefing not shown)."""
    from .hanzi import SourceForms, is_japanese, source_forms, to_traditional

    if not text or text.isascii():
        return text
    if briefing is not None and briefing.loaded and briefing.text:
        if _japanese(briefing.text):
            return text
    elif is_japanese(text):  # a list entry: its text is not read; its own words tell
        return text
    if briefing is not None and briefing.script == "hant" and briefing.original:
        forms = source_forms(briefing.original, region) if keep else SourceForms(briefing.original, region)
        return forms.convert(text)
    return to_traditional(text, region)


@lru_cache(maxsize=16)
def _japanese(text: str) -> bool:
    from .hanzi import is_japanese

    return is_japanese(text)
