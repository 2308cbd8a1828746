"""The rows of an SQL dump: ``INSERT INTO t [(columns)] VALUES (…), (…);`` statements, each row a dict of its
columns' names and values (a crawler's MySQL dump of its articles: Navicat's "Records of article_info", mysqldump's
extended inserts, SQLite's .dump). The records reader hands the rows to the role reader as it does JSON objects:
what a column is comes from its name and its values, never from this module.

A row's column names are the statement's own list, else the table's CREATE TABLE in the same dump, else the
positions ("0", "1", …: the role reader then reads them by their values alone). Only literals are read: quoted
strings (MySQL's backslash escapes and SQL's doubled quote), numbers, NULL; a function call or an expression ends the
statement's reading (precision first: a row read half-way is no row). Bounded: the text is the ingest prefix (8 MB),
every scan goes forward from where the last one ended, and rows, statements and columns are capped.
"""

from __future__ import annotations

import re

from ..punct import SENTENCE_END_ZH

# a statement's head: INSERT [IGNORE|OR REPLACE] INTO name [(columns)] VALUES
_INSERT = re.compile(
    r"\bINSERT\s+(?:IGNORE\s+|OR\s+\w+\s+)?INTO\s+((?:[`\"\[]?[\w$]{1,64}[`\"\]]?\.)?[`\"\[]?[\w$]{1,64}[`\"\]]?)"
    r"\s*(\([^()]{0,8000}\))?\s*VALUES\s*",
    re.IGNORECASE,
)
_CREATE = re.compile(
    r"\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    r"((?:[`\"\[]?[\w$]{1,64}[`\"\]]?\.)?[`\"\[]?[\w$]{1,64}[`\"\]]?)\s*\(",
    re.IGNORECASE,
)
_NAME = re.compile(r"\s*[`\"\[]?([^`\"\[\]\s,()]{1,64})[`\"\]]?")
# a CREATE TABLE line that defines no column (a key, an index, a constraint)
_NOT_COLUMN = re.compile(r"\s*(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL)\b", re.IGNORECASE)
# one value of a row: a quoted string (backslash escapes; '' a quote), NULL, a number; then its comma or the row's end
_VALUE = re.compile(
    r"\s*(?:[Nn]?'([^'\\]*(?:(?:\\.|'')[^'\\]*)*)'|(NULL)\b|([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?))\s*([,)])",
    re.DOTALL | re.IGNORECASE,
)
_QUOTED = re.compile(r"'[^'\\]*(?:(?:\\.|'')[^'\\]*)*'|\"[^\"]*\"", re.DOTALL)
_DEFINITION_TOKEN = re.compile(r"[^'\"()]+|'[^'\\]*(?:(?:\\.|'')[^'\\]*)*'|\"[^\"]*\"|.", re.DOTALL)
_OPEN = re.compile(r"\s*\(")
_COMMA = re.compile(r"\s*,")
_ESCAPE = re.compile(r"\\(.)|''", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "", "Z": "", "b": ""}
DEFINITION_MAX = 64 * 1024  # characters of a CREATE TABLE's body read
DEFINITIONS_MAX = 1024 * 1024  # characters of all the dump's CREATE TABLE bodies read
COLUMNS_MAX = 200  # columns of a table (a record is tens)
STATEMENTS_MAX = 10_000  # INSERT statements looked at
HEAD_WINDOW = 64 * 1024  # where a dump's first INSERT must be, for a text to be one (a dump's header is short)


# what a dump opens with, past its comments: a statement (an article that shows an INSERT opens with its prose, and
# its example stays its text)
_COMMENTS = re.compile(r"\A\ufeff?(?:\s+|--[^\n]*|#[^\n]*|/\*(?:[^*]|\*(?!/)){0,8000}\*/)*")
_STATEMENT = re.compile(
    r"(?:INSERT|CREATE|DROP|SET|USE|LOCK|BEGIN|START|PRAGMA|ALTER|DELETE|REPLACE|TRUNCATE)\b", re.IGNORECASE
)


def looks_like_dump(text: str) -> bool:
    """Is the text SQL from its first statement (comments before it), with an INSERT of a row of values in its
    start, as a dump is?"""
    head = text[:HEAD_WINDOW]
    if "insert" not in head.lower():
        return False
    opening = _COMMENTS.match(head)
    if opening is None or not _STATEMENT.match(head, opening.end()):
        return False
    return (m := _INSERT.search(head)) is not None and _row(text, m.end())[0] is not None


def _unquote(value: str) -> str:
    return _ESCAPE.sub(lambda m: "'" if m[1] is None else _ESCAPES.get(m[1], m[1]), value)


def _names(listed: str) -> list[str]:
    """The names of a parenthesized column list, "(`id`, `title`, content)"."""
    return [m[1] for part in listed.strip()[1:-1].split(",")[:COLUMNS_MAX] if (m := _NAME.match(part))]


def _definition(text: str, at: int) -> tuple[str | None, int]:
    """(the body of the CREATE TABLE opening at ``at``, just past its "(", to its closing ")"; None when none closes it
    within DEFINITION_MAX), and the characters read. One forward pass of tokens: quoted strings whole (a COMMENT '1 for
    news, 2 for post' or a DEFAULT ')' holds commas and brackets), runs of other characters, brackets."""
    depth, pos = 1, at
    limit = min(len(text), at + DEFINITION_MAX)
    while pos < limit:
        m = _DEFINITION_TOKEN.match(text, pos, limit)
        if m is None:  # (not reached: one character always matches)
            break
        pos = m.end()
        if m[0] in ("'", '"'):  # a quote that does not close within the window: the body does not either (and
            return None, pos - at  # trying every later quote to the window's end would be quadratic: review s44 R8)
        depth += (m[0] == "(") - (m[0] == ")")
        if depth == 0:
            return text[at : pos - 1], pos - at
    return None, pos - at


def _columns(body: str) -> list[str]:
    """The columns a CREATE TABLE's body defines."""
    body = _QUOTED.sub("''", body)  # (quoted strings out: their commas and brackets are no definition's)
    out: list[str] = []
    depth, part_start = 0, 0
    for k, c in enumerate(body + ","):  # split at the body's top-level commas
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            part = body[part_start:k]
            if not _NOT_COLUMN.match(part) and (m := _NAME.match(part)):
                out.append(m[1])
            part_start = k + 1
            if len(out) >= COLUMNS_MAX:
                break
    return out


def _row(text: str, at: int) -> tuple[list[str | None] | None, int]:
    """(the values of the row whose "(" is at or after ``at``, the position past its ")"), or (None, at) when no row of
    literals is there."""
    m = _OPEN.match(text, at)
    if m is None:
        return None, at
    pos, values = m.end(), []
    while len(values) <= COLUMNS_MAX:
        v = _VALUE.match(text, pos)
        if v is None:
            return None, at
        values.append(_unquote(v[1]) if v[1] is not None else None if v[2] else v[3])
        pos = v.end()
        if v[4] == ")":
            return values, pos
    return None, at


# A site's dump writes its tables alphabetically (mysqldump, Navicat): WordPress's wp_comments, wp_options and
# wp_postmeta, thousands of rows, before wp_posts. A cap on the rows of all tables together read the postmeta and never
# reached the posts (review s45 R2): each table has its own cap, and the rows kept in all are bounded apart (memory).
# Past that bound the tables after are still read: the tables that hold the least prose (_row_prose) are let go
# (32 full tables of ids before the posts left the posts unread: review s47 R7).
ROWS_KEPT_MAX = 64_000  # rows kept, all tables together
PROSE_MIN = 20  # characters of a value with a sentence's end, for it to be prose (the records reader's too)
PROSE_END = re.compile(f"[{SENTENCE_END_ZH}]")  # a sentence's end (the records reader's too)


def _row_prose(row: dict[str, str]) -> tuple[int, int]:
    """What a row holds, as it is (before any reading of roles): the characters of its longest value that is prose (a
    sentence or more), and of its longest value. Summed over a table's rows, its measure (dump_tables' order): the
    text in prose first, since 1,990 one-word comments ("好") hold more characters than three posts, and no article."""
    return (
        max((len(v) for v in row.values() if len(v) >= PROSE_MIN and PROSE_END.search(v)), default=0),
        max(map(len, row.values()), default=0),
    )


def dump_tables(text: str, rows_max: int) -> dict[str, list[dict[str, str]]]:
    """Each table's rows (at most ``rows_max`` + 1 of each table: one past says there are more), as dicts of column
    name and value (NULL left out), the tables whose rows hold the most prose first (_row_prose; in file order between
    equals); a table's rows past its cap are skipped, the tables after it still read (past ROWS_KEPT_MAX rows in all,
    those with the least prose let go)."""
    tables: dict[str, list[dict[str, str]]] = {}
    defined: dict[str, list[str]] = {}
    read = 0  # characters of definitions read, all tables together: a bound, whatever repeats (review s44 R1)
    for m in _CREATE.finditer(text):
        if (name := _bare(m[1])) in defined:
            continue  # (a table defined again: its first definition names its columns)
        body, spent = _definition(text, m.end())
        defined[name] = _columns(body) if body is not None else []
        read += spent
        if len(defined) >= STATEMENTS_MAX or read > DEFINITIONS_MAX:
            break
    total, pos = 0, 0
    gone: set[str] = set()  # tables let go past the bound (see ROWS_KEPT_MAX)
    held: dict[str, tuple[int, int]] = {}  # each table's rows' _row_prose summed, as they are read
    for _ in range(STATEMENTS_MAX):
        m = _INSERT.search(text, pos)
        if m is None:
            break
        table = _bare(m[1])
        names = _names(m[2]) if m[2] else defined.get(table, [])
        pos = m.end()
        if table in gone:
            continue
        rows = tables.setdefault(table, [])
        held.setdefault(table, (0, 0))
        while len(rows) <= rows_max:
            values, end = _row(text, pos)
            if values is None:
                break
            pos = end
            keys = names if len(names) == len(values) else [str(k) for k in range(len(values))]
            rows.append(row := {k: v for k, v in zip(keys, values, strict=True) if v is not None})
            p, n = _row_prose(row)
            held[table] = (held[table][0] + p, held[table][1] + n)
            total += 1
            sep = _COMMA.match(text, pos)
            if sep is None:
                break
            pos = sep.end()
        if not rows:
            del tables[table]
        if total >= ROWS_KEPT_MAX and len(tables) > 1:
            # (the tables with the least prose go until the rest are under the bound; the table being read may be one:
            # its later statements are skipped as a full table's are)
            for name in sorted(tables, key=lambda t: held[t]):
                if total < ROWS_KEPT_MAX:
                    break
                total -= len(tables.pop(name))
                gone.add(name)
    return {name: tables[name] for name in sorted(tables, key=held.__getitem__, reverse=True)}


def _bare(name: str) -> str:
    """A table's name without its quotes and schema ("`db`.`article_info`" -> "article_info")."""
    return re.sub(r"[`\"\[\]]", "", name).rsplit(".", 1)[-1].lower()
