"""Glossary terms found in an article, with their English names."""

from __future__ import annotations

from collections.abc import Mapping


def find_terms(text: str, glossary: Mapping[str, str]) -> list[tuple[str, str]]:
    """Terms of ``glossary`` that occur in ``text``, longest first where they overlap.

    A term inside a longer one that also matched (杨浦区 inside 杨浦区人民政府)
    is kept only if it also occurs on its own elsewhere in the text.
    """
    found = [term for term in glossary if term and term in text]
    found.sort(key=len, reverse=True)
    kept: list[str] = []
    for term in found:
        longer = [k for k in kept if term in k]
        if longer:
            remaining = text
            for k in longer:
                remaining = remaining.replace(k, "\0")
            if term not in remaining:
                continue
        kept.append(term)
    order = {term: text.find(term) for term in kept}
    return [(term, glossary[term]) for term in sorted(kept, key=order.__getitem__)]
