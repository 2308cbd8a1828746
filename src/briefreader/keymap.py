"""The TUI's action ids and key names, for ``[keys]`` in config.toml (no Textual here).

``[keys]`` maps an action id to the key(s) that run it, e.g. ``find = "ctrl+f,f"``; the
TUI hands the table to Textual's ``App.set_keymap``. The ids are the ``Binding(id=…)``
of the TUI's screens and widgets; ``tests/core/test_cli_args.py`` checks this table against
the real bindings, so a binding added to the TUI without a row here fails a test.

Key names follow Textual: a printable character (``q``, ``?``, ``G``), a named key
(``escape``, ``pagedown``, ``f5``), the Unicode name of a character in lower case with
``_`` for spaces (``question_mark``, ``left_square_bracket``), any of these after
modifiers (``ctrl+``, ``shift+``, ``alt+``, ``meta+``, ``super+``, ``hyper+``); several
keys are separated by commas.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    keys: str  # the default, as the Binding has it
    description: str


def _table(*rows: tuple[str, str, str]) -> dict[str, Action]:
    return {r[0]: Action(*r) for r in rows}


# The six moves every scrolling view has, and their keys: one table, so the views' keys
# cannot drift apart (review s16: four copies, and page up was shift+space in two of them
# only). tui/bindings.py makes each view's Bindings from these rows.
SCROLL_MOVES: tuple[tuple[str, str], ...] = (
    ("down", "j,down"),
    ("up", "k,up"),
    ("page_down", "pagedown,space"),
    ("page_up", "pageup,shift+space"),
    ("first", "g,home"),
    ("last", "G,end"),
)


def scroll_ids(prefix: str, names: dict[str, str] | None = None) -> dict[str, str]:
    """Move -> the action id of ``prefix``'s view (``list.down``; ``names`` renames a
    move's id, as the article's ``top`` and ``bottom``)."""
    return {move: f"{prefix}.{(names or {}).get(move, move)}" for move, _ in SCROLL_MOVES}


def _scroll_rows(
    prefix: str, view: str, names: dict[str, str] | None = None, words: dict[str, str] | None = None
) -> tuple[tuple[str, str, str], ...]:
    """``prefix``'s six scroll rows; ``words`` says a move in the description (scroll down)."""
    ids = scroll_ids(prefix, names)
    said = {move: ids[move].split(".")[-1].replace("_", " ") for move in ids} | (words or {})
    return tuple((ids[move], keys, f"{view}: {said[move]}") for move, keys in SCROLL_MOVES)


ACTIONS: dict[str, Action] = _table(
    # the app and the main screen
    ("palette", "ctrl+p", "command palette"),
    ("focus_filter", "slash", "filter the list"),
    ("filter_done", "enter,escape", "leave the filter, back to the list"),
    ("help", "question_mark,f1", "help"),
    ("quit", "q", "quit"),
    ("back", "escape", "back"),
    ("next_pane", "tab", "next pane"),
    ("prev_pane", "shift+tab", "previous pane"),
    ("next_briefing", "J", "next briefing"),
    ("prev_briefing", "K", "previous briefing"),
    ("find", "f,ctrl+f", "find in the article"),
    ("next_hit", "right_square_bracket", "next find hit"),
    ("prev_hit", "left_square_bracket", "previous find hit"),
    ("bookmark", "b", "bookmark"),
    ("note", "n", "write a note"),
    ("cite", "c", "cite the selected figure in a note"),
    ("copy", "y", "copy"),
    ("script", "t", "Simplified / Traditional"),
    ("original", "o", "original text"),
    ("open_link", "O", "open the source link"),
    ("side", "s", "side panel"),
    ("zoom", "z", "maximise the pane"),
    ("group", "T", "group by date / topic"),
    ("sort", "S", "sort order"),
    ("language", "L", "UI language"),
    ("export", "e", "export notes"),
    ("problems", "P", "problems view"),
    ("next_unread", "N,u", "next unread briefing"),
    ("prev_unread", "U", "previous unread briefing"),
    ("toggle_read", "r", "mark read / unread"),
    ("mark_all_read", "A", "mark every shown briefing read"),
    ("notes_screen", "ctrl+n", "every note and bookmark"),
    ("manage_notes", "m", "edit or delete this briefing's notes"),
    # screens and dialogs
    ("close", "escape,q", "close the help or problems view"),
    *_scroll_rows("help", "help", words={"down": "scroll down", "up": "scroll up", "first": "top", "last": "bottom"}),
    ("find.cancel", "escape", "close the find bar"),
    ("editor.save", "ctrl+s", "save the note"),
    ("editor.cancel", "escape", "cancel the note"),
    ("confirm.keep_editing", "escape", "discard dialog: keep editing"),
    ("confirm.keep_draft", "k", "discard dialog: keep as draft"),
    ("confirm.discard", "d", "discard dialog: discard"),
    ("confirm.stay", "escape", "quit dialog: go back"),
    ("confirm.quit", "q,y", "quit dialog: quit"),
    ("problems.down", "j", "problems: down"),
    ("ask.yes", "y,enter", "yes/no dialog: yes"),
    ("ask.no", "n,escape", "yes/no dialog: no"),
    ("notes.close", "escape", "notes screen: close"),
    ("notes.filter", "slash", "notes screen: filter"),
    ("notes.edit", "e", "notes screen: edit the note"),
    ("notes.delete", "d", "notes screen: delete the note (asks first)"),
    ("notes.undo", "u", "notes screen: undo the last delete"),
    ("notes.down", "j", "notes screen: down"),
    ("notes.up", "k", "notes screen: up"),
    ("problems.up", "k", "problems: up"),
    # the article
    *_scroll_rows("article", "article", {"first": "top", "last": "bottom"}, {"down": "scroll down", "up": "scroll up"}),
    # the list
    *_scroll_rows("list", "list"),
    ("list.open", "enter", "list: open"),
    ("list.fold", "h,left", "list: fold a story's versions, else the group"),
    ("list.unfold", "l,right", "list: list a story's versions, else unfold the group"),
    # the figures in the side panel
    ("figures.down", "j,down", "figures: next"),
    ("figures.up", "k,up", "figures: previous"),
    ("figures.jump", "enter", "figures: go to the sentence"),
    # across briefings (issue 17)
    ("figures_view", "F", "every figure of the shown briefings"),
    ("metrics_view", "M", "metrics over time"),
    ("digest", "D", "write a Markdown digest of the shown briefings"),
    ("versions_view", "V", "the versions of the briefing's story and where their figures differ"),
    ("versions.close", "escape,q", "versions view: close"),
    ("versions.next", "tab", "versions view: the other table"),
    ("versions.down", "j", "versions view: down"),
    ("versions.up", "k", "versions view: up"),
    ("figview.close", "escape,q", "figures view: close"),
    ("figview.filter", "slash", "figures view: filter (money>1000亿, a unit, a metric)"),
    ("figview.left", "h,left", "figures view: previous column"),
    ("figview.right", "l,right", "figures view: next column"),
    ("figview.sort", "s", "figures view: sort by the column (again: reverse)"),
    *_scroll_rows("figview", "figures view"),
    ("figview.open", "enter", "figures view: open the briefing at the sentence"),
    ("metrics.close", "escape,q", "metrics view: close"),
    ("metrics.export", "x", "metrics view: export the chosen metric as CSV"),
)

