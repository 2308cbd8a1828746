"""Guards every reader of untrusted input by fuzzing (hypothesis).

Each test feeds a reader both raw noise (``st.text()``, ``st.binary()``) and text
built from pieces of the real mess briefings, notes and configs contain, and checks
properties that fail loudly: only the project's own error types come out, outputs
are terminal-safe, offsets point into the text they describe.
"""

from __future__ import annotations

import codecs
import datetime as dt
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

import pytest
import tomli_w
import yaml
from helpers.unsafe import offending
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefreader.config import ConfigError, parse_config, read_config
from briefreader.figures import extract_figures
from briefreader.figures.numerals import parse_chinese, parse_number
from briefreader.ingest import FATAL, ingest_bytes, normalize_text
from briefreader.ingest.clean import clean_text, drop_boilerplate, join_broken_lines
from briefreader.ingest.decode import decode_bytes
from briefreader.ingest.frontmatter import split_front_matter
from briefreader.ingest.html import DROPPED, cap_nesting, html_to_doc
from briefreader.ingest.markdown import markdown_to_text
from briefreader.ingest.metadata import extract_metadata, parse_date
from briefreader.ingest.mojibake import find_damage, repair_mojibake
from briefreader.model import Briefing, Problem, Topic
from briefreader.notes import NotesError, NotesStore
from briefreader.query import QuerySyntaxError, compile_query, parse
from briefreader.safe import strip_controls

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = {"unreadable", "binary", "undecodable", "empty", "front_matter", "mojibake", "too_large", "truncated"}
KINDS |= {"no_text_layer", "encrypted", "corrupt", "unsupported"}  # the format readers' (b"%PDF-" goes to one)
KINDS |= {"damaged_bytes"}  # a declared charset read with a few bytes replaced
KINDS |= {"mixed_encoding", "encoding_guess"}  # lines in two encodings; a single-byte page guessed
KINDS |= {"mojibake_repaired"}  # Chinese read as Latin-1 and saved again, read back (ingest/mojibake.py)

# --- strategies: pieces of the real mess ---------------------------------------------

