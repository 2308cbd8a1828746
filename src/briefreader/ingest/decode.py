"""Bytes to text: BOMs, UTF-8, UTF-16, GB18030, Big5, then a real detector.

Chinese legacy encodings are hard to tell apart by validity alone: GB18030 decodes
almost any byte string, and many GBK files are also valid Big5. So every candidate
that decodes is scored by how *ordinary* its Chinese looks (the share of characters
in the first, most frequent, level of GB2312 or Big5). A wrong guess produces rare
characters; the right one produces common ones.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Problem

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it shares the prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats that are certainly not briefings, by their first bytes.
_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
    b"SQLite format 3",
)

_LEGACY = ("gb18030", "big5", "big5hkscs")
_NOT_CHINESE = re.compile("[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\uac00-\ud7af\ue000-\uf8ff]")

# Declared charsets read as their superset: pages and mails declare the narrow name
# and use the wide one.
WIDER_CODECS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cp950": "big5hkscs",
}
# <?xml ... encoding="gb2312"?> (or an encoding attribute on the file's first tag, as
# corpus wrappers write it: <text id=... encoding="gb2312">), <meta charset="gbk">,
# <meta http-equiv=... content="text/html; charset=gb2312">
_DECLARED = re.compile(
    rb"\A\s*<[?A-Za-z][^>]{0,500}?\bencoding\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})"
    rb"|<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})",
    re.IGNORECASE,
)
# Damage a declared charset may carry and still be believed: a few sequences, or
# one in a thousand bytes (pages saved or pasted with a byte or two mangled).
_FEW_DAMAGED = 3
_DAMAGE_SHARE = 0.001


@dataclass(slots=True)
class Decoded:
    text: str | None  # None when the bytes are not a text document
    encoding: str = ""
    problems: list[Problem] = field(default_factory=list)


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The ~9,000 most used characters: GB2312 level 1 plus Big5 level 1."""
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):  # GB2312 level 1 (3,755 characters)
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for hi in range(0xA4, 0xC7):  # Big5 level 1 (5,401 characters)
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


# CJK ideographs as decoding counts them (wider than punct.HAN_ALL: any plane-2+ point)
_IDEOGRAPH_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x10FFFF))
_IDEOGRAPH = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _IDEOGRAPH_RANGES) + "]")


@lru_cache(maxsize=1)
def _common_ideograph() -> re.Pattern[str]:
    """The common characters that are ideographs, as one character class (runs of
    code points): counted by the regex engine, 3x faster than a loop over the text."""
    return _char_class(_runs(sorted(ord(ch) for ch in _common_hanzi() if _IDEOGRAPH.match(ch))))


@lru_cache(maxsize=1)
def _uncommon_ideograph() -> re.Pattern[str]:
    """The ideographs that are not common ones: a text without any has plausibility
    1.0, found by one search with no list made (most lines of real text: issue 19)."""
    common = sorted(ord(ch) for ch in _common_hanzi())
    runs: list[list[int]] = []
    for lo, hi in _IDEOGRAPH_RANGES:  # each range with the common points cut out
        start = lo
        for p in common:
            if lo <= p <= hi:
                if p > start:
                    runs.append([start, p - 1])
                start = p + 1
        if start <= hi:
            runs.append([start, hi])
    return _char_class(runs)


def _char_class(runs: list[list[int]]) -> re.Pattern[str]:
    """One character class of runs of code points."""
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs) + "]")


def _runs(points: list[int]) -> list[list[int]]:
    """Sorted code points as runs [first, last]."""
    runs: list[list[int]] = []
    for p in points:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return runs


def plausibility(text: str) -> float:
    """Share of CJK ideographs that are common ones (1.0 when there are none)."""
    if _uncommon_ideograph().search(text) is None:  # every ideograph, if any, is a common one
        return 1.0
    total = len(_IDEOGRAPH.findall(text))
    return len(_common_ideograph().findall(text)) / total if total else 1.0


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    # Text has almost no C0 controls besides whitespace; NULs are left to the
    # UTF-16 check, which runs first.
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 20)


