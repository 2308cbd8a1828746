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
from .punct import HAN_ALL

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
# but "gc" does not. The rule is a substring test on an in-memory "form" of the text
# (runs joined by NUL); the index (index.py, schema 20) answers a word of one token from
# an SQLite FTS5 table without positions, and a longer word by the AND of its tokens with
# each candidate's stored form then tested the same way; tests check they agree.

_CJK = HAN_ALL
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


def index_tokens(text: str) -> str:
    """The FTS5 document for folded ``text``: each Chinese run as its overlapping
    bigrams plus its last character, each other run as one token.

    Not one token a character: that index is 28% smaller (10,000 briefings of the
    benchmark's mix, after VACUUM: 38.3 against 52.7 MB), but a phrase then reads the
    long lists of common characters: at 100,000 briefings the CPU per word of bench.py's
    typed queries went median 8 -> 15 ms, p95 25 -> 57 ms (issue 19), past what the
    filter's 50 ms per keystroke can spend."""
    return " ".join(_TOKEN.findall(text))


# The tokens of index_tokens in one regex pass (20% faster than a Python loop over the
# runs, issue 19): at each Chinese character the pair it starts, or itself at the end
# of its run; a Latin/digit run whole (the lookahead captures, the rest consumes).
_LATIN_RUN = f"(?:(?![{_CJK}])[^\\W_])+"
_TOKEN = re.compile(f"(?=([{_CJK}]{{1,2}}|{_LATIN_RUN}))(?:[{_CJK}]|{_LATIN_RUN})")


# A token of two or more characters that does not start with a Chinese one (in a document
# of space-separated tokens): a Latin word or a number. One regex pass, not a test a token.
_LATIN_TOKEN = re.compile(f"(?<![^ ])[^ {_CJK}][^ ]+")


def word_tokens(document: str) -> str:
    """The ``search`` document (FTS5 detail=none: which briefings have a token, no
    positions) for an :func:`index_tokens` document: each distinct token (a bigram, a
    run's last character, a Latin word or number) plus the first character of each
    (every Chinese character that occurs, the letter or digit a Latin word or a number
    starts with). A query word of one character or of one Latin run (a prefix while
    typing), or one two-character word, is one token here and answered exactly; a
    longer word or a phrase is the AND of its tokens, a superset that
    :func:`fts_query` marks to be checked against the stored text (index.py).
    (Schema 20, issue 19: the positional table was 54.6 of the 10,000 mix's 106 MB.)"""
    distinct = dict.fromkeys(document.split(" "))  # ~3x fewer than the tokens
    distinct.pop("", None)
    return _with_first_characters(distinct)


def text_words(text: str) -> str:
    """:func:`word_tokens` of :func:`index_tokens` of folded ``text``, without making
    the document of every token (3 characters a character) only to split it again: what
    the analysing worker makes for the index (issue 19, session 24)."""
    return _with_first_characters(dict.fromkeys(_TOKEN.findall(text)))


def _with_first_characters(distinct: dict[str, None]) -> str:
    seen = dict.fromkeys([token[:1] for token in distinct])
    seen.update(distinct)
    return " ".join(seen)


def fts_query(needle: str) -> tuple[str, bool] | None:
    """(FTS5 query over :func:`word_tokens` documents, exact) for a folded query word;
    None when it has nothing to search for. ``exact``: the query's answer is the word
    rule's (one token: a character, a Latin run as a prefix, one two-character word);
    else it is the AND of the word's tokens, a superset whose briefings are checked
    against their text (their tokens need not stand side by side)."""
    parts = _RUN.findall(needle)
    if not parts:
        return None
    if len(parts) == 1 and (len(parts[0]) == 1 or not _is_cjk(parts[0])):
        # one character: a first-character token (every Chinese character that occurs,
        # a Latin word's first letter); a Latin run: a prefix of the Latin words
        return f'"{parts[0]}"' + ("" if len(parts[0]) == 1 else "*"), True
    tokens: dict[str, None] = {}  # the FTS5 strings, each once, in the word's order
    for i, run in enumerate(parts):
        last = i == len(parts) - 1
        if _is_cjk(run) and len(run) > 1:
            tokens.update(dict.fromkeys(f'"{run[j : j + 2]}"' for j in range(len(run) - 1)))
        elif _is_cjk(run) or not last:
            tokens[f'"{run}"'] = None  # a lone character (a first-character token), a whole Latin word
        else:
            tokens[f'"{run}"*'] = None  # the word's last Latin run: a prefix while typing
    exact = len(parts) == 1 and len(parts[0]) == 2  # one bigram: present where the word is
    return " AND ".join(tokens), exact
