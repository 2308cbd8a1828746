"""Markdown to plain paragraphs: only the syntax that would show as noise."""

from __future__ import annotations

import re

# No span may run over the character that opens the next one of its kind ("[", "(",
# "*", "_", "<!--"): a scan from each opener then stops at the next opener, so a
# line of a million unclosed "[" or "**a " costs linear time, not quadratic.
_URL = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # one level of parentheses inside, as in wiki URLs
_RULES = [
    (re.compile(r"^```.*$|^~~~.*$", re.MULTILINE), ""),  # fences (code is rare in briefings)
    (re.compile(r"!\[[^\[\]\n]*\]" + _URL), ""),  # images
    (re.compile(r"\[([^\[\]\n]+)\]" + _URL), r"\1"),  # links keep their text
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*"), r"\1"),  # strong
    (re.compile(r"__(?=\S)([^_\n]+?)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])"), r"\1"),  # emphasis
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE), ""),  # rules
    (re.compile(r"<!--(?:(?!<!--).)*?-->", re.DOTALL), ""),
]
_SYNTAX = re.compile(r"^\s{0,3}#{1,6}\s|\]\(|^\s{0,3}>\s|\*\*", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    return len(_SYNTAX.findall(text[:20000])) >= 2


def markdown_to_text(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
