"""HTML to paragraphs with selectolax (lexbor).

Before parsing, nesting deeper than MAX_DEPTH is flattened (:func:`cap_nesting`),
which keeps lexbor linear; the walk is iterative as well. Block elements become
paragraph breaks, inline ones join their text.

A full page's article is found by readability-lxml (Mozilla's Readability scoring:
paragraph text, commas and link density per candidate block, siblings joined),
chosen by measurement on the real-world corpus over gne, trafilatura, a density
scorer of our own and the old class-name rules (benchmarks/bench_extractors.py).
Fragments (no <html> or <body>: feed entries, pasted snippets) take the fast path:
all of their text. Hidden elements and comment sections are removed first; scripts
and styles never count.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ..punct import CLOSE_BRACKET, CLOSE_QUOTE, COMMA, HAN_BASIC, SEMICOLON, SENTENCE_END, SENTENCE_END_ZH
from .builder import template_markup

if TYPE_CHECKING:
    from collections.abc import Iterator

    from selectolax.lexbor import LexborHTMLParser, LexborNode

_TAG = re.compile(
    r"<(?:p|div|br|html|body|span|a|h[1-6]|li|ul|ol|table|tr|td|section|article|strong|em|b|i|img|meta|title|head|script|style)\b[^<>]*>",
    re.IGNORECASE,
)

# Not text: code, chrome, and ruby annotations (pinyin over characters); a media element's
# content is what a browser shows only when it cannot play it ("Your browser does not
# support the video tag").
DROPPED = [
    "video",
    "audio",
    "canvas",
    "script",
    "style",
    "nav",
    "footer",
    "aside",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "object",
    "embed",
    "button",
    "textarea",
    "select",
    "rt",
    "rp",
    "head",
]

# Reader comments, marked by class or id (the density method cannot tell a long
# comment from an article paragraph). Whole words of the class/id only: "post_header"
# or "comments-count" inside an article are not a comment section.
COMMENTS = frozenset("comment comments commentlist comment-list comments-list reply replies disqus_thread".split())
_WORDS = re.compile(r"[^\s]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Past this much markup (scripts and styles gone) a page is read whole: readability's
# cost grows with the tree, ~3 s at this size on a page of 6,000 sibling blocks, while
# real article pages are under 250 KB (the largest of the real-world corpus: 238 KB).
MAX_READABILITY = 512 * 1024
MIN_ARTICLE = 50  # a shorter "article" is a caption readability settled on: the whole text is kept
# When hiding would remove more than half of a page's sentences (and it has a few),
# the hidden part is the article a script would reveal, not chrome.
HIDDEN_GUARD, MIN_HIDDEN_GUARD, MAX_HIDDEN_GUARD = 0.5, 3, 200
_SENTENCE_END = re.compile(f"[{SENTENCE_END}]")
_PROSE = re.compile(rf"^.{{40,}}[{SENTENCE_END}{CLOSE_QUOTE}]$")
_CLAUSE = re.compile(f"[{COMMA}{SENTENCE_END_ZH}{SEMICOLON}]")
# a line that ends a sentence, past a closing quote or bracket ("…他说。”", "…（完）")
_ENDS_SENTENCE = re.compile(f"[{SENTENCE_END}][{CLOSE_QUOTE}{CLOSE_BRACKET}]?$")
_PHOTO_CAPTION = re.compile(r"[(（][^()（）]{0,12}(?:摄|攝|供图|供圖|图|圖|photo)[^()（）]{0,6}[)）]$", re.IGNORECASE)
_FULL_PAGE = re.compile(r"<(?:html|body|!doctype)\b", re.IGNORECASE)
# A page saved or archived without its <html> and <body> tags (a crawl's <text> record, a
# scraped body) is still a page when it is as large as one, links like one and carries a
# page's machinery (a script, a form); a feed entry (its reader strips both) or a pasted
# snippet does not.
PAGE_MARKUP, PAGE_LINKS = 20_000, 30
_LINK_TAG = re.compile(r"<a\s", re.IGNORECASE)
_PAGE_MACHINERY = re.compile(r"<(?:script|form)\b", re.IGNORECASE)
_RECORD_URL = re.compile(
    r"\s*<(?:text|doc)\s[^<>]{0,200}?\b(?:id|url)\s*=\s*[\"'](?P<url>https?://[^\"'\s<>]{4,2000})[\"']", re.IGNORECASE
)
# the address a saved page was saved from, in the comment its saver writes at the top: a browser's "<!-- saved from
# url=(0060)https://… -->", monolith's "<!-- Saved from https://… at … using monolith -->", SingleFile's "<!--\n Page
# saved with SingleFile \n url: https://…" (tester s24 T18: info.gov.hk's release names its outlet nowhere else)
_SAVED_FROM = re.compile(
    r"<!--(?:\s*saved from url=\(\d{1,6}\)|\s*Saved from\s|\s*Page saved with SingleFile\s+url:\s*)"
    r"(?P<url>https?://[^\s<>\"']{4,2000})",
    re.IGNORECASE,
)
SAVED_FROM_WITHIN = 8192  # characters at the page's top where a saver's comment stands


def _page_without_tags(markup: str, masthead: bool = False) -> bool:
    """``masthead``: the page opens with a site's masthead (an <h1> that is one link to its front
    page, _home_h1), which no feed entry or snippet has: then a blog's page of few links is one."""
    return (
        len(markup) >= PAGE_MARKUP
        and _PAGE_MACHINERY.search(markup) is not None
        and (masthead or len(_LINK_TAG.findall(markup, 0, 400_000)) >= PAGE_LINKS)
    )


_CELL_TAG = re.compile(r"<t[dh]\b", re.IGNORECASE)
LAYOUT_LINKS = 5  # links outside the cell that holds the prose, for a table of cells to be a page's layout


def _table_layout(root: LexborNode, markup: str) -> bool:
    """A page saved without its <html> and <body> and smaller than PAGE_MARKUP is still a page when it is laid out in
    a table, as pages were before CSS (tester s22 T21, a 2001 site): most of its sentences in one cell, a menu's links
    in the others, and a page's machinery (a form, a script), which a feed entry or a snippet has not."""
    if _PAGE_MACHINERY.search(markup) is None or _CELL_TAG.search(markup) is None:
        return False
    cell = _sentence_holder(root)
    while cell is not None and cell.tag not in ("td", "th"):
        cell = cell.parent
    if cell is None:
        return False
    inside = {node.mem_id for node in cell.css("a")}
    return sum(node.mem_id not in inside for node in root.css("a")[:PAGE_LINKS]) >= LAYOUT_LINKS


BLOCK = frozenset(
    """
address article blockquote body caption center dd details dialog div dl dt fieldset
figcaption figure h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table
tbody td tfoot th thead tr ul
""".split()
)


@dataclass(slots=True)
class HtmlDoc:
    text: str  # paragraphs separated by newlines
    title: str = ""  # <title>, else the first <h1>
    meta: dict[str, str] = field(default_factory=dict)  # <meta name/property=... content=...>
    flattened: bool = False  # tags nested deeper than MAX_DEPTH were ignored
    head: str = ""  # the page's text above its article (date and source lines live there)
    tail: str = ""  # and below it
    # why the page is no one article (a blog's index: a list of posts), "" when it is one
    not_an_article: str = ""


# HTML elements (a name such as <1>, <class 'str'> or <a1> in prose is no tag)
_ELEMENTS = frozenset(
    """
a abbr address article aside b big blockquote body br caption center cite code col colgroup dd del details div
dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i img input ins label li link
main meta nav noscript ol option p pre q s script section small source span strike strong style sub summary sup
table tbody td tfoot th thead time title tr tt u ul
""".split()
)
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})(?=[\s/>])[^<>]{0,2000}>")
# a document's root: a doctype, <html>, <head> or <body> first (after an XML declaration and comments)
_ROOT = re.compile(
    # a comment cannot hold "-->": one way to read each, so no backtracking over the ways to group them (review s16 R7)
    r"\A\ufeff?\s*(?:<\?xml[^<>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*){0,20}<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_RAW_CODE = frozenset({"script", "style"})
_HANZI = re.compile(r"[\u3400-\u9fff]")


def _code_lines(sample: str, opens: list[tuple[str, int]]) -> int:
    """The lines of code inside the <script> and <style> elements that open at `opens` (name, end of the tag).

    Only tags counted as markup open one, only non-blank lines count (as the text's lines do), and a line
    that is mostly hanzi is prose, not code: a tutorial naming <script> and </script> lines apart (review
    s16 R12). One pass: an unclosed element ends the count.
    """
    lower = sample.lower()
    count = pos = 0
    for name, start in opens:
        if start < pos:
            continue
        end = lower.find(f"</{name}", start)
        if end < 0:
            break
        for line in sample[start:end].split("\n")[1:]:
            if (letters := len(line) - line.count(" ") - line.count("\t")) and 2 * len(_HANZI.findall(line)) <= letters:
                count += 1
        pos = end
    return count


# a doctype near the start after something else (a server page's <%@ page %> directives, a saved header line): the
# rule before s16 (review s16 R1: such pages in a .txt were shown as their markup)
_DOCTYPE_EARLY = re.compile(r"<!doctype\s+html\b", re.IGNORECASE)
# a tag named in prose, not used: quoted (`<div>`, “<br>”, 「<p>」) or followed by the word for it
_QUOTE_BEFORE = "`'\"“‘「『《〈"
_NAMED_AFTER = re.compile(r"\s?(?:标签|標籤|元素|标记|標記|tags?\b|elements?\b)", re.IGNORECASE)


# A page's text saved with its tags stripped but its doctype line kept (a scraper's "text" of a page: the doctype, then
# the menus, the article and the footer a line each, the inline scripts as lines, a lone "<!--" left where a comment
# opened; dev s26_09): a doctype and no element's tag in the sample (nor <html>, <head> or <body>) is text, its lines
# the page's lines. Read as HTML its lines ran together and the unclosed "<!--" hid all under it (the article).
def _tags_stripped(sample: str) -> bool:
    if not _DOCTYPE_EARLY.search(sample, 0, 1024):
        return False
    return not any(m[2].lower() in _ELEMENTS for m in _ANY_TAG.finditer(sample))


def looks_like_html(text: str) -> bool:
    """Whether a text is markup (read as HTML) rather than prose that mentions a tag.

    A document root (doctype, <html>, <head>, <body>) first says so. Without one the
    tags must carry the text's structure: as many well-formed tags as lines of text (a
    fragment on one line, or a tag on each line), or elements closed in pairs with a
    tag every three lines (paragraphs wrapped by hand). A note about web pages,
    "<div> 标签可以把文档分割为…", has a few unpaired tags among many lines of prose:
    its line breaks are its paragraphs, and read as HTML they would be lost (tester
    s15 F2). Tags quoted or followed by 标签/元素/tag do not count.
    """
    sample = text[:20000]
    if _ROOT.match(sample) or _DOCTYPE_EARLY.search(sample, 0, 1024):
        return not _tags_stripped(sample)
    tags = paired = 0
    opened: Counter[str] = Counter()
    names: set[str] = set()
    code: list[tuple[str, int]] = []
    for m in _ANY_TAG.finditer(sample):
        name = m[2].lower()
        if name not in _ELEMENTS:
            continue
        if (m.start() and sample[m.start() - 1] in _QUOTE_BEFORE) or _NAMED_AFTER.match(sample, m.end()):
            continue
        tags += 1
        names.add(name)
        if m[1]:
            if opened[name]:
                opened[name] -= 1
                paired += 1
        else:
            opened[name] += 1
            if name in _RAW_CODE:
                code.append((name, m.end()))
    # two different tags, neither closed nor repeated, are named, not used: "网页中用<br>换行，用<p>分段。"
    # (review s16); "甲<br>乙<br>丙" repeats its tag
    if tags < 2 or (tags == 2 and not paired and len(names) == 2):
        return False
    text_lines = sum(1 for line in sample.splitlines() if line.strip())
    # a script's or a style's lines are no lines of text (review s16 R1: a page with a long <style>)
    text_lines -= _code_lines(sample, code)
    return tags >= text_lines or (paired >= 2 and 3 * tags >= text_lines)


SRCDOC_MIN = 200  # characters of an <iframe srcdoc>, for it to be a page and not a widget's snippet
SRCDOC_DEPTH = 2  # pages inside pages read
WIDGET_BOX = (400, 300)  # a frame set this small or smaller is a widget's (an ad, an embed), not the page


def _widget_box(frame) -> bool:
    """Is an <iframe> given a width and a height (in pixels) no larger than WIDGET_BOX?"""
    size = []
    for name in ("width", "height"):
        value = (frame.attributes.get(name) or "").strip().removesuffix("px")
        if not value.isdigit():
            return False
        size.append(int(value))
    return size[0] <= WIDGET_BOX[0] and size[1] <= WIDGET_BOX[1]


_CONFLICT_OPEN, _CONFLICT_MID, _CONFLICT_CLOSE = "<<<<<<< ", "=======", ">>>>>>> "


def one_side_of_conflicts(markup: str) -> str:
    """A file saved with a merge's unresolved conflicts (a crawl kept in git, merged with
    its upstream: "<<<<<<< HEAD", its version, "=======", the other's, ">>>>>>> upstream/main"
    at the start of lines) read as one version: for each conflict the side with more text
    outside tags, the first on a tie. Each side is a whole version of that stretch of markup,
    its tags balanced; both together are not (a hidden ad's <div> left open swallowed the
    article's last paragraphs: 12-text s22, 巴士的報 s22_04), and the markers are no text.
    A marker that opens no well-formed conflict is left as it is. One pass over the lines."""
    if "\n" + _CONFLICT_OPEN not in "\n" + markup:
        return markup
    lines = markup.splitlines(keepends=True)
    out: list[str] = []
    ours: list[str] = []
    theirs: list[str] = []
    state = 0  # 0: outside a conflict, 1: in its first side, 2: in its second
    opened = ""
    for line in lines:
        if state == 0:
            if line.startswith(_CONFLICT_OPEN):
                state, opened, ours, theirs = 1, line, [], []
            else:
                out.append(line)
        elif state == 1:
            if line.rstrip("\r\n") == _CONFLICT_MID:
                state = 2
            elif line.startswith(_CONFLICT_OPEN):  # an opener inside a conflict: the first was no marker
                out.append(opened)
                out.extend(ours)
                opened, ours = line, []
            else:
                ours.append(line)
        elif line.startswith(_CONFLICT_CLOSE):
            first, second = "".join(ours), "".join(theirs)
            kept, other = (second, first) if _letters(second) >= _letters(first) else (first, second)
            out.append(kept)
            out.extend(_other_version(other, kept))
            state = 0
        else:
            theirs.append(line)
    if state == 1:
        out += [opened, *ours]
    elif state == 2:
        out += [opened, *ours, _CONFLICT_MID + "\n", *theirs]
    return "".join(out)


CONFLICT_PROSE_HAN = 8  # hanzi in a sentence of the other side, for it to be a version of the article's


_SENTENCE_PIECE = re.compile(f"[^{SENTENCE_END}]+[{SENTENCE_END}]?")


def _sentence_keys(text: str) -> list[str]:
    """A text's sentences, whitespace removed, for comparing two versions of it."""
    return [key for piece in _SENTENCE_PIECE.findall(text) if (key := "".join(piece.split()))]


def _other_version(other: str, kept: str) -> list[str]:
    """The other side's sentences that the kept side does not hold, each a paragraph of plain
    text: two versions of an article's stretch both reach the reader (the text is never lost),
    the other's markup does not (its tags are what leave elements open). Compared by a set of the
    kept side's sentences: linear in both sides (review s22 R22)."""
    import html as html_lib

    # each side's lines (its tags made line breaks) cut into sentences the same way
    have = {key for line in html_lib.unescape(_TAGS.sub("\n", kept)).split("\n") for key in _sentence_keys(line)}
    extra = []
    for line in html_lib.unescape(_TAGS.sub("\n", other)).split("\n"):
        words = line.strip()
        if (
            len(_HAN_TEXT.findall(words)) >= CONFLICT_PROSE_HAN
            and _ENDS_SENTENCE.search(words)
            and any(key not in have for key in _sentence_keys(words))
        ):
            extra.append(f"<p>{html_lib.escape(words)}</p>\n")
    return extra


# A front-end project's file saved as a page: its markup is the page, wrapped in code. A Vue single-file component
# opens with its <template> (then its <script> and <style>): a browser never shows a <template>'s content, but here it
# is all there is to read, and the <template>s inside it (v-if, v-for, a slot's) are the component's blocks
# (dev-retired41 s44h_04/05). An ES module opens with a declaration whose value is the markup in a template literal
# ("export const htmlList = `<h1>…</h1>…`;" then "export default {};": dev-retired41 s44h_08/09): the literals are the
# page, the statements around them code. Only a file that OPENS so: a page's own <template> inside its body stays out.
# (a comment's body cannot hold "-->" and the run is possessive: one way to read the comments before the first tag, so
# no backtracking over the ways to split them, review s48 R1)
_COMPONENT_START = re.compile(r"(?:\s|<!--(?:[^-]|-(?!->)){0,2000}-->)*+<template[\s>]", re.IGNORECASE)
_TEMPLATE_TAG = re.compile(r"<(/?)template\b", re.IGNORECASE)
_MODULE_LITERAL = re.compile(r"(?:^|[;\n])[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+[\w$]{1,80}[ \t]*=[ \t]*`")
MODULE_HEAD = 400  # characters of the file's start the first such declaration stands within


def component_markup(markup: str) -> str:
    """The markup a component or module file holds (see above); any other markup as it is."""
    if markup[:1] == "\ufeff":
        markup = markup[1:]
    if _COMPONENT_START.match(markup):
        return _TEMPLATE_TAG.sub(r"<\1div", markup)
    first = _MODULE_LITERAL.search(markup, 0, MODULE_HEAD)
    if first is None or markup[: first.start()].strip():
        return markup
    parts: list[str] = []
    at: re.Match[str] | None = first
    while at is not None:
        end = at.end()
        while (end := markup.find("`", end)) > 0 and markup[end - 1] == "\\":
            end += 1  # (an escaped backtick is the literal's)
        if end < 0:
            return markup  # a literal left open: no module's
        parts.append(markup[at.end() : end].replace("\\`", "`"))
        at = _MODULE_LITERAL.search(markup, end + 1)
    return "\n".join(parts)


def html_to_doc(markup: str, depth: int = 0) -> HtmlDoc:
    from selectolax.lexbor import LexborHTMLParser

    markup = one_side_of_conflicts(markup)
    markup = component_markup(markup)  # a front-end component's or module's file: the markup inside its code
    markup = template_markup(markup)  # a server page's code, a template engine's statements
    markup, flattened = cap_nesting(markup)
    tree = LexborHTMLParser(markup)
    # a saved page whose whole content is an <iframe srcdoc="…">: a browser shows the page inside (12-corpus s19_05,
    # a scraper's wrapper: a bare title, ad scripts and the frame); the largest, read when the outer page has no text
    # the page's own, never a widget's box (an ad's 300x250 frame: review s19 R9)
    inner = ""
    if depth < SRCDOC_DEPTH:
        for frame in tree.css("iframe[srcdoc]"):
            doc = frame.attributes.get("srcdoc") or ""
            if len(doc) >= max(SRCDOC_MIN, len(inner)) and not _widget_box(frame):
                inner = doc
    title = ""
    node = tree.css_first("title")
    if node is not None:
        title = node.text(deep=True).strip()
    meta: dict[str, str] = {}
    for m in tree.css("meta"):
        key = (m.attributes.get("name") or m.attributes.get("property") or m.attributes.get("itemprop") or "").lower()
        key = key.strip("\"'“”‘’ ")  # name=”keyword”: typographic quotes typed into the markup
        content = m.attributes.get("content")
        if key and content:
            meta.setdefault(key, content.strip())
    for link in tree.css("link[rel=canonical]"):
        if link.attributes.get("href"):
            meta.setdefault("canonical", link.attributes["href"].strip())
    # a crawl's record around the page (<text id="http://…" title=… encoding=…>, as a web-extraction
    # dataset stores its pages): the address the page was fetched from (12-meta, s16)
    if record := _RECORD_URL.match(markup):
        meta.setdefault("record:url", record["url"])
    elif saved := _SAVED_FROM.search(markup, 0, SAVED_FROM_WITHIN):
        meta.setdefault("record:url", saved["url"])
    _json_ld(tree, meta)
    embedded = _embedded_article(tree, title, meta)
    # microdata (itemprop="datePublished", <time pubdate>) and the article's <time datetime=…>,
    # each skipped in a list, sidebar, footer or the site's header (metadata.published_elements)
    from .metadata import published_elements, wechat_fields

    for key, value in (published_elements(tree) | wechat_fields(markup)).items():
        meta.setdefault(key, value)
    # the element a CMS names "source" (<span class="source">, #ne_article_source): its
    # short text is a source candidate (metadata reads it only if it names an outlet)
    for node in tree.css('[class*="source"], [id*="source"]'):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if "source" in re.split(r"[^a-z]+", names):
            text = " ".join(node.text(deep=True).split())
            if 2 <= len(text) <= 40:
                meta.setdefault("element:source", text)
                break
    # the element a CMS names for the publication date (<span id="paperdate">, class="pub-time"),
    # read before forms and headers are dropped (an e-paper shows its issue date in its search form)
    for node in tree.css('[id*="date"], [class*="date"], [id*="time"], [class*="time"]'):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if _PUB_DATE_NAME.search(names) and not _NOT_PUB_DATE.search(names):
            text = " ".join(node.text(deep=True).split())
            if 6 <= len(text) <= 40:
                meta.setdefault("element:date", text)
                break
    if home := _home_h1(tree):
        meta.setdefault("h1:home", home)
    masthead = bool(home)
    _drop_players(tree)
    _drop_script_fields(tree)
    widgets = _widget_lines(tree)
    hidden = _sheet_hidden_lines(tree)  # read before the <style> elements go with DROPPED
    footers = _footer_text(tree)
    tree.strip_tags(DROPPED)
    _drop_headers(tree)
    _drop_forms(tree)
    _drop_hidden(tree)
    _drop_ad_links(tree)
    _drop_ad_boxes(tree)
    _drop_home_buttons(tree)
    _drop_access_keys(tree)
    _drop_comment_sections(tree)
    for h1 in tree.css("h1"):  # the first <h1> with words: a logo <h1> holds an image
        words = " ".join(h1.text(deep=True).split())
        if words:
            meta.setdefault("h1", words)
            break
    root = tree.body or tree.root
    if root is None:
        return HtmlDoc(text="", title=title, meta=meta, flattened=flattened)
    whole = _paragraphs(root)
    if inner and sum(ch.isalnum() for ch in whole) < MIN_ARTICLE:
        page = html_to_doc(inner, depth + 1)
        page.meta = {**page.meta, **meta}  # what the outer page says of itself stands; the inner fills the rest
        return page
    full_page = tree.body is not None and (
        bool(_FULL_PAGE.search(markup)) or _page_without_tags(markup, masthead) or _table_layout(root, markup)
    )
    found = _article(root, whole, title) if full_page else None
    if full_page:
        found = _anchored(root, meta, whole, found) or found
        found = _under_headline(root, meta, title, whole, found) or found
    shown = found[1] if found is not None else whole
    if full_page and embedded and _sentences_in(embedded) > EMBEDDED_GAIN * _sentences_in(shown):
        # the page's markup holds no article, its data does (a script renders it): read that
        return HtmlDoc(text=embedded, title=title, meta=meta, flattened=flattened)
    if found is None:
        not_article = ""
        if not full_page:
            if linked := _linked_items(root):
                for item in linked:
                    item.decompose()
                whole = _paragraphs(root)
            if (note := _syndication_note(root)) is not None:
                note.decompose()
                whole = _paragraphs(root)
            whole = _without_closing_links(root, whole)
            whole = _without_breadcrumb(root, whole, [*_headlines(meta, title), re.sub(r"\s+", "", meta.get("h1", ""))])
        elif (attached := _attachment_body(root, _headlines(meta, title))) is not None:
            # a notice whose whole body is the link to its document (a PDF): that link and its label
            # under the headline, not the page around it (its font-size control, its address footer)
            whole = attached
        elif (listed := _list_page(root)) is not None:
            whole = listed
            not_article = "a list of linked headlines with their dates (a column's list page), not one article"
        else:
            # a full page no article was found in (too large for readability, or it found none):
            # the whole page, less its link lines, as an article's own lines go (_drop_link_lines)
            whole = "\n".join(_drop_link_lines(_blocks(_paragraphs(root, links=True))))
        whole = _without_widgets(_without_widgets(whole, widgets, blocks=False), hidden, blocks=False, least=1)
        whole = _joined_headline(whole, _headlines(meta, title))
        # a fragment's <footer> (a feed entry's closing credit "<footer>自 快科技</footer>", dev s32_12) is no text,
        # but what metadata reads below the article, as a page's tail
        return HtmlDoc(
            text=whole,
            title=title,
            meta=meta,
            flattened=flattened,
            tail="" if full_page else footers,
            not_an_article=not_article,
        )
    head, text, tail = found
    text = _one_article(
        root,
        _without_widgets(_without_widgets(text, widgets), hidden, least=1),
        _headlines(meta, title),
        meta.get("canonical") or meta.get("og:url") or meta.get("record:url") or "",
    )
    not_article = ""
    if (posts := _posts(root, text)) is not None:
        entries, first = posts.entries, posts.first
        named = _headline_in(first, title, meta)
        oldest_first = _oldest_first(posts.stamps)
        if named or (oldest_first and posts.replies and not _prose_outside(text, entries)):
            text = _first_post(text, first)  # a thread: its first post's
        elif not oldest_first and (posts.linked or posts.timed):  # an index: every post, said to be no one article
            text = "\n\n".join(entries)
            not_article = f"a list of {len(entries)} dated posts (a blog's or forum's index page), not one article"
        # else a chronology (大事记), with or without an introduction, in either order: its
        # entries carry no reply marks, link to no page of their own, and are dated by the day
        # of the event, not stamped by software with a time; an article as it is
    text, tail = _closing_headings(root, text, tail)
    text = _joined_headline(text, _headlines(meta, title))
    return HtmlDoc(
        text=text, title=title, meta=meta, flattened=flattened, head=head, tail=tail, not_an_article=not_article
    )


FOOTER_TEXT_MAX = 200  # characters of a fragment's <footer> elements kept for metadata (a credit, not a site map)


def _footer_text(tree) -> str:
    """The words of the <footer> elements, one line each, before DROPPED takes them (see html_to_doc)."""
    lines = []
    for node in tree.css("footer")[:4]:
        words = " ".join(node.text(deep=True).split())
        if words:
            lines.append(words)
    text = "\n".join(lines)
    return text if len(text) <= FOOTER_TEXT_MAX else ""


CLOSING_HEADINGS = 200  # heading elements read for the article's last lines
CLOSING_HEADING_MAX = 60  # characters of one (longer is a paragraph set in a heading's tag)


def _closing_headings(root, text: str, tail: str) -> tuple[str, str]:
    """An article ends in prose, never in a heading: a heading element whose text is the
    article's last line heads what follows the article (a related-stories list a script
    fills, "往下看更多文章" over an empty <div>) and goes to the tail, as many as close it."""
    lines = text.split("\n")
    if not lines or not lines[-1].strip():
        return text, tail
    headings = set()
    for h in root.css("h1, h2, h3, h4, h5, h6")[:CLOSING_HEADINGS]:
        words = " ".join(h.text(deep=True).split())
        # (prose an editor set in heading elements is no heading: a WeChat digest's items, each an <h1> of sentences
        # "● 5日，中国就美国…起诉美国。商务部表示，…", went to the tail with the digest's last section: dev-retired21
        # s24_03. A sentence ended before the heading's last mark, or a paragraph's length.)
        if words and len(words) <= CLOSING_HEADING_MAX and not _SENTENCE_END.search(words, 0, len(words) - 1):
            headings.add(words)
    moved: list[str] = []
    while len(lines) > 1 and (" ".join(lines[-1].split()) in headings or not lines[-1].strip()):
        moved.insert(0, lines.pop())
    if not any(line.strip() for line in moved) or not any(_SENTENCE_END.search(line) for line in lines):
        return text, tail
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines), "\n".join(line for line in [*moved, tail] if line.strip())