HAN = st.sampled_from("经济元宇宙直播上海发展信息消费节新民晚报记者电讯网社报台的了在是")
TEXT_PIECE_LIST = [
    # pinyin artifacts, full width, CJK punctuation, whitespace
    "發(fā)",
    "區(qū)",
    "(fā",
    "（zhǎn）",
    "１２３",
    "％",
    "．",
    "，",
    "。",
    "、",
    "；",
    "\n",
    "\r\n",
    " ",
    "\u3000",
    "\t",
    "\xa0",
    # numbers with scale words and hedges
    "3000亿元",
    "超过3000亿元",
    "1.5万亿",
    "百分之十二点五",
    "15.3%",
    "约5成",
    "五分之一",
    "2个至3个",
    "100-200万美元",
    "8000余家",
    "6.74平方公里",
    "一千二百余家",
    "到2027年",
    "2025年5月17日",
    "〔2023〕23号",
    "第十五届",
    "（美元，下同）",
    "新台币5926亿元",
    "9" * 40,
    # datelines, bylines, trailers, captions
    "新民晚报讯",
    "中新网上海2月18日电",
    "（中央社记者张建中新竹18日电）",
    "【香港经济日报】",
    "记者 张三 李四",
    "来源：证券时报网",
    "2022-07-28 08:23:56",
    "关键词:",
    "相关阅读",
    "- 标题2022-07-28\n",
    "【资料图】",
    "图说:",
    "(完)",
    "（责任编辑：王五）",
    "主办方供图。",
    "报报报",
    # mojibake and damage
    "Ã©",
    "â€œ",
    "娴嬭瘯",
    "\ufffd",
    "?",
    "鏂伴椈",
    # terminal attacks
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b[31m",
    "\x9b1m",
    "\u202e",
    "\u2066",
    "\x00",
    "\x07",
    "\x85",
    "\u200b",
    "\ufeff",
    # markup of every kind
    "<p>",
    "</p>",
    '<div class="share">',
    "</div>",
    "<br>",
    "<b>",
    "</b>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "&amp;",
    "&#27;",
    "&#x202e;",
    "<title>",
    "<h1>",
    '<meta name="author" content="张三">',
    "---\n",
    "title: 标题\n",
    "date: 2025-05-17\n",
    "# ",
    "**",
    "[链接](http://x)",
    "![图](a.png)",
    "> ",
]
TEXT_PIECES = st.sampled_from(TEXT_PIECE_LIST)
MESSY = st.lists(st.one_of(TEXT_PIECES, HAN, st.text(max_size=4)), max_size=80).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be"])


def assert_safe(*texts: str) -> None:
    """No terminal-unsafe character, by the independent list of tests/helpers/unsafe.py
    (comparing with strip_controls would make safe.py its own oracle)."""
    for text in texts:
        assert not offending(text), (offending(text), repr(text))


def assert_figures_point_into(text: str, figures) -> None:
    for f in figures:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.value is None or f.value == f.value  # never NaN
        assert f.value is None or abs(f.value) != float("inf")


# --- the terminal filter --------------------------------------------------------------


def _han(text: str) -> list[str]:
    return [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]


@FUZZ
@given(MESSY, st.sampled_from(["\x1bX", "\x1b]0;", "\x1bP", "\x1b^", "\x1b_", "\x1b[", "\x9b", "\x1b"]), MESSY)
def test_strip_controls_removes_sequences_not_the_article(before: str, introducer: str, after: str) -> None:
    # regression: an unterminated OSC/DCS/SOS ("ESC X" and no ST) deleted the rest of
    # the article up to the next ESC. Text after a sequence that never ends is kept.
    after = after.replace("\x1b", "").replace("\x9b", "").replace("\x07", "")
    out = strip_controls(before + introducer + after)
    assert not offending(out), offending(out)
    assert _han(out)[len(_han(out)) - len(_han(after)) :] == _han(after)


# --- decoding ----------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=3000))
def test_decode_never_raises(data: bytes) -> None:
    for final in (True, False):
        decoded = decode_bytes(data, final=final)
        # No text exactly when the file is not a document, and then it says why; text
        # always comes with the encoding it was read in, one Python can name.
        not_a_document = {p.kind for p in decoded.problems} & {"binary", "undecodable", "empty"}
        assert (decoded.text is None) == bool(not_a_document), (decoded.text, decoded.problems)
        if decoded.text is not None:
            assert codecs.lookup(decoded.encoding)
        assert all(isinstance(p, Problem) and p.kind in KINDS for p in decoded.problems)


@FUZZ
@given(st.text(min_size=1).filter(lambda t: "\x00" not in t and t.strip(" \t\r\n\x0c\ufeff")))
def test_utf8_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text


@FUZZ
@given(MESSY.filter(lambda t: "\x00" not in t and t.strip()), st.integers(min_value=1, max_value=400))
def test_a_prefix_cut_mid_character_is_a_clean_prefix(text: str, cut: int) -> None:
    # ingest reads the first MAX_BYTES of a large file: the cut must not become mojibake
    data = text.encode("utf-8")[:cut]
    if not data.strip(b" \t\r\n\x0c\xef\xbb\xbf"):
        return
    decoded = decode_bytes(data, final=False)
    if decoded.encoding == "utf-8":
        # a prefix of the text (no U+FFFD for the cut character), short by at most
        # the 3 bytes of an incomplete character
        body = data.removeprefix(codecs.BOM_UTF8)
        assert text.removeprefix("\ufeff").startswith(decoded.text)
        assert len(decoded.text.encode("utf-8")) >= len(body) - 3


# --- the whole pipeline --------------------------------------------------------------


def check_briefing(b: Briefing) -> None:
    assert_safe(b.text, b.title, b.original, b.source, *b.authors)
    assert_figures_point_into(b.text, b.figures)
    assert all(p.kind in KINDS for p in b.problems)
    assert b.title
    if any(p.kind in FATAL for p in b.problems):
        assert not b.figures


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["", ".txt", ".html", ".md"]))
def test_ingest_never_raises_on_bytes(data: bytes, suffix: str) -> None:
    check_briefing(ingest_bytes(data, id="x", path="x" + suffix, suffix=suffix))


@FUZZ
@given(MESSY, ENCODINGS, st.sampled_from(["", ".txt", ".html", ".md"]))
def test_ingest_never_raises_on_encoded_mess(text: str, encoding: str, suffix: str) -> None:
    data = text.encode(encoding, errors="replace")
    check_briefing(ingest_bytes(data, id="x", path="x" + suffix, suffix=suffix))


@FUZZ
@given(MESSY)
def test_normalize_is_safe_and_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert_safe(once)
    assert normalize_text(once) == once


