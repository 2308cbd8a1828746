"""An independent definition of terminal-unsafe characters, for tests only.

Written out from the Unicode standard, not from briefreader.safe: a test that
compared safe.py's output with safe.py itself could not notice a character that
safe.py stopped removing. Imported by the tests as ``helpers.unsafe`` (tests/ is on
sys.path because tests/conftest.py lives there).
"""

from __future__ import annotations

# Line breaks a terminal acts on besides LF: each must become "\n", never reach the
# screen as itself (CR moves the cursor back over what was written).
LINE_BREAKS = {
    "\r": "CR",
    "\x0b": "VT",
    "\x0c": "FF",
    "\x85": "NEL",
    "\u2028": "LINE SEPARATOR",
    "\u2029": "PARAGRAPH SEPARATOR",
}

# Characters that must be removed: named one by one, with the reason.
REMOVED: dict[str, str] = {}
for _code in range(0x00, 0x20):  # C0 controls: ESC starts sequences, BEL rings, BS overwrites
    if chr(_code) not in "\t\n" and chr(_code) not in LINE_BREAKS:
        REMOVED[chr(_code)] = f"C0 control U+{_code:04X}"
REMOVED["\x7f"] = "DEL"
for _code in range(0x80, 0xA0):  # C1 controls: 0x9B is an 8-bit CSI, 0x9D an OSC
    if chr(_code) not in LINE_BREAKS:
        REMOVED[chr(_code)] = f"C1 control U+{_code:04X}"
# Unicode's Bidi_Control property (PropList.txt), all of it: they reorder what follows
# ("Trojan Source": a file name or a title that reads differently from what it is).
for _ch, _name in {
    "\u061c": "ARABIC LETTER MARK",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    "\u202a": "LEFT-TO-RIGHT EMBEDDING",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "POP DIRECTIONAL FORMATTING",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE",
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE",
    "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
}.items():
    REMOVED[_ch] = _name
# Invisible characters: text that hides in a title, or splits a word a search looks for.
for _ch, _name in {
    "\u00ad": "SOFT HYPHEN",  # and terminals disagree on its width (0 or 1 cell)
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER",
    "\u2061": "FUNCTION APPLICATION",
    "\u2062": "INVISIBLE TIMES",
    "\u2063": "INVISIBLE SEPARATOR",
    "\u2064": "INVISIBLE PLUS",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
    # Interlinear annotation: U+FFF9 starts hidden ruby text that a terminal shows inline.
    "\ufff9": "INTERLINEAR ANNOTATION ANCHOR",
    "\ufffa": "INTERLINEAR ANNOTATION SEPARATOR",
    "\ufffb": "INTERLINEAR ANNOTATION TERMINATOR",
}.items():
    REMOVED[_ch] = _name

# Characters that look like controls or are unusual but must be kept as they are.
KEPT = [
    "\t",
    "\n",
    " ",
    "\u3000",
    "\xa0",
    "上",
    "經",
    "，",
    "。",
    "１",
    "％",
    "€",
    "é",
    "😀",
    "\u2027",
    "\ufffd",
    "\uff0c",
    "\u30fb",
    "ー",
]

UNSAFE = frozenset(REMOVED) | frozenset(LINE_BREAKS)


def offending(text: str) -> list[str]:
    """The unsafe characters (and lone surrogates) in ``text``, as U+XXXX names."""
    return [f"U+{ord(c):04X}" for c in text if c in UNSAFE or "\ud800" <= c <= "\udfff"]


def expected_strip(text: str) -> str:
    """What safe.strip_controls must make of ``text`` that holds no escape sequence
    (no ESC, no 8-bit CSI): CRLF and every other line break to LF, lone surrogates to
    U+FFFD, the characters of REMOVED gone, everything else untouched."""
    assert "\x1b" not in text and "\x9b" not in text, "escape sequences are not modelled here"
    text = text.replace("\r\n", "\n")
    text = "".join("\n" if c in LINE_BREAKS else c for c in text)
    text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return "".join(c for c in text if c not in REMOVED)


def expected_line(text: str) -> str:
    """What safe.one_line must make of ``text`` (no escape sequences): unsafe
    characters gone, any run of white space (line breaks included) one space."""
    return " ".join(expected_strip(text).split())
