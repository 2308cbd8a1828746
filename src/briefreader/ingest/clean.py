"""Cleaning rules, each a small pure function from text to text.

The order matters and lives in :func:`clean_text` (character level) and
:func:`drop_boilerplate` (line level, run after script conversion so that its
patterns are written once, in Simplified).
"""

from __future__ import annotations

import ast
import re
import unicodedata
from collections import Counter

from ..punct import CJK_PUNCT as _CJK_PUNCT
from ..punct import (
    CLOSE_BRACKET,
    CLOSE_QUOTE,
    COMMA,
    HAN,
    HAN_BASIC,
    SEMICOLON,
    SENTENCE_END,
    SENTENCE_END_ZH,
    SENTENCE_OR_CLAUSE_END,
)
from ..rx import alternation
from ..safe import strip_controls
from .names import COMPOUND_SURNAMES, SURNAMES
from .patterns import DOC_NUMBER, match_dateline, signature_tail

_HAN = HAN

# --- pinyin artifacts: 發(fā) -> 發 --------------------------------------------------
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = rf"[a-zü{_TONED}]{{1,6}}"
_READING_MAX = 6 * 4 + 3  # four syllables and their spaces
_PINYIN = re.compile(
    # After any character: in damaged text the reading can follow a garbled one.
    # Spaces before a reading go with it ("發(fā) （zhǎn）"): otherwise folding the
    # space would bring the next reading next to the character, and cleaning twice
    # would drop more than cleaning once. The tone-mark look-ahead is bounded by the
    # longest reading, so a line full of unclosed "(" costs linear time.
    rf"(?<=[^\s(（])(?:[ \t\u3000\xa0]*[(（](?=[^)）]{{0,{_READING_MAX}}}[{_TONED}])"
    rf"{_SYLLABLE}(?: {_SYLLABLE}){{0,3}}[)）])+"
)


def drop_pinyin_artifacts(text: str) -> str:
    """Remove a parenthesized pinyin reading after a character (``發(fā)`` → ``發``).

    Only tone-marked pinyin counts, so ``(AI)`` or ``(de)`` stay: those are text.
    """
    if _TONED_CHAR.search(text) is None:  # every reading has a tone mark: most texts have none (issue 19)
        return text
    return _PINYIN.sub("", text)


_TONED_CHAR = re.compile(f"[{_TONED}]")


# --- width -----------------------------------------------------------------------
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH.update({0xFF05: ord("%"), 0xFF0E: ord(".")})  # ％ ．
# GBK's A3A0, typed as a full-width space on old pages, is U+3000 for a browser (the WHATWG
# Encoding Standard's index) but U+E5E5, a private-use character no font shows, for Python's
# gb18030 codec: "\ue5e5\ue5e5一、法官试验凡事谢恩\ue5e5\ue5e5" (a reference page)
_WIDTH[0xE5E5] = 0x3000
_WIDTH_CHAR = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH)) + "]")


# Look-alikes of ideographs: Kangxi radicals (a PDF made with Word writes 车 as ⾞ U+2F9E and
# 一 as ⼀ U+2F00), the radicals supplement, compatibility ideographs (U+F900-U+FAFF). Each
# looks like its ideograph and is not it: search, OpenCC and the figures' numerals miss it
# (tester s20 T4). Unicode's NFKC gives the ideograph (a radical's is its Traditional form:
# 車, 見), then Simplified as the text is read; one without a mapping stays as it is.
_LOOKALIKE_CHAR = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")
_lookalikes: dict[int, str] = {}