# --- front matter ----------------------------------------------------------------------

YAML_PIECES = st.sampled_from(
    [
        "title: 标题\n",
        "date: 2025-05-17\n",
        "date: 0000-01-01\n",
        "date: 2025-13-45\n",
        "date: 99999\n",
        "author: [张三, 李四]\n",
        "categories: [新民晚报]\n",
        "tags: 新民晚报\n",
        "source: ~\n",
        "a: &a [x, x]\n",
        "b: [*a, *a, *a]\n",
        "c: &c [*c]\n",
        "title: *a\n",
        "title: !!binary aGVsbG8=\n",
        "title: !!python/object:os.system\n",
        "? [a]\n: b\n",
        "title: {a: {b: {c: 1}}}\n",
        "- list\n",
        "title: [[[[[[x]]]]]]\n",
        "title: 'unterminated\n",
        "\t",
        ": :\n",
        "%YAML 1.1\n",
        "...\n",
        "date: !!timestamp 2025-05-17T10:00:00+08:00\n",
        "published: Tue, 26 Jul 2022 18:55:00 GMT\n",
        "title: .nan\n",
        "date: 1e400\n",
        'title: "\\x1b[2J\\u202e"\n',
    ]
)
FRONT = st.tuples(st.lists(st.one_of(YAML_PIECES, st.text(max_size=6)), max_size=12).map("".join), MESSY)


@FUZZ
@given(FRONT)
def test_front_matter_never_raises(parts: tuple[str, str]) -> None:
    header, body = parts
    text = f"---\n{header}\n---\n{body}"
    fm = split_front_matter(text)
    assert text.endswith(fm.body)
    assert all(p.kind == "front_matter" for p in fm.problems)
    assert all(isinstance(k, str) for k in fm.meta)
    # the metadata step walks the values: it must cope with whatever YAML made
    extract_metadata(normalize_text(fm.body), fm.meta)
    check_briefing(ingest_bytes(text.encode("utf-8"), id="x", suffix=".md"))


@FUZZ
@given(st.text())
def test_front_matter_on_raw_text(text: str) -> None:
    fm = split_front_matter("---\n" + text)
    assert ("---\n" + text).endswith(fm.body)


@FUZZ
@given(
    st.one_of(
        st.text(),
        st.integers(),
        st.floats(),
        st.datetimes(),
        st.dates(),
        st.none(),
        st.lists(st.text(max_size=3), max_size=3),
    )
)
def test_parse_date_takes_any_value(value) -> None:
    parsed = parse_date(value)
    assert parsed is None or parsed[1] in ("day", "month", "year")


# --- HTML ------------------------------------------------------------------------------

TAGS = [
    "div",
    "p",
    "b",
    "i",
    "font",
    "span",
    "a",
    "table",
    "tr",
    "td",
    "li",
    "ul",
    "h1",
    "svg",
    "math",
    "foreignobject",
    "mi",
    "title",
    "script",
    "style",
    "textarea",
    "select",
    "option",
    "form",
    "template",
    "br",
    "img",
    "input",
    "nav",
    "footer",
    "rt",
    "body",
    "html",
    "head",
    "meta",
    "pre",
]
TAG = st.one_of(
    st.builds(
        lambda t, a, sc: f"<{t}{a}{'/' if sc else ''}>",
        st.sampled_from(TAGS),
        st.sampled_from(["", " id=1", ' class="ad"', " size=3", ' a=">"', ' encoding="text/html"']),
        st.booleans(),
    ),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(["<!--", "-->", "<!-->", "--!>", "<!doctype html>", "<", ">", "</", "&#27;", "&nbsp;"]),
)
SOUP = st.lists(st.one_of(TAG, TEXT_PIECES, HAN), max_size=120).map("".join)