# --- a list of posts: a blog's index page, a forum thread ------------------------------
# Sibling elements of one kind (tag and class), each a post: a date near its top or bottom
# and a sentence at least; together most of the page's prose, and holding most of what
# readability kept (a comment list under an article is not the page). Readability takes one
# block of such a list (one post of an index, or a thread's posts with their author panels).
POSTS_MIN = 3  # dated posts
POSTS_SHARE = 0.6  # of the page's sentences in the posts, and of readability's article
POSTS_NODES = 20_000  # elements looked at: a bound on a page of thousands
POST_DATE_AT = 3  # lines from a post's top or bottom where its date stands
_POST_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\D{0,3}?(\d{1,2})[:：](\d{2}))?"
)
# A post's stamp when it shows no date: the time since it was written ("3小时前", "昨天 12:30",
# "刚刚": forum and comment software past a day or a week) or its place in the thread ("2楼",
# "#3", "3#"). Read only on a short line that ends no sentence ("3小时前，警方接到报警。" is prose).
POST_MARK_LINE = 30
_POST_AGO = re.compile(
    r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|分鐘|小时|小時|天|日|周|週|星期|个月|個月|月|年)前"
    r"|(?P<now>刚刚|剛剛|刚才|剛才)|(?P<day>前天|昨天|昨日|今天)\s*(?P<h>\d{1,2})[:：](?P<m>\d{2})"
)
_AGO_MINUTES = {"秒": 0, "分钟": 1, "分鐘": 1, "小时": 60, "小時": 60, "天": 1440, "日": 1440, "周": 10080}
_AGO_MINUTES |= {"週": 10080, "星期": 10080, "个月": 43200, "個月": 43200, "月": 43200, "年": 525600}
_FLOOR = re.compile(
    r"(?<![\d.])(?:#\s*(?P<a>\d{1,5})|(?P<b>\d{1,5})\s*(?:#|楼|樓|F)|第\s*(?P<c>\d{1,5})\s*[楼樓])(?![\d.])"
)
# A reply or author mark of forum software: a post's floor, "发表于", "回复", "楼主", "引用".
# Posts in the order written that carry none are a chronology's entries, not a thread's posts.
_REPLY_MARK = re.compile(
    r"发表于|發表於|发表时间|發表時間|回复|回覆|回帖|楼主|樓主|引用|只看该作者|只看該作者|\bposted\b|\breply\b|\bquote\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Posts:
    entries: list[str]  # each post's text
    first: list[str]  # the first post's lines
    stamps: list[tuple]  # each post's date, time ago or floor (:func:`_stamp`), comparable within a kind
    replies: bool  # most posts carry a reply or author mark (a thread's, not a chronology's)
    linked: bool  # most posts open with a link to their own page (an index's title)
    timed: bool  # most posts' stamps hold a time of day or a time ago (software's, not an event's date)


def _stamp(lines: list[str]) -> tuple | None:
    """A post's stamp from its top or bottom lines: (0, a floor), (1, y, m, d, h, min, timed)
    for a date, (2, -minutes ago) for a time ago; later sorts later within a kind, and a post
    with a time ago is later than one old enough to show its date."""
    edge = lines[:POST_DATE_AT] + lines[-POST_DATE_AT:]
    for line in edge:
        if m := _POST_DATE.search(line):
            return (1, *(int(g or 0) for g in m.groups()), m[4] is not None)
    for line in edge:
        if len(line) > POST_MARK_LINE or _SENTENCE_END.search(line):
            continue
        if m := _FLOOR.search(line):
            return (0, int(m["a"] or m["b"] or m["c"]))
        if m := _POST_AGO.search(line):
            if m["now"]:
                return (2, 0)
            if m["day"]:
                days = {"今天": 0, "昨天": 1, "昨日": 1, "前天": 2}[m["day"]]
                return (2, -(days * 1440 - int(m["h"]) * 60 - int(m["m"])))
            return (2, -int(m["n"]) * _AGO_MINUTES[m["unit"]])
    return None


def _post_lines(node) -> tuple[list[str], bool]:
    """A post's lines without its link lines (comment counts, tags), but its head whole:
    the title an index links to, the date; and whether a line of its head is a link."""
    marked = [line for line in _blocks(_paragraphs(node, links=True)) if line]
    kept = set(_drop_link_lines(marked))
    plain = [line.translate(_MARKS) for line in marked]
    linked = any(
        _link_share(m) >= LINK_LINE_SHARE and not _POST_DATE.search(p) and sum(ch.isalnum() for ch in p) >= 4
        for m, p in zip(marked[:POST_DATE_AT], plain, strict=False)
    )
    return [line for i, line in enumerate(plain) if i < POST_DATE_AT or line in kept], linked


def _sentence_counts(root) -> dict[int, int]:
    """Sentence ends under each element (by mem_id): one pass, children before parents, each
    adding its count to its parent's (linear however deep the tree: MAX_DEPTH is 512)."""
    counts: dict[int, int] = {}
    for node in reversed(list(root.traverse(include_text=True))):
        if node.tag == "-text":
            n = _sentences_in(node.text_content or "")
        else:
            n = counts.get(node.mem_id, 0)
        if n and (up := node.parent) is not None:
            counts[up.mem_id] = counts.get(up.mem_id, 0) + n
    return counts


def _posts(root, article: str) -> Posts | None:
    """The posts, when the page is a list of them."""
    counts = _sentence_counts(root)
    total = counts.get(root.mem_id, 0)
    if total < 2 * POSTS_MIN:
        return None
    need = total * POSTS_SHARE
    best: tuple[int, list] | None = None
    node, looked = root, 0
    # Only an element holding POSTS_SHARE of the sentences can hold the posts, and at most one
    # child of such an element is one too: the walk is a chain down the tree.
    while node is not None and looked < POSTS_NODES:
        kinds: dict[tuple[str, str], list] = {}
        child, down = node.child, None
        while child is not None and looked < POSTS_NODES:
            looked += 1
            if child.tag not in ("-text", "_comment"):
                n = counts.get(child.mem_id, 0)
                kinds.setdefault((child.tag, child.attributes.get("class") or ""), []).append((n, child))
                if n >= need:
                    down = child
            child = child.next
        for members in kinds.values():
            if sum(n > 0 for n, _ in members) < POSTS_MIN or sum(n for n, _ in members) < need:
                continue
            posts = []
            for n, member in members:  # a post with no 。 (typed with "." and ",") is one still
                lines, linked = _post_lines(member)
                if len(lines) >= 2 and (stamp := _stamp(lines)) is not None:
                    posts.append((n, lines, stamp, linked))
            n = sum(p[0] for p in posts)
            if sum(p[0] > 0 for p in posts) >= POSTS_MIN and n >= need and (best is None or n > best[0]):
                best = (n, posts)
        node = down
    if best is None:
        return None
    posts = [lines for _, lines, _, _ in best[1]]
    held = {line for lines in posts for line in lines}
    kept = [line for line in article.split("\n") if _sentences_in(line)]
    if not kept or sum(line in held for line in kept) < len(kept) * POSTS_SHARE:
        return None  # readability's article is elsewhere: the list is beside it (comments)
    edges = [lines[:POST_DATE_AT] + lines[-POST_DATE_AT:] for lines in posts]
    return Posts(
        entries=["\n".join(lines) for lines in posts],
        first=posts[0],
        stamps=[stamp for _, _, stamp, _ in best[1]],
        replies=2 * sum(any(_reply_mark(x) for x in e) for e in edges) > len(posts),
        linked=2 * sum(linked for _, _, _, linked in best[1]) > len(posts),
        timed=2 * sum(s[0] == 2 or (s[0] == 1 and s[-1]) for _, _, s, _ in best[1]) > len(posts),
    )


def _reply_mark(line: str) -> bool:
    """A reply or author mark on a line of a post's head or foot, not a word of its prose."""
    return (
        len(line) <= 2 * POST_MARK_LINE
        and not _SENTENCE_END.search(line)
        and bool(_REPLY_MARK.search(line) or _FLOOR.search(line))
    )


def _oldest_first(stamps: list[tuple]) -> bool:
    """Are the posts in the order they were written? A thread shows its replies after the
    post they answer; a blog's index shows its newest post first. Floors decide when most
    posts show one; else dates and times ago."""
    floors = [s for s in stamps if s[0] == 0]
    if 2 * len(floors) > len(stamps):
        stamps = floors
    else:
        stamps = [s for s in stamps if s[0]]
    return len(stamps) >= POSTS_MIN and stamps == sorted(stamps) and stamps[0] < stamps[-1]


def _headline_in(lines: list[str], title: str, meta: dict[str, str]) -> bool:
    """Does the post hold the page's headline (its <h1>, og:title, or <title> without the
    site)? A thread's page is named after its first post; a blog's index after the blog."""
    from .metadata import title_from_page_title

    text = re.sub(r"\s+", "", "".join(lines))
    og = meta.get("og:title", "")
    names = {meta.get("h1", ""), og, title_from_page_title(title, headline=og)}
    return any(len(name) >= 4 and name in text for name in (re.sub(r"\s+", "", n) for n in names))


def _prose_outside(article: str, posts: list[str]) -> bool:
    """Does the article hold a sentence outside the posts (an introduction)?"""
    held = {line for post in posts for line in post.split("\n")}
    return any(line not in held and _sentences_in(line) for line in article.split("\n"))


def _first_post(article: str, first: list[str]) -> str:
    """A thread's article: what readability kept of its first post, or that post whole."""
    own = set(first)
    lines = [line for line in article.split("\n") if line in own]
    if sum(len(line) for line in lines) >= MIN_ARTICLE:
        return "\n".join(lines)
    # readability took a reply: the first post from its date line (past the author's panel)
    prose = next((i for i, line in enumerate(first) if _sentences_in(line)), 0)
    start = max((i for i in range(prose) if _POST_DATE.search(first[i])), default=prose)
    return "\n".join(first[start:])


# --- a footer every entry of a feed repeats ----------------------------------------------
SHARED_TAIL_MIN = 8  # letters of text in the repeated end, for it to be a footer and not a closing tag
SHARED_TAIL_SHARE = 3  # with two entries only, the footer is at most a third of the shorter's letters
SHARED_TAIL_ENTRIES = 3  # entries that repeat an end for it to be a footer whatever its share
_TAGS = re.compile(r"<[^<>]*>")
_BLOCK_EDGE = re.compile(
    r"\n|<(?:br|hr|/?(?:p|div|section|article|li|ul|ol|table|tr|h[1-6]|blockquote))\b", re.IGNORECASE
)


def _letters(markup: str) -> int:
    return sum(ch.isalnum() for ch in _TAGS.sub("", markup))


def shared_tail(bodies: list[str]) -> int:
    """How many characters end every one of a feed's entries alike (the site's promotion or
    notice its software appends to each), from a paragraph's edge on; 0 when they share
    no text, or when it would leave an entry empty."""
    bodies = [b for b in bodies if b.strip()]
    if len(bodies) < 2:
        return 0
    common = len(os.path.commonprefix([b[::-1] for b in bodies]))
    tail = bodies[0][len(bodies[0]) - common :]
    m = _BLOCK_EDGE.search(tail)  # where a paragraph ends: never inside a line's text
    start = m.start() if m else -1
    if start < 0 or _letters(tail[start:]) < SHARED_TAIL_MIN:
        return 0
    cut = common - start
    if any(_letters(b[: len(b) - cut]) < SHARED_TAIL_MIN for b in bodies):
        return 0
    # two entries alike at the end may be one story twice (an update, a correction: most of
    # their text, each one's article): there a footer must be an appendix, a small share of
    # each; an end three entries or more repeat is the software's
    if len(bodies) < SHARED_TAIL_ENTRIES and _letters(tail[start:]) * SHARED_TAIL_SHARE > min(
        _letters(b) for b in bodies
    ):
        return 0
    return cut


_LAST_SENTENCE = re.compile(
    rf"(?<=[{SENTENCE_END}\s>])([^{SENTENCE_END}<>]{{4,80}}[{SENTENCE_END}])\s*(?:<[^<>]*>\s*)*$"
)


def repeated_sign_offs(bodies: list[str]) -> list[int]:
    """For each of a feed's entries, where its last sentence starts when SHARED_TAIL_ENTRIES entries or more end
    with that same sentence and have text of their own before it (an outlet's sign-off in an aggregator's feed,
    "更多科技、生活資訊，請留意 appappapps 網站。" ending its 30 of 40 entries, dev s17_38), else len(body)."""
    ends: list[str | None] = []
    for body in bodies:
        m = _LAST_SENTENCE.search(body[-400:])
        ends.append(" ".join(m[1].split()) if m and _letters(m[1]) >= SHARED_TAIL_MIN else None)
    counts = Counter(e for e in ends if e)
    repeated = [end for end, n in counts.items() if n >= SHARED_TAIL_ENTRIES]
    cuts = []
    for body in bodies:
        at, tail = len(body), body[-400:]
        for end in repeated:  # the sign-off after a line that ends no sentence ("地址：…501室 更多…網站。") too
            i = tail.rfind(end)
            start = len(body) - len(tail) + i
            if i >= 0 and not _TAGS.sub("", tail[i + len(end) :]).strip():
                if _letters(_TAGS.sub("", body[:start])) >= SHARED_TAIL_MIN * 4:
                    at = start
                break
        cuts.append(at)
    return cuts


# --- lines a feed's entries repeat at their ends ------------------------------------------------------------------
SHARED_LINE_SHARE = 0.3  # of the entries with text, those that hold a line for it to be the feed's (3 at least)
SHARED_LINE_MIN = 4  # letters of a line, for it to be counted
_TAIL_WINDOW = 4000  # characters of each entry's end looked at
_TAIL_LINE_MAX = 60  # characters of a line of no prose the tail may hold (a related headline, a count)
_TAIL_LINES_MAX = 8  # such lines of the entry's own under the repeated line (a related list is a handful)
_PROSE_MARK = re.compile("[。]")  # (a related headline may ask or exclaim: "…之心不死？消息称…")


_LINK_ELEMENT = re.compile(r"<a\b[^<>]*>.*?</a\s*>", re.IGNORECASE | re.DOTALL)


def _tail_lines(tail: str) -> list[tuple[int, str, bool]]:
    """(start, text, a link's text only) of each line of a piece of an entry's markup: between block edges, tags
    gone, spaces folded."""
    import html as _html

    edges = [0, *(m.start() for m in _BLOCK_EDGE.finditer(tail)), len(tail)]
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        text = " ".join(_html.unescape(_TAGS.sub("", tail[a:b])).split())
        if text:
            out.append((a, text, _letters(_html.unescape(_LINK_ELEMENT.sub("", tail[a:b]))) == 0))
    return out


_TEXT_OR_TAG = re.compile(r"<[^<>]*>|[^<]+|<")
OPENING_CHARS = 200  # of an entry's text that tell its story


def _letters_reach(markup: str, n: int) -> int:
    """The least offset with ``n`` letters of text (_letters) before it, len(markup) + 1 if the markup has fewer."""
    count = 0
    for m in _TEXT_OR_TAG.finditer(markup):
        piece = m.group()
        if piece[0] == "<" and len(piece) > 1:
            continue
        for i, ch in enumerate(piece):
            if ch.isalnum():
                count += 1
                if count >= n:
                    return m.start() + i + 1
    return len(markup) + 1


def _opening(body: str, preface: str = "") -> str:
    """An entry's first OPENING_CHARS characters of text past the feed's ``preface`` when it opens with it (an
    account's standing preface: review s22 R7), spaces folded: its story's mark."""
    start = _folded_start(body)
    head = len(preface) if start.startswith(preface) else 0
    return start[head : head + OPENING_CHARS]


def _folded_start(body: str) -> str:
    return "".join(_TAGS.sub(" ", body[: OPENING_CHARS * 20]).split())


def _shared_head(bodies: list[str]) -> str:
    """The longest folded text more than half of a feed's entries with text (two at least) open with: an account's
    standing preface, which an entry posted apart may lack (review s22 R7b: one entry without it left no common
    prefix at all). In sorted order the entries sharing a prefix are neighbours, so the longest prefix of k of them
    is the longest common prefix of a window of k: that of its first and last."""
    starts = sorted(_folded_start(b) for b in bodies if b.strip())
    k = len(starts) // 2 + 1
    if len(starts) < 2:
        return ""
    best = ""
    for first, last in zip(starts, starts[k - 1 :], strict=False):
        if len(shared := os.path.commonprefix([first, last])) > len(best):
            best = shared
    return best


def repeated_lines(bodies: list[str]) -> list[int]:
    """For each of a feed's entries, where its end of the feed's own lines starts, else len(body): a line that many
    entries hold (SHARED_LINE_SHARE of them, 3 at least: "您可能也感兴趣:" over each entry's related headlines, a
    contributor's credit and a reprint ban, 12-corpus s20_01/s20_02) with nothing of the entry's own under it but a
    few short links of no sentence (the related headlines themselves), and text of its own above it."""
    tails = [b[-_TAIL_WINDOW:] for b in bodies]
    lines = [_tail_lines(t) for t in tails]
    # a line is counted once per story: entries that open alike carry one story (an aggregator's feed gives a wire
    # story from three outlets; review s21 R7), and its lines are no feed's furniture for being in each copy
    stories: dict[str, set[str]] = {}
    preface = _shared_head(bodies)
    for body, found in zip(bodies, lines, strict=True):
        if body.strip():
            opening = _opening(body, preface)
            for text in {t for _, t, _ in found if _letters(t) >= SHARED_LINE_MIN}:
                stories.setdefault(text, set()).add(opening)
    having = len({_opening(b, preface) for b in bodies if b.strip()})
    need = max(SHARED_TAIL_ENTRIES, -(-having * 3 // 10))
    shared = {t for t, held in stories.items() if len(held) >= need}
    cuts = []
    for body, tail, found in zip(bodies, tails, lines, strict=True):
        at, offset, own = len(body), len(body) - len(tail), 0
        # where the entry has SHARED_TAIL_MIN * 4 letters above: found once per entry (review s21 R1: counted
        # above every shared line, entries x lines x body length)
        enough = _letters_reach(body, SHARED_TAIL_MIN * 4) if any(t in shared for _, t, _ in found) else len(body)
        for start, text, linked in reversed(found):
            if text in shared:
                if offset + start >= enough:
                    at = offset + start
                continue
            own += 1
            # (a related headline is a link; a data row under a heading, "地区生产总值 增长5.2%", is the entry's:
            # review s20 R15)
            if own > _TAIL_LINES_MAX or len(text) > _TAIL_LINE_MAX or not linked or _PROSE_MARK.search(text):
                break  # the entry's own text: the tail ends under it
        cuts.append(at)
    return cuts


def feed_tails(bodies: list[str]) -> list[int]:
    """Where each of a feed's entries' own text ends: the one reading of the text a feed's entries end with
    alike (review: two callers once weighed shared_tail and repeated_sign_offs each). An end every entry
    shares from a paragraph's edge (the site's notice: shared_tail) is cut from each entry with text; else a
    last sentence SHARED_TAIL_ENTRIES entries or more end with (an outlet's sign-off in an aggregator's feed:
    repeated_sign_offs) is cut from those entries; and from the first of the lines many entries repeat at their end
    (repeated_lines). An entry keeps all its text when none applies."""
    footer = shared_tail(bodies)
    cuts = [len(b) - footer if b.strip() else len(b) for b in bodies] if footer else repeated_sign_offs(bodies)
    if len(bodies) < SHARED_TAIL_ENTRIES:
        return cuts
    # and above either, the lines many entries repeat at their ends (repeated_lines)
    return [min(a, b) for a, b in zip(cuts, repeated_lines(bodies), strict=True)]


EMBEDDED_GAIN = 2  # times the sentences the markup's article shows, for the page's data to be read instead
EMBEDDED_MIN = 3  # sentences, for a string in the page's data to be an article
EMBEDDED_MAX = 2_000_000  # characters of one script's JSON read
EMBEDDED_VALUES = 100_000  # values visited in one script's JSON


def _embedded_article(tree, title: str, meta: dict[str, str]) -> str:
    """The article a script would render, from the page's JSON (Next.js __NEXT_DATA__, JSON-LD
    articleBody, application/json state): the string with the most sentences, itself at
    least EMBEDDED_MIN, in an object that also holds the page's headline (a string that is
    part of its <title> or og:title), so that a related story's body is never taken. ""
    when there is none. Read before scripts are dropped; used only when the markup's own
    article is much shorter (html_to_doc)."""
    import json

    from .metadata import title_from_page_title

    # the headline without the site's part: "The Standard" or "联合新闻网 udn.com" in the
    # <title> is in every story's data, a related story's too
    og = meta.get("og:title", "")
    names = {
        " ".join(title_from_page_title(t, headline=og if t != og else "").split())
        for t in (title, og, meta.get("jsonld:headline", ""))
        if t
    }
    names = {n for n in names if len(n) >= 6}
    if not names:
        return ""
    best, best_n = "", EMBEDDED_MIN - 1
    for script in tree.css('script[type="application/json"], script[type="application/ld+json"], script#__NEXT_DATA__'):
        raw = script.text(deep=True)
        if not raw or len(raw) > EMBEDDED_MAX or _sentences_in(raw) <= best_n:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack, visited = [data], 0
        while stack and visited < EMBEDDED_VALUES:
            value = stack.pop()
            visited += 1
            if isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, dict):
                strings = [v for v in value.values() if isinstance(v, str)]
                if any(6 <= len(h := " ".join(v.split())) <= 200 and _names_headline(h, names) for v in strings):
                    for v in strings:
                        if (n := _sentences_in(v)) > best_n:
                            best, best_n = v, n
                stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
    if not best:
        return ""
    if "<" in best and _TAG.search(best):  # the body as markup: its paragraphs
        from selectolax.lexbor import LexborHTMLParser

        fragment = LexborHTMLParser(best)
        node = fragment.body or fragment.root
        return "\n".join(_drop_link_lines(_blocks(_paragraphs(node, links=True)))) if node is not None else ""
    return "\n".join(_blocks(best.replace("\r\n", "\n")))


HEADLINE_COVER = 0.6  # of the headline, for a string in the page's data to be that headline


def _names_headline(text: str, names: set[str]) -> bool:
    """Is ``text`` the page's headline: one holds the other, and it covers most of it."""
    return any(
        (text in n and len(text) >= HEADLINE_COVER * len(n)) or (n in text and len(n) >= HEADLINE_COVER * len(text))
        for n in names
    )


def _json_ld(tree, meta: dict[str, str]) -> None:
    """headline, datePublished, publisher and author from JSON-LD, as ``jsonld:*`` keys."""
    import json

    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True)
        if not raw or len(raw) > 200_000:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # "[[[[…" past the parser's depth is no metadata
            continue
        items = data if isinstance(data, list) else [data]
        items += [g for d in items if isinstance(d, dict) for g in (d.get("@graph") or []) if isinstance(g, dict)]
        for item in items[:50]:
            if not isinstance(item, dict):
                continue
            for key in ("headline", "datePublished", "dateModified", "pubDate"):  # pubDate: Baidu's cambrian
                if isinstance(item.get(key), str):
                    meta.setdefault(f"jsonld:{key.lower()}", item[key].strip())
            if item.get("@type") == "WebSite" and isinstance(item.get("name"), str) and item["name"].strip():
                # the site's own name (a Yoast/SEO plugin's @graph): metadata reads it after og:site_name
                meta.setdefault("jsonld:website", item["name"].strip())
            for key in ("publisher", "author", "provider", "sourceOrganization"):
                value = item.get(key)
                value = value[0] if isinstance(value, list) and value else value
                name = value.get("name") if isinstance(value, dict) else value
                if isinstance(name, str) and name.strip():
                    meta.setdefault(f"jsonld:{key.lower()}", name.strip())
                    # an organisation that wrote or supplied the article is its source; the
                    # publisher may only host it (a portal carrying a broadcaster's story)
                    kind = value.get("@type") if isinstance(value, dict) else ""
                    if key != "publisher" and isinstance(kind, str) and kind.endswith("Organization"):
                        meta.setdefault("jsonld:source_org", name.strip())


LINKED_ITEMS_MAX = 200  # list items looked at in a fragment


def _linked_items(root) -> list:
    """List items of a fragment (a feed entry's body, HTML inside Markdown) that are one link
    and nothing else, no sentence in it: related headlines set as a list between the
    paragraphs of the article ("<ul><li><b><a href=…>另一篇的标题</a></b></li></ul>"). Only
    when the fragment has prose besides (FORM_PROSE sentences) and they are no more than
    LINK_LINES_MAX of its text: a fragment that is a list of links is kept whole."""
    items = []
    for li in root.css("li")[:LINKED_ITEMS_MAX]:
        words = " ".join(li.text(deep=True).split())
        links = li.css("a")
        if (
            words
            and len(links) == 1
            and " ".join(links[0].text(deep=True).split()) == words
            and (len(words) <= LINK_HEADLINE_MAX or not _ENDS_SENTENCE.search(words))
        ):
            items.append(li)
    if not items:
        return []
    # between the article's paragraphs: prose follows them (a list closing the text is the
    # post's own reading list, kept)
    total = root.text(deep=True)
    flat = "".join(total.split())
    last = "".join(items[-1].text(deep=True).split())
    if not _SENTENCE_END.search(flat, flat.rfind(last) + len(last)):
        return []
    size = len("".join(total.split()))
    linked = sum(len("".join(li.text(deep=True).split())) for li in items)
    if _sentences_in(total) - sum(_sentences(li) for li in items) < FORM_PROSE or linked > size * LINK_LINES_MAX:
        return []
    return items


# A feed entry's closing note of where it was first published, as blog software writes it under every item ("The post
# <a href=post>headline</a> appeared first on <a href=/>site</a>.", WordPress; "…最先出现在…"): a link to a page of a
# site and a link to that site's home, and a template's few words between. What it IS: the item pointing to itself
# and its site, never the text (dev s34_04/05/08/09, 13 items). A sentence that links a page and a home page is
# longer than a template's words.
SYNDICATION_WORDS = 24  # letters at most outside the two links
SYNDICATION_BLOCKS = 3  # blocks looked at from the fragment's end


def _syndication_note(root) -> LexborNode | None:
    """The fragment's last block with text, when it is a syndication note (see SYNDICATION_WORDS)."""
    from urllib.parse import urlsplit

    for node in reversed(root.css("p, div, li")[-SYNDICATION_BLOCKS:]):
        if len(node.css("p, div, li")) > 1:  # (a node's css holds itself) a wrapper: its last block came first
            continue
        words = node.text(deep=True)
        if not any(ch.isalnum() for ch in words):
            continue  # an empty paragraph after it ("<p></p>")
        links = node.css("a")
        if len(links) != 2:
            return None
        parts = [urlsplit((a.attributes.get("href") or "").strip()) for a in links]
        hosts = {p.netloc.lower().removeprefix("www.") for p in parts}
        homes = [p.path.strip("/") == "" and not p.query for p in parts]
        # the post first, its site's home last ("The post <a>…</a> appeared first on <a>site</a>."); a credit names
        # the outlet's home first, under its label, then the original ("来源：<a>新华网</a> <a>原文链接</a>": review
        # s34 R3, the outlet metadata reads)
        if len(hosts) != 1 or "" in hosts or homes != [False, True]:
            return None
        linked = sum(ch.isalnum() for a in links for ch in a.text(deep=True))
        if sum(ch.isalnum() for ch in words) - linked > SYNDICATION_WORDS or ":" in words or "：" in words:
            return None
        return node
    return None


def _without_closing_links(root, whole: str) -> str:
    """A fragment's text without the link lines that close it, past its last line of prose
    ("点击查看本文英文版。", "阅读原文" under an archived article): a link and nothing else,
    as short as a headline. Kept when the fragment has no prose (FORM_PROSE sentences) before
    them, or when they are LINK_LINES_MAX of it."""
    if LINK_ON not in (marked := _paragraphs(root, links=True)).translate(_NO_MARKS):
        return whole
    lines = _blocks(marked)
    end = len(lines)
    while end > 0 and (
        not lines[end - 1].strip()
        or (len(lines[end - 1].translate(_MARKS).strip()) <= LINK_HEADLINE_MAX and _link_share(lines[end - 1]) >= 1.0)
    ):
        end -= 1
    # headlines of any number and length (no sentence end) under a label that points elsewhere
    # ("推荐阅读：", "延伸阅读：" over a feed entry's related stories: 12-text s22, 雷锋网 dev-retired17 s20_09)
    under = len(lines)
    while under > 0 and (
        not lines[under - 1].strip()
        or (
            not _ENDS_SENTENCE.search(lines[under - 1].translate(_MARKS).strip())
            and _link_share(lines[under - 1]) >= 1.0
        )
    ):
        under -= 1
    label = lines[under - 1].strip() if under > 0 else ""
    # (short headlines only, each a closing link by itself too, under the label: the same list, its label above it:
    # "更多阅读：" over 15 linked headlines closing a WordPress feed's entry, dev s32_12)
    labelled = under <= end and under < len(lines) and LINK_ON not in label and _pointer_label(label)
    if labelled:
        end = under
    elif end == len(lines) or sum(bool(line.strip()) for line in lines[end:]) > CLOSING_LINKS_MAX:
        return whole  # more is a reading list, the post's own
    # the label right above them that points elsewhere ("获取更多RSS：", "相关阅读：") goes with
    # them, as a short heading over link lines does in an article (_drop_link_lines); a field's
    # label ("来源：") stays, as it does there
    label = lines[end - 1] if end > 0 else ""
    if LINK_ON not in label and len(label) <= LINK_HEADING_MAX and _pointer_label(label.strip()):
        end -= 1
    kept = "\n".join(line.translate(_MARKS) for line in lines[:end])
    closing = sum(len(line.translate(_MARKS).strip()) for line in lines[end:])
    # (a list as long as the article under its label is still the page's other stories: the label says what it is,
    # s32_12's short items; with no label, links past LINK_LINES_MAX of the text are the text, a list page's)
    if _sentences_in(kept) < FORM_PROSE or (not labelled and closing > len("".join(kept.split())) * LINK_LINES_MAX):
        return whole
    return kept


BREADCRUMB_LINES = 12  # lines at a fragment's top looked at for its breadcrumb
BREADCRUMB_HEAD_MIN = 4  # characters of the headline the path ends in ("今年滑雪也团购")


def _without_breadcrumb(root: LexborNode, whole: str, heads: list[str]) -> str:
    """A fragment's text without its breadcrumb: a row of links (two or more, nothing else but separators) above its
    first prose, whose last link is the page's own headline, the path's last step ("首页 陶朱公商圈 商圈资讯
    新兴产业规划临近 生物质能或领衔新能源" over the article of a saved JSP fragment: tester s26 U2). A menu's row ends
    in no headline; a row under the prose is the text's own business (_without_closing_links)."""
    heads = [h for h in heads if len(h) >= BREADCRUMB_HEAD_MIN]
    if not heads or LINK_ON not in (marked := _paragraphs(root, links=True)):
        return whole
    for line in _blocks(marked)[:BREADCRUMB_LINES]:
        plain = line.translate(_MARKS).strip()
        if not _link_row(line):
            if _ENDS_SENTENCE.search(plain):
                break  # the article has begun
            continue
        last = re.sub(r"\s+", "", _LINK_SPAN.findall(line)[-1])
        cut = last.rstrip("….")  # a long headline the path shortens
        if len(last) >= BREADCRUMB_HEAD_MIN and any(
            h == last or (len(cut) >= HEADLINE_MIN and h.startswith(cut)) for h in heads
        ):
            lines = whole.split("\n")
            at = next((i for i, kept in enumerate(lines) if kept.strip() == plain), None)
            return whole if at is None else "\n".join(lines[:at] + lines[at + 1 :])
    return whole


_NO_MARKS = str.maketrans("", "", "")
CLOSING_LINKS_MAX = 2  # closing pointers ("点击查看本文英文版", "阅读原文"); more is a reading list, kept


def _sentences_in(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def _sentences(node) -> int:
    """Sentence ends in a node's text: prose, which menus and buttons have little of."""
    return len(_SENTENCE_END.findall(node.text(deep=True))) if node is not None else 0


FORM_PROSE = 3  # sentences, past which a <form> is the page (ASP.NET wraps every page in one)
FORM_PAGE_SHARE = 0.8  # of the page's letters in one <form>: the form is the page, whatever its prose
FORM_PAGE_LETTERS = 200  # letters of a page at least for that to tell (a bare login page is its form)


def _drop_forms(tree) -> None:
    """A search, login or comment form is chrome; a form that holds prose is the page
    itself: ASP.NET WebForms put the whole page inside <form id="Form1"> (blogs, portals,
    government sites), and dropping every form dropped their article whole. Its controls
    (button, textarea, select) are gone already; an <input> holds no text."""
    forms = tree.css("form")
    if not forms:
        return
    page = tree.body or tree.root
    letters = sum(ch.isalnum() for ch in page.text(deep=True)) if page is not None else 0
    for form in forms:
        text = form.text(deep=True)
        if len(_SENTENCE_END.findall(text)) >= FORM_PROSE:
            continue
        # (or the form around the whole page though its article is short: two sentences of a city's notice inside
        # ASP.NET's <form id="form1">, dev-retired41 s44h_17; a search or login box is a sliver of a page's words)
        if letters >= FORM_PAGE_LETTERS and sum(ch.isalnum() for ch in text) >= FORM_PAGE_SHARE * letters:
            continue
        form.decompose()


# A UI widget (a video player's controls and error message, an embed's consent banner, a
# font-size bar) is the block around a form control, widened while the wider block adds no
# sentence: controls sit in UI, never in an article's prose, and the article around a widget
# adds sentences where the widening stops. Its lines are taken out of the article found (the
# page itself is left as it is: readability weighs the page whole, and chooses otherwise
# without its forms), unless that leaves the article without prose.
WIDGET_SENTENCES = 5  # sentences at most in a widget (a consent banner explains itself in four)
WIDGET_CHARS = 400  # characters of text at most in a widget
WIDGET_CONTROLS = 200  # controls looked at
_CONTROLS = "button, input, select, textarea, [role=button]"
# what a script makes a control of (tester s20 T6, T3): an element other than a link that a click runs code on
# ("<span style=\"cursor:pointer\" onclick=\"go_print()\">友善列印</span>", 中央社's font-size icons "<img
# id=\"plus\" style=\"cursor: pointer\">" beside "字級："), and one its page names a button ("btn": Bootstrap's
# class, <div id="btnShort">產生縮網址</div>). A link is a link (a tracker's onclick is on headlines too).
_CLICKABLE = (
    f'{_CONTROLS}, :not(a)[onclick], :not(a)[style*="cursor:pointer" i], :not(a)[style*="cursor: pointer" i],'
    " [class~=btn], [id^=btn]"
)


# a widget's line with a date in it is the byline its print and share buttons stand beside ("发布时间：2024-07-12
# 来源：…" in one row with "打印"), the page's, not a control's
_DATED = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}")


def _clickables(node, limit: int) -> list[LexborNode]:
    """The first ``limit`` controls under ``node``, each once (an element two selectors match comes twice)."""
    seen: dict[int, LexborNode] = {}
    for control in node.css(_CLICKABLE):
        seen.setdefault(control.mem_id, control)
        if len(seen) >= limit:
            break
    return list(seen.values())


# links that go nowhere but in the page or to a script: controls too ("跳过 Instagram 帖子")
_PAGE_LINKS = 'a[href^="#"], a[href^="javascript:"]'
WIDGET_LABEL = 12  # characters at most of a control's label


ICON_LINKS = 2_000  # links looked at for icon buttons


def _icon_links(links: list[LexborNode]) -> list[LexborNode]:
    """Links with no text and no picture: an icon font's or an SVG's button ("分享到 Facebook" as <i class=…>),
    controls as a <button> is (a photo's link holds its <img>). They find a widget, whose short labels then go
    ("分享動畫：" before four of them); they do not make a block all UI (a date line beside print and share icons)."""
    return [a for a in links if not a.text(deep=True).strip() and a.css_first("img, picture, video, image") is None]


def _back_to_top(link: LexborNode, block: LexborNode) -> bool:
    """A link back to the start of the page or of what holds it ("返回顶部": HTML scrolls "#top" to
    the top) or a paragraph's own footnote mark: no control of a widget."""
    target = (link.attributes.get("href") or "")[1:]
    if target.lower() == "top":
        return True
    inside = True  # below the block: a paragraph's "[1]" is the paragraph's own
    up = link.parent
    while up is not None:
        if (inside and up.tag in _TEXT_BLOCKS) or (target and up.attributes.get("id") == target):
            return True
        inside = inside and up.mem_id != block.mem_id
        up = up.parent
    return False


def _ui_label(line: str) -> bool:
    """A label's line: short, no sentence end, no figure."""
    return len(line) <= WIDGET_LABEL and not _SENTENCE_END.search(line) and not any(ch.isdigit() for ch in line)


RUNNING_TEXT_CONTROLS = 20  # clickables looked at in one block


def _in_running_text(control: LexborNode, block: LexborNode) -> bool:
    """A clickable inside a sentence of its block is a term of the text, no control (review s22 R18:
    glossary terms that open a tooltip, '<span onclick=tip()>碳达峰</span>', in a paragraph set as a
    <section>): an inline element whose block ends a sentence and holds at least as many letters
    again outside its clickables' labels."""
    if control.tag in ("button", "input", "select", "textarea") or not control.text(deep=True).strip():
        return False  # a form's control, or an icon: no term of the text
    if any(c.tag not in _INLINE and c.tag != "-text" for c in _children(control)):
        return False
    text = block.text(deep=True)
    if not _SENTENCE_END.search(text):
        return False
    labels = sum(sum(ch.isalnum() for ch in c.text(deep=True)) for c in _clickables(block, RUNNING_TEXT_CONTROLS))
    return labels * 2 < sum(ch.isalnum() for ch in text)


_NOT_SHOWN = frozenset(DROPPED)  # read as the text will be, before they are dropped
_TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd td th pre blockquote caption figcaption".split())


def _widget_lines(tree: LexborHTMLParser) -> frozenset[str]:
    """The text lines of the page's UI widgets (read before scripts and controls are dropped:
    a script's text is no line of an article)."""
    widgets: dict[int, LexborNode] = {}
    sizes: dict[int, tuple[int, int]] = {}  # an element's sentences and characters, each read once

    def size(node: LexborNode) -> tuple[int, int]:
        if (known := sizes.get(node.mem_id)) is None:
            text = node.text(deep=True)
            known = sizes[node.mem_id] = (_sentences_in(text), len("".join(text.split())))
        return known

    for control in [*_clickables(tree, WIDGET_CONTROLS), *_icon_links(tree.css("a")[:ICON_LINKS])]:
        if control.tag == "input" and (control.attributes.get("type") or "").lower() == "hidden":
            continue
        block = control.parent
        while block is not None and block.tag not in BLOCK:
            block = block.parent
        if block is None or block.tag in ("body", "html") or block.tag in _TEXT_BLOCKS or _in_code(block):
            continue  # a control inside a heading or a paragraph (a copy button) is dropped alone
        if _in_running_text(control, block):
            continue
        n, chars = size(block)
        if n > WIDGET_SENTENCES or chars > WIDGET_CHARS:
            continue
        while (up := block.parent) is not None and up.tag not in ("body", "html", "form"):
            wider, chars = size(up)
            if wider > n or chars > WIDGET_CHARS:
                break
            block = up
        widgets[block.mem_id] = block
    ids = set(widgets)
    lines: Counter[str] = Counter()
    for node in widgets.values():
        if not _below(node, ids):
            # one control beside prose is a share or zoom button: only its short labels go ("放大");
            # two or more (a player's bar, a banner's accept and skip) make the block UI. A link that
            # goes nowhere but in the page counts as one only where the block has no sentence of its
            # own: "返回顶部" (#top) and a 分享 button close an article's last paragraph (review s15 R14)
            # (a skip link, "跳过 Instagram 帖子" to #end-of-instagram-content, is an embed's own)
            controls = len(_clickables(node, 2))
            ui = controls >= 2 or (controls + any(not _back_to_top(a, node) for a in node.css(_PAGE_LINKS)[:20]) >= 2)
            lines.update(
                line
                for line in _blocks(_paragraphs(node, skip=_NOT_SHOWN))
                if line and (ui or _ui_label(line)) and not _DATED.search(line)
            )
            if ui:  # and each control's own label: the article's lines may break the bar elsewhere
                lines.update(label for c in _clickables(node, WIDGET_CONTROLS) if (label := " ".join(c.text().split())))
    if not lines:
        return frozenset()
    # a widget's own lines, found nowhere else on the page (a contents box's entries are the
    # article's headings too)
    page = Counter(_blocks(_paragraphs(tree.body or tree.root, skip=_NOT_SHOWN)))
    return frozenset(line for line, n in lines.items() if page[line] <= n)


ARTICLES_MAX = 50  # <article> elements looked at


def _one_article(root: LexborNode, text: str, heads: list[str] | None = None, url: str = "") -> str:
    """The text of one <article> when what was found runs over two or more (a page that loads
    the next story under its own, each an <article> of the same page): an <article> is one
    self-contained composition. The first of those holding FORM_PROSE sentences of the text is
    the page's own; the text from the first line found only in another goes when none of the
    page's own follows it, else the lines found only in the others. With no such <article>s, the
    same for containers of one template (a tag and class) that another story's headline stands
    between (_next_stories; ``heads``: the page's headline, _headlines)."""
    lines = text.split("\n")
    wanted = {line.strip() for line in lines if line.strip()}
    articles = root.css("article")[:ARTICLES_MAX]
    held = chosen = None
    if len(articles) >= 2:
        held, chosen = _held(articles, wanted)
        if len(held) < 2 or not _own_headlines(root, chosen):
            held = None
    if held is None and heads:
        held = _next_stories(root, wanted, heads, url)
    if held is None:
        return text
    others = set().union(*held[1:]) - held[0]
    alone = held[0] - set().union(*held[1:])
    cut = next((i for i, line in enumerate(lines) if line.strip() in others), len(lines))
    if not any(line.strip() in alone for line in lines[cut:]):
        kept = lines[:cut]  # the next story follows the page's own: it goes whole, with what both print
    else:
        kept = [line for line in lines if line.strip() not in others]
    return "\n".join(_blocks("\n".join(kept)))


def _held(containers: list[LexborNode], wanted: set[str]) -> tuple[list[set[str]], list[LexborNode]]:
    """The lines of the text each container holds, for those (outermost) holding FORM_PROSE sentences of it."""
    ids = {a.mem_id for a in containers}
    held: list[set[str]] = []
    chosen: list[LexborNode] = []
    for a in containers:
        if _below(a, ids):
            continue
        own = {line for line in _blocks(_paragraphs(a)) if line in wanted}
        if _sentences_in("\n".join(own)) >= FORM_PROSE:
            held.append(own)
            chosen.append(a)
    return held, chosen


TEMPLATES_MAX = 8  # templates of repeated containers read for the next story
TEMPLATE_NODES = 50_000  # elements walked for them


def _next_stories(root: LexborNode, wanted: set[str], heads: list[str], url: str = "") -> list[set[str]] | None:
    """The lines each of two or more containers of one template holds (the same tag and class, neither inside
    another, each with FORM_PROSE sentences of the text), when another story's headline stands between each and the
    one before: a page that loads the next story under its own in a copy of its own body's <div> (12-text s22:
    巴士的報 s22_04 after 往下看更多文章, 大公文匯 s22_03). Another story's headline is a heading of no full stop
    (a caption has one) that links elsewhere while the page's own (_headline_element, above the first container) does
    not (a digest links every item's or none), or that has the very tag and class of the page's own and is no line
    of the text (an article's own chapter headings are its lines). None when no template qualifies."""
    elements = list(root.traverse())[:TEMPLATE_NODES]
    at = {node.mem_id: i for i, node in enumerate(elements)}
    size = [1] * len(elements)
    ends = [0] * len(elements)
    counts: dict[int, int] = {}
    for node, n in _sentence_texts(root):
        if (parent := node.parent) is not None:
            counts[parent.mem_id] = counts.get(parent.mem_id, 0) + n
    for i in range(len(elements) - 1, -1, -1):
        node = elements[i]
        if (parent := node.parent) is not None and (j := at.get(parent.mem_id)) is not None:
            size[j] += size[i]
            if below := counts.get(node.mem_id):
                counts[parent.mem_id] = counts.get(parent.mem_id, 0) + below
        ends[i] = i + size[i] - 1
    groups: dict[tuple[str, str], list[int]] = {}
    for i, node in enumerate(elements):
        name = " ".join((node.attributes.get("class") or "").split())
        if name and counts.get(node.mem_id, 0) >= FORM_PROSE:
            members = groups.setdefault((node.tag or "", name), [])
            if not members or i > ends[members[-1]]:  # (one inside another of its template is part of it)
                members.append(i)
    candidates = sorted((m for m in groups.values() if 2 <= len(m) <= ARTICLES_MAX), key=lambda m: m[0])
    if not candidates or (page_head := _headline_element(root, heads)) is None or page_head.mem_id not in at:
        return None
    # (and a box of the template the page's own headline is set in: a next story's headline may be its box's own
    # text, no heading in it: "<div class=article-page-title>" over 星洲's next story, dev s39b_13)
    box = _shape(page_head.parent) if page_head.parent is not None else ("", "")
    headings = [
        i
        for i, node in enumerate(elements)
        if node.tag in ("h1", "h2", "h3") or (box[1] and node.tag == box[0] and _shape(node) == box)
    ]
    for members in candidates[:TEMPLATES_MAX]:
        if at[page_head.mem_id] > members[0]:
            continue
        if all(
            any(
                _other_story(elements[h], page_head, wanted, url)
                for h in headings[bisect_right(headings, ends[before]) : bisect_left(headings, after)]
            )
            for before, after in zip(members, members[1:], strict=False)
        ):
            held, _ = _held([elements[i] for i in members], wanted)
            if len(held) >= 2:
                return held
    return None


def _other_story(node: LexborNode, page_head: LexborNode, wanted: set[str], url: str = "") -> bool:
    """Whether a heading between two containers is another story's headline (_next_stories). A linked one must link
    to a page in the page's own folder (an article beside it: /hongkong/article/15466775 under
    /hongkong/article/15464662/), not to a topic's or a tag's page (review s23 R10b: '<a href=/topic/ai>' over a
    section of the article)."""
    if not _headline_like(node):
        return False
    if (link := _linked(node)) is not None:  # (a digest links every item's headline, the first's too)
        return _linked(page_head) is None and bool(folder := _folder(url)) and _folder(url, link) == folder
    same = (node.tag, node.attributes.get("class") or "") == (page_head.tag, page_head.attributes.get("class") or "")
    if not same and node.tag not in ("h1", "h2", "h3"):  # a box of the page headline's template, holding a headline
        same = (
            page_head.parent is not None
            and _shape(node) == _shape(page_head.parent)
            and not _below(page_head, {node.mem_id})
        )
        same = same and len(node.text(deep=True)) <= HEADLINE_BOX_MAX
    return same and " ".join(node.text(deep=True).split()) not in wanted


def _headline_like(node: LexborNode) -> bool:
    """A story's headline: HEADLINE_MIN letters at least (a section's or topic's label, linked or not, is shorter:
    review s23 R10, '<h2><a href=/topic/…>人工智能产业</a></h2>' between two parts of one body) and no full stop."""
    words = " ".join(node.text(deep=True).split())
    return sum(ch.isalnum() for ch in words) >= HEADLINE_MIN and "。" not in words


def _linked(node: LexborNode) -> str | None:
    """The address a heading links to, when it is a link or holds one."""
    if (inner := node.css_first("a[href]")) is not None:
        return inner.attributes.get("href") or ""
    up = node.parent
    while up is not None:
        if up.tag == "a" and up.attributes.get("href"):
            return up.attributes.get("href") or ""
        up = up.parent
    return None


def _folder(url: str, href: str = "") -> str:
    """The host and folder of ``href`` read against the page's ``url`` (of the url itself without one): the address
    up to its last path segment, a trailing slash ignored, and the kind of page it names. On a site of scripts with
    a query (content.jsp?wbnewsid=…, article.php?id=…) the kind is the script and the query's keys: a section's
    list (list.jsp?wbtreeid=…) is another script, or another key. Else (and when the last segment is numbered: a
    query after it is a tracking code's) the last segment's shape, digits in it or not and its extension: a story's
    page beside this one (/20240601/124.html) has this one's, a topic's or a tag's page in the same folder (/ai,
    /topic) has not (review s24 R2)."""
    from urllib.parse import parse_qsl, urljoin, urlsplit

    if not url:
        return ""
    try:
        parts = urlsplit(urljoin(url, href) if href else url)
    except ValueError:
        return ""
    path = parts.path.rstrip("/")
    folder, _, last = path.rpartition("/")
    numbered = any(ch.isdigit() for ch in last)
    if parts.query and not numbered:  # (a story's own numbered page with a query: a tracking code's)
        kind = f"{last}?{','.join(sorted({key for key, _ in parse_qsl(parts.query, keep_blank_values=True)}))}"
    else:
        kind = f"{numbered} {last.rpartition('.')[2] if '.' in last else ''}"
    return f"{parts.netloc}{folder}/ {kind}"


def _own_headlines(root: LexborNode, articles: list[LexborNode]) -> bool:
    """Whether the <article>s after the first are other stories: each has its own <h1>, inside
    it or after the article before it (香港01 loads the next story, headline and all, under
    the page's own). The items of a digest, a roundup or a live blog stand under the page's
    one headline, each with an <h2> at most: they are all the page's text (review s15 R21)."""
    ids = {a.mem_id: k for k, a in enumerate(articles)}
    owned: set[int] = set()
    seen = -1  # the last chosen article met in document order
    for node in root.css("h1, article"):
        if node.tag == "article":
            if node.mem_id in ids:
                seen = ids[node.mem_id]
            continue
        if not " ".join(node.text(deep=True).split()):
            continue
        up = node.parent
        while up is not None and up.mem_id not in ids:
            up = up.parent
        owned.add(ids[up.mem_id] if up is not None else seen + 1)
    return all(k in owned for k in range(1, len(articles)))


_KEY_DROPS = re.compile(r"[\s|｜]+")


def _line_key(line: str) -> str:
    """A line as a widget's is compared: without its blanks and bars (a button bar "轉寄好友 | 友善列印" is one line
    in the widget and two in the article found, its bar at the end of the first)."""
    return _KEY_DROPS.sub("", line)


def _without_widgets(text: str, widgets: frozenset[str], blocks: bool = True, least: int = FORM_PROSE) -> str:
    """An article's text less its lines that are a widget's, unless that leaves no prose, fewer than ``least``
    sentences (``blocks``: its lines as _blocks gives them; else the rest as it was, the page's text before
    cleaning)."""
    if not widgets:
        return text
    keys = {_line_key(line) for line in widgets} - {""}
    lines = text.split("\n")
    kept = [line for line in lines if line.strip() not in widgets and _line_key(line) not in keys]
    if len(kept) == len(lines) or _sentences_in("\n".join(kept)) < least:
        return text
    return "\n".join(_blocks("\n".join(kept)) if blocks else kept)


ARTICLE_HEADING_LINES = 6  # an article's own heading: its headline, a subtitle, its day and its issuer's line


def _article_heading(node) -> bool:
    """Is a <header> an article's own heading (<article><header><h1>headline</h1><span>2026.01.29</span><span>發布
    機關：…</span></header>: dev-retired22 s25_07/08, a city government's news pages): inside an <article>, holding
    an <h1> with words, a few short lines and no link? The text keeps it and the metadata reads it as a text's
    header lines (the headline, the date line, the issuer's label); a page's masthead is outside the article."""
    up, inside = node.parent, False
    for _ in range(40):
        if up is None:
            break
        if up.tag == "article":
            inside = True
            break
        up = up.parent
    if not inside or node.css_first("a") is not None or node.css_first("nav, form, button") is not None:
        return False
    h1 = node.css_first("h1")
    if h1 is None or not h1.text(deep=True).strip():
        return False
    lines = [x for x in node.text(deep=True, separator="\n").split("\n") if x.strip()]
    return len(lines) <= ARTICLE_HEADING_LINES + 2 and all(len(x.strip()) <= 80 for x in lines)


def _heading_chrome_out(node) -> None:
    """An article's own heading less the page's lines in it: every element of words outside its headings is a day,
    a labelled issuer or author or a byline (_HEADING_META); another (a type-size switch "字級：小 中 大", "分享到：",
    a view count "瀏覽次數：1234") is the page's control, kept by no text (a <header> is dropped whole otherwise)."""
    headings = {h.mem_id for h in node.css("h1, h2, h3, h4, h5, h6")}
    for leaf in node.css("*"):
        if next(leaf.iter(), None) is not None or not (words := " ".join(leaf.text(deep=True).split())):
            continue
        if not _HEADING_META.search(words) and leaf.mem_id not in headings and not _below(leaf, headings):
            leaf.decompose()


_HEADING_META = re.compile(
    r"^(?:(?:19|20)\d{2}|1[01]\d)\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
    r"|^(?:發布|发布|發佈|来源|來源|資料來源|资料来源|稿源|發文|发文|供稿|作者|記者|记者|編輯|编辑|責任編輯|责任编辑|撰文|撰稿|"
    r"文|圖|图|攝影|摄影|日期|時間|时间|發布日期|发布日期|發布時間|发布时间|發稿|发稿|更新|更新時間|更新时间)"
    r"(?:機關|机关|機構|机构|單位|单位|部門|部门|日期|時間|时间)?\s*[:：]\s*(?![:：])[^：:]{1,40}$"
    r"|^[^：:，,。]{2,30}(?:報導|报道|報道|报导|訊|讯)$"
)


def _drop_headers(tree) -> None:
    """A <header> is a page's masthead or an article's title block: chrome, or read from
    the meta and head already. Unless it holds prose: a CMS that closes the article's
    <header> after the body (頭條日報: <article><header>…<div id="news-content">…</header>)
    put the article in it, and dropping every header dropped the article whole."""
    drop, own = [], []
    for node in tree.css("header"):
        if _sentences(node) < FORM_PROSE:
            (own if _article_heading(node) else drop).append(node)
    for node in own:
        _heading_chrome_out(node)
    ids = {node.mem_id for node in drop}
    for node in drop:
        if not _below(node, ids):
            node.decompose()


# A script's media player around a <video> or <audio> (video.js, a CMS's player): its loading notice, time
# read-outs and menus ("Video Player is loading.", "Remaining Time 0:00", "Playback Rate") are the player's, and
# its labels outrun WIDGET_CHARS, so _widget_lines leaves them (tester s20 T6). The player is the media element's
# widest ancestor that ends no Chinese sentence and holds no text block with Han text of its own (a figure's
# caption, a headline over the video); it is a player only with two controls at least (a bare <video controls>
# has none, and its caption stays).
PLAYERS_MAX = 20  # media elements looked at
PLAYER_LEVELS = 12  # ancestors climbed from one
_HAN_SENTENCE_END = re.compile(f"[{SENTENCE_END_ZH}]")
_HAN_TEXT = re.compile(f"[{HAN_BASIC}]")
_PLAYER_TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, dd, dt, td, th, blockquote, figcaption, caption"


def _player_text(node: LexborNode) -> bool:
    """Does a block hold writing: a Chinese sentence, or a text block with Han text?"""
    if _HAN_SENTENCE_END.search(node.text(deep=True)):
        return True
    return any(_HAN_TEXT.search(block.text(deep=True)) for block in node.css(_PLAYER_TEXT_BLOCKS)[:200])


PLAYER_WRITING = 20  # letters in one text node beside the player: a sentence or a caption, in any script


def _writing_beside(up: LexborNode, player: LexborNode) -> bool:
    """Does an ancestor hold writing beside the player climbed so far: a text node of PLAYER_WRITING
    letters or more in its other children (an English article's paragraph, a picture story's
    caption with no sentence end: review s22 R2). A control's label is a word or two."""
    for child in _children(up):
        if child.mem_id == player.mem_id:
            continue
        text = child.text_content if child.tag == "-text" else child.text(deep=True, separator="\n")
        if any(sum(ch.isalnum() for ch in line) >= PLAYER_WRITING for line in (text or "").split("\n")):
            return True
    return False


def _drop_players(tree: LexborHTMLParser) -> None:
    players: dict[int, LexborNode] = {}
    writing: dict[int, bool] = {}  # an ancestor read once however many media elements climb through it (R3)
    for media in tree.css("video, audio")[:PLAYERS_MAX]:
        player = None
        up = media.parent
        for _ in range(PLAYER_LEVELS):
            if up is None or up.tag in ("body", "html"):
                break
            if up.mem_id not in writing:
                writing[up.mem_id] = _player_text(up)
            # the media's own box holds the player's labels, however long ("Beginning of dialog window…");
            # past it, writing beside the player is the page's
            if writing[up.mem_id] or (player is not None and _writing_beside(up, player)):
                break
            player, up = up, up.parent
        if player is not None and len(player.css(_CONTROLS)[:2]) >= 2:
            players[player.mem_id] = player
    ids = set(players)
    for node in players.values():
        if not _below(node, ids):
            node.decompose()


# A field whose value a script writes (a hit counter: "<span>点击数：<script src=GetHits.aspx></script>次</span>"):
# saved, it is its label and unit with nothing between ("次" alone over the article, tester s20 T6). An inline
# element, or a text block of text nodes only, holding a script and a short text with no figure and no sentence
# end is that field: dropped whole.
SCRIPT_FIELDS = 500  # scripts looked at
_INLINE = frozenset("span em i b strong font label small a".split())
_FIELD_BLOCKS = frozenset("p td dd dt li".split())


FIELD_UNIT = 3  # characters at most after a script-written value: its unit ("次", "人次")


def _drop_script_fields(tree: LexborHTMLParser) -> None:
    """Fields whose value a script writes: a label that ends with its colon right before the script,
    or nothing before it, and at most a unit after it ("点击数：<script/>次"). A byline that carries a
    tracking script ("来源：新华社<script>…</script>") has its value before the script, and stays
    (review s22 R10). Each parent is read once, however many scripts it holds (review s22 R19)."""
    fields: dict[int, LexborNode] = {}
    seen: set[int] = set()
    for script in tree.css("script")[:SCRIPT_FIELDS]:
        parent = script.parent
        if parent is None or parent.mem_id in seen or parent.tag not in _INLINE | _FIELD_BLOCKS:
            continue
        seen.add(parent.mem_id)
        pieces: list[str | None] = []  # the children's text in order, None where a script stands
        plain, size = True, 0
        child = parent.child
        while child is not None and size <= WIDGET_LABEL * 4:
            if child.tag == "-text":
                pieces.append(child.text_content or "")
            elif child.tag == "script":
                pieces.append(None)
            elif child.tag != "br":
                plain = plain and child.tag in _INLINE and child.css_first("script") is None
                pieces.append(child.text(deep=True))
            size += len(pieces[-1] or "") if pieces else 0
            child = child.next
        if child is not None or (parent.tag in _FIELD_BLOCKS and not plain):
            continue  # longer than a field's label (a paragraph holding scripts), or a block with blocks in it
        text = "".join("".join(p for p in pieces if p is not None).split())
        if not text or not _ui_label(text):
            continue
        for k, piece in enumerate(pieces):
            if piece is not None:
                continue
            before = "".join("".join(p for p in pieces[:k] if p is not None).split())
            after = "".join("".join(p for p in pieces[k + 1 :] if p is not None).split())
            if (not before or before.endswith((":", "："))) and len(after) <= FIELD_UNIT:
                fields[parent.mem_id] = parent
                break
    for node in fields.values():
        node.decompose()


# Reader comments under a heading that says so ("网友评论", "網友留言 (23)", "热门评论"), whatever their markup is
# named (review s19 R10: on a picture story, captions and little text, the comments outweighed the story and were
# read as the article). The heading, lifted to the element that holds it alone or with a count ("共5条"), and what
# follows it there go when what follows carries readers' stamps (a date and time, "3小时前") on COMMENT_STAMPS posts
# at least, holds no headline, and leaves the page some text: a comment section is never the article.
COMMENT_HEADING_NODES = 20_000  # elements looked at for a heading
COMMENT_HEADING_MAX = 16  # characters of a heading
COMMENT_HEADING_LEVELS = 3  # wrappers climbed from the heading
COMMENT_STAMPS = 3
COMMENT_HEADING_CHILDREN = 50  # children of a heading's block read for its count
POST_ENDS = 3  # sentence ends of a reader's post at most: an article under its own dateline has more (review s24 R6)
POST_CHARS = 300  # characters of a reader's post at most, its handle and time with it
_HEADING_COUNT = re.compile(
    r"^[(（]?\s*(?:共|全部)?\s*\d+\s*(?:条|條|则|則|个|個)?(?:评论|評論|留言|回复|回覆)?\s*[)）]?$"
)


def _stamps(text: str) -> int:
    return len(_POST_DATE.findall(text)) + len(_POST_AGO.findall(text))


def _children(parent: LexborNode) -> list[LexborNode]:
    out = []
    child = parent.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


class _After(NamedTuple):
    stamps: int  # readers' stamps (dates, times ago)
    h1: bool
    ends: int  # sentence ends
    posts: int  # post-shaped blocks: one stamp set apart on a line of its own, and a sentence of their own
    posted: int  # the sentence ends in those blocks


# Fields of a subtree's counts (_subtree_counts): summed from the leaves up
_STAMPS, _H1, _ENDS, _APART, _CHARS, _POSTS, _POSTED = range(7)


def _subtree_counts(root: LexborNode, wanted: set[int]) -> dict[int, list[int]]:
    """What the ``wanted`` nodes' subtrees hold (by mem_id), in one pass from the leaves up, so that nested
    labels cost no more than flat ones (review s23 R3: each level read its whole subtree again). The walk
    keeps the open elements' sums only, and the counts of the nodes the headings' climbs read (review s24
    R7: a list of the page and a count per node took six times the page's memory).

    A post is the highest element holding one stamp, set apart (in a text node that ends no
    sentence: a post's own date line, never a date in the prose), and a sentence of its own: a
    reader's comment under its handle and time. A timetable's dated lines end no sentence and
    hold no other line: no post (review s23 R1). A post is short: an article under its own
    dateline is the same shape, longer (review s24 R6: counted as a post, it made its wrapper
    a thread to drop)."""
    counts: dict[int, list[int]] = {}
    opened: list[tuple[int, bool, list[int]]] = []  # the open elements, from the root: mem_id, an h1?, sums so far

    def close() -> None:
        mem_id, h1, mine = opened.pop()
        if h1:
            mine[_H1] = 1
        if mine[_STAMPS] == 1 and mine[_APART] == 1 and 0 < mine[_ENDS] <= POST_ENDS and mine[_CHARS] <= POST_CHARS:
            mine[_POSTS], mine[_POSTED] = 1, mine[_ENDS]
        if mem_id in wanted:
            counts[mem_id] = mine
        if opened:
            held = opened[-1][2]
            for i in range(7):
                held[i] += mine[i]

    for node in root.traverse(include_text=True):  # the root first, then each node after its parent
        up = node.parent
        up_id = up.mem_id if up is not None else None
        while opened and opened[-1][0] != up_id:
            close()
        if node.tag != "-text":
            opened.append((node.mem_id, node.tag == "h1", [0] * 7))
            continue
        own = node.text_content or ""
        stamps, ends = _stamps(own), _sentences_in(own)
        mine = [stamps, 0, ends, 0 if ends else stamps, len("".join(own.split())), 0, 0]
        if node.mem_id in wanted:
            counts[node.mem_id] = mine
        if opened:
            held = opened[-1][2]
            for i in range(7):
                held[i] += mine[i]
    while opened:
        close()
    return counts


class _Siblings:
    """Per parent, read once: for each child what every sibling after it holds (suffix sums of the
    subtree counts, read once for the page), so that each heading-like child costs one look-up (review
    s22 R1: a row of 4,000 reply buttons had every later sibling's text joined for each one)."""

    def __init__(self, root: LexborNode, headings: list[LexborNode]) -> None:
        self._at: dict[int, dict[int, _After]] = {}
        self._root = root
        self._headings = headings
        self._counts: dict[int, list[int]] | None = None

    def _wanted(self) -> set[int]:
        """The nodes whose counts the headings' climbs can read: the root, each heading's wrappers up to
        COMMENT_HEADING_LEVELS and their children."""
        wanted = {self._root.mem_id}
        read: set[int] = set()  # wrappers whose children are in: each read once (20,000 labels in one parent)
        for heading in self._headings:
            up: LexborNode | None = heading
            for _ in range(COMMENT_HEADING_LEVELS):
                up = up.parent if up is not None else None
                if up is None:
                    break
                if up.mem_id not in read:
                    read.add(up.mem_id)
                    wanted.add(up.mem_id)
                    wanted.update(child.mem_id for child in _children(up))
        return wanted

    def counts(self, node: LexborNode) -> list[int]:
        if self._counts is None:
            self._counts = _subtree_counts(self._root, self._wanted())
        return self._counts.get(node.mem_id) or [0] * 7

    def after(self, node: LexborNode) -> _After:
        """What the siblings after ``node`` hold."""
        parent = node.parent
        if parent is None:
            return _After(0, False, 0, 0, 0)
        table = self._at.get(parent.mem_id)
        if table is None:
            table = {}
            held = [0] * 7
            for child in reversed(_children(parent)):
                table[child.mem_id] = _After(
                    held[_STAMPS], bool(held[_H1]), held[_ENDS], held[_POSTS], held[_POSTED]
                )  # what follows this child
                for i, n in enumerate(self.counts(child)):
                    held[i] += n
            self._at[parent.mem_id] = table
        return table.get(node.mem_id, _After(0, False, 0, 0, 0))

    def rest(self, up: LexborNode, heading: LexborNode) -> str | None:
        """The text of ``up`` other than ``heading``'s (a count beside it: "共5条"), or None when
        there is more than a heading's length of it: read without reading the heading's subtree."""
        if self.counts(up)[_CHARS] - self.counts(heading)[_CHARS] > COMMENT_HEADING_MAX:
            return None
        parts = []
        for looked, child in enumerate(_children(up)):
            if looked >= COMMENT_HEADING_CHILDREN:
                return None
            if child.mem_id != heading.mem_id and self.counts(child)[_CHARS]:
                parts.append("".join(child.text(deep=True).split()))
        return "".join(parts)


def _drop_comment_sections(tree: LexborHTMLParser) -> None:
    root = tree.body or tree.root
    if root is None:
        return
    from .clean import _COMMENTS_WEAK, comments_words

    drops: list[list[LexborNode]] = []
    dropped: set[int] = set()
    headings = []
    for node in tree.css("body *")[:COMMENT_HEADING_NODES]:
        own = "".join(node.text(deep=False).split())  # its own text: a wrapper's is looked at from inside
        if not own or len(own) > COMMENT_HEADING_MAX or node.tag in _RAW_CODE:
            continue
        if comments_words(own) or _COMMENTS_WEAK.match(own):
            headings.append(node)
    siblings = _Siblings(root, headings)
    for node in headings:
        if dropped and _below(node, dropped):
            continue
        heading = node
        for _ in range(COMMENT_HEADING_LEVELS):
            below = siblings.after(heading)
            if below.stamps >= COMMENT_STAMPS:
                total = siblings.counts(root)[_ENDS]
                # Never the part holding most of the page's sentence ends that are not readers' posts' (each
                # a stamp on a line of its own over a sentence): that is the article, whatever its markup and
                # wherever its dates stand (review s22 R11, R11b, R11c: a 评论 label or counter above an
                # article whose own dates read as readers' stamps; guarding its longest line kept a longer
                # footer; review s23 R1: a notice's timetable sets its dates apart on lines of their own,
                # beside the article's paragraphs). Readers' posts go even when they outweigh the article
                # (a picture story's captions): the prose left without them is above the heading.
                posted = below.posted if below.posts >= COMMENT_STAMPS else 0
                article = below.ends - posted > (total - posted) * HOLDER_SHARE
                if not below.h1 and not article:
                    after = []
                    sibling = heading.next
                    while sibling is not None:
                        after.append(sibling)
                        sibling = sibling.next
                    drops.append([heading, *after])
                    dropped.update(n.mem_id for n in drops[-1])
                break
            up = heading.parent
            if up is None or up.tag in ("body", "html"):
                break
            rest = siblings.rest(up, heading)
            if rest is None or (rest and not _HEADING_COUNT.match(rest)):
                break  # the heading's block holds more than the heading and its count
            heading = up
    if not drops:
        return
    kept = sum(ch.isalnum() for ch in root.text(deep=True))
    gone = sum(ch.isalnum() for nodes in drops for n in nodes for ch in n.text(deep=True))
    if kept - gone < MIN_ARTICLE:
        return  # a page of comments and nothing else: read as it is (_posts)
    for nodes in drops:
        for n in nodes:
            n.decompose()


# The label an ad network sets first inside its link ("<a href=…><i>广告</i><span>…</span><div>×</div></a>"):
# a paid link set between an article's paragraphs. A link whose own first element says only that is the ad.
AD_LABELS = frozenset({"广告", "廣告", "推广", "推廣", "赞助", "贊助", "ad", "ads", "advertisement", "sponsored"})
MAX_AD_LINKS = 5_000  # links looked at


def _drop_ad_links(tree: LexborHTMLParser) -> None:
    for a in tree.css("a")[:MAX_AD_LINKS]:
        first = a.child
        while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
            first = first.next
        if (
            first is not None
            and first.tag != "-text"
            and " ".join(first.text(deep=True).split()).lower() in AD_LABELS
            and first.next is not None  # the label and the ad: a link that is the label alone is a menu's
        ):
            a.decompose()


# A box the page's template names an advertisement by a class of its own ("KikBrf1304 Ad Cf" around a plug for the
# outlet's car account under 中金在线's story, dev s39b_06; class="ad", "ads" on real pages): the word alone, as one of
# the classes, never part of another ("head", "download", "adv-list" are other things). Short: a wrapper holding the
# article under such a class (a template's mistake) keeps it.
_AD_BOXES = ", ".join(f'[class~="{name}"]' for name in ("ad", "Ad", "AD", "ads", "Ads", "advert", "advertisement"))
AD_BOX_MAX = 400  # characters of an ad box's text
MAX_AD_PARTS = 2000  # elements whose class holds the letters looked at


# ...or by a part of a class a template builds of words ("job-ads-list-section" around a job board's box under a story,
# dev s40b_08): the word between hyphens or underscores, never inside another word ("shadow", "load", "header"); "ad"
# alone as a part is an address as often ("site_ad" around a government site's footer, dev s27_06)
_AD_PART = frozenset({"ads", "advert", "adverts", "advertisement", "advertising"})
_CLASS_PARTS = re.compile(r"[-_]")


def _ad_classes(node: LexborNode) -> bool:
    return any(
        part.lower() in _AD_PART
        for name in (node.attributes.get("class") or "").split()
        if "-" in name or "_" in name
        for part in _CLASS_PARTS.split(name)
    )


def _ad_sized(text: str) -> bool:
    """An ad box's text: short, or of any length with no sentence in it (a job board's slider of titles, places and
    pay, dev s40b_08). A box of prose under an ad's class is the template's mistake around the article: it stays."""
    return len(text) <= AD_BOX_MAX or _SENTENCE_END.search(text) is None


def _drop_ad_boxes(tree: LexborHTMLParser) -> None:
    named = tree.css(_AD_BOXES)[:MAX_AD_LINKS]
    seen = {node.mem_id for node in named}
    parts = [
        node for node in tree.css('[class*="ad"], [class*="Ad"], [class*="AD"]')[:MAX_AD_PARTS] if _ad_classes(node)
    ]
    boxes = [
        node
        for node in named + [node for node in parts if node.mem_id not in seen]
        if node.tag not in ("html", "body") and node.css_first("h1") is None and _ad_sized(node.text(deep=True))
    ]
    ids = {node.mem_id for node in boxes}
    for node in [node for node in boxes if not _below(node, ids)]:  # (one inside another goes with it)
        node.decompose()


# A page's own style sheet hides blocks by class or id (".x{display:none}" in a <style> element, tester s17 X23):
# its rules are read for that only. A rule inside an at-rule (@media print, a narrow screen) hides nothing on the
# page as read; a selector with a pseudo-class, attribute or combinator other than descent is not looked at; an
# element another rule shows (".tab{display:none} .tab.on{display:block}") stays. Bounded: the first
# SHEET_MAX characters of style and SHEET_RULES rules.
_SHEET_SELECTOR = re.compile(
    r"^(?:[a-zA-Z][a-zA-Z0-9]*)?(?:[.#][A-Za-z_][\w-]*)+(?:\s+(?:[a-zA-Z][a-zA-Z0-9]*)?(?:[.#][A-Za-z_][\w-]*)+)*$"
)
_SHEET_SHOWN = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.IGNORECASE)
_CSS_PUNCT = re.compile(r"[{};]")
SHEET_MAX, SHEET_RULES = 200_000, 2_000


