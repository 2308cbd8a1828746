"""Glossary terms found in an article, with their English names."""

from __future__ import annotations

from collections.abc import Mapping

# A level word before a name ending in 部 makes it a local department, not the ministry
# (各级财政部, 县民政部); 部门 is a department of any level (review s25 R9).
_LEVEL_WORDS = ("各级", "省", "市", "县", "区")


def _names_the_body(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names the body itself: a name ending in 部 is no ministry before 门
    (财政部门, 交通运输部门: a department of any level) or after a level word (县民政部) (review s25 R9).

    Not the segmenter's word boundaries (4261090 tried them: 美国商务部, 产业链主体 also went): the
    side panel finds terms on the UI thread, and the first cut loaded rjieba's dictionary there, a
    0.4-0.9 s freeze on the first article shown (test_usefix_tui_s23 caught it in CI)."""
    term = text[start:end]
    return not (term.endswith("部") and (text.startswith("门", end) or text[:start].endswith(_LEVEL_WORDS)))


def _occurrences(text: str, term: str) -> list[int]:
    """Where ``term`` occurs in ``text`` naming the body itself (see :func:`_names_the_body`)."""
    found = []
    at = text.find(term)
    while at >= 0:
        if _names_the_body(text, at, at + len(term)):
            found.append(at)
        at = text.find(term, at + 1)
    return found


def find_terms(text: str, glossary: Mapping[str, str]) -> list[tuple[str, str]]:
    """Terms of ``glossary`` that occur in ``text`` naming the body (not in X部门), longest first where they overlap.

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