STRAY_NULS = 0.001  # of a file's bytes, at most, for its NULs to be strays in text (UTF-16 has one in 2 to 4 of ASCII)
STRAY_NULS_MIN = 4  # NULs a short file may hold as strays


def _stray_nuls(data: bytes) -> bool:
    """Are the file's NUL bytes a few strays in text, not the structure of a binary file or of UTF-16? Few, and
    the only control bytes of the file's start besides whitespace and ESC: a header's "\x00\x01\x02" is a format's."""
    if data.count(b"\x00") > max(STRAY_NULS_MIN, len(data) * STRAY_NULS):
        return False
    return not any(b < 32 and b not in (0, 9, 10, 12, 13, 27) for b in data[:8192])


def _textlike(text: str) -> float:
    """Share of characters that ordinary text is made of."""
    if not text:
        return 0.0
    common = _common_hanzi()
    good = sum(
        1
        for ch in text
        if ch in common
        or " " <= ch <= "~"
        or ch in "\n\r\t"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or "\u2010" <= ch <= "\u2027"
    )
    return good / len(text)


# Characters a Chinese text holds besides the common hanzi _textlike counts, rarer but real: Latin-1
# (×, ·, é), general punctuation and currency (€, ‰), letterlike and number forms (℃, Ⅱ), circled
# numbers (①), CJK compatibility units (㎡, ㎞) and the supplementary ideographs (𠮷, 𡒄; a surrogate
# pair, which random bytes seldom make). A short UTF-16 note with no BOM full of them is still text.
_TEXT_EXTRA = re.compile(
    "[\u00a0-\u00ff\u2000-\u200f\u2028-\u206f\u20a0-\u20cf\u2100-\u218f\u2460-\u24ff\u3300-\u33ff\U00020000-\U0003134f]"
)


def _textlike_wide(text: str) -> float:
    """``_textlike`` counting the rarer characters of real Chinese text too (UTF-16 with no BOM)."""
    if not text:
        return 0.0
    return min(1.0, _textlike(text) + len(_TEXT_EXTRA.findall(text)) / len(text))


def _decode(data: bytes, encoding: str, errors: str = "strict", final: bool = True) -> str:
    """``data.decode(encoding, errors)``; with ``final`` False the bytes are a prefix
    cut at an arbitrary byte, so an incomplete character at the end is left out
    instead of failing (strict) or becoming U+FFFD (replace)."""
    if final:
        return data.decode(encoding, errors)
    return codecs.getincrementaldecoder(encoding)(errors).decode(data, final=False)


def _utf16_without_bom(data: bytes, final: bool = True) -> str | None:
    """UTF-16 with no BOM: both byte orders are tried; the one reading as text wins.

    Random bytes read as UTF-16 give rare characters (and almost always an unpaired
    surrogate, which fails to decode), so a high text-like share is strong evidence
    even for Chinese, whose code units contain no NUL bytes. Uncommon ideographs count
    too (稀土: 镧、铈、镨 …): real text full of them is still text, and the wrong byte
    order of CJK text lands outside the ideograph block. Of two readings, the one
    with more common characters wins (English read in the wrong order is ideographs).
    """
    if len(data) % 2 and final:
        return None
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = _decode(data, encoding, final=final)
        except UnicodeDecodeError:
            continue
        sample = text[:4096]
        common = _textlike(sample)
        if _textlike_wide(sample) + _rare_ideographs(sample) >= 0.9 and (best is None or common > best[0]):
            best = (common, text)
    return best[1] if best else None


def _rare_ideographs(text: str) -> float:
    """Share of CJK ideographs that ``_textlike`` does not count as common."""
    if not text:
        return 0.0
    common = _common_hanzi()
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" and ch not in common) / len(text)


def _invalid_utf8_ratio(data: bytes) -> float:
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") / max(1, len(text))


def decode_bytes(data: bytes, *, final: bool = True) -> Decoded:
    """Decode one file's bytes; problems explain anything doubtful.

    ``final`` is False when ``data`` is only the start of the file (it was too
    large): the cut may fall inside a character, which is then not part of the text.
    """
    decoded = _decode_bytes(data, final)
    if decoded.text is not None and _no_text(decoded.text, decoded.encoding, data):
        if decoded.text.strip(" \t\r\n\x0c\x00\ufeff"):
            # a byte order mark and a stray byte (FF FE 00): bytes, but no character in them
            return Decoded(
                None,
                problems=[Problem("undecodable", f"no text: only damaged bytes after the {decoded.encoding} mark")],
            )
        return Decoded(None, problems=[Problem("empty", "the file is empty (no text after decoding)")])
    return decoded