_GROUP_RULE = re.compile(r"@(?:media|supports)\b", re.IGNORECASE)


def _sheet_rules(css: str) -> list[tuple[str, str, bool]]:
    """(selectors, declarations, conditional) of a style sheet's rules, in one pass: the top-level ones, and
    those inside an @media or @supports block (conditional: a small screen's, a printer's); other at-rules'
    blocks (@font-face, @keyframes) skipped."""
    rules: list[tuple[str, str, bool]] = []
    depth, start, selector = 0, 0, ""
    group = False  # inside a conditional group: its rules stand one level down
    for m in _CSS_PUNCT.finditer(css):
        i, ch = m.start(), m.group()
        level = 1 if group else 0
        if ch == "{":
            if depth == level:
                selector, start = css[start:i].strip(), i + 1
                if not group and _GROUP_RULE.match(selector):
                    group, depth = True, 1
                    continue
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if group and depth == 0:  # the group's own end
                group, start = False, i + 1
            elif depth == level:
                if not selector.startswith("@"):
                    rules.append((selector, css[start:i], group))
                    if len(rules) >= SHEET_RULES:
                        break
                start = i + 1
        elif ch == ";" and depth == level:  # @import url(…); @charset "…";
            start = i + 1
    return rules


def _without_css_comments(css: str) -> str:
    """A style sheet without its /* comments */ (an unclosed one runs to the end); linear, as a regex
    scanning from every "/*" to the end would not be."""
    out, at = [], 0
    while (start := css.find("/*", at)) >= 0:
        out.append(css[at:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return " ".join(out)
        out.append(" ")
        at = end + 2
    out.append(css[at:])
    return "".join(out)


SHEET_SELECTORS = 500  # selectors looked for, of the page's names (one rule may list thousands)
SHEET_GROUP = 100  # selectors matched in one walk of the tree
PAGE_NAMES = 200_000  # class and id names collected from the page
_SELECTOR_NAME = re.compile(r"[.#][A-Za-z_][\w-]*")


def _page_names(tree) -> set[str]:
    """ ".name" for every class and "#name" for every id on the page (one walk, bounded)."""
    names: set[str] = set()
    for node in tree.css("[class], [id]"):
        attrs = node.attributes
        names.update("." + name for name in (attrs.get("class") or "").split())
        if ident := (attrs.get("id") or "").strip():
            names.add("#" + ident)
        if len(names) >= PAGE_NAMES:
            break
    return names


def _hidden_by_sheet(tree) -> set[int]:
    """mem_ids of the elements the page's <style> sheets hide (see _SHEET_SELECTOR)."""
    css = "".join(node.text(deep=True) for node in tree.css("style"))[:SHEET_MAX]
    if "none" not in css and "hidden" not in css:
        return set()
    hide: list[str] = []
    show: list[str] = []
    names: set[str] | None = None  # the page's class and id names, read once when the sheet hides anything
    looked = 0
    for selectors, body, conditional in _sheet_rules(_without_css_comments(css)):
        # a rule inside @media hides for a printer or a small screen only, but what it shows some screen
        # shows (a mobile-first sheet: ".pc{display:none} @media (min-width:768px){.pc{display:block}}")
        hides = not conditional and bool(_HIDDEN_STYLE.search(body))
        shows = bool(_SHEET_SHOWN.search(body))
        if not hides and not shows:
            continue
        for one in selectors.split(","):
            one = " ".join(one.split())
            if not _SHEET_SELECTOR.match(one):
                continue
            if names is None:
                names = _page_names(tree)
            # a selector naming a class or id the page lacks matches nothing: it is not looked for
            if all(name in names for name in _SELECTOR_NAME.findall(one)):
                (hide if hides else show).append(one)
                looked += 1
                if looked >= SHEET_SELECTORS:
                    break
        if looked >= SHEET_SELECTORS:  # each is matched against every element: a bounded number of them
            break
    if not hide:
        return set()

    def shown(node) -> bool:  # its own style attribute shows it whatever the sheet says (style="display: block")
        return bool(_SHEET_SHOWN.search(node.attributes.get("style") or ""))

    def matched(selectors: list[str]) -> set[int]:
        found: set[int] = set()
        unique = list(dict.fromkeys(selectors))
        for at in range(0, len(unique), SHEET_GROUP):
            group = unique[at : at + SHEET_GROUP]
            try:  # a group in one walk of the tree
                nodes = tree.css(", ".join(group))
            except Exception:  # noqa: BLE001 - lexbor refuses a selector in it: each alone, the refused hides nothing
                nodes = []
                for one in group:
                    try:
                        nodes.extend(tree.css(one))
                    except Exception:  # noqa: BLE001
                        continue
            found.update(n.mem_id for n in nodes if n.tag not in ("html", "body") and not shown(n))
        return found

    return matched(hide) - matched(show)


def _sheet_hidden_lines(tree) -> frozenset[str]:
    """The text lines of the blocks the page's style sheet hides, found nowhere else on the page; none when
    those blocks hold most of the page's sentences (an article a script reveals), nor a block's of several
    sentences. They leave the article's
    text as a widget's lines do (_without_widgets): the tree the article is found in stays as it was, so a
    hidden player's tooltips never change which block reads as the article."""
    ids = _hidden_by_sheet(tree)
    if not ids:
        return frozenset()
    outer = [n for n in tree.css("[class], [id]") if n.mem_id in ids and not _below(n, ids)]
    total = _sentences(tree.body or tree.root)
    if total >= MIN_HIDDEN_GUARD and sum(_sentences(n) for n in outer) > total * HIDDEN_GUARD:
        return frozenset()
    # a hidden block of several sentences is the rest of the article a button reveals (明報's #lower, "read
    # more"), not chrome: a menu, a player's tooltips, a pop-up, a teaser hide a line or two
    outer = [n for n in outer if _sentences(n) < MIN_HIDDEN_GUARD]
    lines: Counter[str] = Counter()
    for node in outer:
        lines.update(line for line in _blocks(_paragraphs(node, skip=_NOT_SHOWN)) if line)
    if not lines:
        return frozenset()
    page = Counter(_blocks(_paragraphs(tree.body or tree.root, skip=_NOT_SHOWN)))
    return frozenset(line for line, n in lines.items() if page[line] <= n)


def _drop_hidden(tree) -> None:
    """What a browser does not show, and reader comments, never reach the text.

    Unless hiding would take most of the page's sentences: then the hidden part is an
    article a script would reveal (saved pages that start display:none), and it is
    shown instead."""
    hidden = []
    for node in tree.css("[style], [hidden], [aria-hidden]"):
        attrs = node.attributes
        if node.tag not in ("html", "body") and (
            "hidden" in attrs
            or (attrs.get("aria-hidden") or "").lower() == "true"
            or _HIDDEN_STYLE.search(attrs.get("style") or "")
        ):
            hidden.append(node)
    reveal = False
    if 0 < len(hidden) <= MAX_HIDDEN_GUARD:  # more hidden blocks than that is no one article
        ids = {n.mem_id for n in hidden}
        total = _sentences(tree.body or tree.root)
        concealed = sum(_sentences(n) for n in hidden if not _below(n, ids))
        reveal = total >= MIN_HIDDEN_GUARD and concealed > total * HIDDEN_GUARD
    for node in hidden:
        if reveal:
            for name in ("style", "hidden", "aria-hidden"):
                if name in node.attrs:
                    del node.attrs[name]
        else:
            node.decompose()
    _drop_comments(tree)


def _drop_comments(tree) -> None:
    """Reader comments, named so by their class or id, beside an article. Two structural
    checks keep what the name alone would take: an element inside <pre> or <code> is code
    (a syntax highlighter's <span class="token comment">: the program's own comment lines),
    and comment-named blocks that hold the page's prose, while what stands outside them
    ends fewer than COMMENTS_PROSE sentences, are the page itself: forum software that
    names a whole thread "comments" (its opening post inside). The post-list reading
    (_posts) then takes the thread's first post."""
    named, seen = [], set()
    for node in tree.css("[class], [id]"):
        if node.tag in ("html", "body") or node.mem_id in seen:  # an element with both comes twice
            continue
        seen.add(node.mem_id)
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if COMMENTS.intersection(_WORDS.findall(names)) and not _in_code(node):
            named.append(node)
            if len(named) > MAX_COMMENT_NODES:
                break
    if not named:
        return
    ids = {n.mem_id for n in named}
    outer = [n for n in named if not _below(n, ids)]
    inside = sum(_sentences(n) for n in outer)
    if inside >= COMMENTS_PROSE and _sentences(tree.body or tree.root) - inside < COMMENTS_PROSE:
        return  # nothing but them has prose: they are the page
    for node in outer:
        node.decompose()


COMMENTS_PROSE = 3  # sentences: less than this outside the comment-named blocks, and they are the page
MAX_COMMENT_NODES = 2_000  # a bound on the names looked at; a page with more is read as found so far
_CODE = frozenset({"pre", "code"})


def _in_code(node) -> bool:
    up = node.parent
    while up is not None:
        if up.tag in _CODE:
            return True
        up = up.parent
    return False


_PUB_DATE_NAME = re.compile(
    r"(?:pub|publish|post|paper|article|news|release|issue)[-_]?(?:date|time)|(?:date|time)[-_]?pub"
)
_NOT_PUB_DATE = re.compile(r"today|now|clock|current|weather|update|modif|comment|reply")


MAX_HOME_LINKS = 20
_HOME_PATH = re.compile(r"^/?(?:index\.(?:s?html?|php|aspx?))?$", re.IGNORECASE)
# a sentence or a bracketed mark (【编辑:刘欢】)
_AFTER_SENTENCE = re.compile(f"[{SENTENCE_END}{CLOSE_BRACKET}{CLOSE_QUOTE}】\\]]$")


def _home_h1(tree: LexborHTMLParser) -> str:
    """The words of the page's first <h1> when they are all one link to the site's front page
    (<h1><a href="/" rel="home">阿明</a></h1>): the site's name over every page, a blog's above its
    post, not the headline; read before the page's <header> is dropped (12-meta, announced)."""
    from urllib.parse import urlsplit

    for h1 in tree.css("h1")[:MAX_HOME_LINKS]:
        words = " ".join(h1.text(deep=True).split())
        if not words:
            continue  # a logo <h1> holds an image
        links = h1.css("a[href]")
        if len(links) != 1 or " ".join(links[0].text(deep=True).split()) != words or len(words) > 40:
            return ""
        href = (links[0].attributes.get("href") or "").strip()
        rel = (links[0].attributes.get("rel") or "").lower().split()
        try:
            path = urlsplit(href).path
        except ValueError:
            return ""
        home = "home" in rel or bool(href and not href.startswith(("#", "?")) and _HOME_PATH.match(path))
        return words if home else ""
    return ""


ACCESS_KEYS = 200  # access-key links looked at


def _drop_access_keys(tree) -> None:
    """An access key's anchor with no words (":::", the 導盲磚 a Taiwan government page sets before its header, its
    content and its footer, each titled "中間主要內容區…": dev s34_07): a keyboard's landmark, never text."""
    for a in tree.css("a[accesskey]")[:ACCESS_KEYS]:
        if not any(ch.isalnum() for ch in a.text(deep=True)):
            a.decompose()


def _drop_home_buttons(tree) -> None:
    """A link to a site's front page closing a paragraph after its last sentence
    ("…徐占忱）返回搜狐，查看更多") is a button, not the article's words. A home link inside
    a sentence ("据<a>新华网</a>报道") is kept."""
    from urllib.parse import urlsplit

    checked = 0
    for a in tree.css("p > a[href]"):  # a button glued into the article's paragraph
        href = a.attributes.get("href") or ""
        try:
            path = urlsplit(href).path
        except ValueError:
            continue
        if not _HOME_PATH.match(path) or href.startswith("#"):
            continue
        parent = a.parent
        words = " ".join(a.text(deep=True).split())
        if parent is None or not words or len(words) > 16:
            continue
        checked += 1
        if checked > MAX_HOME_LINKS:  # each reads its paragraph: bounded on a page of thousands
            break
        around = " ".join(parent.text(deep=True).split())
        before = around[: len(around) - len(words)].rstrip() if around.endswith(words) else ""
        if before and _AFTER_SENTENCE.search(before):
            a.decompose()


def _below(node, ids: set[int]) -> bool:
    """Is ``node`` inside one of the elements ``ids``? (nested hidden blocks count once)"""
    up = node.parent
    while up is not None:
        if up.mem_id in ids:
            return True
        up = up.parent
    return False


_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _quiet_readability() -> None:
    """readability logs a traceback at ERROR for a page it cannot read; with no
    handler configured Python prints that to stderr, under the TUI's screen. Ingest
    reports problems itself: its log is silenced (once)."""
    import logging

    log = logging.getLogger("readability")
    if not log.handlers:
        log.addHandler(logging.NullHandler())
        log.propagate = False


# readability-lxml runs lxml_html_clean's Cleaner on every page it parses (scripts, javascript, comments, style,
# links, processing instructions): clean_html copies the whole tree, then walks it in Python four times (event
# attributes, links, srcdoc, the nodes to drop), ~4.5 ms of a real page's ~45 (19-perf s37, s38). _light_clean makes
# the same edits in place: one Python walk over the elements that have attributes, and the nodes to drop found by
# lxml's own iterator. The tree it leaves is the Cleaner's, node for node and attribute for attribute (what the
# article's text reads of it includes hrefs: _social's, which the Cleaner strips). A page with an <object>, a <param>
# or a <meta http-equiv=refresh>, whose links lxml reads in ways of their own, is left to the Cleaner itself.
# tests/core/test_readability_clean.py holds the two trees, and readability's articles, equal on real pages.
_CLEANER_OWN = (
    "boolean(//object | //param | //meta[translate(@http-equiv, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    "'abcdefghijklmnopqrstuvwxyz') = 'refresh'])"
)
# A script's scheme the Cleaner blanks (javascript:, vbscript:, data:, about:, mocha: ...) ends in "t" or "a" before
# its colon, whitespace, controls or "+" between: a value without that (or a "%" that may encode it) is kept as is.
_MAYBE_SCHEME = re.compile(r"[tTaA][\s\x00-\x08\x0b\x0c\x0e-\x19+]*:")
_light_document: type | None = None


