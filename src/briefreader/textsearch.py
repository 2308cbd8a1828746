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
# (runs joined by NUL); the index (index.py, schema 21) answers it as one FTS5 phrase over
# the runs' tokens with their positions (index_document, fts_query); tests check they agree.

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


# The index (index.py, schema 21) keeps each briefing's runs as FTS5 tokens with their positions:
# a Chinese character is a token, a Latin or digit run is one, and RUN_BREAK stands between two
# Chinese runs (schema 24; a Latin token is a whole run already), so a query word is one phrase
# (fts_query) and FTS5's answer is the word rule's.
RUN_BREAK = "\xa6"  # no run's character (not a letter, digit or Han): a phrase never spans two runs


def index_document(text: str) -> str:
    """The FTS5 document for folded ``text``: each Chinese character a token, each other
    run one token, RUN_BREAK between runs (tokens joined by spaces, as the ascii tokenizer
    splits them: non-ASCII bytes are token characters to it).

    One token a character with positions, not bigrams (issue 19, session 25): at 100,000
    briefings of the benchmark's mix the table took 412 MB where positional bigrams took 571
    (plus ~60 for a table of first characters), and the detail=none bigrams with the text
    kept to check longer words took ~400; a word of 3+ characters is then one phrase read by
    FTS5 (CPU at 100,000: p95 46 ms, bigrams 21) instead of ~60,000 candidates checked one
    by one (1.6-7 s).

    RUN_BREAK stands only between two Chinese runs (schema 24): a Latin or digit run is one
    whole token, so a token beside it already starts or ends a run, and a break there said
    nothing a phrase needs (fts_query leaves it out the same way). 11% of the positions
    were breaks, 29% of them beside a Latin run: the 5,000-briefing mix's table 19.53 ->
    19.20 MB, the whole index 39.48 -> 39.16 (issue 19, session 31)."""
    out: list[str] = []
    add = out.append
    last_cjk = False
    for cjk, other in _RUN_KINDS.findall(text):  # _joined's, each run's kind told by its group
        if cjk:
            add(_BREAK if last_cjk else " ")
            add(" ".join(cjk))
        else:
            add(" ")
            add(other)
        last_cjk = bool(cjk)
    return "".join(out)[1:]  # the first run's separator is a space: dropped


_BREAK = f" {RUN_BREAK} "
# _RUN with a group for each kind of run: index_document tells a Chinese run from another by
# its group, not by a second regex a run (_is_cjk: a third of its time, issue 19, session 42).
_RUN_KINDS = re.compile(f"([{_CJK}]+)|((?:(?![{_CJK}])[^\\W_])+)")


def _joined(runs: list[str]) -> str:
    """Runs as tokens: a Chinese run's characters apart, RUN_BREAK between two Chinese runs,
    a space elsewhere."""
    out: list[str] = []
    last_cjk = False
    for run in runs:
        cjk = _is_cjk(run)
        if out:
            out.append(_BREAK if cjk and last_cjk else " ")
        out.append(" ".join(run) if cjk else run)
        last_cjk = cjk
    return "".join(out)


def fts_query(needle: str) -> str | None:
    """The FTS5 phrase over :func:`index_document` documents that finds a folded query
    word by the word rule (needle_form in search_form); None when it has nothing to
    search for. A Chinese run is its characters; a Latin run is a whole token (it starts
    a word), the last one a prefix (typing); runs are joined by RUN_BREAK, so a run that
    follows another starts where a run of the text starts and one that is followed ends
    where it ends. One character is one token. A Latin run is a whole token of the text, so
    a run beside it needs no RUN_BREAK to start or end there: only two Chinese runs have
    one between them, as in index_document."""
    parts = _RUN.findall(needle)
    if not parts:
        return None
    prefix = "" if _is_cjk(parts[-1]) else "*"
    return '"' + _joined(parts) + '"' + prefix
