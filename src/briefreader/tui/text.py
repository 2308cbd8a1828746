"""Turning untrusted strings into safe, plain, cell-aware display text.

Every byte of a briefing, a note or a file name is untrusted. It reaches the screen only
through :func:`safe_text` and as ``rich.text.Text`` (never as markup), so ``[@click=...]``
stays literal and no control sequence reaches the terminal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from .. import safe
from ..punct import NO_LINE_END, NO_LINE_START

# Characters with two presentations (Unicode's emoji-variation-sequences: ☎ ❤ ✈ ⚠ ☀ …;
# the ASCII and Latin-1 ones, # * 0-9 © ®, are drawn as text by every font) are measured
# one cell by Rich and by wcwidth, but a terminal that draws them bare as emoji advances
# two cells, and the pane's border moved on that line. U+FE0F (emoji presentation) is no
# answer: Rich counts the pair two cells, and so do kitty, WezTerm, foot, iTerm2, but
# xterm, VTE, urxvt and tmux (3.3a here: cursor after "AB❤️" at column 3) advance one, so
# the border would move the other way there. U+FE0E asks for the text presentation: one
# cell in Rich, in the terminals that honour it, and in those that ignore selectors (they
# measure the bare character, one cell). So every such character is shown followed by
# U+FE0E, and a U+FE0F after one is replaced by it. Display only: the source text, search
# offsets and what y copies keep the characters as written.
_TWO_PRESENTATIONS = (
    "\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u2328\u23cf\u23ed-\u23ef\u23f1\u23f2\u23f8-\u23fa"
    "\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb\u25fc\u2600-\u2604\u260e\u2611\u2618\u261d\u2620\u2622\u2623"
    "\u2626\u262a\u262e\u262f\u2638-\u263a\u2640\u2642\u265f\u2660\u2663\u2665\u2666\u2668\u267b\u267e"
    "\u2692\u2694-\u2697\u2699\u269b\u269c\u26a0\u26a7\u26b0\u26b1\u26c8\u26cf\u26d1\u26d3\u26e9\u26f0"
    "\u26f1\u26f4\u26f7-\u26f9\u2702\u2708\u2709\u270c\u270d\u270f\u2712\u2714\u2716\u271d\u2721\u2733"
    "\u2734\u2744\u2747\u2763\u2764\u27a1\u2934\u2935\u2b05-\u2b07"
    "\U0001f170\U0001f171\U0001f17e\U0001f17f\U0001f321\U0001f324-\U0001f32c\U0001f336\U0001f37d\U0001f396"
    "\U0001f397\U0001f399-\U0001f39b\U0001f39e\U0001f39f\U0001f3cb-\U0001f3ce\U0001f3d4-\U0001f3df\U0001f3f3"
    "\U0001f3f5\U0001f3f7\U0001f43f\U0001f441\U0001f4fd\U0001f549\U0001f54a\U0001f56f\U0001f570"
    "\U0001f573-\U0001f579\U0001f587\U0001f58a-\U0001f58d\U0001f590\U0001f5a5\U0001f5a8\U0001f5b1\U0001f5b2"
    "\U0001f5bc\U0001f5c2-\U0001f5c4\U0001f5d1-\U0001f5d3\U0001f5dc-\U0001f5de\U0001f5e1\U0001f5e3\U0001f5e8"
    "\U0001f5ef\U0001f5f3\U0001f5fa\U0001f6cb\U0001f6cd-\U0001f6cf\U0001f6e0-\U0001f6e5\U0001f6e9\U0001f6f0"
    "\U0001f6f3"
)
_TWO_PRESENTATIONS_RE = re.compile(f"([{_TWO_PRESENTATIONS}])[\ufe0e\ufe0f]*")
_ANY_TWO_PRESENTATIONS = re.compile(f"[{_TWO_PRESENTATIONS}]")
TEXT_PRESENTATION = "\ufe0e"


def text_presentation(value: str) -> str:
    """``value`` with every character of two presentations asked for as text (one cell
    everywhere): followed by U+FE0E, a U+FE0F after it replaced."""
    if _ANY_TWO_PRESENTATIONS.search(value) is None:  # nearly every text: one scan
        return value
    return _TWO_PRESENTATIONS_RE.sub(lambda m: m.group(1) + TEXT_PRESENTATION, value)


def presented_offset(value: str, offset: int) -> int:
    """Where offset ``offset`` of ``value`` falls in ``text_presentation(value)`` (after
    the selectors it adds before that point), so a span of the text can be styled on
    what the display shows."""
    return len(text_presentation(value[: max(0, offset)]))


def safe_text(value: object) -> str:
    """The string with escape sequences and control/bidi characters removed
    (tab and newline stay). One definition, shared with the CLI: ``briefreader.safe``."""
    return safe.strip_controls(str(value))


def one_line(value: object) -> str:
    """``safe_text`` folded onto a single line (titles in rows, headings, file names), for
    display: emoji of two presentations asked for as text (:func:`text_presentation`)."""
    return text_presentation(safe.one_line(str(value)))


def plain(value: object, style: str = "") -> Text:
    """Untrusted text as a Rich ``Text`` that is never parsed as markup, for display
    (:func:`text_presentation`: one cell per emoji of two presentations)."""
    return Text(text_presentation(safe_text(value)), style=style)


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


def crop_apart(value: str, width: int, others: Iterable[str], ellipsis: str = "…") -> str:
    """``value`` in ``width`` cells (:func:`crop_cells`), but where titles listed beside it
    (``others``) begin with everything the cut keeps, the cut would show them alike: then its
    start (a quarter of the room: who issues it), the mark, and the rest from where it parts
    from them. The window ends past where it parts from the nearest (the most in common) and
    starts as near as it can to where it parts from the farthest, a number whole (2025, not 5):
    each title of a series shows its own place. Three notices headed 上海市经济信息化委关于开展
    2025年度… looked identical at 80 columns (usefix s25)."""
    cut = crop_cells(value, width, ellipsis)
    if cut == value:
        return value
    kept = len(cut) - len(ellipsis)
    # (where each parts from it: the stdlib's common prefix, as html.py reads a page's repeated blocks)
    parts = [n for n in (len(os.path.commonprefix((value, other))) for other in others) if kept <= n < len(value)]
    if not parts:  # the cut tells them apart (or a title is the same: nothing would)
        return cut
    head = set_cell_size(value, max(2, (width - cell_len(ellipsis)) // 4)).rstrip()
    room = width - cell_len(head) - 2 * cell_len(ellipsis)  # a mark before and one after
    near, start = max(parts), min(parts)
    while start < near and cell_len(value[start : near + 3]) > room:  # three of its own characters
        start += 1
    while start > 0 and value[start - 1].isascii() and value[start - 1].isalnum() and value[start].isalnum():
        start -= 1  # 2025年 / 2024年 part at 5: show 2025
    while start > len(head) + 1 and cell_len(value[start - 1 :]) <= room + cell_len(ellipsis):
        start -= 1  # the rest is short (a 补充通知 parts two characters from the end): fill the room backwards
    if start <= len(head):
        return cut
    return crop_cells(head + ellipsis + value[start:], width, ellipsis)


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


def window_around(value: str, at: int, width: int, before: float = 1 / 3) -> tuple[int, int]:
    """The slice ``value[lo:hi]`` that shows the character at ``at`` (or the end, when ``at`` is past it) in
    ``width`` cells, with an ellipsis of one cell at either end that is cut: about ``before`` of the room ahead of
    that character, the rest after it, and the room one side leaves unused given to the other. One pass over the
    characters on either side; CJK is two cells wide."""
    n = len(value)
    at = max(0, min(at, n))
    if cell_len(value) + (at == n) <= width:
        return 0, n
    room = max(width - 2, 1)  # both ellipses
    lo = hi = at
    used = cell_len(value[at]) if at < n else 1  # the character itself (a blank past the end)
    hi = at + 1 if at < n else n
    ahead = int(room * before)
    while lo > 0 and used + cell_len(value[lo - 1]) <= min(ahead, room):
        lo -= 1
        used += cell_len(value[lo])
    while hi < n and used + cell_len(value[hi]) <= room:
        used += cell_len(value[hi])
        hi += 1
    while lo > 0 and used + cell_len(value[lo - 1]) <= room:  # the end reached: the room left goes before
        lo -= 1
        used += cell_len(value[lo])
    return lo, hi


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