def _light_clean(doc):
    """What readability's Cleaner does to a page parsed by lxml.html (see above), in place; the tree returned."""
    from importlib import import_module

    import lxml.etree as etree
    from lxml.html import xhtml_to_html
    from lxml.html.defs import link_attrs
    from readability.readability import html_cleaner

    try:  # the Cleaner's own helpers (private: a release without them gets the Cleaner itself, never another text)
        lxml_clean = import_module("lxml_html_clean.clean")  # the module (the package's name "clean" is a Cleaner)
        local_name, animations = lxml_clean._local_name, lxml_clean._svg_animation_tags
        animation_values = lxml_clean._svg_animation_value_attrs
        unsafe = html_cleaner._remove_javascript_link
    except (ImportError, AttributeError):
        return html_cleaner.clean_html(doc)
    if doc.xpath(_CLEANER_OWN):
        return html_cleaner.clean_html(doc)
    xhtml_to_html(doc)
    for el in doc.iter("image"):
        el.tag = "img"
    # one walk over the elements with attributes, for the Cleaner's three: event attributes (on*) dropped; each link
    # attribute stripped, a script's URL blanked (rewrite_links); srcdoc dropped, and an SVG animation's values when
    # it animates an href. Each edits its own attributes, so one walk leaves what three do.
    for el in doc.xpath("//*[@*]"):
        attrib = el.attrib
        for name in attrib.keys():
            if name.startswith("on"):
                del attrib[name]
            elif name in link_attrs:
                value = attrib[name]
                new = unsafe(value.strip()) if "%" in value or _MAYBE_SCHEME.search(value) else value.strip()
                if new != value:
                    attrib[name] = new
            elif name[-6:].lower() == "srcdoc" and local_name(name) == "srcdoc":
                del attrib[name]
        tag = el.tag.lower()
        if tag.endswith(("set", "animate", "animatetransform")) and local_name(el.tag) in animations:
            names = attrib.keys()
            if any(local_name(attrib[name].strip()) == "href" for name in names if local_name(name) == "attributename"):
                for name in names:
                    if local_name(name) in animation_values:
                        del attrib[name]
    for el in list(doc.iter("script", "style", "link", etree.Comment, etree.ProcessingInstruction)):
        el.drop_tree()
    etree.strip_attributes(doc, "style")
    return doc


