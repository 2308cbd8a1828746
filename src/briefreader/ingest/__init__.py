"""The ingest pipeline: a file in, :class:`~briefreader.model.Briefing` s out (one,
or one per entry of a feed or a file of corpus records: :func:`ingest_path`).

Steps (PRODUCT.md section 3): decode bytes, split front matter, HTML (the page's
article) / Markdown / feed entries / records to paragraphs, clean, convert to
Simplified, drop boilerplate, extract metadata (scored candidates), extract figures.
Every step is a pure function of text; problems are collected on the briefing,
never raised, so one bad file cannot stop the others.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..hanzi import detect_script, to_simplified, to_traditional
from ..model import FATAL, Briefing, Problem
from ..punct import CLOSE_QUOTE, HAN, SENTENCE_END_ZH, SENTENCE_OR_CLAUSE_END
from ..safe import strip_controls
from ..suffixes import FEED_EXT, HTML_EXT, MD_EXT
from .clean import clean_text, drop_blank_lines, drop_boilerplate, drop_own_address, failure_notice, join_broken_lines
from .decode import decode_bytes
from .feed import MAX_ENTRIES, Feed, looks_like_feed, parse_feed
from .feed_template import templated_body, templated_lines
from .formats import BINARY as _BINARY_FORMATS
from .formats import FORMATS, MAX_FILE_BYTES, format_briefings
from .frontmatter import split_front_matter
from .html import MAX_DEPTH, feed_tails, html_to_doc, looks_like_html
from .item_list import html_items, listing
from .markdown import looks_like_markdown, markdown_to_text, quoted_note, reader_header
from .metadata import extract_metadata
from .mojibake import find_damage, repair_mojibake, undo_double_decoding
from .records import (
    Records,
    json_prose,
    looks_like_json,
    looks_like_records,
    parse_json_records,
    parse_records,
    parse_xml_records,
    script_data,
    xml_document,
)

__all__ = [
    "FATAL",
    "MAX_BYTES",
    "MAX_FIGURES",
    "ingest_bytes",
    "ingest_entries",
    "ingest_file",
    "ingest_path",
    "briefing_id",
    "normalize_text",
    "original_text",
    "original_view",
    "to_simplified",
    "to_traditional",
]

MAX_BYTES = 8 * 1024 * 1024  # a briefing is a few KB; past this, read a prefix and say so
# A briefing has tens of key figures. A data dump can have hundreds of thousands,
# each carrying its sentence (up to 800 characters): hundreds of MB in memory and in
# the index cache for one file, and a list no reader can use. Past this, say so.
MAX_FIGURES = 1000
# the "suffix" of a binary document's text (a Word paragraph, a PDF's page text): plain text,
# never sniffed as HTML nor Markdown, whatever tags its prose names (tester s15 F2)
PLAIN = "plain"


def briefing_id(path: Path, root: Path) -> str:
    """Path relative to the corpus root, without extension, "/"-separated."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()


def normalize_text(text: str) -> str:
    """The text-level normalization of a body: idempotent (tested)."""
    return _normalize(text)[0]


def _normalize(text: str) -> tuple[str, str]:
    """Clean, repair, convert to Simplified, drop boilerplate; also the source script."""
    cleaned = clean_text(text)
    text = repair_mojibake(cleaned)
    if text != cleaned:  # a repaired “ may now stand next to a space that folding removes
        text = clean_text(text)
    script = detect_script(text)
    if script == "hant":
        text = to_simplified(text)
    text = _settle(text)
    if script == "hans" and detect_script(text) == "hant":
        # Only the dropped boilerplate made it read as Simplified: the article
        # itself is Traditional (and a second normalization would convert it).
        # Converted, it is another text, which the Simplified patterns read anew.
        script = "hant"
        text = _settle(to_simplified(text))
    return text, script


# extract_metadata has ~16 short strings a briefing cleaned (and converted to Simplified): path
# parts, front-matter values, outlet names, most of them the same briefing after briefing (84% of
# its calls on the benchmark's mix, 1.5% of a worker's time; issue 19, session 30). clean_text and
# to_simplified are pure, so a kept answer is the one made again; bounded, short strings only.
_CLEANED: dict[tuple[bool, str], str] = {}
_CLEANED_KEPT = 2048
_CLEANED_LONGEST = 256