def _no_text(text: str, encoding: str, data: bytes) -> bool:
    """Nothing but spaces and byte order marks, or only U+FFFD put in for damaged bytes
    (a U+FFFD written in the file itself is text, as any character)."""
    rest = text.strip(" \t\r\n\x0c\x00\ufeff")
    if not rest:
        return True
    if rest.strip("\ufffd"):
        return False
    try:
        return "\ufffd".encode(encoding) not in data
    except (LookupError, UnicodeError):
        return True


# A terminal's escape sequences in the bytes (a bulletin board's post or mail in its colours, a log): CSI (colour,
# cursor), OSC with its terminator, and the two-byte escapes, as safe._ANSI has them. Taken out of the BYTES, before
# any decoding: a board's editor colours a double-byte character's two halves apart ("一字雙色", the lead byte, then
# ESC[1;31m, then the trail byte), so no Big5 or GBK codec reads the bytes as written (the character became U+FFFD and
# detection could pick another encoding). No byte of a sequence is a byte of a character in GB18030 or Big5 (ESC is
# 0x1B; a trail byte is 0x40 or above), so the cut is safe in each; not in UTF-16 (a NUL-free test, and only after a
# UTF-16 BOM is ruled out). Bytes that are UTF-8 keep them: there a sequence stands between characters and leaves
# with the other control characters (safe.strip_controls), the decoded text a prefix of the file's (test_fuzz).
_ESCAPE_BYTES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,2000}(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]{0,2000}\x1b\\|\x1b[@-Z\\-_]"
)


def without_escapes(data: bytes) -> bytes:
    """``data`` with the terminal escape sequences taken out, when it has any and is no UTF-16 or UTF-32 (NUL
    bytes): see _ESCAPE_BYTES."""
    if b"\x1b" not in data or b"\x00" in data:
        return data
    return _ESCAPE_BYTES.sub(b"", data)


def _utf8(data: bytes, final: bool) -> bool:
    try:
        _decode(data.removeprefix(codecs.BOM_UTF8), "utf-8", final=final)
    except UnicodeDecodeError:
        return False
    return True


