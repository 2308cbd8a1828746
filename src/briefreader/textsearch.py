"""Text normalization shared by topic matching and the query language.

Briefing titles and bodies are already Simplified (ingest converts them), so only the
short strings a person types or configures need the Traditional-to-Simplified step
(hanzi.to_simplified); both sides then get the same cheap fold (full-width letters and
digits to ASCII, as ingest does, then casefold) so that ``ＡＩ``, ``AI`` and ``ai`` are
one word. CJK punctuation is left alone, as in the normalized text.
"""

from __future__ import annotations

import re

from .hanzi import to_simplified

# Full-width ASCII letters and digits, ％ and ． (the subset ingest normalizes).
_FULL_WIDTH = re.compile("[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _narrow(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0xFEE0)


def fold(text: str) -> str:
    """Width- and case-insensitive form for matching.

    Returns ``text`` itself when nothing changes, so that caching the folded body of
    a mostly-CJK briefing costs no extra memory. (A regex search first: str.translate
    is 20x slower on CJK text, and normalized text rarely has full-width letters.)
    """
    if _FULL_WIDTH.search(text):
        text = _FULL_WIDTH.sub(_narrow, text)
    folded = text.casefold()
    return text if folded == text else folded


def normalize_term(text: str) -> str:
    """A user- or config-supplied term: Simplified, then folded."""
    return fold(to_simplified(text))


_LATIN_EDGE = re.compile(r"[0-9a-z]")


def term_pattern(term: str) -> str:
    """A regex for a folded term; Latin-edged terms only match as whole words.

    ``ai`` must not count inside ``aigc`` or ``sap``, while ``ai手机`` and ``ai+消费``
    are real hits: a CJK neighbour is a boundary, a Latin letter or digit is not.
    """
    pattern = re.escape(term)
    if _LATIN_EDGE.match(term[:1]):
        pattern = r"(?<![0-9a-z])" + pattern
    if _LATIN_EDGE.match(term[-1:]):
        pattern += r"(?![0-9a-z])"
    return pattern


# --- word search -------------------------------------------------------------------
# A query word matches a briefing when the word's *runs* (maximal stretches of Chinese
# characters, or of other letters and digits) occur in the text in the same order,
# adjacent, with punctuation and spaces ignored: "AI+消费" finds "ai消费" and "AI 消费".
# A Chinese run may start and end anywhere inside a run of the text (Chinese has no
# word boundaries); a Latin or digit run must start at a word start and, except at
# the very end of the query word, end at a word end, so "ai" finds "AIGC" as you type
# but "gc" does not. The same rule is implemented twice, once over an in-memory "form"
# of the text (runs joined by NUL) and once as an SQLite FTS5 phrase over character
# tokens (index.py); tests check they agree.

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_RUN = re.compile(f"[{_CJK}]+|(?:(?![{_CJK}])[^\\W_])+")
SEP = "\0"


_CJK_CHAR = re.compile(f"[{_CJK}]")


def _is_cjk(run: str) -> bool:
    return _CJK_CHAR.match(run) is not None


def search_form(text: str) -> str:
    """``text`` (folded) as its runs between separators, for :func:`needle_form`."""
    return SEP + SEP.join(_RUN.findall(text)) + SEP


def needle_form(needle: str) -> str | None:
    """The substring of a :func:`search_form` that a folded query word stands for;
    None when the word has nothing to search for (only punctuation)."""
    parts = _RUN.findall(needle)
    if not parts:
        return None
    form = SEP.join(parts)
    if not _is_cjk(parts[0]):
        form = SEP + form  # a Latin run starts a word
    return form  # the last run is open-ended: a prefix while typing, a CJK substring


# Between two runs the index has this token (an FTS5 token character: tokenize="ascii
# tokenchars '|'"), never in a text token: a phrase does not bridge a run boundary, and
# a query word of several runs says where each of its runs ends in the text.
RUN_SEP = "|"


def index_tokens(text: str) -> str:
    """The FTS5 document for folded ``text``: each Chinese character one token, each
    other run one token, :data:`RUN_SEP` between two runs.

    One token a character, not an overlapping bigram: about as many positions, but a
    character's postings are few long lists where bigrams made many short ones, each
    with its own row id and length (issue 19, 10,000 briefings of the benchmark's mix,
    after VACUUM: 52.7 -> 38.3 MB). A phrase reads longer lists: ~1.5x the CPU of the
    bigram phrase for a six-character word."""
    out: list[str] = []
    for run in _RUN.findall(text):
        if out:
            out.append(RUN_SEP)
        if _is_cjk(run):
            out.extend(run)
        else:
            out.append(run)
    return " ".join(out)


def word_tokens(document: str) -> str:
    """The ``words`` document (FTS5 detail=none: which briefings have a token, no
    positions) for an :func:`index_tokens` document: the first character of each token
    (a Chinese character that occurs, a letter or digit that starts a Latin word or a
    number) and each Latin token of two or more characters whole. A query word of one
    character, or of one Latin run (a prefix while typing), is answered there, from a
    list a fraction the size of the positional one; every other word is a phrase."""
    seen: dict[str, None] = {}
    for token in dict.fromkeys(document.split(" ")):  # distinct first: ~5x fewer
        if token and token != RUN_SEP:
            seen[token[0]] = None
            if len(token) > 1:  # a Latin word or number (a Chinese token is one character)
                seen[token] = None
    return " ".join(seen)


def fts_query(needle: str) -> tuple[str, str] | None:
    """(table, FTS5 query) for a folded query word over :func:`index_tokens` documents:
    ``words`` when it is one character or one Latin run, ``search`` (positions) for a
    phrase; None when it has nothing to search for."""
    parts = _RUN.findall(needle)
    if not parts:
        return None
    if len(parts) == 1 and (len(parts[0]) == 1 or not _is_cjk(parts[0])):
        # one character: a first-character token of ``words``; a Latin run: a prefix
        # of its Latin words (its Chinese tokens are single characters: never a match)
        return "words", f'"{parts[0]}"' + ("" if len(parts[0]) == 1 else "*")
    tokens: list[str] = []
    for run in parts:
        if tokens:
            tokens.append(RUN_SEP)  # the run before ends here in the text too
        if _is_cjk(run):
            tokens.extend(run)
        else:
            tokens.append(run)
    # A final Latin run is the start of a word ("ai" of "aigc"); a final Chinese run may
    # go on in the text, which the phrase allows as it is.
    return "search", '"' + " ".join(tokens) + '"' + ("" if _is_cjk(parts[-1]) else "*")