def fold_lookalikes(text: str) -> str:
    """Kangxi radicals and compatibility ideographs as the Simplified ideographs they stand
    for (⾞ → 车, ⼀ → 一); other text unchanged."""
    global _lookalikes
    if _LOOKALIKE_CHAR.search(text) is None:
        return text
    if not _lookalikes:  # built when first needed: OpenCC is not imported by clean's import
        from ..hanzi import to_simplified

        built = {}  # published whole: a thread never reads a half-built table (review s20 R18)
        for cp in (*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                built[cp] = to_simplified(folded)
        _lookalikes = built
    return text.translate(_lookalikes)


def normalize_width(text: str) -> str:
    """Full-width digits, letters, ％ and ． to ASCII; CJK punctuation stays; GBK's
    full-width space read as U+E5E5 is a space."""
    if _WIDTH_CHAR.search(text) is None:  # translate is slow on CJK text; most have none (issue 19)
        return text
    return text.translate(_WIDTH)


# --- whitespace ------------------------------------------------------------------
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A space between Chinese and a digit, or next to CJK punctuation, is typesetting
# noise ("交出了 8 组"); between two words or two ideographs it may be meant. After a
# numeral's scale character (億, 万, 千…) a space before a digit ends the number: "24億
# 3內地機構" folded would read as one figure, 24亿3.
_NUMERAL_SCALE = "十百千万萬亿億兆"
_SPACE_NEAR_CJK = re.compile(
    rf"(?<=[{_HAN}{_CJK_PUNCT}])(?<![{_NUMERAL_SCALE}]) (?=[0-9{_CJK_PUNCT}])"
    rf"|(?<=[{_NUMERAL_SCALE}]) (?=[{_CJK_PUNCT}])"
    rf"|(?<=[0-9{_CJK_PUNCT}]) (?=[{_HAN}{_CJK_PUNCT}])"
)


# A line set with a space after every character ("旺 角 发 生 一 宗 企 图 车 内 盗 窃 案，", RTHK's 2014 pages;
# a justified PDF heading "决 算 审 定 数"): when most pairs of neighbouring hanzi on the line stand a
# space apart, the spaces between hanzi are the typesetting's and go. Only a space with a hanzi on both sides:
# Latin words and numbers keep theirs; a line with a few spaces between names or words ("编辑 王明 李华") is
# under the share and stays as it is.
_SPACED_PAIR = re.compile(rf"(?<=[{_HAN}]) (?=[{_HAN}])")
_GLUED_PAIR = re.compile(rf"[{_HAN}](?=[{_HAN}])")
SPACED_SHARE = 0.8  # of the neighbouring hanzi pairs, a space apart
SPACED_MIN = 4  # pairs a space apart, at least


def join_spaced_hanzi(line: str) -> str:
    """A line whose hanzi are set a space apart (see above), with those spaces removed; else the line."""
    if " " not in line:
        return line
    spaced = len(_SPACED_PAIR.findall(line))
    if spaced < SPACED_MIN or spaced < (spaced + len(_GLUED_PAIR.findall(line))) * SPACED_SHARE:
        return line
    return _SPACED_PAIR.sub("", line)


def fold_whitespace(text: str) -> str:
    """Spaces folded; a run of blank lines is one blank line (a paragraph break the
    source marked, for :func:`join_broken_lines`), none at either end."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = _SPACE_NEAR_CJK.sub("", join_spaced_hanzi(_SPACES.sub(" ", raw).strip()))
        if line[:1].isdigit() and raw[:1].isspace() and out and out[-1][-1:].isdigit():
            # "…游客12\n 3万": the source had a space between two numbers where it wrapped;
            # one is kept, so that joining a wrapped number (join_broken_lines) never glues them
            line = " " + line
        if line or (out and out[-1]):
            out.append(line)
    if out and not out[-1]:
        out.pop()
    return "\n".join(out)


# A web page's text saved as a plain text (a scraper's "text" of the page, or a page copied with select-all): its menus,
# its breadcrumb, its scripts, the site's module lists and its footer a line each, around the article's few paragraphs
# (dev s26_09: 国际珠宝网's menu items, "正瀚珠宝 | HK香港珠宝 | …", setTab()'s lines, "国际珠宝网 > 资讯 > 国际新闻 >",
# the headline, the article, ">> 相关新闻" over forty headlines, the QQ group, the ICP line, the chat widget). The
# article is the block of prose lines (PAGE_PROSE_GAP short lines at most between two of them) holding most prose; the
# lines on one side of it go when they are the page's, by what they ARE: PAGE_EDGE_LINES at least, nearly all short or
# code (PAGE_EDGE_SHARE), and two kinds of the page's furniture among them at least (a script's line, a breadcrumb, a
# bar of links, a menu's run of items, a heading pointing elsewhere, the site's rights or ICP line). A document's own
# lists and tables (a communiqué's rows, a regulation's contents) carry no such furniture and stay. Above the article
# its headline and its date line stay: the lines right above the block up to the first piece of furniture,
# PAGE_HEAD_LINES at most. Below it, the page's from its first piece of furniture (a credit line right under the
# article stays, for the metadata).
PAGE_PROSE_GAP = 3
PAGE_EDGE_LINES = 8
PAGE_EDGE_SHARE = 0.8
PAGE_FURNITURE_KINDS = 2
PAGE_HEAD_LINES = 3
PAGE_SHORT_LINE = 30  # characters of a menu's or a list's line at most
_PAGE_PROSE_MARK = re.compile(f"[{SENTENCE_END_ZH}；]")
_CRUMB_SPLIT = re.compile(r"[>»›＞]+")
CRUMB_ITEM_MAX = 20
# (the pointing word alone or with what it lists: "相关新闻", ">> 热点图片", "热门"; "相关技术控制要点的;" is a
# table's cell)
_POINTING_HEAD = re.compile(
    r"^[>»›＞\s]*(?:(?:相关|相關|热门|熱門|热点|熱點|推荐|推薦|最新|更多|精彩|猜你喜欢|猜你喜歡)"
    r"(?:新闻|新聞|阅读|閱讀|文章|报道|報導|资讯|資訊|推荐|推薦|图片|圖片|视频|視頻|影音|专题|專題|链接|鏈接|连结|連結"
    r"|内容|內容|排行|话题|話題|新讯|新訊|图集|圖集)?|[上下]一[篇条條页頁])[：:]?$"
)
_CRUMB_MARKS = frozenset((">", "»", "›", "＞", ">>", "»»"))
PAGE_MENU_RUN = 10
_MENU_ITEM_MAX = 8
_MENU_ITEM = re.compile(
    rf"^[^0-9０-９{SENTENCE_END}{COMMA}{SEMICOLON}、：:.．（）()\[\]【】《》“”\"'|/<>@#&*+=_~·-]{{1,{_MENU_ITEM_MAX}}}$"
)
_SCRIPT_SYNTAX = re.compile(r"[{};=]|\$\(|\b(?:function|var|document|window)\b")
_BARRED = re.compile(r"\S\s?[|｜]\s?\S[^|｜]{0,30}[|｜]")


def _page_prose(line: str) -> bool:
    return (len(line) >= 20 and bool(_PAGE_PROSE_MARK.search(line))) or (len(line) >= 60 and line.count("，") >= 2)


def _crumb(line: str) -> bool:
    """Is a line a breadcrumb: short items between two marks at least ("国际珠宝网 > 资讯 > 国际新闻 >",
    "人民网>>天津频道 >>")? One split, no backtracking."""
    items = [item.strip() for item in _CRUMB_SPLIT.split(line)]
    closed = len(items) > 1 and not items[-1]  # (a mark closing the line: "资讯 > 国际新闻 >")
    if closed:
        items.pop()
    return len(items) >= (2 if closed else 3) and all(0 < len(item) <= CRUMB_ITEM_MAX for item in items)


def _furniture(line: str) -> str:
    """Which piece of a page's furniture a line is ("" for none)."""
    if line in _CRUMB_MARKS:
        return "crumb"
    if not _HAN_CHAR.search(line) and _SCRIPT_SYNTAX.search(line) and _program_line(line):
        return "code"
    if len(line) <= 80 and _crumb(line):
        return "crumb"
    if len(line) <= 160 and _BARRED.search(line):
        return "bar"
    if len(line) <= 16 and _POINTING_HEAD.match(line):
        return "pointer"
    if len(line) <= 160 and _SITE_MARK.search(line):
        return "rights"
    return ""


def _line_kinds(stripped: list[str]) -> list[str]:
    """Each line's piece of furniture (_furniture), and the page's that only their neighbours tell: the item under a
    breadcrumb's separator set on a line of its own ("财经 / > / 证券产业"), and a menu, PAGE_MENU_RUN items or more
    one under another (a word or two each, no digit, no mark: "即时 / 热门 / 政治 / …", dev-retired43 s46h_04)."""
    kinds = [_furniture(line) for line in stripped]
    for i in range(1, len(stripped)):
        if not kinds[i] and stripped[i - 1] in _CRUMB_MARKS and len(stripped[i]) <= _MENU_ITEM_MAX:
            kinds[i] = "crumb"
    run: list[int] = []
    for i in range(len(stripped) + 1):
        if i < len(stripped) and not kinds[i] and _MENU_ITEM.match(stripped[i]):
            run.append(i)
            continue
        if len(run) >= PAGE_MENU_RUN:
            for j in run:
                kinds[j] = "menu"
        run = []
    return kinds


def _page_edge(lines: list[str], kinds: list[str]) -> bool:
    """Are these lines (one side of the article; ``kinds`` theirs) a page's furniture (see PAGE_EDGE_LINES)?"""
    if len(lines) < PAGE_EDGE_LINES or len({k for k in kinds if k}) < PAGE_FURNITURE_KINDS:
        return False
    short = sum(1 for line in lines if len(line) <= PAGE_SHORT_LINE or _program_line(line))
    return short >= len(lines) * PAGE_EDGE_SHARE


def page_copy_article(lines: list[str]) -> list[str]:
    """A page's text (see PAGE_PROSE_GAP): its article with its headline, without the page around it; other lines as
    they are. ``lines`` are non-blank."""
    stripped = [line.strip() for line in lines]
    prose = [i for i, line in enumerate(stripped) if _page_prose(line)]
    if not prose or len(lines) < PAGE_EDGE_LINES + len(prose):
        return lines
    kinds = _line_kinds(stripped)
    best = (0, 0, 0)  # prose characters, first and last prose line of the block
    start = prose[0]
    weight = 0
    for k, i in enumerate(prose):
        # (a piece of furniture between two prose lines parts them: a module's heading over its teasers)
        if k and (i - prose[k - 1] - 1 > PAGE_PROSE_GAP or any(kinds[prose[k - 1] + 1 : i])):
            start, weight = i, 0
        weight += len(stripped[i])
        if weight > best[0]:
            best = (weight, start, i)
    _, first, last = best
    head = first
    while head > 0 and first - head < PAGE_HEAD_LINES and not kinds[head - 1]:
        head -= 1
    top = head if head > 0 and _page_edge(stripped[:head], kinds[:head]) else 0
    # under the article, the page's from its first piece of furniture (a credit or a source line right under the
    # article stays, for the metadata)
    foot = next((i for i in range(last + 1, len(lines)) if kinds[i]), len(lines))
    bottom = foot if foot < len(lines) and _page_edge(stripped[last + 1 :], kinds[last + 1 :]) else len(lines)
    return lines[top:bottom] if top or bottom < len(lines) else lines


# A page's head too thin for page_copy_article: the page's <title> first (the headline and the site's name:
# "宁夏戈壁崛起…场站--中国能源新闻网"), its masthead's line or two ("中电传媒股份有限公司主办"), then the headline
# as the page shows it (a scraper's content cell of a news site's page, dev-retired44 s47h_06 #2/#3). What it IS: the
# lines between the headline's two copies, the page's own, above the article: they go; both copies stay (the metadata
# reads them as the title). The first copy with a site's name after it (the <title>'s form), short lines only between,
# no sentence, byline, source or date among them, the second copy within PAGE_HEAD_REPEAT lines.
PAGE_HEAD_REPEAT = 4
# (a line the metadata reads stays: a byline, a source, a date)
_HEAD_FIELD = re.compile(r"记者|記者|作者|来源|來源|编辑|編輯|日期|时间|時間|发布|發布|\d")
_SITE_SUFFIX = re.compile(r"^(.{6,80}?)[ \t]*(?:--|——|－－|_|\||｜| - | – | — )[ \t]*[^\s|｜_]{2,24}$")


def _head_between_headlines(lines: list[str]) -> list[str]:
    """``lines`` (non-blank) less the page's head between the headline's two copies (see PAGE_HEAD_REPEAT)."""
    first = lines[0].strip() if lines else ""
    if len(first) > HEADLINE_LINE_MAX or _PAGE_PROSE_MARK.search(first) or not (m := _SITE_SUFFIX.match(first)):
        return lines
    head = m[1].strip()
    for k in range(2, min(len(lines) - 1, PAGE_HEAD_REPEAT + 1)):
        line = lines[k].strip()
        if line == head:
            between = [x.strip() for x in lines[1:k]]
            if all(len(x) <= PAGE_SHORT_LINE and not _page_prose(x) and not _HEAD_FIELD.search(x) for x in between):
                return [lines[0], *lines[k:]]
            return lines
        if len(line) > PAGE_SHORT_LINE or _page_prose(line):
            return lines
    return lines


def drop_blank_lines(text: str) -> str:
    """A plain text without its blank lines: in a text file they do not mark paragraphs
    reliably (a double-spaced file has one inside sentences), so a wrapped sentence may
    join across them; but one under a headline set apart stays (:func:`_headline_apart`). HTML
    blocks and Markdown paragraphs keep theirs. A page's script copied with its words goes too
    (:func:`_script_runs`): a plain text has no markup to tell it, and a script is no text
    (PRODUCT.md §4)."""
    every = without_scripts(scraped_lists(text)).split("\n")
    lines = _head_between_headlines(page_copy_article([line for line in every if line.strip()]))
    numbers = _page_numbers(lines)
    if numbers and (edges := _page_edges(lines, numbers)) is not None:
        # a paged document's text: its page numbers and running heads go first, so its other heads stand between prose
        numbers |= edges
        lines = [line for i, line in enumerate(lines) if i not in numbers]
    else:
        numbers = set()
    drop = _running_heads(lines, paged=bool(numbers))
    kept = [line for i, line in enumerate(lines) if i not in drop]
    if kept and kept[0] is lines[0] and (_headline_apart(every, lines) or _headline_over_lead(lines)):
        kept.insert(1, "")  # a blank line, which join_broken_lines never joins across
    return "\n".join(kept)


HEADLINE_LINE_MAX = 60  # characters of a headline line set apart above the text
_COMMA_IN = re.compile(f"[{COMMA}]")


def _headline_apart(every: list[str], lines: list[str]) -> bool:
    """Is a plain text's first line a headline the source set apart by a blank line? It ends in no sentence end,
    is a headline's length, a blank line follows it, and the text is not hard-wrapped (:func:`_wrap_width`: in a
    wrapped double-spaced text the first line is a piece of the first sentence). Its 、 and ： must not let the lead
    join it as a wrapped line (dev-retired22 s25_06: "…經濟學家警告：對台灣這些產業衝擊最慘" took the lead). A
    blank line between the paragraphs below proves nothing: a text copied from a PDF has one inside sentences."""
    first = next((i for i, line in enumerate(every) if line.strip()), None)
    if first is None or first + 1 >= len(every) or every[first + 1].strip() or len(lines) < 2:
        return False
    head = lines[0].strip()
    if len(head) > HEADLINE_LINE_MAX or _SENTENCE_END_CHAR.search(head) or _COMMA_IN.search(head):
        return False  # a comma: a sentence's clauses, cut by the blank line ("…，来自…的40名选手" / "交出了8组…")
    return _wrap_width(lines) == ("", 0)


_INDENT = re.compile(r"^[ \t\u3000]+\S")
_PARAGRAPH_MIN = 20  # characters of a line that is a paragraph of the text, not a heading or a byline
# a lead that opens with its day set off by a comma ("北京时间3月14日，…", "当地时间9日晚，…", "3月14日上午，…")
_LEAD_DAY = re.compile(
    r"^(?:北京时间|当地时间|北京時間|當地時間)?\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:[上下中]午|早上|早晨|晚上|晚间|凌晨|傍晚|夜间|晚|早)?[，,]"
)


def _headline_over_lead(lines: list[str]) -> bool:
    """Is a plain text's first line a headline set over its lead with no blank line between? It is a headline's
    length, ends in no sentence or clause end and holds no sentence's end, the text is not hard-wrapped, and where
    it stands says it is no piece of the lead: the paragraphs below open with an indent it has not (two full-width
    spaces, dev-retired36 s39h_04: a dateline line with the headline, then the byline and the lead indented), or the
    line below is the lead opening with its day ("北京时间3月14日，…", dev s40_05) and ending a sentence. A long
    headline's commas ("…拒绝逆转，菲利克斯·勒布伦爆冷淘汰林昀儒") do not make it a clause of the lead."""
    if len(lines) < 2:
        return False
    head = lines[0].strip()
    if not 8 <= len(head) <= HEADLINE_LINE_MAX or _SENTENCE_END_CHAR.search(head) or re.search("[。！？；]", head):
        return False
    if _wrap_width(lines) != ("", 0):
        return False
    paragraphs = [line for line in lines[1:] if len(line.strip()) >= _PARAGRAPH_MIN]
    if (
        len(paragraphs) >= 2
        and not _INDENT.match(lines[0])
        and all(_INDENT.match(line) for line in paragraphs)
        and all(_SENTENCE_END_CHAR.search(line.rstrip()) for line in paragraphs[:-1])
    ):
        return True
    below = lines[1].strip()
    return bool(_LEAD_DAY.match(below)) and bool(_SENTENCE_END_CHAR.search(below)) and len(below) >= _PARAGRAPH_MIN


# A scraper's text file that opens with the fields it scraped written as Python lists, str() of each XPath result
# one after the other ("['\\r\\n  headline\\r\\n  '][' 2018年08月09日 21:50\\u3000来源：', ' ', '\\u3000']", then
# the body: dev-retired23 s26h_02/03, a 中新网 scraper's 新闻.txt). What the opening IS — list literals of quoted
# strings, read as Python reads them (ast.literal_eval: escapes decoded, nothing run) — not any word in it: each
# string one line, the empty ones gone. Only at the text's start, where a scraper writes its fields; a list quoted in
# an article's own prose or code (x = ['a', 'b']) is not at the start, or not followed by text, and stays as written.
_QUOTED = r"""(?:'(?:[^'\\\n]|\\.){0,4000}'|"(?:[^"\\\n]|\\.){0,4000}")"""
_LIST_LITERAL = re.compile(rf"\[\s{{0,20}}{_QUOTED}(?:\s{{0,20}},\s{{0,20}}{_QUOTED}){{0,200}}\s{{0,20}},?\s{{0,20}}\]")
SCRAPED_LISTS = 20  # list literals at most read at a text's start
SCRAPED_LISTS_WITHIN = 65_536  # characters of the text's start they may take


def scraped_lists(text: str) -> str:
    """A text that opens with scraped fields written as Python list literals, each string of them on a line of its
    own (escapes decoded, empty strings dropped), the rest of the text after them on its own line; any other text
    as it is. At least one string holds a letter, and text follows the lists (a file that is only a list is data)."""
    at = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if not text.startswith("[", at):
        return text
    lines: list[str] = []
    for _ in range(SCRAPED_LISTS):
        m = _LIST_LITERAL.match(text, at)
        if m is None or m.end() > SCRAPED_LISTS_WITHIN:
            break
        try:
            items = ast.literal_eval(m.group())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            break
        lines += [" ".join(item.split()) for item in items if isinstance(item, str) and item.strip()]
        at = m.end()
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
    rest = text[at:]
    if not lines or not rest.strip() or not any(ch.isalpha() for line in lines for ch in line):
        return text
    return "\n".join([*lines, rest])


# A page's running head kept in a text copied from a paged document (a Word or PDF file's header, "洛阳市2023年
# 国民经济和社会发展统计公报" on every page: dev s21_03): the same line of no clause, again and again, between
# paragraphs of prose (where a page broke them). A table's head row repeated on each page stands over its rows: it
# stays. Above the first sentence the line is the headline: it stays there
RUNNING_HEAD_MIN = 10  # characters: a shorter line repeated is a label ("问：", "点评") or a cell
RUNNING_HEAD_REPEATS = 3  # times the line stands between prose
RUNNING_HEAD_PROSE = 40  # characters of a line of prose with a sentence end, on each side of the head
_CLAUSE_MARK = re.compile(f"[{SENTENCE_OR_CLAUSE_END}{COMMA}：:]")


# A page's number kept as a line of its own in a text copied from a paged document (pdftotext's output, a PDF copied
# as text): "- 3 -", "— 3 —", "3/12", "Page 3", or a bare "3". What makes them page numbers is their run through the
# text: each on a line of its own, counting up by one, far apart (a page of lines between two); a bare number or
# "3/12" only so, three times at least (a list's "1" "2" or a date "3/12" alone is no page's). ("第N页 共M页" alone
# is a page's controls too: _ui_line.)
_PAGE_DASHED = re.compile(
    r"^[-—–－~]{1,2}\s*(\d{1,4})\s*[-—–－~]{1,2}$|^(?:page|p\.)\s*(\d{1,4})(?:\s+of\s+\d{1,4})?$"
    r"|^第\s*(\d{1,4})\s*[页頁](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[页頁])?$",
    re.I,
)
_RULED_PAGE = re.compile(r"^((?:page|p\.)\s*\d{1,4}(?:\s+of\s+\d{1,4})?)\s*[-—_=]{3,200}$", re.I)
_PAGE_BARE = re.compile(r"^(\d{1,3})(?:\s*/\s*\d{1,3})?$")  # (never a year: a chronology's, review s30 R2/R3)
PAGE_LINES_APART = 4  # lines at least between two page numbers (a page holds more)
PAGE_NUMBERS_MIN = 2  # dashed numbers counting up, for their lines to be page numbers
PAGE_BARE_MIN = 3  # bare numbers counting up, likewise


def _page_numbers(lines: list[str]) -> set[int]:
    """Indexes of a paged document's page-number lines (see _PAGE_DASHED); none when they do not run through it."""
    found: dict[bool, list[tuple[int, int]]] = {True: [], False: []}  # dashed or bare: (index, number)
    for i, line in enumerate(lines):
        key = line.strip()
        if key[-3:] in ("---", "———", "___", "===") and (ruled := _RULED_PAGE.match(key)):
            key = ruled[1]  # a converter's page mark with the rule it draws under it ("Page 2------------", dev s40_01)
        if len(key) > 16:
            continue
        if m := _PAGE_DASHED.match(key):
            found[True].append((i, int(m[1] or m[2] or m[3])))
        elif m := _PAGE_BARE.match(key):
            found[False].append((i, int(m[1])))
    out: set[int] = set()
    for dashed, least in ((True, PAGE_NUMBERS_MIN), (False, PAGE_BARE_MIN)):
        run: list[tuple[int, int]] = []
        for i, n in found[dashed]:
            if run and n == run[-1][1] + 1 and i - run[-1][0] >= PAGE_LINES_APART:
                run.append((i, n))
                continue
            if len(run) >= least:
                out.update(k for k, _ in run)
            run = [(i, n)]
        if len(run) >= least:
            out.update(k for k, _ in run)
    return out


PAGE_EDGE_MIN = 2  # pages a line opens or closes (beside the page's number), for it to be a running head or foot


def _page_edges(lines: list[str], numbers: set[int]) -> set[int] | None:
    """Indexes of the running heads and feet of a paged text: the same line right after a page's number (the next
    page's head) or right before it (the page's foot) on PAGE_EDGE_MIN pages or more; there only (the same words as
    the title, above the first page, stay). None when the numbers are no pages' at all: a section's number over its
    heading counts up too ("1" / "服务京津，争当…": dev-retired22 s25_04). "- 3 -" and "第3页" are pages' numbers by
    their form; bare numbers only with running heads or feet beside every page's number but one, or a page that broke a
    sentence (the line above a number is running text, a clause in it, and ends in none of a sentence's ends; the
    line below goes on in hanzi). Hard wrapping alone says nothing of pages (review s30 R2)"""
    at: dict[str, list[int]] = {}
    for n in sorted(numbers):
        for i in (n - 1, n + 1):
            if 0 <= i < len(lines) and i not in numbers:
                key = "".join(lines[i].split())
                if key and not _PROSE_MARK.search(key) and i not in at.get(key, ()):
                    at.setdefault(key, []).append(i)
    # a head or foot beside every page's number but one (the first page has none): a line two pages share beside
    # their numbers may be a flattened table's row label (review s30 R3)
    least = max(PAGE_EDGE_MIN, len(numbers) - 1)
    edges = {i for found in at.values() if len(found) >= least for i in found}
    if edges or not any(_PAGE_BARE.match(lines[n].strip()) for n in numbers):
        return (
            edges  # ("- 3 -", "第3页" are pages' numbers by their form; a bare number needs more: a wrap says nothing)
        )
    for n in numbers:
        if 0 < n < len(lines) - 1 and n - 1 not in numbers and n + 1 not in numbers:
            above, below = lines[n - 1].rstrip(), lines[n + 1].lstrip()
            if (
                len(above) >= PAGED_TEXT_LINE
                and _CLAUSE_OR_COMMA.search(above)
                and not _SENTENCE_END_CHAR.search(above)
                and _OPEN_END.search(above)
                and _CONTINUES.match(below)
            ):
                return edges
    return None


PAGED_TEXT_LINE = 16  # characters of a line of running text beside a running head in a paged document's text
_CLAUSE_OR_COMMA = re.compile(f"[{SENTENCE_OR_CLAUSE_END}{COMMA}]")


def _running_heads(lines: list[str], paged: bool = False) -> set[int]:
    """Indexes of a running head's lines: a line of RUNNING_HEAD_MIN characters or more with no clause mark, standing
    RUNNING_HEAD_REPEATS times or more between lines of prose; not its first time above the first sentence. In a
    ``paged`` text (its page numbers were lines of their own) a page breaks a paragraph anywhere: a line of running
    text (a clause mark in it) on each side is prose enough, and a section's heading may stand under the head."""
    keys = [line.strip() for line in lines]
    heads = {
        key
        for key, n in Counter(keys).items()
        if n >= RUNNING_HEAD_REPEATS and len(key) >= RUNNING_HEAD_MIN and not _CLAUSE_MARK.search(key)
    }
    if not heads:
        return set()

    def prose(i: int) -> bool:
        if not 0 <= i < len(keys):
            return False
        if paged:
            return len(keys[i]) >= PAGED_TEXT_LINE and bool(_CLAUSE_OR_COMMA.search(keys[i]))
        return len(keys[i]) >= RUNNING_HEAD_PROSE and bool(_PROSE_MARK.search(keys[i]))

    runs: dict[str, list[tuple[int, int]]] = {}  # each head's runs of itself in a row: (first, last)
    i = 0
    while i < len(keys):
        j = i
        if keys[i] in heads:
            while j + 1 < len(keys) and keys[j + 1] == keys[i]:
                j += 1
            runs.setdefault(keys[i], []).append((i, j))
        i = j + 1
    out: set[int] = set()
    first = next((i for i, key in enumerate(keys) if _PROSE_MARK.search(key)), len(keys))
    for spans in runs.values():
        if sum(prose(a - 1) and (prose(b + 1) or (paged and prose(b + 2))) for a, b in spans) >= (
            RUNNING_HEAD_REPEATS if not paged else RUNNING_HEAD_REPEATS - 1
        ):
            out.update(i for a, b in spans for i in range(a, b + 1))
            if spans[0][0] < first:
                out.discard(spans[0][0])
    return out


# A page's program kept as text (its inline JavaScript or CSS: tester s25 T17's gov.cn record, "function
# goSearch(event) {" … "window.open(url, '_blank');" "}"; a saved page's script left as a Markdown paragraph,
# dev-retired20 s23_06): a run of lines with no Chinese sentence end, each a line of code (ending a statement or a
# block with ASCII punctuation, or a line comment) or with no hanzi ("return false"); SCRIPT_LINES lines or more,
# SCRIPT_SHARE of them code, its braces closing all they open. Blank lines neither break nor count (a scraper
# doubles a record's line breaks)
SCRIPT_LINES = 4
SCRIPT_SHARE = 0.75
_PROSE_MARK = re.compile(f"[{SENTENCE_END_ZH}]")  # (not "?": a script's conditional)
_HAN_CHAR = re.compile(f"[{_HAN}]")


def _code_line(line: str) -> bool:
    line = line.strip()
    return line.startswith(("//", "}", ")")) or line.endswith((";", "{", "}", ",", "(", ")"))


def _program_line(line: str) -> bool:
    return not _PROSE_MARK.search(line) and (_code_line(line) or not _HAN_CHAR.search(line))


# (and one statement of a page's script alone among the text's prose, where a scraper kept a template's inline code:
# "var size = ""; if(size.length > 5)$(".a1_video").parent().show();" between a notice's headline and its first
# paragraph, dev s37_05): a line that declares a variable or calls the page's library and ends a statement, no hanzi
# in it, prose on both sides and no colon above to introduce it (a tutorial's one line of code has one); lines of
# code among code (a post's samples) are the post's
_SCRIPT_STATEMENT = re.compile(
    r"^(?:(?:var|let|const)\s+[A-Za-z_$][\w$]{0,40}\s*=|(?:\$|jQuery|document|window)\s*[.(])[^\n]{0,300};$"
)


def _without_stray_script(lines: list[str]) -> list[str]:
    """The lines less each lone statement of a page's script among prose (see _SCRIPT_STATEMENT)."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        s = line.strip()
        if not s.endswith(";") or _HAN_CHAR.search(s) or not _SCRIPT_STATEMENT.match(s):
            continue
        above = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        below = next((lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()), "")
        if all(_HAN_CHAR.search(x) and not _code_line(x) for x in (above, below)) and not above.endswith(("：", ":")):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines


def without_scripts(text: str) -> str:
    """A text less the runs of its lines that are a program (see above)."""
    if "{" not in text or "}" not in text:
        return text
    lines = text.split("\n")
    drop: list[int] = []
    i = 0
    while i < len(lines):
        if not (lines[i].strip() and _program_line(lines[i])):
            i += 1
            continue
        run: list[int] = []
        while i < len(lines) and (not lines[i].strip() or _program_line(lines[i])):
            if lines[i].strip():
                run.append(i)
            i += 1
        opened = sum(lines[k].count("{") for k in run)
        if (
            len(run) >= SCRIPT_LINES
            and opened
            and opened == sum(lines[k].count("}") for k in run)
            and sum(_code_line(lines[k]) for k in run) >= len(run) * SCRIPT_SHARE
        ):
            drop += run
    if not drop:
        return text
    dropped = set(drop)
    return "\n".join(line for k, line in enumerate(lines) if k not in dropped)


# --- broken paragraphs -----------------------------------------------------------
_OPEN_END = re.compile(rf"[{_HAN}，、]$")
_CONTINUES = re.compile(rf"^[{_HAN}]")
# after an open clause ("…的两亿美元，"), a number with its unit or word goes on with it ("1500万拿去…",
# "30%的企业…": tester s23 T8, a Markdown soft break); a list's number ("1." "2、") does not
_CONTINUES_NUMBER = re.compile(rf"^\d+(?:\.\d+)?\s*(?:[%％]|[{_HAN}])")
_LABEL_START = re.compile(rf"^[{_HAN}]{{2,8}}[:：]")  # "联系电话：…" starts its own line
# A form's fields, each label spaced to the form's width and set off by a blank ("時　　間　中華民國101年…" /
# "地　　點　本院…" / "主　　席　…" folded to "时 间 …": a legislature's record, dev-retired34 s37h_05): a line of
# them each, never joined to the line above. Two such lines in a row at least: one line opening with spaced letters
# is a PDF's table cell or spaced text as often (dev-retired19 s22_05).
_SPACED_LABEL = re.compile(rf"^[{_HAN}](?: [{_HAN}]){{1,3}}[ :：]")
_CLAUSE = re.compile(f"[{COMMA}、{SEMICOLON}。]")
_LIST_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十0-9]+[)）]|\d+[.、])")
_MIN_WRAPPED = 25  # a hard-wrapped line is long; a heading is short
# A byline or a date line that ends in its full date ("记者 林晓 2022年2月13日", "本报记者 王明 2024-05-13
# 09:16", "新华日报 2022年2月13日 星期日"): a line of its own, never the rest of the headline above it (a
# headline with a comma is long enough to read as an open clause), and nothing after it joins it either
# (it has no clause)
_DATED_LINE = re.compile(
    rf"^[{_HAN}A-Za-z·/／ \t]{{0,24}}?"
    r"(?:(?:(?:19|20)\d\d|(?:中华|中華)?民[国國]\s*\d{2,3}|[〇○零一二三四五六七八九]{4})"  # ROC years, 二〇二二
    r"\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*[日号號]"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"(?:\s*[(（]?(?:星期|周|礼拜|禮拜)[一二三四五六日天][)）]?)?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    rf"(?:[ \t\u3000]+[{_HAN}A-Za-z0-9]{{2,12}})?\s*$"  # the outlet or the place after it: "… 杨浦时报"
)


def _continues(last: str, size: int, clause: bool, line: str) -> bool:
    """Is ``line`` the rest of a sentence that the paragraph so far left open?

    The paragraph is described by its last line, its length and whether it has
    clause punctuation. A wrapped line is body text (it has clause punctuation)
    stopped mid-clause; a headline has none, and a dateline or document number
    starts afresh. A signature set out after the last sentence ("…起施行。总理 李克强2017年12月25日", a plain text's
    order of promulgation) closes its paragraph: the document's name below it is no rest of it.
    """
    return bool(
        _OPEN_END.search(last[-1:])
        and clause
        and (size >= _MIN_WRAPPED or last.endswith(("，", "、")))
        and (_CONTINUES.match(line) or (last.endswith(("，", "、")) and _CONTINUES_NUMBER.match(line)))
        and not _LIST_START.match(line)
        and not _LABEL_START.match(line)
        and not DOC_NUMBER.search(line[:20])
        and not match_dateline(line)
        and not _DATED_LINE.match(line)
        and not signature_tail(last, spaced=True)
    )


_WRAP_MIN = 16  # a hard wrap narrower than this is no prose paragraph's
_WRAP_SHARE = 0.3  # of the lines at least _WRAP_MIN long, those at the width, for a text to be hard-wrapped
_WRAP_LINES = 3
_WRAP_WIDER = 0.1  # of the long lines, at most this many wider than the wrap (a URL, a table row)
_NUMBER_LIST = re.compile(r"^\d+[.、)）](?!\d)")
_SENTENCE_END_CHAR = re.compile(f"[{SENTENCE_OR_CLAUSE_END}：:{CLOSE_QUOTE}{CLOSE_BRACKET}]$")


_WRAP_MAX = 200  # a longer line is a paragraph, not a wrapped line
# East Asian Wide and Fullwidth characters (two columns), the ranges that occur in Chinese text
_WIDE_CHAR = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def display_columns(line: str) -> int:
    """A line's width as a terminal or a fixed-width editor counts it (hanzi are two)."""
    return 2 * len(line) - len(_WIDE_CHAR.sub("", line))  # one C pass, no string a character (issue 19)


def _wrap_width(lines: list[str]) -> tuple[str, int]:
    """How a text was hard-wrapped: ("chars", n) or ("columns", n) when most of its long
    lines stop at the same width n, mid-sentence; ("", 0) when it was not (HTML blocks,
    one paragraph a line). Wrappers count either characters or display columns."""
    best: tuple[str, int, int] = ("", 0, 0)
    long_lines = [line for line in lines if len(line) >= _WRAP_MIN // 2]
    if (
        len(long_lines) < _WRAP_LINES
        or sum(len(line) > _WRAP_MAX for line in long_lines) > len(long_lines) * _WRAP_WIDER
    ):
        return "", 0
    for name, measure in (("chars", len), ("columns", display_columns)):
        sizes: dict[int, int] = {}
        for line in long_lines:
            if not _SENTENCE_END_CHAR.search(line):  # a wrapped line stops mid-sentence
                size = measure(line)
                if size >= _WRAP_MIN:
                    sizes[size] = sizes.get(size, 0) + 1
        if not sizes:
            continue
        width = max(sizes, key=lambda n: (sizes[n] + sizes.get(n - 1, 0), n))
        count = sizes[width] + sizes.get(width - 1, 0)
        wider = sum(measure(line) > width + 2 for line in long_lines)  # a wrapped text has no wider line
        if (
            count >= _WRAP_LINES
            and count >= len(long_lines) * _WRAP_SHARE
            and wider <= len(long_lines) * _WRAP_WIDER
            and count > best[2]
        ):
            best = (name, width, count)
    return best[0], best[1]


_ASCII_LETTER = re.compile(r"[A-Za-z]")
# What no line of text starts with but a line cut before it (a PDF's line, a wrapper's, a link taken out of a
# sentence): a Chinese comma, stop or closing mark ("…规划（2024-2026年" / "）》印发给你们，"). Whatever the wrap,
# such a line goes on the line above, across a blank line too (a block cut there). Not 》 or 〉: sites set them as
# bullets ("》自营商进出明细", dev 28_udn); nor ” and ’: writers open quotes with them too ("”研发人员认为…", s20_08).
_NEVER_FIRST = re.compile("[，、。；：！？）」』】〕]")


def _wrapped(last: str, line: str, wrap: tuple[str, int]) -> str | None:
    """Did a hard wrap break here? What joins the two lines ("" or a space) if so, else
    None. In a hard-wrapped text, a line as wide as the wrap continues on the next,
    whatever the characters at the break: a number cut ("…游客12" / "3万人次", "…的1." /
    "5倍"), a break before or after one, a comma a naive wrapper put first.

    Two numbers must not become one: a number is narrow, so a wrap that cut one leaves its
    line exactly at the width. Where the source had a space at the break, the line is one
    short of the width (its trailing space folded away) or the next line starts with the
    space (kept by fold_whitespace): the two numbers are joined with that space. A shorter
    line is a real break. Two Latin letters stay apart: a wrap between words ate a space
    that cannot be told from a cut word."""
    kind, width = wrap
    if not width or not line.strip() or not last:
        return None
    a, b = last[-1], line.lstrip()[0]
    if _ASCII_LETTER.match(a) and _ASCII_LETTER.match(b):
        return None
    size = len(last) if kind == "chars" else display_columns(last)
    if a.isdigit() and b.isdigit():
        if line[0].isspace():
            return " " if width - 1 <= size <= width + 1 else None
        if width <= size <= width + 1:
            return ""
        return " " if size == width - 1 else None
    if line[0].isspace() or _SENTENCE_END_CHAR.search(last):
        return None
    return "" if size >= (width if kind == "chars" else width - 1) else None


def join_broken_lines(text: str) -> str:
    """Join a paragraph that a source hard-wrapped mid-sentence.

    A blank line is a paragraph break the source marked (between two HTML blocks, two
    paragraphs of a text file): lines are never joined across it. It is dropped where
    the lines would not join anyway, and kept (one blank line) where they would, so that
    cleaning the text again does not glue the two paragraphs (idempotent).

    A paragraph grows as a list of lines with a running length and clause flag:
    re-reading (or re-copying) the joined paragraph for every line would be
    quadratic in a file of a hundred thousand wrapped lines.
    """
    out: list[str] = []
    lines: list[str] = []
    size, clause, broken = 0, False, False
    every = text.split("\n")
    wrap = _wrap_width(every) if len(every) >= _WRAP_LINES else ("", 0)
    spaced = [line[1:2] == " " and _SPACED_LABEL.match(line) is not None for line in every]
    fields = {
        i for i, s in enumerate(spaced) if s and ((i and spaced[i - 1]) or (i + 1 < len(spaced) and spaced[i + 1]))
    }
    for i, line in enumerate(every):
        if not line:
            broken = bool(lines)
            continue
        glue = (
            _wrapped(lines[-1], line, wrap)
            if lines and clause and wrap[1] and not (_NUMBER_LIST.match(line.lstrip()) or _LABEL_START.match(line))
            else None
        )
        if glue is not None and (DOC_NUMBER.search(line[:20]) or match_dateline(line.lstrip())):
            glue = None
        # (a line above that ends a sentence was no line cut: "？？？" opening a reply stays its own, review s30 R11)
        cut = bool(lines) and _NEVER_FIRST.match(line) is not None and not _SENTENCE_END_CHAR.search(lines[-1])
        if cut:
            broken = False  # (the blank line above is no paragraph's end)
        joins = (
            bool(lines) and i not in fields and (_continues(lines[-1], size, clause, line) or glue is not None or cut)
        )
        # an entry of a table of contents ends with its page: no sentence runs on (dev-retired19 s22_05)
        if joins and lines[-1][-1:].isdigit() and _contents_entry(lines[-1]):
            joins = False
        if glue and joins and not broken:
            line = glue + line.lstrip()
        if not joins or broken:
            if lines:
                out.append("".join(lines))
                if joins:  # would read as one wrapped paragraph: keep the break
                    out.append("")
            lines, size, clause = [], 0, False
        broken = False
        lines.append(line)
        size += len(line)
        clause = clause or bool(_CLAUSE.search(line))
    if lines:
        out.append("".join(lines))
    return "\n".join(out)


# A terminal's colour codes whose ESC was lost on the way (a board's post copied from a web mirror, a mail through a
# gateway that drops control bytes): "[1;33m", "[m", "*[1;31m" (the board editor's own notation for ESC) with nothing
# to mark them as code. A text holding such codes is one coloured by a terminal: an opening code and its reset, so
# two at least (one bracketed "[5m" may be a writer's), each right against the text it colours (a code a tutorial
# names, "[1;31m 表示粗体红色", has a space after it: review s30 R12), and none written after a notation of ESC
# ("\033[1;31m", "^[[0m", "\x1b[", "\e[": a tutorial's example on colouring output is its text, as written).
_SGR_RESIDUE = re.compile(r"(?<![0-9A-Za-z\\\[^])\*?\[(?:\d{1,3}(?:;\d{1,3}){0,8})?m(?![A-Za-z\]\s])")
SGR_RESIDUE_MIN = 2
# A reset ("[m", "[0m") in a text that holds such residue goes whatever follows it: a board closes its colours with a
# reset and then a space ("[1;31m違者[m 將被刪文": review s30 R17).
_SGR_RESET = re.compile(r"(?<![0-9A-Za-z\\\[^])\*?\[0?m")


def drop_escape_residue(text: str) -> str:
    """The text without colour codes left after their ESC was lost (see _SGR_RESIDUE)."""
    if "m" not in text or "[" not in text:
        return text
    found = _SGR_RESIDUE.findall(text)
    if len(found) < SGR_RESIDUE_MIN:
        return text
    return _SGR_RESET.sub("", _SGR_RESIDUE.sub("", text))


# What a scraper left of elements' markup when it cut tags at their first ">" ("…安全高效的原则'>'>'>'>实行省、市、县
# 分级储备…", a province's regulations in a CSV, dev s38_10): the ends of quoted attributes, two or more in a row, no
# words; the text's own quote before a ">" ("输入'>'符号") is one
_TAG_RESIDUE = re.compile(r"(?:['\"] ?/?>){2,}")


def drop_tag_residue(text: str) -> str:
    """The text without runs of cut markup's attribute ends (see _TAG_RESIDUE)."""
    if "'>" not in text and '">' not in text:
        return text
    return _TAG_RESIDUE.sub("", text)


# --- paragraphs run together -----------------------------------------------------------
# An official text copied as one line (a page's paragraphs joined, a record's field): its paragraphs' indents are
# still there, two ideographic spaces after the sentence that closed the paragraph before ("…的责任。　　（二）继续
# …", "各直属机构:　　多年来…"); a break the source marked (dev-retired40 s43h_18, s43h_21).
_RUN_IN_INDENT = re.compile(rf"([{SENTENCE_OR_CLAUSE_END}：:{CLOSE_QUOTE}])[ \t]{{0,4}}\u3000\u3000[ \t\u3000]*(?=\S)")
RUN_IN_LINE_MIN = 120  # characters of a line that may hold several articles run together
# Where the indents are gone too ("…制定本条例。第二条　环境保护税法…"), the document's own numbering marks its
# articles: 第N条, a chapter 第N章 or section 第N节 as a heading, the items 一、 and （一）.
_NUMERAL = "一二三四五六七八九十百零〇两"
_ARTICLE_MARK = re.compile(
    r"(?=[第一二三四五六七八九十（(])"  # (a look at the first character first: three times faster on prose)
    rf"(?:第([{_NUMERAL}]{{1,6}})\s{{0,2}}([条章节])"
    r"|([一二三四五六七八九十]{1,3})、"
    r"|[（(]([一二三四五六七八九十]{1,3})[）)])"
)
# before an article's number: the line's start, a sentence's or clause's end, a label's colon or a space (a chapter's
# heading stands apart: "第一章　总　　则　第一条　…")
_ARTICLE_AFTER = frozenset(SENTENCE_OR_CLAUSE_END + "：:" + CLOSE_QUOTE + " \t\u3000")
RUN_IN_MARKS = 2  # article numbers counting up in one line, at least, for it to be articles run together
# A chapter's or a section's heading opens one wherever it stands only over its first article: its name set apart by
# blanks, then 第一条 (a regulation's name glued to its first chapter: "…管理条例第一章　总　　则　　第一条　…",
# dev-retired40 s43h_21); elsewhere it needs the boundary an article does ("他在第一节 课上…", "共分为七章，
# 第一章 总则，第二章…" are sentences: review s48 R4)
_HEADING_OVER_ARTICLE = re.compile(
    r"[ \t\u3000\xa0]{1,4}(?:[^\s，,。；;、：:]{1,10}[ \t\u3000\xa0]{0,4}){1,3}?(?=第一[条节])"
)


def _numeral(digits: str) -> int:
    """一 1, 十二 12, 二十 20, 一百零五 105 (an article's number; 0 when it is no number, 三四 "three or four" too)."""
    from ..figures.numerals import parse_chinese  # the one reader of Chinese numerals (lazy: the figures' import)

    value = parse_chinese(digits)
    return int(value) if value is not None and value.is_integer() else 0


def _article_marks(line: str, last: dict[str, int]) -> list[int]:
    """Where ``line`` holds articles run together: the offsets of the numbers that open the second and later ones.

    A number opens an article only where an article may start (:data:`_ARTICLE_AFTER`) and only as the next of its
    kind, counting up from the last one the text opened (``last``, updated): "第一条…第二条…第三条", never a
    reference inside a sentence ("依照本法第十三条所称…": no sentence's end before it, and out of turn). The
    items under an article or a chapter may count anew. A line with fewer than :data:`RUN_IN_MARKS` in turn is left
    as it is (one "二、" after a sentence is a phrase's: "一、二线城市"); when it opens with one, that one counts.
    """
    found: list[int] = []
    seen = dict(last)
    opening: dict[str, int] | None = None
    start = len(line) - len(line.lstrip())
    for m in _ARTICLE_MARK.finditer(line):
        at = m.start()
        heading = False
        if m.group(1):
            kind, number = m.group(2), _numeral(m.group(1))
            heading = kind != "条" and bool(_HEADING_OVER_ARTICLE.match(line, m.end()))
        elif m.group(3):
            kind, number = "、", _numeral(m.group(3))
        else:
            kind, number = "（）", _numeral(m.group(4))
        if at > start and not (line[at - 1] in _ARTICLE_AFTER or line[at - 1].isspace() or heading):
            continue
        if number != seen.get(kind, 0) + 1 and not (number == 1 and seen.get(kind + "*")):
            continue
        seen[kind], seen[kind + "*"] = number, 0
        for inner in _ARTICLE_INNER.get(kind, ()):
            seen[inner + "*"] = 1  # may count anew under it, or go on (（五） under 二、 after （四） under 一、)
        if at > start:
            found.append(at)
        elif not found:
            opening = dict(seen)
    if len(found) + (opening is not None) < RUN_IN_MARKS:
        if opening is not None:
            last.update(opening)
        return []
    last.update(seen)
    return found


_ARTICLE_INNER = {"章": ("节", "、", "（）"), "节": ("、", "（）"), "条": ("、", "（）"), "、": ("（）",)}
_ARTICLE_OPENING = frozenset("第一二三四五六七八九十（(")


def split_run_in_paragraphs(text: str) -> str:
    """Paragraphs run together in one long line set apart again (a blank line between, as a source marks them)."""
    if "\u3000\u3000" not in text and "第" not in text and "、" not in text and "）" not in text:
        return text
    out: list[str] = []
    last: dict[str, int] = {}
    changed = False
    for line in text.split("\n"):
        if len(line) < RUN_IN_LINE_MIN:
            if line.lstrip()[:1] in _ARTICLE_OPENING:
                _article_marks(line, last)  # a line opening an article: the next in turn may open a later line
            out.append(line)
            continue
        # (start, end): the text between two paragraphs, dropped (an indent's spaces; nothing before a number)
        cuts = [(at, at) for at in _article_marks(line, last)]
        if "\u3000\u3000" in line:
            cuts += [(m.end(1), m.end()) for m in _RUN_IN_INDENT.finditer(line)]
        if not cuts:
            out.append(line)
            continue
        pieces, done = [], 0
        for a, b in sorted(cuts):
            if a >= done:
                pieces.append(line[done:a].rstrip())
                done = b
        pieces.append(line[done:])
        changed = True
        out.append("\n\n".join(p for p in pieces if p.strip()))
    return "\n".join(out) if changed else text


def clean_text(text: str) -> str:
    """Character-level cleaning; idempotent."""
    text = drop_tag_residue(drop_escape_residue(strip_controls(text)))
    text = drop_pinyin_artifacts(text)
    text = normalize_width(text)
    text = split_run_in_paragraphs(text)
    text = fold_lookalikes(text)
    text = fold_whitespace(text)
    return join_broken_lines(text)


# --- boilerplate (Simplified patterns; runs after script conversion) -----------------
_CAPTION_LINE = re.compile(
    r"^(?:【[^】]{0,12}图[^】]{0,12}】"  # 【资料图】
    r"|(?:图说|图注|图片说明|图片来源|图源|图片|摄影|摄|配图|图)\s*[:：].{0,200}"  # 图说: ...
    # the picture at the top and its credit, set as a byline is ("头图｜HBO热剧《切尔诺贝利》截图", "题图 / 视觉中国")
    r"|(?:头图|题图|封面图|首图|封图)\s*[:：|｜/／].{0,200}"
    r"|[(（](?:图|图片|摄影|资料图)[^)）]{0,40}[)）]"  # (图片来源:...)
    r"|[^。]{0,30}(?:供图|\s摄)[。.]?"  # 主办方供图。 / 记者 张三 摄
    r"|图为.{2,200}(?:供图|摄)[。.]?"  # 图为…。新华社记者 李安 摄
    r"|广告\s*[:：].*"
    # a picture's placeholder alone on its line, where a copied page had a chart or a photo (its alt text: "图片";
    # 12-corpus s20_04)
    r"|[\[【(（]?(?:图片|圖片|照片|插图|插圖)[\]】)）]?"
    # ...or numbered, with its caption, all in brackets ("[第二图：赵康盛采访初二同学]", "【图3：会议现场】": a student
    # paper's text with its pictures' places kept, dev-retired34 s37h_09)
    r"|[\[［【](?:第[一二三四五六七八九十\d]{1,3}[张幅]?(?:图|图片|照片)|(?:图|图片|照片)\s?[一二三四五六七八九十\d]{1,3})"
    r"\s*[:：][^\]］】\n]{0,80}[\]］】]"
    # a media embed's placeholder alone on its line, as a blog's export or a translation keeps it: a shortcode's
    # name and the address ("[YouTube https://www.youtube.com/watch?v=…]", tester s26 U18; "[embed]https://…[/embed]")
    r"|\[[A-Za-z][\w-]{1,20}\]?\s*(?:https?://|www\.)[^\s\]]{4,300}(?:\s[^\]\n]{0,80})?\](?:\[/[A-Za-z][\w-]{1,20}\])?"
    # a picture's credit and a caption's label set apart by a comma (BBC: "圖像來源，Getty Images",
    # "圖像加註文字，" above the caption)
    r"|(?:图像|图片|视频|音频|影像)(?:来源\s*[，,][^，,。！？]{1,60}|加注文字\s*[，,:：]?))$"
)
# A photo caption glued to the front of the next paragraph: "...发布会。某某供图当日,..."
# The credit is a name (a person's, an office's: no function word such as 的/了/是 in it)
# and its 摄 ends it: 摄 opening a word (摄像头, 摄影, 摄入, 摄氏) is the sentence going on
# ("这款手机配备了该系列最先进的摄像头": a sentence of the article, not a credit), as is 拍摄 and 摄 before 的/了
# ("传媒日前转载一张高空拍摄的照片": dev s17_42, the lead up to it was cut).
_GLUED_CAPTION = re.compile(
    rf"^[^。\n]{{4,120}}。([{_HAN}· ]{{2,20}})(?:供图|(?<!拍)摄(?![像影制入取氏政录的了]))(?=[{_HAN}“\"「(（])"
)
_FUNCTION_WORD = re.compile(r"[的了是们着这那把被吗呢]")


# A photo's caption with its credit set inside a paragraph, between two sentences, when a page's figures were copied
# into its text ("…现在则是彻头彻尾地做测绘。工作人员进行作业准备和调试/图 来源宇辰网谭戎：…": dev s26_11): the
# caption (a clause, no mark of a sentence) and "/图" with the credit's outlet (its 网/社/报/台 ends it) go. The credit
# is "/图" then a blank, 来源 or a colon: "文/图结合的报道", "照片/图片" are words of a sentence (review s32 R8).
_INLINE_CAPTION = re.compile(
    rf"(?<=[{SENTENCE_END_ZH}”」])[^{SENTENCE_END_ZH}\n“”「」，,]{{2,40}}/\s*图(?:\s+(?:来源|來源)?|来源|來源|[:：])\s*"
    r"[^\s。！？，,：:/]{1,12}?(?:网|社|报|台)"
)


def _drop_glued_caption(line: str) -> str:
    m = _GLUED_CAPTION.match(line)
    if m is None or _FUNCTION_WORD.search(m.group(1)):
        return line
    return line[m.end() :]


_TRAILER_MARKER = re.compile(
    r"^(?:关键词|关键字|标签|(?:post\s+)?tags|tag(?=\s*[:：])|tagged|相关阅读|相关新闻|相关文章|相关报道|相关推荐|推荐阅读|延伸阅读"
    r"|热点推荐|热门推荐|相关稿件|猜你喜欢|更多精彩|往期回顾|精彩推荐|热点新闻|最新新闻|相关链接|延伸阅读|相关专题)"
    r"\s*[:：]?.{0,60}$"
    # (or pointing with arrows, its headline and what the page glued after it, no sentence:
    # "延伸閱讀>>【現在去哪兒】南投兩天一夜深度遊，…全攻略想知道更多全台精彩生活資訊，請上「ShareLife分享生活」",
    # dev-retired31 s34h_04)
    r"|^(?:相关阅读|相关新闻|相关文章|相关报道|推荐阅读|延伸阅读|更多阅读|相关链接)\s*(?:>>|》》|»|→)[^。！？!?]{0,120}$"
    # a site's list of its most read or newest pieces under the article ("熱門新聞", "热门文章", "点击排行",
    # "大家都在看"; tester s17 X16): headlines only below it, as under 相关阅读 (_trailer_start stops at prose).
    # The heading alone on its line: an article's own sentence may open with these words ("最新报道显示，…",
    # review s18 R12)
    r"|^(?:(?:热门|热点|热读|最热|最新|精选|编辑|今日|本周|24小时)(?:新闻|文章|阅读|资讯|报道|推荐|排行|点击)(?:排行|榜)?"
    r"|(?:点击|阅读|人气)排行(?:榜)?|排行榜|(?:大家|其他人|别人)(?:都|也)在看|看了又看"
    # (an outlet's "more of our reports" over its headlines: "更多鏡週刊報導", ETtoday's relay of 鏡週刊, dev s39c_04)
    r"|更多[^\s。！？，,：:]{0,8}?(?:报导|报道|新闻|文章|资讯)"
    # (a site's reading suggestions under a feed's item: "你可能错过的好文章", dev-retired16 s19_17, 少数派)
    r"|你(?:可能|或许)(?:错过|会喜欢|还喜欢|感兴趣)(?:的)?(?:好文章|文章|内容|好文)?)\s*(?:[:：]|更多|>+|»)?\s*$"
    # a blog's filing line under a post, its category and its tags ("分类 时间管理。标签 时间管理，GTD，计划。")
    r"|^(?:分类|分類|归档|歸檔)(?:\s*[:：]|\s).{1,80}(?:标签|標籤|tags)\s*[:：]?.{1,120}$",
    re.IGNORECASE,
)
# (or a bare address alone on its line: a copy's link to itself, "https://github.com/…/904089.md", s18 dev)
_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S{4,300}$")
_LINK_LINE = re.compile(
    r"^(?:[-*•·▪►》»]\s*.{2,80}|.{2,60}\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:https?://|www\.)\S{4,300})$"
)
# a headline or a file's name with its address, as a copied page's list sets a link in text ("【研途榜样】毕秀雯：
# 风雨兼程，砥砺前行:http://today.hitwh.edu.cn/…/page.htm", "新闻1.jpg：http://…/51b6….jpg": dev s25_01); under a
# list's label ("新闻：") they are the page's other stories; under a section's heading ("9、资源分享") the article's
_ADDRESSED_LINE = re.compile(r"^[^:：\s][^\n]{0,80}?[:：]\s?(?:https?://|www\.)\S{4,300}$")
_LIST_LABEL_MAX = 8  # characters of a label over a list of links ("新闻：", "相关链接：")
# an editor's or a producer's credit ("责任编辑：…", "总监制：邹 明", "监 制：…", "审 读：…"), its role's
# characters spaced apart or not (a justified column of credits)
_EDITOR_LINE = re.compile(
    r"^[(（\[]?(?:责\s?任\s?编\s?辑|责\s?编|编\s?辑|校\s?对|审\s?核|总?\s?监\s?制|审\s?读|终\s?审|美\s?编)"
    r"\s*[:：].{0,20}[)）\]]?(?:\s*\d{7})?$"
)
# the desk's other roles in a copy's review chain ("审稿：叶兴增" under a TV script's slug, beside 编辑/终审,
# dev-retired36 s39h_05; "核稿编辑：…", "签发：…", "初审：… 复审：…"): a role, a colon and one to four names, every
# credit of the line so - a name is 2-3 hanzi opening with a surname, so the same words over a date, a place or a
# verdict ("复审：4月20日前", "初审：合格") stay
_DESK_ROLE = r"(?:(?:初|复|複|终|終)\s?审|审\s?[稿定签]|核\s?稿(?:编辑)?|签\s?发|校\s?[稿审]|编\s?审)\s*[:：]\s*"
_DESK_CREDIT = re.compile(
    rf"^[(（\[]?(?:{_DESK_ROLE}[{_HAN}]{{2,3}}(?:[、，,\s]+[{_HAN}]{{2,3}}){{0,3}}\s*){{1,4}}[)）\]]?$"
)
_DESK_NAMES = re.compile(rf"{_DESK_ROLE}|[、，,\s)）\]]+")


def _desk_credit(line: str) -> bool:
    """A line of the desk's review credits (see _DESK_CREDIT), each name opening with a surname."""
    if not _DESK_CREDIT.match(line):
        return False
    return _surnamed([n for n in _DESK_NAMES.split(line.lstrip("(（[")) if n])


def _surnamed(names: list[str]) -> bool:
    """Every one of ``names`` (at least one) opens with a surname: the desk credits' test of a person."""
    return bool(names) and all(n[0] in SURNAMES or n[:2] in COMPOUND_SURNAMES for n in names)


# A wire desk's chain of credits under its copy, each role with a space for its colon and the credits set apart by
# semicolons ("发稿 许菁；撰写 乔艳红；审校 吴云凌", 路透's Chinese copy: dev s18_01, dev-retired30 s33h_03): two
# credits at least, each name 2-3 hanzi opening with a surname. It closes the copy as an end mark does: what stands
# under it is the page's (its link to the agency's standards, a feed's plug) when it is a few short lines and no prose
# (_after_the_end).
_CHAIN_ROLE = r"(?:发稿|撰写|撰稿|审校|校对|编辑|编译|翻译|核稿|审稿|签发|初审|复审|终审)"
_DESK_CHAIN = re.compile(
    rf"^{_CHAIN_ROLE}[ \t\u3000]+([{_HAN}]{{2,3}})(?:\s*[；;]\s*{_CHAIN_ROLE}[ \t\u3000]+([{_HAN}]{{2,3}})){{1,4}}$"
)
_CHAIN_NAME = re.compile(rf"{_CHAIN_ROLE}[ \t\u3000]+([{_HAN}]{{2,3}})")


def _desk_chain(line: str) -> bool:
    """A wire desk's chain of credits (see _DESK_CHAIN), each name opening with a surname."""
    return bool(_DESK_CHAIN.match(line)) and _surnamed(_CHAIN_NAME.findall(line))


# the same credit with a space for its colon, alone on its line, its outlet's short name before the role
# ("每经编辑 黄胜", "编辑 王明 李华"); a byline's reporter is an author, which metadata reads
# (the prefix an outlet's short name or a column's word, never a verb: "加强审核 严格监管" is a heading; names of
# 2-3 hanzi: review s19 R1)
_EDITOR_NAMED = re.compile(
    rf"^(?:[{_HAN}]{{1,3}}(?:经|报|社|网|台)|本期|本文|本版|责任|实习|见习|网络|微信|新媒体|文字|图片|视频)?"
    rf"(?:责任编辑|责编|编辑|校对|审核|监制|审读|终审|美编)(?:[ \t\u3000]+[{_HAN}]{{2,3}}){{1,3}}$"
)
# "(完)", or an editor credit with a CNA date code glued to the last sentence.
_END_MARK = re.compile(r"\s*[(（](?:完|终|全文完|(?:责任)?编辑[:：][^)）]{1,20})[)）](?:\s*\d{7})?$")
_END_MARK_WINDOW = 64  # longer than any one mark with its spaces and date code
_NOTE_MAX = 160  # characters of a closing rights note in 【】
# Promotion and disclaimers a page puts inside its article: "download our app",
# "follow the account", "scan to open", a platform's note that a user posted it.
_PROMO_LINE = re.compile(
    r"^.{0,40}(?:下载.{0,20}(?:app|客户端)(?!的|用户|数量|下载量)|尽在.{0,16}(?:app|客户端)\s*$|订阅(?![量数户者费率]).{0,12}(?:telegram|频道|公众号|newsletter|电子报|電子報)[^。！？]*$|关注.{0,6}公众号"
    # (the call within one clause: "扫码关注", "扫描下方二维码下载"; a sentence about scanning that opens an app two
    # clauses on is an article's, "根据扫描的二维码结果，跳转打开匹配的应用" of a QR app, dev s42f_07 #6)
    r"|扫(?:一扫|码|描)[^，,。；;！？!?]{0,16}(?:关注|下载|打开|阅读|分享)|(?:用户|作者)上传并发布)"
    # a mobile page's placeholder for a picture or a video, a call to open the app ("打开网易新闻 查看精彩图片")
    r"|^(?:打开|打開|下载|下載)[^。！？，,]{1,12}?\s*(?:查看|观看|觀看|阅读|閱讀|看)(?:更多|精彩|完整|全部)?"
    r"(?:图片|圖片|视频|視頻|大图|大圖|全文|原文|内容|內容|评论|評論)\s*$"
    # or to go to the platform's app to open the post, its words alone ("跳转微信打开" closing a WeChat export, dev
    # s41_09; "前往APP阅读")
    r"|^(?:跳转|跳轉|前往|去)(?:到|至)?(?:微信|微博|app|客户端|客戶端)(?:内|內)?(?:打开|打開|查看|阅读|閱讀)(?:全文|原文)?\s*$"
    r"|^(?:【(?:我要纠错|纠错|打印|关闭|(?:责任)?编辑[:：][^】]{0,20})】\s*)+(?:(?:责任)?编辑[:：].{0,20})?$"  # noqa: E501 - 【纠错】【责任编辑:张樵苏】
    r"|^(?:(?:分享|分享到|facebook|twitter|line|微信|微博|whatsapp|telegram|email|列印|打印|收藏)[:：]?\s*)+$"
    # a share button's call ("分享让更多人看到", "分享给朋友") and an SMS plug ("发送GP到6666 随时随地查行情")
    r"|^(?:点击)?分享(?:到|给|让)[^。，]{0,16}$|^(?:编辑短信|短信)?发送?\s*[A-Za-z0-9]{1,12}\s*到\s*\d{4,}"
    # a copy's call to share it by its link or code ("手机上长按并复制下列链接或二维码分享本文章：", s18 dev)
    r"|^[^。！？]{0,30}(?:复制|长按)[^。！？]{0,24}(?:分享|转发)[^。！？]{0,12}$"
    # a plug for the site's mobile channel, its address last: "…上手机新浪网娱乐频道 ent.sina.cn"
    r"|^[^。]{4,50}\s(?:[a-z0-9-]+\.)+(?:cn|com|net|hk|tw)/?$"
    # a call to like or follow the outlet's social account, the network last and no sentence
    # end, or a colon before the link the page set after it: "想生活更精明，请赞好TOPick Facebook", "追踪我们的IG",
    # "订阅YouTube频道", "收看更多文章，请订阅转角国际facebook专页："
    # (订阅量, 关注度: nouns, "订阅量突破100万的YouTube频道" is a subheading)
    r"|^[^。！？]{0,40}(?:赞好|关注(?![度点])|追踪|订阅(?![量数户者费率])|like|follow)(?:我们|us)?[^。！？]{0,20}?"
    r"(?:facebook|fb|instagram|ig|youtube|twitter|telegram|whatsapp|threads)\s*(?:专页|粉丝页|频道|账号|page|channel)?\s*[:：]?\s*$"
    # a news tip line: the paper's 报料 line with its address or number, no sentence
    # ("■明报报料热线﹕inews@… / 9181 4676"); a sentence about one ("…可拨打报料热线。") stays
    r"|^[^。！？]{0,20}(?:报料|報料|爆料)[^。！？]{0,12}(?:@|\d(?:[\s-]?\d){6,})[^。！？]*$"
    # a blog's trackback line ("Trackback: http://…", "本文通告引用(Trackback)链接: …") and its
    # note of where a post was filed and how often read ("(本文发表于…, 已被阅读178次)")
    r"|^[^。！？]{0,40}trackbacks?\b[^。！？]*$|^[^。！？]{0,80}引用(?:该|本|这)篇?文章\s*[:：]?\s*https?://\S+$|^[(（][^()（）]{0,40}已被(?:阅读|閱讀|浏览|瀏覽)\s*\d+\s*次[)）]$"
    # a call to download or install with its link last ("…立即下载：https://bit.ly/…"), and a
    # pointer to more of the site's content by a bare link ("更多都市疾病影片：https://…")
    # (a call, 立即下载, or the app named: "表格可于本署网站下载：https://…" is a notice's content;
    # more of the site's media, not "更多申请详情：https://…")
    r"|(?:(?:立即|马上|馬上|免费|免費|点击|點擊|扫码|掃碼)(?:下载|下載|安装|安裝)(?:app|应用|應用|客户端|客戶端)?"
    r"|(?:下载|下載|安装|安裝)(?:app|应用|應用|客户端|客戶端))\s*[:：]?\s*https?://\S+$"
    r"|^[^。！？]{0,30}更多[^。！？]{0,16}(?:影片|视频|視頻|新闻|新聞|资讯|資訊|内容|內容|精彩|文章|报道|報道|节目|節目|好文)"
    r"[^。！？]{0,4}[:：]\s*https?://\S+$",
    re.IGNORECASE,
)
_PROMO_MAX = 120  # a longer line is prose that mentions an app
# A platform's note of an article's length and reading time, alone on its line: "全文共5222字，阅读大约需要12分钟。",
# "本文约3000字，预计阅读时间8分钟", "阅读本文需要5分钟" (a sentence about reading goes on: "阅读需要耐心").
_READING_TIME = re.compile(
    r"^(?:(?:全文|本文|正文)?(?:共|约|计|共计)?\s*[\d,]+\s*字\s*[，,、；;]?\s*)?(?:预计|建议)?(?:阅读|读完)(?:本文|全文)?"
    r"(?:时间|时长)?\s*[:：]?\s*(?:大约|大概|约|需要|需|仅需|只需)*\s*[\d一二三四五六七八九十]+(?:\.\d+)?\s*(?:分钟|min)"
    r"(?:左右)?[。.]?$",
    re.IGNORECASE,
)
# A wiki's link to edit a section, left at the end of the section's heading ("个人生活[编辑]",
# "History[edit]", "[编辑源代码]"): MediaWiki's words; the heading stays.
_EDIT_LINK = re.compile(
    r"\s*\[\s*(?:编辑|編輯|edit|编辑源代码|編輯原始碼|编辑原始码|编辑源码|原始码|源代码)\s*\]\s*$", re.IGNORECASE
)
_EDIT_HEADING_MAX = 60  # a longer line is no heading
# the same link before the heading, as a page copied from a browser puts it ("[编辑]历史": the link floats right of
# the heading, and a copy takes it first: dev s29_03)
_EDIT_LINK_FIRST = re.compile(
    r"^\s*\[\s*(?:编辑|編輯|edit|编辑源代码|編輯原始碼|编辑原始码|编辑源码|原始码|源代码)\s*\]\s*(?=\S)", re.IGNORECASE
)
# The address after an archive's or a repost's attribution ("原文来自「界面新闻」：https://web.archive.org/…",
# "转自：http://…", "原文链接：<…>"): a link to follow, not text to read; the attribution stays
# (it names the outlet), a bare link label goes. Not 来源: metadata reads its line whole.
_ATTRIBUTION_LINK = re.compile(
    # (the address also as a Markdown link whose ")" was lost, its label before it: "：~~[标题](https://…~~")
    r"^((?:原文|出处|出處|转自|轉自|原载|原載|本文)[^:：\n]{0,20}[:：])\s*~*(?:\[[^\[\]\n]{0,200}\]\()?<?(?:https?://|www\.)\S+?>?~*\s*$",
    re.IGNORECASE,
)
_LINK_LABEL = re.compile(
    r"^(?:(?:原文|本文)?(?:链接|鏈接|地址|网址|網址)|转自|轉自|出处|出處|原载|原載)(?:\s*[(（][^()（）]{0,12}[)）])?[:：]$"
)
# A line of a page's controls only: pagination ("第1页/共1页 <<上一页 | 下一页>>", "[1] [2] [3]"),
# print, close, back to top, font size ("字号：默认 大 超大"), favourites.
_UI_WORD = re.compile(
    r"上一页|下一页|(?:阅读|閱讀)?(?:上一篇|下一篇)|首页|尾页|末页|第\s*\d+\s*页|共\s*\d+\s*页|\[\d+\]|返回顶部|回到顶部|返回首页|返回列表"
    rf"|打印(?:本页|此文|本文)?|关闭(?:窗口|本页)?|收藏(?:本文|此文|到[A-Za-z{_HAN}]{{1,16}})?|字号|字体|默认|超大|[大中小]"
    # a post's "read the original" link and its reads tally ("阅读原文", "阅读 10万+")
    r"|阅读原文|閱讀原文|(?:阅读|閱讀|浏览|瀏覽)\s*\d+(?:\.\d+)?[万萬]?\+?"
    # a page's hit counter ("新聞觀看次數：8k", "浏览量：1.2万", "点击数 356")
    r"|(?:新闻|新聞|文章|本文)?(?:观看|觀看|阅读|閱讀|浏览|瀏覽|点击|點擊)(?:次数|次數|量|数|數)\s*[:：]?\s*\d+(?:\.\d+)?\s*[kKwW万萬]?\+?"
    # the button that reveals the rest of a folded article ("- 閱讀更多 -", "展开全文")
    r"|(?:阅读|閱讀)(?:更多|全文)|(?:展开|展開|查看)全文|(?:继续|繼續)(?:阅读|閱讀)"
    # an ad break's label inside an article ("[廣告]請繼續往下閱讀...": a Taiwanese paper's page, dev s35_08)
    r"|(?:请|請)?(?:继续|繼續)往下(?:阅读|閱讀|看)(?:\.{1,6}|…{1,2})?|(?:广告|廣告)"
    # a forum's button that unfolds a quoted post ("展开引文 ▼"), a share button to a microblog ("转播到腾讯微博")
    r"|(?:展开|展開|收起)引文|(?:转播|轉播)到(?:腾讯|騰訊)?微博"
    # a blog's comment controls ("正在读取评论……", "添加评论", "发表评论 >>>"), a CMS's buttons to
    # comment on or recommend a page ("我要说说 打印 推荐")
    r"|正在(?:读取|讀取|加载|載入)(?:评论|評論)|(?:添加|发表|發表)(?:评论|評論)|我要说说|推荐"
    # a page's account buttons ("登录注册", "登入 | 註冊")
    r"|登录|登錄|登入|注册|註冊|退出登录"
    # a wiki's controls copied with its text (dev s29_03): the contents box's toggle ("目录 [隐藏]"), a navigation
    # box's view/talk/edit links ("查 · 论 · 编", "v · t · e"), the note that the page was reached by another name
    # ("（重定向自Japan）")
    r"|(?:目录|目錄|contents)?\s*\[(?:隐藏|隱藏|显示|顯示|hide|show)\]|[查閱阅]\s*[·・•]\s*[论論讨討]\s*[·・•]\s*[编編]"
    r"|v\s*[·・•]\s*t\s*[·・•]\s*e|[(（](?:重定向自|重新導向自|重定向至)[^()（）\n]{1,60}[)）]"
    # a forum topic's tally under its first post ("7 个帖子 - 4 位参与者", Discourse's digest in its feed: dev s32_13;
    # "7 posts - 4 participants") and its link to the thread ("阅读完整话题")
    # (both counts on one line: a count of its own under a report's prose is its figure, review s32 R6)
    r"|\d+\s*(?:个|個|条|條|篇)?\s*(?:帖子|回帖|回复|回覆|跟帖)\s*[-–—·|/,，]\s*\d+\s*(?:位|名)?\s*(?:参与者|參與者)"
    r"|\d+\s+(?:posts?|replies)\s*[-–—·|/,]\s*\d+\s+participants?\b|(?:阅读|閱讀|查看)完整(?:话题|話題|帖子|主题|主題)"
)
_UI_REST = re.compile(r"[\s|/<>«»()（）\[\]【】:：·,，、\-—_>…▼▲▾▴]+")
_UI_MAX = 60


def _ui_line(line: str) -> bool:
    """Is a line nothing but a page's controls (two at least, or one of several characters)?"""
    if len(line) > _UI_MAX:
        return False
    words = _UI_WORD.findall(line)
    if not words or (len(words) < 2 and len(words[0]) < 2):
        return False
    return not _UI_REST.sub("", _UI_WORD.sub("", line))


# A page's menu set as text, naming the home page ("首页 组织机构 工作动态 纲要规划 …"): short items, no
# clause mark; a list of names or slogans names no home page. (A breadcrumb stays: metadata reads it for the
# page's sections and its site, test_metadata_s9.)
_HOME_WORD = re.compile(r"^(?:首页|网站首页|主页|返回首页|首頁|網站首頁|主頁)$")
_NAV_LINE_MAX = 120
_GLUED_MENU_MIN = 20  # characters of a menu run together: ten items of two (a heading may open with 首页, shorter)
_GLUED_HOME = re.compile(r"^(?:网站首页|首页|返回首页|首頁|網站首頁)[^\d]")
# what a news site's menu is made of: its channels' names (a headline that opens with 首页 has a verb and few of them:
# "首页设计大赛获奖作品展示开幕式在北京隆重举行", review s32 R9)
_CHANNEL_WORD = re.compile(
    "时政|国际|国内|财经|军事|社会|体育|文化|教育|科技|娱乐|汽车|房产|旅游|健康|视频|图片|评论|观点|法治|台湾|港澳|读书|理论|产经"
)
_GLUED_MENU_CHANNELS = 4
_NO_NAV = re.compile(f'[{SENTENCE_END}{COMMA}{SEMICOLON}“”">»›＞]')  # (a crumb's separators: not a menu)


def _nav_line(line: str) -> bool:
    """Is a line a menu that names the home page (see _HOME_WORD)?"""
    if len(line) > _NAV_LINE_MAX or _NO_NAV.search(line):
        return False
    words = line.replace("|", " ").split()
    if len(words) == 1 and len(line) >= _GLUED_MENU_MIN:
        # the menu copied as text with its items run together ("网站首页时政国际财经台湾军事观点…", a page copied
        # from a browser: dev-retired22 s25_04): the home page's item first, a menu's length, no clause mark
        return bool(_GLUED_HOME.match(line)) and len(_CHANNEL_WORD.findall(line)) >= _GLUED_MENU_CHANNELS
    return len(words) >= 4 and all(len(w) <= 6 for w in words) and any(_HOME_WORD.match(w) for w in words)


# a machine's stamp an archive appends: "(更新时间戳: 1664124816672)", a Unix time in s or ms
_STAMP_LINE = re.compile(
    r"^[(（\[]?[^()（）\[\]\d]{1,16}[:：]\s*\d{10}(?:\d{3})?[)）\]]?$"
    # or a machine's ISO 8601 time alone on its line ("2020-10-11T07:30:12Z", an archive's crawl stamp): the date
    # is read from it as metadata (before cleaning); as text it is a figure no writer wrote
    r"|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
# a time relative to the page's visit, alone on its line ("2 小时前", "3天前", "刚刚", "5 hours ago"):
# a crawl's label beside the real date; in a stored briefing it tells the reader nothing true
_AGO_LINE = re.compile(
    r"^(?:(?:发布于|更新于|发表于)?\s*\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|日|周|週|星期|个月|個月|年)前|刚刚|剛剛"
    r"|\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)$",
    re.IGNORECASE,
)
# a byline whose date is the visit's ("贵阳发布 Today", "Original 耿直哥 环球时报 Today", "张帅 大公网 昨天": a
# WeChat page's account, author and a day its script wrote relative to the day the page was saved; tester s20
# T6): the names are read from the page's fields (metadata), the day is no date
_RELATIVE_BYLINE = re.compile(
    rf"^(?:[^\s{SENTENCE_END}{COMMA}]{{1,20}}\s+){{1,4}}(?:Today|Yesterday|\d{{1,2}}\s+(?:days?|weeks?)\s+ago|今天|昨天|前天)$",
    re.IGNORECASE,
)
_RELATIVE_BYLINE_MAX = 60
# A platform's note that a user posted the article, however long it runs; a note labelled as
# the page's statement ("【版权声明】本文由…创作，未经授权，任何平台不得转载。") wherever it stands.
_DISCLAIMER = re.compile(
    r"^(?:notice: the content above|(?:特别|免责)[声申]明[:：]|[【\[［](?:特别[声申]明|免责[声申]明|版权声明)[】\]］]"
    # an archive's note on where its copy comes from ("来源说明：原文（http://…）已被删。本篇的来源是人民政协网转载中国青年
    # 报。", dev s16_22)
    r"|[【\[［]?(?:来源|转载|出处)说明[】\]］]?\s*[:：])",
    re.IGNORECASE,
)
# A page's note on what its article is not: the author's view only, not investment advice,
# for reference only where the official version governs. The same words are news when
# someone says them ("他表示，本报告不构成投资建议", "外交部称，议员言论不代表政府立场"): see _said.
_STANCE = re.compile(
    r"仅代表.{0,12}(?:观点|立场)|不(?:代表|表明).{0,12}(?:观点|立场)"
    # a platform's note that it only hosts its users' posts ("声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅
    # 提供信息存储空间服务。", dev s26_02)
    r"|(?:观点|立场|言论)(?:仅|只)代表(?:作者|本人|个人)|仅提供信息存储空间服务"
    r"|(?:不构成|并非|不作为).{0,8}(?:投资|买卖|操作)(?:建议|依据)|投资有风险|(?:投资|入市)需?谨慎|据此操作.{0,6}风险自担"
    # a copy's note that the official version governs: "…仅供检索查阅；以官方链接发布版本为准"
    r"|仅供(?:参考|检索|查阅|学习|研究).{0,60}以.{0,40}为准"
)
# A copy's own note on what it is kept for, a short line of its own: a backup tool's "小懒自动备份，仅供查阅学习" under
# every post it saved (dev s41_01-03), "公众号【…】备份，仅供查阅学习", an archive's "…整理，僅供參考" - who made the
# copy, then only what it is for (a sentence that says so of a figure, "以上数据仅供参考。", is no such line)
_COPY_NOTE = re.compile(
    r"^[^。！？!?]{1,20}[，,\s](?:仅|僅|只)供(?:个人|個人)?(?:查阅|查閱|学习|學習|参考|參考|研究|交流|检索|檢索|欣赏|欣賞)"
    r"(?:学习|學習|交流|研究|参考|參考|之用|使用)?[。.]?$"
)
_STANCE_MAX = 120  # a longer paragraph is prose that mentions a stance
_STANCE_AT = 40  # a note says it first; further in, the words are part of a sentence
_SAID = re.compile(
    r"(?:表示|称|说|指出|强调|认为|坦言|回应|介绍|透露|提醒|重申|直言|写道|补充|解释|警告|呼吁|提到|说明|谈到)"
    r"(?:道|到)?\s*[，,：:]"
)


def _said(line: str, at: int) -> bool:
    """Is the text at ``at`` someone's words: after a speech verb ("他表示，") or inside
    quotation marks? Then a disclaimer's words are reported, not the page's own note."""
    before = line[:at]
    quoted = before.count("“") > before.count("”") or before.count("「") > before.count("」")
    return quoted or bool(_SAID.search(before))


def _stance_note(line: str) -> bool:
    """A page's disclaimer line (_STANCE), not a sentence reporting one. A longer paragraph is one when it is made of
    such notes, two of them at least (a platform's note on a user's repost: "*以上内容系网友…自行转载自最西澳，该文
    仅代表原作者观点和态度。亿忆号系信息发布平台，仅提供信息存储空间服务，…如果对文章或图片/视频版权有异议，请邮件
    至…", dev s40b_09)."""
    if len(line) > _STANCE_MAX * 2:
        return False
    m = _STANCE.search(line)
    if m is None or m.start() > _STANCE_AT or _said(line, m.start()):
        return False
    return len(line) <= _STANCE_MAX or _STANCE.search(line, m.end()) is not None


_COPYRIGHT = re.compile(
    # the rights line, and the software's credit a feed or blog appends ("Powered by", "Feed enhanced by")
    r"^(?:[【\[［]?(?:版权所有|版权声明)|Copyright|©|\(c\)|未经授权|本网站|本站"
    r"|powered by|feed enhanced by|generated by)",
    re.IGNORECASE,
)
# "云南日报报业集团 版权所有，未经许可不得转载": the declaration after its holder's name. In a
# sentence of the article ("法院认定原告是涉案作品的版权所有人。") it is no rights line.
# "39健康网（www.39.net）原创内容，未经授权不得转载": a reprint ban after the holder's name
# is the same declaration (reported speech, "他说未经许可不得转载", is kept: _said)
_RIGHTS_CLAUSE = re.compile(
    # a reprint's licence ("虎嗅网获授权转载", "经作者授权发布"; whose, and what follows: _licence)
    r"(?P<licence>(?:获|经)[^，。,；;！？]{0,12}?授权(?:转载|转发|发布|刊登|刊发))|侵权必究|"
    # a repost's takedown note ("如有侵权，请联系我们，我们将积极配合处理", "如有侵权请联系删除")
    r"(?P<takedown>如有侵权[，,]?\s*请[^。！？]{0,6}?(?:联系|删除|告知|通知))|"
    # a post's terms of reuse: how it may be copied ("转载请注明出处", "转载须保留本声明") or the licence it is under
    # ("本文采用 CC BY-NC-SA 4.0 许可协议", "知识共享署名…许可协议"): a blog's notice under every post
    r"(?P<reuse>(?:转载|转贴|引用)[^，。,；;！？]{0,8}?(?:请|须|需|务必)[^，。,；;！？]{0,4}?(?:注明|保留|附上|标明))|"
    # (or its terms after its name, the licence as a badge states it: "知识共享 署名-非演绎 4.0", s32h_09)
    r"(?P<licensed>(?i:知识共享|creative\s+commons|\bcc[ -]?by\b)[^。！？]{0,40}?"
    r"(?i:许可|协议|license|署名|非商业性?使用|禁止演绎|非演绎|相同方式共享))|"
    r"版权所有(?![人者方权])|版权归[^，。,；;]{1,24}?所有(?![人者方权])|"
    # the ban with its holder named ("未经环球网 huanqiu.com 书面授权，严禁转载", s19_04) and what it covers said
    # between ("未经英国《金融时报》书面许可，对于…拥有版权…的任何内容，任何人不得复制", s28_03): whose the text is,
    # and the rest of _rights_clause's tests (the holder opens the sentence, the ban has no other object)
    r"未经(?P<holder>[^，。,；;！？\s]{1,16}?\s*(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\s*)?的?)??(?:书面|正式|事先|明确)?"
    r"(?:授权|许可|允许|同意)[，,]?\s*(?:[^。！？]{0,40}?[，,]\s*)?(?:任何人)?"
    r"(?:不得|禁止|严禁|请勿|谢绝)(?:任何)?(?:转载|复制|摘编|使用|转贴)"
)
# The holder a page's own ban names is the page or its publisher: 本网, 作者, an outlet's name (its last word 报, 网,
# 社… as outlets.py reads one), a publication's title in 《》 or a domain ("环球网 huanqiu.com", "英国《金融时报》"); a
# statute's clause names a party ("未经录音录像制作者许可，不得复制…": review s29 R8) and is text.
_OWN_HOLDER = re.compile(r"^(?:本[网站报刊台]|(?:原)?作者)$|《[^》]+》|[A-Za-z0-9-]+\.[A-Za-z]{2,}")


def _publisher(holder: str) -> bool:
    from .outlets import _OUTLET_END  # the one table of an outlet name's last word

    name = holder.strip().removesuffix("的").strip()
    return bool(_OWN_HOLDER.search(name) or _OUTLET_END.search(name))


# a sentence that defines or discusses the words ("版权所有，是指著作权人…。", "版权所有人的…。")
_COPYRIGHT_DEFINED = re.compile(r"^版权所有(?:[，,]?\s*(?:是|指|即|意味)|[人者方权的])")
_RIGHTS_HOLDER_MAX = 24  # how far into a rights line its holder's name runs
# 版权归…所有 is the page's notice when its subject is the text itself: none ("…来源于网络，版权归原作者
# 所有"), the page's own (本文, 本站, 此文, 原创…) or a bare noun for it (文章, 图片, 内容). A sentence
# reporting a ruling or a fact about another work ("法院判决，涉案作品版权归原告所有。") names another
# subject (涉案作品, 该书), a party of a case as holder, or a ruling's verb before it.
_RIGHTS_TO = re.compile(r"版权归([^，。,；;]{1,24}?)所有")
_CLAUSE_BREAK = re.compile(r"[，,；;：:、]")
_OWN_SUBJECT = re.compile(
    r"(?:本|此)(?![案院庭次])|原创"
    r"|(?:(?:所有|全部)?(?:文章|原文|图文|内容|文字|图片|照片|视频|稿件|作品|资料|素材)[及和、/]?)+$"
)
_HAN_CHAR = re.compile(f"[{HAN_BASIC}]")
_CASE_PARTY = re.compile(r"原告|被告|上诉人|申请人|甲方|乙方|第三人|权利人")
# 称 the verb ("公司称", "据称"), not the nouns it ends or starts (名称, 简称, 全称, 职称, 称号, 称谓)
_RULED = re.compile(
    r"判决|裁定|认定|判定|裁决|宣判|判令|确认|表示|声称|宣称|指出|认为"
    r"|(?<![名简全职昵俗统别尊通总并对相匀])称(?![号谓呼])"
)
# what follows a ban in a rights line: more verbs, then no object but the page's own (本网内容); a
# sentence whose ban has another object states a rule ("根据著作权法，未经授权不得转载他人作品。")
_RIGHTS_OWN = re.compile(
    # possessive: a verb list is not given back to find a mark inside it
    r"(?:\s*[、/和及或]?\s*(?:转载|复制|摘编|使用|转贴|链接|镜像|建立镜像|传播|改编|引用|翻印))*+\s*"
    rf"(?:[^{HAN_BASIC}]|等|违者|本|此|或|其(?:享有|拥有)?(?:版权|著作权)|$)"
)
# The legal footer every PRC site must show: its ICP filing, licence numbers, the
# regulator's reporting line. A line naming one and ending without a sentence is chrome.
_LEGAL_FOOTER = re.compile(
    r"ICP[备证]|公网安备|(?:信息服务|经营|出版服务|视听节目)许可证|违法和不良信息举报|举报(?:电话|邮箱)\s*[:：]"
    # a paper's registration under its site's pages: its serial number and postal code ("国内统一刊号 CN51-0127全国邮发
    # 代号61-149": 每日经济新闻's, under a relay of its story, dev s39b_08)
    r"|(?:国内统一|国际标准)刊号|邮发代号"
    r"|all rights reserved",
    re.IGNORECASE,
)
_SHORT_NO_PERIOD = 40  # a headline in a "related" list: short, no sentence end
_FOOTER_UNDER = 3  # short lines under a site's rights line that go with it


_ENDS_ZH_SENTENCE = (*SENTENCE_END_ZH, "”")  # a rights line that ends so is a sentence of the article
_SENTENCE_MARK = re.compile(f"[{SENTENCE_END}]")


def _sentence_start(line: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: a rights notice may run to several
    sentences ("本平台为某报社所有。…未经许可，不得转载…"), each with its own holder or none."""
    return max(line.rfind(mark, 0, at) for mark in SENTENCE_END_ZH) + 1


def _own_rights(line: str, at: int) -> bool:
    """Is the rights clause at ``at`` the page's own notice (see _RIGHTS_TO), not a
    sentence reporting whose a work is?"""
    m = _RIGHTS_TO.match(line, at)
    if m is None:
        return True
    start = _sentence_start(line, at)
    if _RULED.search(line, start, at) or _CASE_PARTY.search(m.group(1)):
        return False
    clause = line[start:at]
    subject = "".join(ch for ch in _CLAUSE_BREAK.split(clause)[-1] if _HAN_CHAR.match(ch))
    return not subject or bool(_OWN_SUBJECT.match(subject))


def _rights_or_footer(line: str) -> bool:
    """A rights line, or a legal footer line; never a sentence of the article that
    mentions copyright or a licence (a news story about a lawsuit over one)."""
    sentence = line.rstrip().endswith(_ENDS_ZH_SENTENCE)
    if sentence and _COPYRIGHT_DEFINED.match(line):
        return False
    if _COPYRIGHT.match(line) or _rights_clause(line):
        return True
    return bool(_LEGAL_FOOTER.search(line)) and not sentence


def _rights_clause(line: str) -> bool:
    """A line whose rights clause (_RIGHTS_CLAUSE) is the page's own notice: not a sentence,
    or a sentence that opens with its holder and bans no other work; never reported speech."""
    sentence = line.rstrip().endswith(_ENDS_ZH_SENTENCE)
    if sentence and _COPYRIGHT_DEFINED.match(line):
        return False
    m = _RIGHTS_CLAUSE.search(line)
    if m is not None and m.group("takedown") is not None:  # a notice in any sentence, unless someone says it
        return not _said(line, m.start())
    if m is not None and (m.group("reuse") or m.group("licensed")) and len(line) > _REUSE_LINE_MAX:
        return False  # a notice is a line of its own; a longer line is a paragraph that speaks of one
    if m is not None and m.group("licensed") is not None:
        # the post's own licence: its subject says so ("本文采用 CC BY…", "本作品采用知识共享…"); the licence's
        # name alone opens a sentence about it ("知识共享许可协议4.0版今天正式发布。", review s33 early warning)
        before = _CLAUSE_BREAK.split(line[_sentence_start(line, m.start()) : m.start()])[-1].strip(" \t[(（")
        if not before and not sentence and len(line.strip()) <= _LICENCE_BADGE_MAX and not _BADGE_WORDS.sub("", line):
            # the licence as a badge under a post, its name and terms alone ("知识共享 署名-非演绎 4.0"); a headline
            # that names a licence says more ("知识共享许可协议4.0版正式发布": review s34 R9)
            return True
        return bool(before) and len(before) <= _REUSE_SUBJECT_MAX and bool(_REUSE_SUBJECT.search(before))
    if m is not None and m.group("reuse") is not None:
        # the terms open their clause, or follow the post's words for itself ("原创文章，转载请注明出处", "本文采用 CC
        # BY…"); a sentence that reports them is text ("很多网站在文末写上转载请注明出处，但…")
        before = _CLAUSE_BREAK.split(line[_sentence_start(line, m.start()) : m.start()])[-1].strip(" \t[(（")
        return (not before or (len(before) <= _REUSE_SUBJECT_MAX and bool(_REUSE_SUBJECT.search(before)))) and not (
            _said(line, m.start())
        )
    return bool(
        m is not None
        and (m.group("licence") is None or _licence(line, m))
        and (not m.group("holder") or _publisher(m.group("holder")))
        and _own_rights(line, m.start())
        and (
            not sentence
            or (m.start() - _sentence_start(line, m.start()) <= _RIGHTS_HOLDER_MAX and _RIGHTS_OWN.match(line, m.end()))
        )
        and not _said(line, m.start())
    )


_REUSE_SUBJECT = re.compile(r"本|原创|采用|遵循|使用|基于")  # the post naming itself or its licence's verb
_REUSE_SUBJECT_MAX = 8
_LICENCE_BADGE_MAX = 40  # characters of a line that is a licence's name and terms alone
_BADGE_WORDS = re.compile(
    r"知识共享|creative\s*commons|cc|署名|非商业性?使用|非商业性?|禁止演绎|非演绎|相同方式共享|许可协议|许可|协议|国际|"
    r"international|license|licence|by|nc|nd|sa|\d+(?:\.\d+)?|[\s\-–—/·・|｜,，、()（）]",
    re.IGNORECASE,
)
_REUSE_LINE_MAX = 80  # characters of a line that is a post's notice of its terms


# A licence is a reprint's notice when the text itself is licensed: it ends the clause or names where from
# ("…授权转载。", "…授权转载自…"), and its subject is none, the text or the publisher ("本文已", "虎嗅网",
# "某某公众号", "作者"); a report of a licence has an object or another subject ("记者获授权发布此消息。",
# "该药已获美国授权发布。")
_LICENCE_AFTER = re.compile(r"\s*(?:$|[，,。.；;！!、）)】\]」]|自|于)")
_LICENCE_ADVERB = re.compile(r"(?:已经|已|现|特|均|亦|也|皆|都)$")
_LICENCE_SUBJECT = re.compile(
    r"(?:(?:本|此)(?:文|篇|稿|号|站|网|刊|报)|文章|原文|稿件|内容|作者|网|号|社|报|台|刊|志|平台|媒体|频道|[A-Za-z])$"
)


def _licence(line: str, m: re.Match[str]) -> bool:
    """Is the licence at m (_RIGHTS_CLAUSE's group) the text's own reprint notice (see above)?"""
    at = m.start("licence")
    if not _LICENCE_AFTER.match(line, m.end("licence")):
        return False
    subject = _LICENCE_ADVERB.sub("", _CLAUSE_BREAK.split(line[_sentence_start(line, at) : at])[-1].strip())
    return not subject or bool(_LICENCE_SUBJECT.search(subject))


_READING_TIME_MAX = 40
_ORNAMENT_MAX = 80
_RIGHTS_NOTICE_MAX = 60
_RIGHTS_NOTICE_SENTENCE = 24  # a notice this short is one even with its full stop ("虎嗅网获授权转载。")


def _rights_notice(line: str) -> bool:
    """A short line, no sentence, that is the page's rights notice by its clause (_rights_clause),
    above the article ("本文首发于南方周末 未经授权 不得转载"). Not the footer's other forms (本站…,
    ICP), which only a trailer loses: "本站讯" opens a lead."""
    return (
        len(line) <= _RIGHTS_NOTICE_MAX
        and (len(line) <= _RIGHTS_NOTICE_SENTENCE or not _SENTENCE_MARK.search(line[-1:] or " "))
        and _rights_clause(line)
    )


# a headline in a list: 8 to 40 characters, no list number (a list of the article's points has them)
_HEADLINE_ITEM = re.compile(
    r"^(?![一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])[^\n]{8,40}$"
)
_RELATED_RUN = 5
# a short heading whose words point to other pages (as html's _NAV_LABEL), no sentence in it (a bracketed
# note is no heading: "（相关新闻刊B1版）" tells where the paper printed more)
_POINTER_HEADING = re.compile(
    rf"^(?![(（\[【])[^{SENTENCE_END}{COMMA}]*(?:[上下]一[篇条页章则]|相关|推荐|延伸|热门|热点|更多|阅读|猜你|专题)[^{SENTENCE_END}{COMMA}]*$"
)
_POINTER_HEADING_MAX = 12
# the same heading opening with its pointing word ("相关政策与解读" over a government page's links to the documents it
# explains, dev-retired38 s41h_05; "相关论文信息："): with only headlines under it to the end, it heads a trailer. (A
# heading that opens with 更多 or 阅读 says as often what the post goes on to: "更多即将到来" over an app's contacts.)
_POINTER_OPENING = re.compile(
    rf"^(?:相关|相關|推荐|推薦|延伸|热门|熱門|热点|熱點|猜你|[上下]一[篇条页章则])[^{SENTENCE_END}{COMMA}{SEMICOLON}、]*$"
)
# or closing with the word that names what it lists ("今日好文推荐", "活动推荐", "精选阅读"): a module's heading over a
# page's own pieces. (A table's cell that opens with 相关 and runs on, "相关技术控制要点的;", is a clause of its row.)
_POINTER_CLOSING = re.compile(
    rf"^[^{SENTENCE_END}{COMMA}{SEMICOLON}、：:]{{0,10}}(?:推荐|推薦|阅读|閱讀|链接|鏈接|专题|專題|排行)$"
)
# and such a heading alone above the article, its list gone (a company page's "相關連結" box between the headline and
# the date, dev s28_05): the pointing word and what it lists, nothing else; never a headline ("推荐10本好书" says what
# it recommends). Above the article: among the first lines, no prose above it.
_EMPTY_POINTER = re.compile(r"^(?:相关|延伸|更多)(?:链接|连结|阅读|新闻|报道|文章|内容)[：:]?$")
_EMPTY_POINTER_ABOVE = 8  # lines above it at most


def _empty_pointer(lines: list[str]) -> int:
    """Index of the pointing heading with its list gone above the article (see above): no prose above it, and a field
    ("日期：…") or prose right under it, never a list's item; -1 if none."""
    for i, line in enumerate(lines[:_EMPTY_POINTER_ABOVE]):
        if _PROSE_LINE.match(line):
            return -1
        if len(line) <= 8 and _EMPTY_POINTER.match(line):
            under = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
            return i if _FIELD_LINE.match(under) or _PROSE_LINE.match(under) else -1
    return -1


_FIELD_LINE = re.compile(r"^[^\s:：]{1,8}[:：]")  # "本文来源：华尔街见闻"
_FIELD_LINE_MAX = 40
_PROSE_END = re.compile(f"[{SENTENCE_END_ZH}{CLOSE_QUOTE}]$")


_SELF_ADDRESS_PROSE = 3  # sentences of some length above a bare address, for it to be a copy's own address


_ZH_SENTENCE = re.compile(f"[{SENTENCE_END_ZH}]")


# what opens a site's footer: its rights or its registration, never a notice's own contact line ("举报电话：…" over the
# notice's 举报邮箱, address and signature: review s34 R7)
_SITE_MARK = re.compile(r"ICP[备证]|公网安备|网站标识码|版权所有|©|copyright|all rights reserved", re.IGNORECASE)
FOOTER_CANDIDATES = 5  # rights or legal lines tried as the footer's first
_CUT_TEASER = re.compile(r"^.{0,60}(?:\.{3}|…+|⋯+)$")  # a teaser cut short ("好消息来了！…2025年12...")
TEASER_MAX = 60
COPY_LINES = 2  # lines with sentences under a footer, each the text above again, at most (a share card's teaser)
COPY_SENTENCES = 30  # sentences of a line looked for above it
COPY_SHARE = 0.8  # of them found above, for the line to be a copy of the text


def _copy_of_above(line: str, above: str) -> bool:
    """Is a line the text above it again (a share card's teaser holding the whole article in one line)? ``above``:
    that text with no whitespace."""
    pieces = [p for p in _ZH_SENTENCE.split(line)[:COPY_SENTENCES] if len(p.strip()) >= 8]
    if not pieces:
        return False
    found = sum("".join(p.split()) in above for p in pieces)
    return found >= COPY_SHARE * len(pieces)


def _site_footer(lines: list[str]) -> int:
    """Where a site's footer starts under the article (len(lines) for none): its legal or rights line ("网站标识码：…
    ICP备案号：粤ICP备…", "© 2020 版权所有…") with not one sentence under it to the end, prose above it. What the lines
    under it ARE: the footer's own (its apps' QR plugs, its 主办单位 and 联系我们, its list of departments, a share
    card's teaser: dev-retired29 s32h_03/04, 28 lines a Markdown reader kept of a 广州 portal page), the page's, never
    the article's. Fewer lines under a rights line are _trailer_start's business as before."""
    feet = [
        i
        for i, line in enumerate(lines)
        if not _ZH_SENTENCE.search(line) and _SITE_MARK.search(line) and _rights_or_footer(line)
    ]
    for foot in feet[:FOOTER_CANDIDATES]:
        if len(lines) - foot <= _FOOTER_UNDER + 1 or not any(_ZH_SENTENCE.search(x) for x in lines[:foot]):
            continue
        # (a rights notice that is a sentence is no article's; a share card's teaser under the footer is the article
        # again, its sentences all above: COPY_LINES of them at most, each looked for once in the text above)
        said = [
            x
            for x in lines[foot + 1 :]
            if _ZH_SENTENCE.search(x)
            and not _rights_or_footer(x)
            and not (len(x) <= TEASER_MAX + 3 and _CUT_TEASER.match(x))
        ]
        if len(said) > COPY_LINES:
            continue
        above = "".join("".join(x.split()) for x in lines[:foot])
        if all(_copy_of_above(x, above) for x in said):
            return foot
    return len(lines)


# a label naming the address under it, with no colon ("开源地址", "项目主页", "下载链接"): the link is what it names
_ADDRESS_LABEL = re.compile(r"(?:地址|链接|网址|官网|主页|下载|仓库)\s*$")
_ADDRESS_LABEL_MAX = 12


# A reading list over the closing credits: "延伸阅读：" and its headlines, then "译者：boxi。" last (a relay of a
# translated feature, dev s42f_08). The list is the page's, the credit the article's: the trailer scan from the end
# stops at the credit (its full stop makes it a sentence), so the closing field lines (as _FIELD_LINE, "译者：…",
# "本文来源：…") are set aside, and a list that a marker heads (_TRAILER_MARKER) right above them goes; the credits
# stay.
def _list_over_credits(lines: list[str]) -> tuple[int, int] | None:
    """The range of a marked reading list right above the text's closing field lines, None if there is none."""
    end = len(lines)
    while end > 1 and len(lines[end - 1]) <= _FIELD_LINE_MAX and _FIELD_LINE.match(lines[end - 1]):
        end -= 1
    if end == len(lines) or end < 2 or _trailer_start(lines) < len(lines):
        return None  # (a trailer the scan takes whole, the field lines in it, is the scan's: "【投稿】：…" under links)
    start = _trailer_start(lines[:end])
    if (
        start < end - 1
        and _TRAILER_MARKER.match(lines[start])
        and any(_PROSE_LINE.match(line) for line in lines[max(0, start - PAGE_TRAILER_ARTICLE) : start])
    ):
        return start, end
    return None


# A site's menu of its own pages set as one line of links with bars between them, under the article
# ("人民日报社概况|关于人民网|报社招聘|…|联系我们", a Markdown archive's copy of a 人民网 page, dev-retired25
# s28h_06): five items at least, each a short name with no digit and no mark of a clause. A table's row is set with
# spaces around its bars (" | ") and holds figures; the menu is taken only at the text's end, where the trailer scan
# looks (as a footer's line).
_BAR_ITEM = re.compile(rf"^[^\s\d{SENTENCE_END}{COMMA}{SEMICOLON}：:“”\"'《》()（）\[\]【】]{{2,8}}$")
BAR_MENU_ITEMS = 5
BAR_MENU_MAX = 160  # characters of the line


def _bar_menu(line: str) -> bool:
    """Is a line a site's menu of links set with bars between them (see _BAR_ITEM)?"""
    if len(line) > BAR_MENU_MAX or line.count("|") < BAR_MENU_ITEMS - 1:
        return False
    items = line.split("|")
    return len(items) >= BAR_MENU_ITEMS and all(_BAR_ITEM.match(item) for item in items)


def _footer_line(line: str) -> bool:
    """A line of a site's footer under the article: its rights or legal line, or its menu of links (_bar_menu)."""
    return _rights_or_footer(line) or _bar_menu(line)


def _trailer_start(lines: list[str]) -> int:
    """Index where a trailer of unrelated links/keywords begins (len(lines) if none).

    From the end upwards: link lines (bullets, or a headline glued to a date) and
    copyright lines always look like a trailer; plain short lines with no sentence
    end only count when a marker such as 相关阅读 stands above them.
    """
    cut = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if _TRAILER_MARKER.match(line):
            cut = i
            continue
        if len(line) <= _POINTER_HEADING_MAX and _POINTER_OPENING.match(line):
            # (over the article's own data, a section of it: "相关单位：" over the units, "相关联系人" over numbers)
            below = [x for x in lines[i + 1 : cut] if x.strip()]
            if sum(map(_own_data, below)) > OWN_DATA_SHARE * len(below):
                break
            cut = i
            continue
        if (_LINK_LINE.match(line) and not line.endswith("。")) or _footer_line(line):
            pass
        # (a headline may ask or exclaim: "人与人猿之间神秘动物？美国研究团队揭开圣母峰「雪人」真面目" under 延伸阅读,
        # dev-retired31 s34h_05; a full stop makes a sentence)
        elif not (len(line) <= _SHORT_NO_PERIOD and "。" not in line):
            break
    if cut < len(lines):
        return cut
    if (foot := _site_footer(lines)) < len(lines):
        return foot
    # No marker: only a run of 3+ link lines (or copyright lines) at the very end, or a site's
    # footer block: its rights line with a few short lines under it ("联系版主：…", an address).
    end = len(lines)
    for i in range(len(lines) - 1, max(-1, len(lines) - 2 - _FOOTER_UNDER), -1):
        if _footer_line(lines[i]):
            end = i
            break
        if len(lines[i]) > _SHORT_NO_PERIOD or _SENTENCE_MARK.search(lines[i]):
            break
    while end > 0 and (
        (_LINK_LINE.match(lines[end - 1]) and not lines[end - 1].endswith("。")) or _footer_line(lines[end - 1])
    ):
        end -= 1
    under = end  # headlines with their addresses under a list's label, and addressed lines above the label
    while under > 0 and _ADDRESSED_LINE.match(lines[under - 1]):
        under -= 1
    if under < end and under > 0 and len(lines[under - 1]) <= _LIST_LABEL_MAX and lines[under - 1][-1] in "：:":
        end = under - 1
        while end > 0 and (_ADDRESSED_LINE.match(lines[end - 1]) or _LINK_LINE.match(lines[end - 1])):
            end -= 1
    tail = lines[end:]
    if end == 0 and len(tail) >= 3 and not all(_footer_line(line) for line in tail):
        # a trailer stands under an article: a list with nothing above it is the text (a column's list page, each
        # line a headline and its day: dev s26_07, cut whole and read as empty); only the rights lines under it go
        keep = len(lines)
        while keep > 0 and _footer_line(lines[keep - 1]):
            keep -= 1
        return keep
    if len(tail) >= 3 or any(_footer_line(line) for line in tail):
        return end
    if (
        0 < end
        and tail
        and all(_BARE_ADDRESS.match(line) for line in tail)
        and not lines[end - 1].rstrip().endswith(("：", ":"))
        and not (len(lines[end - 1]) <= _ADDRESS_LABEL_MAX and _ADDRESS_LABEL.search(lines[end - 1]))
        and sum(bool(_PROSE_LINE.match(line)) for line in lines[max(0, end - _SELF_ADDRESS_PROSE * 4) : end])
        >= _SELF_ADDRESS_PROSE
    ):
        # a copy's address to itself, last under a whole article (s18 dev mirrors); under a label ("详情见：")
        # or under a short note ("会议资料已上传。") the link is what the text points to: content
        return end
    # No marker either: a run of headlines after the last paragraph of prose ("related"
    # links a page lists under its article without a heading)
    start = len(lines)
    while start > 0 and _HEADLINE_ITEM.match(lines[start - 1]) and "。" not in lines[start - 1]:
        start -= 1
    if len(lines) - start >= _RELATED_RUN and start > 0 and _PROSE_END.search(lines[start - 1]):
        # a document's closing is no list of headlines: its issuers over the one date it was signed on, last
        # ("上海市发展和改革委员会 / … / 2019年5月30日", under an attachment's line: tester s24 T21); a list's
        # items carry a date each, or none
        dated = [i for i in range(start, len(lines)) if _DATED_LINE.match(lines[i])]
        if dated != [len(lines) - 1]:
            return start
    return _labelled_lists(lines)


# A copied page's modules under its article, each a label with its colon over headlines ("专题报道：/ 宣判薄熙来 /
# 独家文章：/ 落马高官关键词：翻供 上诉 死刑 / … / 判决看点：/ …", dev-retired28 s31h_05, a portal page's text): several
# labelled lists in a row, nothing in them a sentence, under the article's last sentence. What they ARE: the page's
# lists of other pages, whatever their labels say (a word list of 相关阅读/推荐阅读 missed 专题报道 and 判决看点). One
# label over unnumbered items is an article's own list as often ("主要任务：" over its points): two labels at least.
MODULE_LABELS = 2  # labels in the run at least
_MODULE_LABEL_MAX = 10  # characters of a module's label, its colon included
_MODULE_NAME_MAX = 7  # characters of a short item right under a label (a topic's name: "宣判薄熙来")


# What a module's label names: the pieces of content it lists (报道, 文章, 看点, 专题, 推荐…), where an article's
# own field label names a property of its subject (会议时间：, 地点：, 门票价格：, 优点：, 主要食材：: review s33 R1,
# each the same shape of two colon labels over short items)
_MODULE_NOUN = re.compile(
    r"(?:报道|文章|新闻|看点|专题|阅读|推荐|热点|热门|排行|图集|视频|资讯|快讯|评论|博客|头条|要闻|聚焦|链接|稿件|话题|精彩)"
    r"\s*[:：]$"
)


def _module_label(line: str) -> bool:
    return (
        2 <= len(line) <= _MODULE_LABEL_MAX
        and line[-1] in "：:"
        and not _SENTENCE_MARK.search(line)
        and bool(_MODULE_NOUN.search(line))
    )


def _labelled_lists(lines: list[str]) -> int:
    """Where a run of labelled lists of headlines closing the text starts (see MODULE_LABELS), len(lines) if none."""
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        if not (
            _module_label(line)
            or (_HEADLINE_ITEM.match(line) and not _SENTENCE_MARK.search(line))
            or (
                start > 1
                and 2 <= len(line) <= _MODULE_NAME_MAX
                and not _SENTENCE_MARK.search(line)
                and _module_label(lines[start - 2])
            )
        ):
            break
        start -= 1
    while start < len(lines) and not _module_label(lines[start]):
        start += 1  # the run opens with its label: unlabelled headlines above it are the article's to keep
    run = lines[start:]
    labels = sum(_module_label(line) for line in run)
    items = sum(bool(_HEADLINE_ITEM.match(line)) and not _module_label(line) for line in run)
    if labels >= MODULE_LABELS and items >= _RELATED_RUN and start > 0 and _PROSE_END.search(lines[start - 1]):
        return start
    return len(lines)


# The words of a page's reader-comment section: one table for plain text (here), a page's headings (html) and a
# saved page's headings and links (markdown). What the section is (a noun), the software's sort or call before it
# ("精选留言", "热门评论", "我要评论", "查看全部评论"), its place after ("评论区"), a count ("评论(12)").
COMMENT_NOUNS = ("留言", "评论", "評論", "评論", "評论", "回复", "回復", "回覆", "跟帖")
COMMENT_SORTS = ("精选", "精選", "精彩", "热门", "熱門", "最新", "全部", "最热", "最熱")
COMMENT_BEFORE = (*COMMENT_SORTS, "发表", "發表", "我要", "写", "寫", "查看", "查看全部", "查看更多")
COMMENT_PLACES = ("区", "區", "板", "列表")
COMMENT_READERS = ("网友", "網友", "读者", "讀者", "用户", "用戶", "观众", "觀眾")  # whose: "网友评论" (weak)
COMMENT_ENGLISH = ("comment", "comments", "reply", "leave a reply", "leave a comment")
# Matched on the text with its blank runs folded to one space (comments_words), so one optional space between parts:
# adjacent blank runs backtrack ~n^k in n blanks (review s25 R12)
_NOUN, _BEFORE, _PLACE = alternation(COMMENT_NOUNS), alternation(COMMENT_BEFORE), alternation(COMMENT_PLACES)
_COUNT = r"(?: ?(?:[(（] ?\d* ?[)）]|\d+))"
# The heading of the section in plain text: the noun qualified (sorted, called up, placed, counted). Everything
# below it is readers' words, not the article's. Not a bare "评论" nor "网友评论": an article's own subheading over
# the reactions it reports (_COMMENTS_WEAK, with readers' lines below)
_COMMENTS_HEADING = re.compile(
    rf"^(?:{_BEFORE}{_NOUN}{_PLACE}?{_COUNT}?|{_NOUN}{_PLACE}{_COUNT}?|{_NOUN}{_COUNT}) ?[:：]?$"
)
# A heading or a lone link in a structured page names the section by the noun alone too ("## 评论", "[回复](…)"),
# or in English
_COMMENTS_LABEL = re.compile(
    rf"^(?:{_BEFORE}?{_NOUN}{_PLACE}?{_COUNT}? ?[:：]?|{alternation(COMMENT_ENGLISH)})$", re.IGNORECASE
)
_COMMENTS_AFTER_PROSE = 2  # sentences of some length above the heading: the article came first
# The software's tally of the comments over them, a count with its measure word ("1 条留言", "12則評論", "共3条评论":
# a blog's comments under the post in its mirror's feed, dev s42f_17): no article's words. Once in the text, under a
# line of its own text, it opens the section however short the post above it ("祝大家新年快乐。"); a tally repeated
# is a list page's, one under each post listed, and cuts nothing.
_COMMENTS_TALLY = re.compile(rf"^(?:共 ?)?\d{{1,6}} ?(?:条|條|则|則|个|個) ?{_NOUN} ?[:：]?$")


# A heading an article may also use for what it reports ("网友评论：", "读者留言"), or an account's closing call to
# discuss ("每人互动", "今日互动"): the comments' only when the lines under it read as readers' words (_readers_below)
_COMMENTS_WEAK = re.compile(
    rf"^(?:{alternation(COMMENT_READERS)}?{_NOUN}|[{_HAN}]{{0,4}}互[动動](?:话题|話題)?)"
    r"(?: ?[(（] ?\d+ ?[)）])? ?[:：]?$"
)


def comments_words(text: str, label: bool = False) -> bool:
    """Is ``text`` the heading of a reader-comment section? With ``label``, as a structured page's heading or lone
    link, where the bare noun counts; else as a line of plain text, where it is qualified (or weak: _COMMENTS_WEAK)."""
    folded = " ".join(text.split())
    return bool((_COMMENTS_LABEL if label else _COMMENTS_HEADING).match(folded))


# a reader's line: a handle and a colon ("张三：说得好！"), or a handle over its time ("李四 2025-01-02 12:00")
_READER_LINE = re.compile(
    r"^[^\s:：，。,！？!?]{1,16}\s*(?:[:：]|\s\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$)"
)
_READERS_MAX_LINE, _PROMPT_LINES, _READERS_SAMPLE = 120, 6, 200
_TO_THE_READER = re.compile(r"你|您|大家|各位|网友|读者|欢迎|留言|评论")


def _readers_below(lines: list[str]) -> bool:
    """Do the lines under a weak comment heading read as readers' words? Short lines only (no paragraph of prose),
    and either half of them readers' lines (two at least), or a few, one a question put to the reader: the
    closing prompt to discuss ("每人互动 / 你怎么看…？")."""
    lines = lines[:_READERS_SAMPLE]  # bounded: a page of 8,000 "评论" lines was quadratic (review s18 R6)
    if not lines or any(len(line) > _READERS_MAX_LINE for line in lines):
        return False
    readers = sum(bool(_READER_LINE.match(line)) for line in lines)
    if readers >= 2 and readers * 2 >= len(lines):
        return True
    # the prompt's question is put to the reader (你怎么看…？); an article's own "未来会怎样？" is not (review s18 R13)
    return len(lines) <= _PROMPT_LINES and any(
        line.endswith(("？", "?")) and _TO_THE_READER.search(line) for line in lines
    )


def _comments_start(lines: list[str], buttons: frozenset[int] = frozenset()) -> int:
    """Index of a reader-comment section's heading below the article, len(lines) if none. ``buttons``: where a
    heading dropped as a control stood ("发表评论", a UI word too), before the line of that index."""
    tallies = [i for i, line in enumerate(lines) if len(line) <= 16 and _COMMENTS_TALLY.match(" ".join(line.split()))]
    prose = 0
    said = False  # a sentence above, past the headline: the text came first (review s46 R2: a post's header's tally)
    for i, line in enumerate(lines):
        if i and tallies == [i] and said:
            return i
        said = said or bool(i and _SENTENCE_MARK.search(line))
        if prose >= _COMMENTS_AFTER_PROSE:
            if i in buttons:
                return i
            heading = " ".join(line.split())
            if _COMMENTS_HEADING.match(heading) or (
                len(heading) <= 12 and _COMMENTS_WEAK.match(heading) and _readers_below(lines[i + 1 :])
            ):
                return i
        prose += bool(_PROSE_LINE.match(line))
    return len(lines)


_AFTER_END_LINES, _AFTER_END_WIDTH = 12, 80


def _after_the_end(lines: list[str]) -> bool:
    """Is what follows an article's own end mark ("（完）", "（全文完）" on a line of its own)
    its page's trailer? A few short lines (a follow plug, a reprint notice, a heading and
    its links) are; a paragraph of prose is more article (a digest's next story)."""
    return len(lines) <= _AFTER_END_LINES and all(
        # (a reprint notice is one though it makes a sentence: "本文 <title> 于<day> 发表在 <site>，转载请注明出处。")
        len(line) < _AFTER_END_WIDTH and (not _PROSE_LINE.match(line) or _REPRINT.search(line))
        for line in lines
    )


# A post's own END on a line of its own ("end", "- END -", "—END—": a WeChat account's editor closes the post so,
# dev s38_02) and the account's trailer under it: its events, its readers' group and who is in it (lists of names
# wider than a line), "更多文章" and its links. Prose under it is more text (a sentence of some length, _PROSE_LINE:
# a digest's next story) and stays, as under "（完）". A press release ends so too: "###" or "# # #" or "-###-" closes
# its text, and under it stand its boilerplate and its contacts (investor and media windows, 分機, e-mail: a company
# site's release, dev-retired36 s39h_07).
_END_WORD = re.compile(r"^[\s\-—–_·•*=~]*(?:(?:the\s+)?end|#[ \t]?#[ \t]?#)[\s\-—–_·•*=~]*$", re.IGNORECASE)
_END_WORD_MAX = 16
_AFTER_POST_LINES = 40


def _after_the_post(lines: list[str]) -> bool:
    """Is what follows a post's END line its account's trailer (see above)?"""
    return len(lines) <= _AFTER_POST_LINES and not any(
        _PROSE_LINE.match(line) and not _REPRINT.search(line) for line in lines
    )


# ...but the lines right under END that are the post's own foot stay, and the trailer starts below them: its credits
# ("来源：新华社", "责任编辑：张三"), an attachment's line, its issuer and its day alone (a notice signs under its END:
# review s38 R4)
_POST_FOOT = re.compile(
    r"^(?:来源|稿源|出处|信息来源|文章来源|稿件来源|本文来源|转自|转载自|本文转自|附件)\s*[:：]"
    r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$"
    rf"|^[{_HAN}（）()·]{{2,30}}(?:人民政府|委员会|办公厅|办公室|调查组|工作组|协会|学会|中心|公司|集团|局|厅|部|署|院|会|社|报|网)$"
)
_POST_FOOT_MAX = 40


def _post_foot_end(lines: list[str]) -> int:
    """How many of the lines under a post's END are its own foot (see above)."""
    n = 0
    while (
        n < len(lines)
        and len(lines[n]) <= _POST_FOOT_MAX
        and (_POST_FOOT.match(lines[n]) or _CREDIT_LINE.match(lines[n]))
    ):
        n += 1
    return n


# A separator the author typed ("---", "———", "＊＊＊") with a page's plug under it: a call to
# send tips, to update or download the app, to follow an account, with its link or number.
_RULE_LINE = re.compile(r"^\s*(?:[-—_*=~·＊－＝]\s*){3,}$")
_RULE_MIN = 4  # a shorter run is a table's empty cells ("－－" in a row of figures)
_MINUS_RULE_MIN = 5  # minus signs mark empty cells too: a PDF's row of four ("－－－－", dev s13_23)


def _drawn_rule(line: str) -> bool:
    """A rule drawn across the page, long enough to be no row of a table's empty cells."""
    if not _RULE_LINE.match(line):
        return False
    marks = "".join(line.split())
    return len(marks) >= (_MINUS_RULE_MIN if set(marks) <= {"-", "－"} else _RULE_MIN)


# A divider that says it is one between its rules ("--------我是免费网络交易课堂的分割线--------": a WeChat writer's
# "I am the dividing line", before the account's ad)
_RULE_MARKS = r"(?:[-—_*=~·＊－＝]\s*){3,}"
_CAPTIONED_RULE = re.compile(rf"^\s*{_RULE_MARKS}[^\s\-—_*=~·＊－＝]{{0,30}}?分割线\s*{_RULE_MARKS}$")


def _divider(line: str) -> bool:
    """A rule drawn across the page, or one with its caption between its marks (see _CAPTIONED_RULE)."""
    return _drawn_rule(line) or (len(line) <= _AFTER_RULE_WIDTH and _CAPTIONED_RULE.match(line) is not None)


# a line of ornaments only ("●    ●    ●", "◆◆◆"): an editor's divider between parts, no text to read; or of single
# letters and digits each set apart by a dot, no word in it (".F.X.1.6.8": a site's mark spelled out under a copied
# story, dev s39b_09)
_ORNAMENT_LINE = re.compile(
    r"^(?:(?:[●○◆◇■□▲△▼▽★☆◎•❖✦✧♦◈❀✿]\s*){2,}|(?=.*[A-Za-z])[.·]?(?:[A-Za-z0-9][.·]){3,}[A-Za-z0-9][.·]?)$"
)
_AFTER_RULE_LINES, _AFTER_RULE_WIDTH = 8, 120
_RULE_CALLS = 2
# A call holds a way to act on it: a link, an @handle, a QR code, a tip line's number, or
# a verb in its plug sense (follow an account, download the app, subscribe to a channel).
# The bare verbs are everyday news words ("引发关注", "拨打热线12345") and never count alone.
# (the outlet's own words: near the line's start, no quote or colon before it - a speaker's "他说：“请支持我们的球队。”"
# is the story's, review s39 R8)
_APPEAL = r"^[^“「\"‘『：:]{0,20}[请請](?:继续|繼續)?支持.{0,12}?(?:《|我们|我們|本[报報台刊网網站])"
_CALL = re.compile(
    r"https?://|www\.|bit\.ly|(?<![A-Za-z0-9_.@])@[A-Za-z0-9_]{2,}|[二两][维維]码|[二两][维維]碼|扫码|掃碼|扫一扫|掃一掃|\bQR\b"
    r"|(?:报料|報料|爆料|揾|搵|whatsapp|telegram|signal).{0,12}?\d(?:[\s-]?\d){6,}"
    r"|[关關]注.{0,8}?(?:公众号|公眾號|微信|微博|[账帳][号號]|专页|專頁|频道|頻道|facebook|instagram|youtube|\big\b)"
    r"|(?:下[载載]|更新).{0,12}?(?:\bapps?\b|客[户戶]端|应用程序|應用程式)"
    r"|[订訂][阅閱].{0,8}?(?:频道|頻道|newsletter|电子报|電子報)"
    # an account named on a line of its own after its channel ("看微博：北京新闻广播", "微信号：", "听广播：AM828
    # FM100.6"): a station's or a paper's list of where to follow it
    r"|^\s*(?:看|读|讀|听|聽|关注|關注|订阅|訂閱|收听|收聽)?\s*(?:微博|微信号?|微信號|微信公众号|微信公眾號|公众号|公眾號"
    r"|抖音号?|抖音號|视频号|視頻號|头条号|頭條號|小红书|小紅書|(?<=[听聽])广播|(?<=[听聽])廣播)\s*[:：]\s*[^。！？，,]{0,30}$"
    # an outlet's appeal for its readers' support ("守护自由空间，请支持基督教《时代论坛》": a Hong Kong paper's
    # foot, dev s39b_22; the means to give under it count only beside it, _GIVE_MEANS)
    rf"|{_APPEAL}",
    re.IGNORECASE,
)


# The means to give under an outlet's appeal ("可选择：PayMe 或 网上捐款" / "转数快FPS +852 …"): calls only in a run
# that holds the appeal itself; alone, FPS is a game's frame rate and PayPal a company in the news (review s39 R7)
_GIVE_MEANS = re.compile(r"\bpayme\b|\bpaypal\b|转数快|轉數快|\bFPS\b|捐款|捐助|奉[献獻]|打[赏賞]", re.IGNORECASE)


# An outlet's appeal to its readers closing its article, a paragraph long ("…希望之声诚邀您和我们一起携手努力。欢迎点击
# 了解详情。", a broadcaster's box under its story, dev s40b_21; "【诚征荣誉会员】…我们向全球华人诚意征集万名荣誉会员：
# 每位荣誉会员每年只需支付一份订阅费用，成为《看中国》网站的荣誉会员，就可以助力我们…", dev s40b_22). What it IS: the
# outlet speaking of itself (我们, 本台/本报/本站, a title in 《》) and inviting the reader to pay for membership,
# subscribe, give or click, in its own voice (no speaker's verb or quote before it), last. A story that ends on
# someone's invitation ("该协会表示：“诚邀您参加…”") keeps it, as an office's reply its courtesy
# ("诚挚的邀请您继续对我们进行监督", dev s39_07: an invitation with no act of subscribing, giving or clicking is no
# appeal), as a volunteer team's call closing a story about it ("欢迎符合条件的居民加入我们，成为志愿服务队会员。":
# joining is no paying, review s40).
_SELF_NAMED = re.compile(r"我们|我們|本[台报報站网網刊]|《[^《》]{1,12}》")
_INVITES = re.compile(
    r"[欢歡]迎您?(?:点击|點擊|订阅|訂閱|捐)|(?:诚征|誠徵|征集|徵集).{0,12}?(?:会员|會員|订户|訂戶)"
    r"|订阅费|訂閱費|(?:捐款|捐助|赞助|贊助)(?:我们|我們|本[台报報站网網])"
)
_APPEAL_WORD = re.compile("[征徵迎捐]|成[为為]|订阅费|訂閱費")  # (a cheap look first)
OUTLET_APPEAL_LINES = 3  # closing lines looked at
OUTLET_APPEAL_MAX = 400  # characters of one of them


def _appeal_line(line: str) -> bool:
    if len(line) > OUTLET_APPEAL_MAX or (m := _INVITES.search(line)) is None or _said(line, m.start()):
        return False
    return _SELF_NAMED.search(line) is not None


def _outlet_appeal(lines: list[str]) -> int:
    """Where an outlet's closing appeal starts (see _INVITES), len(lines) if none; a line that runs on from the one
    above (no sentence's end there: the appeal's first line wrapped) goes with it."""
    start = len(lines)
    for i in range(len(lines) - 1, max(0, len(lines) - 1 - OUTLET_APPEAL_LINES), -1):
        if _appeal_line(lines[i]) or (
            i + 1 == start
            and start < len(lines)
            and not _SENTENCE_MARK.search(lines[i][-1:])
            and _INVITES.search(lines[i])
        ):
            start = i
        else:
            break
    return start if start > 0 else len(lines)


# A closing call to share the post or open what the account offers: "欢迎分享到朋友圈",
# "转发给好友", "点击阅读原文，进入周刊书店" (a platform's words: no news sentence ends so).
_SHARE_CALL = re.compile(
    r"(?:分享|转发|轉發|转给|轉給)(?:到|至|给|給)?(?:朋友圈|好友|朋友|微信群)|点击阅读原文|點擊閱讀原文|[长長]按.{0,8}?(?:识别|識別|关注|關注)"
)
_CLOSING_PLUG_LINES, _CLOSING_PLUG_WIDTH = 6, 80
# a credit line: a role, a colon, a name ("采写记者：韩萌", "微信编辑：陆健", "文/图：…", "责任编辑：…")
_CREDIT_LINE = re.compile(
    r"^[(（\[]?[^\s:：]{0,6}(?:记者|編輯|编辑|作者|撰文|采写|採寫|摄影|攝影|校对|校對|审核|審核|监制|監製|文|图|圖)"
    r"\s*[:：|｜/／]"
)
_LINKS = re.compile(r"https?://\S+|www\.\S+|(?<![A-Za-z0-9_.@])@[A-Za-z0-9_]{2,}")


def _closing_plug(lines: list[str]) -> int:
    """Index where the article's closing plug starts, len(lines) if none: the longest run,
    two to six short lines at the end, none a sentence of prose or a credit (the article's
    "采写记者：…", "编辑：…" above the plug are its own), half of them a call with
    its means (a QR code, an account to follow, a share to 朋友圈; a bare link is no call
    here: a notice closes with where to get its form). A WeChat account closes its post so:
    "✬如果你喜欢这篇文章，欢迎分享到朋友圈✬", "请长按下方二维码关注我们"; one line alone
    may be a sentence that names a network ("他表示会继续关注YouTube平台的内容审核。")."""
    start = len(lines)
    calls = 0
    appeal = any(re.search(_APPEAL, line) for line in lines[-_CLOSING_PLUG_LINES:])
    for i in range(len(lines) - 1, max(-1, len(lines) - 1 - _CLOSING_PLUG_LINES), -1):
        line = lines[i]
        if len(line) > _CLOSING_PLUG_WIDTH or _PROSE_LINE.match(line) or _CREDIT_LINE.match(line):
            break
        calls += bool(
            _CALL.search(_LINKS.sub(" ", line)) or _SHARE_CALL.search(line) or (appeal and _GIVE_MEANS.search(line))
        )
        if calls and len(lines) - i >= 2 and calls * 2 >= len(lines) - i:
            start = i
    if 0 < start < len(lines) and lines[start - 1].rstrip().endswith(("：", ":")):
        return len(lines)  # under a label (报名方式：, 附件：): the article's own lines, how to take part
    return start if start > 0 else len(lines)


# An outlet's business contacts closing its post, each a line of a label and a way to reach it: "合作电话：183…",
# "合作微信：aqniu001", "投稿邮箱：editor@aqniu.com" (a WeChat account's foot, dev s38_03). The labels are the outlet's
# trade (cooperation, advertising, submissions, tips), never a notice's own contact (联系人, 联系电话 stay: how to
# take part); two such lines at least, nothing else in the run, and one of them the outlet's trade itself (合作, 商务,
# 广告): a call for submissions' "投稿邮箱：…" / "投稿电话：…" alone are how to take part (review s38 R5).
_CONTACT_LINE = re.compile(
    r"^(?:商务|商務|广告|廣告)?(?:合作|投稿|商务|商務|广告|廣告|爆料|报料|報料)"
    r"(?:电话|電話|热线|熱線|微信|微信号|微信號|邮箱|郵箱|信箱|邮件|郵件|qq|联系|聯繫|联络|聯絡|方式)?\s*[:：]\s*"
    r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\+?\d[\d\s-]{5,18}\d|[A-Za-z][A-Za-z0-9_-]{4,30})\s*$",
    re.IGNORECASE,
)
_CONTACT_LINE_MAX, _CONTACT_LINES_MAX, _CONTACT_LINES_MIN = 60, 6, 2
_TRADE = re.compile(r"^(?:商务|商務|广告|廣告)?(?:合作|商务|商務|广告|廣告)")


def _contact_foot(lines: list[str]) -> int:
    """Index where an outlet's closing business contacts start (see above), len(lines) if none."""
    start = len(lines)
    while (
        start > 0
        and len(lines) - start < _CONTACT_LINES_MAX
        and len(lines[start - 1]) <= _CONTACT_LINE_MAX
        and _CONTACT_LINE.match(lines[start - 1].strip())
    ):
        start -= 1
    if len(lines) - start < _CONTACT_LINES_MIN or start == 0 or not any(_TRADE.match(x.strip()) for x in lines[start:]):
        return len(lines)
    return start


# An outlet's call to its readers for news tips, closing the article: "《南方周末》现向所有身处…的读者公开征集新闻
# 线索…线索可直接给本篇文章留言" (新闻线索 is the newsroom's word; a police appeal for 线索 is news and stays)
_TIPS_CALL = re.compile(r"新闻线索|新聞線索")
_TIPS_VERB = re.compile(r"征集|徵集|提供|欢迎|歡迎|联系|聯繫|留言|报料|報料|爆料|分享|发送|發送|拨打|撥打")
_TIPS_LINES, _TIPS_HEADING_MAX = 2, 6


def _tips_call(lines: list[str]) -> int:
    """Index where the outlet's closing call for news tips starts (with its short heading, "征集"),
    len(lines) if the text does not close with one."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 1 - _TIPS_LINES), -1):
        if _TIPS_CALL.search(lines[i]) and _TIPS_VERB.search(lines[i]):
            if i > 0 and len(lines[i - 1]) <= _TIPS_HEADING_MAX and not _SENTENCE_MARK.search(lines[i - 1]):
                i -= 1
            return i if i > 0 else len(lines)
    return len(lines)


# An outlet's recruiting plug closing the article: what the reader will get, told to the reader ("在这里，你将获得：")
# over a list of short items with no clause of their own ("1、机构级交易策略提醒"), under its short exclamation
# ("黄金头条官方社群限时招募开始啦！": dev s41b_03 #19). What it IS: a promise to the reader (你/您 + 将/可以/能 +
# 获得/享受…), then nothing but the offer's list. A guide's list of what the reader needs ("你需要准备：/1、身份证")
# promises nothing; a list of sentences ("1、审批时间缩短一半，企业开办全程网上办理。") is the article's.
_PROMISE_TO_READER = re.compile(
    r"[你您](?:们)?(?:将|将会|可以|能|能够|还能|还将|会)(?:获得|享受|收获|得到|拥有|解锁)[^，,。！!？?]{0,6}[：:]$"
)
_PROMISE_LINE_MAX = 30  # characters of the promise's line
_OFFER_ITEM_MAX = 30  # characters of an item of the offer's list
_OFFER_ITEMS = (2, 12)  # items of the list, at least and at most
_OFFER_HEADING_MAX = 30  # characters of the exclamation over the promise


def _promise_list(lines: list[str]) -> int:
    """Index where the closing promise and its list start (with the exclamation over it), len(lines) if none."""
    for i in range(len(lines) - 1 - _OFFER_ITEMS[0], max(-1, len(lines) - 2 - _OFFER_ITEMS[1]), -1):
        line = lines[i].strip()
        if len(line) > _PROMISE_LINE_MAX or not _PROMISE_TO_READER.search(line):
            continue
        items = [x.strip() for x in lines[i + 1 :]]
        if not all(
            len(x) <= _OFFER_ITEM_MAX and _LIST_START.match(x) and not _CLAUSE_OR_COMMA.search(x[:-1]) for x in items
        ):
            return len(lines)
        above = lines[i - 1].strip() if i > 0 else ""
        if len(above) <= _OFFER_HEADING_MAX and above.endswith(("！", "!")) and not _COMMA_IN.search(above):
            i -= 1
        return i if i > 0 else len(lines)
    return len(lines)


# A firm's or a site's statement under the article, a heading alone ("特别声明", "免责声明") over its disclaimer (what
# the text is only for, what it is not: "…仅供参考，不应被视为任何意义上的法律意见或法律依据。") and the page's footer
# under it (contacts, the site's menu, its offices' addresses: a law firm's newsletter page, dev-retired20 s23_06). The
# statement and all under it go when the article's prose stands above it and hardly a sentence under it.
_STATEMENT_HEADING = re.compile(r"^[【\[［]?(?:特别|免责|法律|重要)[声申]明[】\]］]?$")
_DISCLAIMS = re.compile(
    r"仅供(?:参考|学习|交流|研究)|不(?:应|得|能)?(?:被)?(?:视为|视作|作为|构成)[^。]{0,16}(?:意见|建议|依据)"
)
STATEMENT_TAIL_LINES = 60  # lines from the end the heading is looked for in
_STATEMENT_PROSE_UNDER = 1  # sentences of some length under the disclaimer at most


def _statement_tail(lines: list[str]) -> int:
    """Index where a statement under the article starts (see _STATEMENT_HEADING), len(lines) for none."""
    for i in range(len(lines) - 2, max(-1, len(lines) - 1 - STATEMENT_TAIL_LINES), -1):
        if len(lines[i]) <= 8 and _STATEMENT_HEADING.match(lines[i].strip()):
            under = [line for line in lines[i + 1 :] if line.strip()]
            if (
                under
                and _DISCLAIMS.search(under[0])
                and sum(bool(_PROSE_LINE.match(line)) for line in under[1:]) <= _STATEMENT_PROSE_UNDER
                and sum(bool(_PROSE_LINE.match(line)) for line in lines[:i]) >= PAGE_TRAILER_ARTICLE
            ):
                return i
    return len(lines)


# A post's revision note, last: a heading that names the text's own history ("本文历史", "修订记录", "更新日志",
# "Changelog") over a few lines that each open with a full date and say what was done that day ("2015年12月08日 完成
# 初稿", "2016-01-02 补充图片": a Jekyll blog's closing list, dev s48b_01). What it IS: the author's log of the file, no
# part of what the page reports (a company's history is headed 历史/发展历程 and stays: the heading must name a
# revision). Items short, at most REVISION_ITEMS, under an article's prose.
_REVISION_HEADING = re.compile(
    r"^(?:本文|文章|本页|文档|版本)?(?:修订|修改|更新|编辑|版本)(?:历史|记录|日志)$|^本文(?:历史|更新|修订|修改)$"
    r"|^(?:revision|edit|update|version)s? history$|^change ?log$",
    re.IGNORECASE,
)
_REVISION_ITEM = re.compile(
    r"^[-*•·]?[ \t]?\d{4}[ \t]?(?:年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日|([-/.])\d{1,2}\1\d{1,2})"
    r"(?:[ \t]?\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*[:：,，]?[ \t]*\S"
)
REVISION_ITEMS = 8  # dated lines under the heading at most
_REVISION_ITEM_MAX = 40  # characters of one
_REVISION_HEADING_MAX = 16


def _revision_note(lines: list[str]) -> int:
    """Index where the closing revision note starts (see _REVISION_HEADING), len(lines) if none."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    for i in range(end - 1, max(-1, end - 2 - REVISION_ITEMS), -1):
        line = lines[i].strip()
        if line and (len(line) > _REVISION_ITEM_MAX or not _REVISION_ITEM.match(line)):
            head = line.strip("*# ").rstrip("：:")
            if (
                i < end - 1
                and len(head) <= _REVISION_HEADING_MAX
                and _REVISION_HEADING.match(head)
                and sum(bool(_PROSE_LINE.match(x)) for x in lines[:i]) >= PAGE_TRAILER_ARTICLE
            ):
                return i
            break
    return len(lines)


# An account's invitation to its chat groups, closing the text: "知光谷光伏器件学术QQ群：641345719",
# "钙钛矿产教融合交流@知光谷（微信群）：需添加编辑微信", "…由编辑审核后邀请入群。" (a WeChat account's post as a
# CSV cell, dev-retired44 s47h_06 #1), or glued as the signature's last clause ("…开发了一些列产品。技术交流QQ群：
# 565438497。", a blog platform's post, dev s42f_16 #10). What it IS: the outlet's group, a label naming a group and
# its number or how to join, and the sentences on joining it; never the article's (a report on a fraud names a group
# inside a sentence, not as a closing label: its label is a name, no clause, no 的). One label line at least, the run
# at the text's end, under an article's prose.
_GROUP = r"(?:QQ|qq|微信|企鹅|企鵝|交流|讨论|討論|粉丝|粉絲|读者|讀者|技术|技術|学术|學術|用户|用戶|官方)群"
_GROUP_LABEL_LINE = re.compile(rf"^[^。！？；，,的]{{0,30}}?{_GROUP}[)）]?(?:号|號)?[ \t]*[:：][^。！？]{{1,30}}[。]?$")
_GROUP_JOIN = re.compile(r"入群|进群|進群|加群|群聊|邀请.{0,6}群|邀請.{0,6}群")
_GLUED_GROUP = re.compile(rf"(?<=[。！？])[^。！？]{{0,24}}{_GROUP}(?:号|號)?[ \t]*[:：][ \t]*\d{{5,12}}[。.]?$")
GROUP_INVITE_LINES = 4  # lines of the invitation at most
_GROUP_LINE_MAX = 100  # characters of one


def _group_invite(lines: list[str]) -> int:
    """Index where the closing invitation to the account's chat groups starts (see _GROUP), len(lines) if none."""
    start, labels = len(lines), 0
    while start > 0 and len(lines) - start < GROUP_INVITE_LINES:
        line = lines[start - 1].strip()
        if len(line) > _GROUP_LINE_MAX:
            break
        if _GROUP_LABEL_LINE.match(line):
            labels += 1
        elif not _GROUP_JOIN.search(line):
            break
        start -= 1
    if not labels or sum(bool(_PROSE_LINE.match(x)) for x in lines[:start]) < PAGE_TRAILER_ARTICLE:
        return len(lines)
    return start


def _without_glued_group(line: str) -> str:
    """The text's last line less the group's number glued as its last clause (see _GROUP)."""
    if "群" not in line[-40:] or not (m := _GLUED_GROUP.search(line, max(0, len(line) - 60))):
        return line
    return line[: m.start()]


def plug_after_rule(lines: list[str]) -> bool:
    """Is what follows a separator near the end a plug (a few lines, half of them a call with
    its link or number, or two calls: an account's footer of name, slogan, e-mail and two QR
    codes) rather than more of the article (a note, a second part)?"""
    calls = sum(bool(_CALL.search(line)) for line in lines)
    return (
        0 < len(lines) <= _AFTER_RULE_LINES
        and all(len(line) <= _AFTER_RULE_WIDTH for line in lines)
        and (calls * 2 >= len(lines) or calls >= _RULE_CALLS)
    )


_PROSE_LINE = re.compile(rf"^[^（(].{{30,}}[{SENTENCE_END_ZH}]”?$")  # a sentence of some length, not a bracketed note


# a list item's or a teaser's link to the whole article, last on its line ("…展开批判性分析。 [全文]", a feed of a
# list page; "【详细】")
_READ_MORE = re.compile(
    r"\s*[\[【［](?:全文|详细|詳細|详情|詳情|更多|阅读全文|閱讀全文|查看全文|阅读更多|閱讀更多)[\]】］]$"
    # or a page's button left after the last credit when a scraper flattened the page ("海报设计：代云鹤 【纠错】",
    # a 新华网 record, tester s19 T11)
    r"|\s*【(?:我要纠错|纠错|糾錯|打印|列印|关闭|關閉|关闭窗口|打印本页)】$"
)


# A line that only points to the rest of the article elsewhere, its address with it or not ("(阅读全文… https://pse.is/…)"
# closing a magazine's teaser relayed by a news site, dev-retired23 s26h_09; "继续阅读>>", "Read more: …"): the text
# here ends at it, as at "（完）". It goes, and the relay's promotion under it with it when that is a few short lines
# (_after_the_end); prose under it is more text (a digest's next item) and stays.
_READ_REST = re.compile(
    r"^[(（\[【［]?\s*(?:点击|點擊)?\s*(?:阅读全文|閱讀全文|查看全文|继续阅读|繼續閱讀|全文阅读|全文閱讀|阅读完整全文|閱讀完整全文"
    r"|read\s+(?:the\s+)?(?:full|whole|rest)(?:\s+(?:story|article|post|text))?|continue\s+reading|read\s+more)"
    r"\s*(?:[.…:：>》»]\s*)*(?:(?:https?://|www\.)\S{4,200}?)?\s*[)）\]】］]?$"
    # or "continued" with the address of the page it goes on at ("续:http://www.gxnews.com.cn/…-1.shtml" closing the
    # first page of a paginated article, dev s26_05): the word alone is the text's, with the address a pointer
    r"|^[(（\[【［]?\s*(?:续|續|接下页|接下頁|转下页|轉下頁)\s*[:：>》»]?\s*(?:https?://|www\.)\S{4,200}?\s*[)）\]】］]?$",
    re.IGNORECASE,
)
_READ_REST_MAX = 240
_ENDS_SENTENCE = re.compile(f"[{SENTENCE_END}.][{CLOSE_QUOTE}\"'）)]?$")


def strip_end_marks(line: str) -> str:
    """Drop end marks at the end of a line, one at a time from the end.

    Each search looks only at the line's tail: a regex anchored with ``$`` but free
    to start anywhere would rescan the whole line from every position (quadratic
    on a megabyte line of spaces or of "(完)").
    """
    end = len(line)
    while (m := _END_MARK.search(line, max(0, end - _END_MARK_WINDOW), end)) or (
        m := _READ_MORE.search(line, max(0, end - _END_MARK_WINDOW), end)
    ):
        end = m.start()
    return _strip_rights_note(line[:end])


# A bracketed note closing the last paragraph, past its last sentence, that carries the
# publisher's rights: "…才能真正出运。【详细内容请参阅最新一期《理财周刊》第879期…。尊重智慧财产权
# 如需转载请注明出处来源。】" (a magazine's article in a record: the note glued to the text)
_CLOSING_NOTE = re.compile(rf"(?<=[{SENTENCE_END_ZH}{CLOSE_QUOTE}])\s*【([^【】]{{4,{_NOTE_MAX}}})】\s*$")
_REPRINT = re.compile(
    r"转载(?:时)?(?:请|须|需|务必|应)?(?:注明|标明|保留|联系)|版权(?:所有|归)|尊重(?:智慧财产权|知识产权|著作权|版权)"
    r"|未经(?:授权|许可|同意)"
)


# A call to follow the writer on a social network, glued after the last sentence of a writer's
# note: "…还曾担任航空业记者。欢迎在Twitter上关注他 @KeithBradsher。" (the line's prose stays)
_FOLLOW_TAIL = re.compile(
    rf"(?:^|(?<=[{SENTENCE_END_ZH}]))\s*(?:欢迎|歡迎|请|請)?\s*(?:在|于|於)?\s*"
    r"(?:twitter|x|facebook|instagram|threads|微博|推特|脸书|臉書)\s*上?\s*(?:关注|關注|追踪|追蹤|follow)\s*"
    r"(?:他|她|我们|我們|作者|本报|本報)[^。！？\n]{0,40}?[。！？]?\s*$",
    re.IGNORECASE,
)
_FOLLOW_WINDOW = 80
# ...or to follow the publisher's own account, glued after the signature's day or the last sentence when a scraper ran
# the page's lines together: "…2023年11月30日更多信息请关注官方微信“河北人社”", "…（此件主动公开）更多信息…" (a
# provincial office's relay of a ministry's notice, its plug under every page, dev s38_11); a sentence with a subject
# ("市民可关注官方微信…了解") is the text's
_ACCOUNT_TAIL = re.compile(
    rf"(?:^|(?<=[{SENTENCE_END_ZH}{CLOSE_QUOTE}{CLOSE_BRACKET}日]))\s*(?:更多(?:信息|资讯|資訊|内容|內容|精彩|详情|詳情)[，,]?\s*)?"
    r"(?:请|請|欢迎|歡迎)?(?:关注|關注)(?:我们的|我們的)?(?:官方)?(?:微信公众号|微信公眾號|微信|微博|公众号|公眾號|抖音|视频号|視頻號)"
    r"(?:号|號|账号|帳號)?\s*[:：]?\s*[“\"「『]?[^。！？\n“”\"「」『』]{1,20}[”\"」』]?[。！]?\s*$"
)


# a repost's takedown note glued after the article's last sentence ("…净利润达到8亿元。如有侵权请联系删除。"), with
# the sentence before it when it speaks of the repost ("本文转自网络，", "本文创作初衷…无任何侵犯他人权益的意图。"):
# the note goes, the paragraph stays (review s19 R12)
_TAKEDOWN_TAIL = re.compile(
    rf"(?:(?<=[{SENTENCE_END_ZH}])|^)\s*(?:[^{SENTENCE_END_ZH}]*(?:转自|转载自|来源于|来自网络|侵犯|版权|初衷)"
    rf"[^{SENTENCE_END_ZH}]*[{SENTENCE_END_ZH}]\s*)?[^{SENTENCE_END_ZH}]*如有侵权[，,]?\s*请[^{SENTENCE_END_ZH}]{{0,6}}?"
    rf"(?:联系|删除|告知|通知)[^{SENTENCE_END_ZH}]*[{SENTENCE_END_ZH}]?\s*$"
)
_TAKEDOWN_WINDOW = 240


def _strip_rights_note(line: str) -> str:
    if "如有侵权" in line[-_TAKEDOWN_WINDOW:] and not _said(line, line.rfind("如有侵权")):
        if (m := _TAKEDOWN_TAIL.search(line, max(0, len(line) - _TAKEDOWN_WINDOW))) is not None:
            line = line[: m.start()]
    if (m := _FOLLOW_TAIL.search(line, max(0, len(line) - _FOLLOW_WINDOW))) is not None:
        line = line[: m.start()]
    if ("关注" in line[-_FOLLOW_WINDOW:] or "關注" in line[-_FOLLOW_WINDOW:]) and (
        m := _ACCOUNT_TAIL.search(line, max(0, len(line) - _FOLLOW_WINDOW))
    ) is not None:
        line = line[: m.start()]
    if not line.endswith("】"):
        return line
    m = _CLOSING_NOTE.search(line, max(0, len(line) - _NOTE_MAX - 8))
    if m is None or not _REPRINT.search(m.group(1)):
        return line
    return line[: m.start()]


# A bulletin board's replies under a post (PTT's 推文 and the BBSes on its software): a mark (推 up,
# 噓 down, → on), the replier's id, a colon, the words, then an address or none and the day and
# minute ("推 marunaru: 買28k的就還好 07/09 20:06"). Readers' comments, never the post's text; as
# are the board's edit stamps among them ("※ 編輯: id (1.2.3.4 臺灣), 07/09/2020 20:10:11") and the
# signature between "--" and the station's line ("※ 發信站: …", which metadata reads and drops).
_BBS_PUSH = re.compile(
    r"^[推→噓嘘]\s*[A-Za-z][A-Za-z0-9_]{1,12}\s*:.{0,200}?\s*(?:\d{1,3}(?:\.\d{1,3}){3}\s*)?"
    r"\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*$"
)
_BBS_EDITED = re.compile(r"^※\s*[編编][輯辑]\s*[:：]")
_BBS_STATION_LINE = re.compile(r"^※\s*[發发]信站\s*[:：]")
_BBS_SIGNATURE_MAX = 6  # lines: a BBS's limit on a signature


# (or a thread's posts, each under its header: the poster, the minute, its floor, "jinsewuduan超人就是我2018-04-23
# 13:32:55 [楼主]1楼", "ChairmanJ酱还是老的辣 最后修改于2018-04-23 13:53:54 2楼": a campus BBS's page, dev s16_14. The
# post is the first floor's; from the second floor's header on, readers' replies.)
_FLOOR_HEADER = re.compile(r"(?:19|20)\d\d-\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?\s?(?:\[楼主\]\s?)?(\d{1,4})楼")
_FLOOR_HEADER_AT = 80  # characters into its line the header's stamp ends at most
FLOOR_HEADERS_MIN = 3  # floors counting up from the first, for a page to be a thread


# (a microblog's page: under the post, the account's other posts, each "发布了头条文章：《…》" or another post's text
# between them: dev s15_43, 微博. Two such lines at least under the post; the page's timeline starts at the first.)
_TIMELINE_ITEM = re.compile(r"^(?:发布了头条文章|发表了博文|发布了文章)\s?[:：]")
TIMELINE_ITEMS_MIN = 2
_TIMELINE_POST_MIN = 30  # characters of a line of the post above, with a sentence in it


def _timeline_start(lines: list[str]) -> int:
    """Where a microblog page's timeline of other posts starts under the post (see _TIMELINE_ITEM), len(lines) for
    none."""
    items = [
        i for i, line in enumerate(lines) if line[:8].startswith(("发布了", "发表了")) and _TIMELINE_ITEM.match(line)
    ]
    if len(items) < TIMELINE_ITEMS_MIN or not any(
        len(line) >= _TIMELINE_POST_MIN and _SENTENCE_MARK.search(line) for line in lines[: items[0]]
    ):
        return len(lines)
    return items[0]


def _thread_replies(lines: list[str]) -> int:
    """Where a thread's replies start under its first post (see _FLOOR_HEADER), len(lines) for none."""
    floors = []
    for i, line in enumerate(lines):
        m = _FLOOR_HEADER.search(line[: _FLOOR_HEADER_AT + 8])
        if m and m.end() <= _FLOOR_HEADER_AT:
            floors.append((int(m[1]), i))
    if len(floors) < FLOOR_HEADERS_MIN or floors[0][0] != 1 or floors[1][0] != 2 or floors[2][0] != 3:
        return len(lines)
    return floors[1][1]


def _bbs_chrome(lines: list[str]) -> set[int]:
    """Indexes of a bulletin-board post's replies, edit stamps and signature (with its "--")."""
    drop = {i for i, line in enumerate(lines) if _BBS_PUSH.match(line) or _BBS_EDITED.match(line)}
    if "楼" in "".join(lines[:2000]):
        drop.update(range(_thread_replies(lines), len(lines)))
    for i, line in enumerate(lines):
        if _BBS_STATION_LINE.match(line):
            for j in range(i - 1, max(-1, i - 2 - _BBS_SIGNATURE_MAX), -1):
                if lines[j].strip() == "--":
                    drop.update(range(j, i))
                    break
            break
    return drop


# git's conflict markers left in a file committed after a bad merge (dev s16_50: ">>>>>>> upstream/main")
_CONFLICT_MARK = re.compile(r"(?:<{7}|>{7})(?:\s+\S.{0,100})?\s*$|={7}\s*$|\|{7}(?:\s+\S.{0,100})?\s*$")


# A feed filter's verdict a re-publisher sets above each item: a label in brackets, an English word, then its reason
# ("[recommended] 哈啰被315点名，…故为recommended", "[critical] …，用户很感兴趣"; 12-corpus s19_06, s19_14, s19_18)
_VERDICT_LINE = re.compile(r"^\[[a-z][a-z_-]{2,15}\]\s*[^\n]{1,300}$")
# An e-paper page's navigation, run together before the text when a scraper took the page's text (文艺报's
# e-paper, dev s36_03: "第1版：新闻下一版返回栏目上一篇下一篇放大+缩小-默认o联合国教科文组织确认北京…"): the
# page's label (版 and its section's name) and the page's buttons (上一版/下一版, 返回栏目/目录, 上一篇/下一篇, the
# type size's 放大+/缩小-/默认 and its radio mark), three buttons at least; the text goes on after them
_EPAPER_BUTTON = (
    r"(?:上一版|下一版|返回栏目|返回目录|返回本版|返回首页|上一篇|下一篇|上一期|下一期"
    r"|放大\s?\+|缩小\s?-|默认\s?[oO○◎]?)"
)
_EPAPER_NAV = re.compile(
    rf"^第\s?[0-9０-９一二三四五六七八九十]{{1,3}}\s?版\s?[:：]?\s?[^\s{SENTENCE_END_ZH}，]{{0,10}}?"
    rf"\s?{_EPAPER_BUTTON}(?:\s?{_EPAPER_BUTTON}){{2,12}}"
)
# A site template's note to whoever fills it in, left on the page ("※此區為圖文編輯器，可由後台新增/編輯，圖片寬高不限，
# 建議寬度1250px", a Taiwanese CMS's placeholder block, dev s28_07; "此區域為新聞中心內頁，不提供修改操作。", a company
# site's news template, dev-retired36 s39h_07): words about the page's region to the site's editor - what the region
# is and how it is edited - never the article's (in either script)
_TEMPLATE_NOTE = re.compile(
    # (its words to the editor; a size in pixels alone is what a notice asks of its entries: review s36 R5)
    r"(?:此|本)(?:区|區|处|處|栏|欄)(?:为|為|是|可)[^。\n]{0,20}?(?:编辑器|編輯器|后台|後台)"
    # (a region's note names the region: "此处可以修改" is a code comment's, dev 101_coolshell; and the region is a
    # page's - "本区域为…集聚区，重点发展影视编辑" is an article's zone: review s41 R6)
    r"|(?:此|本)(?:区|區)域(?:为|為|是)[^。\n]{0,12}?(?:内页|內頁|页面|頁面)[^。\n]{0,12}?(?:修改|编辑|編輯)",
    re.IGNORECASE,
)
# A page's download button and its index fields left as lines ("【原文下载】" over the notice's file, "检索关键词:
# 人工智能, 北斗" atop a government portal's notice, dev s21_07; "PDF下载" under a law firm's review): the page's, never
# the text's (the file's own name, an attachment's line and a heading over attachments, "附件下載", stay: test_text_s31)
_FIELD_BUTTON = re.compile(
    r"^(?:[【\[［]?(?:原文下载|下载原文|全文下载|pdf下载|下载pdf|打印本页|关闭窗口)[】\]］]?"
    r"|检索(?:关键词|关键字)\s?[:：][^。！？\n]{0,60})$",
    re.IGNORECASE,
)
_FIELD_BUTTON_MAX = 70
# An aggregator's tags for an item, a bracketed label line of their own ("[标签: 台海局势]",
# "[标签: 军事国防, 科技前沿]" over each item's text: dev-retired31 s34h_02): the site's filing, never the
# article's words
_TAG_LINE = re.compile(
    r"^[\[【［]\s*(?:标签|关键词|关键字|tags?|分类)\s*[:：]\s*[^\]】］\n]{1,80}[\]】］]$", re.IGNORECASE
)


# An official document's note on its signature page, that the page holds no text ("（此页无正文）",
# "（本页无正文，为《…》之签署页）" over the issuer and the day: dev s37_03): the print's layout, none of its words
_NO_TEXT_PAGE = re.compile(r"^[（(]\s*(?:此|本)页(?:以下)?无正文[^（）()\n]{0,80}[）)]$")
# and the count of copies its issuing office printed, under the print line ("深圳市教育局办公室2010年10月21日印发 /
# （印5份）", "（共印20份）": dev-retired37 s40h_05): the document's colophon, none of its words
_PRINT_COUNT = re.compile(r"^[（(]\s*(?:共\s*)?印\s*\d{1,6}\s*份\s*[）)]$")


# A site's call to click for its own offer, opening a line or right after a sentence, first or last in the text
# ("…实质性突破？点击下载《…》白皮书，获悉专家一手前瞻…！", "点击链接立即报名注册：…"; 12-corpus s19_14); a
# notice's "市民可点击链接报名" (a subject before it) is its content
_EDGE_CALL = re.compile(
    rf"(?:^|[{SENTENCE_END_ZH}])\s*(?:立即|马上|馬上)?(?:点击|點擊)(?:下载|下載|链接|鏈接|报名|報名|注册|註冊|预约|預約|领取|領取|获取|獲取)"
    # or to click or press a picture above or below it, a clause of its own: the ad's banner the page showed, which
    # no text holds ("…零食任吃，赶快点击下方图片报名吧！", "（“逅汇有期”等你来报名，赶快点击上方图片吧！）": an
    # account's event ads in 华尔街见闻's records, dev s41b_03)
    rf"|(?:^|[{SENTENCE_END_ZH}，,（(])\s*(?:赶快|赶紧|趕快|趕緊|快|请|請|立即|马上|馬上)?(?:点击|點擊|长按|長按)"
    r"(?:上方|下方|上面|下面|上图|下图|上圖|下圖)的?(?:图片|圖片|海报|海報|banner"
    # (a card or a button only as the line's whole call: nothing after it but what it is for and the call's own
    # marks ("…点击下方卡片报名吧！"); a guide's step names an app's button and goes on ("点击下方按钮“社保查询”，
    # 输入身份证号即可查询。": review s46 R11), where a picture to press is the banner's whatever follows
    # ("点击下方图片，了解一下~")
    r"|(?:卡片|按钮|按鈕)(?:报名|參加|参加|参与|參與|购买|購買|了解详情|了解更多|查看详情|吧|哦|啦|呀|[!！。.）)\s])*$)"
)


# An outlet's note to the reader above the article, labelled a tip, sending the reader to an app store for its app
# ("来自FT中文网的温馨提示：如您对FT中文网的内容感兴趣，请在苹果应用商店或华为应用市场搜索“FT中文网”，下载FT中文网
# 的官方应用，付费订阅。祝您使用愉快！": dev-retired40 s43h_01). What it IS: a 提示/提醒 label opening the text's first
# line, the reader addressed (您, 请), a store and a search or a download after it in one sentence. A guide's step
# later in a text ("请在应用商店搜索“国家反诈中心”下载") is the article's; only the first line, under its label, is
# the outlet's.
_NOTICE_LABEL = re.compile(r"^[^：:。！？!?]{0,16}(?:提示|提醒)[：:]")
_APP_STORE = re.compile(r"应用(?:商店|市场|商城)|app\s?(?:store|商店)", re.IGNORECASE)
_STORE_STEP = re.compile(r"搜索|下载")


def _store_notice(line: str) -> bool:
    """Is the line an outlet's labelled note sending the reader to an app store (see above)?"""
    label = _NOTICE_LABEL.match(line)
    if label is None or ("您" not in line and "请" not in line):
        return False
    store = _APP_STORE.search(line, label.end())
    if store is None:
        return False
    end = _SENTENCE_MARK.search(line, store.end())
    return _STORE_STEP.search(line, store.end(), end.start() if end else len(line)) is not None


# An outlet's call to find its app in a store, last under the article, opening the line or after a question to the
# reader ("喜欢这篇文章？去 App 商店搜 好奇心日报，每天看点不一样的。", dev-retired31 s34h_01); a sentence with a
# subject ("用户可在应用商店下载") is the article's
_STORE_CALL = re.compile(
    r"^(?:[^。！？!?]{0,20}[？?！!]\s*)?(?:去|到|上)\s*(?:app\s*(?:商店|store)|应用(?:商店|市场)|苹果商店|各大应用商店)\s*"
    r"(?:搜索?|下载|查找)",
    re.IGNORECASE,
)


# (or its offer of paid material, opening with the price: "7元解锁710+AI与开源项目资料，每周更新，…", under a WeChat
# account's post, dev-retired20 s23_03; "用户支付6元即可解锁" has a subject and is the article's)
_PAID_PLUG = re.compile(
    r"^(?:仅需|只需|仅要|仅)?\s*\d{1,4}(?:\.\d{1,2})?\s*元\s*(?:即可)?\s*(?:解锁|领取|获取|订阅|加入|购买|入群)"
)


# (or its plug for its own product, last: "推荐进入财新数据库，可随时查阅宏观经济、股票债券、公司人物，财经数据尽在
# 掌握。", dev s31_06)
_OUTLET_PLUG = re.compile(
    r"^(?:推荐|欢迎)(?:进入|订阅|下载|体验|试用|使用)[^。，,！!]{0,12}?(?:数据库|客户端|app|会员|频道|专区|小程序|终端)",
    re.IGNORECASE,
)
# Either plug is the WHOLE line: its other clauses tell what the offer holds ("每周更新", "其中包括90+低开平台",
# "该资料包每周更新", "这里有…数据": review s37 R2); a clause that remarks on it, turning on a connective or saying what
# it is ("9.9元即可解锁全部课程，这是该平台最常见的营销方式。", "…，但多数用户并不买账。": review s36), makes the line
# the article's, about such offers
_REMARK_CLAUSE = re.compile(
    r"[，,；;。！!？?…]\s*(?:但|而|却|不过|然而|因此|所以|可见|对此|其实|据)"
    r"|[，,；;。！!？?…][^，,；;。！!？?…]{0,6}(?:是|称|表示|认为|指出)"
)


def _offer_line(line: str) -> bool:
    """Is a last line a site's offer of paid material or its plug for its own product, the whole line (see above)?"""
    return bool(_PAID_PLUG.match(line) or _OUTLET_PLUG.match(line)) and not _REMARK_CLAUSE.search(line)


# A line that is one block's markup around its text, as text: the publisher escaped the paragraph twice
# ("&amp;lt;p&amp;gt;（完）&amp;lt;/p&amp;gt;", 12-corpus s20_07), so one decoding leaves "<p>（完）</p>". Markup is
# never shown: the text inside is the line (a sentence about a tag, "用<p>标签分段", is no whole line of markup).
# Only Chinese inside: "<div>x</div>" as a line is a code sample's (a Markdown fence, test_metadata_s7).
_CHINESE_CHAR = re.compile(f"[{_HAN}{_CJK_PUNCT}]")
_WRAPPED_LINE = re.compile(
    r"^<(p|div|span|strong|b|em|i|u|h[1-6]|li|blockquote|center|font)(?:\s[^<>]{0,200})?>([^<>]{0,500})</\1\s*>$",
    re.IGNORECASE,
)


# A document's table of contents (a report's 目录 page, a Word file's contents field): navigation, the headings
# repeated with page numbers. A line of leader dots and a page number ("貳、計畫實施之考核........ 3") is one; so is a
# run of short lines under a 目录 heading, each with a page number at its start or end and no sentence end (a Word
# field saved as text glues each number to the next entry: "8措施与行动"). The headings themselves stay where the
# document prints them.
_LEADER_LINE = re.compile(r"^\S.{0,80}?(?:\.{4,}|…{2,}|·{4,}|．{4,}|_{6,})\s*(?:\d{1,4}|[IVXLivxl]{1,6})$")
_CONTENTS_HEADING = re.compile(r"^(?:目\s*[录錄次]|contents|table of contents)[:：]?$", re.IGNORECASE)
_PAGE_NUMBERED = re.compile(r"^\d{1,3}(?!\d)\D|\D(?<!\d)\d{1,3}$")
CONTENTS_MIN = 3  # entries, for a run under a contents heading to be one
CONTENTS_ENTRY_MAX = 40  # characters of an entry
CONTENTS_SCAN = 400  # lines looked at under a contents heading


# A table of contents with no heading over it (its heading lost in a PDF's text, or glued to another line:
# "…改善民生段落" over a Policy Address's contents, dev-retired26 s29h_09) is what it is by two signs together: a run
# of short lines, each a heading with its page or paragraph number glued after it ("(一)引言1–12", "金融26–28"), the
# numbers never going back; and the headings are the document's own, printed again further on as lines of their own
# ("(一)引言", "金融").
# A table of figures counts no pages (its values are no locators, and its labels head no later part of the text).
_LOCATED_ENTRY = re.compile(r"^(\S.{0,38}?[^\d\s.,，、:：%％])(\d{1,3})(?:\s?[–—-]\s?\d{1,3})?$")
CONTENTS_RUN_MIN = 6  # located entries in a run
_LOCATED_RUN = re.compile(r"(?:^[^\n]{1,40}\d\n){%d}" % CONTENTS_RUN_MIN, re.MULTILINE)  # (a cheap look first)
CONTENTS_GAP_MAX = 2  # lines in a row inside the run that are no entry (a page's running head, two entries glued)
CONTENTS_HEADINGS_SHARE = 0.5  # of the entries, those whose heading stands again as a line further on


def _contents_entry(line: str) -> bool:
    """Is a line an entry of a table of contents with leader dots ("贰、课程目标........ 6")?"""
    return bool(_LEADER_LINE.match(line.strip()))


def _unheaded_contents(lines: list[str]) -> set[int]:
    """The lines of the tables of contents with no heading (see _LOCATED_ENTRY)."""
    drop: set[int] = set()
    i, n = 0, len(lines)
    last_at: dict[str, int] | None = None  # a short line -> where it stands last (read once: review s31 R7)
    while i < n:
        run: list[tuple[int, str, int]] = []  # (line, heading, first number)
        gap, j, last, ranged = 0, i, -1, False
        while j < n:
            entry = lines[j].strip()
            m = _LOCATED_ENTRY.match(entry) if entry and not _SENTENCE_MARK.search(entry) else None
            if m is not None and int(m[2]) >= last:
                run.append((j, m[1].strip(), int(m[2])))
                last, gap, ranged = int(m[2]), 0, ranged or m.end(2) < len(entry)
            elif entry and run and gap < CONTENTS_GAP_MAX and len(entry) <= 2 * CONTENTS_ENTRY_MAX:
                if _SENTENCE_MARK.search(entry):
                    break
                gap += 1
            elif entry or not run:
                break
            j += 1
        # numbers that count one by one with no range among them are ranks or an order ("上海1", "北京2" … under
        # "综合排名"), no locators (review s31 R9): a contents list points at pages or paragraphs, ranges and gaps
        counting = not ranged and all(b[2] - a[2] == 1 for a, b in zip(run, run[1:], strict=False))
        if len(run) >= CONTENTS_RUN_MIN and not counting:
            end = run[-1][0]
            if last_at is None:
                last_at = {}
                for k, line in enumerate(lines):
                    if line and len(short := line.strip()) <= CONTENTS_ENTRY_MAX:
                        last_at[short] = k
            if sum(last_at.get(heading, -1) > end for _, heading, _ in run) >= len(run) * CONTENTS_HEADINGS_SHARE:
                drop.update(range(run[0][0], end + 1))
            i = end + 1
        elif len(run) >= CONTENTS_RUN_MIN:
            i = run[-1][0] + 1
        else:
            i = max(i + 1, j)
    return drop


def _contents_lines(lines: list[str]) -> set[int]:
    """The lines of a table of contents: leader-dot lines when there are two or more, the contents
    heading right above them, a run of CONTENTS_MIN page-numbered entries under a contents heading,
    and a run with no heading (_unheaded_contents)."""
    drop: set[int] = set()
    leaders = [i for i, line in enumerate(lines) if line and _LEADER_LINE.match(line.strip())]
    if len(leaders) >= 2:
        drop.update(leaders)
    drop.update(_unheaded_contents(lines))
    for i, line in enumerate(lines):
        if not line or not _CONTENTS_HEADING.match(line.strip()):
            continue
        run: list[int] = []
        for j in range(i + 1, min(len(lines), i + 1 + CONTENTS_SCAN)):
            entry = lines[j].strip()
            if not entry:
                continue
            if j in drop:
                run.append(j)
                continue
            if len(entry) > CONTENTS_ENTRY_MAX or _SENTENCE_MARK.search(entry):
                break
            if _PAGE_NUMBERED.search(entry):
                run.append(j)
            elif j - (run[-1] if run else i) > 2:
                # two entries without a number: the contents have ended, or never began (review s23 R4: before a
                # run each line saying 目录 read CONTENTS_SCAN lines, "目录\n" x 250,000 took 48 s)
                break
        if len(run) >= CONTENTS_MIN or (run and set(run) <= drop):
            drop.add(i)
            if len(run) >= CONTENTS_MIN:
                drop.update(run)
    return drop


# Reader comments under a text (a CMS page saved with its comment list: dev-retired24 s27h_02): each comment a line of
# its own, "name：what they said［2016-07-10］" — a short name, a colon, the words, and the moment it was posted in
# brackets closing the line; two or more of them end the text, a short heading over them ("评论回复") goes too. What a
# comment IS (a signed, stamped line among others alike), not its words; a dated list of the text's own ("2016年：…")
# has no name before a colon and no stamp closing each line.
_COMMENT_LINE = re.compile(
    rf"^(?:[{_HAN}]{{2,4}}|[A-Za-z0-9_.-]{{2,20}})\s?[:：].{{1,300}}?"
    r"[［\[(（]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[］\])）]$"
)
COMMENTS_MIN = 2
COMMENT_HEADING_MAX = 8  # characters of a heading over the comments
COMMENTS_ABOVE_MIN = 2  # lines of the text's own above them


def _trailing_comments(lines: list[str]) -> int | None:
    """Where the comments closing a text start (see _COMMENT_LINE), their heading included; None for none."""
    at, n = len(lines), 0
    while at > 0 and (not lines[at - 1].strip() or _COMMENT_LINE.match(lines[at - 1].strip())):
        at -= 1
        n += bool(lines[at].strip())
    if n < COMMENTS_MIN:
        return None
    above = at
    while above > 0 and not lines[above - 1].strip():
        above -= 1
    heading = lines[above - 1].strip() if above else ""
    if heading and len(heading) <= COMMENT_HEADING_MAX and not _SENTENCE_MARK.search(heading):
        at = above - 1
    if sum(bool(line.strip()) for line in lines[:at]) < COMMENTS_ABOVE_MIN:
        return None
    return at


BOILERPLATE_ROUNDS = 8  # passes at most; each keeps a subset of the lines, and two or three reach the fixed point


# Inside an article, a page's pointers to its other pages, each by itself, with the article's text on both sides (what
# the trailer rules leave: they cut from a heading to the end):
# - a reading pointer with the one headline it links ("延伸阅读：瘟疫连三月 厕纸抵万金?", DW's paragraph that is all a
#   link, dev-retired30 s33h_09): the label, its colon and a headline, no sentence in it;
# - a related picture gallery ("相关图集：日常生活中哪里细菌最多？" over a caption per picture, each "<its title>：<its
#   text>", the same page): the heading and the captions under it, as long as they run.
_POINTER_LINE = re.compile(
    r"^[【\[]?(?:延伸阅读|相关阅读|推荐阅读|扩展阅读|拓展阅读|更多阅读|相关新闻|相关报道|相关文章|相关链接)[】\]]?"
    rf"[ \t\u3000]*[:：][ \t\u3000]*[^{SENTENCE_END_ZH}；;]{{2,40}}$"
)
# (a gallery that points elsewhere says so, 相关/更多图集; a bare "组图：" or "图集：" heads the article's own
# pictures, a photo story's captions "<place>：<what it shows>" or an interview's lines: review s36 R4)
_GALLERY_HEADING = re.compile(r"^[【\[]?(?:相关|精彩|更多|热门)(?:图集|组图)[】\]]?[ \t\u3000]*[:：]?.{0,40}$")
# a picture's caption in a gallery: its title (a few words, no sentence), a colon, its text
_GALLERY_CAPTION = re.compile(r"^[^。，,：:；;]{2,20}[:：].{10,}$")
GALLERY_CAPTIONS_MIN = 2


def _inline_pointers(lines: list[str]) -> set[int]:
    """The lines of an article's inline pointers to other pages (see _POINTER_LINE, _GALLERY_HEADING)."""
    out = set()
    for i, line in enumerate(lines):
        if len(line) <= _POINTER_HEADING_MAX + 40 and _POINTER_LINE.match(line):
            out.add(i)
        elif len(line) <= 60 and _GALLERY_HEADING.match(line):
            end = i + 1
            while end < len(lines) and _GALLERY_CAPTION.match(lines[end]):
                end += 1
            if end - i - 1 >= GALLERY_CAPTIONS_MIN:
                out.update(range(i, end))
    return out


def drop_boilerplate(text: str) -> str:
    """Drop captions, editor lines, end marks and trailing link lists; idempotent.

    One pass can uncover what a pass drops: a trailer's heading dropped last ("相关阅读：") leaves the rights line
    above it last, which the trailer scan takes in its turn (review s20: a second call removed more). The passes
    repeat until one drops nothing, so a caller runs this once (and a bound keeps hostile input linear)."""
    for _ in range(BOILERPLATE_ROUNDS):
        dropped = _drop_boilerplate_once(text)
        if dropped == text:
            break
        text = dropped
    return text


# A saved page's modules under its article when the page was copied as text (人民网's "推荐阅读", "精彩图集", "热点排行"
# blocks under a story: dev-retired22 s25_04): a heading that points elsewhere, under the article's prose, with the
# page's modules under it: another such heading among them (a page's sidebar is several lists) and hardly a sentence
# (headlines, rows of channel links, a teaser's first lines). The article ends at the first heading. One heading over
# a reading list the author annotated (a blog's "延伸阅读") is the author's; headings over sections of prose (a
# tutorial's "相关阅读：" under each of its parts: dev s20_02) are text: a fifth of the lines at most end a sentence.
PAGE_TRAILER_LINES = 8  # lines under the heading at least (fewer: _trailer_start's business)
PAGE_TRAILER_SENTENCES = 0.2  # of those lines at most with a sentence's end in them
PAGE_TRAILER_ARTICLE = 3  # lines of prose above the heading at least


# A module's heading may also be a short line of its own whose words point elsewhere (_POINTER_CLOSING: "今日好文推荐",
# "活动推荐" over InfoQ's list of its posts and its conference's ad, dev-retired37 s40h_10): such a heading is taken
# only with another heading among the lines under it (two modules), and fewer lines under it do (a list and an ad);
# one that fails is passed over (an article's own "相关政策" section), where the first strong marker still decides.
PAGE_TRAILER_WEAK_LINES = 5  # non-blank lines under a pointer heading at least


def _module_heading(line: str) -> bool:
    """A heading over one of a page's modules: a trailer marker, or a short heading that points elsewhere."""
    return bool(_TRAILER_MARKER.match(line) or (len(line) <= _POINTER_HEADING_MAX and _POINTER_CLOSING.match(line)))


# What the article's own lists hold, never a list of other pages: a figure with its unit ("1. 上海 47218亿元"), a
# telephone number ("张三 010-12345678"), units named one after another ("市发展改革委、市财政局、市人力社保局"), or two
# fields in one line ("《经济学原理》 作者：曼昆 出版社：北京大学出版社"). A heading over such lines is the article's
# section, however it reads ("城市GDP排行", "小学生阅读推荐", "相关单位：", "相关联系人": review s47 R3, R4); one
# headline of another page may hold a figure ("受软件拖累，大众血亏155亿元"): most of the lines under the heading must.
# (a number is taken whole, from its first digit: a run of digits with no unit after it is read once, review s48 R2)
_OWN_DATA = re.compile(
    r"(?<![\d,.])\d[\d,.]*+\s?(?:亿|万|元|%|％)|(?<!\d)(?:\d{3,4}-)?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)"
    r"|[^、\s]{2,12}、[^、\s]{2,12}、"
)
OWN_DATA_SHARE = 0.5  # of the lines under a pointing heading, those holding the article's own data, at most


def _own_data(line: str) -> bool:
    """Does the line hold the article's own data (see above)?"""
    return bool(_OWN_DATA.search(line)) or line.count("：") + line.count(":") >= 2


def _page_trailer(lines: list[str]) -> int:
    """Where a copied page's modules start under its article (see PAGE_TRAILER_LINES), len(lines) for none."""
    # from the end: the non-blank lines, those with a sentence's end, and the module headings under each line (one
    # pass, so that each heading tried costs nothing more)
    texted = [0] * (len(lines) + 1)
    said = [0] * (len(lines) + 1)
    stated = [0] * (len(lines) + 1)  # lines with a full stop (a headline may ask or exclaim, hardly state)
    headed = [0] * (len(lines) + 1)
    owned = [0] * (len(lines) + 1)  # lines of the article's own data (_own_data)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        owned[i] = owned[i + 1] + (bool(line.strip()) and _own_data(line))
        texted[i] = texted[i + 1] + bool(line.strip())
        said[i] = said[i + 1] + bool(line.strip() and _SENTENCE_MARK.search(line))
        stated[i] = stated[i + 1] + ("。" in line)
        headed[i] = headed[i + 1] + (bool(line.strip()) and _module_heading(line))
    above = 0  # sentences of some length above: the article came first
    for i, line in enumerate(lines):
        if above >= PAGE_TRAILER_ARTICLE:
            strong = bool(_TRAILER_MARKER.match(line))
            if strong or (len(line) <= _POINTER_HEADING_MAX and _POINTER_CLOSING.match(line)):
                rest = texted[i + 1]
                if strong:
                    enough = len(lines) - i - 1 >= PAGE_TRAILER_LINES and said[i + 1] <= PAGE_TRAILER_SENTENCES * rest
                else:
                    enough = (
                        rest >= PAGE_TRAILER_WEAK_LINES
                        and stated[i + 1] <= PAGE_TRAILER_SENTENCES * rest
                        and owned[i + 1] <= OWN_DATA_SHARE * rest
                    )
                if enough and headed[i + 1]:
                    return i
                if strong:
                    break  # (the first marker under the article decides)
        above += bool(_PROSE_LINE.match(line))
    return len(lines)


# A related list glued to the article's last sentence in one line (a scraper's text of a page, its blocks run
# together: "…自行作出投資決定。延伸閱讀：尋找代工廠？OpenAI…大會拜登選前撒幣…資料來源-MoneyDJ理財網", dev s32_08): a
# heading that points to other pages, with its colon, right after a sentence's end in the text's last line, starts
# the page's links there; they go with it to the end. Only in the last line and only a list's length after it: a
# sentence that opens with the words ("相关新闻显示，…") has no colon, and one in the middle of a text is its own.
_GLUED_POINTER = re.compile(
    rf"(?<=[{SENTENCE_END}{CLOSE_QUOTE}）)])[ \t\u3000]*(?:相关阅读|相关新闻|相关文章|相关报道|相关推荐"
    r"|推荐阅读|延伸阅读|热门推荐|猜你喜欢|更多精彩|往期回顾|精彩推荐|相关链接|相关专题|更多报道|更多新闻)"
    r"[ \t\u3000]*[:：]"
)
# (or after a word cut off: an aggregator's description, cut at its length mid-word, runs straight into the outlet's
# "延伸閱讀：" and its headlines: "…前進黨」黨魁皮塔(Pita L延伸閱讀：小弟先出手！…", dev s35_06/07, Newtalk; only the
# reading-list headings, which name what follows and never a clause's subject)
_CUT_POINTER = re.compile(r"(?:延伸阅读|相关阅读|推荐阅读|延伸閱讀|相關閱讀|推薦閱讀)[ \t\u3000]*[:：]")
_GLUED_POINTER_MAX = 240  # characters from the heading to the line's end: a few headlines
_GLUED_POINTER_PROSE = 20  # characters of the line before the heading


def _without_glued_pointer(lines: list[str]) -> list[str]:
    """The lines with a related list glued to the last one cut off (see _GLUED_POINTER)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 0:
        return lines
    line = lines[last]
    m = _GLUED_POINTER.search(line, max(0, len(line) - _GLUED_POINTER_MAX)) or _CUT_POINTER.search(
        line, max(0, len(line) - _GLUED_POINTER_MAX)
    )
    if m is None or m.start() < _GLUED_POINTER_PROSE:
        return lines
    listed = line[m.end() :].rstrip()
    if "。" in listed or listed.endswith(tuple(SENTENCE_END)):
        return (
            lines  # a sentence after the colon ("相关链接：专项债券是指…的重要工具。"): the text's own (review s32 R5)
        )
    return [*lines[:last], line[: m.start()].rstrip()]


# The tags an aggregator or a social post closes an item with ("…减轻疫情下的结业潮和遣散问题。」#要聞", dev-retired28
# s31h_03: Yahoo's feed glues the section's tag to the last sentence; "#Breaking #News" on a line of their own): each a
# "#" and a word, no closing "#" (a Weibo topic "#北京暴雨#" is the post's own words), one to a few, after the last
# sentence's end or alone on the last line. What they ARE: labels for a site's index, never a sentence of the story.
_CLOSING_TAGS = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[" + SENTENCE_END + CLOSE_QUOTE + CLOSE_BRACKET + r"]))"
    r"(?:#[^\W\d_][^\s#]{0,19}(?:[ \t\u3000]+|$)){1,5}$"
)
_CLOSING_TAGS_PROSE = 20  # characters of the line before glued tags at least: the article's sentence


# A share bar glued to the article's end when a page's text was copied into one line ("…(塞尔吉奥/任语之)
# 新闻图片博客视频分享到:更多关于  的新闻", dev-retired28 s31h_08): after the last sentence's end or the closing
# signature's bracket, a tail with no sentence of its own that holds the bar's call to share. What it IS: the page's
# buttons, the text ended.
_SHARE_END = f"{SENTENCE_END}{CLOSE_QUOTE}{CLOSE_BRACKET}"  # a sentence's end, or the signature's closing bracket
# the bar's words before its call: its other buttons run together ("新闻图片博客视频"), no clause mark nor quote
# (a sentence that shares, "她说：“我要把这份喜悦分享给…”", has them: review s33 R2); the call is "分享到" with its
# colon or nothing after it, never the verb of a clause ("分享给所有人", "share on a pro rata basis")
_GLUED_SHARE = re.compile(
    rf"(?<=[{_SHARE_END}])[^{_SHARE_END}{COMMA}“「『\x22：:]{{0,24}}?(?:分享到|分享至)\s*(?:[:：][^{SENTENCE_END}]{{0,30}})?$"
)
_GLUED_SHARE_PROSE = 40  # characters of the line before the bar at least: the article


def _without_glued_share(lines: list[str]) -> list[str]:
    """The lines with a share bar glued to the last one cut off (see _GLUED_SHARE)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 0:
        return lines
    line = lines[last].rstrip()
    m = _GLUED_SHARE.search(line, max(0, len(line) - 60))
    if m is None or m.start() < _GLUED_SHARE_PROSE:
        return lines
    return [*lines[:last], line[: m.start()].rstrip()]


def _without_closing_tags(lines: list[str]) -> list[str]:
    """The lines without the tags that close the text (see _CLOSING_TAGS)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 1 and not (last == 0 and len(lines[0]) > _CLOSING_TAGS_PROSE):
        return lines  # a text that is only tags is left as it is
    line = lines[last].rstrip()
    m = _CLOSING_TAGS.search(line, max(0, len(line) - 120))
    if m is None or "#" in line[max(0, m.start() - 1) : m.start()]:
        return lines
    before = line[: m.start()].rstrip()
    if before and (len(before) < _CLOSING_TAGS_PROSE or not _ENDS_SENTENCE.search(before)):
        return lines  # glued to what is no sentence's end: words of the line ("C# 与 #include")
    return [*lines[:last], before] if before else lines[:last]


# A call to the reader at a post's edge: follow, subscribe, scan or press the QR code, pay the account ("关注我，带你…",
# "扫码订阅《中国信息安全》", "点击下方卡片，关注极客之家", "长按二维码向我转账", "…请识别图中二维码关注，…":
# dev s19_12,
# dev-retired18 s21_05, dev-retired20 s23_01, dev-retired21 s24_05/06). What it IS: the account's card or plug around
# the article, the verb opening a clause and aimed at the reader (the account, a QR code); a sentence that reports
# attention ("引发持续关注。", "关注民生，是…") has no such object after the verb.
_READER_CALL = re.compile(
    # scan or press the QR code, for the account (扫码订阅《…》, 长按二维码向我转账, 请识别图中二维码关注); a code to
    # sign up with is a notice's own ("报名方式：/ 扫描下方二维码报名": test_review_s12)
    r"(?:^|[，,！!。；;：:\s])(?:请|欢迎|记得)?(?:长按|识别|扫码|扫一扫|扫描)[^。]{0,12}(?:关注|订阅|转账|赞赏)"
    # follow the account itself, by its own word (关注我，…; 关注我们; 关注本号)
    r"|(?:^|[，,！!。；;：:\s])(?:请|欢迎|记得)?(?:关注|订阅)(?:我|本号|本公众号|公众号)"
    # or any name after a call's own words (点击下方卡片，关注极客之家; 欢迎订阅《…》): a headline that opens with the
    # verb ("关注青少年心理健康", "订阅经济悄然兴起", "关注《民法典》实施一周年": review s34 R6) has none
    r"|(?:^|[，,！!。；;：:\s])(?:请|欢迎|记得|点击[^，,。]{0,8}[，,]?\s*)(?:关注|订阅)"
)
READER_CALL_MAX = 80  # characters of a call's line
READER_CALL_REACH = 4  # lines with text from the top (the headline's first), 3 from the end, where the call stands
CARD_LINE_MAX = 20  # characters of a line of the account's card beside the call (its name, slogan, 邮发代号, 热线)
CARD_AFTER_MAX = 60  # characters of a line under a closing call (the platform's note on its reward button)


# A site's call to action at the text's edge, by what it is rather than by its phrase: a short line that speaks to
# the reader about the site's own offering and says nothing else - a clause that opens with a call (an imperative,
# "加入", "订阅", "开通", "下载", after "欢迎", "立即", "请"… or none) and names the offering within a few characters
# (会员, 粉丝团, 频道, 公众号, 订阅, 电子报, app, 客户端, 小程序), or a bare call ("欢迎加入") on a line naming the
# offering; every sentence of the line a call or about the offering; no report's words (表示, 记者, a day).
# "加入公視會員，按讚收藏你關注的報導" opening a record's preview (dev s43b_05/07, 公视); "少数派会员续费优惠现已开启，
# 会员权益全面升级，年费低至198元。欢迎加入" at a feed entry's end (dev-retired16 s19_17, 少数派). Read on all dev and
# retired gold (session 44): it holds 16 of their must_not lines from ten outlets (华视, 中央社, 爱范儿, 今周刊, 央视,
# cnBeta, 华尔街见闻…) and none of 3,947 must_have lines. "开通微信动态密码，并为客户端增加授权密码" (an instruction:
# the offering in another clause) and "订阅价格减半" (the verb as a noun: no offering after it) are no calls.
_CALL_VERB = "加入|订阅|关注|追踪|按赞|点赞|收藏|下载|安装|开通|续费|注册|登录|成为|升级|解锁|领取|报名|参与|订购"
_CALL_OPEN = "欢迎|立即|马上|快来|速来|赶快|赶紧|免费|点击|请|现在|一起|即刻|记得|别忘了"
_OFFERING = r"会员|粉丝团|粉丝页|粉丝专页|频道|公众号|订阅|电子报|newsletter|app|客户端|专页|小程序"
_CALL_CLAUSE = re.compile(r"[^，,。！!？?；;：:]+")
# (the offering not a modifier of a noun that follows: "下载APP的用户数量突破1亿" reports a number, test_text_s10)
_CALL_FOR_OFFERING = re.compile(
    # (a name in 《》 after the verb is the offering's own, not counted: "订阅《科技玩家》YouTube频道", udn)
    rf"^\s*(?:{_CALL_OPEN})?(?:{_CALL_VERB})(?:《[^》\n]{{1,20}}》)?[^，,。！!？?；;：:]{{0,12}}?(?:{_OFFERING})"
    r"(?![^，,。！!？?；;：:]{0,4}的)",
    re.IGNORECASE,
)
_BARE_CALL = re.compile(rf"^\s*(?:{_CALL_OPEN})(?:{_CALL_VERB})\s*$")
# a clause that goes on with the call: an imperative of its own ("按赞收藏你关注的报导" after "加入公视会员")
_CALL_OPENING = re.compile(rf"^\s*(?:{_CALL_OPEN})?(?:{_CALL_VERB})")
# an aspect word after the offering, in the call's clause: what happened to the offering, no imperative ("注册会员人数
# 已突破千万", "下载客户端的用户正在增加"): a call to the reader is in no aspect (review s44 R4)
# (了解 is no aspect: "关注频道了解更多", review s46 R1)
_ASPECT = re.compile(r"已经|已|曾经|曾|正在|将会|将要|了(?!解)")
# a clause that promises what the call gives ("享受更多优惠", "畅享全部内容", "免费阅读全文": review s46 R1) goes on
# with the call as an imperative does
_PROMISE = re.compile(r"^\s*(?:享受|畅享|尊享|专享|立享|即享|免费|即可|了解更多|获取更多)")
# an imperative's own adverb ("马上领取…", "立即下载…"); a bare verb after the call's clause in a sentence closed with a
# full stop is a report's next clause ("成为亚投行会员，参与全球基础设施投资。": review s46 R9)
_CALL_ADVERB = re.compile(rf"^\s*(?:{_CALL_OPEN})")
_OFFERING_WORD = re.compile(_OFFERING, re.IGNORECASE)
_REPORT_WORD = re.compile(r"表示|指出|认为|称|宣布|发布会|报道|记者|据|\d{1,2}月\d{1,2}日|\d{4}年|日前|昨|今天|今日")
_CALL_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
CALL_LINE = (6, 60)  # characters of a call's line, at least and at most


def _call_to_action(line: str) -> bool:
    """Is a line a site's call to action about its own offering, and nothing else (see _CALL_FOR_OFFERING)?"""
    if not CALL_LINE[0] <= len(line) <= CALL_LINE[1] or _REPORT_WORD.search(line):
        return False

    def calls(part: str) -> bool:
        return any(_CALL_FOR_OFFERING.match(c) or _BARE_CALL.match(c) for c in _CALL_CLAUSE.findall(part))

    clauses = [c for c in _CALL_CLAUSE.findall(line) if c.strip()]
    offered = bool(_OFFERING_WORD.search(line))
    # the call opens the line (a later clause's "成为志愿服务队会员" after "欢迎符合条件的居民加入我们" is a story's
    # invitation to others: test_text_s40), or a bare call ("欢迎加入") closes a line about the offering
    opening = _CALL_FOR_OFFERING.match(clauses[0]) if clauses else None
    if opening is not None:
        # what a call opens goes on with the call, to the reader: its clause says nothing happened to the offering
        # (an aspect word after it), and each clause after it is a call of its own or names the offering; a clause
        # that says something else makes the opening its subject, a report's sentence ("成为亚投行会员，是中国外交的
        # 一大成果。", "加入世贸组织会员国行列，意义重大。": review s44 R4)
        closed = line.rstrip().endswith("。")

        def goes_on(clause: str) -> bool:
            if _OFFERING_WORD.search(clause) or _PROMISE.match(clause):
                return True
            return bool(_CALL_OPENING.match(clause)) and (not closed or bool(_CALL_ADVERB.match(clause)))

        if _ASPECT.search(clauses[0], opening.end()) or not all(goes_on(c) for c in clauses[1:]):
            return False
    elif not (offered and any(_BARE_CALL.match(c) for c in clauses)):
        return False
    return all(calls(s) or _OFFERING_WORD.search(s) for s in _CALL_SENTENCE.findall(line) if s.strip())


def _without_closing_call(line: str) -> str:
    """The text's last line without the call to action that closes it after a sentence of its own: "*本文来自华尔街
    见闻（微信ID：wallstreetcn）。开通华尔街见闻金卡会员，马上领取2019全球市场机会。" keeps its note (dev s41b_03).
    Each sentence cut is a whole call (_call_to_action); a line that is all calls is _edge_calls' to drop."""
    if len(line) > OUTLET_APPEAL_MAX or not _OFFERING_WORD.search(line):
        return line
    sentences = _CALL_SENTENCE.findall(line)
    keep = len(sentences)
    while keep > 1 and _call_to_action(sentences[keep - 1].strip()):
        keep -= 1
    return "".join(sentences[:keep]).rstrip() if keep < len(sentences) else line


def _edge_calls(lines: list[str]) -> set[int]:
    """The calls to action (_call_to_action) among the first or the last few lines (the reach of a reader call,
    READER_CALL_REACH): a call in the middle is a story's quote or its subject. None if they are all the lines."""
    edges = {*range(min(READER_CALL_REACH, len(lines))), *range(max(0, len(lines) - READER_CALL_REACH + 1), len(lines))}
    calls = {i for i in edges if _call_to_action(lines[i].strip())}
    return calls if len(calls) < len(lines) else set()


# A site's promotion closing the text on one line: a call to the reader first, then the site's headlines, each after the
# same pictograph ("订阅《科技玩家》YouTube频道！💡追新闻》》在Google News按下追踪，科技玩家好文不漏接！📢 凤凰
# 台风走到哪里了？…📢 日本西瓜卡升级新功能！…📢 iPhone 20告别浏海与挖孔！…", udn's records, dev-retired42 s45h_07
# #2/#4). What it
# IS: the line opens with a call (its first sentence _call_to_action) and lists items after one repeated pictograph
# (a symbol character, PROMO_PICTOGRAPHS times at least): the whole line is the site's. A list of pictograph items in
# the middle of a text (a guide's "📍" places) or not opened by a call stays.
PROMO_PICTOGRAPHS = 3


def _pictograph_items(line: str) -> int:
    """Where the first run of items after one repeated pictograph starts in a line, or -1."""
    seen: Counter[str] = Counter(ch for ch in line if ord(ch) >= 0x2190 and unicodedata.category(ch) == "So")
    if not seen:
        return -1
    mark, times = seen.most_common(1)[0]
    return line.index(mark) if times >= PROMO_PICTOGRAPHS else -1


def _without_pictograph_promo(lines: list[str]) -> list[str]:
    """The lines less a closing promotion line (see PROMO_PICTOGRAPHS)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 1:  # (a text of one line is never all promotion)
        return lines
    line = lines[last].strip()
    if (at := _pictograph_items(line)) <= 0:
        return lines
    first = _CALL_SENTENCE.match(line)
    if first is None or first.end() > at or not _call_to_action(first[0].strip()):
        return lines
    return lines[:last]


def _without_reader_calls(lines: list[str]) -> list[str]:
    """The lines without the account's card at the top and its plug at the end (see _READER_CALL)."""
    texted = [i for i, line in enumerate(lines) if line.strip()]
    if not texted:
        return lines
    drop: set[int] = set()

    def card(i: int) -> bool:
        line = lines[i].strip()
        return len(line) <= CARD_LINE_MAX and not _SENTENCE_MARK.search(line)

    top = next(
        (k for k, i in enumerate(texted[:READER_CALL_REACH]) if len(lines[i].strip()) <= READER_CALL_MAX
         and _READER_CALL.search(lines[i].strip())),
        None,
    )  # fmt: skip
    if top is not None:  # the call, and the card's line right above it (the account's name), under the headline
        drop.add(texted[top])
        if top > 1 and card(texted[top - 1]):  # (the first line may be the headline: never the card's)
            drop.add(texted[top - 1])
        for i in texted[top + 1 : top + 1 + READER_CALL_REACH]:
            line = lines[i].strip()
            if not (card(i) and (len(line) <= CARD_LINE_MAX // 2 or any(ch.isdigit() for ch in line))):
                break
            drop.add(i)
    tail = texted[-(READER_CALL_REACH - 1) :]
    end = next(
        (k for k in range(len(tail) - 1, -1, -1) if len(lines[tail[k]].strip()) <= READER_CALL_MAX
         and _READER_CALL.search(lines[tail[k]].strip())),
        None,
    )  # fmt: skip
    if (
        end is not None
        and len(texted) > len(drop) + 1
        and all(len(lines[i].strip()) <= CARD_AFTER_MAX for i in tail[end + 1 :])
    ):
        drop.update(tail[end:])
        if end > 0 and card(tail[end - 1]):  # the account's slogan or name right above ("展律师风采 树法治信仰")
            drop.add(tail[end - 1])
    if not drop or len(drop) >= len(texted):
        return lines
    return [line for i, line in enumerate(lines) if i not in drop]


# A post platform's page around the article, copied with it (a WeChat post saved as Markdown: "预览时标签不可点 / 微信扫
# 一扫 / 继续滑动看下一个 / 轻触阅读原文 / 中国信息安全 / 向上滑动看下一个 / 知道了 / … / 取消 / 允许 / 视频 / 小程序
# / 赞，轻点两下取消赞 / 在看，轻点两下取消在看 / 留言 / 听过", dev-retired18 s21_05): the labels the platform's page
# sets on its preview, its follow card, its swipe hints and its button bar, under every post. What they ARE: the
# platform's controls, never the author's words. The tail goes from the first such label down when two at least stand
# in it and every line of it is short (the account's name, a button's word: nothing of the article's prose).
_PLATFORM_LABEL = re.compile(
    r"^(?:预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|微信扫一扫(?:关注该公众号)?|使用小程序|使用完整服务"
    r"|(?:赞|在看|分享|推荐)?[，,]?\s*轻点两下(?:取消(?:赞|在看)|打开详情))$"
)
PLATFORM_LABELS_MIN = 2  # of the platform's labels in the tail at least
PLATFORM_TAIL_LINE = 20  # characters of a line in the tail at most


# A post platform's collection box printed with the post (a WeChat post printed to PDF: "收录于合集" over its tags, each
# with how many posts it holds: "#下士道87个", "#解惑145 #三士道串习87", "120个#慧语", dev s41_04/05/07): the label and
# the tag lines under it (or after it on its line) are the platform's, never the author's. A tag line is tags and counts
# only; without the label over it a line of tags stays (a statistics table's "#铁路 亿吨0.80").
_COLLECTION_LABEL = re.compile(r"^(?:收录于|收錄於)(?:合集|话题|話題)")
_COLLECTION_TOKEN = re.compile(r"(?:\d{1,5}[个個篇]?)?[#＃][^#＃\s]{1,30}|\d{1,5}[个個篇]?")
_COLLECTION_LINE_MAX = 80


def _tag_line(line: str) -> bool:
    """Is the line tags and counts only, one tag at least (see above)?"""
    tokens = line.replace("＃", " ＃").replace("#", " #").split()
    return (
        len(line) <= _COLLECTION_LINE_MAX
        and any("#" in t or "＃" in t for t in tokens)
        and all(_COLLECTION_TOKEN.fullmatch(t) for t in tokens)
    )


def _without_collection_box(lines: list[str]) -> list[str]:
    """The lines without a platform's collection box (see _COLLECTION_LABEL)."""
    out: list[str] = []
    under = False
    for line in lines:
        stripped = line.strip()
        if (label := _COLLECTION_LABEL.match(stripped)) and (
            not stripped[label.end() :].strip() or _tag_line(stripped[label.end() :])
        ):
            under = True
            continue
        if under and stripped and _tag_line(stripped):
            continue
        under = False
        out.append(line)
    return out


def _without_platform_ui(lines: list[str]) -> list[str]:
    """The lines without a platform's page labels closing them (see _PLATFORM_LABEL)."""
    start = len(lines)
    labels = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if len(line) > PLATFORM_TAIL_LINE:
            break
        if _PLATFORM_LABEL.match(line):
            start = i
            labels += 1
    if labels < PLATFORM_LABELS_MIN or not any(line.strip() for line in lines[:start]):
        return lines
    return lines[:start]


# The suicide-prevention notice an outlet sets under a story that touches on suicide (a Taiwanese paper's, after the
# last sentence: "…早鳥票開賣至12月31日止。★再給自己一次機會 / 自殺諮詢專線：0800-788995（24小時） / 生命線：1995 /
# 張老師專線：1980", dev s18_15): its hotlines, one a line, last, with the call glued to the sentence above. What it IS:
# the outlet's public-service notice, the same under every such story, never the story's. Only a run of two hotline
# lines at least that names suicide or the lifeline (a notice's own 举报电话 or a helpline the story lists stays).
_HOTLINE = re.compile(
    r"^[★☆＊*※]?[^。！？，,\d]{0,16}(?:专线|热线|生命线)[:：]\s*\d[\d\- ]{2,14}\d(?:\s*[(（][^()（）]{1,8}[)）])?$"
)
HOTLINES_MIN = 2  # hotline lines in the run at least
_HOTLINE_CALL = re.compile(rf"(?<=[{SENTENCE_END}{CLOSE_QUOTE}])\s*[★☆＊※][^{SENTENCE_END}★☆＊※]{{1,24}}$")


# (or the notice in sentences, glued to the text's last words: "…的热情!」by 笔者自殺，不能解決難題；求助，才是最好的
# 路。求救請打1995 ( 要救救我 )", dev-retired31 s34h_05, a Hong Kong site's record; from its opening on suicide
# to a call with the line's number, to the end)
_GLUED_SUICIDE_NOTICE = re.compile(
    r"(?:珍惜生命|自杀)[^。！？\n]{0,30}[。！？；]?[^\n]{0,80}?(?:求救|求助|咨询|协助)[^\n]{0,20}?"
    r"(?:请打|请拨|拨打|专线|热线|生命线)[^\n]{0,30}$"
)
GLUED_SUICIDE_NOTICE_MAX = 160  # characters of the line's end the notice is looked for in
_GLUED_SUICIDE_PROSE = 40  # characters of the text before it at least


def _without_hotlines(lines: list[str]) -> list[str]:
    """The lines without a suicide-prevention notice closing them (see _HOTLINE)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last >= 0 and (line := lines[last].rstrip()) and any(c.isdigit() for c in line[-40:]):
        at = max(0, len(line) - GLUED_SUICIDE_NOTICE_MAX)
        m = _GLUED_SUICIDE_NOTICE.search(line, at)
        if m and m.start() >= _GLUED_SUICIDE_PROSE and any(c.isdigit() for c in m[0]):
            return [*lines[:last], line[: m.start()].rstrip()]
    start = len(lines)
    while start > 0 and (not lines[start - 1].strip() or _HOTLINE.match(lines[start - 1].strip())):
        start -= 1
    run = [line for line in lines[start:] if line.strip()]
    if len(run) < HOTLINES_MIN or start == 0:
        return lines
    above = lines[start - 1]
    call = _HOTLINE_CALL.search(above)
    if not any(("自杀" in line or "生命线" in line) for line in run) and not (call and "生命" in call[0]):
        return lines
    if call:
        above = above[: call.start()].rstrip()
    return [*lines[: start - 1], above] if above.strip() else lines[: start - 1]


# A site's reprint notice glued to the end of its article's one line (an aggregator's record of a whole article: "…並聽
# 從緊急服務人員或交通工作人員的指示。注：本文為新西蘭中文先驅網編譯/原創，歡迎轉發分享；但嚴禁複製等未經 授權的非法使用
# 。違反上述聲明者，本網將追究其相關法律責任。使用授權請聯繫news@chnet.co.nz。chineseherald.co.nz All Rights Reserved 版
# 權所有", dev s35_05): its last piece a rights line, the sentences before it the notice's own (each short, on reuse,
# rights or the law). Read whole, the line was a rights line and the article went with it; the notice goes alone.
_NOTICE_WORD = re.compile(
    r"授权|转载|转发|复制|版权|侵权|法律责任|声明|原创|编译|联系|all rights reserved|©", re.IGNORECASE
)
_NOTICE_SENTENCE_MAX = 80  # characters of one sentence of a notice
GLUED_NOTICE_MAX = 400  # characters of the notice from its first sentence to the line's end
_GLUED_NOTICE_PROSE = 40  # characters of the article before it at least
_ZH_SENTENCE_END_AT = re.compile(f"[{SENTENCE_END_ZH}]")


def _without_glued_rights(lines: list[str]) -> list[str]:
    """The lines with a rights notice glued to the last one cut off (see _NOTICE_WORD)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 0:
        return lines
    line = lines[last].rstrip()
    window = max(0, len(line) - GLUED_NOTICE_MAX)
    ends = [m.end() for m in _ZH_SENTENCE_END_AT.finditer(line, window)]
    if not ends:
        return lines
    if ends[-1] == len(line):  # (the last piece is a sentence: it and the notice before it are read as they are)
        ends.pop()
        starts = ends
        tail = line[ends[-1] :] if ends else ""
    else:
        starts, tail = ends, line[ends[-1] :]
    if not starts or not _rights_or_footer(tail.strip()):
        return lines
    cut = starts[-1]
    for k in range(len(starts) - 1, 0, -1):
        sentence = line[starts[k - 1] : starts[k]].strip()
        if len(sentence) > _NOTICE_SENTENCE_MAX or not _NOTICE_WORD.search(sentence) or _said(sentence, len(sentence)):
            break
        cut = starts[k - 1]
    if cut - window < 0 or len(line[:cut].strip()) < _GLUED_NOTICE_PROSE:
        return lines
    return [*lines[:last], line[:cut].rstrip()]


# A feed item's note of where it first appeared, the words of its blog's template (WordPress in Chinese: "這篇文章
# KONAMI 新作試玩 Metal Gear 合集初體驗 最早出現於 PCM。", dev s35_07; a syndicated item's "此篇文章由「體路
# Sportsroad」最初發表於「韓國殘疾人乒乓球賽 港隊奪1金1銀6銅」", s35_08): the item pointing to itself and its site,
# glued to the last sentence or on a line of its own, last. (The English template: html's _syndication_note.)
_FIRST_APPEARED = re.compile(
    rf"(?:^|(?<=[{SENTENCE_END}{CLOSE_QUOTE}{CLOSE_BRACKET}]))[ \t\u3000]*(?:这篇文章|此篇文章|本篇文章|本文)"
    r"(?:由[ \t\u3000]*[「『“《][^」』”》\n]{1,40}[」』”》])?[^。！？\n]{0,160}?"
    r"最(?:早|初|先)(?:出现|发表|刊登|刊出|发布|刊载)"
    r"(?:于|在)[^。！？，,；\n]{1,80}?[。.]?$"
)


def _without_first_appeared(lines: list[str]) -> list[str]:
    """The lines without the first-appeared note closing them (see _FIRST_APPEARED)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 0:
        return lines
    line = lines[last].rstrip()
    m = _FIRST_APPEARED.search(line, max(0, len(line) - GLUED_NOTICE_MAX))
    if m is None:
        return lines
    kept = line[: m.start()].rstrip()
    return [*lines[:last], kept] if kept else lines[:last]


# A CMS's property record printed into the text where its comment's opener was lost (people.com.cn's
# "<!--enpproperty <articleid>…" cut at its first ">" by a scraper, the rest's tags stripped: "…即日起在全国新华书店
# 发行。2026-07-04 00:00:00:0 30166572 1 0 http://paper.people.com.cn/…/content_30166572.html http://…/pad/… 1 1921
# 习近平《…》单行本出版 /enpproperty-->", a paper's page records and a digest generated from them, dev-retired35
# s38h_01/08/10).
# What it IS: the fields of a markup comment (a machine's date-time stamp, an address) up to its closing "name-->", no
# sentence of their own; they go from the last sentence's end (or the line's start) to the closer. "A-->B" in a
# sentence, a tutorial's "<!-- … -->" with no stamp and address, stay.
_COMMENT_CLOSER = re.compile(r"/?[A-Za-z][\w-]{1,30}[ \t]?-->$")  # (matched on the closer's last 40 characters)
_MACHINE_STAMP = re.compile(r"(?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d:\d\d")
_SPAN_SENTENCE_END = re.compile(f"[{SENTENCE_END_ZH}!?]")
COMMENT_RESIDUE_MAX = 1000  # characters of a property record before its closer, at most
COMMENT_CLOSERS = 4096  # closers looked at in one line, at most (a record has one; a hostile line is bounded)


def _without_comment_residue(line: str) -> str:
    """The line without a markup comment's fields printed into it (see _COMMENT_CLOSER). Each closer looks back to the
    last sentence's end no further than the closer before it: linear on any line."""
    kept: list[str] = []
    done = 0  # where the line is kept from (the last cut closer's end)
    before = 0  # the last closer's end
    at = line.find("-->")
    for _ in range(COMMENT_CLOSERS):
        if at < 0:
            break
        end = at + 3
        m = _COMMENT_CLOSER.search(line, max(before, end - 40), end)
        window = max(before, end - COMMENT_RESIDUE_MAX)
        if m is not None:
            ends = [e.end() for e in _SPAN_SENTENCE_END.finditer(line, window, m.start())]
            start = ends[-1] if ends else window if window == before else -1
            span = line[start : m.start()] if start >= 0 else ""
            if _MACHINE_STAMP.search(span) and ("http://" in span or "https://" in span):
                kept.append(line[done:start])
                done = end
        before = end
        at = line.find("-->", end)
    if not done:
        return line
    kept.append(line[done:])
    return " ".join(piece.strip() for piece in kept if piece.strip())


# A picture's file name left where the picture stood, between two sentences or alone on its line ("…消毒于千里之外的
# 目的。移动.jpg该项目在疫情特殊时期…": a thesis project's CSV export of an association's news, dev-retired35 s38h_06).
# What it IS: the image's name as the scraper met it (a name with a hanzi, or a camera's numbered one), after a
# sentence's end, before the next one's first word. A path ("/sdcard/…/a.jpg") or a name inside a sentence ("图片名称为
# a.jpg，") is the text's.
_PICTURE_NAME = re.compile(
    rf"(?:^|(?<=[{SENTENCE_END}{CLOSE_QUOTE}]))[ \t\u3000]*([^\s/\\.。，,：:“”\"'<>()（）\[\]]{{1,24}})"
    rf"\.(?:jpe?g|png|gif|webp|bmp)[ \t\u3000]*(?=[{_HAN}“「（(]|$)",
    re.IGNORECASE,
)
_PICTURE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)", re.IGNORECASE)
_CAMERA_NAME = re.compile(r"^(?:IMG|DSC|DSCN|P|PIC)?[_-]?\d{2,}$", re.IGNORECASE)


# An ad slot's label alone on its line, where the page's ad stood ("- Advertisement -" between a story's paragraphs and
# under it, a Malaysian paper's WordPress theme, dev s40b_08; "广告", "Sponsored"): the slot's word with its rules, no
# text of the article.
_AD_LABEL = re.compile(
    r"^[\s\-—–_·•*=~|()（）\[\]【】<>]{0,8}(?:advertisement|advertising|sponsored|ads?|广告|推广|赞助|赞助内容)"
    r"[\s\-—–_·•*=~|()（）\[\]【】<>]{0,8}$",
    re.IGNORECASE,
)
AD_LABEL_MAX = 30
# A watch bot's keyword line over an excerpt ("命中词：无｜降级词：并购、重组", "命中词：扩产": a disclosure feed a
# keyword bot builds, dev s40_02; "关键词：A、B、C" over a post): fields whose label names the words matched or tagged,
# each a short list of terms, nothing else on the line. What it IS: the bot's or the site's index of the text, never
# a sentence of it; a word list a sentence introduces ("生词：…", a colon inside a sentence) is another label.
_TERMS_FIELD = re.compile(
    r"(?:(?:关键|命中|降级|检索|搜索|热搜|主题|核心)[词字]|标签|tags?|keywords?)\s?[:：]\s?[^:：|｜。！？!?]{1,60}",
    re.IGNORECASE,
)
_TERMS_SEPARATOR = re.compile(r"\s*[|｜]\s*")
TERMS_LINE_MAX = 80
_TERM_SPLIT = re.compile(r"[、,，/;；\s]+")
TERM_MAX = 12  # characters of one term


def _terms_line(line: str) -> bool:
    """Is a line one or more keyword fields and nothing else (see _TERMS_FIELD)?"""
    if len(line) > TERMS_LINE_MAX:
        return False
    for n, part in enumerate(_TERMS_SEPARATOR.split(line.strip())):
        if _TERMS_FIELD.fullmatch(part) is not None:
            value = re.split(r"[:：]", part, maxsplit=1)[1]
        elif n and not _CLAUSE_OR_COMMA.search(part.replace("，", "").replace(",", "")):
            value = part  # (a field's further terms after a bar, unlabelled: "命中词：无｜智能制造、液冷")
        else:
            return False
        if any(len(term) > TERM_MAX for term in _TERM_SPLIT.split(value.strip())):
            return False
    return True


# A template's message keys printed where their words should be (an untranslated page's info bar: "_NEWSDATE: 2024-12-11
# | News by: 纽约时报 | … | _FONTSIZE: _FONT_SMALL _FONT_MEDIUM _FONT_LARGE", a PDA view of a portal's page, dev
# s40b_19): capitals after an underscore, three of them at least on the line. What they ARE: the program's names for
# strings, never words of the page; they go, with the colon of a key that labels a value, and the values stay.
_TEMPLATE_KEY = re.compile(r"(?<![\w])_[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){0,4}\b[ \t]?:?[ \t]?")
TEMPLATE_KEYS_MIN = 3


def _without_template_keys(line: str) -> str:
    keys = _TEMPLATE_KEY.findall(line)
    if len(keys) < TEMPLATE_KEYS_MIN:
        return line
    return re.sub(r"(?:\s*\|\s*)+$", "", _TEMPLATE_KEY.sub("", line)).strip()


def _without_picture_names(line: str) -> str:
    """The line without pictures' file names standing between its sentences (see _PICTURE_NAME)."""

    def keep(m: re.Match[str]) -> str:
        name = m[1]
        return "" if _HAN_CHAR.search(name) or _CAMERA_NAME.match(name) else m[0]

    return _PICTURE_NAME.sub(keep, line).strip()


# The same link line under every item of a page (a digest's "PDF链接：https://…/attachement/…pdf" under each of its
# summaries: dev-retired35 s38h_08/10): an address, bare or after a label, standing RUNNING_HEAD_REPEATS times or more
# apart. What it IS: the template's link repeated, no item's own words; a list of other pages' addresses differs line by
# line and stays (_trailer_start's business).
def _without_repeated_addresses(lines: list[str]) -> list[str]:
    keys = [line.strip() for line in lines]
    counts = Counter(k for k in keys if k and ("://" in k or "www." in k))
    repeated = {
        k
        for k, n in counts.items()
        if n >= RUNNING_HEAD_REPEATS and (_BARE_ADDRESS.match(k) or _ADDRESSED_LINE.match(k))
    }
    if not repeated:
        return lines
    return [line for line, k in zip(lines, keys, strict=True) if k not in repeated]


# A teaser's pointer to the rest glued to its last sentence ("…並分享症狀供網友自行判斷。《詳全文...》": ETtoday's
# description, dev s35_04): the link's words, never the text's (alone on a line: _READ_REST)
_GLUED_READ_REST = re.compile(
    rf"(?<=[{SENTENCE_END}{CLOSE_QUOTE}.…])[ \t\u3000]*[《【\[（(]?[ \t]*"
    r"(?:详全文|看全文|阅读全文|查看全文|全文阅读|继续阅读|阅读更多)"
    r"[ \t]*(?:\.{2,6}|…{1,2})?[ \t]*[》】\]）)]?$"
)
# A video's label left in the text where the page embedded it, between two sentences ("…卻當場宣布會將其放生。觀看影片
# 據內媒報導，…": an aggregator's text of 巴士的報's page, dev s35_05): the player's words, never the story's
_GLUED_VIDEO_LABEL = re.compile(
    rf"(?<=[{SENTENCE_END}{CLOSE_QUOTE}])[ \t\u3000]*(?:观看|播放|收看)(?:影片|视频)[ \t\u3000]+(?=\S)"
)


def _drop_boilerplate_once(text: str) -> str:
    """One pass of :func:`drop_boilerplate`. A blank line (a kept paragraph break,
    :func:`join_broken_lines`) stays before the next kept line."""
    # Line-level drops first: a caption between two link lines must not hide a
    # trailer from the scan below (and a second pass must find nothing more).
    out: list[str] = []
    breaks: set[int] = set()  # indexes in out with a blank line before them
    broken = False
    ended = -1  # where the last line that was only an end mark ("（完）", "（全文完）") stood
    closed = -1  # where the last line that was only a post's END stood (_END_WORD)
    pointed = -1  # where the last line that only pointed to the rest of the article stood (_READ_REST)
    buttons: set[int] = set()  # where a comment heading dropped as a control stood
    lines = text.split("\n")
    if "※" in text or ":" in text:
        if bbs := _bbs_chrome(lines):
            lines = [line for i, line in enumerate(lines) if i not in bbs]
    if "发布了" in text or "发表了" in text:
        lines = lines[: _timeline_start(lines)]
    if "目" in text or "...." in text or "ontents" in text or "…" in text or _LOCATED_RUN.search(text):
        if contents := _contents_lines(lines):
            lines = [line for i, line in enumerate(lines) if i not in contents]
    if ("［" in text or "[" in text or "(" in text or "（" in text) and (comments := _trailing_comments(lines)):
        lines = lines[:comments]
    if "：" in text[-_GLUED_POINTER_MAX:] or ":" in text[-_GLUED_POINTER_MAX:]:
        lines = _without_glued_pointer(lines)
    if "#" in text[-120:]:
        lines = _without_closing_tags(lines)
    if "分享" in text[-60:]:
        lines = _without_glued_share(lines)
    if _NOTICE_WORD.search(text[-GLUED_NOTICE_MAX:]):
        lines = _without_glued_rights(lines)
    if "最" in text[-GLUED_NOTICE_MAX:]:
        lines = _without_first_appeared(lines)
    if "全文" in text[-20:] or "阅读" in text[-20:]:
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
        if last >= 0 and (m := _GLUED_READ_REST.search(lines[last], max(0, len(lines[last]) - 24))):
            lines = [*lines[:last], lines[last][: m.start()].rstrip()] if m.start() else lines[:last]
    if (
        "线" in text[-200:]
        or "自杀" in text[-GLUED_SUICIDE_NOTICE_MAX:]
        or "珍惜生命" in text[-GLUED_SUICIDE_NOTICE_MAX:]
    ):
        lines = _without_hotlines(lines)
    if ";" in text:
        lines = _without_stray_script(lines)
    if "://" in text or "www." in text:
        lines = _without_repeated_addresses(lines)
    if "轻点两下" in text or "滑动看下一个" in text or "预览时标签" in text:
        lines = _without_platform_ui(lines)
    if "收录于" in text or "收錄於" in text:
        lines = _without_collection_box(lines)
    if "关注" in text or "订阅" in text or "二维码" in text or "扫" in text:
        lines = _without_reader_calls(lines)
        lines = _without_pictograph_promo(lines)
    empty_pointer = _empty_pointer(lines)
    for n, line in enumerate(lines):
        if not line:
            broken = True
            continue
        if line[0] in "<=>" and _CONFLICT_MARK.match(line):  # a file committed mid-merge: the marks are no text
            continue
        if "-->" in line and not (line := _without_comment_residue(line)):
            continue
        if "." in line and _PICTURE_EXT.search(line) and not (line := _without_picture_names(line)):
            continue
        if "_" in line and not (line := _without_template_keys(line)):
            continue
        if not out and line[0] == "[" and _VERDICT_LINE.match(line):  # a re-publisher's note on the text, first
            continue
        if not out and len(line) <= _PROMO_MAX and (_EDGE_CALL.search(line) or _store_notice(line)):
            continue
        if n == empty_pointer:
            continue
        if not out and "版" in line[:12] and (nav := _EPAPER_NAV.match(line)):
            if not (line := line[nav.end() :].lstrip()):
                continue
        if line[0] == "<" and (wrapped := _WRAPPED_LINE.match(line)):  # a paragraph's markup escaped twice
            line = wrapped[2].strip() if _CHINESE_CHAR.search(wrapped[2]) else line
        stripped = strip_end_marks(line)
        if not stripped.strip():
            ended = len(out)
            continue
        if len(line) <= _END_WORD_MAX and _END_WORD.match(line):
            closed = len(out)
            continue
        if len(line) <= _READ_REST_MAX and _READ_REST.match(line):
            pointed = len(out)
            continue
        if len(line) <= _FIELD_LINE_MAX * 2 and _desk_chain(line):
            if any(_PROSE_LINE.match(x) for x in out):
                ended = len(out)  # (it closes the copy: see _DESK_CHAIN)
            continue
        line = _drop_glued_caption(stripped)
        if "/图" in line or "/ 图" in line:
            line = _INLINE_CAPTION.sub("", line)
        if "影片" in line or "视频" in line:
            line = _GLUED_VIDEO_LABEL.sub("", line)
        if len(line) <= _EDIT_HEADING_MAX and "[" in line:
            line = _EDIT_LINK_FIRST.sub("", _EDIT_LINK.sub("", line))
        if "://" in line or "www." in line:
            line = _ATTRIBUTION_LINK.sub(r"\1", line)
            line = "" if _LINK_LABEL.match(line) else line
        if line and not (
            _CAPTION_LINE.match(line)
            or _EDITOR_LINE.match(line)
            or (len(line) <= _FIELD_LINE_MAX and (_EDITOR_NAMED.match(line) or _desk_credit(line)))
            or (len(line) <= _PROMO_MAX and _PROMO_LINE.search(line))
            or _DISCLAIMER.match(line)
            or (line[0] in "[【［" and _TAG_LINE.match(line))
            or (line[0] in "（(" and (_NO_TEXT_PAGE.match(line) or _PRINT_COUNT.match(line)))
            or (len(line) <= _PROMO_MAX and (_TEMPLATE_NOTE.search(line) or _COPY_NOTE.match(line)))
            or (len(line) <= _FIELD_BUTTON_MAX and _FIELD_BUTTON.match(line))
            or _stance_note(line)
            or _ui_line(line)
            or _nav_line(line)
            or _STAMP_LINE.match(line)
            or (len(line) <= 16 and _AGO_LINE.match(line))
            or (len(line) <= _RELATIVE_BYLINE_MAX and _RELATIVE_BYLINE.match(line))
            or (len(line) <= _READING_TIME_MAX and _READING_TIME.match(line))
            or (len(line) <= _ORNAMENT_MAX and _ORNAMENT_LINE.match(line))
            or (len(line) <= AD_LABEL_MAX and _AD_LABEL.match(line))
            or (("：" in line or ":" in line) and _terms_line(line))
        ):
            if broken and out:
                breaks.add(len(out))
            broken = False
            out.append(line)
        elif line and comments_words(line):
            buttons.add(len(out))  # the comment section's heading, dropped as a control: it still opens the section
    out = out[: _comments_start(out, frozenset(buttons))]
    if (listed := _list_over_credits(out)) is not None:
        start, end = listed
        opens = any(start <= i <= end for i in breaks) and end < len(out)
        del out[start:end]
        breaks = {i if i < start else i - (end - start) for i in breaks if not start <= i <= end}
        breaks |= {start} if opens else set()
    cut = _trailer_start(out)
    if cut > PAGE_TRAILER_LINES:
        cut = min(cut, _page_trailer(out))
    if 0 <= ended < cut and _after_the_end(out[ended:cut]):
        cut = ended
    if 0 <= closed < cut and _after_the_post(out[closed:cut]):
        cut = closed + _post_foot_end(out[closed:cut])
    # under a pointer to the rest, a relay's promotion goes; a line that ends a sentence is more text (a digest's next
    # item, the meeting's next sentence: review s32 R4)
    if (
        0 <= pointed < cut
        and _after_the_end(out[pointed:cut])
        and not any(_ENDS_SENTENCE.search(x) for x in out[pointed:cut])
    ):
        cut = pointed
    rule = next(
        (i for i in range(len(out) - 1, max(-1, cut - _AFTER_RULE_LINES - 2), -1) if _RULE_LINE.match(out[i])), -1
    )
    if 0 < rule < cut and plug_after_rule(out[rule + 1 : cut]):
        cut = rule
    cut = _closing_plug(out[:cut])
    if _APPEAL_WORD.search(text):
        cut = _outlet_appeal(out[:cut])
    cut = _contact_foot(out[:cut])
    if "群" in text[-600:]:
        cut = _group_invite(out[:cut])
    cut = _tips_call(out[:cut])
    if "获" in text[-400:] or "享" in text[-400:] or "得" in text[-400:] or "拥" in text[-400:]:
        cut = _promise_list(out[:cut])
    cut = _statement_tail(out[:cut])
    cut = _revision_note(out[:cut])
    out = out[:cut]
    if len(out) > 1:
        out[-1] = _without_glued_group(_without_closing_call(out[-1]))
    if (
        len(out) > 1
        and len(out[-1]) <= _PROMO_MAX
        and (_EDGE_CALL.search(out[-1]) or _STORE_CALL.match(out[-1]) or _offer_line(out[-1]))
    ):
        out.pop()
        # the call closed an ad a divider opens a few lines above it ("--------我是…的分割线--------", then the event's
        # banner text, then "赶快点击下方图片报名吧！": dev s41b_03): the ad is the divider and all under it
        above = range(len(out) - 1, max(0, len(out) - _AFTER_RULE_LINES) - 1, -1)
        rule = next((i for i in above if _divider(out[i])), 0)
        # (what lies between is the ad's: the divider says so with its caption, or no line under it is a report's
        # prose; an article's last section under a drawn rule stays: review s46 R10)
        if rule > 0 and (not _drawn_rule(out[rule]) or not any(_PROSE_LINE.match(x) for x in out[rule + 1 :])):
            del out[rule:]
    # a heading that points elsewhere, left last when its list was dropped ("重点推荐", "相关阅读："), or
    # above the closing fields only ("本文来源：…", "责任编辑：…", which metadata reads)
    end = len(out)
    while end > 1 and len(out[end - 1]) <= _FIELD_LINE_MAX and _FIELD_LINE.match(out[end - 1]):
        end -= 1
    start = end
    while start > 1 and len(out[start - 1]) <= _POINTER_HEADING_MAX and _POINTER_HEADING.search(out[start - 1]):
        start -= 1
    if start < end:  # the line after them starts a paragraph if any of them did
        opens = any(start <= i <= end for i in breaks) and end < len(out)
        del out[start:end]
        breaks = {i if i < start else i - (end - start) for i in breaks if not start <= i <= end}
        breaks |= {start} if opens else set()
    # a rights notice above a sentence of the article (one below it marks where a trailer
    # starts: the trailer's rules take it with the lines under it)
    last_prose = next((i for i in range(len(out) - 1, -1, -1) if _PROSE_LINE.match(out[i])), -1)
    # and a rule drawn across the page ("＊＊＊＊＊＊" under a press release's headline, "———————" under its section
    # headings: tester s24 T20), no text to read; read above as where a trailer starts, so dropped last
    ruled = any(_drawn_rule(line) for line in out)
    pointers = _inline_pointers(out)
    # and a site's call to action at the text's edge (after the closing blocks' rules above, which take a call with
    # the card or the plug around it)
    pointers |= _edge_calls(out)
    if ruled or pointers or any(_rights_notice(line) for line in out[:last_prose]):
        kept = [
            i
            for i, line in enumerate(out)
            if not _drawn_rule(line) and i not in pointers and (i >= last_prose or not _rights_notice(line))
        ]
        # a kept line starts a paragraph if it did, or if a dropped line between it and the last kept did
        breaks = {n for n, i in enumerate(kept) if n and any(j in breaks for j in range(kept[n - 1] + 1, i + 1))}
        out = [out[i] for i in kept]
    if not breaks:
        return "\n".join(out)
    return "\n".join(("\n" + line) if i in breaks else line for i, line in enumerate(out))


# The item's own address in its text (a keyword bot's feed item closing with "原文 PDF：http://…/1225589221.PDF", the
# item's link: dev s40_02): the copy pointing to itself, bare or after a short label, on a line of its own. What it IS:
# the record's link field set in its text; another address (a source the text cites) stays.
OWN_ADDRESS_LABEL_MAX = 16  # characters of the label before it


def _address_key(url: str) -> str:
    url = url.strip()
    for scheme in ("https://", "http://"):
        if url[: len(scheme)].lower() == scheme:
            url = url[len(scheme) :]
            break
    return url.rstrip("/")


def drop_own_address(text: str, link: str) -> str:
    """The text without lines that are its own ``link`` (see OWN_ADDRESS_LABEL_MAX)."""
    key = _address_key(link)
    if len(key) < 8 or key not in text:
        return text
    kept = []
    for line in text.split("\n"):
        bare = line.strip().rstrip("/")
        if bare.endswith(key):
            label = bare[: len(bare) - len(key)]
            label = re.sub(r"https?://$", "", label, flags=re.IGNORECASE).strip()
            if not label or (
                len(label) <= OWN_ADDRESS_LABEL_MAX and label[-1] in ":：" and not _SENTENCE_MARK.search(label)
            ):
                continue
        kept.append(line)
    return "\n".join(kept)


# --- a failure notice stored as the article ------------------------------------------------------------------------
# A scraper that met a site's script wall, a missing page or an anti-bot check stored what the site said instead of
# the article (dev/s35_08: ten rows whose text is "Javascript must be enabled for the correct page display"). Such a
# text is no article: it is known by what the WHOLE text is, every line a notice or a notice page's furniture (a
# status code, the server's name, a link home); one sentence of anything else and it is an article that mentions it.
NOTICE_TEXT_MAX = 400  # characters: a notice page says little
_NOTICE_LINE_MAX = 160
_NOTICE_LINE = re.compile(
    "|".join(
        (
            # a script wall
            r"(?:javascript|js) (?:must|needs to|has to|should) be (?:enabled|turned on)(?: [a-z ]{1,60})?",
            r"(?:please )?(?:enable|turn on|activate|allow) (?:javascript|js)(?: and cookies)?"
            r"(?: (?:to|in order to|for|in your browser|on your browser)[a-z ,']{0,60})?",
            r"you need to enable javascript to run this app",
            r"(?:this|the) (?:site|page|website|web page|app|application) requires javascript[a-z ,']{0,60}",
            r"javascript is (?:disabled|required|not enabled|turned off)[a-z ,']{0,60}",
            r"your browser (?:does not|doesn't) (?:support|have) javascript[a-z ,']{0,60}",
            r"(?:请|请您)?(?:开启|启用|打开|允许|激活)(?:浏览器的?)?\s?(?:javascript|js)"
            r"\s?(?:后|以|来|再)?[\w ，,]{0,30}",
            r"(?:您的)?浏览器(?:已|目前)?(?:禁用|不支持|未启用|未开启|关闭)了?\s?(?:javascript|js)[\w ，,]{0,30}",
            # a missing or refused page, a server's error
            r"(?:error )?(?:404|403|410|500|502|503)(?: error)?(?: (?:not found|forbidden|gone|internal server error"
            r"|bad gateway|service (?:temporarily )?unavailable))?",
            r"(?:the )?page (?:you (?:are looking for|requested) )?(?:was not found|could not be found|not found"
            r"|does not exist|doesn't exist|no longer exists|has been removed)",
            r"not found|forbidden|access denied|bad gateway|service (?:temporarily )?unavailable|internal server error",
            r"the requested url [^\s]{1,200} was not found on this server",
            r"you (?:don't|do not) have permission to access [^\s]{1,200}(?: on this server)?",
            r"(?:抱歉|对不起|很抱歉|sorry)?[，,！!\s]?(?:您|你)?(?:所|要|正在)?(?:访问|查看|浏览|请求|找)?的?"
            r"(?:页面|网页|文章|内容|新闻|链接|资源)(?:已经?被?删除|不存在|已下线|找不到了?|走丢了|已过期|无法(?:访问|显示|找到))"
            r"(?:[，,或]\s?(?:已经?被?删除|不存在|已过期|已下线|请[\w ，,]{0,30}))?",
            # an anti-bot or rate check
            r"just a moment|checking your browser before accessing [^\s]{1,200}"
            r"|checking if the site connection is secure",
            r"please (?:complete the security check|verify (?:that )?you are (?:a )?human|stand by, while we are "
            r"checking your browser)[a-z ,']{0,60}",
            r"(?:verify|confirm) (?:that )?you are (?:a )?human|are you a robot|i'm not a robot"
            r"|access to this page has been denied|enable javascript and cookies to continue"
            r"|attention required! \| cloudflare",
            r"(?:您的|你的)?(?:访问|请求|操作)(?:过于|太|太过)频繁[\w ，,]{0,30}",
            r"(?:请)?(?:输入|填写)验证码[\w ，,]{0,20}|请完成(?:安全|人机)?验证[\w ，,]{0,20}|(?:安全|人机)验证"
            r"|请(?:拖动|滑动|按住)滑块[\w ，,]{0,20}",
            r"系统检测到您的(?:网络|访问|请求|ip)(?:存在)?异常[\w ，,]{0,40}",
            r"网络(?:错误|异常|繁忙)[，,]?\s?请稍[后候]再?(?:试|重试)",
        )
    ),
    re.IGNORECASE,
)
# a notice page's furniture, shown beside its notice
_NOTICE_FURNITURE = re.compile(
    r"nginx(?:/[\d.]{1,12})?|apache(?:/[\d.]{1,12})?(?: .{0,60})?|openresty|cloudflare|ray id: ?[0-9a-f]{8,20}"
    r"|performance & security by cloudflare|(?:go )?(?:back|home)|(?:返回|回到)(?:首页|上一页|上页)|首页"
    r"|\d{1,2}秒后(?:自动)?(?:返回|跳转)(?:到)?首页|(?:点击|请)?刷新(?:页面|重试)?|重新加载|reload|retry",
    re.IGNORECASE,
)
_NOTICE_EDGE = " \t.。!！,，:：;；…-—|·*'\"“”「」『』()（）[]【】<>《》"


def failure_notice(text: str) -> str:
    """The notice, when the whole ``text`` is a site's or a scraper's failure notice (a script wall, a missing
    page, an anti-bot check: see _NOTICE_LINE) and nothing else; "" for any text with a line of its own."""
    if not text or len(text) > NOTICE_TEXT_MAX:
        return ""
    said = []
    for line in text.splitlines():
        line = line.strip(_NOTICE_EDGE)
        if not line or (len(line) <= _NOTICE_LINE_MAX and _NOTICE_FURNITURE.fullmatch(line)):
            continue
        if len(line) > _NOTICE_LINE_MAX or not _NOTICE_LINE.fullmatch(line):
            return ""
        said.append(line)
    return " ".join(said)