def _decode_bytes(data: bytes, final: bool) -> Decoded:
    if not data.strip(b" \t\r\n\x00\x0c\xef\xbb\xbf"):
        return Decoded(None, problems=[Problem("empty", "the file is empty")])
    if b"\x1b" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not _utf8(data, final):
        data = without_escapes(data)  # (UTF-8 keeps them: no sequence can stand inside its characters)

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                try:
                    return Decoded(_decode(data[len(bom) :], encoding, final=final), encoding)
                except UnicodeDecodeError:
                    if (mixed := _by_lines(data[len(bom) :], final)) is not None:
                        return mixed
            # Damaged bytes become U+FFFD, reported as mojibake by the cleaning step.
            return Decoded(_decode(data[len(bom) :], encoding, "replace", final), encoding)

    if data.startswith(_MAGIC):
        return Decoded(None, problems=[Problem("binary", "binary data, not a text document")])

    # UTF-16 first when there are NULs: ASCII in UTF-16 is also valid UTF-8.
    has_nul = b"\x00" in data[:8192]
    if not has_nul:
        try:
            return Decoded(_decode(data, "utf-8", final=final), "utf-8")
        except UnicodeDecodeError as e:
            if e.reason == "unexpected end of data" and e.start >= len(data) - 3 and not data[: e.start].isascii():
                # valid UTF-8 but for its last character, cut (a copy or a download stopped early): UTF-8, the
                # cut one a U+FFFD that cleaning reports (tester s16 X5: a short file so cut was "undecodable").
                # After ASCII alone the "cut" character may be a whole GBK one ('Re: 喃'): detection decides
                # (review s17 R10)
                return Decoded(_decode(data, "utf-8", "replace", final), "utf-8")
    utf16 = _utf16_without_bom(data, final)
    if utf16 is not None:
        return Decoded(utf16, "utf-16")
    if has_nul and _stray_nuls(data):
        # a few NULs in text that is not UTF-16 (a scraper's stray \x00 in a UTF-8 or GBK file, tester s26 U11):
        # no character of any multi-byte encoding but UTF-16's holds a NUL byte, so they go and the rest is read
        return _decode_bytes(data.replace(b"\x00", b""), final)
    if has_nul or _looks_binary(data):
        return Decoded(None, problems=[Problem("binary", "binary data, not a text document")])

    best = _best_legacy(data, final)
    if best is not None and best.text is not None:
        # GB18030 takes almost any bytes: a Big5 feed with one UTF-8 ’ in it read whole as GB18030 mojibake
        # (s18_31, an RTHK feed declaring big5). A declared charset that fails on a few bytes only and reads as
        # more plausible Chinese than the strict reading in another codec is the file's.
        codec = declared_charset(data)
        if codec is not None and codec != best.encoding and (declared := _declared_with_damage(data, final)):
            if declared.text is not None and plausibility(declared.text) > plausibility(best.text):
                return declared
        return best

    declared = _declared_with_damage(data, final)
    if declared is not None:
        return declared

    # Lines of UTF-8 and lines of a legacy encoding in one file (two files joined, a
    # reply pasted into an old mail): each line read in the encoding it is in
    mixed = _by_lines(data, final)
    if mixed is not None:
        return mixed

    # A UTF-8 file with a few damaged bytes is still worth reading; the U+FFFD
    # left in their place is reported as mojibake by the cleaning step.
    if _invalid_utf8_ratio(data) < 0.01:
        return Decoded(_decode(data, "utf-8", "replace", final), "utf-8")

    detected = _detect(data, final)
    if detected is not None:
        return detected
    damaged = _legacy_with_damage(data, final)
    if damaged is not None:
        return damaged
    return Decoded(
        None,
        problems=[Problem("undecodable", "no text encoding fits (tried UTF-8, UTF-16, GB18030, Big5 and detection)")],
    )


def _best_legacy(data: bytes, final: bool = True) -> Decoded | None:
    scored: list[tuple[float, str, str]] = []
    for encoding in _LEGACY:
        try:
            text = _decode(data, encoding, final=final)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), encoding, text))
    if not scored:
        return None
    # A tie (a short text reads as plausible either way: Big5 bytes are mostly valid
    # GB18030) goes to the reading with fewer kana, Greek, Cyrillic, Hangul, box or
    # private-use characters: Big5's 營收3000億元 read as GB18030 is 犁Μ3000货じ
    score, encoding, text = max(scored, key=lambda s: (s[0], -len(_NOT_CHINESE.findall(s[2]))))
    if score < 0.6:  # every candidate reads as noise: let the detector try
        return None
    return Decoded(text, encoding)


def declared_charset(data: bytes) -> str | None:
    """The codec a page, feed or XML file declares in its first 8 KB (widened: GB2312
    is read as GB18030, Big5 as Big5-HKSCS), if Python has it and it is a text
    encoding that keeps ASCII as ASCII (a UTF-16 label on readable ASCII is wrong)."""
    m = _DECLARED.search(data[:8192])
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        info = codecs.lookup(WIDER_CODECS.get(name, name))
    except LookupError:
        return None
    codec = WIDER_CODECS.get(info.name, info.name)
    try:
        if not getattr(info, "_is_text_encoding", True) or "<meta charset=".encode(codec) != b"<meta charset=":
            return None
    except (UnicodeError, LookupError):
        return None
    return codec


def _declared_with_damage(data: bytes, final: bool) -> Decoded | None:
    """The declared charset, when it fails on only a few bytes: those are damage (read
    as U+FFFD and reported), not a sign of another encoding. A declaration that
    fails often is wrong, and detection decides as before."""
    codec = declared_charset(data)
    if codec is None or (read := _with_damage(data, codec, final)) is None:
        return None
    if plausibility(read[0]) < 0.6:  # the same bar as an undeclared legacy reading
        return None
    return _damaged(read[0], codec, read[1], "as declared")