def _readability_summary(markup: str) -> str:
    """readability-lxml's article of a page (its summary, html_partial): its own _parse with _light_clean in place
    of its Cleaner."""
    global _light_document
    if _light_document is None:
        from readability import Document
        from readability.htmls import build_doc
        from readability.readability import REGEXES

        class LightDocument(Document):
            def _parse(self, page):  # readability 0.9's own for a page's markup, with the Cleaner swapped
                doc, self.encoding = build_doc(page)
                for elem in doc.xpath("//*[@hidden]"):
                    elem.drop_tree()
                for elem in doc.xpath("//*[@style]"):
                    if REGEXES["displayNoneRe"].search(elem.get("style")):
                        elem.drop_tree()
                doc = _light_clean(doc)
                doc.resolve_base_href(handle_failures=self.handle_failures)
                return doc

        from .readability_exact import exact_document

        _light_document = exact_document(LightDocument)  # its scoring with less work, the same article
    return _light_document(markup).summary(html_partial=True)


def _footer_only(lines: list[str]) -> bool:
    """Are a block's lines (some text) all a site's rights or legal footer lines (clean's own test)?"""
    from .clean import _rights_or_footer

    texts = [line for line in lines if line.strip()]
    return bool(texts) and all(_rights_or_footer(line) for line in texts)


LIST_PAGE_ITEMS = 3  # dated linked headlines at least, for a page with no article to be a column's list


def _list_page(root) -> str | None:
    """A column's list page (a CMS's 信息化动态: linked headlines, each with its day, and the site's menus around):
    the list's lines, when the page has no prose outside them but its footer. What it IS: an index of other pages,
    read as such (said to be no one article), never its menus."""
    marked = _blocks(_paragraphs(root, links=True))
    plain = [line.translate(_MARKS) for line in marked]
    items = _dated_list(marked, plain)
    if len(items) < LIST_PAGE_ITEMS:
        return None
    listed = set(items)
    rest = [p for i, p in enumerate(plain) if i not in listed and p.strip() and not _footer_only([p])]
    if _prose(rest) >= WEAK_PROSE:
        return None
    return "\n".join(" ".join(plain[i].split()) for i in items)


def _article(root, whole: str, title: str = "") -> tuple[str, str, str] | None:
    """(head, article, tail) of a full page by readability-lxml, or None when the page
    is a fragment, too large to be worth it, or readability finds nothing usable."""
    markup = root.html or ""
    if len(markup) > MAX_READABILITY:
        return None
    # lxml refuses what XML cannot hold (a &#x1b; decodes to ESC in the tree): blanked here,
    # and the text never shows control characters anyway.
    markup = _XML_UNSAFE.sub(" ", markup)
    try:
        from selectolax.lexbor import LexborHTMLParser

        _quiet_readability()
        summary = _readability_summary(markup)
        tree = LexborHTMLParser(summary)
        text = _paragraphs(tree.body or tree.root, links=True) if (tree.body or tree.root) is not None else ""
    except Exception:  # noqa: BLE001 - lxml and readability raise many types; the fallback below
        text = ""
    lines = _drop_link_lines(_blocks(text))
    text = "\n".join(lines)
    # readability settled on the site's footer, its rights lines, whatever they end with ("© 2020 版权所有 … All
    # Rights Reserved © Nanjing University.", one "sentence" by its full stop: dev s26_07, a column's list page, the
    # list its head, the footer its text, and cleaning left nothing): as a list of headlines, no article there
    footer = _footer_only(lines)
    if footer or (
        sum(len(line) for line in lines) >= MIN_ARTICLE and not any(_SENTENCE_END.search(line) for line in lines)
    ):
        # readability settled on a list of headlines (no sentence in it: a "related" box) while
        # the page's prose is elsewhere: the container of most of the page's sentences, if any
        if (dense := _densest(root)) and _sentences_in(dense) > 0:
            text, lines = dense, _blocks(dense)
        elif (prose := _densest_block(root, least=FEW_SENTENCES)) is not None:
            # no <p> holds the prose either: the block whose own text holds most of the page's
            # sentences (a forum post set as text and <br>s in a table cell, 3 sentences long)
            lines = _drop_link_lines(_blocks(_paragraphs(prose[0], links=True)))
            text = "\n".join(lines)
        elif (holder := _sentence_holder(root)) is not None:
            # nor one block: each paragraph in a <div> of its own, under the headline's row that
            # readability took (12-text s22, 風傳媒 s18_28: the body was lost, "產生縮網址" kept);
            # the innermost element that holds most of the page's sentences
            lines = _drop_link_lines(_blocks(_paragraphs(holder, links=True)))
            text = "\n".join(lines)
        elif footer:
            lines, text = [], ""
    if (dense_block := _densest_block(root)) is not None:
        # a table-era page whose article is text and <br>s in one cell (no <p>): readability
        # took a short block beside it (a reply on a message board); the block that holds most
        # of the page's sentences, several times what readability kept, is the article
        block, n = dense_block
        if sum(_sentences_in(line) for line in lines) * BLOCK_GAIN < n:
            lines = _drop_link_lines(_blocks(_paragraphs(block, links=True)))
            text = "\n".join(lines)
    if _prose(lines) < WEAK_PROSE and (under := _prose_under_headline(root, title)) is not None:
        # readability settled on a block with hardly any prose (a portal's comment bar and its
        # disclaimer, under a short article its related links outweigh): the article follows its
        # headline, and the prose right under it, if several times more, is the article
        under_lines = _drop_link_lines(_blocks(_paragraphs(under, links=True)), lists=False)
        if _prose(under_lines) >= max(PROSE_GAIN * _prose(lines), MIN_ARTICLE):
            lines = under_lines
            text = "\n".join(lines)
    if (boxes := _sibling_boxes(root, lines, whole)) is not None:
        # a page of boxes side by side (a topic page: each a heading and its paragraphs): readability
        # scored one box; the boxes of prose beside it, of its size, are the rest of the article
        lines = boxes
        text = "\n".join(lines)
    if sum(len(line) for line in lines) < MIN_ARTICLE:
        # readability settled on an empty block (it does on some table-era portal pages):
        # the paragraphs' own container, if it holds most of the page's prose
        text = _densest(root) or ""
        lines = _blocks(text)
        if sum(len(line) for line in lines) < MIN_ARTICLE:
            return None
    page, starts = _page_lines(whole)
    lines = _with_dropped_items(root, page, lines)
    first, last = _span(page, lines)
    head = page[max(0, first - 40) : first] if first is not None else []
    lead = _standfirst(head)
    if lead[0]:  # a standfirst is prose, never a row of links that reads like it (a pager's two headlines)
        rows = {m.translate(_MARKS) for m in _blocks(_paragraphs(root, links=True)) if _link_row(m)}
        while lead[0] and lead[0][0] in rows:
            lead = lead[0][1:], lead[1] - 1
    top = max(0, first - 40) if first is not None else 0
    above = _with_blocks(page, starts, top, top + len(head) - lead[1])
    below = _with_blocks(page, starts, last + 1, last + 41) if last is not None else ""
    return above, "\n".join(lead[0] + lines), below


