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
# of the text (runs joined by NUL) and once as an SQLite FTS5 phrase over bigram
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


def index_tokens(text: str) -> str:
    """The FTS5 document for folded ``text``: each Chinese run as its overlapping
    bigrams plus its last character, each other run as one token."""
    out: list[str] = []
    for run in _RUN.findall(text):
        if _is_cjk(run):
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
            out.append(run[-1])
        else:
            out.append(run)
    return " ".join(out)


def word_tokens(document: str) -> str:
    """The document-level twin of an :func:`index_tokens` document: each distinct token
    once, for the ``words`` table (FTS5 detail=none: which briefings have a token, no
    positions). A query word that is one token (a two-character word, a character, a
    Latin word or number) is answered there exactly, from a list a tenth the size of
    the positional one; only phrases of two tokens or more need positions."""
    return " ".join(dict.fromkeys(document.split(" ")))


def fts_query(needle: str) -> tuple[str, str] | None:
    """(table, FTS5 query) for a folded query word: ``words`` when it is one token,
    ``search`` (positions) when it is a phrase; None when it has nothing to search."""
    phrase = fts_phrase(needle)
    if phrase is None:
        return None
    return ("search" if " " in phrase else "words"), phrase


def fts_phrase(needle: str) -> str | None:
    """The FTS5 query for a folded query word over :func:`index_tokens` documents."""
    parts = _RUN.findall(needle)
    if not parts:
        return None
    tokens: list[str] = []
    for i, run in enumerate(parts):
        last = i == len(parts) - 1
        if _is_cjk(run) and len(run) > 1:
            tokens.extend(run[j : j + 2] for j in range(len(run) - 1))
            if not last:  # the run ends here in the text too, where its last char is a token
                tokens.append(run[-1])
        else:
            tokens.append(run)
    # A lone final character or Latin run is a prefix: "张" is the start of a bigram
    # (or the unigram at a run's end), "ai" the start of "aigc".
    prefix = not (_is_cjk(parts[-1]) and len(parts[-1]) > 1)
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")