def _legacy_with_damage(data: bytes, final: bool) -> Decoded | None:
    """A GB18030 or Big5 file that fails on a few bytes only (one byte lost in a copy, a
    stray 0xFF): the legacy reading that is the most plausible Chinese, as
    :func:`_declared_with_damage` reads a declared one. The last resort before
    "undecodable": a whole brief was lost for one byte (tester s16 X3), where the same
    damage in UTF-8 is read and reported."""
    scored = [
        (plausibility(read[0]), -len(_NOT_CHINESE.findall(read[0])), encoding, *read)
        for encoding in _LEGACY
        if (read := _with_damage(data, encoding, final)) is not None
    ]
    if not scored:
        return None
    score, _, encoding, text, damaged = max(scored, key=lambda s: s[:2])
    if score < 0.6:  # the bar of an undamaged legacy reading
        return None
    return _damaged(text, encoding, damaged, "as read")


def _with_damage(data: bytes, codec: str, final: bool) -> tuple[str, int] | None:
    """``data`` read in ``codec`` with damaged bytes as U+FFFD, and how many there are,
    when they are a few (at most _FEW_DAMAGED, or _DAMAGE_SHARE of the bytes) and not none."""
    try:
        text = _decode(data, codec, "replace", final)
    except (LookupError, UnicodeError):
        return None
    try:
        genuine = data.count("\ufffd".encode(codec))  # U+FFFD written in the file itself
    except UnicodeError:
        genuine = 0
    damaged = text.count("\ufffd") - genuine
    return (text, damaged) if 0 < damaged <= max(_FEW_DAMAGED, len(data) * _DAMAGE_SHARE) else None


def _damaged(text: str, codec: str, damaged: int, how: str) -> Decoded:
    where = "byte sequence" if damaged == 1 else "byte sequences"
    return Decoded(
        text, codec, [Problem("damaged_bytes", f"{damaged} damaged {where} in {codec} ({how}), shown as \ufffd")]
    )


MIXED_LINES_MAX = 200_000  # lines classified one by one; a file of more is not read by lines
MIXED_HANZI_MIN = 4  # ideographs the legacy lines must hold for their reading to be believed


def _by_lines(data: bytes, final: bool) -> Decoded | None:
    """A file whose lines are in two encodings: every line that is valid UTF-8 read so, the
    others together in the one legacy encoding (GB18030, Big5) that reads them as the most
    ordinary Chinese, when that reading is plausible (the bar of a whole legacy file), holds
    hanzi, and reads better than those lines as damaged UTF-8 (a UTF-8 file with a few bad
    bytes is not a mix). Lines neither reads become U+FFFD, counted in the problem. None when
    the file is not such a mix (no UTF-8 line beyond ASCII, or the rest reads as noise)."""
    lines = data.splitlines(keepends=True)
    if len(lines) < 2 or len(lines) > MIXED_LINES_MAX:
        return None
    last = len(lines) - 1
    texts: list[str | None] = []
    for i, line in enumerate(lines):
        try:  # a prefix of the file may end inside a character: its last line is not final
            texts.append(_decode(line, "utf-8", final=final or i < last))
        except UnicodeDecodeError:
            texts.append(None)
    other = [i for i, text in enumerate(texts) if text is None]
    if not other or not any(text is not None and not text.isascii() for text in texts):
        return None
    rest = b"".join(lines[i] for i in other)
    score, codec = max((_reading_score(rest.decode(encoding, "replace")), encoding) for encoding in _LEGACY)
    read = rest.decode(codec, "replace")
    if score < 0.6 or score <= _reading_score(rest.decode("utf-8", "replace")):
        return None
    if len(_IDEOGRAPH.findall(read)) < MIXED_HANZI_MIN:
        return None
    damaged = 0
    for i in other:
        try:
            texts[i] = _decode(lines[i], codec, final=final or i < last)
        except UnicodeDecodeError:
            texts[i] = _decode(lines[i], codec, "replace", final=final or i < last)
            damaged += 1
    message = f"lines in two encodings: {len(lines) - len(other)} read as UTF-8, {len(other) - damaged} as {codec}"
    if damaged:
        message += f", {damaged} in neither (shown with \ufffd)"
    # the file's encoding is the one most of its lines are in (the problem names both)
    encoding = codec if len(other) * 2 > len(lines) else "utf-8"
    return Decoded("".join(text or "" for text in texts), encoding, [Problem("mixed_encoding", message)])