DROPPED_ITEMS_MAX = 8  # items of one list put back between two kept lines, at most
DROPPED_ITEMS_LOOK = 400  # page lines looked through for an article's next line


def _with_dropped_items(root: LexborNode, page: list[str], lines: list[str]) -> list[str]:
    """The article's lines with the items of a list readability dropped between two of them put back. Readability
    drops a short block (a <ul>, or the <section> inside each <li>, under 25 characters: "too short") whatever it
    holds: a list of the article's own in its body ("07 写在最后" / "很不错的稍后读APP，期待后续更新" / "为简悦和Cubox
    而担忧" / the closing quote, a WeChat post's, dev s39b_02) lost its lines. What they ARE: the items of a list with
    no link, standing in the page right between two lines the article kept, one after the other; put back there.
    A list with a link (a tag list, a menu, share buttons) or away from the kept lines stays out."""
    text = [i for i, line in enumerate(lines) if line]
    if len(text) < 2 or len(page) <= len(text):
        return lines
    keys = ["".join(line.split()) for line in page]
    where: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        where.setdefault(key, []).append(k)
    at: list[int | None] = []  # each article line's place in the page: the first at or after the last one's
    look = 0
    for i in text:
        places = where.get("".join(lines[i].split()), [])
        n = bisect_left(places, look)
        found = places[n] if n < len(places) and places[n] < look + DROPPED_ITEMS_LOOK else None
        at.append(found)
        if found is not None:
            look = found + 1
    # inside the running text: under its first paragraph of prose (a byline's list under the headline, "呂嘉鴻" /
    # "BBC中文" over the lead, is no text) and above its last sentence (a comment box's "目前还没有人发表评论, 大家都在
    # 期待您的高见" between "评论" and "发表评论" under a story readability took with its page's modules, dev s40b_19)
    prose = next((n for n, i in enumerate(text) if _PROSE.match(lines[i])), len(text))
    last = next((n for n in range(len(text) - 1, -1, -1) if _SENTENCE_END.search(lines[text[n]])), -1)
    gaps = [
        (n, a, b)
        for n, (a, b) in enumerate(zip(at, at[1:], strict=False))
        if prose <= n < last and a is not None and b is not None and 1 <= b - a - 1 <= DROPPED_ITEMS_MAX
    ]
    if not gaps:
        return lines
    items: set[str] = set()
    for li in root.css("li"):
        # (a selector matches the element itself too: the nested list is looked for under its own <ul>/<ol>); an
        # item with a picture, or a list the page names a caption (<ul class="photoCaption">), is a picture's
        parent = li.parent
        names = f"{parent.attributes.get('class') or ''} {parent.attributes.get('id') or ''}" if parent else ""
        if (
            li.css_first("a, ul, ol, button, input, img, figure, picture") is None
            and "caption" not in names.lower()
            and (key := "".join(li.text(deep=True).split()))
        ):
            items.add(key)
    if not items:
        return lines
    put: dict[int, list[str]] = {}
    for n, a, b in gaps:
        between = range(a + 1, b)
        if all(keys[k] in items for k in between):
            put[text[n]] = [page[k] for k in between]
    if not put:
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        for item in put.get(i, []):
            out += ["", item]
    return out


BOX_LEVELS = 12  # ancestors of the article's element climbed for a row of boxes it is part of (a table is 4 levels)
BOX_CHILDREN = 60  # children of one parent looked at
BOX_LINKED = 0.3  # of a box's letters in links at most: prose, not a list of headlines
BOX_SIZE = 1 / 3  # of the article's boxes' mean letters, at least, for a box beside them to be of their kind
BOX_HEADING = 30  # letters at most of a heading that stands above a box (its own sibling)
BOX_ARTICLE_LINE = 10  # letters of a text node, at least, to place the article in the page by it
BOX_HOLDS = 0.8  # of the article's letters, that the element found for it must hold
BOX_RUN = 3  # boxes in a row at least: two columns side by side are an article and its sidebar
BOX_NODES = 2_000  # text nodes of the article looked for in the page
BOX_SKIP = 0.8  # of the page's sentence ends, that the article holds for no box of its size to be left out
_NOT_LETTERS = re.compile(r"[\W_]+")  # what is not a letter, a digit or a hanzi (str.isalnum, counted in C)


def _tallies(root: LexborNode) -> dict[int, list[int]]:
    """[letters, letters in links, sentence ends, blocks of text] below each element, summed from the
    leaves up in one pass (document order lists an element before what it holds). A block of text is
    an element other than an inline one that holds text of its own (a paragraph, a heading, a cell)."""
    counts: dict[int, list[int]] = {}
    elements: list[LexborNode] = []
    owners: set[int] = set()
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            text = node.text_content or ""
            if (letters := len(_NOT_LETTERS.sub("", text))) and (parent := node.parent) is not None:
                own = counts.setdefault(parent.mem_id, [0, 0, 0, 0])
                own[0] += letters
                own[2] += _sentences_in(text)
                block = parent
                while block.tag in _INLINE and block.parent is not None:
                    block = block.parent
                if block.mem_id not in owners:
                    owners.add(block.mem_id)
                    counts.setdefault(block.mem_id, [0, 0, 0, 0])[3] += 1
        else:
            elements.append(node)
    for element in reversed(elements):
        count = counts.get(element.mem_id)
        if count is None:
            continue
        if element.tag == "a":
            count[1] = count[0]
        if (parent := element.parent) is not None:
            up = counts.setdefault(parent.mem_id, [0, 0, 0, 0])
            for i in range(4):
                up[i] += count[i]
    return counts


def _article_nodes(root: LexborNode, lines: list[str]) -> list[LexborNode]:
    """The page's text nodes that hold the article's sentences (BOX_NODES at most)."""
    article = "".join("".join(lines).split())
    found = []
    for node in root.traverse(include_text=True):
        if node.tag != "-text":
            continue
        words = "".join((node.text_content or "").split())
        if len(words) >= BOX_ARTICLE_LINE and _SENTENCE_END.search(words) and words in article:
            found.append(node)
            if len(found) >= BOX_NODES:
                break
    return found


def _sibling_boxes(root: LexborNode, lines: list[str], whole: str) -> list[str] | None:
    """The article's lines widened to the row of boxes it is part of, when it is: a page cut in boxes
    of prose side by side (a topic page, each box a heading and its paragraphs), where readability
    scores one box, or two, and leaves the others, since the paragraphs of each sit deeper than the
    boxes' common parent. Text density decides, from the innermost element that holds the article up
    to BOX_LEVELS ancestors, at the first whose children make a row: a child of prose (a sentence or
    more, at most BOX_LINKED of its letters in links) of the size of the article's boxes (BOX_SIZE of
    their mean letters or more) is a box; BOX_RUN boxes at least, and those beside the article's hold
    as many letters as one of them or more (the article is one box of several, not a story beside a
    disclaimer). The run from the first box to the last (headings and tables between them included, a
    list of links ends it), and the heading right above the first."""
    if _sentences_in("\n".join(lines)) >= BOX_SKIP * _sentences_in(whole):
        return None  # the article holds the page's prose: no row of boxes beside it (a quick test first)
    nodes = _article_nodes(root, lines)
    if not nodes:
        return None
    holders: set[int] = set()  # the elements that hold an article's text node, each node's ancestors
    for node in nodes:
        up = node.parent
        while up is not None and up.mem_id not in holders:
            holders.add(up.mem_id)
            up = up.parent
    firsts = set()  # the first node's holders
    up = nodes[0].parent
    while up is not None:
        firsts.add(up.mem_id)
        up = up.parent
    element = nodes[-1].parent  # the innermost holder of the first and last: the article's element
    while element is not None and element.mem_id not in firsts:
        element = element.parent
    if element is None:
        return None
    tallies = _tallies(root)
    if tallies.get(element.mem_id, [0])[0] < BOX_HOLDS * len(_NOT_LETTERS.sub("", "".join(lines))):
        return None  # the article's sentences were not all found in one element of the page
    if len([line for line in _blocks(_paragraphs(element)) if line]) < 2:
        return None  # one paragraph: no box of a heading and paragraphs to widen from
    parent: LexborNode | None = element
    for _ in range(BOX_LEVELS):
        if parent is None or parent.tag == "html":
            return None
        children: list[LexborNode] = []
        child = parent.child
        while child is not None and len(children) < BOX_CHILDREN:
            if child.tag not in ("-text", "_comment"):
                children.append(child)
            child = child.next
        touched = [i for i, child in enumerate(children) if child.mem_id in holders]
        if touched and (run := _box_run(children, touched, tallies)) is not None:
            lines = [line for child in run for line in ["", *_blocks(_paragraphs(child, links=True))]]
            lines = _drop_link_lines(_blocks("\n".join(lines)))
            return lines if sum(len(line) for line in lines) >= MIN_ARTICLE else None
        parent = parent.parent
    return None


def _shape(element: LexborNode) -> tuple[str, str]:
    """An element's tag and class: what a template repeats for each box of a row."""
    return element.tag or "", " ".join(sorted((element.attributes.get("class") or "").split()))


def _same_shape(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Two boxes of one template: one tag, and one class unless either names none."""
    return one[0] == other[0] and (not one[1] or not other[1] or one[1] == other[1])


def _box_run(children: list[LexborNode], touched: list[int], tallies: dict[int, list[int]]) -> list[LexborNode] | None:
    """The siblings that make a row of boxes with the article's (``touched``), or None."""
    own = [tallies.get(children[i].mem_id, [0, 0, 0, 0]) for i in touched]
    size = sum(count[0] - count[1] for count in own) / len(own)
    # a box of the row is made by the article's box's template too: the same tag, and the same class where both
    # name one (a topic page repeats one element per box; a notice's column beside the site's own boxes of another
    # class, 机构职能/办公地址, is no row: review s27 R4; an editor's boxes with and without a class are one row)
    shape = _shape(children[touched[0]])
    kinds: list[str] = []
    for child in children:
        letters, linked, ends, blocks = tallies.get(child.mem_id, [0, 0, 0, 0])
        if not letters:
            kinds.append("empty")
        elif linked > letters * BOX_LINKED:
            kinds.append("links")
        elif ends and blocks >= 2 and letters - linked >= size * BOX_SIZE and _same_shape(_shape(child), shape):
            kinds.append("box")
        else:
            kinds.append("other")
    if any(kinds[i] != "box" for i in touched):
        return None
    start, end = touched[0], touched[-1]
    while start > 0 and kinds[start - 1] != "links":
        start -= 1
    while end + 1 < len(kinds) and kinds[end + 1] != "links":
        end += 1
    boxes = [i for i in range(start, end + 1) if kinds[i] == "box"]
    beside = sum(tallies[children[i].mem_id][0] - tallies[children[i].mem_id][1] for i in boxes if i not in touched)
    if len(boxes) < BOX_RUN or beside < size:
        return None
    first, last = min(boxes[0], touched[0]), max(boxes[-1], touched[-1])
    above = first - 1
    while above >= start and kinds[above] == "empty":
        above -= 1
    if above >= start and kinds[above] == "other":
        letters, _, ends, _ = tallies[children[above].mem_id]
        if not ends and letters <= BOX_HEADING:
            first = above
    return children[first : last + 1]


WEAK_PROSE = 100  # letters in prose lines: readability's article with fewer is weak evidence
PROSE_GAIN = 2  # times those letters, for the prose under the headline to be taken instead
HEADLINE_NODES = 50  # heading elements looked at for the headline
UNDER_HEADLINE_NODES = 400  # nodes walked from the headline to the first prose
_UNDER_SKIP = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "select", "textarea"})


def _prose(lines: list[str]) -> int:
    """Letters (hanzi, letters, digits) in the lines that read as prose: a sentence, or two clauses
    at least; not a bar of counts and buttons ("0人跟贴 | 0人参与 | 注册") or a form's hint ("文明上网，登录发贴")."""
    return sum(
        sum(ch.isalnum() for ch in line)
        for line in lines
        if _ENDS_SENTENCE.search(line) or len(_CLAUSE.findall(line)) >= 2
    )


def _prose_under_headline(root, title: str):
    """The container of the first prose that follows the page's headline (the heading whose
    words the <title> holds, else the first <h1>) within a few hundred nodes: a paragraph of
    two clauses or more outside any link. Its parent when it is a <p> (the article's other
    paragraphs), else itself. None when there is no headline or no prose under it."""
    want = re.sub(r"\s+", "", title)
    headline = None
    for n, node in enumerate(root.css("h1, h2, h3")):
        if n >= HEADLINE_NODES:
            break
        words = re.sub(r"\s+", "", node.text(deep=True))
        if len(words) >= 4 and (words in want if want else node.tag == "h1"):
            headline = node
            break
    if headline is None:
        return None
    for node in _texts_after(headline, root):
        words = (node.text_content or "").strip()
        if len(words) >= 20 and len(_CLAUSE.findall(words)) >= 2 and not _in_figure(node):
            return _prose_block(node)
    return None


FIGURE_LEVELS = 6  # ancestors of a text looked at for the figure it captions


def _in_figure(node: LexborNode) -> bool:
    """Is a text a picture's caption (inside a <figcaption> or a <figure>)? A caption under the headline, one long
    sentence, is no paragraph of the article (a World Journal page's "图为女性更衣室示意图。（取自Pexels网页）" above
    its body, dev s40b_11: the caption was read as the whole article)."""
    up = node.parent
    for _ in range(FIGURE_LEVELS):
        if up is None:
            return False
        if up.tag in ("figcaption", "figure"):
            return True
        up = up.parent
    return False


def _texts_after(node: LexborNode | None, root: LexborNode) -> Iterator[LexborNode]:
    """The text nodes that follow a node in document order, past its own subtree and any link's
    (_UNDER_SKIP), within UNDER_HEADLINE_NODES nodes and inside ``root``."""
    seen = 0
    while node is not None and seen < UNDER_HEADLINE_NODES:
        if seen and node.tag not in _UNDER_SKIP and node.child is not None:
            node = node.child
        else:
            while node is not None and node.next is None:
                node = node.parent
                if node is None or node.mem_id == root.mem_id:
                    return
            node = node.next if node is not None else None
        seen += 1
        if node is not None and node.tag == "-text":
            yield node


def _prose_block(node: LexborNode) -> LexborNode | None:
    """A prose text node's block, or, when it is a <p>, the container of the article's other
    paragraphs: its parent, past wrappers that hold the paragraph alone (凤凰网's mobile page and
    WeChat set each paragraph in a <div> or <section> of its own: dev s23_10); None when the
    block is the page itself."""
    block = node.parent
    while block is not None and block.tag not in BLOCK:
        block = block.parent
    if block is None or block.tag in ("body", "html"):
        return None
    if block.tag != "p":
        return block
    alone = block
    while (up := alone.parent) is not None and up.tag not in ("body", "html") and _only_child(up, alone):
        alone = up
    parent = alone.parent
    return parent if parent is not None and parent.tag not in ("body", "html") else alone


def _only_child(parent: LexborNode, node: LexborNode) -> bool:
    """Is ``node`` the one element or text of ``parent`` (blank text and comments aside)?"""
    child = parent.child
    while child is not None:
        if child.mem_id != node.mem_id and (
            (child.tag == "-text" and (child.text_content or "").strip()) or child.tag not in ("-text", "_comment")
        ):
            return False
        child = child.next
    return True


def _page_lines(whole: str) -> tuple[list[str], list[bool]]:
    """A page's non-blank lines, stripped, and for each whether it opens a block (a blank line
    from :func:`_paragraphs` above it: the markup's paragraph break)."""
    page: list[str] = []
    starts: list[bool] = []
    gap = True
    for line in whole.split("\n"):
        if line := line.strip():
            page.append(line)
            starts.append(gap)
            gap = False
        else:
            gap = True
    return page, starts


def _with_blocks(page: list[str], starts: list[bool], a: int, b: int) -> str:
    """Lines a..b of the page with a blank line where a block of the markup begins, so that the
    text cleaner never joins two blocks as one wrapped sentence (a headline and the UI lines,
    "播报文章", an account's name, under it); it drops the blank lines it does not need."""
    return "\n".join(("\n" if starts[i] and i > a else "") + page[i] for i in range(a, min(b, len(page))))


SPAN_MATCH = 8  # article lines compared to place it in the page


def _span(page: list[str], lines: list[str]) -> tuple[int | None, int | None]:
    """Where the article's first and last lines stand among the page's lines: at the
    place where most of its opening (closing) lines follow in order, the first such
    (last such) on a tie. A headline the article repeats as its first line also stands
    above it, over the date and source row: the first match alone would put that row
    inside the article's span and out of the head, where metadata reads it."""
    text = [line for line in lines if line]
    if not text:
        return None, None

    def run(at: int, step: int) -> int:
        n = 0
        while n < SPAN_MATCH and n < len(text) and 0 <= at + n * step < len(page):
            want = text[n] if step > 0 else text[-1 - n]
            if page[at + n * step] != want:
                break
            n += 1
        return n

    firsts = [i for i, line in enumerate(page) if line == text[0]]
    lasts = [i for i, line in enumerate(page) if line == text[-1]]
    first = max(firsts, key=lambda i: (run(i, 1), -i)) if firsts else None
    last = max(lasts, key=lambda i: (run(i, -1), i)) if lasts else None
    return first, last


LINKED_MAX = 0.5  # of a container's text in links, past which it is a list of links
_LEAD_CREDIT = re.compile(r"^(?:【[^】]{1,40}】|\[[^\]]{1,40}\]|[（(][^）)]{1,40}[）)])+")
_TEASER_END = re.compile(r"(?:\.{3}|…|⋯)$")
_LEAD_KEY, _LEAD_KEY_MIN = 20, 12  # the description's opening, to find in the page; its hanzi at least


Parts = tuple[str, str, str]  # head, article, tail


def _anchored(root, meta: dict[str, str], whole: str, found: Parts | None) -> Parts | None:
    """The article as the container of the paragraph that opens with the page's own
    description (og:description, description: the publisher's lead), when what
    readability gave (or the whole page, when it gave nothing) does not hold that lead;
    None when it does, or when no paragraph holds it. A portal page's related-news stream
    may outweigh a short article (0.9 MB around one paragraph). (A standfirst in its own
    element above the article is already in readability's article: _standfirst.)"""
    desc = meta.get("og:description") or meta.get("description") or ""
    # past a bracketed credit the article may print elsewhere or not at all
    # ("【編譯茅毅、記者謝守真／綜合報導】日本福島…": the body opens at 日本)
    key = _LEAD_CREDIT.sub("", re.sub(r"\s+", "", desc))[:_LEAD_KEY]
    if len(re.findall(f"[{HAN_BASIC}]", key)) < _LEAD_KEY_MIN:
        return None
    if found is not None and key in re.sub(r"\s+", "", found[1]):
        return None
    for p in root.css("p"):
        words = re.sub(r"\s+", "", p.text(deep=True))
        if key in words:
            if found is not None and _TEASER_END.search(words):
                continue  # the description's own cut-off copy in a list of teasers (the page lists itself)
            container = p.parent or p
            if found is None:
                container = _widened(container, root)
            marked = _blocks(_paragraphs(container, links=True))
            size = sum(len(line.translate(_MARKS)) for line in marked)
            linked = sum(len(" ".join(a.text(deep=True).split())) for a in container.css("a"))
            if size < MIN_ARTICLE or linked > size * LINKED_MAX:
                return None  # a list of teasers that repeats the description is no article
            lines = _drop_link_lines(marked)
            page, starts = _page_lines(whole)
            first, last = _span(page, lines)
            if found is not None and first is not None and last is not None:
                lines, first, last = _with_adjacent_prose(page, lines, first, last, found[1])
            head = _with_blocks(page, starts, max(0, first - 40), first) if first is not None else ""
            tail = _with_blocks(page, starts, last + 1, last + 41) if last is not None else ""
            return head, "\n".join(lines), tail
    return None


_HEADLINE_KEYS = ("og:title", "articletitle", "jsonld:headline", "twitter:title")
HEADLINE_MIN = 8  # characters of a headline element's words
HEADLINE_BOX_MAX = 200  # characters of a box holding another story's headline as its text (_other_story)
HEADLINE_NODES_WALKED = 50_000  # nodes walked for the page's headline element
HEADLINE_SHARE = 0.6  # of the page's headline, that an element's words must hold to be it
_CLOSING_BRACKET = re.compile(r"(?:[(（][^()（）]{1,30}[)）]|〔[^〔〕]{1,30}〕|【[^【】]{1,30}】)$")
_INLINE_UP = frozenset("span em i b strong font small u sup sub label".split())


def _headlines(meta: dict[str, str], title: str) -> list[str]:
    """The page's headline as its <title>, og:title, ArticleTitle and JSON-LD give it, for _headline_element."""
    heads = [re.sub(r"\s+", "", h) for h in (title, *(meta.get(k, "") for k in _HEADLINE_KEYS))]
    # and each without a closing bracket (a document's number, set on a line of its own under it)
    heads += [_CLOSING_BRACKET.sub("", h) for h in heads]
    # the longest first: a <title> that is only the site's name matches its logo
    return sorted({h for h in heads if len(h) >= HEADLINE_MIN}, key=len, reverse=True)


def _headline_element(root: LexborNode, heads: list[str]) -> LexborNode | None:
    """The element outside any link whose words are the page's headline, or most of it
    (HEADLINE_SHARE: the headline's document number may sit apart): the heading a CMS sets in a
    <div> as readily as in an <h1>. ``heads`` in order of preference: the element of the first
    one any element matches, the first such in the page. One walk; each element read once (review
    s22 R21: a <div> of many lines, each a piece of the headline, was read once per line)."""
    best: LexborNode | None = None
    rank = len(heads)
    looked: set[int] = set()
    for n, node in enumerate(root.traverse(include_text=True)):
        if n >= HEADLINE_NODES_WALKED or rank == 0:
            break
        if node.tag != "-text":
            continue
        bit = "".join((node.text_content or "").split())
        if len(bit) < HEADLINE_MIN // 2 or not any(bit in head for head in heads[:rank]):
            continue
        element = node.parent
        while element is not None and element.tag in _INLINE_UP:
            element = element.parent
        if element is None or element.tag in ("body", "html", "a") or element.mem_id in looked:
            continue
        looked.add(element.mem_id)
        words = "".join(element.text(deep=True).split())
        if len(words) < HEADLINE_MIN:
            continue
        k = next(
            (k for k, head in enumerate(heads[:rank]) if len(words) >= len(head) * HEADLINE_SHARE and words in head),
            None,
        )
        if k is None:
            continue
        up: LexborNode | None = element
        while up is not None and up.tag != "a" and up.mem_id != root.mem_id:
            up = up.parent
        if up is None or up.tag != "a":
            best, rank = element, k
    return best


def _first_content_after(node: LexborNode | None, root: LexborNode) -> LexborNode | None:
    """The block of the first content past a node (:func:`_texts_after`): prose (a text of two
    clauses: :func:`_prose_block`) or a data table's cell (a table of two rows or more: a
    disclosure form), for which the table's parent (the notes set around it)."""
    for text in _texts_after(node, root):
        words = (text.text_content or "").strip()
        if not words:
            continue
        up = text.parent
        while up is not None and up.mem_id != root.mem_id and up.tag != "table":
            up = up.parent
        if up is not None and up.tag == "table" and len(up.css("tr")) >= 2:
            parent = up.parent
            return parent if parent is not None and parent.tag not in ("body", "html") else up
        if len(words) >= 20 and len(_CLAUSE.findall(words)) >= 2:
            return _prose_block(text)
    return None


