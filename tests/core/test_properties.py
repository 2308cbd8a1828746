"""Guards the cleaning steps on arbitrary input (hypothesis): normalizing is idempotent,
nothing unsafe survives ingest, and the original view is the source minus unsafe characters."""

from __future__ import annotations

from helpers.unsafe import expected_strip, offending
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from briefreader.ingest import ingest_bytes, normalize_text
from briefreader.ingest.mojibake import undo_double_decoding

# Text that looks like the mess briefings contain, not just random code points.
PIECES = st.sampled_from(
    [
        "發(fā)",
        "展",
        "區(qū)",
        "经济",
        "元宇宙",
        "，",
        "。",
        "\n",
        "\r\n",
        " ",
        "\u3000",
        "１２",
        "％",
        "．",
        "3000亿元",
        "<p>",
        "</p>",
        "&amp;",
        "---\n",
        "关键词:",
        "- 标题2022-07-28\n",
        "【资料图】",
        "图说:",
        "\x1b[2J",
        "\x1b]0;t\x07",
        "\u202e",
        "\x00",
        "\ufffd",
        "?",
        "Ã©",
        "(完)",
        "供图",
        "a",
        "1. ",
        "一、",
    ]
)
MESSY = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(MESSY)
def test_normalizing_twice_equals_once(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_never_raises_and_is_terminal_safe(text: str) -> None:
    out = normalize_text(text)
    assert not offending(out), offending(out)  # the independent list, not safe.py itself


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_ingest_never_raises_on_bytes(data: bytes) -> None:
    b = ingest_bytes(data, id="x", path="x.txt", suffix=".txt")
    for text in (b.text, b.title, b.original, b.source):
        assert not offending(text), offending(text)


# The mess without escape sequences (helpers.unsafe does not model them; the two whole
# sequences among PIECES are removed below) or lone surrogates (no file can hold one).
PLAIN_MESSY = st.lists(
    st.one_of(
        PIECES, st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x1b\x9b"), max_size=5)
    ),
    max_size=60,
).map("".join)
SEQUENCES = ("\x1b[2J", "\x1b]0;t\x07")


@settings(max_examples=150, deadline=None)
@given(PLAIN_MESSY, st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
@example("\x000", "utf-8")
@example("¤@¤¡", "utf-8")  # Hypothesis found it (s20): Big5 bytes read as Latin-1, repaired
def test_the_original_view_is_the_source_minus_unsafe_characters(text: str, encoding: str) -> None:
    # "show original" must show the file as written: decoded in its encoding, with only
    # the unsafe characters gone. A Unicode encoding is unambiguous, so that is exact.
    # (FF FE 00 00 is the UTF-32 BOM: a UTF-16 file cannot start with U+0000 unambiguously.)
    assume(not (encoding == "utf-16" and text.startswith("\x00")))
    b = ingest_bytes(text.encode(encoding), id="x", path="x.html", suffix=".html")
    if b.encoding == "":  # not a document (empty, or NULs in UTF-8): nothing to show
        assert {p.kind for p in b.problems} & {"empty", "binary"}
        return
    if encoding == "utf-8" and "\x00" in text and b.encoding == "utf-16":
        # NULs beside ASCII are what UTF-16 with no BOM looks like (b"\x000" is also U+0030 or U+3000 in
        # UTF-16): that reading is as valid, so only safety is checked (Hypothesis found it now and then)
        assert not offending(b.original)
        return
    plain = text
    for sequence in SEQUENCES:
        plain = plain.replace(sequence, "")
    if "\x1b" in plain:  # a sequence cut by the pieces around it: only safety is checked
        assert not offending(b.original)
        return
    if any(p.kind == "mojibake_repaired" for p in b.problems):
        # Latin-1 letters that are Big5 or GBK bytes read twice ('¤@¤¡' is 一丑 so) are read back, said so
        # (ingest.mojibake): that repair is the file's own text, shown as such
        assert b.original == undo_double_decoding(expected_strip(plain))[0] != expected_strip(plain)
        return
    assert b.original == expected_strip(plain)
    assert b.encoding == {"utf-8": "utf-8", "utf-8-sig": "utf-8", "utf-16": "utf-16-le"}[encoding]


@settings(max_examples=150, deadline=None)
@given(MESSY, st.sampled_from(["gb18030", "big5"]))
def test_ingest_of_legacy_encoded_mess_is_terminal_safe(text: str, encoding: str) -> None:
    b = ingest_bytes(text.encode(encoding, errors="replace"), id="x", path="x.html", suffix=".html")
    for part in (b.text, b.title, b.original, b.source, *b.authors):
        assert not offending(part), offending(part)
    for fig in b.figures:
        assert b.text[fig.start : fig.end] == fig.text
