"""Markdown to plain paragraphs with markdown-it-py (CommonMark plus tables).

A real parser, so nothing of the syntax is shown: headings, emphasis, links (inline
and by reference: their text stays), images (dropped: a file name or a URL is not
text), lists (an item a line), tables (a row a line, cells separated by " | "),
block quotes, code, and HTML inside the Markdown (its text only, as an HTML page's).
Very large files fall back to linear rules (MAX_PARSED).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from ..punct import CLOSE_QUOTE, HAN_BASIC, HAN_EXT_A, SENTENCE_END
from ..rx import alternation
from .builder import FENCE, markdown_source
from .clean import comments_words, plug_after_rule, without_scripts
from .html import LINK_BLOCK_LINKS, LINK_BLOCK_SHARE, LINK_HEADLINE_MAX, LINK_LINES_MAX, looks_like_html
from .patterns import ALL_SOURCE_LABELS

# markdown-it-py reads ~150 KB/s here and some inputs (a line of 100,000 "[") cost
# seconds per 100 KB; past this size the linear rules below take over, which remove
# the syntax that shows as noise (headings, emphasis, links, images, quotes, rules).
MAX_PARSED = 256 * 1024
# Nor past this many link and emphasis openers: each "[" costs markdown-it a bounded but
# deep scan (a 250 KB line of "![" took 15 s, 19x prose; real Markdown has a few thousand)
MAX_OPENERS = 5_000

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
_BLOCK_END = frozenset(
    {
        "paragraph_close",
        "heading_close",
        "list_item_close",
        "tr_close",
        "blockquote_close",
        "table_close",
        "bullet_list_close",
        "ordered_list_close",
    }
)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SENTENCE = re.compile(f"[{SENTENCE_END}]")


def looks_like_markdown(text: str) -> bool:
    return len(_SYNTAX.findall(text[:20000])) >= 2


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark, with tables and GFM's ~~strikethrough~~ (its text kept, never its tildes);
    # no linkify (a bare URL stays as written), nesting bounded
    parser = MarkdownIt("commonmark", {"maxNesting": 20}).enable(["table", "strikethrough"])
    # every link's target is allowed: no target is ever followed or shown, only the words; a refused one
    # ("[财经早餐](javascript:void(0);)", a WeChat header copied to Markdown) was left as its markup, shown raw
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    try:  # footnotes (tester s16 X4: CommonMark reads "[^1]: 脚注…" as a link definition, its text lost); the
        # plugins come with textual, a dependency
        from mdit_py_plugins.footnote import footnote_plugin
    except ImportError:  # pragma: no cover
        return parser
    # definitions stay where they are written (the tail rule moves them to the end and drops a note no one cites);
    # "^[inline notes]" stay as written (their text would be lost with no tail)
    return parser.use(footnote_plugin, inline=False, move_to_end=False)


# a GitHub alert's marker, the first line of its quote ("> [!NOTE]", "> [!WARNING]"): a renderer draws it as the
# callout's label, never as words (dev s24_02)
_ALERT_MARK = re.compile(r"\A\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|\Z)", re.IGNORECASE)
_INDENTED_HTML = re.compile(r"^\s*<(?:!--|/?[A-Za-z][A-Za-z0-9]*[\s>/])")


def _html_text(fragment: str) -> str:
    """The text of an HTML block or inline tag inside Markdown."""
    if "<" not in fragment:
        return fragment
    from .html import html_to_doc

    return html_to_doc(fragment).text


def _inline(children: list[Any]) -> str:
    out: list[str] = []
    for tok in children or ():
        kind = tok.type
        if kind in ("text", "code_inline"):
            out.append(tok.content)
        elif kind in ("softbreak",):
            out.append("\n")
        elif kind == "hardbreak":
            out.append("\n")
        elif kind == "html_inline":
            continue  # <br>, <span ...>: the tag itself; its text is in the text tokens around it
        elif kind == "footnote_ref":
            out.append(f"[{tok.meta.get('label') or tok.meta.get('id', 0) + 1}]")
        # images: dropped; link_open/close, strong, em: their text is in the children
    return _cjk_delims("".join(out))


# CommonMark's flanking rules refuse **…** and ~~…~~ between a hanzi and punctuation
# ("来自~~[澎湃新闻](…)~~", "这是**“重点”**"): the pair is left as text. A pair touching a
# CJK character outside is markup all the same: its text is kept, its delimiters dropped.
_CJK = re.compile(rf"[\u3000-\u303f{HAN_EXT_A}{HAN_BASIC}\uff00-\uffef“”‘’]")
_DELIM_PAIR = re.compile(r"(\*\*|~~)(\S(?:[^\n]{0,200}?\S)?)\1")  # spans bounded: linear on any line


def _cjk_delims(text: str) -> str:
    if "**" not in text and "~~" not in text:
        return text

    def unwrap(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        return m[2] if _CJK.match(before) or _CJK.match(after) or _CJK.match(m[2][0]) else m[0]

    return _DELIM_PAIR.sub(unwrap, text)


_LINK_WRAP = frozenset({"s_open", "s_close", "strong_open", "strong_close", "em_open", "em_close"})


_BAR_SEPARATOR = re.compile(r"^[\s|｜/／·•・,，、>»›\-–—\u00a0]*$")


def _link_only(children: list[Any], content: str) -> bool:
    """Is a paragraph one link and nothing else, with no sentence in it ("[北京新浪網](…/cobrand/)",
    "[原文链接](…)")? A page's link line, as html's link lines under an article: chrome. So is a bar of
    links with only separators between them ("[首页](…) | [手把手翻墙教程](…) | [网门安卓版](…)": a mirror's
    navigation, s18 dev), each a short name, whatever the whole bar's length."""
    kinds = [c.type for c in children or () if not (c.type == "text" and not c.content.strip())]
    kinds = [k for k in kinds if k not in _LINK_WRAP]
    if not kinds or kinds[0] != "link_open" or kinds[-1] != "link_close":
        return False
    if kinds.count("link_open") > 1:
        return _link_bar(children)
    words = content.strip()
    return 0 < len(words) <= LINK_HEADLINE_MAX and not _SENTENCE.search(words)