def tree_depth(markup: str) -> int:
    from selectolax.lexbor import LexborHTMLParser

    deepest, stack = 0, [(LexborHTMLParser(markup).root, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child if node is not None else None
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


@FUZZ
@given(SOUP)
def test_html_never_raises(markup: str) -> None:
    doc = html_to_doc(markup)
    assert isinstance(doc.text, str) and isinstance(doc.title, str)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in doc.meta.items())
    check_briefing(ingest_bytes(markup.encode("utf-8"), id="x", suffix=".html"))


@settings(max_examples=400, deadline=None)
@given(SOUP, st.integers(min_value=2, max_value=10))
# found by a clean-clone run (session 9): in an <svg>, "id=1/" is an unquoted value holding
# the slash, so the tag is not self-closing and the two <a> nest
@example(markup="<div><div><svg><a id=1/><a id=1/><!--", cap=3)
def test_capped_markup_never_nests_deeper_than_the_cap(markup: str, cap: int) -> None:
    # The cap models the HTML tree builder; where unsure it over-counts, so the
    # real tree is never deeper than the cap plus html, body and a text node.
    capped, flattened = cap_nesting(markup, max_depth=cap)
    assert tree_depth(capped) <= cap + 3
    if not flattened:
        assert capped.count("<") == markup.count("<")  # only renamed, nothing dropped


# Tag soup without the elements the HTML step removes with their content (script,
# nav, select, class="ad", ...): flattening changes the tree, so text may move into
# or out of those, and that is not text lost by flattening.
PLAIN_TAGS = [t for t in TAGS if t not in DROPPED and t not in ("script", "style", "title", "textarea")]
PLAIN_SOUP = st.lists(
    st.one_of(
        st.builds(lambda t: f"<{t}>", st.sampled_from(PLAIN_TAGS)),
        st.builds(lambda t: f"</{t}>", st.sampled_from(PLAIN_TAGS)),
        st.sampled_from(["<!--", "-->", "<", ">", "</"]),
        st.sampled_from([p for p in TEXT_PIECE_LIST if "<" not in p]),
        HAN,
    ),
    max_size=120,
).map("".join)


@FUZZ
@given(PLAIN_SOUP)
def test_capping_keeps_the_text(markup: str) -> None:
    # Flattening drops tags, never text: every character of the text survives.
    full = Counter("".join(html_to_doc(markup).text.split()))
    capped = Counter("".join(html_to_doc(cap_nesting(markup, max_depth=3)[0]).text.split()))
    assert not full - capped


# --- cleaning, mojibake, metadata -----------------------------------------------------


@FUZZ
@given(st.one_of(MESSY, st.text()))
def test_cleaning_steps_never_raise_and_stay_safe(text: str) -> None:
    cleaned = clean_text(text)
    assert_safe(cleaned)
    assert clean_text(cleaned) == cleaned
    assert_safe(drop_boilerplate(cleaned), join_broken_lines(cleaned), repair_mojibake(cleaned))
    for d in find_damage(cleaned):
        assert 0 <= d.start < d.end <= len(cleaned)
    markdown_to_text(text)


@FUZZ
@given(
    MESSY,
    st.dictionaries(
        st.sampled_from(["title", "date", "author", "source", "tags", "categories"]),
        st.one_of(st.text(max_size=20), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3)),
    ),
)
def test_metadata_never_raises(text: str, front: dict) -> None:
    body = normalize_text(text)
    meta = extract_metadata(
        body,
        front,
        {"author": text[:40], "og:site_name": text[-20:]},
        text[:50],
        convert=clean_text,
        raw_tail=text[-300:],
    )
    assert isinstance(meta.title, str) and isinstance(meta.body, str)
    assert meta.date is None or meta.precision in ("day", "month", "year")


# --- figures ---------------------------------------------------------------------------

NUMBERISH = st.lists(
    st.one_of(
        st.sampled_from(
            list(
                "0123456789.,%％-~至到余多约近超逾万亿千百十兆零一二两三四五六七八九点分之成元美港台币"
                "家个名所平方公里年月日号第"
            )
        ),
        TEXT_PIECES,
        st.from_regex(r"\d{1,400}", fullmatch=True),
    ),
    max_size=60,
).map("".join)


@FUZZ
@given(st.one_of(NUMBERISH, MESSY, st.text()))
def test_figures_point_into_the_text(text: str) -> None:
    assert_figures_point_into(text, extract_figures(text))
    normalized = normalize_text(text)
    assert_figures_point_into(normalized, extract_figures(normalized, default_currency="HKD"))


@FUZZ
@given(
    st.text(alphabet="0123456789零一二两三四五六七八九十百千万亿点", max_size=30),
    st.text(alphabet="十百千万亿兆", max_size=30),
)
def test_number_parsing_is_finite_or_none(num: str, scale: str) -> None:
    for value in (parse_chinese(num), parse_number(num, scale)):
        assert value is None or (value == value and abs(value) != float("inf"))


