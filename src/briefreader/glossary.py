"""Glossary terms found in an article, with their English names."""

from __future__ import annotations

from collections.abc import Mapping

# A level word before a name ending in 部 makes it a local department, not the ministry
# (各级财政部, 县民政部); 部门 is a department of any level (review s25 R9).
_LEVEL_WORDS = ("各级", "省", "市", "县", "区")


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins one of the segmenter's words, not cutting into one before it:
    财政部 in 财政部发布, 国务院 in 国务院办公厅 (a word it begins names a body of it); not in
    美国商务部 or 产业链主体 (review s25 R9). 中国 before a name is the same body (中国外交部).
    A name ending in 部 is no ministry before 门 (财政部门, 交通运输|部门: a department of any
    level) or after a level word (县民政部)."""
    term = text[start:end]
    if term.endswith("部") and (text.startswith("门", end) or text[:start].endswith(_LEVEL_WORDS)):
        return False
    from . import segment

    offset = max(0, start - 8)
    at = 0
    bounds = {0}
    for word in segment.cut(text[offset : end + 8], hmm=False):
        at += len(word)
        bounds.add(at)
    # its end is not tested: jieba joins a name's last character to the next one in words
    # of its own (工信|部副|部长, 人|社|部将); the one that matters, 部门, is ruled out above
    first = start - offset
    return first in bounds or (text[:start].endswith("中国") and first - 2 in bounds)


def _occurrences(text: str, term: str) -> list[int]:
    """Where ``term`` occurs in ``text`` as whole words (see :func:`_whole_word`)."""
    found = []
    at = text.find(term)
    while at >= 0:
        if _whole_word(text, at, at + len(term)):
            found.append(at)
        at = text.find(term, at + 1)
    return found


def find_terms(text: str, glossary: Mapping[str, str]) -> list[tuple[str, str]]:
    """Terms of ``glossary`` that occur in ``text`` as whole words, longest first where they overlap.

    A term inside a longer one that also matched (杨浦区 inside 杨浦区人民政府)
    is kept only if it also occurs on its own elsewhere in the text.
    """
    places = {term: _occurrences(text, term) for term in glossary if term and term in text}
    found = sorted((term for term, at in places.items() if at), key=len, reverse=True)
    kept: list[str] = []
    for term in found:
        covered = {i for k in kept if term in k for s in places[k] for i in range(s, s + len(k))}
        if covered and all(s in covered for s in places[term]):
            continue
        kept.append(term)
    return [(term, glossary[term]) for term in sorted(kept, key=lambda t: places[t][0])]
