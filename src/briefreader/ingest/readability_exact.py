"""readability-lxml's scoring with less work a page and the same article (issue 19).

readability 0.9 spends most of a page in Python over its tree (session 39's split over the 434 pages real-world
files hand it: its parse and cleaning 25%, scoring the paragraphs 26%, turning divs into paragraphs 22%, dropping
unlikely candidates 14%). Five of its methods are remade here, each giving what readability's own gives, on any page:

- ``score_paragraphs``, ``sanitize`` and ``remove_unlikely_candidates`` format a debug line for every candidate,
  kept block and removed node (a description of the node and its parent, and in ``sanitize`` its whole text
  squeezed) whether or not the line is logged: formatted here only when readability's logger takes debug lines;
- ``get_link_density``, ``score_paragraphs``, ``sanitize``: readability's ``clean`` with its three patterns compiled
  once (the module-level ``re.sub`` looks each up in re's cache, three times for every paragraph and link) and each
  tried only where it can match; ``score_paragraphs`` measures a link once, not again for its grandparent;
- ``remove_unlikely_candidates`` asks each element's class and id: only the elements that have one are visited
  (an element with neither gives " ", shorter than the two characters the method goes on with);
- ``transform_misused_divs_into_paragraphs`` serialises a div's children (XML) to search them for a block tag: the
  same pattern on "<" + each descendant's tag answers that search without the serialisation, unless a "<" is written
  elsewhere (an attribute's name, a comment: ``_block_inside``).

Each is readability 0.9's method with only that changed. :func:`exact_document` makes the subclass only when
readability's own module is the one these were copied from (a digest of its file) and its Document's methods are
that module's: a user's other release gets its own methods, never a copy of older ones.
tests/core/test_readability_exact.py holds the articles equal on real pages and hostile pieces.
"""

from __future__ import annotations

import logging
import re
from typing import Any

# sha256 of readability 0.9's readability.py, the module these methods were copied from (and its clean)
_MADE_FROM = "ec2e5e073846f6f96e4fcfa1e055978e185cbdc10d670187b90b4790b344233e"
_METHODS = (
    "get_link_density",
    "score_paragraphs",
    "remove_unlikely_candidates",
    "transform_misused_divs_into_paragraphs",
    "sanitize",
)

# readability's clean(): re.sub(r"\s{255,}", " " * 255, text), re.sub(r"\s*\n\s*", "\n", text),
# re.sub(r"\t|[ \t]{2,}", " ", text), then strip(): the same patterns, compiled once.
_LONG_SPACE = re.compile(r"\s{255,}")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_TABS = re.compile(r"\t|[ \t]{2,}")
_PLAIN_TAG = re.compile(r"[A-Za-z][A-Za-z0-9]*")  # a tag lxml serialises as written, after "<"


def _clean(text: str) -> str:
    # each pattern tried only where it can match: 255 blanks, a line break, a tab or two spaces
    if len(text) >= 255:
        text = _LONG_SPACE.sub(" " * 255, text)
    if "\n" in text:
        text = _LINE_BREAK.sub("\n", text)
    if "\t" in text or "  " in text:
        text = _TABS.sub(" ", text)
    return text.strip()


def _text_length(i: Any) -> int:
    return len(_clean(i.text_content() or ""))


def _block_inside(elem: Any, block_tags: Any) -> bool | None:
    """Does readability's pattern find a block tag in the XML serialisation of ``elem``'s children (their subtrees
    and tails)? There text and attribute values have "&lt;": a "<" is written raw only in an element's tag (as the
    tag is, when it is plain ASCII), in an attribute's name (a tag that lost its ">": <a href=x <div> gives <a> an
    attribute "<div", review s39 R5), or in a comment. So the pattern on "<" + each descendant's tag answers, and None
    (readability's own test) at a descendant that is no element, whose tag is written otherwise, or that has an
    attribute whose name holds a "<"."""
    for node in elem.iterdescendants():
        tag = node.tag
        if not isinstance(tag, str) or not _PLAIN_TAG.fullmatch(tag):
            return None
        if block_tags.match("<" + tag):
            return True
        for name in node.keys():
            if "<" in name:
                return None
    return False


def source_digest() -> str | None:
    """The digest of the installed readability's readability.py, None when it cannot be read or its Document's
    methods are not that file's (replaced at run time). The file's bytes, not inspect.getsource: tokenize's
    patterns are built from a set, so a worker would compile them under every hash seed (test_cold_start_s35)."""
    import hashlib
    from pathlib import Path

    try:
        from readability import readability as module

        path = Path(module.__file__ or "")
        for name in _METHODS:
            method = getattr(module.Document, name)
            if method.__module__ != module.__name__ or method.__code__.co_qualname != f"Document.{name}":
                return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (ImportError, AttributeError, OSError, TypeError):
        return None