def test_a_number_past_the_float_range_is_not_a_figure() -> None:
    # regression: a 400-digit number made value inf, and the English rendering raised
    text = "9" * 400 + "家企业，" + "百分之" + "9" * 400 + "，" + "9" * 400 + "平方公里"
    figures = extract_figures(text)
    assert_figures_point_into(text, figures)
    assert not any("9" * 400 in f.text for f in figures)


# --- the query language ------------------------------------------------------------------

QUERY_PIECES = st.sampled_from(
    [
        "直播",
        "電商",
        " ",
        "\u3000",
        "-",
        "－",
        "--",
        '"',
        "“",
        "”",
        "「",
        "」",
        "＂",
        "topic:",
        "topic：",
        "source:",
        "date:",
        "after:",
        "before:",
        "is:",
        "has:",
        "money>",
        "money>=",
        "percent<",
        "area=",
        "count＞＝",
        "foo:",
        "money:",
        "bookmarked",
        "note",
        "2025",
        "2025-05",
        "2025-02-30",
        "0000",
        "1000亿",
        "5e8",
        "1e400",
        "亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿",
        "平方公里",
        "km2",
        "家",
        "%",
        "\ud800",
        "\x1b[2J",
        "٢٠٢٥",
        "１２",
        "ＡＩ",
    ]
)
QUERY = st.one_of(st.text(), st.lists(QUERY_PIECES, max_size=12).map("".join))


@settings(max_examples=400, deadline=None)
@given(QUERY)
@example("IS:NEW")  # the read-state words evaluate through Marks (session 28: the stub lacked is_new; drawn rarely)
@example("-is:read is:new")
def test_query_parser_raises_only_its_own_error(text: str) -> None:
    try:
        parse(text)
        predicate = compile_query(text, taxonomy={"ai": Topic("ai", "人工智能", "AI", ("AI",))})
    except QuerySyntaxError as exc:
        assert 0 <= exc.position <= len(text)
        assert "\n" not in exc.reason or "\n" in text
        return
    b = Briefing(id="x", path="", fingerprint="", title="直播", text="直播电商 3000亿元")
    assert predicate(b, _NoMarks()) in (True, False)


class _NoMarks:
    """query.Marks in full (is:new, is:read evaluate through it: the fuzzer draws them, rarely)."""

    def is_bookmarked(self, id: str) -> bool:
        return False

    def has_note(self, id: str) -> bool:
        return True

    def is_read(self, fingerprint: str) -> bool:
        return False

    def is_new(self, fingerprint: str) -> bool:
        return True


def test_a_scale_past_the_float_range_is_a_syntax_error() -> None:
    # regression: money>1亿亿…亿 raised OverflowError from float(int)
    with pytest.raises(QuerySyntaxError, match="too large"):
        parse("money>1" + "亿" * 40)


# --- the notes file -------------------------------------------------------------------------

TOML_VALUE = st.recursive(
    st.one_of(
        st.text(max_size=8),
        st.integers(),
        st.booleans(),
        st.floats(allow_nan=False),
        st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
        st.datetimes(timezones=st.timezones()),
        st.dates(),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8,
)
NOTE_TABLE = st.fixed_dictionaries(
    {},
    optional={
        "created": st.one_of(st.datetimes(min_value=dt.datetime(1, 1, 1)), TOML_VALUE),
        "text": st.one_of(st.text(max_size=10), TOML_VALUE),
        "figure": st.one_of(st.text(max_size=5), TOML_VALUE),
    },
)
ENTRY = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(st.text(max_size=8), TOML_VALUE),
        "fingerprint": st.text(max_size=8),
        "bookmarked": st.one_of(st.booleans(), TOML_VALUE),
        "notes": st.one_of(st.lists(NOTE_TABLE, max_size=3), TOML_VALUE),
        "extra": TOML_VALUE,
    },
)
NOTES_DOC = st.fixed_dictionaries(
    {},
    optional={
        "version": st.one_of(st.just(1), TOML_VALUE),
        "briefings": st.one_of(st.dictionaries(st.text(max_size=6), ENTRY, max_size=3), TOML_VALUE),
        "other": TOML_VALUE,
    },
)
BRIEFING = Briefing(id="fuzz/一", path="", fingerprint="sha256:0", title="标题", text="")


