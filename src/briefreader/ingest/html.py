"""HTML to paragraphs with selectolax (lexbor).

The walk is iterative, so a page of deeply nested tags cannot exhaust the Python
stack; block elements become paragraph breaks, inline ones join their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(
    r"<(?:p|div|br|html|body|span|a|h[1-6]|li|ul|ol|table|tr|td|section|article|strong|em|b|i|img|meta|title|head|script|style)\b[^<>]*>",
    re.IGNORECASE,
)

# Not text: code, chrome, and ruby annotations (pinyin over characters).
DROPPED = ["script", "style", "nav", "footer", "header", "aside", "noscript", "template",
           "iframe", "svg", "math", "object", "embed", "form", "button", "select",
           "rt", "rp", "head"]

# Site chrome marked by class or id rather than by tag: menus, ads, share bars.
CHROME = frozenset("""
ad ads advert advertisement adv banner nav navbar navigation menu footer copyright
share sharebar sidebar related recommend comment comments breadcrumb header toolbar
login qrcode topbar
""".split())
_TOKEN = re.compile(r"[a-z]+")

BLOCK = frozenset("""
address article blockquote body caption center dd details dialog div dl dt fieldset
figcaption figure h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table
tbody td tfoot th thead tr ul
""".split())


@dataclass(slots=True)
class HtmlDoc:
    text: str  # paragraphs separated by newlines
    title: str = ""  # <title>, else the first <h1>
    meta: dict[str, str] = field(default_factory=dict)  # <meta name/property=... content=...>


def looks_like_html(text: str) -> bool:
    sample = text[:20000]
    return len(_TAG.findall(sample)) >= 2 or "<!doctype html" in sample[:200].lower()


def html_to_doc(markup: str) -> HtmlDoc:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    title = ""
    node = tree.css_first("title")
    if node is not None:
        title = node.text(deep=True).strip()
    meta: dict[str, str] = {}
    for m in tree.css("meta"):
        key = (m.attributes.get("name") or m.attributes.get("property") or "").lower()
        content = m.attributes.get("content")
        if key and content:
            meta[key] = content.strip()
    h1 = tree.css_first("h1")
    if h1 is not None:
        meta.setdefault("h1", h1.text(deep=True).strip())
    tree.strip_tags(DROPPED)
    _drop_chrome(tree)
    root = tree.body or tree.root
    return HtmlDoc(text=_paragraphs(root) if root is not None else "", title=title, meta=meta)


_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_BETWEEN_WIDE = re.compile(rf"(?<=[{_WIDE}])[ \t]*\n\s*(?=[{_WIDE}])")


def _segment_breaks(text: str) -> str:
    """Source line breaks inside text: gone between CJK characters, else a space.

    This is what browsers do (CSS Text, segment break transformation), so a
    sentence wrapped in the HTML source is not split by a stray space.
    """
    if "\n" not in text:
        return text
    return _BREAK_BETWEEN_WIDE.sub("", text).replace("\n", " ")


def _drop_chrome(tree) -> None:
    for node in tree.css("[class], [id]"):
        if node.tag in ("html", "body"):
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if CHROME.intersection(_TOKEN.findall(names)):
            node.decompose()


def _paragraphs(root) -> str:
    parts: list[str] = []
    stack: list[object] = [root]
    end_of_block = object()
    while stack:
        node = stack.pop()
        if node is end_of_block:
            parts.append("\n")
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(_segment_breaks(node.text_content or ""))
            continue
        if tag in ("-comment", "!doctype"):
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if tag in BLOCK:
            parts.append("\n")
            stack.append(end_of_block)
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    return "".join(parts)