# A paragraph that is a day or an issue and one link to a headline
# ("2021年（第 147 期）：[寻找你愿意忍受的痛苦](…)"): an archive's pointer to another issue or post. Two or more in a
# row are a list of them (a weekly's "历史上的本周", dev-retired32 s35h_03), chrome as link lines are, with the
# heading over them; a numbered list of links ("1、[…](…)") is a digest's items, no pointer. Only when every label
# names an issue ("（第 147 期）") or the heading says the run points elsewhere (往期, 历史上的本周): a
# chronology's days, each with the report it links ("## 大事记" / "2020年1月23日：[武汉宣布…](…)"), are the
# article's own (review s37 R5)
_DATED_LABEL = re.compile(
    r"^\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)\s*"
    r"(?:[（(][^（）()\[\]\n]{0,16}[)）])?\s*[:：|｜·\-–—]?\s*$"
)
DATED_LINKS_MIN = 2
_ISSUE_LABEL = re.compile(r"[（(]\s*第\s*\d{1,5}\s*[期号號]\s*[)）]")
_POINTER_HEAD = re.compile(
    r"往期|过往|過往|历史上的|歷史上的|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|历史文章|歷史文章"
)


def _dated_link(children: list[Any]) -> int:
    """Is a paragraph a day's or an issue's label and one link to a headline, nothing after it (see above)? 0 if not,
    2 when its label names an issue, else 1."""
    kinds = [c.type for c in children or () if not (c.type == "text" and not c.content.strip())]
    kinds = [k for k in kinds if k not in _LINK_WRAP]
    if kinds.count("link_open") != 1 or kinds[-1] != "link_close" or kinds[0] != "text":
        return False
    label, words, depth = "", "", 0
    for c in children:
        if c.type == "link_open":
            depth += 1
        elif c.type == "link_close":
            depth -= 1
        elif c.type in ("text", "code_inline"):
            if depth:
                words += c.content
            else:
                label += c.content
    words = words.strip()
    if not (_DATED_LABEL.match(label) and 0 < len(words) <= LINK_HEADLINE_MAX and not _SENTENCE.search(words)):
        return 0
    return 2 if _ISSUE_LABEL.search(label) else 1


def _dated_runs(lines: list[str], dated: list[int], heads: list[int], issues: set[int]) -> list[int]:
    """The lines of runs of DATED_LINKS_MIN or more dated links (blank lines only between them) that point at other
    issues or posts (every label an issue's, in ``issues``, or a heading saying so: see above), and the heading right
    above each run."""
    out: list[int] = []
    run: list[int] = []
    for i in [*dated, -1]:
        if run and i >= 0 and not any(lines[j].strip() for j in range(run[-1] + 1, i)):
            run.append(i)
            continue
        if len(run) >= DATED_LINKS_MIN:
            above = next((j for j in range(run[0] - 1, -1, -1) if lines[j].strip()), -1)
            headed = above in heads and bool(_POINTER_HEAD.search(lines[above][:80]))
            if headed or all(j in issues for j in run):
                out.extend([above, *run] if above in heads else run)
        run = [i]
    return out


# A link to a headline that ends or turns on an exclamation or a question ("[谷歌，量子芯片重大突破！](…)",
# "[VPN已死？九种VPN替代技术](…)"), or a long one ("[首发!小米雷军两会上就汽车数据安全问题建言：关于构建…的
# 建议](…)"): no sentence of prose ("。"), a headline's. Alone it stays (a paragraph that is one link may be a
# sentence the author linked), but in a run of link lines (_link_only) most of which are plain headlines it is one of
# the run's items - a WeChat post's list of the account's other posts under it (dev s38_02, s38_05)
_STATED = re.compile(r"[。]")
RUN_LINK_MAX = 2 * LINK_HEADLINE_MAX
LINK_RUN_MIN = 3  # link lines in a run: two are a pair of the text's own pointers (a report's "3. […]", "4. […]")


