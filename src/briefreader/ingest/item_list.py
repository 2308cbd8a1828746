"""A page that is a list of items, each another page's: one record an item (its headline, link, date, outlet, teaser).

What such a page IS, read by its structure, never by its site: three or more sibling elements of one shape (tag and
class), each pointing to ONE page of its own (its image, headline and "read more" links all the same address), with a
headline (the link's words, or its ``title`` attribute when the words are cut with "..."), and each carrying more than
a headline: the outlet that published it (a link to a site's home page: a company's press-coverage page naming each
report's paper, dev s48b_04) or its own words (a teaser: an interview list's cards, dev s48b_03). A column's index of
the site's own headlines and days only stays the page it is (html's list page, one briefing said to be no article:
dev s26_07), as does any page with prose outside its items: an article's related-links list, a sidebar of
recommendations (dev s48b_02), a list of posts with their bodies under a blog's own text.

Linear: one walk over the page's elements (at most WALK_MAX), each item read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..punct import HAN_BASIC
from .records import Record, Records, _letters, _unique_key

ITEMS_MIN = 3  # items of one shape, for a list
ITEM_SHARE = 0.8  # of the elements of that shape that must read as items (a list's header row aside)
HEADLINE_MIN = 6  # letters (hanzi, letters, digits) of an item's headline
TEASER_MIN = 10  # hanzi of an item's own words besides its headline, outlet and date, for a teaser
OUTLET_MAX = 24  # characters of an outlet's name (a home link's words)
WALK_MAX = 20_000  # elements of a page, at most, for it to be read as items
ITEM_NODES_MAX = 200  # elements under one item, at most: more is a section of a page, no item
ITEM_NODES_BUDGET = 100_000  # elements under the items read, over all candidate groups of a page
LINKS_MAX = 12  # links of one item: more is a box of links, no item
_NOT_TEXT = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed"]
_CUT = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?!\d)")
_HANZI = re.compile(f"[{HAN_BASIC}]")
# a site's home: its root, or an index page at the root or one folder down ("https://udn.com/news/index": 聯合新聞網's)
_HOME_PATH = re.compile(r"^/?(?:(?:[A-Za-z][\w-]{0,30}/)?index(?:\.(?:s?html?|php|aspx?|jsp))?)?$", re.IGNORECASE)
_NOT_PAGE = re.compile(r"^(?:#|javascript:|mailto:|tel:|data:)", re.IGNORECASE)
_BRACKETS_ONLY = re.compile(r"^[\s\[\]【】()（）<>《》|｜/·•>»›:：,，.。…-]*$")


_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』\"')）]*\s*$")
LISTING_LINES = 3  # lines of a page's text, at least, for a list
LISTING_SENTENCES = 2 / 3  # of its lines ending a sentence, at most: an article's paragraphs end theirs


def listing(text: str) -> bool:
    """Might a page whose text (as html read it) is ``text`` be a list of items? Its lines are headlines, outlets,
    days and teasers cut short, most of them ending no sentence, where an article's paragraphs end theirs. The cheap
    test before the page is read again as items (one linear pass over the text)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < LISTING_LINES:
        return False
    ended = sum(1 for line in lines if _ENDS_SENTENCE.search(line))
    return ended < LISTING_SENTENCES * len(lines)


def _words(text: str) -> str:
    return " ".join(text.split())


def _home(href: str) -> bool:
    """Is ``href`` a site's home page ("https://www.upmedia.mg/", "http://x.com/index.php")?"""
    parts = urlsplit(href)
    return bool(parts.netloc) and not parts.query and bool(_HOME_PATH.match(parts.path))


@dataclass(frozen=True, slots=True)
class _Item:
    url: str
    headline: str
    outlet: str
    date: str
    teaser: str


# a link whose words are an address (a digest's "项目地址：https://…" under each summary)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _item(node) -> _Item | None:
    """The item an element is: one page's links (its headline among them), and its outlet, date and teaser."""
    links = node.css("a[href]")
    if not links or len(links) > LINKS_MAX:
        return None
    pages: dict[str, list] = {}
    outlets: list[str] = []
    for a in links:
        href = (a.attributes.get("href") or "").strip()
        if not href or _NOT_PAGE.match(href):
            continue
        if _home(href):
            if (name := _words(a.text(deep=True))) and len(name) <= OUTLET_MAX:
                outlets.append(name)
            continue
        pages.setdefault(href, []).append(a)
    if len(pages) != 1 or len(outlets) > 1:
        return None
    ((url, anchors),) = pages.items()
    shown = max((_words(a.text(deep=True)) for a in anchors), key=len)
    titled = [t for a in anchors if (t := _words(a.attributes.get("title") or ""))]
    headline = shown
    if not shown or _CUT.search(shown):  # the words cut ("专访《锦绣缘》黄晓明..."): the title attribute is whole
        stem = _CUT.sub("", shown)
        whole = next((t for t in titled if t.startswith(stem) and len(t) > len(stem)), "")
        headline = whole or (shown if stem else "")
    if _letters(headline) < HEADLINE_MIN or _ADDRESS.fullmatch(headline):
        return None  # no words, or an address shown as itself ("项目地址：https://…"): a link, not a headline
    rest = _words(node.text(deep=True, separator=" "))
    for a in links:  # the item's words less its links' (its headline, outlet, "阅读全文")
        if said := _words(a.text(deep=True, separator=" ")):
            rest = rest.replace(said, " ", 1)
    date = ""
    if m := _DATE.search(rest):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if 1 <= month <= 12 and 1 <= day <= 31:
            date = f"{year:04d}-{month:02d}-{day:02d}"
            rest = rest[: m.start()] + " " + rest[m.end() :]
    teaser = " ".join(p for p in rest.split() if not _BRACKETS_ONLY.match(p))
    if len(_HANZI.findall(teaser)) < TEASER_MIN:
        teaser = ""
    if not teaser and not outlets:  # a headline and a day: a column's own index line (see the module's note)
        return None
    return _Item(url, headline, outlets[0] if outlets else "", date, teaser)


