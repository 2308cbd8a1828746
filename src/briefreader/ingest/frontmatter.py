"""Front matter: YAML between ``---`` lines (Jekyll, Hexo, Hugo), parsed in safe mode, or
TOML between ``+++`` lines (Hugo's other form), or a key-value header with no fence (Pelican's
and MultiMarkdown's: "Title: …", "Date: …" lines, one blank line, the text)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..model import Problem

# Leading blank lines are common in scraped files; the fence must be alone on its line.
_OPEN = re.compile(r"\A(?:[ \t]*\n)*(?P<fence>---|\+\+\+)[ \t]*\n")
_CLOSE = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE),
    "+++": re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE),
}
MAX_FRONT_MATTER = 64 * 1024  # a real header is a few lines; more is not front matter
# YAML aliases can build a structure that is cyclic, or exponentially large when
# walked ("billion laughs"); metadata extraction walks the values, so only a small
# tree is accepted.
MAX_NODES = 10_000
MAX_NESTING = 32


@dataclass(slots=True)
class FrontMatter:
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    present: bool = False
    problems: list[Problem] = field(default_factory=list)


# An archive's header without front matter (news archives kept as Markdown, web clippers): a first
# line holding only a Unix time in an HTML comment ("<!--1602002919000-->", the time the archive
# gives the item), then the headline as a link to the article's own address, an ATX heading
# ("# [标题](https://…)") or a line with a setext rule under it ("[标题](https://…)" / "------")
_STAMP_COMMENT = re.compile(r"[ \t]*<!--[ \t]*(?P<stamp>1\d{9}(?:\d{3})?)[ \t]*-->[ \t]*\n")
_LINKED_HEADLINE = re.compile(
    r"[ \t]*(?:#{1,2}[ \t]+)?\[(?P<title>[^\[\]\n]{2,200})\]\((?P<url>https?://[^\s()<>]{4,500})\)[ \t]*\n?"
)
_SETEXT_RULE = re.compile(r"[ \t]*(?:=+|-+)[ \t]*(?:\n|\Z)")


def archive_header(text: str) -> dict[str, str]:
    """The fields an archive's header gives at the top of a file with no front matter: its time
    stamp (``archive_stamp``) and the headline's link (``headline_link``); {} when there is none."""
    out: dict[str, str] = {}
    pos = len(text) - len(text.lstrip("\n"))
    if m := _STAMP_COMMENT.match(text, pos):
        out["archive_stamp"] = m["stamp"]
        pos = m.end()
        pos += len(text[pos : pos + 200]) - len(text[pos : pos + 200].lstrip("\n"))
    end = text.find("\n", pos, pos + 1000)
    line = text[pos : end + 1] if end != -1 else ""
    if line and (h := _LINKED_HEADLINE.fullmatch(line)):
        atx = line.lstrip().startswith("#")
        if atx or _SETEXT_RULE.match(text, pos + len(line)):
            out["headline_link"] = h["url"]
    return out


# Pelican's and MultiMarkdown's metadata keys: a header of such lines alone, one a title, is the post's fields
_HEADER_KEYS = frozenset(
    {
        *("title", "subtitle", "date", "modified", "category", "tags", "keywords", "slug", "author", "authors"),
        *("lang", "summary", "status", "cover", "image", "template", "translation", "description", "url", "save_as"),
    }
)
_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z_]{1,11})[ \t]*:[ \t]+(?P<value>\S[^\n]{0,300})")


def key_value_header(text: str) -> tuple[dict[str, str], str] | None:
    """A post's key-value header with no fence (Pelican, MultiMarkdown): from the first line, two or more lines
    "Key: value" whose keys are all such a header's (Title, Date, Category, Tags, Slug, Authors, Lang…), a title
    among them, then a blank line. Its fields (keys lower-case) and the text after it; None when the text opens
    otherwise (a text whose first line is "Note: …" has no header)."""
    head = text[:4000].replace("\r\n", "\n")
    lines = head.lstrip("\n").split("\n")
    meta: dict[str, str] = {}
    keyed = 0
    for line in lines[:30]:
        if not line.strip():
            break
        if not (m := _HEADER_LINE.fullmatch(line.rstrip())) or m["key"].lower() not in _HEADER_KEYS:
            return None
        meta.setdefault(m["key"].lower(), m["value"].strip())
        keyed += 1
    else:
        return None  # no blank line after it: not a header the text follows
    if keyed < 2 or "title" not in meta:
        return None
    # the body: the text after the header's lines and the blank lines below them, as given (its line ends kept)
    pos = len(text) - len(text.lstrip("\r\n"))
    for _ in range(keyed):
        pos = text.index("\n", pos) + 1
    while (nl := text.find("\n", pos, pos + 200)) != -1 and not text[pos:nl].strip():
        pos = nl + 1
    return meta, text[pos:]


# A YAML header whose opening "---" was lost (a Hexo post kept without its first line:
# "title: 紀錄三讀通過交通處罰條例", "date: 2021-12-10 21:32:34", "categories: ramble", "tags:" over its list, then
# "---": dev-retired32 s35h_05): from the first line "title:", up to the closing fence, read as YAML; only a mapping of
# two or more keys that are a header's names (a word each, no sentence), so a text that opens "title: …" over a rule
# is no header otherwise
_FENCELESS = re.compile(r"\A(?:[ \t]*\n)*title[ \t]*:[ \t]*\S", re.IGNORECASE)
_HEADER_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,20}")


