"""Punctuation tables shared by ingest, figures, metrics and the views: what ends a
sentence, what may close one after its mark, what counts as CJK punctuation.

One place, so that the step that cuts an article into sentences, the one that finds a
figure's sentence and the one that shows it agree. Plain strings of characters (no
compiled patterns): each module builds the class it needs, ``f"[{SENTENCE_END}]"``, or
loops over the characters. This module imports nothing, so the TUI's list view can use it
without loading the ingest pipeline (tests/core/test_import_hygiene.py).
"""

from __future__ import annotations

# The marks that end a sentence, full-width and ASCII. Not the ASCII period: it is the
# decimal point and the dot of an address (3.5万, www.gov.cn). Not the ellipsis (…): a
# teaser's cut-off end, no sentence's.
SENTENCE_END_ZH = "。！？"  # the Chinese marks alone: where a line must read as Chinese prose
SENTENCE_END = SENTENCE_END_ZH + "!?"
# A semicolon ends a clause as firmly as a sentence for a figure's context and a summary's
# cut (a list of measures is one long sentence of clauses: "一是…；二是…；").
SEMICOLON = "；;"
SENTENCE_OR_CLAUSE_END = SENTENCE_END + SEMICOLON
# A full stop or a line break (not a semicolon): where a sentence ends for what reaches across clauses only, a
# currency written before an earlier sum (figures) and a figure's sentence (metrics). A line is a paragraph, a
# heading or a list item: nothing runs on past it.
SENTENCE_OR_LINE_END = SENTENCE_END + "\n"
# A comma or an enumeration comma: a clause goes on.
COMMA = "，,"
# What may follow a sentence's end mark and still belong to it: a closing quotation mark
# ("…他说。”") or bracket ("…（完）").
CLOSE_QUOTE = "”」』"
CLOSE_BRACKET = "）)"
# Full-width punctuation and the typographic quotes, dashes and dots Chinese text uses, as a
# regex class body (ranges): CJK Symbols and Punctuation; the full-width forms' punctuation
# (not their digits and letters); “”‘’…—·
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"

# Clause and sentence breaks together: where a figure's clause, a phrase or a noun stops
# (figures/extract.py's "[，。；,;！？!?]" classes). A regex class body like the others.
CLAUSE_BREAK = COMMA + SENTENCE_OR_CLAUSE_END

# Line breaking (kinsoku, tui/text.py's wrap): marks that never start a line (what closes or
# ends: the breaks above, enumeration comma, colon, closing quotes and brackets, ellipsis,
# dash, period, percent) and marks that never end one (what opens). Plain strings.
NO_LINE_START = CLAUSE_BREAK + "、：:" + CLOSE_QUOTE + "’" + CLOSE_BRACKET + "》〉】〕]}…—.%"
NO_LINE_END = "（「『“‘《〈【〔([{"
# Marks that open and close a span, each with its partner: a title's 《》, a bracket, a quotation. (Not ‘’: ’ is
# also the apostrophe of a Latin name, People’s Daily; a rule about quotes inside quotes adds the pair itself.)
MARK_PAIRS = {"《": "》", "（": "）", "(": ")", "【": "】", "〔": "〕", "[": "]", "「": "」", "『": "』", "“": "”"}

# Han characters (ideographs) by Unicode block, as regex class bodies (ranges) that also read
# as bounds ("\u4e00" <= ch <= "\u9fff"). Modules differ in how much they need: the index and
# the highlighter count every ideograph, a rule about modern text only the unified block.
HAN_BASIC = "\u4e00-\u9fff"  # CJK Unified Ideographs: nearly every character of modern text
HAN_EXT_A = "\u3400-\u4dbf"  # Extension A: rare and old characters
HAN_COMPAT = "\uf900-\ufaff"  # Compatibility Ideographs: Big5 and KS X 1001 duplicates
HAN_SUPPLEMENTARY = "\U00020000-\U0003134f"  # Extensions B to H (𠀋, 𩠌, …)
HAN = HAN_EXT_A + HAN_BASIC + HAN_COMPAT  # the Basic Multilingual Plane's ideographs
HAN_ALL = HAN + HAN_SUPPLEMENTARY
