"""Mojibake: repair what can be repaired, mark what cannot.

First, on the decoded text (before control characters are stripped, since Latin-1
shows a UTF-8 byte 0x80-0x9F as a C1 control): Chinese that some tool had decoded
as Latin-1 or Windows-1252 and saved again ("æ–°é—»", "Ã¤Â¸Â­", "ÉÏº£ÊÐ", a Big5
mail's "¤j®a»¡") is read back by the round trip, when it gives ordinary Chinese
(:func:`undo_double_decoding`), and reported. Then two repairs are tried, each only
when the result reads better than the input: UTF-8 read as cp1252/Latin-1 (``â€œ``,
``Ã©``), and UTF-8 read as GBK/Big5 (a line of rare characters such as ``娴嬭瘯``).
What stays broken (bytes already replaced by ``?`` or U+FFFD by some earlier tool) is
found by a density of tell-tale signs and reported as a problem, never silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Problem
from ..punct import HAN_BASIC, HAN_EXT_A
from .decode import _IDEOGRAPH, _NOT_CHINESE, plausibility

_HAN = HAN_EXT_A + HAN_BASIC
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_LATIN_RUN = re.compile(
    r"[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0080-\u00bf]{2,}"
)
# Signs of damage: U+FFFD; "?" glued between non-ASCII text; Greek/Cyrillic, box
# drawing, private-use characters or tone-marked Latin glued to Chinese; lone
# Latin letters wedged between Chinese characters and punctuation.
_SIGN = re.compile(
    rf"\ufffd"
    rf"|(?<=[{_HAN}])\?(?=[^\s\"'“”,.，。!！?？)）])"
    # a Greek letter before a digit or a mark of a formula (学习率η1, η*, σ²) is a variable, as scientific Chinese
    # writes them (tester s46 N4: an ML article's η1 and η* said as damage)
    rf"|(?<=[{_HAN}])(?:[\u0370-\u03ff](?![0-9*'^_=+\-\u2032\u00b2\u00b3\u2080-\u2089])|[\u0400-\u04ff\u2500-\u257f\ue000-\uf8ff])"
    rf"|[\u0370-\u04ff\u2500-\u257f\ue000-\uf8ff](?=[{_HAN}])"
    rf"|(?<![(（a-z{_TONED}])[a-z]*[{_TONED}][a-z]*\)"  # pinyin with its "(" lost
    rf"|(?<=[;,])[a-z](?=[{_HAN}])"
)
# What every sign above contains: a text without any has none (one plain scan: _SIGN's
# lookarounds at every character cost ~1% of ingest, issue 19).
_SIGN_PART = re.compile(rf"[\ufffd?\u0370-\u04ff\u2500-\u257f\ue000-\uf8ff{_TONED}]|[;,][a-z]")
_WINDOW = 8


@dataclass(frozen=True, slots=True)
class Damage:
    start: int
    end: int
    excerpt: str


def _repair_latin(match: re.Match[str]) -> str:
    run = match.group()
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if any(ord(c) > 0x2FF for c in fixed):
            return fixed
    return run


def _repair_line_codec(line: str) -> str:
    """A whole line of UTF-8 read as GBK or Big5 decodes back to sensible text."""
    if plausibility(line) > 0.7:
        return line
    for codec in ("gbk", "big5"):
        try:
            fixed = line.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if plausibility(fixed) > 0.9:
            return fixed
    return line


def repair_mojibake(text: str) -> str:
    if _LATIN_RUN.search(text):
        text = _LATIN_RUN.sub(_repair_latin, text)
    if re.search(f"[{_HAN}]", text):
        text = "\n".join(_repair_line_codec(line) for line in text.split("\n"))
    return text


def find_damage(text: str) -> list[Damage]:
    """Spans that still look like mojibake: U+FFFD alone, or two signs close together."""
    if _SIGN_PART.search(text) is None:
        return []
    signs = [m.start() for m in _SIGN.finditer(text)]
    spans: list[Damage] = []
    i = 0
    while i < len(signs):
        j = i
        while j + 1 < len(signs) and signs[j + 1] - signs[j] <= _WINDOW:
            j += 1
        start, end = signs[i], signs[j] + 1
        if j > i or text[start] == "\ufffd":
            lo, hi = max(0, start - 4), min(len(text), end + 6)
            spans.append(Damage(start, end, text[lo:hi].replace("\n", " ")))
        i = j + 1
    return spans


# Text decoded as Latin-1 or Windows-1252: each character stands for one byte. Windows-1252
# shows bytes 0x80-0x9F as these (five bytes it leaves undefined stay C1 controls, as Latin-1
# shows all of them).
_CP1252_TO_LATIN1 = {
    ord(bytes([b]).decode("cp1252")): chr(b) for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_ONE_BYTE_CHARS = "\x00-\xff" + "".join(chr(c) for c in _CP1252_TO_LATIN1)
_ONE_BYTE_RUN = re.compile(f"[{_ONE_BYTE_CHARS}]+")
_ONE_BYTE = frozenset(chr(c) for c in range(256)) | frozenset(chr(c) for c in _CP1252_TO_LATIN1)
# a lead byte shown as a Latin-1 letter or sign, then another non-ASCII byte: every double-decoded
# hanzi makes one (UTF-8's leads are ä-é, common GBK and Big5 leads ¤-÷); Latin text seldom does,
# nor Chinese text's own “”, ——, …… (cp1252's 0x80-0x9F)
_HIGH_PAIR = re.compile("[\xa1-\xff][\x80-\xff" + "".join(chr(c) for c in _CP1252_TO_LATIN1) + "]")
# readings tried, UTF-8 first (its validity is the strongest sign); the legacy readings must be
# the ordinary Chinese a wrong reading never is (the bar of decode's undeclared legacy file is 0.6)
_LEGACY_INNER = ("gb18030", "big5hkscs")
MIN_HANZI = 2
MIXED_HANZI = 4  # distinct hanzi a legacy reading needs on a line that has real hanzi besides
UTF8_BAR, LEGACY_BAR = 0.8, 0.9
SCAN = 65_536  # characters searched for damage in a text whose start is real Chinese
FOREIGN_SHARE = 20  # at most one kana, Cyrillic, box-drawing or private-use character per 20 hanzi
# non-ASCII bytes of a run past which a legacy reading needs one shown as a sign (0x80-0xBF): real Chinese in
# GBK/Big5 strews them (of 12-byte windows of dev's text 0.14% have none, of 16-byte 0.02%); a line of accented
# letters ("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ", every pair a GB2312 hanzi) has none (review s16 R9)
LETTERS_ONLY_MAX = 12


@lru_cache(maxsize=2)
def _repertoire(codec: str) -> frozenset[str]:
    """The hanzi a legacy reading of real text is made of: GB2312's 6,763, Big5's 5,401 common ones."""
    rows, cells = (range(0xB0, 0xF8), range(0xA1, 0xFF)) if codec == "gb18030" else (range(0xA4, 0xC7), _BIG5_CELLS)
    chars = set()
    for hi in rows:
        for lo in cells:
            try:
                chars.add(bytes((hi, lo)).decode(codec))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


_BIG5_CELLS = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]


def _read_back(run: str, mixed: bool = False) -> tuple[str, str] | None:
    """The run's bytes (one per character) read in the encoding they were written in, when
    that reading is ordinary Chinese; None when no reading is sure."""
    raw = run.translate(_CP1252_TO_LATIN1).encode("latin-1")
    try:  # bytes that are valid UTF-8 were UTF-8: that reading or none (滴滴 as GBK is 婊存淮)
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        hanzi = _IDEOGRAPH.findall(fixed)
        return (fixed, "utf-8") if len(hanzi) >= MIN_HANZI and plausibility(fixed) >= UTF8_BAR else None
    high = [b for b in raw if b >= 0x80]
    if len(high) >= LETTERS_ONLY_MAX and all(b >= 0xC0 for b in high):
        return None
    best: tuple[float, str, str] | None = None
    for codec in _LEGACY_INNER:
        try:
            fixed = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        hanzi = _IDEOGRAPH.findall(fixed)
        # "——" thrice in a script, 0x97 0x97 each, is GBK 棗棗棗; beside real hanzi a short run of signs
        # ("µg/m³，¼¹²³": any pair B0-F7 A1-FE is a GB2312 hanzi) needs more (review s16 R9)
        if len(set(hanzi)) < (MIXED_HANZI if mixed else MIN_HANZI):
            continue
        # the reading's own repertoire: a GBK reading's hanzi are GB2312's, a Big5 one's Big5's level 1;
        # a wrong reading strews kana, Cyrillic, box drawing among its hanzi (a text may quote a few)
        score = sum(1 for ch in hanzi if ch in _repertoire(codec)) / len(hanzi)
        if score < LEGACY_BAR or len(_NOT_CHINESE.findall(fixed)) * FOREIGN_SHARE > len(hanzi):
            continue
        if best is None or score > best[0]:  # a tie goes to GB18030, tried first
            best = (score, fixed, codec)
    return (best[1], best[2]) if best is not None else None


def undo_double_decoding(text: str) -> tuple[str, Problem | None]:
    """Chinese that had been decoded as Latin-1/Windows-1252 and saved again, read back.

    Each run of one-byte characters holding non-ASCII pairs is turned back into its bytes
    and read as UTF-8, GB18030 or Big5; a reading replaces the run only when it is valid
    and ordinary Chinese (mostly common hanzi, no kana, Cyrillic or box drawing). A run
    that does not read whole (a line of real Latin text beside the damaged ones) is tried
    line by line. What is repaired is reported; what is not is left as written.
    """
    if text.isascii():
        return text, None
    # a long text whose start is real Chinese (a page's markup, a book) is searched in its start only:
    # the whole scan costs ~2% of a cold ingest of real pages, and a text damaged so is damaged throughout
    reach = len(text) if len(text) <= SCAN or _IDEOGRAPH.search(text, 0, SCAN) is None else SCAN
    if (m := _HIGH_PAIR.search(text, 0, reach)) is None:
        return text, None
    out: list[str] = []
    done = spans = 0
    used: dict[str, int] = {}
    while m is not None:  # each run of one-byte characters around a pair, once
        start = m.start()
        while start > done and text[start - 1] in _ONE_BYTE:
            start -= 1
        end = _ONE_BYTE_RUN.match(text, m.start()).end()  # type: ignore[union-attr]
        run = text[start:end]
        m = _HIGH_PAIR.search(text, end, max(reach, end))  # within the reach (review s16 R10)
        lines = run.split("\n")
        # a run that shares its first or last line with other characters (hanzi) is a piece of a line
        beside = (start > 0 and text[start - 1] != "\n", end < len(text) and text[end] != "\n")
        whole = _read_back(run, mixed=any(beside))
        pieces = (
            [whole]
            if whole is not None
            else [
                _read_back(x, mixed=(beside[0] and k == 0) or (beside[1] and k == len(lines) - 1))
                if _HIGH_PAIR.search(x)
                else None
                for k, x in enumerate(lines)
            ]
        )
        if not any(pieces):
            continue
        for got in pieces:
            if got is not None:
                used[got[1]] = used.get(got[1], 0) + 1
                spans += 1
        out.append(text[done:start])
        if whole is not None:
            out.append(whole[0])
        else:
            out.append("\n".join(got[0] if got else line for got, line in zip(pieces, lines, strict=True)))
        done = end
    if not used:
        return text, None
    out.append(text[done:])
    codecs = ", ".join(sorted(used, key=lambda c: -used[c]))
    where = "span" if spans == 1 else "spans"
    return "".join(out), Problem(
        "mojibake_repaired",
        f"text that had been read as Latin-1/Windows-1252 and saved again: {spans} {where} read back as {codecs}",
    )
