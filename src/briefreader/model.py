"""The plain data that flows through briefreader.

Everything here is a dataclass with no behaviour beyond small derived views, so the
core (ingest, figures, topics, query, notes) and the shell (CLI, TUI) share one
vocabulary without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

Script = Literal["hans", "hant"]
DatePrecision = Literal["day", "month", "year"]
# How much of an ISO date ("2025-05-17") a date of each precision shows: "2025-05", "2023"; a day the
# whole. One table: Briefing.date_iso slices by it and the index's SQL (index._ROW_DATE) is made from it.
DATE_SHOWN_LENGTH: dict[str, int] = {"year": 4, "month": 7}

_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle ``cls`` (a slots dataclass) as its class and its fields' values in order, remade by its
    constructor. A slots object's default pickle is a state dict a object, made and read back one
    attribute at a time: a cold start's workers send every briefing's figures back that way (~24 a
    briefing, issue 19), and those objects were most of the CPU of pickling the results in the worker
    and of reading them in the process writing the index (the whole results of the 5,000 mix: dumps
    0.35 -> 0.21 s, loads 0.33 -> 0.23 s for Figure alone, session 44). The same objects come back."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if any(not f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: a field the constructor does not take")
    values = attrgetter(*names)

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one file; collected, reported, never raised.

    ``kind`` is one of :data:`PROBLEM_KINDS`.
    """

    kind: str
    message: str


# Every kind of Problem, the one list (the zh UI names each: tui/i18n.PROBLEM_KINDS_ZH):
PROBLEM_KINDS = (
    *("unreadable", "binary", "undecodable", "empty", "front_matter", "mojibake", "damaged_bytes"),
    *("mixed_encoding", "encoding_guess"),  # (ingest/decode.py)
    "mojibake_repaired",  # Chinese read as Latin-1 and saved again, read back (ingest/mojibake.py)
    *("too_large", "truncated"),
    # from the PDF, Word, e-mail and EPUB readers: a scan, a password, damage, a .doc
    *("no_text_layer", "encrypted", "corrupt", "unsupported"),
    "not_an_article",  # a page that is a list of posts (ingest/html.py)
)

# Problems that mean "not a briefing": the file is listed under problems only. Here,
# not in ingest, so the index and the library can tell without loading the pipeline.
FATAL = frozenset(
    {"unreadable", "binary", "undecodable", "empty", "no_text_layer", "encrypted", "corrupt", "unsupported"}
)  # the last four: ingest/formats.py


@_pickled_by_fields
@dataclass(slots=True)
class Figure:
    """A number that matters in the text (PRODUCT.md section 4)."""

    kind: str  # money | percent | area | count | date | year | ratio
    text: str  # the span as written, e.g. "超过3000亿元"
    start: int  # offsets of ``text`` in Briefing.text (normalized Simplified)
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str = ""  # CNY/USD/...; "%"; "m2"; a measure word for counts
    qualifier: str = "exact"  # exact | approx | over | under | nearly | range
    en: str = ""  # English rendering, e.g. "over RMB 300 bn"
    sentence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Topic:
    """One entry of the taxonomy in config.toml (``[topics.<id>]``)."""

    id: str
    zh: str
    en: str
    keywords: tuple[str, ...] = ()

    def label(self, language: str = "en") -> str:
        return self.zh if language == "zh" else self.en


# Briefing.title_written's forms by config region: auto, standard (tw: s2tw's forms, never
# Taiwan's words, hanzi.SourceForms), hk, generic.
_WRITTEN_REGIONS = {"auto": 0, "standard": 1, "tw": 1, "hk": 2, "generic": 3}


def _written_form(written: str, region: str) -> str | None:
    """One region's form of a Briefing.title_written / source_written value (one form, or
    four joined by U+001F: auto, standard, hk, generic); None when not known."""
    if not written:
        return None
    forms = written.split("\x1f")
    if len(forms) == 1:
        return forms[0]
    return forms[_WRITTEN_REGIONS.get(region, 1)] if len(forms) == 4 else None


@_pickled_by_fields
@dataclass(slots=True)
class Briefing:
    """One file of the corpus, decoded, cleaned and normalized.

    ``text`` is the normalized body in Simplified script, one paragraph per line;
    figure offsets point into it. ``original`` is the decoded source, with only
    terminal-unsafe characters removed, for the "show original" view.

    A briefing read from the index cache is a list entry: ``loaded`` is False and
    ``text``, ``original`` and ``figures`` are empty until
    :meth:`briefreader.library.Library.full` reads the file again.
    """

    id: str  # path relative to the briefings folder, no extension, "/" separators
    path: str  # absolute path on disk
    fingerprint: str  # "sha256:<hex>" of the raw bytes
    title: str
    text: str
    original: str = ""
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    source: str = ""
    authors: list[str] = field(default_factory=list)
    script: Script = "hans"  # script of the *source*
    encoding: str = ""
    format: str = "text"  # text | html | markdown | feed (an RSS/Atom entry) | record (a corpus record)
    # | pdf | docx | eml | mhtml | epub (ingest/formats.py; an attachment has its own format)
    link: str = ""  # the article's URL, when the file names one (feed entries, records, canonical links)
    entry: str = ""  # the entry's key in a feed or record file ("" for a one-document file)
    size: int = 0  # bytes on disk
    topics: list[str] = field(default_factory=list)  # topic ids
    keywords: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    loaded: bool = True
    key: int = field(default=0, compare=False)  # the index row (0: none); searches answer in keys
    # A Traditional source's title in its own characters, as the Traditional view shows it
    # (views.traditional over the decoded file), made where the file is read (index.written_title)
    # and kept in the index, so a list entry has it without reading its file again: "" unless the
    # source is Traditional; else the form for the source's own region, or, when the regions'
    # forms differ, the forms for auto, standard (tw), hk and generic joined by U+001F.
    title_written: str = field(default="", compare=False)
    # The source (outlet) line the same way (index.written_forms, schema 16): s2t of a list
    # entry's Simplified source gave 臺灣 where the page wrote 台灣.
    source_written: str = field(default="", compare=False)
    # The title is made from the lead's first clause, not a headline the source gives (metadata.lead_title: the list
    # needs a line to show, PRODUCT.md 3.6): shown dimmed, never passed off as a headline.
    title_generated: bool = False

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p]

    def written_title(self, region: str = "auto") -> str | None:
        """The title as its Traditional source writes it, for the Traditional view in
        ``region`` (config ``[display] traditional``: auto, tw, hk, generic); None when not
        known (a Simplified source, or a briefing not read through the index's path: then
        views.traditional over its decoded text, or s2t)."""
        return _written_form(self.title_written, region)

    def written_source(self, region: str = "auto") -> str | None:
        """The source line as its Traditional source writes it, as :meth:`written_title`."""
        return _written_form(self.source_written, region)

    @property
    def date_iso(self) -> str | None:
        """The date at its precision: ``2025-05-17``, ``2025-05`` or ``2023``."""
        if self.date is None:
            return None
        iso = self.date.isoformat()
        return iso[: DATE_SHOWN_LENGTH.get(self.date_precision or "day", len(iso))]


@dataclass(slots=True)
class Note:
    """A note on a briefing, as stored in notes.toml (PRODUCT.md section 8)."""

    created: dt.datetime  # timezone-aware
    text: str
    figure: str | None = None  # the cited figure as written, e.g. "超过3000亿元"
    figure_en: str | None = None  # its English rendering, kept for the export
    figure_sentence: str | None = None  # the sentence it was cited from: the evidence, exported