ATTACHMENT_FILE = re.compile(
    r"\.(?:pdf|ofd|docx?|wps|xlsx?|et|pptx?|rtf|zip|rar|7z)(?:[?#]|$)", re.IGNORECASE
)  # a link to a document file, not to a page: what a notice's body link is
ATTACHMENT_LABEL = 12  # letters at most of a block beside the attachments' (its "附件：" label, a date)
ATTACHMENT_BLOCKS = 12  # blocks at most of the attachments' container


def _attachment_body(root: LexborNode, heads: list[str]) -> str | None:
    """The body of a notice that is nothing but the link to its document: the first link to a
    document file past the page's headline element, before any prose (two clauses) does, and the
    container of its block when every block in it is such a link or a short label beside one
    ("附件：" above a list of files). The text as written, the links' words kept. None when the
    page names no headline, prose comes first, or no such link follows within the walk (review s23
    T10, dev s27_06: a NEA notice's body is its PDF's link; the page's font-size control, 'Aa |',
    and its address footer stood as the text)."""
    headline = _headline_element(root, heads)
    if headline is None:
        return None
    link: LexborNode | None = None
    node: LexborNode | None = headline
    seen = 0
    while node is not None and seen < UNDER_HEADLINE_NODES:  # document order past the headline's subtree
        if seen and node.child is not None:
            node = node.child
        else:
            while node is not None and node.next is None:
                node = node.parent
                if node is None or node.mem_id == root.mem_id:
                    return None
            node = node.next if node is not None else None
        seen += 1
        if node is None:
            return None
        if node.tag == "a" and ATTACHMENT_FILE.search((node.attributes.get("href") or "").strip()):
            if "".join(node.text(deep=True).split()) and _attachment_block_only(node):
                link = node
                break
        elif node.tag == "-text":
            words = (node.text_content or "").strip()
            if len(words) >= 20 and len(_CLAUSE.findall(words)) >= 2:
                return None  # prose under the headline: an article, not an attachment notice
    if link is None:
        return None
    block = link.parent
    while block is not None and block.tag not in BLOCK:
        block = block.parent
    if block is None or block.tag in ("body", "html"):
        return None
    parent = block.parent
    if block.tag in ("p", "li", "dd", "dt") and parent is not None and parent.tag not in ("body", "html"):
        kids = [kid for kid in _children(parent) if kid.tag != "-text" or (kid.text_content or "").strip()]
        if len(kids) <= ATTACHMENT_BLOCKS and all(_attachment_or_label(kid) for kid in kids):
            block = parent
    text = "\n".join(line.translate(_MARKS) for line in _blocks(_paragraphs(block, links=True)))
    return text if text.strip() else None


def _attachment_block_only(link: LexborNode) -> bool:
    """Is a document link's block its own (document links and a short label), not a toolbar's row where it sits
    among the page's controls (字号：大 中 小 | 下载本页PDF: review s28 R7)?"""
    block = link.parent
    while block is not None and block.tag not in BLOCK:
        block = block.parent
    if block is None:
        return False
    if any(not ATTACHMENT_FILE.search((a.attributes.get("href") or "").strip()) for a in block.css("a")):
        return False
    words = sum(ch.isalnum() for ch in block.text(deep=True))
    linked = sum(ch.isalnum() for a in block.css("a") for ch in a.text(deep=True))
    return words - linked <= ATTACHMENT_LABEL


def _attachment_or_label(node: LexborNode) -> bool:
    """Is a block a link to a document file (with its label) or a short line beside one?"""
    if node.tag != "-text" and any(
        ATTACHMENT_FILE.search((a.attributes.get("href") or "").strip()) for a in node.css("a")
    ):
        return True
    return sum(ch.isalnum() for ch in node.text(deep=True)) <= ATTACHMENT_LABEL


def _under_headline(
    root: LexborNode, meta: dict[str, str], title: str, whole: str, found: Parts | None
) -> Parts | None:
    """The content right under the page's headline element, when what readability gave lies
    apart from it (above the headline: a menu's panel of prose; or past other content under
    it: a disclaimer below a form) and it holds no less text: an article stands under its
    headline (12-text s22, NFRA s18_07/s18_08: a penalty disclosure set as a table, no
    sentence in it, lost to the site's mission statement or its copyright notice). None
    when readability's article is under the headline, or the page names no headline."""
    if found is None:
        return None
    headline = _headline_element(root, _headlines(meta, title))
    if headline is None:
        return None
    block = _first_content_after(headline, root)
    if block is None:
        return None
    lines = _drop_link_lines(_blocks(_paragraphs(block, links=True)), lists=False)
    # readability's article in the content under the headline (or that content in it): the same
    # article, however each trimmed it (readability drops a table it scores low)
    own, theirs = {line for line in lines if line}, [line for line in _blocks(found[1]) if line]
    shared = sum(len(line) for line in theirs if line in own)
    if shared * 2 >= sum(len(line) for line in theirs) or shared * 2 >= sum(len(line) for line in own):
        return None
    letters = sum(ch.isalnum() for line in lines for ch in line)
    if letters < MIN_ARTICLE or letters < sum(ch.isalnum() for ch in found[1]):
        return None
    page, starts = _page_lines(whole)
    first, last = _span(page, lines)
    if first is None or last is None:
        return None
    head = _with_blocks(page, starts, max(0, first - 40), first)
    tail = _with_blocks(page, starts, last + 1, last + 41)
    return head, "\n".join(lines), tail


def _widened(node, root):
    """The lead's container, or the nearest element around it that holds DENSEST_SHARE of
    the page's sentences: an editor that sets each paragraph in a <section> of its own
    (WeChat's) leaves the lead alone in its block and the body in its siblings. The lead's
    own container when only the page itself holds that much."""
    total = _sentences(root)
    wide = node
    while _sentences(wide) < total * DENSEST_SHARE:
        wide = wide.parent
        if wide is None or wide.mem_id == root.mem_id or wide.tag in ("body", "html"):
            return node
    return wide


ADJACENT_GAP = 6  # page lines between the description's block and readability's that still make one article


def _with_adjacent_prose(page: list[str], lines: list[str], first: int, last: int, other: str):
    """The anchored block and readability's article together, when readability's is prose
    (most of its paragraphs end a sentence: not a stream of teasers) and stands right above
    or below it: an article whose summary or lead sits in a block of its own (the
    description names that block) must not lose its body. Apart (a recommended article
    after the page's own, past its share bar and a new headline), the anchor alone."""
    other_lines = _blocks(other)
    text = [line for line in other_lines if line]
    if len(text) < 2 or sum(bool(_ENDS_SENTENCE.search(line)) for line in text) * 2 < len(text):
        return lines, first, last
    o_first = next((i for i, line in enumerate(page) if line == text[0]), None)
    if o_first is None:
        return lines, first, last
    o_last = next((i for i in range(len(page) - 1, o_first - 1, -1) if page[i] == text[-1]), None)
    if o_last is None:
        return lines, first, last
    if 0 <= o_first - last - 1 <= ADJACENT_GAP:
        return [*lines, "", *other_lines], first, o_last
    if 0 <= first - o_last - 1 <= ADJACENT_GAP:
        return [*other_lines, "", *lines], o_first, last
    return lines, first, last


DENSEST_SHARE = 0.5  # of the sentence ends in the page's <p>s, for a container to be the article


def _densest(root) -> str | None:
    """The text of the element whose child paragraphs end the most sentences: the
    article body by text density, as a fallback when readability finds nothing. None
    unless that container holds at least DENSEST_SHARE of the sentences in all the
    page's paragraphs (an article split between blocks is better left whole)."""
    counts: dict[int, int] = {}
    nodes: dict[int, object] = {}
    for p in root.css("p"):
        parent = p.parent
        n = _sentences(p)
        if parent is None or not n:
            continue
        counts[parent.mem_id] = counts.get(parent.mem_id, 0) + n
        nodes[parent.mem_id] = parent
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if counts[best] < 2 or counts[best] < sum(counts.values()) * DENSEST_SHARE:
        return None
    return "\n".join(_drop_link_lines(_blocks(_paragraphs(nodes[best], links=True))))


BLOCK_MIN, BLOCK_SHARE, BLOCK_GAIN = 5, 0.5, 2


FEW_SENTENCES = 2  # a block's least, when what readability kept holds no sentence at all


def _sentence_texts(root: LexborNode) -> Iterator[tuple[LexborNode, int]]:
    """(text node, the sentences it ends) for each text node below ``root`` that ends one."""
    for node in root.traverse(include_text=True):
        if node.tag == "-text" and (n := _sentences_in(node.text_content or "")):
            yield node, n


def _densest_block(root, least: int = BLOCK_MIN):
    """(element, sentences) of the block element whose own text ends the most sentences,
    when it holds at least BLOCK_SHARE of the page's sentences and ``least``: text density
    over text nodes, so that text set with <br> in a table cell counts as paragraphs do."""
    counts: dict[int, int] = {}
    nodes: dict[int, object] = {}
    total = 0
    for node, n in _sentence_texts(root):
        total += n
        block = node.parent
        while block is not None and block.tag not in BLOCK:
            block = block.parent
        if block is not None:
            counts[block.mem_id] = counts.get(block.mem_id, 0) + n
            nodes[block.mem_id] = block
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if counts[best] < least or counts[best] < total * BLOCK_SHARE:
        return None
    return nodes[best], counts[best]


HOLDER_SHARE = 0.5  # of the page's sentence ends, more than which an element holds for it to be the article's


def _sentence_holder(root: LexborNode) -> LexborNode | None:
    """The innermost element that holds more than HOLDER_SHARE of the sentence ends in the page's
    text (FEW_SENTENCES at least), not the page itself: text density summed over a container,
    for an article whose paragraphs each sit in an element of their own (a <div> each, no <p>),
    which neither :func:`_densest` (children <p>) nor :func:`_densest_block` (one block's own
    text) sees. More than half: the elements that do are a chain of ancestors. Summed from the leaves up in one
    pass over the elements (review s22 R23: climbing every ancestor of each text node took 4.4 s 500 levels deep)."""
    counts: dict[int, int] = {}
    total = 0
    for node, n in _sentence_texts(root):
        total += n
        if (parent := node.parent) is not None:
            counts[parent.mem_id] = counts.get(parent.mem_id, 0) + n
    if not total:
        return None
    elements = list(root.traverse())  # document order: an element before all it holds
    for element in reversed(elements):
        if (below := counts.get(element.mem_id)) and (parent := element.parent) is not None:
            counts[parent.mem_id] = counts.get(parent.mem_id, 0) + below
    # the innermost: the last in document order of the chain that holds more than the share
    return next(
        (
            element
            for element in reversed(elements)
            if element.mem_id != root.mem_id
            and element.tag not in ("body", "html")
            and (n := counts.get(element.mem_id, 0)) >= FEW_SENTENCES
            and n > total * HOLDER_SHARE
        ),
        None,
    )


SPLIT_HEADLINE_LINES = 12  # lines at the text's top looked at for a headline broken in two
SPLIT_HEADLINE_SIDE = 4  # characters each side of the break that must run on in the page's headline
SPLIT_HEADLINE_MAX = 120  # characters of a line that may be part of a headline


def _joined_headline(text: str, heads: list[str]) -> str:
    """The text with its headline whole where the page set it over two lines (tester s23 T3: a notice's
    heading in two centred <div>s, "国家发展改革委 国家能源局关于加强和规范电网" / "规划投资管理工作的通知", or
    broken by a <br> inside one <p>; dev 50's 吉林 notice in four): two lines at the top, the first ending
    no sentence, are one when the characters on both sides of the break run on in the page's declared
    headline (<title>, og:title, ArticleTitle), SPLIT_HEADLINE_SIDE of them each side. A signature
    block's lines or a document number under the headline do not run on in it."""
    if not heads:
        return text
    lines = text.split("\n")
    shown = [i for i, line in enumerate(lines[: SPLIT_HEADLINE_LINES * 3]) if line.strip()][:SPLIT_HEADLINE_LINES]
    joins: list[tuple[int, int]] = []
    for a, b in zip(shown, shown[1:], strict=False):
        first, second = "".join(lines[a].split()), "".join(lines[b].split())
        if (
            len(first) < SPLIT_HEADLINE_SIDE
            or len(second) < SPLIT_HEADLINE_SIDE
            or len(lines[a]) > SPLIT_HEADLINE_MAX
            or len(lines[b]) > SPLIT_HEADLINE_MAX
            or _ENDS_SENTENCE.search(first)
        ):
            continue
        window = first[-SPLIT_HEADLINE_SIDE:] + second[:SPLIT_HEADLINE_SIDE]
        if any(window in h for h in heads):
            joins.append((a, b))
    for a, b in reversed(joins):
        glue = " " if lines[a].rstrip()[-1:].isascii() and lines[b].lstrip()[:1].isascii() else ""
        lines[a : b + 1] = [lines[a].rstrip() + glue + lines[b].lstrip()]
    return "\n".join(lines)


def _standfirst(head: list[str]) -> tuple[list[str], int]:
    """Prose just above the article, past at most a photo caption: a standfirst that
    sits in its own element, which readability scores apart and leaves out. Returns
    those paragraphs and how many head lines they (and the caption) span."""
    k, captions, lead = len(head), 0, []
    while k > 0 and len(lead) < 3:
        line = head[k - 1]
        if _PROSE.match(line) and len(_CLAUSE.findall(line)) >= 2:
            lead.insert(0, line)
        elif not lead and captions < 1 and _PHOTO_CAPTION.search(line) and len(line) <= 80:
            captions += 1
        else:
            break
        k -= 1
    return (lead, len(head) - k) if lead else ([], 0)


_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# ...except between two full-width digits: "１２\n３" may be two numbers (a table's cells, a
# list typed in the source), and glued they read as one figure, 123; a space keeps them apart
_BREAK_BETWEEN_WIDE = re.compile(
    rf"(?<=[{_WIDE}])(?<![０-９])[ \t]*\n\s*(?=[{_WIDE}])|(?<=[{_WIDE}])[ \t]*\n\s*(?=[{_WIDE}])(?![０-９])"
)


def _segment_breaks(text: str) -> str:
    """Source line breaks inside text: gone between CJK characters, else a space.

    This is what browsers do (CSS Text, segment break transformation), so a
    sentence wrapped in the HTML source is not split by a stray space.
    """
    if "\n" not in text:
        return text
    return _BREAK_BETWEEN_WIDE.sub("", text).replace("\n", " ")


# around a link's text in _paragraphs(links=True); stripped from the page's own text first
LINK_ON, LINK_OFF = "\ue010", "\ue011"
LINK_LINE_SHARE = 0.75  # of a line's characters in links, for a line that ends no sentence to be a link
LINK_HEADLINE_MAX = 40  # a linked line this short is a headline even when it ends in "？" or "！"
LINK_HEADING_MAX = 24  # a heading over a list of links ("延伸閱讀", "省錢大作戰！超夯優惠等你GO")
LINK_LINES_MAX = 0.5  # of an article's characters: past this the links are the article (a list page)
# a paragraph of links (a tag line, a menu) in a saved page read as Markdown, whatever it ends with: this many links
# making this share of its letters (a tag line under a byline holds the headline too: LINK_LINE_SHARE keeps it)
LINK_BLOCK_LINKS, LINK_BLOCK_SHARE = 3, 0.5
# after LINK_ON: the link goes to a social network, where a page's share and follow buttons point ("用Plurk追蹤…：
# 追蹤", "【更多精彩新聞，都在《…》粉絲團】"); an article cites a post with a sentence or under its label
SOCIAL = "\ue012"
_SOCIAL_HOST = re.compile(
    r"\s*(?:https?:)?//(?:[\w-]+\.)*(?:facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|plurk\.com|weibo\.com|weibo\.cn"
    r"|instagram\.com|line\.me|t\.me|telegram\.me|plus\.google\.com|threads\.net|wa\.me|whatsapp\.com|linkedin\.com)"
    r"(?::\d+)?(?:[/?#]|$)",
    re.IGNORECASE,
)


def _social(link: LexborNode) -> bool:
    """A link to a social network that is no post's own hashtag or mention ("#北京暴雨#", "@人民日报")."""
    return bool(_SOCIAL_HOST.match(link.attributes.get("href") or "")) and not link.text(deep=True).lstrip().startswith(
        ("#", "@", "＃", "＠")
    )


SOCIAL_LABEL_MAX = 8  # characters of a field's label (with its colon) over or before a social link
SOCIAL_LINE_MAX = 40  # characters of a line with a social link, for it to be a button's line and not prose
_LINK_SPAN = re.compile(f"{LINK_ON}([^{LINK_OFF}]*){LINK_OFF}")
_MARKS = str.maketrans("", "", LINK_ON + LINK_OFF + SOCIAL)
# a label that points elsewhere ("下一篇：", "相关阅读：") names no field of this article
# (both scripts: a page is read before its text is converted)
_NAV_WORDS = (
    r"[上下]一[篇条页章则條頁則]|相[关關]|推[荐薦]|延伸|[热熱][门點点門]|更多|[阅閱][读讀]|猜你|[专專][题題]|返回"
)
_NAV_LABEL = re.compile(_NAV_WORDS)
# a label over closing links is those words, opening or closing it, and no clause ("相关阅读：", "获取更多RSS：";
# not "记者从相关部门获悉：", "阅读时间约需五分钟，请看：")
_POINTER_LABEL = re.compile(
    rf"^(?!.*[，,；;])(?:(?:获取|獲取|查看|点击|點擊)?(?:{_NAV_WORDS})[^:：]{{0,6}}|.*(?:{_NAV_WORDS})[^:：]{{0,2}})[:：]$"
)


def _pointer_label(label: str) -> bool:
    """A label that points elsewhere (_POINTER_LABEL): with its colon ("相关阅读："), or a heading of its own over the
    links, without one: "延伸閱讀" set as the related list's title block (dev-retired26 s29h_06, a 中央社 item a bot
    posted with its page's related list), a heading's length and no sentence."""
    if label.endswith((":", "：")):
        return bool(_POINTER_LABEL.match(label))
    return (
        0 < len(label) <= LINK_HEADING_MAX
        and not _ENDS_SENTENCE.search(label)
        and bool(_POINTER_LABEL.match(label + "："))
    )


def _link_share(line: str) -> float:
    """The share of a marked line's words (letters, digits, hanzi: a separator between
    links, "#" before a tag, "▸" before a headline do not count) that are link text."""
    size = sum(ch.isalnum() for ch in line)
    linked = sum(ch.isalnum() for m in _LINK_SPAN.findall(line) for ch in m)
    return linked / size if size else 0.0


# A pager's link: it reads "previous" or "next" and nothing else (the item's headline beside it, unlinked).
_PAGER_LINK = re.compile(r"[上下]一[篇条页章则條頁則][:：]?")
PAGER_LINE_MAX = 2 * (LINK_HEADLINE_MAX + 8)  # a pager's line: two items' headlines and their links
# An item of a list of other articles: its unlinked words are the item's date and nothing else ("<a>中国企业进入德国</a>
# 2010-08-13"): a day in digits, maybe a time, maybe bracketed.
_ITEM_DATE = re.compile(
    r"[\s(（\[【]*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s)）\]】]*"
)


def _pager_line(line: str, plain: str) -> bool:
    """Is a marked line a pager's ("<a>上一篇</a>盘点2015年… 证监会三项举措…<a>下一篇</a>", s28_01/02: the item
    titles unlinked beside a link that reads only "previous" or "next"): it opens or closes with such a link and
    ends no sentence. Its words name other articles, never this one's prose."""
    words = plain.strip()
    if not words or _ENDS_SENTENCE.search(words) or len(words) > PAGER_LINE_MAX:
        return False
    spans = _LINK_SPAN.findall(line)
    if not spans:
        return False
    first, last = spans[0].strip(), spans[-1].strip()
    return (words.startswith(first) and bool(_PAGER_LINK.fullmatch(first))) or (
        words.endswith(last) and bool(_PAGER_LINK.fullmatch(last))
    )


def _dated_item(line: str) -> bool:
    """Is a marked line one linked headline and its date ("<a>中国企业进入德国</a> 2010-08-13", s28_03's related
    list): the link holds every word but the date's."""
    spans = _LINK_SPAN.findall(line)
    if len(spans) != 1 or not (headline := spans[0].strip()) or len(headline) > LINK_HEADLINE_MAX:
        return False
    rest = _LINK_SPAN.sub("", line).translate(_MARKS)
    return bool(_ITEM_DATE.fullmatch(rest)) and not _ENDS_SENTENCE.search(headline)


def _dated_list(lines: list[str], plain: list[str]) -> list[int]:
    """The lines of a list of other articles, each one linked headline and its date: a dated item
    counts only next to another (the nearest line with text above or below is one too). One such
    line alone is an article's own byline as often ("<a>中国新闻网</a> 2024-04-16 10:21", review s29
    R3): cut, the briefing lost its date and source."""
    items = [i for i, m in enumerate(lines) if plain[i].strip() and _dated_item(m)]
    if not items:
        return []
    texted = [i for i, p in enumerate(plain) if p.strip()]
    order = {line: k for k, line in enumerate(texted)}
    dated = set(items)

    def listed(i: int) -> bool:
        above = texted[order[i] - 1] if order[i] > 0 else None
        below = texted[order[i] + 1] if order[i] + 1 < len(texted) else None
        # beside another item, or under a label that points to other articles ("上一篇文章：", s28_03)
        return (
            above in dated
            or below in dated
            or (above is not None and bool(_POINTER_LABEL.search(plain[above].strip())))
        )

    return [i for i in items if listed(i)]


def _link_row(line: str) -> bool:
    """Is a marked line two links or more and nothing else but separators ("上一篇 | 回首页 | 2005年索引 |
    下一篇", whatever its length or its last link's "？"): a row of a menu or a pager."""
    return line.count(LINK_ON) >= 2 and _link_share(line) >= 1.0


def _drop_link_lines(lines: list[str], lists: bool = True) -> list[str]:
    """An article's lines (from :func:`_blocks` of a text marked with links=True) without
    those that are a link and end no sentence (or are as short as a headline): related
    headlines, promoted products, "参与互动", "举报", pagination, tag lists that the
    article's container holds (readability scores a block, not its lines); not the value
    of a label above it ("来源：" / 上观新闻). A short heading right above two or more of
    them goes with them. The marks are removed. Unless the
    links are most of the text: then the page is a list, and it is kept whole (with ``lists``:
    without, the lines are known to hold an article's prose, however short, and links never are it)."""
    plain = [line.translate(_MARKS) for line in lines]
    if not any(LINK_ON in line for line in lines):
        return _blocks("\n".join(plain))
    link = [
        bool(p.strip())
        and (
            (
                (len(p.strip()) <= LINK_HEADLINE_MAX or not _ENDS_SENTENCE.search(p.strip()))
                and _link_share(m) >= LINK_LINE_SHARE
            )
            or _link_row(m)
            or _pager_line(m, p)
        )
        for m, p in zip(lines, plain, strict=True)
    ]
    for i in _dated_list(lines, plain):
        link[i] = True
    # a short line with a link to a social network and no sentence: a share or follow button's line, labelled or not
    social = [
        SOCIAL in m and len(p.strip()) <= SOCIAL_LINE_MAX and not _SENTENCE_END.search(p)
        for m, p in zip(lines, plain, strict=True)
    ]
    link = [a or b for a, b in zip(link, social, strict=True)]
    for i in _trailing_cards(lines, plain, link):
        link[i] = True
    previous = ""
    following = [False] * len(plain)  # is the next line with text a link line?
    after = False
    for i in range(len(plain) - 1, -1, -1):
        following[i] = after
        if plain[i].strip():
            after = link[i]
    for i, p in enumerate(plain):  # a label's value ("来源：" over a linked 上观新闻) is a field, not chrome
        label = lines[i].split(LINK_ON, 1)[0].strip()  # "电子邮件：<a>…@nankai.edu.cn</a>"
        # a label over a run of link lines heads a list ("※你可能還想看：" over four headlines): a
        # field has one value
        labelled = (previous.endswith((":", "：")) and not following[i]) or label.endswith((":", "："))
        # a field's label is a word or two ("来源：", "作者微博："); a button's call a clause ("1.用Plurk追蹤…：")
        field = not social[i] or len((label or previous or ":").split()[-1]) <= SOCIAL_LABEL_MAX
        # (a link that names itself a pointer, "上一則：<headline>", is no field's value: dev s18_36, under "觀看人次:")
        if (
            link[i]
            and labelled
            and field
            and not _NAV_LABEL.search(label or previous[-12:])
            and not _NAV_LABEL.match(p.strip())
        ):
            link[i] = False
        previous = p.strip() or previous
    drop = link[:]
    for i, p in enumerate(plain):
        if link[i] or not p.strip() or len(p.strip()) > LINK_HEADING_MAX or _ENDS_SENTENCE.search(p.strip()):
            continue
        run = 0  # link lines right below (blank lines between blocks aside)
        j = i + 1
        while j < len(plain) and (link[j] or not plain[j].strip()):
            run += link[j]
            j += 1
        if run >= 2:
            drop[i] = True
    dropped = sum(len(p) for p, d in zip(plain, drop, strict=True) if d)
    if lists and dropped > sum(len(p) for p in plain) * LINK_LINES_MAX:
        return _blocks("\n".join(plain))
    last = next((i for i in range(len(plain) - 1, -1, -1) if plain[i].strip() and not drop[i]), -1)
    if last >= 0 and (glued := _glued_closing_link(lines[last])) is not None:
        plain = [*plain[:last], glued, *plain[last + 1 :]]
    return _blocks("\n".join(p for p, d in zip(plain, drop, strict=True) if not d))


