"""The one definition of characters that must never reach a terminal.

Ingest strips them from briefings; the CLI and the TUI strip them again at the
display boundary for text that does not come through ingest (notes, file names,
error messages quoting a file).
"""

from __future__ import annotations

import re

# Whole escape sequences first, so "\x1b[2J" does not leave "[2J" behind.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    # String sequences only with their terminator: an unterminated one would take
    # the rest of the article with it (its ESC alone goes, as a two-character escape).
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC, ended by BEL or ST
    r"|\x1b[PX^_][^\x1b]*\x1b\\"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]"  # two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
# C0 but tab and newline, DEL, C1, bidi embeddings/overrides/isolates and marks,
# zero-width characters and the BOM, line/paragraph separators (become newlines).
# The soft hyphen (U+00AD) too: Rich counts it one cell, terminals draw it as zero or
# one, so a row holding one is misaligned on some; in Chinese text it carries nothing.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Lone surrogates: a file name that is not UTF-8 (Python's surrogateescape). No
# terminal can show them and writing one to a strict UTF-8 stream raises.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Every character strip_controls changes or removes (_UNSAFE covers \r, \x0b, \x0c,
# \x85 and the escape sequences' \x1b and \x9b): a text without any is returned as it is.
_ANY_UNSAFE = re.compile("[" + _UNSAFE.pattern[1:-1] + "\u2028\u2029\ud800-\udfff]")
# For JSON output: what _UNSAFE and _NEWLINES cover beyond C0 (json.dumps escapes C0).
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\xad\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def strip_controls(text: str) -> str:
    """Remove escape sequences and control/bidi characters; keep tab and newline."""
    if _ANY_UNSAFE.search(text) is None:  # most texts: one scan instead of three (issue 19)
        return text
    text = _NEWLINES.sub("\n", text)
    if "\x1b" in text or "\x9b" in text:
        text = _ANSI.sub("", text)
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    return _UNSAFE.sub("", text)


def one_line(text: str) -> str:
    """Safe text for a single-line display (titles, file names, messages)."""
    return " ".join(strip_controls(text).split())


def escape_json(text: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with every terminal-unsafe
    character written as a ``\\uXXXX`` escape: a JSON reader gets the exact data back,
    a terminal never sees the character. (json.dumps escapes C0 itself; characters
    outside strings are ASCII, so every match is inside a string.)"""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_PERCENT_RUN = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def readable_url(url: str) -> str:
    """``url`` for a person to read: its percent-encoded UTF-8 (a Chinese path or query,
    ``%E6%96%B0%E9%97%BB``) decoded, everything else as written. ASCII escapes (``%2F``,
    ``%20``, ``%1B``) stay encoded, so the link reads as the same link, and a run that
    is not UTF-8 (GBK) or would decode to a character unsafe to show stays encoded."""

    def decode(m: re.Match[str]) -> str:
        try:
            text = bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        return text if text.isprintable() and strip_controls(text) == text else m.group()

    return one_line(_PERCENT_RUN.sub(decode, url))


def csv_cell(value: object) -> object:
    """One CSV cell for a spreadsheet: text on one line (as written: no display-only
    selectors), and a cell starting with = + - @ prefixed with ' so no formula runs when
    briefing text is opened; a number ("-3", "+1.5") stays a number. Shared by the CLI's
    --csv and the TUI's export so the two files cannot differ."""
    if isinstance(value, str):
        value = one_line(value)
        if value[:1] in ("=", "+", "-", "@") and not _is_number(value):
            return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
