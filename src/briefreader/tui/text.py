"""Turning untrusted strings into safe, plain, cell-aware display text.

Every byte of a briefing, a note or a file name is untrusted. It reaches the screen only
through :func:`safe_text` and as ``rich.text.Text`` (never as markup), so ``[@click=...]``
stays literal and no control sequence reaches the terminal.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from .. import safe
from ..punct import NO_LINE_END, NO_LINE_START


def safe_text(value: object) -> str:
    """The string with escape sequences and control/bidi characters removed
    (tab and newline stay). One definition, shared with the CLI: ``briefreader.safe``."""
    return safe.strip_controls(str(value))


def one_line(value: object) -> str:
    """``safe_text`` folded onto a single line (titles in rows, headings, file names)."""
    return safe.one_line(str(value))


def plain(value: object, style: str = "") -> Text:
    """Untrusted text as a Rich ``Text`` that is never parsed as markup."""
    return Text(safe_text(value), style=style)


def crop_cells(value: str, width: int, ellipsis: str = "…") -> str:
    """Crop to ``width`` terminal cells (CJK is 2 cells wide), marking the cut."""
    if width <= 0:
        return ""
    if cell_len(value) <= width:
        return value
    return set_cell_size(value, width - cell_len(ellipsis)).rstrip() + ellipsis


# Closing punctuation never starts a line and opening punctuation never ends one
# (kinsoku, punct's table); the rule is applied by carrying the whole run of such marks
# (and the character they cling to) over to the next line.
_CLOSING = frozenset(NO_LINE_START)
_OPENING = frozenset(NO_LINE_END)
# A token: a Latin word or number (kept whole when it fits), a run of spaces, or one char.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%+\-_/'’]*|[ \t]+|.", re.S)


def crop_middle(value: str, width: int, ellipsis: str = "…") -> str:
    """``value`` in ``width`` cells, cut in the middle: its end (a path's file name)
    keeps two thirds of the room, its start the rest. CJK is two cells wide."""
    if width <= 0:
        return ""
    if cell_len(value) <= width:
        return value
    room = width - cell_len(ellipsis)
    tail_room = room - room // 3
    tail, used = "", 0
    for ch in reversed(value):
        if used + cell_len(ch) > tail_room:
            break
        tail, used = ch + tail, used + cell_len(ch)
    head, head_room = "", room - used
    for ch in value:
        if cell_len(head) + cell_len(ch) > head_room:
            break
        head += ch
    return head + ellipsis + tail


def wrap_offsets(text: str, width: int) -> list[int]:
    """Where to break ``text`` into lines of at most ``width`` cells.

    Terminal wrapping (Rich, Textual) breaks only at spaces: one stray space in a
    Chinese paragraph pushes a whole clause onto the next line and leaves a ragged
    hole. CJK may break between any two characters, so this wraps per character,
    keeps Latin words whole and follows the basic kinsoku rules.
    """
    if width < 4:
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    breaks: list[int] = []
    line_start, line_width = 0, 0
    for i, (start, end, token) in enumerate(tokens):
        token_width = cell_len(token)
        if line_width + token_width <= width:
            line_width += token_width
            continue
        if token.isspace():  # spaces at a line end hang; the next line starts after them
            breaks.append(end)
            line_start, line_width = end, 0
            continue
        # Carry back while the next line would start with a closing mark or this one end
        # with an opening mark ("期望。”" when 。 just fits and ” does not: 望。” go on).
        k = i
        while k and tokens[k - 1][0] > line_start and (tokens[k][2] in _CLOSING or tokens[k - 1][2] in _OPENING):
            k -= 1
        if k and tokens[k - 1][0] <= line_start and (tokens[k][2] in _CLOSING or tokens[k - 1][2] in _OPENING):
            # A run of marks as long as the line has no kinsoku answer: carrying it back
            # would leave one character per line (hostile text of 100,000 。). Break here.
            k = i
        cut = tokens[k][0]
        if cut > line_start:
            breaks.append(cut)
            line_start, line_width = cut, cell_len(text[cut:start])
        for j, char in enumerate(token):  # a word wider than a line is folded
            char_width = cell_len(char)
            if line_width + char_width > width and line_width:
                breaks.append(start + j)
                line_start, line_width = start + j, 0
            line_width += char_width
    return breaks


def wrap_text(text: Text, width: int) -> Text:
    """``text`` (styles kept) with line breaks at :func:`wrap_offsets`."""
    offsets = wrap_offsets(text.plain, width)
    if not offsets:
        return text
    return Text("\n").join(text.divide(offsets))
