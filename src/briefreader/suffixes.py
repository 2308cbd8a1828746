"""The file suffixes briefreader reads, in one place: ingest decides how to read a file by them and the library
scans a folder for them (review s42 R9: two hand-kept tables had drifted, and a folder's .shtml pages were read by
ingest but never listed). Plain sets, no imports: the library loads this at start-up, before ingest."""

from __future__ import annotations

HTML_EXT = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MD_EXT = frozenset({".md", ".markdown", ".mdown"})
# feeds: one briefing per entry (.rdf: RSS 1.0's own suffix, and a blog host's RSS 2.0 saved as index.rdf: dev s42f_10)
FEED_EXT = frozenset({".rss", ".atom", ".rdf", ".xml"})
TEXT_EXT = frozenset({".txt", ".text"})
# news-corpus records (one briefing a record or a row when the columns say so, else one text; an SQL dump's article
# rows); binary documents read by their libraries (ingest/formats.py); a mail and its attachments; saved web archives;
# e-books
OTHER_EXT = frozenset(
    {".json", ".jsonl", ".csv", ".tsv", ".sql", ".pdf", ".docx", ".doc", ".eml", ".mhtml", ".mht", ".epub"}
)
# every suffix the library scans for
SUFFIXES = TEXT_EXT | MD_EXT | HTML_EXT | FEED_EXT | OTHER_EXT