def _notes_round_trip(data: bytes) -> None:
    """Open, then try to save: a good file keeps every note it had plus the new one;
    a bad one is reported (NotesError) and left exactly as it was."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.toml"
        path.write_bytes(data)
        store = NotesStore.open(path)  # never raises
        before = {id: list(e.notes) for id, e in store.entries().items()}
        if store.error is not None:
            assert "\n" not in store.error
            with pytest.raises(NotesError):
                store.add_note(BRIEFING, "新的笔记")
            assert path.read_bytes() == data
            return
        store.add_note(BRIEFING, "新的笔记")
        store.set_bookmark(BRIEFING, True)
        again = NotesStore.open(path)
        assert again.error is None
        assert again.is_bookmarked(BRIEFING.id)
        assert "新的笔记" in [n.text for n in again.notes_for(BRIEFING.id)]
        for id, notes in before.items():
            assert all(n in again.notes_for(id) for n in notes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NOTES_DOC)
def test_notes_reader_on_structured_documents(doc: dict) -> None:
    _notes_round_trip(tomli_w.dumps(doc).encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=500), st.text(max_size=300).map(lambda t: t.encode("utf-8", "replace"))))
def test_notes_reader_on_noise(data: bytes) -> None:
    _notes_round_trip(data)


@pytest.mark.parametrize("created", ["0001-01-01T00:00:00", "9999-12-31T23:59:59"])
def test_notes_with_a_local_time_at_the_end_of_the_calendar(tmp_path: Path, created: str) -> None:
    # regression: a naive date-time that local time cannot represent raised ValueError
    data = f'version = 1\n[[briefings."a".notes]]\ncreated = {created}\ntext = "x"\n'.encode()
    _notes_round_trip(data)
    path = tmp_path / "notes.toml"
    path.write_bytes(data)
    assert [n.text for n in NotesStore.open(path).notes_for("a")] == ["x"]


def test_notes_nested_too_deeply_are_refused_not_crashed_on(tmp_path: Path) -> None:
    # regression: an unknown key nested 300 deep parsed, then saving it hit RecursionError
    for depth in (100, 300, 5000):
        _notes_round_trip(("version = 1\nx = " + "[" * depth + "]" * depth + "\n").encode())


# --- the config file --------------------------------------------------------------------------

CONFIG_DOC = st.dictionaries(
    st.one_of(st.sampled_from(["library", "display", "topics", "glossary", "keys"]), st.text(max_size=6)),
    st.one_of(
        st.dictionaries(
            st.one_of(
                st.sampled_from(
                    [
                        "briefings",
                        "notes",
                        "export",
                        "cache",
                        "script",
                        "language",
                        "threshold",
                        "zh",
                        "en",
                        "keywords",
                        "quit",
                    ]
                ),
                st.text(max_size=6),
            ),
            st.one_of(
                TOML_VALUE,
                st.sampled_from(["", "hans", "hant", "en", "zh", "~", "..", "a\x00b", "\n"]),
                st.dictionaries(st.sampled_from(["zh", "en", "keywords", "x"]), TOML_VALUE, max_size=3),
            ),
            max_size=4,
        ),
        TOML_VALUE,
    ),
    max_size=4,
)


@settings(max_examples=200, deadline=None)
@given(CONFIG_DOC)
def test_config_raises_only_config_error(doc: dict) -> None:
    path = Path(tempfile.gettempdir()) / "briefreader-fuzz" / "config.toml"
    try:
        parse_config(doc, path)
    except ConfigError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: ")
        assert "\n" not in message and not offending(message)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda t: t.encode("utf-8", "replace")),
        st.integers(1, 3000).map(lambda n: ("a = " + "[" * n).encode()),
    )
)
def test_config_reader_on_noise(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_bytes(data)
        try:
            read_config(path)
        except ConfigError as exc:
            assert "\n" not in str(exc)


def test_yaml_and_toml_strategies_produce_valid_documents() -> None:
    # the structured strategies above are only useful if they parse: guard them
    assert tomllib.loads(tomli_w.dumps({"version": 1, "briefings": {"a": {"title": "t"}}}))
    assert yaml.safe_load("title: 标题\n") == {"title": "标题"}


@pytest.mark.parametrize("data", [b"#\xc2\x85!", "# a\u2028b\n".encode(), "#\u2029x\nversion = 1\n".encode()])
def test_notes_file_of_comments_holding_unicode_line_separators(data: bytes) -> None:
    # found by hypothesis (test_notes_reader_on_noise): str.splitlines() cut the comment at U+0085,
    # so a file of comments only was taken for a document, and the save left it with no version
    _notes_round_trip(data)