def _run_link(children: list[Any], content: str) -> bool:
    """Is a paragraph one link and nothing else whose words are such a headline (see above)?"""
    kinds = [c.type for c in children or () if not (c.type == "text" and not c.content.strip())]
    kinds = [k for k in kinds if k not in _LINK_WRAP]
    if kinds[:1] != ["link_open"] or kinds[-1:] != ["link_close"] or kinds.count("link_open") != 1:
        return False
    words = content.strip()
    return 0 < len(words) <= RUN_LINK_MAX and not _STATED.search(words)


def _in_link_runs(lines: list[str], linked: list[int], exclaimed: list[int]) -> list[int]:
    """The headline links (_run_link) that stand in a run of LINK_RUN_MIN or more link lines, blank lines only
    between, at least as many of the run plain link lines (_link_only) as such ones."""
    plain = set(linked)
    out: list[int] = []
    run: list[int] = []
    for i in [*sorted({*linked, *exclaimed}), -1]:
        if run and i >= 0 and not any(lines[j].strip() for j in range(run[-1] + 1, i)):
            run.append(i)
            continue
        loud = [j for j in run if j not in plain]
        if loud and len(run) >= LINK_RUN_MIN and len(run) - len(loud) >= len(loud):
            out.extend(loud)
        run = [i]
    return out


def _links(children: list[Any]) -> int:
    return sum(c.type == "link_open" for c in children or ())


def _link_bar(children: list[Any]) -> bool:
    """Links, two or more, each a name no longer than LINK_HEADLINE_MAX with no sentence, and nothing but
    separators (|, ·, /, spaces) between them."""
    depth, name, names = 0, "", 0
    for c in children:
        if c.type == "link_open":
            depth, name = depth + 1, ""
        elif c.type == "link_close":
            depth -= 1
            words = name.strip()
            if not 0 < len(words) <= LINK_HEADLINE_MAX or _SENTENCE.search(words):
                return False
            names += 1
        elif c.type in ("text", "code_inline"):
            if depth:
                name += c.content
            elif not _BAR_SEPARATOR.match(c.content):
                return False
        elif c.type not in _LINK_WRAP and c.type not in ("softbreak", "html_inline", "image"):
            return False
    return names >= 2