def _cleaned(text: str, hant: bool) -> str:
    """clean_text of ``text``, converted to Simplified first when ``hant``."""
    key = (hant, text)
    out = _CLEANED.get(key)
    if out is None:
        out = clean_text(to_simplified(text) if hant else text)
        if len(text) <= _CLEANED_LONGEST:
            if len(_CLEANED) >= _CLEANED_KEPT:
                _CLEANED.clear()
            _CLEANED[key] = out
    return out


_SETTLE_ROUNDS = 4


def _settle(text: str) -> str:
    """Join and drop again where dropping left a wrapped line open.

    A caption or an end mark removed from between two halves of a sentence lets
    them join, and the joined line may be boilerplate in its turn; a few linear
    rounds reach the fixed point, so normalizing twice gives what once gave. The
    first round is the text's one drop_boilerplate (its lines are joined already,
    clean_text): a later round runs only where dropping let two lines join.
    """
    for n in range(_SETTLE_ROUNDS):
        joined = join_broken_lines(text)
        if n and joined == text:  # text is drop_boilerplate's, which is idempotent: nothing joined, nothing to
            break  # drop (the pass that found so was 1.2% of a worker's time on the benchmark's mix, issue 19)
        settled = drop_boilerplate(joined)
        if settled == text:
            break
        text = settled
    return text


NOT_REGULAR = "not a regular file (a pipe, socket or device)"


class _NotRegular(OSError):
    pass