def exact_document(base: type) -> type:
    """``base`` (a subclass of readability's Document) with the five methods above remade, or ``base`` itself when
    the installed readability's methods are not the ones they were made from."""
    if source_digest() != _MADE_FROM:
        return base
    try:
        from lxml.etree import tostring, tounicode
        from lxml.html import fragment_fromstring
        from readability.debug import describe, text_content
        from readability.readability import REGEXES, is_video_url

        block_tags = REGEXES["divToPElementsRe"]
    except (ImportError, KeyError):
        return base

    log = logging.getLogger("readability.readability")

    class ExactDocument(base):  # type: ignore[valid-type,misc]
        def get_link_density(self, elem):
            link_length = 0
            for i in elem.findall(".//a"):
                link_length += _text_length(i)
            total_length = _text_length(elem)
            return float(link_length) / max(total_length, 1)

        def score_paragraphs(self):
            MIN_LEN = self.min_text_length
            candidates = {}
            ordered = []
            for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
                parent_node = elem.getparent()
                if parent_node is None:
                    continue
                grand_parent_node = parent_node.getparent()

                inner_text = _clean(elem.text_content() or "")
                inner_text_len = len(inner_text)

                if inner_text_len < MIN_LEN:
                    continue

                if parent_node not in candidates:
                    candidates[parent_node] = self.score_node(parent_node)
                    ordered.append(parent_node)

                if grand_parent_node is not None and grand_parent_node not in candidates:
                    candidates[grand_parent_node] = self.score_node(grand_parent_node)
                    ordered.append(grand_parent_node)

                content_score = 1
                content_score += len(inner_text.split(","))
                content_score += min((inner_text_len / 100), 3)
                candidates[parent_node]["content_score"] += content_score
                if grand_parent_node is not None:
                    candidates[grand_parent_node]["content_score"] += content_score / 2.0

            debug = log.isEnabledFor(logging.DEBUG)
            lengths: dict[Any, int] = {}  # a link's, measured once for its parent and grandparent (no edit in between)

            def link_density(elem: Any) -> float:  # get_link_density's
                link_length = 0
                for i in elem.findall(".//a"):
                    length = lengths.get(i)
                    if length is None:
                        length = lengths[i] = _text_length(i)
                    link_length += length
                total_length = _text_length(elem)
                return float(link_length) / max(total_length, 1)

            for elem in ordered:
                candidate = candidates[elem]
                ld = link_density(elem)
                score = candidate["content_score"]
                if debug:
                    log.debug(
                        "Branch %6.3f %s link density %.3f -> %6.3f" % (score, describe(elem), ld, score * (1 - ld))
                    )
                candidate["content_score"] *= 1 - ld

            return candidates

        def remove_unlikely_candidates(self):
            for elem in self.html.xpath("descendant::*[@class or @id]"):  # findall(".//*")'s, in its order
                s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
                if len(s) < 2:
                    continue
                if (
                    REGEXES["unlikelyCandidatesRe"].search(s)
                    and (not REGEXES["okMaybeItsACandidateRe"].search(s))
                    and elem.tag not in ["html", "body"]
                    and not elem.xpath("ancestor-or-self::pre | ancestor-or-self::code")
                    and not elem.xpath(
                        "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
                    )
                ):
                    if log.isEnabledFor(logging.DEBUG):
                        log.debug("Removing unlikely candidate - %s" % describe(elem))
                    elem.drop_tree()

        def transform_misused_divs_into_paragraphs(self):
            inline_tags = {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
            for elem in self.tags(self.html, "div"):
                block = _block_inside(elem, block_tags)
                if block is None:  # a node the tags alone do not answer for: readability's own test
                    block = bool(block_tags.search(str(b"".join(tostring(s, encoding="utf-8") for s in elem))))
                if not block:
                    elem.tag = "p"

            for elem in self.tags(self.html, "div"):
                children = list(elem)
                paragraph = None
                if elem.text and elem.text.strip():
                    p = fragment_fromstring("<p/>")
                    p.text = elem.text
                    elem.text = None
                    elem.insert(0, p)
                    paragraph = p

                for child in children:
                    if child.tag == "br":
                        paragraph = None
                        continue
                    if child.tag not in inline_tags or block_tags.search(tounicode(child, method="html")):
                        paragraph = None
                        continue
                    if paragraph is None:
                        paragraph = fragment_fromstring("<p/>")
                        child.addprevious(paragraph)
                    paragraph.append(child)

                for pos, child in reversed(list(enumerate(elem))):
                    if child.tail and child.tail.strip():
                        p = fragment_fromstring("<p/>")
                        p.text = child.tail
                        child.tail = None
                        elem.insert(pos + 1, p)
                    if child.tag == "br":
                        child.drop_tree()

        def sanitize(self, node, candidates, keep_all_images=False):
            MIN_LEN = self.min_text_length
            debug = log.isEnabledFor(logging.DEBUG)
            for header in self.tags(node, "h1", "h2", "h3", "h4", "h5", "h6"):
                if self.class_weight(header) < 0 or self.get_link_density(header) > 0.33:
                    header.drop_tree()

            for elem in self.tags(node, "p"):
                if REGEXES["callToActionRe"].search(elem.text_content()) and self.get_link_density(elem) > 0.2:
                    elem.drop_tree()

            for elem in self.tags(node, "form", "textarea"):
                elem.drop_tree()

            for elem in self.tags(node, "iframe"):
                if "src" in elem.attrib and is_video_url(elem.attrib["src"]):
                    elem.attrib.pop("srcdoc", None)
                    elem.text = "VIDEO"
                else:
                    elem.drop_tree()

            allowed = self.get_preserved_elements(node)
            for el in self.reverse_tags(node, "table", "ul", "div", "aside", "header", "footer", "section"):
                if el in allowed:
                    continue
                weight = self.class_weight(el)
                if el in candidates:
                    content_score = candidates[el]["content_score"]
                else:
                    content_score = 0
                tag = el.tag

                if weight + content_score < 0:
                    if debug:
                        log.debug(
                            "Removed %s with score %6.3f and weight %-3s"
                            % (
                                describe(el),
                                content_score,
                                weight,
                            )
                        )
                    el.drop_tree()
                elif el.text_content().count(",") < 10:
                    counts = {}
                    for kind in ["p", "img", "li", "a", "embed", "input"]:
                        counts[kind] = len(el.findall(".//%s" % kind))
                    counts["li"] -= 100
                    counts["input"] -= len(el.findall('.//input[@type="hidden"]'))

                    content_length = _text_length(el)
                    link_density = self.get_link_density(el)
                    parent_node = el.getparent()
                    if parent_node is not None:
                        if parent_node in candidates:
                            content_score = candidates[parent_node]["content_score"]
                        else:
                            content_score = 0
                    to_remove = False
                    reason = ""

                    if keep_all_images and el.tag == "div" and counts["img"] >= 1:
                        continue
                    if counts["p"] and counts["img"] > 1 + counts["p"] * 1.3:
                        reason = "too many images (%s)" % counts["img"]
                        to_remove = True
                    elif counts["li"] > counts["p"] and tag not in ("ol", "ul"):
                        reason = "more <li>s than <p>s"
                        to_remove = True
                    elif counts["input"] > (counts["p"] / 3):
                        reason = "less than 3x <p>s than <input>s"
                        to_remove = True
                    elif content_length < MIN_LEN and counts["img"] == 0:
                        reason = "too short content length %s without a single image" % content_length
                        to_remove = True
                    elif content_length < MIN_LEN and counts["img"] > 2:
                        reason = "too short content length %s and too many images" % content_length
                        to_remove = True
                    elif weight < 25 and link_density > (
                        0.25 if tag in ("ul", "section") and el.xpath("ancestor::main | ancestor::article") else 0.2
                    ):
                        reason = "too many links {:.3f} for its weight {}".format(link_density, weight)
                        to_remove = True
                    elif weight >= 25 and link_density > 0.5:
                        reason = "too many links {:.3f} for its weight {}".format(link_density, weight)
                        to_remove = True
                    elif (counts["embed"] == 1 and content_length < 75) or counts["embed"] > 1:
                        reason = "<embed>s with too short content length, or too many <embed>s"
                        to_remove = True
                    elif not content_length:
                        reason = "no content"
                        to_remove = True

                        i, j = 0, 0
                        x = 1
                        siblings = []
                        for sib in el.itersiblings():
                            sib_content_length = _text_length(sib)
                            if sib_content_length:
                                i = +1
                                siblings.append(sib_content_length)
                                if i == x:
                                    break
                        for sib in el.itersiblings(preceding=True):
                            sib_content_length = _text_length(sib)
                            if sib_content_length:
                                j = +1
                                siblings.append(sib_content_length)
                                if j == x:
                                    break
                        if siblings and sum(siblings) > 1000:
                            to_remove = False
                            if debug:
                                log.debug("Allowing %s" % describe(el))
                            for desnode in self.tags(el, "table", "ul", "div", "section"):
                                allowed[desnode] = True

                    if to_remove:
                        if debug:
                            log.debug(
                                "Removed %6.3f %s with weight %s cause it has %s."
                                % (content_score, describe(el), weight, reason)
                            )
                        el.drop_tree()
                    elif debug:
                        log.debug("Not removing %s of length %s: %s" % (describe(el), content_length, text_content(el)))

            self.html = node
            return self.get_clean_html()

    return ExactDocument