def _shape(node) -> tuple[str, str]:
    return node.tag or "", " ".join((node.attributes.get("class") or "").split())


def _groups(root) -> list[list] | None:
    """Each element's children of one shape, three or more: the candidates for a list's items. One walk in document
    order gives each element its place, its parent's and its subtree's end, so that the links and elements under
    each are counted without walking it again; a child with no link or too many, or too large a subtree
    (ITEM_NODES_MAX), is no item. None when the page has more than WALK_MAX elements (read as a page)."""
    order: list = []
    place: dict[int, int] = {}
    parent: list[int] = []
    for node in root.traverse(include_text=False):
        if len(order) >= WALK_MAX:
            return None
        up = node.parent
        parent.append(place.get(up.mem_id, -1) if up is not None else -1)
        place[node.mem_id] = len(order)
        order.append(node)
    n = len(order)
    end = list(range(1, n + 1))  # one past each element's last descendant
    for i in range(n - 1, 0, -1):
        if (p := parent[i]) >= 0 and end[i] > end[p]:
            end[p] = end[i]
    links = [0] * (n + 1)  # links[i]: elements before i that are links
    for i, node in enumerate(order):
        links[i + 1] = links[i] + (node.tag == "a" and "href" in node.attributes)
    by_shape: dict[tuple[int, tuple[str, str]], list[int]] = {}
    for i in range(1, n):
        if parent[i] >= 0:
            by_shape.setdefault((parent[i], _shape(order[i])), []).append(i)
    groups = []
    budget = ITEM_NODES_BUDGET
    for members in by_shape.values():
        if len(members) < ITEMS_MIN:
            continue
        sized = [i for i in members if 1 <= links[end[i]] - links[i] <= LINKS_MAX and end[i] - i <= ITEM_NODES_MAX]
        if len(sized) < ITEMS_MIN or len(sized) < ITEM_SHARE * len(members):
            continue
        budget -= sum(end[i] - i for i in sized)
        if budget < 0:  # (each item is read once; past the budget, no more groups are read)
            break
        groups.append([order[i] for i in members])
    return groups


def html_items(markup: str) -> Records | None:
    """The items of a page that is a list of other pages' items (see the module's note), or None."""
    if markup.count("href", 0, 2_000_000) < ITEMS_MIN:
        return None
    from selectolax.lexbor import LexborHTMLParser

    from .builder import template_markup
    from .html import WEAK_PROSE, _footer_only, _prose, cap_nesting

    tree = LexborHTMLParser(cap_nesting(template_markup(markup))[0])
    tree.strip_tags(_NOT_TEXT)
    root = tree.body
    if root is None:
        return None
    found: list[tuple[int, list[_Item], list]] = []
    for group in _groups(root) or ():
        items = [_item(node) for node in group]
        read = [i for i in items if i is not None]
        if len(read) >= ITEMS_MIN and len(read) >= ITEM_SHARE * len(group) and len({i.url for i in read}) == len(read):
            found.append((len(read), read, group))
    if not found:
        return None
    # the list: the most items; a group inside it or around it is the same list read at another depth
    found.sort(key=lambda f: -f[0])
    _, items, nodes = found[0]
    for node in nodes:
        node.decompose()
    rest = [line for raw in (root.text(deep=True, separator="\n") or "").splitlines() if (line := _words(raw))]
    if _prose([line for line in rest if not _footer_only([line])]) >= WEAK_PROSE:
        return None  # an article's page: its related items are links, never briefings
    records = Records()
    seen: set[str] = set()
    for item in items:
        records.append(
            Record(
                key=_unique_key(item.url, seen),
                title=item.headline,
                body=item.teaser or item.headline,
                url=item.url,
                date=item.date,
                source=item.outlet,
            )
        )
    return records