# A related headline glued to the article's last sentence in its last paragraph ("…在我国南北方广为栽植。<img>
# <a>吉总统签署法令创建“母亲日”</a>", dev-retired28 s31h_01: a portal's page links the next story in the body's
# last <p>): the line ends with one link, after a sentence's end, its words a headline's (no sentence of its own).
# What it IS: a pointer to another page where the article has said its last sentence. A link inside the sentence
# ("详见<a>通知</a>。"), a credit in brackets ("（<a>新华社</a>）") or a link that is a sentence stays.
GLUED_LINK_MIN = 6  # characters of the linked headline at least ("原文链接" and an outlet's name are shorter)
GLUED_LINK_PROSE = 20  # characters of the line before it at least: the article's sentence
_GLUED_LINK = re.compile(
    rf"[{SENTENCE_END}][{CLOSE_QUOTE}{CLOSE_BRACKET}]?[\s\u3000]*{LINK_ON}([^{LINK_OFF}]*){LINK_OFF}[\s\u3000]*$"
)


def _glued_closing_link(marked: str) -> str | None:
    """The plain line without a linked headline glued after its last sentence (see GLUED_LINK_MIN), None if none."""
    m = _GLUED_LINK.search(marked)
    if m is None:
        return None
    headline = m[1].strip()
    before = marked[: m.start() + 1].translate(_MARKS)
    if (
        not GLUED_LINK_MIN <= len(headline) <= LINK_HEADLINE_MAX
        or _SENTENCE_END.search(headline)
        or len(before.strip()) < GLUED_LINK_PROSE
        or LINK_ON in marked[: m.start()]  # a paragraph of links: the link lines' business
        or headline[0] in "（(【[〔"
        or headline[-1] in "）)】]〕"  # a credit or signature in brackets (review s33 R3)
    ):
        return None
    return marked[: m.start(1) - 1].translate(_MARKS).rstrip()


CARD_RUN = 3  # teaser cards in a row that close an article, for them to be a list of other stories
CARD_CAPTION_MAX = 60  # characters of a card's headline


def _trailing_cards(lines: list[str], plain: list[str], link: list[bool]) -> list[int]:
    """The headlines of the teaser cards that close the text: each a linked image (a link with
    no text) over a headline-length line of its own with no sentence end, CARD_RUN of them or
    more in a row with nothing but such cards after them (12-text s22, 晴報 s16_50: "您也可能喜歡..."
    and its cards under the article, a card's headline outside its link). Photos with captions
    inside the article are followed by its prose, and stay."""
    cards: list[int] = []
    empty_link_above = False
    for i, (marked, p) in enumerate(zip(lines, plain, strict=True)):
        words = p.strip()
        if not words:
            if LINK_ON in marked:
                empty_link_above = True
            continue
        if link[i]:
            empty_link_above = False
            continue
        if (
            empty_link_above
            and LINK_ON not in marked
            and len(words) <= CARD_CAPTION_MAX
            and not _ENDS_SENTENCE.search(words)
        ):
            cards.append(i)
        else:
            cards = []  # prose (or a line of no card) after them: they are the article's
        empty_link_above = False
    return cards if len(cards) >= CARD_RUN else []


def _blocks(text: str) -> list[str]:
    """The lines of a text from :func:`_paragraphs`, stripped, with one "" where blocks
    meet (a paragraph break by markup, which cleaning never joins across) and none at
    either end; a <br> is a plain line break."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    if out and not out[-1]:
        out.pop()
    return out


_PRE = frozenset({"pre", "listing", "xmp", "plaintext"})
_BLANK_LINE = re.compile(r"\S[ \t\r]*\n[ \t\r]*\n\s*\S")  # a blank line between two lines of text


# A data table's row is read as one line, its cells apart (tester s17: one cell a line lost which number was whose):
# a row of two cells or more, each a few words with no line break, list or table of its own, next to another such
# row (a grid: a single row is a layout's bar). A layout table's row (a cell holding the article, a menu column)
# and a form's fields ("来源：千龙网", "索引号：" over its value: metadata reads them a line each) are read as
# blocks, as before. Each cell is looked at for a few nodes only: the check stays bounded on any page.
CELL_SEP = " | "
_CELL_MARK = "\x1f"  # where a cell starts, within _paragraphs; runs of them (empty cells) are one separator
_CELL_MAX, _CELL_NODES = 60, 64
_NOT_IN_CELL = frozenset("table tr br li ul ol dl pre blockquote h1 h2 h3 h4 h5 h6 img iframe".split())
_FIELD_CELL = re.compile(r"^[^:：]{1,10}[:：]")


def _row_cells(tr) -> int:
    """How many cells a row has if it is shaped as a data row (see above), else 0."""
    cells = 0
    child = tr.child
    while child is not None:
        tag = child.tag
        if tag in ("td", "th"):
            cells += 1
            words: list[str] = []
            size = seen = 0
            stack = [child.child] if child.child is not None else []
            while stack:
                node = stack.pop()
                seen += 1
                if seen > _CELL_NODES or node.tag in _NOT_IN_CELL:
                    return 0
                if node.tag == "-text":
                    words.append((node.text_content or "").strip())
                    size += len(words[-1])
                    if size > _CELL_MAX:
                        return 0
                if node.next is not None:
                    stack.append(node.next)
                if node.child is not None:
                    stack.append(node.child)
            if _FIELD_CELL.match("".join(words)):
                return 0
        elif tag not in ("-text", "-comment") or (tag == "-text" and (child.text_content or "").strip()):
            return 0
        child = child.next
    return cells if cells >= 2 else 0


def _sibling_row(tr, forward: bool):
    node = tr.next if forward else tr.prev
    while node is not None and node.tag in ("-text", "-comment"):
        node = node.next if forward else node.prev
    return node if node is not None and node.tag == "tr" else None


def _data_row(tr, shapes: dict[int, int]) -> bool:
    def shape(row) -> int:
        if (known := shapes.get(row.mem_id)) is None:
            known = shapes[row.mem_id] = _row_cells(row)
        return known

    if not shape(tr):
        return False
    return any(row is not None and shape(row) for row in (_sibling_row(tr, False), _sibling_row(tr, True)))


def _link_break(brk: str, opened: list[str]) -> str:
    """A line break, with the open links' marks closed before it and opened again after it."""
    return LINK_OFF * len(opened) + brk + "".join(opened) if opened else brk


def _paragraphs(root, links: bool = False, skip: frozenset[str] = frozenset()) -> str:
    """The text of an element: a blank line where blocks meet, a line break at <br>, a data
    table's row on one line (_data_row, its cells CELL_SEP apart); with ``links``, each link's
    text between LINK_ON and LINK_OFF (:func:`_link_share`); elements named in ``skip`` left out."""
    parts: list[str] = []
    stack: list[object] = [root]
    # an element's end, pushed under its children: a block's, a data row's, a link's, a <pre>'s (ints: one test a
    # node tells a mark from a node, 19-perf s38)
    end_of_block, end_of_row, end_of_link, end_of_pre = 0, 1, 2, 3
    pre = 0  # <pre> elements open around the node
    row = 0  # data rows open around the node: their blocks are inline
    shapes: dict[int, int] = {}  # rows' cell counts, each row looked at once
    # the marks of the links open around the node: a line break inside a link (<a><b>网易财经<br>会赚钱的
    # 客户端：</b></a>) closes the marks on the line above and opens them on the line below, so each line
    # of the link reads as linked
    opened: list[str] = []
    append, pop, push = parts.append, stack.pop, stack.append
    while stack:
        node = pop()
        if node.__class__ is int:
            if node == end_of_block:
                append(" " if row else _link_break("\n\n", opened))
            elif node == end_of_row:
                row -= 1
                append("\n\n")
            elif node == end_of_link:
                append(LINK_OFF)
                opened.pop()
            else:
                pre -= 1
            continue
        tag = node.tag
        if tag == "-text":
            words = node.text_content or ""
            if words.isspace() and words.isascii():
                # the blanks between two tags (most text nodes of a page): no link mark, no wide character and no
                # blank line between two lines of text in them, so what the lines below give, without the regexes
                append(words if pre else words.replace("\n", " "))
                continue
            if links:
                words = words.translate(_MARKS)
            # preformatted text keeps its line breaks: inside <pre>, or text whose lines stand
            # apart by blank lines (a BBS post or a plain-text archive shown as text under a
            # stylesheet's white-space: pre, ptt.cc's); cleaning then reads it as plain text
            append(words if pre or _BLANK_LINE.search(words) else _segment_breaks(words))
            continue
        if tag in ("-comment", "!doctype") or tag in skip:
            continue
        if tag == "br":
            append(_link_break("\n", opened))
            continue
        if tag in _PRE:
            pre += 1
            push(end_of_pre)
        if tag == "tr" and not row and _data_row(node, shapes):
            append("\n\n")
            push(end_of_row)
            row += 1
        elif row and tag in ("td", "th"):
            append(_CELL_MARK)
        elif tag in BLOCK:
            append(" " if row else _link_break("\n\n", opened))
            push(end_of_block)
        elif links and tag == "a":
            opened.append(LINK_ON + SOCIAL if _social(node) else LINK_ON)
            append(opened[-1])
            push(end_of_link)
        children = []
        child = node.first_child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    text = "".join(parts)
    if shapes and _CELL_MARK in text:  # a data row's cells: one separator between two with words
        text = "\n".join(
            CELL_SEP.join(cell for cell in (c.strip() for c in line.split(_CELL_MARK)) if cell)
            if _CELL_MARK in line
            else line
            for line in text.split("\n")
        )
    return text


# --- nesting depth -------------------------------------------------------------------
# lexbor's tree builder checks the stack of open elements on every block start tag,
# so 100,000 nested <div> take minutes, and deep trees are a risk for any recursive
# code. Like Chromium's parser (which stops at 512), tags past MAX_DEPTH are ignored:
# their text stays, a block tag becomes a line break. The depth is tracked with a
# small model of the HTML tree builder: void elements, raw-text elements, and the
# common implied end tags (an unclosed <p>, <li>, <td> is closed by the next one),
# so that ordinary sloppy HTML is not mistaken for deep nesting.
#
# Formatting tags (<b>, <font>, ...) become <span>: HTML re-opens a formatting element
# left open across a block inside every later block, so a page of unclosed
# <font size=N><p> would nest without end (and create a quadratic number of nodes).
# They carry no paragraph structure, so the text is the same; class and id stay for
# the chrome filter.

MAX_DEPTH = 512

VOID = frozenset(
    """
area base basefont bgsound br col embed frame hr image img input keygen link meta param
source track wbr
""".split()
)
FORMATTING = frozenset("b big code em font i nobr s small strike strong tt u".split())
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"})
_RAW_END = {name: re.compile(rf"</{name}", re.IGNORECASE) for name in _RAW_TEXT}
# Inline elements an implied end tag looks through (<p><span>text<p> still closes the p).
_PHRASING = frozenset("a abbr cite kbd label mark q samp span sub sup time var".split())
_CLOSES_P = frozenset(
    """
address article aside blockquote center details dialog dir div dl dd dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav
ol p pre section summary table ul xmp plaintext
""".split()
)
_SECTIONS = frozenset({"tbody", "thead", "tfoot"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# element on the stack -> start tags that end it implicitly
_CLOSED_BY: dict[str, frozenset[str]] = {
    "p": _CLOSES_P,
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "option": frozenset({"option", "optgroup"}),
    "optgroup": frozenset({"optgroup"}),
    "td": frozenset({"td", "th", "tr"}) | _SECTIONS,
    "th": frozenset({"td", "th", "tr"}) | _SECTIONS,
    "tr": frozenset({"tr"}) | _SECTIONS,
    "tbody": _SECTIONS,
    "thead": _SECTIONS,
    "tfoot": _SECTIONS,
    "a": frozenset({"a"}),
    "button": frozenset({"button"}),
    "form": frozenset({"form"}),
    **{h: _HEADINGS for h in _HEADINGS},
}
_LOOK_DOWN = 8  # how far below the top an implied end tag is looked for
_NAME_END = re.compile(r"[\s/>]")
# The rest of a tag up to its ">": a quoted value (after "=") may contain ">".
# Possessive throughout, so a failed match never backtracks.
_TAG_REST = re.compile(r"""(?:[^>"'=]++|=\s*+(?:"[^"]*+"|'[^']*+')?+|["'])*+>""")
_COMMENT_END = re.compile(r"--!?>")
# An attribute (name, then maybe "=" and a value), as the tokenizer reads one.
_ATTRIBUTE = re.compile(r"""[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")
# A start tag keeps its first MAX_ATTRIBUTES attributes: the parsers check each new attribute against the ones
# before, so one <div> with 100,000 cost 82 s in lexbor's parse alone (tester s16 X9). Only a tag this long can
# hold so many: the count is looked at there only.
MAX_ATTRIBUTES = 100
LONG_TAG = 1_000


def _attributes_cut(markup: str, begin: int, gt: int) -> int | None:
    """Where the tag's attributes past MAX_ATTRIBUTES begin, or None when it has no more."""
    for count, m in enumerate(_ATTRIBUTE.finditer(markup, begin, gt)):
        if count == MAX_ATTRIBUTES:
            return m.start()
    return None


# End tags of these close an element above the nearest scope boundary ("in scope"):
# </div> inside a <table> in that <div> is ignored.
_SCOPED_END = frozenset(
    """
address article aside blockquote button center details dialog dir div dl fieldset
figcaption figure footer header hgroup listing main menu nav ol pre search section summary
ul p li dd dt h1 h2 h3 h4 h5 h6 form applet marquee object table tbody thead tfoot tr td th
caption colgroup template select option optgroup
""".split()
)
_SCOPE = frozenset(
    """
applet caption html table td th marquee object template button ol ul select
mi mo mn ms mtext annotation-xml foreignobject desc title
""".split()
)
# Any other end tag (</span>, </path>, </x>) closes its element only if none of these
# "special" elements is open above it.
_SPECIAL = (
    _SCOPED_END
    | _SCOPE
    | frozenset(
        """
area base basefont bgsound body br col embed frame frameset head hr html iframe img input
keygen link meta noembed noframes noscript param plaintext script source style textarea
track wbr xmp
""".split()
    )
)
# Never pushed, never popped: HTML makes one of each and keeps it open.
_ROOTS = frozenset({"html", "head", "body"})
# SVG and MathML ("foreign content"): "<path/>" closes itself, no tag is void or raw
# text, and these HTML tags end it; inside an integration point it is HTML again.
_FOREIGN = frozenset({"svg", "math"})
_INTEGRATION = frozenset({"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"})
_BREAKOUT = frozenset(
    """
b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img
li listing menu meta nobr ol p pre ruby s small span strike strong sub table tt u ul var
""".split()
)  # the HTML list has sup too, but lexbor keeps <sup> in foreign content


class _OpenElements:
    """The stack of open elements, approximately, in O(1) per tag.

    Errors are on the safe side: where the model is unsure it keeps an element
    open that HTML would close, so the real tree is never deeper than counted.
    """

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.positions: dict[str, list[int]] = {}  # name -> its indices in the stack
        self.scopes: list[int] = []  # indices of scope boundaries
        self.specials: list[int] = []  # indices of special elements
        self.contexts: list[tuple[bool, int]] = []  # (foreign?, index) where content changed

    def __len__(self) -> int:
        return len(self.stack)

    def foreign(self) -> bool:
        return bool(self.contexts) and self.contexts[-1][0]

    def push(self, name: str, attrs: str = "") -> None:
        index = len(self.stack)
        if name in _FOREIGN:
            self.contexts.append((True, index))
        elif self.foreign() and (name in _INTEGRATION or (name == "annotation-xml" and "html" in attrs.lower())):
            self.contexts.append((False, index))
        if name in _SCOPE:
            self.scopes.append(index)
        if name in _SPECIAL:
            self.specials.append(index)
        self.stack.append(name)
        self.positions.setdefault(name, []).append(index)

    def pop_to(self, depth: int) -> None:
        while len(self.stack) > depth:
            self.positions[self.stack.pop()].pop()
        while self.scopes and self.scopes[-1] >= depth:
            self.scopes.pop()
        while self.specials and self.specials[-1] >= depth:
            self.specials.pop()
        while self.contexts and self.contexts[-1][1] >= depth:
            self.contexts.pop()

    def end_tag(self, name: str) -> None:
        """``</name>`` closes the innermost ``name`` if it is in scope, else nothing."""
        where = self.positions.get(name)
        if not where:
            return
        barriers = self.scopes if name in _SCOPED_END else self.specials
        if where[-1] >= (barriers[-1] if barriers else 0):
            self.pop_to(where[-1])

    def start_tag(self, name: str) -> None:
        """What a start tag closes before it opens: foreign content it breaks out of,
        and implied end tags (``<li>`` ends an open ``<li>`` above which only inline
        elements are)."""
        if name in _BREAKOUT and self.foreign():
            self.pop_to(self.contexts[-1][1])
        if self.foreign():
            return  # no implied end tags in SVG or MathML: <svg><a><a> nests
        cut = None
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - _LOOK_DOWN), -1):
            open_name = self.stack[i]
            if name in _CLOSED_BY.get(open_name, ()):
                cut = i
            elif open_name not in _PHRASING:
                break
        if cut is not None:
            self.pop_to(cut)
        self._implied_parents(name)

    def _implied_parents(self, name: str) -> None:
        """A row or cell directly in a <table> gets the <tbody> and <tr> HTML adds."""
        top = self.stack[-1] if self.stack else ""
        if name in ("tr", "td", "th") and top == "table":
            self.push("tbody")
            top = "tbody"
        if name in ("td", "th") and top in _SECTIONS:
            self.push("tr")


# A tag's name and the rest up to its ">": _NAME_END and _TAG_REST in one match.
_NAMED_TAG = re.compile(r"([^\s/>]*+)" + _TAG_REST.pattern)
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # a tag name's first letter, mostly
# The cells that imply a row (start_tag's _implied_parents); any other start tag outside SVG and MathML that closes
# nothing implied is pushed inline by cap_nesting.
_CELLS = frozenset({"tr", "td", "th"})
EDITS_HELD = 4096  # edits held before they are applied to the markup read so far
# Start tags read as elements; past them a tag is dropped and its text kept (a block's start tag becomes a blank). The
# largest real page of the corpus has 6,300 (a feed: 6,266), test_limits' 100,000 paragraphs 200,000; a page of 900,000
# tiny elements took ~40 s and ~480 MB in the tree and every walk of it (review s24's aside).
MAX_ELEMENTS = 250_000


def cap_nesting(markup: str, max_depth: int = MAX_DEPTH) -> tuple[str, bool]:
    """``markup`` with formatting tags made spans and start tags deeper than
    ``max_depth`` removed; True when any start tag was removed.

    One pass with ``str.find``, each step past what it read, so the cost is linear
    even for a file that is one unterminated tag or comment. The common steps of the
    model (a tag that closes nothing, a push that is not a boundary) are taken inline:
    a method call a tag was half of the pass's cost (4.3 ms a page, 19-perf s28).
    """
    opened = _OpenElements()
    stack, positions, contexts = opened.stack, opened.positions, opened.contexts
    started = 0  # start tags read as elements
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in order
    done: list[str] = []  # the markup up to `applied`, its edits applied
    applied = 0
    flattened = False
    pos, n = 0, len(markup)
    scopes, specials = opened.scopes, opened.specials
    find, startswith, tag_at = markup.find, markup.startswith, _NAMED_TAG.match
    while (lt := find("<", pos)) != -1 and lt + 1 < n:
        if len(edits) >= EDITS_HELD:
            # every edit held ends before `pos` (each lies inside a tag read): applied now, the list stays short
            # (a page of 900,000 <i> renamed spans held 1.8 million tuples, ~200 MB: review s24's aside)
            done.append(_apply(markup, edits, applied, pos))
            edits, applied = [], pos
        after = markup[lt + 1]
        if after == "!" and startswith("--", lt + 2):
            end = _COMMENT_END.search(markup, lt + 2)  # "<!-->" is a whole comment
            if end is None:
                break  # the rest is a comment
            pos = end.end()
            continue
        closing = after == "/"
        start = lt + 2 if closing else lt + 1
        if (letter := markup[start : start + 1]) not in _ASCII_LETTERS and not ("a" <= letter.lower() <= "z"):
            if not closing and after not in "!?":
                pos = lt + 1  # "<<div>", "< 3": the "<" is text
                continue
            gt = find(">", lt + 1)  # "<!doctype", "<?xml", "</ x>": to the next ">"
            if gt == -1:
                break
            pos = gt + 1
            continue
        tag = tag_at(markup, start)
        if tag is None:
            break  # the rest of the file is one unterminated tag
        name_end, gt = tag.end(1), tag.end() - 1
        pos = gt + 1
        name = markup[start:name_end].lower()
        if name in FORMATTING:
            edits.append((lt, name_end, "</span" if closing else "<span"))
            name = "span"
        if not closing and gt - name_end > LONG_TAG and (cut := _attributes_cut(markup, name_end, gt)) is not None:
            edits.append((cut, gt - 1 if markup[gt - 1] == "/" else gt, ""))
        if name in _ROOTS:
            continue
        if started >= MAX_ELEMENTS and name not in _RAW_TEXT and not (closing and positions.get(name)):
            # (an end tag of an element opened before stays: "</svg>" ends foreign content, its text after it)
            while edits and edits[-1][0] >= lt:
                edits.pop()
            edits.append((lt, gt + 1, " " if name in BLOCK and not closing else ""))
            continue
        if closing:
            where = positions.get(name)
            if where:
                if where[-1] == len(stack) - 1 and not contexts:  # the current element: always in scope
                    top = where.pop()
                    stack.pop()
                    if scopes and scopes[-1] == top:
                        scopes.pop()
                    if specials and specials[-1] == top:
                        specials.pop()
                else:
                    opened.end_tag(name)
            continue
        started += 1
        if contexts or (stack and (stack[-1] in _PHRASING or name in _CLOSED_BY.get(stack[-1], ()))) or name in _CELLS:
            opened.start_tag(name)  # foreign content, or an end tag may be implied: the model's slow path
        if contexts and contexts[-1][0]:  # in foreign content
            if markup[gt - 1] == "/" and not _in_unquoted_value(markup, name_end, gt - 1):
                continue  # <path .../> in an <svg>
        elif name in _RAW_TEXT:
            end = _RAW_END[name].search(markup, pos) if name != "plaintext" else None
            if end is None:
                break  # raw text to the end of the file
            pos = end.start()
            continue
        elif name in VOID:
            continue
        if len(stack) >= max_depth:
            while edits and edits[-1][0] >= lt:
                edits.pop()  # a formatting tag: dropped, not renamed; attributes cut: dropped with it
            edits.append((lt, gt + 1, "<br>" if name in BLOCK else ""))
            flattened = True
        elif contexts or name in _FOREIGN:
            opened.push(name, markup[name_end:gt])
        else:  # opened.push outside SVG and MathML
            if name in _SCOPE:
                scopes.append(len(stack))
            if name in _SPECIAL:
                specials.append(len(stack))
            where = positions.get(name)
            if where is None:
                positions[name] = [len(stack)]
            else:
                where.append(len(stack))
            stack.append(name)
    if not done:
        return _apply(markup, edits), flattened
    done.append(_apply(markup, edits, applied, n))
    return "".join(done), flattened


def _in_unquoted_value(markup: str, begin: int, slash: int) -> bool:
    """Whether the "/" at ``slash`` ends an unquoted attribute value (``<a id=1/>``), where
    the tokenizer reads it as part of the value and the tag is not self-closing."""
    i = slash - 1
    while i >= begin and markup[i] not in "=\"' \t\n\r\f":
        i -= 1
    return i >= begin and markup[i] == "="


def _apply(markup: str, edits: list[tuple[int, int, str]], begin: int = 0, end: int | None = None) -> str:
    """markup[begin:end] with the edits (all inside it, in order) applied."""
    if not edits:
        return markup[begin:end] if begin or end is not None else markup
    parts, last = [], begin
    for start, stop, replacement in edits:
        parts += (markup[last:start], replacement)
        last = stop
    parts.append(markup[last:end])
    return "".join(parts)