def _fenceless(text: str) -> FrontMatter | None:
    if not _FENCELESS.match(text) or not (closing := _CLOSE["---"].search(text, 0, MAX_FRONT_MATTER)):
        return None
    try:
        meta, bad_dates = _yaml_load(text[: closing.start()])
    except Exception:  # yaml raises many types: no header
        return None
    if not (
        isinstance(meta, dict)
        and len(meta) >= 2
        and all(isinstance(k, str) and _HEADER_KEY.fullmatch(k) for k in meta)
        and _small_tree(meta)
    ):
        return None
    problems = [Problem("front_matter", f"front matter date is no date: {v[:40]}") for v in bad_dates[:3]]
    return FrontMatter(
        meta={str(k).lower(): _no_bytes(v) for k, v in meta.items()},
        body=text[closing.end() :].lstrip("\n"),
        present=True,
        problems=problems,
    )


def split_front_matter(text: str) -> FrontMatter:
    opening = _OPEN.match(text)
    if not opening:
        if (header := key_value_header(text)) is not None:
            return FrontMatter(meta=dict(header[0]), body=header[1], present=True)
        if (fenceless := _fenceless(text)) is not None:
            return fenceless
        return FrontMatter(body=text, meta=archive_header(text[:2000].replace("\r\n", "\n")))
    toml = opening["fence"] == "+++"
    closing = _CLOSE[opening["fence"]].search(text, opening.end(), opening.end() + MAX_FRONT_MATTER)
    if not closing:
        return FrontMatter(body=text)  # a lone "---" is a rule, not a header
    block = text[opening.end() : closing.start()]
    body = text[closing.end() :].lstrip("\n")
    bad_dates: list[str] = []
    try:
        if toml:  # TOML has no aliases: its tree is as large as its text
            import tomllib

            meta = tomllib.loads(block)
        else:
            meta, bad_dates = _yaml_load(block) if block.strip() else ({}, [])
    except Exception as exc:  # yaml raises many types; all mean "not usable"
        if toml:
            return FrontMatter(body=text)  # "+++" lines around other text are rules, not a header
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        # its plain "key: value" lines still say what they say (tester s22 T1: "文号: -", a crawler's mark for
        # no document number, is a YAML list item where a value was expected; the 发布日期 and 发布单位 beside it
        # were lost)
        return FrontMatter(
            meta=_plain_lines(block),
            body=body,
            present=True,
            problems=[Problem("front_matter", f"malformed YAML front matter (plain key: value lines read): {first}")],
        )
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return FrontMatter(
            body=body,
            present=True,
            problems=[Problem("front_matter", "front matter is not a mapping of keys to values")],
        )
    if not _small_tree(meta):
        return FrontMatter(
            body=body,
            present=True,
            problems=[Problem("front_matter", "front matter is nested too deeply or too large (YAML aliases)")],
        )
    problems = [Problem("front_matter", f"front matter date is no date: {v[:40]}") for v in bad_dates[:3]]
    return FrontMatter(
        meta={str(k).lower(): _no_bytes(v) for k, v in meta.items()}, body=body, present=True, problems=problems
    )


# a top-level line "key: value" whose value is a plain scalar (no flow collection, block scalar, anchor, alias or tag)
_PLAIN_LINE = re.compile(r"(?P<key>[^\s:#\-\[\]{}][^:\n]{0,40}?)[ \t]*:[ \t]+(?P<value>[^\s\[\]{}|>&*!%@`][^\n]*)")
_NO_VALUE = {"-", "~", "null", "none", "无", "暂无"}


def _plain_lines(block: str) -> dict[str, Any]:
    """A malformed YAML header's plain "key: value" lines, each as its text (a quoted value unquoted); a value that
    says there is none ("-", "~", "null") is left out. Lines YAML would read otherwise (lists, blocks) are skipped."""
    meta: dict[str, Any] = {}
    for line in block.splitlines()[:200]:
        if not (m := _PLAIN_LINE.fullmatch(line)):
            continue
        value = m["value"].strip()  # (greedy, then stripped: a lazy value before blanks was quadratic in them)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif value[0] in "'\"":
            continue  # an unclosed quote: not a value this reading can vouch for
        if value.strip().lower() not in _NO_VALUE:
            meta.setdefault(m["key"].strip().lower(), value.strip())
    return meta


@lru_cache(maxsize=1)
def _lenient_loader() -> type:
    """PyYAML's safe loader, but a timestamp that is no date ("2025-02-30") stays the string it is, noted on the
    loader, instead of failing the whole header: the title and source beside it are still read (tester s16 M5)."""
    import yaml

    class Loader(yaml.SafeLoader):  # type: ignore[misc]
        bad_dates: list[str]

    def timestamp(loader: Loader, node: Any) -> Any:
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except ValueError:
            loader.bad_dates.append(str(node.value))
            return str(node.value)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return Loader


def _yaml_load(block: str) -> tuple[Any, list[str]]:
    loader = _lenient_loader()(block)
    loader.bad_dates = []
    try:
        return loader.get_single_data(), loader.bad_dates
    finally:
        loader.dispose()


def _no_bytes(value: Any) -> Any:
    """A ``!!binary`` value is data, not text: dropped, never shown as ``b'...'``.
    (The tree was checked small, so the recursion is bounded.)"""
    if isinstance(value, (bytes, bytearray)):
        return None
    if isinstance(value, dict):
        return {k: _no_bytes(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_no_bytes(v) for v in value]
    return value


def _small_tree(value: Any) -> bool:
    """At most MAX_NODES values (an alias counts each time it is used), at most
    MAX_NESTING deep; an iterative walk, so the check itself cannot recurse."""
    stack = [(value, 0)]
    seen = 0
    while stack:
        value, depth = stack.pop()
        seen += 1
        if seen > MAX_NODES or depth > MAX_NESTING:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, (list, tuple, set, frozenset)):
            stack.extend((v, depth + 1) for v in value)
    return True