# Actions bound with priority=True: they run before the focused pane's own keys (the filter's / and enter
# must reach the filter from any pane). tests/core/test_cli_args.py checks this against the bindings.
PRIORITY: frozenset[str] = frozenset({"palette", "focus_filter", "filter_done"})

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
NAMED_KEYS = frozenset(
    {
        "backspace",
        "delete",
        "down",
        "end",
        "enter",
        "escape",
        "home",
        "insert",
        "left",
        "pagedown",
        "pageup",
        "return",
        "right",
        "space",
        "tab",
        "up",
        "newline",
        # Textual's short names for some characters (textual.keys.KEY_NAME_REPLACEMENTS)
        "slash",
        "backslash",
        "at",
        "minus",
        "plus",
        "underscore",
    }
    | {f"f{n}" for n in range(1, 25)}
)


def is_key(name: str) -> bool:
    """Whether ``name`` is one key as Textual names it (``ctrl+f``, ``question_mark``, ``G``)."""
    *mods, base = name.split("+") if len(name) > 1 else [name]
    if any(m not in MODIFIERS for m in mods) or len(set(mods)) != len(mods):
        return False
    if mods and base == "":  # "ctrl++": the plus key itself
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace() and base != ","
    if base in NAMED_KEYS:
        return True
    if not base or not base.isascii() or not all(c.islower() or c.isdigit() or c == "_" for c in base):
        return False
    char = _named_character(base)
    return char is not None and char.isprintable() and not char.isspace() and _on_a_keyboard(char)


def _on_a_keyboard(char: str) -> bool:
    """A character a keyboard has a key for: Latin (¥, £, é, §, ^ …), or a letter, digit,
    punctuation, currency or math sign of any script (α, я, か, 가, €). Every Unicode name
    is a Textual key name, so "banana" (U+1F34C, a pictograph) and "ctrl+banana" passed
    the check while no keyboard types them: with quit = "ctrl+banana" q quit nothing and no
    error said why (tester s18 U9). Refused by category, pictographs and other symbols (So),
    modifier symbols beyond Latin (Sk), marks and unassigned or private characters, not by
    script: Greek, Cyrillic and kana keyboards type their letters (review s18 R20)."""
    return ord(char) < 0x250 or unicodedata.category(char)[0] in "LNP" or unicodedata.category(char) in ("Sc", "Sm")


def _named_character(name: str) -> str | None:
    """The character Textual names ``name``: its Unicode name in lower case with spaces
    and hyphens as ``_`` (question_mark, less_than_sign for LESS-THAN SIGN)."""
    parts = name.upper().split("_")
    if len(parts) > 8:
        return None
    for mask in range(1 << (len(parts) - 1)):  # each _ was a space or a hyphen
        joined = parts[0]
        for i, part in enumerate(parts[1:]):
            joined += ("-" if mask >> i & 1 else " ") + part
        try:
            char = unicodedata.lookup(joined)
        except KeyError:
            continue
        return char if len(char) == 1 else None
    return None


def bad_key(keys: str) -> str | None:
    """The first item of a comma-separated key list that is not a key; None when all are."""
    for item in (k.strip() for k in keys.split(",")):  # the comma key itself is "comma"
        if not item or not is_key(item):
            return item
    return None