def _read_prefix(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """Up to ``limit`` (MAX_BYTES) + 1 bytes of a regular file.

    Opened without blocking and checked on the open descriptor: a FIFO or a device
    where a briefing was would block the read or never end, and a check before the
    open could be raced by the file being swapped.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _NotRegular(NOT_REGULAR)
        return fh.read(limit + 1)


def ingest_file(path: Path, root: Path) -> Briefing:
    """Read and ingest one file; an unreadable file gives a briefing with a problem.
    For a feed or a file of corpus records, the first entry (see :func:`ingest_path`)."""
    return ingest_path(path, root)[0]


def ingest_path(path: Path, root: Path, entry: str | None = None, kept: dict | None = None) -> list[Briefing]:
    """Every briefing in one file: one, or one per entry of a feed or corpus file. With ``entry`` (an entry's key),
    only that entry of a feed or a records file is analysed and returned (every entry if no entry has that key).
    ``kept``: see :func:`ingest_entries`."""
    bid = briefing_id(path, root)
    try:
        data = _read_prefix(path, MAX_FILE_BYTES if path.suffix.lower() in FORMATS else MAX_BYTES)
    except OSError as exc:
        reason = (
            str(exc) if isinstance(exc, _NotRegular) else f"cannot read the file: {exc.strerror or type(exc).__name__}"
        )
        return [
            Briefing(
                id=bid, path=str(path), fingerprint="", title=bid, text="", problems=[Problem("unreadable", reason)]
            )
        ]
    return ingest_entries(data, id=bid, path=str(path), suffix=path.suffix.lower(), entry=entry, kept=kept)


def original_text(b: Briefing) -> str:
    """The decoded source of a briefing, control characters removed.

    Briefings from the index cache do not carry it (it is the file itself), so
    it is read again here, on demand.
    """
    if b.original:
        return b.original
    if b.format in _BINARY_FORMATS or Path(b.path).suffix.lower() in FORMATS:  # the text extracted, said so
        from ..library import read_guarded  # in a worker, under the limits a cold start reads it with

        found = read_guarded(Path(b.path), Path(b.path).parent)
        got = next((f for f in found if f.entry == b.entry), found[0])
        lost = next((p.message for p in got.problems if p.kind == "unreadable"), "")
        return got.original or (f"[cannot read {b.path}: {lost}]" if lost else "")
    try:
        data = _read_prefix(b.path)
    except OSError as exc:
        return f"[cannot read {b.path}: {exc.strerror or exc}]"
    decoded = decode_bytes(data[:MAX_BYTES], final=len(data) <= MAX_BYTES)
    return strip_controls(decoded.text) if decoded.text is not None else ""


_NOT_TEXT = ["head", "script", "style", "noscript", "template", "svg", "math", "object", "embed", "iframe", "rt", "rp"]
_LABEL_RE = re.compile(r"\[[^\]\n]{1,120}\]\n\n")
# what the HTML an entry of a feed or a records file holds is, said over its text: it is no page (newuser s46 N10:
# a JSON story's view was headed "[the text of this HTML page, markup removed]")
_HTML_OF = {"record": "the text of this record's HTML", "feed": "the text of this feed entry's HTML"}
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_RUN = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def original_view(b: Briefing) -> str:
    """What `o` and ``show --original`` show: the source as written, in its own script,
    with nothing normalized. A page's markup is not its text, though: an HTML page
    (or a web archive's HTML part) shows its whole text, menus and all, markup, scripts
    and styles removed, said so in a first line; everything else is original_text."""
    text = original_text(b)
    label = _LABEL_RE.match(text)
    body = text[label.end() :] if label else text
    # (an HTML page's format says so: its body is not sniffed again, review s16 R1)
    if b.format in ("markdown", "text") or (b.format != "html" and not looks_like_html(body)):
        return text
    if b.format in _BINARY_FORMATS and not (label and "HTML" in label.group()):  # a Word or PDF text, as read
        return text
    from selectolax.lexbor import LexborHTMLParser

    from .html import _paragraphs, cap_nesting

    front = split_front_matter(body)  # YAML front matter over an HTML body: text, kept as written
    header = body[: len(body) - len(front.body)].strip("\n") + "\n\n" if front.present else ""
    tree = LexborHTMLParser(cap_nesting(front.body)[0])
    node = tree.css_first("title")
    title = " ".join(node.text(deep=True).split()) if node is not None else ""
    tree.strip_tags(_NOT_TEXT)
    root = tree.body or tree.root
    page = _paragraphs(root) if root is not None else ""
    page = "\n".join(_SPACES.sub(" ", line).strip() for line in page.splitlines())  # as a browser collapses them
    page = _BLANK_RUN.sub("\n\n", page).strip()
    what = label.group()[1:-3] if label else _HTML_OF.get(b.format, "the text of this HTML page")
    head = f"[{what}, markup removed]\n\n"
    said = {" ".join(line.split()) for line in page.splitlines()}  # the <title> once, above its <h1> only if none
    return strip_controls(head + header + (f"{title}\n\n" if title and title not in said else "") + page)


def ingest_bytes(data: bytes, *, id: str, path: str = "", suffix: str = "") -> Briefing:
    """One briefing from a file's bytes (the first entry of a feed)."""
    return ingest_entries(data, id=id, path=path, suffix=suffix)[0]


def ingest_entries(
    data: bytes, *, id: str, path: str = "", suffix: str = "", entry: str | None = None, kept: dict | None = None
) -> list[Briefing]:
    """The briefings in a file's bytes: one, or one per entry of a feed or of a file of
    corpus records (ids ``<file id>#<entry key>``). Never empty. ``entry``: see :func:`ingest_path`
    (opening one entry of a 2,000-entry feed need not analyse the other 1,999).

    ``kept``: a dict the caller keeps with the file (library.PARSED) to hold a feed's or records
    file's parse, its entries not analysed, for the file's next entry read alone: J/K through a
    1.4 MB feed parsed it (feedparser) and found its entries' common tails again for each entry,
    ~0.4 s of an entry's ~0.42 (review s20 R17). Used only while the bytes' digest is the one it
    was made from; anything else in it is dropped."""
    if suffix in FORMATS:  # PDF, Word, e-mail, web archive, EPUB: never decoded as text
        return format_briefings(data, id=id, path=path, suffix=suffix)
    if data[:1024].lstrip().startswith(b"%PDF-"):  # a PDF under another name (report.pdf.txt)
        return format_briefings(data, id=id, path=path, suffix=".pdf")
    problems: list[Problem] = []
    complete = len(data) <= MAX_BYTES
    if not complete:
        data = data[:MAX_BYTES]
        problems.append(Problem("too_large", f"larger than {MAX_BYTES // 2**20} MB: only the start was read"))
    fingerprint = "sha256:" + hashlib.sha256(data).hexdigest()
    if kept is not None and kept.get("fingerprint") != fingerprint:
        kept.clear()
        kept["fingerprint"] = fingerprint
    # The cut may split a character: that is the end of the prefix, not mojibake.
    decoded = decode_bytes(data, final=complete)
    problems.extend(decoded.problems)
    stub = Briefing(
        id=id,
        path=path,
        fingerprint=fingerprint,
        title=id,
        text="",
        encoding=decoded.encoding,
        size=len(data),
        problems=problems,
    )
    if decoded.text is None:
        return [stub]
    # before the control characters go: Latin-1 shows UTF-8's bytes 0x80-0x9F as C1 controls
    read_back, repaired = undo_double_decoding(decoded.text)
    if repaired is not None:
        stub.problems.append(repaired)
    original = strip_controls(read_back)
    if suffix in FEED_EXT or (suffix not in HTML_EXT and looks_like_feed(original)):
        return _feed_briefings(stub, original, entry, kept)
    if looks_like_records(original):
        if kept is None or (records := kept.get("records")) is None:
            records = parse_records(original)
            if kept is not None:
                kept["records"] = records
        many = _record_briefings(stub, records, entry)
        if many:
            return many
    # JSON by what the text is, not by its name: JSON lines saved as news.txt (dev-retired39 s42h_08-10), a script's
    # data module (news.js, mock.js: see records.script_data); a .json file that holds no JSON is read below
    named_json = suffix in (".json", ".jsonl")
    if named_json or (suffix not in HTML_EXT and suffix not in MD_EXT):
        if kept is None or (records := kept.get("json")) is None:
            data = original if looks_like_json(original) else script_data(original)
            records = parse_json_records(data) if data is not None else None
            if kept is not None and records:
                kept["json"] = records
        if records:
            return _record_briefings(stub, records, entry)
    if named_json:
        # never nothing from a file that is text: one named .json that holds no JSON (a page or a text saved under that
        # name) is read as what it is; one that does not parse even mended (or JSON in a script's call, "cb({…})")
        # gives its string literals' prose
        if not looks_like_json(original) and not _JSON_KEY.search(original, 0, _JSON_KEY_WINDOW):
            return [_document(stub, original, "")]
        if prose := json_prose(original):
            stub.problems.append(Problem("truncated", "not valid JSON: only the prose in its strings is shown"))
            return [_document(stub, prose, PLAIN)]
        stub.problems.append(Problem("empty", "a JSON file with no article records (title and content)"))
        return [stub]
    if suffix == ".sql":  # a schema, a lookup table's rows: no article to show (an SQL dump's articles are read above)
        stub.problems.append(Problem("empty", "an SQL file with no article rows (a title and a text)"))
        return [stub]
    page = _document(replace(stub, problems=list(stub.problems)), original, suffix)
    if page.format == "html" and listing(page.text) and (items := html_items(original)):
        return _record_briefings(stub, items, entry)  # a list of other pages' items, one briefing each (item_list)
    return [page]


_JSON_KEY = re.compile(r'[{,]\s*"[^"\n]{1,100}"\s*:')
_JSON_KEY_WINDOW = 4096


def _entry_stub(stub: Briefing, key: str, content: str, first: bool = True) -> Briefing:
    """An entry of a container file. The file's own problems (cut at the cap, decoding) go on its first entry only:
    one line for the file, not one per entry (tester s16 X7: 2,000 "truncated" lines for one feed)."""
    digest = hashlib.sha256(f"{key}\0{content}".encode("utf-8", "surrogatepass")).hexdigest()
    problems = list(stub.problems) if first else []
    return replace(stub, id=f"{stub.id}#{key}", fingerprint="sha256:" + digest, problems=problems, entry=key)


# hanzi at most in what a list item shows beside its headline: a label, a count ("私家历史", "21评"), a channel's
# line ("🌸 在花频道·茶馆水群·投稿通道")
LIST_ITEM_HANZI = 16
_SENTENCE_MARK = re.compile(f"[{SENTENCE_OR_CLAUSE_END}]")
_HANZI = re.compile(f"[{HAN}]")


_MARKUP = re.compile(r"<[^<>]*>|\s+")
_TAG = re.compile(r"<[^<>]*>")
_STAMP = re.compile(
    r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:秒|分钟|小时|天|周|个月|年)前"
)
_FIGURE = re.compile(r"\d(?:[.．,，]\d|[^\d\s评万])")
_ANY_SPACE = re.compile(r"\s+")
NO_TEXT_LEFT = "no text left after cleaning"  # the problem of a document whose text cleaning left empty


# a link's own words in an entry's content ("<a href='…'>查看原文</a>")
_LINK_TEXT = re.compile(r"<a\b[^<>]{0,2000}>([^<>]{1,40})</a\s*>", re.IGNORECASE)


def _list_item_only(text: str, title: str, body: str) -> bool:
    """Is a feed entry a list item: its content shows its headline as an element's text, and the text read from
    it (the headline dropped as the title) is no more than the item's furniture, no sentence and few hanzi? Or a
    pointer to the post: every line read from it is a link's own words ("查看原文" under a scraper's label lines, its
    content no text of the post: dev s41_08) - the headline is its text either way."""
    headline = _MARKUP.sub("", title)
    return (
        bool(headline)
        and not _SENTENCE_MARK.search(text)
        # a time, a day, a bare count ("01-23 11:08", "0", "21评") is a list item's; a number with its unit is a
        # datum the entry gives ("今日油价" over "92号汽油 7.52元/升", review s19 R11)
        and not _FIGURE.search(_STAMP.sub(" ", text))
        and len(_HANZI.findall(text)) <= LIST_ITEM_HANZI
        and (
            any(_ANY_SPACE.sub("", piece) == headline for piece in _TAG.split(body))  # as an element's whole text
            or _links_only(text, body)
        )
    )


def _links_only(text: str, body: str) -> bool:
    """Is every line of the text one of the content's links' own words?"""
    labels = {_ANY_SPACE.sub("", m[1]) for m in _LINK_TEXT.finditer(body)}
    lines = [_ANY_SPACE.sub("", line) for line in text.splitlines()]
    return bool(labels) and any(lines) and all(line in labels for line in lines if line)


def _no_text_left(b: Briefing, title: str) -> bool:
    """Did an entry's content leave no text at all (markup with none in it, "<p><p>"), though it has a headline?
    It is a headline-only entry, as one whose content is empty is (a site's notice in its place stays no article)."""
    return (
        bool(_MARKUP.sub("", title).strip())
        and not b.text.strip()
        and any(p.message == NO_TEXT_LEFT for p in b.problems)
    )


_FEED_ROOT_WINDOW = 64 * 1024  # a feed's root element comes after its declaration, stylesheet and comments


def _wanted(keys: list[str], entry: str | None) -> range | tuple[int]:
    """The places of the entries to analyse: the one whose key is ``entry``, else all (none asked, or the file
    changed and no entry has that key any more). Each keeps its place, so the file's problems stay on the first."""
    if entry is not None and entry in keys:
        return (keys.index(entry),)
    return range(len(keys))


def _feed_briefings(
    stub: Briefing, original: str, entry: str | None = None, kept: dict | None = None
) -> list[Briefing]:
    parsed = kept.get("feed") if kept is not None else None
    if parsed is None:
        # (an .xml file with no feed's root near its top is data, not a feed: feedparser would take half a minute
        # over a few MB of it to find no entry)
        feed = parse_feed(original) if looks_like_feed(original, _FEED_ROOT_WINDOW) else Feed()
        # the meta line or footer the site's template prints in every entry, its counts aside (feed_template)
        spans = templated_lines([e.body for e in feed.entries], [e.plain for e in feed.entries])
        bodies = [
            templated_body(e.body, s, e.plain, dates=False) if s else e.body
            for e, s in zip(feed.entries, spans, strict=True)
        ]
        # the site's notice every entry ends with, or an outlet's sign-off many entries end with (an aggregator's feed)
        parsed = (feed, spans, feed_tails(bodies) if feed.entries else [])
        if kept is not None:
            kept["feed"] = parsed
    feed, spans, ends = parsed
    if not feed.entries:
        # an open-data file of records (<Gazette><Record><Title>…<HTMLContent>…), not a feed
        if records := parse_xml_records(original):
            return _record_briefings(stub, records, entry)
        if (document := xml_document(original)) is not None:  # one report with its fields (see xml_document)
            title, text = document
            return [_document(stub, text, PLAIN, hints={"title": title})]
        if looks_like_records(original) and (records := parse_records(original)):
            return _record_briefings(stub, records, entry)  # a corpus's <doc> records, no XML file's one root
        stub.problems.append(Problem("empty", "an XML file with no RSS or Atom entries nor records"))
        return [stub]
    if feed.more:
        stub.problems.append(
            Problem("truncated", f"more than {MAX_ENTRIES} entries: only the first {MAX_ENTRIES} are read")
        )
    out = []
    for i in _wanted([e.key for e in feed.entries], entry):
        e = feed.entries[i]
        b = _entry_stub(stub, e.key, e.title + e.body, first=not i)
        # the channel's name is the feed's, not the entry's word: a weaker hint than an entry's own <source>
        # or creator (metadata: below the entry's 来源 line or dateline)
        named = "channel" if e.source == feed.title else "source"
        hints = {"title": e.title, "date": e.date, named: e.source, "author": e.authors}
        body = e.body[: ends[i]]
        if spans[i]:  # (an entry that was only its template's line is a headline-only entry)
            own = templated_body(e.body, spans[i], e.plain, cut=ends[i], dates=False)
            body = templated_body(e.body, spans[i], e.plain, cut=ends[i]) if _TAG.sub("", own).strip() else ""
        body = body if body.strip() else e.title  # a headline-only feed: the headline is the text
        # RSS and Atom bodies are HTML, unless plain text in lines
        b = _document(b, body, ".txt" if e.plain else ".html", hints=hints, link=e.link)
        if body is not e.title and (_list_item_only(b.text, e.title, body) or _no_text_left(b, e.title)):
            # a list page made a feed: the entry's content is the list item (its headline, which the text
            # drops as the title, a section's label, a time, a count): its headline is the text, as above;
            # what the item said of the title, date and source stays read
            read = b
            b = _document(_entry_stub(stub, e.key, e.title + e.body, first=not i), e.title, ".html", hints=hints)
            b.title, b.date, b.date_precision = read.title, read.date, read.date_precision
            b.title_generated = read.title_generated
            b.source, b.authors, b.link = read.source, read.authors, read.link
        b.format = "feed"
        out.append(b)
    return out


# A corpus record's text was flattened by its scraper: paragraphs are runs of spaces
# (or SogouCS's private-use mark U+E40C) apart. Two wide spaces are a paragraph's indent
# (\u3000\u3000, or the em spaces a 新华网 record keeps: "…收官。\u2003\u2003这是…", tester s19 T11), as are
# two plain spaces after a Chinese sentence's end.
_FLATTENED_BREAK = re.compile(
    rf"[ \xa0\u3000]{{3,}}|[\u2000-\u200a\u3000]{{2,}}|(?<=[{SENTENCE_END_ZH}{CLOSE_QUOTE}]) {{2}}|\ue40c"
)
# A record's field holding one HTML block ("<p>…</p>", a JSON Feed's content_html of one paragraph) is
# markup too, though too short for looks_like_html: read as HTML, its tags never shown
# (or a field that opens with an element's tag though cut before any closes: a feed digest's summary cut at its length,
# '<img src="…/164664251748738900_a580x330.png" /><p>国铁上海局消息，…杭台高', dev s37_09)
_OPENING_TAG = re.compile(
    r"\s*<(?:p|div|img|span|br|h[1-6]|section|article|figure|table|ul|ol|blockquote)\b[^<>\n]{0,500}>", re.IGNORECASE
)
_HTML_BLOCK = re.compile(r"<(p|div|span|strong|em|b|i|a|h[1-6]|li|section|article)\b[^<>]*>.*?</\1\s*>", re.I | re.S)


def _record_briefings(stub: Briefing, records: Records, entry: str | None = None) -> list[Briefing]:
    out = []
    if records.more:
        stub.problems.append(
            Problem("truncated", f"more than {MAX_ENTRIES} records: only the first {MAX_ENTRIES} are read")
        )
    # tester s18 X2: a cut or junk line was dropped unsaid; part of the file not read, not a fatal kind
    if bad := records.bad_lines:
        shown = ", ".join(map(str, bad[:5])) + (", …" if len(bad) > 5 else "")
        lines = "line" if len(bad) == 1 else "lines"
        stub.problems.append(Problem("truncated", f"{len(bad)} {lines} not a JSON record, skipped ({lines} {shown})"))
    for i in _wanted([r.key for r in records], entry if len(records) > 1 else None):
        r = records[i]
        body = _FLATTENED_BREAK.sub("\n", r.body)  # (not written back: the records may be kept, see ingest_entries)
        b = (
            _entry_stub(stub, r.key, r.title + body, first=not i)
            if len(records) > 1
            else replace(stub, problems=list(stub.problems))
        )  # one record: the file's own id
        hints = {
            "title": r.title,
            "date": r.date or None,
            "source": r.source,
            "channel": r.channel,
            "url": r.url,
            "author": r.author,
        }
        markup = looks_like_html(body) or bool(_HTML_BLOCK.search(body[:20000]) or _OPENING_TAG.match(body))
        kind = ".md" if r.markdown else ".html" if markup else ".txt"
        b = _document(b, body, kind, hints=hints, link=r.url, paragraphs=r.paragraphs)
        b.format = "record"
        out.append(b)
    return out


def _document(
    stub: Briefing, original: str, suffix: str, hints: dict | None = None, link: str = "", paragraphs: bool = False
) -> Briefing:
    """One document's text and metadata. ``hints`` are fields a container already
    gave (a feed entry's title and date), read like front matter; ``paragraphs`` when the container marked a plain
    text's paragraphs by blank lines surely (a record's list of strings)."""
    problems = stub.problems
    front = split_front_matter(original)
    problems.extend(front.problems)
    if hints:
        front.meta = {**{k: v for k, v in hints.items() if v}, **front.meta}
    body, fmt, html_title, html_meta = front.body, "text", "", {}
    page_head = page_tail = ""
    # a .md file is Markdown even when it carries HTML (its blocks are read as HTML inside)
    if suffix not in MD_EXT and suffix != PLAIN and (suffix in HTML_EXT or looks_like_html(body)):
        doc = html_to_doc(body)
        body, fmt, html_title, html_meta = doc.text, "html", doc.title, doc.meta
        page_head, page_tail = doc.head, doc.tail
        if doc.not_an_article:  # a blog's index page: its posts are the text, said so
            problems.append(Problem("not_an_article", doc.not_an_article))
        if doc.flattened:
            problems.append(
                Problem(
                    "truncated",
                    f"HTML nested deeper than {MAX_DEPTH} levels: the deeper tags were ignored, their text kept",
                )
            )
    elif suffix in MD_EXT or (front.present and looks_like_markdown(body)):
        page_head = quoted_note(body)  # the copy's note above the headline, which the text leaves out
        if reader := reader_header(body):  # a reader service's export: the page's <title> and its address
            html_title, link = reader[0], link or reader[1]
        body, fmt = markdown_to_text(body), "markdown"

    if fmt == "text" and paragraphs:  # each paragraph's own blank lines go, the container's stay
        body = "\n\n".join(drop_blank_lines(part) for part in body.split("\n\n"))
    elif fmt == "text":  # only markup marks paragraphs surely: HTML blocks, Markdown's blank lines
        body = drop_blank_lines(body)
    if link:  # the item's own address set in its text is its link field, no text (clean.drop_own_address)
        body = drop_own_address(body, link)
    before_cleaning = body  # a footer dropped as chrome may still name the publication
    body, script = _normalize(body)
    convert = to_simplified if script == "hant" else (lambda s: s)

    around = lambda s: clean_text(convert(s)) if s else ""  # noqa: E731
    meta = extract_metadata(
        body,
        front.meta,
        html_meta,
        html_title,
        convert=lambda s: _cleaned(s, script == "hant"),
        raw_tail=original[-300:],
        page_head=around(page_head),
        page_tail=around(page_tail),
        link=link,
        before_cleaning=before_cleaning,
        listing=any(p.kind == "not_an_article" for p in problems),
        path=stub.path,
    )
    text = meta.body
    damage = find_damage(text)
    if damage:
        examples = "; ".join(f"“{d.excerpt}”" for d in damage[:3])
        problems.append(Problem("mojibake", f"{len(damage)} garbled span(s) that cannot be repaired: {examples}"))
    if notice := failure_notice(text):
        # what the site said instead of its article (a script wall, a missing page, an anti-bot check): no article,
        # whatever headline the container gave it (dev/s35_08's "Javascript must be enabled…" rows)
        problems.append(Problem("empty", f"the text is only the site's notice “{notice}”, no article"))
        text = ""
    elif not text.strip():
        problems.append(Problem("empty", NO_TEXT_LEFT))
    stub.link = meta.link
    stub.title = meta.title or stub.id
    stub.title_generated = bool(meta.title) and meta.title_generated
    stub.text = text
    stub.original = original
    stub.date, stub.date_precision = meta.date, meta.precision
    stub.source = meta.source
    stub.authors = meta.authors
    stub.script = script
    stub.format = fmt
    asked = (text, stub.source, script, body, stub.link or "")
    deferred = getattr(_deferring, "found", None)
    if deferred is not None:  # a cold start's first pass: the figures are read in its second
        deferred.append((stub, asked, problems, len(problems)))
        return stub
    stub.figures, cut = document_figures(*asked)
    if cut is not None:
        problems.append(cut)
    return stub


TRUNCATED_FIGURES = Problem("truncated", f"more than {MAX_FIGURES} figures: only the first {MAX_FIGURES} are listed")
# a text of very many numbers that are no figures (or one figure said over and over) is read only so far
# (figures.extract._CANDIDATE_FLOOR): said, so a figure past that point is not missed in silence (review s46 R4)
CUT_FIGURES = Problem("truncated", "too many numbers to read them all: figures after the first part are not listed")


def document_figures(text: str, source: str, script: str, body: str, link: str) -> tuple[list, Problem | None]:
    """A document's figures as _document reads them (at most MAX_FIGURES), and the problem to
    say when it has more, or when the scan stopped early: ``text`` its cleaned text, ``body``
    the normalized text before cleaning (the region reads its words), ``link`` its address."""
    from ..figures import detect_region
    from ..figures.extract import scan_figures

    # a bare 元 is the briefing's region's currency: read from its source, script, words
    region = detect_region(text, source=source, script=script, original=body, url=link)
    figures, complete = scan_figures(text, region=region, limit=MAX_FIGURES + 1)
    if len(figures) > MAX_FIGURES:
        return figures[:MAX_FIGURES], TRUNCATED_FIGURES
    return figures, None if complete else CUT_FIGURES


# Issue 19's two-pass cold start (library's first pass): while a thread reads inside
# figures_deferred(), _document leaves each document's figures out and records, in the order
# the documents are made, (the briefing, document_figures' arguments, its problems list and the
# place in it a "truncated" problem would take); the second pass reads them.
_deferring = threading.local()


@contextlib.contextmanager
def figures_deferred() -> Iterator[list[tuple[Briefing, tuple[str, str, str, str, str], list[Problem], int]]]:
    found: list[tuple[Briefing, tuple[str, str, str, str, str], list[Problem], int]] = []
    _deferring.found = found
    try:
        yield found
    finally:
        _deferring.found = None