_LABEL_END = re.compile(r"[:：]\s*$")
# a label that points elsewhere ("相关阅读：", "下一篇：") names no field; as html's _NAV_LABEL
_NAV_LABEL = re.compile(r"[上下]一[篇条页章则]|相关|推荐|延伸|热门|热点|更多|阅读|猜你|专题|返回")
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|ofd|zip|rar|txt|csv)(?:[?#]|$)", re.IGNORECASE)


def _labelled(lines: list[str], children: list[Any]) -> bool:
    """Is a one-link paragraph content: a document the text lists (an attachment: .pdf, .docx,
    .xlsx), or the value of the label above it ("相关文件：", "附件：", "来源：")? A link line
    under a label that points elsewhere ("相关阅读：") is still a link line."""
    for c in children or ():
        if c.type == "link_open" and _DOCUMENT.search(str(c.attrGet("href") or "")):
            return True
    above = next((line for line in reversed(lines) if line.strip()), "")
    return bool(_LABEL_END.search(above)) and not _NAV_LABEL.search(above[-12:])


COPY_NOTE_MAX = 60  # characters of a line of a copy's note, its address aside
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _copy_note(lines: list[str]) -> bool:
    """Is a closing block quote a copy's note: an address, and short lines that end no sentence?"""
    return (
        0 < len(lines) <= 4
        and any(_ADDRESS.search(line) for line in lines)
        and all(len(_ADDRESS.sub("", line)) <= COPY_NOTE_MAX and not _SENTENCE.search(line) for line in lines)
    )


_FENCE = FENCE


# A page saved as Markdown (a feed reader's or a clipper's copy: the site's menu, the author's card, other stories'
# lists around the article; tester s24 T3, T4, T14) is read as html reads a page: by its blocks' structure and links.
_PROSE_LINE = re.compile(rf"^.{{40,}}[{SENTENCE_END}{CLOSE_QUOTE}]$")
# a link that shares the page (微博 / QQ / Facebook's share endpoints, Twitter's intent): a button, never words
_SHARE_TARGET = re.compile(
    r"(?:^|[/.])(?:share|sharer)(?:\.php|[/?.]|$)|/intent/tweet|addthis|sharethis", re.IGNORECASE
)
_SHARE_WORDS = re.compile(r"分享|分享到|转发|轉發|\bshare\b|\btweet\b", re.IGNORECASE)
# the page's comment section opens at a heading or a link in comment software's words (clean's table: "发表评论",
# "[回复](…)"), or a link to the comment form (/comments?…, #respond)
_SOURCE_LINE = re.compile(rf"^{alternation(ALL_SOURCE_LABELS)}[ \t\u3000]*[:：][ \t\u3000]*\S")
# a field of the page's date: a label and a colon before a whole date ("发布时间：2024-05-13 09:16",
# "日期：2024年5月13日"); a reader's post is a handle and a time with no colon, or a handle and words after it
_DATE_FIELD = re.compile(
    rf"^[{HAN_BASIC}]{{2,6}}[ \t\u3000]*[:：][ \t\u3000]*(?:19|20)\d\d\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}"
)
_COMMENTS_TARGET = re.compile(r"[/?#&](?:comments?|respond|reply)\b", re.IGNORECASE)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _prose(line: str) -> bool:
    return any(_PROSE_LINE.match(part.strip()) for part in line.split("\n"))


def _link_letters(children: list[Any]) -> tuple[int, int, int]:
    """Links, the letters inside them and all letters of an inline's words (letters, digits, hanzi: as html's
    _link_share, a separator between links does not count)."""
    depth = links = inside = letters = 0
    for c in children or ():
        if c.type == "link_open":
            depth, links = depth + 1, links + 1
        elif c.type == "link_close":
            depth = max(0, depth - 1)
        elif c.type in ("text", "code_inline"):
            n = sum(ch.isalnum() for ch in c.content)
            letters += n
            inside += n if depth else 0
    return links, inside, letters


def _without_share_links(children: list[Any]) -> list[Any]:
    """The inline's tokens less each share button ("[新浪微博分享](//service.weibo.com/share/share.php?…)"): a link to a
    share endpoint whose words say share. Any other link keeps its words (review s25 R11: a netdisk's /share/ link,
    "[官方下载地址](https://pan.baidu.com/share/init?…)", is the text's download link)."""
    if not any(c.type == "link_open" and _SHARE_TARGET.search(str(c.attrGet("href") or "")) for c in children):
        return children
    out: list[Any] = []
    held: list[Any] | None = None  # a share endpoint's link, read to its end before it is judged
    depth = 0
    for c in children:
        if held is not None:
            held.append(c)
            depth += (c.type == "link_open") - (c.type == "link_close")
            if not depth:
                words = "".join(t.content for t in held if t.type in ("text", "code_inline"))
                if not _SHARE_WORDS.search(words):
                    out += held
                held = None
        elif c.type == "link_open" and _SHARE_TARGET.search(str(c.attrGet("href") or "")):
            held, depth = [c], 1
        else:
            out.append(c)
    return out + (held or [])


# A report's cover under its title, when the title is repeated over the text after the contents page (an OCR'd
# investigation report: "# …事故调查报告" / "上海市人民政府事故调查组" / "2025年4月" / contents / "# …事故调查报告",
# dev-retired33 s36h_05): the issuing body and the month, each a line alone, are the document's, not a site's header
# (a menu's items are links). Only the lines right under the title, no link among them, each a date or a body's name.
_COVER_DATE = re.compile(
    r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$|^(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?$"
)
_COVER_BODY = re.compile(
    rf"^[{HAN_BASIC}（）()·]{{2,30}}(?:调查组|調查組|工作组|工作組|专家组|專家組|委员会|委員會|人民政府|办公厅|辦公廳"
    r"|办公室|辦公室|局|厅|廳|部|署|院|中心|协会|協會|学会|學會)$"
)


def _cover_end(lines: list[str], title: int, again: int, linked: list[int]) -> int:
    """The first line under the title (line ``title``) that is no line of its cover (see above), before ``again``."""
    links = set(linked)
    i = title + 1
    while i < again:
        line = lines[i].strip()
        if line and (i in links or len(line) > 30 or not (_COVER_DATE.match(line) or _COVER_BODY.match(line))):
            break
        i += 1
    return i


def _page_chrome(
    lines: list[str], heads: list[int], dense: set[int], comments: list[int], linked: list[int]
) -> set[int]:
    """The lines of a page's chrome around its article, when the Markdown is a saved page: between the document's
    headline and the same headline repeated as a heading (the site's menu and header stand between), when no prose
    does; a paragraph of links (a tag line, a menu: LINK_BLOCK_LINKS links making most of its letters) above the
    first prose; and from a comment section's heading or link, when prose stands above it and none below."""
    prose = [i for i, line in enumerate(lines) if _prose(line)]
    if not prose:
        return set()  # no article in prose: a list, a digest, a table; nothing is judged chrome
    drop: set[int] = set()
    if heads:
        first = _squeezed(lines[heads[0]])
        again = next((h for h in heads[1:] if _squeezed(lines[h]) == first), None)
        if first and again is not None and not any(heads[0] < i < again for i in prose):
            drop.update(range(_cover_end(lines, heads[0], again, linked), again + 1))
    drop.update(i for i in dense if i < prose[0])
    if (cut := next((i for i in comments if prose[0] < i), None)) is not None and prose[-1] < cut:
        # a labelled source or date line stays (a page puts "来源：人民日报" under its comment link; review s25 R13)
        drop.update(
            i
            for i in range(cut, len(lines))
            if not (_SOURCE_LINE.match(lines[i].strip()) or _DATE_FIELD.match(lines[i].strip()))
        )
    return drop


PAGE_SOURCE_LONG = 2000  # characters of a whole page's source pasted beside a text: a site's page, not an example
PAGE_SOURCE_PROSE = 100  # characters of prose (lines with a sentence end) beside a pasted page's source, for the
# document to have a text of its own
_PROSE_END = re.compile("[。！？]")


_PAGE_ROOT = re.compile(r"\A\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
REPEATED_SENTENCE = 20  # characters of a sentence of the markup's text found again in the document's own


def _pasted_pages(lines: list[str], pages: list[tuple[int, int, str]]) -> None:
    """The code blocks of HTML that are a page's source, not code to show: markup whose text repeats a sentence the
    document already has (the item's own page copied under it), or a whole page of a site's length beside the
    document's prose (PAGE_SOURCE_LONG: its source cut before the article), goes, with the heading that labels it;
    a whole page (a doctype, <html> or <body> first) in a document with no text of its own is read as the page it
    is; any other block stays as written (a tutorial's complete example page: review s30 R7)."""
    skip = {i for i, _, _ in pages}
    own = "".join("".join(line.split()) for i, line in enumerate(lines) if i not in skip)
    for i, label, code in pages:
        whole = _PAGE_ROOT.match(code) is not None
        text = _html_text(code) if whole or own else ""
        if _repeats(text, own) or (whole and len(code) >= PAGE_SOURCE_LONG and _has_prose(lines, skip)):
            lines[i] = ""
            if label >= 0:
                lines[label] = ""  # the block's heading ("HTML原始内容") labels nothing now
        elif whole and not _has_prose(lines, skip):
            lines[i] = text


def _repeats(text: str, own: str) -> bool:
    """Does a sentence of ``text`` (REPEATED_SENTENCE characters or more) stand in ``own`` already?"""
    for sentence in _SENTENCE_SPLIT.split(text):
        key = "".join(sentence.split())
        if len(key) >= REPEATED_SENTENCE and key in own:
            return True
    return False


_SENTENCE_SPLIT = re.compile("[。！？\n]")


def _has_prose(lines: list[str], skip: set[int]) -> bool:
    size = sum(len(line) for i, line in enumerate(lines) if i not in skip and _PROSE_END.search(line))
    return size >= PAGE_SOURCE_PROSE


# A page converted to Markdown by a reader service (r.jina.ai's "Title: …", "URL Source: …", "Published Time: …",
# "Markdown Content:"): the converter's header of fields above the page, no text of it (the page's own headline
# follows). Read only as that whole header: its title and its address lines, then the content's label.
_READER_HEADER = re.compile(
    # (a blank line is "[ \t\r]*\n", one way only: no repeat that can take the same blanks two ways, review s33 R5)
    r"\A\ufeff?[ \t\r\n]*Title:(?P<title>[^\n]{0,300})\n(?:[ \t\r]*\n)*URL Source:[ \t]*(?P<url>\S{1,2000})[ \t\r]*\n"
    r"(?:(?:[ \t\r]*\n)*(?:Published Time|Warning|Number of Pages):[^\n]{0,300}\n)*(?:[ \t\r]*\n)*"
    r"Markdown Content:[ \t\r]*\n"
)


def reader_header(text: str) -> tuple[str, str] | None:
    """A reader service's header (_READER_HEADER): its Title field (the page's <title>, the site's name after the
    headline as the page gives it) and its URL Source (the page's address); None when the text opens otherwise."""
    if not text.lstrip("\ufeff \t\r\n").startswith("Title:") or not (m := _READER_HEADER.match(text)):
        return None
    return m["title"].strip(), m["url"]


# the block quote a document opens with above its headline (markdown_to_text drops it as the copy's note): a
# translation's header of original, translator and publisher lines (dev-retired32 s35h_04), a scraper's source lines
_NOTE_REACH = 4000  # characters of the document's start
_NOTE_LINES = 30
_QUOTE_LINE = re.compile(r"^\s{0,3}>\s?(?:[-*+]\s+)?(?P<rest>.*)$")
_RULE_LINE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_LINK = re.compile(r"!?\[(?P<text>[^\[\]\n]{0,300})\]\([^()\s]{0,500}(?:\s+\"[^\"\n]{0,200}\")?\)")


def quoted_note(text: str) -> str:
    """The lines of the block quotes above a Markdown document's first H1, with nothing else above it: the
    copy's note that the text leaves out, read for where the text came from as a page's lines above its article
    are. Links are their text; "" when anything but quotes and rules stands above the headline."""
    lines: list[str] = []
    for k, line in enumerate(text[:_NOTE_REACH].splitlines()):
        if k >= _NOTE_LINES:
            return ""
        if line.startswith("# "):
            return "\n".join(lines)
        if not line.strip() or _RULE_LINE.match(line):
            continue
        if not (m := _QUOTE_LINE.match(line)):
            return ""
        lines.append(_MD_LINK.sub(lambda x: x["text"], m["rest"]).replace("**", "").replace("__", "").strip())
    return ""


# A publisher's note closing the document in block quotes, as it opened it (a translation community's
# "> 如果发现译文存在错误…欢迎到 [掘金翻译计划](…) 对译文进行修改并 PR" and
# "> [掘金翻译计划](…) 是一个翻译优质互联网技术文章的社区…", under a rule, dev-retired32 s35h_04, whose opening quote
# says "译文出自：[掘金翻译计划](…)"): the last top-level quotes,
# nothing but rules between them and after, each linking an address the opening note links. The opening note is the
# copy's (dropped above the headline); the closing one linking the same publisher is its too. A closing quotation
# linking elsewhere, or a document with no quoted note above its headline, keeps its quotes.
def _addresses(children: list[Any] | None) -> set[str]:
    """The addresses an inline links, each as host and path (no scheme, fragment or last slash; the first address
    inside a target a copy mangled, "%5Bhttps://github.com/xitu/gold-miner%5D(https://…)")."""
    out: set[str] = set()
    for c in children or ():
        if c.type == "link_open" and (m := _ADDRESS_IN.search(unquote(str(c.attrGet("href") or "")[:500]))):
            out.add(m[1].rstrip("/").lower())
    return out


_ADDRESS_IN = re.compile(r"https?://([^\s\[\]()#?]{1,300})")


def _closing_notes(lines: list[str], quotes: list[list[Any]], noted: set[str]) -> int:
    """Where the document's closing notes start (see above), len(lines) for none."""
    start, end = len(lines), len(lines)
    for first, after, addresses in reversed(quotes):
        if after < 0 or any(line.strip() for line in lines[after:end]) or not addresses & noted:
            break
        start, end = first, first
    return start


# An OCR'd document's note marks set as inline math, a superscript alone between dollars ("未按规定 $ ^{①} $ 制动停车",
# "第十九条 $ ^{②} $ 和", "$ ^{[9]} $": a PDF-to-Markdown converter's footnote references, dev-retired33 s36h_01-07):
# no reader renders the math, so the dollars and braces were shown; the mark is what the page shows, as a Markdown
# footnote's reference is shown. Outside code; any other math stays as written.
_MATH_MARK = re.compile(r"(?<!`)[ \t]?\$ ?[\^_]\{([^{}$`\n]{1,12})\} ?\$[ \t]?(?!`)")


def _math_marks(text: str) -> str:
    """The text with each inline-math note mark as its mark (see _MATH_MARK), outside fenced code."""
    if "^{" not in text and "_{" not in text:
        return text
    parts = _FENCE.split(text)
    return "".join(_MATH_MARK.sub(lambda m: m[1].strip(), part) if k % 4 == 0 else part for k, part in enumerate(parts))


# A list of a record's fields right under the headline, written by the program that saved the document (a
# transcript archive's "- 数据源：…" / "- 聚合页：https://…" / "- 新闻条数：23" /
# "- 抓取时间：2026-09-04T05:54:39+08:00", dev-retired34 s37h_01-02): where and when the copy was taken, no text of
# the article. Every item a short label and its value, and at least FIELD_LIST_MACHINE of the values a machine's (an
# address, an ISO 8601 moment, a bare count): a list of an event's time, place and host under a notice's headline is
# the notice's own and stays.
FIELD_LIST_ITEMS = 3
FIELD_LIST_MACHINE = 2
_FIELD_ITEM = re.compile(rf"^([{HAN_BASIC}A-Za-z_ ]{{1,12}})[:：][ \t]*(\S.*)$")
_MACHINE_VALUE = re.compile(r"^(?:https?://\S+|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\S*|\d{1,9})$")


def _field_list(lines: list[str]) -> bool:
    items = [line.strip() for line in lines if line.strip()]
    found = [_FIELD_ITEM.match(item) for item in items]
    return (
        len(items) >= FIELD_LIST_ITEMS
        and all(found)
        and sum(bool(_MACHINE_VALUE.match(m[2].strip())) for m in found if m) >= FIELD_LIST_MACHINE
    )


# A link's or a picture's address a converter broke over a line ("![](https://mmbiz.qpic.cn/…/640?wx_fmt=jpeg\n&from;=
# appmsg)", a WeChat backup's Markdown, dev s41_01): no destination holds a line break, so the parser read none and
# the markup and the address were shown as text. An address is whole when its line ends inside it, no space in it, and
# its next line opens with the rest and the closing parenthesis: the break goes.
_BROKEN_DESTINATION = re.compile(r"(\]\(<?https?://[^\s()<>]{1,2000})[ \t]*\r?\n[ \t]*([^\s()<>\[\]]{1,500}>?\))")


# A template's output tag in a link's or an image's destination, which the site's builder fills in with an address
# ("![宿舍楼]({{ site.IMG_PATH }}/a.jpg)", Jekyll's Liquid, dev s48b_01; "]({{ site.baseurl }}/x)", Hugo's
# "]({{< ref "p" >}})"): the blanks inside the tag make no destination CommonMark reads, so the image's markup and its
# path were shown as text.
# The tag's blanks go (it stays an address, whatever it names): the parser reads the image or link as the built page
# shows it. Address characters then the tags, each bounded and none holding a brace: one way to read a line.
_TEMPLATED_DESTINATION = re.compile(
    r"\]\(<?[^\s(){}]{0,300}\{\{[^{}\n]{1,200}\}\}(?:[^\s(){}]{0,300}\{\{[^{}\n]{1,200}\}\}){0,3}"
)


def _without_tag_blanks(m: re.Match[str]) -> str:
    return m[0].replace(" ", "").replace("\t", "")


def markdown_to_text(text: str) -> str:
    if text.lstrip("\ufeff \t\r\n").startswith("Title:"):
        text = _READER_HEADER.sub("", text, count=1)
    if "](" in text:
        text = _BROKEN_DESTINATION.sub(r"\1\2", text)
        if "{{" in text:
            parts = FENCE.split(text)  # outside, fence, inside, fence, outside…: code shows the tag as written
            parts[::4] = [_TEMPLATED_DESTINATION.sub(_without_tag_blanks, part) for part in parts[::4]]
            text = "".join(parts)
    text = _math_marks(markdown_source(text))
    if len(text) > MAX_PARSED or text.count("[") + text.count("*") + text.count("_") > MAX_OPENERS:
        for pattern, replacement in _RULES:
            text = pattern.sub(replacement, text)
        return text
    try:
        tokens = _parser().parse(text)
    except RecursionError:  # nesting past Python's stack: the linear rules read it
        for pattern, replacement in _RULES:
            text = pattern.sub(replacement, text)
        return text
    lines: list[str] = []
    linked: list[int] = []  # lines that are one link and nothing else
    cells: list[str] | None = None
    previous = ""
    quoted_only = True  # nothing yet but block quotes at the top level, above any headline
    rule = -1  # where the last thematic break ("* * *", "---") stood
    note = ""
    last_quote = -1  # where the document's closing top-level block quote starts, if it closes with one
    opened = ""  # the block the last paragraph opened in
    heads: list[int] = []  # lines that are headings
    dense: set[int] = set()  # paragraphs of links
    comments: list[int] = []  # a comment section's heading or link
    dated: list[int] = []  # paragraphs that are a day's label and a link (_dated_link)
    issues: set[int] = set()  # those whose label names an issue
    exclaimed: list[int] = []  # paragraphs that are one link to a headline with a "！" or "？", or long (_run_link)
    pages: list[tuple[int, int, str]] = []  # code blocks of HTML: (line, its heading's line or -1, the code)
    quotes: list[list[Any]] = []  # the top-level block quotes: [first line, line after, the addresses they link]
    noted: set[str] = set()  # the addresses the quoted note above the headline links
    under_h1 = False  # the last top-level block was the headline
    fields = [-1, -1]  # the lines of the list right under the headline (see _field_list)
    for tok in tokens:
        kind, after = tok.type, previous
        previous = kind
        if tok.level == 0 and tok.nesting == 1:
            if kind == "bullet_list_open" and under_h1 and fields[0] < 0:
                fields[0] = len(lines)
            under_h1 = False
        elif tok.level == 0 and kind == "heading_close" and tok.tag == "h1":
            under_h1 = True
        elif tok.level == 0 and kind == "bullet_list_close" and fields[0] >= 0 and fields[1] < 0:
            fields[1] = len(lines)
        if kind == "paragraph_open":
            opened = after
        if quoted_only and tok.level == 0:
            if kind == "heading_open" and tok.tag == "h1":
                # the document's headline under nothing but a quoted note (an archive's "extracted
                # by a script, the official link governs", "not subject to copyright"): the note is
                # the copy's, as a page's text above its headline is the page's, not the article
                lines, linked, exclaimed = [], [], []
                quoted_only = False
                noted = {a for q in quotes for a in q[2]}
                quotes = []
            elif kind not in ("blockquote_open", "blockquote_close", "hr"):
                quoted_only = False
        if tok.level == 0 and tok.nesting == 1:
            last_quote = len(lines) if kind == "blockquote_open" else -1
            if kind == "blockquote_open":
                quotes.append([len(lines), -1, set()])
        elif tok.level == 0 and kind == "blockquote_close" and quotes:
            quotes[-1][1] = len(lines)
        if kind == "footnote_reference_open":
            note = f"[{tok.meta.get('label') or tok.meta.get('id', 0) + 1}] "  # the note's mark, on its first line
        if kind == "inline":
            if quotes and quotes[-1][1] < 0:
                quotes[-1][2].update(_addresses(tok.children))
            children = _without_share_links(tok.children or [])
            content = _inline(children)
            if after == "paragraph_open" and "{" in content:
                content = without_scripts(content)  # a saved page's inline script, left as a paragraph
            if after == "heading_open":
                heads.append(len(lines))
            links, inside, letters = _link_letters(children)
            if after == "paragraph_open" and links >= LINK_BLOCK_LINKS and inside >= letters * LINK_BLOCK_SHARE:
                dense.add(len(lines))
            if (after == "heading_open" or (links == 1 and inside == letters)) and (
                comments_words(content, label=True)
                or any(
                    c.type == "link_open" and _COMMENTS_TARGET.search(str(c.attrGet("href") or "")) for c in children
                )
            ):
                comments.append(len(lines))
            if after == "paragraph_open" and opened == "blockquote_open" and content.startswith("["):
                content = _ALERT_MARK.sub("", content)
            if note:
                content, note = note + content, ""
            # (a heading that is one link is the headline an archive links to its page: only a bar of links goes)
            if (
                (after == "paragraph_open" or (after == "heading_open" and _links(tok.children) >= 2))
                and _link_only(children, content)
                and not _labelled(lines, children)
            ):
                linked.append(len(lines))  # dropped below, unless the links are the document
            elif after == "paragraph_open" and cells is None and (label := _dated_link(children)):
                dated.append(len(lines))
                if label == 2:
                    issues.add(len(lines))
            elif (
                after == "paragraph_open"
                and cells is None
                and _run_link(children, content)
                and not _labelled(lines, children)
            ):
                exclaimed.append(len(lines))
            if cells is not None:
                cells.append(" ".join(content.split()))
            else:
                lines.append(content)
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close":
            if cells is not None and any(cells):
                lines.append(" | ".join(c for c in cells))
            cells = None
        elif kind == "code_block" and _INDENTED_HTML.match(tok.content):
            # HTML indented four spaces or more (an archive's template: <style>, <div>) reads as
            # an indented code block in CommonMark; it is the page's markup, not code to show
            lines.append(_html_text(tok.content))
        elif kind in ("fence", "code_block") and looks_like_html(tok.content):
            # HTML as code: a snippet a document explains, or a page's source pasted under the item's own text (an
            # archive's "HTML原始内容" block, dev-retired25 s28h_06): decided below, once the document's text is known
            label = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
            pages.append((len(lines), label if label in heads else -1, tok.content))
            lines.append(tok.content)
        elif kind in ("fence", "code_block"):
            lines.append(tok.content)
        elif kind == "html_block":
            # a paragraph that opens with a tag ("<br />" over the text, dev s34_01) is an HTML block to CommonMark,
            # its Markdown unread: the author's **strong** pairs are markup all the same (their words kept)
            lines.append(_cjk_delims(_html_text(tok.content)))
        elif kind == "hr":
            rule = len(lines)
            continue
        if kind in _BLOCK_END:
            lines.append("")
    if fields[1] > fields[0] >= 0 and _field_list(lines[fields[0] : fields[1]]):
        lines[fields[0] : fields[1]] = [""] * (fields[1] - fields[0])  # (the other lists' places kept)
    if len(dated) >= DATED_LINKS_MIN:
        linked = sorted({*linked, *_dated_runs(lines, dated, heads, issues)})
    if exclaimed and linked:
        linked = sorted({*linked, *_in_link_runs(lines, linked, exclaimed)})
    if noted and quotes and (closing := _closing_notes(lines, quotes, noted)) < len(lines):
        del lines[closing:]
        linked = [i for i in linked if i < closing]
    if pages:
        _pasted_pages(lines, pages)
    if last_quote > 0 and _copy_note([line.strip() for line in lines[last_quote:] if line.strip()]):
        # the copy's closing note, quoted: where it was taken from and what the copyist did ("> 转载自微信推送 <link>",
        # "> 黑体为原文自带"), as a quoted note above the headline is (dev s16_21)
        del lines[last_quote:]
        linked = [i for i in linked if i < last_quote]
    if rule > 0:
        # an account's footer under the document's last rule ("* * *" / name, slogan, 投稿 e-mail,
        # "长按识别二维码"): a plug as clean reads one under a text file's "———"
        if plug_after_rule([line.strip() for line in lines[rule:] if line.strip()]):
            del lines[rule:]
            linked = [i for i in linked if i < rule]
    if chrome := _page_chrome(lines, heads, dense, comments, linked):
        at: dict[int, int] = {}  # a kept line's new index, in one pass (review s25 R10: a scan of the chrome per link)
        kept: list[str] = []
        for i, line in enumerate(lines):
            if i not in chrome:
                at[i] = len(kept)
                kept.append(line)
        lines, linked = kept, [at[i] for i in linked if i in at]
    if linked:
        # link lines under an article are a page's chrome; a digest whose body is its links
        # (a weekly list of reads, an index of posts) keeps them: past LINK_LINES_MAX of the
        # document's characters the links are the document, as html's link lines are
        size = sum(len(line.strip()) for line in lines)
        if sum(len(lines[i].strip()) for i in linked) <= size * LINK_LINES_MAX:
            drop = set(linked)
            lines = [line for i, line in enumerate(lines) if i not in drop]
    if "**" in text:
        lines = [_without_stray_stars(line) for line in lines]
    return "\n".join(lines)


# Emphasis marks that open and close nothing, a run of asterisks between blanks: "…的裂缝”。 ** ** **", "**** 受灾"
# (a converter's bold around a picture, its picture gone to its own line: dev s41_01). Markdown shows them as written;
# a reader sees marks, never words. In lines of Han text only ("2 ** 10" in code is an operator).
_STRAY_STARS = re.compile(r"(?<![^\s])\*{2,}(?:[ \t]+\*{2,})*(?![^\s])")
_HAN_CHAR = re.compile(f"[{HAN_BASIC}]")


def _without_stray_stars(line: str) -> str:
    if "**" not in line or not _HAN_CHAR.search(line):
        return line
    if not _STRAY_STARS.search(line):
        return line
    return "\n".join(" ".join(part.split()) for part in _STRAY_STARS.sub(" ", line).split("\n"))