def _reading_score(text: str) -> float:
    """How ordinary a reading is: its plausibility less its share of U+FFFD."""
    return plausibility(text) - text.count("\ufffd") / max(1, len(text))


# Single-byte code pages are told apart by the detector's language model, which is weak on a
# short text. Among the Latin pages it cannot tell apart (near in chaos and coherence), the one
# whose words are letters wins (Polish read as Windows-1252 puts symbols inside words: "Rz¹d
# og³osi³"); a tie still is settled for Windows-1252, the page browsers read ISO-8859-1 and
# unlabelled Western text as (WHATWG), and a guess between readings that differ is reported.
NEAR_CHAOS, NEAR_COHERENCE = 0.1, 0.03
LATIN_SAMPLE = 32 * 1024  # bytes whose readings are compared (a loop over their accented letters)
_WESTERN = "cp1252"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_MARKS = frozenset("’‘·‐")  # an apostrophe, a hyphen or a middle dot is part of a word


def _detect(data: bytes, final: bool = True) -> Decoded | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:262144])
    match = matches.best()
    if match is None or match.encoding is None:
        return None
    encoding = match.encoding
    problems: list[Problem] = []
    if _single_byte(encoding):
        encoding, problems = _latin_page(data[:LATIN_SAMPLE], matches, match.chaos, encoding)
    try:
        text = _decode(data, encoding, "replace", final)
    except LookupError:
        return None
    return Decoded(text, encoding, problems)


def _latin_page(sample: bytes, matches: CharsetMatches, chaos: float, encoding: str) -> tuple[str, list[Problem]]:
    """The single-byte page among the detector's near readings (chaos within NEAR_CHAOS): the
    fewest signs breaking words, then the best language coherence (within NEAR_COHERENCE),
    then Windows-1252, then the detector's order; a guess among readings that differ is
    reported."""
    near: list[tuple[int, float, int, str, str]] = []
    for rank, m in enumerate(matches):
        if not m.encoding or not _single_byte(m.encoding) or m.chaos > chaos + NEAR_CHAOS:
            continue
        try:
            reading = sample.decode(m.encoding, "replace")
        except LookupError:
            continue
        near.append((_symbols_in_words(reading), m.coherence, rank, m.encoding, reading))
    if not near:
        return encoding, []
    fewest = min(n[0] for n in near)
    near = [n for n in near if n[0] == fewest]
    top = max(n[1] for n in near)
    near = [n for n in near if n[1] >= top - NEAR_COHERENCE]
    near.sort(key=lambda n: (n[3] != _WESTERN, n[2]))
    chosen, reading = near[0][3], near[0][4]
    others = [n[3] for n in near[1:] if n[4] != reading]
    if not others:
        return chosen, []
    also = ", ".join(others[:4])
    return chosen, [Problem("encoding_guess", f"the encoding is a guess: read as {chosen}; {also} also fit")]


def _symbols_in_words(text: str) -> int:
    """Signs that break a word, as a wrong code page sets them: a symbol, digit or punctuation
    mark between two letters ("Rz¹d", "og³osi³"), a combining mark after no letter."""
    import unicodedata

    bad = 0
    for m in _NON_ASCII.finditer(text):
        ch, at = m.group(), m.start()
        kind = unicodedata.category(ch)
        before = text[at - 1] if at else " "
        if kind[0] == "M":
            bad += not before.isalpha()
        elif kind[0] != "L" and ch not in _WORD_MARKS and before.isalpha():
            after = text[at + 1 : at + 2]
            bad += after.isalpha()
    return bad


def _single_byte(encoding: str) -> bool:
    try:
        return len("é".encode(encoding, "replace")) == 1 and len("中".encode(encoding, "replace")) == 1
    except (LookupError, UnicodeError):
        return False
